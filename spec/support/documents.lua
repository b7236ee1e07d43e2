--- Small documents written by the specs themselves: a zip (stored, no
-- compression), a Word .docx and a PDF, so no binary fixture is committed
-- and every expected string is visible in the spec.
local M = {}

local crc_table = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do c = (c & 1 == 1) and (0xEDB88320 ~ (c >> 1)) or (c >> 1) end
  crc_table[i] = c
end

local function crc32(s)
  local c = 0xFFFFFFFF
  for i = 1, #s do c = crc_table[(c ~ s:byte(i)) & 0xFF] ~ (c >> 8) end
  return c ~ 0xFFFFFFFF
end

--- A zip archive of { {name, data}, … }, members stored uncompressed; a
-- member { name, data, deflated_size = N } says its data (then taken as
-- deflated) expands to N bytes, as a zip bomb's headers do.
function M.zip(entries)
  local out, central, offset = {}, {}, 0
  for _, e in ipairs(entries) do
    local name, data = e[1], e[2]
    local crc = crc32(data)
    local method, size = e.deflated_size and 8 or 0, e.deflated_size or #data
    local head = string.pack("<I4I2I2I2I2I2I4I4I4I2I2", 0x04034b50, 20, 0, method, 0, 0, crc, #data, size, #name, 0)
    out[#out + 1] = head .. name .. data
    central[#central + 1] = string.pack("<I4I2I2I2I2I2I2I4I4I4I2I2I2I2I2I4I4", 0x02014b50, 20, 20, 0, method, 0, 0,
      crc, #data, size, #name, 0, 0, 0, 0, 0, offset) .. name
    offset = offset + #head + #name + #data
  end
  local cd = table.concat(central)
  return table.concat(out) .. cd .. string.pack("<I4I2I2I2I2I4I4I2", 0x06054b50, 0, 0, #entries, #entries, #cd,
    offset, 0)
end

local function xml_escape(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

local W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

--- A .docx of paragraphs: each a string, or { style = "Heading1", runs…
-- } whose runs are strings (several runs make one paragraph).
function M.docx(paragraphs)
  local body = {}
  for _, p in ipairs(paragraphs) do
    if type(p) == "string" then p = { p } end
    local runs = {}
    for _, r in ipairs(p) do
      runs[#runs + 1] = ('<w:r><w:t xml:space="preserve">%s</w:t></w:r>'):format(xml_escape(r))
    end
    local ppr = p.style and ('<w:pPr><w:pStyle w:val="%s"/></w:pPr>'):format(p.style) or ""
    body[#body + 1] = "<w:p>" .. ppr .. table.concat(runs) .. "</w:p>"
  end
  local document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>')
    :format(W, table.concat(body))
  local styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<w:styles %s>' ..
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' ..
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>'):format(W)
  return M.zip({
    { "[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { "word/document.xml", document },
    { "word/styles.xml", styles },
  })
end

--- UTF-16BE hex of a UTF-8 string (BMP only: what the fixtures use).
local function ucs2_hex(s)
  local out = {}
  for _, cp in utf8.codes(s) do out[#out + 1] = ("%04X"):format(cp) end
  return table.concat(out)
end

--- A PDF of pages, each a list of lines { y = points from the top, text },
-- or the string "image" for a page that is one picture and no text (a
-- scan). Text is set in a non-embedded font whose codes are the
-- characters' code points (Identity-H with a ToUnicode map saying so), so
-- a reader needs no font to extract it.
-- opts.locked adds a password (a Standard security handler whose
-- password is not the empty one), as an encrypted report has.
function M.pdf(pages, opts)
  opts = opts or {}
  local objects = {}
  local function add(body)
    objects[#objects + 1] = body
    return #objects
  end
  local catalog = add(false)
  local tree = add(false)
  local cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /UCS def " ..
    "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange " ..
    "endcmap CMapName currentdict /CMap defineresource pop end end"
  local to_unicode = add(("<< /Length %d >>\nstream\n%s\nendstream"):format(#cmap, cmap))
  local descriptor = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 " ..
    "/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>")
  local font = add(("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H " ..
    "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /FontDescriptor %d 0 R " ..
    "/W [32 126 500] " ..
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] /ToUnicode %d 0 R >>")
    :format(descriptor, to_unicode))
  local kids = {}
  for _, page in ipairs(pages) do
    local stream, resources
    if page == "image" then
      stream = "q 500 0 0 700 50 50 cm /Im1 Do Q"
      local image = add("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray " ..
        "/BitsPerComponent 8 /Length 4 >>\nstream\n\0\255\255\0\nendstream")
      resources = ("<< /XObject << /Im1 %d 0 R >> >>"):format(image)
    else
      local ops = {}
      for _, line in ipairs(page) do
        ops[#ops + 1] = ("BT /F1 12 Tf 50 %d Td <%s> Tj ET"):format(842 - line.y, ucs2_hex(line[1]))
      end
      stream = table.concat(ops, "\n")
      resources = ("<< /Font << /F1 %d 0 R >> >>"):format(font)
    end
    local content = add(("<< /Length %d >>\nstream\n%s\nendstream"):format(#stream, stream))
    kids[#kids + 1] = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>")
      :format(tree, resources, content))
  end
  local refs = {}
  for i, k in ipairs(kids) do refs[i] = k .. " 0 R" end
  objects[catalog] = ("<< /Type /Catalog /Pages %d 0 R >>"):format(tree)
  objects[tree] = ("<< /Type /Pages /Kids [%s] /Count %d >>"):format(table.concat(refs, " "), #kids)
  local out, offsets = { "%PDF-1.4\n%\226\227\207\211\n" }, {}
  local size = #out[1]
  for i, body in ipairs(objects) do
    offsets[i] = size
    local obj = ("%d 0 obj\n%s\nendobj\n"):format(i, body)
    out[#out + 1] = obj
    size = size + #obj
  end
  local xref = { ("xref\n0 %d\n0000000000 65535 f \n"):format(#objects + 1) }
  for i = 1, #objects do xref[#xref + 1] = ("%010d 00000 n \n"):format(offsets[i]) end
  out[#out + 1] = table.concat(xref)
  local lock = ""
  if opts.locked then
    lock = (" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >> /ID [<%s> <%s>]")
      :format(("AB"):rep(32), ("CD"):rep(32), ("01"):rep(16), ("01"):rep(16))
  end
  out[#out + 1] = ("trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"):format(#objects + 1,
    catalog, lock, size)
  return table.concat(out)
end

return M
