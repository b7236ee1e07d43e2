#!/bin/sh
# make e2e: the HTML report in headless Chromium, on real work. Audits
# ../shared/corpus/provinces plus ../shared/corpus/national-dev (25 years of
# one region, its long name) plus ../shared/seeds (the fixture audit when
# ../shared is absent), renders the HTML through `duixian report --json`,
# and lets the page check itself (#selftest) at 1400 px and at 400 px: the
# league table above the fold, the verdict table within 3,000 px of the
# top, nothing wider than the window, no two chart labels overlapping, one
# row per verdict, every filter value showing exactly its rows. Then it
# asserts on the dumped DOM and saves the screenshots the README shows:
# docs/report.png (1400 px) and docs/report-400.png (400 px).
set -eu
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
LUA=${LUA:-lua5.4}
SHARED=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

chrome() {
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 180 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>>"$work/chromium.log"
}
fail() { echo "e2e: $*" >&2; tail -20 "$work/chromium.log" >&2 2>/dev/null || true; exit 1; }

if [ -d "$SHARED/corpus/provinces" ] && [ -d "$SHARED/corpus/national-dev" ] && [ -d "$SHARED/seeds" ]; then
  bin/duixian ingest --db "$work/audit.sqlite" "$SHARED/corpus/provinces" "$SHARED/corpus/national-dev" "$SHARED/seeds" >/dev/null
  bin/duixian audit --db "$work/audit.sqlite" --format json -o "$work/audit.json" 2>/dev/null
  echo "e2e: audited $SHARED/corpus/provinces, $SHARED/corpus/national-dev and $SHARED/seeds"
else
  $LUA spec/e2e/fixture_json.lua > "$work/audit.json"
  echo "e2e: $SHARED is absent; the fixture audit instead"
fi
bin/duixian report --json "$work/audit.json" -o "$work/report.html"
bytes=$(wc -c < "$work/report.html")
echo "e2e: report.html is $bytes bytes"
[ "$bytes" -lt 5000000 ] || fail "report.html is $bytes bytes, over 5 MB"

# 1400 px: the page itself. 400 px: Chromium's window is at least 500 px
# wide, so the page runs in a 400 px frame that posts its results up.
chrome --window-size=1400,900 --virtual-time-budget=10000 --dump-dom "file://$work/report.html#selftest" \
  > "$work/dom-1400.html" || fail "chromium failed at 1400 px"
cat > "$work/narrow.html" <<'HTML'
<!doctype html><meta charset="utf-8"><body style="margin:0;background:#ccc">
<iframe src="report.html#selftest" style="border:0;width:400px;height:900px;display:block;background:#fff"></iframe>
<pre id="selftest" hidden></pre>
<script>window.addEventListener("message", function (e) {
  var pre = document.getElementById("selftest"); pre.textContent = e.data; pre.hidden = false; });</script>
HTML
chrome --window-size=500,900 --virtual-time-budget=10000 --dump-dom "file://$work/narrow.html" \
  > "$work/dom-400.html" || fail "chromium failed at 400 px"
$LUA spec/e2e/check_dom.lua "$work/audit.json" "$work/dom-1400.html" "$work/dom-400.html"

mkdir -p docs
chrome --hide-scrollbars --window-size=1400,1700 --screenshot="$PWD/docs/report.png" "file://$work/report.html" >/dev/null
sed 's/height:900px/height:1700px/; s/#selftest//' "$work/narrow.html" > "$work/narrow-shot.html"
chrome --hide-scrollbars --window-size=500,1700 --screenshot="$PWD/docs/report-400.png" "file://$work/narrow-shot.html" >/dev/null
[ -s docs/report.png ] && [ -s docs/report-400.png ] || fail "no screenshot written"
echo "e2e: screenshots docs/report.png ($(wc -c < docs/report.png) bytes), docs/report-400.png ($(wc -c < docs/report-400.png) bytes)"
