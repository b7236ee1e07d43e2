--- What each overridable rule must return, checked when a pack's rule
-- returns (duixian.rules.sandbox turns a mismatch into exit 65 naming the
-- pack, the rule and this expectation, instead of a crash further on).
--
-- M.for_rule(section, name) -> validator | nil. A validator takes the
-- rule's results and returns true, or false, what was expected, what came.
local M = {}

local describe_value = require("duixian.rules.sandbox").describe_value

local statuses
local function is_status(s)
  if not statuses then
    statuses = {}
    for _, v in ipairs(require("duixian.audit").STATUSES) do statuses[v] = true end
  end
  return statuses[s] == true
end

-- (a string no longer than M.MAX_FIELD, defined below)
local function is(t) return function(v) return type(v) == t and (t ~= "string" or #v <= M.MAX_FIELD) end end
local function opt(t) local check = is(t) return function(v) return v == nil or check(v) end end
local function one_of(set) return function(v) return set[v] == true end end

-- one check per returned value, in order; a value with no check is free
local function returning(expected, ...)
  local checks = table.pack(...)
  return function(...)
    for i = 1, checks.n do
      local v = select(i, ...)
      if not checks[i](v) then
        return false, expected, ("%s as value %d"):format(describe_value(v), i)
      end
    end
    return true
  end
end

-- The fields of a mention and of a prepared item that the audit and the
-- reports read, with what each must be ("?" after a type: or nil).
local MENTION_FIELDS = { { "start", "integer" }, { "end", "integer" }, { "value", "number?" },
  { "value_max", "number?" }, { "raw", "string?" }, { "unit", "string?" }, { "cmp", "string?" },
  { "sentence", "string?" }, { "subject", "string?" }, { "period", "string?" }, { "region", "string?" },
  { "headline", "boolean?" }, { "estimate", "boolean?" } }
local ITEM_FIELDS = { { "m", "table" }, { "doc", "table" }, { "first", "integer?" }, { "last", "integer?" },
  { "subject", "string?" }, { "alias", "string?" }, { "indicator", "table?" }, { "date", "number?" },
  { "measure", "string?" }, { "sign", "number?" }, { "topic", "string?" } }

-- The longest string a rule may return in a field the audit keeps (a
-- quote, a subject), and as a verdict's reason: what a pack returns is
-- copied into every report and the audit's temporary files, so its size
-- is bounded as memory is.
M.MAX_FIELD = 1024 * 1024
M.MAX_REASON = 10000

local function fits(v, want)
  local optional = want:sub(-1) == "?"
  if v == nil then return optional end
  local t = optional and want:sub(1, -2) or want
  if t == "integer" then return math.type(v) == "integer" or (math.type(v) == "float" and math.tointeger(v) ~= nil) end
  if t == "string" then return type(v) == "string" and #v <= M.MAX_FIELD end
  return type(v) == t
end

-- The first field of t (named prefix .. field) that does not fit, as
-- what was expected and what came; nil when all fit.
local function misfit(t, fields, prefix)
  for _, f in ipairs(fields) do
    local name, want = f[1], f[2]
    if not fits(t[name], want) then
      local kind = want:gsub("%?$", "")
      local a = (kind:find("^[aeiou]") and "an " or "a ") .. kind
      if kind == "string" then a = ("a string (at most %d MB)"):format(M.MAX_FIELD // (1024 * 1024)) end
      return ("%s%s to be %s"):format(prefix, name, want:sub(-1) == "?" and a .. " or nil" or a),
        ("%s as %s%s"):format(describe_value(t[name]), prefix, name)
    end
  end
  return nil
end

local ITEM_SHAPE = "an item table { m = mention, doc, indicator, subject, first, last, … }"

-- What is wrong with a prepared item (prefix: where it sits): what was
-- expected ("" for the item itself) and what came, or nil.
local function item_misfit(item, prefix)
  if type(item) ~= "table" or type(item.m) ~= "table" then
    return "", describe_value(item) .. (prefix == "" and "" or " as " .. prefix:sub(1, -2))
  end
  local want, got = misfit(item, ITEM_FIELDS, prefix)
  if not want then want, got = misfit(item.m, MENTION_FIELDS, prefix .. "m.") end
  if not want and item.indicator and type(item.indicator.id) ~= "string" then
    want, got = prefix .. "indicator.id to be a string", describe_value(item.indicator.id) .. " as " .. prefix .. "indicator.id"
  end
  return want, got
end

local CANDIDATE_FIELDS = { { "relation", "string?" }, { "rank_reason", "string?" }, { "matched_by", "string?" },
  { "why_not", "string?" }, { "similarity", "number?" } }

-- A list of candidates { item = prepared outcome, relation, comparable, … }.
local function candidate_list(what)
  return function(list)
    if type(list) ~= "table" then return false, what .. " (a table)", nil end
    for i, c in ipairs(list) do
      local at = ("[%d]."):format(i)
      local want, got
      if type(c) ~= "table" then
        want, got = "candidate tables", describe_value(c) .. " as [" .. i .. "]"
      else
        want, got = misfit(c, CANDIDATE_FIELDS, at)
        if not want then
          want, got = item_misfit(c.item, at .. "item.")
          if want == "" then want = at .. "item to be " .. ITEM_SHAPE end
        end
      end
      if want then return false, ("%s with %s"):format(what, want), got end
    end
    return true
  end
end

local STATUS_LIST = "met, missed, not_reported, conflicting, not_comparable or pending"

-- A judge rule in judge.order: nothing (undecided), or a status and a reason.
local judge_rule = function(status, reason)
  if status == nil then return true end
  if not is_status(status) then
    return false, "nil (undecided), or a status (" .. STATUS_LIST .. ") and a reason string",
      describe_value(status)
  end
  if type(reason) ~= "string" or #reason > M.MAX_REASON then
    return false, ("a reason string of at most %d bytes after the status"):format(M.MAX_REASON),
      (type(reason) == "string" and ("a string of %d bytes"):format(#reason) or describe_value(reason)) .. " as the reason"
  end
  return true
end

local judge = {
  verdict = function(status, reason, rule)
    if not is_status(status) or type(reason) ~= "string" or type(rule) ~= "string" or #reason > M.MAX_REASON
        or #rule > 200 then
      return false, "status (" .. STATUS_LIST .. ("), reason string (at most %d bytes), rule name string (at most 200)"):format(
        M.MAX_REASON),
        ("%s, %s, %s"):format(describe_value(status), describe_value(reason), describe_value(rule))
    end
    return true
  end,
  direction = returning('"floor" or "cap"', one_of({ floor = true, cap = true })),
  tolerance = returning("a number", is("number")),
  margin = returning("nil or a number, then nil or a number", opt("number"), opt("number")),
  num = returning("a string", is("string")),
  with_unit = returning("a string", is("string")),
}

local match = {
  span = returning("first and last year as integers, or nil", opt("number"), opt("number")),
  date_key = returning("an integer date key or nil", opt("number")),
  resolve = returning("indicator entry (table or nil), alias and subject (strings or nil)",
    opt("table"), opt("string"), opt("string")),
  key = returning("a string", is("string")),
  prepare = function(item)
    local want, got = item_misfit(item, "")
    if want then return false, ITEM_SHAPE .. (want ~= "" and " with " .. want or ""), got end
    return true
  end,
  same_indicator = returning('nil, "catalogue" or "similarity"', opt("string")),
  period_relation = returning('nil, "answer" or "progress"', opt("string")),
  candidates = candidate_list("a list of candidates"),
  rank = candidate_list("the ranked list of candidates"),
  stated_cmp = returning("a comparison string (>=, >, <=, <, =, ~, range)", is("string")),
  similarity_threshold = nil,
  thing_threshold = nil,
  other_head_weight = nil,
  named_programme = nil,
  topic_cover = nil,
  similar_scale = nil,
  name_share = nil,
  same_scale = returning("a boolean", is("boolean")),
  authority = returning("a number", is("number")),
  of_year_part = returning("a boolean", is("boolean")),
  is_basis_only = returning("a boolean", is("boolean")),
  is_average = returning("a boolean", is("boolean")),
  thing_of = returning("a table { phrase, bigrams, n, names }", is("table")),
  thing_similarity = returning("a number from 0 to 1", is("number")),
}

local KINDS = { target = true, outcome = true, other = true }
local classify = {
  kind_and_period = returning('kind ("target", "outcome" or "other"), then a period string or nil',
    one_of(KINDS), opt("string")),
  estimate_of = returning("a boolean", is("boolean")),
  reports_only = returning("a boolean", is("boolean")),
  year_part = returning("first and last month as integers, or nil", opt("number"), opt("number")),
  year_part_past = returning("a year as an integer, or nil", opt("number")),
  starts_at_point = returning("a boolean", is("boolean")),
  before_plan = returning("a boolean", is("boolean")),
  document_level = returning("a level as an integer (0 nation to 3 county), or nil", opt("number")),
  self_level = returning("a level as an integer (0 nation to 3 county), or nil", opt("number")),
  region_of = returning("a region name string or nil", opt("string")),
  heading_span = returning("first and last year as integers, or nil", opt("number"), opt("number")),
  read_heading_span = returning("first and last year as integers, or nil", opt("number"), opt("number")),
  read_time_cue = returning("first and last year as integers, or nil", opt("number"), opt("number")),
  classify = function(m)
    if type(m) ~= "table" then return false, "the mention table", nil end
    local want, got
    if not KINDS[m.kind] then
      want, got = 'kind to be "target", "outcome" or "other"', describe_value(m.kind) .. " as kind"
    else
      want, got = misfit(m, MENTION_FIELDS, "")
    end
    if want then return false, "the mention table with " .. want, got end
    return true
  end,
}

local sections = { judge = judge, match = match, classify = classify }

--- The validator for rule `name` of `section` (nil when any result goes).
-- In judge, a function that is not one of the helpers above is a rule of
-- judge.order: nil, or a status and a reason.
function M.for_rule(section, name)
  local t = sections[section]
  if not t then return nil end
  local v = t[name]
  if v then return v end
  if section == "judge" then return judge_rule end
  return nil
end

return M
