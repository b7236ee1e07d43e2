--- The review file: one row per verdict for a person to check in a
-- spreadsheet (UTF-8 with a byte order mark, CRLF, so Excel, LibreOffice
-- and WPS open it as it is), with empty columns to fill in: decision,
-- outcome, note, reviewer. duixian.corrections reads it back.
local csv = require "duixian.csv"
local model = require "duixian.report.model"
local corrections = require "duixian.corrections"

local M = {}

--- The columns, in order. The first four are the key: they say which
-- target a row is about and must be kept as written.
M.COLUMNS = { "target_sha256", "target_start", "target_end", "target_text", "region", "year",
  "indicator", "target_quote", "chosen_outcome", "outcome_quote", "status", "decided_by", "reason",
  "candidates", "target_source", "outcome_source", "decision", "outcome", "note", "reviewer" }

-- The candidates in short form: 1=5.1% [sha256:start-end]; 2=…; the
-- reviewer writes a number in the outcome column to pick one.
local function candidates(v)
  local out = {}
  for i, c in ipairs(v.candidates or {}) do
    out[#out + 1] = ("%d=%s%s [%s]"):format(c.rank or i, c.raw or "", c.estimate and " (est.)" or "",
      corrections.span_text(c))
  end
  return table.concat(out, "; ")
end

local function quote_of(side)
  if not side then return "" end
  return (side.sentence or side.raw or ""):gsub("[\r\n]+", " ")
end

--- The review file of an audit. Verdicts a person decided come with their
-- decision filled in, so a file exported again loses nothing.
function M.render(audit)
  local out = { "\239\187\191", csv.record(M.COLUMNS) }
  for _, v in ipairs(model.sorted(audit)) do
    local t, o = v.target, v.outcome
    local reviewed = v.decided_by == "review"
    local pick = reviewed and v.decision == "wrong_outcome" and o and corrections.span_text(o) or ""
    out[#out + 1] = csv.record({ t.sha256 or "", t.start, t["end"], t.raw, v.region or "", v.period or "",
      model.indicator_text(v), quote_of(t), model.side_text(o), quote_of(o), v.status,
      v.decided_by or "rules", v.reason or "", candidates(v), model.source_of(audit, t) or "",
      model.source_of(audit, o) or "", reviewed and v.decision or "", pick,
      reviewed and v.note or "", reviewed and v.reviewer or "" }, #M.COLUMNS)
  end
  return table.concat(out)
end

return M
