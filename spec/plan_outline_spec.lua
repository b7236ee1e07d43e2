-- A five-year plan's outline (规划纲要) as the source of targets: the plan
-- period its title names frames its figures, as a heading naming a plan
-- frames a work report's, in a scan and in a stored database alike.
local duixian = require "duixian"
local meta = require "duixian.meta"
local A = require "spec.audit_helper"
local H = require "spec.helper"

local TITLE = "云水省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
local PLAN = TITLE .. "第二章 主要目标\n“十四五”时期经济社会发展的主要目标是：地区生产总值年均增长6%左右。"
  .. "全社会研发投入强度达到2.5%。常住人口城镇化率达到65%。\n"
local REVIEW = "过去五年，全省地区生产总值年均增长5.6%，全社会研发投入强度达到2.6%，常住人口城镇化率达到64.2%。\n"

describe("a plan's outline", function()
  it("is told by its title, and only by its title", function()
    assert.are.equal("plan", meta.infer(TITLE, { kind = true }).kind)
    assert.are.equal("news", meta.infer("省发改委召开专题会议\n本报讯 记者获悉，规划纲要编制工作启动。\n", { kind = true }).kind)
  end)

  it("names its plan period in its title", function()
    assert.are.same({ 2021, 2025 }, { meta.plan_span(TITLE, "plan") })
    assert.are.same({ 2016, 2020 }, { meta.plan_span("云水市国民经济和社会发展第十三个五年规划纲要\n", "plan") })
    -- a title that names the plan by its years, not by its number
    assert.are.same({ 2021, 2025 }, { meta.plan_span("云水市国民经济和社会发展规划纲要（2021—2025年）\n", "plan") })
    assert.are.same({ 2021, 2025 }, { meta.plan_span("云水市国民经济和社会发展规划纲要（2021年-2025年）\n", "plan") })
    -- a title broken over two lines, as long titles are
    local broken = "云水省国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n\n第一章 发展环境\n"
    assert.are.equal("plan", meta.infer(broken, { kind = true }).kind)
    assert.are.same({ 2021, 2025 }, { meta.plan_span(broken, "plan") })
    -- a work report's title frames nothing
    assert.are.same({}, { meta.plan_span(TITLE, "work_report") })
  end)

  it("sets targets for the plan period: an average over its years, a level for its last", function()
    local ms = assert(duixian.scan(PLAN, { published = "2021-02-01", region = "云水省", kind = "plan" }))
    local got = {}
    for i, m in ipairs(ms) do got[i] = ("%s %s %s"):format(m.raw, m.kind, m.period) end
    assert.are.same({ "6%左右 target 2021-2025", "2.5% target 2025", "65% target 2025" }, got)
    local docs = {
      { id = 1, file = "plan.txt", published = "2021-02-01", kind = "plan", region = "云水省",
        plan_first = 2021, plan_last = 2025 },
      { id = 2, file = "review.txt", published = "2026-01-20", kind = "work_report", region = "云水省" },
    }
    local status = {}
    for _, v in ipairs(A.audit_texts(docs, { PLAN, REVIEW })) do status[v.indicator] = v.status end
    assert.are.same({ gdp_growth = "met", rd_intensity = "met", urbanization_rate = "missed" }, status)
  end)

  it("leaves a section a heading dates to that heading's year (第三章 到2035年远景目标)", function()
    local ms = assert(duixian.scan(PLAN .. "第三章 到2035年远景目标\n常住人口城镇化率达到75%。\n",
      { published = "2021-02-01", region = "云水省", kind = "plan" }))
    assert.are.equal("2025", ms[3].period)
    assert.are.equal("75%", ms[4].raw)
    assert.are.equal("target", ms[4].kind)
    assert.are.equal("2035", ms[4].period)
  end)

  it("reads a year written in numerals (二〇三五年, 一九九八年) as the year in digits", function()
    local ms = assert(duixian.scan(PLAN .. "第三章 远景目标\n到二〇三五年，常住人口城镇化率达到75%。\n",
      { published = "2021-02-01", region = "云水省", kind = "plan" }))
    assert.are.same({ "75%", "target", "2035" }, { ms[4].raw, ms[4].kind, ms[4].period })
    -- (以来: the years from it to the one reviewed)
    ms = assert(duixian.scan("一九九八年以来，国有企业下岗职工累计再就业1800多万人。\n",
      { published = "2003-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "outcome", "1998-2002" }, { ms[1].kind, ms[1].period })
    -- a numeral not four digits long before 年 is no year (三年, 二十年)
    ms = assert(duixian.scan("力争用三年时间，新建5G基站2万个。\n", { published = "2021-02-01", region = "云水省", kind = "plan" }))
    assert.are.equal("2021-2023", ms[1].period)
  end)

  it("keeps its plan period in a database, for audits that derive again from stored facts", function()
    local paths = { H.write_temp(PLAN), H.write_temp(REVIEW) }
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(paths[1], { published = "2021-02-01", region = "云水省" }))
    assert(db:ingest(paths[2], { published = "2026-01-20", region = "云水省", kind = "work_report" }))
    local doc = db:first("SELECT kind, plan_first, plan_last FROM documents WHERE path = ?", paths[1])
    assert.are.same({ kind = "plan", plan_first = 2021, plan_last = 2025 }, doc)
    local periods = {}
    for row in db:rows("SELECT DISTINCT period FROM current_mentions WHERE kind = 'target' ORDER BY period") do
      periods[#periods + 1] = row.period
    end
    assert.are.same({ "2021-2025", "2025" }, periods)
    db:close()
    for _, p in ipairs(paths) do os.remove(p) end
  end)
end)
