--- Default classification rules: kind (target | outcome | other), period,
-- estimate and region of each mention, derived from the facts the scanner
-- stored (cues, headings, clause bounds, the words after a figure) and the
-- document's metadata.
--
-- Every rule is a named function of this table taking the composed rules
-- R first; rules call each other through R.classify, so a pack that
-- overrides one rule by name changes every call of it. Word meanings come
-- from R.words (the lexicon's rows, see duixian.rules.words). Rules see:
--   m    the mention; m.context is its sentence (norm, cues, para_cues,
--        heading1-3, para); positions are byte offsets into m.context.norm
--   doc  { published, year, month, plan_year, review_year, kind, region }
--   st   state carried through one document, for packs
local M = {}

-- the string functions as upvalues: a method call on a string looks the
-- method up through the string metatable, and these run for every mention
local find, sub, byte, match, gmatch = string.find, string.sub, string.byte, string.match, string.gmatch

-- duixian.rules.words (word indexes, which R.words already needed), and
-- duixian.gazetteer, required when a rule first reads it (extract of a
-- text without a region never does): an upvalue, not a require per mention
local words_module = require "duixian.rules.words"
local gazetteer_module
local function gazetteer()
  if not gazetteer_module then gazetteer_module = require "duixian.gazetteer" end
  return gazetteer_module
end

-- the document region region_of looked up last, and its unit (a
-- gazetteer lookup is a pure function of the region's name)
local last_region, last_home

local subject_start -- the subject position of a clause, defined with the region rule

-- The lexicon's lists as sets of duixian.core (core.wordset), made once
-- per list (the lists are the lexicon's and never change): a question
-- compares bytes where they stand in C, with no substring made per word
-- length. Where several words of a list match, the longest is the answer.
local new_wordset = require("duixian.core").wordset
local set_methods = getmetatable(new_wordset({})).__index
local set_at, set_before, set_within = set_methods.at, set_methods.before, set_methods.within
local word_sets = setmetatable({}, { __mode = "k" })
local NO_WORDS = new_wordset({})
local function set_of(words)
  -- a list a custom lexicon lacks is a new {} at every call: no set made for it
  if #words == 0 then return NO_WORDS end
  local set = new_wordset(words)
  word_sets[words] = set
  return set
end

-- The table at t[key], made at the first question (a memo: of a sentence's
-- context by clause, of the headings by part).
local function subtable(t, key)
  local sub_t = t[key]
  if not sub_t then
    sub_t = {}
    t[key] = sub_t
  end
  return sub_t
end

-- The longest of words that ends right before byte pos of s, or nil.
local function word_before(s, pos, words) return set_before(word_sets[words] or set_of(words), s, pos) end

-- The longest of words that starts at byte pos of s, or nil.
local function word_at(s, pos, words) return set_at(word_sets[words] or set_of(words), s, pos) end

-- A list of words by their last character ({ chars = { c, … }, [c] = the
-- words ending with c }, empty = a word is ""), for each_word_in,
-- made once per list: a search for any of them is a plain search for each
-- of their few last characters, not for each word.
local by_last_char = setmetatable({}, { __mode = "k" })
local function last_char_index(words)
  local index = by_last_char[words]
  if not index then
    index = { chars = {} }
    for k = 1, #words do
      local w = words[k]
      if w == "" then
        index.empty = true
      else
        local i = #w
        while i > 1 and byte(w, i) >= 0x80 and byte(w, i) < 0xC0 do i = i - 1 end -- the last character's lead byte
        local c = sub(w, i)
        if not index[c] then
          index[c] = {}
          index.chars[#index.chars + 1] = c
        end
        table.insert(index[c], w)
        -- a word whose end is also its start (abab) may match overlapping
        -- itself; only one whose last character stands earlier in it can
        if not index.self_overlap and find(w, c, 1, true) < i then
          for n = 1, #w - 1 do
            if sub(w, 1, n) == sub(w, -n) then index.self_overlap = true end
          end
        end
      end
    end
    by_last_char[words] = index
  end
  return index
end

-- Calls found(w, stop, x, y, z) where a word w of words (not "") stands
-- wholly inside bytes i..j of s (stop: the byte after it), the words' last characters
-- searched for and the words ending at each compared, until found returns
-- true; returns whether it did. A word overlapping itself (abab in
-- ababab) is found at each place, overlapping or not.
local function each_word_in(s, i, j, words, found, x, y, z)
  local index = last_char_index(words)
  local chars = index.chars
  for k = 1, #chars do
    local c = chars[k]
    local ending = index[c]
    local at = find(s, c, i, true)
    while at and at + #c - 1 <= j do
      local stop = at + #c
      for n = 1, #ending do
        local w = ending[n]
        if stop - #w >= i and sub(s, stop - #w, stop - 1) == w and found(w, stop, x, y, z) then return true end
      end
      at = find(s, c, stop, true)
    end
  end
  return false
end

-- each_word_in's found that collects the words in a set.
local function add_word(w, _, set) set[w] = true end
local NONE_HELD = {} -- never written

-- Does one of words stand wholly inside bytes i..j of s?
local function contains_any(s, i, j, words) return set_within(word_sets[words] or set_of(words), s, i, j) end

-- outer[a][b], made by make(a, b, extra) the first time it is asked for:
-- the rules' memos (outer is weak in a, a table the memo must not keep)
local function memo2(outer, a, b, make, extra)
  local inner = outer[a]
  if not inner then
    inner = {}
    outer[a] = inner
  end
  local v = inner[b]
  if v == nil then
    v = make(a, b, extra)
    inner[b] = v
  end
  return v
end

--- The meaning of a time word (its lexicon row), or nil when it names no
-- years (全年, 年底).
function M.time_word(R, word)
  local row = R.words.cue[word]
  if row and row[2] == "time" and (row.years or row.span) then return row end
  return nil
end

--- Does a time word govern only its own clause (三年攻坚突破行动 says
-- nothing of the next clause's 增长8%以上)?
function M.clause_only(R, word)
  local row = R.words.cue[word]
  return row ~= nil and row.scope == "clause"
end

-- A word of commitment (确保, 力争: the lexicon's modal rows implying a target).
local function promises(row) return row.implies == "target" and row[2] ~= "time" and not row.weak end

--- What a time cue says: first year, last year, implied kind, or nil.
-- kind is the kind decided so far (三年 in a review is the three years
-- before). An undated document gives relative words no years.
function M.read_time_cue(R, cue, doc, kind)
  if cue.year and doc.review_year and cue.year <= doc.review_year and R.classify.opens_span(R, cue) then
    -- 从1999年起 in a review: the years from then to the one reviewed
    return cue.year, math.max(cue.year_to, doc.review_year)
  end
  if cue.year then
    if cue.horizon then
      -- 到2025年 is a deadline; 增加到2002年的… is a past end point
      if doc.plan_year and cue.year_to < doc.plan_year then return cue.year_to, cue.year_to end
      return doc.plan_year or cue.year_to, cue.year_to, "target"
    end
    return cue.year, cue.year_to
  end
  local row = R.classify.time_word(R, cue.word)
  if not row then return nil end
  if row.span then
    -- a plan ended is reviewed, a plan to come is promised; under way, the
    -- word's own row says (以来 reviews, the bare name plans)
    local implied, plan = row.implies, doc.plan_year
    local first, last = row.span[1], row.span[2]
    if plan and last < plan then implied = "outcome"
    elseif plan and first >= plan then implied = "target" end
    -- a span so far (“十四五”以来 in a review of 2024) ends with the year
    -- reviewed, not with the plan's last
    if row.so_far and doc.review_year and doc.review_year >= first and doc.review_year < last then
      last = doc.review_year
    end
    return first, last, implied
  end
  if not doc.plan_year then return nil end
  if kind == "outcome" and row.past_years then
    return doc.plan_year + row.past_years[1], doc.plan_year + row.past_years[2]
  end
  local base = doc.plan_year
  if row.calendar then
    -- 今年 in a news story of 2022-12-30 is 2022, though it plans 2023
    base = doc.year or base
  end
  return base + row.years[1], base + row.years[2], row.implies
end

-- The character before byte pos of norm (CJK characters are three bytes).
local function char_before(norm, pos) return sub(norm, pos > 3 and pos - 3 or 1, pos - 1) end

-- Does a word closing a list of examples (等: data/subject_heads.lua's
-- enumeration_ends) stand right before m? Then m counts the things listed.
local function closes_examples(m)
  local ends = require("duixian.indicators").heads.enumeration_ends
  return words_module.set_of(ends)[char_before(m.context.norm, m.pos)] ~= nil
end

--- Is a baseline one compared with (比2020年, 较2016年), not the start of a
-- change (由2019年的9.9%降至)?
function M.is_comparison(R, cue, norm)
  local before = cue.before or (norm and char_before(norm, cue.pos))
  if before == nil then return false end
  local marks = R.lexicon.baselines
  if words_module.set_of(marks.compared)[before] then return true end
  -- 快于2024年, 高于“十三五”时期: a word of two characters, read in the sentence
  if norm and marks.compared_words and word_before(norm, cue.pos, marks.compared_words) then return true end
  -- 是2017年的1.4倍: the year whose value a multiple or share is of
  if cue.after == "的" and norm and words_module.set_of(marks.multiple_of or {})[before]
      and find(norm, "^%d", cue.pos + #cue.word + 3) then
    return true
  end
  -- 2005年与2000年相比: 与 or 同 before the year, 相比 after it
  return R.classify.is_linked_comparison(R, cue, norm)
end

--- Does a semicolon stand in bytes i..j of norm (the list items of a
-- review: 收入增长14.5%，比2019年增长14.9%；投资增长11.1%)?
function M.crosses_semicolon(_, norm, i, j)
  local full, ascii = find(norm, "；", i, true), find(norm, ";", i, true)
  return (full ~= nil and full <= j) or (ascii ~= nil and ascii <= j)
end

--- Is a baseline set beside the figures with 与 or 同 and compared after it
-- (与2000年相比，…增长57.3%)? Such a comparison frames the clauses after
-- it; 比2019年增长14.9% dates its own clause only.
function M.is_linked_comparison(R, cue, norm)
  local before = cue.before or (norm and char_before(norm, cue.pos))
  local marks = R.lexicon.baselines
  return before ~= nil and words_module.set_of(marks.linked or {})[before] ~= nil and cue.after ~= nil
    and words_module.set_of(marks.linked_after or {})[cue.after] ~= nil
end

--- Is a span of years (三年, 五年: a time word with past_years) the start of
-- a programme's name (五年行动计划, 三年攻坚行动: the lexicon's
-- programme_nouns right after it) rather than a time frame?
function M.names_programme(R, cue, norm)
  local row = R.words.cue[cue.word]
  if not (row and row.past_years) or not norm then return false end
  return word_at(norm, cue.pos + #cue.word, R.lexicon.programme_nouns or {}) ~= nil
end

--- Is a time word part of a noun that holds it (学前三年毛入园率: the lexicon's
-- time_nouns), no time at all? Read only in the sentence (norm).
function M.inside_time_noun(R, cue, norm)
  local nouns = R.lexicon.time_nouns
  if not nouns or not norm then return false end
  for k = 1, #nouns do
    local noun = nouns[k]
    local off = find(noun, cue.word, 1, true)
    if off and sub(norm, cue.pos - off + 1, cue.pos - off + #noun) == noun then return true end
  end
  return false
end

--- Does a time word name the window of a record (创近三年新高, 1985年以来最高:
-- the lexicon's record_windows before or after it), not the period of a
-- figure? Read after it only in the sentence (norm): of another sentence
-- only the word before it is known.
function M.names_record(R, cue, norm)
  local w = R.lexicon.record_windows
  if not w then return false end
  if cue.before and words_module.set_of(w.before)[cue.before] then return true end
  if norm == nil then return false end
  local stop = cue.pos + #cue.word
  if word_at(norm, stop, w.after) then return true end
  return sub(cue.word, -3) == "来" and word_at(norm, stop, w.after_since or {}) ~= nil
end

--- Does a year name the prices a figure is measured at (按2020年不变价计算,
-- 2300元（2010年不变价）, 按2015年价格计算: one of the lexicon's price_bases
-- right after it), not the period of the figure?
function M.names_price_base(R, cue, norm)
  if not (norm and cue.year) then return false end
  return word_at(norm, cue.pos + #cue.word, R.lexicon.price_bases or {}) ~= nil
end

--- Is a year part of a goal's name (2035年远景目标: the lexicon's
-- year_names right after it) rather than a time frame?
function M.names_vision(R, cue, norm)
  if not norm then
    -- a cue of another sentence: the character after it, the scanner's
    local after = cue.after
    if not after then return false end
    for _, w in ipairs(R.lexicon.year_names or {}) do
      if sub(w, 1, #after) == after then return true end
    end
    return false
  end
  local stop = cue.pos + #cue.word
  return word_at(norm, stop, R.lexicon.year_names or {}) ~= nil
end

-- The marks that end a clause, as the scanner reads them, for the frames
-- that must not cross one.
local CLAUSE_MARKS = require("duixian.core").clause_marks

-- Does a clause mark stand in bytes i..j of norm?
local function crosses_clause(norm, i, j)
  for k = 1, #CLAUSE_MARKS do
    local at = find(norm, CLAUSE_MARKS[k], i, true)
    if at and at <= j then return true end
  end
  return false
end

--- Does a time word date the basis the figure at byte pos builds on (在
-- 去年的基础上建成…服务中心8个: the lexicon's baselines.basis opens before
-- it and closes after it, within its clause, and pos after the frame)? A
-- figure inside the frame (在去年布局5个点位基础上) is the basis's own.
function M.dates_basis(R, cue, norm, pos)
  local basis = R.lexicon.baselines.basis
  if not (basis and norm) then return false end
  local stop = cue.pos + #cue.word
  for _, close in ipairs(basis.closes) do
    -- the closing word first: most sentences hold none
    local shut = find(norm, close, stop, true)
    if shut and pos >= shut + #close and not crosses_clause(norm, stop, shut - 1) then
      for _, open in ipairs(basis.opens) do
        local at = find(norm, open, 1, true)
        local last -- the opening word nearest before the cue, not inside a word (现在, 正在)
        while at and at + #open <= cue.pos do
          if not word_before(norm, at + #open, basis.not_opening or {}) then last = at end
          at = find(norm, open, at + #open, true)
        end
        if last and not crosses_clause(norm, last + #open, cue.pos - 1) then return true end
      end
    end
  end
  return false
end

--- Does a year open the span it governs (从1999年起: the lexicon's
-- baselines.starts before it, opens_span after it)?
function M.opens_span(R, cue)
  local marks = R.lexicon.baselines
  if cue.after == nil or not words_module.set_of(marks.opens_span)[cue.after] then return false end
  -- (2020年以来 needs no 从 before it)
  return words_module.set_of(marks.opens_alone or {})[cue.after] ~= nil
    or (cue.before ~= nil and words_module.set_of(marks.starts)[cue.before] ~= nil)
end

--- Is the cue a baseline (由2019年…, 比2020年…: the lexicon's baselines)
-- rather than a period? The characters around it are the scanner's
-- (cue.before, cue.after), or read in norm.
function M.is_baseline(R, cue, norm)
  local before = cue.before or (norm and char_before(norm, cue.pos))
  if before == nil then return false end
  local marks = R.lexicon.baselines
  if R.classify.is_comparison(R, cue, norm) then return true end
  if not words_module.set_of(marks.starts)[before] then return false end
  return not R.classify.opens_span(R, cue) -- 从2027年起: a span from then
end


-- Is verb one of change (增长, 下降: its row's class is increase or decrease)?
local function is_change_verb(R, verb)
  local row = (verb or "") ~= "" and words_module.verb_row(R.words, verb)
  return row and (row.class == "increase" or row.class == "decrease") or false
end

-- Does m state a change (增长57.3%, 下降3%), not a position (从第六位上升到第四位)?
local function states_change(R, m)
  return m.unit ~= "rank" and is_change_verb(R, m.verb)
end

local FRAMES, BASELINE = 1, 2 -- what time_cue_for keeps of a cue (ctx.cue_kinds)

--- The time cue governing m: nearest before it in its clause, else nearest
-- before it in the sentence, else the first after it in its clause.
-- Returns the cue and whether it is a baseline year of m (由2019年…的9.9%).
function M.time_cue_for(R, m, doc)
  local C = R.classify
  local ctx = m.context
  local best, after, baseline
  local pos, clause_start, clause_end = m.pos, m.clause_start, m.clause_end
  local cues = ctx.cues
  for k = 1, math.huge do -- ipairs without its iterator's call per cue
    local cue = cues[k]
    if cue == nil then break end
    local at = cue.pos
    if at > clause_end then break end -- the cues stand in order: the rest are past m's clause
    local in_clause = at >= clause_start
    -- a cue after m counts only as the first one in its clause: the others
    -- are not read at all (most sentences hold many)
    if (at < pos or (in_clause and not after)) then
      -- what a cue is does not depend on m: asked once per cue and rule
      -- set, the answers kept on the sentence by the cue's place in its list
      -- (FRAMES: a time word that may frame; BASELINE: and a baseline)
      local known = ctx.cue_kinds
      if not known or known.R ~= R then
        known = { R = R }
        ctx.cue_kinds = known
      end
      local kind = known[k]
      if kind == nil then
        kind = ((cue.class == "time" and C.time_word(R, cue.word) ~= nil or cue.year ~= nil)
          and not C.names_programme(R, cue, ctx.norm) and not C.names_record(R, cue, ctx.norm)
          and not C.inside_time_noun(R, cue, ctx.norm) and not C.dates_a_class(R, cue, ctx.norm)
          and not C.names_price_base(R, cue, ctx.norm))
          and (C.is_baseline(R, cue, ctx.norm) and BASELINE or FRAMES) or false
        known[k] = kind
      end
      -- (a streak a word of commitment carries on, 确保…连续12年稳定在…, is
      -- the plan's: it frames no years of its own)
      local row = kind and R.words.cue[cue.word]
      if row and row.streak and C.cue_before(R, m, promises, true) then
        kind = false
      end
      if kind and not C.dates_basis(R, cue, ctx.norm, pos) then
        if kind == BASELINE then
          -- the start of a change in m's clause (由2019年的9.9%降至…), or a year
          -- compared with before it (2005年与2000年相比，…增长57.3%; 资产总额比
          -- 2002年增长60.98%，实现利润增长2.23倍); a plain 比 or 较 not past a
          -- semicolon (收入增长14.5%，比2019年增长14.9%；固定资产投资增长11.1%:
          -- the year's growth)
          if at < pos and (in_clause or (C.is_comparison(R, cue, ctx.norm) and states_change(R, m)
              and (C.is_linked_comparison(R, cue, ctx.norm) or not C.crosses_semicolon(R, ctx.norm, at, pos)))) then
            baseline = cue
          end
        elseif (in_clause or not C.clause_only(R, cue.word) or C.is_fronted(R, cue, ctx.norm))
            -- 实现2035年远景目标，…年均增长5%: a goal's name frames no other clause
            and (in_clause or not cue.year or not C.names_vision(R, cue, ctx.norm))
            -- nor does a year of one value (由2015年的2912亿元增加到2019年的3748亿元，
            -- 年均增长7.1%: the frame before it, “十三五”以来, dates the rate)
            and (in_clause or not C.dates_one_value(R, cue))
            -- nor a time a thing is put off or run to in its own clause
            -- (另有1家顺延至今年；帮扶困难人员就业2150人: the year's result)
            and (in_clause or not C.ends_a_stretch(R, cue))
            and C.read_time_cue(R, cue, doc) then
          if at < pos then
            best = cue
          elseif not (cue.before and words_module.set_of(R.lexicon.baselines.linked or {})[cue.before])
              and not find(sub(ctx.norm, pos, at - 1), "、", 1, true) then
            -- (a year after the figure set beside it, 与“十五五”目标衔接, frames
            -- nothing; nor does one past a 、, the next item's: 粮食总产439.2亿斤、
            -- 连续12年超430亿斤)
            after = cue
          end
        end
      end
    end
  end
  return best or after, baseline
end

-- The marks a fronted time word may follow (besides the sentence's start).
local FRONT_MARKS = { ["。"] = true, ["；"] = true, ["："] = true, ["，"] = true,
  [" "] = true, [","] = true, [";"] = true, [":"] = true }

--- Is a time cue a clause of its own, fronted before the sentence it frames
-- (“十二五”期间，全省新增就业300万人): a comma right after it, and the
-- sentence's start or a clause mark right before it; or the topic of the
-- sentence it opens (“十四五”时期是…的五年)? A clause-bound word
-- then governs the clauses after it (but not in 实施“十五五”期间重大项目).
function M.is_fronted(R, cue, norm)
  if not norm then
    -- a cue of another sentence (a paragraph's opening): the characters
    -- around it are the scanner's
    if cue.before == nil and cue.after == "是" then return true end
    return (cue.after == "，" or cue.after == ",")
      and (cue.before == nil or FRONT_MARKS[cue.before] == true)
  end
  local stop, start = cue.pos + #cue.word, cue.pos
  -- the topic of the sentence it opens (“十四五”时期是…的五年，…)
  if cue.pos == 1 and norm:sub(stop, stop + 2) == "是" then return true end
  -- a span with the words that frame it, a clause of its own (力争用|三年|时间，
  -- 今后|三年，, 三年|内，: the lexicon's span_frames)
  local frames = R and R.lexicon.span_frames
  if frames then
    local word = word_at(norm, stop, frames)
    while word do
      stop = stop + #word
      word = word_at(norm, stop, frames)
    end
    word = word_before(norm, start, frames)
    while word do
      start = start - #word
      word = word_before(norm, start, frames)
    end
  end
  if norm:sub(stop, stop + 2) ~= "，" and norm:sub(stop, stop) ~= "," then return false end
  if start == 1 then return true end
  local before = norm:sub(math.max(1, start - 3), start - 1)
  return before == "。" or before == "；" or before == "：" or before == "，"
    or norm:sub(start - 1, start - 1):find("[%s,;:]") ~= nil
end

-- Chinese numerals by character, and the magnitudes among them
local NUMERAL_CHARS, MAGNITUDES = {}, {}
for _, c in utf8.codes("〇零一二三四五六七八九十百千万亿两") do NUMERAL_CHARS[utf8.char(c)] = true end
for _, c in utf8.codes("十百千万亿") do MAGNITUDES[utf8.char(c)] = true end

--- Does a year inside a clause date the making of the things named after
-- a 的 close behind it (完成2000年底前建成的城镇老旧小区改造: the estates built
-- before 2000, a class of them), no figure? Not a year opening its clause
-- (2024年，…), nor one whose 的 comes right before a figure (恢复到2019年的
-- 95%: that value's year, dates_one_value).
function M.dates_a_class(R, cue, norm)
  if not (norm and cue.year) or cue.pos == 1 or FRONT_MARKS[sub(norm, cue.pos - 3, cue.pos - 1)] then return false end
  local stop = cue.pos + #cue.word
  local de = find(norm, "的", stop, true)
  if not de or de == stop or de - stop > 12 then return false end
  -- (not a basis the figure builds on: 2025年底已建成的基础上再新增30个)
  local basis = R.lexicon.baselines and R.lexicon.baselines.basis
  for _, w in ipairs(basis and basis.closes or {}) do
    if sub(norm, de + 3, de + 2 + #w) == w then return false end
  end
  -- (no figure between: 比1980年翻两番的任务 dates the figure's baseline)
  local between = sub(norm, stop, de - 1)
  if find(between, "[，,；;：:%d]") or find(between, "，", 1, true) then return false end
  for c in between:gmatch(utf8.charpattern) do
    if NUMERAL_CHARS[c] then return false end
  end
  local next_byte = byte(norm, de + 3)
  return next_byte ~= nil and next_byte >= 0xE4 and next_byte <= 0xE9
end

--- Does a year inside a clause date the one value after it (恢复到2019年的95%,
-- 由2020年的55%提高到…: 的 right after it, a word right before it), no frame
-- for the sentences after? Not a year opening its clause (2024年的主要预期
-- 目标是：…).
function M.dates_one_value(_, cue)
  return cue.year ~= nil and cue.after == "的" and cue.before ~= nil and not FRONT_MARKS[cue.before]
end

--- Is cues[i] a time word that is an aside in parentheses of its own
-- (县城更新三年行动（2026—2028年）: the term of the programme it follows),
-- dating that name rather than framing the sentences after it? Not when it
-- glosses the time word right before it (“十四五”时期（2021—2025年）).
function M.is_aside(_, cues, i)
  local cue, prev = cues[i], cues[i - 1]
  local open, close = cue.before, cue.after
  if not ((open == "（" or open == "(") and (close == "）" or close == ")")) then return false end
  return not (prev and prev.class == "time" and prev.pos + #prev.word + #open == cue.pos)
end

--- Is a time word where a stretch runs to, after a verb (顺延至今年, 延长至
-- 明年3月底: the lexicon's baselines.ends right before it, after other
-- words), no frame of the clauses after it?
function M.ends_a_stretch(R, cue)
  local ends = R.lexicon.baselines and R.lexicon.baselines.ends
  return cue.before ~= nil and ends ~= nil and words_module.set_of(ends)[cue.before] ~= nil
    and (cue.pos or 0) > 1 + #cue.before
end

--- Can a time word of an earlier sentence govern m: a time word that names
-- years, is not bound to its own clause, and is no baseline (较2020年 and
-- 从2020年的5.2万元 opening a paragraph date nothing after them; 从2027年起
-- does)?
function M.governs_from_afar(R, cue, doc)
  -- (not a time an extension runs to, 延长至明年3月底: the lexicon's
  -- baselines.ends right before it, after other words; 到明年底，… opening
  -- its sentence still frames)
  if R.classify.ends_a_stretch(R, cue) then return false end
  -- (nor a date after the year planned, a year and then its month: 于2025年
  -- 1月底前向市人大常委会报告 in a plan of 2024 names when a thing is due, no
  -- years the paragraphs after speak of; a date of the past, 2021年12月20日，…
  -- in news, dates what it tells)
  if cue.year and cue.after and find(cue.after, "^%d") and doc.plan_year and cue.year > doc.plan_year then
    return false
  end
  return cue.class == "time"
    -- a clause-bound word fronted as a clause of its own (“十二五”时期，…)
    -- frames the paragraph it opens
    and (not R.classify.clause_only(R, cue.word) or R.classify.is_fronted(R, cue))
    and not R.classify.is_baseline(R, cue)
    -- 2035年远景目标 names a goal, no frame for the paragraphs after it
    and not (cue.year and R.classify.names_vision(R, cue))
    -- 创近三年新高 names a record's window
    and not R.classify.names_record(R, cue)
    and not R.classify.dates_one_value(R, cue)
    and R.classify.read_time_cue(R, cue, doc) ~= nil
end

-- The first cue of a list that f(R, cues, doc) finds, memoised by the list:
-- the lists of a paragraph's and a section's opening cues are shared by
-- every sentence after them (the scanner makes a new one when they change),
-- and what governs depends only on the list, the rules and the document.
-- memo: one per f, weak in the lists (a list → { R, doc, cue }).
local function memo_by_list(R, cues, doc, f, memo)
  local known = memo[cues]
  if not known then
    known = {}
    memo[cues] = known
  end
  if known.R ~= R or known.doc ~= doc then
    known.R, known.doc, known.cue = R, doc, f(R, cues, doc) or false
  end
  return known.cue or nil
end

local para_memo, section_memo = setmetatable({}, { __mode = "k" }), setmetatable({}, { __mode = "k" })

--- Is the year cues[i] the end of a comparison its clause makes (2025年四大
-- 主导产业占GDP比重较2020年提高14个百分点: an earlier year compared with
-- after it, 较2020年), dating that change only, no frame for the sentences
-- after it? cues: a paragraph's or a section's opening cues, where the next
-- one is of the same clause unless the year is fronted (2025年，…) as a
-- clause of its own, a frame.
function M.ends_comparison(R, cues, i)
  local cue, other = cues[i], cues[i + 1]
  return cue.year ~= nil and other ~= nil and other.year ~= nil and other.year < cue.year
    and R.classify.is_comparison(R, other) and not R.classify.is_fronted(R, cue)
end

--- Is the year cues[i] the end of a span its clause runs from an earlier
-- year (人均GDP从2020年的5.2万元提高到2025年的7.4万元: 从2020年 a baseline,
-- 到2025年 right after one of the lexicon's baselines.ends)? It dates that
-- change only, no frame for the sentences after it, as ends_comparison.
function M.ends_from_to(R, cues, i)
  local cue, other = cues[i], cues[i - 1]
  -- most cues: no year, or no year before them in the list
  if cue.year == nil or other == nil or other.year == nil or other.year >= cue.year then return false end
  local marks = R.lexicon.baselines
  local ends = words_module.set_of(marks.ends or {})
  -- the word before it, or its own first (到2025年 is one time word)
  return (ends[cue.before or ""] ~= nil or ends[sub(cue.word, 1, 3)] ~= nil)
    and words_module.set_of(marks.starts)[other.before or ""] ~= nil and not R.classify.opens_span(R, other)
    and not R.classify.is_fronted(R, cue)
end

-- Can cues[i] of a paragraph's or a section's opening govern the sentences
-- after it: governs_from_afar, and no end of a comparison or of a span
-- from a year, and no programme's term in parentheses (（2026—2028年）
-- frames the programme's own sentence only)?
local function governs_later(R, cues, i, doc)
  return R.classify.governs_from_afar(R, cues[i], doc) and not R.classify.ends_comparison(R, cues, i)
    and not R.classify.ends_from_to(R, cues, i) and not R.classify.is_aside(R, cues, i)
end

local function first_governing(R, cues, doc)
  for i, cue in ipairs(cues) do
    if governs_later(R, cues, i, doc) then return cue end
  end
  return nil
end

--- A time word in the first clause of an earlier sentence of the
-- paragraph (五年来，我们…) governs m, unless it is clause-bound.
function M.para_cue_for(R, m, doc)
  local ctx = m.context
  if not ctx.para_cues or ctx.para_cues == ctx.cues then return nil end
  return memo_by_list(R, ctx.para_cues, doc, first_governing, para_memo)
end

local function latest_governing(R, cues, doc)
  -- the latest that can govern (超额完成“十四五”找矿任务 mid-section names
  -- a plan, not a frame: clause-bound, passed over)
  for i = #cues, 1, -1 do
    local cue = cues[i]
    -- (a deadline of the plan, 到2025年，…, is its own paragraph's: the
    -- paragraphs after it plan the year, 生猪出栏稳定在580万头左右)
    if governs_later(R, cues, i, doc) and not (cue.outer and (R.words.cue[cue.word] or {}).headline)
        and not R.classify.is_deadline_ahead(R, cue, doc) then
      -- (a time a statement of its own dates ends the frames before it:
      -- the section is back in its own year; with no date, there is none
      -- but the years the text wrote before)
      if doc.plan_year and R.classify.is_stated(R, cue, doc) then return nil end
      return cue
    end
  end
  return nil
end

--- Does cue look past the year a document plans, from before it or from
-- it: a deadline after it (到2025年 in a plan of 2024), or a plan under way
-- (“十四五”时期 in 2024)? It dates what its own paragraph says of those
-- years, and frames no paragraph after it, which plans the year. (A plan
-- that opens with the year, “十五五”时期 in 2026, frames the targets listed
-- after it.)
function M.is_deadline_ahead(R, cue, doc)
  local plan = doc.plan_year
  if not plan then return false end
  if cue.horizon == true and cue.year ~= nil then return cue.year_to > plan end
  local first, last = R.classify.read_time_cue(R, cue, doc)
  return first ~= nil and first < plan and last >= plan
end

--- Is cue a time said of the figure its own clause states (“十四五”以来累计
-- 筹集保障性租赁住房19.8万套, 去年全省粮食总产量达到260亿斤 in a plan: the
-- scanner's stated)? It dates that statement: the paragraphs after it go
-- back to the frame of their section (the year reviewed, the year planned).
function M.is_stated(_, cue) return cue.stated == true end

--- A time word in the first clause of an earlier sentence of the section
-- (a review that opens 五年来，… and lists its results in the paragraphs
-- after, up to the next heading), or of a section around it before its
-- first subsection (一、… 一年来，… then （一）…: cue.outer), governs m when
-- nothing nearer does. The paragraph of the year's main targets frames its
-- own section, not the subsections of tasks after it.
function M.section_cue_for(R, m, doc)
  local cues = m.context.section_cues
  if not cues then return nil end
  return memo_by_list(R, cues, doc, latest_governing, section_memo)
end

local function is_sum(row) return row.sums == true end

--- Does m's clause give it for every year of a span (城镇新增就业每年超过90万
-- 人: the lexicon's each_year before it), not as a rate per head (每人每年)?
function M.says_each_year(R, m)
  local norm, clause_start = m.context.norm, m.clause_start
  local words, per_unit = R.lexicon.each_year or {}, R.lexicon.per_unit or {}
  for k = 1, #words do
    local w = words[k]
    local at = find(norm, w, clause_start, true)
    while at and at < m.pos do
      -- not a rate's year (每人每年, 为每位困难老人每年发放): no per-unit word before it
      if not contains_any(norm, clause_start, at - 1, per_unit) then return true end
      at = find(norm, w, at + #w, true)
    end
  end
  return false
end

--- Does m state a stock as it stands (电力总装机规模3.1亿千瓦, 建成智能算力超4.8万P:
-- a subject ending in one of the lexicon's stock_heads)? true, or false
-- when a verb of change or of adding (stock_adders: 新增装机) makes it a
-- flow, or nil when the subject names no stock.
function M.is_stock(R, m)
  local subject = m.subject or ""
  if not word_before(subject, #subject + 1, R.lexicon.stock_heads or {}) then
    local class = R.words.unit_class[m.unit]
    if not word_before(subject, #subject + 1, R.lexicon.scale_heads or {}) or (class and class[1] == "money") then
      return nil
    end
  end
  local verb = m.verb or ""
  -- (a run of verbs of adding opening with one adds too: 新建改建高速公路通车
  -- 里程; not 增加到, which reaches a level)
  local adder = verb ~= "" and word_at(verb, 1, R.lexicon.stock_adders or {})
  local rest = adder and R.words.verb[sub(verb, #adder + 1)]
  return not is_change_verb(R, verb)
    and not (adder and (#adder == #verb or (rest and rest.class == "add")))
    -- 五年新增高速公路里程达到1200公里
    and not contains_any(subject, 1, #subject, R.lexicon.added_openers or {})
end

--- Is m a level (达到67.5%, 1356家) rather than a flow (增长31.6%, 新增2个,
-- 累计26.2万件, a subject ending in a flow head of the lexicon: 留省就业)? A
-- review of a span reports a level as it stood at the
-- span's end. Read off the verb's lexicon row: class reach without the
-- whole_span flag; with no verb, a count or a share is a level, while an
-- amount (money, tonnes, hectares: 到位资金超1600亿元) sums the span.
function M.is_level(R, m)
  if m.unit == "pp" or m.unit == "times" then return false end
  local subject = m.subject or ""
  -- 留省就业超过66万人 over five years: people who found work, a flow
  if word_before(subject, #subject + 1, R.lexicon.flow_heads or {}) then return false end
  -- 经济总量连续跨过3个万亿元大关: thresholds crossed one after another, a
  -- count of them (a crossing verb of the lexicon, a count's unit); but
  -- 连续提高到58.5% and 连续47年居首位 are the level at the span's end
  local class = R.words.unit_class[m.unit]
  -- a rank is a position, held at a time (进至全国第5位), whatever the verb
  if class and class[1] == "rank" then return true end
  -- 累计 before it in its clause: a sum over the span
  if R.classify.cue_before(R, m, is_sum, true) then return false end
  if R.classify.says_each_year(R, m) then return false end
  local verb = m.verb or ""
  -- thresholds crossed one after another, counted, even of a stock
  -- (经济总量连跨4个万亿元台阶)
  if class == nil and words_module.set_of(R.lexicon.crossing_verbs)[verb]
      and (find(subject, "连续", 1, true) or words_module.set_of(R.lexicon.consecutive_crossings or {})[verb]) then
    return false
  end
  -- a stock (总装机规模, 智能算力), unless the verb adds to it (新增装机)
  local stock = R.classify.is_stock(R, m)
  if stock ~= nil then return stock end
  if verb == "" then
    -- 办理省人大代表建议4417件: things done over the span, counted (a
    -- subject that opens with a verb of doing: the lexicon's add and other
    -- verbs, or its doing_openers)
    if R.classify.opens_with_doing(R, subject) then return false end
    -- 办理省人大代表建议4417件、政协委员提案4245件: the list's verb opens the clause
    local norm = m.context.norm
    local start = subject_start(norm, m.clause_start, m.pos)
    if start < m.pos and R.classify.opens_with_doing(R, sub(norm, start, m.pos - 1)) then return false end
    -- 农村饮水安全工程解决了3亿农村人口…: a verb of doing right before the
    -- figure (its 了 aside), after who did it
    local before = sub(norm, start, m.pos - 1)
    if sub(before, -3) == "了" then before = sub(before, 1, -4) end
    if word_before(before, #before + 1, R.lexicon.doing_openers or {}) then return false end
    -- 7个城市获评全国文明城市: the things counted did it, one by one
    if contains_any(subject, 1, #subject, R.lexicon.doing_openers or {}) then return false end
    -- 5条高铁建成运营: so, with the verb after the noun counted, and people
    -- so (5575万农村贫困人口实现脱贫)
    if (class == nil or class[1] == "person") and R.classify.counts_events_after(R, m) then return false end
    return class == nil or class[1] == "percent" or class[1] == "person"
  end
  -- the verb's row, or the row of the verb it ends with (占比达 is 达)
  local row = words_module.verb_row(R.words, verb)
  return row ~= nil and row.class == "reach" and not row.whole_span
end

-- The last byte of the words after m that stand in its clause (m.after may
-- run past the clause's end).
local function clause_after_end(after)
  local stop = #after
  for k = 1, #CLAUSE_MARKS do
    local at = find(after, CLAUSE_MARKS[k], 1, true)
    if at and at <= stop then stop = at - 1 end
  end
  return stop
end

--- Does a verb of the lexicon's events_after follow the noun m counts, in
-- its clause (5条高铁建成运营, 6个遗址入选…): things that came about one by one?
function M.counts_events_after(R, m)
  local after = m.after or ""
  local stop = clause_after_end(after)
  return stop > 0 and contains_any(after, 1, stop, R.lexicon.events_after or {})
end

--- Does a subject open with a verb of doing (新建学校, 办理建议): one of the
-- lexicon's verbs that is neither a reach nor a change of a level (达到,
-- 增长), or one of its doing_openers?
function M.opens_with_doing(R, subject)
  if subject == "" then return false end
  if word_at(subject, 1, R.lexicon.doing_openers or {}) then return true end
  for n = 6, 3, -3 do -- verbs of one and two characters
    local row = R.words.verb[subject:sub(1, n)]
    if row and #subject > n and (row.class == "add" or row.class == nil) and not row.relative then return true end
  end
  return false
end

--- The first cue before m (in its clause when the cue's row says so, or
-- when same_clause unless the row's scope is the sentence) whose lexicon
-- row satisfies want(row), or nil.
function M.cue_before(R, m, want, same_clause)
  local pos, clause_start, rows = m.pos, m.clause_start, R.words.cue
  local cues = m.context.cues
  for k = 1, math.huge do -- ipairs without its iterator's call per cue
    local cue = cues[k]
    if cue == nil then break end
    local at = cue.pos
    if at >= pos then break end -- a sentence's cues stand in the order of their places
    local row = rows[cue.word]
    -- the cheap test of its place before the call of want (a row's
    -- opening_scope: its scope when it opens the sentence, 截至9月底，…)
    if row and (at >= clause_start or (not same_clause and row.scope ~= "clause") or row.scope == "sentence"
          or (at == 1 and row.opening_scope == "sentence"))
        and want(row) then
      return cue
    end
  end
  return nil
end

--- A byline or a caption is no section heading, nor a dateline: a line
-- with a day's full date (南阳日报 2024年7月25日 星期四 第1版: the issue's
-- date, no year its section is about).
function M.is_byline(_, h)
  return find(h, "记者", 1, true) ~= nil or find(h, "通讯员", 1, true) ~= nil
    or (find(h, "日", 1, true) ~= nil and find(h, "%d%d%d%d年%d%d?月%d%d?日") ~= nil)
end

-- The memo of a sentence's three headings in cache: the table and key
-- where it stands (cache[heading1][heading2][heading3], false for a
-- missing one: no key string built per sentence).
local function headings_slot(cache, ctx)
  return subtable(subtable(cache, ctx.heading1 or false), ctx.heading2 or false), ctx.heading3 or false
end

--- The section a sentence stands in ("review", "plan" or nil) and the
-- year its nearest heading names: read once per heading, not per mention.
function M.section_of(R, ctx)
  if ctx.section_kind == nil then
    local slot, key = headings_slot(R.cache.headings, ctx)
    local known = slot[key]
    if not known then
      local kind, year = R.classify.read_headings(R, ctx)
      known = { kind or false, year or false }
      slot[key] = known
    end
    ctx.section_kind, ctx.section_year = known[1], known[2]
  end
  return ctx.section_kind or nil, ctx.section_year or nil
end

-- The memo of one document's headings, each read once whatever the
-- headings around it: heading → what it says. R.cache.headings is new for
-- every document (rules.new_document), so the memo goes with it.
local heading_memos = setmetatable({}, { __mode = "k" })
local function heading_memo(R, part)
  return subtable(subtable(heading_memos, R.cache.headings), part)
end

-- Where the words of heading h start, past its number ((一), 一、, 1.,
-- three characters at most).
local function past_heading_number(h)
  local close = match(h, "^（.-）()") or match(h, "^%(.-%)()")
  if close and close <= 14 then return close end
  local mark = find(h, "、", 1, true) or find(h, "．", 1, true)
  if mark and mark <= 10 then return mark + 3 end
  return match(h, "^%d+%.()") or 1
end

-- What heading h says for read_headings: { the year it names or false, the
-- section kind its words mark or false }, or false for a byline.
local function read_heading(R, h)
  if R.classify.is_byline(R, h) then return false end
  local words = R.words.headings
  -- (a plain search for 年 first: the pattern is slow, and most headings hold no 年)
  local year = find(h, "年", 1, true) and tonumber(match(h, "(%d%d%d%d)年"))
  local kind = contains_any(h, 1, #h, words.review) and "review"
    or contains_any(h, 1, #h, words.plan) and "plan"
  -- a heading that opens with a verb of backing sets a task, whatever it
  -- aims at ((一)推动雄安新区建设取得新的更大进展: no review): the headings
  -- around it say which part it is in
  if kind == "review" and word_at(h, past_heading_number(h), R.lexicon.backing_verbs or {}) then kind = false end
  return { year or false, kind or false }
end

--- Read the headings above a sentence: the section kind their words mark
-- and the year the nearest names.
function M.read_headings(R, ctx)
  local kind, year
  local memo = heading_memo(R, "kind")
  for _, h in ipairs({ ctx.heading3 or false, ctx.heading2 or false, ctx.heading1 or false }) do
    if h then
      local says = memo[h]
      if says == nil then
        says = read_heading(R, h)
        memo[h] = says
      end
      if says then
        year = year or says[1] or nil
        kind = kind or says[2] or nil
      end
    end
  end
  return kind, year
end

--- The plan period a heading names (一、“十一五”时期…的回顾): first and
-- last year, or nil.
function M.heading_span(R, ctx, doc)
  if ctx.span_first == nil then -- once per heading of the document, not per sentence
    local spans = R.cache.heading_spans
    local of_year = spans[doc.plan_year or false]
    if not of_year then
      of_year = {}
      spans[doc.plan_year or false] = of_year
    end
    local slot, key = headings_slot(of_year, ctx)
    local known = slot[key]
    if not known then
      local first, last = R.classify.read_heading_span(R, ctx, doc)
      known = { first or false, last or false }
      slot[key] = known
    end
    ctx.span_first, ctx.span_last = known[1], known[2]
  end
  return ctx.span_first or nil, ctx.span_last or nil
end


-- The time words of R (in R.words.time_list's order) that are clause-bound
-- and two characters or more: what a heading may name a plan period with,
-- listed once per word index and clause_only rule.
local span_words_of = setmetatable({}, { __mode = "k" })
local function list_span_words(time_list, clause_only, R)
  local list = {}
  for _, word in ipairs(time_list) do
    if clause_only(R, word) and #word >= 6 then list[#list + 1] = word end
  end
  -- the longest first: “十五五”时期 holds 十五, the plan of 2001-2005
  table.sort(list, function(a, b) return #a > #b or (#a == #b and a < b) end)
  return list
end

-- The plan period heading h names for read_heading_span: { first, last }
-- or false.
-- Does a heading name a year (三、2026年重点工作)?
local function names_year(h) return find(h, "年", 1, true) ~= nil and find(h, "%d%d%d%d年") ~= nil end

-- The plan words a heading holds (found by their few last characters), in
-- the list's order (the longest first), each only where no longer one
-- holds it (十五 inside “十五五”时期).
local function plan_words_in(h, words)
  local held = {}
  each_word_in(h, 1, #h, words, add_word, held)
  if not next(held) then return NONE_HELD end
  local out, rest = {}, h
  for _, word in ipairs(words) do
    if held[word] then
      local at = find(rest, word, 1, true)
      if at then
        out[#out + 1] = word
        rest = sub(rest, 1, at - 1) .. "\0" .. sub(rest, at + #word)
      end
    end
  end
  return out
end

-- A subsection's heading frames a plan only when the plan is its topic
-- (（二）“十四五”时期…): a word of the period, not the plan's name in
-- passing (（一）扩大有效投资，推动“十五五”开好局).
local PERIOD_FORMS = { "时期", "期间", "以来" }
local function names_period(word)
  for _, ending in ipairs(PERIOD_FORMS) do
    if #word > #ending and sub(word, -#ending) == ending then return true end
  end
  return false
end

local function read_heading_plan(R, h, doc, words, subsection)
  if R.classify.is_byline(R, h) or names_year(h) then return false end
  -- a heading of a review (一、过去五年政府工作的回顾) reads a span of years
  -- (五年) as the years before, not the plan to come
  local past = contains_any(h, 1, #h, R.words.headings.review) and "outcome" or nil
  for _, word in ipairs(plan_words_in(h, words)) do
    if not subsection or names_period(word) then
      local first, last = R.classify.read_time_cue(R, { word = word }, doc, past)
      if first and first ~= last then return { first, last } end
    end
  end
  return false
end

-- The time words of R (in R.words.time_list's order) that name years
-- (过去一年, 五年来, “十四五”时期; not 全年), listed once per word index and
-- time_word rule.
local year_words_of = setmetatable({}, { __mode = "k" })
local function list_year_words(time_list, time_word, R)
  local list = {}
  for _, word in ipairs(time_list) do
    if time_word(R, word) then list[#list + 1] = word end
  end
  return list
end

--- The spans of years heading h names (一、2024年工作回顾: 2024 to 2024;
-- 一、过去一年工作回顾, 一、“十四五”时期发展成就: what those time words
-- read as), each { first, last }; an empty list when it names no time.
function M.heading_times(R, h, doc)
  local spans = {}
  for year in gmatch(h, "(%d%d%d%d)年") do
    spans[#spans + 1] = { tonumber(year), tonumber(year) }
  end
  local words = memo2(year_words_of, R.words.time_list, R.classify.time_word, list_year_words, R)
  local held = {}
  each_word_in(h, 1, #h, words, add_word, held)
  for word in pairs(held) do
    -- a plan named in passing (全力推动“十五五”开好局) frames no heading
    if not R.classify.clause_only(R, word) or names_period(word) then
      local first, last = R.classify.read_time_cue(R, { class = "time", word = word }, doc)
      if first then spans[#spans + 1] = { first, last } end
    end
  end
  return spans
end

--- Does a heading above m (its section's or its subsection's) name a time
-- other than the span of cue, the time word opening m's section? Then the
-- heading, not the word, frames m's subsection. Under 一、过去一年工作回顾,
-- “十四五”以来，…年均增长6.5% dates its own paragraph, not the results of
-- the year in the subsections after it; under 一、过去五年工作回顾, 五年来，…
-- frames them all, as it does under a heading naming no time, and so does a
-- year inside the heading's span (2021年，面对…, then （一）…; 刚刚过去的
-- 2025年，… in a five-year review). cue: the section's opening cue, of the
-- section around m's (cue.outer) or of m's own: under 二、2025年目标任务,
-- 回顾“十四五”以来，… dates its own paragraph, not the tasks after it. Only
-- numbered levels count: a title line (level 3) frames nothing.
function M.heading_frames_section(R, ctx, cue, doc)
  -- the same for every figure of the sentence: asked once per sentence
  local known = ctx.frames_known
  if known and known.R == R and known.cue == cue and known.doc == doc then return known.frames end
  local frames = false
  local first, last = R.classify.read_time_cue(R, cue, doc)
  if first then
    local memo = heading_memo(R, doc)
    local function other_time(h)
      if not h then return false end
      local spans = memo["\2" .. h]
      if spans == nil then
        spans = R.classify.heading_times(R, h, doc)
        memo["\2" .. h] = spans
      end
      if #spans == 0 then return false end
      for _, span in ipairs(spans) do
        -- the heading's own time, or a year inside it that the section
        -- turns to before its subsections (一、过去五年工作回顾 … 2021年，面对
        -- …。 then （一）…: the subsections are of 2021)
        if span[1] <= first and last <= span[2] then return false end
      end
      return true
    end
    frames = other_time(ctx.heading1) or other_time(ctx.heading2)
  end
  ctx.frames_known = { R = R, cue = cue, doc = doc, frames = frames }
  return frames
end

--- Read the plan period the headings above a sentence name, once per
-- heading (see heading_span): the innermost's, unless a heading names a
-- year (三、2026年重点工作: its subsections speak of that year, whatever
-- plan they mention).
function M.read_heading_span(R, ctx, doc)
  local words = memo2(span_words_of, R.words.time_list, R.classify.clause_only, list_span_words, R)
  local memo = heading_memo(R, doc) -- what a plan word names depends on the document's year
  local found
  for level, h in ipairs({ ctx.heading1 or false, ctx.heading2 or false, ctx.heading3 or false }) do
    if h then
      if names_year(h) then return nil end
      local key = level > 1 and "\1" .. h or h
      local span = memo[key]
      if span == nil then
        span = read_heading_plan(R, h, doc, words, level > 1)
        memo[key] = span
      end
      if span then found = span end
    end
  end
  if found then return found[1], found[2] end
  return nil
end

--- The plan to come a heading names beside one it reviews (二、“十四五”时期
-- 发展成就和“十五五”时期主要目标任务): { first, last, name = "十五五" }, or
-- false; once per heading and plan year.
function M.heading_next_plan(R, ctx, doc)
  local plan_year = doc.plan_year
  if not plan_year then return false end
  local memo = R.cache.next_plans -- emptied for each document (rules.new_document)
  local of_year = memo[plan_year]
  if not of_year then
    of_year = {}
    memo[plan_year] = of_year
  end
  -- by the headings themselves: no key string built per mention
  local slot, key = headings_slot(of_year, ctx)
  local known = slot[key]
  if known == nil then
    known = false
    for _, h in ipairs({ ctx.heading3 or false, ctx.heading2 or false, ctx.heading1 or false }) do
      if h and not known then
        local past, coming
        -- the plan words the heading holds (not 十五 inside “十五五”时期)
        local words = memo2(span_words_of, R.words.time_list, R.classify.clause_only, list_span_words, R)
        for _, word in ipairs(plan_words_in(h, words)) do
          local row = R.classify.time_word(R, word)
          if row and row.span then
            if row.span[2] < plan_year then past = true
            elseif row.span[1] >= plan_year and not coming then
              coming = { first = row.span[1], last = row.span[2],
                name = (word:gsub("“", ""):gsub("”", ""):gsub("时期$", ""):gsub("期间$", "")) }
            end
          end
        end
        if past and coming then known = coming end
      end
    end
    slot[key] = known
  end
  return known
end

--- Does m's paragraph (its opening, or its own sentence before it) name
-- the plan (“十五五”)?
function M.speaks_of_plan(_, m, plan)
  local ctx = m.context
  if (ctx.para_lead or ""):find(plan.name, 1, true) then return true end
  return ctx.norm:sub(1, m.pos - 1):find(plan.name, 1, true) ~= nil
end

-- The verbs of a verb index whose row passes keep(row), listed once per
-- index (the rules ask for every mention; the index never changes).
local verbs_where = setmetatable({}, { __mode = "k" })
local function list_verbs(verbs, _, keep)
  local list = {}
  for word, row in pairs(verbs) do
    if keep(row) then list[#list + 1] = word end
  end
  return list
end
local function verb_list(verbs, key, keep) return memo2(verbs_where, verbs, key, list_verbs, keep) end
local function is_change(row) return row.change end
local function is_relative_above(row) return row.relative and row.bound == ">" end
local function is_relative(row) return row.relative end
local function is_add(row) return row.class == "add" end

--- Does a verb that carries a value to a new one (降至, 增加到: the
-- lexicon's change rows) stand between byte positions a and b of norm?
function M.changes_between(R, norm, a, b)
  if b <= a then return false end
  return contains_any(norm, a, b - 1, verb_list(R.words.verb, "change", is_change))
end

local from_words_of = setmetatable({}, { __mode = "k" }) -- baselines → starts and present, one list

--- Is m the starting value of a change (由97家增加到411家, 从上半年5.5%降到
-- 5.3%, 现行16%的税率降至13%)? One of the lexicon's baselines.starts (由,
-- 从) or baselines.present (现行) before it in its clause, and a verb
-- carrying the value on (the lexicon's change rows) after it in the
-- clause, none between.
function M.is_from_value(R, m)
  local norm = m.context.norm
  local marks = R.lexicon.baselines
  -- most clauses hold none of the words (one look, in C, before the search)
  local all = from_words_of[marks]
  if not all then
    all = {}
    for _, list in ipairs({ marks.starts or {}, marks.present or {} }) do
      for _, w in ipairs(list) do all[#all + 1] = w end
    end
    from_words_of[marks] = all
  end
  if m.pos <= m.clause_start or not contains_any(norm, m.clause_start, m.pos - 1, all) then return false end
  -- the first of the first word found, in the lexicon's order, wholly
  -- between the clause start and m
  local from
  for _, list in ipairs({ marks.starts or {}, marks.present or {} }) do
    for k = 1, #list do
      local at = find(norm, list[k], m.clause_start, true)
      if at and at + #list[k] <= m.pos then from = at + #list[k] - 1 break end
    end
    if from then break end
  end
  if not from then return false end
  local C = R.classify
  if C.changes_between(R, norm, from + 1, m.pos) then return false end
  return C.changes_between(R, norm, m.pos, m.clause_end + 1)
end

-- modality and realis words (a time word's kind is read with its years)
local function implies(kind)
  return function(row) return row.implies == kind and row[2] ~= "time" end
end
local implies_target, implies_outcome = implies("target"), implies("outcome")
-- a time word of the past (“十三五”以来, 去年): the frame a bare count of
-- years after it (五年累计…) counts back in
local function past_time(row) return row[2] == "time" and row.implies == "outcome" end
-- modality strong enough to override a section's frame (not 争取, 计划)
local commits = promises
local function is_estimate(row) return row[2] == "estimate" end
local function is_perfective(row) return row.perfective == true end
local function is_average(row) return row.average ~= nil end

-- Where the clause holding byte `at` of s starts (after the clause mark
-- before it, as the scanner reads them).
local function clause_start(s, at)
  local from = 1
  for k = 1, #CLAUSE_MARKS do
    local mark, i = CLAUSE_MARKS[k], 1
    while true do
      local hit = find(s, mark, i, true)
      if not hit or hit >= at then break end
      if hit + #mark > from then from = hit + #mark end
      i = hit + #mark
    end
  end
  return from
end

--- The estimate cue (预计) that governs m: one in m's own clause, or one
-- opening an earlier clause of the sentence, with only lead-ins before it
-- there (过去一年，预计全市生产总值增长5%左右，地方一般公共预算收入增长9.3%:
-- both estimates); not one after an earlier clause's subject, which speaks
-- of that clause alone (地区生产总值预计增长5.6%，一般公共预算收入增长7%:
-- the revenue is no estimate). Returns the cue or nil.
function M.estimate_cue(R, m)
  local rows, cues, pos, own_clause = R.words.cue, m.context.cues, m.pos, m.clause_start
  local norm = m.context.norm
  for k = 1, math.huge do
    local cue = cues[k]
    if cue == nil then break end
    local at = cue.pos
    if at >= pos then break end -- a sentence's cues stand in the order of their places
    local row = rows[cue.word]
    if row and is_estimate(row) then
      if at >= own_clause or row.scope == "sentence" then return cue end
      -- opening its clause, it governs the clauses after it, up to a
      -- semicolon, which opens a statement of its own (预计生产总值增长8%左右,
      -- 一般公共预算收入增长14%；有研发活动的企业达到48.6%: no estimate), but
      -- for one that sums up the whole year or region (预计全年地区生产总值
      -- 271.9亿元；全社会固定资产投资97.5亿元: the year's list, each estimated)
      if row.scope ~= "clause" and subject_start(norm, clause_start(norm, at), at) >= at
          and (not R.classify.crosses_semicolon(R, norm, at, pos) or R.classify.sums_up(R, norm, cue))
          and R.classify.governs_later_clauses(R, norm, cue) then
        return cue
      end
    end
  end
  return nil
end

-- The last part of a year (data/lexicon.lua year_parts, or a range of
-- months 1-9月) named in s: where it starts and ends, its first and last
-- month; nil. Of two words ending at one place the longer is the part
-- (前三季度, not the 三季度 in it), and a range of all twelve months
-- (1-12月) is the whole year, no part of it.
local function last_year_part(lexicon, s)
  local best_at, best_end, first, last, whole_end
  for _, row in ipairs(lexicon.year_parts or {}) do
    local at = find(s, row[1], 1, true)
    while at do
      local stop = at + #row[1]
      if not best_end or stop > best_end or (stop == best_end and at < best_at) then
        best_at, best_end, first, last = at, stop, row[2], row[3]
      end
      at = find(s, row[1], stop, true)
    end
  end
  -- a range of months needs a 月 (most sentences say none: no pattern tried)
  local any_month = find(s, "月", 1, true)
  -- a single month (1月份): the month alone
  local period = any_month and lexicon.month_period
  if period then
    for at, a, stop in s:gmatch("()(%d+)" .. period:gsub("%p", "%%%0") .. "()") do
      a = tonumber(a)
      if a >= 1 and a <= 12 and (not best_end or stop > best_end) then
        best_at, best_end, first, last = at, stop, a, a
      end
    end
  end
  for _, sep in ipairs(any_month and lexicon.range_separators or {}) do
    sep = sep:gsub("%p", "%%%0")
    -- 1-9月, and 1月至9月 with the month said twice
    for _, pattern in ipairs({ "()(%d+)" .. sep .. "(%d+)月()", "()(%d+)月" .. sep .. "(%d+)月()" }) do
      for at, a, b, stop in s:gmatch(pattern) do
        a, b = tonumber(a), tonumber(b)
        if a == 1 and b == 12 then
          whole_end = math.max(whole_end or 0, stop)
        elseif a >= 1 and a < b and b <= 12 and (not best_end or stop > best_end) then
          best_at, best_end, first, last = at, stop, a, b
        end
      end
    end
  end
  -- 上半年增长5.2%，1-12月增长5.6%: the whole year again
  if whole_end and best_end and whole_end > best_end then return nil end
  return best_at, best_end, first, last
end

-- Is s (the words before a part of the year in its clause) only years and
-- time words (今年, 2024年: R.words.time_list)?
local function only_time_words(R, s)
  local i = 1
  while i <= #s do
    local year = match(s, "^%d+年", i)
    local hit = year
    if not hit then
      for _, w in ipairs(R.words.time_list) do
        if sub(s, i, i + #w - 1) == w then
          hit = w
          break
        end
      end
    end
    if not hit then return false end
    i = i + #hit
  end
  return true
end

-- The lexicon's words of estimate (预计, 初步预计…), longest first, listed
-- once per word index.
local estimate_words_of = setmetatable({}, { __mode = "k" })
local function estimate_words(R)
  local list = estimate_words_of[R.words]
  if not list then
    list = {}
    for word, row in pairs(R.words.cue) do if is_estimate(row) then list[#list + 1] = word end end
    table.sort(list, function(a, b) return #a > #b or (#a == #b and a < b) end)
    estimate_words_of[R.words] = list
  end
  return list
end

--- Does the clause an estimate cue opens (at cue.pos of norm) go on to the
-- clauses after it: it states a figure itself (预计生产总值增长8%左右，…),
-- names only a time (预计全年，…) or ends in a colon (预计主要指标：…)? One
-- that states what it expects with no figure (预计今年财政收入继续恢复增长，加上
-- 调入资金等，一般公共预算支出规模28.5万亿元) speaks of itself alone.
function M.governs_later_clauses(R, norm, cue)
  local from = cue.pos + #cue.word
  local stop, mark = #norm + 1, nil
  for k = 1, #CLAUSE_MARKS do
    local hit = find(norm, CLAUSE_MARKS[k], from, true)
    if hit and hit < stop then stop, mark = hit, CLAUSE_MARKS[k] end
  end
  local rest = sub(norm, from, stop - 1)
  -- (other words of estimate before a time: 初步预计，…)
  local words = estimate_words(R)
  local stripped = true
  while stripped and rest ~= "" do
    stripped = false
    for _, word in ipairs(words) do
      if sub(rest, 1, #word) == word then
        rest, stripped = sub(rest, #word + 1), true
        break
      end
    end
  end
  -- a figure of its own, not a year (预计2024年财政收入继续恢复增长，…)
  return find((string.gsub(rest, "%d+年", "")), "%d") ~= nil or mark == "：" or mark == ":" or only_time_words(R, rest)
end

--- The part of a year the figure after `before` (its sentence up to it) is
-- of: the last part of a year said in it (上半年, 前三季度, 1-9月:
-- data/lexicon.lua year_parts), when it dates the figure: it stands in the
-- figure's clause, or opens its own (今年上半年，…; 一季度全市生产总值增长5.5%，
-- 工业增长7%), not inside a phrase of another (面对上半年疫情冲击，全市生产
-- 总值增长5.5%: a figure of the year). Not when a word of the whole year
-- (全年) or a change to a new value (从上半年5.5%降到5.3%) stands after the
-- part. Its first and last month, or nil.
function M.year_part(R, before)
  local lexicon = R.lexicon
  local at, stop, first, last = last_year_part(lexicon, before)
  if not at then return nil end
  local own = clause_start(before, at)
  -- (what ends in a bracket before it is an aside: a news dateline and
  -- byline, 新华社成都7月23日电（记者 胡旭）上半年，…)
  local lead = sub(before, own, at - 1)
  local past_aside = match(lead, ".*）()") or match(lead, ".*%)()")
  if past_aside then lead = sub(lead, past_aside) end
  if own ~= clause_start(before, #before + 1) and not only_time_words(R, lead) then
    return nil
  end
  -- the end of the year before, compared with (比上年末增长), is no
  -- word of this whole year
  local rest = words_module.without(sub(before, stop), lexicon.year_compared_words or {})
  for _, w in ipairs(lexicon.year_whole_words or {}) do
    if find(rest, w, 1, true) then return nil end
  end
  for _, w in ipairs((lexicon.baselines or {}).ends or {}) do
    if find(rest, w, 1, true) then return nil end
  end
  return first, last
end

-- m's sentence up to the figure, normalized (１－９月 read as 1-9月)
local function norm_before(m)
  local ctx = m.context
  if not (ctx and ctx.norm and m.pos) then return "" end
  return sub(ctx.norm, 1, m.pos - 1)
end

--- Is m a figure of a part of the year (classify.year_part) that had ended
-- when doc was published (上半年 in news of July)? Then the year of
-- publication, whose result it is; else nil.
function M.year_part_past(R, m, doc)
  -- no part of a year ends before January's end (1月份): in January none
  -- is past, and the sentence is not searched
  if not (doc.year and doc.month) or doc.month <= 1 then return nil end
  -- whether the sentence names a part of the year at all, asked once (most do not)
  local ctx = m.context
  if ctx.names_year_part == nil then
    -- a part's word, or a 月 that may end a range of months or a month
    local norm, found = ctx.norm or "", false
    for _, row in ipairs(R.lexicon.year_parts or {}) do found = found or find(norm, row[1], 1, true) ~= nil end
    ctx.names_year_part = found or find(norm, "月", 1, true) ~= nil
  end
  local last
  if ctx.names_year_part then last = select(2, R.classify.year_part(R, norm_before(m))) end
  if not last and ctx.para_lead then
    -- or one its paragraph opens with, a clause of its own (一季度，全市地区生产
    -- 总值增长6.6%。新能源汽车产量达到38.2万辆): it frames the sentences after
    -- (read once per sentence)
    if ctx.lead_part == nil then
      local opening = match(ctx.para_lead, "^(.-)，")
      ctx.lead_part = opening and #opening <= 18 and select(2, R.classify.year_part(R, opening)) or false
    end
    last = ctx.lead_part or nil
  end
  if last and doc.month > last then return doc.year end
  return nil
end

--- Does time cue name its span from one point in time to another (2020年到
-- 2025年: a year written whole, then one of the lexicon's point_range_words),
-- so that a value the figure starts from is the first year's own, not the
-- year's before (2021—2025年 names the years themselves)?
function M.starts_at_point(R, cue)
  local word = cue.word or ""
  local year_end = select(2, find(word, "^%d+年"))
  if not year_end then return false end
  for _, w in ipairs(R.lexicon.point_range_words or {}) do
    if sub(word, year_end + 1, year_end + #w) == w then return true end
  end
  return false
end

-- Does the sentence of ctx hold any word of the lists given? Asked once
-- per sentence and kept in ctx[key]: most sentences hold none, and the
-- rules that ask skip them.
local function sentence_holds(ctx, key, ...)
  local known = ctx[key]
  if known == nil then
    known = false
    local norm = ctx.norm
    for i = 1, select("#", ...) do
      if contains_any(norm, 1, #norm, select(i, ...) or {}) then known = true break end
    end
    ctx[key] = known
  end
  return known
end

--- Is m named a target right after it, or after its 的 (距离全年6%左右的
-- 预期目标, 高于年初确定的6.5%左右的预期目标): a target referred back to?
function M.refers_to_target(R, m)
  local names = R.lexicon.target_names
  local after = m.after or ""
  return names ~= nil and word_at(after, sub(after, 1, 3) == "的" and 4 or 1, names.nouns) ~= nil
end

-- the marks that end a statement: the span a comparison may reach
local STATEMENT_ENDS = { "；", "。", ";" }

--- Is m, or the figure its clause gives the gap of, compared with its
-- target (增长3.9%，低于年初预期目标1.1个百分点; 比预期低1.8个百分点: the
-- lexicon's target_yardsticks, a comparison then a target's name, in m's
-- clause or the next one of its sentence)? Then both are results, measured
-- against the plan.
function M.measured_against_target(R, m)
  local marks = R.lexicon.target_yardsticks
  if not marks then return false end
  if not sentence_holds(m.context, "names_yardstick", marks.names) then return false end
  local norm = m.context.norm
  -- m's clause and the next, up to a semicolon or the sentence's end
  local stop = #norm + 1
  for _, mark in ipairs(STATEMENT_ENDS) do
    local at = find(norm, mark, m.pos, true)
    if at and at < stop then stop = at end
  end
  local own_comma = find(norm, "，", m.clause_end + 1, true)
  local next_comma = own_comma and find(norm, "，", own_comma + 3, true)
  if next_comma and next_comma < stop then stop = next_comma end
  local span = sub(norm, m.clause_start, stop - 1)
  for _, c in ipairs(marks.comparisons) do
    local at = find(span, c, 1, true)
    while at do
      local rest = sub(span, at + #c, at + #c + 17)
      for _, name in ipairs(marks.names) do
        if find(rest, name, 1, true) then return true end
      end
      at = find(span, c, at + #c, true)
    end
  end
  return false
end

--- Is m, a figure with no verb, reported with its change on the year
-- before in the clause right after it (全年外贸进出口总额7471.4亿元，比上年
-- 下降0.2%: a cue of the lexicon that reaches_back opening that clause)?
-- Then it is the result that change is of.
function M.reported_with_change(R, m)
  if (m.verb or "") ~= "" then return false end
  local norm, cues = m.context.norm, m.context.cues
  local next_start = m.clause_end + 1
  -- past the clause mark ending m's clause
  local mark = sub(norm, next_start, next_start + 2)
  if mark == "，" or mark == "；" then next_start = next_start + 3
  elseif find(sub(norm, next_start, next_start), "[,;]") then next_start = next_start + 1
  else return false end
  for k = 1, #cues do
    local cue = cues[k]
    if cue.pos == next_start then
      local row = R.words.cue[cue.word]
      return row ~= nil and row.reaches_back == true
    end
    if cue.pos > next_start then break end
  end
  return false
end

--- Does m's sentence say a task was done, before or after m (a cue the
-- lexicon marks reports_done: 超额完成年度任务, 完成率104.2%)?
function M.reports_done(R, m)
  local ctx = m.context
  if ctx.reports_done == nil then
    ctx.reports_done = false
    for _, cue in ipairs(ctx.cues) do
      local row = R.words.cue[cue.word]
      if row and row.reports_done then ctx.reports_done = true break end
    end
  end
  return ctx.reports_done
end

--- Does doc, by its kind, restate the targets it names rather than set
-- them (data/lexicon.lua document_kinds, restates_targets: news)?
function M.restates_targets(R, doc)
  local row = doc.kind and R.words.document_kind[doc.kind]
  return row ~= nil and row.restates_targets == true
end

--- Is m the share of a plan done (上半年…完成年度目标的57.2%: one of the
-- lexicon's plan_shares right before it)? A result, whatever 目标 in it says.
function M.is_share_of_plan(R, m)
  if m.unit ~= "%" then return false end
  return word_before(m.context.norm, m.pos, R.lexicon.plan_shares or {}) ~= nil
end

--- Is doc of a kind that only reports and never plans (data/lexicon.lua
-- document_kinds, reports_only: a statistical communiqué)? Its figures are
-- results, of the year it covers (meta.years makes that its own year).
function M.reports_only(R, doc)
  local row = doc.kind and R.words.document_kind[doc.kind]
  return row ~= nil and row.reports_only == true
end

--- Kind and period of m: an explicit year first, then words that imply a
-- kind (去年, 五年来), then the section, then the sentence's modality.
function M.kind_and_period(R, m, doc, st) -- st: the document state (what its paragraph said)
  local C = R.classify
  local ctx = m.context
  local cue, baseline = C.time_cue_for(R, m, doc)
  cue = cue or C.para_cue_for(R, m, doc)
  local modal -- the target-implying cue before m, asked once (nil: not asked yet)
  if not cue then
    modal = C.cue_before(R, m, implies_target, false) or false
  end
  local plan_first, plan_last = C.heading_span(R, ctx, doc)
  local section, section_year = C.section_of(R, ctx)
  if not plan_first and not section_year and doc.plan_first then
    -- a plan's outline (…第十四个五年规划…纲要): the period its title names
    -- frames what no heading of its own frames (第三章 到2035年远景目标 does)
    plan_first, plan_last = doc.plan_first, doc.plan_last
  end
  local next_plan = plan_first and C.heading_next_plan(R, ctx, doc)
  if next_plan and C.speaks_of_plan(R, m, next_plan) then
    -- 二、“十四五”时期发展成就和“十五五”时期主要目标任务: its paragraphs on
    -- the plan to come (我们编制了“十五五”规划纲要…) are that plan's, not the
    -- review's that opens the section (过去五年，…)
    plan_first, plan_last = next_plan.first, next_plan.last
  elseif not cue and not (modal and C.cue_before(R, m, commits, false)) then
    -- a section's opening time word yields to the sentence's own modality
    -- (我市还将… after a paragraph on 2021年), but not to a weak one
    cue = C.section_cue_for(R, m, doc)
    if cue and C.heading_frames_section(R, ctx, cue, doc) then cue = nil end
    -- (a dateline or a byline is no heading: 潍坊日报2023年12月24日星期日第1版)
    local sub_heading = (ctx.heading2 and not C.is_byline(R, ctx.heading2))
      or (ctx.heading3 and not C.is_byline(R, ctx.heading3))
    if cue and not ctx.heading1 and (cue.outer or not sub_heading)
        and doc.plan_opens and not C.before_plan(R, m, doc) then
      -- with no top heading, the report is one section, whose time words of
      -- the review (过去一年，…) say nothing of its plan: past where the plan
      -- opens, that frames it
      cue = nil
    end
  end
  if plan_first and doc.plan_year then
    -- a heading naming a plan to come (二、“十五五”时期主要目标) frames a plan,
    -- one naming a plan ended a review, whatever its subheadings' words
    -- (（六）推动高质量发展取得新的更大进展)
    if plan_first >= doc.plan_year then section = "plan"
    elseif plan_last < doc.plan_year then section = "review" end
  end
  local part -- the part of a work report where its plan opens says m is in
  if (not section or not ctx.heading1) and not plan_first and not section_year and doc.plan_opens then
    -- 全省地区生产总值增长5.8% where no top heading says what part it is in
    -- (a report whose headings are unnumbered, or lost): a work report
    -- reviews before its plan opens (2025年工作安排, 今年…主要预期目标是：), and
    -- plans after, whatever words a subheading holds (（二）锚定封关运作目标，
    -- 自贸港建设扎实推进 reviews); in the plan's part, a thing done says so
    -- (已由15.3%降到12%)
    part, section = C.before_plan(R, m, doc) and "review" or "plan", nil
  end
  local estimate = C.estimate_cue(R, m)
  local kind, part_year
  if cue and cue.year and doc.plan_year then
    if cue.year_to >= doc.plan_year then kind = "target" else kind = "outcome" end
  end
  if not kind and cue and doc.plan_year then
    local row = cue.word and R.words.cue[cue.word]
    if row and row.past_years and ((section or part) == "review" or C.cue_before(R, m, past_time, false)) then
      -- 五年增量超1.36万亿元 in a review, or after a time of the past in its
      -- sentence (“十三五”以来，…五年累计新增城镇就业400万人): the five years before
      kind = "outcome"
    else
      local first, _, implied = C.read_time_cue(R, cue, doc)
      kind = implied
      -- 今年中央财政预算…的资金将达305亿元 in a review section: the year
      -- planned and a committing modal make a promise, whatever the section,
      -- and so does a weak one in the figure's own clause, past a 预计 of
      -- the clauses before (预计全年增长5.5%左右，今年目标是增长6%)
      if not kind and first and first >= doc.plan_year
          and (C.cue_before(R, m, commits, false) or C.cue_before(R, m, implies_target, true)) then
        kind = "target"
      end
    end
  end
  if not kind and section_year and doc.plan_year and not section then
    -- a heading that names only a year (2021年, 2022年目标…) dates its section
    kind = section_year < doc.plan_year and "outcome" or "target"
  end
  if not kind and ((C.is_share_of_plan(R, m) and not C.cue_before(R, m, commits, false)
        and section ~= "plan" and part ~= "plan")
      or C.measured_against_target(R, m)) then
    -- 完成年度目标的57.2%: the share of the plan done so far (in a plan's
    -- section, 分别完成年度投资计划的110%以上, the share it sets); 增长3.9%，低于
    -- 年初预期目标1.1个百分点: a figure set against its target; results
    kind = "outcome"
  end
  if not kind then
    -- a plan's 初步建成 is no estimate of a result, nor the 预计 of its part
    -- of a work report (预计全年为企业新增减负超过2.5万亿元: the size of a
    -- measure, or a forecast)
    if section == "plan" then kind = "target"
    elseif section == "review" or (estimate and part ~= "plan") then kind = "outcome"
    elseif part == "plan" then
      -- (in a plan's part, a time that ends before the year planned, 今年 in
      -- news of December, dates a result: 今年高新区地区生产总值预计增长7%左右)
      local ends_before = cue and doc.plan_year and (select(2, C.read_time_cue(R, cue, doc)) or doc.plan_year) < doc.plan_year
      kind = (ends_before or C.cue_before(R, m, is_perfective, true)) and "outcome" or "target"
    elseif part == "review" then kind = "outcome"
    elseif not modal and (C.reported_with_change(R, m) or C.reports_done(R, m)) then kind = "outcome"
    elseif modal or (modal == nil and C.cue_before(R, m, implies_target, false)) then kind = "target"
    elseif C.cue_before(R, m, implies_outcome, true) then kind = "outcome"
    elseif cue and doc.plan_year and (select(2, C.read_time_cue(R, cue, doc)) or doc.plan_year) < doc.plan_year then
      -- 今年前三季度，…完成268.5亿元 in news of October or December, which
      -- plans the year after: a time that ends before the year planned,
      -- said with no modality of a plan, frames what has come about
      kind = "outcome"
    elseif not cue and not plan_first and not section_year and st and st.para == ctx.para and st.para_kind then
      -- a plain statement with no time word and no heading to frame it (2023年全
      -- 市生产总值增长5.6%。其中，第一产业增加值增长4.1%) goes on in the kind
      -- its paragraph's figures have had
      kind = st.para_kind
    else
      -- 上半年，全市地区生产总值增长5.2% in news of July: a part of the year
      -- already past, its result
      -- (今年前三季度 in news of October: the part of the year its time word names)
      part_year = C.year_part_past(R, m, doc)
      if part_year and cue then
        local first, last = C.read_time_cue(R, cue, doc)
        if first ~= part_year or last ~= part_year then part_year = nil end
      end
      kind = part_year and "outcome" or "target"
    end
  end
  if kind == "target" and C.reports_only(R, doc) then
    -- a statistical communiqué plans nothing: 全年…增长5.8% is a result
    kind = "outcome"
  end
  if st then
    -- what the paragraph has said so far, for the plain statements after it
    if st.para ~= ctx.para then st.para, st.para_kind = ctx.para, nil end
    if kind == "target" or kind == "outcome" then st.para_kind = kind end
  end
  local first, last
  if kind == "target" and doc.review_year and not (cue and cue.year and cue.year < (doc.plan_year or 0))
      and C.is_from_value(R, m) then
    -- 由1.2万家增加到1.5万家 promised: the value it starts from is the level
    -- the year reviewed ended with, a result; or the year it names (由2020年
    -- 的55%提高到65%)
    local year = baseline and baseline.year and (baseline.year_to or baseline.year) or doc.review_year
    return "outcome", tostring(year), estimate ~= nil, cue
  end
  if cue then first, last = C.read_time_cue(R, cue, doc, kind) end
  -- a result of a part of the year past (1—9月 in news of October), whatever
  -- said it is one: that year's
  if kind == "outcome" and part_year == nil and not cue then part_year = C.year_part_past(R, m, doc) end
  if part_year then first, last = part_year, part_year end
  if not first then
    local span_first, span_last = plan_first, plan_last
    if span_first and kind == "outcome" and span_last < (doc.plan_year or 0) then
      first, last = span_first, span_last
    elseif span_first and kind == "target" and doc.plan_year and span_first >= doc.plan_year then
      first, last = span_first, span_last -- a target of the plan the heading names
    elseif section_year then first, last = section_year, section_year
    elseif kind == "target" then first, last = doc.plan_year, doc.plan_year
    else first, last = doc.review_year, doc.review_year end
  end
  local average = C.cue_before(R, m, is_average, true)
  if average and word_at(ctx.norm, average.pos + #average.word, R.lexicon.mean_nouns or {}) then
    -- PM2.5年均浓度降至36微克: the year's mean of a level, no average over years
    average = nil
  end
  if first and first == last and doc.plan_year then
    if average then
      -- 年均增长5.9%: the governing span, else the years reviewed or planned
      local row = R.words.cue[average.word]
      local span_first, span_last = plan_first, plan_last
      if span_first and span_last == last then first = span_first
      elseif kind == "target" and first > doc.plan_year then
        -- 到2030年年均增长5%: the years from the plan's to the horizon
        first = math.max(doc.plan_year, last - row.average[1] + 1)
      elseif kind == "target" and not row.backward then last = first + row.average[1] - 1
      else first = last - row.average[1] + 1 end
    end
  end
  if baseline and not C.changes_between(R, ctx.norm, baseline.pos, m.pos) then
    -- 由2019年最高位的9.9%降至…, 由前三年分别上升4.9%…: the value of the baseline
    local b_first, b_last = C.read_time_cue(R, baseline, doc, "outcome")
    if b_first and C.is_comparison(R, baseline, ctx.norm) then
      -- 较2016年分别改善43.9%: the change since the year compared with, to
      -- the end of the period the figure speaks of
      -- (not a level set against a year's, 恢复到2019年的95%: the year's own)
      if last and b_last < last and not C.dates_one_value(R, baseline) then first = b_last + 1 end
    elseif b_first then
      first, last = b_first, b_last
    end
  elseif kind == "outcome" and first and C.is_from_value(R, m) and not C.year_part(R, norm_before(m)) then
    -- 由97家增加到411家 over a span, 从5.5%降到5.3% in a year: the starting
    -- value stands before the period; but 从上半年5.5%降到5.3% starts from a
    -- part of the year itself, and 2020年到2025年，…从17.9%提升到35.5% from
    -- the year the span starts at
    if not (cue and C.starts_at_point(R, cue)) then first = first - 1 end
    last = first
  elseif first and first ~= last and (kind == "outcome" or kind == "target") then
    -- (a ceiling a plan sets with no verb, 城镇调查失业率5.5%以内, holds each
    -- year of it; one reached, 收入倍差缩小到1.9以内, is of the last)
    if not average and C.is_level(R, m)
        and not (kind == "target" and (m.cmp == "<=" or m.cmp == "<") and (m.verb or "") == "") then
      -- 城镇化率达到67.5% in a five-year review: the level at its end; so
      -- in a plan (到2027年城镇化率达到62%左右: of 2027, which the audit shows
      -- the years before against as progress); a flow, a sum or a level
      -- held each year (稳定在) keeps the span
      first = last
    end
  end
  if first and doc.plan_year and last > doc.plan_year and C.reports_only(R, doc) then
    -- a communiqué reports no year after the one it covers: a later year
    -- over its figures is its dateline's (2025年3月5日 under its title)
    last = doc.plan_year
    if first > last then first = last end
  end
  -- the period: one year (2022) or a span (2021-2025); `..` converts as tostring does
  local period = first and (first == last and first .. "" or first .. "-" .. last) or nil
  return kind, period, estimate ~= nil, cue
end

--- Does m stand before the plan of its work report opens (doc.plan_opens,
-- meta.plan_opening: 二、2025年工作安排, numbered or not, or 今年…主要预期目标
-- 是：), in the part that reviews? (By its own place: the sentence that
-- holds 主要预期目标是 opens the plan with it.)
function M.before_plan(_, m, doc)
  local opens, start = doc.plan_opens, m.start or m.context.start
  return opens ~= nil and start ~= nil and start < opens
end

--- Is m a headline target: one framed by the paragraph of the year's main
-- targets (主要预期目标: a time word whose lexicon row says headline)?
function M.headline_of(R, _m, kind, cue) -- _m: the mention, for packs
  if kind ~= "target" or not cue or not cue.word then return false end
  local row = R.words.cue[cue.word]
  return row ~= nil and row.headline == true
end

--- Is the outcome provisional? 预计/初步 before it, or 左右 about a year
-- that had not been closed when the document was published (one of the
-- lexicon's provisional_qualifiers: not 近两成, a figure known and rounded
-- down).
function M.estimate_of(R, m, doc, kind, period, has_estimate_cue)
  if kind ~= "outcome" then return false end
  -- a figure of a year before the one reviewed is known by now, whatever
  -- the sentence estimates (预计不良贷款率由2019年最高位的9.9%降至2.7%左右)
  local last = period and tonumber(match(period, "(%d+)$"))
  if last and doc.review_year and last < doc.review_year then return false end
  if has_estimate_cue then
    -- a communiqué's 初步核算 is the bureau's figure for the year, the one
    -- the reports cite (a cue the lexicon calls preliminary); 预计 stays one
    if R.classify.reports_only(R, doc) then
      local cue = R.classify.estimate_cue(R, m)
      local row = cue and R.words.cue[cue.word]
      if row and row.preliminary then return false end
    end
    return true
  end
  -- (左右 about the year before in January, or about the year itself at its
  -- end, not closed when the document was published: 今年…蔬菜产量1500万吨
  -- 左右 in news of December; a half-year past, in July, is known)
  local open_year = doc.year and ((tonumber(period) == doc.year and (doc.month or 0) >= 10)
    or (tonumber(period) == doc.year - 1 and (doc.month or 12) <= 1))
  if m.cmp == "~" and open_year then
    local raw = m.raw or ""
    for _, w in ipairs(R.lexicon.provisional_qualifiers or { "左右" }) do
      if find(raw, w, 1, true) then return true end
    end
  end
  return false
end

-- Does s hold a figure: a number that is no date's (2023年, 7月, 24日)?
local DATE_ENDS = { ["年"] = true, ["月"] = true, ["日"] = true, ["号"] = true }
local function states_figure(s)
  for stop in gmatch(s, "%d[%d%.]*()") do
    if not DATE_ENDS[sub(s, stop, stop + 2)] then return true end
  end
  return false
end

-- The words of data/regions.lua the region rule reads (lead-ins, name
-- breakers and heads), loaded once.
local regions_data
local function regions()
  if not regions_data then
    local data = require("duixian.data").shared("regions")
    regions_data = { lead_first = {}, name_breakers = data.name_breakers, name_followers = data.name_followers,
      name_heads = data.name_heads, whole_region = data.whole_region, whole_first = {},
      place_joiners = data.place_joiners or {}, place_groups = data.place_groups or {},
      subdivision_counts = data.subdivision_counts, scope_fillers = data.scope_fillers,
      zone_suffixes = data.zone_suffixes or {}, zone_modifiers = data.zone_modifiers or {},
      named_zones = {}, zone_province = {}, zone_generic_suffixes = data.zone_generic_suffixes or {},
      township_suffixes = data.township_suffixes or {}, township_generic = data.township_generic or {},
      township_generic_openers = data.township_generic_openers or {},
      county_suffixes = data.county_suffixes or {},
      township_breakers = data.township_breakers or {}, township_first = {},
      township_bare = {}, township_suffix_bytes = 3,
      scope_openers = data.scope_openers or {}, proper_zone_suffixes = data.proper_zone_suffixes or {},
      zone_name_breakers = data.zone_name_breakers or {}, generic_places = data.generic_places or {},
      zone_name_non_openers = data.zone_name_non_openers or {}, zone_across = {},
      zone_ending_breakers = data.zone_ending_breakers or {}, whole_endings = data.whole_endings or {},
      zone_anaphors = data.zone_anaphors or {} }
    for _, w in ipairs(data.whole_region) do regions_data.whole_first[sub(w, 1, 3)] = true end
    for _, row in ipairs(data.named_zones or {}) do
      regions_data.named_zones[#regions_data.named_zones + 1] = row[1]
      regions_data.zone_province[row[1]] = row[2]
      if row.across then regions_data.zone_across[row[1]] = true end
    end
    for _, w in ipairs(regions_data.township_suffixes) do
      regions_data.township_first[sub(w, 1, 3)] = true
      regions_data.township_suffix_bytes = math.max(regions_data.township_suffix_bytes, #w)
    end
    for _, w in ipairs(data.township_bare or {}) do regions_data.township_bare[w] = true end
    -- name breakers by their first character, name heads by their first
    -- byte: ends_inside_word compares only those that can match
    regions_data.breakers_first, regions_data.heads_first = {}, {}
    for _, w in ipairs(data.name_breakers) do
      local first = sub(w, 1, 3)
      regions_data.breakers_first[first] = regions_data.breakers_first[first] or {}
      table.insert(regions_data.breakers_first[first], w)
    end
    for _, w in ipairs(data.name_heads) do
      local first = byte(w, 1) or 0
      regions_data.heads_first[first] = regions_data.heads_first[first] or {}
      table.insert(regions_data.heads_first[first], w)
    end
    regions_data.subdivision_first = {}
    for _, w in ipairs(data.subdivision_counts) do regions_data.subdivision_first[sub(w, 1, 3)] = true end
    -- the lead-ins by their first three bytes, longest first: a clause head
    -- is compared with those that can match
    local leads = { table.unpack(data.lead_ins) }
    table.sort(leads, function(a, b) return #a > #b end)
    for _, w in ipairs(leads) do
      local first = sub(w, 1, 3)
      regions_data.lead_first[first] = regions_data.lead_first[first] or {}
      table.insert(regions_data.lead_first[first], w)
    end
  end
  return regions_data
end

--- Does an estimate cue open a summary of the whole year or region (预计全年,
-- 预计全旗: one of the lexicon's summary_frames or a whole-region word of
-- data/regions.lua right after it)? Its list of figures runs on past
-- semicolons.
function M.sums_up(R, norm, cue)
  local stop = cue.pos + #cue.word
  return word_at(norm, stop, R.lexicon.summary_frames or {}) ~= nil
    or word_at(norm, stop, (regions_data or regions()).whole_region) ~= nil
end

--- Words meaning the document's own region or an unnamed part of it (全市,
-- 我区, 各县, 城区), from data/regions.lua: at the head of a clause they keep
-- the document's region. A pack turns one off with `generic_places = { 城区 = false }`.
M.generic_places = {}
for _, w in ipairs(require("duixian.data").shared("regions").generic_places) do M.generic_places[w] = true end

local function starts_with(s, i, word) return sub(s, i, i + #word - 1) == word end

-- the lexicon's whole words (并购, 共和县), which no lead-in is cut from
local whole_word_list
local function whole_words()
  if not whole_word_list then whole_word_list = require("duixian.data").shared("lexicon").whole_words or {} end
  return whole_word_list
end

-- The byte offset of the subject position of s from i on: past lead-ins,
-- digits, spaces and the time characters of a date.
local time_chars, no_chars = { "年", "月", "日", "份", "底" }, {}
subject_start = function(s, i, stop)
  local lead_first = (regions_data or regions()).lead_first
  while i < stop do
    local b = byte(s, i)
    if b and (b >= 0x30 and b <= 0x39 or b == 0x20 or b == 0x2D) then
      i = i + 1
    else
      local moved = false
      local before = i > 1 and byte(s, i - 1)
      if before and before <= 0x39 and before >= 0x30 then -- a date's time characters
        for k = 1, #time_chars do -- a constant list
          local w = time_chars[k]
          if sub(s, i, i + #w - 1) == w then i, moved = i + #w, true break end
        end
      end
      if not moved then
        local leads = lead_first[sub(s, i, i + 2)]
        if not leads then return i end
        for k = 1, #leads do
          local w = leads[k]
          if sub(s, i, i + #w - 1) == w then
            -- a lead-in that opens a whole word of the lexicon is no lead-in
            -- (共 of 共和县, the place)
            local whole = word_at(s, i, whole_words())
            if whole and #whole > #w then return i end
            i, moved = i + #w, true
            break
          end
        end
        if not moved then return i end
      end
    end
  end
  return i
end

-- Does the name ending before byte i end inside a longer word (现代县域
-- holds 代县; 城市场 holds 城市) or begin a proper name (郑州大学)? The words
-- are data/regions.lua's name_breakers and name_heads.
local function ends_inside_word(s, i)
  local data = (regions_data or regions())
  -- (a word that opens right after it ends the name whole: 湄潭县|城镇化率 is
  -- no 县城; data/regions.lua name_followers)
  if data.name_followers and word_at(s, i, data.name_followers) then return false end
  for _, w in ipairs(data.breakers_first[sub(s, i - 3, i - 1)] or no_chars) do
    if starts_with(s, i - 3, w) then return true end
  end
  for _, w in ipairs(data.heads_first[byte(s, i)] or no_chars) do
    if starts_with(s, i, w) then return true end
  end
  return false
end

-- The words of a generic_places set ({ word = on }) by their first byte,
-- made once per set: region_of compares only those that can start there.
local generic_by_first = setmetatable({}, { __mode = "k" })
local function generic_starting(places, b)
  if places[""] ~= nil then return places end -- "" starts anywhere: no index
  local index = generic_by_first[places]
  if not index then
    index = {}
    for word, on in pairs(places) do
      local first = byte(word, 1)
      index[first] = index[first] or {}
      index[first][word] = on
    end
    generic_by_first[places] = index
  end
  return index[b] or no_chars
end

-- What a unit is, for the reason: its level, and a city or district by its name.
local function unit_kind(unit)
  local last = sub(unit.name, -3)
  if unit.level == 1 then return "a province" end
  if unit.level == 2 then return last == "市" and "a city" or "a prefecture" end
  if last == "区" then return "a district" end
  return last == "市" and "a county-level city" or "a county"
end

-- The gazetteer's options for names inside home (short forms of provinces
-- and prefectures too), one table per home: the lookups run per clause and
-- only read them.
local within_options = setmetatable({}, { __mode = "k" })
local function places_within(home)
  local opts = within_options[home]
  if not opts then
    opts = { within = home, short = 2 }
    within_options[home] = opts
  end
  return opts
end

--- The unit a whole-region word of a level below the report's region
-- speaks of (加快建设张家口可再生能源示范区，全市可再生能源装机… in a report of
-- 河北省: 张家口市): the last unit of the gazetteer inside home named before
-- byte at of norm whose name ends as the word does (data/regions.lua's
-- whole_endings: 全市 a 市, 全县 a 县); nil where the word is home's own
-- (全市 in 北京市's) or none is named.
function M.lower_whole_region(_, norm, at, word, home)
  local data = regions_data or regions()
  local ending = data.whole_endings and data.whole_endings[word]
  if not ending or at <= 1 or sub(home.name, -#ending) == ending then return nil end
  local last
  for _, hit in ipairs((gazetteer_module or gazetteer()).scan(sub(norm, 1, at - 1), places_within(home))) do
    local u = hit.unit
    if u and u ~= home and sub(u.name, -#ending) == ending then last = u end
  end
  return last and last.name or nil
end

--- Does the subject position at byte at of norm (before byte stop) open
-- with the proper name of a place that is no unit of the gazetteer: two to
-- four characters, not opening with a verb, then a zone's ending of
-- data/regions.lua (雄安新区累计完成投资…, 烟庄街道新建…)? Such a clause speaks
-- of that place, not of the unit its paragraph is about.
function M.names_own_place(R, norm, at, stop)
  return R.classify.zone_at(R, norm, at, stop) ~= nil
end

--- The proper name of such a place (雄安新区, 科技城新区, 烟庄街道) standing at
-- byte at of norm, before stop, or nil: two to four characters before the
-- ending, or to longest (six after a place's name or before a proper
-- ending: 长兴太湖图影旅游度假区, 洋山特殊综合保税区; elsewhere a longer run is
-- a phrase: 制定出台浦东新区法规).
function M.zone_at(R, norm, at, stop, longest)
  local data = regions_data or regions()
  local first = sub(norm, at, at + 2)
  local opening = byte(norm, at)
  if not opening or opening < 0xE4 or opening > 0xE9 then return nil end -- (a mark: ，陆家嘴金融城 is none)
  if R.words.verb[first] or R.words.verb[sub(norm, at, at + 5)] then return nil end
  if word_at(norm, at, data.zone_modifiers) then return nil end -- 各类园区, 重点园区
  -- nor a verb of pushing or backing (推动陆港新区建设: no zone 推动陆港)
  if word_at(norm, at, R.lexicon.openers or {}) then return nil end
  for chars = 2, longest or 4 do
    local i = at + 3 * chars
    if i >= stop then return nil end
    local lead = byte(norm, i - 3)
    if not lead or lead < 0xE4 or lead > 0xE9 then return nil end -- a name of ideographs only
    local suffix = word_at(norm, i, data.zone_suffixes)
    -- (an ending that runs on into a longer word is none: 新型智慧城市)
    if suffix and not word_at(norm, i + #suffix - 3, data.zone_ending_breakers or {}) then
      return sub(norm, at, i + #suffix - 1)
    end
  end
  return nil
end

--- The zone a clause speaks of though no place's name opens it (张江科学城,
-- 陆家嘴金融城, 霍尔果斯口岸): a zone (zone_at) ending in one of data/
-- regions.lua's proper_zone_suffixes, its name no word of the whole region
-- or of its parts (全市, 各县) and holding none of the zone_name_breakers
-- (两个口岸). Returns the zone's name as written, or nil.
function M.proper_zone_at(R, norm, at, stop)
  local data = regions_data or regions()
  -- most clauses hold no such ending near their start: one search in C first
  local suffixes = data.proper_zone_suffixes or {}
  if not contains_any(norm, at, math.min(stop - 1, at + 3 * 6 + 3 * 6 - 1), suffixes) then return nil end
  local zone = R.classify.zone_at(R, norm, at, stop, 6)
  if not zone then return nil end
  local suffix = word_before(zone, #zone + 1, data.proper_zone_suffixes or {})
  if not suffix or #zone - #suffix < 6 then return nil end
  local name = sub(zone, 1, #zone - #suffix)
  if word_at(name, 1, data.generic_places) or contains_any(name, 1, #name, data.zone_name_breakers)
      or word_at(name, 1, data.zone_name_non_openers) then
    return nil
  end
  return zone
end

-- The document's own county by its name without its ending (安仁 of 安仁县,
-- 两字 at least), standing at byte at of norm: as the gazetteer's name_at
-- gives a hit, or nil. The gazetteer lists no short forms of counties, which
-- elsewhere name other things; before a zone's ending in the county's own
-- report (安仁工业集中区), one names the county.
local function own_short_name_at(norm, at, home)
  if home.level ~= 3 then return nil end
  local data = regions_data or regions()
  -- (an autonomous county by the name reports give it: 长阳 of 长阳县)
  local short = (gazetteer_module or gazetteer()).short_of(home, data.county_suffixes)
  if not short then return nil end
  if sub(norm, at, at + #short - 1) ~= short then return nil end
  return { name = short, unit = home }
end

-- The short name of a county-level unit inside home standing at byte at of
-- norm right before a zone's ending that is no generic one (瑞金经开区, 龙南
-- 经济技术开发区 in a report of 赣州市: the zone's proper name), as a hit of
-- the gazetteer ({ name, unit }), or nil. Reports name counties in full
-- (瑞金市), so a short one is trusted before such an ending only.
local function county_short_zone_at(norm, at, home)
  if home.level and home.level >= 3 then return nil end
  local data = regions_data or regions()
  local shorts = (gazetteer_module or gazetteer()).county_short_names(home, data.county_suffixes)
  for chars = 4, 2, -1 do
    local short = sub(norm, at, at + 3 * chars - 1)
    local unit = shorts[short]
    if unit then
      local suffix = word_at(norm, at + #short, data.zone_suffixes)
      if suffix and not words_module.set_of(data.zone_generic_suffixes)[suffix] then
        return { name = short, unit = unit }
      end
      return nil
    end
  end
  return nil
end

-- Is named zone (data/regions.lua named_zones) one a report of home speaks
-- of as its own: the zone of a province, in the reports of that province,
-- its units or the nation (one across provinces in the nation's only)?
local function named_zone_of(zone, home)
  local data, gaz = regions_data or regions(), gazetteer_module or gazetteer()
  local province = gaz.find(data.zone_province[zone])
  return province ~= nil and (province == home or gaz.inside(province, home)
    or (not data.zone_across[zone] and gaz.inside(home, province)))
end

--- The named zone (data/regions.lua named_zones) a clause calls by its
-- ending alone at byte at of norm (新区 for 雄安新区), when the sentence's
-- headings, its paragraph's opening or the sentence before at name it in
-- full and it lies in home; or nil.
function M.zone_anaphor_at(_, ctx, norm, at, home)
  local data = regions_data or regions()
  local ending = word_at(norm, at, data.zone_anaphors or {})
  -- (not an ending that runs on into a longer word: 新区域)
  if not ending or word_at(norm, at + #ending - 3, data.zone_ending_breakers or {}) then return nil end
  local texts = { sub(norm, 1, at - 1), ctx.para_lead or "", ctx.heading3 or "", ctx.heading2 or "", ctx.heading1 or "" }
  for _, zone in ipairs(data.named_zones) do
    if #zone > #ending and sub(zone, -#ending) == ending and not data.zone_across[zone] and named_zone_of(zone, home) then
      for _, text in ipairs(texts) do
        if find(text, zone, 1, true) then return zone end
      end
    end
  end
  return nil
end

--- The zone a clause speaks of as its region, standing at byte at of norm
-- (its subject position) before stop: one of data/regions.lua's
-- named_zones (两江新区), or a zone (zone_at) whose name opens with the
-- name of the document's region or of a unit inside it (西安高新区 in a
-- report of 陕西省, 聊城高新区 in one of 聊城市); not a street (街道: the
-- townships' rules) and not a zone of a place elsewhere. hit: the
-- gazetteer's name at byte at when the caller has it (gazetteer.name_at).
-- Returns the zone's name as written, or nil.
function M.zone_region_at(R, norm, at, stop, home, hit)
  local data = regions_data or regions()
  local gaz = gazetteer_module or gazetteer()
  local named = word_at(norm, at, data.named_zones)
  if named then
    return named_zone_of(named, home) and at + #named < stop and named or nil
  end
  hit = hit or gaz.name_at(norm, at, places_within(home)) or own_short_name_at(norm, at, home)
    or county_short_zone_at(norm, at, home)
  -- (a zone named after a unit above the region, in it: 广州国际金融城 in a
  -- report of 天河区, as one named after no place)
  local above = hit and (hit.unit or gaz.find(hit.name, { short = 2 }))
  if not hit or (above and above ~= home and gaz.inside(home, above)) then
    return R.classify.proper_zone_at(R, norm, at, stop)
  end
  if not (hit.unit and (hit.unit == home or gaz.inside(hit.unit, home))) then return nil end
  local zone = R.classify.zone_at(R, norm, at, stop, 6)
  if not zone or #zone <= #hit.name or word_before(zone, #zone + 1, data.township_suffixes) then return nil end
  -- what stands between the place and the ending: no modifier of a generic
  -- phrase (西安各开发区), and no nothing before a generic ending (长沙市园区:
  -- the city's parks; 西安高新区 is one)
  local suffix = word_before(zone, #zone + 1, data.zone_suffixes)
  local middle = sub(zone, #hit.name + 1, #zone - #suffix)
  if word_at(middle, 1, data.zone_modifiers) then return nil end
  -- (but the place's short name before one is the zone's own name: 昆山开发区
  -- in 昆山市's report)
  if middle == "" and words_module.set_of(data.zone_generic_suffixes)[suffix]
      and not (hit.unit == home and #hit.name < #hit.unit.name) then
    return nil
  end
  return zone
end

-- Is the name norm[at, stop) a generic word for townships (城镇, 小城镇,
-- 各城镇, 特色小镇), not a township's own name? A generic word that ends it
-- makes it one, unless a single character opens the name before the word
-- and it is none of the township_generic_openers: 金城镇, 王集镇 and 王家乡
-- are names.
local function generic_township(data, norm, at, stop)
  local word = word_before(norm, stop, data.township_generic)
  if not word then return false end
  local word_start = stop - #word
  if word_start - at ~= 3 then return true end
  return word_at(norm, at, data.township_generic_openers) ~= nil
end

--- The name of a township (a unit below a county, which the gazetteer does
-- not list) standing at byte at of norm, before stop: one to four
-- ideographs and one of data/regions.lua's township_suffixes (古云镇,
-- 张鲁回族镇, 烟庄街道), not opening with a verb, a generic place word or a
-- zone modifier (各, 重点), not a generic word itself (城镇, 特色小镇) and
-- not cut from a longer word (乡村振兴). Returns the name or nil.
function M.township_at(R, norm, at, stop, bare)
  local data = regions_data or regions()
  -- most clauses: no suffix among the characters a name could end with
  -- (one look through the word set, in C, before the loop)
  -- (up to six characters where a people names it, 新添堡回族乡, 阿拉坦合力苏木)
  local long = find(sub(norm, at, at + 3 * 6 - 1), "族", 1, true) or find(sub(norm, at, at + 3 * 8 - 1), "苏木", 1, true)
  local most = long and 6 or 4
  local last = at + 3 * most + data.township_suffix_bytes - 1
  if not contains_any(norm, at + 3, last < stop - 1 and last or stop - 1, data.township_suffixes) then return nil end
  local first = data.township_first
  for chars = 1, most do
    local i = at + 3 * chars
    if i >= stop then return nil end
    local lead = byte(norm, i - 3)
    if not lead or lead < 0xE4 or lead > 0xE9 then return nil end -- a name of ideographs only
    -- a plain look at the character first: most clauses hold no suffix
    if first[sub(norm, i, i + 2)] then
      local suffix = word_at(norm, i, data.township_suffixes)
      -- named bare (no county before it), only the suffixes data/regions.lua
      -- trusts alone (老旧街道 is a street, 古云镇 a township)
      if suffix and bare and not data.township_bare[suffix] then suffix = nil end
      if suffix and not word_at(norm, i, data.township_breakers)
          and not generic_township(data, norm, at, i + #suffix) then
        -- a name, unless the clause opens with a verb (推进…镇), a zone
        -- modifier (重点镇) or a generic place word (全县, 各县区)
        if R.words.verb[sub(norm, at, at + 2)] or R.words.verb[sub(norm, at, at + 5)] then return nil end
        if word_at(norm, at, data.zone_modifiers) then return nil end
        local generic = R.classify.generic_places -- a set (a pack turns a word off with false)
        for n = 2, 5 do
          if generic[sub(norm, at, at + 3 * n - 1)] then return nil end
        end
        return sub(norm, at, i + #suffix - 1)
      end
    end
  end
  return nil
end

--- Do the conjuncts before the 分别 of m's clause all name townships, two
-- or more (柳溪街道、万佛街道分别新建社区养老服务站3个、2个)? Then a 街道, which
-- alone is as often a street (老旧街道), names one too.
function M.lists_townships(R, m)
  local norm = m.context.norm
  local stop = find(norm, "分别", m.clause_start, true)
  if not stop or stop > m.pos then return false end
  local joiners = (regions_data or regions()).place_joiners
  local i, count = subject_start(norm, m.clause_start, stop), 0
  while i < stop do
    local town = R.classify.township_at(R, norm, i, stop, false)
    if not town then return false end
    count, i = count + 1, i + #town
    local joiner = word_at(norm, i, joiners)
    if not joiner then break end
    i = i + #joiner
  end
  return count >= 2
end

-- A township's name as m's region, saying whose township it is.
local function township_region(m, town, county)
  m.region_reason = ("names %s, a township of %s"):format(town, county.name)
  return town
end

--- The place inside home whose name, and a colon, open m's sentence (鹿城区：
-- 改造城镇老旧小区18个), once per sentence; nil when none. Sets
-- m.region_reason.
function M.label_place(_, m, home)
  local ctx = m.context
  local known = ctx.label_place
  if known == nil then
    known = false
    local norm = ctx.norm
    -- (a colon near its start, or no label: most sentences hold none)
    local colon = find(norm, "：", 1, true) or find(norm, ":", 1, true)
    local gaz = colon and colon <= 40 and (gazetteer_module or gazetteer())
    local hit = gaz and gaz.name_at(norm, 1, places_within(home))
    if hit and hit.unit and hit.unit ~= home and gaz.inside(hit.unit, home) then
      local after = sub(norm, #hit.name + 1, #hit.name + 3)
      if after == "：" or sub(after, 1, 1) == ":" then known = hit.unit.name end
    end
    ctx.label_place = known
  end
  if not known then return nil end
  m.region_reason = ("names %s, labelling its sentence"):format(known)
  return known
end

--- The unit inside home (a gazetteer unit) that m's own subject opens with
-- (厦门 of 厦门、福州机场…分别), or nil; sets m.region_reason.
function M.unit_of_subject(_, m, home)
  local subject = m.subject or ""
  if subject == "" then return nil end
  local gaz = gazetteer_module or gazetteer()
  local hit = gaz.name_at(subject, 1, places_within(home))
  if not (hit and hit.unit and hit.unit ~= home and gaz.inside(hit.unit, home))
      or ends_inside_word(subject, 1 + #hit.name) then
    return nil
  end
  -- 长沙至赣州高铁: a route between places, no place's own figure
  local next_char = sub(subject, #hit.name + 1, #hit.name + 3)
  if next_char == "至" or next_char == "到" or next_char == "—" or sub(next_char, 1, 1) == "-" then return nil end
  local parent = gaz.parent(hit.unit)
  m.region_reason = ("names %s, %s of %s, one of a list of figures that go one to each"):format(
    hit.unit.name, unit_kind(hit.unit), parent and parent.name or home.name)
  return hit.unit.name
end

--- The list of places that opens s at byte at: two or more units inside
-- home (a gazetteer unit) joined by data/regions.lua's place_joiners
-- (海淀区、朝阳区地区生产总值均增长5%左右; 即墨区和胶州市…). Its text, or nil.
-- Such a figure is each place's, or their sum: never the region's own.
function M.places_listed_at(_, s, at, home)
  local gaz = gazetteer_module or gazetteer()
  local joiners = (regions_data or regions()).place_joiners
  local i, count, stop = at, 0, nil
  while true do
    local hit = gaz.name_at(s, i, places_within(home))
    if not (hit and hit.unit and hit.unit ~= home and gaz.inside(hit.unit, home))
        or ends_inside_word(s, i + #hit.name) then
      break
    end
    count, stop = count + 1, i + #hit.name
    local joiner = word_at(s, stop, joiners)
    if not joiner then break end
    i = stop + #joiner
  end
  if count < 2 then return nil end
  -- a group the list names (甘孜、阿坝、凉山三州): spoken of by its name
  if word_at(s, stop, (regions_data or regions()).place_groups) then return nil end
  return sub(s, at, stop - 1)
end

--- Does the clause of s from byte at on (to the next clause mark, as the
-- scanner reads them) state a figure, a digit in it (昆山市地区生产总值5140亿元)?
function M.states_figure(_, s, at)
  local stop = #s + 1
  for _, mark in ipairs(CLAUSE_MARKS) do -- found whole: multibyte marks
    local b = find(s, mark, at, true)
    if b and b < stop then stop = b end
  end
  return find(sub(s, at, stop - 1), "%d") ~= nil
end

--- The unit inside home (a gazetteer unit named in full, a zone or a
-- township) that an earlier clause of m's sentence opens with, stating a
-- figure of its own, when m stands in a later clause with no place of its
-- own: the nearest such clause, back past clauses that name no place
-- (过去一年，昆山市地区生产总值5140亿元、增长5.2%，一般公共预算收入增长6.1%:
-- all three are 昆山市's; 古云镇新建蔬菜大棚1200个，实现产值3亿元). nil when the
-- nearest place is the region's own word (全市), a list of places (海淀区、朝阳区…), a thing of a
-- place (福州地铁…), when a semicolon stands between (a statement of its
-- own), or when none stands before m. region_of hands the unit
-- on as it reads the sentence's figures in order (ctx.sentence_carry), so
-- this costs nothing per figure; sets m.region_reason.
function M.sentence_unit(R, m, home)
  local carry = m.context.sentence_carry
  if not carry or carry[2] >= m.clause_start then return nil end
  -- a semicolon opens a statement of its own (…临清市生产总值突破500亿元；城乡
  -- 居民人均可支配收入年均增长7%以上: the city's)
  if R.classify.crosses_semicolon(R, m.context.norm, carry[2], m.pos) then return nil end
  local unit = carry[1]
  -- nor past another place named between (恩施大峡谷景区接待游客突破300万人次，支持
  -- 利川市创建…，新增国家4A级旅游景区3家: no longer the scenic area's)
  if R.classify.names_place_between(R, m, carry[2], unit.name, home) then return nil end
  if unit.zone_of then -- a zone (zone_region_at), no unit of the gazetteer
    m.region_reason = ("an earlier clause of the sentence opens with %s, a zone of %s, and the clause goes on about it")
      :format(unit.name, unit.zone_of.name)
    return unit.name
  end
  if unit.township_of then -- a township (township_at), which the gazetteer does not list
    m.region_reason = ("an earlier clause of the sentence opens with %s, a township of %s, and the clause goes on about it")
      :format(unit.name, unit.township_of.name)
    return unit.name
  end
  local parent = (gazetteer_module or gazetteer()).parent(unit)
  m.region_reason = ("an earlier clause of the sentence opens with %s, %s of %s, and the clause goes on about it")
    :format(unit.name, unit_kind(unit), parent and parent.name or home.name)
  return unit.name
end

--- Does a unit of the gazetteer inside home stand in m's sentence after the
-- name opening the clause at byte from and before m's clause?
function M.names_place_between(_, m, from, name, home)
  local norm = m.context.norm
  if from >= m.clause_start then return false end
  local between = sub(norm, from, m.clause_start - 1)
  local at = find(between, name, 1, true)
  local past = at and at + #name or 1
  for _, hit in ipairs((gazetteer_module or gazetteer()).scan(between, places_within(home))) do
    if hit.start >= past and hit.unit then return true end
  end
  return false
end

-- Is the place named before rest (the words between it and the figure) an
-- item of a list the figure counts or sums (沈阳航空、沈大工业母机…3个集群;
-- 北海铁山港泊位等7个)? A 、 before any digit, or 等 right before the figure
-- (a 、 after a figure parts figures, not items: 昆山市地区生产总值5140亿元、
-- 增长5.2% is 昆山市's growth).
local function is_list_item(rest)
  local mark, digit = find(rest, "、", 1, true), find(rest, "%d")
  return (mark ~= nil and not (digit and digit < mark)) or sub(rest, -3) == "等"
end

-- The words of commitment (力争, 确保, 拟: the lexicon's modal cues that
-- imply a target on their own, not weak ones such as 目标) and the
-- adverbial prepositions (在, 为, 通过) of R's lexicon, as a list, once per
-- word index.
-- (and the set of their first characters, for a look before the call)
local lead_in_words_of, lead_in_first_of = setmetatable({}, { __mode = "k" }), setmetatable({}, { __mode = "k" })
local function lead_in_words(R)
  local words = lead_in_words_of[R.words]
  if not words then
    words = {}
    local first = {}
    for word, row in pairs(R.words.cue) do
      if row[2] == "modal" and row.implies == "target" and not row.weak then words[#words + 1] = word end
    end
    for _, word in ipairs(R.lexicon.adverbial_prepositions or {}) do words[#words + 1] = word end
    for _, word in ipairs(R.lexicon.backing_verbs or {}) do words[#words + 1] = word end
    table.sort(words) -- a stable order (pairs has none)
    for _, word in ipairs(words) do first[sub(word, 1, 3)] = true end
    lead_in_words_of[R.words], lead_in_first_of[R.words] = words, first
  end
  return words
end

--- The byte after a word of commitment or an adverbial preposition standing
-- at byte i of norm (力争官湖镇…, 在唐江镇…), or i where none stands: words
-- that may come before a clause's subject.
function M.clause_lead_in(R, norm, i)
  local word = word_at(norm, i, lead_in_words(R))
  return word and i + #word or i
end

--- Region: the document's, unless the mention's clause opens (its subject
-- position, after lead-ins such as 其中 or 2021年) with the name of a real
-- administrative unit inside the document's region: 莘县生产总值增长8% in a
-- report of 聊城市 is 莘县's. Only units of the gazetteer (data/gazetteer.lua)
-- become regions, so 地区生产总值, 老旧小区 and 新建县城 never do; generic
-- words (全市, 我区, 各县, 城区: data/regions.lua) keep the document's region,
-- and so does a unit outside it (another province, the nation) or one that is
-- not the subject (推动莘县…, 位于东昌府区的…). Short forms count only for
-- provinces and prefectures (聊城 in a report of 山东省). Sets m.region_reason
-- when the region is not the document's.
function M.region_of(R, m, doc)
  local region = doc.region
  if not region then return nil end
  local gaz = gazetteer_module or gazetteer()
  local home
  if region == last_region then
    home = last_home
  else
    home = gaz.region_unit(region)
    last_region, last_home = region, home
  end
  if not home then return region end -- not in the gazetteer: the manifest's word stands
  -- a place's name labelling its sentence (鹿城区：改造城镇老旧小区18个，…):
  -- the sentence is that place's
  local label = R.classify.label_place(R, m, home)
  if label then return label end
  if m.distributive then
    -- 厦门、福州机场旅客吞吐量分别达…、…: each figure goes to the unit its
    -- own subject opens with, or the zone (西安高新区营业总收入、工业总产值分别…)
    -- (a zone's name opens with a place's: asked only where one stands)
    local named = R.classify.unit_of_subject(R, m, home)
    local subject = m.subject or ""
    if named then
      return R.classify.zone_region_at(R, subject, 1, #subject + 1, home) or named
    end
    -- or a named zone, its subject alone or opening it (京津冀、长三角、珠三角
    -- 等重点区域细颗粒物平均浓度分别下降…: each region's own; the stop past
    -- the subject's end lets a subject that is the name alone be one)
    local zone = word_at(subject, 1, (regions_data or regions()).named_zones)
    if zone and R.classify.zone_region_at(R, subject, 1, #subject + 2, home) then
      m.region_reason = ("names %s, a zone of %s"):format(zone, home.name)
      return zone
    end
  end
  -- a township named bare (古云镇…) is one only in a county's own report,
  -- whose parts are townships; elsewhere a county or city names it first
  local county = R.classify.document_level(R, doc) == 3
  if county and m.distributive and m.subject and m.subject ~= "" then
    -- 新政镇、永乐镇地方税收分别…: each figure the township its own subject
    -- opens with (the clause's opening township is one of a list)
    local town = R.classify.township_at(R, m.subject, 1, #m.subject + 1, true)
      or (R.classify.lists_townships(R, m) and R.classify.township_at(R, m.subject, 1, #m.subject + 1, false))
    if town then return township_region(m, town, home) end
  end
  if county and (m.list_index or 1) > 1 and m.subject and m.subject ~= "" then
    -- a later item of a list names its own township (其中古云镇1.2万亩、张鲁回族镇8000亩)
    local town = R.classify.township_at(R, m.subject, 1, #m.subject + 1, true)
    if town then
      return township_region(m, town, home)
    end
  end
  -- the subject position of the clause, and whether a place name stands
  -- there, once per clause: most clauses open with none (the position,
  -- negated when a name stands there: no table per clause)
  local ctx = m.context
  local norm = ctx.norm
  local place_at = subtable(ctx, "place_at")
  local cs = m.clause_start
  local known = place_at[cs]
  if not known then
    local start = subject_start(norm, cs, m.clause_end + 1)
    local hit = gaz.name_at(norm, start, places_within(home))
    local lead_first = lead_in_first_of[R.words]
    if not lead_first then
      lead_in_words(R)
      lead_first = lead_in_first_of[R.words]
    end
    -- words of commitment or prepositions before the subject (力争官湖镇新增…,
    -- 要在城关镇新建…): the place after them is the subject's, a unit of the
    -- gazetteer or a township of two characters or more before its suffix
    -- (not 阳镇 of 向阳镇, 民镇 of 为民镇: the word was the name's own)
    local lead = start
    for _ = 1, 3 do
      if hit or not lead_first[sub(norm, lead, lead + 2)] then break end
      local after = R.classify.clause_lead_in(R, norm, lead)
      if after == lead then break end
      lead = subject_start(norm, after, m.clause_end + 1)
      hit = gaz.name_at(norm, lead, places_within(home))
      local town = not hit and R.classify.township_at(R, norm, lead, m.clause_end + 1, true)
      local suffix = town and word_before(town, #town + 1, (regions_data or regions()).township_suffixes)
      -- (or a zone its own region's short name opens: 推动义乌综合保税区…)
      if hit or (town and #town - #suffix >= 6) or own_short_name_at(norm, lead, home)
          or word_at(norm, lead, (regions_data or regions()).named_zones) then
        start = lead
      end
    end
    known = hit and -start or start
    place_at[cs] = known
    -- a zone at the subject position (西安高新区营业总收入…, 两江新区实现…):
    -- where a place of the gazetteer stands, or a named zone; noted once
    -- per clause, in a table made only for a sentence that names one
    if hit or word_at(norm, start, (regions_data or regions()).named_zones) or own_short_name_at(norm, start, home)
        or county_short_zone_at(norm, start, home) or R.classify.proper_zone_at(R, norm, start, m.clause_end + 1) then
      local zone = R.classify.zone_region_at(R, norm, start, m.clause_end + 1, home, hit)
      if zone then subtable(ctx, "zones")[cs] = zone end
    end
  end
  local at, named = known, false
  if known < 0 then at, named = -known, true end
  local zone = ctx.zones and ctx.zones[cs]
  if zone and at + #zone <= m.pos then
    ctx.sentence_carry = false
    -- one of a list (长沙高新区和长沙经开区、株洲高新区等6家园区; 西安高新区和西安
    -- 经开区营业总收入合计…; 西安经开区等园区): the region's
    -- (a 、 after its own subject parts the figures of a 分别 list, not places)
    local rest = sub(norm, at + #zone, m.pos - 1)
    if find(rest, "等", 1, true) or word_at(rest, 1, (regions_data or regions()).place_joiners) then
      return region
    end
    m.region_reason = ("names %s, a zone of %s"):format(zone, home.name)
    -- it goes on into the later clauses (雄安新区累计完成投资…，新增就业10万人),
    -- unless it is an item of a list of the region's figures (力争新增规上工业
    -- 企业15家，长阳经济开发区规上工业产值突破200亿元，工业技改投资增长15%: a
    -- figure before its clause)
    ctx.sentence_carry = not states_figure(sub(norm, 1, cs - 1)) and { { name = zone, zone_of = home }, cs } or false
    return zone
  end
  if at >= m.pos or not named then
    -- a township at the subject position (古云镇新建蔬菜大棚1200个): its own
    -- figure, not the county's
    local towns = subtable(ctx, "towns") -- once per clause (false: none there)
    local town = towns[cs]
    if town == nil then
      town = county and R.classify.township_at(R, norm, at, m.clause_end + 1, true) or false
      towns[cs] = town
    end
    if town and at + #town > m.pos then town = false end -- the figure itself stands there
    if town then
      -- one of a list counted together (古云镇、张鲁回族镇等5个乡镇…): the
      -- region's; else it goes on into the later clauses (古云镇新建蔬菜大棚
      -- 1200个，实现产值3亿元), as a unit of the gazetteer does
      local rest = sub(norm, at + #town, m.pos - 1)
      if find(rest, "等", 1, true) or word_at(rest, 1, (regions_data or regions()).place_joiners) then
        ctx.sentence_carry = false
        return region
      end
      ctx.sentence_carry = { { name = town, township_of = home }, cs }
      return township_region(m, town, home)
    end
    -- a named zone's ending alone, the zone its heading, paragraph or
    -- sentence named in full (（一）推动雄安新区建设…。新区全年实施重点项目100个)
    local anaphor = R.classify.zone_anaphor_at(R, ctx, norm, at, home)
    if anaphor and at < m.pos then
      m.region_reason = ("names %s by its ending, a zone of %s named before"):format(anaphor, home.name)
      return anaphor
    end
    -- no place at the subject position: the paragraph's topic, unless the
    -- clause says 全市 or the like (found once per clause: place_at[-cs])
    local whole = place_at[-cs]
    if whole == nil then
      whole = false
      local data = regions_data or regions()
      if data.whole_first[sub(norm, at, at + 2)] then
        local words = data.whole_region -- data/regions.lua's list
        for k = 1, #words do
          local word = words[k]
          if sub(norm, at, at + #word - 1) == word then whole = word break end
        end
      end
      place_at[-cs] = whole
    end
    if whole then
      ctx.sentence_carry = false
      -- (全市 in a province's report: the city named before it)
      local lowers = subtable(ctx, "lower_whole") -- once per clause (false: none)
      local lower = lowers[cs]
      if lower == nil then
        lower = R.classify.lower_whole_region(R, norm, at, whole, home) or false
        lowers[cs] = lower
      end
      if lower then
        m.region_reason = ("%s after %s, a unit of %s below it"):format(whole, lower, home.name)
        return lower
      end
      return region
    end
    -- a unit opening an earlier clause of the sentence, which this one goes
    -- on about (昆山市地区生产总值5140亿元、增长5.2%，一般公共预算收入增长6.1%),
    -- unless a zone opens this one, or the clause speaks of the whole region
    -- before the figure (…，带动全省规上工业增加值增长7%)
    if ctx.sentence_carry then
      if R.classify.names_own_place(R, norm, at, m.pos) then
        ctx.sentence_carry = false
      elseif not contains_any(norm, m.clause_start, m.pos - 1, (regions_data or regions()).whole_region) then
        local opener = R.classify.sentence_unit(R, m, home)
        if opener then return opener end
      end
    end
    if ctx.para_lead and m.clause_start > 1 and R.classify.second_clause(R, ctx, cs) then
      -- a place that acts in the clause before, with no figure there to
      -- carry it (陆家嘴金融城加快建设…平台，金融业增加值增长6%左右), past the
      -- paragraph's first sentence: the topic of the clause after it (not
      -- of one further on: 黑瞎子岛公路口岸开工建设，黑河公路大桥…，国际航线
      -- 增至19条); once per clause
      local own_topics = subtable(ctx, "own_topics")
      local own = own_topics[cs]
      if own == nil then
        local name, why = R.classify.topic_region(R, m, doc, true)
        own = name and { name, why } or false
        own_topics[cs] = own
      end
      if own then
        m.region_reason = own[2]
        return own[1]
      end
    end
    local lead = ctx.para_lead or (m.clause_start > 1 and sub(norm, 1, m.clause_start - 1))
    if not lead then return region end
    -- once per paragraph and document region
    local topic = ctx.topic
    if topic == nil then
      -- the memo is the document's (rules.new_document), by region in case
      -- two documents are read at once
      local topics = R.cache.topics
      local of_region = topics[region]
      if not of_region then
        of_region = {}
        topics[region] = of_region
      end
      topic = of_region[lead]
      if topic == nil then
        local name, why = R.classify.topic_region(R, m, doc)
        topic = name and { name, why } or false
        of_region[lead] = topic
      end
      ctx.topic = topic
    end
    -- a zone opening the clause, or the sentence whose later clauses go on
    -- about it (雄安新区累计完成投资…，新增就业10万人)
    -- (unless the topic is that zone: its clause had no figure to carry it)
    if topic and not R.classify.names_own_place(R, norm, at, m.pos)
        and (R.classify.zone_at(R, norm, subject_start(norm, 1, m.pos), m.pos) or topic[1]) == topic[1] then
      m.region_reason = topic[2]
      return topic[1]
    end
    return doc.region
  end
  -- a place opens the clause: it goes on into the later clauses only when
  -- it is found below to be a unit named in full, with this figure its own
  ctx.sentence_carry = false
  local hits = gaz.scan(sub(norm, at, m.pos - 1), places_within(home))
  -- a generic word as long as the name there wins (城区 of 阳泉市; not 全州县)
  for word, on in pairs(generic_starting(R.classify.generic_places, byte(norm, at))) do -- a pack turns a word off with false
    if on and starts_with(norm, at, word) and (not hits[1] or hits[1].start ~= 1 or #word >= #hits[1].name) then
      return doc.region
    end
  end
  -- the names chained at the subject position (聊城市莘县): the last inside
  local unit
  for _, hit in ipairs(hits) do
    if hit.start ~= (unit and unit.next or 1) then break end
    if not (hit.unit and (hit.unit == home or gaz.inside(hit.unit, home)))
        or ends_inside_word(norm, at + hit.stop) then
      break
    end
    unit = { unit = hit.unit, next = hit.stop + 1, name = hit.name }
  end
  -- a township right after the units (曲阜市尼山镇, 莘县古云镇 in 莘县's own report)
  local town = unit and R.classify.township_at(R, norm, at + unit.next - 1, m.pos)
  if town then
    ctx.sentence_carry = { { name = town, township_of = unit.unit }, cs }
    return township_region(m, town, unit.unit)
  end
  if not unit or unit.unit == home then return doc.region end
  -- a unit opening the next item after a figure of the first (湛江市地区生产总值
  -- 增长5.2%、茂名市增长4.9%): that item's, the figure's own
  local span = sub(norm, at, m.pos - 1)
  for k = #hits, 2, -1 do
    local hit = hits[k]
    if hit.unit and hit.unit ~= home and gaz.inside(hit.unit, home) and find(sub(span, 1, hit.start - 1), "%d")
        and sub(span, hit.start - 3, hit.start - 1) == "、" and not ends_inside_word(norm, at + hit.stop) then
      local parent = gaz.parent(hit.unit)
      m.region_reason = ("names %s, %s of %s, opening its item"):format(hit.unit.name, unit_kind(hit.unit),
        parent and parent.name or home.name)
      return hit.unit.name
    end
  end
  -- a list counts items of which the unit's is one: the document region's figure
  if is_list_item(sub(norm, at + unit.next - 1, m.pos - 1)) then return doc.region end
  -- several units named (黄山、池州、安庆、宣城四市…; 厦门、福州机场…): a sum or
  -- a list, which is the document region's figure
  for _, hit in ipairs(hits) do
    if hit.unit and hit.unit ~= unit.unit and hit.unit ~= home and gaz.inside(hit.unit, home)
        and not gaz.inside(unit.unit, hit.unit) then
      return doc.region
    end
  end
  local parent = gaz.parent(unit.unit)
  m.region_reason = ("names %s, %s of %s"):format(unit.unit.name, unit_kind(unit.unit),
    parent and parent.name or home.name)
  -- named in full, it goes on into the later clauses (not 福州 of 福州地铁)
  if unit.name == unit.unit.name then ctx.sentence_carry = { unit.unit, cs } end
  return unit.unit.name
end

--- Does the clause starting at byte cs of sentence context ctx come second
-- in its sentence, after one clause mark?
-- (ctx.second_clause: where it starts, false when none; found once per sentence)
function M.second_clause(_, ctx, cs)
  local second = ctx.second_clause
  if second == nil then
    local norm, first, mark_len = ctx.norm, nil, nil
    for k = 1, #CLAUSE_MARKS do
      local at = find(norm, CLAUSE_MARKS[k], 1, true)
      if at and (not first or at < first) then first, mark_len = at, #CLAUSE_MARKS[k] end
    end
    second = first and first + mark_len or false
    ctx.second_clause = second
  end
  return second == cs
end

-- Is the clause at byte at of lead (the sentence before m's clause) its
-- last, the one right before m's?
local function last_clause_at(lead, at) return clause_after_end(sub(lead, at)) + at > #lead - 3 end

--- The place a paragraph is about: a unit inside the document's region
-- named at the subject position of one of the first two clauses of the
-- paragraph's first sentence (去年以来，莘县坚定不移…。…预计全年地区生产总值
-- 271.9亿元: 莘县's), or, with sentence_only, of m's own sentence before
-- its clause. Returns its name and the reason, or nil.
function M.topic_region(R, m, doc, sentence_only)
  local lead = not sentence_only and m.context.para_lead
  local own = false
  if not lead and m.clause_start and m.clause_start > 1 then
    -- the paragraph's opening sentence itself: its clauses before m's
    -- (多伦县举办冬季那达慕，接待游客8万人次)
    lead, own = sub(m.context.norm, 1, m.clause_start - 1), true
  end
  if not lead or lead == "" then return nil end
  local gaz = gazetteer()
  local home = gaz.region_unit(doc.region)
  if not home then return nil end
  -- the first two clauses (the marks are multibyte: no character class)
  local starts, next_at = { 1 }, nil
  for _, mark in ipairs({ "，", ",", "；" }) do
    local a = find(lead, mark, 1, true)
    if a and (not next_at or a + #mark < next_at) then next_at = a + #mark end
  end
  if next_at then starts[2] = next_at end
  for _, cs in ipairs(starts) do
    local at = subject_start(lead, cs, #lead + 1)
    local hit = gaz.name_at(lead, at, places_within(home))
    local opener = own and not hit and word_at(lead, at, R.lexicon.openers or {})
    if opener and last_clause_at(lead, at) then
      -- in the sentence itself, the place a verb of backing or pushing
      -- opens the clause right before m's with, acting (支持利川市建设鄂西南
      -- 副中心，地区生产总值突破200亿元; 推进义乌科创新区建设，引进科创项目30个以上)
      at = subject_start(lead, at + #opener, #lead + 1)
      hit = gaz.name_at(lead, at, places_within(home))
    end
    if hit and hit.unit and hit.unit ~= home and gaz.inside(hit.unit, home)
        and not ends_inside_word(lead, at + #hit.name)
        -- not one of a list (和平区、南开区各新增…), nor a unit whose own
        -- figure the clause states (滨海新区地区生产总值增长5%以上。引进北京
        -- 项目…): a run of places' figures, each sentence naming its own
        and not R.classify.places_listed_at(R, lead, at, home)
        and not R.classify.states_figure(R, lead, at)
        -- in the sentence itself, a unit that acts (多伦县举办…, a verb right
        -- after it), not a thing of a place (福州地铁…建成通车)
        and not (own and not R.classify.acts_at(R, lead, at + #hit.name)) then
      local parent = gaz.parent(hit.unit)
      return hit.unit.name, ("the %s is about %s, %s of %s"):format(own and "sentence" or "paragraph", hit.unit.name,
        unit_kind(hit.unit), parent and parent.name or home.name)
    end
    -- or a zone that acts so (陆家嘴金融城加快建设…平台，金融业增加值增长6%左右),
    -- in the sentence itself of the clause right after its own only (not
    -- 黑瞎子岛公路口岸开工建设，黑河公路大桥…，国际航线增至19条)
    local zone = not hit and R.classify.zone_region_at(R, lead, at, #lead + 1, home)
    if zone and not (regions_data or regions()).zone_across[zone] and not R.classify.states_figure(R, lead, at)
        and not (own and not (R.classify.acts_at(R, lead, at + #zone) and last_clause_at(lead, at))) then
      return zone, ("the %s is about %s, a zone of %s"):format(own and "sentence" or "paragraph", zone, home.name)
    end
  end
  return nil
end

--- Does a verb of the lexicon or a verb of pushing (its openers) stand at
-- byte at of s, past fillers (多伦县|举办…, 多伦县|成功举办…, 昆山开发区|要
-- 加快建设…): what is named before it acts?
function M.acts_at(R, s, at)
  local fillers = R.lexicon.fillers or {}
  for _ = 1, 3 do
    for n = 9, 3, -3 do
      if R.words.verb[sub(s, at, at + n - 1)] then return true end
    end
    if word_at(s, at, R.lexicon.openers or {}) then return true end
    local filler = word_at(s, at, fillers)
    if not filler then return false end
    at = at + #filler
  end
  return false
end

local noun_after -- below

--- Is m a figure that qualifies a noun (attributive: 过亿元项目) instead
-- of stating one? A measure (not a count) followed by 的, or by a word
-- that is neither a verb nor a word continuing the clause.
function M.is_attributive(R, m)
  local after = m.after -- the characters after the quantity
  -- (13亿多人口的大国; 20万人口以上的县: a size class)
  if sub(after, 1, 3) == "的" and contains_any(m.raw, 1, #m.raw, R.lexicon.describing_units or {}) then return true end
  local class = R.words.unit_class[m.unit]
  if not (class and class.qualifies) then return false end
  -- 产值达到千亿级规模: a level of scale followed by the scale itself (the
  -- lexicon's scale_nouns) is the size reached, no noun it qualifies
  if sub(m.raw, -3) == "级" and word_at(after, 1, R.lexicon.scale_nouns or {}) then return false end
  -- 在去年粮食总产量达到263亿斤的基础上: the basis a plan builds on, a figure
  -- stated (the lexicon's baselines.basis closes right after 的)
  local basis = R.lexicon.baselines and R.lexicon.baselines.basis
  if basis and sub(after, 1, 3) == "的" and word_at(after, 4, basis.closes) then return false end
  -- 61%的城市污水处理厂完成改造: a share of things, stated; but 差错率小于3%的，
  -- …: those below 3%, a category
  if sub(after, 1, 3) == "的" then
    -- 总投资40亿元的22个重点水利项目: an exact total of the things counted
    -- right after it, an amount (but 10亿元以上的项目 is a size class)
    if m.cmp == "=" and find(after, "^%d", 4) then return false end
    local next_lead = byte(after, 4)
    if class[1] ~= "percent" or not (next_lead and next_lead >= 0xE4 and next_lead <= 0xE9) then return true end
    -- 对差错率大于5%的进行约谈: a 的 with no noun after it, only the verb
    -- of a rule, names those above 5%, a category
    return word_at(after, 4, R.lexicon.category_verbs or {}) ~= nil
  end
  local verb = R.words.verb[m.verb or ""]
  -- 安排100亿元财政资金: a sum (not a rate: 用好…企业所得税减按15%征收等优惠政策)
  if verb and verb.takes_sum and class[1] ~= "percent" then return false end
  local lead = byte(after, 1)
  -- a noun written in letters (万元GDP能耗) is qualified as one in characters
  local letter = lead and ((lead >= 0x41 and lead <= 0x5A) or (lead >= 0x61 and lead <= 0x7A))
  if not letter and (not lead or lead < 0xE4 or lead > 0xE9) then return false end -- punctuation, digits, end
  local first = sub(after, 1, 3)
  if first == "和" or first == "及" or first == "与" then return false end
  if words_module.starts_with_follower(R.words, after) then return false end
  local lx = R.lexicon
  if class[1] == "percent" then
    -- 覆盖90%乡镇卫生院: a share of the things named after it; but 15%所得税
    -- 优惠 (or 所得税减按15%征收) names a rate and 前1%学科 a top band
    -- a grant's rate too (给予50%社保补贴, 100%加计扣除, 预留40%以上份额)
    local norm = m.context.norm
    return contains_any(after, 1, #after, lx.rate_nouns) or contains_any(after, 1, #after, lx.grant_rates or {})
      or contains_any(norm, m.clause_start or 1, m.pos - 1, lx.rate_nouns)
      or word_before(norm, m.pos, lx.top_band_marks or {}) ~= nil
  end
  -- 设立20亿元省级母基金: an exact amount of the stuff named right after it
  -- (not by a project's: 60万吨赖氨酸等项目释放产能); a bound (亿元以上项目)
  -- or a grade (万吨级) sizes each thing instead
  if m.cmp == "=" and first ~= "级" and find(m.raw, "%d") and contains_any(noun_after(after), 1, math.huge, lx.measured_stuff) then
    return false
  end
  return true
end

-- The words after a figure where the noun it measures stands: up to a 等
-- or a 项目 (60万吨赖氨酸等项目 and 120万吨乙烯转型升级项目 measure the
-- projects, whatever their clause says later).
noun_after = function(after)
  local cut = find(after, "等", 1, true) or find(after, "项目", 1, true)
  return cut and sub(after, 1, cut - 1) or after
end

--- Is m a number word found inside a longer word: the character before it
-- and its first character make one of the lexicon's word_overlaps (保持平稳
-- holds no 持平, nor does 支持平台)? Figures in digits start no word.
function M.is_inside_word(R, m)
  local lead = byte(m.raw, 1)
  if not lead or lead < 0xE4 then return false end
  -- a word ending with m's first character, through the words' index
  return word_before(m.context.norm, m.pos + 3, R.lexicon.word_overlaps or {}) ~= nil
end

--- Is m the size of a kind of settlement (30户以上自然村寨, 50户以上农村木质
-- 房屋连片村寨): a count of households or people right before (or 的 before)
-- a settlement's word, the lexicon's settlement_sizes. It names a category of
-- villages; the figure of the sentence is elsewhere (覆盖率达到90%).
function M.is_settlement_size(R, m)
  local sizes = R.lexicon.settlement_sizes
  if not sizes then return false end
  if not words_module.set_of(sizes.units)[m.unit] then return false end
  local after = m.after
  if word_at(after, 1, sizes.heads) ~= nil or (sub(after, 1, 3) == "的" and word_at(after, 4, sizes.heads) ~= nil) then
    return true
  end
  -- a bound names a size class even before a longer noun phrase (50户以上
  -- 农村木质房屋连片村寨): a settlement's word in the rest of its clause
  if m.cmp ~= ">=" and m.cmp ~= ">" then return false end
  return contains_any(after, 1, #after, sizes.heads)
end

--- Is m a count of a list's items by what they are about (30项民生实事清单中
-- 有9项与卫生医药有关)? A count, then 与, and a word of relation (有关, 相关)
-- ending its clause: the lexicon's topic_counts.
function M.is_topic_count(R, m)
  local words = R.lexicon.topic_counts
  if not words or R.words.unit_class[m.unit] then return false end
  if not word_at(m.after, 1, words.lead) then return false end
  local clause = sub(m.context.norm, m.pos, m.clause_end)
  clause = clause:gsub("[%s%p]+$", "") -- the clause's closing mark
  for _, w in ipairs(words.relations) do
    if sub(clause, -#w) == w then return true end
  end
  return false
end

--- Is m a count of a plan's indicators (设定了五大类24个主要指标, 其中预期性
-- 指标19项): a count with one of the lexicon's indicator_nouns right after
-- it, heading its noun phrase, or ending its subject when no verb governs it?
function M.is_indicator_count(R, m)
  local nouns = R.lexicon.indicator_nouns
  if not nouns or R.words.unit_class[m.unit] then return false end
  local after = m.after
  local noun = word_at(after, 1, nouns)
  if noun then
    local next_at = #noun + 1
    local b = byte(after, next_at)
    -- a mark or the end after it (a CJK ideograph's lead byte is E4-E9), or a follower
    return b == nil or b < 0xE4 or b > 0xE9 or word_at(after, next_at, R.lexicon.indicator_followers or {}) ~= nil
  end
  local subject = m.subject or ""
  return (m.verb or "") == "" and word_before(subject, #subject + 1, nouns) ~= nil
end

--- Is m a count of places (山区26县, 13个设区市, 64个县市: the lexicon's
-- group_nouns in its unit or right after it) with no verb of
-- its own, in a clause that goes on, with no mark, to the figure of what it
-- counts (…生产总值增长7.5%, …产值超过12万亿元)? It names them, the figure
-- after it is the one stated.
function M.is_group_count(R, m)
  if R.words.unit_class[m.unit] or (m.verb or "") ~= "" then return false end
  local groups = R.lexicon.group_nouns
  if not groups then return false end
  -- the next figure, in m's clause (m.after runs on to the clause's end)
  local after = m.after or ""
  local digit = find(after, "%d")
  if not digit or digit == 1 or clause_after_end(after) < digit then return false end
  -- (one of a list counts its items: 1个盟市本级和10个旗县, 28个省（区、市）、
  -- 2300个县; a level word is no place: 276个市级以上重点项目; a count
  -- closing a list of examples counts them, a figure: 古云镇、张鲁回族镇等5个乡镇)
  if closes_examples(m) then return false end
  -- (how many did, the figure: 全省有8个县地区生产总值增长10%以上)
  if words_module.set_of(R.lexicon.existential_verbs or {})[char_before(m.context.norm, m.pos)] then return false end
  local stretch = sub(after, 1, digit - 1)
  if find(stretch, "、", 1, true) or contains_any(stretch, 1, #stretch, R.lexicon.list_joiners or {}) then return false end
  if words_module.set_of(groups)[m.unit] then return true end
  local noun = word_at(after, 1, groups)
  return noun ~= nil and sub(after, #noun + 1, #noun + 3) ~= "级"
end

--- Is m the size of a set the region is one of (成为全国首批5个国家公园之一,
-- 入围首批20个试点城市): a count with the lexicon's set_sizes.one_of after it
-- in its clause, or a batch word (首批) right before it after a verb of
-- joining (入选, 入围, 成为).
function M.is_set_size(R, m)
  local sets = R.lexicon.set_sizes
  if not sets or R.words.unit_class[m.unit] then return false end
  local after = m.after
  if contains_any(after, 1, #after, sets.one_of) then return true end
  -- the field a rank is taken in (在12个盟市中排名第3位)
  if sets.among and contains_any(after, 1, clause_after_end(after), sets.among) then return true end
  local norm = m.context.norm
  return word_before(norm, m.pos, sets.batches) ~= nil
    and contains_any(norm, m.clause_start or 1, m.pos - 1, sets.joining)
end

--- Is m a grade of size said of places or institutions (地区生产总值超百亿县
-- 增至35个: counties whose output passes ten billion)? A count in one of the
-- lexicon's size_grades.units, of size_grades.at_least or more: no region
-- holds that many counties, so the number sizes each one and names a class.
function M.is_size_grade(R, m)
  local grades = R.lexicon.size_grades
  if not grades or (m.value or 0) < grades.at_least then return false end
  return words_module.set_of(grades.units)[m.unit] == true
end

--- Is m a rank bracket (92个学科进入ESI全球前1%, 排名前1%): a share right
-- after one of the lexicon's rank_brackets? It names a class of the ranked
-- (the top 1%), not a share of the region.
function M.is_rank_bracket(R, m)
  if m.unit ~= "%" then return false end
  return word_before(m.context.norm, m.pos, R.lexicon.rank_brackets or {}) ~= nil
end

--- Is m the count of the members a share is taken over (74个国控断面水质优良
-- 比例达到100%, 全省160个国控断面中I类水质占比86.1%)? A count opening its
-- clause (only the whole region's words before it), then in its clause one
-- of the lexicon's share_nouns and a percentage after it, with no 占 naming
-- a larger whole: the share is the figure, the count its base.
function M.is_share_base(R, m)
  if R.words.unit_class[m.unit] then return false end -- a count (个), not a measure
  local norm, i = m.context.norm, m.clause_start or 1
  -- most counts open no clause: the whole region's words only before m
  local data = regions_data or regions()
  if i < m.pos and not data.whole_first[sub(norm, i, i + 2)] then return false end
  while i < m.pos do
    if byte(norm, i) == 0x20 then
      i = i + 1
    else
      local w = word_at(norm, i, data.whole_region)
      if not w then return false end
      i = i + #w
    end
  end
  -- 全区43个街乡中，有12个…: the whole its clause closes with 中 on, of
  -- which the next clause counts a part
  local after = m.after or ""
  local stop = clause_after_end(after)
  if stop > 3 and stop <= 18 and sub(after, stop - 2, stop) == "中" and (m.clause_end or #norm) + 3 < #norm
      and not word_before(after, stop + 1, R.lexicon.ongoing_endings or {}) then -- (not 3个项目在建中)
    return true
  end
  -- 41个工业行业大类中有29个…: the same whole, with the part counted right
  -- after 中 and a verb of being (the lexicon's existential_verbs) in its
  -- clause; but a yearly list of works (30项重点民生实事清单中有9项…, the
  -- lexicon's quoted_counts) is a promise, whatever its parts are
  local zhong = find(after, "中", 4, true)
  if zhong and zhong < stop and zhong <= 30 and not contains_any(after, 1, zhong - 1, R.lexicon.quoted_counts or {}) then
    local being = word_at(after, zhong + 3, R.lexicon.existential_verbs or {})
    if being and find(after, "^%d", zhong + 3 + #being) then return true end
  end
  -- m.after stops at the next figure: the share is read in the sentence
  local pct = find(norm, "%", m.pos, true)
  if not pct or pct > (m.clause_end or #norm) then return false end
  if not contains_any(norm, m.pos, pct - 1, R.lexicon.share_nouns or {}) then return false end
  -- 45个重点开发区产值占全省开发区的比重达84%: the things counted are a
  -- part whose share of a larger whole is stated (占, not 占比), a figure
  local part = find(norm, "占", m.pos, true)
  return not (part and part < pct and sub(norm, part + 3, part + 5) ~= "比")
end

--- Does m count a meeting's roll call (会议应到代表548名, 实到代表521名): one
-- of the lexicon's roll_call_words in its subject, in people?
function M.is_roll_call(R, m)
  if m.unit ~= "person" then return false end
  local subject = m.subject or ""
  return subject ~= "" and contains_any(subject, 1, #subject, R.lexicon.roll_call_words or {})
end

--- Is m inside quotation marks within its clause (a name such as “435”)
-- or inside parentheses (an aside)? The scanner finds this (m.quoted);
-- quoted speech spans clauses and is not counted: its figures are real.
function M.is_quoted(R, m)
  if m.quoted ~= true then return false end
  -- “十件民生实事”: the count of a yearly list of works, named in quotes
  if word_at(m.after or "", 1, R.lexicon.quoted_counts or {}) then return false end
  -- （同口径增长2.5%以上）: an aside that restates the figure before it on
  -- another basis (the lexicon's restatements) is a figure of the region
  local norm, opens = m.context.norm, R.lexicon.restatements or {}
  local open
  for _, mark in ipairs({ "（", "(" }) do
    local at = find(norm, mark, m.clause_start > 3 and m.clause_start - 3 or 1, true)
    while at and at < m.pos do
      if not open or at > open[1] then open = { at, #mark } end
      at = find(norm, mark, at + #mark, true)
    end
  end
  if open and word_at(norm, open[1] + open[2], opens) then return false end
  return true
end

--- Is m about the province or the nation (a compare cue, 全省 or 全国,
-- before it in its clause) given for comparison, and not a local figure
-- measured against it (高于全省…)?
function M.is_yardstick(R, m, doc)
  local class = R.words.unit_class[m.unit]
  if m.unit == "pp" or (class and class[1] == "rank") then return false end -- a change of the region's own
  local ctx, cs = m.context, m.clause_start
  local own -- the document's level, asked when a compare word has one (nil: not asked yet)
  local compared = false
  local cues = ctx.cues
  for k = 1, math.huge do
    local cue = cues[k]
    if cue == nil or cue.pos >= m.pos then break end -- the cues stand in order
    if cue.class == "compare" and cue.pos >= cs
        and sub(ctx.norm, cue.pos - 3, cue.pos - 1) ~= "占" -- 占全国比重: a share, not a yardstick
        -- 不足全国的0.2%: a share of the whole, the figure right after its 的
        and not (cue.pos + #cue.word + 3 == m.pos and sub(ctx.norm, cue.pos + #cue.word, m.pos - 1) == "的")
        and not R.classify.after_relative_verb(R, ctx.norm, cue.pos) -- 稳居全国前十: a ranking
        and R.classify.scope_is_compared(R, m, cue) then
      local row = R.words.cue[cue.word]
      if row and row.level and own == nil then own = doc and R.classify.document_level(R, doc) or false end
      -- 全省 in a province's own report is the province itself; 全市 in a
      -- county-level city's (昆山市) is the city itself
      -- (and a word of a unit below the document's speaks of a part of it:
      -- 全县 in a city's report, after the county named before it)
      if not (row and row.level and own and R.classify.level_is(R, row.level, own))
          and not (row and row.level and own and R.classify.level_below(R, row.level, own))
          and not (row and row.known_level_only and not own)
          and not (row and row.own_suffix and doc and doc.region
            and sub(doc.region, -#row.own_suffix) == row.own_suffix) then
        compared = true break
      end
    end
  end
  if not compared then return false end
  local before = sub(ctx.norm, cs, m.pos - 1)
  for _, word in ipairs(verb_list(R.words.verb, "relative_above", is_relative_above)) do
    if find(before, word, 1, true) then return false end
  end
  return true
end

--- Does a compare word (全国, 全省) before m make m the larger region's
-- figure? Not where the word is part of a name or of the region's own deed
-- (the lexicon's scope_names):
--   在全国率先, 全国首创, 全国排名上升4位: the region's deed or rank (own_deeds
--   right after the word);
--   第四次全国文物普查, 第十二届全国…运动会: an edition of a national event
--   (editions right before it);
--   全国百强县中我区有4个, 全国市场占有率达到50%: the region's own part or
--   share (own_region or shares words between);
--   全国重点实验室达6家, 新增全国重点实验室15家: the region's things that
--   bear a national title (titles right after the word), or that the
--   clause's verb of gaining before it brings (the lexicon's add verbs);
--   but 全国168个重点城市, 全国每出口4辆汽车 and 全省新增…2000家 (in a city's
--   report) are the larger region's.
function M.scope_is_compared(R, m, cue)
  local names = R.lexicon.scope_names
  if not names then return true end
  local norm = m.context.norm
  local after = cue.pos + #cue.word
  if word_at(norm, after, names.own_deeds) then return false end
  if word_before(norm, cue.pos, names.editions) then return false end
  local between = norm:sub(after, m.pos - 1)
  if contains_any(between, 1, #between, names.own_region) or contains_any(between, 1, #between, names.shares) then return false end
  if between ~= "" then
    -- things bearing a title (全国重点实验室达6家, 全国重点实验室数量翻番), or
    -- gained by the clause's verb before the word (新增全国…15家, 创建全国文明
    -- 城市8个)
    if word_at(norm, after, names.titles or {}) then return false end
    if contains_any(norm, m.clause_start, cue.pos - 1, verb_list(R.words.verb, "add", is_add)) then return false end
  end
  return true
end

--- Does a compare word's level (a number or a list of them) include level?
function M.level_is(_, levels, level)
  if type(levels) ~= "table" then return levels == level end
  for _, l in ipairs(levels) do if l == level then return true end end
  return false
end

--- Are all of levels (a level or a list) below level (a larger number:
-- 3 a county, below 2 a prefecture)?
function M.level_below(_, levels, level)
  if type(levels) ~= "table" then return levels > level end
  for _, l in ipairs(levels) do if l <= level then return false end end
  return true
end

--- The administrative level of the document's region (0 nation, 1
-- province, 2 prefecture, 3 county), or nil when the gazetteer does not
-- know it. A document of no known region is taken at the level of the
-- words it uses most of itself (M.self_level).
function M.document_level(R, doc)
  if doc.level == nil then
    local unit = doc.region and gazetteer().region_unit(doc.region)
    doc.level = unit and unit.level or false
    if not unit and doc.region then -- not in the gazetteer: what its name's ending says
      for _, row in ipairs(require("duixian.data").shared("regions").level_suffixes) do
        if sub(doc.region, -#row[1]) == row[1] then doc.level = row[2] break end
      end
    end
    if not doc.region and doc.self_words then doc.level = R.classify.self_level(R, doc.self_words) or false end
  end
  return doc.level or nil
end

--- The level a text of no known region speaks of itself at: the level
-- whose words (data/regions.lua self_levels) its opening uses most
-- (counts: meta.self_word_counts), when one level leads; else nil. A
-- county's report says 全县 more often than it names the city above (全市).
function M.self_level(_, counts)
  local by_level = {}
  for _, row in ipairs(require("duixian.data").shared("regions").self_levels or {}) do
    local n = counts[row[1]]
    if n then by_level[row[2]] = (by_level[row[2]] or 0) + n end
  end
  local best, best_n, tied = nil, 0, false
  for level, n in pairs(by_level) do
    if n > best_n then best, best_n, tied = level, n, false
    elseif n == best_n then tied = true end
  end
  if tied then return nil end
  return best
end

--- Is m a figure about one person, firm or village: an individual cue of
-- the lexicon before it in its clause, or before it in its sentence when
-- the cue's row says scope = "sentence" (他又续贷3万元，其种植的…增收3万元以上:
-- the person stays the subject of the clauses after)? Not when m counts a
-- list of them (…有限公司等5家).
function M.is_individual(R, m)
  local cues = m.context.cues
  for k = 1, math.huge do
    local cue = cues[k]
    if cue == nil or cue.pos >= m.pos then break end -- the cues stand in order
    if cue.class == "individual" then
      local row = R.words.cue[cue.word]
      if not (row and row.none)
          and (cue.pos >= m.clause_start or (row and row.scope == "sentence"))
          and not (row and row.counted and R.classify.is_counted(R, m, cue))
          and not (row and row.per_head and R.classify.is_standard_rate(R, m, cue)) then
        -- 凤祥股份有限公司、…建材有限公司等5家企业入选: a count of the firms
        -- named, ending a list of examples (data/subject_heads.lua), is the
        -- region's figure
        return not closes_examples(m)
      end
    end
  end
  return false
end

--- Is the individual word at cue counted, so many of them (8个公司运营的,
-- 落地项目公司3家: m itself right after it)? Digits and one classifier
-- right before it, or m right after it.
function M.is_counted(R, m, cue)
  local norm = m.context.norm
  local after = cue.pos + #cue.word
  if after == m.pos then return true end
  -- or one conjunct of the nouns it counts (央企子公司及分支机构20家以上): a
  -- separator right after it, and no clause mark up to m
  local sep = word_at(norm, after, R.lexicon.separators or {})
  if sep and sep ~= "," and m.pos - after <= 30 and not find(sub(norm, after, m.pos - 1), "[，,；;：:]") then
    return true
  end
  local lead = norm:byte(cue.pos - 3)
  return lead ~= nil and lead >= 0xE4 and lead <= 0xE9 and norm:sub(cue.pos - 4, cue.pos - 4):find("%d") ~= nil
end

--- Does a standard's or a grant's word (the lexicon's policy_standards) come
-- before the per-head word at cue in m's clause (补助标准提高到每人每年670元), or
-- in its subject?
function M.is_standard_rate(R, m, cue)
  local lead = m.context.norm:sub(m.clause_start, cue.pos - 1)
  local standards = R.lexicon.policy_standards or {}
  -- or in the subject a clause before gave it (…补助标准再提高30元，达到每人每年450元)
  local subject = m.subject or ""
  return contains_any(lead, 1, #lead, standards) or (subject ~= "" and contains_any(subject, 1, #subject, standards))
end

-- The names a role word at byte p of s introduces (脱贫户王承亮): a surname
-- and one or two more characters right after it, both readings listed
-- (王承亮 and 王承; the one that recurs is the name), appended to out.
local function names_after(R, s, p, out)
  if not words_module.set_of(R.lexicon.surnames or "")[sub(s, p, p + 2)] then return out end
  for _, n in ipairs({ 2, 3 }) do
    local stop = p + 3 * n - 1
    local lead = byte(s, stop - 2)
    if stop <= #s and lead and lead >= 0xE4 and lead <= 0xE9 then out[#out + 1] = sub(s, p, stop) end
  end
  return out
end

-- The names the role words of s introduce, found by plain search (a
-- paragraph's opening, read once per paragraph).
-- names_after as each_word_in calls it: never stops the search.
local function add_names_after(_, stop, R, s, out) names_after(R, s, stop, out) end

local function introduced_names(R, s)
  local out = {}
  local roles = R.lexicon.person_roles or {}
  local index = last_char_index(roles)
  if index.empty or index.self_overlap then -- each role searched for, its matches not overlapping
    for k = 1, math.huge do
      local role = roles[k]
      if role == nil then break end
      local at = find(s, role, 1, true)
      while at do
        names_after(R, s, at + #role, out)
        at = find(s, role, at + #role, true)
      end
    end
    return out
  end
  -- the roles' few last characters searched for, and the roles ending at
  -- each: the same matches, in another order (the names are a set)
  each_word_in(s, 1, #s, roles, add_names_after, R, s, out)
  return out
end

local last_lead, last_lead_names, last_lexicon -- the paragraph read last

-- The first place in norm before recurs (false: anywhere) where one of
-- names stands not right after a role word, else recurs.
local function first_recurrence(R, norm, names, recurs)
  for _, name in ipairs(names) do
    local at = find(norm, name, 1, true)
    while at and (not recurs or at < recurs) do
      if not word_before(norm, at, R.lexicon.person_roles or {}) then recurs = at break end
      at = find(norm, name, at + #name, true)
    end
  end
  return recurs
end

--- Is m about a private person introduced by role and name, in the opening
-- of its paragraph or earlier in its sentence (北馆陶镇王屯村脱贫户王承亮因身体残疾…。
-- 王承亮…贷款2万元，…把种植规模由6亩发展到20亩): its sentence names the person
-- before m, so the figure is theirs, a feature story's, not the region's.
-- The roles (cues with role = true, and person_roles) and the surnames are
-- data/lexicon.lua's.
function M.is_introduced_person(R, m)
  local ctx = m.context
  -- where the first name recurs in the sentence (false: none does), found
  -- once per sentence, the names of the paragraph's opening once per paragraph
  local recurs = ctx.person_recurs
  if recurs == nil then
    local norm = ctx.norm
    local names -- the names the sentence's own role words introduce (most sentences: none)
    local cues = ctx.cues
    for k = 1, math.huge do -- the roles the scan found in the sentence
      local cue = cues[k]
      if cue == nil then break end
      if cue.class == "individual" then
        local row = R.words.cue[cue.word]
        if row and row.role then names = names_after(R, norm, cue.pos + #cue.word, names or {}) end
      end
    end
    local lead_names
    local lead = ctx.para_lead
    if lead then
      if lead ~= last_lead or R.lexicon ~= last_lexicon then
        last_lead, last_lexicon, last_lead_names = lead, R.lexicon, introduced_names(R, lead)
      end
      lead_names = last_lead_names
    end
    -- a name counts once it recurs: written again, not right after a role
    -- word (养殖户牛羊存栏 introduces no 牛羊; 王承亮…贷款 after 脱贫户王承亮 does)
    recurs = false
    if names then recurs = first_recurrence(R, norm, names, recurs) end
    if lead_names and #lead_names > 0 then recurs = first_recurrence(R, norm, lead_names, recurs) end
    ctx.person_recurs = recurs
  end
  return recurs and recurs < m.pos or false
end

--- Is m an ideal limit (差错率无限接近于0%: the lexicon's ideal_limits right
-- before it)? No result meets or misses it.
function M.is_ideal_limit(R, m)
  return word_before(m.context.norm, m.pos, R.lexicon.ideal_limits or {}) ~= nil
end

--- Is m a streak (连续5次获评国家卫生城市: the lexicon's streaks right before
-- it)? A count of 个 is one when a span of the calendar it counts follows
-- (连续33个榨季排全国第一, 连续5个季度居全国前列: the lexicon's streak_spans).
function M.is_streak(R, m)
  local lex = R.lexicon
  local unit_streak = (lex.streak_units or {})[m.unit]
  if not unit_streak and m.unit ~= "个" then return false end
  if word_before(m.context.norm, m.pos, lex.streaks or {}) == nil then return false end
  return unit_streak or word_at(m.after or "", 1, lex.streak_spans or {}) ~= nil
end

--- Is m a count of the region's own counties, districts or zones that an
-- action covered (对8个县(市、区)、3个市属开发区进行了数据核查)? 对 opens the
-- clause's object, and between it and m stand only such counts and the
-- whole region's words (对全市8个县…), after a modifier ending in 的 (对已
-- 脱贫的8个县（区）继续落实…): the extent of the action, not a
-- result. The nouns are data/regions.lua's subdivision_counts.
function M.is_subdivision_scope(R, m)
  if R.words.unit_class[m.unit] then return false end -- a count (个), not a measure
  local data = regions_data or regions()
  if not data.subdivision_first[sub(m.after, 1, 3)] then return false end -- most figures
  if not word_at(m.after, 1, data.subdivision_counts) then return false end
  local norm = m.context.norm
  local scope, opener -- the last scope opener (对) before m in its clause
  for _, w in ipairs(data.scope_openers) do
    local at = find(norm, w, m.clause_start, true)
    while at and at < m.pos do
      if not scope or at > scope then scope, opener = at, w end
      at = find(norm, w, at + #w, true)
    end
  end
  if not scope then return false end
  local i, stop = scope + #opener, m.pos
  -- past a modifier that ends in 的 (对已脱贫的8个县（区）继续落实…)
  local de = find(norm, "的", i, true)
  while de and de < stop do
    i = de + 3
    de = find(norm, "的", i, true)
  end
  while i < stop do
    local b = byte(norm, i)
    if b >= 0x30 and b <= 0x39 or b == 0x20 then
      i = i + 1
    else
      local w = word_at(norm, i, data.subdivision_counts) or word_at(norm, i, data.whole_region)
        or word_at(norm, i, data.scope_fillers)
      if not w then return false end
      i = i + #w
    end
  end
  return true
end

-- The marks that open a quoted slogan (“435”, "6293").
local SLOGAN_QUOTES = { '"', "“", "‘", "'" }
local NO_CODES = {} -- a sentence's slogans when it quotes none; never written

-- The single-digit numbers of s (4个, not 435 nor 4.5): their byte
-- positions and digits, in order.
local function single_digits(s)
  local at, digits = {}, {}
  for p, d in s:gmatch("()(%d)") do
    local before, after = sub(s, p - 1, p - 1), sub(s, p + 1, p + 1)
    if not find(before, "[%d%.]") and not find(after, "[%d%.]") then
      at[#at + 1], digits[#digits + 1] = p, d
    end
  end
  return at, digits
end

--- Does m spell out a numbered slogan named in quotes in its sentence
-- (打造4个千亿产业集群、3个500亿产业集群、5个200亿产业集群，如果说
-- “435产业格局”…)? Its digit is one of a run of single-digit counts whose digits,
-- in order, are the slogan's: the gloss of a name, as it is when the
-- report puts it in parentheses (“435”（打造4个…）).
function M.is_slogan_gloss(_, m)
  local ctx = m.context
  local norm = ctx.norm
  local codes = ctx.slogans -- once per sentence
  if not codes then
    codes = NO_CODES -- most sentences: no table made
    for k = 1, #SLOGAN_QUOTES do -- a constant list
      local mark = SLOGAN_QUOTES[k]
      local at = find(norm, mark, 1, true) -- plain finds: most sentences hold no quote
      while at do
        local code = match(norm, "^%d%d+", at + #mark)
        if code then
          if codes == NO_CODES then codes = {} end
          codes[#codes + 1] = code
        end
        at = find(norm, mark, at + #mark, true)
      end
    end
    ctx.slogans = codes
  end
  if #codes == 0 then return false end
  -- the digits of the figure itself, read in the sentence (a mention from
  -- a database carries no normalised text of its own)
  local number = match(norm, "^%D-(%d+)", m.pos)
  if not number or #number ~= 1 then return false end -- a single digit, such as 4个
  local digit_at = find(norm, "%d", m.pos)
  local singles = ctx.single_digits -- once per sentence: a list of counts has many
  if not singles then
    singles = table.pack(single_digits(norm))
    ctx.single_digits = singles
  end
  local at, digits = singles[1], singles[2]
  local here
  for k, p in ipairs(at) do if p == digit_at then here = k end end
  if not here then return false end
  for _, code in ipairs(codes) do
    local n = #code
    -- the runs of n singles that hold m's
    for first = math.max(1, here - n + 1), math.min(here, #at - n + 1) do
      if table.concat(digits, "", first, first + n - 1) == code then return true end
    end
  end
  return false
end

--- Does a verb relating the subject to another (居, 稳居, 高于: the
-- lexicon's relative verbs) end right before byte pos of norm?
function M.after_relative_verb(R, norm, pos)
  return word_before(norm, pos, verb_list(R.words.verb, "relative", is_relative)) ~= nil
end

--- The rules that make a mention no target and no outcome, asked in this
-- order, each with the reason it gives (m.other_reason).
M.not_a_figure = {
  { rule = "is_inside_word", reason = "a number word read inside a longer word (保持平稳 holds no 持平)" },
  { rule = "is_attributive", reason = "qualifies a noun (过亿元项目) or names a category: states no figure" },
  { rule = "is_size_grade", reason = "a grade of size said of places (超百亿县: counties of ten billion and more), a class" },
  { rule = "is_settlement_size", reason = "the size of a kind of settlement or class (30户以上自然村, 66人以上超大班额), a category" },
  { rule = "is_topic_count", reason = "counts a list's items by what they are about (9项与卫生医药有关)" },
  { rule = "is_quoted", reason = "inside a name in quotes or an aside in parentheses" },
  { rule = "is_roll_call", reason = "a meeting's roll call (应到代表548名，实到代表521名): who attended, no figure" },
  { rule = "is_yardstick",
    reason = "a larger region's figure (the nation's, the province's, the county's above a township), given for comparison" },
  { rule = "is_set_size", reason = "the size of a set the region joined (首批5个国家公园之一), not its figure" },
  { rule = "is_rank_bracket", reason = "a rank bracket (进入全球前1%): names a class of the ranked, not a share of the region" },
  { rule = "is_share_base", reason = "counts the members a share is taken over (74个国控断面…比例100%): the share is the figure" },
  { rule = "is_indicator_count", reason = "counts indicators (24个主要指标): describes a plan or an evaluation, no figure of the region" },
  { rule = "is_group_count", reason = "counts the places whose figure the clause goes on to state (山区26县生产总值增长7.5%)" },
  { rule = "is_individual", reason = "about one person, firm or village, not the region" },
  { rule = "is_introduced_person", reason = "about a person the story introduces (脱贫户王承亮), not the region" },
  { rule = "is_ideal_limit", reason = "a limit approached without end (无限接近于0%), which no result meets or misses" },
  { rule = "is_streak", reason = "how many times in a row (连续5次), not a figure of the year" },
  { rule = "is_subdivision_scope", reason = "how many of the region's own parts an action covered, not a result" },
  { rule = "is_slogan_gloss", reason = "spells out a numbered slogan (“435”), a name" },
  { rule = "counts_page_readers", reason = "counts the readers of the web page it was saved from (浏览次数：27406次)" },
  { rule = "names_a_round_size", reason = "a round size in a programme's name (百万亩造林任务1200亩), the amount after it" },
}

--- Is m a round size written in magnitudes alone (百万亩, 千万), no digit,
-- naming a programme whose own amount in that unit follows in its clause
-- (完成新一轮百万亩造林任务1200亩)?
function M.names_a_round_size(_, m)
  local raw = m.raw or ""
  local i = 1
  while i <= #raw and MAGNITUDES[sub(raw, i, i + 2)] do i = i + 3 end
  if i == 1 or i > #raw then return false end
  local unit = sub(raw, i)
  local norm = m.context.norm
  local rest = sub(norm, m.pos + #raw, m.clause_end)
  local at = find(rest, "%d" .. unit:gsub("%p", "%%%0"))
  return at ~= nil
end

--- Does m count the readers of the web page the text was saved from (the
-- lexicon's page_counters: 浏览次数：27406次 before it in its clause, 位访问者
-- right after it)? Page furniture, no figure of the region.
function M.counts_page_readers(R, m)
  local words = R.lexicon.page_counters
  if not words then return false end
  -- (none without one of the characters every such word holds)
  if not sentence_holds(m.context, "counts_readers", words.marks) then return false end
  local norm = m.context.norm
  if contains_any(norm, m.clause_start, m.pos - 1, words.before or {}) then return true end
  -- a label, then a colon, then the figure
  local stop = m.pos
  while stop > 1 and find(sub(norm, stop - 1, stop - 1), "[%s:]") do stop = stop - 1 end
  if sub(norm, stop - 3, stop - 1) == "：" then stop = stop - 3 end
  if stop < m.pos and word_before(norm, stop, words.labels or {}) then return true end
  return word_at(m.after or "", 1, words.after or {}) ~= nil
end

-- The rules of a rule set's not_a_figure as functions, in order, with
-- their reasons, made once per rule set (C: its classify table, whose
-- rules a pack layers over the defaults before the first mention); made
-- again when not_a_figure itself is another list. The list stops at its
-- first hole, as ipairs does.
local chains = setmetatable({}, { __mode = "k" })
local function not_a_figure_chain(C)
  local rows = C.not_a_figure
  local chain = { rows = rows, rules = {}, reasons = {}, n = 0 }
  for i, row in ipairs(rows) do
    chain.rules[i], chain.reasons[i], chain.n = C[row.rule], row.reason, i
  end
  chains[C] = chain
  return chain
end

--- Is m no target and no outcome (attributive figures, names and asides,
-- yardsticks, individuals, streaks, the extent of an action, a slogan's
-- gloss: the rules of M.not_a_figure)? Returns true and the reason, or false.
function M.is_other(R, m, doc)
  local C = R.classify
  local chain = chains[C]
  if not chain or chain.rows ~= C.not_a_figure then chain = not_a_figure_chain(C) end
  -- this runs for every mention: the functions looked up once per rule set
  local rules, reasons = chain.rules, chain.reasons
  for i = 1, chain.n do
    if rules[i](R, m, doc) then return true, reasons[i] end
  end
  return false
end

--- The period of a part a sentence gives after its total (累计推出259项制度创新
-- 成果，其中56项为全国首创; 净增经营主体242.8万户，其中企业57.5万户): the
-- total's, when one of the lexicon's part_openers stands between the total
-- and m with no time word of m's own after it. prev: the sentence's mention
-- before m ({ context, pos, kind, period }), or nil. Returns the period or nil.
function M.part_period(R, m, kind, prev)
  if not prev or prev.context ~= m.context or prev.kind ~= kind or prev.period == nil then return nil end
  local norm, words = m.context.norm, R.lexicon.part_openers or {}
  local opener
  for k = 1, #words do
    local at = find(norm, words[k], prev.pos, true)
    if at and at < m.pos and (not opener or at > opener) then opener = at end
  end
  if not opener then return nil end
  -- 其中高速公路由4771公里增加到2.52万公里: a value a change starts from has its own year
  if R.classify.is_from_value(R, m) then return nil end
  -- (a time word of its own, or an average's: 其中一二三产增加值年均分别增长3.5%左右
  -- after a level of 2030 spans the years its average is of)
  local cues, rows = m.context.cues, R.words.cue
  for k = 1, #cues do
    local cue = cues[k]
    local at = cue.pos
    if at > opener and at < m.pos then
      if cue.class == "time" then return nil end
      local row = cue.word and rows[cue.word]
      if row and row.average then return nil end
    end
  end
  return prev.period
end

--- Does m state a target by its name (经济增长预期目标调整为3.5%左右: a subject
-- ending in one of the lexicon's target_names, or in one and a word of
-- revising, with a verb that sets a figure; 高于年初确定的6.5%左右的预期目标:
-- the name right after the figure, or after its 的)? A review that says so
-- restates what was aimed at, no result.
function M.names_target(R, m)
  local names = R.lexicon.target_names
  if not names then return false end
  if R.classify.refers_to_target(R, m) then return true end
  local after = m.after or ""
  -- 没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少
  -- 2%的目标: a figure of a list (a 、 after it) whose last item states a
  -- figure that 的 and the name of a target close restates a target too (not
  -- 下降3.2%、完成省下达的目标任务: that item states the target was met)
  local ctx = m.context
  local norm = ctx.norm
  -- (whether the sentence names a target at all, asked once: most do not)
  if sub(after, 1, 3) == "、" and sentence_holds(ctx, "names_a_target", names.nouns) then
    local stop = m.clause_end + 1 -- the 的 and the name stand in m's clause
    local de = find(norm, "的", m.pos, true)
    while de and de < stop do
      if word_at(norm, de + 3, names.nouns) then
        local item = m.pos -- the last item of the list before the 的
        local at = find(norm, "、", item, true)
        while at and at < de do
          item = at + 3
          at = find(norm, "、", item, true)
        end
        local last = sub(norm, item, de - 1)
        return find(last, "%d") ~= nil and not contains_any(last, 1, #last, names.fulfilment or {})
      end
      de = find(norm, "的", de + 3, true)
    end
  end
  local subject = m.subject or ""
  if subject == "" or not words_module.set_of(names.verbs)[m.verb or ""] then return false end
  local stop = #subject + 1
  local revision = word_before(subject, stop, names.revisions)
  if revision then stop = stop - #revision end
  return word_before(subject, stop, names.nouns) ~= nil
end

--- Is m, a figure of a year to come, a forecast (预计今年高校毕业生1179万人,
-- 预计今年城镇需要就业的新成长劳动力超过1200万人): governed by a word of
-- expecting whose lexicon row says forecast? What a plan expects to face
-- is no promise. (Of a year past, 预计 makes an estimate of a result.) Not
-- where a word of its clause compares it with a known figure (比上年预计数
-- 增加439亿元: last year's estimate is the yardstick), nor where one plans
-- (预计全年增长5.5%左右，今年目标是增长6%: the target is the plan's).
function M.is_forecast(R, m)
  local C = R.classify
  local cue = C.estimate_cue(R, m)
  local row = cue and R.words.cue[cue.word]
  return row ~= nil and row.forecast == true and not C.cue_before(R, m, implies_outcome, true)
    and not C.cue_before(R, m, implies_target, true) and not C.sizes_own_measure(R, m)
end

--- Does m's subject or verb name a measure the government itself takes (the
-- lexicon's own_measures: 预计全年退税减税约2.5万亿元)? Then what it expects
-- is the size it gives its measure, a promise.
function M.sizes_own_measure(R, m)
  local said = (m.subject or "") .. (m.verb or "")
  return said ~= "" and contains_any(said, 1, #said, R.lexicon.own_measures or {})
end

--- Does m count who the year planned brings, with no verb of doing (今年高校
-- 毕业生1179万人, 高校毕业生达1076万人: the lexicon's circumstance_nouns as the
-- whole subject, no verb or one of reaching)? What a plan faces is no promise.
function M.counts_circumstance(R, m)
  local subject = m.subject or ""
  if subject == "" or not words_module.set_of(R.lexicon.circumstance_nouns or {})[subject] then return false end
  local verb = m.verb or ""
  if verb == "" then return true end
  local row = R.words.verb[verb]
  return row ~= nil and row.class == "reach"
end

--- Classify one mention in place: kind, period, estimate, region, headline.
function M.classify(R, m, doc, st)
  local C = R.classify
  local kind, period, est, cue = C.kind_and_period(R, m, doc, st)
  local other, why = C.is_other(R, m, doc)
  if not other and kind == "outcome" and C.names_target(R, m) then
    other, why = true, "a target restated in a review (预期目标调整为3.5%左右), no result"
  elseif not other and kind == "target" and C.restates_targets(R, doc) and C.refers_to_target(R, m) then
    other, why = true, "a target news refers back to (距离全年6%左右的预期目标), set elsewhere"
  elseif not other and kind == "target" and (C.is_forecast(R, m) or C.counts_circumstance(R, m)) then
    other, why = true, "a forecast or a circumstance of the year planned (预计今年…, 今年高校毕业生1179万人), no promise"
  end
  if other then
    kind = "other"
    m.other_reason = why
  end
  if st then
    local prev = st.prev_mention
    local part = C.part_period(R, m, kind, prev)
    period = part or period
    -- one table per document, rewritten: no table per mention
    if not prev then
      prev = {}
      st.prev_mention = prev
    end
    -- a part keeps its total as the one the next part is read against
    if not part then prev.context, prev.pos, prev.kind, prev.period = m.context, m.pos, kind, period end
  end
  m.kind = kind
  m.period = period
  m.headline = C.headline_of(R, m, kind, cue)
  m.estimate = C.estimate_of(R, m, doc, kind, period, est)
  m.region = C.region_of(R, m, doc)
  return m
end

return M
