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

-- "raw kind" of each mention of text in a 2026 provincial report.
local function reading(text)
  local _, ms = read(text)
  local out = {}
  for _, m in ipairs(ms) do out[#out + 1] = m.raw .. " " .. m.kind end
  return out
end

describe("kind and period without headings to lean on", function()
  it("reads a comparison with the year before as a result", function()
    assert.are.same({ "8.4% outcome 2025" }, (read("全省规上工业增加值同比增长8.4%。")))
  end)

  it("reads a verb of receiving as what came, unless a plan's modality governs it", function()
    local news = { published = "2022-03-20", region = "聊城市", kind = "news" }
    assert.are.same({ "77.9亿元 outcome 2022" }, (read("今年聊城市获得第一批专项债77.9亿元。", news)))
    assert.are.same({ "100亿元 target 2022" }, (read("今年争取获得专项债100亿元。", news)))
  end)

  it("reads the value a promised change starts from (由1.2万家增加到1.5万家) as the level the year reviewed ended with", function()
    assert.are.same({ "1.2万家 outcome 2025", "1.5万家 target 2026" },
      (read("力争高新技术企业由1.2万家增加到1.5万家。")))
    -- or of the year it names
    assert.are.same({ "55% outcome 2020", "65% target 2030" },
      (read("二、“十五五”时期主要目标任务\n到2030年，常住人口城镇化率由2020年的55%提高到65%。")))
  end)

  it("takes no year a word ends with for a year compared with (全面参与2026年全运会)", function()
    assert.are.same({ "10% target 2026" }, (read("全面参与2026年全国运动会筹备，全年接待游客增长10%。")))
  end)

  it("goes on, in a story with no headings, in the kind its paragraph's figures have had", function()
    local news = { published = "2024-01-18", region = "聊城市", kind = "news" }
    assert.are.same({ "3012.5亿元 outcome 2023", "4.1% outcome 2023", "500个 target 2024", "2800亿元 target 2024" },
      (read("记者从市统计局获悉，2023年全市地区生产总值达到3012.5亿元。其中，第一产业增加值增长4.1%。\n"
        .. "今年，我市将继续加大投资力度，计划实施重点项目500个。总投资2800亿元。", news)))
  end)

  it("dates what a story's recent event brought (日前, 此次) to the year it was published", function()
    local news = { published = "2024-01-16", region = "聊城市", kind = "news" }
    assert.are.same({ "9套 outcome 2024", "30个 outcome 2024" },
      (read("日前，度假区开展集中清理整治非法捕捞行动。此次行动，共收缴地笼9套、粘网30个。", news)))
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

  it("keeps the frame of a section in its subsections, not a weak modal's (争取, 计划) or 要 inside a word", function()
    local meta = { published = "2025-01-13", region = "福建省", kind = "work_report" }
    assert.are.same({ "超600项 outcome 2024", "118.5亿元 outcome 2024", "71.8% outcome 2024" },
      (read("一、牢记殷殷嘱托，在接续奋斗中取得新成绩\n一年来，我们坚持稳中求进。\n（一）筑牢实体根基\n" ..
        "强化企业主体地位，企业参与省级科技计划项目超600项。\n（二）深化改革开放\n争取中央预算内投资118.5亿元。\n" ..
        "以县城为重要载体，城镇化率达71.8%。", meta)))
    -- a commitment still overrides the frame
    assert.are.same({ "30所 target 2025" }, (read("一、牢记嘱托\n一年来，我们稳中求进。\n（一）教育\n全省还将新建学校30所。", meta)))
  end)

  it("counts 今年 and 明年 from the year of publication, in December too", function()
    local december = { published = "2022-12-30", region = "聊城市", kind = "news" }
    assert.are.same({ "8% outcome 2022", "6% target 2023" },
      (read("今年全市生产总值比上年增长8%。明年全市生产总值增长6%。", december)))
  end)

  it("dates a value a change starts from at the first year of a span said from point to point (2020年到2025年)", function()
    local meta = { published = "2026-01-25", region = "贵州省", kind = "work_report" }
    local head = "一、“十四五”时期工作回顾\n"
    assert.are.same({ "17.9% outcome 2020", "35.5% outcome 2025" },
      (read(head .. "2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。", meta)))
    -- the years themselves (2021—2025年): the value before them
    assert.are.same({ "17.9% outcome 2020", "35.5% outcome 2025" },
      (read(head .. "2021—2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。", meta)))
  end)

  it("reads 新的一年 as the year the report plans, whatever its month", function()
    local january = { published = "2024-01-10", region = "某县", kind = "work_report" }
    assert.are.same({ "6.2% outcome 2023", "3000人 target 2024" },
      (read("过去一年，全县地区生产总值增长6.2%。\n新的一年，城镇新增就业3000人。", january)))
    local december = { published = "2023-12-28", region = "某县", kind = "work_report" }
    assert.are.same({ "3000人 target 2024" }, (read("新的一年，城镇新增就业3000人。", december)))
  end)

  it("reads an annual average in a five-year review as a rate over the span", function()
    assert.are.same({ "超过70万人 outcome 2021-2025" }, (read("五年来，城镇新增就业年均超过70万人。")))
  end)

  it("dates a bound kept over a span (控制在, like 稳定在) to the span, not to its last year", function()
    assert.are.same({ "控制在3%以内 outcome 2021-2025", "67.5% outcome 2025" },
      (read("过去五年，我们砥砺奋进。\n财政赤字率控制在3%以内。城镇化率达到67.5%。")))
    -- the year's own figure, in a one-year review, stays the year's
    assert.are.same({ "控制在5.5%以内 outcome 2025" }, (read("2025年，城镇调查失业率控制在5.5%以内。")))
  end)

  it("dates an annual average to a span, never to its last year", function()
    assert.are.same({ "4.5% outcome 2021-2025" },
      (read("一、2025年及“十四五”时期工作回顾\n一般公共预算收入年均增长4.5%。")))
    assert.are.same({ "5% target 2026-2030" }, (read("今后五年，力争地区生产总值年均增长5%。")))
  end)

  it("sums the span for a count of things done (留省就业), and dates a level to its end", function()
    assert.are.same({ "超过66万人 outcome 2021-2025", "96.9% outcome 2025" },
      (read("“十四五”时期是攻坚克难的五年。这五年，民生福祉持续增进。\n高校毕业生留省就业超过66万人。高中阶段毛入学率达到96.9%。")))
  end)

  it("dates the starting value of a change in a year to the year before, unless a part of the year names it", function()
    assert.are.same({ "5.5% outcome 2024", "5.3% outcome 2025" },
      (read("2025年，年末城镇调查失业率从5.5%降到5.3%。")))
    -- the first half of the year itself (year_parts_spec)
    assert.are.same({ "5.5% outcome 2025", "5.3% outcome 2025" },
      (read("2025年，年末城镇调查失业率从上半年5.5%降到5.3%。")))
  end)
end)

describe("subjects", function()
  it("leaves a list item's marker (一是, 十四是) out of the subject", function()
    local _, ms = read("一是发行长期国债1000亿元。十四是免费送戏下乡1万场。")
    assert.are.same({ "长期国债", "免费送戏下乡" }, { ms[1].subject, ms[2].subject })
  end)

  it("keeps the subject of a list item that opens with a verb relating it (、稳居全国前十强、增长4.8%)", function()
    local _, ms = read("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。研发经费投入增长25%、投入强度提升至1.4%。"
      .. "农产品加工业营收增长8%、增加值增长6%。")
    assert.are.same({ "地区生产总值", "地区生产总值", "研发经费投入", "投入强度", "农产品加工业营收", "增加值" },
      { ms[1].subject, ms[2].subject, ms[3].subject, ms[4].subject, ms[5].subject, ms[6].subject })
  end)

  it("ends a verb run where a head noun opening with a verb starts (惠及居民, not 惠及居)", function()
    local _, ms = read("改造老旧小区2187个，惠及居民约21万户。进出口总额增速居全国第5位。")
    assert.are.same({ "惠及", "居民" }, { ms[2].verb, ms[2].subject })
    assert.are.same("增速居", ms[3].verb)
  end)
end)

describe("the scanner on list items, lone magnitudes and unclosed quotes", function()
  it("gives a list item that opens with its own verb that verb (增加11个、达到25个)", function()
    local _, ms = read("一、“十四五”时期工作回顾\n通用机场增加11个、达到25个。\n")
    assert.are.same({ "增加", "达到" }, { ms[1].verb, ms[2].verb })
    assert.are.same({ "2021-2025", "2025" }, { ms[1].period, ms[2].period })
  end)

  it("reads a lone 万 bounded after its classifier (万名以上) as ten thousand, not 千家万户", function()
    local _, ms = read("今年新增优质特色普通高中招生计划万名以上，惠及千家万户。")
    assert.are.same({ "万名以上 10000 person >=" }, { ms[1].raw .. " " .. ms[1].value .. " " .. ms[1].unit .. " " .. ms[1].cmp })
    assert.are.equal(1, #ms)
  end)

  local function figures(text)
    local _, ms = read(text)
    local out = {}
    for _, m in ipairs(ms) do out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.value, m.unit, m.cmp) end
    return out
  end

  it("reads 前N位 after a rank frame, ending its clause, as a rank at or above the Nth", function()
    assert.are.same({ "前8位 8 rank <=" }, figures("人均GDP进入全国前8位。"))
    assert.are.same({ "100位 100 位 =", "1万亿元 1000000000000 CNY =" }, figures("排名前100位的民营企业营收达到1万亿元。"))
  end)

  it("reads tenths (近八成) as a percentage, but not 成 opening a word (百亿成长, 一成不变) or after a large number", function()
    assert.are.same({ "近八成 80 % ~", "三成以上 30 % >=" },
      figures("财政支出近八成投向民生，三成以上企业满意，推动百亿成长，一成不变。"))
    assert.are.same({ "30万人次 300000 person-time =" }, figures("园区产值突破千亿成全省首个，2025成都世运会期间接待游客30万人次。"))
  end)

  it("reads an area of crops or land worked, and power built, as an amount (1500万亩小麦, 1.19亿亩次)", function()
    assert.are.same({ "1500万亩 target", "2000万亩 target", "700万千瓦 target", "1.19亿亩次 target" },
      reading("建设1500万亩小麦、2000万亩玉米高产示范区，布局建设700万千瓦新型储能项目，实施保护性耕作1.19亿亩次。"))
    assert.are.same({ "60万吨 other" }, reading("推动60万吨赖氨酸等项目释放产能。"))
  end)

  it("counts things whose name opens with a numeral (4个一类创新药), not slogans counting by one (三个一批)", function()
    assert.are.same({ "4个 4 个 =", "2个 2 个 =" }, figures("4个一类创新药获批上市，获评2个一等奖，完成三个一批整治。"))
  end)

  it("reads a level of scale reached (产值达到千亿级规模) as at least that amount, not a class of things (万亿级产业集群)", function()
    assert.are.same({ "千亿级 100000000000 CNY >=" }, figures("推动人参全产业链产值达到千亿级规模，打造万亿级产业集群。"))
  end)

  it("gives a bare 万 or 亿 of users the unit of people (“湘易办”用户突破3500万)", function()
    assert.are.same({ "突破3500万 35000000 person >" }, figures("“湘易办”用户突破3500万。"))
  end)

  it("reads an aside restating a figure on another basis (（同口径增长2.5%以上）) as a figure, other asides as none", function()
    assert.are.same({ "1.7% outcome", "2.5%以上 outcome", "30个 other" },
      reading("2025年，地方一般公共预算收入增长1.7%（同口径增长2.5%以上），实施重点项目（其中30个省级）。"))
  end)

  it("reads a number of calendar days (10个自然日) as days", function()
    assert.are.same({ "10个自然日 10 day =" }, figures("平均时间压缩至10个自然日内。"))
  end)

  it("knows medals, satellites and hectares (枚, 颗, 公顷)", function()
    assert.are.same({ "62枚 62 枚 =", "117颗 117 颗 =", "719.7公顷 7197000 m2 =" },
      figures("获得62枚金牌，在轨卫星117颗，清退网箱养殖719.7公顷。"))
  end)

  it("takes 多 after a classifier for the start of a word (45个多功能运动场), and a year before 县域 for no count", function()
    assert.are.same({ "45个 45 个 =" }, figures("建设45个多功能运动场，发布2024县域重点产业链白皮书。"))
  end)

  it("takes a quotation mark the clause never closes for a typo, not a name around the figure", function()
    assert.are.same({ "414家 outcome" }, reading("2025年，培育国家级专精特新“小巨人企业414家。"))
    assert.are.same({ "70% other" }, reading("2025年，落实“两个70%”政策。"))
  end)
end)

describe("the five-year plans and their years", function()
  it("reads 十五五 as 2026-2030 and 十五是 as a list's fifteenth item, no plan", function()
    assert.are.same({ "100万 target 2026-2030" }, (read("“十五五”时期中心城市新增人口100万。")))
    assert.are.same({ "80个 target 2026" }, (read("十五是打造80个新型公共文化空间。")))
  end)

  it("reviews a plan that has ended and lets a fronted plan frame its sentence", function()
    assert.are.same({ "300万人 outcome 2021-2025" }, (read("“十四五”时期，全省城镇新增就业300万人。")))
    assert.are.same({ "300万人 outcome 2011-2015" }, (read("“十二五”期间，全省新增就业300万人。")))
    -- inside an object it frames nothing: the year's own figure
    assert.are.same({ "61% target 2026" },
      (read("制定“十五五”期间实施重大项目清单，争取项目建设资金增长61%。")))
  end)

  it("lets a plan fronted at a paragraph's opening frame the sentences after it", function()
    local national = { published = "2016-03-05", region = "全国", kind = "work_report" }
    assert.are.same({ "7.8% outcome 2011-2015", "超过6400万人 outcome 2011-2015" },
      (read("“十二五”时期，我国经济实力跃上新台阶。国内生产总值年均增长7.8%。城镇新增就业累计超过6400万人。", national)))
    -- named inside a clause, the plan frames nothing after its sentence
    assert.are.same({ "6400万人 target 2016" },
      (read("我们完成了“十二五”时期的各项任务。城镇新增就业6400万人。", national)))
  end)

  it("reads a year in a goal's name (2035年远景目标) as no frame of another clause", function()
    local text = "二、“十五五”时期主要目标任务\n综合考虑实现2035年远景目标，提出地区生产总值年均增长5%—5.5%。\n"
    assert.are.same({ "5%—5.5% target 2026-2030" }, (read(text)))
  end)

  it("reads a plan's 初步建成 as a target, not as an estimate of a result", function()
    local text = "二、“十五五”时期主要目标任务\n现代化产业体系初步建成，工业增加值占地区生产总值比重达28%左右。\n"
    assert.are.same({ "28%左右 target 2030" }, (read(text)))
  end)

  it("reads 初步 before a verb of coming about (初步构建) as no estimate of the figures after it", function()
    local function estimates(text)
      local out = {}
      for _, m in ipairs(assert(duixian.scan(text, PROVINCE_2026))) do
        out[#out + 1] = ("%s %s %s %s"):format(m.raw, m.kind, m.period, tostring(m.estimate))
      end
      return out
    end
    local review = "一、2025年工作回顾\n"
    assert.are.same({ "18项 outcome 2025 false", "99% outcome 2025 false" },
      estimates(review .. "安全保障体系初步构建，首批18项数字化标准体系和工作规范发布；招投标不见面开标率99%。"))
    -- 初步核算 and 初步统计 still make the figure provisional
    assert.are.same({ "5.3% outcome 2025 true" }, estimates(review .. "初步核算，全省地区生产总值增长5.3%。"))
    -- and so does the source of the figures, opening the sentence (据初步统计)
    assert.are.same({ "62万人 outcome 2025 true" }, estimates(review .. "据初步统计，城镇新增就业62万人。"))
    assert.are.same({ "6.2万亿元 outcome 2025 true" }, estimates(review .. "经初步核算，地区生产总值达到6.2万亿元。"))
  end)

  it("reads 左右 and 约 in January's review as provisional, 近 (a known figure rounded down) as not", function()
    local function estimates(text)
      local out = {}
      for _, m in ipairs(assert(duixian.scan("一、2025年工作回顾\n" .. text, PROVINCE_2026))) do
        out[#out + 1] = m.raw .. " " .. tostring(m.estimate)
      end
      return out
    end
    assert.are.same({ "5.2%左右 true", "约3.1% true", "近两成 false", "近400亿元 false" },
      estimates("全省地区生产总值增长5.2%左右，固定资产投资增长约3.1%。交通事故死亡人数下降近两成，节约资金近400亿元。"))
  end)

  it("reads a span of years in a review's heading (一、过去五年工作回顾) as the years before", function()
    local national = { published = "2013-03-05", region = "中华人民共和国", kind = "work_report" }
    local text = "一、过去五年工作回顾\n五年来，经济实力大幅提升。\n"
      .. "五年中央财政用于“三农”的支出累计4.47万亿元。五年全国水利建设投资3562亿元。\n"
    assert.are.same({ "4.47万亿元 outcome 2008-2012", "3562亿元 outcome 2008-2012" }, (read(text, national)))
  end)

  it("reads a section headed by a plan to come as that plan's targets, whatever its subheadings say", function()
    local text = "一、2025年工作和“十四五”发展回顾\n过去五年，全省地区生产总值年均增长5.5%。\n"
      .. "二、“十五五”时期主要目标和重大任务\n（六）推动高质量发展取得新的更大进展。\n"
      .. "全省地区生产总值年均增长5%—5.5%，常住人口城镇化率达到65%左右。\n"
    assert.are.same({ "5.5% outcome 2021-2025", "5%—5.5% target 2026-2030", "65%左右 target 2030" },
      (read(text, { published = "2026-02-05", region = "安徽省", kind = "work_report" })))
  end)

  it("sums things done over a five-year review, and keeps the level at its end", function()
    local text = "一、“十四五”时期工作回顾\n办理省人大代表建议4417件。经济总量连续跨过3个万亿元大关。"
      .. "高新技术企业达到1.8万家。常住人口城镇化率连续提高到58.5%。\n"
    assert.are.same({ "4417件 outcome 2021-2025", "跨过3个 outcome 2021-2025", "万亿元 other 2025",
      "1.8万家 outcome 2025", "58.5% outcome 2025" },
      (read(text)))
  end)

  it("reads a change against a year compared with (较2016年, 较“十三五”) as the years since", function()
    local text = "一、“十四五”时期工作回顾\n过去五年，全省经济稳步增长。\nPM2.5浓度较2020年改善43.9%。\n"
      .. "实际使用外资比“十三五”时期增长78.9%。\n"
    assert.are.same({ "43.9% outcome 2021-2025", "78.9% outcome 2021-2025" }, (read(text)))
    -- but 由2019年的9.9%降至… gives the starting value the baseline's year
    assert.are.same({ "9.9% outcome 2019", "5.2% outcome 2025" }, (read("2025年，失业率由2019年的9.9%降至5.2%。")))
  end)

  it("reads a heading that reviews one plan and sets out the next by its paragraphs", function()
    local text = "一、2025年工作回顾\n全区经济增长5.5%。\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
      .. "过去五年，全区经济总量迈上新台阶，年均增长5.6%。\n"
      .. "根据自治区党委的建议，我们编制了“十五五”规划纲要（草案），提交大会审查。"
      .. "提出地区生产总值年均增长5%左右。\n"
    assert.are.same({ "5.5% outcome 2025", "5.6% outcome 2021-2025", "5%左右 target 2026-2030" },
      (read(text, { published = "2026-01-20", region = "广西壮族自治区", kind = "work_report" })))
  end)

  it("lets a year heading govern a subsection that names a plan in passing", function()
    local text = "三、2026年重点工作\n（一）扩大有效投资，推动“十五五”开好局\n新建5G基站1万个。\n"
    assert.are.same({ "1万个 target 2026" }, (read(text)))
  end)

  it("reads 十五 bare as fifteen, and a start (从2027年起, 从1999年起) as the span it opens", function()
    assert.are.same({ "200个 target 2026" }, (read("建设十五分钟便民生活圈200个。")))
    assert.are.same({ "50所 target 2027" }, (read("从2027年起，全面推行新的资助办法。新建幼儿园50所。")))
    local text = "一、“十四五”时期工作回顾\n——经济运行稳中有进。人均GDP从2020年的5.2万元提高到2025年的7.4万元。"
      .. "196个“两重”项目全部开工。\n高等学校从2021年起连续扩大招生，新建学生公寓480万平方米。\n"
    assert.are.same({ "5.2万元 outcome 2020", "7.4万元 outcome 2025", "196个 outcome 2025",
      "480万平方米 outcome 2021-2025" }, (read(text)))
  end)

  it("averages from the plan's year to a horizon (到2030年年均增长5%)", function()
    assert.are.same({ "5% target 2026-2030" }, (read("到2030年，地区生产总值年均增长5%。")))
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

  it("takes 全市 in a county-level city's own report (昆山市) as the city itself, in a district's as the city above", function()
    local _, ms = read("过去一年，全市地区生产总值达到5320亿元，增长5.7%。", { published = "2025-01-07", region = "昆山市", kind = "work_report" })
    assert.are.same({ "outcome", "outcome" }, { ms[1].kind, ms[2].kind })
    _, ms = read("全市新签约亿元以上项目160个。", { published = "2024-01-08", region = "昆山市", kind = "work_report" })
    assert.are.same({ "160个", "target" }, { ms[2].raw, ms[2].kind })
    _, ms = read("全市生产总值增长6%。", { published = "2024-01-09", region = "江夏区", kind = "work_report" })
    assert.are.equal("other", ms[1].kind)
  end)

  it("still takes 全省 in a city's report as a yardstick", function()
    local _, ms = read("全省生产总值增长5.5%。", { published = "2025-01-20", region = "聊城市", kind = "work_report" })
    assert.are.equal("other", ms[1].kind)
  end)

  it("takes a text of no known region at the level of the words it uses most of itself", function()
    local given = { published = "2024-01-10", kind = "work_report" }
    -- a city's report with no title: 全市 is its own, 全省 the yardstick
    local _, ms = read("去年，全市生产总值增长8.4%。我市新增就业3万人。今年全市生产总值增长6%左右。全省生产总值增长5%。", given)
    assert.are.same({ "outcome", "outcome", "target", "other" }, { ms[1].kind, ms[2].kind, ms[3].kind, ms[4].kind })
    assert.are.equal("a larger region's figure (the nation's, the province's, the county's above a township), given for comparison", ms[4].other_reason)
    -- a county's: 全县 leads, so 全市 is the city above
    _, ms = read("去年，全县生产总值增长7%。全县新增就业3000人。全市生产总值增长6%。", given)
    assert.are.same({ "outcome", "outcome", "other" }, { ms[1].kind, ms[2].kind, ms[3].kind })
    -- as many words of one level as of another: no level, 全市 compared as before
    _, ms = read("去年全县生产总值增长7%。全市生产总值增长6%。", given)
    assert.are.same({ "outcome", "other" }, { ms[1].kind, ms[2].kind })
  end)

  it("counts the words a text uses of itself, and reads a level only where one leads", function()
    local meta, C = require "duixian.meta", require("duixian.rules.classify")
    local counts = meta.self_word_counts("全市生产总值增长8.4%，我市新增就业3万人，高于全省。")
    assert.are.same({ ["全市"] = 1, ["我市"] = 1, ["全省"] = 1 }, counts)
    assert.are.equal(2, C.self_level(nil, counts))
    assert.is_nil(C.self_level(nil, { ["全县"] = 2, ["全市"] = 2 }))
    assert.is_nil(C.self_level(nil, {}))
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

  it("gives each figure of a 分别 list the unit its own subject names, but not a route's first end", function()
    local _, ms = read("2024年，厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次。",
      { published = "2025-01-20", region = "福建省", kind = "work_report" })
    assert.are.same({ "厦门市", "福州市" }, { ms[1].region, ms[2].region })
    _, ms = read("2025年，长沙至赣州高铁、常德至益阳高铁分别建成120公里、80公里。",
      { published = "2026-01-20", region = "湖南省", kind = "work_report" })
    assert.are.same({ "湖南省", "湖南省" }, { ms[1].region, ms[2].region })
  end)

  it("does not give its topic to a clause that opens with a place of its own (雄安新区, 烟庄街道)", function()
    local hebei = { published = "2023-01-13", region = "河北省", kind = "work_report" }
    -- a zone's figures are its own, and the clauses after it go on about it
    local _, ms = read("石家庄市生产总值突破7000亿元。雄安新区累计完成投资5100多亿元，新增就业10万人。", hebei)
    assert.are.same({ "石家庄市", "雄安新区", "雄安新区" }, { ms[1].region, ms[2].region, ms[3].region })
    -- a generic phrase (各类园区, 重点园区) is no zone's name: the topic holds
    _, ms = read("去年以来，浏阳市坚定不移推进工业强市。各类园区规模工业增加值增长9%，重点园区实现技工贸总收入3000亿元。",
      { published = "2026-01-20", region = "湖南省", kind = "work_report" })
    assert.are.same({ "浏阳市", "浏阳市" }, { ms[1].region, ms[2].region })
  end)
end)

describe("zones: a figure of a zone the clause opens with is the zone's", function()
  it("reads a national new area, or a zone named after a place of the region, as the region", function()
    local function regions_of(text, region)
      local _, ms = read(text, { published = "2026-01-20", region = region, kind = "work_report" })
      local out = {}
      for _, m in ipairs(ms) do out[#out + 1] = m.raw .. " " .. m.region end
      return out
    end
    assert.are.same({ "突破4万亿元 西安高新区", "10% 西安高新区" },
      regions_of("过去一年，西安高新区营业总收入突破4万亿元，增长10%。", "陕西省"))
    assert.are.same({ "5100亿元 两江新区" }, regions_of("过去一年，两江新区实现地区生产总值5100亿元。", "重庆市"))
    assert.are.same({ "3项 广西自贸试验区" },
      regions_of("过去一年，广西自贸试验区新增3项改革成果获全国最佳实践案例。", "广西壮族自治区"))
    -- one of a list of zones counted together: the region's
    assert.are.same({ "6家 湖南省" },
      regions_of("过去一年，长沙高新区和长沙经开区、株洲高新区、衡阳高新区等6家园区入选全国先进制造百强园区。", "湖南省"))
    assert.are.same({ "3000亿元 陕西省" }, regions_of("过去一年，西安经开区等园区实现营业收入3000亿元。", "陕西省"))
    assert.are.same({ "突破5万亿元 陕西省" },
      regions_of("过去一年，西安高新区和西安经开区营业总收入合计突破5万亿元。", "陕西省"))
    -- a 分别 list of the zone's figures, or of zones, each its own zone's
    assert.are.same({ "12% 西安高新区", "9% 西安高新区" },
      regions_of("过去一年，西安高新区营业总收入、工业总产值分别增长12%和9%。", "陕西省"))
    assert.are.same({ "10% 西安高新区", "8% 宝鸡高新区" },
      regions_of("过去一年，西安高新区、宝鸡高新区营业收入分别增长10%和8%。", "陕西省"))
    -- a later clause that speaks of the whole region is the region's again
    assert.are.same({ "突破4万亿元 西安高新区", "7% 陕西省" },
      regions_of("过去一年，西安高新区营业总收入突破4万亿元，带动全省规上工业增加值增长7%。", "陕西省"))
    -- a national new area is a zone in its own province's reports only
    assert.are.same({ "8% 陕西省" }, regions_of("过去一年，天府新区地区生产总值增长8%。", "陕西省"))
    -- a county's own zone, named by the county without its ending in the
    -- county's report (安仁工业集中区 of 安仁县), but not the ending alone
    assert.are.same({ "210亿元 安仁工业集中区" },
      regions_of("过去一年，安仁工业集中区完成技工贸总收入210亿元。", "安仁县"))
    assert.are.same({ "8% 安仁县" }, regions_of("过去一年，工业集中区技工贸总收入增长8%。", "安仁县"))
    -- and after a lead-in (推动, 力争) as without one
    assert.are.same({ "突破300亿元 义乌综合保税区" }, regions_of("今年，推动义乌综合保税区进出口额突破300亿元。", "义乌市"))
    -- a generic phrase after a place's name (西安各开发区, 西安市园区) names no zone
    assert.are.same({ "9% 西安市" }, regions_of("过去一年，西安市园区规模工业增加值增长9%。", "陕西省"))
    -- a zone of a place elsewhere, or a kind of zone, is no region of its own
    assert.are.same({ "5% 陕西省" }, regions_of("过去一年，苏州工业园区外资增长5%。", "陕西省"))
    assert.are.same({ "9% 陕西省" }, regions_of("过去一年，各类园区规模工业增加值增长9%。", "陕西省"))
  end)
end)

describe("a review of five years: levels at the span's end, flows over it", function()
  local REVIEW = "一、“十四五”时期和2025年工作回顾\n“十四五”时期是极不平凡的五年。\n"

  it("lets a plan that is the topic of a section's opening frame the paragraphs after it", function()
    assert.are.same({ "80万人 outcome 2021-2025", "60万人 outcome 2025" },
      (read(REVIEW .. "——民生持续改善。新增就业80万人。\n刚刚过去的2025年，是收官之年。一年来，新增就业60万人。")))
  end)

  it("reads a rank and a stock as levels, 累计 and a stock added to as flows", function()
    assert.are.same({ "第5位 outcome 2025", "3.1亿千瓦 outcome 2025", "5000万千瓦 outcome 2021-2025",
      "超35亿吨 outcome 2021-2025" },
      (read(REVIEW .. "——经济实力跃升。高铁通车里程进至全国第5位，电力总装机规模3.1亿千瓦，新增装机5000万千瓦。"
        .. "累计为省外保供煤炭超35亿吨。")))
  end)

  it("reads a figure given for every year (每年超过90万人) as the span's, a rate per head (每人每年) as a level", function()
    assert.are.same({ "超过90万人 outcome 2021-2025", "670元 outcome 2025" },
      (read(REVIEW .. "——民生改善。城镇新增就业每年超过90万人，补助标准提高到每人每年670元。")))
    -- a per-unit word further before 每年 makes a rate too (每位老人每年)
    assert.are.same({ "1200元 outcome 2025", "超过90万人 outcome 2021-2025" },
      (read(REVIEW .. "——民生改善。养老补贴标准提高到每位老人每年1200元，城镇新增就业每年超过90万人。")))
  end)

  it("reads a year in 在…基础上 as the basis the year builds on, not the period of a figure after it", function()
    -- 今年将 frames the plan; 去年 dates only the basis
    assert.are.same({ "8个 target 2026", "3家 target 2026" },
      (read("今年将在去年的基础上建成县级以上托育综合服务中心8个，争创省级示范托育机构3家。")))
    -- a figure inside the frame is the basis's own
    assert.are.same({ "5个 outcome 2025", "3个 target 2026" },
      (read("今年将在去年布局5个点位基础上再新增3个点位。")))
    -- 在 inside a word (现在) opens no frame: the year dates the figure
    assert.are.same({ "30个 outcome 2025" }, (read("力争到2027年全面建成。现在2025年底已建成的基础上再新增30个。")))
  end)

  it("counts things that came one by one over the span (落户, 当选)", function()
    assert.are.same({ "4个 outcome 2021-2025", "2人 outcome 2021-2025", "7个 outcome 2021-2025" },
      (read(REVIEW .. "——创新能力增强。落户4个国家区域医疗中心，2人当选中国工程院院士，7个城市获评全国文明城市。")))
    -- a list's later items, whose verb opens the clause
    assert.are.same({ "4417件 outcome 2021-2025", "4245件 outcome 2021-2025" },
      (read(REVIEW .. "——政府建设加强。办理省人大代表建议4417件、政协委员提案4245件。")))
  end)

  it("reads the first or last years of a plan (“十四五”前四年, 前两年) as those years, out of the subject", function()
    local _, ms = read("一、2024年工作回顾\n我省“十四五”前四年地区生产总值年均增长5.3%。“十四五”前两年新增高新技术企业410家。",
      { published = "2025-01-21", region = "江西省", kind = "work_report" })
    assert.are.same({ "outcome", "2021-2024", "地区生产总值" }, { ms[1].kind, ms[1].period, ms[1].subject })
    assert.are.same({ "outcome", "2021-2022", "高新技术企业" }, { ms[2].kind, ms[2].period, ms[2].subject })
  end)

  it("reads a span with the words that frame it as a clause of its own (力争用三年时间，…; 今后三年，…)", function()
    local plan = { published = "2024-01-20", region = "上海市", kind = "work_report" }
    assert.are.same({ "5个 target 2024-2026", "30所 target 2024-2026", "30所 target 2024" },
      (read("二、2024年工作安排\n力争用三年时间，建成大科学装置5个。今后三年，新建学校30所。实施三年行动，新建学校30所。", plan)))
    assert.are.same({ "6.5% target 2021-2025" },
      (read("二、2024年工作安排\n为确保实现“十四五”目标，全市地区生产总值年均增长6.5%。", plan)))
    local national = { published = "2003-03-05", region = "全国", kind = "work_report" }
    assert.are.same({ "2787万公顷 outcome 1998-2002" },
      (read("一、过去五年政府工作回顾\n五年内，全国造林面积2787万公顷。", national)))
  end)

  it("reads a time said of its own clause's figure (去年…达到260亿斤 in a plan) as no frame of the paragraphs after it", function()
    local plan = { published = "2025-01-20", region = "陕西省", kind = "work_report" }
    assert.are.same({ "260亿斤 outcome 2024", "300家以上 target 2025", "100万亩 target 2025" }, (read(
      "二、2025年工作安排\n（一）扩大内需\n去年全省粮食总产量达到260亿斤。\n新增首店、旗舰店300家以上。\n新建高标准农田100万亩。", plan)))
  end)

  it("reads a span said of its own clause's figure (“十四五”以来累计筹集…) as no frame of the sentences after it", function()
    local review = { published = "2025-01-15", region = "苏州市", kind = "work_report" }
    assert.are.same({ "192个 outcome 2024", "19.8万套 outcome 2021-2024", "53公里 outcome 2024", "8.3万亩 outcome 2024" },
      (read("一、2024年工作回顾\n（四）推进城市更新\n改造城镇老旧小区192个。“十四五”以来累计筹集保障性租赁住房19.8万套。"
        .. "新建改造城市道路53公里。\n新建高标准农田8.3万亩。", review)))
  end)

  it("reads a time an extension runs to (延长至明年3月底) as no frame of the sentences after it", function()
    local plan = { published = "2020-05-22", region = "全国", kind = "work_report" }
    assert.are.same({ "高于40% target 2020" }, (read("二、2020年政府工作任务\n中小微企业贷款延期还本付息政策再延长至明年3月底。"
      .. "大型商业银行普惠型小微企业贷款增速要高于40%。", plan)))
  end)

  it("reads a deadline opening a paragraph (到2025年，…) as no frame of the paragraphs after it", function()
    local plan = { published = "2024-02-01", region = "凉山彝族自治州", kind = "work_report" }
    assert.are.same({ "230万亩 target 2025", "580万头左右 target 2024", "75万亩 target 2024" }, (read(
      "二、2024年工作安排\n（二）发展现代农业\n到2025年，全州特色水果种植面积达到230万亩。\n"
      .. "生猪出栏稳定在580万头左右。\n新建高标准农田75万亩。", plan)))
    -- nor does a plan under way (“十四五”时期 in a plan of 2024)
    plan = { published = "2024-01-20", region = "上海市", kind = "work_report" }
    assert.are.same({ "2000场以上 target 2024", "10个 target 2024" }, (read("二、2024年工作安排\n（三）繁荣文化事业\n"
      .. "“十四五”时期，我们将全面建成文化强市。\n\n全年组织各类文化活动2000场以上。\n新建城市书房10个。", plan)))
  end)

  it("reads a 预计 whose clause states no figure as speaking of that clause alone", function()
    local national = { published = "2024-03-05", region = "全国", kind = "work_report" }
    assert.are.same({ "28.5万亿元 target 2024", "1.1万亿元 target 2024" }, (read("二、2024年政府工作任务\n"
      .. "预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元，比上年增加1.1万亿元。", national)))
    -- but one naming only a time, or a figure, goes on to the clauses after it
    local _, ms = read("一、2025年工作回顾\n初步预计，全区地区生产总值增长4.2%左右，外贸进出口总额增长9.4%。")
    assert.are.same({ true, true }, { ms[1].estimate, ms[2].estimate })
    _, ms = read("一、2025年工作回顾\n预计全区地区生产总值增长4.2%左右，外贸进出口总额增长9.4%。")
    assert.are.same({ true, true }, { ms[1].estimate, ms[2].estimate })
    -- a year in the 预计 clause is no figure of its own
    _, ms = read("一、2025年工作回顾\n预计2025年财政收入继续恢复增长，一般公共预算收入增长3%。")
    assert.are.same({ false }, { ms[1].estimate })
  end)

  it("reads every verb of a change to a level (上升到, 减少到, 扩大至) as the level at the span's end", function()
    assert.are.same({ "67.9% outcome 2020", "87.9% outcome 2025" },
      (read(REVIEW .. "——生态环境改善。地表水优良水体比例由67.9%上升到87.9%。")))
    assert.are.same({ "4960万人 outcome 2020", "2820万人 outcome 2025" },
      (read(REVIEW .. "——脱贫攻坚。农村贫困人口由4960万人减少到2820万人。")))
    assert.are.same({ "400亿元 outcome 2025" },
      (read(REVIEW .. "——技术改造。技改融资专项规模扩大至400亿元。")))
  end)

  it("reads a streak promised (确保…连续12年稳定在…) as the plan's year, no years of its own", function()
    local plan = { published = "2025-01-20", region = "江苏省", kind = "work_report" }
    assert.are.same({ "700亿斤以上 target 2025" },
      (read("二、2025年工作安排\n2025年主要预期目标：确保粮食总产量连续12年稳定在700亿斤以上。", plan)))
  end)

  it("reads 五年间 as the five years reviewed, as 五年来 is", function()
    assert.are.same({ "1.8万公里 outcome 2021-2025" }, (read(REVIEW .. "五年间，全省新改建农村公路1.8万公里。")))
  end)

  it("reads a streak of any length (连续11年, 连续十二年) as the years before the one reviewed", function()
    local review = { published = "2025-01-20", region = "固始县", kind = "work_report" }
    assert.are.same({ "27亿斤以上 outcome 2014-2024" },
      (read("一、2024年工作回顾\n粮食产量连续11年稳定在27亿斤以上。", review)))
    -- not past a 、, in the next item of a list (粮食总产439.2亿斤、连续12年超430亿斤)
    assert.are.same({ "439.2亿斤 outcome 2024", "超430亿斤 outcome 2013-2024" },
      (read("一、2024年工作回顾\n粮食总产439.2亿斤、连续12年超430亿斤。", review)))
  end)

  it("sums problems solved and people helped over the span (解决…问题), not a level at its end", function()
    assert.are.same({ "2.15亿 outcome 2021-2025" },
      (read(REVIEW .. "——农村基础设施加快建设。解决2.15亿农村人口饮水安全问题。")))
    -- after who did it, with 了 (农村饮水安全工程解决了3亿农村人口…)
    assert.are.same({ "3亿 outcome 2021-2025" },
      (read(REVIEW .. "——农村基础设施加快建设。农村饮水安全工程解决了3亿农村人口的饮水安全问题。")))
  end)

  it("reads a year set beside the figure (与“十五五”目标衔接, 与2000年相比) as no frame of it", function()
    assert.are.same({ "5.5%左右 target 2026" },
      (read("三、2026年的重点工作\n5.5%左右的预期增长目标与“十五五”发展目标总体衔接。")))
    local national = { published = "2006-03-05", region = "全国", kind = "work_report" }
    assert.are.same({ "57.3% outcome 2001-2005", "9.5% outcome 2001-2005" },
      (read("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", national)))
  end)

  it("reads flows whose head could be a stock's (发行债券规模, 投资总额, 新增…里程) over the span", function()
    assert.are.same({ "5000亿元 outcome 2021-2025", "2.5万亿元 outcome 2021-2025", "1200公里 outcome 2021-2025" },
      (read(REVIEW .. "——发展提速。五年来，全省发行地方政府债券规模5000亿元，五年完成固定资产投资总额2.5万亿元，"
        .. "五年新增高速公路里程达到1200公里。")))
  end)

  it("reads 五年 in a review as the five years before, and a year's total or a coverage as the level at the end", function()
    assert.are.same({ "235个 outcome 2025", "超1万亿元 outcome 2025", "翻番 outcome 2021-2025", "1.8万家 outcome 2025",
      "超1.36万亿元 outcome 2021-2025", "2562亿元 outcome 2021-2025" },
      (read(REVIEW .. "——开放水平提升。经贸朋友圈覆盖235个国家，农产品加工业营收超1万亿元，高新技术企业数量实现翻番、达1.8万家。"
        .. "五年增量超1.36万亿元。近五年累计投入资金2562亿元。")))
  end)

  it("takes no frame from a goal named by its year (2035年远景目标) in an earlier paragraph", function()
    assert.are.same({ "67.5% target 2030" },
      (read("二、“十五五”时期主要目标任务\n锚定2035年远景目标，谋划“十五五”发展。\n城镇化率提升至67.5%。")))
  end)

  it("reads 年均 before a level's noun (年均浓度) as the year's mean, not an average over years", function()
    local shanxi = { published = "2023-01-13", region = "山西省", kind = "work_report" }
    assert.are.same({ "36微克/立方米 outcome 2022", "5.5% outcome 2018-2022" },
      (read("一、过去五年工作回顾\n五年来，PM2.5年均浓度降至36微克/立方米，地区生产总值年均增长5.5%。", shanxi)))
  end)

  it("reads a span of years opening a programme's name (五年行动计划) as no frame", function()
    assert.are.same({ "500亿元 outcome 2025", "300万人 outcome 2021-2025" },
      (read("一、2025年工作回顾\n五年行动计划首年完成投资500亿元。五年来，新增就业300万人。")))
  end)

  it("lets a streak (连续3年) frame its own clause only", function()
    assert.are.same({ "549万人 outcome 2022-2024", "85.6万人 outcome 2024" },
      (read("2024年，全省连续3年提高城乡居民基础养老金、惠及549万人，新增参保85.6万人。",
        { published = "2025-01-20", region = "福建省", kind = "work_report" })))
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

  it("keeps a person the subject of the clauses after (他又续贷3万元，…增收3万元以上)", function()
    local _, ms = read("他又续贷3万元，其种植的玉米再次喜获丰收，实现稳定增收3万元以上。",
      { published = "2024-01-16", region = "聊城市", kind = "news" })
    assert.are.same({ "3万元 other", "3万元以上 other" }, { ms[1].raw .. " " .. ms[1].kind, ms[2].raw .. " " .. ms[2].kind })
    assert.are.equal("about one person, firm or village, not the region", ms[2].other_reason)
  end)

  it("reads a per-head standard, many firms and a villagers' group as the region's", function()
    assert.are.same({ "240元 target" }, kinds("今年，新农合补助标准提高到每人每年240元。", PROVINCE_2026))
    assert.are.same({ "3家 outcome" }, kinds("2025年，落地金融租赁项目公司3家。", PROVINCE_2026))
    assert.are.same({ "8个 target", "16支 target", "2支 target" },
      kinds("今年将8个公司运营的16支省级政府投资基金整合为2支基金。", PROVINCE_2026))
    assert.are.same({ "不低于98% target" }, kinds("今年，生活垃圾收运体系村民小组覆盖率不低于98%。", PROVINCE_2026))
    -- firms counted as one conjunct of the nouns counted (子公司及分支机构)
    assert.are.same({ "20家以上 target" }, kinds("今年，新引进央企子公司及分支机构20家以上。", PROVINCE_2026))
    -- one firm's and one person's sums stay theirs
    assert.are.same({ "60名 other" }, kinds("服装公司计划再招收60名工人。", PROVINCE_2026))
  end)

  it("leaves out a person the paragraph introduces by role and name, not a role's group", function()
    local news = { published = "2024-01-16", region = "聊城市", kind = "news" }
    assert.are.same({ "2万元 other", "6亩 other", "20亩 other" },
      kinds("北馆陶镇王屯村脱贫户王承亮因身体残疾，无法外出打工。2022年7月，王承亮通过小额信贷贷款2万元，把种植规模由6亩发展到20亩。", news))
    assert.are.same({ "12% outcome" }, kinds("2023年，全市脱贫户人均纯收入增长12%。", news))
    -- a surname's character after a role word names no one until the name recurs
    assert.are.same({ "10万头 outcome" }, kinds("2023年，全市养殖户牛羊存栏达到10万头。", news))
    assert.are.same({ "5亿元 outcome" }, kinds("2023年，为农户金融贷款发放5亿元。", news))
    assert.are.same({ "3000元 outcome" }, kinds("2023年，带动种植户常年务工增收，人均增收3000元。", news))
  end)

  it("leaves out the size of a kind of settlement (20户以上自然村) but keeps households counted", function()
    assert.are.same({ "20户以上 other", "5.2万户 outcome", "2000名 target" },
      kinds("2025年，行政村和20户以上自然村全部通硬化路，改造农村危房5.2万户。\n今年选派2000名农村科技特派员。"))
    -- and of a class by its pupils (66人以上超大班额)
    assert.are.same({ "66人以上 other", "5万个 target" }, kinds("今年，基本消除城镇义务教育66人以上超大班额，新增学位5万个。"))
  end)

  it("leaves out a count of a list's items by topic (9项与卫生医药有关) but keeps partners counted", function()
    local news = { published = "2024-01-16", region = "聊城市", kind = "news" }
    assert.are.same({ "9项 other" }, kinds("重点民生实事清单中有9项与卫生医药有关。", news))
    assert.are.same({ "10个 target" }, kinds("与10个国家和地区开展合作。", news))
  end)

  it("leaves out an ideal limit (无限接近于0%) but keeps a ceiling (控制在3%以内)", function()
    assert.are.same({ "0% other", "控制在3%以内 target" },
      kinds("要求差错率无限接近于0%，失业率控制在3%以内。"))
  end)

  it("reads 大于, 不大于 and 不小于 as bounds", function()
    local _, ms = read("差错率大于5%，不大于3%，不小于2%。")
    assert.are.same({ "> 5", "<= 3", ">= 2" },
      { ms[1].cmp .. " " .. ms[1].value, ms[2].cmp .. " " .. ms[2].value, ms[3].cmp .. " " .. ms[3].value })
  end)

  it("reads no count of people in a format's name (3人制篮球场)", function()
    assert.are.same({ "250个 target" }, kinds("建成250个社区健身路径或3人制篮球场。"))
  end)

  it("lets a group (他们) govern its own clause only", function()
    assert.are.same({ "120亿元 outcome" },
      kinds("2025年，关心农民工，让他们安心工作，全年发放工资120亿元。"))
  end)

  it("keeps a count of firms named in a list (…有限公司等5家企业入选)", function()
    assert.are.same({ "5家 outcome" },
      kinds("2021年，山东嘉华生物科技有限公司、在平信源环保建材有限公司等5家企业入选。",
        { published = "2022-01-10", region = "聊城市", kind = "news" }))
  end)

  it("reads the basis a plan builds on (在去年粮食总产量达到263亿斤的基础上) as a figure stated", function()
    local plan = { published = "2025-01-20", region = "广东省", kind = "work_report" }
    assert.are.same({ "263亿斤 outcome 2024" },
      (read("二、2025年工作安排\n在去年粮食总产量达到263亿斤的基础上，继续扛稳粮食安全责任。", plan)))
  end)

  it("reads a figure followed by 并 and another predicate as stated, no noun it qualifies", function()
    assert.are.same({ "1.3万亿斤 outcome" }, kinds("2025年，粮食产量达到1.3万亿斤并保持稳定。"))
  end)

  it("keeps the listed firms of a region (新增上市公司5家) and a firm's figures out of the next clause", function()
    assert.are.same({ "5家 outcome", "1000亿元 outcome" },
      kinds("2025年，新增上市公司5家，直接融资1000亿元。"))
    -- and kinds of firms, many of them (跨国公司地区总部)
    assert.are.same({ "65家 outcome", "30家 outcome" }, kinds("2025年，新增跨国公司地区总部65家、外资研发中心30家。"))
  end)

  it("leaves out how many of the region's own counties an action covered, not those that achieved", function()
    local news = { published = "2022-01-14", region = "聊城市", kind = "news" }
    assert.are.same({ "8个 other", "3个 other" },
      kinds("2021年，聊城市普查办对8个县(市、区)、3个市属开发区进行了数据核查。", news))
    assert.are.same({ "8个 other", "7个 outcome", "880余个 outcome" },
      kinds("2021年，对全市8个县（市、区）开展督导检查，7个区县通过督导评估，对880余个调查对象进行核查。", news))
  end)

  it("leaves out counts that spell out a slogan quoted in the sentence (“435”)", function()
    local report = { published = "2023-01-10", region = "聊城市", kind = "news" }
    assert.are.same({ "4个 other", "3个 other", "5个 other" },
      kinds("打造4个千亿产业集群、3个500亿产业集群、5个200亿产业集群，如果说“435产业格局”是蓝图。", report))
    assert.are.same({ "4个 target", "3个 target" }, kinds("打造4个千亿产业集群、3个500亿产业集群。", report))
  end)

  it("keeps the count of a yearly list of works named in quotes, not a policy's name", function()
    local report = { published = "2025-01-20", region = "贵州省", kind = "work_report" }
    assert.are.same({ "十件 target" }, kinds("将继续统筹安排财力，扎实办好“十件民生实事”。", report))
    assert.are.same({ "30条 other" }, kinds("推出稳经济“30条”。", report))
  end)

  it("reads the figures that are no figure of the region alike from a database", function()
    local text = "2026年，打造4个千亿产业集群、3个500亿产业集群、5个200亿产业集群，如果说“435产业格局”是蓝图。\n" ..
      "北馆陶镇王屯村脱贫户王承亮因身体残疾，无法外出打工。2022年7月，王承亮通过小额信贷贷款2万元。\n" ..
      "2021年，聊城市普查办对8个县(市、区)、3个市属开发区进行了数据核查。\n"
    local meta = { file = "a.txt", published = "2024-01-16", region = "聊城市", kind = "news" }
    local scanned = {}
    for _, m in ipairs(assert(duixian.scan(text, meta))) do scanned[#scanned + 1] = m.raw .. " " .. m.kind end
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(text, meta))
    local derived = {}
    for m in db:derive(rules.default()) do derived[#derived + 1] = m.raw .. " " .. m.kind end
    db:close()
    assert.are.same(scanned, derived)
    assert.are.same({ "4个 other", "3个 other", "5个 other" }, { scanned[1], scanned[2], scanned[3] })
  end)

  it("leaves out a streak (连续5次获评) but keeps milestones crossed (连续跨过3个万亿元大关)", function()
    assert.are.same({ "5次 other", "跨过3个 outcome", "万亿元 other" },
      kinds("2025年，连续5次获评国家卫生城市，经济总量连续跨过3个万亿元大关。"))
  end)

  it("keeps a share of the nation (占全国比重) and a share of things (61%的城市污水处理厂)", function()
    assert.are.same({ "7.4% outcome", "61% outcome" },
      kinds("2025年，占全国比重达到7.4%，61%的城市污水处理厂完成提标改造。"))
    -- the figure right after 全国的: a share of the nation's whole, no yardstick
    assert.are.same({ "0.2% outcome", "2% other" }, kinds("2025年，高新技术企业数量不足全国的0.2%，全国粮食产量增长2%。"))
  end)

  it("keeps a sum arranged for a purpose (安排100亿元财政资金) but not a category (差错率小于3%的)", function()
    assert.are.same({ "100亿元 target", "小于3% other" },
      kinds("安排100亿元财政资金支持产业发展。\n差错率小于3%的，逐项整改。", { published = "2025-01-20", region = "贵州省", kind = "work_report" }))
  end)

  it("leaves out a category a rule names with a verb after its 的 (差错率大于5%的进行约谈)", function()
    assert.are.same({ "大于5% other", "超过60% target" },
      kinds("对差错率大于5%的进行严肃约谈，超过60%的企业完成改造。", { published = "2025-01-20", region = "贵州省", kind = "work_report" }))
  end)
end)

describe("a measure before a noun: the size of each thing, or an amount of it", function()

  it("sizes each thing with a bound or a grade (亿元以上项目, 30万吨级航道)", function()
    assert.are.same({ "亿元以上 other", "562个 outcome" }, reading("2025年，新开工亿元以上制造业项目562个。"))
    assert.are.same({ "30万吨 other" }, reading("2025年，建成防城港30万吨级进港航道。"))
  end)

  it("reads an exact measure of the stuff named after it as an amount", function()
    assert.are.same({ "20亿元 target" }, reading("今年将设立20亿元省级母基金。"))
    assert.are.same({ "1000公里 target" }, reading("今年将实施1000公里农村公路提级改造。"))
    assert.are.same({ "46.1万亩 outcome" }, reading("2025年，完成46.1万亩高标准农田建设。"))
    assert.are.same({ "200亿元 outcome" }, reading("2025年，累计投放200亿元民营中小微企业提质增效贷款。"))
    -- the size of a project, though its clause speaks of capacity later
    assert.are.same({ "60万吨 other" }, reading("今年将推动吉林梅花60万吨赖氨酸等项目释放产能。"))
  end)

  it("reads an exact total before 的 and a count as the total of the things counted", function()
    assert.are.same({ "40亿元 target", "22个 target" }, reading("今年将建设总投资40亿元的22个重点水利项目。"))
    assert.are.same({ "10亿元以上 other", "20个 target" }, reading("今年将实施总投资10亿元以上的项目20个。"))
  end)

  it("reads a percentage before a noun as a share of it, not a rate or a top band", function()
    assert.are.same({ "90% outcome" }, reading("2025年，远程诊断覆盖全省90%乡镇卫生院。"))
    assert.are.same({ "70%以上 target" }, reading("今年将完成水泥行业70%以上产能超低排放改造。"))
    assert.are.same({ "15% other" }, reading("延续企业所得税减按15%征收等优惠政策。"))
    assert.are.same({ "50% other" }, reading("对新招用高校毕业生的企业给予50%社保补贴。"))
    assert.are.same({ "100% other" }, reading("全面落实科技型中小企业研发费用100%加计扣除政策。"))
    assert.are.same({ "40%以上 other" }, reading("政府采购工程预留40%以上份额专门面向中小企业。"))
    assert.are.same({ "1% other", "24个 outcome" }, reading("2025年，新增ESI全球前1%学科24个。"))
  end)

  it("reads a bounded household count before a longer noun phrase of villages as their size class", function()
    assert.are.same({ "957个 outcome", "50户以上 other" },
      reading("2025年，对全省957个50户以上农村木质房屋连片村寨实施改造。"))
    assert.are.same({ "2000名以上 target" }, reading("今年将选派2000名以上农村科技特派员。"))
    -- courtyards and village groups are settlements too
    assert.are.same({ "30户以上 other" }, reading("2025年，实现30户以上院落通硬化路全覆盖。"))
  end)

  it("finds no 持平 inside 保持平稳 or 支持平台", function()
    local _, ms = read("2025年，社会大局保持平稳，支持平台企业规范经营。居民消费价格与上年持平。")
    local out = {}
    for _, m in ipairs(ms) do out[#out + 1] = m.raw .. " " .. m.kind .. " " .. tostring(m.other_reason) end
    assert.are.same({ "持平 other a number word read inside a longer word (保持平稳 holds no 持平)",
      "持平 other a number word read inside a longer word (保持平稳 holds no 持平)",
      "持平 outcome nil" }, out)
  end)
end)

describe("全国 and 全省: the larger region's figure, or part of a name or of the region's deed", function()

  it("keeps the larger region's own sets out (全国168个重点城市, 全国首批5个国家公园)", function()
    assert.are.same({ "168个 other" }, reading("2025年，全部退出全国168个重点城市排名。"))
    assert.are.same({ "5个 other" }, reading("2025年，东北虎豹国家公园成为全国首批5个国家公园之一。"))
  end)

  it("counts the region's things that bear a national title (新增全国重点实验室15家)", function()
    assert.are.same({ "15家 outcome" }, reading("2025年，新增全国重点实验室15家。"))
    assert.are.same({ "8个 outcome" }, reading("2025年，创建全国文明城市8个。"))
    assert.are.same({ "6家 outcome" }, reading("2025年，全国重点实验室达6家。"))
    -- but the nation's and the province's own figures stay theirs
    assert.are.same({ "4辆 other", "1辆 other" }, reading("2025年，全国每出口4辆汽车就有1辆本省造。"))
    assert.are.same({ "超过425万个 other" }, reading("2025年，全国累计建成5G基站超过425万个。"))
    assert.are.same({ "5.2% other" }, reading("2025年，全国前三季度国内生产总值增长5.2%。"))
    local _, ms = read("2025年，全省新增高新技术企业2000家，我市新增600家。",
      { published = "2026-01-20", region = "长沙市", kind = "work_report" })
    assert.are.same({ "other", "outcome" }, { ms[1].kind, ms[2].kind })
  end)

  it("leaves out the size of a set the region joined (入围首批20个试点城市, …之一)", function()
    assert.are.same({ "20个 other" }, reading("2025年，长春入围国家首批20个“车路云一体化”试点城市。"))
    assert.are.same({ "3个 other" }, reading("2025年，本市成为3个国际商事仲裁中心建设试点地区之一。"))
    assert.are.same({ "20个 outcome" }, reading("2025年，建成首批20个示范区。"))
  end)

  it("reads news of July on the year running: the year's target it speaks of is that year's", function()
    local july = { published = "2024-07-26", region = "黑龙江省齐齐哈尔市", kind = "news" }
    assert.are.same({ "6%左右 target 2024", "5.8% outcome 2024" },
      (read("确保完成地区生产总值增长6%左右的全年目标。上半年，全市地区生产总值同比增长5.8%。", july)))
  end)

  it("reads news of October on the year running: its parts past, and the year so far, are results of it", function()
    local october = { published = "2025-10-28", region = "聊城市阳谷县", kind = "news" }
    assert.are.same({ "268.5亿元 outcome 2025", "6.1% outcome 2025", "8.5% outcome 2025" },
      (read("今年前三季度，全县地区生产总值完成268.5亿元，同比增长6.1%。1—9月，规上工业增加值增长8.5%。", october)))
    assert.are.same({ "120亿元 outcome 2025" }, (read("今年以来，全县完成固定资产投资120亿元。", october)))
    -- 截至 opening the sentence dates all of it
    assert.are.same({ "220亿元 outcome 2025" }, (read("截至9月底，全县完成投资220亿元。", october)))
    -- and a result with no time word is the running year's too
    assert.are.same({ "8.5% outcome 2025" }, (read("记者从县统计局获悉，全县规模以上工业增加值同比增长8.5%。", october)))
    -- a plan's words still make a target (of the year it names)
    assert.are.same({ "150亿元 target 2025" }, (read("今年全县力争完成固定资产投资150亿元。", october)))
    -- a time that ended before the year planned frames a result, with no modality
    local december = { published = "2025-12-28", region = "聊城市阳谷县", kind = "news" }
    assert.are.same({ "268.5亿元 outcome 2025", "6%左右 target 2026" },
      (read("今年前三季度，全县地区生产总值完成268.5亿元。2026年全县地区生产总值增长6%左右。", december)))
  end)

  it("reads a programme's term in parentheses as its name's, no frame for the clauses after it", function()
    local county = { published = "2026-01-12", region = "聊城市阳谷县", kind = "work_report" }
    -- it frames its own sentence, the programme's
    assert.are.same({ "15个 target 2026-2028", "50家 target 2026" },
      (read("三、2026年工作安排\n实施县城更新三年行动（2026—2028年），改造老旧小区15个。新培育“四上”企业50家。", county)))
    -- but years glossing the time word before them frame its paragraph
    assert.are.same({ "50万人 outcome 2021-2025", "12个 outcome 2021-2025" },
      (read("一、“十四五”时期工作回顾\n“十四五”时期（2021—2025年），全县城镇新增就业50万人。新建产业园12个。", county)))
  end)

  it("reads a count of places in the hundreds of millions as a grade of their size (超百亿县)", function()
    assert.are.same({ "超百亿县 other", "35个 outcome" }, reading("2025年，地区生产总值超百亿县增至35个。"))
    assert.are.same({ "3个 outcome" }, reading("2025年，新增千亿园区3个。"))
    -- a count of places stays one
    assert.are.same({ "12县 outcome" }, reading("2025年，新增省级乡村振兴示范县12县。"))
  end)

  it("reads a national event's edition, the region's deed, part and share as its own", function()
    assert.are.same({ "20项 outcome" }, reading("2025年，在第十二届全国少数民族传统体育运动会获一等奖20项。"))
    assert.are.same({ "1.35亿千瓦 outcome" }, reading("2025年，新能源装机在全国率先破亿、达到1.35亿千瓦。"))
    assert.are.same({ "4位 outcome" }, reading("2025年，我区区域创新能力全国排名上升4位。"))
    assert.are.same({ "4个 outcome" }, reading("2025年，全国百强县中我区有4个。"))
    assert.are.same({ "50%以上 outcome" }, reading("2025年，系列产品全国市场占有率达到50%以上。"))
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

  it("leaves 平均 before the verb out of the subject (城镇调查失业率平均为5.1%)", function()
    assert.are.same({ "5.1% 城镇调查失业率" }, subjects("2025年，城镇调查失业率平均为5.1%。"))
  end)

  it("splits at a word separator when the marks give too few subjects", function()
    -- the first takes the head the last writes for both
    assert.are.same({ "5% 城镇居民人均可支配收入", "6% 农村居民人均可支配收入" },
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

  it("sets a stock built up to (建成智能算力超4.8万P) against a level promised", function()
    local v = judge("2025年，智能算力规模达2万P。", "一、2025年工作和“十四五”发展回顾\n五年来，建成智能算力超4.8万P。")
    assert.are.same({ "met", "超4.8万P" }, { v[1].status, v[1].outcome.raw })
  end)

  it("answers afforestation promised with afforestation done, however the verb phrase says it (造林, 营造林)", function()
    local v = judge("2025年，完成造林100万亩。", "一、2025年工作回顾\n过去一年，完成营造林110万亩。")
    assert.are.same({ "met", "110万亩" }, { v[1].status, v[1].outcome.raw })
  end)

  it("reads a subject through its aside in parentheses (细颗粒物(PM2.5)平均浓度), and 下降到 as one verb", function()
    local v = judge("今年，PM2.5平均浓度控制在30微克/立方米以内。", "一、2025年工作回顾\n过去一年，细颗粒物(PM2.5)平均浓度28.5微克/立方米。")
    assert.are.same({ "met", "28.5微克/立方米", "pm25_level" }, { v[1].status, v[1].outcome.raw, v[1].indicator })
    local _, ms = read("PM2.5浓度下降到33微克/立方米。")
    assert.are.same({ "PM2.5浓度", "下降到" }, { ms[1].subject, ms[1].verb })
  end)

  it("answers the growth of the three sectors (一、二、三产增加值分别增长…) sector by sector", function()
    local v = judge("主要预期目标是：全省地区生产总值增长5.5%左右，其中一、二、三产增加值分别增长3.5%以上、7%左右、5%以上。",
      "一、2025年工作回顾\n全省地区生产总值增长5.3%，其中第一产业增加值增长3.8%，第二产业增加值增长6.1%，第三产业增加值增长5.2%。")
    local got = {}
    for _, x in ipairs(v) do got[#got + 1] = ("%s %s %s"):format(x.indicator, x.status, x.outcome and x.outcome.raw) end
    assert.are.same({ "gdp_growth met 5.3%", "primary_va_growth met 3.8%", "secondary_va_growth missed 6.1%",
      "services_value_added_growth met 5.2%" }, got)
  end)

  it("reads a subject and the verb written after it as one indicator (开展职业技能｜培训), not a list's shared verb", function()
    local v = judge("2025年，开展职业技能培训21万人次，完成湿地保护修复工程12处。",
      "一、2025年工作回顾\n开展补贴性技能培训25.6万人次，完成人工造林21.7万亩、湿地保护修复工程12处。")
    local got = {}
    for _, x in ipairs(v) do got[#got + 1] = ("%s %s %s"):format(tostring(x.indicator), x.status, x.outcome and x.outcome.raw) end
    assert.are.same({ "skills_training met 25.6万人次", "nil met 12处" }, got)
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
    -- the margin is the part of the target the share adds (41万人 × 18.2%), not 118.2 − 410000
    v = judge("城镇新增就业41万人。", "2025年，城镇新增就业完成年计划的118.2%。")
    assert.are.same({ 74620, 1.182 }, { v[1].margin, v[1].ratio })
    -- a share of the plan says nothing in points of a rate
    v = judge("规模以上工业增加值增长8%。", "2025年，规模以上工业增加值增长完成年计划的105%。")
    assert.are.same({ "met", "plan_share" }, { v[1].status, v[1].rule })
    assert.is_nil(v[1].margin)
  end)

  it("pairs two coordinated words written in full with their short form (堵点乱点, 堵乱点)", function()
    local v = verdict_on(judge("启动中心城区交通堵点乱点分类治理60处。", "2025年，治理交通堵乱点134处。"), "60处")
    assert.are.same({ "met", "134处", "similarity" }, { v.status, v.outcome.raw, v.matched_by })
  end)

  it("reads a count before a noun phrase as a count of it (建设100个口袋公园、10座体育公园)", function()
    local vs = judge("今年，建设100个口袋公园、10座体育公园。", "2025年，新建口袋公园100个。")
    assert.are.same({ "met", "100个" }, { verdict_on(vs, "100个").status, verdict_on(vs, "100个").outcome.raw })
    assert.are.same({ "体育公园", "not_reported" }, { verdict_on(vs, "10座").subject, verdict_on(vs, "10座").status })
  end)

  it("never pairs titles of different ranks (省级 and 国家级 产业集群)", function()
    local v = verdict_on(judge("今年，加快壮大40个省级县域特色产业集群。",
      "2025年，曾都移动应急装备等18个产业集群入选国家级中小企业特色产业集群。"), "40个")
    assert.are.equal("not_reported", v.status)
  end)

  it("reads a catalogue name closed by 项目 as that indicator (民生实事项目)", function()
    local v = verdict_on(judge("今年继续实施10大类55项民生实事。", "2025年，全年10大类55项民生实事项目如期完成。"), "55项")
    assert.are.same({ "livelihood_projects", "met", "catalogue" }, { v.indicator, v.status, v.matched_by })
  end)

  it("pairs two bare attributes (总投资, 新增里程) only when their clauses name the same thing", function()
    local v = verdict_on(judge("今年推进好总投资1.78万亿元的289个省重点项目。",
      "2025年，湘商回归新注册企业1990家、总投资5785.5亿元。"), "1.78万亿元")
    assert.are.equal("not_reported", v.status)
    v = verdict_on(judge("开工南宁至北海二通道等高速公路，新增通车里程400公里以上。",
      "一、2025年工作回顾\n苍梧、昭平等10个县区通了新的高速公路，新增里程590公里。"), "400公里以上")
    assert.are.same({ "met", "590公里" }, { v.status, v.outcome.raw })
  end)

  it("reads a verb that names the thing done as its indicator (全年新增减税降费2.36万亿元)", function()
    local v = verdict_on(judge("全年减轻企业税收和社保缴费负担近2万亿元。", "2025年，全年新增减税降费2.36万亿元。"), "近2万亿元")
    assert.are.same({ "tax_fee_cuts", "met", "2.36万亿元" }, { v.indicator, v.status, v.outcome.raw })
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
    local v = verdict_on(judge("开展城中村改造和城市危旧房改造3.5万套。", "2025年，实施城中村和城市危旧房改造3.6万套。"), "3.5万套")
    assert.are.same({ "met", "3.6万套" }, { v.status, v.outcome.raw })
    v = verdict_on(judge("完成农村建设品质提升投资260亿元以上。", "2025年，乡村建设品质提升行动完成投资310亿元。"),
      "260亿元以上")
    assert.are.same({ "met", "310亿元" }, { v.status, v.outcome.raw })
  end)

  it("lends the first conjunct's modifier to each conjunct of a 分别 list (农村…、自来水普及率)", function()
    local v = verdict_on(judge("农村生活污水治理率、自来水普及率分别达90%、96%。", "2025年，农村自来水普及率提升至97.2%。"), "96%")
    assert.are.same({ "rural_tap_water", "met", "97.2%" }, { v.indicator, v.status, v.outcome.raw })
  end)

  it("names each thing of a list after its count when the first count does (30个“…”、150项“…”事项)", function()
    local v = verdict_on(judge("今年再推出30个“高效办成一件事”、150项“全区通办”事项。",
      "2025年，推出“高效办成一件事”重点事项30个，推动456个事项“全区通办”。"), "150项")
    assert.are.same({ "met", "456个" }, { v.status, v.outcome.raw })
  end)

  it("names a bare attribute's thing from the clause before it (…高速公路等项目，通车总里程)", function()
    local v = verdict_on(judge("建成沿黄高速公路等项目，通车总里程突破1万公里。", "2025年，高速公路通车里程突破1万公里。"),
      "突破1万公里")
    assert.are.same({ "highway_mileage", "met" }, { v.indicator, v.status })
    -- an added length is no road's length
    v = verdict_on(judge("开工一批高速公路，新增通车里程400公里以上。", "2025年，高速公路通车里程突破1万公里。"),
      "400公里以上")
    assert.is_nil(v.indicator)
  end)

  it("leaves a time out of the thing (4月…, 年底…)", function()
    local v = verdict_on(judge("力争今年4月贯通实战应用超过200个、年底超过260个。", "2025年，六大系统实战应用251个。"), "超过260个")
    assert.are.same({ "missed", "251个" }, { v.status, v.outcome.raw })
  end)

  it("finds the topic of a result in the clauses before it (试验区初具规模，…，在园师生达1万人)", function()
    local v = verdict_on(judge("陵水黎安国际教育创新试验区师生规模突破1万人。",
      "2025年，自贸港建设取得新进展；陵水黎安国际教育创新试验区初具规模，签约入驻国内外知名高校26所，在园师生达1万人。"),
      "突破1万人")
    assert.are.same({ "1万人" }, { v.outcome.raw })
  end)

  it("ranks the closest wording first (1000个省级重点产业项目, not 243个重点项目 after it)", function()
    local v = verdict_on(judge("实施1000个重点产业项目。",
      "2025年，1000个省级重点产业项目完成投资1865.7亿元、增长4%，243个重点项目建成投产。"), "1000个")
    assert.are.same({ "met", "1000个" }, { v.status, v.outcome.raw })
  end)

  it("does not pair co-ordinate things by the action they share (炼钢产能 and 炼铁产能, 淘汰)", function()
    local vs = judge("淘汰落后炼铁产能1000万吨、落后炼钢产能550万吨。",
      "2025年，淘汰落后的水泥产能1500万吨、炼铁产能1122万吨、焦炭产能925万吨。")
    assert.are.same({ "met", "1122万吨" }, { verdict_on(vs, "1000万吨").status, verdict_on(vs, "1000万吨").outcome.raw })
    assert.are.equal("not_reported", verdict_on(vs, "550万吨").status)
  end)

  it("reads who pays (中央财政) as no part of the thing paid for", function()
    local v = verdict_on(judge("中央财政拟安排补贴资金1230亿元。", "2025年，中央财政安排429亿元。"), "1230亿元")
    assert.are.equal("not_reported", v.status)
    v = verdict_on(judge("中央财政拟投入社会保障资金2930亿元。", "2025年，中央财政安排社会保障资金2906亿元。"), "2930亿元")
    assert.are.same({ "missed", "2906亿元" }, { v.status, v.outcome.raw })
  end)

  it("answers an amount with an amount and an increment on the year before with an increment", function()
    local vs = judge("二、2025年工作安排\n今年中央财政安排“三农”支出5625亿元，比上年增加1307亿元。",
      "2025年，中央财政用于“三农”的投入5955亿元，比上年增加1637亿元。")
    assert.are.same({ "met", "5955亿元" }, { verdict_on(vs, "5625亿元").status, verdict_on(vs, "5625亿元").outcome.raw })
    assert.are.same({ "met", "1637亿元" }, { verdict_on(vs, "1307亿元").status, verdict_on(vs, "1307亿元").outcome.raw })
  end)

  it("reads an increase of what the catalogue keeps as a level (专项债券增加) as its change, no level", function()
    local vs = judge("今年拟安排地方政府专项债券3.75万亿元，比去年增加1.6万亿元。",
      "2025年，地方政府专项债券增加1.6万亿元。")
    assert.are.equal("not_reported", verdict_on(vs, "3.75万亿元").status)
    assert.are.same({ "met", "1.6万亿元" }, { verdict_on(vs, "1.6万亿元").status, verdict_on(vs, "1.6万亿元").outcome.raw })
    -- a verb of adding gives the amount itself
    vs = judge("今年拟安排地方政府专项债券3.75万亿元。", "2025年，新增地方政府专项债券3.75万亿元。")
    assert.are.equal("met", verdict_on(vs, "3.75万亿元").status)
    -- and a stock grows by what it adds, whatever the verb
    vs = judge("今年，新增高速公路通车里程300公里。", "一、2025年工作回顾\n过去一年，全省高速公路通车里程增加320公里。")
    assert.are.equal("met", verdict_on(vs, "300公里").status)
    -- while any other level's increase is its change, with 比上年 or without
    vs = judge("今年，全省粮食产量增加5亿斤。", "一、2025年工作回顾\n过去一年，粮食产量比上年增加12.6亿斤。")
    assert.are.equal("met", verdict_on(vs, "5亿斤").status)
  end)

  it("gives an outcome matched by wording alone to the promise of the report it resembles most", function()
    local vs = judge("二、2025年工作安排\n新增省级现代服务业集聚区20个左右。培育10个左右海洋特色产业集聚区。",
      "2025年，新培育省级现代海洋特色产业集聚区7个。")
    assert.are.same({ "missed", "7个" }, { verdict_on(vs, "10个左右").status, verdict_on(vs, "10个左右").outcome.raw })
    assert.are.equal("not_reported", verdict_on(vs, "20个左右").status)
    -- alone in its report, the promise takes the outcome its wording matches
    vs = judge("二、2025年工作安排\n新增省级现代服务业集聚区20个左右。", "2025年，新培育省级现代海洋特色产业集聚区7个。")
    assert.are.equal("missed", verdict_on(vs, "20个左右").status)
  end)

  it("reads an increment on the year before where its clause names what of that year it is set against", function()
    -- 比上年年初预算增加1800亿元: 比上年 stands more than a few words before
    -- the figure; the increment is no deficit of its own
    local vs = judge("二、2025年工作安排\n赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。",
      "2025年，财政赤字4.06万亿元。")
    assert.are.same({ "met", "4.06万亿元" }, { verdict_on(vs, "4.06万亿元").status, verdict_on(vs, "4.06万亿元").outcome.raw })
    assert.are.equal("not_reported", verdict_on(vs, "1800亿元").status)
    -- a 比上年 of another statement, past a semicolon, makes no increment
    vs = judge("二、2025年工作安排\n粮食产量比上年增长1%；减少化肥使用量5万吨。", "2025年，减少化肥使用量6万吨。")
    assert.are.same({ "met", "6万吨" }, { verdict_on(vs, "5万吨").status, verdict_on(vs, "5万吨").outcome.raw })
  end)

  it("does not pair by wording alone figures an order of magnitude apart", function()
    local v = verdict_on(judge("新增农村幸福院100个。", "2025年，农村幸福院达到1500个。"), "100个")
    assert.are.equal("not_reported", v.status)
    v = verdict_on(judge("新增农村幸福院100个。", "2025年，新增农村幸福院120个。"), "100个")
    assert.are.same({ "met", "120个" }, { v.status, v.outcome.raw })
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

describe("a web page's furniture", function()
  it("counts its readers, no figure of the region (浏览次数：27406次, 您是本站第12386451位访问者)", function()
    local meta = { published = "2024-01-15", region = "芜湖市", kind = "work_report" }
    for _, text in ipairs({ "发布时间：2024-01-15　信息来源：市政府办公室　浏览次数：27406次　【字体：大 中 小】",
        "本页已被浏览 15302 次", "您是本站第12386451位访问者" }) do
      local _, ms = read(text, meta)
      assert.are.same({ "other" }, { ms[1].kind }, text)
    end
    -- but the use of a service is the region's (月访问量稳定在2000万人次)
    local _, ms = read("“湘易办”月访问量稳定在2000万人次。", meta)
    assert.are.same({ "target" }, { ms[1].kind })
  end)
end)

describe("a round size in a programme's name", function()
  it("is no figure where the programme's own amount follows it (百万亩造林任务1200亩)", function()
    local _, ms = read("三、2023年重点工作\n完成新一轮百万亩造林任务1200亩。",
      { published = "2023-01-05", region = "北京市海淀区", kind = "work_report" })
    assert.are.same({ "百万亩 other", "1200亩 target" }, { ms[1].raw .. " " .. ms[1].kind, ms[2].raw .. " " .. ms[2].kind })
  end)
end)
