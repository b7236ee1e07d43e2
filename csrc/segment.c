/*
 * segment.c: a document cut into sentences, with headings recognised.
 *
 * A sentence ends at 。！？!? (with any closing quote after it), at a blank
 * line, or at a line break before a heading (一、 （一） # 第一部分 1、) or
 * after a heading or a colon. Any other single line break is PDF debris
 * inside a sentence (4万⏎人以上) and is joined over. A sentence longer than
 * max_len is cut at its last clause mark, so a 10 MB line costs the same
 * per byte as a short one.
 */
#include "dx.h"

static int is_ws(const unsigned char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
    *len = 1;
    return 1;
  }
  if (i + 2 < n && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80) { /* U+3000 */
    *len = 3;
    return 1;
  }
  /* a web page's indent: no-break space U+00A0 (&nbsp;), and the typeset
   * spaces U+2000-U+200A and U+202F */
  if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0) {
    *len = 2;
    return 1;
  }
  if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF)
      && s[i + 2] >= 0x80) {
    *len = 3;
    return 1;
  }
  return 0;
}

static int match3(const unsigned char *s, size_t n, size_t i, const char *w) {
  const unsigned char *u = (const unsigned char *)w;
  return i + 2 < n && s[i] == u[0] && s[i + 1] == u[1] && s[i + 2] == u[2];
}

/* Skip Chinese numeral characters from i; returns how many were skipped. */
static size_t skip_cn_digits(const unsigned char *s, size_t n, size_t *i) {
  size_t count = 0;
  uint32_t cp;
  while (*i < n && count < 8) { /* 二十一、 is long for a heading; a run of
                                 * 一 must not be walked at every sentence */
    int k = dx_utf8_next(s + *i, n - *i, &cp);
    if (!k || !dx_is_cn_digit(cp)) break;
    *i += (size_t)k;
    count++;
  }
  return count;
}

/* Heading level if a heading marker starts at i: 1 for 一、 第一部分 #,
 * 2 for （一） (一), 3 for 1、 1．; 0 otherwise. */
static int heading_marker(const unsigned char *s, size_t n, size_t i) {
  size_t j = i;
  if (i < n && s[i] == '#') { /* Markdown: # ## ### and deeper */
    size_t k = i;
    while (k < n && s[k] == '#') k++;
    return k - i >= 3 ? 3 : (int)(k - i);
  }
  if (match3(s, n, i, "第")) {
    j += 3;
    if (skip_cn_digits(s, n, &j) && (match3(s, n, j, "部") || match3(s, n, j, "章")))
      return 1;
    return 0;
  }
  if (skip_cn_digits(s, n, &j)) {
    if (!match3(s, n, j, "、")) return 0;
    /* 一、二、三产业…: a list of numerals, not a heading */
    size_t k = j + 3;
    return skip_cn_digits(s, n, &k) && match3(s, n, k, "、") ? 0 : 1;
  }
  int paren = 0;
  if (j < n && s[j] == '(') paren = 1, j++;
  else if (match3(s, n, j, "（")) paren = 3, j += 3;
  if (paren) {
    if (!skip_cn_digits(s, n, &j)) return 0;
    return (j < n && s[j] == ')') || match3(s, n, j, "）") ? 2 : 0;
  }
  size_t d = j;
  while (j < n && j - d < 3 && s[j] >= '0' && s[j] <= '9') j++; /* 1、 to 99、 */
  if (j > d && j - d <= 2 && (match3(s, n, j, "、") || match3(s, n, j, "．"))) return 3;
  return 0;
}

static int is_terminator(const unsigned char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == '!' || s[i] == '?') {
    *len = 1;
    return 1;
  }
  if (match3(s, n, i, "。") || match3(s, n, i, "！") || match3(s, n, i, "？")) {
    *len = 3;
    return 1;
  }
  return 0;
}

static int is_closer(const unsigned char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')') {
    *len = 1;
    return 1;
  }
  if (match3(s, n, i, "”") || match3(s, n, i, "’") || match3(s, n, i, "）") ||
      match3(s, n, i, "」") || match3(s, n, i, "』")) {
    *len = 3;
    return 1;
  }
  return 0;
}

static int is_clause_mark(const unsigned char *s, size_t n, size_t i) {
  return s[i] == ',' || s[i] == ';' || match3(s, n, i, "，") ||
         match3(s, n, i, "；") || match3(s, n, i, "、");
}

/* □ ■ ● ◆ ★ open bylines and captions in news pages, not headings */
static int byline_mark(const unsigned char *s, size_t n, size_t i) {
  return match3(s, n, i, "□") || match3(s, n, i, "■") || match3(s, n, i, "●") ||
         match3(s, n, i, "◆") || match3(s, n, i, "★");
}

/* Where an over-long sentence is cut: after its last clause mark if that
 * is in the second half, so that no byte is scanned more than twice. */
static size_t cut_at(const unsigned char *s, size_t i, size_t st, size_t last_clause,
                     size_t max_len) {
  if (last_clause > st + max_len / 2) return last_clause + (s[last_clause] < 0x80 ? 1 : 3);
  return i;
}

int dx_next_sentence(dx_segmenter *sg, size_t *start, size_t *end) {
  const unsigned char *s = sg->s;
  size_t n = sg->n, i = sg->pos, w;
  int new_para = i == 0;
  while (i < n) { /* leading whitespace and empty lines */
    if (s[i] == '\n') i++, new_para = 1;
    else if (is_ws(s, n, i, &w)) i += w;
    else break;
  }
  if (i >= n) {
    sg->pos = n;
    return 0;
  }
  if (new_para) sg->para++;
  size_t st = i, last_clause = 0, last_visible = i, stop = n;
  int level = heading_marker(s, n, i), by_line = 0, colon = 0;
  while (i < n) {
    if (s[i] == '\n') {
      size_t j = i + 1;
      while (j < n && is_ws(s, n, j, &w)) j += w;
      if (j >= n || s[j] == '\n' || level || colon || heading_marker(s, n, j)) {
        stop = i;
        by_line = 1;
        break;
      }
      i = j;
      continue;
    }
    unsigned c = s[i];
    if (c >= 0xE4 && c <= 0xE9) { /* a CJK ideograph: never a mark; the hot path */
      /* the whole run at once, up to the length limit */
      do i += 3;
      while (i < n && s[i] >= 0xE4 && s[i] <= 0xE9 && i - st < sg->max_len);
      last_visible = i;
      colon = 0;
      if (i - st >= sg->max_len) {
        i = cut_at(s, i, st, last_clause, sg->max_len);
        stop = last_visible = i;
        break;
      }
      continue;
    }
    if (is_ws(s, n, i, &w)) {
      i += w;
      continue;
    }
    if (is_terminator(s, n, i, &w)) {
      i += w;
      while (i < n && (is_closer(s, n, i, &w) || is_terminator(s, n, i, &w))) i += w;
      stop = i;
      last_visible = i;
      break;
    }
    colon = s[i] == ':' || match3(s, n, i, "：");
    if (is_clause_mark(s, n, i)) last_clause = i;
    i += (size_t)dx_utf8_len(s[i]);
    last_visible = i;
    if (i - st >= sg->max_len) {
      i = cut_at(s, i, st, last_clause, sg->max_len);
      stop = last_visible = i;
      break;
    }
  }
  if (stop > n) stop = n;
  if (i >= n) stop = n;
  *start = st;
  *end = last_visible < stop ? last_visible : stop;
  sg->pos = stop;
  /* a short line without sentence marks is a news subheading */
  if (!level && by_line && *end - st <= 75 && !last_clause && !byline_mark(s, n, st))
    level = 3;
  sg->heading_level = level;
  return 1;
}
