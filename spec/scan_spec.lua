local duixian = require "duixian"

local META = { published = "2022-02-24", region = "聊城市", kind = "work_report" }

local function only(text, meta)
  local ms = assert(duixian.scan(text, meta or META))
  assert.are.equal(1, #ms, "expected one mention in: " .. text)
  return ms[1]
end

describe("duixian.scan", function()
  describe("numbers, units and qualifiers", function()
    local cases = {
      { "全市生产总值增长8.4%。", 8.4, "%", "=", "8.4%" },
      { "生产总值增长6%左右。", 6, "%", "~", "6%左右" },
      { "新增城镇就业4万人以上。", 40000, "person", ">=", "4万人以上" },
      { "城镇新增就业4.5万人。", 45000, "person", "=", "4.5万人" },
      { "上云企业突破1.1万家。", 11000, "家", ">", "突破1.1万家" },
      { "粮食总产112.8亿斤以上。", 11280000000, "jin", ">=", "112.8亿斤以上" },
      { "招商引资到位资金超420亿元。", 42000000000, "CNY", ">", "超420亿元" },
      { "高于全省3个百分点。", 3, "pp", "=", "3个百分点" },
      { "居民消费价格总水平涨幅控制在4%。", 4, "%", "<=", "控制在4%" },
      { "制造业使用外资增长超两倍。", 2, "times", ">", "超两倍" },
      { "实际使用外资翻番。", 2, "times", "=", "翻番" },
      { "累计引进高层次人才急需人才过千人。", 1000, "person", ">", "过千人" },
      { "进行全面质检十余轮次。", 10, "轮次", ">", "十余轮次" },
      { "完成疫苗接种1300余万剂次。", 13000000, "剂次", ">", "1300余万剂次" },
      { "淘汰落后燃煤发电机组207.6万千瓦。", 2076000, "kW", "=", "207.6万千瓦" },
      { "新增光伏装机50兆瓦。", 50000, "kW", "=", "50兆瓦" },
      { "普查率定为小于3%。", 3, "%", "<", "小于3%" },
      -- a ratio: a bare number, or one to 1, after a ratio's head noun
      { "城乡收入比缩小至2.12。", 2.12, "ratio", "=", "2.12" },
      { "城乡居民收入比缩小至2.1∶1左右。", 2.1, "ratio", "~", "2.1∶1左右" },
      { "城乡收入倍差缩小至1.86。", 1.86, "ratio", "=", "1.86" },
      { "有研发活动的企业达到48.6%，居全省第4位。", nil },
    }
    for _, c in ipairs(cases) do
      if c[2] then
        it(c[1], function()
          local m = only(c[1])
          assert.are.equal(c[2], m.value)
          assert.are.equal(c[3], m.unit)
          assert.are.equal(c[4], m.cmp)
          assert.are.equal(c[5], m.raw)
          assert.are.equal(c[5], c[1]:sub(m.start, m["end"]))
        end)
      end
    end
  end)

  it("scales exactly: 4.5万 is the integer 45000", function()
    local m = only("城镇新增就业4.5万人。")
    assert.are.equal("integer", math.type(m.value))
  end)
end)

local function scan(text, meta)
  return assert(duixian.scan(text, meta or META))
end

local function summary(ms)
  local out = {}
  for i, m in ipairs(ms) do
    out[i] = { raw = m.raw, value = m.value, value_max = m.value_max, unit = m.unit, cmp = m.cmp,
      subject = m.subject, verb = m.verb }
  end
  return out
end

describe("duixian.scan lists, ranges and words", function()
  it("gives each object of one verb its own subject (、 list)", function()
    assert.are.same({
      { raw = "30所", value = 30, unit = "所", cmp = "=", subject = "中小学", verb = "新建改扩建" },
      { raw = "28所", value = 28, unit = "所", cmp = "=", subject = "幼儿园", verb = "新建改扩建" },
    }, summary(scan("新建改扩建中小学30所、幼儿园28所。")))
  end)

  it("distributes subjects over numbers with 分别", function()
    assert.are.same({
      { raw = "11%", value = 11, unit = "%", cmp = "=", subject = "规模以上工业增加值", verb = "增长" },
      { raw = "15%", value = 15, unit = "%", cmp = "=", subject = "固定资产投资", verb = "增长" },
    }, summary(scan("规模以上工业增加值、固定资产投资预计分别增长11%、15%。")))
  end)

  local ranges = {
    { "重点打造2—3条市级示范步行街。", "2—3条", 2, 3, "条" },
    { "每人补贴80元至100元。", "80元至100元", 80, 100, "CNY" },
    { "经济增长6%-6.5%。", "6%-6.5%", 6, 6.5, "%" },
    { "每月组织2 至3次巡河检查。", "2 至3次", 2, 3, "次" },
    { "集中打造2一3个百亿级产业。", "2一3个", 2, 3, "个" },
    { "新增就业1—2万人。", "1—2万人", 10000, 20000, "person" },
    -- shares in words, the denominator said again or left out
    { "经济增长百分之六至百分之七。", "百分之六至百分之七", 6, 7, "%" },
    { "经济增长百分之六到七左右。", "百分之六到七左右", 6, 7, "%" },
  }
  for _, c in ipairs(ranges) do
    it("reads the range " .. c[2], function()
      local m = only(c[1])
      assert.are.same({ c[2], c[3], c[4], c[5], "range" }, { m.raw, m.value, m.value_max, m.unit, m.cmp })
    end)
  end

  it("reads no range of shares in words into what follows the dash with a unit or a time of its own", function()
    -- 到二〇二五年: a year, not a top of 2025%; 到七成: a share of its own
    local ms = scan("城镇化率由百分之六十到二〇二五年提高到百分之六十五。")
    assert.are.same({ "百分之六十", 60, "=" }, { ms[1].raw, ms[1].value, ms[1].cmp })
    assert.is_nil(ms[1].value_max)
    ms = scan("贷款增长百分之六到七成。")
    assert.are.same({ { "百分之六", 6 }, { "七成", 70 } },
      { { ms[1].raw, ms[1].value, ms[1].value_max }, { ms[2].raw, ms[2].value, ms[2].value_max } })
  end)

  local numerals = {
    { "新建三千个车位。", "三千个", 3000, "个" },
    { "引进两百名人才。", "两百名", 200, "person" },
    { "培训二十四万人次。", "二十四万人次", 240000, "person-time" },
    { "计划投资一千二百万元。", "一千二百万元", 12000000, "CNY" },
    { "增长百分之六。", "百分之六", 6, "%" },
    { "国内生产总值达到4.5万亿元。", "4.5万亿元", 4500000000000, "CNY" },
    { "共接待游客1,000人。", "1,000人", 1000, "person" },
    { "GDP翻两番。", "翻两番", 4, "times" },
    { "三亿五千万元的投资。", "三亿五千万元", 350000000, "CNY" },
    { "十万亿元的规模。", "十万亿元", 10000000000000, "CNY" },
    -- a decimal point (点) in words, and a magnitude of the whole after it
    { "失业率控制在百分之四点五以内。", "控制在百分之四点五以内", 4.5, "%" },
    { "新增就业三点五万人。", "三点五万人", 35000, "person" },
    { "完成投资一点二亿元。", "一点二亿元", 120000000, "CNY" },
    { "提高一点五个百分点。", "一点五个百分点", 1.5, "pp" },
    { "投资增长十二点零五倍。", "十二点零五倍", 12.05, "times" },
    { "引进亿元以上项目。", nil },
    -- a magnitude that opens the unit is the unit's: 二千万 千瓦, not 二千万千 瓦
    { "新增新能源装机二千万千瓦。", "二千万千瓦", 20000000, "kW" },
    { "全年发电量五百亿千瓦时。", "五百亿千瓦时", 50000000000, "kWh" },
    { "建成八十万千瓦风电。", "八十万千瓦", 800000, "kW" },
  }
  for _, c in ipairs(numerals) do
    if c[2] then
      it("reads the numeral in " .. c[1], function()
        local m = only(c[1])
        assert.are.same({ c[2], c[3], c[4] }, { m.raw, m.value, m.unit })
      end)
    end
  end

  it("takes a comma between digits for a clause mark unless exactly three digits follow it", function()
    local ms = assert(duixian.scan("全市经济总量居全省第1，7家企业入选中国企业500强。", META))
    assert.are.same({ { raw = "第1", value = 1, unit = "rank", subject = "经济总量" },
      { raw = "7家", value = 7, unit = "家", subject = "企业" } },
      { { raw = ms[1].raw, value = ms[1].value, unit = ms[1].unit, subject = ms[1].subject },
        { raw = ms[2].raw, value = ms[2].value, unit = ms[2].unit, subject = ms[2].subject } })
    assert.are.equal(1000, only("共接待游客1，000人。").value)
  end)

  it("reads a lone 万 or 亿 with its unit alone in its clause as a unit, no figure (a table's unit cell 亿元)", function()
    assert.are.same({}, summary(scan("亿元")))
    assert.are.same({ "7.5%左右" }, { only("单位：亿元，增长7.5%左右。").raw })
    local ms = scan("引进过亿元项目20个。")
    assert.are.same({ "过亿元", 100000000 }, { ms[1].raw, ms[1].value })
  end)

  it("takes a space between groups of three digits for a thousands separator, as converted PDFs write it", function()
    assert.are.same({ "1 800个", 1800 }, { only("改造城镇老旧小区1 800个。").raw, only("改造城镇老旧小区1 800个。").value })
    assert.are.equal(6083, only("新建改造农村公路6 083公里。").value)
    assert.are.equal(12345678, only("完成投资12 345 678元。").value)
    assert.are.same({ 400000000000, ">=" }, { only("一般公共预算收入完成4 000亿元以上。").value,
      only("一般公共预算收入完成4 000亿元以上。").cmp })
    -- not a year after a caption's number, nor columns of a table
    assert.are.same({ "50家", 50 }, { only("表1 2023年数据显示，全市新增企业50家。").raw,
      only("表1 2023年数据显示，全市新增企业50家。").value })
    assert.are.same({}, summary(scan("地区生产总值 5 100 5.2")))
  end)

  it("reads no decimal where no digit follows 点 or a magnitude comes before it", function()
    assert.are.same({}, summary(assert(duixian.scan("下午五点钟召开会议。", META))))
    -- 三万点五 is no number: 三万 stands with no unit, and no 30000.5 is read
    assert.are.same({}, summary(assert(duixian.scan("新增三万点五人。", META))))
  end)

  it("refuses a numeral too big to hold instead of overflowing (found by make fuzz)", function()
    assert.are.same({}, summary(scan("亿亿亿亿亿亿元。")))
    assert.are.same({}, summary(scan("00.8亿亿亿亿亿亿 ")))
  end)

  it("refuses whole a numeral in words too big to hold, with a decimal point or in a range, and counts it", function()
    -- no 1.5e48 yuan, and no tail of the run (五亿亿, 亿亿元) read as a number of its own
    assert.are.same({}, summary(scan("财政收入一点五亿亿亿亿亿亿元。")))
    assert.are.same({}, summary(scan("财政收入一亿亿亿亿亿亿元。")))
    -- the top of a range past what a decimal holds is no top: 6% alone, not 6% to 1e18%
    local ms = scan("投资增长百分之六至百分之九九九九九九九九九九九九九九九九九九九九。")
    assert.are.same({ { "百分之六", 6 } }, (function()
      local out = {}
      for _, m in ipairs(ms) do out[#out + 1] = { m.raw, m.value, m.value_max } end
      return out
    end)())
    local it_, doc = duixian.each("投资增长百分之九九九九九九九九九九九九九九九九九九九九九。", META)
    local n = 0
    for _ in it_ do n = n + 1 end
    assert.are.same({ 0, 1 }, { n, doc.refused_numbers })
  end)

  it("reads a lone 亿 as one hundred million (过亿元)", function()
    local ms = scan("新开工过亿元项目300个。")
    assert.are.equal(100000000, ms[1].value)
    assert.are.equal("other", ms[1].kind) -- it qualifies 项目: no target of its own
    assert.are.equal(300, ms[2].value)
  end)

  it("classifies a document of no date (no plan year) without failing", function()
    local ms = assert(duixian.scan("2023年全市地区生产总值增长5.6%。\n\n今年前三季度，全市地区生产总值增长5.2%。",
      { region = "聊城市", kind = "news" }))
    assert.are.same({ "5.6%", "2023" }, { ms[1].raw, ms[1].period })
    -- (今年 names no year without a date: the year the text wrote before frames it)
    assert.are.same({ "5.2%", "2023" }, { ms[2].raw, ms[2].period })
  end)

  it("reads a measure before an adverb of its clause's verb as stated (1194公里全线贯通)", function()
    local ms = scan("过去一年，沿黄生态廊道1194公里全线贯通。", { published = "2026-01-20", region = "河南省" })
    assert.are.same({ "1194公里", "outcome", "沿黄生态廊道" }, { ms[1].raw, ms[1].kind, ms[1].subject })
    -- but a measure before the noun it sizes qualifies it
    ms = scan("过去一年，120万吨乙烯项目主体完工。", { published = "2026-01-20", region = "吉林省" })
    assert.are.same({ "120万吨", "other" }, { ms[1].raw, ms[1].kind })
  end)

  it("reads 万元 before a noun in letters as its yardstick, no figure (万元GDP能耗下降3%)", function()
    local ms = scan("今年万元GDP能耗下降3%。", { published = "2024-01-15", region = "聊城市" })
    assert.are.same({ "万元", "other", "qualifies a noun (过亿元项目) or names a category: states no figure" },
      { ms[1].raw, ms[1].kind, ms[1].other_reason })
    assert.are.same({ "3%", "target", "GDP能耗" }, { ms[2].raw, ms[2].kind, ms[2].subject })
  end)
end)

describe("duixian.scan what is not a quantity", function()
  local texts = {
    "1月13日，聊城市委经济工作会议召开。",
    "2022年是关键之年。",
    "聊城市第十八届人民代表大会第一次会议。",
    "实现“十四五”良好开局。",
    "构建“435”产业格局。",
    "实现“十九连丰”。",
    "建设5G网络，PM2.5浓度下降。",
    "联系电话0635-8451234。",
    "第二条规定如下。",
    "持续3个多月的降雨。",
    "统一思想，一批项目落地，三大行动推进。",
    -- a bare number with no ratio before it; 2∶1 said of no ratio
    "城乡居民收入缩小至2.12。",
    "按2∶1比例配套。",
  }
  for _, t in ipairs(texts) do
    it("finds nothing in " .. t, function()
      assert.are.same({}, summary(scan(t)))
    end)
  end
end)

describe("duixian.scan normalisation", function()
  it("joins PDF debris and keeps offsets into the original", function()
    local text = "力争新增城镇就业4万\n人以上，规上工 业增加值增长8%以 上。"
    local ms = scan(text)
    assert.are.equal(2, #ms)
    assert.are.same({ "4万\n人以上", 40000, "person", ">=", "城镇就业" },
      { ms[1].raw, ms[1].value, ms[1].unit, ms[1].cmp, ms[1].subject })
    assert.are.same({ "8%以 上", 8, ">=", "规上工业增加值" }, { ms[2].raw, ms[2].value, ms[2].cmp, ms[2].subject })
    for _, m in ipairs(ms) do assert.are.equal(m.raw, text:sub(m.start, m["end"])) end
  end)

  it("folds full-width digits and signs", function()
    local text = "增长８．５％，新增企业１２００家。"
    local ms = scan(text)
    assert.are.same({ 8.5, "%", "８．５％" }, { ms[1].value, ms[1].unit, ms[1].raw })
    assert.are.same({ 1200, "家" }, { ms[2].value, ms[2].unit })
    assert.are.equal("８．５％", text:sub(ms[1].start, ms[1]["end"]))
  end)

  it("handles CRLF line ends", function()
    local text = "一、2021年工作回顾\r\n\r\n全市生产总值增长8.4%。\r\n"
    local m = only(text)
    assert.are.same({ "8.4%", "outcome", "2021" }, { m.raw, m.kind, m.period })
    assert.are.equal("8.4%", text:sub(m.start, m["end"]))
  end)
end)

describe("duixian.scan context", function()
  it("names the subject a comparison speaks of", function()
    local ms = scan("一般公共预算收入增长14%，高于全省3个百分点，居全省第5位。")
    assert.are.same({ "一般公共预算收入", "一般公共预算收入", "一般公共预算收入" },
      { ms[1].subject, ms[2].subject, ms[3].subject })
    assert.are.same({ "增长", "高于", "居" }, { ms[1].verb, ms[2].verb, ms[3].verb })
    assert.are.same({ "%", "pp", "rank" }, { ms[1].unit, ms[2].unit, ms[3].unit })
  end)

  it("takes the subject after a count that opens its clause", function()
    local m = scan("276个市级以上重点项目完成投资792亿元。")[1]
    assert.are.same({ "276个", "市级以上重点项目" }, { m.raw, m.subject })
  end)

  it("gives the sentence, its cues and its headings", function()
    local text = "三、2022年目标任务\n\n力争新增城镇就业4万人以上。"
    local m = only(text)
    assert.are.equal("力争新增城镇就业4万人以上。", m.sentence)
    assert.are.equal("三、2022年目标任务", m.context.heading1)
    local words = {}
    for _, q in ipairs(m.context.cues) do words[#words + 1] = q.class .. ":" .. q.word end
    assert.are.same({ "modal:力争" }, words)
  end)
end)

describe("duixian.scan classification", function()
  local report = [[
一、2021年及五年工作回顾

全市生产总值增长8.4%，城镇新增就业4.5万人。

五年来，我们坚持扩大开放。招商引资到位资金超1600亿元。

三、2022年目标任务

生产总值增长6%左右，新增城镇就业4万人以上。]]

  it("reads targets, outcomes and periods from sections and time words", function()
    local got = {}
    for _, m in ipairs(scan(report)) do got[#got + 1] = { m.raw, m.kind, m.period } end
    assert.are.same({
      { "8.4%", "outcome", "2021" },
      { "4.5万人", "outcome", "2021" },
      { "超1600亿元", "outcome", "2017-2021" },
      { "6%左右", "target", "2022" },
      { "4万人以上", "target", "2022" },
    }, got)
  end)

  it("marks provisional outcomes (预计)", function()
    local m = only("2021年，预计全市生产总值增长8%左右。", { published = "2022-01-14", region = "聊城市", kind = "news" })
    assert.are.same({ "outcome", "2021", true }, { m.kind, m.period, m.estimate })
  end)

  it("reads 预计 opening a clause as governing the clauses after it, 预计 after a subject as its clause's only", function()
    local meta = { published = "2024-01-06", region = "杭州市", kind = "work_report" }
    local function estimates(text)
      local out = {}
      for _, m in ipairs(scan(text, meta)) do out[#out + 1] = m.raw .. " " .. tostring(m.estimate) end
      return out
    end
    assert.are.same({ "5%左右 true", "9.3% true" },
      estimates("过去一年，预计全市生产总值增长5%左右，地方一般公共预算收入增长9.3%。"))
    assert.are.same({ "5.6%左右 true", "2616亿元 false", "7% false" },
      estimates("过去一年，全市地区生产总值预计增长5.6%左右；一般公共预算收入2616亿元、同口径增长7%。"))
    -- opening its clause, up to a semicolon, which opens a statement of its own
    assert.are.same({ "8%左右 true", "14% true", "48.6% false" },
      estimates("预计生产总值增长8%左右,一般公共预算收入增长14%;有研发活动的企业达到48.6%。"))
    -- an ASCII semicolon is one even where a full-width one stands later
    assert.are.same({ "8%左右 true", "48.6% false", "2.95% false" },
      estimates("预计生产总值增长8%左右;有研发活动的企业达到48.6%；研发投入强度达到2.95%。"))
  end)

  it("reads a figure of a year before the one reviewed as known, whatever the sentence estimates", function()
    local ms = scan("预计全市不良贷款率由2019年最高位的9.9%降至2.7%左右。",
      { published = "2022-01-14", region = "聊城市", kind = "news" })
    assert.are.same({ { "2019", false }, { "2021", true } },
      { { ms[1].period, ms[1].estimate }, { ms[2].period, ms[2].estimate } })
  end)

  it("plans the next year in a report given in December", function()
    local m = only("新增高新技术企业100家以上。", { published = "2022-12-30", region = "聊城市", kind = "news" })
    assert.are.same({ "target", "2023" }, { m.kind, m.period })
  end)

  it("dates the starting value of a change to the year before the span, the new level to its end", function()
    local ms = scan("五年来，高新技术企业数量由97家增加到411家。")
    assert.are.same({ "2016", "2021" }, { ms[1].period, ms[2].period })
  end)

  it("dates flows to a five-year span and levels to its end, through the paragraphs of the section", function()
    local ms = scan("五年来，我们砥砺奋进。\n——经济实力新跃升。地区生产总值年均增长5.9%，城镇化率达到67.5%，累计完成投资3.7万亿元，新增国家高新技术企业2万家。")
    local got = {}
    for _, m in ipairs(ms) do got[#got + 1] = m.raw .. " " .. m.kind .. " " .. m.period end
    assert.are.same({ "5.9% outcome 2017-2021", "67.5% outcome 2021", "3.7万亿元 outcome 2017-2021",
      "2万家 outcome 2017-2021" }, got)
  end)

  it("lets a sentence's own modality outweigh a time word opening an earlier paragraph", function()
    local ms = scan("2021年，我市新建学校24所。\n我市还将新建学校30所。")
    assert.are.same({ "outcome 2021", "target 2022" }, { ms[1].kind .. " " .. ms[1].period, ms[2].kind .. " " .. ms[2].period })
  end)

  it("takes the region of a county that opens the clause", function()
    local m = only("莘县地区生产总值增长8%。", { published = "2022-01-14", region = "聊城市", kind = "news" })
    assert.are.equal("莘县", m.region)
  end)
end)

describe("duixian.scan bad input", function()
  it("raises on a non-string (misuse)", function()
    assert.has_error(function() duixian.scan(42) end, "bad argument #1 to 'each' (string expected, got number)")
  end)

  it("returns nil, message, offset for text that is not UTF-8", function()
    local ms, err, offset = duixian.scan("增长\255%")
    assert.is_nil(ms)
    assert.are.equal(7, offset)
    assert.matches("not valid UTF%-8 at byte 7", err)
  end)

  it("finds nothing in empty text", function()
    assert.are.same({}, scan(""))
  end)
end)
