--- A strict JSON decoder (RFC 8259), the counterpart of duixian.json: reads
-- what `duixian report --format json` writes back into Lua tables.
-- null is nil inside objects (the key is absent) and duixian.json.null
-- inside arrays (so positions keep their place); integers stay integers.
local json = require "duixian.json"

local M = {}

local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n",
  r = "\r", t = "\t" }

local function fail(msg, pos) error({ msg = msg, pos = pos }, 0) end

local function skip(s, i)
  return s:match("^[ \t\r\n]*()", i)
end

local decode_value

local function decode_string(s, i)
  -- i is at the opening quote
  local parts, j = {}, i + 1
  while true do
    local k = s:find('["\\%c]', j)
    if not k then fail("unterminated string", i) end
    parts[#parts + 1] = s:sub(j, k - 1)
    local c = s:sub(k, k)
    if c == '"' then return table.concat(parts), k + 1 end
    if c ~= "\\" then fail("control character in a string", k) end
    local e = s:sub(k + 1, k + 1)
    if escapes[e] then
      parts[#parts + 1] = escapes[e]
      j = k + 2
    elseif e == "u" then
      local hex = s:match("^%x%x%x%x", k + 2)
      if not hex then fail("bad \\u escape", k) end
      local cp = tonumber(hex, 16)
      j = k + 6
      if cp >= 0xD800 and cp <= 0xDBFF then
        local low = s:match("^\\u(%x%x%x%x)", j)
        local lo = low and tonumber(low, 16)
        if not lo or lo < 0xDC00 or lo > 0xDFFF then fail("lone surrogate in \\u escape", k) end
        cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
        j = j + 6
      elseif cp >= 0xDC00 and cp <= 0xDFFF then
        fail("lone surrogate in \\u escape", k)
      end
      parts[#parts + 1] = utf8.char(cp)
    else
      fail("bad escape '\\" .. e .. "'", k)
    end
  end
end

local function decode_number(s, i)
  -- -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, step by step
  local j = s:match("^-?()", i)
  local int_end = s:match("^0()", j) or s:match("^[1-9]%d*()", j)
  if not int_end then fail("bad number", i) end
  j = int_end
  local frac = s:match("^%.%d+()", j)
  if s:sub(j, j) == "." and not frac then fail("bad number", i) end
  j = frac or j
  local exp = s:match("^[eE][-+]?%d+()", j)
  if s:match("^[eE]", j) and not exp then fail("bad number", i) end
  j = exp or j
  local text = s:sub(i, j - 1)
  local v = tonumber(text)
  if frac or exp then v = v + 0.0 else v = math.tointeger(v) or v end
  return v, j
end

local function decode_array(s, i, depth)
  local out, n = {}, 0
  i = skip(s, i + 1)
  if s:sub(i, i) == "]" then return json.array(out), i + 1 end
  while true do
    local v
    v, i = decode_value(s, i, depth + 1)
    n = n + 1
    if v == nil then v = json.null end
    out[n] = v
    i = skip(s, i)
    local c = s:sub(i, i)
    if c == "]" then return out, i + 1 end
    if c ~= "," then fail("expected ',' or ']' in an array", i) end
    i = skip(s, i + 1)
  end
end

local function decode_object(s, i, depth)
  local out = {}
  i = skip(s, i + 1)
  if s:sub(i, i) == "}" then return out, i + 1 end
  while true do
    if s:sub(i, i) ~= '"' then fail("expected a string key", i) end
    local k
    k, i = decode_string(s, i)
    i = skip(s, i)
    if s:sub(i, i) ~= ":" then fail("expected ':' after a key", i) end
    local v
    v, i = decode_value(s, skip(s, i + 1), depth + 1)
    out[k] = v
    i = skip(s, i)
    local c = s:sub(i, i)
    if c == "}" then return out, i + 1 end
    if c ~= "," then fail("expected ',' or '}' in an object", i) end
    i = skip(s, i + 1)
  end
end

decode_value = function(s, i, depth)
  if depth > 200 then fail("nested too deeply", i) end
  local c = s:sub(i, i)
  if c == "{" then return decode_object(s, i, depth) end
  if c == "[" then return decode_array(s, i, depth) end
  if c == '"' then return decode_string(s, i) end
  if c == "-" or c:match("%d") then return decode_number(s, i) end
  if s:sub(i, i + 3) == "true" then return true, i + 4 end
  if s:sub(i, i + 4) == "false" then return false, i + 5 end
  if s:sub(i, i + 3) == "null" then return nil, i + 4 end
  if c == "" then fail("unexpected end of input", i) end
  fail("unexpected character '" .. c .. "'", i)
end

--- Decode the JSON text s. Returns the value, or nil, message, byte offset
-- (1-based) when s is not JSON. Raises when s is not a string.
function M.decode(s)
  if type(s) ~= "string" then
    error(("bad argument #1 to 'decode' (string expected, got %s)"):format(type(s)), 2)
  end
  local start = skip(s, 1)
  if s:sub(start, start + 2) == "\239\187\191" then start = skip(s, start + 3) end
  local ok, v, i = pcall(decode_value, s, start, 0)
  if not ok then
    if type(v) == "table" then return nil, v.msg .. " at byte " .. v.pos, v.pos end
    error(v, 0)
  end
  i = skip(s, i)
  if i <= #s then return nil, "trailing characters at byte " .. i, i end
  return v
end

return M
