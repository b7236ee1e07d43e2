-- Runs the specs with busted under the running Lua (5.4), then prints a
-- plain "N passed, N failed" line. Usage: lua5.4 spec/run.lua BUSTED [ARGS]
-- DUIXIAN_BUILD picks the build folder (build, build-asan). --ignore-lua
-- keeps busted from re-running itself under the `lua` that .busted names
-- for plain `busted` (lua5.4): this runner already is lua5.4.
local busted = arg[1] or "/usr/bin/busted"
local extra = {}
for i = 2, #arg do extra[#extra + 1] = ("%q"):format(arg[i]) end
local build = os.getenv("DUIXIAN_BUILD") or "build"
local lua = arg[-1] or "lua5.4"
local cmd = ("%s %s --ignore-lua --lpath='lua/?.lua;lua/?/init.lua' --cpath='%s/?.so' --helper=spec/helper.lua %s spec 2>&1"):format(
  lua, busted, build, table.concat(extra, " "))
local pipe = assert(io.popen(cmd, "r"))
local passed, failed
for line in pipe:lines() do
  print(line)
  local s, f, e = line:match("(%d+) successes? / (%d+) failures? / (%d+) errors?")
  if s then passed, failed = tonumber(s), tonumber(f) + tonumber(e) end
end
local ok = pipe:close()
if not passed then
  print("0 passed, 1 failed  (busted did not report a summary)")
  os.exit(1)
end
print(("%d passed, %d failed"):format(passed, failed))
os.exit((ok and failed == 0) and 0 or 1)
