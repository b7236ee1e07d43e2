-- core.wordset, the sets the classification rules ask for every mention
-- (is a time word right before this figure? does the subject hold a verb
-- of doing?): the answers a Lua search over the list would give, the
-- longest word where several match.
local core = require "duixian.core"

-- What ws:at, ws:before and ws:within answer, found the slow way: every
-- word of the list compared at every place.
local function slow_at(words, s, pos)
  local best
  for _, w in ipairs(words) do
    if s:sub(pos, pos + #w - 1) == w and (not best or #w > #best) then best = w end
  end
  return best
end
local function slow_before(words, s, pos)
  local best
  for _, w in ipairs(words) do
    if pos > #w and s:sub(pos - #w, pos - 1) == w and (not best or #w > #best) then best = w end
  end
  return best
end
local function slow_within(words, s, i, j)
  for _, w in ipairs(words) do
    local at = s:find(w, i, true)
    if at and at + #w - 1 <= j then return true end
  end
  return false
end

describe("core.wordset", function()
  local times = core.wordset({ "年", "全年", "年底", "今年", "十四五" })

  it("finds the longest word starting at a place", function()
    local s = "全年生产总值增长6%，年底完成"
    assert.are.equal("全年", times:at(s, 1))
    assert.are.equal("年", times:at(s, 4))
    assert.is_nil(times:at(s, 7))
    assert.are.equal("年底", times:at(s, s:find("年底", 1, true)))
    assert.are.equal("年", times:at(s, s:find("年底", 1, true), 6), "below 6 bytes: only 年")
  end)

  it("finds the longest word ending right before a place", function()
    local s = "“十四五”时期，今年增长"
    local after = s:find("增长", 1, true)
    assert.are.equal("今年", times:before(s, after))
    assert.is_nil(times:before(s, 1))
    assert.is_nil(times:before(s, #s + 5), "a place past the end")
  end)

  it("says whether a word stands wholly inside a span", function()
    local s = "我们将在十四五期间"
    local at = s:find("十四五", 1, true)
    assert.is_true(times:within(s, 1, #s))
    assert.is_true(times:within(s, at, at + 8))
    assert.is_false(times:within(s, at, at + 7), "its last byte outside the span")
    assert.is_false(times:within(s, at + 1, math.huge))
    assert.is_false(times:within(s, 5, 2), "an empty span")
  end)

  it("treats the empty word as standing anywhere", function()
    local any = core.wordset({ "增长", "" })
    assert.are.equal("", any:at("下降", 1))
    assert.are.equal("增长", any:at("增长", 1))
    assert.are.equal("", any:before("下降", 7))
    assert.is_true(any:within("下降", 1, 6))
  end)

  it("answers as a search of every word would, on real sentences and ASCII words", function()
    local words = { "GDP", "PM", "PM2.5", "生产总值", "总值", "增长", "长", "%", "亿元", "元" }
    local set = core.wordset(words)
    local text = "全省GDP增长6%，生产总值5.6万亿元，PM2.5年均浓度下降3%"
    for pos = 1, #text + 2 do
      assert.are.equal(slow_at(words, text, pos), set:at(text, pos), "at " .. pos)
      assert.are.equal(slow_before(words, text, pos), set:before(text, pos), "before " .. pos)
      for j = pos, #text + 1, 7 do
        assert.are.equal(slow_within(words, text, pos, j), set:within(text, pos, j), ("within %d..%d"):format(pos, j))
      end
    end
  end)

  it("reads a list through its metamethods (a rule pack's read-only view of the lexicon)", function()
    local list = { "五年来", "过去五年" }
    local view = setmetatable({}, { __index = list, __len = function() return #list end })
    assert.are.equal("过去五年", core.wordset(view):at("过去五年，全省", 1))
  end)

  it("rejects what is no list of words, and places before the first byte", function()
    assert.has_error(function() core.wordset({ "年", 5 }) end,
      "bad argument #1 to 'wordset' (word 2 is a number, not a string)")
    assert.has_error(function() core.wordset("年") end)
    assert.has_error(function() times:at("全年", 0) end)
    assert.has_error(function() times:before("全年", -1) end)
  end)
end)
