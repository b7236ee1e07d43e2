-- make bench-formats: the seeds as governments publish them. Each seed
-- .txt (from ../shared/seeds, or the files given) is made into
--   html  a portal page: navigation, scripts, inline CSS (width:100%), a
--         footer with figures, the article in <p> paragraphs (blank lines
--         of the text), their lines broken with <br>;
--   trad  the text in traditional characters (opencc -c s2t);
--   docx  soffice --headless --convert-to docx;
--   pdf   printed by headless Chromium (--print-to-pdf);
-- then scanned, and its mentions compared with the .txt's on value, unit,
-- kind and period (bar: at least 0.97 of the .txt's, none from outside
-- the article). Also MB/s of each reader (bytes of the file per second of
-- reading it to text, with the t2s conversion for trad; best of three),
-- and the memory a 300-page PDF takes to read (peak RSS before and after).
-- Tools missing are named and skipped.
--   [KEEP=1] lua5.4 bench/formats.lua [FILE.txt ...]   (KEEP: leave the variants)
local root = arg[0]:match("^(.-)/?bench/formats%.lua$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local duixian = require "duixian"
local readers = require "duixian.readers"
local meta = require "duixian.meta"
local traditional = require "duixian.traditional"

local shared = os.getenv("DUIXIAN_SHARED") or (root .. "/../shared")
local seeds = {}
for _, a in ipairs(arg) do seeds[#seeds + 1] = a end
local manifest = meta.read_manifest(shared .. "/seeds/manifest.tsv")
if #seeds == 0 then
  local p = io.popen("ls " .. shared .. "/seeds/*.txt 2>/dev/null")
  for line in p:lines() do seeds[#seeds + 1] = line end
  p:close()
end
if #seeds == 0 then
  io.stderr:write("bench/formats: no seeds (", shared, "/seeds) and no FILE given\n")
  os.exit(2)
end

local function sh(cmd) return os.execute(cmd .. " >/dev/null 2>&1") end
local function have(tool) return sh("command -v " .. tool) end
local function slurp(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end
local function spit(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end
local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local CHROMIUM = os.getenv("CHROMIUM") or "chromium"
local tmp = os.tmpname()
os.remove(tmp)
assert(sh("mkdir -p " .. q(tmp)))

local function esc(s) return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;")) end

--- A portal page around the text: everything outside <div class=content>
-- holds numbers a naive reader would take for mentions.
local function portal(text)
  local paras, lines = {}, {}
  for line in (text .. "\n\n"):gmatch("(.-)\r?\n") do
    if line:find("%S") then
      lines[#lines + 1] = esc(line)
    elseif #lines > 0 then
      paras[#paras + 1] = "<p>" .. table.concat(lines, "<br>\n") .. "</p>"
      lines = {}
    end
  end
  return table.concat({
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府工作报告_市人民政府门户网站</title>',
    '<style>.main{width:100%;margin:0 auto} .nav li{float:left;width:12.5%} body{font-size:16px}</style>',
    '<script>var share = {rate: "增长8%", width: "100%"}; document.write("<p>访问量增长20%</p>");</script>',
    '</head><body><div class="header"><div class="top">欢迎访问 2024年访问量突破100万人次</div>',
    '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li>',
    '<li><a href="/bs">办事服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>',
    '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>',
    '<div class="main"><div class="sidebar"><h3>热点</h3><ul><li><a href="/1">全市完成投资增长10%</a></li>',
    '<li><a href="/2">新增就业2万人</a></li></ul></div>',
    '<div class="content" style="width:100%;font-size:16px">', table.concat(paras, "\n"), '</div></div>',
    '<div class="footer">版权所有 2024 市人民政府办公室 网站标识码1234000001 ICP备12345678号 访问量增长15%</div>',
    '</body></html>' })
end

local function make_variants(seed, base)
  local text = slurp(seed)
  local out = { txt = seed }
  out.html = base .. ".html"
  spit(out.html, portal(text))
  if have("opencc") and sh(("opencc -c s2t -i %s -o %s"):format(q(seed), q(base .. ".trad.txt"))) then
    out.trad = base .. ".trad.txt"
  end
  local dir = base:match("^(.*)/")
  if have("soffice") then
    local copy = base .. ".txt"
    spit(copy, text)
    if sh(("cd %s && HOME=%s soffice --headless --infilter=Text:UTF8 --convert-to docx %s"):format(q(dir), q(dir), q(copy))) then
      out.docx = base .. ".docx"
    end
  end
  if have(CHROMIUM) then
    local copy = base .. ".page.txt"
    spit(copy, text)
    if sh(("%s --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=%s file://%s"):format(
        CHROMIUM, q(base .. ".pdf"), q(copy))) and slurp(base .. ".pdf") then
      out.pdf = base .. ".pdf"
    end
  end
  return out
end

local function mentions_of(path, given)
  local text, info = duixian.read(path)
  if not text then return nil, info end
  local ms = assert(duixian.scan(text, given))
  return ms, text
end

local function key(m)
  return table.concat({ tostring(m.value), tostring(m.unit), tostring(m.kind), tostring(m.period) }, "|")
end

local function compare(ref, got)
  local want = {}
  for _, m in ipairs(ref) do want[key(m)] = (want[key(m)] or 0) + 1 end
  local same, extra = 0, 0
  for _, m in ipairs(got) do
    local k = key(m)
    if (want[k] or 0) > 0 then
      want[k] = want[k] - 1
      same = same + 1
    else
      extra = extra + 1
    end
  end
  return same, extra
end

local FORMATS = { "html", "trad", "docx", "pdf" }
local totals, bytes, seconds = {}, {}, {}
for _, f in ipairs(FORMATS) do totals[f] = { same = 0, ref = 0, extra = 0, docs = 0 } end
local skipped = {}
for n, seed in ipairs(seeds) do
  local row = manifest and meta.lookup(manifest, seed) or {}
  local given = { file = seed, region = row.region, published = row.published, kind = row.kind }
  local variants = make_variants(seed, ("%s/%d"):format(tmp, n))
  local ref = assert(mentions_of(seed, given))
  for _, f in ipairs(FORMATS) do
    local path = variants[f]
    if not path then
      skipped[f] = true
    else
      local got, why = mentions_of(path, given)
      if not got then
        print(("%s %s: %s"):format(f, seed, why))
        got = {}
      end
      local same, extra = compare(ref, got)
      local t = totals[f]
      t.same, t.ref, t.extra, t.docs = t.same + same, t.ref + #ref, t.extra + extra, t.docs + 1
      local best = math.huge
      local data = slurp(path)
      for _ = 1, 3 do
        local c = os.clock()
        local text = assert(readers.read_bytes(data, path))
        if f == "trad" then assert(traditional.simplify(text)) end
        best = math.min(best, os.clock() - c)
      end
      bytes[f] = (bytes[f] or 0) + #data
      seconds[f] = (seconds[f] or 0) + best
    end
  end
end
for _, f in ipairs(FORMATS) do
  local t = totals[f]
  if t.docs > 0 then
    print(("%-4s %d docs: %d of %d mentions of the .txt (%.3f; bar 0.97), %d others; reader %.1f MB/s"):format(
      f, t.docs, t.same, t.ref, t.same / math.max(t.ref, 1), t.extra, bytes[f] / 1e6 / math.max(seconds[f], 1e-9)))
  elseif skipped[f] then
    print(("%-4s skipped: the tool that makes it (opencc, soffice or %s) is not installed"):format(f, CHROMIUM))
  end
end
-- A 300-page PDF: read in bounded memory, page by page.
local function peak_kb()
  local status = slurp("/proc/self/status") or ""
  return tonumber(status:match("VmHWM:%s*(%d+)")) or 0
end
if readers.available("pdf") then
  local D = dofile(root .. "/spec/support/documents.lua")
  local pages = {}
  for p = 1, 300 do
    local lines = { { y = 30, "云水市政府工作报告" }, { y = 800, ("- %d -"):format(p) } }
    for l = 1, 30 do
      lines[#lines + 1] = { y = 60 + l * 22, ("第%d页第%d行：全市生产总值增长5%%左右，城镇新增就业3万人以上。"):format(p, l) }
    end
    pages[p] = lines
  end
  local pdf = D.pdf(pages)
  collectgarbage()
  local before = peak_kb()
  local c = os.clock()
  local text, info = assert(readers.read_bytes(pdf, "300-pages.pdf"))
  local took = os.clock() - c
  print(("pdf  300 pages (%.1f MB): %d pages read in %.2f s (%.1f MB/s), text %.1f MB, peak RSS %d MB -> %d MB"):format(
    #pdf / 1e6, info.pages, took, #pdf / 1e6 / took, #text / 1e6, before // 1024, peak_kb() // 1024))
end

if os.getenv("KEEP") then print("variants kept in " .. tmp) else sh("rm -rf " .. q(tmp)) end
