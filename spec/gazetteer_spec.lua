-- The gazetteer of administrative units (data/gazetteer.lua, GB/T 2260).
local gaz = require "duixian.gazetteer"

describe("duixian.gazetteer", function()
  local liaocheng = gaz.find("聊城市")

  it("finds units by full name, with their codes, levels and parents", function()
    assert.are.same({ "371500", 2, "370000" }, { liaocheng.code, liaocheng.level, liaocheng.parent })
    local shen = gaz.find("莘县")
    assert.are.same({ "371522", 3, "371500" }, { shen.code, shen.level, shen.parent })
    assert.are.equal("371502", gaz.find("东昌府区").code)
    assert.are.equal("450000", gaz.find("广西壮族自治区").code)
    assert.are.equal("山东省", gaz.parent(liaocheng).name)
    assert.are.equal("中华人民共和国", gaz.parent(gaz.find("山东省")).name)
  end)

  it("accepts short forms of provinces and prefectures only when asked", function()
    assert.is_nil(gaz.find("山东"))
    assert.are.equal("山东省", gaz.find("山东", { short = 1 }).name)
    assert.is_nil(gaz.find("聊城", { short = 1 }))
    assert.are.equal("聊城市", gaz.find("聊城", { short = 2 }).name)
    assert.are.equal("广西壮族自治区", gaz.find("广西", { short = 1 }).name)
    assert.are.equal("恩施土家族苗族自治州", gaz.find("恩施", { short = 2 }).name)
    -- no short forms of counties: 东阿 is also a brand of 阿胶
    assert.is_nil(gaz.find("东阿", { short = 2 }))
  end)

  it("finds an autonomous county or banner by the name reports give it (大通县, 莫力达瓦旗)", function()
    assert.are.equal("大通回族土族自治县", gaz.find("大通县").name)
    assert.are.equal("长白朝鲜族自治县", gaz.find("长白县").name)
    assert.are.equal("积石山保安族东乡族撒拉族自治县", gaz.find("积石山县").name)
    assert.are.equal("莫力达瓦达斡尔族自治旗", gaz.find("莫力达瓦旗").name)
    local hit = gaz.name_at("大通县生产总值增长6.5%", 1, { within = gaz.find("西宁市") })
    assert.are.same({ "大通县", "大通回族土族自治县" }, { hit.name, hit.unit.name })
  end)

  it("lists every autonomous county and banner of the gazetteer by its place and level", function()
    -- the place before the first people named (data/autonomous.lua nationalities)
    -- that 族, 自治 or another people follows, two characters at least
    local autonomous = require("duixian.data").load("autonomous")
    local peoples = {}
    for _, p in ipairs(autonomous.nationalities) do peoples[#peoples + 1] = p end
    table.sort(peoples, function(a, b) return #a > #b end)
    local function people_at(name, i)
      for _, p in ipairs(peoples) do if name:sub(i, i + #p - 1) == p then return p end end
    end
    local want = {}
    for _, row in ipairs(require("duixian.data").load("gazetteer").units) do
      local name, ending = row[2], row[2]:sub(-9)
      if row[3] == 3 and (ending == "自治县" or ending == "自治旗") then
        local i = 7 -- past two characters
        while i <= #name - 9 do
          local p = people_at(name, i)
          local after = p and i + #p
          if p and (name:sub(after, after + 2) == "族" or name:sub(after, after + 5) == "自治" or people_at(name, after)) then
            want[#want + 1] = name:sub(1, i - 1) .. ending:sub(-3)
            want[#want + 1] = name
            break
          end
          i = i + 3
        end
      end
    end
    assert.are.same(want, autonomous.names)
  end)

  it("says which units an ambiguous name could be, and settles it within a parent", function()
    local unit, msg = gaz.find("朝阳区")
    assert.is_nil(unit)
    assert.matches("'朝阳区' names 2 units (110105 朝阳区, 220104 朝阳区)", msg, 1, true)
    assert.are.equal("220104", gaz.find("朝阳区", { within = gaz.find("长春市") }).code)
    assert.is_nil(gaz.find("吉林", { short = 2 }))
    -- 吉林 is the province and its city: within the province it stays open
    assert.is_nil(gaz.find("吉林", { short = 2, within = gaz.find("吉林省") }))
  end)

  it("finds a document's unit from the manifest's region", function()
    assert.are.equal("371500", gaz.region_unit("聊城市").code)
    assert.are.equal("371522", gaz.region_unit("山东省聊城市莘县").code)
    assert.are.equal("220104", gaz.region_unit("吉林省长春市朝阳区").code)
    assert.are.equal("371500", gaz.region_unit("聊城").code)
    assert.are.equal("000000", gaz.region_unit("中华人民共和国").code)
    local unit, msg = gaz.region_unit("云水市")
    assert.is_nil(unit)
    assert.matches("'云水市' names no administrative unit", msg, 1, true)
  end)

  it("tells whether one unit lies inside another", function()
    assert.is_true(gaz.inside(gaz.find("莘县"), liaocheng))
    assert.is_true(gaz.inside("371522", "370000"))
    assert.is_true(gaz.inside(liaocheng, "000000"))
    assert.is_false(gaz.inside(liaocheng, liaocheng))
    assert.is_false(gaz.inside(gaz.find("单县"), liaocheng))
    assert.is_false(gaz.inside(gaz.find("山东省"), liaocheng))
  end)

  it("scans text for names, longest first, with byte offsets", function()
    local s = "莘县、菏泽市单县和东昌府区"
    local hits = gaz.scan(s, { within = liaocheng })
    local got = {}
    for _, h in ipairs(hits) do
      got[#got + 1] = { h.name, h.start, h.stop, h.unit and h.unit.code or false }
      assert.are.equal(h.name, s:sub(h.start, h.stop))
    end
    assert.are.same({
      { "莘县", 1, 6, "371522" },
      { "菏泽市", 10, 18, false }, -- named, but not inside 聊城市
      { "单县", 19, 24, false },
      { "东昌府区", 28, 39, "371502" },
    }, got)
    -- words that only contain 区 or 县 name nothing
    assert.are.same({}, gaz.scan("改造老旧小区，地区生产总值，按照自治区部署，新建县城"))
  end)

  it("holds every province, prefecture and county, each with its parent", function()
    local data = require("duixian.data").load("gazetteer")
    local count, orphans = { [0] = 0, 0, 0, 0 }, {}
    for _, row in ipairs(data.units) do
      local unit = gaz.unit(row[1])
      count[unit.level] = count[unit.level] + 1
      local parent = gaz.parent(unit)
      if unit.level > 0 and not (parent and parent.level < unit.level) then orphans[#orphans + 1] = unit.name end
    end
    assert.are.same({}, orphans)
    assert.are.same({ 1, 34 }, { count[0], count[1] }) -- 31 provinces, 台湾, 香港, 澳门
    assert.is_true(count[2] > 300 and count[3] > 2800)
  end)

  it("raises on misuse", function()
    assert.has_error(function() gaz.find(nil) end, "bad argument #1 to 'find' (string expected, got nil)")
    assert.has_error(function() gaz.scan(3) end, "bad argument #1 to 'scan' (string expected, got number)")
  end)
end)
