--- What every report format shares: the statuses and their words, the
-- scorecard (counts and fulfilment rate by region and year), the flat
-- record of a verdict, and how numbers, margins and quotes are written.
local spill = require "duixian.spill"
local corrections = require "duixian.corrections"

local M = {}

--- Statuses in the order reports list them, with the words readers see.
M.STATUSES = { "met", "missed", "not_reported", "conflicting", "not_comparable", "pending", "not_a_target" }
M.LABEL = { met = "met", missed = "missed", not_reported = "not reported",
  conflicting = "conflicting", not_comparable = "not comparable", pending = "pending",
  not_a_target = "not a target" }

--- A document's kind in words, beside its quotes.
M.KIND_WORDS = { work_report = "work report", news = "news report", plan = "plan",
  statistics = "statistical communiqué", other = "document" }

--- How the fulfilment rate is computed, said once for every format.
M.RATE_NOTE = "fulfilment rate = met / (met + missed): targets with no reported outcome, " ..
  "pending, conflicting or not comparable ones, and ones met or missed on an outcome matched only " ..
  "by similar wording (counted under other; --include-similar counts them), are left out of the rate."

--- The columns of a flattened verdict (CSV and JSON lines), in order.
M.FLAT_FIELDS = { "region", "period", "indicator", "subject", "status", "target_doc",
  "target_start", "target_end", "target_raw", "target_value", "cmp", "unit", "outcome_doc",
  "outcome_start", "outcome_end", "outcome_raw", "outcome_value", "estimate", "reason", "rule",
  "rule_pack", "matched_by", "recurring", "margin", "ratio", "target_sentence", "outcome_sentence",
  "target_source", "target_published", "target_doc_kind", "outcome_source", "outcome_published",
  "outcome_doc_kind", "decided_by", "reviewer", "note", "rules_status", "headline", "decision" }

-- Level 4: blame the caller of render (bad ← check ← render ← caller).
local function bad(n, fname, msg) error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), 4) end

--- Raise unless audit has the shape the renderers read (called by render).
function M.check(audit, fname)
  fname = fname or "render"
  if type(audit) ~= "table" then bad(1, fname, "audit table expected, got " .. type(audit)) end
  if type(audit.verdicts) ~= "table" then bad(1, fname, "audit.verdicts must be an array") end
  -- verdicts read from a spill (an audit's own) are checked by the fields
  -- kept in memory, without reading each back
  local spilled = getmetatable(audit.verdicts) ~= nil
  for i, v in ipairs(spill.fields(audit.verdicts)) do
    if type(v) ~= "table" then bad(1, fname, ("audit.verdicts[%d] is not a table"):format(i)) end
    if not M.LABEL[v.status] then
      bad(1, fname, ("audit.verdicts[%d].status '%s' is not one of %s"):format(
        i, tostring(v.status), table.concat(M.STATUSES, ", ")))
    end
    if not spilled and type(v.target) ~= "table" then bad(1, fname, ("audit.verdicts[%d].target is missing"):format(i)) end
  end
end

-- How figures are written (number, compact, amount, UNIT_WORDS) lives in
-- duixian.quantity, shared with the rules' reasons.
local quantity = require "duixian.quantity"
M.number, M.compact, M.amount, M.UNIT_WORDS = quantity.number, quantity.compact, quantity.amount,
  quantity.UNIT_WORDS

--- Digits grouped by thousands: 9800000 → 9,800,000.
function M.grouped(v)
  local s = M.number(v)
  local sign, int, rest = s:match("^(-?)(%d+)(.*)$")
  if not int or #int <= 4 or rest:find("e") then return s end
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. int .. rest
end

--- The margin (outcome − target) with its sign, in the target's own unit:
-- percentage points for percentages ("+1.9 pp", "−2.8 pp"), Chinese
-- units otherwise ("−665亿元", "+80万人"); "" when there is none.
function M.margin(v)
  if type(v.margin) ~= "number" then return "" end
  local m = v.margin
  local sign = m > 0 and "+" or (m < 0 and "−" or "±")
  local unit = v.target and v.target.unit
  if unit == "%" then unit = "pp" end
  return sign .. M.amount(math.abs(m), unit)
end

--- The fulfilment rate of a count table as text: "67%", or "—" when no
-- target was met or missed.
function M.rate_text(c)
  local judged = (c.met or 0) + (c.missed or 0)
  if judged == 0 then return "—" end
  return string.format("%d%%", math.floor(100 * c.met / judged + 0.5))
end

--- The rate as a number in [0, 1], or nil.
function M.rate(c)
  local judged = (c.met or 0) + (c.missed or 0)
  if judged == 0 then return nil end
  return c.met / judged
end

--- The year a period is judged in: "2022" → 2022, "2021-2025" → 2025.
function M.year(period)
  if period == nil then return nil end
  local last = tostring(period):match("(%d%d%d%d)%D*$")
  return last and tonumber(last)
end

local function period_key(p)
  local a, b = tostring(p or ""):match("^(%d+)%-?(%d*)$")
  return tonumber(b ~= "" and b or a) or math.huge, tonumber(a) or math.huge, tostring(p or "")
end

local function period_less(p, q)
  local a1, a2, a3 = period_key(p)
  local b1, b2, b3 = period_key(q)
  if a1 ~= b1 then return a1 < b1 end
  if a2 ~= b2 then return a2 < b2 end
  return a3 < b3
end
M.period_less = period_less

--- The status as a reader sees it: its label, and "(review)" when a
-- person decided it.
function M.status_text(v)
  return (M.LABEL[v.status] or tostring(v.status)) .. (v.decided_by == "review" and " (review)" or "")
end

--- Why an audit shows no verdict, said once for every format.
function M.empty_text(audit)
  if audit.reviewed_only then
    return "No verdicts a reviewer decided (--reviewed-only): fill in a review file (--format review), "
      .. "store it with duixian corrections import and audit again."
  end
  return "No verdicts: the audit found no targets to judge in its documents."
end

--- What a person decided about a verdict, in words, for the formats
-- that read as text: "review by 王编辑 (outcome picked): 统计公报修订;
-- the rules said missed" (brief: without what the rules said). nil for a
-- verdict the rules decided.
function M.decided_text(v, brief)
  if v.decided_by ~= "review" then return nil end
  local did = v.decision == "wrong_outcome" and "outcome picked"
    or v.fix and corrections.done_text(v)
  return ("review%s%s%s%s"):format(v.reviewer and (" by " .. v.reviewer) or "",
    did and (" (" .. did .. ")") or "", v.note and (": " .. v.note) or "",
    (v.rules_status and not brief) and ("; the rules said " .. (M.LABEL[v.rules_status] or v.rules_status)) or "")
end

--- The source people can cite for a side of a verdict (the manifest's
-- source: a URL or a citation), from the side or its document; nil when
-- none was given.
function M.source_of(audit, side)
  if not side then return nil end
  local s = side.source
  if s == nil then
    local d = M.document(audit, side.doc)
    s = d and d.source
  end
  if type(s) ~= "string" or s == "" then return nil end
  return s
end

local function new_counts()
  local c = { total = 0, similar = 0, headline = { total = 0, met = 0, missed = 0 } }
  for _, s in ipairs(M.STATUSES) do c[s] = 0 end
  return c
end

--- Counts of the statuses other than met, missed and not reported, with
-- the targets met or missed on similar wording only (left out of the rate).
function M.other(c)
  return c.conflicting + c.not_comparable + c.pending + (c.not_a_target or 0) + (c.similar or 0)
end

--- The status a verdict is counted under in the scorecard: its own, or
-- "similar" when it is met or missed on an outcome matched only by similar
-- wording (no catalogue entry) and the audit does not ask to include those
-- (audit.include_similar, set by --include-similar).
function M.counted_status(audit, v)
  if v.matched_by == "similarity" and (v.status == "met" or v.status == "missed")
      and not audit.include_similar then
    return "similar"
  end
  return v.status
end

-- Count v, under status (M.counted_status), in c; a headline target also in
-- c.headline, whose rate is the headline targets' own.
local function add(c, v, status)
  c.total = c.total + 1
  c[status] = c[status] + 1
  if v.headline == true then
    local h = c.headline
    h.total = h.total + 1
    if status == "met" or status == "missed" then h[status] = h[status] + 1 end
  end
end

--- The set of regions that some audited document is about (its
-- manifest or inferred region); other regions were named in the text.
function M.documented(audit)
  local set = {}
  for _, d in ipairs(audit.documents or {}) do
    if d.region and d.region ~= "" then set[d.region] = true end
  end
  return set
end

--- Regions in reading order: the documents' own regions first, then the
-- places named in the text, each in the order they first appear among
-- the verdicts. The second result is the number of documents' regions
-- (all of them when the audit lists no documents).
function M.regions(audit)
  local documented = M.documented(audit)
  local any = next(documented) ~= nil
  local seen, first, later = {}, {}, {}
  for _, v in ipairs(spill.fields(audit.verdicts)) do
    local r = v.region or ""
    if not seen[r] then
      seen[r] = true
      local list = (not any or documented[r]) and first or later
      list[#list + 1] = r
    end
  end
  local n = #first
  table.move(later, 1, #later, n + 1, first)
  return first, n
end

--- Periods, sorted by the year they end in.
function M.periods(audit)
  local seen, out = {}, {}
  for _, v in ipairs(spill.fields(audit.verdicts)) do
    local p = v.period or ""
    if not seen[p] then seen[p] = true; out[#out + 1] = p end
  end
  table.sort(out, period_less)
  return out
end

--- The scorecard: { groups = { { region, periods = { { period, counts } },
-- counts } }, counts } with counts = { met, missed, not_reported,
-- conflicting, not_comparable, pending, similar, total, headline = { met,
-- missed, total } }; met and missed leave out similarity matches unless
-- audit.include_similar (they are counted in similar instead).
function M.scorecard(audit)
  local card = { groups = {}, counts = new_counts() }
  local by_region = {}
  for _, r in ipairs(M.regions(audit)) do
    local g = { region = r, periods = {}, counts = new_counts(), by_period = {} }
    by_region[r] = g
    card.groups[#card.groups + 1] = g
  end
  for _, v in ipairs(spill.fields(audit.verdicts)) do
    local g = by_region[v.region or ""]
    local p = v.period or ""
    local row = g.by_period[p]
    if not row then
      row = { period = p, counts = new_counts() }
      g.by_period[p] = row
      g.periods[#g.periods + 1] = row
    end
    add(row.counts, v, M.counted_status(audit, v))
    add(g.counts, v, M.counted_status(audit, v))
    add(card.counts, v, M.counted_status(audit, v))
  end
  for _, g in ipairs(card.groups) do
    table.sort(g.periods, function(a, b) return period_less(a.period, b.period) end)
  end
  return card
end

--- Verdicts sorted for reading: headline targets first, then by region
-- (M.regions order) and period; the sort is stable on the audit's order.
-- Verdicts read from a spill (duixian.spill) are sorted by their keys
-- alone and read there again, one at a time.
function M.sorted(audit)
  local rank = {}
  for i, r in ipairs(M.regions(audit)) do rank[r] = i end
  local verdicts = audit.verdicts
  -- the sort keys by column, the period's made once (not at each
  -- comparison): small beside a table per verdict
  local headline, region, y1, y2, period, order = {}, {}, {}, {}, {}, {}
  for i, v in ipairs(spill.fields(verdicts)) do
    headline[i], region[i] = v.headline == true, rank[v.region or ""]
    y1[i], y2[i], period[i] = period_key(v.period)
    order[i] = i
  end
  table.sort(order, function(a, b)
    if headline[a] ~= headline[b] then return headline[a] end
    if region[a] ~= region[b] then return region[a] < region[b] end
    if period[a] ~= period[b] then -- period_less
      if y1[a] ~= y1[b] then return y1[a] < y1[b] end
      if y2[a] ~= y2[b] then return y2[a] < y2[b] end
      return period[a] < period[b]
    end
    return a < b
  end)
  if getmetatable(verdicts) ~= nil then
    return setmetatable({}, { __len = function() return #order end,
      __index = function(_, j) local i = order[j] return i and verdicts[i] end })
  end
  local out = {}
  for j, i in ipairs(order) do out[j] = verdicts[i] end
  return out
end

--- The league table: one row per region of the documents, { region,
-- counts, rate } sorted by fulfilment rate (regions with nothing judged
-- last, then by targets), and one row, others, summing the places the
-- texts name below them (nil when there are none). counts as in
-- M.scorecard.
function M.league(audit)
  local card = M.scorecard(audit)
  local _, n = M.regions(audit)
  local rows, others = {}, nil
  for i, g in ipairs(card.groups) do
    if i <= n then
      rows[#rows + 1] = { region = g.region, counts = g.counts, rate = M.rate(g.counts), order = i }
    else
      others = others or { region = "", places = 0, counts = new_counts() }
      others.places = others.places + 1
      local c = others.counts
      for k, x in pairs(g.counts) do
        if type(x) == "number" then c[k] = c[k] + x end
      end
      for k, x in pairs(g.counts.headline) do c.headline[k] = c.headline[k] + x end
    end
  end
  table.sort(rows, function(a, b)
    if (a.rate == nil) ~= (b.rate == nil) then return a.rate ~= nil end
    if a.rate and a.rate ~= b.rate then return a.rate > b.rate end
    if a.counts.total ~= b.counts.total then return a.counts.total > b.counts.total end
    return a.order < b.order
  end)
  return { rows = rows, others = others, counts = card.counts }
end

-- documents list → { n, at = { [id or file] = first index } }, made once
-- per list (a report looks a document up for every verdict)
local indexes = setmetatable({}, { __mode = "k" })

--- The document record (audit.documents) of a document id or file name:
-- the first one with that id or file.
function M.document(audit, doc)
  if doc == nil then return nil end
  local docs = audit.documents or {}
  local index = indexes[docs]
  if not index or index.n ~= #docs then
    index = { n = #docs, at = {} }
    for i = #docs, 1, -1 do -- backwards: the first one stays
      local d = docs[i]
      if d.id ~= nil and d.id == d.id then index.at[d.id] = i end
      if d.file ~= nil and d.file == d.file then index.at[d.file] = i end
    end
    indexes[docs] = index
  end
  local i = doc == doc and index.at[doc]
  return i and docs[i] or nil
end

--- The file name of a document id (documents list), or the id itself.
function M.doc_name(audit, doc)
  if doc == nil then return "" end
  local d = M.document(audit, doc)
  return d and d.file or tostring(doc)
end

--- What a verdict is about: the catalogue's name, else the subject.
function M.indicator_text(v)
  return v.indicator_name or v.subject or v.indicator or ""
end

--- A target or outcome as written, with "(est.)" for provisional ones, and
-- the verb of a fall set against a growth (下降2.1%, not 2.1%).
function M.side_text(side)
  if not side then return "" end
  local s = side.raw or M.number(side.value)
  if type(side.fall) == "string" and side.raw then s = side.fall .. s end
  if side.estimate then s = s .. " (est.)" end
  return s
end

--- Split a quote around the quantity: before, raw, after. The sentence's
-- own offset (sentence_start, when the audit gives it) places raw
-- exactly; otherwise raw is found in the sentence. nil when raw is not in
-- the sentence.
function M.quote_parts(side)
  local s, raw = side.sentence, side.raw
  if type(s) ~= "string" or type(raw) ~= "string" or raw == "" then return nil end
  local at
  if side.sentence_start and side.start then
    local i = side.start - side.sentence_start + 1
    if s:sub(i, i + #raw - 1) == raw then at = i end
  end
  at = at or s:find(raw, 1, true)
  if not at then return nil end
  return s:sub(1, at - 1), raw, s:sub(at + #raw)
end

--- The flat record of a verdict (M.FLAT_FIELDS); audit (optional) gives
-- the sources of documents whose quotes do not carry theirs.
function M.flat(v, audit)
  local t, o = v.target or {}, v.outcome or {}
  return {
    region = v.region, period = v.period, indicator = v.indicator, subject = v.subject,
    status = v.status, target_doc = t.doc, target_start = t.start, target_end = t["end"],
    target_raw = t.raw, target_value = t.value, cmp = t.cmp, unit = t.unit,
    outcome_doc = o.doc, outcome_start = o.start, outcome_end = o["end"], outcome_raw = o.raw,
    outcome_value = o.value, estimate = v.estimate and true or false, reason = v.reason,
    rule = v.rule, rule_pack = v.rule_pack, matched_by = v.matched_by,
    recurring = v.recurring and true or false, margin = v.margin, ratio = v.ratio,
    target_sentence = t.sentence, outcome_sentence = o.sentence,
    target_source = audit and M.source_of(audit, t) or t.source, target_published = t.published,
    target_doc_kind = t.doc_kind,
    outcome_source = audit and v.outcome and M.source_of(audit, o) or o.source, outcome_published = o.published,
    outcome_doc_kind = o.doc_kind,
    decided_by = v.decided_by or "rules", reviewer = v.reviewer, note = v.note,
    rules_status = v.rules_status, headline = v.headline and true or false, decision = v.decision,
  }
end

return M
