-- A rule pack adding an indicator the default catalogue does not know:
-- pocket parks, with the names reports give them. Targets about them are
-- then matched through the catalogue (matched_by = "catalogue") instead of
-- by subject similarity.
--
--   bin/duixian audit --rules examples/pocket_parks.lua \
--     --manifest data/demo/manifest.tsv data/demo/*.txt --format jsonl
return {
  name = "pocket parks",
  indicators = {
    {
      id = "pocket_parks",
      name = "城市口袋公园",
      aliases = { "城市口袋公园", "口袋公园", "街头游园", "小微公园" },
      measure = "added",
      unit = "个",
      direction = "floor",
      tolerance = { ratio = 0.05 },
    },
  },
}
