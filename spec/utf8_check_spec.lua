-- core.utf8_check, which validates every document once: it must agree
-- with Lua's own utf8.len on any byte at any offset, where its runs of
-- Chinese characters are tested four at a time.
local core = require "duixian.core"

describe("core.utf8_check", function()
  -- utf8.len, strict (not lax): nil, or the position of the first bad byte
  local function reference(s)
    local _, bad = utf8.len(s)
    return bad
  end

  it("finds no fault in valid text", function()
    assert.is_nil(core.utf8_check(("全市生产总值增长8.4%，达到1,234.5亿元。"):rep(5)))
    assert.is_nil(core.utf8_check("一二三四五六七八九十𠀀é"))
  end)

  it("finds the first bad byte wherever it falls in a run of ideographs", function()
    local run = ("国家统计局发布数据显示经济运行总体平稳"):rep(2)
    -- overlong, surrogate, a lone continuation byte, a lead cut short, a
    -- byte that never occurs, and leads that are valid only with the right
    -- second byte
    local faults = { "\xE0\x80\x80", "\xED\xA0\x80", "\x80", "\xE5\xA4", "\xFF", "\xE5\x41\x80",
      "\xE5\xA4\xC0", "\xC0\xAF", "\xF4\x90\x80\x80" }
    for _, fault in ipairs(faults) do
      for at = 0, 40 do
        local s = run:sub(1, at) .. fault .. run
        assert.are.equal(reference(s), core.utf8_check(s),
          ("fault %q after %d bytes"):format(fault, at))
      end
    end
  end)

  it("accepts E0 and ED where their second byte keeps them in range", function()
    local s = ("中\xE0\xA4\xB9文\xED\x9F\xBF字"):rep(4) -- U+0939, U+D7FF
    assert.is_nil(core.utf8_check(s))
    assert.is_nil(reference(s))
  end)
end)
