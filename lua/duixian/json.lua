--- A small JSON encoder: UTF-8 passes through, control characters are
-- escaped, integers stay integers, and object keys are written in the
-- order a caller gives (so JSON lines keep a stable column order).
local M = {}

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
for i = 0, 31 do
  local c = string.char(i)
  escapes[c] = escapes[c] or string.format("\\u%04x", i)
end

local function encode_string(s)
  if not s:find('[%c"\\]') then return '"' .. s .. '"' end
  return '"' .. s:gsub('[%c"\\]', escapes) .. '"'
end

--- A JSON string literal for s.
M.quote = encode_string

M.null = setmetatable({}, { __tostring = function() return "null" end })

local encode

local function encode_number(v)
  if math.type(v) == "integer" then return tostring(v) end
  if v ~= v or v == math.huge or v == -math.huge then return "null" end
  if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
  -- The shortest form that reads back as the same double (9.9, not
  -- 9.9000000000000004).
  local s
  for digits = 15, 17 do
    s = string.format("%." .. digits .. "g", v):gsub(",", ".")
    if tonumber(s) == v then break end
  end
  return s
end

--- A JSON number for v (integers stay integers; NaN and infinities are null).
M.number = encode_number

local function is_array(t)
  local n = #t
  if n == 0 then return next(t) == nil and getmetatable(t) == M.array_mt end
  return true
end

M.array_mt = {}
--- Mark an (empty) table as an array so it encodes as [].
function M.array(t) return setmetatable(t or {}, M.array_mt) end

encode = function(v, keys)
  local t = type(v)
  if v == nil or v == M.null then return "null" end
  if t == "string" then return encode_string(v) end
  if t == "number" then return encode_number(v) end
  if t == "boolean" then return tostring(v) end
  if t ~= "table" then error("json: cannot encode a " .. t, 2) end
  local out = {}
  if is_array(v) then
    for i = 1, #v do out[i] = encode(v[i]) end
    return "[" .. table.concat(out, ",") .. "]"
  end
  if keys then
    for _, k in ipairs(keys) do
      out[#out + 1] = encode_string(k) .. ":" .. encode(v[k])
    end
  else
    local names = {}
    for k in pairs(v) do names[#names + 1] = tostring(k) end
    table.sort(names)
    for _, k in ipairs(names) do out[#out + 1] = encode_string(k) .. ":" .. encode(v[k]) end
  end
  return "{" .. table.concat(out, ",") .. "}"
end

--- Encode v; keys, when given, lists an object's fields in order (missing
-- ones are written as null).
function M.encode(v, keys) return encode(v, keys) end

return M
