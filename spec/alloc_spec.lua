-- The Lua state's memory from mimalloc (csrc/alloc.c): core switches the
-- state's allocator once it has scanned a megabyte of text (a short run
-- keeps Lua's own), where it was built with libmimalloc-dev, unless
-- DUIXIAN_ALLOCATOR=system. The blocks the state made before the switch
-- are freed and grown by the allocator that made them; the state closes
-- cleanly after core.so is unloaded.
local H = require "spec.helper"

local build = os.getenv("DUIXIAN_BUILD") or "build"

-- Run a Lua chunk in a fresh lua5.4 with the build's modules; returns the
-- exit code and what it printed (stdout and stderr).
local function lua(chunk, env)
  local script = H.write_temp(chunk)
  local out = os.tmpname()
  local ok, _, code = os.execute(("%s %s %s >%s 2>&1"):format(env or "", arg and arg[-1] or "lua5.4", script, out))
  local printed = H.read(out)
  os.remove(script)
  os.remove(out)
  return ok and 0 or code, printed
end

local CPATH = ("package.cpath = %q .. package.cpath\npackage.path = \"lua/?.lua;lua/?/init.lua;\" .. package.path\n"):format(build .. "/?.so;")

describe("core.allocator", function()
  local built = select(2, require("duixian.core").allocator()) -- the build's MIMALLOC_CFLAGS
  local declined = os.getenv("DUIXIAN_ALLOCATOR") == "system"

  it("is mimalloc once a megabyte of text is scanned, where built in and not declined", function()
    local code, out = lua(CPATH .. [[
      local core = require("duixian.core")
      local lexicon = core.lexicon(require("duixian.data").load("lexicon"))
      local before = (core.allocator())
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(1000)) do end
      local short = (core.allocator()) -- 32 kB: a short run keeps Lua's own
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(40000)) do end
      print(before, short, (core.allocator()))
    ]])
    assert.are.equal(0, code, out)
    local switched = (built and not declined) and "mimalloc" or "system"
    assert.are.equal("system\tsystem\t" .. switched .. "\n", out)
  end)

  it("counts text noted without a scan (an audit of stored mentions) towards the switch", function()
    local code, out = lua(CPATH .. [[
      local core = require("duixian.core")
      core.note_text(600 * 1024)
      local below = (core.allocator())
      core.note_text(600 * 1024) -- 1.2 MB in all
      print(below, (core.allocator()))
    ]])
    assert.are.equal(0, code, out)
    local switched = (built and not declined) and "mimalloc" or "system"
    assert.are.equal("system\t" .. switched .. "\n", out)
  end)

  it("raises on a note of no number of bytes", function()
    local core = require("duixian.core")
    assert.has_error(function() core.note_text(-1) end,
      "bad argument #1 to 'note_text' (a number of bytes, 0 or more)")
    assert.has_error(function() core.note_text("many") end)
    assert.has_no.errors(function() core.note_text(math.maxinteger) end)
  end)

  it("stays the system's when DUIXIAN_ALLOCATOR=system", function()
    local code, out = lua(CPATH .. [[
      local core = require("duixian.core")
      local lexicon = core.lexicon(require("duixian.data").load("lexicon"))
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(40000)) do end
      print((core.allocator()))
    ]], "DUIXIAN_ALLOCATOR=system")
    assert.are.equal(0, code, out)
    assert.are.equal("system\n", out)
  end)

  it("refuses a DUIXIAN_ALLOCATOR it does not know, naming it", function()
    local code, out = lua(CPATH .. 'require("duixian.core")', "DUIXIAN_ALLOCATOR=glibc")
    assert.are_not.equal(0, code)
    assert.matches("DUIXIAN_ALLOCATOR=glibc: say system (Lua's own allocator) or mimalloc, or leave it unset", out, 1, true)
  end)

  it("goes under a memory ceiling armed before the switch, which keeps counting, and closes", function()
    -- the rule packs' ceiling (memlimit.c) wraps the allocator first; the
    -- switch must not take its place nor keep its wrapper as the allocator
    -- under mimalloc
    local code, out = lua(CPATH .. [[
      local core = require("duixian.core")
      local lexicon = core.lexicon(require("duixian.data").load("lexicon"))
      assert(core.memory_limit(64 * 1024 * 1024))
      local kept = {}
      for i = 1, 1000 do kept[i] = ("kept %d"):format(i) end
      assert(core.memory_limit(false))
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(40000)) do end
      local held = core.memory_held()
      assert(core.memory_limit(1024 * 1024))
      local ok = pcall(function() return ("y"):rep(4 * 1024 * 1024) end)
      core.memory_limit(false)
      kept = nil
      collectgarbage()
      print(held > 0, ok, core.memory_held() < held)
      os.exit(0, true)
    ]])
    assert.are.equal(0, code, out)
    assert.are.equal("true\tfalse\ttrue\n", out)
  end)

  it("leaves blocks of 256 MB and more to the prior allocator #slow", function()
    -- mimalloc 2.0 maps a block past 1 GiB where it cannot tell it is its
    -- own, and would hand it to the prior allocator to free; a table grown
    -- past 256 MB moves there too
    local code, out = lua(CPATH .. [[
      local core = require("duixian.core")
      local lexicon = core.lexicon(require("duixian.data").load("lexicon"))
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(40000)) do end
      local big = ("x"):rep(1100 * 1024 * 1024)
      local n = #big
      big = nil
      collectgarbage()
      local grown = {}
      for i = 1, 20 * 1024 * 1024 do grown[i] = i end -- 320 MB of array
      local m = #grown
      grown = nil
      collectgarbage()
      print(n, m)
      os.exit(0, true)
    ]])
    assert.are.equal(0, code, out)
    assert.are.equal(("%d\t%d\n"):format(1100 * 1024 * 1024, 20 * 1024 * 1024), out)
  end)

  it("frees and grows the blocks made before the switch, and the state closes after core is unloaded", function()
    -- strings and tables made before the switch are the first allocator's:
    -- they are grown (a table's array part), shrunk, dropped and collected
    -- under the new one; closing the state unloads core.so (its library's
    -- finaliser) before the last blocks are freed
    local code, out = lua(CPATH .. [[
      local before = {}
      for i = 1, 1000 do before[i] = ("before %d"):format(i) end
      local grown = { 1, 2, 3 }
      local core = require("duixian.core")
      local lexicon = core.lexicon(require("duixian.data").load("lexicon"))
      for _ in core.mentions(lexicon, ("全市生产总值增长8.4%。\n"):rep(40000)) do end
      for i = 4, 100000 do grown[i] = i end
      for i = 1, 1000, 2 do before[i] = nil end
      collectgarbage()
      local after = {}
      for i = 1, 100000 do after[i] = { i, tostring(i) } end
      after = nil
      collectgarbage()
      for i = #grown, 11, -1 do grown[i] = nil end
      collectgarbage()
      print(#grown, before[2], before[999])
      os.exit(0, true) -- close the state
    ]])
    assert.are.equal(0, code, out)
    assert.are.equal("10\tbefore 2\tnil\n", out)
  end)
end)
