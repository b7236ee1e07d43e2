-- Shared by the audit specs: build documents and mention records by hand
-- (the fields duixian.scan gives) and run an audit over them.
local audit = require "duixian.audit"

local A = {}

A.docs = {
  { id = 1, file = "plan.txt", published = "2023-02-15", kind = "work_report", region = "云水市" },
  { id = 2, file = "news.txt", published = "2024-01-12", kind = "news", region = "云水市" },
  { id = 3, file = "review.txt", published = "2024-02-10", kind = "work_report", region = "云水市" },
  { id = 4, file = "later.txt", published = "2025-02-12", kind = "work_report", region = "云水市" },
}

local offset = 0
--- A mention record; fields default to an outcome for 2023 in review.txt.
function A.mention(f)
  offset = offset + 10
  local m = { kind = "outcome", period = "2023", region = "云水市", cmp = "=", unit = "%", verb = "增长",
    estimate = false, document_id = 3, start = offset, ["end"] = offset + 3, sentence = f.sentence or "句子。" }
  for k, v in pairs(f) do m[k] = v end
  m.raw = m.raw or tostring(m.value) .. (m.unit == "%" and "%" or m.unit)
  return m
end

function A.target(f)
  f.kind = "target"
  f.document_id = f.document_id or 1
  return A.mention(f)
end

--- The one verdict of an audit over mentions (asserts there is one).
function A.verdict(mentions, rules, docs)
  local a = audit.run{ documents = docs or A.docs, mentions = mentions, rules = rules }
  if #a.verdicts ~= 1 then error(("expected one verdict, got %d"):format(#a.verdicts), 2) end
  return a.verdicts[1], a
end

--- The verdicts of an audit of texts, each scanned as a user's would be
-- with the metadata of the document at the same place of docs.
function A.audit_texts(docs, texts)
  local duixian = require "duixian"
  local ms = {}
  for i, text in ipairs(texts) do
    local d = docs[i]
    for _, m in ipairs(assert(duixian.scan(text, { published = d.published, region = d.region, kind = d.kind }))) do
      m.document_id = d.id
      ms[#ms + 1] = m
    end
  end
  return audit.run{ documents = docs, mentions = ms }.verdicts
end

--- "raw status outcome" of each verdict of a plan and its review, work
-- reports of region published on the dates given (2023-01-12 and 2024-01-10
-- when none), in the order of the targets.
function A.judged(region, plan, review, plan_published, review_published)
  local got = {}
  for _, v in ipairs(A.audit_texts(A.pair(region, plan_published or "2023-01-12", review_published or "2024-01-10"),
      { plan, review })) do
    got[#got + 1] = v.target.raw .. " " .. v.status .. " " .. tostring(v.outcome and v.outcome.raw)
  end
  return got
end

--- A plan and its review a year later, work reports of one region.
function A.pair(region, plan_published, review_published, plan_file, review_file)
  return {
    { id = 1, file = plan_file or "plan.txt", published = plan_published, kind = "work_report", region = region },
    { id = 2, file = review_file or "review.txt", published = review_published, kind = "work_report", region = region },
  }
end

return A
