--- The HTML report: one self-contained page (inline CSS, JS and SVG, no
-- asset from the network) with the headline figures, charts, the
-- scorecard, a sortable and filterable verdict table whose rows open to
-- both quotes with the number marked, and a footer naming the rule packs.
-- Every text from the audit is escaped.
local model = require "duixian.report.model"
local svg = require "duixian.report.svg"
local assets = require "duixian.report.html_assets"

local M = {}

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

--- Escape s for HTML text and attribute values.
function M.esc(s)
  if s == nil then return "" end
  if type(s) == "number" then s = model.number(s) end
  return (tostring(s):gsub("[&<>\"']", ESC))
end
local esc = M.esc

local KIND = { work_report = "work report", news = "news report", plan = "plan",
  statistics = "statistical communiqué", other = "document" }
local DIRECTION = { floor = "floor: more is better", cap = "cap: a ceiling not to exceed" }

local function plural(n, one, many) return n == 1 and one or (many or one .. "s") end

local function span_of_years(audit)
  local lo, hi
  for _, v in ipairs(audit.verdicts) do
    for y in tostring(v.period or ""):gmatch("%d%d%d%d") do
      y = tonumber(y)
      lo, hi = math.min(lo or y, y), math.max(hi or y, y)
    end
  end
  if not lo then return "" end
  return lo == hi and tostring(lo) or (lo .. "–" .. hi)
end

local function where(audit)
  local regions = model.regions(audit)
  if #regions == 0 then
    local p = audit.params or {}
    return p.region or ""
  end
  if #regions <= 3 then
    local last = table.remove(regions)
    return (#regions > 0 and (table.concat(regions, ", ") .. " and ") or "") .. last
  end
  return ("%d regions"):format(#regions)
end

--- The sentence under the headline, in words.
function M.dek(c)
  local judged = c.met + c.missed
  local parts = {}
  if judged > 0 then
    parts[#parts + 1] = ("Of %d %s whose outcome was reported, %d %s met and %d missed: a fulfilment rate of %s."):format(
      judged, plural(judged, "target"), c.met, c.met == 1 and "was" or "were", c.missed, model.rate_text(c))
  else
    parts[#parts + 1] = "No target could yet be judged met or missed."
  end
  if c.not_reported > 0 then
    parts[#parts + 1] = ("%d %s never reported on in a later document."):format(
      c.not_reported, c.not_reported == 1 and "target was" or "targets were")
  end
  local other = {}
  for _, s in ipairs({ "pending", "conflicting", "not_comparable" }) do
    if c[s] > 0 then other[#other + 1] = ("%d %s"):format(c[s], model.LABEL[s]) end
  end
  if #other > 0 then parts[#parts + 1] = "Also: " .. table.concat(other, ", ") .. "." end
  return table.concat(parts, " ")
end

local function figures(c)
  local cells = {
    { "met", c.met, "targets met" }, { "missed", c.missed, "targets missed" },
    { "not_reported", c.not_reported, "never reported on" },
    { "other", model.other(c), "pending or unclear" },
    { "rate", model.rate_text(c), "fulfilment rate" },
  }
  local out = { '<section class="figures" aria-label="Headline figures">' }
  for _, x in ipairs(cells) do
    out[#out + 1] = ('<div class="figure %s"><b>%s</b><span>%s</span></div>'):format(x[1], esc(x[2]), x[3])
  end
  out[#out + 1] = "</section>"
  return table.concat(out, "\n")
end

local function charts(audit)
  local out = {}
  local rate_svg, regions = svg.rate_chart(audit, esc)
  out[#out + 1] = '<h2>How many promises were kept</h2>'
  out[#out + 1] = '<section class="charts">'
  if rate_svg then
    local legend = {}
    for _, r in ipairs(regions) do
      legend[#legend + 1] = ('<span><i style="background:%s"></i>%s</span>'):format(r.color, esc(r.group.region))
    end
    out[#out + 1] = ('<figure><figcaption>Fulfilment rate by year<small>Share of targets met among those met or missed; bars are labelled with met/judged. Years with no judged target are left out.</small></figcaption>\n<div class="rate-chart">%s</div>\n<div class="legend">%s</div></figure>'):format(
      rate_svg, table.concat(legend))
  end
  local panels = svg.target_outcome(audit, esc)
  if panels then
    local legend = { '<span><i style="background:#1b1b1b;height:3px;vertical-align:3px"></i>target</span>' }
    local present = {}
    for _, v in ipairs(audit.verdicts) do present[v.status] = true end
    for _, s in ipairs({ "met", "missed", "conflicting", "not_comparable" }) do
      if present[s] then
        legend[#legend + 1] = ('<span><i style="background:%s;border-radius:50%%"></i>outcome, %s</span>'):format(
          svg.STATUS_COLORS[s], model.LABEL[s])
      end
    end
    if present.not_reported then legend[#legend + 1] = '<span><b style="color:#b26a00">?</b> never reported</span>' end
    if present.pending then legend[#legend + 1] = '<span><b style="color:#6b7280">…</b> not yet due</span>' end
    out[#out + 1] = ('<figure><figcaption>Target against outcome<small>Each panel is one indicator in one region; the dash is the target, the dot what was later reported.</small></figcaption>\n<div class="panels">%s</div>\n<div class="legend">%s</div></figure>'):format(
      panels, table.concat(legend))
  end
  out[#out + 1] = "</section>"
  return table.concat(out, "\n")
end

local function scorecard(audit)
  local card = model.scorecard(audit)
  local out = { '<h2>Scorecard</h2>', ('<p class="note">%s</p>'):format(esc(model.RATE_NOTE)),
    '<div style="overflow-x:auto"><table class="scorecard"><thead><tr><th>Region</th><th>Year</th>' ..
    '<th class="num">Met</th><th class="num">Missed</th><th class="num">Not reported</th>' ..
    '<th class="num">Other</th><th class="num">Targets</th><th class="num">Fulfilment</th></tr></thead><tbody>' }
  local function row(region, period, c, class)
    out[#out + 1] = ('<tr%s><td>%s</td><td>%s</td><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td class="num total">%s</td></tr>'):format(
      class and (' class="' .. class .. '"') or "", esc(region), esc(period), c.met, c.missed, c.not_reported,
      model.other(c), c.total, model.rate_text(c))
  end
  for _, g in ipairs(card.groups) do
    for _, p in ipairs(g.periods) do row(g.region, p.period, p.counts) end
    if #g.periods > 1 then row(g.region, "all years", g.counts, "total") end
  end
  if #card.groups > 1 then row("All regions", "all years", card.counts, "total grand") end
  out[#out + 1] = "</tbody></table></div>"
  return table.concat(out, "\n")
end

--- A quote as HTML: the sentence with the quantity in <mark>, then where
-- it stands (document, publication, byte offsets).
function M.quote(audit, side, label)
  local before, raw, after = model.quote_parts(side)
  local body
  if before then
    body = esc(before) .. "<mark>" .. esc(raw) .. "</mark>" .. esc(after)
  elseif side.sentence then
    body = esc(side.sentence) .. " <mark>" .. esc(side.raw) .. "</mark>"
  else
    body = "<mark>" .. esc(side.raw) .. "</mark>"
  end
  local src = ("%s · %s%s · bytes %s–%s"):format(esc(model.doc_name(audit, side.doc)),
    esc(KIND[side.doc_kind] or side.doc_kind or "document"),
    side.published and (", published " .. esc(side.published)) or "",
    esc(side.start), esc(side["end"]))
  if side.estimate then src = src .. " · provisional figure (预计)" end
  return ('<div><strong>%s</strong><blockquote lang="zh">%s</blockquote><p class="src">%s</p></div>'):format(
    label, body, src)
end

local function detail(audit, v)
  local out = { '<div class="quotes">', M.quote(audit, v.target, "The promise") }
  if v.outcome then
    out[#out + 1] = M.quote(audit, v.outcome, "What was reported")
  else
    out[#out + 1] = ('<div><strong>What was reported</strong><blockquote class="none">%s</blockquote></div>'):format(
      v.status == "pending" and "Not yet due: no document in this audit reviews this period." or
      "No later document in this audit reports this figure.")
  end
  out[#out + 1] = "</div>"
  local facts = { { "Why", v.reason } }
  if v.direction then facts[#facts + 1] = { "Direction", DIRECTION[v.direction] or v.direction } end
  if v.ratio then facts[#facts + 1] = { "Outcome / target", model.number(v.ratio) } end
  if v.matched_by then
    facts[#facts + 1] = { "Matched by", v.matched_by == "similarity" and "similar wording (no catalogue entry)" or "indicator catalogue" }
  end
  facts[#facts + 1] = { "Rule", v.rule }
  local dl = {}
  for _, f in ipairs(facts) do
    if f[2] then dl[#dl + 1] = ("<dt>%s:</dt><dd>%s</dd>"):format(f[1], esc(f[2])) end
  end
  out[#out + 1] = '<dl class="why">' .. table.concat(dl) .. "</dl>"
  if v.candidates and #v.candidates > 0 then
    local li = {}
    for _, c in ipairs(v.candidates) do
      li[#li + 1] = ("<li>%s — %s, bytes %s–%s%s</li>"):format(esc(c.raw), esc(model.doc_name(audit, c.doc)),
        esc(c.start), esc(c["end"]), c.rank_reason and (" (" .. esc(c.rank_reason) .. ")") or "")
    end
    out[#out + 1] = '<p class="src">Evidence considered:</p><ul class="src">' .. table.concat(li) .. "</ul>"
  end
  return table.concat(out, "\n")
end

local STATUS_RANK = {}
for i, s in ipairs(model.STATUSES) do STATUS_RANK[s] = i end

local COLUMNS = {
  { key = "region", label = "Region" }, { key = "year", label = "Year", type = "num" },
  { key = "indicator", label = "Indicator" }, { key = "target", label = "Target" },
  { key = "outcome", label = "Outcome" }, { key = "status", label = "Verdict", type = "num" },
  { key = "margin", label = "Margin", type = "num", class = "num" },
}

local function search_text(audit, v)
  local parts = { v.region, v.period, v.indicator, v.indicator_name, v.subject, model.LABEL[v.status], v.reason,
    v.target.raw, v.target.sentence, model.doc_name(audit, v.target.doc) }
  if v.outcome then
    parts[#parts + 1] = v.outcome.raw
    parts[#parts + 1] = v.outcome.sentence
    parts[#parts + 1] = model.doc_name(audit, v.outcome.doc)
  end
  local s = {}
  for _, p in ipairs(parts) do if p then s[#s + 1] = tostring(p) end end
  return table.concat(s, " "):lower()
end

local function verdict_body(audit, v, i)
  local t, o = v.target, v.outcome
  local cells = {
    { v.region or "", v.region or "" },
    { v.period or "", model.year(v.period) or "" },
    { model.indicator_text(v), model.indicator_text(v),
      v.subject and v.subject ~= model.indicator_text(v) and ('<br><small lang="zh" class="src">' .. esc(v.subject) .. "</small>") },
    { model.side_text(t), t.value or "" },
    { model.side_text(o), o and o.value or "" },
    { nil, STATUS_RANK[v.status], ('<span class="badge %s">%s</span>'):format(v.status, esc(model.LABEL[v.status])) },
    { model.margin(v), type(v.margin) == "number" and v.margin or "" },
  }
  local tds = {}
  for c, cell in ipairs(cells) do
    local col = COLUMNS[c]
    local content = cell[1] and esc(cell[1]) or ""
    if c == 6 then content = cell[3] elseif cell[3] then content = content .. cell[3] end
    tds[c] = ('<td data-label="%s" data-sort="%s"%s>%s</td>'):format(col.label, esc(cell[2]),
      col.class and (' class="' .. col.class .. '"') or "", content)
  end
  return ('<tbody class="v" id="v%d" data-status="%s" data-region="%s" data-year="%s" data-yearnum="%s" data-raw="%s" data-text="%s">\n' ..
    '<tr class="row" tabindex="0" aria-expanded="false"><td class="toggle" aria-hidden="true"><span>▸</span></td>%s</tr>\n' ..
    '<tr class="detail" hidden><td colspan="%d">%s</td></tr>\n</tbody>'):format(
    i, esc(v.status), esc(v.region or ""), esc(v.period or ""), esc(model.year(v.period) or ""),
    esc(t.raw or ""), esc(search_text(audit, v)), table.concat(tds), #COLUMNS + 1, detail(audit, v))
end

local function options(label, id, values, counts)
  local out = { ('<label>%s<select id="%s"><option value="">all</option>'):format(label, id) }
  for _, v in ipairs(values) do
    out[#out + 1] = ('<option value="%s">%s (%d)</option>'):format(esc(v[1]), esc(v[2]), counts[v[1]] or 0)
  end
  out[#out + 1] = "</select></label>"
  return table.concat(out)
end

local function verdict_table(audit)
  local counts = { status = {}, region = {}, year = {} }
  for _, v in ipairs(audit.verdicts) do
    counts.status[v.status] = (counts.status[v.status] or 0) + 1
    counts.region[v.region or ""] = (counts.region[v.region or ""] or 0) + 1
    counts.year[v.period or ""] = (counts.year[v.period or ""] or 0) + 1
  end
  local statuses, regions, years = {}, {}, {}
  for _, s in ipairs(model.STATUSES) do
    if counts.status[s] then statuses[#statuses + 1] = { s, model.LABEL[s] } end
  end
  for _, r in ipairs(model.regions(audit)) do regions[#regions + 1] = { r, r } end
  for _, p in ipairs(model.periods(audit)) do years[#years + 1] = { p, p } end
  local out = { "<h2>Every target, judged</h2>",
    '<p class="note">Click a row to read both quotes: the promise and what was later reported, with the figure marked and the document and byte offsets named. Click a column heading to sort.</p>',
    '<div class="filters">', options("Verdict", "f-status", statuses, counts.status),
    options("Region", "f-region", regions, counts.region), options("Year", "f-year", years, counts.year),
    '<label class="search">Search<input id="f-text" type="search" placeholder="indicator, quote, document…"></label>',
    '<span id="shown" aria-live="polite"></span></div>',
    ('<table id="verdicts" data-count="%d"><thead><tr><th aria-hidden="true"></th>'):format(#audit.verdicts) }
  for c, col in ipairs(COLUMNS) do
    out[#out + 1] = ('<th data-col="%d" data-key="%s" data-type="%s"%s><button type="button">%s</button></th>'):format(
      c, col.key, col.type or "text", col.class and (' class="' .. col.class .. '"') or "", col.label)
  end
  out[#out + 1] = "</tr></thead>"
  for i, v in ipairs(model.sorted(audit)) do out[#out + 1] = verdict_body(audit, v, i) end
  out[#out + 1] = '</table>\n<p id="none" class="empty-msg" hidden>No target matches these filters.</p>'
  return table.concat(out, "\n")
end

local function footer(audit)
  local rules = {}
  for _, r in ipairs(audit.rules or {}) do
    rules[#rules + 1] = ("<li>rule pack <strong>%s</strong>, sha256 <code>%s</code></li>"):format(
      esc(r.name or "?"), esc(r.sha256 or "unknown"))
  end
  if #rules == 0 then rules[1] = "<li>rule packs not recorded in this audit</li>" end
  local docs = {}
  for _, d in ipairs(audit.documents or {}) do
    docs[#docs + 1] = ("<li>%s — %s, %s%s</li>"):format(esc(d.file or d.id), esc(d.region or ""),
      esc(KIND[d.kind] or d.kind or "document"), d.published and (", published " .. esc(d.published)) or "")
  end
  return ('<footer><div class="inner"><p>Produced by <strong>duixian</strong> (兑现), audit %s of %s. Targets come from each document\'s plans for the coming year, outcomes from the later documents that review it; offsets are 1-based byte offsets into each decoded document.</p>' ..
    '<p>Rules that produced these verdicts:</p><ul>%s</ul><details><summary>%d %s read</summary><ul>%s</ul></details></div></footer>'):format(
    esc(audit.id or "(unsaved)"), esc(audit.created_at or "unknown date"), table.concat(rules),
    #docs, plural(#docs, "document"), table.concat(docs))
end

--- The whole page as a string.
function M.render(audit)
  local c = model.scorecard(audit).counts
  local place, years = where(audit), span_of_years(audit)
  local title = "Promises kept?" .. (place ~= "" and (" " .. place) or "") .. (years ~= "" and (", " .. years) or "")
  local out = {
    "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="duixian">',
    "<title>" .. esc(title) .. "</title>", "<style>" .. assets.CSS .. "</style>", "</head>", "<body>",
    '<header class="masthead"><div class="masthead-inner">',
    '<p class="kicker">Government work reports · 政府工作报告</p>',
    ("<h1>Promises kept?<span class=\"where\">%s%s</span></h1>"):format(esc(place),
      years ~= "" and (" · " .. esc(years)) or ""),
  }
  if #audit.verdicts == 0 then
    out[#out + 1] = "</div></header><main>"
    out[#out + 1] = ('<p class="empty-msg" id="no-verdicts"><strong>Nothing to report.</strong> This audit holds no verdicts: no target was found in its %d %s. Check that the documents are work reports or plans that set targets, and that their publication dates are known.</p>'):format(
      #(audit.documents or {}), plural(#(audit.documents or {}), "document"))
    out[#out + 1] = "</main>"
    out[#out + 1] = footer(audit)
    out[#out + 1] = "</body></html>\n"
    return table.concat(out, "\n")
  end
  out[#out + 1] = ('<p class="dek">%s</p></div></header>'):format(esc(M.dek(c)))
  out[#out + 1] = "<main>"
  out[#out + 1] = figures(c)
  out[#out + 1] = charts(audit)
  out[#out + 1] = scorecard(audit)
  out[#out + 1] = verdict_table(audit)
  out[#out + 1] = '<pre id="selftest" hidden></pre>'
  out[#out + 1] = "</main>"
  out[#out + 1] = footer(audit)
  out[#out + 1] = "<script>" .. assets.JS .. "</script>"
  out[#out + 1] = "</body></html>\n"
  return table.concat(out, "\n")
end

return M
