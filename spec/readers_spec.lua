-- The readers: web pages, Word documents, PDFs and traditional characters,
-- each made here from a few short phrases (spec/support/documents.lua).
local duixian = require "duixian"
local readers = require "duixian.readers"
local D = dofile("spec/support/documents.lua")
local H = spec_helper

local function need(format)
  local ok, why = readers.available(format)
  if not ok then pending(("the %s reader is not built here: %s"):format(format, why)) end
  return ok
end

local PORTAL = [[<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府工作报告</title>
<style>.main{width:100%} .nav li{width:12.5%}</style>
<script>var stats = {growth: "增长8%"};</script></head>
<body><div class="header">访问量突破100万人次</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul>
<div class="main"><div class="sidebar"><ul><li><a href="/1">全市完成投资增长10%</a></li></ul></div>
<div class="content" style="width:100%">
<h1>云水市政府工作报告</h1>
<p>一、2023年工作回顾</p>
<p>全市生产总值增长5.8%，<br>城镇新增就业3.3万人。</p>
<h2>2024年主要目标</h2>
<p>全市生产总值增长5%左右。</p>
</div></div>
<div class="footer">版权所有 网站标识码1234000001 访问量增长15%</div>
</body></html>]]

describe("the web page reader", function()
  it("keeps the article and drops scripts, styles, menus, the sidebar and the footer", function()
    if not need("html") then return end
    local text, info = readers.read_bytes(PORTAL, "report.html")
    assert.are.equal("# 云水市政府工作报告\n\n一、2023年工作回顾\n\n全市生产总值增长5.8%，\n城镇新增就业3.3万人。\n\n" ..
      "## 2024年主要目标\n\n全市生产总值增长5%左右。", text)
    assert.are.equal("html", info.format)
  end)

  it("gives the mentions of the article only, none from CSS or the footer", function()
    if not need("html") then return end
    local text = assert(readers.read_bytes(PORTAL, "report.html"))
    local raws = {}
    for _, m in ipairs(assert(duixian.scan(text, { published = "2024-02-10", region = "云水市" }))) do
      raws[#raws + 1] = m.raw .. " " .. m.kind .. " " .. tostring(m.period)
    end
    assert.are.same({ "5.8% outcome 2023", "3.3万人 outcome 2023", "5%左右 target 2024" }, raws)
  end)

  -- 粮食产量增长2%。 in GB18030, in a page declaring charset
  local function gb_page(charset)
    return ('<html><head><meta charset="%s"></head><body><p>'):format(charset) ..
      "\193\184\202\179\178\250\193\191\212\246\179\1642%\161\163</p></body></html>"
  end

  it("reads a GB18030 page that declares its charset", function()
    if not need("html") then return end
    assert.are.equal("粮食产量增长2%。", (readers.read_bytes(gb_page("gb18030"), "gbk.html")))
  end)

  it("reads a page labelled UTF-8 that is GB18030, and a Big5 page in traditional characters", function()
    if not need("html") then return end
    assert.are.equal("粮食产量增长2%。", (readers.read_bytes(gb_page("utf-8"), "page.html")))
    -- 新增就業3.3萬人。 in Big5
    local big5 = '<html><head><meta charset="big5"></head><body><p>' ..
      "\183s\188W\180N\183~3.3\184U\164H\161C</p></body></html>"
    local text = readers.read_bytes(big5, "big5.html")
    assert.are.equal("新增就業3.3萬人。", text)
    local m = assert(duixian.scan(text, { published = "2024-02-10" }))[1]
    assert.are.same({ "3.3萬人", 33000, "person" }, { m.raw, m.value, m.unit })
  end)

  it("names a page with no article text and an .html file that is binary", function()
    if not need("html") then return end
    assert.are.same({ nil, "empty.html: a web page with no article text (only menus, scripts or markup)", 0 },
      { readers.read_bytes("<html><body><script>var a = '增长5%';</script><nav><a href='/'>首页</a></nav></body></html>",
        "empty.html") })
    assert.are.same({ nil, "page.html: an .html file with binary content, not a web page; download it again", 0 },
      { readers.read_bytes("\0\1\2\3<p>", "page.html") })
  end)
end)

describe("the Word reader", function()
  it("reads paragraphs in order, runs joined, heading styles as headings", function()
    if not need("docx") then return end
    local docx = D.docx({ { style = "Heading1", "一、2023年工作回顾" }, { "全市生产总值增长", "5.8%。" },
      { style = "Heading2", "重点工作" }, "城镇新增就业3.3万人。" })
    local text, info = readers.read_bytes(docx, "report.docx")
    assert.are.equal("一、2023年工作回顾\n\n全市生产总值增长5.8%。\n\n## 重点工作\n\n城镇新增就业3.3万人。", text)
    assert.are.equal("docx", info.format)
  end)

  it("names a zip that is not a Word document, and a .docx that is not a zip", function()
    if not need("docx") then return end
    assert.are.same({ nil, "photos.docx: cannot read the Word document: a zip archive but not a Word document " ..
      "(it has no word/document.xml); unpack it if it holds reports, or save the report from Word as .docx", 0 }, { readers.read_bytes(D.zip({ { "a.jpg", "not a picture" } }), "photos.docx") })
    assert.are.same({ nil, "cut.docx: not a Word .docx: it is not a zip archive (a truncated download, or another kind of file)", 0 },
      { readers.read_bytes("PK", "cut.docx") })
  end)

  it("says the zip is damaged when it is cut short", function()
    if not need("docx") then return end
    local docx = D.docx({ "全市生产总值增长5.8%。" })
    local text, why = readers.read_bytes(docx:sub(1, 200), "cut.docx")
    assert.is_nil(text)
    assert.truthy(why:find("^cut%.docx: cannot read the Word document: "))
  end)
end)

local HEAD = { y = 30, "云水市政府工作报告" }
local function report_pdf(opts)
  return D.pdf({
    { HEAD, { y = 100, "一、2023年工作回顾" }, { y = 130, "全市生产总值增长6%，" }, { y = 150, "城镇新增就业3万人。" },
      { y = 800, "- 1 -" } },
    { HEAD, { y = 100, "二、2024年工作安排" }, { y = 130, "全市生产总值增长5%左右。" }, { y = 800, "- 2 -" } },
  }, opts)
end

describe("the PDF reader", function()
  it("reads the text layer page by page, without the running header and the page numbers", function()
    if not need("pdf") then return end
    local text, info = readers.read_bytes(report_pdf(), "report.pdf")
    assert.are.equal("一、2023年工作回顾\n\n全市生产总值增长6%，\n城镇新增就业3万人。\n\f" ..
      "二、2024年工作安排\n\n全市生产总值增长5%左右。\n", text)
    assert.are.equal("pdf", info.format)
    assert.are.equal(2, info.pages)
  end)

  it("gives each mention its page", function()
    if not need("pdf") then return end
    local text = assert(readers.read_bytes(report_pdf(), "report.pdf"))
    local got = {}
    for _, m in ipairs(assert(duixian.scan(text, { published = "2024-02-10", region = "云水市" }))) do
      got[#got + 1] = ("p. %d %s %s"):format(m.page, m.raw, m.kind)
    end
    assert.are.same({ "p. 1 6% outcome", "p. 1 3万人 outcome", "p. 2 5%左右 target" }, got)
  end)

  it("reads the text pages of a PDF partly scanned, and says which part it could not read", function()
    if not need("pdf") then return end
    local text, info = readers.read_bytes(D.pdf({ { { y = 100, "全市生产总值增长6%。" } }, "image" }), "mixed.pdf")
    assert.are.equal("全市生产总值增长6%。\n\f", text)
    assert.are.same({ "mixed.pdf: 1 of 2 pages are images without a text layer; OCR them (e.g. ocrmypdf -l chi_sim) to read them" },
      info.warnings)
  end)

  it("says an encrypted, a scanned and a truncated PDF cannot be read, and why", function()
    if not need("pdf") then return end
    assert.are.same({ nil, "locked.pdf: cannot read the PDF: it is encrypted and needs a password; save an unlocked copy " ..
      "(qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf) and give duixian that", 0 },
      { readers.read_bytes(report_pdf({ locked = true }), "locked.pdf") })
    assert.are.same({ nil, "scan.pdf: a scanned PDF: its pages are images with no text layer; OCR is needed " ..
      "(e.g. ocrmypdf -l chi_sim) before duixian can read it", 0 }, { readers.read_bytes(D.pdf({ "image" }), "scan.pdf") })
    local text, why = readers.read_bytes(report_pdf():sub(1, 300), "cut.pdf")
    assert.is_nil(text)
    assert.truthy(why:find("^cut%.pdf: the PDF is truncated %(no %%EOF at its end%)"), why)
    assert.are.same({ nil, "fake.pdf: not a PDF: it lacks the %PDF- header (a truncated download, or another kind of file)", 0 },
      { readers.read_bytes("全市生产总值增长6%。", "fake.pdf") })
  end)
end)

describe("the kind of a file", function()
  it("is found by its content, not its name", function()
    assert.are.equal("pdf", (readers.sniff("%PDF-1.7\n", "report.txt")))
    assert.are.equal("docx", (readers.sniff("PK\3\4", "report.bin")))
    assert.are.equal("html", (readers.sniff("\239\187\191  <!DOCTYPE html><html>", "report.txt")))
    assert.are.equal("txt", (readers.sniff("全市生产总值增长6%。", "report")))
    assert.are.same({ nil, "an old Word .doc (or other OLE2) file; save it as .docx" },
      { readers.sniff("\208\207\17\224\161\177\26\225rest", "report.doc") })
  end)
end)

describe("traditional characters", function()
  local TRAD = "全市生產總值增長5.8%，城鎮新增就業3.3萬人，實現增加值752.1億元。"

  local SIMP = "全市生产总值增长5.8%，城镇新增就业3.3万人，实现增加值752.1亿元。"

  it("are scanned in simplified characters and quoted as published", function()
    local ok = pcall(require, "duixian.t2s")
    if not ok then return pending("duixian.t2s is not built here (libopencc-dev)") end
    local function found(text)
      local got = {}
      for _, m in ipairs(assert(duixian.scan(text, { published = "2024-02-10", region = "云水市" }))) do
        assert.are.equal(m.raw, text:sub(m.start, m["end"]))
        got[#got + 1] = ("%s %s %s %s %s %s"):format(m.raw, tostring(m.value), m.unit, m.kind, m.period, m.subject)
      end
      return got
    end
    assert.are.same({ "5.8% 5.8 % target 2024 生产总值", "3.3萬人 33000 person target 2024 城镇新增就业",
      "752.1億元 75210000000 CNY target 2024 增加值" }, found(TRAD))
    assert.are.same({ "5.8% 5.8 % target 2024 生产总值", "3.3万人 33000 person target 2024 城镇新增就业",
      "752.1亿元 75210000000 CNY target 2024 增加值" }, found(SIMP))
  end)

  it("keep a byte that is no UTF-8, and a NUL, as they are and convert the text around them", function()
    local ok, t2s = pcall(require, "duixian.t2s")
    if not ok then return pending("duixian.t2s is not built here (libopencc-dev)") end
    -- OpenCC itself reads past a character cut short (found by make fuzz)
    local simplified, map = t2s.convert("生產\233\0總值\229\192\188增長\225")
    assert.are.equal("生产\233\0总值\229\192\188增长\225", simplified)
    assert.are.same({ 7, 8, 9, 15, 18, 24 }, { map(7), map(8), map(9), map(15), map(18), map(24) })
  end)

  it("keep the sentence as published, with offsets into it", function()
    local ok = pcall(require, "duixian.t2s")
    if not ok then return pending("duixian.t2s is not built here (libopencc-dev)") end
    local m = assert(duixian.scan(TRAD, { published = "2024-02-10", region = "云水市" }))[3]
    assert.are.equal(TRAD, m.sentence)
    assert.are.equal(1, m.context.start)
    assert.are.equal(#TRAD, m.context["end"])
  end)
end)

describe("ingest and extract of a folder as downloaded", function()
  local dir
  setup(function()
    dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    local function put(name, bytes)
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write(bytes)
      f:close()
    end
    put("a.html", PORTAL)
    put("b.txt", "2024年2月10日\n全市生产总值增长5%左右。\n")
    put("c.docx", D.docx({ "全市生产总值增长5%左右。" }))
    put("d.pdf", report_pdf())
    put("e.pdf", report_pdf({ locked = true }))
    put("notes.tsv", "not taken\n")
    put("old.DOC", "\208\207\17\224\161\177\26\225")
  end)
  teardown(function() os.execute("rm -rf " .. dir) end)

  it("stores every file it can read with its format, names the one it cannot, and exits 1", function()
    for _, f in ipairs({ "html", "docx", "pdf" }) do if not need(f) then return end end
    local db = dir .. "/a.sqlite"
    local code, out, err = H.run(("ingest --db %s --region 云水市 --published 2024-02-10 %s"):format(db, dir))
    assert.are.equal(1, code)
    assert.are.equal(("duixian ingest: failed: %s/old.DOC: not read: an old Word .doc; save it as .docx " ..
      "(soffice --headless --convert-to docx FILE)\n"):format(dir) ..
      ("duixian ingest: failed: %s/e.pdf: cannot read the PDF: it is encrypted and needs a password; " ..
      "save an unlocked copy (qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf) and give duixian that\n"):format(dir), err)
    assert.truthy(out:find("^ingested 5 documents: 4 added, 0 unchanged, 0 superseded, 0 skipped, 2 failed"), out)
    local conn = assert(duixian.open(db))
    local rows = {}
    for r in conn:rows("SELECT name, format, pages, mention_count FROM documents ORDER BY name") do
      rows[#rows + 1] = ("%s %s %s %d"):format(r.name:match("[^/]+$"), r.format, tostring(r.pages), r.mention_count)
    end
    assert.are.same({ "a.html html nil 3", "b.txt txt nil 1", "c.docx docx nil 1", "d.pdf pdf 2 3" }, rows)
    local pages = {}
    for r in conn:rows("SELECT raw, page FROM mentions ORDER BY id") do
      if r.page then pages[#pages + 1] = r.raw .. " p. " .. r.page end
    end
    assert.are.same({ "6% p. 1", "3万人 p. 1", "5%左右 p. 2" }, pages)
    conn:close()
  end)

  it("extract reads every kind, names the file it cannot read and exits 2", function()
    for _, f in ipairs({ "html", "pdf" }) do if not need(f) then return end end
    local code, out, err = H.run(("extract --format tsv --published 2024-02-10 %s/d.pdf %s/e.pdf %s/a.html"):format(dir, dir, dir))
    assert.are.equal(2, code)
    assert.truthy(err:find(("duixian extract: %s/e.pdf: cannot read the PDF: it is encrypted"):format(dir), 1, true), err)
    local raws = {}
    for line in out:gmatch("[^\n]+") do
      local cells = {}
      for c in (line .. "\t"):gmatch("(.-)\t") do cells[#cells + 1] = c end
      raws[#raws + 1] = cells[4] .. "|" .. cells[16]
    end
    assert.are.same({ "raw|page", "6%|1", "3万人|1", "5%左右|2", "5.8%|", "3.3万人|", "5%左右|" }, raws)
  end)
end)

describe("a reader whose library is missing", function()
  it("costs only its own files, named with the package to install", function()
    local saved_pdf, saved_readers = package.loaded["duixian.read_pdf"], package.loaded["duixian.readers"]
    package.loaded["duixian.read_pdf"], package.loaded["duixian.readers"] = nil, nil
    package.preload["duixian.read_pdf"] = function() error("libmupdf.so: cannot open shared object file", 0) end
    local fresh = require "duixian.readers"
    local pdf = { fresh.read_bytes("%PDF-1.4\n", "report.pdf") }
    local txt = fresh.read_bytes("全市生产总值增长6%。", "report.txt")
    package.preload["duixian.read_pdf"] = nil
    package.loaded["duixian.read_pdf"], package.loaded["duixian.readers"] = saved_pdf, saved_readers
    assert.are.same({ nil, "report.pdf: the PDF reader is not built (libmupdf.so: cannot open shared object file); " ..
      "install libmupdf-dev and run make", 0 }, pdf)
    assert.are.equal("全市生产总值增长6%。", txt)
  end)
end)

describe("an audit of PDFs", function()
  it("says on which page each quote stands", function()
    if not need("pdf") then return end
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    local function put(name, bytes)
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write(bytes)
      f:close()
    end
    put("r2023.pdf", D.pdf({ { { y = 100, "一、2022年工作回顾" }, { y = 130, "全市生产总值增长4%。" } },
      { { y = 100, "二、2023年工作安排" }, { y = 130, "全市生产总值增长6%左右。" } } }))
    put("r2024.pdf", D.pdf({ { { y = 100, "一、2023年工作回顾" }, { y = 130, "全市生产总值增长7%。" } } }))
    put("manifest.tsv", "file\tregion\tpublished\tkind\tsource\nr2023.pdf\t云水市\t2023-02-10\twork_report\t\n" ..
      "r2024.pdf\t云水市\t2024-02-10\twork_report\t\n")
    local code, out = H.run(("audit --no-color --manifest %s/manifest.tsv %s/r2023.pdf %s/r2024.pdf"):format(dir, dir, dir))
    local md_code, md = H.run(("audit --format md --manifest %s/manifest.tsv %s/r2023.pdf %s/r2024.pdf"):format(dir, dir, dir))
    os.execute("rm -rf " .. dir)
    assert.are.equal(0, code)
    assert.truthy(out:find("云水市  2023  生产总值增长  6%左右  7%       met     r2023 p. 2:110", 1, true), out)
    assert.are.equal(0, md_code)
    assert.truthy(md:find("“全市生产总值增长6%左右。” (" .. dir .. "/r2023.pdf, work report, published 2023-02-10, p. 2, bytes 110–117)", 1, true), md)
  end)
end)
