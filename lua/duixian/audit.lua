--- The audit: every target set against the outcomes reported after it.
--
--   local audit = require "duixian.audit"
--   local a = audit.run{ documents = docs, mentions = ms, year = 2022 }
--   for _, v in ipairs(a.verdicts) do print(v.status, v.subject, v.reason) end
--
-- documents: array of { id, file, published, kind, region }; mentions:
-- array or iterator of mention records (the fields duixian.scan gives, plus
-- document_id), in document order. The source does not matter: files
-- scanned now, a database's rows later.
local rules_mod = require "duixian.rules"
local corrections = require "duixian.corrections"
local spill = require "duixian.spill"
-- meta.canonical_region, loaded when a region is asked for
local function canonical_region(name)
  if name == nil then return nil end
  return require("duixian.meta").canonical_region(name)
end

local M = {}

M.STATUSES = { "met", "missed", "not_reported", "conflicting", "not_comparable", "pending", "not_a_target" }

local function iterate(mentions)
  if type(mentions) == "function" then return mentions end
  if type(mentions) ~= "table" then
    error(("bad argument 'mentions' to 'run' (array or iterator expected, got %s)"):format(type(mentions)), 3)
  end
  local i = 0
  return function()
    i = i + 1
    return mentions[i]
  end
end

local function quote(item)
  local m = item.m
  return { doc = item.doc.file, published = item.doc.published, doc_kind = item.doc.kind,
    sha256 = item.doc.sha256, source = item.doc.source,
    start = m.start, ["end"] = m["end"], raw = m.raw, value = m.value, value_max = m.value_max,
    unit = m.unit, cmp = m.cmp, sentence = m.sentence, period = m.period, subject = item.subject,
    page = m.page }
end

local function outcome_quote(c)
  local q = quote(c.item)
  q.estimate = c.item.m.estimate and true or false
  -- a fall set against a growth target (固定资产投资下降2.1%): its verb,
  -- which the figure alone (2.1%) does not say
  if c.item.sign == -1 then q.fall = c.item.m.verb end
  return q
end

local function in_scope(t, year, region)
  -- a target's region is its mention's, else its document's (region_key);
  -- as the rules name it now, so that a database ingested while 全国 was
  -- kept as written (meta.canonical_region) is audited by --region 全国 too
  if region and canonical_region(t.m.region or t.doc.region) ~= region then return false end
  if year and not (t.first and t.first <= year and year <= t.last) then return false end
  return true
end

-- The region whose outcome pool a target or outcome belongs to: what the
-- audit is grouped by. A target is only answered by outcomes of its own
-- region, and a promise is only one promise within a region, so each
-- region (or chunk of regions) is judged alone and the results are the
-- same as judging all of them at once.
local function region_key(m, doc)
  return m.region or (doc and doc.region) or ""
end

-- Prepare the targets and outcomes of a stream of mentions (in document
-- order) into acc = { targets, pools }; only those of the regions in
-- `wanted` are kept (all when nil). seq(m) numbers a target in the order
-- of the whole audit.
local CONJUNCTS = 16 -- the items one mention may hold (match.conjunct_items), at most
local function collect(R, docs, corrected, mentions, acc, wanted, seq)
  local prev_doc, prev_sentence, prev
  local targets, pools = acc.targets, acc.pools
  for m in mentions do
    local number = seq(m)
    local doc = docs[m.document_id]
    local c = doc and doc.sha256 and corrected[corrections.key(doc.sha256, m.start, m["end"])]
    m = corrections.mention(c, m) or {}
    if m.kind == "target" or m.kind == "outcome" then
      if not doc then
        error(("bad argument #1 to 'run' (a mention refers to document %s, which is not in 'documents')"):format(
          tostring(m.document_id)), 3)
      end
      local same = prev_doc == m.document_id and prev_sentence == m.sentence
      local item = R.match.prepare(R, m, doc, same and prev or nil)
      if c then
        item.correction = c
        if c.fix and c.fix.indicator then item.indicator = R.indicators:get(c.fix.indicator) or item.indicator end
      end
      prev_doc, prev_sentence, prev = m.document_id, m.sentence, item
      local region = region_key(m, doc)
      if item.m.value ~= nil and (not wanted or wanted[region]) then
        -- the figure, and the ones its conjuncts hold (room after each
        -- target for them in the audit's order); a figure a reviewer
        -- corrected is one, as the correction names it by its place alone
        local items = { item }
        local conjuncts = c and {} or R.match.conjunct_items(R, item)
        -- (one for each place a figure speaks of stands in for the region's)
        if conjuncts.replaces then items = {} end
        for _, each in ipairs(conjuncts) do
          if #items < CONJUNCTS then items[#items + 1] = each end
        end
        for k, it in ipairs(items) do
          if m.kind == "target" then
            it.seq = number * CONJUNCTS + k - 1
            targets[#targets + 1] = it
          elseif it.last then
            pools[region] = pools[region] or {}
            local by_year = pools[region]
            by_year[it.last] = by_year[it.last] or {}
            table.insert(by_year[it.last], it)
          end
        end
      end
    end
  end
end

-- Judge the targets of acc against its pools: appends { seq, verdict } to
-- out and returns the number of targets in scope.
local function judge_all(R, acc, latest, year, region, out, published_in)
  local targets, pools = acc.targets, acc.pools
  -- recurring: the same promise for the same region in an adjacent year
  local years_of = {}
  for _, t in ipairs(targets) do
    if t.first then
      local k = region_key(t.m, t.doc) .. "\0" .. R.match.key(R, t)
      years_of[k] = years_of[k] or {}
      years_of[k][t.first] = true
      years_of[k][t.last] = true
    end
  end

  -- the same promise from several documents (a work report and the news
  -- restating it) is judged once, from its best source; the others are
  -- listed with it
  local in_view, key_of, best_of, sharing = {}, {}, {}, {} -- targets in scope, their promise keys
  for _, t in ipairs(targets) do
    if in_scope(t, year, region) then
      local pk = R.match.promise_key(R, t)
      in_view[#in_view + 1], key_of[t] = t, pk
      sharing[pk] = (sharing[pk] or 0) + 1
      local b = best_of[pk]
      if not b or R.match.better_source(R, t, b) then best_of[pk] = t end
    end
  end
  -- a figure of the same document restated with the name of a goal and no
  -- thing the catalogue knows (居民消费价格涨幅3.5%左右的目标，既考虑了…) is
  -- that document's promise with the figure, judged with it
  local named = {}
  for _, t in ipairs(in_view) do
    if t.indicator then
      local fk = R.match.figure_key(R, t)
      named[fk] = named[fk] or key_of[t]
    end
  end
  for _, t in ipairs(in_view) do
    local pk = not t.indicator and R.match.restates_goal(R, t) and named[R.match.figure_key(R, t)]
    if pk and sharing[key_of[t]] == 1 then
      best_of[key_of[t]] = nil
      key_of[t] = pk
    end
  end
  -- each document's targets outside the catalogue: the rivals for an
  -- outcome matched by wording alone (match.unclaimed)
  local rivals_of = {}
  for _, t in ipairs(targets) do
    if not t.indicator then
      local list = rivals_of[t.doc]
      if not list then
        list = {}
        rivals_of[t.doc] = list
      end
      list[#list + 1] = t
    end
  end
  local seen = {}
  for _, t in ipairs(in_view) do
    local pk = key_of[t]
    if best_of[pk] == t then
      local years, reviewed = published_in[t.doc.region], nil
      if t.last and years then reviewed = years[t.last + 1] == true end
      local v = M.judge_target(R, t, pools[region_key(t.m, t.doc)] or {}, latest[t.doc.region] or 0,
        rivals_of[t.doc], reviewed)
      local k = region_key(t.m, t.doc) .. "\0" .. R.match.key(R, t)
      v.recurring = t.first ~= nil and (years_of[k][t.first - 1] or years_of[k][t.last + 1]) or false
      seen[pk] = v
      out[#out + 1] = { seq = t.seq, v = v }
    end
  end
  for _, t in ipairs(in_view) do
    local v = seen[key_of[t]]
    if best_of[key_of[t]] ~= t then
      v.also = v.also or {}
      v.also[#v.also + 1] = { doc = t.doc.file, start = t.m.start, ["end"] = t.m["end"], raw = t.m.raw }
      if t.m.headline then v.headline = true end
    end
  end
  return #in_view
end

--- The fields of a verdict a streamed audit keeps in memory: what the
-- reports' scorecard and order read (duixian.report.model).
M.SUMMARY_FIELDS = { "region", "period", "headline", "status", "matched_by" }

--- How many documents' targets and outcomes a streamed audit holds at
-- once (more when one region alone has more documents).
M.CHUNK_DOCUMENTS = 100

-- The regions of a source's targets and outcomes, by document: one pass
-- over its light records (source.index, else source.mentions()).
-- @return documents with any, in order, { [document id] = { region = true } },
--   number of mentions
local function index_source(source, docs, corrected)
  local order, regions_of, n = {}, {}, 0
  for m in (source.index or source.mentions)() do
    n = n + 1
    local doc = docs[m.document_id]
    local c = doc and doc.sha256 and corrected[corrections.key(doc.sha256, m.start, m["end"])]
    m = corrections.mention(c, m) or {}
    if m.kind == "target" or m.kind == "outcome" then
      local set = regions_of[m.document_id]
      if not set then
        set = {}
        regions_of[m.document_id] = set
        order[#order + 1] = m.document_id
      end
      set[region_key(m, doc)] = true
    end
  end
  return order, regions_of, n
end

-- Chunks of regions: { regions = set, documents = ids in order }, each
-- holding whole regions and, past the first region, at most `limit`
-- documents.
local function chunks_of(order, regions_of, limit)
  local docs_of, regions = {}, {}
  for _, id in ipairs(order) do
    for r in pairs(regions_of[id]) do
      if not docs_of[r] then
        docs_of[r] = {}
        regions[#regions + 1] = r
      end
      table.insert(docs_of[r], id)
    end
  end
  local position = {}
  for i, id in ipairs(order) do position[id] = i end
  -- a region's place: its first document, then its name (pairs has no order)
  table.sort(regions, function(a, b)
    local pa, pb = position[docs_of[a][1]], position[docs_of[b][1]]
    if pa ~= pb then return pa < pb end
    return a < b
  end)
  local chunks, chunk = {}, nil
  for _, r in ipairs(regions) do
    local fresh = 0
    if chunk then
      for _, id in ipairs(docs_of[r]) do if not chunk.has[id] then fresh = fresh + 1 end end
    end
    if not chunk or (chunk.n > 0 and chunk.n + fresh > limit) then
      chunk = { regions = {}, has = {}, n = 0 }
      chunks[#chunks + 1] = chunk
    end
    chunk.regions[r] = true
    for _, id in ipairs(docs_of[r]) do
      if not chunk.has[id] then
        chunk.has[id] = true
        chunk.n = chunk.n + 1
      end
    end
  end
  for _, c in ipairs(chunks) do
    c.documents = {}
    for id in pairs(c.has) do c.documents[#c.documents + 1] = id end
    table.sort(c.documents, function(a, b) return position[a] < position[b] end)
    c.has = nil
  end
  return chunks, position
end

--- Run an audit. args: { documents, mentions, rules (from
-- duixian.rules.compose; the defaults when nil), year, region,
-- corrections (duixian.corrections records, applied on read: documents
-- then need their sha256) }.
--
-- Instead of mentions, a source streams them, so that only a chunk of
-- regions is held at a time (memory bounded by the largest region, not
-- the corpus): args.source = { mentions = function(document_id) → iterator
-- over that document's mentions, or over all of them for nil, in document
-- order; index = function() → iterator over light records of every
-- mention (document_id, start, end, kind, region), optional }.
-- args.chunk_documents bounds a chunk (M.CHUNK_DOCUMENTS). The verdicts
-- of a chunk then go to a temporary file (duixian.spill) and the audit's
-- verdicts are read back from it one at a time (unless args.spill is
-- false), M.SUMMARY_FIELDS of each kept in memory.
-- @return audit { params, rules, documents, verdicts }
function M.run(args)
  if type(args) ~= "table" then
    error(("bad argument #1 to 'run' (table expected, got %s)"):format(type(args)), 2)
  end
  if type(args.documents) ~= "table" then
    error("bad argument #1 to 'run' (field 'documents' must be an array of document records)", 2)
  end
  local year = args.year and tonumber(args.year)
  -- 全国 names the nation as its documents do (meta.canonical_region)
  local region = canonical_region(args.region)
  if args.year and not year then
    error(("bad argument #1 to 'run' (field 'year' must be a year, got %s)"):format(tostring(args.year)), 2)
  end
  if args.source ~= nil and (type(args.source) ~= "table" or type(args.source.mentions) ~= "function") then
    error("bad argument #1 to 'run' (field 'source' must be a table with a function 'mentions')", 2)
  end
  local R = args.rules or rules_mod.default()
  local docs = {}
  local latest = {} -- region of a document → latest year published
  local published_in = {} -- region of a document → { [year] = true } of its documents
  -- under packs, rules get the document records as read-only views: the
  -- audit lists them, and a pack may not rename or re-date them
  local readonly = R.packs and #R.packs > 1 and require("duixian.rules.sandbox").readonly
  for _, d in ipairs(args.documents) do
    docs[d.id] = readonly and readonly(d, "document") or d
    local y = R.match.date_key(R, d.published)
    y = y and y // 10000
    if y and d.region and (latest[d.region] or 0) < y then latest[d.region] = y end
    if y and d.region then
      published_in[d.region] = published_in[d.region] or {}
      published_in[d.region][y] = true
    end
  end
  local corrected = corrections.index(args.corrections)

  local judged, n_mentions, n_targets = {}, 0, 0
  if args.source then
    local order, regions_of
    order, regions_of, n_mentions = index_source(args.source, docs, corrected)
    local chunks, position = chunks_of(order, regions_of, args.chunk_documents or M.CHUNK_DOCUMENTS)
    local kept
    if args.spill ~= false then kept = spill.new(M.SUMMARY_FIELDS) end
    for _, chunk in ipairs(chunks) do
      local acc = { targets = {}, pools = {} }
      for _, id in ipairs(chunk.documents) do
        -- a target's place in the whole audit: its document's, then its own
        local base, ordinal = position[id] << 24, 0
        collect(R, docs, corrected, args.source.mentions(id), acc, chunk.regions, function()
          ordinal = ordinal + 1
          return base + ordinal
        end)
      end
      n_targets = n_targets + judge_all(R, acc, latest, year, region, judged, published_in)
      if kept then
        for _, j in ipairs(judged) do
          local added, why = kept:add(j.seq, j.v)
          -- a full disk: an error of the environment, not of a rule
          if not added then error({ io_error = why }, 0) end
        end
        judged = {}
      end
    end
    table.sort(judged, function(a, b) return a.seq < b.seq end)
    if kept then judged = kept end
  else
    local acc = { targets = {}, pools = {} }
    collect(R, docs, corrected, iterate(args.mentions), acc, nil, function()
      n_mentions = n_mentions + 1
      return n_mentions
    end)
    n_targets = judge_all(R, acc, latest, year, region, judged, published_in)
  end
  local verdicts = {}
  if getmetatable(judged) == nil then
    for i, j in ipairs(judged) do verdicts[i] = j.v end
  else
    verdicts = judged:list()
  end

  local packs = {}
  for _, p in ipairs(R.packs or {}) do packs[#packs + 1] = { name = p.name, sha256 = p.sha256 } end
  return {
    created_at = os.date("!%Y-%m-%dT%H:%M:%SZ"),
    params = { year = year, region = region, documents = #args.documents, mentions = n_mentions,
      targets = n_targets, duixian = require("duixian")._VERSION },
    rules = packs,
    documents = args.documents,
    verdicts = verdicts,
    corrections = args.corrections and M.corrections_used(args.corrections) or nil,
  }
end

--- What became of the corrections given: { given, applied, unused = {
-- origin … }, lost_outcome = { origin … } } (unused: no mention in this
-- audit has their span; lost_outcome: the outcome they picked is no longer
-- a candidate of their target).
function M.corrections_used(list)
  local used = { given = #list, applied = 0, unused = {} }
  for _, c in ipairs(list) do
    local name = c.origin or corrections.span_text(c)
    if c.applied then used.applied = used.applied + 1 else used.unused[#used.unused + 1] = name end
    if c.missing_outcome then
      used.lost_outcome = used.lost_outcome or {}
      used.lost_outcome[#used.lost_outcome + 1] = name
    end
  end
  return used
end

--- The verdict on one target item, given the outcome pool of its region
-- (year → items), the latest year any document of its region was
-- published in, and whether one was published in the year after the
-- target's (reviewed: the documents at hand hold its review; nil when not known).
function M.judge_target(R, t, pool, latest_year, rivals, reviewed)
  local outcomes = {}
  if t.first then
    for y = R.match.progress_from(R, t), t.last do
      for _, o in ipairs(pool[y] or {}) do outcomes[#outcomes + 1] = o end
    end
  end
  local cands = R.match.rank(R, R.match.unclaimed(R, t, R.match.candidates(R, t, outcomes), rivals))
  cands = corrections.candidates(t.correction, cands, function(cand)
    return corrections.key(cand.item.doc.sha256, cand.item.m.start, cand.item.m["end"])
  end)
  local case = { target = t, indicator = t.indicator, candidates = cands,
    span_over = t.last ~= nil and latest_year > t.last, latest_year = latest_year, reviewed = reviewed }
  if not t.first then
    case.span_over = true
  end
  local status, reason, rule = R.judge.verdict(R, case)
  local margin, ratio
  if status == "met" or status == "missed" then margin, ratio = R.judge.margin(R, case) end
  local shown = case.best or (status == "not_comparable" and cands[1]) or nil
  local list = {}
  for i, c in ipairs(cands) do
    local q = outcome_quote(c)
    q.rank = i
    q.rank_reason = c.rank_reason
    q.relation = c.relation
    q.comparable = c.comparable
    q.matched_by = c.matched_by
    list[i] = q
  end
  local m = t.m
  local v = {
    region = m.region or t.doc.region,
    period = m.period,
    indicator = t.indicator and t.indicator.id or nil,
    headline = t.m.headline and true or false,
    indicator_name = t.indicator and t.indicator.name or nil,
    subject = t.subject,
    status = status,
    rule = rule,
    rule_pack = M.rule_pack(R, rule, t, shown),
    reason = reason,
    matched_by = t.indicator and "catalogue" or "similarity",
    recurring = false,
    direction = case.direction,
    margin = margin,
    ratio = ratio,
    threshold = (status == "met" or status == "missed") and case.threshold or nil,
    estimate = shown and shown.item.m.estimate and true or false,
    target = quote(t),
    outcome = shown and outcome_quote(shown) or nil,
    candidates = list,
  }
  return t.correction and corrections.decide(t.correction, v) or v
end

-- Does a pack's entry `key` (section.name) bear on every verdict? What
-- classify and match decide (which figures are targets, their periods and
-- regions, which outcomes answer them) does, and so do the judge's
-- helpers that no rule of judge.order is (margin, the numbers in the
-- reason); tolerance and direction bear on the rules that use them.
local function bears_on_all(R, key)
  local section, name = key:match("^(%a+)%.(.*)$")
  if section == "classify" or section == "match" then return true end
  if section ~= "judge" or name == "tolerance" or name == "direction" or name == "order" then return false end
  for _, r in ipairs(R.judge.order) do if r == name then return false end end
  return true
end

--- The rule packs behind a verdict, in the order they were given, joined
-- by ", ": a pack that replaced the rule that decided or one tried before
-- it, or the tolerance it
-- used, or the direction it judged by, or the order the rules were tried
-- in, or the verdict procedure itself; one whose classify or match rules
-- were in force, or whose other judge helpers were; one that gave the
-- catalogue entry of the target (t) or of the outcome shown (shown). nil
-- for the defaults.
function M.rule_pack(R, rule, t, shown)
  local origin = R.origin or {}
  local names = {}
  local function add(p) if p then names[p] = true end end
  -- the rules of judge.order tried on the case, up to the one that decided:
  -- one that passed may still have read or changed what the next one saw
  for _, name in ipairs(R.judge.order) do
    add(origin["judge." .. name])
    if name == rule then break end
  end
  add(origin["judge." .. rule])
  if rule:match("_about$") then add(origin["judge.tolerance"]) end
  if rule:match("^floor") or rule:match("^cap") then add(origin["judge.direction"]) end
  add(origin["judge.order"])
  add(origin["judge.verdict"])
  for key, p in pairs(origin) do
    if not names[p] and bears_on_all(R, key) then add(p) end
  end
  for _, item in ipairs({ t or false, shown and shown.item or false }) do
    if item and item.indicator and item.indicator.id then add(origin["indicators." .. item.indicator.id]) end
  end
  if next(names) == nil then return nil end
  local list = {}
  for _, p in ipairs(R.packs or {}) do
    if names[p.name] then
      list[#list + 1] = p.name
      names[p.name] = nil
    end
  end
  for p in pairs(names) do list[#list + 1] = p end -- (not in R.packs: a hand-made R)
  return table.concat(list, ", ")
end

--- Count verdicts by status: { met = n, … } (every status present).
function M.counts(audit)
  local n = {}
  for _, s in ipairs(M.STATUSES) do n[s] = 0 end
  for _, v in ipairs(audit.verdicts) do n[v.status] = (n[v.status] or 0) + 1 end
  return n
end

return M
