--- Records kept in a temporary file instead of memory: each is written
-- when it is made, under an order key, and read back one at a time, in key
-- order, through a table that indexes like an array (ipairs, #, [i]). What
-- lets an audit give more verdicts than fit in memory.
--
--   local spill = require "duixian.spill"
--   local s = assert(spill.new())
--   s:add(2, { status = "met" }); s:add(1, { status = "missed" })
--   local list = s:list()   -- list[1].status == "missed", #list == 2
--
-- A record holds strings, numbers, booleans, json.null and tables (an
-- empty json.array stays one); numbers come back exactly, integers as
-- integers. Each read decodes a fresh copy: changes to one are not kept.
local json = require "duixian.json"

local M = {}

local Spill = {}
Spill.__index = Spill

-- Lua source for v (%q writes numbers exactly: floats in hexadecimal).
local function serialize(v, out)
  local t = type(v)
  if t == "string" or t == "number" then
    out[#out + 1] = ("%q"):format(v)
  elseif t == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif v == json.null then
    out[#out + 1] = "N"
  elseif t == "table" then
    out[#out + 1] = getmetatable(v) == json.array_mt and "A{" or "{"
    for k, x in pairs(v) do
      out[#out + 1] = "["
      serialize(k, out)
      out[#out + 1] = "]="
      serialize(x, out)
      out[#out + 1] = ","
    end
    out[#out + 1] = "}"
  else
    error(("bad argument #2 to 'add' (a record cannot hold a %s)"):format(t), 4)
  end
end

-- What a record's source may name: nothing but these.
local ENV = { N = json.null, A = json.array }

-- A temporary file in TMPDIR (as SQLite's temporary files; io.tmpfile
-- always uses /tmp, often a RAM disk), unlinked at once, so nothing is left
-- behind however the run ends.
local function temporary_file()
  local dir = os.getenv("TMPDIR")
  if not dir or dir == "" then return io.tmpfile() end
  local base = dir:gsub("/+$", "") .. "/duixian-spill-"
  for _ = 1, 8 do
    local path = base .. ("%08x%04x"):format(math.random(0, 0x7fffffff), math.random(0, 0xffff))
    local probe = io.open(path, "rb")
    if probe then
      probe:close()
    else
      local f, msg = io.open(path, "w+b")
      if not f then return nil, path .. ": " .. tostring(msg) end
      os.remove(path)
      return f
    end
  end
  return io.tmpfile()
end

-- What stays in memory per record is packed, BLOCK records to a string:
-- its key, its place and length in the file, and each kept field as the
-- number of its value in that field's table of values (the same region or
-- status is kept once). 40 bytes a record for five fields, where arrays of
-- Lua values took some 130: an audit of a million verdicts keeps 40 MB.
local BLOCK = 1024

--- A new, empty spill in a temporary file (removed when it is closed or
-- collected). fields: names of a record's fields also kept in memory (what
-- a pass over every record needs, read without decoding each; see
-- M.fields).
-- @return spill | nil, message
function M.new(fields)
  local f, msg = temporary_file()
  if not f then return nil, "cannot make a temporary file for the audit's verdicts: " .. tostring(msg) end
  fields = fields or {}
  -- per field: value → number, and number → value (0 is nil)
  local codes, values = {}, {}
  for i = 1, #fields do codes[i], values[i] = {}, {} end
  return setmetatable({ file = f, size = 0, n = 0, fields = fields, codes = codes, values = values,
    row = "<i8i8i4" .. ("I4"):rep(#fields), blocks = {}, pending = {} }, Spill)
end

--- Keep record under key (an integer; keys are unique).
-- @return true | nil, message (the disk is full …)
function Spill:add(key, record)
  local out = { "return " }
  serialize(record, out)
  local s = table.concat(out)
  local ok, msg = self.file:write(s)
  if not ok then return nil, "cannot write the audit's verdicts to a temporary file: " .. tostring(msg) end
  local cells = { key, self.size, #s }
  for i, name in ipairs(self.fields) do
    local v, code = record[name], 0
    if v ~= nil then
      local codes = self.codes[i]
      code = codes[v]
      if not code then
        local values = self.values[i]
        code = #values + 1
        values[code], codes[v] = v, code
      end
    end
    cells[3 + i] = code
  end
  local pending = self.pending
  pending[#pending + 1] = self.row:pack(table.unpack(cells, 1, 3 + #self.fields))
  if #pending == BLOCK then
    self.blocks[#self.blocks + 1] = table.concat(pending)
    self.pending = {}
  end
  self.n = self.n + 1
  self.size = self.size + #s
  return true
end

--- The number of records kept.
function Spill:count() return self.n end

--- The records in key order, as a read-only array-like table.
function Spill:list()
  local flushed, why = self.file:flush()
  -- a full disk: an error of the environment, which the CLI reports as such
  if not flushed then error({ io_error = "cannot write the audit's verdicts to a temporary file: " .. tostring(why) }, 0) end
  if #self.pending > 0 then
    self.blocks[#self.blocks + 1] = table.concat(self.pending)
    self.pending = {}
  end
  local blocks, row, width, f = self.blocks, self.row, self.row:packsize(), self.file
  local function cells(j) -- the unpacked row of record j (1-based, in the order added)
    local b = (j - 1) // BLOCK
    return row:unpack(blocks[b + 1], (j - 1 - b * BLOCK) * width + 1)
  end
  local n = self.n
  -- the records by key: sorted through a temporary array of keys, then
  -- kept packed (4 bytes a record)
  local order
  do
    local keys, idx = {}, {}
    for j = 1, n do keys[j] = (cells(j)); idx[j] = j end
    table.sort(idx, function(a, b) return keys[a] < keys[b] end)
    local parts = {}
    for k = 1, n, BLOCK do
      parts[#parts + 1] = ("I4"):rep(math.min(BLOCK, n - k + 1)):pack(table.unpack(idx, k, math.min(n, k + BLOCK - 1)))
    end
    order = table.concat(parts)
  end
  local function at(i) return (("I4"):unpack(order, (i - 1) * 4 + 1)) end
  -- the kept fields, read in key order as a record per index
  local fields, values = self.fields, self.values
  local kept = setmetatable({}, {
    __len = function() return n end,
    __index = function(_, i)
      if math.type(i) ~= "integer" or i < 1 or i > n then return nil end
      local light, c = {}, { cells(at(i)) }
      for k, name in ipairs(fields) do
        local code = c[3 + k]
        if code > 0 then light[name] = values[k][code] end
      end
      return light
    end,
  })
  local last_i, last -- ipairs reads an element once, a renderer often twice in a row
  return setmetatable({}, {
    kept = kept,
    __len = function() return n end,
    __index = function(_, i)
      if math.type(i) ~= "integer" or i < 1 or i > n then return nil end
      if i == last_i then return last end
      local _, offset, length = cells(at(i))
      f:seek("set", offset)
      local source = f:read(length)
      local rec = assert(load(source, "=spill", "t", ENV))()
      last_i, last = i, rec
      return rec
    end,
    __newindex = function() error("the spilled records are read-only", 2) end,
  })
end

--- The records of a list, or of a spill's list the fields kept in memory
-- (spill.new's fields) of each: what a pass that reads only those fields
-- iterates over.
function M.fields(list)
  local mt = getmetatable(list)
  return mt and mt.kept or list
end

return M
