-- The yardstick of make bench: grep -c 万 reading the same bytes in the same
-- run, so every rate can be given as a ratio to it and compared across
-- machines and loads (issue 14's bars are such ratios). Also the timer of
-- whole commands both bench scripts use.
--   local ref = dofile(root .. "/bench/reference.lua")
local M = {}

local function now()
  local p = assert(io.popen("date +%s.%N"))
  local t = tonumber(p:read("l"))
  p:close()
  return t
end

--- Run a shell command; returns ok, wall seconds, CPU seconds (user +
-- system of the command, from the shell's `times`, which a machine busy
-- with other work inflates less than the wall clock).
function M.timed(cmd)
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

--- The rate of grep -c 万 over the file at path, in MB/s: the median wall
-- time of `runs` (default 5). Wall, not CPU: grep's 30 ms are a few clock
-- ticks of `times`, while its wall time on a cached file is its CPU time
-- (perf stat agrees within 5 %). Its output goes to a file: GNU grep
-- writing to /dev/null stops at the first match, and would time nothing.
function M.grep(path, runs)
  local f = assert(io.open(path, "rb"))
  local mb = f:seek("end") / 1e6
  f:close()
  local out = os.tmpname()
  local walls = {}
  for i = 1, runs or 5 do
    local ok, wall = M.timed(("grep -c 万 '%s' >%s"):format(path, out))
    assert(ok, "bench: grep -c 万 failed")
    walls[i] = wall
  end
  os.remove(out)
  table.sort(walls)
  return mb / walls[(#walls + 1) // 2]
end

--- "0.123 of grep", the ratio of rate to the reference rate.
function M.ratio(rate, reference)
  return ("%.3f of grep"):format(rate / reference)
end

return M
