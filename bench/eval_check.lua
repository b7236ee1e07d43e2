-- make eval-check: are the figures of `make eval` those of the reference
-- scorers? The predictions eval made in process are written as JSON lines,
-- checked to be byte for byte what bin/duixian writes for the same files,
-- and scored by ../shared/gold/score_extract.py and score_pairs.py; every
-- figure must equal eval's (both rounded to 4 places, as the scorers print).
-- Loaded by bench/eval.lua --check.
local json_decode = require "duixian.json_decode"

local M = {}

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function sh(cmd)
  local p = assert(io.popen(cmd, "r"))
  local out = p:read("a")
  local ok = p:close()
  return ok and out or nil, out
end

-- national-dev.tsv with the columns score_pairs.py needs.
local function national_gold(src, dest)
  local out, year_col = {}, nil
  for line in io.lines(src) do
    line = line:gsub("\r$", "")
    if not year_col then
      local i = 0
      for name in (line .. "\t"):gmatch("([^\t]*)\t") do
        i = i + 1
        if name == "target_year" then year_col = i end
      end
      out[#out + 1] = line .. "\ttarget_doc\toutcome_doc\tregion"
    elseif line ~= "" then
      local cells = {}
      for c in (line .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = c end
      local y = assert(tonumber(cells[year_col]), "national-dev.tsv: a target_year is not a year")
      out[#out + 1] = ("%s\tnational-%d.txt\tnational-%d.txt\t"):format(line, y, y + 1)
    end
  end
  write(dest, table.concat(out, "\n") .. "\n")
end

local function close4(lua_value, py_value)
  return type(py_value) == "number" and math.abs(tonumber(("%.4f"):format(lua_value)) - py_value) < 5e-9
end

-- {name, lua value, python value, equal} for every figure the scorer prints.
local function compare_extract(s, py)
  local out = {}
  for _, k in ipairs({ "gold", "predicted", "matched" }) do
    out[#out + 1] = { k, s[k], py[k], s[k] == py[k] }
  end
  for _, k in ipairs({ "precision", "recall", "f1", "cmp", "kind", "period", "estimate", "subject", "region",
    "full_precision", "full_recall" }) do
    out[#out + 1] = { k, ("%.4f"):format(s[k]), py[k], close4(s[k], py[k]) }
  end
  return out
end

local function compare_pairs(s, py)
  local out = {
    { "pairs", s.pairs, py.pairs, s.pairs == py.pairs },
    { "answered", s.answered, py.answered, s.answered == py.answered },
    { "verdict_accuracy", ("%.4f"):format(s.verdict_accuracy), py.verdict_accuracy,
      close4(s.verdict_accuracy, py.verdict_accuracy) },
    { "evidence_accuracy", ("%.4f"):format(s.evidence_accuracy), py.evidence_accuracy,
      close4(s.evidence_accuracy, py.evidence_accuracy) },
  }
  for _, by in ipairs({ "by_region", "by_gold_verdict" }) do
    for k, c in pairs(s[by]) do
      local p = (py[by] or {})[k] or {}
      out[#out + 1] = { by .. " " .. k .. " verdict", ("%.4f"):format(c.verdict / c.pairs), p.verdict_accuracy,
        close4(c.verdict / c.pairs, p.verdict_accuracy) and p.pairs == c.pairs }
      if c.evidence then
        out[#out + 1] = { by .. " " .. k .. " evidence", ("%.4f"):format(c.evidence / c.pairs), p.evidence_accuracy,
          close4(c.evidence / c.pairs, p.evidence_accuracy) }
      end
    end
  end
  return out
end

--- args: { root, shared, golds, scores }. Returns the exit status: 0 all
-- equal, 1 a difference, 2 python3 missing.
function M.run(args)
  if not sh("command -v python3 >/dev/null 2>&1 && echo yes") then
    io.stderr:write("eval --check: python3 is not installed: the reference scorers cannot run; nothing was checked\n")
    return 2
  end
  local tmp = assert(sh("mktemp -d")):gsub("%s+$", "")
  local duixian_bin = args.root .. "/bin/duixian"
  local status = 0
  print()
  for _, g in ipairs(args.golds) do
    local s = args.scores[g.name]
    local mine, cli = tmp .. "/" .. g.name .. ".jsonl", tmp .. "/" .. g.name .. ".cli.jsonl"
    local files = {}
    for i, p in ipairs(s.paths) do files[i] = q(p) end
    local gold_path = args.shared .. "/gold/" .. g.file
    local docdir = args.shared .. "/" .. g.dir
    local scorer, tool
    if g.form == "extract" then
      local json_line = require("duixian.cli.extract").json_line
      local lines = {}
      for i, m in ipairs(s.predictions) do lines[i] = json_line(m) end
      write(mine, table.concat(lines))
      tool = ("%s extract --manifest %s --format jsonl %s > %s 2>/dev/null"):format(q(duixian_bin),
        q(s.manifest_path), table.concat(files, " "), q(cli))
      scorer = "score_extract.py"
    else
      write(mine, require("duixian.report").render(s.result, "jsonl"))
      tool = ("%s audit --manifest %s --format jsonl -o %s %s 2>/dev/null"):format(q(duixian_bin),
        q(s.manifest_path), q(cli), table.concat(files, " "))
      scorer = "score_pairs.py"
      if g.name == "national-dev" then
        gold_path = tmp .. "/national-dev.tsv"
        national_gold(args.shared .. "/gold/" .. g.file, gold_path)
      end
    end
    os.execute(tool)
    local same_bytes = read(cli) ~= nil and read(cli) == read(mine)
    local out, msg = sh(("python3 %s %s %s %s --json 2>&1"):format(q(args.shared .. "/gold/" .. scorer),
      q(gold_path), q(docdir), q(mine)))
    local py = out and json_decode.decode(out)
    local rows = {}
    if not py then
      print(("%s: %s failed: %s"):format(g.file, scorer, tostring(msg)))
      status = 1
    else
      rows = g.form == "extract" and compare_extract(s, py) or compare_pairs(s, py)
    end
    local equal = 0
    for _, r in ipairs(rows) do
      if r[4] then equal = equal + 1
      else
        print(("  DIFFERS %s %s: eval %s, %s %s"):format(g.file, r[1], tostring(r[2]), scorer, tostring(r[3])))
        status = 1
      end
    end
    print(("%s: %d of %d figures equal to %s; predictions %s `duixian %s --format jsonl`"):format(g.file, equal,
      #rows, scorer, same_bytes and "byte for byte those of" or "DIFFER from those of",
      g.form == "extract" and "extract" or "audit"))
    if not same_bytes then status = 1 end
  end
  os.execute("rm -rf " .. q(tmp))
  print(status == 0 and "eval --check: every figure equals the reference scorers'" or
    "eval --check: DIFFERENCES (above)")
  return status
end

return M
