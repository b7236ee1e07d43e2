--- Indexes over a lexicon's rows (data/lexicon.lua, or a user's lexicon),
-- built once per set of rules: what each cue, verb and unit means. The
-- rules read word meanings only through these, so a custom lexicon is
-- honoured everywhere.
local M = {}

local function by_first_char(words)
  local t = {}
  for _, w in ipairs(words) do
    local first = w:sub(1, 3)
    t[first] = t[first] or {}
    table.insert(t[first], w)
  end
  for _, list in pairs(t) do table.sort(list, function(a, b) return #a > #b end) end
  return t
end

--- The indexes of lexicon tables: { cue = word → row, time_list (time
-- words with a meaning, longest first), verb = word → row, verb_list,
-- follows_by_first (verbs and continuers by their first character),
-- unit_class = unit → row, classifier_group = classifier → group number,
-- headings, document_kind = kind → row }.
function M.index(lexicon)
  local ix = { cue = {}, time_list = {}, verb = {}, verb_list = {}, unit_class = {},
    headings = lexicon.headings or { review = {}, plan = {} } }
  for _, row in ipairs(lexicon.cues or {}) do
    local word = type(row) == "table" and row[1] or row
    if type(row) == "table" then
      ix.cue[word] = row
      if row[2] == "time" and (row.years or row.span) then ix.time_list[#ix.time_list + 1] = word end
    end
  end
  table.sort(ix.time_list, function(a, b) if #a ~= #b then return #a > #b end return a < b end)
  local follows = {}
  for _, row in ipairs(lexicon.verb_rows or lexicon.verbs or {}) do
    local word = type(row) == "table" and row[1] or row
    ix.verb[word] = type(row) == "table" and row or { word }
    ix.verb_list[#ix.verb_list + 1] = word
    follows[#follows + 1] = word
  end
  for _, w in ipairs(lexicon.continuers or {}) do follows[#follows + 1] = w end
  ix.follows_by_first = by_first_char(follows)
  for unit, row in pairs(lexicon.unit_classes or {}) do ix.unit_class[unit] = row end
  -- the classifiers that count alike, by group (个 and 处; 套 and 户)
  ix.classifier_group = {}
  for k, group in ipairs(lexicon.classifier_groups or {}) do
    for _, w in ipairs(group) do ix.classifier_group[w] = k end
  end
  -- the words in a subject that make a percentage a growth or a fall
  -- (居民收入增幅, 能耗降幅)
  ix.growth_words = lexicon.growth_words or {}
  ix.decrease_words = lexicon.decrease_words or {}
  -- the kinds of document by name (document_kinds: a communiqué only
  -- reports; its authority)
  ix.document_kind = {}
  for _, row in ipairs(lexicon.document_kinds or {}) do ix.document_kind[row[1]] = row end
  ix.number_word = {}
  for _, row in ipairs(lexicon.words or {}) do ix.number_word[row[1]] = row end
  return ix
end

--- The lexicon row of a verb: its own, else the row of the longest verb
-- it ends with that is at least min_bytes long (3 when nil: 占比达 is 达;
-- 6: 转为下降 is 下降, but no single character). Remembered per word.
-- index → min_bytes → verb → row or false; beside the index, not in it,
-- which a pack's rules see as a read-only view
local suffix_rows = setmetatable({}, { __mode = "k" })
function M.verb_row(ix, verb, min_bytes)
  if verb == nil or verb == "" then return nil end
  local row = ix.verb[verb]
  if row then return row end
  min_bytes = min_bytes or 3
  local of_index = suffix_rows[ix]
  if not of_index then
    of_index = {}
    suffix_rows[ix] = of_index
  end
  local memo = of_index[min_bytes] or {}
  of_index[min_bytes] = memo
  local known = memo[verb]
  if known == nil then
    known = false
    for _, v in ipairs(ix.verb_list) do
      if #v >= min_bytes and #v < #verb and verb:sub(-#v) == v and (not known or #v > #known[1]) then
        known = ix.verb[v]
      end
    end
    memo[verb] = known
  end
  return known or nil
end

-- Sets made by set_of, per list (or string), kept while the list lives.
local sets = setmetatable({}, { __mode = "k" })

--- The words of a list, or of a string of words separated by spaces, as a
-- set (word → true), made once per list.
function M.set_of(list)
  local set = list and sets[list]
  if not set then
    set = {}
    if type(list) == "string" then
      for w in list:gmatch("%S+") do set[w] = true end
    else
      for _, w in ipairs(list or {}) do set[w] = true end
    end
    if list then sets[list] = set end
  end
  return set
end

--- s with every occurrence of the words of list taken out, found by plain
-- search: the words are data, never patterns.
function M.without(s, list)
  for _, w in ipairs(list) do
    local at = s:find(w, 1, true)
    while at do
      s = s:sub(1, at - 1) .. s:sub(at + #w)
      at = s:find(w, at, true)
    end
  end
  return s
end

--- The word of list that ends s, or nil.
function M.ending_of(s, list)
  for _, w in ipairs(list or {}) do
    if #w <= #s and s:sub(-#w) == w then return w end
  end
  return nil
end

--- Does s start with a verb or a word that continues a clause?
function M.starts_with_follower(ix, s)
  for _, v in ipairs(ix.follows_by_first[s:sub(1, 3)] or {}) do
    if s:sub(1, #v) == v then return true end
  end
  return false
end

return M
