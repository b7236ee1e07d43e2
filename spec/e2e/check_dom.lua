-- Assert on the DOM Chromium dumped after the page's #selftest ran: one row
-- per verdict, and each status filter showing exactly that status's rows.
local path = assert(arg[1], "usage: check_dom.lua DOM.html")
local f = assert(io.open(path, "rb"))
local dom = f:read("a")
f:close()
local audit = dofile("spec/fixtures/audit.lua")

local failures = 0
local function check(ok, what)
  print((ok and "ok   " or "FAIL ") .. what)
  if not ok then failures = failures + 1 end
end

local rows = 0
for _ in dom:gmatch('<tbody class="v[ "]') do rows = rows + 1 end
check(rows == #audit.verdicts, ("DOM has %d verdict rows for %d verdicts"):format(rows, #audit.verdicts))

local selftest = dom:match('<pre id="selftest">(.-)</pre>')
check(selftest ~= nil, "the page ran its selftest (#selftest wrote <pre id=\"selftest\">)")
selftest = selftest or ""
for line in selftest:gmatch("[^\n]+") do print("  page: " .. line) end
check(selftest:find("\nselftest: pass$") ~= nil, "the page's own checks all pass")

local by_status = {}
for _, v in ipairs(audit.verdicts) do by_status[v.status] = (by_status[v.status] or 0) + 1 end
for status, n in pairs(by_status) do
  local line = ("ok   filter status=%s shows %d expected %d"):format(status, n, n)
  check(selftest:find(line, 1, true) ~= nil, ("filter by status %s leaves its %d rows"):format(status, n))
end

if failures > 0 then
  print(("e2e: %d checks failed"):format(failures))
  os.exit(1)
end
print("e2e: all checks pass")
