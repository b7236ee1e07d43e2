--- duixian ingest: store documents and their mentions in a SQLite database.
local db_module = require "duixian.db"
local meta = require "duixian.meta"
local batch_module = require "duixian.cli.batch"
local progress = require "duixian.cli.progress"
local term = require "duixian.cli.term"
local cli = require "duixian.cli"

local M = {}

M.summary = "store documents and their mentions in a SQLite database"
M.usage = [[
usage: duixian ingest --db FILE [OPTIONS] PATH...

Store each document (its bytes' sha256, path, metadata, encoding and decoded
text) with all its mentions in the SQLite database FILE, created when it does
not exist. A folder is walked recursively for files matching --glob;
symbolic links are followed (a loop is reported and not walked twice). Plain
text, web pages, Word .docx and PDF are read, the kind found by content and
stored with the document (documents.format); documents of other kinds in a
folder (.doc, .wps, .ofd, .caj, archives …) are named as failed, with what to do.
The folder a browser saves a web page's files in (report_files beside
report.html) is skipped, and named.

Documents are committed together, at least every quarter second: an
interrupted ingest leaves every document either wholly stored or absent (those
of the last quarter second absent), and running it again completes it. The same
bytes twice are "unchanged"; new bytes at a stored path are a new version and
the old one is kept, marked superseded. Several ingests may write to one
database at once.

options:
  --db FILE           the database (required)
  --manifest FILE     TSV with columns file, region, published, kind, source
                      (UTF-8 or GB18030); without it, each folder's own
                      manifest.tsv applies to the files in it and below it
                      (the nearest one with a row for the file wins), and a
                      file named directly takes the manifest.tsv beside it
  --lenient           take manifests with unknown columns, bad dates or
                      kinds, repeated rows or rows naming missing files,
                      with a warning for each (otherwise: exit 65)
  --glob PATTERN      which files of a folder to take (default: every kind
                      duixian reads, *.txt *.html *.htm *.docx *.pdf); files
                      named on the command line are always taken
  --region R          region of every document (overrides the manifest)
  --published DATE    publication date, YYYY-MM-DD (overrides the manifest)
  --kind K            work_report | news | plan | statistics | other
  -v, --verbose       one line per document on stdout: status, id, mentions,
                      path; on stderr, how many numbers of a document were
                      too long to represent exactly (no mentions), and how
                      many lines of page furniture were stepped over
  -h, --help          this help

On a terminal, stderr shows progress: documents done, MB/s and time left.
The last line on stdout sums up: added, unchanged, superseded, skipped (not
a file: FIFOs, devices, symlink loops), failed, and the mentions stored.
Each skipped or failed file is named on stderr with the reason, and so is
each document stored undated (no year-relative periods).

exit status: 0 every document stored or unchanged; 1 some document failed
(undecodable, empty, unreadable; the rest are stored); 64 usage error;
65 unusable manifest, or a database that cannot be written (damaged,
read-only, full): nothing more is written to it.
]]

M.options = {
  db = { kind = "value" },
  manifest = { kind = "value" },
  glob = { kind = "value" },
  region = { kind = "value" },
  published = { kind = "value" },
  kind = { kind = "value" },
  lenient = { kind = "flag" },
  verbose = { kind = "flag", short = "v" },
}

local function usage_error(err, msg)
  err:write("duixian ingest: ", msg, "\n")
  return cli.EXIT.usage
end

function M.run(opts, args, env)
  local out, err = env.stdout, env.stderr
  if not opts.db then return usage_error(err, "--db FILE is required (the database to write)") end
  if #args == 0 then return usage_error(err, "no PATH given (files or folders to ingest)") end
  if opts.published and not meta.parse_date(opts.published) then
    return usage_error(err, ("--published '%s' is not a date (YYYY-MM-DD)"):format(opts.published))
  end
  if opts.kind and not meta.KINDS[opts.kind] then
    return usage_error(err, ("--kind '%s' is not one of work_report, news, plan, statistics, other"):format(opts.kind))
  end

  -- Every document to ingest, with its manifest row, before anything is written.
  local batch = batch_module.gather(args, opts, err, "ingest")
  if batch.manifest_failed then return cli.EXIT.data end
  local jobs, failed, skipped = batch.jobs, batch.failed, batch.skipped

  local db, msg = db_module.open(opts.db)
  if not db then
    err:write("duixian ingest: ", msg, "\n")
    return cli.EXIT.data
  end

  -- one commit for many documents: the rows' index pages are written once
  -- per batch, not once per document
  db:begin_batch()
  local counts = { added = 0, unchanged = 0, superseded = 0 }
  local mentions = 0
  local bar = env.isatty(2) and progress.new(err, #jobs, batch.bytes) or nil
  local done_bytes = 0
  local started = term.now()
  for i, job in ipairs(jobs) do
    local r, why, _, where = db:ingest(job.path, batch_module.given(job, opts))
    if not r and where == "store" then
      -- the database, not the document, failed: the rest would fail the same way
      if bar then bar:clear() end
      err:write("duixian ingest: ", why, "\n")
      err:write(("duixian ingest: %s: stopped, the database cannot be written; %d of %d documents were not tried\n"):format(
        opts.db, #jobs - i, #jobs))
      db:close()
      return cli.EXIT.data
    end
    if r and r.doc and not r.doc.plan_year then
      if bar then bar:clear() end
      err:write(("duixian ingest: %s: undated (no date in a manifest, a flag or its first 1,500 bytes); "
        .. "stored without year-relative periods: give --published or a manifest row\n"):format(job.path))
    end
    if r then
      counts[r.status] = counts[r.status] + 1
      if r.status ~= "unchanged" or r.reinstated then mentions = mentions + (r.reinstated and 0 or r.mentions) end
      if opts.verbose then
        out:write(("%s\t%d\t%d\t%s\n"):format(r.status, r.id, r.mentions, job.path))
        for _, said in ipairs({ r.doc and batch_module.refused_message(job.path, r.doc.refused_numbers) or false,
            r.doc and batch_module.furniture_message(job.path, r.doc.furniture_lines) or false }) do
          if said then
            if bar then bar:clear() end
            err:write("duixian ingest: ", said, "\n")
          end
        end
      end
      for _, w in ipairs(r.warnings or {}) do
        if bar then bar:clear() end
        err:write("duixian ingest: warning: ", w, "\n")
      end
    else
      failed = failed + 1
      if bar then bar:clear() end
      err:write("duixian ingest: failed: ", why, "\n")
      if opts.verbose then out:write(("failed\t\t\t%s\n"):format(job.path)) end
    end
    done_bytes = done_bytes + job.size
    if bar then bar:update(i, done_bytes) end
  end
  local closed, why = db:close()
  if bar then bar:finish() end
  if not closed then
    err:write("duixian ingest: ", opts.db, ": ", why, "\n")
    return cli.EXIT.data
  end
  local seconds = term.now() - started
  out:write(("ingested %s; %d mentions stored (%.1f MB in %.2f s)\n"):format(
    batch_module.counts(#jobs, counts, skipped, failed), mentions, done_bytes / 1e6, seconds))
  return failed > 0 and cli.EXIT.failed or cli.EXIT.ok
end

return M
