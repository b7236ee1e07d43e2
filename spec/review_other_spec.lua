-- Figures that are no target and no outcome, found on reports with no gold
-- (issue: right on any region's reports): a rank bracket (前1%) and the count
-- of the members a share is taken over. Each with a short real phrase and
-- its exact expected reading.
local duixian = require "duixian"

local PROVINCE_2025 = { published = "2025-01-20", region = "河南省", kind = "work_report" }

-- "raw kind period other_reason" of each mention of text in a 2025 provincial report.
local function read(text)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, PROVINCE_2025))) do
    out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.kind, tostring(m.period), tostring(m.other_reason))
  end
  return out
end

local BRACKET = "a rank bracket (进入全球前1%): names a class of the ranked, not a share of the region"
local BASE = "counts the members a share is taken over (74个国控断面…比例100%): the share is the figure"

describe("a rank bracket", function()
  it("is no share of the region (进入ESI全球前1%, 排名前1%)", function()
    assert.are.same({ "92个 outcome 2024 nil", "1% other 2024 " .. BRACKET },
      read("过去一年，92个学科进入ESI全球前1%。"))
    assert.are.same({ "80个 outcome 2024 nil", "1% other 2024 " .. BRACKET },
      read("过去一年，80个学科进入ESI世界学科排名前1%。"))
    -- a share that ends no bracket is the region's
    assert.are.same({ "1% outcome 2024 nil" }, read("过去一年，全省城镇调查失业率下降1%。"))
  end)
end)

describe("the count a share is taken over", function()
  it("is the share's base, no figure (160个国控断面中…占比86.1%)", function()
    assert.are.same({ "160个 other 2024 " .. BASE, "86.1% outcome 2024 nil" },
      read("过去一年，生态持续改善。全省160个国控断面中I类及以上水质占比86.1%。"))
    assert.are.same({ "74个 other 2024 " .. BASE, "100% outcome 2024 nil" },
      read("过去一年，生态持续改善，74个国控断面水质优良比例达到100%。"))
    -- a count of things done, with a share in another clause, is the region's
    assert.are.same({ "1195个 outcome 2024 nil", "90% outcome 2024 nil" },
      read("过去一年，改造城镇老旧小区1195个，生活垃圾分类覆盖率达到90%。"))
  end)
end)

describe("a part's share of a larger whole", function()
  it("keeps the count of the part (45个重点开发区…占全省开发区的比重达84%)", function()
    assert.are.same({ "45个 outcome 2024 nil", "84% outcome 2024 nil" },
      read("过去一年，45个重点开发区规模以上工业总产值占全省开发区的比重达84%。"))
  end)
end)

describe("a streak counted with 个", function()
  it("is the size of the field a rank is taken in (在12个盟市中排名第3位)", function()
    local ms = assert(duixian.scan("一、2024年工作回顾\n地区生产总值增速在12个盟市中排名第3位。",
      { published = "2025-01-20", region = "锡林郭勒盟", kind = "work_report" }))
    assert.are.same({ "12个", "other", "第3位", "outcome" }, { ms[1].raw, ms[1].kind, ms[2].raw, ms[2].kind })
  end)

  it("is no field of a rank where 中 opens another word (集中居住)", function()
    local ms = assert(duixian.scan("二、2025年工作安排\n今年将引导3000户农民集中居住。",
      { published = "2025-01-20", region = "江苏省", kind = "work_report" }))
    assert.are.same({ "3000户", "target" }, { ms[1].raw, ms[1].kind })
  end)

  it("is how many times in a row (连续33个榨季, 连续5个季度)", function()
    local STREAK = "how many times in a row (连续5次), not a figure of the year"
    assert.are.same({ "33个 other 2024 " .. STREAK, "第一 outcome 2024 nil" },
      read("过去一年，食糖产量连续33个榨季排全国第一。"))
    assert.are.same({ "5个 other 2024 " .. STREAK, "9.6% outcome 2024 nil" },
      read("过去一年，治理电信网络诈骗成效连续5个季度居全国前列，信访总量下降9.6%。"))
  end)
end)
