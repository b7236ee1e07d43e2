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
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
    "PingFang SC", "Microsoft YaHei", sans-serif; }
main, .masthead-inner, footer .inner { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
.masthead { border-top: 6px solid var(--ink); background: var(--card); border-bottom: 1px solid var(--rule);
  padding: 22px 0 18px; margin-bottom: 24px; }
.kicker { margin: 0 0 6px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: var(--missed);
  font-weight: 700; }
h1 { font-family: Georgia, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; font-size: 38px;
  line-height: 1.15; margin: 0 0 10px; }
h1 .where { display: block; font-size: 22px; font-weight: 400; color: var(--muted); margin-top: 4px; }
.dek { font-size: 19px; max-width: 46em; margin: 0; }
h2 { font-family: Georgia, "Noto Serif CJK SC", serif; font-size: 24px; margin: 36px 0 6px;
  border-top: 1px solid var(--ink); padding-top: 10px; }
.note { color: var(--muted); font-size: 14px; margin: 4px 0 12px; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin: 0 0 8px; }
.figure { background: var(--card); border: 1px solid var(--rule); border-top: 4px solid var(--ink); padding: 10px 14px; }
.figure b { display: block; font-size: 32px; line-height: 1.1; font-variant-numeric: tabular-nums; }
.figure span { font-size: 13px; color: var(--muted); }
.figure.met { border-top-color: var(--met); } .figure.met b { color: var(--met); }
.figure.missed { border-top-color: var(--missed); } .figure.missed b { color: var(--missed); }
.figure.not_reported { border-top-color: var(--not_reported); } .figure.not_reported b { color: var(--not_reported); }
.figure.rate { border-top-color: var(--accent); } .figure.rate b { color: var(--accent); }
.charts { display: grid; grid-template-columns: 1fr; gap: 16px; }
figure { margin: 0; background: var(--card); border: 1px solid var(--rule); padding: 12px 14px; }
figcaption { font-weight: 700; margin-bottom: 2px; }
figcaption small { display: block; font-weight: 400; color: var(--muted); font-size: 13px; }
svg { display: block; width: 100%; height: auto; font-family: inherit; }
svg text { fill: var(--ink); font-size: 11px; }
svg .axis { stroke: var(--rule); stroke-width: 1; }
svg .muted { fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; color: var(--muted); margin-top: 6px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
.panel h3 { font-size: 14px; margin: 6px 0 0; }
.panel h3 small { font-weight: 400; color: var(--muted); }
table { width: 100%; border-collapse: collapse; background: var(--card); font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--ink); white-space: nowrap; }
th button { background: none; border: 0; padding: 0; margin: 0; font: inherit; color: inherit; cursor: pointer; }
th button::after { content: " ↕"; color: var(--rule); }
th[aria-sort=ascending] button::after { content: " ↑"; color: var(--ink); }
th[aria-sort=descending] button::after { content: " ↓"; color: var(--ink); }
td.num, th.num { text-align: right; }
.scorecard td.total, .scorecard tr.total td { font-weight: 700; }
.scorecard tr.grand td { border-top: 2px solid var(--ink); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 600;
  color: #fff; white-space: nowrap; }
.badge.met { background: var(--met); } .badge.missed { background: var(--missed); }
.badge.not_reported { background: var(--not_reported); } .badge.pending { background: var(--pending); }
.badge.conflicting { background: var(--conflicting); } .badge.not_comparable { background: var(--not_comparable); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 10px 0; }
.filters label { font-size: 13px; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
.filters select, .filters input { font: inherit; font-size: 15px; padding: 5px 8px; border: 1px solid #b9b3a5;
  border-radius: 4px; background: #fff; min-width: 9em; }
.filters input { min-width: 16em; }
#shown { font-size: 14px; color: var(--muted); margin-left: auto; }
tbody.v tr.row { cursor: pointer; }
tbody.v tr.row:hover td { background: #f4f1e8; }
tbody.v.open tr.row td { background: #f4f1e8; border-bottom-color: transparent; }
.toggle { color: var(--muted); width: 1.5em; }
.toggle span { display: inline-block; transition: transform .15s; }
tbody.v.open .toggle span { transform: rotate(90deg); }
tr.detail td { background: #f4f1e8; padding: 4px 14px 16px; }
.quotes { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
blockquote { margin: 6px 0 0; padding: 8px 12px; background: #fff; border-left: 4px solid var(--ink);
  font-size: 17px; line-height: 1.6; }
blockquote.none { color: var(--muted); font-size: 15px; border-left-color: var(--rule); }
mark { background: #ffe28a; padding: 0 2px; font-weight: 700; }
.src { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
.why { margin: 10px 0 0; font-size: 14px; }
.why dt { font-weight: 600; display: inline; } .why dd { display: inline; margin: 0 12px 0 4px; }
.empty-msg { background: var(--card); border: 1px solid var(--rule); border-left: 6px solid var(--not_reported);
  padding: 18px 20px; font-size: 18px; }
footer { margin-top: 40px; padding: 20px 0 40px; border-top: 1px solid var(--ink); font-size: 13px; color: var(--muted);
  background: var(--card); }
footer code { font-size: 12px; word-break: break-all; color: var(--ink); }
footer ul { padding-left: 18px; }
#selftest { white-space: pre-wrap; background: #111; color: #9f9; padding: 10px; font-size: 12px; }
@media (max-width: 720px) {
  body { font-size: 15px; }
  h1 { font-size: 28px; } h1 .where { font-size: 18px; }
  .dek { font-size: 17px; }
  .figures { grid-template-columns: repeat(2, 1fr); }
  .figure.rate { grid-column: span 2; }
  .quotes { grid-template-columns: 1fr; }
  .filters { display: grid; grid-template-columns: 1fr 1fr; }
  .filters label.search { grid-column: span 2; }
  .filters select, .filters input { width: 100%; min-width: 0; }
  #shown { grid-column: span 2; margin-left: 0; }
  .rate-chart { overflow-x: auto; } .rate-chart svg { min-width: 560px; }
  .scorecard th, .scorecard td { padding: 6px 4px; }
  #verdicts td.num { text-align: left; }
  #verdicts thead { display: none; }
  #verdicts, #verdicts tbody, #verdicts tr, #verdicts td { display: block; width: 100%; }
  #verdicts tbody.v { border: 1px solid var(--rule); margin-bottom: 10px; background: var(--card); }
  #verdicts tr.row td { border: 0; padding: 2px 12px; display: flex; gap: 8px; }
  #verdicts tr.row td::before { content: attr(data-label); color: var(--muted); font-size: 13px; min-width: 6.5em; }
  #verdicts tr.row td.toggle { display: none; }
  .scorecard th:nth-child(6), .scorecard td:nth-child(6), .scorecard th:nth-child(7), .scorecard td:nth-child(7) { display: none; }
}
@media print { .filters, .toggle { display: none; } tr.detail[hidden] { display: table-row !important; } }
]==]

-- Sort, filter, expand; with #selftest in the address the page checks its
-- own filters and writes the results into <pre id="selftest">.
M.JS = [==[
(function () {
  "use strict";
  var table = document.getElementById("verdicts");
  if (!table) return;
  var bodies = Array.prototype.slice.call(table.querySelectorAll("tbody.v"));
  var fStatus = document.getElementById("f-status"), fRegion = document.getElementById("f-region"),
      fYear = document.getElementById("f-year"), fText = document.getElementById("f-text"),
      shown = document.getElementById("shown"), none = document.getElementById("none");

  function visible() { return bodies.filter(function (b) { return !b.hidden; }); }

  function apply() {
    var s = fStatus.value, r = fRegion.value, y = fYear.value, q = fText.value.trim().toLowerCase();
    bodies.forEach(function (b) {
      var ok = (!s || b.dataset.status === s) && (!r || b.dataset.region === r) &&
               (!y || b.dataset.year === y) && (!q || b.dataset.text.indexOf(q) >= 0);
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
    b.querySelector("tr.row").setAttribute("aria-expanded", open ? "true" : "false");
  }

  bodies.forEach(function (b) {
    var row = b.querySelector("tr.row");
    row.addEventListener("click", function () { toggle(b); });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(b); }
    });
  });

  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-col]"));
  function sortBy(th, dir) {
    var col = +th.dataset.col, numeric = th.dataset.type === "num";
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    var keyed = bodies.map(function (b, i) {
      var v = b.querySelector("tr.row").children[col].dataset.sort;
      if (numeric) v = v === "" ? null : +v;
      return { b: b, v: v, i: i };
    });
    keyed.sort(function (a, c) {
      if (a.v === c.v) return a.i - c.i;
      if (a.v === null) return 1;
      if (c.v === null) return -1;
      if (numeric) return dir * (a.v - c.v);
      return dir * a.v.localeCompare(c.v, "zh");
    });
    keyed.forEach(function (k) { table.appendChild(k.b); });
    bodies = keyed.map(function (k) { return k.b; });
  }
  heads.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      sortBy(th, th.getAttribute("aria-sort") === "ascending" ? -1 : 1);
    });
  });

  [fStatus, fRegion, fYear].forEach(function (el) { el.addEventListener("change", apply); });
  fText.addEventListener("input", apply);
  apply();

  var m = /^#v(\d+)$/.exec(location.hash);
  if (m) {
    var target = document.getElementById("v" + m[1]);
    if (target) { toggle(target, true); target.scrollIntoView(); }
  }

  if (location.hash !== "#selftest") return;
  var out = [], pass = true;
  function check(ok, what) { out.push((ok ? "ok   " : "FAIL ") + what); if (!ok) pass = false; }
  function reset() { fStatus.value = ""; fRegion.value = ""; fYear.value = ""; fText.value = ""; apply(); }
  var n = +table.dataset.count;
  check(bodies.length === n, "rows " + bodies.length + " verdicts " + n);
  check(visible().length === n, "unfiltered shows " + visible().length + " of " + n);
  [["status", fStatus], ["region", fRegion], ["year", fYear]].forEach(function (pair) {
    var name = pair[0], sel = pair[1];
    Array.prototype.forEach.call(sel.options, function (opt) {
      if (!opt.value) return;
      reset();
      sel.value = opt.value;
      apply();
      var vis = visible();
      var want = bodies.filter(function (b) { return b.dataset[name] === opt.value; }).length;
      var only = vis.every(function (b) { return b.dataset[name] === opt.value; });
      check(vis.length === want && only && want > 0,
            "filter " + name + "=" + opt.value + " shows " + vis.length + " expected " + want);
    });
  });
  reset();
  var first = bodies[0], raw = first.dataset.raw;
  fText.value = raw;
  apply();
  check(visible().length >= 1 && visible().every(function (b) { return b.dataset.text.indexOf(raw.toLowerCase()) >= 0; }),
        "filter text=" + raw + " shows " + visible().length);
  fText.value = "no such words anywhere";
  apply();
  check(visible().length === 0 && !none.hidden, "filter text with no match shows 0 and the message");
  reset();
  var yearHead = table.querySelector("th[data-key=year]");
  sortBy(yearHead, -1);
  var years = bodies.map(function (b) { return +b.dataset.yearnum; });
  check(years.every(function (y, i) { return i === 0 || years[i - 1] >= y; }), "sort by year descending " + years.join(","));
  sortBy(yearHead, 1);
  toggle(bodies[0], true);
  var d = bodies[0].querySelector("tr.detail");
  check(!d.hidden && d.querySelectorAll("mark").length >= 1, "row expands to its quotes with the number marked");
  toggle(bodies[0], false);
  var pre = document.getElementById("selftest");
  pre.textContent = out.join("\n") + "\nselftest: " + (pass ? "pass" : "fail");
  pre.hidden = false;
})();
]==]

return M
