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
  -- level_suffixes: the level a region's name gives by its ending, for a
  --   region the gazetteer does not know (a manifest's 云水市): 1 province,
  --   2 prefecture, 3 county
  level_suffixes = { { "自治区", 1 }, { "省", 1 }, { "自治州", 2 }, { "地区", 2 }, { "盟", 2 },
    { "市", 2 }, { "自治县", 3 }, { "县", 3 }, { "区", 3 }, { "旗", 3 } },
  -- subdivision_counts: the parts of a region that a count of them counts
  --   (8个县(市、区), 3个市属开发区), a longer word before any word it starts
  --   with; scope_fillers: the classifier and the joiners of a list of such
  --   counts. 对8个县(市、区)、3个市属开发区进行核查 gives the extent of an action
  --   over the region's own parts, not a result (classify is_subdivision_scope).
  subdivision_counts = words [[
    县(市、区) 县（市、区） 乡(镇、街道) 乡（镇、街道） 乡镇(街道) 乡镇（街道）
    县(市) 县（市） 县(区) 县（区） 县市区 县区 区县 市属开发区 开发区 功能区 乡镇 镇街 街道
  ]],
  scope_fillers = words [[ 个 、 和 及 ]],
  -- scope_openers: the prepositions that open the object of such an action
  scope_openers = words [[ 对 ]],
  name_breakers = words [[
    县域 县城 县级 县乡 县委 县长 区域 区块 区位 区间 区级 市场 市民 市级 市值 市容 市政 市委 市长 旗帜
  ]],
  name_heads = words [[
    大学 学院 日报 晚报 银行 海关 都市圈 城市圈 城市群 经济圈
  ]],
  -- zone_suffixes: the endings of the proper names of places that are no
  --   administrative unit of the gazetteer (雄安新区, 烟庄街道, 临空经济区): a
  --   clause opening with such a name speaks of that place, not of the
  --   county or city its paragraph is about (classify names_own_place)
  zone_suffixes = words [[
    新区 开发区 高新区 经开区 经济区 自贸区 自贸试验区 保税区 综保区 综合保税区 示范区 实验区
    试验区 合作区 产业园 工业园 科技园 园区 街道 片区 港区 功能区
    科技城 创新城 商务区 中央商务区
  ]],
  -- zone_modifiers: words that open a generic phrase, never a zone's name
  --   (各类园区, 重点园区, 国家级经开区)
  zone_modifiers = words [[
    各类 各 重点 全部 所有 部分 主要 省级 国家级 市级 县级 区级 省级以上 国家级以上 化工 农业 工业
    产业 特色 新建 现有 其他 其余 沿江 沿海 沿边 边境 城市
  ]],
  -- townships: the units below a county (镇, 乡, 街道, 苏木), which the
  --   gazetteer does not list. A clause opening with a name of one to four
  --   characters and one of township_suffixes (古云镇新建蔬菜大棚1200个, 其中
  --   张鲁回族镇8000亩) speaks of that township, not of the county. Not where
  --   the name is a generic word (township_generic: 城镇, 特色小镇, 全乡) or the
  --   suffix opens a longer word (township_breakers: 乡村振兴, 镇村, 镇域).
  township_suffixes = words [[ 镇 乡 街道 苏木 ]],
  -- township_bare: the suffixes trusted in a name with no county before it,
  --   in a county's own report (古云镇新建…); 街道 alone is as often a street
  --   (老旧街道, 商业街道), so it counts only after its county (莘县烟庄街道)
  township_bare = words [[ 镇 乡 苏木 ]],
  township_generic = words [[
    城镇 乡镇 小镇 重镇 名镇 古镇 集镇 村镇 强镇 大镇 新镇 建制镇 中心镇 重点镇 示范镇 特色镇
    全镇 各镇 本镇 该镇 全乡 各乡 本乡 该乡 城乡 家乡 故乡 下乡 返乡 老乡 各街道 全街道 城市街道
    水乡 侨乡 民族乡 梦乡 他乡 异乡 原乡 酒乡 茶乡 瓷乡 鱼米之乡 文化之乡 特色之乡
  ]],
  township_breakers = words [[
    乡村 乡镇 乡土 乡贤 乡愁 乡亲 乡风 乡情 镇村 镇街 镇域 镇区 镇级 乡级 街道级 苏木级
  ]],
  -- nationalities: the peoples named in autonomous counties and banners,
  --   without 族 (大通回族土族自治县, 察布查尔锡伯自治县); a people counts in a
  --   name only before 族, 自治 or another people's name
  nationalities = words [[
    乌孜别克 柯尔克孜 维吾尔 达斡尔 鄂伦春 鄂温克 塔吉克 塔塔尔 俄罗斯 哈萨克 蒙古 朝鲜 布依 土家
    哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙
    赫哲 门巴 珞巴 基诺 高山 回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京
  ]],
  -- autonomous_names: the name reports give an autonomous county or banner,
  --   its place and level without the peoples, and its name in the
  --   gazetteer, in pairs (大通县 大通回族土族自治县): duixian.gazetteer finds
  --   the unit by either. Made from the gazetteer and nationalities above;
  --   spec/gazetteer_spec.lua checks that the list is whole.
  autonomous_names = words [[
    青龙县 青龙满族自治县 丰宁县 丰宁满族自治县 宽城县 宽城满族自治县 围场县 围场满族蒙古族自治县 孟村县 孟村回族自治县 大厂县 大厂回族自治县
    莫力达瓦旗 莫力达瓦达斡尔族自治旗 岫岩县 岫岩满族自治县 新宾县 新宾满族自治县 清原县 清原满族自治县 本溪县 本溪满族自治县 桓仁县 桓仁满族自治县 宽甸县 宽甸满族自治县
    阜新县 阜新蒙古族自治县 喀喇沁左翼县 喀喇沁左翼蒙古族自治县 伊通县 伊通满族自治县 长白县 长白朝鲜族自治县 前郭尔罗斯县 前郭尔罗斯蒙古族自治县
    杜尔伯特县 杜尔伯特蒙古族自治县 景宁县 景宁畲族自治县 长阳县 长阳土家族自治县 五峰县 五峰土家族自治县 城步县 城步苗族自治县 江华县 江华瑶族自治县 麻阳县 麻阳苗族自治县
    新晃县 新晃侗族自治县 芷江县 芷江侗族自治县 靖州县 靖州苗族侗族自治县 通道县 通道侗族自治县 乳源县 乳源瑶族自治县 连山县 连山壮族瑶族自治县 连南县 连南瑶族自治县
    融水县 融水苗族自治县 三江县 三江侗族自治县 恭城县 恭城瑶族自治县 富川县 富川瑶族自治县 罗城县 罗城仫佬族自治县 环江县 环江毛南族自治县 巴马县 巴马瑶族自治县
    都安县 都安瑶族自治县 大化县 大化瑶族自治县 金秀县 金秀瑶族自治县 白沙县 白沙黎族自治县 昌江县 昌江黎族自治县 乐东县 乐东黎族自治县 陵水县 陵水黎族自治县
    保亭县 保亭黎族苗族自治县 琼中县 琼中黎族苗族自治县 石柱县 石柱土家族自治县 秀山县 秀山土家族苗族自治县 酉阳县 酉阳土家族苗族自治县 彭水县 彭水苗族土家族自治县
    北川县 北川羌族自治县 峨边县 峨边彝族自治县 马边县 马边彝族自治县 木里县 木里藏族自治县 道真县 道真仡佬族苗族自治县 务川县 务川仡佬族苗族自治县
    镇宁县 镇宁布依族苗族自治县 关岭县 关岭布依族苗族自治县 紫云县 紫云苗族布依族自治县 威宁县 威宁彝族回族苗族自治县 玉屏县 玉屏侗族自治县 印江县 印江土家族苗族自治县
    沿河县 沿河土家族自治县 松桃县 松桃苗族自治县 三都县 三都水族自治县 石林县 石林彝族自治县 禄劝县 禄劝彝族苗族自治县 寻甸县 寻甸回族彝族自治县 峨山县 峨山彝族自治县
    新平县 新平彝族傣族自治县 元江县 元江哈尼族彝族傣族自治县 玉龙县 玉龙纳西族自治县 宁蒗县 宁蒗彝族自治县 宁洱县 宁洱哈尼族彝族自治县 墨江县 墨江哈尼族自治县
    景东县 景东彝族自治县 景谷县 景谷傣族彝族自治县 镇沅县 镇沅彝族哈尼族拉祜族自治县 江城县 江城哈尼族彝族自治县 孟连县 孟连傣族拉祜族佤族自治县 澜沧县 澜沧拉祜族自治县
    西盟县 西盟佤族自治县 双江县 双江拉祜族佤族布朗族傣族自治县 耿马县 耿马傣族佤族自治县 沧源县 沧源佤族自治县 屏边县 屏边苗族自治县 金平县 金平苗族瑶族傣族自治县
    河口县 河口瑶族自治县 漾濞县 漾濞彝族自治县 南涧县 南涧彝族自治县 巍山县 巍山彝族回族自治县 贡山县 贡山独龙族怒族自治县 兰坪县 兰坪白族普米族自治县
    维西县 维西傈僳族自治县 张家川县 张家川回族自治县 天祝县 天祝藏族自治县 肃南县 肃南裕固族自治县 肃北县 肃北蒙古族自治县 阿克塞县 阿克塞哈萨克族自治县
    积石山县 积石山保安族东乡族撒拉族自治县 大通县 大通回族土族自治县 民和县 民和回族土族自治县 互助县 互助土族自治县 化隆县 化隆回族自治县 循化县 循化撒拉族自治县
    门源县 门源回族自治县 河南县 河南蒙古族自治县 巴里坤县 巴里坤哈萨克自治县 木垒县 木垒哈萨克自治县 焉耆县 焉耆回族自治县 塔什库尔干县 塔什库尔干塔吉克自治县
    察布查尔县 察布查尔锡伯自治县 和布克赛尔县 和布克赛尔蒙古自治县
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
