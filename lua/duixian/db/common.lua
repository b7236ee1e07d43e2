--- What the parts of duixian.db share: the db metatable and the checks
-- every method makes of its arguments.
local M = {}

--- The metatable of db objects; duixian.db and its parts add methods to it.
M.DB = {}
M.DB.__index = M.DB
M.DB.__name = "duixian db"

--- Raise the standard "bad argument" error for the caller of a method.
function M.argerror(n, fname, msg)
  error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), 3)
end

--- Methods are called on an open db: the same words as Lua's own
-- "calling 'f' on bad self".
function M.check_db(self, fname)
  if getmetatable(self) ~= M.DB then
    error(("calling '%s' on bad self (duixian db expected, got %s)"):format(fname, type(self)), 3)
  end
  if not self.conn:isopen() then
    error(("calling '%s' on bad self (the database is closed)"):format(fname), 3)
  end
end

function M.check_type(v, n, fname, want, optional)
  if (v == nil and optional) or type(v) == want then return end
  error(("bad argument #%d to '%s' (%s expected, got %s)"):format(n, fname, want, type(v)), 3)
end

--- How to save what a damaged database still holds.
function M.recovery(path)
  return ("recover what can be recovered into a new file: sqlite3 %s .recover | sqlite3 recovered.sqlite"):format(path)
end

--- First and last year of a period: "2022" or "2017-2021", for the
-- period_start and period_end columns (remembered: a document has few
-- distinct periods and many mentions).
local period_cache = {}
function M.period_years(period)
  if period == nil then return nil, nil end
  local known = period_cache[period]
  if known then return known[1], known[2] end
  local a, b = tostring(period):match("^(%d%d%d%d)%-(%d%d%d%d)$")
  if not a then
    a = tostring(period):match("^(%d%d%d%d)$")
    b = a
  end
  known = { tonumber(a), tonumber(b) }
  period_cache[period] = known
  return known[1], known[2]
end

function M.now_utc() return os.date("!%Y-%m-%dT%H:%M:%SZ") end

return M
