-- luacheck settings for `make lint`.
std = "lua54"
max_line_length = 140
codes = true
exclude_files = { "build", "build-asan", "build-fuzz", "lua_modules" }

-- specs: busted's globals, and the helper it loads before them
-- (spec lines quote real sentences: CJK takes three bytes a character, and a
-- quoted sentence is clearer whole than cut)
files["spec"] = { std = "+busted", globals = { "spec_helper" }, max_line_length = false }
-- HTML templates read best a tag a line
files["lua/duixian/report/html.lua"] = { max_line_length = false }
files["spec/helper.lua"] = { globals = { "spec_helper" } }
files[".busted"] = { std = "lua54" }
files["rockspec"] = { std = "lua54", globals = {
  "rockspec_format", "package", "version", "source", "description", "dependencies",
  "build_dependencies", "test_dependencies", "external_dependencies", "build", "test",
} }
