-- The classes of quantities the scanner once missed or misread (issue 9,
-- class 4): each with short phrases of the kind government reports use, and
-- phrases of the same shape that are no quantity.
local S = require "spec.support.scan_cases"
local scan, pick = S.scan, S.pick
local function expect_each(cases) S.expect_each(it, cases) end
local function expect_none(texts) S.expect_none(it, texts) end

describe("duixian.scan counts with 万 and the noun they count", function()
  expect_each {
    { "5200多万职工受益。", "5200多万", 52000000, "person", ">" },
    { "3000多万皖北地区群众基本生活得到保障。", "3000多万", 30000000, "person", ">" },
    { "30多万监测对象稳定增收。", "30多万", 300000, "person", ">" },
    { "育儿补贴惠及120余万婴幼儿。", "120余万", 1200000, "person", ">" },
    { "力争新增城镇就业4万。", "4万", 40000, "person", "=" },
    { "推动39.8万农业转移人口落户城镇。", "39.8万", 398000, "person", "=" },
    { "保障95万低保和特困人员基本生活。", "95万", 950000, "person", "=" },
    { "完成662万农户延包任务。", "662万", 6620000, "户", "=" },
    { "参保人数突破1000万。", "突破1000万", 10000000, "person", ">" },
    { "医疗旅游人次86.5万。", "86.5万", 865000, "person-time", "=" },
  }

  it("takes the noun phrase up to its head as the subject", function()
    local m = scan("3000多万皖北地区群众基本生活得到保障。")[1]
    assert.are.equal("皖北地区群众", m.subject)
  end)

  expect_none {
    "深化百万高校毕业生留渝计划。",
    "亿万中原儿女团结奋斗。",
    "6100万湖北人民备受鼓舞。",
  }

  it("does not count a noun the figure only sizes (千亿级产业集群)", function()
    assert.are.same({ "3个" }, pick("打造3个千亿级产业集群。", "raw"))
  end)
end)

describe("duixian.scan a bare 亿 of money", function()
  expect_each {
    { "生产总值3300亿。", "3300亿", 330000000000, "CNY", "=" },
    { "地区生产总值达到1.2万亿。", "1.2万亿", 1200000000000, "CNY", "=" },
    { "一般公共预算收入突破500亿。", "突破500亿", 50000000000, "CNY", ">" },
    { "推动绿色化工产业迈上千亿级。", "迈上千亿级", 100000000000, "CNY", ">=" },
  }

  it("leaves a bare 亿 with no money noun alone", function()
    assert.are.same({}, scan("迈向3300亿。"))
  end)
end)

describe("duixian.scan units of transport and power", function()
  expect_each {
    { "集装箱吞吐量达到350万标箱。", "350万标箱", 3500000, "TEU", "=" },
    { "开行量突破1.2万车次。", "突破1.2万车次", 12000, "车次", ">" },
    { "可再生能源发电量超1000亿度。", "超1000亿度", 100000000000, "kWh", ">" },
  }

  expect_none { "治理25度以上坡耕地。" }

  it("reads 千亿县 as a class of counties, not a count", function()
    assert.are.same({ "超过30个" }, pick("千亿县超过30个。", "raw"))
  end)
end)

describe("duixian.scan rates and units glued to the number", function()
  expect_each {
    { "特困人员基本生活平均标准提高至1061元/月。", "1061元/月", 1061, "CNY/month", "=" },
    { "新增城镇生活污水处理能力18.92万吨/日。", "18.92万吨/日", 189200, "t/day", "=" },
    { "PM2.5平均浓度降到32.4微克/立方米。", "32.4微克/立方米", 32.4, "μg/m3", "=" },
    { "新能源电池产能达38GWh。", "38GWh", 38, "GWh", "=" },
    { "人均预期寿命增至80.5岁。", "80.5岁", 80.5, "year", "=" },
  }

  expect_none { "为65岁以上老年人免费体检。", "建设5G基站。" }
end)

describe("duixian.scan verbal classifiers", function()
  expect_each {
    { "央行三次下调利率。", "三次", 3, "次", "=" },
    { "推出两批清单。", "两批", 2, "批", "=" },
    { "开展四轮督查。", "四轮", 4, "轮", "=" },
    { "成功举办两届博览会。", "两届", 2, "届", "=" },
    { "累计发布四批次政务服务事项。", "四批次", 4, "批次", "=" },
    { "全年组织检查12次。", "12次", 12, "次", "=" },
  }

  it("gives the verb after the count, and its object when nothing comes before", function()
    assert.are.equal("下调", scan("央行三次下调利率。")[1].verb)
    local m = scan("三次下调利率。")[1]
    assert.are.same({ "下调", "利率" }, { m.verb, m.subject })
  end)

  expect_none {
    "按照省委十一届七次、八次、九次全会部署。",
    "推进二轮土地承包到期延包。",
    "一批项目落地。",
    "开展新一轮督查。",
    "三次产业比重优化。",
    "贯彻党的二十届三中全会精神。",
    "安徽省第十四届人民代表大会第三次会议。",
    "二期工程完工。",
    "市委召开六届五次全会。",
    "加快突破一批前沿技术。",
  }
end)

describe("duixian.scan spans of time changed by a verb", function()
  expect_each {
    { "过境免签停留时间延长至144小时。", "144小时", 144, "hour", "=" },
    { "审批时限压缩到5个工作日。", "5个工作日", 5, "day", "=" },
    { "平均停泊时间同比减少8.9小时。", "8.9小时", 8.9, "hour", "=" },
    { "办理时间控制在3个工作日以内。", "控制在3个工作日以内", 3, "day", "<=" },
  }

  expect_none {
    "用好240小时过境免签政策。",
    "建成15分钟健身圈。",
    "连续48个月保持增长。",
    "提供7×24小时服务。",
  }
end)

describe("duixian.scan ranks", function()
  expect_each {
    { "增速居全省第五位。", "第五位", 5, "rank", "=" },
    { "整车出口量跃居全国首位。", "首位", 1, "rank", "=" },
    { "增速全国首位。", "首位", 1, "rank", "=" },
    { "粮食产量列全省第2。", "第2", 2, "rank", "=" },
    { "上榜人数保持全国第一。", "第一", 1, "rank", "=" },
    { "综合竞争力居全国第3位。", "第3位", 3, "rank", "=" },
    { "机场运行效率稳居中部地区第1。", "第1", 1, "rank", "=" },
    { "港口吞吐量居中西部地级城市首位。", "首位", 1, "rank", "=" },
  }

  it("reads a rank ending a list item (全国第四、)", function()
    assert.are.same({ { "第四", "rank" }, { "突破1万公里", "km" } },
      pick("高速公路通车里程全国第四、突破1万公里。", "raw", "unit"))
  end)

  it("reads 全国第三个、北方第一个 as ranks", function()
    assert.are.same({ { "第三个", 3, "rank" }, { "第一个", 1, "rank" }, { "过10万亿元", 10000000000000, "CNY" } },
      pick("成为全国第三个、北方第一个过10万亿元省份。", "raw", "value", "unit"))
  end)

  expect_none {
    "把安全生产摆在首位。",
    "坚持安全第一、预防为主。",
    "实施人才强市首位战略。",
    "第二条规定如下。",
    "启动第二批先导区建设。",
  }
end)

describe("duixian.scan figures sharing one unit", function()
  it("gives 5.2和3.1个百分点 two pp mentions", function()
    assert.are.same({ { "5.2", 5.2, "pp", "=" }, { "3.1个百分点", 3.1, "pp", "=" } },
      pick("城乡居民收入增速分别高于全国5.2和3.1个百分点。", "raw", "value", "unit", "cmp"))
  end)

  it("shares the unit along a list of three", function()
    assert.are.same({ { 1.5, "pp" }, { 2.5, "pp" }, { 3.5, "pp" } },
      pick("分别增长1.5、2.5和3.5个百分点。", "value", "unit"))
  end)

  expect_none {
    "2024和2025年。",
    "加开K5522/3 K5524/1次列车。",
  }
end)

describe("duixian.scan reaching a level", function()
  expect_each {
    { "经济总量跃上6万亿元台阶。", "跃上6万亿元台阶", 6000000000000, "CNY", ">=" },
    { "迈上5万亿元新台阶。", "迈上5万亿元新台阶", 5000000000000, "CNY", ">=" },
    { "工业增加值站上1万亿元。", "站上1万亿元", 1000000000000, "CNY", ">=" },
    { "进出口总额首次突破1万亿元。", "突破1万亿元", 1000000000000, "CNY", ">" },
    { "跨境电商交易额突破千亿元大关。", "突破千亿元大关", 100000000000, "CNY", ">" },
    { "地区生产总值迈上5万亿台阶。", "迈上5万亿台阶", 5000000000000, "CNY", ">=" },
    { "粮食总产量跃上500亿斤台阶。", "跃上500亿斤台阶", 50000000000, "jin", ">=" },
  }

  it("leaves a round 万亿 after a count as the size of each step (连跨4个万亿元台阶)", function()
    local ms = scan("贷款余额连跨4个万亿元台阶。")
    assert.are.same({ "4个", "万亿元" }, { ms[1].raw, ms[2].raw })
    assert.are.equal("other", ms[2].kind)
  end)

  it("reads 30万吨级 as the class of a channel, not a level", function()
    local ms = scan("推进防城港30万吨级、北海20万吨级航道。")
    assert.are.same({ "30万吨", "20万吨" }, { ms[1].raw, ms[2].raw })
  end)

  it("names the reaching verb and a subject without 首次", function()
    local m = scan("进出口总额首次突破1万亿元。")[1]
    assert.are.same({ "突破", "进出口总额" }, { m.verb, m.subject })
    m = scan("经济总量跃上6万亿元台阶。")[1]
    assert.are.same({ "跃上", "经济总量" }, { m.verb, m.subject })
  end)
end)

describe("duixian.scan budget arrangements", function()
  it("reads 赤字率按2.5%安排 with the verb after the figure", function()
    local ms = scan("赤字率按2.5%安排。")
    assert.are.equal(1, #ms)
    local m = ms[1]
    assert.are.same({ "2.5%", 2.5, "%", "=", "赤字率", "安排" },
      { m.raw, m.value, m.unit, m.cmp, m.subject, m.verb })
  end)

  it("reads 拟安排专项债券4000亿元 with 安排 as the verb and 拟 as a modal cue", function()
    local ms = scan("拟安排专项债券4000亿元。")
    assert.are.equal(1, #ms)
    local m = ms[1]
    assert.are.same({ "4000亿元", 400000000000, "CNY", "=", "专项债券", "安排" },
      { m.raw, m.value, m.unit, m.cmp, m.subject, m.verb })
    local modal = {}
    for _, q in ipairs(m.context.cues) do
      if q.class == "modal" then modal[#modal + 1] = q.word end
    end
    assert.are.same({ "拟" }, modal)
  end)
end)
