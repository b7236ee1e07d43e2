-- National work reports after 2012 (issue: duixian is measured on reports
-- the corpus does not hold): their wording, in short real phrases, with the
-- exact reading expected. The State Council's reports name the energy
-- target 能源消耗强度, review five years in the first report of a new
-- government, and plan some tasks over 今明两年.
local duixian = require "duixian"
local indicators = require "duixian.indicators"
local audit = require "duixian.audit"
local A = require "spec.audit_helper"

local function read(text, published)
  local out = {}
  local meta = { published = published, region = "中华人民共和国", kind = "work_report" }
  for _, m in ipairs(assert(duixian.scan(text, meta))) do
    out[#out + 1] = ("%s %s %s"):format(m.raw, m.kind, tostring(m.period))
  end
  return out
end

describe("national reports after 2012", function()
  local cat = indicators.catalogue()

  it("reads 能源消耗强度 as the energy intensity, as 能耗强度 is", function()
    assert.are.equal("energy_intensity", (cat:resolve("能源消耗强度", "%", "降低")).id)
    assert.are.equal("energy_intensity", (cat:resolve("能耗强度", "%", "下降")).id)
  end)

  it("reads the rate in force a change starts from (现行16%的税率降至13%) as last year's, as after 由 or 从", function()
    assert.are.same({ "16% outcome 2018", "13% target 2019", "10% outcome 2018", "9% target 2019" },
      read("二、2019年政府工作任务\n将制造业等行业现行16%的税率降至13%，将交通运输业等行业现行10%的税率降至9%。\n",
        "2019-03-05"))
    -- with no change after it, 现有 counts what stands, a plain figure of the plan's part
    assert.are.same({ "3000个 target 2019" }, read("二、2019年政府工作任务\n在现有基础上新建社区养老服务中心3000个。\n", "2019-03-05"))
  end)

  it("reviews ten years (十年来, 十年增加) at the end of a term, but not in a ban's name (十年禁渔)", function()
    assert.are.same({ "近70万亿元 outcome 2013-2022", "6.2% outcome 2013-2022" },
      read("一、过去一年和五年工作回顾\n十年来，国内生产总值增加近70万亿元、年均增长6.2%。\n", "2023-03-05"))
    assert.are.same({ "近70万亿元 outcome 2013-2022" },
      read("一、过去一年和五年工作回顾\n经济总量十年增加近70万亿元。\n", "2023-03-05"))
    assert.are.same({ "1倍多 outcome 2022" },
      read("一、过去一年工作回顾\n长江十年禁渔以来监测鱼类增长1倍多。\n", "2023-03-05"))
  end)

  it("keeps a sum all paid out (1000亿元全部拨付到位) and a standard per head its clause before names", function()
    assert.are.same({ "1000亿元 outcome 2016", "30元 outcome 2016", "450元 outcome 2016" },
      read("一、2016年工作回顾\n中央财政专项奖补资金1000亿元全部拨付到位。城乡居民医保人均财政补助标准再提高30元，"
        .. "达到每人每年450元。\n", "2017-03-05"))
  end)

  it("reads 两年 as two years, and a balance set against the start of its year (比年初)", function()
    assert.are.same({ "超过2400万人 outcome 2022-2023", "7.2% outcome 2023" },
      read("一、2023年工作回顾\n城镇新增就业两年累计超过2400万人。人民币存款余额比年初增长7.2%。\n", "2024-03-05"))
    assert.are.same({ "3500万人次以上 target 2024-2025" },
      read("二、2024年政府工作任务\n今明两年职业技能培训3500万人次以上。\n", "2024-03-05"))
  end)

  it("reads what a plan's part forecasts of the year planned (预计今年…) as no promise", function()
    assert.are.same({ "1179万人 other 2024", "超过1200万人 other 2024" },
      read("三、2024年政府工作任务\n今年高校毕业生预计达1179万人。预计今年城镇需要就业的新成长劳动力超过1200万人。\n",
        "2024-03-05"))
    -- and who the year brings, counted with no verb of doing, is a circumstance
    assert.are.same({ "1179万人 other 2024", "1200万人以上 target 2024" },
      read("三、2024年政府工作任务\n今年高校毕业生1179万人，创历史新高。城镇新增就业1200万人以上。\n", "2024-03-05"))
    assert.are.same({ "1500万人 other 2019", "1100万人以上 target 2019" },
      read("三、2019年政府工作任务\n今年城镇新增劳动力达1500万人。城镇新增就业1100万人以上。\n", "2019-03-05"))
    -- a comparison with last year's estimate (比上年预计数) is no forecast, and
    -- of the year reviewed 预计 makes an estimate of a result
    assert.are.same({ "2930亿元 target 2009", "439亿元 target 2009", "17.6% target 2009" },
      read("二、2009年主要任务\n中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。\n",
        "2009-03-05"))
    assert.are.same({ "5.2% outcome 2023" }, read("一、2023年工作回顾\n国内生产总值预计增长5.2%。\n", "2024-03-05"))
  end)

  it("reads what the plan expects its own measures to give (预计全年退税减税约2.5万亿元) as a promise", function()
    assert.are.same({ "约2.5万亿元 target 2022", "约1.5万亿元 target 2022" },
      read("二、2022年政府工作任务\n实施新的组合式税费支持政策。预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元。\n",
        "2022-03-05"))
  end)

  it("reads an amount of bonds issued (增发1万亿元国债) as a figure, not a size class", function()
    assert.are.same({ "1万亿元 outcome 2023" },
      read("一、过去一年工作回顾\n增发1万亿元国债，支持灾后恢复重建。\n", "2024-03-05"))
  end)

  it("counts people moved or lifted out of poverty with a bare 万 (易地扶贫搬迁200万以上, 减贫1000万)", function()
    local got = {}
    local meta = { published = "2016-03-05", region = "中华人民共和国", kind = "work_report" }
    for _, m in ipairs(assert(duixian.scan("今年完成易地扶贫搬迁200万以上，全年减贫1000万以上。", meta))) do
      got[#got + 1] = ("%s %d %s"):format(m.raw, m.value, m.unit)
    end
    assert.are.same({ "200万以上 2000000 person", "1000万以上 10000000 person" }, got)
  end)

  it("reads 棚户区 with its renovating verb before it as the housing renovated (再改造各类棚户区470万套以上)", function()
    assert.are.equal("shantytown_renovation", (cat:resolve("再改造各类棚户区", "套", "")).id)
    assert.are.equal("shantytown_renovation", (cat:resolve("棚户区住房", "套", "")).id)
    assert.are.equal("affordable_housing", (cat:resolve("城镇保障性安居工程住房", "套", "基本建成")).id)
  end)

  it("names the tasks the State Council's reports set year after year (去产能, 易地扶贫搬迁, 铁路投产里程, 减负, 留抵退税, 高职扩招)", function()
    local cases = {
      { "再压减钢铁产能", "t", "", "steel_capacity_cut" }, { "退出钢铁产能", "t", "", "steel_capacity_cut" },
      { "退出煤炭产能", "t", "", "coal_capacity_cut" }, { "完成易地扶贫搬迁", "person", "", "poverty_relocation" },
      { "易地扶贫搬迁人口", "person", "超过", "poverty_relocation" }, { "新投产里程", "km", "", "railway_new_lines" },
      { "铁路投产里程", "km", "", "railway_new_lines" }, { "为市场主体减负", "CNY", "超过", "tax_fee_cuts" },
      { "为企业新增减负", "CNY", "超过", "tax_fee_cuts" },
      { "增值税留抵退税", "CNY", "超过", "vat_credit_refunds" },
      { "高职院校大规模扩招", "person", "", "vocational_enrolment_expansion" },
    }
    for _, c in ipairs(cases) do
      local e = cat:resolve(c[1], c[2], c[3])
      assert.are.equal(c[4], e and e.id, c[1])
    end
  end)

  it("reads a part of the country (西部地区, 东北地区, 京津冀) before 地区生产总值 as no GDP of the whole", function()
    for _, subject in ipairs({ "西部地区生产总值", "东北地区生产总值", "中西部地区生产总值", "京津冀地区生产总值",
        "长江经济带地区生产总值" }) do
      assert.is_nil(cat:resolve(subject, "%", "增长"), subject)
    end
    assert.are.equal("gdp_growth", (cat:resolve("地区生产总值", "%", "增长")).id)
    assert.are.equal("gdp_growth", (cat:resolve("全省地区生产总值", "%", "增长")).id)
  end)

  it("reads the world's growth (世界经济增长3.6%, 全球货物贸易增长4.7%) as no figure of the nation's", function()
    assert.are.equal("world_economy_growth", (cat:resolve("世界经济", "%", "增长")).id)
    assert.are.equal("world_economy_growth", (cat:resolve("世界经济增长", "%", "增长")).id)
    assert.are.equal("world_trade_growth", (cat:resolve("全球货物贸易", "%", "增长")).id)
    assert.are.equal("gdp_growth", (cat:resolve("我国经济", "%", "增长") or cat:resolve("我国经济增长", "%", "增长")).id)
  end)

  it("sums people relocated over the five years a review covers (易地扶贫搬迁830万人)", function()
    assert.are.same({ "6800多万 outcome 2013-2017", "830万人 outcome 2013-2017", "10.2% outcome 2012", "3.1% outcome 2017" },
      read("一、过去五年工作回顾\n五年来，脱贫攻坚取得决定性进展。贫困人口减少6800多万，易地扶贫搬迁830万人，贫困发生率由10.2%下降到3.1%。",
        "2018-03-05"))
  end)

  it("sums people and counties out of poverty over the span reviewed (5575万农村贫困人口实现脱贫), a year's in a year", function()
    assert.are.same({ "超过6000万人 outcome 2016-2020", "5575万 outcome 2016-2020" },
      read("一、2020年工作回顾\n“十三五”时期，经济运行总体平稳。城镇新增就业超过6000万人。5575万农村贫困人口实现脱贫。",
        "2021-03-05"))
    assert.are.same({ "近1亿 outcome 2018-2022", "832个 outcome 2018-2022" },
      read("一、过去一年和五年工作回顾\n过去五年，脱贫攻坚任务胜利完成。近1亿农村贫困人口实现脱贫，全国832个贫困县全部摘帽。",
        "2023-03-05"))
    assert.are.same({ "551万 outcome 2020", "52个 outcome 2020" },
      read("一、2020年工作回顾\n过去一年，551万农村贫困人口全部脱贫、52个贫困县全部摘帽。", "2021-03-05"))
  end)

  it("reads 回落到 and 跃升到 as verbs of reaching, out of the subject (居民消费价格涨幅回落到2.6%)", function()
    local ms = assert(duixian.scan("一、过去五年工作回顾\n过去一年，居民消费价格涨幅回落到2.6%。",
      { published = "2013-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "2.6%", "居民消费价格", "涨幅回落到", "outcome", "2012" },
      { ms[1].raw, ms[1].subject, ms[1].verb, ms[1].kind, ms[1].period })
    ms = assert(duixian.scan("国内生产总值跃升到世界第二位。", { published = "2013-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "第二位", "跃升到" }, { ms[1].raw, ms[1].verb })
  end)

  it("reads 新安排 as the verb, out of the subject (保障性安居工程新安排740万套)", function()
    local ms = assert(duixian.scan("今年保障性安居工程新安排740万套，其中棚户区改造580万套。",
      { published = "2015-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "保障性安居工程", "新安排" }, { ms[1].subject, ms[1].verb })
  end)

  it("plans 今明两年 for this year and the next", function()
    assert.are.same({ "3500万人次以上 target 2020-2021", "200万人 target 2020-2021" },
      read("今明两年职业技能培训3500万人次以上，高职院校扩招200万人。", "2020-05-22"))
  end)

  -- target, indicator, verdict and outcome of the national reports of year
  -- (its plan) and year + 1 (its review)
  local function judged_nationally(year, plan, review)
    local docs = A.pair("中华人民共和国", year .. "-03-05", (year + 1) .. "-03-05",
      ("national-%d.txt"):format(year), ("national-%d.txt"):format(year + 1))
    local got = {}
    for _, v in ipairs(A.audit_texts(docs, { plan, review })) do
      got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.indicator, v.status, v.outcome and v.outcome.raw)
    end
    return got
  end

  it("sets each housing figure against the one of its verb (基本建成 with 基本建成, 新开工 with 新开工)", function()
    assert.are.same({ "470万套 affordable_housing met 540万套", "630万套 affordable_housing met 660万套" },
      judged_nationally(2013, "城镇保障性安居工程基本建成470万套、新开工630万套，继续推进农村危房改造。",
        "一、2013年工作回顾\n城镇保障性安居工程基本建成540万套，新开工660万套。"))
  end)

  it("counts the shanty towns apart from the programme they are part of, and an elided subject after the part as the total's", function()
    local got = judged_nationally(2014, "今年保障性安居工程新开工700万套以上，其中各类棚户区470万套以上，基本建成480万套。",
      "一、2014年工作回顾\n城镇保障性安居工程住房基本建成511万套，新开工740万套，其中棚户区住房改造470万套。")
    assert.are.same({ "700万套以上 affordable_housing met 740万套", "470万套以上 shantytown_renovation met 470万套",
      "480万套 affordable_housing met 511万套" }, got)
  end)

  it("judges a figure a list of subjects shares (分别减少2%, 均为12%左右) for each the catalogue names", function()
    assert.are.same({ "2% ammonia_emissions met 2.5%", "2% cod_emissions met 2.9%", "3% nox_emissions met 4.7%",
      "3% so2_emissions met 3.5%" }, judged_nationally(2015,
      "化学需氧量、氨氮排放量要分别减少2%，二氧化硫、氮氧化物排放量要分别减少3%。",
      "一、2015年工作回顾\n化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降2.9%、3.5%、2.5%、4.7%。"))
    -- an outcome shared so (均) answers each too
    assert.are.same({ "2% ammonia_emissions met 2.5%", "2% cod_emissions met 2.5%" }, judged_nationally(2015,
      "化学需氧量、氨氮排放量均减少2%。", "一、2015年工作回顾\n化学需氧量、氨氮排放量均减少2.5%。"))
    -- a list of figures is no shared figure: three targets, not nine
    assert.are.equal(3, #judged_nationally(2015, "规上工业增加值、固定资产投资、社会消费品零售总额增长6%、8%、7%。",
      "一、2015年工作回顾\n社会消费品零售总额增长7.5%。"))
    assert.are.same({ "12%左右 social_financing_growth met 10.3%", "12%左右 m2_growth met 8.7%" },
      judged_nationally(2017, "广义货币M2和社会融资规模余额预期增长均为12%左右。",
        "一、2017年工作回顾\n广义货币M2和社会融资规模余额分别增长8.7%、10.3%。"))
  end)

  it("keeps every part of a list after 其中 (中央, 地方财政赤字) from the total's indicator", function()
    assert.are.same({ "2.76万亿元 deficit met 2.76万亿元", "1.83万亿元 nil not_reported nil",
      "9300亿元 nil not_reported nil" }, judged_nationally(2019,
      "财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，地方财政赤字9300亿元。",
      "一、2019年工作回顾\n财政赤字2.76万亿元。"))
    -- but not the whole named another way after them (赤字规模)
    assert.are.same({ "9000亿元 deficit met 9000亿元", "7000亿元 nil not_reported nil",
      "1500亿元 deficit not_reported nil" }, judged_nationally(2011,
      "今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，赤字规模比上年预算减少1500亿元。",
      "一、2011年工作回顾\n财政赤字9000亿元。"))
  end)

  it("reads a ceiling's indicator stated with a lower bound (赤字率拟按3.6%以上安排) as a floor", function()
    local function judged(outcome)
      local v = A.verdict({ A.target({ subject = "赤字率", verb = "安排", value = 3.6, cmp = ">=", raw = "3.6%以上" }),
        A.mention({ subject = "赤字率", verb = "", value = outcome }) })
      return { v.status, v.rule }
    end
    assert.are.same({ "met", "floor_at_least" }, judged(3.7))
    assert.are.same({ "missed", "floor_at_least" }, judged(3.5))
    -- the bound the indicator sets stays where the words set none (赤字率拟按3%安排)
    local v = A.verdict({ A.target({ subject = "赤字率", verb = "安排", value = 3, raw = "3%" }),
      A.mention({ subject = "赤字率", verb = "", value = 3.2 }) })
    assert.are.same({ "missed", "cap_at_most" }, { v.status, v.rule })
  end)

  it("takes 全国 and 中国 in a manifest for the nation the State Council's reports are inferred to speak for", function()
    for _, name in ipairs({ "全国", "中国", "中华人民共和国" }) do
      local ms = assert(duixian.scan("今年发展主要预期目标是：国内生产总值增长5%左右。",
        { published = "2024-03-05", region = name, kind = "work_report" }))
      assert.are.equal("中华人民共和国", ms[1].region)
    end
    -- and an audit of 全国 audits the nation's targets
    local docs = { { id = 1, file = "national-2024.txt", published = "2024-03-05", kind = "work_report", region = "中华人民共和国" } }
    local a = audit.run{ documents = docs, region = "全国",
      mentions = { A.target({ subject = "国内生产总值", value = 5, cmp = "~", region = "中华人民共和国", period = "2024" }) } }
    assert.are.equal(1, #a.verdicts)
    -- a database ingested before 全国 became the nation's name holds 全国 as
    -- written: --region 全国 still audits its targets
    docs[1].region = "全国"
    a = audit.run{ documents = docs, region = "全国",
      mentions = { A.target({ subject = "国内生产总值", value = 5, cmp = "~", region = "全国", period = "2024" }) } }
    assert.are.equal(1, #a.verdicts)
    assert.are.equal("安徽省", (assert(duixian.scan("生产总值增长5.5%左右。",
      { published = "2024-01-20", region = "安徽省", kind = "work_report" }))[1].region))
  end)

  it("answers an average growth target over a plan's years by the average, not by the total change", function()
    local got = {}
    for _, v in ipairs(A.audit_texts(A.pair("中华人民共和国", "2001-03-05", "2006-03-05"), {
      "“十五”期间年均经济增长速度预期目标为7%左右。",
      "一、“十五”时期的主要成就\n2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。" })) do
      got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.period, v.status, v.outcome and v.outcome.raw)
    end
    assert.are.same({ "7%左右 2001-2005 met 9.5%" }, got)
  end)
end)
