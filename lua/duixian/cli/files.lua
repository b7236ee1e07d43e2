--- The files a command works on: files as given, folders walked
-- recursively (through find(1), so no native dependency), in sorted order.
local M = {}

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

--- Whether path names something that can be opened.
function M.exists(path)
  local f = io.open(path, "rb")
  if not f then return false end
  f:close()
  return true
end

--- Size in bytes of a readable file, or nil, message.
local function size_of(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local size, serr = f:seek("end")
  f:close()
  return size, serr
end

--- A folder opens but does not read.
local function is_folder(path)
  local f = io.open(path, "rb")
  if not f then return false end
  local ok, _, code = f:read(0)
  f:close()
  return ok == nil and code == 21 -- EISDIR
end

--- The files under path: { {path =, size =}, …, folder = bool }, or nil,
-- message when path is neither a readable file nor a folder. A file named
-- directly is taken whatever its name; in a folder only names matching
-- glob (a find -name pattern, or a list of patterns matched in any case) are.
function M.walk(path, glob)
  if is_folder(path) then
    local arg = path:sub(1, 1) == "-" and "./" .. path or path
    local names
    if type(glob) ~= "table" then
      names = "-name " .. shell_quote(glob or "*")
    else
      local any = {}
      for i, g in ipairs(glob) do any[i] = "-iname " .. shell_quote(g) end
      names = "\\( " .. table.concat(any, " -o ") .. " \\)"
    end
    local cmd = ("find %s -type f %s -print0 2>/dev/null"):format(shell_quote(arg), names)
    local pipe = io.popen(cmd, "r")
    if not pipe then return nil, ("%s: cannot list the folder (find failed to start)"):format(path) end
    local listing = pipe:read("a") or ""
    pipe:close()
    local out = { folder = true }
    for p in listing:gmatch("([^%z]+)%z") do
      local size = size_of(p)
      if size then out[#out + 1] = { path = p, size = size } end
    end
    table.sort(out, function(a, b) return a.path < b.path end)
    return out
  end
  local size, err = size_of(path)
  if not size then return nil, ("%s: cannot open (%s)"):format(path, err) end
  return { { path = path, size = size }, folder = false }
end

return M
