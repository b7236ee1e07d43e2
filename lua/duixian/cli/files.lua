--- The files a command works on: files as given, folders walked
-- recursively (with LuaFileSystem), in sorted order. Nothing is dropped
-- without a word: what cannot be taken is listed with the reason.
local lfs = require "lfs"

local M = {}

--- A find(1) -name pattern (* ? [set] [!set]) as an anchored Lua pattern.
function M.glob_pattern(glob)
  local out, i = { "^" }, 1
  while i <= #glob do
    local c = glob:sub(i, i)
    if c == "*" then
      out[#out + 1] = ".*"
    elseif c == "?" then
      out[#out + 1] = "."
    elseif c == "[" and glob:find("]", i + 2, true) then
      local close = glob:find("]", i + 2, true)
      local set = glob:sub(i + 1, close - 1):gsub("^!", "^"):gsub("%%", "%%%%")
      out[#out + 1] = "[" .. set .. "]"
      i = close
    else
      out[#out + 1] = c:gsub("[%^%$%(%)%%%.%[%]%+%-]", "%%%0")
    end
    i = i + 1
  end
  return table.concat(out) .. "$"
end

--- A function telling whether a file name is taken: glob is one find -name
-- pattern (default *), or a list of patterns matched in any case.
function M.matcher(glob)
  if type(glob) ~= "table" then
    local pattern = M.glob_pattern(glob or "*")
    return function(name) return name:find(pattern) ~= nil end
  end
  local patterns = {}
  for i, g in ipairs(glob) do patterns[i] = M.glob_pattern(g:lower()) end
  return function(name)
    name = name:lower()
    for _, pattern in ipairs(patterns) do
      if name:find(pattern) then return true end
    end
    return false
  end
end

local TYPE_NAMES = { ["named pipe"] = "a named pipe (FIFO)", socket = "a socket",
  ["char device"] = "a character device", ["block device"] = "a block device" }

--- The reason in an lfs message ("cannot obtain information from file 'x': No such file")
local function reason(msg) return (tostring(msg):match(":%s*([^:]+)$") or tostring(msg)) end

local function join(dir, name)
  return dir:sub(-1) == "/" and dir .. name or dir .. "/" .. name
end

-- The folder a browser saves a web page's scripts, styles, pictures and
-- frames in ("Save page as…, complete"): NAME_files (NAME.files in some
-- Windows versions) beside NAME.html. Its frames would be read as
-- documents of their own, figures of weather widgets and all.
local PAGE_EXTENSIONS = { "html", "htm", "shtml", "xhtml", "mht" }
local function saved_page_of(dir, name)
  local base = name:match("^(.+)[_.]files$")
  if not base then return nil end
  for _, ext in ipairs(PAGE_EXTENSIONS) do
    local page = base .. "." .. ext
    if lfs.attributes(join(dir, page), "mode") == "file" then return page end
  end
  return nil
end

--- Whether path is a regular file (following links), or nil, a message
-- saying what it is instead: opening a FIFO would wait forever.
function M.regular(path)
  local mode = lfs.attributes(path, "mode")
  if mode == nil or mode == "file" then return true end -- a missing file: open says why
  if mode == "directory" then return nil, ("%s: a folder, not a file (name its files)"):format(path) end
  return nil, ("%s: not a file but %s; skipped"):format(path, TYPE_NAMES[mode] or mode)
end

--- Size of a regular file that opens, or nil, reason.
local function openable_size(path, attr)
  local f, err = io.open(path, "rb")
  if not f then return nil, ("cannot open (%s)"):format(reason(err)) end
  f:close()
  return attr.size
end

--- The files under path: { {path =, size =, manifests =}, …,
-- folder = bool, problems = { {path =, why =, skipped = bool}, … } }, or
-- nil, message when path itself cannot be taken. A file named directly is
-- taken whatever its name; in a folder only names matching glob (see
-- M.matcher) are. Symbolic links are followed; a link back to a folder
-- being walked is a loop and is reported. In a folder, manifest.tsv is the
-- manifest of that folder and the ones below it: each file gets manifests,
-- the { path =, dir = } of every manifest.tsv above it, nearest first.
function M.walk(path, glob)
  path = #path > 1 and path:gsub("/+$", "") or path
  if path == "" then path = "/" end
  local attr, aerr = lfs.attributes(path)
  if not attr then
    if lfs.symlinkattributes(path) then
      return nil, ("%s: a symbolic link to nothing (%s)"):format(path, reason(aerr))
    end
    return nil, ("%s: cannot open (%s)"):format(path, reason(aerr))
  end
  if attr.mode == "file" then
    local size, why = openable_size(path, attr)
    if not size then return nil, ("%s: %s"):format(path, why) end
    return { { path = path, size = size }, folder = false, problems = {} }
  end
  if attr.mode ~= "directory" then
    return nil, ("%s: not a file but %s; skipped"):format(path, TYPE_NAMES[attr.mode] or attr.mode)
  end

  local matches = M.matcher(glob)
  local out, problems = { folder = true }, {}
  local walking = {} -- "dev:ino" of the folders on the current path: a link back is a loop
  local walked = {}  -- "dev:ino" of every folder walked: a second link to one is not walked again
  local function problem(p, why, skipped)
    problems[#problems + 1] = { path = p, why = why, skipped = skipped or false }
  end
  local function visit(dir, dir_attr, manifests)
    local id = dir_attr.dev .. ":" .. dir_attr.ino
    if walking[id] then
      problem(dir, ("a symbolic link back to %s, which is being walked (a loop); not walked again"):format(walking[id]), true)
      return
    end
    if walked[id] then
      problem(dir, ("the same folder as %s (through a symbolic link), walked once"):format(walked[id]), true)
      return
    end
    walking[id], walked[id] = dir, dir
    local ok, iter, state = pcall(lfs.dir, dir)
    if not ok then
      problem(dir, ("cannot read the folder (%s)"):format(reason(iter)))
      walking[id] = nil
      return
    end
    local names = {}
    for name in iter, state do
      if name ~= "." and name ~= ".." then names[#names + 1] = name end
    end
    table.sort(names)
    local here = join(dir, "manifest.tsv")
    if lfs.attributes(here) then
      local nearer = { { path = here, dir = dir } }
      for _, m in ipairs(manifests) do nearer[#nearer + 1] = m end
      manifests = nearer
    end
    for _, name in ipairs(names) do
      local p = join(dir, name)
      local a, err = lfs.attributes(p)
      if not a then
        if matches(name) then
          if lfs.symlinkattributes(p) then
            problem(p, ("a symbolic link to nothing (%s)"):format(reason(err)))
          else
            problem(p, ("cannot open (%s)"):format(reason(err)))
          end
        end
      elseif a.mode == "directory" then
        local page = saved_page_of(dir, name)
        if page then
          problem(p, ("the files of the saved web page %s (its scripts, styles, pictures and frames); not walked")
            :format(page), true)
        else
          visit(p, a, manifests)
        end
      elseif matches(name) and p ~= (manifests[1] and manifests[1].path) then
        -- (the folder's manifest is read, never ingested)
        if a.mode == "file" then
          local size, why = openable_size(p, a)
          if size then
            out[#out + 1] = { path = p, size = size, manifests = manifests }
          else
            problem(p, why)
          end
        else
          problem(p, ("not a file but %s"):format(TYPE_NAMES[a.mode] or a.mode), true)
        end
      end
    end
    walking[id] = nil
  end
  visit(path, attr, {})
  table.sort(out, function(a, b) return a.path < b.path end)
  out.problems = problems
  return out
end

return M
