-- The indicator catalogue: the quantities governments set targets for, each
-- with the names reports give it. Edit freely, or override entries by id
-- from a rule pack (duixian audit --rules FILE).
--
-- id         canonical name, used in verdicts and rule packs
-- name       a short Chinese name for reports
-- aliases    words a subject contains when it is this indicator; the
--            longest alias found in a subject wins, so 单位国内生产总值能耗
--            beats 国内生产总值. Two entries may share aliases when they
--            differ in unit (gdp_growth in %, gdp in 元): the unit decides.
-- measure    growth (a rate of increase, %), decrease (a rate of decrease
--            whose size is the target), share (a level in %), added (new
--            things in the year), level (a stock or total), change (pp)
-- unit       the unit of the target, in the gold vocabulary (%, pp, CNY, person, 家 …)
-- direction  floor (more is better; the target is a minimum) or cap (the
--            target is a ceiling: prices, unemployment, the deficit)
-- tolerance  how far 左右 (about) stretches: { abs = 0.5 } in the unit, or
--            { ratio = 0.05 } of the target; when absent: 0.5 for % and pp,
--            5% of the target otherwise

local P = { abs = 0.5 }   -- percentages and percentage points
local R = { ratio = 0.05 } -- absolute quantities

return {
  -- output and growth
  { id = "gdp_growth", name = "生产总值增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "地区生产总值", "国内生产总值", "生产总值", "经济增长", "经济增速", "经济增长速度",
      "GDP", "经济总量" } },
  { id = "gdp", name = "生产总值", measure = "level", unit = "CNY", direction = "floor", tolerance = R,
    aliases = { "地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量" } },
  { id = "gdp_per_capita", name = "人均生产总值", measure = "level", unit = "CNY", direction = "floor", tolerance = R,
    aliases = { "人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP" } },
  { id = "industry_value_added_growth", name = "规上工业增加值增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "规模以上工业增加值", "规上工业增加值", "规模工业增加值", "全部工业增加值", "工业增加值" } },
  { id = "services_value_added_growth", name = "服务业增加值增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "服务业增加值", "第三产业增加值" } },
  { id = "digital_economy_growth", name = "数字经济核心产业增加值增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "数字经济核心产业增加值", "数字经济核心产业" } },

  -- demand
  { id = "fixed_investment_growth", name = "固定资产投资增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "全社会固定资产投资", "固定资产投资", "城镇固定资产投资" } },
  { id = "retail_sales_growth", name = "社会消费品零售总额增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "社会消费品零售总额", "社会消费品零售额", "社零额" } },
  { id = "trade_growth", name = "进出口总额增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "进出口总额", "外贸进出口", "进出口总值", "货物进出口" } },
  { id = "export_growth", name = "出口增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "出口总额", "出口额" } },
  { id = "foreign_investment", name = "实际使用外资", measure = "level", unit = "USD", direction = "floor", tolerance = R,
    aliases = { "实际使用外资", "实际利用外资", "实际使用外商直接投资", "实际利用外商直接投资" } },
  { id = "investment_attraction", name = "招商引资到位资金", measure = "level", unit = "CNY", direction = "floor", tolerance = R,
    aliases = { "招商引资到位资金", "到位资金", "到位内资" } },

  -- public finance
  { id = "fiscal_revenue_growth", name = "一般公共预算收入增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "一般公共预算收入", "地方一般公共预算收入", "地方财政收入", "财政收入", "全国财政收入" } },
  { id = "fiscal_revenue", name = "一般公共预算收入", measure = "level", unit = "CNY", direction = "floor", tolerance = R,
    aliases = { "一般公共预算收入", "地方一般公共预算收入", "地方财政收入", "财政收入", "全国财政收入" } },
  { id = "deficit", name = "财政赤字", measure = "level", unit = "CNY", direction = "cap", tolerance = R,
    aliases = { "中央财政赤字", "财政赤字", "赤字规模", "赤字" } },
  { id = "deficit_ratio", name = "赤字率", measure = "share", unit = "%", direction = "cap", tolerance = P,
    aliases = { "赤字率" } },
  { id = "construction_bonds", name = "长期建设国债", measure = "level", unit = "CNY", direction = "cap", tolerance = R,
    aliases = { "长期建设国债", "建设国债", "特别国债" } },
  { id = "special_bonds", name = "地方政府专项债券", measure = "level", unit = "CNY", direction = "floor", tolerance = R,
    aliases = { "地方政府专项债券", "专项债券", "专项债" } },
  { id = "livelihood_spending_share", name = "民生支出占比", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "财政民生支出占比", "民生支出占比", "民生支出占一般公共预算支出比重", "民生支出比重" } },
  { id = "tax_share", name = "税收占比", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "税收占比", "税收收入占比", "税收占一般公共预算收入比重" } },

  -- prices, money
  { id = "cpi", name = "居民消费价格涨幅", measure = "growth", unit = "%", direction = "cap", tolerance = P,
    aliases = { "居民消费价格总水平", "居民消费价格指数", "居民消费价格", "消费价格", "物价总水平",
      "价格总水平", "CPI" } },
  { id = "m2_growth", name = "广义货币增长", measure = "growth", unit = "%", direction = "cap", tolerance = P,
    aliases = { "广义货币供应量", "广义货币", "M2" } },
  { id = "new_loans", name = "新增人民币贷款", measure = "level", unit = "CNY", direction = "cap", tolerance = R,
    aliases = { "新增人民币贷款", "人民币贷款" } },
  { id = "npl_ratio", name = "不良贷款率", measure = "share", unit = "%", direction = "cap", tolerance = P,
    aliases = { "不良贷款率" } },

  -- jobs and incomes
  { id = "urban_jobs", name = "城镇新增就业", measure = "added", unit = "person", direction = "floor", tolerance = R,
    aliases = { "城镇新增就业", "新增城镇就业", "城镇就业", "城镇新增就业人数", "城镇新增就业人口" } },
  { id = "reemployment", name = "下岗失业人员再就业", measure = "added", unit = "person", direction = "floor", tolerance = R,
    aliases = { "下岗失业人员再就业", "失业人员再就业", "再就业" } },
  { id = "unemployment_rate", name = "城镇登记失业率", measure = "share", unit = "%", direction = "cap", tolerance = P,
    aliases = { "城镇登记失业率", "登记失业率", "城镇调查失业率", "调查失业率", "失业率" } },
  { id = "graduate_employment_rate", name = "高校毕业生就业率", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "高校毕业生总体就业率", "高校毕业生就业率", "毕业生就业率" } },
  { id = "income_growth", name = "居民人均可支配收入增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "居民人均可支配收入", "全体居民人均可支配收入", "人均可支配收入" } },
  { id = "urban_income_growth", name = "城镇居民人均可支配收入增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "城镇居民人均可支配收入", "城镇常住居民人均可支配收入" } },
  { id = "rural_income_growth", name = "农村居民人均收入增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "农村居民人均可支配收入", "农村常住居民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入" } },
  { id = "poverty_reduction", name = "农村贫困人口减少", measure = "added", unit = "person", direction = "floor", tolerance = R,
    aliases = { "农村贫困人口", "贫困人口" } },

  -- energy and environment
  { id = "energy_intensity", name = "单位生产总值能耗降低", measure = "decrease", unit = "%", direction = "floor", tolerance = P,
    aliases = { "单位国内生产总值能耗", "单位地区生产总值能耗", "单位生产总值能耗", "单位GDP能耗",
      "万元生产总值能耗", "万元GDP能耗", "能耗强度", "单位国内生产总值能源消耗",
      "单位生产总值能源消耗", "生产总值能耗", "生产总值能源消耗" } },
  { id = "co2_intensity", name = "单位生产总值二氧化碳排放降低", measure = "decrease", unit = "%", direction = "floor", tolerance = P,
    aliases = { "单位国内生产总值二氧化碳排放", "单位生产总值二氧化碳排放", "碳排放强度", "二氧化碳排放强度" } },
  { id = "major_pollutants", name = "主要污染物排放总量减少", measure = "decrease", unit = "%", direction = "floor", tolerance = P,
    aliases = { "主要污染物排放总量", "主要污染物排放", "化学需氧量", "二氧化硫排放总量", "二氧化硫排放量" } },
  { id = "good_air_days", name = "空气质量优良天数", measure = "level", unit = "day", direction = "floor", tolerance = R,
    aliases = { "空气质量优良天数", "优良天数" } },
  { id = "good_air_days_share", name = "空气质量优良天数比例", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "空气质量优良天数比例", "优良天数比例", "空气优良率" } },
  { id = "pm25", name = "细颗粒物(PM2.5)浓度", measure = "decrease", unit = "%", direction = "floor", tolerance = P,
    aliases = { "细颗粒物平均浓度", "细颗粒物浓度", "PM2.5平均浓度", "PM2.5浓度" } },
  { id = "forest_coverage", name = "森林覆盖率", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "森林覆盖率", "林木覆盖率" } },
  { id = "urbanization_rate", name = "城镇化率", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "常住人口城镇化率", "城镇化率" } },

  -- agriculture
  { id = "grain_output", name = "粮食产量", measure = "level", unit = "jin", direction = "floor", tolerance = R,
    aliases = { "粮食总产量", "粮食总产", "粮食产量", "粮食生产" } },

  -- industry, enterprises, innovation
  { id = "above_scale_firms", name = "规上工业企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "规模以上工业企业", "规上工业企业", "规上企业" } },
  { id = "high_tech_firms", name = "高新技术企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "高新技术企业", "国家高新技术企业", "高企" } },
  { id = "tech_smes", name = "科技型中小企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "科技型中小企业", "国家科技型中小企业" } },
  { id = "specialised_smes", name = "专精特新企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "专精特新企业", "专精特新中小企业", "省级以上专精特新企业", "省级专精特新企业" } },
  { id = "little_giants", name = "专精特新小巨人企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "小巨人企业", "专精特新“小巨人”企业", "“小巨人”企业" } },
  { id = "gazelle_firms", name = "瞪羚企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "瞪羚企业" } },
  { id = "champion_firms", name = "单项冠军企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "制造业单项冠军", "单项冠军企业", "单项冠军" } },
  { id = "listed_firms", name = "上市企业", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "上市企业", "上市公司" } },
  { id = "market_entities", name = "市场主体", measure = "added", unit = "户", direction = "floor", tolerance = R,
    aliases = { "市场主体", "经营主体" } },
  { id = "innovation_platforms", name = "省级以上创新平台", measure = "added", unit = "家", direction = "floor", tolerance = R,
    aliases = { "省级以上创新平台", "省级以上研发平台", "创新平台" } },
  { id = "high_tech_share", name = "高新技术产业产值占比", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "高新技术产业产值占规上工业总产值的比重", "高新技术产业产值占比", "高新技术产业占比",
      "高新技术产业产值比重" } },
  { id = "rd_intensity", name = "研发投入强度", measure = "share", unit = "%", direction = "floor", tolerance = P,
    aliases = { "研发投入占GDP比重", "研发投入占GDP的比重", "研发经费投入强度", "研发投入强度",
      "研究与试验发展经费支出占国内生产总值的比重", "全社会研发投入占比" } },
  { id = "tech_upgrade_projects", name = "工业技改项目", measure = "added", unit = "个", direction = "floor", tolerance = R,
    aliases = { "工业技改项目", "技改项目", "技术改造项目" } },
  { id = "tech_upgrade_investment_growth", name = "技改投资增长", measure = "growth", unit = "%", direction = "floor", tolerance = P,
    aliases = { "工业技改投资", "技改投资", "技术改造投资" } },
  { id = "key_projects", name = "省市县重点项目", measure = "level", unit = "个", direction = "floor", tolerance = R,
    aliases = { "省市县重点项目", "省市重点项目", "市级以上重点项目", "省市重点投资项目" } },
  { id = "base_stations_5g", name = "5G基站", measure = "added", unit = "个", direction = "floor", tolerance = R,
    aliases = { "5G基站" } },

  -- people's livelihood
  { id = "schools", name = "中小学新建改扩建", measure = "added", unit = "所", direction = "floor", tolerance = R,
    aliases = { "中小学", "中小学校" } },
  { id = "kindergartens", name = "幼儿园新建改扩建", measure = "added", unit = "所", direction = "floor", tolerance = R,
    aliases = { "幼儿园", "公办幼儿园" } },
  { id = "school_places", name = "新增学位", measure = "added", unit = "个", direction = "floor", tolerance = R,
    aliases = { "学位", "中小学学位" } },
  { id = "elderly_care_beds", name = "养老床位", measure = "added", unit = "张", direction = "floor", tolerance = R,
    aliases = { "护理型养老床位", "养老床位", "护理型床位" } },
  { id = "affordable_housing", name = "保障性住房", measure = "added", unit = "套", direction = "floor", tolerance = R,
    aliases = { "保障性安居工程", "保障性住房", "保障性租赁住房", "棚户区改造", "棚户区住房", "老旧小区改造", "城镇老旧小区" } },
  { id = "rural_roads", name = "农村公路", measure = "added", unit = "km", direction = "floor", tolerance = R,
    aliases = { "四好农村路", "农村公路" } },
  { id = "heating_area", name = "集中供热面积", measure = "added", unit = "m2", direction = "floor", tolerance = R,
    aliases = { "集中供热面积", "供热面积" } },
  { id = "skilled_talent", name = "高技能人才", measure = "added", unit = "person", direction = "floor", tolerance = R,
    aliases = { "高技能人才" } },
  { id = "young_talent", name = "青年人才引进", measure = "added", unit = "person", direction = "floor", tolerance = R,
    aliases = { "青年人才" } },
  { id = "livelihood_projects", name = "民生实事", measure = "level", unit = "项", direction = "floor", tolerance = R,
    aliases = { "民生实事", "为民办实事" } },
}
