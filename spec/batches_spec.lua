-- Batches that lose nothing silently: undated documents, folder walks,
-- manifests, wrong encodings, overflowing numbers and damaged or read-only
-- databases (../shared/reviews/reliability.md F1, F2, F4, F5, F8).
local H = require "spec.helper"
local F = dofile("spec/fixtures.lua")

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function sh(cmd) return os.execute(cmd .. " >/dev/null 2>&1") end

-- Undated, with a heading that counts five years back from the report's year.
local UNDATED = "一、过去五年政府工作的回顾\n全市生产总值年均增长6%以上。\n一、今后五年的主要任务\n城镇新增就业4万人以上。\n"

-- A prefix running a command as an unprivileged user, so that file
-- permissions apply; nil when that is impossible here.
local function as_nobody()
  local pipe = io.popen("id -u")
  local uid = pipe:read("l")
  pipe:close()
  if uid ~= "0" then return "" end
  if sh("command -v setpriv") then return "setpriv --reuid=65534 --regid=65534 --clear-groups " end
  return nil
end

--- H.run with a prefix before the launcher (setpriv …).
local function run_as(prefix, args)
  local out, err = os.tmpname(), os.tmpname()
  sh("chmod 644 " .. q(out) .. " " .. q(err))
  local build = os.getenv("DUIXIAN_BUILD")
  local env = build and ("DUIXIAN_BUILD=" .. build .. " ") or ""
  local ok, _, code = os.execute(("%s%sbin/duixian %s >%s 2>%s"):format(env, prefix, args, out, err))
  local o, e = H.read(out), H.read(err)
  os.remove(out)
  os.remove(err)
  return ok and 0 or code, o, e
end

local function lines_of(s)
  local out = {}
  for line in s:gmatch("[^\n]+") do out[#out + 1] = line end
  return out
end

local function sqlite(db, sql)
  local pipe = io.popen(("sqlite3 %s %s"):format(q(db), q(sql)))
  local out = pipe:read("a")
  pipe:close()
  return (out:gsub("\n$", ""))
end

-- Permissions only bind an unprivileged user: as root without setpriv,
-- those specs are pending.
local nobody = as_nobody()
local it_as_nobody = nobody and it or function(name)
  pending(name .. " (permissions cannot be tested: running as root without setpriv)")
end

-- A tiny disk is a tmpfs mounted for the spec: only where mount works (root).
local function can_mount()
  local at = os.tmpname()
  os.remove(at)
  os.execute("mkdir -p " .. q(at))
  local ok = sh(("mount -t tmpfs -o size=12k tmpfs %s"):format(q(at))) and sh("umount " .. q(at))
  os.execute("rmdir " .. q(at))
  return ok
end
local it_mounting = can_mount() and it or function(name)
  pending(name .. " (no tmpfs can be mounted here: needs root)")
end

describe("batches", function()
  local dir, cleanup
  before_each(function()
    dir, cleanup = F.tempdir()
    sh("chmod 755 " .. q(dir))
  end)
  after_each(function()
    sh("chmod -R u+rwx " .. q(dir))
    cleanup()
  end)

  describe("an undated document whose heading says 五年", function()
    it("is scanned without periods, and extract says so", function()
      local path = F.write(dir .. "/nodate.txt", UNDATED)
      local code, out, err = H.run("extract --region 测试市 --kind work_report " .. q(path))
      assert.are.equal(0, code)
      assert.truthy(out:find('"raw":"6%以上"', 1, true))
      assert.are.equal(path .. ": no publication date known or found; periods only from years the text writes out (2022年), none from 今年 or 去年 (give --published)",
        err:match("duixian extract: ([^\n]*)"))
    end)

    it("does not stop an ingest: every document is stored and the undated one is named", function()
      F.corpus(dir, 2, 0)
      local nodate = F.write(dir .. "/nodate.txt", UNDATED)
      F.write(dir .. "/manifest.tsv", "file\tregion\tpublished\tkind\tsource\n001.txt\t聊城市\t2001-02-24\twork_report\tx\n"
        .. "002.txt\t聊城市\t2002-02-24\twork_report\tx\n")
      local code, out, err = H.run(("ingest --db %s %s"):format(q(dir .. "/a.db"), q(dir)))
      assert.are.equal(0, code)
      assert.truthy(out:find("ingested 3 documents: 3 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed", 1, true))
      assert.truthy(err:find(("duixian ingest: %s: undated (no date in a manifest, a flag or its first 1,500 bytes); "
        .. "stored without year-relative periods: give --published or a manifest row\n"):format(nodate), 1, true))
    end)

    it("does not stop an audit, which names it; --published dates it", function()
      local path = F.write(dir .. "/nodate.txt", UNDATED)
      local code, _, err = H.run("audit --format jsonl " .. q(path))
      assert.are.equal(0, code)
      assert.are.equal(("duixian audit: %s: undated (no date in a manifest, --published or its first 1,500 bytes); "
        .. "its figures get no year-relative periods\n"
        .. "duixian audit: 1 documents: 1 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; "
        .. "1 documents audited, 1 verdicts\n"):format(path), err)
      code, _, err = H.run("audit --format jsonl --published 2023-02-10 " .. q(path))
      assert.are.equal(0, code)
      assert.are.equal("duixian audit: 1 documents: 1 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; "
        .. "1 documents audited, 1 verdicts\n", err)
      code, _, err = H.run("audit --published 2023-02-30 " .. q(path))
      assert.are.equal(64, code)
      assert.are.equal("duixian audit: --published '2023-02-30' is not a date (YYYY-MM-DD)\n", err)
    end)
  end)

  describe("the folder walk", function()
    it("reads each folder's own manifest for the files in it and below", function()
      os.execute("mkdir -p " .. q(dir .. "/a/b"))
      F.write(dir .. "/a/r1.txt", UNDATED)
      F.write(dir .. "/a/b/r2.txt", UNDATED .. "其他。\n")
      F.write(dir .. "/a/manifest.tsv", "file\tregion\tpublished\nr1.txt\t甲市\t2021-02-01\nb/r2.txt\t乙市\t2022-02-01\n")
      local db = dir .. "/a.db"
      local code, _, err = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
      assert.are.equal("", err)
      assert.are.equal(0, code)
      assert.are.equal("r1.txt|甲市|2021-02-01\nr2.txt|乙市|2022-02-01",
        sqlite(db, "SELECT replace(name, rtrim(name, replace(name, '/', '')), ''), region, published FROM documents ORDER BY published"))
      -- a nearer manifest wins for the files it names
      F.write(dir .. "/a/b/manifest.tsv", "file\tregion\tpublished\nr2.txt\t丙县\t2023-02-01\n")
      F.write(dir .. "/a/b/r2.txt", UNDATED .. "其他的。\n")
      code = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
      assert.are.equal(0, code)
      assert.are.equal("丙县", sqlite(db, "SELECT region FROM documents WHERE name LIKE '%r2.txt' AND superseded_by IS NULL"))
    end)

    it("reads the manifest beside a file named directly, for ingest and audit", function()
      os.execute("mkdir -p " .. q(dir .. "/a"))
      local r1 = F.write(dir .. "/a/r1.txt", UNDATED)
      F.write(dir .. "/a/manifest.tsv", "file\tregion\tpublished\nr1.txt\t甲市\t2021-02-01\n")
      local db = dir .. "/a.db"
      local code, _, err = H.run(("ingest --db %s %s"):format(q(db), q(r1)))
      assert.are.equal("", err)
      assert.are.equal(0, code)
      assert.are.equal("甲市|2021-02-01", sqlite(db, "SELECT region, published FROM documents"))
      local out
      code, out, err = H.run(("audit --format jsonl %s"):format(q(r1)))
      assert.are.equal(0, code)
      assert.are.equal("duixian audit: 1 documents: 1 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; "
        .. "1 documents audited, 1 verdicts\n", err)
      assert.truthy(out:find('"region":"甲市"', 1, true))
    end)

    it("is the audit's too: every input named, and counted in the audit's last line", function()
      os.execute("mkdir -p " .. q(dir .. "/a/b"))
      F.write(dir .. "/a/r1.txt", UNDATED)
      F.write(dir .. "/a/b/r2.txt", UNDATED .. "其他。\n")
      F.write(dir .. "/a/manifest.tsv", "file\tregion\tpublished\nr1.txt\t甲市\t2021-02-01\nb/r2.txt\t乙市\t2022-02-01\n")
      sh(("mkfifo %s"):format(q(dir .. "/a/pipe.txt")))
      local code, out, err = H.run(("audit --format jsonl %s %s"):format(q(dir .. "/a"), q(dir .. "/missing.txt")))
      assert.are.equal(2, code)
      assert.are.same({
        ("duixian audit: skipped: %s/a/pipe.txt: not a file but a named pipe (FIFO)"):format(dir),
        ("duixian audit: failed: %s/missing.txt: cannot open (No such file or directory)"):format(dir),
        "duixian audit: 2 documents: 2 added, 0 unchanged, 0 superseded, 1 skipped, 1 failed; "
          .. "2 documents audited, 2 verdicts",
      }, lines_of(err))
      -- each file got its manifest's region
      assert.truthy(out:find('"region":"甲市"', 1, true))
      assert.truthy(out:find('"region":"乙市"', 1, true))
    end)

    it("follows symbolic links, reports loops, dangling links and FIFOs, and exits 1", function()
      os.execute("mkdir -p " .. q(dir .. "/in/sub") .. " " .. q(dir .. "/elsewhere"))
      F.write(dir .. "/elsewhere/linked.txt", F.report("聊城市", 2022, 1))
      sh(("ln -s %s %s"):format(q(dir .. "/elsewhere/linked.txt"), q(dir .. "/in/linked.txt")))
      sh(("ln -s .. %s"):format(q(dir .. "/in/sub/up")))
      sh(("ln -s /nonexistent/x.txt %s"):format(q(dir .. "/in/dangling.txt")))
      sh(("mkfifo %s"):format(q(dir .. "/in/pipe.txt")))
      local code, out, err = H.run(("ingest --db %s %s"):format(q(dir .. "/a.db"), q(dir .. "/in")))
      assert.are.equal(1, code)
      assert.truthy(out:find("ingested 1 documents: 1 added, 0 unchanged, 0 superseded, 2 skipped, 1 failed", 1, true))
      assert.are.same({
        ("duixian ingest: failed: %s/in/dangling.txt: a symbolic link to nothing (No such file or directory)"):format(dir),
        ("duixian ingest: skipped: %s/in/pipe.txt: not a file but a named pipe (FIFO)"):format(dir),
        ("duixian ingest: skipped: %s/in/sub/up: a symbolic link back to %s/in, which is being walked (a loop); not walked again"):format(dir, dir),
      }, lines_of(err))
    end)

    it("never hangs on a FIFO named directly", function()
      local pipe = dir .. "/pipe.txt"
      sh(("mkfifo %s"):format(q(pipe)))
      local code, _, err = H.run(("ingest --db %s %s"):format(q(dir .. "/a.db"), q(pipe)))
      assert.are.equal(1, code)
      assert.are.equal(("duixian ingest: failed: %s: not a file but a named pipe (FIFO); skipped\n"):format(pipe), err)
      code, _, err = H.run("extract " .. q(pipe))
      assert.are.equal(2, code)
      assert.are.equal(("duixian extract: %s: not a file but a named pipe (FIFO); skipped\n"):format(pipe), err)
      code, _, err = H.run("audit --format jsonl " .. q(pipe))
      assert.are.equal(2, code)
      assert.are.equal(("duixian audit: failed: %s: not a file but a named pipe (FIFO); skipped\n"
        .. "duixian audit: 0 documents: 0 added, 0 unchanged, 0 superseded, 0 skipped, 1 failed; "
        .. "0 documents audited, 0 verdicts\n"):format(pipe), err)
    end)

    it_as_nobody("reports unreadable files and folders by name and exits 1", function()
      F.write(dir .. "/good.txt", F.report("聊城市", 2022, 1))
      F.write(dir .. "/secret.txt", F.report("聊城市", 2022, 2))
      os.execute("mkdir -p " .. q(dir .. "/closed"))
      F.write(dir .. "/closed/x.txt", F.report("聊城市", 2022, 3))
      sh(("chmod 000 %s %s && chmod 777 %s"):format(q(dir .. "/secret.txt"), q(dir .. "/closed"), q(dir)))
      local code, out, err = run_as(nobody, ("ingest --db %s %s"):format(q(dir .. "/n.db"), q(dir)))
      assert.are.equal(1, code)
      assert.truthy(out:find("ingested 1 documents: 1 added, 0 unchanged, 0 superseded, 0 skipped, 2 failed", 1, true))
      assert.are.same({
        ("duixian ingest: failed: %s/closed: cannot read the folder (Permission denied)"):format(dir),
        ("duixian ingest: failed: %s/secret.txt: cannot open (Permission denied)"):format(dir),
      }, lines_of(err))
    end)

    it("stores a file whose name holds a line break as a file, not as its own path", function()
      local path = F.write(dir .. "/report\n2022.txt", F.report("聊城市", 2022, 1))
      local db = dir .. "/a.db"
      local code = H.run(("ingest --db %s %s"):format(q(db), q(dir)))
      assert.are.equal(0, code)
      local f = assert(io.open(path, "rb"))
      local size = #f:read("a")
      f:close()
      assert.are.equal(tostring(size), sqlite(db, "SELECT bytes FROM documents"))
      assert.are.equal("5", sqlite(db, "SELECT mention_count FROM documents"))
    end)
  end)

  describe("manifests", function()
    local function run_with(manifest, flags)
      F.write(dir .. "/report-2022.txt", F.report("聊城市", 2022, 1))
      F.write(dir .. "/manifest.tsv", manifest)
      return H.run(("ingest %s--db %s %s"):format(flags or "", q(dir .. "/a.db"), q(dir)))
    end

    it("refuses a misspelt column, naming the manifest and the line (exit 65)", function()
      local code, out, err = run_with("file\tregoin\tpublished\nreport-2022.txt\t聊城市\t2022-02-24\n")
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.are.same({
        ("duixian ingest: %s/manifest.tsv:1: unknown column 'regoin' (the columns are file, region, published, kind, source)"):format(dir),
      }, lines_of(err))
    end)

    it("refuses a row naming a file that does not exist", function()
      local code, _, err = run_with("file\tregion\tpublished\nreport_2022.txt\t聊城市\t2022-02-24\n")
      assert.are.equal(65, code)
      assert.are.same({
        ("duixian ingest: %s/manifest.tsv:2: file 'report_2022.txt' does not exist in %s (a misspelt name?)"):format(dir, dir),
        ("duixian ingest: %s/manifest.tsv: fix the manifest, or give --lenient to take it with warnings"):format(dir),
      }, lines_of(err))
    end)

    it("refuses a repeated row naming both lines, a day that does not exist, and a kind it does not know", function()
      local _, _, err = run_with("file\tregion\nreport-2022.txt\t甲市\nreport-2022.txt\t乙市\n")
      assert.are.equal(("duixian ingest: %s/manifest.tsv:3: file 'report-2022.txt' is listed again (first on line 2); keep one row"):format(dir),
        lines_of(err)[1])
      _, _, err = run_with("file\tpublished\nreport-2022.txt\t2022-02-30\n")
      assert.are.equal(("duixian ingest: %s/manifest.tsv:2: published '2022-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"):format(dir),
        lines_of(err)[1])
      _, _, err = run_with("file\tkind\nreport-2022.txt\treport_of_work\n")
      assert.are.equal(("duixian ingest: %s/manifest.tsv:2: kind 'report_of_work' is not one of work_report, news, plan, statistics, other"):format(dir),
        lines_of(err)[1])
    end)

    it("takes them with warnings under --lenient, the first of repeated rows kept", function()
      local code, out, err = run_with("file\tregion\tregoin\nreport-2022.txt\t甲市\tx\nreport-2022.txt\t乙市\tx\n", "--lenient ")
      assert.are.equal(0, code)
      assert.truthy(out:find("1 added", 1, true))
      assert.are.same({
        ("duixian ingest: warning: %s/manifest.tsv:1: unknown column 'regoin' (the columns are file, region, published, kind, source)"):format(dir),
        ("duixian ingest: warning: %s/manifest.tsv:3: file 'report-2022.txt' is listed again (first on line 2); keep one row"):format(dir),
      }, lines_of(err))
      assert.are.equal("甲市", sqlite(dir .. "/a.db", "SELECT region FROM documents"))
    end)

    it("decodes a GBK manifest", function()
      local code, _, err = run_with("file\tregion\nreport-2022.txt\t\193\196\179\199\202\208\n")
      assert.are.equal("", err)
      assert.are.equal(0, code)
      assert.are.equal("聊城市", sqlite(dir .. "/a.db", "SELECT region FROM documents"))
    end)

    it("refuses a manifest that is a folder with exit 65, not an internal error", function()
      os.execute("mkdir -p " .. q(dir .. "/m"))
      local code, _, err = H.run(("extract --manifest %s %s"):format(q(dir .. "/m"), q(F.write(dir .. "/r.txt", UNDATED))))
      assert.are.equal(65, code)
      assert.are.equal(("duixian extract: %s/m: cannot read the manifest (Is a directory); give a TSV file\n"):format(dir), err)
    end)
  end)

  describe("wrong encodings", function()
    local function extract(bytes)
      local path = F.write(dir .. "/x.txt", bytes)
      local code, out, err = H.run("extract --published 2023-02-10 --region 测试市 --kind news " .. q(path))
      return code, out, err:gsub("^duixian extract: " .. path:gsub("%p", "%%%0") .. ": ", "")
    end

    it("refuses Big5, naming the encoding it resembles (exit 2)", function()
      -- 全市生產總值增長6%左右，城鎮新增就業4萬人以上。 in Big5
      local code, out, err = extract("\165\254\165\171\165\205\178\163\193\96\173\200\188\87\170\248\54\37\165\170\165\107\161\65"
        .. "\171\176\194\237\183\115\188\87\180\78\183\126\52\184\85\164\72\165\72\164\87\161\67")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.are.equal("not UTF-8, and not plausible GB18030 Chinese: it resembles Big5 (iconv -f BIG5 -t UTF-8 converts it): "
        .. "first bad byte is byte 1 (0xa5, counting from 1); convert the file to UTF-8 or GB18030 text\n", err)
    end)

    it("refuses Shift-JIS, naming the encoding it resembles (exit 2)", function()
      -- 全市の生産総額は6%増加し… in Shift-JIS
      local code, _, err = extract("\145\83\142\115\130\204\144\182\142\89\145\141\138\122\130\205\54\37\145\157\137\193\130\181"
        .. "\129\65\144\86\130\189\130\201\52\150\156\144\108\130\204\140\217\151\112\130\240\145\110\143\111\130\181\130\189\129\66")
      assert.are.equal(2, code)
      assert.truthy(err:find("it resembles Shift-JIS (iconv -f SHIFT_JIS -t UTF-8 converts it)", 1, true), err)
    end)

    it("refuses EUC-JP and EUC-KR, naming the encoding each resembles (exit 2)", function()
      -- 昨年、市の域内総生産は6%成長し、新規雇用は4万人以上増えました。 in EUC-JP: kana where GB2312 has kana
      local code, out, err = extract("\186\242\199\175\161\162\187\212\164\206\176\232\198\226\193\237\192\184\187\186\164\207\54\37\192\174\196\185\164\183\161\162\191\183\181\172\184\219\205\209\164\207\52\203\252\191\205\176\202\190\229\193\253\164\168\164\222\164\183\164\191\161\163")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.are.equal("not UTF-8, and not plausible GB18030 Chinese: it resembles EUC-JP (iconv -f EUC-JP -t UTF-8 converts it): "
        .. "first bad byte is byte 1 (0xba, counting from 1); convert the file to UTF-8 or GB18030 text\n", err)
      -- 지난해 시의 지역 총생산은 6% 성장했습니다. 올해 목표는 5% 성장입니다. in EUC-KR: GB2312's common hanzi rows,
      -- but none past row C8, and words spaced apart
      code, out, err = extract("\193\246\179\173\199\216\32\189\195\192\199\32\193\246\191\170\32\195\209\187\253\187\234\192\186\32\54\37\32\188\186\192\229\199\223\189\192\180\207\180\217\46\32\191\195\199\216\32\184\241\199\165\180\194\32\53\37\32\188\186\192\229\192\212\180\207\180\217\46")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.are.equal("not UTF-8, and not plausible GB18030 Chinese: it resembles EUC-KR (iconv -f EUC-KR -t UTF-8 converts it): "
        .. "first bad byte is byte 1 (0xc1, counting from 1); convert the file to UTF-8 or GB18030 text\n", err)
    end)

    it("refuses Windows-1252 (Latin-1) text, naming it (exit 2)", function()
      -- "Le café coûte 6% de plus." in Windows-1252
      local code, out, err = extract("Le caf\233 co\251te 6% de plus.")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.are.equal("not UTF-8 or GB18030 text: it resembles Windows-1252 (Latin-1) (iconv -f WINDOWS-1252 -t UTF-8 "
        .. "converts it): first bad byte is byte 7 (0xe9, counting from 1); convert the file to UTF-8 or GB18030 text\n", err)
    end)

    it("names the bad byte of a GB18030 file at its own offset", function()
      -- 全市生产总值增长6%左右。 in GB18030 (24 bytes), then 81 20: not a character
      local code, _, err = extract("\200\171\202\208\201\250\178\250\215\220\214\181\212\246\179\164\54\37\215\243\211\210\161\163"
        .. "\129\32")
      assert.are.equal(2, code)
      assert.are.equal("not UTF-8, and not GB18030 at one byte: first bad byte is byte 25 (0x81, counting from 1); "
        .. "convert the file to UTF-8 or GB18030 text\n", err)
    end)

    it("still takes GB18030 Chinese", function()
      local code, out = extract("\200\171\202\208\201\250\178\250\215\220\214\181\212\246\179\164\54\37\215\243\211\210\161\163")
      assert.are.equal(0, code)
      assert.truthy(out:find('"raw":"6%左右"', 1, true))
    end)
  end)

  it("refuses a file of white space under extract too (exit 2), as ingest and audit do", function()
    local path = F.write(dir .. "/blank.txt", "  \n\t\n")
    local code, out, err = H.run("extract " .. q(path))
    assert.are.equal(2, code)
    assert.are.equal("", out)
    assert.are.equal(("duixian extract: %s: no text, only white space; nothing to scan\n"):format(path), err)
  end)

  it("checks audit -o before auditing: a folder or a missing folder is exit 2 and nothing is saved", function()
    local doc = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
    local db = dir .. "/a.db"
    local code, out, err = H.run(("audit --db %s -o %s %s"):format(q(db), q(dir), q(doc)))
    assert.are.equal(2, code)
    assert.are.equal("", out)
    assert.are.equal(("duixian audit: %s: cannot write (Is a directory)\n"):format(dir), err)
    code, out, err = H.run(("audit --db %s -o %s %s"):format(q(db), q(dir .. "/missing/x.html"), q(doc)))
    assert.are.equal(2, code)
    assert.are.equal(("duixian audit: %s/missing/x.html: cannot write (No such directory)\n"):format(dir), err)
    assert.are.equal("", out)
    assert.is_nil(io.open(db, "rb"))
  end)

  describe("numbers too long to represent", function()
    it("are not mentions, and leave no bare multiplier behind", function()
      local path = F.write(dir .. "/big.txt", "今年全市投资达到12345678901234567890亿元。投资达到1.7976931348623157e308亿元。投资12亿元。\n")
      local code, out = H.run("extract --published 2023-02-10 --region 测试市 --kind news " .. q(path))
      assert.are.equal(0, code)
      local raws = {}
      for raw in out:gmatch('"raw":"([^"]*)"') do raws[#raws + 1] = raw end
      assert.are.same({ "12亿元" }, raws)
    end)

    it("are counted, and --verbose says how many there were", function()
      local path = F.write(dir .. "/big.txt", "今年全市投资达到12345678901234567890亿元。"
        .. "收入9223372036854775807元。投资12亿元，编号0123456789。\n")
      local duixian = require "duixian"
      local it, doc = duixian.each(H.read(path), { published = "2023-02-10", region = "测试市", kind = "news" })
      for _ in it do end
      assert.are.equal(2, doc.refused_numbers)
      local code, _, err = H.run("extract -v --published 2023-02-10 --region 测试市 --kind news " .. q(path))
      assert.are.equal(0, code)
      assert.are.equal(("duixian extract: %s: 2 numbers too long to represent exactly (more than 18 digits), "
        .. "not taken as mentions\n"):format(path), err)
      code, _, err = H.run("extract --published 2023-02-10 --region 测试市 --kind news " .. q(path))
      assert.are.equal(0, code)
      assert.are.equal("", err)
      local out
      code, out, err = H.run(("ingest -v --db %s --published 2023-02-10 --region 测试市 --kind news %s"):format(
        q(dir .. "/a.db"), q(path)))
      assert.are.equal(0, code)
      assert.truthy(out:find("^added\t1\t1\t"), out)
      assert.are.equal(("duixian ingest: %s: 2 numbers too long to represent exactly (more than 18 digits), "
        .. "not taken as mentions\n"):format(path), err)
    end)
  end)

  describe("page furniture", function()
    it("is stepped over, counted, and --verbose says how many lines there were", function()
      local path = F.write(dir .. "/pages.txt", "云水市政府工作报告\n全市生产总值增长8.4%，\n— 3 —\n规上工业增加值增长9%。\n")
      local code, out, err = H.run("extract -v --published 2024-01-10 --region 云水市 --kind work_report " .. q(path))
      assert.are.equal(0, code)
      local raws = {}
      for raw in out:gmatch('"raw":"([^"]*)"') do raws[#raws + 1] = raw end
      assert.are.same({ "8.4%", "9%" }, raws)
      assert.are.equal(("duixian extract: %s: 1 line of page furniture (page numbers, running headers) stepped over\n")
        :format(path), err)
      code, out, err = H.run(("ingest -v --db %s --published 2024-01-10 --region 云水市 --kind work_report %s"):format(
        q(dir .. "/pages.db"), q(path)))
      assert.are.equal(0, code)
      assert.truthy(out:find("^added\t1\t2\t"), out)
      assert.are.equal(("duixian ingest: %s: 1 line of page furniture (page numbers, running headers) stepped over\n")
        :format(path), err)
    end)
  end)

  describe("databases", function()
    local function stored_db()
      local db = dir .. "/a.db"
      F.corpus(dir .. "", 3, 40)
      assert.are.equal(0, (H.run(("ingest --db %s %s"):format(q(db), q(dir)))))
      return db
    end

    local function sha(path)
      local pipe = io.popen("sha256sum " .. q(path))
      local s = pipe:read("a")
      pipe:close()
      return s:match("^%x+")
    end

    it("refuses to write into a damaged file, says how to recover, and exits 65", function()
      local db = stored_db()
      local pages = tonumber(sqlite(db, "PRAGMA page_count"))
      assert.truthy(pages >= 4)
      -- page 3 zeroed: a b-tree page that is no page any more
      assert(sh(("dd if=/dev/zero of=%s bs=4096 seek=2 count=1 conv=notrunc"):format(q(db))))
      local before = sha(db)
      local doc = F.write(dir .. "/new.txt", F.report("聊城市", 2024, 9))
      local code, out, err = H.run(("ingest --db %s %s"):format(q(db), q(doc)))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      local where = db:gsub("%p", "%%%0")
      -- (the folder's manifest, which applies to the file named, has no row for it)
      assert.truthy(err:find(("^duixian ingest: %s: not in %s/manifest%%.tsv; its metadata is what the flags and "
        .. "the text give\nduixian ingest: %s: the database is damaged %%(.*%%); nothing was written to it: "
        .. "recover what can be recovered into a new file: sqlite3 %s %%.recover | sqlite3 recovered%%.sqlite\n$"):format(
        doc:gsub("%p", "%%%0"), dir:gsub("%p", "%%%0"), where, where)), err)
      code, out, err = H.run(("audit --db %s"):format(q(db)))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.truthy(err:find(("duixian audit: %s: the database is damaged"):format(db), 1, true), err)
      -- the readers refuse it too, whatever the query reads
      code, out, err = H.run(("query --db %s 'SELECT count(*) FROM audits'"):format(q(db)))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.truthy(err:find(("^duixian query: %s: the database is damaged %%(.*%%); nothing was written to it: "
        .. "recover what can be recovered into a new file: sqlite3 %s %%.recover | sqlite3 recovered%%.sqlite\n$"):format(
        where, where)), err)
      code, out, err = H.run(("report --db %s --format jsonl"):format(q(db)))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.truthy(err:find(("^duixian report: %s: the database is damaged %%(.*%%); nothing was written to it: "
        .. "recover what can be recovered into a new file: sqlite3 %s %%.recover | sqlite3 recovered%%.sqlite\n$"):format(
        where, where)), err)
      assert.are.equal(before, sha(db))
    end)

    it("says a stored audit on damaged pages cannot be read (exit 65, not an internal error)", function()
      local db = stored_db()
      assert.are.equal(0, (H.run(("audit --db %s --format jsonl"):format(q(db)))))
      local verdicts_root = tonumber(sqlite(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'verdicts'"))
      -- the verdicts table's root page zeroed: no b-tree page any more
      assert(sh(("dd if=/dev/zero of=%s bs=4096 seek=%d count=1 conv=notrunc"):format(q(db), verdicts_root - 1)))
      local code, out, err = H.run(("report --db %s --format jsonl"):format(q(db)))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.truthy(err:find(("duixian report: %s: the database is damaged"):format(db), 1, true), err)
      assert.truthy(err:find(("sqlite3 %s .recover | sqlite3 recovered.sqlite"):format(db), 1, true), err)
    end)

    it("says a folder given as the database is a folder, for every command (exit 65)", function()
      local folder = dir .. "/db"
      os.execute("mkdir -p " .. q(folder))
      local doc = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
      for _, args in ipairs({ "query --db %s 'SELECT 1'", "report --db %s", "ingest --db %s " .. q(doc),
        "audit --db %s" }) do
        local code, out, err = H.run(args:format(q(folder)))
        assert.are.equal(65, code)
        assert.are.equal("", out)
        assert.are.equal(("duixian %s: %s: a folder, not a database file (give the file in it)\n"):format(
          args:match("^%a+"), folder), err)
      end
    end)

    it_mounting("says a disk I/O error on creating a database may be a full disk (exit 65)", function()
      local tiny = dir .. "/tiny"
      os.execute("mkdir -p " .. q(tiny))
      assert(sh(("mount -t tmpfs -o size=12k tmpfs %s"):format(q(tiny))))
      local doc = F.write(dir .. "/r.txt", F.report("聊城市", 2022, 1))
      local code, out, err = H.run(("ingest --db %s %s"):format(q(tiny .. "/b.db"), q(doc)))
      sh("umount " .. q(tiny))
      assert.are.equal(65, code)
      assert.are.equal("", out)
      assert.are.equal(("duixian ingest: %s/b.db: disk I/O error (a full disk or a failing device: check the free "
        .. "space with df)\n"):format(tiny), err)
    end)

    it_as_nobody("can be queried and reported on in a read-only folder", function()
      local db = stored_db()
      assert.are.equal(0, (H.run(("audit --db %s --format jsonl"):format(q(db)))))
      sh(("chmod 666 %s && chmod 555 %s"):format(q(db), q(dir)))
      local code, out, err = run_as(nobody, ("query --db %s 'SELECT count(*) AS n FROM documents'"):format(q(db)))
      assert.are.equal("(1 row)\n", err)
      assert.are.equal(0, code)
      assert.are.equal("n\n-\n3\n", out)
      code, out, err = run_as(nobody, ("report --db %s --format jsonl"):format(q(db)))
      assert.are.equal("", err)
      assert.are.equal(0, code)
      assert.truthy(out:find('"status":', 1, true))
    end)

    it_as_nobody("still prints an audit it cannot save, then says why and exits 65", function()
      local db = stored_db()
      sh(("chmod 444 %s && chmod 777 %s"):format(q(db), q(dir)))
      local code, out, err = run_as(nobody, ("audit --db %s --format jsonl"):format(q(db)))
      assert.are.equal(65, code)
      assert.truthy(out:find('"status":', 1, true))
      assert.are.equal(("duixian audit: %s: the audit was not saved: attempt to write a readonly database\n"
        .. "duixian audit: 0 documents: 0 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; "
        .. "3 documents audited, 9 verdicts\n"):format(db), err)
    end)


    it_as_nobody("audits a database in a read-only folder too: printed, not saved, exit 65", function()
      local db = stored_db()
      local code, saved = H.run(("audit --db %s --format jsonl"):format(q(db)))
      assert.are.equal(0, code)
      sh(("chmod 666 %s && chmod 555 %s"):format(q(db), q(dir)))
      local out, err
      code, out, err = run_as(nobody, ("audit --db %s --format jsonl"):format(q(db)))
      assert.are.equal(65, code)
      assert.are.equal(saved, out)
      assert.are.equal(("duixian audit: %s: the audit was not saved: it cannot be written there "
        .. "(attempt to write a readonly database)\n"
        .. "duixian audit: 0 documents: 0 added, 0 unchanged, 0 superseded, 0 skipped, 0 failed; "
        .. "3 documents audited, 9 verdicts\n"):format(db), err)
      assert.are.equal("1", sqlite(db, "SELECT count(*) FROM audits"))
    end)
    it_as_nobody("stops an ingest into a read-only file at the first document with exit 65", function()
      local db = stored_db()
      sh(("chmod 444 %s && chmod 777 %s"):format(q(db), q(dir)))
      local a = F.write(dir .. "/new1.txt", F.report("聊城市", 2024, 9))
      local b = F.write(dir .. "/new2.txt", F.report("聊城市", 2025, 9))
      local code, _, err = run_as(nobody, ("ingest --db %s %s %s"):format(q(db), q(a), q(b)))
      assert.are.equal(65, code)
      assert.are.same({
        ("duixian ingest: %s: not in %s/manifest.tsv; its metadata is what the flags and the text give"):format(a, dir),
        ("duixian ingest: %s: not in %s/manifest.tsv; its metadata is what the flags and the text give"):format(b, dir),
        ("duixian ingest: %s: not stored: attempt to write a readonly database"):format(a),
        ("duixian ingest: %s: stopped, the database cannot be written; 1 of 2 documents were not tried"):format(db),
      }, lines_of(err))
    end)
  end)
end)
