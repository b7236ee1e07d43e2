--- The sandbox a rule pack runs in, and the guard around every call into it.
--
--   local sandbox = require "duixian.rules.sandbox"
--   local env = sandbox.env(pack)                     -- globals for an untrusted pack
--   local results = sandbox.call(pack, "judge.tolerance", fn, ...)
--   local guarded = sandbox.wrap(pack, "judge.tolerance", fn, validator)
--
-- pack is { path, name, limits = { instructions, memory } } (the record
-- duixian.rules.load makes; limits default to M.LIMITS).
--
-- The environment holds pure functions only: copies of string, table, math
-- and utf8 (a pack changing its copy changes nothing else), no io, os, load,
-- require, debug, collectgarbage or coroutine. `defaults` is a deep
-- read-only view of the default rules. The metatable of strings is hidden,
-- metatables the host set cannot be read or replaced, and a metatable with
-- __gc is refused: finalisers run whenever the host collects garbage, out of
-- reach of any budget.
--
-- A guarded call runs under an instruction budget (a count hook) and a
-- memory ceiling (an allocator wrapper in duixian.core), with the string
-- methods ("x"):find(…) swapped for the sandbox's, whose patterns are
-- refused when their worst case exceeds the budget (the matcher runs in C,
-- where no hook reaches). Any failure becomes a structured error
-- { pack = path, name, rule, message, expected } (M.is_error) that the pack
-- cannot catch: its pcall re-raises it.
local core = require "duixian.core"

local M = {}

--- Generous defaults: a default rule call takes thousands of instructions
-- and kilobytes; these bounds stop only runaways.
-- (the instruction budget is wide: a pack that only wraps a default rule pays
-- for the read-only views it reaches the defaults through; the clock is what
-- stops a runaway first)
-- The environment's DUIXIAN_RULE_SECONDS replaces the 3 s: under valgrind
-- (make valgrind) a call runs fifty times slower, and the clock would stop
-- it before the instruction budget a spec means to test.
M.LIMITS = { instructions = 1000000000, memory = 512, -- per call; memory in MB
  seconds = math.tointeger(tonumber(os.getenv("DUIXIAN_RULE_SECONDS") or "")) or 3 }

-- The instructions between two looks of the hook at the clock: an
-- instruction may do much work in C (a concatenation or s:upper() of a
-- megabyte, a comparison of two long strings) that no count sees, so the
-- CPU time of a call is bounded too.
local CLOCK_STEP = 1000

-- The host's functions, taken before any pack runs.
local host = { find = string.find, match = string.match, gmatch = string.gmatch, gsub = string.gsub,
  format = string.format, rep = string.rep, sub = string.sub, byte = string.byte }
local host_setmetatable, host_rawset = setmetatable, rawset
local host_pcall, host_xpcall, host_error, host_type, host_next = pcall, xpcall, error, type, next
local sethook, gethook, raw_getmetatable = debug.sethook, debug.gethook, debug.getmetatable
local clock = os.clock
local string_mt = raw_getmetatable("")

-- ---------------------------------------------------------------- errors

local ERROR_MT = {}

-- What a pack wrote (its error message, its name) as it is printed: one
-- line of at most 300 bytes, control characters (a newline, a terminal's
-- escape sequences) shown as \ddd.
local function printable(s)
  if #s > 300 then
    local cut = 300 -- at a character's first byte
    while cut > 0 and (host.byte(s, cut + 1) or 0) & 0xC0 == 0x80 do cut = cut - 1 end
    s = host.sub(s, 1, cut) .. "…"
  end
  return (host.gsub(s, "%c", function(c) return ("\\%d"):format(c:byte()) end))
end

--- The one line the CLI prints for a structured error: the pack's file
-- first (the message's own "file:line:" when it has one), then the rule.
function M.describe(e)
  -- the pack's own name, when it gave one
  local named = e.name and e.name ~= host.match(e.pack, "[^/]*$") and (" of pack '%s'"):format(printable(e.name)) or ""
  local s
  local message = printable(e.message)
  if host.find(message, e.pack .. ":", 1, true) == 1 then
    s = ("%s (in %s%s)"):format(message, e.rule, named)
  else
    s = ("%s: %s%s: %s"):format(e.pack, e.rule, named, message)
  end
  if e.expected then s = s .. "; expected " .. e.expected end
  return s
end
ERROR_MT.__tostring = M.describe

local function failure(pack, rule, message, expected)
  return host_setmetatable({ pack = pack.path or pack.name or "?", name = pack.name, rule = rule,
    message = message, expected = expected }, ERROR_MT)
end

--- Is e a structured rule pack error (from M.call)?
function M.is_error(e)
  return host_type(e) == "table" and raw_getmetatable(e) == ERROR_MT
end

-- ---------------------------------------------------------------- limits

--- Parse "instructions=N,memory=MB,seconds=S" (each part optional) into
-- limits over M.LIMITS. @return limits | nil, message
function M.parse_limits(s)
  local limits = { instructions = M.LIMITS.instructions, memory = M.LIMITS.memory, seconds = M.LIMITS.seconds }
  for part in host.gmatch(s, "[^,]+") do
    local key, value = host.match(part, "^%s*(%a+)%s*=%s*(%d+)%s*$")
    if not key or limits[key] == nil then
      return nil, ("--rule-limits: '%s' is not instructions=N, memory=MB or seconds=S"):format(part)
    end
    local n = math.tointeger(tonumber(value))
    if not n or n < 1 or (key == "memory" and n > 2 ^ 20) then
      return nil, ("--rule-limits: %s=%s is out of range"):format(key, value)
    end
    limits[key] = n
  end
  return limits
end

local function limits_of(pack)
  local l = pack.limits or M.LIMITS
  return l.instructions or M.LIMITS.instructions, l.memory or M.LIMITS.memory, l.seconds or M.LIMITS.seconds
end

-- ---------------------------------------------------------------- the guard

-- The guarded call in progress: its pack and rule (the innermost, for
-- blame), the error that is stopping it (re-raised by the pack's pcall),
-- and how deep guarded calls are nested (the outermost holds the limits).
local running = { depth = 0 }

-- Host functions the hook lets run once the budget is spent: the ones that
-- carry the error out (every pack instruction after it raises again, so a
-- pack's error handler cannot loop on).
local unwinding = {}

-- Every running.step instructions: count them, and look at the clock.
local function budget_hook()
  local pack, rule = running.pack, running.rule
  if running.abort then
    local info = debug.getinfo(2, "f")
    if info and unwinding[info.func] then return end
  else
    running.used = running.used + running.step
    local n, _, seconds = limits_of(pack)
    if running.used >= n then
      running.abort = failure(pack, rule, ("ran past its budget of %d instructions"):format(n),
        ("a rule that finishes within %d instructions (raise it with --rule-limits instructions=N)"):format(n))
    elseif clock() > running.deadline then
      running.abort = failure(pack, rule, ("ran past %d s of CPU time"):format(seconds),
        ("a rule that finishes within %d s of CPU time (raise it with --rule-limits seconds=S)"):format(seconds))
    else
      return
    end
    sethook(budget_hook, "", 1)
  end
  host_error(running.abort, 0)
end

local function describe_value(v)
  local t = host_type(v)
  if t == "string" then
    if #v > 40 then return ("the string %q (%d bytes)"):format(host.sub(v, 1, 40) .. "…", #v) end
    return ("the string %q"):format(v)
  end
  if t == "nil" then return "nil" end
  if t == "number" or t == "boolean" then return ("%s %s"):format(t, tostring(v)) end
  return "a " .. t
end
M.describe_value = describe_value

-- After fn returned or raised: turn the outcome into results or a
-- structured error. No allocation happens before the ceiling is lifted.
local function settle(pack, rule, validator, outer, ok, ...)
  local mem_tripped
  if outer then
    local _, tripped = core.memory_limit(false)
    mem_tripped = tripped
    sethook(running.hook, running.mask, running.count)
    string_mt.__index = running.string_index
    running.pack, running.rule, running.depth, running.hook = nil, nil, 0, nil
  end
  if not ok then
    local e = ...
    if running.abort and outer then e = running.abort end
    if outer then running.abort = nil end
    if M.is_error(e) then host_error(e, 0) end
    if mem_tripped then
      local _, mb = limits_of(pack)
      host_error(failure(pack, rule, ("took more than %d MB of memory"):format(mb),
        ("a rule that needs at most %d MB (raise it with --rule-limits memory=MB)"):format(mb)), 0)
    end
    if host_type(e) == "string" then host_error(failure(pack, rule, e), 0) end
    host_error(failure(pack, rule, ("raised %s instead of a message"):format(describe_value(e)),
      'error("a message") with a string'), 0)
  end
  if validator then
    local fine, expected, got = validator(...)
    if not fine then
      host_error(failure(pack, rule, "returned " .. (got or describe_value((...))), expected), 0)
    end
  end
  running.last_pack, running.last_rule = pack, rule
  return ...
end
unwinding[settle] = true

local function nested_done(pack, rule, validator, prev_pack, prev_rule, ...)
  running.pack, running.rule, running.depth = prev_pack, prev_rule, running.depth - 1
  return settle(pack, rule, validator, false, ...)
end
unwinding[nested_done] = true

-- Tables the host hands to pack rules that the pack may read, not change
-- (the composed rules R): passed as read-only views.
local protected = host_setmetatable({}, { __mode = "k" }) -- table → { name, open }
function M.protect(t, name, open) protected[t] = { name or "R", open } return t end

local sandbox_string -- the string methods inside a guarded call (below)

--- Run fn(...) under pack's limits, as rule `rule`. Returns what fn
-- returns; raises a structured error on any failure, or when validator
-- (called with the results) returns false, expected[, what was got].
function M.call(pack, rule, fn, ...)
  return M.call_checked(pack, rule, nil, fn, ...)
end

function M.call_checked(pack, rule, validator, fn, ...)
  if running.depth > 0 then
    -- nested (a pack calling another pack's rule): the outer limits hold
    local prev_pack, prev_rule = running.pack, running.rule
    running.pack, running.rule, running.depth = pack, rule, running.depth + 1
    return nested_done(pack, rule, validator, prev_pack, prev_rule, host_pcall(fn, ...))
  end
  local instructions, memory = limits_of(pack)
  -- what the packs' rules allocated in earlier calls and still hold (in
  -- their own tables, R.cache, what they returned): at most the ceiling
  -- too, so that memory taken a little at each call is bounded
  if core.memory_held() > memory * 1024 * 1024 then
    collectgarbage("collect") -- their garbage is no hold
    local held = core.memory_held()
    if held > memory * 1024 * 1024 then
      host_error(failure(pack, rule, ("holds %d MB from its earlier calls, more than %d MB"):format(
        held // (1024 * 1024), memory), ("rules that keep at most %d MB from one call to the next"
        .. " (raise it with --rule-limits memory=MB)"):format(memory)), 0)
    end
  end
  running.hook, running.mask, running.count = gethook()
  running.string_index = string_mt.__index
  running.pack, running.rule, running.depth, running.abort = pack, rule, 1, nil
  string_mt.__index = sandbox_string
  running.used, running.step = 0, math.min(instructions, CLOCK_STEP)
  running.deadline = clock() + select(3, limits_of(pack))
  sethook(budget_hook, "", running.step)
  core.memory_limit(memory * 1024 * 1024)
  return settle(pack, rule, validator, true, host_pcall(fn, ...))
end

unwinding[M.call_checked] = true

--- The pack and rule of the guarded call that returned last: whom to
-- blame when the host then fails on what a rule returned.
function M.last_returned()
  return running.last_pack, running.last_rule
end

--- fn guarded: a function calling M.call_checked(pack, rule, validator, fn, …).
function M.wrap(pack, rule, fn, validator)
  return function(first, ...)
    local how = protected[first]
    if how then first = M.readonly(first, how[1], how[2]) end
    return M.call_checked(pack, rule, validator, fn, first, ...)
  end
end

-- ---------------------------------------------------------------- patterns

-- Lua's pattern matcher backtracks in C, where the count hook never fires:
-- ("a?"):rep(40) .. ("a"):rep(40) would run for hours. A pattern is refused
-- when an upper bound of its steps exceeds the instruction budget: start
-- positions × the choices of each repeated item (2 for ?, else one more
-- than the longest run of subject bytes the item's class matches).
-- the index of the "]" closing the set that opens at p[i]
local function set_end(p, i)
  local j, n = i + 1, #p
  if host.sub(p, j, j) == "^" then j = j + 1 end
  if host.sub(p, j, j) == "]" then j = j + 1 end
  while j <= n and host.sub(p, j, j) ~= "]" do
    if host.sub(p, j, j) == "%" then j = j + 1 end
    j = j + 1
  end
  return j
end

local function pattern_items(p)
  local items, i, n = {}, 1, #p
  if host.sub(p, 1, 1) == "^" then items.anchored = true i = 2 end
  while i <= n do
    local c = host.sub(p, i, i)
    local j -- last byte of a single-byte class
    if c == "(" or c == ")" then
      i = i + 1
    elseif c == "%" then
      local d = host.sub(p, i + 1, i + 1)
      if d == "b" then items[#items + 1] = { linear = true } i = i + 4
      elseif d == "f" then i = set_end(p, i + 2) + 1
      elseif host.find(d, "^%d$") then items[#items + 1] = { linear = true } i = i + 2
      else j = i + 1 end
    elseif c == "[" then
      j = set_end(p, i)
    elseif c == "$" and i == n then
      i = i + 1
    else
      j = i
    end
    if j then
      local q = host.sub(p, j + 1, j + 1)
      if q == "?" or q == "*" or q == "+" or q == "-" then
        items[#items + 1] = { class = host.sub(p, i, j), q = q }
        i = j + 2
      else
        i = j + 1
      end
    end
  end
  return items
end

local function longest_run(s, class)
  local best = 0
  local ok = host_pcall(function()
    for run in host.gmatch(s, class .. "+") do if #run > best then best = #run end end
  end)
  return ok and best or #s
end

-- pattern → its items; emptied when it holds 1000 (strings are not
-- collected from weak tables, so it is bounded by count)
local parsed, n_parsed = {}, 0

-- plain: a plain search (string.find's 4th argument, or a pattern
-- without special characters, which C searches as plain text too): up to
-- #p comparisons at each start.
local function check_pattern(fname, s, p, init, plain)
  if host_type(s) ~= "string" or host_type(p) ~= "string" then return end -- the real function complains
  local n = #s - ((math.tointeger(init) or 1) > 1 and (math.tointeger(init) - 1) or 0)
  if n < 0 then n = 0 end
  local budget = running.pack and limits_of(running.pack) or M.LIMITS.instructions
  -- each start compares up to #p bytes before it fails, plain or not
  -- (("a"):rep(2^21):find(("a"):rep(2^20) .. "b") compares 2^40 bytes)
  local width = #p > 0 and #p or 1
  if plain or not host.find(p, "[%^%$%*%+%?%.%(%)%[%]%%%-]") then
    if #p <= n and (n - #p + 1) * width > budget then
      host_error(("string.%s: searching a %d-byte subject for a pattern of %d bytes may take more than %d steps;"
        .. " search a shorter subject or for a shorter pattern"):format(fname, #s, #p, budget), 3)
    end
    if plain then return end
  end
  local function refuse()
    host_error(("string.%s: the pattern %q may take more than %d steps on a subject of %d bytes;"
      .. " use fewer repeated items (?, *, +, -) or a plain find"):format(fname, #p > 60 and host.sub(p, 1, 60) .. "…" or p,
      budget, #s), 4)
  end
  -- a long pattern is refused before it is read item by item
  if (host.sub(p, 1, 1) == "^" and 1 or n + 1) * width > budget then refuse() end
  local items = parsed[p]
  if not items then
    items = pattern_items(p)
    if n_parsed >= 1000 then parsed, n_parsed = {}, 0 end
    parsed[p], n_parsed = items, n_parsed + 1
  end
  local steps = (items.anchored and 1 or n + 1) * width
  for _, it in ipairs(items) do
    if steps > budget then break end
    if it.linear then steps = steps * (n + 1)
    elseif it.q == "?" then steps = steps * 2
    elseif steps * (n + 1) > budget then steps = steps * (longest_run(s, it.class) + 1)
    else steps = steps * (n + 1) end
  end
  if steps > budget then refuse() end
end

-- ---------------------------------------------------------------- environment

local function copy_lib(lib, drop)
  local t = {}
  for k, v in pairs(lib) do if not (drop and drop[k]) then t[k] = v end end
  return t
end

local function guarded_string()
  local s = copy_lib(string, { dump = true })
  s.find = function(str, p, init, plain)
    check_pattern("find", str, p, init, plain)
    return host.find(str, p, init, plain)
  end
  s.match = function(str, p, init) check_pattern("match", str, p, init) return host.match(str, p, init) end
  s.gmatch = function(str, p, init) check_pattern("gmatch", str, p, init) return host.gmatch(str, p, init) end
  s.gsub = function(str, p, repl, n) check_pattern("gsub", str, p) return host.gsub(str, p, repl, n) end
  -- an empty string repeated n times: C's loop would copy nothing n
  -- times, allocating nothing the memory ceiling could stop
  s.rep = function(str, n, sep)
    local count = math.tointeger(tonumber(n))
    if str == "" and (sep == nil or sep == "") and count and count > 0 then return "" end
    return host.rep(str, n, sep)
  end
  return s
end
-- ("x"):find(…) inside a guarded call; no pack can reach this table
sandbox_string = guarded_string()

-- read-only views: one proxy per table, so identity and comparisons hold
local views = host_setmetatable({}, { __mode = "k" }) -- proxy → the table it shows
local view_of = host_setmetatable({}, { __mode = "k" }) -- table → its proxy

--- A deep read-only view of t: reads go through (nested tables as views
-- too), pairs, ipairs and # work, any write raises naming the key.
-- open: names of t whose values are handed out as they are (writable).
function M.readonly(t, name, open)
  if host_type(t) ~= "table" then return t end
  if views[t] then return t end
  local proxy = view_of[t]
  if proxy then return proxy end
  local function child(k, v)
    if host_type(v) ~= "table" or (open and open[k]) then return v end
    -- the view made before, if any: no name is built on every read
    local made = view_of[v]
    if made then return made end
    local key = host_type(k) == "string" and host.find(k, "^[%a_][%w_]*$") and "." .. k or "[" .. tostring(k) .. "]"
    return M.readonly(v, name .. key)
  end
  proxy = host_setmetatable({}, {
    __index = function(_, k) return child(k, t[k]) end,
    __newindex = function(_, k)
      host_error(("%s is read-only: cannot set %s (a pack overrides a rule by returning it in its own"
        .. " table, e.g. return { judge = { tolerance = function(R, t, ind, value) … end } })"):format(
        name, host_type(k) == "string" and ("'%s'"):format(k) or "[" .. tostring(k) .. "]"), 2)
    end,
    __pairs = function()
      return function(_, k)
        local nk, v = host_next(t, k)
        if nk == nil then return nil end
        return nk, child(nk, v)
      end, proxy, nil
    end,
    __len = function() return #t end,
    __metatable = false,
  })
  views[proxy] = t
  view_of[t] = proxy
  return proxy
end

--- A deep copy of v made of plain tables: raw keys and values, no
-- metatables (functions are kept as they are). What a pack returned, as
-- the host keeps it.
function M.plain(v, seen)
  if host_type(v) ~= "table" then return v end
  seen = seen or {}
  if seen[v] then return seen[v] end
  local t = {}
  seen[v] = t
  for k, x in host_next, v do t[M.plain(k, seen)] = M.plain(x, seen) end
  return t
end

--- Is v a read-only view made by M.readonly?
function M.is_view(v) return views[v] ~= nil end

-- Metatables a pack set: the real one (a copy, its functions guarded) →
-- the pack's own table, which getmetatable gives back.
local pack_mts = host_setmetatable({}, { __mode = "k" })

local function pack_setmetatable(pack)
  return function(t, mt)
    if host_type(t) ~= "table" then
      host_error(("bad argument #1 to 'setmetatable' (table expected, got %s)"):format(host_type(t)), 2)
    end
    if views[t] then host_error("setmetatable: this table is a read-only view (of the defaults or of R)", 2) end
    local current = raw_getmetatable(t)
    if current ~= nil and not pack_mts[current] then
      host_error("setmetatable: this table belongs to the host; its metatable is not the pack's to change", 2)
    end
    if mt == nil then return host_setmetatable(t, nil) end
    if host_type(mt) ~= "table" then
      host_error(("bad argument #2 to 'setmetatable' (nil or table expected, got %s)"):format(host_type(mt)), 2)
    end
    if rawget(mt, "__gc") ~= nil then
      host_error("setmetatable: a rule pack may not set __gc (finalisers run outside the pack's limits)", 2)
    end
    local real = {}
    for k, v in host_next, mt do
      if host_type(v) == "function" then
        real[k] = M.wrap(pack, "metamethod " .. tostring(k), v)
      else
        real[k] = v
      end
    end
    pack_mts[real] = mt
    return host_setmetatable(t, real)
  end
end

local function pack_getmetatable(v)
  if host_type(v) ~= "table" then return nil end -- strings' metatable is the host's
  local real = raw_getmetatable(v)
  if real == nil then return nil end
  local own = pack_mts[real]
  if not own then return false end
  local shown = rawget(real, "__metatable")
  if shown ~= nil then return shown end
  return own
end

-- the pack may catch its own errors, never the guard's
local function rethrow_abort(ok, ...)
  if not ok then
    if running.abort then host_error(running.abort, 0) end
    local e = ...
    if M.is_error(e) then host_error(e, 0) end
    local _, tripped = core.memory_limit()
    if tripped then host_error(e, 0) end
  end
  return ok, ...
end
unwinding[rethrow_abort] = true

local function pack_rawset(t, k, v)
  if views[t] then host_error("rawset: this table is a read-only view (of the defaults or of R)", 2) end
  return host_rawset(t, k, v)
end

local function guarded_table()
  local t = copy_lib(table)
  local move = table.move
  t.move = function(a1, f, e, tpos, a2)
    -- the C loop runs e - f times, out of the hook's reach
    local first, last = tonumber(f), tonumber(e) -- as table.move reads them, strings too
    if first and last and last - first > 10000000 then
      host_error("table.move: more than 10,000,000 elements at once", 2)
    end
    return move(a1, f, e, tpos, a2)
  end
  return t
end

--- The globals of an untrusted pack. defaults: the tables shown read-only
-- as `defaults` (e.g. { judge = …, match = …, classify = …, indicators = … }).
function M.env(pack, defaults)
  local env = {
    assert = assert, error = error, ipairs = ipairs, pairs = pairs, next = next,
    select = select, tonumber = tonumber, tostring = tostring, type = type,
    rawequal = rawequal, rawget = rawget, rawset = pack_rawset, rawlen = rawlen,
    pcall = function(f, ...) return rethrow_abort(host_pcall(f, ...)) end,
    -- the handler is skipped for the guard's errors: raised from the
    -- budget hook, it would run with hooks off, out of the budget's reach
    xpcall = function(f, h, ...)
      return rethrow_abort(host_xpcall(f, function(e)
        if running.abort or M.is_error(e) then return e end
        return h(e)
      end, ...))
    end,
    setmetatable = pack_setmetatable(pack), getmetatable = pack_getmetatable,
    math = copy_lib(math), string = guarded_string(), table = guarded_table(), utf8 = copy_lib(utf8),
    _VERSION = _VERSION,
  }
  env.defaults = M.readonly(defaults or {}, "defaults")
  env._G = env
  return env
end

return M
