--- db:mentions and db:documents: the stored rows, filtered, as iterators.
-- Every filter value is a bound parameter; only column names from the
-- fixed lists below are ever written into SQL text.
local common = require "duixian.db.common"

local M = {}

local MENTION_SELECT = [[
SELECT m.id, m.document_id, d.name AS doc, m.start, m."end", m.raw, m.value, m.value_max, m.unit,
  m.cmp, m.subject, m.verb, m.kind, m.period, m.period_start, m.period_end, m.estimate, m.region,
  m.headline, m.page, m.after, m.list_index, m.distributive, m.quoted, COALESCE(s.text, m.sentence) AS sentence,
  COALESCE(s.start, m.sentence_start) AS sentence_start, COALESCE(s."end", m.sentence_end) AS sentence_end, d.published, d.kind AS doc_kind,
  s.heading1, s.heading2, s.heading3, s.para_lead
FROM mentions m JOIN documents d ON d.id = m.document_id LEFT JOIN sentences s ON s.id = m.sentence_id]]

-- filter name -> SQL condition on one bound value
local MENTION_FILTERS = {
  region = "m.region = ?", period = "m.period = ?", kind = "m.kind = ?", unit = "m.unit = ?",
  document_id = "m.document_id = ?", doc_kind = "d.kind = ?", year = "m.period_end = ?",
  subject = "m.subject = ?",
}

local DOCUMENT_COLUMNS = [[id, sha256, path, name, region, published, kind, source, inferred,
  plan_year, review_year, plan_first, plan_last, encoding, bytes, mention_count, ingested_at, superseded_by]]

local DOCUMENT_FILTERS = {
  region = "region = ?", kind = "kind = ?", published = "published = ?", path = "path = ?",
  name = "name = ?", sha256 = "sha256 = ?", id = "id = ?", plan_year = "plan_year = ?",
  review_year = "review_year = ?",
}

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- WHERE clause and parameters from a filter table; unknown keys raise.
local function where(filters, allowed, fname, extra)
  local conds, params = {}, {}
  if extra then conds[1] = extra end
  for _, k in ipairs(sorted_keys(filters)) do
    local v = filters[k]
    if k ~= "all_versions" and k ~= "with_text" then
      local cond = allowed[k]
      if not cond then
        local names = sorted_keys(allowed)
        error(("bad argument #1 to '%s' (unknown filter '%s'; use %s, all_versions)"):format(
          fname, tostring(k), table.concat(names, ", ")), 3)
      end
      if type(v) ~= "string" and type(v) ~= "number" then
        error(("bad argument #1 to '%s' (filter '%s' must be a string or number, got %s)"):format(
          fname, k, type(v)), 3)
      end
      conds[#conds + 1] = cond
      params[#params + 1] = v
    end
  end
  if #conds == 0 then return "", params end
  return " WHERE " .. table.concat(conds, " AND "), params
end

--- The SQL db:mentions runs for filters, and its parameters (for
-- EXPLAIN QUERY PLAN, or to run it another way).
-- @return sql, array of parameters
function M.mentions_sql(_, filters) -- a method: db:mentions_sql(filters)
  filters = filters or {}
  local sql, params = where(filters, MENTION_FILTERS, "mentions",
    not filters.all_versions and "d.superseded_by IS NULL" or nil)
  return MENTION_SELECT .. sql .. " ORDER BY m.document_id, m.start", params
end

--- Iterate over stored mentions. filters: { region, period, kind, unit,
-- subject, year (last year of the period), document_id, doc_kind,
-- all_versions = true to include superseded documents }. Each mention
-- has the fields of duixian.scan's records (doc, start, end, raw, value,
-- value_max, unit, cmp, subject, verb, kind, period, estimate, region,
-- sentence) plus id, document_id, published, doc_kind, period_start,
-- period_end, sentence_start, sentence_end, and the sentence's headings
-- and paragraph topic (heading1, heading2, heading3, para_lead), which the
-- match rules read.
-- @return iterator (for use in a generic for)
function M:mentions(filters)
  common.check_db(self, "mentions")
  common.check_type(filters, 1, "mentions", "table", true)
  local sql, params = self:mentions_sql(filters)
  local stmt, msg = self.conn:cached(sql)
  if not stmt then error(msg, 2) end
  local next_row, s1, s2, closing = stmt:rows(table.unpack(params))
  return function()
    local m = next_row(s1, s2)
    if m then m.estimate, m.headline, m.quoted = m.estimate == 1, m.headline == 1, m.quoted == 1 or nil end
    return m
  end, nil, nil, closing
end

local INDEX_SELECT = [[
SELECT m.document_id, m.start, m."end", m.kind, m.region
FROM mentions m JOIN documents d ON d.id = m.document_id
WHERE d.superseded_by IS NULL ORDER BY m.document_id, m.start]]

--- Iterate over the stored mentions of current documents as light records
-- (document_id, start, end, kind, region: the cached classification), in
-- document order: what the audit groups documents by region with,
-- without reading their sentences.
-- @return iterator (for use in a generic for)
function M:mention_index()
  common.check_db(self, "mention_index")
  local stmt, msg = self.conn:cached(INDEX_SELECT)
  if not stmt then error(msg, 2) end
  return stmt:rows()
end

--- Iterate over stored documents (without their text unless
-- filters.with_text). filters: { region, kind, published, path, name,
-- sha256, id, plan_year, review_year, all_versions }.
function M:documents(filters)
  common.check_db(self, "documents")
  common.check_type(filters, 1, "documents", "table", true)
  filters = filters or {}
  local sql, params = where(filters, DOCUMENT_FILTERS, "documents",
    not filters.all_versions and "superseded_by IS NULL" or nil)
  local columns = DOCUMENT_COLUMNS .. (filters.with_text and ", text" or "")
  local stmt, msg = self.conn:cached("SELECT " .. columns .. " FROM documents" .. sql .. " ORDER BY id")
  if not stmt then error(msg, 2) end
  return stmt:rows(table.unpack(params))
end

--- The decoded text of a stored document, or nil.
function M:text(document_id)
  common.check_db(self, "text")
  local row = self.conn:cached("SELECT text FROM documents WHERE id = ?"):first(document_id)
  return row and row.text
end

return M
