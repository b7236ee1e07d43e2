--- Decisions derived from stored facts: db:derive(R) classifies the stored
-- mentions under any rules without reading a document's text, and
-- db:refresh() keeps the cached default classification (the kind, period,
-- estimate and region columns of mentions) in step with the default rules.
local common = require "duixian.db.common"
local facts = require "duixian.db.facts"
local meta = require "duixian.meta"
local traditional = require "duixian.traditional"

local M = {}

local FACTS_SELECT = [[
SELECT m.id, m.document_id, m.start, m."end", m.raw, m.value, m.value_max, m.unit, m.cmp, m.subject,
  m.verb, m.pos, m.clause_start, m.clause_end, m.list_index, m.distributive, m.quoted, m.after,
  m.sentence_id, s.seq, s.start AS s_start, s."end" AS s_end, s.para, s.level, s.text, s.norm,
  s.heading1, s.heading2, s.heading3, s.cues, s.para_cues, s.section_cues, s.para_lead
FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = m.document_id
WHERE d.superseded_by IS NULL%s
ORDER BY m.document_id, s.seq, m.start]]
local FACTS_OF_ALL, FACTS_OF_ONE = FACTS_SELECT:format(""), FACTS_SELECT:format(" AND m.document_id = ?")

local DOCUMENTS_SELECT = [[
SELECT id, name, path, region, published, kind, source, plan_year, review_year, plan_first, plan_last,
  self_words, plan_opens
FROM documents WHERE superseded_by IS NULL]]

--- The document record the rules read, from a documents row.
function M.document_record(d)
  local doc = { id = d.id, file = d.name or d.path, region = d.region, published = d.published,
    kind = d.kind, source = d.source, plan_year = d.plan_year, review_year = d.review_year,
    plan_first = d.plan_first, plan_last = d.plan_last, self_words = meta.decode_self_words(d.self_words),
    plan_opens = d.plan_opens }
  doc.year, doc.month, doc.day = meta.parse_date(d.published)
  return doc
end

--- Iterate over the stored mentions of current documents, each rebuilt
-- from its facts and classified under R (duixian.rules.compose), in
-- document order; those of one document when document_id is given (the
-- audit streams a document at a time). Reads no document text. A rule's
-- error is raised.
-- @return iterator of mention records (with document_id, doc, and the
--   kind, period, estimate, region R gave)
function M:derive(R, document_id)
  common.check_db(self, "derive")
  if type(R) ~= "table" or type(R.classify) ~= "table" then
    error("bad argument #1 to 'derive' (composed rules expected, see duixian.rules.compose)", 2)
  end
  local docs = {}
  local of_docs = self.conn:cached(DOCUMENTS_SELECT .. (document_id and " AND id = ?" or ""))
  local one = { document_id } -- no parameter at all for every document
  for d in of_docs:rows(table.unpack(one)) do docs[d.id] = M.document_record(d) end
  local stmt, msg = self.conn:cached(document_id and FACTS_OF_ONE or FACTS_OF_ALL)
  if not stmt then error(msg, 2) end
  local next_row, s1, s2 = stmt:rows(table.unpack(one))
  local classify = R.classify.classify
  local doc_id, state, ctx, ctx_id
  return function()
    local row = next_row(s1, s2)
    if not row then return nil end
    if row.document_id ~= doc_id then
      doc_id, state = row.document_id, {}
      require("duixian.rules").new_document(R)
    end
    if row.sentence_id ~= ctx_id then
      ctx_id = row.sentence_id
      ctx = facts.sentence({ seq = row.seq, start = row.s_start, ["end"] = row.s_end, para = row.para,
        level = row.level, text = row.text, norm = row.norm, heading1 = row.heading1,
        heading2 = row.heading2, heading3 = row.heading3, cues = row.cues, para_cues = row.para_cues,
        section_cues = row.section_cues, para_lead = row.para_lead })
    end
    local doc = docs[row.document_id]
    local m = facts.mention(row, ctx)
    m.doc = doc.file
    m.published, m.doc_kind = doc.published, doc.kind
    classify(R, m, doc, state)
    return m
  end
end

local STORED_DIGEST = "SELECT digest FROM derivations WHERE name = ?"

local UPDATE_CACHE = [[
UPDATE mentions SET kind = ?, period = ?, period_start = ?, period_end = ?, estimate = ?, region = ?,
  headline = ? WHERE id = ?]]
local STAMP = [[
INSERT INTO derivations (name, digest, derived_at) VALUES (?, ?, ?)
ON CONFLICT(name) DO UPDATE SET digest = excluded.digest, derived_at = excluded.derived_at]]

--- The digest of the rules the cached classification was made with, or nil.
function M:derived_digest()
  common.check_db(self, "derived_digest")
  local row = self.conn:cached(STORED_DIGEST):first("default")
  return row and row.digest
end

--- The digest of the scanner the stored facts were made with
-- (rules.facts_digest), or nil when they were stored before it was kept.
function M:facts_digest()
  common.check_db(self, "facts_digest")
  local row = self.conn:cached(STORED_DIGEST):first("facts")
  return row and row.digest
end

--- Stamp the cache as made by the default rules in force (after an ingest
-- into an empty database, say). Inside the caller's transaction.
function M:stamp_derived()
  local rules = require "duixian.rules"
  local done, msg, code = self.conn:cached(STAMP):run("default", rules.default_digest(), common.now_utc())
  if not done then return nil, msg, code end
  return self.conn:cached(STAMP):run("facts", rules.facts_digest(), common.now_utc())
end

--- Store the facts of documents again from their stored text: those
-- ingested before facts were stored (schema 1), or, when all is true
-- (the scanner changed since the facts were stored: rules.facts_digest),
-- every current document. Their sentences and mentions are rewritten.
-- Inside the caller's transaction.
-- @return true | nil, message, code
function M:backfill_facts(all)
  local duixian = require "duixian"
  local ingest = require "duixian.db.ingest"
  local old = {}
  local select = all and [[SELECT id, name, path, region, published, kind, source FROM documents
      WHERE superseded_by IS NULL]]
    or [[SELECT DISTINCT d.id, d.name, d.path, d.region, d.published, d.kind,
      d.source FROM documents d JOIN mentions m ON m.document_id = d.id
      WHERE m.sentence_id IS NULL]]
  for row in self.conn:cached(select):rows() do
    old[#old + 1] = row
  end
  for _, d in ipairs(old) do
    local text = self:text(d.id)
    local each = assert(duixian.each(text, { file = d.name or d.path, region = d.region,
      published = d.published, kind = d.kind, source = d.source }))
    local mentions = {}
    for m in each do mentions[#mentions + 1] = m end
    for _, sql in ipairs({ "DELETE FROM mentions WHERE document_id = ?", "DELETE FROM sentences WHERE document_id = ?" }) do
      local done, msg, code = self.conn:cached(sql):run(d.id)
      if not done then return nil, msg, code end
    end
    local done, msg, code = ingest.write_mentions(self.conn, d.id, mentions)
    if not done then return nil, msg, code end
    done, msg, code = self.conn:cached("UPDATE documents SET mention_count = ? WHERE id = ?"):run(#mentions, d.id)
    if not done then return nil, msg, code end
  end
  return true
end

-- The current documents with their title's opening (what meta.years and
-- meta.plan_span read: a communiqué's year, a plan outline's period), for
-- one of no known region the opening meta.self_word_counts reads, and for
-- a work report the whole text, where meta.plan_opening finds its plan
local OPENINGS_SELECT = ([[
SELECT id, published, kind, plan_year, review_year, plan_first, plan_last, substr(text, 1, 1500) AS head,
  CASE WHEN region IS NULL THEN substr(text, 1, %d) END AS opening, self_words, plan_opens,
  CASE WHEN kind = 'work_report' THEN text END AS body
FROM documents WHERE superseded_by IS NULL]]):format(meta.SELF_WORDS_BYTES)

local UPDATE_YEARS = [[
UPDATE documents SET plan_year = ?, review_year = ?, plan_first = ?, plan_last = ?, self_words = ?,
  plan_opens = ? WHERE id = ?]]

--- Work out again the years each current document is read in (its plan
-- and review year, a plan outline's period), which the word tables decide
-- (data/lexicon.lua document_kinds, the plans' names): a database written
-- before a communiqué's year came from its title keeps none stale.
-- Inside the caller's transaction.
-- @return true | nil, message, code
function M:refresh_document_years()
  local changed = {}
  -- the text as the scanner read it at ingest (duixian.document is given
  -- the text in simplified characters): 全縣 is counted as 全县 there too
  local function as_scanned(s) return s and (traditional.simplify(s)) or s end
  for d in self.conn:cached(OPENINGS_SELECT):rows() do
    local head, opening = as_scanned(d.head), as_scanned(d.opening)
    local plan_year, review_year = meta.years(d.published, d.kind, head)
    local plan_first, plan_last = meta.plan_span(head, d.kind)
    local self_words = opening and meta.encode_self_words(meta.self_word_counts(opening)) or nil
    -- where the plan opens, as an offset into the text as stored (the
    -- sentences' offsets are into it too)
    local plan_opens
    if d.body then
      local simplified, to_original = traditional.simplify(d.body)
      plan_opens = meta.plan_opening(simplified or d.body, d.kind)
      if plan_opens and simplified and to_original then plan_opens = to_original(plan_opens) end
    end
    if plan_year ~= d.plan_year or review_year ~= d.review_year or plan_first ~= d.plan_first
        or plan_last ~= d.plan_last or self_words ~= d.self_words or plan_opens ~= d.plan_opens then
      changed[#changed + 1] = { plan_year, review_year, plan_first, plan_last, self_words, plan_opens, d.id }
    end
  end
  for _, c in ipairs(changed) do
    local done, msg, code = self.conn:cached(UPDATE_YEARS):run(table.unpack(c, 1, 7))
    if not done then return nil, msg, code end
  end
  return true
end

--- Re-derive the cached classification from stored facts when the default
-- rules (or word tables) differ from those that made it; in one
-- transaction (a savepoint inside the caller's). Returns the number of
-- mentions re-derived (0 when the cache was current).
-- @return n | nil, message, code
function M:refresh()
  common.check_db(self, "refresh")
  if self.readonly then return 0 end
  local rules = require "duixian.rules"
  local digest = rules.default_digest()
  -- facts stored by another scanner are stored again from the text first
  local rescan = self:facts_digest() ~= rules.facts_digest()
  if self:derived_digest() == digest and not rescan then return 0 end
  local outer = not self.conn:autocommit()
  local ok, msg, code = self.conn:exec(outer and "SAVEPOINT refresh" or "BEGIN IMMEDIATE")
  if not ok then return nil, msg, code end
  local n = 0
  local function work()
    local filled, why, c0 = self:backfill_facts(rescan)
    if not filled then return nil, why, c0 end
    filled, why, c0 = self:refresh_document_years()
    if not filled then return nil, why, c0 end
    local update = self.conn:cached(UPDATE_CACHE)
    local R = rules.default()
    -- a document at a time: what is held is one document's, however many
    local ids = {}
    for d in self.conn:cached(DOCUMENTS_SELECT):rows() do ids[#ids + 1] = d.id end
    table.sort(ids)
    for _, id in ipairs(ids) do
      local changed = {}
      for m in self:derive(R, id) do
        local first, last = common.period_years(m.period)
        changed[#changed + 1] = { m.kind or "other", m.period, first, last, m.estimate and 1 or 0, m.region,
          m.headline and 1 or 0, m.id }
      end
      for _, c in ipairs(changed) do
        local done, err, c2 = update:run(table.unpack(c, 1, 8))
        if not done then return nil, err, c2 end
        n = n + 1
      end
    end
    return self:stamp_derived()
  end
  local ok_call, done, err, c2 = pcall(work)
  if not ok_call or not done then
    self.conn:exec(outer and "ROLLBACK TO refresh; RELEASE refresh" or "ROLLBACK")
    if not ok_call then error(done, 0) end
    return nil, err, c2
  end
  ok, msg, code = self.conn:exec(outer and "RELEASE refresh" or "COMMIT")
  if not ok then
    self.conn:exec(outer and "ROLLBACK TO refresh; RELEASE refresh" or "ROLLBACK")
    return nil, msg, code
  end
  return n
end

return M
