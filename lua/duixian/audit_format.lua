--- Rendering an audit: table (a scorecard and one line a verdict), csv,
-- json (the whole audit), jsonl (one flat object a verdict) and md.
-- Everything goes through render(audit, format, out).
local json = require "duixian.json"
local tabulate = require "duixian.tabulate"

local M = {}

M.FORMATS = { table = true, csv = true, json = true, jsonl = true, md = true }

--- The flat fields of a verdict, in order (jsonl and csv).
M.FLAT = { "region", "period", "indicator", "indicator_name", "subject", "status", "rule", "rule_pack", "matched_by",
  "recurring", "direction", "target_doc", "target_start", "target_end", "target_raw", "target_value",
  "target_value_max", "cmp", "unit", "outcome_doc", "outcome_start", "outcome_end", "outcome_raw",
  "outcome_value", "outcome_unit", "estimate", "margin", "ratio", "candidates", "reason",
  "target_sentence", "outcome_sentence" }

--- One verdict as a flat record (json.null for what is absent).
function M.flat(v)
  local t, o = v.target or {}, v.outcome or {}
  local r = {
    region = v.region, period = v.period, indicator = v.indicator, indicator_name = v.indicator_name,
    subject = v.subject, status = v.status, rule = v.rule, rule_pack = v.rule_pack, matched_by = v.matched_by,
    recurring = v.recurring and true or false, direction = v.direction,
    target_doc = t.doc, target_start = t.start, target_end = t["end"], target_raw = t.raw,
    target_value = t.value, target_value_max = t.value_max, cmp = t.cmp, unit = t.unit,
    outcome_doc = o.doc, outcome_start = o.start, outcome_end = o["end"], outcome_raw = o.raw,
    outcome_value = o.value, outcome_unit = o.unit, estimate = v.estimate and true or false,
    margin = v.margin, ratio = v.ratio, candidates = #(v.candidates or {}), reason = v.reason,
    target_sentence = t.sentence, outcome_sentence = o.sentence,
  }
  for _, k in ipairs(M.FLAT) do
    if r[k] == nil then r[k] = json.null end
  end
  return r
end

local function cell(v)
  if v == nil or v == json.null then return "" end
  if v == true then return "true" elseif v == false then return "false" end
  if type(v) == "number" then return json.encode(v) end
  return tostring(v)
end

local function csv_cell(v)
  local s = cell(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local function num(v)
  if v == nil then return "" end
  if math.type(v) == "float" then
    return (("%.2f"):format(v):gsub("0+$", ""):gsub("%.$", ""))
  end
  return tostring(v)
end

--- The scorecard: verdict counts, in a fixed order.
function M.scorecard(audit)
  local statuses = { "met", "missed", "not_reported", "conflicting", "not_comparable", "pending" }
  local n = {}
  for _, s in ipairs(statuses) do n[s] = 0 end
  for _, v in ipairs(audit.verdicts) do n[v.status] = (n[v.status] or 0) + 1 end
  local parts = {}
  for _, s in ipairs(statuses) do parts[#parts + 1] = ("%s %d"):format(s, n[s]) end
  local judged = n.met + n.missed
  local rate = judged > 0 and ("; %d%% of the judged targets met"):format(math.floor(n.met * 100 / judged + 0.5)) or ""
  return ("%d targets: %s%s"):format(#audit.verdicts, table.concat(parts, ", "), rate), n
end

local function base(path)
  return path and (tostring(path):match("[^/]+$") or path) or ""
end

local function row(v)
  local t, o = v.target or {}, v.outcome or {}
  return { v.region or "", v.period or "", v.indicator or ("~" .. (v.subject or "")), t.raw or "",
    o.raw and (o.raw .. (v.estimate and " (est.)" or "")) or "", v.status, num(v.margin),
    v.recurring and "yes" or "", base(t.doc), base(o.doc) }
end

local HEAD = { "region", "period", "indicator", "target", "outcome", "verdict", "margin", "recurring",
  "target doc", "outcome doc" }

local writers = {}

function writers.jsonl(audit, out)
  for _, v in ipairs(audit.verdicts) do out:write(json.encode(M.flat(v), M.FLAT), "\n") end
end

function writers.csv(audit, out)
  out:write(table.concat(M.FLAT, ","), "\n")
  for _, v in ipairs(audit.verdicts) do
    local r, cells = M.flat(v), {}
    for i, k in ipairs(M.FLAT) do cells[i] = csv_cell(r[k]) end
    out:write(table.concat(cells, ","), "\r\n")
  end
end

M.VERDICT = { "region", "period", "indicator", "indicator_name", "subject", "status", "rule", "rule_pack",
  "reason", "matched_by", "recurring", "direction", "margin", "ratio", "threshold", "estimate",
  "target", "outcome", "candidates", "also" }
M.QUOTE = { "doc", "published", "doc_kind", "start", "end", "raw", "value", "value_max", "unit", "cmp",
  "sentence", "period", "subject", "estimate", "rank", "rank_reason", "relation", "comparable", "matched_by" }

local function encode_quote(q)
  if q == nil then return "null" end
  local keys = {}
  for _, k in ipairs(M.QUOTE) do if q[k] ~= nil then keys[#keys + 1] = k end end
  return json.encode(q, keys)
end

--- One verdict as a JSON object: every field present (null when absent),
-- in a fixed order.
function M.verdict_json(v)
  local parts = {}
  for _, k in ipairs(M.VERDICT) do
    local s
    if k == "target" or k == "outcome" then
      s = encode_quote(v[k])
    elseif k == "candidates" or k == "also" then
      local items = {}
      for i, q in ipairs(v[k] or {}) do items[i] = encode_quote(q) end
      s = (k == "also" and v.also == nil) and "null" or "[" .. table.concat(items, ",") .. "]"
    else
      s = json.encode(v[k] == nil and json.null or v[k])
    end
    parts[#parts + 1] = json.encode(k) .. ":" .. s
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function writers.json(audit, out)
  local verdicts = {}
  for i, v in ipairs(audit.verdicts) do verdicts[i] = M.verdict_json(v) end
  out:write("{", json.encode("params"), ":", json.encode(audit.params), ",",
    json.encode("rules"), ":", json.encode(json.array(audit.rules)), ",",
    json.encode("documents"), ":", json.encode(json.array(audit.documents)), ",",
    json.encode("verdicts"), ":[", table.concat(verdicts, ",\n"), "]}\n")
end

function writers.table(audit, out)
  local line = M.scorecard(audit)
  out:write(line, "\n\n")
  local rows = {}
  for _, v in ipairs(audit.verdicts) do rows[#rows + 1] = row(v) end
  out:write(tabulate.render(HEAD, rows, { [3] = { max = 22 }, [4] = { max = 16 }, [5] = { max = 18 },
    [7] = { align = "right" }, [9] = { max = 24 }, [10] = { max = 24 } }))
end

local function md_cell(s)
  return (tostring(s):gsub("|", "\\|"):gsub("[\r\n]", " "))
end

function writers.md(audit, out)
  local line = M.scorecard(audit)
  out:write("# Audit\n\n", line, "\n\n")
  out:write("| ", table.concat(HEAD, " | "), " | reason |\n")
  out:write(("|---"):rep(#HEAD + 1), "|\n")
  for _, v in ipairs(audit.verdicts) do
    local cells = {}
    for i, c in ipairs(row(v)) do cells[i] = md_cell(c) end
    cells[#cells + 1] = md_cell(v.reason or "")
    out:write("| ", table.concat(cells, " | "), " |\n")
  end
end

--- Write audit to out (a file handle or anything with :write) in format.
-- Raises on an unknown format (check M.FORMATS first).
function M.render(audit, format, out)
  local w = writers[format]
  if not w then
    error(("bad argument #2 to 'render' (format must be table, csv, json, jsonl or md, got %s)"):format(tostring(format)), 2)
  end
  w(audit, out)
end

return M
