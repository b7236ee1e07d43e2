--- Traditional characters: a text is scanned in simplified characters
-- while its offsets and quotes stay those of the text as published.
--
--   local scan_text, to_original = traditional.simplify(text)
--   -- scan_text == nil: nothing to convert; else to_original(i) maps a
--   -- 1-based byte offset of scan_text to the same character in text.
local data = require "duixian.data"

local M = {}

--- How much of a text is looked at for traditional characters: a report
-- in them shows them on its first page (the markers stand on nearly every
-- page), and a simplified text is looked through to the end of the sample:
-- an ingest of reports of 50 KB spent 2.5% of its time here at 256 KB.
M.SAMPLE = 16 * 1024

local markers
--- Whether text is in traditional characters (a marker character in its
-- first SAMPLE bytes).
function M.looks_traditional(text)
  -- one pass over the sample for all the markers (single characters)
  if not markers then
    local list = data.load("traditional").markers
    for _, ch in ipairs(list) do
      assert(utf8.len(ch) == 1, "data/traditional.lua: each marker must be one character")
    end
    markers = table.concat(list)
  end
  return require("duixian.core").first_char_of(text, markers, M.SAMPLE) ~= nil
end

local t2s, t2s_error
local function converter()
  if t2s == nil and t2s_error == nil then
    local ok, mod = pcall(require, "duixian.t2s")
    if ok then t2s = mod else
      t2s_error = "the traditional-to-simplified converter (duixian.t2s) did not load: " ..
        tostring(mod):match("^[^\n]*") .. "; install libopencc-dev and run make"
    end
  end
  return t2s, t2s_error
end

--- The text in simplified characters and the map back to text, or nil
-- when text is not traditional; nil, nil, message when it is but OpenCC is
-- not there (the text is then scanned as it is).
function M.simplify(text)
  if not M.looks_traditional(text) then return nil end
  local mod, why = converter()
  if not mod then return nil, nil, why end
  local simplified, map = mod.convert(text)
  if not simplified then return nil, nil, map end
  return simplified, map
end

--- Point mention m (found in the simplified text) at the published text:
-- offsets, raw and sentence quote the original characters. contexts
-- caches the remapped sentence of each context table.
function M.remap(m, text, map, contexts)
  m.start, m["end"] = map(m.start), map(m["end"])
  m.raw = text:sub(m.start, m["end"])
  local ctx = m.context
  if ctx then
    local mapped = contexts[ctx]
    if not mapped then
      mapped = {}
      for k, v in pairs(ctx) do mapped[k] = v end
      mapped.start, mapped["end"] = map(ctx.start), map(ctx["end"])
      mapped.text = text:sub(mapped.start, mapped["end"])
      contexts[ctx] = mapped
    end
    m.context = mapped
    m.sentence = mapped.text
  end
  return m
end

return M
