--- db:corrections and db:correct: what reviewers decided, stored in the
-- corrections table (duixian.corrections says what a correction is).
local json = require "duixian.json"
local json_decode = require "duixian.json_decode"
local common = require "duixian.db.common"
local corrections = require "duixian.corrections"

local M = {}

local INSERT = [[
INSERT INTO corrections (sha256, start, "end", text, decision, outcome_sha256, outcome_start, outcome_end,
  outcome_text, fix, note, reviewer, origin, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)]]
local CURRENT = [[
SELECT * FROM corrections WHERE sha256 = ? AND start = ? AND "end" = ? AND replaced_by IS NULL]]
local REPLACE = "UPDATE corrections SET replaced_by = ? WHERE id = ?"

local function record(row)
  local c = { id = row.id, sha256 = row.sha256, start = row.start, ["end"] = row["end"], text = row.text,
    decision = row.decision, note = row.note, reviewer = row.reviewer, origin = row.origin,
    decided_at = row.decided_at }
  if row.outcome_sha256 then
    c.outcome = { sha256 = row.outcome_sha256, start = row.outcome_start, ["end"] = row.outcome_end,
      text = row.outcome_text }
  end
  if row.fix then c.fix = json_decode.decode(row.fix) end
  return c
end

local function same(a, b)
  return a.decision == b.decision and a.note == b.note and a.reviewer == b.reviewer
    and corrections.span_text(a.outcome) == corrections.span_text(b.outcome)
    and (function()
      local fa, fb = a.fix or {}, b.fix or {}
      for _, f in ipairs(corrections.FIX_FIELDS) do if fa[f] ~= fb[f] then return false end end
      return true
    end)()
end

--- The corrections in force (the latest decision for each span), in the
-- order they were made; all = true adds the replaced ones.
function M:corrections(opts)
  common.check_db(self, "corrections")
  local sql = "SELECT * FROM corrections" .. ((opts and opts.all) and "" or " WHERE replaced_by IS NULL") .. " ORDER BY id"
  local list = {}
  for row in self:rows(sql) do list[#list + 1] = record(row) end
  return list
end

--- Store one correction (see duixian.corrections), after checking that its
-- spans hold what it quotes in a stored document. A decision on a span
-- already decided replaces it (the earlier one is kept, replaced_by);
-- the same decision again changes nothing.
-- @return id, "added" | "replaced" | "unchanged" | nil, message, 65
function M:correct(c)
  common.check_db(self, "correct")
  common.check_type(c, 1, "correct", "table")
  if not corrections.DECISIONS[c.decision] then
    error(("bad argument #1 to 'correct' (decision '%s' is not one of %s)"):format(
      tostring(c.decision), table.concat(corrections.DECISION_ORDER, ", ")), 2)
  end
  local ok, why = corrections.check(self, { c }, "correction", "import")
  if not ok then return nil, why[1], 65 end
  local old = self:first(CURRENT, c.sha256, c.start, c["end"])
  if old and same(record(old), c) then return old.id, "unchanged" end
  return self:transaction(function()
    local o = c.outcome or {}
    local n, msg, code = self:run(INSERT, c.sha256, c.start, c["end"], c.text or "", c.decision, o.sha256,
      o.start, o["end"], o.text, c.fix and json.encode(c.fix) or nil, c.note, c.reviewer, c.origin,
      c.decided_at or common.now_utc())
    if not n then return nil, msg, code end
    local id = self:last_insert_rowid()
    if old then
      n, msg, code = self:run(REPLACE, id, old.id)
      if not n then return nil, msg, code end
    end
    return id, old and "replaced" or "added"
  end)
end

return M
