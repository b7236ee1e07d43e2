--- The Lua sources of a checkout, loaded from the bytecode `make` writes
-- beside the build (BUILD/luac/lua/…, BUILD/luac/data/…) when it is newer
-- than the source. Parsing the 130 KB of Lua a small `duixian extract`
-- needs costs more than half of its start-up; loading bytecode costs a
-- twentieth of that. A source edited after `make` is newer than its
-- bytecode and is read as source, so an edit is never hidden.
-- Only bin/duixian run from a checkout turns this on; an installed duixian
-- and the specs read sources as plain Lua does.
local M = {}

local has_lfs, lfs = pcall(require, "lfs")

local root, luac -- the checkout, and its BUILD/luac (nil: sources only)

local function absolute(path)
  if path:sub(1, 1) == "/" then return path end
  return lfs.currentdir() .. "/" .. path:gsub("^%./", "")
end

--- The path of the bytecode of source path, when it is newer than the
-- source (modification times, in whole seconds: a tie reads the source).
local function fresh_bytecode(path)
  if not luac then return nil end
  path = absolute(path)
  if path:sub(1, #root + 1) ~= root .. "/" then return nil end
  local compiled = luac .. path:sub(#root + 1)
  local built = lfs.attributes(compiled, "modification")
  local edited = built and lfs.attributes(path, "modification")
  if built and edited and built > edited then return compiled end
  return nil
end

--- Like loadfile(path), from the bytecode when it is fresh.
-- @return chunk | nil, message
function M.loadfile(path)
  local compiled = fresh_bytecode(path)
  if compiled then
    local chunk = loadfile(compiled, "b")
    if chunk then return chunk end
  end
  return loadfile(path, "t")
end

--- Like dofile(path), from the bytecode when it is fresh.
function M.dofile(path)
  return assert(M.loadfile(path))()
end

local searcher_added = false

--- Use the bytecode under build_dir/luac (relative to checkout, or
-- absolute) for the modules under checkout/lua (a searcher ahead of Lua's
-- own) and, through M.dofile, for the data files. Without LuaFileSystem
-- the sources are read as ever. Returns whether bytecode may be used.
function M.install(checkout, build_dir)
  if not has_lfs then return false end
  root = absolute(checkout):gsub("/%.?$", "")
  luac = (build_dir:sub(1, 1) == "/" and build_dir or root .. "/" .. build_dir) .. "/luac"
  if not searcher_added then
    searcher_added = true
    table.insert(package.searchers, 2, function(name)
      if not luac then return nil end
      local path = package.searchpath(name, root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua")
      local compiled = path and fresh_bytecode(path)
      if not compiled then return nil end -- Lua's own searcher reads the source
      local chunk = loadfile(compiled, "b")
      if not chunk then return nil end
      return chunk, path
    end)
  end
  return true
end

return M
