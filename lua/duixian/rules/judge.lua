--- Verdicts: the default convention of ../shared/gold/README.md.
--
--   floor (more is better) with >= or =  met when outcome >= target
--   floor with ~ (左右)                  met when outcome >= target - tolerance
--                                        (0.5 for %, 5% of the target otherwise)
--   floor with >                         met when outcome > target
--   cap with <=, = or ~                  met when outcome <= target (+ 0.5 for % with ~)
--   cap with <                           met when outcome < target
--   range                                the low end for a floor, the high end for a cap
--
-- The judge is an ordered list of named rules (M.order); the first that
-- returns a status decides, and the verdict names it. A rule pack
-- overrides any rule or helper by name (`judge = { tolerance = … }`).
-- Each rule is rule(R, case) -> status, reason | nil, where case is
-- { target (item), indicator, direction, candidates (ranked), best
-- (first comparable answer), span_over (bool), latest_year }.
local indicators = require "duixian.indicators"

local M = {}

--- The judge rules, tried in this order: the first that returns a status decides.
M.order = { "pending", "not_reported", "not_comparable", "conflicting", "plan_share",
  "cap_range", "cap_under", "cap_about", "cap_at_most",
  "floor_range", "floor_over", "floor_about", "floor_at_least" }

local function is_percent(unit) return unit == "%" or unit == "pp" end

local function num(v)
  if math.type(v) == "integer" then return tostring(v) end
  local s = ("%.4f"):format(v):gsub("0+$", ""):gsub("%.$", "")
  return s
end
--- A number as reports write it (integers plain, decimals without trailing zeros).
function M.num(_, v) return num(v) end

--- The direction of a target: cap for a place in a ranking (第3位); else
-- its indicator's; else cap when its qualifier is a ceiling (以内, 不超过,
-- 控制在) or its verb lowers the thing to a level (降至13%: the lexicon's
-- lowers_to); else floor. A lower bound said of a ceiling's indicator
-- (赤字率拟按3.6%以上安排: at least that much deficit) makes it a floor: the
-- words outrank the indicator's habit.
function M.direction(R, target, indicator)
  local cmp = target.m.cmp
  -- a place in a ranking (第3位, 首位), whatever the thing ranked: the
  -- smaller the number, the better the place (the lexicon's unit classes,
  -- lower_is_better)
  local class = R.words.unit_class[target.m.unit or ""]
  if class and class.lower_is_better then return "cap" end
  if indicator and indicator.direction then
    if indicator.direction == "cap" and (cmp == ">=" or cmp == ">") then return "floor" end
    return indicator.direction
  end
  if cmp == "<=" or cmp == "<" then return "cap" end
  local verb = R.words.verb[target.m.verb or ""]
  if verb and verb.lowers_to and cmp ~= ">=" and cmp ~= ">" then return "cap" end
  return "floor"
end

--- How far 左右 stretches around value, for target t of indicator ind.
function M.tolerance(_, t, ind, value)
  local tol = ind and ind.tolerance
  if tol and tol.abs then return tol.abs end
  if tol and tol.ratio then return math.abs(value) * tol.ratio end
  if is_percent(t.m.unit) then return 0.5 end
  return math.abs(value) * 0.05
end

--- The year's results are not all in: no candidate, and no document at
-- hand was published after the target's last year, or none in the year
-- after it, when its review is (2014's targets with the reports of 2014
-- and 2020 at hand: no report reviews 2014, none says it was not done).
function M.pending(_, case)
  if case.span_over and case.reviewed ~= false then return nil end
  for _, c in ipairs(case.candidates) do
    if c.relation == "answer" then return nil end
  end
  local progress = 0
  for _, c in ipairs(case.candidates) do
    if c.relation == "progress" then progress = progress + 1 end
  end
  local t = case.target
  if case.span_over then
    return "pending", ("no document at hand reviews %d: none was published in %d (the latest is from %s); add the"
      .. " report of %d to judge it"):format(t.last, t.last + 1, tostring(case.latest_year), t.last + 1)
  end
  local what = t.first == t.last and ("the year %d"):format(t.last) or ("the span %d-%d"):format(t.first, t.last)
  return "pending", ("%s is not over in the documents at hand (the latest is from %s)%s"):format(
    what, tostring(case.latest_year), progress > 0 and ("; %d progress figure(s) shown"):format(progress) or "")
end

--- No later document gives a figure for the target.
function M.not_reported(_, case)
  for _, c in ipairs(case.candidates) do
    if c.relation == "answer" then return nil end
  end
  return "not_reported", ("no document published after %s reports %s for %s"):format(
    case.target.doc.published or "?", case.target.subject ~= "" and case.target.subject or "this quantity",
    case.target.m.period or "?")
end

--- Figures were found, but none in the target's unit and measure: the
-- promise's own figure is not reported (a growth target answered only by a
-- level: 居民收入增长6% against 人均可支配收入达到41580元). The verdict is
-- not_reported, decided by this rule, and its reason names what was
-- reported instead; a pack that wants the status not_comparable returns it.
function M.not_comparable(_, case)
  if case.best then return nil end
  local c = case.candidates[1]
  return "not_reported", ("no figure in the measure of %s: %s is reported as %s (%s), which cannot be set against it"):format(
    case.target.m.raw, c.item.subject ~= "" and c.item.subject or "it", c.item.m.raw, c.why_not or "different measure")
end

-- The status the rules after conflicting give the case with cand as its best
-- figure (met, missed), or nil.
local function status_with(R, case, cand)
  local saved, after, status = case.best, false, nil
  case.best = cand
  for _, name in ipairs(R.judge.order) do
    if after then
      status = R.judge[name](R, case)
      if status then break end
    elseif name == "conflicting" then
      after = true
    end
  end
  case.best = saved
  return status
end

--- The best figures tie on every ranking criterion and disagree, on the
-- verdict too (4.8亿人次 and 4.6亿人次 against 4.5亿人次 are both met: no
-- conflict).
function M.conflicting(R, case)
  local best = case.best
  local others = {}
  local best_status -- asked only when a figure disagrees
  for _, c in ipairs(case.candidates) do
    local differs = c ~= best and c.comparable and c.relation == "answer" and c.tied
      and not R.match.agree(R, c.item.m, best.item.m)
    if differs then
      if best_status == nil then best_status = status_with(R, case, best) or false end
      differs = (status_with(R, case, c) or false) ~= best_status
    end
    if differs then
      others[#others + 1] = c.item.m.raw .. " (" .. tostring(c.item.doc.file) .. ")"
    end
  end
  if #others == 0 then return nil end
  return "conflicting", ("equally ranked reports disagree: %s (%s) against %s"):format(
    best.item.m.raw, tostring(best.item.doc.file), table.concat(others, ", "))
end

--- The base a figure in times adds to: an increase by N times (增长1.1倍,
-- 提高1倍) ends at N + 1 times its base, as 翻一番 ends at 2 and 是上年的
-- 2.1倍 at 2.1 (the statistical convention). Returns 1 for a multiple said
-- with a verb of increase, 0 otherwise.
function M.times_base(R, m)
  if m.unit ~= "times" then return 0 end
  local row = R.words.verb[m.verb or ""]
  return row and row.class == "increase" and 1 or 0
end

-- The target's figure as the judge compares it: a multiple said as an
-- increase (增长1倍) counted from 1 (R.judge.times_base).
local function target_of(R, case)
  local t = case.target.m
  local base = R.judge.times_base(R, t)
  if base == 0 then return t end
  return { value = t.value + base, value_max = t.value_max and t.value_max + base, raw = t.raw, unit = t.unit,
    cmp = t.cmp }
end

local function outcome_value(R, case, direction)
  local item = case.best.item
  local o = item.m
  -- (in the target's unit: 380.1亿公斤 against a target in 斤)
  local sign = (item.sign or 1) * (indicators.unit_factor(o.unit, case.target.m.unit, R.words) or 1)
  local base = R.judge.times_base(R, o)
  if o.value_max and o.cmp == "range" then
    -- an outcome range: the end that favours the target's side least
    local low, high = (o.value + base) * sign, (o.value_max + base) * sign
    if low > high then low, high = high, low end
    return direction == "floor" and low or high
  end
  return (o.value + base) * sign
end

local function quoted(R, case)
  local o = case.best.item
  -- a fall read as negative growth says its verb (下降4.5%, not 4.5%), and
  -- so does an increase in times (增长1.1倍, not 1.1倍)
  local fall = (o.sign == -1 or R.judge.times_base(R, o.m) > 0) and o.m.verb or ""
  return ("%s%s (%s%s)"):format(fall, o.m.raw, tostring(o.doc.file), o.m.estimate and ", estimate" or "")
end

--- A value with its unit, for reasons (8.4%, 665亿元, 3000家).
function M.with_unit(R, v, unit)
  if unit == "%" then return R.judge.num(R, v) .. "%" end
  return require("duixian.quantity").amount(v, unit)
end

local function decide(R, case, threshold, strict, how)
  local v = outcome_value(R, case, case.direction)
  -- thresholds come from decimal arithmetic (5.5 - 0.2): compare with a
  -- margin far below any published precision
  local eps = 1e-9 * math.max(1, math.abs(threshold))
  -- an outcome that is itself a bound (突破25万辆, 低于19微克) lies beyond
  -- its figure: it passes a strict threshold it reaches
  local said = R.match.stated_cmp(R, case.best.item.m)
  local met
  -- and one below its figure (不到45万人) reaches no floor at that figure
  if case.direction == "floor" then
    if (strict and said ~= ">") or said == "<" then met = v > threshold + eps else met = v >= threshold - eps end
  else
    if (strict and said ~= "<") or said == ">" then met = v < threshold - eps else met = v <= threshold + eps end
  end
  case.threshold = threshold
  local word = case.direction == "floor" and (strict and "above" or "at least") or (strict and "below" or "at most")
  local shown = quoted(R, case)
  if (case.best.item.m.unit ~= case.target.m.unit and indicators.unit_class(case.target.m.unit, R.words) ~= "count")
      or R.judge.times_base(R, case.best.item.m) > 0 then
    -- a figure in another unit, converted (3850万吨 = 770亿斤), or an
    -- increase in times as the multiple it makes (增长1.1倍 = 2.1倍)
    shown = ("%s = %s"):format(shown, R.judge.with_unit(R, v, case.target.m.unit))
  end
  local reason = ("%s is %s%s %s (%s)"):format(shown, met and "" or "not ", word,
    R.judge.with_unit(R, threshold, case.target.m.unit), how)
  return met and "met" or "missed", reason
end

local function applies(case, direction, cmps)
  if case.direction ~= direction then return false end
  return cmps[case.target.m.cmp] == true
end

--- The outcome is the share of the plan done (完成年计划的118.2%): met at
-- 100% whatever the target's unit.
function M.plan_share(_, case)
  local o = case.best and case.best.item
  if not (o and o.plan_share) then return nil end
  case.threshold = 100
  local met = o.m.value >= 100
  return met and "met" or "missed", ("%s (%s) of the year's plan was done: %s 100%%"):format(
    o.m.raw, tostring(o.doc.file), met and "at least" or "less than")
end

--- Floor with a range: the low end.
function M.floor_range(R, case)
  if not applies(case, "floor", { range = true }) then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value, false, ("the low end of %s"):format(t.raw))
end

--- Floor with >: strictly above.
function M.floor_over(R, case)
  if not applies(case, "floor", { [">"] = true }) then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value, true, ("target %s"):format(t.raw))
end

--- Floor with ~ (左右): the target less the tolerance.
function M.floor_about(R, case)
  if not applies(case, "floor", { ["~"] = true }) then return nil end
  local t = target_of(R, case)
  local tol = R.judge.tolerance(R, case.target, case.indicator, t.value)
  return decide(R, case, t.value - tol, false, ("target %s less the tolerance %s for 左右"):format(t.raw, R.judge.num(R, tol)))
end

--- Floor with >=, = or anything else: at least the target.
function M.floor_at_least(R, case)
  if case.direction ~= "floor" then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value, false, ("target %s"):format(t.raw))
end

--- Cap with a range: the high end.
function M.cap_range(R, case)
  if not applies(case, "cap", { range = true }) then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value_max or t.value, false, ("the high end of %s"):format(t.raw))
end

--- Cap with <: strictly below.
function M.cap_under(R, case)
  if not applies(case, "cap", { ["<"] = true }) then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value, true, ("target %s"):format(t.raw))
end

--- Cap with ~ (左右): the target plus the tolerance for percentages (and
-- for indicators that set one); a plain ceiling otherwise.
function M.cap_about(R, case)
  if not applies(case, "cap", { ["~"] = true }) then return nil end
  local t = target_of(R, case)
  local tol = 0
  if is_percent(t.unit) or (case.indicator and case.indicator.tolerance) then
    tol = R.judge.tolerance(R, case.target, case.indicator, t.value)
  end
  return decide(R, case, t.value + tol, false, tol > 0 and ("target %s plus the tolerance %s for 左右"):format(t.raw, R.judge.num(R, tol))
    or ("target %s"):format(t.raw))
end

--- Cap with <=, = or anything else: at most the target.
function M.cap_at_most(R, case)
  if case.direction ~= "cap" then return nil end
  local t = target_of(R, case)
  return decide(R, case, t.value, false, ("target %s"):format(t.raw))
end

--- Margin (outcome − the target's deciding end) and ratio (outcome /
-- target, for absolute quantities, where it means something).
function M.margin(R, case)
  if not case.best then return nil, nil end
  local t = target_of(R, case)
  if case.best.item.plan_share then
    -- 完成年度计划的103.5%: a share of the plan, no value in the target's
    -- unit; against an absolute target it is the ratio, and the margin the
    -- part of the target it adds (280亿元 × 3.5%). A share of a rate says none.
    local class = indicators.unit_class(t.unit, R.words)
    if class == "percent" or t.unit == "pp" or not t.value or t.value == 0 then return nil, nil end
    local ratio = case.best.item.m.value / 100
    local margin = t.value * ratio - t.value
    if math.type(margin) == "float" then margin = math.floor(margin * 1e6 + 0.5) / 1e6 end
    return margin, math.floor(ratio * 1e4 + 0.5) / 1e4
  end
  local v = outcome_value(R, case, case.direction)
  local ref = case.direction == "cap" and (t.value_max or t.value) or t.value
  local margin = v - ref
  if math.type(margin) == "float" then margin = math.floor(margin * 1e6 + 0.5) / 1e6 end
  local ratio
  if ref ~= 0 and indicators.unit_class(t.unit, R.words) ~= "percent" and t.unit ~= "pp" then
    ratio = math.floor(v / ref * 1e4 + 0.5) / 1e4
  end
  return margin, ratio
end

--- Run the rules in order; returns status, reason, rule name.
function M.verdict(R, case)
  case.best = nil
  for _, c in ipairs(case.candidates) do
    if c.comparable and c.relation == "answer" then case.best = c break end
  end
  case.direction = R.judge.direction(R, case.target, case.indicator)
  for _, name in ipairs(R.judge.order) do
    local rule = R.judge[name]
    if type(rule) ~= "function" then
      error(("judge rule '%s' is listed in judge.order but is not a function"):format(name), 0)
    end
    local status, reason = rule(R, case)
    if status then return status, reason, name end
  end
  error("no judge rule decided (judge.order must end with a rule that always decides)", 0)
end

return M
