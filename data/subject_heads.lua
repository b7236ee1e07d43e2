-- How the head of a subject is found. Chinese noun phrases are head-final:
-- in 服务业增加值占地区生产总值比重 the head is 比重 (a share), in
-- 人均地区生产总值 the modifier 人均 makes it another indicator, in
-- 研发经费投入强度 the head is 强度. duixian.indicators resolves a subject
-- to the catalogue entry whose alias is the subject's head, with these
-- word lists; edit them here, not in code.

return {
  -- Words that may follow an alias without changing what is measured:
  -- how it is measured (增长, 增速, 总额 …), how the sentence goes on
  -- (预期目标, 分别, 均 …). A subject is stripped of these from its end,
  -- repeatedly, before its head is read.
  measure_words = {
    "增长率", "增长速度", "增长", "增速", "增幅", "涨幅", "降幅", "总额", "总量", "总值", "规模", "容量",
    "年均", "平均值", "平均", "同比", "比上年", "实际", "分别", "均", "人数", "数量", "总数", "数",
    "预期目标", "目标", "预期", "水平", "总水平", "在", "保持", "继续", "达", "达到", "完成",
    "额", "同口径", "名义", "下降", "上涨", "微降", "微涨", "设定", "确定", "定为", "设定为",
    "年计划的", "年度计划的", "全年计划的", "计划的", "目标任务的",
    -- the building of the thing named, measured as the thing built
    -- (完成高标准农田建设150万亩 counts the farmland, as 新建高标准农田156万亩)
    "建设",
    -- the area a thing done covers, measured in its unit (完成造林绿化
    -- 面积18万亩 is 造林绿化18万亩)
    "面积",
  },

  -- Words that begin a predicate (adverbs and verbs): when one follows an
  -- alias, the noun phrase ends there (经济增长｜连续四年达到或略 高于10%).
  -- Never 占, which begins a share (服务业增加值占…比重).
  predicate_starts = {
    "连续", "达到", "保持", "稳定", "继续", "持续", "首次", "实现", "突破", "超过", "居", "位居",
    "分别", "比上年", "较上年", "同比", "年均", "累计", "与上年", "与去年", "稳居", "跻身",
  },

  -- Ranks of a title (省级 and 国家级 产业集群, 特色产业集群 of either): two
  -- wordings that name different ones speak of different things, however
  -- alike the rest.
  -- (a row lists the ways one level is said: 国家重点龙头企业 are 国家级)
  level_modifiers = { { "国家级", "国家重点" }, { "省级", "省重点" }, { "市级", "市重点" }, { "县级", "县重点" },
    "世界级", "国际级" },

  -- Words that, closing a subject right after an alias, name the same
  -- things as a whole (55项民生实事 and 55项民生实事项目): the alias still
  -- heads the phrase.
  generic_tails = { "项目" },

  -- Heads that make a subject a share, an intensity or a rate: such a
  -- subject resolves only to an entry of that kind (an entry whose
  -- measure is share, or one of whose aliases ends in such a word).
  -- 增长率 is a measure word above, so 经济增长率 keeps the head 经济增长.
  ratio_heads = { "比重", "占比", "比例", "比率", "强度", "率" },

  -- A verb that names the ratio (海洋生产总值占GDP｜比重｜9%以上, where the
  -- scanner read 比重 as the verb) belongs to the subject's head.
  ratio_verbs = { "比重", "占比", "比例" },

  -- Modifiers that make an alias after them another indicator (a part, a
  -- ratio or another group: never the whole the alias names): per head
  -- (人均), per unit of output (单位, 万元), one part of the whole (民营,
  -- 海洋), one group of people (农村, 城镇, 城乡, 脱贫地区 …). Modifiers
  -- stack (脱贫地区农村居民人均可支配收入), so one anywhere before the alias
  -- in its own conjunct counts (not across 、 or 和); the catalogue lists a
  -- modified indicator (人均地区生产总值) as an alias of its own, and the
  -- longest alias is tried first.
  changing_modifiers = {
    "人均", "单位", "万元", "每万人", "每千人", "民营", "国有", "海洋", "农村", "城镇", "城乡",
    "农民", "农牧民", "牧区", "脱贫", "跨境电商",
    -- per unit of land, and parts by place, sector, product, partner or group
    "亩均", "开发区", "园区", "都市圈", "工业", "企业", "高技术", "装备", "现代", "产品", "农产品",
    "中间品", "新三样", "东盟", "欧盟", "欧洲", "拉美", "一带一路", "口岸", "入境", "医疗", "景区",
    "在线", "户籍", "海域",
    -- parts of the country a national report speaks of (西部地区生产总值
    -- 增长6.7%: the west's output, not the nation's)
    "东部", "中部", "西部", "东北", "京津冀", "长三角", "珠三角", "长江经济带", "大湾区",
    -- parts of a city by place (县域经济规模以上工业增加值: its counties'
    -- industry, not the whole city's; 新城区 and 远城区 the outer districts
    -- together, 城六区 Beijing's inner six)
    "县域", "中心城区", "主城区", "新城区", "远城区", "老城区", "城六区",
    -- parts of a province by place (南疆四地州新增城镇就业8万人, 甘孜、阿坝、凉山
    -- 三州城镇新增就业5万人, 关中地区PM2.5平均浓度): a part's figure, not the
    -- province's
    "南疆", "北疆", "东疆", "四地州", "三州", "关中", "陕北", "陕南", "苏南", "苏中", "苏北", "皖北", "皖南",
    "粤东西北", "赣南", "豫西", "鲁西",
    -- zones inside a province (宁东能源化工基地规模以上工业增加值增长12.5%,
    -- 西咸新区生产总值): the zone's figure
    "基地", "新区", "高新区", "经开区", "自贸试验区", "自贸区", "综保区", "示范区",
    -- the Production and Construction Corps and its divisions, which govern
    -- apart from the places they lie in (兵团第八师地区生产总值增长6% in 沙湾市's
    -- report is the division's)
    "兵团",
    -- what is left of a whole without one part (非能源工业增加值增长6.1%: not
    -- the industry the catalogue names, 规模以上工业增加值)
    "非能源", "非公有制", "非公", "非煤", "非油",
    -- a mode of trade, a part of all trade (市场采购贸易出口, 加工贸易进出口)
    "市场采购", "加工贸易", "一般贸易", "边境贸易", "边民互市",
  },

  -- Subject endings that are verbs, not nouns: a subject ending so
  -- (中央财政还将安排) names no thing and is never paired by similarity.
  verb_endings = {
    "安排", "推动", "布局", "支持", "启动", "完成", "实施", "开展", "推进", "建设", "新建", "建成",
    "培育", "打造", "引进", "实现", "达到", "突破", "投入", "带动", "拉动", "置换", "加快", "首批",
    "新增", "提高", "提升", "增加", "减少", "下降", "降低", "增长", "筹措", "争取", "滚动", "谋划",
    "办好", "办成", "推出", "遴选", "评定", "接待", "铺排", "落实",
    -- the verbs that set a goal (确定4.5%左右的增长目标)
    "确定", "设定",
  },

  -- Subject endings that are times, not things (年底超过260个, 2025年10件):
  -- such a subject names no thing either.
  time_endings = { "年底", "年初", "年末", "年中", "月底", "年" },

  -- Words before a count that name no thing (基本建成7个, 再推出30个, 以办好
  -- 10件): adverbs, conjunctions and particles. A subject made only of
  -- these (and verbs) leaves the count to name what follows it.
  empty_words = { "的", "先", "再", "以", "又", "还", "将", "要", "并", "共", "基本", "全面", "累计",
    "力争", "确保", "其中", "今年", "我们将", "我们", "接续", "继续", "新", "全年", "年底",
    -- a plan said before its verb (全年计划新开工项目200个), as 力争 is,
    -- or before a goal (5.5%左右的预期增长目标)
    "计划", "预期",
    -- the end of a verb the scanner split (达｜到9048万千瓦), and a verb's
    -- complement (推进｜好总投资, 办｜好)
    "到", "至", "好" },

  -- Words of striving that state a stretch goal after the goal itself
  -- (地区生产总值增长7%左右，力争8%): the figure after one, with no subject
  -- of its own, is the same quantity's.
  stretch_words = { "力争", "争取", "努力" },

  -- Words that open the predicate after the noun a count counts (10件民生
  -- 实事｜如期兑现, 7家国家区域医疗中心｜基本建成): the noun phrase after a
  -- figure ends before one, as before a verb of the lexicon.
  predicate_words = { "如期", "全部", "全面", "基本", "顺利", "按期", "提前", "已经", "已", "均",
    "加快", "稳步", "圆满", "超额", "陆续", "相继", "先后", "兑现", "达产", "为", "是", "得到",
    "惠及", "覆盖", "受益", "落地" },

  -- Quotation marks around a name inside a subject (“专精特新”企业, “城中村”
  -- 改造项目): the same thing as the name unquoted, so they are dropped from
  -- a subject, and from the catalogue's aliases, before its head is read.
  quote_marks = { "“", "”", "‘", "’", "「", "」", "\"" },

  -- Synonymous heads: reports name one quantity with either word
  -- (高铁营业里程 and 高铁通车里程, 粮食总产量 and 粮食产量). A subject is
  -- read with the second word in place of the first before its head is
  -- sought, for the catalogue and for similarity alike.
  synonyms = {
    { "营业里程", "通车里程" }, { "运营里程", "通车里程" }, { "营运里程", "通车里程" }, { "通车总里程", "通车里程" },
    { "总产量", "产量" },
    -- a subscript typed with an underscore (PM_2.5平均浓度)
    { "PM_2.5", "PM2.5" },
    -- a share of the economy names its denominator as the report's level
    -- calls it (占地区生产总值, 占国内生产总值, 占全省生产总值) or as GDP,
    -- with 的 or without: one share (研发投入占地区生产总值比重 is
    -- 研发投入占GDP比重)
    { "占全省地区生产总值", "占GDP" }, { "占全市地区生产总值", "占GDP" }, { "占全区地区生产总值", "占GDP" },
    { "占全省生产总值", "占GDP" }, { "占全市生产总值", "占GDP" }, { "占全区生产总值", "占GDP" },
    { "占全县生产总值", "占GDP" }, { "占地区生产总值", "占GDP" }, { "占国内生产总值", "占GDP" },
    { "占生产总值", "占GDP" },
    -- a ratio head after 的 is the same ratio (占规上工业增加值的比重,
    -- 优良天数的比例): the 的 says nothing
    { "的比重", "比重" }, { "的占比", "占比" }, { "的比例", "比例" },
    -- research and development by its full name (统计公报: 研究与试验发展（R&D）
    -- 经费投入), with its English letters in brackets or without
    { "研究与试验发展（R&D）", "研发" }, { "研究与试验发展(R&D)", "研发" }, { "研究与试验发展", "研发" },
    -- a ratio to the economy (经费支出2640亿元，与生产总值之比为3.20%) is its
    -- share; the scanner may have cut the 与 as a list's separator
    { "与地区生产总值之比", "占GDP比重" }, { "与国内生产总值之比", "占GDP比重" }, { "与生产总值之比", "占GDP比重" },
    { "与GDP之比", "占GDP比重" }, { "地区生产总值之比", "占GDP比重" }, { "国内生产总值之比", "占GDP比重" },
    { "生产总值之比", "占GDP比重" }, { "GDP之比", "占GDP比重" },
  },
  -- The goals a figure before 的 may name with no thing of their own, and
  -- the thing each is of: 确定4.5%左右的增长目标 restates the target of the
  -- economy's growth, the headline target set before it. Only right after
  -- 的 (收入增长目标 names its own thing), the longest first.
  goal_phrases = { { "预期增长目标", "经济增长" }, { "增长预期目标", "经济增长" }, { "经济增长目标", "经济增长" },
    { "增长目标", "经济增长" } },
  -- Words that open a share's denominator (占地区生产总值比重): a subject
  -- that opens with one names no numerator, and a share of the figure
  -- before it in its sentence (研发经费支出2640亿元，占地区生产总值比重为3.2%)
  denominator_openers = { "占" },
  -- words that open with 占 and name a thing, no denominator (占地面积)
  denominator_lookalikes = { "占地", "占用", "占有", "占领" },
  -- Words that name one thing when two wordings are compared outside the
  -- catalogue (中央财政用于“三农”的投入 and “三农”支出: the same spending).
  thing_synonyms = { { "投入", "支出" },
    -- a count of the people employed is their employment (就业人数, 实现就业:
    -- 搬迁群众就业人数 and 易地扶贫搬迁群众实现就业)
    { "实现就业", "就业" }, { "就业人数", "就业" } },

  -- What a figure in a unit of this class measures of a subject that ends
  -- in one of these words: 高速公路由7473公里增至9310公里 gives the length
  -- of the road, its 里程.
  implied_heads = {
    { class = "length", ends = { "公路", "铁路", "高铁", "轨道交通", "地铁", "航道" }, head = "里程" },
  },

  -- Where a list of examples ends and its head begins: in 威海碳纤维、枣庄
  -- 欣旺达等“源网荷储”一体化试点 the thing counted follows 等.
  enumeration_ends = { "等" },

  -- Words that set a figure against the year before: an amount after one
  -- with a verb of increase or decrease is an increment (比上年增加1637亿
  -- 元), which answers no target of a level or a sum.
  year_on_year = { "比上年", "较上年", "比去年", "较去年", "同比" },

  -- Who pays or acts, before what the figure is about: 中央财政拟安排补贴资金
  -- 1230亿元 is about the subsidies, and 中央财政安排429亿元 names no thing;
  -- a subject made only of an agent is never paired by its wording. An
  -- agent is left out only when a verb or an adverb follows it (not in
  -- 财政收入 or 中央企业); agent_followers are the words that may, besides
  -- the empty words and verbs above.
  agents = { "中央财政", "中央政府", "中央预算内", "各级财政", "省级财政", "市级财政", "县级财政",
    "省财政", "市财政", "县财政", "财政", "各级政府", "省政府", "市政府", "县政府", "政府" },
  agent_followers = { "拟", "用于", "下达", "为此", "此项", "新增", "投入", "安排", "筹集", "统筹" },

  -- Words that make a figure one over a span of years, an average or a
  -- total (城镇新增就业年均超过70万人, 累计完成投资): never the figure of one
  -- year, nor the level at the span's end.
  span_words = { "年均", "平均每年", "每年平均", "累计" },
  -- The span words that say an average (年均, 平均每年): before the subject
  -- too they make the figure one over the span (平均每年城镇新增就业1000多万人).
  average_words = { "年均", "平均每年", "每年平均" },
  -- The words of a running total (新建5G基站2.9万个，年末累计达38.5万个): said
  -- with no thing of its own after a count of the same unit, the total of it.
  running_totals = { "累计", "总计", "合计" },
  -- A 年均 that is one year's own mean, of a concentration measured through
  -- the year (PM2.5年均浓度为27微克/立方米): no span word.
  annual_means = { "年均浓度", "年平均浓度" },
  -- Nouns of a goal right after a figure (增长6%左右的目标圆满完成, 6%的
  -- 预期目标): the figure is the goal's, restated, never what became of it.
  goal_nouns = { "的预期目标", "的目标任务", "的目标", "预期目标", "目标" },
  -- Subject words that carry no meaning of their own: when a mention's
  -- subject is only one of these (or empty), the subject of the quantity
  -- before it in the same sentence is meant (国内生产总值达到13.65万亿元，比上
  -- 年增长9.5%; 一般公共预算收入完成210亿元，同口径增长5.6%: the basis).
  elided_subjects = { "比上年", "同比", "转", "其中", "比上年实际", "实际", "同口径", "可比口径", "自然口径" },
  -- Subjects that are only a word for the whole stock (新认定高新技术企业412家，
  -- 总数达到3350家): the stock of the thing of the figure before, restated
  -- in its own unit.
  stock_subjects = { "总数", "总量", "总数量" },

  -- A subject that is only a deadline names no thing either (…增长6%左右，到
  -- 2025年突破6万亿元; 到今年年底, 截至2025年12月底): an opener, a year (digits
  -- and 年, or one of deadline_years) and one of deadline_ends, or nothing.
  deadline_openers = { "截止到", "截至", "截止", "到", "至" },
  -- A subject that is only the basis a figure is counted on (一般公共预算收入
  -- 15.2亿元，剔除留抵退税因素后同口径增长5.3%): an opener of data/subject_
  -- heads.lua basis_openers and an end of basis_ends, naming no thing; the
  -- figure's thing is the one before it, as after 同口径.
  basis_openers = { "剔除", "扣除" },
  basis_ends = { "因素后", "后", "因素" },
  deadline_years = { "今年", "明年", "当年" },
  deadline_ends = { "年底", "年末", "底", "末", "12月底", "12月末" },

  -- A number of years among the last characters before the figure (中央财政
  -- 五年支出551亿元) makes it a total over them too; but not after a word of
  -- continuity or nearness (连续三年稳定在…, 近五年: each year's level), nor as
  -- the end of a longer numeral (二〇二五年).
  span_counts = { "两年", "三年", "四年", "五年", "十年" },
  span_count_breakers = { "连续", "近", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" },

  -- Verbs that set a figure against another place or quantity (高于全国2.6
  -- 个百分点, 快于经济增速1个百分点): a gap in points, not the indicator's
  -- own value or change.
  gap_verbs = { "高于", "低于", "快于", "慢于", "超出" },

  -- Words that end the noun phrase after a figure: a particle or a
  -- coordinator (2万个｜的, 5个｜和).
  phrase_stops = { "的", "和", "及", "与", "等" },

  -- Prepositions whose object may itself be coordinated, so that one
  -- anywhere before an alias, across 和 and 、, makes it something other
  -- than the head: 占 a denominator (A占B比重: B is what A is a share of),
  -- 对 a partner (对共建“一带一路”国家和地区货物进出口 is one part of trade).
  governing_marks = { "占", "对" },

  -- Words joining conjuncts that share one head: in 城镇和农村常住居民人均可
  -- 支配收入分别增长5%、7%, 城镇 means 城镇常住居民人均可支配收入.
  coordinators = { "和", "、", "及", "与", "以及" },

  -- Words between a coordinated subject and its figure that say the figure
  -- holds for each conjunct (广义货币M2和社会融资规模余额预期增长均为12%左右).
  each_words = { "均", "都" },

  -- Classes of units (data/lexicon.lua unit_classes; a classifier's is
  -- count) in which one figure of a coordinated subject, with no word saying
  -- each, is the conjuncts' sum (交通、能源、水利完成投资5400多亿元; 新建学校、
  -- 幼儿园30所), no conjunct's own; a rate holds for each (社会消费品零售总额、
  -- 固定资产投资增长4%左右).
  summed_classes = { "money", "person", "person-time", "mass", "area", "length", "power", "energy",
    "volume", "energy in coal", "TEU", "count", "computing" },

  -- Negations that open a bound with the verb after them (不高于35微克/立方米,
  -- 不超过4%: at most): the scanner may take the verb alone and leave the
  -- negation at the end of the subject (城镇登记失业率不), where it names
  -- nothing; it belongs to the qualifier the figure already carries.
  negations = { "不" },

  -- Words that are several modifiers in one (城乡 is 城镇 and 农村; 三次产业
  -- the first, second and third sectors): before 分别 and a list of figures
  -- (城乡居民人均可支配收入分别增长6%、7.5%), the first figure is the first
  -- modifier's, the second the second's, and so on.
  fused_pairs = { { "城乡", "城镇", "农村" }, { "三次产业", "第一产业", "第二产业", "第三产业" } },

  -- Where a coordinated phrase ends (the shared head comes before these).
  coordination_ends = { "分别", "，", "；", "。", "：" },

  -- Words saying the figures after them go one by one with the things
  -- listed before (凯里市、镇远县分别接待游客…: the first figure the first
  -- place's).
  respectively = { "分别" },

  -- A size class of the things counted, written before them (新签约亿元以上
  -- 项目160个，其中10亿元以上项目25个): an amount in one of these money
  -- words, then a bound; projects of 亿元以上 and of 10亿元以上 are two counts.
  -- The money words longest first.
  size_class = { money = { "万美元", "亿美元", "万元", "亿元", "美元", "元" }, bounds = { "以上" } },

  -- Attributes that name no thing of their own (投资, 里程, 产值), with the
  -- words that may stand before them without naming one (年度计划投资,
  -- 通车总里程): such a subject is the attribute of the thing named by the
  -- figure before it in its sentence (实施省重点项目1550个、年度计划投资7150
  -- 亿元: the projects' investment; 建设10个产业园，投资50亿元).
  attribute_heads = { "投资", "里程", "产值", "产量", "营收", "营业收入", "总量", "规模", "金额", "面积" },
  attribute_modifiers = { "年度", "计划", "完成", "新增", "累计", "全年", "实际", "总", "通车",
    -- sown or planted, of a crop the clause before names (粮食总产量达到241万吨，播种面积563万亩)
    "播种", "种植",
    "建成", "实现", "带动", "拉动", "撬动", "到位" },

  -- The whole cost of projects over all their years (…项目150个，总投资860亿
  -- 元; 总投资1.78万亿元的289个省重点项目), which no year's investment (完成
  -- 投资, 年度计划投资) answers: a subject ending in one matches only another.
  whole_cost_words = { "总投资", "总投资额", "计划总投资" },

  -- The stages of building a thing, which reports count apart (开工改造老旧
  -- 小区300个，完成200个; 建设筹集保障性住房18万套，供应分配8万套; 竣工各类保障性
  -- 住房8万套): a figure's stage is the stage word opening its subject, else
  -- one in its verb; two figures of different stages answer none of each
  -- other's, whatever entry or wording they share. A figure of no stage
  -- (改造老旧小区300个) pairs with any.
  stages = {
    { "start", { "开工", "新开工", "开工建设", "开工改造", "新开工改造", "筹集", "建设筹集", "筹措", "筹建" } },
    { "finish", { "完成", "完工", "竣工", "建成", "基本建成", "交付", "交付使用", "建成交付" } },
    { "allocate", { "供应", "分配", "供应分配", "配租", "配售", "分配入住" } },
    -- livestock sold for slaughter in the year, or kept at its end
    { "sell", { "出栏" } },
    { "keep", { "存栏" } },
    -- firms certified in the year, and the stock's net change after those
    -- that lapsed: 新认定高新技术企业5000家 answers no 净增3000家
    { "certify", { "认定", "新认定", "通过认定" } },
    { "net", { "净增", "净增加" } },
  },

  -- Verbs of a stage reached that may follow the noun they are said of, at
  -- the end of a subject (推动3900多个项目投产: 项目投产): the thing is the
  -- noun so done, as the verb before it says (新投产项目, 投产项目). Not 建成,
  -- which ends a clause with no thing (verb_endings).
  postposed_predicates = { "投产", "开工", "竣工", "完工", "上市", "投用", "通车", "开业", "落地", "签约",
    "入库", "挂牌",
    -- livestock sold for slaughter or kept (生猪出栏42万头: 出栏生猪)
    "出栏", "存栏" },

  -- Similarity pairs only subjects at least this many characters long: a
  -- shorter one (项目, 首批, 城镇) names no indicator of its own.
  min_similar_chars = 4,
}
