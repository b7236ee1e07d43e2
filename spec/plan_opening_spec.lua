-- A work report reviews before it plans: where its plan opens (a heading
-- of the plan, numbered or not, or 今年…主要预期目标是：) frames the figures no
-- heading frames, in a scan and in a stored database alike.
local duixian = require "duixian"
local meta = require "duixian.meta"

local REPORT_2025 = { published = "2025-01-20", region = "山东省", kind = "work_report" }

-- "raw kind period" of each mention of text.
local function read(text, given)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, given or REPORT_2025))) do
    out[#out + 1] = ("%s %s %s"):format(m.raw, m.kind, tostring(m.period))
  end
  return out
end

-- The line at byte offset at of text.
local function line_at(text, at) return at and text:sub(at):match("^[^\n]*") end

describe("where a work report's plan opens", function()
  it("is its first heading of a plan, numbered or not", function()
    local text = "政府工作报告\n各位代表：\n一、2024年工作回顾\n全省地区生产总值增长5.8%。\n二、2025年工作安排\n新增城镇就业4万人以上。\n"
    assert.are.equal("二、2025年工作安排", line_at(text, meta.plan_opening(text, "work_report")))
    text = "政府工作报告\n\n2024年工作回顾\n全省地区生产总值增长5.8%。\n\n2025年主要目标任务\n新增城镇就业4万人以上。\n"
    assert.are.equal("2025年主要目标任务", line_at(text, meta.plan_opening(text, "work_report")))
    -- spaces around it, the no-break space of a web page's blank line too
    text = "全省地区生产总值增长5.8%。\n\u{A0}\n\u{3000}\u{3000}对今年政府工作的建议 \n新增就业4万人。\n"
    assert.are.equal("对今年政府工作的建议 ", line_at(text, meta.plan_opening(text, "work_report")))
  end)

  it("is the phrase that opens the year's targets, where no heading says so", function()
    local text = "全省地区生产总值增长5.8%。\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    assert.are.equal("主要预期目标是：地区生产总值增长5%左右。", line_at(text, meta.plan_opening(text, "work_report")))
    text = "国内生产总值增长10.7%。\n今年国民经济和社会发展的主要目标是：国内生产总值增长8%左右。\n"
    assert.are.equal("发展的主要目标是：国内生产总值增长8%左右。", line_at(text, meta.plan_opening(text, "work_report")))
  end)

  it("is no line of a sentence, no title between quotes and no heading of a review", function()
    -- a title on a line of its own inside 《…》, as hard-wrapped reports set it
    local text = "五中全会通过的《\n中共中央关于制定第十个五年计划的建议\n》，提出了主要任务。\n"
      .. "一、过去五年工作回顾\n（一）经济实力跃上新台阶，主要目标任务全面完成\n全省地区生产总值增长5.8%。\n"
    assert.is_nil(meta.plan_opening(text, "work_report"))
    -- a plan carried out is a review's heading
    assert.is_nil(meta.plan_opening("各位代表：\n主要目标任务圆满完成\n全省地区生产总值增长5.8%。\n", "work_report"))
    assert.is_nil(meta.plan_opening("各位代表：\n圆满完成全年目标任务\n全省地区生产总值增长5.8%。\n", "work_report"))
    -- how the targets went is a review's heading
    assert.is_nil(meta.plan_opening("一、主要目标任务完成情况\n全省地区生产总值增长5.8%。\n", "work_report"))
    -- a heading of the review and the plan at once opens the plan: its last word is a plan's
    text = "全省地区生产总值增长5.8%。\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
    assert.are.equal("二、“十四五”时期发展成就和“十五五”时期主要目标任务", line_at(text, meta.plan_opening(text, "work_report")))
  end)

  it("is asked of work reports only", function()
    local text = "一、2024年工作回顾\n二、2025年工作安排\n"
    assert.is_nil(meta.plan_opening(text, "news"))
    assert.is_nil(meta.plan_opening(text, "statistics"))
  end)
end)

describe("a work report whose headings are unnumbered or lost", function()
  -- the same report three ways: numbered headings, unnumbered ones, none
  local BODY_REVIEW = "全省地区生产总值增长5.8%。新增全国重点实验室15家、总数达23家。\n"
    .. "便捷超充行动计划顺利完成，全年新能源汽车产量达到129.6万辆。\n"
    .. "争取中央预算内投资118.5亿元。\n"
  local BODY_PLAN = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n新增城镇就业11万人以上。\n"
  local WANT = { "5.8% outcome 2024", "15家 outcome 2024", "23家 outcome 2024", "129.6万辆 outcome 2024",
    "118.5亿元 outcome 2024", "5%左右 target 2025", "11万人以上 target 2025" }

  it("reviews before its plan opens and plans after, as a numbered one does", function()
    assert.are.same(WANT, read("一、2024年工作回顾\n" .. BODY_REVIEW .. "二、2025年工作安排\n" .. BODY_PLAN))
    assert.are.same(WANT, read("2024年工作回顾\n" .. BODY_REVIEW .. "2025年工作安排\n" .. BODY_PLAN))
    assert.are.same(WANT, read("各位代表：\n" .. BODY_REVIEW .. BODY_PLAN))
    -- a subheading's words say less than where it stands (目标 in a review's)
    assert.are.same(WANT, read("2024年工作回顾\n（二）锚定封关运作目标，自贸港建设扎实推进。\n" .. BODY_REVIEW
      .. "2025年工作安排\n" .. BODY_PLAN))
  end)

  it("reads no time word of the review (过去一年，…) into the plan, past where it opens", function()
    local text = "各位代表：\n过去一年，国内生产总值增长9.2%。\n（一）加强和改善宏观调控\n城镇新增就业1221万人。\n"
      .. "今年经济社会发展的主要预期目标是：\n国内生产总值增长7.5%；城镇新增就业900万人以上。\n"
    assert.are.same({ "9.2% outcome 2011", "1221万人 outcome 2011", "7.5% target 2012", "900万人以上 target 2012" },
      read(text, { published = "2012-03-05", region = "中华人民共和国", kind = "work_report" }))
  end)

  it("reads a thing done (已) in the plan's part as a result, where no heading frames it", function()
    assert.are.same({ "5.8% outcome 2024", "12% outcome 2024", "4万人 target 2025" },
      read("各位代表：\n全省地区生产总值增长5.8%。\n今年经济社会发展的主要预期目标是：\n关税总水平已降到12%。新增城镇就业4万人。\n"))
  end)

  it("keeps what the words say over where it stands (今年要…, 比上年 in a plan)", function()
    assert.are.same({ "5% target 2025", "5.8% outcome 2024", "4万人以上 target 2025" },
      read("今年要实现生产总值增长5%。去年全省地区生产总值增长5.8%。\n2025年工作安排\n新增城镇就业4万人以上。\n"))
  end)

  it("is read the same from a database, after a refresh too", function()
    local text = "2024年工作回顾\n" .. BODY_REVIEW .. "2025年工作安排\n" .. BODY_PLAN
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(text, { published = "2025-01-20", region = "山东省", kind = "work_report", file = "a.txt" }))
    local function kinds()
      local out = {}
      for m in db:mentions() do out[#out + 1] = ("%s %s %s"):format(m.raw, m.kind, m.period) end
      return out
    end
    assert.are.same(WANT, kinds())
    local opens = db:first("SELECT plan_opens FROM documents").plan_opens
    assert.are.equal("2025年工作安排", line_at(text, opens))
    -- a database written before the plan's opening was kept: the refresh
    -- finds it again from the stored text
    assert(db:exec("UPDATE derivations SET digest = 'old'; UPDATE mentions SET kind = 'other'; "
      .. "UPDATE documents SET plan_opens = NULL"))
    assert(db:refresh())
    assert.are.equal(opens, db:first("SELECT plan_opens FROM documents").plan_opens)
    assert.are.same(WANT, kinds())
    db:close()
  end)
end)
