--- Document metadata: from a manifest, from flags, or inferred from text.
-- Every record is { file, region, published, kind, source, inferred = {…} }
-- where inferred names the fields that were guessed, so callers can say so.
local M = {}

local KINDS = { work_report = true, news = true, plan = true, statistics = true, other = true }
M.KINDS = KINDS

local function basename(path) return (path:match("[^/]+$") or path) end

M.COLUMNS = { "file", "region", "published", "kind", "source" }
local KNOWN_COLUMN = {}
for _, name in ipairs(M.COLUMNS) do KNOWN_COLUMN[name] = true end

local function manifest_bytes(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, ("%s: cannot read the manifest (%s)"):format(path, err) end
  local bytes, rerr = f:read("a")
  f:close()
  if not bytes then
    return nil, ("%s: cannot read the manifest (%s); give a TSV file"):format(path, tostring(rerr))
  end
  return bytes
end

local function manifest_text(bytes, path)
  if bytes == "" then return "" end
  -- a manifest saved by a Chinese spreadsheet is GB18030: decode it like a document
  local text, _, offset = require("duixian.core").decode(bytes)
  if not text then
    return nil, ("%s: the manifest is not UTF-8 or GB18030 text (first bad byte is byte %d); save it as UTF-8"):format(
      path, offset or 0)
  end
  return text
end

--- Parse a manifest (TSV: file, region, published, kind, source; one header
-- line; UTF-8 or GB18030). Returns a table keyed by file name and a list of
-- warnings, or nil, message, line. Unknown columns, bad dates or kinds and
-- repeated rows are errors naming the line; opts.lenient makes them
-- warnings (the bad cell is dropped, the first of repeated rows is kept).
function M.read_manifest(path, opts)
  local bytes, err = manifest_bytes(path)
  if not bytes then return nil, err, 0 end
  return M.parse_manifest(bytes, path, opts)
end

--- read_manifest on the bytes of a manifest; path names it in messages.
function M.parse_manifest(bytes, path, opts)
  local lenient = opts and opts.lenient
  local text, terr = manifest_text(bytes, path)
  if not text then return nil, terr, 0 end
  local rows, warnings, columns, lineno = {}, {}, nil, 0
  local function problem(msg, line)
    if not lenient then return nil, ("%s:%d: %s"):format(path, line, msg), line end
    warnings[#warnings + 1] = ("%s:%d: %s"):format(path, line, msg)
    return true
  end
  for line in (text:gsub("^\239\187\191", "") .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    if line ~= "" and not line:match("^#") then
      local cells = {}
      for cell in (line .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = cell end
      if not columns then
        columns = {}
        for i, name in ipairs(cells) do
          if KNOWN_COLUMN[name] then
            columns[name] = i
          else
            local ok, msg, at = problem(("unknown column '%s' (the columns are %s)"):format(
              name, table.concat(M.COLUMNS, ", ")), lineno)
            if not ok then return nil, msg, at end
          end
        end
        if not columns.file then
          return nil, ("%s:%d: the header must name a 'file' column (file, region, published, kind, source)"):format(
            path, lineno), lineno
        end
      else
        local row = {}
        for name, i in pairs(columns) do
          local v = cells[i]
          if v and v ~= "" then row[name] = v end
        end
        if not row.file then
          return nil, ("%s:%d: a row without a file name"):format(path, lineno), lineno
        end
        if row.published and not M.parse_date(row.published) then
          local ok, msg, at = problem(("published '%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"):format(
            row.published), lineno)
          if not ok then return nil, msg, at end
          row.published = nil
        end
        if row.kind and not KINDS[row.kind] then
          local ok, msg, at = problem(("kind '%s' is not one of work_report, news, plan, statistics, other"):format(
            row.kind), lineno)
          if not ok then return nil, msg, at end
          row.kind = nil
        end
        row.line = lineno
        local before = rows[row.file]
        if before and before.file == row.file then
          local ok, msg, at = problem(("file '%s' is listed again (first on line %d); keep one row"):format(
            row.file, before.line), lineno)
          if not ok then return nil, msg, at end
        else
          rows[row.file] = row
          rows[basename(row.file)] = rows[basename(row.file)] or row
        end
      end
    end
  end
  return rows, warnings
end

--- The rows of a manifest whose file does not exist beside it (relative to
-- the manifest's folder) nor as written: a misspelt name, which would leave
-- the file it meant without metadata. Returns messages naming the lines.
function M.missing_files(rows, path)
  local dir = path:match("^(.*)/[^/]*$") or "."
  local out, seen = {}, {}
  for key, row in pairs(rows) do
    if key == row.file and not seen[row] then
      seen[row] = true
      local function exists(p)
        local f = io.open(p, "rb")
        if f then f:close() end
        return f ~= nil
      end
      if not (exists(dir .. "/" .. row.file) or exists(row.file)) then
        out[#out + 1] = { line = row.line, message = ("%s:%d: file '%s' does not exist in %s (a misspelt name?)"):format(
          path, row.line, row.file, dir) }
      end
    end
  end
  table.sort(out, function(a, b) return a.line < b.line end)
  for i, p in ipairs(out) do out[i] = p.message end
  return out
end

--- The manifest row for path, matched by the path as given or its base name.
function M.lookup(manifest, path)
  if not manifest then return nil end
  return manifest[path] or manifest[basename(path)]
end

local DAYS_IN_MONTH = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function is_leap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end

--- "2022-02-24", "2022-02" or "2022" to year, month, day (month and day
-- default to nil).
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d?)%-(%d%d?)$")
  if not y then y, m = s:match("^(%d%d%d%d)%-(%d%d?)$") end
  if not y then y = s:match("^(%d%d%d%d)$") end
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m and (m < 1 or m > 12) then return nil end
  if d and (d < 1 or d > DAYS_IN_MONTH[m] or (m == 2 and d == 29 and not is_leap(y))) then return nil end
  return y, m, d
end

local function iso(y, m, d)
  if d then return ("%04d-%02d-%02d"):format(y, m, d) end
  if m then return ("%04d-%02d"):format(y, m) end
  return ("%04d"):format(y)
end

--- Guess published date, kind and region from the first part of a text;
-- only the fields of wanted ({ published = true, … }) when it is given: the
-- region is the costly one (the gazetteer is read), and a caller that
-- knows it has no use for a guess.
function M.infer(text, wanted)
  local head = text:sub(1, 1500)
  local found = {}
  if not wanted or wanted.published then
    -- a dateline: ——2022年2月24日在…, 2022.12.30, 2022-12-30
    local y, m, d = head:match("(%d%d%d%d)年(%d%d?)月(%d%d?)日")
    if not y then y, m, d = head:match("(20%d%d)%.(%d%d?)%.(%d%d?)") end
    if not y then y, m, d = head:match("(20%d%d)%-(%d%d?)%-(%d%d?)") end
    if y then found.published = iso(tonumber(y), tonumber(m), tonumber(d)) end
  end
  if not wanted or wanted.kind then found.kind = M.kind_of_opening(head) or "news" end
  if not wanted or wanted.region then found.region = M.region_of_opening(head) end
  return found
end

--- Can s name an administrative unit: does a unit's ending (data/regions.lua
-- level_suffixes: 省, 市, 县 …) stand in it other than as the end of a
-- generic word (全市, 我区, 城区)? When not, no full name stands in it, and
-- the gazetteer need not be read (most of a short run's start-up).
function M.may_name_unit(s)
  local regions = require("duixian.data").shared("regions")
  for _, row in ipairs(regions.level_suffixes) do
    local suffix = row[1]
    local at = s:find(suffix, 1, true)
    while at do
      local stop, generic = at + #suffix - 1, false
      for _, w in ipairs(regions.generic_places) do
        -- a generic word longer than the ending (全市 of 市; not 自治区 itself)
        if #w > #suffix and stop >= #w and s:sub(stop - #w + 1, stop) == w then generic = true break end
      end
      if not generic and at > 1 then return true end
      at = s:find(suffix, at + #suffix, true)
    end
  end
  return false
end

-- Who speaks for the State Council: the nation's report.
local NATION_SPEAKERS = { "代表国务院", "国务院总理" }
-- The nation's name as a region: inferred from its reports, and the one its
-- other names in a manifest or a flag become (canonical_region).
local NATION = "中华人民共和国"

--- The region a manifest or a flag names, as the rules compare regions:
-- the whole country by one of its other names (data/regions.lua
-- nation_names: 全国, 中国) is 中华人民共和国, so that a report listed as 全国
-- and one inferred from its text (我代表国务院) are one region's, their
-- targets set against each other's outcomes. Any other name is kept.
function M.canonical_region(name)
  if name == nil or name == NATION then return name end
  local names = require("duixian.data").shared("regions").nation_names or {}
  for i = 1, #names do
    if names[i] == name then return NATION end
  end
  return name
end

--- The region a text's opening names, or nil: the nation when the State
-- Council speaks (我代表国务院); else the administrative units of the
-- gazetteer named in the title lines (before 各位代表, at most 600 bytes),
-- each later one read inside the one before (北京市朝阳区 is the district),
-- full names first, then short forms of provinces and prefectures (聊城将
-- 聚焦…). Only a real unit is a region: not 我代表自治区 or 庆市人民政府.
function M.region_of_opening(head)
  for _, w in ipairs(NATION_SPEAKERS) do
    if head:find(w, 1, true) then return NATION end
  end
  local opening = head:sub(1, (head:find("各位代表", 1, true) or 601) - 1):sub(1, 600)
  if not M.may_name_unit(opening) then return nil end -- the gazetteer is not read
  local gazetteer = require "duixian.gazetteer"
  for _, short in ipairs({ false, 2 }) do
    local within
    for _, hit in ipairs(gazetteer.scan(opening, { short = short or nil })) do
      local unit = hit.unit
      if not within then
        within = unit
      elseif unit ~= within then
        local inner
        for _, u in ipairs(hit.units) do
          if gazetteer.inside(u, within) then inner = u break end
        end
        if inner then within = inner end
      end
    end
    if within then return within.name end
  end
  return nil
end

--- Complete meta (a table, maybe partial) from the text; returns the
-- completed copy and the list of fields that were inferred.
function M.complete(meta, text)
  local out, inferred = {}, {}
  for k, v in pairs(meta or {}) do out[k] = v end
  out.region = M.canonical_region(out.region)
  if not (out.published and out.kind and out.region) then
    local guess = M.infer(text, { published = out.published == nil, kind = out.kind == nil, region = out.region == nil })
    for _, k in ipairs({ "published", "kind", "region" }) do
      if out[k] == nil and guess[k] then
        out[k] = guess[k]
        inferred[#inferred + 1] = k
      end
    end
  end
  return out, inferred
end

--- The lexicon's row (data/lexicon.lua document_kinds) of a kind, or nil.
local function kind_row(kind)
  for _, row in ipairs(require("duixian.data").shared("lexicon").document_kinds or {}) do
    if row[1] == kind then return row end
  end
  return nil
end

--- The title of a text: its first line, and the lines after it that hold
-- no sentence (no 。，；: a title broken over lines, 云水省国民经济和社会发展
-- ／第十四个五年规划和二〇三五年远景目标纲要, with the issuer and date under
-- it), joined.
local function holds_sentence(line)
  return line:find("。", 1, true) or line:find("，", 1, true) or line:find("；", 1, true)
end

local function title_of(head)
  local lines = {}
  for line in (head .. "\n"):gmatch("([^\n]*)\n") do
    line = line:match("^%s*(.-)%s*$")
    if #lines > 0 and (line == "" or holds_sentence(line)) then break end
    if line ~= "" then lines[#lines + 1] = line end
  end
  return table.concat(lines)
end

--- The kind of document whose words (data/lexicon.lua document_kinds)
-- stand in head, the text's opening, or nil. The title speaks first: a
-- communiqué whose first paragraph cites the 政府工作报告 is a communiqué.
function M.kind_of_opening(head)
  local title = title_of(head)
  local kinds = require("duixian.data").shared("lexicon").document_kinds or {}
  for _, within in ipairs({ title, head }) do
    for _, row in ipairs(kinds) do
      if within == title or not row.title_only then
        for _, w in ipairs(row.words or {}) do
          if within:find(w, 1, true) then return row[1] end
        end
      end
    end
  end
  return nil
end

--- The plan period the title of a document of a kind framed by it
-- (data/lexicon.lua document_kinds, titled_span: a plan's outline) names:
-- the span of the longest time word with one (第十四个五年规划: 2021, 2025)
-- in its title, else the years it writes (（2021—2025年）); nil, nil
-- otherwise.
function M.plan_span(text, kind)
  local row = kind and kind_row(kind)
  if not (row and row.titled_span) then return nil, nil end
  local title = title_of(text:sub(1, 1500))
  local lexicon = require("duixian.data").shared("lexicon")
  local best
  for _, cue in ipairs(lexicon.cues or {}) do
    if type(cue) == "table" and cue.span and (not best or #cue[1] > #best[1]) and title:find(cue[1], 1, true) then
      best = cue
    end
  end
  if best then return best.span[1], best.span[2] end
  -- the years themselves: 云水市国民经济和社会发展规划纲要（2021—2025年）
  for _, sep in ipairs(lexicon.range_separators or {}) do
    sep = sep:gsub("%p", "%%%0")
    for _, year_word in ipairs({ "", "年" }) do
      local first, last = title:match("(%d%d%d%d)" .. year_word .. sep .. "(%d%d%d%d)年")
      first, last = tonumber(first), tonumber(last)
      if first and first < last then return first, last end
    end
  end
  return nil, nil
end

-- The lexicon's plan_opening table: the words of a heading (headings.plan,
-- headings.review), the marks no heading line holds, and the phrases that
-- open a plan in running text.
local plan_word_sets = setmetatable({}, { __mode = "k" }) -- a list's duixian.core.wordset
local function plan_opening_words()
  local lexicon = require("duixian.data").shared("lexicon")
  local opening = lexicon.plan_opening or {}
  local headings = lexicon.headings or {}
  local plan = headings.plan or {}
  -- (a heading that says a plan was carried out is a review's: 主要目标任务圆满完成)
  local done = (lexicon.target_names or {}).fulfilment or {}
  local set = plan_word_sets[plan]
  if not set then
    set = require("duixian.core").wordset(plan)
    plan_word_sets[plan] = set
  end
  return plan, headings.review or {}, opening, set, done
end

-- The byte offset of the last of words in s (a plain search), or 0.
local function last_of(s, words)
  local last = 0
  for _, w in ipairs(words) do
    local at = s:find(w, 1, true)
    while at do
      if at > last then last = at end
      at = s:find(w, at + 1, true)
    end
  end
  return last
end

-- The spaces a line is trimmed of: ASCII, the ideographic space U+3000,
-- the em space U+2003 and a web page's no-break space U+00A0 (compared byte
-- by byte: this runs for every short line of a report).
local byte = string.byte
-- The length of the space at byte i of text (0: none there).
local function space_at(text, i)
  local b, b2, b3 = byte(text, i, i + 2)
  if b == 0x20 or b == 0x09 or b == 0x0D then return 1 end
  if b == 0xC2 and b2 == 0xA0 then return 2 end
  if (b == 0xE3 and b2 == 0x80 and b3 == 0x80) or (b == 0xE2 and b2 == 0x80 and b3 == 0x83) then return 3 end
  return 0
end
-- The length of the space ending at byte j of text (0: none there).
local function space_before(text, j)
  local b = byte(text, j)
  if b == 0x20 or b == 0x09 or b == 0x0D then return 1 end
  if j >= 2 and b == 0xA0 and byte(text, j - 1) == 0xC2 then return 2 end
  if j >= 3 and (b == 0x80 or b == 0x83) then
    local b1, b2 = byte(text, j - 2, j - 1)
    if (b1 == 0xE3 and b2 == 0x80 and b == 0x80) or (b1 == 0xE2 and b2 == 0x80 and b == 0x83) then return 3 end
  end
  return 0
end
-- The line of text from byte i to the byte before j without the spaces
-- around it, and the byte it starts at.
local function trimmed(text, i, j)
  j = j - 1
  local n = space_at(text, i)
  while n > 0 and i <= j do
    i = i + n
    n = space_at(text, i)
  end
  n = space_before(text, j)
  while n > 0 and j >= i do
    j = j - n
    n = space_before(text, j)
  end
  return text:sub(i, j), i
end

--- Where a work report's plan opens: the byte offset of its first line that
-- heads a plan (二、2025年工作安排; unnumbered too, 2025年主要目标任务: a line
-- of its own of at most plan_opening.max_chars characters, with none of
-- plan_opening.marks, after a line that ends a sentence, whose last heading
-- word is one of a plan's, data/lexicon.lua headings.plan, and with no word
-- of a target met, target_names.fulfilment: 圆满完成全年目标任务 reviews) or
-- of its first phrase that opens one (今年经济社会发展的主要预期目标是：…),
-- whichever comes first; nil for any other kind of document, or where none
-- is found. A
-- report reviews before it plans: the rules read a plain statement before
-- this offset, where no heading frames it, as a result.
function M.plan_opening(text, kind)
  if kind ~= "work_report" and kind ~= "news" then return nil end
  local plan_words, review_words, opening, plan_set, done_words = plan_opening_words()
  -- the first of the phrases in the running text; news of a work
  -- conference or a session reports its plan after the same words (会议提出，
  -- 2024年…主要预期目标是：…), only a plan's targets' (总体要求是 opens none
  -- there), and its lines are no headings
  local best
  for _, phrase in ipairs(opening.phrases or {}) do
    local at = (kind ~= "news" or phrase:find("预期目标", 1, true)) and text:find(phrase, 1, true)
    if at and (not best or at < best) then best = at end
  end
  if kind == "news" then return best end
  local max_chars, marks = opening.max_chars or 30, opening.marks or {}
  local ends, closers = opening.line_ends or {}, opening.closers or {}
  local function ends_sentence(line)
    if line == "" then return true end
    for _, e in ipairs(ends) do if line:sub(-#e) == e then return true end end
    return false
  end
  local function opens_with_closer(line)
    for _, c in ipairs(closers) do if line:sub(1, #c) == c then return true end end
    return false
  end
  local longest = 4 * max_chars + 16 -- bytes: the characters and spaces around them
  local prev_i, prev_nl, i = 1, 0, 1 -- the line before (none: an empty one)
  while i <= #text and (not best or i < best) do
    local nl = text:find("\n", i, true) or #text + 1
    -- the cheap questions first: a heading line is short, and most short
    -- lines name no plan
    local line, start = "", nil
    if nl - i <= longest and nl > i and plan_set:within(text, i, nl - 1) then line, start = trimmed(text, i, nl) end
    local plan_at = line ~= "" and last_of(line, plan_words) or 0
    if plan_at > 0 and plan_at > last_of(line, review_words) and last_of(line, done_words) == 0
        and ends_sentence(trimmed(text, math.max(prev_i, prev_nl - 16), prev_nl)) then
      local chars = utf8.len(line)
      local plain = chars and chars <= max_chars
      for _, mark in ipairs(marks) do
        if plain and line:find(mark, 1, true) then plain = false end
      end
      local next_nl = text:find("\n", nl + 1, true) or #text + 1
      if plain and not opens_with_closer(trimmed(text, nl + 1, math.min(next_nl, nl + 17))) then
        if not best or start < best then best = start end
      end
    end
    prev_i, prev_nl, i = i, nl, nl + 1
  end
  return best
end

-- How far into a text its words of itself are counted: the opening pages
-- say 全市 and 我市 often enough, and a plain search of every byte of a long
-- text would cost more than the scan.
M.SELF_WORDS_BYTES = 32768

--- How often the opening of text uses each of data/regions.lua's
-- self_levels words (全市, 我县): { [word] = count } of those it uses.
function M.self_word_counts(text)
  local head, counts = text:sub(1, M.SELF_WORDS_BYTES), {}
  for _, row in ipairs(require("duixian.data").shared("regions").self_levels or {}) do
    local word, n = row[1], 0
    local at = head:find(word, 1, true)
    while at do
      n = n + 1
      at = head:find(word, at + #word, true)
    end
    if n > 0 then counts[word] = n end
  end
  return counts
end

--- counts (from self_word_counts) as stored: 全市=3,我市=2 in the order of
-- data/regions.lua's self_levels; nil for no counts.
function M.encode_self_words(counts)
  if not counts then return nil end
  local out = {}
  for _, row in ipairs(require("duixian.data").shared("regions").self_levels or {}) do
    if counts[row[1]] then out[#out + 1] = row[1] .. "=" .. counts[row[1]] end
  end
  return table.concat(out, ",")
end

--- The counts a stored self_words text holds (encode_self_words), or nil.
function M.decode_self_words(s)
  if not s then return nil end
  local counts = {}
  for word, n in s:gmatch("([^,=]+)=(%d+)") do counts[word] = tonumber(n) end
  return counts
end

--- The year written in the opening line that names a document's kind
-- (2024年江苏省国民经济和社会发展统计公报, 江苏省2024年…统计公报), or nil.
local function titled_year(text, row)
  local head = text:sub(1, 1500)
  for _, w in ipairs(row.words or {}) do
    local at = head:find(w, 1, true)
    if at then
      local line = head:sub(1, at - 1):match("[^\n]*$")
      local year = line:match("(%d%d%d%d)年[^\n]*$")
      if year then return tonumber(year) end
    end
  end
  return nil
end

--- The year a document plans for and the year it reviews. A report given
-- in the first half of year Y plans Y and reviews Y-1; one given in the
-- second half (the report of 2022-12-27) plans Y+1 and reviews Y.
-- A document of a kind that only reports (data/lexicon.lua document_kinds,
-- reports_only: a statistical communiqué) speaks of the year it covers as
-- its own (全年, 比上年 are that year's): both years are that one, the
-- year its title writes (text: the document), or else the year before
-- publication (a year is reported once it has ended).
function M.years(published, kind, text)
  local y, m = M.parse_date(published)
  local row = kind and kind_row(kind)
  if row and row.reports_only then
    -- however late in the next year it comes (a county's, in August)
    local covered = text and titled_year(text, row) or (y and y - 1)
    return covered, covered
  end
  if not y then return nil, nil end
  -- a report of the second half of a year plans the next (a county's of
  -- December); news of the year's months before December reports on the
  -- year under way (上半年…, 确保完成全年目标), and December's news of the
  -- economic work conference plans the next
  local late = row and row.plans_from_month or 7
  local plan = (m and m >= late) and y + 1 or y
  -- the year reviewed: the one before until half of the year is past, then
  -- the year running (a report of December reviews it and plans the next;
  -- news of October reports on it and still plans it)
  return plan, (m and m >= 7) and y or y - 1
end

return M
