/*
 * normalize.c: one sentence folded for scanning, with a map back to the
 * original bytes.
 *
 * Full-width digits, letters and signs become ASCII; dash variants (— – －
 * ~ ～ 〜 −) become '-'; whitespace and line breaks that PDF extraction left
 * inside CJK text (规上工 业增加值, 8%以 上, 4万⏎人以上) are dropped, except
 * one space between two ASCII letters or digits on one line (a line break
 * between them is a hard wrap's: 装机10⏎88万千瓦 is 1088万千瓦). An 一 between two digits
 * is OCR's rendering of a dash (2一3个) and becomes '-'. Control bytes are
 * dropped and counted. The map lets every mention quote the original text.
 */
#include <stdlib.h>

#include "dx.h"

static int is_ascii_alnum(unsigned c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* (and a table's cell marks, | and ｜: a row's cells read as one phrase,
 * 地区生产总值 | 增长5.5%左右) */
static int is_space_cp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0x3000 || cp == 0xA0 || cp == '|' || cp == 0xFF5C;
}

/* ASCII replacement for a code point, or 0 to copy it unchanged. */
static unsigned fold(uint32_t cp) {
  if (cp >= 0xFF10 && cp <= 0xFF19) return '0' + (cp - 0xFF10);
  if (cp >= 0xFF21 && cp <= 0xFF3A) return 'A' + (cp - 0xFF21);
  if (cp >= 0xFF41 && cp <= 0xFF5A) return 'a' + (cp - 0xFF41);
  switch (cp) {
  case 0xFF05: return '%';
  case 0xFF0E: return '.';
  case 0xFF0B: return '+';
  case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
  case 0xFF0D: case 0xFF5E: case 0x301C: case '~': return '-';
  default: return 0;
  }
}

/* Room for a whole sentence: folding only shrinks text, and a kept space
 * replaces at least one whitespace byte, so n + 1 bytes always suffice. */
static int reserve(dx_norm *nz, size_t n) {
  if (!dx_buf_reserve(&nz->copy, n + 1)) return 0;
  if (n + 1 > nz->map_cap) {
    size_t cap = nz->map_cap ? nz->map_cap : 1024;
    while (cap < n + 1) cap *= 2;
    uint32_t *m = realloc(nz->map, cap * sizeof *m);
    if (!m) return 0;
    nz->map = m;
    nz->map_cap = cap;
  }
  return 1;
}

/* Append bytes and their map entries; reserve() made the room. */
static int emit(dx_norm *nz, const unsigned char *s, size_t len, uint32_t at,
                int copied) {
  for (size_t j = 0; j < len; j++) {
    nz->map[nz->copy.n] = at + (copied ? (uint32_t)j : 0);
    nz->copy.p[nz->copy.n++] = (char)s[j];
  }
  return 1;
}

static int next_is_digit(const unsigned char *s, size_t n, size_t i) {
  uint32_t cp;
  while (i < n) {
    int k = dx_utf8_next(s + i, n - i, &cp);
    if (!k) return 0;
    if (!is_space_cp(cp)) return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
    i += (size_t)k;
  }
  return 0;
}

int dx_norm_folds(uint32_t cp) {
  return is_space_cp(cp) || cp < 0x20 || cp == 0x7F || fold(cp) != 0;
}

/* Every code point dx_norm_folds accepts lies in one of these blocks (ASCII
 * and Latin-1, General Punctuation to the Mathematical Operators, CJK
 * Symbols, the full-width forms): keep them in step with is_space_cp and
 * fold. */
void dx_norm_mark_folds(uint8_t *map) {
  static const uint32_t blocks[][2] = {{0, 0x100}, {0x2000, 0x2300}, {0x3000, 0x3040}, {0xFF00, 0xFF70}};
  for (size_t b = 0; b < sizeof blocks / sizeof blocks[0]; b++)
    for (uint32_t cp = blocks[b][0]; cp < blocks[b][1]; cp++)
      if (dx_norm_folds(cp)) map[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

void dx_norm_identity(dx_norm *nz, const unsigned char *s, size_t n, size_t base) {
  nz->t = (const char *)s;
  nz->len = n;
  nz->identity = 1;
  nz->base = base;
  nz->olen = n;
  nz->dropped = 0;
}

int dx_normalize(dx_norm *nz, const unsigned char *s, size_t n, size_t base) {
  return dx_normalize_skipping(nz, s, n, base, NULL, 0);
}

int dx_normalize_skipping(dx_norm *nz, const unsigned char *s, size_t n, size_t base,
                          const size_t *skips, size_t nskips) {
  nz->identity = 0;
  nz->t = NULL;
  nz->len = 0;
  nz->copy.n = 0;
  nz->base = base;
  nz->olen = n;
  nz->dropped = 0;
  if (!reserve(nz, n)) return 0;
  /* pending_break: the whitespace pending holds a line break, where a hard
   * wrap cut a number or a word (装机10⏎88万千瓦): joined without a space */
  int pending_space = 0, pending_break = 0;
  size_t i = 0, skip = 0;
  while (i < n) {
    /* a skipped range starts a line, so no run below crosses into it: the
     * line break before it ends every run */
    if (skip < nskips && i >= skips[2 * skip]) {
      if (skips[2 * skip + 1] > i) i = skips[2 * skip + 1];
      skip++;
      pending_space = pending_break = 1;
      continue;
    }
    /* a run of CJK ideographs other than 一 (most of a report): copied as
     * is, three bytes and three map entries at a time */
    if (s[i] >= 0xE4 && s[i] <= 0xE9) {
      char *out = nz->copy.p;
      uint32_t *map = nz->map;
      size_t o = nz->copy.n;
      while (i + 2 < n && s[i] >= 0xE4 && s[i] <= 0xE9 && (s[i + 1] & 0xC0) == 0x80 &&
             (s[i + 2] & 0xC0) == 0x80 && !(s[i] == 0xE4 && s[i + 1] == 0xB8 && s[i + 2] == 0x80)) {
        out[o] = (char)s[i];
        out[o + 1] = (char)s[i + 1];
        out[o + 2] = (char)s[i + 2];
        map[o] = (uint32_t)i;
        map[o + 1] = (uint32_t)i + 1;
        map[o + 2] = (uint32_t)i + 2;
        o += 3;
        i += 3;
        pending_space = pending_break = 0; /* whitespace next to CJK is debris */
      }
      nz->copy.n = o;
      if (i >= n) break;
    }
    if (s[i] >= 0xE4 && s[i] <= 0xE9 && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) { /* a CJK ideograph: copied as is */
      pending_space = pending_break = 0; /* whitespace next to CJK is debris */
      if (s[i] == 0xE4 && s[i + 1] == 0xB8 && s[i + 2] == 0x80 && nz->copy.n &&
          nz->copy.p[nz->copy.n - 1] >= '0' && nz->copy.p[nz->copy.n - 1] <= '9' &&
          next_is_digit(s, n, i + 3)) {
        unsigned char dash = '-'; /* 2一3个 */
        emit(nz, &dash, 1, (uint32_t)i, 0);
      } else {
        emit(nz, s + i, 3, (uint32_t)i, 1);
      }
      i += 3;
      continue;
    }
    uint32_t cp = s[i];
    int k = cp < 0x80 ? 1 : dx_utf8_decode(s + i, n - i, &cp);
    if (!k) { /* cannot happen after decoding; skip the byte all the same */
      nz->dropped++;
      i++;
      continue;
    }
    if (is_space_cp(cp) || cp < 0x20 || cp == 0x7F) {
      if (!is_space_cp(cp)) nz->dropped++;
      pending_space = 1;
      pending_break |= cp == '\n';
      i += (size_t)k;
      continue;
    }
    unsigned char ascii = (unsigned char)fold(cp);
    if (cp == 0xFF0C && nz->copy.n && is_ascii_alnum((unsigned char)nz->copy.p[nz->copy.n - 1]) &&
        nz->copy.p[nz->copy.n - 1] <= '9' && next_is_digit(s, n, i + (size_t)k))
      ascii = ','; /* １，０００ */
    unsigned first = ascii ? ascii : s[i];
    if (pending_space && !pending_break && nz->copy.n &&
        is_ascii_alnum((unsigned char)nz->copy.p[nz->copy.n - 1]) && is_ascii_alnum(first)) {
      if (!emit(nz, (const unsigned char *)" ", 1, (uint32_t)(i - 1), 1)) return 0;
    }
    pending_space = pending_break = 0;
    if (ascii) {
      if (!emit(nz, &ascii, 1, (uint32_t)i, 0)) return 0;
    } else {
      if (!emit(nz, s + i, (size_t)k, (uint32_t)i, 1)) return 0;
    }
    i += (size_t)k;
  }
  nz->map[nz->copy.n] = (uint32_t)n;
  nz->copy.p[nz->copy.n] = '\0';
  nz->t = nz->copy.p;
  nz->len = nz->copy.n;
  return 1;
}

void dx_norm_free(dx_norm *nz) {
  dx_buf_free(&nz->copy);
  free(nz->map);
  nz->map = NULL;
  nz->map_cap = 0;
}
