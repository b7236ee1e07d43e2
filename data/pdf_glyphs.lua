-- Characters a PDF's text layer gives for another character whose glyph
-- its font shares: the font draws both with one glyph, and the PDF writer
-- names the glyph by the other code point. Measured by printing every
-- character of ../shared/corpus with headless Chromium in Noto CJK SC (the
-- fonts of Debian's fonts-noto-cjk) and reading the PDF back: these two
-- pairs were all that came back changed (the CJK radicals Chromium also
-- writes are mapped in csrc/radicals.h). A PDF whose text is in simplified
-- characters gets the simplified character back; a traditional one keeps 戶.
-- Each pair is one character for one of the same byte length, so offsets
-- into the text do not move.
return {
  shared_glyphs = {
    { "戶", "户" }, -- U+6236 for U+6237 (serif and sans)
    { "㬵", "胶" }, -- U+3B35 for U+80F6 (sans)
  },
}
