-- luacheck: read globals spec_helper
-- Human review that persists (issue 11): the review file, corrections
-- keyed by sha256 and span, stale ones after an edit, sources, history.
local H = spec_helper
local csv = require "duixian.csv"
local json_decode = require "duixian.json_decode"
local dbm = require "duixian.db"

-- A folder of its own with the demo corpus copied in (so a spec may edit
-- a document), and a database path in it.
local function demo_copy()
  local lfs = require "lfs"
  local dir = os.tmpname()
  os.remove(dir)
  assert(lfs.mkdir(dir))
  -- copied in Lua: a shell's cp would run under the sanitizers' preload (make asan)
  for name in lfs.dir("data/demo") do
    if name ~= "." and name ~= ".." then
      local src = assert(io.open("data/demo/" .. name, "rb"))
      local dst = assert(io.open(dir .. "/" .. name, "wb"))
      dst:write(src:read("a"))
      src:close()
      dst:close()
    end
  end
  return dir, dir .. "/db.sqlite"
end

local function ingest(dir, db)
  local code, _, err = H.run(("ingest --db %s --manifest %s/manifest.tsv %s/*.txt"):format(db, dir, dir))
  assert.are.equal(0, code, err)
end

-- The review file's rows as tables keyed by column.
local function rows_of(text)
  local recs = assert(csv.parse(text))
  local head, out = recs[1], {}
  for k = 2, #recs do
    local r = {}
    for i, h in ipairs(head) do r[h] = recs[k][i] end
    out[#out + 1] = r
  end
  return out, head
end

-- Write the review rows back, with edit(row) filling some in.
local function write_review(path, text, edit)
  local recs = assert(csv.parse(text))
  local head = recs[1]
  local out = { "\239\187\191", csv.record(head) }
  for k = 2, #recs do
    local r = {}
    for i, h in ipairs(head) do r[h] = recs[k][i] end
    edit(r)
    local fields = {}
    for i, h in ipairs(head) do fields[i] = r[h] end
    out[#out + 1] = csv.record(fields, #head)
  end
  local f = assert(io.open(path, "wb"))
  f:write(table.concat(out))
  f:close()
end

-- The three decisions of the bar: a verdict changed, a target rejected,
-- another outcome picked (in the news, a document of its own).
local function decide(r)
  if r.indicator == "生产总值增长" and r.year == "2023" then
    r.decision, r.note, r.reviewer = "missed", "统计公报修订为5.2%", "王编辑"
  elseif r.indicator == "5G基站" then
    r.decision, r.reviewer = "not_a_target", "王编辑"
  elseif r.indicator == "规上工业增加值增长" and r.year == "2023" then
    r.outcome, r.reviewer = "2", "李"
  end
end

local function jsonl(text)
  local out = {}
  for line in text:gmatch("[^\n]+") do out[#out + 1] = assert(json_decode.decode(line)) end
  return out
end

-- The verdict on a target, by its words and year.
local function find(list, raw, year)
  for _, v in ipairs(list) do
    if v.target_raw == raw and v.period == year then return v end
  end
end

describe("csv.parse", function()
  it("reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line", function()
    local recs = assert(csv.parse('\239\187\191a,b\r\n"x, ""y""","line\r\nbreak"\r\nlast,\r\n', "t.csv"))
    assert.are.equal(3, #recs)
    assert.are.same({ 'x, "y"', "line\r\nbreak" }, { recs[2][1], recs[2][2] })
    assert.are.same({ 2, 4 }, { recs[2].line, recs[3].line })
    assert.are.same({ "last", "" }, { recs[3][1], recs[3][2] })
  end)

  it("names the line of a quote never closed", function()
    local recs, msg = csv.parse('a,b\r\n1,2\r\n"open,3\r\n', "t.csv")
    assert.is_nil(recs)
    assert.are.equal("t.csv:3: a quoted field is never closed; check the quotes of this row", msg)
  end)
end)

describe("the review file", function()
  local dir, db, text
  setup(function()
    dir, db = demo_copy()
    ingest(dir, db)
    local code, err
    code, text, err = H.run(("audit --db %s --format review"):format(db))
    assert.are.equal(0, code, err)
  end)
  teardown(function() os.execute("rm -rf " .. dir) end)

  it("is UTF-8 with a BOM and CRLF, one row per verdict with empty columns to fill in", function()
    assert.are.equal("\239\187\191target_sha256,target_start,target_end,target_text,region,year,indicator,"
      .. "target_quote,chosen_outcome,outcome_quote,status,decided_by,reason,candidates,target_source,"
      .. "outcome_source,decision,outcome,note,reviewer\r\n", text:match("^[^\n]*\n"))
    assert.is_nil(text:find("[^\r]\n"))
    local rows = rows_of(text)
    assert.are.equal(30, #rows)
    local gdp = rows[1]
    assert.are.same({ "1017", "1026", "5.5%左右", "云水市", "2023", "生产总值增长", "5.8%", "met", "rules", "", "", "", "" },
      { gdp.target_start, gdp.target_end, gdp.target_text, gdp.region, gdp.year, gdp.indicator, gdp.chosen_outcome,
        gdp.status, gdp.decided_by, gdp.decision, gdp.outcome, gdp.note, gdp.reviewer })
    assert.are.equal("云水市政府工作报告 2023 (fictional, written for duixian)", gdp.target_source)
    assert.are.equal("云水市政府工作报告 2024 (fictional, written for duixian)", gdp.outcome_source)
    assert.truthy(gdp.candidates:match("^1=5%.8%% %[%x+:442%-445%]; 2=5%.5%%左右 %(est%.%) %[%x+:199%-208%]$"), gdp.candidates)
  end)

  it("round-trips the demo corpus: three decisions change exactly three verdicts, survive a re-ingest, "
    .. "and one goes stale when its document is edited", function()
    local review = dir .. "/review.csv"
    write_review(review, text, decide)
    local code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(0, code, err)
    assert.are.equal(("duixian corrections: %s: 3 corrections added, 0 replaced an earlier decision, 0 unchanged "
      .. "(30 rows read, 3 filled in)\n"):format(review), err)

    local out
    code, out, err = H.run(("audit --db %s --format jsonl"):format(db))
    assert.are.equal(0, code, err)
    local vs = jsonl(out)
    local gdp, fiveg, industry = find(vs, "5.5%左右", "2023"), find(vs, "800个", "2023"),
      find(vs, "7%以上", "2023")
    assert.are.same({ "missed", "review", "王编辑", "统计公报修订为5.2%", "met" },
      { gdp.status, gdp.decided_by, gdp.reviewer, gdp.note, gdp.rules_status })
    assert.are.same({ "not_a_target", "review", "not_reported" }, { fiveg.status, fiveg.decided_by, fiveg.rules_status })
    -- the rules judge the target again against the outcome picked: the news' estimate 6%左右
    assert.are.same({ "missed", "review", "6%左右", "yunshui-news-2024-01.txt" },
      { industry.status, industry.decided_by, industry.outcome_raw, industry.outcome_doc:match("[^/]+$") })
    local reviewed = 0
    for _, v in ipairs(vs) do if v.decided_by == "review" then reviewed = reviewed + 1 end end
    assert.are.equal(3, reviewed)

    -- report --diff between the audits before and after: exactly the reviewed verdicts
    code, out, err = H.run(("report --db %s --diff 1 2 --format csv"):format(db))
    assert.are.equal(0, code, err)
    assert.are.equal("change,region,period,indicator,target,from,to,cause,why\r\n"
      .. "status changed,云水市,2023,生产总值增长,5.5%左右,met,missed,review,review by 王编辑: 统计公报修订为5.2%\r\n"
      .. "\"same status, other evidence\",云水市,2023,规上工业增加值增长,7%以上,missed,missed,review,review by 李 (outcome picked)\r\n"
      .. "status changed,云水市,2023,5G基站,800个,not reported,not a target,review,review by 王编辑\r\n", out)

    -- re-ingest: the same bytes, the corrections still apply
    ingest(dir, db)
    code, out, err = H.run(("audit --db %s --format jsonl"):format(db))
    assert.are.equal(0, code, err)
    assert.are.equal("missed", find(jsonl(out), "5.5%左右", "2023").status)
    code, out = H.run(("report --db %s --diff 2 3"):format(db))
    assert.are.equal(0, code)
    assert.are.equal("audit 2 → audit 3: 0 verdicts changed\n", out:match("^[^\n]*\n"))

    -- edit the document the third correction picked its outcome from
    local f = assert(io.open(dir .. "/yunshui-news-2024-01.txt", "ab"))
    f:write("\n会议强调，全年新增市场主体1.2万户。\n")
    f:close()
    ingest(dir, db)
    code, out, err = H.run(("audit --db %s --format jsonl"):format(db))
    assert.are.equal(0, code, err)
    assert.truthy(err:find(("duixian audit: correction %s:3 (wrong_outcome '7%%以上' at "):format(review), 1, true), err)
    assert.truthy(err:find(("…:1057-1064) is stale and was not applied: %s/yunshui-news-2024-01.txt changed since "
      .. "(a new version was ingested); review this row again\n"):format(dir), 1, true), err)
    vs = jsonl(out)
    assert.are.same({ "missed", "review" }, { find(vs, "5.5%左右", "2023").status, find(vs, "5.5%左右", "2023").decided_by })
    assert.are.equal("not_a_target", find(vs, "800个", "2023").status)
    industry = find(vs, "7%以上", "2023")
    assert.are.same({ "rules", "6.2%" }, { industry.decided_by, industry.outcome_raw })

    -- each promise's history across the four stored audits, in CSV and in the HTML report
    code, out, err = H.run(("report --db %s --history --format csv"):format(db))
    assert.are.equal(0, code, err)
    -- (with the outcome each status rested on: the evidence)
    assert.truthy(out:find('\r\n云水市,2023,生产总值增长,5.5%左右,"#1 met (5.8%) → #2–#4 missed (5.8%, review)"\r\n',
      1, true), out)
    assert.truthy(out:find('\r\n云水市,2023,规上工业增加值增长,7%以上,"#1 missed (6.2%) → #2–#3 missed (6%左右 (est.), '
      .. 'review) → #4 missed (6.2%)"\r\n', 1, true), out)
    code, out = H.run(("report --db %s --format html"):format(db))
    assert.are.equal(0, code)
    assert.truthy(out:find('<td lang="zh">5.5%左右</td><td>#1 met (5.8%) → #2–#4 missed (5.8%, review)</td>', 1, true))
  end)
end)

describe("corrections", function()
  local dir, db, text
  before_each(function()
    dir, db = demo_copy()
    ingest(dir, db)
    local code, err
    code, text, err = H.run(("audit --db %s --format review"):format(db))
    assert.are.equal(0, code, err)
  end)
  after_each(function() os.execute("rm -rf " .. dir) end)

  it("are exported and imported into a rebuilt database, where they apply as before", function()
    local review = dir .. "/review.csv"
    write_review(review, text, decide)
    assert.are.equal(0, (H.run(("corrections import --db %s %s"):format(db, review))))
    -- the review file written again comes with the decisions filled in: importing it changes nothing
    local again_review = dir .. "/again-review.csv"
    assert.are.equal(0, (H.run(("audit --db %s --format review -o %s"):format(db, again_review))))
    local _, _, said = H.run(("corrections import --db %s %s"):format(db, again_review))
    assert.are.equal(("duixian corrections: %s: 0 corrections added, 0 replaced an earlier decision, 3 unchanged "
      .. "(30 rows read, 3 filled in)\n"):format(again_review), said)
    local code, exported, err = H.run(("corrections export --db %s"):format(db))
    assert.are.equal(0, code, err)
    local rows = rows_of(exported)
    assert.are.same({ "missed", "wrong_outcome", "not_a_target" }, { rows[1].decision, rows[2].decision, rows[3].decision })
    assert.are.equal("6%左右", rows[2].outcome_text)
    local again = dir .. "/again.sqlite"
    ingest(dir, again)
    local path = dir .. "/exported.csv"
    local f = assert(io.open(path, "wb"))
    f:write(exported)
    f:close()
    local _
    code, _, err = H.run(("corrections import --db %s %s"):format(again, path))
    assert.are.equal(0, code, err)
    local out
    code, out, err = H.run(("audit --db %s --format jsonl --reviewed-only"):format(again))
    assert.are.equal(0, code, err)
    local vs = jsonl(out)
    assert.are.equal(3, #vs)
  end)

  it("a decision made again replaces the earlier one, which is kept", function()
    local d = assert(dbm.open(db))
    local row = rows_of(text)[1]
    local c = { sha256 = row.target_sha256, start = 1017, ["end"] = 1026, text = "5.5%左右", decision = "missed",
      reviewer = "王编辑" }
    assert.are.same({ 1, "added" }, { d:correct(c) })
    assert.are.same({ 1, "unchanged" }, { d:correct(c) })
    c.decision, c.note = "met", "公报确认"
    assert.are.same({ 2, "replaced" }, { d:correct(c) })
    local now = d:corrections()
    assert.are.same({ 1, "met", "公报确认" }, { #now, now[1].decision, now[1].note })
    assert.are.equal(2, #d:corrections{ all = true })
    d:close()
  end)

  it("refuse a file with an unknown decision, a missing column, a span that does not exist or an unknown "
    .. "sha256 with exit 65, naming the line", function()
    local review = dir .. "/review.csv"
    local other = ("f"):rep(64)
    write_review(review, text, function(r)
      if r.indicator == "生产总值增长" and r.year == "2023" then r.decision = "approved" end
      if r.indicator == "5G基站" then r.decision, r.target_text = "missed", "900个" end
      if r.indicator == "养老床位" and r.year == "2023" then r.decision, r.target_sha256 = "met", other end
    end)
    local code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:2: unknown decision 'approved'; write one of met, missed, "
      .. "not_reported, not_a_target, wrong_outcome, drop, fix\n"):format(review), err)
    write_review(review, text, function(r)
      if r.indicator == "5G基站" then r.decision, r.target_text = "missed", "900个" end
      if r.indicator == "养老床位" and r.year == "2023" then r.decision, r.target_sha256 = "met", other end
    end)
    code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:23: bytes 1520-1525 of %s/yunshui-2023.txt hold '800个', not the "
      .. "target '900个'; fix the row or delete it\n"
      .. "duixian corrections: %s:27: the target's sha256 ffffffffffff… is of no stored document; fix the row or "
      .. "delete it\nduixian corrections: %s: nothing was imported\n"):format(review, dir, review, review), err)
    -- audit --corrections checks the same, and stores nothing
    code, _, err = H.run(("audit --db %s --corrections %s"):format(db, review))
    assert.are.equal(65, code)
    assert.truthy(err:find("nothing was audited or stored; fix the rows named above\n", 1, true), err)
    local d = assert(dbm.open(db, { readonly = true }))
    assert.are.equal(1, d:first("SELECT count(*) AS n FROM audits").n)
    d:close()
  end)

  it("refuse a file saved in another character set, naming the line", function()
    local review = dir .. "/review.csv"
    local f = assert(io.open(review, "wb"))
    f:write("target_sha256,target_start,target_end,target_text,decision,outcome,note,reviewer\r\n"
      .. ("a"):rep(64) .. ",1,4,5%\205\254\211\210,met,,,\r\n") -- 5%左右 in GBK
    f:close()
    local code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:2: saved as GBK/GB18030 (Excel's plain \"CSV\" on a Chinese system), "
      .. "not UTF-8 (byte 154); save the file as \"CSV UTF-8\" (Excel) "
      .. "or with the character set Unicode (UTF-8) (LibreOffice, WPS)\n"):format(review), err)
  end)

  it("refuse a file without the decision column", function()
    local review = dir .. "/review.csv"
    local f = assert(io.open(review, "wb"))
    f:write((text:gsub(",decision,", ",verdict,", 1)))
    f:close()
    local code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:1: the header lacks the column decision; keep the columns of the "
      .. "file duixian wrote (--format review) and fill in only decision, outcome, note and reviewer\n"):format(review), err)
  end)

  it("refuse a review file of another corpus as a whole, counting the rows that match nothing", function()
    local review = dir .. "/review.csv"
    write_review(review, text, function(r)
      r.target_sha256 = ("0"):rep(64)
      r.decision = "met"
    end)
    local code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s: none of its 30 filled rows matches a stored document (30 name a "
      .. "sha256 of no stored document): a review file of another corpus? Nothing was applied; export the review "
      .. "file from this database's audit\nduixian corrections: %s: nothing was imported\n"):format(review, review), err)
  end)

  it("apply from a file given to audit, without storing them", function()
    local review = dir .. "/review.csv"
    write_review(review, text, decide)
    local code, out, err = H.run(("audit --manifest %s/manifest.tsv %s/*.txt --corrections %s --format csv --reviewed-only")
      :format(dir, dir, review))
    assert.are.equal(0, code, err)
    assert.are.equal(4, select(2, out:gsub("\r\n", "")))
  end)
end)

describe("sources people can cite", function()
  it("appear in HTML as a link, in CSV and JSONL as target_source and outcome_source, and as footnotes in the table", function()
    local dir = demo_copy()
    finally(function() os.execute("rm -rf " .. dir) end)
    local f = assert(io.open(dir .. "/manifest.tsv", "wb"))
    f:write("file\tregion\tpublished\tkind\tsource\n"
      .. "yunshui-2023.txt\t云水市\t2023-02-15\twork_report\thttps://example.org/yunshui/2023\n"
      .. "yunshui-2024.txt\t云水市\t2024-02-10\twork_report\thttps://example.org/yunshui/2024\n")
    f:close()
    local files = ("%s/manifest.tsv %s/yunshui-2023.txt %s/yunshui-2024.txt"):format(dir, dir, dir)
    local code, out, err = H.run("audit --format jsonl --manifest " .. files)
    assert.are.equal(0, code, err)
    local v = jsonl(out)[1]
    assert.are.same({ "https://example.org/yunshui/2023", "https://example.org/yunshui/2024", "2023-02-15", "work_report" },
      { v.target_source, v.outcome_source, v.target_published, v.target_doc_kind })
    code, out = H.run("audit --format csv --manifest " .. files)
    assert.are.equal(0, code)
    assert.truthy(out:find(",https://example.org/yunshui/2023,2023-02-15,work_report,https://example.org/yunshui/2024,", 1, true))
    code, out = H.run("audit --format html --manifest " .. files)
    assert.are.equal(0, code)
    assert.truthy(out:find('source: <a href="https://example.org/yunshui/2023">https://example.org/yunshui/2023</a>', 1, true))
    code, out = H.run("audit --wide --no-color --manifest " .. files)
    assert.are.equal(0, code)
    assert.truthy(out:find("\nSources\n[1] https://example.org/yunshui/2023\n[2] https://example.org/yunshui/2024\n", 1, true), out)
  end)
end)

describe("the review file in LibreOffice", function()
  it("converts to xlsx and back without losing CJK text, and the file it gives back imports", function()
    local probe = io.popen("ls /usr/lib/libreoffice/program/libsclo.so 2>/dev/null")
    local has_calc = probe:read("a") ~= ""
    probe:close()
    if not has_calc then
      pending("LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)")
      return
    end
    if H.under_sanitizers() then
      pending("LibreOffice would run under the sanitizers' preload here; make test runs this spec")
      return
    end
    local dir, db = demo_copy()
    finally(function() os.execute("rm -rf " .. dir) end)
    ingest(dir, db)
    local code, text, err = H.run(("audit --db %s --format review"):format(db))
    assert.are.equal(0, code, err)
    write_review(dir .. "/review.csv", text, decide)
    local profile = "-env:UserInstallation=file://" .. dir .. "/lo-profile"
    -- LibreOffice 7.4 headless reads a CSV in the system's 8-bit charset
    -- whatever its BOM: the import filter names UTF-8 (76), as the
    -- import dialog of the desktop does
    assert(os.execute(("cd %s && soffice %s --headless --infilter='CSV:44,34,76,1' --convert-to xlsx review.csv "
      .. ">/dev/null 2>&1"):format(dir, profile)))
    assert(os.execute(("cd %s && mkdir back && soffice %s --headless --convert-to "
      .. "'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir back review.xlsx >/dev/null 2>&1"):format(dir, profile)))
    local before = rows_of(H.read(dir .. "/review.csv"))
    local after = rows_of(H.read(dir .. "/back/review.csv"))
    assert.are.equal(#before, #after)
    for i, r in ipairs(before) do
      assert.are.same({ r.target_sha256, r.target_quote, r.indicator, r.candidates, r.note, r.reviewer },
        { after[i].target_sha256, after[i].target_quote, after[i].indicator, after[i].candidates, after[i].note,
          after[i].reviewer })
    end
    -- a spreadsheet reads 3% as a number and writes it back as 3.00%: the
    -- same value, accepted as the same quote
    local k = 1
    while before[k].target_text ~= "3%" do k = k + 1 end
    assert.are.same({ "3%", "3.00%" }, { before[k].target_text, after[k].target_text })
    local _
    code, _, err = H.run(("corrections import --db %s %s/back/review.csv"):format(db, dir))
    assert.are.equal(0, code, err)
    assert.truthy(err:find(": 3 corrections added,", 1, true), err)
  end)
end)

describe("a correction of a mention", function()
  it("fixes a value, drops an outcome, and is applied by audit.run from Lua", function()
    local dir, db = demo_copy()
    finally(function() os.execute("rm -rf " .. dir) end)
    ingest(dir, db)
    local d = assert(dbm.open(db))
    local sha = {}
    for doc in d:documents() do sha[doc.name:match("[^/]+$")] = doc.sha256 end
    -- the 5G target read as 900, and the 2024 report's 5.8% is not the year's growth
    assert(d:correct{ sha256 = sha["yunshui-2023.txt"], start = 1520, ["end"] = 1525, decision = "fix",
      fix = { value = 900 }, reviewer = "王编辑" })
    assert(d:correct{ sha256 = sha["yunshui-2024.txt"], start = 442, ["end"] = 445, decision = "drop",
      note = "上年数", reviewer = "王编辑" })
    local cli_audit = require "duixian.cli.audit"
    local docs, ms = cli_audit.load_from_db(d, require("duixian.rules").default())
    local a = require("duixian.audit").run{ documents = docs, mentions = ms, corrections = d:corrections() }
    d:close()
    local five_g, gdp
    for _, v in ipairs(a.verdicts) do
      if v.target.raw == "800个" then five_g = v end
      if v.target.raw == "5.5%左右" and v.period == "2023" then gdp = v end
    end
    assert.are.same({ 900, "review", "王编辑" }, { five_g.target.value, five_g.decided_by, five_g.reviewer })
    assert.are.same({ "5.5%左右", "met" }, { gdp.outcome.raw, gdp.status })
    assert.are.same({ given = 2, applied = 2, unused = {} }, a.corrections)
  end)
end)

describe("a correction whose picked outcome is no longer a candidate", function()
  it("is said on every run, and its target is judged with no outcome", function()
    local dir, db = demo_copy()
    finally(function() os.execute("rm -rf " .. dir) end)
    ingest(dir, db)
    local d = assert(dbm.open(db))
    local sha = {}
    for doc in d:documents() do sha[doc.name:match("[^/]+$")] = doc.sha256 end
    -- 5.1% is the revenue's growth, never a candidate for the growth of GDP
    assert(d:correct{ sha256 = sha["yunshui-2023.txt"], start = 1017, ["end"] = 1026, decision = "wrong_outcome",
      outcome = { sha256 = sha["yunshui-2024.txt"], start = 513, ["end"] = 516 }, origin = "desk.csv:7" })
    d:close()
    local code, out, err = H.run(("audit --db %s --format jsonl"):format(db))
    assert.are.equal(0, code, err)
    assert.truthy(err:find("duixian audit: correction desk.csv:7 picked an outcome that is no longer a candidate of "
      .. "its target (the rules changed?); the target is judged with no outcome: review this row again\n", 1, true), err)
    local gdp = find(jsonl(out), "5.5%左右", "2023")
    assert.are.same({ "not_reported", "review" }, { gdp.status, gdp.decided_by })
  end)
end)

-- What a fact-checking desk does with the review file beyond the bar:
-- who decided shows in the terminal too, a report of an audit made before
-- an import says so, and every way a saved file goes wrong is named.
describe("a desk's review", function()
  local dir, db, text, review
  before_each(function()
    dir, db = demo_copy()
    ingest(dir, db)
    local code, err
    code, text, err = H.run(("audit --db %s --format review"):format(db))
    assert.are.equal(0, code, err)
    review = dir .. "/review.csv"
  end)
  after_each(function() os.execute("rm -rf " .. dir) end)
  local function import_review() return H.run(("corrections import --db %s %s"):format(db, review)) end

  -- The review rows written with sep between fields (as a spreadsheet set
  -- to ; or tabs saves them), edit(row) filling some in.
  local function write_with(sep, edit)
    local recs = assert(csv.parse(text))
    local head, out = recs[1], {}
    local function field(s)
      s = s or ""
      if s:find('[' .. sep .. '"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
      return s
    end
    for k, rec in ipairs(recs) do
      local r = {}
      for i, h in ipairs(head) do r[h] = rec[i] end
      if k > 1 then edit(r) end
      local fields = {}
      for i, h in ipairs(head) do fields[i] = field(k == 1 and h or r[h]) end
      out[#out + 1] = table.concat(fields, sep) .. "\r\n"
    end
    local f = assert(io.open(review, "wb"))
    f:write(table.concat(out))
    f:close()
  end

  it("names in the terminal table who decided each reviewed verdict and why, and in CSV the decision", function()
    write_review(review, text, decide)
    assert.are.equal(0, (import_review()))
    local code, out, err = H.run(("audit --db %s --no-color"):format(db))
    assert.are.equal(0, code, err)
    assert.truthy(out:find("\nReviewed\n"
      .. "yunshui-2023:1017 5.5%左右: missed, review by 王编辑: 统计公报修订为5.2%; the rules said met\n"
      .. "yunshui-2023:1057 7%以上: missed, review by 李 (outcome picked)\n"
      .. "yunshui-2023:1520 800个: not a target, review by 王编辑; the rules said not reported\n\nSources\n", 1, true), out)
    code, out = H.run(("report --db %s --format csv"):format(db))
    assert.are.equal(0, code)
    local rows = rows_of(out)
    assert.are.equal("decision", select(2, rows_of(out))[39])
    assert.are.same({ "review", "李", "wrong_outcome" }, { rows[2].decided_by, rows[2].reviewer, rows[2].decision })
    assert.are.same({ "rules", "" }, { rows[3].decided_by, rows[3].decision })
  end)

  it("a report of an audit made before an import, or with a stale correction, says so", function()
    write_review(review, text, decide)
    assert.are.equal(0, (import_review()))
    local code, _, err = H.run(("report --db %s"):format(db))
    assert.are.equal(0, code)
    assert.are.equal(("duixian report: 3 corrections stored after audit 1 are not in it; run duixian audit --db %s "
      .. "to apply them\n"):format(db), err)
    assert.are.equal(0, (H.run(("audit --db %s"):format(db))))
    code, _, err = H.run(("report --db %s"):format(db))
    assert.are.same({ 0, "" }, { code, err })
    -- the news the third decision picked its outcome from is edited: every report says so
    local news = dir .. "/yunshui-news-2024-01.txt"
    local f = assert(io.open(news, "ab"))
    f:write("\n（本报记者 补记）\n")
    f:close()
    ingest(dir, db)
    code, _, err = H.run(("report --db %s"):format(db))
    assert.are.equal(0, code)
    assert.are.equal(("duixian report: correction %s:3 (wrong_outcome '7%%以上' at 06bf5c796bab…:1057-1064) is stale "
      .. "and was not applied: %s changed since (a new version was ingested); review this row again\n"):format(
      review, news), err)
  end)

  it("--reviewed-only with no reviewed verdict says how to get some", function()
    local code, out = H.run(("report --db %s --reviewed-only"):format(db))
    assert.are.equal(0, code)
    assert.are.equal("\n\nNo verdicts a reviewer decided (--reviewed-only): fill in a review file (--format "
      .. "review), store it with duixian corrections import and audit again.\n", out:match("\n\n.*$"))
  end)

  it("refuse a span where duixian reads no figure, or one past the document's end, naming the line", function()
    write_review(review, text, function(r)
      if r.indicator == "生产总值增长" and r.year == "2023" then
        r.target_end, r.target_text, r.decision = "1020", "5.5%", "missed"
      end
    end)
    local code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:2: bytes 1017-1020 of %s/yunshui-2023.txt hold '5.5%%', where "
      .. "duixian reads no figure (it reads '5.5%%左右' at 1017-1026); keep the key columns as duixian wrote them; "
      .. "fix the row or delete it\nduixian corrections: %s: nothing was imported\n"):format(review, dir, review), err)
    write_review(review, text, function(r)
      if r.indicator == "5G基站" then r.target_start, r.target_end, r.decision = "99999", "100002", "missed" end
    end)
    code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:23: bytes 99999-100002 are past the end of %s/yunshui-2023.txt "
      .. "(1837 bytes); fix the row or delete it\nduixian corrections: %s: nothing was imported\n"):format(
      review, dir, review), err)
  end)

  it("refuse one target decided twice, differently, in one file, naming both lines", function()
    local first = true
    write_review(review, text .. text:match("\n(06bf[^\n]*1017,1026,[^\n]*\n)"), function(r)
      if r.target_start == "1017" then
        r.decision = first and "met" or "missed"
        first = false
      end
    end)
    local code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:32: the target '5.5%%左右' is decided on line 2 too, differently "
      .. "(met there, missed here); keep one row for it\n"):format(review), err)
    -- the same decision twice is one decision
    write_review(review, text .. text:match("\n(06bf[^\n]*1017,1026,[^\n]*\n)"), function(r)
      if r.target_start == "1017" then r.decision = "met" end
    end)
    code, _, err = import_review()
    assert.are.equal(0, code, err)
    assert.are.equal(("duixian corrections: %s: 1 corrections added, 0 replaced an earlier decision, 0 unchanged "
      .. "(31 rows read, 1 filled in)\n"):format(review), err)
  end)

  it("read a file a spreadsheet saved with ; or tabs between fields", function()
    for _, sep in ipairs({ ";", "\t" }) do
      write_with(sep, decide)
      local code, _, err = import_review()
      assert.are.equal(0, code, err)
      assert.truthy(err:find("(30 rows read, 3 filled in)", 1, true), err)
    end
  end)

  it("name a file saved as UTF-16, and one with nothing filled in", function()
    local f = assert(io.open(review, "wb"))
    f:write("\255\254t\0a\0r\0")
    f:close()
    local code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:1: saved as UTF-16 (Excel's \"Unicode Text\"), not UTF-8 (byte 1); "
      .. "save the file as \"CSV UTF-8\" (Excel) or with the character set Unicode (UTF-8) (LibreOffice, WPS)\n"):format(
      review), err)
    write_review(review, text, function() end)
    code, _, err = import_review()
    assert.are.equal(0, code)
    assert.are.equal(("duixian corrections: %s: 0 corrections added, 0 replaced an earlier decision, 0 unchanged "
      .. "(30 rows read, none filled in: write a decision (or an outcome) in the rows to correct, and save)\n"):format(
      review), err)
  end)

  it("name a workbook given for the CSV saved from it", function()
    local f = assert(io.open(review, "wb"))
    f:write("PK\3\4\20\0\6\0\8\0\0\0!\0\255")
    f:close()
    local code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:1: a workbook (.xlsx, .ods), not CSV (byte 15); save the file as "
      .. "\"CSV UTF-8\" (Excel) or with the character set Unicode (UTF-8) (LibreOffice, WPS)\n"):format(review), err)
  end)

  it("name a file a spreadsheet read as Windows-1252 and saved, its Chinese garbled", function()
    -- what LibreOffice 7.4 gives back from soffice --convert-to without --infilter
    local f = assert(io.open(review, "wb"))
    f:write('"\195\175\194\187\194\191target_sha256","target_start"\n"06bf",1017\n')
    f:close()
    local code, _, err = import_review()
    assert.are.equal(65, code)
    assert.are.equal(("duixian corrections: %s:1: its Chinese text is garbled: a spreadsheet read the UTF-8 file as "
      .. "Windows-1252 and saved it so (LibreOffice's CSV import without a character set; headless: soffice "
      .. "--convert-to without --infilter='CSV:44,34,76,1'); open the review file again with the character set "
      .. "Unicode (UTF-8), fill it in and save\n"):format(review), err)
  end)

  it("audit names a corrections file it cannot read, without blaming its rows", function()
    local code, _, err = H.run(("audit --db %s --corrections %s/absent.csv"):format(db, dir))
    assert.are.equal(2, code)
    assert.are.equal(("duixian audit: cannot read %s/absent.csv: No such file or directory\n"
      .. "duixian audit: %s/absent.csv: nothing was audited or stored; give the path of a readable review file\n"):format(
      dir, dir), err)
  end)

  it("Markdown gives each quote its document's kind, date and source, as the HTML does", function()
    local code, out = H.run(("report --db %s --format md"):format(db))
    assert.are.equal(0, code)
    assert.truthy(out:find(("” (%s/yunshui-2023.txt, work report, published 2023-02-15, bytes 1017–1026; source: "
      .. "云水市政府工作报告 2023 (fictional, written for duixian))"):format(dir), 1, true), out)
  end)

  it("db:correct names a sha256 of no stored document as such (not as another corpus's file)", function()
    local d = assert(dbm.open(db))
    finally(function() d:close() end)
    assert.are.same({ nil, "correction: the target's sha256 aaaaaaaaaaaa… is of no stored document; fix the row or "
      .. "delete it", 65 }, { d:correct{ sha256 = ("a"):rep(64), start = 1, ["end"] = 2, decision = "met" } })
  end)

  it("history dates every audit its timeline numbers", function()
    assert.are.equal(0, (H.run(("audit --db %s"):format(db))))
    local code, out = H.run(("report --db %s --history"):format(db))
    assert.are.equal(0, code)
    assert.truthy(out:find("\n\naudits: #1 %d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ · #2 %d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ\n$"), out)
    assert.truthy(out:find("5.5%左右        #1–#2 met (5.8%)\n", 1, true), out)
  end)
end)

describe("a correction that fixes or drops a mention", function()
  it("says what it changed in the table and in --diff, where a target it removed is gone by review", function()
    local dir, db = demo_copy()
    finally(function() os.execute("rm -rf " .. dir) end)
    ingest(dir, db)
    local code, text, err = H.run(("audit --db %s --format review"):format(db))
    assert.are.equal(0, code, err)
    local review = dir .. "/review.csv"
    write_review(review, text:gsub(",reviewer\r\n", ",reviewer,fix_value,fix_period\r\n", 1), function(r)
      if r.indicator == "生产总值增长" and r.year == "2023" then r.fix_value, r.note = "5.9", "原文应为5.9%" end
      if r.indicator == "一般公共预算收入增长" and r.year == "2023" then r.fix_period = "2024" end
      if r.indicator == "高新技术企业" and r.year == "2023" then r.decision, r.reviewer = "drop", "王编辑" end
    end)
    local _
    code, _, err = H.run(("corrections import --db %s %s"):format(db, review))
    assert.are.equal(0, code, err)
    local out
    code, out, err = H.run(("audit --db %s --no-color"):format(db))
    assert.are.equal(0, code, err)
    assert.truthy(out:find("\nReviewed\n"
      .. "yunshui-2023:1017 5.5%左右: met, review (fixed value 5.9): 原文应为5.9%\n"
      .. "yunshui-2023:1098 5%左右: missed, review (fixed period 2024)\n\n", 1, true), out)
    code, out = H.run(("report --db %s --format json"):format(db))
    assert.are.equal(0, code)
    assert.truthy(out:find('"decided_by":"review","decision":"fix","fix":{"value":5.9},"note":"原文应为5.9%"', 1, true), out)
    code, out = H.run(("report --db %s --diff 2 --format csv"):format(db))
    assert.are.equal(0, code)
    local gone = "\r\ngone,云水市,2023,一般公共预算收入增长,5%左右,met,—,review,review (fixed period 2024)\r\n"
      .. "gone,云水市,2023,高新技术企业,100家以上,met,—,review,review by 王编辑 (dropped)\r\n"
    assert.are.equal(gone, out:sub(-#gone))
  end)
end)

describe("a correction of a figure a list of subjects shares", function()
  it("names the one figure: the audit judges it once, not once per conjunct", function()
    local d = assert(require("duixian").open(":memory:"))
    local plan = assert(d:ingest("二、2015年工作总体部署\n化学需氧量、氨氮排放量要分别减少2%。\n",
      { file = "plan.txt", published = "2015-03-05", region = "中华人民共和国", kind = "work_report" }))
    assert(d:ingest("一、2015年工作回顾\n化学需氧量、氨氮排放量分别下降2.5%、3%。\n",
      { file = "review.txt", published = "2016-03-05", region = "中华人民共和国", kind = "work_report" }))
    local cli_audit = require "duixian.cli.audit"
    local function judged()
      local docs, ms = cli_audit.load_from_db(d, require("duixian.rules").default())
      local out = {}
      for _, v in ipairs(require("duixian.audit").run{ documents = docs, mentions = ms,
          corrections = d:corrections() }.verdicts) do
        out[#out + 1] = ("%s %s"):format(tostring(v.indicator), v.status)
      end
      return out
    end
    assert.are.same({ "ammonia_emissions met", "cod_emissions met" }, judged())
    local sha, start, stop
    for doc in d:documents() do if doc.id == plan.id then sha = doc.sha256 end end
    for m in d:mentions{ document_id = plan.id } do start, stop = m.start, m["end"] end
    assert(d:correct{ sha256 = sha, start = start, ["end"] = stop, decision = "fix",
      fix = { indicator = "cod_emissions" }, reviewer = "王编辑" })
    assert.are.same({ "cod_emissions met" }, judged())
    d:close()
  end)
end)
