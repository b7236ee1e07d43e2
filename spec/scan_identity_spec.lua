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

describe("the first pass's shortcut", function()
  -- a sentence that needs no normalising is read where it stands, and only
  -- at the characters the first pass listed; one with a control byte in
  -- front is normalised into a copy and walked whole. Both must give the
  -- same facts (every field counted in the normalised sentence).
  local core = require "duixian.core"
  local lexicon = duixian.lexicon()
  local function facts(text, max_sentence)
    local out = {}
    for m in core.mentions(lexicon, text, max_sentence) do
      local s = m.sentence
      out[#out + 1] = { norm = m.norm, value = m.value, value_max = m.value_max, unit = m.unit,
        cmp = m.cmp, subject = m.subject, verb = m.verb, pos = m.pos, after = m.after,
        clause_start = m.clause_start, clause_end = m.clause_end, list_index = m.list_index,
        distributive = m.distributive, quoted = m.quoted, sentence = s.norm, cues = s.cues,
        para_cues = s.para_cues, level = s.level }
    end
    return out
  end
  local texts = {
    "2022年，全市生产总值增长8.4%，达到1,234.5亿元，分别高于全国和全省2.1和1.3个百分点。",
    "去年以来，新增城镇就业三千人，实际使用外资翻番，粮食产量增长百分之五。",
    "今年，力争地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。",
    "五年来，累计完成投资2—3万亿元，建成5G基站1.2万个，PM2.5浓度下降12%。",
    "“十四五”期间，全省居第5位，人均可支配收入3.5万元、4.2万元，持平。",
    "完成工业投资12亿元,增长5%;新增企业30家:其中规上企业1,200家!",
    "全年接待游客1,200万人次,3,500万人次来自省外,比上年增长0.5%.",
  }

  it("finds what the walk over a normalised copy finds", function()
    for _, text in ipairs(texts) do
      local plain, copied = facts(text), facts("\1" .. text)
      assert.is_true(#plain > 0, text)
      assert.are.same(copied, plain, text)
    end
  end)

  it("finds it alike in sentences cut at the length limit", function()
    local text = table.concat(texts, "")
    for _, limit in ipairs({ 64, 100, 150, 4096 }) do
      assert.are.same(facts("\1" .. text, limit), facts(text, limit))
    end
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

  it("steps over stray bytes and finds characters of every length", function()
    -- a lone continuation byte, a cut character and a bad lead are no
    -- characters; é (two bytes), ऀ (E0 lead), ퟿ (ED lead) and A are
    assert.are.equal(8, core.first_char_of("全\x80\xE5\xA4\xFF發展", "發"))
    assert.are.equal(7, core.first_char_of("全市é發", "é"))
    assert.are.equal(7, core.first_char_of("全市\xE0\xA4\x80發", "\xE0\xA4\x80"))
    assert.are.equal(7, core.first_char_of("全市\xED\x9F\xBF發", "\xED\x9F\xBF"))
    assert.are.equal(7, core.first_char_of("全市A發", "A發"))
    assert.is_nil(core.first_char_of("全市\xED\xA0\x80", "\xED\x9F\xBF"))
  end)
end)
