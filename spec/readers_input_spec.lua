-- The readers on files as portals serve them: encoding declarations that
-- lie, bytes no encoding holds, zip bombs, damaged files. Every one ends in
-- text or in a message naming the file, the reason and what to do.
local duixian = require "duixian"
local readers = require "duixian.readers"
local D = dofile("spec/support/documents.lua")
local H = spec_helper

local function need(format)
  local ok, why = readers.available(format)
  if not ok then pending(("the %s reader is not built here: %s"):format(format, why)) end
  return ok
end

-- 粮食产量增长2%。 in GB18030
local GB = "\193\184\202\179\178\250\193\191\212\246\179\1642%\161\163"
local function page(head, body)
  return ("<html><head>%s</head><body><p>"):format(head) .. (body or GB) .. "</p></body></html>"
end

describe("a web page whose encoding declaration is wrong", function()
  it("is read as GB18030 when it declares a Western encoding or one that does not exist", function()
    if not need("html") then return end
    for _, head in ipairs({ '<meta charset="iso-8859-1">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      '<meta charset="x-bogus-enc">', '<meta charset="">' }) do
      local text, info = readers.read_bytes(page(head), "page.html")
      assert.are.same({ "粮食产量增长2%。", "gb18030" }, { text, info and info.encoding }, head)
    end
  end)

  it("records the encoding the page was read in", function()
    if not need("html") then return end
    local _, gb = readers.read_bytes(page('<meta charset="gb2312">'), "gb.html")
    local _, none = readers.read_bytes(page(""), "none.html")
    local _, utf8 = readers.read_bytes(page('<meta charset="gb2312">', "粮食产量增长2%。"), "utf8.html")
    -- 新增就業3.3萬人。 in Big5
    local _, big5 = readers.read_bytes(page('<meta charset="big5">', "\183s\188W\180N\183~3.3\184U\164H\161C"), "b.html")
    assert.are.same({ "gb18030", "gb18030", "utf-8", "big5" }, { gb.encoding, none.encoding, utf8.encoding, big5.encoding })
  end)

  it("is refused at the first byte its encoding cannot hold, with that byte's offset", function()
    if not need("html") then return end
    -- 0x81 0x20: a GB18030 lead byte with no trail byte, in the middle of the article
    local bytes = page('<meta charset="gbk">', GB .. "\129 " .. GB)
    local at = bytes:find("\129 ", 1, true)
    assert.are.same({ nil, ("bad.html: not GB18030 text (the page says gbk): first bad byte is byte %d (0x81, " ..
      "counting from 1); re-download the page, or save it from a browser as UTF-8"):format(at), at },
      { readers.read_bytes(bytes, "bad.html") })
  end)

  it("is refused at its first bad byte when it reads further as UTF-8", function()
    if not need("html") then return end
    local bytes = page('<meta charset="utf-8">', "粮食产量增长2%。\255粮食产量增长2%。")
    local at = bytes:find("\255", 1, true)
    assert.are.same({ nil, ("bad.html: not UTF-8 text (the page says utf-8): first bad byte is byte %d (0xff, " ..
      "counting from 1); re-download the page, or save it from a browser as UTF-8"):format(at), at },
      { readers.read_bytes(bytes, "bad.html") })
  end)

  it("is named by extract with exit 2 and nothing else on stderr", function()
    if not need("html") then return end
    local bytes = page('<meta charset="gbk">', GB .. "\255\255\128\128" .. GB)
    local path = H.write_temp(bytes)
    local code, out, err = H.run("extract --published 2024-02-10 " .. path)
    os.remove(path)
    assert.are.same({ 2, "", ("duixian extract: %s: not GB18030 text (the page says gbk): first bad byte is byte %d " ..
      "(0xff, counting from 1); re-download the page, or save it from a browser as UTF-8\n"):format(path,
      bytes:find("\255", 1, true)) }, { code, out, err })
  end)
end)

describe("a Word file that is not what it claims", function()
  it("is refused when its text would expand a hundredfold past 64 MB (a zip bomb)", function()
    if not need("docx") then return end
    local bomb = D.zip({ { "word/document.xml", ("\0"):rep(1000), deflated_size = 400 * 1024 * 1024 } })
    assert.are.same({ nil, "bomb.docx: cannot read the Word document: word/document.xml expands from 1 KB to " ..
      "400 MB (a zip bomb?); not read: open it in Word or LibreOffice and save it again if it is a real report", 0 },
      { readers.read_bytes(bomb, "bomb.docx") })
  end)

  it("says what to do when it is damaged or no Word document", function()
    if not need("docx") then return end
    assert.are.same({ nil, "photos.docx: cannot read the Word document: a zip archive but not a Word document " ..
      "(it has no word/document.xml); unpack it if it holds reports, or save the report from Word as .docx", 0 },
      { readers.read_bytes(D.zip({ { "a.jpg", "not a picture" } }), "photos.docx") })
    assert.are.same({ nil, "bad.docx: cannot read the Word document: word/document.xml is not a Word document body " ..
      "(damaged XML); download it again, or open it in Word or LibreOffice and save it again", 0 },
      { readers.read_bytes(D.zip({ { "word/document.xml", "<w:document><w:bo" } }), "bad.docx") })
  end)
end)

describe("a PDF cut short", function()
  it("is named with the marker it lacks, written once", function()
    if not need("pdf") then return end
    local pdf = D.pdf({ { { y = 100, "全市生产总值增长6%。" } } })
    local text, why = readers.read_bytes(pdf:sub(1, 300), "cut.pdf")
    assert.is_nil(text)
    assert.truthy(why:find("^cut%.pdf: the PDF is truncated %(no %%EOF at its end%)"), why)
    local cut = pdf:gsub("%%%%EOF%s*$", "")
    local _, info = readers.read_bytes(cut, "cut.pdf")
    assert.are.same({ "cut.pdf: the PDF is truncated (no %EOF at its end); what it holds was read, the rest may be missing" },
      info.warnings)
  end)
end)

describe("an image saved as a web page", function()
  it("says it is an image and that a scan needs OCR", function()
    assert.are.same({ nil, "scan.html: a PNG image, not a document; if it is a scanned page, OCR it first " ..
      "(e.g. ocrmypdf -l chi_sim)", 0 }, { readers.read_bytes("\137PNG\r\n\26\n....", "scan.html") })
    assert.are.same({ nil, "page.html: an .html file with binary content, not a web page; download it again", 0 },
      { readers.read_bytes("\0\1\2\3<p>", "page.html") })
    -- the text reader is untouched by the readers' file kinds
    assert.are.equal("全市生产总值增长6%。", (duixian.decode("全市生产总值增长6%。")))
  end)
end)

describe("a PDF set with wide line spacing, as official documents are", function()
  -- 28 points from line to line in a 12-point font (公文 set 16-point type
  -- 29 points apart): lines of one paragraph, which a figure spans; a
  -- blank line's gap (56 points) still parts paragraphs
  local FILL = "坚持稳中求进工作总基调，"
  local lines = { { y = 100, "一、2024年工作回顾" }, { y = 156, "全年增长5%、总量达53000" },
    { y = 184, "亿元；粮食总产达615亿斤。" }, { y = 212, "城镇新增就业79万人。" } }
  for i = 1, 16 do lines[#lines + 1] = { y = 212 + 28 * i, FILL } end
  lines[#lines + 1] = { y = 212 + 28 * 18, "二、2025年工作安排" }
  local pdf = D.pdf({ lines })

  it("keeps the lines of a paragraph together", function()
    if not need("pdf") then return end
    assert.are.equal("一、2024年工作回顾\n\n全年增长5%、总量达53000\n亿元；粮食总产达615亿斤。\n城镇新增就业79万人。\n" ..
      (FILL .. "\n"):rep(16) .. "\n二、2025年工作安排\n", (readers.read_bytes(pdf, "report.pdf")))
  end)

  it("reads a figure that a line break splits", function()
    if not need("pdf") then return end
    local text = assert(readers.read_bytes(pdf, "report.pdf"))
    local got = {}
    for _, m in ipairs(assert(duixian.scan(text, { published = "2025-01-14", region = "湖南省" }))) do
      got[#got + 1] = ("%s %s %s"):format(tostring(m.value), m.unit, m.kind)
    end
    assert.are.same({ "5 % outcome", "5300000000000 CNY outcome", "61500000000 jin outcome", "790000 person outcome" }, got)
  end)
end)

describe("a Word file whose heading style is its own", function()
  it("takes a style based on a heading style for a heading of that level", function()
    if not need("docx") then return end
    local W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    local styles = ('<?xml version="1.0"?><w:styles %s>' ..
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>' ..
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="报告小标题"/><w:basedOn w:val="2"/></w:style>' ..
      '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="正文缩进"/><w:basedOn w:val="a7"/></w:style>' ..
      '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="Normal Indent"/><w:basedOn w:val="a6"/></w:style>' ..
      '</w:styles>'):format(W)
    local function p(style, text)
      return ('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>'):format(style, text)
    end
    local document = ('<?xml version="1.0"?><w:document %s><w:body>%s%s%s</w:body></w:document>'):format(W,
      p("a5", "重点工作"), p("a6", "城镇新增就业3.3万人。"), p("2", "主要目标"))
    local docx = D.zip({ { "word/document.xml", document }, { "word/styles.xml", styles } })
    assert.are.equal("## 重点工作\n\n城镇新增就业3.3万人。\n\n## 主要目标", (readers.read_bytes(docx, "report.docx")))
  end)
end)

describe("extract's table of a PDF", function()
  it("says on which page each figure stands, as the audit's source column does", function()
    if not need("pdf") then return end
    local path = H.write_temp(D.pdf({ { { y = 100, "全市生产总值增长6%。" } }, { { y = 100, "城镇新增就业3万人。" } } }))
    local code, out = H.run("extract --format table --published 2024-02-10 --region 云水市 " .. path)
    os.remove(path)
    assert.are.equal(0, code)
    local cells = {}
    for line in out:gmatch("[^\n]+") do
      local at = line:match("^target.-=%s+(p%. %d+:%d+)$")
      if at then cells[#cells + 1] = at end
    end
    assert.are.same({ "p. 1:25", "p. 2:50" }, cells, out)
  end)
end)

describe("a PDF whose font draws two characters with one glyph", function()
  -- Chromium printing with Noto CJK SC writes 戶 for 户 and 㬵 for 胶 in the
  -- text layer (measured over every character of the corpus)
  it("gives the simplified character in a simplified text", function()
    if not need("pdf") then return end
    local text = readers.read_bytes(D.pdf({ { { y = 100, "全省实有企业主体达210万戶，" }, { y = 120, "建成㬵东半岛港口群。" } } }),
      "report.pdf")
    assert.are.equal("全省实有企业主体达210万户，\n建成胶东半岛港口群。\n", text)
    local m = assert(duixian.scan(text, { published = "2025-01-14", region = "山东省" }))[1]
    assert.are.same({ "210万户", 2100000, "户" }, { m.raw, m.value, m.unit })
  end)

  it("keeps the character as written in a traditional text", function()
    if not need("pdf") then return end
    assert.are.equal("全省實有企業主體達210萬戶。\n",
      (readers.read_bytes(D.pdf({ { { y = 100, "全省實有企業主體達210萬戶。" } } }), "report.pdf")))
  end)
end)

describe("a web page saved with its files", function()
  it("is ingested without the folder of scripts, pictures and frames the browser saved beside it", function()
    if not need("html") then return end
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir .. "/report_files " .. dir .. "/notes_files")
    local function put(name, bytes)
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write(bytes)
      f:close()
    end
    put("report.html", "<html><body><div class=content><p>全市生产总值增长5%左右。</p></div></body></html>")
    -- a frame of the saved page: a weather widget with a figure of its own
    put("report_files/saved_resource.html", "<html><body><div class=weather>今天晴，空气质量指数下降12%。</div></body></html>")
    put("report_files/share.html", "<html><body><script>var a = 1;</script></body></html>")
    -- a folder that only ends like one, with no page of that name beside it
    put("notes_files/a.txt", "城镇新增就业3万人。\n")
    local db = dir .. "/a.sqlite"
    local code, out, err = H.run(("ingest --db %s --region 云水市 --published 2024-02-10 %s"):format(db, dir))
    os.execute("rm -rf " .. dir)
    assert.are.same({ 0, ("duixian ingest: skipped: %s/report_files: the files of the saved web page report.html " ..
      "(its scripts, styles, pictures and frames); not walked\n"):format(dir) },
      { code, err })
    assert.truthy(out:find("^ingested 2 documents: 2 added, 0 unchanged, 0 superseded, 1 skipped, 0 failed"), out)
  end)
end)

describe("a web page exported from Word", function()
  it("leaves out Word's conditional markers around list numbers", function()
    if not need("html") then return end
    local exported = '<html><head><meta charset="utf-8"><style><!-- p.MsoNormal{width:100%} --></style></head><body>' ..
      '<div class="WordSection1"><p class="MsoListParagraph"><![if !supportLists]><span>1.<span>&nbsp;</span></span>' ..
      '<![endif]>全市生产总值增长5.8%<o:p></o:p></p><p class="MsoNormal"><span lang="EN-US">2024</span>' ..
      '<span>年城镇新增就业</span><span lang="EN-US">3.3</span><span>万人。<o:p></o:p></span></p></div></body></html>'
    assert.are.equal("1.\194\160全市生产总值增长5.8%\n\n2024年城镇新增就业3.3万人。", (readers.read_bytes(exported, "word.html")))
  end)
end)

describe("a Word file with a text box", function()
  it("reads the box once, not again from the copy Word keeps for old readers", function()
    if not need("docx") then return end
    local W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' ..
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    local box = "<w:txbxContent><w:p><w:r><w:t>粮食产量增长2%。</w:t></w:r></w:p></w:txbxContent>"
    local document = ('<?xml version="1.0"?><w:document %s><w:body><w:p><w:r><w:t>全市生产总值增长5%%。</w:t></w:r>' ..
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>%s</w:drawing></mc:Choice>' ..
      '<mc:Fallback><w:pict>%s</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>')
      :format(W, box, box)
    assert.are.equal("全市生产总值增长5%。\n\n粮食产量增长2%。",
      (readers.read_bytes(D.zip({ { "word/document.xml", document } }), "box.docx")))
  end)

  it("reads text a tracked change moved where it went, not also where it was", function()
    if not need("docx") then return end
    local W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    local document = ('<?xml version="1.0"?><w:document %s><w:body>' ..
      '<w:p><w:moveFrom w:id="1"><w:r><w:t>粮食产量增长2%%。</w:t></w:r></w:moveFrom></w:p>' ..
      '<w:p><w:r><w:t>全市生产总值增长5%%。</w:t></w:r></w:p>' ..
      '<w:p><w:moveTo w:id="2"><w:r><w:t>粮食产量增长2%%。</w:t></w:r></w:moveTo></w:p></w:body></w:document>'):format(W)
    assert.are.equal("全市生产总值增长5%。\n\n粮食产量增长2%。",
      (readers.read_bytes(D.zip({ { "word/document.xml", document } }), "moved.docx")))
  end)
end)

describe("a web page saved in UTF-16", function()
  it("is found to be a page whatever its name, and read", function()
    if not need("html") then return end
    local function utf16le(s)
      local out = { "\255\254" }
      for _, cp in utf8.codes(s) do out[#out + 1] = string.pack("<I2", cp) end
      return table.concat(out)
    end
    local bytes = utf16le('<html><head><meta charset="unicode"><style>.main{width:100%}</style></head>' ..
      "<body><p>粮食产量增长2%。</p></body></html>")
    for _, name in ipairs({ "page.html", "page.txt" }) do
      local text, info = readers.read_bytes(bytes, name)
      assert.are.same({ "粮食产量增长2%。", "html", "utf-16" }, { text, info and info.format, info and info.encoding }, name)
    end
  end)
end)

describe("a web page named .txt", function()
  it("is a page when it opens with a script, a style or a link", function()
    for _, head in ipairs({ "<script>var w = '100%';</script><html>", "<STYLE>.a{width:100%}</style>",
      '<link rel="stylesheet" href="a.css">' }) do
      assert.are.equal("html", (readers.sniff(head .. "<p>粮食产量增长2%。</p>", "page.txt")), head)
    end
  end)
end)

describe("a short news page on a portal with a long footer", function()
  it("keeps the article, whose lines are sentences, not the footer's lines of names and numbers", function()
    if not need("html") then return end
    local short = '<html><head><meta charset="utf-8"></head><body><div class="main"><h1>我市召开经济工作会议</h1>' ..
      '<div class="con"><p>会议指出，2023年全市生产总值增长6.5%，城镇新增就业3.2万人。</p>' ..
      '<p>会议要求，2024年全市生产总值增长6%左右。</p></div></div><div class="foot">' ..
      "<p>主办单位：某市人民政府办公室</p><p>承办单位：某市大数据中心</p><p>地址：某市人民路1号 邮编：252000</p>" ..
      "<p>联系电话：0635-8888888 传真：0635-8888889</p><p>网站标识码：3715000001 鲁ICP备05001234号</p>" ..
      "<p>鲁公网安备37150202000123号</p><p>您是第123456位访客</p><p>建议使用1366×768分辨率</p></div></body></html>"
    assert.are.equal("会议指出，2023年全市生产总值增长6.5%，城镇新增就业3.2万人。\n\n" ..
      "会议要求，2024年全市生产总值增长6%左右。", (readers.read_bytes(short, "news.html")))
  end)
end)

describe("a GB18030 text with a byte no text holds", function()
  it("is refused at that byte, not at the first character that is not UTF-8", function()
    -- 粮食产量增长2%。 in GB18030, then 0xFF (a byte of no encoding of text)
    local bytes = GB .. GB .. "\255" .. GB
    local text, msg, offset = duixian.decode(bytes, "report.txt")
    assert.are.same({ nil, "report.txt: not UTF-8, and not GB18030 at one byte: first bad byte is byte 33 (0xff, " ..
      "counting from 1); convert the file to UTF-8 or GB18030 text", 33 }, { text, msg, offset })
  end)
end)

describe("a Big5 page that does not say so", function()
  -- 新增就業3.3萬人。 in Big5: as GB18030 it would be rare characters only
  local BIG5 = "\183s\188W\180N\183~3.3\184U\164H\161C"
  it("is read as Big5 when it declares nothing or GB2312, as browsers read it", function()
    if not need("html") then return end
    for _, head in ipairs({ "", '<meta charset="gb2312">' }) do
      local text, info = readers.read_bytes(page(head, BIG5), "page.html")
      assert.are.same({ "新增就業3.3萬人。", "big5-hkscs" }, { text, info and info.encoding }, head)
    end
  end)

  it("is refused when it is neither plausible GB18030 nor Big5, at its first rare character", function()
    if not need("html") then return end
    -- 経済成長率は2%でした。 in Shift-JIS
    local bytes = page("", "\140o\141\207\144\172\146\183\151\166\130\205" .. "2%\130\197\130\181\130\189\129B")
    local at = bytes:find("\140", 1, true)
    assert.are.same({ nil, ("jp.html: not plausible GB18030 Chinese, nor Big5 (the page declares no encoding): first rare " ..
      "character is byte %d (0x8c, counting from 1); re-download the page, or save it from a browser as UTF-8"):format(at), at },
      { readers.read_bytes(bytes, "jp.html") })
  end)
end)
