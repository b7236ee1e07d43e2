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

  it("says when the output cannot be written, with exit 2, in every format", function()
    local f = io.open("/dev/full", "wb")
    if not f then pending("/dev/full is not here: no device that is always full") return end
    f:close()
    for _, format in ipairs({ "csv", "jsonl", "json", "table" }) do
      local rc, _, msg = H.run(("audit %s --format %s -o /dev/full"):format(DEMO, format))
      assert.are.equal(2, rc, format)
      assert.truthy(msg:find("/dev/full: cannot write", 1, true), msg)
    end
  end)

  it("audits the demo corpus", function()
    assert.are.equal(0, code, err)
    assert.is_true(#rows >= 25)
  end)

  it("gives every verdict on the demo corpus", function()
    local seen = {}
    for _, r in ipairs(rows) do seen[r.status] = true end
    for _, s in ipairs({ "met", "missed", "not_reported", "conflicting", "pending" }) do
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
      { "2023", "income_growth", "not_reported", nil }, -- only a level (3.6万元) for a growth promised
      { "2023", "unemployment_surveyed", "met", "5.2%" },
      { "2023", "energy_intensity", "missed", "2.1%" },
      { "2023", "base_stations_5g", "not_reported", nil },
      { "2024", "gdp_growth", "met", "5.3%" },
      { "2024", "urban_jobs", "conflicting", "3.4万人" },
      { "2024", "high_tech_firms", "missed", "104家" },
      { "2026", "rd_intensity", "pending", nil }, -- 到2026年…达到2.8%: a level for its year
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

  it("reads a figure's topic from its paragraph's topic sentence or its heading, as the Lua API does", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir " .. dir))
    local function put(name, text)
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write(text)
      f:close()
    end
    put("plan.txt", "二、2013年工作部署\n（三）加强民生保障\n加快保障性住房建设。今年开工2万套。\n" ..
      "（四）推进城市更新\n今年开工改造老旧小区300个。\n")
    put("review.txt", "一、2013年工作回顾\n保障性住房开工2.2万套，开工改造老旧小区320个。\n")
    put("manifest.tsv", "file\tregion\tpublished\tkind\nplan.txt\t安徽省\t2013-01-20\twork_report\n" ..
      "review.txt\t安徽省\t2014-01-20\twork_report\n")
    local c, o, e = H.run("audit --format jsonl " .. dir)
    os.execute("rm -r " .. dir)
    assert.are.equal(0, c, e)
    local got = {}
    for _, r in ipairs(jsonl(o)) do got[#got + 1] = ("%s %s %s"):format(r.target_raw, r.status, r.outcome_raw) end
    assert.are.same({ "2万套 met 2.2万套", "300个 met 320个" }, got)
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

  describe("with a hostile or broken rule pack", function()
    -- Each pack ends in exit 65 naming its file and the rule, with nothing
    -- stored and no output written. Small limits keep the runaways short;
    -- the budgets, not a clock, end them.
    local LIMITS = "--rule-limits instructions=20000000,memory=16 "
    local CASES = {
      { "rewrites the host's gsub through the string metatable", "loading",
        [[local s = getmetatable("").__index; s.gsub = function(str) return str, 0 end
return { judge = { not_reported = function(R, case) return "met", "<script>x</script>" end } }]] },
      { "modifies string through a string value", "loading", [[("").gsub = function() end return {}]] },
      { "removes conflicting from defaults.judge.order", "defaults.judge.order is read%-only",
        [[for i, v in ipairs(defaults.judge.order) do
  if v == "conflicting" then table.remove(defaults.judge.order, i) end end
return { name = "empty pack" }]] },
      { "rawsets a default", "rawset: this table is a read%-only view", [[rawset(defaults.judge, "order", {}) return {}]] },
      { "sets a metatable on a default table", "setmetatable: this table is a read%-only view",
        [[setmetatable(defaults.classify.generic_places, { __index = function() return true end }) return {}]] },
      { "rewrites a default word table", "defaults.classify.generic_places is read%-only",
        [[defaults.classify.generic_places["莘县"] = true
return { name = "no-op" }]] },
      { "rewrites the lexicon", "defaults.lexicon.units is read%-only",
        [[defaults.lexicon.units["%"] = nil return {}]] },
      { "changes R inside a rule", "judge.pending", [[return { judge = { pending = function(R) R.judge.order[1] = "x" end } }]] },
      { "loops at load", "loading: ran past its budget of 20000000 instructions", "while true do end return {}" },
      { "loops in judge.tolerance", "judge.tolerance: ran past its budget",
        [[return { judge = { tolerance = function() while true do end end } }]] },
      { "catches its own budget error and loops on", "judge.pending: ran past its budget",
        [[return { judge = { pending = function() while true do pcall(function() while true do end end) end end } }]] },
      { "loops in an error handler", "judge.pending: ran past its budget",
        [[return { judge = { pending = function()
  xpcall(function() while true do end end, function() while true do end end) end } }]] },
      { "raises an error whose __tostring loops", "judge.pending: raised a table instead of a message",
        [[return { judge = { pending = function()
  error(setmetatable({}, { __tostring = function() while true do end end })) end } }]] },
      { "raises an error whose __tostring raises", "raised a table instead of a message",
        [[return { judge = { pending = function()
  error(setmetatable({}, { __tostring = function() error("nested") end })) end } }]] },
      { "raises a table at load", "loading: raised a table instead of a message", "error({ code = 1 })" },
      { "sets a looping __gc", "may not set __gc", [[setmetatable({}, { __gc = function() while true do end end }) return {}]] },
      { "matches a backtracking pattern", "the pattern",
        [[return { judge = { pending = function() return ("a"):rep(40):find(("a?"):rep(40) .. ("a"):rep(40)) end } }]] },
      { "grows a table without end at load", "loading: took more than 16 MB of memory",
        "local t = {} for i = 1, 1e10 do t[i] = i end return {}" },
      { "grows a table without end in a rule", "judge.tolerance: took more than 16 MB",
        [[return { judge = { tolerance = function() local t = {} for i = 1, 1e10 do t[i] = i end end } }]] },
      { "builds a huge string with string.rep", "took more than 16 MB of memory",
        [[return { judge = { pending = function() return ("x"):rep(2^29) end } }]] },
      { "recurses without end", "stack overflow",
        [[return { judge = { pending = function() local function f(n) return f(n + 1) + 1 end return f(1) end } }]],
        "--rule-limits instructions=20000000,memory=256 " },
      { "reaches for coroutine", "attempt to index a nil value",
        [[return { judge = { pending = function() return coroutine.wrap(print) end } }]] },
      { "reaches for load and loadstring", "attempt to call a nil value",
        [[return { judge = { pending = function() return (load or loadstring)("return 1") end } }]] },
      { "returns a table from a judge rule", "judge.pending: returned a table; expected nil %(undecided%)",
        [[return { judge = { pending = function() return {} end } }]] },
      { "returns a string where a number is expected", 'returned the string "lots" as value 1; expected a number',
        [[return { judge = { tolerance = function() return "lots" end } }]] },
      { "returns garbage from judge.verdict", "judge.verdict: returned number 123, a table, nil",
        [[return { judge = { verdict = function() return 123, {}, nil end } }]] },
      { "returns an unknown direction", 'returned the string "sideways"',
        [[return { judge = { direction = function() return "sideways" end } }]] },
      { "returns a number as a kind", "classify.kind_and_period: returned number 42",
        [[return { classify = { kind_and_period = function() return 42, {} end } }]] },
      { "empties judge.order", "judge.order must end with a rule that always decides", "return { judge = { order = {} } }" },
      { "is not a table", "a rule pack must return a table", "return 42" },
      { "returns a table whose __pairs loops", "metamethod __pairs: ran past its budget",
        "return setmetatable({}, { __pairs = function() while true do end end })" },
      { "hides a looping __index behind a section", "metamethod __index: ran past its budget",
        [[return { judge = setmetatable({ tolerance = function() return 1 end },
  { __index = function() while true do end end }) }]] },
      { "closes a variable with a looping __close", "metamethod __close: ran past its budget",
        [[local x <close> = setmetatable({}, { __close = function() while true do end end }) return {}]] },
      { "sorts with a comparator that loops", "judge.pending: ran past its budget",
        [[return { judge = { pending = function() table.sort({ 3, 2, 1 }, function() while true do end end) end } }]] },
      { "moves 2^40 elements", "table.move: more than 10,000,000 elements",
        [[return { judge = { pending = function() table.move({}, 1, 2^40, 1, {}) end } }]] },
      { "repeats an empty string 2^62 times (a C loop that allocates nothing)", "repeated nothing %(in judge.pending%)",
        [[return { judge = { pending = function() if (""):rep(1 << 62) == "" then error("repeated nothing") end end } }]] },
      { "searches 4 MB for a 2 MB string, plainly", "string.find: searching a 4000000%-byte subject for a pattern of 2000001 bytes",
        [[return { judge = { pending = function()
  return ("a"):rep(4000000):find(("a"):rep(2000000) .. "b", 1, true) end } }]] },
      { "matches a 2 MB pattern of literal bytes", "string.match: the pattern",
        [[return { judge = { pending = function() return ("a"):rep(4000000):match(("a"):rep(2000000) .. ".b") end } }]] },
      { "lists judge.verdict in judge.order (it would call itself)", "judge.order%[1%] names 'verdict', which is no judge rule",
        [[return { judge = { order = { "verdict" } } }]] },
      { "gives a number for a table of words", "classify.generic_places must be a table like the default one, not a number",
        "return { classify = { generic_places = 5 } }" },
      { "gives a string for a threshold", "match.similar_scale must be a number like the default one, not a string",
        [[return { match = { similar_scale = "ten" } }]] },
      { "gives an evidence criterion without its fields", "match.criteria%[1%]%.beats must be a function like the default rows', not a nil",
        [[return { match = { criteria = { { name = "x" } } } }]] },
      { "lists a rule that calls itself among not_a_figure", "stack overflow",
        [[return { classify = { not_a_figure = { { rule = "classify", reason = "x" } } } }]] },
      { "renames a document", "document is read%-only: cannot set 'file'",
        [[return { match = { prepare = function(R, m, doc, prev) doc.file = "<b>other.txt</b>"
  return defaults.match.prepare(R, m, doc, prev) end } }]] },
      { "sets a metatable on a document", "setmetatable: this table is a read%-only view",
        [[return { match = { prepare = function(R, m, doc, prev) setmetatable(doc, { __index = function() error("late") end })
  return defaults.match.prepare(R, m, doc, prev) end } }]] },
      { "returns an item whose region is a number", "match.prepare: returned number 5 as m.region; expected an item table",
        [[return { match = { prepare = function(R, m, doc, prev)
  local item = defaults.match.prepare(R, m, doc, prev)
  return { m = { start = m.start, ["end"] = m["end"], value = m.value, region = 5 }, doc = doc, first = item.first, last = item.last }
end } }]] },
      { "returns an item whose first year is a string", 'match.prepare: returned the string "x" as first; expected an item table',
        [[return { match = { prepare = function(R, m, doc, prev) return { m = m, doc = doc, first = "x" } end } }]] },
      { "returns candidates whose relation is a number", "match.candidates: returned number 5 as %[1%]%.relation;"
        .. " expected a list of candidates with %[1%]%.relation to be a string %(at most 1 MB%) or nil",
        [[return { match = { candidates = function(R, t, outcomes)
  local out = {}
  for i, c in ipairs(defaults.match.candidates(R, t, outcomes)) do
    local copy = {}
    for k, v in pairs(c) do copy[k] = v end
    copy.relation = 5
    out[i] = copy
  end
  return out end } }]] },
      { "ranks a candidate that is no item", "match.rank: returned number 5 as %[1%]%.item; expected the ranked list of"
        .. " candidates with %[1%]%.item to be an item table",
        [[return { match = { rank = function(R, cands) return { { item = 5 } } end } }]] },
      { "classifies a mention with a number as its kind", "classify.classify: returned number 42 as kind",
        [[return { classify = { classify = function(R, m) m.kind = 42 return m end } }]] },
      { "raises a message of many lines and escape sequences", [[line1\10line2\27%[2Jxxx]],
        [[return { judge = { pending = function() error("line1\nline2\27[2J" .. ("x"):rep(100000)) end } }]] },
      { "keeps 5 MB more at each call", "match.key: holds %d+ MB from its earlier calls, more than 16 MB",
        [[local keep = {}
return { match = { key = function(R, t) keep[#keep + 1] = ("y"):rep(5 * 1024 * 1024) .. #keep
  return defaults.match.key(R, t) end } }]] },
      { "keeps 5 MB more at each call in R.cache", "match.prepare: holds %d+ MB from its earlier calls, more than 16 MB",
        [[return { match = { prepare = function(R, m, doc, prev)
  local c = R.cache
  c.junk = c.junk or {}
  c.junk[#c.junk + 1] = ("z"):rep(5 * 1024 * 1024) .. #c.junk
  return defaults.match.prepare(R, m, doc, prev) end } }]] },
      { "upper-cases a megabyte without end (each instruction's work is in C)", "judge.pending: ran past 1 s of CPU time",
        [[return { judge = { pending = function() local s = ("x"):rep(1000000) while true do local y = s:upper() end end } }]],
        "--rule-limits instructions=1000000000000,memory=16,seconds=1 " },
      { "compares two long strings without end", "judge.pending: ran past 1 s of CPU time",
        [[return { judge = { pending = function() local s, t = ("x"):rep(5000000), ("x"):rep(4999999) .. "y"
  while true do local _ = s == t end end } }]], "--rule-limits instructions=1000000000000,memory=16,seconds=1 " },
      { "gives a verdict a reason of 20,000 bytes", "judge.pending: returned a string of 20000 bytes as the reason;"
        .. " expected a reason string of at most 10000 bytes after the status",
        [[return { judge = { pending = function() return "met", ("x"):rep(20000) end } }]] },
      { "gives a number as a string of two megabytes", "judge.num: returned the string \"xxx.-\" %(2097152 bytes%) as value 1;"
        .. " expected a string",
        [[return { judge = { num = function() return ("x"):rep(2 * 1024 * 1024) end } }]] },
      { "misspells a rule name", ":1: judge has no rule named 'tolerence'",
        "return { judge = { tolerence = function() return 1 end } }" },
      { "names itself with a table", "name must be a string", "return { name = {} }" },
    }
    local duixian = require "duixian"
    local function stored(db)
      local f = io.open(db, "rb")
      if not f then return 0, 0 end
      f:close()
      local d = assert(duixian.open(db))
      local docs = d:first("SELECT count(*) AS n FROM documents").n
      local audits = d:first("SELECT count(*) AS n FROM audits").n
      d:close()
      return docs, audits
    end
    for _, case in ipairs(CASES) do
      local what, expected, src, limits = case[1], case[2], case[3], case[4] or LIMITS
      it(("stops with exit 65 on a pack that %s, storing and writing nothing"):format(what), function()
        local pack = H.write_temp(src)
        local db, out = os.tmpname(), os.tmpname()
        os.remove(db)
        os.remove(out)
        finally(function()
          for _, f in ipairs({ pack, db, db .. "-wal", db .. "-shm", out }) do os.remove(f) end
        end)
        local c, o, e = H.run(("audit --db %s --rules %s %s--format html -o %s %s"):format(db, pack, limits, out, DEMO))
        assert.are.equal(65, c)
        assert.are.equal("", o)
        assert.matches("^duixian audit: rule pack", e)
        assert.matches(pack, e, 1, true)
        assert.matches(expected, e)
        assert.are.equal(1, select(2, e:gsub("\n", "")))
        assert.is_nil(io.open(out, "rb"))
        local docs, audits = stored(db)
        assert.are.equal(0, docs)
        assert.are.equal(0, audits)
        assert.are.equal(string, getmetatable("").__index)
      end)
    end

    it("leaves a database that already holds documents as it was", function()
      local pack = H.write_temp("return { judge = { tolerance = function() while true do end end } }")
      local db = os.tmpname()
      os.remove(db)
      finally(function() for _, f in ipairs({ pack, db, db .. "-wal", db .. "-shm" }) do os.remove(f) end end)
      assert.are.equal(0, (H.run(("ingest --db %s --manifest data/demo/manifest.tsv data/demo/yunshui-2023.txt"):format(db))))
      local c = H.run(("audit --db %s --rules %s %s%s"):format(db, pack, LIMITS, DEMO))
      assert.are.equal(65, c)
      local docs, audits = stored(db)
      assert.are.equal(1, docs)
      assert.are.equal(0, audits)
    end)

    it("escapes what a pack returns in HTML: the host's gsub is its own", function()
      local pack = H.write_temp([[return { name = "innocent", judge = { not_reported = function(R, case)
  local st, reason = defaults.judge.not_reported(R, case)
  if st then return st, reason .. "<script>x</script>" end end } }]])
      finally(function() os.remove(pack) end)
      local c, o = H.run(("audit --rules %s --format html %s"):format(pack, DEMO))
      assert.are.equal(0, c)
      assert.is_nil(o:find("<script>x", 1, true))
      assert.truthy(o:find("&lt;script&gt;x", 1, true))
      c, o = H.run(("audit --rules %s --format jsonl %s"):format(pack, DEMO))
      assert.are.equal(0, c)
      for line in o:gmatch("[^\n]+") do
        if line:find('"rule":"not_reported"', 1, true) then assert.matches('"rule_pack":"innocent"', line, 1, true) end
      end
    end)

    it("names a pack that overrides judge.order on every verdict it ordered", function()
      local order = table.concat(require("duixian.rules.judge").order, '","')
      local pack = H.write_temp(('return { name = "reordered", judge = { order = { "%s" } } }'):format(order))
      finally(function() os.remove(pack) end)
      local c, o = H.run(("audit --rules %s --format jsonl %s"):format(pack, DEMO))
      assert.are.equal(0, c)
      local n = 0
      for line in o:gmatch("[^\n]+") do
        n = n + 1
        assert.matches('"rule_pack":"reordered"', line, 1, true)
      end
      assert.is_true(n > 0)
    end)

    it("names a pack whose match rules were in force on every verdict, judged as the defaults judge", function()
      local pack = H.write_temp([[return { name = "same periods", match = {
  span = function(R, period) return defaults.match.span(R, period) end } }]])
      finally(function() os.remove(pack) end)
      local c, base = H.run("audit --format jsonl " .. DEMO)
      assert.are.equal(0, c)
      local o
      c, o = H.run(("audit --rules %s --format jsonl %s"):format(pack, DEMO))
      assert.are.equal(0, c)
      local n = 0
      for line in o:gmatch("[^\n]+") do
        n = n + 1
        assert.matches('"rule_pack":"same periods"', line, 1, true)
      end
      assert.are.equal(select(2, base:gsub("\n", "")), n)
      assert.are.equal(base:gsub('"rule_pack":null', ""):gsub('"created_at":"[^"]*"', ""),
        (o:gsub('"rule_pack":"same periods"', ""):gsub('"created_at":"[^"]*"', "")))
    end)

    it("names a pack whose judge rule was tried before the one that decided", function()
      local pack = H.write_temp([[return { name = "tried first", judge = { pending = function(R, case)
  return defaults.judge.pending(R, case) end } }]])
      finally(function() os.remove(pack) end)
      local c, o = H.run(("audit --rules %s --format jsonl %s"):format(pack, DEMO))
      assert.are.equal(0, c)
      local n = 0
      for line in o:gmatch("[^\n]+") do
        n = n + 1
        assert.matches('"rule_pack":"tried first"', line, 1, true)
      end
      assert.are.equal(30, n)
    end)

    it("names a pack that gave a catalogue entry on the verdicts about it, and no other", function()
      local c, o = H.run("audit --rules examples/pocket_parks.lua --format jsonl " .. DEMO)
      assert.are.equal(0, c)
      local named = 0
      for line in o:gmatch("[^\n]+") do
        if line:find('"indicator":"pocket_parks"', 1, true) then
          named = named + 1
          assert.matches('"rule_pack":"pocket parks"', line, 1, true)
        else
          assert.matches('"rule_pack":null', line, 1, true)
        end
      end
      assert.is_true(named > 0)
    end)

    it("refuses --rule-limits it cannot read with exit 64", function()
      local c, _, e = H.run("audit --rule-limits cpu=5 " .. DEMO)
      assert.are.equal(64, c)
      assert.are.equal("duixian audit: --rule-limits: 'cpu=5' is not instructions=N, memory=MB or seconds=S\n", e)
    end)
  end)
end)
