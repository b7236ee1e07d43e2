-- The region of a mention (duixian.rules.classify region_of) and the audit
-- keeping regions apart: a region is a real administrative unit.
local duixian = require "duixian"
local audit = require "duixian.audit"

-- The region of each target or outcome in TEXT, in a document of REGION
-- (and those mentions).
local function regions(text, region, published)
  local out = {}
  local ms = assert(duixian.scan(text, { region = region, published = published or "2025-01-20",
    kind = "work_report" }))
  local kept = {}
  for _, m in ipairs(ms) do
    if m.kind == "target" or m.kind == "outcome" then
      out[#out + 1] = m.region
      kept[#kept + 1] = m
    end
  end
  return out, kept
end

describe("a place's name labelling its sentence (鹿城区：…)", function()
  it("makes the sentence that place's", function()
    assert.are.same({ "鹿城区", "鹿城区" }, (regions("鹿城区：改造城镇老旧小区18个，加装电梯40台。", "温州市", "2024-02-06")))
    assert.are.same({ "温州市" }, (regions("全市：改造城镇老旧小区18个。", "温州市", "2024-02-06")))
  end)
end)

describe("the Production and Construction Corps (兵团)", function()
  it("governs apart from the region: its figures, and its clauses after, are its own", function()
    assert.are.same({ "新疆维吾尔自治区", "兵团", "兵团" },
      (regions("一、2024年工作回顾\n全区固定资产投资增长9.5%。兵团生产总值增长5.6%，固定资产投资增长12.3%。",
        "新疆维吾尔自治区")))
  end)
end)

describe("a township's report", function()
  it("reads the county above it (全县) as a larger region, given for comparison", function()
    local ms = assert(duixian.scan("一、2023年工作回顾\n全镇农村居民人均可支配收入达到13620元，全县农村居民人均可支配收入达到13280元。",
      { region = "郭城驿镇", published = "2024-02-22", kind = "work_report" }))
    assert.are.same({ "outcome", "other" }, { ms[1].kind, ms[2].kind })
    -- and a county's own report its own
    ms = assert(duixian.scan("一、2023年工作回顾\n全县农村居民人均可支配收入达到13280元。",
      { region = "会宁县", published = "2024-02-22", kind = "work_report" }))
    assert.are.same({ "outcome" }, { ms[1].kind })
  end)
end)

describe("region of a mention", function()
  it("is the document's for figures of the region as a whole", function()
    assert.are.same({ "安徽省" }, regions("去年地区生产总值增长5.8%。", "安徽省"))
    assert.are.same({ "聊城市" }, regions("全市地区生产总值增长5%。", "聊城市"))
    assert.are.same({ "聊城市" }, regions("今年改造老旧小区120个。", "聊城市"))
    assert.are.same({ "广西壮族自治区" }, regions("去年我区地区生产总值增长4.2%。", "广西壮族自治区"))
    assert.are.same({ "广西壮族自治区" }, regions("按照自治区部署，今年新建县城污水处理厂10座。", "广西壮族自治区"))
    assert.are.same({ "聊城市" }, regions("今年储备省市县重点项目500个。", "聊城市"))
  end)

  it("is a county or district of the document's city named as the subject", function()
    local got, ms = regions("莘县生产总值增长8%。", "聊城市", "2022-02-24")
    assert.are.same({ "莘县" }, got)
    assert.are.equal("names 莘县, a county of 聊城市", ms[1].region_reason)
    got, ms = regions("其中东昌府区生产总值增长6.5%。", "聊城市")
    assert.are.same({ "东昌府区" }, got)
    assert.are.equal("names 东昌府区, a district of 聊城市", ms[1].region_reason)
    assert.are.same({ "莘县" }, regions("聊城市莘县生产总值增长8%。", "山东省"))
    -- an autonomous county by the name reports give it
    got, ms = regions("大通县生产总值增长6.5%。", "西宁市")
    assert.are.same({ "大通回族土族自治县" }, got)
    assert.are.equal("names 大通回族土族自治县, a county of 西宁市", ms[1].region_reason)
    -- a name that opens with a lead-in (共 of 共和县) is the name whole
    got, ms = regions("共和县地区生产总值增长5%。", "青海省")
    assert.are.same({ "共和县" }, got)
    assert.are.equal("names 共和县, a county of 海南藏族自治州", ms[1].region_reason)
  end)

  it("is a city of the document's province named as the subject, by full or short name", function()
    local got, ms = regions("合肥市地区生产总值增长6.5%。", "安徽省")
    assert.are.same({ "合肥市" }, got)
    assert.are.equal("names 合肥市, a city of 安徽省", ms[1].region_reason)
    assert.are.same({ "南宁市" }, regions("南宁机场国际货邮吞吐量增长23.2%。", "广西壮族自治区"))
    assert.are.same({ "全州县" }, regions("全州县地区生产总值增长6%。", "广西壮族自治区"))
  end)

  it("is a township (镇, 乡, 街道) named as the subject, though the gazetteer lists none", function()
    local got, ms = regions("去年古云镇新建蔬菜大棚1200个，全县新建蔬菜大棚2300个。", "莘县")
    assert.are.same({ "古云镇", "莘县" }, got)
    assert.are.equal("names 古云镇, a township of 莘县", ms[1].region_reason)
    assert.are.same({ "古云镇", "张鲁回族镇" }, regions("去年全县新建高标准农田，其中古云镇1.2万亩、张鲁回族镇8000亩。", "莘县"))
    assert.are.same({ "尼山镇" }, regions("去年曲阜市尼山镇接待游客200万人次。", "山东省"))
    assert.are.same({ "烟庄街道" }, regions("去年莘县烟庄街道新增就业800人。", "莘县"))
  end)

  it("stays the document's for generic words ending as a township's name (城镇, 乡镇, 乡村, 特色小镇)", function()
    assert.are.same({ "莘县" }, regions("去年城镇新增就业6120人。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年每个乡镇培育特色产业2个。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年乡村振兴示范村新增12个。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年特色小镇新增3个。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年各乡镇新建学校10所。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年改造城镇老旧小区120个。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年少数民族乡新增就业100人。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年江南水乡接待游客500万人次。", "莘县"))
    -- 街道 alone is as often a street: a township only after its county
    assert.are.same({ "莘县" }, regions("去年老旧街道完成改造20条。", "莘县"))
    assert.are.same({ "莘县", "莘县" }, regions("去年改造背街小巷30条、主次街道15条。", "莘县"))
  end)

  it("is a 街道 in a list of townships before 分别, though 街道 alone is as often a street", function()
    assert.are.same({ "柳溪街道", "万佛街道" }, regions("去年柳溪街道、万佛街道分别新建社区养老服务站3个、2个。", "莘县"))
    assert.are.same({ "莘县", "莘县" }, regions("去年老旧街道、背街小巷分别改造20条、30条。", "莘县"))
  end)

  it("is a township of up to six characters where a people names it (新添堡回族乡, 阿拉坦合力苏木)", function()
    assert.are.same({ "新添堡回族乡" }, regions("新添堡回族乡新建温室大棚200座。", "会宁县"))
    assert.are.same({ "阿拉坦合力苏木" }, regions("阿拉坦合力苏木新增牲畜1万头。", "东乌珠穆沁旗"))
  end)

  it("is a township whose name ends in a generic word after one character of its own (金城镇, 王集镇, 王家乡)", function()
    assert.are.same({ "金城镇" }, regions("去年金城镇财政收入增长5%。", "莘县"))
    assert.are.same({ "王集镇" }, regions("去年王集镇新建蔬菜大棚1200个。", "莘县"))
    assert.are.same({ "王家乡" }, regions("去年王家乡粮食产量增长3%。", "莘县"))
    -- but a generic word still, after an opener that keeps it one, or after
    -- two characters or more (新型城镇化率)
    assert.are.same({ "莘县" }, regions("去年小城镇建设投资增长10%。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年各城镇污水处理率达到95%。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年新型城镇化率达到55%。", "莘县"))
    assert.are.same({ "莘县" }, regions("去年重点镇完成投资3亿元。", "莘县"))
    -- nor after a word of grammar the clause opens with
    assert.are.same({ "莘县" }, regions("去年对城镇老旧小区改造投入3亿元。", "莘县"))
  end)

  it("reads the place after a verb of backing opening the clause (支持甘孜州…, 推动南京…)", function()
    assert.are.same({ "甘孜藏族自治州" }, regions("支持甘孜州地区生产总值增长6%。", "四川省"))
    assert.are.same({ "南京市" }, regions("推动南京地区生产总值突破2万亿元。", "江苏省"))
  end)

  it("reads the place after a word of commitment or a preposition opening the clause (力争, 确保, 在)", function()
    assert.are.same({ "古云镇" }, regions("今年力争古云镇新建蔬菜大棚1200个。", "莘县"))
    assert.are.same({ "古云镇" }, regions("去年在古云镇新建蔬菜大棚1200个。", "莘县"))
    assert.are.same({ "莘县" }, regions("今年确保莘县地区生产总值增长8%。", "聊城市"))
    -- two lead-ins in a row, and no lead-in that opens a township's own name
    assert.are.same({ "城关镇" }, regions("今年要在城关镇新建学校3所。", "莘县"))
    assert.are.same({ "向阳镇" }, regions("去年向阳镇新建蔬菜大棚1200个。", "莘县"))
    assert.are.same({ "将军镇" }, regions("今年将军镇新建学校3所。", "莘县"))
    -- a verb of policy is no lead-in: the unit is its object, not the subject
    assert.are.same({ "聊城市" }, regions("推动莘县鲁西风光储运等3个百亿级项目。", "聊城市"))
  end)

  it("carries a township opening a clause into the later clauses of its sentence, as a unit", function()
    local got, ms = regions("去年古云镇新建蔬菜大棚1200个，实现产值3亿元。", "莘县")
    assert.are.same({ "古云镇", "古云镇" }, got)
    assert.are.equal("an earlier clause of the sentence opens with 古云镇, a township of 莘县, and the clause goes on about it",
      ms[2].region_reason)
    assert.are.same({ "古云镇", "古云镇" }, regions("去年莘县古云镇新建蔬菜大棚1200个，实现产值3亿元。", "聊城市"))
    -- but not past the region's own word, nor for townships counted together
    assert.are.same({ "古云镇", "莘县" }, regions("去年古云镇新建蔬菜大棚1200个，全县新建蔬菜大棚2300个。", "莘县"))
    -- nor past a semicolon, which opens a statement of its own
    assert.are.same({ "临清市", "聊城市" },
      regions("到2026年，临清市生产总值突破500亿元；城乡居民人均可支配收入年均增长7%以上。", "聊城市"))
    assert.are.same({ "莘县", "莘县" }, regions("去年古云镇、张鲁回族镇等5个乡镇新建蔬菜大棚1200个。", "莘县"))
  end)

  it("gives each township of a list before 分别 its own figure, in a county's report", function()
    assert.are.same({ "古云镇", "张鲁回族镇" }, regions("去年古云镇、张鲁回族镇地方税收分别达到1.2亿元、0.9亿元。", "莘县"))
  end)

  it("reads a bare township's name only in a county's own report", function()
    -- a city's report names the county first (莘县古云镇)
    assert.are.same({ "聊城市" }, regions("去年古云镇新建蔬菜大棚1200个。", "聊城市"))
    assert.are.same({ "古云镇" }, regions("去年莘县古云镇新建蔬菜大棚1200个。", "聊城市"))
  end)

  it("stays the document's when the unit is not the subject, not inside, or one of several", function()
    assert.are.same({ "聊城市" }, regions("位于东昌府区的金帝精密机械赶制40万套保持器。", "聊城市"))
    assert.are.same({ "聊城市" }, regions("推动莘县鲁西风光储运等3个百亿级项目。", "聊城市"))
    assert.are.same({ "安徽省" }, regions("江苏省地区生产总值增长5.8%。", "安徽省"))
    assert.are.same({ "安徽省" }, regions("上海与六安对口合作新签约亿元以上项目35个。", "安徽省"))
    assert.are.same({ "安徽省" }, regions("黄山、池州、安庆、宣城四市规上服务业营收合计增长16.7%。", "安徽省"))
    assert.are.same({ "湖北省" }, regions("武汉都市圈经济总量达到3.8万亿元。", "湖北省"))
    assert.are.same({ "河南省" }, regions("郑州大学新增博士点7个。", "河南省"))
    -- 城区 is a district of 阳泉市, but at the head of a clause it is the generic word
    assert.are.same({ "阳泉市" }, regions("城区新增就业1.2万人。", "阳泉市"))
  end)

  it("is the unit opening an earlier clause of the sentence, in a later clause that names no place", function()
    local got, ms = regions("过去一年，昆山市地区生产总值5140亿元、增长5.2%，一般公共预算收入增长6.1%。", "苏州市")
    assert.are.same({ "昆山市", "昆山市", "昆山市" }, got)
    assert.are.equal("an earlier clause of the sentence opens with 昆山市, a county-level city of 苏州市, "
      .. "and the clause goes on about it", ms[3].region_reason)
    -- the nearest place before it wins; 全市 and a zone end the unit's run
    assert.are.same({ "苏州工业园区", "昆山市", "昆山市" },
      regions("苏州工业园区地区生产总值增长5.6%，昆山市地区生产总值增长5.2%，一般公共预算收入增长6.1%。", "苏州市"))
    assert.are.same({ "城关区", "兰州市" }, regions("城关区地区生产总值增长5.6%，全市新增就业5万人。", "兰州市"))
    assert.are.same({ "兰州新区", "榆中生态创新城" },
      regions("兰州新区地区生产总值增长16.2%，榆中生态创新城新入驻企业32家。", "兰州市"))
    -- one opening the next item after a figure of the first (、茂名市增长4.9%)
    assert.are.same({ "湛江市", "茂名市" }, regions("湛江市地区生产总值增长5.2%、茂名市增长4.9%。", "广东省"))
    -- one opening the paragraph's first sentence in a clause with no figure
    assert.are.same({ "多伦县" }, regions("多伦县举办冬季那达慕，接待游客8万人次。", "锡林郭勒盟"))
    -- a county's name before 城镇 is the county's (湄潭县|城镇化率), not 县城
    assert.are.same({ "湄潭县", "湄潭县" }, regions("湄潭县城镇化率达到61%。湄潭县城镇新增就业6万人。", "遵义市"))
    assert.are.same({ "两江新区", "重庆市" },
      regions("两江新区地区生产总值增长6.5%，苏州工业园区新引进企业320家。", "重庆市"))
  end)

  it("stays the document's in a later clause when the earlier one names a thing of a place, not its figure", function()
    -- 福州 opens a project's name, and its clause states no figure of the city
    assert.are.same({ "福建省" }, regions("福州地铁滨海快线等建成通车，基础设施投资增长5.6%。", "福建省"))
    -- a county's scenic spot, named as the thing whose fame grew
    assert.are.same({ "山西省" }, regions("隰县小西天等景区流量出圈，重点监测景区接待游客人次增长16.9%。", "山西省"))
  end)

  it("is not the paragraph's first place for later sentences when that place's own figure or a list opens it", function()
    assert.are.same({ "滨海新区", "天津市" },
      regions("滨海新区地区生产总值增长5%以上。引进北京项目1000个以上。", "天津市"))
    assert.are.same({ "天津市", "天津市" },
      regions("和平区、南开区各新增养老服务综合体2个。新增养老床位2000张。", "天津市"))
  end)

  it("is the manifest's word for a region the gazetteer does not know", function()
    assert.are.same({ "云水市" }, regions("莘县生产总值增长8%。", "云水市"))
  end)
end)

describe("audit across regions", function()
  local target = "今年主要预期目标是：地区生产总值增长5.5%左右。"
  local outcome = "过去一年，地区生产总值增长5.6%。"

  local function run(outcome_region)
    local docs = {
      { id = 1, file = "anhui-2025.txt", published = "2025-01-14", kind = "work_report", region = "安徽省" },
      { id = 2, file = "other-2026.txt", published = "2026-01-20", kind = "work_report", region = outcome_region },
      { id = 3, file = "anhui-2026.txt", published = "2026-01-25", kind = "work_report", region = "安徽省" },
    }
    local texts = { target, outcome, "今年新建学校3所。" }
    local ms = {}
    for i, d in ipairs(docs) do
      for _, m in ipairs(assert(duixian.scan(texts[i], d))) do
        m.document_id = d.id
        ms[#ms + 1] = m
      end
    end
    local a = audit.run{ documents = docs, mentions = ms, year = 2025 }
    assert.are.equal(1, #a.verdicts)
    return a.verdicts[1]
  end

  it("never answers a province's GDP target with another province's report", function()
    local v = run("河南省")
    assert.are.equal("安徽省", v.region)
    assert.are.equal("not_reported", v.status)
    assert.is_nil(v.outcome)
  end)

  it("answers it with a report of the same province", function()
    local v = run("安徽省")
    assert.are.equal("met", v.status)
    assert.are.equal("other-2026.txt", v.outcome.doc)
  end)
end)

describe("regions of real reports", function()
  local H = require "spec.helper"
  local gaz = require "duixian.gazetteer"
  local meta = require "duixian.meta"

  -- a zone (classify zone_region_at): a national new area, a place of the
  -- gazetteer and then a zone's ending (广西自贸试验区, 沈阳浑南科技城), or a
  -- proper name and an ending only such a name takes (湘江科学城)
  local zones = require("duixian.data").shared("regions")
  local function is_zone(name)
    for _, row in ipairs(zones.named_zones) do if name == row[1] then return true end end
    for _, w in ipairs(zones.proper_zone_suffixes) do
      if #name > #w + 3 and name:sub(-#w) == w then return true end
    end
    local ends = false
    for _, w in ipairs(zones.zone_suffixes) do ends = ends or name:sub(-#w) == w end
    if not ends then return false end
    for n = #name - 3, 6, -3 do
      if gaz.find(name:sub(1, n), { short = 2 }) then return true end
    end
    return false
  end

  for _, dir in ipairs({ "seeds", "corpus/provinces", "corpus/national-dev" }) do
    it("are the manifest's, units of the gazetteer or zones named after them in " .. dir, function()
      local manifest_path = H.shared_file(dir .. "/manifest.tsv")
      if not manifest_path then
        return pending(H.shared .. "/" .. dir .. " is not here (the shared materials sit beside the checkout)")
      end
      local manifest = assert(meta.read_manifest(manifest_path))
      local invented = {}
      for file, row in pairs(manifest) do
        local text = assert(duixian.read(H.shared .. "/" .. dir .. "/" .. file))
        for _, m in ipairs(assert(duixian.scan(text, { file = file, region = row.region,
            published = row.published, kind = row.kind }))) do
          if m.region ~= row.region and not gaz.find(m.region) and not is_zone(m.region) then
            invented[#invented + 1] = m.region
          end
        end
      end
      assert.are.same({}, invented)
    end)
  end
end)
