--- Human corrections: what a reviewer decided about a mention or a
-- verdict, keyed by the document's sha256 and the byte span of the target
-- (never by row ids), so they survive a rebuilt database and a re-ingest.
-- They are applied on read, like the rules: the stored facts are never
-- changed.
--
--   local c = corrections.parse(text, "review.csv")   -- the review file
--   local ok, stale = corrections.check(db, list, "review.csv", "import")
--   audit.run{ documents = docs, mentions = ms, corrections = list }
--
-- A correction: { sha256, start, ["end"], text (the target as quoted),
-- decision, outcome = { sha256, start, ["end"], text } | nil, fix = {
-- kind, period, value, unit, region, indicator } | nil, note, reviewer,
-- origin ("review.csv:4"), decided_at }.
local csv = require "duixian.csv"

local M = {}

--- The words a reviewer writes in the decision column, and what each does.
M.DECISIONS = {
  met = "the target was met",
  missed = "the target was missed",
  not_reported = "no outcome answers the target",
  not_a_target = "the mention is not a promise; its verdict is kept, marked not_a_target",
  wrong_outcome = "the outcome shown is not the answer; the one in the outcome column is (none: not reported)",
  drop = "the mention is not a figure to judge at all: removed before the audit",
  fix = "the mention was read wrongly: the fix_ columns give its kind, period, value, unit, region or indicator",
}
M.DECISION_ORDER = { "met", "missed", "not_reported", "not_a_target", "wrong_outcome", "drop", "fix" }

--- The verdict statuses a decision sets directly.
M.SETS_STATUS = { met = true, missed = true, not_reported = true, not_a_target = true }

--- The mention fields a correction can fix, as columns fix_kind …
M.FIX_FIELDS = { "kind", "period", "value", "unit", "region", "indicator" }

--- The columns a corrections file must have.
M.REQUIRED = { "target_sha256", "target_start", "target_end", "target_text", "decision", "outcome", "note", "reviewer" }

--- The columns `duixian corrections export` writes.
M.EXPORT_COLUMNS = { "target_sha256", "target_start", "target_end", "target_text", "decision", "outcome",
  "note", "reviewer", "fix_kind", "fix_period", "fix_value", "fix_unit", "fix_region", "fix_indicator",
  "outcome_text", "decided_at", "origin" }

local KINDS = { target = true, outcome = true, other = true }

--- The key of a span: sha256, start and end.
function M.key(sha256, start, stop)
  return ("%s:%d-%d"):format(tostring(sha256), math.tointeger(start) or -1, math.tointeger(stop) or -1)
end

--- A span as the outcome column writes it: sha256:start-end.
function M.span_text(s)
  return s and M.key(s.sha256, s.start, s["end"]) or ""
end

local function trim(s) return (s or ""):gsub("^%s+", ""):gsub("%s+$", "") end

-- The outcome column: a candidate's number (read in the row's candidates
-- column), or sha256:start-end.
local function outcome_of(cell, candidates)
  cell = trim(cell)
  if cell == "" then return nil end
  local sha, a, b = cell:match("^(%x+):(%d+)%-(%d+)$")
  if sha then return { sha256 = sha:lower(), start = tonumber(a), ["end"] = tonumber(b) } end
  local n = cell:match("^#?(%d+)$")
  if not n then return nil, ("outcome '%s' is neither a candidate's number nor sha256:start-end"):format(cell) end
  for num, text, s, x, y in (candidates or ""):gmatch("(%d+)=([^%[;]-)%s*%[(%x+):(%d+)%-(%d+)%]") do
    if num == n then
      return { sha256 = s:lower(), start = tonumber(x), ["end"] = tonumber(y),
        text = (trim(text):gsub("%s*%(est%.%)$", "")) }
    end
  end
  return nil, ("outcome %s is not one of the candidates listed in the row's candidates column"):format(n)
end

-- What a row decides, as one string: two rows on one target must agree.
local function signature(c)
  local parts = { c.decision, M.span_text(c.outcome), c.note or "", c.reviewer or "" }
  for _, f in ipairs(M.FIX_FIELDS) do parts[#parts + 1] = tostring((c.fix or {})[f] or "") end
  return table.concat(parts, "\0")
end

-- What a file that is not UTF-8 was saved as, by the encoding it decodes from.
local SAVED_AS = {
  gb18030 = "saved as GBK/GB18030 (Excel's plain \"CSV\" on a Chinese system), not UTF-8",
  ["utf-16le"] = "saved as UTF-16 (Excel's \"Unicode Text\"), not UTF-8",
  ["utf-16be"] = "saved as UTF-16, not UTF-8",
}

--- Read a corrections file (the review file, or one written by `duixian
-- corrections export`). Rows with nothing filled in are not corrections
-- and are skipped.
-- @return list, rows (the number of records) | nil, messages (array), 65
function M.parse(text, name)
  local ok, bad_at = utf8.len(text)
  if not ok then
    local line = select(2, text:sub(1, bad_at):gsub("\n", "")) + 1
    -- a GBK or UTF-16 save may already have lost characters GBK lacks
    -- (a note's rare name becomes ?): refused, never guessed
    local _, info = require("duixian.core").decode(text)
    local saved = type(info) == "table" and SAVED_AS[info.encoding] or "not UTF-8"
    -- the workbook itself, not the CSV saved from it
    if text:sub(1, 4) == "PK\3\4" then
      saved, line = "a workbook (.xlsx, .ods), not CSV", 1
    elseif text:sub(1, 8) == "\208\207\17\224\161\177\26\225" then
      saved, line = "an old binary workbook (.xls, .et), not CSV", 1
    end
    return nil, { ("%s:%d: %s (byte %d); save the file as \"CSV UTF-8\" (Excel) or with the character "
      .. "set Unicode (UTF-8) (LibreOffice, WPS)"):format(name, line, saved, bad_at) }, 65
  end
  -- the BOM read as Windows-1252 and written back as UTF-8: every Chinese
  -- character of the file is garbled the same way
  if text:find("^\"?\195\175\194\187\194\191") then
    return nil, { ("%s:1: its Chinese text is garbled: a spreadsheet read the UTF-8 file as Windows-1252 and saved "
      .. "it so (LibreOffice's CSV import without a character set; headless: soffice --convert-to without "
      .. "--infilter='CSV:44,34,76,1'); open the review file again with the character set Unicode (UTF-8), "
      .. "fill it in and save"):format(name) }, 65
  end
  local records, msg = csv.parse(text, name)
  if not records then return nil, { msg }, 65 end
  if #records == 0 then return nil, { name .. ": empty; give the review file written by --format review" }, 65 end
  local header, col = records[1], {}
  local function columns()
    col = {}
    for i, h in ipairs(header) do col[trim(h):lower()] = i end
    local missing = {}
    for _, c in ipairs(M.REQUIRED) do if not col[c] then missing[#missing + 1] = c end end
    return missing
  end
  local missing = columns()
  -- a spreadsheet set to another separator: the header says which
  for _, sep in ipairs({ ";", "\t" }) do
    if #missing == #M.REQUIRED and #header == 1 and header[1]:find(sep, 1, true) then
      records, msg = csv.parse(text, name, sep)
      if not records then return nil, { msg }, 65 end
      header = records[1]
      missing = columns()
    end
  end
  if #missing > 0 then
    return nil, { ("%s:%d: the header lacks the column%s %s; keep the columns of the file duixian wrote "
      .. "(--format review) and fill in only decision, outcome, note and reviewer"):format(
      name, header.line, #missing > 1 and "s" or "", table.concat(missing, ", ")) }, 65
  end
  local list, errors, seen = {}, {}, {}
  local function cell(r, c) return col[c] and trim(r[col[c]]) or "" end
  for k = 2, #records do
    local r = records[k]
    local where = ("%s:%d"):format(name, r.line)
    local decision = cell(r, "decision"):lower()
    local fix = {}
    for _, f in ipairs(M.FIX_FIELDS) do
      local v = cell(r, "fix_" .. f)
      if v ~= "" then fix[f] = v end
    end
    local has_fix = next(fix) ~= nil
    local pick = cell(r, "outcome")
    if decision == "" and pick ~= "" then decision = "wrong_outcome" end
    if decision == "" and has_fix then decision = "fix" end
    if decision ~= "" then
      local c = { origin = where, line = r.line, decision = decision, note = cell(r, "note"),
        reviewer = cell(r, "reviewer"), text = cell(r, "target_text"),
        sha256 = cell(r, "target_sha256"):lower(), start = math.tointeger(tonumber(cell(r, "target_start"))),
        ["end"] = math.tointeger(tonumber(cell(r, "target_end"))), decided_at = cell(r, "decided_at") }
      if c.note == "" then c.note = nil end
      if c.reviewer == "" then c.reviewer = nil end
      if c.decided_at == "" then c.decided_at = nil end
      local bad
      if not M.DECISIONS[decision] then
        bad = ("unknown decision '%s'; write one of %s"):format(decision, table.concat(M.DECISION_ORDER, ", "))
      elseif not c.sha256:match("^%x+$") or #c.sha256 ~= 64 then
        bad = "target_sha256 is not a sha256 (64 hex digits); keep the key columns as duixian wrote them"
      elseif not (c.start and c["end"] and c.start >= 1 and c["end"] >= c.start) then
        bad = "target_start and target_end are not a byte span; keep the key columns as duixian wrote them"
      end
      if not bad and pick ~= "" then
        local o, why = outcome_of(pick, cell(r, "candidates"))
        if not o then bad = why end
        if o and cell(r, "outcome_text") ~= "" then o.text = cell(r, "outcome_text") end
        c.outcome = o
      end
      if not bad and has_fix then
        if fix.kind and not KINDS[fix.kind] then bad = ("fix_kind '%s' is not target, outcome or other"):format(fix.kind) end
        if fix.value then
          fix.value = tonumber(fix.value)
          if not fix.value then bad = "fix_value is not a number" end
        end
        if fix.period and not (fix.period:match("^%d%d%d%d$") or fix.period:match("^%d%d%d%d%-%d%d%d%d$")) then
          bad = ("fix_period '%s' is not YYYY or YYYY-YYYY"):format(fix.period)
        end
        c.fix = fix
      elseif not bad and decision == "fix" then
        bad = "decision fix needs at least one fix_ column (fix_kind, fix_period, fix_value, fix_unit, fix_region, fix_indicator)"
      end
      if not bad then
        -- one target decided twice in one file: which decision stands is not ours to guess
        local key, said = M.key(c.sha256, c.start, c["end"]), signature(c)
        local first = seen[key]
        if first and first.said ~= said then
          bad = ("the target %s is decided on line %d too, differently (%s there, %s here); keep one row for it"):format(
            c.text ~= "" and ("'" .. c.text .. "'") or key, first.line, first.decision, c.decision)
        elseif first then
          c = nil -- the same decision again
        else
          seen[key] = { said = said, line = r.line, decision = decision }
        end
      end
      if bad then errors[#errors + 1] = ("%s: %s"):format(where, bad) elseif c then list[#list + 1] = c end
    end
  end
  if #errors > 0 then return nil, errors, 65 end
  return list, #records - 1
end

--- Read and parse a corrections file.
-- @return list, rows | nil, messages, exit code (2 unreadable, 65 bad)
function M.read(path)
  local f, why = io.open(path, "rb")
  if not f then return nil, { ("cannot read %s"):format(why) }, 2 end
  local text = f:read("a")
  f:close()
  return M.parse(text, path)
end

-- The document and its text for a sha256 (cached in memo).
local function document(db, sha, memo)
  if memo[sha] == nil then
    memo[sha] = db:first("SELECT id, name, path, superseded_by, text FROM documents WHERE sha256 = ?", sha) or false
  end
  return memo[sha] or nil
end

-- A figure as a spreadsheet may rewrite it (3% read as a number and
-- written back as 3.00%, 1200 as 1,200): its value, else nil.
local function figure(s)
  local digits, pct = s:gsub(",", ""):match("^%s*(%-?%d+%.?%d*)%s*(%%?)%s*$")
  if not digits then return nil end
  return ("%.10g%s"):format(tonumber(digits), pct)
end

--- Does the text at a span match the text a correction quotes? The same
-- bytes, or the same plain figure rewritten by a spreadsheet.
function M.same_text(stored, quoted)
  if stored == quoted then return true end
  local a, b = figure(stored), figure(quoted)
  return a ~= nil and a == b
end

-- A text quoted in a message: its first 24 characters.
local function shown(s)
  local cut = utf8.offset(s, 25)
  if not cut or not utf8.len(s) then return s end
  return s:sub(1, cut - 1) .. "…"
end

-- Why a span does not hold what the correction quotes; nil when it does.
local function span_problem(db, span, memo, what)
  local d = document(db, span.sha256, memo)
  if not d then return "unknown", ("the %s's sha256 %s… is of no stored document"):format(what, span.sha256:sub(1, 12)) end
  if span["end"] > #d.text then
    return "span", ("bytes %d-%d are past the end of %s (%d bytes)"):format(span.start, span["end"],
      d.name or d.path or "the document", #d.text)
  end
  local text = d.text:sub(span.start, span["end"])
  if span.text and span.text ~= "" and not M.same_text(text, span.text) then
    return "span", ("bytes %d-%d of %s hold '%s', not the %s '%s'"):format(span.start, span["end"],
      d.name or d.path or "the document", shown(text), what, shown(span.text))
  end
  if d.superseded_by then
    local newer = db:first("SELECT name, path FROM documents WHERE id = ?", d.superseded_by) or {}
    return "superseded", ("%s changed since (a new version was ingested); review this row again"):format(
      newer.name or newer.path or d.name or "the document")
  end
  if not db:first('SELECT 1 AS found FROM mentions WHERE document_id = ? AND start = ? AND "end" = ?',
      d.id, span.start, span["end"]) then
    local near = db:first('SELECT raw, start, "end" FROM mentions WHERE document_id = ? AND start <= ? '
      .. 'AND "end" >= ? ORDER BY start DESC LIMIT 1', d.id, span["end"], span.start)
    return "span", ("bytes %d-%d of %s hold '%s', where duixian reads no figure%s; keep the key columns as "
      .. "duixian wrote them"):format(span.start, span["end"], d.name or d.path or "the document", shown(text),
      near and (" (it reads '%s' at %d-%d)"):format(near.raw, near.start, near["end"]) or "")
  end
  span.text = text -- as stored, whatever a spreadsheet made of it
  return nil
end

--- Check corrections against the documents stored in db. mode "import"
-- (or a file given to audit): a sha256 of no stored document or a span
-- that does not hold the quoted text is an error; "stored": those, and a
-- document changed since, make the correction stale.
-- @return usable list, stale list ({ correction, why }) | nil, messages, 65
function M.check(db, list, name, mode)
  local memo, usable, stale, errors, unknown = {}, {}, {}, {}, 0
  for _, c in ipairs(list) do
    local kind, why = span_problem(db, c, memo, "target")
    if not kind and c.outcome then kind, why = span_problem(db, c.outcome, memo, "outcome") end
    if kind == "unknown" then unknown = unknown + 1 end
    if kind == nil then
      usable[#usable + 1] = c
    elseif kind == "superseded" or mode == "stored" then
      stale[#stale + 1] = { correction = c, why = why }
    else
      errors[#errors + 1] = ("%s: %s; fix the row or delete it"):format(c.origin or name, why)
    end
  end
  if mode ~= "stored" and #list > 1 and unknown == #list then
    return nil, { ("%s: none of its %d filled rows matches a stored document (%d name a sha256 of no stored "
      .. "document): a review file of another corpus? Nothing was applied; export the review file from this "
      .. "database's audit"):format(name, #list, unknown) }, 65
  end
  if #errors > 0 then return nil, errors, 65 end
  return usable, stale
end

--- Corrections by key (sha256:start-end); later ones win.
function M.index(list)
  local by = {}
  for _, c in ipairs(list or {}) do by[M.key(c.sha256, c.start, c["end"])] = c end
  return by
end

--- A mention as a correction reads it: nil when dropped, a fixed copy
-- when fixed, else m itself.
function M.mention(c, m)
  if not c then return m end
  c.applied = true
  if c.decision == "drop" then return nil end
  if c.decision == "not_a_target" and m.kind ~= "target" then return nil end
  if not c.fix then return m end
  local copy = {}
  for k, v in pairs(m) do copy[k] = v end
  for _, f in ipairs(M.FIX_FIELDS) do
    if c.fix[f] ~= nil and f ~= "indicator" then copy[f] = c.fix[f] end
  end
  if c.fix.value ~= nil then copy.value_max = nil end
  return copy
end

--- The candidates a correction leaves: the one it picks, or none when it
-- says the outcome shown is wrong without naming another.
function M.candidates(c, cands, key_of)
  if not c or not (c.outcome or c.decision == "wrong_outcome" or c.decision == "not_reported") then return cands end
  if not c.outcome then return {} end
  local want = M.key(c.outcome.sha256, c.outcome.start, c.outcome["end"])
  for _, cand in ipairs(cands) do
    if key_of(cand) == want then return { cand } end
  end
  c.missing_outcome = true
  return {}
end

--- Mark a verdict with the decision: decided_by, reviewer, note, and the
-- status the rules gave (rules_status) when the reviewer set another.
function M.decide(c, v)
  v.decided_by = "review"
  v.reviewer = c.reviewer
  v.note = c.note
  v.decision = c.decision
  v.fix = c.fix
  if c.missing_outcome then
    v.review_warning = "the outcome the reviewer picked is no longer a candidate"
  end
  if M.SETS_STATUS[c.decision] and v.status ~= c.decision then
    v.rules_status = v.status
    v.status = c.decision
  end
  return v
end

--- The corrections an audit of db applies: the stored ones in force, then
-- those of the file at path (when given), which win for the same span.
-- @return list, stale ({ correction, why }) | nil, messages, exit code
function M.gather(db, path)
  local list, stale = M.check(db, db:corrections(), db.path, "stored")
  if path then
    local given, msgs, code = M.read(path)
    if not given then return nil, msgs, code end
    local usable, more = M.check(db, given, path, "import")
    if not usable then return nil, more, 65 end
    local by = M.index(usable)
    local kept = {}
    for _, c in ipairs(list) do
      if not by[M.key(c.sha256, c.start, c["end"])] then kept[#kept + 1] = c end
    end
    table.move(usable, 1, #usable, #kept + 1, kept)
    list = kept
    table.move(more, 1, #more, #stale + 1, stale)
  end
  return list, stale
end

--- What a stored audit of db lacks of the corrections stored now: the
-- corrections in force imported after it (the audit records the last
-- correction it saw, corrections_upto; an older audit, by date), and the
-- stale ones (their document changed). For `duixian report`, which
-- renders a stored audit as it was.
-- @return { pending = number, stale = { { correction, why } … } }
function M.since(db, audit)
  local upto = (audit.params or {}).corrections_upto
  local list = db:corrections()
  local pending = 0
  for _, c in ipairs(list) do
    if (upto and c.id > upto) or (not upto and (c.decided_at or "") > (audit.created_at or "")) then
      pending = pending + 1
    end
  end
  local _, stale = M.check(db, list, db.path, "stored")
  return { pending = pending, stale = stale or {} }
end

--- The last correction stored in db (its id, 0 for none): an audit
-- records it as corrections_upto.
function M.last_id(db)
  local row = db:first("SELECT max(id) AS id FROM corrections")
  return row and row.id or 0
end

--- What a correction did, in words: "dropped", "fixed value 5.9, period
-- 2024", or its decision.
function M.done_text(c)
  if c.decision == "drop" then return "dropped" end
  local fixed = {}
  for _, f in ipairs(M.FIX_FIELDS) do
    if c.fix and c.fix[f] ~= nil then fixed[#fixed + 1] = ("%s %s"):format(f, tostring(c.fix[f])) end
  end
  if #fixed > 0 then return "fixed " .. table.concat(fixed, ", ") end
  return c.decision
end

--- The message for a stale correction.
function M.stale_message(s)
  local c = s.correction
  return ("correction %s (%s '%s' at %s) is stale and was not applied: %s"):format(
    c.origin or ("#" .. tostring(c.id)), c.decision, c.text or "", M.key(c.sha256:sub(1, 12) .. "…", c.start, c["end"]), s.why)
end

--- The corrections as a file `duixian corrections import` reads back.
function M.to_csv(list)
  local out = { "\239\187\191", csv.record(M.EXPORT_COLUMNS) }
  for _, c in ipairs(list) do
    local f = c.fix or {}
    out[#out + 1] = csv.record({ c.sha256, c.start, c["end"], c.text, c.decision, M.span_text(c.outcome),
      c.note, c.reviewer, f.kind, f.period, f.value, f.unit, f.region, f.indicator,
      c.outcome and c.outcome.text, c.decided_at, c.origin }, #M.EXPORT_COLUMNS)
  end
  return table.concat(out)
end

return M
