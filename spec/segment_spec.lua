-- core.sentences: a document cut into sentences, with headings recognised.
local core = require "duixian.core"

--- { {text, level}, … } of the sentences of text.
local function sentences(text, max)
  local out = {}
  for _, s in ipairs(core.sentences(text, max)) do
    out[#out + 1] = { text:sub(s.start, s["end"]), s.level }
  end
  return out
end

describe("duixian.core", function()
  describe("sentences", function()
    it("ends sentences at 。！？ and keeps a closing quote with its sentence", function()
      assert.are.same({
        { "生产总值增长6%左右！", 0 },
        { "“确保实现。”", 0 },
        { "这是目标吗？", 0 },
      }, sentences("生产总值增长6%左右！“确保实现。”这是目标吗？"))
    end)

    it("gives 1-based inclusive offsets into the text", function()
      local text = "过去一年，全市生产总值增长8.4%。新增城镇就业4万人。"
      local s = core.sentences(text)
      assert.are.same({ 1, 46, 0 }, { s[1].start, s[1]["end"], s[1].level })
      assert.are.equal("新增城镇就业4万人。", text:sub(s[2].start, s[2]["end"]))
    end)

    describe("headings", function()
      it("recognises 一、 and （一） (一) # 第一部分 1、 with their levels", function()
        local text = table.concat({
          "一、2021年及五年工作回顾",
          "过去一年，全市生产总值增长8.4%。",
          "",
          "（一）经济运行稳中加固",
          "(二)改革开放",
          "# 第一部分",
          "第一部分 总体要求",
          "1、坚持稳中求进。",
          "三、2022年目标任务：",
          "生产总值增长6%左右。",
        }, "\n")
        assert.are.same({
          { "一、2021年及五年工作回顾", 1 },
          { "过去一年，全市生产总值增长8.4%。", 0 },
          { "（一）经济运行稳中加固", 2 },
          { "(二)改革开放", 2 },
          { "# 第一部分", 1 },
          { "第一部分 总体要求", 1 },
          { "1、坚持稳中求进。", 3 },
          { "三、2022年目标任务：", 1 },
          { "生产总值增长6%左右。", 0 },
        }, sentences(text))
      end)

      it("recognises a heading indented as web pages indent it (no-break, ideographic and typeset spaces)", function()
        local text = "\194\160一、2024年工作回顾\n\227\128\128二、2025年目标任务\n\226\128\131（一）稳增长\n"
        assert.are.same({ 1, 1, 2 }, { sentences(text)[1][2], sentences(text)[2][2], sentences(text)[3][2] })
      end)

      it("hands the enclosing headings to each mention", function()
        local duixian = require "duixian"
        local text = "一、2021年及五年工作回顾\n（一）经济运行\n全市生产总值增长8.4%。\n三、2022年目标任务\n生产总值增长6%左右。"
        local ms = assert(duixian.scan(text, { published = "2022-02-24" }))
        assert.are.equal(2, #ms)
        assert.are.equal("一、2021年及五年工作回顾", ms[1].context.heading1)
        assert.are.equal("（一）经济运行", ms[1].context.heading2)
        assert.are.equal("三、2022年目标任务", ms[2].context.heading1)
        assert.is_nil(ms[2].context.heading2)
      end)
    end)

    describe("line breaks", function()
      it("joins a single line break inside a sentence (PDF debris) and ends one at a blank line", function()
        assert.are.same({
          { "新增城镇就业4万\n人以上。", 0 },
          { "全市生产总值增长8.4%，一般公共预算收入增长5%", 0 },
          { "居民收入增长8%。", 0 },
        }, sentences("新增城镇就业4万\n人以上。\n全市生产总值增长8.4%，一般公共预算收入增长5%\n\n居民收入增长8%。"))
      end)

      it("ends a title's short whole line before a paragraph (2025年工作安排, unnumbered), not a list item's", function()
        local paragraph = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%，城镇新增就业11万人以上。"
        -- a heading of the top level (a numbered subheading （一） comes under it)
        assert.are.same({
          { "全省地区生产总值增长5.8%。", 0 },
          { "2025年工作安排", 1 },
          { paragraph, 0 },
        }, sentences("全省地区生产总值增长5.8%。\n2025年工作安排\n" .. paragraph))
        -- but the document's own title, its first line, is no section's
        assert.are.same({ { "2025年山东省政府工作报告", 3 }, { paragraph, 0 } },
          sentences("2025年山东省政府工作报告\n" .. paragraph))
        -- before a short line, a break is a stray one (PDF debris): joined
        assert.are.same({ { "2025年工作安排\n新增就业4万人。", 0 } }, sentences("2025年工作安排\n新增就业4万人。"))
        -- a line that goes on from the one before is no title
        assert.are.same({ { "规上工业增加值增长6%，\n全省地区生产总值\n" .. paragraph, 0 } },
          sentences("规上工业增加值增长6%，\n全省地区生产总值\n" .. paragraph))
        -- a line the next one goes on from with a verb of the lexicon is a
        -- subject cut off (the scan has the lexicon; core.sentences none)
        local m = assert(require("duixian").scan("全省规模以上工业增加值\n增长7.2%，" .. paragraph,
          { published = "2025-01-20", region = "山东省" }))[1]
        assert.are.same({ "7.2%", "规模以上工业增加值", 0 }, { m.raw, m.subject, m.context.level })
        -- a line ending in a clause mark goes on (过去一年，⏎…)
        assert.are.same({ { "过去一年，\n" .. paragraph, 0 } }, sentences("过去一年，\n" .. paragraph))
        -- nor is a piece of a sentence that page furniture cut (为实现上⏎— 7 —⏎述指标…)
        local list = sentences("为实现上\n— 7 —\n述指标，" .. paragraph)
        assert.are.same({ 1, "为实现上\n— 7 —\n述指标，" .. paragraph, 0 }, { #list, list[1][1], list[1][2] })
        -- a list item ends its line, and is no heading
        assert.are.same({ { "- 74项国企改革重点任务基本完成", 0 }, { "居民收入增长8%。", 0 } },
          sentences("- 74项国企改革重点任务基本完成\n\n居民收入增长8%。"))
      end)

      it("ends a chart's or a table's caption at its line, no heading (图1 2019—2023年…)", function()
        local caption = "图1 2019—2023年地区生产总值及其增长速度"
        assert.are.same({ { caption, 0 }, { "全年全市地区生产总值4890.62亿元，比上年增长4.6%。", 0 } },
          sentences(caption .. "\n全年全市地区生产总值4890.62亿元，比上年增长4.6%。"))
        -- and its years frame no figure after it
        local ms = assert(require("duixian").scan("一、综合\n" .. caption .. "\n全年全市地区生产总值4890.62亿元，"
          .. "比上年增长4.6%。\n全年城镇新增就业6.12万人。", { published = "2024-03-28", region = "岳阳市", kind = "statistics" }))
        assert.are.same({ "2023", "2023", "2023" }, { ms[1].period, ms[2].period, ms[3].period })
      end)

      it("takes a short line without sentence marks as a news subheading (level 3)", function()
        assert.are.same({
          { "确保实现开门稳开门红", 3 },
          { "全市生产总值增长8.4%。", 0 },
        }, sentences("确保实现开门稳开门红\n\n全市生产总值增长8.4%。"))
      end)

      it("ends a sentence at CRLF before a heading", function()
        assert.are.same({
          { "全市生产总值增长8.4%。", 0 },
          { "二、2022年工作安排", 1 },
        }, sentences("全市生产总值增长8.4%。\r\n二、2022年工作安排\r\n"))
      end)
    end)

    describe("the sentence limit", function()
      local long = ("增长8%，"):rep(40) .. "完。" -- 446 bytes, 11 a clause

      it("cuts a sentence longer than the limit after a clause mark", function()
        local s = core.sentences(long, 64)
        assert.are.equal(7, #s)
        for k = 1, 6 do
          assert.are.same({ (k - 1) * 66 + 1, k * 66 }, { s[k].start, s[k]["end"] })
          assert.are.equal(("增长8%，"):rep(6), long:sub(s[k].start, s[k]["end"]))
        end
        assert.are.same({ 397, 446 }, { s[7].start, s[7]["end"] })
      end)

      it("cuts a line without any clause mark at the limit, between characters", function()
        local line = ("增"):rep(100)
        local s = core.sentences(line, 64)
        local covered = 0
        for _, x in ipairs(s) do
          assert.is_true(x["end"] - x.start + 1 <= 66)
          assert.is_truthy(utf8.len(line:sub(x.start, x["end"])))
          covered = covered + (x["end"] - x.start + 1)
        end
        assert.are.equal(#line, covered)
      end)

      it("keeps the whole sentence under the default limit", function()
        assert.are.equal(1, #core.sentences(long))
      end)

      it("finds every quantity of a cut sentence", function()
        local n = core.count(require("duixian").lexicon(), long, 64)
        assert.are.equal(40, n)
      end)

      it("takes one character of a line joined past the limit, and reads nothing past the text", function()
        -- the spaces after the line break carry the sentence past 64 bytes;
        -- the text ends inside a character
        local text = ("a"):rep(60) .. "\n" .. (" "):rep(10) .. "一二\xe4"
        local s = core.sentences(text, 64)
        assert.are.same({ { 1, 74 }, { 75, 78 } }, { { s[1].start, s[1]["end"] }, { s[2].start, s[2]["end"] } })
        assert.are.equal(0, (core.count(require("duixian").lexicon(), text, 64)))
      end)

      it("refuses a limit below 64 bytes", function()
        assert.has_error(function() core.sentences(long, 10) end,
          "bad argument #2 to 'sentences' (sentence limit must be 64 to 16777216 bytes)")
      end)
    end)
  end)
end)
