local duixian = require "duixian"

local META = { published = "2022-02-24", region = "聊城市", kind = "work_report" }

local function only(text, meta)
  local ms = assert(duixian.scan(text, meta or META))
  assert.are.equal(1, #ms, "expected one mention in: " .. text)
  return ms[1]
end

describe("duixian.scan", function()
  describe("numbers, units and qualifiers", function()
    local cases = {
      { "全市生产总值增长8.4%。", 8.4, "%", "=", "8.4%" },
      { "生产总值增长6%左右。", 6, "%", "~", "6%左右" },
      { "新增城镇就业4万人以上。", 40000, "person", ">=", "4万人以上" },
      { "城镇新增就业4.5万人。", 45000, "person", "=", "4.5万人" },
      { "上云企业突破1.1万家。", 11000, "家", ">", "突破1.1万家" },
      { "粮食总产112.8亿斤以上。", 11280000000, "jin", ">=", "112.8亿斤以上" },
      { "招商引资到位资金超420亿元。", 42000000000, "CNY", ">", "超420亿元" },
      { "高于全省3个百分点。", 3, "pp", "=", "3个百分点" },
      { "居民消费价格总水平涨幅控制在4%。", 4, "%", "<=", "控制在4%" },
      { "制造业使用外资增长超两倍。", 2, "times", ">", "超两倍" },
      { "实际使用外资翻番。", 2, "times", "=", "翻番" },
      { "累计引进高层次人才急需人才过千人。", 1000, "person", ">", "过千人" },
      { "进行全面质检十余轮次。", 10, "轮次", ">", "十余轮次" },
      { "完成疫苗接种1300余万剂次。", 13000000, "剂次", ">", "1300余万剂次" },
      { "淘汰落后燃煤发电机组207.6万千瓦。", 2076000, "kW", "=", "207.6万千瓦" },
      { "新增光伏装机50兆瓦。", 50000, "kW", "=", "50兆瓦" },
      { "普查率定为小于3%。", 3, "%", "<", "小于3%" },
      { "有研发活动的企业达到48.6%，居全省第4位。", nil },
    }
    for _, c in ipairs(cases) do
      if c[2] then
        it(c[1], function()
          local m = only(c[1])
          assert.are.equal(c[2], m.value)
          assert.are.equal(c[3], m.unit)
          assert.are.equal(c[4], m.cmp)
          assert.are.equal(c[5], m.raw)
          assert.are.equal(c[5], c[1]:sub(m.start, m["end"]))
        end)
      end
    end
  end)

  it("scales exactly: 4.5万 is the integer 45000", function()
    local m = only("城镇新增就业4.5万人。")
    assert.are.equal("integer", math.type(m.value))
  end)
end)
