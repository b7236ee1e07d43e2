--- The data formats: CSV (RFC 4180), JSON (the whole audit, which
-- `duixian report --json` reads back) and JSON lines (one flattened
-- verdict a line).
local json = require "duixian.json"
local model = require "duixian.report.model"
local csv = require "duixian.csv"

local M = {}

--- One CSV field: quoted when it holds a comma, a double quote, CR or LF,
-- with double quotes doubled.
function M.csv_field(v)
  if v == nil or v == json.null then return "" end
  if v == true then return "true" elseif v == false then return "false" end
  return csv.field(type(v) == "number" and model.number(v) or tostring(v))
end

-- Where a line-by-line format goes: written to sink (anything with
-- :write) as it is made, so an audit of any size is never held whole as
-- text, or, with no sink, joined. Returns put(text) and finish() → the
-- text | true | nil, message.
local function lines_to(sink)
  if sink == nil then
    local parts = {}
    return function(s) parts[#parts + 1] = s end, function() return table.concat(parts) end
  end
  local failed
  return function(s)
    if failed then return end
    local ok, msg = sink:write(s)
    if not ok then failed = tostring(msg) end
  end, function()
    if failed then return nil, "cannot write the report: " .. failed end
    return true
  end
end

--- CSV: a header line, then one record per verdict; CRLF line ends; a
-- UTF-8 byte order mark first when opts.bom (spreadsheets want it).
-- Written to sink when given (see lines_to), else returned.
function M.csv(audit, opts, sink)
  local put, finish = lines_to(sink)
  put(opts and opts.bom and "\239\187\191" or "")
  local fields = {}
  for i, k in ipairs(model.FLAT_FIELDS) do fields[i] = M.csv_field(k) end
  put(table.concat(fields, ",") .. "\r\n")
  for _, v in ipairs(model.sorted(audit)) do
    local flat = model.flat(v, audit)
    for i, k in ipairs(model.FLAT_FIELDS) do fields[i] = M.csv_field(flat[k]) end
    put(table.concat(fields, ",") .. "\r\n")
  end
  return finish()
end

--- JSON lines: one object per verdict with the fields of model.FLAT_FIELDS
-- (absent ones as null). Written to sink when given, else returned.
function M.jsonl(audit, sink)
  local put, finish = lines_to(sink)
  for _, v in ipairs(model.sorted(audit)) do
    put(json.encode(model.flat(v, audit), model.FLAT_FIELDS) .. "\n")
  end
  return finish()
end

local SIDE = { "doc", "published", "doc_kind", "start", "end", "raw", "value", "value_max", "unit",
  "cmp", "estimate", "sentence", "sentence_start", "rank_reason", "sha256", "source" }
local VERDICT = { "region", "period", "indicator", "indicator_name", "subject", "status", "headline", "rule",
  "reason", "matched_by", "recurring", "direction", "margin", "ratio", "estimate", "decided_by",
  "decision", "fix", "reviewer", "note", "rules_status", "review_warning", "target", "outcome", "candidates" }
local AUDIT = { "id", "created_at", "params", "rules", "documents", "verdicts" }

-- Keys in a fixed order, nil ones left out, so the file reads well and
-- diffs cleanly.
local function object(t, keys, encode_field)
  local parts = {}
  for _, k in ipairs(keys) do
    if t[k] ~= nil then parts[#parts + 1] = json.encode(k) .. ":" .. encode_field(k, t[k]) end
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

local function array(list, each, sep)
  local parts = {}
  for i, x in ipairs(list or {}) do parts[i] = each(x) end
  return "[" .. (sep or "") .. table.concat(parts, "," .. (sep or "")) .. (sep and "\n" or "") .. "]"
end

local function side(s)
  return object(s, SIDE, function(_, x) return json.encode(x) end)
end

local function verdict(v)
  return object(v, VERDICT, function(k, x)
    if k == "target" or k == "outcome" then return side(x) end
    if k == "candidates" then return array(x, side) end
    return json.encode(x)
  end)
end

--- The whole audit as one JSON document, a verdict a line.
function M.json(audit)
  return object(audit, AUDIT, function(k, x)
    if k == "verdicts" then return array(x, verdict, "\n") end
    if k == "rules" or k == "documents" then return array(x, function(e) return json.encode(e) end) end
    return json.encode(x)
  end) .. "\n"
end

return M
