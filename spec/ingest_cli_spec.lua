-- duixian ingest and duixian query, through the launcher.
local H = require "spec.helper"
local duixian = require "duixian"
local dbm = require "duixian.db"
local F = dofile("spec/fixtures.lua")

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function count(path, sql, ...)
  local db = assert(dbm.open(path))
  local row = assert(db:first(sql, ...))
  db:close()
  local _, v = next(row)
  return v
end

-- Mentions a re-scan finds in each file, keyed by the sha256 of its bytes.
local function expected_mentions(paths)
  local out = {}
  for _, p in ipairs(paths) do
    local text = assert(duixian.read(p))
    out[duixian.core.sha256(text)] = #assert(duixian.scan(text, { region = "聊城市", published = "2022-02-24", kind = "work_report" }))
  end
  return out
end

local function wall_ms()
  local pipe = io.popen("date +%s%N")
  local ns = tonumber(pipe:read("l"))
  pipe:close()
  return ns // 1000000
end

describe("duixian ingest", function()
  local dir, cleanup
  before_each(function() dir, cleanup = F.tempdir() end)
  after_each(function() cleanup() end)

  it("prints its help", function()
    local code, out = H.run("ingest --help")
    assert.are.equal(0, code)
    assert.truthy(out:find("usage: duixian ingest --db FILE", 1, true))
  end)

  it("needs --db and a path", function()
    local code, _, err = H.run("ingest " .. q(dir))
    assert.are.equal(64, code)
    assert.are.equal("duixian ingest: --db FILE is required (the database to write)\n", err)
    code, _, err = H.run("ingest --db " .. q(dir .. "/x.sqlite"))
    assert.are.equal(64, code)
    assert.are.equal("duixian ingest: no PATH given (files or folders to ingest)\n", err)
  end)

  it("walks a folder with its manifest, and a second run finds everything unchanged", function()
    local paths = F.corpus(dir, 3, 1)
    os.execute("mkdir -p " .. q(dir .. "/sub"))
    paths[4] = F.write(dir .. "/sub/004.txt", F.report("聊城市", 2023, 4))
    local mentions = 0
    for _, n in pairs(expected_mentions(paths)) do mentions = mentions + n end
    F.write(dir .. "/notes.md", "not a report\n")
    local db = dir .. "/a.sqlite"
    local code, out, err = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
    assert.are.equal(("duixian ingest: %s/sub/004.txt: not in %s/manifest.tsv; its metadata is what the flags and the text give\n"):format(
      dir, dir), err)
    assert.are.equal(0, code)
    assert.are.equal(("ingested 4 documents: 4 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; %d mentions stored"):format(mentions),
      out:match("^(.-) %("))
    assert.are.equal(3, count(db, "SELECT count(*) FROM documents WHERE source = 'generated'"))
    -- the manifest does not name sub/004.txt: its metadata is what the text
    -- gives (its title lines name 聊城市)
    assert.are.equal(4, count(db, "SELECT count(*) FROM documents WHERE region = '聊城市'"))
    assert.are.equal(1, count(db, "SELECT count(*) FROM documents WHERE name = ? AND source IS NULL", dir .. "/sub/004.txt"))
    code, out = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
    assert.are.equal(0, code)
    assert.are.equal("ingested 4 documents: 0 added, 4 unchanged, 0 superseded, 0 skipped, 0 failed; 0 mentions stored",
      out:match("^(.-) %("))
  end)

  it("takes the files --glob names", function()
    F.corpus(dir, 2, 0)
    F.write(dir .. "/x.report", F.report("聊城市", 2022, 9))
    local db = dir .. "/a.sqlite"
    local code, out = H.run(("ingest --db %s --glob '*.report' --region 聊城市 %s"):format(q(db), q(dir)))
    assert.are.equal(0, code)
    assert.truthy(out:find("ingested 1 documents: 1 added", 1, true))
  end)

  it("shows progress on stderr when it is a terminal", function()
    F.corpus(dir, 3, 0)
    local out, err = {}, {}
    local function sink(t) return { write = function(_, ...) for _, s in ipairs({ ... }) do t[#t + 1] = s end end, flush = function() end } end
    local code = require("duixian.cli").main({ "ingest", "--db", dir .. "/a.sqlite", dir },
      { stdout = sink(out), stderr = sink(err), isatty = function(fd) return fd == 2 end })
    assert.are.equal(0, code)
    local shown = table.concat(err)
    assert.truthy(shown:find("\r%[#+%] 3/3 docs  %d+%.%d MB/s  ETA 0:00 \n$"), shown)
    assert.truthy(table.concat(out):find("^ingested 3 documents: 3 added"))
  end)

  it("says when a folder has no file to take", function()
    local code, out, err = H.run(("ingest --db %s %s"):format(q(dir .. "/a.sqlite"), q(dir)))
    assert.are.equal(0, code)
    assert.are.equal(("duixian ingest: %s: no file matches *.txt *.html *.htm *.docx *.pdf in this folder (choose others with --glob)\n"):format(dir), err)
    assert.truthy(out:find("^ingested 0 documents"))
  end)

  it("reports an undecodable and an empty document by name and offset, stores the rest and exits 1", function()
    local paths = F.corpus(dir, 2, 0)
    local bad = F.write(dir .. "/bad.txt", "生产总值增长\255\254\253\252 6%。\n")
    local empty = F.write(dir .. "/empty.txt", "")
    local db = dir .. "/a.sqlite"
    local code, out, err = H.run(("ingest --db %s %s %s %s %s"):format(q(db), q(paths[1]), q(bad), q(empty), q(paths[2])))
    assert.are.equal(1, code)
    local lines = {}
    for line in err:gmatch("[^\n]+") do lines[#lines + 1] = line end
    assert.are.equal(4, #lines)
    -- the corpus's manifest, beside the files named, has no row for these two
    assert.are.equal(("duixian ingest: %s: not in %s/manifest.tsv; its metadata is what the flags and the text give"):format(
      bad, dir), lines[1])
    assert.are.equal(("duixian ingest: %s: not in %s/manifest.tsv; its metadata is what the flags and the text give"):format(
      empty, dir), lines[2])
    assert.are.equal("duixian ingest: failed: " .. bad .. ": ", lines[3]:sub(1, #bad + 26))
    assert.truthy(lines[3]:find("first bad byte is byte 19 (0xff", 1, true))
    assert.are.equal(("duixian ingest: failed: %s: empty file: nothing to scan"):format(empty), lines[4])
    assert.truthy(out:find("ingested 4 documents: 2 added, 0 unchanged, 0 superseded, 0 skipped, 2 failed", 1, true))
    assert.are.equal(2, count(db, "SELECT count(*) FROM documents"))
  end)

  it("stores a changed file as a new version and says superseded", function()
    local path = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
    local db = dir .. "/a.sqlite"
    H.run(("ingest --db %s %s"):format(q(db), q(path)))
    F.write(path, F.report("聊城市", 2022, 2))
    local _, n = next(expected_mentions({ path }))
    local code, out = H.run(("ingest --db %s -v %s"):format(q(db), q(path)))
    assert.are.equal(0, code)
    assert.are.equal(("superseded\t2\t%d\t%s\n"):format(n, path), out:match("^[^\n]*\n"))
    assert.truthy(out:find(("0 added, 0 unchanged, 1 superseded, 0 skipped, 0 failed; %d mentions stored"):format(n), 1, true))
    assert.are.equal(1, count(db, "SELECT count(*) FROM documents WHERE superseded_by = 2"))
  end)

  it("leaves every document whole or absent when killed at random moments (kill -9, 20 times)", function()
    local paths = F.corpus(dir, 40, 300)
    local expected = expected_mentions(paths)
    local t0 = wall_ms()
    H.run(("ingest --db %s %s"):format(q(dir .. "/full.sqlite"), q(dir)))
    local full_ms = math.max(wall_ms() - t0, 50)
    math.randomseed(os.time())
    local partial = 0
    for run = 1, 20 do
      local db = ("%s/k%d.sqlite"):format(dir, run)
      local delay = math.random(5, math.floor(full_ms * 1.1)) / 1000
      os.execute(("timeout -s KILL %.3f bin/duixian ingest --db %s %s >/dev/null 2>&1"):format(delay, q(db), q(dir)))
      local conn = assert(dbm.open(db))
      assert.are.equal("ok", assert(conn:first("PRAGMA integrity_check")).integrity_check, "run " .. run)
      local docs = 0
      for d in conn:rows([[SELECT d.sha256, d.mention_count,
          (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS stored FROM documents d]]) do
        docs = docs + 1
        assert.are.equal(expected[d.sha256], d.mention_count, "run " .. run)
        assert.are.equal(expected[d.sha256], d.stored, "run " .. run)
      end
      assert.are.equal(0, assert(conn:first("SELECT count(*) AS n FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)")).n)
      conn:close()
      if docs > 0 and docs < #paths then partial = partial + 1 end
      -- running again completes the interrupted ingest
      if run % 5 == 0 then
        local code = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
        assert.are.equal(0, code)
        assert.are.equal(#paths, count(db, "SELECT count(*) FROM documents"))
      end
    end
    io.stderr:write(("kill test: 20 kills, %d of them in the middle of the batch (full ingest %d ms)\n"):format(partial, full_ms))
    assert.is_true(partial > 0, "no kill landed in the middle of the batch")
  end)

  it("lets two processes ingest into one database at once, without locking errors or duplicates", function()
    for _, sub in ipairs({ "a", "b", "shared" }) do os.execute("mkdir -p " .. q(dir .. "/" .. sub)) end
    local all = {}
    for i = 1, 15 do
      all[#all + 1] = F.write(("%s/a/%02d.txt"):format(dir, i), F.report("聊城市", 2022, i, 100))
      all[#all + 1] = F.write(("%s/b/%02d.txt"):format(dir, i), F.report("聊城市", 2022, 100 + i, 100))
      all[#all + 1] = F.write(("%s/shared/%02d.txt"):format(dir, i), F.report("聊城市", 2022, 200 + i, 100))
    end
    local expected = expected_mentions(all)
    local total = 0
    for _, n in pairs(expected) do total = total + n end
    for round = 1, 3 do
      local db = ("%s/c%d.sqlite"):format(dir, round)
      local script = ([[
bin/duixian ingest --region 聊城市 --published 2022-02-24 --kind work_report --db %s %s %s >%s/o1 2>%s/e1 & p1=$!
bin/duixian ingest --region 聊城市 --published 2022-02-24 --kind work_report --db %s %s %s >%s/o2 2>%s/e2 & p2=$!
wait $p1; echo $? >%s/rc1; wait $p2; echo $? >%s/rc2]]):format(
        q(db), q(dir .. "/a"), q(dir .. "/shared"), q(dir), q(dir),
        q(db), q(dir .. "/b"), q(dir .. "/shared"), q(dir), q(dir), q(dir), q(dir))
      os.execute(script)
      assert.are.equal("0\n", H.read(dir .. "/rc1"), H.read(dir .. "/e1"))
      assert.are.equal("0\n", H.read(dir .. "/rc2"), H.read(dir .. "/e2"))
      assert.are.equal("", H.read(dir .. "/e1") .. H.read(dir .. "/e2"))
      assert.are.equal(45, count(db, "SELECT count(*) FROM documents"))
      assert.are.equal(total, count(db, "SELECT count(*) FROM mentions"))
      -- the shared folder went in once: one process added, the other found it unchanged
      local added1 = tonumber(H.read(dir .. "/o1"):match("(%d+) added"))
      local added2 = tonumber(H.read(dir .. "/o2"):match("(%d+) added"))
      assert.are.equal(45, added1 + added2)
    end
  end)
end)

describe("duixian query", function()
  local dir, cleanup, db
  setup(function()
    dir, cleanup = F.tempdir()
    db = dir .. "/q.sqlite"
    F.corpus(dir, 2, 0)
    assert.are.equal(0, (H.run(("ingest --db %s %s"):format(q(db), q(dir)))))
  end)
  teardown(function() cleanup() end)

  it("prints rows as a table, with bound parameters", function()
    local code, out, err = H.run(("query --db %s %s 聊城市 2002"):format(q(db),
      q([[SELECT subject, raw, value, unit FROM mentions WHERE region = ? AND period = ? AND kind = 'target' ORDER BY start]])))
    assert.are.equal(0, code, err)
    assert.are.equal(table.concat({
      "subject           raw        value  unit",
      "----------------  ---------  -----  ------",
      "生产总值          7%左右         7  %",
      "一般公共预算收入  6.5%左右     6.5  %",
      "城镇新增就业      5万人以上  50000  person",
    }, "\n") .. "\n", (out:gsub(" +\n", "\n")))
    assert.are.equal("(3 rows)\n", err)
  end)

  it("prints CSV and JSON", function()
    local sql = q([[SELECT id, region, 'a,"b"' AS odd, NULL AS missing FROM documents ORDER BY id]])
    local code, out = H.run(("query --db %s --format csv %s"):format(q(db), sql))
    assert.are.equal(0, code)
    assert.are.equal('id,region,odd,missing\r\n1,聊城市,"a,""b""",\r\n2,聊城市,"a,""b""",\r\n', out)
    code, out = H.run(("query --db %s --format json %s"):format(q(db), sql))
    assert.are.equal(0, code)
    assert.are.equal('[{"id":1,"region":"聊城市","odd":"a,\\"b\\"","missing":null},\n {"id":2,"region":"聊城市","odd":"a,\\"b\\"","missing":null}]\n', out)
  end)

  it("is read-only unless --write is given", function()
    local code, _, err = H.run(("query --db %s 'DELETE FROM mentions'"):format(q(db)))
    assert.are.equal(65, code)
    assert.are.equal("duixian query: attempt to write a readonly database; the database is opened read-only: add --write to change it\n", err)
    assert.is_true(count(db, "SELECT count(*) FROM mentions") > 0)
    -- a statement that writes elsewhere is refused before it runs: no file made
    local copy = db .. ".copy"
    code, _, err = H.run(("query --db %s \"VACUUM INTO '%s'\""):format(q(db), copy))
    assert.are.equal(65, code)
    assert.are.equal("duixian query: attempt to write a readonly database; the database is opened read-only: add --write to change it\n", err)
    assert.is_nil(io.open(copy, "rb"))
    code = H.run(("query --db %s --write 'UPDATE documents SET source = ? WHERE id = ?' ok 1"):format(q(db)))
    assert.are.equal(0, code)
    assert.are.equal(1, count(db, "SELECT count(*) FROM documents WHERE source = 'ok'"))
  end)

  it("reports bad SQL and a missing database", function()
    local code, _, err = H.run(("query --db %s 'SELEC 1'"):format(q(db)))
    assert.are.equal(65, code)
    assert.are.equal('duixian query: near "SELEC": syntax error (SQL logic error)\n', err)
    code, _, err = H.run(("query --db %s 'SELECT 1'"):format(q(dir .. "/none.sqlite")))
    assert.are.equal(2, code) -- as report: an input that cannot be read
    assert.are.equal(("duixian query: %s/none.sqlite: no such database (ingest documents into it first)\n"):format(dir), err)
  end)
end)
