-- Seed inputs for the reader fuzzers (make fuzz-html …), written into
-- DIR/html, DIR/docx, DIR/pdf and DIR/t2s from spec/support/documents.lua.
--   lua5.4 spec/fuzz/reader_seeds.lua DIR
local D = dofile("spec/support/documents.lua")
local dir = assert(arg[1], "usage: reader_seeds.lua DIR")
local function put(kind, name, bytes)
  os.execute(("mkdir -p %s/%s"):format(dir, kind))
  local f = assert(io.open(("%s/%s/%s"):format(dir, kind, name), "wb"))
  f:write(bytes)
  f:close()
end
put("html", "portal", '<html><head><meta charset="utf-8"><style>.a{width:100%}</style></head><body>' ..
  '<ul class="nav"><li><a href="/">首页</a></li></ul><div class="content"><h2>一、工作回顾</h2>' ..
  '<p>全市生产总值增长5.8%，<br>新增就业3.3万人。</p><table><tr><td>增长6%</td></tr></table></div>' ..
  '<div class="footer">版权所有</div></body></html>')
put("html", "gbk", '<html><head><meta charset="gb18030"></head><body><p>\212\246\179\164</p></body></html>')
put("docx", "report", D.docx({ { style = "Heading1", "一、工作回顾" }, { "全市生产总值增长", "5.8%。" } }))
put("docx", "not_word", D.zip({ { "a.txt", "hello" } }))
put("pdf", "report", D.pdf({ { { y = 30, "云水市政府工作报告" }, { y = 100, "全市生产总值增长6%。" }, { y = 800, "- 1 -" } },
  { { y = 30, "云水市政府工作报告" }, { y = 100, "新增就业3万人。" }, { y = 800, "- 2 -" } } }))
put("pdf", "scan", D.pdf({ "image" }))
put("pdf", "locked", D.pdf({ { { y = 100, "增长6%" } } }, { locked = true }))
put("t2s", "report", "全市生產總值增長5.8%，城鎮新增就業3.3萬人。\n實現增加值752.1億元。")
put("t2s", "mixed", "乾隆年間\n著作權\n")
