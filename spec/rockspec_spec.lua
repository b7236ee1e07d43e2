-- The rockspec builds what the checkout has: every Lua module, every data
-- table and every C file of the core (luarocks make would otherwise install
-- a duixian that fails at its first require).
local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function listing(cmd)
  local out, p = {}, assert(io.popen(cmd))
  for line in p:lines() do out[#out + 1] = line end
  p:close()
  table.sort(out)
  return out
end

describe("rockspec/duixian-scm-1.rockspec", function()
  local rockspec = read("rockspec/duixian-scm-1.rockspec")

  it("lists every Lua file under lua/ and data/", function()
    local missing = {}
    for _, path in ipairs(listing("find lua data -maxdepth 3 -name '*.lua' -not -path 'data/demo/*'")) do
      if not rockspec:find('"' .. path .. '"', 1, true) then missing[#missing + 1] = path end
    end
    assert.are.same({}, missing)
  end)

  it("builds duixian.core from every C file the Makefile does", function()
    local sources = read("Makefile"):match("CORE_SRC = (.-)\nCORE_HDR")
    local missing = {}
    for file in sources:gmatch("csrc/[%w_]+%.c") do
      if not rockspec:find('"' .. file .. '"', 1, true) then missing[#missing + 1] = file end
    end
    assert.are.same({}, missing)
    assert.matches('["duixian.store"]', rockspec, 1, true)
  end)
end)
