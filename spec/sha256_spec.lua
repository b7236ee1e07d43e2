local core = require "duixian.core"

describe("duixian.core", function()
  describe("sha256", function()
    -- FIPS 180-4 examples (NIST CSRC "SHA-256" example values)
    local vectors = {
      { "empty message", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
      { "abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
      { "448-bit message", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
      { "896-bit message",
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
      { "one million 'a'", ("a"):rep(1000000),
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },
    }
    for _, v in ipairs(vectors) do
      it("gives the FIPS digest of the " .. v[1], function()
        assert.are.equal(v[3], core.sha256(v[2]))
        assert.are.equal(v[3], core.sha256(v[2], "builtin"))
      end)
    end

    it("says which code computes it: libcrypto when the build found it, else its own", function()
      local header = io.open("/usr/include/openssl/sha.h")
      if header then header:close() end
      -- make builds with libcrypto exactly when libssl-dev's header is there
      assert.are.equal(header and "libcrypto" or "builtin", core.sha256_backend)
    end)

    it("gives the same digests through libcrypto and through its own code, at every length around the blocks", function()
      for n = 0, 200 do
        local s = ("兑a"):rep(n):sub(1, n)
        assert.are.equal(core.sha256(s, "builtin"), core.sha256(s), "length " .. n)
      end
    end)

    it("refuses an unknown engine", function()
      assert.has_error(function() core.sha256("abc", "md5") end)
    end)

    it("hashes bytes, not characters: UTF-8 and embedded NUL", function()
      -- printf '生产总值' | sha256sum
      assert.are.equal("8d4b32357cc5552e38c839e0acb541ed35bfe61c556a899ac1f6af1e70559c69", core.sha256("生产总值"))
      assert.are_not.equal(core.sha256("a\0b"), core.sha256("a\0c"))
      assert.are.equal(64, #core.sha256("a\0b"))
    end)

    it("agrees with sha256sum on every length around the block boundaries", function()
      local sum = io.popen("command -v sha256sum"):read("l")
      if not sum then
        pending("sha256sum(1) is not installed (coreutils)")
        return
      end
      local path = os.tmpname()
      finally(function() os.remove(path) end) -- busted keeps one finally per test
      for n = 50, 130 do
        local s = ("兑"):rep(n):sub(1, n)
        local f = assert(io.open(path, "wb"))
        f:write(s)
        f:close()
        local expected = io.popen("sha256sum " .. path):read("l"):match("^(%x+)")
        assert.are.equal(expected, core.sha256(s), "length " .. n)
      end
    end)

    it("raises on a non-string argument", function()
      assert.has_error(function() core.sha256({}) end,
        "bad argument #1 to 'sha256' (string expected, got table)")
    end)
  end)
end)
