-- The word tables the C scanner works from. Edit them, or pass your own
-- with duixian.scanner{lexicon = ...}: nothing here needs a recompile.
--
-- units:      { word, unit, measure = true } -- unit in the gold vocabulary;
--             measure marks a unit that a bare Chinese digit may carry (两倍)
--             where a classifier may not (一个 is no quantity).
-- mults:      { word, power of ten }
-- stops:      words that, after a number, make it a date, a duration or a name
-- before:     qualifiers before a number { word, cmp } (cmp false: only looks
--             like one, e.g. 通过 ends in 过)
-- after:      qualifiers after a number and its unit
-- verbs:      what a number does; matched longest first, right before it
-- fillers:    trimmed from either end of a subject
-- separators: between the items of a list
-- relative_verbs: verbs whose figure is about the subject of the figure
--             before (增长14%，高于全省3个百分点，居全省第5位)
-- cues:       { word, class }; class is time, modal, real, estimate, compare
-- words:      number words { word, value, unit }

local function classifiers(list)
  local t = {}
  for word in list:gmatch("%S+") do t[#t + 1] = { word } end
  return t
end

local units = {
  { "%", "%", measure = true },
  { "个百分点", "pp", measure = true },
  { "百分点", "pp", measure = true },
  { "倍", "times", measure = true },
  { "元", "CNY", measure = true },
  { "美元", "USD", measure = true },
  { "人民币", "CNY", measure = true },
  { "人次", "person-time" },
  { "人", "person" },
  { "名", "person" },
  { "亩", "mu", measure = true },
  { "平方米", "m2", measure = true },
  { "平方公里", "km2", measure = true },
  { "斤", "jin", measure = true },
  { "公斤", "kg", measure = true },
  { "吨", "t", measure = true },
  { "公里", "km", measure = true },
  { "千米", "km", measure = true },
  { "千瓦", "kW", measure = true },
  { "兆瓦", "kW", measure = true, exp = 3 },
  { "千瓦时", "kWh", measure = true },
  { "立方米", "m3", measure = true },
  { "天", "day", measure = true },
  { "个位次", "位次" },
  { "位次", "位次" },
  { "剂次", "剂次" },
  { "轮次", "轮次" },
  { "标准箱", "TEU", measure = true },
}
-- counts keep their classifier as the unit
for _, c in ipairs(classifiers([[
  个 家 所 条 座 处 项 场 套 户 张 件 台 辆 艘 种 次 路 位 栋 间 块 棵 株 只 头
  架 支 部 册 篇 期 批 宗 起 例 床 村 市 县 镇 校 园 站 座次 班 列 趟 组 份
  款 门 盏]]) ) do
  units[#units + 1] = c
end

return {
  units = units,
  mults = { { "万亿", 12 }, { "亿", 8 }, { "万", 4 }, { "千", 3 } },
  stops = {
    "年", "月", "日", "号", "时", "点", "分钟", "小时", "周年", "周岁", "岁",
    "个月", "个工作日", "届", "次会议", "版", "楼", "层", "强", "大", "连",
    "个一", "项举措", "代", "世纪", "后", "个方面", "大类",
  },
  before = {
    { "不低于", ">=" }, { "不少于", ">=" }, { "至少", ">=" }, { "最少", ">=" },
    { "超过", ">" }, { "超", ">" }, { "突破", ">" }, { "过", ">" }, { "逾", ">" },
    { "多于", ">" }, { "高出", false }, { "通过", false }, { "经过", false }, { "不超过", "<=" },
    { "控制在", "<=" }, { "最多", "<=" }, { "不高于", "<=" }, { "不到", "<" },
    { "低于", "<" }, { "小于", "<" }, { "不足", "<" }, { "约", "~" }, { "大约", "~" },
    { "近", "~" }, { "将近", "~" }, { "接近", "~" }, { "附近", false }, { "最近", false },
    { "左右", false },
  },
  after = {
    { "以上", ">=" }, { "左右", "~" }, { "以内", "<=" }, { "以下", "<=" },
    { "上下", "~" }, { "多", ">" }, { "余", ">" }, { "之内", "<=" },
  },
  verbs = {
    "增长", "下降", "上涨", "上升", "降低", "提高", "提升", "达到", "达", "新增",
    "新建", "改扩建", "改建", "扩建", "新改建", "新改扩建", "新开工", "开工", "建成", "完成",
    "实现", "稳定在", "保持在", "控制在", "降至", "降到", "增至", "增加到", "增加至",
    "提高到", "提高至", "提升到", "提升至", "增加", "减少", "缩小至", "缩小到", "突破",
    "超过", "高于", "低于", "快于", "慢于", "优于", "居", "位居", "列", "培育", "打造",
    "创建", "引进", "引育", "入库", "实施", "推进", "开展", "举办", "放映", "拜访", "改造",
    "发放", "培训", "淘汰", "造林", "清出", "发行", "带动", "争创", "争取", "建设",
    "创成", "认定", "入选", "获批", "投入", "惠及", "转移", "吸纳", "安置", "帮扶", "救助",
    "资助", "收缴", "清理", "组织", "整合", "辐射", "扶持", "净增", "跃升", "累计",
    "涨幅", "增幅", "增速", "占比", "比重", "为", "是", "总计", "共计", "合计",
    "招引", "签约", "落地", "开通", "通车", "建立", "设立", "提供", "覆盖", "新批", "获得",
    "用好", "排查随访", "缔结", "增收节支", "减税降费",
  },
  fillers = {
    "全市", "我市", "本市", "全县", "全区", "全年", "今年", "去年", "明年", "预计",
    "力争", "确保", "争取", "努力", "其中", "同时", "累计", "共", "均", "分别", "比上年",
    "同比", "较上年", "比去年", "全省", "全国", "要", "将", "并", "都", "已", "已经",
    "一年来", "五年来", "过去一年", "过去五年", "实现", "进一步", "共有", "达", "持续",
    "大力", "重点", "主要", "初步", "约", "年均", "转为", "转而",
  },
  separators = { "、", "和", "及", "与", "以及", "," },
  relative_verbs = { "高于", "低于", "快于", "慢于", "优于", "居", "位居", "提高", "下降",
    "增长", "上升", "降低", "增加", "减少" },
  cues = {
    { "今年", "time" }, { "去年", "time" }, { "明年", "time" }, { "前三年", "time" },
    { "全年", "time" }, { "一年来", "time" }, { "过去一年", "time" }, { "五年来", "time" },
    { "过去五年", "time" }, { "这五年", "time" }, { "三年来", "time" }, { "近三年", "time" }, { "连续3年", "time" },
    { "连续三年", "time" }, { "三年", "time" }, { "五年", "time" }, { "十四五", "time" },
    { "“十四五”", "time" }, { "十三五", "time" }, { "“十三五”", "time" }, { "十五", "time" },
    { "十一五", "time" }, { "“十一五”", "time" }, { "“十五”", "time" }, { "今后五年", "time" },
    { "未来五年", "time" }, { "年底", "time" }, { "年末", "time" },
    { "力争", "modal" }, { "确保", "modal" }, { "将", "modal" }, { "要", "modal" },
    { "目标", "modal" }, { "计划", "modal" }, { "预期", "modal" }, { "争取", "modal" },
    { "努力", "modal" }, { "主要预期目标", "modal" }, { "预期目标", "modal" },
    { "任务", "modal" }, { "拟", "modal" }, { "推动", "modal" }, { "加快", "modal" },
    { "完成", "real" }, { "实现", "real" }, { "达到", "real" }, { "已", "real" },
    { "累计", "real" }, { "已经", "real" }, { "此次", "real" }, { "截至", "real" },
    { "截止", "real" }, { "目前", "real" }, { "取得", "real" }, { "成效", "real" },
    { "预计", "estimate" }, { "初步", "estimate" }, { "初步核算", "estimate" },
    { "全省", "compare" }, { "全国", "compare" },
  },
  words = {
    { "翻两番", 4, "times" }, { "翻了两番", 4, "times" }, { "翻一番", 2, "times" },
    { "翻了一番", 2, "times" }, { "翻番", 2, "times" },
  },
}
