-- Wordings of report sentences that gave a figure the wrong subject or none,
-- by class: a programme's count of tasks in Chinese numerals, a share a list
-- before 分别 writes once, a 分别 whose list is the clause before, the unit a
-- concentration is per said before its figure. Short phrases, exact values.
local S = require "spec.support.scan_cases"
local A = require "spec.audit_helper"
local pick = S.pick

describe("duixian.scan counts a programme's tasks in Chinese numerals as in digits", function()
  it("reads a lone Chinese digit before the tasks it counts", function()
    assert.are.same({ { "十件", 10, "件", "民生实事", "办好", "target" } },
      pick("今年要办好十件民生实事。", "raw", "value", "unit", "subject", "verb", "kind"))
    assert.are.same({ { "八项", 8, "项", "惠民实事", "办好", "target" } },
      pick("扎实办好八项惠民实事。", "raw", "value", "unit", "subject", "verb", "kind"))
    -- as the same count in digits and with two numerals reads
    assert.are.same({ { "10件", 10, "民生实事", "办好" } },
      pick("继续办好10件民生实事。", "raw", "value", "subject", "verb"))
    assert.are.same({ { "二十件", 20, "民生实事", "办好" } },
      pick("办好二十件民生实事。", "raw", "value", "subject", "verb"))
  end)

  it("takes the tasks for the subject after an adverb before the verb", function()
    assert.are.same({ { "重点民生实事", "办好" } }, pick("接续办好15件重点民生实事。", "subject", "verb"))
  end)

  it("reads the count a review reports done as an outcome", function()
    assert.are.same({ { "十件", 10, "outcome", "2024" } },
      pick("去年十件民生实事全部完成。", "raw", "value", "kind", "period"))
  end)

  it("reads a count in a name in quotes as no target, but for a yearly list of works", function()
    -- the quote that closes the name ends the counted noun; the list of
    -- works for the people (data/lexicon.lua quoted_counts) is promised by
    -- its count, quoted or not, in either numerals
    assert.are.same({ { "民生实事", "target" } }, pick("扎实办好“十件民生实事”。", "subject", "kind"))
    assert.are.same({ { "民生实事", "target" } }, pick("办好“10件民生实事”，提升群众获得感。", "subject", "kind"))
    assert.are.same({ { "8条", "other" } }, pick("推出稳经济“8条”。", "raw", "kind"))
    -- a quote opened after the figure stays in its noun
    assert.are.same({ "“专精特新”企业" }, pick("培育3个“专精特新”企业。", "subject"))
  end)

  it("reads no count in a programme named by its number of parts", function()
    -- 十大工程 names a programme in digits too; 三项制度, 四个全面 are names
    assert.are.same({}, pick("实施十大工程，推动产业升级。", "raw"))
    assert.are.same({}, pick("实施10大工程，推动产业升级。", "raw"))
    assert.are.same({}, pick("深化三项制度改革。", "raw"))
    assert.are.same({}, pick("协调推进四个全面战略布局。", "raw"))
  end)

  it("matches the count planned with the count a review reports", function()
    local vs = A.audit_texts(A.pair("安徽省", "2025-01-20", "2026-01-20"),
      { "今年要办好十件民生实事。", "一、2025年工作回顾\n过去一年，十件民生实事全部完成。" })
    assert.are.equal(1, #vs)
    assert.are.same({ "livelihood_projects", "met", "十件", "十件" },
      { vs[1].indicator, vs[1].status, vs[1].target.raw, vs[1].outcome and vs[1].outcome.raw })
  end)
end)

describe("duixian.scan gives each numerator before 分别 the share the last writes", function()
  it("takes 占…比重 after the last conjunct for each", function()
    assert.are.same({
      { "10%", "数字经济核心产业增加值占地区生产总值比重", "达到" },
      { "15%", "战略性新兴产业增加值占地区生产总值比重", "达到" },
    }, pick("数字经济核心产业增加值、战略性新兴产业增加值占地区生产总值比重分别达到10%和15%。",
      "raw", "subject", "verb"))
    -- the numerator's head shared too: 增加值 of 服务业增加值
    assert.are.same({ "工业增加值占生产总值比重", "服务业增加值占生产总值比重" },
      pick("工业、服务业增加值占生产总值比重分别为35.2%和52.1%。", "subject"))
  end)

  it("takes no share from 占比, the share's own noun", function()
    assert.are.same({ "炼铁", "炼钢先进产能占比" }, pick("炼铁、炼钢先进产能占比分别达到64.3%、62.3%。", "subject"))
  end)
end)

describe("duixian.scan reads a 分别 opening its clause against the list of the clause before", function()
  it("gives each figure its item of the clause before", function()
    assert.are.same({ { "城镇居民人均可支配收入", "增长" }, { "农村居民人均可支配收入", "增长" } },
      pick("城镇和农村居民人均可支配收入稳步提高，分别增长4.5%和6.3%。", "subject", "verb"))
    assert.are.same({ "进出口总额", "实际使用外资" }, pick("进出口总额、实际使用外资较快增长，分别增长8.1%和6.5%。", "subject"))
    -- a clause of the noun phrase alone
    assert.are.same({ "城镇居民人均可支配收入", "农村居民人均纯收入" },
      pick("城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长8.3%和9.2%。", "subject"))
  end)

  it("gives each the head its clause writes before 分别", function()
    assert.are.same({ "高新技术企业数量", "科技型中小企业数量" },
      pick("高新技术企业和科技型中小企业快速增长，数量分别达到1.5万家和3万家。", "subject"))
    -- a head within the clause too: 增速
    assert.are.same({ "工业增速", "服务业增速" }, pick("工业、服务业增速分别为6%、5%。", "subject"))
  end)

  it("gives each figure the subject of its own figure before, in the clauses before", function()
    assert.are.same({ "城镇居民人均可支配收入", "农村居民人均纯收入", "城镇居民人均可支配收入", "农村居民人均纯收入" },
      pick("城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。",
        "subject"))
    assert.are.same({ "进出口总额", "出口", "进出口总额", "出口" },
      pick("进出口总额达4743亿美元，其中出口2492亿美元，分别比上年增长9%和7%。", "subject"))
  end)

  it("keeps a list before 分别 in its own clause", function()
    assert.are.same({ "规上工业增加值", "固定资产投资" },
      pick("经济平稳运行，规上工业增加值、固定资产投资分别增长7.1%、4.2%。", "subject"))
  end)
end)

describe("duixian.scan reads the unit a concentration is per before its figure", function()
  -- { text, subject, verb } of the one figure of text
  local cases = {
    { "细颗粒物浓度降至每立方米28微克。", "细颗粒物浓度", "降至" },
    { "细颗粒物平均浓度为每立方米30微克。", "细颗粒物平均浓度", "为" },
    { "细颗粒物平均浓度控制在每立方米30微克以内。", "细颗粒物平均浓度", "控制在" },
    -- a sum per person the same way
    { "残疾人两项补贴标准提高到每人100元。", "残疾人两项补贴标准", "提高到" },
  }
  for _, case in ipairs(cases) do
    it("finds the verb before 每 and keeps it out of the subject: " .. case[1], function()
      assert.are.same({ { case[2], case[3] } }, pick(case[1], "subject", "verb"))
    end)
  end

  it("keeps the unit whole", function()
    assert.are.same({ { 28, "μg/m3", "PM2.5平均浓度" } },
      pick("PM2.5平均浓度下降到每立方米28微克。", "value", "unit", "subject"))
  end)
end)

describe("duixian.scan keeps who acts out of the subject", function()
  it("takes the verb's object after a level of government", function()
    assert.are.same({ { "重大项目", "推进" } }, pick("自治区层面统筹推进重大项目2200个以上。", "subject", "verb"))
    assert.are.same({ { "融合举措", "发布" } }, pick("省级层面发布45条融合举措。", "subject", "verb"))
    -- the object after the figure when none stands before it
    assert.are.same({ "普通国道低等级路段升级" }, pick("省级统筹实施1000公里普通国道低等级路段升级改造。", "subject"))
  end)

  it("takes the object of what all levels of government did", function()
    assert.are.same({ { "幼儿园", "新建" } }, pick("全省各级政府新建幼儿园200所。", "subject", "verb"))
    assert.are.same({ { "用于民生", "投入" } }, pick("全市各级财政投入120亿元用于民生。", "subject", "verb"))
    -- but a noun phrase it opens keeps it
    assert.are.same({ "各级财政对城乡居民医保的补助标准" },
      pick("各级财政对城乡居民医保的补助标准提高到200元。", "subject"))
  end)

  it("keeps a level that modifies the noun counted", function()
    assert.are.same({ "省级财政资金" }, pick("统筹安排省级财政资金350亿元以上。", "subject"))
    assert.are.same({ "省级重点项目" }, pick("实施省级重点项目600个。", "subject"))
  end)
end)

describe("duixian.scan reads a 预计 over its clauses until a plan's words start", function()
  it("makes each figure after 预计 in its sentence an estimate", function()
    assert.are.same({ { "5.5%左右", "outcome", "2024", true }, { "3%", "outcome", "2024", true } },
      pick("一、2024年工作回顾\n预计全年地区生产总值增长5.5%左右，一般公共预算收入增长3%。",
        "raw", "kind", "period", "estimate"))
  end)

  it("stops at a clause that names the year planned with a word of planning", function()
    assert.are.same({ { "5.5%左右", "outcome", "2024", true }, { "6%", "target", "2025", false } },
      pick("一、2024年工作回顾\n预计全年地区生产总值增长5.5%左右，今年目标是增长6%。",
        "raw", "kind", "period", "estimate"))
    assert.are.same({ { "outcome", true }, { "target", false } },
      pick("预计去年地区生产总值增长5.5%左右，今年计划增长6%。", "kind", "estimate"))
  end)
end)
