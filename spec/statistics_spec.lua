-- A statistical communiqué (统计公报) as the source of a year's results:
-- its figures are outcomes of the year it covers, and its final figures
-- are better evidence than the work report's given weeks before.
local duixian = require "duixian"
local meta = require "duixian.meta"
local A = require "spec.audit_helper"
local H = require "spec.helper"

local BULLETIN = "2024年云水省国民经济和社会发展统计公报\n云水省统计局\n2025年3月5日\n\n"
local function bulletin(body)
  return assert(duixian.scan(BULLETIN .. body, { published = "2025-03-05", region = "云水省", kind = "statistics" }))
end

describe("a statistical communiqué", function()
  it("reports the year it covers: 全年 and 比上年 are that year's, no target of the next", function()
    local ms = bulletin("初步核算，全年全省地区生产总值137008.0亿元，比上年增长5.8%。全年城镇新增就业136.7万人。\n")
    assert.are.equal(3, #ms)
    for _, m in ipairs(ms) do
      assert.are.equal("outcome", m.kind, m.raw)
      assert.are.equal("2024", m.period, m.raw)
    end
  end)

  it("is told by its title when no manifest names its kind", function()
    local ms = assert(duixian.scan(BULLETIN .. "全年粮食总产量761.2亿斤。\n", { published = "2025-03-05", region = "云水省" }))
    assert.are.equal("outcome", ms[1].kind)
    assert.are.equal("2024", ms[1].period)
  end)

  it("is told by its title even when its opening cites the government's work report", function()
    local text = BULLETIN .. "全省上下认真落实省政府工作报告部署，经济运行稳中有进。\n全年规模以上工业增加值增长6.5%。\n"
    assert.are.equal("statistics", meta.infer(text, { kind = true }).kind)
    local ms = assert(duixian.scan(text, { published = "2025-03-05", region = "云水省" }))
    assert.are.equal("outcome 2024", ms[#ms].kind .. " " .. ms[#ms].period)
  end)

  it("is no news that quotes one in its opening: the news's own targets stay targets", function()
    local ms = assert(duixian.scan("云水市人民政府网\n本报讯 市统计局昨日发布的2023年统计公报显示，全市地区生产总值增长5.5%。"
      .. "今年，全市将力争地区生产总值增长6%。\n", { published = "2024-03-10", region = "云水市" }))
    assert.are.same({ "outcome 2023", "target 2024" }, { ms[1].kind .. " " .. ms[1].period, ms[2].kind .. " " .. ms[2].period })
  end)

  it("keeps the point of the year before out of a change's subject (比上年末增加)", function()
    local ms = bulletin("年末全省常住人口8526万人，比上年末增加0.2万人。\n")
    assert.are.equal("年末全省常住人口", ms[2].subject)
    assert.are.equal(2000, ms[2].value)
  end)

  -- a plan of 2024, the review of it, the communiqué of 2024, and news after
  -- it with a figure of its own: a later document, yet no better evidence
  local DOCS = {
    { id = 1, file = "plan.txt", published = "2024-01-20", kind = "work_report", region = "云水省" },
    { id = 2, file = "review.txt", published = "2025-01-14", kind = "work_report", region = "云水省" },
    { id = 3, file = "bulletin.txt", published = "2025-03-05", kind = "statistics", region = "云水省" },
    { id = 4, file = "news.txt", published = "2025-04-10", kind = "news", region = "云水省" },
  }

  it("answers a target with its final figure over the report's preliminary one", function()
    local vs = A.audit_texts(DOCS, {
      "今年全省经济社会发展的主要预期目标是：一般公共预算收入增长3%。\n",
      "过去一年，全省一般公共预算收入增长2.8%。\n",
      BULLETIN .. "全年一般公共预算收入10237.3亿元，比上年增长3.1%。\n",
      "省财政厅新闻发布会\n记者获悉，去年全省一般公共预算收入增长2.9%。\n",
    })
    assert.are.equal(1, #vs)
    assert.are.equal("met", vs[1].status)
    assert.are.equal("bulletin.txt", vs[1].outcome.doc)
    assert.are.equal(3.1, vs[1].outcome.value)
  end)

  it("takes its preliminary accounting (初步核算) as the year's figure, over the report's before it", function()
    local ms = bulletin("初步核算，全年全省地区生产总值137008.0亿元，比上年增长4.9%。\n")
    assert.are.same({ false, false }, { ms[1].estimate, ms[2].estimate })
    local vs = A.audit_texts({ DOCS[1], DOCS[2], DOCS[3] }, {
      "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n",
      "过去一年，全省地区生产总值增长5.1%。\n",
      BULLETIN .. "初步核算，全年全省地区生产总值137008.0亿元，比上年增长4.9%。\n",
    })
    assert.are.same({ "missed", "bulletin.txt", 4.9 }, { vs[1].status, vs[1].outcome.doc, vs[1].outcome.value })
    -- a report's 预计 stays an estimate
    ms = assert(duixian.scan("一、2024年工作回顾\n预计全省地区生产总值增长5%左右。\n",
      { published = "2025-01-14", region = "云水省", kind = "work_report" }))
    assert.is_true(ms[1].estimate)
  end)

  it("reads a share after an amount as the share of that amount (占地区生产总值比重, 与生产总值之比)", function()
    local docs = {
      { id = 1, file = "plan.txt", published = "2024-01-20", kind = "work_report", region = "云水省" },
      { id = 3, file = "bulletin.txt", published = "2025-03-05", kind = "statistics", region = "云水省" },
    }
    for _, share in ipairs({ "占地区生产总值比重为3.4%", "与生产总值之比为3.4%", "与地区生产总值之比为3.4%" }) do
      local vs = A.audit_texts(docs, {
        "今年主要预期目标是：研发经费投入强度达到3.3%。\n",
        BULLETIN .. "全年研发经费支出2640亿元，" .. share .. "。\n",
      })
      assert.are.equal(1, #vs, share)
      assert.are.equal("rd_intensity", vs[1].indicator, share)
      assert.are.equal("met", vs[1].status, share)
      assert.are.equal(3.4, vs[1].outcome.value, share)
    end
  end)

  it("names research and development in full as the catalogue's R&D intensity", function()
    local docs = {
      { id = 1, file = "plan.txt", published = "2024-01-20", kind = "work_report", region = "云水省" },
      { id = 3, file = "bulletin.txt", published = "2025-03-05", kind = "statistics", region = "云水省" },
    }
    local vs = A.audit_texts(docs, {
      "今年主要预期目标是：全社会研发投入占地区生产总值比重达3.3%左右。\n",
      BULLETIN .. "全年全社会研究与试验发展（R&D）经费投入占地区生产总值比重为3.4%。\n",
    })
    assert.are.equal(1, #vs)
    assert.are.equal("rd_intensity", vs[1].indicator)
    assert.are.equal("met", vs[1].status)
    assert.are.equal(3.4, vs[1].outcome.value)
  end)

  it("has its year worked out again in a database written before it was read from its title", function()
    local path = H.write_temp(BULLETIN .. "全年全省规模以上工业增加值比上年增长6.5%。\n")
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(path, { published = "2025-03-05", region = "云水省", kind = "statistics" }))
    -- as an older duixian stored it: the years of a report published then, derived by older rules
    assert(db:exec("UPDATE documents SET plan_year = 2025, review_year = 2024"))
    assert(db:exec("UPDATE derivations SET digest = 'older rules'"))
    assert(db:refresh())
    assert.are.same({ plan_year = 2024, review_year = 2024 }, db:first("SELECT plan_year, review_year FROM documents"))
    assert.are.same({ kind = "outcome", period = "2024" }, db:first("SELECT kind, period FROM current_mentions"))
    db:close()
    os.remove(path)
  end)
end)
