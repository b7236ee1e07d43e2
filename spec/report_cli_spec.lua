-- luacheck: read globals spec_helper
local H = spec_helper
local report = require "duixian.report"

-- The fixture audit saved as `duixian report --format json` would save it.
local function saved_audit(edit)
  local audit = dofile("spec/fixtures/audit.lua")
  if edit then edit(audit) end
  return H.write_temp(report.render(audit, "json"))
end

describe("duixian report", function()
  describe("--help", function()
    it("prints the usage on stdout and exits 0", function()
      local code, out, err = H.run("report --help")
      assert.are.equal(0, code)
      assert.are.equal("usage: duixian report --db FILE [--audit ID] [OPTIONS]\n", out:match("^[^\n]*\n"))
      assert.truthy(out:find("--json FILE", 1, true))
      assert.are.equal("", err)
    end)
  end)

  describe("--json", function()
    it("renders a saved audit as a table, without colour when stdout is not a terminal", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, out, err = H.run("report --json " .. path)
      assert.are.equal(0, code, err)
      assert.truthy(out:find("\nScorecard\n", 1, true))
      assert.truthy(out:find("中华人民共和国  2007    0       1             1      0        2          0%", 1, true))
      assert.is_nil(out:find("\27", 1, true))
    end)

    it("writes the same JSON it read", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, out = H.run("report --json " .. path .. " --format json")
      assert.are.equal(0, code)
      assert.are.equal(H.read(path), out)
    end)

    it("chooses the format from the output file's extension", function()
      local path = saved_audit()
      local html = os.tmpname() .. ".html"
      finally(function() os.remove(path); os.remove(html) end)
      local code, out = H.run(("report --json %s -o %s"):format(path, html))
      assert.are.equal(0, code)
      assert.are.equal("", out)
      local page = H.read(html)
      assert.are.equal("<!doctype html>\n", page:sub(1, 16))
      assert.truthy(page:find('data-count="10"', 1, true))
    end)

    it("adds a byte order mark to CSV with --bom", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, out = H.run("report --json " .. path .. " --format csv --bom")
      assert.are.equal(0, code)
      assert.are.equal("\239\187\191region,period,", out:sub(1, 17))
    end)

    it("says there is nothing to report for an audit with no verdicts, and exits 1", function()
      local path = saved_audit(function(a) a.verdicts = {} end)
      finally(function() os.remove(path) end)
      local code, out, err = H.run("report --json " .. path .. " --format html")
      assert.are.equal(1, code)
      assert.are.equal("", out)
      assert.are.equal("duixian report: audit 7 has no verdicts: no target was found in its 9 documents; nothing to report\n", err)
    end)

    it("names the byte where a file stops being JSON, and exits 65", function()
      local path = H.write_temp('{"verdicts": [')
      finally(function() os.remove(path) end)
      local code, _, err = H.run("report --json " .. path)
      assert.are.equal(65, code)
      assert.are.equal(("duixian report: %s is not JSON (unexpected end of input at byte 15); give a file written by duixian report --format json\n"):format(path), err)
    end)

    it("refuses JSON that is not an audit, and exits 65", function()
      local path = H.write_temp('{"doc": "national-2005.txt", "raw": "8%左右"}')
      finally(function() os.remove(path) end)
      local code, _, err = H.run("report --json " .. path)
      assert.are.equal(65, code)
      assert.truthy(err:find('holds no audit (no "verdicts" array at the top level)', 1, true))
    end)

    it("refuses a verdict with an unknown status, and exits 65", function()
      local json = report.render(dofile("spec/fixtures/audit.lua"), "json"):gsub('"status":"met"', '"status":"kept"', 1)
      local path = H.write_temp(json)
      finally(function() os.remove(path) end)
      local code, _, err = H.run("report --json " .. path)
      assert.are.equal(65, code)
      assert.are.equal(("duixian report: %s does not hold a usable audit: audit.verdicts[1].status 'kept' is not one of " ..
        "met, missed, not_reported, conflicting, not_comparable, pending, not_a_target\n"):format(path), err)
    end)

    it("exits 2 when the file cannot be read", function()
      local code, _, err = H.run("report --json /nonexistent/audit.json")
      assert.are.equal(2, code)
      assert.are.equal("duixian report: cannot read /nonexistent/audit.json: No such file or directory\n", err)
    end)
  end)

  describe("colour", function()
    -- cli.main with a stdout that says it is a terminal.
    local function run_on_terminal(argv)
      local out, err = {}, {}
      local env = { stdout = { write = function(_, ...) for _, x in ipairs({ ... }) do out[#out + 1] = x end end },
        stderr = { write = function(_, ...) for _, x in ipairs({ ... }) do err[#err + 1] = x end end },
        isatty = function(fd) return fd == 1 end }
      local code = require("duixian.cli").main(argv, env)
      return code, table.concat(out), table.concat(err)
    end

    it("colours the verdicts on a terminal", function()
      if (os.getenv("NO_COLOR") or "") ~= "" then
        io.stderr:write("skipped: NO_COLOR is set, so the report rightly has no colour\n")
        return
      end
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, out = run_on_terminal({ "report", "--json", path })
      assert.are.equal(0, code)
      assert.truthy(out:find("\27[31mmissed", 1, true))
    end)

    it("never colours with --no-color", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, out = run_on_terminal({ "report", "--json", path, "--no-color" })
      assert.are.equal(0, code)
      assert.truthy(out:find("missed", 1, true))
      assert.is_nil(out:find("\27", 1, true))
    end)
  end)

  describe("usage errors", function()
    it("needs one of --db and --json", function()
      local code, _, err = H.run("report")
      assert.are.equal(64, code)
      assert.are.equal("duixian report: give one of --db FILE or --json FILE\n", err:match("^[^\n]*\n"))
    end)

    it("refuses an unknown format", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local code, _, err = H.run("report --json " .. path .. " --format pdf")
      assert.are.equal(64, code)
      assert.are.equal("duixian report: unknown format 'pdf' (table, csv, json, jsonl, md, html, review)\n", err)
    end)
  end)

  describe("--db", function()
    it("exits 2 for a database file that is not there", function()
      local code, _, err = H.run("report --db /nonexistent/audits.sqlite")
      assert.are.equal(2, code)
      assert.are.equal("duixian report: cannot read /nonexistent/audits.sqlite: no such file\n", err)
    end)
  end)

  describe("on a terminal", function()
    -- the dispatcher with a fake terminal of 80 columns
    local function run_on_terminal(args)
      local out, err = {}, {}
      local env = {
        stdout = { write = function(_, ...) for _, x in ipairs({ ... }) do out[#out + 1] = x end return true end },
        stderr = { write = function(_, ...) for _, x in ipairs({ ... }) do err[#err + 1] = x end return true end },
        isatty = function() return true end,
        columns = function() return 80 end,
      }
      local code = require("duixian.cli").main(args, env)
      return code, table.concat(out), table.concat(err)
    end

    it("fits the table to the terminal's width, and --wide shows every column whole", function()
      local path = saved_audit()
      finally(function() os.remove(path) end)
      local width = require("duixian.tabulate").width
      local code, out, err = run_on_terminal({ "report", "--json", path, "--no-color" })
      assert.are.equal(0, code, err)
      for line in out:gmatch("[^\n]+") do assert.is_true(width(line) <= 80, line) end
      code, out = run_on_terminal({ "report", "--json", path, "--no-color", "--wide" })
      assert.are.equal(0, code)
      assert.truthy(out:find("national-2004.txt:34702", 1, true))
      assert.truthy(out:find("+80万人", 1, true)) -- the margin in the target's unit
    end)
  end)
end)
