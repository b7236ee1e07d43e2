-- core.encode_cues (csrc/cues.c): a sentence's cue list as the text column
-- the store keeps, which duixian.db.facts reads back.
local core = require "duixian.core"
local facts = require "duixian.db.facts"

local function shown(s) return (s:gsub("\31", "|"):gsub("\30", "#")) end

describe("core.encode_cues", function()
  it("writes each cue's ten fields, numbers as tostring writes them and flags as 1", function()
    local cues = {
      { word = "去年", class = "time", pos = 4, year = 2021, year_to = 2021, horizon = false, before = "在", after = "的" },
      { word = "将", class = "modal", pos = 13, outer = true },
      { word = "以来", class = "time", pos = 1, stated = true },
    }
    assert.are.equal("去年|time|4|2021|2021|||在|的|#将|modal|13||||1|||#以来|time|1|||||||1",
      shown(core.encode_cues(cues)))
    assert.are.same(cues[2], facts.decode_cues(core.encode_cues(cues))[2])
    assert.are.same(cues[3], facts.decode_cues(core.encode_cues(cues))[3])
  end)

  it("writes any integer, the smallest included, and a float as tostring writes them", function()
    local cues = { { word = "前", class = "time", pos = 1, year = -5, year_to = math.mininteger, before = 2.5 } }
    assert.are.equal("前|time|1|-5|" .. tostring(math.mininteger) .. "|||2.5||", shown(core.encode_cues(cues)))
    cues = { { word = "后", class = "time", pos = math.maxinteger, year = 0 } }
    assert.are.equal("后|time|" .. tostring(math.maxinteger) .. "|0||||||", shown(core.encode_cues(cues)))
  end)

  it("writes nothing for no cues", function()
    assert.is_nil(core.encode_cues({}))
    assert.is_nil(core.encode_cues(nil))
  end)

  it("refuses a cue without its word or with a field of the wrong type, naming the cue", function()
    assert.has_error(function() core.encode_cues({ { class = "time", pos = 1 } }) end,
      "encode_cues: cue 1 has no word (each cue needs word, class and pos)")
    assert.has_error(function() core.encode_cues({ { word = "去年", class = "time", pos = 1 }, { word = "将", class = "modal", pos = {} } }) end,
      "encode_cues: cue 2's pos is a table; give a string or a number")
    assert.has_error(function() core.encode_cues({ "去年" }) end, "encode_cues: cue 1 is a string; give a list of cue tables")
  end)
end)
