-- Child process of spec/big_input_spec.lua: builds a big input in memory,
-- scans it, and prints what it cost, so that the peak memory measured is
-- this process's alone.
--   lua5.4 spec/support/big_input.lua SHAPE MB HOW
-- SHAPE: document (paragraphs of report sentences under headings) or line
--        (one line of clauses, no line break and no full stop);
-- MB:    size of the input in megabytes (10^6 bytes), rounded up to whole
--        repetitions of the text;
-- HOW:   each (decode, then duixian.each: tables and classification) or
--        ratio (core.count on MB and on 2×MB, best of three each).
-- Prints "bytes=N mentions=N seconds=S hwm_kb=N unit_mentions=N reps=N"
-- (the mentions of the repeated unit alone, and how often it is repeated)
-- or "ratio=R t1=S t2=S".
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath
local duixian = require "duixian"
local core = require "duixian.core"

local shape, mb, how = arg[1], assert(tonumber(arg[2]), "MB expected"), arg[3] or "each"

local SENTENCES = {
  "过去一年，全市生产总值增长8.4%，一般公共预算收入增长5.2%",
  "新增城镇就业4万人以上，城镇调查失业率控制在5.5%以内",
  "粮食总产112.8亿斤以上，居全省第4位",
  "新建改扩建中小学30所、幼儿园28所",
  "规模以上工业增加值、固定资产投资预计分别增长11%、15%",
  "招商引资到位资金超420亿元，实际使用外资翻番",
  "完成疫苗接种1300余万剂次，淘汰落后燃煤发电机组207.6万千瓦",
  "居民消费价格总水平涨幅控制在3%左右，居民人均可支配收入增长6%-6.5%",
}

-- Sentences without figures, so that a document has about the density of
-- quantities of a real report (one per 500 bytes or so).
local PROSE = {
  "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，推动高质量发展",
  "新旧动能转换处于紧要关口，我们要善于把握机遇、勇于攻坚克难，确保经济保持稳中向好、进中提质的发展态势",
  "深入实施创新驱动发展战略，持续优化营商环境，统筹发展和安全，扎实推进共同富裕",
  "坚持以人民为中心的发展思想，着力保障和改善民生，办好人民满意的教育，全面推进健康聊城建设",
}

local function build(bytes)
  local unit
  if shape == "document" then
    local parts = { "一、2021年及五年工作回顾\n" }
    for i, s in ipairs(SENTENCES) do
      parts[#parts + 1] = s .. "。" .. table.concat(PROSE, "。") .. "。" .. (i % 3 == 0 and "\n\n" or "")
    end
    parts[#parts + 1] = "\n三、2022年目标任务\n（一）主要预期目标\n生产总值增长6%左右。\n\n"
    unit = table.concat(parts)
  elseif shape == "line" then
    unit = table.concat(SENTENCES, "，") .. "，"
  else
    error("SHAPE is document or line, not " .. tostring(shape))
  end
  local reps = math.ceil(bytes / #unit)
  return unit:rep(reps), unit, reps -- at least bytes long
end

local function hwm_kb()
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^VmHWM:%s*(%d+)")
    if kb then return tonumber(kb) end
  end
  error("no VmHWM in /proc/self/status")
end

local n = math.floor(mb * 1e6)
local META = { published = "2022-02-24", region = "聊城市" }

local function count_each(text)
  local mentions = 0
  for _ in assert(duixian.each(text, META)) do mentions = mentions + 1 end
  return mentions
end

if how == "each" then
  local bytes, unit, reps = build(n)
  local text = assert(duixian.decode(bytes)) -- the bytes as read, then decoded
  bytes = nil -- luacheck: ignore 311 (dropped so the collector can free it)
  collectgarbage()
  local t0 = os.clock()
  local mentions = count_each(text)
  print(("bytes=%d mentions=%d seconds=%.3f hwm_kb=%d unit_mentions=%d reps=%d"):format(
    #text, mentions, os.clock() - t0, hwm_kb(), count_each(unit), reps))
elseif how == "ratio" then
  local lexicon = duixian.lexicon()
  local function best(text)
    local t = math.huge
    for _ = 1, 3 do
      local t0 = os.clock()
      core.count(lexicon, text)
      t = math.min(t, os.clock() - t0)
    end
    return t
  end
  local t1 = best(build(n))
  collectgarbage()
  local t2 = best(build(2 * n))
  print(("ratio=%.3f t1=%.3f t2=%.3f"):format(t2 / t1, t1, t2))
else
  error("HOW is each or ratio, not " .. tostring(how))
end
