--- Loading the editable tables of data/ (lexicon, indicators …).
-- In a checkout they are read from <root>/data/NAME.lua, next to lua/; once
-- installed by luarocks they are the modules duixian.data.NAME.
local M = {}

local function checkout_root()
  local source = debug.getinfo(1, "S").source
  local dir = source:match("^@(.-)lua/duixian/data%.lua$")
  if dir == "" then return "." end
  return dir and dir:gsub("/$", "")
end

local root = checkout_root()

--- The path of data file NAME in the checkout, or nil when installed.
function M.path(name)
  if not root then return nil end
  local path = root .. "/data/" .. name
  local f = io.open(path, "rb")
  if not f then return nil end
  f:close()
  return path
end

--- The table data/NAME.lua returns. Raises when it is missing or broken:
-- a broken data file is a broken installation, not bad input.
function M.load(name)
  local path = M.path(name .. ".lua")
  if path then return require("duixian.compiled").dofile(path) end
  return require("duixian.data." .. name)
end

local shared = {}

--- The table data/NAME.lua returns, read once per process and shared by
-- every caller (the scanner's lexicon, the rules, the catalogue): read it,
-- never change it. M.load gives a fresh copy to change.
function M.shared(name)
  local t = shared[name]
  if t == nil then
    t = M.load(name)
    shared[name] = t
  end
  return t
end

return M
