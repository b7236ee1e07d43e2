-- Big inputs: a 100 MB document and a 10 MB single line are scanned in
-- bounded memory. Each runs in a child process (spec/support/big_input.lua)
-- so that its peak RSS is its own. That time grows linearly with the input
-- is measured by `make bench`, not here: a timing check is no spec.
-- Tagged slow: `busted --exclude-tags=slow` skips them in a quick loop;
-- `make test` runs them (about 10 s).
local MB = 1e6

-- Under `make asan` the preloaded runtime keeps freed blocks in quarantine
-- (256 MB by default) and maps shadow memory: the bound gets that room.
local sanitized = (os.getenv("LD_PRELOAD") or ""):find("asan", 1, true) ~= nil
local SANITIZER_ROOM = sanitized and 768 * MB or 0

local function child(shape, mb, how)
  local build = os.getenv("DUIXIAN_BUILD") or "build"
  local cmd = ("DUIXIAN_BUILD=%s %s spec/support/big_input.lua %s %s %s 2>&1"):format(
    build, arg[-1] or "lua5.4", shape, mb, how)
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  local ok = p:close()
  assert(ok, "the child failed:\n" .. out)
  local r = {}
  for k, v in out:gmatch("([%w_]+)=([%d.]+)") do r[k] = tonumber(v) end
  return r, out
end

local function bound(bytes)
  return 4 * bytes + 64 * MB + SANITIZER_ROOM
end

describe("big inputs #slow", function()
  describe("a 100 MB document", function()
    it("is decoded and scanned in less than 4 times its size plus 64 MB, finding every mention", function()
      local r, out = child("document", 100, "each")
      assert.is_true(r.bytes >= 100 * MB, out)
      assert.are.equal(r.unit_mentions * r.reps, r.mentions)
      assert.is_true(r.hwm_kb * 1024 < bound(r.bytes),
        ("peak RSS %.0f MB for %.0f MB of input"):format(r.hwm_kb / 1024, r.bytes / MB))
    end)
  end)

  describe("a 10 MB single line", function()
    it("is decoded and scanned in less than 4 times its size plus 64 MB, finding every mention", function()
      local r, out = child("line", 10, "each")
      assert.is_true(r.bytes >= 10 * MB, out)
      assert.are.equal(r.unit_mentions * r.reps, r.mentions)
      assert.is_true(r.hwm_kb * 1024 < bound(r.bytes),
        ("peak RSS %.0f MB for %.0f MB of input"):format(r.hwm_kb / 1024, r.bytes / MB))
    end)
  end)
end)
