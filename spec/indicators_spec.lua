local indicators = require "duixian.indicators"

describe("duixian.indicators", function()
  local cat = indicators.catalogue()

  describe("catalogue", function()
    it("loads data/indicators.lua: several dozen valid entries with unique ids", function()
      assert.is_true(#cat.list >= 40)
      local seen = {}
      for _, e in ipairs(cat.list) do
        assert.is_true(indicators.check_entry(e))
        assert.is_nil(seen[e.id], "duplicate id " .. e.id)
        seen[e.id] = true
        assert.is_not_nil(e.direction, e.id .. " has no direction")
        assert.is_not_nil(e.unit, e.id .. " has no unit")
      end
    end)

    it("overrides an entry's fields by id and keeps the rest", function()
      local c = indicators.catalogue(nil, { cpi = { tolerance = { abs = 0.2 } } })
      assert.are.same({ abs = 0.2 }, c:get("cpi").tolerance)
      assert.are.equal("cap", c:get("cpi").direction)
      assert.are.equal(#cat.list, #c.list)
    end)

    it("adds a new entry and removes one set to false", function()
      local c = indicators.catalogue(nil, {
        { id = "pocket_parks", aliases = { "口袋公园" }, unit = "个", measure = "added", direction = "floor" },
        m2_growth = false,
      })
      assert.are.equal("pocket_parks", c:resolve("新建城市口袋公园", "个", "新建").id)
      assert.is_nil(c:get("m2_growth"))
      assert.are.equal(#cat.list, #c.list)
    end)

    it("raises on a malformed entry, naming it", function()
      assert.has_error(function()
        indicators.catalogue(nil, { { id = "x", aliases = { "某某" }, direction = "up" } })
      end, "indicator x: direction must be floor or cap, not 'up'")
      assert.has_error(function()
        indicators.catalogue(nil, { { id = "x", aliases = { "某某" }, stock = "yes" } })
      end, "indicator x: stock must be true or false, not a string")
    end)
  end)

  describe("resolve", function()
    local cases = {
      -- subject, unit, verb, expected id
      { "地区生产总值", "%", "增长", "gdp_growth" },
      { "国内生产总值", "%", "增长", "gdp_growth" },
      { "经济增长预期目标", "%", "为", "gdp_growth" },
      { "国内生产总值", "CNY", "达到", "gdp" },
      { "规模以上工业增加值", "%", "增长", "industry_value_added_growth" },
      { "规上工业增加值", "%", "增长", "industry_value_added_growth" },
      { "新增城镇就业", "person", "", "urban_jobs" },
      { "城镇新增就业", "person", "新增", "urban_jobs" },
      { "城镇新增就业人口", "person", "新增", "urban_jobs" },
      { "单位国内生产总值能耗", "%", "降低", "energy_intensity" },
      { "“十一五”期间单位国内生产总值能源消耗", "%", "降低", "energy_intensity" },
      { "居民消费价格总水平", "%", "涨幅", "cpi" },
      { "民消费价格总水平涨幅在", "%", "居", "cpi" },
      { "城镇登记失业率", "%", "控制在", "unemployment_rate" },
      { "城镇调查失业率", "%", "", "unemployment_surveyed" },
      { "一般公共预算收入", "%", "增长", "fiscal_revenue_growth" },
      { "一般公共预算收入", "CNY", "达到", "fiscal_revenue" },
      { "研发投入占GDP比重", "%", "达到", "rd_intensity" },
      { "人均地区生产总值", "CNY", "达到", "gdp_per_capita" },
      -- the head of the subject, as real provincial reports word it
      { "服务业增加值占地区生产总值比重", "%", "达到", "services_share" },
      { "海洋生产总值占GDP", "%", "比重", "marine_economy_share" },
      { "研发经费投入强度", "%", "提高到", "rd_intensity" },
      { "全社会研发投入强度", "%", "达到", "rd_intensity" },
      { "R&D经费支出占GDP", "%", "比重", "rd_intensity" },
      { "全社会研发经费投入", "%", "增长", "rd_spending_growth" },
      { "农村居民人均可支配收入", "%", "增长", "rural_income_growth" },
      { "城镇常住居民人均可支配收入", "%", "增长", "urban_income_growth" },
      { "全体居民人均可支配收入", "%", "增长", "income_growth" },
      { "脱贫地区农村居民人均可支配收入", "%", "增长", "poverty_area_rural_income_growth" },
      { "单位地区生产总值能耗", "%", "下降", "energy_intensity" },
      { "常住人口城镇化率", "%", "达到", "urbanization_rate" },
      { "空气质量优良天数比率", "%", "", "good_air_days_share" },
      { "粮食产量", "jin", "", "grain_output" },
      { "外贸进出口总额", "%", "增长", "trade_growth" },
      { "进出口总额", "CNY", "", "trade" },
      { "社会消费品零售总额", "%", "增长", "retail_sales_growth" },
      { "固定资产投资", "%", "增长", "fixed_investment_growth" },
      { "固定资产投资", "CNY", "完成", "fixed_investment" },
      { "城镇新增就业人数", "person", "新增", "urban_jobs" },
      { "城镇调查失业率平均值", "%", "", "unemployment_surveyed" },
      { "数字经济核心产业营业收入", "%", "", "digital_economy_revenue_growth" },
      { "经济增长连续四年达到或略", "%", "高于", "gdp_growth" },
      -- the output's amount and its growth: two entries, told apart by the unit
      { "工业总产值", "CNY", "突破", "industry_gross_output" },
      -- the building of a thing, measured as the thing built
      { "完成高标准农田建设", "mu", "改造提升", "high_standard_farmland" },
      { "规上工业总产值", "%", "增长", "industry_gross_output_growth" },
      -- the levels a five-year plan sets for health and schooling
      { "人均预期寿命", "year", "达到", "life_expectancy" },
      { "劳动年龄人口平均受教育年限", "year", "", "schooling_years" },
      -- carbon intensity by the report's name for GDP
      { "单位地区生产总值二氧化碳排放", "%", "降低", "co2_intensity" },
      { "单位GDP二氧化碳排放", "%", "下降", "co2_intensity" },
      { "粮食综合生产能力", "jin", "稳定在", "grain_output" },
      { "地区生产总值用水量", "%", "下降", "water_intensity" },
      -- manufacturing's share of the economy by its value added
      { "其中制造业增加值", "%", "占比", "manufacturing_share" },
      -- a share of research and development in the statistics bureau's words
      { "全社会研究与试验发展（R&D）经费投入占地区生产总值", "%", "比重为", "rd_intensity" },
    }
    for _, c in ipairs(cases) do
      it(("%s (%s, %s) is %s"):format(c[1], c[2], c[3], c[4]), function()
        local e = cat:resolve(c[1], c[2], c[3])
        assert.is_not_nil(e, c[1] .. " did not resolve")
        assert.are.equal(c[4], e.id)
      end)
    end

    it("reads a share of the economy whatever its denominator is called, with 的 or without", function()
      -- 全社会研发投入占地区生产总值比重达到3.3%: the scanner gives 比重达到 as the verb
      assert.are.equal("rd_intensity", cat:resolve("全社会研发投入占地区生产总值", "%", "比重达到").id)
      assert.are.equal("rd_intensity", cat:resolve("研发经费投入占国内生产总值的比重", "%", "").id)
      assert.are.equal("services_share", cat:resolve("服务业增加值占全省生产总值比重", "%", "").id)
      assert.are.equal("services_share", cat:resolve("服务业增加值占全市地区生产总值", "%", "比重提高到").id)
      -- an alias written with the report's name for GDP still resolves
      assert.are.equal("services_share", cat:resolve("服务业增加值占GDP的比重", "%", "").id)
      -- a subject opening with 占 names only a denominator, unless the 占 is
      -- part of a word (占地面积)
      assert.is_true(indicators.names_only_denominator("占地区生产总值"))
      assert.is_false(indicators.names_only_denominator("占地面积"))
      -- a bare 制造业占比 may be its share of anything (投资…，其中制造业占比70%)
      assert.is_nil(cat:resolve("其中制造业", "%", "占比"))
      -- the economy itself keeps its name: 地区生产总值 alone is GDP, not a share
      assert.are.equal("gdp_growth", cat:resolve("地区生产总值", "%", "增长").id)
    end)

    it("reads a share of any denominator with 的 before its ratio word as the share without", function()
      assert.are.equal("high_tech_manufacturing_share",
        cat:resolve("高技术制造业增加值占规上工业增加值的比重", "%", "达到").id)
      assert.are.equal("private_investment_share", cat:resolve("民间投资占固定资产投资的比重", "%", "").id)
      assert.are.equal("民间投资占固定资产投资比重", indicators.canonical("民间投资占固定资产投资的比重"))
      assert.are.equal("空气质量优良天数比例", indicators.canonical("空气质量优良天数的比例"))
    end)

    it("reads the Corps' own figures (兵团第八师地区生产总值) as no GDP of the place its division lies in", function()
      assert.is_nil(cat:resolve("兵团第八师地区生产总值", "%", "增长"))
      assert.is_nil(cat:resolve("兵团地区生产总值", "%", "增长"))
      assert.are.equal("gdp_growth", cat:resolve("全市地区生产总值", "%", "增长").id)
    end)

    it("reads a part of a city by place (县域经济, 中心城区) as no figure of the whole city", function()
      assert.is_nil(cat:resolve("县域经济规模以上工业增加值", "%", "增长"))
      assert.is_nil(cat:resolve("中心城区地区生产总值", "%", "增长"))
      assert.is_nil(cat:resolve("新城区规上工业增加值", "%", "增长"))
      assert.are.equal("industry_value_added_growth", cat:resolve("规模以上工业增加值", "%", "增长").id)
    end)

    -- the names that plans, communiqués, the State Council and reviews give
    -- an entry: { subject, unit, verb, entry }
    local names = {
      { "实际到位省外资金", "CNY", "", "investment_attraction" }, -- the origin inside the name
      { "省外到位资金", "CNY", "引进", "investment_attraction" },
      { "单位地区生产总值能源消耗", "%", "降低", "energy_intensity" },
      { "地表水达到或好于Ⅲ类水体比例", "%", "达到", "surface_water_quality" },
      { "达到或好于Ⅲ类水质的比例", "%", "为", "surface_water_quality" },
      { "村庄生活污水治理率", "%", "达到", "rural_sewage_treatment" },
      { "PM2.5年平均浓度", "μg/m3", "", "pm25_level" },
      { "城镇棚户区住房", "套", "改造", "shantytown_renovation" },
      { "专项债券额度", "CNY", "安排", "special_bonds" },
      { "规模以上工业增加值", "%", "增长", "industry_value_added_growth" },
      { "出口", "CNY", "", "exports" },
    }
    for _, c in ipairs(names) do
      it("knows " .. c[1] .. " as " .. c[4], function()
        assert.are.equal(c[4], (cat:resolve(c[1], c[2], c[3]) or {}).id)
      end)
    end

    -- parts of a whole, no figure of it: a mode of trade, what is left
    -- without one part
    for _, c in ipairs({ { "市场采购贸易出口", "CNY", "突破" }, { "加工贸易进出口", "%", "增长" },
        { "非能源工业增加值", "%", "增长" }, { "非公有制经济增加值", "%", "增长" } }) do
      it("reads " .. c[1] .. " as a part, no figure of the whole", function()
        assert.is_nil(cat:resolve(c[1], c[2], c[3]))
      end)
    end

    it("reads the rural income of the pastoral regions (农村牧区常住居民人均可支配收入) as rural income", function()
      assert.are.equal("rural_income_growth", cat:resolve("农村牧区常住居民人均可支配收入", "%", "增长").id)
      assert.are.equal("rural_income", cat:resolve("农牧民人均可支配收入", "CNY", "达到").id)
    end)

    it("reads a name in quotation marks as the name (“专精特新”企业, “城中村”改造项目)", function()
      assert.are.equal("specialised_smes", cat:resolve("“专精特新”企业", "家", "新增").id)
      assert.are.equal("urban_village_renovation", cat:resolve("“城中村”改造项目", "个", "启动").id)
      assert.are.equal("little_giants", cat:resolve("专精特新“小巨人”企业", "家", "新增").id)
      assert.are.equal("little_giants", cat:resolve("专精特新小巨人企业", "家", "新增").id)
    end)

    it("tells the beds for care (护理型床位) from all beds for the old (养老床位)", function()
      assert.are.equal("elderly_care_beds", cat:resolve("养老床位", "张", "新增").id)
      assert.are.equal("nursing_care_beds", cat:resolve("护理型床位", "张", "").id)
      assert.are.equal("nursing_care_beds", cat:resolve("护理型养老床位", "张", "新增").id)
    end)

    it("tells the places of one level of school from all places and from another level's", function()
      local function id(subject) return cat:resolve(subject, "个", "新增").id end
      assert.are.same({ "school_places", "school_places", "compulsory_school_places", "compulsory_school_places",
        "kindergarten_places", "kindergarten_places", "high_school_places" },
        { id("学位"), id("基础教育学位"), id("中小学学位"), id("公办中小学学位"), id("幼儿园学位"),
          id("普惠性学前教育学位"), id("普通高中学位") })
    end)

    it("does not take the denominator of a share for the indicator: 四新经济增加值占GDP比重", function()
      assert.is_nil(cat:resolve("四新经济增加值占GDP比重", "%", "达到"))
    end)

    it("takes no alias the subject merely contains: share is not GDP, 人均 is not GDP, 强度 is not growth", function()
      local bare = indicators.catalogue(nil, { services_share = false, gdp_per_capita = false, rd_intensity = false,
        poverty_area_rural_income_growth = false })
      assert.is_nil(bare:resolve("服务业增加值占地区生产总值比重", "%", "达到"))
      assert.is_nil(bare:resolve("人均地区生产总值", "CNY", "达到"))
      assert.is_nil(bare:resolve("研发经费投入强度", "%", "提高到"))
      assert.is_nil(bare:resolve("脱贫地区农村居民人均可支配收入", "%", "增长"))
      -- a part of the whole, or a contribution, is not the whole
      assert.is_nil(cat:resolve("规上民营工业增加值", "%", "增长"))
      assert.is_nil(cat:resolve("工业对经济增长贡献率", "%", ""))
      assert.is_nil(cat:resolve("对东盟进出口", "%", "增长"))
    end)

    it("gives a conjunct the head it shares with the next one (城镇和农村…收入分别增长)", function()
      local sentence = "城镇和农村常住居民人均可支配收入分别增长5%左右、7%左右；"
      local e, _, whole = cat:resolve_conjunct("城镇", "%", "增长", sentence)
      assert.are.equal("urban_income_growth", e.id)
      assert.are.equal("城镇常住居民人均可支配收入", whole)
      assert.is_nil(cat:resolve_conjunct("城镇", "%", "增长", "城镇燃气管网改造"))
    end)

    it("returns nil for an empty subject or one outside the catalogue", function()
      assert.is_nil(cat:resolve("", "%", "增长"))
      assert.is_nil(cat:resolve("市级示范步行街", "条", "打造"))
    end)
  end)

  describe("measure_of", function()
    local cases = {
      { "%", "增长", "生产总值", "growth" },
      { "%", "涨幅", "居民消费价格", "growth" },
      -- a rate of growth the scanner joined to a verb of reaching: the rate reached
      { "%", "涨幅回落到", "居民消费价格", "growth" },
      { "%", "为", "经济增长预期目标", "growth" },
      { "%", "降低", "单位国内生产总值能耗", "decrease" },
      { "%", "转为下降", "", "decrease" },
      { "%", "控制在", "城镇登记失业率", "share" },
      { "pp", "提高", "占比", "change" },
      { "person", "新增", "城镇就业", "added" },
      { "CNY", "达到", "生产总值", "level" },
      { "家", "", "高新技术企业", nil },
      { "%", "提高到", "研发经费投入强度", "share" },
      { "%", "", "工业对经济增长贡献率", "share" },
      { "%", "增长", "地区生产总值增长率", "growth" },
    }
    for _, c in ipairs(cases) do
      it(("%s %s %s → %s"):format(c[3], c[2], c[1], tostring(c[4])), function()
        assert.are.equal(c[4], indicators.measure_of(c[1], c[2], c[3]))
      end)
    end
  end)

  describe("same_unit", function()
    it("compares equal units and any two classifiers", function()
      assert.is_true(indicators.same_unit("%", "%"))
      assert.is_true(indicators.same_unit("家", "个"))
      assert.is_false(indicators.same_unit("%", "pp"))
      assert.is_false(indicators.same_unit("CNY", "个"))
    end)
  end)

  describe("similar_head", function()
    it("is the head noun of a subject that names a thing", function()
      assert.are.equal("农田", indicators.similar_head("改造高标准农田", "mu", "完成"))
      assert.are.equal("比重", indicators.similar_head("装配式建筑面积占新建建筑", "%", "比重"))
      assert.are.equal("比重", indicators.similar_head("装配式建筑面积占新建建筑比例", "%", "达"))
    end)
    it("is nil for a verb or a word too short to name an indicator", function()
      assert.is_nil(indicators.similar_head("中央财政还将安排", "CNY", ""))
      assert.is_nil(indicators.similar_head("首批", "个", ""))
      assert.is_nil(indicators.similar_head("城镇", "%", "增长"))
    end)
    it("reads the head after a list of examples, without quotation marks", function()
      local head, phrase = indicators.similar_head("威海碳纤维、枣庄欣旺达等“源网荷储”一体化试点", "个", "开展")
      assert.are.equal("试点", head)
      assert.are.equal("源网荷储一体化试点", phrase)
    end)
  end)

  describe("names_no_thing", function()
    it("is true for words before a count that name nothing: verbs, adverbs, times, a clause ending in 的", function()
      for _, s in ipairs({ "", "以办好", "再办好", "我们将接续办好", "推动", "遴选", "基本", "的", "年底",
          "省政府承诺的", "14.2025年", "临沂至滕州等" }) do
        assert.is_true(indicators.names_no_thing(s), s)
      end
    end)
    it("is false for a noun phrase", function()
      for _, s in ipairs({ "粮食产量", "5G基站", "省重点项目", "铺排落实省重点项目" }) do
        assert.is_false(indicators.names_no_thing(s), s)
      end
    end)
  end)

  describe("phrase_after", function()
    local function no_verb() return false end
    it("is the noun phrase after a figure, up to its predicate, a particle or punctuation", function()
      assert.are.equal("民生实事", indicators.phrase_after("民生实事如期兑现", no_verb))
      assert.are.equal("国家区域医疗中心", indicators.phrase_after("国家区域医疗中心基本建成", no_verb))
      assert.are.equal("民生实事", indicators.phrase_after("民生实事为牵引", no_verb))
      assert.are.equal("应用", indicators.phrase_after("应用。", no_verb))
      assert.are.equal("", indicators.phrase_after("，新增", no_verb))
      assert.are.equal("", indicators.phrase_after("的项目", no_verb))
      assert.are.equal("“高效办成一件事”重点事项", indicators.phrase_after("“高效办成一件事”重点事项", function(rest)
        return rest:sub(1, 6) == "办成" end))
    end)
  end)

  describe("canonical", function()
    it("reads synonymous heads as one (营业里程 and 通车里程, 总产量 and 产量)", function()
      assert.are.equal("高铁通车里程", indicators.canonical("高铁营业里程"))
      assert.are.equal("高速铁路通车里程", indicators.canonical("高速铁路营运里程"))
      assert.are.equal("粮食产量", indicators.canonical("粮食总产量"))
      assert.are.equal("hsr_mileage", cat:resolve("高铁营业里程", "km", "突破").id)
      assert.are.equal("power_capacity", cat:resolve("电力装机规模", "kW", "突破").id)
      assert.are.equal("power_capacity", cat:resolve("电力装机容量", "kW", "达").id)
    end)
    it("reads the length of a road from its unit (高速公路由7473公里增至9310公里)", function()
      assert.are.equal("highway_mileage", cat:resolve("高速公路", "km", "增至").id)
      assert.is_nil(cat:resolve("高速公路", "条", ""))
    end)
    it("leaves every alias of the catalogue reachable: its canonical form is an alias of the same entry", function()
      for _, e in ipairs(cat.list) do
        local own = {}
        for _, a in ipairs(e.aliases) do own[a] = true end
        for _, a in ipairs(e.aliases) do
          assert.is_true(own[indicators.canonical(a)] == true, e.id .. ": " .. a)
        end
      end
    end)
  end)

  describe("without_agent", function()
    it("leaves out who pays only before a verb or an adverb", function()
      assert.are.equal("拟安排补贴资金", indicators.without_agent("中央财政拟安排补贴资金"))
      assert.are.equal("用于“三农”的支出", indicators.without_agent("中央财政用于“三农”的支出"))
      assert.are.equal("", indicators.without_agent("中央财政"))
      assert.are.equal("财政收入", indicators.without_agent("财政收入"))
      assert.are.equal("国家级专精特新企业", indicators.without_agent("国家级专精特新企业"))
      assert.are.equal("全国文明城市", indicators.without_agent("全国文明城市"))
    end)
  end)

  describe("is_bare_attribute", function()
    it("knows an attribute that names no thing (投资, 年度计划投资, 通车总里程)", function()
      assert.is_true(indicators.is_bare_attribute("投资"))
      assert.is_true(indicators.is_bare_attribute("年度计划投资"))
      assert.is_true(indicators.is_bare_attribute("通车总里程"))
      assert.is_false(indicators.is_bare_attribute("固定资产投资"))
      assert.is_false(indicators.is_bare_attribute("高速公路通车里程"))
    end)
  end)

  describe("data/subject_heads.lua", function()
    it("never strips a ratio head as a measure word (a share must keep its head)", function()
      for _, r in ipairs(indicators.heads.ratio_heads) do
        for _, w in ipairs(indicators.heads.measure_words) do
          assert.are_not.equal(r, w)
        end
      end
    end)
  end)

  it("folds coordinated words that share their last character (堵点乱点 → 堵乱点)", function()
    assert.are.equal("交通堵乱点治理", indicators.fold_coordinated("交通堵点乱点治理"))
    assert.are.equal("中小学", indicators.fold_coordinated("中学小学"))
    assert.are.equal("一点一点", indicators.fold_coordinated("一点一点")) -- one word twice
    assert.are.equal("生产生活", indicators.fold_coordinated("生产生活"))
  end)

  describe("similarity", function()
    it("is high for the same thing written a little differently", function()
      assert.is_true(indicators.similarity("省级以上专精特新企业", "省级专精特新企业") >= 0.5)
      assert.are.equal(1, indicators.similarity("建城市口袋公园", "建城市口袋公园"))
    end)
    it("is low for different things and 0 for an empty subject", function()
      assert.is_true(indicators.similarity("市级示范步行街", "特色商业街") < 0.5)
      assert.are.equal(0, indicators.similarity("", "特色商业街"))
    end)
  end)
end)
