--- Plain-text tables aligned by display width (CJK characters take two
-- terminal cells; widths come from duixian.core.width).
local width = require("duixian.core").width

local M = {}

M.width = width

--- Cut s to at most w cells, marking the cut with "…".
function M.truncate(s, w)
  if width(s) <= w then return s end
  local out, used = {}, 0
  for _, cp in utf8.codes(s) do
    local ch = utf8.char(cp)
    local cw = width(ch)
    if used + cw > w - 1 then break end
    out[#out + 1] = ch
    used = used + cw
  end
  return table.concat(out) .. "…"
end

--- Pad s with spaces to w cells, on the right (align "left") or the left.
function M.pad(s, w, align)
  local gap = w - width(s)
  if gap <= 0 then return s end
  if align == "right" then return (" "):rep(gap) .. s end
  return s .. (" "):rep(gap)
end

--- Render rows (arrays of strings) under headers. columns: optional array
-- of { align = "right", max = N, paint = function(cell, row_index) } per
-- column (paint decorates a padded body cell). Returns the lines joined.
function M.render(headers, rows, columns)
  columns = columns or {}
  local widths = {}
  for i, h in ipairs(headers) do widths[i] = width(h) end
  local cells = {}
  for r, row in ipairs(rows) do
    cells[r] = {}
    for i = 1, #headers do
      local s = tostring(row[i] == nil and "" or row[i]):gsub("[\r\n\t]", " ")
      local max = columns[i] and columns[i].max
      if max then s = M.truncate(s, max) end
      cells[r][i] = s
      if width(s) > widths[i] then widths[i] = width(s) end
    end
  end
  local out = {}
  local function line(row, r)
    local parts = {}
    for i = 1, #headers do
      parts[i] = M.pad(row[i], widths[i], columns[i] and columns[i].align)
      -- paint wraps the padded cell (in colour, say) after widths are set.
      if r and columns[i] and columns[i].paint then parts[i] = columns[i].paint(parts[i], r) end
    end
    out[#out + 1] = (table.concat(parts, "  "):gsub("%s+$", ""))
  end
  line(headers)
  local rule = {}
  for i = 1, #headers do rule[i] = ("-"):rep(widths[i]) end
  out[#out + 1] = table.concat(rule, "  ")
  for r, row in ipairs(cells) do line(row, r) end
  return table.concat(out, "\n") .. "\n"
end

return M
