local json = require "duixian.json"
local json_decode = require "duixian.json_decode"

describe("duixian.json_decode", function()
  describe("decode", function()
    it("reads objects, arrays, strings, numbers and literals", function()
      local v = assert(json_decode.decode('{"raw":"8%左右","value":8,"ratio":1.2375,"estimate":false,"tags":["a",true]}'))
      assert.are.same({ raw = "8%左右", value = 8, ratio = 1.2375, estimate = false, tags = { "a", true } }, v)
      assert.are.equal("integer", math.type(v.value))
      assert.are.equal("float", math.type(assert(json_decode.decode("2.0"))))
    end)

    it("drops null members of objects and keeps null places in arrays", function()
      local v = assert(json_decode.decode('{"outcome":null,"list":[1,null,3]}'))
      assert.is_nil(v.outcome)
      assert.are.equal(json.null, v.list[2])
      assert.are.equal(3, v.list[3])
    end)

    it("decodes escapes, including surrogate pairs", function()
      assert.are.equal('a"\\/\n中😀', json_decode.decode('"a\\"\\\\\\/\\n\\u4e2d\\ud83d\\ude00"'))
    end)

    it("reads back what duixian.json writes", function()
      local t = { sentence = "居民消费价格涨幅控制在 3.3%", value = 3.3, start = 24971, list = json.array() }
      assert.are.equal(json.encode(t), json.encode(json_decode.decode(json.encode(t))))
    end)

    local bad = {
      { '{"verdicts": [', "unexpected end of input at byte 15", 15 },
      { "[1,]", "unexpected character ']' at byte 4", 4 },
      { "01", "trailing characters at byte 2", 2 },
      { "1.", "bad number at byte 1", 1 },
      { '"a\tb"', "control character in a string at byte 3", 3 },
      { '"\\ud800"', "lone surrogate in \\u escape at byte 2", 2 },
      { "{} x", "trailing characters at byte 4", 4 },
    }
    for _, case in ipairs(bad) do
      it(("returns nil, message, offset for %q"):format(case[1]), function()
        assert.are.same({ nil, case[2], case[3] }, { json_decode.decode(case[1]) })
      end)
    end

    it("raises when given something other than a string", function()
      assert.has_error(function() json_decode.decode(42) end,
        "bad argument #1 to 'decode' (string expected, got number)")
    end)
  end)
end)
