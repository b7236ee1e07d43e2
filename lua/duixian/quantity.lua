--- How quantities are written for people: numbers in their shortest
-- exact form, large ones in the units Chinese figures are read in (万, 亿,
-- 万亿), amounts with the unit word (665亿元, 3000人, 6.5%). Used by the
-- reports and by the judge's reasons alike.
local M = {}

--- A number as people read it: integers without a fraction, others in the
-- shortest form that reads back as the same value (9.9, not 9.90000001).
function M.number(v)
  if v == nil then return "" end
  if math.type(v) == "integer" then return tostring(v) end
  if v ~= v or v == math.huge or v == -math.huge then return "" end
  if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
  local s
  for digits = 6, 17 do
    s = string.format("%." .. digits .. "g", v):gsub(",", ".")
    if tonumber(s) == v then break end
  end
  return s
end

--- How a base unit is written after a Chinese figure (665亿元, 3000人);
-- classifiers (个 家 所 …) are written as they are.
M.UNIT_WORDS = { CNY = "元", USD = "美元", person = "人", ["person-time"] = "人次", jin = "斤",
  t = "吨", mu = "亩", m2 = "平方米", km2 = "平方公里", m3 = "立方米", km = "公里", kW = "千瓦",
  kWh = "千瓦时", times = "倍", rank = "位", day = "天", ["mu-time"] = "亩次", hour = "小时", minute = "分钟",
  month = "个月", year = "年", pp = "个百分点", ratio = "", tce = "吨标准煤" }

--- The word a unit is written with (CNY → 元, pp → 个百分点); a classifier
-- is its own word.
function M.unit_word(unit)
  return M.UNIT_WORDS[unit] or tostring(unit)
end

-- v rounded to at most four significant digits, as people write it.
local function short(v)
  if v == 0 then return "0" end
  local digits = math.max(0, 3 - math.floor(math.log(math.abs(v), 10)))
  return M.number(tonumber(("%." .. math.min(digits, 4) .. "f"):format(v)))
end

--- A number in the units Chinese figures are read in: 9000000 → 900万,
-- 42000000000 → 420亿, 1.2e12 → 1.2万亿; below 10,000 as it is.
function M.compact(v)
  if type(v) ~= "number" then return "" end
  local a = math.abs(v)
  if a >= 1e12 then return short(v / 1e12) .. "万亿" end
  if a >= 1e8 then return short(v / 1e8) .. "亿" end
  if a >= 1e4 then return short(v / 1e4) .. "万" end
  return short(v)
end

--- An amount with its unit, Chinese style: 66500000000 CNY → 665亿元,
-- 3000 person → 3000人, 6.5 % → 6.5%.
function M.amount(v, unit)
  if type(v) ~= "number" then return "" end
  if unit == "%" then return short(v) .. "%" end
  if unit == "pp" then return short(v) .. " pp" end
  return M.compact(v) .. (M.UNIT_WORDS[unit] or unit or "")
end

return M
