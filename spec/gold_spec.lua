-- The measured bar of issue 2, against the hand-checked answers in
-- ../shared/gold (skipped with a message where ../shared is absent).
local H = require "spec.helper"
local gold = require "duixian.gold"

describe("extraction against gold", function()
  local seeds = H.need_shared("gold/seeds.tsv")
  local national = H.need_shared("gold/national-dev.tsv")

  if seeds then
    local r = gold.score_seeds(seeds, H.shared .. "/seeds")
    it(("seeds: precision %.3f and recall %.3f are at least 0.92"):format(r.precision, r.recall), function()
      assert.is_true(r.precision >= 0.92, "precision " .. r.precision)
      assert.is_true(r.recall >= 0.92, "recall " .. r.recall)
    end)
    it(("seeds: cmp agrees on %.3f of matched pairs (bar 0.95)"):format(r.cmp_rate), function()
      assert.is_true(r.cmp_rate >= 0.95)
    end)
    it(("seeds: kind %.3f and period %.3f agree (bar 0.90)"):format(r.kind_rate, r.period_rate), function()
      assert.is_true(r.kind_rate >= 0.90)
      assert.is_true(r.period_rate >= 0.90)
    end)
  end

  if national then
    it("national-dev: every gold target and outcome is found with its value, unit and kind", function()
      local found, total, failures = gold.score_national(national, H.shared .. "/corpus/national-dev")
      assert.are.same({}, failures)
      assert.are.equal(total, found)
    end)
  end
end)
