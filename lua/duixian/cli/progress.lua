--- A one-line progress bar on a terminal: documents done, MB/s, time left.
-- Redrawn at most ten times a second; callers show it only on a terminal.
local M = {}
M.__index = M

local WIDTH = 24

function M.new(stream, total_docs, total_bytes)
  return setmetatable({ stream = stream, docs = total_docs, bytes = total_bytes,
    started = os.clock(), drawn = -1, shown = false }, M)
end

local function clock(seconds)
  seconds = math.floor(seconds + 0.5)
  if seconds >= 3600 then
    return ("%d:%02d:%02d"):format(seconds // 3600, seconds % 3600 // 60, seconds % 60)
  end
  return ("%d:%02d"):format(seconds // 60, seconds % 60)
end

function M:update(done_docs, done_bytes)
  local now = os.clock()
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
    self.drawn = -1
  end
end

function M:finish()
  if self.shown then self.stream:write("\n") end
end

return M
