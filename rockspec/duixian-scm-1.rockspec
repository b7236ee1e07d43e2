-- Builds the same modules as the Makefile. From the checkout, offline:
--   luarocks --lua-version=5.4 make --local rockspec/duixian-scm-1.rockspec
-- (or --tree DIR); then `duixian` is in ~/.luarocks/bin (or DIR/bin).
rockspec_format = "3.0"
package = "duixian"
version = "scm-1"
source = {
  -- luarocks make builds the checkout it is run in; the url is used only
  -- by `luarocks install` of a published rockspec.
  url = "git+file://.",
}
description = {
  summary = "Audit the quantitative promises of Chinese government work reports",
  detailed = [[
duixian (兑现) extracts quantities (targets for the coming year, outcomes for
the past one) from the text of 政府工作报告 and news reports, stores them in
SQLite, matches outcomes to targets and judges them. The scanner is C (the
module duixian.core); classification, matching and judging are Lua rules.
]],
  labels = { "chinese", "text-mining", "government", "audit" },
  license = "MIT",
}
-- LuaFileSystem (the folder walk of ingest) is Debian's lua-filesystem,
-- installed by `make deps`: a Debian package is not a rock luarocks can see,
-- so it is not listed here, like busted below.
dependencies = {
  "lua >= 5.4, < 5.5",
}
external_dependencies = {
  SQLITE = { header = "sqlite3.h" },
}
-- Debian's busted is not a rock luarocks can see: `luarocks test` runs the
-- specs the way `make test` does (busted under lua5.4, with the build).
test = {
  type = "command",
  command = "make test",
}
build = {
  type = "builtin",
  modules = {
    -- the C core: every file of the Makefile's CORE_SRC
    ["duixian.core"] = {
      sources = {
        "csrc/utf8.c", "csrc/decode.c", "csrc/lexicon.c", "csrc/numeral.c", "csrc/normalize.c",
        "csrc/segment.c", "csrc/mention.c", "csrc/width.c", "csrc/json.c", "csrc/sha256.c",
        "csrc/memlimit.c", "csrc/wordset.c", "csrc/alloc.c", "csrc/cues.c", "csrc/core.c",
      },
      incdirs = { "csrc" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },

    -- the SQLite store: the only module linking libsqlite3
    ["duixian.store"] = {
      sources = { "csrc/store.c" },
      incdirs = { "csrc", "$(SQLITE_INCDIR)" },
      libdirs = { "$(SQLITE_LIBDIR)" },
      libraries = { "sqlite3" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },

    -- the document readers, one module per library (see the Makefile)
    ["duixian.read_html"] = {
      sources = { "csrc/read_html.c", "csrc/decode.c", "csrc/text_out.c", "csrc/utf8.c" },
      incdirs = { "csrc", "/usr/include/libxml2" },
      libraries = { "xml2" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },
    ["duixian.read_docx"] = {
      sources = { "csrc/read_docx.c", "csrc/text_out.c", "csrc/utf8.c" },
      incdirs = { "csrc", "/usr/include/libxml2" },
      libraries = { "zip", "xml2" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },
    ["duixian.read_pdf"] = {
      sources = { "csrc/read_pdf.c", "csrc/text_out.c", "csrc/utf8.c" },
      incdirs = { "csrc" },
      libraries = { "mupdf", "mupdf-third", "mujs", "gumbo", "openjp2", "jbig2dec", "jpeg", "freetype",
        "png16", "brotlidec", "z", "m" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },
    ["duixian.t2s"] = {
      sources = { "csrc/t2s.c", "csrc/utf8.c" },
      incdirs = { "csrc" },
      libraries = { "opencc" },
      defines = { "_POSIX_C_SOURCE=200809L" },
    },

    -- Lua modules (spec/rockspec_spec.lua checks that every file is here)
    ["duixian"] = "lua/duixian/init.lua",
    ["duixian.audit"] = "lua/duixian/audit.lua",
    ["duixian.cli"] = "lua/duixian/cli/init.lua",
    ["duixian.cli.audit"] = "lua/duixian/cli/audit.lua",
    ["duixian.cli.extract"] = "lua/duixian/cli/extract.lua",
    ["duixian.cli.batch"] = "lua/duixian/cli/batch.lua",
    ["duixian.cli.files"] = "lua/duixian/cli/files.lua",
    ["duixian.cli.rules"] = "lua/duixian/cli/rules.lua",
    ["duixian.cli.indicators"] = "lua/duixian/cli/indicators.lua",
    ["duixian.cli.ingest"] = "lua/duixian/cli/ingest.lua",
    ["duixian.cli.progress"] = "lua/duixian/cli/progress.lua",
    ["duixian.cli.query"] = "lua/duixian/cli/query.lua",
    ["duixian.cli.report"] = "lua/duixian/cli/report.lua",
    ["duixian.cli.term"] = "lua/duixian/cli/term.lua",
    ["duixian.data"] = "lua/duixian/data.lua",
    ["duixian.db"] = "lua/duixian/db.lua",
    ["duixian.db.audits"] = "lua/duixian/db/audits.lua",
    ["duixian.db.common"] = "lua/duixian/db/common.lua",
    ["duixian.db.ingest"] = "lua/duixian/db/ingest.lua",
    ["duixian.db.query"] = "lua/duixian/db/query.lua",
    ["duixian.db.schema"] = "lua/duixian/db/schema.lua",
    ["duixian.gazetteer"] = "lua/duixian/gazetteer.lua",
    ["duixian.gold"] = "lua/duixian/gold.lua",
    ["duixian.indicators"] = "lua/duixian/indicators.lua",
    ["duixian.json"] = "lua/duixian/json.lua",
    ["duixian.json_decode"] = "lua/duixian/json_decode.lua",
    ["duixian.rules.judge"] = "lua/duixian/rules/judge.lua",
    ["duixian.rules.match"] = "lua/duixian/rules/match.lua",
    ["duixian.meta"] = "lua/duixian/meta.lua",
    ["duixian.readers"] = "lua/duixian/readers.lua",
    ["duixian.report"] = "lua/duixian/report/init.lua",
    ["duixian.report.charts"] = "lua/duixian/report/charts.lua",
    ["duixian.report.data"] = "lua/duixian/report/data.lua",
    ["duixian.report.review"] = "lua/duixian/report/review.lua",
    ["duixian.corrections"] = "lua/duixian/corrections.lua",
    ["duixian.csv"] = "lua/duixian/csv.lua",
    ["duixian.compiled"] = "lua/duixian/compiled.lua",
    ["duixian.history"] = "lua/duixian/history.lua",
    ["duixian.report.history"] = "lua/duixian/report/history.lua",
    ["duixian.db.corrections"] = "lua/duixian/db/corrections.lua",
    ["duixian.cli.corrections"] = "lua/duixian/cli/corrections.lua",
    ["duixian.report.html"] = "lua/duixian/report/html.lua",
    ["duixian.report.html_assets"] = "lua/duixian/report/html_assets.lua",
    ["duixian.report.markdown"] = "lua/duixian/report/markdown.lua",
    ["duixian.report.model"] = "lua/duixian/report/model.lua",
    ["duixian.report.text"] = "lua/duixian/report/text.lua",
    ["duixian.rules"] = "lua/duixian/rules/init.lua",
    ["duixian.rules.classify"] = "lua/duixian/rules/classify.lua",
    ["duixian.rules.returns"] = "lua/duixian/rules/returns.lua",
    ["duixian.rules.sandbox"] = "lua/duixian/rules/sandbox.lua",
    ["duixian.rules.words"] = "lua/duixian/rules/words.lua",
    ["duixian.quantity"] = "lua/duixian/quantity.lua",
    ["duixian.db.derive"] = "lua/duixian/db/derive.lua",
    ["duixian.db.facts"] = "lua/duixian/db/facts.lua",
    ["duixian.spill"] = "lua/duixian/spill.lua",
    ["duixian.tabulate"] = "lua/duixian/tabulate.lua",
    ["duixian.traditional"] = "lua/duixian/traditional.lua",

    -- editable data, loaded by duixian.data as duixian.data.NAME once
    -- installed (from data/NAME.lua in a checkout)
    ["duixian.data.autonomous"] = "data/autonomous.lua",
    ["duixian.data.gazetteer"] = "data/gazetteer.lua",
    ["duixian.data.indicators"] = "data/indicators.lua",
    ["duixian.data.lexicon"] = "data/lexicon.lua",
    ["duixian.data.pdf_glyphs"] = "data/pdf_glyphs.lua",
    ["duixian.data.regions"] = "data/regions.lua",
    ["duixian.data.subject_heads"] = "data/subject_heads.lua",
    ["duixian.data.traditional"] = "data/traditional.lua",
  },
  install = {
    bin = {
      duixian = "bin/duixian",
    },
  },
}
