-- The audit's time and memory: (1) national-dev scanned and judged, best
-- of five runs; (2) the audit of a database of region-years: copies of
-- the national-dev corpus, each under a distinct region name, at 100 and
-- 1,000 documents (time ratio, bar ≤ 11), the peak memory (resident set,
-- bar ≤ 600 MB at 13,000 documents) and the table format against jsonl
-- (bar ≤ 1.1).
--   lua5.4 bench/audit.lua [--docs N] [--keep DIR] [SHARED_DIR]
-- --docs N: the largest database for the peak memory (default 2,600; the
-- bar's 13,000 takes some minutes). Each audit runs bin/duixian under
-- /usr/bin/time in its own process; the times at 100 and 1,000 documents
-- are the best of three and of two runs.
local root = arg[0]:match("^(.-)/?bench/audit%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
local build = os.getenv("DUIXIAN_BUILD") or "build"
package.cpath = root .. "/" .. build .. "/?.so;" .. package.cpath

local duixian = require "duixian"
local meta = require "duixian.meta"
local audit = require "duixian.audit"
local cli_audit = require "duixian.cli.audit"

local shared, largest, keep = os.getenv("DUIXIAN_SHARED") or (root .. "/../shared"), 2600, nil
local i = 1
while i <= #arg do
  if arg[i] == "--docs" then
    largest = assert(math.tointeger(tonumber(arg[i + 1])), "--docs needs a number of documents")
    i = i + 1
  elseif arg[i] == "--keep" then
    keep = arg[i + 1]
    i = i + 1
  else
    shared = arg[i]
  end
  i = i + 1
end

local dir = shared .. "/corpus/national-dev/"
local manifest, err = meta.read_manifest(dir .. "manifest.tsv")
if not manifest then
  io.stderr:write("bench/audit: ", err, "\n")
  os.exit(2)
end
local paths = {}
for y = 2000, 2012 do paths[#paths + 1] = dir .. "national-" .. y .. ".txt" end

-- (1) the corpus itself, in one process
local best_scan, best_audit, result = math.huge, math.huge, nil
for _ = 1, 5 do
  local t0 = os.clock()
  local documents, mentions = cli_audit.load_from_files(paths, manifest)
  local t1 = os.clock()
  result = audit.run{ documents = documents, mentions = mentions }
  local t2 = os.clock()
  best_scan = math.min(best_scan, t1 - t0)
  best_audit = math.min(best_audit, t2 - t1)
end
print(("national-dev: %d documents, %d mentions, %d targets judged"):format(
  result.params.documents, result.params.mentions, #result.verdicts))
print(("  scan %.3f s + audit %.3f s = %.3f s CPU (bar: under 1 s)"):format(best_scan, best_audit, best_scan + best_audit))

-- (2) region-years. The corpus is ingested once (and renamed 区域00000); copy k of it is made in
-- SQL (documents, sentences and mentions rows, the cached classification
-- included) under the region name 区域k, as an ingest under that name
-- would store it (a region the gazetteer does not know keeps every figure
-- the document's). The copies' text column is left empty: the audit
-- reads sentences, never the text, and the disk stays small.
local work = keep or os.tmpname()
if not keep then os.remove(work) end
os.execute("mkdir -p '" .. work .. "'")
local db_path = work .. "/region-years.db"
os.remove(db_path)
os.remove(db_path .. "-wal")
os.remove(db_path .. "-shm")
local db = assert(duixian.open(db_path))
local problems = cli_audit.ingest_files(db, paths, manifest)
assert(#problems == 0, problems[1])

-- the corpus itself is region-year 0 of the series, under its own name too
assert(db:exec("UPDATE documents SET region = '区域00000'; "
  .. "UPDATE mentions SET region = '区域00000' WHERE region IS NOT NULL"))

local function columns(tbl)
  local out = {}
  for row in db:rows("PRAGMA table_info(" .. tbl .. ")") do out[#out + 1] = row.name end
  return out
end
local function max_id(tbl) return db:first("SELECT MAX(id) AS n FROM " .. tbl).n end
local D, S, Mn = max_id("documents"), max_id("sentences"), max_id("mentions")
local base_docs = {}
for row in db:rows("SELECT id FROM documents ORDER BY id") do base_docs[#base_docs + 1] = row.id end

-- INSERT … SELECT for one table: every column as it is but those replaced.
local function copy_sql(tbl, replaced, where)
  local cols, exprs = columns(tbl), {}
  for j, c in ipairs(cols) do
    cols[j] = '"' .. c .. '"'
    exprs[j] = replaced[c] or cols[j]
  end
  return ("INSERT INTO %s (%s) SELECT %s FROM %s WHERE %s"):format(tbl, table.concat(cols, ", "),
    table.concat(exprs, ", "), tbl, where)
end

local have = #base_docs
--- Grow the database to n documents (the base corpus, then copies).
local function grow(n)
  assert(db:exec("BEGIN IMMEDIATE"))
  while have < n do
    local k, done = have // #base_docs, have % #base_docs -- copy k, its first `done` documents made
    local count = math.min(#base_docs - done, n - have)
    local from, upto = done > 0 and base_docs[done] or 0, base_docs[done + count]
    local name = ("'区域%05d'"):format(k)
    assert(db:exec(copy_sql("documents", { id = "id + " .. k * D, sha256 = ("sha256 || '-%d'"):format(k),
      path = ("path || '#%d'"):format(k), name = ("'%d/' || name"):format(k), region = name, text = "''" },
      ("id > %d AND id <= %d"):format(from, upto))))
    assert(db:exec(copy_sql("sentences", { id = "id + " .. k * S, document_id = "document_id + " .. k * D },
      ("document_id > %d AND document_id <= %d AND id <= %d"):format(from, upto, S))))
    assert(db:exec(copy_sql("mentions", { id = "id + " .. k * Mn, document_id = "document_id + " .. k * D,
      sentence_id = "sentence_id + " .. k * S, region = "CASE WHEN region IS NULL THEN NULL ELSE " .. name .. " END" },
      ("document_id > %d AND document_id <= %d AND id <= %d"):format(from, upto, Mn))))
    have = have + count
  end
  assert(db:exec("COMMIT"))
end

-- One audit in its own process: wall seconds, CPU seconds, peak RSS (MB).
-- The audit it saved is deleted after it, so that each run finds the
-- same database.
local function run_once(format)
  local log = work .. "/time.log"
  local cmd = ("NO_COLOR=1 DUIXIAN_BUILD=%s /usr/bin/time -v -o %s %s/bin/duixian audit --db %s --format %s -o %s/out.%s 2>%s/err.log")
    :format(build, log, root, db_path, format, work, format, work)
  local ok = os.execute(cmd)
  local f = assert(io.open(log))
  local text = f:read("a")
  f:close()
  if not ok then
    local e = io.open(work .. "/err.log")
    io.stderr:write("bench/audit: the audit failed: ", e and e:read("a") or "", text, "\n")
    os.exit(1)
  end
  local user = tonumber(text:match("User time %(seconds%): ([%d.]+)"))
  local sys = tonumber(text:match("System time %(seconds%): ([%d.]+)"))
  local wall = text:match("Elapsed %(wall clock%) time %b(): ([%d:.]+)")
  local secs = 0
  for part in wall:gmatch("[%d.]+") do secs = secs * 60 + tonumber(part) end
  local rss = tonumber(text:match("Maximum resident set size %(kbytes%): (%d+)")) / 1024
  assert(db:exec("DELETE FROM audits"))
  return secs, user + sys, rss
end

-- The best (least CPU) of `runs` audits, and the highest peak RSS of them:
-- on a shared machine other work only ever adds time.
local function run_audit(format, runs)
  local wall, cpu, rss = math.huge, math.huge, 0
  for _ = 1, runs or 1 do
    local w, c, r = run_once(format)
    if c < cpu then wall, cpu = w, c end
    rss = math.max(rss, r)
  end
  return wall, cpu, rss
end

print(("region-years: copies of national-dev (%d documents) under distinct region names, audited with "
  .. "duixian audit --db (each run in its own process, /usr/bin/time -v)"):format(#base_docs))
local at = {}
local sizes = { 100, 1000 }
if largest > 1000 then sizes[#sizes + 1] = largest end
local RUNS = { [100] = 3, [1000] = 2 } -- best of; the largest runs once
for _, n in ipairs(sizes) do
  grow(n)
  local wall, cpu, rss = run_audit("jsonl", RUNS[n])
  at[n] = { wall = wall, cpu = cpu, rss = rss }
  print(("  %6d documents: %7.2f s wall, %7.2f s CPU, peak RSS %6.1f MB  (best of %d)"):format(
    n, wall, cpu, rss, RUNS[n] or 1))
  if n == 1000 then
    local twall, tcpu = run_audit("table", RUNS[n])
    print(("  %6d documents, format table: %7.2f s wall, %7.2f s CPU; table / jsonl %.2f (CPU)  [bar ≤ 1.1]")
      :format(n, twall, tcpu, tcpu / cpu))
  end
end
print(("  1,000 / 100 documents: time ratio %.2f (CPU), %.2f (wall)  [bar ≤ 11]"):format(
  at[1000].cpu / at[100].cpu, at[1000].wall / at[100].wall))
if largest > 1000 then
  print(("  peak RSS at %d documents %.1f MB, at 1,000 %.1f MB  [bar ≤ 600 MB at 13,000]"):format(
    largest, at[largest].rss, at[1000].rss))
end
db:close()
if not keep then os.execute("rm -rf '" .. work .. "'") end
