--- The charts of the HTML report: target against outcome, one panel per
-- indicator that has a judged target (met or missed), one row per region
-- and year. Drawn in HTML and CSS rather than SVG, so that text keeps its
-- size at any page width and labels sit in their own grid cells, where
-- they cannot overlap. Every text is escaped by the caller's esc.
local model = require "duixian.report.model"

local M = {}

--- A verdict is drawn when its target has a number and either an outcome
-- with a number or, in a region the panel already shows, is still pending
-- (the next target, beside the last outcome). Targets never reported on
-- are counted and listed elsewhere, not drawn.
local function drawable(v)
  return type(v.target.value) == "number" and (v.outcome and type(v.outcome.value) == "number"
    or v.status == "pending")
end

-- The outcome drawn as a dot: not one in another unit or measure
-- (not_comparable), which would stretch the scale for nothing.
local function drawn_outcome(v)
  local o = v.outcome
  if v.status == "not_comparable" or not o or type(o.value) ~= "number" then return nil end
  return o
end

local function judged(audit, v)
  local status = model.counted_status(audit, v)
  return status == "met" or status == "missed"
end

--- The panels: { key, title, unit, rows = { verdict… }, judged = N },
-- most judged rows first. Only catalogue indicators get a panel (a
-- similarity match has no indicator to gather by, and one judged on it
-- counts only with audit.include_similar).
function M.panels(audit)
  local panels, by_key = {}, {}
  for _, v in ipairs(model.sorted(audit)) do
    local id = v.indicator
    if id and drawable(v) then
      local key = id .. "\0" .. tostring(v.target.unit)
      local p = by_key[key]
      if not p then
        p = { key = key, title = model.indicator_text(v), unit = v.target.unit, rows = {}, judged = 0, regions = {} }
        by_key[key] = p
        panels[#panels + 1] = p
      end
      p.rows[#p.rows + 1] = v
      if judged(audit, v) then
        p.judged = p.judged + 1
        p.regions[v.region or ""] = true
      end
    end
  end
  -- a panel reads as a timeline per region: its rows by region, then
  -- year, headline targets or not (model.sorted lists those first)
  local rank = {}
  for i, r in ipairs(model.regions(audit)) do rank[r] = i end
  local function earlier(a, b)
    if a.rank ~= b.rank then return a.rank < b.rank end
    if a.v.period ~= b.v.period then return model.period_less(a.v.period, b.v.period) end
    return a.i < b.i
  end
  local out = {}
  for _, p in ipairs(panels) do
    if p.judged > 0 then
      -- pending rows only for regions with a judged row: the next target beside the last result
      local keyed = {}
      for i, v in ipairs(p.rows) do
        if v.status ~= "pending" or p.regions[v.region or ""] then
          keyed[#keyed + 1] = { v = v, rank = rank[v.region or ""] or math.huge, i = i }
        end
      end
      table.sort(keyed, earlier)
      p.rows = {}
      for i, k in ipairs(keyed) do p.rows[i] = k.v end
      out[#out + 1] = p
    end
  end
  table.sort(out, function(a, b)
    if a.judged ~= b.judged then return a.judged > b.judged end
    return a.key < b.key
  end)
  return out
end

-- A round number at or above x (x > 0): 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6
-- or 8 times a power of ten, so the axis ends on a figure people round to.
local function round_up(x)
  local p = 10 ^ math.floor(math.log(x, 10))
  for _, m in ipairs({ 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) do
    if m * p >= x * (1 - 1e-9) then return tonumber(("%.10g"):format(m * p)) end
  end
  return 10 * p
end

--- The scale of a panel: from zero (or the lowest value, when below
-- zero) to a round number at or above the highest value drawn.
function M.scale(rows)
  local lo, hi = 0, 0
  for _, v in ipairs(rows) do
    local o = drawn_outcome(v)
    for _, x in pairs({ v.target.value, v.target.value_max, o and o.value }) do
      if type(x) == "number" then lo, hi = math.min(lo, x), math.max(hi, x) end
    end
  end
  if lo < 0 then lo = -round_up(-lo) end
  hi = hi > 0 and round_up(hi) or 0
  if hi == lo then hi = lo + 1 end
  return lo, hi
end

local function pct(x, lo, hi) return ("%.2f%%"):format(100 * (x - lo) / (hi - lo)) end

--- The row of one verdict: who and when, the track with the target tick
-- (a band for a range), the outcome dot and the gap between them, and
-- the figures in words; the label links to the verdict in the table.
-- Only a region's first row names it (above its year, where a long name
-- has the label's whole width): the rows below it are its timeline.
function M.row(v, anchor, lo, hi, esc, first)
  local t, o = v.target, drawn_outcome(v)
  local marks = {}
  if type(t.value_max) == "number" then
    marks[#marks + 1] = ('<i class="band" style="left:%s;width:%s"></i>'):format(
      pct(t.value, lo, hi), ("%.2f%%"):format(100 * (t.value_max - t.value) / (hi - lo)))
  end
  local has_outcome = o and type(o.value) == "number"
  if has_outcome then
    local a, b = math.min(t.value, o.value), math.max(t.value, o.value)
    marks[#marks + 1] = ('<i class="gap" style="left:%s;width:%s"></i>'):format(
      pct(a, lo, hi), ("%.2f%%"):format(100 * (b - a) / (hi - lo)))
  end
  marks[#marks + 1] = ('<i class="tgt" style="left:%s"></i>'):format(pct(t.value, lo, hi))
  if has_outcome then
    marks[#marks + 1] = ('<i class="dot%s" style="left:%s"></i>'):format(o.estimate and " est" or "",
      pct(o.value, lo, hi))
  end
  local other = v.outcome and not has_outcome -- an outcome in another unit or measure
  -- each figure whole on its line: a long pair wraps after the arrow
  local figures = '<span class="fig">' .. esc(model.side_text(t)) .. "</span> → " ..
    (has_outcome and ("<b>" .. esc(model.side_text(o)) .. "</b>")
    or other and ('<span class="fig">' .. esc(model.LABEL[v.status]) .. "</span>") or "…")
  local tip = ("%s %s: target %s, %s"):format(v.region or "", v.period or "", model.side_text(t),
    (has_outcome or other) and ("outcome " .. model.side_text(v.outcome) .. " (" .. model.LABEL[v.status] .. ")")
    or "not yet due")
  local who = first and ('<a class="lbl who first" href="#%s"><span class="place">%s</span> '):format(esc(anchor),
    esc(v.region or "")) or ('<a class="lbl who" href="#%s">'):format(esc(anchor))
  return ('<li class="crow%s %s" title="%s">%s<span class="when">%s</span></a>' ..
    '<span class="track">%s</span><span class="lbl val">%s</span></li>'):format(
    first and " first" or "", esc(v.status), esc(tip), who, esc(v.period or ""), table.concat(marks), figures)
end

--- One panel as a <figure class="chart">. anchors: verdict → its row id.
function M.panel(p, anchors, esc)
  local lo, hi = M.scale(p.rows)
  local regions, years = {}, {}
  for _, v in ipairs(p.rows) do
    regions[v.region or ""] = true
    years[#years + 1] = model.year(v.period)
  end
  local n = 0
  for _ in pairs(regions) do n = n + 1 end
  table.sort(years)
  local span = #years > 0 and (years[1] == years[#years] and tostring(years[1]) or (years[1] .. "–" .. years[#years])) or ""
  local unit = p.unit == "%" and "%" or (model.UNIT_WORDS[p.unit] or p.unit or "")
  local out = { ('<figure class="chart"><figcaption>%s<small>%s · %d %s · %s · %d judged</small></figcaption>'):format(
    esc(p.title), esc(unit), n, n == 1 and "region" or "regions", esc(span), p.judged) }
  -- two axis labels, at the ends: they can never meet
  out[#out + 1] = ('<div class="axis"><span class="lbl lo">%s</span><span class="lbl hi">%s</span></div>'):format(
    esc(model.amount(lo, p.unit)), esc(model.amount(hi, p.unit)))
  out[#out + 1] = '<ol class="rows">'
  local region
  for _, v in ipairs(p.rows) do
    out[#out + 1] = M.row(v, anchors[v], lo, hi, esc, v.region ~= region)
    region = v.region
  end
  out[#out + 1] = "</ol></figure>"
  return table.concat(out, "\n")
end

--- Every panel as HTML, or nil when no indicator has a judged target.
function M.render(audit, anchors, esc)
  local panels = M.panels(audit)
  if #panels == 0 then return nil end
  local out = {}
  for _, p in ipairs(panels) do out[#out + 1] = M.panel(p, anchors, esc) end
  return table.concat(out, "\n"), #panels
end

return M
