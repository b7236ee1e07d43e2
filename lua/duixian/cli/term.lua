--- What the command line asks of the terminal: a wall clock, whether a
-- stream is a terminal, and how wide it is. lua-system (monotime) and
-- lua-term (isatty) come with Debian's busted; without them the clock
-- falls back to os.time (whole seconds) and the tty test to `test -t`.
local M = {}

-- The libraries are loaded at their first use: a command that never asks
-- the terminal (extract to a pipe) does not pay for them at start-up.
local loaded, system, term
local function libraries()
  if not loaded then
    loaded = true
    local has_system, has_term
    has_system, system = pcall(require, "system")
    has_term, term = pcall(require, "term")
    if not (has_system and type(system.monotime) == "function") then system = nil end
    if not (has_term and type(term.isatty) == "function") then term = nil end
  end
end

--- Seconds on a monotonic wall clock (not CPU time, as os.clock is).
function M.now()
  libraries()
  if system then return system.monotime() end
  return os.time()
end

local STREAMS = { [0] = io.stdin, [1] = io.stdout, [2] = io.stderr }

--- True when file descriptor fd (0, 1 or 2) is a terminal.
function M.isatty(fd)
  local stream = STREAMS[fd]
  libraries()
  if term and stream then return term.isatty(stream) == true end
  -- no lua-term: ask the shell once per call (rare: only at start-up)
  return os.execute(("test -t %d"):format(fd)) == true
end

--- The width of the terminal in cells: COLUMNS when it is set (a shell
-- variable most shells do not export), else what `stty size` reports
-- for the controlling terminal; nil when neither answers.
function M.columns()
  local n = math.tointeger(tonumber(os.getenv("COLUMNS") or ""))
  if n and n > 0 then return n end
  local p = io.popen("stty size 2>/dev/null < /dev/tty")
  if not p then return nil end
  local out = p:read("a") or ""
  p:close()
  n = math.tointeger(tonumber(out:match("^%s*%d+%s+(%d+)") or ""))
  return n and n > 0 and n or nil
end

return M
