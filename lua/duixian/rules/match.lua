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
local words = require "duixian.rules.words"
local meta = require "duixian.meta"
local quantity = require "duixian.quantity"

local M = {}

-- The marks that end a clause group and a clause, full-width and ASCII
-- (texts converted from PDF often carry the ASCII ones).
local SEMICOLONS, COMMAS = { "；", ";" }, { "，", "," }
local CLAUSE_MARKS = { COMMAS[1], COMMAS[2], SEMICOLONS[1], SEMICOLONS[2] }
-- the marks between a target and its stretch goal (增长5%左右，力争6%; 5%以上、力争5.5%)
local STRETCH_MARKS = { COMMAS[1], COMMAS[2], "、" }
-- where a part (其中…) may open: a clause's start, or after a colon
local PART_MARKS = { "：", ":", table.unpack(CLAUSE_MARKS) }
-- the marks that end a sentence, full-width and ASCII
local SENTENCE_ENDS = { "。", "！", "？", "；", ".", "!", "?", ";" }
-- one character (its bytes) at the start of what it is matched at
local ONE_CHAR = "^[%z\1-\127\194-\244][\128-\191]*"

-- Where the marks (full-width or ASCII) or words of a list stand in s, in
-- order: { at, after }.
local function marks_in(s, marks)
  local out = {}
  for _, mark in ipairs(marks) do
    local at = s:find(mark, 1, true)
    while at do
      out[#out + 1] = { at, at + #mark }
      at = s:find(mark, at + #mark, true)
    end
  end
  table.sort(out, function(a, b) return a[1] < b[1] end)
  return out
end

-- The words of m's sentence before the figure ("" when unknown).
local function sentence_before(m)
  local sentence, first = m.sentence, m.sentence_start or (m.context and m.context.start)
  local at = m.start and first and m.start - first + 1
  if type(sentence) ~= "string" or not at or at < 1 or at > #sentence + 1 then return "" end
  return sentence:sub(1, at - 1)
end

--- The subject and verb of m and the sentence's last `bytes` bytes before
-- the figure (whole characters): where span words and gap verbs stand.
local function words_before(m, bytes)
  local before = sentence_before(m)
  local from = math.max(1, #before + 1 - bytes)
  while from > 1 and from <= #before and (before:byte(from) & 0xC0) == 0x80 do from = from + 1 end
  return (m.subject or "") .. (m.verb or "") .. before:sub(from)
end

-- Does s hold a word saying its figures go one by one with a list
-- (分别: data/subject_heads.lua respectively)?
local function says_respectively(s) return marks_in(s, indicators.heads.respectively)[1] ~= nil end

-- The clause before m's own, between the last two commas (or marks, a list
-- of them) before the figure (nil when none stands before it): where a
-- topic left unsaid is named.
local function clause_before(m, marks_list)
  local before = sentence_before(m)
  local marks = marks_in(before, marks_list or COMMAS)
  if #marks == 0 then return nil end
  return before:sub(#marks > 1 and marks[#marks - 1][2] or 1, marks[#marks][1] - 1)
end

-- Where subject last stands in before (the sentence up to the figure), or nil.
local function last_place(before, subject)
  local last, found = nil, before:find(subject, 1, true)
  while found do
    last = found
    found = before:find(subject, found + 1, true)
  end
  return last
end

--- Subjects below this bigram similarity (of their head phrases) are not
-- the same indicator. Only subjects with the same head noun get this far
-- (see same_indicator), so half their bigrams in common is close:
-- 新开外贸航线 and 新开辟外贸航线 are 0.57, 改造高标准农田 and 高标准农田 0.67.
M.similarity_threshold = 0.5

--- How alike the things a target and an outcome outside the catalogue are
-- about must be (R.match.thing_similarity) for the outcome to answer it.
M.thing_threshold = 0.6
--- The share of a thing's core a name in quotation marks must make up to
-- say what the thing is (R.match.thing_similarity).
M.name_share = 0.6
--- What the share of wording counts for when the heads differ.
M.other_head_weight = 0.8
--- How many times a target's figure and an outcome matched by wording
-- alone may be apart (R.match.same_scale).
M.similar_scale = 10
--- The share of one wording that must stand in the other's wording or in
-- its clauses before the figure for its topic to count as named there.
M.topic_cover = 0.85
--- How alike two things are when one's sentence names, in quotation marks,
-- the programme the other's subject holds (and their heads agree).
M.named_programme = 0.9

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
M.elided_subjects = { [""] = true } -- and data/subject_heads.lua's elided_subjects
for _, w in ipairs(indicators.heads.elided_subjects) do M.elided_subjects[w] = true end

--- Subjects that are only a word for the whole stock (…412家，总数达到3350家):
-- the stock of the thing of the figure before (data/subject_heads.lua's
-- stock_subjects, as a set).
M.stock_subjects = {}
for _, w in ipairs(indicators.heads.stock_subjects) do M.stock_subjects[w] = true end

--- Is a subject only the basis a figure is counted on (剔除留抵退税因素后:
-- data/subject_heads.lua basis_openers … basis_ends), no thing it measures?
function M.is_basis_only(_, subject)
  local s, heads = subject or "", indicators.heads
  for _, open in ipairs(heads.basis_openers) do
    if #s > #open and s:sub(1, #open) == open then
      for _, e in ipairs(heads.basis_ends) do
        if #s >= #open + #e and s:sub(-#e) == e then return true end
      end
    end
  end
  return false
end

--- Is a subject only a year or its end (2025年, 到2025年, 截至2025年底):
-- the figure's date, no thing it measures?
function M.is_deadline_only(_, subject)
  local s = subject or ""
  local heads = indicators.heads
  for _, w in ipairs(heads.deadline_openers) do -- longest first
    if s:sub(1, #w) == w then
      s = s:sub(#w + 1)
      break
    end
  end
  local rest = s:match("^%d%d%d%d年(.*)$")
  if not rest then
    for _, w in ipairs(heads.deadline_years) do
      if s:sub(1, #w) == w then rest = s:sub(#w + 1) break end
    end
  end
  if not rest then return false end
  if rest == "" then return true end
  for _, w in ipairs(heads.deadline_ends) do
    if rest == w then return true end
  end
  return false
end

--- The noun phrase right after a figure (m.after past its first skip
-- bytes, up to a verb, a particle or the clause end): what a count counts
-- when it is named after it (办好20件｜民生实事｜为牵引).
function M.counted_after(R, m, skip)
  return indicators.phrase_after((m.after or ""):sub((skip or 0) + 1),
    function(rest) return words.starts_with_follower(R.words, rest) end)
end

--- The subject without the negation that opens the figure's bound
-- (城镇登记失业率不｜高于4%: 不高于 is the figure's qualifier, at most;
-- data/subject_heads.lua negations): the negation and the verb both stand at
-- the head of the figure as written.
function M.without_negation(m, subject)
  local raw, verb = m.raw or "", m.verb or ""
  if verb == "" then return subject end
  for _, w in ipairs(indicators.heads.negations) do
    if #subject > #w and subject:sub(-#w) == w and raw:sub(1, #w + #verb) == w .. verb then
      return subject:sub(1, #subject - #w)
    end
  end
  return subject
end

--- The subject a count is about. Chinese may name the thing counted after
-- the count (办好20件民生实事, 基本建成7个区域医疗中心, 推动3900多个新投产
-- 项目): a noun phrase right after it is the subject, whatever the words
-- before say (a verb, a time, the thing of the list's previous count); and a
-- subject the scanner read after the count ends where its predicate begins
-- (10件民生实事｜如期兑现).
-- Counts only (a classifier unit): after an amount (投入567亿元办好…) the
-- words name its use, not the amount; and a percentage before 的 (61%的城市
-- 污水处理厂完成提标改造) is the share of what follows.
function M.subject_of(R, m, _prev) -- _prev: the item before, for packs
  local subject = R.match.without_negation(m, m.subject or "")
  subject = (R.match.extent_of_change_before(R, m, subject)) or subject
  -- a list's closing 等 says there are more of them, the same things
  -- (城市燃气、供水等管网 is 城市燃气、供水管网)
  local listed = subject:find("、", 1, true)
  if listed then
    for _, w in ipairs(indicators.heads.enumeration_ends) do
      local at = subject:find(w, listed, true)
      if at and at + #w <= #subject then subject = subject:sub(1, at - 1) .. subject:sub(at + #w) end
    end
  end
  if subject == "" then
    local label = R.match.label_of(R, m)
    if label then return label end
  end
  -- what a rate is per, before its verb (低保标准每人每月提高到1400元): no part
  -- of the thing, as after the verb (提高到每人每月1370元) it is none
  local per = words.ending_of(subject, R.lexicon.rate_frames or {})
  while per and #per < #subject do
    subject = subject:sub(1, #subject - #per)
    per = words.ending_of(subject, R.lexicon.rate_frames or {})
  end
  local after = m.after or ""
  local class = indicators.unit_class(m.unit, R.words)
  if class == "rank" then
    -- 经济总量进入｜全省前3位: the verb that frames the place is no part of
    -- what is ranked (the lexicon's rank_frames)
    local frame = words.ending_of(subject, R.lexicon.rank_frames)
    if frame and #frame < #subject then return subject:sub(1, #subject - #frame) end
    return subject
  end
  if class == "percent" and after:sub(1, 3) == "的" and indicators.names_no_thing(subject) then
    -- 61%的城市污水处理厂完成提标改造: the share of the things named after 的
    -- 确定4.5%左右的增长目标: a goal named with no thing of its own (the
    -- lexicon's goal_phrases, right after 的) is the goal of the thing the
    -- lexicon gives it
    for _, row in ipairs(indicators.heads.goal_phrases or {}) do
      if after:sub(4, 3 + #row[1]) == row[1] then return row[2] end
    end
    local phrase = R.match.counted_after(R, m, #"的")
    if (utf8.len(phrase) or 0) >= 2 then return phrase end
    return subject
  end
  if class ~= "count" then return subject end
  -- a count right before a noun phrase counts it, whatever stands before
  -- (建成投用｜600个公共文化空间, 建设100个口袋公园、10座｜体育公园); a subject
  -- the scanner read after the count ends where its predicate begins
  local phrase = R.match.counted_after(R, m)
  if (utf8.len(phrase) or 0) >= 2 then return phrase end
  return subject
end

-- The number of a list item opening s (2. 5、 （二） (3)): where the rest
-- starts, or nil.
local function past_item_number(s)
  -- (each mark whole: 、 and ． are three bytes)
  local rest = s:match("^%d+%.()") or s:match("^%d+、()") or s:match("^%d+．()")
  if rest then return rest end
  local open = s:sub(1, 3) == "（" and 4 or (s:sub(1, 1) == "(" and 2) or nil
  if not open then return nil end
  local close = s:find("）", open, true) or s:find(")", open, true)
  if not close or close - open > 9 then return nil end -- up to three characters
  return close + (s:sub(close, close) == ")" and 1 or 3)
end

--- The indicator a label of its own names, when a sentence that is only a
-- list item's number and the indicator's name opens m's paragraph
-- (2.规模以上工业增加值。预计增长7.5%, in a report on the plan's execution):
-- the name, for a figure of that paragraph with no subject of its own, or
-- nil. Only a name the catalogue knows counts.
function M.label_of(R, m)
  local lead = m.para_lead or (m.context and m.context.para_lead)
  if type(lead) ~= "string" or lead == "" then return nil end
  local rest = past_item_number(lead)
  if not rest then return nil end
  local stop = lead:find("。", rest, true) or lead:find("：", rest, true)
  if not stop then return nil end
  local label = lead:sub(rest, stop - 1)
  local chars = utf8.len(label)
  if not chars or chars < 2 or chars > 15 or label:find("%d") then return nil end
  -- (a figure of the label's own sentence is none of those)
  if m.sentence and m.sentence:sub(1, #lead) == lead then return nil end
  return R.indicators:resolve(label, m.unit, m.verb) and label or nil
end

--- The size class written right before the subject of count m (10亿元以上
-- of 新签约亿元以上项目160个，其中10亿元以上项目25个, which the scanner reads as
-- a figure of its own, leaving 项目), or nil: projects of 亿元以上 and of
-- 10亿元以上 are two counts. The money words and bounds are
-- data/subject_heads.lua's size_class.
function M.size_class(R, m, subject)
  if subject == "" then return nil end
  local before = sentence_before(m)
  local rest = #before - #subject
  if rest < 1 or before:sub(rest + 1) ~= subject then return nil end
  -- past the fillers the scanner trimmed off the subject (亿元以上重点技改
  -- 项目: 重点), which stand between the class and the things counted
  local fillers = R and R.lexicon.fillers or {}
  local trimmed = true
  while trimmed do
    trimmed = false
    for i = 1, #fillers do
      local w = fillers[i]
      if rest > #w and before:sub(rest - #w + 1, rest) == w then rest, trimmed = rest - #w, true break end
    end
  end
  local class_words = indicators.heads.size_class
  -- cheap first: the subject written right after a bound (以上)
  local at
  for _, bound in ipairs(class_words.bounds) do
    if rest >= #bound and before:sub(rest - #bound + 1, rest) == bound then at = rest - #bound + 1 break end
  end
  if not at then return nil end
  for _, unit in ipairs(class_words.money) do
    if before:sub(at - #unit, at - 1) == unit then
      at = at - #unit
      while at > 1 and before:sub(at - 1, at - 1):match("[%d%.]") do at = at - 1 end
      return before:sub(at, rest)
    end
  end
  return nil
end

-- The length in bytes of the place's name s opens with (a unit of the
-- gazetteer, a township or a zone: 凯里市, 道口镇, 科技城新区), or nil.
-- gazetteer options: provinces and prefectures by their short names too
local SHORT_NAMES = { short = 2 }

local function place_name_length(R, s)
  local hit = require("duixian.gazetteer").name_at(s, 1)
  if hit then return #hit.name end
  local place = R.classify.township_at(R, s, 1, #s + 1, true) or R.classify.zone_at(R, s, 1, #s + 1)
  return place and #place or nil
end

--- What a list of places before 分别 each did, for one figure of it whose
-- subject is its place (凯里市、镇远县接待游客分别突破3000万人次、1500万人次;
-- 凯里市、镇远县分别接待游客2850万人次、1630万人次; 道口镇、城关镇分别新增规上
-- 工业企业6家、3家: the region rule gives each figure its place, and all
-- say 接待游客): the words after the last place and those after 分别, less
-- the figure's verb; the entry, alias and those words, or nil.
function M.resolve_shared_by_places(R, m, subject)
  local own = subject ~= "" and place_name_length(R, subject)
  if not own then return nil end
  if own < #subject then
    -- the scanner gave it the head the list shares (偃师区、孟津区生产总值力争分别
    -- 增长7%、6.5%: 偃师区生产总值): the head, past the place
    local shared = subject:sub(own + 1)
    local entry, alias = R.indicators:resolve(shared, m.unit, m.verb)
    return entry, alias, shared
  end
  local before = sentence_before(m)
  local from = 1
  for _, mark in ipairs(marks_in(before, COMMAS)) do from = mark[2] end
  for _, mark in ipairs(marks_in(before, SEMICOLONS)) do if mark[2] > from then from = mark[2] end end
  local clause = before:sub(from)
  local each = marks_in(clause, indicators.heads.respectively)
  each = each[#each] -- the last 分别
  if not each then return nil end
  local places, rest = clause:sub(1, each[1] - 1), clause:sub(each[2])
  -- the last place, after the last 、 (found whole: a byte class [^、] would
  -- cut a name whose characters hold its bytes, 道 or 通, in half)
  local marks = marks_in(places, { "、" })
  if #marks == 0 then return nil end -- one place: its subject stands
  local last = places:sub(marks[#marks][2])
  local name = last ~= "" and place_name_length(R, last)
  if not name then return nil end
  rest = rest:match("^[^%d]*") -- up to the list's first figure
  local verb = m.verb or ""
  if verb ~= "" and rest:sub(1, #verb) == verb then rest = rest:sub(#verb + 1) end
  if verb ~= "" and rest:sub(-#verb) == verb then rest = rest:sub(1, -#verb - 1) end
  local shared = last:sub(name + 1) .. rest
  if shared == "" then return nil end
  local entry, alias = R.indicators:resolve(shared, m.unit, m.verb)
  return entry, alias, shared
end

-- The length in bytes of the name region goes by that opens s: the longest
-- tail of the region's name, two characters or more (浦东新区 of 上海市浦东
-- 新区, 园区 of 苏州工业园区); nil when none does.
local function own_name_length(s, region)
  if not region or s == "" then return nil end
  local at = 1
  while at <= #region do
    local tail = region:sub(at)
    if (utf8.len(tail) or 0) < 2 then return nil end
    if s:sub(1, #tail) == tail then return #tail end
    at = at + #(region:match(ONE_CHAR, at))
  end
  return nil
end

--- The words opening the clause before m's, up to its first verb of the
-- lexicon (居民消费价格涨幅保持较低水平，全年上涨1.4%: 居民消费价格涨幅), when
-- that clause holds no figure; nil otherwise.
function M.clause_before_subject(R, m)
  local clause = clause_before(m, PART_MARKS)
  if not clause or clause:find("%d") then return nil end
  local verbs = R.words.verb
  local i = 1
  while i <= #clause do
    if verbs[clause:sub(i, i + 5)] or verbs[clause:sub(i, i + 8)] then break end
    i = i + #(clause:match(ONE_CHAR, i) or "x")
  end
  if i <= 1 or i > #clause then return nil end
  return clause:sub(1, i - 1)
end

--- The thing a change's extent is of, when the subject names only the
-- extent of a change (提高幅度, the lexicon's extent_nouns after a verb of
-- change) and the clause before makes that change (继续提高企业退休人员基本
-- 养老金水平，提高幅度为10%: 企业退休人员基本养老金水平) and that verb, or nil.
function M.extent_of_change_before(R, m, subject)
  if subject == "" then return nil end
  local extent = words.ending_of(subject, R.lexicon.extent_nouns or {})
  if not extent or #extent >= #subject then return nil end
  local verb = subject:sub(1, #subject - #extent)
  local row = R.words.verb[verb]
  if not (row and (row.class == "increase" or row.class == "decrease")) then return nil end
  local clause = clause_before(m, PART_MARKS)
  local at = clause and clause:find(verb, 1, true)
  if not at then return nil end
  local thing = clause:sub(at + #verb)
  if (utf8.len(thing) or 0) < 2 or thing:find("%d") then return nil end
  return thing, verb
end

--- The indicator of a conjunct of a 分别 list that the scanner left without
-- the head the last conjunct writes for all, when their lengths differ
-- (原油、天然气产量分别达到3364万吨、436亿立方米: 原油产量): the conjunct with
-- the longest of the lexicon's shared_heads that ends the last one, in
-- the catalogue or not.
-- @return entry or nil, alias or nil, the conjunct with that head | nil
function M.resolve_shared_head(R, m, subject)
  if not m.distributive or subject == "" then return nil end
  local sentence = m.sentence or ""
  -- (joined by 、 or another coordinator: 居民医保和基本公共卫生服务经费人均财政补助标准分别)
  local at
  for _, joiner in ipairs(indicators.heads.coordinators) do
    at = at or sentence:find(subject .. joiner, 1, true)
  end
  if not at then return nil end
  local rest = sentence:sub(at + #subject)
  local each = rest:find("分别", 1, true)
  if not each then return nil end
  local last = rest:sub(1, each - 1)
  local best
  for _, head in ipairs(R.lexicon.shared_heads or {}) do
    if #head < #last and last:sub(-#head) == head and (not best or #head > #best) then best = head end
  end
  if not best or subject:sub(-#best) == best then return nil end
  local entry, alias = R.indicators:resolve(subject .. best, m.unit, m.verb)
  return entry, alias, subject .. best
end

--- The indicator of a subject that opens with a name its own region goes
-- by (浦东新区地区生产总值 in 上海市浦东新区's report, 园区一般公共预算收入 in 苏州
-- 工业园区's, 新区… in 河北雄安新区's): that of the words after it, which the
-- zone word in the name (新区, 园区: a part elsewhere) would otherwise keep
-- from the catalogue.
-- @return entry, alias, those words | nil
function M.resolve_past_own_name(R, m, subject)
  local own = own_name_length(subject, m.region)
  if not own or own >= #subject then return nil end
  local rest = subject:sub(own + 1)
  local entry, alias = R.indicators:resolve(rest, m.unit, m.verb)
  if entry then return entry, alias, rest end
  return nil
end

--- What a place's figure is of when its subject is the place alone and the
-- figure before it, in the same sentence, is another place's (城关区社会消费品
-- 零售总额增长8.6%，七里河区增长7.4%: 七里河区's 社会消费品零售总额; and so on
-- down a run of such places): the earlier subject less its place; the
-- entry, alias and those words, or nil.
function M.resolve_after_place(R, m, subject, prev)
  -- (a place of a 分别 list too, where the list says no thing of its own:
  -- 宜都市生产总值突破900亿元，枝江市、当阳市分别达到800亿元、600亿元)
  if not prev or prev.m.sentence ~= m.sentence or subject == "" then return nil end
  if place_name_length(R, subject) ~= #subject then return nil end
  -- the nearest figure before in its unit (麒麟区实现地区生产总值958亿元、增长
  -- 4.9%；宣威市达到536亿元: the 958亿元, past the growth)
  local class = indicators.unit_class(m.unit, R.words)
  while prev and prev.m.sentence == m.sentence and indicators.unit_class(prev.m.unit, R.words) ~= class do
    prev = prev.prev
  end
  if not prev or prev.m.sentence ~= m.sentence then return nil end
  local before = prev.m.subject or ""
  local place = before ~= "" and place_name_length(R, before)
  if not place then return nil end
  -- the place before said its thing (城关区社会消费品零售总额), or took it so too
  local shared = place < #before and before:sub(place + 1) or prev.subject
  if not shared or shared == "" or shared == before then return nil end
  local entry, alias = R.indicators:resolve(shared, m.unit, m.verb)
  return entry, alias, shared
end

--- The indicator of one figure of a list after 分别 whose subject holds
-- several modifiers in one word (城乡居民人均可支配收入分别增长6%、7.5%: the
-- first is 城镇居民…, the second 农村居民…; 三次产业增加值分别增长…: the
-- first, second and third sectors'; data/subject_heads.lua fused_pairs).
-- @return entry, alias, the subject with its own modifier | nil
function M.resolve_fused_pair(R, m, subject)
  local k = m.list_index
  if not k or not says_respectively(words_before(m, 64)) then return nil end
  for _, pair in ipairs(indicators.heads.fused_pairs) do
    local at = pair[k + 1] and subject:find(pair[1], 1, true)
    if at then
      local own = subject:sub(1, at - 1) .. pair[k + 1] .. subject:sub(at + #pair[1])
      local entry, alias = R.indicators:resolve(own, m.unit, m.verb)
      if entry then return entry, alias, own end
    end
  end
  return nil
end

-- The parts of s between any of the marks (coordinators: 和, 、), in order;
-- { s } when none stands in it.
local function split_at(s, marks)
  local parts, from = {}, 1
  while true do
    local at, stop
    for _, c in ipairs(marks) do
      local a = s:find(c, from, true)
      if a and (not at or a < at) then at, stop = a, a + #c end
    end
    if not at then break end
    parts[#parts + 1] = s:sub(from, at - 1)
    from = stop
  end
  parts[#parts + 1] = s:sub(from)
  return parts
end

--- The indicator of the k-th figure of a list after 分别 whose subject is
-- the whole coordination (城镇、农村居民人均可支配收入分别达到…，分别增长5.1%、
-- 7.2%: 7.2% is 农村居民…'s, 5.1% 城镇 with the head it shares): the k-th
-- conjunct, with the head of the last when it has none of its own.
-- @return entry, alias, the conjunct with its head | nil
function M.resolve_kth_conjunct(R, m, subject)
  local k = m.list_index
  if not k or m.distributive or not says_respectively(words_before(m, 64)) then return nil end
  local parts = split_at(subject, indicators.heads.coordinators)
  if #parts == 1 or k > #parts then return nil end
  local part = parts[k]
  if part == "" then return nil end
  local entry, alias = R.indicators:resolve(part, m.unit, m.verb)
  if entry then return entry, alias, part end
  return R.indicators:resolve_conjunct(part, m.unit, m.verb, m.sentence)
end

--- The indicator of a bare head that shares the modifier of the conjunct
-- before it (粮食播种面积1.1亿亩以上、产量825亿斤以上: 产量 is 粮食产量):
-- the previous subject's shortest leading part that, put before this
-- subject, names a catalogue entry.
-- @return entry, alias, the subject with its modifier | nil
function M.resolve_shared_modifier(R, m, subject, prev)
  if not (prev and m.list_index and m.list_index > 1) then return nil end
  -- a bare head (产量), or any conjunct of a 分别 list, whose first conjunct's
  -- modifier speaks for all (农村生活污水治理率、自来水普及率分别达90%、96%)
  if subject == "" or ((utf8.len(subject) or 0) > 3 and not m.distributive) then return nil end
  local before = prev.subject or ""
  for p in utf8.codes(before) do
    if p > 1 then
      local candidate = before:sub(1, p - 1) .. subject
      local entry, alias = R.indicators:resolve(candidate, m.unit, m.verb)
      -- (the alias the catalogue gives may not be written out whole: 粮食
      -- 总产量 is read as 粮食产量; the subject alone named none, so the
      -- modifier does)
      local at = entry and alias and candidate:find(alias, 1, true)
      if entry and (not at or at < p) then return entry, alias, candidate end
    end
  end
  return nil
end

-- The words of growth and decrease of a word table, as a set, made once
-- per table.
local change_sets = setmetatable({}, { __mode = "k" })
local function change_words_of(w)
  local set = change_sets[w]
  if not set then
    set = {}
    for _, list in ipairs({ w.growth_words or {}, w.decrease_words or {} }) do
      for _, word in ipairs(list) do set[word] = true end
    end
    change_sets[w] = set
  end
  return set
end

--- Does a word saying "each" (均, 都: data/subject_heads.lua each_words)
-- stand in m's verb or between its subject and the figure?
function M.says_each(_, m, subject)
  -- the words between the subject (its last place) and the figure
  local before = sentence_before(m)
  local at = last_place(before, subject)
  local between = at and before:sub(at + #subject) or ""
  for _, w in ipairs(indicators.heads.each_words) do
    if (m.verb or ""):find(w, 1, true) or between:find(w, 1, true) then return true end
  end
  return false
end

--- Is m's figure, said of a coordinated subject with no word saying each,
-- the conjuncts' sum (交通、能源、水利完成投资5400多亿元: no answer to a
-- target of 水利投资 alone)? So it is in the unit classes of data/
-- subject_heads.lua summed_classes (money, counts); a rate holds for each.
function M.sums_conjuncts(R, m)
  return words.set_of(indicators.heads.summed_classes)[indicators.unit_class(m.unit, R.words)] == true
end

--- Is item's figure the sum of the conjuncts of its subject, joined by 、
-- (交通、能源、水利完成投资5400多亿元: R.match.sums_conjuncts, with no word
-- saying each)? Such a total answers no target of one of them.
function M.is_joint_total(R, item)
  if item.joint_total ~= nil then return item.joint_total end -- once per item
  item.joint_total = R.match.joint_total_of(R, item)
  return item.joint_total
end

--- Whether item's figure is a joint total (R.match.is_joint_total, which
-- asks this once per item and keeps the answer).
function M.joint_total_of(R, item)
  local subject = item.subject or item.m.subject or ""
  local last = subject:match(".*、(.*)")
  -- (not examples of a kind: 科技、教育、卫生、文化等方面的支出)
  return last ~= nil and not last:find("等", 1, true) and not item.m.distributive
    and R.match.sums_conjuncts(R, item.m) and not R.match.says_each(R, item.m, subject)
end

--- Does the joint total's subject (R.match.is_joint_total) name the single
-- item's among its conjuncts: one that opens the single's subject (交通 of
-- 交通投资), or the last, head and all (水利投资)?
function M.names_conjunct(_, joint, single)
  local subject, own = joint.subject or joint.m.subject or "", single.subject or single.m.subject or ""
  local parts = split_at(subject, { "、" })
  for i, part in ipairs(parts) do
    if part ~= "" and (i == #parts and own == part or i < #parts and own:sub(1, #part) == part) then return true end
  end
  return false
end

--- The conjuncts of a subject a figure holds for each of: those between
-- 、 (not after 分别, which deals them out one a figure), or between any
-- coordinator (和, 及, 与) when a word saying "each" (均, 都: data/subject_heads.lua
-- each_words) stands between the subject and the figure. {} when none.
function M.conjuncts_each(R, m, subject)
  if m.distributive or subject == "" then return {} end
  local marks = { "、" }
  local each = R.match.says_each(R, m, subject)
  if each then
    marks = indicators.heads.coordinators
  elseif R.match.sums_conjuncts(R, m) then
    return {}
  end
  local parts = split_at(subject, marks)
  if #parts == 1 then
    -- a word that is two things (城乡居民人均可支配收入均增长6.8%: data/
    -- subject_heads.lua fused_pairs), each of them, with a word saying each
    -- or, for a word of two, where the whole names no entry (城乡居民人均
    -- 可支配收入增长7%: the towns' and the countryside's)
    local whole = not each and R.indicators:resolve(subject, m.unit, m.verb)
    for _, pair in ipairs(indicators.heads.fused_pairs) do
      local at = subject:find(pair[1], 1, true)
      if at and (each or (not whole and #pair == 3)) then
        local out = {}
        for k = 2, #pair do out[#out + 1] = subject:sub(1, at - 1) .. pair[k] .. subject:sub(at + #pair[1]) end
        return out
      end
    end
    return {}
  end
  local last = table.remove(parts)
  -- the word of growth or decrease at the end of the last conjunct (among
  -- its measure words) is every conjunct's (广义货币M2 and 社会融资规模｜增速:
  -- the growth of M2 too)
  local measure
  local changes = change_words_of(R.words)
  local rest = last
  while not measure do
    local cut
    for _, w in ipairs(indicators.heads.measure_words) do
      if #w < #rest and rest:sub(-#w) == w then cut = w break end
    end
    if not cut then break end
    if changes[cut] then measure = cut end
    rest = rest:sub(1, #rest - #cut)
  end
  -- the head the last conjunct writes for all, past its own modifier: a
  -- place (襄阳、宜昌地区生产总值) or a word that changes the thing (城镇、农村
  -- 居民人均可支配收入)
  -- (a prefecture by its short name too: 宜昌)
  local hit = require("duixian.gazetteer").name_at(last, 1, SHORT_NAMES)
  local own = hit and #hit.name or place_name_length(R, last)
  if not own then
    for _, w in ipairs(indicators.heads.changing_modifiers) do
      if last:sub(1, #w) == w then own = #w break end
    end
  end
  local head = own and own < #last and last:sub(own + 1) or nil
  for i, part in ipairs(parts) do
    if measure and part ~= "" and part:sub(-#measure) ~= measure then parts[i] = part .. measure end
    -- a conjunct that is a modifier only takes that head (城镇居民人均可支配收入)
    if head and parts[i] ~= "" and not R.indicators:resolve(parts[i], m.unit, m.verb)
        and R.indicators:resolve(parts[i] .. head, m.unit, m.verb) then
      parts[i] = parts[i] .. head
    end
  end
  parts[#parts + 1] = last
  return parts
end

--- The places inside m's region that each of a figure's conjuncts opens
-- with (襄阳、宜昌地区生产总值: 襄阳市, 宜昌市), two or more, one a part;
-- nil when any names none.
function M.places_of_conjuncts(R, m, parts)
  if #parts < 2 or not m.region then return nil end
  local home = require("duixian.gazetteer").region_unit(m.region)
  if not home then return nil end
  local names = {}
  for i, part in ipairs(parts) do
    local name = R.classify.unit_of_subject(R, { subject = part }, home)
    if not name then return nil end
    names[i] = name
  end
  return names
end

--- The other items a figure holds, one for each conjunct of its subject
-- (R.match.conjuncts_each: between 、, or between 和 with a word saying
-- "each") that the catalogue names another entry of, the one figure
-- holding for all (化学需氧量、氨氮排放量分别减少2%: the ammonia's and the
-- COD's; 社会消费品零售总额、固定资产投资增长4%左右; 广义货币M2和社会融资规模
-- 余额预期增长均为12%左右), targets and outcomes alike: each prepared from the
-- mention with the conjunct for its subject. {} for a figure of a list of
-- figures (增长6%、8%、7%), which the scanner deals out.
function M.conjunct_items(R, item)
  local m = item.m
  if not item.indicator or m.list_index ~= nil or m.distributive then return {} end
  -- (the subject as written: the one resolved may be a part of it already)
  local subject = (m.subject or "") ~= "" and m.subject or item.subject or ""
  local parts = R.match.conjuncts_each(R, m, subject)
  local places = R.match.places_of_conjuncts(R, m, parts)
  if places then
    -- 襄阳、宜昌地区生产总值均突破7000亿元: each place's own figure, in place
    -- of the region's
    local out = { replaces = true }
    for i, part in ipairs(parts) do
      local copy = {}
      for k, v in pairs(m) do copy[k] = v end
      copy.subject, copy.region = part, places[i]
      out[#out + 1] = R.match.prepare(R, copy, item.doc, nil)
    end
    return out
  end
  local seen, out = { [item.indicator] = true }, {}
  for _, part in ipairs(parts) do
    local entry = R.indicators:resolve(part, m.unit, item.verb or m.verb)
    if entry and not seen[entry] then
      seen[entry] = true
      local copy = {}
      for k, v in pairs(m) do copy[k] = v end
      copy.subject = part
      out[#out + 1] = R.match.prepare(R, copy, item.doc, nil)
    end
  end
  return out
end

-- Does m's clause open with one of the words of list?
local function clause_opens_with(m, list)
  local norm, at = m.context and m.context.norm, m.clause_start
  if not (norm and at) then
    -- a stored mention as the audit reads it: its sentence before the
    -- figure, from the last clause mark
    norm = sentence_before(m)
    local marks = marks_in(norm, PART_MARKS)
    at = #marks > 0 and marks[#marks][2] or 1
  end
  for i = 1, #list do
    local w = list[i]
    if norm:sub(at, at + #w - 1) == w then return true end
  end
  return false
end

--- Does m's clause open with one of the lexicon's part_openers (其中棚户区
-- 住房改造470万套: a part of the total before it)?
function M.opens_part(R, m) return clause_opens_with(m, R.lexicon.part_openers or {}) end

--- Does m's clause open with one of the lexicon's restatements (…自然口径增长
-- 6%，同口径增长7%: the figure before, on another basis), as an aside in
-- brackets does?
function M.opens_restatement(R, m) return clause_opens_with(m, R.lexicon.restatements or {}) end

--- Is m a part (its clause opens with 其中: opens_part) of a total stated
-- before it in its sentence, or an aside restating it on another basis
-- (增长7.1%（同口径增长5.1%）), of the same indicator entry, unit, period and
-- region? Then it is no figure of that indicator: the total is (其中2023年
-- …12万人 after 五年累计60万人 is of another period; 其中莘县… of another
-- region). So is the next part of such a list, a figure right after a part
-- of the same total, named with a modifier of its own (其中中央财政赤字
-- 1.83万亿元，地方财政赤字9300亿元). prev: the item before m in its sentence
-- (each item's prev is in it too), or nil. Returns a boolean, and the
-- total's item when a part opens.
function M.part_of_same(R, m, entry, prev)
  local aside = m.quoted == true or R.match.opens_restatement(R, m)
  if not aside and not R.match.opens_part(R, m) then
    local total = prev and prev.part_of
    if not (total and total.indicator == entry and prev.m.unit == m.unit and prev.m.period == m.period
        and prev.m.region == m.region) then
      return false
    end
    -- the total's words after a modifier (地方｜财政赤字), not another wording
    -- of the whole (赤字规模比上年预算减少…)
    local whole, subject = total.m.subject or "", m.subject or ""
    return whole ~= "" and #subject > #whole and subject:sub(-#whole) == whole
  end
  local item = prev
  while item do
    local o = item.m
    if item.indicator == entry and o.unit == m.unit and o.period == m.period and o.region == m.region
        and not o.quoted and not R.match.opens_part(R, o) and not R.match.opens_restatement(R, o) then
      return true, item
    end
    item = item.prev
  end
  return false
end

--- The indicator of a mention: by alias, else by the head it shares with
-- the next conjunct (城镇和农村…收入分别: Catalogue:resolve_conjunct), else,
-- for a growth rate whose subject was elided after a level (国内生产总值达到
-- 13.65万亿元，比上年增长9.5%), by the indicator of that level. prev is the
-- item before it in the same sentence, or nil.
-- @return entry, alias, subject_used
function M.resolve(R, m, prev)
  local subject = R.match.subject_of(R, m, prev)
  if m.distributive then
    local entry, alias, shared = R.match.resolve_shared_by_places(R, m, subject)
    if shared then return entry, alias, shared end
  end
  local entry, alias, whole = R.match.resolve_after_place(R, m, subject, prev)
  if whole then return entry, alias, whole end
  entry, alias, whole = R.match.resolve_shared_head(R, m, subject)
  if whole then return entry, alias, whole end
  entry, alias, whole = R.match.resolve_fused_pair(R, m, subject)
  if entry then return entry, alias, whole end
  entry, alias, whole = R.match.resolve_kth_conjunct(R, m, subject)
  if entry then return entry, alias, whole end
  entry, alias = R.indicators:resolve(subject, m.unit, m.verb)
  if entry then return entry, alias, subject end
  entry, alias, whole = R.match.resolve_past_own_name(R, m, subject)
  if entry then return entry, alias, whole end
  entry, alias, whole = R.indicators:resolve_conjunct(subject, m.unit, m.verb, m.sentence)
  if entry then return entry, alias, whole end
  entry, alias, whole = R.match.resolve_shared_modifier(R, m, subject, prev)
  if entry then return entry, alias, whole end
  local verb = m.verb or ""
  if subject == "" and verb ~= "" then
    -- 全年新增减税降费2.36万亿元: a verb that names the thing done (减税降费)
    entry, alias = R.indicators:resolve(verb, m.unit, verb)
    if entry then return entry, alias, verb end
  end
  if subject == "" and not prev then
    -- 居民消费价格涨幅保持较低水平，全年上涨1.4%: the thing the clause before
    -- (which states no figure) opens with
    local before = R.match.clause_before_subject(R, m)
    if before then
      entry, alias = R.indicators:resolve(before, m.unit, m.verb)
      if entry then return entry, alias, before end
    end
  end
  if verb ~= "" and subject ~= "" and (m.sentence or ""):find(subject .. verb, 1, true) then
    -- 经济｜增长5.5%, 开展职业技能｜培训21万人次: the subject and its verb,
    -- written together (not a list's verb shared with a later item), name
    -- the indicator together
    entry, alias = R.indicators:resolve(subject .. verb, m.unit, verb)
    if entry then return entry, alias, subject .. verb end
  end
  -- 地区生产总值年均增长6%左右，到2025年突破6万亿元: a deadline alone
  -- before the figure names no thing either
  if R.match.is_deadline_only(R, subject) or R.match.is_basis_only(R, subject) then subject = "" end
  local stock = R.match.stock_subjects[subject]
  if prev and prev.prev and R.match.elided_subjects[subject] and R.match.opens_part(R, prev.m)
      and not R.match.opens_part(R, m) then
    -- 新开工700万套以上，其中各类棚户区470万套以上，基本建成480万套: after a
    -- part, an elided subject is the total's again
    prev = prev.prev
  end
  -- 建设筹集保障性住房18.9万套，供应分配8.4万套: a stage alone (data/
  -- subject_heads.lua stages) counts the thing before it, at that stage
  local stage = R.match.is_stage_word(R, subject)
  if prev and prev.alias and (stock or stage or R.match.elided_subjects[subject]) then
    local vc = indicators.verb_class(verb, R.words)
    if m.unit == "%" and prev.m.unit ~= "%" and prev.m.unit ~= "pp" and (vc == "increase" or vc == "decrease") then
      -- 国内生产总值达到13.65万亿元，比上年增长9.5%: the growth of that level
      entry, alias = R.indicators:resolve(prev.alias, m.unit, verb)
      if entry then return entry, alias, prev.alias end
    elseif (subject == "" or stock or stage) and m.unit ~= "%" and m.unit ~= "pp" and m.unit ~= "times" then
      -- 高新技术企业数量实现翻番、达1.8万家 (…412家，总数达到3350家): the same
      -- thing, restated, in the indicator's own unit (not 证明免提交事项335项
      -- after 143家 firms)
      entry, alias = R.indicators:resolve(prev.alias, m.unit, verb)
      if entry and entry.unit == m.unit then return entry, alias, prev.alias end
    end
  end
  -- 河流出境断面水质优良率、县级及以上…达标率均保持100%, 广义货币M2和社会
  -- 融资规模余额预期增长均为12%左右: the figure holds for each conjunct; the
  -- first the catalogue names is the indicator
  for _, part in ipairs(R.match.conjuncts_each(R, m, subject)) do
    entry, alias = R.indicators:resolve(part, m.unit, verb)
    if entry then return entry, alias, part end
  end
  local inherited = R.match.inherited_subject(R, m, subject, prev) or R.match.stretch_of(R, m, subject, prev)
  if inherited then
    entry, alias = R.indicators:resolve(inherited, m.unit, verb)
    return entry, alias, inherited
  end
  entry, alias, whole = R.match.resolve_attribute_topic(R, m, subject)
  if entry then return entry, alias, whole end
  entry, alias, whole = R.match.resolve_topic_before(R, m, subject)
  if entry then return entry, alias, whole end
  if subject == "" then
    -- 推动中欧班列长安号高质量发展，全年开行4800列以上: the thing the clause
    -- before pushes, its words for matching
    local pushed = R.match.pushed_before(R, m)
    if pushed then return nil, nil, pushed end
  end
  return nil, nil, subject
end

--- The thing the clause before m's pushes, when that clause states no
-- figure and is a verb of pushing (the lexicon's openers), the thing and
-- the goal it is pushed to (the lexicon's goal_predicates: 推动中欧班列长安号
-- 高质量发展, 加快格尔木陆港建设), or nil.
function M.pushed_before(R, m)
  local clause = clause_before(m, PART_MARKS)
  if not clause or clause:find("%d") then return nil end
  local opener -- the longest opening the clause
  for _, w in ipairs(R.lexicon.openers or {}) do
    if clause:sub(1, #w) == w and (not opener or #w > #opener) then opener = w end
  end
  if not opener then return nil end
  local goal = words.ending_of(clause, R.lexicon.goal_predicates or {})
  if not goal then return nil end
  local thing = clause:sub(#opener + 1, #clause - #goal)
  if (utf8.len(thing) or 0) < 2 then return nil end
  return thing
end

-- Is s made only of the empty words of data/subject_heads.lua (先, 再, 还
-- 将), or empty?
local function only_empty_words(s)
  while s ~= "" do
    local found
    for _, w in ipairs(indicators.heads.empty_words) do
      if s:sub(1, #w) == w then found = w break end
    end
    if not found then return false end
    s = s:sub(#found + 1)
  end
  return true
end

-- The verb classes that state where the topic of a clause before stands
-- (达到, 增长, 下降, 新增): a figure with them and no subject of its own
-- continues that topic; a verb of doing (培训, 帮扶) has an object of its own.
local TOPIC_VERB_CLASSES = { reach = true, increase = true, decrease = true, add = true }

--- The indicator of a figure with no subject of its own that continues the
-- topic of the clause before it (城镇新增就业保持高位，全年达到1256万人;
-- 粮食生产再获丰收，首次突破1.4万亿斤): a topic chain, where Chinese leaves
-- the subject of the later clause unsaid. The clause before holds no figure
-- (one there is a statement of its own, read through prev), and its noun
-- phrase's head, as Catalogue:resolve reads it, names an entry in the
-- figure's unit.
-- A verb of doing said again takes the object it took in the clause
-- before (拟连续几年发行超长期特别国债，今年先发行1万亿元: the bonds), and
-- adverbs alone (先, 再: the empty words of data/subject_heads.lua) are no
-- subject either.
-- @return entry, alias, the clause's words | nil
function M.resolve_topic_before(R, m, subject)
  if not only_empty_words(subject) then return nil end
  local verb = m.verb or ""
  local continues = TOPIC_VERB_CLASSES[indicators.verb_class(verb, R.words) or false]
  if not continues and verb == "" then return nil end
  local before = clause_before(m)
  -- the clause before in its sentence; for a figure opening its sentence,
  -- the paragraph's topic sentence, then the heading
  local candidates = before and { before } or { R.match.paragraph_topic(R, m), R.match.heading_topic(R, m) }
  for i = 1, 2 do
    local clause = candidates[i]
    if clause and clause ~= "" and not clause:find("%d") then
      -- 实施城镇老旧小区改造工程，今年开工改造1200个: a programme's name states
      -- the topic of the work done in it, its thing inside the name, which its
      -- programme noun heads
      local named = R.match.programme_thing(R, clause)
      if continues or named or clause:find(verb, 1, true) then
        local entry, alias = R.indicators:resolve(clause, m.unit, m.verb)
        if not entry and named then entry, alias = R.indicators:resolve(named, m.unit, m.verb) end
        if entry and (entry.unit == nil or indicators.same_unit(m.unit, entry.unit, R.words)) then
          return entry, alias, clause
        end
      end
    end
  end
  return nil
end

--- The topic sentence that opens m's paragraph, when m stands in a later
-- sentence (加快保障性安居工程建设。今年开工580万套…), without its closing
-- mark; nil when m's own sentence opens the paragraph, or none is known.
function M.paragraph_topic(_, m)
  local lead = (m.context or m).para_lead
  if type(lead) ~= "string" or lead == "" then return nil end
  local sentence = m.sentence or ""
  if sentence:sub(1, #lead) == lead then return nil end
  for _, mark in ipairs(SENTENCE_ENDS) do
    if #lead > #mark and lead:sub(-#mark) == mark then return lead:sub(1, #lead - #mark) end
  end
  return lead
end

--- The words of a programme's name without the programme nouns that head
-- it (the lexicon's programme_nouns: 工程, 行动 …; 棚改攻坚计划 → 棚改) and
-- without quotation marks (实施“城镇老旧小区改造”工程 → 实施城镇老旧小区改造),
-- or nil when no such noun ends s.
function M.programme_thing(R, s)
  -- every programme noun at the end (棚改｜攻坚｜计划)
  local cut = true
  local thing
  while cut do
    cut = false
    for _, noun in ipairs(R.lexicon.programme_nouns or {}) do
      if #s > #noun and s:sub(-#noun) == noun then
        s, thing, cut = s:sub(1, -#noun - 1), true, true
        break
      end
    end
  end
  if not thing then return nil end
  return (s:gsub("“", ""):gsub("”", ""):gsub('"', ""))
end

-- The numerals a heading's number is written in: 一、 （三） 3.
local HEADING_NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }
local HEADING_NUMBER_ENDS = { "、", "）", ")", ".", "．" }

-- s without the number that opens it as a heading.
local function without_heading_number(s)
  local at = 1
  for _, open in ipairs({ "（", "(" }) do
    if s:sub(1, #open) == open then at = #open + 1 break end
  end
  local digits = at
  repeat
    local step = s:match("^%d", digits) and 1 or 0
    for _, n in ipairs(HEADING_NUMERALS) do
      if s:sub(digits, digits + #n - 1) == n then step = #n break end
    end
    digits = digits + step
  until step == 0
  if digits == at then return s end
  for _, close in ipairs(HEADING_NUMBER_ENDS) do
    if s:sub(digits, digits + #close - 1) == close then return s:sub(digits + #close) end
  end
  return s
end

--- The topic a figure opening its sentence continues when its section's
-- heading names it (（三）加快保障性住房建设 … 今年开工2万套: the housing):
-- the nearest heading's words after its number, or nil.
function M.heading_topic(_, m)
  -- (a stored mention, as the audit reads it, carries its headings itself)
  local ctx = m.context or m
  local heading = ctx.heading3 or ctx.heading2 or ctx.heading1
  if type(heading) ~= "string" then return nil end
  local topic = without_heading_number(heading)
  return topic ~= "" and topic or nil
end

--- The indicator of a bare attribute (通车总里程, 投资: indicators.
-- is_bare_attribute) whose thing the clause before it names (建成沿黄高速
-- 公路等项目，通车总里程突破1万公里: the expressways' length): the longest
-- words of that clause that, put before the attribute, name a catalogue
-- entry.
-- @return entry, alias, the attribute with its thing | nil
function M.resolve_attribute_topic(R, m, subject)
  if not indicators.is_bare_attribute(subject) then return nil end
  -- what the figure measures, by its verb or the verb it opens with (新增｜通车)
  local verb = m.verb or ""
  local measure = indicators.measure_of(m.unit, verb, subject, R.words)
    or indicators.measure_of(m.unit, verb:sub(1, 6), subject, R.words)
  local clause = clause_before(m)
  if not clause then return nil end
  local best
  for i in utf8.codes(clause) do
    for j = #clause, i, -1 do
      local topic = clause:sub(i, j)
      if (not best or #topic < #best[3]) and utf8.len(topic) then
        local whole = topic .. subject
        local entry, alias = R.indicators:resolve(whole, m.unit, m.verb)
        -- the thing must come from the clause (高速公路), not the attribute
        local at = entry and indicators.canonical(whole):find(alias, 1, true)
        -- and measure what the figure measures (新增通车里程 is no road's length)
        if at and at <= #topic and indicators.same_measure(entry.measure, measure) then
          best = { entry, alias, topic }
        end
      end
    end
  end
  if best then return best[1], best[2], best[3] .. subject end
  return nil
end

--- The subject a figure takes from the figure before it in its sentence
-- when its own names no thing (indicators.names_no_thing): a figure in the
-- same clause (常住人口城镇化率从2020年的53.2%提升到2025年的57.7%, 进出口
-- 总值翻番达到2206亿元), or a share with no subject of its own (新能源和清洁能源
-- 装机…达到9048万千瓦，占比55.1%: the share of that capacity). nil when
-- nothing is inherited.
function M.inherited_subject(R, m, subject, prev)
  if not (prev and prev.subject and prev.subject ~= "") then return nil end
  if m.unit == "%" and indicators.names_only_denominator(subject)
      and not indicators.names_only_denominator(prev.subject) and not indicators.names_no_thing(prev.subject) then
    -- 研发经费支出2640亿元，占地区生产总值比重为3.20%: the share of the thing
    -- the figure before it measures
    return prev.subject .. indicators.canonical(subject)
  end
  if not indicators.names_no_thing(subject) then return nil end
  if indicators.names_no_thing(prev.subject) then return nil end
  if m.list_index and m.list_index > 1 then return prev.subject end
  -- 新建5G基站2.9万个，年末累计达38.5万个: a running total after a count in
  -- its unit, in its sentence, is the total of the same things
  if prev.m.sentence == m.sentence and prev.m.unit == m.unit then
    -- 新开工棚户区改造安置房30万套，基本建成21万套: a stage said alone, with
    -- no thing of its own, counts the same things at that stage
    if subject == "" and R.match.is_stage_word(R, m.verb or "") then return prev.subject end
    local said = (m.verb or "") .. words_before(m, 12)
    for _, w in ipairs(indicators.heads.running_totals) do
      if said:find(w, 1, true) then return prev.subject end
    end
  end
  if subject == "" then
    local verb = m.verb or ""
    for _, w in ipairs(indicators.heads.ratio_verbs) do
      if verb:sub(1, #w) == w then return prev.subject end
    end
    -- 地区生产总值增长6%，增速高于全省0.5个百分点: a gap with no subject of
    -- its own is the figure's before it
    if m.unit == "pp" then
      for _, w in ipairs(indicators.heads.gap_verbs) do
        if #verb >= #w and verb:sub(-#w) == w then return prev.subject end
      end
    end
  end
  return nil
end

--- The subject of the goal a stretch figure raises (地区生产总值增长7%左右，
-- 力争8%; 增长5%以上、力争达到5.5%: the figure before, in the same unit, right
-- before ，力争 or 、力争), when it has no subject or that goal's, or nil.
function M.stretch_of(_, m, subject, prev)
  if not prev or prev.m.unit ~= m.unit or (prev.subject or "") == "" then return nil end
  -- (the scanner may have given it the subject before: 增长5%以上、力争达到5.5%)
  if subject ~= "" and subject ~= prev.subject and subject ~= prev.m.subject then return nil end
  local before = sentence_before(m)
  local verb = m.verb or ""
  for _, w in ipairs(indicators.heads.stretch_words) do
    for _, comma in ipairs(STRETCH_MARKS) do -- full-width or ASCII, as clause_before reads them
      local said = prev.m.raw .. comma .. w .. verb
      if before:sub(-#said) == said then return prev.subject end
    end
  end
  return nil
end

--- The key that says two targets are the same promise (for recurring).
function M.key(R, item)
  if item.indicator then return "id:" .. item.indicator.id end
  return "subject:" .. (item.subject or "") .. "|" .. tostring(indicators.unit_class(item.m.unit, R.words))
end

--- The key that says two targets are one promise: the same region,
-- indicator (or subject), period, value, unit and comparison, whichever
-- document states it.
function M.promise_key(R, t)
  local m = t.m
  return table.concat({ tostring(m.region or t.doc.region), R.match.key(R, t), tostring(m.period),
    tostring(m.value), tostring(m.value_max), tostring(m.unit), tostring(m.cmp) }, "\0")
end

--- The figure of target t in its document: document, region, period, value,
-- unit and comparison (two targets of one document alike in these state
-- one figure).
function M.figure_key(_, t)
  local m = t.m
  return table.concat({ tostring(t.doc.id), tostring(m.region or t.doc.region), tostring(m.period),
    tostring(m.value), tostring(m.value_max), tostring(m.unit), tostring(m.cmp) }, "\0")
end

--- Does target t name a goal rather than a thing: its subject holds one of
-- the lexicon's target_names (把经济增长预期目标定在7.5%左右), or one follows
-- the figure after 的 (3.5%左右的目标，既考虑了…)?
function M.restates_goal(R, t)
  local names = R.lexicon.target_names and R.lexicon.target_names.nouns or {}
  local subject, after = t.subject or "", t.m.after or ""
  for _, w in ipairs(names) do
    if subject:find(w, 1, true) or after:sub(1, 3 + #w) == "的" .. w then return true end
  end
  return false
end

--- Is target a's document a better source of a promise than b's? The
-- kind of more authority (match.authority: a work report or a plan's
-- outline beats news), then the earlier document, then the earlier place.
function M.better_source(R, a, b)
  local ra, rb = R.match.authority(R, a.doc), R.match.authority(R, b.doc)
  if ra ~= rb then return ra > rb end
  if a.date ~= b.date then return a.date < b.date end
  if a.doc.id ~= b.doc.id then return tostring(a.doc.id) < tostring(b.doc.id) end
  return a.m.start < b.m.start
end

--- The verb of the total that figure m, a part of it with no verb of its
-- own (实施重点项目162个，完成投资338亿元，其中亿元以上项目91个), is counted
-- out of: the verb of the nearest figure before it in its sentence in the
-- same unit; nil when m has its verb or is no part (其中).
function M.part_verb(R, m, prev)
  if not prev or (m.verb or "") ~= "" then return nil end
  local before = sentence_before(m)
  -- the last of the lexicon's part_openers (其中) before it
  local openers = marks_in(before, R.lexicon.part_openers or {})
  local at = openers[#openers] and openers[#openers][1]
  if not at then return nil end
  if before:find("，", at, true) or before:find("；", at, true) then return nil end -- 其中 of another clause
  local p = prev
  while p and p.m.sentence == m.sentence do
    if p.m.unit == m.unit and (p.m.verb or "") ~= "" then return p.m.verb end
    p = p.prev
  end
  return nil
end

--- Is m dated in its own clause, before it, by a word of the year's end
-- (data/lexicon.lua year_end_words: 年末, 截至年底)?
function M.dated_year_end(R, m)
  local before = sentence_before(m)
  local marks = marks_in(before, PART_MARKS)
  local clause = before:sub(#marks > 0 and marks[#marks][2] or 1)
  for _, w in ipairs(R.lexicon.year_end_words or {}) do
    if clause:find(w, 1, true) then return true end
  end
  return false
end

--- Prepare one mention: resolve its indicator, read its period and measure.
function M.prepare(R, m, doc, prev)
  local entry, alias, subject = R.match.resolve(R, m, prev)
  local first, last = R.match.span(R, m.period)
  local item = { m = m, doc = doc, indicator = entry, alias = alias, subject = subject,
    first = first, last = last, date = R.match.date_key(R, doc.published) or 0 }
  -- (a change's extent, 提高幅度为10%, measures what its verb does)
  local _, changed = R.match.extent_of_change_before(R, m, m.subject or "")
  item.change_verb = changed -- the verb whose change the figure measures
  item.measure = indicators.measure_of(m.unit, changed or m.verb, subject, R.words)
  -- with no verb the figure's measure is unknown (国家高新技术企业超1.5万家
  -- may be a stock or the year's additions): it is compared as either
  local word = (m.verb or "") == "" and R.words.number_word[m.raw]
  if word and word.measure then item.measure = word.measure end -- 与上年持平: growth of 0%
  -- but dated at the year's end it is the level things stood at then (年末
  -- 高新技术企业5.1万家), no answer to the year's additions
  if item.measure == nil and (m.verb or "") == "" and R.match.dated_year_end(R, m) then item.measure = "level" end
  -- 增长7%左右，力争8%: the stretch goal is measured as the goal it raises
  -- (or of reaching: 增长5%以上、力争达到5.5% is a growth too)
  local verb_row = R.words.verb[m.verb or ""]
  if ((m.verb or "") == "" or (verb_row and verb_row.class == "reach"))
      and R.match.stretch_of(R, m, R.match.without_negation(m, m.subject or ""), prev) then
    item.measure = prev.measure
  end
  item.prev = prev
  item.verb = R.match.part_verb(R, m, prev)
  if indicators.unit_class(m.unit, R.words) == "count" then item.size_class = R.match.size_class(R, m, m.subject or "") end
  local part, total = false, nil
  if entry and not item.size_class then part, total = R.match.part_of_same(R, m, entry, prev) end
  if part then
    -- 财政赤字1.2万亿元，…其中中央财政赤字8500亿元: a part of the total the
    -- indicator names, or an aside restating it, is no figure of that
    -- indicator (a part of a size class, 其中10亿元以上项目40个, is told apart
    -- by its class)
    entry = nil
    item.indicator, item.alias = nil, nil
    item.part_of = total or (prev and prev.part_of) -- the total's item, for the next part of the list
  end
  item.plan_share = R.match.is_plan_share(R, m)
    -- 分别完成年计划的118.2%、248.57%: the list's later figures are shares too
    or (prev ~= nil and prev.plan_share and (m.list_index or 1) > 1 and m.unit == "%")
  if prev and indicators.is_bare_attribute(subject) and prev.subject
      and not indicators.names_no_thing(prev.subject)
      and ((prev.m.after or ""):sub(1, #prev.subject) ~= prev.subject
        -- (or named after a count its verb before acts on: 推进…12个重点项目
        -- 建设，年内完成投资10亿元以上: the projects' investment)
        or ((prev.m.verb or "") ~= "" and sentence_before(prev.m):find(prev.m.verb, 1, true) ~= nil)) then
    -- 实施省重点项目1550个、年度计划投资7150亿元: the investment of those
    -- projects, the things counted before the figure; not a thing named
    -- after a count, the subject of its own clause (10个县区通了新的高速公
    -- 路，新增里程590公里: the roads' length, not the counties'); after
    -- another attribute of theirs (…150个，总投资860亿元，年度计划投资320亿元)
    -- the things that one is of
    item.topic = indicators.is_bare_attribute(prev.subject) and prev.topic or prev.subject
  elseif indicators.is_bare_attribute(subject) and (m.after or ""):sub(1, #"的") == "的" then
    -- 总投资1.78万亿元的289个省重点项目: the investment of the things
    -- counted right after 的
    local count = (m.after or ""):match("^的[%d%.]+()")
    local owner = count and R.match.counted_after(R, m, count - 1 + #(m.after:match("^[\228-\233][\128-\191][\128-\191]", count) or ""))
    if owner and (utf8.len(owner) or 0) >= 2 then item.topic = owner end
  end
  item.sign = 1
  if item.measure == "level" and entry and entry.measure == "added" and R.match.names_a_flow(R, subject) then
    -- 城镇新增就业达到1256万人: a verb of reaching said of a flow the subject
    -- names by its verb of adding (新增) gives the flow's amount
    item.measure = "added"
  end
  -- 建成智能算力超4.8万P: what was built up to, a level
  if item.measure == "added" and R.classify.is_stock(R, m) then item.measure = "level" end
  if (item.measure == "added" or item.measure == "reduced") and R.match.is_increment(R, m) then
    -- 比上年增加1637亿元: the change on the year before, not what was spent
    item.measure = "change"
  end
  if item.measure == "added" and entry and entry.measure == "level" and not entry.stock
      and indicators.verb_class(m.verb, R.words) == "increase" then
    -- 地方政府专项债券增加1.6万亿元, 粮食产量增加5亿斤: a verb of increase said
    -- of what the catalogue measures as a level gives its change on the year
    -- before (as 比上年增加 does), not the level; a verb of adding (新增专项债券)
    -- gives the amount. A stock (高速公路通车里程增加320公里: the catalogue's
    -- stock) grows by what it adds
    item.measure = "change"
  end
  if item.measure == "decrease" and entry and entry.measure == "growth" then
    -- a fall reported for a growth indicator is negative growth
    -- (固定资产投资下降3.3% is −3.3 against a growth target)
    item.measure, item.sign = "growth", -1
  elseif item.measure == "growth" and entry and entry.measure == "decrease" then
    -- and a rise reported for a reduction indicator a negative reduction
    -- (单位地区生产总值能耗上升1.2% is −1.2 against 下降3%左右)
    item.measure, item.sign = "decrease", -1
  end
  return item
end

-- The verbs of adding (the lexicon's class add: 新增, 新建) of a verb
-- table, listed once per table.
local add_verbs = setmetatable({}, { __mode = "k" })

--- Does a subject name a flow by a verb of adding in it (城镇新增就业,
-- 新建学校)?
function M.names_a_flow(R, subject)
  local verbs = R.words.verb
  local list = add_verbs[verbs]
  if not list then
    list = {}
    for w, row in pairs(verbs) do
      if type(row) == "table" and row.class == "add" then list[#list + 1] = w end
    end
    table.sort(list)
    add_verbs[verbs] = list
  end
  for _, w in ipairs(list) do
    if (subject or ""):find(w, 1, true) then return true end
  end
  return false
end

--- Is m an amount set against the year before (比上年增加1637亿元: a
-- year_on_year word of data/subject_heads.lua among the words before it,
-- or anywhere in its own clause, where the comparison may name what of the
-- year before it is set against: 赤字规模4.06万亿元、比上年年初预算增加1800亿元;
-- and a verb of increase or decrease)?
function M.is_increment(R, m)
  local vc = indicators.verb_class(m.verb, R.words)
  if vc ~= "increase" and vc ~= "decrease" then return false end
  local year_on_year = indicators.heads.year_on_year
  if indicators.contains_any(words_before(m, 24), year_on_year) then return true end
  local before = sentence_before(m)
  local marks = marks_in(before, CLAUSE_MARKS)
  if indicators.contains_any(before:sub(#marks > 0 and marks[#marks][2] or 1), year_on_year) then return true end
  -- 棚户区改造580万套，增加110万套: a change with no subject of its own right
  -- after a figure in the same unit, the clause before's last words: that
  -- figure's change on the year before
  if #marks == 0 or before:sub(marks[#marks][2]) ~= (m.verb or "") then return false end
  local last = (m.raw or ""):match("[\228-\233][\128-\191][\128-\191]$")
  local clause = clause_before(m, CLAUSE_MARKS)
  return last ~= nil and clause:sub(-#last) == last and clause:find("%d") ~= nil
end

--- Is m the share of a plan done (完成年计划的118.2%: a percentage right
-- after one of the lexicon's plan_shares)?
function M.is_plan_share(R, m)
  if m.unit ~= "%" then return false end
  local sentence, at = m.sentence, m.start and m.sentence_start and m.start - m.sentence_start
  if m.context then sentence, at = m.context.text, m.start - m.context.start end
  if type(sentence) ~= "string" or not at or at < 1 then return false end
  return words.ending_of(sentence:sub(1, at), R.lexicon.plan_shares) ~= nil
end

--- The head noun of an item's subject and the bigrams of the phrase it
-- heads (indicators.similar_head), cached on the item; nil when the
-- subject names no thing.
function M.head_of(R, item)
  if item.head == nil then
    -- an attribute's topic is part of it (省大中型项目｜投资)
    -- a stage said after the noun (项目投产) modifies it (投产项目)
    local subject = indicators.predicate_first((item.topic or "") .. (item.subject or ""))
    local head, phrase = indicators.similar_head(subject, item.m.unit, item.m.verb, R.words)
    local verb = item.m.verb or ""
    if not head and item.subject ~= "" and verb ~= "" and not indicators.verb_class(verb, R.words) then
      -- 植树｜造林479万亩: a short subject and a verb that is no verb of
      -- change name the thing together (植树造林)
      head, phrase = indicators.similar_head(subject .. verb, item.m.unit, "", R.words)
    end
    item.head = head or false
    if head then item.head_bigrams, item.head_nbigrams = indicators.bigrams(phrase) end
  end
  return item.head or nil
end

--- The heads of the conjuncts of a coordinated subject (河流出境断面水质
-- 优良率、县级及以上集中式饮用水水源地水质达标率均保持100%: the figure holds
-- for each), as { head, bigrams, n } records, cached on the item; the
-- whole subject's head alone when it is not coordinated.
function M.conjunct_heads(R, item)
  if item.conjuncts == nil then
    local list = {}
    if R.match.head_of(R, item) then list[1] = { head = item.head, bigrams = item.head_bigrams, n = item.head_nbigrams } end
    local subject = item.subject or ""
    if subject:find("、", 1, true) and not item.m.distributive and not R.match.is_joint_total(R, item) then
      for part in (subject .. "、"):gmatch("(.-)、") do
        local head, phrase = indicators.similar_head(part, item.m.unit, item.m.verb, R.words)
        if head then
          local b, n = indicators.bigrams(phrase)
          list[#list + 1] = { head = head, bigrams = b, n = n }
        end
      end
    end
    item.conjuncts = list
  end
  return item.conjuncts
end

-- The opening of a phrase that names no part of the thing: empty words,
-- verbs ending a subject, predicate starts (data/subject_heads.lua), the
-- lexicon's verbs, and times (4月, 年底, 今年); the longest that leaves
-- something.
local function opening_word(R, s)
  local date = s:match("^%d+月底") or s:match("^%d+月") or s:match("^%d+年") or s:match("^%d+日")
  local best = date and #date or 0
  for _, w in ipairs(indicators.heads.time_endings) do
    if #w > 3 and #w > best and #w < #s and s:sub(1, #w) == w then best = #w end
  end
  for _, w in ipairs(R.words.time_list) do
    if #w > best and #w < #s and s:sub(1, #w) == w then best = #w end
  end
  for _, list in ipairs({ indicators.heads.empty_words, indicators.heads.verb_endings,
      indicators.heads.predicate_starts }) do
    for _, w in ipairs(list) do
      if #w > best and #w < #s and s:sub(1, #w) == w then best = #w end
    end
  end
  for _, v in ipairs(R.words.follows_by_first[s:sub(1, 3)] or {}) do
    if #v > best and #v < #s and s:sub(1, #v) == v then best = #v end
  end
  return best
end

-- The names set off in quotation marks in s (“辽宁优品”), at least two
-- characters long, into the set names.
local function quoted_names(s, names)
  for name in s:gmatch("“(.-)”") do
    if (utf8.len(name) or 0) >= 2 then names[name] = true end
  end
  return names
end

--- The thing a figure outside the catalogue is about, as wording compared
-- across documents, cached on the item: its subject, after the topic it
-- takes when it names only an attribute (item.topic: the projects of
-- 实施省重点项目1550个、年度计划投资7150亿元), without the words that open it
-- and name no part of the thing (开展, 完成, 新, 的) or quotation marks
-- (nothing when it ends in a verb: 中央财政还将安排 is a clause),
-- (core), and with the action its verb names when that is neither a verb
-- of change nor a light verb (职业技能｜培训, 城中村和危旧房｜改造); and the
-- names it sets off in quotation marks (“辽宁优品”), which name a programme
-- or a brand.
-- @return { core, phrase, bigrams, n, names = { name → true } }
function M.thing_of(R, item)
  if item.thing then return item.thing end
  local m, prev = item.m, item.prev
  local before = sentence_before(m)
  local verb = m.verb or ""
  local said = (m.subject or "") .. verb
  local written_here = before:sub(-#said) == said -- the subject and verb right before the figure
  if prev and prev.m.subject == m.subject and (m.subject or "") ~= "" and not written_here
      and (item.subject == nil or item.subject == m.subject) then -- not a count of its own noun (10座体育公园)
    -- 投入5955亿元，比上年增加1637亿元: a subject carried over from the figure
    -- before (not written before this one) names that figure's thing
    item.thing = R.match.thing_of(R, prev)
    return item.thing
  end
  local phrase = indicators.without_agent((item.topic or "") .. (item.subject or ""))
  local names = quoted_names(phrase, {})
  phrase = phrase:gsub("“", ""):gsub("”", ""):gsub("、", "")
  while true do
    local n = opening_word(R, phrase)
    if n == 0 then break end
    phrase = phrase:sub(n + 1)
  end
  phrase = indicators.predicate_first(phrase) -- 项目投产 is 投产项目
  for _, w in ipairs(indicators.heads.verb_endings) do
    if #phrase > #w and phrase:sub(-#w) == w then
      -- 中央财政还将安排: a clause, its subject doing something, names no thing
      phrase = ""
      break
    end
  end
  if verb ~= "" and phrase:sub(-#"的") == "的" and written_here then
    -- 用于“三农”的｜投入5955亿元: right after 的 the verb is a noun, the thing
    phrase, verb = phrase:sub(1, -#"的" - 1) .. verb, ""
  end
  for _, pair in ipairs(indicators.heads.thing_synonyms) do
    phrase = phrase:gsub(pair[1], pair[2])
  end
  phrase = indicators.fold_coordinated(phrase) -- 堵点乱点 is written 堵乱点 too
  local core = phrase
  local row = words.verb_row(R.words, verb)
  local bigrams, n = indicators.bigrams(core)
  -- not a verb of change, nor a light verb that names no action of its own
  -- (完成, 实施, 开展: the verb_endings of data/subject_heads.lua)
  if verb ~= "" and not (row and row.class) and not words.set_of(indicators.heads.verb_endings)[verb] then
    -- the action counts as words of its own, not joined to the thing's last
    -- (炼铁产能｜淘汰 and 炼钢产能｜淘汰 share 产能 and 淘汰, not 能淘 too)
    phrase = phrase .. verb
    local vb = indicators.bigrams(verb)
    for b in pairs(vb) do
      if not bigrams[b] then bigrams[b] = true n = n + 1 end
    end
  end
  -- the clauses since the last semicolon: where the topic of a list of
  -- results stands (陵水黎安国际教育创新试验区初具规模，…，在园师生达1万人)
  local semicolons = marks_in(before, SEMICOLONS)
  local group = #semicolons > 0 and before:sub(semicolons[#semicolons][2]) or before
  -- its first clause, when the figure stands in a later one: the topic,
  -- not the other results listed before it; and a topic only when it
  -- states no figure of its own (600个市级重点项目完成投资1560亿元，开工建设
  -- 城市更新项目108个: that clause is another result, the projects not the
  -- renewal projects' topic)
  local commas = marks_in(group, COMMAS)
  local topic = #commas > 0 and group:sub(1, commas[1][1] - 1) or ""
  if topic:find("%d") or topic:find("\239\188[\144-\153]") then topic = "" end -- a digit, or a full-width one
  item.thing = { core = core, phrase = phrase, bigrams = bigrams, n = n, names = names,
    sentence_names = quoted_names(before, {}), context = indicators.bigrams(topic) }
  return item.thing
end

-- Do two verbs name the same doing: equal, or one the start or the end of
-- the other (新增通车 and 新增)?
local function verbs_agree(v, w)
  if #v > #w then v, w = w, v end
  return w:sub(1, #v) == v or w:sub(-#v) == v
end

local function chars(s) return utf8.len(s) or #s end

-- The words a count's clause goes on with after the noun it counts, a
-- bracketed gloss of that noun passed over (17个贫困县（市、区）｜摘帽): what
-- was done to the things counted, up to the next mark, or nil.
local function predicate_after(R, item)
  local m = item.m
  if indicators.unit_class(m.unit, R.words) ~= "count" then return nil end
  local after = m.after or ""
  local rest = after:sub(#R.match.counted_after(R, m) + 1)
  rest = rest:gsub("^（[^）]*）", ""):gsub("^%([^)]*%)", "")
  local action = rest:match("^[\228-\233][\128-\191][\128-\191][\228-\233]?[\128-\191]?[\128-\191]?")
  return action ~= "" and action or nil
end

-- Do both counts go on with the same action after the noun they count
-- (实现17个贫困县摘帽 and 17个贫困县摘帽)?
local function predicates_agree(R, a, b)
  local pa, pb = predicate_after(R, a), predicate_after(R, b)
  return pa ~= nil and pb ~= nil and verbs_agree(pa, pb)
end

-- Does a name in quotation marks say what a thing is: most of its core
-- (辽宁优品 of 辽宁优品品牌), not a label it merely carries (三农 of 三农重点
-- 项目)?
local function names_most_of(R, name, thing)
  return chars(name) >= R.match.name_share * chars(thing.core)
end

-- The names in quotation marks two things share, or that one quotes and
-- the other writes plainly (“非直供电小区”改造 and 非直供电小区改造: four
-- characters or more); each as a name that says what both things are, or,
-- with the same head, any shared name.
local function shared_name(R, x, y, same_head)
  local function says(name) return same_head or (names_most_of(R, name, x) and names_most_of(R, name, y)) end
  for name in pairs(x.names) do
    if (y.names[name] or (chars(name) >= 4 and y.phrase:find(name, 1, true))) and says(name) then return true end
  end
  for name in pairs(y.names) do
    if chars(name) >= 4 and x.phrase:find(name, 1, true) and says(name) then return true end
  end
  return false
end

-- The clause a figure stands in: its sentence's words since the last
-- clause mark before it, the figure, and the words after it (m.after).
local function clause_of(m)
  local before = sentence_before(m)
  local marks = marks_in(before, COMMAS)
  local semis = marks_in(before, SEMICOLONS)
  local from = math.max(marks[#marks] and marks[#marks][2] or 1, semis[#semis] and semis[#semis][2] or 1)
  return before:sub(from) .. (m.raw or "") .. (m.after or "")
end

--- Do two clauses name titles of different ranks (省级县域特色产业集群 and
-- 国家级中小企业特色产业集群: indicators.heads.level_modifiers), both naming one?
function M.other_ranks(_, x, y)
  local in_x, in_y, any_x, any_y = {}, {}, false, false
  for _, row in ipairs(indicators.heads.level_modifiers) do
    -- a row: the ways one level is said (国家级, 国家重点), its first its name
    local ways = type(row) == "table" and row or { row }
    for _, w in ipairs(ways) do
      if x:find(w, 1, true) then in_x[ways[1]], any_x = true, true end
      if y:find(w, 1, true) then in_y[ways[1]], any_y = true, true end
    end
  end
  if not (any_x and any_y) then return false end
  for w in pairs(in_x) do if in_y[w] then return false end end
  return true
end

--- The place below the region that item's subject opens with (科技城新区
-- of 科技城新区地区生产总值增长11.2%, 道口镇 of 道口镇完成固定资产投资31亿元，
-- 增长10.7%, 即墨区、胶州市 of 即墨区、胶州市一般公共预算收入均增长6%): a zone
-- of data/regions.lua, a township or a list of the region's units, whose
-- figures are their own and answer none of the region's (nor the region's
-- theirs); false when none. Once per item.
function M.place_of(R, item)
  local place = item.place
  if place == nil then
    local subject = item.m.subject or ""
    place = subject ~= "" and (R.classify.zone_at(R, subject, 1, #subject + 1)
      or R.classify.township_at(R, subject, 1, #subject + 1, true)) or false
    if not place then
      place = R.match.unit_group_of(R, item.m) or R.match.other_unit_of(R, item.m)
        or R.match.unit_list_of(R, item.m) or false
    end
    if not place and subject ~= "" and item.m.region then
      local home = require("duixian.gazetteer").region_unit(item.m.region)
      place = home and R.classify.places_listed_at(R, subject, 1, home) or false
    end
    -- the place the item's region already is, by any name it goes by, says
    -- nothing more (鹿鸣镇新增种植面积3500亩 of 鹿鸣镇 answers 鹿鸣镇's …新增种植
    -- 面积3000亩; 浦东新区地区生产总值 of 上海市浦东新区)
    if place and own_name_length(place, item.m.region) == #place then place = false end
    item.place = place
  end
  return place
end

local GROUP_NUMERALS = {}
for _, c in utf8.codes("0123456789一二三四五六七八九十两百") do GROUP_NUMERALS[utf8.char(c)] = true end
-- A count of the region's units at byte i of s: a number, 个 or not, and a
-- unit's ending (data/regions.lua group_unit_endings: 五市, 26县, 16个市, 三州),
-- not one opening a word (600个市级重点项目). The byte where it ends, or nil.
local function group_count_at(s, i)
  local n = i
  while GROUP_NUMERALS[s:match(ONE_CHAR, n) or ""] do n = n + #s:match(ONE_CHAR, n) end
  if n == i then return nil end
  if s:sub(n, n + 2) == "个" then n = n + 3 end
  local ending = s:match(ONE_CHAR, n)
  local regions = require("duixian.data").shared("regions")
  if not (ending and words.set_of(regions.group_unit_endings or {})[ending])
      or words.set_of(regions.name_breakers or {})[s:sub(n, n + #ending + 2)] then
    return nil
  end
  return n + #ending - 1
end

--- The group of the region's units that opens m's clause (苏南五市完成…改造
-- 1900公里, 山区26县生产总值增长6.1%, 三州城镇新增就业…): up to four
-- characters of its own, then a count of the units. Several units counted
-- are no one unit and not the region: their figure answers neither's
-- target. The group as written, or nil.
function M.unit_group_of(_, m)
  local before = sentence_before(m)
  local marks = marks_in(before, CLAUSE_MARKS)
  local at = #marks > 0 and marks[#marks][2] or 1
  local own, i = 0, at
  while i <= #before do
    local c = before:match(ONE_CHAR, i)
    if not c then return nil end
    if GROUP_NUMERALS[c] then
      local stop = group_count_at(before, i)
      return stop and before:sub(at, stop) or nil
    end
    own = own + 1
    if own > 4 or #c < 3 then return nil end
    i = i + #c
  end
  return nil
end

--- The list of two or more units of the gazetteer opening m's subject,
-- joined by 、 or 和 (宜宾、泸州地区生产总值均增长6%; 佛山、东莞…均超过…): their
-- figure, each's or their sum, is none of the region's. The list as
-- written, or the count of them after it, which names the group as a later
-- clause may name it alone (甘孜、阿坝、凉山三州…, then 三州…); or nil.
function M.unit_list_of(_, m)
  local subject = m.subject or ""
  if subject == "" then return nil end
  local gaz = require("duixian.gazetteer")
  -- (names short or in full, of units inside the region: 酒泉、张掖…)
  local home = m.region and gaz.region_unit(m.region)
  local opts = home and { within = home, short = 2 } or nil
  local at, count, last = 1, 0, 0
  while true do
    local hit = gaz.name_at(subject, at, opts)
    if not (hit and hit.unit) then break end
    count, last = count + 1, at + #hit.name - 1
    local joiner = subject:sub(last + 1, last + 3)
    if joiner ~= "、" and joiner ~= "和" then break end
    at = last + 1 + #joiner
  end
  if count < 2 then return nil end
  local stop = group_count_at(subject, last + 1)
  if stop then return subject:sub(last + 1, stop) end
  return subject:sub(1, last)
end

--- A unit of the gazetteer opening m's subject that is neither m's region
-- nor inside it (泉州市地区生产总值 in a report of 晋江市, 淮滨县生猪出栏 in one
-- of 固始县): its figure answers none of the region's targets. Its name, or nil.
function M.other_unit_of(R, m)
  local subject = m.subject or ""
  if subject == "" or not m.region then return nil end
  local gaz = require("duixian.gazetteer")
  local home = gaz.region_unit(m.region)
  if not home then return nil end
  local hit = gaz.name_at(subject, 1)
  local unit = hit and hit.unit
  if not unit or #hit.name >= #subject or unit == home or gaz.inside(unit, home) then return nil end
  -- (not a generic word that is also some place's name: 老城区, 矿区, 东区)
  for word, on in pairs(R.classify.generic_places) do
    if on and #word <= #hit.name and hit.name:sub(-#word) == word then return nil end
  end
  if (utf8.len(hit.name) or 0) < 3 then return nil end
  return hit.name
end

--- Does item's subject name the whole cost of projects over their years
-- (总投资: data/subject_heads.lua whole_cost_words), which no year's
-- investment answers? Once per item.
function M.is_whole_cost(_, item)
  local whole = item.whole_cost
  if whole == nil then
    whole = false
    local subject = item.subject or ""
    for _, w in ipairs(indicators.heads.whole_cost_words) do
      if #subject >= #w and subject:sub(-#w) == w then whole = true break end
    end
    item.whole_cost = whole
  end
  return whole
end

-- The stage words of data/subject_heads.lua (stages), longest first, each
-- with its stage.
local stage_words
local function stage_list()
  if not stage_words then
    stage_words = {}
    for _, row in ipairs(indicators.heads.stages) do
      for _, w in ipairs(row[2]) do stage_words[#stage_words + 1] = { w, row[1] } end
    end
    table.sort(stage_words, function(a, b) return #a[1] > #b[1] or (#a[1] == #b[1] and a[1] < b[1]) end)
  end
  return stage_words
end

--- The stage of building item's figure counts (start, finish, allocate:
-- data/subject_heads.lua stages): the stage word opening its subject
-- (竣工各类保障性住房, 完工), ending it (项目竣工) or right before it
-- (完成｜老旧小区改造), else the first its verb holds (开工改造), else,
-- for a count, the one its noun goes on with (500个重点项目｜开工); false
-- when none. Once per item.
function M.stage_of(R, item)
  local stage = item.stage
  if stage == nil then
    stage = false
    local m = item.m
    local subject, verb = m.subject or "", m.verb or ""
    local before = sentence_before(m)
    local at = subject ~= "" and last_place(before, subject)
    local lead = at and before:sub(math.max(1, at - 12), at - 1) or ""
    -- the figure's own verb first: a list's later item names its stage there
    -- (新开工改造老旧小区400个、完成200个: 完成, not the first item's 开工)
    for _, row in ipairs(stage_list()) do
      if verb:find(row[1], 1, true) then stage = row[2] break end
    end
    if not stage then
      for _, row in ipairs(stage_list()) do
        local w = row[1]
        if subject:sub(1, #w) == w or (#lead >= #w and lead:sub(-#w) == w)
            or (#subject > #w and subject:sub(-#w) == w) then -- or said after the noun: 项目竣工
          stage = row[2] break
        end
      end
    end
    -- a count's noun goes on with its stage (500个重点项目｜开工)
    local action = not stage and predicate_after(R, item)
    if action then
      for _, row in ipairs(stage_list()) do
        if action:sub(1, #row[1]) == row[1] then stage = row[2] break end
      end
    end
    item.stage = stage
  end
  return stage
end

--- Is s one of the stage words of data/subject_heads.lua (完工, 供应分配)?
function M.is_stage_word(_, s)
  if s == "" then return false end
  for _, row in ipairs(stage_list()) do
    if row[1] == s then return true end
  end
  return false
end

--- Do two items count things at different stages of their building (开工
-- and 完成, 筹集 and 供应: R.match.stage_of)? A figure of no stage is at any.
function M.other_stages(R, t, o)
  local a, b = R.match.stage_of(R, t), R.match.stage_of(R, o)
  return a and b and a ~= b or false
end

--- Do two items count things of different size classes (亿元以上 and
-- 10亿元以上 项目: R.match.size_class), or one of a size class and the other
-- things of any size (其中亿元以上项目91个 and 实施重点项目162个)? Asked
-- before the catalogue: both may be one entry's (省市重点项目).
function M.other_size_classes(_, t, o)
  return t.size_class ~= o.size_class
end

--- Is item b's thing y an attribute of no thing named (总投资, 新增里程)
-- whose clauses before it name another thing than item a's (its topic, or
-- the clauses before it when a is bare too)?
function M.names_other_owner(_, a, x, _b, y) -- _b: item b, for packs
  if not indicators.is_bare_attribute(y.core) or next(y.context) == nil then return false end
  local owner
  if indicators.is_bare_attribute(x.core) then
    owner = x.context
  elseif a.topic then
    owner = indicators.bigrams(a.topic)
  end
  if not owner or next(owner) == nil then return false end
  local shared = 0
  for k in pairs(owner) do if y.context[k] then shared = shared + 1 end end
  return shared < 2
end

--- Does item a's subject list its examples shortened, a character each,
-- before 等 and the thing they are of (水热气等管网: data/subject_heads.lua
-- enumeration_ends), and item b's subject name that thing with examples
-- holding those characters in their order (排水、供水、供热、燃气管网)? Two to
-- four characters shortened, a thing of two or more.
function M.abbreviates(_, a, b)
  -- (the subject as scanned: the one resolved reads a list's closing 等 away)
  local sa, sb = a.m.subject or a.subject or "", b.subject or b.m.subject or ""
  for _, mark in ipairs(indicators.heads.enumeration_ends) do
    local at = sa:find(mark, 1, true)
    if at then
      -- (the run of ideographs before the mark, not the tail of a 、 or “)
      local short, thing = sa:sub(1, at - 1):match("[\128-\191\228-\233]+$"), sa:sub(at + #mark)
      if short then short = short:gsub("^[\128-\191]+", "") end
      local n, m = short and utf8.len(short) or 0, utf8.len(thing) or 0
      if n >= 2 and n <= 4 and m >= 2 and #sb > #thing and sb:sub(-#thing) == thing then
        local examples, from = sb:sub(1, #sb - #thing), 1
        if examples:find(short, 1, true) then return false end -- written out alike: the wording says it
        -- the examples written out, as a list (not 高等级 of a road's grade)
        if not examples:find("、", 1, true) then return false end
        for _, code in utf8.codes(short) do
          local found = examples:find(utf8.char(code), from, true)
          if not found then return false end
          from = found + 3
        end
        return true
      end
    end
  end
  return false
end

--- How alike the things two items are about (R.match.thing_of), 0 to 1: 1
-- when they are worded alike (the same core, done the same way when it is
-- short) or share a name in quotation marks that says what both are;
-- else the share of the shorter wording's character pairs found in the
-- longer (农村建设品质提升投资 and 乡村建设品质提升行动完成投资), when at least
-- two are shared, counted at other_head_weight when their heads
-- (R.match.head_of) differ.
function M.thing_similarity(R, a, b)
  local x, y = R.match.thing_of(R, a), R.match.thing_of(R, b)
  if x.phrase == "" or y.phrase == "" or x.core == "" or y.core == "" then return 0 end
  -- an attribute of no thing named (总投资) is alike another only when the
  -- clauses before it name the same thing (…等高速公路，新增通车里程 and …通了
  -- 新的高速公路，新增里程), not another one (289个省重点项目 and 新注册企业
  -- 1990家、总投资); with nothing before it, its wording alone speaks
  if R.match.names_other_owner(R, a, x, b, y) or R.match.names_other_owner(R, b, y, a, x) then return 0 end
  local va, vb = a.verb or a.m.verb or "", b.verb or b.m.verb or ""
  if (x.phrase == y.phrase or x.core == y.core) and (chars(x.core) >= indicators.heads.min_similar_chars
      or (va ~= "" and vb ~= "" and verbs_agree(va, vb)) or predicates_agree(R, a, b)
      -- or a noun of three characters one side says with no verb at all
      -- (种植马铃薯2万亩 and 马铃薯1.9万亩)
      or (chars(x.core) >= indicators.heads.min_similar_chars - 1 and (va == "" or vb == ""))) then
    -- a short wording (里程, 置换, 项目) says the same thing only done the
    -- same way (新增通车 and 新增, not 建成 and 支持)
    return 1
  end
  -- examples shortened to a character each (水热气等管网 of 排水、供水、供热、
  -- 燃气管网)
  if R.match.abbreviates(R, a, b) or R.match.abbreviates(R, b, a) then return 1 end
  -- a noun phrase is named by its head (Chinese puts it last): wordings with
  -- other heads must share more (高校毕业生留吉 and 留省就业 do; 高校毕业生
  -- 就业 and 创业 do not)
  local ha, hb = R.match.head_of(R, a), R.match.head_of(R, b)
  local same_head = ha ~= nil and ha == hb
  if shared_name(R, x, y, same_head) then return 1 end
  if same_head then
    -- the programme one sentence names before its figure, named in the
    -- other's subject, with the same head (深入推进“十百千万”工程，…完成投资
    -- 1.2万亿元 and “十百千万”工程项目完成投资1.22万亿元)
    for name in pairs(x.sentence_names) do if y.names[name] then return R.match.named_programme end end
    for name in pairs(y.sentence_names) do if x.names[name] then return R.match.named_programme end end
  end
  local common = 0
  for k in pairs(x.bigrams) do if y.bigrams[k] then common = common + 1 end end
  -- the shorter wording must say enough (国家级 names no thing)
  local shorter = math.min(x.n, y.n)
  local share = common >= 2 and shorter + 1 >= indicators.heads.min_similar_chars and common / shorter or 0
  if not same_head then return share * R.match.other_head_weight end
  -- with the same head, the topic may stand in the other's earlier clauses:
  -- the share of one wording found in the other's wording or its clauses
  -- before the figure, counted at other_head_weight (陵水黎安国际教育创新试
  -- 验区师生规模 and 陵水黎安国际教育创新试验区初具规模，…，在园师生)
  local function covered(p, q)
    if p.n < 4 then return 0 end
    local k = 0
    for pair in pairs(p.bigrams) do if q.bigrams[pair] or q.context[pair] then k = k + 1 end end
    return k / p.n
  end
  local across = math.max(covered(x, y), covered(y, x))
  if across >= R.match.topic_cover then share = math.max(share, across * R.match.other_head_weight) end
  return share
end

--- Is outcome o about the same thing as target t? The same indicator, or,
-- for a target outside the catalogue, rarely, a similar subject: only when
-- the outcome is outside the catalogue too (one it names is another
-- indicator), both subjects (or, for a coordinated subject, one of its
-- conjuncts: R.match.conjunct_heads) have the same head noun (小区 and 小区,
-- never a verb such as 安排), the same unit class and verb class, and a
-- bigram similarity of at least similarity_threshold. Returns how it matched
-- ("catalogue", or "similarity" and the similarity) or nil.
function M.same_indicator(R, t, o)
  if R.match.place_of(R, t) ~= R.match.place_of(R, o) then return nil end -- 科技城新区地区生产总值, 道口镇…
  -- 亿元以上 and 10亿元以上 项目, of a catalogue entry too (省市重点项目)
  if R.match.other_size_classes(R, t, o) then return nil end
  if R.match.other_stages(R, t, o) then return nil end -- 开工改造老旧小区300个 and 完成200个
  if t.indicator then
    if o.indicator and o.indicator.id == t.indicator.id then return "catalogue" end
    -- 固定资产投资完成年度计划的103.5%: a share of the plan is in %, whatever
    -- the target's unit, so its subject names the target by the same words
    -- (the sum's entry, 280亿元, and the growth's share that alias)
    if o.plan_share and o.indicator and o.alias == t.alias then return "catalogue" end
    return nil
  end
  if o.indicator then return nil end
  -- 水利投资 is no part of 交通、能源、水利完成投资5400多亿元
  local joint_t, joint_o = R.match.is_joint_total(R, t), R.match.is_joint_total(R, o)
  if joint_t ~= joint_o and R.match.names_conjunct(R, joint_t and t or o, joint_t and o or t) then return nil end
  -- a share of the plan done (完成年计划的248.57%) speaks of a target in any unit;
  -- the same words in another unit (蔬菜产量达到200万吨 and 蔬菜产量增长15%)
  -- are the same thing measured otherwise: a candidate, not comparable
  if indicators.unit_class(t.m.unit, R.words) ~= indicators.unit_class(o.m.unit, R.words) and not o.plan_share then
    if (t.subject or "") ~= "" and t.subject == o.subject and utf8.len(t.subject) >= indicators.heads.min_similar_chars then
      return "similarity", 1
    end
    return nil
  end
  local vt, vo = indicators.verb_class(t.change_verb or t.m.verb, R.words),
    indicators.verb_class(o.change_verb or o.m.verb, R.words)
  if vt and vo and vt ~= vo and not R.match.count_grown_by(R, t, o) then return nil end
  if R.match.other_ranks(R, clause_of(t.m), clause_of(o.m)) then return nil end -- 省级 and 国家级 产业集群
  if R.match.is_whole_cost(R, t) ~= R.match.is_whole_cost(R, o) then return nil end -- 总投资 and 完成投资
  -- the whole subjects, or, when one is coordinated, the best pair of conjuncts
  local best = 0
  for _, a in ipairs(R.match.conjunct_heads(R, t)) do
    for _, b in ipairs(R.match.conjunct_heads(R, o)) do
      if a.head == b.head then
        local s = indicators.jaccard(a.bigrams, a.n, b.bigrams, b.n)
        if s > best then best = s end
      end
    end
  end
  -- or the things they are about worded alike (R.match.thing_similarity);
  -- the closer of the two measures ranks the candidate
  local alike = R.match.thing_similarity(R, t, o)
  if alike < R.match.thing_threshold then alike = 0 end
  if best < R.match.similarity_threshold then best = 0 end
  if (alike > 0 or best > 0) and R.match.same_scale(R, t, o) then return "similarity", math.max(best, alike) end
  return nil
end

--- Are a target's and an outcome's figures of one scale, as wording alone
-- (no catalogue entry) must show: within similar_scale times of each other,
-- an order of magnitude
-- (百亿企业10家 is not answered by 新注册企业1990家, nor 煤电机组改造600万
-- 千瓦 by a five-year 8211万千瓦). Shares, gaps, ranks and shares of a plan
-- are not held to it.
function M.same_scale(R, t, o)
  local class = indicators.unit_class(t.m.unit, R.words)
  if o.plan_share or class == "percent" or class == "pp" or class == "rank" then return true end
  local factor = indicators.unit_factor(o.m.unit, t.m.unit, R.words)
  local a, b = tonumber(t.m.value), tonumber(o.m.value)
  if not (a and b and a > 0 and b > 0) or not factor then return true end
  b = b * factor
  local ratio = a > b and a / b or b / a
  return ratio <= R.match.similar_scale
end

-- s without the year's own means (PM2.5年均浓度) that hold a span word.
local function without_annual_means(s) return words.without(s, indicators.heads.annual_means) end

-- m's subject with the four characters before its last place in the
-- sentence ("" when it has none there): where a word of a span or an
-- average opening the subject stands when the scanner trimmed it off
-- (“十五”期间年均|经济增长速度预期目标).
local function lead_and_subject(m)
  local subject = m.subject or ""
  if subject == "" then return "" end
  local before = sentence_before(m)
  local last = last_place(before, subject)
  if not last then return "" end
  -- (not back past the clause's start: 五年来，规上工业增加值年均9%，城镇新增就业…)
  local marks = marks_in(before:sub(1, last - 1), PART_MARKS)
  local lead = math.max(1, last - 12, #marks > 0 and marks[#marks][2] or 1)
  while lead < last and (before:byte(lead) & 0xC0) == 0x80 do lead = lead + 1 end
  return before:sub(lead, last - 1) .. subject
end

--- Is m a figure over a span of years, an average or a total (城镇新增就业
-- 年均超过70万人, 累计完成投资)? A span word (data/subject_heads.lua
-- span_words) in its subject or verb, in the words between its subject
-- and the figure; or one ending right before its subject or running into
-- it (平均每年城镇新增就业1000多万人: the scanner trims 平均 and keeps 每年;
-- 累计建成5G基站6.3万个). A number of years there frames a
-- review (五年来，粮食产量…) and says no average; a year's own mean
-- (PM2.5年均浓度: annual_means) is no span.
function M.is_span_figure(_, m)
  if indicators.contains_any(without_annual_means(words_before(m, 12)), indicators.heads.span_words) then return true end
  -- a number of years among the last four characters before the figure
  -- (五年支出551亿元), not one of a streak (连续三年) or of a longer numeral
  local before = sentence_before(m)
  local from = math.max(1, #before - 11)
  for _, w in ipairs(indicators.heads.span_counts) do
    local at = before:find(w, from, true)
    if at then
      local lead = before:sub(1, at - 1)
      local broken = false
      for _, b in ipairs(indicators.heads.span_count_breakers) do
        if lead:sub(-#b) == b then broken = true break end
      end
      if not broken then return true end
    end
  end
  -- (a total so far before its verb too: 累计建成5G基站6.3万个)
  return indicators.contains_any(without_annual_means(lead_and_subject(m)), indicators.heads.span_words)
end

--- Is m an average over years (年均增长9.5%, 年均经济增长速度…7%左右): a word
-- of an average (data/subject_heads.lua average_words) in its subject or
-- verb or right before either; a year's own mean (PM2.5年均浓度) is none.
function M.is_average(_, m)
  return indicators.contains_any(without_annual_means(words_before(m, 12)), indicators.heads.average_words)
    or indicators.contains_any(without_annual_means(lead_and_subject(m)), indicators.heads.average_words)
end

--- Is m a gap in points against another place or quantity (高于全国2.6个
-- 百分点, 快于经济增速1个百分点: a gap verb of data/subject_heads.lua)? A
-- gap answers only a target that is a gap itself.
function M.is_gap(_, m)
  return m.unit == "pp" and indicators.contains_any(words_before(m, 24), indicators.heads.gap_verbs)
end

-- R.match.is_span_figure of an item, asked once per item: every target of
-- its region asks it of an outcome (the items are the audit's, one rule set)
local function span_figure(R, o)
  local v = o.span_figure
  if v == nil then
    v = R.match.is_span_figure(R, o.m) and true or false
    o.span_figure = v
  end
  return v
end

-- R.match.of_year_part of an item, asked once per item: every target of
-- its region asks it of each outcome of the same year
local function year_part_of(R, o)
  local v = o.year_part
  if v == nil then
    v = R.match.of_year_part(R, o) and true or false
    o.year_part = v
  end
  return v
end

--- Does outcome o, stated for a span of years, give the level at the span's
-- end (a five-year review: 基本养老保险参保778万人, 粮食总产量稳定在550亿斤
-- 左右)? A level or a share, never a flow, a growth rate, an average or a
-- total over the span; with no verb to say, when the target is a level.
function M.is_end_level(R, t, o)
  if span_figure(R, o) then return false end
  if o.measure == "level" or o.measure == "share" then return true end
  return o.measure == nil and (t.measure == "level" or t.measure == "share")
end

--- Does outcome o speak of target t's period? "answer" when it covers the
-- year the target is judged at (the whole span; its last year, for a
-- target of a multi-year span only a level: R.match.is_end_level; or the
-- level at the end of a span ending that year),
-- "progress" for an earlier year inside a multi-year span, else nil. An
-- average or a total over years (is_span_figure) never answers one year,
-- unless the year's target is stated so too (新建5G基站1万个，累计超过10万个
-- and 累计达到10.7万个: the count so far).
function M.period_relation(R, t, o)
  if not (t.first and o.first) then return nil end
  if t.first == t.last and o.first == o.last and o.last == t.last then
    local target_part, outcome_part = year_part_of(R, t), year_part_of(R, o)
    -- 上半年增长5.2% against a target of the year: progress, no answer
    if outcome_part and not target_part then return "progress" end
    -- 力争一季度增长6% is answered by no figure of the whole year
    if target_part and not outcome_part then return nil end
  end
  if t.first == t.last and o.first == o.last and span_figure(R, o) and not span_figure(R, t) then return nil end
  if o.first == t.first and o.last == t.last then return "answer" end
  if o.first == o.last and o.last == t.last then
    -- the span's last year: its level answers a target of a level at the
    -- end, and a figure over the years stated then (累计建成10.7万个) one
    -- over the span; never a change of that year alone (能耗下降15% over
    -- five years is not answered by 2020's 下降0.1%)
    if t.first < t.last and t.measure ~= nil and not span_figure(R, o) and not R.match.is_end_level(R, t, o) then
      return nil
    end
    return "answer"
  end
  if t.first == t.last and o.first < o.last and o.last == t.last and R.match.is_end_level(R, t, o) then
    return "answer"
  end
  -- an earlier year inside a span, or from the year a level was promised
  -- for a later one (R.match.progress_from)
  if o.first == o.last and o.last < t.last and o.last >= R.match.progress_from(R, t) then return "progress" end
  return nil
end

--- The first year whose figures may show progress towards target t: its
-- span's first; for a single year past the next, the year it was promised
-- in (到2027年城镇化率达到62% in a report of 2023: 2023 on).
function M.progress_from(_, t)
  local published = (t.date or 0) // 10000
  if published > 0 and t.first == t.last and t.last - published >= 2 then return published end
  return t.first
end

--- Is item o a figure of a part of its year (上半年, 前三季度, 1-9月:
-- classify.year_part)?
function M.of_year_part(R, o)
  -- the normalized sentence, as classify reads it (１－９月 is 1-9月)
  local ctx, pos = o.m.context, o.m.pos
  local before = ctx and ctx.norm and pos and ctx.norm:sub(1, pos - 1) or sentence_before(o.m)
  return R.classify.year_part(R, before) ~= nil
end

--- Are t and o counts of things (个, 家, 座), one the things added (新增5座)
-- and the other the stock's growth (比上年增加7座)? The same number then.
function M.count_grown_by(R, t, o)
  if indicators.unit_class(t.m.unit, R.words) ~= "count" then return false end
  return (t.measure == "added" and o.measure == "change") or (t.measure == "change" and o.measure == "added")
end

--- Can o's value be set against t's? The same unit and the same measure.
function M.comparable(R, t, o)
  -- 完成年计划的118.2%: a share of the plan answers a target in any unit
  if o.plan_share and t.m.cmp ~= "<=" and t.m.cmp ~= "<" then return true end
  if not indicators.same_unit(t.m.unit, o.m.unit, R.words) then
    return false, ("unit %s against %s"):format(quantity.unit_word(o.m.unit), quantity.unit_word(t.m.unit))
  end
  -- a count of things grown by some (达到113座，比上年增加7座) says how many
  -- were added (新增税收亿元以上楼宇5座)
  local grown = R.match.count_grown_by(R, t, o)
  if (o.measure == "change") ~= (t.measure == "change") and not grown then
    -- 比上年增加1637亿元 against 5625亿元: an increment is no level or sum
    return false, ("measure %s against %s"):format(tostring(o.measure), tostring(t.measure))
  end
  if not grown and not indicators.same_measure(t.measure, o.measure) then
    return false, ("measure %s against %s"):format(tostring(o.measure), tostring(t.measure))
  end
  -- 年均增长9.5% and 2005年与2000年相比增长57.3%, both over 2001-2005: an
  -- average rate over years answers an average, never the total change
  if t.m.unit == "%" and t.first and o.first and t.first < t.last and o.first < o.last
      and R.match.is_average(R, t.m) ~= R.match.is_average(R, o.m) then
    return false, R.match.is_average(R, t.m) and "a total change over the years against an average"
      or "an average over the years against a total change"
  end
  -- 削减财政赤字450亿元 against 中央财政赤字拟安排2450亿元: an amount cut is
  -- no level, and a figure with no measure of its own (安排) is one when the
  -- catalogue measures its indicator as a level
  local entry = t.indicator or o.indicator
  if entry and entry.measure == "level" and (t.measure == nil or o.measure == nil)
      and (t.measure == "reduced" or o.measure == "reduced") then
    return false, ("measure %s against %s"):format(tostring(o.measure), entry.measure)
  end
  return true
end

--- Does figure m name a goal (年初确定的地区生产总值增长6%左右的目标圆满
-- 完成): a goal noun of data/subject_heads.lua right after it? In a review it
-- restates the target; what became of it is said elsewhere, if at all.
function M.names_goal(_, m)
  local after = m.after or ""
  for _, w in ipairs(indicators.heads.goal_nouns) do
    if after:sub(1, #w) == w then return true end
  end
  return false
end

--- The outcomes that answer target t from the outcomes pool (items of the
-- same region), each wrapped as a candidate { item, relation, comparable,
-- why_not, matched_by, similarity }.
function M.candidates(R, t, pool)
  local out = {}
  local gap = R.match.is_gap(R, t.m)
  for _, o in ipairs(pool) do
    if o.date > t.date and o.m.region == t.m.region and (gap or not R.match.is_gap(R, o.m))
        and not R.match.names_goal(R, o.m) then
      local relation = R.match.period_relation(R, t, o)
      if relation then
        local by, sim = R.match.same_indicator(R, t, o)
        if by then
          local ok, why = R.match.comparable(R, t, o)
          out[#out + 1] = { item = o, relation = relation, comparable = ok, why_not = why,
            matched_by = by, similarity = sim,
            whole_span = t.first ~= t.last and o.first == t.first and o.last == t.last,
            span_end = t.first == t.last and o.first ~= o.last,
            same_verb = (t.m.verb or "") ~= "" and o.m.verb == t.m.verb,
            same_unit = o.m.unit == t.m.unit,
            same_words = (t.subject or "") ~= "" and o.subject == t.subject,
            nested_words = R.match.nested_wording(R, t.subject or "", o.subject or "") }
        end
      end
    end
  end
  return out
end

--- The candidates of target t that no other target of its document claims
-- more closely (rivals: the document's targets outside the catalogue). An
-- outcome matched by wording alone answers the promise it resembles most:
-- one report's promises are distinct things (新增省级现代服务业集聚区20个左右
-- and 培育10个左右海洋特色产业集聚区), and 新培育省级现代海洋特色产业集聚区7个
-- answers the second only. A catalogue match is never taken away.
function M.unclaimed(R, t, cands, rivals)
  -- a reviewer's correction picks among all the candidates
  if not rivals or #rivals < 2 or t.correction then return cands end
  local own = R.match.promise_key(R, t)
  local out = {}
  for _, c in ipairs(cands) do
    local claimed = false
    if c.matched_by == "similarity" then
      for _, r in ipairs(rivals) do
        if r ~= t and R.match.period_relation(R, r, c.item) and R.match.promise_key(R, r) ~= own then
          local by, sim = R.match.same_indicator(R, r, c.item)
          if by == "similarity" and sim > (c.similarity or 0) then
            claimed = true
            break
          end
        end
      end
    end
    if not claimed then out[#out + 1] = c end
  end
  return out
end

--- Does one of two wordings of an entry hold the other whole at its end,
-- with words before it (接待游客 and 云冈石窟接待游客: the one names a part
-- of what the other does, or the whole of it)? Not two orders of the same
-- words (城镇新增就业 and 新增城镇就业, whose disagreement is a conflict).
function M.nested_wording(_, x, y)
  if x == "" or y == "" or x == y then return false end
  local short, long = x, y
  if #short > #long then short, long = y, x end
  return long:sub(-#short) == short
end

--- The comparison a figure states: its qualifier, or its verb's when the
-- verb makes it a bound (超过10%, 低于3%: the lexicon's bound field).
function M.stated_cmp(R, m)
  local row = m.cmp == "=" and m.verb and R.words.verb[m.verb]
  if row and row.bound then return row.bound end
  -- 近500万亩: about, and a little under (the lexicon's just_under)
  if m.cmp == "~" then
    for _, w in ipairs(R.lexicon.just_under or {}) do
      if (m.raw or ""):sub(1, #w) == w then return "<" end
    end
  end
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
  if a.unit ~= b.unit then
    -- two units that convert (吨 and 斤): b in a's unit
    local factor = indicators.unit_factor(b.unit, a.unit, R.words)
    if not factor then return false end
    local copy = {}
    for k, v in pairs(b) do copy[k] = v end
    copy.unit, copy.value = a.unit, b.value and b.value * factor
    copy.value_max = b.value_max and b.value_max * factor
    b = copy
  end
  local exact_a, exact_b = R.match.is_exact(R, a), R.match.is_exact(R, b)
  if exact_a and exact_b then return a.value == b.value and a.value_max == b.value_max end
  if exact_a then return fits(R, a.value, b) end
  if exact_b then return fits(R, b.value, a) end
  return true -- two bounds or estimates: no contradiction is certain
end

--- How far the figures of doc are the final word on a year (data/lexicon.lua
-- document_kinds, authority; 0 for a kind it does not rank): the statistics
-- bureau's communiqué corrects the report given weeks before it, and a
-- report outranks the news.
function M.authority(R, doc)
  local row = doc.kind and R.words.document_kind[doc.kind]
  return row and row.authority or 0
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
  { name = "year", reason = "a figure for the year beats the level at the end of a span",
    beats = function(_, a, b) return not a.span_end and b.span_end end },
  { name = "same_unit", reason = "the target's own unit beats another that counts (1860户 against 13个)",
    beats = function(_, a, b) return a.same_unit and not b.same_unit end },
  { name = "closer", reason = "closer wording beats looser (outside the catalogue)",
    beats = function(_, a, b) return (a.similarity or 0) > (b.similarity or 0) end },
  { name = "final", reason = "final beats estimate",
    beats = function(_, a, b) return not a.item.m.estimate and b.item.m.estimate end },
  { name = "authority", reason = "a statistical communiqué beats a work report, a work report news",
    beats = function(R, a, b) return R.match.authority(R, a.item.doc) > R.match.authority(R, b.item.doc) end },
  { name = "exact", reason = "an exact figure beats a rounded or bounded one",
    beats = function(R, a, b) return R.match.is_exact(R, a.item.m) and not R.match.is_exact(R, b.item.m) end },
  { name = "same_verb", reason = "the target's own verb beats another (新建 against 建成)",
    beats = function(_, a, b) return a.same_verb and not b.same_verb end },
  { name = "same_words", reason = "the target's own words beat them with words before (接待游客 against 云冈石窟接待游客)",
    beats = function(_, a, b) return a.same_words and b.nested_words end },
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
