--- duixian corrections: store what reviewers decided in a database, and
-- write it back out.
local corrections = require "duixian.corrections"
local cli = require "duixian.cli"

local M = {}

M.summary = "store reviewers' decisions in a database, or write them out"
M.usage = [[
usage: duixian corrections import --db FILE REVIEW.csv
       duixian corrections export --db FILE [-o FILE] [--all]

import: read a filled review file (duixian audit --format review writes
one) and store its rows that say something: a decision, an outcome picked,
or a fix. Every later audit and report of the database applies them.
Corrections are keyed by the document's sha256 and the target's byte span,
so they survive a rebuilt database and a re-ingest of the same text. A
decision made again replaces the earlier one, which is kept (--all shows
it). The whole file is checked first; one bad row and nothing is stored.

export: write the corrections in force as CSV (UTF-8 with a BOM, CRLF),
which import reads back.

decision column (one word):
  met, missed, not_reported   set the verdict, whatever the rules said
  not_a_target                the target is not a promise (the verdict is
                              kept, marked not_a_target)
  wrong_outcome               the outcome shown is not the answer: the
                              outcome column names the right one (a number
                              from the candidates column, or
                              sha256:start-end); left empty, none is
  drop                        the mention is not a figure to judge at all
  fix                         the fix_kind, fix_period, fix_value,
                              fix_unit, fix_region or fix_indicator
                              columns (add them) say how to read it
Writing only an outcome means wrong_outcome. note and reviewer are kept
with the decision and shown in every report.

options:
  --db FILE          the database (required)
  -o, --output FILE  export: write there instead of stdout
  --all              export: the replaced decisions too
  -h, --help         this help

The file is read with or without a BOM, with CRLF, LF or CR line ends,
and with fields separated by commas, ; or tabs. Save it as UTF-8 ("CSV
UTF-8" in Excel): a GBK or UTF-16 save is refused, as it may have lost
characters.

exit status: 0 done; 2 the file cannot be read; 64 usage error; 65 a bad
file (an unknown decision, a missing column, a span that does not hold the
quoted text, where duixian reads no figure or past the document's end, a
sha256 of no stored document, one target decided twice differently, a
file not saved as UTF-8: each named by its line; a file none of whose rows
matches a stored document is refused as a whole) or an unusable database.
]]

M.options = {
  db = { kind = "value" },
  output = { kind = "value", short = "o" },
  all = { kind = "flag" },
}

local function say(err, fmt, ...)
  err:write("duixian corrections: ", fmt:format(...), "\n")
end

local function import(db, path, env)
  local list, msgs, code = corrections.read(path)
  local rows = msgs
  if not list then
    for _, m in ipairs(msgs) do say(env.stderr, "%s", m) end
    return code
  end
  local usable, stale = corrections.check(db, list, path, "import")
  if not usable then
    for _, m in ipairs(stale) do say(env.stderr, "%s", m) end
    say(env.stderr, "%s: nothing was imported", path)
    return cli.EXIT.data
  end
  local counts = { added = 0, replaced = 0, unchanged = 0 }
  local ok, why = db:transaction(function()
    for _, s in ipairs(stale) do usable[#usable + 1] = s.correction end
    for _, c in ipairs(usable) do
      local id, status = db:correct(c)
      if not id then return nil, ("%s: %s"):format(c.origin, status) end
      counts[status] = counts[status] + 1
    end
    return true
  end)
  if not ok then
    say(env.stderr, "%s; nothing was imported", tostring(why))
    return cli.EXIT.data
  end
  for _, s in ipairs(stale) do say(env.stderr, "%s", corrections.stale_message(s)) end
  say(env.stderr, "%s: %d corrections added, %d replaced an earlier decision, %d unchanged (%d rows read, %s)",
    path, counts.added, counts.replaced, counts.unchanged, rows, #list > 0 and (#list .. " filled in")
    or "none filled in: write a decision (or an outcome) in the rows to correct, and save")
  return cli.EXIT.ok
end

local function export(db, opts, env)
  local text = corrections.to_csv(db:corrections{ all = opts.all })
  if not opts.output then
    env.stdout:write(text)
    return cli.EXIT.ok
  end
  local f, why = io.open(opts.output, "wb")
  if not f then
    say(env.stderr, "cannot write %s", why)
    return cli.EXIT.bad_input
  end
  f:write(text)
  f:close()
  return cli.EXIT.ok
end

function M.run(opts, args, env)
  local action = args[1]
  if (action ~= "import" and action ~= "export") or not opts.db
      or (action == "import" and #args ~= 2) or (action == "export" and #args ~= 1) then
    say(env.stderr, "give import --db FILE REVIEW.csv, or export --db FILE")
    env.stderr:write(M.usage)
    return cli.EXIT.usage
  end
  local exists = io.open(opts.db, "rb")
  if exists then exists:close() end
  if not exists then
    say(env.stderr, "cannot read %s: no such file; ingest the documents and run duixian audit --db %s first", opts.db, opts.db)
    return cli.EXIT.bad_input
  end
  local db, msg = require("duixian.db").open(opts.db, action == "export" and { readonly = true } or nil)
  if not db then
    say(env.stderr, "%s", tostring(msg))
    return cli.EXIT.data
  end
  local code
  if action == "import" then code = import(db, args[2], env) else code = export(db, opts, env) end
  db:close()
  return code
end

return M
