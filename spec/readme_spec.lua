-- Every code block of README.md runs as the README says, in order, as a
-- reader would paste it: shell blocks with sh in a scratch copy of the
-- checkout (with ../shared beside it when the checkout has one), Lua
-- blocks through lua5.4 there. `make` lines are checked with `make -n`
-- (running the specs or the fuzzer from inside a spec would recurse or
-- take minutes). HOME is a scratch folder, so `luarocks make --local`
-- installs there. A line `--> text` (or `# --> text` in a shell block)
-- is output the block must print, compared with runs of spaces folded.
local H = require "spec.helper"

local function sh(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local out = p:read("a")
  local ok = p:close()
  return ok, out
end

--- The fenced blocks of markdown text: { lang, code, line }.
local function blocks(text)
  local out, lang, code, start, n = {}, nil, nil, nil, 0
  for line in (text .. "\n"):gmatch("(.-)\n") do
    n = n + 1
    if not code then
      local l = line:match("^```(%w*)%s*$")
      if l then lang, code, start = l, {}, n + 1 end
    elseif line:match("^```%s*$") then
      out[#out + 1] = { lang = lang, code = table.concat(code, "\n") .. "\n", line = start }
      code = nil
    else
      code[#code + 1] = line
    end
  end
  return out
end

local function fold(s) return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")) end

--- The output lines a block promises (--> text).
local function expected(b)
  local want = {}
  local mark = b.lang == "lua" and "^%s*%-%->%s*(.-)%s*$" or "^%s*#%s*%-%->%s*(.-)%s*$"
  for line in b.code:gmatch("[^\n]+") do
    local w = line:match(mark)
    if w then want[#want + 1] = fold(w) end
  end
  return want
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local readme = blocks(H.read("README.md"))
local _, checkout = sh("pwd")
checkout = checkout:gsub("%s+$", "")
local _, real_shared = sh("cd " .. H.shared .. " 2>/dev/null && pwd")
real_shared = real_shared:gsub("%s+$", "")
local has_shared = real_shared:sub(1, 1) == "/"
local has_luarocks = sh("command -v luarocks >/dev/null")
local _, make_path = sh("command -v make")
make_path = make_path:gsub("%s+$", "")

-- Under make asan the sanitizers are preloaded into every process, the
-- shell tools this spec runs too, whose own leaks then fail them: the
-- README is checked by make test.
if H.under_sanitizers() then
  describe("README.md", function()
    it("runs every code block", function()
      pending("the shell tools run under the sanitizers' preload here; make test runs this spec")
    end)
  end)
  return
end

describe("README.md", function()
  local scratch, work

  setup(function()
    scratch = assert(os.tmpname())
    os.remove(scratch)
    work = scratch .. "/checkout"
    local ok, out = sh(("mkdir -p %s/home %s/shim %s && cp -r bin lua data examples rockspec csrc %s/ && " ..
      "ln -s %s/build %s/build"):format(scratch, scratch, work, work, checkout, work))
    assert(ok, out)
    if has_shared then assert(sh(("ln -s %s %s/shared"):format(real_shared, scratch))) end
    write(scratch .. "/shim/make", ("#!/bin/sh\nexec %s -n -C %s \"$@\" >/dev/null\n"):format(make_path, checkout))
    assert(sh("chmod +x " .. scratch .. "/shim/make"))
  end)

  teardown(function()
    if scratch then sh("rm -rf " .. scratch) end
  end)

  it("has shell and Lua blocks to run", function()
    local n = 0
    for _, b in ipairs(readme) do if b.lang == "sh" or b.lang == "lua" then n = n + 1 end end
    assert.is_true(n >= 10, ("only %d blocks"):format(n))
  end)

  for i, b in ipairs(readme) do
    if b.lang == "sh" or b.lang == "lua" then
      it(("block %d (README.md line %d, %s) runs as written"):format(i, b.line, b.lang), function()
        if b.code:find("luarocks", 1, true) and not has_luarocks then
          pending("luarocks is not installed (apt-get install luarocks)")
          return
        end
        if b.code:find("../shared", 1, true) and not has_shared then
          pending("../shared is not beside the checkout")
          return
        end
        local file = ("%s/block%d.%s"):format(work, i, b.lang)
        write(file, b.code)
        -- a shell block runs in the shell it is pasted into: it must leave
        -- the reader in the folder it found them in, for the blocks after it
        local run = b.lang == "lua" and ("lua5.4 " .. file)
          or ("sh -e -c '. %s; echo \"README block ends in $(pwd)\"'"):format(file)
        local ok, out = sh(("cd %s && HOME=%s/home PATH=%s/shim:$PATH %s"):format(work, scratch, scratch, run))
        assert(ok, ("README.md line %d failed:\n%s\n%s"):format(b.line, b.code, out))
        if b.lang == "sh" then
          local _, real_work = sh("cd " .. work .. " && pwd -P")
          local ends = out:match("README block ends in ([^\n]*)\n?$")
          assert.are.equal(real_work:gsub("%s+$", ""), ends and select(2, sh("cd " .. ends .. " && pwd -P")):gsub("%s+$", ""),
            ("README.md line %d leaves a reader who pastes it in another folder"):format(b.line))
        end
        local lines = {}
        for line in out:gmatch("[^\n]+") do lines[fold(line)] = true end
        for _, w in ipairs(expected(b)) do
          assert(lines[w], ("README.md line %d promises the line %q; it printed:\n%s"):format(b.line, w, out))
        end
      end)
    end
  end
end)
