--- A strict JSON decoder, the inverse of duixian.json's encoder: integers
-- stay integers, \u escapes (with surrogate pairs) become UTF-8, an empty
-- array comes back marked with json.array so it encodes as [] again, null
-- inside an array is json.null and null in an object leaves the field out.
--
--   local decode = require("duixian.json_decode").decode
--   local v, msg, offset = decode('{"a":[1,2.5,"x"]}')
local json = require "duixian.json"

local M = {}

local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n",
  r = "\r", t = "\t" }

local decode_value

local function fail(s, pos, what)
  error({ msg = ("invalid JSON at byte %d: %s"):format(pos, what), pos = pos }, 0)
end

local function skip(s, pos)
  return s:find("[^ \t\r\n]", pos) or #s + 1
end

local function decode_string(s, pos)
  -- pos is at the opening quote
  local out, i = {}, pos + 1
  while true do
    local j = s:find('["\\%c]', i)
    if not j then fail(s, pos, "unterminated string") end
    out[#out + 1] = s:sub(i, j - 1)
    local c = s:sub(j, j)
    if c == '"' then return table.concat(out), j + 1 end
    if c ~= "\\" then fail(s, j, "control character in a string") end
    local e = s:sub(j + 1, j + 1)
    if e == "u" then
      local hex = s:match("^%x%x%x%x", j + 2)
      if not hex then fail(s, j, "bad \\u escape") end
      local cp = tonumber(hex, 16)
      local next_at = j + 6
      if cp >= 0xD800 and cp <= 0xDBFF then
        local lo = s:match("^\\u(%x%x%x%x)", next_at)
        lo = lo and tonumber(lo, 16)
        if not lo or lo < 0xDC00 or lo > 0xDFFF then fail(s, j, "lone surrogate in \\u escape") end
        cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
        next_at = next_at + 6
      elseif cp >= 0xDC00 and cp <= 0xDFFF then
        fail(s, j, "lone surrogate in \\u escape")
      end
      out[#out + 1] = utf8.char(cp)
      i = next_at
    else
      local r = escapes[e]
      if not r then fail(s, j, "unknown escape \\" .. e) end
      out[#out + 1] = r
      i = j + 2
    end
  end
end

-- -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? read step by step (patterns have no |).
local function decode_number(s, pos)
  local i = pos
  if s:sub(i, i) == "-" then i = i + 1 end
  local int = s:match("^0", i) or s:match("^[1-9]%d*", i)
  if not int then fail(s, pos, "bad number") end
  i = i + #int
  local frac = s:match("^%.%d+", i)
  if frac then i = i + #frac elseif s:sub(i, i) == "." then fail(s, i, "bad number") end
  local exp = s:match("^[eE][-+]?%d+", i)
  if exp then i = i + #exp elseif s:match("^[eE]", i) then fail(s, i, "bad number") end
  local text = s:sub(pos, i - 1)
  local v
  if frac or exp then v = tonumber(text) else v = math.tointeger(tonumber(text)) or tonumber(text) end
  return v, i
end

local function decode_array(s, pos)
  local out, n = json.array({}), 0
  pos = skip(s, pos + 1)
  if s:sub(pos, pos) == "]" then return out, pos + 1 end
  while true do
    local v
    v, pos = decode_value(s, pos)
    n = n + 1
    if v == nil then v = json.null end
    out[n] = v
    pos = skip(s, pos)
    local c = s:sub(pos, pos)
    if c == "]" then
      if n > 0 then setmetatable(out, nil) end
      return out, pos + 1
    end
    if c ~= "," then fail(s, pos, "',' or ']' expected") end
    pos = skip(s, pos + 1)
  end
end

local function decode_object(s, pos)
  local out = {}
  pos = skip(s, pos + 1)
  if s:sub(pos, pos) == "}" then return out, pos + 1 end
  while true do
    if s:sub(pos, pos) ~= '"' then fail(s, pos, "a string key expected") end
    local k
    k, pos = decode_string(s, pos)
    pos = skip(s, pos)
    if s:sub(pos, pos) ~= ":" then fail(s, pos, "':' expected") end
    local v
    v, pos = decode_value(s, skip(s, pos + 1))
    out[k] = v
    pos = skip(s, pos)
    local c = s:sub(pos, pos)
    if c == "}" then return out, pos + 1 end
    if c ~= "," then fail(s, pos, "',' or '}' expected") end
    pos = skip(s, pos + 1)
  end
end

decode_value = function(s, pos)
  pos = skip(s, pos)
  local c = s:sub(pos, pos)
  if c == "{" then return decode_object(s, pos) end
  if c == "[" then return decode_array(s, pos) end
  if c == '"' then return decode_string(s, pos) end
  if c == "-" or c:match("%d") then return decode_number(s, pos) end
  if s:sub(pos, pos + 3) == "true" then return true, pos + 4 end
  if s:sub(pos, pos + 4) == "false" then return false, pos + 5 end
  if s:sub(pos, pos + 3) == "null" then return nil, pos + 4 end
  if c == "" then fail(s, pos, "unexpected end of text") end
  fail(s, pos, "unexpected character '" .. c .. "'")
end

--- Decode one JSON value from s.
-- @return value | nil, message, byte_offset (a top-level null is json.null)
function M.decode(s)
  if type(s) ~= "string" then
    error(("bad argument #1 to 'decode' (string expected, got %s)"):format(type(s)), 2)
  end
  local ok, v, pos = pcall(decode_value, s, 1)
  if not ok then
    if type(v) == "table" then return nil, v.msg, v.pos end
    error(v, 0)
  end
  pos = skip(s, pos)
  if pos <= #s then return nil, ("invalid JSON at byte %d: text after the value"):format(pos), pos end
  if v == nil then return json.null end
  return v
end

return M
