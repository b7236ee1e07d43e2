--- The style sheet and the script of the HTML report, inlined into every
-- page so the file needs nothing from the network.
local M = {}

M.CSS = [==[
:root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d9d4c7; --paper: #fbf9f4; --card: #fff;
  --met: #1a7f37; --missed: #c62828; --not_reported: #b26a00; --pending: #6b7280;
  --conflicting: #7b3fa0; --not_comparable: #0e7490; --accent: #1f4e79; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); overflow-wrap: break-word;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
    "PingFang SC", "Microsoft YaHei", sans-serif; }
main, .masthead-inner, footer .inner { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
.masthead { border-top: 6px solid var(--ink); background: var(--card); border-bottom: 1px solid var(--rule);
  padding: 18px 0 14px; margin-bottom: 18px; }
.kicker { margin: 0 0 6px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: var(--missed);
  font-weight: 700; }
h1 { font-family: Georgia, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; font-size: 34px;
  line-height: 1.15; margin: 0 0 8px; }
h1 .where { display: block; font-size: 21px; font-weight: 400; color: var(--muted); margin-top: 4px; }
.dek { font-size: 18px; max-width: 52em; margin: 0; }
h2 { font-family: Georgia, "Noto Serif CJK SC", serif; font-size: 23px; margin: 30px 0 6px;
  border-top: 1px solid var(--ink); padding-top: 10px; }
.note { color: var(--muted); font-size: 14px; margin: 4px 0 12px; max-width: 60em; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 0 0 8px; }
.figure { background: var(--card); border: 1px solid var(--rule); border-top: 4px solid var(--ink); padding: 8px 14px; }
.figure b { display: block; font-size: 30px; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure span { font-size: 13px; color: var(--muted); }
.figure.met { border-top-color: var(--met); } .figure.met b { color: var(--met); }
.figure.missed { border-top-color: var(--missed); } .figure.missed b { color: var(--missed); }
.figure.not_reported { border-top-color: var(--not_reported); } .figure.not_reported b { color: var(--not_reported); }
.figure.rate { border-top-color: var(--accent); } .figure.rate b { color: var(--accent); }
table { width: 100%; border-collapse: collapse; background: var(--card); font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--ink); white-space: nowrap; }
th button { background: none; border: 0; padding: 0; margin: 0; font: inherit; color: inherit; cursor: pointer; text-align: inherit; }
th button::after { content: " ↕"; color: var(--rule); }
th[aria-sort=ascending] button::after { content: " ↑"; color: var(--ink); }
th[aria-sort=descending] button::after { content: " ↓"; color: var(--ink); }
td.num, th.num { text-align: right; }
#league td { padding: 4px 8px; }
#league a.region { color: var(--ink); font-weight: 600; text-decoration: none; border-bottom: 1px dotted var(--muted); }
#league td.rate { white-space: nowrap; }
#league .short { display: none; }
#league .bar { display: inline-block; width: 90px; height: 10px; background: #eee9dd; margin-right: 8px; vertical-align: 0; }
#league .bar i { display: block; height: 100%; background: var(--accent); }
#league tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
#league tfoot tr.others td { font-weight: 400; color: var(--muted); border-top: 1px solid var(--rule); }
.scorecard td.total, .scorecard tr.total td { font-weight: 700; }
.scorecard tr.grand td { border-top: 2px solid var(--ink); }
details.by-year { margin-top: 24px; } details.by-year summary { cursor: pointer; font-weight: 700; margin-bottom: 8px; }
.reviewed { font-size: 12px; font-weight: 600; color: #1a5e20; margin-left: 4px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 600;
  color: #fff; white-space: nowrap; }
.badge.met, .key.met { background: var(--met); } .badge.missed, .key.missed { background: var(--missed); }
.badge.not_reported { background: var(--not_reported); } .badge.pending { background: var(--pending); }
.badge.conflicting, .key.conflicting { background: var(--conflicting); }
.badge.not_comparable, .key.not_comparable { background: var(--not_comparable); }
.key { color: #fff; padding: 0 5px; border-radius: 3px; }
.star { color: #b8860b; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 10px 0; }
.filters label { font-size: 13px; color: var(--muted); display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.filters label.check { flex-direction: row; align-items: center; gap: 6px; font-size: 14px; color: var(--ink); }
.filters select, .filters input[type=search] { font: inherit; font-size: 15px; padding: 5px 8px; border: 1px solid #b9b3a5;
  border-radius: 4px; background: #fff; min-width: 8em; max-width: 16em; }
.filters input[type=search] { min-width: 14em; }
#shown { font-size: 14px; color: var(--muted); margin-left: auto; }
tbody.v tr.row { cursor: pointer; }
tbody.v tr.row:hover td { background: #f4f1e8; }
tbody.v.open tr.row td { background: #f4f1e8; border-bottom-color: transparent; }
.toggle { color: var(--muted); width: 1.5em; }
tbody.v.open .toggle { color: var(--ink); }
tr.detail td { background: #f4f1e8; padding: 4px 14px 16px; }
.quotes { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
blockquote { margin: 6px 0 0; padding: 8px 12px; background: #fff; border-left: 4px solid var(--ink);
  font-size: 17px; line-height: 1.6; }
blockquote.none { color: var(--muted); font-size: 15px; border-left-color: var(--rule); }
blockquote.nr::before { content: "No later document in this audit reports this figure."; }
blockquote.due::before { content: "Not yet due: no document in this audit reviews this period."; }
mark { background: #ffe28a; padding: 0 2px; font-weight: 700; }
.src { font-size: 13px; color: var(--muted); margin: 4px 0 0; overflow-wrap: anywhere; }
.why { margin: 10px 0 0; font-size: 14px; }
.why dt { font-weight: 600; display: inline; } .why dd { display: inline; margin: 0 12px 0 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 440px), 1fr)); gap: 12px; }
figure.chart { margin: 0; background: var(--card); border: 1px solid var(--rule); padding: 10px 12px; min-width: 0; }
figure.chart figcaption { font-weight: 700; }
figure.chart figcaption small { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
.chart .axis, .chart .crow { display: grid; grid-template-columns: 7.5em minmax(60px, 1fr) 13em; gap: 0 8px; align-items: center; }
.chart .axis { font-size: 11px; color: var(--muted); margin-top: 4px; }
.chart .axis .lo { grid-column: 2; grid-row: 1; justify-self: start; }
.chart .axis .hi { grid-column: 2; grid-row: 1; justify-self: end; }
.chart .rows { list-style: none; margin: 0; padding: 0; }
.chart .crow { font-size: 12px; line-height: 1.3; min-height: 22px; border-bottom: 1px solid #f0ece2; }
.chart .who { color: var(--ink); text-decoration: none; white-space: nowrap; overflow: hidden; }
.chart .who { display: flex; flex-wrap: wrap; gap: 0 .3em; min-width: 0; }
.chart .who .place { flex: 1 0 100%; white-space: normal; font-weight: 600; }
.chart .who .when { flex: none; color: var(--muted); }
.chart .crow.first { align-items: end; padding-top: 4px; }
.chart .val { text-align: right; }
.chart .val .fig, .chart .val b { white-space: nowrap; }
.chart .track { position: relative; height: 18px; background: linear-gradient(#e4dfd2, #e4dfd2) 0 50% / 100% 1px no-repeat; }
.chart .track i { position: absolute; top: 50%; }
.chart .tgt { width: 3px; height: 14px; margin: -7px 0 0 -1.5px; background: var(--ink); }
.chart .band { height: 12px; margin-top: -6px; background: var(--ink); opacity: .2; }
.chart .gap { height: 2px; margin-top: -1px; background: var(--pending); }
.chart .dot { width: 10px; height: 10px; margin: -5px 0 0 -5px; border-radius: 50%; background: var(--pending);
  border: 2px solid var(--pending); }
.chart .dot.est { background: #fff; }
.chart .crow.met .dot, .chart .crow.met .gap { background: var(--met); border-color: var(--met); }
.chart .crow.missed .dot, .chart .crow.missed .gap { background: var(--missed); border-color: var(--missed); }
.chart .crow.conflicting .dot, .chart .crow.conflicting .gap { background: var(--conflicting); border-color: var(--conflicting); }
.chart .crow.not_comparable .dot, .chart .crow.not_comparable .gap { background: var(--not_comparable);
  border-color: var(--not_comparable); }
.chart .dot.est { background: #fff !important; }
.empty-msg { background: var(--card); border: 1px solid var(--rule); border-left: 6px solid var(--not_reported);
  padding: 18px 20px; font-size: 18px; }
footer { margin-top: 40px; padding: 20px 0 40px; border-top: 1px solid var(--ink); font-size: 13px; color: var(--muted);
  background: var(--card); }
footer code { font-size: 12px; word-break: break-all; color: var(--ink); }
footer ul { padding-left: 18px; }
footer li { overflow-wrap: anywhere; }
#selftest { white-space: pre-wrap; background: #111; color: #9f9; padding: 10px; font-size: 12px; }
/* Column widths fixed, not measured from 2,500 rows of content: the
   layout of a few thousand verdicts takes a quarter less time. */
@media (min-width: 721px) {
  #verdicts { table-layout: fixed; }
  #verdicts th:nth-child(1) { width: 24px; } #verdicts th:nth-child(2) { width: 13%; }
  #verdicts th:nth-child(3) { width: 9%; } #verdicts th:nth-child(4) { width: 27%; }
  #verdicts th:nth-child(5) { width: 14%; } #verdicts th:nth-child(6) { width: 13%; }
  #verdicts th:nth-child(7) { width: 13%; } #verdicts th:nth-child(8) { width: 11%; }
}
@media (max-width: 720px) {
  body { font-size: 15px; }
  main, .masthead-inner, footer .inner { padding: 0 12px; }
  h1 { font-size: 27px; } h1 .where { font-size: 18px; }
  .dek { font-size: 16px; }
  .figures { grid-template-columns: repeat(3, 1fr); gap: 6px; }
  .figure { padding: 6px 8px; }
  .figure b { font-size: 24px; }
  .quotes { grid-template-columns: 1fr; }
  .filters { display: grid; grid-template-columns: 1fr 1fr; }
  .filters label.search, .filters label.check { grid-column: span 2; }
  .filters select, .filters input[type=search] { width: 100%; min-width: 0; max-width: none; }
  #shown { grid-column: span 2; margin-left: 0; }
  #league th, #league td { padding: 4px 3px; font-size: 13px; }
  #league th { white-space: normal; }
  #league .long { display: none; } #league .short { display: inline; }
  #league .bar { display: none; }
  #league th:nth-child(6), #league td:nth-child(6) { display: none; }
  .scorecard th, .scorecard td { padding: 4px 3px; font-size: 13px; white-space: normal; }
  .scorecard th:nth-child(3), .scorecard td:nth-child(3),
  .scorecard th:nth-child(7), .scorecard td:nth-child(7) { display: none; }
  #verdicts td.num { text-align: left; }
  #verdicts thead { display: none; }
  #verdicts, #verdicts tbody, #verdicts tr, #verdicts td { display: block; width: 100%; }
  #verdicts tbody.v { border: 1px solid var(--rule); margin-bottom: 8px; background: var(--card); }
  #verdicts tr.row td { border: 0; padding: 2px 10px; display: flex; gap: 8px; }
  #verdicts tr.row td::before { color: var(--muted); font-size: 13px; min-width: 5.5em; flex: none; }
  #verdicts tr.row td:nth-child(2)::before { content: "Region"; }
  #verdicts tr.row td:nth-child(3)::before { content: "Year"; }
  #verdicts tr.row td:nth-child(4)::before { content: "Indicator"; }
  #verdicts tr.row td:nth-child(5)::before { content: "Target"; }
  #verdicts tr.row td:nth-child(6)::before { content: "Outcome"; }
  #verdicts tr.row td:nth-child(7)::before { content: "Verdict"; }
  #verdicts tr.row td:nth-child(8)::before { content: "Margin"; }
  #verdicts tr.row td.toggle, #verdicts tr.row td:empty { display: none; }
  tr.detail td { padding: 4px 10px 12px; }
  .chart .axis, .chart .crow { grid-template-columns: 1fr auto; }
  .chart .who { grid-column: 1; grid-row: 1; } .chart .val { grid-column: 2; grid-row: 1; }
  .chart .track { grid-column: 1 / span 2; grid-row: 2; margin: 0 6px; }
  .chart .axis .lo, .chart .axis .hi { grid-column: 1 / span 2; grid-row: 1; margin: 0 6px; }
}
@media print { .filters, .toggle { display: none; } tr.detail[hidden] { display: table-row !important; } }
]==]

-- Sort, filter, expand; with #selftest in the address the page checks
-- its own layout (the league table above the fold, the verdict table near
-- the top, nothing wider than the window, no chart labels overlapping) and
-- its filters, and writes the results into <pre id="selftest">.
M.JS = [==[
(function () {
  "use strict";
  var table = document.getElementById("verdicts");
  if (!table) return;
  var all = Array.prototype.slice.call(table.querySelectorAll("tbody.v"));
  var bodies = all.slice();
  var $ = function (id) { return document.getElementById(id); };
  var selects = { status: $("f-status"), region: $("f-region"), year: $("f-year"), indicator: $("f-indicator") };
  var fText = $("f-text"), fHead = $("f-headline"), shown = $("shown"), none = $("none");
  var texts = new Map();
  function text(b) {
    var t = texts.get(b);
    if (t === undefined) { t = b.textContent.toLowerCase(); texts.set(b, t); }
    return t;
  }

  function visible() { return bodies.filter(function (b) { return !b.hidden; }); }

  function apply() {
    var q = fText.value.trim().toLowerCase(), head = fHead && fHead.checked;
    bodies.forEach(function (b) {
      var ok = Object.keys(selects).every(function (k) { return !selects[k].value || b.dataset[k] === selects[k].value; }) &&
               (!head || b.dataset.headline === "1") && (!q || text(b).indexOf(q) >= 0);
      b.hidden = !ok;
    });
    var n = visible().length;
    shown.textContent = "Showing " + n + " of " + bodies.length + " targets";
    none.hidden = n !== 0;
  }

  function toggle(b, open) {
    var d = b.querySelector("tr.detail");
    if (open === undefined) open = d.hidden;
    d.hidden = !open;
    b.classList.toggle("open", open);
    b.querySelector(".toggle").textContent = open ? "▾" : "▸";
    b.querySelector("tr.row").setAttribute("aria-expanded", open ? "true" : "false");
  }

  table.addEventListener("click", function (e) {
    var row = e.target.closest("tr.row");
    if (row) toggle(row.parentNode);
  });
  table.addEventListener("keydown", function (e) {
    var row = e.target.closest("tr.row");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); toggle(row.parentNode); }
  });

  function sortKey(cell, numeric) {
    var v = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    if (numeric) return v === "" ? null : +v;
    return v;
  }
  function compare(dir, numeric) {
    return function (a, c) {
      if (a.v === c.v) return a.i - c.i;
      if (a.v === null) return 1;
      if (c.v === null) return -1;
      if (numeric) return dir * (a.v - c.v);
      return dir * a.v.localeCompare(c.v, "zh");
    };
  }
  // the verdict table: one <tbody> per verdict, sorted as wholes
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-col]"));
  function sortBy(th, dir) {
    var col = +th.dataset.col, numeric = th.dataset.type === "num";
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    var keyed = bodies.map(function (b, i) { return { b: b, v: sortKey(b.querySelector("tr.row").children[col], numeric), i: i }; });
    keyed.sort(compare(dir, numeric));
    keyed.forEach(function (k) { table.appendChild(k.b); });
    bodies = keyed.map(function (k) { return k.b; });
  }
  heads.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      sortBy(th, th.getAttribute("aria-sort") === "ascending" ? -1 : 1);
    });
  });
  // other sortable tables (the league): rows of their one <tbody>
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (t) {
    var ths = Array.prototype.slice.call(t.querySelectorAll("thead th"));
    ths.forEach(function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1, numeric = th.dataset.type === "num";
        if (!th.hasAttribute("aria-sort") && !numeric) dir = 1;
        ths.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        var tb = t.tBodies[0], rows = Array.prototype.slice.call(tb.rows);
        var keyed = rows.map(function (r, i) { return { r: r, v: sortKey(r.cells[+th.dataset.col], numeric), i: i }; });
        keyed.sort(compare(dir, numeric));
        keyed.forEach(function (k) { tb.appendChild(k.r); });
      });
    });
  });
  // a region in the league table filters the verdict table to it
  Array.prototype.forEach.call(document.querySelectorAll("#league a.region"), function (a) {
    a.addEventListener("click", function () { selects.region.value = a.dataset.region; apply(); });
  });

  Object.keys(selects).forEach(function (k) { selects[k].addEventListener("change", apply); });
  if (fHead) fHead.addEventListener("change", apply);
  fText.addEventListener("input", apply);
  apply();

  // #vN opens verdict N (the chart rows link there)
  function openHash() {
    var m = /^#v(\d+)$/.exec(location.hash);
    var target = m && $("v" + m[1]);
    if (!target) return;
    if (target.hidden) {
      Object.keys(selects).forEach(function (k) { selects[k].value = ""; });
      fText.value = "";
      if (fHead) fHead.checked = false;
      apply();
    }
    toggle(target, true);
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", openHash);
  openHash();

  if (location.hash !== "#selftest") return;
  var out = [], pass = true;
  function check(ok, what) { out.push((ok ? "ok   " : "FAIL ") + what); if (!ok) pass = false; }
  function top(el) { return Math.round(el.getBoundingClientRect().top + window.scrollY); }
  var W = window.innerWidth, H = window.innerHeight;
  out.push("window " + W + "x" + H);
  var ms = Math.round(performance.now());
  check(ms < 2000, "page parsed and script running " + ms + " ms after navigation (under 2000)");
  // layout, before any filter moves things
  var league = $("league");
  if (league) check(top(league) < H, "league table starts at " + top(league) + " px, above the fold at " + H + " px");
  if (W >= 1000) check(top(table) <= 3000, "verdict table starts at " + top(table) + " px (at most 3000)");
  var wide = [];
  Array.prototype.forEach.call(document.body.querySelectorAll("*"), function (el) {
    var r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > W + 0.5 && wide.length < 5) {
      var cls = typeof el.className === "string" && el.className ? "." + el.className : "";
      wide.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + cls + " to " + Math.round(r.right));
    }
  });
  check(document.documentElement.scrollWidth <= W && wide.length === 0,
        "nothing wider than the window (" + W + " px, page " + document.documentElement.scrollWidth + " px)" +
        (wide.length ? ": " + wide.join(", ") : ""));
  var overlaps = 0, labels = 0, example = "";
  Array.prototype.forEach.call(document.querySelectorAll(".chart"), function (chart) {
    var boxes = Array.prototype.map.call(chart.querySelectorAll(".lbl"), function (el) {
      return { el: el, r: el.getBoundingClientRect() };
    }).filter(function (b) { return b.r.width > 0; });
    labels += boxes.length;
    for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i].r, c = boxes[j].r;
      if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5) {
        overlaps++;
        if (!example) example = ": " + boxes[i].el.textContent + " / " + boxes[j].el.textContent;
      }
    }
  });
  check(overlaps === 0, overlaps + " overlapping chart labels among " + labels + example);
  // a chart row's year is never cut off with its region (中华人民共和… 2008)
  var cut = 0, whens = document.querySelectorAll(".chart .who .when"), cutExample = "";
  Array.prototype.forEach.call(whens, function (el) {
    var r = el.getBoundingClientRect(), box = el.parentNode.getBoundingClientRect();
    if (r.width === 0 || r.right > box.right + 0.5) {
      cut++;
      if (!cutExample) cutExample = ": " + el.parentNode.textContent;
    }
  });
  check(cut === 0, cut + " of " + whens.length + " chart rows with their year cut off" + cutExample);
  // nor is any chart label clipped (text-overflow, or wider than its box)
  var clipped = 0, clipExample = "", lbls = document.querySelectorAll(".chart .lbl");
  Array.prototype.forEach.call(lbls, function (el) {
    if (el.getBoundingClientRect().width > 0 && el.scrollWidth > el.clientWidth + 1) {
      clipped++;
      if (!clipExample) clipExample = ": " + el.textContent;
    }
  });
  check(clipped === 0, clipped + " of " + lbls.length + " chart labels clipped" + clipExample);
  // rows and filters
  function reset() {
    Object.keys(selects).forEach(function (k) { selects[k].value = ""; });
    fText.value = ""; if (fHead) fHead.checked = false; apply();
  }
  var n = +table.dataset.count;
  check(bodies.length === n, "rows " + bodies.length + " verdicts " + n);
  check(visible().length === n, "unfiltered shows " + visible().length + " of " + n);
  Object.keys(selects).forEach(function (name) {
    var sel = selects[name], bad = 0, tried = 0;
    Array.prototype.forEach.call(sel.options, function (opt) {
      if (!opt.value) return;
      reset();
      sel.value = opt.value;
      apply();
      var vis = visible();
      var want = bodies.filter(function (b) { return b.dataset[name] === opt.value; }).length;
      var only = vis.every(function (b) { return b.dataset[name] === opt.value; });
      tried++;
      var ok = vis.length === want && only && want > 0;
      if (!ok) bad++;
      if (name === "status" || !ok) {
        out.push((ok ? "ok   " : "FAIL ") + "filter " + name + "=" + opt.value + " shows " + vis.length + " expected " + want);
      }
    });
    check(bad === 0, "filter by " + name + ": " + tried + " values, each shows exactly its rows");
  });
  reset();
  var first = bodies[0].querySelector("tr.detail mark"), raw = first ? first.textContent : "";
  fText.value = raw;
  apply();
  check(raw !== "" && visible().length >= 1 && visible().every(function (b) { return text(b).indexOf(raw.toLowerCase()) >= 0; }),
        "filter text=" + raw + " shows " + visible().length);
  fText.value = "no such words anywhere";
  apply();
  check(visible().length === 0 && !none.hidden, "filter text with no match shows 0 and the message");
  reset();
  var yearHead = table.querySelector("th[data-key=year]");
  sortBy(yearHead, -1);
  var years = bodies.map(function (b) { return +sortKey(b.querySelector("tr.row").children[2], true); });
  check(years.every(function (y, i) { return i === 0 || years[i - 1] >= y; }), "sort by year descending");
  sortBy(yearHead, 1);
  toggle(bodies[0], true);
  var d = bodies[0].querySelector("tr.detail");
  check(!d.hidden && d.querySelectorAll("mark").length >= 1, "row expands to its quotes with the number marked");
  toggle(bodies[0], false);
  var pre = $("selftest");
  pre.textContent = out.join("\n") + "\nselftest: " + (pass ? "pass" : "fail");
  pre.hidden = false;
  // in a frame (the 400 px check), the page that framed it reads this
  if (window.parent !== window) window.parent.postMessage(pre.textContent, "*");
})();
]==]

return M
