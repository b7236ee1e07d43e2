--- Scoring against the hand-checked gold of ../shared/gold: a faithful port
-- of its reference scorers, score_extract.py and score_pairs.py, so that
-- `make eval` reports exactly their figures on the same predictions.
--
-- Predictions are records shaped like the JSON lines of `duixian extract
-- --format jsonl` (doc, start, end, value, unit, cmp, kind, period,
-- estimate, subject, region) and `duixian audit --format jsonl` (target_doc,
-- target_start, target_end, outcome_doc, outcome_start, outcome_end,
-- status, …); start and end are the tool's 1-based inclusive byte offsets,
-- compared as the scorers compare them, with the gold's 0-based half-open
-- spans. Texts are read as Python reads them (universal newlines).
local M = {}

-- One cell of a csv.DictReader row (delimiter tab, default quoting): a
-- field that opens with a double quote is quoted, "" standing for one.
local function read_cell(line, i)
  if line:sub(i, i) ~= '"' then
    local tab = line:find("\t", i, true)
    if tab then return line:sub(i, tab - 1), tab + 1 end
    return line:sub(i), nil
  end
  local parts, j = {}, i + 1
  while true do
    local q = line:find('"', j, true)
    if not q then -- unclosed: the rest of the line
      parts[#parts + 1] = line:sub(j)
      return table.concat(parts), nil
    end
    parts[#parts + 1] = line:sub(j, q - 1)
    if line:sub(q + 1, q + 1) == '"' then
      parts[#parts + 1] = '"'
      j = q + 2
    else -- after the closing quote, text up to the tab is kept as it is
      local tab = line:find("\t", q + 1, true)
      parts[#parts + 1] = line:sub(q + 1, tab and tab - 1 or nil)
      return table.concat(parts), tab and tab + 1 or nil
    end
  end
end

--- Read a gold TSV as csv.DictReader does: an array of rows keyed by the
-- header's names; empty lines are skipped, missing cells are nil.
-- @return rows | nil, message, 0
function M.read_tsv(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, ("%s: cannot read (%s)"):format(path, err), 0 end
  local rows, header = {}, nil
  for line in f:lines() do
    line = line:gsub("\r$", "")
    if line ~= "" then
      local cells, i = {}, 1
      while i do
        cells[#cells + 1], i = read_cell(line, i)
      end
      if not header then
        header = cells
      else
        local row = {}
        for k, name in ipairs(header) do row[name] = cells[k] end
        rows[#rows + 1] = row
      end
    end
  end
  f:close()
  return rows
end

--- Text as Python's text mode reads it: \r\n and \r become \n (the
-- gold's spans are offsets into that text).
function M.universal_newlines(s)
  return (s:gsub("\r\n?", "\n"))
end

--- A file's text as Python's open(..., encoding="utf-8").read() gives it.
-- @return text | nil, message, 0
function M.read_text(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, ("%s: cannot read (%s)"):format(path, err), 0 end
  local s = f:read("a")
  f:close()
  return M.universal_newlines(s)
end

-- Bytes of the UTF-8 character starting at byte i (1 past the end: 1).
local function char_len(s, i)
  local b = s:byte(i)
  if not b or b < 0xC0 then return 1 end
  return b >= 0xF0 and 4 or b >= 0xE0 and 3 or 2
end

--- The spans of raw inside every occurrence of context in text, as
-- score_extract.locate gives them: 0-based half-open byte offsets
-- {b0, b1}; occurrences may overlap; when raw is not inside context the
-- span is the whole context.
function M.locate(text, context, raw)
  local spans, from = {}, 1
  while true do
    local at = text:find(context, from, true)
    if not at then break end
    local j = context:find(raw, 1, true)
    local b0, n
    if j then b0, n = at - 1 + j - 1, #raw else b0, n = at - 1, #context end
    spans[#spans + 1] = { b0, b0 + n }
    from = at + char_len(text, at) -- the next character, as Python's i + 1
  end
  return spans
end

--- Values agree within 1e-6 relative (score_extract.close); two absent
-- values agree. Gold values are strings, predictions numbers.
function M.close(a, b)
  if a == nil or b == nil then return a == nil and b == nil end
  a, b = tonumber(a), tonumber(b)
  if not a or not b then error("gold: a value is not a number", 2) end
  return math.abs(a - b) <= 1e-6 * math.max(1.0, math.abs(a), math.abs(b))
end

--- The file name of a path (the scorers compare documents by name).
function M.basename(path)
  if type(path) ~= "string" then return path end
  return path:match("([^/]*)$")
end

-- Python's truthiness for a JSON value: nil, false, "", 0 are false.
local function truthy(v)
  return v ~= nil and v ~= false and v ~= "" and v ~= 0
end

-- str(p.get("period") or "")
local function period_text(v)
  if not truthy(v) then return "" end
  if math.type(v) == "float" and v == math.floor(v) then return ("%d"):format(v) end
  return tostring(v)
end

--- Does a prediction agree with a gold row on one field? The fields and
-- rules of score_extract.py.
M.AGREE = {
  cmp = function(g, p) return p.cmp == g.cmp end,
  kind = function(g, p) return p.kind == g.kind end,
  period = function(g, p) return period_text(p.period) == g.period end,
  estimate = function(g, p) return truthy(p.estimate) == (g.estimate == "1") end,
  subject = function(g, p)
    local a, b = g.subject or "", p.subject or ""
    return a ~= "" and b ~= "" and (a:find(b, 1, true) ~= nil or b:find(a, 1, true) ~= nil)
  end,
  region = function(g, p) return (p.region or "") == g.region end,
}
M.AGREE_FIELDS = { "cmp", "kind", "period", "estimate", "subject", "region" }

-- Does the tool's span s..e reach one of the gold spans, within slack
-- bytes? (Both scorers compare the numbers as they are: the tool's
-- 1-based inclusive offsets against the gold's 0-based half-open ones.)
local function overlaps(s, e, spans, slack)
  if s == nil or e == nil then return false end
  slack = slack or 0
  for _, sp in ipairs(spans) do
    if s < sp[2] + slack and e > sp[1] - slack then return true end
  end
  return false
end

local function ratio(k, n) return n > 0 and k / n or 0.0 end

--- Score extraction predictions against extraction gold rows (seeds.tsv
-- form), as score_extract.py does. text_of(doc name) gives a document's
-- text (M.read_text). Predictions of kind target or outcome count; a gold
-- row, in gold order, takes the first unused prediction of its document
-- whose span reaches its raw's place within 2 bytes and whose unit and
-- value agree.
-- @return { gold, predicted, matched, precision, recall, f1, cmp, kind,
--   period, estimate, subject, region, full, full_precision, full_recall,
--   agree = {field → count}, pairs = {{g, p}}, missed = {g}, extra = {p} }
function M.score_extract(gold, text_of, predictions)
  local by_doc, preds = {}, {}
  for _, p in ipairs(predictions) do
    if p.kind == "target" or p.kind == "outcome" then
      local doc = M.basename(p.doc)
      preds[#preds + 1] = p
      by_doc[doc] = by_doc[doc] or {}
      table.insert(by_doc[doc], p)
    end
  end
  local used, pairs_, missed = {}, {}, {}
  for _, g in ipairs(gold) do
    local spans = M.locate(text_of(g.doc), g.context, g.raw)
    local best
    for _, p in ipairs(by_doc[g.doc] or {}) do
      if not used[p] then
        if overlaps(p.start, p["end"], spans, 2) and p.unit == g.unit and M.close(p.value, g.value) then
          best = p
          break
        end
      end
    end
    if best then
      used[best] = true
      pairs_[#pairs_ + 1] = { g = g, p = best }
    else
      missed[#missed + 1] = g
    end
  end
  local extra = {}
  for _, p in ipairs(preds) do
    if not used[p] then extra[#extra + 1] = p end
  end
  local tp = #pairs_
  local r = { gold = #gold, predicted = #preds, matched = tp, pairs = pairs_, missed = missed,
    extra = extra, agree = {} }
  r.precision = ratio(tp, #preds)
  r.recall = ratio(tp, #gold)
  r.f1 = r.precision + r.recall > 0 and 2 * r.precision * r.recall / (r.precision + r.recall) or 0.0
  for _, field in ipairs(M.AGREE_FIELDS) do
    local ok = 0
    for _, pair in ipairs(pairs_) do
      if M.AGREE[field](pair.g, pair.p) then ok = ok + 1 end
    end
    r.agree[field] = ok
    r[field] = ratio(ok, tp)
  end
  local full = 0
  for _, pair in ipairs(pairs_) do
    if M.AGREE.cmp(pair.g, pair.p) and M.AGREE.kind(pair.g, pair.p) and M.AGREE.period(pair.g, pair.p) then
      full = full + 1
    end
  end
  r.full = full
  r.full_precision = ratio(full, #preds)
  r.full_recall = ratio(full, #gold)
  return r
end

--- Score audit verdicts against pair gold rows (provinces.tsv form), as
-- score_pairs.py does. Rows whose target_doc has no text are left out. A
-- prediction answers a row when its target_doc is the row's and its
-- target span overlaps the gold target; of several, the first whose
-- evidence is right, else the first. A borderline row accepts met or
-- missed; a not_reported row accepts only not_reported, and its evidence
-- is right when the prediction gives no outcome.
-- @return { pairs, answered, verdict_ok, evidence_ok, verdict_accuracy,
--   evidence_accuracy, rows = {{g, hit, status, ok, evidence}},
--   by_region = {region → {pairs, verdict, evidence}},
--   by_gold_verdict = {verdict → {pairs, verdict}} }
function M.score_pairs(gold, text_of, predictions)
  local by_doc = {}
  for _, p in ipairs(predictions) do
    local doc = truthy(p.target_doc) and M.basename(p.target_doc) or p.target_doc
    if doc ~= nil then
      by_doc[doc] = by_doc[doc] or {}
      table.insert(by_doc[doc], p)
    end
  end
  local r = { pairs = 0, answered = 0, verdict_ok = 0, evidence_ok = 0, rows = {},
    by_region = {}, by_gold_verdict = {} }
  for _, g in ipairs(gold) do
    local ttext = text_of(g.target_doc)
    if ttext and ttext ~= "" then
      local odoc = g.outcome_doc
      local not_reported = g.verdict == "not_reported"
      local tspans = M.locate(ttext, g.target_context, g.target_raw)
      local ospans = not_reported and {} or M.locate(text_of(odoc) or "", g.outcome_context, g.outcome_raw)
      local function evidence(p)
        if not_reported then return not truthy(p.outcome_doc) and p.outcome_start == nil end
        return truthy(p.outcome_doc) and M.basename(p.outcome_doc) == odoc
          and overlaps(p.outcome_start, p.outcome_end, ospans)
      end
      local first, hit
      for _, p in ipairs(by_doc[g.target_doc] or {}) do
        if overlaps(p.target_start, p.target_end, tspans) then
          first = first or p
          if evidence(p) then hit = p break end
        end
      end
      hit = hit or first
      local status = hit and hit.status
      local ok
      if g.verdict == "borderline" then ok = status == "met" or status == "missed"
      else ok = hit ~= nil and status == g.verdict end
      local ev = hit ~= nil and evidence(hit)
      r.pairs = r.pairs + 1
      if hit then r.answered = r.answered + 1 end
      if ok then r.verdict_ok = r.verdict_ok + 1 end
      if ev then r.evidence_ok = r.evidence_ok + 1 end
      local region = g.region or ""
      local per = r.by_region[region] or { pairs = 0, verdict = 0, evidence = 0 }
      r.by_region[region] = per
      per.pairs, per.verdict, per.evidence = per.pairs + 1, per.verdict + (ok and 1 or 0), per.evidence + (ev and 1 or 0)
      local cls = r.by_gold_verdict[g.verdict] or { pairs = 0, verdict = 0 }
      r.by_gold_verdict[g.verdict] = cls
      cls.pairs, cls.verdict = cls.pairs + 1, cls.verdict + (ok and 1 or 0)
      r.rows[#r.rows + 1] = { g = g, hit = hit, status = status, ok = ok, evidence = ev }
    end
  end
  r.verdict_accuracy = ratio(r.verdict_ok, r.pairs)
  r.evidence_accuracy = ratio(r.evidence_ok, r.pairs)
  return r
end

--- national-dev.tsv rows in the pair form: target_doc national-Y.txt,
-- outcome_doc national-(Y+1).txt (the scorer's documented reading).
function M.national_pairs(rows)
  for _, row in ipairs(rows) do
    local y = tonumber(row.target_year)
    row.target_doc = row.target_doc or ("national-%d.txt"):format(y)
    row.outcome_doc = row.outcome_doc or ("national-%d.txt"):format(y + 1)
  end
  return rows
end

--- The documents an extraction gold names, in order of first mention.
function M.docs_of(rows)
  local seen, out = {}, {}
  for _, row in ipairs(rows) do
    if not seen[row.doc] then
      seen[row.doc] = true
      out[#out + 1] = row.doc
    end
  end
  return out
end

--- Predictions as `duixian extract --manifest MANIFEST --format jsonl
-- PATH...` makes them (the same records, in the same order, in process).
-- @return array of mention records | nil, message
function M.extract_predictions(paths, manifest)
  local duixian = require "duixian"
  local extract = require "duixian.cli.extract"
  local out = {}
  for _, path in ipairs(paths) do
    local text, msg = duixian.read(path)
    if not text then return nil, msg end
    local it = assert(duixian.each(text, extract.meta_for(path, manifest, {})))
    for m in it do out[#out + 1] = m end
  end
  return out
end

--- The audit `duixian audit --manifest MANIFEST PATH...` runs (no rule
-- packs), in process.
-- @return audit result | nil, message
function M.audit(paths, manifest)
  local rules = require "duixian.rules"
  local cli_audit = require "duixian.cli.audit"
  local R = rules.compose({})
  local documents, mentions, problems = cli_audit.load_from_files(paths, manifest, R)
  if #problems > 0 then return nil, table.concat(problems, "; ") end
  return require("duixian.audit").run{ documents = documents, mentions = mentions, rules = R }
end

--- The records of `duixian audit --format jsonl` for an audit result, in
-- its order.
function M.verdict_records(result)
  local model = require "duixian.report.model"
  local out = {}
  for i, v in ipairs(model.sorted(result)) do out[i] = model.flat(v) end
  return out
end

return M
