-- duixian.db: the schema, ingestion, queries and audits.
local duixian = require "duixian"
local dbm = require "duixian.db"
local F = dofile("spec/fixtures.lua")

local META = { region = "聊城市", published = "2022-02-24", kind = "work_report" }

local function count(db, sql, ...)
  local row = assert(db:first(sql, ...))
  local _, v = next(row)
  return v
end

describe("duixian.db", function()
  local dir, cleanup
  before_each(function() dir, cleanup = F.tempdir() end)
  after_each(function() cleanup() end)

  describe("open", function()
    it("creates the schema at the newest version, in WAL mode", function()
      local path = dir .. "/a.sqlite"
      local db = assert(dbm.open(path))
      assert.are.equal(dbm.schema.VERSION, count(db, "PRAGMA user_version"))
      assert.are.equal("wal", count(db, "PRAGMA journal_mode"))
      local tables = {}
      for row in db:rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") do
        tables[#tables + 1] = row.name
      end
      assert.are.same({ "audits", "corrections", "derivations", "documents", "mentions", "sentences", "verdicts" }, tables)
      db:close()
      -- opening again migrates nothing and keeps the data
      db = assert(dbm.open(path))
      assert.are.equal(dbm.schema.VERSION, count(db, "PRAGMA user_version"))
      db:close()
    end)

    it("makes a new file with pages of 8 KB and keeps an existing file's own", function()
      local path = dir .. "/pages.sqlite"
      local db = assert(dbm.open(path))
      assert.are.equal(8192, count(db, "PRAGMA page_size"))
      db:close()
      -- a database made before, with SQLite's 4 KB pages, opens and takes documents as it is
      local old_path = dir .. "/old.sqlite"
      local store = require "duixian.store"
      local conn = assert(store.open(old_path))
      assert(conn:exec("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL"))
      conn:close()
      db = assert(dbm.open(old_path))
      assert.are.equal(4096, count(db, "PRAGMA page_size"))
      assert.are.equal("added", db:ingest(F.report("聊城市", 2022, 1), META).status)
      db:close()
    end)

    it("works in memory", function()
      local db = assert(dbm.open(":memory:"))
      assert.are.equal("added", db:ingest(F.report("聊城市", 2022, 1), META).status)
      db:close()
    end)

    it("refuses a database written by a newer schema", function()
      local path = dir .. "/new.sqlite"
      local db = assert(dbm.open(path))
      db:exec("PRAGMA user_version = 99")
      db:close()
      local again, msg, code = dbm.open(path)
      assert.is_nil(again)
      assert.are.equal(("%s: schema version 99 is newer than this duixian knows (%d); upgrade duixian"):format(
        path, dbm.schema.VERSION), msg)
      assert.are.equal(65, code)
    end)

    it("refuses another program's SQLite database", function()
      local path = dir .. "/other.sqlite"
      assert(os.execute(("sqlite3 '%s' 'CREATE TABLE x (a)'"):format(path)))
      local db, msg = dbm.open(path)
      assert.is_nil(db)
      assert.are.equal(path .. ": a SQLite database of some other program (it has tables but no duixian schema); give another --db file", msg)
    end)

    it("opens read-only when asked, and then refuses writes", function()
      local path = dir .. "/ro.sqlite"
      assert(dbm.open(path)):close()
      local db = assert(dbm.open(path, { readonly = true }))
      local ok, msg = db:exec("DELETE FROM documents")
      assert.is_nil(ok)
      assert.are.equal("attempt to write a readonly database", msg)
      db:close()
    end)

    it("closes idempotently, on __close too", function()
      local kept
      do
        local db <close> = assert(dbm.open(":memory:"))
        kept = db
      end
      assert.is_true(kept:close())
      assert.has_error(function() kept:ingest("x\n") end, "calling 'ingest' on bad self (the database is closed)")
    end)
  end)

  describe("ingest", function()
    local db
    before_each(function() db = assert(dbm.open(dir .. "/db.sqlite")) end)
    after_each(function() db:close() end)

    -- 11 mentions, and 77: written 32 to a statement, the rest 8, 4 and 1
    for _, paragraphs in ipairs({ 2, 24 }) do
      it(("stores a document with every mention duixian.scan finds, field for field (%d paragraphs)"):format(
          paragraphs), function()
        local text = F.report("聊城市", 2022, 3, paragraphs)
        local path = F.write(dir .. "/r.txt", text)
        local r = assert(db:ingest(path, META))
        assert.are.equal("added", r.status)
        local scanned = duixian.scan(text, { file = path, region = "聊城市", published = "2022-02-24", kind = "work_report" })
        assert.are.equal(#scanned, r.mentions)
        local i = 0
        for m in db:mentions{ document_id = r.id } do
          i = i + 1
          local s = scanned[i]
          for _, k in ipairs({ "doc", "start", "end", "raw", "value", "value_max", "unit", "cmp", "subject", "verb",
            "kind", "period", "estimate", "region", "sentence" }) do
            assert.are.equal(s[k], m[k], ("mention %d field %s"):format(i, k))
          end
          assert.are.equal(math.type(s.value), math.type(m.value))
          assert.are.equal(m.raw, text:sub(m.start, m["end"]))
          assert.are.equal("2022-02-24", m.published)
          assert.are.equal("work_report", m.doc_kind)
        end
        assert.are.equal(#scanned, i)
        local doc = db:documents{ id = r.id, with_text = true }()
        assert.are.equal(text, doc.text)
        assert.are.equal(duixian.core.sha256(text), doc.sha256)
        assert.are.equal(require("duixian.store").realpath(path), doc.path)
        assert.are.equal("utf-8", doc.encoding)
      end)
    end

    it("adds nothing for the same bytes a second time", function()
      local path = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
      local first = assert(db:ingest(path, META))
      local second = assert(db:ingest(path, META))
      assert.are.equal("unchanged", second.status)
      assert.are.equal(first.id, second.id)
      assert.are.equal(1, count(db, "SELECT count(*) FROM documents"))
      assert.are.equal(first.mentions, count(db, "SELECT count(*) FROM mentions"))
    end)

    it("keeps the old version of a changed file, marked superseded by the new", function()
      local path = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
      local old = assert(db:ingest(path, META))
      F.write(path, F.report("聊城市", 2022, 2))
      local new = assert(db:ingest(path, META))
      assert.are.equal("superseded", new.status)
      assert.are_not.equal(old.id, new.id)
      local rows = {}
      for d in db:documents{ all_versions = true } do rows[#rows + 1] = { d.id, d.superseded_by } end
      assert.are.same({ { old.id, new.id }, { new.id } }, rows)
      -- current mentions only by default
      local ids = {}
      for m in db:mentions{ kind = "target" } do ids[m.document_id] = true end
      assert.are.same({ [new.id] = true }, ids)
      -- the first bytes again make the first version current again
      F.write(path, F.report("聊城市", 2022, 1))
      local back = assert(db:ingest(path, META))
      assert.are.equal("superseded", back.status)
      assert.are.equal(old.id, back.id)
      assert.are.equal(old.id, db:documents{}().id)
      assert.are.equal(2, count(db, "SELECT count(*) FROM documents"))
    end)

    it("takes text itself when the string has a line break", function()
      local r = assert(db:ingest(F.report("聊城市", 2022, 5), { region = "聊城市", published = "2022-02-24", file = "given.txt" }))
      assert.are.equal("added", r.status)
      local doc = db:documents{ id = r.id }()
      assert.are.equal("given.txt", doc.name)
      assert.are.equal("given.txt", doc.path)
      assert.are.equal("kind", doc.inferred)
    end)

    it("keeps a metadata value full of quotes and SQL as data", function()
      local evil = "聊城'); DROP TABLE documents;--\"市"
      local r = assert(db:ingest(F.report("聊城市", 2022, 1), { region = evil, published = "2022-02-24",
        kind = "work_report", source = "x' OR '1'='1", file = "a'b.txt" }))
      local doc = db:documents{ region = evil }()
      assert.are.equal(r.id, doc.id)
      assert.are.equal("x' OR '1'='1", doc.source)
      assert.are.equal("a'b.txt", doc.name)
      local n = 0
      for m in db:mentions{ region = evil } do
        n = n + 1
        assert.are.equal(evil, m.region)
      end
      assert.are.equal(r.mentions, n)
      assert.are.equal(0, count(db, "SELECT count(*) FROM documents WHERE source = '1'"))
    end)

    it("returns nil, message, offset for undecodable bytes and stores nothing", function()
      local path = F.write(dir .. "/bad.txt", "生产总值增长\255\254\253\252 6%。\n")
      local r, msg, offset = db:ingest(path, META)
      assert.is_nil(r)
      assert.truthy(msg:find(path, 1, true))
      assert.truthy(msg:find("byte " .. offset, 1, true))
      assert.are.equal(19, offset)
      assert.are.equal(0, count(db, "SELECT count(*) FROM documents"))
    end)

    it("refuses an empty document and one of white space only", function()
      local empty = F.write(dir .. "/empty.txt", "")
      local r, msg, offset = db:ingest(empty, META)
      assert.is_nil(r)
      assert.are.equal(empty .. ": empty file: nothing to scan", msg)
      assert.are.equal(0, offset)
      r, msg = db:ingest(" \n\t\n", META)
      assert.is_nil(r)
      assert.are.equal("(text): no text, only white space; nothing to store", msg)
      assert.are.equal(0, count(db, "SELECT count(*) FROM documents"))
    end)

    it("says which file it cannot open", function()
      local r, msg, offset = db:ingest(dir .. "/missing.txt", META)
      assert.is_nil(r)
      assert.are.equal(dir .. "/missing.txt: cannot open (" .. dir .. "/missing.txt: No such file or directory)", msg)
      assert.are.equal(0, offset)
    end)

    it("commits a batch of documents together: another connection sees them at its bound or at end_batch", function()
      assert.is_true(db:begin_batch{ seconds = 3600 })
      local first = assert(db:ingest(F.report("聊城市", 2022, 1), META))
      local second = assert(db:ingest(F.report("聊城市", 2023, 2), META))
      -- the same bytes again inside the batch are found, though not committed
      assert.are.equal("unchanged", assert(db:ingest(F.report("聊城市", 2022, 1), META)).status)
      local other = assert(dbm.open(dir .. "/db.sqlite", { readonly = true }))
      assert.are.equal(0, count(other, "SELECT count(*) FROM documents"))
      assert.is_true(db:end_batch())
      assert.are.equal(2, count(other, "SELECT count(*) FROM documents"))
      assert.are.equal(first.mentions + second.mentions, count(other, "SELECT count(*) FROM mentions"))
      -- a bound of 0 bytes commits after every document
      db:begin_batch{ bytes = 0 }
      assert(db:ingest(F.report("聊城市", 2024, 3), META))
      assert.are.equal(3, count(other, "SELECT count(*) FROM documents"))
      other:close()
    end)

    it("keeps the documents of an open batch on close, and the caller's transaction is its own", function()
      db:begin_batch()
      assert(db:ingest(F.report("聊城市", 2022, 1), META))
      -- a transaction the caller rolls back takes nothing of the batch with it
      assert.is_nil(db:transaction(function(d)
        assert(d:ingest(F.report("聊城市", 2023, 2), META))
        return nil, "changed my mind"
      end))
      assert(db:ingest(F.report("聊城市", 2024, 3), META))
      db:close()
      db = assert(dbm.open(dir .. "/db.sqlite"))
      assert.are.equal(2, count(db, "SELECT count(*) FROM documents"))
      assert.are.equal(0, count(db, "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)"))
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:begin_batch(5) end, "bad argument #1 to 'begin_batch' (table expected, got number)")
      assert.has_error(function() db:ingest(5) end, "bad argument #1 to 'ingest' (string expected, got number)")
      assert.has_error(function() db:ingest("x\n", "meta") end, "bad argument #2 to 'ingest' (table expected, got string)")
      assert.has_error(function() db:mentions{ colour = "red" } end,
        "bad argument #1 to 'mentions' (unknown filter 'colour'; use doc_kind, document_id, kind, period, region, subject, unit, year, all_versions)")
    end)
  end)

  describe("queries", function()
    it("answers targets of a region and year through the index, even with statistics gathered", function()
      local db = assert(dbm.open(":memory:"))
      for i = 1, 30 do
        db:ingest(F.report("聊城市", 2000 + i, i, 5), { region = i % 2 == 0 and "聊城市" or "德州市",
          published = (2000 + i) .. "-02-24", kind = "work_report" })
      end
      db:exec("ANALYZE")
      local sql, params = db:mentions_sql{ region = "聊城市", period = "2022", kind = "target" }
      local plan = {}
      for row in db:rows("EXPLAIN QUERY PLAN " .. sql, table.unpack(params)) do plan[#plan + 1] = row.detail end
      assert.are.same({ "SEARCH m USING INDEX mentions_region_period (region=? AND period=? AND kind=?)",
        "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)", "SEARCH s USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN",
        "USE TEMP B-TREE FOR ORDER BY" }, plan)
      db:close()
    end)

    it("binds the parameters of rows and keeps them data", function()
      local db = assert(dbm.open(":memory:"))
      db:ingest(F.report("聊城市", 2022, 1), META)
      local got = {}
      for row in db:rows("SELECT subject, value FROM mentions WHERE kind = ? AND unit = ? ORDER BY start", "target", "person") do
        got[#got + 1] = { row.subject, row.value }
      end
      assert.are.same({ { "城镇新增就业", 40000 } }, got)
      assert.are.equal(0, #(function() local t = {} for r in db:rows("SELECT 1 FROM mentions WHERE kind = ?", "x' OR 1=1 --") do t[#t + 1] = r end return t end)())
      db:close()
    end)

    it("offers the current mentions as a view for plain SQL", function()
      local db = assert(dbm.open(":memory:"))
      local path = F.write(dir .. "/v.txt", F.report("聊城市", 2022, 1))
      db:ingest(path, META)
      F.write(path, F.report("聊城市", 2022, 2))
      local new = db:ingest(path, META)
      local docs = {}
      for row in db:rows("SELECT DISTINCT document_id, doc_kind FROM current_mentions") do docs[#docs + 1] = row end
      assert.are.same({ { document_id = new.id, doc_kind = "work_report" } }, docs)
      db:close()
    end)

    it("filters mentions by region, period and kind", function()
      local db = assert(dbm.open(":memory:"))
      db:ingest(F.report("聊城市", 2022, 1), META)
      db:ingest(F.report("德州市", 2022, 1), { region = "德州市", published = "2022-02-24", kind = "work_report" })
      local got = {}
      for m in db:mentions{ region = "聊城市", period = "2022", kind = "target" } do got[#got + 1] = m.raw end
      assert.are.same({ "6%左右", "5.5%左右", "4万人以上" }, got)
      got = {}
      for m in db:mentions{ region = "德州市", period = "2021", kind = "outcome" } do got[#got + 1] = m.raw end
      assert.are.same({ "6.1%", "9.7%" }, got)
      db:close()
    end)
  end)

  describe("save_audit and load_audit", function()
    it("gives back the audit as it was saved", function()
      local db = assert(dbm.open(":memory:"))
      local audit = {
        params = { region = "聊城市", year = 2022 },
        rules = { { name = "default", sha256 = duixian.core.sha256("rules") } },
        summary = { met = 1, not_reported = 1 },
        verdicts = {
          { region = "聊城市", period = "2021", indicator = "gdp_growth", subject = "生产总值", status = "met",
            target_doc = "a.txt", target_start = 10, target_end = 20, target_raw = "8%左右", target_value = 8,
            cmp = "~", unit = "%", outcome_doc = "b.txt", outcome_raw = "8.4%", outcome_value = 8.4,
            estimate = false, reason = "8.4 ≥ 8 − 0.5", candidates = { { doc = "c.txt", value = 8.5 } } },
          { region = "聊城市", period = "2022", indicator = "budget_revenue", status = "not_reported",
            target_value = 5.5, estimate = true },
        },
      }
      local id = assert(db:save_audit(audit))
      local back = assert(db:load_audit(id))
      assert.are.same(audit.params, back.params)
      assert.are.same(audit.rules, back.rules)
      assert.are.same(audit.summary, back.summary)
      assert.are.same(audit.verdicts, back.verdicts)
      assert.are.equal("integer", math.type(back.verdicts[1].target_value))
      assert.are.equal(1, count(db, "SELECT count(*) FROM verdicts WHERE audit_id = ? AND indicator = ? AND status = 'met'", id, "gdp_growth"))
      assert.is_nil(db:load_audit(id + 1))
      db:close()
    end)

    it("saves nothing when a verdict lacks a status", function()
      local db = assert(dbm.open(":memory:"))
      assert.has_error(function() db:save_audit{ verdicts = { { region = "x" } } } end,
        "bad argument #1 to 'save_audit' (verdicts[1] needs a status string)")
      assert.are.equal(0, count(db, "SELECT count(*) FROM audits"))
      db:close()
    end)
  end)

  describe("the file", function()
    it("is an ordinary SQLite database the sqlite3 tool reads", function()
      local path = dir .. "/plain.sqlite"
      local db = assert(dbm.open(path))
      db:ingest(F.report("聊城市", 2022, 1), META)
      db:close()
      local sql = F.write(dir .. "/q.sql", "PRAGMA integrity_check;\nSELECT count(*) FROM documents;\n" ..
        "SELECT raw FROM mentions WHERE kind = 'target' ORDER BY start LIMIT 1;\n")
      local pipe = io.popen(("sqlite3 '%s' < '%s'"):format(path, sql))
      local out = pipe:read("a")
      pipe:close()
      assert.are.equal("ok\n1\n6%左右\n", out)
    end)
  end)
end)
