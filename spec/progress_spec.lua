local progress = require "duixian.cli.progress"
local term = require "duixian.cli.term"

local function sink()
  local out = {}
  return { write = function(_, ...) for _, s in ipairs({ ... }) do out[#out + 1] = s end end,
    flush = function() end, text = function() local s = table.concat(out); out = {}; return s end }
end

describe("duixian.cli.progress", function()
  it("shows documents done, MB/s and time left from the clock it is given", function()
    local now, out = 10, sink()
    local bar = progress.new(out, 4, 4e6, { now = function() return now end })
    now = 11
    bar:update(1, 1e6)
    assert.are.equal("\r[######..................] 1/4 docs  1.0 MB/s  ETA 0:03 ", out.text())
    now = 11.05
    bar:update(2, 2e6)
    assert.are.equal("", out.text()) -- a tenth of a second has not passed
    now = 12
    bar:update(4, 4e6)
    assert.are.equal("\r[########################] 4/4 docs  2.0 MB/s  ETA 0:00 ", out.text())
    assert.are.equal(2, bar:elapsed())
    bar:finish()
    assert.are.equal("\n", out.text())
  end)
end)

describe("duixian.cli.term", function()
  it("tells whether a descriptor is a terminal", function()
    assert.is_boolean(term.isatty(1))
    assert.is_boolean(term.isatty(2))
  end)

  it("has a wall clock that does not go back", function()
    local a = term.now()
    local b = term.now()
    assert.is_number(a)
    assert.is_true(b >= a)
  end)
end)
