--- The documents of a batch (ingest, audit): the files named, the folders
-- walked, each file with its manifest row, gathered before anything is
-- written. What cannot be taken is named on stderr, skipped or failed;
-- manifests are checked (their problems are errors, or warnings under
-- --lenient). One summary line counts every input at the end.
local meta = require "duixian.meta"
local files = require "duixian.cli.files"
local readers = require "duixian.readers"
local lfs = require "lfs"

local M = {}

--- Gather a batch. command names the messages ("ingest", "audit"); opts:
-- { manifest = FILE, lenient = bool, glob = PATTERN }.
-- @return { jobs = { {path, size, row}, … }, bytes = n, failed = n,
--   skipped = n, manifest_failed = bool }
function M.gather(paths, opts, err, command)
  local prefix = ("duixian %s: "):format(command)
  local manifests, batch = {}, { jobs = {}, bytes = 0, failed = 0, skipped = 0, manifest_failed = false }
  -- A manifest is read once; rows naming files that do not exist are
  -- checked too.
  local function load_manifest(path)
    if manifests[path] == nil then
      local m, msg = meta.read_manifest(path, { lenient = opts.lenient })
      if not m then
        err:write(prefix, msg, "\n")
        manifests[path], batch.manifest_failed = false, true
        return nil
      end
      local problems = msg
      for _, p in ipairs(meta.missing_files(m, path)) do problems[#problems + 1] = p end
      for _, p in ipairs(problems) do
        err:write(prefix, opts.lenient and "warning: " or "", p, "\n")
      end
      if #problems > 0 and not opts.lenient then
        batch.manifest_failed = true
        err:write(("%s%s: fix the manifest, or give --lenient to take it with warnings\n"):format(prefix, path))
      end
      manifests[path] = m
    end
    return manifests[path] or nil
  end
  if opts.manifest then load_manifest(opts.manifest) end

  local function report_problem(p)
    if p.skipped then
      batch.skipped = batch.skipped + 1
      err:write(("%sskipped: %s: %s\n"):format(prefix, p.path, p.why))
    else
      batch.failed = batch.failed + 1
      err:write(("%sfailed: %s: %s\n"):format(prefix, p.path, p.why))
    end
  end
  for _, path in ipairs(paths) do
    local found, why = files.walk(path, opts.glob or readers.PATTERNS)
    if found and not found.folder then
      -- a file named directly is in a folder too: that folder's manifest.tsv
      -- applies to it (not the manifest itself, named as a document)
      local dir, name = path:match("^(.*)/([^/]*)$")
      dir, name = dir or ".", name or path
      local here = (dir == "" and "" or dir .. "/") .. "manifest.tsv"
      if name ~= "manifest.tsv" and lfs.attributes(here, "mode") == "file" then
        found[1].manifests = { { path = here, dir = dir, name = name } }
      end
    end
    if not found then
      err:write(prefix, "failed: ", why, "\n")
      batch.failed = batch.failed + 1
    else
      for _, p in ipairs(found.problems) do report_problem(p) end
      if found.folder and #found == 0 and #found.problems == 0 then
        err:write(("%s%s: no file matches %s in this folder (choose others with --glob)\n"):format(prefix, path,
          opts.glob or table.concat(readers.PATTERNS, " ")))
      end
      if found.folder and not opts.glob then
        -- documents of kinds not read are named, not passed over
        for _, f in ipairs(files.walk(path, readers.UNREAD_PATTERNS) or {}) do
          err:write(prefix, "failed: ", readers.unread_reason(f.path), "\n")
          batch.failed = batch.failed + 1
        end
      end
      for _, f in ipairs(found) do
        local row, named_in
        if opts.manifest then
          named_in = opts.manifest
          row = meta.lookup(load_manifest(opts.manifest), f.path)
        else
          -- the nearest manifest that has a row for the file
          for _, m in ipairs(f.manifests or {}) do
            named_in = named_in or m.path
            row = meta.lookup(load_manifest(m.path), m.name or f.path:sub(#m.dir + 2))
            if row then break end
          end
        end
        if named_in and not row and not batch.manifest_failed then
          err:write(("%s%s: not in %s; its metadata is what the flags and the text give\n"):format(
            prefix, f.path, named_in))
        end
        batch.jobs[#batch.jobs + 1] = { path = f.path, size = f.size, row = row }
        batch.bytes = batch.bytes + f.size
      end
    end
  end
  return batch
end

--- The metadata db:ingest takes for a job: the flags (opts.region,
-- published, kind) over its manifest row.
function M.given(job, opts)
  local row = job.row or {}
  return { file = job.path, region = opts.region or row.region,
    published = opts.published or row.published, kind = opts.kind or row.kind,
    source = row.source, is_text = false }
end

--- The counts of a batch as its summary line says them: "N documents: a
-- added, u unchanged, s superseded, k skipped, f failed".
function M.counts(n, counts, skipped, failed)
  return ("%d documents: %d added, %d unchanged, %d superseded, %d skipped, %d failed"):format(
    n, counts.added or 0, counts.unchanged or 0, counts.superseded or 0, skipped, failed)
end

--- What --verbose says of a document's lines of page furniture (page
-- numbers, running headers: doc.furniture_lines, counted by the scanner),
-- or nil for none.
function M.furniture_message(path, n)
  if not n or n == 0 then return nil end
  return ("%s: %d line%s of page furniture (page numbers, running headers) stepped over"):format(
    path, n, n == 1 and "" or "s")
end

--- What --verbose says of a document's numbers too long to represent
-- exactly (doc.refused_numbers, counted by the scanner), or nil for none.
function M.refused_message(path, n)
  if not n or n == 0 then return nil end
  return ("%s: %d number%s too long to represent exactly (more than 18 digits), not taken as mentions"):format(
    path, n, n == 1 and "" or "s")
end

return M
