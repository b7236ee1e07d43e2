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
-- unit_class = unit → row, headings }.
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
  ix.relative_list = {} -- verbs relating the subject to another (居, 高于)
  for _, w in ipairs(ix.verb_list) do
    if ix.verb[w].relative then ix.relative_list[#ix.relative_list + 1] = w end
  end
  ix.follows_by_first = by_first_char(follows)
  for unit, row in pairs(lexicon.unit_classes or {}) do ix.unit_class[unit] = row end
  ix.number_word = {}
  for _, row in ipairs(lexicon.words or {}) do ix.number_word[row[1]] = row end
  return ix
end

--- Does s start with a verb or a word that continues a clause?
function M.starts_with_follower(ix, s)
  for _, v in ipairs(ix.follows_by_first[s:sub(1, 3)] or {}) do
    if s:sub(1, #v) == v then return true end
  end
  return false
end

return M
