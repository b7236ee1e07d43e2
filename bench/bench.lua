-- make bench: the speed of the scanner on real report text.
--   lua5.4 bench/bench.lua [--mb N] [SHARED_DIR]
-- Builds an input of the seeds and the national-dev reports (from
-- ../shared, or DUIXIAN_SHARED) repeated to at least N MB (default 50) and
-- prints MB/s for
--   (a) the C scan alone: core.count(lexicon, text), CPU time by os.clock,
--       best of three runs (segment, normalise, mentions, cues; no tables);
--   (b) extract end to end: bin/duixian extract --format jsonl FILE
--       >/dev/null, wall and CPU time of the process (read, decode, scan,
--       classify, JSON), with grep -c 万 on the same file timed in the
--       same run as the reference (on a shared, busy machine the CPU
--       figure and the ratio are the ones to compare).
-- Targets on one core: 100 MB/s and 35 MB/s.
local root = arg[0]:match("^(.-)/?bench/bench%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
local build = os.getenv("DUIXIAN_BUILD") or "build"
package.cpath = root .. "/" .. build .. "/?.so;" .. package.cpath

local target_mb, shared = 50, os.getenv("DUIXIAN_SHARED") or (root .. "/../shared")
local i = 1
while i <= #arg do
  if arg[i] == "--mb" then
    target_mb = assert(tonumber(arg[i + 1]), "--mb needs a number")
    i = i + 1
  else
    shared = arg[i]
  end
  i = i + 1
end

local duixian = require "duixian"
local core = require "duixian.core"

--- The documents listed in DIR/manifest.tsv, decoded; nil, message if absent.
local function documents(dir, into)
  local rows, err = duixian.meta.read_manifest(dir .. "/manifest.tsv")
  if not rows then return nil, err end
  local files, seen = {}, {}
  for _, row in pairs(rows) do -- keyed by path and by base name
    if not seen[row] then
      seen[row] = true
      files[#files + 1] = row.file
    end
  end
  table.sort(files)
  for _, file in ipairs(files) do
    local text, msg = duixian.read(dir .. "/" .. file)
    if not text then return nil, msg end
    into[#into + 1] = text
  end
  return into
end

local texts = {}
for _, dir in ipairs({ shared .. "/seeds", shared .. "/corpus/national-dev" }) do
  local ok, err = documents(dir, texts)
  if not ok then
    io.stderr:write(("bench: cannot read the corpus in %s (%s).\n"):format(dir, err),
      "bench: the shared materials (seeds/, corpus/national-dev/) sit beside the checkout as ../shared;\n",
      "bench: pass their folder as an argument or set DUIXIAN_SHARED.\n")
    os.exit(2)
  end
end
local one = table.concat(texts, "\n\n") .. "\n\n"
local copies = math.ceil(target_mb * 1e6 / #one)
local text = one:rep(copies)
local mb = #text / 1e6
print(("input: %d documents, %.2f MB, repeated %d times = %.1f MB"):format(#texts, #one / 1e6, copies, mb))

-- (a) the C scan alone
local lexicon = duixian.lexicon()
local best, mentions, sentences = math.huge, nil, nil
local runs = {}
for _ = 1, 3 do
  local t0 = os.clock()
  mentions, sentences = core.count(lexicon, text)
  local dt = os.clock() - t0
  runs[#runs + 1] = ("%.0f"):format(mb / dt)
  if dt < best then best = dt end
end
print(("C scan (core.count): %.1f MB/s  best of 3 (%s MB/s), %d mentions in %d sentences  [target 100]")
  :format(mb / best, table.concat(runs, ", "), mentions, sentences))

-- (b) extract end to end
local path = os.tmpname()
local f = assert(io.open(path, "wb"))
f:write(text)
f:close()
local errpath = os.tmpname()
local function now()
  local p = assert(io.popen("date +%s.%N"))
  local t = tonumber(p:read("l"))
  p:close()
  return t
end
-- Wall time around a command, and its CPU time (user + system, from the
-- shell's `times`), which a machine busy with other work inflates less.
local function timed(cmd)
  local timespath = os.tmpname()
  local t0 = now()
  local ok = os.execute(("%s; status=$?; times >%s; exit $status"):format(cmd, timespath))
  local wall = now() - t0
  local tf = io.open(timespath)
  local times = tf and tf:read("a") or ""
  if tf then tf:close() end
  os.remove(timespath)
  -- the second line holds the children's user and system time: 0m1.234s 0m0.056s
  local cpu = 0
  local line = select(2, times:match("([^\n]*)\n([^\n]*)")) or ""
  for m, sec in line:gmatch("(%d+)m([%d.]+)s") do cpu = cpu + tonumber(m) * 60 + tonumber(sec) end
  return ok, wall, cpu
end

local cmd = ("DUIXIAN_BUILD=%s %s/bin/duixian extract --format jsonl --published 2022-02-24 --region 聊城市 %s >/dev/null 2>%s")
  :format(build, root, path, errpath)
local ok, dt, cpu = timed(cmd)
local err = io.open(errpath):read("a")
-- the reference: grep reading the same file in the same run, so a rate can
-- be compared across machines and loads as a ratio
local _, grep_wall, grep_cpu = timed(("grep -c 万 %s >/dev/null"):format(path))
os.remove(path)
os.remove(errpath)
if not ok then
  io.stderr:write("bench: extract failed:\n", err)
  os.exit(1)
end
print(("extract --format jsonl: %.1f MB/s wall, %.1f MB/s CPU  (%.2f s wall, %.2f s CPU for %.1f MB)  [target 35]")
  :format(mb / dt, mb / math.max(cpu, 1e-3), dt, cpu, mb))
print(("  reference, grep -c 万 on the same file: %.0f MB/s wall, %.0f MB/s CPU; extract is %.4f of it (wall), %.4f (CPU)")
  :format(mb / grep_wall, mb / math.max(grep_cpu, 1e-3), grep_wall / dt, math.max(grep_cpu, 1e-3) / math.max(cpu, 1e-3)))

-- Linearity: the time for twice the input, over the time for the input
-- (a complexity check, so it lives here and not among the specs, where a
-- busy machine would make it flaky). About 2 is linear; 4 would be quadratic.
for _, shape in ipairs({ { "document", 16 }, { "line", 4 } }) do
  local p = assert(io.popen(("DUIXIAN_BUILD=%s %s %s/spec/support/big_input.lua %s %d ratio 2>&1"):format(
    build, arg[-1] or "lua5.4", root, shape[1], shape[2])))
  local out = p:read("a")
  p:close()
  local ratio = tonumber(out:match("ratio=([%d.]+)"))
  print(("linearity, a %d MB %s then twice it: time ratio %s  [linear ~2, quadratic 4]"):format(
    shape[2], shape[1], ratio and ("%.2f"):format(ratio) or "?"))
end
