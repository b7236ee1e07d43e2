--- Matching: which later outcomes answer a target, and in what order of
-- evidence. Every function here is a named rule that a rule pack may
-- override (`match = { similarity_threshold = 0.6 }`); the functions call
-- each other through the rules table R, so an override takes effect
-- everywhere.
--
-- An item is a mention prepared for matching: { m (the mention record),
-- doc (its document record), indicator (catalogue entry or nil), alias,
-- subject, measure, first, last (years of its period), key }.
local indicators = require "duixian.indicators"
local meta = require "duixian.meta"

local M = {}

--- Subjects below this bigram similarity (of their head phrases) are not
-- the same indicator. Only subjects with the same head noun get this far
-- (see same_indicator), so half their bigrams in common is close:
-- 新开外贸航线 and 新开辟外贸航线 are 0.57, 改造高标准农田 and 高标准农田 0.67.
M.similarity_threshold = 0.5

--- First and last year of a period ("2022" or "2023-2025"), or nil.
function M.span(_, period)
  if type(period) ~= "string" then return nil end
  local a, b = period:match("^(%d%d%d%d)%-(%d%d%d%d)$")
  if a then
    if tonumber(a) > tonumber(b) then return nil end -- a reversed span says nothing reliable
    return tonumber(a), tonumber(b)
  end
  a = period:match("^(%d%d%d%d)$")
  if a then return tonumber(a), tonumber(a) end
  return nil
end

--- A sortable form of a publication date ("2022-02-24" → 20220224; a
-- missing month or day counts as 0, so 2022-02 sorts before 2022-02-01).
function M.date_key(_, published)
  local y, mo, d = meta.parse_date(published)
  if not y then return nil end
  return y * 10000 + (mo or 0) * 100 + (d or 0)
end

--- Subject words that carry no meaning of their own: when a mention's
-- subject is only these (or empty), the subject of the quantity before it
-- in the same sentence is meant (国内生产总值达到13.65万亿元，比上年增长9.5%).
M.elided_subjects = { [""] = true, ["比上年"] = true, ["同比"] = true, ["转"] = true,
  ["其中"] = true, ["比上年实际"] = true, ["实际"] = true }

--- The indicator of a mention: by alias, else by the head it shares with
-- the next conjunct (城镇和农村…收入分别: Catalogue:resolve_conjunct), else,
-- for a growth rate whose subject was elided after a level (国内生产总值达到
-- 13.65万亿元，比上年增长9.5%), by the indicator of that level. prev is the
-- item before it in the same sentence, or nil.
-- @return entry, alias, subject_used
function M.resolve(R, m, prev)
  local subject = m.subject or ""
  local entry, alias = R.indicators:resolve(subject, m.unit, m.verb)
  if entry then return entry, alias, subject end
  local whole
  entry, alias, whole = R.indicators:resolve_conjunct(subject, m.unit, m.verb, m.sentence)
  if entry then return entry, alias, whole end
  local verb = m.verb or ""
  if verb ~= "" and indicators.verb_class(verb) == "increase" then
    -- 经济｜增长5.5%: the subject and its verb name the indicator together
    entry, alias = R.indicators:resolve(subject .. verb, m.unit, verb)
    if entry then return entry, alias, subject .. verb end
  end
  if prev and prev.alias and R.match.elided_subjects[subject] then
    local vc = indicators.verb_class(verb)
    if m.unit == "%" and prev.m.unit ~= "%" and prev.m.unit ~= "pp" and (vc == "increase" or vc == "decrease") then
      -- 国内生产总值达到13.65万亿元，比上年增长9.5%: the growth of that level
      entry, alias = R.indicators:resolve(prev.alias, m.unit, verb)
      if entry then return entry, alias, prev.alias end
    elseif subject == "" and m.unit ~= "%" and m.unit ~= "pp" and m.unit ~= "times" then
      -- 高新技术企业数量实现翻番、达1.8万家: the same thing, restated, in
      -- the indicator's own unit (not 证明免提交事项335项 after 143家 firms)
      entry, alias = R.indicators:resolve(prev.alias, m.unit, verb)
      if entry and entry.unit == m.unit then return entry, alias, prev.alias end
    end
  end
  return nil, nil, subject
end

--- The key that says two targets are the same promise (for recurring).
function M.key(_, item)
  if item.indicator then return "id:" .. item.indicator.id end
  return "subject:" .. (item.subject or "") .. "|" .. tostring(indicators.unit_class(item.m.unit))
end

--- The key that says two targets are one promise: the same region,
-- indicator (or subject), period, value, unit and comparison, whichever
-- document states it.
function M.promise_key(R, t)
  local m = t.m
  return table.concat({ tostring(m.region or t.doc.region), R.match.key(R, t), tostring(m.period),
    tostring(m.value), tostring(m.value_max), tostring(m.unit), tostring(m.cmp) }, "\0")
end

--- Is target a's document a better source of a promise than b's? A work
-- report beats news, then the earlier document, then the earlier place.
function M.better_source(_, a, b)
  local ra, rb = a.doc.kind == "work_report", b.doc.kind == "work_report"
  if ra ~= rb then return ra end
  if a.date ~= b.date then return a.date < b.date end
  if a.doc.id ~= b.doc.id then return tostring(a.doc.id) < tostring(b.doc.id) end
  return a.m.start < b.m.start
end

--- Prepare one mention: resolve its indicator, read its period and measure.
function M.prepare(R, m, doc, prev)
  local entry, alias, subject = R.match.resolve(R, m, prev)
  local first, last = R.match.span(R, m.period)
  local item = { m = m, doc = doc, indicator = entry, alias = alias, subject = subject,
    first = first, last = last, date = R.match.date_key(R, doc.published) or 0 }
  item.measure = indicators.measure_of(m.unit, m.verb, subject)
  -- with no verb the figure's measure is unknown (国家高新技术企业超1.5万家
  -- may be a stock or the year's additions): it is compared as either
  local word = (m.verb or "") == "" and R.words.number_word[m.raw]
  if word and word.measure then item.measure = word.measure end -- 与上年持平: growth of 0%
  item.bigrams, item.nbigrams = indicators.bigrams(subject)
  item.sign = 1
  if item.measure == "decrease" and entry and entry.measure == "growth" then
    -- a fall reported for a growth indicator is negative growth
    -- (固定资产投资下降3.3% is −3.3 against a growth target)
    item.measure, item.sign = "growth", -1
  end
  return item
end

--- Does m's unit suit the catalogue entry (so its measure can be taken)?
function M.same_unit_for(_, entry, m)
  return entry.unit == nil or indicators.same_unit(entry.unit, m.unit)
end

--- The head noun of an item's subject and the bigrams of the phrase it
-- heads (indicators.similar_head), cached on the item; nil when the
-- subject names no thing.
function M.head_of(item)
  if item.head == nil then
    local head, phrase = indicators.similar_head(item.subject, item.m.unit, item.m.verb)
    item.head = head or false
    if head then item.head_bigrams, item.head_nbigrams = indicators.bigrams(phrase) end
  end
  return item.head or nil
end

--- Is outcome o about the same thing as target t? The same indicator, or,
-- for a target outside the catalogue, rarely, a similar subject: only when
-- the outcome is outside the catalogue too (one it names is another
-- indicator), both subjects have the same head noun (小区 and 小区, never a
-- verb such as 安排), the same unit class and verb class, and a bigram
-- similarity of at least similarity_threshold. Returns how it matched
-- ("catalogue", or "similarity" and the similarity) or nil.
function M.same_indicator(R, t, o)
  if t.indicator then
    if o.indicator and o.indicator.id == t.indicator.id then return "catalogue" end
    return nil
  end
  if o.indicator then return nil end
  if indicators.unit_class(t.m.unit) ~= indicators.unit_class(o.m.unit) then return nil end
  local vt, vo = indicators.verb_class(t.m.verb), indicators.verb_class(o.m.verb)
  if vt and vo and vt ~= vo then return nil end
  local ht = R.match.head_of(t)
  if not ht or ht ~= R.match.head_of(o) then return nil end
  local s = indicators.jaccard(t.head_bigrams, t.head_nbigrams, o.head_bigrams, o.head_nbigrams)
  if s >= R.match.similarity_threshold then return "similarity", s end
  return nil
end

--- Does outcome o speak of target t's period? "answer" when it covers the
-- year the target is judged at (its last year, or the whole span),
-- "progress" for an earlier year inside a multi-year span, else nil.
function M.period_relation(_, t, o)
  if not (t.first and o.first) then return nil end
  if o.first == t.first and o.last == t.last then return "answer" end
  if o.first == o.last and o.last == t.last then return "answer" end
  if t.first < t.last and o.first == o.last and o.last >= t.first and o.last < t.last then
    return "progress"
  end
  return nil
end

--- Can o's value be set against t's? The same unit and the same measure.
function M.comparable(_, t, o)
  if not indicators.same_unit(t.m.unit, o.m.unit) then
    return false, ("unit %s against %s"):format(tostring(o.m.unit), tostring(t.m.unit))
  end
  if not indicators.same_measure(t.measure, o.measure) then
    return false, ("measure %s against %s"):format(tostring(o.measure), tostring(t.measure))
  end
  return true
end

--- The outcomes that answer target t from the outcomes pool (items of the
-- same region), each wrapped as a candidate { item, relation, comparable,
-- why_not, matched_by, similarity }.
function M.candidates(R, t, pool)
  local out = {}
  for _, o in ipairs(pool) do
    if o.date > t.date and o.m.region == t.m.region then
      local relation = R.match.period_relation(R, t, o)
      if relation then
        local by, sim = R.match.same_indicator(R, t, o)
        if by then
          local ok, why = R.match.comparable(R, t, o)
          out[#out + 1] = { item = o, relation = relation, comparable = ok, why_not = why,
            matched_by = by, similarity = sim,
            whole_span = t.first ~= t.last and o.first == t.first and o.last == t.last }
        end
      end
    end
  end
  return out
end

--- The comparison a figure states: its qualifier, or its verb's when the
-- verb makes it a bound (超过10%, 低于3%: the lexicon's bound field).
function M.stated_cmp(R, m)
  local row = m.cmp == "=" and m.verb and R.words.verb[m.verb]
  if row and row.bound then return row.bound end
  return m.cmp or "="
end

--- Is the figure exact (no qualifier, no bounding verb)?
function M.is_exact(R, m)
  return R.match.stated_cmp(R, m) == "="
end

local function fits(R, v, m)
  local cmp, x = R.match.stated_cmp(R, m), m.value
  if cmp == ">=" then return v >= x end
  if cmp == ">" then return v > x end
  if cmp == "<=" then return v <= x end
  if cmp == "<" then return v < x end
  if cmp == "range" then return v >= x and v <= (m.value_max or x) end
  if cmp == "~" then
    local tol = (m.unit == "%" or m.unit == "pp") and 0.5 or math.abs(x) * 0.05
    return math.abs(v - x) <= tol
  end
  return v == x
end

--- Do two outcome figures agree? Equal exact values, or an exact value
-- inside what the other states (10.7% agrees with 略高于10%, 8.4% with 8%左右).
function M.agree(R, a, b)
  if a.unit ~= b.unit then return false end
  local exact_a, exact_b = R.match.is_exact(R, a), R.match.is_exact(R, b)
  if exact_a and exact_b then return a.value == b.value and a.value_max == b.value_max end
  if exact_a then return fits(R, a.value, b) end
  if exact_b then return fits(R, b.value, a) end
  return true -- two bounds or estimates: no contradiction is certain
end

--- Evidence ranking, strongest criterion first. Each criterion says
-- whether candidate a beats b, and the reason shown for it.
M.criteria = {
  { name = "comparable", reason = "comparable beats not comparable",
    beats = function(_, a, b) return a.comparable and not b.comparable end },
  { name = "answer", reason = "the judged year beats progress before it",
    beats = function(_, a, b) return a.relation == "answer" and b.relation ~= "answer" end },
  { name = "span", reason = "a figure for the whole span beats one for its last year",
    beats = function(_, a, b) return a.whole_span and not b.whole_span end },
  { name = "final", reason = "final beats estimate",
    beats = function(_, a, b) return not a.item.m.estimate and b.item.m.estimate end },
  { name = "work_report", reason = "work report beats news",
    beats = function(_, a, b) return a.item.doc.kind == "work_report" and b.item.doc.kind ~= "work_report" end },
  { name = "exact", reason = "an exact figure beats a rounded or bounded one",
    beats = function(R, a, b) return R.match.is_exact(R, a.item.m) and not R.match.is_exact(R, b.item.m) end },
  { name = "later", reason = "later beats earlier",
    beats = function(_, a, b) return a.item.date > b.item.date end },
}

--- The first criterion on which a beats b, or nil when they tie.
function M.beats(R, a, b)
  for _, c in ipairs(R.match.criteria) do
    if c.beats(R, a, b) then return c end
    if c.beats(R, b, a) then return nil end
  end
  return nil
end

local function order(a, b)
  if a.item.doc.id ~= b.item.doc.id then return tostring(a.item.doc.id) < tostring(b.item.doc.id) end
  return a.item.m.start < b.item.m.start
end

--- Sort candidates, best first, and say of each why it ranks where it
-- does (rank_reason): the criterion by which the best beats it, or
-- "ties with the best" / "best evidence".
function M.rank(R, cands)
  table.sort(cands, function(a, b)
    local c = R.match.beats(R, a, b)
    if c then return true end
    if R.match.beats(R, b, a) then return false end
    return order(a, b)
  end)
  for i, c in ipairs(cands) do
    if i == 1 then
      c.rank_reason = "best evidence"
    else
      local why = R.match.beats(R, cands[1], c)
      c.tied = why == nil
      c.rank_reason = why and why.reason or "ties with the best"
    end
    if not c.comparable then c.rank_reason = c.rank_reason .. " (" .. c.why_not .. ")" end
  end
  return cands
end

return M
