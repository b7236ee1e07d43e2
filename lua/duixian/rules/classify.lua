--- Default classification rules: kind (target | outcome | other), period,
-- estimate and region of each mention, from the cues the C scanner found
-- and the document's metadata.
--
-- Every rule is a named function in this table; a rule pack overrides any
-- of them by name (see duixian.rules). Rules see:
--   m    the mention (m.context is its sentence: text, norm, cues, headings,
--        para), positions are byte offsets into m.context.norm;
--   doc  { published, year, month, plan_year, review_year, kind, region };
--   st   state carried through one document (paragraph time cues).
local M = {}


local function span(a, b) return a == b and tostring(a) or (a .. "-" .. b) end

--- Relative time words: a function of the document (and the kind decided
-- so far) giving the first and last year, and the kind the word implies
-- (nil when it implies none).
M.time_words = {
  ["今年"] = function(doc) return doc.plan_year, doc.plan_year end,
  ["明年"] = function(doc) return doc.plan_year + 1, doc.plan_year + 1, "target" end,
  ["去年"] = function(doc) return doc.review_year, doc.review_year, "outcome" end,
  ["一年来"] = function(doc) return doc.review_year, doc.review_year, "outcome" end,
  ["过去一年"] = function(doc) return doc.review_year, doc.review_year, "outcome" end,
  ["五年来"] = function(doc) return doc.review_year - 4, doc.review_year, "outcome" end,
  ["过去五年"] = function(doc) return doc.review_year - 4, doc.review_year, "outcome" end,
  ["这五年"] = function(doc) return doc.review_year - 4, doc.review_year, "outcome" end,
  ["三年来"] = function(doc) return doc.review_year - 2, doc.review_year, "outcome" end,
  ["近三年"] = function(doc) return doc.review_year - 2, doc.review_year, "outcome" end,
  ["前三年"] = function(doc) return doc.review_year - 3, doc.review_year - 1, "outcome" end,
  ["连续3年"] = function(doc) return doc.review_year - 2, doc.review_year, "outcome" end,
  ["连续三年"] = function(doc) return doc.review_year - 2, doc.review_year, "outcome" end,
  ["三年"] = function(doc, kind)
    if kind == "outcome" then return doc.review_year - 2, doc.review_year end
    return doc.plan_year, doc.plan_year + 2, "target"
  end,
  ["五年"] = function(doc, kind)
    if kind == "outcome" then return doc.review_year - 4, doc.review_year end
    return doc.plan_year, doc.plan_year + 4, "target"
  end,
  ["今后五年"] = function(doc) return doc.plan_year, doc.plan_year + 4, "target" end,
  ["未来五年"] = function(doc) return doc.plan_year, doc.plan_year + 4, "target" end,
  ["十四五"] = function() return 2021, 2025, "target" end,
  ["“十四五”"] = function() return 2021, 2025, "target" end,
  ["十三五"] = function() return 2016, 2020 end,
  ["“十三五”"] = function() return 2016, 2020 end,
  ["十一五"] = function() return 2006, 2010 end,
  ["“十一五”"] = function() return 2006, 2010 end,
  ["十五"] = function() return 2001, 2005 end,
  ["“十五”"] = function() return 2001, 2005 end,
}

--- Time words that only govern their own clause (三年攻坚突破行动 says
-- nothing of the next clause's 增长8%以上); the others govern the sentence
-- and, when they open a paragraph, the whole paragraph (五年来，…).
M.clause_only = { ["三年"] = true, ["五年"] = true, ["十四五"] = true, ["“十四五”"] = true,
  ["十三五"] = true, ["“十三五”"] = true, ["十一五"] = true, ["“十一五”"] = true,
  ["十五"] = true, ["“十五”"] = true, ["前三年"] = true }

--- Words in a heading that mark a review of the past or a plan.
M.review_words = { "回顾", "过去", "成就", "成绩", "一年来", "五年来", "总结", "进展" }
M.plan_words = { "目标", "任务", "安排", "部署", "重点工作", "总体要求", "主要工作", "建议",
  "思路", "今年", "明年" }

--- Words that put a figure in the past within its clause (此次行动共收缴…).
M.past_words = { ["已"] = true, ["已经"] = true, ["累计"] = true, ["此次"] = true,
  ["截至"] = true, ["截止"] = true, ["目前"] = true }

--- Modal words strong enough to make a target outside a plan section.
M.strong_modal = { ["力争"] = true, ["确保"] = true, ["目标"] = true, ["预期"] = true,
  ["预期目标"] = true, ["主要预期目标"] = true, ["争取"] = true, ["计划"] = true,
  ["将"] = true, ["要"] = true, ["拟"] = true }

local function has_any(s, words)
  if not s then return false end
  for _, w in ipairs(words) do
    if s:find(w, 1, true) then return true end
  end
  return false
end

--- What a time cue says: first year, last year, implied kind, or nil.
function M.read_time_cue(cue, doc, kind)
  if cue.year then
    if cue.horizon then
      -- 到2025年 is a deadline; 增加到2002年的… is a past end point
      if doc.plan_year and cue.year_to < doc.plan_year then return cue.year_to, cue.year_to end
      return doc.plan_year or cue.year_to, cue.year_to, "target"
    end
    return cue.year, cue.year_to
  end
  local f = M.time_words[cue.word]
  if f and doc.plan_year then return f(doc, kind) end
  return nil
end

--- Is the cue a baseline (由2019年…, 比2020年…) rather than a period?
-- The character before byte pos of norm (CJK characters are three bytes).
local function char_before(norm, pos) return norm:sub(math.max(1, pos - 3), pos - 1) end

function M.is_baseline(cue, norm)
  local before = char_before(norm, cue.pos)
  return before == "由" or before == "从" or before == "比" or before == "较"
end

--- The time cue governing m: nearest before it in its clause, else nearest
-- before it in the sentence, else the first after it in its clause.
-- Returns the cue and whether it is a baseline year of m (由2019年…的9.9%).
function M.time_cue_for(m, doc)
  local ctx = m.context
  local best, after, baseline
  for _, cue in ipairs(ctx.cues) do
    if cue.class == "time" and M.time_words[cue.word] ~= nil or cue.year then
      local in_clause = cue.pos >= m.clause_start and cue.pos <= m.clause_end
      if M.is_baseline(cue, ctx.norm) then
        if in_clause and cue.pos < m.pos then baseline = cue end
      elseif (in_clause or not M.clause_only[cue.word]) and M.read_time_cue(cue, doc) then
        if cue.pos < m.pos then
          best = cue
        elseif not after and in_clause then
          after = cue
        end
      end
    end
  end
  return best or after, baseline
end

--- A paragraph's opening time cue (五年来，我们…) that governs m, or nil.
function M.para_cue_for(m, doc)
  local ctx = m.context
  if not ctx.para_cues or ctx.para_cues == ctx.cues then return nil end
  for _, cue in ipairs(ctx.para_cues) do
    if (cue.class == "time" and not M.clause_only[cue.word] and cue.pos <= 12)
        and M.read_time_cue(cue, doc) then
      return cue
    end
  end
  return nil
end

local function cue_before(m, classes, same_clause)
  for _, cue in ipairs(m.context.cues) do
    if classes[cue.word] ~= nil or classes[cue.class] then
      if cue.pos < m.pos and (not same_clause or cue.pos >= m.clause_start) then return cue end
    end
  end
  return nil
end

--- A byline or a caption is no section heading.
function M.is_byline(h) return h:find("记者", 1, true) ~= nil or h:find("通讯员", 1, true) ~= nil end

--- The section a sentence stands in: "review", "plan" or nil, and the year
-- its nearest heading names. Computed once per sentence.
function M.section_of(ctx)
  if ctx.section_kind ~= nil then return ctx.section_kind or nil, ctx.section_year or nil end
  local kind, year = M.read_headings(ctx)
  ctx.section_kind, ctx.section_year = kind or false, year or false
  return kind, year
end

function M.read_headings(ctx)
  local kind, year
  for _, h in ipairs({ ctx.heading3 or false, ctx.heading2 or false, ctx.heading1 or false }) do
    if h and not M.is_byline(h) then
      year = year or tonumber(h:match("(%d%d%d%d)年"))
      if not kind then
        if has_any(h, M.review_words) then kind = "review"
        elseif has_any(h, M.plan_words) then kind = "plan" end
      end
    end
  end
  return kind, year
end

--- The plan period a heading names (一、“十一五”时期…的回顾): first and
-- last year, or nil.
function M.heading_span(ctx, doc)
  if ctx.span_first == nil then -- once per sentence
    local first, last = M.read_heading_span(ctx, doc)
    ctx.span_first, ctx.span_last = first or false, last or false
  end
  return ctx.span_first or nil, ctx.span_last or nil
end

function M.read_heading_span(ctx, doc)
  for _, h in ipairs({ ctx.heading3 or false, ctx.heading2 or false, ctx.heading1 or false }) do
    if h and not M.is_byline(h) and not h:find("%d%d%d%d年") then
      for word, f in pairs(M.time_words) do
        -- an undated document has no year for 五年/三年 to count from
        if M.clause_only[word] and #word >= 6 and doc.plan_year and h:find(word, 1, true) then
          local first, last = f(doc)
          if first and first ~= last then return first, last end
        end
      end
    end
  end
  return nil
end

--- Words that carry a value from its baseline to a new one.
M.change_words = { "降至", "降到", "增加到", "增至", "提高到", "提高至", "上升到", "上升至", "发展到",
  "缩小至", "缩小到", "转为", "增长到", "提升到", "提升至", "扩大到", "达到" }

--- Does a change word stand between byte positions a and b of norm?
function M.changes_between(norm, a, b)
  local between = norm:sub(a, b - 1)
  for _, w in ipairs(M.change_words) do
    if between:find(w, 1, true) then return true end
  end
  return false
end

--- Is m the starting value of a change (由97家增加到411家)?
function M.is_from_value(m)
  local before = char_before(m.context.norm, m.pos)
  return before == "由" or before == "从"
end

--- Kind and period of m: an explicit year first, then words that imply a
-- kind (去年, 五年来), then the section, then the sentence's cues.
function M.kind_and_period(m, doc, _st) -- _st: the document state, for packs
  local ctx = m.context
  local cue, baseline = M.time_cue_for(m, doc)
  cue = cue or M.para_cue_for(m, doc)
  local section, section_year = M.section_of(ctx)
  local estimate = cue_before(m, { estimate = true }, false)
  local kind
  if cue and cue.year and doc.plan_year then
    if cue.year_to >= doc.plan_year then kind = "target" else kind = "outcome" end
  end
  if not kind and cue and doc.plan_year then
    local _, _, implied = M.read_time_cue(cue, doc)
    kind = implied
  end
  if not kind and section_year and doc.plan_year and not section then
    -- a heading that names only a year (2021年, 2022年目标…) dates its section
    kind = section_year < doc.plan_year and "outcome" or "target"
  end
  if not kind then
    if section == "review" or estimate then kind = "outcome"
    elseif section == "plan" then kind = "target"
    elseif cue_before(m, M.strong_modal, false) then kind = "target"
    elseif cue_before(m, M.past_words, true) then kind = "outcome"
    else kind = "target" end
  end
  local first, last
  if cue then first, last = M.read_time_cue(cue, doc, kind) end
  if not first then
    local span_first, span_last = M.heading_span(ctx, doc)
    if span_first and kind == "outcome" and span_last < (doc.plan_year or 0) then
      first, last = span_first, span_last
    elseif section_year then first, last = section_year, section_year
    elseif kind == "target" then first, last = doc.plan_year, doc.plan_year
    else first, last = doc.review_year, doc.review_year end
  end
  if baseline and not M.changes_between(ctx.norm, baseline.pos, m.pos) then
    -- 由2019年最高位的9.9%降至…, 由前三年分别上升4.9%…: the value of the baseline
    local b_first, b_last = M.read_time_cue(baseline, doc, "outcome")
    if b_first then first, last = b_first, b_last end
  elseif kind == "outcome" and first and M.is_from_value(m) then
    -- 由97家增加到411家 over a span: the year before the span
    if first ~= last then first, last = first - 1, first - 1 end
  end
  local period = first and span(first, last) or nil
  return kind, period, estimate ~= nil
end

--- Is the outcome provisional? 预计/初步 before it, or 左右 about a year
-- that had not been closed when the document was published.
function M.estimate_of(m, doc, kind, period, has_estimate_cue)
  if kind ~= "outcome" then return false end
  if has_estimate_cue then return true end
  if m.cmp == "~" and doc.year and tonumber(period) == doc.year - 1 and (doc.month or 12) <= 1 then
    return true
  end
  return false
end

--- Region: the document's, unless the clause opens with a county or
-- district of its own (莘县, 高新区).
M.generic_places = { ["全区"] = true, ["城区"] = true, ["市区"] = true, ["社区"] = true,
  ["园区"] = true, ["景区"] = true, ["辖区"] = true, ["片区"] = true, ["库区"] = true,
  ["各县"] = true, ["全县"] = true, ["山区"] = true, ["矿区"] = true, ["主城区"] = true,
  ["中心城区"] = true, ["示范区"] = true, ["功能区"] = true, ["新区"] = true }

function M.region_of(m, doc)
  local norm, cs = m.context.norm, m.clause_start
  -- cheap test first: a 县 or 区 within the first six characters of the clause
  local near = cs + 17
  local xian, qu = norm:find("县", cs, true), norm:find("区", cs, true)
  if not ((xian and xian <= near and xian < m.pos) or (qu and qu <= near and qu < m.pos)) then
    return doc.region
  end
  local clause = norm:sub(cs, m.pos - 1)
  for chars = 2, 6 do -- 莘县, 东昌府区, 江北水城旅游度假区 is longer: say it in a manifest
    local name = clause:sub(1, chars * 3)
    local last = name:sub(-3)
    if #name == chars * 3 and (last == "县" or last == "区") and not M.generic_places[name]
        and name:match("^[\228-\233]") then
      return name
    end
  end
  return doc.region
end

--- Units that measure (an amount of money, a share, an area), as against
-- counts: a measure directly followed by a noun qualifies that noun (过亿元
-- 项目, 10万元以上的行政村) rather than reporting a result.
M.measure_units = { ["%"] = true, CNY = true, USD = true, mu = true, m2 = true, km2 = true,
  jin = true, kg = true, t = true, km = true, kW = true, kWh = true, m3 = true, times = true }

-- Verbs (and a few words that continue a clause) by their first character,
-- to tell a figure followed by a verb from one followed by a noun.
local verbs_by_first
local function starts_with_verb(s)
  if not verbs_by_first then
    verbs_by_first = {}
    local words = {}
    for _, v in ipairs(require("duixian.data").load("lexicon").verbs) do words[#words + 1] = v end
    for _, w in ipairs({ "发展到", "缩小", "降至", "实现", "带动", "用于", "比", "占", "较", "同比" }) do
      words[#words + 1] = w
    end
    for _, w in ipairs(words) do
      local first = w:sub(1, 3)
      verbs_by_first[first] = verbs_by_first[first] or {}
      table.insert(verbs_by_first[first], w)
    end
  end
  for _, v in ipairs(verbs_by_first[s:sub(1, 3)] or {}) do
    if s:sub(1, #v) == v then return true end
  end
  return false
end

--- Is m a figure that qualifies a noun (attributive) instead of stating one?
function M.is_attributive(m)
  if not M.measure_units[m.unit] then return false end
  local after = m.after -- the three characters after the quantity
  if after:sub(1, 3) == "的" then return true end
  local lead = after:byte(1)
  if not lead or lead < 0xE4 or lead > 0xE9 then return false end -- punctuation, digits, end
  if after:sub(1, 3) == "和" or after:sub(1, 3) == "及" or after:sub(1, 3) == "与" then return false end
  return not starts_with_verb(after)
end

--- Is m inside quotation marks within its clause (a name such as “435”,
-- "369项目攻坚机制") or inside parentheses (an aside explaining a name)?
-- The scanner finds this (m.quoted); quoted speech spans clauses and is
-- not counted: its figures are real.
function M.is_quoted(m) return m.quoted == true end

--- Mentions that are no target and no outcome: attributive figures, names
-- and speech in quotes, and figures about the province or the nation
-- given for comparison.
function M.is_other(m)
  if M.is_attributive(m) or M.is_quoted(m) then return true end
  if m.unit == "pp" or m.unit == "rank" then return false end
  local norm, cs = m.context.norm, m.clause_start
  local function in_clause(word)
    local at = norm:find(word, cs, true)
    return at ~= nil and at < m.pos
  end
  return (in_clause("全国") or in_clause("全省")) and not in_clause("高于")
end

--- Classify one mention in place.
function M.classify(m, doc, st)
  local kind, period, est = M.kind_and_period(m, doc, st)
  if M.is_other(m) then kind = "other" end
  m.kind = kind
  m.period = period
  m.estimate = M.estimate_of(m, doc, kind, period, est)
  m.region = M.region_of(m, doc)
  return m
end

return M
