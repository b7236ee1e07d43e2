-- Assert on the DOM Chromium dumped after the page's #selftest ran, at
-- each width: the page's own layout and filter checks all pass, with one
-- row per verdict of the audit and each status filter showing exactly
-- that status's rows.
-- usage: lua5.4 spec/e2e/check_dom.lua AUDIT.json DOM.html...
package.path = "lua/?.lua;lua/?/init.lua;./?.lua;" .. package.path
local json_decode = require "duixian.json_decode"
local read = require("spec.helper").read

local audit = assert(json_decode.decode(read(assert(arg[1], "usage: check_dom.lua AUDIT.json DOM.html..."))))
local by_status = {}
for _, v in ipairs(audit.verdicts) do by_status[v.status] = (by_status[v.status] or 0) + 1 end

local failures = 0
local function check(ok, what)
  print((ok and "ok   " or "FAIL ") .. what)
  if not ok then failures = failures + 1 end
end

local ENTITIES = { amp = "&", lt = "<", gt = ">", quot = '"', ["#39"] = "'" }
for i = 2, #arg do
  local dom = read(arg[i])
  local selftest = dom:match('<pre id="selftest">(.-)</pre>')
  check(selftest ~= nil, arg[i] .. ": the page ran its selftest")
  selftest = (selftest or ""):gsub("&(#?%w+);", ENTITIES)
  for line in selftest:gmatch("[^\n]+") do print("  page: " .. line) end
  check(selftest:find("\nselftest: pass$") ~= nil, "the page's own checks all pass")
  check(selftest:find(("ok   rows %d verdicts %d"):format(#audit.verdicts, #audit.verdicts), 1, true) ~= nil,
    ("one row for each of the %d verdicts"):format(#audit.verdicts))
  for status, n in pairs(by_status) do
    local line = ("ok   filter status=%s shows %d expected %d"):format(status, n, n)
    check(selftest:find(line, 1, true) ~= nil, ("filter by status %s leaves its %d rows"):format(status, n))
  end
end

if failures > 0 then
  print(("e2e: %d checks failed"):format(failures))
  os.exit(1)
end
print("e2e: all checks pass")
