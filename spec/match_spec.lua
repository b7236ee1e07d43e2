local duixian = require "duixian"
local match = require "duixian.rules.match"
local rules = require "duixian.rules"
local A = require "spec.audit_helper"

--- The verdicts of an audit of a plan of 2025 and the review of it a year
-- later, both scanned as a user's would be.
local function audit_texts(plan, review)
  return A.audit_texts(A.pair("安徽省", "2025-01-20", "2026-01-20"), { plan, review })
end

describe("duixian.rules.match", function()
  describe("span", function()
    it("reads a year and a span, and refuses a reversed span", function()
      assert.are.same({ 2022, 2022 }, { match.span(nil, "2022") })
      assert.are.same({ 2023, 2025 }, { match.span(nil, "2023-2025") })
      assert.is_nil(match.span(nil, "2003-2002"))
      assert.is_nil(match.span(nil, nil))
    end)
  end)

  describe("spans", function()
    it("reads the lexicon's annual means as plain words, never as patterns", function()
      -- a user's word with parentheses, which a pattern reads as a capture
      local ms = assert(duixian.scan("PM2.5年均(值)降至30微克/立方米。", { published = "2025-01-20" }))
      local means = require("duixian.indicators").heads.annual_means
      means[#means + 1] = "年均(值)"
      local ok, span = pcall(match.is_span_figure, nil, ms[1])
      table.remove(means)
      assert.is_true(ok, span)
      assert.is_false(span)
    end)
  end)

  describe("amounts cut", function()
    it("reads 削减 as a verb of decrease before its object", function()
      local ms = assert(duixian.scan("同时，削减财政赤字450亿元。", { published = "2008-03-05" }))
      assert.are.same({ "财政赤字", "削减" }, { ms[1].subject, ms[1].verb })
    end)

    it("sets no amount cut against a level of an indicator measured as one (财政赤字)", function()
      local vs = audit_texts("今年中央财政赤字拟安排2450亿元。",
        "一、2025年工作回顾\n过去一年，削减财政赤字450亿元。")
      assert.are.equal(1, #vs)
      assert.are.equal("2450亿元", vs[1].target.raw)
      assert.are.equal("not_reported", vs[1].status)
    end)

    it("still sets an amount cut against a target cut of the same thing", function()
      local vs = audit_texts("今年削减财政赤字500亿元。", "一、2025年工作回顾\n过去一年，削减财政赤字520亿元。")
      assert.are.equal(1, #vs)
      assert.are.equal("520亿元", vs[1].outcome and vs[1].outcome.raw)
    end)
  end)

  describe("size classes", function()
    it("counts the things of a size class apart (亿元以上项目 and, 其中, 10亿元以上项目)", function()
      local vs = audit_texts("全省新签约亿元以上项目160个，其中10亿元以上项目25个。",
        "过去一年，全省新签约亿元以上项目172个，其中10亿元以上项目21个。")
      local got = {}
      for _, v in ipairs(vs) do got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw) end
      assert.are.same({ "160个 met 172个", "25个 missed 21个" }, got)
      assert.are.equal("10亿元以上", match.size_class(nil,
        { sentence = "其中10亿元以上项目25个", sentence_start = 1, start = 27, subject = "项目" }, "项目"))
      -- a part (其中) is done as its total: 实施…其中 answers 实施…其中, not 签约
      vs = audit_texts("全省实施重点项目150个，其中亿元以上项目85个；新签约亿元以上项目40个以上。",
        "过去一年，全省实施重点项目162个，其中亿元以上项目91个；新签约亿元以上项目43个。")
      got = {}
      for _, v in ipairs(vs) do got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw) end
      assert.are.same({ "150个 met 162个", "85个 met 91个", "40个以上 met 43个" }, got)
    end)

    it("counts the things of a size class apart when they are a catalogue entry too (省市重点项目)", function()
      local got = {}
      for _, v in ipairs(audit_texts("全省实施省市重点项目150个，其中10亿元以上省市重点项目40个。",
          "过去一年，全省实施省市重点项目162个，其中10亿元以上省市重点项目30个。")) do
        got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.indicator, v.status, tostring(v.outcome and v.outcome.raw))
      end
      assert.are.same({ "150个 key_projects met 162个", "40个 key_projects missed 30个" }, got)
      got = {}
      for _, v in ipairs(audit_texts("全省实施省市重点项目150个。", "过去一年，全省实施10亿元以上省市重点项目30个。")) do
        got[#got + 1] = ("%s %s %s"):format(v.target.raw, v.status, tostring(v.outcome and v.outcome.raw))
      end
      assert.are.same({ "150个 not_reported nil" }, got)
    end)

    it("reads the size class past a filler between it and the things counted (亿元以上重点技改项目)", function()
      local R = rules.default()
      local sentence = "实施5000万元以上重点技改项目300个"
      assert.are.equal("5000万元以上", match.size_class(R,
        { sentence = sentence, sentence_start = 1, start = #sentence - #"300个" + 1, subject = "技改项目" }, "技改项目"))
      local got = {}
      for _, v in ipairs(audit_texts("全省实施5000万元以上技改项目280个以上。", "过去一年，全省实施5000万元以上重点技改项目300个。")) do
        got[#got + 1] = ("%s %s %s"):format(v.target.raw, v.status, tostring(v.outcome and v.outcome.raw))
      end
      assert.are.same({ "280个以上 met 300个" }, got)
    end)
  end)

  describe("the projects of a year and their investment", function()
    it("answers the year's planned investment with the investment done, never the projects' whole cost", function()
      local got = {}
      for _, v in ipairs(audit_texts("全年谋划实施重点项目150个，总投资860亿元，年度计划投资320亿元。",
          "过去一年，实施重点项目162个，完成投资338亿元。")) do
        got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw)
      end
      assert.are.same({ "150个 met 162个", "860亿元 not_reported nil", "320亿元 met 338亿元" }, got)
    end)
  end)

  describe("a stock restated", function()
    it("reads 总数 after the year's additions as the stock of the same thing", function()
      local got = {}
      for _, v in ipairs(audit_texts("新认定高新技术企业300家，高新技术企业总数超过3200家。",
          "过去一年，新认定高新技术企业412家，总数达到3350家。")) do
        got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw)
      end
      assert.are.same({ "300家 met 412家", "超过3200家 met 3350家" }, got)
    end)
  end)

  describe("the gross output of industry", function()
    it("is an entry of its own, and a fall of it is negative growth against a growth target", function()
      local got = {}
      for _, v in ipairs(audit_texts("全省规上工业增加值增长6%，规上工业总产值增长5%。",
          "过去一年，全省规上工业增加值增长6.2%，规上工业总产值下降1.3%。")) do
        got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.status, tostring(v.outcome and v.outcome.raw), tostring(v.margin))
      end
      assert.are.same({ "6% met 6.2% 0.2", "5% missed 1.3% -6.3" }, got)
    end)
  end)

  describe("the target's own words", function()
    it("rank an outcome in them above another wording of the entry (云冈石窟接待游客), which then does not conflict", function()
      assert.are.same({ "4500万人次 met 5100万人次", "400万人次 met 420万人次" }, A.judged("大同市",
        "今年全年接待游客4500万人次。云冈石窟接待游客400万人次。",
        "过去一年，全年接待游客5100万人次。云冈石窟接待游客420万人次。"))
    end)
  end)

  describe("the topic of a clause", function()
    it("is no earlier clause that states a result of its own (600个市级重点项目完成投资…，开工建设城市更新项目108个)", function()
      assert.are.same({ "600个 met 600个", "1500亿元以上 met 1560亿元", "100个 met 108个" }, A.judged("青岛市",
        "今年实施市级重点项目600个，完成投资1500亿元以上。开工建设城市更新项目100个。",
        "一、2023年工作回顾\n600个市级重点项目预计完成投资1560亿元，开工建设城市更新项目108个。"))
    end)
  end)

  describe("a count so far (累计)", function()
    it("answers a year's target said with 累计 by the year's figure said so too", function()
      assert.are.same({ "1万个 met 1.2万个", "超过7万个 met 7.3万个" }, A.judged("天津市",
        "二、2023年工作安排\n今年新建5G基站1万个，累计超过7万个。", "过去一年，新建5G基站1.2万个，累计达到7.3万个。"))
    end)
  end)

  describe("the name a region goes by in its own report", function()
    it("opening a subject (浦东新区地区生产总值, 园区…) names the region's whole figure, no zone in it", function()
      assert.are.same({ "6%左右 missed 5.2%" }, A.judged("上海市浦东新区", "地区生产总值增长6%左右。",
        "过去一年，浦东新区地区生产总值16715.2亿元，增长5.2%。"))
      assert.are.same({ "3% met 4%" }, A.judged("苏州工业园区", "一般公共预算收入增长3%。",
        "过去一年，园区一般公共预算收入增长4%。"))
      -- another zone's name is another place's
      assert.are.same({ "3% not_reported nil" }, A.judged("苏州工业园区", "一般公共预算收入增长3%。",
        "过去一年，新区一般公共预算收入增长4%。"))
    end)
  end)

  describe("a level at the year's end (年末)", function()
    it("answers a target of a level, never one of the year's additions", function()
      assert.are.same({ "5000家以上 not_reported nil" }, A.judged("江苏省", "今年，新增高新技术企业5000家以上。",
        "过去一年，年末高新技术企业5.1万家。"))
      assert.are.same({ "5万家以上 met 5.1万家" }, A.judged("江苏省", "今年，高新技术企业达到5万家以上。",
        "过去一年，年末高新技术企业5.1万家。"))
    end)
  end)

  describe("ranks of a title (省级, 国家重点)", function()
    it("keep firms of one rank apart from those of another, however the rank is said", function()
      assert.are.same({ "50家以上 not_reported nil" }, A.judged("湖南省", "培育农业产业化省级重点龙头企业50家以上。",
        "过去一年，全省农业产业化国家重点龙头企业77家。"))
    end)
  end)

  describe("a noun of three characters (马铃薯)", function()
    it("answers when one side says it with no verb, where a shorter one (项目) needs the same verb", function()
      assert.are.same({ "2万亩 missed 1.9万亩" }, A.judged("郭城驿镇", "今年，新增马铃薯2万亩。", "过去一年，马铃薯1.9万亩。"))
    end)
  end)

  describe("employment counted (就业人数, 实现就业)", function()
    it("is the employment of the people counted, however it is worded", function()
      assert.are.same({ "8万人以上 met 8.3万人" }, A.judged("青海省", "今年做好易地搬迁后续扶持，搬迁群众就业人数稳定在8万人以上。",
        "过去一年，易地扶贫搬迁群众实现就业8.3万人。"))
    end)
  end)

  describe("a count of things grown by some (达到113座，比上年增加7座)", function()
    it("answers a target of the things added (新增…5座)", function()
      assert.are.same({ "5座 met 7座", "15家 missed 11家" }, A.judged("北京市海淀区", "新增税收亿元以上楼宇5座。新增上市企业15家。",
        "过去一年，税收亿元以上楼宇达到113座，比上年增加7座。上市企业达到280家，比上年增加11家。"))
    end)
  end)

  describe("energy produced (原煤, 原油、天然气产量分别…)", function()
    it("reads coal mined as coal produced, and gives a conjunct of a 分别 list the head the last writes", function()
      assert.are.same({ "5亿吨以上 met 5.41亿吨", "3300万吨以上 met 3364万吨" }, A.judged("新疆维吾尔自治区",
        "煤炭产量稳定在5亿吨以上。原油产量达到3300万吨以上。",
        "过去一年，原煤产量5.41亿吨。原油、天然气产量分别达到3364万吨、436亿立方米。"))
    end)
  end)

  describe("capacity of power (新能源装机, 清洁能源装机, 新型储能装机)", function()
    it("keeps wind and solar, the clean energy with hydropower, and storage apart", function()
      assert.are.same({ "3500万千瓦以上 met 3706万千瓦", "200万千瓦 met 226万千瓦" }, A.judged("宁夏回族自治区",
        "今年新能源装机规模达到3500万千瓦以上，新型储能装机达到200万千瓦。",
        "过去一年，新能源总装机达到3706万千瓦，新型储能装机达到226万千瓦。"))
      assert.are.same({ "5100万千瓦以上 met 5500万千瓦" }, A.judged("青海省", "今年清洁能源装机达到5100万千瓦以上。",
        "过去一年，清洁能源装机5500万千瓦。新能源装机3700万千瓦。"))
    end)
  end)

  describe("a list's closing 等 (城市燃气、供水等管网)", function()
    it("says there are more of the same things: the wording without it answers", function()
      assert.are.same({ "260公里 met 286公里" }, A.judged("宜昌市", "新建改造城市燃气、供水等管网260公里。",
        "过去一年，新建改造城市燃气、供水管网286公里。"))
    end)
  end)

  describe("one figure for each of a list (城镇、农村居民人均可支配收入均增长6%)", function()
    it("is each place's own target where every conjunct opens with a place (襄阳、宜昌地区生产总值均…)", function()
      assert.are.same({ "突破7000亿元 missed 6800亿元", "突破7000亿元 met 7200亿元" }, A.judged("湖北省",
        "今年，襄阳、宜昌地区生产总值均突破7000亿元。",
        "过去一年，襄阳市地区生产总值达到6800亿元，宜昌市地区生产总值达到7200亿元。"))
    end)

    it("is a target for the towns and one for the countryside where 城乡 names no entry as a whole, 均 or not", function()
      assert.are.same({ "6% missed 5.1%", "6% met 7.0%" }, A.judged("洛阳市", "今年主要预期目标是：城乡居民人均可支配收入增长6%。",
        "过去一年，城镇、农村居民人均可支配收入分别增长5.1%、7.0%。"))
    end)

    it("is a target for each conjunct, one a modifier only taking the head the last writes", function()
      assert.are.same({ "6% met 7.0%", "6% missed 5.1%" }, A.judged("洛阳市",
        "今年主要预期目标是：城镇、农村居民人均可支配收入均增长6%。",
        "过去一年，城镇、农村居民人均可支配收入分别增长5.1%、7.0%。"))
    end)
  end)

  describe("a bare head after a 、 (、总产量稳定在…)", function()
    it("takes the modifier of the conjunct before it, where the catalogue reads the whole loosely (粮食总产量)", function()
      -- (this crashed the audit: the alias the catalogue gave was not written out)
      assert.are.same({ "110万亩以上 met 112万亩", "9.5亿斤以上 met 9.8亿斤" }, A.judged("兰考县",
        "今年主要预期目标是：粮食播种面积稳定在110万亩以上、总产量稳定在9.5亿斤以上。",
        "过去一年，粮食播种面积112万亩，粮食总产量9.8亿斤。"))
      assert.are.same({ "110万亩以上 met 112万亩", "9.5亿斤以上 met 9.8亿斤" }, A.judged("兰考县",
        "今年主要预期目标是：粮食种植面积保持在110万亩以上、总产量保持在9.5亿斤以上。",
        "过去一年，粮食种植面积112万亩，粮食总产量9.8亿斤。"))
    end)
  end)

  describe("a running total with no thing of its own (年末累计达38.5万个)", function()
    it("is the total of the things the count before it in its sentence counts", function()
      assert.are.same({ "2.5万座 met 2.9万座", "超过35万座 met 38.5万座" }, A.judged("江苏省",
        "二、2023年工作安排\n新建5G基站2.5万座，累计超过35万座。", "过去一年，全年新建5G基站2.9万座，年末累计达38.5万座。"))
    end)
  end)

  describe("a year's own mean", function()
    it("reads PM2.5年均浓度 in a review as the year's figure, not an average over years", function()
      local got = {}
      for _, v in ipairs(audit_texts("PM2.5年均浓度控制在30微克/立方米以下。", "过去一年，PM2.5年均浓度为27微克/立方米。")) do
        got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw)
      end
      assert.are.same({ "控制在30微克/立方米以下 met 27微克/立方米" }, got)
    end)
  end)

  describe("stretch goals", function()
    it("reads the figure after 力争 with no subject as the same quantity's stretch goal", function()
      local got = {}
      for _, v in ipairs(audit_texts("全省地区生产总值增长7%左右，力争8%；一般公共预算收入增长6%。",
          "过去一年，全省地区生产总值增长6.8%，一般公共预算收入增长6.5%。")) do
        got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw)
      end
      assert.are.same({ "7%左右 met 6.8%", "8% missed 6.8%", "6% met 6.5%" }, got)
    end)

    it("reads it so after an ASCII comma too (增长7%左右,力争8%)", function()
      local got = {}
      for _, v in ipairs(audit_texts("全省地区生产总值增长7%左右,力争8%。", "过去一年，全省地区生产总值增长8.2%。")) do
        got[#got + 1] = ("%s %s %s %s"):format(v.target.raw, v.indicator, v.status, tostring(v.outcome and v.outcome.raw))
      end
      assert.are.same({ "7%左右 gdp_growth met 8.2%", "8% gdp_growth met 8.2%" }, got)
    end)
  end)

  describe("stages of building", function()
    local function audit_pair(plan, review) return A.judged("北京市", plan, review) end

    it("answers a target of one stage (开工, 竣工, 供应) only with figures of that stage or of none", function()
      assert.are.same({ "300个 met 330个", "200个 met 200个", "7万套 met 7.4万套", "8万套 met 9.3万套" }, audit_pair(
        "开工改造老旧小区300个，完成200个。建设筹集保障性租赁住房7万套，竣工各类保障性住房8万套。",
        "过去一年，老旧小区综合整治新开工330个、完工200个。建设筹集保障性租赁住房7.4万套，竣工各类保障性住房9.3万套。"))
      -- a stage said alone after a figure counts the same things at that stage
      assert.are.same({ "30万套 met 31.3万套", "21万套 missed 18.6万套" }, audit_pair(
        "今年，新开工棚户区改造安置房30万套，基本建成21万套。", "过去一年，新开工棚户区改造安置房31.3万套，基本建成18.6万套。"))
      -- a list's later item names its stage by its own verb, not the first item's
      assert.are.same({ "400个 met 485个", "200个 missed 180个" }, audit_pair("新开工改造老旧小区400个、完成200个。",
        "过去一年，老旧小区综合整治新开工485个、完工180个。"))
    end)

    it("measures a stretch goal after 、 and a verb of reaching as the goal it raises (增长5%以上、力争达到5.5%)", function()
      assert.are.same({ "5%以上 met 5.2%", "5.5% missed 5.2%" }, A.judged("江苏省",
        "今年主要预期目标是：地区生产总值增长5%以上、力争达到5.5%。", "过去一年，全省地区生产总值增长5.2%。"))
    end)

    it("answers no year's additions with a total so far (累计建成5G基站6.3万个)", function()
      assert.are.same({ "5000个 not_reported nil" }, A.judged("遵义市", "新增5G基站5000个。", "过去一年，累计建成5G基站6.3万个。"))
      assert.are.same({ "5000个 met 5200个" }, A.judged("遵义市", "新建5G基站5000个。",
        "过去一年，新建5G基站5200个，累计建成5G基站6.3万个。"))
    end)

    it("reads a clause restating the figure before on another basis (，同口径增长7%) as an aside", function()
      assert.are.same({ "5% met 6%" }, A.judged("榆林市", "一般公共预算收入增长5%。",
        "过去一年，一般公共预算收入自然口径增长6%，同口径增长7%。"))
    end)

    it("reads 物价涨幅 as the consumer prices and 旅游综合收入 as the tourism revenue", function()
      assert.are.same({ "控制在3%左右 met 0.3%", "10% met 12%" }, A.judged("遵义市",
        "物价涨幅控制在3%左右。旅游综合收入增长10%。", "过去一年，居民消费价格上涨0.3%。旅游总花费增长12%。"))
    end)

    it("judges each place of a list before 分别 on the head the list shares (偃师区、孟津区生产总值力争分别…)", function()
      assert.are.same({ "7% missed 6.8%", "6.5% met 7.1%" }, A.judged("洛阳市",
        "偃师区、孟津区生产总值力争分别增长7%、6.5%。", "过去一年，偃师区生产总值增长6.8%，孟津区增长7.1%。"))
    end)

    it("takes no generic word that is also a place's name (老城区) for another unit", function()
      local R = require("duixian.rules").default()
      local meta = { published = "2025-01-20", region = "江苏省", kind = "work_report" }
      local m = assert(require("duixian").scan("一、2024年工作回顾\n老城区改造老旧小区1200个。", meta))[1]
      assert.is_nil(R.match.other_unit_of(R, m))
      m = assert(require("duixian").scan("一、2024年工作回顾\n泉州市地区生产总值增长6.5%。", meta))[1]
      assert.are.equal("泉州市", R.match.other_unit_of(R, m))
    end)

    it("gives a figure that holds for each half of a pair word (城乡…均增长6.8%) to both halves", function()
      assert.are.same({ "6.5% met 6.8%", "7% missed 6.8%" }, A.judged("固始县",
        "城镇居民人均可支配收入增长6.5%，农村居民人均可支配收入增长7%。", "过去一年，城乡居民人均可支配收入均增长6.8%。"))
    end)

    it("reads a label of its own opening a paragraph (2.规模以上工业增加值。预计增长7.5%) as its figures' subject", function()
      local got = {}
      for _, v in ipairs(A.audit_texts(A.pair("江西省", "2024-01-20", "2025-01-21"), {
        "二、2024年工作安排\n规模以上工业增加值增长6%。一般公共预算收入增长3%。",
        "二、2024年计划执行情况\n2、规模以上工业增加值。预计增长7.5%，高于预期目标1.5个百分点。\n"
          .. "5.一般公共预算收入。预计完成2996亿元，下降2.1%。" })) do
        got[#got + 1] = ("%s %s %s"):format(v.target.raw, v.status, v.outcome and v.outcome.raw)
      end
      assert.are.same({ "6% met 7.5%", "3% missed 2.1%" }, got)
    end)

    it("answers a region's target with no figure of a list of its units (宜宾、泸州…均增长6%)", function()
      assert.are.same({ "5.5%左右 not_reported nil" }, A.judged("四川省", "地区生产总值增长5.5%左右。",
        "过去一年，宜宾、泸州地区生产总值均增长6%。"))
      -- the units short, before a count of them (五市): no conflict with the region's own
      assert.are.same({ "7500万千瓦 met 8100万千瓦" }, A.judged("甘肃省", "新能源装机容量达到7500万千瓦。",
        "过去一年，新能源装机容量从2400万千瓦增加到8100万千瓦。酒泉、张掖、武威、金昌、嘉峪关五市新能源装机合计达到5600万千瓦。"))
    end)

    it("answers a region's target with no figure of another unit, above it or beside it (泉州市, 淮滨县)", function()
      assert.are.same({ "6%左右 not_reported nil" }, A.judged("晋江市", "地区生产总值增长6%左右。",
        "过去一年，泉州市地区生产总值增长6.5%。"))
      assert.are.same({ "100万头 not_reported nil" }, A.judged("固始县", "生猪出栏100万头。", "过去一年，淮滨县生猪出栏95万头。"))
    end)

    it("answers a region's target with no figure of a group of its units (苏南五市, 山区26县)", function()
      assert.are.same({ "3000公里 not_reported nil" }, A.judged("江苏省", "改造城镇老旧管网3000公里。",
        "过去一年，苏南五市完成老旧管网改造1900公里。"))
      assert.are.same({ "5.5%左右 met 5.6%" }, A.judged("浙江省", "地区生产总值增长5.5%左右。",
        "过去一年，山区26县生产总值增长6.1%。全省地区生产总值增长5.6%。"))
    end)

    it("answers a region's target with no figure of a named part of it (主城都市区地区生产总值)", function()
      assert.are.same({ "6%左右 missed 5.2%" }, A.judged("重庆市", "地区生产总值增长6%左右。",
        "过去一年，预计全市地区生产总值增长5.2%。主城都市区地区生产总值增长6.3%。"))
    end)

    it("reads an area sown after a crop's output (粮食总产量…，播种面积563万亩) as the crop's", function()
      assert.are.same({ "560万亩以上 met 563万亩" }, audit_pair("粮食播种面积稳定在560万亩以上。",
        "过去一年，粮食总产量达到241万吨，播种面积563万亩。"))
    end)

    it("answers no target of one thing with the sum of a list naming it (交通、能源、水利完成投资)", function()
      assert.are.same({ "800亿元 not_reported nil", "3000亿元 met 3200亿元" }, audit_pair(
        "今年水利完成投资800亿元。交通、水利完成投资3000亿元。",
        "过去一年，交通、能源、水利完成投资5400多亿元。交通、水利完成投资3200亿元。"))
    end)

    it("answers a target of rental housing raised with no figure of all affordable housing", function()
      assert.are.same({ "10万套 not_reported nil" }, audit_pair("建设筹集保障性租赁住房10万套。", "过去一年，建设保障性住房12万套。"))
    end)

    it("reads the area a thing done covers (造林绿化面积) as the thing, in its unit", function()
      assert.are.same({ "15万亩 met 18万亩" }, audit_pair("完成造林绿化15万亩。", "过去一年，完成造林绿化面积18万亩。"))
    end)

    it("compares counts only within a group of classifiers (个 and 所; 套 and 户; never 个 and 户)", function()
      assert.are.same({ "28个 not_reported nil" }, audit_pair("改造城镇老旧小区28个。", "过去一年，改造城镇老旧小区2950户。"))
      assert.are.same({ "5000套 met 5200户" }, audit_pair("改造城市危旧房5000套。", "过去一年，改造城市危旧房5200户。"))
      assert.are.same({ "10所 met 12个" }, audit_pair("新建学校10所。", "过去一年，新建学校12个。"))
    end)

    it("tells firms certified in the year (新认定) from the stock's net change (净增)", function()
      assert.are.same({ "3000家 not_reported nil" }, audit_pair("高新技术企业净增3000家。", "过去一年，新认定高新技术企业5000家。"))
      assert.are.same({ "3000家 met 3500家" }, audit_pair("高新技术企业净增3000家。", "过去一年，高新技术企业净增3500家。"))
    end)

    it("reads the stage before a subject (完成｜老旧小区改造) as its stage", function()
      assert.are.same({ "300个 not_reported nil" }, audit_pair("今年开工改造老旧小区300个。", "过去一年，完成老旧小区改造320个。"))
    end)

    it("reads a stage said after the noun (项目投产) as the noun so done (投产项目), and its stage", function()
      assert.are.same({ "3900多个 met 3920个" }, audit_pair("推动3900多个项目投产达效。",
        "过去一年，3920个新投产项目增加产值5100多亿元。"))
      assert.are.same({ "500个 met 520个" }, audit_pair("推动500个重点项目开工。", "过去一年，开工重点项目520个。"))
      -- another stage is another thing
      assert.are.same({ "500个 not_reported nil" }, audit_pair("推动500个重点项目开工。", "过去一年，竣工重点项目520个。"))
      -- livestock sold or kept (生猪出栏: 出栏生猪), each its own
      assert.are.same({ "42万头左右 met 41.5万头" }, audit_pair("生猪出栏稳定在42万头左右。", "过去一年，出栏生猪41.5万头。"))
      assert.are.same({ "42万头左右 not_reported nil" }, audit_pair("生猪出栏稳定在42万头左右。", "过去一年，存栏生猪41.5万头。"))
    end)

    it("reads a stage alone as the thing before it at that stage (供应分配8.4万套)", function()
      assert.are.same({ "18万套 met 18.9万套", "8万套 met 8.4万套" }, audit_pair(
        "建设筹集保障性住房18万套，供应分配保障性住房8万套。",
        "过去一年，建设筹集保障性住房18.9万套，供应分配8.4万套。"))
      assert.are.same({ "7万套 met 7.2万套", "4万套 met 4.4万套" }, audit_pair(
        "今年筹措保障性租赁住房7万套（间），供应4万套（间）。",
        "过去一年，筹措保障性租赁住房7.2万套（间），供应4.4万套（间）。"))
    end)
  end)

  describe("places below the region", function()
    local audit_region = A.judged

    it("answers none of the region's targets with a zone's figure, nor the zone's with the region's", function()
      assert.are.same({ "7%左右 met 6.8%", "10%以上 met 11.2%" }, audit_region("绵阳市",
        "全市地区生产总值增长7%左右。科技城新区地区生产总值增长10%以上。",
        "过去一年，全市地区生产总值增长6.8%。科技城新区地区生产总值增长11.2%。"))
    end)

    it("answers none of the region's targets with the figure of a list of its units, nor theirs with the region's", function()
      -- (each county's own target, none answered)
      assert.are.same({ "8%以上 met 8.3%", "9%以上 not_reported nil", "9%以上 not_reported nil", "9%以上 not_reported nil" },
        audit_region("兰州市",
        "农村居民人均可支配收入增长8%以上。榆中县、皋兰县、永登县农村居民人均可支配收入增长9%以上。",
        "过去一年，农村居民人均可支配收入增长8.3%。"))
      assert.are.same({ "6% missed 5.8%", "7% not_reported nil", "7% not_reported nil" }, audit_region("青岛市",
        "一般公共预算收入增长6%。即墨区、胶州市一般公共预算收入均增长7%。",
        "过去一年，一般公共预算收入增长5.8%。"))
    end)

    it("gives a place's figure with no thing named (七里河区增长7.4%) the thing of the place before it", function()
      assert.are.same({ "8% met 8.6%", "7% met 7.4%" }, audit_region("兰州市",
        "城关区、七里河区社会消费品零售总额分别增长8%、7%。",
        "过去一年，城关区社会消费品零售总额增长8.6%，七里河区增长7.4%。"))
      assert.are.same({ "7% met 7.5%", "8% met 8.3%", "6% missed 5.2%" }, audit_region("鄂尔多斯市",
        "东胜区、康巴什区、达拉特旗服务业增加值分别增长7%、8%、6%。",
        "过去一年，东胜区服务业增加值增长7.5%，康巴什区增长8.3%，达拉特旗增长5.2%。"))
      -- and the places of a 分别 list that says no thing of its own
      assert.are.same({ "突破900亿元 met 920亿元", "800亿元 missed 781.6亿元", "600亿元 met 610亿元" }, audit_region("宜昌市",
        "力争宜都市生产总值突破900亿元，枝江市、当阳市分别达到800亿元、600亿元。",
        "过去一年，宜都市生产总值达到920亿元，枝江市生产总值达到781.6亿元，当阳市生产总值达到610亿元。"))
      -- past a figure in another unit between them (增长4.9%)
      assert.are.same({ "突破550亿元 missed 536亿元" }, audit_region("曲靖市", "推动宣威市地区生产总值突破550亿元。",
        "过去一年，麒麟区实现地区生产总值958亿元、增长4.9%；宣威市达到536亿元。"))
    end)

    it("gives each place of a list before 分别 the thing the list says they did", function()
      assert.are.same({ "突破3000万人次 missed 2850万人次", "1500万人次 met 1630万人次" }, audit_region("黔东南苗族侗族自治州",
        "凯里市、镇远县接待游客分别突破3000万人次、1500万人次。",
        "过去的一年，凯里市、镇远县分别接待游客2850万人次、1630万人次。"))
      local R = rules.default()
      local ms = assert(duixian.scan("过去的一年，道口镇、城关镇分别新增规上工业企业6家、3家。",
        { published = "2024-01-10", region = "滑县", kind = "work_report" }))
      local _, alias, subject = match.resolve(R, ms[2], nil)
      assert.are.same({ "城关镇", "规上工业企业", "规上工业企业" }, { ms[2].region, alias, subject })
    end)

    it("gives the places of such a list their figures past a size class in the object (亿元以上项目26个和21个)", function()
      local ms = assert(duixian.scan("过去一年，张浦镇、周市镇分别新引进亿元以上项目26个和21个。",
        { published = "2025-01-10", region = "昆山市", kind = "work_report" }))
      assert.are.same({ "26个 张浦镇", "21个 周市镇" }, { ms[2].raw .. " " .. ms[2].region, ms[3].raw .. " " .. ms[3].region })
      -- so the city's own target is answered by its own figure, no town's
      assert.are.same({ "40个 met 43个" }, audit_region("昆山市", "新引进亿元以上项目40个。",
        "过去一年，全市新引进亿元以上项目43个，张浦镇、周市镇分别新引进亿元以上项目26个和21个。"))
    end)

    it("finds the last place of such a list whole, whatever bytes its characters hold (道 holds 0x81)", function()
      local R = rules.default()
      local ms = assert(duixian.scan("过去的一年，城关镇、道口镇分别新增规上工业企业3家、6家。",
        { published = "2024-01-10", region = "滑县", kind = "work_report" }))
      local _, alias, subject = match.resolve(R, ms[2], nil)
      assert.are.same({ "道口镇", "规上工业企业", "规上工业企业" }, { ms[2].region, alias, subject })
    end)

    it("answers a count by the figure in its own unit where the review gives two (13个、1912户)", function()
      assert.are.same({ "12个 met 13个", "1860户 met 1912户" }, audit_region("安仁县",
        "改造老旧小区12个、1860户。",
        "过去一年，改造老旧小区13个、惠及1912户。"))
    end)

    it("answers a township's target by the figure its review gives that township, named again or not", function()
      assert.are.same({ "3000亩 met 3500亩" }, audit_region("罗江区",
        "鹿鸣镇建设万亩柚子产业园，新增种植面积3000亩。",
        "过去一年，鹿鸣镇新增种植面积3500亩，带动农户1800户。"))
      -- a clause opening with a word of grammar before 城镇 names no township
      -- (把城镇居民基本医保…): the promise is the nation's, answered by its figure
      assert.are.same({ "120元 met 120元" }, audit_region("中华人民共和国",
        "今年要把城镇居民基本医保和新农合的财政补助标准提高到120元。",
        "过去一年，城镇居民基本医保和新农合的财政补助标准提高到120元。"))
    end)

    it("takes a township's figure in the clause after its name (增长10.7%) as the township's", function()
      assert.are.same({ "12%以上 missed 10.5%" }, audit_region("滑县",
        "全县固定资产投资增长12%以上。",
        "过去的一年，道口镇完成固定资产投资31亿元，增长10.7%。全县固定资产投资增长10.5%。"))
    end)
  end)

  describe("resolve", function()
    it("carries the indicator of a level to the growth rate after it in the sentence", function()
      local text = "全年国内生产总值达到18.23万亿元，比上年增长9.9%。"
      local ms = assert(duixian.scan(text, { published = "2006-03", region = "中华人民共和国", kind = "work_report" }))
      assert.are.equal(2, #ms)
      local R = rules.default()
      local doc = { id = 1, published = "2006-03", kind = "work_report" }
      local level = match.prepare(R, ms[1], doc, nil)
      local rate = match.prepare(R, ms[2], doc, level)
      assert.are.equal("gdp", level.indicator.id)
      assert.are.equal("gdp_growth", rate.indicator.id)
      assert.are.equal("国内生产总值", rate.subject)
    end)

    it("does not carry a subject to a figure of another kind (证明免提交事项335项)", function()
      local R = rules.default()
      local doc = { id = 1, published = "2022-02-24", kind = "work_report" }
      local firms = match.prepare(R, A.mention({ subject = "高新技术企业", unit = "家", verb = "新增", value = 143 }), doc)
      local items = match.prepare(R, A.mention({ subject = "", unit = "项", verb = "实现", value = 335 }), doc, firms)
      assert.is_nil(items.indicator)
    end)
  end)

  describe("candidates and ranking", function()
    local function gdp_case()
      return {
        A.target({ subject = "生产总值", value = 5.5, cmp = "~" }),
        A.mention({ subject = "生产总值", value = 5.5, cmp = "~", estimate = true, document_id = 2 }),
        A.mention({ subject = "生产总值", value = 5.8, document_id = 3 }),
      }
    end

    it("ranks a final figure above an estimate and says so", function()
      local v = A.verdict(gdp_case())
      assert.are.equal("met", v.status)
      assert.are.equal(5.8, v.outcome.value)
      assert.is_false(v.estimate)
      assert.are.equal("best evidence", v.candidates[1].rank_reason)
      assert.are.equal("final beats estimate", v.candidates[2].rank_reason)
      assert.is_true(v.candidates[2].estimate)
    end)

    it("ranks a work report above news when both are final", function()
      local v = A.verdict({
        A.target({ subject = "生产总值", value = 5.5, cmp = "~" }),
        A.mention({ subject = "生产总值", value = 5.7, document_id = 2 }),
        A.mention({ subject = "生产总值", value = 5.8, document_id = 3 }),
      })
      assert.are.equal("review.txt", v.outcome.doc)
      assert.are.equal("a statistical communiqué beats a work report, a work report news", v.candidates[2].rank_reason)
    end)

    it("ranks a later document above an earlier one", function()
      local v = A.verdict({
        A.target({ subject = "生产总值", value = 5.5, cmp = "~" }),
        A.mention({ subject = "生产总值", value = 5.8, document_id = 3 }),
        A.mention({ subject = "生产总值", value = 5.9, document_id = 4 }),
      })
      assert.are.equal("later.txt", v.outcome.doc)
      assert.are.equal("later beats earlier", v.candidates[2].rank_reason)
    end)

    it("uses an estimate when nothing better answers, and says the verdict rests on it", function()
      local v = A.verdict({
        A.target({ subject = "社会消费品零售总额", value = 6, cmp = ">=" }),
        A.mention({ subject = "社会消费品零售总额", value = 6.5, estimate = true, document_id = 2 }),
      })
      assert.are.equal("met", v.status)
      assert.is_true(v.estimate)
      assert.is_true(v.outcome.estimate)
    end)

    it("never takes an outcome for another year, or from a document not published after the target's", function()
      local v = A.verdict({
        A.target({ subject = "生产总值", value = 6, cmp = "~", period = "2024", document_id = 3 }),
        A.mention({ subject = "生产总值", value = 5.8, period = "2023", document_id = 4 }),
        A.mention({ subject = "生产总值", value = 6.1, period = "2024", document_id = 3 }),
      })
      assert.are.equal("not_reported", v.status)
      assert.are.equal(0, #v.candidates)
    end)

    it("matches a target outside the catalogue by subject similarity, unit and verb", function()
      local v = A.verdict({
        A.target({ subject = "建城市口袋公园", unit = "个", verb = "新建", value = 20 }),
        A.mention({ subject = "城市口袋公园", unit = "个", verb = "新建", value = 24 }),
        A.mention({ subject = "城市口袋公园", unit = "%", verb = "增长", value = 20 }),
      })
      assert.are.equal("similarity", v.matched_by)
      assert.is_nil(v.indicator)
      assert.are.equal("met", v.status)
      assert.are.equal(1, #v.candidates)
    end)

    it("never pairs two outlays by the verb they share (150亿元 for grain counties, 51亿元 for public health)", function()
      local v = A.verdict({
        A.target({ subject = "中央财政还将安排", unit = "CNY", verb = "", value = 15000000000 }),
        A.mention({ subject = "中央财政安排", unit = "CNY", verb = "", value = 5100000000 }),
      })
      assert.are.equal("not_reported", v.status)
      assert.are.equal(0, #v.candidates)
    end)

    it("pairs by similarity subjects with another head only when they share most words (留吉 and 留省就业, not 就业 and 创业)", function()
      local v = A.verdict({
        A.target({ subject = "新开外贸航线", unit = "条", verb = "", value = 10, cmp = ">=" }),
        A.mention({ subject = "新开辟外贸航线", unit = "条", verb = "", value = 20 }),
      })
      assert.are.equal("similarity", v.matched_by)
      assert.are.equal("similarity", v.candidates[1].matched_by)
      assert.are.equal("met", v.status)
      v = A.verdict({
        A.target({ subject = "高校毕业生留吉", unit = "person", verb = "超过", value = 150000 }),
        A.mention({ subject = "高校毕业生留省就业", unit = "person", verb = "突破", value = 170000 }),
      })
      assert.are.same({ "met", "similarity" }, { v.status, v.matched_by })
      v = A.verdict({
        A.target({ subject = "高校毕业生就业", unit = "person", verb = "超过", value = 150000 }),
        A.mention({ subject = "高校毕业生创业", unit = "person", verb = "突破", value = 170000 }),
      })
      assert.are.equal("not_reported", v.status)
    end)

    it("pairs examples shortened a character each (水热气等管网) with the same examples written out", function()
      local v = A.verdict({
        A.target({ subject = "排水、供水、供热、燃气管网", unit = "km", verb = "改造", value = 2000, cmp = ">=" }),
        A.mention({ subject = "水热气等管网", unit = "km", verb = "改造", value = 3656 }),
      })
      assert.are.same({ "met", "similarity" }, { v.status, v.matched_by })
      -- characters the examples do not hold, or hold out of order, name other things
      v = A.verdict({
        A.target({ subject = "排水、供水、供热、燃气管网", unit = "km", verb = "改造", value = 2000, cmp = ">=" }),
        A.mention({ subject = "水电路等管网", unit = "km", verb = "改造", value = 3656 }),
      })
      assert.are.equal("not_reported", v.status)
      v = A.verdict({
        A.target({ subject = "排水、供水、供热、燃气管网", unit = "km", verb = "改造", value = 2000, cmp = ">=" }),
        A.mention({ subject = "气热水等管网", unit = "km", verb = "改造", value = 3656 }),
      })
      assert.are.equal("not_reported", v.status)
    end)

    it("never pairs by similarity with an outcome the catalogue names (another indicator)", function()
      local v = A.verdict({
        A.target({ subject = "规上民营工业增加值", value = 8 }),
        A.mention({ subject = "规上工业增加值", value = 9.4 }),
      })
      assert.are.equal("not_reported", v.status)
    end)

    it("does not answer a GDP target with a share of GDP or GDP per head", function()
      local v = A.verdict({
        A.target({ subject = "地区生产总值", value = 5, cmp = "~" }),
        A.mention({ subject = "服务业增加值占地区生产总值", verb = "比重达", value = 56.2 }),
        A.mention({ subject = "人均地区生产总值", verb = "增长", value = 6 }),
      })
      assert.are.equal("not_reported", v.status)
    end)

    it("keeps regions apart", function()
      local v = A.verdict({
        A.target({ subject = "生产总值", value = 6, cmp = "~" }),
        A.mention({ subject = "生产总值", value = 8, region = "莘县" }),
      })
      assert.are.equal("not_reported", v.status)
    end)
  end)

  describe("spans", function()
    it("judges a multi-year target at the end of its span, showing progress before", function()
      local v = A.verdict({
        A.target({ subject = "研发投入强度", verb = "达到", value = 2.8, period = "2023-2024" }),
        A.mention({ subject = "研发投入强度", verb = "达到", value = 2.3, period = "2023" }),
        A.mention({ subject = "研发投入强度", verb = "达到", value = 2.9, period = "2024", document_id = 4 }),
      })
      assert.are.equal("met", v.status)
      assert.are.equal(2.9, v.outcome.value)
      assert.are.equal("progress", v.candidates[2].relation)
    end)

    it("answers a change over a span only with the span's figure, not its last year's", function()
      local v = A.verdict({
        A.target({ subject = "单位地区生产总值能耗", verb = "下降", value = 15, period = "2022-2023" }),
        A.mention({ subject = "单位地区生产总值能耗", verb = "下降", value = 0.1, period = "2023", document_id = 4 }),
      })
      assert.are.equal("not_reported", v.status)
      v = A.verdict({
        A.target({ subject = "单位地区生产总值能耗", verb = "下降", value = 15, period = "2022-2023" }),
        A.mention({ subject = "单位地区生产总值能耗", verb = "下降", value = 16, period = "2022-2023", document_id = 4 }),
      })
      assert.are.same({ "met", 16 }, { v.status, v.outcome.value })
      -- a figure over the years stated at the span's end (累计) answers it too
      v = A.verdict({
        A.target({ subject = "高新技术企业", verb = "累计新增", unit = "家", value = 3000, period = "2022-2023" }),
        A.mention({ subject = "高新技术企业", verb = "累计新增", unit = "家", value = 3100, period = "2023",
          document_id = 4, sentence = "累计新增高新技术企业3100家。" }),
      })
      assert.are.equal("met", v.status)
    end)

    it("pairs shortened examples only with examples written out as a list", function()
      local v = A.verdict({
        A.target({ subject = "排水、供水、供热、燃气管网", unit = "km", verb = "改造", value = 2000, cmp = ">=" }),
        A.mention({ subject = "道路、水热气等管网", unit = "km", verb = "改造", value = 3656 }),
      })
      assert.are.equal("met", v.status)
      -- 等 inside a word (高等级) ends no list of examples
      local R = require("duixian.rules").default()
      local function item(subject) return { subject = subject, m = { subject = subject } } end
      assert.is_false(R.match.abbreviates(R, item("新建高等级公路"), item("新建和高速二级公路")))
      assert.is_true(R.match.abbreviates(R, item("水热气等管网"), item("排水、供水、供热、燃气管网")))
    end)

    it("is pending while the span is not over", function()
      local v = A.verdict({
        A.target({ subject = "研发投入强度", verb = "达到", value = 2.8, period = "2024-2026", document_id = 3 }),
        A.mention({ subject = "研发投入强度", verb = "达到", value = 2.5, period = "2024", document_id = 4 }),
      })
      assert.are.equal("pending", v.status)
      assert.matches("the span 2024%-2026 is not over", v.reason)
    end)
  end)

  describe("recurring", function()
    it("marks a target set again the next year", function()
      local audit = require "duixian.audit"
      local a = audit.run{ documents = A.docs, mentions = {
        A.target({ subject = "生产总值", value = 5.5, cmp = "~", period = "2023" }),
        A.target({ subject = "地区生产总值", value = 5, cmp = "~", period = "2024", document_id = 3 }),
        A.target({ subject = "5G基站", unit = "个", verb = "新建", value = 800, period = "2023" }),
      } }
      assert.is_true(a.verdicts[1].recurring)
      assert.is_true(a.verdicts[2].recurring)
      assert.is_false(a.verdicts[3].recurring)
    end)

    it("never links the targets of two regions (a mention's region, else its document's)", function()
      local audit = require "duixian.audit"
      local docs = { A.docs[1], { id = 5, file = "other.txt", published = "2024-02-10", kind = "work_report",
        region = "雨山市" } }
      local a = audit.run{ documents = docs, mentions = {
        A.target({ subject = "生产总值", value = 5.5, cmp = "~", period = "2023", region = false }),
        A.target({ subject = "生产总值", value = 5, cmp = "~", period = "2024", document_id = 5, region = false }),
      } }
      assert.are.same({ false, false }, { a.verdicts[1].recurring, a.verdicts[2].recurring })
    end)
  end)

  describe("subjects read from the sentence (real phrases, scanned)", function()
    -- { what the class is, plan of 2025, review a year later, expected
    -- fields of the verdict on the plan's target number `at` (default 1) }
    local cases = {
      { "takes the thing counted from after the count when the words before name nothing",
        "今年要以办好10件民生实事为牵引。", "过去一年，10件民生实事如期兑现。",
        { subject = "民生实事", indicator = "livelihood_projects", status = "met", raw = "10件" } },
      { "takes the thing counted from after an adverb and a verb (基本建成7个区域医疗中心)",
        "今年要基本建成7个区域医疗中心。", "过去一年，7家国家区域医疗中心基本建成。",
        { subject = "区域医疗中心", matched_by = "similarity", status = "met", raw = "7家" } },
      { "gives a bare head the modifier of the conjunct before it (粮食播种面积…、产量)",
        "今年粮食播种面积稳定在1.1亿亩以上、产量825亿斤以上。", "过去一年，粮食产量838.6亿斤。",
        { at = 2, subject = "粮食产量", indicator = "grain_output", status = "met", raw = "838.6亿斤" } },
      { "reads synonymous heads as one indicator (高铁通车里程, 高铁营业里程)",
        "今年高铁通车里程突破1900公里。", "过去一年，高铁营业里程突破1900公里。",
        { indicator = "hsr_mileage", status = "met", raw = "突破1900公里" } },
      { "takes the subject of the change a figure ends (从2020年的53.2%提升到2025年的57.7%)",
        "今年常住人口城镇化率达到58%左右。", "五年来，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。",
        { indicator = "urbanization_rate", status = "met", raw = "57.7%" } },
      { "takes a share with no subject of its own as the share of what the sentence is about",
        "今年新能源和清洁能源装机占比达到50%以上。",
        "过去一年，新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦，占比55.1%，首次超过煤电。",
        { matched_by = "similarity", status = "met", raw = "55.1%" } },
      { "pairs the head after a list of examples (…等“源网荷储”一体化试点 and 源网荷储一体化试点)",
        "今年，威海碳纤维、枣庄欣旺达等“源网荷储”一体化试点开展30个左右。", "过去一年，42个源网荷储一体化试点加快建设。",
        { matched_by = "similarity", status = "met", raw = "42个" } },
      { "prefers the outcome stated with the target's own verb (新建 50个, not 建成200个)",
        "今年新建县域医疗次中心50个。", "过去一年，新建县域医疗次中心50个，建成200个县域医疗次中心。",
        { status = "met", raw = "50个", second = "the target's own verb beats another (新建 against 建成)" } },
      { "reads a verb phrase naming the thing done as its indicator (植树造林)",
        "今年植树造林380万亩以上。", "过去一年，植树造林479万亩。",
        { matched_by = "catalogue", indicator = "afforestation", status = "met", raw = "479万亩" } },
      { "gives a figure in the same clause the subject before it, whatever its unit (翻番达到2206亿元)",
        "今年外贸进出口总额超过2200亿元。", "过去一年，进出口总值翻番达到2206亿元。",
        { indicator = "trade", status = "met", raw = "2206亿元" } },
      { "reads a percentage before 的 as the share of what follows (61%的城市污水处理厂)",
        "今年60%的城市污水处理厂完成提标改造。", "过去一年，61%的城市污水处理厂完成提标改造。",
        { subject = "城市污水处理厂", status = "met", raw = "61%" } },
      { "judges a ratio as a ceiling (城乡居民收入比 2.25∶1左右, met by 2.24∶1)",
        "今年城乡居民收入比缩小至2.25∶1左右。", "过去一年，城乡居民收入比缩小至2.24∶1。",
        { indicator = "urban_rural_income_ratio", matched_by = "catalogue", status = "met", raw = "2.24∶1" } },
      { "misses a ratio left above its ceiling",
        "今年城乡收入比缩小到2.2以内。", "过去一年，城乡收入比缩小至2.3。",
        { indicator = "urban_rural_income_ratio", status = "missed", raw = "2.3" } },
      { "reads a flow the subject names by its verb of adding as that flow, whatever the verb (城镇新增就业达到…)",
        "今年城镇新增就业100万人以上。", "过去一年，城镇新增就业达到112万人。",
        { indicator = "urban_jobs", matched_by = "catalogue", status = "met", raw = "112万人" } },
      { "gives a figure with no subject the topic of the clause before it (…保持高位，全年达到112万人)",
        "今年城镇新增就业100万人以上。", "过去一年，就业形势总体稳定，城镇新增就业保持高位，全年达到112万人。",
        { indicator = "urban_jobs", status = "met", raw = "112万人" } },
      { "does not give the topic before to a figure whose verb has its own object (帮扶5000人)",
        "今年城镇新增就业100万人以上。", "过去一年，城镇新增就业工作扎实推进，帮扶112万人。",
        { status = "not_reported" } },
      { "gives a bare 产量 the thing of the clause before it (粮食生产再获丰收，产量…)",
        "今年粮食产量825亿斤以上。", "过去一年，粮食生产再获丰收，产量首次突破830亿斤。",
        { indicator = "grain_output", status = "met", raw = "突破830亿斤" } },
      { "gives each figure after 分别 its own half of 城乡 (城乡居民…分别增长6%、7.5%)",
        "今年城乡居民人均可支配收入分别增长6%、7.5%。",
        "过去一年，城镇、农村居民人均可支配收入分别增长5.1%、7.8%。",
        { at = 2, indicator = "rural_income_growth", status = "met", raw = "7.8%" } },
      { "gives each figure after 分别 its own sector of 三次产业 (三次产业增加值分别增长…)",
        "今年服务业增加值增长5%。", "过去一年，三次产业增加值分别增长3.5%、6.2%、5.1%。",
        { indicator = "services_value_added_growth", status = "met", raw = "5.1%" } },
      { "gives the k-th figure of a second list after 分别 the k-th conjunct of the subject",
        "今年城镇、农村居民人均可支配收入分别增长5%、7%。",
        "过去一年，城镇、农村居民人均可支配收入分别达到32156元、18543元，分别增长5.1%、7.2%。",
        { indicator = "urban_income_growth", status = "met", raw = "5.1%" } },
      { "gives a growth on the same basis (同口径增长5.6%) the subject of the level before it",
        "今年一般公共预算收入同口径增长5%。", "过去一年，一般公共预算收入完成210亿元，同口径增长5.6%。",
        { indicator = "fiscal_revenue_growth", status = "met", raw = "5.6%" } },
      { "reads all industry (全部工业增加值) as another measure than the one above the designated size",
        "今年规模以上工业增加值增长6%。", "过去一年，全部工业增加值增长5.5%，其中规模以上工业增加值增长6.8%。",
        { indicator = "industry_value_added_growth", status = "met", raw = "6.8%" } },
      { "answers no year's amount with a total over years (中央财政五年支出551亿元)",
        "今年起建立国家奖学金制度，为此中央财政支出将由上年18亿元增加到95亿元。",
        "一、“十四五”时期和2025年工作回顾\n五年来，抗灾救灾工作全面加强，中央财政五年支出551亿元。",
        { status = "not_reported" } },
      { "reads each special treasury bond by its use (超长期特别国债 is not the 特别国债 for banks)",
        "拟发行超长期特别国债1.3万亿元。拟发行特别国债5000亿元，支持国有大型商业银行补充资本。",
        "过去一年，发行超长期特别国债1.3万亿元，发行5000亿元特别国债支持国有大型商业银行补充资本。",
        { at = 2, indicator = "special_treasury_bonds", status = "met", raw = "5000亿元" } },
      { "does not take the 抗疫特别国债 of 2020 for a long-term construction bond",
        "同时发行抗疫特别国债1万亿元。", "过去一年，发行1万亿元抗疫特别国债。",
        { indicator = "pandemic_special_bonds", status = "met", raw = "1万亿元" } },
      { "gives a verb said again the object it took in the clause before (发行超长期特别国债，今年先发行…)",
        "从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元。",
        "过去一年，发行1万亿元超长期特别国债。",
        { indicator = "ultra_long_special_bonds", status = "met", raw = "1万亿元" } },
      { "does not give a verb of doing the object of another verb before it (建设…，今年先投入…)",
        "从今年开始拟连续几年建设超长期特别国债项目库，今年先投入1万亿元。",
        "过去一年，发行1万亿元超长期特别国债。",
        { status = "not_reported" } },
      { "answers a subject coordinated by 和 for each conjunct when 均 says so, and M2 by its balance (M2余额)",
        "广义货币M2和社会融资规模增速均为12%左右。", "过去一年，年末广义货币M2余额增长8.2%。",
        { indicator = "m2_growth", status = "met", raw = "8.2%" } },
      { "reads the growth of the stock of social financing (社会融资规模余额, 存量) as one indicator",
        "广义货币M2和社会融资规模余额预期增长均为12%左右。", "过去一年，社会融资规模存量增长12%。",
        { indicator = "social_financing_growth", status = "met", raw = "12%" } },
      { "reads an income in yuan after its growth (增长8%，达到2.1万元) as the income itself",
        "今年农村居民人均可支配收入增长8%，达到2.1万元。", "过去一年，农村居民人均可支配收入达到21260元，增长8.1%。",
        { at = 2, indicator = "rural_income", status = "met", raw = "21260元" } },
      { "gives a figure whose subject is only its deadline the thing of the figure before (…，到2025年底突破…)",
        "今年地区生产总值增长6%左右，到2025年底突破6万亿元。", "过去一年，全省地区生产总值达到6.2万亿元，增长6.1%。",
        { at = 2, indicator = "gdp", matched_by = "catalogue", status = "met", raw = "6.2万亿元" } },
      { "reads any deadline written as a year's end as no subject (到今年年底, 截至2025年12月底)",
        "今年地区生产总值增长6%左右，到今年年底突破6万亿元。", "过去一年，全省地区生产总值达到6.2万亿元，增长6.1%。",
        { at = 2, indicator = "gdp", status = "met", raw = "6.2万亿元" } },
      { "never pairs two figures by their dates alone (到2025年底 and 2025年底)",
        "今年开放水平持续提升，到2025年底突破6000亿元。", "过去一年，改革成效明显，2025年底达到6200亿元。",
        { status = "not_reported" } },
      { "answers a year's level with a level held several years in a row (连续三年稳定在…)",
        "今年粮食产量稳定在825亿斤以上。", "过去一年，粮食产量连续三年稳定在830亿斤以上。",
        { indicator = "grain_output", status = "met", raw = "830亿斤以上" } },
      { "answers a coordinated subject (A、B均保持100%) for each conjunct",
        "今年河流出境断面水质优良率、县级及以上集中式饮用水水源地水质达标率均保持100%。",
        "过去一年，主要河流出境断面水质优良率保持100%。",
        { indicator = "surface_water_quality", status = "met", raw = "100%" } },
      { "reads a negated bound (不超过4.5%) as the figure's qualifier, not as the end of its subject",
        "今年城镇登记失业率不超过4.5%。", "过去一年，城镇登记失业率3.9%。",
        { subject = "城镇登记失业率", status = "met", raw = "3.9%" } },
      { "reads a plan said before its verb (全年计划新开工项目200个) as no part of the thing",
        "今年全年计划新开工项目200个。", "过去一年，新开工项目215个。",
        { matched_by = "similarity", status = "met", raw = "215个" } },
      { "tells the level of PM2.5 named with its aside from its fall by the unit (不高于35微克/立方米)",
        "今年细颗粒物（PM2.5）平均浓度不高于35微克/立方米。", "过去一年，PM2.5平均浓度32微克/立方米。",
        { indicator = "pm25_level", status = "met", raw = "32微克/立方米" } },
      { "never takes a target restated in the review (…增长6%左右的目标圆满完成) for its result",
        "今年地区生产总值增长6%左右。", "过去一年，年初确定的地区生产总值增长6%左右的目标圆满完成，全年实际增长5.2%。",
        { status = "not_reported" } },
      { "answers a sum invested with the share of the year's plan said of it (固定资产投资完成年度计划的103.5%)",
        "今年全省固定资产投资完成2800亿元。", "过去一年，全省固定资产投资完成年度计划的103.5%。",
        { indicator = "fixed_investment", status = "met", raw = "103.5%" } },
    }
    for _, c in ipairs(cases) do
      it(c[1], function()
        local want = c[4]
        local v = audit_texts(c[2], c[3])[want.at or 1]
        assert.are.equal(want.status, v.status)
        assert.are.equal(want.raw, v.outcome and v.outcome.raw)
        if want.subject then assert.are.equal(want.subject, v.subject) end
        if want.indicator then assert.are.equal(want.indicator, v.indicator) end
        if want.matched_by then assert.are.equal(want.matched_by, v.matched_by) end
        if want.second then assert.are.equal(want.second, v.candidates[2].rank_reason) end
      end)
    end
  end)

  describe("figures over a span", function()
    it("never answers one year with an average over years (城镇新增就业年均超过70万人)", function()
      local sentence = "城镇新增就业年均超过70万人。"
      local v = A.verdict({
        A.target({ subject = "城镇新增就业", unit = "person", verb = "新增", value = 650000, period = "2023" }),
        A.mention({ subject = "城镇新增就业", unit = "person", verb = "超过", value = 700000, cmp = ">",
          sentence = sentence, sentence_start = 1, start = #"城镇新增就业年均" + 1 }),
      })
      assert.are.equal("not_reported", v.status)
      assert.are.equal(0, #v.candidates)
    end)

    it("never answers one year with an average said before the subject (平均每年城镇新增就业1000多万人)", function()
      -- the scanner trims 平均 from the subject and keeps 每年
      local sentence = "统筹做好就业再就业工作，平均每年城镇新增就业1000多万人。"
      local v = A.verdict({
        A.target({ subject = "城镇新增就业", unit = "person", verb = "新增", value = 9000000, cmp = ">=", period = "2023" }),
        A.mention({ subject = "每年城镇新增就业", unit = "person", verb = "新增", value = 10000000, cmp = ">",
          sentence = sentence, sentence_start = 1, start = #"统筹做好就业再就业工作，平均每年城镇新增就业" + 1 }),
      })
      assert.are.equal("not_reported", v.status)
      assert.are.equal(0, #v.candidates)
    end)

    it("answers a level target with the level a review of the span gives at its end, below the year's own", function()
      local v = A.verdict({
        A.target({ subject = "基本养老保险参保", unit = "person", verb = "达", value = 7630000, period = "2023" }),
        A.mention({ subject = "基本养老保险参保", unit = "person", verb = "", value = 7780000, period = "2019-2023" }),
      })
      assert.are.equal("met", v.status)
      assert.are.equal("answer", v.candidates[1].relation)
      v = A.verdict({
        A.target({ subject = "基本养老保险参保", unit = "person", verb = "达", value = 7630000, period = "2023" }),
        A.mention({ subject = "基本养老保险参保", unit = "person", verb = "", value = 7780000, period = "2019-2023" }),
        A.mention({ subject = "基本养老保险参保", unit = "person", verb = "", value = 7700000, period = "2023" }),
      })
      assert.are.equal(7700000, v.outcome.value)
      assert.are.equal("a figure for the year beats the level at the end of a span", v.candidates[2].rank_reason)
    end)

    it("never answers a target with a gap against another place (高于全国0.3个百分点)", function()
      local v = A.verdict({
        A.target({ subject = "地区生产总值", value = 5.5, cmp = "~", period = "2023" }),
        A.mention({ subject = "地区生产总值", unit = "pp", verb = "高于", value = 0.3, period = "2023" }),
      })
      assert.are.equal("not_reported", v.status)
      assert.are.equal(0, #v.candidates)
      v = A.verdict({
        A.target({ subject = "研发投入强度", unit = "pp", verb = "高于", value = 0.5, period = "2023" }),
        A.mention({ subject = "研发投入强度", unit = "pp", verb = "高于", value = 0.6, period = "2023" }),
      })
      assert.are.equal(1, #v.candidates)
    end)

    it("never answers one year with a growth rate or a flow over the span", function()
      local v = A.verdict({
        A.target({ subject = "地区生产总值", value = 5.5, cmp = "~", period = "2023" }),
        A.mention({ subject = "地区生产总值", verb = "增长", value = 5.8, period = "2019-2023" }),
      })
      assert.are.equal("not_reported", v.status)
    end)
  end)

  describe("agree", function()
    it("takes an exact figure inside a bound or 左右 as agreeing", function()
      assert.is_true(match.agree(rules.default(), { value = 10.7, cmp = "=", unit = "%" }, { value = 10, cmp = "=", verb = "高于", unit = "%" }))
      assert.is_true(match.agree(rules.default(), { value = 8.4, cmp = "=", unit = "%" }, { value = 8, cmp = "~", unit = "%" }))
      assert.is_false(match.agree(rules.default(), { value = 3.4, cmp = "=", unit = "%" }, { value = 3.1, cmp = "=", unit = "%" }))
    end)
  end)
end)

describe("duixian.audit", function()
  local audit = require "duixian.audit"
  describe("run", function()
    it("takes mentions from an iterator as well as an array", function()
      local list = {
        A.target({ subject = "生产总值", value = 5.5, cmp = "~" }),
        A.mention({ subject = "生产总值", value = 5.8 }),
      }
      local i = 0
      local a = audit.run{ documents = A.docs, mentions = function() i = i + 1 return list[i] end }
      assert.are.equal(1, #a.verdicts)
      assert.are.equal("met", a.verdicts[1].status)
      assert.are.equal(2, a.params.mentions)
    end)

    it("raises on misuse", function()
      assert.has_error(function() audit.run() end, "bad argument #1 to 'run' (table expected, got nil)")
      assert.has_error(function() audit.run{ documents = A.docs, mentions = { A.mention({ subject = "x", value = 1, document_id = 9 }) } } end,
        "bad argument #1 to 'run' (a mention refers to document 9, which is not in 'documents')")
    end)
  end)
end)

describe("a count whose action follows the noun it counts", function()
  local docs = A.pair("云水省", "2019-01-20", "2020-01-15")
  local function status(plan, review)
    local vs = A.audit_texts(docs, { plan, review })
    assert.are.equal(1, #vs)
    return vs[1].status
  end

  it("matches a short thing by the same action after it (实现17个贫困县摘帽 and 17个贫困县摘帽)", function()
    assert.are.equal("met", status("今年主要目标：实现17个贫困县（市、区）摘帽。\n", "过去一年，17个贫困县（市、区）摘帽。\n"))
  end)

  it("keeps things apart that another action follows (摘帽 and 通高速)", function()
    assert.are.equal("not_reported", status("今年主要目标：实现17个贫困县摘帽。\n", "过去一年，17个贫困县通高速。\n"))
  end)
end)
