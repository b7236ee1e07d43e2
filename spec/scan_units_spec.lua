-- Quantities the scanner missed or cut wrongly in the reports (review of
-- jilin-2026, liaoning-2025, hunan-2025), fixed for their class: units the
-- table lacked, compound units, fractions, Latin-letter units and medal
-- tallies; with phrases of the same shape that are no quantity.
local duixian = require "duixian"

local META = { published = "2025-01-20", region = "安徽省", kind = "work_report" }

local function scan(text)
  return assert(duixian.scan(text, META))
end

-- the named fields of each mention of text: pick(text, "raw", "value")
local function pick(text, ...)
  local names, got = { ... }, {}
  for i, m in ipairs(scan(text)) do
    local row = {}
    for k, name in ipairs(names) do row[k] = m[name] end
    got[i] = #names == 1 and row[1] or row
  end
  return got
end

-- { text, raw, value, unit, cmp }: the one quantity of text
local function expect_each(cases)
  for _, c in ipairs(cases) do
    it(c[1], function()
      local ms = scan(c[1])
      assert.are.equal(1, #ms, "expected one mention in: " .. c[1])
      local m = ms[1]
      assert.are.same({ c[2], c[3], c[4], c[5] }, { m.raw, m.value, m.unit, m.cmp })
      assert.are.equal(m.raw, c[1]:sub(m.start, m["end"]))
    end)
  end
end

local function expect_none(texts)
  for _, t in ipairs(texts) do
    it("finds nothing in " .. t, function()
      assert.are.same({}, pick(t, "raw"))
    end)
  end
end

describe("duixian.scan reads units of length, mass and share", function()
  expect_each {
    { "黑土地耕层厚度达到20.6厘米。", "20.6厘米", 20.6, "cm", "=" },
    { "全程重复定位精度0.5微米以下。", "0.5微米以下", 0.5, "μm", "<=" },
    -- thousandths as percent, as 成 gives tenths: 6.45‰ is 0.645%
    { "人口自然增长率降到6.45‰。", "6.45‰", 0.645, "%", "=" },
    -- 千 百 十 stacked on 亿 or 万 after digits are one multiplier
    { "有色金属产业年产值超4千亿元。", "超4千亿元", 400000000000, "CNY", ">" },
    { "算力总规模达到10.36百亿亿次。", "10.36百亿亿次", 10.36, "EFLOPS", "=" },
  }

  it("takes 米 after the figure of a list, not inside 平方米", function()
    assert.are.same({ { "1500米以上", "m" } }, pick("海拔1500米以上。", "raw", "unit"))
    assert.are.same({ { "30万平方米", "m2" } }, pick("新建30万平方米。", "raw", "unit"))
  end)

  -- 一米 and 一克 are parts of words: a bare Chinese digit carries no length
  expect_none { "统一克服困难。", "打造一米阳光小屋。" }
end)

describe("duixian.scan reads compound units X/Y", function()
  expect_each {
    { "有机质达到27克/千克。", "27克/千克", 27, "g/kg", "=" },
    { "污水处理能力3万吨/日。", "3万吨/日", 30000, "t/day", "=" },
    { "补助标准提高到778元/月。", "778元/月", 778, "CNY/month", "=" },
    { "亩产达到600公斤/亩。", "600公斤/亩", 600, "kg/mu", "=" },
  }

  it("classes a mass in a mass as a concentration, one on an area as a yield", function()
    local indicators = require "duixian.indicators"
    assert.are.equal("concentration", indicators.unit_class("g/kg"))
    assert.are.equal("yield", indicators.unit_class("kg/mu"))
    assert.are.equal("money rate", indicators.unit_class("CNY/month"))
  end)
end)

describe("duixian.scan reads fractions as a share in percent", function()
  expect_each {
    { "战略性新兴产业营业收入占比超过三分之一。", "超过三分之一", 100 / 3, "%", ">" },
    { "内设机构精简四分之一。", "四分之一", 25, "%", "=" },
    { "覆盖三分之二以上的县。", "三分之二以上", 200 / 3, "%", ">=" },
    { "降低五分之一。", "五分之一", 20, "%", "=" },
    { "事故率控制在千分之五。", "控制在千分之五", 0.5, "%", "<=" },
    { "增长百分之五。", "百分之五", 5, "%", "=" },
    { "约2/3的县实现全覆盖。", "约2/3", 200 / 3, "%", "~" },
  }

  -- a train number, a date, an improper or decimal ratio: no fraction
  expect_none { "开行K8322/3次列车。", "2024/3/1发布。", "比例为3/2。", "型号1.5/2规格。" }
end)

describe("duixian.scan reads a unit in Latin letters whole", function()
  expect_each {
    { "总算力突破7000PF。", "突破7000PF", 7000, "PFLOPS", ">" },
    { "智能算力达2000PF。", "2000PF", 2000, "PFLOPS", "=" },
    { "总算力突破1.3万PF。", "突破1.3万PF", 13000, "PFLOPS", ">" },
    { "算力规模达到2万P。", "2万P", 20000, "PFLOPS", "=" },
    { "智算规模达55Eflops。", "55Eflops", 55, "EFLOPS", "=" },
  }

  it("leaves no letter of the unit to the next subject", function()
    assert.are.same({ { "突破7000PF", "总算力" }, { "34.6%", "总算力" } },
      pick("总算力突破7000PF、增长34.6%。", "raw", "subject"))
  end)

  -- a unit's letters running on into a word: a code, not a unit
  expect_none { "采购7000PX型设备。" }
end)

describe("duixian.scan reads medal tallies", function()
  it("takes each medal of a tally", function()
    assert.are.same({ { "9金", 9, "金牌" }, { "5银", 5, "银牌" }, { "6铜", 6, "铜牌" } },
      pick("为中国体育代表团贡献9金、5银、6铜。", "raw", "value", "unit"))
    assert.are.same({ "4金", "1银", "1铜" }, pick("在奥运会上勇夺4金1银1铜。", "raw"))
  end)

  -- 金 银 铜 alone open other words
  expect_none { "引进5银行。", "新增3金融机构。" }
end)
