-- The facts and classification of every mention of the seeds and
-- national-dev, one digest per document: what spec/scan_identity_spec.lua
-- compares, so a change made for speed is shown to change no mention.
--   lua5.4 spec/support/scan_digest.lua [SHARED_DIR] > spec/fixtures/scan_digest.lua
-- rewrites the stored digests; do it only with a change that means to move
-- mentions (an accuracy fix), and say why in its commit.
local D = {}

D.FOLDERS = { "seeds", "corpus/national-dev" }

-- Every field in a fixed order: keys sorted, nested tables inline.
local function serialise(v, out)
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    out[#out + 1] = "{"
    for _, k in ipairs(keys) do
      out[#out + 1] = tostring(k) .. "="
      serialise(v[k], out)
      out[#out + 1] = ","
    end
    out[#out + 1] = "}"
  elseif t == "string" then
    out[#out + 1] = ("%q"):format(v)
  elseif math.type(v) == "float" then
    out[#out + 1] = ("%.17g"):format(v)
  else
    out[#out + 1] = tostring(v)
  end
end

-- One line per mention: its fields (its sentence apart) and the facts of
-- its sentence the rules read.
function D.lines(duixian, text, row)
  local it = assert(duixian.each(text, { published = row.published, region = row.region,
    kind = row.kind, file = row.file }))
  local lines = {}
  for m in it do
    local c, fields = m.context, {}
    for k, v in pairs(m) do if k ~= "context" then fields[k] = v end end
    fields.context = { index = c.index, start = c.start, ["end"] = c["end"], norm = c.norm,
      level = c.level, para = c.para, heading1 = c.heading1, heading2 = c.heading2,
      heading3 = c.heading3, cues = c.cues, para_cues = c.para_cues, section_cues = c.section_cues }
    local out = {}
    serialise(fields, out)
    lines[#lines + 1] = table.concat(out)
  end
  return lines
end

--- { [folder/file] = { mentions = n, sha256 = digest of the lines } } for
-- the documents under shared, or nil, message.
function D.digests(duixian, shared)
  local result = {}
  for _, folder in ipairs(D.FOLDERS) do
    local dir = shared .. "/" .. folder
    local rows, err = duixian.meta.read_manifest(dir .. "/manifest.tsv")
    if not rows then return nil, err end
    local seen = {}
    for _, row in pairs(rows) do
      if not seen[row] then
        seen[row] = true
        local text = assert(duixian.read(dir .. "/" .. row.file))
        local lines = D.lines(duixian, text, row)
        result[folder .. "/" .. row.file] = { mentions = #lines,
          sha256 = duixian.core.sha256(table.concat(lines, "\n")) }
      end
    end
  end
  return result
end

if arg and arg[0] and arg[0]:match("scan_digest%.lua$") then
  package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
  package.cpath = (os.getenv("DUIXIAN_BUILD") or "build") .. "/?.so;" .. package.cpath
  local duixian = require "duixian"
  local digests = assert(D.digests(duixian, arg[1] or os.getenv("DUIXIAN_SHARED") or "../shared"))
  local names = {}
  for name in pairs(digests) do names[#names + 1] = name end
  table.sort(names)
  io.write("-- Made by spec/support/scan_digest.lua: the digest of every mention's facts\n",
    "-- and classification per document (see spec/scan_identity_spec.lua).\n", "return {\n")
  for _, name in ipairs(names) do
    io.write(("  [%q] = { mentions = %d, sha256 = %q },\n"):format(name, digests[name].mentions,
      digests[name].sha256))
  end
  io.write("}\n")
end

return D
