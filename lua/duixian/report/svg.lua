--- Inline SVG charts for the HTML report: the fulfilment rate per year and
-- region (grouped bars), and target against outcome per indicator over
-- the years (small multiples). Every text is escaped by the caller's esc.
local model = require "duixian.report.model"

local M = {}

M.REGION_COLORS = { "#1f4e79", "#d08c00", "#5b8c5a", "#8e5572", "#3c8dad", "#9c6644" }
M.STATUS_COLORS = { met = "#1a7f37", missed = "#c62828", not_reported = "#b26a00",
  pending = "#6b7280", conflicting = "#7b3fa0", not_comparable = "#0e7490" }

local function f(x) return string.format("%.1f", x) end

--- A value in the units people read Chinese figures in: 9000000 → 900万,
-- 42000000000 → 420亿; small values as they are.
function M.compact(v)
  if type(v) ~= "number" then return "" end
  local a = math.abs(v)
  if a >= 1e8 then return model.number(math.floor(v / 1e6 + 0.5) / 100) .. "亿" end
  if a >= 1e4 then return model.number(math.floor(v / 1e2 + 0.5) / 100) .. "万" end
  return model.number(v)
end

--- Fulfilment rate bars: years with at least one met or missed target on
-- the x axis, one bar per region. Returns svg, legend regions, or nil when
-- nothing was judged.
function M.rate_chart(audit, esc)
  local card = model.scorecard(audit)
  local years, seen, regions = {}, {}, {}
  for gi, g in ipairs(card.groups) do
    local any = false
    for _, p in ipairs(g.periods) do
      if model.rate(p.counts) then
        any = true
        if not seen[p.period] then seen[p.period] = true; years[#years + 1] = p.period end
      end
    end
    if any then regions[#regions + 1] = { group = g, color = M.REGION_COLORS[(gi - 1) % #M.REGION_COLORS + 1] } end
  end
  if #years == 0 then return nil end
  table.sort(years, model.period_less)
  local W, H, left, right, top, bottom = 680, 180, 44, 10, 22, 44
  local plot_w, plot_h = W - left - right, H - top - bottom
  local slot = plot_w / #years
  local bar = math.min(46, slot * 0.8 / #regions)
  local out = { ('<svg viewBox="0 0 %d %d" role="img" aria-labelledby="rate-title">'):format(W, H),
    '<title id="rate-title">Fulfilment rate by year and region</title>' }
  for _, pct in ipairs({ 0, 50, 100 }) do
    local y = top + plot_h * (1 - pct / 100)
    out[#out + 1] = ('<line class="axis" x1="%d" x2="%d" y1="%s" y2="%s"%s/>'):format(
      left, W - right, f(y), f(y), pct == 100 and ' stroke-dasharray="4 3"' or "")
    out[#out + 1] = ('<text class="muted" x="%d" y="%s" text-anchor="end">%d%%</text>'):format(left - 6, f(y + 4), pct)
  end
  for yi, year in ipairs(years) do
    local x0 = left + slot * (yi - 1) + (slot - bar * #regions) / 2
    for ri, r in ipairs(regions) do
      local row
      for _, p in ipairs(r.group.periods) do if p.period == year then row = p end end
      local rate = row and model.rate(row.counts)
      local x = x0 + bar * (ri - 1)
      if rate then
        local h = math.max(1.5, plot_h * rate)
        local c = row.counts
        out[#out + 1] = ('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s %s: %d of %d met (%s)</title></rect>'):format(
          f(x + 1), f(top + plot_h - h), f(bar - 2), f(h), r.color, esc(r.group.region), esc(year),
          c.met, c.met + c.missed, model.rate_text(c))
        out[#out + 1] = ('<text x="%s" y="%s" text-anchor="middle" font-weight="700">%s</text>'):format(
          f(x + bar / 2), f(top + plot_h - h - 5), model.rate_text(c))
        out[#out + 1] = ('<text class="muted" x="%s" y="%s" text-anchor="middle">%d/%d</text>'):format(
          f(x + bar / 2), f(top + plot_h + 30), c.met, c.met + c.missed)
      end
    end
    out[#out + 1] = ('<text x="%s" y="%s" text-anchor="middle" font-size="12">%s</text>'):format(
      f(left + slot * (yi - 0.5)), f(top + plot_h + 16), esc(year))
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n"), regions
end

--- A round step near x for axis ticks: 1, 2, 2.5 or 5 times a power of ten.
function M.nice_step(x)
  if x <= 0 then return 1 end
  local p = 10 ^ math.floor(math.log(x, 10))
  for _, m in ipairs({ 1, 2, 2.5, 5, 10 }) do
    if m * p >= x then return m * p end
  end
  return 10 * p
end

--- The small multiples' panels: one per indicator, region and unit with a
-- numeric target. Returns an array of { title, region, unit, points }.
function M.panels(audit)
  local panels, by_key = {}, {}
  for _, v in ipairs(audit.verdicts) do
    local t = v.target
    if type(t.value) == "number" and model.year(v.period) then
      local key = table.concat({ v.indicator or v.subject or "", v.region or "", t.unit or "" }, "\0")
      local p = by_key[key]
      if not p then
        p = { title = model.indicator_text(v), region = v.region or "", unit = t.unit or "", points = {} }
        by_key[key] = p
        panels[#panels + 1] = p
      end
      p.points[#p.points + 1] = v
    end
  end
  for _, p in ipairs(panels) do
    table.sort(p.points, function(a, b) return model.period_less(a.period, b.period) end)
  end
  return panels
end

local function unit_text(unit)
  if unit == "%" then return "%" end
  if unit == "person" then return "people" end
  if unit == "CNY" then return "yuan" end
  return unit
end

--- One panel: the target as a dark dash (a bar for a range), the outcome
-- as a dot in the colour of its verdict, "?" where no outcome was found.
function M.panel_svg(p, esc)
  local W, H, left, right, top, bottom = 300, 150, 44, 12, 16, 26
  local plot_w, plot_h = W - left - right, H - top - bottom
  local lo, hi = 0, 0
  for _, v in ipairs(p.points) do
    -- not ipairs: value_max and the outcome are often absent
    for _, x in pairs({ v.target.value, v.target.value_max, v.outcome and v.outcome.value }) do
      if type(x) == "number" then lo, hi = math.min(lo, x), math.max(hi, x) end
    end
  end
  if hi == lo then hi = lo + 1 end
  local step = M.nice_step((hi - lo) / 2)
  hi = hi + (hi - lo) * 0.18
  local function y(v) return top + plot_h * (1 - (v - lo) / (hi - lo)) end
  local n = #p.points
  local slot = plot_w / n
  local out = { ('<svg viewBox="0 0 %d %d" role="img"><title>%s, %s: target against outcome</title>'):format(
    W, H, esc(p.title), esc(p.region)) }
  local ticks = {}
  for i = math.ceil(lo / step), math.floor(hi / step) do
    -- rounded, so that 3 × 0.1 is labelled 0.3
    ticks[#ticks + 1] = tonumber(string.format("%.10g", i * step))
  end
  for _, tick in ipairs(ticks) do
    out[#out + 1] = ('<line class="axis" x1="%d" x2="%d" y1="%s" y2="%s"/>'):format(left, W - right, f(y(tick)), f(y(tick)))
    out[#out + 1] = ('<text class="muted" x="%d" y="%s" text-anchor="end">%s</text>'):format(
      left - 5, f(y(tick) + 4), esc(M.compact(tick)))
  end
  for i, v in ipairs(p.points) do
    local cx = left + slot * (i - 0.5)
    local t, o = v.target, v.outcome
    local color = M.STATUS_COLORS[v.status] or "#6b7280"
    local ty = y(t.value)
    local tip = ("%s %s: target %s"):format(v.region or "", v.period or "", t.raw or model.number(t.value))
    if type(t.value_max) == "number" then
      out[#out + 1] = ('<rect x="%s" y="%s" width="22" height="%s" fill="#1b1b1b" opacity=".25"/>'):format(
        f(cx - 11), f(y(t.value_max)), f(math.max(1, ty - y(t.value_max))))
    end
    out[#out + 1] = ('<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="#1b1b1b" stroke-width="3"><title>%s</title></line>'):format(
      f(cx - 11), f(cx + 11), f(ty), f(ty), esc(tip))
    if o and type(o.value) == "number" then
      local oy = y(o.value)
      out[#out + 1] = ('<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="%s" stroke-width="1.5"/>'):format(
        f(cx), f(cx), f(ty), f(oy), color)
      out[#out + 1] = ('<circle cx="%s" cy="%s" r="5.5" fill="%s"%s><title>%s, outcome %s (%s)</title></circle>'):format(
        f(cx), f(oy), color, o.estimate and ' fill-opacity=".35" stroke="' .. color .. '"' or "",
        esc(tip), esc(o.raw or model.number(o.value)), esc(model.LABEL[v.status]))
      out[#out + 1] = ('<text x="%s" y="%s" text-anchor="middle" font-weight="700" fill="%s" style="fill:%s">%s</text>'):format(
        f(cx), f(math.min(oy, ty) - 8), color, color, esc(M.compact(o.value)))
    else
      out[#out + 1] = ('<text x="%s" y="%s" text-anchor="middle" font-weight="700" style="fill:%s">%s<title>%s, %s</title></text>'):format(
        f(cx), f(ty - 8), color, v.status == "pending" and "…" or "?", esc(tip), esc(model.LABEL[v.status]))
    end
    out[#out + 1] = ('<text x="%s" y="%s" text-anchor="middle">%s</text>'):format(f(cx), f(H - 8), esc(v.period or ""))
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

--- All panels as HTML figures, or nil when no target has a number.
function M.target_outcome(audit, esc)
  local panels = M.panels(audit)
  if #panels == 0 then return nil end
  local out = {}
  for _, p in ipairs(panels) do
    out[#out + 1] = ('<div class="panel"><h3>%s <small>%s · %s</small></h3>\n%s</div>'):format(
      esc(p.title), esc(p.region), esc(unit_text(p.unit)), M.panel_svg(p, esc))
  end
  return table.concat(out, "\n")
end

return M
