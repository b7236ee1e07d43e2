-- Rules written for classes of Chinese government prose, each with a short
-- real phrase and its exact expected reading (issue: right on any region's
-- reports).
local duixian = require "duixian"
local audit = require "duixian.audit"
local rules = require "duixian.rules"

local PROVINCE_2026 = { published = "2026-01-28", region = "山东省", kind = "work_report" }

local function read(text, meta)
  local ms = assert(duixian.scan(text, meta or PROVINCE_2026))
  local out = {}
  for _, m in ipairs(ms) do
    out[#out + 1] = ("%s %s %s"):format(m.raw, m.kind, tostring(m.period))
  end
  return out, ms
end

describe("kind and period without headings to lean on", function()
  it("reads a comparison with the year before as a result", function()
    assert.are.same({ "8.4% outcome 2025" }, (read("全省规上工业增加值同比增长8.4%。")))
  end)

  it("reads modality as a promise even in a review's paragraph", function()
    assert.are.same({ "24所 outcome 2025", "30所 target 2026" },
      (read("2025年，全省新建学校24所。\n全省还将新建学校30所。")))
  end)

  it("reads 十四五以来 and 过去的五年 as the five years under review", function()
    assert.are.same({ "26.2万件 outcome 2021-2025" }, (read("“十四五”以来，发明专利授权量累计26.2万件。")))
    assert.are.same({ "603.7万人 outcome 2021-2025" },
      (read("过去的五年极不寻常。\n城镇新增就业603.7万人。")))
  end)

  it("keeps a section's frame when a plan is named mid-section", function()
    assert.are.same({ "47.3万人 outcome 2025" },
      (read("刚刚过去的2025年，全省上下奋发有为。\n超额完成国家“十四五”找矿目标任务。\n城镇新增就业47.3万人。")))
  end)

  it("reads an annual average in a five-year review as a rate over the span", function()
    assert.are.same({ "超过70万人 outcome 2021-2025" }, (read("五年来，城镇新增就业年均超过70万人。")))
  end)

  it("dates an annual average to a span, never to its last year", function()
    assert.are.same({ "4.5% outcome 2021-2025" },
      (read("一、2025年及“十四五”时期工作回顾\n一般公共预算收入年均增长4.5%。")))
    assert.are.same({ "5% target 2026-2030" }, (read("今后五年，力争地区生产总值年均增长5%。")))
  end)

  it("dates the starting value of a change in a year to the year before", function()
    assert.are.same({ "5.5% outcome 2024", "5.3% outcome 2025" },
      (read("2025年，年末城镇调查失业率从上半年5.5%降到5.3%。")))
  end)
end)

describe("regions and yardsticks", function()
  it("takes 全省 in a province's own report for the province itself", function()
    local _, ms = read("全省地区生产总值增长5.5%以上。", { published = "2025-01-20", region = "安徽省", kind = "work_report" })
    assert.are.same({ "target", "2025", "安徽省" }, { ms[1].kind, ms[1].period, ms[1].region })
  end)

  it("takes 全市 as a municipality's own and, in a county's report, as the city above", function()
    local _, ms = read("全市地区生产总值增长6%左右。", { published = "2025-01-19", region = "重庆市", kind = "work_report" })
    assert.are.equal("target", ms[1].kind)
    _, ms = read("全市生产总值增长6%。", { published = "2025-01-19", region = "莘县", kind = "work_report" })
    assert.are.equal("other", ms[1].kind)
  end)

  it("still takes 全省 in a city's report as a yardstick", function()
    local _, ms = read("全省生产总值增长5.5%。", { published = "2025-01-20", region = "聊城市", kind = "work_report" })
    assert.are.equal("other", ms[1].kind)
  end)
end)

describe("the place a paragraph is about", function()
  it("gives the later sentences of a paragraph its topic's region", function()
    local _, ms = read("去年以来，莘县坚定不移抓发展。根据目前的数据，预计全年地区生产总值271.9亿元。\n全市生产总值增长8%。",
      { published = "2022-01-14", region = "聊城市", kind = "news" })
    assert.are.same({ "莘县", "the paragraph is about 莘县, a county of 聊城市" }, { ms[1].region, ms[1].region_reason })
    assert.are.equal("聊城市", ms[2].region)
  end)

  it("keeps the document's region when the clause says 全市", function()
    local _, ms = read("去年以来，莘县坚定不移抓发展。全市生产总值增长8%。", { published = "2022-01-14", region = "聊城市", kind = "news" })
    assert.are.equal("聊城市", ms[1].region)
  end)
end)

describe("figures that are no figure of the region", function()
  local function kinds(text, meta)
    local _, ms = read(text, meta)
    local out = {}
    for _, m in ipairs(ms) do out[#out + 1] = m.raw .. " " .. m.kind end
    return out
  end

  it("leaves out a feature story's person, firm or village", function()
    assert.are.same({ "3万元 other", "60名 other" },
      kinds("他又续贷3万元。\n服装公司计划再招收60名工人。", { published = "2024-01-16", region = "聊城市", kind = "news" }))
  end)

  it("leaves out a streak (连续5次获评) but keeps milestones crossed (连续跨过3个万亿元大关)", function()
    assert.are.same({ "5次 other", "跨过3个 outcome", "万亿元 other" },
      kinds("2025年，连续5次获评国家卫生城市，经济总量连续跨过3个万亿元大关。"))
  end)

  it("keeps a share of the nation (占全国比重) and a share of things (61%的城市污水处理厂)", function()
    assert.are.same({ "7.4% outcome", "61% outcome" },
      kinds("2025年，占全国比重达到7.4%，61%的城市污水处理厂完成提标改造。"))
  end)

  it("keeps a sum arranged for a purpose (安排100亿元财政资金) but not a category (差错率小于3%的)", function()
    assert.are.same({ "100亿元 target", "小于3% other" },
      kinds("安排100亿元财政资金支持产业发展。\n差错率小于3%的，逐项整改。", { published = "2025-01-20", region = "贵州省", kind = "work_report" }))
  end)
end)

describe("headline targets", function()
  it("marks the targets of the paragraph of the year's main targets", function()
    local _, ms = read("今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业110万人以上。\n" ..
      "（一）加快建设现代化产业体系\n新建5G基站2万个。")
    local got = {}
    for _, m in ipairs(ms) do got[#got + 1] = m.raw .. " " .. m.kind .. " " .. tostring(m.headline) end
    assert.are.same({ "5%左右 target true", "110万人以上 target true", "2万个 target false" }, got)
  end)
end)

describe("lists whose figures go one to each subject (分别)", function()
  local function subjects(text)
    local out = {}
    for _, m in ipairs(assert(duixian.scan(text, PROVINCE_2026))) do out[#out + 1] = m.raw .. " " .. m.subject end
    return out
  end

  it("splits at the marks when a word holds 及, 和 or 与 (普及率, 和美乡村)", function()
    assert.are.same({ "90% 农村生活污水治理率", "96% 自来水普及率", "100% 行政村覆盖率" },
      subjects("今年，农村生活污水治理率、自来水普及率、行政村覆盖率分别达90%、96%、100%。"))
    assert.are.same({ "50个 巴渝和美乡村", "80% 参与率" }, subjects("今年，巴渝和美乡村、参与率分别达到50个、80%。"))
  end)

  it("splits at a word separator when the marks give too few subjects", function()
    assert.are.same({ "5% 城镇", "6% 农村居民人均可支配收入" },
      subjects("今年，城镇和农村居民人均可支配收入分别增长5%和6%。"))
  end)
end)

describe("judging against what reports say", function()
  local function judge(target_text, outcome_text)
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(target_text .. "\n", { file = "a-2025.txt", published = "2025-01-20", region = "福建省",
      kind = "work_report" }))
    assert(db:ingest(outcome_text .. "\n", { file = "a-2026.txt", published = "2026-01-20", region = "福建省",
      kind = "work_report" }))
    local docs, ms = {}, {}
    for d in db:documents() do docs[#docs + 1] = { id = d.id, file = d.name, published = d.published, kind = d.kind, region = d.region } end
    for m in db:mentions() do ms[#ms + 1] = m end
    db:close()
    return audit.run{ documents = docs, mentions = ms, rules = rules.default(), year = 2025 }.verdicts
  end

  local function verdict_on(vs, raw)
    for _, v in ipairs(vs) do if v.target.raw == raw then return v end end
    error("no verdict on " .. raw)
  end

  it("takes a fall for a growth indicator as negative growth", function()
    local v = judge("全省固定资产投资增长5%左右。", "2025年，全省固定资产投资下降3.3%。")
    assert.are.same({ "missed", "-8.3" }, { v[1].status, ("%.1f"):format(v[1].margin) })
  end)

  it("takes 持平 as growth of 0%", function()
    local v = judge("居民消费价格涨幅2%左右。", "2025年，居民消费价格与上年持平。")
    assert.are.same({ "met", "持平" }, { v[1].status, v[1].outcome.raw })
  end)

  it("meets a strict bound with an outcome that is itself past it", function()
    local v = judge("新能源汽车产量突破25万辆。", "2025年，新能源汽车产量突破25万辆。")
    assert.are.equal("met", v[1].status)
  end)

  it("reads a figure after a ranking (稳居全国前十强) as the subject's own", function()
    local v = judge("全省地区生产总值增长5.5%左右。", "2025年，全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。")
    assert.are.same({ "gdp_growth", "missed", "4.8%" }, { v[1].indicator, v[1].status, v[1].outcome.raw })
  end)

  it("judges a share of the plan done (完成年计划的118.2%) at 100%", function()
    local v = judge("城镇新增就业41万人。", "2025年，城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。")
    assert.are.same({ "urban_jobs", "met", "plan_share" }, { v[1].indicator, v[1].status, v[1].rule })
    v = verdict_on(judge("新增发放创业担保贷款160亿元。",
      "2025年，城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。"), "160亿元")
    assert.are.same({ "met", "248.57%", "plan_share" }, { v.status, v.outcome.raw, v.rule })
    v = judge("城镇新增就业41万人。", "2025年，城镇新增就业完成年计划的96.5%。")
    assert.are.same({ "urban_jobs", "missed", "plan_share" }, { v[1].indicator, v[1].status, v[1].rule })
  end)

  it("pairs things outside the catalogue by a name in quotation marks", function()
    local v = verdict_on(judge("打造20个“辽宁优品”品牌。", "2025年，评定“辽宁优品”27个。"), "20个")
    assert.are.same({ "met", "27个", "similarity" }, { v.status, v.outcome.raw, v.matched_by })
  end)

  it("reads an attribute (投资) as the attribute of the things counted before it", function()
    local v = verdict_on(judge("实施省重点项目1550个、年度计划投资7150亿元。",
      "2025年，1550个省重点项目完成投资7398亿元。"), "7150亿元")
    assert.are.same({ "met", "7398亿元" }, { v.status, v.outcome.raw })
  end)

  it("does not take as topic a thing named after a count, the subject of its own clause", function()
    local v = verdict_on(judge("新增通车里程400公里以上。", "2025年，10个县区通了新的高速公路，新增里程590公里。"),
      "400公里以上")
    assert.are.same({ "met", "590公里" }, { v.status, v.outcome.raw })
  end)

  it("pairs wordings that share most of their words, with the action the verb names", function()
    local v = verdict_on(judge("开展职业技能培训21万人次。", "2025年，开展补贴性技能培训25.6万人次。"), "21万人次")
    assert.are.same({ "met", "25.6万人次" }, { v.status, v.outcome.raw })
    v = verdict_on(judge("完成农村建设品质提升投资260亿元以上。", "2025年，乡村建设品质提升行动完成投资310亿元。"),
      "260亿元以上")
    assert.are.same({ "met", "310亿元" }, { v.status, v.outcome.raw })
  end)

  it("names each thing of a list after its count when the first count does (30个“…”、150项“…”事项)", function()
    local v = verdict_on(judge("今年再推出30个“高效办成一件事”、150项“全区通办”事项。",
      "2025年，推出“高效办成一件事”重点事项30个，推动456个事项“全区通办”。"), "150项")
    assert.are.same({ "met", "456个" }, { v.status, v.outcome.raw })
  end)

  it("does not pair a short generic wording done another way (建成 and 支持 项目)", function()
    local v = verdict_on(judge("建成临沂至滕州等15个项目。", "2025年，支持项目4200余个。"), "15个")
    assert.are.equal("not_reported", v.status)
  end)

  it("names the indicator from a subject and its verb (经济｜增长)", function()
    local v = judge("经济增长5.5%左右。", "2025年，地区生产总值增长5.6%。")
    assert.are.same({ "gdp_growth", "met" }, { v[1].indicator, v[1].status })
  end)
end)

describe("one promise from several documents", function()
  it("judges a target restated in the news once, from the work report, listing the news", function()
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest("新闻：今年全市新增城镇就业4万人以上。\n", { file = "news.txt", published = "2022-01-14",
      region = "聊城市", kind = "news" }))
    assert(db:ingest("今年新增城镇就业4万人以上。\n", { file = "report.txt", published = "2022-02-24",
      region = "聊城市", kind = "work_report" }))
    local docs, ms = {}, {}
    for d in db:documents() do docs[#docs + 1] = { id = d.id, file = d.name, published = d.published, kind = d.kind, region = d.region } end
    for m in db:mentions() do ms[#ms + 1] = m end
    db:close()
    local v = audit.run{ documents = docs, mentions = ms }.verdicts
    assert.are.equal(1, #v)
    assert.are.equal("report.txt", v[1].target.doc)
    assert.are.equal("news.txt", v[1].also[1].doc)
  end)
end)
