-- Decoding file bytes to UTF-8: encodings detected, BOMs stripped, binary
-- refused with the offset of the first bad byte, NULs and CRLF survived.
local duixian = require "duixian"
local core = require "duixian.core"
local H = require "spec.helper"

-- 生产总值增长6%左右 in GBK (the same bytes in GB18030)
local GBK_GROWTH = "\201\250\178\250\215\220\214\181\212\246\179\164" .. "6%" .. "\215\243\211\210"
-- 生产 in UTF-16 (U+751F U+4EA7)
local UTF16LE_SHENGCHAN = "\255\254" .. "\31\117\167\78"
local UTF16BE_SHENGCHAN = "\254\255" .. "\117\31\78\167"

local function iconv_to(encoding, text)
  local path = H.write_temp(text)
  -- LD_PRELOAD emptied: under `make asan` the iconv tool itself would be
  -- reported for the gconv tables it never frees
  local p = io.popen(("LD_PRELOAD= iconv -f UTF-8 -t %s < %s 2>/dev/null"):format(encoding, path))
  local bytes = p:read("a")
  local ok = p:close()
  os.remove(path)
  return ok and bytes or nil
end

describe("duixian.decode", function()
  describe("UTF-8", function()
    it("passes UTF-8 through unchanged", function()
      local text, info = duixian.decode("全市生产总值增长8.4%。")
      assert.are.equal("全市生产总值增长8.4%。", text)
      assert.are.same({ encoding = "utf-8", bom = 0, nul = 0 }, info)
    end)

    it("strips a BOM and says so", function()
      local text, info = duixian.decode("\239\187\191生产总值增长6%左右。")
      assert.are.equal("生产总值增长6%左右。", text)
      assert.are.equal("utf-8", info.encoding)
      assert.are.equal(3, info.bom)
    end)

    it("keeps offsets into the text without the BOM", function()
      local text = assert(duixian.decode("\239\187\191全市生产总值增长8.4%。"))
      local ms = assert(duixian.scan(text, { published = "2022-02-24" }))
      assert.are.equal(1, #ms)
      assert.are.equal("8.4%", text:sub(ms[1].start, ms[1]["end"]))
      assert.are.equal(25, ms[1].start)
    end)
  end)

  describe("GB18030 and GBK", function()
    it("detects GBK bytes and converts them", function()
      local text, info = duixian.decode(GBK_GROWTH)
      assert.are.equal("生产总值增长6%左右", text)
      assert.are.equal("gb18030", info.encoding)
    end)

    it("converts a whole report sentence made by iconv, and the scan finds its quantities", function()
      local sentence = "全市生产总值增长8.4%，新增城镇就业4万人以上。\n"
      local bytes = iconv_to("GB18030", sentence)
      if not bytes then
        io.stderr:write("skipped: iconv cannot make GB18030 here\n")
        return
      end
      assert.are_not.equal(sentence, bytes)
      local text, info = duixian.decode(bytes)
      assert.are.equal(sentence, text)
      assert.are.equal("gb18030", info.encoding)
      local ms = assert(duixian.scan(text, { published = "2022-02-24" }))
      assert.are.equal(2, #ms)
      assert.are.equal("8.4%", ms[1].raw)
      assert.are.equal("4万人以上", ms[2].raw)
      assert.are.equal(40000, ms[2].value)
    end)
  end)

  describe("UTF-16", function()
    it("converts UTF-16LE with its BOM", function()
      local text, info = duixian.decode(UTF16LE_SHENGCHAN)
      assert.are.equal("生产", text)
      assert.are.same({ encoding = "utf-16le", bom = 2, nul = 0 }, info)
    end)

    it("converts UTF-16BE with its BOM", function()
      local text, info = duixian.decode(UTF16BE_SHENGCHAN)
      assert.are.equal("生产", text)
      assert.are.same({ encoding = "utf-16be", bom = 2, nul = 0 }, info)
    end)

    it("converts a sentence made by iconv", function()
      local bytes = iconv_to("UTF-16", "城镇新增就业4.5万人。")
      if not bytes then
        io.stderr:write("skipped: iconv cannot make UTF-16 here\n")
        return
      end
      assert.are.equal("城镇新增就业4.5万人。", (duixian.decode(bytes)))
    end)

    it("refuses UTF-16 cut in the middle of a character, naming the byte", function()
      local text, msg, offset = duixian.decode("\255\254" .. "\31\117\167")
      assert.is_nil(text)
      assert.are.equal(5, offset)
      assert.matches("invalid UTF-16: first bad byte is byte 5", msg, 1, true)
    end)
  end)

  describe("binary input", function()
    it("refuses bytes that are neither UTF-8 nor GB18030, with the 1-based offset of the first bad byte", function()
      local text, msg, offset = duixian.decode("\0\255\254\128abc")
      assert.is_nil(text)
      assert.are.equal(2, offset)
      assert.are.equal("not UTF-8 or GB18030 text: first bad byte is byte 2 (0xff, counting from 1); " ..
        "convert the file to UTF-8 or GB18030 text", msg)
    end)

    it("refuses an executable, naming the file and the offset", function()
      local f = io.open("/bin/ls", "rb")
      if not f then
        io.stderr:write("skipped: no /bin/ls to read\n")
        return
      end
      local head = f:read(4096)
      f:close()
      local text, msg, offset = duixian.decode(head, "/bin/ls")
      assert.is_nil(text)
      assert.is_true(offset >= 1 and offset <= #head)
      assert.is_nil(utf8.len(head:sub(offset, offset + 3)))
      local said = "/bin/ls: not UTF-8 or GB18030 text: first bad byte is byte " .. offset .. " "
      assert.are.equal(said, msg:sub(1, #said))
    end)

    it("gives core.decode's offset as the first byte that is not UTF-8", function()
      local _, _, offset = core.decode("增长6%" .. "\128" .. "左右")
      assert.are.equal(#"增长6%" + 1, offset)
    end)
  end)

  describe("NUL bytes", function()
    it("replaces each NUL by a space and counts them, so offsets do not move", function()
      local text, info = duixian.decode("增长\0\0 6%")
      assert.are.equal("增长   6%", text)
      assert.are.equal(2, info.nul)
      assert.are.equal(#"增长\0\0 6%", #text)
    end)

    it("still finds the quantity after NULs left by a PDF export", function()
      local text = assert(duixian.decode("全市生产总值\0增长8.4%。"))
      local ms = assert(duixian.scan(text, { published = "2022-02-24" }))
      assert.are.equal(1, #ms)
      assert.are.equal("8.4%", text:sub(ms[1].start, ms[1]["end"]))
    end)
  end)

  describe("CRLF line ends", function()
    it("finds the mentions of every line with offsets into the CRLF text", function()
      local text = "全市生产总值增长8.4%。\r\n新增城镇就业4万人以上。\r\n"
      local ms = assert(duixian.scan(assert(duixian.decode(text)), { published = "2022-02-24" }))
      assert.are.equal(2, #ms)
      assert.are.same({ 25, 28, "8.4%" }, { ms[1].start, ms[1]["end"], ms[1].raw })
      assert.are.same({ 52, 64, "4万人以上" }, { ms[2].start, ms[2]["end"], ms[2].raw })
      for _, m in ipairs(ms) do assert.are.equal(m.raw, text:sub(m.start, m["end"])) end
    end)

    it("joins a quantity broken over a CRLF line end (4万⏎人以上)", function()
      local text = "新增城镇就业4万\r\n人以上。"
      local ms = assert(duixian.scan(text, { published = "2022-02-24" }))
      assert.are.equal(1, #ms)
      assert.are.equal(40000, ms[1].value)
      assert.are.equal(">=", ms[1].cmp)
      assert.are.equal(text:sub(ms[1].start, ms[1]["end"]), ms[1].raw)
    end)
  end)

  describe("empty input", function()
    it("returns an error naming the file", function()
      local text, msg, offset = duixian.decode("", "report.txt")
      assert.is_nil(text)
      assert.are.equal("report.txt: empty file: nothing to scan", msg)
      assert.are.equal(0, offset)
    end)
  end)

  it("raises on misuse", function()
    assert.has_error(function() duixian.decode(42) end, "bad argument #1 to 'decode' (string expected, got number)")
  end)
end)

describe("duixian.read", function()
  it("reads and decodes a GBK file", function()
    local path = H.write_temp(GBK_GROWTH)
    local text, info = duixian.read(path)
    os.remove(path)
    assert.are.equal("生产总值增长6%左右", text)
    assert.are.equal("gb18030", info.encoding)
  end)

  it("names an empty file", function()
    local path = H.write_temp("")
    local text, msg = duixian.read(path)
    os.remove(path)
    assert.is_nil(text)
    assert.are.equal(path .. ": empty file: nothing to scan", msg)
  end)

  it("names a file that cannot be opened, with offset 0", function()
    local text, msg, offset = duixian.read("/nonexistent/report.txt")
    assert.is_nil(text)
    assert.matches("^/nonexistent/report.txt: cannot open", msg)
    assert.are.equal(0, offset)
  end)
end)

describe("duixian extract on bad input", function()
  it("names the binary file and its offset, exits 2, and still prints the good file's mentions", function()
    local bad = H.write_temp("\0\255\254\128" .. ("\1\2\3"):rep(10))
    local good = H.write_temp("全市生产总值增长8.4%。\r\n新增城镇就业4万人以上。\r\n")
    local code, out, err = H.run(("extract --format jsonl --published 2022-02-24 %s %s"):format(bad, good))
    os.remove(bad)
    os.remove(good)
    assert.are.equal(2, code)
    assert.matches(bad .. ": not UTF-8 or GB18030 text: first bad byte is byte 2 (0xff", err, 1, true)
    local lines = {}
    for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
    assert.are.equal(2, #lines)
    assert.matches('"doc":"' .. good .. '","start":25,"end":28,"raw":"8.4%"', lines[1], 1, true)
    assert.matches('"raw":"4万人以上","value":40000', lines[2], 1, true)
  end)

  it("names an empty file and exits 2", function()
    local empty = H.write_temp("")
    local code, out, err = H.run(("extract --published 2022-02-24 %s"):format(empty))
    os.remove(empty)
    assert.are.equal(2, code)
    assert.are.equal("", out)
    assert.matches(empty .. ": empty file: nothing to scan", err, 1, true)
  end)
end)
