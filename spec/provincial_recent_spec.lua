-- Provincial work reports of the years after 2020 (issue: duixian is
-- measured on reports the corpus does not hold): the epidemic years'
-- wording, in short phrases of the kind those reports use, with the exact
-- reading expected. Their reviews set the year's growth beside the growth
-- over 2019 (比2019年增长, 两年平均增长).
local duixian = require "duixian"
local A = require "spec.audit_helper"

local REVIEW = { published = "2022-01-20", region = "甘肃省", kind = "work_report" }

-- "raw subject kind period" of each mention of text, read as the review of
-- 2021 (or as a report of the metadata meta).
local function read(text, meta)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, meta or REVIEW))) do
    out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.subject, m.kind, tostring(m.period))
  end
  return out
end

-- "target indicator status outcome" of each verdict (the way it was matched
-- where no catalogue entry vouches for it) of an audit of a plan and its
-- review, work reports of region published on the two dates.
local function judged(region, dates, plan, review)
  local got = {}
  for _, v in ipairs(A.audit_texts(A.pair(region, dates[1], dates[2]), { plan, review })) do
    got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.indicator or v.matched_by, v.status, v.outcome and v.outcome.raw)
  end
  return got
end

local REVIEW_2022 = { published = "2023-01-13", region = "云南省", kind = "work_report" }

describe("provincial reports after 2020", function()
  it("dates 比2019年 to its own clause and gives it the subject before it", function()
    assert.are.same({ "1001.8亿元 一般公共预算收入 outcome 2021", "14.5% 一般公共预算收入 outcome 2021",
      "14.9% 一般公共预算收入 outcome 2020-2021", "11.1% 固定资产投资 outcome 2021" },
      read("一、2021年工作回顾\n一般公共预算收入1001.8亿元，增长14.5%，比2019年增长14.9%；固定资产投资增长11.1%。"))
    assert.are.same({ "1231.5万吨 粮食产量 outcome 2021", "3% 粮食产量 outcome 2020-2021" },
      read("一、2021年工作回顾\n粮食产量1231.5万吨，较2019年增长3%。"))
  end)

  it("keeps a comparison for the clauses after it up to a semicolon (资产总额比2002年增长60.98%，实现利润增长2.23倍)", function()
    local ms = assert(duixian.scan("2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍。",
      { published = "2008-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "国有企业资产总额 2003-2006", "利润 2003-2006" },
      { ms[1].subject .. " " .. ms[1].period, ms[2].subject .. " " .. ms[2].period })
  end)

  it("reads 两年平均增长 as the mean over 2020 and 2021 of the subject before it", function()
    assert.are.same({ "10243.3亿元 地区生产总值 outcome 2021", "6.9% 地区生产总值 outcome 2021",
      "5.4% 地区生产总值 outcome 2020-2021" },
      read("一、2021年工作回顾\n全省地区生产总值10243.3亿元，增长6.9%，两年平均增长5.4%。"))
  end)

  it("reads 两年平均 in a plan as the mean over the year planned and the year before it", function()
    local ms = assert(duixian.scan("今年全省生产总值增长6.5%以上。提出这一目标，主要考虑是上年基数较低，两年平均增长5%左右。",
      { published = "2021-01-24", region = "浙江省", kind = "work_report" }))
    assert.are.same({ "6.5%以上 target 2021", "5%左右 target 2020-2021" },
      { ms[1].raw .. " " .. ms[1].kind .. " " .. ms[1].period, ms[2].raw .. " " .. ms[2].kind .. " " .. ms[2].period })
  end)

  it("gives 同口径增长 and a lone 从 before a figure the subject before them", function()
    assert.are.same({ "1949.4亿元 一般公共预算收入 outcome 2022", "3.5% 一般公共预算收入 outcome 2022" },
      read("一、2022年工作回顾\n一般公共预算收入1949.4亿元，同口径增长3.5%。", REVIEW_2022))
    assert.are.same({ "6.5% 生产总值 outcome 2018-2022", "1.8万亿元 生产总值 outcome 2017",
      "2.9万亿元 生产总值 outcome 2022" },
      read("一、过去五年和2022年工作回顾\n过去五年，全省生产总值年均增长6.5%，从1.8万亿元增加到2.9万亿元。", REVIEW_2022))
  end)

  it("reads a count of the region's counties an action covers, after a modifier with 的, as no result", function()
    assert.are.same({ "8个 县（区）继续落实 other 2020" },
      read("二、2020年工作安排\n对已脱贫的8个县（区）继续落实帮扶政策。", { published = "2020-01-15",
        region = "宁夏回族自治区", kind = "work_report" }))
  end)

  it("reads a time word inside a noun (学前三年毛入园率) as no time", function()
    assert.are.same({ "84% 学前三年毛入园率 outcome 2019" },
      read("一、2019年工作回顾\n学前三年毛入园率达到84%。", { published = "2020-01-15", region = "宁夏回族自治区",
        kind = "work_report" }))
  end)

  it("keeps a paragraph in its frame (五年来) past a later sentence that dates its own statement (2020年全区…)", function()
    local meta = { published = "2022-01-20", region = "德阳市罗江区", kind = "work_report" }
    assert.are.same({ "96.4亿元 民生资金 outcome 2017-2021", "1.26万 建档立卡贫困人口 outcome 2020",
      "23所 学校 outcome 2017-2021", "2860张 养老机构床位 outcome 2021" },
      read("一、过去五年工作回顾\n五年来，民生福祉得到新提升。全区累计投入民生资金96.4亿元。"
        .. "2020年全区1.26万建档立卡贫困人口全部脱贫。新建改扩建学校23所，养老机构床位增至2860张。", meta))
    -- a year framing the sentences after it, with no figure in its clause, governs them
    assert.are.same({ "1.26万 建档立卡贫困人口 outcome 2020", "23所 学校 outcome 2020" },
      read("一、过去五年工作回顾\n五年来，民生福祉得到新提升。2020年，全区1.26万建档立卡贫困人口全部脱贫。"
        .. "新建改扩建学校23所。", meta))
  end)

  it("reads a target restated in a review (预期目标调整为3.5%左右) as no result, and one in a plan as a target", function()
    local meta = { published = "2021-01-28", region = "浙江省", kind = "work_report" }
    assert.are.same({ "3.5%左右 经济增长预期目标调整 other 2020", "3.6% 生产总值 outcome 2020" },
      read("一、2020年工作回顾\n年中，经济增长预期目标调整为3.5%左右。全年生产总值增长3.6%。", meta))
    assert.are.same({ "6.5%以上 经济增长预期目标 target 2021" }, read("今年经济增长预期目标为6.5%以上。", meta))
    -- the target named after the figure (高于年初确定的6.5%左右的预期目标)
    assert.are.same({ "6.6% 地区生产总值 outcome 2023", "6.5%左右 年初确定的 other 2023" },
      read("一、2023年工作回顾\n地区生产总值增长6.6%，高于年初确定的6.5%左右的预期目标。",
        { published = "2024-01-22", region = "宁夏回族自治区", kind = "work_report" }))
    -- and a year's or a control target named so (年度目标, 调控目标)
    assert.are.same({ "8.1% 电子信息产业营业收入 outcome 2024", "10% 电子信息产业营业收入 other 2024" },
      read("一、2024年工作回顾\n电子信息产业营业收入增长8.1%，未完成10%的年度目标。",
        { published = "2025-01-21", region = "江西省", kind = "work_report" }))
    -- each figure of a list the target's name closes (…4%左右、…2%的目标)
    assert.are.same({ "4%左右 没有实现年初确定的单位国内生产总值能耗 other 2006", "2% 污染物排放总量 other 2006",
      "1.2% 单位国内生产总值能耗 outcome 2006" },
      read("一、2006年工作回顾\n全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"
        .. "单位国内生产总值能耗下降1.2%。",
        { published = "2007-03-05", region = "中华人民共和国", kind = "work_report" }))
    -- not a list whose last item says the target was met or beaten (…、完成省下达的
    -- 目标任务; 增长7.2%、高于7%的预期目标: 7% is the target, 7.2% the result)
    assert.are.same({ "7.2% 地区生产总值 outcome 2025", "7% 年初确定的 other 2025" },
      read("一、2025年工作回顾\n全县地区生产总值增长7.2%、高于年初确定的7%的预期目标。",
        { published = "2026-01-20", region = "聊城市阳谷县", kind = "work_report" }))
    assert.are.same({ "3.2% 单位地区生产总值能耗 outcome 2025", "1.2万人 城镇新增就业 outcome 2025" },
      read("一、2025年工作回顾\n单位地区生产总值能耗下降3.2%、完成省下达的目标任务。城镇新增就业1.2万人、超额完成全年的目标。",
        { published = "2026-01-20", region = "陕西省", kind = "work_report" }))
  end)

  it("gives a subject of a year alone (2022年达到1.77万亿元) the subject before it", function()
    assert.are.same({ "5.5% 地区生产总值 outcome 2018-2022", "1.77万亿元 地区生产总值 outcome 2022" },
      read("一、过去五年和2022年工作回顾\n过去五年，全区地区生产总值年均增长5.5%，2022年达到1.77万亿元。", REVIEW_2022))
  end)

  it("sets a part of a province by place (南疆四地州, 三州) or a zone in it (宁东能源化工基地) apart from the whole", function()
    local cases = {
      { "新疆维吾尔自治区", "今年全区经济社会发展的主要预期目标是：城镇新增就业45万人以上。南疆四地州新增城镇就业8万人。",
        "一、2022年工作回顾\n城镇新增就业42.1万人。南疆四地州新增城镇就业8.6万人。",
        { "45万人以上 urban_jobs missed 42.1万人", "8万人 urban_jobs met 8.6万人" } },
      { "四川省", "今年全省经济社会发展的主要预期目标是：城镇新增就业85万人以上。甘孜、阿坝、凉山三州城镇新增就业5万人。",
        "一、2022年工作回顾\n城镇新增就业98.9万人。三州城镇新增就业5.3万人。",
        { "85万人以上 urban_jobs met 98.9万人", "5万人 similarity met 5.3万人" } },
    }
    cases[#cases + 1] = { "宁夏回族自治区", "主要预期目标是：规模以上工业增加值增长8%。",
      "一、2022年工作回顾\n宁东能源化工基地规模以上工业增加值增长12.5%。全区规模以上工业增加值增长12.8%。",
      { "8% industry_value_added_growth met 12.8%" } }
    for _, case in ipairs(cases) do
      assert.are.same(case[4], judged(case[1], { "2022-01-20", "2023-01-12" }, case[2], case[3]))
    end
  end)

  it("reads 恢复到2019年的95% as the year's level set against 2019's, dating nothing after it", function()
    assert.are.same({ "95%以上 接待过夜游客恢复到2019年的 outcome 2023", "173万亩 高标准农田 outcome 2023",
      "110% 接待过夜游客恢复到2019年的 target 2024", "170万亩 高标准农田 target 2024" },
      read("一、2023年工作回顾\n接待过夜游客恢复到2019年的95%以上。新建高标准农田173万亩。\n"
        .. "二、2024年工作安排\n接待过夜游客恢复到2019年的110%。新建高标准农田170万亩。",
        { published = "2024-01-22", region = "广东省", kind = "work_report" }))
  end)

  it("reads the income of farmers and herders (农牧民) as the rural residents' income", function()
    local cat = require("duixian.indicators").catalogue()
    local got = {}
    for _, case in ipairs({ { "农牧民人均可支配收入", "%", "增长" }, { "农村牧区常住居民人均可支配收入", "%", "增长" },
      { "农牧民人均可支配收入", "CNY", "达到" } }) do
      got[#got + 1] = (cat:resolve(case[1], case[2], case[3])).id
    end
    assert.are.same({ "rural_income_growth", "rural_income_growth", "rural_income" }, got)
  end)

  it("gives 左右 after the last figure of a 分别 list to every figure of it (分别增长6%、8%左右)", function()
    local cmps = {}
    for _, m in ipairs(assert(duixian.scan("主要预期目标是：城乡居民人均可支配收入分别增长6%、8%左右；粮食产量分别稳定在370万吨、10万吨以上。",
      { published = "2023-01-12", region = "宁夏回族自治区", kind = "work_report" }))) do
      cmps[#cmps + 1] = m.raw .. " " .. m.cmp
    end
    assert.are.same({ "6% ~", "8%左右 ~", "370万吨 =", "10万吨以上 >=" }, cmps)
  end)

  it("reads 年内 and 年底前 before the verb as when, not what", function()
    local plan = { published = "2019-01-26", region = "青海省", kind = "work_report" }
    assert.are.same({ "8.5万 贫困人口 target 2019", "2000个 5G基站 target 2019" },
      read("三、2019年重点工作\n年内实现8.5万贫困人口脱贫。年底前建成5G基站2000个。", plan))
  end)

  it("keeps a list in brackets after a count's noun in its subject (17个贫困县（市、区）摘帽)", function()
    assert.are.same({ "8.5万 贫困人口 outcome 2019", "17个 贫困县（市、区） outcome 2019" },
      read("一、2019年工作回顾\n8.5万贫困人口脱贫，17个贫困县（市、区）摘帽。",
        { published = "2020-01-15", region = "青海省", kind = "work_report" }))
  end)

  it("judges a five-year target of building (新建改建…里程) by the span's own figure, never by its last year's", function()
    assert.are.same({ "约3万公里 highway_mileage not_reported nil" },
      judged("陕西省", { "2016-01-20", "2021-01-25" },
        "二、“十三五”时期主要目标任务\n新建改建高速公路通车里程约3万公里。",
        "一、2020年工作回顾\n新建改建高速公路通车里程约1.3万公里。"))
  end)

  it("reads 负增长 as a fall, and a growth past a semicolon as of the subject its stretch opens with", function()
    assert.are.same({ "8% retail_sales_growth missed 1%", "5% trade_growth missed 0.3%", "4% fiscal_revenue_growth missed 3.2%" },
      judged("陕西省", { "2020-01-13", "2021-01-25" },
        "主要预期目标是：社会消费品零售总额增长8%；进出口总额增长5%；一般公共预算收入增长4%。",
        "一、2020年工作回顾\n社会消费品零售总额下降1%；进出口总额实现正增长，增长0.3%；一般公共预算收入负增长3.2%。"))
    local fall = A.audit_texts(A.pair("陕西省", "2020-01-13", "2021-01-25"),
      { "主要预期目标是：一般公共预算收入增长4%。", "一、2020年工作回顾\n一般公共预算收入负增长3.2%。" })
    assert.are.equal(-7.2, fall[1].margin)
  end)

  it("meets the year's target with the year's growth, not the growth since 2019", function()
    assert.are.same({ "6% fiscal_revenue_growth met 14.5%", "8% fixed_investment_growth met 11.1%" },
      judged("甘肃省", { "2021-01-26", "2022-01-20" },
        "今年全省经济社会发展的主要预期目标是：一般公共预算收入增长6%；固定资产投资增长8%。",
        "一、2021年工作回顾\n一般公共预算收入1001.8亿元，增长14.5%，比2019年增长14.9%；固定资产投资增长11.1%，两年平均增长9.4%。"))
  end)

  it("judges a goal restated with no thing of its own (确定4.5%左右的增长目标) once, as the economy's growth", function()
    assert.are.same({ "4.5%左右 gdp_growth met 4.8%" },
      judged("辽宁省", { "2025-01-20", "2026-01-22" },
        "今年全省经济社会发展主要预期目标是：地区生产总值增长4.5%左右。\n"
          .. "确定4.5%左右的增长目标，在实际工作中努力争取更好结果。4.5%左右的预期增长目标与发展目标总体衔接。",
        "一、2025年工作回顾\n过去一年，全省地区生产总值增长4.8%。"))
  end)

  it("judges a gap with no subject of its own (增速高于全省0.5个百分点) as the gap of the figure before it", function()
    assert.are.same({ "6% gdp_growth met 6.5%", "0.5个百分点 gdp met 0.8个百分点" },
      judged("云水市", { "2024-01-10", "2025-01-10" },
        "今年主要预期目标：地区生产总值增长6%，增速高于全省0.5个百分点。",
        "一、2024年工作回顾\n过去一年，地区生产总值增长6.5%，增速高于全省0.8个百分点。"))
  end)

  it("judges a growth counted on a basis (剔除留抵退税因素后同口径增长) as the growth of the figure before it", function()
    assert.are.same({ "5% fiscal_revenue_growth met 5.3%" },
      judged("云水县", { "2024-01-10", "2025-01-10" },
        "今年主要预期目标：一般公共预算收入增长5%。",
        "一、2024年工作回顾\n一般公共预算收入完成15.2亿元，剔除留抵退税因素后同口径增长5.3%。"))
  end)
end)
