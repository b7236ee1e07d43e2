/*
 * width.c: display width of UTF-8 text in terminal cells.
 *
 * East Asian wide and full-width characters (CJK, kana, Hangul, full-width
 * forms, most emoji) take two cells, combining marks and controls none,
 * everything else one. Tables of scorecards align by this, not by bytes or
 * code points. Invalid bytes count one cell each, as terminals show them.
 */
#include "dx.h"

static int is_wide(uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

static int is_zero_width(uint32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x300 && c <= 0x36F) || c == 0x200B ||
         c == 0x200C || c == 0x200D || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F);
}

size_t dx_display_width(const unsigned char *s, size_t n) {
  size_t i = 0, w = 0;
  while (i < n) {
    uint32_t cp;
    int k = dx_utf8_next(s + i, n - i, &cp);
    if (!k) {
      w++;
      i++;
      continue;
    }
    w += is_zero_width(cp) ? 0 : is_wide(cp) ? 2 : 1;
    i += (size_t)k;
  }
  return w;
}
