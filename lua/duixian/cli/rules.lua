--- duixian rules: what a rule pack can override, by section and name,
-- with the first line of each rule's documentation.
local rules = require "duixian.rules"
local json = require "duixian.json"
local cli = require "duixian.cli"

local M = {}

M.summary = "list every rule and table a rule pack can override"
M.usage = [[
usage: duixian rules --list [OPTIONS]

List every rule (a function) and table a rule pack can override, section
by section (classify, judge, match, then the indicators catalogue), with
the first line of its documentation. A pack is a Lua file returning a
table layered over these:

  return { name = "mine", judge = { tolerance = function(R, t, ind, v) return 1 end } }

Every rule takes the composed rules R first and calls the others through
R (R.judge.tolerance(R, …)), so an override takes effect everywhere. A
name not listed here is an error. Indicators are overridden by id (see
duixian indicators).

options:
  --list              list the rules (the default)
  --rules FILE        also check a rule pack, and mark what it overrides
  --trusted           load rule packs without the sandbox
  --format F          table (default) or json
  -h, --help          this help

exit status: 0 listed; 64 usage error; 65 unusable rule pack.
]]

M.options = {
  list = { kind = "flag" },
  rules = { kind = "list" },
  trusted = { kind = "flag" },
  format = { kind = "value", default = "table" },
}

-- The lines of a comment as one text: a space between words, none where a
-- line breaks a run of Chinese (其中棚户区｜住房改造 is one phrase).
local function joined(lines)
  local out = {}
  for i, line in ipairs(lines) do
    local prev = out[#out]
    if i > 1 and not (prev and prev:byte(-1) and prev:byte(-1) >= 0x80 and (line:byte(1) or 0) >= 0x80) then
      out[#out + 1] = " "
    end
    out[#out + 1] = line
  end
  return table.concat(out)
end

--- The documentation comment right above each `function M.name` or
-- `M.name =` in a module's source: name → first sentence.
local function doc_lines(module)
  local path = package.searchpath(module, package.path)
  local docs = {}
  local f = path and io.open(path, "rb")
  if not f then return docs end
  local comment = {}
  for line in f:lines() do
    local text = line:match("^%-%-%-?%s?(.*)$")
    if text then
      comment[#comment + 1] = text
    else
      local name = line:match("^function M%.([%w_]+)") or line:match("^M%.([%w_]+)%s*=")
      if name and #comment > 0 and not docs[name] then
        local first = joined(comment):gsub("%s+", " ")
        docs[name] = first:match("^(.-[%.?!])%s") or first:match("^(.-[%.?!])$") or first
      end
      comment = {}
    end
  end
  f:close()
  return docs
end

--- Every overridable name: { section, name, kind ("rule" or "table" or
-- "value"), doc, pack (the pack overriding it, or nil) }.
function M.list(R)
  local out = {}
  local sections = {}
  for section in pairs(rules.MODULES) do sections[#sections + 1] = section end
  table.sort(sections)
  for _, section in ipairs(sections) do
    local module = rules.MODULES[section]
    local docs = doc_lines(module)
    local names = {}
    for name in pairs(require(module)) do names[#names + 1] = name end
    table.sort(names)
    for _, name in ipairs(names) do
      local v = R[section][name]
      local kind = type(v) == "function" and "rule" or type(v) == "table" and "table" or "value"
      out[#out + 1] = { section = section, name = name, kind = kind, doc = docs[name] or "",
        pack = R.origin[section .. "." .. name] }
    end
  end
  -- the catalogue, overridden entry by entry
  local by = {}
  for key, p in pairs(R.origin) do
    local id = key:match("^indicators%.(.*)$")
    if id then by[#by + 1] = p end
  end
  table.sort(by)
  local packs = {}
  for i, p in ipairs(by) do if p ~= by[i - 1] then packs[#packs + 1] = p end end
  out[#out + 1] = { section = "indicators", name = "<id>", kind = "table",
    doc = "A catalogue entry, by its id: a pack's entry merges into the one of its id (fields replaced),"
      .. " a new id is added, false removes one; duixian indicators lists them.",
    pack = #packs > 0 and table.concat(packs, ", ") or nil }
  return out
end

function M.run(opts, _, env)
  local out, err = env.stdout, env.stderr
  if opts.format ~= "table" and opts.format ~= "json" then
    err:write(("duixian rules: unknown format '%s' (table or json)\n"):format(opts.format))
    return cli.EXIT.usage
  end
  local packs, code = cli.load_packs("rules", opts, err)
  if not packs then return code end
  local list = M.list(rules.compose(packs))
  if opts.format == "json" then
    for _, r in ipairs(list) do out:write(json.encode(r), "\n") end
    return cli.EXIT.ok
  end
  local section
  for _, r in ipairs(list) do
    if r.section ~= section then
      section = r.section
      out:write(section, "\n")
    end
    local mark = r.pack and (" [" .. r.pack .. "]") or ""
    out:write(("  %-22s %-5s %s%s\n"):format(r.name, r.kind, r.doc, mark))
  end
  return cli.EXIT.ok
end

return M
