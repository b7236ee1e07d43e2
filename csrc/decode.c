/*
 * decode.c: bytes of a file to UTF-8 text.
 *
 * UTF-8 (BOM stripped) is taken as is; UTF-16 with a BOM and GB18030 (a
 * superset of GBK and GB2312) are converted with iconv. Anything valid in
 * neither is refused with the offset of the first byte that is not UTF-8,
 * which is the offset a user can look at with a hex viewer. NUL bytes,
 * which PDF and Word exports leave behind, become spaces and are counted,
 * so offsets stay the same and no C string handling downstream stops early.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "dx.h"

static int convert(const char *from, const char *in, size_t n, dx_buf *out,
                   size_t *bad) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) return 0;
  char *ip = (char *)in;
  size_t left = n;
  int ok = 1;
  while (left > 0) {
    if (!dx_buf_reserve(out, left * 2 + 16)) {
      ok = -1;
      break;
    }
    char *op = out->p + out->n;
    size_t room = out->cap - out->n;
    size_t r = iconv(cd, &ip, &left, &op, &room);
    out->n = (size_t)(op - out->p);
    if (r == (size_t)-1 && errno != E2BIG) {
      *bad = (size_t)(ip - in);
      ok = 0;
      break;
    }
  }
  iconv_close(cd);
  return ok;
}

/* Bytes that GB18030 text never starts a character with, and that mark a
 * binary file: C0 controls other than tab, newline, CR, form feed, ESC. */
static size_t first_binary_byte(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned c = s[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != 0x1B && c != 0)
      return i;
    if (c == 0x7F || c == 0xFF) return i;
  }
  return n;
}

int dx_decode(const char *in, size_t n, dx_buf *out, dx_decode_info *info) {
  const unsigned char *s = (const unsigned char *)in;
  memset(info, 0, sizeof *info);
  out->n = 0;
  if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
    int le = s[0] == 0xFF;
    size_t bad = 0;
    info->encoding = le ? "utf-16le" : "utf-16be";
    info->bom = 2;
    int r = convert(le ? "UTF-16LE" : "UTF-16BE", in + 2, n - 2, out, &bad);
    if (r <= 0) {
      info->error = "invalid UTF-16";
      info->bad_offset = bad + 2;
      return r;
    }
  } else {
    size_t skip = (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) ? 3 : 0;
    size_t bad = skip + dx_utf8_check(s + skip, n - skip);
    if (bad == n) {
      info->encoding = "utf-8";
      info->bom = skip;
      if (skip == 0 && memchr(in, '\0', n) == NULL) {
        info->unchanged = 1; /* the input is the text: no copy */
        return 1;
      }
      if (!dx_buf_add(out, in + skip, n - skip)) return -1;
    } else {
      size_t gbad = 0;
      int r = first_binary_byte(s, n) == n ? convert("GB18030", in, n, out, &gbad) : 0;
      if (r < 0) return -1;
      if (r == 0) {
        info->error = "not UTF-8 or GB18030 text";
        info->bad_offset = bad;
        return 0;
      }
      info->encoding = "gb18030";
    }
  }
  for (size_t i = 0; i < out->n; i++)
    if (out->p[i] == '\0') {
      out->p[i] = ' ';
      info->nul++;
    }
  return 1;
}
