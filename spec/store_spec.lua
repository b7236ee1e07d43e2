-- duixian.store: the SQLite binding itself (duixian.db builds on it).
local store = require "duixian.store"

local function memory()
  return assert(store.open(":memory:"))
end

describe("duixian.store", function()
  describe("open", function()
    it("opens an in-memory database", function()
      local db = memory()
      assert.is_true(db:isopen())
      assert.is_true(db:close())
    end)

    it("returns nil, message, code for a file it cannot open", function()
      local db, msg, code = store.open("/nonexistent-dir/x.sqlite")
      assert.is_nil(db)
      assert.are.equal("/nonexistent-dir/x.sqlite: cannot open the database: unable to open database file", msg)
      assert.are.equal(14, code) -- SQLITE_CANTOPEN
    end)

    it("does not create a file when asked to open read-only", function()
      local path = os.tmpname()
      os.remove(path)
      local db, msg = store.open(path, { readonly = true })
      assert.is_nil(db)
      assert.truthy(msg:find("cannot open the database", 1, true))
      assert.is_nil(io.open(path))
    end)

    it("raises on misuse", function()
      assert.has_error(function() store.open() end, "bad argument #1 to 'open' (string expected, got no value)")
      assert.has_error(function() store.open(":memory:", 5) end, "bad argument #2 to 'open' (table expected, got number)")
    end)
  end)

  describe("close", function()
    it("is idempotent, and __close and __gc are the same function", function()
      local db = memory()
      assert.is_true(db:close())
      assert.is_true(db:close())
      local mt = getmetatable(db)
      assert.are.equal(mt.__gc, mt.__close)
      assert.is_false(db:isopen())
    end)

    it("closes at the end of a to-be-closed variable", function()
      local kept
      do
        local db <close> = memory()
        kept = db
      end
      assert.is_false(kept:isopen())
    end)

    it("finalises open statements first, which then raise when used", function()
      local db = memory()
      local stmt = assert(db:prepare("SELECT 1"))
      assert.is_true(db:close())
      assert.has_error(function() stmt:run() end,
        "calling 'run' on bad self (statement is finalized (or its database closed))")
      assert.has_error(function() db:exec("SELECT 1") end, "calling 'exec' on bad self (database is closed)")
    end)
  end)

  describe("exec", function()
    it("runs several statements and reports SQL errors as nil, message, code", function()
      local db = memory()
      assert.is_true(db:exec("CREATE TABLE t (a); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"))
      assert.are.equal(2, db:prepare("SELECT count(*) AS n FROM t"):first().n)
      local ok, msg, code = db:exec("INSERT INTO missing VALUES (1)")
      assert.is_nil(ok)
      assert.are.equal("no such table: missing (SQL logic error)", msg)
      assert.are.equal(1, code)
      db:close()
    end)
  end)

  describe("prepare and run", function()
    local db
    before_each(function()
      db = memory()
      assert(db:exec("CREATE TABLE t (v)"))
    end)
    after_each(function() db:close() end)

    it("binds each Lua type as its SQLite type", function()
      local ins = db:prepare("INSERT INTO t VALUES (?)")
      for _, v in ipairs({ math.maxinteger, math.mininteger, 8.4, "生产总值", "a\0b", true, false }) do
        assert.are.equal(1, ins:run(v))
      end
      ins:run(nil)
      local got = {}
      for row in db:prepare("SELECT v, typeof(v) AS t FROM t ORDER BY rowid"):rows() do
        got[#got + 1] = { row.v, row.t }
      end
      assert.are.same({ { math.maxinteger, "integer" }, { math.mininteger, "integer" }, { 8.4, "real" },
        { "生产总值", "text" }, { "a\0b", "text" }, { 1, "integer" }, { 0, "integer" }, { nil, "null" } }, got)
      assert.are.equal("integer", math.type(got[1][1]))
    end)

    it("keeps quotes and SQL in a value as data", function()
      local evil = "'); DROP TABLE t;--\"`"
      db:prepare("INSERT INTO t VALUES (?)"):run(evil)
      assert.are.equal(evil, db:prepare("SELECT v FROM t"):first().v)
    end)

    it("binds named parameters from a table", function()
      db:exec("CREATE TABLE p (a, b)")
      assert.are.equal(1, db:prepare("INSERT INTO p VALUES (:a, :b)"):run({ a = 1, b = "x" }))
      assert.are.same({ a = 1, b = "x" }, db:prepare("SELECT a, b FROM p"):first())
    end)

    it("raises when the number of parameters is wrong or a value has no SQL type", function()
      local ins = db:prepare("INSERT INTO t VALUES (?)")
      assert.has_error(function() ins:run(1, 2) end, "SQL statement takes 1 parameter, 2 given")
      assert.has_error(function() ins:run(print) end,
        "bad value for SQL parameter 1 (nil, boolean, number or string expected, got function)")
    end)

    it("reports a constraint failure as nil, message, code", function()
      db:exec("CREATE TABLE u (k UNIQUE)")
      local ins = db:prepare("INSERT INTO u VALUES (?)")
      assert.are.equal(1, ins:run("a"))
      local n, msg, code = ins:run("a")
      assert.is_nil(n)
      assert.are.equal("UNIQUE constraint failed: u.k (constraint failed)", msg)
      assert.are.equal(2067, code) -- SQLITE_CONSTRAINT_UNIQUE
      assert.are.equal(store.CONSTRAINT, code & 0xff)
    end)

    it("refuses more than one statement", function()
      local stmt, msg = db:prepare("SELECT 1; SELECT 2")
      assert.is_nil(stmt)
      assert.are.equal("only one statement can be prepared; use exec for several (extra text: SELECT 2)", msg)
    end)

    it("runs many rows from row tables, from a given row on, nil included", function()
      db:exec("CREATE TABLE p (a, b, c)")
      local rows = { { "skipped", 0, 0 }, { 1, nil, "生产总值" }, { 2, 8.4, nil }, { 3, true, "x" } }
      local ins = db:prepare("INSERT INTO p VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)")
      assert.are.equal(3, ins:run_rows(rows, 2, 3))
      local got = {}
      for row in db:prepare("SELECT a, b, c FROM p ORDER BY rowid"):arrays() do got[#got + 1] = row end
      assert.are.same({ { 1, nil, "生产总值", n = 3 }, { 2, 8.4, nil, n = 3 }, { 3, 1, "x", n = 3 } }, got)
      -- the same statement again, from rows the caller has refilled
      rows[2][1], rows[3][1], rows[4][1] = 4, 5, 6
      assert.are.equal(3, ins:run_rows(rows, 2, 3))
      assert.are.equal(15, db:prepare("SELECT sum(a) AS s FROM p WHERE a > 3"):first().s)
    end)

    it("raises when run_rows has no row table where a row is due", function()
      db:exec("CREATE TABLE p (a, b)")
      local ins = db:prepare("INSERT INTO p VALUES (?, ?), (?, ?)")
      assert.has_error(function() ins:run_rows({ { 1, 2 } }, 1, 2) end,
        "bad row 2 for SQL parameter 3 (table expected, got nil)")
      assert.has_error(function() ins:run_rows({ { 1, 2 } }, 1, 0) end)
    end)

    it("gives changes and last_insert_rowid", function()
      db:prepare("INSERT INTO t VALUES (?)"):run(1)
      db:prepare("INSERT INTO t VALUES (?)"):run(2)
      assert.are.equal(2, db:last_insert_rowid())
      assert.are.equal(2, db:prepare("UPDATE t SET v = v + 1"):run())
      assert.are.equal(2, db:changes())
    end)
  end)

  describe("rows, arrays and columns", function()
    it("iterates rows by name and by position, with NULL holes counted in n", function()
      local db = memory()
      local stmt = db:prepare("SELECT 1 AS a, NULL AS b, 'x' AS c")
      assert.are.same({ "a", "b", "c" }, stmt:columns())
      for row in stmt:rows() do assert.are.same({ a = 1, c = "x" }, row) end
      for row in stmt:arrays() do assert.are.same({ 1, nil, "x", n = 3 }, row) end
      db:close()
    end)

    it("resets the statement when a loop is left early, so it can run again", function()
      local db = memory()
      db:exec("CREATE TABLE t (v); INSERT INTO t VALUES (1), (2), (3)")
      local stmt = db:cached("SELECT v FROM t ORDER BY v")
      for row in stmt:rows() do
        if row.v == 1 then break end
      end
      -- a write needs no reader left open on the connection
      assert.is_true(db:exec("DROP TABLE t"))
      db:close()
    end)

    it("raises from the loop when stepping fails", function()
      local db = memory()
      local stmt = db:prepare("SELECT abs(-9223372036854775807 - 1)")
      assert.has_error(function() for _ in stmt:rows() do end end, "integer overflow (SQL logic error)")
      db:close()
    end)
  end)

  describe("cached", function()
    it("returns the same statement for the same SQL text", function()
      local db = memory()
      assert.are.equal(db:cached("SELECT 1"), db:cached("SELECT 1"))
      db:close()
    end)

    it("gives a fresh statement while the cached one is still in a loop", function()
      local db = memory()
      db:exec("CREATE TABLE t (v); INSERT INTO t VALUES (1), (2)")
      local pairs_seen = 0
      for a in db:cached("SELECT v FROM t"):rows() do
        for b in db:cached("SELECT v FROM t"):rows() do
          pairs_seen = pairs_seen + 1
          assert.is_number(a.v + b.v)
        end
      end
      assert.are.equal(4, pairs_seen)
      db:close()
    end)

    it("stays bounded: old statements leave the cache but keep working where held", function()
      local db = memory()
      local first = db:cached("SELECT 0 AS v")
      for i = 1, 200 do assert.are.equal(i, db:cached(("SELECT %d AS v"):format(i)):first().v) end
      assert.are.equal(0, first:first().v)
      assert.are_not.equal(first, db:cached("SELECT 0 AS v"))
      db:close()
    end)
  end)

  describe("realpath", function()
    it("makes a path absolute and reports a missing one", function()
      assert.are.equal("/", store.realpath("/tmp/.."))
      local p, msg, code = store.realpath("/nonexistent-dir/x")
      assert.is_nil(p)
      assert.are.equal("/nonexistent-dir/x: No such file or directory", msg)
      assert.are.equal(2, code)
    end)
  end)
end)
