--- The rules in force: the default pack (lua/duixian/rules/*.lua), with
-- overrides by name from rule packs.
local M = {}

local default

--- The default rules: classify(m, doc, state) and the named sub-rules of
-- duixian.rules.classify.
function M.default()
  if not default then
    local classify = require "duixian.rules.classify"
    default = setmetatable({ classify = classify.classify }, { __index = classify })
  end
  return default
end

return M
