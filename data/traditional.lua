-- Characters that mark a text as written in traditional characters: each
-- is the traditional form of a character government reports use on nearly
-- every page, and none is used in simplified text. A text holding any of
-- them in its first 16 KB is converted to simplified (OpenCC t2s) before
-- it is scanned.
return {
  markers = {
    "億", "萬", "個", "點", "長", "發", "經", "濟", "國", "區", "產", "業",
    "與", "為", "會", "實", "現", "進", "動", "農", "這", "們", "時", "設",
    "務", "質", "標", "準", "穩", "總", "資", "統", "計", "達", "關", "書",
  },
}
