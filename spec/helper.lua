-- Shared by the specs: where the checkout and ../shared are, and how to
-- skip a spec that needs ../shared on a fresh clone without it.
local H = {}

H.root = "."
H.shared = os.getenv("DUIXIAN_SHARED") or "../shared"

--- Are the sanitizers preloaded into every process (make asan)? Specs that
-- run outside programs (a shell, LibreOffice) go pending then: those
-- programs' own leaks would fail them.
function H.under_sanitizers()
  return (os.getenv("LD_PRELOAD") or ""):find("asan", 1, true) ~= nil
end

function H.shared_file(rel)
  local path = H.shared .. "/" .. rel
  local f = io.open(path, "rb")
  if not f then return nil end
  f:close()
  return path
end

--- The path of a shared file, or nil after telling why the caller skips.
function H.need_shared(rel)
  local path = H.shared_file(rel)
  if not path then
    io.stderr:write(("skipped: %s/%s is not here (the shared materials sit beside the checkout in CI)\n"):format(H.shared, rel))
  end
  return path
end

function H.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

function H.write_temp(content)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  return path
end

--- Run the launcher; returns exit code, stdout, stderr.
function H.run(args)
  local out, err = os.tmpname(), os.tmpname()
  local build = os.getenv("DUIXIAN_BUILD")
  local env = build and ("DUIXIAN_BUILD=" .. build .. " ") or ""
  local ok, _, code = os.execute(("%sbin/duixian %s >%s 2>%s"):format(env, args, out, err))
  local o, e = H.read(out), H.read(err)
  os.remove(out)
  os.remove(err)
  return ok and 0 or code, o, e
end

_G.spec_helper = H
return H
