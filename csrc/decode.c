/*
 * decode.c: bytes of a file to UTF-8 text.
 *
 * UTF-8 (BOM stripped) is taken as is; UTF-16 with a BOM and GB18030 (a
 * superset of GBK and GB2312) are converted with iconv. Anything valid in
 * neither is refused with the offset of the first bad byte (of UTF-8, or
 * of GB18030 when the text reads further as GB18030), which is the offset
 * a user can look at with a hex viewer. Valid GB18030 with too few common
 * Chinese characters (Big5, Shift-JIS) is refused too, naming the
 * encoding it resembles. NUL bytes,
 * which PDF and Word exports leave behind, become spaces and are counted,
 * so offsets stay the same and no C string handling downstream stops early.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "dx.h"

int dx_iconv(const char *from, const char *in, size_t n, dx_buf *out, size_t *bad) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) {
    *bad = n;
    return 0;
  }
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

/* How plausible bytes are as GB18030 Chinese: of the multibyte characters,
 * how many are common ones (GB2312 punctuation A1-A3 and hanzi B0-F7, with
 * a trail byte A1-FE). Chinese text in GB18030 is almost all such
 * characters; Big5 and Shift-JIS also parse as GB18030 (every byte pair
 * with a lead 81-FE does) but land in kana, Greek, the user-defined area
 * or the rare GBK extensions about half the time or more. *first_rare is
 * set to the offset of the first multibyte character that is not common. */
static void gb18030_commonness(const unsigned char *s, size_t n, size_t *multi,
                               size_t *common, size_t *first_rare) {
  *multi = *common = 0;
  *first_rare = n;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    if (c < 0x81 || c == 0xFF || i + 1 >= n) {
      i++;
      continue;
    }
    unsigned t = s[i + 1];
    size_t len = (t >= 0x30 && t <= 0x39) ? 4 : 2;
    int ok = len == 2 && t >= 0xA1 && t <= 0xFE &&
             ((c >= 0xA1 && c <= 0xA3) || (c >= 0xB0 && c <= 0xF7));
    (*multi)++;
    if (ok)
      (*common)++;
    else if (*first_rare == n)
      *first_rare = i;
    i += len;
  }
}

int dx_gb18030_plausible(const char *s, size_t n, size_t *first_rare) {
  size_t multi, common;
  gb18030_commonness((const unsigned char *)s, n, &multi, &common, first_rare);
  return common * 10 >= multi * 7; /* 70% common characters or more */
}

/* Whether bytes convert cleanly from an encoding (to name the encoding a
 * refused file most resembles). */
static int converts_from(const char *from, const char *in, size_t n) {
  dx_buf tmp = {0};
  size_t bad = 0;
  int r = dx_iconv(from, in, n, &tmp, &bad);
  dx_buf_free(&tmp);
  return r;
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
    int r = dx_iconv(le ? "UTF-16LE" : "UTF-16BE", in + 2, n - 2, out, &bad);
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
      size_t binary_at = first_binary_byte(s, n);
      int binary = binary_at != n;
      int r = binary ? 0 : dx_iconv("GB18030", in, n, out, &gbad);
      if (r < 0) return -1;
      if (r == 0 && binary && binary_at > bad) {
        /* how far the bytes before the binary one read as GB18030: a GBK
         * file with one stray 0xFF is GB18030 up to it */
        dx_buf head = {0};
        int h = dx_iconv("GB18030", in, binary_at, &head, &gbad);
        dx_buf_free(&head);
        if (h < 0) return -1;
        if (h > 0) gbad = binary_at;
      }
      if (r == 0) {
        info->error = "not UTF-8 or GB18030 text";
        info->bad_offset = bad;
        /* text that reads as GB18030 further than as UTF-8 is GB18030 with
         * a bad byte: that byte is the one to look at */
        if (gbad > bad) {
          info->error = "not UTF-8, and not GB18030 at one byte";
          info->bad_offset = gbad;
        }
        return 0;
      }
      size_t first_rare;
      if (!dx_gb18030_plausible(in, n, &first_rare)) {
        int big5 = converts_from("BIG5", in, n) > 0;
        int sjis = converts_from("SHIFT_JIS", in, n) > 0;
        info->error =
            big5 && !sjis ? "not UTF-8, and not plausible GB18030 Chinese: it resembles Big5 "
                            "(iconv -f BIG5 -t UTF-8 converts it)"
            : sjis && !big5 ? "not UTF-8, and not plausible GB18030 Chinese: it resembles "
                              "Shift-JIS (iconv -f SHIFT_JIS -t UTF-8 converts it)"
            : big5 && sjis ? "not UTF-8, and not plausible GB18030 Chinese: it resembles Big5 "
                             "or Shift-JIS"
                           : "not UTF-8, and not plausible GB18030 Chinese (too few common "
                             "characters)";
        info->bad_offset = first_rare;
        out->n = 0;
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
