-- Generated documents for the store and ingest specs: short work reports
-- in the shape of the real ones (the sentences follow 聊城市's 2022 report),
-- with numbers that vary so every document has its own bytes.
local F = {}

--- A work report of city for year; seed varies the numbers; paragraphs
-- adds that many more sentences with quantities (to make it longer).
function F.report(city, year, seed, paragraphs)
  local lines = {
    city .. "政府工作报告",
    ("——%d年2月24日在%s第十八届人民代表大会第一次会议上"):format(year, city),
    ("一、%d年工作回顾"):format(year - 1),
    ("过去一年，全市生产总值增长%d.%d%%，一般公共预算收入增长%d.%d%%。"):format(
      5 + seed % 4, seed % 10, 8 + seed % 5, (seed * 7) % 10),
  }
  for i = 1, paragraphs or 0 do
    lines[#lines + 1] = ("全年新建改造城镇老旧小区%d个，新增城镇就业%d人，完成造林%d亩。"):format(
      100 + (seed + i) % 900, 40000 + i * 13 + seed, 2000 + i)
  end
  lines[#lines + 1] = ("二、%d年工作安排"):format(year)
  lines[#lines + 1] = ("今年经济社会发展的主要预期目标是：生产总值增长%d%%左右，一般公共预算收入增长%d.5%%左右，城镇新增就业%d万人以上。"):format(
    5 + seed % 3, 4 + seed % 3, 3 + seed % 5)
  return table.concat(lines, "\n") .. "\n"
end

--- A fresh temporary folder; returns its path and a function removing it.
function F.tempdir()
  local path = os.tmpname()
  os.remove(path)
  assert(os.execute("mkdir -p '" .. path .. "'"))
  return path, function() os.execute("rm -rf '" .. path .. "'") end
end

function F.write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

--- Write count reports under dir (named 001.txt …) and a manifest.tsv;
-- returns the list of paths.
function F.corpus(dir, count, paragraphs, city)
  city = city or "聊城市"
  local paths = {}
  local manifest = { "file\tregion\tpublished\tkind\tsource" }
  for i = 1, count do
    local name = ("%03d.txt"):format(i)
    local year = 2000 + i % 25
    paths[i] = F.write(dir .. "/" .. name, F.report(city, year, i, paragraphs))
    manifest[#manifest + 1] = ("%s\t%s\t%d-02-24\twork_report\tgenerated"):format(name, city, year)
  end
  F.write(dir .. "/manifest.tsv", table.concat(manifest, "\n") .. "\n")
  return paths
end

return F
