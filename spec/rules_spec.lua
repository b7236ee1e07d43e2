local duixian = require "duixian"
local rules = require "duixian.rules"
local H = require "spec.helper"

local function pack_file(src)
  return H.write_temp(src)
end

describe("duixian.rules", function()
  describe("load", function()
    it("runs an untrusted pack without io, os, load, require or debug", function()
      local path = pack_file([[return { name = table.concat({ type(io), type(os), type(load), type(require),
        type(debug), type(dofile), type(string.dump), type(math.floor) }, ",") }]])
      finally(function() os.remove(path) end)
      local p = assert(rules.load(path))
      assert.are.equal("nil,nil,nil,nil,nil,nil,nil,function", p.name)
      assert.is_false(p.trusted)
    end)

    it("gives a trusted pack the whole environment", function()
      local path = pack_file([[return { name = type(io) .. "," .. type(os) .. "," .. type(require) }]])
      finally(function() os.remove(path) end)
      local p = assert(rules.load(path, { trusted = true }))
      assert.are.equal("table,table,function", p.name)
    end)

    it("refuses bytecode", function()
      local path = pack_file(string.dump(function() return {} end))
      finally(function() os.remove(path) end)
      local p, msg = rules.load(path)
      assert.is_nil(p)
      assert.are.equal(path .. ":1: precompiled bytecode is refused; give the rule pack as Lua source text", msg)
    end)

    it("names the file and line of a syntax error", function()
      local path = pack_file("return {\n  judge = {\n    tolerance = function( end,\n  },\n}\n")
      finally(function() os.remove(path) end)
      local p, msg = rules.load(path)
      assert.is_nil(p)
      assert.matches("^" .. path:gsub("%p", "%%%0") .. ":3: ", msg)
    end)

    it("names the file and line of an error raised while loading", function()
      local path = pack_file("local x = 1\nlocal y = io.open('x')\nreturn {}\n")
      finally(function() os.remove(path) end)
      local p, msg = rules.load(path)
      assert.is_nil(p)
      assert.matches("^" .. path:gsub("%p", "%%%0") .. ":2: attempt to index a nil value %(global 'io'%)", msg)
    end)

    it("refuses an unknown section and an unknown rule name, naming the line", function()
      local a = pack_file("return { judges = {} }")
      local b = pack_file("return {\n  judge = {\n    tolerence = function() return 1 end,\n  },\n}\n")
      finally(function() os.remove(a) os.remove(b) end)
      local _, msg = rules.load(a)
      assert.are.equal(a .. ": unknown section 'judges' (a pack has indicators, classify, match and judge)", msg)
      _, msg = rules.load(b)
      assert.are.equal(b .. ":3: judge has no rule named 'tolerence' to override (see duixian.rules.judge)", msg)
    end)

    it("refuses a malformed indicator", function()
      local path = pack_file("return { indicators = { { id = 'x', aliases = {} } } }")
      finally(function() os.remove(path) end)
      local _, msg = rules.load(path)
      assert.are.equal(path .. ": indicator x: aliases must be a non-empty list of words", msg)
      local named = pack_file("return { indicators = { { id = 'gdp_growth', name = {} } } }")
      finally(function() os.remove(path); os.remove(named) end)
      _, msg = rules.load(named)
      assert.are.equal(named .. ": indicator gdp_growth: name must be a string, not a table", msg)
    end)

    it("gives the pack's sha256", function()
      local path = pack_file("return {}")
      finally(function() os.remove(path) end)
      assert.are.equal("7df8f0cd9e1cd0b204a760783671c0ccca4a3258dc7c51f59e9e2295c6c25315", rules.load(path).sha256)
    end)
  end)

  describe("compose", function()
    it("overrides a classify rule by name, and the other rules call the override", function()
      local path = pack_file("return { classify = { is_other = function() return true end } }")
      finally(function() os.remove(path) end)
      local R = rules.compose({ assert(rules.load(path)) })
      local ms = assert(duixian.scan("去年全市生产总值增长8.4%。", { published = "2022-02-24", region = "聊城市" }, { rules = R }))
      assert.are.equal("other", ms[1].kind)
      -- the defaults are untouched
      ms = assert(duixian.scan("去年全市生产总值增长8.4%。", { published = "2022-02-24", region = "聊城市" }))
      assert.are.equal("outcome", ms[1].kind)
    end)

    it("reads word meanings through a custom lexicon in match and judge too", function()
      local indicators = require "duixian.indicators"
      local base = require("duixian.data").shared("lexicon")
      local lexicon = {}
      for k, v in pairs(base) do lexicon[k] = v end
      lexicon.verb_rows = { { "猛增", class = "increase" } }
      for _, row in ipairs(base.verb_rows) do lexicon.verb_rows[#lexicon.verb_rows + 1] = row end
      lexicon.unit_classes = { ["标准箱"] = { "container" } }
      for unit, row in pairs(base.unit_classes) do lexicon.unit_classes[unit] = row end
      local R = rules.compose({}, { lexicon = lexicon })
      assert.are.equal("increase", indicators.verb_class("猛增", R.words))
      assert.is_nil(indicators.verb_class("猛增"))
      assert.are.equal("container", indicators.unit_class("标准箱", R.words))
      assert.are.equal("growth", indicators.measure_of("%", "猛增", "出口", R.words))
      -- the catalogue R composes reads the same lexicon
      assert.are.equal(R.words, R.indicators.words)
    end)

    it("layers a table into a default table by key (elided_subjects)", function()
      local path = pack_file([[return { match = { elided_subjects = { ["据统计"] = true } } }]])
      finally(function() os.remove(path) end)
      local R = rules.compose({ assert(rules.load(path)) })
      assert.is_true(R.match.elided_subjects["据统计"])
      assert.is_true(R.match.elided_subjects["同比"])
      -- the defaults are untouched
      assert.is_nil(rules.default().match.elided_subjects["据统计"])
      assert.is_nil(require("duixian.rules.match").elided_subjects["据统计"])
    end)

    it("lists the default rules and each pack with its sha256", function()
      local path = pack_file("return { name = 'mine', match = { similarity_threshold = 0.7 } }")
      finally(function() os.remove(path) end)
      local R = rules.compose({ assert(rules.load(path)) })
      assert.are.equal("default", R.packs[1].name)
      assert.are.equal(64, #R.packs[1].sha256)
      assert.are.equal("mine", R.packs[2].name)
      assert.are.equal(0.7, R.match.similarity_threshold)
      assert.are.equal(0.5, rules.default().match.similarity_threshold)
    end)

    it("keeps the defaults read-only inside the sandbox", function()
      local path = pack_file("defaults.judge.tolerance = nil\nreturn {}")
      finally(function() os.remove(path) end)
      local _, msg = rules.load(path)
      assert.matches(":1: defaults.judge is read%-only", msg)
    end)
  end)
end)
