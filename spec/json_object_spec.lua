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

  it("writes what core.json_encoder writes, record after record", function()
    local keys = { "doc", "start", "value", "est", "none", "s" }
    local encode = core.json_encoder(keys, "\n")
    local records = {
      { doc = "a.txt", start = 46, value = 6.5, est = true, s = '增长"6%"\n' },
      { doc = "b.txt", start = -3, value = 1e300 * 1e10, est = false, s = "" },
      { doc = "\1", start = 0, value = 0.1 + 0.2, s = ("长句"):rep(3000) },
    }
    for _, r in ipairs(records) do
      assert.are.equal(core.json_object(r, keys, "\n"), encode(r))
    end
    assert.are.equal('{"doc":"a.txt","start":46,"value":6.5,"est":true,"none":null,"s":"增长\\"6%\\"\\n"}\n',
      encode(records[1]))
    assert.are.equal("{}", core.json_encoder({})({ a = 1 }))
  end)

  it("raises on a key that is not a string and on a value JSON cannot hold", function()
    assert.has_error(function() core.json_encoder({ "a", 2 }) end,
      "bad argument #1 to 'json_encoder' (key 2 is not a string)")
    assert.has_error(function() core.json_object({ a = {} }, { "a" }) end,
      "bad argument #1 to 'json_object' (field 'a' is a table)")
  end)

  it("writes the same line to a file as it returns", function()
    local encode = core.json_encoder({ "doc", "n" }, "\n")
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write("before\n")
    assert.are.equal(f, encode({ doc = '他说"好"', n = 1.5 }, f))
    encode({ doc = "b", n = 2 }, f)
    f:close()
    local back = assert(io.open(path, "rb")):read("a")
    os.remove(path)
    assert.are.equal("before\n" .. encode({ doc = '他说"好"', n = 1.5 }) .. encode({ doc = "b", n = 2 }), back)
    assert.has_error(function() encode({}, f) end, "bad argument #2 to 'encode' (the file is closed)")
  end)
end)
