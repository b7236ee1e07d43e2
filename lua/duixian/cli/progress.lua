--- A one-line progress bar on a terminal: documents done, MB/s, time left.
-- Redrawn at most ten times a second; callers show it only on a terminal.
-- Times are wall-clock (duixian.cli.term.now), not CPU time.
local term = require "duixian.cli.term"

local M = {}
M.__index = M

local WIDTH = 24

--- A bar for total_docs documents of total_bytes bytes, drawn on stream.
-- opts.now: the clock, in seconds (term.now by default; specs pass their own).
function M.new(stream, total_docs, total_bytes, opts)
  local now = opts and opts.now or term.now
  return setmetatable({ stream = stream, docs = total_docs, bytes = total_bytes, now = now,
    started = now(), drawn = -math.huge, shown = false }, M)
end

--- Seconds as m:ss, or h:mm:ss from an hour on.
local function clock(seconds)
  seconds = math.floor(seconds + 0.5)
  if seconds >= 3600 then
    return ("%d:%02d:%02d"):format(seconds // 3600, seconds % 3600 // 60, seconds % 60)
  end
  return ("%d:%02d"):format(seconds // 60, seconds % 60)
end

--- Seconds since the bar was made.
function M:elapsed() return self.now() - self.started end

--- Redraw after done_docs documents and done_bytes bytes (at most ten
-- times a second, and always for the last document).
function M:update(done_docs, done_bytes)
  local now = self.now()
  if now - self.drawn < 0.1 and done_docs < self.docs then return end
  self.drawn = now
  local elapsed = math.max(now - self.started, 1e-6)
  local rate = done_bytes / elapsed
  local share = self.bytes > 0 and done_bytes / self.bytes or done_docs / math.max(self.docs, 1)
  local filled = math.floor(share * WIDTH + 0.5)
  local eta = rate > 0 and (self.bytes - done_bytes) / rate or 0
  self.stream:write(("\r[%s%s] %d/%d docs  %.1f MB/s  ETA %s "):format(("#"):rep(filled),
    ("."):rep(WIDTH - filled), done_docs, self.docs, rate / 1e6, clock(eta)))
  self.stream:flush()
  self.shown = true
end

--- Erase the bar so a message can be written on a clean line.
function M:clear()
  if self.shown then
    self.stream:write("\r\27[K")
    self.shown = false
    self.drawn = -math.huge
  end
end

--- End the bar's line.
function M:finish()
  if self.shown then self.stream:write("\n") end
end

return M
