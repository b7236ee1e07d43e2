--- The database schema as versioned migrations. PRAGMA user_version holds
-- the number of migrations applied; a migration is never edited once
-- released, a change is a new entry at the end.
local M = {}

--- Marks a SQLite file as a duixian database ("dxan").
M.APPLICATION_ID = 0x6478616e

M.migrations = {
  -- 1: documents, mentions, audits, verdicts
  [[
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,     -- of the original bytes: the identity
  path          TEXT,                     -- absolute path; NULL for text given directly
  name          TEXT,                     -- the file as given (manifest key, mentions' doc)
  region        TEXT,
  published     TEXT,                     -- YYYY-MM-DD, YYYY-MM or YYYY
  kind          TEXT,                     -- work_report | news | plan | statistics | other
  source        TEXT,
  inferred      TEXT,                     -- metadata fields guessed from the text, comma-separated
  plan_year     INTEGER,
  review_year   INTEGER,
  encoding      TEXT NOT NULL,            -- of the original bytes (UTF-8, GB18030 …)
  bytes         INTEGER NOT NULL,         -- size of the original bytes
  text          TEXT NOT NULL,            -- decoded UTF-8; mention offsets point into it
  mention_count INTEGER NOT NULL,
  ingested_at   TEXT NOT NULL,            -- UTC, ISO 8601
  superseded_by INTEGER REFERENCES documents(id)  -- newer version of the same path
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_region ON documents(region, published);

CREATE TABLE mentions (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start          INTEGER NOT NULL,        -- 1-based inclusive byte offsets into documents.text
  "end"          INTEGER NOT NULL,
  raw            TEXT NOT NULL,
  value          NUMERIC,
  value_max      NUMERIC,
  unit           TEXT,
  cmp            TEXT,
  subject        TEXT,
  verb           TEXT,
  kind           TEXT NOT NULL,           -- target | outcome | other
  period         TEXT,                    -- "2022" or "2017-2021"
  period_start   INTEGER,                 -- first and last year of period
  period_end     INTEGER,
  estimate       INTEGER NOT NULL DEFAULT 0,
  region         TEXT,
  sentence       TEXT,
  sentence_start INTEGER,
  sentence_end   INTEGER
);
CREATE INDEX mentions_region_period ON mentions(region, period, kind);
CREATE INDEX mentions_document ON mentions(document_id, start);

-- Mentions of the current version of each document, with the document's
-- name, date and kind: what most questions in SQL start from.
CREATE VIEW current_mentions AS
SELECT m.*, d.name AS doc, d.published, d.kind AS doc_kind
FROM mentions m JOIN documents d ON d.id = m.document_id
WHERE d.superseded_by IS NULL;

CREATE TABLE audits (
  id              INTEGER PRIMARY KEY,
  created_at      TEXT NOT NULL,
  params          TEXT NOT NULL,          -- JSON object: the options of the run
  rules           TEXT NOT NULL,          -- JSON array of {name, sha256} of the rule packs
  summary         TEXT,                   -- JSON object, e.g. counts by status
  duixian_version TEXT
);

CREATE TABLE verdicts (
  id                  INTEGER PRIMARY KEY,
  audit_id            INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
  seq                 INTEGER NOT NULL,   -- order within the audit
  region              TEXT,
  period              TEXT,
  indicator           TEXT,
  subject             TEXT,
  status              TEXT NOT NULL,      -- met | missed | not_reported | conflicting | not_comparable | pending
  target_doc          TEXT,
  target_document_id  INTEGER,
  target_start        INTEGER,
  target_end          INTEGER,
  target_raw          TEXT,
  target_value        NUMERIC,
  cmp                 TEXT,
  unit                TEXT,
  outcome_doc         TEXT,
  outcome_document_id INTEGER,
  outcome_start       INTEGER,
  outcome_end         INTEGER,
  outcome_raw         TEXT,
  outcome_value       NUMERIC,
  estimate            INTEGER,
  reason              TEXT,
  rule                TEXT,
  json                TEXT NOT NULL       -- the whole verdict record
);
CREATE INDEX verdicts_audit ON verdicts(audit_id, region, period, indicator);
CREATE INDEX verdicts_indicator ON verdicts(indicator, region, period);
]],
  -- 2: what the scanner saw is stored once per sentence (cues, headings,
  -- paragraph) and per mention (clause bounds, the words after it), so the
  -- rules derive kind, period, estimate and region from stored facts. The
  -- mentions' kind … region columns are a cache of the default rules,
  -- stamped in derivations with the digest of the rules that made them.
  [[
CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,           -- sentence number in the document
  start       INTEGER NOT NULL,           -- 1-based inclusive byte offsets into documents.text
  "end"       INTEGER NOT NULL,
  para        INTEGER,                    -- paragraph number
  level       INTEGER,                    -- heading level (0: not a heading)
  text        TEXT NOT NULL,              -- as published
  norm        TEXT NOT NULL,              -- normalised; positions below are byte offsets into it
  heading1    TEXT,                       -- the headings it stands under
  heading2    TEXT,
  heading3    TEXT,
  cues        TEXT,                       -- time, modal, realis, estimate, compare words (facts.lua)
  para_cues   TEXT,                       -- time words in the first clause of an earlier sentence of the paragraph
  section_cues TEXT,                      -- the same since the last heading, across paragraphs
  para_lead   TEXT                        -- the opening of the paragraph's first sentence (its topic)
);
CREATE INDEX sentences_document ON sentences(document_id, seq);
ALTER TABLE mentions ADD COLUMN sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE;
ALTER TABLE mentions ADD COLUMN pos INTEGER;          -- byte offset in the sentence's norm
ALTER TABLE mentions ADD COLUMN clause_start INTEGER;
ALTER TABLE mentions ADD COLUMN clause_end INTEGER;
ALTER TABLE mentions ADD COLUMN list_index INTEGER;
ALTER TABLE mentions ADD COLUMN distributive INTEGER;
ALTER TABLE mentions ADD COLUMN quoted INTEGER;
ALTER TABLE mentions ADD COLUMN after TEXT;           -- the characters after the quantity
ALTER TABLE mentions ADD COLUMN headline INTEGER NOT NULL DEFAULT 0; -- a target of the main-targets paragraph (cached)
CREATE INDEX mentions_sentence ON mentions(sentence_id);
CREATE TABLE derivations (
  name       TEXT PRIMARY KEY,                -- "default": the cached classification
  digest     TEXT NOT NULL,                   -- sha256 of the rules and word tables that made it
  derived_at TEXT NOT NULL
);
DROP VIEW current_mentions;
CREATE VIEW current_mentions AS
SELECT m.id, m.document_id, m.start, m."end", m.raw, m.value, m.value_max, m.unit, m.cmp, m.subject,
  m.verb, m.kind, m.period, m.period_start, m.period_end, m.estimate, m.region, m.headline,
  COALESCE(s.text, m.sentence) AS sentence, COALESCE(s.start, m.sentence_start) AS sentence_start,
  COALESCE(s."end", m.sentence_end) AS sentence_end,
  d.name AS doc, d.published, d.kind AS doc_kind
FROM mentions m JOIN documents d ON d.id = m.document_id
LEFT JOIN sentences s ON s.id = m.sentence_id
WHERE d.superseded_by IS NULL;
]],
  -- 3: the format a document was read from, its pages and each mention's page (PDF)
  [[
ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'txt'; -- txt | html | docx | pdf
ALTER TABLE documents ADD COLUMN pages INTEGER;  -- PDF pages; text holds a form feed between pages
ALTER TABLE mentions ADD COLUMN page INTEGER;     -- the PDF page the mention is on
]],
  -- 4: what reviewers decided (duixian.corrections), keyed by the
  -- document's sha256 and the target's byte span, never by row ids. A
  -- decision made again replaces the earlier one, which is kept
  -- (replaced_by): nothing a person decided is lost.
  [[
CREATE TABLE corrections (
  id             INTEGER PRIMARY KEY,
  sha256         TEXT NOT NULL,           -- of the target's document
  start          INTEGER NOT NULL,        -- the target's bytes in documents.text
  "end"          INTEGER NOT NULL,
  text           TEXT NOT NULL,           -- the target as quoted when decided
  decision       TEXT NOT NULL,           -- met | missed | not_reported | not_a_target | wrong_outcome | drop | fix
  outcome_sha256 TEXT,                    -- the outcome picked, if any
  outcome_start  INTEGER,
  outcome_end    INTEGER,
  outcome_text   TEXT,
  fix            TEXT,                    -- JSON object: kind, period, value, unit, region, indicator
  note           TEXT,
  reviewer       TEXT,
  origin         TEXT,                    -- file:line it was imported from
  decided_at     TEXT NOT NULL,           -- UTC, ISO 8601
  replaced_by    INTEGER REFERENCES corrections(id)
);
CREATE INDEX corrections_span ON corrections(sha256, start, "end");
]],
  -- 5: the plan period a plan's title names (…第十四个五年规划…纲要:
  -- 2021-2025), the frame of the targets it sets
  [[
ALTER TABLE documents ADD COLUMN plan_first INTEGER;
ALTER TABLE documents ADD COLUMN plan_last INTEGER;
]],
  -- 6: for a document of no known region, how often its opening uses each
  -- word a report uses of itself (全市=3,我市=2: meta.self_word_counts), the
  -- fact its own level is told by
  [[
ALTER TABLE documents ADD COLUMN self_words TEXT;
]],
  -- 7: where a work report's plan opens (meta.plan_opening: 二、2025年工作安排,
  -- numbered or not), before which a plain statement reviews
  [[
ALTER TABLE documents ADD COLUMN plan_opens INTEGER;
]],
}

M.VERSION = #M.migrations

--- The verdict fields that have their own column (the rest live in json).
M.VERDICT_COLUMNS = { "region", "period", "indicator", "subject", "status", "target_doc",
  "target_document_id", "target_start", "target_end", "target_raw", "target_value", "cmp", "unit",
  "outcome_doc", "outcome_document_id", "outcome_start", "outcome_end", "outcome_raw",
  "outcome_value", "estimate", "reason", "rule" }

-- The one value of a one-column query.
local function scalar(conn, sql)
  local stmt, msg, code = conn:cached(sql)
  if not stmt then return nil, msg, code end
  local row, msg2, code2 = stmt:first()
  if row == nil then return nil, msg2 or (sql .. ": no row"), code2 end
  local _, v = next(row)
  return v
end

--- Bring the database up to the newest schema, in one IMMEDIATE
-- transaction (so two processes opening a new file do not both create it).
-- @return version | nil, message, code
function M.migrate(conn, name)
  local version, msg, code = scalar(conn, "PRAGMA user_version")
  if not version then return nil, msg, code end
  if version == M.VERSION then return version end
  local ok
  ok, msg, code = conn:exec("BEGIN IMMEDIATE")
  if not ok then return nil, ("%s: cannot start the schema migration: %s"):format(name, msg), code end
  local function fail(m, c)
    conn:exec("ROLLBACK")
    return nil, m, c
  end
  version = scalar(conn, "PRAGMA user_version")
  local app = scalar(conn, "PRAGMA application_id")
  if app ~= 0 and app ~= M.APPLICATION_ID then
    return fail(("%s: not a duixian database (application_id %d); give another --db file"):format(name, app), 65)
  end
  if version > M.VERSION then
    return fail(("%s: schema version %d is newer than this duixian knows (%d); upgrade duixian"):format(
      name, version, M.VERSION), 65)
  end
  if version == 0 then
    local tables = scalar(conn, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
    if tables and tables > 0 then
      return fail(("%s: a SQLite database of some other program (it has tables but no duixian schema);"
        .. " give another --db file"):format(name), 65)
    end
  end
  for v = version + 1, M.VERSION do
    ok, msg, code = conn:exec(M.migrations[v])
    if not ok then return fail(("%s: schema migration %d failed: %s"):format(name, v, msg), code) end
    ok, msg, code = conn:exec(("PRAGMA user_version = %d"):format(v))
    if not ok then return fail(msg, code) end
  end
  ok, msg, code = conn:exec(("PRAGMA application_id = %d"):format(M.APPLICATION_ID))
  if not ok then return fail(msg, code) end
  ok, msg, code = conn:exec("COMMIT")
  if not ok then return fail(msg, code) end
  return M.VERSION
end

return M
