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
#include <stdlib.h>
#include <string.h>

#include "dx.h"

/* ---- the first pass's facts about each character -------------------------
 * While it cuts sentences, the segmenter looks once at every character and
 * notes what the later scans would otherwise look for themselves: whether
 * normalising changes the sentence at all, and where a quantity or a cue
 * may start (the lexicon's bitmaps of first characters; digits). */

static int is_digit_byte(unsigned c) { return c - '0' < 10u; }

/* a mark: the offset in the sentence above, the DX_CLASS_* bits below */
enum { MARK_SHIFT = 3 };

static int grow_positions(dx_positions *p, size_t want);

/* Room for want more positions, or 0 (then no more are listed, and the
 * sentence is scanned whole). */
static inline int make_room(dx_positions *p, size_t want) {
  return p->cap - p->n >= want || grow_positions(p, want);
}

typedef struct {
  size_t st;         /* the sentence's start */
  size_t first_fold; /* offset of the first character normalising changes */
  unsigned bad;      /* bits 0xC0 set: an ideograph with a bad continuation byte */
  int oom;           /* a candidate list could not grow: scan as before */
  size_t first_mark; /* offset of the first clause mark (dx_clause_mark_cp) */
} first_pass;

/* Note the clause mark cp at i if it is the sentence's first: a comma
 * between digits is none (1,000), unless the sentence ends with it (see
 * the end of dx_next_sentence). */
static void mark_at(first_pass *fp, const unsigned char *s, size_t n, size_t i, uint32_t cp) {
  if (fp->first_mark != SIZE_MAX || !dx_clause_mark_cp(cp)) return;
  if (cp == ',' && dx_thousands_comma(s, n, i, fp->st)) return;
  fp->first_mark = i - fp->st;
}

static int push_pos(dx_positions *p, size_t mark) {
  if (!make_room(p, 1)) return 0;
  p->at[p->n++] = (uint32_t)mark;
  return 1;
}

static int bit(const uint8_t *map, uint32_t cp) { return (map[cp >> 3] >> (cp & 7)) & 1; }

/* A character at i that may start a quantity (DX_CLASS_QUANTITY) or a cue
 * (DX_CLASS_CUE): listed with its class. */
static void note(dx_segmenter *sg, first_pass *fp, size_t i, unsigned cls) {
  if (sg->lx && !push_pos(&sg->marks, ((i - fp->st) << MARK_SHIFT) | cls)) fp->oom = 1;
}

/* The class of a character beyond the ideographs (one beyond the BMP, in
 * no bitmap, is a candidate of both scans). */
static unsigned class_of(const dx_lexicon *lx, uint32_t cp) {
  if (cp >= 0x10000) return DX_CLASS_QUANTITY | DX_CLASS_CUE;
  return (unsigned)(bit(lx->starts, cp) * DX_CLASS_QUANTITY + bit(lx->cue_starts, cp) * DX_CLASS_CUE);
}


static void folds_at(first_pass *fp, size_t i) {
  if (fp->first_fold > i - fp->st) fp->first_fold = i - fp->st;
}

/* What the first pass notes of the character cp at i, any but a whole CJK
 * ideograph (those are looked at in ideograph_run); cp is DX_BAD_CHAR for
 * bytes that are no UTF-8. */
#define DX_BAD_CHAR 0xFFFFFFFFu
static void look_at(dx_segmenter *sg, first_pass *fp, size_t i, uint32_t cp) {
  const unsigned char *s = sg->s;
  const dx_lexicon *lx = sg->lx;
  if (!lx) return; /* nothing is listed, and the sentence is not plain */
  if (cp < 0x80) {
    if (is_digit_byte(cp)) {
      /* a digit starts a number unless it continues one, a year unless it
       * follows a digit (the scans' own tests, on the same bytes) */
      unsigned prev = i > fp->st ? s[i - 1] : 0;
      if (!is_digit_byte(prev))
        note(sg, fp, i, (prev == '.' ? 0 : DX_CLASS_QUANTITY) | DX_CLASS_CUE);
    } else if (cp < 0x21 || cp == 0x7F || cp == '~') {
      folds_at(fp, i);
    }
    return;
  }
  /* most punctuation starts nothing and is left as it is */
  if (cp < 0x10000 && !bit(lx->look_again, cp)) return;
  if (cp == DX_BAD_CHAR) {
    folds_at(fp, i);
    return;
  }
  /* ，between digits is a thousands separator (１，０００) */
  if (dx_norm_folds(cp) || (cp == 0xFF0C && i > fp->st && is_digit_byte(s[i - 1]))) folds_at(fp, i);
  if (cp >= 0x10000 || bit(lx->any_starts, cp)) note(sg, fp, i, class_of(lx, cp));
}

/* The character at i: its code point (DX_BAD_CHAR for a byte that is no
 * UTF-8) and its length, as the segmenter steps (1 for a bad byte's lead
 * alone, as dx_utf8_len says). */
static inline uint32_t char_at(const unsigned char *s, size_t n, size_t i, size_t *len) {
  uint32_t cp = s[i];
  if (cp < 0x80) {
    *len = 1;
    return cp;
  }
  int k = dx_utf8_decode(s + i, n - i, &cp);
  *len = k ? (size_t)k : (size_t)dx_utf8_len(s[i]);
  return k ? cp : DX_BAD_CHAR;
}

void dx_segmenter_free(dx_segmenter *sg) {
  free(sg->marks.at);
  free(sg->quantities.at);
  free(sg->cues.at);
  free(sg->page_lines.at);
  free(sg->skips.at);
  sg->marks = sg->quantities = sg->cues = (dx_positions){0};
  sg->page_lines.at = sg->skips.at = NULL;
  sg->page_lines.n = sg->skips.n = sg->skips.cap = 0;
}

/* The marks of a plain sentence of len bytes dealt into the two lists, each
 * scan's own: again without a branch on the classes. 0: no memory. */
static int deal_marks(dx_segmenter *sg, size_t len) {
  dx_positions *m = &sg->marks, *q = &sg->quantities, *c = &sg->cues;
  while (m->n && (m->at[m->n - 1] >> MARK_SHIFT) >= len) m->n--; /* past a cut */
  q->n = c->n = 0;
  if (!make_room(q, m->n + 1) || !make_room(c, m->n + 1)) return 0;
  size_t qn = 0, cn = 0;
  for (size_t k = 0; k < m->n; k++) {
    uint32_t e = m->at[k], off = e >> MARK_SHIFT;
    q->at[qn] = off;
    c->at[cn] = off;
    qn += e & DX_CLASS_QUANTITY;
    cn += (e & DX_CLASS_CUE) >> 1;
  }
  q->n = qn;
  c->n = cn;
  return 1;
}

/* The spaces the segmenter steps over: the ASCII ones but the line break,
 * the ideographic space U+3000, and a web page's indent: no-break space
 * U+00A0 (&nbsp;), and the typeset spaces U+2000-U+200A and U+202F. */
static int is_ws_cp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x3000 ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
}

static int is_ws(const unsigned char *s, size_t n, size_t i, size_t *len) {
  size_t l;
  if (!is_ws_cp(char_at(s, n, i, &l))) return 0;
  *len = l;
  return 1;
}

static int match3(const unsigned char *s, size_t n, size_t i, const char *w) {
  const unsigned char *u = (const unsigned char *)w;
  return i + 2 < n && s[i] == u[0] && s[i + 1] == u[1] && s[i + 2] == u[2];
}

/* A numeral a heading is numbered with: 一 to 十 (二十一、). 两 百 千 万 亿
 * number no section: a hard wrap may put 亿、 at a line's start (破⏎亿、达到). */
static int is_heading_numeral(uint32_t cp) {
  int64_t v = dx_cn_value(cp);
  return v >= 1 && v <= 10 && cp != 0x4E24;
}

/* Skip heading numerals from i; returns how many were skipped. */
static size_t skip_cn_digits(const unsigned char *s, size_t n, size_t *i) {
  size_t count = 0;
  uint32_t cp;
  while (*i < n && count < 8) { /* 二十一、 is long for a heading; a run of
                                 * 一 must not be walked at every sentence */
    int k = dx_utf8_decode(s + *i, n - *i, &cp);
    if (!k || !is_heading_numeral(cp)) break;
    *i += (size_t)k;
    count++;
  }
  return count;
}

/* Heading level if a heading marker starts at i: 1 for 一、 第一部分 #,
 * 2 for （一） (一), 3 for 1、 1．; 0 otherwise. */
static int heading_marker(const unsigned char *s, size_t n, size_t i) {
  size_t j = i, len;
  /* most lines open with none of the markers' first characters: # 第 ( （
   * an ASCII digit or a Chinese numeral */
  uint32_t first = i < n ? char_at(s, n, i, &len) : 0;
  if (!(first == '#' || first == 0x7B2C || first == '(' || first == 0xFF08 ||
        (first >= '0' && first <= '9') || is_heading_numeral(first)))
    return 0;
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

/* Does a figure's or a table's caption start at i: 图 or 表, a number of one
 * to three digits, then no more digits (图1 2019—2023年地区生产总值及其增长
 * 速度, 表2　…)? A caption is a line of its own, no heading and no sentence
 * of the text below it. */
static int caption_mark(const unsigned char *s, size_t n, size_t i) {
  if (!(match3(s, n, i, "图") || match3(s, n, i, "表"))) return 0;
  size_t j = i + 3;
  while (j < n && j - (i + 3) < 4 && s[j] >= '0' && s[j] <= '9') j++;
  return j > i + 3 && j - (i + 3) <= 3 && (j >= n || s[j] < '0' || s[j] > '9');
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

/* □ ■ ● ◆ ★ open bylines and captions in news pages, not headings */
static int byline_mark(const unsigned char *s, size_t n, size_t i) {
  return match3(s, n, i, "□") || match3(s, n, i, "■") || match3(s, n, i, "●") ||
         match3(s, n, i, "◆") || match3(s, n, i, "★");
}

/* Does a list item's mark stand at i: a Markdown bullet (- * +, then a
 * space) or •? An item is no heading, however short. */
static int item_mark(const unsigned char *s, size_t n, size_t i) {
  if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') return 1;
  return match3(s, n, i, "•");
}

/* Where an over-long sentence is cut: after its last clause mark if that
 * is in the second half, so that no byte is scanned more than twice. */
static size_t cut_at(const unsigned char *s, size_t i, size_t st, size_t last_clause,
                     size_t max_len) {
  if (last_clause > st + max_len / 2) return last_clause + (s[last_clause] < 0x80 ? 1 : 3);
  return i;
}

static const uint8_t no_class[0x6000]; /* without a lexicon: no candidates */

static int grow_positions(dx_positions *p, size_t want) {
  size_t cap = p->cap ? p->cap : 256;
  while (cap - p->n < want) cap *= 2;
  uint32_t *a = realloc(p->at, cap * sizeof *a);
  if (!a) return 0;
  p->at = a;
  p->cap = cap;
  return 1;
}

/* A run of CJK ideographs from i (most of a report), up to the sentence's
 * length limit; returns where it ends. Each character's class is read from
 * one table (DX_CLASS_*), and its offset and class written at the end of
 * the list, which keeps them only when the class says it may start
 * something: no branch on the text, whose candidates come too irregularly
 * for a branch predictor. The list has room for the next CHUNK characters;
 * the loop stops to make more. */
enum { CHUNK = 256 };
static size_t ideograph_run(dx_segmenter *sg, first_pass *fp, size_t i) {
  const unsigned char *s = sg->s;
  size_t n = sg->n, limit = fp->st + sg->max_len;
  size_t safe = n > 2 ? n - 2 : 0; /* i < safe: a whole character at i */
  if (limit > safe) limit = safe;
  int listing = sg->lx && !fp->oom;
  const uint8_t *cls = listing ? sg->lx->ideograph_class : no_class;
  uint32_t sink[1] = {0}; /* where offsets go when none are kept */
  /* continuation bytes are 10xxxxxx: each flipped by 0x80 is below 0x40,
   * so the top two bits stay clear in all of them or-ed together */
  unsigned flipped = 0;
  if (i >= safe) { /* one character, cut short by the end of the text */
    fp->bad |= 0x40;
    return i + 3;
  }
  do {
    if (listing && !make_room(&sg->marks, CHUNK)) {
      fp->oom = 1;
      listing = 0;
      cls = no_class;
    }
    uint32_t *at = listing ? sg->marks.at + sg->marks.n : sink;
    /* the first character is taken even at the limit (a line joined past
     * it): then the chunk ends at once */
    size_t k = 0, chunk_end = i < limit && limit - i > 3 * CHUNK ? i + 3 * CHUNK : limit;
    uint32_t mark = (uint32_t)(i - fp->st) << MARK_SHIFT;
    do {
      unsigned b0 = s[i], b1 = s[i + 1] ^ 0x80u, b2 = s[i + 2] ^ 0x80u;
      flipped |= b1 | b2;
      unsigned v = cls[(size_t)(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)) - 0x4000u];
      at[k] = mark | v;
      k += v >> 2;
      i += 3;
      mark += 3u << MARK_SHIFT;
    } while (i < chunk_end && s[i] - 0xE4u <= 0xE9u - 0xE4u);
    if (listing) sg->marks.n += k;
  } while (i < limit && s[i] - 0xE4u <= 0xE9u - 0xE4u);
  if (flipped & 0xC0u) fp->bad |= 0x40;
  /* a last character cut short by the end of the text, within the limit */
  if (i < n && i >= safe && i < fp->st + sg->max_len && s[i] - 0xE4u <= 0xE9u - 0xE4u) {
    fp->bad |= 0x40;
    i += 3;
  }
  return i;
}

/* ---- page furniture ------------------------------------------------------
 * A PDF's text keeps what is printed on every page: its number (— 3 —, -3-,
 * 第3页, 3/20) on a line of its own, and a running header or footer (the
 * report's title) beside it. Both may fall in the middle of a sentence. A
 * page-number line is known by its form alone; a header by being the same
 * line next to two page numbers or more. Both are found in one pass over
 * the text before the first sentence, as line ranges the segmenter then
 * steps over. */

/* The dashes around a page number: - — – － ― ─ */
static int is_page_dash(uint32_t cp) {
  return cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || cp == 0x2015 || cp == 0x2500;
}

static int is_digit_cp(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* Is s[a, b) (a line without its break) a page number: dashes around
 * digits (— 3 —, -3-), 第3页 (共20页), or 3/20? Spaces anywhere. */
static int is_page_number_line(const unsigned char *s, size_t a, size_t b) {
  enum { MAX_LINE = 48 };
  size_t len;
  int lead = 0, trail = 0, digits = 0, runs = 0, di = 0, ye = 0, slash = 0, in_digits = 0;
  if (b - a > MAX_LINE) return 0;
  for (size_t i = a; i < b; i += len) {
    uint32_t cp = char_at(s, b, i, &len);
    if (is_digit_cp(cp)) {
      if (!in_digits) runs++;
      in_digits = 1;
      digits++;
      continue;
    }
    in_digits = 0;
    if (is_ws_cp(cp)) continue;
    if (is_page_dash(cp)) {
      if (digits) trail = 1;
      else lead = 1;
    } else if (cp == 0x7B2C && !digits) di = 1;                      /* 第 */
    else if (cp == 0x9875 && digits) ye++;                           /* 页 */
    else if (cp == 0x5171 && ye == 1) continue;                      /* 共 */
    else if ((cp == '/' || cp == 0xFF0F) && digits && !slash) slash = 1;
    else return 0;
  }
  if (!digits || digits > 8) return 0;
  if (lead && trail) return runs == 1;
  if (di && ye) return 1;
  return slash && runs == 2 && !lead && !trail && !di && !ye;
}

typedef struct {
  const unsigned char *text; /* the trimmed line */
  size_t len;
  size_t start, end;         /* the whole line and its break */
} line_ref;

static int line_order(const void *x, const void *y) {
  const line_ref *a = x, *b = y;
  if (a->len != b->len) return a->len < b->len ? -1 : 1;
  int c = memcmp(a->text, b->text, a->len);
  if (c) return c;
  return a->start < b->start ? -1 : a->start > b->start;
}

static int range_order(const void *x, const void *y) {
  const size_t *a = x, *b = y;
  return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* The trimmed bounds of the line s[a, b). */
static void trim_line(const unsigned char *s, size_t *a, size_t *b) {
  size_t w;
  while (*a < *b && is_ws(s, *b, *a, &w)) *a += w;
  while (*b > *a) {
    size_t k = *b - 1;
    while (k > *a && (s[k] & 0xC0) == 0x80) k--;
    if (!is_ws(s, *b, k, &w)) break;
    *b = k;
  }
}

/* Append line to the list of header candidates; 0: no memory. */
static int push_line(line_ref **list, size_t *n, size_t *cap, line_ref line) {
  if (*n == *cap) {
    size_t c = *cap ? *cap * 2 : 64;
    line_ref *p = realloc(*list, c * sizeof *p);
    if (!p) return 0;
    *list = p, *cap = c;
  }
  (*list)[(*n)++] = line;
  return 1;
}

/* Is the text hard-wrapped? Its lines' lengths in bytes (hist: in bins of
 * LINE_BIN, the last bin all longer ones): when nine lines in ten are at
 * most WRAP_MAX bytes (a page's width) and most lines come near the
 * longest, the lines were cut at one width. Returns the length from which
 * a line is full, or 0. */
enum { LINE_BIN = 4, LINE_BINS = 256, WRAP_MAX = 360 };
static size_t full_line_length(const size_t *hist, size_t lines) {
  if (lines < 8) return 0;
  size_t seen = 0, p90 = 0;
  for (size_t b = 0; b < LINE_BINS; b++) {
    seen += hist[b];
    if (seen * 10 >= lines * 9) {
      p90 = (b + 1) * LINE_BIN;
      break;
    }
  }
  if (!p90 || p90 > WRAP_MAX) return 0;
  size_t full = p90 * 7 / 10, at_least = 0;
  for (size_t b = full / LINE_BIN; b < LINE_BINS; b++) at_least += hist[b];
  return at_least * 10 >= lines * 6 ? full : 0;
}

/* Find the page furniture of the whole text (sg->page_lines), and whether
 * it is hard-wrapped (sg->full_line). Without memory for the lists, none is
 * found: the text reads as before. */
static void find_page_lines(dx_segmenter *sg) {
  enum { HEADER_MAX = 150 }; /* a running header is a title, not a paragraph */
  const unsigned char *s = sg->s;
  size_t n = sg->n, npage = 0, ncand = 0, cap_page = 0, cap_cand = 0;
  line_ref *page = NULL, *cand = NULL, prev = {0};
  int want_next = 0, ok = 1;
  size_t hist[LINE_BINS] = {0}, lines = 0;
  sg->page_lines.found = 1;
  for (size_t ls = 0; ls < n && ok;) {
    const unsigned char *nl = memchr(s + ls, '\n', n - ls);
    size_t le = nl ? (size_t)(nl - s) : n, a = ls, b = le, next = nl ? le + 1 : n;
    trim_line(s, &a, &b);
    line_ref line = {s + a, b - a, ls, next};
    ls = next;
    if (a == b) continue; /* a blank line: the lines around it still neighbour */
    if (is_page_number_line(s, a, b)) {
      ok = push_line(&page, &npage, &cap_page, line);
      /* the lines on either side, when short: header candidates */
      if (ok && prev.len && prev.len <= HEADER_MAX) ok = push_line(&cand, &ncand, &cap_cand, prev);
      prev = (line_ref){0};
      want_next = 1;
    } else {
      size_t bin = line.len / LINE_BIN;
      hist[bin < LINE_BINS ? bin : LINE_BINS - 1]++;
      lines++;
      if (want_next && line.len <= HEADER_MAX) ok = push_line(&cand, &ncand, &cap_cand, line);
      want_next = 0;
      prev = line;
    }
  }
  /* a header: a candidate said on two lines or more (one line between two
   * page numbers is a candidate twice, and counts once) */
  size_t nhead = 0;
  if (ok && ncand > 1) {
    qsort(cand, ncand, sizeof *cand, line_order);
    for (size_t k = 0; k < ncand;) {
      size_t e = k + 1, distinct = 1;
      while (e < ncand && cand[e].len == cand[k].len && !memcmp(cand[e].text, cand[k].text, cand[k].len)) {
        distinct += cand[e].start != cand[e - 1].start;
        e++;
      }
      for (size_t j = k; j < e && distinct >= 2; j++)
        if (j == k || cand[j].start != cand[j - 1].start) cand[nhead++] = cand[j];
      k = e;
    }
  }
  size_t total = npage + nhead;
  size_t *all = ok && npage ? malloc(2 * total * sizeof *all) : NULL;
  if (all) {
    for (size_t k = 0; k < total; k++) {
      const line_ref *l = k < npage ? &page[k] : &cand[k - npage];
      all[2 * k] = l->start;
      all[2 * k + 1] = l->end;
    }
    qsort(all, total, 2 * sizeof *all, range_order);
    sg->page_lines.at = all;
    sg->page_lines.n = total;
  }
  free(page);
  free(cand);
  sg->full_line = full_line_length(hist, lines);
}

/* Where the furniture starting at line start ls ends (ls when none): its
 * lines, one after another, and the blank or space-only lines between. */
static size_t furniture_end(dx_segmenter *sg, size_t ls) {
  if (!sg->page_lines.found) find_page_lines(sg);
  size_t *at = sg->page_lines.at, k = sg->page_lines.next, end = ls;
  while (k < sg->page_lines.n && at[2 * k] < ls) k++;
  sg->page_lines.next = k; /* the text is read forward: never looked at again */
  while (k < sg->page_lines.n && at[2 * k] == end) end = at[2 * k + 1], k++;
  return end;
}

/* Does a short line run on into the next, whatever its length: it ends
 * with an opening mark (《 “ （) or the next opens with a closing or clause
 * mark (》 ” ） 、 ，)? A web page's links come on lines of their own
 * (《⏎关于预防煤矿生产安全事故的特别规定⏎》等22部). */
static int runs_on(const unsigned char *s, size_t n, size_t brk, size_t next) {
  size_t len, k = brk;
  while (k > 0 && (s[k - 1] == '\r' || s[k - 1] == ' ' || s[k - 1] == '\t')) k--;
  if (k >= 3 && (match3(s, n, k - 3, "《") || match3(s, n, k - 3, "“") || match3(s, n, k - 3, "（") ||
                 match3(s, n, k - 3, "「")))
    return 1;
  if (next >= n) return 0;
  uint32_t cp = char_at(s, n, next, &len);
  return is_closer(s, n, next, &len) || cp == 0x300B || dx_clause_mark_cp(cp) || cp == 0x3001;
}

/* The longest line that, standing whole in text whose lines are its
 * paragraphs, is a title's: 40 characters of three bytes. */
#define TITLE_LINE_BYTES 120

/* Does the sentence starting at st open the line that ends at the break
 * at i (only white space before it on that line)? Called on short lines. */
/* Does the line that holds i hold a table's cell mark (| or ｜, or a tab
 * between two cells' text), as a table converted to text writes its rows
 * (地区生产总值 | 增长5.5%左右, 原油⇥万吨⇥2597.30)? A row is a sentence of its
 * own, never joined to the line before or after it. (A tab that indents a
 * line, or ends one, parts no cells.) */
static int table_row_at(const unsigned char *s, size_t n, size_t i) {
  size_t k = i;
  int text = 0; /* text before k on its line */
  while (k > 0 && s[k - 1] != '\n') k--;
  for (; k < n && s[k] != '\n'; k++) {
    if (s[k] == '|' || match3(s, n, k, "｜")) return 1;
    if (s[k] == '\t') {
      if (text && k + 1 < n && s[k + 1] != '\t' && s[k + 1] != '\n' && s[k + 1] != '\r' && s[k + 1] != ' ') return 1;
    } else if (s[k] != ' ' && s[k] != '\r') {
      text = 1;
    }
  }
  return 0;
}

static int opens_line(const dx_segmenter *sg, size_t i, size_t st) {
  size_t ls = i, w;
  while (ls > 0 && sg->s[ls - 1] != '\n') ls--;
  if (st < ls) return 0; /* the sentence began on an earlier line */
  for (size_t k = ls; k < st; k += w)
    if (!is_ws(sg->s, sg->n, k, &w)) return 0;
  return 1;
}

/* Does the line that ends at the break at i end in a clause mark or a 、
 * (过去一年，⏎…: a sentence going on), white space aside? */
static int ends_in_clause(const dx_segmenter *sg, size_t i) {
  size_t k = i, w;
  while (k > 0 && (sg->s[k - 1] == '\r' || sg->s[k - 1] == ' ' || sg->s[k - 1] == '\t')) k--;
  while (k >= 3 && is_ws(sg->s, sg->n, k - 3, &w) && w == 3) k -= 3; /* 　 and the like */
  uint32_t cp = 0;
  if (k >= 1 && sg->s[k - 1] < 0x80) cp = sg->s[k - 1];
  else if (k >= 3 && dx_utf8_decode(sg->s + k - 3, 3, &cp) != 3) cp = 0; /* the marks are 3 bytes */
  return dx_clause_mark_cp(cp) || cp == 0x3001;
}

/* Does the line from j open with a verb of the lexicon of two characters
 * or more and a number within two characters after it (增长7.2%，… after
 * 全省规模以上工业增加值: a sentence's subject and predicate a stray break
 * parted, no title and its paragraph)? Not 居民… nor 建设…: nouns that open
 * with a verb's characters. */
static int opens_with_verb(const dx_segmenter *sg, size_t j) {
  if (!sg->lx || j >= sg->n) return 0;
  const unsigned char *at = sg->s + j;
  size_t left = sg->n - j;
  if (!dx_may_start(&sg->lx->verbs, at, left)) return 0;
  const dx_word *verb = dx_match_prefix(&sg->lx->verbs, at, left);
  if (!verb || verb->len < 6) return 0;
  for (size_t k = verb->len, last = (size_t)verb->len + 6; k < left && k <= last; k++) {
    unsigned char b = at[k];
    if (b >= '0' && b <= '9') return 1;
    if (b == 0xEF && k + 2 < left && at[k + 1] == 0xBC && at[k + 2] >= 0x90 && at[k + 2] <= 0x99) return 1; /* ０-９ */
  }
  return 0;
}

/* Is the line from j longer than limit bytes (a paragraph, not a piece of
 * one a stray break cut off: 新增城镇就业4万⏎人以上。)? */
static int long_line_at(const unsigned char *s, size_t n, size_t j, size_t limit) {
  return j + limit < n && !memchr(s + j, '\n', limit + 1);
}

/* The length of the line that ends at the break at i, up to limit bytes. */
static size_t line_before(const dx_segmenter *sg, size_t i, size_t limit) {
  size_t k = i;
  while (k > 0 && i - k < limit && sg->s[k - 1] != '\n') k--;
  return i - k;
}

/* Count the furniture lines in [ls, end) stepped over. */
static void count_furniture(dx_segmenter *sg, size_t ls, size_t end) {
  for (size_t k = sg->page_lines.next; k < sg->page_lines.n && sg->page_lines.at[2 * k] < end; k++)
    sg->furniture += sg->page_lines.at[2 * k] >= ls;
}

/* Note [a, b) as a range of the sentence left out; 0: no memory. */
static int push_skip(dx_segmenter *sg, size_t a, size_t b) {
  if (sg->skips.n + 2 > sg->skips.cap) {
    size_t cap = sg->skips.cap ? sg->skips.cap * 2 : 16;
    size_t *p = realloc(sg->skips.at, cap * sizeof *p);
    if (!p) return 0;
    sg->skips.at = p;
    sg->skips.cap = cap;
  }
  sg->skips.at[sg->skips.n++] = a;
  sg->skips.at[sg->skips.n++] = b;
  return 1;
}

/* A top-level heading that runs on into its section's text, with no line
 * break or mark after it (一、2024年工作回顾过去一年，…: text pasted as one
 * line): where it ends, by the last of the lexicon's heading_ends within
 * its first HEAD_CHARS characters before any mark; 0 when it ends by
 * itself (a line break or a mark right after it) or no heading end is there. */
static size_t run_on_heading_end(const dx_segmenter *sg, size_t st) {
  enum { HEAD_CHARS = 30 };
  const unsigned char *s = sg->s;
  size_t n = sg->n, end = 0, len;
  if (!sg->lx || !sg->lx->heading_ends.n) return 0;
  const dx_wordset *ends = &sg->lx->heading_ends;
  size_t i = st;
  for (int k = 0; k < HEAD_CHARS && i < n; k++, i += len) {
    uint32_t cp = char_at(s, n, i, &len);
    if (cp == '\n') return 0; /* a title on its own line ends with it */
    if (dx_clause_mark_cp(cp)) break;
    if (dx_may_start(ends, s + i, n - i)) {
      const dx_word *w = dx_match_prefix(ends, s + i, n - i);
      if (w) end = i + w->len;
    }
  }
  if (!end || end >= n) return 0;
  uint32_t next = char_at(s, n, end, &len);
  if (next == '\n' || is_ws_cp(next) || dx_clause_mark_cp(next) || next == 0x3001) return 0;
  return end;
}

int dx_next_sentence(dx_segmenter *sg, size_t *start, size_t *end) {
  const unsigned char *s = sg->s;
  size_t n = sg->n, i = sg->pos, w;
  int new_para = i == 0 || sg->para_after;
  sg->skips.n = 0;
  sg->para_after = 0;
  if (i == 0) { /* furniture on the first line */
    size_t f = furniture_end(sg, 0);
    count_furniture(sg, 0, f);
    i = f;
  }
  int breaks = 0;
  while (i < n) { /* leading whitespace, empty lines and page furniture */
    if (s[i] == '\n') {
      /* a hard wrap's break after a full line is no paragraph's end, even
       * after 。 (a blank line is) */
      if (breaks++ || !sg->full_line || line_before(sg, i, sg->full_line) < sg->full_line) new_para = 1;
      i++;
      size_t f = furniture_end(sg, i);
      count_furniture(sg, i, f);
      i = f;
    } else if (is_ws(s, n, i, &w)) i += w;
    else break;
  }
  if (i >= n) {
    sg->pos = n;
    return 0;
  }
  int level = heading_marker(s, n, i), by_line = 0, colon = 0, titled = 0, caption = caption_mark(s, n, i);
  /* a title cut from its text is a paragraph of its own, as on its own line */
  size_t title_end = level == 1 ? run_on_heading_end(sg, i) : 0;
  if (new_para || title_end) sg->para++;
  size_t st = i, last_clause = 0, last_visible = i, stop = n;
  first_pass fp = {st, SIZE_MAX, 0, 0, SIZE_MAX};
  sg->marks.n = 0;
  while (i < n) {
    if (title_end && i >= title_end) { /* the title ends here; its section's text follows */
      i = stop = last_visible = title_end;
      sg->para_after = 1;
      break;
    }
    if (s[i] == '\n') {
      /* page furniture between two halves of a sentence is stepped over */
      size_t f = furniture_end(sg, i + 1), j = f;
      while (j < n && is_ws(s, n, j, &w)) j += w;
      /* a line that opens with a heading's number or a bullet (● ■) is a
       * new sentence; in hard-wrapped text, so is the line after a short
       * one (a title, the end of a paragraph or of a list item); in text
       * whose lines are its paragraphs, the paragraph after a title's line
       * (a short whole line: 2025年工作安排, a heading with no number), but
       * not across page furniture, which cuts sentences anywhere */
      int short_line = sg->full_line && line_before(sg, i, sg->full_line / 2) < sg->full_line / 2 &&
                       !runs_on(s, n, i, j);
      int ends = j >= n || s[j] == '\n' || level || colon || short_line || heading_marker(s, n, j) ||
                 byline_mark(s, n, j) || (caption && opens_line(sg, i, st)) ||
                 table_row_at(s, n, i > 0 ? i - 1 : i) || table_row_at(s, n, j);
      titled = !ends && !sg->full_line && f == i + 1 &&
               line_before(sg, i, TITLE_LINE_BYTES + 1) <= TITLE_LINE_BYTES && opens_line(sg, i, st) &&
               !ends_in_clause(sg, i) && long_line_at(s, n, j, TITLE_LINE_BYTES) && !opens_with_verb(sg, j) &&
               !runs_on(s, n, i, j);
      if (ends || titled) {
        stop = i;
        by_line = 1;
        break;
      }
      if (f > i + 1) {
        if (!push_skip(sg, i + 1 - st, f - st)) { /* no memory: the sentence ends here */
          stop = i;
          by_line = 1;
          break;
        }
        count_furniture(sg, i + 1, f);
      }
      folds_at(&fp, i); /* joined over: normalising drops the break */
      i = j;
      continue;
    }
    unsigned c = s[i];
    if (c >= 0xE4 && c <= 0xE9) { /* a CJK ideograph: never a mark; the hot path */
      /* 2一3: normalising reads 一 between digits as a dash */
      if (c == 0xE4 && i > st && is_digit_byte(s[i - 1]) && i + 2 < n && s[i + 1] == 0xB8 &&
          s[i + 2] == 0x80)
        folds_at(&fp, i);
      i = ideograph_run(sg, &fp, i);
      last_visible = i;
      colon = 0;
      if (i - st >= sg->max_len) {
        i = cut_at(s, i, st, last_clause, sg->max_len);
        stop = last_visible = i;
        break;
      }
      continue;
    }
    /* any other character: decoded once, then told apart by code point
     * (spaces, and the marks of is_terminator, ： and the clause marks) */
    size_t len;
    uint32_t cp = char_at(s, n, i, &len);
    if (is_ws_cp(cp)) {
      folds_at(&fp, i);
      i += len;
      continue;
    }
    if (cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) { /* 。！？ */
      look_at(sg, &fp, i, cp);
      mark_at(&fp, s, n, i, cp);
      i += len;
      while (i < n && (is_closer(s, n, i, &w) || is_terminator(s, n, i, &w))) {
        look_at(sg, &fp, i, char_at(s, n, i, &len));
        i += w;
      }
      stop = i;
      last_visible = i;
      break;
    }
    look_at(sg, &fp, i, cp);
    mark_at(&fp, s, n, i, cp);
    colon = cp == ':' || cp == 0xFF1A; /* ： */
    if (cp == ',' || cp == ';' || cp == 0xFF0C || cp == 0xFF1B || cp == 0x3001) /* ，；、 */
      last_clause = i;
    i += len;
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
  /* a short line without sentence marks is a news subheading; a title line
   * before its paragraph (2025年工作安排, unnumbered) one of the top level,
   * which a numbered （一） comes under, but for the document's own title,
   * its first line */
  if (!level && by_line && *end - st <= 75 && !last_clause && !byline_mark(s, n, st) && !item_mark(s, n, st) &&
      !caption)
    level = titled && sg->para > 1 ? 1 : 3;
  sg->heading_level = level;
  sg->caption = caption;
  /* plain: the scans may read the sentence where it stands, and only where
   * the candidates are (those past a cut belong to the next sentence) */
  size_t len = *end - st;
  sg->plain = sg->lx && !fp.oom && !(fp.bad & 0xC0u) && fp.first_fold >= len &&
              len < ((size_t)1 << (32 - MARK_SHIFT)); /* its marks' offsets fit */
  if (sg->plain && !deal_marks(sg, len)) sg->plain = 0;
  /* the first clause ends at the first mark; a comma between digits that
   * ends the sentence (cut there) is one, as no digit follows within it */
  if (fp.first_mark >= len && len && s[*end - 1] == ',') fp.first_mark = len - 1;
  sg->first_clause_end = fp.first_mark < len ? fp.first_mark : len;
  return 1;
}
