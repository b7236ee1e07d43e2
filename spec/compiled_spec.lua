-- duixian.compiled: bin/duixian loads the bytecode make writes where it is
-- newer than the source, and the source where the source is newer.
local lfs = require "lfs"
local compiled = require "duixian.compiled"
local H = require "spec.helper"

local function write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
end

describe("duixian.compiled", function()
  local root
  before_each(function()
    root = os.tmpname()
    os.remove(root)
    for _, d in ipairs({ "", "/data", "/lua", "/build", "/build/luac", "/build/luac/data", "/build/luac/lua" }) do
      assert(lfs.mkdir(root .. d))
    end
    write(root .. "/data/words.lua", 'return { from = "source" }')
    -- bytecode that says where it came from, so the test can tell which was read
    write(root .. "/build/luac/data/words.lua", string.dump(load('return { from = "bytecode" }')))
    assert(compiled.install(root, "build"))
  end)
  after_each(function()
    compiled.install(root, "/nonexistent")
    os.remove(root .. "/build/luac/data/words.lua")
    os.remove(root .. "/data/words.lua")
    os.remove(root .. "/build/luac/lua/compiled_probe.lua")
    os.remove(root .. "/lua/compiled_probe.lua")
    for _, d in ipairs({ "/build/luac/lua", "/build/luac/data", "/build/luac", "/build", "/lua", "/data", "" }) do
      lfs.rmdir(root .. d)
    end
  end)

  it("reads the bytecode when it is newer than the source", function()
    lfs.touch(root .. "/data/words.lua", 1000, 1000)
    lfs.touch(root .. "/build/luac/data/words.lua", 2000, 2000)
    assert.are.equal("bytecode", compiled.dofile(root .. "/data/words.lua").from)
  end)

  it("reads the source when it was edited after make, or in the same second", function()
    lfs.touch(root .. "/data/words.lua", 2000, 2000)
    lfs.touch(root .. "/build/luac/data/words.lua", 1000, 1000)
    assert.are.equal("source", compiled.dofile(root .. "/data/words.lua").from)
    lfs.touch(root .. "/build/luac/data/words.lua", 2000, 2000)
    assert.are.equal("source", compiled.dofile(root .. "/data/words.lua").from)
  end)

  it("reads the source when there is no bytecode", function()
    os.remove(root .. "/build/luac/data/words.lua")
    assert.are.equal("source", compiled.dofile(root .. "/data/words.lua").from)
  end)

  it("reads a file outside the checkout as source", function()
    local path = H.write_temp('return { from = "elsewhere" }')
    assert.are.equal("elsewhere", compiled.dofile(path).from)
    os.remove(path)
  end)

  it("finds a module of the checkout's lua/ in its bytecode, and in its source once edited", function()
    write(root .. "/lua/compiled_probe.lua", 'return "source"')
    write(root .. "/build/luac/lua/compiled_probe.lua", string.dump(load('return "bytecode"')))
    lfs.touch(root .. "/lua/compiled_probe.lua", 1000, 1000)
    lfs.touch(root .. "/build/luac/lua/compiled_probe.lua", 2000, 2000)
    local saved = package.path
    package.path = root .. "/lua/?.lua;" .. package.path
    assert.are.equal("bytecode", require("compiled_probe"))
    package.loaded.compiled_probe = nil
    lfs.touch(root .. "/lua/compiled_probe.lua", 3000, 3000)
    assert.are.equal("source", require("compiled_probe"))
    package.loaded.compiled_probe = nil
    package.path = saved
  end)
end)
