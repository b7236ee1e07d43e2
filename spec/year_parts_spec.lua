-- Figures of a part of a year (上半年, 一季度, 前三季度, 1-9月): a result when
-- the part had ended before the document was published, and progress, never
-- the answer, against a target for the whole year.
local duixian = require "duixian"
local rules = require "duixian.rules"
local A = require "spec.audit_helper"

local function scan(text, published)
  return assert(duixian.scan(text, { published = published, region = "云水市", kind = "news" }))
end

-- the first and last month of the part of the year before a figure, as a list
local R = rules.compose({})
local function months(before) return { R.classify.year_part(R, before) } end

-- each indicator's verdict and the outcome's value ("met 6.1")
local function verdicts(vs)
  local got = {}
  for _, v in ipairs(vs) do got[v.indicator] = v.status .. " " .. tostring(v.outcome and v.outcome.value) end
  return got
end

local function kinds(ms)
  local out = {}
  for i, m in ipairs(ms) do out[i] = m.kind .. " " .. tostring(m.period) end
  return out
end

describe("a figure of a part of the year", function()
  it("is a result of the year when the part had ended at publication", function()
    assert.are.same({ "outcome 2024", "outcome 2024" },
      kinds(scan("上半年，全市地区生产总值增长5.2%，规模以上工业增加值增长7.5%。\n", "2024-07-20")))
    -- published in April: the year planned is this one, the quarter is past
    assert.are.same({ "outcome 2024" }, kinds(scan("一季度，全市地区生产总值增长5.5%。\n", "2024-04-18")))
    assert.are.same({ "outcome 2024" }, kinds(scan("1-9月，全市一般公共预算收入增长6.0%。\n", "2024-10-25")))
    -- the months said twice, or in full-width digits
    assert.are.same({ "outcome 2024" }, kinds(scan("1月至9月，全市一般公共预算收入增长6.0%。\n", "2024-10-25")))
    assert.are.same({ "outcome 2024" }, kinds(scan("１－９月，全市一般公共预算收入增长6.0%。\n", "2024-10-25")))
    -- a single month said as a period, in February's news: this year's January
    assert.are.same({ "outcome 2025" }, kinds(scan("1月份，全市规模以上工业增加值同比增长8.1%。\n", "2025-02-20")))
    assert.are.same({ 1, 1 }, months("1月份，全市"))
    -- but a date is no part of the year
    assert.are.same({}, months("1月13日，全市"))
  end)

  it("is a result when said as the share of the year's target done (完成年度目标的57.2%), as the clauses after it", function()
    assert.are.same({ "outcome 2024", "outcome 2024", "outcome 2024" },
      kinds(scan("上半年全市城镇新增就业10.3万人，完成年度目标的57.2%；6月份城镇调查失业率为5.1%。\n", "2024-07-25")))
    -- and news names the year's target only to restate it
    local ms = scan("但距离全年6%左右的预期目标还需进一步加力。\n", "2024-07-23")
    assert.are.same({ "other" }, { ms[1].kind })
  end)

  it("frames the sentences after it in its paragraph when the paragraph opens with it (一季度，…。…38.2万辆)", function()
    assert.are.same({ "outcome 2025", "outcome 2025" },
      kinds(scan("一季度，全市地区生产总值增长6.6%。新能源汽车产量达到38.2万辆。\n", "2025-04-20")))
  end)

  it("is found past a news dateline and byline (新华社成都7月23日电（记者 胡旭）上半年，…)", function()
    assert.are.same({ "outcome 2024", "outcome 2024" },
      kinds(scan("新华社成都7月23日电（记者 胡旭）上半年，成都地区生产总值11250.6亿元，增长5.6%。\n", "2024-07-23")))
  end)

  it("reads a task news says was done (超额完成年度任务, 完成率104.2%) as a result of the year before", function()
    assert.are.same({ "outcome 2024", "outcome 2024", "outcome 2024" },
      kinds(scan("全市筹集保障性租赁住房1.08万套（间），超额完成年度任务。新增婴幼儿托位3126个，完成率104.2%。\n", "2025-01-20")))
  end)

  it("reads a level news gives with its change on the year before (全年…7471.4亿元，比上年下降0.2%) as that year's result", function()
    assert.are.same({ "outcome 2024", "outcome 2024" },
      kinds(scan("全年全市外贸进出口总额7471.4亿元，比上年下降0.2%。\n", "2025-01-25")))
  end)

  it("is a target when the part is still to come", function()
    assert.are.same({ "target 2024" }, kinds(scan("力争上半年80%项目完成手续办理。\n", "2024-01-16")))
    -- no modality, and the half year not yet over: as any plain statement
    assert.are.same({ "target 2024" }, kinds(scan("上半年全市新开工项目120个。\n", "2024-02-20")))
  end)

  local docs = {
    { id = 1, file = "plan.txt", published = "2024-02-26", kind = "work_report", region = "云水市" },
    { id = 2, file = "news.txt", published = "2024-07-20", kind = "news", region = "云水市" },
    { id = 3, file = "review.txt", published = "2025-02-20", kind = "work_report", region = "云水市" },
  }
  local PLAN = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内。\n"

  it("dates a value a change starts from to its own year when a part of it names it (从上半年5.6%降到5.3%)", function()
    local ms = assert(duixian.scan("过去一年，年末城镇调查失业率从上半年5.6%降到5.3%，从5.9%降到5.3%。\n",
      { published = "2025-02-20", region = "云水市", kind = "work_report" }))
    assert.are.same({ "outcome 2024", "outcome 2024", "outcome 2023", "outcome 2024" }, kinds(ms))
  end)

  it("is progress, not the answer, against a target of the whole year", function()
    for _, part in ipairs({ "上半年", "１－６月", "1月至6月", "6月份" }) do
      local vs = A.audit_texts({ docs[1], docs[2] }, {
        PLAN, part .. "，全市地区生产总值增长5.2%，城镇调查失业率5.4%。\n" })
      assert.are.equal(2, #vs, part)
      for _, v in ipairs(vs) do
        assert.are.equal("pending", v.status, part .. " " .. v.indicator)
        assert.matches("1 progress figure%(s%) shown", v.reason)
      end
    end
  end)

  it("gives way to the year's own figure: 全年 after the part, or the value a change ends at", function()
    local vs = A.audit_texts(docs, { PLAN, "上半年，全市地区生产总值增长5.2%。\n",
      "过去一年，全市地区生产总值上半年增长5.2%，全年增长6.1%；年末城镇调查失业率从上半年5.6%降到5.3%。\n" })
    assert.are.same({ gdp_growth = "met 6.1", unemployment_surveyed = "met 5.3" }, verdicts(vs))
  end)

  it("names the part by its whole word (前三季度 is January to September, not the 三季度 in it)", function()
    assert.are.same({ 1, 9 }, months("前三季度，全市"))
    assert.are.same({ 1, 9 }, months("一至三季度，全市"))
    assert.are.same({ 7, 9 }, months("第三季度，全市"))
  end)

  it("reads the end of the year before, compared with, as no word of the whole year (比上年末增长)", function()
    assert.are.same({ 1, 6 }, months("上半年末，全市住户存款余额比上年末增长"))
    assert.are.same({}, months("上半年增长5.2%，年末"))
  end)

  it("is answered by no figure of the whole year when the target is of a part (力争一季度增长6%)", function()
    local vs = A.audit_texts({ docs[1], docs[3] },
      { "力争一季度规上工业增加值增长6%。\n", "过去一年，规上工业增加值增长7.7%。\n" })
    assert.are.equal(1, #vs)
    assert.are.equal("not_reported", vs[1].status)
  end)

  it("takes all twelve months (1-12月) as the whole year, no part of it", function()
    assert.are.same({}, months("2024年1-12月，全市规模以上工业增加值增长"))
    assert.are.same({}, months("上半年增长5.2%，1至12月累计增长"))
    local vs = A.audit_texts({ docs[1], { id = 2, file = "news.txt", published = "2025-01-20", kind = "news",
      region = "云水市" } }, { PLAN, "2024年1-12月，全市地区生产总值增长6.1%。\n" })
    assert.are.equal("met 6.1", verdicts(vs).gdp_growth)
  end)

  it("dates the figure only from its clause or opening its own, not inside a phrase of another", function()
    assert.are.same({ 1, 6 }, months("今年上半年，全市地区生产总值增长"))
    assert.are.same({ 1, 3 }, months("一季度全市地区生产总值增长5.5%，规上工业增加值增长"))
    assert.are.same({ 1, 9 }, months("据统计，2024年1-9月，全市一般公共预算收入增长"))
    -- the half year's shock is no time of the year's growth
    assert.are.same({}, months("过去一年，面对上半年疫情冲击，全市地区生产总值增长"))
    local vs = A.audit_texts({ docs[1], docs[3] }, { PLAN,
      "过去一年，面对上半年疫情冲击，全市地区生产总值增长6.1%，城镇调查失业率5.3%。\n" })
    assert.are.same({ gdp_growth = "met 6.1", unemployment_surveyed = "met 5.3" }, verdicts(vs))
  end)
end)
