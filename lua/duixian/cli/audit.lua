--- duixian audit: judge targets against the outcomes reported later.
local duixian = require "duixian"
local meta = require "duixian.meta"
local rules = require "duixian.rules"
local sandbox = require "duixian.rules.sandbox"
local audit = require "duixian.audit"
local report = require "duixian.report"
local cli = require "duixian.cli"
local lfs = require "lfs"
local extract = require "duixian.cli.extract"
local batch_module = require "duixian.cli.batch"
local corrections = require "duixian.corrections"

local M = {}

M.summary = "judge targets against later outcomes"
M.usage = [[
usage: duixian audit [OPTIONS] PATH...
       duixian audit --db FILE [OPTIONS] [PATH...]

For every target (of year Y, or of every year), find the outcomes reported
later for the same region and indicator, and give a verdict with its reason
and its evidence: met, missed, not_reported, conflicting, not_comparable or
pending. With PATHs and no --db the files are read into a temporary
database: the whole audit in one command. A PATH may be a file (plain text,
a web page, a Word .docx or a PDF: the kind is found by its content) or a
folder, walked as duixian ingest walks it (each folder's own manifest.tsv
applies to the files in it and below it, a file named directly takes the
manifest.tsv beside it; symbolic links followed).

options:
  --db FILE           audit the documents of this database (FILEs given too
                      are ingested into it first); the audit is saved there,
                      for duixian report --db FILE
  --manifest FILE     TSV with columns file, region, published, kind, source
  --lenient           take manifests with unknown columns, bad dates or
                      kinds, repeated rows or rows naming missing files,
                      with a warning for each (otherwise: exit 65)
  --glob PATTERN      which files of a folder to take (default: every kind
                      duixian reads)
  --published DATE    publication date of the FILEs, YYYY-MM-DD (overrides
                      the manifest; undated documents get no year-relative
                      periods)
  --kind K            kind of the FILEs: work_report | news | plan |
                      statistics | other
  --region R          audit only the targets of region R
  --year Y            audit only the targets for year Y (spans holding Y too)
  --rules FILE        a rule pack (Lua) overriding default rules by name;
                      may be given several times, later packs win
  --trusted           run rule packs with the whole Lua environment (io, os,
                      require); without it they run in a sandbox
  --rule-limits L     bounds on each call of a pack's rules, and on loading
                      a pack: instructions=N,memory=MB,seconds=S (default
                      instructions=100000000,memory=512,seconds=3; memory
                      bounds what one call takes and what the packs hold
                      between calls, seconds their CPU time); past any the
                      run stops with exit 65 naming the pack and the rule
  --format F          table (default), csv, json, jsonl, md or html
  -o, --output FILE   write there instead of stdout
  --no-color          no colour in the table (NO_COLOR in the environment too)
  --wide              the table with every column whole, however wide; on a
                      terminal it is otherwise fitted to its width
  --bom               start csv with a byte order mark (for spreadsheets)
  --include-similar   count in the fulfilment rate the targets met or missed
                      on an outcome matched only by similar wording (left
                      out by default: no catalogue entry vouches for them)
  --corrections FILE  apply a filled review file (--format review writes
                      one) on top of the corrections stored with
                      duixian corrections import; the file's rows win
  --reviewed-only     report only the verdicts a reviewer decided (the
                      fulfilment rate of reviewed verdicts)
  -h, --help          this help

Review: --format review writes one row per verdict (UTF-8 with a BOM,
CRLF) with empty decision, outcome, note and reviewer columns; see
duixian corrections --help. A stored correction whose document changed is
reported as stale on every run and not applied.

Evidence: a final figure beats an estimate (预计), a work report beats news,
a later document beats an earlier one; all candidates are kept in json.
Default convention: a floor with >= or = is met when the outcome is at
least the target; with 左右 when it is at least the target - 0.5 (for %) or
0.95 x the target; a cap (prices, unemployment, deficit) when the outcome is
at most the target (+ 0.5 for % with 左右); a range uses its low end for a
floor and its high end for a cap.

The last line on stderr counts the documents given (added, unchanged,
superseded, skipped, failed; each skipped or failed one is named above it
with the reason), the documents audited and the verdicts.

exit status: 0 audited; 2 some file could not be read (the others were
audited), or the output file could not be written (a partial file is
removed); 64 usage error; 65 unusable manifest, corrections file (each bad
row named by its line; nothing is stored) or rule pack: a pack that
does not load, a rule that raises, returns the wrong type or runs past
--rule-limits (the message names the pack file, the rule and what was
expected; nothing is written, to the database or elsewhere), a damaged
database (nothing is written), a full disk for the audit's temporary
files, or an audit that could not be saved (the result is still printed);
130 interrupted (nothing is stored).
]]

M.options = {
  db = { kind = "value" },
  manifest = { kind = "value" },
  lenient = { kind = "flag" },
  glob = { kind = "value" },
  published = { kind = "value" },
  kind = { kind = "value" },
  region = { kind = "value" },
  year = { kind = "value" },
  rules = { kind = "list" },
  trusted = { kind = "flag" },
  rule_limits = { kind = "value" },
  format = { kind = "value", default = "table" },
  output = { kind = "value", short = "o" },
  no_color = { kind = "flag" },
  wide = { kind = "flag" },
  bom = { kind = "flag" },
  include_similar = { kind = "flag" },
  corrections = { kind = "value" },
  reviewed_only = { kind = "flag" },
}

-- The audit's document records of a database's current documents.
-- The Lua state works through their mentions as it would through their
-- text: past a megabyte of documents (their original bytes, a PDF's
-- included, a rough measure of the work) it takes the faster allocator (an
-- audit of stored mentions makes and frees as many small tables as a scan).
local function documents_of(db)
  local documents, bytes = {}, 0
  for d in db:documents() do
    documents[#documents + 1] = { id = d.id, file = d.name or d.path, published = d.published,
      kind = d.kind, region = d.region, source = d.source, sha256 = d.sha256 }
    bytes = bytes + d.bytes
  end
  duixian.core.note_text(bytes)
  return documents
end

--- A database as the audit's streamed source (duixian.audit's
-- args.source), a document's mentions at a time, and its documents.
-- Under the default rules the cached classification is read (brought up
-- to date first when the rules changed since it was made); a pack that
-- overrides classification (derive) derives its own from the stored
-- facts, without reading any document's text.
-- @return documents, source
function M.source_from_db(db, R, derive)
  local documents = documents_of(db)
  local source = {}
  if derive then
    source.mentions = function(document_id)
      local each = db:derive(R, document_id)
      return function()
        local m = each()
        if m then m.context = nil end -- as load_from_db gives them
        return m
      end
    end
  else
    assert(db:refresh())
    source.mentions = function(document_id)
      return (db:mentions(document_id and { document_id = document_id } or nil))
    end
    source.index = function() return (db:mention_index()) end
  end
  return documents, source
end

--- Documents and mention records from a database, all in memory (what
-- duixian.audit's args.mentions takes; the CLI streams with
-- M.source_from_db instead).
-- @return documents, mentions
function M.load_from_db(db, R, derive)
  local documents, source = M.source_from_db(db, R, derive)
  local mentions = {}
  for m in source.mentions() do mentions[#mentions + 1] = m end
  return documents, mentions
end

--- The warning for a document stored undated.
function M.undated(path)
  return ("%s: undated (no date in a manifest, --published or its first 1,500 bytes); "
    .. "its figures get no year-relative periods"):format(path)
end

--- Ingest files into db (its cache classified by the default rules).
-- Files that cannot be read are reported, not fatal. flags: { published,
-- kind } over the manifest.
-- @return problems (messages about unreadable files), warnings (messages
--   about undated documents)
function M.ingest_files(db, paths, manifest, flags)
  local problems, warnings = {}, {}
  for _, path in ipairs(paths) do
    local given = extract.meta_for(path, manifest, flags or {})
    given.is_text = false
    local r, msg = db:ingest(path, given)
    if not r then problems[#problems + 1] = msg end
    if r and r.doc and not r.doc.plan_year then warnings[#warnings + 1] = M.undated(path) end
  end
  return problems, warnings
end

--- Ingest a batch's jobs (duixian.cli.batch) into db, counting them by
-- status in counts. flags: { published, kind } over the manifest rows.
-- @return problems, warnings (as M.ingest_files)
function M.ingest_jobs(db, jobs, flags, counts)
  local problems, warnings = {}, {}
  for _, job in ipairs(jobs) do
    local r, msg = db:ingest(job.path, batch_module.given(job, flags))
    if not r then problems[#problems + 1] = msg end
    if r then counts[r.status] = (counts[r.status] or 0) + 1 end
    if r and r.doc and not r.doc.plan_year then
      warnings[#warnings + 1] = M.undated(job.path)
    end
  end
  return problems, warnings
end

--- Scan files in an in-memory database: the audit's source in one call.
-- derive: classify under R from the stored facts (a classify pack).
-- @return documents, mentions, problems
function M.load_from_files(paths, manifest, R, derive, flags)
  local db = assert(duixian.open(":memory:"))
  local problems = M.ingest_files(db, paths, manifest, flags)
  local documents, mentions = M.load_from_db(db, R or rules.default(), derive)
  db:close()
  return documents, mentions, problems
end

--- Whether a SQLite result code says the file cannot be written where it
-- is (SQLITE_READONLY, SQLITE_CANTOPEN: a read-only folder or mount).
function M.unwritable(code)
  local primary = math.type(code) == "integer" and code % 256
  return primary == 8 or primary == 14
end

--- Does any pack change how mentions are classified?
local function derives(packs)
  for _, p in ipairs(packs) do if p.classify ~= nil then return true end end
  return false
end

local function fail(err, code, msg)
  err:write("duixian audit: ", msg, "\n")
  return code
end

function M.run(opts, args, env)
  local out, err = env.stdout, env.stderr
  if not report.known(opts.format) then
    return fail(err, cli.EXIT.usage, ("unknown format '%s' (%s)"):format(opts.format, table.concat(report.FORMATS, ", ")))
  end
  if #args == 0 and not opts.db then
    err:write("duixian audit: give FILEs or --db FILE\n", M.usage)
    return cli.EXIT.usage
  end
  if opts.year and not opts.year:match("^%d%d%d%d$") then
    return fail(err, cli.EXIT.usage, ("--year '%s' is not a year (YYYY)"):format(opts.year))
  end
  if opts.published and not meta.parse_date(opts.published) then
    return fail(err, cli.EXIT.usage, ("--published '%s' is not a date (YYYY-MM-DD)"):format(opts.published))
  end
  if opts.kind and not meta.KINDS[opts.kind] then
    return fail(err, cli.EXIT.usage, ("--kind '%s' is not one of work_report, news, plan, statistics, other"):format(opts.kind))
  end
  local flags = { published = opts.published, kind = opts.kind }
  if opts.output then
    -- known before an hour of auditing, not after
    local where = opts.output:match("^(.*)/[^/]*$") or "."
    local why = lfs.attributes(opts.output, "mode") == "directory" and "Is a directory"
      or (where ~= "" and lfs.attributes(where, "mode") ~= "directory" and "No such directory")
    if why then return fail(err, cli.EXIT.bad_input, ("%s: cannot write (%s)"):format(opts.output, why)) end
  end
  -- every document given, with its manifest row, before anything is read
  local batch = batch_module.gather(args, opts, err, "audit")
  if batch.manifest_failed then return cli.EXIT.data end
  local limits
  if opts.rule_limits then
    local msg
    limits, msg = sandbox.parse_limits(opts.rule_limits)
    if not limits then return fail(err, cli.EXIT.usage, msg) end
  end
  local packs, pack_code = cli.load_packs("audit", opts, err, limits)
  if not packs then return pack_code end
  local R = rules.compose(packs)

  -- The whole run is one transaction: files ingested, the cache brought
  -- up to date, the audit saved, or, when a rule pack fails, nothing.
  -- Without --db the files go to a private temporary database (SQLite's
  -- "" file name): pages past its small cache wait on disk, not in memory,
  -- so a folder of any size is audited in bounded memory.
  local db, msg, code = duixian.open(opts.db or "")
  local read_only -- why a database that cannot be written is audited read-only
  if not db and opts.db and #batch.jobs == 0 and M.unwritable(code) then
    -- a database on a read-only folder or mount: audited all the same (the
    -- result is printed, then that it was not saved), as query reads it
    local reader = duixian.open(opts.db, { readonly = true })
    if reader then db, read_only = reader, tostring(msg) end
  end
  if not db then
    msg = tostring(msg)
    return fail(err, cli.EXIT.data, msg:find(opts.db or ":memory:", 1, true) == 1 and msg
      or ("%s: %s (code %s)"):format(opts.db, msg, tostring(code)))
  end
  -- A database that cannot be written (a read-only file) is still audited:
  -- the result is printed, and then that it was not saved.
  local not_saved
  local began
  if read_only then
    msg = ("it cannot be written there (%s)"):format(read_only:gsub("^" .. opts.db:gsub("%p", "%%%0") .. ":%s*", ""))
  else
    began, msg = db:exec("BEGIN IMMEDIATE")
  end
  if not began then
    not_saved = ("%s: the audit was not saved: %s"):format(opts.db or ":memory:", tostring(msg))
  end
  local where
  local warnings, stale
  local counts = { added = 0, unchanged = 0, superseded = 0 }
  local ok, result, problems = xpcall(function()
    local bad
    bad, warnings = M.ingest_jobs(db, batch.jobs, flags, counts)
    -- a read-only database's cached classification cannot be brought up to
    -- date: when the rules changed since it was made, it is derived anew
    local outdated = db.readonly and db:derived_digest() ~= rules.default_digest()
    local documents, source = M.source_from_db(db, R, derives(packs) or outdated)
    local fixes, stale_or_msgs, fix_code = corrections.gather(db, opts.corrections)
    if not fixes then error({ corrections = stale_or_msgs, code = fix_code }) end
    stale = stale_or_msgs
    local a = audit.run{ documents = documents, source = source, rules = R,
      year = opts.year and tonumber(opts.year), region = opts.region, corrections = fixes }
    if opts.db and began then
      -- what report later compares with the corrections stored by then
      a.params.corrections_upto = corrections.last_id(db)
      local id, why = db:save_audit(a)
      if not id then error({ not_saved = why, audit = a, problems = bad }) end
      a.id = id
    end
    return a, bad
  end, function(e)
    if sandbox.is_error(e) then return e end
    -- Ctrl-C (lua.c's "interrupted!") is no pack's fault
    if type(e) == "string" and e:find("interrupted!$") then return { interrupted = true } end
    where = rules.blame(packs, 2)
    if type(e) == "table" then return e end
    return where and e or debug.traceback(e, 2)
  end)
  if not ok and type(result) == "table" and result.not_saved then
    not_saved = ("%s: the audit was not saved: %s"):format(opts.db, tostring(result.not_saved))
    result, problems = result.audit, result.problems
  elseif not ok then
    if began then db:exec("ROLLBACK") end
    db:close()
    if type(result) == "table" and result.interrupted then
      err:write("duixian audit: interrupted; nothing was stored\n")
      return 130
    end
    if type(result) == "table" and result.io_error then
      return fail(err, cli.EXIT.data, ("%s (nothing was stored)"):format(result.io_error))
    end
    if type(result) == "table" and result.corrections then
      for _, m in ipairs(result.corrections) do err:write("duixian audit: ", m, "\n") end
      return fail(err, result.code, ("%s: nothing was audited or stored; %s"):format(opts.corrections,
        result.code == cli.EXIT.bad_input and "give the path of a readable review file" or "fix the rows named above"))
    end
    if sandbox.is_error(result) then
      return fail(err, cli.EXIT.data, "rule pack error: " .. sandbox.describe(result) .. " (nothing was stored)")
    end
    if where then
      local text = tostring(result)
      if not text:find(where, 1, true) then text = where .. ": " .. text end
      return fail(err, cli.EXIT.data, "rule pack error: " .. text .. " (nothing was stored)")
    end
    if #packs > 0 then
      -- the default rules failed on what a pack gave them (a value, a list
      -- like judge.order): the pack is the likely cause, not the host
      local pack, rule = sandbox.last_returned()
      local hint = pack and pack.path and rule ~= "loading"
        and ("; the last pack rule to return was %s of %s: check that it returns what the default rule returns"):format(rule, pack.path)
        or "; check that each override has the shape of the default it replaces"
      local names = {}
      for _, p in ipairs(packs) do names[#names + 1] = p.path end
      return fail(err, cli.EXIT.data, ("rule pack error: the rules failed under the pack %s (%s)%s"):format(
        table.concat(names, ", "), tostring(result):match("^[^\n]*"), hint) .. " (nothing was stored)")
    end
    error(result, 0)
  end
  if began and not_saved then
    db:exec("ROLLBACK")
  elseif began then
    local committed
    committed, msg = db:exec("COMMIT")
    if not committed then
      db:exec("ROLLBACK")
      not_saved = ("%s: nothing was stored, the commit failed: %s"):format(opts.db or ":memory:", tostring(msg))
    end
  end
  db:close()
  for _, p in ipairs(problems) do err:write("duixian audit: ", p, "\n") end
  for _, w in ipairs(warnings or {}) do err:write("duixian audit: ", w, "\n") end
  for _, s in ipairs(stale or {}) do err:write("duixian audit: ", corrections.stale_message(s), "\n") end
  for _, name in ipairs(result.corrections and result.corrections.unused or {}) do
    err:write(("duixian audit: correction %s names a span where duixian reads no figure now (the scanner "
      .. "changed, or the key columns were edited); it was not applied: review this row again\n"):format(name))
  end
  for _, name in ipairs(result.corrections and result.corrections.lost_outcome or {}) do
    err:write(("duixian audit: correction %s picked an outcome that is no longer a candidate of its target "
      .. "(the rules changed?); the target is judged with no outcome: review this row again\n"):format(name))
  end
  if opts.db and not not_saved then
    err:write(("duixian audit: saved as audit %d in %s (duixian report --db %s --audit %d renders it again)\n"):format(
      result.id, opts.db, opts.db, result.id))
  end

  local sink = out
  if opts.output then
    local f, why = io.open(opts.output, "wb")
    if not f then return fail(err, cli.EXIT.bad_input, ("%s: cannot write (%s)"):format(opts.output, why)) end
    sink = f
  end
  result.include_similar = opts.include_similar or nil
  if opts.reviewed_only then report.reviewed_only(result) end
  local rendered, why = report.render(result, opts.format, sink, cli.render_options(opts, env, opts.format))
  if sink ~= out then
    -- a full disk shows at the last write or at the close: check both
    local flushed, flush_why = sink:flush()
    local closed, close_why = sink:close()
    if rendered and not (flushed and closed) then rendered, why = nil, flush_why or close_why end
    if not rendered then
      -- never leave half a report behind (a file, not a device such as /dev/full)
      local removed = lfs.attributes(opts.output, "mode") == "file" and os.remove(opts.output)
      return fail(err, cli.EXIT.bad_input, ("%s: cannot write (%s); %s"):format(opts.output, tostring(why),
        removed and "the partial file was removed" or "the report there is incomplete"))
    end
  elseif not rendered then
    return fail(err, cli.EXIT.bad_input, ("the standard output: cannot write (%s)"):format(tostring(why)))
  end
  -- the result is printed first: an hour of work is not thrown away
  if not_saved then err:write("duixian audit: ", not_saved, "\n") end
  local failed = batch.failed + #problems
  err:write(("duixian audit: %s; %d documents audited, %d verdicts\n"):format(
    batch_module.counts(#batch.jobs, counts, batch.skipped, failed), result.params.documents, #result.verdicts))
  if not_saved then return cli.EXIT.data end
  return failed > 0 and cli.EXIT.bad_input or cli.EXIT.ok
end

return M
