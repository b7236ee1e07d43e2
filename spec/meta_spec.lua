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

    it("reads a news page date", function()
      assert.are.equal("2022-12-30", meta.infer("我们就在您身边 2022.12.30 星期五\n聊城将聚焦10个方面").published)
    end)
  end)

  describe("years", function()
    it("plans the year of a spring report and the next year of a December one", function()
      assert.are.same({ 2022, 2021 }, { meta.years("2022-02-24") })
      assert.are.same({ 2023, 2022 }, { meta.years("2022-12-30") })
    end)
  end)
end)
