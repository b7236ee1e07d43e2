--- The HTML report: one self-contained page (inline CSS and JS, no asset
-- from the network) that starts with the answer: the headline figures and
-- a sortable league table of regions; then every verdict in a sortable,
-- filterable table whose rows open to both quotes with the number marked;
-- then charts of target against outcome for the indicators with a judged
-- target; the counts by region and year; a footer naming the rule packs.
-- Every text from the audit is escaped.
local model = require "duixian.report.model"
local charts = require "duixian.report.charts"
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

local KIND = model.KIND_WORDS
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

-- The regions of the documents (not the places their texts name), in words.
local function where(audit)
  local regions, n = model.regions(audit)
  if n == 0 then
    local p = audit.params or {}
    return p.region or ""
  end
  if n <= 3 then
    local names = table.move(regions, 1, n - 1, 1, {})
    return (#names > 0 and (table.concat(names, ", ") .. " and ") or "") .. regions[n]
  end
  return ("%d regions"):format(n)
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
  if (c.similar or 0) > 0 then
    parts[#parts + 1] = ("%d met or missed %s on similar wording only, not on the indicator catalogue, and %s left out of the rate."):format(
      c.similar, c.similar == 1 and "verdict rests" or "verdicts rest", c.similar == 1 and "is" or "are")
  end
  return table.concat(parts, " ")
end

local function figures(c)
  local cells = {
    { "met", c.met, "targets met" }, { "missed", c.missed, "targets missed" },
    { "not_reported", c.not_reported, "never reported on" },
    { "other", model.other(c), "pending or unclear" },
    { "rate", model.rate_text(c), "fulfilment rate" },
  }
  local h = c.headline
  if h and h.total > 0 then
    table.insert(cells, { "rate headline", model.rate_text(h), ("headline targets (%d)"):format(h.total) })
  end
  local out = { '<section class="figures" aria-label="Headline figures">' }
  for _, x in ipairs(cells) do
    out[#out + 1] = ('<div class="figure %s"><b>%s</b><span>%s</span></div>'):format(x[1], esc(x[2]), x[3])
  end
  out[#out + 1] = "</section>"
  return table.concat(out, "\n")
end

local function count_cells(c)
  return ('<td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td>'):format(
    c.total, c.met, c.missed, c.not_reported, model.other(c))
end

local function rate_cell(c)
  local rate = model.rate(c)
  local bar = rate and ('<span class="bar" aria-hidden="true"><i style="width:%d%%"></i></span>'):format(
    math.floor(100 * rate + 0.5)) or ""
  return ('<td class="num rate" data-sort="%s">%s<b>%s</b></td>'):format(rate and ("%.4f"):format(rate) or "-1", bar,
    model.rate_text(c))
end

local function headline_cell(c, any)
  if not any then return "" end
  local h = c.headline
  return ('<td class="num" data-sort="%s">%s</td>'):format(
    model.rate(h) and ("%.4f"):format(model.rate(h)) or "-1",
    h.total > 0 and ("%s <small>(%d)</small>"):format(model.rate_text(h), h.total) or "")
end

--- The league table: one row per region of the documents, best
-- fulfilment first; then one row for the places the texts name, and the
-- total. Sortable by every column.
local function league(audit)
  local l = model.league(audit)
  local any_headline = l.counts.headline.total > 0
  -- { heading, sort type, the heading on a narrow screen (html_assets.CSS) }
  local head = { { "Region", "text" }, { "Targets" }, { "Met" }, { "Missed" }, { "Not reported", nil, "Unrep." },
    { "Other" }, { "Fulfilment", nil, "Rate" } }
  if any_headline then head[#head + 1] = { "Headline", nil, "★ rate" } end
  local out = { '<h2 id="league-title">Regions, ranked by fulfilment</h2>',
    ('<p class="note">%s</p>'):format(esc(model.RATE_NOTE)),
    '<table id="league" class="sortable"><thead><tr>' }
  for i, h in ipairs(head) do
    local label = h[3] and ('<span class="long">%s</span><span class="short">%s</span>'):format(h[1], h[3]) or h[1]
    out[#out + 1] = ('<th data-col="%d" data-type="%s"%s><button type="button"%s>%s</button></th>'):format(
      i - 1, h[2] or "num", h[2] and "" or ' class="num"', h[3] and (' title="%s"'):format(h[1]) or "", label)
  end
  out[#out + 1] = "</tr></thead><tbody>"
  for _, r in ipairs(l.rows) do
    out[#out + 1] = ('<tr><td><a href="#verdicts-title" class="region" data-region="%s">%s</a></td>%s%s%s</tr>'):format(
      esc(r.region), esc(r.region), count_cells(r.counts), rate_cell(r.counts), headline_cell(r.counts, any_headline))
  end
  out[#out + 1] = "</tbody><tfoot>"
  if l.others then
    out[#out + 1] = ('<tr class="others"><td>%d other %s named in the texts <small>(counties, districts, or misread)</small></td>%s%s%s</tr>'):format(
      l.others.places, plural(l.others.places, "place"), count_cells(l.others.counts), rate_cell(l.others.counts),
      headline_cell(l.others.counts, any_headline))
  end
  out[#out + 1] = ('<tr class="grand"><td>All</td>%s%s%s</tr>'):format(count_cells(l.counts), rate_cell(l.counts),
    headline_cell(l.counts, any_headline))
  out[#out + 1] = "</tfoot></table>"
  return table.concat(out, "\n")
end

--- The counts by region and year, folded away: the league table answers
-- first, this is for checking one year.
local function scorecard(audit)
  local card = model.scorecard(audit)
  local _, documented = model.regions(audit)
  local out = { '<details class="by-year"><summary>Counts by region and year</summary>',
    '<table class="scorecard"><thead><tr><th>Region</th><th>Year</th>' ..
    '<th class="num">Targets</th><th class="num">Met</th><th class="num">Missed</th><th class="num">Not reported</th>' ..
    '<th class="num">Other</th><th class="num">Fulfilment</th></tr></thead><tbody>' }
  local function row(region, period, c, class)
    out[#out + 1] = ('<tr%s><td>%s</td><td>%s</td>%s<td class="num total">%s</td></tr>'):format(
      class and (' class="' .. class .. '"') or "", esc(region), esc(period), count_cells(c), model.rate_text(c))
  end
  for i, g in ipairs(card.groups) do
    if i > documented then break end
    for _, p in ipairs(g.periods) do row(g.region, p.period, p.counts) end
    if #g.periods > 1 then row(g.region, "all years", g.counts, "total") end
  end
  if #card.groups > 1 then row("All regions", "all years", card.counts, "total grand") end
  out[#out + 1] = "</tbody></table></details>"
  return table.concat(out, "\n")
end

local function chart_section(audit, anchors)
  local panels, n = charts.render(audit, anchors, esc)
  if not panels then return "" end
  return table.concat({ ('<h2 id="charts-title">Target against outcome, %d %s</h2>'):format(n, plural(n, "indicator")),
    '<p class="note">One panel for each indicator of the catalogue with at least one target judged met or missed; ' ..
    'one row for each region and year. The dark tick is the target (a band for a range), the dot what a later ' ..
    'document reported: <span class="key met">met</span> <span class="key missed">missed</span> ' ..
    '<span class="key conflicting">conflicting</span> <span class="key not_comparable">not comparable</span>; ' ..
    'a hollow dot is a provisional figure, a row without a dot a target not yet due. Targets never reported on are ' ..
    'counted above and listed in the table, not drawn. Click a row for its quotes.</p>',
    '<section class="charts">', panels, "</section>" }, "\n")
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
  local src = ("%s%s · %s%s · bytes %s–%s"):format(esc(model.doc_name(audit, side.doc)),
    side.page and (" · p. " .. esc(side.page)) or "",
    esc(KIND[side.doc_kind] or side.doc_kind or "document"),
    side.published and (", published " .. esc(side.published)) or "",
    esc(side.start), esc(side["end"]))
  if side.estimate then src = src .. " · provisional figure (预计)" end
  local cite = model.source_of(audit, side)
  if cite then
    local url = cite:match("^https?://%S+$")
    src = src .. " · source: " .. (url and ('<a href="%s">%s</a>'):format(esc(url), esc(url)) or esc(cite))
  end
  return ('<div><strong>%s</strong><blockquote lang="zh">%s</blockquote><p class="src">%s</p></div>'):format(
    label, body, src)
end

local function detail(audit, v)
  local out = { '<div class="quotes">', M.quote(audit, v.target, "The promise") }
  if v.outcome then
    out[#out + 1] = M.quote(audit, v.outcome, "What was reported")
  else
    -- the words come from the style sheet: a thousand targets share them
    out[#out + 1] = ('<div><strong>What was reported</strong><blockquote class="none %s"></blockquote></div>'):format(
      v.status == "pending" and "due" or "nr")
  end
  out[#out + 1] = "</div>"
  local facts = { { "Why", v.reason } }
  if v.decided_by == "review" then facts[#facts + 1] = { "Decided by", model.decided_text(v) } end
  if v.direction then facts[#facts + 1] = { "Direction", DIRECTION[v.direction] or v.direction } end
  if v.ratio then facts[#facts + 1] = { "Outcome / target", model.number(v.ratio) } end
  if v.matched_by == "similarity" then facts[#facts + 1] = { "Matched by", "similar wording (no catalogue entry)" } end
  facts[#facts + 1] = { "Rule", v.rule }
  local dl = {}
  for _, f in ipairs(facts) do
    if f[2] then dl[#dl + 1] = ("<dt>%s:</dt><dd>%s</dd>"):format(f[1], esc(f[2])) end
  end
  out[#out + 1] = '<dl class="why">' .. table.concat(dl) .. "</dl>"
  if v.candidates and #v.candidates > 0 then
    local li = {}
    for k, c in ipairs(v.candidates) do
      if k > 5 then
        li[#li + 1] = ("<li>and %d more (all in the JSON report)</li>"):format(#v.candidates - 5)
        break
      end
      li[#li + 1] = ("<li>%s — %s, bytes %s–%s%s</li>"):format(esc(c.raw), esc(model.doc_name(audit, c.doc)),
        esc(c.start), esc(c["end"]), c.rank_reason and (" (" .. esc(c.rank_reason) .. ")") or "")
    end
    out[#out + 1] = '<p class="src">Evidence considered:</p><ul class="src">' .. table.concat(li) .. "</ul>"
  end
  return table.concat(out, "\n")
end

local STATUS_RANK = {}
for i, st in ipairs(model.STATUSES) do STATUS_RANK[st] = i end

-- The verdict table's columns; on a narrow screen each row becomes a card
-- and the CSS writes these labels before the cells.
local COLUMNS = {
  { key = "region", label = "Region" }, { key = "year", label = "Year", type = "num" },
  { key = "indicator", label = "Indicator" }, { key = "target", label = "Target", type = "num" },
  { key = "outcome", label = "Outcome", type = "num" }, { key = "status", label = "Verdict", type = "num" },
  { key = "margin", label = "Margin", type = "num", class = "num" },
}

-- What the indicator filter files a verdict under: its catalogue id, or
-- "-" for a subject outside the catalogue.
local function indicator_key(v) return v.indicator or "-" end

local function verdict_body(audit, v, i)
  local t, o = v.target, v.outcome
  local indicator = esc(model.indicator_text(v))
  if v.headline == true then indicator = '<span class="star" title="headline target">★</span> ' .. indicator end
  if v.subject and v.subject ~= model.indicator_text(v) then
    indicator = indicator .. '<br><small lang="zh" class="src">' .. esc(v.subject) .. "</small>"
  end
  if v.matched_by == "similarity" and v.status ~= "not_reported" then
    indicator = indicator .. ' <small class="src" title="matched by similar wording, not by the indicator catalogue">≈</small>'
  end
  -- data-sort only where the text does not sort right by itself
  local cells = {
    esc(v.region or ""),
    -- a span sorts by its last year; a single year sorts as it reads
    tostring(model.year(v.period) or "") == (v.period or "") and esc(v.period or "") or
      ('<td data-sort="%s">%s'):format(esc(model.year(v.period) or ""), esc(v.period or "")),
    indicator,
    ('<td data-sort="%s">%s'):format(esc(t.value or ""), esc(model.side_text(t))),
    ('<td data-sort="%s">%s'):format(esc(o and o.value or ""), esc(model.side_text(o))),
    ('<td data-sort="%d"><span class="badge %s">%s</span>'):format(STATUS_RANK[v.status], esc(v.status),
      esc(model.LABEL[v.status]) .. (v.decided_by == "review"
        and ' <span class="reviewed" title="decided by a reviewer">✔ review</span>' or "")),
    ('<td class="num" data-sort="%s">%s'):format(type(v.margin) == "number" and model.number(v.margin) or "",
      esc(model.margin(v))),
  }
  for c, cell in ipairs(cells) do
    if cell:sub(1, 3) ~= "<td" then cells[c] = "<td>" .. cell end
  end
  return ('<tbody class="v" id="v%d" data-status="%s" data-region="%s" data-year="%s" data-indicator="%s"%s>\n' ..
    '<tr class="row" tabindex="0" aria-expanded="false"><td class="toggle" aria-hidden="true">▸</td>%s</tr>\n' ..
    '<tr class="detail" hidden><td colspan="%d">%s</td></tr>\n</tbody>'):format(
    i, esc(v.status), esc(v.region or ""), esc(v.period or ""), esc(indicator_key(v)),
    v.headline == true and ' data-headline="1"' or "", table.concat(cells), #COLUMNS + 1, detail(audit, v))
end

-- A filter: a select of values ({ value, label }) with their counts; the
-- values after the first `grouped` go in an optgroup named group.
local function options(label, id, values, counts, grouped, group)
  local out = { ('<label>%s<select id="%s"><option value="">all</option>'):format(label, id) }
  for i, v in ipairs(values) do
    if grouped and i == grouped + 1 then out[#out + 1] = ('<optgroup label="%s">'):format(esc(group)) end
    out[#out + 1] = ('<option value="%s">%s (%d)</option>'):format(esc(v[1]), esc(v[2]), counts[v[1]] or 0)
  end
  if grouped and #values > grouped then out[#out + 1] = "</optgroup>" end
  out[#out + 1] = "</select></label>"
  return table.concat(out)
end

local function verdict_table(audit, list)
  local counts = { status = {}, region = {}, year = {}, indicator = {} }
  local names, any_headline = {}, false
  for _, v in ipairs(list) do
    counts.status[v.status] = (counts.status[v.status] or 0) + 1
    counts.region[v.region or ""] = (counts.region[v.region or ""] or 0) + 1
    counts.year[v.period or ""] = (counts.year[v.period or ""] or 0) + 1
    local k = indicator_key(v)
    if not counts.indicator[k] then names[#names + 1] = k end
    counts.indicator[k] = (counts.indicator[k] or 0) + 1
    if k ~= "-" and not names[k] then names[k] = model.indicator_text(v) end
    any_headline = any_headline or v.headline == true
  end
  local statuses, regions, years, indicators = {}, {}, {}, {}
  for _, st in ipairs(model.STATUSES) do
    if counts.status[st] then statuses[#statuses + 1] = { st, model.LABEL[st] } end
  end
  local region_list, documented = model.regions(audit)
  for _, r in ipairs(region_list) do regions[#regions + 1] = { r, r } end
  for _, p in ipairs(model.periods(audit)) do years[#years + 1] = { p, p } end
  table.sort(names, function(a, b)
    if (a == "-") ~= (b == "-") then return b == "-" end
    return counts.indicator[a] > counts.indicator[b] or (counts.indicator[a] == counts.indicator[b] and a < b)
  end)
  for _, k in ipairs(names) do
    indicators[#indicators + 1] = { k, k == "-" and "not in the catalogue" or names[k] }
  end
  local out = { '<h2 id="verdicts-title">Every target, judged</h2>',
    '<p class="note">Click a row to read both quotes: the promise and what was later reported, with the figure marked and the document and byte offsets named. Click a column heading to sort. ≈ marks a match by similar wording (no catalogue entry).</p>',
    '<div class="filters">', options("Verdict", "f-status", statuses, counts.status),
    options("Region", "f-region", regions, counts.region, documented, "named in the texts"),
    options("Year", "f-year", years, counts.year),
    options("Indicator", "f-indicator", indicators, counts.indicator),
    '<label class="search">Search<input id="f-text" type="search" placeholder="indicator, quote, document…"></label>',
    any_headline and '<label class="check"><input id="f-headline" type="checkbox"> headline targets only</label>' or "",
    '<span id="shown" aria-live="polite"></span></div>',
    ('<table id="verdicts" data-count="%d"><thead><tr><th aria-hidden="true"></th>'):format(#list) }
  for c, col in ipairs(COLUMNS) do
    out[#out + 1] = ('<th data-col="%d" data-key="%s" data-type="%s"%s><button type="button">%s</button></th>'):format(
      c, col.key, col.type or "text", col.class and (' class="' .. col.class .. '"') or "", col.label)
  end
  out[#out + 1] = "</tr></thead>"
  for i, v in ipairs(list) do out[#out + 1] = verdict_body(audit, v, i) end
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
    docs[#docs + 1] = ("<li>%s — %s, %s%s%s</li>"):format(esc(d.file or d.id), esc(d.region or ""),
      esc(KIND[d.kind] or d.kind or "document"), d.published and (", published " .. esc(d.published)) or "",
      d.source and d.source ~= "" and (", source: " .. esc(d.source)) or "")
  end
  return ('<footer><div class="inner"><p>Produced by <strong>duixian</strong> (兑现), audit %s of %s. Targets come from each document\'s plans for the coming year, outcomes from the later documents that review it; offsets are 1-based byte offsets into each decoded document.</p>' ..
    '<p>Rules that produced these verdicts:</p><ul>%s</ul><details><summary>%d %s read</summary><ul>%s</ul></details></div></footer>'):format(
    esc(audit.id or "(unsaved)"), esc(audit.created_at or "unknown date"), table.concat(rules),
    #docs, plural(#docs, "document"), table.concat(docs))
end

--- The history section: each promise's statuses across the stored audits
-- (audit.history, from duixian.history.timeline; set by duixian report
-- --db when the database holds more than one audit); "" without it.
function M.history(audit)
  if type(audit.history) ~= "table" or #audit.history == 0 then return "" end
  local history = require "duixian.history"
  local out = { '<section aria-labelledby="history-title"><h2 id="history-title">History of every verdict</h2>',
    '<table class="history"><thead><tr><th>Region</th><th>Year</th><th>Indicator</th><th>Target</th>'
    .. "<th>Status in each stored audit</th></tr></thead><tbody>" }
  for _, p in ipairs(audit.history) do
    out[#out + 1] = ('<tr><td>%s</td><td>%s</td><td lang="zh">%s</td><td lang="zh">%s</td><td>%s</td></tr>'):format(
      esc(p.region or ""), esc(p.period or ""), esc(p.indicator or ""), esc(p.target or ""),
      esc(history.steps_text(p.steps)))
  end
  out[#out + 1] = "</tbody></table>"
  out[#out + 1] = "<p>" .. esc(history.dates_text(audit.history)) .. "</p></section>"
  return table.concat(out, "\n")
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
    if audit.reviewed_only then
      out[#out + 1] = ('<p class="empty-msg" id="no-verdicts"><strong>Nothing to report.</strong> %s</p>'):format(
        esc(model.empty_text(audit)))
    else
      out[#out + 1] = ('<p class="empty-msg" id="no-verdicts"><strong>Nothing to report.</strong> This audit holds no verdicts: no target was found in its %d %s. Check that the documents are work reports or plans that set targets, and that their publication dates are known.</p>'):format(
        #(audit.documents or {}), plural(#(audit.documents or {}), "document"))
    end
    out[#out + 1] = "</main>"
    out[#out + 1] = footer(audit)
    out[#out + 1] = "</body></html>\n"
    return table.concat(out, "\n")
  end
  local list = model.sorted(audit)
  local anchors = {}
  for i, v in ipairs(list) do anchors[v] = "v" .. i end
  out[#out + 1] = ('<p class="dek">%s</p></div></header>'):format(esc(M.dek(c)))
  out[#out + 1] = "<main>"
  out[#out + 1] = figures(c)
  out[#out + 1] = league(audit)
  out[#out + 1] = verdict_table(audit, list)
  out[#out + 1] = chart_section(audit, anchors)
  out[#out + 1] = scorecard(audit)
  out[#out + 1] = M.history(audit)
  out[#out + 1] = '<pre id="selftest" hidden></pre>'
  out[#out + 1] = "</main>"
  out[#out + 1] = footer(audit)
  out[#out + 1] = "<script>" .. assets.JS .. "</script>"
  out[#out + 1] = "</body></html>\n"
  return table.concat(out, "\n")
end

return M
