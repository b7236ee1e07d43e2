/*
 * utf8.c: strict UTF-8 decoding and the growable buffer every other file
 * writes into. Strict means no overlongs, no surrogates, nothing above
 * U+10FFFF, the same rules as Lua's utf8 library.
 */
#include <stdlib.h>
#include <string.h>

#include "dx.h"

int dx_buf_reserve(dx_buf *b, size_t extra) {
  if (b->cap - b->n >= extra) return 1;
  size_t cap = b->cap ? b->cap : 256;
  while (cap - b->n < extra) {
    if (cap > SIZE_MAX / 2) return 0;
    cap *= 2;
  }
  char *p = realloc(b->p, cap);
  if (!p) return 0;
  b->p = p;
  b->cap = cap;
  return 1;
}

int dx_buf_add(dx_buf *b, const void *s, size_t n) {
  if (n == 0) return 1; /* memcpy to a still NULL buffer is undefined */
  if (!dx_buf_reserve(b, n)) return 0;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  return 1;
}

void dx_buf_free(dx_buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}


int dx_utf8_next(const unsigned char *s, size_t n, uint32_t *cp) {
  if (n == 0) return 0;
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) len = 2, v = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, v = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, v = c & 0x07, min = 0x10000;
  else return 0;
  if ((size_t)len > n) return 0;
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

/* Are the twelve bytes at s four three-byte characters, each led by E1-EC
 * or EE-EF (no overlong form, no surrogate)? Two words at once: their
 * continuation bytes tested under one mask, their leads' high nibbles
 * under another and their low nibbles (neither 0 nor D) in a bitmap. Never
 * true of bytes that are not valid UTF-8; false sends the caller to the
 * exact test. */
static int four_cjk(const unsigned char *s) {
  uint64_t a; /* bytes 0-7: leads at 0, 3, 6 */
  uint32_t b; /* bytes 8-11: the lead at 9 */
  memcpy(&a, s, sizeof a);
  memcpy(&b, s + 8, sizeof b);
  /* little or big endian alike: the masks are built byte by byte */
  static const unsigned char want_a[8] = {0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0};
  static const unsigned char is_a[8] = {0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80};
  static const unsigned char want_b[4] = {0xC0, 0xF0, 0xC0, 0xC0};
  static const unsigned char is_b[4] = {0x80, 0xE0, 0x80, 0x80};
  uint64_t ma, ea;
  uint32_t mb, eb;
  memcpy(&ma, want_a, 8);
  memcpy(&ea, is_a, 8);
  memcpy(&mb, want_b, 4);
  memcpy(&eb, is_b, 4);
  if ((a & ma) != ea || (b & mb) != eb) return 0;
  /* low nibbles of the leads: E0 may be overlong, ED a surrogate */
  const unsigned ok = 0xDFFE;
  return (ok >> (s[0] & 15)) & (ok >> (s[3] & 15)) & (ok >> (s[6] & 15)) & (ok >> (s[9] & 15)) & 1;
}

size_t dx_utf8_check(const unsigned char *s, size_t n) {
  size_t i = 0;
  uint32_t cp;
  while (i < n) {
    unsigned c = s[i];
    if (c < 0x80) { /* ASCII runs are most of some files: skip fast */
      i++;
      continue;
    }
    /* a run of three-byte characters whose lead admits no overlong form
     * and no surrogate (E1-EF but ED, which does, as E0 does): CJK text is
     * almost all of these, checked in one tight loop */
    if (i + 2 < n && c - 0xE1u <= 0xEFu - 0xE1u && c != 0xED &&
        (((s[i + 1] ^ 0x80u) | (s[i + 2] ^ 0x80u)) < 0x40u)) {
      i += 3;
      while (i + 12 <= n && four_cjk(s + i)) i += 12;
      while (i + 2 < n && s[i] - 0xE1u <= 0xEFu - 0xE1u && s[i] != 0xED &&
             (((s[i + 1] ^ 0x80u) | (s[i + 2] ^ 0x80u)) < 0x40u))
        i += 3;
      continue;
    }
    int k = dx_utf8_next(s + i, n - i, &cp);
    if (!k) return i;
    i += (size_t)k;
  }
  return n;
}
