--- duixian indicators: list the indicator catalogue.
local rules = require "duixian.rules"
local json = require "duixian.json"
local tabulate = require "duixian.tabulate"
local cli = require "duixian.cli"

local M = {}

M.summary = "list the indicator catalogue"
M.usage = [[
usage: duixian indicators [OPTIONS]

List the indicators targets are matched by: id, name, measure, unit,
direction (floor: more is better; cap: a ceiling), the tolerance of 左右,
and the aliases a subject is recognised by (the longest one that is the
subject's head wins: see data/subject_heads.lua).

options:
  --rules FILE        a rule pack whose indicators are merged in (repeatable)
  --trusted           load rule packs without the sandbox
  --format F          table (default) or json
  -h, --help          this help

The catalogue is data/indicators.lua; a rule pack's `indicators` table adds
entries or overrides them by id.

exit status: 0 listed; 64 usage error; 65 unusable rule pack.
]]

M.options = {
  rules = { kind = "list" },
  trusted = { kind = "flag" },
  format = { kind = "value", default = "table" },
}

local FIELDS = { "id", "name", "measure", "unit", "direction", "tolerance", "aliases" }

local function tolerance_text(t)
  if not t then return "" end
  if t.abs then return ("±%s"):format(tostring(t.abs)) end
  return ("±%s%%"):format(tostring(t.ratio * 100))
end

function M.run(opts, _, env)
  local out, err = env.stdout, env.stderr
  if opts.format ~= "table" and opts.format ~= "json" then
    err:write(("duixian indicators: unknown format '%s' (table or json)\n"):format(opts.format))
    return cli.EXIT.usage
  end
  local packs, code = cli.load_packs("indicators", opts, err)
  if not packs then return code end
  local catalogue = rules.compose(packs).indicators
  if opts.format == "json" then
    for _, e in ipairs(catalogue.list) do
      local r = {}
      for _, k in ipairs(FIELDS) do r[k] = e[k] end
      r.aliases = json.array(e.aliases)
      if r.tolerance == nil then r.tolerance = json.null end
      out:write(json.encode(r, FIELDS), "\n")
    end
    return cli.EXIT.ok
  end
  local rows = {}
  for _, e in ipairs(catalogue.list) do
    rows[#rows + 1] = { e.id, e.name or "", e.measure or "", e.unit or "", e.direction or "",
      tolerance_text(e.tolerance), table.concat(e.aliases, " ") }
  end
  out:write(tabulate.render({ "id", "name", "measure", "unit", "direction", "左右", "aliases" }, rows,
    { [7] = { max = 60 } }))
  out:write(("%d indicators\n"):format(#catalogue.list))
  return cli.EXIT.ok
end

return M
