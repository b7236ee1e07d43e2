-- make eval: score extraction against ../shared/gold.
--   lua5.4 bench/eval.lua [-v] [SHARED_DIR]
-- Prints precision, recall and agreement rates; -v lists misses, false
-- positives and disagreements.
local root = arg[0]:match("^(.-)/?bench/eval%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local verbose = false
local shared = root .. "/../shared"
for _, a in ipairs(arg) do
  if a == "-v" then verbose = true else shared = a end
end
local gold = require "duixian.gold"

local f = io.open(shared .. "/gold/seeds.tsv")
if not f then
  io.stderr:write("eval: ", shared, "/gold/seeds.tsv not found; the gold data lives in ../shared beside the checkout\n")
  os.exit(2)
end
f:close()

local r = gold.score_seeds(shared .. "/gold/seeds.tsv", shared .. "/seeds")
print(("seeds: gold %d, predicted %d, matched %d"):format(r.gold, r.predicted, r.matched))
print(("  precision %.3f  recall %.3f  (bar 0.92 each)"):format(r.precision, r.recall))
print(("  on %d matched pairs: cmp %.3f (bar 0.95)  kind %.3f  period %.3f (bar 0.90)  estimate %.3f"):format(
  r.pairs or 0, r.cmp_rate, r.kind_rate, r.period_rate, r.estimate_rate))
if verbose then
  print("-- missed gold rows")
  for _, g in ipairs(r.missed) do
    print(("  MISS %s %s %s %s %s %s | %s %s"):format(g.doc:sub(1, 3), g.kind, g.period, g.raw, g.value,
      g.unit, g.context, g.missing or ""))
  end
  print("-- target/outcome mentions not in gold")
  for _, m in ipairs(r.extra) do
    print(("  EXTRA %s %s %s %s %s %s | %s"):format(m.doc:sub(1, 3), m.kind, m.period, m.raw, m.value, m.unit,
      m.context.norm:sub(math.max(1, m.pos - 30), m.pos + 20)))
  end
  print("-- disagreements (mention vs gold)")
  for _, d in ipairs(r.disagree) do
    print(("  DIFF %s %s/%s %s/%s %s/%s %s | %s"):format(d.g.doc:sub(1, 3), d.m.kind, d.g.kind, d.m.period, d.g.period,
      d.m.cmp, d.g.cmp, d.g.raw, d.g.context))
  end
end

local found, total, failures = gold.score_national(shared .. "/gold/national-dev.tsv", shared .. "/corpus/national-dev")
print(("national-dev: %d of %d targets and outcomes found with value, unit and kind"):format(found, total))
for _, s in ipairs(failures) do print("  NOT FOUND " .. s) end
