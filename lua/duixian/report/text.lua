--- The terminal report: a scorecard by region and year with totals and
-- the fulfilment rate, then one line per verdict. Columns align by
-- display width (duixian.tabulate, CJK = 2 cells); colour is ANSI and
-- only when the caller says the output is a terminal. Given a width (the
-- terminal's), the verdict table is fitted to it: long columns are cut,
-- then the least needed ones dropped.
local tabulate = require "duixian.tabulate"
local model = require "duixian.report.model"

local M = {}

local ANSI = { met = "32", missed = "31", not_reported = "33", conflicting = "35",
  not_comparable = "36", pending = "2" }

local function painter(color, status_of)
  if not color then return nil end
  return function(cell, r)
    local code = ANSI[status_of(r)]
    if not code then return cell end
    return "\27[" .. code .. "m" .. cell .. "\27[0m"
  end
end

local function bold(color, s)
  if not color then return s end
  return "\27[1m" .. s .. "\27[0m"
end

local function count_row(region, period, c)
  return { region, period, tostring(c.met), tostring(c.missed), tostring(c.not_reported),
    tostring(model.other(c)), tostring(c.total), model.rate_text(c) }
end

--- Words of s on lines of at most w cells (a word longer than a line is
-- cut, with …).
function M.wrap(s, w)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    word = tabulate.truncate(word, w)
    if line ~= "" and tabulate.width(line) + 1 + tabulate.width(word) > w then
      lines[#lines + 1] = line
      line = word
    else
      line = line == "" and word or (line .. " " .. word)
    end
  end
  if line ~= "" then lines[#lines + 1] = line end
  return table.concat(lines, "\n") .. "\n"
end

--- The scorecard table as text: a row per region of the documents and
-- year, a total per region, one row summing the places the texts name
-- beside them, and a grand total.
function M.scorecard(audit, color, opts)
  local card = model.scorecard(audit)
  local _, documented = model.regions(audit)
  local rows = {}
  local multi = #card.groups > 1
  local others
  for i, g in ipairs(card.groups) do
    if i <= documented then
      for _, p in ipairs(g.periods) do rows[#rows + 1] = count_row(g.region, p.period, p.counts) end
      if #g.periods > 1 then rows[#rows + 1] = count_row(g.region, "all", g.counts) end
    else
      others = others or { n = 0, counts = { total = 0, similar = 0 } }
      others.n = others.n + 1
      for k, x in pairs(g.counts) do
        if type(x) == "number" then others.counts[k] = (others.counts[k] or 0) + x end
      end
    end
  end
  if others then
    rows[#rows + 1] = count_row(("%d other %s"):format(others.n, others.n == 1 and "place" or "places"), "all",
      others.counts)
  end
  if multi then rows[#rows + 1] = count_row("all regions", "all", card.counts) end
  local right = { align = "right" }
  local rate_col = { align = "right" }
  if color then
    rate_col.paint = function(cell, r)
      local region, period = rows[r][1], rows[r][2]
      if period == "all" or region == "all regions" then return bold(true, cell) end
      return cell
    end
  end
  local heads = { "region", "year", "met", "missed", "not reported", "other", "targets", "fulfilment" }
  local cols = { { max = 16 }, {}, right, right, right, right, right, rate_col }
  local text = tabulate.render(heads, rows, cols)
  local limit = opts and not opts.wide and opts.width
  if limit and tabulate.width(text:match("^[^\n]*")) > limit then
    -- narrow terminal: short headings and regions
    heads = { "region", "year", "met", "missed", "unrep.", "other", "all", "rate" }
    cols[1] = { max = 8 }
    text = tabulate.render(heads, rows, cols)
  end
  return text
end

--- Where a quote stands, short: the file name without its folder and
-- extension, then the page of a PDF and the byte offset; a name over 16
-- cells (a hash, say) keeps its first 8 (000_1e4e…:1017, report p. 12:5120).
function M.source(audit, side, wide)
  local name = model.doc_name(audit, side.doc)
  if not wide then
    name = name:match("([^/\\]+)$") or name
    name = name:gsub("%.[%w]+$", "")
    if tabulate.width(name) > 16 then name = tabulate.truncate(name, 9) end
  end
  if side.page then return ("%s p. %d:%s"):format(name, side.page, tostring(side.start or "")) end
  return ("%s:%s"):format(name, tostring(side.start or ""))
end

-- The verdict table's columns, and what to give up, in order, when they
-- are too wide for the terminal: a column that says the same on every
-- line, then cells cut (with …) to a width, then whole columns.
local COLUMNS = {
  { head = "region" }, { head = "year" }, { head = "indicator" }, { head = "target" },
  { head = "outcome" }, { head = "status" }, { head = "source" }, { head = "margin", align = "right" },
}
local REGION, INDICATOR, TARGET, OUTCOME, SOURCE, MARGIN = 1, 3, 4, 5, 7, 8
local STEPS = {
  { "same", REGION },
  { "cut", INDICATOR, 16 }, { "cut", TARGET, 12 }, { "cut", OUTCOME, 12 },
  { "drop", MARGIN }, { "cut", INDICATOR, 12 }, { "cut", REGION, 8 }, { "cut", SOURCE, 14 },
  { "drop", SOURCE }, { "drop", REGION }, { "cut", INDICATOR, 8 },
  { "cut", TARGET, 8 }, { "cut", OUTCOME, 8 },
}

local function padded_width(widths, keep)
  local total, n = 0, 0
  for i, w in ipairs(widths) do
    if keep[i] then total, n = total + w, n + 1 end
  end
  return total + 2 * math.max(n - 1, 0)
end

--- Which columns to show and how wide, for rows in at most limit cells
-- (no limit: all, whole). Returns keep (column index → true) and widths.
function M.fit(rows, limit)
  local widths, keep = {}, {}
  for i, col in ipairs(COLUMNS) do
    widths[i] = tabulate.width(col.head)
    keep[i] = true
    for _, row in ipairs(rows) do widths[i] = math.max(widths[i], tabulate.width(row[i])) end
  end
  if not limit then return keep, widths end
  local natural, cut, dropped = table.move(widths, 1, #widths, 1, {}), {}, {}
  for _, step in ipairs(STEPS) do
    local over = padded_width(widths, keep) - limit
    if over <= 0 then break end
    local what, i, to = step[1], step[2], step[3]
    if what == "same" then
      local all_same = true
      for _, row in ipairs(rows) do if row[i] ~= rows[1][i] then all_same = false end end
      if all_same then keep[i] = false end
    elseif what == "cut" then
      local w = math.max(widths[i] - over, to, tabulate.width(COLUMNS[i].head))
      if w < widths[i] then widths[i] = w; cut[#cut + 1] = i end
    elseif keep[i] then
      keep[i] = false
      dropped[#dropped + 1] = i
    end
  end
  -- a column dropped early may fit again once later ones have gone
  for k = #dropped, 1, -1 do
    local i = dropped[k]
    keep[i] = true
    if padded_width(widths, keep) > limit then keep[i] = false end
  end
  -- a later drop may leave room: give it back to the columns cut, last cut first
  for k = #cut, 1, -1 do
    local i = cut[k]
    local room = limit - padded_width(widths, keep)
    if room <= 0 then break end
    if keep[i] then widths[i] = math.min(natural[i], widths[i] + room) end
  end
  return keep, widths
end

--- The footnote marks of a verdict's sources (" [1]", " [1,2]"), each
-- source numbered once in notes = { list, by }.
function M.footnote(audit, v, notes)
  local marks = {}
  for _, side in ipairs({ v.target, v.outcome or false }) do
    local s = side and model.source_of(audit, side)
    if s then
      if not notes.by[s] then
        notes.list[#notes.list + 1] = s
        notes.by[s] = #notes.list
      end
      local n = tostring(notes.by[s])
      if marks[#marks] ~= n then marks[#marks + 1] = n end
    end
  end
  return #marks > 0 and (" [" .. table.concat(marks, ",") .. "]") or ""
end

--- The verdict lines as text. opts.width: fit the table to this many
-- cells; opts.wide: full source paths and no fitting.
function M.verdicts(audit, color, opts)
  opts = opts or {}
  local list = model.sorted(audit)
  local rows, notes = {}, opts.notes or { list = {}, by = {} }
  for i, v in ipairs(list) do
    local margin = model.margin(v)
    rows[i] = { v.region or "", v.period or "", model.indicator_text(v), model.side_text(v.target),
      model.side_text(v.outcome), model.status_text(v), M.source(audit, v.target, opts.wide) .. M.footnote(audit, v, notes),
      -- "—" rather than blank keeps every line the same width.
      margin ~= "" and margin or "—" }
  end
  local keep, widths = M.fit(rows, not opts.wide and opts.width or nil)
  local paint = painter(color, function(r) return list[r].status end)
  local heads, cols, shown = {}, {}, {}
  for i, col in ipairs(COLUMNS) do
    if keep[i] then
      heads[#heads + 1] = col.head
      cols[#cols + 1] = { max = widths[i], align = col.align, paint = col.head == "status" and paint or nil }
      shown[#shown + 1] = i
    end
  end
  local body = {}
  for r, row in ipairs(rows) do
    local cells = {}
    for k, i in ipairs(shown) do cells[k] = row[i] end
    body[r] = cells
  end
  return tabulate.render(heads, body, cols)
end

--- Render the whole terminal report to a string. opts.color adds ANSI
-- colours (the caller decides: a terminal, no --no-color, no NO_COLOR);
-- opts.width fits the verdict table to so many cells, opts.wide shows
-- every column whole.
function M.render(audit, opts)
  opts = opts or {}
  local color = opts.color
  local out = {}
  local head = ("duixian audit%s · %s · %d verdicts from %d documents"):format(
    audit.id and (" " .. tostring(audit.id)) or "", audit.created_at or "undated",
    #audit.verdicts, #(audit.documents or {}))
  out[#out + 1] = bold(color, opts.width and M.wrap(head, opts.width):sub(1, -2) or head) .. "\n"
  if #audit.verdicts == 0 then
    out[#out + 1] = "\n" .. model.empty_text(audit) .. "\n"
    return table.concat(out)
  end
  out[#out + 1] = "\n" .. bold(color, "Scorecard") .. "\n"
  out[#out + 1] = M.scorecard(audit, color, opts)
  out[#out + 1] = M.wrap(model.RATE_NOTE, math.min(78, (opts.width or 80) - 2))
  out[#out + 1] = "\n" .. bold(color, "Verdicts") .. "\n"
  local notes = { list = {}, by = {} }
  local verdict_opts = setmetatable({ notes = notes }, { __index = opts })
  out[#out + 1] = M.verdicts(audit, color, verdict_opts)
  local decided = {}
  for _, v in ipairs(model.sorted(audit)) do
    local why = model.decided_text(v)
    if why then
      decided[#decided + 1] = ("%s %s: %s, %s"):format(M.source(audit, v.target, opts.wide),
        model.side_text(v.target), model.LABEL[v.status] or v.status, why)
    end
  end
  if #decided > 0 then
    -- who decided and why, which the status column has no room for
    out[#out + 1] = "\n" .. bold(color, "Reviewed") .. "\n"
    for _, line in ipairs(decided) do out[#out + 1] = opts.width and M.wrap(line, opts.width) or (line .. "\n") end
  end
  if #notes.list > 0 then
    out[#out + 1] = "\n" .. bold(color, "Sources") .. "\n"
    for i, s in ipairs(notes.list) do
      local line = ("[%d] %s"):format(i, s)
      out[#out + 1] = opts.width and M.wrap(line, opts.width) or (line .. "\n")
    end
  end
  local rules = {}
  for _, r in ipairs(audit.rules or {}) do
    rules[#rules + 1] = ("%s (sha256 %s)"):format(r.name or "?", r.sha256 or "unknown")
  end
  if #rules > 0 then
    local line = "rules: " .. table.concat(rules, ", ")
    out[#out + 1] = "\n" .. (opts.width and M.wrap(line, opts.width) or (line .. "\n"))
  end
  return table.concat(out)
end

return M
