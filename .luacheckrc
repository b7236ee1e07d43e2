-- luacheck settings for `make lint`.
std = "lua54"
max_line_length = 140
codes = true
exclude_files = { "build", "build-asan", "build-fuzz", "lua_modules" }

-- specs: busted's globals, and the helper it loads before them
files["spec"] = { std = "+busted", globals = { "spec_helper" } }
files["spec/helper.lua"] = { globals = { "spec_helper" } }
files[".busted"] = { std = "lua54" }
files["rockspec"] = { std = "lua54", globals = {
  "rockspec_format", "package", "version", "source", "description", "dependencies",
  "build_dependencies", "test_dependencies", "external_dependencies", "build", "test",
} }
