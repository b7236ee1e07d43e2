--- The rules in force: the defaults (lua/duixian/rules/classify.lua,
-- match.lua, judge.lua, the catalogue data/indicators.lua and the word
-- meanings of data/lexicon.lua), with rule packs layered over them.
--
-- A rule pack is a Lua file returning
--   { indicators = { … }, classify = { … }, match = { … }, judge = { … } }
-- (every section optional). Indicator entries replace or add catalogue
-- entries by id; the other sections' entries replace the default rule or
-- value of the same name (a table given for a default table that is not a
-- list is layered into it). A name the defaults do not have is an error.
-- Packs are loaded as source text only, in a sandbox without io, os,
-- load, require or debug unless trusted.
local sha256 = require("duixian.core").sha256 -- hex digest, in C
-- the sandbox guards pack code only: loaded with the first pack
local function sandbox_module() return require "duixian.rules.sandbox" end

local M = {}

M.SECTIONS = { indicators = true, classify = true, match = true, judge = true, name = true,
  description = true }

local default

local function module_path(name)
  return package.searchpath(name, package.path)
end

local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

local facts_digest
--- A digest naming what the scanner stores as facts: the core module (C)
-- and the lexicon it reads. A database whose facts were stored under
-- another is scanned again from its stored text (db:refresh).
function M.facts_digest()
  if not facts_digest then
    local core = package.searchpath("duixian.core", package.cpath)
    local lexicon = require("duixian.data").path("lexicon.lua")
    facts_digest = sha256(table.concat({ core and read_file(core) or "duixian.core",
      lexicon and read_file(lexicon) or "lexicon.lua" }, "\0"))
  end
  return facts_digest
end

local default_digest
--- A digest naming the default rules: the sources they are read from.
function M.default_digest()
  if not default_digest then
    local parts = {}
    for _, name in ipairs({ "duixian.rules.classify", "duixian.rules.match", "duixian.rules.judge",
      "duixian.rules.words", "duixian.indicators", "duixian.gazetteer" }) do
      local path = module_path(name)
      parts[#parts + 1] = path and read_file(path) or name
    end
    local data = require "duixian.data"
    for _, file in ipairs({ "indicators.lua", "subject_heads.lua", "lexicon.lua", "gazetteer.lua", "regions.lua",
        "autonomous.lua" }) do
      local path = data.path(file)
      parts[#parts + 1] = path and read_file(path) or file
    end
    default_digest = sha256(table.concat(parts, "\0"))
  end
  return default_digest
end

local function is_list(t)
  return type(t) == "table" and (#t > 0 or next(t) == nil)
end

-- A copy of a default value, deep for tables (rules never share a
-- mutable table with the defaults).
local function copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[k] = copy(x) end
  return t
end

--- base layered with over: over's names replace base's, and a table given
-- for a default table that is not a list is layered into it (a pack says
-- `judge = { tolerance = … }` or `classify = { generic_places = { 新区 = false } }`).
function M.layer(base, over)
  local t = {}
  for k, v in pairs(base) do t[k] = copy(v) end
  for k, v in pairs(over or {}) do
    local old = t[k]
    if type(old) == "table" and type(v) == "table" and not is_list(old) then
      t[k] = M.layer(old, v)
    else
      t[k] = copy(v)
    end
  end
  return t
end

--- The modules holding the default rules of each section.
M.MODULES = { classify = "duixian.rules.classify", match = "duixian.rules.match",
  judge = "duixian.rules.judge" }

-- A copy of a pack's section whose functions (nested ones too, such as
-- time_words entries or match.criteria[i].beats) run guarded by the
-- sandbox: under the pack's limits, their results checked (rules.returns).
local function guarded(p, section, t)
  local seen = {}
  local function guard(v, name, key)
    if type(v) == "function" then
      return sandbox_module().wrap(p, name, v, key and require("duixian.rules.returns").for_rule(section, key))
    end
    if type(v) ~= "table" then return v end
    if seen[v] then return seen[v] end
    local c = {}
    seen[v] = c
    for k, x in next, v do c[k] = guard(x, name .. "." .. tostring(k)) end
    return c
  end
  local out = {}
  seen[t] = out
  for k, v in next, t do out[k] = guard(v, section .. "." .. tostring(k), k) end
  return out
end

-- The parts of R made when first read, so that a command that only
-- classifies (extract) never loads the catalogue, match or judge: each
-- section is the default module layered (copied), the catalogue the
-- default one.
local LAZY = { indicators = function(R)
  -- the catalogue reads word meanings through R's lexicon (a custom one too)
  local catalogue = require("duixian.indicators").catalogue()
  catalogue.words = R.words
  return catalogue
end }
for section, module in pairs(M.MODULES) do
  LAZY[section] = function() return M.layer(require(module), nil) end
end
local lazy_parts = { __index = function(R, k)
  local make = LAZY[k]
  if not make then return nil end
  local v = make(R)
  rawset(R, k, v)
  return v
end }

--- Compose the default rules with packs (as returned by M.load), later
-- packs layered over earlier ones. opts.lexicon: the word tables (the
-- default data/lexicon.lua when nil). Returns R: R.classify, R.match and
-- R.judge (each rule is rule(R, …) and calls its siblings through R),
-- R.indicators (the catalogue), R.lexicon and R.words (word meanings),
-- R.packs ({ name, sha256 } …) and R.origin (section.name → the pack
-- that set it). The default tables are never changed.
function M.compose(packs, opts)
  packs = packs or {}
  opts = opts or {}
  local lexicon = opts.lexicon or require("duixian.data").shared("lexicon")
  local R = setmetatable({ lexicon = lexicon, words = require("duixian.rules.words").index(lexicon),
    cache = {}, origin = {} }, lazy_parts)
  M.new_document(R)
  -- the digest of the default sources is computed when first read
  local list = { setmetatable({ name = "default" }, { __index = function(_, k)
    if k == "sha256" then return M.default_digest() end
  end }) }
  for _, p in ipairs(packs) do
    for section in pairs(M.MODULES) do
      -- a pack's functions run guarded by the sandbox (see guarded)
      if p[section] then R[section] = M.layer(R[section], guarded(p, section, p[section])) end
    end
    if p.indicators then
      R.indicators = require("duixian.indicators").catalogue(R.indicators.list, p.indicators)
      R.indicators.words = R.words
    end
    for _, section in ipairs({ "classify", "match", "judge", "indicators" }) do
      for k in pairs(p[section] or {}) do
        local id = type(k) == "string" and k or (type(p[section][k]) == "table" and p[section][k].id) or tostring(k)
        R.origin[section .. "." .. id] = p.name
      end
    end
    list[#list + 1] = { name = p.name, sha256 = p.sha256, path = p.path, trusted = p.trusted or false }
  end
  R.packs = list
  -- pack rules get R as a read-only view; R.cache is the run's scratch
  -- space, which the default rules fill as they go
  if #packs == 0 then return R end -- no pack code runs: nothing to guard against
  for k in pairs(LAZY) do local _ = R[k] end -- the read-only view sees plain fields
  return sandbox_module().protect(R, "R", { cache = true })
end

--- Empty R.cache, the rules' memos of one document (what its headings
-- say, the place each paragraph is about), before the next document: a
-- batch of 100,000 documents keeps no memo of the others.
function M.new_document(R)
  local cache = R.cache
  cache.headings, cache.heading_spans, cache.topics, cache.next_plans = {}, {}, {}, {}
end

--- The default rules (no pack).
function M.default()
  if not default then default = M.compose({}) end
  return default
end

--- The environment an untrusted pack runs in (duixian.rules.sandbox):
-- pure functions only, and the default rules as a deep read-only view.
function M.sandbox(pack)
  return sandbox_module().env(pack or {}, {
    judge = require "duixian.rules.judge",
    match = require "duixian.rules.match",
    classify = require "duixian.rules.classify",
    indicators = require "duixian.indicators",
    lexicon = require("duixian.data").shared("lexicon"),
  })
end

local function line_of(f)
  if type(f) ~= "function" then return nil end
  local info = debug.getinfo(f, "S")
  return info and info.linedefined
end

--- Does v, a pack's value for the default `default_value` named `name`
-- (section.key), have its shape? The default rules read these values
-- unguarded, so a wrong one is refused at load, not found deep in a run:
-- the same type; in a table of flags, booleans; in a list of rows,
-- rows with the default rows' fields and types (a row's `rule` naming a
-- function of its section); in judge.order, names of judge rules, not of
-- the helpers they call (judge.order = { "verdict" } would recurse).
-- pack_section and base: the pack's section and the default module.
-- @return true | false, message naming the key and what was expected
function M.check_value(name, default_value, v, pack_section, base)
  if default_value == nil or type(default_value) == "function" then return true end
  if type(v) ~= type(default_value) then
    return false, ("%s must be a %s like the default one, not a %s"):format(name, type(default_value), type(v))
  end
  if type(default_value) ~= "table" then return true end
  local function callable(rule)
    return type(pack_section[rule]) == "function" or type(base[rule]) == "function"
  end
  if name == "judge.order" then
    local rules = {}
    for _, r in ipairs(default_value) do rules[r] = true end
    for i, r in pairs(v) do
      if math.type(i) ~= "integer" or type(r) ~= "string" then
        return false, ("judge.order must be a list of rule names (strings); [%s] is a %s"):format(tostring(i), type(r))
      end
      -- (a name no pack defines yet may come from an earlier pack: the
      -- run checks it)
      if not rules[r] and (base[r] ~= nil or (pack_section[r] ~= nil and type(pack_section[r]) ~= "function")) then
        return false, ("judge.order[%d] names '%s', which is no judge rule: list the default rules (%s) or"
          .. " functions that take (R, case) and return nil or a status and a reason"):format(
          i, r, table.concat(default_value, ", "))
      end
    end
    return true
  end
  local row = is_list(default_value) and type(default_value[1]) == "table" and default_value[1] or nil
  if row then
    for i, x in pairs(v) do
      if math.type(i) ~= "integer" or type(x) ~= "table" then
        return false, ("%s must be a list of rows like the default's; [%s] is a %s"):format(name, tostring(i), type(x))
      end
      local fields = {}
      for field in pairs(row) do fields[#fields + 1] = field end
      table.sort(fields)
      for _, field in ipairs(fields) do
        local example = row[field]
        if type(x[field]) ~= type(example) then
          return false, ("%s[%d].%s must be a %s like the default rows', not a %s"):format(name, i, field,
            type(example), type(x[field]))
        end
      end
      if x.rule ~= nil and not callable(x.rule) then
        return false, ("%s[%d].rule names '%s', which is no function of %s"):format(name, i, x.rule, name:match("^[^.]*"))
      end
    end
    return true
  end
  -- a table of flags (word → true), as generic_places and elided_subjects are
  local _, flag = next(default_value)
  if type(flag) == "boolean" then
    for k, x in pairs(v) do
      if type(k) ~= "string" or type(x) ~= "boolean" then
        return false, ("%s must map words to true or false; [%s] is a %s"):format(name,
          type(k) == "string" and ("%q"):format(k) or tostring(k), type(x))
      end
    end
  end
  return true
end

-- Check a pack's shape; returns true or nil, message naming file and line.
local function check(pack, path)
  if type(pack) ~= "table" then
    return nil, ("%s: a rule pack must return a table { indicators = …, classify = …, match = …, judge = … },"
      .. " not a %s"):format(path, type(pack))
  end
  for _, field in ipairs({ "name", "description" }) do
    if pack[field] ~= nil and type(pack[field]) ~= "string" then
      return nil, ("%s: %s must be a string, not a %s"):format(path, field, type(pack[field]))
    end
  end
  for k in pairs(pack) do
    if not M.SECTIONS[k] then
      return nil, ("%s: unknown section '%s' (a pack has indicators, classify, match and judge)"):format(path, tostring(k))
    end
  end
  local defaults = { classify = require "duixian.rules.classify", match = require "duixian.rules.match",
    judge = require "duixian.rules.judge" }
  for section, base in pairs(defaults) do
    local t = pack[section]
    if t ~= nil then
      if type(t) ~= "table" then
        return nil, ("%s: %s must be a table of rules by name, not a %s"):format(path, section, type(t))
      end
      local order = type(t.order) == "table" and t.order or {}
      for name, v in pairs(t) do
        local listed = false
        for _, n in ipairs(order) do if n == name then listed = true end end
        if base[name] == nil and not listed then
          local at = line_of(v)
          return nil, ("%s:%s: %s has no rule named '%s' to override (see duixian.%s)"):format(
            path, at and tostring(at) or "1", section, tostring(name), "rules." .. section)
        end
        if type(base[name]) == "function" and type(v) ~= "function" then
          return nil, ("%s: %s.%s must be a function like the default one"):format(path, section, tostring(name))
        end
        local ok, problem = M.check_value(section .. "." .. tostring(name), base[name], v, t, base)
        if not ok then return nil, ("%s: %s"):format(path, problem) end
      end
    end
  end
  if pack.indicators ~= nil then
    if type(pack.indicators) ~= "table" then
      return nil, ("%s: indicators must be a table of catalogue entries"):format(path)
    end
    local indicators = require "duixian.indicators"
    local ok, err = pcall(indicators.catalogue, nil, pack.indicators)
    if not ok then return nil, ("%s: %s"):format(path, tostring(err)) end
  end
  return true
end

--- Load a rule pack from a Lua source file. opts.trusted gives it the
-- whole Lua environment; otherwise it runs without io, os, load, require
-- and debug. Bytecode is refused. Loading and every rule of the pack run
-- under opts.limits ({ instructions, memory = MB }, duixian.rules.sandbox).
-- @return pack { name, path, sha256, trusted, indicators, classify, match, judge }
-- | nil, message (naming the file and the line)
function M.load(path, opts)
  if type(path) ~= "string" then
    error(("bad argument #1 to 'load' (string expected, got %s)"):format(type(path)), 2)
  end
  opts = opts or {}
  local src, err = read_file(path)
  if not src then return nil, ("%s: cannot read the rule pack (%s)"):format(path, tostring(err)) end
  if src:sub(1, 1) == "\27" then
    return nil, ("%s:1: precompiled bytecode is refused; give the rule pack as Lua source text"):format(path)
  end
  local info = { path = path, limits = opts.limits }
  local env = opts.trusted and setmetatable({}, { __index = _G }) or M.sandbox(info)
  local chunk, msg = load(src, "@" .. path, "t", env)
  if not chunk then return nil, msg end
  -- run, checked and copied to plain tables under the load budget: the
  -- host never meets the pack's own metatables afterwards
  local ok, pack, why = pcall(sandbox_module().call, info, "loading", function()
    local returned = chunk()
    local valid, problem = check(returned, path)
    if not valid then return nil, problem end
    return sandbox_module().plain(returned)
  end)
  if not ok then
    return nil, sandbox_module().is_error(pack) and sandbox_module().describe(pack) or tostring(pack)
  end
  if not pack then return nil, why end
  info.name = pack.name or path:match("[^/]+$")
  info.sha256, info.trusted = sha256(src), opts.trusted and true or false
  info.indicators, info.classify, info.match, info.judge = pack.indicators, pack.classify, pack.match, pack.judge
  info.description = pack.description
  return info
end

--- Where an error raised while rules ran comes from: "file:line" of the
-- innermost frame inside one of the packs, or nil. Call from a message
-- handler (xpcall), where the failing frames are still on the stack.
-- Only the innermost BLAME_DEPTH frames are read: reaching frame n costs
-- n steps, and a stack overflow holds some 200,000 frames (minutes).
M.BLAME_DEPTH = 1000
function M.blame(packs, level)
  local sources = {}
  for _, p in ipairs(packs or {}) do if p.path then sources["@" .. p.path] = p.path end end
  level = level or 2
  for _ = 1, M.BLAME_DEPTH do
    local info = debug.getinfo(level, "Sl")
    if not info then return nil end
    local path = sources[info.source]
    if path then return ("%s:%d"):format(path, info.currentline) end
    level = level + 1
  end
  return nil
end

return M
