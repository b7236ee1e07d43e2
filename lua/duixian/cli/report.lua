--- duixian report: re-render a stored audit (from the database, or from a
-- file written with --format json) without running it again.
local report = require "duixian.report"
local json_decode = require "duixian.json_decode"
local cli = require "duixian.cli"
local corrections = require "duixian.corrections"

local M = {}

M.summary = "re-render a stored audit"
M.usage = [[
usage: duixian report --db FILE [--audit ID] [OPTIONS]
       duixian report --json FILE [OPTIONS]
       duixian report --db FILE --diff A [B] [--format table|csv|json|jsonl|html]
       duixian report --db FILE --history [--format table|csv|json|jsonl|html]

Render an audit again, without re-running it: from a database (the latest
audit unless --audit names one), or from a file written earlier with
--format json. It is rendered as it was made: stderr says when
corrections were imported after it (run duixian audit --db again to apply
them) and names the stale ones.

options:
  --db FILE         SQLite database written by duixian audit --db
  --audit ID        which audit in the database (default: the latest)
  --json FILE       an audit saved with --format json
  --format F        table (the default), csv, json, jsonl, md, html;
                    without --format, -o's extension chooses (.csv, .json,
                    .jsonl, .md, .html), else table
  -o, --output OUT  write to OUT instead of stdout
  --no-color        no colour in the table (NO_COLOR in the environment too)
  --wide            the table with every column whole, however wide; on a
                    terminal it is otherwise fitted to its width
  --bom             start CSV with a UTF-8 byte order mark, for spreadsheets
  --include-similar count in the fulfilment rate the targets met or missed
                    on an outcome matched only by similar wording (left out
                    by default: no catalogue entry vouches for them)
  --reviewed-only   only the verdicts a reviewer decided, and their rate
  --diff A [B]      the verdicts that changed from stored audit A to B
                    (default: from the audit before A to A): new, gone,
                    status changed, or the same status on other evidence,
                    each with its cause (review, document, rules, evidence)
  --history         each promise's status across every stored audit (the
                    HTML report of a database with several audits ends
                    with it too)
  -h, --help        this help

The table shows a scorecard by region and year (met, missed, not reported,
other statuses, fulfilment rate = met / (met + missed)), then every verdict.
The HTML file needs nothing from the network: charts, a sortable and
filterable verdict table, and the quotes behind every verdict.

exit status: 0 written; 1 nothing to report (no audit, or an audit with no
verdicts); 2 the file cannot be read; 64 usage error; 65 the file or
database holds no usable audit.
]]

M.options = {
  db = { kind = "value" },
  audit = { kind = "value" },
  json = { kind = "value" },
  format = { kind = "value" },
  output = { kind = "value", short = "o" },
  no_color = { kind = "flag" },
  wide = { kind = "flag" },
  bom = { kind = "flag" },
  include_similar = { kind = "flag" },
  reviewed_only = { kind = "flag" },
  diff = { kind = "value" },
  history = { kind = "flag" },
}

local BY_EXTENSION = { csv = "csv", json = "json", jsonl = "jsonl", md = "md", markdown = "md",
  html = "html", htm = "html", txt = "table" }

local function say(err, fmt, ...)
  err:write("duixian report: ", fmt:format(...), "\n")
end

--- The audit in a JSON file, or nil, message, exit code.
function M.from_json(path)
  local f, msg = io.open(path, "rb")
  if not f then return nil, ("cannot read %s"):format(msg), cli.EXIT.bad_input end
  local text = f:read("a")
  f:close()
  return M.audit_of_json(text, path)
end

--- The audit in text, the JSON of a file named path (for messages), or
-- nil, message, exit code. Never raises, whatever the text (make fuzz).
function M.audit_of_json(text, path)
  local audit, why = json_decode.decode(text)
  if audit == nil then
    return nil, ("%s is not JSON (%s); give a file written by duixian report --format json"):format(
      path, why), cli.EXIT.data
  end
  if type(audit) ~= "table" or type(audit.verdicts) ~= "table" then
    return nil, ("%s holds no audit (no \"verdicts\" array at the top level); " ..
      "give a file written by duixian report --format json"):format(path), cli.EXIT.data
  end
  for i, v in ipairs(audit.verdicts) do
    if type(v) ~= "table" or type(v.status) ~= "string" or type(v.target) ~= "table" then
      return nil, ("%s: verdict %d has no status or target; the file is not an audit"):format(path, i), cli.EXIT.data
    end
  end
  return audit
end

--- The audit in a database, or nil, message, exit code.
function M.from_db(path, id)
  local f = io.open(path, "rb")
  if not f then return nil, ("cannot read %s: no such file"):format(path), cli.EXIT.bad_input end
  f:close()
  local db, msg = require("duixian.db").open(path, { readonly = true })
  if not db then return nil, ("cannot open %s: %s"):format(path, tostring(msg)), cli.EXIT.data end
  local number = id and math.tointeger(tonumber(id))
  if id and not number then
    db:close()
    return nil, ("--audit '%s' is not an audit id (a whole number)"):format(id), cli.EXIT.usage
  end
  if not number then -- the latest audit
    local row = db:first("SELECT max(id) AS id FROM audits")
    number = row and row.id
  end
  local audit, why
  if number then audit, why = db:load_audit(number) end
  if audit then audit.review_since = corrections.since(db, audit) end
  db:close()
  if not audit then
    if why then return nil, ("%s: %s"):format(path, tostring(why)), cli.EXIT.data end
    if id then
      return nil, ("%s has no audit %s; duixian query --db %s 'SELECT id, created_at FROM audits' lists them"):format(
        path, id, path), cli.EXIT.failed
    end
    return nil, ("%s holds no audit yet; run duixian audit --db %s first"):format(path, path), cli.EXIT.failed
  end
  return audit
end

-- Write a rendered report to --output (exit 2 when it cannot be written:
-- a full disk shows at the flush) or to stdout.
local function write_text(text, opts, env, err)
  if not opts.output then
    env.stdout:write(text)
    return cli.EXIT.ok
  end
  local f, why = io.open(opts.output, "wb")
  local wrote = f
  if f then
    wrote, why = f:write(text)
    if wrote then wrote, why = f:flush() end
    f:close()
  end
  if not wrote then
    say(err, "cannot write %s: %s", opts.output, tostring(why))
    return cli.EXIT.bad_input
  end
  return cli.EXIT.ok
end

local function choose_format(opts)
  if opts.format then return opts.format end
  local ext = opts.output and opts.output:match("%.([%w]+)$")
  return ext and BY_EXTENSION[ext:lower()] or "table"
end

-- Every stored audit, in order, or nil, message, code.
local function all_audits(path)
  local db, msg = require("duixian.db").open(path, { readonly = true })
  if not db then return nil, ("cannot open %s: %s"):format(path, tostring(msg)), cli.EXIT.data end
  local list = {}
  for row in db:rows("SELECT id FROM audits ORDER BY id") do list[#list + 1] = row.id end
  local audits = {}
  for i, id in ipairs(list) do
    local a, why = db:load_audit(id)
    if not a then
      db:close()
      return nil, ("%s: %s"):format(path, tostring(why)), cli.EXIT.data
    end
    audits[i] = a
  end
  db:close()
  return audits
end

-- report --diff and --history.
local function changes(opts, args, env, format)
  local err = env.stderr
  if not opts.db then
    say(err, "--diff and --history read the audits stored in a database: give --db FILE")
    return cli.EXIT.usage
  end
  if not require("duixian.report.history").FORMATS[format] then
    say(err, "--diff and --history are written as table, csv, json, jsonl or html, not %s", format)
    return cli.EXIT.usage
  end
  local f = io.open(opts.db, "rb")
  if not f then
    say(err, "cannot read %s: no such file", opts.db)
    return cli.EXIT.bad_input
  end
  f:close()
  local audits, msg, code = all_audits(opts.db)
  if not audits then
    say(err, "%s", msg)
    return code
  end
  local render = require "duixian.report.history"
  local text
  if opts.history then
    if #audits == 0 then
      say(err, "%s holds no audit yet; run duixian audit --db %s first", opts.db, opts.db)
      return cli.EXIT.failed
    end
    text = render.history(audits, format)
  else
    local ids = { opts.diff, args[1] }
    local pos = {}
    for i, a in ipairs(audits) do pos[a.id] = i end
    local picked = {}
    for i, id in ipairs(ids) do
      local n = math.tointeger(tonumber(id))
      if not n then
        say(err, "--diff '%s' is not an audit id (a whole number)", id)
        return cli.EXIT.usage
      end
      if not pos[n] then
        say(err, "%s has no audit %d; duixian query --db %s 'SELECT id, created_at FROM audits' lists them",
          opts.db, n, opts.db)
        return cli.EXIT.failed
      end
      picked[i] = audits[pos[n]]
    end
    if #picked == 1 then
      local before = audits[pos[picked[1].id] - 1]
      if not before then
        say(err, "audit %d is the first stored; give two audits: --diff A B", picked[1].id)
        return cli.EXIT.failed
      end
      picked = { before, picked[1] }
    end
    local db = require("duixian.db").open(opts.db, { readonly = true })
    local stored = db and db:corrections{ all = true }
    if db then db:close() end
    text = render.diff(picked[1], picked[2], format, stored)
  end
  return write_text(text, opts, env, err)
end

function M.run(opts, args, env)
  local err = env.stderr
  if opts.diff or opts.history then
    if (opts.diff and opts.history) or #args > (opts.diff and 1 or 0) or opts.json or opts.audit then
      say(err, "--diff A [B] and --history take --db FILE and nothing else to choose audits")
      return cli.EXIT.usage
    end
    return changes(opts, args, env, choose_format(opts))
  end
  if #args > 0 then
    say(err, "unexpected argument '%s'", args[1])
    err:write(M.usage)
    return cli.EXIT.usage
  end
  if (opts.db and opts.json) or not (opts.db or opts.json) then
    say(err, "give one of --db FILE or --json FILE")
    err:write(M.usage)
    return cli.EXIT.usage
  end
  if opts.audit and opts.json then
    say(err, "--audit picks an audit in a database; a --json file holds one audit")
    return cli.EXIT.usage
  end
  local format = choose_format(opts)
  if not report.known(format) then
    say(err, "unknown format '%s' (%s)", format, table.concat(report.FORMATS, ", "))
    return cli.EXIT.usage
  end

  local audit, msg, code
  if opts.json then audit, msg, code = M.from_json(opts.json) else audit, msg, code = M.from_db(opts.db, opts.audit) end
  if not audit then
    say(err, "%s", msg)
    return code
  end
  if #audit.verdicts == 0 then
    say(err, "audit %s has no verdicts: no target was found in its %d documents; nothing to report",
      tostring(audit.id or "(unsaved)"), #(audit.documents or {}))
    return cli.EXIT.failed
  end

  -- a stored audit is rendered as it was: say what reviewers decided since
  local since = audit.review_since
  audit.review_since = nil
  for _, s in ipairs(since and since.stale or {}) do say(err, "%s", corrections.stale_message(s)) end
  if since and since.pending > 0 then
    say(err, "%d correction%s stored after audit %d %s not in it; run duixian audit --db %s to apply them",
      since.pending, since.pending > 1 and "s" or "", audit.id, since.pending > 1 and "are" or "is", opts.db)
  end
  audit.include_similar = opts.include_similar or nil
  if opts.reviewed_only then report.reviewed_only(audit) end
  if format == "html" and opts.db then
    -- the HTML report of a database that holds several audits carries each
    -- promise's history up to this audit
    local audits = all_audits(opts.db)
    local upto = {}
    for _, a in ipairs(audits or {}) do
      if a.id <= audit.id then upto[#upto + 1] = a end
    end
    if #upto > 1 then audit.history = require("duixian.history").timeline(upto) end
  end
  local ok, text = pcall(report.render, audit, format, nil, cli.render_options(opts, env, format))
  if not ok then
    local why = tostring(text):gsub("^[^\n]-:%d+: ", ""):gsub("^bad argument #1 to 'render' %((.*)%)$", "%1")
    say(err, "%s does not hold a usable audit: %s", opts.json or opts.db, why)
    return cli.EXIT.data
  end
  return write_text(text, opts, env, err)
end

return M
