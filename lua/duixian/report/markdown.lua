--- Markdown: the scorecard and the verdicts as GitHub-style tables, for a
-- newsroom's CMS or an issue thread.
local model = require "duixian.report.model"

local M = {}

--- A table cell: | and \ escaped, < and & as entities (no stray HTML),
-- line breaks as <br>.
function M.cell(v)
  local s = v == nil and "" or (type(v) == "number" and model.number(v) or tostring(v))
  s = s:gsub("\\", "\\\\"):gsub("|", "\\|"):gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;")
  s = s:gsub("\r\n", "<br>"):gsub("[\r\n]", "<br>")
  return s
end

local function row(cells)
  local out = {}
  for i, c in ipairs(cells) do out[i] = M.cell(c) end
  return "| " .. table.concat(out, " | ") .. " |\n"
end

local function count_cells(region, period, c)
  return { region, period, c.met, c.missed, c.not_reported, model.other(c), c.total, model.rate_text(c) }
end

function M.render(audit)
  local out = {}
  out[#out + 1] = ("# Promises kept? Audit%s of %s\n\n"):format(
    audit.id and (" " .. tostring(audit.id)) or "", audit.created_at or "undated")
  if #audit.verdicts == 0 then
    out[#out + 1] = model.empty_text(audit) .. "\n"
    return table.concat(out)
  end
  out[#out + 1] = "## Scorecard\n\n"
  out[#out + 1] = row({ "region", "year", "met", "missed", "not reported", "other", "targets", "fulfilment" })
  out[#out + 1] = "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
  local card = model.scorecard(audit)
  for _, g in ipairs(card.groups) do
    for _, p in ipairs(g.periods) do out[#out + 1] = row(count_cells(g.region, p.period, p.counts)) end
    if #g.periods > 1 then out[#out + 1] = row(count_cells(g.region, "**all**", g.counts)) end
  end
  if #card.groups > 1 then out[#out + 1] = row(count_cells("**all regions**", "**all**", card.counts)) end
  out[#out + 1] = "\n" .. M.cell(model.RATE_NOTE) .. "\n\n## Verdicts\n\n"
  out[#out + 1] = row({ "region", "year", "indicator", "target", "outcome", "status", "margin",
    "target quote", "outcome quote", "reason", "decided by" })
  out[#out + 1] = "| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |\n"
  for _, v in ipairs(model.sorted(audit)) do
    local t, o = v.target, v.outcome
    local function quote(s)
      if not s or not s.sentence then return "" end
      local src = model.source_of(audit, s)
      -- each quote with its document's kind and date, as the HTML has them
      local dated = (s.doc_kind and (model.KIND_WORDS[s.doc_kind] or s.doc_kind) .. ", " or "")
        .. (s.published and ("published " .. s.published .. ", ") or "")
      return ("“%s” (%s, %s%sbytes %s–%s%s)"):format(s.sentence, model.doc_name(audit, s.doc), dated,
        s.page and ("p. %d, "):format(s.page) or "", tostring(s.start), tostring(s["end"]),
        src and ("; source: " .. src) or "")
    end
    out[#out + 1] = row({ v.region, v.period, model.indicator_text(v), model.side_text(t),
      model.side_text(o), model.status_text(v), model.margin(v), quote(t), quote(o), v.reason,
      model.decided_text(v) or "rules" })
  end
  local rules = {}
  for _, r in ipairs(audit.rules or {}) do
    rules[#rules + 1] = ("`%s` (sha256 `%s`)"):format(r.name or "?", r.sha256 or "unknown")
  end
  if #rules > 0 then out[#out + 1] = "\nRules: " .. table.concat(rules, ", ") .. "\n" end
  return table.concat(out)
end

return M
