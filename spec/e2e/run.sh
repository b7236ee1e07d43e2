#!/bin/sh
# make e2e: the HTML report in headless Chromium. Renders the fixture audit
# through `duixian report --json`, lets the page check its own filters
# (#selftest), asserts on the dumped DOM, and saves the README screenshot.
set -eu
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
LUA=${LUA:-lua5.4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

chrome() {
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>>"$work/chromium.log"
}

$LUA spec/e2e/fixture_json.lua > "$work/audit.json"
bin/duixian report --json "$work/audit.json" -o "$work/report.html"

if ! chrome --dump-dom "file://$work/report.html#selftest" > "$work/dom.html"; then
  echo "e2e: chromium failed; its log:" >&2
  tail -20 "$work/chromium.log" >&2
  exit 1
fi
$LUA spec/e2e/check_dom.lua "$work/dom.html"

mkdir -p docs
chrome --hide-scrollbars --window-size=1200,1600 --screenshot="$PWD/docs/report.png" "file://$work/report.html" >/dev/null
[ -s docs/report.png ] || { echo "e2e: no screenshot written" >&2; exit 1; }
echo "e2e: screenshot docs/report.png ($(wc -c < docs/report.png) bytes)"
