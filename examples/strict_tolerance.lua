-- A rule pack that judges 左右 (about) more strictly than the default
-- convention: a target of "5.5%左右" is met from 5.4% up (the default
-- accepts 5.0%), and a count of "500张左右" from 490 (not 475).
--
--   bin/duixian audit --rules examples/strict_tolerance.lua \
--     --manifest data/demo/manifest.tsv data/demo/*.txt
--
-- Packs run in a sandbox: no io, no os, no require. The default rules are
-- readable as `defaults` (defaults.judge.tolerance is the one replaced here).
return {
  name = "strict tolerance",

  judge = {
    -- tolerance(R, target, indicator, value) -> how far 左右 stretches
    tolerance = function(_, target, _, value)
      if target.m.unit == "%" or target.m.unit == "pp" then return 0.1 end
      return math.abs(value) * 0.02
    end,
  },
}
