/*
 * numeral.c: Arabic and Chinese numerals to exact decimals.
 *
 * A value is kept as mantissa × 10^exp so that 4.5万 is 45 × 10^3 = 45000
 * exactly, never 44999.99…; it becomes a float only when it has a fraction,
 * and then through strtod of "45e-1", which is correctly rounded and needs
 * no locale (there is no decimal point to localise).
 */
#include <string.h>

#include "dx.h"

#define MANT_MAX 100000000000000000LL /* 1e17: room for one more digit */

static int is_digit(unsigned c) { return c >= '0' && c <= '9'; }

/* Do groups of exactly three digits, each after one space, run from i (a
 * space) to where the number ends, with no space and digit after them (1 800
 * 个, 12 345 678元: a thousands separator as converted PDFs write it; not
 * 5 100 5.2, columns of a table, nor 1 8000)? */
static int space_groups_at(const unsigned char *s, size_t n, size_t i) {
  int groups = 0;
  while (i + 3 < n && s[i] == ' ' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
         (i + 4 >= n || !is_digit(s[i + 4]))) {
    i += 4;
    groups++;
  }
  if (!groups) return 0;
  return !(i + 1 < n && s[i] == ' ' && is_digit(s[i + 1]));
}

size_t dx_scan_arabic(const unsigned char *s, size_t n, dx_decimal *d) {
  size_t i = 0;
  int64_t m = 0;
  int exp = 0, digits = 0, ok = 1, spaced = 0, comma = 0;
  while (i < n) {
    unsigned c = s[i];
    if (c >= '0' && c <= '9') {
      if (m < MANT_MAX) m = m * 10 + (c - '0');
      else if (!exp) ok = 0; /* too many digits: a phone number or an id */
      digits++;
      i++;
    } else if (c == ',' && digits > 0 && !spaced && i + 3 < n && is_digit(s[i + 1]) &&
               is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
               (i + 4 >= n || !is_digit(s[i + 4]))) {
      i++; /* a thousands separator: exactly three digits follow */
      comma = 1;
    } else if (c == ' ' && !comma && (spaced || (digits <= 3 && space_groups_at(s, n, i)))) {
      /* a space between groups of three (checked whole at the first) */
      if (!(i + 3 < n && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]))) break;
      spaced = 1;
      i++;
    } else {
      break;
    }
  }
  if (digits == 0) return 0;
  if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
    i++;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (m < MANT_MAX) {
        m = m * 10 + (s[i] - '0');
        exp--;
      }
      i++;
    }
  }
  d->mant = m;
  d->exp = exp;
  d->ok = ok;
  dx_decimal_scale(d, 0);
  return i;
}

void dx_decimal_scale(dx_decimal *d, int k) {
  d->exp += k;
  while (d->exp > 0 && d->mant <= MANT_MAX / 10 && d->mant >= -MANT_MAX / 10) {
    d->mant *= 10;
    d->exp--;
  }
  while (d->exp < 0 && d->mant % 10 == 0 && d->mant != 0) {
    d->mant /= 10;
    d->exp++;
  }
  if (d->mant == 0) d->exp = 0;
}

void dx_decimal_div(dx_decimal *d, int64_t divisor) {
  if (divisor <= 0 || d->mant < 0) {
    d->ok = 0; /* the scanner reads no negative numbers and no zero divisor */
    return;
  }
  /* the remainder stays below the divisor, so r * 10 cannot overflow */
  int64_t q = d->mant / divisor, r = d->mant % divisor;
  int exp = d->exp;
  while (r != 0 && q < MANT_MAX / 10) {
    r *= 10;
    q = q * 10 + r / divisor;
    r %= divisor;
    exp--;
  }
  if (r != 0 && r >= divisor - r) q++; /* half or more of the next digit */
  d->mant = q;
  d->exp = exp;
  dx_decimal_scale(d, 0);
}

/* the numerals of CN_NUMERALS (dx.h) as a list */
#define CN_CODE_POINT(cp_, value) cp_,
static const uint32_t cn_numerals[] = { CN_NUMERALS(CN_CODE_POINT) };
#undef CN_CODE_POINT

const uint32_t *dx_cn_numerals(size_t *n) {
  *n = sizeof cn_numerals / sizeof cn_numerals[0];
  return cn_numerals;
}

/* The end of the numerals (and decimal points) from i: where a numeral too
 * big to hold ends, so that no tail of it is read as a number of its own. */
static size_t numeral_run_end(const unsigned char *s, size_t n, size_t i, int *count) {
  uint32_t cp;
  while (i < n) {
    int k = dx_utf8_decode(s + i, n - i, &cp);
    if (!k || (dx_cn_value(cp) < 0 && cp != 0x70B9)) break; /* 点 */
    i += (size_t)k;
    ++*count;
  }
  return i;
}

size_t dx_scan_chinese(const unsigned char *s, size_t n, dx_decimal *d,
                       int *chars, int *has_magnitude) {
  int64_t total = 0, section = 0, number = 0;
  size_t i = 0;
  int count = 0, mag = 0, last_digit = 0, positional = 0, overflow = 0;
  uint32_t cp;
  while (i < n) {
    int k = dx_utf8_decode(s + i, n - i, &cp);
    if (!k) break;
    int64_t v = dx_cn_value(cp);
    if (v < 0) break;
    if (v < 10) {
      if (last_digit) {
        /* 二〇二二: positional digits, allowed only without magnitudes */
        if (mag) break;
        positional = 1;
        number = number * 10 + v;
      } else {
        number = v;
      }
      last_digit = 1;
    } else {
      if (positional) break;
      /* what the magnitude multiplies: 亿 or 万 alone (过亿元) is one of it */
      int64_t base = v >= 10000 ? (v == 100000000 ? total : 0) + section + number : number;
      if (base == 0) base = 1;
      if (base > MANT_MAX / v) { /* 亿亿亿…: no number we can hold */
        overflow = 1;
        break;
      }
      if (v == 100000000) {
        total = base * v;
        section = 0;
      } else if (v == 10000) {
        total += base * v;
        section = 0;
      } else {
        section += base * v;
      }
      number = 0;
      last_digit = 0;
      mag = 1;
    }
    count++;
    i += (size_t)k;
    if (total > MANT_MAX || section > MANT_MAX || number > MANT_MAX) {
      overflow = 1;
      break;
    }
  }
  if (count == 0) return 0;
  if (overflow) { /* refused whole, as dx_scan_arabic refuses too many digits */
    d->mant = 0;
    d->exp = 0;
    d->ok = 0;
    i = numeral_run_end(s, n, i, &count);
    *chars = count;
    *has_magnitude = mag;
    return i;
  }
  d->mant = total + section + number;
  d->exp = 0;
  d->ok = 1;
  if (d->mant <= MANT_MAX && total == 0) {
    /* 四点五, 百分之三点五, 三点五万: a decimal point (点) and its digits,
     * then a magnitude of the whole (万, 亿). Not after 万 or 亿 (三万点五
     * is no number), and only with a digit right after 点 (五点钟, 重点). */
    size_t j = i;
    int k = dx_utf8_decode(s + j, n - j, &cp);
    int64_t mant = d->mant;
    int places = 0, digits = 0;
    if (k && cp == 0x70B9) { /* 点 */
      j += (size_t)k;
      for (;;) {
        int kd = dx_utf8_decode(s + j, n - j, &cp);
        int64_t v = kd ? dx_cn_value(cp) : -1;
        if (v < 0 || v > 9) break;
        if (mant <= (MANT_MAX - 9) / 10) { /* digits past what a decimal holds are dropped */
          mant = mant * 10 + v;
          places++;
        }
        digits++;
        j += (size_t)kd;
      }
    }
    if (digits > 0) {
      d->mant = mant;
      d->exp = -places;
      count += 1 + digits;
      i = j;
      /* the magnitudes that follow scale the whole: 三点五万, 一点二亿, 一点五万亿 */
      for (;;) {
        int km = dx_utf8_decode(s + i, n - i, &cp);
        int64_t v = km ? dx_cn_value(cp) : -1;
        if (v != 10000 && v != 100000000) break;
        dx_decimal_scale(d, v == 10000 ? 4 : 8);
        mag = 1;
        count++;
        i += (size_t)km;
        if (d->exp > 0) { /* 一点五亿亿亿: past what the integers hold, refused */
          d->ok = 0;
          i = numeral_run_end(s, n, i, &count);
          break;
        }
      }
      dx_decimal_scale(d, 0);
    }
  }
  *chars = count;
  *has_magnitude = mag;
  return i;
}
