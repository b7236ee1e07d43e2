--- The duixian command line: one module per command under duixian.cli.
-- Each command module returns { summary, usage, options, run } where
-- run(opts, args, env) returns an exit code; env = { stdout, stderr,
-- isatty(fd), columns() } (the terminal's width in cells, or nil).
--
-- Exit codes (the same for every command):
--   0   success
--   1   some documents failed (ingest), or some verdicts could not be made
--   2   some input could not be read or decoded (the rest was processed)
--   64  usage error: unknown command or option, missing argument
--   65  bad data: a manifest, rule pack or database that cannot be used
--   70  internal error (a bug: please report it)
local term = require "duixian.cli.term"

local M = {}

M.EXIT = { ok = 0, failed = 1, bad_input = 2, usage = 64, data = 65, internal = 70 }

M.commands = {
  { "extract", "print every quantity found in documents" },
  { "ingest", "store documents and their mentions in a SQLite database" },
  { "query", "run SQL against a database and print the rows" },
  { "audit", "judge targets against later outcomes" },
  { "report", "re-render a stored audit, its history, or two audits' differences" },
  { "corrections", "store reviewers' decisions in a database, or write them out" },
  { "indicators", "list the indicator catalogue" },
  { "rules", "list every rule and table a rule pack can override" },
}

local function command_module(name)
  for _, c in ipairs(M.commands) do
    if c[1] == name then
      local ok, mod = pcall(require, "duixian.cli." .. name)
      if ok then return mod end
      if not tostring(mod):find("module 'duixian.cli." .. name .. "' not found", 1, true) then error(mod, 0) end
      return nil
    end
  end
  return nil
end

local function main_usage()
  local lines = { "usage: duixian COMMAND [OPTIONS] [ARGS]", "", "commands:" }
  for _, c in ipairs(M.commands) do
    if command_module(c[1]) then lines[#lines + 1] = ("  %-11s %s"):format(c[1], c[2]) end
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "duixian COMMAND --help tells more. Exit codes: 0 ok, 1 some documents failed,"
  lines[#lines + 1] = "2 unreadable input, 64 usage error, 65 bad data, 70 internal error."
  return table.concat(lines, "\n") .. "\n"
end

--- Parse argv against options: { name = { kind = "flag" | "value" | "list",
-- short = "o", default = … } }. Returns opts, positional | nil, message.
function M.parse(options, argv)
  local opts, args = {}, {}
  for name, o in pairs(options) do
    if o.kind == "list" then opts[name] = {} else opts[name] = o.default end
  end
  local short = {}
  for name, o in pairs(options) do
    if o.short then short[o.short] = name end
  end
  local i = 1
  while i <= #argv do
    local a = argv[i]
    if a == "--" then
      for j = i + 1, #argv do args[#args + 1] = argv[j] end
      break
    end
    local name, value = a:match("^%-%-([%w%-]+)=(.*)$")
    if not name then name = a:match("^%-%-([%w%-]+)$") end
    if not name and a:match("^%-%a$") then name = short[a:sub(2)] or a end
    if name then
      if name == "help" or name == "-h" or a == "-h" then
        opts.help = true
      else
        local key = name:gsub("%-", "_")
        local o = options[key]
        if not o then return nil, ("unknown option '%s'"):format(a) end
        if o.kind == "flag" then
          if value then return nil, ("option '--%s' takes no value"):format(name) end
          opts[key] = true
        else
          if not value then
            i = i + 1
            value = argv[i]
            if value == nil then return nil, ("option '--%s' needs a value"):format(name) end
          end
          if o.kind == "list" then table.insert(opts[key], value) else opts[key] = value end
        end
      end
    else
      args[#args + 1] = a
    end
    i = i + 1
  end
  return opts, args
end

--- The options report.render takes, from a command's options: colour
-- only for the table on a terminal (never with --no-color or NO_COLOR),
-- the table fitted to the terminal's width unless --wide or -o is given,
-- and --bom as given.
--- The rule packs of --rules, loaded (opts.trusted, limits), or nil after
-- writing why to err: "duixian COMMAND: rule pack: file:line: …".
-- @return packs | nil, exit code
function M.load_packs(command, opts, err, limits)
  local rules = require "duixian.rules"
  local packs = {}
  for _, path in ipairs(opts.rules or {}) do
    local p, msg = rules.load(path, { trusted = opts.trusted, limits = limits })
    if not p then
      err:write("duixian ", command, ": rule pack: ", msg, "\n")
      return nil, M.EXIT.data
    end
    packs[#packs + 1] = p
  end
  return packs
end

function M.render_options(opts, env, format)
  local to_terminal = format == "table" and not opts.output and env.isatty(1)
  local no_color = opts.no_color or (os.getenv("NO_COLOR") or "") ~= ""
  return { color = to_terminal and not no_color, bom = opts.bom, wide = opts.wide,
    width = to_terminal and not opts.wide and env.columns and env.columns() or nil }
end

--- Run the command line argv (arg table); returns the exit code.
function M.main(argv, env)
  env = env or { stdout = io.stdout, stderr = io.stderr }
  if env.isatty == nil then env.isatty = term.isatty end
  if env.columns == nil then env.columns = term.columns end
  local list = {}
  for i = 1, #argv do list[i] = argv[i] end
  local name = table.remove(list, 1)
  if name == nil or name == "--help" or name == "-h" or name == "help" then
    env[name and "stdout" or "stderr"]:write(main_usage())
    return name and M.EXIT.ok or M.EXIT.usage
  end
  if name == "--version" then
    env.stdout:write("duixian ", require("duixian")._VERSION, "\n")
    return M.EXIT.ok
  end
  local cmd = command_module(name)
  if not cmd then
    env.stderr:write(("duixian: unknown command '%s'\n\n"):format(name), main_usage())
    return M.EXIT.usage
  end
  local opts, args = M.parse(cmd.options or {}, list)
  if not opts then
    env.stderr:write(("duixian %s: %s\n%s"):format(name, args, cmd.usage))
    return M.EXIT.usage
  end
  if opts.help then
    env.stdout:write(cmd.usage)
    return M.EXIT.ok
  end
  -- bin/duixian stops the collector for the start-up; a command that reads
  -- its input first (extract) restarts it itself
  if not cmd.restarts_collector then collectgarbage("restart") end
  local ok, code = xpcall(cmd.run, debug.traceback, opts, args, env)
  if not ok then
    env.stderr:write(("duixian %s: internal error, please report it:\n%s\n"):format(name, code))
    return M.EXIT.internal
  end
  return code or M.EXIT.ok
end

return M
