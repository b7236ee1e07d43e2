-- core.normalize: the folded text the scanner reads, with a map from each
-- of its bytes back to the original, and the scan results it leads to.
local core = require "duixian.core"
local duixian = require "duixian"

local META = { published = "2022-02-24", region = "聊城市" }

local function only(text)
  local ms = assert(duixian.scan(text, META))
  assert.are.equal(1, #ms, "expected one mention in: " .. text)
  assert.are.equal(ms[1].raw, text:sub(ms[1].start, ms[1]["end"]))
  return ms[1]
end

describe("duixian.core", function()
  describe("normalize", function()
    describe("full-width digits and signs", function()
      it("folds ０-９ ％ ． to ASCII", function()
        assert.are.equal("增长8.5%", (core.normalize("增长８．５％")))
        assert.are.equal("0123456789", (core.normalize("０１２３４５６７８９")))
      end)

      it("folds a full-width comma between digits to a thousands separator, and keeps it elsewhere", function()
        assert.are.equal("新增就业1,000人，增长5%", (core.normalize("新增就业１，０００人，增长5%")))
      end)

      it("maps each folded byte to the start of its full-width original", function()
        local text = "增长８．５％"
        local norm, map = core.normalize(text)
        assert.are.equal("增长8.5%", norm)
        assert.are.same({ 1, 2, 3, 4, 5, 6, 7, 10, 13, 16 }, map)
        assert.are.equal("８", text:sub(map[7], map[7] + 2))
        assert.are.equal("％", text:sub(map[10], map[10] + 2))
      end)

      it("scans the folded quantity and quotes the full-width original", function()
        local m = only("全市生产总值增长８．５％。")
        assert.are.equal(8.5, m.value)
        assert.are.equal("%", m.unit)
        assert.are.equal("８．５％", m.raw)
      end)
    end)

    describe("dash variants in ranges", function()
      it("folds — – － ~ ～ to '-'", function()
        assert.are.equal("2-3条2-3条2-3条2-3条2-3条", (core.normalize("2—3条2–3条2－3条2~3条2～3条")))
      end)

      it("reads an OCR 一 between digits as a dash", function()
        assert.are.equal("2-3个", (core.normalize("2一3个")))
      end)

      for _, dash in ipairs({ "—", "–", "－", "~", "～" }) do
        it("makes 2" .. dash .. "3条 a range", function()
          local m = only("新建道路2" .. dash .. "3条。")
          assert.are.same({ 2, 3, "条", "range", "2" .. dash .. "3条" }, { m.value, m.value_max, m.unit, m.cmp, m.raw })
        end)
      end

      for _, word in ipairs({ "至", "到" }) do
        it("makes 80元" .. word .. "100元 a range", function()
          local m = only("门票价格80元" .. word .. "100元。")
          assert.are.same({ 80, 100, "CNY", "range" }, { m.value, m.value_max, m.unit, m.cmp })
        end)
      end

      it("makes the full-width ６％－６．５％ a range", function()
        local m = only("居民收入增长６％－６．５％。")
        assert.are.same({ 6, 6.5, "%", "range", "６％－６．５％" }, { m.value, m.value_max, m.unit, m.cmp, m.raw })
      end)
    end)

    describe("PDF debris", function()
      it("joins CJK text across a stray space: 规上工 业增加值", function()
        assert.are.equal("规上工业增加值增长8.5%", (core.normalize("规上工 业增加值增长8.5%")))
      end)

      it("joins a qualifier split by a space: 8%以 上", function()
        assert.are.equal("增长8%以上", (core.normalize("增长8%以 上")))
        local m = only("全市生产总值增长8%以 上。")
        assert.are.same({ 8, ">=", "8%以 上" }, { m.value, m.cmp, m.raw })
      end)

      it("joins 4万 at a line end with 人以上 on the next line", function()
        assert.are.equal("4万人以上", (core.normalize("4万\n人以上")))
        local m = only("新增城镇就业4万\n人以上。")
        assert.are.same({ 40000, "person", ">=", "4万\n人以上" }, { m.value, m.unit, m.cmp, m.raw })
      end)

      it("drops the ideographic space U+3000 and keeps one space between Latin words", function()
        local norm, map = core.normalize("ＡＢ ｃ　生产")
        assert.are.equal("AB c生产", norm)
        assert.are.same({ 1, 4, 7, 8, 14, 15, 16, 17, 18, 19 }, map)
      end)

      it("maps bytes after a dropped space to their own original offsets", function()
        local text = "规上工 业增加值"
        local norm, map = core.normalize(text)
        assert.are.equal("规上工业增加值", norm)
        for i = 1, #norm, 3 do
          assert.are.equal(norm:sub(i, i + 2), text:sub(map[i], map[i] + 2))
        end
        assert.are.equal(11, map[10]) -- 业, after the space at byte 10
      end)
    end)

    it("raises on misuse", function()
      assert.has_error(function() core.normalize(nil) end)
    end)
  end)
end)
