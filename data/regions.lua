-- Words about places that are not administrative units of their own, for
-- the region rule (duixian.rules.classify region_of). The units themselves
-- are in data/gazetteer.lua.
--
-- generic_places: words meaning the document's own region or an unnamed part
--   of it (全市, 我区, 各县, 城区). At the head of a clause they keep the
--   document's region, even where a unit bears the same name (城区 of 阳泉市,
--   矿区, 郊区). Names such as 新城区 (of 西安市) are left out: only a report
--   of the city that has the district could read them, and there they mean it.
-- name_breakers: words that begin with the last character of a unit's name
--   and show the name is part of a longer word (现代县域 holds 代县, 都市区
--   holds 都市): such a name is no mention of the unit.
-- name_heads: words that, right after a place name, make it part of the
--   proper name of an institution or of a larger area rather than the place
--   (郑州大学, 聊城日报, 武汉都市圈).
-- lead_ins: words that may open a clause before its subject (其中莘县…,
--   全年东昌府区…); digits and the time characters 年 月 日 份 are lead-ins too.
local function words(list)
  local t = {}
  for w in list:gmatch("%S+") do t[#t + 1] = w end
  return t
end

return {
  -- nation_names: what a manifest or a flag may call the whole country; a
  --   document so named is the nation's, 中华人民共和国 (the region the State
  --   Council's reports are inferred to speak for)
  nation_names = words [[ 全国 中国 ]],
  generic_places = words [[
    全国 全省 全市 全区 全县 全州 全盟 全旗 全自治区 全自治州
    我省 我市 我区 我县 我州 我盟 我旗 本省 本市 本区 本县
    自治区 自治州 自治县 各省 各市 各县 各区 各县区 各县市区 县区 市县 县市区 省市县 市县乡 县乡
    城区 市区 郊区 矿区 主城区 中心城区 辖区 地区 社区 园区 景区 片区 库区 山区
    示范区 功能区 新区 开发区 高新区 县城 县域 市域 省域 区域
  ]],
  -- whole_region: the generic words that speak of the whole region or all of
  --   its parts (全市, 我区, 各县): a clause opening so is about the document's
  --   region even inside a paragraph about one of its counties
  whole_region = words [[
    全国 全省 全市 全区 全县 全州 全盟 全旗 全自治区 全自治州
    我省 我市 我区 我县 我州 我盟 我旗 本省 本市 本区 本县
    各省 各市 各县 各区 各县区 各县市区 县区 市县 县市区 省市县 市县乡 县乡
  ]],
  -- whole_endings: the whole-region words that name a unit by its ending
  --   (全市: a 市): in the report of a region that ends otherwise (全市 in
  --   河北省's), the unit of that ending named before it (classify
  --   lower_whole_region)
  whole_endings = { ["全市"] = "市", ["全县"] = "县", ["全州"] = "州", ["全盟"] = "盟", ["全旗"] = "旗" },
  -- level_suffixes: the level a region's name gives by its ending, for a
  --   region the gazetteer does not know (a manifest's 云水市): 1 province,
  --   2 prefecture, 3 county, 4 township
  level_suffixes = { { "自治区", 1 }, { "省", 1 }, { "自治州", 2 }, { "地区", 2 }, { "盟", 2 },
    { "市", 2 }, { "自治县", 3 }, { "县", 3 }, { "区", 3 }, { "旗", 3 },
    { "镇", 4 }, { "乡", 4 }, { "街道", 4 }, { "苏木", 4 } },
  -- self_levels: the words a report uses of its own region, with the level
  --   each speaks of (我市, 全市: a prefecture). A document whose region is
  --   unknown (a text with no title) takes the level of the one it uses most:
  --   a report speaks of itself more than of the region above. 我区 and 全区
  --   are left out: an autonomous region's (1) or a district's (3).
  self_levels = { { "全国", 0 }, { "我国", 0 }, { "全省", 1 }, { "我省", 1 }, { "本省", 1 },
    { "全市", 2 }, { "我市", 2 }, { "本市", 2 }, { "全州", 2 }, { "我州", 2 }, { "全盟", 2 }, { "我盟", 2 },
    { "全县", 3 }, { "我县", 3 }, { "本县", 3 }, { "全旗", 3 }, { "我旗", 3 } },
  -- subdivision_counts: the parts of a region that a count of them counts
  --   (8个县(市、区), 3个市属开发区), a longer word before any word it starts
  --   with; scope_fillers: the classifier and the joiners of a list of such
  --   counts. 对8个县(市、区)、3个市属开发区进行核查 gives the extent of an action
  --   over the region's own parts, not a result (classify is_subdivision_scope).
  subdivision_counts = words [[
    县(市、区) 县（市、区） 乡(镇、街道) 乡（镇、街道） 乡镇(街道) 乡镇（街道）
    县(市) 县（市） 县(区) 县（区） 县市区 县区 区县 市属开发区 开发区 功能区 乡镇 镇街 街道
    街乡 街镇 乡街 乡镇街道
  ]],
  scope_fillers = words [[ 个 、 和 及 ]],
  -- scope_openers: the prepositions that open the object of such an action
  scope_openers = words [[ 对 ]],
  name_breakers = words [[
    县域 县城 县级 县乡 县委 县长 区域 区块 区位 区间 区级 市场 市民 市级 市值 市容 市政 市委 市长 旗帜
  ]],
  -- group_unit_endings: the endings of a group of the region's units
  --   counted (苏南五市, 山区26县, 全省16个市: match unit_group_of), whose
  --   figure is no unit's and not the region's
  group_unit_endings = words [[ 市 县 区 州 旗 盟 ]],
  -- name_followers: words that, right after a place's name, end it whole
  --   though a breaker would take its last character (湄潭县城镇化率: 湄潭县 and
  --   城镇化率, not 湄潭 and 县城)
  name_followers = words [[ 城镇 城乡 ]],
  name_heads = words [[
    大学 学院 日报 晚报 银行 海关 都市圈 城市圈 城市群 经济圈
  ]],
  -- zone_suffixes: the endings of the proper names of places that are no
  --   administrative unit of the gazetteer (雄安新区, 烟庄街道, 临空经济区): a
  --   clause opening with such a name speaks of that place, not of the
  --   county or city its paragraph is about (classify names_own_place)
  zone_suffixes = words [[
    经济技术开发区 高新技术产业开发区 高新技术开发区 经济开发区
    新区 开发区 高新区 经开区 经济区 自贸区 自贸试验区 保税区 综保区 综合保税区 示范区 实验区
    试验区 合作区 产业园 工业园 科技园 园区 街道 片区 港区 功能区 集中区 工业集中区 产业集聚区
    科技城 科学城 创新城 商务区 中央商务区
    都市区 库区
    金融城 科创城 药谷 旅游区 旅游度假区 度假区 国际陆港 陆港 口岸
    工业园区 景区 风景区 旅游景区 风景名胜区 智慧城 软件园 金融港 创新港 科创园 循环经济试验区
  ]],
  -- proper_zone_suffixes: the zone endings only a proper name takes, never a
  --   generic phrase (张江科学城, 陆家嘴金融城, 洋山特殊综合保税区, 霍尔果斯口岸,
  --   老子故里旅游区): a clause opening with such a name
  --   speaks of that zone though no place's name opens it (classify
  --   proper_zone_at); not 开发区, 园区, 新区 or 示范区, which a generic phrase
  --   ends with too (汽车产业园区, 国家级新区)
  proper_zone_suffixes = words [[
    科技城 科学城 创新城 金融城 科创城 药谷 商务区 中央商务区 综合保税区 综保区 保税区 自贸试验区
    旅游区 旅游度假区 度假区 国际陆港 陆港 口岸 合作区 智慧城
    经济开发区 经济技术开发区 高新技术产业开发区 科创园 循环经济试验区
  ]],
  -- zone_name_breakers: words no zone's proper name holds, which a
  --   count of zones does (两个口岸, 三大度假区, 各旅游区)
  zone_name_breakers = words [[ 个 各 全 两大 三大 四大 五大 六大 几大 多个 ]],
  -- zone_ending_breakers: words that begin with the last character of a
  --   zone's ending and show the ending runs on into a longer word (新型智慧
  --   城市: no zone 新型智慧城)
  zone_ending_breakers = words [[ 城市 城镇 城乡 区域 港口 岸线 ]],
  -- zone_name_non_openers: prepositions, which open a phrase before a
  --   zone's name, never the name (经新疆口岸进出中欧班列1.4万列)
  zone_name_non_openers = words [[ 经 从 由 在 对 向 为 与 和 及 ]],
  -- named_zones: zones whose proper names open with no place name of the
  --   gazetteer (the national new areas): a clause opening with one speaks
  --   of the zone, its region (classify zone_region_at), as 西安高新区 of a
  --   report of 陕西省 does
  --   { zone, the province it lies in }
  named_zones = {
    { "两江新区", "重庆市" }, { "天府新区", "四川省" }, { "雄安新区", "河北省" }, { "西咸新区", "陕西省" },
    { "贵安新区", "贵州省" }, { "舟山群岛新区", "浙江省" }, { "金普新区", "辽宁省" }, { "湘江新区", "湖南省" },
    { "江北新区", "江苏省" }, { "福州新区", "福建省" }, { "滇中新区", "云南省" }, { "哈尔滨新区", "黑龙江省" },
    { "长春新区", "吉林省" }, { "赣江新区", "江西省" }, { "南沙新区", "广东省" }, { "西海岸新区", "山东省" },
    -- zones of national standing named without their city's name
    { "临港新片区", "上海市" }, { "中关村示范区", "北京市" }, { "横琴粤澳深度合作区", "广东省" },
    { "横琴合作区", "广东省" }, { "前海合作区", "广东省" },
    -- the nation's regions across provinces (across = true), of the nation's
    -- reports only: a province's speak of them as a cause it serves (推动京津冀
    -- 协同发展), and no report takes one for the topic of its later clauses
    -- (京津冀、长三角、珠三角等重点区域细颗粒物平均浓度分别下降39.6%、34.3%、27.7%)
    { "京津冀", "中华人民共和国", across = true }, { "长三角", "中华人民共和国", across = true },
    { "珠三角", "中华人民共和国", across = true }, { "粤港澳大湾区", "中华人民共和国", across = true },
    { "汾渭平原", "中华人民共和国", across = true },
    -- a province's own regions, named by custom (关中地区生产总值增长5.5%)
    { "关中地区", "陕西省" }, { "陕北地区", "陕西省" }, { "陕南地区", "陕西省" },
    { "苏南地区", "江苏省" }, { "苏中地区", "江苏省" }, { "苏北地区", "江苏省" },
    { "南疆地区", "新疆维吾尔自治区" }, { "北疆地区", "新疆维吾尔自治区" }, { "东疆地区", "新疆维吾尔自治区" },
    { "南疆四地州", "新疆维吾尔自治区" }, { "皖北地区", "安徽省" }, { "粤东西北地区", "广东省" },
    -- the Production and Construction Corps, which governs apart from the
    -- places it lies in: its figures, and its clauses after, are its own
    { "新疆生产建设兵团", "新疆维吾尔自治区" }, { "兵团", "新疆维吾尔自治区" },
  },
  -- zone_anaphors: the endings a report calls a named zone by once it has
  --   named it (雄安新区…。新区全年实施重点项目100个: classify zone_anaphor_at)
  zone_anaphors = words [[ 新区 示范区 合作区 新片区 ]],
  -- zone_generic_suffixes: endings that right after a place's name make a
  --   generic phrase (长沙市园区: the city's parks), not a zone's name
  zone_generic_suffixes = words [[ 园区 片区 功能区 开发区 产业园 工业园 科技园 港区 经济区 商务区 ]],
  -- zone_modifiers: words that open a generic phrase, never a zone's name
  --   (各类园区, 重点园区, 国家级经开区)
  zone_modifiers = words [[
    各类 各 重点 全部 所有 部分 主要 省级 国家级 市级 县级 区级 省级以上 国家级以上 化工 农业 工业
    产业 特色 新建 现有 其他 其余 沿江 沿海 沿边 边境 城市
    境外 海外 国外 省外 境内 跨境 航空 陆路 水运 铁路 公路 国际 一类 二类
  ]],
  -- townships: the units below a county (镇, 乡, 街道, 苏木), which the
  --   gazetteer does not list. A clause opening with a name of one to four
  --   characters (six where a people names it: 新添堡回族乡, 阿拉坦合力苏木)
  --   and one of township_suffixes (古云镇新建蔬菜大棚1200个, 其中
  --   张鲁回族镇8000亩) speaks of that township, not of the county. Not where
  --   the name is a generic word (township_generic: 城镇, 特色小镇, 全乡) or the
  --   suffix opens a longer word (township_breakers: 乡村振兴, 镇村, 镇域).
  township_suffixes = words [[ 镇 乡 街道 苏木 ]],
  -- county_suffixes: the endings of a county's name, which its own report
  --   may leave off before a zone's ending (安仁工业集中区 in 安仁县's report)
  county_suffixes = words [[ 县 市 区 旗 自治县 自治旗 ]],
  -- township_bare: the suffixes trusted in a name with no county before it,
  --   in a county's own report (古云镇新建…); 街道 alone is as often a street
  --   (老旧街道, 商业街道), so it counts only after its county (莘县烟庄街道)
  township_bare = words [[ 镇 乡 苏木 ]],
  township_generic = words [[
    城镇 乡镇 小镇 重镇 名镇 古镇 集镇 村镇 强镇 大镇 新镇 建制镇 中心镇 重点镇 示范镇 特色镇
    全镇 各镇 本镇 该镇 全乡 各乡 本乡 该乡 全苏木 各苏木 本苏木 城乡 家乡 故乡 下乡 返乡 老乡 各街道 全街道 城市街道
    每个镇 每个乡 每个街道 每镇 每乡
    水乡 侨乡 民族乡 梦乡 他乡 异乡 原乡 酒乡 茶乡 瓷乡 鱼米之乡 文化之乡 特色之乡
  ]],
  -- township_generic_openers: the characters that, before a generic word
  --   (城镇, 集镇, 家乡), keep it generic: modifiers (小城镇, 各城镇, 全乡镇)
  --   and the words of grammar a clause may open with (把城镇居民基本医保…,
  --   对城镇…, 让城乡…); any other single character before one makes a
  --   township's name (金城镇, 王集镇, 王家乡), which county reports name by
  --   the hundred
  township_generic_openers = words [[
    各 全 本 该 每 这 此 小 大 老 把 对 让 使 在 向 为 从 与 和 及 将 由 以 按 至 到 给 被 同 跟
    于 或 并 且 等 的 是 有 要 促 其 凡 非 无 未 已 也 都 又 再 还 就 才 即 便
  ]],
  township_breakers = words [[
    乡村 乡镇 乡土 乡贤 乡愁 乡亲 乡风 乡情 镇村 镇街 镇域 镇区 镇级 乡级 街道级 苏木级
  ]],
  -- place_joiners: the marks between the places of a list (海淀区、朝阳区,
  --   即墨区和胶州市): a figure after such a list is each place's, or their
  --   sum, never the region's own (classify places_listed_at)
  place_joiners = words [[ 、 和 及 与 ]],
  -- place_groups: a count of places after such a list, naming the group by
  --   which reports speak of them again (甘孜、阿坝、凉山三州…; 三州城镇新增就业):
  --   the group, a part of the region that the subject heads' words tell
  --   apart, not a list whose figure is each place's
  place_groups = words [[ 两州 三州 四州 两市 三市 四市 五市 两县 三县 四县 五县 两区 三区 四区 四地州 三地州 两地 三地 ]],
  lead_ins = words [[
    其中 全年 今年 去年 明年 当年 同期 预计 目前 截至 截止 同时 此外 另外 累计 共 合计 年内 年底 年末
  ]],
}
