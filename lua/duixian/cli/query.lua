--- duixian query: run SQL against a database and print the rows.
local db_module = require "duixian.db"
local json = require "duixian.json"
local tabulate = require "duixian.tabulate"
local cli = require "duixian.cli"

local M = {}

M.summary = "run SQL against a database and print the rows"
M.usage = [[
usage: duixian query --db FILE [OPTIONS] "SQL" [PARAM...]

Run one SQL statement against the database and print its rows. Each PARAM
is bound to a ? (or ?1, ?2 …) in the SQL, in order, never pasted into the
text: a PARAM that looks like an integer or a decimal number is bound as
one, anything else as text.

The database is opened read-only unless --write is given.

options:
  --db FILE           the database (required)
  --format F          table (default), csv or json (an array of objects)
  --write             allow statements that change the database
  -h, --help          this help

Tables: documents (id, sha256, path, name, region, published, kind, source,
encoding, bytes, text, mention_count, ingested_at, superseded_by), mentions
(id, document_id, start, "end", raw, value, value_max, unit, cmp, subject,
verb, kind, period, period_start, period_end, estimate, region, sentence,
sentence_start, sentence_end), audits and verdicts; the view current_mentions
(mentions of current document versions, with doc, published, doc_kind).
"end" needs its quotes in SQL.

example:
  duixian query --db audit.sqlite "SELECT subject, raw FROM mentions
    WHERE region = ? AND period = ? AND kind = 'target'" 聊城市 2022

exit status: 0 success; 2 the database file does not exist; 64 usage
error; 65 the database or the SQL cannot be used (the message says why).
]]

M.options = {
  db = { kind = "value" },
  format = { kind = "value", default = "table" },
  write = { kind = "flag" },
}

local FORMATS = { table = true, csv = true, json = true }

-- "12" binds as an integer, "8.5" as a float, the rest as text.
local function param_value(s)
  if s:match("^%-?%d+$") then return math.tointeger(tonumber(s)) or s end
  if s:match("^%-?%d+%.%d+$") then return tonumber(s) end
  return s
end

local function csv_cell(v)
  if v == nil then return "" end
  local s = tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

-- One line of valid UTF-8 for a table cell (long text is cut to MAX_CELL).
local MAX_CELL = 60
local function cell_text(v)
  if v == nil then return "" end
  local s = tostring(v)
  if not utf8.len(s) then return ("<%d bytes>"):format(#s) end
  return (s:gsub("[\r\n\t]", " "))
end

function M.run(opts, args, env)
  local out, err = env.stdout, env.stderr
  if not FORMATS[opts.format] then
    err:write(("duixian query: unknown format '%s' (table, csv or json)\n"):format(opts.format))
    return cli.EXIT.usage
  end
  if not opts.db then
    err:write("duixian query: --db FILE is required\n", M.usage)
    return cli.EXIT.usage
  end
  if #args == 0 then
    err:write("duixian query: no SQL given\n", M.usage)
    return cli.EXIT.usage
  end
  if not opts.write then
    local f = io.open(opts.db, "rb")
    if not f then
      err:write(("duixian query: %s: no such database (ingest documents into it first)\n"):format(opts.db))
      return cli.EXIT.bad_input -- as report: the input cannot be read
    end
    f:close()
  end
  local db, msg = db_module.open(opts.db, { readonly = not opts.write })
  if not db then
    err:write("duixian query: ", msg, "\n")
    return cli.EXIT.data
  end
  local sql = args[1]
  local params = {}
  for i = 2, #args do params[#params + 1] = param_value(args[i]) end
  local stmt, why = db.conn:prepare(sql)
  if not stmt then
    db:close()
    err:write("duixian query: ", why, "\n")
    return cli.EXIT.data
  end
  if not opts.write and not stmt:readonly() then
    -- refused before it runs: VACUUM INTO would create its file before failing
    stmt:finalize()
    db:close()
    err:write("duixian query: attempt to write a readonly database; the database is opened read-only: add --write to change it\n")
    return cli.EXIT.data
  end
  local columns = stmt:columns()
  local rows = {}
  local ok, perr = pcall(function()
    for row in stmt:arrays(table.unpack(params, 1, #params)) do rows[#rows + 1] = row end
  end)
  stmt:finalize()
  db:close()
  if not ok then
    perr = tostring(perr):gsub("^.-:%d+: ", "")
    if not opts.write and perr:find("readonly", 1, true) then
      perr = perr .. "; the database is opened read-only: add --write to change it"
    end
    err:write("duixian query: ", perr, "\n")
    return cli.EXIT.data
  end
  if opts.format == "json" then
    local objects = json.array({})
    for i, row in ipairs(rows) do
      local o = {}
      for c, name in ipairs(columns) do o[name] = row[c] == nil and json.null or row[c] end
      objects[i] = o
    end
    if #objects > 0 then setmetatable(objects, nil) end
    local parts = {}
    for i, o in ipairs(objects) do parts[i] = json.encode(o, columns) end
    out:write("[", table.concat(parts, ",\n "), "]\n")
  elseif opts.format == "csv" then
    local head = {}
    for c, name in ipairs(columns) do head[c] = csv_cell(name) end
    out:write(table.concat(head, ","), "\r\n")
    for _, row in ipairs(rows) do
      local cells = {}
      for c = 1, #columns do cells[c] = csv_cell(row[c]) end
      out:write(table.concat(cells, ","), "\r\n")
    end
  elseif #columns > 0 then
    local body = {}
    for i, row in ipairs(rows) do
      local cells = {}
      for c = 1, #columns do cells[c] = cell_text(row[c]) end
      body[i] = cells
    end
    local align = {}
    for c = 1, #columns do
      align[c] = { max = MAX_CELL, align = rows[1] and type(rows[1][c]) == "number" and "right" or nil }
    end
    out:write(tabulate.render(columns, body, align))
    err:write(("(%d row%s)\n"):format(#rows, #rows == 1 and "" or "s"))
  end
  return cli.EXIT.ok
end

return M
