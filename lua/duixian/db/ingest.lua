--- db:ingest: one document and its mentions, in one transaction (or a
-- savepoint of the open batch: db:begin_batch).
--
-- A document is identified by the sha256 of its bytes. The same bytes a
-- second time change nothing ("unchanged"). New bytes at a path already
-- stored make a new document; the old one is kept with superseded_by
-- pointing at the new ("superseded"). The text is decoded and scanned
-- before the write lock is taken, so concurrent ingesters wait for each
-- other only while rows are written (in a batch, until its commit).
local duixian = require "duixian"
local store = require "duixian.store"
local readers = require "duixian.readers"
local document_meta = require "duixian.meta"
local lfs = require "lfs"
local common = require "duixian.db.common"
local facts = require "duixian.db.facts"

local M = {}

local FIND_SHA = "SELECT id, path, mention_count, superseded_by FROM documents WHERE sha256 = ?"

local INSERT_DOCUMENT = [[
INSERT INTO documents (sha256, path, name, region, published, kind, source, inferred,
  plan_year, review_year, encoding, bytes, text, mention_count, ingested_at, format, pages,
  plan_first, plan_last, self_words, plan_opens)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)]]

local INSERT_SENTENCE = [[
INSERT INTO sentences (document_id, seq, start, "end", para, level, text, norm, heading1, heading2,
  heading3, cues, para_cues, section_cues, para_lead)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)]]

-- The columns of a mentions row, in the order its values are listed
local MENTION_COLUMNS = { "document_id", "start", '"end"', "raw", "value", "value_max", "unit", "cmp",
  "subject", "verb", "kind", "period", "period_start", "period_end", "estimate", "region", "sentence_id",
  "pos", "clause_start", "clause_end", "list_index", "distributive", "quoted", "after", "headline", "page" }

local SUPERSEDE = [[
UPDATE documents SET superseded_by = ?1
WHERE path = ?2 AND superseded_by IS NULL AND id <> ?1]]

local REINSTATE = "UPDATE documents SET superseded_by = NULL WHERE id = ?"

-- SQLite's page cache during a batch: a batch of 8 MB of text makes about
-- 16 MB of pages
local BATCH_CACHE_KB = 16384

--- A string with a line break (or longer than any path) is the text
-- itself; meta.is_text = true or false says so explicitly.
local function is_text(src, meta)
  if meta.is_text ~= nil then return meta.is_text end
  return src:find("\n", 1, true) ~= nil or #src > 4096
end

local function read_source(src, meta)
  if is_text(src, meta) then
    return src, meta.file, meta.file
  end
  -- opening a FIFO or a device would wait forever, or read without end
  local mode = lfs.attributes(src, "mode")
  if mode and mode ~= "file" then
    return nil, ("%s: not a file but a %s; nothing read"):format(src, mode), 0
  end
  local f, err = io.open(src, "rb")
  if not f then return nil, ("%s: cannot open (%s)"):format(src, err), 0 end
  local bytes, rerr = f:read("a")
  f:close()
  if not bytes then return nil, ("%s: cannot read (%s)"):format(src, tostring(rerr)), 0 end
  return bytes, meta.file or src, store.realpath(src) or src
end

-- Mentions go to SQLite many to a statement (INSERT … VALUES (…), (…) …):
-- a statement's run opens its cursors, and allocates its records, once for
-- all its rows. They wait in row tables, reused from one batch of rows to
-- the next, until CHUNKS[1] rows are there; a rest is written in
-- statements of the smaller CHUNKS. (Sentences go one to a statement:
-- they are the parents of mentions, and an INSERT of several parents
-- plans a search of mentions, which makes PRAGMA optimize analyse them.)
local CHUNKS = { 32, 16, 8, 4, 2, 1 }
local WIDTH = #MENTION_COLUMNS
local INSERT_MENTIONS = {} -- the statement for n rows
do
  local row = "(" .. ("?, "):rep(WIDTH - 1) .. "?)"
  local head = ("INSERT INTO mentions (%s) VALUES "):format(table.concat(MENTION_COLUMNS, ", "))
  for _, n in ipairs(CHUNKS) do INSERT_MENTIONS[n] = head .. (row .. ", "):rep(n - 1) .. row end
end
local waiting = {} -- the mentions rows not yet written
for i = 1, CHUNKS[1] do waiting[i] = {} end

-- Write count rows of waiting.
-- @return true | nil, message, code
local function write_waiting(conn, count)
  local done = 0
  for _, size in ipairs(CHUNKS) do
    if count - done >= size then
      local stmt, msg, code = conn:cached(INSERT_MENTIONS[size])
      if not stmt then return nil, msg, code end
      repeat
        local n
        n, msg, code = stmt:run_rows(waiting, done + 1, WIDTH)
        if not n then return nil, msg, code end
        done = done + size
      until count - done < size
    end
  end
  return true
end

--- The facts of mentions (as duixian.each gives them) and of their
-- sentences, each sentence once, with the default classification as the
-- cache; inside the caller's transaction.
-- @return true | nil, message, code
function M.write_mentions(conn, document_id, mentions)
  local insert_sentence = conn:cached(INSERT_SENTENCE)
  local period_years, encode_cues = common.period_years, facts.encode_cues
  local mv, full, nm = waiting, CHUNKS[1], 0 -- rows waiting
  -- a paragraph's and a section's cue lists are one table shared by the
  -- sentences they govern: each is encoded once
  local para_of, para_text, section_of, section_text
  local ctx_id, last_ctx = nil, nil
  local ok, msg, code
  for i = 1, #mentions do
    local m = mentions[i]
    local ctx = m.context
    if ctx ~= last_ctx then
      last_ctx = ctx
      local cues, para, section = ctx.cues, ctx.para_cues, ctx.section_cues
      if para ~= para_of then para_of, para_text = para, encode_cues(para) end
      if section ~= section_of then section_of, section_text = section, encode_cues(section) end
      ok, msg, code = insert_sentence:run(document_id, ctx.index, ctx.start, ctx["end"], ctx.para, ctx.level,
        ctx.text, ctx.norm, ctx.heading1, ctx.heading2, ctx.heading3, encode_cues(cues),
        para ~= cues and para_text or nil, section_text, ctx.para_lead)
      if not ok then return nil, msg, code end
      ctx_id = conn:last_insert_rowid()
    end
    if nm == full then
      ok, msg, code = write_waiting(conn, nm)
      if not ok then return nil, msg, code end
      nm = 0
    end
    local period = m.period
    local ps, pe = period_years(period)
    nm = nm + 1
    local r = mv[nm]
    r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] =
      document_id, m.start, m["end"], m.raw, m.value, m.value_max, m.unit, m.cmp, m.subject
    r[10], r[11], r[12], r[13], r[14], r[15], r[16], r[17] =
      m.verb, m.kind or "other", period, ps, pe, m.estimate and true or false, m.region, ctx_id
    r[18], r[19], r[20], r[21], r[22], r[23], r[24], r[25] =
      m.pos, m.clause_start, m.clause_end, m.list_index, m.distributive and 1 or nil, m.quoted and 1 or nil,
      m.after, m.headline and 1 or 0
    r[26] = m.page
  end
  return write_waiting(conn, nm)
end

-- Run one statement of no parameters, prepared once: a document's
-- SAVEPOINT and RELEASE (or BEGIN and COMMIT).
-- @return true | nil, message, code
local function run_once(conn, sql)
  local stmt, msg, code = conn:cached(sql)
  if not stmt then return nil, msg, code end
  local n
  n, msg, code = stmt:run()
  if not n then return nil, msg, code end
  return true
end

-- Rows of one document, written inside the caller's transaction.
local function write_document(self, rec, mentions)
  local conn = self.conn
  local found, msg, code = conn:cached(FIND_SHA):first(rec.sha256)
  if msg then return nil, msg, code end
  if found and found.superseded_by == nil then
    -- another process stored the same bytes while this one was scanning
    return { status = "unchanged", id = found.id, mentions = found.mention_count }
  end
  if found then
    -- bytes stored before and superseded since: make that version current again
    local n
    n, msg, code = conn:cached(SUPERSEDE):run(found.id, rec.path)
    if not n then return nil, msg, code end
    n, msg, code = conn:cached(REINSTATE):run(found.id)
    if not n then return nil, msg, code end
    return { status = "superseded", id = found.id, mentions = found.mention_count, reinstated = true }
  end
  local n
  n, msg, code = conn:cached(INSERT_DOCUMENT):run(rec.sha256, rec.path, rec.name, rec.region,
    rec.published, rec.kind, rec.source, rec.inferred, rec.plan_year, rec.review_year,
    rec.encoding, rec.bytes, rec.text, #mentions, common.now_utc(), rec.format, rec.pages,
    rec.plan_first, rec.plan_last, rec.self_words, rec.plan_opens)
  if not n then return nil, msg, code end
  local id = conn:last_insert_rowid()
  n, msg, code = M.write_mentions(conn, id, mentions)
  if not n then return nil, msg, code end
  local status = "added"
  if rec.path then
    n, msg, code = conn:cached(SUPERSEDE):run(id, rec.path)
    if not n then return nil, msg, code end
    if n > 0 then status = "superseded" end
  end
  return { status = status, id = id, mentions = #mentions }
end

--- Store one document and its mentions. src is a file path, or the
-- document's bytes themselves when they contain a line break (or when
-- meta.is_text is true). meta: { file, region, published, kind, source };
-- what is missing is inferred from the text, as duixian.scan does. opts
-- goes to duixian.each (lexicon, rules).
-- @return { status = "added" | "unchanged" | "superseded", id, mentions, bytes }
--   | nil, message, offset (a document that cannot be read or decoded)
--   | nil, message, code, "store" (SQLite failed: the database, not the
--     document, is the problem; nothing of the document is stored)
function M:ingest(src, meta, opts)
  common.check_db(self, "ingest")
  common.check_type(src, 1, "ingest", "string")
  common.check_type(meta, 2, "ingest", "table", true)
  common.check_type(opts, 3, "ingest", "table", true)
  meta = meta or {}
  local bytes, name, path = read_source(src, meta)
  if not bytes then return nil, name, path end
  local label = name or "(text)"
  local sha256 = duixian.core.sha256(bytes)
  local conn = self.conn
  -- a batch past its bounds is committed before anything else is done
  -- (unchanged documents write nothing, and could keep it open), and so is
  -- one this document would take past its size: the write lock is not held
  -- while a long document is scanned
  local committed, failure, c0 = M.commit_batch(self, true, #bytes)
  if not committed then return nil, ("%s: %s"):format(label, failure), c0, "store" end

  local found, msg, code = conn:cached(FIND_SHA):first(sha256)
  if msg then return nil, ("%s: %s"):format(label, msg), code, "store" end
  if found and found.superseded_by == nil then
    return { status = "unchanged", id = found.id, mentions = found.mention_count, bytes = #bytes }
  end

  local text, info, offset = readers.read_bytes(bytes, label)
  if not text then return nil, info, offset end
  if not text:find("%S") then
    return nil, ("%s: no text, only white space; nothing to store"):format(label), 0
  end
  local given = {}
  for k, v in pairs(meta) do given[k] = v end
  given.file, given.is_text = name, nil
  -- stored classification is always the defaults' (a cache of them); a
  -- rule pack derives its own from the stored facts (db:derive)
  local scan_opts = { lexicon = opts and opts.lexicon, max_sentence = opts and opts.max_sentence }
  local each, doc = duixian.each(text, given, scan_opts)
  if not each then return nil, doc, info end
  local mentions = {}
  for m in each do mentions[#mentions + 1] = m end

  local inferred = doc.inferred
  local rec = { sha256 = sha256, path = path, name = name, region = doc.region,
    published = doc.published, kind = doc.kind, source = doc.source,
    inferred = #inferred > 0 and table.concat(inferred, ",") or nil,
    plan_year = doc.plan_year, review_year = doc.review_year, plan_first = doc.plan_first,
    plan_last = doc.plan_last, plan_opens = doc.stored_plan_opens,
    self_words = document_meta.encode_self_words(doc.self_words), encoding = info.encoding,
    bytes = #bytes, text = text, format = info.format, pages = info.pages }

  if not self.derived_current then
    -- the cache must be the current defaults' before rows made by them join it
    local n, why, c = self:refresh()
    if not n then return nil, ("%s: not stored: %s"):format(label, tostring(why)), c, "store" end
    self.derived_current = true
  end
  -- its own transaction; or a savepoint inside the open batch's
  -- (db:begin_batch) or inside the caller's (an audit that ingests, derives
  -- and saves as one unit)
  local batch = self.batch
  local ok
  if batch and not batch.open and conn:autocommit() then
    ok, msg, code = conn:exec("BEGIN IMMEDIATE")
    if not ok then return nil, ("%s: cannot start a transaction: %s"):format(label, msg), code, "store" end
    batch.open, batch.since, batch.bytes, batch.documents = true, store.now(), 0, 0
  end
  local outer = not conn:autocommit()
  local begin, commit, rollback = "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"
  if outer then
    begin, commit, rollback = "SAVEPOINT ingest", "RELEASE ingest", "ROLLBACK TO ingest; RELEASE ingest"
  end
  ok, msg, code = run_once(conn, begin)
  if not ok then return nil, ("%s: cannot start a transaction: %s"):format(label, msg), code, "store" end
  local written, ok_call
  ok_call, written, msg, code = pcall(write_document, self, rec, mentions)
  if not ok_call or not written then
    conn:exec(rollback)
    if not ok_call then error(written, 0) end
    return nil, ("%s: not stored: %s%s"):format(label, msg, M.batch_lost(self)), code, "store"
  end
  ok, msg, code = run_once(conn, commit)
  if not ok then
    conn:exec(rollback)
    return nil, ("%s: not stored, the commit failed: %s%s"):format(label, msg, M.batch_lost(self)), code, "store"
  end
  if batch and batch.open then
    batch.documents, batch.bytes = batch.documents + 1, batch.bytes + #text
    ok, msg, code = M.commit_batch(self, true)
    if not ok then return nil, ("%s: %s"):format(label, msg), code, "store" end
  end
  written.bytes = #bytes
  written.inferred = inferred
  written.warnings = info.warnings
  written.doc = doc
  return written
end

--- Commit the documents of later ingests together: they share a
-- transaction, committed once it has been open opts.seconds (default 0.25)
-- or holds opts.bytes of text (default 8 MB), and by db:end_batch and
-- db:close. Each document is still whole or absent after a crash (a kill
-- leaves out those of the batch not yet committed: at most opts.seconds of
-- work), and concurrent writers wait for the batch's commit. The rows are
-- written once per batch, not once per document (the index pages each
-- commit rewrites). A caller's own transaction (db:transaction) commits
-- the batch open before it.
function M:begin_batch(opts)
  common.check_db(self, "begin_batch")
  common.check_type(opts, 1, "begin_batch", "table", true)
  opts = opts or {}
  self.batch = self.batch or {}
  self.batch.seconds, self.batch.max_bytes = opts.seconds or 0.25, opts.bytes or 8e6
  -- The batch's pages stay in memory until its commit: with SQLite's
  -- default 2 MB cache they would be spilled to the WAL and written again.
  -- Each document's savepoint journal (the pages it changes, to roll back
  -- to) stays in memory too: in a temporary file it wrote as much as the
  -- WAL saved.
  return self.conn:exec(("PRAGMA cache_size = -%d; PRAGMA temp_store = MEMORY"):format(BATCH_CACHE_KB))
end

--- Commit the open batch and stop batching (until db:begin_batch).
-- @return true | nil, message, code (nothing of the batch is stored)
function M:end_batch()
  common.check_db(self, "end_batch")
  local ok, msg, code = M.commit_batch(self)
  if self.batch then
    self.batch = nil
    -- the sorts of large queries may spill to disk again
    self.conn:exec("PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -2000")
  end
  return ok, msg, code
end

--- Commit the documents of the open batch, if any (the next ingest opens
-- another); when due is true, only a batch past its time or size bound,
-- with incoming bytes more.
-- @return true | nil, message, code
function M.commit_batch(self, due, incoming)
  local batch = self.batch
  if not batch or not batch.open then return true end
  if due and batch.bytes + (incoming or 0) < batch.max_bytes and store.now() - batch.since < batch.seconds then
    return true
  end
  batch.open = false
  local conn = self.conn
  if conn:autocommit() then return true end
  local ok, msg, code = conn:exec("COMMIT")
  if not ok then
    conn:exec("ROLLBACK")
    return nil, ("the commit of %d documents failed, none of them is stored: %s"):format(
      batch.documents, tostring(msg)), code
  end
  return true
end

--- What a failed write took with it: the documents of the open batch,
-- when SQLite rolled back the whole transaction (a full disk, an I/O
-- error) rather than the document's savepoint.
function M.batch_lost(self)
  local batch = self.batch
  if not batch or not batch.open or not self.conn:autocommit() then return "" end
  batch.open = false
  if batch.documents == 0 then return "" end
  return ("; the %d documents before it in this batch are not stored either"):format(batch.documents)
end

return M
