--- duixian's database: documents with their text and mentions, audits and
-- their verdicts, in one ordinary SQLite file (see duixian.db.schema).
--
--   local db = assert(require("duixian.db").open("audit.sqlite"))  -- or ":memory:"
--   local r = assert(db:ingest("report.txt", { region = "聊城市", published = "2022-02-24" }))
--   print(r.status, r.id, r.mentions)             -- added | unchanged | superseded
--   for m in db:mentions{ region = "聊城市", period = "2022", kind = "target" } do
--     print(m.subject, m.raw, m.value, m.unit)
--   end
--   db:close()                                    -- also on __close and __gc
--
-- Errors: misuse raises; malformed input returns nil, message, offset;
-- SQLite and file system failures return nil, message, code.
local store = require "duixian.store"
local schema = require "duixian.db.schema"
local common = require "duixian.db.common"

local M = { schema = schema, store = store }

local DB = common.DB
local argerror, check_db = common.argerror, common.check_db

--- Open (and create, and migrate) a database. opts: { readonly = bool,
-- busy_timeout = ms (default 30000) }. ":memory:" gives a private
-- in-memory database. Writers and readers check the file first (PRAGMA
-- quick_check) and refuse a damaged one with a message on recovery; a
-- reader works on a read-only folder or mount too.
-- @return db | nil, message, code
function M.open(path, opts)
  if type(path) ~= "string" then argerror(1, "open", "string expected, got " .. type(path)) end
  if opts ~= nil and type(opts) ~= "table" then argerror(2, "open", "table expected, got " .. type(opts)) end
  opts = opts or {}
  if path ~= ":memory:" and require("lfs").attributes(path, "mode") == "directory" then
    -- SQLite would say "disk I/O error" or "unable to open database file"
    return nil, ("%s: a folder, not a database file (give the file in it)"):format(path), 65
  end
  if opts.readonly then
    local self, msg, code = M.open_reader(path, opts, false)
    -- a reader needs a writable folder for the -shm file of a WAL database;
    -- on a read-only folder or mount, the file is read as immutable instead
    local primary = math.type(code) == "integer" and code % 256
    if not self and (primary == 8 or primary == 14) and path ~= ":memory:" then
      local again = M.open_reader(path, opts, true)
      if again then return again end
    end
    return self, msg, code
  end
  local conn, msg, code = store.open(path, { create = true, busy_timeout = opts.busy_timeout })
  if not conn then return nil, msg, code end
  local self = setmetatable({ conn = conn, path = path, readonly = false }, DB)
  local ok
  -- a damaged file is found before anything is written into it
  ok, msg, code = M.check_intact(conn, path)
  if not ok then
    conn:close()
    return nil, msg, code
  end
  -- Setting WAL on a file another process is creating can fail with
  -- SQLITE_BUSY (5) or SQLITE_LOCKED (6) without SQLite's busy handler being
  -- called: such a set-up is retried, for as long as the busy timeout.
  local waited, budget = 0, opts.busy_timeout or 30000
  while true do
    ok, msg, code = M.set_up(conn, path)
    local primary = math.type(code) == "integer" and code % 256 or code -- SQLITE_BUSY_RECOVERY …
    if ok or (primary ~= 5 and primary ~= 6) or waited >= budget then break end
    store.sleep(20)
    waited = waited + 20
  end
  if not ok then
    conn:close()
    msg = tostring(msg)
    if math.type(code) == "integer" and code % 256 == 10 then
      -- SQLITE_IOERR: on creating a file, most often a disk with no room left
      msg = msg .. " (a full disk or a failing device: check the free space with df)"
    end
    return nil, msg:find(path, 1, true) == 1 and msg or ("%s: %s"):format(path, msg), code
  end
  return self
end

local DAMAGED = { [11] = true } -- SQLITE_CORRUPT (SQLITE_NOTADB says "file is not a database")

--- The message for a damaged database: what happened and how to recover.
function M.damaged(path, msg)
  return ("%s: the database is damaged (%s); nothing was written to it: %s"):format(
    path, tostring(msg), common.recovery(path))
end

--- Whether a SQLite result code says the file is damaged.
function M.is_damaged(code)
  return math.type(code) == "integer" and DAMAGED[code % 256] or false
end

--- PRAGMA quick_check (the b-trees and their pages, without cross-checking
-- indexes: seconds for gigabytes) on an open connection.
-- @return true | nil, message, 65
function M.check_intact(conn, path)
  local stmt, msg, code = conn:prepare("PRAGMA quick_check(1)")
  if stmt then
    local row
    row, msg, code = stmt:first()
    stmt:finalize()
    if row and row.quick_check == "ok" then return true end
    if row then
      msg = row.quick_check:gsub("%*%*%* in database main %*%*%*%s*", ""):gsub("%s*\n%s*", "; ")
      code = 11
    end
  end
  if M.is_damaged(code) then return nil, M.damaged(path, msg), 65 end
  return nil, ("%s: %s"):format(path, tostring(msg)), code
end

--- Open a read-only connection (immutable: no locks, no -shm; for a
-- read-only folder or mount).
function M.open_reader(path, opts, immutable)
  local conn, msg, code = store.open(path, { readonly = true, immutable = immutable, create = false,
    busy_timeout = opts.busy_timeout })
  if not conn then return nil, msg, code end
  local self = setmetatable({ conn = conn, path = path, readonly = true }, DB)
  local function fail(m, c)
    conn:close()
    if M.is_damaged(c) then return nil, M.damaged(path, m), c end
    return nil, ("%s: %s"):format(path, m), c
  end
  -- a reader may still find a schema it does not know
  local stmt
  stmt, msg, code = conn:cached("PRAGMA user_version")
  if not stmt then return fail(msg, code) end
  local row
  row, msg, code = stmt:first()
  if not row then return fail(msg or "cannot read the schema version", code or 65) end
  if row.user_version > schema.VERSION then
    return fail(("schema version %d is newer than this duixian knows (%d); upgrade duixian"):format(
      row.user_version, schema.VERSION), 65)
  end
  local ok
  ok, msg, code = conn:exec("PRAGMA query_only = ON")
  if not ok then return fail(msg, code) end
  -- a damaged file is refused by readers too (a query that happens to miss
  -- the damaged pages would otherwise answer from a file that needs
  -- recovering): 0.4 s of CPU for a database of 300 MB
  ok, msg, code = M.check_intact(conn, path)
  if not ok then
    conn:close()
    return nil, msg, code
  end
  return self
end

--- The pragmas and the schema of a writable connection.
-- @return true | nil, message, code
function M.set_up(conn, path)
  -- WAL lets readers and one writer work at once; NORMAL sync in WAL mode
  -- never corrupts and loses nothing when a process is killed.
  -- A checkpoint every 64 MB of WAL rather than every 4 MB: each one syncs
  -- the files, and at 4 MB those syncs cost a fifth of a batch ingest's time.
  -- Pages of 8 KB in a new file (an existing one keeps its own): a report's
  -- text fills half as many overflow pages, and half as many writes reach
  -- the WAL and the checkpoint: `make bench` ingests 5-15% faster than at
  -- 4 KB. An audit of a stored database is as fast (make bench-audit; it
  -- is the rules' work, not SQLite's), and a region's targets are fetched
  -- in 0.038 ms instead of 0.035 (16 and 32 KB ingest no faster and fetch
  -- slower).
  for _, pragma in ipairs({ "PRAGMA page_size = 8192", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON", "PRAGMA wal_autocheckpoint = 16384" }) do
    local stmt, msg, code = conn:prepare(pragma)
    if not stmt then return nil, msg, code end
    local _
    _, msg, code = stmt:first()
    stmt:finalize()
    if msg then return nil, msg, code end
  end
  local version, msg, code = schema.migrate(conn, path)
  if not version then return nil, msg, code end
  return true
end

--- Close the database; statements are finalised first. Idempotent.
-- @return true | nil, message, code
function DB:close()
  if not self.conn:isopen() then return true end
  -- the documents of an open batch (db:begin_batch) are each whole: kept
  local committed, msg, code = self:end_batch()
  if not self.readonly then self.conn:exec("PRAGMA optimize") end
  local ok, cmsg, ccode = self.conn:close()
  if not committed then return nil, msg, code end
  return ok, cmsg, ccode
end
DB.__close = function(self) self:close() end
DB.__gc = DB.__close

--- Run SQL text (one or several statements, no parameters).
-- @return true | nil, message, code
function DB:exec(sql)
  check_db(self, "exec")
  if type(sql) ~= "string" then argerror(1, "exec", "string expected, got " .. type(sql)) end
  return self.conn:exec(sql)
end

--- Iterate over the rows of one SQL statement with bound parameters;
-- each row is a table keyed by column name. A SQL error raises (a for
-- loop has no place for nil, message). Breaking out of the loop resets
-- the statement.
function DB:rows(sql, ...)
  check_db(self, "rows")
  if type(sql) ~= "string" then argerror(1, "rows", "string expected, got " .. type(sql)) end
  local stmt, msg = self.conn:cached(sql)
  if not stmt then error(msg, 2) end
  return stmt:rows(...)
end

--- The first row of a query, or nil when there is none.
-- @return row | nil | nil, message, code
function DB:first(sql, ...)
  check_db(self, "first")
  local stmt, msg, code = self.conn:cached(sql)
  if not stmt then return nil, msg, code end
  return stmt:first(...)
end

--- Run one statement with bound parameters.
-- @return number of rows changed | nil, message, code
function DB:run(sql, ...)
  check_db(self, "run")
  local stmt, msg, code = self.conn:cached(sql)
  if not stmt then return nil, msg, code end
  return stmt:run(...)
end

function DB:changes() return self.conn:changes() end
function DB:last_insert_rowid() return self.conn:last_insert_rowid() end

--- Run fn(db, ...) inside BEGIN IMMEDIATE … COMMIT (a savepoint when a
-- transaction is already open: transactions nest); roll back when fn
-- raises or returns nil, message. Returns what fn returns.
function DB:transaction(fn, ...)
  check_db(self, "transaction")
  -- an open batch of ingests is committed first: this transaction is the
  -- caller's alone, to commit or roll back
  local ok, msg, code = require("duixian.db.ingest").commit_batch(self)
  if not ok then return nil, msg, code end
  local begin, commit, rollback = "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"
  if not self.conn:autocommit() then
    begin, commit, rollback = "SAVEPOINT nested", "RELEASE nested", "ROLLBACK TO nested; RELEASE nested"
  end
  ok, msg, code = self.conn:exec(begin)
  if not ok then return nil, msg, code end
  local results = table.pack(pcall(fn, self, ...))
  if not results[1] then
    self.conn:exec(rollback)
    error(results[2], 0)
  end
  if results[2] == nil then
    self.conn:exec(rollback)
    return table.unpack(results, 2, results.n)
  end
  ok, msg, code = self.conn:exec(commit)
  if not ok then
    self.conn:exec(rollback)
    return nil, msg, code
  end
  return table.unpack(results, 2, results.n)
end

-- Ingestion, queries of mentions and documents, and audits live in their
-- own files, each a table of methods.
for _, part in ipairs({ "ingest", "query", "audits", "derive", "corrections" }) do
  for name, method in pairs(require("duixian.db." .. part)) do DB[name] = method end
end

M.DB = DB
return M
