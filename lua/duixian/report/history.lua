--- The history of verdicts rendered: the changes between two audits
-- (duixian.history.diff) and each promise's timeline
-- (duixian.history.timeline), as a table, CSV, JSON lines or HTML.
local tabulate = require "duixian.tabulate"
local csv = require "duixian.csv"
local json = require "duixian.json"
local history = require "duixian.history"
local model = require "duixian.report.model"

local M = {}

M.FORMATS = { table = true, csv = true, jsonl = true, json = true, html = true }

local CHANGE_WORDS = { new = "new", gone = "gone", status = "status changed", evidence = "same status, other evidence" }

local DIFF_FIELDS = { "change", "region", "period", "indicator", "target", "from", "to", "cause", "why" }
local HISTORY_FIELDS = { "region", "period", "indicator", "target", "timeline" }

local function status_word(s) return s and (model.LABEL[s] or s) or "—" end

local function html_page(title, heads, rows, after)
  local esc = require("duixian.report.html").esc
  local out = { '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>', esc(title),
    '</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}'
    .. 'td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}</style></head><body><h1>', esc(title),
    '</h1>\n<table><thead><tr>' }
  for _, h in ipairs(heads) do out[#out + 1] = "<th>" .. esc(h) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>\n"
  for _, r in ipairs(rows) do
    out[#out + 1] = "<tr>"
    for i = 1, #heads do out[#out + 1] = '<td lang="zh">' .. esc(r[i] or "") .. "</td>" end
    out[#out + 1] = "</tr>\n"
  end
  out[#out + 1] = "</tbody></table>" .. (after and ("<p>" .. esc(after) .. "</p>") or "") .. "</body></html>\n"
  return table.concat(out)
end

local function render(rows, fields, records, format, title, after)
  if format == "csv" then
    local out = { csv.record(fields) }
    for _, r in ipairs(rows) do out[#out + 1] = csv.record(r, #fields) end
    return table.concat(out)
  elseif format == "jsonl" or format == "json" then
    local out = {}
    for _, rec in ipairs(records) do out[#out + 1] = json.encode(rec, fields) end
    if format == "json" then return "[" .. table.concat(out, ",\n") .. "]\n" end
    return #out > 0 and (table.concat(out, "\n") .. "\n") or ""
  elseif format == "html" then
    return html_page(title, fields, rows, after)
  end
  return title .. "\n\n" .. tabulate.render(fields, rows) .. (after and ("\n" .. after .. "\n") or "")
end

--- The changes from audit A to audit B in format (corrections: see
-- duixian.history.diff).
function M.diff(A, B, format, corrections)
  local changes = history.diff(A, B, corrections)
  local rows, records = {}, {}
  for i, c in ipairs(changes) do
    rows[i] = { CHANGE_WORDS[c.change], c.region or "", c.period or "", c.indicator or "", c.target or "",
      status_word(c.from), status_word(c.to), c.cause, c.why }
    records[i] = { change = c.change, region = c.region, period = c.period, indicator = c.indicator,
      target = c.target, from = c.from, to = c.to, cause = c.cause, why = c.why }
  end
  local title = ("audit %s → audit %s: %d verdicts changed"):format(tostring(A.id), tostring(B.id), #changes)
  return render(rows, DIFF_FIELDS, records, format, title), #changes
end

--- Each promise's status across audits in format.
function M.history(audits, format)
  local promises = history.timeline(audits)
  local rows, records = {}, {}
  for i, p in ipairs(promises) do
    local line = history.steps_text(p.steps)
    rows[i] = { p.region or "", p.period or "", p.indicator or "", p.target or "", line }
    records[i] = { region = p.region, period = p.period, indicator = p.indicator, target = p.target,
      timeline = json.array(p.steps) }
  end
  local title = ("%d promises across %d audits"):format(#promises, #audits)
  return render(rows, HISTORY_FIELDS, records, format, title, history.dates_text(promises)), #promises
end

return M
