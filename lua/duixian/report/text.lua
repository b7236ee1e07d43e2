--- The terminal report: a scorecard by region and year with totals and
-- the fulfilment rate, then one line per verdict. Columns align by
-- display width (duixian.tabulate, CJK = 2 cells); colour is ANSI and
-- only when the caller says the output is a terminal.
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

--- Words of s on lines of at most w cells.
function M.wrap(s, w)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
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

--- The scorecard table as text.
function M.scorecard(audit, color)
  local card = model.scorecard(audit)
  local rows = {}
  local multi = #card.groups > 1
  for _, g in ipairs(card.groups) do
    for _, p in ipairs(g.periods) do rows[#rows + 1] = count_row(g.region, p.period, p.counts) end
    if #g.periods > 1 then rows[#rows + 1] = count_row(g.region, "all", g.counts) end
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
  return tabulate.render(
    { "region", "year", "met", "missed", "not reported", "other", "targets", "fulfilment" },
    rows, { {}, {}, right, right, right, right, right, rate_col })
end

--- The verdict lines as text.
function M.verdicts(audit, color)
  local list = model.sorted(audit)
  local rows = {}
  for i, v in ipairs(list) do
    rows[i] = { v.region or "", v.period or "", model.indicator_text(v), model.side_text(v.target),
      model.side_text(v.outcome), model.LABEL[v.status],
      ("%s:%s"):format(model.doc_name(audit, v.target.doc), tostring(v.target.start or "")),
      -- "—" rather than blank keeps every line the same width.
      model.margin(v) ~= "" and model.margin(v) or "—" }
  end
  local paint = painter(color, function(r) return list[r].status end)
  return tabulate.render(
    { "region", "year", "indicator", "target", "outcome", "status", "target source", "margin" },
    rows, { {}, {}, { max = 24 }, { max = 16 }, { max = 20 }, { paint = paint }, { max = 32 },
      { align = "right" } })
end

--- Render the whole terminal report to a string. opts.color adds ANSI
-- colours (the caller decides: a terminal, no --no-color, no NO_COLOR).
function M.render(audit, opts)
  local color = opts and opts.color
  local out = {}
  local head = ("duixian audit%s · %s · %d verdicts from %d documents"):format(
    audit.id and (" " .. tostring(audit.id)) or "", audit.created_at or "undated",
    #audit.verdicts, #(audit.documents or {}))
  out[#out + 1] = bold(color, head) .. "\n"
  if #audit.verdicts == 0 then
    out[#out + 1] = "\nNo verdicts: the audit found no targets to judge in its documents.\n"
    return table.concat(out)
  end
  out[#out + 1] = "\n" .. bold(color, "Scorecard") .. "\n"
  out[#out + 1] = M.scorecard(audit, color)
  out[#out + 1] = M.wrap(model.RATE_NOTE, 78)
  out[#out + 1] = "\n" .. bold(color, "Verdicts") .. "\n"
  out[#out + 1] = M.verdicts(audit, color)
  local rules = {}
  for _, r in ipairs(audit.rules or {}) do
    rules[#rules + 1] = ("%s (sha256 %s)"):format(r.name or "?", r.sha256 or "unknown")
  end
  if #rules > 0 then out[#out + 1] = "\nrules: " .. table.concat(rules, ", ") .. "\n" end
  return table.concat(out)
end

return M
