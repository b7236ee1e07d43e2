--- Scoring extraction against hand-checked gold rows (../shared/gold).
--
-- A mention matches a gold row when its span overlaps the gold raw (found
-- through the row's context) and its value and unit agree. Matching is one
-- to one, in document order. Precision and recall count target and outcome
-- mentions only; kind, period and cmp agreement are measured on the pairs.
local duixian = require "duixian"
local meta = require "duixian.meta"

local M = {}

--- Read a gold TSV into an array of rows keyed by the header's names.
function M.read_tsv(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, ("%s: cannot read (%s)"):format(path, err), 0 end
  local rows, header = {}, nil
  for line in f:lines() do
    local cells = {}
    for cell in (line:gsub("\r$", "") .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = cell end
    if not header then
      header = cells
    elseif #cells > 1 then
      local row = {}
      for i, name in ipairs(header) do row[name] = cells[i] end
      rows[#rows + 1] = row
    end
  end
  f:close()
  return rows
end

local function close(a, b)
  a, b = tonumber(a), tonumber(b)
  if not a or not b then return false end
  return math.abs(a - b) <= 1e-9 * math.max(1, math.abs(a), math.abs(b))
end

--- Locate each gold row's raw in text: rows get .start and .end (1-based),
-- or .missing when the context is not in the text. Repeated contexts are
-- found at successive occurrences.
function M.locate(rows, text, raw_field, context_field)
  raw_field, context_field = raw_field or "raw", context_field or "context"
  local seen = {}
  for _, row in ipairs(rows) do
    local ctx, raw = row[context_field], row[raw_field]
    local from = seen[ctx] or 1
    local at = text:find(ctx, from, true) or text:find(ctx, 1, true)
    if at then
      seen[ctx] = at + 1
      local r = ctx:find(raw, 1, true)
      if r then
        row.start = at + r - 1
        row["end"] = row.start + #raw - 1
      else
        row.missing = "raw not inside context"
      end
    else
      row.missing = "context not found in text"
    end
  end
  return rows
end

local function overlaps(m, row)
  return row.start and m.start <= row["end"] and row.start <= m["end"]
end

--- Match mentions to located gold rows of one document. Returns pairs
-- ({mention, row}), unmatched gold rows, unmatched target/outcome mentions.
function M.match(mentions, rows)
  local used = {}
  local pairs_, missed = {}, {}
  for _, row in ipairs(rows) do
    local hit
    for i, m in ipairs(mentions) do
      if not used[i] and overlaps(m, row) and close(m.value, row.value) and m.unit == row.unit then
        hit = i
        break
      end
    end
    if hit then
      used[hit] = true
      pairs_[#pairs_ + 1] = { mentions[hit], row }
    else
      missed[#missed + 1] = row
    end
  end
  local extra = {}
  for i, m in ipairs(mentions) do
    if not used[i] and (m.kind == "target" or m.kind == "outcome") then extra[#extra + 1] = m end
  end
  return pairs_, missed, extra
end

--- Score the seeds: gold_path is seeds.tsv, dir holds the seed files and
-- manifest.tsv. Returns a report table.
function M.score_seeds(gold_path, dir)
  local rows = assert(M.read_tsv(gold_path))
  local manifest = assert(meta.read_manifest(dir .. "/manifest.tsv"))
  local by_doc, order = {}, {}
  for _, row in ipairs(rows) do
    if not by_doc[row.doc] then
      by_doc[row.doc] = {}
      order[#order + 1] = row.doc
    end
    table.insert(by_doc[row.doc], row)
  end
  local report = { gold = 0, predicted = 0, matched = 0, cmp = 0, kind = 0, period = 0,
    estimate = 0, missed = {}, extra = {}, disagree = {} }
  for _, name in ipairs(order) do
    local text = assert(duixian.read(dir .. "/" .. name))
    local row = meta.lookup(manifest, name)
    local mentions = assert(duixian.scan(text, { file = name, published = row.published,
      region = row.region, kind = row.kind }))
    local gold = M.locate(by_doc[name], text)
    local pairs_, missed, extra = M.match(mentions, gold)
    report.gold = report.gold + #gold
    for _, m in ipairs(mentions) do
      if m.kind == "target" or m.kind == "outcome" then report.predicted = report.predicted + 1 end
    end
    for _, p in ipairs(pairs_) do
      local m, g = p[1], p[2]
      local counts = m.kind == "target" or m.kind == "outcome"
      if counts then report.matched = report.matched + 1 end
      if m.cmp == g.cmp then report.cmp = report.cmp + 1 end
      if m.kind == g.kind then report.kind = report.kind + 1 end
      if (m.period or "") == g.period then report.period = report.period + 1 end
      if (m.estimate and "1" or "0") == g.estimate then report.estimate = report.estimate + 1 end
      if m.kind ~= g.kind or (m.period or "") ~= g.period or m.cmp ~= g.cmp then
        report.disagree[#report.disagree + 1] = { m = m, g = g }
      end
    end
    report.pairs = (report.pairs or 0) + #pairs_
    for _, g in ipairs(missed) do report.missed[#report.missed + 1] = g end
    for _, m in ipairs(extra) do report.extra[#report.extra + 1] = m end
  end
  local n = math.max(report.pairs or 0, 1)
  report.precision = report.matched / math.max(report.predicted, 1)
  report.recall = report.matched / math.max(report.gold, 1)
  report.cmp_rate = report.cmp / n
  report.kind_rate = report.kind / n
  report.period_rate = report.period / n
  report.estimate_rate = report.estimate / n
  return report
end

--- Check the national pairs: every target and outcome of national-dev.tsv
-- found with the right value, unit and kind. Returns found, total, failures.
function M.score_national(gold_path, dir)
  local rows = assert(M.read_tsv(gold_path))
  local manifest = assert(meta.read_manifest(dir .. "/manifest.tsv"))
  local cache = {}
  local function mentions_of(year)
    local name = ("national-%d.txt"):format(year)
    if not cache[name] then
      local text = assert(duixian.read(dir .. "/" .. name))
      local row = meta.lookup(manifest, name)
      cache[name] = { text = text, mentions = assert(duixian.scan(text, { file = name,
        published = row.published, region = row.region, kind = row.kind })) }
    end
    return cache[name]
  end
  local found, total, failures = 0, 0, {}
  for _, row in ipairs(rows) do
    local y = tonumber(row.target_year)
    for _, side in ipairs({ "target", "outcome" }) do
      local doc = mentions_of(side == "target" and y or y + 1)
      local g = { raw = row[side .. "_raw"], context = row[side .. "_context"],
        value = row[side .. "_value"], unit = side == "target" and row.unit or row.outcome_unit }
      M.locate({ g }, doc.text)
      total = total + 1
      local ok = false
      for _, m in ipairs(doc.mentions) do
        if overlaps(m, g) and close(m.value, g.value) and m.unit == g.unit and m.kind == side then
          ok = true
          break
        end
      end
      if ok then found = found + 1
      else failures[#failures + 1] = ("%d %s %s %s (%s)"):format(y, row.indicator, side, g.raw, g.missing or g.context) end
    end
  end
  return found, total, failures
end

return M
