-- The scanner's speed work (issue 14) changes no mention: every field of
-- every mention of the seeds and national-dev, its sentence's facts and its
-- classification, digested per document and compared with the digests
-- stored in spec/fixtures/scan_digest.lua. A change that means to move
-- mentions (an accuracy fix) rewrites them with
--   lua5.4 spec/support/scan_digest.lua > spec/fixtures/scan_digest.lua
-- and says why in its commit.
local H = require "spec.helper"
local duixian = require "duixian"
local D = dofile("spec/support/scan_digest.lua")

describe("the mentions of the seeds and national-dev", function()
  local have = H.shared_file("seeds/manifest.tsv") and H.shared_file("corpus/national-dev/manifest.tsv")
  if not have then
    pending(H.shared .. "/seeds and corpus/national-dev are not here (../shared sits beside the checkout)")
    return
  end

  it("are the stored ones, mention for mention", function()
    local stored = dofile("spec/fixtures/scan_digest.lua")
    local got = assert(D.digests(duixian, H.shared))
    local names = {}
    for name in pairs(stored) do names[#names + 1] = name end
    for name in pairs(got) do if not stored[name] then names[#names + 1] = name end end
    table.sort(names)
    local changed = {}
    for _, name in ipairs(names) do
      local a, b = stored[name], got[name]
      if not (a and b and a.mentions == b.mentions and a.sha256 == b.sha256) then
        changed[#changed + 1] = ("%s: %s mentions stored, %s now"):format(name,
          a and a.mentions or "no", b and b.mentions or "no")
      end
    end
    assert.are.same({}, changed)
  end)

  it("are as many as core.count finds without building tables", function()
    local lexicon = duixian.lexicon()
    for _, folder in ipairs(D.FOLDERS) do
      local rows = assert(duixian.meta.read_manifest(H.shared .. "/" .. folder .. "/manifest.tsv"))
      for _, row in pairs(rows) do
        local text = assert(duixian.read(H.shared .. "/" .. folder .. "/" .. row.file))
        local n = 0
        for _ in duixian.core.mentions(lexicon, text) do n = n + 1 end
        assert.are.equal(n, (duixian.core.count(lexicon, text)), row.file)
      end
    end
  end)
end)

describe("the character filter of the scan", function()
  -- every character the scan steps over at once starts no quantity: the
  -- Chinese numerals and the number words still do, after any other
  -- character, inside CJK text or beside punctuation
  local function raws(text)
    local out = {}
    for _, m in ipairs(assert(duixian.scan(text, { published = "2022-02-24", region = "聊城市" }))) do
      out[#out + 1] = m.raw
    end
    return out
  end

  it("keeps numerals, 百分之 and number words", function()
    assert.are.same({ "三千家" }, raws("全市新增企业三千家。"))
    assert.are.same({ "百分之五" }, raws("粮食产量增长百分之五。"))
    assert.are.same({ "翻番" }, raws("实际使用外资翻番。"))
    assert.are.same({ "超两倍" }, raws("制造业使用外资增长超两倍。"))
    assert.are.same({ "十余轮次" }, raws("进行全面质检十余轮次。"))
  end)
end)

describe("core.first_char_of", function()
  local core = require "duixian.core"
  it("finds the first of a set of characters in one pass, within a byte limit", function()
    assert.are.equal(7, core.first_char_of("全市發展經濟", "經發"))
    assert.is_nil(core.first_char_of("全市发展经济", "經發"))
    -- 發 starts at byte 7 and ends at byte 9: a limit of 8 cuts it
    assert.is_nil(core.first_char_of("全市發展", "發", 8))
    assert.are.equal(7, core.first_char_of("全市發展", "發", 9))
  end)
end)
