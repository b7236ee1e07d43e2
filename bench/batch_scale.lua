-- A batch as a researcher runs one, at growing sizes (issue 10): copies of
-- the shared seeds and corpus (50 documents a copy), each copy in its own
-- folder with its own manifest.tsv and its own region names, ingested as a
-- folder, then audited from the database (jsonl, and the table at the
-- first size). Each command runs in its own process under /usr/bin/time:
-- CPU seconds, per document, and peak RSS. Linear time keeps the CPU per
-- document flat; bounded memory keeps the peak RSS far from growing with N.
--   lua5.4 bench/batch_scale.lua [--sizes 500,2000] [--keep DIR] [SHARED_DIR]
-- The corpus is written under a temporary folder (1 GB for 20,000
-- documents), never in the checkout. Minutes per thousand documents.
local root = arg[0]:match("^(.-)/?bench/batch_scale%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
local build = os.getenv("DUIXIAN_BUILD") or "build"
package.cpath = root .. "/" .. build .. "/?.so;" .. package.cpath
local meta = require "duixian.meta"

local shared, sizes, keep = os.getenv("DUIXIAN_SHARED") or (root .. "/../shared"), { 500, 2000 }, nil
local i = 1
while i <= #arg do
  if arg[i] == "--sizes" then
    sizes = {}
    for n in arg[i + 1]:gmatch("%d+") do sizes[#sizes + 1] = tonumber(n) end
    i = i + 1
  elseif arg[i] == "--keep" then
    keep = arg[i + 1]
    i = i + 1
  else
    shared = arg[i]
  end
  i = i + 1
end
table.sort(sizes)

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- the documents of one copy, with their manifest rows
local sources = {}
for _, folder in ipairs({ "seeds", "corpus/national-dev", "corpus/provinces" }) do
  local dir = shared .. "/" .. folder
  local rows = meta.read_manifest(dir .. "/manifest.tsv")
  if not rows then
    io.stderr:write("bench/batch_scale: no ", dir, "/manifest.tsv (the shared material sits beside the checkout)\n")
    os.exit(2)
  end
  local names = {}
  for key, row in pairs(rows) do if key == row.file then names[#names + 1] = key end end
  table.sort(names)
  for _, name in ipairs(names) do
    local row = rows[name]
    sources[#sources + 1] = { name = name, text = slurp(dir .. "/" .. name), region = row.region,
      published = row.published, kind = row.kind }
  end
end

local work = keep or os.tmpname()
if not keep then os.remove(work) end
os.execute("mkdir -p " .. q(work))

--- Copy k of the corpus into its folder: distinct files (a line added) and
-- distinct regions (the copy's number after each name).
local function make_copy(k, count)
  local dir = ("%s/corpus/copy%05d"):format(work, k)
  os.execute("mkdir -p " .. q(dir))
  local manifest = { "file\tregion\tpublished\tkind" }
  for j = 1, count do
    local s = sources[j]
    local name = ("%s-%05d.txt"):format(s.name:gsub("%.txt$", ""), k)
    local f = assert(io.open(dir .. "/" .. name, "wb"))
    f:write(s.text, ("\n（副本第%d份）\n"):format(k))
    f:close()
    manifest[#manifest + 1] = ("%s\t%s%05d\t%s\t%s"):format(name, s.region, k, s.published or "", s.kind or "")
  end
  local f = assert(io.open(dir .. "/manifest.tsv", "wb"))
  f:write(table.concat(manifest, "\n"), "\n")
  f:close()
end

--- One command under /usr/bin/time -v: CPU seconds, peak RSS in MB.
local function timed(cmd)
  local log = work .. "/time.log"
  local ok = os.execute(("NO_COLOR=1 /usr/bin/time -v -o %s %s >/dev/null 2>%s/err.log"):format(q(log), cmd, q(work)))
  local text = slurp(log)
  if not ok then
    io.stderr:write("bench/batch_scale: failed: ", cmd, "\n", slurp(work .. "/err.log"), text, "\n")
    os.exit(1)
  end
  local user = tonumber(text:match("User time %(seconds%): ([%d.]+)"))
  local sys = tonumber(text:match("System time %(seconds%): ([%d.]+)"))
  return user + sys, tonumber(text:match("Maximum resident set size %(kbytes%): (%d+)")) / 1024
end

local duixian_bin = ("env DUIXIAN_BUILD=%s %s/bin/duixian"):format(build, root)
print(("batch at scale: copies of %d shared documents, each copy in a folder with its own manifest and regions"):format(#sources))
print("      N  ingest CPU s  ms/doc  RSS MB |  audit CPU s  ms/doc  RSS MB  verdicts")
local made, first = 0, nil
for _, n in ipairs(sizes) do
  while made < n do
    local k = made // #sources
    local count = math.min(#sources, n - k * #sources)
    make_copy(k, count)
    made = k * #sources + count
  end
  local db = ("%s/batch-%d.db"):format(work, n)
  os.remove(db)
  -- the first n documents: the copies' folders as symbolic links (followed)
  local view = ("%s/view-%d"):format(work, n)
  os.execute(("rm -rf %s && mkdir -p %s"):format(q(view), q(view)))
  for k = 0, (n - 1) // #sources do
    os.execute(("ln -s ../corpus/copy%05d %s/copy%05d"):format(k, q(view), k))
  end
  local icpu, irss = timed(("%s ingest --db %s %s"):format(duixian_bin, q(db), q(view)))
  local out = work .. "/audit.jsonl"
  local acpu, arss = timed(("%s audit --db %s --format jsonl -o %s"):format(duixian_bin, q(db), q(out)))
  local verdicts = 0
  for _ in io.lines(out) do verdicts = verdicts + 1 end
  print(("%7d  %12.1f  %6.1f  %6.0f | %12.1f  %6.1f  %6.0f  %8d"):format(n, icpu, icpu * 1000 / n, irss,
    acpu, acpu * 1000 / n, arss, verdicts))
  if not first then
    first = { n = n, audit = acpu }
    -- the table against jsonl at the first size (bar ≤ 1.1)
    os.execute(("%s query --db %s --write 'DELETE FROM audits' >/dev/null"):format(duixian_bin, q(db)))
    local tcpu = timed(("%s audit --db %s --format table --wide -o %s/audit.table"):format(duixian_bin, q(db), q(work)))
    print(("         table format at %d documents: %.1f s CPU, %.2f of jsonl's  [bar ≤ 1.1]"):format(n, tcpu, tcpu / acpu))
  else
    print(("         audit CPU per document at %d / at %d: %.2f  (linear: 1.00)"):format(n, first.n,
      (acpu / n) / (first.audit / first.n)))
  end
  os.remove(db)
  os.remove(db .. "-wal")
  os.remove(db .. "-shm")
end
if not keep then os.execute("rm -rf " .. q(work)) end
