-- make fuzz: rule-pack loading (duixian audit --rules FILE) on any bytes,
-- in the sandbox and under small limits, gives a pack that composes with
-- the default rules, or nil and a message; it never raises. The bytes
-- are written to a file, as a user gives a pack.
local rules = require "duixian.rules"

local path = os.getenv("FUZZ_PACK_FILE") or "build-fuzz/pack-input.lua"
local limits = { instructions = 1000000, memory = 64 }

return function(bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  local ok, pack, msg = pcall(rules.load, path, { limits = limits })
  if not ok then error("rules.load raised: " .. tostring(pack), 0) end
  if pack == nil then
    if type(msg) ~= "string" or msg == "" then error("a refusal without a message", 0) end
    return
  end
  if type(pack) ~= "table" then error("a pack that is not a table", 0) end
  local composed, why = pcall(rules.compose, { pack })
  if not composed then error("rules.compose raised on a pack that loaded: " .. tostring(why), 0) end
end
