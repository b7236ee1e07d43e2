-- Classes of review prose found on reports with no gold (issue: right on
-- any region's reports): a count of things that came about one by one is
-- summed over the span a review covers, a year's total is its last year's,
-- and a year that ends a comparison frames no paragraph. Each with a short
-- real phrase and its exact expected reading.
local duixian = require "duixian"

local PROVINCE_2026 = { published = "2026-01-28", region = "湖北省", kind = "work_report" }
local REVIEW = "一、“十四五”时期和2025年工作回顾\n“十四五”时期是极不平凡的五年。\n"

-- "raw kind period" of each mention of text in a 2026 provincial report,
-- or in the document meta describes.
local function read(text, meta)
  local out = {}
  for _, m in ipairs(assert(duixian.scan(text, meta or PROVINCE_2026))) do
    out[#out + 1] = ("%s %s %s"):format(m.raw, m.kind, tostring(m.period))
  end
  return out
end

describe("a review of a span", function()
  it("sums counts whose verb follows the noun counted (5条高铁建成运营, 6个遗址入选)", function()
    assert.are.same({ "5条 outcome 2021-2025", "1.1万个 outcome 2021-2025" },
      read(REVIEW .. "——交通提升。5条高铁建成运营，1.1万个重大产业项目投产达效。"))
    assert.are.same({ "6个 outcome 2021-2025", "12部 outcome 2021-2025" },
      read(REVIEW .. "——文化繁荣。6个遗址入选“中国百年百大考古发现”，12部文艺作品获得“五个一工程”奖。"))
    -- a verb of the next clause says nothing of the count: a level at the end
    assert.are.same({ "1.28万家 outcome 2025" },
      read(REVIEW .. "——科技提升。国家高新技术企业1.28万家，一批成果获批上市。"))
  end)

  it("sums people moved or settled one by one (实现易地搬迁, 成为城镇居民)", function()
    assert.are.same({ "98万 outcome 2021-2025", "12万 outcome 2021-2025" },
      read(REVIEW .. "——城镇化提速。98万农业转移人口成为城镇居民，12万贫困人口实现易地搬迁。"))
  end)

  it("sums counts of things set up, raised or passed (新设, 筹集, 提请审议, 制定)", function()
    assert.are.same({ "10.1万家 outcome 2021-2025", "30.3万套 outcome 2021-2025" },
      read(REVIEW .. "——开放扩大。自贸试验区新设企业10.1万家，筹集保障性租赁住房30.3万套。"))
    assert.are.same({ "41件 outcome 2021-2025", "72部 outcome 2021-2025" },
      read(REVIEW .. "——政府建设加强。提请省人大常委会审议地方性法规草案41件，制定、修改、废止省政府规章72部。"))
  end)

  it("counts thresholds crossed one after another over the span, of a stock too (连跨4个万亿元台阶)", function()
    assert.are.same({ "4个 outcome 2021-2025", "万亿元 other 2025" },
      read(REVIEW .. "——金融支撑增强。人民币存款、贷款余额连跨4个万亿元台阶。"))
  end)

  it("reads a year's total with no verb (财政总收入, 进出口总值) as the last year's", function()
    assert.are.same({ "6.66万亿元 outcome 2025", "7019亿元 outcome 2025", "9356.7亿元 outcome 2025" },
      read(REVIEW .. "——经济实力提升。生产总值6.66万亿元，财政总收入7019亿元，进出口总值9356.7亿元。"))
  end)
end)

describe("a year that ends a comparison", function()
  it("dates its change and frames no sentence after it (2025年…较2020年提高)", function()
    assert.are.same({ "约14个百分点 outcome 2021-2025", "2个 outcome 2021-2025", "600场 outcome 2021-2025" },
      read(REVIEW .. "产业结构持续优化。\n2025年四大主导产业占GDP比重较2020年提高约14个百分点。"
        .. "旅游业提质升级，新增国家级旅游度假区2个，累计举办大型旅游、演艺、体育赛事活动600场。"))
    -- fronted as a clause of its own (2025年，…), the year frames its paragraph
    assert.are.same({ "约14个百分点 outcome 2021-2025", "2个 outcome 2025" },
      read(REVIEW .. "产业结构持续优化。\n2025年，四大主导产业占GDP比重较2020年提高约14个百分点。"
        .. "旅游业提质升级，新增国家级旅游度假区2个。"))
  end)

  it("is compared with after 快于 or 高于, dating the gap to the later period (快于2024年1.8个百分点)", function()
    assert.are.same({ "4% outcome 2025", "1.8个百分点 outcome 2025", "3.4个 outcome 2025", "1个百分点 outcome 2025" },
      read("刚刚过去的2025年，我们坚定推进转型发展。全年GDP增长4%，快于2024年1.8个百分点，"
        .. "投资、消费增速分别快于全国3.4个、1个百分点。"))
    assert.are.same({ "4.5% outcome 2021-2025", "1.2个百分点 outcome 2021-2025" },
      read(REVIEW .. "地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。"))
  end)

  it("ends a span run from an earlier year, no frame after it (从2020年的…提高到2025年的…)", function()
    assert.are.same({ "5.2万元 outcome 2020", "7.4万元 outcome 2025", "4767公里 outcome 2021-2025",
      "1万余个 outcome 2021-2025" },
      read(REVIEW .. "——经济运行稳中有进。人均GDP从2020年的5.2万元提高到2025年的7.4万元。\n"
        .. "——城乡面貌显著改善。新建改造城市道路4767公里。改造老旧小区1万余个。"))
  end)
end)

describe("a part given after its total (其中)", function()
  it("is of the total's period (累计推出259项…，其中56项; 净增经营主体242.8万户，其中企业57.5万户)", function()
    assert.are.same({ "259项 outcome 2021-2025", "56项 outcome 2021-2025", "242.8万户 outcome 2021-2025",
      "57.5万户 outcome 2021-2025" },
      read(REVIEW .. "自贸试验区累计推出259项制度创新成果，其中56项为全国首创。净增经营主体242.8万户，其中企业57.5万户。"))
    -- a time word of its own keeps its year (其中去年超收2573亿元)
    assert.are.same({ "2040亿元 outcome 2021-2024", "2573亿元 outcome 2025" },
      read(REVIEW .. "从2021年到2024年年均超收2040亿元，其中去年超收2573亿元。"))
  end)

  it("is of the total's period for every part after one 其中, not the first alone", function()
    assert.are.same({ "242.8万户 outcome 2021-2025", "57.5万户 outcome 2021-2025", "180万户 outcome 2021-2025" },
      read(REVIEW .. "净增经营主体242.8万户，其中企业57.5万户、个体工商户180万户。"))
  end)
end)

describe("a time word naming the window of a record", function()
  local YEAR_REVIEW = "一、2025年工作回顾\n"
  it("dates no figure (创近三年新高, 1985年以来最高)", function()
    assert.are.same({ "30.5万人 outcome 2025", "1.1个百分点 outcome 2025" },
      read(YEAR_REVIEW .. "新增城镇常住人口30.5万人，城镇化率提高1.1个百分点、创近三年新高。"))
    assert.are.same({ "1680元 outcome 2025", "5700多万人 outcome 2025" },
      read(YEAR_REVIEW .. "农村居民人均纯收入实际增速为1985年以来最高；连续第7年提高企业退休人员基本养老金，"
        .. "全年人均增加1680元，5700多万人受益。"))
    -- a year's own peak (由2019年最高位的9.9%降至2.7%) is that year's
    assert.are.same({ "9.9% outcome 2019", "2.7% outcome 2025" },
      read(YEAR_REVIEW .. "全省不良贷款率由2019年最高位的9.9%降至2.7%。"))
  end)
end)

describe("a year set beside 与 and compared (与去年持平)", function()
  it("is a baseline, which frames neither its own clause nor the list's clauses after it", function()
    local plan = "三、2026年主要目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；"
      .. "固定资产投资增长与去年持平；社会消费品零售总额增长5%左右。"
    assert.are.same({ "5.5%左右 target 2026", "持平 target 2026", "5%左右 target 2026" }, read(plan))
  end)
end)

describe("the year planned, named in a review section", function()
  it("is a promise with a committing modal (今年…将达305亿元), a result without", function()
    assert.are.same({ "30% outcome 2025", "305亿元 target 2026" },
      read(REVIEW .. "试点地区农民负担平均减轻30%。今年省财政用于支持这项改革的资金将达305亿元。"))
  end)
end)

describe("time words of the last years", function()
  local JILIN = { published = "2026-01-28", region = "吉林省", kind = "work_report" }
  local function period_of(text)
    local out = {}
    for _, m in ipairs(assert(duixian.scan(text, JILIN))) do out[#out + 1] = m.raw .. " " .. tostring(m.period) end
    return out
  end

  it("reads 近3年 as the three years reviewed, in its own clause", function()
    assert.are.same({ "66.25% 2025", "21个百分点 2023-2025", "0.28个百分点 2025" },
      period_of("一、2025年工作回顾\n建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点。"))
  end)

  it("reads 近两年 and 两年来 as the two years reviewed, 这一年 as the year", function()
    local national = { published = "2000-03-05", region = "全国", kind = "work_report" }
    local ms = assert(duixian.scan("两年来通过财政向银行发行2100亿元长期国债。", national))
    assert.are.same({ "outcome", "1998-1999" }, { ms[1].kind, ms[1].period })
    assert.are.same({ "2.68万户 2024-2025" }, period_of("近两年，新增经营主体2.68万户。"))
    assert.are.same({ "2.68万户 2025" }, period_of("这一年，我们迎难而上，新增经营主体2.68万户。"))
  end)
end)

describe("a count of indicators", function()
  it("is no figure of the region (五大类24个主要指标, 其中预期性指标19项), but a station named so is", function()
    local function kinds(text)
      local out = {}
      for _, m in ipairs(assert(duixian.scan(text, PROVINCE_2026))) do out[#out + 1] = m.raw .. " " .. m.kind end
      return out
    end
    assert.are.same({ "24个 other", "5%左右 target", "16个 other" },
      kinds("《纲要草案》设定了今后五年五大类24个主要指标，包括地区生产总值年均增长5%左右，"
        .. "居民人均可支配收入增长与经济增长同步等16个预期性指标。"))
    assert.are.same({ "28项 other", "19项 other", "9项 other" },
      kinds("以上共计28项指标，其中预期性指标19项、约束性指标9项。"))
    assert.are.same({ "5个 target" }, kinds("新建5个指标监测站。"))
    local ms = assert(duixian.scan("以上共计28项指标。", PROVINCE_2026))
    assert.are.equal("counts indicators (24个主要指标): describes a plan or an evaluation, no figure of the region",
      ms[1].other_reason)
  end)
end)

describe("a span so far, and the headings it frames", function()
  -- a county's report of January 2025, which reviews 2024, in the fourth
  -- year of the 14th plan
  local COUNTY_2025 = { published = "2025-01-16", region = "某县", kind = "work_report" }
  local SECTION = "“十四五”以来，全县地区生产总值年均增长6.5%。\n（一）产业转型。新增规上工业企业86家。\n"
  local function read_2025(text) return read(text, COUNTY_2025) end

  it("ends a plan's span so far (“十四五”以来) with the year reviewed, not the plan's last", function()
    assert.are.same({ "6.5% outcome 2021-2024", "86家 outcome 2021-2024" },
      read_2025("一、工作回顾\n" .. SECTION))
    -- a report of 2026 reviews the plan's last year: the whole plan
    assert.are.same({ "6.5% outcome 2021-2025" },
      read("一、工作回顾\n“十四五”以来，全省地区生产总值年均增长6.5%。\n"))
  end)

  it("lets a heading naming a year of its own frame the subsections, not the span opening the section", function()
    assert.are.same({ "6.5% outcome 2021-2024", "86家 outcome 2024" },
      read_2025("一、过去一年工作回顾\n" .. SECTION))
    assert.are.same({ "6.5% outcome 2021-2024", "86家 outcome 2024" },
      read_2025("一、2024年工作回顾\n" .. SECTION))
  end)

  it("lets a heading naming a year frame the paragraphs after a span its own section looks back on", function()
    -- a look-back in the plan's section dates its paragraph, not the tasks after it
    assert.are.same({ "5.2% outcome 2021-2024", "400家 target 2025" },
      read_2025("二、2025年目标任务\n回顾“十四五”以来，全县地区生产总值年均增长5.2%。\n"
        .. "重点抓好以下工作：新增高新技术企业400家。\n"))
    -- and in the review of a year, the paragraphs after a span are that year's
    assert.are.same({ "6.5% outcome 2021-2024", "86家 outcome 2024" },
      read_2025("一、2024年工作回顾\n“十四五”以来，全县地区生产总值年均增长6.5%。\n新增规上工业企业86家。\n"))
  end)

  it("lets a span the heading names too frame every subsection", function()
    assert.are.same({ "6.5% outcome 2020-2024", "86家 outcome 2020-2024" },
      read_2025("一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.5%。\n（一）产业转型。新增规上工业企业86家。\n"))
  end)

  it("lets a year inside the heading's span, opening the paragraph before the subsections, frame them", function()
    assert.are.same({ "6.5% outcome 2020-2024", "86家 outcome 2024" },
      read_2025("一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.5%。\n2024年，面对复杂严峻的外部环境，"
        .. "全县经济稳中向好。\n（一）产业转型。新增规上工业企业86家。\n"))
  end)
end)

describe("a year that dates the making of a class of things (2000年底前建成的)", function()
  it("dates no figure, and frames no clause after it", function()
    assert.are.same({ "1.2万个 target 2021", "6万个 target 2021" },
      read("二、2021年工作安排\n完成2000年底前建成的城镇老旧小区改造1.2万个，新增普惠性托位6万个。\n",
        { published = "2021-01-25", region = "广东省", kind = "work_report" }))
    -- but a year whose 的 comes after the figure dates it (比2020年增长5%的目标)
    assert.are.same({ "5% target 2021-2025" }, read("二、2021年工作安排\n到2025年，全省粮食产量比2020年增长5%的目标要确保实现。\n",
      { published = "2021-01-25", region = "广东省", kind = "work_report" }))
  end)
end)

describe("a bare count of years after a time of the past (“十三五”以来，…五年累计…)", function()
  it("counts back from the frame, in a plan too", function()
    assert.are.same({ "400万人以上 outcome 2016-2020" },
      read("“十三五”以来，全省经济实力大幅跃升，五年累计新增城镇就业400万人以上。\n",
        { published = "2021-02-01", region = "广东省", kind = "work_report" }))
    -- with none, a plan's five years are its own
    assert.are.same({ "500万人以上 target 2021-2025" },
      read("二、今后五年主要目标\n五年累计新增城镇就业500万人以上。\n",
        { published = "2021-02-01", region = "广东省", kind = "work_report" }))
  end)
end)

describe("a date after the year planned (于2025年1月底前…报告)", function()
  it("names when a thing is due, and frames no paragraph after it", function()
    assert.are.same({ "12个 target 2024", "20个 target 2024" },
      read("项目完成情况于2025年1月底前向市人大常委会专题报告。\n改造城镇老旧小区12个。\n新建口袋公园20个。\n",
        { published = "2024-02-06", region = "温州市", kind = "other" }))
  end)
end)

describe("a figure set against its target (低于年初预期目标1.1个百分点)", function()
  it("is a result, and so is its gap, with no heading to say so", function()
    assert.are.same({ "3.9% outcome 2025", "1.1个百分点 outcome 2025", "1.2% outcome 2025", "1.8个百分点 outcome 2025" },
      read("地区生产总值增长3.9%，低于年初预期目标1.1个百分点；一般公共预算收入增长1.2%，比预期低1.8个百分点。\n",
        { published = "2026-01-25", region = "广东省", kind = "work_report" }))
    -- a comparison with no target named plans
    assert.are.same({ "5%左右 target 2026" }, read("二、2026年工作安排\n地区生产总值增长5%左右，增速高于全国平均水平。\n",
      { published = "2026-01-25", region = "广东省", kind = "work_report" }))
  end)
end)

describe("a year of one value in a span's sentence", function()
  it("dates that value, and the frame before it (“十三五”以来) the clauses after", function()
    assert.are.same({ "2912亿元 outcome 2015", "3748亿元 outcome 2019", "7.1% outcome 2016-2019",
      "55.9万人 outcome 2016-2019", "14.5% outcome 2015", "0.47% outcome 2019" },
      read("一、2019年工作回顾\n“十三五”以来，全区地区生产总值由2015年的2912亿元增加到2019年的3748亿元，年均增长7.1%；"
        .. "累计减少农村贫困人口55.9万人，贫困发生率由14.5%降至0.47%。\n",
        { published = "2020-01-15", region = "宁夏回族自治区", kind = "work_report" }))
  end)
end)

describe("a plan over years", function()
  it("promises a flow and an average over the plan's years, and a level for its last", function()
    local got = read("二、“十四五”时期发展目标\n力争到2025年全县地区生产总值突破400亿元，" ..
      "年均增长7.5%左右，城镇化率达到52%，累计新增城镇就业2万人。\n",
      { published = "2021-01-20", region = "四川省南充市仪陇县", kind = "work_report" })
    assert.are.same({ "突破400亿元 target 2025", "7.5%左右 target 2021-2025", "52% target 2025",
      "2万人 target 2021-2025" },
      got)
  end)
end)
