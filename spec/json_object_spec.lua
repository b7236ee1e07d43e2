-- core.json_object, which writes every line of `duixian extract`: a string
-- is escaped wherever its quotes, backslashes and control bytes fall
-- (the plain runs are copied eight bytes at a time).
local core = require "duixian.core"
local decode = require "duixian.json_decode"

describe("core.json_object", function()
  it("escapes a quoted sentence as JSON does", function()
    assert.are.equal('{"sentence":"他说\\"增长6%\\"，\\\\ 见附表\\t\\n","n":3}\n',
      core.json_object({ sentence = '他说"增长6%"，\\ 见附表\t\n', n = 3 }, { "sentence", "n" }, "\n"))
  end)

  it("escapes every byte that needs it at any offset of a long string", function()
    local filler = "生产总值增长8.4%，" -- CJK, digits and punctuation
    for _, special in ipairs({ '"', "\\", "\n", "\r", "\t", "\1", "\31" }) do
      for at = 0, 24 do
        local s = filler:sub(1, at) .. special .. filler .. special
        local line = core.json_object({ s = s }, { "s" })
        local back = decode.decode(line)
        assert.is_table(back, "not JSON: " .. line)
        assert.are.equal(s, back.s, ("byte %d at offset %d"):format(special:byte(), at))
        assert.is_nil(line:find("[%z\1-\31]"), "a raw control byte in " .. line)
      end
    end
  end)
end)
