-- The same report in the line layouts users paste it in (a web page copied
-- as one line, a PDF's text hard-wrapped with its page numbers and running
-- headers, a sentence a line, blank lines and odd indents): the same
-- sentences, headings and figures.
local duixian = require "duixian"
local core = require "duixian.core"

local REPORT = { region = "安徽省", published = "2025-01-20", kind = "work_report" }

--- "raw kind period subject" of each figure of text, read as a work report of 2025.
local function read(text)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, REPORT))) do
    out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.kind, tostring(m.period), m.subject)
  end
  return out
end

--- The sentences of text as { text, level } and the furniture lines stepped over.
local function sentences(text)
  local out = {}
  local list, furniture = core.sentences(text)
  for _, s in ipairs(list) do out[#out + 1] = { text:sub(s.start, s["end"]), s.level } end
  return out, furniture
end

--- Each figure's normalised sentence, its heading and its paragraph number.
local function contexts(text)
  local out = {}
  for m in core.mentions(duixian.lexicon(), text) do
    out[#out + 1] = { m.raw, m.sentence.norm, m.sentence.heading1 or false, m.sentence.para }
  end
  return out
end

local ORIGINAL = "一、2024年工作回顾\n过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。\n" ..
  "二、2025年工作安排\n全省生产总值增长5.5%左右。\n"
local READ = {
  "5.8% outcome 2024 生产总值",
  "8.6% outcome 2024 规上工业增加值",
  "5.5%左右 target 2025 生产总值",
}

describe("layouts", function()
  it("reads the report as it was written", function()
    assert.are.same(READ, read(ORIGINAL))
  end)

  describe("page furniture", function()
    local PDF = "一、2024年工作回顾\n过去一年，全省生产总值增长\n— 3 —\n2025年安徽省政府工作报告\n" ..
      "5.8%，规上工业增加值增长\n-4-\n2025年安徽省政府工作报告\n8.6%。\n二、2025年工作安排\n全省生产总值增长5.5%左右。\n"

    it("steps over a page number and the running header between two halves of a sentence", function()
      assert.are.same(READ, read(PDF))
      local c = contexts(PDF)
      assert.are.same({ "5.8%", "过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。", "一、2024年工作回顾", 2 },
        c[1])
    end)

    it("counts the lines it stepped over, and keeps them in the sentence's offsets", function()
      local list, furniture = sentences(PDF)
      assert.are.equal(4, furniture)
      assert.are.equal("过去一年，全省生产总值增长\n— 3 —\n2025年安徽省政府工作报告\n5.8%，规上工业增加值增长\n" ..
        "-4-\n2025年安徽省政府工作报告\n8.6%。", list[2][1])
      local it = core.mentions(duixian.lexicon(), PDF)
      local last = { it() }
      while last[1] do last = { it() } end
      assert.are.same({ nil, 0, 4 }, last) -- the end: nil, numbers too long, furniture lines
    end)

    it("knows a page number by its form: — 3 —, -3-, - 3 -, 第3页 (共20页), 3/20", function()
      for _, line in ipairs({ "— 3 —", "-3-", "- 3 -", "第3页", "第 3 页 共 20 页", "3/20", "－１２－" }) do
        local list, furniture = sentences("全省生产总值增长\n" .. line .. "\n5.8%。")
        assert.are.same({ 1, 1 }, { #list, furniture }, line)
      end
    end)

    it("keeps a line that only holds a number, or a number with words", function()
      local _, furniture = sentences("全省生产总值\n2025\n增长5.8%。")
      assert.are.equal(0, furniture)
      _, furniture = sentences("增长\n— 3个百分点 —\n以上。")
      assert.are.equal(0, furniture)
    end)

    it("takes a line beside a page number for a header only when it is said on two pages", function()
      local text = "全省生产总值增长5.8%。\n— 3 —\n（二）着力扩大内需\n社会消费品零售总额增长4.2%。"
      local list, furniture = sentences(text)
      assert.are.equal(1, furniture)
      assert.are.same({ "（二）着力扩大内需", 2 }, list[2])
    end)

    it("takes a document of furniture alone, at its start and end, with CRLF", function()
      assert.are.same({ {}, 2 }, { sentences("— 1 —\r\n— 2 —\r\n") })
      local list, furniture = sentences("-1-\n增长5.8%。\n-2-")
      assert.are.same({ { { "增长5.8%。", 0 } }, 2 }, { list, furniture })
    end)
  end)

  describe("hard-wrapped lines", function()
    --- paragraphs cut every width characters, one line a piece, as PDF text
    local function wrap(paragraphs, width)
      local lines = {}
      for _, p in ipairs(paragraphs) do
        local chars = {}
        for _, c in utf8.codes(p) do chars[#chars + 1] = utf8.char(c) end
        for k = 1, #chars, width do lines[#lines + 1] = table.concat(chars, "", k, math.min(k + width - 1, #chars)) end
      end
      return table.concat(lines, "\n")
    end

    it("keeps a paragraph whole across a break after 。 at a full line's end, and ends one at a short line", function()
      local text = wrap({
        "过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。社会消费品零售总额增长4.2%，进出口总额增长17.3%，城镇新增就业75.95万人。",
        "2025年",
        "今年全省生产总值增长5.5%左右，城镇新增就业68万人左右，居民消费价格涨幅2%左右。粮食产量稳定在830亿斤以上。",
      }, 16)
      local out = {}
      for _, x in ipairs(core.sentences(text)) do
        out[#out + 1] = { x.para, x.level, (text:sub(x.start, x["end"]):gsub("\n", "")) }
      end
      assert.are.same({
        { 1, 0, "过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。" },
        { 1, 0, "社会消费品零售总额增长4.2%，进出口总额增长17.3%，城镇新增就业75.95万人。" },
        { 2, 3, "2025年" },
        { 3, 0, "今年全省生产总值增长5.5%左右，城镇新增就业68万人左右，居民消费价格涨幅2%左右。" },
        { 3, 0, "粮食产量稳定在830亿斤以上。" },
      }, out)
    end)

    it("runs a short line on into the next across 《 and 》", function()
      local text = wrap({
        "过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。社会消费品零售总额增长4.2%，进出口总额增长17.3%，城镇新增就业75.95万人。" ..
        "居民消费价格涨幅2%左右，粮食产量稳定在830亿斤以上。制定并颁布了《", "关于预防煤矿生产安全事故的特别规定", "》等22部行政法规。",
      }, 16)
      local list = core.sentences(text)
      assert.are.equal("制定并颁布了《关于预防煤矿生产安全事故的特别规定》等22部行政法规。",
        (text:sub(list[#list].start, list[#list]["end"]):gsub("\n", "")))
    end)

    it("reads no heading in a wrapped line that opens with 亿、 or 万、", function()
      assert.are.same({ { "新能源装机在全国率先破\n亿、达到1.35亿千瓦。", 0 } },
        sentences("新能源装机在全国率先破\n亿、达到1.35亿千瓦。"))
    end)

    it("joins a number a line break cut in two", function()
      local figures = assert(duixian.scan("新增光伏发电装机10\n88万千瓦，增长\n1\n2.5%。", REPORT))
      assert.are.same({ "10\n88万千瓦", 10880000, "kW" }, { figures[1].raw, figures[1].value, figures[1].unit })
      assert.are.same({ 12.5, "%" }, { figures[2].value, figures[2].unit })
    end)

    it("keeps a space between two numbers on one line", function()
      assert.are.equal("GDP 10 20", core.normalize("GDP 10 20"))
      assert.are.equal("装机1088万千瓦", core.normalize("装机10\n88万千瓦"))
    end)

    it("joins a word a line break cut in two", function()
      assert.are.same({ "8.6%左右 target 2025 规上工业增加值" }, read("规上工\n业增加值增长8.6%左右。"))
    end)

    it("starts a sentence at a line that opens with a bullet", function()
      assert.are.same({ { "不断提升为民服务意识和效能", 3 }, { "● 市民热线办结率达99.8%,一批历史遗留问题得到化解", 0 } },
        sentences("不断提升为民服务意识和效能\n● 市民热线办结率达99.8%,一批历史遗留问题得到化解"))
    end)
  end)

  describe("one line, no break", function()
    local BLOB = "一、2024年工作回顾过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。" ..
      "二、2025年工作安排全省生产总值增长5.5%左右。"

    it("ends a top-level title where its words end, and opens a paragraph after it", function()
      local c = contexts(BLOB)
      assert.are.same({ "5.8%", "过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。", "一、2024年工作回顾", 2 }, c[1])
      assert.are.same({ "5.5%左右", "全省生产总值增长5.5%左右。", "二、2025年工作安排", 4 }, c[3])
    end)

    it("reads the figures as the lines did", function()
      assert.are.same(READ, read(BLOB))
    end)

    it("leaves a title on its own line whole", function()
      local c = contexts("二、“十二五”时期的主要目标和任务\n全省生产总值年均增长7%。")
      assert.are.same({ "二、“十二五”时期的主要目标和任务", 2 }, { c[1][3], c[1][4] })
    end)

    it("leaves a title that ends by itself as it was", function()
      local c = contexts("三、2026年重点工作：全省生产总值增长5.5%左右。")
      assert.are.same("三、2026年重点工作：全省生产总值增长5.5%左右。", c[1][3])
    end)
  end)

  describe("a sentence a line, blank lines and indents", function()
    it("reads sentences on lines of their own", function()
      assert.are.same(READ, read("一、2024年工作回顾\n过去一年，全省生产总值增长5.8%，\n规上工业增加值增长8.6%。\n" ..
        "二、2025年工作安排\n全省生产总值增长5.5%左右。\n"))
    end)

    it("reads lines indented with full-width spaces and tabs, blank lines between them", function()
      assert.are.same(READ, read("\t一、2024年工作回顾\n\n\u{3000}\u{3000}过去一年，全省生产总值增长5.8%，规上工业增加值增长8.6%。 \t\n\n" ..
        "\u{A0}\u{A0}二、2025年工作安排\n\n\t\u{3000}全省生产总值增长5.5%左右。\n\n"))
    end)
  end)

  describe("a table converted to text, its cells between | marks", function()
    local ROWS = { "5.5%左右 target 2025 生产总值", "6%以上 target 2025 规上工业增加值",
      "5.5%以内 target 2025 城镇调查失业率" }

    it("reads each row as a sentence of its own, its cells as one phrase", function()
      assert.are.same(ROWS, read("二、2025年工作安排\n2025年主要预期目标\n指标 | 2025年目标\n全省生产总值 | 增长5.5%左右\n"
        .. "规上工业增加值 | 增长6%以上\n城镇调查失业率 | 5.5%以内\n"))
    end)

    it("reads a Markdown table, and one with full-width marks, the same", function()
      assert.are.same(ROWS, read("二、2025年工作安排\n| 指标 | 2025年目标 |\n|---|---|\n| 全省生产总值 | 增长5.5%左右 |\n"
        .. "| 规上工业增加值 | 增长6%以上 |\n| 城镇调查失业率 | 5.5%以内 |\n"))
      assert.are.same(ROWS, read("二、2025年工作安排\n指标｜2025年目标\n全省生产总值｜增长5.5%左右\n"
        .. "规上工业增加值｜增长6%以上\n城镇调查失业率｜5.5%以内\n"))
    end)

    it("reads a table whose cells a tab parts the same, and no row's last figure with the next line", function()
      assert.are.same(ROWS, read("二、2025年工作安排\n指标\t2025年目标\n全省生产总值\t增长5.5%左右\n"
        .. "规上工业增加值\t增长6%以上\n城镇调查失业率\t5.5%以内\n"))
      -- (原油⇥万吨⇥2597.30⇥1.2 and then 天然气: no 1.2天)
      local ms = assert(duixian.scan("产品名称\t单位\t产量\t比上年增长（%）\n原油\t万吨\t2597.30\t1.2\n天然气\t亿立方米\t308.90\t2.9\n"
        .. "年末全省发电装机容量9520万千瓦。\n", { published = "2024-03-21", region = "陕西省", kind = "statistics" }))
      local last = ms[#ms]
      assert.are.same({ "9520万千瓦", "年末全省发电装机容量" }, { last.raw, last.subject })
      for _, m in ipairs(ms) do assert.are_not.equal("day", m.unit, m.raw) end
    end)
  end)
end)
