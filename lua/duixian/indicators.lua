--- The indicator catalogue (data/indicators.lua) and how a mention's
-- subject is resolved to an indicator: the longest alias the subject
-- contains, with the unit and the measure (read off unit and verb) as
-- tie-breakers. Mentions outside the catalogue are compared by subject
-- similarity (character bigrams).
local data = require "duixian.data"

local M = {}

M.MEASURES = { growth = true, decrease = true, share = true, added = true, level = true,
  change = true, times = true, rank = true, reduced = true }
M.DIRECTIONS = { floor = true, cap = true }

-- What each unit measures, from the lexicon (data/lexicon.lua
-- unit_classes); any other unit is a classifier (个 家 所 …) and counts.
local lexicon = data.load("lexicon")
local MEASURE_UNITS = {}
for unit, row in pairs(lexicon.unit_classes) do MEASURE_UNITS[unit] = row[1] end

--- The class of a unit: percent, pp, money, person, mass, area … or count
-- for classifiers.
function M.unit_class(unit)
  if unit == nil then return nil end
  return MEASURE_UNITS[unit] or "count"
end

--- Can values in units a and b be compared directly? The same unit, or two
-- classifiers (家 and 个 both count things).
function M.same_unit(a, b)
  if a == b then return true end
  return M.unit_class(a) == "count" and M.unit_class(b) == "count"
end

--- Verb classes: what a verb says the number is (the class field of the
-- lexicon's verb rows): increase, decrease, reach, add.
M.verb_classes = {}
for _, row in ipairs(lexicon.verb_rows) do
  if row.class then
    M.verb_classes[row.class] = M.verb_classes[row.class] or {}
    table.insert(M.verb_classes[row.class], row[1])
  end
end

local verb_class_of, by_length = {}, {}
for class, verbs in pairs(M.verb_classes) do
  for _, v in ipairs(verbs) do
    verb_class_of[v] = class
    by_length[#by_length + 1] = v
  end
end
table.sort(by_length, function(a, b) if #a ~= #b then return #a > #b end return a < b end)

--- The class of a verb: increase, decrease, reach, add, or nil.
function M.verb_class(verb)
  if verb == nil or verb == "" then return nil end
  local c = verb_class_of[verb]
  if c then return c end
  -- 转为下降, 比上年增长: the class of the verb it ends with
  for _, v in ipairs(by_length) do
    if #v >= 6 and verb:sub(-#v) == v then return verb_class_of[v] end
  end
  return nil
end

local GROWTH_WORDS = { "增长", "增速", "涨幅", "增幅", "上涨" }
local DECREASE_WORDS = { "下降", "降低", "降幅", "减少" }

local function contains_any(s, words)
  for _, w in ipairs(words) do
    if s:find(w, 1, true) then return true end
  end
  return false
end

--- What a quantity measures, read off its unit and verb (and, for a
-- percentage with no verb of change, its subject: 经济增长预期目标为7%):
-- growth, decrease, share, added, level, change, times, rank, reduced, or
-- nil when nothing says.
function M.measure_of(unit, verb, subject)
  local class = M.unit_class(unit)
  local vc = M.verb_class(verb)
  subject = subject or ""
  if class == "percent" then
    if vc == "increase" then return "growth" end
    if vc == "decrease" then return "decrease" end
    if contains_any(subject, GROWTH_WORDS) then return "growth" end
    if contains_any(subject, DECREASE_WORDS) then return "decrease" end
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
    for _, a in ipairs(e.aliases) do aliases[#aliases + 1] = { word = a, entry = e } end
  end
  table.sort(aliases, function(a, b)
    if #a.word ~= #b.word then return #a.word > #b.word end
    if a.word ~= b.word then return a.word < b.word end
    return a.entry.id < b.entry.id
  end)
  return setmetatable({ list = list, by_id = by_id, aliases = aliases }, Catalogue)
end

--- Is the alias found at `at` in subject the denominator of a share
-- (四新经济增加值占GDP比重) rather than what is measured?
local function is_denominator(subject, at)
  return at > 3 and subject:sub(at - 3, at - 1) == "占"
end

--- The indicator a subject names: the entry with the longest alias the
-- subject contains; among entries sharing that alias, the one whose unit
-- and then measure agree with unit and verb.
-- @return entry, alias | nil
function Catalogue:resolve(subject, unit, verb)
  if type(subject) ~= "string" or subject == "" then return nil end
  local measure = M.measure_of(unit, verb, subject)
  local best, best_alias, best_score, best_len
  for _, a in ipairs(self.aliases) do
    if best_len and #a.word < best_len then break end
    local at = subject:find(a.word, 1, true)
    if at and not is_denominator(subject, at) then
      local e = a.entry
      local score = 0
      if unit and e.unit and M.same_unit(unit, e.unit) then score = score + 2 end
      if e.measure and measure == e.measure then score = score + 1 end
      if not best or score > best_score then
        best, best_alias, best_score, best_len = e, a.word, score, #a.word
      end
    end
  end
  return best, best_alias
end

--- The entry with this id, or nil.
function Catalogue:get(id) return self.by_id[id] end

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
