--- CSV as spreadsheets write it (RFC 4180): fields quoted when they hold
-- a comma, a quote or a line break, quotes doubled; CRLF or LF line ends;
-- a UTF-8 byte order mark ignored.
--
--   local rows, msg, line = csv.parse(text, "review.csv")
--   for _, r in ipairs(rows) do print(r.line, r[1], r[2]) end
local M = {}

--- One field, quoted when it must be.
function M.field(s)
  if s == nil then return "" end
  s = tostring(s)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

--- One record: fields joined by commas, ended by CRLF.
function M.record(fields, n)
  local out = {}
  for i = 1, n or #fields do out[i] = M.field(fields[i]) end
  return table.concat(out, ",") .. "\r\n"
end

--- Parse CSV text into records, each an array of strings with .line, the
-- line the record starts on (a quoted field may span lines). Blank lines
-- are skipped. sep: the field separator, "," unless given (";" is what
-- Excel writes where the comma is the decimal sign, "\t" its "Text").
-- @return records | nil, message, line
function M.parse(text, name, sep)
  name = name or "csv"
  sep = sep or ","
  local ends = "[" .. sep .. "\r\n]"
  if text:sub(1, 3) == "\239\187\191" then text = text:sub(4) end
  local records, i, n, line = {}, 1, #text, 1
  while i <= n do
    local record, start_line = {}, line
    while true do
      local c = text:sub(i, i)
      local value
      if c == '"' then
        local parts, j = {}, i + 1
        while true do
          local q = text:find('"', j, true)
          if not q then
            return nil, ("%s:%d: a quoted field is never closed; check the quotes of this row"):format(name, start_line), start_line
          end
          parts[#parts + 1] = text:sub(j, q - 1)
          if text:sub(q + 1, q + 1) == '"' then
            parts[#parts + 1] = '"'
            j = q + 2
          else
            i = q + 1
            break
          end
        end
        value = table.concat(parts)
        for _ in value:gmatch("\n") do line = line + 1 end
        local after = text:sub(i, i)
        if after ~= sep and after ~= "\r" and after ~= "\n" and after ~= "" then
          return nil, ("%s:%d: text after a closing quote; a quote inside a field is written twice (\"\")"):format(
            name, line), line
        end
      else
        local e = text:find(ends, i) or n + 1
        value = text:sub(i, e - 1)
        i = e
      end
      record[#record + 1] = value
      local at = text:sub(i, i)
      if at == sep then
        i = i + 1
      else
        if at == "\r" then i = i + 1 end
        if text:sub(i, i) == "\n" then i = i + 1 end
        line = line + 1
        break
      end
    end
    if not (#record == 1 and record[1] == "") then
      record.line = start_line
      records[#records + 1] = record
    end
  end
  return records
end

return M
