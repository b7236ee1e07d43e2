local A = require "spec.audit_helper"

local function pair(t, o)
  local ms = { A.target(t) }
  if o then ms[2] = A.mention(o) end
  return A.verdict(ms)
end

describe("duixian.rules.judge", function()
  describe("the default convention", function()
    local cases = {
      -- target, outcome, status, rule
      { "floor >= met at the target", { subject = "生产总值", value = 6, cmp = ">=" }, { subject = "生产总值", value = 6 }, "met", "floor_at_least" },
      { "floor >= missed below it", { subject = "生产总值", value = 6, cmp = ">=" }, { subject = "生产总值", value = 5.9 }, "missed", "floor_at_least" },
      { "floor = judged as >=", { subject = "城镇新增就业", unit = "person", verb = "新增", value = 9000000 },
        { subject = "城镇新增就业", unit = "person", verb = "新增", value = 9800000 }, "met", "floor_at_least" },
      { "floor ~ %: met at target - 0.5", { subject = "生产总值", value = 5.5, cmp = "~" }, { subject = "生产总值", value = 5.0 }, "met", "floor_about" },
      { "floor ~ %: missed below target - 0.5", { subject = "生产总值", value = 5.5, cmp = "~" }, { subject = "生产总值", value = 4.9 }, "missed", "floor_about" },
      { "floor ~ count: met at 0.95 x target", { subject = "城镇新增就业", unit = "person", verb = "新增", value = 40000, cmp = "~" },
        { subject = "城镇新增就业", unit = "person", verb = "新增", value = 38000 }, "met", "floor_about" },
      { "floor ~ count: missed below 0.95 x target", { subject = "城镇新增就业", unit = "person", verb = "新增", value = 40000, cmp = "~" },
        { subject = "城镇新增就业", unit = "person", verb = "新增", value = 37999 }, "missed", "floor_about" },
      { "floor >: strictly above", { subject = "招商引资到位资金", unit = "CNY", verb = "", value = 42000000000, cmp = ">" },
        { subject = "招商引资到位资金", unit = "CNY", verb = "", value = 42000000000 }, "missed", "floor_over" },
      { "floor range: the low end", { subject = "生产总值", value = 5, value_max = 6, cmp = "range" }, { subject = "生产总值", value = 5.2 }, "met", "floor_range" },
      { "cap <= met at the target", { subject = "居民消费价格", verb = "涨幅", value = 3, cmp = "<=" }, { subject = "居民消费价格", verb = "上涨", value = 3 }, "met", "cap_at_most" },
      { "cap <= missed above it", { subject = "居民消费价格", verb = "涨幅", value = 3, cmp = "<=" }, { subject = "居民消费价格", verb = "上涨", value = 4.8 }, "missed", "cap_at_most" },
      { "cap ~ %: met up to target + 0.5", { subject = "居民消费价格", verb = "涨幅", value = 3, cmp = "~" }, { subject = "居民消费价格", verb = "涨幅", value = 3.3 }, "met", "cap_about" },
      { "cap ~ %: missed above target + 0.5", { subject = "居民消费价格", verb = "涨幅", value = 3, cmp = "~" }, { subject = "居民消费价格", verb = "涨幅", value = 3.6 }, "missed", "cap_about" },
      { "cap <: strictly below", { subject = "城镇登记失业率", verb = "", value = 4.6, cmp = "<" }, { subject = "城镇登记失业率", verb = "", value = 4.6 }, "missed", "cap_under" },
      { "cap range: the high end", { subject = "城镇登记失业率", verb = "", value = 4, value_max = 4.5, cmp = "range" }, { subject = "城镇登记失业率", verb = "", value = 4.5 }, "met", "cap_range" },
      { "a reduction target is a floor on the size of the decrease", { subject = "单位生产总值能耗", verb = "下降", value = 4, cmp = "~" },
        { subject = "单位生产总值能耗", verb = "下降", value = 1.2 }, "missed", "floor_about" },
    }
    for _, c in ipairs(cases) do
      it(c[1], function()
        local v = pair(c[2], c[3])
        assert.are.equal(c[4], v.status)
        assert.are.equal(c[5], v.rule)
        assert.are.equal("catalogue", v.matched_by)
      end)
    end

    it("reads an outcome said below its figure (不到45万人) as short of a floor there, above as past a cap", function()
      assert.are.same({ "45万人以上 missed 不到45万人" }, A.judged("江苏省", "城镇新增就业45万人以上。", "过去一年，城镇新增就业不到45万人。"))
      assert.are.same({ "45万人以上 met 超过45万人" }, A.judged("江苏省", "城镇新增就业45万人以上。", "过去一年，城镇新增就业超过45万人。"))
      assert.are.same({ "控制在30微克/立方米以内 missed 超过30微克/立方米" }, A.judged("江苏省",
        "PM2.5平均浓度控制在30微克/立方米以内。", "过去一年，PM2.5平均浓度超过30微克/立方米。"))
    end)

    it("converts mass and area between units (斤, 公斤, 吨; 亩, 公顷) before judging", function()
      assert.are.same({ "760亿斤以上 met 3850万吨" }, A.judged("河北省", "粮食产量760亿斤以上。", "过去一年，粮食总产量达到3850万吨。"))
      assert.are.same({ "760亿斤以上 missed 3750万吨" }, A.judged("河北省", "粮食产量760亿斤以上。", "过去一年，粮食总产量达到3750万吨。"))
      assert.are.same({ "750亿斤以上 met 380.1亿公斤" }, A.judged("江苏省", "粮食总产量稳定在750亿斤以上。",
        "过去一年，粮食总产量达到380.1亿公斤。"))
      assert.are.same({ "300万亩 met 21万公顷" }, A.judged("河北省", "新建高标准农田300万亩。", "过去一年，新建高标准农田21万公顷。"))
      local a = A.audit_texts(A.pair("河北省", "2024-01-20", "2025-01-20"),
        { "粮食产量760亿斤以上。", "一、2024年工作回顾\n粮食总产量达到3850万吨。" })
      assert.are.equal("3850万吨 (review.txt) = 770亿斤 is at least 760亿斤 (target 760亿斤以上)", a[1].reason)
    end)

    it("reads an outcome said to approach a figure (近500万亩) as a little under it", function()
      assert.are.same({ "500万亩 missed 近500万亩" }, A.judged("新疆维吾尔自治区", "新建高标准农田500万亩。",
        "过去一年，新建高标准农田近500万亩。"))
      assert.are.same({ "480万亩 met 近500万亩" }, A.judged("新疆维吾尔自治区", "新建高标准农田480万亩。",
        "过去一年，新建高标准农田近500万亩。"))
    end)

    it("reads a place in a ranking (第3位, 前3位) as better the smaller it is", function()
      assert.are.same({ "第3位 met 第2位" }, A.judged("洛阳市", "确保经济总量稳居全省第3位。", "过去一年，经济总量跃居全省第2位。"))
      assert.are.same({ "第3位 missed 第4位" }, A.judged("洛阳市", "确保经济总量稳居全省第3位。", "过去一年，经济总量居全省第4位。"))
      -- and the verb framing the place (进入) is no part of what is ranked
      assert.are.same({ "前3位 met 第2位" }, A.judged("洛阳市", "力争经济总量进入全省前3位。", "过去一年，经济总量居全省第2位。"))
    end)

    it("reads a level crossed (跨越1万亿元台阶) as a bound, no figure that conflicts with the exact one", function()
      assert.are.same({ "突破1.1万亿元 met 11380亿元" }, A.judged("晋江市", "力争地区生产总值突破1.1万亿元。",
        "一、2023年工作回顾\n全市地区生产总值跨越1万亿元台阶，达到11380亿元。"))
    end)

    it("reads an increase in times (增长1.1倍) as the multiple it makes (2.1倍) against a doubling (翻一番)", function()
      assert.are.same({ "翻一番 met 1.1倍" }, A.judged("江苏省", "跨境人民币结算量翻一番。", "过去一年，跨境人民币结算量增长1.1倍。"))
      assert.are.same({ "1倍 missed 0.8倍" }, A.judged("江苏省", "跨境人民币结算量增长1倍。", "过去一年，跨境人民币结算量增长0.8倍。"))
      assert.are.same({ "翻一番 missed 1.8倍" }, A.judged("江苏省", "跨境人民币结算量翻一番。", "过去一年，跨境人民币结算量是上年的1.8倍。"))
      local a = A.audit_texts(A.pair("江苏省", "2024-01-20", "2025-01-20"),
        { "跨境人民币结算量翻一番。", "一、2024年工作回顾\n跨境人民币结算量增长1.1倍。" })
      assert.are.equal("增长1.1倍 (review.txt) = 2.1倍 is at least 2倍 (target 翻一番)", a[1].reason)
    end)

    it("reads a rise of a reduction indicator (能耗上升1.2%) as a negative reduction: missed", function()
      local v = A.judged("江苏省", "单位地区生产总值能耗下降3%左右。", "过去一年，单位地区生产总值能耗上升1.2%。")
      assert.are.same({ "3%左右 missed 1.2%" }, v)
    end)

    it("reads a target its verb lowers to a level (降至13%) as a ceiling, outside the catalogue", function()
      assert.are.same({ "13% missed 14%" }, A.judged("全国", "将某项费率降低到13%。", "过去一年，某项费率降低到14%。"))
      assert.are.same({ "5% met 4.8%" }, A.judged("全国", "小微企业综合融资成本降至5%。", "过去一年，小微企业综合融资成本降至4.8%。"))
    end)

    it("says why, quoting the outcome, its document and the threshold", function()
      local v = pair({ subject = "生产总值", value = 5.5, cmp = "~", raw = "5.5%左右" }, { subject = "生产总值", value = 5.3, raw = "5.3%" })
      assert.are.equal("5.3% (review.txt) is at least 5% (target 5.5%左右 less the tolerance 0.5 for 左右)", v.reason)
    end)
  end)

  describe("margin and ratio", function()
    it("gives outcome - target, and no ratio for percentages", function()
      local v = pair({ subject = "生产总值", value = 5.5, cmp = "~" }, { subject = "生产总值", value = 5.8 })
      assert.are.equal(0.3, v.margin)
      assert.is_nil(v.ratio)
    end)
    it("gives the ratio for absolute quantities", function()
      local v = pair({ subject = "城镇新增就业", unit = "person", verb = "新增", value = 9000000, cmp = ">=" },
        { subject = "城镇新增就业", unit = "person", verb = "新增", value = 11680000 })
      assert.are.equal(2680000, v.margin)
      assert.are.equal(1.2978, v.ratio)
    end)
    it("measures a cap against its high end", function()
      local v = pair({ subject = "城镇登记失业率", verb = "", value = 4, value_max = 4.5, cmp = "range" }, { subject = "城镇登记失业率", verb = "", value = 4.2 })
      assert.are.equal(-0.3, v.margin)
    end)
  end)

  describe("verdicts without a number to judge", function()
    it("not_reported, by the rule not_comparable, when the only figure is in another unit", function()
      -- the catalogue has the growth of industry above the designated size, not its amount
      local v = pair({ subject = "规模以上工业增加值", value = 6, cmp = "~" },
        { subject = "规模以上工业增加值", unit = "CNY", verb = "达到", value = 120000000000 })
      assert.are.equal("not_reported", v.status)
      assert.are.equal("not_comparable", v.rule)
      assert.is_nil(v.outcome)
      assert.are.equal(120000000000, v.candidates[1].value)
      assert.truthy(v.reason:find("is reported as", 1, true))
      assert.is_nil(v.margin)
    end)

    it("names the figure in another unit outside the catalogue too, where the words are the same", function()
      local a = A.audit_texts(A.pair("北京市", "2022-01-06", "2023-01-15"),
        { "蔬菜产量达到200万吨。", "一、2022年工作回顾\n蔬菜产量增长15%。" })
      assert.are.same({ "not_reported", "not_comparable" }, { a[1].status, a[1].rule })
      assert.truthy(a[1].reason:find("is reported as 15%", 1, true))
    end)

    it("not_reported when no later document gives a figure", function()
      local v = pair({ subject = "5G基站", unit = "个", verb = "新建", value = 800 })
      assert.are.equal("not_reported", v.status)
      assert.is_nil(v.outcome)
    end)

    it("pending when the year is not over in the documents at hand", function()
      local v = pair({ subject = "生产总值", value = 5, cmp = "~", period = "2025", document_id = 4 })
      assert.are.equal("pending", v.status)
    end)

    it("conflicting when equally ranked finals disagree", function()
      local v = A.verdict({
        A.target({ subject = "城镇新增就业", unit = "person", verb = "新增", value = 32000, cmp = ">=" }),
        A.mention({ subject = "城镇新增就业", unit = "person", verb = "新增", value = 34000 }),
        A.mention({ subject = "城镇就业", unit = "person", verb = "新增", value = 31000 }),
      })
      assert.are.equal("conflicting", v.status)
      assert.are.equal(2, #v.candidates)
      assert.are.equal("ties with the best", v.candidates[2].rank_reason)
    end)

    it("not conflicting when the tied figures give one verdict (4.8亿人次 and 4.6亿人次 against 4.5亿人次)", function()
      assert.are.same({ "4.5亿人次 met 4.8亿人次" }, A.judged("广东省", "接待游客4.5亿人次。",
        "过去一年，接待游客4.8亿人次。全年接待游客4.6亿人次。"))
      assert.are.same({ "4.7亿人次 conflicting 4.8亿人次" }, A.judged("广东省", "接待游客4.7亿人次。",
        "过去一年，接待游客4.8亿人次。全年接待游客4.6亿人次。"))
    end)

    it("not conflicting when a bounded figure agrees with the exact one (略高于10% and 10.7%)", function()
      local v = A.verdict({
        A.target({ subject = "国内生产总值", value = 8, cmp = "~" }),
        A.mention({ subject = "国内生产总值", value = 10.7 }),
        A.mention({ subject = "经济增长连续四年达到或略", verb = "高于", value = 10 }),
      })
      assert.are.equal("met", v.status)
      assert.are.equal(10.7, v.outcome.value)
      assert.are.equal("an exact figure beats a rounded or bounded one", v.candidates[2].rank_reason)
    end)
  end)
end)
