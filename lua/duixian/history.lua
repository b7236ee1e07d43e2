--- The history of verdicts across stored audits: what changed between two
-- audits and why, and each promise's status over every audit.
--
--   local changes = history.diff(audit_a, audit_b)
--   for _, c in ipairs(changes) do print(c.change, c.from, c.to, c.why) end
--   local promises = history.timeline({ audit1, audit2, … })
local model = require "duixian.report.model"
local json = require "duixian.json"
local corrections = require "duixian.corrections"

local M = {}

--- A promise's identity across audits: its region, period, what it is
-- about and the target as written (the same promise keeps them when its
-- document is re-ingested, even edited elsewhere).
function M.key(v)
  local t = v.target or {}
  return table.concat({ v.region or "", v.period or "", v.indicator or v.subject or "", t.raw or "" }, "\0")
end

-- Verdicts by key; a second verdict with the same key gets "#2" …
local function by_key(audit)
  local out, order = {}, {}
  for _, v in ipairs(audit.verdicts or {}) do
    local k, n = M.key(v), 1
    while out[k .. (n > 1 and ("#" .. n) or "")] do n = n + 1 end
    k = k .. (n > 1 and ("#" .. n) or "")
    out[k] = v
    order[#order + 1] = k
  end
  return out, order
end

local function side_key(s)
  if not s then return "" end
  return ("%s:%s-%s"):format(tostring(s.doc), tostring(s.start), tostring(s["end"]))
end

local function documents(audit)
  local set = {}
  for _, d in ipairs(audit.documents or {}) do
    if d.sha256 then set[d.sha256] = true end
    if d.file then set[d.file] = true end
  end
  return set
end

local function reviewed_text(v)
  return model.decided_text(v, true)
end

-- The correction stored between audits A and B on the target of verdict
-- a (the audits record the last correction they saw; an older audit, by
-- date), from the list db:corrections{ all = true } gives; else nil.
local function decided_between(A, B, a, list)
  local t = a.target or {}
  if not (list and t.sha256) then return nil end
  local from, to = (A.params or {}).corrections_upto, (B.params or {}).corrections_upto
  local found
  for _, c in ipairs(list) do
    if c.sha256 == t.sha256 and c.start == t.start and c["end"] == t["end"]
        and (from and c.id > from or (not from and (c.decided_at or "") > (A.created_at or "")))
        and (not to or c.id <= to) then
      found = c
    end
  end
  return found
end

-- Why verdict a (in audit A) became b (in audit B); either may be nil.
local function why(A, B, a, b, docs_a, list)
  local v = b or a
  local c = not b and decided_between(A, B, a, list)
  if c then
    return "review", ("review%s (%s)%s"):format(c.reviewer and (" by " .. c.reviewer) or "",
      corrections.done_text(c), c.note and (": " .. c.note) or "")
  end
  if b and b.decided_by == "review" and (not a or a.decided_by ~= "review" or a.decision ~= b.decision
      or a.note ~= b.note or side_key(a.outcome) ~= side_key(b.outcome)) then
    return "review", reviewed_text(b)
  end
  if a and a.decided_by == "review" and not (b and b.decided_by == "review") then
    return "review", "the review no longer applies (its document changed, or it was withdrawn)"
  end
  for _, s in ipairs({ v.target, b and b.outcome or false }) do
    -- a quote's sha256 names the version; older audits have only the file
    if s and not docs_a[s.sha256 or s.doc or ""] then
      return "document", (docs_a[s.doc or ""] and "new version of " or "new document ") .. tostring(s.doc)
    end
  end
  if not b then
    for _, d in ipairs(A.documents or {}) do
      if d.file == a.target.doc and not documents(B)[d.sha256 or d.file] then
        return "document", "document " .. tostring(d.file) .. " changed or was removed"
      end
    end
  end
  if json.encode(json.array(A.rules or {})) ~= json.encode(json.array(B.rules or {}))
      or A.duixian_version ~= B.duixian_version
      or (A.params or {}).duixian ~= (B.params or {}).duixian then
    return "rules", "rule change"
  end
  return "evidence", "the evidence changed (documents ingested or re-read)"
end

--- What changed from audit A to audit B: { change = "new" | "gone" |
-- "status" | "evidence", key, region, period, indicator, target, from,
-- to, cause ("review" | "document" | "rules" | "evidence"), why,
-- verdict } in B's order, then the gone ones in A's. "evidence": the same
-- status on another outcome or by another decider. corrections
-- (optional, db:corrections{ all = true }) name the review that removed a
-- target (dropped, or fixed into another kind, period or region).
function M.diff(A, B, corrections_list)
  local in_a, order_a = by_key(A)
  local in_b, order_b = by_key(B)
  local docs_a = documents(A)
  local out = {}
  local function add(change, k, a, b)
    local v = b or a
    local cause, reason = why(A, B, a, b, docs_a, corrections_list)
    out[#out + 1] = { change = change, key = k, region = v.region, period = v.period,
      indicator = model.indicator_text(v), target = v.target and v.target.raw, from = a and a.status,
      to = b and b.status, cause = cause, why = reason, verdict = v }
  end
  for _, k in ipairs(order_b) do
    local a, b = in_a[k], in_b[k]
    if not a then
      add("new", k, nil, b)
    elseif a.status ~= b.status then
      add("status", k, a, b)
    elseif side_key(a.outcome) ~= side_key(b.outcome) or (a.decided_by or "rules") ~= (b.decided_by or "rules")
        or a.note ~= b.note then
      add("evidence", k, a, b)
    end
  end
  for _, k in ipairs(order_a) do
    if not in_b[k] then add("gone", k, in_a[k], nil) end
  end
  return out
end

--- Each promise's statuses across audits (in the order given): { key,
-- region, period, indicator, target, steps = { { audit, created_at,
-- status, reviewed, reviewer, note, outcome (as written), outcome_doc,
-- outcome_start, outcome_end } … } } in the order promises first appear.
function M.timeline(audits)
  local promises, index = {}, {}
  for _, A in ipairs(audits) do
    local got, order = by_key(A)
    for _, k in ipairs(order) do
      local v = got[k]
      local p = index[k]
      if not p then
        p = { key = k, region = v.region, period = v.period, indicator = model.indicator_text(v),
          target = v.target and v.target.raw, steps = {} }
        index[k] = p
        promises[#promises + 1] = p
      end
      local o = v.outcome
      p.steps[#p.steps + 1] = { audit = A.id, created_at = A.created_at, status = v.status,
        reviewed = v.decided_by == "review", reviewer = v.reviewer, note = v.note,
        outcome = o and model.side_text(o) or nil, outcome_doc = o and o.doc or nil,
        outcome_start = o and o.start or nil, outcome_end = o and o["end"] or nil }
    end
  end
  return promises
end

--- When each audit of a timeline was made, as one line: "#1
-- 2026-11-30T11:31:03Z · #2 …" (the dates the steps' numbers stand for).
function M.dates_text(promises)
  local at, ids = {}, {}
  for _, p in ipairs(promises) do
    for _, s in ipairs(p.steps) do
      if s.audit and not at[s.audit] then
        at[s.audit] = s.created_at or "undated"
        ids[#ids + 1] = s.audit
      end
    end
  end
  table.sort(ids)
  local out = {}
  for i, id in ipairs(ids) do out[i] = ("#%d %s"):format(id, at[id]) end
  return "audits: " .. table.concat(out, " · ")
end

-- The evidence of a step: the outcome as written and its document (not
-- its offsets, which a new version of the document moves).
local function evidence(s)
  return ("%s\0%s"):format(tostring(s.outcome_doc), tostring(s.outcome))
end

--- A promise's steps as one line: runs of the same status on the same
-- evidence joined, each with the outcome it rests on, e.g. "#1–#3 met
-- (5.8%) → #4 missed (5.2%, review)"; an audit the promise is absent
-- from breaks a run.
function M.steps_text(steps)
  local out, i = {}, 1
  while i <= #steps do
    local s, j = steps[i], i
    while steps[j + 1] and steps[j + 1].status == s.status and steps[j + 1].reviewed == s.reviewed
        and evidence(steps[j + 1]) == evidence(s) and steps[j + 1].audit == steps[j].audit + 1 do
      j = j + 1
    end
    local ids = j > i and ("#%d–#%d"):format(s.audit, steps[j].audit) or ("#%d"):format(s.audit)
    local said = {}
    if s.outcome then said[#said + 1] = s.outcome end
    if s.reviewed then said[#said + 1] = "review" end
    out[#out + 1] = ("%s %s%s"):format(ids, model.LABEL[s.status] or s.status,
      #said > 0 and (" (" .. table.concat(said, ", ") .. ")") or "")
    i = j + 1
  end
  return table.concat(out, " → ")
end

return M
