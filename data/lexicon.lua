-- The word tables the C scanner works from. Edit them, or pass your own
-- with duixian.scanner{lexicon = ...}: nothing here needs a recompile.
--
-- units:      { word, unit, measure = true } -- unit in the gold vocabulary;
--             measure marks a unit that a bare Chinese digit may carry (两倍)
--             where a classifier may not (一个 is no quantity); verbal marks a
--             classifier that counts events or batches (三次下调, 推出两批),
--             which a Chinese digit carries only beside a verb; small marks a
--             unit only a small bare number carries (八成, not 千亿成);
--             tally marks a unit counted only in a tally of them (9金、5银);
--             relative marks a share or a multiple, which a lone 一 counts
--             (增长一倍, 提高一个百分点) where before an amount or a classifier
--             it is an article or part of an idiom (最后一公里, 跃上一个新台阶).
-- mults:      { word, power of ten }
-- stops:      words that, after a number, make it a date, a duration or a name;
--             { word, unit } for a span of time that is a quantity after a
--             verb of change (延长至144小时, 压缩到5个工作日); level = true
--             for a word that after a bare amount states a level of scale
--             (迈上千亿级) and after a unit a class of things (30万吨级航道);
--             measured = true for a span that is the value of a measure when
--             its number is a decimal (人均预期寿命达79.5岁, 11.7年) or its
--             subject is a head noun in its unit (受教育年限达11年); calendar =
--             true for one that also names a year, never a quantity for being
--             after a verb of change (延长至2030年, 再延长30年试点)
-- change_verbs: verbs of change that make a span of time a quantity
-- before:     qualifiers before a number { word, cmp } (cmp false: only looks
--             like one, e.g. 通过 ends in 过)
-- after:      qualifiers after a number and its unit; "=" for level nouns
-- verbs:      what a number does; matched longest first, right before it.
--             Each row says what the verb means: class (increase, decrease,
--             reach, add), bound (超过 makes a figure a lower bound), change
--             (降至: a value carried to a new one), relative (高于: about the
--             subject of the figure before), scan = false (a word the rules
--             read but the scanner does not look for)
-- fillers:    trimmed from either end of a subject
-- separators: between the items of a list
-- shared_heads: heads of measures a list before 分别 writes once, after its
--             last conjunct, for all (批发、零售销售额)
-- relative_verbs: derived from the verb rows marked relative
-- yardstick_verbs: derived from the verbs flagged yardstick
-- object_verbs: derived from the verbs flagged holds_object
-- nominal_verbs: derived from the verbs flagged nominal
-- light_verbs: derived from the verbs flagged light
-- openers:    verbs of policy that open a clause and govern the whole measured
--             phrase after them (推动水稻耕种收综合机械化率达到…), and the verbs
--             of a stage of work said before its object and verb (完成老旧小区
--             改造600个, 启动城中村改造3万户): no part of its subject
-- cues:       { word, class, …meaning }; class is time, modal, real, estimate,
--             compare. A time word's row says the years it names, relative
--             to the year the document plans (years = { -1, -1 } is 去年),
--             or absolute (span = { 2021, 2025 }), the kind it implies, and
--             scope = "clause" when it governs only its own clause
--             (opening_scope: its scope when it opens the sentence). A modal
--             or realis word's implies says which kind it makes a figure.
-- continuers: words that may follow a figure and continue its clause (比,
--             占, 同比): with the verbs, they tell a stated figure from one
--             qualifying a noun
-- document_kinds: { kind, words = … }: the words in a document's opening
--             (its first 1500 bytes) that tell its kind where no manifest or
--             flag gives it; a text with none of them is news. reports_only
--             marks a kind that reports and never plans (a statistical
--             communiqué): its figures are results of the year it covers, the
--             year its title line writes before the kind's word, or else the
--             year before it was published. title_only: its words count only
--             in the first line. titled_span: the plan period its title names
--             (a time word with a span: 第十四个五年规划) frames its figures, as
--             a heading naming a plan does. authority ranks the kinds'
--             figures of one year (a higher one is the better evidence; the
--             statistics bureau's final figure corrects the report's).
--             plans_from_month: the month from which a document of the kind
--             plans the year after its own (7 when unset). restates_targets:
--             a figure it names a target (…的预期目标) restates one set
--             elsewhere, no target of its own
-- headings:   words in a heading that mark a review of the past or a plan
-- words:      number words { word, value, unit, measure = what the figure
--             measures when no verb says (持平: growth of 0%) }; unit "rank" (首位) only
--             where rank_frames frame it
-- head_nouns: { word, unit }: the noun a bare count with 万 or 亿 counts
--             (5200多万职工 person), before or after it, or measures
--             (measure = true: 生产总值3300亿 CNY), before it only: after it the
--             figure sizes the noun (千亿产业集群)
-- rank_frames: words that frame an ordinal as a rank: verbs (居 列 排名)
--             and scopes (全国 全省): 居全省第五位, 列全省第2, 全国首位
-- rank_scopes: the scopes alone, which stand between a rank's verb and the
--             rank outside its subject (增速居中部第1位: the subject ends
--             before 居)
-- whole_words: words that open or end with a filler, a separator or a verb
--             and are never cut there (并购重组, 和美乡村, 成为全国第二个)
-- prepositions: a figure after one is the object of the verb after it
--             (赤字率按2.5%安排)
-- adverbial_prepositions: a phrase of one opening a clause says for whom,
--             where or by what means (为未成年人提供…服务12万人次,
--             通过发展乡村旅游实现收入): the subject is the object of the verb
--             after it
-- task_nouns: the tasks a lone Chinese digit counts after a classifier
--             (十件民生实事), a programme's size
-- share_frames: open the share a list before 分别 writes once (…占GDP比重分别)
-- actors:     end who acts right before the verb (自治区层面, 各级政府): the
--             subject is the verb's object

local function classifiers(list)
  local t = {}
  for word in list:gmatch("%S+") do t[#t + 1] = { word } end
  return t
end

local units = {
  { "%", "%", measure = true, relative = true },
  -- tenths: 近六成 is about 60%, 八成以上 at least 80%
  { "成", "%", measure = true, exp = 1, small = true, relative = true },
  { "个百分点", "pp", measure = true, relative = true },
  { "百分点", "pp", measure = true, relative = true },
  { "倍", "times", measure = true, relative = true },
  { "元", "CNY", measure = true },
  { "美元", "USD", measure = true },
  { "人民币", "CNY", measure = true },
  { "人次", "person-time" },
  -- a population counted (13亿多人口的大国, 常住人口达到4500万人口): the unit
  -- whole, not 人 and a subject 口
  { "人口", "person" },
  { "人", "person" },
  { "名", "person" },
  { "亩", "mu", measure = true },
  { "亩次", "mu-time", measure = true }, -- land worked once per time: 耕种1.19亿亩次
  { "平方米", "m2", measure = true },
  { "平方公里", "km2", measure = true },
  { "公顷", "m2", measure = true, exp = 4 }, -- ten thousand square metres
  { "斤", "jin", measure = true },
  -- a picul, 50 kilograms, the measure of tobacco leaf bought (收购烤烟150万担)
  { "担", "dan", measure = true },
  { "公斤", "kg", measure = true },
  { "吨", "t", measure = true },
  -- energy in tonnes of standard coal (能源消费总量控制在2.3亿吨标准煤以内):
  -- one unit, so that the qualifier after it is read
  { "吨标准煤", "tce", measure = true }, { "吨标煤", "tce", measure = true },
  { "公里", "km", measure = true },
  { "千米", "km", measure = true },
  { "千瓦", "kW", measure = true },
  { "兆瓦", "kW", measure = true, exp = 3 },
  { "千瓦时", "kWh", measure = true },
  { "立方米", "m3", measure = true },
  -- a cubic metre said short, of water and gas (供水231亿方, 天然气产量50亿方)
  { "方", "m3" },
  { "天", "day", measure = true },
  { "个位次", "位次" },
  { "位次", "位次" },
  { "剂次", "剂次" },
  { "轮次", "轮次" },
  { "批次", "批次", verbal = true },
  { "轮", "轮", verbal = true },
  { "届", "届", verbal = true },
  { "次", "次", verbal = true },
  { "批", "批", verbal = true },
  { "遍", "遍", verbal = true },
  { "标准箱", "TEU", measure = true },
  { "标箱", "TEU", measure = true },
  -- PM2.5 concentrations are said in 微克 (per cubic metre, said before)
  { "微克", "μg/m3", measure = true },
  -- computing power: 2万P is 20,000 PFLOPS; 55Eflops, 7000PF; a unit in
  -- Latin letters is read whole or not at all (mention.c), so each spelling
  -- is listed. 百亿亿次 (per second) is 10^18 operations, 亿亿次 10^16
  { "PFLOPS", "PFLOPS", measure = true }, { "Pflops", "PFLOPS", measure = true },
  { "PFlops", "PFLOPS", measure = true }, { "PF", "PFLOPS", measure = true },
  { "P", "PFLOPS", measure = true },
  { "EFLOPS", "EFLOPS", measure = true }, { "Eflops", "EFLOPS", measure = true },
  { "EFlops", "EFLOPS", measure = true }, { "EF", "EFLOPS", measure = true },
  { "百亿亿次", "EFLOPS", measure = true }, { "亿亿次", "PFLOPS", measure = true, exp = 1 },
  { "吉瓦时", "GWh", measure = true }, { "GWh", "GWh", measure = true },
  -- power in kW, as 兆瓦 is (光伏组件产能达到80吉瓦: 8000万千瓦)
  { "吉瓦", "kW", measure = true, exp = 6 }, { "GW", "kW", measure = true, exp = 6 },
  { "千升", "kL", measure = true },
  -- a boiler's capacity, tonnes of steam an hour (完成600蒸吨燃煤锅炉改造)
  { "蒸吨", "t/h", measure = true },
  -- bandwidth (平均接入速率提高到21.4兆比特每秒, 100Mbps); 千兆 alone names a
  -- class of network (千兆光网), no figure
  { "兆比特每秒", "Mbit/s", measure = true }, { "Mbps", "Mbit/s", measure = true },
  { "吉比特每秒", "Gbit/s", measure = true }, { "Gbps", "Gbit/s", measure = true },
  -- 3000亿度 of electricity; 度 alone is also a slope (25度以上坡耕地)
  { "亿度", "kWh", measure = true, exp = 8 }, { "万度", "kWh", measure = true, exp = 4 },
  -- thousandths and ten-thousandths as percent, as 成 is: 6.45‰ is 0.645%
  { "‰", "%", measure = true, exp = -1, relative = true },
  { "‱", "%", measure = true, exp = -2, relative = true },
  -- lengths and masses (20.6厘米, 海拔1500米, 7纳米); not measure: 一克 and
  -- 一米 are parts of words (统一克服, 一米阳光). No 千伏: a voltage names a
  -- class of lines (220千伏及以上输电线路总长), no figure of its own
  { "米", "m" }, { "厘米", "cm" }, { "毫米", "mm" }, { "微米", "μm" }, { "纳米", "nm" },
  { "英寸", "inch" }, { "克", "g" }, { "毫克", "mg" }, { "千克", "kg" },
  { "大卡", "kcal" }, -- the heat of coal (550大卡以上)
  -- medals, said only as a tally (9金、5银、6铜, 4金1银1铜): mention.c
  -- takes one only beside another of them (5银行 is no medal)
  { "金", "金牌", tally = true, small = true }, { "银", "银牌", tally = true, small = true },
  { "铜", "铜牌", tally = true, small = true },
}
-- compound units: an amount per another (778元/月, 27克/千克, 3万元/亩),
-- every numerator over every denominator, written with a slash
local rate_numerators = { { "元", "CNY" }, { "吨", "t" }, { "公斤", "kg" }, { "千克", "kg" },
  { "斤", "jin" }, { "克", "g" }, { "毫克", "mg" }, { "微克", "μg" }, { "立方米", "m3" },
  { "千瓦时", "kWh" } }
local rate_denominators = { { "月", "month" }, { "年", "year" }, { "日", "day" }, { "天", "day" },
  { "小时", "hour" }, { "秒", "s" }, { "人", "person" }, { "亩", "mu" }, { "平方米", "m2" },
  { "吨", "t" }, { "千克", "kg" }, { "公斤", "kg" }, { "立方米", "m3" } }
for _, num in ipairs(rate_numerators) do
  for _, den in ipairs(rate_denominators) do
    if num[1] ~= den[1] then
      units[#units + 1] = { num[1] .. "/" .. den[1], num[2] .. "/" .. den[2], measure = true }
    end
  end
end
-- counts keep their classifier as the unit; 头只 counts livestock large and
-- small together (牲畜存栏200万头只)
-- the classifiers that count alike, group by group, which a target in one and
-- a figure in another may compare: things (28个 and 30处 项目, 20件 and 20项
-- 民生实事) and dwellings (5000套 and 5200户 危旧房); the others (张, 辆,
-- 台 …) count only in themselves, and no group in another's (改造城镇老旧小区
-- 28个 is no 2950户)
local classifier_groups = {
  { "个", "家", "所", "座", "处", "项", "条", "件", "种", "批" },
  { "套", "户", "间", "家庭" },
}

for _, c in ipairs(classifiers([[
  个 家 所 条 座 处 项 场 套 户 张 件 台 辆 艘 种 路 位 栋 间 块 棵 株 只 头
  架 支 部 册 篇 期 宗 起 例 床 村 市 县 镇 校 园 站 座次 班 列 趟 组 份
  款 门 盏 车次 架次 班次 航次 场次 户次 枚 颗 头只 根 段 台套 幢
  羊单位 重量箱 家次 枝 羽 家庭]]) ) do
  units[#units + 1] = c
end

-- Verbs by what they say the number is. A word may appear under one class
-- only; flags (bound, change, relative, scan) are set in the lists below.
local verb_classes = {
  -- 增产 and 减产: of a harvest's output (粮食总产量35.8万吨，比上年增产1.2%)
  -- 实际增长: a growth net of prices (居民人均可支配收入实际增长6.1%; 实际 opening a
  -- subject is the subject's: 实际使用外资)
  increase = "增长 实际增长 上涨 上升 提高 提升 增加 扩大 涨幅 增幅 增速 涨 上调 微涨 略升 增产",
  decrease = "下降 降低 减少 回落 压减 削减 降幅 减排 下调 微降 略降 负增长 减产 缩减 精简 压缩 核减 压降",
  reach = [[达到 达 稳定在 保持在 控制在 下降到 下降至 降至 降到 增至 增加到 增加至 提高到 提高至 提升到
    提升至 缩小至 缩小到 降低到 降低至 上升到 上升至 发展到 增长到 增长至 扩大到 扩大至 减少到 减少至 突破 超过 为 是 总计 共计 合计 累计 占比 比重 居 位居 列 保持
    跃上 迈上 站上 登上 跨上 迈过 跨过 跨越 连跨 连迈 跃居 稳居 升至 跃升至 跃升到 回落到 回落至 收窄至 收窄到 覆盖
    冲刺 重回 重返
    延长至 延长到 压缩至 压缩到 缩短至 缩短到 压减至 压减到 减至 精简到 精简至 缩减到 缩减至 压降到 压降至]],
  add = [[新增 新建 改扩建 改建 扩建 新改建 新改扩建 新开工 开工 建成 基本建成 培育 打造 创建 引进 引育
    入库 争创 创成 认定 入选 获批 净增 新批 招引 签约 落地 开通 设立 建立 新培育 新认定
    组建 新组建 培育引进 竣工 建成投产 竣工投产 完工 扩招]],
  other = [[完成 实现 续建 高于 低于 快于 慢于 优于 实施 推进 开展 举办 放映 拜访 改造 发放 培训 淘汰
    造林 营造林 植树造林 清出 发行 带动 争取 建设 投入 惠及 转移 吸纳 安置 帮扶 救助 资助 收缴 清理 组织 整合
    辐射 扶持 跃升 通车 提供 获得 用好 动用 盘活 排查随访 缔结 增收节支 减税降费
    转为 缩小 收窄 用于
    降准 降息 推出 发布 出台 启动 召开 受益 安排 新安排 上线 支持 办好 投用 成为 筹措 选派 开行
    出列 摘帽 脱贫摘帽 增发 下达]],
}
-- what the rules read off a verb beyond its class
local verb_flags = {
  -- the figure is a bound even without a qualifier (超过10% is > 10)
  bound = { ["高于"] = ">", ["超过"] = ">", ["突破"] = ">", ["低于"] = "<",
    -- a level crossed (跨越1万亿元台阶, 迈上千亿级): at least it, whatever more
    ["跨越"] = ">=", ["迈上"] = ">=", ["跃上"] = ">=", ["站上"] = ">=", ["登上"] = ">=", ["跨上"] = ">=",
    ["迈过"] = ">=", ["跨过"] = ">=", ["连跨"] = ">=", ["连迈"] = ">=" },
  -- carries a value from its baseline to a new one (由97家增加到411家)
  change = [[下降到 下降至 降至 降到 降低到 降低至 增加到 增至 提高到 提高至 上升到 上升至 发展到 缩小至 缩小到 转为 增长到 增长至
    扩大至 减少到 减少至
    提升到 提升至 扩大到 达到 升至 跃升至 跃升到 回落到 回落至 收窄至 收窄到 延长至 延长到 压缩至 压缩到 缩短至 缩短到 压减至 压减到
    减至 精简到 精简至 缩减到 缩减至 压降到 压降至]],
  -- about the subject of the figure before (增长14%，高于全省3个百分点，居全省第5位)
  relative = "高于 低于 快于 慢于 优于 居 位居 跃居 稳居 提高 下降 增长 上升 降低 增加 扩大 减少 增产 减产 净增",
  -- its object is the yardstick of a comparison, no part of the subject
  -- (制造业增加值增速快于生产总值2.4个百分点)
  yardstick = "高于 低于 快于 慢于 优于",
  -- a verb that holds its object (造林 plants forest): it names the thing
  -- the figure counts, and ends its subject (完成营造林128万亩: subject 营造林)
  holds_object = "造林 营造林 植树造林 减税降费 增收节支",
  -- a verb that is also the noun of what it does: right before another verb,
  -- with words before it, it is the head of the subject (企业研发投入增长15%:
  -- subject 企业研发投入, verb 增长)
  nominal = "投入 比重 占比 降幅 增幅",
  -- a light verb: with words before it and its object after it, the object
  -- names what the figure measures and the words before whose it is; the
  -- subject is the two without the verb (重点项目完成投资786亿元: subject
  -- 重点项目投资, verb 完成; 规上工业企业实现营业收入: 规上工业企业营业收入)
  light = "完成 实现",
  -- a reach verb that speaks of a whole span, not the level at its end
  -- (累计完成3.7万亿元, 稳定在1100亿斤以上 over five years)
  whole_span = "累计 稳定在 保持在 控制在 保持 总计 共计 合计",
  -- a verb whose object is a sum of money with its noun after it: 安排100亿元
  -- 财政资金 states the sum, it does not describe the funds
  takes_sum = "安排 投入 发行 增发 下达 争取 支持 筹措 用好 动用 盘活",
  -- a verb that lowers a thing to a level: the level promised is a ceiling
  -- (增值税税率降至13%: 14% misses it), whatever the catalogue knows of it
  lowers_to = [[下降到 下降至 降至 降到 降低到 降低至 减少到 减少至 减至 压减至 压减到 压缩至 压缩到
    缩小至 缩小到 缩短至 缩短到 回落到 回落至 精简到 精简至 缩减到 缩减至 压降到 压降至]],
  -- read by the rules only: the scanner does not look for these
  unscanned = "涨 回落 减排 新培育 新认定 转为 缩小 用于",
}

local function word_set(list)
  local set = {}
  for w in list:gmatch("%S+") do set[w] = true end
  return set
end

local verbs, relative_verbs, yardstick_verbs, object_verbs, nominal_verbs, light_verbs = {}, {}, {}, {}, {}, {}
do
  local change, relative, unscanned = word_set(verb_flags.change), word_set(verb_flags.relative),
    word_set(verb_flags.unscanned)
  local whole_span = word_set(verb_flags.whole_span)
  local takes_sum = word_set(verb_flags.takes_sum)
  local yardstick = word_set(verb_flags.yardstick)
  local holds_object = word_set(verb_flags.holds_object)
  local nominal = word_set(verb_flags.nominal)
  local light = word_set(verb_flags.light)
  local lowers_to = word_set(verb_flags.lowers_to)
  local classes = {}
  for class in pairs(verb_classes) do classes[#classes + 1] = class end
  table.sort(classes) -- a stable order: the lexicon's digest names the rules
  for _, class in ipairs(classes) do
    for w in verb_classes[class]:gmatch("%S+") do
      verbs[#verbs + 1] = { w, class = class ~= "other" and class or nil, bound = verb_flags.bound[w],
        change = change[w] or nil, relative = relative[w] or nil, whole_span = whole_span[w] or nil,
        takes_sum = takes_sum[w] or nil, lowers_to = lowers_to[w] or nil,
        scan = not unscanned[w] }
      if relative[w] then relative_verbs[#relative_verbs + 1] = w end
      if yardstick[w] then yardstick_verbs[#yardstick_verbs + 1] = w end
      if holds_object[w] then object_verbs[#object_verbs + 1] = w end
      if nominal[w] then nominal_verbs[#nominal_verbs + 1] = w end
      if light[w] then light_verbs[#light_verbs + 1] = w end
    end
  end
end
-- the scanner's list: the verbs it looks for (the C side reads row[1])
local scanned_verbs = {}
for _, v in ipairs(verbs) do if v.scan then scanned_verbs[#scanned_verbs + 1] = v end end

-- What each unit (in the gold vocabulary) measures. Units not listed are
-- classifiers that count things (个 家 所 …). qualifies: a figure in this
-- unit directly followed by a noun qualifies that noun (过亿元项目,
-- 10万元以上的行政村) rather than stating a result.
local unit_classes = {
  ["%"] = { "percent", qualifies = true }, pp = { "pp" },
  CNY = { "money", qualifies = true }, USD = { "money", qualifies = true },
  person = { "person" }, ["person-time"] = { "person-time" },
  -- to_base: how many of its class's base unit (kg, m2) one makes, so that a
  -- target in 斤 is judged on an outcome in 吨 (粮食产量稳定在750亿斤以上 and
  -- 380.1亿公斤), and one in 亩 on one in 公顷 (read as m2)
  jin = { "mass", qualifies = true, to_base = 0.5 }, dan = { "mass", qualifies = true, to_base = 50 },
  kg = { "mass", qualifies = true, to_base = 1 }, t = { "mass", qualifies = true, to_base = 1000 },
  mu = { "area", qualifies = true, to_base = 10000 / 15 }, ["mu-time"] = { "area", qualifies = true },
  m2 = { "area", qualifies = true, to_base = 1 }, km2 = { "area", qualifies = true, to_base = 1000000 },
  km = { "length", qualifies = true }, kW = { "power", qualifies = true },
  kWh = { "energy", qualifies = true }, m3 = { "volume", qualifies = true },
  tce = { "energy in coal", qualifies = true },
  times = { "times", qualifies = true }, rank = { "rank", lower_is_better = true }, ["位次"] = { "rank" }, day = { "day" },
  hour = { "hour" }, minute = { "minute" }, month = { "month" }, year = { "year" }, TEU = { "TEU" },
  GWh = { "energy", qualifies = true }, GW = { "power", qualifies = true }, kL = { "volume", qualifies = true },
  ["μg/m3"] = { "concentration" }, PFLOPS = { "computing" }, EFLOPS = { "computing" },
  ratio = { "ratio" }, ["t/h"] = { "boiler capacity", qualifies = true },
  ["Mbit/s"] = { "bandwidth", qualifies = true, to_base = 1 }, ["Gbit/s"] = { "bandwidth", qualifies = true, to_base = 1000 },
  -- lengths and masses: what a figure in them sizes (7纳米芯片, 4.5米水深航道)
  m = { "length", qualifies = true }, cm = { "length", qualifies = true }, mm = { "length", qualifies = true },
  ["μm"] = { "length", qualifies = true }, nm = { "length", qualifies = true },
  inch = { "length", qualifies = true }, g = { "mass", qualifies = true }, mg = { "mass", qualifies = true },
  kcal = { "heat value", qualifies = true },
}

-- the compound units' classes, by what the denominator is: a mass in a
-- mass or a volume is a concentration (27克/千克, 35微克/立方米), one on an
-- area a yield (500公斤/亩); else a rate of the numerator's class (778元/月
-- money rate, 3万吨/日 mass rate)
do
  local class_of = { CNY = "money", t = "mass", kg = "mass", jin = "mass", g = "mass", mg = "mass",
    ["μg"] = "mass", m3 = "volume", kWh = "energy" }
  local per_amount = { t = true, kg = true, m3 = true }
  local per_area = { mu = true, m2 = true }
  for _, num in ipairs(rate_numerators) do
    for _, den in ipairs(rate_denominators) do
      local name, class = num[2] .. "/" .. den[2], class_of[num[2]]
      if class == "mass" and per_amount[den[2]] then
        unit_classes[name] = { "concentration" }
      elseif class == "mass" and per_area[den[2]] then
        unit_classes[name] = { "yield", qualifies = true }
      else
        unit_classes[name] = { class .. " rate", qualifies = true }
      end
      -- a standard paid per month or year, which a report may state with
      -- its period (每人每年610元) or without (补助标准提高到610元): the sum's
      if num[2] == "CNY" and (den[2] == "month" or den[2] == "year") then unit_classes[name].per_period_of = num[2] end
    end
  end
end

local person_roles = { "脱贫户", "贫困户", "监测户", "农户", "村民", "种植户", "养殖户", "种植大户", "户主",
  "负责人", "董事长", "总经理", "创始人", "店主", "老板", "党支部书记", "党总支书记",
  "党支部委员", "村委会主任" }

local rank_scopes = { "全国", "全省", "全市", "全区", "全球", "世界", "亚洲", "西部",
  "中部", "东部", "东北", "同类城市", "大陆", "省区", "北方", "南方",
  -- a scope ending in a kind of place: 中部地区第1, 中西部地级城市首位
  "地区", "城市", "省份", "港口", "省市" }
local rank_frames = { "居", "位居", "位列", "名列", "列", "排", "排名", "排在", "排位", "跃居", "稳居",
  "升至", "跃升至", "跃升到", "降至", "保持", "进入", "跻身" }
for _, w in ipairs(rank_scopes) do rank_frames[#rank_frames + 1] = w end

local whole_words = {
  -- opening with a filler or a separator
  "预期寿命", "预期目标", "预期性指标", "预期性",
  "并购", "并网", "并联", "和美", "和谐", "都市", "及时", "约束", "均衡", "共享", "共建", "共同",
  "要素", "达标", "已有", "与会", "成功率", "再生", "再造", "再融资", "再就业", "好评",
  -- the instruments of finance named re- (relending, rediscount, reinsurance,
  -- re-guarantee): 再贷款额度 is no 贷款额度
  "再贷款", "再贴现", "再保险", "再担保",
  -- a noun opening with a number word (首位度: a city's primacy, no first place)
  "首位度",
  -- the bonds issued in addition, named for it (增发国债项目, 增发国债高标准农田):
  -- no verb 增发 inside
  "增发国债",
  -- holding 由 or 从, which elsewhere open a baseline (由97家增加到411家)
  "自由", "理由", "经由", "从业", "从事",
  -- nouns that open with the adverb 重点 (实施重点项目500个: the key projects,
  -- not 项目; 新增全国重点实验室15家; 重点镇完成投资3亿元: the key towns)
  "重点项目", "重点工程", "重点实验室", "重点镇", "重点村", "重点乡镇", "重点企业",
  "重点行业", "重点区域", "重点领域", "重点人群", "重点流域", "重点园区",
  -- projects named by what is done in them, a verb before 项目 (528个重点建设
  -- 项目完成投资: the projects, not 重点 and then a verb)
  "建设项目", "重点建设项目", "投资项目", "招商项目", "改造项目", "技改项目", "续建项目",
  -- people named by what they did, a verb inside (8000多万农业转移人口成为城镇居民)
  "农业转移人口", "转移人口",
  -- places named by what is done there (易地扶贫搬迁安置点搬迁劳动力, 新开工安置房1.2万套)
  "安置点", "安置区", "安置社区", "安置房", "安置住房",
  -- opening with a head noun (data head_nouns: 产业) that they only modify:
  -- 50家省级产业链核心支撑企业 counts firms, not 产业
  "产业链", "产业集群", "产业园", "产业园区", "产业基地", "产业带", "产业体系", "产业项目",
  "产业工人", "居民区", "人才队伍",
  -- opening with 的, which closes a modifier elsewhere
  "的确", "的士",
  -- ending with a verb
  "成为",
  -- ending with a verb, counted by it (开行中欧班列96列), or opening with one
  -- (开行列车每日100对以上)
  "班列", "列车",
  -- rates named by a verb (人口自然增长率5.78‰: no 增长 of the figure)
  "增长率", "下降率",
  -- opening with a verb (肥城300兆瓦压缩空气储能: the air stores, no 压缩 of 300兆瓦)
  "压缩空气",
  -- names holding a verb (为 of 华为云生态企业)
  "华为",
  -- ending with the filler 均: per head, the subject itself (全年人均增加1680元)
  "人均", "户均",
  -- opening with a verb: the tasks a government does for the people (推进30项为民办实事项目)
  "为民办实事",
  -- the places of the gazetteer whose names open with a filler or a
  -- separator (达州市地区生产总值: no 达 before 州市; 和田地区, 共和县), but 和县,
  -- whose two characters stand in too many lists (城市和县城)
  "和平区", "和平县", "和顺县", "和林格尔县", "和龙市", "和政县", "和静县", "和硕县", "和田地区",
  "和田市", "和田县", "和田", "和布克赛尔蒙古自治县", "达尔罕茂明安联合旗", "达拉特旗", "达州市",
  "达州", "达川区", "达孜区", "达孜工业园区", "达日县", "达坂城区", "将乐县", "都昌县", "都安瑶族自治县",
  "都江堰市", "都匀市", "都兰县", "共青城市", "共和县", "全州县",
}

-- verbs of backing a place's own effort, which may open a clause before the
-- place whose figure it states (支持甘孜州地区生产总值增长6%, 推动南京地区生产
-- 总值突破2万亿元): lead-ins, as 力争 is
local backing_verbs = { "支持", "推动", "鼓励", "引导", "帮助", "指导", "督促" }

-- the words of list a, then those of list b
local function concat(a, b)
  local out = {}
  for _, w in ipairs(a) do out[#out + 1] = w end
  for _, w in ipairs(b) do out[#out + 1] = w end
  return out
end

local lexicon = {
  units = units,
  classifier_groups = classifier_groups,
  unit_classes = unit_classes,
  -- 千 百 十 stacked on 万 or 亿 (超4千亿元, 5百万): one multiplier
  mults = { { "万亿", 12 }, { "千亿", 11 }, { "百亿", 10 }, { "十亿", 9 }, { "亿", 8 },
    { "千万", 7 }, { "百万", 6 }, { "十万", 5 }, { "万", 4 }, { "千", 3 } },
  stops = {
    { "年", "year", measured = true, calendar = true }, "月", "日", "号", "时", "点",
    { "分钟", "minute" }, { "小时", "hour" }, "周年", "周岁", { "岁", "year", measured = true },
    -- an annual mean (PM_2.5年均浓度), never a span of years
    "年均",
    -- double digits (突破两位数, 保持两位数增长): the size of a number, no count of 位
    "位数", { "个月", "month", measured = true }, { "个工作日", "day" }, { "工作日", "day" },
    { "个自然日", "day" }, { "自然日", "day" },
    "届", "次会议", "次全会", "次产业", { "级", level = true }, "版", "楼", "层", "强", "大", "连",
    -- slogans and names counting by one (三个一批, 五个一工程, 三个一号公路); 4个一类创新药 is a count
    "个一批", "个一工程", "个一号", "项举措",
    -- one to one, not pairs (一对一帮扶, 1对1辅导)
    "对一", "对1", "代", "世纪", "后", "个方面", "方面", "方式", "方案", "方向", "大类",
    -- a year naming a document (发布2024县域…白皮书), not a count of counties
    "县域", "县城", "县级", "市域",
    -- a hotline's number (12345市民服务热线), not a count of cities
    "市民", "热线",
    -- words that open with 成, which after a number is no tenth (百亿成长,
    -- 一成不变)
    -- (only those whose second character opens no common noun: 八成群众,
    -- 八成员工 and 八成就业人员 are tenths)
    "成不变", "成长", "成为", "成果", "成效", "成绩", "成功", "成立", "成熟", "成型", "成链",
    "成规模", "成势",
    -- a format's name, not a count of people (3人制篮球场, 11人制足球)
    "人制",
  },
  before = {
    { "不低于", ">=" }, { "不少于", ">=" }, { "至少", ">=" }, { "最少", ">=" },
    { "超过", ">" }, { "超", ">" }, { "突破", ">" }, { "过", ">" }, { "逾", ">" },
    { "多于", ">" }, { "高出", false }, { "通过", false }, { "经过", false }, { "不超过", "<=" },
    { "控制在", "<=" }, { "最多", "<=" }, { "不高于", "<=" }, { "不到", "<" },
    { "低于", "<" }, { "高于", ">" }, { "小于", "<" }, { "不足", "<" }, { "约", "~" }, { "大约", "~" },
    { "大于", ">" }, { "不大于", "<=" }, { "不小于", ">=" },
    { "近", "~" }, { "将近", "~" }, { "接近", "~" }, { "附近", false }, { "最近", false },
    { "左右", false },
    -- a word ending in a qualifier's character: 新签约亿元以上项目 signs
    -- projects of 亿元以上, about no sum. Not 节约, 制约 or 集约, whose first
    -- character also ends other words (春节约, 控制约, 募集约500亿元)
    { "签约", false },
    -- reaching a level: 迈上千亿级, 跃上6万亿元台阶 (at least that level)
    { "跃上", ">=" }, { "迈上", ">=" }, { "站上", ">=" }, { "登上", ">=" }, { "跨上", ">=" },
    { "迈过", ">=" }, { "跨过", ">=" },
  },
  -- the qualifiers of a figure not yet final, in a report given before its
  -- year's statistics are (增长5.2%左右, 增长约5.2% in January's report of the
  -- year before; 约 holds 大约): not 近, 将近 or 接近, which round a known
  -- figure down
  provisional_qualifiers = { "左右", "上下", "约" },
  after = {
    { "以上", ">=" }, { "左右", "~" }, { "以内", "<=" }, { "以下", "<=" },
    -- 5000吨标准煤及以上重点用能单位: or more, a bound (and no list with 及)
    { "及以上", ">=" }, { "及以下", "<=" },
    { "上下", "~" }, { "多", ">" }, { "余", ">" }, { "之内", "<=" },
    -- level nouns: the figure is a level reached (跃上6万亿元台阶); "=" keeps
    -- the comparison before it (突破万亿元大关 stays >)
    { "新台阶", "=" }, { "台阶", "=" }, { "大关", "=" }, { "关口", "=" },
  },
  verbs = scanned_verbs,
  verb_rows = verbs,
  change_verbs = {
    "延长至", "延长到", "延长", "压缩至", "压缩到", "压缩", "缩短至", "缩短到", "缩短",
    "压减至", "压减到", "压减", "减少至", "减少到", "减少", "减至", "降至", "降到",
    "缩减至", "缩减到", "精简至", "精简到", "压降至", "压降到", "控制在", "不超过",
    -- (a time held to: 企业开办时间保持在0.5个工作日以内)
    "保持在", "稳定在", "维持在",
    "增至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "达到",
  },
  head_nouns = {
    -- people a bare count with 万 counts: 5200多万职工, 30多万监测对象 (not the
    -- rhetoric of a whole population: 7000多万江淮儿女, 6100万湖北人民)
    -- a ratio a bare number states (城乡居民收入比缩小至2.12, 2.1∶1)
    { "收入比", "ratio" }, { "收入倍差", "ratio" }, -- 城乡收入倍差缩小至1.86
    { "职工", "person" }, { "群众", "person" }, { "农民", "person" }, { "农民工", "person" },
    { "居民", "person" }, { "用户", "person" }, { "注册用户", "person" }, { "学生", "person" }, { "毕业生", "person" }, { "儿童", "person" },
    { "婴幼儿", "person" }, { "新生儿", "person" }, { "老人", "person" }, { "老年人", "person" },
    { "患者", "person" }, { "人口", "person" }, { "人才", "person" }, { "劳动力", "person" },
    { "人员", "person" }, { "党员", "person" }, { "干部", "person" }, { "教师", "person" },
    { "医生", "person" }, { "村民", "person" }, { "市民", "person" }, { "游客", "person" },
    { "旅客", "person" }, { "乘客", "person" }, { "消费者", "person" },
    { "妇女", "person" }, { "青年", "person" }, { "青少年", "person" },
    { "学子", "person" }, { "志愿者", "person" }, { "残疾人", "person" }, { "退役军人", "person" },
    { "工人", "person" }, { "员工", "person" }, { "对象", "person" }, { "参保人", "person" },
    { "就业", "person" }, -- jobs are counted in people: 新增城镇就业4万
    -- so are people moved or lifted out of poverty: 易地扶贫搬迁200万以上, 减贫1000万
    -- (not 脱贫 or 搬迁 alone, which open longer nouns: 脱贫人口, 搬迁任务)
    { "扶贫搬迁", "person" }, { "减贫", "person" },
    { "女生", "person" }, { "农牧民", "person" }, { "牧民", "person" },
    { "渔民", "person" }, { "老龄人口", "person" }, { "人数", "person" },
    { "人次", "person-time" }, -- 医疗旅游人次86.5万
    -- measures in years, which a span after them states (人均预期寿命提高1岁,
    -- 受教育年限达11年; stops marked measured)
    { "寿命", "year", measure = true }, { "年限", "year", measure = true },
    -- and in months (商品住房去化周期保持在12个月左右)
    { "去化周期", "month", measure = true },
    -- households
    { "农户", "户" }, { "农牧户", "户" }, { "脱贫户", "户" },
    -- amounts of money a bare 亿 measures: 生产总值3300亿
    { "生产总值", "CNY", measure = true }, { "产值", "CNY", measure = true }, { "增加值", "CNY", measure = true }, { "收入", "CNY", measure = true },
    { "营收", "CNY", measure = true }, { "支出", "CNY", measure = true }, { "投资", "CNY", measure = true }, { "投资额", "CNY", measure = true },
    { "资金", "CNY", measure = true }, { "总额", "CNY", measure = true }, { "余额", "CNY", measure = true }, { "销售额", "CNY", measure = true },
    { "营业额", "CNY", measure = true }, { "成交额", "CNY", measure = true },
    { "签约额", "CNY", measure = true }, { "交易额", "CNY", measure = true }, { "经济总量", "CNY", measure = true },
    { "税收", "CNY", measure = true }, { "利润", "CNY", measure = true }, { "贷款", "CNY", measure = true }, { "存款", "CNY", measure = true },
    { "融资", "CNY", measure = true }, { "债券", "CNY", measure = true }, { "专项债", "CNY", measure = true }, { "基金", "CNY", measure = true },
    { "预算", "CNY", measure = true }, { "进出口", "CNY", measure = true }, { "补贴", "CNY", measure = true }, { "资产", "CNY", measure = true },
    { "产业", "CNY", measure = true }, -- an industry's size is its output: 化工产业迈上千亿级
  },
  rank_frames = rank_frames,
  rank_scopes = rank_scopes,
  prepositions = { "按", "按照" },
  adverbial_prepositions = { "为", "在", "向", "通过", "借助", "依托" },
  backing_verbs = backing_verbs,
  fillers = {
    "全市", "我市", "本市", "全县", "全区", "全州", "全盟", "全旗", "全年", "今年", "去年", "明年", "年内", "今年内", "年底前", "预计",
    -- (预期 before the verb: 广义货币M2预期增长13%左右; 预期寿命 is a whole word)
    "预期",
    -- the region's words for itself (我县地区生产总值增长6.1%)
    "我省", "我区", "我县", "我州", "我盟", "我旗",
    -- the whole region's people, top to bottom (全县上下要确保粮食总产…)
    "全省上下", "全市上下", "全县上下", "全区上下", "全州上下", "全旗上下",
    "力争", "确保", "争取", "努力", "其中", "同时", "累计", "共", "均", "分别", "比上年", "比年初", "较年初",
    "同比", "较上年", "比去年", "全省", "全国", "要", "将", "并", "都", "已", "已经",
    -- the prices a growth is measured at (按可比价格计算增长5.5%): how, not what
    "按可比价格计算", "按可比价计算", "按不变价格计算", "按不变价计算", "按现价计算", "按现行价格计算",
    "一年来", "五年来", "五年间", "过去一年", "过去五年", "实现", "进一步", "共有", "达", "持续",
    "大力", "重点", "主要", "初步", "约", "谋划", "年均", "平均", "两年平均", "三年平均", "同口径", "可比口径", "按可比口径", "自然口径", "按自然口径", "转为", "转而", "拟", "首次", "继续",
    -- adverbs of manner between a subject and its verb (出口逆势增长, 双双跃居)
    -- or opening a clause whose subject follows the figure (滚动推进163个项目)
    "逆势", "双双", "历史性", "稳步", "大幅", "加快", "滚动", "全面", "全力", "深入", "扎实",
    "相继", "成功", "再", "又", "好", "较快", "快速", "统筹", "接续", "超额", "有望",
    -- the yardstick of a comparison with a plan, said before its verb
    -- (赤字规模比上年预算减少1500亿元): no part of the subject
    "比上年预算", "比去年预算", "较上年预算", "比年度预算", "比年初预算",
    "比上年年初预算", "较上年年初预算", "比去年年初预算",
    -- the point of the year before compared with (年末常住人口8526万人，比上年末
    -- 增加0.2万人; 比上年同期增长): no part of the subject
    "比上年末", "较上年末", "比上年底", "较上年底", "比上年同期", "较上年同期", "比去年同期",
    -- the volume a concentration is per, said before its figure (PM2.5平均浓度
    -- 低于每立方米19微克): part of the unit, not of the subject
    "每立方米",
  },
  separators = { "、", "和", "及", "与", "以及", "," },
  -- heads of measures that the conjuncts of a list before 分别 share, written
  -- once after the last (批发、零售销售额, 城镇、农村常住居民人均可支配收入)
  shared_heads = { "收入", "营业收入", "营收", "销售额", "营业额", "零售额", "成交额", "交易额",
    -- a standard of aid per head (居民医保和基本公共卫生服务经费人均财政补助标准分别)
    "人均财政补助标准", "财政补助标准", "补助标准",
    "余额", "贷款余额", "存款余额", "增加值", "产值", "投资", "产量", "利润", "总额", "数量", "人次",
    "人数", "居民收入", "人均收入", "人均可支配收入", "居民人均可支配收入", "常住居民人均可支配收入",
    -- the rate of growth of each (城乡居民收入稳步提高，增速分别为…)
    "增速", "增幅",
    -- what a region, an industry, a crop or a herd measures (锡林浩特市、二连浩特市
    -- 地区生产总值; 新型材料、清洁能源、装备制造产业产值; 小麦、玉米种植面积; 牛、羊饲养量)
    "地区生产总值", "生产总值", "产业产值", "产业增加值", "行业增加值", "种植面积", "播种面积",
    "饲养量", "出栏量", "存栏量" },
  -- the ends of the names of places below a province (新政镇、永乐镇地方税收
  -- 分别…; 秦安县、麦积区…分别): in a list of places before 分别, the head all
  -- share follows the last place's name (not 市 alone, which ends 超市 and
  -- opens 市场: paired_place_suffixes)
  place_suffixes = { "县", "区", "旗", "镇", "乡", "街道", "苏木" },
  -- the ends of places' names that count only in a list with a name ending
  -- in one of place_suffixes (东昌府区、临清市一般公共预算收入分别…: a city
  -- of a county's rank beside a district; not 大型超市、农贸市场)
  paired_place_suffixes = { "市", "州", "盟" },
  -- pair_words: one word for two things, { word, first, second }; opening
  -- the subject of two figures (城乡低保平均标准分别提高至778元/月、6818元/年;
  -- 城乡居民人均可支配收入增长6%和7.5%), each figure takes its half in the
  -- word's place (城市低保平均标准, 农村低保平均标准). Longest first wins.
  -- shared_modifiers: a modifier the first conjunct of a 分别 list opens
  -- with, written once for all (单位国内生产总值用水量、能耗、二氧化碳排放量分别
  -- 下降23%、15%、18%: 单位国内生产总值能耗, 单位国内生产总值二氧化碳排放量)
  shared_modifiers = { "单位国内生产总值", "单位地区生产总值", "单位生产总值", "单位GDP", "万元国内生产总值",
    "万元地区生产总值", "万元生产总值", "万元GDP" },
  -- rate_frames: what a figure is per, standing between its verb and it
  -- (城市低保标准提高到每月815元, 补助标准提高到每人每年240元): the verb is
  -- the figure's, and the subject ends before it
  rate_frames = { "每月", "每年", "每人", "每户", "每人每月", "每人每年", "每户每年", "每亩" },
  -- money_rates: the frames of a period right before a sum of money, which
  -- make it a standard paid each person or household per period, in the
  -- unit written after a sum too (提高到每人每月108元 is 108元/月, CNY/month);
  -- not 每年 alone, which sizes a yearly budget (每年安排140亿元), a sum; 每月
  -- counts only right before the sum or its verb (提高到每月815元), as all do
  money_rates = { { "每月", "CNY/month" }, { "每人每月", "CNY/month" }, { "每户每月", "CNY/month" },
    { "每人每年", "CNY/year" }, { "每户每年", "CNY/year" }, { "每生每年", "CNY/year" },
    { "月人均", "CNY/month" } },
  -- roll_call_words: the words of a meeting's roll call (应到代表548名，实到
  -- 代表521名): a figure they name counts who attended, no result or promise
  roll_call_words = { "应到", "实到", "出席", "缺席", "列席" },
  pair_words = {
    { "城乡低保", "城市低保", "农村低保" }, { "城乡最低生活保障", "城市最低生活保障", "农村最低生活保障" },
    { "城乡", "城镇", "农村" },
  },
  whole_words = whole_words,
  relative_verbs = relative_verbs,
  yardstick_verbs = yardstick_verbs,
  object_verbs = object_verbs,
  nominal_verbs = nominal_verbs,
  light_verbs = light_verbs,
  -- and verbs of adding that open a subject whose figure another verb gives
  -- (培育技术经理人超过600人: 技术经理人; 新认证绿色、有机农产品1000个以上)
  -- words that make what ends in 的 a clause on the noun after it, not its
  -- possessor (10家在全国有重要行业影响力的龙头链主企业, but 3个县的财政收入)
  relative_clause_words = { "有", "在", "具有", "拥有", "具备" },
  -- (and the backing_verbs: 支持神木市地区生产总值突破2200亿元)
  openers = concat(backing_verbs, { "推进", "统筹推进", "加快", "加快推进", "加速", "全力推进", "大力推进",
    "扎实推进", "持续推进", "积极推进", "着力", "聚焦", "稳住", "实施", "开展", "组织", "促进", "深化", "完成", "启动", "带动",
    "培育", "引进", "培育引进", "引育", "新培育", "组建", "新组建", "认证", "新认证", "新建", "打造", "创建" }),
  continuers = { "比", "占", "较", "同比",
    -- adverbs before the verb of the figure's own clause (沿黄生态廊道1194公里全线贯通)
    "全线", "顺利", "正式", "陆续", "相继", "先后",
    -- and those saying all of it was done (1000亿元全部拨付到位, 均已下达)
    "全部", "全额", "均已", "已全部",
    -- conjunctions that join another predicate (突破40万亿元并连续多年居世界首位)
    "并", "并且" },
  cues = {
    -- time words: years relative to the year the document plans (0 is 今年)
    -- calendar words count from the year of publication, which a report of
    -- December (planning the next year) does not share with its plan year
    { "今年", "time", years = { 0, 0 }, calendar = true },
    -- within the year, in its own clause (到2025年，…。示范区年内完成投资300亿元:
    -- this year's, not the deadline's)
    { "年内", "time", years = { 0, 0 }, calendar = true, scope = "clause" },
    { "今年内", "time", years = { 0, 0 }, calendar = true, scope = "clause" },
    -- the year so far (今年以来，全县完成固定资产投资120亿元 in news of October):
    -- what has come about
    { "今年以来", "time", years = { 0, 0 }, implies = "outcome", calendar = true },
    { "年初以来", "time", years = { 0, 0 }, implies = "outcome", calendar = true },
    { "明年", "time", years = { 1, 1 }, implies = "target", calendar = true },
    -- the year a report plans (新的一年，城镇新增就业3000人): its plan year
    -- whatever the month, so no calendar word
    { "新的一年", "time", years = { 0, 0 }, implies = "target" },
    { "新一年", "time", years = { 0, 0 }, implies = "target" },
    { "去年", "time", years = { -1, -1 }, implies = "outcome", calendar = true },
    { "一年来", "time", years = { -1, -1 }, implies = "outcome" },
    { "过去一年", "time", years = { -1, -1 }, implies = "outcome" },
    { "五年来", "time", years = { -5, -1 }, implies = "outcome" },
    { "过去五年", "time", years = { -5, -1 }, implies = "outcome" },
    { "过去的五年", "time", years = { -5, -1 }, implies = "outcome" },
    { "过去的一年", "time", years = { -1, -1 }, implies = "outcome" },
    { "这五年", "time", years = { -5, -1 }, implies = "outcome" },
    { "五年间", "time", years = { -5, -1 }, implies = "outcome" },
    { "过去五年间", "time", years = { -5, -1 }, implies = "outcome" },
    { "三年来", "time", years = { -3, -1 }, implies = "outcome" },
    { "过去三年", "time", years = { -3, -1 }, implies = "outcome" },
    { "过去的三年", "time", years = { -3, -1 }, implies = "outcome" },
    { "这三年", "time", years = { -3, -1 }, implies = "outcome" },
    { "过去两年", "time", years = { -2, -1 }, implies = "outcome" },
    -- four years, which a report of a term's fourth year reviews
    { "四年来", "time", years = { -4, -1 }, implies = "outcome" },
    { "过去四年", "time", years = { -4, -1 }, implies = "outcome" },
    { "这四年", "time", years = { -4, -1 }, implies = "outcome" },
    -- ten years, which a report reviews at a plan's or a term's end (十年来,
    -- 这十年: the State Council's of 2023)
    { "十年来", "time", years = { -10, -1 }, implies = "outcome" },
    { "过去十年", "time", years = { -10, -1 }, implies = "outcome" },
    { "这十年", "time", years = { -10, -1 }, implies = "outcome" },
    { "近十年", "time", years = { -10, -1 }, implies = "outcome" },
    { "近五年", "time", years = { -5, -1 }, implies = "outcome" },
    { "近三年", "time", years = { -3, -1 }, implies = "outcome" },
    -- the same with digits (近3年提升21个百分点，超过全国平均水平0.28个百分点),
    -- and two years back: within their clause, or fronted (近两年，…); not
    -- 近5年, which the reports use for a record's window (创近5年新高)
    { "近3年", "time", years = { -3, -1 }, implies = "outcome", scope = "clause" },
    { "近两年", "time", years = { -2, -1 }, implies = "outcome", scope = "clause" },
    { "两年来", "time", years = { -2, -1 }, implies = "outcome", scope = "clause" },
    -- the year a review opens its paragraphs with (这一年，我们…)
    { "这一年", "time", years = { -1, -1 }, implies = "outcome" },
    { "前三年", "time", years = { -4, -2 }, implies = "outcome", scope = "clause" },
    -- a streak (实际使用外资连续3年翻番) speaks of its own clause only:
    -- 连续3年提高养老金，新增参保85.6万人 gives the year's figure after it
    { "连续3年", "time", years = { -3, -1 }, implies = "outcome", scope = "clause", streak = true },
    { "连续三年", "time", years = { -3, -1 }, implies = "outcome", scope = "clause", streak = true },
    -- 三年攻坚行动 plans three years; in a review the three years before
    { "两年", "time", years = { 0, 1 }, implies = "target", past_years = { -2, -1 }, scope = "clause" },
    { "三年", "time", years = { 0, 2 }, implies = "target", past_years = { -3, -1 }, scope = "clause" },
    { "五年", "time", years = { 0, 4 }, implies = "target", past_years = { -5, -1 }, scope = "clause" },
    { "十年", "time", years = { 0, 9 }, implies = "target", past_years = { -10, -1 }, scope = "clause" },
    { "今后五年", "time", years = { 0, 4 }, implies = "target" },
    -- two years named by their first two (今明两年职业技能培训3500万人次以上)
    { "今明两年", "time", years = { 0, 1 }, implies = "target", calendar = true },
    { "明后两年", "time", years = { 1, 2 }, implies = "target", calendar = true },
    { "未来五年", "time", years = { 0, 4 }, implies = "target" },
    -- an annual average speaks of several years (年均增长5.9%): the span
    -- the figure is governed by, or the five years the document reviews or plans
    { "年均", "real", average = { 5 }, scope = "clause" },
    -- the mean growth over the years since the last normal one, which the
    -- reports after 2020 give beside the year's (增长6.9%，两年平均增长5.4%),
    -- counted back from the year the figure is of, in a plan too (backward:
    -- 今年增长6.5%以上，两年平均增长5%左右 in 2021 is of 2020-2021)
    { "两年平均", "real", average = { 2 }, scope = "clause", backward = true },
    { "三年平均", "real", average = { 3 }, scope = "clause", backward = true },
    { "全年", "time" }, { "年底", "time" }, { "年末", "time" },
    -- the paragraph of the year's main targets frames the figures after it:
    -- this year's, and the headline ones
    { "主要预期目标", "time", years = { 0, 0 }, implies = "target", headline = true },
    -- modality: words that make a figure a commitment (implies = "target");
    -- weak ones only where no time word frames the sentence (a review says
    -- 争取中央预算内投资118.5亿元 and 省级科技计划项目 of the past too), and
    -- only in their own clause: in another they are as often nouns of a
    -- programme done (便捷超充行动计划顺利完成，全年新能源汽车产量达到129.6万辆)
    { "力争", "modal", implies = "target" }, { "确保", "modal", implies = "target" },
    { "将", "modal", implies = "target" }, { "要", "modal", implies = "target" },
    { "目标", "modal", implies = "target", weak = true, scope = "clause" },
    { "计划", "modal", implies = "target", weak = true, scope = "clause" },
    { "预期", "modal", implies = "target" }, { "争取", "modal", implies = "target", weak = true, scope = "clause" },
    -- words that hold 要 and say no modality (以县城为重要载体): read whole
    { "重要", "modal", none = true }, { "主要", "modal", none = true }, { "需要", "modal", none = true },
    { "要素", "modal", none = true }, { "要求", "modal", none = true }, { "纲要", "modal", none = true },
    { "首要", "modal", none = true }, { "必要", "modal", none = true }, { "只要", "modal", none = true },
    { "要点", "modal", none = true },
    { "预期目标", "modal", implies = "target" },
    { "拟", "modal", implies = "target" },
    { "努力", "modal" }, { "任务", "modal" }, { "推动", "modal" }, { "加快", "modal" },
    -- realis: words that report what happened; scope = "clause" when they
    -- make a figure an outcome within their clause (此次行动共收缴…);
    -- perfective = true: the aspect of a thing done, which no plan says of
    -- its own figures (关税总水平已由15.3%降到12% where a plan's part stands)
    { "已", "real", implies = "outcome", scope = "clause", perfective = true },
    { "已经", "real", implies = "outcome", scope = "clause", perfective = true },
    -- reports_done: a task said done, before or after a figure of its
    -- sentence (全市筹集保障性租赁住房1.08万套，超额完成年度任务; 完成率104.2%):
    -- the sentence reports results, where nothing plans it
    { "超额完成", "real", reports_done = true }, { "完成率", "real", reports_done = true },
    { "全部完成", "real", reports_done = true }, { "如期完成", "real", reports_done = true },
    { "顺利完成", "real", reports_done = true }, { "全部建成", "real", reports_done = true },
    -- verbs of receiving speak of what came (今年获得第一批专项债77.9亿元);
    -- a plan says 争取获得, and its modality wins
    { "获得", "real", implies = "outcome", scope = "clause" },
    { "荣获", "real", implies = "outcome", scope = "clause" },
    -- sums = true: the figures after it in its clause are sums over the
    -- span reviewed (累计为29个省份保供煤炭超35亿吨), not levels at its end
    { "累计", "real", implies = "outcome", scope = "clause", sums = true },
    -- a recent event a story reports (日前…开展整治行动): what came of it, in
    -- the year the story was published; 此次行动，共收缴地笼9套 reports what
    -- the event brought (a realis word of its whole sentence)
    { "此次", "real", implies = "outcome", scope = "sentence" },
    { "日前", "time", years = { 0, 0 }, calendar = true, implies = "outcome" },
    { "近日", "time", years = { 0, 0 }, calendar = true, implies = "outcome" },
    -- opening its sentence as a clause of its own (截至9月底，全县完成投资220
    -- 亿元), it dates the whole sentence: opening_scope
    { "截至", "real", implies = "outcome", scope = "clause", opening_scope = "sentence" },
    -- a comparison with the year before reports a result (同比增长8.4%);
    -- reaches_back: opening the clause right after a figure with no verb, it
    -- reports that figure too (全年外贸进出口总额7471.4亿元，比上年下降0.2%)
    { "同比", "real", implies = "outcome", scope = "clause", reaches_back = true },
    { "比上年", "real", implies = "outcome", scope = "clause", reaches_back = true },
    -- a balance set against the start of its year (存款余额比年初增长7.2%)
    { "比年初", "real", implies = "outcome", scope = "clause" },
    { "较年初", "real", implies = "outcome", scope = "clause" },
    { "较上年", "real", implies = "outcome", scope = "clause", reaches_back = true },
    { "截止", "real", implies = "outcome", scope = "clause", opening_scope = "sentence" },
    { "目前", "real", implies = "outcome", scope = "clause" },
    { "完成", "real" }, { "实现", "real" }, { "达到", "real" }, { "取得", "real" }, { "成效", "real" },
    -- forecast: of the year a plan is for, a word of expecting says what
    -- the plan faces, no promise (预计今年高校毕业生1179万人)
    -- preliminary: the statistics bureau's own first accounting, which in
    -- its communiqué is the figure for the year (a report's is an estimate)
    { "预计", "estimate", forecast = true }, { "初步", "estimate" }, { "初步核算", "estimate", preliminary = true },
    -- the source of a provisional figure, opening its sentence (据初步统计，…)
    { "初步统计", "estimate", preliminary = true }, { "据初步统计", "estimate", preliminary = true },
    { "据初步核算", "estimate", preliminary = true }, { "经初步核算", "estimate", preliminary = true },
    { "据预计", "estimate", forecast = true },
    -- 初步 before a verb of coming about says a thing is partly done (安全保障体系
    -- 初步构建，首批18项…发布), not that the figures after it are provisional
    { "初步建立", "real" }, { "初步形成", "real" }, { "初步建成", "real" }, { "初步构建", "real" },
    { "初步实现", "real" }, { "初步成型", "real" }, { "初步遏制", "real" }, { "初步解决", "real" },
    { "初步显现", "real" }, { "初步完成", "real" },
    -- one person, one firm or one village (a feature story's 他又续贷3万元,
    -- 服装公司计划再招收60名工人, 村里有20多户): its figures are no figure
    -- of the region; 其他 and 他人 speak of no one in particular (read as
    -- words of their own, so 他 inside them is not)
    -- scope = "sentence": a person or a village stays the subject of the
    -- clauses after (他又续贷3万元，…实现稳定增收3万元以上); a firm's word,
    -- a villager's and 每人 do not (新增上市公司5家，直接融资1000亿元)
    { "他", "individual", scope = "sentence" }, { "她", "individual", scope = "sentence" },
    { "村里", "individual", scope = "sentence" }, { "该村", "individual", scope = "sentence" },
    { "全村", "individual", scope = "sentence" },
    -- counted = true: a count of them (8个公司, 项目公司3家) is many firms;
    -- per_head = true: after a standard's word (补助标准提高到每人每年670元)
    -- it states a rate the region sets, not one person's sum
    { "公司", "individual", counted = true }, { "村民", "individual" },
    { "每人", "individual", per_head = true }, { "每户", "individual", per_head = true },
    -- a group (他们) governs its own clause only: a report turns from them to
    -- the region within a sentence
    { "他们", "individual" }, { "她们", "individual" },
    { "其他", "individual", none = true }, { "他人", "individual", none = true },
    { "利他", "individual", none = true }, { "公司化", "individual", none = true },
    { "公司制", "individual", none = true }, { "上市公司", "individual", none = true },
    -- kinds of firms, many of them (新增跨国公司地区总部65家, 整合平台公司20家)
    { "跨国公司", "individual", none = true }, { "平台公司", "individual", none = true },
    -- one group of companies (贵州能源集团收入突破1000亿元), not a kind of
    -- them (培育百亿级企业集团5家, 城市医疗集团)
    { "集团", "individual", counted = true }, { "集团化", "individual", none = true },
    { "企业集团", "individual", none = true }, { "医疗集团", "individual", none = true },
    { "教育集团", "individual", none = true }, { "产业集团", "individual", none = true },
    { "国有集团", "individual", none = true }, { "国企集团", "individual", none = true },
    { "村民小组", "individual", none = true }, { "村民委员会", "individual", none = true },
    -- the province or the nation, named as a yardstick
    -- level: the administrative level the word speaks of (0 nation, 1
    -- province); a yardstick only in a document of another level
    { "全省", "compare", level = 1 }, { "全国", "compare", level = 0 },
    -- 全市 is the city's own, or a municipality's (重庆市 is a province);
    -- in a county's report it is the city above, but a county-level city
    -- (昆山市, own_suffix: the ending of the document region's name that
    -- makes the word its own) says 全市 of itself
    { "全市", "compare", level = { 1, 2 }, own_suffix = "市" },
    -- 全县: the county's own, and in a township's report (level 4) the county
    -- above; in a text of no known level, its own (known_level_only)
    { "全县", "compare", level = 3, known_level_only = true },
  },
  -- words right before a count that make it a streak (连续5次获评): the
  -- number of times, not a figure of the year
  streaks = { "连续", "蝉联" },
  -- a span of time alone where a subject would stand says when, not what
  -- (一般公共预算收入达到…，5年增长18.7%; 连续五年稳定在…, 近3年): the words
  -- before its numeral and 年 (besides the streaks) and after them
  span_openers = { "近", "最近", "过去", "前" },
  -- the objects of a light verb (verb_flags.light) that name a measure: a
  -- subject whose light verb's object ends so is the words before the verb
  -- and the object (重点项目完成投资: 重点项目投资); other objects are the
  -- verb's business (没有实现…能耗降低, 如期完成…配备), kept as written
  measured_objects = { "投资", "产值", "利润", "利税", "收入", "营收", "增加值", "销售额", "交易额",
    "营业额", "税收", "出口额", "进出口额" },
  span_closers = { "来", "间", "内", "以来", "中", "里" },
  -- words that introduce one private person by role, the person's name
  -- right after (脱贫户王承亮, 村民冯伟广, 负责人师法清): a paragraph opening so
  -- is a feature story, and its sentences naming the person are about them.
  -- Each is a cue too (role = true), so the scan finds them in a sentence.
  person_roles = person_roles,
  -- the common surnames (the first character of a person's name after a
  -- role word), the most frequent ones less those that are common words
  -- of their own (高, 于, 万, 安, 文): what tells 村民冯伟广 from 村民收入
  surnames = [[王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
    彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾
    夏 韦 付 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 钱 严 覃 武
    戴 莫 孔 汤 常 温 康 施 牛 樊 葛 邢 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 兰 焦
    俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 季 裴 霍 涂 苗 谷 盛 曲 翁 冉 骆 蓝 辛 靳 柴
    蒙 鲍 喻 祁 蒲 房 滕 屈 饶 牟 艾 尤 穆 卓 缪 褚 娄 窦 戚 岑 宫 费 冷 晏 席 卫 柏 宗 瞿 桂 佟 臧
    闵 苟 邬 卞 姬 师 仇 栾 隋 刁 巫 寇 桑 郎 甄 仲 虞 敖 巩 佘 麻 苑 迟 邝 匡 鞠 荆 冀 郁 胥 栗 燕
    鄢 谌 奚 粟 冼 蔺 闻 厉 仝 郜 阚 禹 漆 卿 狄 晋 扈 晁 芮 阙 邸 雍 辜 裘 亓 邰 赫 逯 茹 嵇 湛 戎]],
  -- the size of a kind of settlement (30户以上自然村, 1000人以上的村庄): a
  -- count of households or people (units) right before a settlement's word
  -- (heads, maybe after 的) names a category of villages, not a count; only
  -- words that head a noun phrase (农村, 社区 and 村 also modify one:
  -- 2000名农村科技特派员, 18名社区工作者, 100名村干部)
  settlement_sizes = { units = { "户", "person" },
    heads = { "自然村", "村寨", "村庄", "村落", "行政村", "小区", "院落", "村组",
      -- and classes by the pupils in them (66人以上超大班额)
      "班额", "大班额", "超大班额" } },
  -- a measure right before a noun is the size of each thing it names (过亿元
  -- 项目, 万吨级泊位) unless that noun phrase names the stuff measured: then
  -- the figure is an amount of it (设立20亿元省级母基金, 完成46.1万亩高标准农田
  -- 建设, 实施1000公里农村公路提级改造). A percentage before a noun is a share
  -- of it (覆盖90%乡镇卫生院) unless it names a rate (15%所得税优惠) or a top
  -- band (前1%学科).
  measured_stuff = { "资金", "基金", "贷款", "补贴", "经费", "债券", "国债", "奖补", "信贷", "限额", "额度",
    "农田", "耕地", "林地", "草原", "湿地", "用地", "土地", "公路", "国道", "省道",
    "铁路", "管网", "管道", "河道", "岸线", "线路", "电网", "产能", "粮食",
    -- crops and land worked (建设1500万亩小麦、2000万亩玉米高产示范区, 43.7万亩
    -- 废弃矿山复绿), power built (700万千瓦新型储能项目), goods sold
    "小麦", "玉米", "水稻", "大豆", "蔬菜", "果园", "茶园", "胶园", "矿山", "林草",
    "储能", "风电", "光伏", "农产品", "农畜产品" },
  -- words in a subject that make a percentage a growth (居民收入增幅6%) or a
  -- fall (能耗降幅3%) when no verb says so
  growth_words = { "增长", "增速", "涨幅", "增幅", "上涨" },
  decrease_words = { "下降", "降低", "降幅", "减少" },
  -- the words that open an aside restating a figure on another basis
  -- (一般公共预算收入增长1.7%（同口径增长2.5%以上）): the aside's figure is the region's
  restatements = { "同口径", "可比口径", "按可比口径", "按可比价", "按可比价格", "扣除", "剔除", "自然口径", "按自然口径" },
  -- the things a government's yearly list of works for the people counts:
  -- quoted as the list's name (办好“十件民生实事”), the count is still its
  -- promise, unlike a policy's name (稳经济“30条”, “三公里”就业圈)
  quoted_counts = { "民生实事", "为民办实事", "民生工程", "惠民实事", "民生项目" },
  -- programme_nouns: after a span of years (三年, 五年) they make it a
  --   programme's name (五年行动计划, 三年攻坚行动), no frame of the figure
  -- part_openers: words that open a part of the total before them in the
  --   sentence (累计推出259项成果，其中56项为全国首创): the part is of the total's period
  part_openers = { "其中" },
  -- record_windows: the words around a time word that make it the window of a
  --   record (创近三年新高, 1985年以来最高, 十年来最低), no period of a figure
  --   (after_since: after a word of years since, 十年来最低; not 2019年最高位的9.9%, a year's peak)
  -- goal_predicates: what a verb of pushing (the openers) pushes a thing to,
  -- ending its clause (推动中欧班列长安号高质量发展, 加快格尔木陆港建设): the
  -- thing is the topic of the figure after it that names none
  goal_predicates = { "高质量发展", "建设", "发展", "提质增效", "扩容提质", "做大做强", "提档升级", "转型升级",
    "创新发展", "加快发展", "健康发展" },
  -- extent_nouns: what names the extent of a change after its verb (提高幅度为
  -- 10%: the rise of what the clause before raises)
  extent_nouns = { "幅度" },
  -- summary_frames: the times right after an estimate cue that make it sum
  -- up the year (预计全年…；…: each figure of its list estimated), as a
  -- whole-region word does (预计全旗…)
  summary_frames = { "全年", "今年", "去年", "一年来" },
  -- the words after a year that make it the prices a figure is measured at
  -- (按2020年不变价计算, 2300元（2010年不变价）), no period
  price_bases = { "不变价", "可比价", "价格计算" },
  record_windows = { before = { "创" }, after = { "以来最", "以来首次", "以来新高", "以来新低" },
    after_since = { "最", "首次", "新高", "新低" } },
  -- circumstance_nouns: who the year planned brings, counted as a fact of it
  -- (今年高校毕业生1179万人): a circumstance the plan faces, no promise
  circumstance_nouns = { "高校毕业生", "应届高校毕业生", "高校毕业生人数", "应届毕业生", "新成长劳动力",
    "城镇新成长劳动力", "城镇新增劳动力", "新增劳动力", "城镇需就业劳动力" },
  -- target_yardsticks: a target named as what a figure is compared with
  -- (增长3.9%，低于年初预期目标1.1个百分点; 比预期低1.8个百分点): the figure
  -- and the gap are results, measured against the plan (comparisons: the
  -- words that compare, before the target's name)
  target_yardsticks = { comparisons = { "高于", "低于", "快于", "慢于", "超过", "超出", "比", "较" },
    names = { "年初预期目标", "年初目标", "预期目标", "年度目标", "计划目标", "预期" } },
  -- just_under: qualifiers of "about" that say the figure falls short of it
  -- (近500万亩: a little under 500万亩), as an outcome reaches no floor there
  just_under = { "近", "将近", "接近" },
  -- page_counters: the words of a web page's furniture that count its readers:
  -- a label a colon ends right before the figure (浏览次数：27406次; not 月访问
  -- 量保持在1000万人次, an app's use), words before it in its clause (本页已被
  -- 浏览15302次), or words right after it (您是本站第12386451位访问者)
  page_counters = { labels = { "浏览次数", "浏览量", "访问量", "阅读量", "阅读数", "点击量", "点击数", "访问次数" },
    before = { "被浏览", "已浏览" },
    after = { "位访问者", "访问者", "次浏览", "人浏览", "次阅读" },
    -- one of these stands in every word above: a sentence with none holds none
    marks = { "浏", "访", "阅", "点击" } },
  -- own_measures: what the government itself gives or forgoes; an amount of
  -- it the plan expects (预计全年退税减税约2.5万亿元, 预计比改革前减轻企业税负
  -- 5000多亿元) is the size of its own measure, a promise, no forecast
  own_measures = { "减税", "退税", "降费", "税负", "减负", "让利" },
  -- time_nouns: nouns that hold a time word, which there names no time
  -- (学前三年毛入园率: the three years before school)
  time_nouns = { "学前三年", "学前一年", "学前两年" },
  programme_nouns = { "行动", "计划", "规划", "攻坚", "工程", "专项",
    -- a ban over years (长江十年禁渔)
    "禁渔", "禁捕" },
  -- nouns after 年均 that make it a year's mean of a level (年均浓度, 年均气温),
  -- not an average over several years
  mean_nouns = { "浓度", "气温", "降水", "降雨", "水位", "湿度" },
  -- the nouns after a level of scale that name the scale itself (千亿级规模)
  scale_nouns = { "规模" },
  -- a population's unit: before 的 the count describes what holds it (13亿多
  -- 人口的大国, 拥有800万人口的城市), no figure reported of it
  describing_units = { "人口" },
  rate_nouns = { "税", "利率", "费率", "税率" },
  -- words after a percentage that make it a grant's rate (给予50%社保补贴,
  -- 研发费用100%加计扣除, 预留40%以上份额): a policy, no result
  grant_rates = { "补贴", "补助", "贴息", "扣除", "保费", "份额", "奖励", "奖补" },
  top_band_marks = { "前" },
  -- a compare word (全国, 全省) that names no larger region's figure
  -- (classify.scope_is_compared): own_deeds right after it (在全国率先, 全国
  -- 首创, 全国排名上升4位, 全国性赛事), an edition right before it (第四次全国文物普查), the
  -- region's own words or its share between it and the figure (全国百强县中我区
  -- 有4个, 全国市场占有率达到50%), or a title the region's things bear
  -- (titles, below); but 全国168个重点城市 and 全国首批5个国家公园 are the
  -- larger region's sets
  scope_names = {
    own_deeds = { "率先", "首创", "首家", "首个", "首店", "首发", "排名", "排位", "位次",
      "第", "前列", "首位", "性" },
    editions = { "届", "次" },
    own_region = { "我省", "我区", "我市", "我县", "我州", "我盟", "我旗" },
    -- the region's share of the larger one, or its ratio to its average
    -- (全国市场占有率达到50%以上, 约为全国平均的70%)
    shares = { "占有率", "份额", "比重", "占比", "平均的", "水平的" },
    -- titles the nation or the province confers: a count of things bearing
    -- one (全国重点实验室达6家, 全国文明城市8个) is the region's; so is a count
    -- after a verb of gaining before the word (新增全国…, 创建全国…: the
    -- lexicon's add verbs). Not 全省新增高新技术企业2000家, the province's.
    titles = { "重点实验室", "文明城市", "文明村镇", "文明单位", "示范", "百强", "先进", "优秀",
      "精品", "名特优新", "法治政府", "人大代表", "政协", "工程技术研究中心", "技术创新中心",
      "重点", "特色" },
  },
  -- words of a standard or a grant: a per-head word after one in its clause
  -- (补贴标准提高到每人100元/月, 给予每人1万元救助) states a rate
  -- (and the sums a policy pays or allows each person: 基础养老金提高到每人每月510元,
  -- 每人每年额度提高2000元)
  policy_standards = { "标准", "补助", "补贴", "救助", "奖励", "奖补", "给予", "发放", "养老金", "额度", "津贴", "待遇",
    "抚恤金", "补偿", "限额", "生活费" },
  -- the characters around a year that make it a baseline, not the period a
  -- figure speaks of: the start of a change (由2019年的9.9%, 从2020年的5.2万
  -- 元) or the year compared with (比2020年, 较2016年); but 从2027年起 opens
  -- the span it governs
  -- linked: 与 and 同 make a year compared with only before 相比 (2005年与2000年
  -- 相比; not 参与2026年…); after the figure they set a year beside it
  -- (与“十五五”目标衔接), no frame of it
  -- ends: the word before the year a 由/从 span runs to (从2020年的5.2万元提高到2025年的7.4万元)
  baselines = { starts = { "由", "从" }, compared = { "比", "较" }, opens_span = { "起", "以来" }, opens_alone = { "以来" },
    -- the verbs of being before a year and its 的 that make it the year a
    -- multiple is of (是2017年的1.4倍)
    multiple_of = { "是", "为" }, ends = { "到", "至" },
    -- the state in force, a figure after which a change starts from (将现行
    -- 16%的税率降至13%), as after 由
    present = { "现行", "现有" },
    -- compared_words: a year or a plan right after them is compared with (快于2024年1.8个百分点,
    -- 高于“十三五”时期1.2个百分点): the gap is the later period's; a level
    -- set against a year's (恢复到2019年的95%, 相当于2019年的1.1倍) is its own year's
    compared_words = { "快于", "慢于", "高于", "低于", "好于", "优于", "恢复", "相当于" },
    -- 与2000年相比, 与去年持平, 与上年基本持平, 与去年同期相比: a year set
    -- beside 与 or 同 and compared after it (the character after the time word)
    linked = { "与", "同" }, linked_after = { "相", "持", "基", "同" },
    -- a basis the year's work builds on (在去年的基础上建成…8个, 在去年布局5个
    -- 点位基础上): a time word between opens and closes, within one clause,
    -- dates the basis, not a figure after it
    -- (not_opening: words ending in the opener that open nothing: 现在2024年底)
    basis = { opens = { "在" }, closes = { "基础上" },
      not_opening = { "现在", "正在", "所在", "存在", "实在", "自在", "好在", "内在", "外在" } } },
  -- words after a year that make it part of a goal's name (实现2035年远景目标):
  -- it frames no figure in another clause
  year_names = { "远景目标", "远景" },
  -- the size of a set a region joins (成为全国首批5个国家公园之一, 入围首批20个
  -- 试点城市): one_of after the count, or a batch word before it after a verb
  -- of joining
  -- the nouns of a plan's own indicators: a count of them (五大类24个主要指标,
  -- 提出5项指标, 其中预期性指标19项) describes the plan, no figure of the region
  -- (the head of its noun phrase: a mark, the end or one of indicator_followers
  -- after it, not 5个指标监测站)
  -- a target named as such (经济增长预期目标调整为3.5%左右): the noun ending
  -- the subject, or it and a word of revising; with one of the verbs that
  -- set a figure, in a review it restates a target, no result (not 完成年度
  -- 目标的105%, which reports one, nor 比例超国家考核目标14.8个百分点)
  -- (fulfilment: words of an item that says a target was met or beaten,
  -- 完成省下达的目标任务, 高于7%的预期目标: the figure before is a result)
  target_names = { nouns = { "预期目标", "目标", "增长目标", "年度目标", "调控目标", "规划目标", "控制目标" }, revisions = { "调整", "下调", "上调", "调减", "调低" },
    fulfilment = { "完成", "实现", "超额", "达成", "高于", "超过", "超出", "快于", "好于", "优于", "低于" },
    verbs = { "为", "是", "调整为", "调整到", "下调为", "下调至", "定为", "设定为", "确定为" } },
  indicator_nouns = { "指标", "主要指标", "预期性指标", "约束性指标", "一级指标", "二级指标" },
  -- places a count names before the figure of them all (山区26县生产总值增长
  -- 7.5%, 13个设区市地区生产总值…: classify is_group_count), as the count's
  -- unit or right after it; not things (276个重点项目完成投资792亿元 counts
  -- the projects, a figure)
  group_nouns = { "县", "市", "区", "旗", "县市", "县市区", "县区", "区县", "设区市", "地市", "盟市", "州市", "市州", "地州",
    "旗县", "旗区", "乡镇", "街镇",
    "县（市、区）", "县(市、区)" },
  -- a verb of being before a count makes it how many did (全省有8个县…)
  existential_verbs = { "有" },
  -- what is under way, not the whole a part is counted of (3个项目在建中，…)
  ongoing_endings = { "在建中", "进行中", "实施中", "推进中", "建设中", "运营中", "审批中", "施工中" },
  -- words joining the items of a list of counts (1个盟市本级和10个旗县)
  list_joiners = { "和", "及", "与", "以及" },
  indicator_followers = { "不", "未", "首次", "全部", "均", "都", "已", "中", "和", "及", "与", "的" },
  -- words right before a share that make it a rank bracket (进入ESI全球前1%,
  -- 排名前1%): the top share of the ranked, a class, no figure of the region
  rank_brackets = { "排名前", "排行前", "全球前", "世界前", "全国前", "进入前", "跻身前", "位居前",
    "位列前", "居前", "排在前" },
  -- the nouns of a share (水质优良比例, 占比, 达标率): a count opening a clause
  -- that states one of them in % is the base the share is taken over
  -- (74个国控断面水质优良比例达到100%), not a figure
  share_nouns = { "比例", "占比", "比重", "比率", "率" },
  set_sizes = { one_of = { "之一" }, batches = { "首批", "第一批", "第二批", "第三批" },
    -- the field a rank is taken in, after the count of it (在12个盟市中排名第3位)
    among = { "中排名", "中位列", "中位居" },
    joining = { "入选", "入围", "成为", "列入", "纳入" } },
  -- classifiers of places and institutions: a count of them in the hundreds
  -- of millions or more is no count but a grade of each one's size, said
  -- before the noun it grades (地区生产总值超百亿县增至35个, 千亿园区)
  size_grades = { units = { "县", "市", "镇", "乡", "村", "园", "区", "校", "站" }, at_least = 1e8 },
  -- two-character words whose second character starts a number word: in
  -- 保持平稳 and 支持平台 there is no 持平 (growth of 0%)
  word_overlaps = { "保持", "支持", "维持", "坚持", "扶持", "主持", "把持", "挟持", "劫持" },
  -- a count of a list's items by what they are about (清单中有9项与卫生医药
  -- 有关): a count right before lead, with a word of relation (relations)
  -- closing its clause, describes the list, not a result
  topic_counts = { lead = { "与", "和", "同" }, relations = { "有关", "相关" } },
  -- words right before a figure that make it a limit approached without
  -- end (差错率无限接近于0%): an ideal, which no result meets or misses
  ideal_limits = { "无限接近于", "无限接近", "无限趋近于", "趋近于" },
  -- verbs right after a percentage's 的 that leave the 的 with no noun
  -- (对差错率大于5%的进行约谈): those above 5%, a category named by a rule
  category_verbs = { "进行", "予以", "给予", "一律", "视为" },
  -- words right before a percentage that make it the share of a plan done
  -- (城镇新增就业分别完成年计划的118.2%): met at 100
  -- nouns of one character that name what a figure counts by themselves
  -- (其中羊1230万只、牛186万头; 煤1.2亿吨): a subject, where another
  -- character left alone before a figure is an adverb or a particle
  one_char_nouns = { "羊", "牛", "猪", "鸡", "鸭", "鹅", "鱼", "马", "驴", "骡", "驼", "兔", "茶", "粮", "煤",
    "油", "气", "电", "棉", "麻", "菜", "果", "肉", "蛋", "奶", "盐", "糖" },
  -- words that frame a span of years as a clause of its own before what it
  -- spans (力争用三年时间，…; 今后三年，…; 三年内，…): such a span governs the
  -- clauses after it, as “十四五”时期，… does
  -- (为确保实现“十四五”目标，…年均增长6.5%: the plan's years too)
  span_frames = { "力争用", "争取用", "再用", "用", "今后", "未来", "时间", "内", "以内",
    "为确保实现", "为实现", "确保实现", "规划目标", "目标" },
  plan_shares = { "年计划的", "年度计划的", "全年计划的", "计划的", "目标任务的", "年度目标的",
    "年度目标任务的", "年度任务的", "全年目标任务的", "目标的", "任务的" },
  -- subject heads that count things done, not things that exist: such a
  -- count sums the years it speaks of (这五年，城镇新增就业124.27万人、高校
  -- 毕业生留省就业超过66万人), where 参保人数 or 企业 stand at their end
  flow_heads = { "就业", "培训", "转移", "安置", "救助", "资助", "接待", "招收", "招录", "吸纳",
    "帮扶", "惠及", "受益", "减负", "减税降费",
    -- people moved, one household after another (易地扶贫搬迁830万人 over five years)
    "搬迁" },
  -- verbs of crossing a threshold: 连续跨过3个万亿元大关 counts crossings;
  -- consecutive_crossings say 连续 in the verb itself (连跨4个万亿元台阶)
  crossing_verbs = { "跨过", "迈过", "跨越", "迈上", "跃上", "登上", "站上", "跨上", "连跨", "连迈" },
  consecutive_crossings = { "连跨", "连迈" },
  -- the tasks a government promises one by one, counted as its programme's
  -- size: a lone Chinese digit with a classifier before one counts them
  -- (办好十件民生实事 as 办好10件民生实事), where before another noun it is
  -- part of a name (三项制度改革, 四个全面); the catalogue's
  -- livelihood_projects matches the count a review reports (十件民生实事全部完成)
  task_nouns = { "民生实事", "重点民生实事", "惠民实事", "为民办实事", "实事", "民生工程", "民生项目" },
  -- words opening the share a list of numerators before 分别 writes once,
  -- after its last conjunct (数字经济核心产业增加值、战略性新兴产业增加值占地区
  -- 生产总值比重分别达到10%和15%: each numerator's share of 地区生产总值)
  share_frames = { "占" },
  -- words ending a phrase that names who acts, a level of government, before
  -- the verb (自治区层面统筹推进重大项目2200个, 省级统筹实施1000公里…改造): what
  -- is counted is the verb's object, the actor no part of the subject
  actors = { "层面", "省级", "市级", "县级", "各级政府", "各级财政" },
  -- verbs of doing that open a subject without being scanned as its verb
  -- (办理省人大代表建议4417件): a count of things done, summed over a span
  doing_openers = { "办理", "发射", "接待", "查处", "办结", "受理", "调解", "处置", "救治", "培养",
    -- things that came or were won one by one: 落户4个国家区域医疗中心, 2人当选院士
    "落户", "布局", "增设", "当选", "获评", "晋级", "荣获", "获",
    -- set up, raised or passed one at a time: 新设企业10.1万家, 筹集保障性住房30.3万套,
    -- 提请审议地方性法规草案41件, 制定政府规章72部
    "新设", "筹集", "开办", "提请", "制定", "立改废",
    -- problems solved and people helped, one case at a time (解决2.15亿农村人口饮水
    -- 安全问题, 帮助5000万人脱贫): summed over the span reviewed
    "解决", "帮助" },
  -- verbs after a count's noun (5条高铁建成运营, 6个遗址入选…, 10个县市获批…):
  -- the things counted came about one by one, so a review of a span counts
  -- them over the span, not as a level at its end
  events_after = { "建成", "投产", "获批", "入选", "投入使用", "并网", "获得", "获评", "通车", "竣工",
    "落地", "落户", "当选",
    -- people and counties out of poverty one by one (5575万农村贫困人口实现脱贫,
    -- 832个贫困县全部摘帽): summed over the span reviewed
    "脱贫", "摘帽", "出列", "退出", "销号",
    -- people moved or settled one by one (960多万贫困人口实现易地搬迁,
    -- 8000多万农业转移人口成为城镇居民, 落户城镇)
    "搬迁", "成为城镇居民", "进城落户", "转移就业" },
  -- stock_heads: a subject ending so names a stock, held at a time (电力总装机
  --   规模3.1亿千瓦, 建成智能算力超4.8万P): a review of a span reports its level
  --   at the span's end, unless a verb of change or one of stock_adders adds
  --   to it (新增装机1.7亿千瓦, 装机增长20%)
  -- (not 规模 or 总额 alone: 发行债券规模, 投资总额 are flows)
  stock_heads = { "总量", "装机", "装机容量", "装机规模", "总装机", "总长", "里程", "总里程", "保有量",
    "存量", "余额", "容量", "算力", "算力规模", "智算规模", "总数",
    -- a year's total said for the span reviewed is the last year's (农产品加工业营收超1万亿元)
    "营收", "营业收入", "产值", "总产值", "增加值", "生产总值", "销售额", "交易额", "零售总额", "进出口总额",
    "进出口总值", "总收入" },
  -- each_year: words that give a figure for every year of a span reviewed
  --   (城镇新增就业每年超过90万人): a flow over the span, not a level at its end;
  --   but not a rate's (每人每年670元, 为每位困难老人每年发放…: per_unit words
  --   before them in the clause)
  each_year = { "每年", "年年" },
  -- per_unit: words that make a figure a rate per person, household or
  --   other unit (每位老人, 每户, 人均), when they stand before each_year's
  per_unit = { "每", "人均", "户均" },
  stock_adders = { "新增", "净增", "新建", "增加", "增设", "新开工", "开工" },
  -- scale_heads: heads that name a stock when the figure is no sum of money
  --   (综合交通网总规模29.5万公里), a flow when it is (发行债券规模5000亿元)
  scale_heads = { "规模", "总规模" },
  -- the words that, opening a subject, make it the things added (五年新增高速公路
  -- 里程; not 增加, which opens 增加值)
  added_openers = { "新增", "净增", "新建", "增设", "新开工" },
  streak_units = { ["次"] = true, ["届"] = true, ["年"] = true, ["轮"] = true },
  -- spans of the calendar a count of 个 counts (连续33个榨季, 连续5个季度): after
  -- a streak word, the count is a streak too
  streak_spans = { "季度", "月", "榨季", "年度", "学年", "赛季", "周期", "星期", "工作日" },
  -- the nouns a top-level section's title ends with (一、2024年工作回顾,
  -- 三、2026年重点工作, 四、加强政府自身建设): where the scanner ends a title
  -- that runs on into its text when a report is pasted without line breaks
  heading_ends = { "工作回顾", "回顾", "工作安排", "重点工作", "主要工作", "主要目标", "目标任务", "目标和任务",
    "主要任务", "重大任务", "重点任务", "总体要求", "主要考虑", "自身建设", "的建议", "指导方针",
    "奋斗目标" },
  headings = {
    -- (执行情况, 完成情况: how a plan went, 主要目标任务完成情况; 推进情况:
    -- how its work went, （二）重点工作推进情况)
    review = { "回顾", "过去", "成就", "成绩", "一年来", "五年来", "总结", "进展", "执行情况", "完成情况",
      "推进情况", "落实情况", "实施情况", "运行情况", "进展情况" },
    plan = { "目标", "任务", "安排", "部署", "重点工作", "总体要求", "主要工作", "建议", "思路", "今年", "明年" },
  },
  -- where a work report's plan opens (meta.plan_opening), whether or not its
  -- headings are numbered: a line of its own of at most max_chars
  -- characters, with none of marks (no sentence: 中共中央关于…的建议 between
  -- 《 and 》 is none either, a line opening with one of closers after it),
  -- after a line ending with one of line_ends or a blank one, whose last
  -- heading word is a plan's and that holds no word of a target met
  -- (target_names.fulfilment) (2025年工作安排; not 一、过去五年工作回顾, nor
  -- 圆满完成全年目标任务); or one of phrases in the running text
  plan_opening = {
    max_chars = 30,
    marks = { "，", "。", "；", "！", "？", "《", "》", "：", ":", ",", ";" },
    line_ends = { "。", "！", "？", "：", "；", "”", "）", ":" },
    closers = { "》", "）", "」" },
    phrases = { "主要预期目标是", "主要预期目标为", "预期目标是：", "发展的主要目标是", "发展主要目标是",
      "总体要求是", "总体要求为" },
  },

  -- the parts of a year a figure may be of (上半年，全市地区生产总值增长5.2%):
  -- { word, first month, last month }; a range of months is also written
  -- 1-9月, 1—9月, 1至9月 (range_separators). A figure of a part answers
  -- no target of the whole year, and one of a part already past when the
  -- document was published is a result. year_whole_words after the part
  -- (上半年增长5.2%，全年增长5.5%) speak of the whole year again.
  year_parts = {
    { "上半年", 1, 6 }, { "下半年", 7, 12 }, { "一季度", 1, 3 }, { "第一季度", 1, 3 },
    { "二季度", 4, 6 }, { "第二季度", 4, 6 }, { "三季度", 7, 9 }, { "第三季度", 7, 9 },
    { "四季度", 10, 12 }, { "第四季度", 10, 12 }, { "前三季度", 1, 9 }, { "一至三季度", 1, 9 },
    { "前两个月", 1, 2 }, { "前三个月", 1, 3 }, { "前10个月", 1, 10 }, { "前11个月", 1, 11 },
  },
  -- between the ends of a range of months or years (1-9月, 2021—2025年)
  range_separators = { "-", "—", "–", "~", "～", "至" },
  -- after a month's number, a single month said as a period (1月份，全市规上
  -- 工业增加值增长8.1%; not 1月 alone, which opens a date: 1月13日)
  month_period = "月份",
  -- between two years said whole (2020年到2025年, 2020年至2025年): a span from
  -- one point in time to another, so a change over it starts at the first
  -- year's level (从17.9%提升到35.5%: 2020's), not at the year's before
  point_range_words = { "到", "至" },
  -- the end of the year before, compared with: no word of the whole year
  year_compared_words = { "上年末", "上年底", "去年末", "去年底" },
  year_whole_words = { "全年", "年末", "年底", "全年累计" },
  -- the end of the year as a point: a figure it dates with no verb is the
  -- level things stood at then (年末高新技术企业5.1万家), no year's additions
  year_end_words = { "年末", "年底", "截至年末", "截至年底", "截至去年底", "截至去年末" },

  -- the kinds of document a text's opening tells apart: the first whose
  -- words stand in the title, else the first whose words stand in the opening
  document_kinds = {
    { "work_report", words = { "政府工作报告", "代表国务院", "向大会报告工作", "向大会作政府工作报告" },
      authority = 1 },
    -- 2024年江苏省国民经济和社会发展统计公报: every figure a result of 2024;
    -- by its title only, as news quoting one (据统计公报显示) is no communiqué
    { "statistics", words = { "统计公报" }, title_only = true, reports_only = true, authority = 2 },
    -- 云水省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要: its
    -- targets are the plan period's, which its title names
    { "plan", words = { "规划纲要", "远景目标纲要" }, title_only = true, titled_span = true, authority = 1 },
    -- news: what is not one of the above. Before December it reports on the
    -- year under way (上半年…, 确保完成全年目标 in July); December's, of the
    -- economic work conference, plans the next (plans_from_month; a report
    -- plans the next year from July, a county's of December)
    -- A target it names as one (距离全年6%左右的预期目标) restates the plan's
    -- (restates_targets), no promise of its own.
    { "news", words = {}, plans_from_month = 12, restates_targets = true },
  },

  words = {
    { "翻两番", 4, "times" }, { "翻了两番", 4, "times" }, { "翻一番", 2, "times" },
    { "翻了一番", 2, "times" }, { "翻番", 2, "times" },
    -- no change: 与上年持平 is growth of 0%
    { "持平", 0, "%", measure = "growth" },
    { "首位", 1, "rank" }, { "榜首", 1, "rank" },
  },
}

-- the parts of a year are times, no part of a subject (地区生产总值上半年增长5.2%)
for _, row in ipairs(lexicon.year_parts) do table.insert(lexicon.fillers, row[1]) end

-- the markers of a list's items (一是…，二是…, 十四是…) open a subject and
-- name nothing: fillers
do
  local ones = { "一", "二", "三", "四", "五", "六", "七", "八", "九" }
  local numerals = {}
  for i, d in ipairs(ones) do numerals[i] = d end
  numerals[10] = "十"
  for i, d in ipairs(ones) do numerals[10 + i] = "十" .. d end
  numerals[20] = "二十"
  for _, n in ipairs(numerals) do table.insert(lexicon.fillers, n .. "是") end
  table.insert(lexicon.fillers, "首先")
  table.insert(lexicon.fillers, "其次")
end

-- streaks of any length (连续11年, 连续十二年, 连续二十年): the years before the
-- one reviewed, as 连续三年 says (its row above); the clause's own. A
-- streak promised (确保粮食总产量连续12年稳定在…) dates nothing: the plan's
-- year does (streak = true: classify time_cue_for)
do
  local ones = { "一", "二", "三", "四", "五", "六", "七", "八", "九" }
  local function numeral(n)
    if n < 10 then return ones[n] end
    local tens, unit = n // 10, n % 10
    return (tens > 1 and ones[tens] or "") .. "十" .. (unit > 0 and ones[unit] or "")
  end
  for n = 2, 40 do
    local written = { "连续" .. n .. "年", "连续" .. numeral(n) .. "年" }
    if n == 2 then written[#written + 1] = "连续两年" end
    for _, w in ipairs(written) do
      if w ~= "连续3年" and w ~= "连续三年" then
        table.insert(lexicon.cues, { w, "time", years = { -n, -1 }, implies = "outcome", scope = "clause",
          streak = true })
      end
    end
  end
end

-- The five-year plans (十五 … 十六五; earlier ones are not written bare in
-- reports of this century): the Nth runs from 1966 + 5 (N - 3). A plan's
-- name governs its clause; the kind it implies follows from its years and
-- the document's (classify.read_time_cue): a plan ended is reviewed, one to
-- come promised; under way, 以来 reviews the span so far (so_far: up to the
-- year the document reviews) and the bare name
-- implies nothing. 十五 is that plan only in quotes or with a word of the
-- plan (“十五”, 十五计划, 十五时期): bare, it is fifteen (十五分钟, 十五是 the
-- fifteenth item of a list).
do
  local numerals = { [10] = "十", [11] = "十一", [12] = "十二", [13] = "十三", [14] = "十四",
    [15] = "十五", [16] = "十六" }
  for n = 10, 16 do
    local name = numerals[n] .. "五"
    local first = 1966 + 5 * (n - 3)
    local years = { first, first + 4 }
    for _, written in ipairs({ name, "“" .. name .. "”" }) do
      if written ~= "十五" then
        table.insert(lexicon.cues, { written, "time", span = years, scope = "clause" })
      end
      table.insert(lexicon.cues, { written .. "以来", "time", span = years, implies = "outcome", so_far = true })
      table.insert(lexicon.cues, { written .. "时期", "time", span = years, scope = "clause" })
      table.insert(lexicon.cues, { written .. "期间", "time", span = years, scope = "clause" })
      -- its first or last years (“十四五”前四年地区生产总值年均增长5.3%: 2021-2024)
      for k, count in ipairs({ "两", "三", "四" }) do
        local span = k + 1
        for _, lead in ipairs({ "前", "头" }) do
          table.insert(lexicon.cues, { written .. lead .. count .. "年", "time", span = { first, first + span - 1 },
            scope = "clause" })
        end
        table.insert(lexicon.cues, { written .. "后" .. count .. "年", "time", span = { first + 5 - span, first + 4 },
          scope = "clause" })
      end
    end
  end
  table.insert(lexicon.cues, { "十五计划", "time", span = { 2001, 2005 }, scope = "clause" })
  -- the plans by their full names (第十四个五年规划, 第十个五年计划), as a
  -- plan's title writes them
  for n = 10, 16 do
    local first = 1966 + 5 * (n - 3)
    for _, noun in ipairs({ "规划", "计划" }) do
      table.insert(lexicon.cues, { "第" .. numerals[n] .. "个五年" .. noun, "time", span = { first, first + 4 },
        scope = "clause" })
    end
  end
end

-- the person roles as cues: a role says nothing of its clause by itself
-- (none = true; 脱贫户人均纯收入 is the region's) unless its row already
-- makes it an individual's (村民)
do
  local row_of = {}
  for _, row in ipairs(lexicon.cues) do row_of[row[1]] = row end
  for _, word in ipairs(person_roles) do
    local row = row_of[word]
    if row then
      row.role = true
    else
      table.insert(lexicon.cues, { word, "individual", none = true, role = true })
    end
  end
end

return lexicon
