-- Print the fixture audit as `duixian report --format json` writes it.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath
io.write(require("duixian.report").render(dofile("spec/fixtures/audit.lua"), "json"))
