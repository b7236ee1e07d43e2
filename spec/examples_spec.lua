-- The tracking scripts under examples/ run as a user would run them.
local H = require "spec.helper"

local DEMO = "--manifest data/demo/manifest.tsv data/demo/yunshui-2023.txt data/demo/yunshui-2024.txt " ..
  "data/demo/yunshui-2025.txt data/demo/yunshui-news-2024-01.txt"

describe("examples", function()
  it("strict_tolerance.lua judges 5.3% against 5.5%左右 as missed", function()
    local c, o, e = H.run("audit --format jsonl --year 2024 --rules examples/strict_tolerance.lua " .. DEMO)
    assert.are.equal(0, c, e)
    local line = o:match('[^\n]*"indicator":"gdp_growth"[^\n]*')
    assert.matches('"status":"missed"', line)
    assert.matches('"rule_pack":"strict tolerance"', line)
  end)

  it("pocket_parks.lua matches pocket parks through the catalogue", function()
    local c, o, e = H.run("audit --format jsonl --year 2023 --rules examples/pocket_parks.lua " .. DEMO)
    assert.are.equal(0, c, e)
    local line = o:match('[^\n]*"indicator":"pocket_parks"[^\n]*')
    assert.matches('"status":"met"', line)
    assert.matches('"matched_by":"catalogue"', line)
  end)

  it("audit_folder.lua audits a folder and prints its own summary", function()
    local out = os.tmpname()
    finally(function() os.remove(out) end)
    local ok = os.execute("lua5.4 examples/audit_folder.lua data/demo >" .. out .. " 2>&1")
    local o = H.read(out)
    assert.is_true(ok, o)
    assert.matches("^4 documents, %d+ targets\n", o)
    assert.matches("gdp_growth%s+met 2 of 2 judged, 1 open", o)
    -- the counts line up under CJK names too (display cells, not bytes)
    local width = require("duixian.tabulate").width
    local at = {}
    for line in o:gmatch("[^\n]+") do
      local name = line:match("^(.-)%s+met %d")
      if name then at[#at + 1] = width(line:match("^(.-met) %d")) end
    end
    assert.is_true(#at >= 5)
    for i = 2, #at do assert.are.equal(at[1], at[i]) end
  end)
end)
