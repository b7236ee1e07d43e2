--- duixian: audit the quantitative promises in government reports.
--
--   local duixian = require "duixian"
--   local text = assert(duixian.read("report.txt"))
--   for _, m in ipairs(duixian.scan(text, { published = "2022-02-24", region = "聊城市" })) do
--     print(m.kind, m.period, m.subject, m.raw, m.value, m.unit)
--   end
--
-- Errors: misuse raises; malformed input returns nil, message, offset.
local core = require "duixian.core"
local data = require "duixian.data"
local meta = require "duixian.meta"
local traditional = require "duixian.traditional"

local M = { _VERSION = "0.1.0", core = core, meta = meta }

local default_lexicon

--- The scanner's word tables: the default ones from data/lexicon.lua, or a
-- lexicon built from the tables given (same shape as data/lexicon.lua).
function M.lexicon(tables)
  if tables == nil then
    default_lexicon = default_lexicon or core.lexicon(data.shared("lexicon"))
    return default_lexicon
  end
  if type(tables) ~= "table" then
    error(("bad argument #1 to 'lexicon' (table expected, got %s)"):format(type(tables)), 2)
  end
  return core.lexicon(tables)
end

-- The last text found to be valid UTF-8 (by decode, a reader or each):
-- each does not check it again, so a file read and then scanned is
-- validated once. One string, held until the next is found valid.
local last_valid

--- Is text valid UTF-8? nil when it is, else the byte offset of the first
-- byte that is not.
function M.utf8_check(text)
  if text == last_valid then return nil end
  local bad = core.utf8_check(text)
  if not bad then last_valid = text end
  return bad
end

--- Decode file bytes to UTF-8 text.
-- @return text, info {encoding, bom, nul} | nil, message, offset
function M.decode(bytes, name)
  if type(bytes) ~= "string" then
    error(("bad argument #1 to 'decode' (string expected, got %s)"):format(type(bytes)), 2)
  end
  if #bytes == 0 then
    return nil, (name and name .. ": " or "") .. "empty file: nothing to scan", 0
  end
  local text, info, offset = core.decode(bytes)
  if not text then
    return nil, (name and name .. ": " or "") .. info ..
      "; convert the file to UTF-8 or GB18030 text", offset
  end
  last_valid = text -- core.decode returns valid UTF-8 only
  return text, info
end

--- Read a file: plain text (UTF-8, GB18030, UTF-16), a web page, a Word
-- .docx or a PDF, its kind found by its content (see duixian.readers).
-- @return text, info {format, encoding, pages …} | nil, message, offset
--   (0 when the file cannot be read)
function M.read(path)
  if type(path) ~= "string" then
    error(("bad argument #1 to 'read' (string expected, got %s)"):format(type(path)), 2)
  end
  local f, err = io.open(path, "rb")
  if not f then return nil, ("%s: cannot open (%s)"):format(path, err), 0 end
  local bytes = f:read("a")
  f:close()
  if not bytes then return nil, path .. ": cannot read", 0 end
  return require("duixian.readers").read_bytes(bytes, path)
end

--- The document record scan works with: meta completed from the text,
-- with plan and review years. Returns doc, list of inferred field names.
function M.document(text, given)
  local doc, inferred = meta.complete(given, text)
  doc.inferred = inferred
  doc.year, doc.month, doc.day = meta.parse_date(doc.published)
  doc.plan_year, doc.review_year = meta.years(doc.published, doc.kind, text)
  doc.plan_first, doc.plan_last = meta.plan_span(text, doc.kind)
  doc.plan_opens = meta.plan_opening(text, doc.kind)
  -- with no region known, what the text calls itself (全市, 我县) is what
  -- the rules have to tell its own level by
  if not doc.region then doc.self_words = meta.self_word_counts(text) end
  return doc, inferred
end

--- The text the scanner reads: in simplified characters when text is in
-- traditional ones, with the map back (see duixian.traditional).
local function scan_text_of(text, opts)
  if opts.traditional == false then return text end
  local simplified, map = traditional.simplify(text)
  if simplified then return simplified, map end
  return text
end

local function check_text(text, fname)
  if type(text) ~= "string" then
    error(("bad argument #1 to '%s' (string expected, got %s)"):format(fname, type(text)), 3)
  end
  local bad = M.utf8_check(text)
  if bad then
    return nil, ("text is not valid UTF-8 at byte %d; decode it first with duixian.decode or duixian.read"):format(bad), bad
  end
  return true
end

--- A function giving the page (1-based) of a byte offset in a text with a
-- form feed between pages (what the PDF reader writes); offsets asked in
-- increasing order cost one pass over the text in all.
function M.pager(text)
  local at, page = 1, 1
  return function(i)
    if i < at then at, page = 1, 1 end
    while true do
      local ff = text:find("\f", at, true)
      if not ff or ff >= i then break end
      page, at = page + 1, ff + 1
    end
    return page
  end
end

--- Iterate over the mentions of text, classified. meta: { published,
-- region, kind, file } (missing fields are inferred); opts: { lexicon,
-- rules, max_sentence, traditional = false to scan traditional characters
-- unconverted }. Text in traditional characters is scanned in simplified
-- ones; offsets, raw and sentence still refer to text as given. Once the
-- iterator is done, doc.refused_numbers counts the numbers too long to
-- represent exactly (12345678901234567890亿元), which are no mentions.
-- @return iterator, doc | nil, message, offset
function M.each(text, given, opts)
  local ok, err, offset = check_text(text, "each")
  if not ok then return nil, err, offset end
  opts = opts or {}
  local rules_mod = require "duixian.rules"
  local rules = opts.rules or rules_mod.default()
  rules_mod.new_document(rules)
  local scan_text, to_original = scan_text_of(text, opts)
  local doc = M.document(scan_text, given)
  -- the rules read the scanned text's offsets; a database keeps the
  -- original's, as it keeps the sentences' (duixian.db stores this one)
  doc.stored_plan_opens = doc.plan_opens and to_original and to_original(doc.plan_opens) or doc.plan_opens
  local state, contexts = {}, {}
  local page_of = text:find("\f", 1, true) and M.pager(text)
  local next_mention = core.mentions(opts.lexicon or M.lexicon(), scan_text, opts.max_sentence)
  local file = doc.file
  return function()
    local m, refused, furniture = next_mention()
    if not m then
      -- numbers too long to represent exactly are no mentions: counted, as
      -- are the lines of page furniture (— 3 —, a running header) stepped over
      if refused then doc.refused_numbers = refused end
      if furniture then doc.furniture_lines = furniture end
      return nil
    end
    m.doc = file
    m.context = m.sentence
    m.sentence = m.context.text
    rules.classify.classify(rules, m, doc, state)
    if to_original then traditional.remap(m, text, to_original, contexts) end
    if page_of then m.page = page_of(m.start) end
    return m
  end, doc
end

--- Open (or create) an audit database: ":memory:" works too. See
-- duixian.db for the methods (ingest, mentions, rows, save_audit, …).
-- @return db | nil, message, code
function M.open(...) return require("duixian.db").open(...) end

--- All mentions of text as an array (see each).
-- @return mentions, doc | nil, message, offset
function M.scan(text, given, opts)
  local it, doc, offset = M.each(text, given, opts)
  if not it then return nil, doc, offset end
  local out = {}
  for m in it do out[#out + 1] = m end
  return out, doc
end

return M
