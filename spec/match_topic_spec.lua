-- A figure with no subject of its own continues a topic named before it:
-- the clause before, a programme's name there, or its section's heading.
local A = require "spec.audit_helper"

-- The indicator, status and outcome of the one verdict of a plan and its review.
local function judged(plan, review)
  local vs = A.audit_texts(A.pair("安徽省", "2025-01-20", "2026-01-20"),
    { "二、2025年工作安排\n" .. plan, "一、2025年工作回顾\n" .. review })
  assert.are.equal(1, #vs)
  return { vs[1].indicator, vs[1].status, vs[1].outcome and vs[1].outcome.raw }
end

describe("duixian.audit reads the topic of a figure without a subject", function()
  it("from the section's heading", function()
    assert.are.same({ "affordable_housing", "met", "2.2万套" },
      judged("（三）加快保障性住房建设\n今年开工2万套。", "保障性住房开工2.2万套。"))
  end)

  it("from the thing inside a programme's name in the clause before", function()
    assert.are.same({ "old_compounds", "met", "1300个" },
      judged("实施城镇老旧小区改造工程，今年开工改造1200个。", "城镇老旧小区开工改造1300个。"))
    assert.are.same({ "affordable_housing", "met", "2.2万套" },
      judged("实施“保障性住房建设”工程，开工2万套。", "保障性住房开工2.2万套。"))
  end)

  it("from the thing of a programme named with several programme nouns (棚改攻坚计划)", function()
    assert.are.same({ "shantytown_renovation", "met", "6.2万套" },
      judged("启动新的三年棚改攻坚计划，今年开工5万套。", "棚户区住房改造开工6.2万套。"))
  end)

  it("from the topic sentence opening its paragraph, before the heading", function()
    assert.are.same({ "affordable_housing", "met", "2.2万套" },
      judged("（三）加强民生保障\n加快保障性住房建设。今年开工2万套。", "保障性住房开工2.2万套。"))
    -- a sentence of its own opening the paragraph has none
    assert.are.same({ nil, "not_reported", nil }, judged("（三）加强民生保障\n今年开工2万套。", "保障性住房开工2.2万套。"))
  end)

  it("not from a heading that names a year", function()
    assert.are.same({ nil, "not_reported", nil }, judged("今年开工2万套。", "保障性住房开工2.2万套。"))
  end)

  it("gives an attribute the things a count its verb acts on names (推进…12个重点项目建设，年内完成投资10亿元以上)", function()
    assert.are.same({ "12个 met 12个", "10亿元以上 met 10.8亿元" }, A.judged("周庄镇",
      "今年，全力推进古镇保护提升等12个重点项目建设，年内完成投资10亿元以上。",
      "过去一年，全年12个重点项目完成投资10.8亿元。"))
  end)
end)
