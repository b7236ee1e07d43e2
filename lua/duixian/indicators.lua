--- The indicator catalogue (data/indicators.lua) and how a mention's
-- subject is resolved to an indicator: by the subject's head. Chinese noun
-- phrases are head-final, so an alias names the indicator only when it ends
-- the subject (or only measure words such as 增长, 总额 follow it), no
-- modifier that makes it another indicator (人均, 单位 …) stands right before
-- it, and it is not a denominator (占…); a subject whose head is a share or
-- an intensity (比重, 强度, 率 …) resolves only to an entry of that kind. The
-- word lists are data/subject_heads.lua. Mentions outside the catalogue are
-- compared by subject similarity (character bigrams).
local data = require "duixian.data"

local M = {}

M.MEASURES = { growth = true, decrease = true, share = true, added = true, level = true,
  change = true, times = true, rank = true, reduced = true }
M.DIRECTIONS = { floor = true, cap = true }

-- The word meanings read here are the lexicon's (data/lexicon.lua), through
-- the index rules keep of it (duixian.rules.words): the default lexicon's,
-- or the one a caller passes as words (R.words: a custom lexicon).
local lexicon = data.shared("lexicon")
local rule_words = require "duixian.rules.words"
local DEFAULT_WORDS = rule_words.index(lexicon)

--- The class of a unit: percent, pp, money, person, mass, area … (the
-- lexicon's unit_classes) or count for classifiers (个 家 所 …). words: the
-- lexicon index to read (R.words), the default one when nil.
function M.unit_class(unit, words)
  if unit == nil then return nil end
  local row = (words or DEFAULT_WORDS).unit_class[unit]
  return row and row[1] or "count"
end

--- What one of unit a makes in unit b: 1 for the same unit or two
-- classifiers that count alike (the lexicon's classifier_groups), the ratio of their to_base (the lexicon's unit_classes) for
-- two units of one class that convert (吨 and 斤, 公顷 and 亩), else nil.
function M.unit_factor(a, b, words)
  if a == b then return 1 end
  if M.unit_class(a, words) == "count" and M.unit_class(b, words) == "count" then
    -- two classifiers of one group (个 and 处, 套 and 户), not 个 and 户
    local groups = (words or DEFAULT_WORDS).classifier_group or {}
    return groups[a] ~= nil and groups[a] == groups[b] and 1 or nil
  end
  local ix = (words or DEFAULT_WORDS).unit_class
  local ra, rb = a and ix[a], b and ix[b]
  if ra and rb and ra[1] == rb[1] and ra.to_base and rb.to_base then return ra.to_base / rb.to_base end
  -- a standard per period against the same sum stated without its period
  -- (每人每年610元 and 610元: the lexicon's per_period_of)
  if (ra and ra.per_period_of == b) or (rb and rb.per_period_of == a) then return 1 end
  return nil
end

--- Can values in units a and b be compared? The same unit, two classifiers
-- (家 and 个 both count things), or two units that convert (M.unit_factor).
function M.same_unit(a, b, words) return M.unit_factor(a, b, words) ~= nil end


--- The class of a verb: increase, decrease, reach, add, or nil; 转为下降,
-- 比上年增长: the class of the verb of two characters or more it ends with.
function M.verb_class(verb, words)
  local row = rule_words.verb_row(words or DEFAULT_WORDS, verb, 6)
  return row and row.class
end

--- Does s contain any of words?
local function contains_any(s, words)
  for _, w in ipairs(words) do
    if s:find(w, 1, true) then return true end
  end
  return false
end
M.contains_any = contains_any

local function longest_first(list)
  local out = {}
  for i, w in ipairs(list or {}) do out[i] = w end
  table.sort(out, function(a, b) if #a ~= #b then return #a > #b end return a < b end)
  return out
end

local function ends_with(s, w) return #s >= #w and s:sub(-#w) == w end

local function starts_with(s, w) return s:sub(1, #w) == w end

--- The word lists of data/subject_heads.lua, each sorted longest first.
local HEADS = data.load("subject_heads")
M.heads = {
  measure_words = longest_first(HEADS.measure_words),
  ratio_heads = longest_first(HEADS.ratio_heads),
  ratio_verbs = longest_first(HEADS.ratio_verbs),
  changing_modifiers = longest_first(HEADS.changing_modifiers),
  verb_endings = longest_first(HEADS.verb_endings),
  predicate_starts = longest_first(HEADS.predicate_starts),
  generic_tails = HEADS.generic_tails or {},
  level_modifiers = HEADS.level_modifiers or {},
  governing_marks = longest_first(HEADS.governing_marks),
  coordinators = longest_first(HEADS.coordinators),
  coordination_ends = HEADS.coordination_ends or {},
  each_words = HEADS.each_words or {},
  summed_classes = HEADS.summed_classes or {},
  respectively = HEADS.respectively or {},
  size_class = { money = longest_first((HEADS.size_class or {}).money or {}),
    bounds = (HEADS.size_class or {}).bounds or {} },
  negations = HEADS.negations or {},
  fused_pairs = HEADS.fused_pairs or {},
  span_counts = HEADS.span_counts or {},
  elided_subjects = HEADS.elided_subjects or {},
  stock_subjects = HEADS.stock_subjects or {},
  annual_means = HEADS.annual_means or {},
  whole_cost_words = longest_first(HEADS.whole_cost_words or {}),
  stages = HEADS.stages or {},
  deadline_openers = longest_first(HEADS.deadline_openers or {}),
  basis_openers = HEADS.basis_openers or {},
  basis_ends = longest_first(HEADS.basis_ends or {}),
  deadline_years = HEADS.deadline_years or {},
  deadline_ends = HEADS.deadline_ends or {},
  span_count_breakers = HEADS.span_count_breakers or {},
  time_endings = longest_first(HEADS.time_endings),
  empty_words = longest_first(HEADS.empty_words),
  predicate_words = longest_first(HEADS.predicate_words),
  phrase_stops = longest_first(HEADS.phrase_stops),
  synonyms = HEADS.synonyms or {},
  quote_marks = HEADS.quote_marks or {},
  denominator_openers = HEADS.denominator_openers or {},
  denominator_lookalikes = HEADS.denominator_lookalikes or {},
  thing_synonyms = HEADS.thing_synonyms or {},
  postposed_predicates = HEADS.postposed_predicates or {},
  span_words = HEADS.span_words or {},
  goal_nouns = longest_first(HEADS.goal_nouns or {}),
  goal_phrases = HEADS.goal_phrases or {},
  stretch_words = longest_first(HEADS.stretch_words or {}),
  average_words = HEADS.average_words or {},
  running_totals = HEADS.running_totals or {},
  implied_heads = HEADS.implied_heads or {},
  gap_verbs = HEADS.gap_verbs or {},
  enumeration_ends = HEADS.enumeration_ends or {},
  min_similar_chars = HEADS.min_similar_chars or 4,
  agents = longest_first(HEADS.agents or {}),
  agent_followers = longest_first(HEADS.agent_followers or {}),
  year_on_year = HEADS.year_on_year or {},
  attribute_heads = longest_first(HEADS.attribute_heads or {}),
  attribute_modifiers = longest_first(HEADS.attribute_modifiers or {}),
}

local function ends_with_any(s, words)
  for _, w in ipairs(words) do if ends_with(s, w) then return w end end
  return nil
end

--- A subject with each synonymous head in its canonical form
-- (data/subject_heads.lua synonyms: 高铁营业里程 → 高铁通车里程) and no
-- quotation marks (quote_marks: “专精特新”企业 → 专精特新企业).
function M.canonical(subject)
  -- most subjects hold no quotation mark, nor any byte one opens with
  if subject:find("[\"\226\227]") then
    for _, mark in ipairs(M.heads.quote_marks) do
      local at = subject:find(mark, 1, true) -- a plain search: the marks are data, never patterns
      while at do
        subject = subject:sub(1, at - 1) .. subject:sub(at + #mark)
        at = subject:find(mark, at, true)
      end
    end
  end
  for _, pair in ipairs(M.heads.synonyms) do
    local at = subject:find(pair[1], 1, true)
    if at then subject = subject:sub(1, at - 1) .. pair[2] .. subject:sub(at + #pair[1]) end
  end
  return subject
end

--- A phrase ending in a verb of a stage said of the noun before it (项目投产:
-- data/subject_heads.lua postposed_predicates) with the verb put first, as
-- a modifier of the noun (投产项目); any other phrase as it is. The noun
-- must have two characters at least.
function M.predicate_first(phrase)
  for _, w in ipairs(M.heads.postposed_predicates) do
    if #phrase >= #w + 6 and ends_with(phrase, w) then return w .. phrase:sub(1, #phrase - #w) end
  end
  return phrase
end

--- The subject a head is read from: the subject, with synonyms in their
-- canonical form, the head its unit implies added (高速公路 in km: 高速公路
-- 里程, data implied_heads), the ratio word the scanner took for the verb
-- put back (海洋生产总值占GDP + 比重), and, for a percentage of the form A占B
-- with no ratio word, 比重 (A占B is A's share of B).
function M.head_phrase(subject, unit, verb, words)
  subject = M.canonical(subject or "")
  verb = verb or ""
  local class = M.unit_class(unit, words)
  for _, row in ipairs(M.heads.implied_heads) do
    -- 高速公路｜9310公里: the road's length
    if row.class == class and ends_with_any(subject, row.ends) then subject = subject .. row.head break end
  end
  for _, w in ipairs(M.heads.ratio_verbs) do
    if starts_with(verb, w) and not ends_with(subject, w) then return subject .. w end
  end
  if unit == "%" and subject:find("占", 1, true) and not M.is_ratio_head(subject) then
    return subject .. "比重"
  end
  return subject
end

--- Where the head of a phrase may end: the phrase's end, and each point
-- left after stripping measure words (增长, 总额, 预期目标 …) from its end,
-- one at a time. Returns a set of byte offsets and the stripped phrase.
function M.head_ends(phrase)
  local ends, s = { [#phrase] = true }, phrase
  while true do
    local cut
    for _, w in ipairs(M.heads.measure_words) do
      if #w < #s and ends_with(s, w) then cut = w break end
    end
    if not cut then return ends, s end
    s = s:sub(1, #s - #cut)
    ends[#s] = true
  end
end

--- The phrase stripped of the measure words at its end: its head.
function M.stripped_head(phrase)
  local _, s = M.head_ends(phrase or "")
  return s
end

--- Is the head of a phrase a share, an intensity or a rate (比重, 强度, 率 …)?
function M.is_ratio_head(phrase)
  return ends_with_any(M.stripped_head(phrase), M.heads.ratio_heads) ~= nil
end

--- Is the alias found at byte `at` of phrase something other than the
-- phrase's indicator because a modifier stands before it in its conjunct
-- (人均, 单位 …), or 占 or 对 anywhere before it (changing_modifiers and
-- governing_marks in data/subject_heads.lua)?
function M.is_modified(phrase, at)
  local prefix = phrase:sub(1, at - 1)
  for _, w in ipairs(M.heads.governing_marks) do
    if prefix:find(w, 1, true) then return true end
  end
  -- only the alias's own conjunct: 雏鹰企业、瞪羚企业 (企业 modifies nothing
  -- across 、)
  for _, c in ipairs(M.heads.coordinators) do
    local from, last = 1, nil
    while true do
      local i, j = prefix:find(c, from, true)
      if not i then break end
      last, from = j, j + 1
    end
    if last then prefix = prefix:sub(last + 1) end
  end
  for _, w in ipairs(M.heads.changing_modifiers) do
    if prefix:find(w, 1, true) then return true end
  end
  return false
end

--- What a quantity measures, read off its unit and verb (and, for a
-- percentage with no verb of change, its subject: 经济增长预期目标为7%):
-- growth, decrease, share, added, level, change, times, rank, reduced, or
-- nil when nothing says.
function M.measure_of(unit, verb, subject, words)
  words = words or DEFAULT_WORDS
  local class = M.unit_class(unit, words)
  local vc = M.verb_class(verb, words)
  subject = subject or ""
  if class == "percent" then
    if vc == "decrease" then return "decrease" end
    -- 研发经费投入强度提高到2.1%: a share, whatever the verb
    if M.is_ratio_head(M.head_phrase(subject, unit, verb, words)) then return "share" end
    if vc == "increase" then return "growth" end
    -- a rate of growth named in the subject, or joined to the verb by the
    -- scanner (居民消费价格｜涨幅回落到2.6%)
    if contains_any(subject, words.growth_words) or contains_any(verb or "", words.growth_words) then
      return "growth"
    end
    if contains_any(subject, words.decrease_words) then return "decrease" end
    return "share"
  end
  if class == "pp" then return "change" end
  if class == "times" then return "times" end
  if class == "rank" then return "rank" end
  if vc == "add" or vc == "increase" then return "added" end
  if vc == "decrease" then return "reduced" end
  if vc == "reach" then return "level" end
  return nil
end

--- Do two measures describe the same thing? Equal, or one unknown.
function M.same_measure(a, b)
  return a == nil or b == nil or a == b
end

--- Check one catalogue entry; returns true or nil, message.
function M.check_entry(e)
  if type(e) ~= "table" then return nil, "an indicator must be a table" end
  if type(e.id) ~= "string" or not e.id:match("^[%w_]+$") then
    return nil, ("indicator id '%s' must be letters, digits and _"):format(tostring(e.id))
  end
  if e.name ~= nil and type(e.name) ~= "string" then
    return nil, ("indicator %s: name must be a string, not a %s"):format(e.id, type(e.name))
  end
  if type(e.aliases) ~= "table" or #e.aliases == 0 then
    return nil, ("indicator %s: aliases must be a non-empty list of words"):format(e.id)
  end
  for _, a in ipairs(e.aliases) do
    if type(a) ~= "string" or a == "" then
      return nil, ("indicator %s: every alias must be a non-empty string"):format(e.id)
    end
  end
  if e.measure ~= nil and not M.MEASURES[e.measure] then
    return nil, ("indicator %s: unknown measure '%s'"):format(e.id, tostring(e.measure))
  end
  if e.stock ~= nil and type(e.stock) ~= "boolean" then
    return nil, ("indicator %s: stock must be true or false, not a %s"):format(e.id, type(e.stock))
  end
  if e.direction ~= nil and not M.DIRECTIONS[e.direction] then
    return nil, ("indicator %s: direction must be floor or cap, not '%s'"):format(e.id, tostring(e.direction))
  end
  if e.tolerance ~= nil and (type(e.tolerance) ~= "table"
      or (type(e.tolerance.abs) ~= "number" and type(e.tolerance.ratio) ~= "number")) then
    return nil, ("indicator %s: tolerance must be { abs = N } or { ratio = N }"):format(e.id)
  end
  return true
end

local Catalogue = {}
Catalogue.__index = Catalogue

--- A catalogue from entries (data/indicators.lua when nil), with overrides
-- by id: a table of entries (array or keyed by id) whose fields replace
-- those of the entry with the same id; an entry set to false is removed.
-- Returns the catalogue, or raises on a malformed entry.
function M.catalogue(entries, overrides)
  entries = entries or data.load("indicators")
  local list, by_id = {}, {}
  local function put(e)
    local ok, msg = M.check_entry(e)
    if not ok then error(msg, 0) end
    if by_id[e.id] then
      for i, old in ipairs(list) do if old.id == e.id then list[i] = e end end
    else
      list[#list + 1] = e
    end
    by_id[e.id] = e
  end
  for _, e in ipairs(entries) do
    local copy = {}
    for k, v in pairs(e) do copy[k] = v end
    put(copy)
  end
  if overrides then
    local ids = {}
    for k, v in pairs(overrides) do
      local id = type(k) == "string" and k or (type(v) == "table" and v.id)
      if not id then error("an indicator override needs an id", 0) end
      ids[#ids + 1] = { id = id, v = v, k = k }
    end
    table.sort(ids, function(a, b)
      if type(a.k) == type(b.k) then return a.k < b.k end
      return type(a.k) == "number"
    end)
    for _, o in ipairs(ids) do
      if o.v == false then
        if by_id[o.id] then
          for i, old in ipairs(list) do if old.id == o.id then table.remove(list, i) break end end
          by_id[o.id] = nil
        end
      else
        local merged = {}
        for k, v in pairs(by_id[o.id] or {}) do merged[k] = v end
        for k, v in pairs(o.v) do merged[k] = v end
        merged.id = o.id
        put(merged)
      end
    end
  end
  local aliases = {}
  for _, e in ipairs(list) do
    -- an entry of the share kind: the only kind a subject headed by 比重,
    -- 强度, 率 … may resolve to
    e.is_ratio = e.measure == "share"
    for _, a in ipairs(e.aliases) do
      -- in the synonyms' canonical form, as the subjects they are sought in
      aliases[#aliases + 1] = { word = M.canonical(a), entry = e }
      if ends_with_any(a, M.heads.ratio_heads) then e.is_ratio = true end
    end
  end
  table.sort(aliases, function(a, b)
    if #a.word ~= #b.word then return #a.word > #b.word end
    if a.word ~= b.word then return a.word < b.word end
    return a.entry.id < b.entry.id
  end)
  return setmetatable({ list = list, by_id = by_id, aliases = aliases }, Catalogue)
end

--- The indicator a subject names: the entry with the longest alias that
-- is the subject's head (see the module comment); among entries sharing
-- that alias, the one whose unit and then measure agree with unit and verb.
-- @return entry, alias | nil
function Catalogue:resolve(subject, unit, verb)
  if type(subject) ~= "string" or subject == "" then return nil end
  local entry, alias = self:resolve_phrase(subject, unit, verb)
  if entry then return entry, alias end
  -- 细颗粒物(PM2.5)平均浓度: an aside in parentheses names no other thing
  local bare = subject:gsub("%b()", ""):gsub("（.-）", "")
  if bare ~= subject and bare ~= "" then return self:resolve_phrase(bare, unit, verb) end
  return nil
end

-- Catalogue:resolve on the subject as written.
function Catalogue:resolve_phrase(subject, unit, verb)
  local words = self.words
  local phrase = M.head_phrase(subject, unit, verb, words)
  local ends = M.head_ends(phrase)
  local ratio = M.is_ratio_head(phrase)
  local measure = M.measure_of(unit, verb, subject, words)
  -- does the alias ending at byte last end the subject's noun phrase, and
  -- may an entry of e's kind be its head?
  local function heads(e, last)
    if ends[last] then return not ratio or e.is_ratio end
    -- 经济增长连续四年达到或略: the noun phrase ends where a predicate begins
    local tail = phrase:sub(last + 1)
    for _, w in ipairs(M.heads.predicate_starts) do
      if starts_with(tail, w) then return not M.is_ratio_head(phrase:sub(1, last)) or e.is_ratio end
    end
    -- 民生实事｜项目: a generic word closing the phrase names the same things
    for _, w in ipairs(M.heads.generic_tails) do
      if tail == w then return not ratio or e.is_ratio end
    end
    return false
  end
  local best, best_alias, best_score, best_len
  for _, a in ipairs(self.aliases) do
    if best_len and #a.word < best_len then break end
    local e = a.entry
    local at = phrase:find(a.word, 1, true)
    while at do
      if heads(e, at + #a.word - 1) and not M.is_modified(phrase, at) then
        local score = 0
        if unit and e.unit and M.same_unit(unit, e.unit, words) then score = score + 2 end
        if e.measure and measure == e.measure then score = score + 1 end
        if not best or score > best_score then
          best, best_alias, best_score, best_len = e, a.word, score, #a.word
        end
        break
      end
      at = phrase:find(a.word, at + 1, true)
    end
  end
  return best, best_alias
end

--- The indicator of a conjunct that shares its head with the next one:
-- in the sentence 城镇和农村常住居民人均可支配收入分别增长5%、7%, the
-- subject of 5% is 城镇, and it names 城镇 + the head of the next conjunct
-- (常住居民人均可支配收入, once that conjunct's own modifier 农村 is left
-- out). The shortest modifier is left out first.
-- @return entry, alias, the subject with its head | nil
function Catalogue:resolve_conjunct(subject, unit, verb, sentence)
  if type(subject) ~= "string" or subject == "" or type(sentence) ~= "string" then return nil end
  for _, c in ipairs(M.heads.coordinators) do
    local at = sentence:find(subject .. c, 1, true)
    if at then
      local rest = sentence:sub(at + #subject + #c)
      local stop = #rest + 1
      for _, w in ipairs(M.heads.coordination_ends) do
        local e = rest:find(w, 1, true)
        if e and e < stop then stop = e end
      end
      rest = rest:sub(1, stop - 1)
      local first = true
      for p in utf8.codes(rest) do
        if not first then
          local candidate = subject .. rest:sub(p)
          local entry, alias = self:resolve(candidate, unit, verb)
          -- (an alias read loosely, not written out, says nothing of where
          -- the subject's words stand in it: passed over)
          local written = entry and alias and candidate:find(alias, 1, true)
          if written and written <= #subject then return entry, alias, candidate end
        end
        first = false
      end
    end
  end
  return nil
end

--- The entry with this id, or nil.
function Catalogue:get(id) return self.by_id[id] end

local CLOSING_QUOTES = { "”", "’", "\"", "'", "》", "」" }

--- The head noun of a subject outside the catalogue, for similarity, and
-- the phrase it heads (the subject stripped of measure words and closing
-- quotes): its last two characters (改造高标准农田 → 农田), or "比重" for
-- any share, intensity or rate (装配式建筑面积占新建建筑 with the verb 比重,
-- and …比例, are one kind); nil when the subject names no thing: shorter
-- than min_similar_chars (项目, 首批), or ending in a verb (中央财政还将安排).
-- @return head, phrase | nil
function M.similar_head(subject, unit, verb, words)
  local phrase = M.without_agent(M.head_phrase(subject or "", unit, verb, words))
  -- 威海碳纤维、枣庄欣旺达等“源网荷储”一体化试点: the head follows the examples
  for _, w in ipairs(M.heads.enumeration_ends) do
    local last
    local at = phrase:find(w, 1, true)
    while at do last = at at = phrase:find(w, at + 1, true) end
    if last and last + #w <= #phrase then phrase = phrase:sub(last + #w) end
  end
  -- quotation marks set off a name (“源网荷储”一体化试点): the words count, not the marks
  phrase = phrase:gsub("“", ""):gsub("”", "")
  local head = M.stripped_head(phrase)
  local quote = ends_with_any(head, CLOSING_QUOTES)
  while quote do
    head = head:sub(1, #head - #quote)
    quote = ends_with_any(head, CLOSING_QUOTES)
  end
  local n = utf8.len(head)
  if n == nil or n < M.heads.min_similar_chars then return nil end
  local ratio = ends_with_any(head, M.heads.ratio_heads)
  if ratio then return "比重", head:sub(1, #head - #ratio) .. "比重" end
  if ends_with_any(head, M.heads.verb_endings) then return nil end
  return head:sub(utf8.offset(head, -2)), head
end

--- A phrase without the agent that opens it when a verb or an adverb
-- follows the agent, or nothing does (中央财政拟安排补贴资金 → 拟安排补贴资金;
-- 财政收入 stays: data/subject_heads.lua agents and agent_followers).
function M.without_agent(phrase)
  local s = phrase or ""
  for _, w in ipairs(M.heads.agents) do
    if starts_with(s, w) then
      local rest = s:sub(#w + 1)
      for _, list in ipairs({ M.heads.agent_followers, M.heads.empty_words, M.heads.verb_endings }) do
        for _, f in ipairs(list) do
          if starts_with(rest, f) then return rest end
        end
      end
      return rest == "" and rest or s
    end
  end
  return s
end

--- Is a subject only an attribute (投资, 年度计划投资, 通车总里程: the
-- attribute_heads of data/subject_heads.lua, with attribute_modifiers or
-- empty words before it), naming no thing it is the attribute of?
function M.is_bare_attribute(subject)
  local s = subject or ""
  local head = ends_with_any(s, M.heads.attribute_heads)
  if not head then return false end
  s = s:sub(1, #s - #head)
  while s ~= "" do
    local w = ends_with_any(s, M.heads.attribute_modifiers) or ends_with_any(s, M.heads.empty_words)
    if not w then return false end
    s = s:sub(1, #s - #w)
  end
  return true
end

--- Does a subject name no thing of its own? Empty; ending in 的 (省政府承诺
-- 的｜15件: a relative clause before the count); ending in a time (年底,
-- 2025年); ending a list of examples (临沂至滕州等｜15个项目); or made only of verbs and empty words (基本, 再推出, 以办好, 推动).
-- Then what the count counts is named after it (办好20件民生实事).
--- Does a subject name only a share's denominator (占地区生产总值, 与生产
--总值之比: data/subject_heads.lua denominator_openers, read in the
-- synonyms' canonical form)?
function M.names_only_denominator(subject)
  local s = M.canonical(subject or "")
  for _, w in ipairs(M.heads.denominator_lookalikes or {}) do
    if starts_with(s, w) then return false end
  end
  for _, w in ipairs(M.heads.denominator_openers or {}) do
    if starts_with(s, w) then return true end
  end
  return false
end

function M.names_no_thing(subject)
  local s = subject or ""
  -- 城镇新增就业完成年计划的｜118.2%: the share of a plan, the subject before it
  local measure = ends_with_any(s, M.heads.measure_words)
  if measure and ends_with(measure, "的") then s = s:sub(1, #s - #measure) end
  if ends_with(s, "的") or ends_with_any(s, M.heads.time_endings) then return true end
  -- 稳居全国前十强｜、增长4.8%: a predicate, the subject was said before
  for _, w in ipairs(M.heads.predicate_starts) do
    if starts_with(s, w) then return true end
  end
  -- 建成临沂至滕州等｜15个项目: examples, and the thing counted after the count
  if ends_with_any(s, M.heads.enumeration_ends) then return true end
  while s ~= "" do
    -- the longer of a verb (办好) and an empty word (好) ending s
    local empty, verb = ends_with_any(s, M.heads.empty_words), ends_with_any(s, M.heads.verb_endings)
    local w = (empty and verb) and (#verb > #empty and verb or empty) or empty or verb
    if w then
      s = s:sub(1, #s - #w)
    else
      local found
      for _, e in ipairs(M.heads.empty_words) do
        if starts_with(s, e) then found = e break end
      end
      if not found then return false end
      s = s:sub(#found + 1)
    end
  end
  return true
end

--- The noun phrase that opens `after` (the words after a figure): up to
-- punctuation, a digit or a Latin letter, a particle or coordinator
-- (phrase_stops), a word opening a predicate (predicate_words), or any
-- point where is_follower(rest) says a verb starts. "" when none.
function M.phrase_after(after, is_follower)
  after = after or ""
  local p = 1
  while p <= #after do
    local close = starts_with(after:sub(p), "“") and after:find("”", p + 3, true)
    if close then
      -- a name in quotes is part of the phrase (30个“高效办成一件事”重点事项)
      p = close + #"”"
      goto continue
    end
    local lead = after:byte(p)
    if lead < 0xE4 or lead > 0xE9 then break end -- punctuation, digits, Latin
    local rest = after:sub(p)
    local stop = false
    for _, w in ipairs(M.heads.phrase_stops) do if starts_with(rest, w) then stop = true break end end
    if not stop then
      for _, w in ipairs(M.heads.predicate_words) do if starts_with(rest, w) then stop = true break end end
    end
    if stop or (is_follower and is_follower(rest)) then break end
    p = p + #utf8.char(utf8.codepoint(after, p))
    ::continue::
  end
  return after:sub(1, p - 1)
end

--- Character bigrams of s (a set), for similarity.
function M.bigrams(s)
  local chars = {}
  for _, c in utf8.codes(s or "") do chars[#chars + 1] = utf8.char(c) end
  local set, n = {}, 0
  if #chars == 1 then set[chars[1]] = true return set, 1 end
  for i = 1, #chars - 1 do
    local b = chars[i] .. chars[i + 1]
    if not set[b] then set[b] = true n = n + 1 end
  end
  return set, n
end

--- Two coordinated words that share their last character, written in
-- full, folded as reports also abbreviate them (堵点乱点 → 堵乱点, 中学小学 →
-- 中小学), so that both wordings compare alike. Ideographs only.
function M.fold_coordinated(s)
  local chars = {}
  for _, c in utf8.codes(s) do chars[#chars + 1] = c end
  if #chars < 4 then return s end
  local out, i = {}, 1
  while i <= #chars do
    local a, h, b, h2 = chars[i], chars[i + 1], chars[i + 2], chars[i + 3]
    if h2 and h == h2 and a ~= b and a >= 0x4E00 and b >= 0x4E00 and h >= 0x4E00 then
      out[#out + 1] = utf8.char(a, b, h)
      i = i + 4
    else
      out[#out + 1] = utf8.char(a)
      i = i + 1
    end
  end
  return table.concat(out)
end

--- Jaccard similarity of two bigram sets (0 when either is empty).
function M.jaccard(a, na, b, nb)
  if na == 0 or nb == 0 then return 0 end
  local common = 0
  for k in pairs(a) do if b[k] then common = common + 1 end end
  return common / (na + nb - common)
end

--- Similarity of two subjects, 0 to 1.
function M.similarity(s1, s2)
  local a, na = M.bigrams(s1)
  local b, nb = M.bigrams(s2)
  return M.jaccard(a, na, b, nb)
end

return M
