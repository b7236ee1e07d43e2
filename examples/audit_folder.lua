-- Audit a folder of reports and print a summary of one's own: for each
-- indicator, how many targets were met. The folder holds the documents and
-- a manifest.tsv naming them (file, region, published, kind, source).
--
--   lua5.4 examples/audit_folder.lua data/demo
local root = arg[0]:match("^(.-)/?examples/[^/]*$")
root = (root == nil or root == "") and "." or root
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
package.cpath = root .. "/" .. (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath

local duixian = require "duixian"
local audit = require "duixian.audit"
local width = require("duixian.tabulate").width -- display cells: a CJK character takes two

local folder = arg[1] or (root .. "/data/demo")
local manifest, err = duixian.meta.read_manifest(folder .. "/manifest.tsv")
if not manifest then
  io.stderr:write("audit_folder: ", err, "\n")
  os.exit(65)
end

-- Scan every document the manifest names, in publication order.
local rows = {}
for key, row in pairs(manifest) do
  if key == row.file then rows[#rows + 1] = row end
end
table.sort(rows, function(a, b) return (a.published or "") < (b.published or "") end)

local documents, mentions = {}, {}
for i, row in ipairs(rows) do
  local text, msg = duixian.read(folder .. "/" .. row.file)
  if not text then
    io.stderr:write("audit_folder: ", msg, "\n")
    os.exit(2)
  end
  documents[i] = { id = i, file = row.file, published = row.published, kind = row.kind, region = row.region }
  for m in duixian.each(text, documents[i]) do
    m.document_id = i
    mentions[#mentions + 1] = m
  end
end

local result = audit.run{ documents = documents, mentions = mentions }

-- Our own summary: per indicator, judged targets and how many were met.
local by = {}
for _, v in ipairs(result.verdicts) do
  local key = v.indicator or ("(" .. v.subject .. ")")
  local s = by[key] or { met = 0, judged = 0, open = 0 }
  by[key] = s
  if v.status == "met" then s.met = s.met + 1 end
  if v.status == "met" or v.status == "missed" then s.judged = s.judged + 1 else s.open = s.open + 1 end
end
local keys = {}
for k in pairs(by) do keys[#keys + 1] = k end
table.sort(keys)
print(("%d documents, %d targets"):format(#documents, #result.verdicts))
for _, k in ipairs(keys) do
  local s = by[k]
  print(("%s%s met %d of %d judged%s"):format(k, (" "):rep(math.max(32 - width(k), 1)), s.met, s.judged,
    s.open > 0 and (", %d open"):format(s.open) or ""))
end
