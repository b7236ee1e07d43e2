-- Classes of wording met in reports duixian was not built on (the State
-- Council's after 2012, provinces, prefectures, counties, districts,
-- autonomous regions), each with a short real phrase and its exact reading.
local duixian = require "duixian"
local A = require "spec.audit_helper"

local NATIONAL_2018 = { published = "2018-03-05", region = "中华人民共和国", kind = "work_report" }
local XINJIANG_2023 = { published = "2023-01-15", region = "新疆维吾尔自治区", kind = "work_report" }

-- "raw kind period region subject verb" of each mention of text.
local function read(text, meta)
  local ms = assert(duixian.scan(text, meta))
  local out = {}
  for _, m in ipairs(ms) do
    out[#out + 1] = ("%s %s %s %s %s %s"):format(m.raw, m.kind, tostring(m.period), tostring(m.region),
      m.subject, m.verb)
  end
  return out
end

describe("words of change", function()
  it("reads the compounds of cutting (缩减, 精简, 压缩, 压降) as verbs of decrease", function()
    assert.are.same({
      "80% outcome 2013-2017 中华人民共和国 中央政府定价项目 缩减",
      "74% outcome 2013-2017 中华人民共和国 行政审批中介服务事项 压减",
    }, read("五年来，中央政府定价项目缩减80%，行政审批中介服务事项压减74%。", NATIONAL_2018))
    assert.are.same({ "65% outcome 2025 安徽省 办理时限 压缩" },
      read("过去一年，办理时限压缩65%。", { published = "2026-02-05", region = "安徽省", kind = "work_report" }))
  end)

  it("keeps a noun that opens with such a verb whole (压缩空气储能)", function()
    local ms = assert(duixian.scan("肥城300兆瓦压缩空气储能项目并网。",
      { published = "2025-01-20", region = "山东省", kind = "work_report" }))
    assert.are.same({ "300兆瓦", "" }, { ms[1].raw, ms[1].verb })
  end)

  it("reads 扩招 as a flow, kept over the years it is promised for", function()
    assert.are.same({ "200万人 target 2020-2021 中华人民共和国 高职院校 扩招" },
      read("今明两年高职院校扩招200万人。", { published = "2020-05-22", region = "中华人民共和国", kind = "work_report" }))
  end)
end)

describe("units", function()
  it("reads a bandwidth (兆比特每秒, Mbps)", function()
    local ms = assert(duixian.scan("五年来，固定宽带网络平均接入速率提高到21.4兆比特每秒，家庭宽带接入能力达到1000Mbps。",
      NATIONAL_2018))
    assert.are.same({ "21.4兆比特每秒", 21.4, "Mbit/s", "outcome", "2017" },
      { ms[1].raw, ms[1].value, ms[1].unit, ms[1].kind, ms[1].period })
    assert.are.same({ "1000Mbps", 1000, "Mbit/s" }, { ms[2].raw, ms[2].value, ms[2].unit })
  end)

  it("reads 人口 after a count as one unit, and a population before 的 as a description", function()
    local ms = assert(duixian.scan("我们这样一个13亿多人口的大国实现了比较充分就业。", NATIONAL_2018))
    assert.are.same({ "13亿多人口", "person", "other" }, { ms[1].raw, ms[1].unit, ms[1].kind })
    ms = assert(duixian.scan("特殊教育学校覆盖20万人口以上的县。", NATIONAL_2018))
    assert.are.same({ "20万人口以上", "other" }, { ms[1].raw, ms[1].kind })
    ms = assert(duixian.scan("每10万人口高等教育平均在校生增长27%。", NATIONAL_2018))
    assert.are.same({ "27%", "高等教育平均在校生" }, { ms[2].raw, ms[2].subject })
  end)
end)

describe("regions across provinces", function()
  it("gives each member of a 分别 list of the nation's regions (京津冀, 长三角) its figure", function()
    local got = {}
    for _, m in ipairs(assert(duixian.scan("五年来，京津冀、长三角、珠三角等重点区域细颗粒物平均浓度分别下降39.6%、34.3%、27.7%。",
      NATIONAL_2018))) do
      got[#got + 1] = m.raw .. " " .. m.region
    end
    assert.are.same({ "39.6% 京津冀", "34.3% 长三角", "27.7% 珠三角" }, got)
  end)
end)

describe("the years of a plan's targets", function()
  it("promises a level for the plan's last year, and a flow, a sum or a level held each year over its span", function()
    assert.are.same({
      "6.5%以上 target 2023-2027 新疆维吾尔自治区 地区生产总值 增长",
      "突破2.5万亿元 target 2027 新疆维吾尔自治区 经济总量 突破",
      "62%左右 target 2027 新疆维吾尔自治区 城镇化率 达到",
      "730亿斤左右 target 2023-2027 新疆维吾尔自治区 粮食产量 稳定在",
      "250万人 target 2023-2027 新疆维吾尔自治区 城镇就业 新增",
    }, read("今后五年的主要目标是：地区生产总值年均增长6.5%以上，到2027年经济总量突破2.5万亿元；"
      .. "到2027年城镇化率达到62%左右，粮食产量稳定在730亿斤左右，累计新增城镇就业250万人。", XINJIANG_2023))
    -- a ceiling holds each year (城镇调查失业率5.5%以内)
    assert.are.same({ "5.5%以内 target 2023-2027 新疆维吾尔自治区 城镇调查失业率 " },
      read("今后五年的主要目标是：城镇调查失业率5.5%以内。", XINJIANG_2023))
  end)

  it("reads an average after 其中 over its own years, not its total's year", function()
    local got = {}
    for _, m in ipairs(assert(duixian.scan("今后五年，人均地区生产总值8万元以上，其中一二三产增加值年均分别增长3.5%左右、6%左右。",
      { published = "2026-01-20", region = "贵州省", kind = "work_report" }))) do
      got[#got + 1] = m.raw .. " " .. m.period
    end
    assert.are.same({ "8万元以上 2030", "3.5%左右 2026-2030", "6%左右 2026-2030" }, got)
  end)

  it("shows the years from the report's on as progress towards a level promised for a later year", function()
    local verdicts = A.audit_texts(A.pair("新疆维吾尔自治区", "2023-01-15", "2024-01-20"), { "今后五年的主要目标是：到2027年城镇化率达到62%左右。\n",
      "过去一年，城镇化率达到58.2%。\n" })
    assert.are.equal(1, #verdicts)
    assert.are.same({ "2027", "pending" }, { verdicts[1].period, verdicts[1].status })
    assert.are.equal("the year 2027 is not over in the documents at hand (the latest is from 2024); 1 progress figure(s) shown",
      verdicts[1].reason)
  end)
end)

describe("zones named without a place's name", function()
  local PUDONG = { published = "2024-01-15", region = "上海市浦东新区", kind = "work_report" }

  it("reads a clause opening with a zone's proper name (张江科学城, 霍尔果斯口岸) as that zone's", function()
    local got = {}
    for _, m in ipairs(assert(duixian.scan("张江科学城规模以上企业营业收入突破1万亿元，陆家嘴金融城新增持牌金融机构20家，"
      .. "洋山特殊综合保税区进出口额增长12%。", PUDONG))) do
      got[#got + 1] = m.raw .. " " .. m.region
    end
    assert.are.same({ "突破1万亿元 张江科学城", "20家 陆家嘴金融城", "12% 洋山特殊综合保税区" }, got)
    local ms = assert(duixian.scan("八达岭旅游区接待游客300万人次。", { published = "2024-01-20", region = "延庆区", kind = "work_report" }))
    assert.are.equal("八达岭旅游区", ms[1].region)
    ms = assert(duixian.scan("霍尔果斯口岸进出口货运量增长20%。",
      { published = "2024-01-24", region = "新疆维吾尔自治区", kind = "work_report" }))
    assert.are.equal("霍尔果斯口岸", ms[1].region)
  end)

  it("leaves a generic phrase (境外经贸合作区, 两个口岸) and a zone of another province to the report's region", function()
    local ms = assert(duixian.scan("境外经贸合作区达到11个。", { published = "2026-01-20", region = "湖北省", kind = "work_report" }))
    assert.are.equal("湖北省", ms[1].region)
    ms = assert(duixian.scan("新型智慧城市建设投资增长20%。航空口岸旅客吞吐量增长10%。",
      { published = "2024-01-20", region = "成都市", kind = "work_report" }))
    assert.are.same({ "成都市", "成都市" }, { ms[1].region, ms[2].region })
    ms = assert(duixian.scan("全区两个口岸进出口增长8%。关中地区生产总值增长5.5%。",
      { published = "2024-01-20", region = "宁夏回族自治区", kind = "work_report" }))
    assert.are.same({ "宁夏回族自治区", "宁夏回族自治区" }, { ms[1].region, ms[2].region })
  end)

  it("reads a zone that acts in the clause before (陆家嘴金融城加快建设…，金融业增加值…) as that clause's topic", function()
    local ms = assert(duixian.scan("浦东新区经济平稳增长。\n陆家嘴金融城推进建设，全年新增企业30家。"
      .. "陆家嘴金融城加快建设国际金融资产交易平台，金融业增加值增长6%左右。", PUDONG))
    assert.are.same({ "6%左右", "陆家嘴金融城" }, { ms[#ms].raw, ms[#ms].region })
    -- after a time word opening the paragraph's sentence too (今年，…)
    ms = assert(duixian.scan("浦东新区经济平稳增长。\n今年，陆家嘴金融城加快建设国际金融资产交易平台，金融业增加值增长6%左右。", PUDONG))
    assert.are.same({ "6%左右", "陆家嘴金融城" }, { ms[#ms].raw, ms[#ms].region })
    -- not past a clause with a subject of its own
    ms = assert(duixian.scan("全省经济平稳。\n通道建设提档升级，黑瞎子岛公路口岸开工建设，黑河公路大桥跨境客运班线开通运营，国际航线增至19条。",
      { published = "2025-01-20", region = "黑龙江省", kind = "work_report" }))
    assert.are.same({ "19条", "黑龙江省" }, { ms[1].raw, ms[1].region })
  end)

  it("reads a place a verb of backing opens the clause before with (支持利川市建设…，地区生产总值…) as the topic", function()
    local ms = assert(duixian.scan("支持利川市建设鄂西南副中心，地区生产总值突破200亿元。",
      { published = "2023-01-09", region = "恩施土家族苗族自治州", kind = "work_report" }))
    assert.are.same({ "突破200亿元", "利川市" }, { ms[1].raw, ms[1].region })
    ms = assert(duixian.scan("支持昆山高新区建设一流园区，高新技术企业总数突破900家。",
      { published = "2024-01-20", region = "昆山市", kind = "work_report" }))
    assert.are.equal("昆山高新区", ms[1].region)
    -- not a thing backed (支持企业技术改造)
    ms = assert(duixian.scan("支持企业技术改造，新增规上企业50家。", { published = "2024-01-20", region = "义乌市", kind = "work_report" }))
    assert.are.equal("义乌市", ms[1].region)
  end)

  it("leaves the nation's regions across provinces (京津冀) to the nation's reports", function()
    local ms = assert(duixian.scan("京津冀协同发展走深走实，承接京津转入基本单位4.39万个。",
      { published = "2023-01-13", region = "河北省", kind = "work_report" }))
    assert.are.same({ "4.39万个", "河北省" }, { ms[1].raw, ms[1].region })
  end)

  it("reads a zone its place's short name opens (昆山开发区) as the zone, the full name and a generic ending (长沙市园区) not", function()
    local ms = assert(duixian.scan("昆山开发区规上工业总产值达到3920亿元。", { published = "2024-01-20", region = "昆山市", kind = "work_report" }))
    assert.are.equal("昆山开发区", ms[1].region)
    ms = assert(duixian.scan("长沙市园区规上工业增加值增长8%。长沙园区规上工业增加值增长8%。",
      { published = "2024-01-20", region = "湖南省", kind = "work_report" }))
    assert.are.same({ "长沙市", "长沙市" }, { ms[1].region, ms[2].region })
  end)

  it("ends a zone's run of clauses at another place named between", function()
    local got = {}
    for _, m in ipairs(assert(duixian.scan("恩施大峡谷景区接待游客突破300万人次，支持利川市创建国家全域旅游示范区，新增国家4A级旅游景区3家。",
      { published = "2023-01-06", region = "恩施土家族苗族自治州", kind = "work_report" }))) do
      got[#got + 1] = m.region
    end
    assert.are_not.equal("恩施大峡谷景区", got[2])
  end)

  it("reads a zone named after a unit above the region (广州国际金融城 in 天河区's report) as the zone, not one elsewhere", function()
    local ms = assert(duixian.scan("广州国际金融城新增企业300家。深圳前海金融城新增企业200家。",
      { published = "2024-01-20", region = "天河区", kind = "work_report" }))
    assert.are.same({ "广州国际金融城", "天河区" }, { ms[1].region, ms[2].region })
  end)

  it("reads a province's regions named by custom (关中地区) in its own reports", function()
    local ms = assert(duixian.scan("关中地区生产总值增长5.5%。", { published = "2024-01-20", region = "陕西省", kind = "work_report" }))
    assert.are.equal("关中地区", ms[1].region)
  end)
end)

describe("townships", function()
  it("reads 每个镇 as every township, none by name", function()
    local ms = assert(duixian.scan("每个镇新建村级服务中心不少于5个。", { published = "2024-01-20", region = "义乌市", kind = "work_report" }))
    assert.are.equal("义乌市", ms[1].region)
  end)
end)

describe("figures that are no figure of the region", function()
  it("reads one group of companies' figures (贵州能源集团收入, 包钢集团利润) as no figure of the region", function()
    local ms = assert(duixian.scan("贵州能源集团收入突破1000亿元。培育百亿级企业集团5家。",
      { published = "2025-01-20", region = "贵州省", kind = "work_report" }))
    assert.are.same({ "other", "about one person, firm or village, not the region" }, { ms[1].kind, ms[1].other_reason })
    assert.are.same({ "5家", "target" }, { ms[2].raw, ms[2].kind })
    ms = assert(duixian.scan("市属国有集团营业收入增长10%。", { published = "2024-01-20", region = "长沙市", kind = "work_report" }))
    assert.are.equal("target", ms[1].kind)
  end)
end)

describe("the whole a part is counted of", function()
  it("reads a count its clause closes with 中 (全区43个街乡中，有12个…) as the base of the part after it", function()
    local ms = assert(duixian.scan("全区43个街乡中，有12个街乡获评市级文明街乡。",
      { published = "2024-01-15", region = "北京市朝阳区", kind = "work_report" }))
    assert.are.same({ "43个", "other", "counts the members a share is taken over (74个国控断面…比例100%): the share is the figure" },
      { ms[1].raw, ms[1].kind, ms[1].other_reason })
    assert.are.equal("12个", ms[2].raw) -- the part, a figure
    -- not what is under way (3个项目在建中，…)
    ms = assert(duixian.scan("全市3个项目在建中，总投资50亿元。", { published = "2024-01-20", region = "湖南省", kind = "work_report" }))
    assert.are.same({ "3个", "target" }, { ms[1].raw, ms[1].kind })
  end)
end)

describe("counts of places naming whose figure follows", function()
  it("reads a count of places before their figure (山区26县生产总值增长7.5%) as no figure of its own", function()
    local zhejiang = { published = "2024-01-20", region = "浙江省", kind = "work_report" }
    local got = {}
    for _, m in ipairs(assert(duixian.scan("过去一年，山区26县生产总值增长7.5%，全省13个设区市地区生产总值全部超过4000亿元。", zhejiang))) do
      got[#got + 1] = m.raw .. " " .. m.kind
    end
    assert.are.same({ "26县 other", "7.5% outcome", "13个 other", "超过4000亿元 outcome" }, got)
    local ms = assert(duixian.scan("推进沿边产业园区建设，沿边8个州市外贸进出口增长8%以上。",
      { published = "2024-01-24", region = "云南省", kind = "work_report" }))
    assert.are.same({ "8个", "other" }, { ms[1].raw, ms[1].kind })
  end)

  it("keeps a count of things (276个重点项目完成投资792亿元) and a list's items as figures", function()
    local liaocheng = { published = "2023-01-10", region = "聊城市", kind = "work_report" }
    local ms = assert(duixian.scan("过去一年，276个市级以上重点项目完成投资792亿元。", liaocheng))
    assert.are.same({ "276个", "outcome" }, { ms[1].raw, ms[1].kind })
    ms = assert(duixian.scan("过去一年，1个盟市本级和10个旗县退出高风险等级。",
      { published = "2025-01-20", region = "内蒙古自治区", kind = "work_report" }))
    assert.are.same({ "1个", "outcome" }, { ms[1].raw, ms[1].kind })
    -- nor how many did (全省有8个县…)
    ms = assert(duixian.scan("过去一年，全省有8个县地区生产总值增长10%以上。",
      { published = "2024-01-20", region = "湖南省", kind = "work_report" }))
    assert.are.same({ "8个", "outcome" }, { ms[1].raw, ms[1].kind })
  end)
end)

describe("standards and sections", function()
  it("reads a sum a policy pays each person (基础养老金提高到每人每月510元) as the region's standard", function()
    assert.are.same({ "510元 target 2024 某市 城乡居民基础养老金 提高到" },
      read("城乡居民基础养老金提高到每人每月510元。", { published = "2024-01-20", region = "某市", kind = "work_report" }))
  end)

  it("reads a heading on how work went (（二）重点工作推进情况) as a review", function()
    local text = "一、2023年国民经济和社会发展计划执行情况\n（二）重点工作推进情况\n全省新增城镇就业130万人。\n"
      .. "二、2024年计划草案\n地区生产总值增长5%左右。\n"
    local got = {}
    for _, m in ipairs(assert(duixian.scan(text, { published = "2024-01-24", region = "广东省", kind = "plan" }))) do
      got[#got + 1] = ("%s %s %s"):format(m.raw, m.kind, m.period)
    end
    assert.are.same({ "130万人 outcome 2023", "5%左右 target 2024" }, got)
  end)

  it("judges a fall promised in a level's name (细颗粒物年均浓度下降5%左右) as a floor on the fall", function()
    local verdicts = A.audit_texts(A.pair("北京市", "2016-01-20", "2017-01-20"), { "今年主要预期目标：细颗粒物年均浓度下降5%左右。\n",
      "过去一年，细颗粒物年均浓度为73微克/立方米，下降9.9%。\n" })
    assert.are.same({ "pm25", "met" }, { verdicts[1].indicator, verdicts[1].status })
  end)
end)

describe("a 分别 list's shared head", function()
  it("gives the first conjunct the head the last writes for both, joined by 和 too", function()
    assert.are.same({ "30元 met 30元", "5元 not_reported nil" }, A.judged("中华人民共和国",
      "居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。\n", "过去一年，居民医保人均财政补助标准提高30元。\n",
      "2023-03-05", "2024-03-05"))
  end)
end)

describe("words of older and other reports", function()
  local HENAN_2015 = { published = "2015-01-20", region = "河南省", kind = "work_report" }

  it("reads a boiler's capacity in 蒸吨, and a rate named by a verb (增长率) with no verb of its own", function()
    assert.are.same({ "5000蒸吨 outcome 2014 河南省 燃煤小锅炉 淘汰" }, read("过去一年，淘汰燃煤小锅炉5000蒸吨。", HENAN_2015))
    assert.are.same({ "5.78‰ outcome 2014 河南省 人口自然增长率 " }, read("过去一年，人口自然增长率5.78‰。", HENAN_2015))
  end)

  it("keeps nouns holding a verb whole (安置房, 列车) and counts flowers and fowl (枝, 羽)", function()
    local plan = { published = "2024-01-20", region = "某市", kind = "work_report" }
    assert.are.same({ "1.2万套 target 2024 某市 安置房 新开工", "7550套 target 2024 某市 安置房 续建" },
      read("新开工安置房1.2万套，续建安置房7550套。", plan))
    assert.are.same({ "200亿枝 target 2024 某市 鲜切花产量 达到", "3亿羽 target 2024 某市 出栏肉禽 " },
      read("鲜切花产量达到200亿枝，出栏肉禽3亿羽。", plan))
  end)

  it("reads 年内 as the year planned, whatever deadline opened the paragraph", function()
    local ms = assert(duixian.scan("到2025年，新能源装机规模达到5000万千瓦。示范区年内完成投资300亿元。",
      { published = "2023-01-10", region = "鄂尔多斯市", kind = "work_report" }))
    assert.are.same({ "2025", "2023" }, { ms[1].period, ms[2].period })
  end)
end)

describe("a subject the clause before writes", function()
  it("takes the thing a figureless clause before opens with (居民消费价格涨幅保持较低水平，全年上涨1.4%)", function()
    assert.are.same({ "3%左右 met 1.4%" }, A.judged("中华人民共和国", "今年主要预期目标：居民消费价格涨幅3%左右。\n",
      "过去一年，居民消费价格涨幅保持较低水平，全年上涨1.4%。\n", "2015-03-05", "2016-03-05"))
  end)
end)

describe("a rate's frame", function()
  it("matches a rate whose frame stands before its verb (低保标准每人每月提高到1400元) with one whose frame follows it", function()
    assert.are.same({ "1400元 missed 1370元" }, A.judged("某市", "今年重点工作：城乡低保标准每人每月提高到1400元。\n",
      "过去一年，城乡低保标准提高到每人每月1370元。\n", "2023-01-20", "2024-01-20"))
  end)
end)

describe("a change said after a figure", function()
  it("reads 增加N right after a figure in the same unit (…366万户，增加100万户) as the change on the year before", function()
    assert.are.same({ "366万户 met 432万户", "100万户 not_reported nil" }, A.judged("中华人民共和国",
      "今年农村危房改造366万户，增加100万户。\n", "过去一年，农村危房改造432万户。\n", "2015-03-05", "2016-03-05"))
  end)
end)

describe("sums put to use", function()
  it("reads a sum a verb of using puts to use (用好5000多亿元专项债结存限额) as stated, a rate so named not", function()
    local national = { published = "2023-03-05", region = "中华人民共和国", kind = "work_report" }
    assert.are.same({ "5000多亿元 target 2023 中华人民共和国 专项债 用好", "200亿元 target 2023 中华人民共和国 存量资金 盘活" },
      read("用好5000多亿元专项债结存限额。盘活存量资金200亿元。", national))
    local ms = assert(duixian.scan("用好西部地区鼓励类产业企业所得税减按15%征收等优惠政策。",
      { published = "2025-01-20", region = "贵州省", kind = "work_report" }))
    assert.are.equal("other", ms[1].kind)
  end)
end)

describe("times held to", function()
  it("reads a time a verb of holding keeps within (保持在0.5个工作日以内) as a figure", function()
    assert.are.same({ "0.5个工作日以内 target 2024 某市 企业开办时间 保持在", "3个月以内 target 2024 某市 审批时间 稳定在" },
      read("今年，企业开办时间保持在0.5个工作日以内，审批时间稳定在3个月以内。",
        { published = "2024-01-20", region = "某市", kind = "work_report" }))
  end)
end)

describe("a fall that narrows", function()
  it("reads 收窄至 as reaching a level, 收窄 as a change of the fall", function()
    assert.are.same({ "3.2% outcome 2021 洛阳市 社会消费品零售总额降幅 收窄至",
      "5.1个百分点 outcome 2021 洛阳市 社会消费品零售总额降幅 收窄" },
      read("2021年，社会消费品零售总额降幅收窄至3.2%，比一季度收窄5.1个百分点。",
        { published = "2022-01-10", region = "洛阳市", kind = "work_report" }))
  end)
end)

describe("the whole a part is counted of, right before 中有", function()
  local news = { published = "2024-07-21", region = "德州市", kind = "news" }
  it("reads the count before 中有 as the whole (41个工业行业大类中有29个), its part as the figure", function()
    local ms = assert(duixian.scan("上半年，41个工业行业大类中有29个行业增加值实现增长。", news))
    assert.are.same({ "41个", "other", "29个", "outcome" }, { ms[1].raw, ms[1].kind, ms[2].raw, ms[2].kind })
  end)

  it("keeps a count done (新建5个园区中有2个投产) and a yearly list of works (30项民生实事清单中有9项)", function()
    local ms = assert(duixian.scan("上半年，新建5个园区中有2个投产。", news))
    assert.are.same({ "5个", "outcome" }, { ms[1].raw, ms[1].kind })
    ms = assert(duixian.scan("记者梳理发现，30项重点民生实事清单中有9项与卫生医药有关。", news))
    assert.are.same({ "30项", "target" }, { ms[1].raw, ms[1].kind })
  end)
end)

describe("the State Council's plan part", function()
  it("reads a 预计 in the plan part of a work report as the plan's (预计全年为企业新增减负超过2.5万亿元)", function()
    local text = "一、2019年和今年以来工作回顾\n过去一年，国内生产总值增长6.1%。\n"
      .. "二、今年发展主要目标和下一阶段工作总体部署\n今年发展主要目标是：城镇新增就业900万人以上。\n"
      .. "三、加大宏观政策实施力度，着力稳企业保就业\n加大减税降费力度。预计全年为企业新增减负超过2.5万亿元。\n"
    local ms = assert(duixian.scan(text, { published = "2020-05-22", region = "中华人民共和国", kind = "work_report" }))
    assert.are.same({ "超过2.5万亿元", "target", "2020" }, { ms[3].raw, ms[3].kind, ms[3].period })
  end)

  it("reads a year the prices are measured at (2010年不变价, 按2020年不变价计算) as no period", function()
    assert.are.same({ "7% outcome 2022 聊城市 生产总值 增长" },
      read("2022年，按2020年不变价计算，全市生产总值增长7%。", { published = "2023-01-10", region = "聊城市", kind = "work_report" }))
    local ms = assert(duixian.scan("过去一年，将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准。",
      { published = "2012-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert.are.equal("2011", ms[1].period)
  end)
end)

describe("the same things at another stage", function()
  it("gives a count in the classifier of the one before, with nothing after it, that one's subject", function()
    assert.are.same({ "544万套 outcome 2013 中华人民共和国 城镇保障性安居工程 基本建成",
      "666万套 outcome 2013 中华人民共和国 城镇保障性安居工程 新开工" },
      read("过去一年，城镇保障性安居工程基本建成544万套，新开工666万套。",
        { published = "2014-03-05", region = "中华人民共和国", kind = "work_report" }))
  end)
end)

describe("zones named after a county's short name", function()
  it("reads 瑞金经开区 in a report of 赣州市 as the zone, a generic ending (瑞金园区) not", function()
    local ganzhou = { published = "2022-01-11", region = "赣州市", kind = "work_report" }
    assert.are.same({ "12% target 2022 瑞金经开区 瑞金经开区规上工业增加值 增长",
      "20家 target 2022 瑞金经开区 企业 新增" }, read("瑞金经开区规上工业增加值增长12%，新增企业20家。", ganzhou))
    assert.are.same({ "12% target 2022 赣州市 瑞金园区规上工业增加值 增长" },
      read("瑞金园区规上工业增加值增长12%。", ganzhou))
  end)
end)

describe("standards paid per person and period", function()
  local hebei = { published = "2024-01-20", region = "河北省", kind = "work_report" }
  local function units(text)
    local out = {}
    for _, m in ipairs(assert(duixian.scan(text, hebei))) do out[#out + 1] = m.raw .. " " .. m.unit .. " " .. m.subject end
    return out
  end
  it("reads a sum after 每人每月 or 每人每年 in the rate's unit, as 元/月 is", function()
    assert.are.same({ "108元 CNY/month 城乡低保标准", "670元 CNY/year 城乡居民医保补助标准" },
      units("城乡低保标准提高到每人每月108元。城乡居民医保补助标准提高到每人每年670元。"))
  end)
  it("reads the period before the verb (每人每月提高到1400元) and the value a change carries to alike", function()
    assert.are.same({ "1400元 CNY/month 低保标准", "120元 CNY/year 补助标准", "200元 CNY/year 补助标准" },
      units("低保标准每人每月提高到1400元。补助标准由每人每年120元提高到200元。"))
  end)
  it("keeps a yearly budget (每年安排140亿元) a sum", function()
    assert.are.same({ "140亿元以上 CNY 每年" }, units("每年安排140亿元以上。"))
  end)
end)

describe("an estimate that sums up the year", function()
  it("governs its list past semicolons (预计全年…；…), a bare 预计 its clauses up to one", function()
    local text = "一、2023年工作回顾\n过去一年，预计全旗地区生产总值完成2086亿元，增长5.8%；一般公共预算收入完成226.5亿元，增长8%。"
      .. "预计生产总值增长8%左右，一般公共预算收入增长14%；有研发活动的企业达到48.6%。\n"
    local ms = assert(duixian.scan(text, { published = "2024-01-04", region = "准格尔旗", kind = "work_report" }))
    local estimated = {}
    for _, m in ipairs(ms) do estimated[#estimated + 1] = m.raw .. " " .. tostring(m.estimate) end
    assert.are.same({ "2086亿元 true", "5.8% true", "226.5亿元 true", "8% true", "8%左右 true", "14% true", "48.6% false" },
      estimated)
  end)
end)

describe("a year no document at hand reviews", function()
  it("leaves a target pending when no report of the year after it is at hand, not unreported", function()
    local plan, later = "今年主要预期目标是：地区生产总值增长7%。\n", "一、2019年工作回顾\n过去一年，地区生产总值增长6%。\n"
    assert.are.same({ "7% pending nil" }, A.judged("某市", plan, later, "2014-01-20", "2020-01-20"))
    local v = A.audit_texts(A.pair("某市", "2014-01-20", "2020-01-20"), { plan, later })[1]
    assert.matches("no document at hand reviews 2014: none was published in 2015", v.reason, 1, true)
    -- with the year after's report at hand, its silence is not_reported
    assert.are.same({ "7% not_reported nil" }, A.judged("某市", plan, "一、2014年工作回顾\n过去一年，财政收入增长5%。\n",
      "2014-01-20", "2015-01-20"))
  end)
end)

describe("plan headings and shares", function()
  local hebei = { published = "2020-01-08", region = "河北省", kind = "work_report" }
  it("reads a subheading that opens with a verb of pushing ((一)推动…取得新的更大进展) as a task of its plan", function()
    local text = "一、2019年工作回顾\n过去一年，全省生产总值增长6.8%。\n三、2020年重点工作\n（一）推动雄安新区建设取得新的更大进展。新区完成造林10万亩。\n"
    local ms = assert(duixian.scan(text, hebei))
    assert.are.same({ "10万亩", "target", "2020" }, { ms[2].raw, ms[2].kind, ms[2].period })
  end)
  it("reads a share of the plan a plan section sets (完成年度投资计划的110%以上) as a target", function()
    local text = "三、2022年重点工作\n（一）着力扩大有效投资。推进省大中型项目600个以上，分别完成年度投资计划的110%以上。\n"
    local ms = assert(duixian.scan(text, { published = "2022-01-11", region = "赣州市", kind = "work_report" }))
    assert.are.same({ "110%以上", "target" }, { ms[2].raw, ms[2].kind })
  end)
end)

describe("more words", function()
  local county = { published = "2024-01-04", region = "准格尔旗", kind = "work_report" }
  it("reads 吉瓦 as a million kW, 四年来 as the four years before, 全苏木 as no township", function()
    local ms = assert(duixian.scan("四年来，光伏组件产能达到80吉瓦，新增就业1万人。全苏木新增牲畜1万头。", county))
    assert.are.same({ 80000000, "kW", "2023" }, { ms[1].value, ms[1].unit, ms[1].period })
    assert.are.equal("2020-2023", ms[2].period)
    assert.are.equal("准格尔旗", ms[3].region)
  end)
  it("keeps a whole word ending in a classifier (中欧班列) whole, and a zone after 加快 without it", function()
    assert.are.same({ "150列以上 target 2024 格尔木陆港 集装箱班列 开行" },
      read("加快格尔木陆港建设，开行集装箱班列150列以上。", { published = "2024-01-16", region = "格尔木市", kind = "work_report" }))
  end)
end)

describe("the extent of a change the clause before makes", function()
  it("judges 提高幅度为10% as the rise of what the clause before raises", function()
    assert.are.same({ "10% met 10%" }, A.judged("中华人民共和国", "继续提高企业退休人员基本养老金水平，提高幅度为10%。\n",
      "一、2013年工作回顾\n过去一年，企业退休人员基本养老金水平提高10%。\n", "2013-03-05", "2014-03-05"))
  end)
  it("compares a standard per month with the same sum stated without its period", function()
    assert.are.same({ "800元 met 810元" }, A.judged("某省", "今年城乡低保标准提高到每人每月800元。\n",
      "一、2023年工作回顾\n过去一年，城乡低保标准提高到810元。\n"))
  end)
end)

describe("spans and bounds of lists", function()
  local ganzhou = { published = "2023-01-10", region = "赣州市", kind = "work_report" }
  it("reads N年以来 as the years from N to the one reviewed, with or without 从", function()
    assert.are.same({ "7.2% outcome 2020-2022 赣州市 地区生产总值 增长" },
      read("2020年以来，全市地区生产总值年均增长7.2%。", ganzhou))
    assert.are.same({ "7.2% outcome 2020-2022 赣州市 地区生产总值 增长" },
      read("过去三年，全市地区生产总值年均增长7.2%。", ganzhou))
  end)
  it("reads 精简到 as a change from a value of the year before", function()
    assert.are.same({ "436项 outcome 2017 河北省 行政审批事项 精简到", "231项 outcome 2018 河北省 行政审批事项 精简到" },
      read("过去一年，行政审批事项由436项精简到231项。", { published = "2019-01-10", region = "河北省", kind = "work_report" }))
  end)
  it("gives a bound right after 分别 (分别突破2000亿元、1500亿元) to each figure of the list", function()
    local ms = assert(duixian.scan("今年，力争全市工业总产值、营业收入分别突破2000亿元、1500亿元。",
      { published = "2022-01-11", region = "赣州市", kind = "work_report" }))
    assert.are.same({ ">", ">" }, { ms[1].cmp, ms[2].cmp })
  end)
end)

describe("counts of places out of poverty, multiples and autonomous counties' zones", function()
  local shaanxi = { published = "2023-01-15", region = "陕西省", kind = "work_report" }
  it("sums villages that exited poverty (退出, 出列) over the years reviewed, as counties that did (摘帽)", function()
    assert.are.same({ "75个 outcome 2018-2022 陕西省 贫困县 ", "7262个 outcome 2018-2022 陕西省 贫困村 " },
      read("五年来，75个贫困县全部摘帽，7262个贫困村全部退出。", shaanxi))
  end)
  it("reads the year a multiple is of (是2017年的1.4倍) as its baseline, not its period", function()
    local ms = assert(duixian.scan("过去一年，全省生产总值是2017年的1.4倍。", shaanxi))
    assert.are.equal("2022", ms[1].period)
  end)
  it("reads a zone named by an autonomous county's short name (长阳经济开发区) in its own report and its city's", function()
    for _, region in ipairs({ "长阳土家族自治县", "宜昌市" }) do
      local ms = assert(duixian.scan("长阳经济开发区实现规上工业产值181亿元。",
        { published = "2025-01-08", region = region, kind = "work_report" }))
      assert.are.equal("长阳经济开发区", ms[1].region)
    end
  end)
end)

describe("the thing a clause before pushes", function()
  it("matches a figure with no subject by the thing the figureless clause before pushes to a goal", function()
    assert.are.same({ "4800列以上 met 5300列" }, A.judged("陕西省", "推动中欧班列长安号高质量发展，全年开行4800列以上。\n",
      "一、2023年工作回顾\n过去一年，中欧班列长安号开行5300列。\n", "2023-01-15", "2024-01-20"))
  end)
end)

describe("a target restated by the name of its goal", function()
  it("judges 居民消费价格涨幅3.5%左右的目标，既考虑了… with the target of the same figure, not apart", function()
    assert.are.same({ "3.5%左右 met 2.6%" }, A.judged("中华人民共和国",
      "今年主要预期目标是：居民消费价格涨幅3.5%左右。居民消费价格涨幅3.5%左右的目标，既考虑了翘尾影响，也考虑了居民承受能力。\n",
      "一、2013年工作回顾\n过去一年，居民消费价格上涨2.6%。\n", "2013-03-05", "2014-03-05"))
  end)
end)

describe("a whole-region word of a unit below the report's region", function()
  it("reads 全市 in a province's report as the city named before it, 全市 in a municipality's as its own", function()
    assert.are.same({ "2000万千瓦 target 2020 张家口市 可再生能源装机 达到" },
      read("加快建设张家口可再生能源示范区，全市可再生能源装机达到2000万千瓦。",
        { published = "2020-01-08", region = "河北省", kind = "work_report" }))
    assert.are.same({ "6% target 2020 北京市 生产总值 增长" },
      read("全市生产总值增长6%。", { published = "2020-01-08", region = "北京市", kind = "work_report" }))
  end)
  it("reads 全县 in a city's report as the county named before it, no larger region's yardstick", function()
    assert.are.same({ "6% target 2020 莘县 生产总值 增长" },
      read("莘县加快发展，全县生产总值增长6%。", { published = "2020-01-08", region = "聊城市", kind = "work_report" }))
  end)
end)

describe("news of the year's economy", function()
  it("reads a masthead's date (南阳日报 2024年7月25日 星期四 第1版) as no section's year: 上半年 is the half past", function()
    local text = "南阳日报 2024年7月25日 星期四 第1版\n\n上半年全市经济运行稳中有进\n\n"
      .. "本报讯（记者 李鹏）7月24日，市统计局发布上半年全市经济运行情况。\n\n上半年，全市地区生产总值2268.6亿元，同比增长5.1%。\n"
    local ms = assert(duixian.scan(text, { published = "2024-07-25", region = "南阳市", kind = "news" }))
    assert.are.same({ "2268.6亿元", "outcome", "2024" }, { ms[1].raw, ms[1].kind, ms[1].period })
  end)

  it("reads what follows a conference's 主要预期目标是 as the plan, 今年 there as the year ending", function()
    local text = "潍坊日报 2023年12月24日 星期日 第1版\n\n一年来，全市生产总值增长6%。\n\n"
      .. "会议提出，2024年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n\n"
      .. "——聚力扩大有效需求。安排市级重点项目620个。\n\n"
      .. "寿光市负责同志说，寿光今年蔬菜交易量预计达到900万吨。\n"
    local ms = assert(duixian.scan(text, { published = "2023-12-24", region = "潍坊市", kind = "news" }))
    local got = {}
    for _, m in ipairs(ms) do got[#got + 1] = m.raw .. " " .. m.kind .. " " .. m.period end
    assert.are.same({ "6% outcome 2023", "6%左右 target 2024", "620个 target 2024", "900万吨 outcome 2023" }, got)
  end)
end)

describe("a zone that acts after a modal or an adverb", function()
  it("keeps the zone the topic of the clause after (昆山开发区要加快建设…，力争地区生产总值增长7%)", function()
    local kunshan = { published = "2023-01-10", region = "昆山市", kind = "work_report" }
    assert.are.same({ "7% target 2023 昆山开发区 地区生产总值 增长" },
      read("昆山开发区要加快建设光电产业高地，力争地区生产总值增长7%。", kunshan))
    local ms = assert(duixian.scan("昆山综合保税区全力稳住外贸基本盘，进出口总额力争恢复到4000亿元。", kunshan))
    assert.are.equal("昆山综合保税区", ms[1].region)
  end)
end)

describe("zones whose endings only proper names take", function()
  it("reads 花桥经济开发区, 天开高教科创园, 柴达木循环经济试验区 as zones, 各经济开发区 as none", function()
    local kunshan = { published = "2023-01-10", region = "昆山市", kind = "work_report" }
    assert.are.same({ "12家 target 2023 花桥经济开发区 花桥经济开发区新增总部企业 新增" },
      read("花桥经济开发区新增总部企业12家。", kunshan))
    assert.are.same({ "10家 target 2023 昆山市 各经济开发区新增企业 新增" }, read("各经济开发区新增企业10家。", kunshan))
    local ms = assert(duixian.scan("天开高教科创园注册企业突破1000家。柴达木循环经济试验区完成工业增加值410亿元。",
      { published = "2023-01-10", region = "青海省", kind = "work_report" }))
    assert.are.same({ "天开高教科创园", "柴达木循环经济试验区" }, { ms[1].region, ms[2].region })
  end)
end)

describe("a zone that is one item of a list of the region's figures", function()
  it("keeps its figure, and gives the clauses after it back to the region", function()
    assert.are.same({ "15家 target 2024 长阳土家族自治县 规上工业企业 新增",
      "突破200亿元 target 2024 长阳经济开发区 长阳经济开发区规上工业产值 突破",
      "15% target 2024 长阳土家族自治县 工业技改投资 增长" },
      read("坚持工业立县，力争新增规上工业企业15家，长阳经济开发区规上工业产值突破200亿元，工业技改投资增长15%。",
        { published = "2024-01-09", region = "长阳土家族自治县", kind = "work_report" }))
  end)
end)

describe("households, a roll call and a monthly mean", function()
  it("reads 家庭 as one classifier, a meeting's roll call as no figure, 月人均 as per month", function()
    local ms = assert(duixian.scan("惠及2900多万家庭。会议应到代表548名，实到代表521名。基础养老金月人均提高到235元。",
      { published = "2024-01-09", region = "上海市", kind = "work_report" }))
    assert.are.same({ "2900多万家庭", "家庭" }, { ms[1].raw, ms[1].unit })
    assert.are.same({ "other", "other" }, { ms[2].kind, ms[3].kind })
    assert.are.same({ "235元", "CNY/month", "基础养老金" }, { ms[4].raw, ms[4].unit, ms[4].subject })
  end)
end)

describe("an approximate figure of the year in its last months", function()
  it("marks 左右 about the year itself in news of December as provisional", function()
    local ms = assert(duixian.scan("今年以来，全市蔬菜产量1500万吨左右。",
      { published = "2023-12-24", region = "潍坊市", kind = "news" }))
    assert.are.same({ "outcome", "2023", true }, { ms[1].kind, ms[1].period, ms[1].estimate })
    ms = assert(duixian.scan("上半年，全市地区生产总值增长5%左右。", { published = "2024-07-25", region = "南阳市", kind = "news" }))
    assert.are.same({ "outcome", false }, { ms[1].kind, ms[1].estimate })
  end)
end)

describe("a named zone called by its ending", function()
  it("reads 新区 after a heading naming 雄安新区 as that zone, and only there", function()
    local text = "三、2020年重点工作\n（一）推动雄安新区建设取得新的更大进展。坚持以规划为引领，新区全年实施重点项目100个以上。\n"
      .. "（二）加快发展。新区建设稳步推进，全省生产总值增长6%。\n"
    local ms = assert(duixian.scan(text, { published = "2020-01-08", region = "河北省", kind = "work_report" }))
    assert.are.same({ "雄安新区", "河北省" }, { ms[1].region, ms[2].region })
  end)
end)

describe("预期 before a verb", function()
  it("is no part of the subject (广义货币M2预期增长13%左右), in 预期寿命 and 预期性指标 it is", function()
    assert.are.same({ "13%左右 target 2016 中华人民共和国 广义货币M2 增长", "79岁 target 2016 中华人民共和国 人均预期寿命 达到" },
      read("广义货币M2预期增长13%左右，人均预期寿命达到79岁。", { published = "2016-03-05", region = "中华人民共和国", kind = "work_report" }))
  end)
end)

describe("a time a thing is put off to", function()
  it("frames no clause after its own (另有1家顺延至今年；帮扶困难人员就业2150人), a fronted 到2027年 still does", function()
    local kunshan = { published = "2023-01-10", region = "昆山市", kind = "work_report" }
    local ms = assert(duixian.scan("过去一年，另有1家因规划调整顺延至今年；帮扶困难人员就业2150人。", kunshan))
    assert.are.same({ "2150人", "outcome", "2022" }, { ms[2].raw, ms[2].kind, ms[2].period })
    assert.are.same({ "1万亿元 target 2027 昆山市 生产总值 达到" }, read("坚持稳中求进，到2027年，全市生产总值达到1万亿元。",
      { published = "2024-01-10", region = "昆山市", kind = "work_report" }))
  end)
end)

describe("after review", function()
  it("keeps a zone's carry after a sentence's opening year (2023年，雄安新区…，新增就业10万人)", function()
    local ms = assert(duixian.scan("2023年，雄安新区累计完成投资3000亿元，新增就业10万人。",
      { published = "2024-01-09", region = "河北省", kind = "work_report" }))
    assert.are.same({ "雄安新区", "雄安新区" }, { ms[1].region, ms[2].region })
  end)
  it("reads a subheading numbered （三） as opening with its words", function()
    local text = "三、2020年重点工作\n（三）推动雄安新区建设取得新的更大进展。雄安新区完成造林10万亩。\n"
    local ms = assert(duixian.scan(text, { published = "2020-01-08", region = "河北省", kind = "work_report" }))
    assert.are.same({ "target", "2020" }, { ms[1].kind, ms[1].period })
  end)
  it("judges a goal restated twice in one document without losing a verdict", function()
    local got = A.judged("中华人民共和国", "今年居民消费价格涨幅3.5%左右。居民消费价格涨幅3.5%左右的目标，既考虑了翘尾影响。"
      .. "实现3.5%左右的目标，需要付出艰苦努力。\n", "一、2013年工作回顾\n过去一年，居民消费价格上涨2.6%。\n", "2013-03-05", "2014-03-05")
    assert.are.equal("3.5%左右 met 2.6%", got[1])
  end)
end)
