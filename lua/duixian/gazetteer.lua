--- China's administrative units (GB/T 2260): the nation, provinces,
-- prefectures and counties, from data/gazetteer.lua (made by
-- data/make-gazetteer.js). Loaded on first use and kept.
--
--   local gaz = require "duixian.gazetteer"
--   local city = gaz.region_unit("聊城市")
--   gaz.find("莘县", { within = city }).name        --> "莘县"
--   gaz.inside(gaz.find("莘县"), city)               --> true
--   gaz.scan("莘县生产总值增长8%", { within = city })  --> { { name = "莘县", unit = …, start = 1, stop = 6 } }
--
-- A unit is { code, name, level (0 nation, 1 province, 2 prefecture,
-- 3 county), parent (code; nil for the nation), short (province and
-- prefecture short forms: 山东, 聊城; nil for counties, whose short forms
-- are too ambiguous: 东阿 is also a brand, 代县 hides in 现代县域) }.
local M = {}

-- data/gazetteer.lua's rows ({ code, name, level, parent code, short form }),
-- code → row number, word → row number (a list of them when the word names
-- several units), and every name and short form as one set (core.wordset)
local rows, row_of, by_name, by_short, words
local plain_of = {} -- row of an autonomous county → the name reports give it (长阳县)
local made = {} -- row number → unit, made when first asked for

local function char_len(s, i)
  local b = s:byte(i)
  if not b or b < 0xC0 then return 1 end
  if b < 0xE0 then return 2 elseif b < 0xF0 then return 3 end
  return 4
end

local function add(index, key, i)
  local had = index[key]
  if had == nil then index[key] = i
  elseif type(had) == "number" then index[key] = { had, i }
  else had[#had + 1] = i end
end

-- Indexed once, at the first question (every region rule and the reading
-- of a document's title asks one): a start-up of extract pays for it, so
-- it is one pass over the rows that makes a table only where one is kept
-- (a unit is made when first asked for; most never are).
local function load()
  if rows then return end
  rows = require("duixian.data").load("gazetteer").units
  row_of, by_name, by_short = {}, {}, {}
  local list = {}
  for i = 1, #rows do
    local row = rows[i]
    local name, short = row[2], row[5]
    row_of[row[1]] = i
    add(by_name, name, i)
    list[#list + 1] = name
    if short ~= "" then
      add(by_short, short, i)
      list[#list + 1] = short
    end
  end
  -- autonomous counties by the names reports give them (大通县: data/autonomous.lua)
  local plain = require("duixian.data").load("autonomous").names or {}
  for k = 1, #plain - 1, 2 do
    local i = by_name[plain[k + 1]]
    if type(i) == "number" then
      add(by_name, plain[k], i)
      plain_of[i] = plain[k]
      list[#list + 1] = plain[k]
    end
  end
  -- the longest name at a place is found in C: no substring per length
  words = require("duixian.core").wordset(list)
end

-- The unit of row i: one table per unit, whoever asks.
local function unit_at(i)
  local u = made[i]
  if not u then
    local row = rows[i]
    u = { code = row[1], name = row[2], level = row[3],
      parent = row[4] ~= "" and row[4] or nil, short = row[5] ~= "" and row[5] or nil }
    made[i] = u
  end
  return u
end

local function as_unit(u)
  if type(u) == "table" then return u end
  if type(u) == "string" then
    load()
    local i = row_of[u]
    return i and unit_at(i)
  end
  return nil
end

--- The name reports give autonomous county U (长阳县 for 长阳土家族自治县,
-- data/autonomous.lua), or its own name for any other unit.
function M.plain_name(u)
  u = as_unit(u)
  if not u then return nil end
  load()
  return plain_of[row_of[u.code]] or u.name
end

--- The short name of unit U: the name reports give it (plain_name) without
-- the longest of SUFFIXES that ends it (瑞金市 → 瑞金, 长阳县 → 长阳), two
-- characters at least; nil when none ends it.
function M.short_of(u, suffixes)
  local name = M.plain_name(u)
  if not name then return nil end
  local best
  for _, suffix in ipairs(suffixes) do
    if (not best or #suffix > #best) and #name - #suffix >= 6 and name:sub(-#suffix) == suffix then best = suffix end
  end
  return best and name:sub(1, #name - #best) or nil
end

--- The unit with GB/T 2260 code CODE ("371522"), or nil.
function M.unit(code)
  load()
  local i = row_of[code]
  return i and unit_at(i) or nil
end

--- The parent unit of U (a unit or a code), or nil for the nation.
function M.parent(u)
  u = as_unit(u)
  return u and u.parent and M.unit(u.parent) or nil
end

--- Does unit A lie inside unit B (strictly: a unit is not inside itself)?
-- A and B are units or codes.
function M.inside(a, b)
  a, b = as_unit(a), as_unit(b)
  if not (a and b) then return false end
  local p = M.parent(a)
  while p do
    if p == b then return true end
    p = M.parent(p)
  end
  return false
end

-- unit → { [short name] = the county-level unit inside it, or false when
-- two share it }, made when first asked for
local county_shorts = setmetatable({}, { __mode = "k" })

--- The short names of the county-level units inside unit U (a unit or a
-- code): each one's short_of (瑞金市 → 瑞金, 龙南市 → 龙南), none two units
-- share.
-- Returns { [short] = unit }, the same table for the same U and SUFFIXES.
function M.county_short_names(u, suffixes)
  u = as_unit(u)
  if not u then return {} end
  local by_suffixes = county_shorts[u]
  if not by_suffixes then
    by_suffixes = setmetatable({}, { __mode = "k" })
    county_shorts[u] = by_suffixes
  end
  local out = by_suffixes[suffixes]
  if out then return out end
  load()
  out = {}
  for i = 1, #rows do
    if rows[i][3] == 3 then
      local unit = unit_at(i)
      local short = M.inside(unit, u) and M.short_of(unit, suffixes)
      if short then
        if out[short] == nil then out[short] = unit else out[short] = false end
      end
    end
  end
  by_suffixes[suffixes] = out
  return out
end

local function within_filter(units, within)
  if not within then return units end
  local out = {}
  for _, u in ipairs(units) do
    if u == within or M.inside(u, within) then out[#out + 1] = u end
  end
  return out
end

-- Append to out the units of found (a row number, a list of them, or nil)
-- of level max_level or above (all when max_level is nil).
local function add_units(out, found, max_level)
  if found == nil then return end
  if type(found) == "number" then
    if not max_level or rows[found][3] <= max_level then out[#out + 1] = unit_at(found) end
    return
  end
  for _, i in ipairs(found) do
    if not max_level or rows[i][3] <= max_level then out[#out + 1] = unit_at(i) end
  end
end

-- Every unit WORD may name anywhere: full names, and short forms of levels
-- up to opts.short (1 provinces, 2 prefectures too; none when nil).
local function anywhere(word, opts)
  local out = {}
  add_units(out, by_name[word])
  local short = opts and opts.short
  if short then add_units(out, by_short[word], short) end
  return out
end

-- Does WORD name any unit anywhere (anywhere(word, opts) is not empty)?
local function names_any(word, opts)
  if by_name[word] then return true end
  local short = opts and opts.short
  local found = short and by_short[word]
  if not found then return false end
  if type(found) == "number" then return rows[found][3] <= short end
  for _, i in ipairs(found) do
    if rows[i][3] <= short then return true end
  end
  return false
end

local function candidates(word, opts)
  return within_filter(anywhere(word, opts), opts and as_unit(opts.within))
end

--- The unit WORD names, or nil and a message when it names none or
-- several. opts: within (a unit or code: only it and the units inside it
-- count, which settles 朝阳区 or 吉林), short (accept short forms of
-- provinces (1) or of provinces and prefectures (2)).
function M.find(word, opts)
  if type(word) ~= "string" then
    error(("bad argument #1 to 'find' (string expected, got %s)"):format(type(word)), 2)
  end
  load()
  local units = candidates(word, opts)
  if #units == 1 then return units[1] end
  if #units == 0 then return nil, ("'%s' names no administrative unit in the gazetteer"):format(word) end
  local names = {}
  for _, u in ipairs(units) do names[#names + 1] = u.code .. " " .. u.name end
  return nil, ("'%s' names %d units (%s): give its parent, as in 山东省聊城市莘县"):format(
    word, #units, table.concat(names, ", "))
end

--- The longest name of a unit that starts at byte I of S, as a hit of
-- scan (below), or nil. opts as for find.
function M.name_at(s, i, opts)
  if not rows then load() end
  -- the longest word at i that names a unit of the levels asked for
  local word = words:at(s, i)
  while word and not names_any(word, opts) do word = words:at(s, i, #word) end
  if not word then return nil end
  local units = candidates(word, opts)
  return { name = word, start = i, stop = i + #word - 1, units = units,
    unit = #units == 1 and units[1] or nil }
end

--- Scan S for names of units, longest first at each character, matches
-- not overlapping. Returns an array of { name, start, stop (byte offsets
-- of the name in S), units (the units it may name within opts.within:
-- empty for a unit elsewhere, such as 菏泽市 in a report of 聊城市), unit
-- (the one it names, nil when none or several) }. opts as for find; the
-- longest name wins wherever its unit lies, so 菏泽市单县 never yields 单县
-- of a shorter reading.
function M.scan(s, opts)
  if type(s) ~= "string" then
    error(("bad argument #1 to 'scan' (string expected, got %s)"):format(type(s)), 2)
  end
  local found, i, n = {}, 1, #s
  while i <= n do
    local hit = M.name_at(s, i, opts)
    if hit then
      found[#found + 1] = hit
      i = hit.stop + 1
    else
      i = i + char_len(s, i)
    end
  end
  return found
end

--- The unit of a manifest's region string: a full name (聊城市), a path of
-- names from the top (山东省聊城市莘县), or a short form of a province or
-- prefecture (山东, 聊城). Returns nil and a message when the string
-- names no unit or several.
local region_units = {} -- region string → { unit, message }: every mention asks
local read_region

function M.region_unit(region)
  if type(region) ~= "string" then
    error(("bad argument #1 to 'region_unit' (string expected, got %s)"):format(type(region)), 2)
  end
  local known = region_units[region]
  if not known then
    known = table.pack(read_region(region))
    region_units[region] = known
  end
  return known[1], known[2]
end

-- region_unit without the memo.
function read_region(region)
  load()
  local unit = M.find(region)
  if unit then return unit end
  -- a path: each name inside the one before it
  local within, pos = nil, 1
  for _, hit in ipairs(M.scan(region, { short = 2 })) do
    if hit.start ~= pos then break end
    local inner = within_filter(hit.units, within)
    if within then -- strictly inside: 吉林省吉林市 is the city
      for i = #inner, 1, -1 do
        if inner[i] == within then table.remove(inner, i) end
      end
    end
    if #inner ~= 1 then break end
    within, pos = inner[1], hit.stop + 1
  end
  if within and pos > #region then return within end
  return M.find(region, { short = 2 })
end

return M
