--- duixian extract: print every quantity found in documents.
local duixian = require "duixian"
local meta = require "duixian.meta"
local cli = require "duixian.cli"
local files = require "duixian.cli.files"

local M = {}

M.summary = "print every quantity found in documents"
M.usage = [[
usage: duixian extract [OPTIONS] FILE...

Print every quantity in the documents: value, unit, qualifier, subject, verb,
and whether it is a target or an outcome, for which period and region.

options:
  --manifest FILE     TSV with columns file, region, published, kind, source
  --region R          region of every document (overrides the manifest)
  --published DATE    publication date, YYYY-MM-DD (overrides the manifest)
  --kind K            work_report | news | plan | statistics | other
  --format F          jsonl (default), tsv or table
  --all               also print mentions of kind "other"  (jsonl and tsv
                      always include them; table shows targets and outcomes)
  -v, --verbose       say on stderr how many numbers of each file were too
                      long to represent exactly (no mentions), and how many
                      lines of page furniture (— 3 —, running headers) were
                      stepped over
  -h, --help          this help

Metadata missing from the manifest and the flags is inferred from the text
(a dateline, the title), and stderr says what was inferred.

Output (jsonl): one object a line with doc, start, end (1-based inclusive
byte offsets into the decoded text), raw, value, value_max, unit, cmp,
subject, verb, kind, period, estimate, region, sentence, page (of a PDF,
so a quote can say "p. 12"; null for other files), other_reason (why a
figure of kind "other" is no target and no outcome: a yardstick, one
person's, a category …; null otherwise).

FILE may be plain text (UTF-8, GB18030, UTF-16), a web page (.html), a Word
document (.docx) or a PDF with a text layer: the kind is found by content.
Text in traditional characters is scanned in simplified ones; offsets and
quotes keep the characters as published.

exit status: 0 all files scanned; 2 some file could not be read or decoded
(the others are still scanned); 64 usage error; 65 unusable manifest.
]]

M.options = {
  manifest = { kind = "value" },
  region = { kind = "value" },
  published = { kind = "value" },
  kind = { kind = "value" },
  format = { kind = "value", default = "jsonl" },
  all = { kind = "flag" },
  verbose = { kind = "flag", short = "v" },
}

M.FIELDS = { "doc", "start", "end", "raw", "value", "value_max", "unit", "cmp", "subject",
  "verb", "kind", "period", "estimate", "region", "sentence", "page", "other_reason" }

local FORMATS = { jsonl = true, tsv = true, table = true }

--- The metadata for one file: manifest row, then flags over it.
function M.meta_for(path, manifest, opts)
  local row = meta.lookup(manifest, path) or {}
  return { file = path, region = opts.region or row.region,
    published = opts.published or row.published, kind = opts.kind or row.kind,
    source = row.source }
end

local function tsv_cell(v)
  if v == nil then return "" end
  if v == true then return "true" elseif v == false then return "false" end
  return (tostring(v):gsub("[\t\r\n]", " "))
end

--- One JSON line for m, fields in the order of M.FIELDS (encoded in C:
-- extraction of big batches is bound by this); json_line(m, file) writes
-- it to an io file straight from C's buffer.
M.json_line = require("duixian.core").json_encoder(M.FIELDS, "\n")

-- The collector, which bin/duixian stops for the start-up, runs again once
-- the figures of this many bytes of text have been handed out, or at the
-- second document: a short extract ends before a cycle would free anything.
M.restarts_collector = true
local REST_BYTES = 1 << 20

function M.run(opts, args, env)
  local out, err = env.stdout, env.stderr
  if not FORMATS[opts.format] then
    err:write(("duixian extract: unknown format '%s' (jsonl, tsv or table)\n"):format(opts.format))
    return cli.EXIT.usage
  end
  if #args == 0 then
    err:write("duixian extract: no FILE given\n", M.usage)
    return cli.EXIT.usage
  end
  if opts.published and not meta.parse_date(opts.published) then
    err:write(("duixian extract: --published '%s' is not a date (YYYY-MM-DD)\n"):format(opts.published))
    return cli.EXIT.usage
  end
  if opts.kind and not meta.KINDS[opts.kind] then
    err:write(("duixian extract: --kind '%s' is not one of work_report, news, plan, statistics, other\n"):format(opts.kind))
    return cli.EXIT.usage
  end
  local manifest
  if opts.manifest then
    local m, msg = meta.read_manifest(opts.manifest)
    if not m then
      err:write("duixian extract: ", msg, "\n")
      return cli.EXIT.data
    end
    manifest = m
  end
  local status = cli.EXIT.ok
  local json_line, to_file = M.json_line, io.type(out) == "file"
  if opts.format == "tsv" then out:write(table.concat(M.FIELDS, "\t"), "\n") end
  for nth, path in ipairs(args) do
    if nth > 1 then collectgarbage("restart") end
    local text, info, offset = files.regular(path)
    if text then text, info, offset = duixian.read(path) end
    if text and not text:find("%S") then
      text, info = nil, ("%s: no text, only white space; nothing to scan"):format(path)
    end
    if not text then
      err:write("duixian extract: ", info, offset and offset > 0 and "" or "", "\n")
      status = cli.EXIT.bad_input
    else
      for _, w in ipairs(info.warnings or {}) do err:write("duixian extract: warning: ", w, "\n") end
      local given = M.meta_for(path, manifest, opts)
      local it, doc = duixian.each(text, given)
      if #doc.inferred > 0 then
        local said = {}
        for _, k in ipairs(doc.inferred) do said[#said + 1] = ("%s=%s"):format(k, tostring(doc[k])) end
        err:write(("duixian extract: %s: inferred %s from the text; give them in a manifest or with flags to be sure\n"):format(
          path, table.concat(said, ", ")))
      end
      if not doc.plan_year then
        err:write(("duixian extract: %s: no publication date known or found; periods only from years the text"
          .. " writes out (2022年), none from 今年 or 去年 (give --published)\n"):format(path))
      end
      local rows = {}
      local resting = #text > REST_BYTES
      for m in it do
        if resting and m.start > REST_BYTES then
          collectgarbage("restart")
          resting = false
        end
        if opts.format == "jsonl" then
          if to_file then json_line(m, out) else out:write(json_line(m)) end
        elseif opts.format == "tsv" then
          local cells = {}
          for i, k in ipairs(M.FIELDS) do cells[i] = tsv_cell(m[k]) end
          out:write(table.concat(cells, "\t"), "\n")
        elseif opts.all or m.kind ~= "other" then
          rows[#rows + 1] = { m.kind, m.period or "", m.estimate and "est." or "", m.subject, m.verb,
            m.raw, tostring(m.value), m.unit, m.cmp,
            -- a PDF's page too, as the audit's sources say it
            m.page and ("p. %d:%d"):format(m.page, m.start) or tostring(m.start) }
        end
      end
      local batch = opts.verbose and require("duixian.cli.batch")
      local refused = batch and batch.refused_message(path, doc.refused_numbers)
      if refused then err:write("duixian extract: ", refused, "\n") end
      local furniture = batch and batch.furniture_message(path, doc.furniture_lines)
      if furniture then err:write("duixian extract: ", furniture, "\n") end
      if opts.format == "table" then
        out:write(path, "\n", require("duixian.tabulate").render(
          { "kind", "period", "", "subject", "verb", "raw", "value", "unit", "cmp", "offset" }, rows,
          { [4] = { max = 24 }, [6] = { max = 16 }, [7] = { align = "right" }, [10] = { align = "right" } }), "\n")
      end
    end
  end
  return status
end

return M
