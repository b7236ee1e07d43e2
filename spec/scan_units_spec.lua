-- Quantities the scanner missed or cut wrongly in the reports (review of
-- jilin-2026, liaoning-2025, hunan-2025), fixed for their class: units the
-- table lacked, compound units, fractions, Latin-letter units and medal
-- tallies; then (reviews of anhui-2025, heilongjiang-2026, shanxi-2026,
-- hubei-2025) a qualifier's character ending a word, spans that are the
-- value of a measure, a lone 一 or a classifier inside an idiom, and a
-- classifier that opens the measure of a list's last item; with phrases of
-- the same shape that are no quantity or stay as they were.
local S = require "spec.support.scan_cases"
local pick = S.pick
local function expect_each(cases) S.expect_each(it, cases) end
local function expect_none(texts) S.expect_none(it, texts) end

describe("duixian.scan reads units of length, mass and share", function()
  expect_each {
    { "黑土地耕层厚度达到20.6厘米。", "20.6厘米", 20.6, "cm", "=" },
    { "全程重复定位精度0.5微米以下。", "0.5微米以下", 0.5, "μm", "<=" },
    -- thousandths as percent, as 成 gives tenths: 6.45‰ is 0.645%
    { "人口自然增长率降到6.45‰。", "6.45‰", 0.645, "%", "=" },
    -- 千 百 十 stacked on 亿 or 万 after digits are one multiplier
    { "有色金属产业年产值超4千亿元。", "超4千亿元", 400000000000, "CNY", ">" },
    { "算力总规模达到10.36百亿亿次。", "10.36百亿亿次", 10.36, "EFLOPS", "=" },
    -- energy in tonnes of standard coal, with the qualifier after it
    { "能源消费总量控制在2.3亿吨标准煤以内。", "控制在2.3亿吨标准煤以内", 230000000, "tce", "<=" },
    { "能源综合生产能力达1.2亿吨标煤左右。", "1.2亿吨标煤左右", 120000000, "tce", "~" },
    -- 及以上 is a bound, not a list's 及
    { "规上工业增加值增长6%及以上。", "6%及以上", 6, "%", ">=" },
    -- counted by their classifiers: piles and poles (根), stretches (段), sets (台套)
    { "建设充电桩5万根。", "5万根", 50000, "根", "=" },
    { "改造提升农村公路危桥120段。", "120段", 120, "段", "=" },
    { "推广首台套装备300台套。", "300台套", 300, "台套", "=" },
  }

  it("reads 开行 as the verb of trains run, no part of their name", function()
    local m = assert(require("duixian").scan("中欧班列累计开行1.3万列。", { published = "2025-01-20", region = "河南省" }))[1]
    assert.are.same({ "中欧班列", "累计开行", "1.3万列" }, { m.subject, m.verb, m.raw })
  end)

  it("reads a bound before the things it sizes as a class of them, no target", function()
    assert.are.same({ { "5000吨标准煤及以上", "other" } },
      pick("建立年综合能耗5000吨标准煤及以上重点用能单位节能管理档案。", "raw", "kind"))
  end)

  it("takes 头只, livestock large and small, as one classifier", function()
    assert.are.same({ { "200万头只左右", "头只" } }, pick("牲畜存栏稳定在200万头只左右。", "raw", "unit"))
  end)

  it("takes 米 after the figure of a list, not inside 平方米", function()
    assert.are.same({ { "1500米以上", "m" } }, pick("海拔1500米以上。", "raw", "unit"))
    assert.are.same({ { "30万平方米", "m2" } }, pick("新建30万平方米。", "raw", "unit"))
  end)

  -- 一米 and 一克 are parts of words: a bare Chinese digit carries no length
  expect_none { "统一克服困难。", "打造一米阳光小屋。" }
end)

describe("duixian.scan reads compound units X/Y", function()
  expect_each {
    { "有机质达到27克/千克。", "27克/千克", 27, "g/kg", "=" },
    { "污水处理能力3万吨/日。", "3万吨/日", 30000, "t/day", "=" },
    { "补助标准提高到778元/月。", "778元/月", 778, "CNY/month", "=" },
    { "亩产达到600公斤/亩。", "600公斤/亩", 600, "kg/mu", "=" },
  }

  it("classes a mass in a mass as a concentration, one on an area as a yield", function()
    local indicators = require "duixian.indicators"
    assert.are.equal("concentration", indicators.unit_class("g/kg"))
    assert.are.equal("yield", indicators.unit_class("kg/mu"))
    assert.are.equal("money rate", indicators.unit_class("CNY/month"))
  end)
end)

describe("duixian.scan reads fractions as a share in percent", function()
  expect_each {
    { "战略性新兴产业营业收入占比超过三分之一。", "超过三分之一", 100 / 3, "%", ">" },
    { "内设机构精简四分之一。", "四分之一", 25, "%", "=" },
    { "覆盖三分之二以上的县。", "三分之二以上", 200 / 3, "%", ">=" },
    { "降低五分之一。", "五分之一", 20, "%", "=" },
    { "事故率控制在千分之五。", "控制在千分之五", 0.5, "%", "<=" },
    { "增长百分之五。", "百分之五", 5, "%", "=" },
    { "约2/3的县实现全覆盖。", "约2/3", 200 / 3, "%", "~" },
  }

  -- a train number, a date, an improper or decimal ratio: no fraction
  expect_none { "开行K8322/3次列车。", "2024/3/1发布。", "比例为3/2。", "型号1.5/2规格。" }
end)

describe("duixian.scan reads a unit in Latin letters whole", function()
  expect_each {
    { "总算力突破7000PF。", "突破7000PF", 7000, "PFLOPS", ">" },
    { "智能算力达2000PF。", "2000PF", 2000, "PFLOPS", "=" },
    { "总算力突破1.3万PF。", "突破1.3万PF", 13000, "PFLOPS", ">" },
    { "算力规模达到2万P。", "2万P", 20000, "PFLOPS", "=" },
    { "智算规模达55Eflops。", "55Eflops", 55, "EFLOPS", "=" },
  }

  it("leaves no letter of the unit to the next subject", function()
    assert.are.same({ { "突破7000PF", "总算力" }, { "34.6%", "总算力" } },
      pick("总算力突破7000PF、增长34.6%。", "raw", "subject"))
  end)

  -- a unit's letters running on into a word: a code, not a unit
  expect_none { "采购7000PX型设备。" }
end)

describe("duixian.scan reads medal tallies", function()
  it("takes each medal of a tally", function()
    assert.are.same({ { "9金", 9, "金牌" }, { "5银", 5, "银牌" }, { "6铜", 6, "铜牌" } },
      pick("为中国体育代表团贡献9金、5银、6铜。", "raw", "value", "unit"))
    assert.are.same({ "4金", "1银", "1铜" }, pick("在奥运会上勇夺4金1银1铜。", "raw"))
  end)

  -- 金 银 铜 alone open other words
  expect_none { "引进5银行。", "新增3金融机构。" }
end)

describe("duixian.scan reads no qualifier inside a word", function()
  it("reads 签约 as the verb, not 约 as about", function()
    assert.are.same({ { "亿元以上", ">=" }, { "35个", "=" } },
      pick("上海与六安对口合作新签约亿元以上项目35个。", "raw", "cmp"))
  end)

  expect_each {
    -- 约 after a word it does not end is about the sum
    { "可减轻企业和居民负担约5000亿元。", "约5000亿元", 500000000000, "CNY", "~" },
  }
end)

describe("duixian.scan reads a span that is the value of a measure", function()
  expect_each {
    { "人均预期寿命提高1岁以上。", "1岁以上", 1, "year", ">=" },
    { "人均预期寿命达79.5岁。", "79.5岁", 79.5, "year", "=" },
    { "劳动年龄人口平均受教育年限提高到11.7年。", "11.7年", 11.7, "year", "=" },
    { "劳动年龄人口平均受教育年限达11年。", "11年", 11, "year", "=" },
    -- and in months (a measure in months: 去化周期)
    { "商品住房去化周期保持在12个月左右。", "12个月左右", 12, "month", "~" },
    { "商品住房去化周期保持在12个月。", "12个月", 12, "month", "=" },
  }

  it("takes a decimal age or span, and no year before it", function()
    assert.are.same({ "71.8岁" }, pick("人均期望寿命2002年达71.8岁。", "raw"))
    assert.are.same({ { "75.2岁", "=" }, { "76.8岁左右", "~" } },
      pick("人均预期寿命从2020年的75.2岁提升至2025年的76.8岁左右。", "raw", "cmp"))
  end)

  it("reads a year, an annual mean or a list marker before a year as no span", function()
    assert.are.same({ "10件" }, pick("14.2025年10件民生实事。", "raw"))
  end)

  -- an age bracket, a programme's span, a date after a verb of change
  expect_none { "为3岁以下婴幼儿做产前检查。", "为80岁以上老年人发放高龄津贴。",
    "第二轮土地承包到期后再延长30年试点。", "扶持政策延长至2030年。",
    "优良天数比例、PM_2.5年均浓度均优于全国。" }
end)

describe("duixian.scan reads no count inside an idiom", function()
  -- 一 before an amount or a classifier is an article; 两位数 is double digits
  expect_none { "打通科技成果转化“最后一公里”。", "一天接着一天干。", "建一亩成一亩。",
    "早一天开工、早一天见效。", "综合国力跃上一个新台阶。", "社会融资规模每年跨过一个万亿台阶。",
    "在晋两院院士突破两位数。", "出口保持两位数增长。" }

  expect_each {
    -- 一 counts a share or a multiple, after a bound, and crossings with a digit
    { "进出口总额比上年增长一倍。", "一倍", 1, "times", "=" },
    { "城镇调查失业率下降一个百分点。", "一个百分点", 1, "pp", "=" },
    { "确保零就业家庭至少一人就业。", "至少一人", 1, "person", ">=" },
    { "地区生产总值五年跨过3个万亿级关口。", "跨过3个", 3, "个", ">=" },
  }
end)

describe("duixian.scan spreads a measure said short over a list", function()
  it("reads 个 before the 个百分点 of the list's last item as that measure", function()
    assert.are.same({ { "12.7个", 12.7, "pp" }, { "12个百分点", 12, "pp" } },
      pick("工业技改投资、制造业技改投资增速分别高于全国12.7个、12个百分点。", "raw", "value", "unit"))
    assert.are.same({ { "2.2个", "pp" }, { "3.7个百分点", "pp" } },
      pick("园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点。", "raw", "unit"))
    assert.are.same({ "pp", "pp", "pp" }, pick("增速分别快于全国3个、2个、1个百分点。", "unit"))
  end)

  it("keeps a count, and a unit that is no measure's first part", function()
    assert.are.same({ "个", "个" }, pick("新建学校3个、幼儿园5个。", "unit"))
    assert.are.same({ "person", "person-time" }, pick("培训人数分别达到3000人、5000人次。", "unit"))
    -- a minus right before the digits, after a verb: a fall (增长-4.3%), but
    -- never the dash of a range
    assert.are.same({ { "-4.3%", -4.3 }, { "－2.1%", -2.1 } },
      pick("固定资产投资增长-4.3%，外贸进出口增长－2.1%。", "raw", "value"))
    assert.are.same({ { "5%-6%", 5 } }, pick("地区生产总值增长5%-6%。", "raw", "value"))
    -- a number word with a bound after it (翻了两番多: more than four times)
    assert.are.same({ { "186家", 186, "=" }, { "812家", 812, "=" }, { "翻了两番多", 4, ">" } },
      pick("高新技术企业由186家增加到812家，翻了两番多。", "raw", "value", "cmp"))
    -- counts of times held or served (场次, 户次), with the qualifier after them
    assert.are.same({ { "50场次以上", "场次", ">=" } }, pick("开展促消费活动50场次以上。", "raw", "unit", "cmp"))
    assert.are.same({ { "超6.3万户次", "户次", ">" } }, pick("惠及经营主体超6.3万户次。", "raw", "unit", "cmp"))
  end)

  it("reads a qualifier after another unit in brackets (7万套（间）左右), and 家次", function()
    assert.are.same({ { "7万套（间）左右", "套", "~" } }, pick("建设筹集保障性租赁住房7万套（间）左右。", "raw", "unit", "cmp"))
    assert.are.same({ { "1万台（套）以上", ">=" } }, pick("开放共享科研仪器1万台（套）以上。", "raw", "cmp"))
    assert.are.same({ { "3.1万套", "=" } }, pick("新增保障房3.1万套（户）。", "raw", "cmp"))
    assert.are.same({ { "300家次以上", "家次", ">=" } }, pick("服务企业300家次以上。", "raw", "unit", "cmp"))
  end)

  it("reads 高于 right before a figure as a lower bound, as 低于 is an upper one", function()
    assert.are.same({ { "高于2.5%", ">" } }, pick("研发投入强度要高于2.5%。", "raw", "cmp"))
    -- not across a yardstick (a gap in points)
    assert.are.same({ { "1.2个百分点", "=" } }, pick("增速高于全国1.2个百分点。", "raw", "cmp"))
  end)

  it("reads no count of cities in a hotline's number (12345市民服务热线)", function()
    assert.are.same({ "120万件" }, pick("12345市民服务热线受理诉求120万件。", "raw"))
  end)

  it("reads no number in a longer word a number word opens (首位度)", function()
    assert.are.same({}, pick("提升中心城市首位度。", "raw"))
    assert.are.same({ "首位" }, pick("经济总量居全省首位。", "raw"))
  end)

  it("reads a bound said before the verb (至少压减5%) as the figure's, out of the subject", function()
    assert.are.same({ { "5%", ">=", "中央部门支出", "压减" } }, pick("中央部门支出至少压减5%。", "raw", "cmp", "subject", "verb"))
    assert.are.same({ { "1所", ">=" } }, pick("支持每个乡镇至少办好1所优质初中。", "raw", "cmp"))
  end)

  it("reads a cubic metre said short (231亿方), and no 方面 as one", function()
    assert.are.same({ { "231亿方", "m3", 23100000000 } }, pick("天然气产量达到231亿方。", "raw", "unit", "value"))
    assert.are.same({}, pick("从3方面推进改革。", "raw"))
  end)

  it("reads the measures of tobacco (担), of grazing (羊单位) and of sheet glass (重量箱)", function()
    assert.are.same({ { "150万担以上", "dan", 1500000, ">=" } }, pick("收购烤烟150万担以上。", "raw", "unit", "value", "cmp"))
    assert.are.same({ { "1650万羊单位", "羊单位" } }, pick("核定载畜量1650万羊单位。", "raw", "unit"))
    assert.are.same({ { "2800万重量箱", "重量箱" } }, pick("淘汰平板玻璃2800万重量箱。", "raw", "unit"))
    -- 担 opening a word is no measure (承担3项国家任务)
    assert.are.same({ { "3项", "项" } }, pick("承担3项国家任务。", "raw", "unit"))
  end)
end)
