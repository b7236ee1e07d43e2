-- Facts stored, decisions derived: an audit under a rule pack derives its
-- classification from stored facts, never from the text, and leaves the
-- database's cached default classification as it was.
local H = require "spec.helper"
local duixian = require "duixian"
local rules = require "duixian.rules"

local DEMO_FILES = "data/demo/yunshui-2023.txt data/demo/yunshui-2024.txt data/demo/yunshui-2025.txt " ..
  "data/demo/yunshui-news-2024-01.txt"
local DEMO = "--manifest data/demo/manifest.tsv " .. DEMO_FILES

-- Paths of a test's scratch databases, removed after it: busted keeps only
-- the last finally() of a test, so one cleanup removes them all.
local scratch = {}
after_each(function()
  for _, db in ipairs(scratch) do os.remove(db); os.remove(db .. "-wal"); os.remove(db .. "-shm") end
  scratch = {}
end)

local function temp_db()
  local db = os.tmpname()
  os.remove(db)
  scratch[#scratch + 1] = db
  return db
end

-- the verdict lines without the audit's creation time
local function verdicts(out) return (out:gsub('"created_at":"[^"]*",?', "")) end

describe("rules derived from stored facts", function()
  it("gives, after an audit under a classify pack, exactly what a fresh database gives", function()
    local db1, db2 = temp_db(), temp_db()
    local pack = H.write_temp("return { name = 'no targets', classify = { is_other = function() return true end } }")
    finally(function() os.remove(pack) end)
    local code, out = H.run(("audit --db %s --rules %s --format jsonl %s"):format(db1, pack, DEMO))
    assert.are.equal(0, code)
    assert.are.equal("", out) -- every mention is "other" under the pack
    local _, after = H.run(("audit --db %s --format jsonl"):format(db1))
    local _, fresh = H.run(("audit --db %s --format jsonl %s"):format(db2, DEMO))
    assert.are.equal(30, select(2, fresh:gsub("\n", "")))
    assert.are.equal(verdicts(fresh), verdicts(after))
  end)

  it("gives what a fresh database gives after a pack that tries to change the defaults in place", function()
    local db1, db2 = temp_db(), temp_db()
    local pack = H.write_temp([[
local ok = pcall(function() table.remove(defaults.judge.order, 4) end)
local ok2 = pcall(function() defaults.classify.generic_places["新区"] = nil end)
return { name = "empty pack" }]])
    finally(function() os.remove(pack) end)
    H.run(("audit --db %s --rules %s --format jsonl %s"):format(db1, pack, DEMO))
    local _, after = H.run(("audit --db %s --format jsonl"):format(db1))
    local _, fresh = H.run(("audit --db %s --format jsonl %s"):format(db2, DEMO))
    assert.are.equal(verdicts(fresh), verdicts(after))
    assert.are.same({ "pending", "not_reported", "not_comparable", "conflicting" },
      { table.unpack(require("duixian.rules.judge").order, 1, 4) })
  end)

  it("classifies a stored database under a pack without reading any document's text", function()
    local path = temp_db()
    local db = assert(duixian.open(path))
    for f in DEMO_FILES:gmatch("%S+") do
      assert(db:ingest(f, { published = f:match("(%d%d%d%d)") .. "-02-20", region = "云水市", kind = "work_report" }))
    end
    local before = {}
    for m in db:derive(rules.default()) do before[#before + 1] = m.kind .. " " .. tostring(m.period) .. " " .. m.raw end
    -- the texts are gone: only facts remain
    assert(db:exec("UPDATE documents SET text = ''"))
    local pack = rules.compose({ { name = "p", classify = { estimate_of = function() return true end } } })
    local after, estimates = {}, 0
    for m in db:derive(pack) do
      after[#after + 1] = m.kind .. " " .. tostring(m.period) .. " " .. m.raw
      if m.estimate then estimates = estimates + 1 end
    end
    assert.are.same(before, after)
    assert.are.equal(#after, estimates)
    db:close()
  end)

  it("re-derives the cached classification when the default rules change", function()
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest("去年全市生产总值增长8.4%。\n今年生产总值增长6%左右。\n",
      { published = "2022-02-24", region = "聊城市", file = "a.txt" }))
    assert.are.equal(0, db:refresh()) -- stamped at ingest: nothing to do
    -- rules of another version made the cache
    assert(db:exec("UPDATE derivations SET digest = 'old'; UPDATE mentions SET kind = 'other'"))
    assert.are.equal(2, db:refresh())
    local kinds = {}
    for m in db:mentions() do kinds[#kinds + 1] = m.kind .. " " .. m.period end
    assert.are.same({ "outcome 2021", "target 2022" }, kinds)
    assert.are.equal(rules.default_digest(), db:derived_digest())
    db:close()
  end)

  it("keeps, for a document of no known region, the words it uses of itself, and re-derives with them", function()
    local db = assert(duixian.open(":memory:"))
    local text = "去年，全市生产总值增长8.4%。我市新增就业3万人。全省生产总值增长5%。\n"
    assert(db:ingest(text, { published = "2024-01-10", file = "a.txt", kind = "work_report" }))
    assert.are.equal("全省=1,全市=1,我市=1", db:first("SELECT self_words FROM documents").self_words)
    local function kinds()
      local out = {}
      for m in db:mentions() do out[#out + 1] = m.raw .. " " .. m.kind end
      return out
    end
    local want = { "8.4% outcome", "3万人 outcome", "5% other" }
    assert.are.same(want, kinds())
    -- rules of another version made the cache, and a database written
    -- before the words were kept has none: the refresh reads them again
    assert(db:exec("UPDATE derivations SET digest = 'old'; UPDATE mentions SET kind = 'target'; " ..
      "UPDATE documents SET self_words = NULL"))
    assert.are.equal(3, db:refresh())
    assert.are.same(want, kinds())
    assert.are.equal("全省=1,全市=1,我市=1", db:first("SELECT self_words FROM documents").self_words)
    db:close()
  end)

  it("counts the words of itself of a text in traditional characters as the scan did, after a refresh", function()
    if not pcall(require, "duixian.t2s") then return pending("duixian.t2s is not built here (libopencc-dev)") end
    local db = assert(duixian.open(":memory:"))
    -- a county's report: 全縣 (全县) thrice, the city above (全市) once
    local text = "2023年，全縣生產總值增長6%。全縣新增就業3000人。全市生產總值增長5%。全縣糧食產量10萬噸。\n"
    assert(db:ingest(text, { published = "2024-01-10", file = "a.txt", kind = "work_report" }))
    local function state()
      local out = { db:first("SELECT self_words FROM documents").self_words }
      for m in db:mentions() do out[#out + 1] = m.raw .. " " .. m.kind end
      return out
    end
    local want = { "全市=1,全县=3", "6% outcome", "3000人 outcome", "5% other", "10萬噸 outcome" }
    assert.are.same(want, state())
    assert(db:exec("UPDATE derivations SET digest = 'old'"))
    assert(db:refresh())
    assert.are.same(want, state())
    db:close()
  end)

  it("stores the facts again from the text when another scanner stored them", function()
    local text = "一、2021年工作回顾\n一年来，我们稳中求进。\n（一）产业\n企业参与省级科技计划项目超600项。\n"
    local meta = { published = "2022-02-24", region = "聊城市", file = "a.txt", kind = "work_report" }
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(text, meta))
    assert.are.equal(rules.facts_digest(), db:facts_digest())
    -- an older scanner: no section frame kept into subsections, one mention lost
    assert(db:exec("UPDATE derivations SET digest = 'old' WHERE name = 'facts'; " ..
      "UPDATE sentences SET section_cues = NULL; UPDATE mentions SET kind = 'target', period = '2022'"))
    assert(db:exec("DELETE FROM mentions WHERE raw = '超600项'"))
    assert.is_true(db:refresh() >= 1)
    local got = {}
    for m in db:mentions() do got[#got + 1] = m.raw .. " " .. m.kind .. " " .. m.period end
    assert.are.same({ "超600项 outcome 2021" }, got)
    assert.are.equal(rules.facts_digest(), db:facts_digest())
    assert.are.equal(0, db:refresh())
    db:close()
  end)
end)

describe("overrides take effect everywhere", function()
  local function audit_with(pack_table)
    local R = rules.compose(pack_table and { pack_table } or {})
    local cli_audit = require "duixian.cli.audit"
    local meta = require "duixian.meta"
    local manifest = assert(meta.read_manifest("data/demo/manifest.tsv"))
    local paths = {}
    for f in DEMO_FILES:gmatch("%S+") do paths[#paths + 1] = f end
    local documents, mentions = cli_audit.load_from_files(paths, manifest, R, pack_table and pack_table.classify ~= nil)
    return require("duixian.audit").run{ documents = documents, mentions = mentions, rules = R }
  end
  local function statuses(a)
    local n = {}
    for _, v in ipairs(a.verdicts) do n[v.status] = (n[v.status] or 0) + 1 end
    return n
  end

  it("match.span, called by the default match rules, changes the result when overridden", function()
    local base = statuses(audit_with(nil))
    assert.is_true((base.met or 0) > 0)
    local none = statuses(audit_with({ name = "no periods", match = { span = function() return nil end } }))
    assert.is_nil(none.met)
    assert.is_nil(none.missed)
  end)

  it("judge.tolerance, called by the default judge rules, changes the result when overridden", function()
    local base = audit_with(nil)
    local wide = audit_with({ name = "wide", judge = { tolerance = function() return -1e12 end } })
    local changed = 0
    for i, v in ipairs(base.verdicts) do
      if v.rule:match("_about$") and v.status ~= wide.verdicts[i].status then changed = changed + 1 end
    end
    assert.is_true(changed > 0)
    for _, v in ipairs(wide.verdicts) do
      if v.rule:match("_about$") then assert.are.equal("wide", v.rule_pack) end
    end
  end)

  it("judge.num and judge.with_unit, called by the default judge rules, change the reasons when overridden", function()
    local base = audit_with(nil)
    local worded = audit_with({ name = "worded", judge = {
      num = function(_, v) return "<" .. tostring(v) .. ">" end,
      with_unit = function(R, v, unit) return R.judge.num(R, v) .. " " .. tostring(unit) end } })
    local about, threshold = 0, 0
    for i, v in ipairs(base.verdicts) do
      local w = worded.verdicts[i]
      assert.are.equal(v.status, w.status)
      if v.rule == "floor_about" then
        about = about + 1
        assert.matches("less the tolerance <0.5> for 左右", w.reason, 1, true)
      end
      if v.status == "met" or v.status == "missed" then
        threshold = threshold + 1
        assert.matches(" <[%d.]+> ", w.reason)
        assert.are.equal("worded", w.rule_pack)
      end
    end
    assert.is_true(about > 0 and threshold > 0)
  end)

  it("refuses a pack naming a rule no default calls (match.same_unit_for is gone)", function()
    local path = H.write_temp("return { match = { same_unit_for = function() return false end } }")
    finally(function() os.remove(path) end)
    local p, msg = rules.load(path)
    assert.is_nil(p)
    assert.are.equal(path .. ":1: match has no rule named 'same_unit_for' to override (see duixian.rules.match)", msg)
  end)

  it("a rule called through R by its siblings (classify.time_word) changes classification", function()
    local R = rules.compose({ { name = "no time words", classify = { time_word = function() return nil end } } })
    local ms = assert(duixian.scan("去年全市生产总值增长8.4%。", { published = "2022-02-24", region = "聊城市" }, { rules = R }))
    assert.are.equal("2022", ms[1].period) -- 去年 no longer read: the plan year
    ms = assert(duixian.scan("去年全市生产总值增长8.4%。", { published = "2022-02-24", region = "聊城市" }))
    assert.are.equal("2021", ms[1].period)
  end)
end)

describe("duixian rules --list", function()
  it("lists every rule and table a pack can override, with its documentation", function()
    local code, out = H.run("rules --list")
    assert.are.equal(0, code)
    assert.matches("\njudge\n", out, 1, true)
    assert.matches("  tolerance              rule  How far 左右 stretches around value", out, 1, true)
    assert.matches("  span                   rule  First and last year of a period", out, 1, true)
    assert.matches("  generic_places         table Words meaning the document's own region", out, 1, true)
    assert.matches("\nindicators\n  <id>                   table A catalogue entry, by its id:", out, 1, true)
    -- a comment line that breaks a Chinese phrase joins it again, with no space
    assert.matches("(其中棚户区住房改造470万套: a part of the total before it)", out, 1, true)
    for line in out:gmatch("[^\n]+") do
      if line:sub(1, 2) == "  " then assert.is_truthy(line:match("^  %S+%s+%a+%s+%S"), line) end
    end
  end)

  it("marks what a pack overrides, and refuses a misspelt name with exit 65 naming file and key", function()
    local good = H.write_temp("return { name = 'mine', judge = { tolerance = function() return 1 end } }")
    local typo = H.write_temp("return { judge = {\n tolerence = function() return 1 end } }")
    finally(function() os.remove(good); os.remove(typo) end)
    local code, out = H.run("rules --list --rules " .. good)
    assert.are.equal(0, code)
    assert.matches("tolerance%s+rule%s+How far.-%[mine%]", out)
    local code2, _, err = H.run("rules --list --rules " .. typo)
    assert.are.equal(65, code2)
    assert.matches(typo .. ":2: judge has no rule named 'tolerence' to override", err, 1, true)
  end)
end)

describe("stored cues", function()
  local facts = require "duixian.db.facts"

  it("keep every fact of a cue, the outer mark of an enclosing section's included", function()
    local cues = {
      { word = "一年来", class = "time", pos = 1 },
      { word = "2025年", class = "time", pos = 10, year = 2025, year_to = 2025, horizon = true, outer = true },
      { word = "2020年", class = "time", pos = 20, year = 2020, year_to = 2020, horizon = false, before = "较",
        after = "改" },
      { word = "力争", class = "modal", pos = 31, outer = true },
    }
    assert.are.same(cues, facts.decode_cues(facts.encode_cues(cues)))
  end)

  it("read cues stored before the character before a time word was kept (seven fields)", function()
    local old = table.concat({ "2020年", "time", "5", "2020", "2020", "", "1" }, "\31")
    assert.are.same({ { word = "2020年", class = "time", pos = 5, year = 2020, year_to = 2020, horizon = false, outer = true } },
      facts.decode_cues(old))
  end)

  it("date nothing after a paragraph that opens with a year compared with (较2020年), as ingest stores them", function()
    local text = "一、“十四五”时期工作回顾\n过去五年，全省经济稳步增长。\nPM2.5浓度较2020年改善43.9%。\n"
      .. "实际使用外资比“十三五”时期增长78.9%。\n"
    local meta = { published = "2026-01-28", region = "山东省", kind = "work_report", file = "r.txt" }
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest(text, meta))
    local stored = {}
    for m in db:mentions() do stored[#stored + 1] = m.raw .. " " .. m.period end
    db:close()
    assert.are.same({ "43.9% 2021-2025", "78.9% 2021-2025" }, stored)
  end)

  it("read cues stored before the outer mark existed (six fields)", function()
    local old = table.concat({ "一年来", "time", "1", "", "", "" }, "\31")
    assert.are.same({ { word = "一年来", class = "time", pos = 1 } }, facts.decode_cues(old))
  end)
end)
