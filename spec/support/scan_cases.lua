-- Table-driven specs of what the scanner reads in short phrases: the
-- helpers spec/scan_classes_spec.lua and spec/scan_units_spec.lua share.
-- expect_each and expect_none take busted's `it` (a spec file's own, not a
-- global) and run inside a describe block.
local duixian = require "duixian"
local assert = require "luassert" -- busted's, which a spec file has as a global

local M = {}

--- The metadata every phrase is scanned with: a provincial report of 2025.
M.META = { published = "2025-01-20", region = "安徽省", kind = "work_report" }

--- The mentions of text.
function M.scan(text)
  return assert(duixian.scan(text, M.META))
end

--- The named fields of each mention of text: pick(text, "raw", "value").
function M.pick(text, ...)
  local names, got = { ... }, {}
  for i, m in ipairs(M.scan(text)) do
    local row = {}
    for k, name in ipairs(names) do row[k] = m[name] end
    got[i] = #names == 1 and row[1] or row
  end
  return got
end

--- One spec per case { text, raw, value, unit, cmp }: the one quantity of
-- text, whose offsets point at its raw.
function M.expect_each(it, cases)
  for _, c in ipairs(cases) do
    it(c[1], function()
      local ms = M.scan(c[1])
      assert.are.equal(1, #ms, "expected one mention in: " .. c[1])
      local m = ms[1]
      assert.are.same({ c[2], c[3], c[4], c[5] }, { m.raw, m.value, m.unit, m.cmp })
      assert.are.equal(m.raw, c[1]:sub(m.start, m["end"]))
    end)
  end
end

--- One spec per text: no quantity in it.
function M.expect_none(it, texts)
  for _, t in ipairs(texts) do
    it("finds nothing in " .. t, function()
      assert.are.same({}, M.pick(t, "raw"))
    end)
  end
end

return M
