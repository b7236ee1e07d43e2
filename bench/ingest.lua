-- make bench: ingest speed, database size, and query time.
--   lua5.4 bench/ingest.lua [SHARED_DIR] [MB]
-- 1. The seeds and national-dev, copied (each copy with its own bytes)
--    until the text reaches MB (default 50), ingested into a file on disk
--    through db:ingest in batches, as duixian ingest does (db:begin_batch):
--    MB/s end to end, also as a ratio to grep -c 万 on
--    the same bytes (bench/reference.lua), database size / text size.
-- 2. 10,000 generated work reports (400 cities × 25 years) added to that
--    database; the time to fetch all targets of one region and year.
local root = arg[0]:match("^(.-)/?bench/ingest%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local duixian = require "duixian"
local dbm = require "duixian.db"
local meta = require "duixian.meta"
local F = dofile(root .. "/spec/fixtures.lua")

local shared = arg[1] or (root .. "/../shared")
local target_mb = tonumber(arg[2]) or 50

local function wall()
  local pipe = io.popen("date +%s%N")
  local ns = tonumber(pipe:read("l"))
  pipe:close()
  return ns / 1e9
end

local function file_size(path)
  local f = io.open(path, "rb")
  if not f then return 0 end
  local n = f:seek("end")
  f:close()
  return n
end

-- The real documents with their manifest rows.
local docs = {}
for _, folder in ipairs({ "seeds", "corpus/national-dev" }) do
  local dir = shared .. "/" .. folder
  local manifest = meta.read_manifest(dir .. "/manifest.tsv")
  if not manifest then
    io.stderr:write("bench/ingest: ", dir, "/manifest.tsv not found; the corpus lives in ../shared beside the checkout\n")
    os.exit(2)
  end
  local pipe = io.popen(("ls '%s'/*.txt"):format(dir))
  for path in pipe:lines() do
    local f = assert(io.open(path, "rb"))
    local bytes = f:read("a")
    f:close()
    local row = meta.lookup(manifest, path) or {}
    docs[#docs + 1] = { name = path:match("[^/]+$"), bytes = bytes,
      meta = { region = row.region, published = row.published, kind = row.kind, source = row.source } }
  end
  pipe:close()
end

-- Copy i of a document differs by a trailing line of letters, so its
-- sha256 differs and it is a new document, with the same mentions.
local function tag(i)
  local s = {}
  repeat
    s[#s + 1] = string.char(97 + i % 26)
    i = i // 26
  until i == 0
  return "\n" .. table.concat(s) .. "\n"
end

local out = root .. "/bench/out"
os.execute(("mkdir -p '%s'"):format(out))
local path = out .. "/ingest.sqlite"
for _, suffix in ipairs({ "", "-wal", "-shm" }) do os.remove(path .. suffix) end

local db = assert(dbm.open(path))
db:begin_batch()
local text_bytes, count, mentions, copy = 0, 0, 0, 0
local cpu0, wall0 = os.clock(), wall()
while text_bytes < target_mb * 1e6 do
  copy = copy + 1
  for _, d in ipairs(docs) do
    local m = {}
    for k, v in pairs(d.meta) do m[k] = v end
    m.file = ("copy%04d/%s"):format(copy, d.name)
    m.is_text = true
    local r = assert(db:ingest(d.bytes .. tag(copy), m))
    assert(r.status == "added", r.status)
    count = count + 1
    mentions = mentions + r.mentions
    text_bytes = text_bytes + #d.bytes + #tag(copy)
  end
end
assert(db:end_batch())
local cpu1, wall1 = os.clock(), wall()
db:close()
-- the reference: grep -c 万 over the same bytes, as one file (bench/reference.lua)
local ref = dofile(root .. "/bench/reference.lua")
local same = os.tmpname()
local sf = assert(io.open(same, "wb"))
for c = 1, copy do
  for _, d in ipairs(docs) do sf:write(d.bytes, tag(c)) end
end
sf:close()
local grep = ref.grep(same)
os.remove(same)
local db_bytes = file_size(path) + file_size(path .. "-wal")
local mb = text_bytes / 1e6
print(("ingest: %d documents, %.1f MB of text, %d mentions, into %s"):format(count, mb, mentions, path))
print(("  %.1f MB/s CPU = %s, %.1f MB/s wall  [bar 0.04]"):format(mb / (cpu1 - cpu0),
  ref.ratio(mb / (cpu1 - cpu0), grep), mb / (wall1 - wall0)))
print(("  reference, grep -c 万 on the same bytes: %.0f MB/s (median of 5)"):format(grep))
print(("  database %.1f MB = %.2f × the text (bar: 3×)"):format(db_bytes / 1e6, db_bytes / text_bytes))

-- Scanning alone, for comparison: what the store adds on top.
local t0 = os.clock()
for _, d in ipairs(docs) do
  local text = assert(duixian.decode(d.bytes))
  for _ in assert(duixian.each(text, d.meta)) do end
end
local scan_mb = 0
for _, d in ipairs(docs) do scan_mb = scan_mb + #d.bytes / 1e6 end
print(("  (scanning alone: %.1f MB/s CPU)"):format(scan_mb / (os.clock() - t0)))

-- 10,000 more documents: 400 cities, 25 years each.
db = assert(dbm.open(path))
db:begin_batch()
local cities = {}
for i = 1, 400 do cities[i] = ("城%03d市"):format(i) end
local w0 = wall()
for y = 2000, 2024 do
  for i, city in ipairs(cities) do
    assert(db:ingest(F.report(city, y, i * 31 + y, 3),
      { region = city, published = y .. "-02-24", kind = "work_report", file = ("%s-%d.txt"):format(city, y) }))
  end
end
assert(db:end_batch())
local docs_total = db:first("SELECT count(*) AS n FROM documents").n
local mentions_total = db:first("SELECT count(*) AS n FROM mentions").n
print(("query: %d documents, %d mentions (10,000 generated added in %.1f s)"):format(docs_total, mentions_total, wall() - w0))

local times, rows = {}, 0
math.randomseed(42)
for _ = 1, 1000 do
  local city, year = cities[math.random(#cities)], tostring(math.random(2000, 2024))
  local c0 = os.clock()
  local got = {}
  for m in db:mentions{ region = city, period = year, kind = "target" } do got[#got + 1] = m end
  times[#times + 1] = (os.clock() - c0) * 1000
  rows = rows + #got
end
table.sort(times)
print(("  targets of one region and year: median %.3f ms, p99 %.3f ms, max %.3f ms (%.1f rows each; bar: 10 ms)"):format(
  times[500], times[990], times[1000], rows / 1000))
local national = {}
local c0 = os.clock()
for m in db:mentions{ region = "中华人民共和国", period = "2005", kind = "target" } do national[#national + 1] = m end
print(("  targets of 中华人民共和国 for 2005 across every copy: %d rows in %.2f ms"):format(#national, (os.clock() - c0) * 1000))
db:close()
