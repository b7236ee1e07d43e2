-- Time of the audit over ../shared/corpus/national-dev: scanning the files
-- and judging their targets, best of five runs.
--   lua5.4 bench/audit.lua [SHARED_DIR]
local root = arg[0]:match("^(.-)/?bench/audit%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local meta = require "duixian.meta"
local audit = require "duixian.audit"
local cli_audit = require "duixian.cli.audit"

local dir = (arg[1] or (root .. "/../shared")) .. "/corpus/national-dev/"
local manifest, err = meta.read_manifest(dir .. "manifest.tsv")
if not manifest then
  io.stderr:write("bench/audit: ", err, "\n")
  os.exit(2)
end
local paths = {}
for y = 2000, 2012 do paths[#paths + 1] = dir .. "national-" .. y .. ".txt" end

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
