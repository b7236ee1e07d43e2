-- The audit streamed from a database, a document at a time and a chunk of
-- regions at a time, its verdicts kept in a temporary file: the same
-- result as the audit of every mention in memory.
local duixian = require "duixian"
local audit = require "duixian.audit"
local cli_audit = require "duixian.cli.audit"
local rules = require "duixian.rules"
local json = require "duixian.json"
local spill = require "duixian.spill"
local report = require "duixian.report"
local model = require "duixian.report.model"

-- A province's report promising a figure for one of its cities too, the
-- city's own report, and the province's next report.
local function corpus()
  local db = assert(duixian.open(":memory:"))
  assert(db:ingest("今年全省生产总值增长5.5%左右，聊城市生产总值增长6%左右。\n",
    { published = "2022-02-10", region = "山东省", kind = "work_report", file = "shandong-2022.txt" }))
  assert(db:ingest("去年全市生产总值增长6.2%。今年全市生产总值增长6.5%左右。\n",
    { published = "2023-02-10", region = "聊城市", kind = "work_report", file = "liaocheng-2023.txt" }))
  assert(db:ingest("去年全省生产总值增长5.4%，聊城市生产总值增长6.2%。\n",
    { published = "2023-02-12", region = "山东省", kind = "work_report", file = "shandong-2023.txt" }))
  return db
end

local function in_memory(db, R, derive)
  local docs, mentions = cli_audit.load_from_db(db, R, derive)
  local a = audit.run{ documents = docs, mentions = mentions, rules = R }
  a.created_at = "2026-01-01T00:00:00Z"
  return a
end

local function streamed(db, R, derive, chunk)
  local docs, source = cli_audit.source_from_db(db, R, derive)
  local a = audit.run{ documents = docs, source = source, rules = R, chunk_documents = chunk }
  a.created_at = "2026-01-01T00:00:00Z"
  return a
end

describe("an audit streamed from a database", function()
  it("groups a document by the regions of its figures: a city's target in a province's report", function()
    local db = corpus()
    local seen = {}
    for m in db:mention_index() do seen[#seen + 1] = ("%d %s %s"):format(m.document_id, m.kind, m.region) end
    assert.are.same({ "1 target 山东省", "1 target 聊城市", "2 outcome 聊城市", "2 target 聊城市",
      "3 outcome 山东省", "3 outcome 聊城市" }, seen)
    local a = streamed(db, rules.default(), false, 1)
    local got = {}
    for _, v in ipairs(a.verdicts) do
      got[#got + 1] = ("%s %s %s %s"):format(v.region, v.period, v.status, v.outcome and v.outcome.doc or "-")
    end
    assert.are.same({ "山东省 2022 met shandong-2023.txt", "聊城市 2022 met shandong-2023.txt",
      "聊城市 2023 pending -" }, got)
    db:close()
  end)

  it("gives the verdicts and the counts of the audit in memory, whatever the chunk", function()
    local db = corpus()
    for _, derive in ipairs({ false, true }) do
      local R = derive and rules.compose({ { name = "own classification", classify = {} } }) or rules.default()
      local whole = json.encode({ in_memory(db, R, derive).params, in_memory(db, R, derive).verdicts })
      for _, chunk in ipairs({ 1, 2, 100 }) do
        local a = streamed(db, R, derive, chunk)
        assert.is_not_nil(getmetatable(a.verdicts)) -- read back from the spill
        assert.are.equal(whole, json.encode({ a.params, a.verdicts }))
      end
    end
    db:close()
  end)

  it("renders every format as the audit in memory does", function()
    local db = corpus()
    local base, got = in_memory(db, rules.default(), false), streamed(db, rules.default(), false, 1)
    for _, format in ipairs(report.FORMATS) do
      assert.are.equal(report.render(base, format, nil, { color = false }),
        report.render(got, format, nil, { color = false }), format)
    end
    db:close()
  end)

  it("derives one document's mentions when asked for one", function()
    local db = corpus()
    local docs = {}
    for m in db:derive(rules.default(), 2) do docs[m.document_id] = (docs[m.document_id] or 0) + 1 end
    assert.are.same({ [2] = 2 }, docs)
    db:close()
  end)
end)

describe("duixian.spill", function()
  it("gives records back in key order, numbers exactly, json.null and empty arrays kept", function()
    local s = assert(spill.new({ "status" }))
    assert(s:add(20, { status = "met", value = 5.0, n = 5, text = "第一行\n\"引号\"\0", list = json.array(),
      nested = { { raw = "6%左右" } }, gone = json.null, flag = false }))
    assert(s:add(10, { status = "missed", value = 0.1 + 0.2 }))
    local list = s:list()
    assert.are.equal(2, #list)
    assert.are.equal("missed", list[1].status)
    assert.are.equal(0.1 + 0.2, list[1].value)
    local r = list[2]
    assert.are.equal("float", math.type(r.value))
    assert.are.equal("integer", math.type(r.n))
    assert.are.equal("第一行\n\"引号\"\0", r.text)
    assert.are.equal("[]", json.encode(r.list))
    assert.are.equal(json.null, r.gone)
    assert.are.equal(false, r.flag)
    assert.are.equal("6%左右", r.nested[1].raw)
    local statuses = {}
    for i, light in ipairs(spill.fields(list)) do statuses[i] = light.status end
    assert.are.same({ "missed", "met" }, statuses)
    assert.has_error(function() list[3] = {} end, "the spilled records are read-only")
  end)

  it("keeps under 64 bytes of memory a record (five fields kept), across blocks, in key order", function()
    local s = assert(spill.new({ "region", "period", "headline", "status", "matched_by" }))
    local statuses = { "met", "missed", "pending" }
    collectgarbage()
    collectgarbage()
    local before = collectgarbage("count")
    for i = 1, 20000 do
      assert(s:add((20001 - i) << 24, { region = "区域" .. (i % 7), period = tostring(2000 + i % 13),
        headline = i % 2 == 0, status = statuses[i % 3 + 1], matched_by = i % 5 == 0 and "catalogue" or nil,
        subject = "第" .. i .. "项" }))
    end
    local list = s:list()
    collectgarbage()
    collectgarbage()
    local per_record = (collectgarbage("count") - before) * 1024 / 20000
    assert.is_true(per_record < 64, ("%.1f bytes a record"):format(per_record))
    assert.are.equal(20000, #list)
    -- the highest key was added first: it comes last
    assert.are.equal("第20000项", list[1].subject)
    assert.are.equal("第1项", list[20000].subject)
    local light = spill.fields(list)[1] -- record 20000
    assert.are.same({ region = "区域1", period = "2006", headline = true, status = "pending", matched_by = "catalogue" }, light)
    assert.are.same({ region = "区域1", period = "2001", headline = false, status = "missed" }, spill.fields(list)[20000])
  end)
end)

describe("report.model.document", function()
  it("finds the first document with that id or file, through an index", function()
    local a = { documents = { { id = 1, file = "a.txt" }, { id = 2, file = "b.txt" }, { id = 3, file = "a.txt" } } }
    assert.are.equal(a.documents[1], model.document(a, "a.txt"))
    assert.are.equal(a.documents[2], model.document(a, 2))
    assert.is_nil(model.document(a, "c.txt"))
    a.documents[4] = { id = 4, file = "d.txt" } -- a list that grew is indexed again
    assert.are.equal(a.documents[4], model.document(a, "d.txt"))
  end)
end)

describe("csv and jsonl written to a file", function()
  it("write a line at a time what render returns as text", function()
    local db = corpus()
    local a = in_memory(db, rules.default(), false)
    for _, format in ipairs({ "csv", "jsonl" }) do
      local lines = {}
      local sink = { write = function(_, s) lines[#lines + 1] = s return true end }
      assert.is_true(report.render(a, format, sink, {}))
      assert.is_true(#lines > 2)
      assert.are.equal(report.render(a, format, nil, {}), table.concat(lines))
    end
    local failing = { write = function() return nil, "No space left on device" end }
    assert.are.same({ nil, "cannot write the report: No space left on device" },
      { report.render(a, "jsonl", failing, {}) })
    db:close()
  end)
end)

describe("the JSON audit reader", function()
  it("refuses text that is not an audit, naming the file", function()
    local report_cli = require "duixian.cli.report"
    local a, msg, code = report_cli.audit_of_json("{\"verdicts\":", "old.json")
    assert.is_nil(a)
    assert.truthy(msg:find("^old.json is not JSON"))
    assert.are.equal(65, code)
    assert.are.equal(0, #report_cli.audit_of_json("{\"verdicts\":[]}", "empty.json").verdicts)
  end)
end)

describe("an audit of stored mentions reads the clause from the sentence", function()
  it("keeps a part after 其中 (其中中央财政赤字8500亿元) from the total's indicator, as a scan does", function()
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest("今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字8500亿元。\n",
      { published = "2013-03-05", region = "中华人民共和国", kind = "work_report", file = "national-2013.txt" }))
    assert(db:ingest("一、2013年工作回顾\n过去一年，财政赤字1.2万亿元。\n",
      { published = "2014-03-05", region = "中华人民共和国", kind = "work_report", file = "national-2014.txt" }))
    local R = rules.default()
    local stored = streamed(db, R, false)
    local function verdicts(a)
      local out = {}
      for _, v in ipairs(a.verdicts) do
        out[#out + 1] = ("%s %s %s"):format(v.target.raw, v.indicator or "-", v.status)
      end
      table.sort(out)
      return out
    end
    assert.are.same({ "1.2万亿元 deficit met", "4000亿元 deficit not_reported", "8500亿元 - not_reported" },
      verdicts(stored))
    assert.are.same(verdicts(stored), verdicts(in_memory(db, R, false)))
    db:close()
  end)

  it("keeps a part of another year (其中2025年…), and gives a restated aside (（同口径…）) way to its figure", function()
    local db = assert(duixian.open(":memory:"))
    assert(db:ingest("今年城镇新增就业11万人。一般公共预算收入增长6%。\n",
      { published = "2025-01-20", region = "陕西省", kind = "work_report", file = "plan.txt" }))
    assert(db:ingest("一、2025年工作回顾\n五年来，城镇新增就业累计60万人，其中2025年城镇新增就业12万人。\n"
      .. "2025年，一般公共预算收入增长7.1%（同口径增长5.1%）。\n",
      { published = "2026-01-20", region = "陕西省", kind = "work_report", file = "review.txt" }))
    local out = {}
    for _, v in ipairs(streamed(db, rules.default(), false).verdicts) do
      out[#out + 1] = ("%s %s %s"):format(v.target.raw, v.status, tostring(v.outcome and v.outcome.raw))
    end
    table.sort(out)
    assert.are.same({ "11万人 met 12万人", "6% met 7.1%" }, out)
    db:close()
  end)
end)
