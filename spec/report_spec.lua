-- luacheck: read globals spec_helper
local report = require "duixian.report"
local model = require "duixian.report.model"
local text = require "duixian.report.text"
local html = require "duixian.report.html"
local json_decode = require "duixian.json_decode"
local width = require("duixian.tabulate").width

-- A fresh copy of the hand-made audit (national-dev.tsv and seeds.tsv pairs).
local function fixture() return dofile("spec/fixtures/audit.lua") end

local function lines_of(s, sep)
  local out = {}
  for line in (s):gmatch("(.-)" .. (sep or "\n")) do out[#out + 1] = line end
  return out
end

local function count(s, needle)
  local n, i = 0, 1
  while true do
    local a, b = s:find(needle, i, true)
    if not a then return n end
    n, i = n + 1, b + 1
  end
end

local function find_verdict(audit, period, indicator_or_subject)
  for _, v in ipairs(audit.verdicts) do
    if v.period == period and (v.indicator == indicator_or_subject or v.subject == indicator_or_subject) then return v end
  end
  error("no verdict " .. period .. " " .. indicator_or_subject)
end

describe("duixian.report", function()
  describe("render", function()
    it("returns the text when no output is given", function()
      local s = report.render(fixture(), "jsonl")
      assert.are.equal(10, #lines_of(s))
    end)

    it("writes to a file handle and returns true", function()
      local path = os.tmpname()
      finally(function() os.remove(path) end)
      local f = assert(io.open(path, "wb"))
      assert.is_true(report.render(fixture(), "md", f))
      f:close()
      assert.are.equal(report.render(fixture(), "md"), spec_helper.read(path))
    end)

    it("raises on an unknown format", function()
      assert.has_error(function() report.render(fixture(), "pdf") end,
        "bad argument #2 to 'render' (format 'pdf' is not one of table, csv, json, jsonl, md, html, review)")
    end)

    it("raises on a verdict whose status is not one of the statuses", function()
      local a = fixture()
      a.verdicts[2].status = "kept"
      assert.has_error(function() report.render(a, "csv") end,
        "bad argument #1 to 'render' (audit.verdicts[2].status 'kept' is not one of met, missed, not_reported, conflicting, not_comparable, pending, not_a_target)")
    end)
  end)

  describe("model.scorecard", function()
    it("counts the statuses by region and year, with totals", function()
      local card = model.scorecard(fixture())
      local c = card.counts
      assert.are.same({ 4, 2, 2, 2, 10 }, { c.met, c.missed, c.not_reported, c.pending, c.total })
      assert.are.equal("67%", model.rate_text(c))
      assert.are.equal("中华人民共和国", card.groups[1].region)
      local y2006 = card.groups[1].periods[3]
      assert.are.same({ "2006", 1, 1, "50%" }, { y2006.period, y2006.counts.met, y2006.counts.missed, model.rate_text(y2006.counts) })
      assert.are.equal("—", model.rate_text(card.groups[2].counts))
    end)

    it("leaves a verdict matched only by similar wording out of the rate unless asked (--include-similar)", function()
      local audit = fixture()
      local v = find_verdict(audit, "2006", "gdp_growth")
      v.matched_by = "similarity"
      local c = model.scorecard(audit).counts
      assert.are.same({ 3, 2, 1, "60%" }, { c.met, c.missed, c.similar, model.rate_text(c) })
      assert.are.equal(10, c.total)
      audit.include_similar = true
      c = model.scorecard(audit).counts
      assert.are.same({ 4, 2, 0, "67%" }, { c.met, c.missed, c.similar, model.rate_text(c) })
    end)
  end)

  describe("model.side_text", function()
    it("writes the verb of a fall set against a growth target (下降2.1%, not 2.1%)", function()
      local A = require "spec.audit_helper"
      local vs = A.audit_texts(A.pair("云水县", "2024-01-08", "2025-01-10"), {
        "今年主要预期目标是：固定资产投资增长10%，一般公共预算收入增长5%。\n",
        "过去一年，全县固定资产投资下降2.1%，一般公共预算收入增长5.3%。\n" })
      local shown = {}
      for _, v in ipairs(vs) do shown[v.indicator] = model.side_text(v.outcome) end
      assert.are.same({ fixed_investment_growth = "下降2.1%", fiscal_revenue_growth = "5.3%" }, shown)
      -- and so does the reason
      for _, v in ipairs(vs) do
        if v.indicator == "fixed_investment_growth" then assert.matches("^下降2%.1%% %(review%.txt%) is not", v.reason) end
      end
    end)
  end)

  describe("table format", function()
    it("aligns CJK text: every line of the scorecard has the same display width", function()
      local s = text.scorecard(fixture(), false)
      local ls = lines_of(s)
      assert.are.equal(12, #ls)
      for _, l in ipairs(ls) do assert.are.equal(width(ls[1]), width(l), l) end
      assert.are.equal("中华人民共和国  2006    1       1             0      0        2         50%", ls[5])
    end)

    it("aligns CJK text: every line of the verdict table has the same display width", function()
      local ls = lines_of(text.verdicts(fixture(), false))
      assert.are.equal(12, #ls)
      for _, l in ipairs(ls) do assert.are.equal(width(ls[1]), width(l), l) end
    end)

    it("fits the verdict table to the width it is given", function()
      for _, w in ipairs({ 60, 80, 100 }) do
        for _, l in ipairs(lines_of(report.render(fixture(), "table", nil, { width = w }))) do
          assert.is_true(width(l) <= w, l)
        end
      end
    end)

    it("names the source by file name and byte offset, whole with wide", function()
      local v = find_verdict(fixture(), "2004", "urban_jobs")
      assert.are.equal("national-2004:34702", text.source(fixture(), v.target))
      assert.are.equal("002_51a9…:1017", text.source(fixture(), { doc = "002_51a9716703059331.txt", start = 1017 }))
      assert.are.equal("national-2004.txt:34702", text.source(fixture(), v.target, true))
      assert.truthy(report.render(fixture(), "table", nil, { width = 120 }):find("national-2004:34702", 1, true))
    end)

    it("has no colour unless asked", function()
      local s = report.render(fixture(), "table")
      assert.is_nil(s:find("\27", 1, true))
      assert.is_nil(report.render(fixture(), "table", nil, { color = false }):find("\27", 1, true))
    end)

    it("colours the status when asked", function()
      local s = report.render(fixture(), "table", nil, { color = true })
      assert.truthy(s:find("\27[31mmissed", 1, true))
      assert.truthy(s:find("\27[32mmet", 1, true))
    end)

    it("says what the fulfilment rate counts and which rules ran", function()
      local s = report.render(fixture(), "table")
      assert.truthy(s:find("fulfilment rate = met / (met + missed)", 1, true))
      assert.truthy(s:find("rules: default (sha256 32ad7bd0446927c8074625726015f2022d6a7c4f1685c683e900c44bbca40d64)", 1, true))
    end)

    it("says so when there are no verdicts", function()
      local a = fixture()
      a.verdicts = {}
      assert.are.equal("duixian audit 7 · 2026-11-22T10:00:00Z · 0 verdicts from 9 documents\n\n" ..
        "No verdicts: the audit found no targets to judge in its documents.\n", report.render(a, "table"))
    end)
  end)

  describe("csv format", function()
    it("quotes a field holding a comma and a double quote, doubling the quote", function()
      local a = fixture()
      a.verdicts = { find_verdict(a, "2024", "产业链项目") }
      assert.are.equal(
        "region,period,indicator,subject,status,target_doc,target_start,target_end,target_raw,target_value,cmp,unit," ..
        "outcome_doc,outcome_start,outcome_end,outcome_raw,outcome_value,estimate,reason,rule,rule_pack," ..
        "matched_by,recurring,margin,ratio,target_sentence,outcome_sentence,target_source,target_published," ..
        "target_doc_kind,outcome_source,outcome_published,outcome_doc_kind,decided_by,reviewer,note,rules_status,headline,decision\r\n" ..
        "聊城市,2024,,产业链项目,pending,003_0afed252e84f1411.txt,1258,1263,100个,100,=,个,,,,,,false," ..
        "2024 is not yet reviewed by any document in the audit,default.judge.pending,,similarity,false,,," ..
        "\"探索\"\"工作专班+专业顾问+金 融专家\"\"模式,实施100个产业链项目\",,,2024-01-16,news,,,,rules,,,,false,\r\n",
        report.render(a, "csv"))
    end)

    it("writes the missed CPI target of 2007 with its reason quoted", function()
      local ls = lines_of(report.render(fixture(), "csv"), "\r\n")
      assert.are.equal("中华人民共和国,2007,cpi,居民消费价格总水平涨幅,missed,national-2007.txt,17149,17156,3%以内,3,<=,%," ..
        "national-2008.txt,26573,26576,4.8%,4.8,false,\"outcome 4.8% is above the cap of 3% (\"\"3%以内\"\"), by 1.8 pp\"," ..
        "default.judge.cap,,catalogue,true,1.8,1.6,居民消费价格总水平涨幅在 3%以内,去年居民消费价格总水平比上年上涨4.8%," ..
        ",2007-03,work_report,,2008-03,work_report,rules,,,,false,", ls[6])
    end)

    it("ends every record with CRLF and holds one record per verdict", function()
      local s = report.render(fixture(), "csv")
      assert.are.equal(11, count(s, "\r\n"))
      assert.are.equal(0, count(s:gsub("\r\n", ""), "\n"))
    end)

    it("starts with a UTF-8 byte order mark only when bom is set", function()
      assert.are.equal("\239\187\191region,", report.render(fixture(), "csv", nil, { bom = true }):sub(1, 10))
      assert.are.equal("region,", report.render(fixture(), "csv"):sub(1, 7))
    end)

    it("quotes a field holding a line break", function()
      local data = require "duixian.report.data"
      assert.are.equal('"a\r\nb"', data.csv_field("a\r\nb"))
      assert.are.equal("8%左右", data.csv_field("8%左右"))
    end)
  end)

  describe("jsonl format", function()
    it("writes one flattened verdict a line with the fields in order", function()
      local ls = lines_of(report.render(fixture(), "jsonl"))
      assert.are.equal(10, #ls)
      assert.are.equal('{"region":"中华人民共和国","period":"2005","indicator":"gdp_growth","subject":"国内生产总值",' ..
        '"status":"met","target_doc":"national-2005.txt","target_start":16767,"target_end":16774,"target_raw":"8%左右",' ..
        '"target_value":8,"cmp":"~","unit":"%","outcome_doc":"national-2006.txt","outcome_start":322,"outcome_end":325,' ..
        '"outcome_raw":"9.9%","outcome_value":9.9,"estimate":false,' ..
        '"reason":"outcome 9.9% is at least the target 8% less the 0.5 pp allowed for 左右",' ..
        '"rule":"default.judge.floor","rule_pack":null,"matched_by":"catalogue","recurring":true,"margin":1.9,"ratio":1.2375,"target_sentence":"主要预期目标是：国内生产总值增长8%左右",' ..
        '"outcome_sentence":"全年国内生产总值达到18.23万亿元，比上年增长9.9%","target_source":null,' ..
        '"target_published":"2005-03","target_doc_kind":"work_report","outcome_source":null,' ..
        '"outcome_published":"2006-03","outcome_doc_kind":"work_report","decided_by":"rules","reviewer":null,' ..
        '"note":null,"rules_status":null,"headline":false,"decision":null}', ls[2])
    end)

    it("writes null for the outcome of a target never reported on", function()
      local v = assert(json_decode.decode(lines_of(report.render(fixture(), "jsonl"))[6]))
      assert.are.same({ "not_reported", "8%左右" }, { v.status, v.target_raw })
      assert.is_nil(v.outcome_raw)
    end)
  end)

  describe("json format", function()
    it("reads back into the same audit", function()
      local a = fixture()
      local s = report.render(a, "json")
      local back = assert(json_decode.decode(s))
      assert.are.equal(s, report.render(back, "json"))
      assert.are.equal(10, #back.verdicts)
      assert.are.equal(9.9, back.verdicts[2].outcome.value)
      assert.are.equal("32ad7bd0446927c8074625726015f2022d6a7c4f1685c683e900c44bbca40d64", back.rules[1].sha256)
    end)
  end)

  describe("md format", function()
    it("writes one table row per verdict", function()
      local s = report.render(fixture(), "md")
      local after = s:match("## Verdicts\n\n(.*)$")
      assert.are.equal(12, count(after, " |\n"))
    end)

    it("escapes | and line breaks inside cells", function()
      local md = require "duixian.report.markdown"
      assert.are.equal("a\\|b<br>c &lt;b&gt;", md.cell("a|b\nc <b>"))
    end)
  end)

  describe("html format", function()
    it("needs no asset from the network", function()
      local s = report.render(fixture(), "html")
      assert.is_nil(s:find("https?://"))
      assert.is_nil(s:find("<link", 1, true))
      assert.is_nil(s:find(" src=", 1, true))
      assert.is_nil(s:find("@import", 1, true))
      assert.are.equal(1, count(s, "<style>"))
      assert.are.equal(1, count(s, "<script>"))
    end)

    it("has one verdict row per verdict", function()
      local s = report.render(fixture(), "html")
      assert.are.equal(10, count(s, '<tbody class="v"'))
      assert.are.equal(10, count(s, '<tr class="row"'))
      assert.truthy(s:find('<table id="verdicts" data-count="10">', 1, true))
    end)

    it("escapes markup in a quote", function()
      local a = fixture()
      local v = find_verdict(a, "2005", "gdp_growth")
      v.target.sentence = "<script>alert(1)</script>" .. v.target.sentence
      local s = report.render(a, "html")
      assert.are.equal(1, count(s, "<script>"))
      assert.truthy(s:find("&lt;script&gt;alert(1)&lt;/script&gt;主要预期目标是：国内生产总值增长<mark>8%左右</mark>", 1, true))
    end)

    it("marks the number in both quotes and names the document and offsets", function()
      local s = report.render(fixture(), "html")
      assert.truthy(s:find("去年居民消费价格总水平比上年上涨<mark>4.8%</mark>", 1, true))
      assert.truthy(s:find("national-2008.txt · work report, published 2008-03 · bytes 26573–26576", 1, true))
      assert.truthy(s:find("探索&quot;工作专班+专业顾问+金 融专家&quot;模式,实施<mark>100个</mark>产业链项目", 1, true))
    end)

    it("names the document's source beside each quote, as a link when it is an address", function()
      local a = fixture()
      a.documents[5].source = "https://zh.wikisource.org/wiki/2008年国务院政府工作报告"
      local s = report.render(a, "html")
      assert.truthy(s:find("national-2008.txt · work report, published 2008-03 · bytes 26573–26576 · source: " ..
        '<a href="https://zh.wikisource.org/wiki/2008年国务院政府工作报告">', 1, true))
    end)

    it("names the rule packs and their sha256 in the footer", function()
      local s = report.render(fixture(), "html")
      local foot = s:match("<footer>.-</footer>")
      assert.truthy(foot:find("rule pack <strong>default</strong>, sha256 <code>32ad7bd0446927c8074625726015f2022d6a7c4f1685c683e900c44bbca40d64</code>", 1, true))
    end)

    it("starts with the league table, then the verdicts, then the charts", function()
      local s = report.render(fixture(), "html")
      local league, verdicts, charts = s:find('<table id="league"', 1, true), s:find('<table id="verdicts"', 1, true),
        s:find('<figure class="chart">', 1, true)
      assert.truthy(league < verdicts and verdicts < charts)
    end)

    it("ranks the regions of the documents by fulfilment rate in the league table", function()
      local s = report.render(fixture(), "html")
      local body = s:match('<table id="league".-<tbody>(.-)</tbody>')
      local regions = {}
      for r in body:gmatch('class="region" data%-region="([^"]+)"') do regions[#regions + 1] = r end
      assert.are.same({ "中华人民共和国", "聊城市" }, regions)
      assert.truthy(body:find('<td class="num rate" data-sort="0.6667"><span class="bar" aria-hidden="true"><i style="width:67%"></i></span><b>67%</b></td>', 1, true))
    end)

    it("counts the places a text names apart from the documents' regions", function()
      local a = fixture()
      a.verdicts[1].region = "推动莘县"
      local s = report.render(a, "html")
      assert.truthy(s:find("<h1>Promises kept?<span class=\"where\">中华人民共和国 and 聊城市", 1, true))
      assert.truthy(s:find('<tr class="others"><td>1 other place named in the texts', 1, true))
    end)

    it("draws a panel only for each indicator with a judged target, a row per region and year", function()
      local s = report.render(fixture(), "html")
      assert.are.equal(4, count(s, '<figure class="chart">'))
      local gdp = s:match('<figure class="chart"><figcaption>GDP growth.-</figure>')
      assert.are.equal(2, count(gdp, '<li class="crow'))
      assert.truthy(gdp:find('<a class="lbl who first" href="#v2"><span class="place">中华人民共和国</span> <span class="when">2005</span></a>', 1, true))
      assert.truthy(gdp:find('<span class="lbl val"><span class="fig">8%左右</span> → <b>9.9%</b></span>', 1, true))
      assert.truthy(gdp:find('<span class="lbl lo">0%</span><span class="lbl hi">12%</span>', 1, true))
    end)

    it("draws a region's rows of a panel together, year after year, headline targets or not", function()
      local a = fixture()
      find_verdict(a, "2010", "cpi").headline = true
      local cpi = report.render(a, "html"):match('<figure class="chart"><figcaption>consumer prices.-</figure>')
      local years = {}
      for y in cpi:gmatch('<span class="when">([^<]*)</span>') do years[#years + 1] = y end
      assert.are.same({ "2007", "2010" }, years)
    end)

    it("names a region once, above its timeline, so a long name never cuts a year off", function()
      local s = report.render(fixture(), "html")
      local gdp = s:match('<figure class="chart"><figcaption>GDP growth.-</figure>')
      assert.truthy(gdp:find('<li class="crow first met" title="中华人民共和国 2005: target 8%左右, outcome 9.9% (met)">' ..
        '<a class="lbl who first" href="#v2"><span class="place">中华人民共和国</span> <span class="when">2005</span></a>', 1, true))
      assert.truthy(gdp:find('<li class="crow met" title="中华人民共和国 2006: target 8%左右, outcome 10.7% (met)">' ..
        '<a class="lbl who" href="#v3"><span class="when">2006</span></a>', 1, true))
      -- the name has a line of its own and wraps there; the year never shrinks
      assert.truthy(s:find(".chart .who .place { flex: 1 0 100%; white-space: normal; font-weight: 600; }", 1, true))
      assert.truthy(s:find(".chart .who .when { flex: none; color: var(--muted); }", 1, true))
    end)

    it("wraps a chart row's figures after the arrow rather than cut them (1600亿斤以上 → 1640.06亿斤)", function()
      local a = fixture()
      local v = find_verdict(a, "2004", "urban_jobs")
      v.target.raw, v.outcome.raw = "1600亿斤以上", "1640.06亿斤"
      local s = report.render(a, "html")
      assert.truthy(s:find('<span class="lbl val"><span class="fig">1600亿斤以上</span> → <b>1640.06亿斤</b></span>', 1, true))
      assert.truthy(s:find(".chart .val { text-align: right; }", 1, true))
      assert.truthy(s:find(".chart .val .fig, .chart .val b { white-space: nowrap; }", 1, true))
      assert.is_nil(s:find(".chart .val { text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }", 1, true))
    end)

    it("fixes the verdict table's column widths on a wide screen (no measuring of every row)", function()
      local s = report.render(fixture(), "html")
      assert.truthy(s:find("@media (min-width: 721px) {\n  #verdicts { table-layout: fixed; }", 1, true))
    end)

    it("gives the league table short headings on a narrow screen", function()
      local s = report.render(fixture(), "html")
      local head = s:match('<table id="league".-</thead>')
      assert.truthy(head:find('<button type="button" title="Not reported"><span class="long">Not reported</span>' ..
        '<span class="short">Unrep.</span></button>', 1, true))
      assert.truthy(head:find('<span class="long">Fulfilment</span><span class="short">Rate</span>', 1, true))
      assert.truthy(s:find("#league .short { display: none; }", 1, true))
      assert.truthy(s:find("#league .long { display: none; } #league .short { display: inline; }", 1, true))
    end)

    it("sets the headline figures three to a row on a narrow screen, so the league table stays near the top", function()
      local s = report.render(fixture(), "html")
      assert.truthy(s:find(".figures { grid-template-columns: repeat(3, 1fr); gap: 6px; }", 1, true))
      assert.is_nil(s:find(".figure.rate { grid-column: span 2; }", 1, true))
    end)

    it("says how many met or missed verdicts rest on similar wording only", function()
      local a = fixture()
      find_verdict(a, "2005", "gdp_growth").matched_by = "similarity"
      local s = report.render(a, "html")
      assert.truthy(s:find("a fulfilment rate of 60%. ", 1, true))
      assert.truthy(s:find("1 met or missed verdict rests on similar wording only", 1, true))
    end)

    it("lists headline targets first, with a rate of their own", function()
      local a = fixture()
      find_verdict(a, "2007", "cpi").headline = true
      assert.are.equal("2007", model.sorted(a)[1].period)
      local s = report.render(a, "html")
      assert.truthy(s:find('<div class="figure rate headline"><b>0%</b><span>headline targets (1)</span></div>', 1, true))
      assert.truthy(s:find('<input id="f-headline" type="checkbox">', 1, true))
    end)

    it("says there is nothing to report when there are no verdicts", function()
      local a = fixture()
      a.verdicts = {}
      local s = report.render(a, "html")
      assert.truthy(s:find("<strong>Nothing to report.</strong> This audit holds no verdicts: no target was found in its 9 documents.", 1, true))
      assert.is_nil(s:find("<table", 1, true))
    end)
  end)

  describe("model.margin and model.amount", function()
    it("writes a margin in the target's own unit, amounts in Chinese units", function()
      local function margin(m, unit) return model.margin({ margin = m, target = { unit = unit } }) end
      assert.are.same({ "−665亿元", "+0.3 pp", "+3000人", "+80万人", "±0个" },
        { margin(-66500000000, "CNY"), margin(0.3, "%"), margin(3000, "person"), margin(800000, "person"), margin(0, "个") })
      assert.are.same({ "1.2万亿", "980万", "4.5万亿元", "12.35万亩", "6.5%" },
        { model.compact(1.2e12), model.compact(9800000), model.amount(4.5e12, "CNY"), model.amount(123456, "mu"),
          model.amount(6.5, "%") })
    end)
  end)

  describe("model.quote_parts", function()
    it("places the quantity by the sentence's own offset when the audit gives it", function()
      local side = { sentence = "增长8%，力争8%以上", raw = "8%", start = 117, sentence_start = 100 }
      assert.are.same({ "增长8%，力争", "8%", "以上" }, { model.quote_parts(side) })
      side.sentence_start = nil
      assert.are.same({ "增长", "8%", "，力争8%以上" }, { model.quote_parts(side) })
    end)

    it("returns nil when the quantity is not in the sentence", function()
      assert.is_nil(model.quote_parts({ sentence = "国内生产总值增长", raw = "8%" }))
    end)
  end)

  describe("html.dek", function()
    it("puts the counts into a sentence", function()
      assert.are.equal("Of 6 targets whose outcome was reported, 4 were met and 2 missed: a fulfilment rate of 67%. " ..
        "2 targets were never reported on in a later document. Also: 2 pending.",
        html.dek(model.scorecard(fixture()).counts))
    end)
  end)
end)
