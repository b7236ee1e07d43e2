--- db:save_audit and db:load_audit: an audit run and its verdicts. Each
-- verdict record is kept whole as JSON; its main fields are copied into
-- columns so they can be queried and indexed.
local json = require "duixian.json"
local json_decode = require "duixian.json_decode"
local schema = require "duixian.db.schema"
local common = require "duixian.db.common"

local M = {}

local function insert_verdict_sql()
  local cols, marks = { "audit_id", "seq" }, { "?", "?" }
  for _, c in ipairs(schema.VERDICT_COLUMNS) do
    cols[#cols + 1] = c
    marks[#marks + 1] = "?"
  end
  cols[#cols + 1] = "json"
  marks[#marks + 1] = "?"
  return ("INSERT INTO verdicts (%s) VALUES (%s)"):format(table.concat(cols, ", "), table.concat(marks, ", "))
end

local INSERT_VERDICT = insert_verdict_sql()
local INSERT_AUDIT = [[
INSERT INTO audits (created_at, params, rules, summary, duixian_version) VALUES (?, ?, ?, ?, ?)]]

-- A column value from a verdict field: scalars as they are, json.null as
-- NULL, anything else (a table) only in the json column.
local function column_value(v)
  local t = type(v)
  if t == "string" or t == "number" or t == "boolean" then return v end
  return nil
end

--- Store an audit: { params = {…}, rules = { {name =, sha256 =}, … },
-- verdicts = { record, … }, summary = {…} (optional), created_at
-- (optional, default now) }. Every verdict needs a status.
-- @return audit id | nil, message, code
function M:save_audit(audit)
  common.check_db(self, "save_audit")
  common.check_type(audit, 1, "save_audit", "table")
  local verdicts = audit.verdicts or {}
  common.check_type(verdicts, 1, "save_audit", "table")
  -- (a spilled list, duixian.spill, is checked by the fields it keeps in memory)
  for i, v in ipairs(require("duixian.spill").fields(verdicts)) do
    if type(v) ~= "table" or type(v.status) ~= "string" then
      error(("bad argument #1 to 'save_audit' (verdicts[%d] needs a status string)"):format(i), 2)
    end
  end
  local params = json.encode(audit.params or {})
  local rules = json.encode(json.array(audit.rules or {}))
  -- the summary column also keeps the audit's documents, so that a report
  -- rendered from the database names them as the first rendering did
  local summary_table = {}
  for k, v in pairs(audit.summary or {}) do summary_table[k] = v end
  if audit.documents then summary_table.documents = json.array(audit.documents) end
  local summary = next(summary_table) and json.encode(summary_table) or nil
  local version = require("duixian")._VERSION
  return self:transaction(function()
    local conn = self.conn
    local n, msg, code = conn:cached(INSERT_AUDIT):run(audit.created_at or common.now_utc(), params,
      rules, summary, version)
    if not n then return nil, msg, code end
    local id = conn:last_insert_rowid()
    local insert = conn:cached(INSERT_VERDICT)
    local values = {}
    for i, v in ipairs(verdicts) do
      values[1], values[2] = id, i
      for c, name in ipairs(schema.VERDICT_COLUMNS) do values[c + 2] = column_value(v[name]) end
      local last = #schema.VERDICT_COLUMNS + 3
      values[last] = json.encode(v)
      n, msg, code = insert:run(table.unpack(values, 1, last))
      if not n then return nil, ("verdict %d: %s"):format(i, msg), code end
    end
    return id
  end)
end

local function decode_field(s, what, id)
  if s == nil then return nil end
  local v, msg = json_decode.decode(s)
  if v == nil then
    return nil, ("audit %d: the stored %s is not valid JSON (%s); the database was changed by hand?"):format(
      id, what, msg)
  end
  return v
end

--- The audit stored under id: { id, created_at, params, rules, summary,
-- duixian_version, verdicts = { record, … } } in the order saved, or nil
-- when there is no such audit.
-- @return audit | nil | nil, message, code
function M:load_audit(id)
  common.check_db(self, "load_audit")
  if math.type(id) ~= "integer" then
    error(("bad argument #1 to 'load_audit' (integer expected, got %s)"):format(
      math.type(id) or type(id)), 2)
  end
  local row, msg, code = self.conn:cached("SELECT * FROM audits WHERE id = ?"):first(id)
  if not row then return nil, msg, code end
  local audit = { id = row.id, created_at = row.created_at, duixian_version = row.duixian_version }
  for _, field in ipairs({ "params", "rules", "summary" }) do
    local v, err = decode_field(row[field], field, id)
    if err then return nil, err, 65 end
    audit[field] = v
  end
  if type(audit.summary) == "table" and audit.summary.documents then
    audit.documents = audit.summary.documents
    audit.summary.documents = nil
  end
  audit.verdicts = {}
  local bad
  -- the row iterator raises on a damaged page: that is a message, not a bug
  local ok, raised = pcall(function()
    for v in self.conn:cached("SELECT seq, json FROM verdicts WHERE audit_id = ? ORDER BY seq"):rows(id) do
      local rec, err = decode_field(v.json, "verdict " .. v.seq, id)
      if err then
        bad = err
        return
      end
      audit.verdicts[#audit.verdicts + 1] = rec
    end
  end)
  if bad then return nil, bad, 65 end
  if not ok then
    return nil, ("audit %d cannot be read, the database is damaged (%s); %s"):format(
      id, tostring(raised), common.recovery(self.path)), 65
  end
  return audit
end

return M
