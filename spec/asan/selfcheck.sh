#!/bin/sh
# Proves the sanitizers catch bugs in a C module loaded by the plain lua5.4
# interpreter with the runtimes in LD_PRELOAD, the way `make asan` runs the
# specs: each deliberate bug of canary.c must end the process with the
# sanitizer's report. Usage: spec/asan/selfcheck.sh LUA BUILD_DIR
# (LD_PRELOAD and ASAN_OPTIONS come from the caller).
lua=$1 build=$2
status=0
expect() { # function, text the report must contain
  out=$("$lua" -e "package.cpath='$build/?.so'; require('canary').$1()" 2>&1) && {
    echo "asan self-check: canary.$1() ran to the end: the sanitizers are not armed" >&2
    status=1; return; }
  case $out in
    *"$2"*) echo "asan self-check: canary.$1() caught ($2)" ;;
    *) echo "asan self-check: canary.$1() failed without \"$2\":" >&2; echo "$out" | head -5 >&2; status=1 ;;
  esac
}
expect overflow "heap-buffer-overflow"
expect leak "detected memory leaks"
expect shift "shift exponent 40 is too large"
exit $status
