--- Document readers: the kind of a file found by its content, and its
-- text extracted by the reader for that kind.
--
--   local text, info = readers.read_bytes(bytes, "report.pdf")
--   -- info: { format = "pdf" | "html" | "docx" | "txt", encoding, pages, … }
--
-- Each reader is a C module of its own (duixian.read_html, read_docx,
-- read_pdf); a reader whose library was not installed when duixian was
-- built is the only one lost, and its files are named with the package to
-- install. Errors: nil, message naming the file and the reason, offset.

local M = {}

--- The formats and the extensions that name them.
M.FORMATS = { "txt", "html", "docx", "pdf" }
M.EXTENSIONS = { txt = "txt", text = "txt", md = "txt", html = "html", htm = "html", xhtml = "html",
  shtml = "html", docx = "docx", pdf = "pdf" }

--- The names a folder's files are taken by when no --glob is given (any
-- case: portals serve REPORT.PDF as often as report.pdf).
M.PATTERNS = { "*.txt", "*.html", "*.htm", "*.docx", "*.pdf" }

--- Kinds of document a folder of downloaded reports holds that duixian
-- does not read, by extension, with what to do: ingest names them rather
-- than pass over them.
M.UNREAD = {
  doc = "an old Word .doc; save it as .docx (soffice --headless --convert-to docx FILE)",
  wps = "a WPS document; save it as .docx",
  rtf = "an RTF document; save it as .docx",
  odt = "an OpenDocument text; save it as .docx",
  ofd = "an OFD document; convert it to PDF",
  caj = "a CAJ document; convert it to PDF",
  mht = "a web archive; save the page as .html",
  mhtml = "a web archive; save the page as .html",
  zip = "an archive; unpack it first",
  rar = "an archive; unpack it first",
  ["7z"] = "an archive; unpack it first",
  tif = "an image (a scan?); OCR it first (e.g. ocrmypdf)",
  tiff = "an image (a scan?); OCR it first (e.g. ocrmypdf)",
}
M.UNREAD_PATTERNS = {}
for ext in pairs(M.UNREAD) do M.UNREAD_PATTERNS[#M.UNREAD_PATTERNS + 1] = "*." .. ext end
table.sort(M.UNREAD_PATTERNS)

--- Why a file of a kind duixian does not read is not read, by its name.
function M.unread_reason(path)
  local ext = path:match("%.([%w]+)$")
  local why = ext and M.UNREAD[ext:lower()]
  return why and ("%s: not read: %s"):format(path, why)
end

local MODULES = { html = "duixian.read_html", docx = "duixian.read_docx", pdf = "duixian.read_pdf" }
local PACKAGES = { html = "libxml2-dev", docx = "libzip-dev and libxml2-dev", pdf = "libmupdf-dev" }

local loaded, load_errors = {}, {}
local function reader(format)
  if loaded[format] == nil and not load_errors[format] then
    local ok, mod = pcall(require, MODULES[format])
    if ok then loaded[format] = mod else load_errors[format] = tostring(mod):match("^[^\n]*") end
  end
  return loaded[format], load_errors[format]
end

--- Whether the reader of format is available, and if not, why.
function M.available(format)
  if format == "txt" then return true end
  local mod, why = reader(format)
  return mod ~= nil, why
end

local function extension(name)
  local ext = name and name:match("%.([%w]+)$")
  return ext and M.EXTENSIONS[ext:lower()]
end

-- Magic bytes of files that are no document duixian reads.
local FOREIGN = {
  { "\208\207\17\224\161\177\26\225", "an old Word .doc (or other OLE2) file; save it as .docx" },
  { "\137PNG", "a PNG image, not a document; if it is a scanned page, OCR it first (e.g. ocrmypdf -l chi_sim)" },
  { "\255\216\255", "a JPEG image, not a document; if it is a scanned page, OCR it first (e.g. ocrmypdf -l chi_sim)" },
  { "GIF8", "a GIF image, not a document" },
  { "II*\0", "a TIFF image, not a document; if it is a scan, OCR it first (e.g. ocrmypdf -l chi_sim)" },
  { "MM\0*", "a TIFF image, not a document; if it is a scan, OCR it first (e.g. ocrmypdf -l chi_sim)" },
  { "\31\139", "a gzip archive; unpack it first" },
  { "Rar!", "a RAR archive; unpack it first" },
  { "7z\188\175", "a 7-Zip archive; unpack it first" },
  { "{\\rtf", "an RTF file; save it as .docx" },
}

local HTML_OPENERS = { "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
  "<table", "<script", "<style", "<link", "<span", "<font", "<center", "<h1", "<h2", "<h3", "<?xml" }

local function looks_html(bytes)
  local head = bytes:sub(1, 1024):gsub("^\239\187\191", ""):gsub("^%s+", ""):lower()
  while head:sub(1, 4) == "<!--" do
    local close = head:find("-->", 5, true)
    if not close then break end
    head = head:sub(close + 3):gsub("^%s+", "")
  end
  for _, opener in ipairs(HTML_OPENERS) do
    if head:sub(1, #opener) == opener then
      return opener ~= "<?xml" or bytes:sub(1, 4096):lower():find("<html", 1, true) ~= nil
    end
  end
  return false
end

-- The first bytes of a text in UTF-16 with a byte order mark, as ASCII
-- (the zero bytes of its ASCII characters dropped), to look for markup in.
local function utf16_head(bytes)
  local bom = bytes:sub(1, 2)
  if bom ~= "\255\254" and bom ~= "\254\255" then return nil end
  return (bytes:sub(3, 8194):gsub("%z", ""))
end

--- The format of a file from its first bytes (the name breaks no tie the
-- content settles): "pdf", "docx" (any zip), "html", "txt", or nil and
-- why the file is none of them.
function M.sniff(bytes, name)
  if bytes:sub(1, 5) == "%PDF-" or bytes:sub(1, 1024):find("%PDF-", 1, true) then return "pdf" end
  if bytes:sub(1, 4) == "PK\3\4" then return "docx" end
  for _, f in ipairs(FOREIGN) do
    if bytes:sub(1, #f[1]) == f[1] then return nil, f[2] end
  end
  local utf16 = utf16_head(bytes)
  if looks_html(utf16 or bytes) then return "html" end
  if utf16 then return "txt" end -- zero bytes are no binary there
  local by_name = extension(name)
  if by_name == "pdf" then return nil, "not a PDF: it lacks the %PDF- header (a truncated download, or another kind of file)" end
  if by_name == "docx" then return nil, "not a Word .docx: it is not a zip archive (a truncated download, or another kind of file)" end
  if by_name == "html" then
    -- a page without <html>: fragments portals serve; binary content is refused below
    if bytes:sub(1, 4096):find("[%z\1-\8\14-\26\28-\31]") then
      return nil, "an .html file with binary content, not a web page; download it again"
    end
    return "html"
  end
  return "txt"
end

local function prefix(name) return name and name .. ": " or "" end

local function no_text(name, format, info)
  if format == "pdf" and (info.truncated or (info.damaged_pages or 0) > 0) then
    return ("%sthe PDF is %s (MuPDF: %s); download it again"):format(prefix(name),
      info.truncated and "truncated (no %EOF at its end)" or "damaged", info.error or "no text")
  elseif format == "pdf" and info.pages == 0 then
    return prefix(name) .. "a PDF with no pages; nothing to scan"
  elseif format == "pdf" and (info.image_pages or 0) > 0 then
    return prefix(name) .. "a scanned PDF: its pages are images with no text layer; OCR is needed " ..
      "(e.g. ocrmypdf -l chi_sim) before duixian can read it"
  elseif format == "pdf" then
    return prefix(name) .. "a PDF with no text layer; OCR is needed (e.g. ocrmypdf -l chi_sim)"
  elseif format == "html" then
    return prefix(name) .. "a web page with no article text (only menus, scripts or markup)"
  end
  return prefix(name) .. ("a %s with no text"):format(format)
end

--- What a reader read only in part, as messages naming the file (nil when
-- it read everything): pages that are pictures, pages MuPDF could not read,
-- a file cut short.
function M.warnings(name, format, info)
  if format ~= "pdf" then return nil end
  local out = {}
  if (info.image_pages or 0) > 0 then
    out[#out + 1] = ("%s%d of %d pages are images without a text layer; OCR them (e.g. ocrmypdf -l chi_sim) to read them")
      :format(prefix(name), info.image_pages, info.pages)
  end
  if (info.damaged_pages or 0) > 0 then
    out[#out + 1] = ("%s%d of %d pages could not be read (MuPDF: %s)"):format(prefix(name), info.damaged_pages,
      info.pages, info.error or "damaged")
  end
  if info.truncated then
    out[#out + 1] = prefix(name) .. "the PDF is truncated (no %EOF at its end); what it holds was read, the rest may be missing"
  end
  return #out > 0 and out or nil
end

local shared_glyphs
--- A PDF's text with the characters its font drew with another's glyph
-- given back (data/pdf_glyphs.lua), unless the text is traditional.
local function unshare_glyphs(text)
  if not shared_glyphs then shared_glyphs = require("duixian.data").load("pdf_glyphs").shared_glyphs end
  local traditional
  for _, pair in ipairs(shared_glyphs) do
    assert(#pair[1] == #pair[2], "data/pdf_glyphs.lua: a pair of characters of different byte lengths")
    if text:find(pair[1], 1, true) then
      if traditional == nil then traditional = require("duixian.traditional").looks_traditional(text) end
      if traditional then return text end
      text = text:gsub(pair[1]:gsub("%p", "%%%0"), pair[2])
    end
  end
  return text
end

--- Text of a file's bytes.
-- @return text, info { format, encoding, pages, warnings, … } | nil, message, offset
function M.read_bytes(bytes, name)
  if type(bytes) ~= "string" then
    error(("bad argument #1 to 'read_bytes' (string expected, got %s)"):format(type(bytes)), 2)
  end
  if #bytes == 0 then return nil, prefix(name) .. "empty file: nothing to scan", 0 end
  local format, why = M.sniff(bytes, name)
  if not format then return nil, prefix(name) .. why, 0 end
  if format == "txt" then
    local text, info, offset = require("duixian").decode(bytes, name)
    if text then info.format = "txt" end
    return text, info, offset
  end
  local mod, load_error = reader(format)
  if not mod then
    return nil, ("%sthe %s reader is not built (%s); install %s and run make"):format(
      prefix(name), format:upper(), load_error, PACKAGES[format]), 0
  end
  local text, detail, offset = mod.read(bytes)
  if not text then
    if offset then return nil, prefix(name) .. detail, offset end -- a byte of the file, named
    local what = { pdf = "the PDF", html = "the web page", docx = "the Word document" }
    return nil, ("%scannot read %s: %s"):format(prefix(name), what[format], detail), 0
  end
  local info = type(detail) == "table" and detail or {}
  -- the encoding of the file's bytes (a web page's); the text is UTF-8
  info.format, info.encoding = format, info.encoding or "utf-8"
  if not text:find("%S") then return nil, no_text(name, format, info), 0 end
  info.warnings = M.warnings(name, format, info)
  if format == "pdf" then text = unshare_glyphs(text) end
  if require("duixian").utf8_check(text) then
    -- readers write UTF-8; a page in an encoding libxml2 misread is refused, not stored
    return nil, prefix(name) .. "the extracted text is not valid UTF-8; save the page as UTF-8", 0
  end
  return text, info
end

return M
