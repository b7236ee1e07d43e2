--- duixian ingest: store documents and their mentions in a SQLite database.
local db_module = require "duixian.db"
local meta = require "duixian.meta"
local extract = require "duixian.cli.extract"
local files = require "duixian.cli.files"
local readers = require "duixian.readers"
local progress = require "duixian.cli.progress"
local term = require "duixian.cli.term"
local cli = require "duixian.cli"

local M = {}

M.summary = "store documents and their mentions in a SQLite database"
M.usage = [[
usage: duixian ingest --db FILE [OPTIONS] PATH...

Store each document (its bytes' sha256, path, metadata, encoding and decoded
text) with all its mentions in the SQLite database FILE, created when it does
not exist. A folder is walked recursively for files matching --glob. Plain
text, web pages, Word .docx and PDF are read, the kind found by content and
stored with the document (documents.format); documents of other kinds in a
folder (.doc, .wps, .ofd, .caj, archives …) are named as failed, with what to do.

Each document is one transaction: an interrupted ingest leaves every document
either wholly stored or absent, and running it again completes it. The same
bytes twice are "unchanged"; new bytes at a stored path are a new version and
the old one is kept, marked superseded. Several ingests may write to one
database at once.

options:
  --db FILE           the database (required)
  --manifest FILE     TSV with columns file, region, published, kind, source;
                      without it a folder's own manifest.tsv is used
  --glob PATTERN      which files of a folder to take (default: every kind
                      duixian reads, *.txt *.html *.htm *.docx *.pdf); files
                      named on the command line are always taken
  --region R          region of every document (overrides the manifest)
  --published DATE    publication date, YYYY-MM-DD (overrides the manifest)
  --kind K            work_report | news | plan | statistics | other
  -v, --verbose       one line per document on stdout: status, id, mentions, path
  -h, --help          this help

On a terminal, stderr shows progress: documents done, MB/s and time left.
The last line on stdout sums up: added, unchanged, superseded, failed, and the
mentions stored.

exit status: 0 every document stored or unchanged; 1 some document failed
(undecodable, empty, unreadable; the rest are stored); 64 usage error;
65 unusable manifest or database.
]]

M.options = {
  db = { kind = "value" },
  manifest = { kind = "value" },
  glob = { kind = "value" },
  region = { kind = "value" },
  published = { kind = "value" },
  kind = { kind = "value" },
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

  local manifests = {}
  local function load_manifest(path)
    if manifests[path] == nil then
      local m, msg = meta.read_manifest(path)
      if not m then return nil, msg end
      manifests[path] = m
    end
    return manifests[path]
  end
  if opts.manifest then
    local ok, msg = load_manifest(opts.manifest)
    if not ok then
      err:write("duixian ingest: ", msg, "\n")
      return cli.EXIT.data
    end
  end

  -- Every document to ingest, with its manifest, before anything is written.
  local jobs, total_bytes, failed = {}, 0, 0
  for _, path in ipairs(args) do
    local found, why = files.walk(path, opts.glob or readers.PATTERNS)
    if not found then
      err:write("duixian ingest: ", why, "\n")
      failed = failed + 1
    else
      local manifest_path = opts.manifest
      if not manifest_path and found.folder and files.exists(path .. "/manifest.tsv") then
        manifest_path = path .. "/manifest.tsv"
      end
      local manifest
      if manifest_path then
        local msg
        manifest, msg = load_manifest(manifest_path)
        if not manifest then
          err:write("duixian ingest: ", msg, "\n")
          return cli.EXIT.data
        end
      end
      if found.folder and #found == 0 then
        err:write(("duixian ingest: %s: no file matches %s in this folder (choose others with --glob)\n"):format(path,
          opts.glob or table.concat(readers.PATTERNS, " ")))
      end
      if found.folder and not opts.glob then
        -- documents of kinds not read are named, not passed over
        for _, f in ipairs(files.walk(path, readers.UNREAD_PATTERNS) or {}) do
          err:write("duixian ingest: failed: ", readers.unread_reason(f.path), "\n")
          failed = failed + 1
        end
      end
      for _, f in ipairs(found) do
        jobs[#jobs + 1] = { path = f.path, size = f.size, manifest = manifest }
        total_bytes = total_bytes + f.size
      end
    end
  end

  local db, msg = db_module.open(opts.db)
  if not db then
    err:write("duixian ingest: ", msg, "\n")
    return cli.EXIT.data
  end

  local counts = { added = 0, unchanged = 0, superseded = 0 }
  local mentions = 0
  local bar = env.isatty(2) and progress.new(err, #jobs, total_bytes) or nil
  local done_bytes = 0
  local started = term.now()
  for i, job in ipairs(jobs) do
    local given = extract.meta_for(job.path, job.manifest, opts)
    local r, why = db:ingest(job.path, given)
    if r then
      counts[r.status] = counts[r.status] + 1
      if r.status ~= "unchanged" or r.reinstated then mentions = mentions + (r.reinstated and 0 or r.mentions) end
      if opts.verbose then out:write(("%s\t%d\t%d\t%s\n"):format(r.status, r.id, r.mentions, job.path)) end
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
  if bar then bar:finish() end
  local seconds = term.now() - started
  db:close()
  out:write(("ingested %d documents: %d added, %d unchanged, %d superseded, %d failed; %d mentions stored (%.1f MB in %.2f s)\n"):format(
    #jobs, counts.added, counts.unchanged, counts.superseded, failed, mentions, done_bytes / 1e6, seconds))
  return failed > 0 and cli.EXIT.failed or cli.EXIT.ok
end

return M
