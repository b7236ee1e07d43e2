local H = require "spec.helper"

local DEMO = "--manifest data/demo/manifest.tsv data/demo/yunshui-2023.txt data/demo/yunshui-2024.txt " ..
  "data/demo/yunshui-2025.txt data/demo/yunshui-news-2024-01.txt"

local function jsonl(out)
  local rows = {}
  for line in out:gmatch("[^\n]+") do
    -- the fields the specs read, without a JSON parser
    local r = {}
    for k, v in line:gmatch('"([%w_]+)":"([^"]*)"') do r[k] = v end
    for k, v in line:gmatch('"([%w_]+)":(%-?[%d%.e]+)') do r[k] = tonumber(v) end
    for k in line:gmatch('"([%w_]+)":true') do r[k] = true end
    for k in line:gmatch('"([%w_]+)":false') do r[k] = false end
    r.line = line
    rows[#rows + 1] = r
  end
  return rows
end

local function find(rows, period, indicator_or_subject)
  for _, r in ipairs(rows) do
    if r.period == period and (r.indicator == indicator_or_subject or r.subject == indicator_or_subject) then return r end
  end
  return nil
end

describe("duixian audit", function()
  local code, out, err = H.run("audit --format jsonl " .. DEMO)
  local rows = jsonl(out)

  it("audits the demo corpus", function()
    assert.are.equal(0, code, err)
    assert.is_true(#rows >= 25)
  end)

  it("gives every verdict on the demo corpus", function()
    local seen = {}
    for _, r in ipairs(rows) do seen[r.status] = true end
    for _, s in ipairs({ "met", "missed", "not_reported", "conflicting", "not_comparable", "pending" }) do
      assert.is_true(seen[s] == true, "no " .. s .. " verdict")
    end
  end)

  it("writes the jsonl fields, with quotes that point into the documents", function()
    local text = H.read("data/demo/yunshui-2024.txt")
    local r = find(rows, "2023", "gdp_growth")
    for _, k in ipairs({ "region", "period", "indicator", "subject", "status", "target_doc", "target_start",
      "target_end", "target_raw", "target_value", "cmp", "unit", "outcome_doc", "outcome_start", "outcome_end",
      "outcome_raw", "outcome_value", "estimate", "reason" }) do
      assert.is_truthy(r.line:find('"' .. k .. '":', 1, true), "missing " .. k)
    end
    assert.are.equal("met", r.status)
    assert.are.equal("5.5%左右", r.target_raw)
    assert.are.equal("5.8%", r.outcome_raw)
    assert.are.equal("5.8%", text:sub(r.outcome_start, r.outcome_end))
    assert.is_false(r.estimate)
    assert.is_true(r.recurring)
  end)

  it("judges the demo's targets as a reader would", function()
    local cases = {
      { "2023", "industry_value_added_growth", "missed", "6.2%" },
      { "2023", "retail_sales_growth", "met", "6.5%" },
      { "2023", "income_growth", "not_comparable", "3.6万元" },
      { "2023", "unemployment_surveyed", "met", "5.2%" },
      { "2023", "energy_intensity", "missed", "2.1%" },
      { "2023", "base_stations_5g", "not_reported", nil },
      { "2024", "gdp_growth", "met", "5.3%" },
      { "2024", "urban_jobs", "conflicting", "3.4万人" },
      { "2024", "high_tech_firms", "missed", "104家" },
      { "2024-2026", "rd_intensity", "pending", nil },
      { "2025", "gdp_growth", "pending", nil },
    }
    for _, c in ipairs(cases) do
      local r = find(rows, c[1], c[2])
      assert.is_not_nil(r, c[1] .. " " .. c[2])
      assert.are.equal(c[3], r.status, c[1] .. " " .. c[2])
      assert.are.equal(c[4], r.outcome_raw, c[1] .. " " .. c[2])
    end
    assert.is_true(find(rows, "2023", "retail_sales_growth").estimate)
    local parks = find(rows, "2023", "城市口袋公园")
    assert.are.equal("similarity", parks.matched_by)
    assert.are.equal("met", parks.status)
  end)

  it("counts similarity matches in the rate only with --include-similar", function()
    local c1, without = H.run("audit --format md " .. DEMO)
    local c2, with = H.run("audit --format md --include-similar " .. DEMO)
    assert.are.equal(0, c1)
    assert.are.equal(0, c2)
    -- the demo's 城市口袋公园 is met by similarity: one more met in 2023 with the flag
    local function met_2023(md) return tonumber(md:match("| 云水市 | 2023 | (%d+) |")) end
    assert.are.equal(met_2023(without) + 1, met_2023(with))
  end)

  it("prints a scorecard and a table by default", function()
    local c, o = H.run("audit " .. DEMO)
    assert.are.equal(0, c)
    assert.matches("^duixian audit · %d%d%d%d%-%d%d%-%d%dT[%d:]+Z · %d+ verdicts from 4 documents\n", o)
    assert.matches("Scorecard", o, 1, true)
    assert.matches("生产总值增长", o, 1, true)
  end)

  it("writes csv, json and md", function()
    local c, o = H.run("audit --format csv " .. DEMO)
    assert.are.equal(0, c)
    assert.matches("^region,period,indicator,", o)
    c, o = H.run("audit --format json " .. DEMO)
    assert.are.equal(0, c)
    assert.matches('^{"created_at":"[%d:TZ-]+","params":{', o)
    assert.matches('"rank_reason":"final beats estimate"', o)
    assert.matches('"rules":%[{"name":"default","sha256":"%x+"}%]', o)
    c, o = H.run("audit --format md " .. DEMO)
    assert.are.equal(0, c)
    assert.matches("| region | year | met | missed |", o, 1, true)
  end)

  it("keeps to --year and --region", function()
    local _, o = H.run("audit --format jsonl --year 2024 " .. DEMO)
    for _, r in ipairs(jsonl(o)) do assert.matches("^2024", r.period) end
    assert.is_true(#jsonl(o) >= 8)
    _, o = H.run("audit --format jsonl --region 莘县 " .. DEMO)
    assert.are.equal("", o)
  end)

  it("writes to -o", function()
    local path = os.tmpname()
    finally(function() os.remove(path) end)
    local c, o = H.run("audit --format jsonl -o " .. path .. " " .. DEMO)
    assert.are.equal(0, c)
    assert.are.equal("", o)
    assert.are.equal(#rows, #jsonl(H.read(path)))
  end)

  it("applies a rule pack and names it on the verdicts it decided", function()
    local c, o = H.run("audit --format jsonl --rules examples/strict_tolerance.lua " .. DEMO)
    assert.are.equal(0, c)
    local r = find(jsonl(o), "2024", "gdp_growth")
    assert.are.equal("missed", r.status)
    assert.are.equal("strict tolerance", r.rule_pack)
  end)

  it("stops on an error in a rule pack, naming file and line, and writes nothing", function()
    local pack = H.write_temp("return {\n  judge = {\n    tolerance = function(_, t)\n      return t.no.such\n    end,\n  },\n}\n")
    local path = os.tmpname()
    os.remove(path)
    finally(function() os.remove(pack) os.remove(path) end)
    local c, o, e = H.run("audit -o " .. path .. " --rules " .. pack .. " " .. DEMO)
    assert.are.equal(65, c)
    assert.are.equal("", o)
    assert.matches("rule pack error: " .. pack:gsub("%p", "%%%0") .. ":4: ", e)
    assert.is_nil(io.open(path, "rb"))
  end)

  it("exits 65 on a pack that does not load, and 64 on usage errors", function()
    local pack = H.write_temp("return 42")
    finally(function() os.remove(pack) end)
    local c, _, e = H.run("audit --rules " .. pack .. " " .. DEMO)
    assert.are.equal(65, c)
    assert.matches("a rule pack must return a table", e)
    assert.are.equal(64, (H.run("audit --format xml " .. DEMO)))
    assert.are.equal(64, (H.run("audit --year 20x4 " .. DEMO)))
    assert.are.equal(64, (H.run("audit")))
    assert.are.equal(64, (H.run("audit --db")))
  end)

  it("exits 2 when a file cannot be read and audits the others", function()
    local c, o, e = H.run("audit --format jsonl " .. DEMO .. " data/demo/no-such-file.txt")
    assert.are.equal(2, c)
    assert.matches("no%-such%-file.txt: cannot open", e)
    assert.are.equal(#rows, #jsonl(o))
  end)

  it("has --help", function()
    local c, o = H.run("audit --help")
    assert.are.equal(0, c)
    assert.matches("^usage: duixian audit", o)
  end)
end)

describe("duixian indicators", function()
  it("lists the catalogue as a table and as json lines", function()
    local c, o = H.run("indicators")
    assert.are.equal(0, c)
    assert.matches("gdp_growth", o)
    assert.matches("%d+ indicators\n$", o)
    c, o = H.run("indicators --format json")
    assert.are.equal(0, c)
    assert.matches('^{"id":"gdp_growth","name":"生产总值增长","measure":"growth","unit":"%%","direction":"floor"', o)
  end)

  it("merges the indicators of a rule pack", function()
    local c, o = H.run("indicators --format json --rules examples/pocket_parks.lua")
    assert.are.equal(0, c)
    assert.matches('"id":"pocket_parks"', o)
  end)
end)

describe("duixian audit --db and duixian report --db", function()
  local demo = "--manifest data/demo/manifest.tsv data/demo/yunshui-2023.txt data/demo/yunshui-2024.txt"

  it("ingests into the database, saves the audit, and report renders it again", function()
    local db = os.tmpname()
    os.remove(db)
    finally(function() os.remove(db); os.remove(db .. "-wal"); os.remove(db .. "-shm") end)
    local code, first, err = H.run(("audit --db %s --format jsonl %s"):format(db, demo))
    assert.are.equal(0, code, err)
    assert.matches("saved as audit 1 in " .. db:gsub("%p", "%%%0"), err)
    local again
    code, again = H.run(("report --db %s --audit 1 --format jsonl"):format(db))
    assert.are.equal(0, code)
    assert.are.equal(first, again)
    -- a second audit of the same database, with no files, is audit 2 and the latest
    code = H.run(("audit --db %s --year 2023 --format jsonl"):format(db))
    assert.are.equal(0, code)
    local latest
    code, latest = H.run(("report --db %s --format jsonl"):format(db))
    assert.are.equal(0, code)
    for line in latest:gmatch("[^\n]+") do assert.matches('"period":"2023', line, 1, true) end
  end)

  it("scans the stored texts again when a rule pack overrides classification", function()
    local db = os.tmpname()
    os.remove(db)
    local pack = H.write_temp("return { classify = { is_other = function() return true end } }")
    finally(function() os.remove(db); os.remove(db .. "-wal"); os.remove(db .. "-shm"); os.remove(pack) end)
    assert.are.equal(0, (H.run(("audit --db %s --format jsonl %s"):format(db, demo))))
    local code, out = H.run(("audit --db %s --rules %s --format jsonl"):format(db, pack))
    assert.are.equal(0, code)
    assert.are.equal("", out) -- every mention is "other" now: no targets to judge
  end)

  it("says so when the database holds no audit", function()
    local db = os.tmpname()
    os.remove(db)
    finally(function() os.remove(db); os.remove(db .. "-wal"); os.remove(db .. "-shm") end)
    assert.are.equal(0, (H.run(("ingest --db %s %s"):format(db, demo))))
    local code, _, err = H.run("report --db " .. db)
    assert.are.equal(1, code)
    assert.matches("holds no audit yet", err, 1, true)
  end)
end)
