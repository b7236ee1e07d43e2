local H = require "spec.helper"
local json_object = require("duixian.core").json_object

describe("duixian extract", function()
  it("prints one JSON object a line with the documented fields", function()
    local path = H.write_temp("三、2022年目标任务\n\n生产总值增长6%左右，新增城镇就业4万人以上。\n")
    local code, out, err = H.run(("extract --published 2022-02-24 --region 聊城市 --kind work_report %s"):format(path))
    os.remove(path)
    assert.are.equal(0, code, err)
    local first = out:match("^[^\n]+")
    assert.are.equal(json_object({ doc = path, start = 46, ["end"] = 53, raw = "6%左右", value = 6,
      unit = "%", cmp = "~", subject = "生产总值", verb = "增长", kind = "target", period = "2022",
      estimate = false, region = "聊城市", sentence = "生产总值增长6%左右，新增城镇就业4万人以上。" },
      { "doc", "start", "end", "raw", "value", "value_max", "unit", "cmp", "subject", "verb", "kind",
        "period", "estimate", "region", "sentence", "page", "other_reason" }), first)
    assert.are.equal(2, select(2, out:gsub("\n", "")))
  end)

  it("says why a figure is no target and no outcome (other_reason)", function()
    local path = H.write_temp("2023年，全市生产总值增长6%。他又续贷3万元。\n")
    local code, out, err = H.run(("extract --all --published 2024-01-16 --region 聊城市 --kind news %s"):format(path))
    os.remove(path)
    assert.are.equal(0, code, err)
    local reasons = {}
    for line in out:gmatch("[^\n]+") do reasons[#reasons + 1] = line:match('"other_reason":(.-)}$') end
    assert.are.same({ "null", '"about one person, firm or village, not the region"' }, reasons)
  end)

  it("says on stderr what it inferred", function()
    local path = H.write_temp("——2022年2月24日在聊城市人民代表大会上\n聊城市市长\n\n政府工作报告\n")
    local code, _, err = H.run("extract " .. path)
    os.remove(path)
    assert.are.equal(0, code)
    assert.matches("inferred published=2022-02-24", err, 1, true)
  end)

  it("names a binary file and its first bad byte, exits 2, and still scans the others", function()
    local bad = H.write_temp("\0\1\2\255\254binary")
    local good = H.write_temp("新增城镇就业4万人以上。")
    local code, out, err = H.run(("extract --published 2022-02-24 %s %s"):format(bad, good))
    os.remove(bad)
    os.remove(good)
    assert.are.equal(2, code)
    assert.matches(bad .. ": not UTF-8 or GB18030 text: first bad byte is byte 4", err, 1, true)
    assert.matches('"raw":"4万人以上"', out, 1, true)
  end)

  it("reports an empty file", function()
    local empty = H.write_temp("")
    local code, _, err = H.run("extract " .. empty)
    os.remove(empty)
    assert.are.equal(2, code)
    assert.matches(empty .. ": empty file", err, 1, true)
  end)

  it("refuses unknown options and formats with status 64", function()
    assert.are.equal(64, (H.run("extract --frobnicate x.txt")))
    assert.are.equal(64, (H.run("extract --format xml x.txt")))
  end)

  it("prints its help", function()
    local code, out = H.run("extract --help")
    assert.are.equal(0, code)
    assert.matches("usage: duixian extract", out, 1, true)
  end)

  it("aligns a table by display width", function()
    local path = H.write_temp("新增城镇就业4万人以上，生产总值增长6%左右。")
    local _, out = H.run(("extract --published 2022-02-24 --format table %s"):format(path))
    os.remove(path)
    local width = require("duixian.core").width
    local columns = {}
    for line in out:gmatch("[^\n]+") do
      local at = line:find("  [>~=]+  ")
      if line:find("^target") and at then columns[#columns + 1] = width(line:sub(1, at)) end
    end
    assert.are.equal(2, #columns) -- both rows, whose CJK subjects differ in length,
    assert.are.equal(columns[1], columns[2]) -- have their cmp column at the same cell
  end)
end)
