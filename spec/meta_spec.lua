local meta = require "duixian.meta"
local H = require "spec.helper"

describe("duixian.meta", function()
  describe("read_manifest", function()
    it("reads rows keyed by file and by base name", function()
      local path = H.write_temp("file\tregion\tpublished\tkind\tsource\nreports/a.txt\t聊城市\t2022-02-24\twork_report\tx\n")
      local rows = assert(meta.read_manifest(path))
      os.remove(path)
      assert.are.equal("聊城市", rows["reports/a.txt"].region)
      assert.are.equal("2022-02-24", meta.lookup(rows, "elsewhere/a.txt").published)
    end)

    it("refuses a date that is no date, naming file and line", function()
      local path = H.write_temp("file\tpublished\na.txt\t24.2.2022\n")
      local rows, err, line = meta.read_manifest(path)
      os.remove(path)
      assert.is_nil(rows)
      assert.are.equal(2, line)
      assert.matches(":2: published '24.2.2022' is not a date", err, 1, true)
    end)

    it("refuses an unknown column and a repeated file; lenient, it warns and keeps the first row", function()
      local path = H.write_temp("file\tregoin\na.txt\t甲市\na.txt\t乙市\n")
      local rows, err, line = meta.read_manifest(path)
      assert.is_nil(rows)
      assert.are.equal(1, line)
      assert.are.equal(path .. ":1: unknown column 'regoin' (the columns are file, region, published, kind, source)", err)
      local warnings
      rows, warnings = meta.read_manifest(path, { lenient = true })
      os.remove(path)
      assert.are.equal(2, rows["a.txt"].line)
      assert.are.same({
        path .. ":1: unknown column 'regoin' (the columns are file, region, published, kind, source)",
        path .. ":3: file 'a.txt' is listed again (first on line 2); keep one row",
      }, warnings)
    end)

    it("names the rows whose file does not exist beside the manifest", function()
      local path = H.write_temp("file\n" .. "nothere.txt\n")
      local rows = assert(meta.read_manifest(path))
      local dir = path:match("^(.*)/")
      assert.are.same({ ("%s:2: file 'nothere.txt' does not exist in %s (a misspelt name?)"):format(path, dir) },
        meta.missing_files(rows, path))
      os.remove(path)
    end)

    it("says when the file cannot be read", function()
      local rows, err = meta.read_manifest("/nonexistent/manifest.tsv")
      assert.is_nil(rows)
      assert.matches("cannot read the manifest", err, 1, true)
    end)
  end)

  describe("parse_date", function()
    it("takes only days that exist", function()
      assert.are.same({ 2024, 2, 29 }, { meta.parse_date("2024-02-29") })
      assert.is_nil(meta.parse_date("2023-02-29"))
      assert.is_nil(meta.parse_date("2022-02-30"))
      assert.is_nil(meta.parse_date("2022-04-31"))
      assert.are.same({ 2022, 12, 31 }, { meta.parse_date("2022-12-31") })
    end)
  end)

  describe("infer", function()
    it("reads the dateline, kind and region of a work report", function()
      local got = meta.infer("政府工作报告\n\n——2022年2月24日在聊城市第十八届人民代表大会第一次会议上\n\n聊城市市长 李长萍\n")
      assert.are.same({ published = "2022-02-24", kind = "work_report", region = "聊城市" }, got)
    end)

    it("takes as region only a real administrative unit named in the title lines", function()
      -- a municipality's mayor: not 庆市人民政府市
      assert.are.equal("重庆市", meta.infer("2025年重庆市政府工作报告\n——2025年1月19日在重庆市第六届人民代表大会第三次会议上\n重庆市人民政府市长 胡衡华\n各位代表：\n现在，我代表市人民政府向大会报告工作").region)
      -- an autonomous region: not 我代表自治区
      assert.are.equal("广西壮族自治区", meta.infer("2026年广西壮族自治区政府工作报告\n自治区主席 韦 韬\n各位代表：\n现在，我代表自治区人民政府，向大会报告政府工作").region)
      -- a province whose report mentions the State Council in passing
      assert.are.equal("海南省", meta.infer("2025年海南省政府工作报告\n各位代表：\n在以习近平同志为核心的党中央和国务院的坚强领导下").region)
      -- a district read inside the city named before it
      assert.are.equal("朝阳区", meta.infer("北京市朝阳区政府工作报告\n各位代表：").region)
      -- the State Council speaking: the nation
      assert.are.equal("中华人民共和国", meta.infer("各位代表：\n现在，我代表国务院向大会作政府工作报告").region)
      -- a generic word names no unit, and the gazetteer is not read for it
      assert.is_false(meta.may_name_unit("全市生产总值增长8.4%。"))
      assert.is_true(meta.may_name_unit("2026年广西壮族自治区政府工作报告"))
      -- no unit named: no region rather than an invented one
      assert.is_nil(meta.infer("市委经济工作会议五大民生看点\n■ 本报记者\n我市将继续树牢理念").region)
    end)

    it("tells a statistical communiqué by its title", function()
      assert.are.equal("statistics",
        meta.infer("2024年江苏省国民经济和社会发展统计公报\n江苏省统计局\n", { kind = true }).kind)
    end)

    it("reads a news page date", function()
      assert.are.equal("2022-12-30", meta.infer("我们就在您身边 2022.12.30 星期五\n聊城将聚焦10个方面").published)
    end)

    it("guesses only what the caller lacks: a region given reads no gazetteer", function()
      local text = "政府工作报告\n\n——2022年2月24日在聊城市第十八届人民代表大会第一次会议上\n"
      assert.are.same({ kind = "work_report" }, meta.infer(text, { kind = true }))
      local read_opening = meta.region_of_opening
      meta.region_of_opening = function() error("the region was guessed though it was given") end
      local ok, got, inferred = pcall(meta.complete, { region = "莘县" }, text)
      meta.region_of_opening = read_opening
      assert.is_true(ok, got)
      assert.are.same({ region = "莘县", published = "2022-02-24", kind = "work_report" }, got)
      assert.are.same({ "published", "kind" }, inferred)
    end)
  end)

  describe("years", function()
    it("plans the year of a spring report and the next year of a December one", function()
      assert.are.same({ 2022, 2021 }, { meta.years("2022-02-24") })
      assert.are.same({ 2023, 2022 }, { meta.years("2022-12-30") })
    end)

    it("gives a statistical communiqué the year its title covers, both as its own and as the year reviewed", function()
      local title = "2024年江苏省国民经济和社会发展统计公报\n江苏省统计局\n2025年3月5日\n"
      assert.are.same({ 2024, 2024 }, { meta.years("2025-03-05", "statistics", title) })
      -- the year inside the title line, after the region's name
      assert.are.same({ 2023, 2023 }, { meta.years("2024-03-20", "statistics", "云水市2023年国民经济和社会发展统计公报\n") })
      -- no year in the title: the year before a spring publication
      assert.are.same({ 2024, 2024 }, { meta.years("2025-04-01", "statistics", "统计公报\n") })
      -- published late in the next year, it still reports the year ended
      assert.are.same({ 2024, 2024 }, { meta.years("2025-08-10", "statistics", "云水县国民经济和社会发展统计公报\n") })
      -- a work report's years are its publication's, whatever its text
      assert.are.same({ 2025, 2024 }, { meta.years("2025-03-05", "work_report", title) })
    end)
  end)
end)
