-- The subject and the verb the scanner gives each figure, by the class of
-- wording that made them wrong before: each case is a short phrase of a
-- provincial report, with the exact subject and verb expected.
local duixian = require "duixian"

local META = { published = "2026-02-05", region = "安徽省", kind = "work_report" }

-- The subject and verb of the mention whose raw text is raw.
local function of(text, raw)
  for _, m in ipairs(assert(duixian.scan(text, META))) do
    if m.raw == raw then return { m.subject, m.verb } end
  end
  error("no mention " .. raw .. " in " .. text)
end

describe("duixian.scan subjects and verbs", function()
  it("takes a rank's verb past its scope, the subject before the verb", function()
    assert.are.same({ "光储产业综合竞争力", "居" }, of("光储产业综合竞争力居全国第3位。", "第3位"))
    assert.are.same({ "规上工业增加值", "增速居" }, of("规上工业增加值增速居全国第4位。", "第4位"))
    assert.are.same({ "服务贸易进出口总额", "居" }, of("服务贸易进出口总额居中部首位。", "首位"))
    -- a filler between the subject and the verb: 均
    assert.are.same({ "道德模范、“中国好人”数量", "居" },
      of("全国道德模范、“中国好人”数量均居全国第1位。", "第1位"))
  end)

  it("gives a list item its own rank verb, not the verb of the item before", function()
    assert.are.same({ "出口量", "居" }, of("工业机器人产量增长35.3%、出口量居全国第2位。", "第2位"))
  end)

  it("keeps the yardstick of a comparison out of the subject", function()
    assert.are.same({ "制造业投资", "增速高于" }, of("制造业投资增速高于全省6.7个百分点。", "6.7个百分点"))
    assert.are.same({ "税收收入", "增速快于" },
      of("税收收入增速快于一般公共预算收入6.1个百分点。", "6.1个百分点"))
  end)

  it("takes no subject from the yardstick of a comparison opening its clause, but the figure's before it", function()
    assert.are.same({ "规模以上工业增加值", "高于" },
      of("规模以上工业增加值增长4.3%，高于全省平均水平1.2个百分点。", "1.2个百分点"))
    assert.are.same({ "高中阶段毛入学率", "高于" }, of("高中阶段毛入学率达到93%，高于全国平均水平1.2个百分点。", "1.2个百分点"))
  end)

  it("finds no verb inside a head noun", function()
    -- 增加 of 增加值: the verb is 高于 after it
    assert.are.same({ "规上民营工业增加值", "增速高于" },
      of("规上民营工业增加值增速高于全部规上工业2.3个百分点。", "2.3个百分点"))
    -- 居 of 居民: no verb after the count, whose noun is 居民
    assert.are.same({ "居民", "" }, of("113项居民服务事项长三角“一卡通办”。", "113项"))
  end)

  it("does not cut a word that opens with a filler or a separator", function()
    assert.are.same({ "并购重组", "完成" }, of("完成并购重组397起。", "397起"))
    assert.are.same({ "和美乡村", "新增" }, of("新增和美乡村200个。", "200个"))
    assert.are.same({ "约束性指标", "" }, of("其中预期性指标19项、约束性指标9项。", "9项"))
    -- 再 is a filler (再改造), not in the instruments of finance named re-
    assert.are.same({ "再贷款额度", "新增" }, of("新增再贷款额度3000亿元。", "3000亿元"))
    assert.are.same({ "再担保业务规模", "" }, of("再担保业务规模200亿元。", "200亿元"))
    -- 重点 is an adverb (重点推进), but 重点项目 and 重点实验室 are nouns
    assert.are.same({ "重点项目", "实施" }, of("实施重点项目500项。", "500项"))
    assert.are.same({ "重点实验室", "新增" }, of("新增全国重点实验室15家。", "15家"))
    -- and so are the key places, firms and fields a figure is of
    assert.are.same({ "重点镇投资", "完成" }, of("重点镇完成投资3亿元。", "3亿元"))
    assert.are.same({ "重点人群家庭医生签约服务覆盖率", "达到" }, of("重点人群家庭医生签约服务覆盖率达到95%。", "95%"))
  end)

  it("cuts 完成 or 启动 opening the clause, which govern the phrase after them", function()
    assert.are.same({ "老旧小区", "改造" }, of("完成老旧小区改造600个。", "600个"))
    assert.are.same({ "城中村", "改造" }, of("启动城中村改造3万户。", "3万户"))
    assert.are.same({ "特殊困难老年人家庭适老化", "改造" }, of("完成特殊困难老年人家庭适老化改造2.5万户。", "2.5万户"))
  end)

  it("does not cut a place whose name opens with a filler or a separator (达州市, 和田地区)", function()
    assert.are.same({ "达州市地区生产总值", "增长" }, of("达州市地区生产总值增长6.1%。", "6.1%"))
    assert.are.same({ "和田地区地区生产总值", "增长" }, of("和田地区地区生产总值增长7%。", "7%"))
    assert.are.same({ "达拉特旗新能源装机规模", "突破" }, of("达拉特旗新能源装机规模突破300万千瓦。", "突破300万千瓦"))
  end)

  it("lists every such place of the gazetteer as a whole word (but 和县, which stands in lists: 城市和县城)", function()
    local lexicon = require("duixian.data").load("lexicon")
    local whole = {}
    for _, w in ipairs(lexicon.whole_words) do whole[w] = true end
    local missing = {}
    for _, row in ipairs(require("duixian.data").load("gazetteer").units) do
      for _, name in ipairs({ row[2], row[5] }) do
        for _, lists in ipairs({ lexicon.fillers, lexicon.separators }) do
          for _, w in ipairs(lists) do
            if #w < #name and name:sub(1, #w) == w and not whole[name] and name ~= "和县" then
              missing[#missing + 1] = name
            end
          end
        end
      end
    end
    assert.are.same({}, missing)
  end)

  it("trims an adverb between the subject and its verb", function()
    assert.are.same({ "出口", "增长" }, of("出口逆势增长17.8%。", "17.8%"))
    assert.are.same({ "集装箱吞吐量", "突破" }, of("集装箱吞吐量历史性突破千万标箱。", "突破千万标箱"))
  end)

  it("takes the subject after the figure when only an adverb stands before the verb", function()
    assert.are.same({ "项目", "推进" }, of("滚动推进163个项目。", "163个"))
    assert.are.same({ "国家引才引智基地", "建设" }, of("加快建设17个国家引才引智基地。", "17个"))
  end)

  it("cuts a quotation mark left open at the end of a subject", function()
    assert.are.same({ "稳经济", "推出" }, of("推出稳经济“30条”政策。", "30条"))
  end)

  it("trims a list bullet or a heading's mark", function()
    assert.are.same({ "市民热线办结率", "达" }, of("● 市民热线办结率达99.8%。", "99.8%"))
    assert.are.same({ "城乡低保标准", "提高到" }, of("⑤城乡低保标准提高到740元/月。", "740元/月"))
  end)

  it("ends the subject where a qualifier holding a verb starts", function()
    assert.are.same({ "城乡低保标准", "低于" }, of("城乡低保标准不低于740元/月。", "不低于740元/月"))
  end)

  it("reads a list of verbs as one verb (新建、改造)", function()
    assert.are.same({ "高标准农田", "新建、改造" }, of("新建、改造高标准农田200.9万亩。", "200.9万亩"))
    assert.are.same({ "排水管网", "新建和改造" }, of("新建和改造排水管网2100公里。", "2100公里"))
  end)

  it("starts a list item after the noun of the figure before", function()
    assert.are.same({ "人民币存款、贷款余额", "突破" },
      of("人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。", "突破9万亿元"))
    assert.are.same({ "中试平台", "培育" }, of("新培育10个概念验证中心、20个中试平台。", "20个"))
  end)

  it("takes the noun after a count for the subject when the words before end in 的", function()
    assert.are.same({ "港口", "达" }, of("西部陆海新通道通达127个国家和地区的555个港口。", "555个"))
    assert.are.same({ "省重点项目", "推进" }, of("推进好总投资1.78万亿元的289个省重点项目。", "289个"))
    -- a share of what is before 的 has no noun after it
    assert.are.same({ "占全省一般公共预算支出的", "" }, of("民生类重点支出4437亿元、占全省一般公共预算支出的68%。", "68%"))
  end)

  it("takes the noun after a count in a classifier when the words before name instances, a batch or a place", function()
    -- instances listed before it, ending in 等 or a list of names
    assert.are.same({ "品牌", "" }, of("竹叶青等14个品牌入选中华老字号。", "14个"))
    assert.are.same({ "县市", "" }, of("咸丰、大冶、枝江3个县市入选全国乡村治理典型案例。", "3个"))
    assert.are.same({ "高速公路", "" }, of("京港澳和沪昆扩容、张官等17条高速公路建成通车。", "17条"))
    -- also after a verb (开工|长深高速改扩建等2个项目)
    assert.are.same({ "市级重点项目", "建成投用" },
      of("建成投用重庆东站、渝湘复线高速等340个市级重点项目。", "340个"))
    -- a batch or a place before it
    assert.are.same({ "闽台融合发展重点项目", "" }, of("首批121个闽台融合发展重点项目完成投资超千亿元。", "121个"))
    assert.are.same({ "高水平大学", "" }, of("省外12所高水平大学帮扶我省高校学科建设。", "12所"))
    -- not the rest of a unit, nor the level a count of steps crosses
    assert.are.same({ "筹集保障性租赁住房", "" }, of("筹集保障性租赁住房3929套（间）。", "3929套"))
    assert.are.same({ "地区生产总值", "连跨" }, of("全省地区生产总值连跨3个千亿级台阶。", "3个"))
    -- a measure in a classifier sizes no noun after it (营造林319万亩)
    assert.are.same({ "高标准农田", "新建" }, of("新建高标准农田200万亩。", "200万亩"))
  end)

  it("takes the noun after a count for the verb's object, whoever acts before the verb", function()
    assert.are.same({ "省级“两业”融合标杆企业", "培育" }, of("新培育20家省级“两业”融合标杆企业。", "20家"))
    assert.are.same({ "国际航线", "开通" }, of("新开通5条国际航线。", "5条"))
    assert.are.same({ "全国首创举措", "推出" }, of("自贸试验区推出111项全国首创举措。", "111项"))
    -- a count of batches before the count of things is their measure
    assert.are.same({ "制度集成创新案例", "发布" }, of("新发布3批18项制度集成创新案例。", "3批"))
    assert.are.same({ "制度集成创新案例", "发布" }, of("新发布3批18项制度集成创新案例。", "18项"))
    assert.are.same({ "省属国企", "" }, of("6组10家省属国企实现战略性重组。", "10家"))
    assert.are.same({ "防返贫监测对象", "" }, of("6.1万户14.2万名防返贫监测对象稳定消除风险。", "6.1万户"))
    -- a list item in a classifier counts the noun after it
    assert.are.same({ "具体举措", "出台" }, of("相继出台43条、16条具体举措。", "16条"))
    -- a verb inside a whole word ends no noun (为民办实事)
    assert.are.same({ "为民办实事项目", "推进" }, of("扎实推进30项为民办实事项目。", "30项"))
    -- and a whole word of the lexicon is read whole: 为 of 华为 is no verb
    assert.are.same({ "华为云生态企业", "培育" }, of("累计引进和培育150家以上华为云生态企业。", "150家以上"))
  end)

  it("spells out a pair word (城乡) opening the subject of two figures, each its half", function()
    local text = "城乡低保平均标准分别提高至778元/月、6818元/年。"
    assert.are.same({ "城市低保平均标准", "提高至" }, of(text, "778元/月"))
    assert.are.same({ "农村低保平均标准", "提高至" }, of(text, "6818元/年"))
    text = "城乡居民人均可支配收入分别增长5.1%和6.6%。"
    assert.are.same({ "城镇居民人均可支配收入", "增长" }, of(text, "5.1%"))
    assert.are.same({ "农村居民人均可支配收入", "增长" }, of(text, "6.6%"))
    -- two figures joined by a separator alone, with no 分别
    assert.are.same({ "农村居民人均可支配收入", "增长" }, of("城乡居民人均可支配收入增长6%和7.5%。", "7.5%"))
    -- one figure, or two with verbs of their own, keep the word
    assert.are.same({ "城乡居民收入比", "缩小到" }, of("城乡居民收入比缩小到2.1。", "2.1"))
    assert.are.same({ "城乡居民人均可支配收入", "增长" }, of("城乡居民人均可支配收入达到3.2万元、增长5%。", "5%"))
  end)

  it("ends the subject before its verb where what the figure is per stands between (提高到每月815元)", function()
    assert.are.same({ "城市低保标准", "提高到" }, of("城市低保标准提高到每月815元。", "815元"))
    assert.are.same({ "城镇居民医保补助标准", "提高到" }, of("城镇居民医保补助标准提高到每人每年240元。", "240元"))
    assert.are.same({ "农村低保标准", "提高到" }, of("城乡低保标准提高到每月815元和615元。", "615元"))
  end)

  it("gives each conjunct of a 分别 list the modifier the first opens with (单位国内生产总值…、能耗)", function()
    local text = "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。"
    assert.are.same({ "单位国内生产总值用水量", "下降" }, of(text, "23%"))
    assert.are.same({ "单位国内生产总值能耗", "下降" }, of(text, "15%"))
    assert.are.same({ "单位国内生产总值二氧化碳排放量", "下降" }, of(text, "18%"))
  end)

  it("gives each of a list of parallel modifiers the head the last writes (牛、羊饲养量; …、装备制造产业产值)", function()
    assert.are.same({ "牛饲养量", "达到" }, of("牛、羊饲养量分别达到20.5万头、63.8万只。", "20.5万头"))
    local text = "新型材料、清洁能源、装备制造产业产值分别增长12%、15%、9%。"
    assert.are.same({ "新型材料产业产值", "增长" }, of(text, "12%"))
    assert.are.same({ "清洁能源产业产值", "增长" }, of(text, "15%"))
    assert.are.same({ "石化产业增加值", "增长" }, of("食品、石化、信息等产业增加值分别增长7.5%、11.5%、6%。", "11.5%"))
    text = "锡林浩特市、二连浩特市地区生产总值分别增长7.2%、8.5%。"
    assert.are.same({ "锡林浩特市地区生产总值", "增长" }, of(text, "7.2%"))
    -- not a head cut inside a word (制造业、普惠小微贷款余额)
    assert.are.same({ "制造业", "增长" }, of("制造业、普惠小微贷款余额分别增长10.7%、13.3%。", "10.7%"))
  end)

  it("gives each conjunct of a 分别 list the object of the verb after 分别 for its head (分别完成投资)", function()
    local text = "交通、能源、水利分别完成投资3252亿元、2140亿元、748亿元。"
    assert.are.same({ "交通投资", "完成" }, of(text, "3252亿元"))
    assert.are.same({ "水利投资", "完成" }, of(text, "748亿元"))
    text = "东城区、西城区分别新建公园3个、5个。"
    assert.are.same({ "东城区公园", "新建" }, of(text, "3个"))
    assert.are.same({ "西城区公园", "新建" }, of(text, "5个"))
    -- not a verb with no object, a yardstick (年计划的) or a share's frame
    assert.are.same({ "东城区", "增长" }, of("东城区、西城区分别增长5%、6%。", "5%"))
    assert.are.equal("城镇新增就业", of("城镇新增就业、新增发放创业担保贷款分别完成年计划的113.4%、256.1%。", "113.4%")[1])
    -- nor a head the conjunct already ends with (…信用贷款、…试点分别发放贷款)
    text = "中小企业信用贷款、农村抵押贷款改革试点分别发放贷款671亿元、86亿元。"
    assert.are.same({ "中小企业信用贷款", "发放" }, of(text, "671亿元"))
    assert.are.same({ "农村抵押贷款改革试点贷款", "发放" }, of(text, "86亿元"))
  end)

  it("reads a growth net of prices (实际增长) as the verb, 实际 opening a subject as the subject's", function()
    assert.are.same({ "居民人均可支配收入", "实际增长" }, of("全省居民人均可支配收入实际增长6.1%。", "6.1%"))
    assert.are.same({ "实际使用外资", "" }, of("实际使用外资118.1亿美元。", "118.1亿美元"))
  end)

  it("reads a sum issued or handed down (增发1万亿元国债, 下达1000亿元资金) as the amount of the noun after it", function()
    assert.are.same({ "国债", "增发" }, of("增发1万亿元国债。", "1万亿元"))
    assert.are.same({ "资金", "下达" }, of("下达1000亿元资金。", "1000亿元"))
    -- the bonds named for it are one word: no verb inside (增发国债高标准农田)
    assert.are.same({ "增发国债高标准农田", "建设" }, of("建设增发国债高标准农田1040万亩。", "1040万亩"))
    local national = { published = "2025-03-05", region = "全国", kind = "work_report" }
    local ms = assert(duixian.scan("一、2024年工作回顾\n一次性增加6万亿元地方政府债务限额。", national))
    assert.are.same({ "outcome", "2024" }, { ms[1].kind, ms[1].period })
  end)

  it("keeps a noun of one character as the subject (其中羊1230万只、牛186万头), and 全盟 out of it", function()
    local text = "全盟牲畜存栏1416万头只，其中羊1230万只、牛186万头。"
    assert.are.same({ "牲畜存栏", "" }, of(text, "1416万头只"))
    assert.are.same({ "羊", "" }, of(text, "1230万只"))
    assert.are.same({ "牛", "" }, of(text, "186万头"))
    -- but a county whose name opens so is the county (全州县)
    assert.are.same({ "全州县地区生产总值", "增长" }, of("全州县地区生产总值增长5%。", "5%"))
  end)

  it("reads 扩大 as a verb of increase (比上年扩大1.2个百分点, 招生规模比上年扩大47.4%)", function()
    assert.are.same({ "规上工业企业亏损面", "扩大" },
      of("规上工业企业亏损面达到21.3%，比上年扩大1.2个百分点。", "1.2个百分点"))
    assert.are.same({ "普通高等学校招生规模", "扩大" }, of("普通高等学校招生规模比上年扩大47.4%。", "47.4%"))
  end)

  it("reads 保持 right before a figure as the verb (铁路投资保持8000亿元以上), out of the subject", function()
    assert.are.same({ "铁路投资", "保持" }, of("铁路投资保持8000亿元以上。", "8000亿元以上"))
    assert.are.same({ "梅花鹿产业规模", "保持" }, of("梅花鹿产业规模保持全国第一。", "第一"))
  end)

  it("reads a comparison opening its clause as the verb, with a verb inside its yardstick (快于经济增长)", function()
    local text = "居民人均可支配收入增长5.2%，快于经济增长0.3个百分点。"
    assert.are.same({ "居民人均可支配收入", "快于" }, of(text, "0.3个百分点"))
    assert.are.same({ "农村居民收入", "快于" }, of("农村居民收入增长5.8%、快于经济增速1个百分点。", "1个百分点"))
  end)

  it("keeps the number of a list item (（一）, 1., 2、, ①) out of the subject", function()
    assert.are.same({ "新能源汽车产量", "突破" }, of("（一）新能源汽车产量突破100万辆。", "突破100万辆"))
    assert.are.same({ "地区生产总值", "增长" }, of("1.地区生产总值增长6%左右。", "6%左右"))
    assert.are.same({ "城镇新增就业", "新增" }, of("2、城镇新增就业5万人以上。", "5万人以上"))
    assert.are.same({ "公路安全生命防护工程", "实施" }, of("7.实施公路安全生命防护工程1500公里。", "1500公里"))
    assert.are.same({ "粮食产量", "稳定在" }, of("①粮食产量稳定在100万吨。", "100万吨"))
  end)

  it("gives a figure of a verb the object of that verb in the figureless clause before (降低电价，平均降低10%)", function()
    assert.are.same({ "一般工商业电价", "降低" }, of("降低一般工商业电价，平均降低10%。", "10%"))
  end)

  it("gives a clause that repeats the verb of the one before its subject (…260万亩，确保…累计完成1200万亩以上)", function()
    local text = "完成防沙治沙和生态修复任务260万亩，确保“十四五”期间累计完成1200万亩以上。"
    assert.are.same({ "防沙治沙和生态修复任务", "完成" }, of(text, "1200万亩以上"))
    assert.are.same({ "农村危房", "改造" }, of("改造农村危房1.6万户，“十四五”以来累计改造4.9万户。", "4.9万户"))
  end)

  it("reads a comparison said with an adjective (比全省平均水平高0.8个百分点) as about the thing before", function()
    assert.are.same({ "规上工业增加值", "高" },
      of("规上工业增加值增长6.1%，增速比全省平均水平高0.8个百分点。", "0.8个百分点"))
    assert.are.same({ "城镇化率", "低" }, of("城镇化率为86.6%，较规划目标低3.4个百分点。", "3.4个百分点"))
  end)

  it("reads the plan a share done is of (完成年度目标的109%) as no subject: the thing before it is", function()
    assert.are.same({ "城镇新增就业", "完成" }, of("全年城镇新增就业43.6万人，完成年度目标的109%。", "109%"))
    assert.are.same({ "限额以上商贸企业", "为" }, of("新增限额以上商贸企业2280家，为年度目标的114%。", "114%"))
    assert.are.same({ "固定资产投资", "完成" }, of("固定资产投资完成年度计划的103.5%。", "103.5%"))
    assert.are.same({ "造林", "完成" }, of("治沙、造林、种草分别完成年度目标任务的113%、220%、148%。", "220%"))
  end)

  it("reads 降幅 as a verb of decrease before a figure, and 增幅 before another verb as the subject's head", function()
    assert.are.same({ "移动网络流量资费", "降幅" }, of("移动网络流量资费降幅超过60%。", "超过60%"))
    assert.are.same({ "规上工业增加值增幅", "居" }, of("规上工业增加值增幅居全国第7位。", "第7位"))
  end)

  it("finds the comparison a gap's adjective closes past words that hold 比 (同比高, 占比较上年低, 比重比…)", function()
    assert.are.same({ "规上工业增加值增速", "高" }, of("全市规上工业增加值增速同比高1.2个百分点。", "1.2个百分点"))
    assert.are.same({ "民间投资占比", "低" }, of("民间投资占比较上年低2.1个百分点。", "2.1个百分点"))
    assert.are.same({ "第三产业比重", "高" }, of("全市第三产业比重比全省平均水平高0.8个百分点。", "0.8个百分点"))
    -- no list item's number before a numeral coordinated with it, nor a name of targets trimmed as a time
    assert.are.same({ "1、2号线建成通车里程", "达到" }, of("1、2号线建成通车里程达到60公里。", "60公里"))
    assert.are.same({ "预期目标完成率", "达到" }, of("主要预期目标完成率达到95%。", "95%"))
  end)

  it("keeps a share's head noun (比重, 占比) in the subject, the verb after it (比重达到)", function()
    assert.are.same({ "第三产业增加值比重", "达到" }, of("第三产业增加值比重达到46.1%。", "46.1%"))
    assert.are.same({ "煤炭先进产能占比", "提高到" }, of("煤炭先进产能占比提高到84%。", "84%"))
    -- alone before the figure it is still the verb (服务业比重53%)
    assert.are.same({ "服务业", "比重" }, of("服务业比重53%。", "53%"))
  end)

  it("reads 世界 before a rank as its scope, no subject (跃升到世界第二位)", function()
    assert.are.equal("", of("跃升到世界第二位。", "第二位")[1])
  end)

  it("reads the verbs of reaching by a change whole (上升至, 扩大到, 发展到), out of the subject", function()
    assert.are.same({ "我国创新能力综合排名", "上升至" }, of("我国创新能力综合排名上升至全球第12位。", "第12位"))
    assert.are.same({ "中等职业学校招生规模", "扩大到" }, of("中等职业学校招生规模扩大到741万人。", "741万人"))
  end)

  it("takes the head noun after a bare 万 (6.8万农村贫困人口) for the subject, as after a classifier", function()
    assert.are.same({ "农村贫困人口", "" }, of("现行标准下6.8万农村贫困人口全部脱贫。", "6.8万"))
    assert.are.same({ "农村人口", "" }, of("今年要再解决3200万农村人口的安全饮水问题。", "3200万"))
    assert.are.same({ "老年人", "惠及" }, of("高龄津贴惠及130万老年人。", "130万"))
  end)

  it("ends the noun after a count at 出列 and 摘帽, verbs of villages and counties out of poverty", function()
    assert.are.same({ "贫困县", "" }, of("832个贫困县摘帽。", "832个"))
    assert.are.same({ "贫困村", "" }, of("186个贫困村出列。", "186个"))
  end)

  it("goes on about the figure before after a comparison with last year and a net change (比上年净增21家)", function()
    assert.are.same({ "规上工业企业", "净增" }, of("全市规上工业企业达到520家，比上年净增21家。", "21家"))
    assert.are.same({ "年底国家外汇储备", "增加" }, of("年底国家外汇储备达4033亿美元，比年初增加1168亿美元。", "1168亿美元"))
    assert.are.same({ "人民币存款余额", "增长" }, of("人民币存款余额比年初增长7.2%。", "7.2%"))
    assert.are.same({ "国家级高新技术企业", "增加" }, of("国家级高新技术企业320家，比上年增加45家。", "45家"))
  end)

  it("takes no year of a baseline for the subject, but the thing it dates", function()
    -- the year after the verb of change, with 的: the subject of the figure before
    assert.are.same({ "人均GDP", "提高到" }, of("人均GDP从2020年的5.2万元提高到2025年的7.4万元。", "7.4万元"))
    -- a figure dated only that opens its clause: the topic the clause before writes alone
    assert.are.same({ "研究与试验开发经费", "增加到" },
      of("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。", "509亿元"))
    assert.are.same({ "研究与试验开发经费", "增加到" },
      of("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。", "1161亿元"))
  end)

  it("takes no character alone before the figure for the subject", function()
    -- an adverb before its verb, a particle after it, a preposition
    assert.are.same({ "国家先进制造业集群", "创建" }, of("创建了5个国家先进制造业集群。", "5个"))
    assert.are.same({ "县", "" }, of("在30个县建设运营现代农事综合服务中心。", "30个"))
    assert.are.same({ "省级重点工程项目", "" }, of("抓好629个省级重点工程项目。", "629个"))
    -- a baseline's preposition: the subject of the figure before
    assert.are.same({ "高新技术企业数", "增长" }, of("高新技术企业数增长1.7倍、从全国第10位升至第8位。", "第10位"))
    -- but a noun of the lexicon, and a filler's whole word, stay (签约额, 人均)
    assert.are.same({ "签约额", "签约" }, of("新签约项目2314个、签约额7477.6亿元。", "7477.6亿元"))
    assert.are.same({ "人均", "增加" }, of("全年人均增加1680元。", "1680元"))
  end)

  it("reads a verb right after 的 that opens a run of verbs as the head noun", function()
    assert.are.same({ "研发投入占GDP的比重", "达到" }, of("研发投入占GDP的比重达到2.95%。", "2.95%"))
  end)

  it("ends the subject with a verb that holds its object (造林)", function()
    assert.are.same({ "营造林", "完成" }, of("完成营造林128万亩。", "128万亩"))
    assert.are.same({ "植树造林", "" }, of("植树造林479万亩。", "479万亩"))
  end)

  it("takes the noun after 的 for the subject of a share that opens its clause", function()
    assert.are.same({ "县级医院", "" }, of("80%的县级医院达到三级综合医院水平。", "80%"))
  end)

  it("ends the subject before a streak (连续46年)", function()
    assert.are.same({ "森林覆盖率", "居" }, of("森林覆盖率连续46年居全国首位。", "首位"))
    assert.are.same({ "空气质量优良天数", "稳定在" }, of("全市空气质量优良天数连续6年稳定在325天以上。", "325天以上"))
  end)

  it("ends the subject before a span of time and the baseline it is the object of", function()
    assert.are.same({ "新能源汽车产量", "增长" }, of("新能源汽车产量五年增长29倍。", "29倍"))
    assert.are.same({ "实际使用外资", "增长" }, of("实际使用外资比“十三五”时期增长78.9%。", "78.9%"))
  end)

  it("takes the subject past a verb of policy opening the clause (带动)", function()
    assert.are.same({ "工业投资", "增长" }, of("带动工业投资增长10%。", "10%"))
    assert.are.same({ "新能源汽车", "增长" }, of("带动新能源汽车、家电类消费分别增长40.9%、24.8%。", "40.9%"))
  end)

  it("takes the verb's object for the subject after a word of modality (将, 拟)", function()
    assert.are.same({ "幼儿园、中小学", "新改建" }, of("聊城市政府将新改建幼儿园、中小学10所。", "10所"))
    assert.are.same({ "补贴资金", "安排" }, of("中央财政拟安排补贴资金1230亿元。", "1230亿元"))
  end)

  it("cuts no baseline at 由 or 从 inside a word (自由, 从业)", function()
    assert.are.same({ "软件从业人员", "突破" }, of("力争软件从业人员突破50万人。", "突破50万人"))
    assert.are.same({ "自由贸易港法规", "出台" }, of("推动出台自由贸易港法规55件。", "55件"))
  end)

  it("keeps the volume a concentration is per out of its subject", function()
    assert.are.same({ "PM2.5平均浓度", "低于" }, of("PM2.5平均浓度低于每立方米19微克。", "19微克"))
  end)

  it("leaves out a verb of policy that opens the clause and governs the figure's phrase", function()
    assert.are.same({ "水稻耕种收综合机械化率", "达" },
      of("推动水稻耕种收综合机械化率达78%以上、农业科技进步贡献率达64%。", "78%以上"))
    assert.are.same({ "困难重度残疾人家庭无障碍", "改造" }, of("实施困难重度残疾人家庭无障碍改造2000户。", "2000户"))
    assert.are.same({ "职业技能", "培训" }, of("开展职业技能培训21万人次。", "21万人次"))
  end)

  it("reads 投入 before another verb as the noun it heads, not a verb", function()
    assert.are.same({ "企业研发投入", "增长" }, of("企业研发投入增长15%以上。", "15%以上"))
    assert.are.same({ "规上工业企业研发投入", "占比" }, of("规上工业企业研发投入占比60%左右。", "60%左右"))
  end)
  it("gives each conjunct before 分别 the head the last one writes for all", function()
    local text = "城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%。"
    assert.are.same({ "城镇常住居民人均可支配收入", "增长" }, of(text, "4.4%"))
    assert.are.same({ "农村常住居民人均可支配收入", "增长" }, of(text, "5.9%"))
    assert.are.same({ "批发销售额", "增长" }, of("批发、零售销售额分别增长12.9%、8.4%。", "12.9%"))
    -- the modifier ending like the conjunct's, not the one of its length
    assert.are.same({ "租赁和商务服务业营业收入", "增长" },
      of("租赁和商务服务业、交通运输仓储和邮政业营业收入分别增长11.7%、8.6%。", "11.7%"))
    assert.are.same({ "水利投资", "增长" }, of("水利、能源投资分别增长39.8%、33.7%。", "39.8%"))
    -- a conjunct with a head of its own keeps it
    assert.are.same({ "工业投资", "增长" }, of("工业投资、民间投资分别增长11.2%、8.1%。", "11.2%"))
    assert.are.same({ "制造业增加值", "增长" },
      of("推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。", "5%"))
  end)
  it("gives a list of ordinals before 分别 the head its last conjunct writes for all", function()
    -- 一、二、三产业 abbreviates 第一、第二、第三产业: each numeral modifies 产业增加值
    local text = "一、二、三产业增加值分别增长4%、5.3%、3.4%。"
    assert.are.same({ "一产业增加值", "增长" }, of(text, "4%"))
    assert.are.same({ "二产业增加值", "增长" }, of(text, "5.3%"))
    assert.are.same({ "三产业增加值", "增长" }, of(text, "3.4%"))
    assert.are.same({ "第一产业增加值", "达到" }, of("第一、二、三产业增加值分别达到100亿元、200亿元、300亿元。", "100亿元"))
    assert.are.same({ "二类水体比例", "为" }, of("一、二类水体比例分别为35%、40%。", "40%"))
    -- a conjunct that is no numeral keeps the rule for heads of words
    assert.are.same({ "水利投资", "增长" }, of("水利、能源投资分别增长39.8%、33.7%。", "39.8%"))
    -- the numerals written together, one to each figure (一二三产 is 一、二、三产)
    local run = "其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。"
    assert.are.same({ "一产增加值", "增长" }, of(run, "3.5%左右"))
    assert.are.same({ "二产增加值", "增长" }, of(run, "6%左右"))
    assert.are.same({ "三产增加值", "增长" }, of(run, "5%左右"))
    assert.are.same({ "三产业增加值", "增长" }, of("二三产业增加值分别增长6%、5%。", "5%"))
    -- numerals out of counting order are one number (十一), no list
    assert.are.same({ "十一产业增加值", "增长" }, of("十一产业增加值分别增长6%、5%。", "5%"))
  end)
  it("reads the noun a count counts past what modifies it", function()
    -- a grade of size (千亿级) opens the noun, no more of the number
    assert.are.same({ "千亿级产业", "" },
      of("做大做强稻米、油料、果蔬、生猪、家禽、水产和林下经济7个千亿级产业。", "7个"))
    -- what ends in 的 modifies the noun after it, the head of the phrase
    assert.are.same({ "龙头链主企业", "培育打造" },
      of("重点培育打造2家世界一流企业、10家左右在全国有重要行业影响力的龙头链主企业。", "10家左右"))
    -- but not past a possessor's 的: the count counts the possessor (3个县的财政收入)
    assert.are.same({ "县", "" }, of("今年，3个县的财政收入增长10%。", "3个"))
    -- and where no noun follows 的 (a verb, or a count of its own), the phrase ends at 的
    assert.are.same({ "试点县", "" }, of("加大对10个试点县的支持力度。", "10个"))
    -- a head noun (产业) opening a longer whole word (产业链, 产业集群) is that word
    assert.are.same({ "重点产业链", "" }, of("13条重点产业链全面起势。", "13条"))
    assert.are.same({ "优势特色产业集群", "培育" }, of("培育15个优势特色产业集群。", "15个"))
    -- a noun phrase never opens with the 的 that ends the modifier before it
    assert.are.same({ "农业产业化龙头企业", "新增" },
      of("新增年销售收入超亿元的农业产业化龙头企业100家。", "100家"))
  end)

  it("reads the object of a policy verb that stands alone before the figure after the figure", function()
    -- 推动 is no subject: what it counts or measures comes after the figure
    assert.are.same({ "亿元级工业项目", "" }, of("加快推动600个以上亿元级工业项目建设。", "600个以上"))
    assert.are.same({ "万亿级产业基地", "" }, of("推动4个万亿级产业基地提质升级。", "4个"))
  end)

  it("strips a verb of adding that opens a subject another verb gives a figure", function()
    assert.are.same({ "技术经理人", "超过" }, of("培育技术经理人超过600人。", "超过600人"))
    assert.are.same({ "绿色、有机、名特优新农产品", "" }, of("新认证绿色、有机、名特优新农产品1000个以上。", "1000个以上"))
  end)

  it("reads 筹措, 选派 and 竣工 as verbs, no subjects", function()
    assert.are.same({ "", "筹措" }, of("筹措7亿元实施就业惠民工程。", "7亿元"))
    assert.are.same({ "自治区重大项目", "竣工" }, of("自治区重大项目开工390个、竣工437个。", "437个"))
  end)

  it("starts a list item counted alike after the word joining it to the item before", function()
    local text = "重点培育100家左右“专精特新”企业和100家左右科技型企业。"
    assert.are.same({ "“专精特新”企业", "培育" }, of(text, "100家左右"))
    local second
    for _, m in ipairs(assert(duixian.scan(text, META))) do if m.start > 30 then second = m end end
    assert.are.same({ "科技型企业", "培育" }, { second.subject, second.verb })
    -- a 、 ends the item before, and a 和 before it joins inside that item
    assert.are.same({ "瞪羚企业", "培育" }, of("今年，培育100家高新技术企业和科技型中小企业、50家瞪羚企业。", "50家"))
    -- 和 inside a noun phrase joins no items: 千兆光纤和5G网络通达率
    assert.are.same({ "自然村千兆光纤和5G网络通达率", "达到" },
      of("全省自然村千兆光纤和5G网络通达率达到100%。", "100%"))
  end)

  it("resolves the conjuncts of a list of ordinal industries to their indicators", function()
    local cat = require("duixian.indicators").catalogue()
    assert.are.equal("primary_va_growth", cat:resolve("一产业增加值", "%", "增长").id)
    assert.are.equal("secondary_va_growth", cat:resolve("二产业增加值", "%", "增长").id)
    assert.are.equal("services_value_added_growth", cat:resolve("三产业增加值", "%", "增长").id)
  end)
  it("reads 增产 as a verb of increase about the output before it", function()
    assert.are.same({ "粮食总产量", "增产" }, of("全年粮食总产量35.8万吨，比上年增产1.2%。", "1.2%"))
  end)
  it("keeps the whole region's people (全县上下) out of the subject", function()
    assert.are.same({ "粮食总产", "稳定在" }, of("全县上下要确保粮食总产稳定在35万吨以上。", "35万吨以上"))
  end)
  it("keeps the opening of an aside (（同口径增长5.1%）) out of the subject: the figure before is restated", function()
    local text = "过去一年，一般公共预算收入8600亿元、增长7.1%（同口径增长5.1%）。"
    assert.are.same({ "一般公共预算收入", "增长" }, of(text, "5.1%"))
    assert.are.same({ "一般公共预算收入", "增长" }, of("一般公共预算收入增长7.1%(同口径增长5.1%)。", "5.1%"))
  end)
  it("keeps the region's words for itself (我县, 我省) out of the subject", function()
    assert.are.same({ "地区生产总值", "增长" }, of("过去一年，我县地区生产总值增长6.1%。", "6.1%"))
    assert.are.same({ "常住人口城镇化率", "达到" }, of("我省常住人口城镇化率达到65%。", "65%"))
  end)
  it("keeps last year's budget, the yardstick of a comparison, out of the subject", function()
    assert.are.same({ "中央财政赤字", "减少" }, of("拟安排中央财政赤字3000亿元，比上年预算减少198亿元。", "198亿元"))
    assert.are.same({ "赤字规模", "减少" }, of("赤字规模比上年预算减少1500亿元。", "1500亿元"))
    -- the budget as passed at the start of last year (年初预算)
    assert.are.same({ "赤字规模", "增加" }, of("赤字规模4.06万亿元，比上年年初预算增加1800亿元。", "1800亿元"))
  end)
  it("takes the verb's object for the subject after a phrase of 为 or 在 opening the clause", function()
    assert.are.same({ "假期公益托管服务", "提供" }, of("为未成年人提供假期公益托管服务12万人次以上。", "12万人次以上"))
    assert.are.same({ "行政村千兆光纤、5G网络通达率", "实现" },
      of("在全国率先实现行政村千兆光纤、5G网络通达率100%。", "100%"))
    -- but not a baseline after the verb
    assert.are.same({ "在北方地区占比", "占比" }, of("在北方地区占比由20.5%提升至21.1%。", "20.5%"))
  end)
  it("reads a span of time where a subject would stand (5年, 近3年) as when, and the figure before says what", function()
    assert.are.same({ "一般公共预算收入", "增长" }, of("一般公共预算收入达到3800亿元，5年增长18.7%。", "18.7%"))
    assert.are.same({ "进出口总额", "增长" }, of("进出口总额2800亿元，近3年年均增长9%。", "9%"))
    assert.are.same({ "粮食总产量", "稳定在" }, of("粮食总产量连续五年稳定在1000亿斤以上。", "1000亿斤以上"))
  end)
  it("gives a clause with a verb and no subject of its own the figure before's subject", function()
    -- a share its own verb states
    assert.are.same({ "规模以上工业企业", "净增" }, of("规模以上工业企业达到1474家，净增21%。", "21%"))
    -- a level a verb of change reaches at the end of its clause
    assert.are.same({ "市场主体总量", "达到" }, of("市场主体总量翻番，达到67万户。", "67万户"))
    -- not a bare stretch goal, nor a share of the noun after 的
    assert.are.same({ "", "" }, of("生产总值增长7%左右，力争8%。", "8%"))
    assert.are.same({ "", "惠及" }, of("惠及90%的在校生。", "90%"))
  end)
  it("leaves a light verb (完成, 实现) out of the subject, which is whose and what is measured", function()
    assert.are.same({ "重点项目投资", "完成" }, of("重点项目完成投资786亿元，增长10%。", "786亿元"))
    assert.are.same({ "重点项目投资", "增长" }, of("重点项目完成投资786亿元，增长10%。", "10%"))
    assert.are.same({ "规上工业企业利润", "实现" }, of("规上工业企业实现利润320亿元。", "320亿元"))
    -- words before a list mark are an item of their own
    assert.are.same({ "投资", "实施" }, of("大力实施城市更新行动、完成投资220亿元。", "220亿元"))
    -- and so are words before any separator, 全年 too
    assert.are.same({ "投资", "实施" }, of("实施城市更新行动、全年完成投资220亿元。", "220亿元"))
    -- an adverb of manner before the verb (超额) is no owner
    assert.are.same({ "重点项目投资", "完成" }, of("重点项目超额完成投资786亿元。", "786亿元"))
    -- the first character is never the verb's: 5G is whose
    assert.are.same({ "5G投资", "完成" }, of("5G完成投资30亿元。", "30亿元"))
  end)
  it("takes the verb's object for the subject after a phrase of means (通过…) opening the clause", function()
    assert.are.same({ "收入", "实现" }, of("通过发展乡村旅游实现收入30亿元。", "30亿元"))
    assert.are.same({ "扶贫贷款", "安排" }, of("通过贴息方式安排扶贫贷款770亿元。", "770亿元"))
  end)
  it("gives a clause with a verb and no subject none from before a clause of words alone", function()
    assert.are.same({ "", "达到" }, of("新增就业岗位1.2万个，创建充分就业社区，达到500个。", "500个"))
    assert.are.same({ "", "达到" }, of("城镇新增就业5万人，全面完成，达到500个。", "500个"))
  end)
  it("reads 分别 after a span of time (近3年分别) as sharing out the list before", function()
    local text = "粮食、油料产量分别达到700万吨、60万吨，近3年分别增长5%、8%。"
    assert.are.same({ "粮食产量", "增长" }, of(text, "5%"))
    assert.are.same({ "油料产量", "增长" }, of(text, "8%"))
    text = "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。"
    assert.are.same({ "农村居民人均纯收入", "达到" }, of(text, "2253元"))
    assert.are.same({ "城镇居民人均可支配收入", "达到" }, of(text, "6280元"))
  end)
  it("takes what a light verb measures from the lexicon's measured_objects", function()
    local tables = require("duixian.data").load("lexicon")
    tables.measured_objects = { "利润" }
    local opts = { lexicon = duixian.lexicon(tables) }
    local subjects = {}
    for _, m in ipairs(assert(duixian.scan("重点项目完成投资786亿元，规上工业企业实现利润320亿元。", META, opts))) do
      subjects[#subjects + 1] = m.subject
    end
    assert.are.same({ "重点项目完成投资", "规上工业企业利润" }, subjects)
  end)
  it("gives each place of a list before 分别 the head the last place's name is followed by", function()
    local text = "新政镇、永乐镇地方税收分别达到1.2亿元、0.9亿元。"
    assert.are.same({ "新政镇地方税收", "达到" }, of(text, "1.2亿元"))
    assert.are.same({ "永乐镇地方税收", "达到" }, of(text, "0.9亿元"))
    text = "秦安县、麦积区规上工业增加值分别增长8%、9%。"
    assert.are.same({ "秦安县规上工业增加值", "增长" }, of(text, "8%"))
    -- a name of two characters at least before its ending (安乡县, not 安乡),
    -- and no 市 alone, which ends 超市 and opens 市场
    assert.are.same({ "安仁镇农民收入", "增长" }, of("安仁镇、安乡县农民收入分别增长5%、6%。", "5%"))
    assert.are.same({ "永乐镇地方税收", "达到" }, of("永乐镇、新市镇地方税收分别达到1亿元、2亿元。", "1亿元"))
    assert.are.same({ "大型超市销售额", "增长" }, of("大型超市、农贸市场销售额分别增长5%、6%。", "5%"))
    -- a city of a county's rank (临清市) beside a name with a place ending,
    -- first or last
    assert.are.same({ "东昌府区一般公共预算收入", "增长" },
      of("东昌府区、临清市一般公共预算收入分别增长5.2%、4.8%。", "5.2%"))
    assert.are.same({ "临清市规上工业增加值", "增长" }, of("临清市、茌平区规上工业增加值分别增长7%、8%。", "7%"))
    -- not a place: the pair's parallel modifier (城镇、农村)
    assert.are.same({ "城镇居民人均可支配收入", "增长" }, of("城镇、农村居民人均可支配收入分别增长7%、8.5%。", "7%"))
  end)
  it("reads projects named by what is done in them (重点建设项目, 技改项目) whole, with the verb after them", function()
    assert.are.same({ "重点建设项目", "" }, of("528个重点建设项目完成投资1338亿元。", "528个"))
    assert.are.same({ "重点建设项目投资", "完成" }, of("528个重点建设项目完成投资1338亿元。", "1338亿元"))
    assert.are.same({ "技改项目", "完成" }, of("完成技改项目30个。", "30个"))
  end)
  it("reads a year opening the subject (2024年全省地区生产总值, 到2025年) as when, not what", function()
    assert.are.same({ "地区生产总值", "" }, of("初步统计，2024年全省地区生产总值57761亿元。", "57761亿元"))
    assert.are.same({ "地区生产总值", "突破" }, of("力争到2025年全县地区生产总值突破400亿元。", "突破400亿元"))
    assert.are.same({ "消费贷款余额", "达" }, of("2002年末消费贷款余额达1.07万亿元。", "1.07万亿元"))
    -- but a year's own budget, and a longer time word, stay
    assert.are.same({ "2025年度预算", "安排" }, of("2025年度预算安排30亿元。", "30亿元"))
    assert.are.same({ "2007年中", "达到" }, of("2007年中、高等职业教育在校生分别达到2000万人和861万人。", "2000万人"))
  end)
  it("reads 建成投产 as one verb before the thing counted", function()
    assert.are.same({ "亿元以上产业项目", "建成投产" }, of("建成投产260个亿元以上产业项目。", "260个"))
  end)

  it("reads how a growth is priced (按可比价格计算) as no part of its subject", function()
    assert.are.same({ "地区生产总值", "增长" }, of("实现地区生产总值3686.0亿元，按可比价格计算增长5.5%。", "5.5%"))
    assert.are.same({ "生产总值", "增长" }, of("全市生产总值按可比价格计算比上年增长6.1%。", "6.1%"))
  end)

  it("reads 冲刺 and 重回 as verbs of reaching a level, not words of the subject", function()
    assert.are.same({ "社会消费品零售总额", "重回" }, of("力争社会消费品零售总额重回3800亿元以上。", "3800亿元以上"))
    assert.are.same({ "地区生产总值", "冲刺" }, of("推动地区生产总值冲刺1000亿元。", "1000亿元"))
  end)

  it("trims a verb of backing (支持) opening a subject, as 推动 is", function()
    assert.are.same({ "神木市地区生产总值", "突破" }, of("支持神木市地区生产总值突破2200亿元。", "突破2200亿元"))
  end)

  it("reads the noun after a count up to an adverb of its verb, and no verb inside a whole word", function()
    assert.are.same({ "民生实事", "" }, of("年度40项民生实事全部完成。", "40项"))
    assert.are.same({ "为民办实事", "" }, of("15件为民办实事全部办结。", "15件"))
  end)

  it("leaves a year saying when after the thing out of the subject, not a year a comparison starts from", function()
    assert.are.same({ "地区生产总值", "迈上" }, of("全省地区生产总值2021年迈上5万亿元台阶。", "迈上5万亿元台阶"))
    assert.are.same({ "技术合同成交额", "达到" }, of("力争技术合同成交额2030年达到600亿元。", "600亿元"))
    assert.are.same({ "国有企业资产总额", "增长" }, of("全国国有企业资产总额比2002年增长60.98%。", "60.98%"))
  end)

  it("reads no verb inside a place named by what is done there (安置点)", function()
    assert.are.same("实现", of("易地扶贫搬迁安置点搬迁劳动力实现就业3.96万人。", "3.96万人")[2])
  end)
end)
