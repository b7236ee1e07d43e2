-- make fuzz: the JSON audit reader (duixian report --json FILE) on any
-- bytes gives an audit with a verdicts array, or nil, a message naming the
-- file and an exit code; it never raises.
local report_cli = require "duixian.cli.report"

return function(bytes)
  local ok, audit, msg, code = pcall(report_cli.audit_of_json, bytes, "fuzz/audit.json")
  if not ok then error("audit_of_json raised: " .. tostring(audit), 0) end
  if audit == nil then
    if type(msg) ~= "string" or not msg:find("fuzz/audit.json", 1, true) then
      error("a refusal whose message does not name the file: " .. tostring(msg), 0)
    end
    if math.type(code) ~= "integer" then error("a refusal without an exit code", 0) end
  elseif type(audit) ~= "table" or type(audit.verdicts) ~= "table" then
    error("an audit without a verdicts array", 0)
  end
end
