-- The same reports in the line layouts users paste them in, audited and
-- extracted, with every verdict and every figure's kind, period, region and
-- subject compared against the original layout's.
--
--   lua5.4 bench/layout.lua [-v] [--layouts L[,L]] [--corpora C[,C]] [--out DIR] [--shared DIR]
--
-- The layouts (each a variant of every document, written under --out):
--   blob       one line, no break at all (a web page copied whole)
--   wrap       hard-wrapped every 30 to 40 characters in mid-sentence, no
--              blank line (PDF text extraction)
--   furniture  the original lines with a page number (— 3 —, -3-) and a
--              running header between two pages, mid-sentence
--   pdf        wrap and furniture together
--   sentences  each sentence on its own line
--   spaced     a blank line after every line, each indented (full-width
--              spaces, tabs, no-break spaces)
-- The corpora: provinces, national-dev, seeds (of ../shared).
--
-- Offsets are compared through the map each variant keeps of where its
-- bytes came from: a figure of the variant is the original's figure that
-- starts at the same original byte; a figure on inserted furniture is
-- counted apart. Exit status: 0 measured; 2 ../shared or bin/duixian failed;
-- 64 usage error.
local root = arg[0]:match("^(.-)/?bench/layout%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local json_decode = require "duixian.json_decode"
local gold = require "duixian.gold"

local LAYOUTS = { "blob", "wrap", "furniture", "pdf", "sentences", "spaced" }
local CORPORA = { provinces = "corpus/provinces", ["national-dev"] = "corpus/national-dev", seeds = "seeds" }
local CORPUS_ORDER = { "provinces", "national-dev", "seeds" }
local USAGE = "usage: lua5.4 bench/layout.lua [-v] [--layouts L[,L]] [--corpora C[,C]] [--out DIR] [--shared DIR]\n"

local function usage_error(msg)
  io.stderr:write("layout: ", msg, "\n", USAGE)
  os.exit(64)
end

local function fail(msg)
  io.stderr:write("layout: ", msg, "\n")
  os.exit(2)
end

local verbose, shared, out_dir = false, root .. "/../shared", "/tmp/duixian-layout"
local layouts, corpora = LAYOUTS, CORPUS_ORDER
local function list_of(s, known)
  local out = {}
  for name in s:gmatch("[^,%s]+") do
    local ok = false
    for _, k in ipairs(known) do ok = ok or k == name end
    if not ok then usage_error(("no '%s' (%s)"):format(name, table.concat(known, ", "))) end
    out[#out + 1] = name
  end
  return out
end
do
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "-v" then verbose = true
    elseif a == "-h" or a == "--help" then
      io.stdout:write(USAGE)
      os.exit(0)
    elseif a == "--layouts" or a == "--corpora" or a == "--out" or a == "--shared" then
      i = i + 1
      if not arg[i] or arg[i] == "" then usage_error(a .. " needs a value") end
      if a == "--layouts" then layouts = list_of(arg[i], LAYOUTS)
      elseif a == "--corpora" then corpora = list_of(arg[i], CORPUS_ORDER)
      elseif a == "--out" then out_dir = arg[i]
      else shared = arg[i] end
    else usage_error("unknown argument " .. a) end
    i = i + 1
  end
end

-- ---- a variant and the map of where its bytes came from ------------------

-- A text being written: its pieces, and for each run of bytes copied from
-- the original the original offset it starts at (inserted bytes map to none).
local function new_writer()
  return { parts = {}, len = 0, runs = {} }
end

local function copy(w, s, orig_start)
  if #s == 0 then return end
  w.parts[#w.parts + 1] = s
  w.runs[#w.runs + 1] = { w.len + 1, w.len + #s, orig_start }
  w.len = w.len + #s
end

local function insert(w, s)
  w.parts[#w.parts + 1] = s
  w.len = w.len + #s
end

--- The original offset of byte v of the variant, or nil for inserted bytes.
local function original_of(runs, v)
  local lo, hi = 1, #runs
  while lo <= hi do
    local mid = (lo + hi) // 2
    local r = runs[mid]
    if v < r[1] then hi = mid - 1
    elseif v > r[2] then lo = mid + 1
    else return r[3] + (v - r[1]) end
  end
  return nil
end

-- The spaces a line is trimmed of (ASCII, U+3000, U+00A0).
local SPACE = "[ \t\r\f\v]"
local function trim_bounds(s, a, b)
  while a <= b do
    if s:find("^" .. SPACE, a) then a = a + 1
    elseif s:find("^\u{3000}", a) then a = a + 3
    elseif s:find("^\u{A0}", a) then a = a + 2
    else break end
  end
  while b >= a do
    if s:sub(b, b):find(SPACE) then b = b - 1
    elseif b - 2 >= a and s:sub(b - 2, b) == "\u{3000}" then b = b - 3
    elseif b - 1 >= a and s:sub(b - 1, b) == "\u{A0}" then b = b - 2
    else break end
  end
  return a, b
end

--- The original's non-blank lines: { start, stop } byte ranges, trimmed.
local function paragraphs(text)
  local out, pos = {}, 1
  while pos <= #text do
    local nl = text:find("\n", pos, true) or #text + 1
    local a, b = trim_bounds(text, pos, nl - 1)
    if a <= b then out[#out + 1] = { a, b } end
    pos = nl + 1
  end
  return out
end

-- A small deterministic generator per document (the same variant each run).
local function generator(name)
  local state = 5381
  for i = 1, #name do state = (state * 33 + name:byte(i)) % 2147483648 end
  return function(lo, hi)
    state = (state * 1103515245 + 12345) % 2147483648
    return lo + (state >> 8) % (hi - lo + 1)
  end
end

-- The character boundaries of text[a..b]: the byte offset each character starts at.
local function char_starts(text, a, b)
  local out = {}
  local i = a
  while i <= b do
    out[#out + 1] = i
    local c = text:byte(i)
    i = i + (c < 0x80 and 1 or c < 0xE0 and 2 or c < 0xF0 and 3 or 4)
  end
  return out
end

-- The sentence ends of text[a..b]: byte offsets just past 。！？ and any
-- closing quotes or brackets after them.
local ENDERS = { ["。"] = true, ["！"] = true, ["？"] = true }
local CLOSERS = { ["”"] = true, ["’"] = true, ["）"] = true, ["」"] = true, ["』"] = true }
local function sentence_ends(text, a, b)
  local ends, starts = {}, char_starts(text, a, b)
  local k = 1
  while k <= #starts do
    local i = starts[k]
    local ch = text:sub(i, (starts[k + 1] or b + 1) - 1)
    if ENDERS[ch] then
      k = k + 1
      while k <= #starts do
        local c2 = text:sub(starts[k], (starts[k + 1] or b + 1) - 1)
        if not (CLOSERS[c2] or ENDERS[c2]) then break end
        k = k + 1
      end
      ends[#ends + 1] = (starts[k] or b + 1)
    else
      k = k + 1
    end
  end
  return ends
end

-- The running header of a document's pages: its title line when short.
local function running_header(text, paras)
  local p = paras[1]
  if p then
    local first = text:sub(p[1], p[2])
    if utf8.len(first) and utf8.len(first) <= 30 and first:find("报告", 1, true) then return first end
  end
  return "政府工作报告"
end

local PAGE_STYLES = { "— %d —", "-%d-", "- %d -", "—%d—" }

local MAKERS = {}

function MAKERS.blob(text, paras)
  local w = new_writer()
  for _, p in ipairs(paras) do copy(w, text:sub(p[1], p[2]), p[1]) end
  return w
end

-- Lines of `width` characters, width drawn from 30 to 40 for each line.
local function wrapped_lines(text, paras, rnd)
  local lines = {}
  for _, p in ipairs(paras) do
    local starts = char_starts(text, p[1], p[2])
    local k = 1
    while k <= #starts do
      local width = rnd(30, 40)
      local last = math.min(k + width - 1, #starts)
      local stop = (starts[last + 1] or p[2] + 1) - 1
      lines[#lines + 1] = { starts[k], stop }
      k = last + 1
    end
  end
  return lines
end

local function write_lines(text, lines, w, page_every, header, style)
  for n, l in ipairs(lines) do
    copy(w, text:sub(l[1], l[2]), l[1])
    insert(w, "\n")
    if page_every and n % page_every == 0 and n < #lines then
      insert(w, style:format(n // page_every) .. "\n" .. header .. "\n")
    end
  end
  return w
end

function MAKERS.wrap(text, paras, rnd)
  return write_lines(text, wrapped_lines(text, paras, rnd), new_writer())
end

function MAKERS.pdf(text, paras, rnd, name)
  local style = PAGE_STYLES[#name % #PAGE_STYLES + 1]
  return write_lines(text, wrapped_lines(text, paras, rnd), new_writer(), 30, running_header(text, paras), style)
end

-- The original lines, a page break every 900 to 1300 characters, where it
-- falls (mid-sentence too): the page's number, then the next page's header.
function MAKERS.furniture(text, paras, rnd, name)
  local style = PAGE_STYLES[#name % #PAGE_STYLES + 1]
  local header = running_header(text, paras)
  local w, page, left = new_writer(), 1, rnd(900, 1300)
  for _, p in ipairs(paras) do
    local starts = char_starts(text, p[1], p[2])
    local k = 1
    while k <= #starts do
      local take = math.min(left, #starts - k + 1)
      local stop = (starts[k + take] or p[2] + 1) - 1
      copy(w, text:sub(starts[k], stop), starts[k])
      k, left = k + take, left - take
      if left == 0 then
        insert(w, "\n" .. style:format(page) .. "\n" .. header .. "\n")
        page, left = page + 1, rnd(900, 1300)
      end
    end
    insert(w, "\n")
  end
  return w
end

function MAKERS.sentences(text, paras)
  local w = new_writer()
  for _, p in ipairs(paras) do
    local from = p[1]
    for _, e in ipairs(sentence_ends(text, p[1], p[2])) do
      copy(w, text:sub(from, e - 1), from)
      insert(w, "\n")
      from = e
    end
    if from <= p[2] then
      copy(w, text:sub(from, p[2]), from)
      insert(w, "\n")
    end
  end
  return w
end

local INDENTS = { "\u{3000}\u{3000}", "\t", "    ", "\u{3000}", "\t\u{3000}", "\u{A0}\u{A0}", "" }
function MAKERS.spaced(text, paras, rnd)
  local w = new_writer()
  for _, p in ipairs(paras) do
    insert(w, INDENTS[rnd(1, #INDENTS)])
    copy(w, text:sub(p[1], p[2]), p[1])
    insert(w, (rnd(1, 3) == 1 and " \t" or "") .. "\n\n")
  end
  return w
end

-- ---- running the tool ----------------------------------------------------

-- The bytes of path, or, given bytes, path written with them.
local function file(path, bytes)
  local f = io.open(path, bytes and "wb" or "rb")
  if not f then fail("cannot open " .. path) end
  local s = bytes and f:write(bytes) or f:read("a")
  f:close()
  return s
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function run(cmd, out_path)
  local ok = os.execute(cmd .. " > " .. sh_quote(out_path) .. " 2>" .. sh_quote(out_path .. ".err"))
  if not ok then fail(("%s failed: see %s.err"):format(cmd, out_path)) end
  return out_path
end

local function json_lines(path)
  local rows = {}
  for line in io.lines(path) do
    if line ~= "" then rows[#rows + 1] = json_decode.decode(line) end
  end
  return rows
end

local function basename(p) return p and (p:match("([^/]+)$")) or "" end

--- Audit and extract the documents of dir; returns verdicts and figures.
local function measure(dir, files)
  local paths = {}
  for i, f in ipairs(files) do paths[i] = sh_quote(dir .. "/" .. f) end
  local manifest = sh_quote(dir .. "/manifest.tsv")
  local bin = sh_quote(root .. "/bin/duixian")
  local audit = run(("%s audit --manifest %s %s --format jsonl"):format(bin, manifest, table.concat(paths, " ")),
    dir .. "/audit.jsonl")
  local extract = run(("%s extract --manifest %s %s --format jsonl"):format(bin, manifest, table.concat(paths, " ")),
    dir .. "/extract.jsonl")
  return json_lines(audit), json_lines(extract)
end

-- A verdict's identity in original offsets: its target figure; and what it
-- says: region, period, indicator, status and the outcome it chose.
local function verdict_key(v, to_orig)
  local doc = basename(v.target_doc)
  return doc .. "|" .. tostring(v.target_start and to_orig(doc, v.target_start))
end

local function verdict_says(v, to_orig)
  local doc = basename(v.outcome_doc)
  return table.concat({ v.region or "", v.period or "", v.indicator or "", v.status or "", doc,
    tostring(v.outcome_start and to_orig(doc, v.outcome_start)) }, "|")
end

local FIGURE_FIELDS = { "kind", "period", "region", "subject" }

local function identity(_, v) return v end

-- The verdicts by target: key → { { says, row }, … } (a multiset).
local function by_target(rows, to_orig)
  local out = {}
  for _, v in ipairs(rows) do
    local k = verdict_key(v, to_orig)
    out[k] = out[k] or {}
    table.insert(out[k], { says = verdict_says(v, to_orig), row = v })
  end
  return out
end

local function compare(orig_audit, orig_extract, var_audit, var_extract, to_orig, report)
  local before, after = by_target(orig_audit, identity), by_target(var_audit, to_orig)
  local counts = { verdicts = #orig_audit, changed = 0, lost = 0, gained = 0 }
  local function describe(v)
    return ("%s %s %s %s %s"):format(basename(v.target_doc), v.target_raw or "", v.indicator or "", v.period or "",
      v.status or "")
  end
  local keys = {}
  for k in pairs(before) do keys[#keys + 1] = k end
  for k in pairs(after) do if not before[k] then keys[#keys + 1] = k end end
  table.sort(keys)
  for _, k in ipairs(keys) do
    local b, a = before[k] or {}, after[k] or {}
    -- pair equal sayings first, then the rest one for one
    local used = {}
    local rest_b = {}
    for _, x in ipairs(b) do
      local found
      for j, y in ipairs(a) do
        if not used[j] and y.says == x.says then found = j break end
      end
      if found then used[found] = true else rest_b[#rest_b + 1] = x end
    end
    local rest_a = {}
    for j, y in ipairs(a) do if not used[j] then rest_a[#rest_a + 1] = y end end
    for i = 1, math.max(#rest_b, #rest_a) do
      local x, y = rest_b[i], rest_a[i]
      if x and y then
        counts.changed = counts.changed + 1
        report(("changed  %s -> %s (%s)"):format(describe(x.row), y.row.status, y.says))
      elseif x then
        counts.lost = counts.lost + 1
        report("lost     " .. describe(x.row))
      else
        counts.gained = counts.gained + 1
        report("gained   " .. describe(y.row))
      end
    end
  end
  -- figures: by document and original start
  local figs = {}
  for _, m in ipairs(orig_extract) do figs[basename(m.doc) .. "|" .. m.start] = m end
  counts.figures, counts.figure_lost, counts.figure_gained, counts.furniture = #orig_extract, 0, 0, 0
  for _, f in ipairs(FIGURE_FIELDS) do counts[f] = 0 end
  local seen = {}
  for _, m in ipairs(var_extract) do
    local doc = basename(m.doc)
    local o = to_orig(doc, m.start)
    if not o then
      counts.furniture = counts.furniture + 1
      report(("furniture %s %s"):format(doc, m.raw))
    else
      local k = doc .. "|" .. o
      local was = figs[k]
      if not was then
        counts.figure_gained = counts.figure_gained + 1
        report(("fig+     %s %s (%s)"):format(doc, m.raw, m.sentence and m.sentence:sub(1, 90) or ""))
      else
        seen[k] = true
        for _, f in ipairs(FIGURE_FIELDS) do
          if (was[f] or "") ~= (m[f] or "") then
            counts[f] = counts[f] + 1
            report(("%-8s %s %s %s -> %s | %s"):format(f, doc, was.raw, tostring(was[f]), tostring(m[f]),
              (m.sentence or ""):sub(1, 120)))
          end
        end
      end
    end
  end
  for k, m in pairs(figs) do
    if not seen[k] then
      counts.figure_lost = counts.figure_lost + 1
      report(("fig-     %s %s (%s)"):format(basename(m.doc), m.raw, (m.sentence or ""):sub(1, 90)))
    end
  end
  return counts
end

local function prepare(layout, corpus)
  local src = shared .. "/" .. CORPORA[corpus]
  local rows, msg = gold.read_tsv(src .. "/manifest.tsv")
  if not rows then fail(msg) end
  local files = {}
  for _, row in ipairs(rows) do files[#files + 1] = row.file end
  table.sort(files)
  local dir = ("%s/%s/%s"):format(out_dir, layout, corpus)
  os.execute("mkdir -p " .. sh_quote(dir))
  file(dir .. "/manifest.tsv", file(src .. "/manifest.tsv"))
  local maps = {}
  for _, f in ipairs(files) do
    local text = file(src .. "/" .. f)
    if layout == "original" then
      file(dir .. "/" .. f, text)
    else
      local w = MAKERS[layout](text, paragraphs(text), generator(f), f)
      file(dir .. "/" .. f, table.concat(w.parts))
      maps[f] = w.runs
    end
  end
  return dir, files, maps
end

local readme = io.open(shared .. "/corpus/provinces/manifest.tsv")
if readme then readme:close() else fail(shared .. "/corpus is not here (give --shared DIR)") end

local totals = {}
local header = ("%-10s %-12s %8s %7s %5s %6s %8s %6s %6s %6s %7s %6s %6s %6s"):format("layout", "corpus",
  "verdicts", "changed", "lost", "gained", "figures", "kind", "period", "region", "subject", "fig-", "fig+",
  "furn.")
local lines = {}
for _, corpus in ipairs(corpora) do
  local dir, files = prepare("original", corpus)
  local orig_audit, orig_extract = measure(dir, files)
  for _, layout in ipairs(layouts) do
    local vdir, vfiles, maps = prepare(layout, corpus)
    local var_audit, var_extract = measure(vdir, vfiles)
    local function to_orig(doc, v) return maps[doc] and original_of(maps[doc], v) end
    local log = {}
    local c = compare(orig_audit, orig_extract, var_audit, var_extract, to_orig,
      function(s) log[#log + 1] = s end)
    file(vdir .. "/differences.txt", table.concat(log, "\n") .. "\n")
    if verbose then
      io.stderr:write(("-- %s %s\n"):format(layout, corpus), table.concat(log, "\n"), "\n")
    end
    lines[#lines + 1] = ("%-10s %-12s %8d %7d %5d %6d %8d %6d %6d %6d %7d %6d %6d %6d"):format(layout, corpus,
      c.verdicts, c.changed, c.lost, c.gained, c.figures, c.kind, c.period, c.region, c.subject, c.figure_lost,
      c.figure_gained, c.furniture)
    totals[layout] = totals[layout] or { verdicts = 0, changed = 0, lost = 0, gained = 0 }
    for k in pairs(totals[layout]) do totals[layout][k] = totals[layout][k] + c[k] end
    io.stderr:write(lines[#lines], "\n")
  end
end
print(header)
for _, l in ipairs(lines) do print(l) end
print()
print("layout      verdicts  differing (changed + lost + gained)")
for _, layout in ipairs(layouts) do
  local t = totals[layout]
  if t then
    print(("%-10s %9d  %d"):format(layout, t.verdicts, t.changed + t.lost + t.gained))
  end
end
print(("(variants and each one's differences.txt under %s)"):format(out_dir))
