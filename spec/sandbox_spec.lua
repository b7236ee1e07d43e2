local sandbox = require "duixian.rules.sandbox"
local rules = require "duixian.rules"
local core = require "duixian.core"
local H = require "spec.helper"

-- small limits: the runaways below end in a fraction of a second
local PACK = { path = "p.lua", name = "p", limits = { instructions = 1000000, memory = 16 } }

-- Run src as a pack chunk in the sandbox of PACK; returns the results, or
-- nil and the structured error.
local function run(src, pack)
  pack = pack or PACK
  local env = rules.sandbox(pack)
  local chunk = assert(load(src, "=p.lua", "t", env))
  local ok, r = pcall(sandbox.call, pack, "judge.tolerance", chunk)
  if ok then return r end
  return nil, r
end

local function fails(src, pack)
  local r, e = run(src, pack)
  assert.is_nil(r)
  assert.is_true(sandbox.is_error(e), "not a structured error: " .. tostring(e))
  assert.are.equal("p.lua", e.pack)
  assert.are.equal("judge.tolerance", e.rule)
  return e
end

describe("duixian.rules.sandbox", function()
  describe("the environment", function()
    it("holds no io, os, load, loadstring, require, debug, collectgarbage, coroutine or string.dump", function()
      assert.are.equal("nil nil nil nil nil nil nil nil nil nil function",
        run([[return table.concat({ type(io), type(os), type(load), type(loadstring), type(require),
          type(debug), type(collectgarbage), type(coroutine), type(dofile), type(string.dump),
          type(string.gsub) }, " ")]]))
    end)

    it("hides the metatable of strings, so the host's string library stays out of reach", function()
      assert.are.equal("nil", run([[return type(getmetatable(""))]]))
      local e = fails([[("").gsub = function() end]])
      assert.matches("attempt to index a string value", e.message)
      assert.are.equal(string, getmetatable("").__index)
    end)

    it("gives copies of string, table, math and utf8: changing them changes nothing outside", function()
      local gsub, insert, floor, char = string.gsub, table.insert, math.floor, utf8.char
      assert.are.equal("done", run([[string.gsub = nil; table.insert = nil; math.floor = nil; utf8.char = nil
        return "done"]]))
      assert.are.equal(gsub, string.gsub)
      assert.are.equal(insert, table.insert)
      assert.are.equal(floor, math.floor)
      assert.are.equal(char, utf8.char)
      assert.are.equal("a-b", ("a b"):gsub(" ", "-"))
    end)

    it("refuses __gc: a looping finaliser would run outside every budget", function()
      local e = fails([[setmetatable({}, { __gc = function() while true do end end })]])
      assert.matches("may not set __gc", e.message)
    end)

    it("lets a pack keep metatables of its own, and read them back", function()
      assert.are.equal("7 true", run([[local mt = { __index = function(_, k) return #k end }
        local t = setmetatable({}, mt)
        return t.seven_ and (t.abcdefg .. " " .. tostring(getmetatable(t) == mt))]]))
    end)
  end)

  describe("defaults", function()
    it("are read-only all the way down, naming the key written", function()
      local e = fails([[defaults.judge.order[1] = "x"]])
      assert.matches("defaults.judge.order is read%-only: cannot set %[1%]", e.message)
      e = fails([[defaults.classify.generic_places["莘县"] = true]])
      assert.matches("defaults.classify.generic_places is read%-only: cannot set '莘县'", e.message)
      e = fails([[table.remove(defaults.judge.order)]])
      assert.matches("defaults.judge.order is read%-only", e.message)
      e = fails([[rawset(defaults.judge, "order", {})]])
      assert.matches("rawset: this table is a read%-only view", e.message)
      e = fails([[setmetatable(defaults.classify.generic_places, { __index = function() return true end })]])
      assert.matches("setmetatable: this table is a read%-only view", e.message)
      assert.are.equal("pending", require("duixian.rules.judge").order[1])
      assert.is_nil(require("duixian.rules.classify").generic_places["随便"])
    end)

    it("read through pairs, ipairs, # and nested lookups", function()
      local order = require("duixian.rules.judge").order
      assert.are.equal(("%d %d %s"):format(#order, #order, order[#order]), run([[
        local n = 0
        for _, name in ipairs(defaults.judge.order) do n = n + 1 end
        local keys = 0
        for k, v in pairs(defaults.judge) do if k == "order" then keys = #v end end
        return n .. " " .. keys .. " " .. defaults.judge.order[#defaults.judge.order] ]]))
    end)

    it("let the default rules a pack calls keep their memos (R.words as a view)", function()
      local words = require "duixian.rules.words"
      local ix = words.index(require("duixian.data").shared("lexicon"))
      local view = sandbox.readonly(ix, "R.words")
      local row = words.verb_row(view, "占比达")
      assert.are.equal("达", row[1])
      assert.are.equal(row, words.verb_row(view, "占比达"))
      assert.are.equal(words.verb_row(ix, "占比达")[1], "达")
    end)

    it("are views on the composed rules R too", function()
      local R = rules.compose({})
      local view = sandbox.readonly(R, "R")
      assert.are.equal(R.judge.order[2], view.judge.order[2])
      assert.has_error(function() view.judge.order[2] = "x" end)
      assert.are.equal("not_reported", R.judge.order[2])
    end)
  end)

  describe("call", function()
    it("stops a loop at the instruction budget, and the pack's pcall cannot catch it", function()
      local e = fails([[while true do end]])
      assert.matches("ran past its budget of 1000000 instructions", e.message)
      assert.matches("%-%-rule%-limits instructions=N", e.expected)
      fails([[while true do pcall(function() while true do end end) end]])
      fails([[xpcall(function() while true do end end, function() while true do end end)]])
      assert.is_nil(debug.gethook())
    end)

    it("stops a call whose instructions do much work in C at its CPU time, which no count sees", function()
      local pack = { path = "p.lua", name = "p", limits = { instructions = 1000000000000, memory = 64, seconds = 1 } }
      local e = fails([[local s = ("x"):rep(1000000) while true do local y = s:upper() end]], pack)
      assert.are.equal("ran past 1 s of CPU time", e.message)
      assert.are.equal("a rule that finishes within 1 s of CPU time (raise it with --rule-limits seconds=S)", e.expected)
      e = fails([[local s, t = ("x"):rep(10000000), ("x"):rep(9999999) .. "y" while true do local _ = s == t end]], pack)
      assert.are.equal("ran past 1 s of CPU time", e.message)
      assert.is_nil(debug.gethook())
    end)

    it("stops memory growth at the ceiling", function()
      local big = { path = "p.lua", name = "p", limits = { instructions = 100000000, memory = 16 } }
      local e = fails([[local t = {} for i = 1, 1e10 do t[i] = i end]], big)
      assert.are.equal("took more than 16 MB of memory", e.message)
      assert.matches("%-%-rule%-limits memory=MB", e.expected)
      e = fails([[return ("x"):rep(2^30)]], big)
      assert.are.equal("took more than 16 MB of memory", e.message)
      e = fails([[local s = "x" while true do s = s .. s end]], big)
      assert.are.equal("took more than 16 MB of memory", e.message)
      e = fails([[while true do pcall(string.rep, "x", 2^26) end]], big)
      assert.are.equal("took more than 16 MB of memory", e.message)
      assert.is_false((core.memory_limit()))
    end)

    it("bounds what a pack holds from one call to the next, not only what each call takes", function()
      local pack = { path = "p.lua", name = "p", limits = { instructions = 100000000, memory = 16 } }
      local function rule(src)
        local chunk = assert(load(src, "=p.lua", "t", rules.sandbox(pack)))
        return sandbox.call(pack, "loading", chunk)
      end
      collectgarbage()
      -- 4 MB of garbage at each call: collected, never held
      local waste = rule([[return function() return #(("y"):rep(4 * 1024 * 1024) .. "!") end]])
      for _ = 1, 20 do assert.are.equal(4 * 1024 * 1024 + 1, sandbox.call(pack, "judge.pending", waste)) end
      -- 4 MB kept at each call: the fifth finds 16 MB held (in a function,
      -- so that the hoard is garbage once it returns)
      local calls, e = (function()
        local hoard = rule([[local keep = {} return function() keep[#keep + 1] = ("x"):rep(4 * 1024 * 1024) .. #keep end]])
        local n, ok, why = 0, true, nil
        while ok and n < 10 do
          n = n + 1
          ok, why = pcall(sandbox.call, pack, "judge.pending", hoard)
        end
        return n, why
      end)()
      assert.are.equal(5, calls)
      assert.is_true(sandbox.is_error(e))
      assert.are.equal("judge.pending", e.rule)
      assert.are.equal("holds 16 MB from its earlier calls, more than 16 MB", e.message)
      assert.are.equal("rules that keep at most 16 MB from one call to the next (raise it with --rule-limits memory=MB)",
        e.expected)
      collectgarbage()
      assert.is_true(core.memory_held() < 1024 * 1024)
    end)

    it("refuses a pattern whose backtracking would outrun the budget, in method calls too", function()
      local e = fails([[return ("a"):rep(40):find(("a?"):rep(40) .. ("a"):rep(40))]])
      assert.matches("string.find: the pattern", e.message)
      fails([[return string.match(("a"):rep(3000) .. "b", ("a*"):rep(6) .. "c")]])
      assert.are.equal(3, run([[return ("x=3"):match("^(%a+)=(%d+)$") and #("abc"):gsub("%a", "%0")]]))
      assert.are.equal(string, getmetatable("").__index)
    end)

    it("repeats an empty string at once, however many times (the C loop copies nothing, out of the hook's reach)", function()
      assert.are.equal("", run([[return (""):rep(math.maxinteger) .. string.rep("", 2^62, "") .. ("x"):rep(0)]]))
      assert.are.equal("ababa", run([[return ("a"):rep(3, "b")]]))
    end)

    it("refuses a search whose comparisons would outrun the budget, plain ones too", function()
      local e = fails([[return ("a"):rep(100000):find(("a"):rep(50000) .. "b", 1, true)]])
      assert.are.equal("string.find: searching a 100000-byte subject for a pattern of 50001 bytes may take more than"
        .. " 1000000 steps; search a shorter subject or for a shorter pattern", e.message)
      e = fails([[return string.match(("a"):rep(100000), ("a"):rep(50000) .. ".b")]])
      assert.matches("^string.match: the pattern", e.message)
      fails([[return (("a"):rep(100000):gsub(("a"):rep(50000) .. "b", ""))]])
      fails([[for x in ("a"):rep(100000):gmatch(("a"):rep(50000) .. "b") do end]])
      assert.are.equal(3, run([[return ("abc"):rep(1000):find("cab", 1, true)]]))
      assert.are.equal(7, run([[return (("x"):rep(6) .. "abc"):find("abc", 2)]]))
    end)

    it("names what a non-string error raised, without calling its __tostring", function()
      local e = fails([[error({ code = 1 })]])
      assert.are.equal("raised a table instead of a message", e.message)
      assert.are.equal('error("a message") with a string', e.expected)
      e = fails([[error(setmetatable({}, { __tostring = function() while true do end end }))]])
      assert.are.equal("raised a table instead of a message", e.message)
    end)

    it("turns a deep recursion into an error of the pack", function()
      local roomy = { path = "p.lua", name = "p", limits = { instructions = 100000000, memory = 256 } }
      local e = fails([[local function f(n) return f(n + 1) + 1 end return f(1)]], roomy)
      assert.matches("stack overflow", e.message)
    end)

    it("checks results with a validator, naming what was expected", function()
      local tolerance = function() return "lots" end
      local ok, e = pcall(sandbox.call_checked, PACK, "judge.tolerance",
        require("duixian.rules.returns").for_rule("judge", "tolerance"), tolerance)
      assert.is_false(ok)
      assert.are.equal('returned the string "lots" as value 1', e.message)
      assert.are.equal("a number", e.expected)
      assert.are.equal('p.lua: judge.tolerance of pack \'p\': returned the string "lots" as value 1; expected a number',
        sandbox.describe(e))
    end)

    it("blames the innermost rule when pack rules call each other", function()
      local inner = sandbox.wrap(PACK, "judge.direction", function() while true do end end)
      local ok, e = pcall(sandbox.call, PACK, "judge.verdict", function() return inner() end)
      assert.is_false(ok)
      assert.are.equal("judge.direction", e.rule)
    end)

    it("returns what the rule returns, and restores the host afterwards", function()
      local a, b = sandbox.call(PACK, "match.span", function(x) return x, x + 1 end, 2024)
      assert.are.equal(2024, a)
      assert.are.equal(2025, b)
      assert.is_nil(debug.gethook())
      assert.are.equal(string, getmetatable("").__index)
    end)
  end)

  describe("parse_limits", function()
    it("reads instructions=N,memory=MB over the defaults", function()
      assert.are.same({ instructions = 5000, memory = sandbox.LIMITS.memory, seconds = sandbox.LIMITS.seconds },
        sandbox.parse_limits("instructions=5000"))
      assert.are.same({ instructions = 7, memory = 64, seconds = 2 }, sandbox.parse_limits("instructions=7,memory=64,seconds=2"))
      local l, msg = sandbox.parse_limits("cpu=5")
      assert.is_nil(l)
      assert.are.equal("--rule-limits: 'cpu=5' is not instructions=N, memory=MB or seconds=S", msg)
    end)

    it("takes the default CPU seconds from DUIXIAN_RULE_SECONDS (make valgrind's 300), else 3", function()
      local function default_seconds(value)
        local p = assert(io.popen(("DUIXIAN_RULE_SECONDS=%s %s -e 'package.path = \"lua/?.lua;lua/?/init.lua;\" .. package.path;"
          .. " package.cpath = \"%s/?.so;\" .. package.cpath;"
          .. " print(require(\"duixian.rules.sandbox\").LIMITS.seconds)'"):format(
          value, arg and arg[-1] or "lua5.4", os.getenv("DUIXIAN_BUILD") or "build")))
        local out = p:read("a")
        p:close()
        return out
      end
      assert.are.equal("300\n", default_seconds("300"))
      assert.are.equal("3\n", default_seconds("''"))
      assert.are.equal("3\n", default_seconds("fast"))
      assert.are.equal("3\n", default_seconds("2.5"))
    end)
  end)

  describe("rules.load", function()
    it("loads a pack under the load budget, naming the file", function()
      local path = H.write_temp("while true do end\nreturn {}")
      finally(function() os.remove(path) end)
      local p, msg = rules.load(path, { limits = { instructions = 100000, memory = 16 } })
      assert.is_nil(p)
      assert.are.equal(path .. ": loading: ran past its budget of 100000 instructions; expected a rule that"
        .. " finishes within 100000 instructions (raise it with --rule-limits instructions=N)", msg)
    end)
  end)
end)
