--- What the scanner saw, as stored: a sentence's cues in one compact text
-- column, and mention records rebuilt from their rows so that the rules
-- can classify them again without reading the document's text.
local M = {}

local FIELD, RECORD = "\31", "\30" -- ASCII unit and record separators

--- Cues ({ word, class, pos, year, year_to, horizon, outer, before, after, stated } …)
-- as one string (before and after: the characters around a time word), nil
-- for none: written in C (csrc/cues.c), once for every sentence an ingest
-- stores; the fields are FIELD- and the cues RECORD-separated.
M.encode_cues = require("duixian.core").encode_cues

--- The cues M.encode_cues wrote (an empty list for nil).
function M.decode_cues(s)
  local cues = {}
  if not s or s == "" then return cues end
  for rec in (s .. RECORD):gmatch("(.-)" .. RECORD) do
    local word, class, pos, year, year_to, horizon =
      rec:match("^(.-)" .. FIELD .. "(.-)" .. FIELD .. "(.-)" .. FIELD .. "(.-)" .. FIELD .. "(.-)" .. FIELD .. "(.*)$")
    -- a seventh field, outer (absent from cues stored before it): said in a
    -- section around the one the sentence stands in; an eighth, before: the
    -- character before a time word
    local outer = horizon and horizon:match(FIELD .. "(.*)$")
    if outer then horizon = horizon:sub(1, #horizon - #outer - #FIELD) end
    local before = outer and outer:match(FIELD .. "(.*)$")
    if before then outer = outer:sub(1, #outer - #before - #FIELD) end
    -- a ninth, after: the character after it
    local after = before and before:match(FIELD .. "(.*)$")
    if after then before = before:sub(1, #before - #after - #FIELD) end
    -- a tenth, stated: the clause the cue opens states a figure
    local stated = after and after:match(FIELD .. "(.*)$")
    if stated then after = after:sub(1, #after - #stated - #FIELD) end
    if word then
      local q = { word = word, class = class, pos = tonumber(pos), outer = outer == "1" or nil,
        before = before ~= "" and before or nil, after = after ~= "" and after or nil,
        stated = stated == "1" or nil }
      if year ~= "" then
        q.year, q.year_to, q.horizon = tonumber(year), tonumber(year_to), horizon == "1"
      end
      cues[#cues + 1] = q
    end
  end
  return cues
end

--- The sentence record the rules read (m.context), from a sentences row.
function M.sentence(row)
  local cues = M.decode_cues(row.cues)
  local para_cues = row.para_cues and M.decode_cues(row.para_cues) or nil
  local section_cues = row.section_cues and M.decode_cues(row.section_cues) or nil
  return { index = row.seq, start = row.start, ["end"] = row["end"], text = row.text, norm = row.norm,
    level = row.level, para = row.para, heading1 = row.heading1, heading2 = row.heading2,
    heading3 = row.heading3, cues = cues, para_cues = para_cues,
    section_cues = section_cues, para_lead = row.para_lead }
end

--- The mention record the rules read, from a mentions row and its
-- sentence record.
function M.mention(row, ctx)
  return { id = row.id, document_id = row.document_id, doc = row.doc, start = row.start,
    ["end"] = row["end"], raw = row.raw, value = row.value, value_max = row.value_max,
    unit = row.unit, cmp = row.cmp, subject = row.subject or "", verb = row.verb or "", pos = row.pos,
    clause_start = row.clause_start, clause_end = row.clause_end, list_index = row.list_index,
    distributive = row.distributive == 1 or nil, quoted = row.quoted == 1 or nil, after = row.after or "",
    context = ctx, sentence = ctx and ctx.text, sentence_start = ctx and ctx.start,
    sentence_end = ctx and ctx["end"], published = row.published, doc_kind = row.doc_kind,
    -- what the match rules read of the sentence, kept when the audit drops
    -- the context (as db:mentions gives them)
    heading1 = ctx and ctx.heading1, heading2 = ctx and ctx.heading2, heading3 = ctx and ctx.heading3,
    para_lead = ctx and ctx.para_lead }
end

return M
