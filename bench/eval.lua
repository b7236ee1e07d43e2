-- make eval: the project scored against every gold file of ../shared/gold,
-- with the figures of its reference scorers (score_extract.py,
-- score_pairs.py; ported in lua/duixian/gold.lua) and the bars of issue 9.
--
--   lua5.4 bench/eval.lua [-v] [--only NAME[,NAME]] [--check] [--shared DIR]
--
--   -v          after the table, list per gold file what is wrong: missed
--               gold rows, extra predictions and kind/period/region
--               disagreements (extraction); WRONG verdicts with the outcome
--               chosen, and wrong evidence (pairs)
--   --only      seeds, provinces-extract, national-dev, provinces
--   --check     also write the predictions as JSON lines, check they are
--               byte for byte what bin/duixian writes, run the python
--               scorers on them and check they give the same figures
--   --shared    the shared materials (default ../shared beside the checkout)
--
-- Exit status: 0 measured (bars met or not: the table says); 1 --check
-- found a difference; 2 ../shared (or, for --check, python3) is missing;
-- 64 usage error.
local root = arg[0]:match("^(.-)/?bench/eval%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local gold = require "duixian.gold"
local tabulate = require "duixian.tabulate"

-- The gold files, what they measure and the bars of issue 9.
local GOLDS = {
  { name = "seeds", file = "seeds.tsv", form = "extract", dir = "seeds",
    bars = { precision = 0.95, recall = 0.97, region = 0.97 } },
  { name = "provinces-extract", file = "provinces-extract.tsv", form = "extract", dir = "corpus/provinces",
    bars = { precision = 0.95, recall = 0.95, kind = 0.95, period = 0.95, region = 0.97 } },
  { name = "national-dev", file = "national-dev.tsv", form = "pairs", dir = "corpus/national-dev",
    bars = { verdict = 1, evidence = 1 } },
  { name = "provinces", file = "provinces.tsv", form = "pairs", dir = "corpus/provinces",
    bars = { verdict = 0.95, evidence = 0.95 } },
}

local USAGE = "usage: lua5.4 bench/eval.lua [-v] [--only NAME[,NAME]] [--check] [--shared DIR]\n"

local function usage_error(msg)
  io.stderr:write("eval: ", msg, "\n", USAGE)
  os.exit(64)
end

local verbose, check, only = false, false, nil
local shared = root .. "/../shared"
do
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "-v" then verbose = true
    elseif a == "--check" then check = true
    elseif a == "--only" or a == "--shared" then
      i = i + 1
      if not arg[i] or arg[i] == "" then usage_error(a .. " needs a value") end
      if a == "--only" then only = arg[i] else shared = arg[i] end
    elseif a == "-h" or a == "--help" then
      io.stdout:write(USAGE)
      os.exit(0)
    elseif a:sub(1, 1) == "-" then usage_error("unknown option " .. a)
    else shared = a end -- the old positional SHARED_DIR
    i = i + 1
  end
end

local selected = {}
if only then
  local names = {}
  for name in only:gmatch("[^,%s]+") do names[name:gsub("%.tsv$", "")] = true end
  for _, g in ipairs(GOLDS) do
    if names[g.name] then
      selected[#selected + 1] = g
      names[g.name] = nil
    end
  end
  local unknown = next(names)
  if unknown then
    local known = {}
    for i, g in ipairs(GOLDS) do known[i] = g.name end
    usage_error(("--only: no gold file '%s' (%s)"):format(unknown, table.concat(known, ", ")))
  end
else
  selected = GOLDS
end

local readme = io.open(shared .. "/gold/README.md")
if readme then readme:close() else
  io.stderr:write(("eval: %s/gold is not here: the gold data lives in ../shared beside the checkout " ..
    "(or give --shared DIR); nothing was measured\n"):format(shared))
  os.exit(2)
end

local function fail(msg)
  io.stderr:write("eval: ", msg, "\n")
  os.exit(2)
end

-- Texts as the scorers read them, cached per directory.
local function texts(dir, missing_ok)
  local cache = {}
  return function(name)
    if cache[name] == nil then
      local t, msg = gold.read_text(dir .. "/" .. name)
      if not t then
        if not missing_ok then fail(msg) end
        t = ""
      end
      cache[name] = t
    end
    return cache[name]
  end
end

-- The document set of a directory: its manifest's files, sorted as a
-- shell glob sorts them.
local function document_set(dir)
  local rows = assert(gold.read_tsv(dir .. "/manifest.tsv"))
  local files = {}
  for _, row in ipairs(rows) do files[#files + 1] = row.file end
  table.sort(files)
  return files
end

local function paths_in(dir, files)
  local out = {}
  for i, f in ipairs(files) do out[i] = dir .. "/" .. f end
  return out
end

--- Predict and score one gold file. Returns the score, with .paths (the
-- documents given to the tool), .manifest_path and, for pairs, .result.
local function measure(g)
  local dir = shared .. "/" .. g.dir
  local rows, msg = gold.read_tsv(shared .. "/gold/" .. g.file)
  if not rows then fail(msg) end
  local manifest_path = dir .. "/manifest.tsv"
  local manifest = assert(require("duixian.meta").read_manifest(manifest_path))
  local score, paths
  if g.form == "extract" then
    paths = paths_in(dir, gold.docs_of(rows))
    local preds, err = gold.extract_predictions(paths, manifest)
    if not preds then fail(err) end
    score = gold.score_extract(rows, texts(dir), preds)
    score.predictions = preds
  else
    if g.name == "national-dev" then gold.national_pairs(rows) end
    paths = paths_in(dir, document_set(dir))
    local result, err = gold.audit(paths, manifest)
    if not result then fail(err) end
    score = gold.score_pairs(rows, texts(dir, true), gold.verdict_records(result))
    score.result = result
  end
  score.gold_rows, score.paths, score.manifest_path, score.docs = rows, paths, manifest_path, #paths
  return score
end

local function fmt(x) return ("%.4f"):format(x) end

-- The table's rows for one gold file: {figure, value, count}.
local function figures(g, s)
  if g.form == "extract" then
    local out = {
      { "precision", s.precision, ("%d/%d"):format(s.matched, s.predicted) },
      { "recall", s.recall, ("%d/%d"):format(s.matched, s.gold) },
      { "f1", s.f1, "" },
    }
    for _, field in ipairs(gold.AGREE_FIELDS) do
      out[#out + 1] = { field, s[field], ("%d/%d"):format(s.agree[field], s.matched) }
    end
    out[#out + 1] = { "full_precision", s.full_precision, ("%d/%d"):format(s.full, s.predicted) }
    out[#out + 1] = { "full_recall", s.full_recall, ("%d/%d"):format(s.full, s.gold) }
    return out
  end
  local out = {
    { "verdict", s.verdict_accuracy, ("%d/%d"):format(s.verdict_ok, s.pairs) },
    { "evidence", s.evidence_accuracy, ("%d/%d"):format(s.evidence_ok, s.pairs) },
    { "answered", s.pairs > 0 and s.answered / s.pairs or 0, ("%d/%d"):format(s.answered, s.pairs) },
  }
  for _, v in ipairs({ "met", "missed", "borderline", "not_reported" }) do
    local c = s.by_gold_verdict[v]
    if c then out[#out + 1] = { "verdict on " .. v, c.verdict / c.pairs, ("%d/%d"):format(c.verdict, c.pairs) } end
  end
  return out
end

local scores, table_rows = {}, {}
for _, g in ipairs(selected) do
  local s = measure(g)
  scores[g.name] = s
  local size = g.form == "extract" and ("%d rows, %d docs"):format(s.gold, s.docs)
    or ("%d pairs, %d docs"):format(s.pairs, s.docs)
  for i, f in ipairs(figures(g, s)) do
    local bar, mark = g.bars[f[1]], ""
    local shown = fmt(f[2])
    if bar then mark = tonumber(shown) >= bar and "ok" or "BELOW" end
    table_rows[#table_rows + 1] = { i == 1 and g.file or i == 2 and size or "", f[1], shown, f[3],
      bar and (bar == 1 and "all" or ("≥ %.2f"):format(bar)) or "", mark }
  end
end
io.write(tabulate.render({ "gold", "figure", "value", "count", "bar", "" }, table_rows,
  { [3] = { align = "right" }, [4] = { align = "right" } }))

-- A window of n characters either side of needle in s, on one line.
local function around(s, needle, n)
  s = s or ""
  local at = needle and s:find(needle, 1, true)
  if not at then return (s:gsub("[\r\n\t]", " ")) end
  local lo, hi = at, at + #needle -- hi: the first byte after the window
  for _ = 1, n do
    if lo <= 1 then break end
    lo = utf8.offset(s, 0, lo - 1)
  end
  for _ = 1, n do
    if hi > #s then break end
    hi = utf8.offset(s, 2, hi) or #s + 1
  end
  return (s:sub(lo, hi - 1):gsub("[\r\n\t]", " "))
end

local function truthy(v) return v ~= nil and v ~= "" end

local function short(doc) return (gold.basename(doc) or "?"):gsub("%.txt$", "") end

local function list_extract(g, s)
  print(("\n== %s: %d missed, %d extra, %d matched with kind, period or region wrong"):format(
    g.file, #s.missed, #s.extra, (function()
      local n = 0
      for _, p in ipairs(s.pairs) do
        if not (gold.AGREE.kind(p.g, p.p) and gold.AGREE.period(p.g, p.p) and gold.AGREE.region(p.g, p.p)) then n = n + 1 end
      end
      return n
    end)()))
  for _, r in ipairs(s.missed) do
    print(("  MISS  %s %s %s %s | %s %s %s | %s"):format(short(r.doc), r.kind, r.period ~= "" and r.period or "-",
      r.region, r.raw, r.value, r.unit, r.context))
  end
  for _, p in ipairs(s.extra) do
    print(("  EXTRA %s %s %s %s | %s %s %s | %s"):format(short(p.doc), p.kind, p.period or "-", p.region or "-",
      p.raw, tostring(p.value), tostring(p.unit), around(p.sentence, p.raw, 15)))
  end
  for _, pair in ipairs(s.pairs) do
    local r, p, diffs = pair.g, pair.p, {}
    for _, field in ipairs({ "kind", "period", "region" }) do
      if not gold.AGREE[field](r, p) then
        diffs[#diffs + 1] = ("%s ours %s, gold %s"):format(field, tostring(p[field] or "-"), r[field] ~= "" and r[field] or "-")
      end
    end
    if #diffs > 0 then
      print(("  DIFF  %s %s | %s | %s"):format(short(r.doc), r.raw, table.concat(diffs, "; "), r.context))
    end
  end
end

local function list_pairs(g, s)
  local wrong, evid = 0, 0
  for _, row in ipairs(s.rows) do
    if not row.ok then wrong = wrong + 1 elseif not row.evidence then evid = evid + 1 end
  end
  print(("\n== %s: %d WRONG verdicts, %d right verdicts on wrong evidence"):format(g.file, wrong, evid))
  for _, row in ipairs(s.rows) do
    if not row.ok or not row.evidence then
      local r, p = row.g, row.hit
      local ours
      if not p then ours = "no verdict on the target"
      elseif truthy(p.outcome_doc) then
        ours = ("%s: %s %s (%s)"):format(p.status, short(p.outcome_doc), tostring(p.outcome_raw),
          around(p.outcome_sentence, p.outcome_raw, 12))
      else ours = p.status .. ": no outcome" end
      local want = r.verdict == "not_reported" and "not_reported: no outcome"
        or ("%s: %s (%s)"):format(r.verdict, r.outcome_raw, r.outcome_context)
      print(("  %s %s %s %s | gold %s | ours %s"):format(row.ok and "EVID " or "WRONG", short(r.target_doc),
        r.indicator, r.target_raw, want, ours))
    end
  end
end

if verbose then
  for _, g in ipairs(selected) do
    if g.form == "extract" then list_extract(g, scores[g.name]) else list_pairs(g, scores[g.name]) end
  end
end

if check then
  local status = dofile(root .. "/bench/eval_check.lua").run{ root = root, shared = shared, golds = selected, scores = scores }
  os.exit(status)
end
