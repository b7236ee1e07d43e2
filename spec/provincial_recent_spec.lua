-- Provincial work reports of the years after 2020 (issue: duixian is
-- measured on reports the corpus does not hold): the epidemic years'
-- wording, in short phrases of the kind those reports use, with the exact
-- reading expected. Their reviews set the year's growth beside the growth
-- over 2019 (比2019年增长, 两年平均增长).
local duixian = require "duixian"
local A = require "spec.audit_helper"

local REVIEW = { published = "2022-01-20", region = "甘肃省", kind = "work_report" }

-- "raw subject kind period" of each mention of text, read as the review of 2021.
local function read(text)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, REVIEW))) do
    out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.subject, m.kind, tostring(m.period))
  end
  return out
end

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

  it("meets the year's target with the year's growth, not the growth since 2019", function()
    local docs = A.pair("甘肃省", "2021-01-26", "2022-01-20")
    local got = {}
    for _, v in ipairs(A.audit_texts(docs, {
      "今年全省经济社会发展的主要预期目标是：一般公共预算收入增长6%；固定资产投资增长8%。",
      "一、2021年工作回顾\n一般公共预算收入1001.8亿元，增长14.5%，比2019年增长14.9%；固定资产投资增长11.1%，两年平均增长9.4%。" })) do
      got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.indicator, v.status, v.outcome and v.outcome.raw)
    end
    assert.are.same({ "6% fiscal_revenue_growth met 14.5%", "8% fixed_investment_growth met 11.1%" }, got)
  end)
end)
