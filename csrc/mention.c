/*
 * mention.c: the quantities of one normalised sentence, with the subject,
 * verb and clause around each, and the cue words and years of the sentence.
 *
 * A quantity is [qualifier] number [余|多] [万|亿|…] [余|多] unit [qualifier],
 * or a range of two such numbers, or a number word (翻番). A number with no
 * unit, or followed by a stop word (年 月 日 个月 …), or glued to Latin
 * letters (5G, PM2.5), or after 第 (第十八届), or inside quotes (“435”), is not
 * a quantity: it is a date, an ordinal or a name. Chinese numerals must show
 * they are numbers (三千, 二十四, 过千人, 十余轮次, 两倍) because 一 and 三 also
 * sit inside ordinary words (统一, 三大行动).
 */
#include <stdlib.h>
#include <string.h>

#include "dx.h"

typedef struct {
  const unsigned char *t;
  size_t n;
  const dx_lexicon *lx;
  size_t *refused; /* numbers with too many digits to be exact, or NULL */
} scan_ctx;

static int is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* inline, so that the length of a literal w is known when compiling */
static inline int at(const scan_ctx *c, size_t i, const char *w) {
  size_t len = strlen(w);
  return i + len <= c->n && memcmp(c->t + i, w, len) == 0;
}

static inline int ends_with(const scan_ctx *c, size_t i, const char *w) {
  size_t len = strlen(w);
  return i >= len && memcmp(c->t + i - len, w, len) == 0;
}

static uint32_t cp_at(const scan_ctx *c, size_t i, size_t *len) {
  uint32_t cp = 0;
  int k = i < c->n ? dx_utf8_decode(c->t + i, c->n - i, &cp) : 0;
  *len = k ? (size_t)k : 1;
  return k ? cp : 0;
}

static size_t prev_char(const scan_ctx *c, size_t i) {
  if (i == 0) return 0;
  i--;
  while (i > 0 && (c->t[i] & 0xC0) == 0x80) i--;
  return i;
}

static int push_mention(dx_mentions *out, const dx_mention *m) {
  if (out->n == out->cap) {
    size_t cap = out->cap ? out->cap * 2 : 16;
    dx_mention *p = realloc(out->m, cap * sizeof *p);
    if (!p) return 0;
    out->m = p;
    out->cap = cap;
  }
  out->m[out->n++] = *m;
  return 1;
}

/* ---- numbers ------------------------------------------------------------ */

typedef struct {
  size_t start, end;
  dx_decimal v;
  int chinese, chars, mag;
} number;

static const dx_word *unit_at(const scan_ctx *c, size_t k);

/* Is the character at k a magnitude numeral (十 百 千 万 亿)? */
static int is_magnitude_at(const scan_ctx *c, size_t k) {
  uint32_t cp;
  int len = k < c->n ? dx_utf8_decode(c->t + k, c->n - k, &cp) : 0;
  return len == 3 && dx_cn_value(cp) >= 10;
}

static int parse_number(const scan_ctx *c, size_t i, number *nm) {
  memset(nm, 0, sizeof *nm);
  nm->start = i;
  size_t k;
  if (i < c->n && is_digit(c->t[i])) {
    k = dx_scan_arabic(c->t + i, c->n - i, &nm->v);
    if (!k || !nm->v.ok) return 0;
    /* a leading zero marks an identifier or a phone number (0635-…) */
    if (c->t[i] == '0' && k > 1 && is_digit(c->t[i + 1])) return 0;
  } else {
    /* a multiplier glued to digits that were refused (…67890亿元, e308亿)
     * is their tail, not a number of its own */
    if (i > 0 && is_digit(c->t[i - 1])) return 0;
    k = dx_scan_chinese(c->t + i, c->n - i, &nm->v, &nm->chars, &nm->mag);
    if (!k) return 0;
    /* 二千万千瓦, 五百亿千瓦时: a magnitude that opens a unit (千瓦, 千米)
     * belongs to the unit when the whole numeral has none after it */
    if (nm->v.ok && k > 3 && is_magnitude_at(c, i + k - 3) && !unit_at(c, i + k) &&
        !dx_match_prefix(&c->lx->mults, c->t + i + k, c->n - i - k) && unit_at(c, i + k - 3)) {
      number shorter;
      memset(&shorter, 0, sizeof shorter);
      size_t k2 = dx_scan_chinese(c->t + i, k - 3, &shorter.v, &shorter.chars, &shorter.mag);
      if (k2 == k - 3 && shorter.v.ok) {
        nm->v = shorter.v;
        nm->chars = shorter.chars;
        nm->mag = shorter.mag;
        k = k2;
      }
    }
    nm->chinese = 1;
    if (!nm->v.ok) {
      nm->end = i + k; /* the whole numeral refused: try_quantity steps over it */
      return 0;
    }
  }
  nm->end = i + k;
  return 1;
}

/* What follows a number: [余|多] [multiplier] [余|多] unit. */
typedef struct {
  size_t end;
  const dx_word *unit;
  const dx_word *stop;     /* the stop word that ended it (then end is its start) */
  const dx_word *shadowed; /* a unit the stop word beat: 届 is both */
  int more, mult, stopped;
} tail;

static int match_more(const scan_ctx *c, size_t k) { return at(c, k, "余") || at(c, k, "多"); }

/* The unit at k, unless a longer qualifier starts there: 台阶 is a level,
 * not 台 machines. */
static const dx_word *unit_at(const scan_ctx *c, size_t k) {
  const dx_word *u = dx_match_prefix(&c->lx->units, c->t + k, c->n - k);
  /* a unit in Latin letters is read whole or not at all: 7000PF is not
   * 7000P and an F left to the next subject */
  if (u && is_alpha((unsigned char)u->word[u->len - 1]) && k + u->len < c->n &&
      is_alpha(c->t[k + u->len]))
    return NULL;
  const dx_word *q = u ? dx_match_prefix(&c->lx->after, c->t + k, c->n - k) : NULL;
  return q && q->len > u->len ? NULL : u;
}

static void parse_tail(const scan_ctx *c, size_t k, tail *tl) {
  memset(tl, 0, sizeof *tl);
  const dx_lexicon *lx = c->lx;
  if (match_more(c, k)) tl->more = 1, k += 3;
  const dx_word *u = unit_at(c, k);
  if (!u) {
    const dx_word *m = dx_match_prefix(&lx->mults, c->t + k, c->n - k);
    if (m) {
      tl->mult = m->exp10;
      k += m->len;
      if (match_more(c, k)) tl->more = 1, k += 3;
      u = unit_at(c, k);
    }
  }
  const dx_word *stop = dx_match_prefix(&lx->stops, c->t + k, c->n - k);
  if (stop && (!u || stop->len >= u->len)) {
    tl->stopped = 1;
    tl->stop = stop;
    tl->shadowed = u;
    tl->end = k;
    return;
  }
  if (u) k += u->len;
  tl->unit = u;
  tl->end = k;
}

static const char *unit_name(const dx_word *u) { return u->name ? u->name : u->word; }

static int same_unit(const dx_word *a, const dx_word *b) {
  return strcmp(unit_name(a), unit_name(b)) == 0;
}

/* Does a Chinese numeral show it is a number? */
static int chinese_is_number(const number *nm, const tail *tl, int qualified) {
  if (nm->chars >= 2 && nm->mag) return 1;
  if (tl->more || qualified) return 1;
  return tl->unit && (tl->unit->tag & UNIT_MEASURE); /* 两倍, 三个百分点: a measure */
}

/* Does a noun of the tasks a programme promises start at end, after a
 * classifier (十件民生实事, 八项惠民实事)? Then a lone Chinese digit counts
 * them, as 10件民生实事 does: the programme's size, not a name (三项制度). */
static int counts_tasks(const scan_ctx *c, size_t end) {
  return end < c->n && dx_match_prefix(&c->lx->task_nouns, c->t + end, c->n - end) != NULL;
}

/* The marks of dx_clause_mark_cp, tested on the bytes. */
static inline int clause_mark_at(const scan_ctx *c, size_t i, size_t *len) {
  unsigned ch = c->t[i];
  if (ch == ',' && dx_thousands_comma(c->t, c->n, i, 0)) return 0; /* 1,000 */
  if (ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?') return (*len = 1);
  if ((ch != 0xEF && ch != 0xE3) || i + 3 > c->n) return 0;
  /* ，；：！？ are EF BC 8C/9B/9A/81/9F, 。 is E3 80 82: one test, not six memcmp */
  unsigned b1 = c->t[i + 1], b2 = c->t[i + 2];
  int mark = ch == 0xE3 ? (b1 == 0x80 && b2 == 0x82)
                        : (b1 == 0xBC && (b2 == 0x8C || b2 == 0x9B || b2 == 0x9A ||
                                          b2 == 0x81 || b2 == 0x9F));
  return mark ? (*len = 3) != 0 : 0;
}

static int is_clause_mark(const scan_ctx *c, size_t i) {
  size_t len;
  return clause_mark_at(c, i, &len);
}

/* A verb of the lexicon ends at i or starts at j: 推出两批, 三次下调. */
static int beside_verb(const scan_ctx *c, size_t i, size_t j) {
  return dx_match_suffix(&c->lx->verbs, c->t, i) != NULL ||
         (j < c->n && dx_match_prefix(&c->lx->verbs, c->t + j, c->n - j) != NULL);
}

/* A Chinese numeral with a classifier of events or batches counts them
 * only beside a verb: 三次下调利率, 推出两批清单, 开展四轮督查; not
 * 十一届七次全会 (an ordinal name), 一批项目 (一 is an article) or 二轮
 * 承包 (二 before a classifier is ordinal; the cardinal is 两). */
static int chinese_counts_events(const scan_ctx *c, const number *nm, size_t end,
                                 int qualified) {
  if (nm->chars == 1 && (at(c, nm->start, "一") || at(c, nm->start, "二"))) return 0;
  /* 六届五次全会: a session named by two ordinals */
  size_t len;
  if (end < c->n && dx_is_cn_digit(cp_at(c, end, &len))) return 0;
  return qualified || beside_verb(c, nm->start, end);
}

/* Does a numeral hold a digit? 百万 and 亿万 alone are rhetoric or the name
 * of a programme (百万高校毕业生, 亿万儿女), not a count. */
static int has_digit(const scan_ctx *c, const number *nm) {
  if (!nm->chinese) return 1;
  for (size_t p = nm->start; p < nm->end;) {
    size_t len;
    uint32_t cp = cp_at(c, p, &len);
    if (cp != 0x5341 && cp != 0x767E && cp != 0x5343 && cp != 0x4E07 && cp != 0x4EBF)
      return 1; /* not 十 百 千 万 亿 */
    p += len;
  }
  return 0;
}

/* Does a rank frame (居 列 排名 全国 全省 …) end right at i? 居全省第五位,
 * 全国首位; not 摆在首位. */
static int rank_framed(const scan_ctx *c, size_t i) {
  return dx_match_suffix(&c->lx->rank_frames, c->t, i) != NULL;
}

/* A span of time stated after a verb of change is a quantity: 延长至144小时,
 * 压缩到5个工作日; elsewhere it is a date or a duration (240小时过境免签). */
static const dx_word *changed_span(const scan_ctx *c, size_t i, const tail *tl) {
  /* not 年, which after such a verb is a year (延长至2030年) or names a
   * programme's span (再延长30年试点) */
  if (!tl->stop || !tl->stop->name || (tl->stop->tag & UNIT_CALENDAR)) return NULL;
  const dx_wordset *cv = &c->lx->change_verbs;
  if (dx_match_suffix(cv, c->t, i)) return tl->stop;
  const dx_word *q = dx_match_suffix(&c->lx->before, c->t, i);
  if (q && q->tag >= 0 && dx_match_suffix(cv, c->t, i - q->len)) return tl->stop;
  return NULL;
}

/* The counted noun after a bare count, within its noun phrase: 5200多万职工,
 * 3000多万皖北地区群众, 39.8万农业转移人口, 95万低保和特困人员. The phrase
 * ends at a clause mark, a digit, 的 or 、, or at a verb right after the
 * figure (三次下调); a verb inside it modifies the head (转移人口). A
 * measured noun there is sized by the figure (千亿产业集群), not counted. */
static const dx_word *head_noun_after(const scan_ctx *c, size_t k) {
  const dx_lexicon *lx = c->lx;
  if (k < c->n && dx_match_prefix(&lx->verbs, c->t + k, c->n - k)) return NULL;
  for (int chars = 0; chars < 8 && k < c->n; chars++) {
    const dx_word *w = dx_match_prefix(&lx->head_nouns, c->t + k, c->n - k);
    if (w) return (w->tag & UNIT_MEASURE) ? NULL : w; /* 千亿产业: a size */
    if (is_digit(c->t[k]) || is_clause_mark(c, k) || at(c, k, "的") || at(c, k, "、"))
      return NULL;
    k += (size_t)dx_utf8_len(c->t[k]);
  }
  return NULL;
}

/* The head noun of the subject before a bare amount, past the verbs and
 * fillers between: 生产总值3300亿, 地区生产总值达到3300亿. */
static const dx_word *head_noun_before(const scan_ctx *c, size_t b) {
  const dx_lexicon *lx = c->lx;
  for (int hops = 0; hops < 4; hops++) {
    const dx_word *w = dx_match_suffix(&lx->verbs, c->t, b);
    if (!w) w = dx_match_suffix(&lx->fillers, c->t, b);
    if (!w) break;
    b -= w->len;
  }
  return dx_match_suffix(&lx->head_nouns, c->t, b);
}

/* Figures joined by 、 和 及 sharing the unit of the last one: 分别高于全国
 * 5.2和3.1个百分点. Returns that unit (and its multiplier in *mult), or NULL.
 * Items in the unit same (when given) are passed over as bare ones are. A
 * comma ends the search: it separates clauses, not figures. */
static const dx_word *shared_unit(const scan_ctx *c, const number *first, size_t k,
                                  const dx_word *same, int *mult) {
  for (int hops = 0; hops < 8; hops++) {
    const dx_word *sep = dx_match_prefix(&c->lx->separators, c->t + k, c->n - k);
    if (!sep || c->t[k] == ',') return NULL;
    number n2;
    tail t2;
    if (!parse_number(c, k + sep->len, &n2) || n2.chinese != first->chinese) return NULL;
    parse_tail(c, n2.end, &t2);
    if (t2.stopped || (n2.end < c->n && is_alpha(c->t[n2.end]))) return NULL;
    if (t2.unit && !(same && t2.unit == same)) {
      *mult = t2.mult;
      return t2.unit;
    }
    k = t2.end;
  }
  return NULL;
}

static int is_range_dash(const scan_ctx *c, size_t k, size_t *len) {
  if (k < c->n && c->t[k] == '-') return (*len = 1);
  if (at(c, k, "至") || at(c, k, "到")) return (*len = 3) != 0;
  return 0;
}

/* ---- the quantity at position i ---------------------------------------- */

static int quote_open(const scan_ctx *c, size_t i) {
  return ends_with(c, i, "“") || ends_with(c, i, "\"") || ends_with(c, i, "「") ||
         ends_with(c, i, "‘");
}

static int quote_close(const scan_ctx *c, size_t i) {
  return at(c, i, "”") || at(c, i, "\"") || at(c, i, "」") || at(c, i, "’");
}

/* The qualifier before position i (超过 不低于 约 近 控制在 …), or NULL; a
 * word tagged -1 only looks like one (通过 ends in 过). */
static const dx_word *qualifier_before(const scan_ctx *c, size_t i) {
  const dx_word *w = dx_match_suffix(&c->lx->before, c->t, i);
  return w && w->tag >= 0 ? w : NULL;
}

/* The qualifier after position i (以上 左右 以内 …), or NULL. */
static const dx_word *qualifier_after(const scan_ctx *c, size_t i) {
  const dx_word *w = dx_match_prefix(&c->lx->after, c->t + i, c->n - i);
  return w && w->tag >= 0 ? w : NULL;
}

/* The end of a unit in brackets at i (（间） of 7万套（间）, (户)), or 0. */
static size_t bracketed_unit_end(const scan_ctx *c, size_t i) {
  size_t p = at(c, i, "（") ? i + 3 : i < c->n && c->t[i] == '(' ? i + 1 : 0;
  const dx_word *u = p ? unit_at(c, p) : NULL;
  if (!u) return 0;
  p += u->len;
  if (at(c, p, "）")) return p + 3;
  return p < c->n && c->t[p] == ')' ? p + 1 : 0;
}

/* Does a qualifier that bounds (以上, 左右, not a level noun such as 大关)
 * follow at end? */
static int bound_after(const scan_ctx *c, size_t end) {
  const dx_word *q = qualifier_after(c, end);
  return q != NULL && q->tag != CMP_EQ;
}

/* A fraction, [start, end): 三分之一, 百分之六, 千分之五, 2/3. Its value is
 * the share in percent, as 百分之 and 成 give theirs (三分之一 is 33.33…%):
 * the rules compare shares by that one unit. num over den; none when den
 * is no whole number from 1 to 10^12. */
static size_t fraction_at(const scan_ctx *c, size_t start, size_t end, const number *num,
                          const number *den, dx_mention *m, int *found) {
  dx_decimal v = num->v, d = den->v;
  *found = 0;
  if (d.exp != 0 || d.mant < 1 || d.mant > 1000000000000LL) return end;
  dx_decimal_scale(&v, 2);
  dx_decimal_div(&v, d.mant);
  if (!v.ok) return end;
  memset(m, 0, sizeof *m);
  m->nstart = start;
  m->nend = end;
  m->value = v;
  m->unit = "%";
  m->cmp = CMP_EQ;
  const dx_word *pre = qualifier_before(c, start);
  if (pre) {
    m->cmp = pre->tag;
    m->nstart = start - pre->len;
  }
  /* 百分之六至百分之七, 百分之六到七: a range of shares of one denominator,
   * said again or left out after the dash */
  size_t dl;
  if (num->chinese && is_range_dash(c, end, &dl)) {
    size_t k = end + dl, said = num->start - start; /* 百分之 */
    if (said && k + said <= c->n && memcmp(c->t + k, c->t + start, said) == 0) k += said;
    number n2;
    tail t2;
    /* and no number of its own after the dash: 七成 (a unit), 二〇二五年 and
     * 七年后 (a time), 七十多 */
    if (parse_number(c, k, &n2) && n2.chinese && !at(c, n2.end, "分之") &&
        (parse_tail(c, n2.end, &t2), !t2.stopped && !t2.unit && !t2.mult && !t2.more)) {
      dx_decimal w = n2.v;
      dx_decimal_scale(&w, 2);
      dx_decimal_div(&w, d.mant);
      if (w.ok) {
        m->value_max = w;
        m->has_max = 1;
        m->cmp = CMP_RANGE;
        m->nend = end = n2.end;
      }
    }
  }
  const dx_word *post = qualifier_after(c, end);
  if (post) {
    if (!m->has_max) m->cmp = post->tag; /* a range stays one, as try_quantity keeps it */
    m->nend += post->len;
  }
  *found = 1;
  return m->nend;
}

/* Is a figure in a tally unit (金 银 铜) one of a tally: another figure in
 * such a unit right after it (9金、5银, 4金1银) or right before it? */
static int in_tally(const scan_ctx *c, size_t start, size_t end) {
  size_t k = at(c, end, "、") ? end + 3 : end;
  number n2;
  tail t2;
  if (k < c->n && parse_number(c, k, &n2)) {
    parse_tail(c, n2.end, &t2);
    if (t2.unit && (t2.unit->tag & UNIT_TALLY)) return 1;
  }
  size_t b = ends_with(c, start, "、") ? start - 3 : start;
  const dx_word *u = dx_match_suffix(&c->lx->units, c->t, b);
  if (!u || !(u->tag & UNIT_TALLY) || b <= u->len) return 0;
  size_t len, p = prev_char(c, b - u->len);
  return is_digit(c->t[b - u->len - 1]) || dx_is_cn_digit(cp_at(c, p, &len));
}

/* A span that is the value of a measure (岁, 年: stops marked measured):
 * 人均预期寿命达79.5岁, 受教育年限提高到11.7年, 人均预期寿命提高1岁以上. Its
 * number, in digits, is a decimal of one or two places, which no year, age
 * bracket (3岁以下婴幼儿) or list marker (14.2025年) is; or the subject
 * before it is a measure in its unit (a head noun: 寿命, 年限), past the
 * verbs, fillers and a qualifier between. Returns the stop as the unit, or
 * NULL. */
static const dx_word *measured_span(const scan_ctx *c, size_t i, const number *nm, const tail *tl) {
  const dx_word *stop = tl->stop;
  /* in digits, as the reports state a measure (三年行动, 五年来 are spans) */
  if (!stop || !stop->name || !(stop->tag & UNIT_MEASURED) || nm->chinese) return NULL;
  size_t dot = nm->start;
  while (dot < nm->end && c->t[dot] != '.') dot++;
  if (dot + 1 < nm->end && nm->end - dot - 1 <= 2) return stop;
  /* a whole number of four digits before 年 is a year: 人均期望寿命2002年 */
  if ((stop->tag & UNIT_CALENDAR) && (nm->v.exp > 0 || (nm->v.exp == 0 && nm->v.mant >= 1000)))
    return NULL;
  const dx_word *q = qualifier_before(c, i);
  const dx_word *h = head_noun_before(c, q ? i - q->len : i);
  return h && h->name && strcmp(h->name, stop->name) == 0 ? stop : NULL;
}

/* A CJK ideograph (lead byte E4-E9) is never a clause mark, a quote or a
 * bracket: the walks below step over it without a test. */
static int is_ideograph_lead(unsigned ch) { return ch >= 0xE4 && ch <= 0xE9; }

/* Try a quantity whose number starts at i. Returns the index to continue
 * scanning from; *found tells whether m was filled. */
static size_t try_quantity(const scan_ctx *c, size_t i, dx_mention *m, int *found) {
  const dx_lexicon *lx = c->lx;
  number nm;
  tail tl;
  *found = 0;
  if (!parse_number(c, i, &nm)) {
    if (c->refused && (is_digit(c->t[i]) || nm.chinese) && !nm.v.ok) ++*c->refused; /* counted, not a mention */
    if (nm.chinese && nm.end > i) return nm.end; /* 九九九…, 亿亿亿…: no tail of it is a number */
    size_t k = i;
    while (k < c->n && (is_digit(c->t[k]) || c->t[k] == '.' || c->t[k] == ',')) k++;
    return k > i ? k : i + (size_t)dx_utf8_len(c->t[i]);
  }
  size_t resume = nm.end;
  /* 三分之一, 百分之六: the number before 分之 is the denominator */
  if (nm.chinese && at(c, nm.end, "分之")) {
    number num;
    if (!parse_number(c, nm.end + 6, &num)) return nm.end + 6;
    return fraction_at(c, i, num.end, &num, &nm, m, found);
  }
  /* glued to Latin letters: 5G, G20, PM2.5; but 38GWh is a unit */
  if (!nm.chinese && ((i > 0 && is_alpha(c->t[i - 1])) ||
                      (nm.end < c->n && is_alpha(c->t[nm.end]) &&
                       !dx_match_prefix(&lx->units, c->t + nm.end, c->n - nm.end))))
    return resume;
  if (quote_open(c, i) && quote_close(c, nm.end)) return resume; /* “435” */
  /* 2/3: a proper fraction of small whole numbers standing alone (not
   * K8322/3, a date 2024/3/1 or a decimal) */
  if (!nm.chinese && nm.end + 1 < c->n && c->t[nm.end] == '/' && is_digit(c->t[nm.end + 1]) &&
      !(i > 0 && (c->t[i - 1] == '/' || c->t[i - 1] == '.'))) {
    number den;
    if (parse_number(c, nm.end + 1, &den) && nm.v.exp == 0 && den.v.exp == 0 && nm.v.mant >= 1 &&
        nm.v.mant < den.v.mant && den.v.mant <= 100 && den.end - nm.end - 1 <= 3 &&
        !(den.end < c->n && (is_digit(c->t[den.end]) || is_alpha(c->t[den.end]) ||
                             c->t[den.end] == '/' || c->t[den.end] == '.')))
      return fraction_at(c, i, den.end, &nm, &den, m, found);
  }
  /* after a code and a slash: a train or a document number (K5524/1次) */
  if (!nm.chinese && i >= 2 && c->t[i - 1] == '/' && (is_alpha(c->t[i - 2]) || is_digit(c->t[i - 2])))
    return resume;
  int ordinal = ends_with(c, i, "第");
  parse_tail(c, nm.end, &tl);
  /* a lone 万 or 亿 with its unit and nothing else in its clause is a unit,
   * as a table's unit cell writes 亿元: no figure (过亿元, 亿元以上项目 and
   * 万亩柚子产业园 are, for the rules) */
  if (nm.chinese && nm.chars == 1 && nm.end == i + 3 && (at(c, i, "万") || at(c, i, "亿")) &&
      !qualifier_before(c, i) && tl.unit && !tl.stopped &&
      (tl.end >= c->n || is_clause_mark(c, tl.end) || c->t[tl.end] == '\n') &&
      (i == 0 || c->t[i - 1] == '\n' || c->t[i - 1] == ' ' || (c->t[i - 1] < 0x80 && is_clause_mark(c, i - 1)) ||
       (i >= 3 && is_clause_mark(c, i - 3))))
    return resume;
  if (tl.stopped && !ordinal) {
    /* a stop word that is a quantity after all: 延长至144小时, 举办两届 */
    const dx_word *u = changed_span(c, i, &tl);
    if (!u) u = measured_span(c, i, &nm, &tl);
    if (!u && tl.shadowed && (tl.shadowed->tag & UNIT_VERBAL) &&
        beside_verb(c, i, tl.end + tl.shadowed->len))
      u = tl.shadowed;
    if (u) {
      tl.unit = u;
      tl.end += u->len;
      tl.stopped = 0;
    }
  }
  /* 迈上千亿级: a level of scale after a bare amount, kept in the raw */
  size_t level = 0;
  if (tl.stopped && !ordinal && !tl.shadowed && (tl.stop->tag & UNIT_LEVEL)) {
    level = tl.stop->len;
    tl.stopped = 0;
  }
  if (tl.stopped) return tl.end > resume ? tl.end : resume;

  const dx_word *pre = ordinal ? NULL : qualifier_before(c, i);

  dx_decimal v = nm.v, vmax = {0, 0, 0};
  int has_max = 0;
  size_t end = tl.end;
  const dx_word *unit = tl.unit;
  int more = tl.more;
  dx_decimal_scale(&v, tl.mult);

  /* a range: 2—3条, 80元至100元, 6%-6.5%, 1—2万人 */
  size_t dl;
  if (!ordinal && is_range_dash(c, end, &dl)) {
    number n2;
    tail t2;
    size_t k = end + dl;
    if (parse_number(c, k, &n2) && n2.chinese == nm.chinese) {
      parse_tail(c, n2.end, &t2);
      if (t2.stopped) return t2.end; /* 2019-2021年: a span of years */
      if (t2.unit && (!unit || same_unit(unit, t2.unit)) &&
          !(n2.end < c->n && is_alpha(c->t[n2.end]))) {
        if (!unit && !tl.mult && t2.mult) dx_decimal_scale(&v, t2.mult);
        vmax = n2.v;
        dx_decimal_scale(&vmax, t2.mult);
        has_max = 1;
        unit = t2.unit;
        more = more || t2.more;
        end = t2.end;
      }
    }
  }
  if (!unit && !ordinal) {
    /* 5.2和3.1个百分点: the unit of the last figure of the list */
    int mult = 0;
    if ((unit = shared_unit(c, &nm, end, NULL, &mult)) != NULL) {
      if (!tl.mult) dx_decimal_scale(&v, mult);
      tl.unit = unit;
    }
  }
  /* 高于全国12.7个、12个百分点: a classifier that opens the measure of the
   * list's last item (个 of 个百分点) is that measure, said short */
  if (unit && !ordinal && !has_max && (unit->tag & UNIT_OPENS_MEASURE)) {
    int mult = 0;
    const dx_word *whole = shared_unit(c, &nm, end, unit, &mult);
    if (whole && (whole->tag & UNIT_MEASURE) && whole->len > unit->len &&
        memcmp(whole->word, unit->word, unit->len) == 0) {
      if (!tl.mult) dx_decimal_scale(&v, mult);
      unit = tl.unit = whole;
    }
  }
  /* 万 or 亿 ends the figure: 3300亿, or the numeral 千亿 */
  int bare_big = tl.mult >= 4 || (nm.chinese && tl.end == nm.end &&
                                  (ends_with(c, nm.end, "万") || ends_with(c, nm.end, "亿")));
  int head = 0; /* the unit is a head noun's, not a word after the figure */
  /* 产值达到千亿级规模: a level of scale said as the size reached, at least it */
  int scale = level && at(c, end + level, "规模");
  if (!unit && !ordinal && (bare_big || tl.more) && (has_digit(c, &nm) || pre || tl.more || scale)) {
    /* a bare 万 or 亿 takes its unit from the noun it counts or measures:
     * 5200多万职工 (person), 生产总值3300亿 (CNY) */
    unit = head_noun_after(c, end);
    if (!unit && bare_big) unit = head_noun_before(c, pre ? i - pre->len : i);
    tl.unit = unit;
    head = unit != NULL;
  }
  /* 城乡居民收入比缩小至2.12, 缩小至2.1∶1左右: a bare number, or one to 1,
   * stated of a ratio (a head noun before it whose unit is ratio) */
  if (!unit && !ordinal && !nm.chinese && !tl.mult && !tl.more && !level && !has_max) {
    const dx_word *h = head_noun_before(c, pre ? i - pre->len : i);
    if (h && h->name && strcmp(h->name, "ratio") == 0) {
      if (at(c, end, "∶") && end + 3 < c->n && c->t[end + 3] == '1' &&
          !(end + 4 < c->n && (is_digit(c->t[end + 4]) || c->t[end + 4] == '.')))
        end += 4; /* ∶1 (U+2236 RATIO); a colon would end the clause */
      unit = tl.unit = h;
      head = 1;
    }
  }
  if (level && !(unit && tl.end == end && (bare_big || tl.more))) return end + level;
  end += level;
  const char *uname = unit ? unit_name(unit) : NULL;
  size_t start = i;
  /* 进入全国前8位, 居前5名: a rank at or above the Nth (a rank frame before 前) */
  int top = !ordinal && unit && (strcmp(unit->word, "位") == 0 || strcmp(unit->word, "名") == 0) &&
            ends_with(c, i, "前") && rank_framed(c, i - 3) &&
            /* a rank ending its clause or list item (not 前10名企业营收) */
            (tl.end == c->n || is_clause_mark(c, tl.end) || at(c, tl.end, "、") || at(c, tl.end, "以内") ||
             at(c, tl.end, "行列") || at(c, tl.end, "之列"));
  if (ordinal) { /* 第5位 is a rank; 第十八届 an ordinal */
    int ranked = unit && (strcmp(unit->word, "位") == 0 || strcmp(unit->word, "名") == 0);
    /* 列全省第2, 保持全国第一: a rank ending its clause or list item after a frame;
     * 成为全国第三个: the third to do so */
    if (!unit && end == nm.end && (end == c->n || is_clause_mark(c, end) || at(c, end, "、")) &&
        rank_framed(c, i - 3))
      ranked = 1;
    if (unit && strcmp(unit->word, "个") == 0 && rank_framed(c, i - 3)) ranked = 1;
    if (!ranked) return end;
    uname = "rank";
    start = i - 3;
  } else {
    if (!unit) return resume;
    /* a lone 一 before an amount or a classifier is an article or part of an
     * idiom (最后一公里, 早一天, 建一亩成一亩, 跃上一个新台阶), no count of
     * one: it counts a share or a multiple (增长一倍, 提高一个百分点), a span
     * (延长一天), medals (一金), more than one (一天多) or after a bound
     * (至少一人), which a verb of crossing is not */
    if (nm.chinese && nm.chars == 1 && at(c, i, "一") && !tl.more && !tl.stop &&
        !(unit->tag & (UNIT_RELATIVE | UNIT_TALLY)) &&
        (!pre || dx_match_suffix(&lx->crossing_verbs, c->t, i)))
      return end;
    /* a unit of small numbers only (tenths: 八成, 3成): not after 千亿 or a
     * year (2025成都) */
    if ((unit->tag & UNIT_SMALL) &&
        (tl.mult || tl.more || (nm.chinese ? (nm.mag || nm.chars > 2) : nm.end - nm.start > 2)))
      return end;
    if (nm.chinese && (unit->tag & UNIT_VERBAL) && !tl.more) {
      if (!chinese_counts_events(c, &nm, end, pre != NULL)) return end;
    } else if (nm.chinese && counts_tasks(c, end)) {
      /* 办好十件民生实事: a count of the programme's tasks */
    } else if (nm.chinese &&
               !chinese_is_number(&nm, &tl, pre != NULL || (nm.chars == 1 && nm.mag && bound_after(c, end)))) {
      return end; /* but 万名以上: a lone 万 bounded after its unit is a number */
    } else if (!has_digit(c, &nm) && !pre && !tl.more && !(unit->tag & UNIT_MEASURE) && !head &&
               !qualifier_after(c, end)) {
      return end; /* 千亿县, 千人计划: a class of things named by its scale */
    }
    /* 5银行 is no medal: a tally unit only in a tally */
    if ((unit->tag & UNIT_TALLY) && !in_tally(c, i, end)) return end;
    dx_decimal_scale(&v, unit->exp10); /* 兆瓦 = 10^3 kW */
    if (has_max) dx_decimal_scale(&vmax, unit->exp10);
  }

  int cmp = CMP_EQ;
  if (top) {
    uname = "rank";
    start = i - 3;
    cmp = CMP_LE;
  }
  if (pre) {
    cmp = pre->tag;
    start = i - pre->len;
  }
  if (more) cmp = CMP_GT;
  if (scale && !pre && cmp == CMP_EQ) cmp = CMP_GE;
  /* 7万套（间）左右: another unit in brackets between the unit and its
   * qualifier, which bounds the figure all the same */
  size_t alt = unit ? bracketed_unit_end(c, end) : 0;
  const dx_word *post = qualifier_after(c, alt ? alt : end);
  if (alt && post && post->tag != CMP_EQ) end = alt;
  else if (alt) post = qualifier_after(c, end);
  /* 连跨两个万亿元台阶: a round 万亿 after a count sizes each step; a level
   * reached shows a digit or a verb of reaching (迈上万亿新台阶) */
  if (post && post->tag == CMP_EQ && !pre && !has_digit(c, &nm)) post = NULL;
  /* 45个多功能运动场: after a classifier, 多 opening a word is no approximation
   * (300多个 puts it before; 3个多月, a duration, is caught below) */
  if (post && post->tag == CMP_GT && unit && !(unit->tag & UNIT_MEASURE) && strcmp(post->word, "多") == 0 &&
      end + post->len < c->n && (unsigned char)c->t[end + post->len] >= 0xE4 &&
      !dx_match_prefix(&lx->stops, c->t + end + post->len, c->n - end - post->len))
    post = NULL;
  if (post) {
    /* a level noun (台阶 大关) adds no comparison of its own: 突破万亿元大关 */
    if (post->tag != CMP_EQ) cmp = post->tag;
    end += post->len;
    /* 3个多月: a duration after all */
    if (dx_match_prefix(&lx->stops, c->t + end, c->n - end)) return end;
  }
  if (has_max) cmp = CMP_RANGE;
  /* 增长-4.3%: a minus right before the digits, after a verb (not the dash of
   * a range between two numbers, 5%-6%, nor one opening a code) */
  if (!nm.chinese && start == i && !has_max && i >= 4 && c->t[i - 1] == '-' && is_ideograph_lead(c->t[i - 4]) &&
      dx_match_suffix(&lx->verbs, c->t, i - 1) && v.mant > 0) {
    v.mant = -v.mant;
    start = i - 1;
  }

  /* a sum per month or year, the period written before it (提高到每人每月108
   * 元): in the rate's unit, as 108元/月 is */
  if (uname && strcmp(uname, "CNY") == 0) {
    const dx_word *per = dx_match_suffix(&lx->money_rates, c->t, start);
    if (per && per->name) uname = per->name;
  }
  memset(m, 0, sizeof *m);
  m->nstart = start;
  m->nend = end;
  m->value = v;
  m->value_max = vmax;
  m->has_max = has_max;
  m->unit = uname;
  m->cmp = cmp;
  *found = 1;
  return end;
}

/* 翻番, 翻两番: a number word; 首位 is a rank only in a rank frame
 * (全国首位, not 摆在首位) */
static size_t try_word(const scan_ctx *c, size_t i, const dx_word *w, dx_mention *m,
                       int *found) {
  *found = 0;
  if (w->name && strcmp(w->name, "rank") == 0 && !rank_framed(c, i)) return i + w->len;
  /* a longer whole word it opens is no number (首位度: primacy) */
  const dx_word *whole = dx_match_prefix(&c->lx->whole_words, c->t + i, c->n - i);
  if (whole && whole->len > w->len) return i + whole->len;
  *found = 1;
  memset(m, 0, sizeof *m);
  size_t start = i;
  const dx_word *pre = qualifier_before(c, i);
  m->cmp = CMP_EQ;
  if (pre) {
    m->cmp = pre->tag;
    start = i - pre->len;
  }
  m->nstart = start;
  m->nend = i + w->len;
  m->value.mant = (int64_t)w->factor;
  m->value.ok = 1;
  m->unit = w->name ? w->name : "times";
  /* a bound after the word, with none before it (翻了两番多, 翻一番以上) */
  const dx_word *post = pre || (w->name && strcmp(w->name, "rank") == 0) ? NULL : qualifier_after(c, m->nend);
  if (post && post->tag != CMP_EQ) {
    m->cmp = post->tag;
    m->nend += post->len;
  }
  return m->nend;
}

/* ---- clauses, subjects and verbs --------------------------------------- */

static size_t clause_start(const scan_ctx *c, size_t i) {
  size_t len;
  while (i > 0) {
    size_t p = prev_char(c, i);
    if (clause_mark_at(c, p, &len) && p + len == i) return i;
    i = p;
  }
  return 0;
}

static size_t clause_end(const scan_ctx *c, size_t i) {
  size_t len;
  while (i < c->n) {
    if (is_ideograph_lead(c->t[i])) {
      i += 3;
      continue;
    }
    if (clause_mark_at(c, i, &len)) return i;
    i += (size_t)dx_utf8_len(c->t[i]);
  }
  return c->n;
}

/* End of the first clause of a normalised sentence (the topic position,
 * where 五年来， or 过去一年， stands): a fact the rules read. */
size_t dx_first_clause_end(const dx_norm *nz) {
  scan_ctx c = {(const unsigned char *)nz->t, nz->len, NULL, NULL};
  return clause_end(&c, 0);
}

/* Does a word of the lexicon's whole_words, longer than w, start at p (或
 * end at p, when at_end)? Then w is part of it, no word of its own: 并 of
 * 并购, 和 of 和美乡村, 为 of 成为. */
static int inside_whole_word(const scan_ctx *c, size_t p, size_t limit, const dx_word *w, int at_end) {
  const dx_word *whole = at_end ? dx_match_suffix(&c->lx->whole_words, c->t, p)
                                : dx_match_prefix(&c->lx->whole_words, c->t + p, limit - p);
  return whole && whole->len > w->len;
}

/* Is the straight quote at q in [a, b) left unpaired there (an odd count)? */
static int unpaired_straight_quote(const scan_ctx *c, size_t a, size_t b) {
  size_t count = 0;
  for (size_t p = a; p < b; p++) count += c->t[p] == '"';
  return count & 1;
}

/* A closing quote or title mark at the start of a subject, or an opening
 * one at its end, is cut from the name it belongs to (稳经济“30条”), as is
 * a straight quote left unpaired; so is a list bullet or a heading's mark
 * at its start (● 市民热线办结率, - 有研发活动的企业, ### 招商引资, ⑤城乡低保标准). */
static size_t closing_mark_len(const scan_ctx *c, size_t a, size_t b) {
  if (a >= b) return 0;
  unsigned ch = c->t[a];
  if (ch == '#' || ch == '-' || ch == '*') return 1;
  if (ch == '"') return unpaired_straight_quote(c, a, b);
  if (ch < 0x80 || a + 2 >= b) return 0;
  if (at(c, a, "”") || at(c, a, "》") || at(c, a, "」")) return 3;
  size_t len;
  uint32_t cp = cp_at(c, a, &len);
  /* • ·, the geometric shapes (● ■ ◆ ▲), the circled numbers (①), ★ ☆ */
  if (cp == 0x2022 || cp == 0x00B7 || (cp >= 0x25A0 && cp <= 0x25FF) ||
      (cp >= 0x2460 && cp <= 0x24FF) || cp == 0x2605 || cp == 0x2606)
    return len;
  return 0;
}
static size_t opening_mark_len(const scan_ctx *c, size_t a, size_t b) {
  if (b > a && c->t[b - 1] == '"') return unpaired_straight_quote(c, a, b);
  /* an aside opening before the figure (一般公共预算收入增长7.1%（同口径增长5.1%）) */
  if (b > a && c->t[b - 1] == '(') return 1;
  return b >= a + 3 && (at(c, b - 3, "“") || at(c, b - 3, "《") || at(c, b - 3, "「") || at(c, b - 3, "（"))
             ? 3
             : 0;
}

/* The length of a year opening [a, b) that says when, not what, with more
 * after it (2025年全县粮食产量, 到2025年全县地区生产总值, 2024年底): four
 * digits and 年, after 到 or 至, before 底 or 末; 0 when none stands there. */
static size_t year_lead_len(const scan_ctx *c, size_t a, size_t b) {
  size_t p = a;
  if (p + 3 <= b && (at(c, p, "到") || at(c, p, "至"))) p += 3;
  for (int k = 0; k < 4; k++, p++)
    if (p >= b || c->t[p] < '0' || c->t[p] > '9') return 0;
  if (p + 3 > b || !at(c, p, "年")) return 0;
  p += 3;
  if (p + 3 <= b && (at(c, p, "底") || at(c, p, "末"))) {
    p += 3;
  } else if (p + 3 <= b) {
    /* a year's own plan (2025年度) or a longer time word (1998年以来,
     * 2007年中, 2020年前): not a year alone */
    static const char *const longer[] = {"度", "以", "来", "起", "前", "后", "初", "中", "内", "间"};
    for (size_t k = 0; k < sizeof longer / sizeof *longer; k++)
      if (at(c, p, longer[k])) return 0;
  }
  return p < b ? p - a : 0;
}

/* Skip list separators, fillers and a year saying when at the start of
 * [a, b), but not a filler that begins a longer verb (、达到25个: 达 is a
 * filler, 达到 a verb) or a whole word (并购重组). */
/* Does the time cue w end in 目标 (主要预期目标): a name of the targets,
 * which opens a subject of its own (主要预期目标完成率), no time to trim? */
static int ends_in_noun_of_target(const dx_word *w) {
  return w->len >= 6 && memcmp(w->word + w->len - 6, "目标", 6) == 0;
}

static size_t trim_front(const scan_ctx *c, size_t a, size_t b) {
  for (;;) {
    size_t mark = closing_mark_len(c, a, b);
    if (mark) {
      a += mark;
      continue;
    }
    size_t year = year_lead_len(c, a, b);
    if (year) {
      a += year;
      continue;
    }
    /* a time of three characters or more (“十四五”期间, 今后五年, 上半年): no
     * part of the thing, which the cue dates; shorter ones may be (三年行动) */
    const dx_word *when = a < b ? dx_match_prefix(&c->lx->cues, c->t + a, b - a) : NULL;
    if (when && when->tag == CUE_TIME && when->len >= 9 && a + when->len < b &&
        !inside_whole_word(c, a, b, when, 0) && !ends_in_noun_of_target(when)) {
      a += when->len;
      continue;
    }
    /* the 的 that closes a modifier ending before (年销售收入超亿元|的农业产业化
     * 龙头企业100家): a noun phrase never opens with it (but 的确, 的士) */
    static const dx_word de = {.word = "的", .len = 3};
    if (a + 3 < b && at(c, a, "的") && !inside_whole_word(c, a, b, &de, 0)) {
      a += 3;
      continue;
    }
    const dx_word *w = a < b ? dx_match_prefix(&c->lx->separators, c->t + a, b - a) : NULL;
    if (!w && a < b) {
      w = dx_match_prefix(&c->lx->fillers, c->t + a, b - a);
      const dx_word *v = w ? dx_match_prefix(&c->lx->verbs, c->t + a, b - a) : NULL;
      if (v && v->len > w->len) return a;
    }
    if (!w || a + w->len > b || inside_whole_word(c, a, b, w, 0)) return a;
    a += w->len;
  }
}

static size_t trim_back(const scan_ctx *c, size_t a, size_t b) {
  for (;;) {
    if (b <= a) return a;
    size_t mark = opening_mark_len(c, a, b);
    if (mark) {
      b -= mark;
      continue;
    }
    /* a year saying when, after the thing (地区生产总值2021年|迈上5万亿元台阶);
     * not one a comparison or a change starts from (比2002年, 从2002年),
     * which the rules read as a baseline */
    if (b > a + 7 && at(c, b - 3, "年") && is_digit(c->t[b - 7]) && is_digit(c->t[b - 6]) &&
        is_digit(c->t[b - 5]) && is_digit(c->t[b - 4]) && !is_digit(c->t[b - 8]) &&
        !(b >= a + 10 && (at(c, b - 10, "比") || at(c, b - 10, "较") || at(c, b - 10, "从") ||
                          at(c, b - 10, "由") || at(c, b - 10, "与") || at(c, b - 10, "到") ||
                          at(c, b - 10, "至")))) {
      b -= 7;
      continue;
    }
    const dx_word *w = dx_match_suffix(&c->lx->fillers, c->t, b);
    if (!w) w = dx_match_suffix(&c->lx->separators, c->t, b);
    if (!w || b - w->len < a || inside_whole_word(c, b, b, w, 1)) return b;
    b -= w->len;
  }
}

/* Split [a, b) into list items at the lexicon's separators, or, when
 * marks_only, at those that are punctuation marks (、 ,), which never
 * stand inside a word. Fills starts/ends (up to 16 items); returns the
 * number of items. */
static size_t split_list(const scan_ctx *c, size_t a, size_t b, int marks_only,
                         size_t starts[16], size_t ends[16]) {
  size_t parts = 0, q = a;
  while (q <= b && parts < 16) {
    const dx_word *sep = q < b ? dx_match_prefix(&c->lx->separators, c->t + q, b - q) : NULL;
    if (sep && inside_whole_word(c, q, b, sep, 0)) sep = NULL;
    if (sep && marks_only) {
      uint32_t cp = 0;
      if (!dx_utf8_next(c->t + q, sep->len, &cp) ||
          !(cp < 0x80 || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F))) sep = NULL;
    }
    if (q == b || sep) {
      starts[parts] = a;
      ends[parts] = q;
      parts++;
      if (q == b) break;
      q += sep->len;
      a = q;
      continue;
    }
    q += (size_t)dx_utf8_len(c->t[q]);
  }
  return parts;
}

/* Does the verb w at p open a longer head noun of the lexicon (居 of 居民,
 * 增加 of 增加值)? Then it is that noun, no verb. */
static int opens_head_noun(const scan_ctx *c, size_t p, size_t limit, const dx_word *w) {
  const dx_word *noun = dx_match_prefix(&c->lx->head_nouns, c->t + p, limit - p);
  return noun && noun->len > w->len;
}

/* Is the verb w at p one that is also a noun (投入), with words before it
 * and another verb right after it (研发投入增长, 研发投入占比)? Then it is
 * the head of the subject, no verb. */
static int nominal_before_verb(const scan_ctx *c, size_t seg, size_t p, size_t limit, const dx_word *w) {
  if (p <= seg || p + w->len >= limit) return 0;
  const dx_word *n = dx_match_prefix(&c->lx->nominal_verbs, c->t + p, limit - p);
  return n && n->len == w->len && dx_match_prefix(&c->lx->verbs, c->t + p + w->len, limit - p - w->len);
}

/* Where the words between a verb and its figure start: back from b past
 * the fillers (均居全国第1位) and, before a rank, the rank's scopes (居中部
 * 第1位), stopping at a verb (居, 达) or at a. */
static size_t frames_back(const scan_ctx *c, size_t a, size_t b, int rank) {
  while (b > a && !dx_match_suffix(&c->lx->verbs, c->t, b)) {
    const dx_word *w = dx_match_suffix(&c->lx->fillers, c->t, b);
    if (!w && rank) w = dx_match_suffix(&c->lx->rank_scopes, c->t, b);
    if (!w || b - w->len < a) break;
    b -= w->len;
  }
  return b;
}

/* The verb of a mention: the longest verb ending where the quantity (or its
 * number, after a qualifier such as 控制在) starts, or, for a rank or a
 * comparison, where the fillers and scopes before it start (增速居全国第4位,
 * 高于全省3个百分点); else the first verb run in the prefix (新建改扩建中小学
 * → 新建改扩建). Returns whether the verb stands before such words. */
static int find_verb(const scan_ctx *c, size_t floor, size_t seg, size_t raw, size_t num,
                     int rank, dx_mention *m) {
  const dx_wordset *vs = &c->lx->verbs;
  const dx_word *w = dx_match_suffix(vs, c->t, raw);
  /* (not the end of a whole word: 列 of 中欧班列150列) */
  if (w && inside_whole_word(c, raw, raw, w, 1)) w = NULL;
  size_t framed = raw;
  if (!w) {
    /* what the figure is per, between its verb and it (低保标准提高到每月815
     * 元, 补助标准提高到每人每年240元): the verb stands before the frames */
    size_t b = raw;
    const dx_word *f;
    while (b > seg && (f = dx_match_suffix(&c->lx->rate_frames, c->t, b)) != NULL && b - f->len >= seg) b -= f->len;
    if (b < raw && (w = dx_match_suffix(vs, c->t, b)) != NULL && b - w->len >= seg && !inside_whole_word(c, b, b, w, 1))
      framed = b;
    else
      w = NULL;
  }
  if (!w) {
    size_t b = frames_back(c, seg, raw, rank);
    if (b < raw && (w = dx_match_suffix(vs, c->t, b)) != NULL && !inside_whole_word(c, b, b, w, 1) &&
        (rank || dx_match_suffix(&c->lx->relative_verbs, c->t, b)))
      framed = b;
    else
      w = NULL;
  }
  /* a verb right before the figure, even one trimmed as a filler from the
   * front of the segment (实现翻番、达1.8万家: 达 is that figure's verb) */
  if (w && framed - w->len >= (framed == raw ? floor : seg)) {
    m->verb_start = framed - w->len;
    m->verb_end = framed;
  } else if ((w = dx_match_suffix(vs, c->t, num)) && num - w->len >= seg && num != raw) {
    m->verb_start = num - w->len;
    m->verb_end = num;
  } else {
    /* inside the prefix only verbs of two characters or more: 居 also
     * starts 居民, 达 starts 达标 */
    for (size_t p = seg; p < raw; p += (size_t)dx_utf8_len(c->t[p])) {
      w = dx_match_prefix(vs, c->t + p, raw - p);
      /* (not a verb opening a whole word: 建设 of 重点建设项目) */
      if (w && w->len >= 6 && !opens_head_noun(c, p, raw, w) && !nominal_before_verb(c, seg, p, raw, w) &&
          !inside_whole_word(c, p, raw, w, 0)) {
        size_t e = p + w->len;
        /* the run goes on with the verbs after it (新建改扩建, 增速居), also
         * across a separator (新建、改造高标准农田, 新建和改造), but not into a
         * head noun of the lexicon that opens with a verb (惠及居民), nor
         * into a whole word (建设|增发国债高标准农田) */
        for (;;) {
          const dx_word *sep = e < raw ? dx_match_prefix(&c->lx->separators, c->t + e, raw - e) : NULL;
          size_t v = sep ? e + sep->len : e;
          if (v >= raw || !(w = dx_match_prefix(vs, c->t + v, raw - v)) || opens_head_noun(c, v, raw, w) ||
              (sep && w->len < 6) || inside_whole_word(c, v, raw, w, 0))
            break;
          e = v + w->len;
        }
        m->verb_start = p;
        m->verb_end = e;
        break;
      }
    }
    /* a one-character verb opening the clause, with only fillers between
     * it and the number: 居全省第5位 (but not 居民消费价格…) */
    if (m->verb_end <= m->verb_start && seg < raw && (w = dx_match_prefix(vs, c->t + seg, raw - seg)) &&
        trim_front(c, seg + w->len, raw) == raw) {
      m->verb_start = seg;
      m->verb_end = seg + w->len;
    }
  }
  /* a verb run ending where another starts: 新建改扩建 (two-character verbs
   * only: 转为下降 is no verb 为下降), but not at a noun (研发投入增长) */
  if (m->verb_end > m->verb_start) {
    while (m->verb_start > seg && (w = dx_match_suffix(vs, c->t, m->verb_start)) &&
           w->len >= 6 && m->verb_start - w->len >= seg &&
           !nominal_before_verb(c, seg, m->verb_start - w->len, raw, w))
      m->verb_start -= w->len;
  }
  return m->verb_end == framed && framed < raw;
}

/* Does the time word starting at b go on a word before it (2000年底,
 * 去年底, 今年年底, 前五年)? Then it is a part of that longer word, not a span. */
static int inside_time_word(const scan_ctx *c, size_t a, size_t b) {
  if (b <= a) return 0;
  if (is_digit(c->t[b - 1])) return 1;
  static const char *const openers[] = {"前", "去", "上", "今", "明", "当", "同", "近", "后", "本", "年", "月"};
  for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
    if (b >= a + 3 && at(c, b - 3, openers[k])) return 1;
  return 0;
}

/* Is unit one of a share or a multiple (%, 个百分点, 倍), which says how a
 * thing changed or stands against another, never what the thing is? */
static int is_relative_unit(const char *unit) {
  return strcmp(unit, "%") == 0 || strcmp(unit, "pp") == 0 || strcmp(unit, "times") == 0;
}

/* Is [a, b) a span of time alone (5年, 近3年, 连续五年, 三年来): one of the
 * lexicon's span_openers or streaks, a numeral, 年, one of its span_closers?
 * Where a subject would stand it says when, not what. */
static int is_time_span(const scan_ctx *c, size_t a, size_t b) {
  const dx_word *w = dx_match_prefix(&c->lx->span_openers, c->t + a, b - a);
  if (!w) w = dx_match_prefix(&c->lx->streaks, c->t + a, b - a);
  size_t p = w ? a + w->len : a, numerals = 0, len;
  if (w && p == b) return 1; /* 连续 left of 连续五年, its span cut off as a time word */
  while (p < b) {
    if (is_digit(c->t[p])) len = 1;
    else if (!dx_is_cn_digit(cp_at(c, p, &len))) break;
    p += len, numerals++;
  }
  if (!numerals || p + 3 > b || !at(c, p, "年")) return 0;
  p += 3;
  if (p == b) return 1;
  w = dx_match_prefix(&c->lx->span_closers, c->t + p, b - p);
  return w && p + w->len == b;
}

/* Does [a, b) hold one of the lexicon's separators (城市更新行动、全年)? */
static int holds_separator(const scan_ctx *c, size_t a, size_t b) {
  for (; a < b; a += (size_t)dx_utf8_len(c->t[a]))
    if (dx_match_prefix(&c->lx->separators, c->t + a, b - a)) return 1;
  return 0;
}

/* Does the clause at b follow the figure ending at a with only clause marks
 * and spaces between (1474家，|净增21%), or is the figure in it (b <= a)? */
static int adjacent_clause(const scan_ctx *c, size_t a, size_t b) {
  size_t len;
  while (a < b) {
    if (clause_mark_at(c, a, &len)) a += len;
    else if (c->t[a] == ' ') a++;
    else return 0;
  }
  return 1;
}

/* A subject ends where its baseline starts: 能耗由前三年…, 数量由97家…; a
 * lone 从 or 由 before the figure (，从1.8万亿元增加到2.9万亿元) is no subject */
static size_t cut_baseline(const scan_ctx *c, size_t a, size_t b) {
  if (b == a + 3 && (at(c, a, "由") || at(c, a, "从"))) return a;
  for (size_t p = a + 3; p < b; p += (size_t)dx_utf8_len(c->t[p])) {
    if (!at(c, p, "由") && !at(c, p, "从")) continue;
    /* not inside a word (自由贸易港, 从业人员) */
    const dx_word *whole = dx_match_suffix(&c->lx->whole_words, c->t, p + 3);
    if (!(whole && whole->len > 3) && !dx_match_prefix(&c->lx->whole_words, c->t + p, b - p)) return p;
  }
  return b;
}

/* Do the numerals at p name a grade of size, 级 right after them (7个千亿级
 * 产业: industries of the hundred-billion class), not more of a number? */
static int is_grade(const scan_ctx *c, size_t p, size_t e) {
  size_t len;
  while (p < e && dx_is_cn_digit(cp_at(c, p, &len))) p += len;
  return p < e && at(c, p, "级");
}

/* Is [a, b), ending before a 的, a modifier of the noun after the 的 (in
 * 在全国有重要行业影响力的|龙头链主企业, 经济困难的|严重精神障碍患者) rather than
 * its possessor (3个县的|财政收入, 5个自然村的|闲散劳动力, 18个领域的|重点任务)?
 * A modifier holds a verb or one of the lexicon's relative_clause_words (有,
 * 在), or runs to four characters or more: the nouns a count counts before
 * a possessive 的 are short. */
static int modifies_after_de(const scan_ctx *c, size_t a, size_t b) {
  size_t chars = 0;
  for (size_t p = a; p < b; p += (size_t)dx_utf8_len(c->t[p]), chars++) {
    const dx_word *v = dx_match_prefix(&c->lx->verbs, c->t + p, b - p);
    if (v && !inside_whole_word(c, p, b, v, 0)) return 1;
    if (dx_match_prefix(&c->lx->relative_clause_words, c->t + p, b - p)) return 1;
  }
  return chars >= 4;
}

/* Subject after a count that opens its clause: 276个实施类…项目完成投资,
 * 5200余名群众被安全转移. Stops at a verb, 被, a separator or a number, and
 * at a head noun; past the first 的 that ends a modifier (modifies_after_de)
 * when a noun follows it, else at it. */
static void subject_after(const scan_ctx *c, size_t from, size_t limit, dx_mention *m) {
  from += closing_mark_len(c, from, limit);
  /* a count of batches, groups or households before the count of things
   * is their measure, not the noun (推出12批|1181项举措, 6组|10家省属国企,
   * 6.1万户|14.2万名防返贫监测对象): past it */
  number n2;
  tail t2;
  if (from < limit && is_digit(c->t[from]) && parse_number(c, from, &n2)) {
    parse_tail(c, n2.end, &t2);
    if (t2.unit && !t2.stopped && t2.end < limit && !is_digit(c->t[t2.end]) && !is_clause_mark(c, t2.end)) {
      const dx_word *bound = qualifier_after(c, t2.end); /* 30户以上|农村木质房屋连片村寨 */
      from = bound ? t2.end + bound->len : t2.end;
    }
  }
  size_t p = from;
  /* inside brackets: 17个贫困县（市、区）摘帽 holds its 、, and such a list in
   * brackets closes the noun it glosses */
  int depth = 0, listed_inside = 0;
  int opened = 0; /* a quote opened inside the phrase (3个“专精特新”企业) */
  int after_de = 0;   /* past a 的 that ends a modifier */
  size_t de_at = 0;   /* where that 的 stands */
  size_t start = from; /* the phrase before it, kept when none follows */
  while (p < limit) {
    unsigned ch = c->t[p];
    if (at(c, p, "（") || ch == '(') depth++;
    else if (depth > 0 && (at(c, p, "）") || ch == ')')) {
      p += (size_t)dx_utf8_len(ch);
      if (--depth == 0 && listed_inside) break;
      continue;
    }
    /* a quote closing that opened before the figure ends the phrase:
     * 办好“十件民生实事|” */
    if (at(c, p, "“") || at(c, p, "《") || at(c, p, "「")) opened = 1;
    else if (!opened && (at(c, p, "”") || at(c, p, "》") || at(c, p, "」"))) break;
    /* the head noun ends the phrase: 3000多万皖北地区群众|基本生活… */
    const dx_word *head = dx_match_prefix(&c->lx->head_nouns, c->t + p, limit - p);
    if (head) {
      /* or the longer whole word it opens (13条重点产业链|全面起势) */
      const dx_word *whole = dx_match_prefix(&c->lx->whole_words, c->t + p, limit - p);
      p += whole && whole->len > head->len ? whole->len : head->len;
      break;
    }
    /* a whole word is read whole: no verb or separator inside it (150家华为云
     * 生态企业: 为 of 华为) */
    const dx_word *whole = dx_match_prefix(&c->lx->whole_words, c->t + p, limit - p);
    const dx_word *verb_at = whole ? dx_match_prefix(&c->lx->verbs, c->t + p, limit - p) : NULL;
    if (whole && whole->len > (size_t)dx_utf8_len(ch) && !(verb_at && verb_at->len >= whole->len)) {
      p += whole->len;
      continue;
    }
    const dx_word *sep = dx_match_prefix(&c->lx->separators, c->t + p, limit - p);
    /* a verb inside a whole word is none (30项为民办实事项目) */
    const dx_word *verb = dx_match_prefix(&c->lx->verbs, c->t + p, limit - p);
    if (verb && inside_whole_word(c, p, limit, verb, 0)) verb = NULL;
    if (at(c, p, "的") && depth == 0 && p > from && !after_de && modifies_after_de(c, from, p)) {
      /* 10家在全国有重要行业影响力的|龙头链主企业: a clause ending in 的
       * modifies the noun after it, which is the head of the phrase; unless no noun
       * follows (10个试点县的|支持力度: a verb; 8个公司运营的|16支基金: a
       * count of its own), when the phrase ends at 的 */
      size_t q = p + 3, len;
      uint32_t next = q < limit ? cp_at(c, q, &len) : 0;
      const dx_word *v = q < limit ? dx_match_prefix(&c->lx->verbs, c->t + q, limit - q) : NULL;
      if (next >= 0x4E00 && next <= 0x9FFF && !dx_is_cn_digit(next) && !(v && !inside_whole_word(c, q, limit, v, 0))) {
        after_de = 1;
        de_at = p;
        from = q;
        p = from;
        opened = 0;
        continue;
      }
    }
    /* an adverb of the clause's verb ends the noun (15件民生实事|全部办结);
     * not a one-character continuer, which opens nouns too (比例, 占地) */
    const dx_word *adverb = p > from ? dx_match_prefix(&c->lx->continuers, c->t + p, limit - p) : NULL;
    if (adverb && (adverb->len < 6 || inside_whole_word(c, p, limit, adverb, 0))) adverb = NULL;
    if (is_digit(ch) || at(c, p, "被") || at(c, p, "的") || verb || adverb ||
        (sep && depth == 0 && !inside_whole_word(c, p, limit, sep, 0)))
      break;
    if (sep && depth > 0) listed_inside = 1;
    p += (size_t)dx_utf8_len(ch);
  }
  if (after_de && p == from) from = start, p = de_at; /* nothing after 的 */
  /* an ordinal is no noun (由全国第11位跃升至|第5位) */
  m->subj_start = from;
  m->subj_end = at(c, from, "第") ? from : p;
}

/* Does a shared head of the lexicon end [a, b), inside it? */
static int ends_with_shared_head(const scan_ctx *c, size_t a, size_t b) {
  const dx_word *w = b > a ? dx_match_suffix(&c->lx->shared_heads, c->t, b) : NULL;
  return w && w->len <= b - a;
}

/* Is [h, le) one shared head of the lexicon as a whole? */
static int is_shared_head(const scan_ctx *c, size_t h, size_t le) {
  const dx_word *w = h < le ? dx_match_prefix(&c->lx->shared_heads, c->t + h, le - h) : NULL;
  return w && w->len == le - h;
}

/* Where a share frame (占) stands inside [a, b), after a numerator: b when
 * none does. Not one opening a longer verb, which is the share's own noun
 * (炼铁、炼钢先进产能占比). */
static size_t share_frame_in(const scan_ctx *c, size_t a, size_t b) {
  if (a >= b) return b;
  for (size_t p = a + (size_t)dx_utf8_len(c->t[a]); p < b; p += (size_t)dx_utf8_len(c->t[p])) {
    const dx_word *w = dx_match_prefix(&c->lx->share_frames, c->t + p, b - p);
    if (!w || p + w->len >= b || inside_whole_word(c, p, b, w, 0)) continue;
    const dx_word *v = dx_match_prefix(&c->lx->verbs, c->t + p, b - p);
    if (!v || v->len <= w->len) return p;
  }
  return b;
}

/* The characters in [a, b). */
static size_t char_count(const scan_ctx *c, size_t a, size_t b) {
  size_t n = 0;
  for (size_t p = a; p < b; p += (size_t)dx_utf8_len(c->t[p])) n++;
  return n;
}

/* Where the head that the conjunct [a, b) of a 分别 list leaves out starts
 * in the last conjunct [ls, le), which writes it once for all: after the
 * last of a list of places; after the
 * modifier parallel to [a, b), the first that ends in the same character
 * and leaves a shared head (规上科技服务业、人力资源服务业营收: 营收) or, in a
 * pair, the one of the same length (城镇、农村常住居民人均可支配收入; 批发、零售
 * 销售额). le when there is none. */
static size_t shared_head_start(const scan_ctx *c, size_t a, size_t b, size_t ls, size_t le, int pair) {
  size_t last = prev_char(c, b), clen = b - last, chars = 0;
  /* a list of places, each a name of two to four characters and one of the
   * lexicon's place_suffixes (新政镇、永乐镇地方税收; 秦安县、麦积区规上工业增加
   * 值): the head follows the last place's name (not the 乡 of 安乡县) */
  const dx_word *place = dx_match_suffix(&c->lx->place_suffixes, c->t, b);
  /* a city (临清市) counts beside a name with a place suffix: either end */
  int paired = !place;
  if (paired) place = dx_match_suffix(&c->lx->paired_place_suffixes, c->t, b);
  if (place && b - place->len > a) {
    size_t p = ls;
    for (int n = 1; n <= 4 && p < le; n++) {
      p += (size_t)dx_utf8_len(c->t[p]);
      const dx_word *q = n >= 2 && p < le ? dx_match_prefix(&c->lx->place_suffixes, c->t + p, le - p) : NULL;
      if (!q && !paired && n >= 2 && p < le) q = dx_match_prefix(&c->lx->paired_place_suffixes, c->t + p, le - p);
      if (q && p + q->len < le) return p + q->len;
    }
  }
  for (size_t p = ls; p + clen < le; p += (size_t)dx_utf8_len(c->t[p]))
    if (memcmp(c->t + p, c->t + last, clen) == 0 && is_shared_head(c, p + clen, le)) return p + clen;
  if (!pair) return le;
  chars = char_count(c, a, b);
  size_t h = ls;
  while (chars-- > 0 && h < le) h += (size_t)dx_utf8_len(c->t[h]);
  /* (past a 等 closing the list: 食品、石化、医药、信息等产业增加值) */
  if (h + 3 < le && at(c, h, "等")) h += 3;
  return is_shared_head(c, h, le) ? h : le;
}

/* The end of an ordinal numeral at i (第 optionally, then one numeral of
 * one to ten: 一, 第二, 十), or i when none stands there. */
static size_t ordinal_end(const scan_ctx *c, size_t i, size_t e) {
  size_t p = i, len;
  if (p + 3 <= e && at(c, p, "第")) p += 3;
  if (p >= e) return i;
  int64_t v = dx_cn_value(cp_at(c, p, &len));
  return v >= 1 && v <= 10 ? p + len : i;
}

/* Where the head that the conjunct [a, b) of a 分别 list leaves out starts
 * in the last conjunct [ls, le), when the list is of ordinal numerals
 * (一、二、三产业增加值分别增长…, 一、二类水体比例分别为…): [a, b) is one
 * numeral, and the last opens with one and goes on to the head they all
 * share (产业增加值). le when the list is no such one. */
static size_t ordinal_head_start(const scan_ctx *c, size_t a, size_t b, size_t ls, size_t le) {
  if (ordinal_end(c, a, b) != b || b == a) return le;
  size_t h = ordinal_end(c, ls, le), len;
  if (h == ls || h >= le) return le;
  /* the head opens with a word, not with more of the number (十一) */
  uint32_t cp = cp_at(c, h, &len);
  return cp >= 0x4E00 && cp <= 0x9FFF && !dx_is_cn_digit(cp) ? h : le;
}

/* A run of K ordinal numerals written together before the head they share
 * (一二三产业增加值分别增长…, 二三产业): K numerals of one character each,
 * in counting order (一二三, not 十一), then a word. Returns where the head
 * starts, or b when [a, b) opens with no such run. */
static size_t ordinal_run_end(const scan_ctx *c, size_t a, size_t b, size_t K) {
  size_t p = a, len;
  int64_t before = 0;
  for (size_t j = 0; j < K; j++) {
    if (p >= b) return b;
    int64_t v = dx_cn_value(cp_at(c, p, &len));
    if (v < 1 || v > 9 || (j && v != before + 1)) return b;
    before = v;
    p += len;
  }
  if (p >= b) return b;
  uint32_t cp = cp_at(c, p, &len);
  return cp >= 0x4E00 && cp <= 0x9FFF && !dx_is_cn_digit(cp) ? p : b;
}

/* The clause before the one at cs, [*pcs, *mark) up to its mark, when it
 * states no figure of ms. Returns 0 when there is no such clause. */
static int figureless_clause_before(const scan_ctx *c, size_t cs, const dx_mention *ms, size_t count,
                                    size_t *pcs, size_t *mark) {
  if (cs == 0) return 0;
  *mark = prev_char(c, cs);
  if (!is_clause_mark(c, *mark)) return 0;
  *pcs = clause_start(c, *mark);
  for (size_t k = 0; k < count; k++)
    if (ms[k].nstart >= *pcs && ms[k].nstart < *mark) return 0;
  return 1;
}

/* The list a 分别 opening the clause at cs goes back to: the words before
 * the first verb of the clause before, when that clause states no figure
 * (城镇和农村居民人均可支配收入稳步提高，分别增长4.5%和6.3%). Sets [*a, *b)
 * and returns 1; returns 0 when there is no such clause. */
static int list_before(const scan_ctx *c, size_t cs, const dx_mention *ms, size_t count,
                       size_t *a, size_t *b) {
  size_t pcs, mark;
  if (!figureless_clause_before(c, cs, ms, count, &pcs, &mark)) return 0;
  size_t v = pcs;
  for (; v < mark; v += (size_t)dx_utf8_len(c->t[v])) {
    const dx_word *w = dx_match_prefix(&c->lx->verbs, c->t + v, mark - v);
    if (w && w->len >= 6 && !opens_head_noun(c, v, mark, w)) break;
  }
  size_t e = trim_back(c, pcs, v);
  *a = trim_front(c, pcs, e);
  *b = e;
  return *a < e;
}

/* The object of the verb right after 分别 at fenbie, before the figure m
 * (分别新建|公园|3个; 分别完成|棚户区|改造1200户, m's verb after it):
 * [*start, returned end), empty when the verb takes none there (分别增长,
 * 分别为), is a share's or a rank's frame (分别占全市的, 分别居全省), or no
 * verb follows 分别 (分别比上年增长). */
static size_t list_object(const scan_ctx *c, size_t fenbie, const dx_mention *m, size_t *start) {
  size_t q = fenbie + 6, e = m->subj_end;
  *start = q;
  if (q >= e) return q;
  const dx_word *v = dx_match_prefix(&c->lx->verbs, c->t + q, e - q);
  if (!v || dx_match_prefix(&c->lx->share_frames, c->t + q, e - q) ||
      dx_match_prefix(&c->lx->rank_frames, c->t + q, e - q) ||
      dx_match_prefix(&c->lx->yardstick_verbs, c->t + q, e - q))
    return q;
  q += v->len;
  if (e > m->nstart) e = m->nstart;
  if (m->verb_end > m->verb_start && m->verb_start >= q && m->verb_end >= e) e = m->verb_start;
  q = trim_front(c, q, e);
  e = trim_back(c, q, e);
  *start = q;
  /* words only: no figure, and no yardstick (分别完成年计划的113.4%) */
  for (size_t p = q; p < e; p++)
    if (is_digit(c->t[p])) return q;
  if (e >= q + 3 && at(c, e - 3, "的")) return q;
  return e;
}

/* The object of m's verb in the clause before the one at cs, when that
 * clause states no figure and opens with the same verb (降低一般工商业电价，
 * 平均降低10%: 一般工商业电价). Sets [*a, *b) and returns 1, else 0. */
static int object_before(const scan_ctx *c, size_t cs, const dx_mention *ms, size_t count, const dx_mention *m,
                         size_t *a, size_t *b) {
  size_t pcs, mark;
  if (!figureless_clause_before(c, cs, ms, count, &pcs, &mark)) return 0;
  size_t v = trim_front(c, pcs, mark), vlen = m->verb_end - m->verb_start;
  if (v + vlen >= mark || memcmp(c->t + v, c->t + m->verb_start, vlen) != 0) return 0;
  *a = trim_front(c, v + vlen, mark);
  *b = trim_back(c, *a, mark);
  return *a < *b;
}

/* Two figures of one subject [a, b) that opens with a pair word of the
 * lexicon, one word for two things (城乡低保平均标准分别提高至778元/月、6818元
 * /年; 城乡居民人均可支配收入增长6%和7.5%): each takes its half of the pair
 * (城市低保平均标准, 农村低保平均标准) and the rest of the subject. 0 when
 * [a, b) opens with none, or is the pair word alone. */
static int spell_out_pair(const scan_ctx *c, dx_mention *pair, size_t a, size_t b) {
  const dx_word *w = a < b ? dx_match_prefix(&c->lx->pair_words, c->t + a, b - a) : NULL;
  if (!w || a + w->len >= b || inside_whole_word(c, a, b, w, 0)) return 0;
  for (int j = 0; j < 2; j++) {
    pair[j].subj_start = a + w->len, pair[j].subj_end = b;
    pair[j].head_start = pair[j].head_end = 0;
    pair[j].subj_prefix = j ? w->name2 : w->name;
    pair[j].distributive = 1;
  }
  pair[1].verb_start = pair[0].verb_start, pair[1].verb_end = pair[0].verb_end;
  return 1;
}

/* The figures right before a 分别 that opens its clause, one to each of the
 * K after it (城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格
 * 因素，分别实际增长7.7%和6.8%): each after 分别 takes the subject of its
 * own before, when those stand in clauses before cs with subjects of their
 * own, no two alike. */
static void previous_subjects(dx_mention *ms, size_t k, size_t K, size_t cs) {
  if (k < K || ms[k - 1].nstart >= cs) return;
  for (size_t j = 0; j < K; j++) {
    const dx_mention *p = &ms[k - K + j];
    if (p->subj_end <= p->subj_start) return;
    for (size_t i = 0; i < j; i++) {
      const dx_mention *q = &ms[k - K + i];
      if (q->subj_start == p->subj_start && q->subj_end == p->subj_end) return;
    }
  }
  for (size_t j = 0; j < K; j++) {
    const dx_mention *p = &ms[k - K + j];
    dx_mention *m = &ms[k + j];
    m->subj_start = p->subj_start, m->subj_end = p->subj_end;
    m->head_start = p->head_start, m->head_end = p->head_end;
    m->distributive = 1;
  }
}

/* A verb of policy opening a clause governs the measured phrase after it
 * (推动水稻耕种收综合机械化率达到…): the subject [a, b) starts after it. With
 * nothing left, the figure is the verb's object and the subject is what it
 * counts or measures after it (加快推动600个以上|亿元级工业项目建设): b, none
 * before. */
/* Past the number of a list item opening the sentence at a, up to b: （一）
 * (3) 1. 2、 ① (（一）新能源汽车产量突破100万辆: the number is no part of the
 * subject). a when none stands there. */
static size_t past_item_number(const scan_ctx *c, size_t a, size_t b) {
  if (a != 0 || a >= b) return a;
  size_t p = a, len;
  uint32_t cp = cp_at(c, p, &len);
  if (cp >= 0x2460 && cp <= 0x2473) return trim_front(c, p + len, b); /* ① to ⑳ */
  int paren = at(c, p, "（") ? 3 : c->t[p] == '(' ? 1 : 0;
  p += (size_t)paren;
  size_t d = p;
  for (int k = 0; k < 3 && p < b; k++) {
    cp = cp_at(c, p, &len);
    int64_t v = dx_cn_value(cp);
    if (!((cp >= '0' && cp <= '9') || (v >= 1 && v <= 10 && cp != 0x4E24))) break;
    p += len;
  }
  if (p == d || p >= b) return a;
  if (paren == 3 && at(c, p, "）")) p += 3;
  else if (paren == 1 && c->t[p] == ')') p += 1;
  else if (!paren && (at(c, p, "、") || at(c, p, "．"))) {
    /* (not a coordinated numeral: 1、2号线, 三、四季度) */
    size_t nlen;
    uint32_t next = p + 3 < b ? cp_at(c, p + 3, &nlen) : 0;
    if ((next >= '0' && next <= '9') || dx_cn_value(next) > 0) return a;
    p += 3;
  }
  else if (!paren && c->t[p] == '.' && p + 1 < b && !is_digit(c->t[p + 1])) p += 1;
  else return a;
  return trim_front(c, p, b);
}

static size_t past_opener(const scan_ctx *c, size_t a, size_t b) {
  const dx_word *opener = a < b ? dx_match_prefix(&c->lx->openers, c->t + a, b - a) : NULL;
  if (!opener || inside_whole_word(c, a, b, opener, 0)) return a;
  return trim_front(c, a + opener->len, b);
}

/* Clause bounds of the mentions of a sentence, in order: each stretch of
 * text is searched for clause marks once, not once per mention (a table row
 * of 2000 figures without a comma would cost 2000 walks over 4 KB). */
typedef struct {
  size_t pos, start;    /* marks before pos are seen; start = after the last */
  size_t end_from, end; /* no mark in [end_from, end) */
  int has_end;
} clause_cursor;

static size_t cursor_start(const scan_ctx *c, clause_cursor *cc, size_t i) {
  if (i < cc->pos) return clause_start(c, i); /* out of order: walk back */
  size_t len;
  while (cc->pos < i) {
    if (is_ideograph_lead(c->t[cc->pos])) {
      cc->pos += 3;
      continue;
    }
    if (clause_mark_at(c, cc->pos, &len) && cc->pos + len <= i) cc->start = cc->pos + len;
    cc->pos += (size_t)dx_utf8_len(c->t[cc->pos]);
  }
  return cc->start;
}

static size_t cursor_end(const scan_ctx *c, clause_cursor *cc, size_t i) {
  if (!cc->has_end || i < cc->end_from || i > cc->end) {
    cc->end_from = i;
    cc->end = clause_end(c, i);
    cc->has_end = 1;
  }
  return cc->end;
}

/* Is [a, b) left with a quotation or a parenthesis open? Names in quotes
 * (“435”, "369项目") and asides in parentheses hold figures that state
 * nothing; quoted speech spans clauses and is not seen from one clause. */
enum { OPEN_CURLY = 1, OPEN_STRAIGHT = 2, OPEN_PAREN = 4 };
static int open_quote_or_paren(const scan_ctx *c, size_t a, size_t b) {
  int curly = 0, straight = 0, paren = 0;
  for (size_t p = a; p < b;) {
    unsigned ch = c->t[p];
    if (is_ideograph_lead(ch)) {
      p += 3;
      continue;
    }
    if (ch == '"') straight ^= 1;
    else if (ch == '(') paren++;
    else if (ch == ')') paren -= paren > 0;
    else if (at(c, p, "“")) curly++;
    else if (at(c, p, "”")) curly -= curly > 0;
    else if (at(c, p, "（")) paren++;
    else if (at(c, p, "）")) paren -= paren > 0;
    p += ch < 0x80 ? 1 : (size_t)dx_utf8_len(ch);
  }
  return (curly > 0 ? OPEN_CURLY : 0) | (straight ? OPEN_STRAIGHT : 0) | (paren > 0 ? OPEN_PAREN : 0);
}

/* Does a closing curly quote stand in [a, b)? */
static int closes_quote(const scan_ctx *c, size_t a, size_t b) {
  for (size_t p = a; p + 3 <= b; p++)
    if (at(c, p, "”")) return 1;
  return 0;
}

/* Do only words stand in [a, b), no separator (、 和) and no clause mark, and
 * at least one? */
static int only_words_between(const scan_ctx *c, size_t a, size_t b) {
  if (a >= b) return 0;
  for (size_t p = a; p < b; p += (size_t)dx_utf8_len(c->t[p])) {
    const dx_word *sep = dx_match_prefix(&c->lx->separators, c->t + p, b - p);
    if (is_clause_mark(c, p) || (sep && !inside_whole_word(c, p, b, sep, 0))) return 0;
  }
  return 1;
}

static void assign_context(const scan_ctx *c, dx_mention *ms, size_t count) {
  clause_cursor cc = {0, 0, 0, 0, 0};
  for (size_t k = 0; k < count; k++) {
    dx_mention *m = &ms[k];
    m->clause_start = cursor_start(c, &cc, m->nstart);
    m->clause_end = cursor_end(c, &cc, m->nend);
    int open = open_quote_or_paren(c, m->clause_start, m->nstart);
    /* a curly quote the clause never closes is a typo (专精特新“小巨人企业414家),
     * not a name around the figure */
    if ((open & OPEN_CURLY) && !closes_quote(c, m->nend, m->clause_end)) open &= ~OPEN_CURLY;
    m->quoted = open != 0;
    size_t seg = m->clause_start;
    int listed = k > 0 && ms[k - 1].clause_start == m->clause_start;
    int tail_skipped = 0;
    if (listed) {
      seg = ms[k - 1].nend;
      m->list_index = ms[k - 1].list_index ? ms[k - 1].list_index + 1 : 2;
      if (ms[k - 1].list_index == 0) ms[k - 1].list_index = 1;
      /* the words right after the figure before, up to a 、, are its own
       * (连跨4个万亿元台阶、双双突破9万亿元; 200个左右市县级重点项目、300个…):
       * this item starts after the 、, but not one in brackets (省（区、市）) */
      if (seg < m->nstart && !dx_match_prefix(&c->lx->separators, c->t + seg, m->nstart - seg)) {
        int depth = 0;
        /* or, with no 、, up to a word joining items counted alike that
         * stands right before the count (100家“专精特新”企业和|100家科技型
         * 企业); elsewhere 和 and 及 join inside a noun phrase (自然村千兆光纤
         * 和5G网络通达率, I类及以上水质, 高新技术企业和科技型中小企业、50家) */
        int same_count = ms[k - 1].unit && m->unit && (unsigned char)m->unit[0] >= 0x80 &&
                         strcmp(ms[k - 1].unit, m->unit) == 0;
        size_t joined = 0;
        for (size_t p = seg; p + 3 <= m->nstart; p += (size_t)dx_utf8_len(c->t[p])) {
          if (c->t[p] == '(' || at(c, p, "（")) depth++;
          else if (c->t[p] == ')' || at(c, p, "）")) depth -= depth > 0;
          else if (depth == 0 && at(c, p, "、")) {
            seg = p + 3;
            tail_skipped = 1;
            joined = 0;
            break;
          } else if (depth == 0 && same_count) {
            const dx_word *sep = dx_match_prefix(&c->lx->separators, c->t + p, m->nstart - p);
            if (sep && !inside_whole_word(c, p, m->nstart, sep, 0) &&
                trim_front(c, p + sep->len, m->nstart) == m->nstart)
              joined = p + sep->len;
          }
        }
        if (joined) {
          seg = joined;
          tail_skipped = 1;
        }
      }
    }
    size_t untrimmed = seg;
    seg = trim_front(c, seg, m->nstart);
    size_t num = m->nstart;
    /* where the number itself starts: past a qualifier inside the span */
    while (num < m->nend && !is_digit(c->t[num])) {
      size_t len;
      uint32_t cp = cp_at(c, num, &len);
      if (dx_is_cn_digit(cp) && !at(c, num, "百分之")) break;
      if (at(c, num, "翻")) break;
      num += len;
    }
    /* 赤字率按2.5%安排: a figure after a preposition is its object; the
     * subject ends before the preposition, the verb comes after the figure */
    size_t lead = m->nstart;
    int rank = m->unit && strcmp(m->unit, "rank") == 0;
    /* 浓度降至每立方米28微克: the unit the figure is per, said before it
     * (每 and a unit), is part of the figure, between it and its verb */
    const dx_word *per = dx_match_suffix(&c->lx->units, c->t, lead);
    if (per && lead >= seg + per->len + 3 && at(c, lead - per->len - 3, "每")) lead -= per->len + 3;
    const dx_word *prep = dx_match_suffix(&c->lx->prepositions, c->t, lead);
    if (prep && lead - prep->len >= seg) lead -= prep->len;
    int framed = find_verb(c, untrimmed, seg, lead, lead == m->nstart ? num : lead, rank, m);
    /* a comparison opening the clause whose yardstick holds a verb (，快于经济
     * 增长0.3个百分点): the comparison's verb is the figure's, the yardstick no
     * subject */
    const dx_word *yv = m->unit && strcmp(m->unit, "pp") == 0 && m->verb_start > seg
                            ? dx_match_prefix(&c->lx->yardstick_verbs, c->t + seg, lead - seg)
                            : NULL;
    if (yv && seg + yv->len < m->verb_start) m->verb_start = seg, m->verb_end = seg + yv->len, framed = 0;
    /* a run of verbs right after 的 opens with a noun, the head of the
     * subject (占GDP的比重达到2.95%: 比重, verb 达到); a lone verb there
     * stays the verb, the rules reading 的 before it (用于“三农”的|投入) */
    if (m->verb_end > m->verb_start && m->verb_start >= seg + 3 && at(c, m->verb_start - 3, "的")) {
      const dx_word *noun = dx_match_prefix(&c->lx->verbs, c->t + m->verb_start, m->verb_end - m->verb_start);
      if (noun && m->verb_start + noun->len < m->verb_end) m->verb_start += noun->len;
    }
    /* a verb holding its object names the thing counted, the end of the
     * subject; the verb is what goes before it in the run (完成|营造林) */
    const dx_word *held = m->verb_end > m->verb_start ? dx_match_suffix(&c->lx->object_verbs, c->t, m->verb_end) : NULL;
    if (held && m->verb_end - held->len >= m->verb_start) {
      m->verb_end -= held->len;
      if (m->verb_end == m->verb_start) m->verb_start = m->verb_end = 0, framed = 0;
    }
    if (m->verb_end > m->verb_start) {
      /* only fillers and scopes between the verb and the figure: the
       * subject is before the verb (增速居全国第4位) */
      if (framed) {
        m->subj_start = seg;
        m->subj_end = m->verb_start;
      } else if (m->verb_start == seg) {
        m->subj_start = m->verb_end;
        m->subj_end = lead;
        /* a comparison opening the clause, with a gap after its yardstick,
         * has no subject of its own (，高于全省平均水平1.2个百分点); a figure
         * inside the yardstick (高于年初确定的6.5%左右的预期目标) keeps it */
        if (m->unit && strcmp(m->unit, "pp") == 0 && dx_match_suffix(&c->lx->yardstick_verbs, c->t, m->verb_end))
          m->subj_start = m->subj_end = m->verb_end;
      } else {
        m->subj_start = seg;
        m->subj_end = m->verb_start;
        /* a subject also after the verb: 新增…企业 shows after 城镇新增;
         * but not the yardstick after 快于 (增速快于生产总值) */
        if (m->verb_end < lead && !dx_match_suffix(&c->lx->yardstick_verbs, c->t, m->verb_end))
          m->subj_end = lead, m->subj_start = seg;
        /* but a word of modality or aspect right before the verb (将, 拟,
         * 累计) ends who acts and when: the subject is the verb's object
         * (聊城市政府将新改建幼儿园、中小学10所) */
        const dx_word *cue = m->verb_end < lead ? dx_match_suffix(&c->lx->cues, c->t, m->verb_start) : NULL;
        if (cue && (cue->tag == CUE_MODAL || cue->tag == CUE_REAL) && trim_front(c, m->verb_end, lead) < lead)
          m->subj_start = m->verb_end;
        /* and so does a phrase naming who acts (自治区层面统筹推进重大项目
         * 2200个, 省级统筹实施1000公里…改造): a level of government, no part
         * of what is counted, which is the verb's object before the figure
         * or after it */
        size_t who = trim_back(c, seg, m->verb_start);
        const dx_word *actor = who > seg ? dx_match_suffix(&c->lx->actors, c->t, who) : NULL;
        if (actor && who - actor->len >= seg) {
          m->subj_start = m->verb_end;
          if (m->subj_end < m->subj_start) m->subj_end = m->subj_start;
        }
        /* and so does a phrase of a preposition opening the clause (为未成年人
         * 提供假期公益托管服务12万人次, 在公共场所布局…设备): it says for whom or
         * where, the verb's object is what is counted */
        const dx_word *pp = m->verb_end < lead && m->verb_start > seg
                                ? dx_match_prefix(&c->lx->adverbial_prepositions, c->t + seg, m->verb_start - seg)
                                : NULL;
        size_t object = pp ? trim_front(c, m->verb_end, lead) : lead;
        /* (not a baseline after the verb: 在北方地区占比由20.5%提升至…) */
        if (pp && m->subj_start == seg && !inside_whole_word(c, seg, lead, pp, 0) && object < lead &&
            !at(c, object, "由") && !at(c, object, "从"))
          m->subj_start = m->verb_end;
      }
    } else {
      m->subj_start = seg;
      m->subj_end = lead;
    }
    /* never into the figure: 低于 of the qualifier 不低于740元 is its verb,
     * 不 no part of the subject */
    if (m->subj_end > lead) m->subj_end = lead;
    if (m->subj_start > m->subj_end) m->subj_start = m->subj_end;
    m->subj_start = trim_front(c, m->subj_start, m->subj_end);
    m->subj_end = cut_baseline(c, m->subj_start, m->subj_end);
    m->subj_end = trim_back(c, m->subj_start, m->subj_end);
    size_t item = past_item_number(c, m->subj_start, m->subj_end);
    if (m->subj_start == seg || item > m->subj_start) m->subj_start = past_opener(c, item, m->subj_end);
    /* a streak after the subject is an adverbial (森林覆盖率连续46年居全国首位,
     * 禁渔连续4次获评): the subject ends before it; but not before a bare 连续
     * and a verb of crossing, which the rules read (经济总量连续跨过3个万亿元大关) */
    for (size_t p = m->subj_start + 3; p + 6 <= m->subj_end; p += (size_t)dx_utf8_len(c->t[p])) {
      const dx_word *streak = dx_match_prefix(&c->lx->streaks, c->t + p, m->subj_end - p);
      if (!streak) continue;
      size_t q = p + streak->len, len = 0;
      uint32_t cp = q < m->subj_end ? cp_at(c, q, &len) : 0;
      if (q < m->subj_end ? (is_digit(c->t[q]) || dx_is_cn_digit(cp) || at(c, q, "多"))
                          : !(m->verb_end > m->verb_start && dx_match_suffix(&c->lx->crossing_verbs, c->t, m->verb_end)))
        m->subj_end = trim_back(c, m->subj_start, p);
      break;
    }
    /* a span of time after the subject says when, not what (地区生产总值五年
     * 跨过3个万亿级关口), and so does the baseline it is the object of
     * (实际使用外资比“十三五”时期增长78.9%) */
    const dx_word *span = m->subj_end > m->subj_start ? dx_match_suffix(&c->lx->cues, c->t, m->subj_end) : NULL;
    if (span && span->tag == CUE_TIME && m->subj_end - span->len > m->subj_start &&
        !inside_time_word(c, m->subj_start, m->subj_end - span->len)) {
      size_t b = trim_back(c, m->subj_start, m->subj_end - span->len);
      b -= opening_mark_len(c, m->subj_start, b);
      if (b >= m->subj_start + 3 && (at(c, b - 3, "较") || at(c, b - 3, "比"))) b -= 3;
      m->subj_end = trim_back(c, m->subj_start, b);
    }
    /* the year a figure is compared with ends no subject (收入增长14.5%，比
     * 2019年增长14.9%; 粮食产量较2019年增长3%): the subject ends before 比 or 较 */
    int only_dated = 0; /* the subject was a year or a year compared with, no thing */
    /* a year before 的 is a year too (增加到2002年的18914亿元) */
    size_t dated = m->subj_end;
    if (dated >= m->subj_start + 9 && at(c, dated - 3, "的") && at(c, dated - 6, "年")) dated -= 3;
    if (dated >= m->subj_start + 6 && at(c, dated - 3, "年")) {
      size_t b = dated - 3;
      while (b > m->subj_start && is_digit(c->t[b - 1])) b--;
      if (dated - 3 - b == 4 && b >= m->subj_start + 3 && (at(c, b - 3, "比") || at(c, b - 3, "较")))
        m->subj_end = trim_back(c, m->subj_start, b - 3);
      /* nor is a year alone one (年均增长5.5%，2022年达到1.77万亿元), or the
       * year a baseline starts from (从1997年的509亿元增加到…) */
      else if (dated - 3 - b == 4 &&
               (b == m->subj_start || (b == m->subj_start + 3 && (at(c, m->subj_start, "从") || at(c, m->subj_start, "由")))))
        m->subj_end = m->subj_start;
      only_dated = m->subj_end == m->subj_start;
    }
    /* so is a span of time alone (一般公共预算收入达到…，5年增长18.7%;
     * 连续五年稳定在1000亿斤以上): when, not what */
    if (!only_dated && m->subj_end > m->subj_start && is_time_span(c, m->subj_start, m->subj_end))
      m->subj_end = m->subj_start, only_dated = 1;
    /* 年初确定的10件民生实事, 国家和地区的555个港口: words ending in 的 right
     * before a count modify the noun after it, which is the subject (not
     * before a share or a multiple: 占国内生产总值的4%, 是1997年的2.9倍).
     * So is the noun right after a count in a classifier (个 家 项, not a
     * measure) when no verb stands between the words before and the count:
     * they name instances of it (竹叶青等14个品牌, 武汉东湖、襄阳、宜昌3家高新区,
     * 开工长深高速改扩建等2个项目), its batch (首批10个零碳产业园区) or where it
     * is (三峡库区431处存量危岩);
     * and when a verb right before the count makes it the verb's object,
     * whoever acts before the verb (新培育20家…企业, 自贸试验区推出111项…举措) */
    int ends_de = m->subj_end == lead && lead >= m->subj_start + 3 && at(c, lead - 3, "的") && m->unit &&
                  !is_relative_unit(m->unit);
    /* a bare 万 or 亿 whose unit the head noun after it gives (现行标准下6.8万|
     * 农村贫困人口, 帮助5200多万|职工) counts that noun as a classifier would */
    int bare = m->nend >= 3 && (at(c, m->nend - 3, "万") || at(c, m->nend - 3, "亿")) && m->unit &&
               (unsigned char)m->unit[0] < 0x80 && !is_relative_unit(m->unit);
    int counted = m->unit && ((unsigned char)m->unit[0] >= 0x80 || bare) && m->subj_end > m->subj_start &&
                  (m->subj_end == lead ||
                   (m->verb_end > m->verb_start && m->verb_end == lead && m->subj_end <= m->verb_start));
    if (ends_de || counted) {
      dx_mention noun = *m;
      subject_after(c, m->nend, m->clause_end, &noun);
      /* not the rest of a unit (惠及经营主体超6.3万户|次, 3.1万套（户）), nor
       * the level a count of steps crosses (贷款余额连跨4个|万亿元台阶) */
      size_t len = 0;
      uint32_t cp = noun.subj_end > noun.subj_start ? cp_at(c, noun.subj_start, &len) : 0;
      int rest = at(c, noun.subj_start, "次") || at(c, noun.subj_start, "（") || c->t[noun.subj_start] == '(' ||
                 (dx_is_cn_digit(cp) && !at(c, noun.subj_start, "零") && !is_grade(c, noun.subj_start, noun.subj_end)) ||
                 at(c, noun.subj_start, "万") || at(c, noun.subj_start, "亿") ||
                 (m->verb_end > m->verb_start && dx_match_suffix(&c->lx->crossing_verbs, c->t, m->verb_end));
      /* and two characters at least: 为 of 华为 ends a noun of one */
      if (noun.subj_end > noun.subj_start && (ends_de || (!rest && noun.subj_end - noun.subj_start >= 6)))
        m->subj_start = noun.subj_start, m->subj_end = noun.subj_end;
    }
    /* one character left before the figure, no noun of the lexicon, is no
     * noun phrase: an adverb before its verb (新|培育, 再|增加), a verb's
     * stem whose complement was trimmed (抓好), a particle (创建了), a
     * preposition (在30个县, 从全国第13位) or a share's frame (占全国23.6%).
     * The subject is then found after the figure or in the figure before. */
    if (m->subj_end == m->subj_start + 3 && m->subj_end <= lead && is_ideograph_lead(c->t[m->subj_start]) &&
        !dx_match_prefix(&c->lx->head_nouns, c->t + m->subj_start, 3) &&
        !dx_match_prefix(&c->lx->one_char_nouns, c->t + m->subj_start, 3))
      m->subj_end = m->subj_start;
    /* only fillers before 的 (增加到去年的98亿元): no subject */
    if (m->subj_end >= m->subj_start + 3 && at(c, m->subj_end - 3, "的") &&
        trim_back(c, m->subj_start, m->subj_end - 3) == m->subj_start)
      m->subj_end = m->subj_start;
    /* 生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: a list item whose
     * words before its verb open with a verb relating the subject before
     * (稳居, 快于) is a predicate of that subject, not a subject of its own
     * (but 投入强度, 新增经济效益 are subjects) */
    const dx_word *pv, *pn;
    if (listed && m->verb_end > m->verb_start && m->subj_end > m->subj_start &&
        (pv = dx_match_prefix(&c->lx->relative_verbs, c->t + m->subj_start, m->subj_end - m->subj_start)) != NULL &&
        pv->len >= 6 &&
        /* but not a head noun that opens with such a verb (增加值) */
        !((pn = dx_match_prefix(&c->lx->head_nouns, c->t + m->subj_start, m->subj_end - m->subj_start)) != NULL &&
          pn->len > pv->len)) {
      m->subj_start = ms[k - 1].subj_start;
      m->subj_end = ms[k - 1].subj_end;
    }
    /* no verb before: the verb right after the figure (三次下调利率, 按2.5%
     * 安排), and its object as the subject when there is none before */
    size_t after = m->nend;
    const dx_word *vafter;
    if (m->verb_end <= m->verb_start && !listed && after < m->clause_end &&
        (vafter = dx_match_prefix(&c->lx->verbs, c->t + after, m->clause_end - after)) != NULL &&
        !opens_head_noun(c, after, m->clause_end, vafter) &&
        /* (not 为 of 15件为民办实事: a whole word) */
        !inside_whole_word(c, after, m->clause_end, vafter, 0)) {
      m->verb_start = after;
      m->verb_end = after = after + vafter->len;
    }
    /* 80%的县级医院: a share of the noun after 的 */
    if (m->subj_end <= m->subj_start && (!listed || tail_skipped) && m->verb_end <= m->verb_start &&
        after + 3 < m->clause_end && at(c, after, "的"))
      after += 3;
    if (m->subj_end <= m->subj_start && (!listed || tail_skipped))
      subject_after(c, after, m->clause_end, m);
    /* a list item in a classifier with a noun after it counts that noun,
     * not the subject of the item before (出口通关效率稳居中部地区第1、7家企业
     * 上榜…; 相继出台43条、16条具体举措) */
    if (m->subj_end <= m->subj_start && listed && !tail_skipped && m->unit && (unsigned char)m->unit[0] >= 0x80) {
      dx_mention noun = *m;
      subject_after(c, m->nend, m->clause_end, &noun);
      if (noun.subj_end >= noun.subj_start + 6) m->subj_start = noun.subj_start, m->subj_end = noun.subj_end;
    }
    /* a figure dated only, first in its clause, is about the topic the
     * clause before writes alone, with no figure (全国研究与试验开发经费，从
     * 1997年的509亿元增加到2002年的1161亿元) */
    size_t topic_a, topic_b;
    if (m->subj_end <= m->subj_start && only_dated && !listed &&
        list_before(c, m->clause_start, ms, count, &topic_a, &topic_b))
      m->subj_start = topic_a, m->subj_end = topic_b;
    /* a verb's figure after a clause with no figure that says the verb and its
     * object (降低一般工商业电价，平均降低10%): that object is what it is of */
    if (m->subj_end <= m->subj_start && !listed && m->verb_end > m->verb_start &&
        object_before(c, m->clause_start, ms, count, m, &topic_a, &topic_b))
      m->subj_start = topic_a, m->subj_end = topic_b;
    /* 比上年提高0.5个百分点, 高于全省3个百分点: still about the subject
     * before it, when the verb relates to it; 2022年达到1.77万亿元 too. Past
     * a semicolon, the subject its own stretch opens with (社会消费品零售总额
     * 下降1%；进出口总额实现正增长，增长0.3%: 进出口总额), if any */
    /* and so, with nothing else to say what it is about, is a share or a
     * multiple its own verb states (规模以上工业企业达到1474家，净增21%), and
     * a level a verb of change reaches at the end of its clause (市场主体总量
     * 翻番，达到67万户): the clause goes on about the same thing. (Not a bare
     * share, a stretch goal the rules read: 增长7%左右，力争8%; nor one of the
     * noun after 的: 惠及90%的在校生. Other counts go to the rules, which know
     * a part's 其中 and a stage's 开工 from the thing counted. Nor past a
     * clause of words alone, which may name what is counted: 创建充分就业社
     * 区，达到500个.) */
    /* a bound said before the verb (中央部门支出至少压减5%): the figure's
     * qualifier, no part of the subject */
    const dx_word *bound = m->cmp == CMP_EQ && m->verb_end > m->verb_start && m->verb_end == lead
                               ? qualifier_before(c, m->verb_start)
                               : NULL;
    if (bound && bound->tag != CMP_EQ && bound->tag != CMP_APPROX) {
      m->cmp = bound->tag;
      if (m->subj_end == m->verb_start && m->verb_start - bound->len >= m->subj_start)
        m->subj_end = trim_back(c, m->subj_start, m->verb_start - bound->len);
    }
    /* a comparison said with an adjective (增速比全省平均水平高0.8个百分点, 较规划
     * 目标低3.4个百分点): the adjective is the gap's verb, the yardstick after
     * 比 or 较 no subject, and what stands before it the subject, if anything */
    if (m->unit && strcmp(m->unit, "pp") == 0 && m->subj_end >= m->subj_start + 6 && m->subj_end == lead) {
      size_t adj = m->subj_end - 3;
      static const char *const degrees[] = {"高", "低", "快", "慢", "多", "少"};
      int is_degree = 0;
      for (size_t d = 0; d < sizeof degrees / sizeof *degrees; d++) is_degree |= at(c, adj, degrees[d]);
      /* the last 比 or 较 before it that opens the comparison: not one of 同比,
       * 环比, 占比, 比重, 比例, 比率, 比较 */
      size_t cmp_at = m->subj_end;
      for (size_t p = m->subj_start; is_degree && p < adj; p += (size_t)dx_utf8_len(c->t[p])) {
        int bi = at(c, p, "比"), jiao = at(c, p, "较");
        if (!bi && !jiao) continue;
        int after_char = p >= m->subj_start + 3;
        /* 同比, 环比: a comparison of two characters, from its first */
        if (bi && after_char && (at(c, p - 3, "同") || at(c, p - 3, "环"))) {
          cmp_at = p - 3;
          continue;
        }
        int inside = bi && ((after_char && at(c, p - 3, "占")) || at(c, p + 3, "重") || at(c, p + 3, "例") ||
                            at(c, p + 3, "率") || at(c, p + 3, "较"));
        /* 较 of 比较, but not after the 比 of 占比 (占比较上年低) */
        if (jiao && after_char && at(c, p - 3, "比") && !(p >= m->subj_start + 6 && at(c, p - 6, "占"))) inside = 1;
        if (!inside) cmp_at = p;
      }
      if (cmp_at < adj) {
        m->verb_start = adj, m->verb_end = adj + 3;
        m->subj_end = trim_back(c, m->subj_start, cmp_at);
      }
    }
    /* the plan a share done is of is no subject (，完成年度目标的109%): the
     * clause goes on about the thing before it */
    const dx_word *plan = m->subj_end > m->subj_start && m->unit && strcmp(m->unit, "%") == 0
                              ? dx_match_suffix(&c->lx->plan_shares, c->t, m->subj_end)
                              : NULL;
    if (plan) {
      /* and a verb right before it is the figure's (固定资产投资完成|年度计划的
       * 103.5%, 为|年度目标的114%) */
      size_t e = m->subj_end - plan->len;
      const dx_word *v = e > m->subj_start ? dx_match_suffix(&c->lx->verbs, c->t, e) : NULL;
      if (m->verb_end > m->verb_start && m->verb_end == e && m->verb_start >= m->subj_start) {
        e = m->verb_start;
      } else if (v && e - v->len >= m->subj_start) {
        m->verb_start = e - v->len, m->verb_end = e;
        e -= v->len;
      }
      m->subj_end = e <= m->subj_start ? m->subj_start : trim_back(c, m->subj_start, e);
    }
    /* a sum whose period ends its subject, right before its verb (低保标准
     * 每人每月|提高到1400元): in the rate's unit, the period no part of the
     * subject */
    const dx_word *period;
    if (m->unit && strcmp(m->unit, "CNY") == 0 && m->verb_end > m->verb_start && m->subj_end == m->verb_start &&
        m->subj_end > m->subj_start && (period = dx_match_suffix(&c->lx->money_rates, c->t, m->subj_end)) != NULL &&
        period->name && m->subj_end - period->len >= m->subj_start) {
      m->unit = period->name;
      m->subj_end = trim_back(c, m->subj_start, m->subj_end - period->len);
    }
    /* and the value a change carries it to, right after the verb (由每人每年
     * 120元提高到200元): in the unit of the one it starts from */
    if (k > 0 && m->unit && strcmp(m->unit, "CNY") == 0 && ms[k - 1].unit && strncmp(ms[k - 1].unit, "CNY/", 4) == 0 &&
        m->nstart > ms[k - 1].nend) {
      const dx_word *change = dx_match_prefix(&c->lx->change_verbs, c->t + ms[k - 1].nend, m->nstart - ms[k - 1].nend);
      if (change && ms[k - 1].nend + change->len == m->nstart) m->unit = ms[k - 1].unit;
    }
    size_t rest = trim_front(c, m->nend, m->clause_end);
    int own_verb = m->verb_end > m->verb_start;
    int same_thing = k > 0 && m->unit && own_verb && adjacent_clause(c, ms[k - 1].nend, m->clause_start) &&
                     ((is_relative_unit(m->unit) && !(rest + 3 <= m->clause_end && at(c, rest, "的"))) ||
                      (rest >= m->clause_end &&
                       dx_match_prefix(&c->lx->change_verbs, c->t + m->verb_start, m->verb_end - m->verb_start)) ||
                      /* a count in the classifier of the one before, with
                       * nothing after it: the same things at another stage
                       * (开工建设…住房3000多万套，基本建成1800多万套); not
                       * after a part (其中各类棚户区470万套以上，基本建成480万
                       * 套 goes on about the whole) */
                      (rest >= m->clause_end && ms[k - 1].unit && (unsigned char)m->unit[0] >= 0x80 &&
                       strcmp(ms[k - 1].unit, m->unit) == 0 &&
                       !dx_match_prefix(&c->lx->part_openers, c->t + ms[k - 1].clause_start,
                                        ms[k - 1].nstart - ms[k - 1].clause_start)));
    /* and so does a clause that repeats the verb of the one before, with
     * only a time or a sum between (完成…任务260万亩，确保“十四五”期间累计完成
     * 1200万亩以上) */
    size_t vlen = m->verb_end - m->verb_start;
    int same_verb = k > 0 && own_verb && ms[k - 1].verb_end - ms[k - 1].verb_start == vlen &&
                    memcmp(c->t + ms[k - 1].verb_start, c->t + m->verb_start, vlen) == 0 &&
                    adjacent_clause(c, ms[k - 1].nend, m->clause_start);
    if (m->subj_end <= m->subj_start && k > 0 &&
        (listed || only_dated || same_thing || same_verb || (m->verb_end > m->verb_start &&
                    dx_match_prefix(&c->lx->relative_verbs, c->t + m->verb_start,
                                    m->verb_end - m->verb_start)))) {
      size_t stretch = ms[k - 1].nend;
      for (size_t q = ms[k - 1].nend; q < m->clause_start; q++)
        if (c->t[q] == ';') stretch = q + 1;
        else if (q + 3 <= m->clause_start && at(c, q, "；")) stretch = q + 3;
      if (stretch > ms[k - 1].nend) {
        size_t v = stretch;
        while (v < m->clause_start && !is_clause_mark(c, v) && !is_digit(c->t[v]) &&
               !dx_match_prefix(&c->lx->verbs, c->t + v, m->clause_start - v))
          v += (size_t)dx_utf8_len(c->t[v]);
        size_t a = trim_front(c, stretch, v), b = trim_back(c, a, v);
        if (v < m->clause_start && !is_digit(c->t[v]) && !is_clause_mark(c, v)) m->subj_start = a, m->subj_end = b;
      } else {
        m->subj_start = ms[k - 1].subj_start;
        m->subj_end = ms[k - 1].subj_end;
      }
    }
    if (listed && m->verb_end <= m->verb_start) {
      m->verb_start = ms[k - 1].verb_start;
      m->verb_end = ms[k - 1].verb_end;
    }
  }

  /* 分别: subjects listed before it go one to each number after it */
  for (size_t k = 0; k < count; k++) {
    dx_mention *m = &ms[k];
    size_t cs = m->clause_start, p = cs, fenbie = 0;
    if (m->list_index > 1) continue;
    for (; p + 6 <= m->nstart; p += (size_t)dx_utf8_len(c->t[p]))
      if (at(c, p, "分别")) fenbie = p;
    if (!fenbie) continue;
    size_t K = 1;
    while (k + K < count && ms[k + K].clause_start == cs) K++;
    if (K < 2) continue;
    /* 分别增长6%、8%左右: 左右 written after the last figure only is every
     * figure's of the list that has no bound of its own (not 以上: 分别稳定在
     * 80%、86%以上 may hold a level and a floor) */
    const dx_mention *last = &ms[k + K - 1];
    if (last->cmp == CMP_APPROX && is_digit(c->t[last->nstart]))
      for (size_t j = 0; j + 1 < K; j++)
        if (ms[k + j].cmp == CMP_EQ && ms[k + j].nstart > fenbie) ms[k + j].cmp = last->cmp;
    /* and a bound right after 分别, before the first figure (分别突破2000亿元、
     * 1500亿元), bounds each figure that has none of its own */
    const dx_mention *first = &ms[k];
    if (first->nstart == fenbie + 6 && (first->cmp == CMP_GT || first->cmp == CMP_GE))
      for (size_t j = 1; j < K; j++)
        if (ms[k + j].cmp == CMP_EQ && is_digit(c->t[ms[k + j].nstart])) ms[k + j].cmp = first->cmp;
    /* split [cs, fenbie) on separators: on the marks (、) alone when that
     * gives one subject per number, since a word separator may be inside a
     * word (普及率, 和美乡村); else on every separator (城镇和农村居民收入) */
    size_t b = trim_back(c, cs, fenbie), starts[16], ends[16];
    size_t a = trim_front(c, cs, b);
    /* the list in the clause before, and a head it shares written before
     * 分别 (高新技术企业和科技型中小企业快速增长，数量分别达到…) */
    size_t head_a = a, head_b = a;
    /* 分别 opens its clause, or a span of time alone stands before it
     * (粮食、油料产量分别达到…，近3年分别增长5%、8%) */
    int opens = a == b || is_time_span(c, a, b);
    if (opens) {
      list_before(c, cs, ms, count, &a, &b);
    } else if (is_shared_head(c, a, b) && list_before(c, cs, ms, count, &a, &b)) {
      head_a = trim_front(c, cs, fenbie), head_b = trim_back(c, head_a, fenbie);
    }
    size_t parts = split_list(c, a, b, 1, starts, ends);
    if (parts != K) parts = split_list(c, a, b, 0, starts, ends);
    if (parts == K - 1 && K > 2 && ms[k].nstart > fenbie && only_words_between(c, ms[k].nend, ms[k + 1].nstart)) {
      /* 张浦镇、周市镇分别新引进亿元以上项目26个和21个: a figure in the object
       * right before the noun the list counts (a size class) is none of the
       * list, which starts after it */
      k++;
      K--;
      m = &ms[k];
    }
    size_t run_head = parts == 1 ? ordinal_run_end(c, a, b, K) : b;
    if (run_head < b) {
      /* 一二三产业增加值: each numeral is one item, with the head after them */
      for (size_t j = 0, q = a, len; j < K; j++, q += len) {
        cp_at(c, q, &len);
        ms[k + j].subj_start = q, ms[k + j].subj_end = q + len;
        ms[k + j].head_start = run_head, ms[k + j].head_end = b;
        ms[k + j].distributive = 1;
        ms[k + j].verb_start = m->verb_start, ms[k + j].verb_end = m->verb_end;
      }
      k += K - 1;
      continue;
    }
    if (parts != K) {
      if (opens) previous_subjects(ms, k, K, cs);
      else if (parts == 1 && K == 2 && spell_out_pair(c, &ms[k], a, b)) k++;
      continue;
    }
    size_t object_start, object_end = list_object(c, fenbie, m, &object_start);
    for (size_t j = 0; j < K; j++) {
      ms[k + j].subj_start = trim_front(c, starts[j], ends[j]);
      if (j == 0) ms[k].subj_start = past_opener(c, ms[k].subj_start, ends[0]);
      ms[k + j].subj_end = trim_back(c, ms[k + j].subj_start, ends[j]);
      ms[k + j].distributive = 1;
      ms[k + j].verb_start = m->verb_start;
      ms[k + j].verb_end = m->verb_end;
    }
    /* a conjunct without a head of its own takes the one the last writes
     * for all (批发、零售销售额分别增长: 批发 is 批发销售额's), and the share
     * it writes for all, with its own numerator (数字经济核心产业增加值、
     * 战略性新兴产业增加值占地区生产总值比重分别达到10%和15%) */
    const dx_mention *final = &ms[k + K - 1];
    size_t share = share_frame_in(c, final->subj_start, final->subj_end);
    /* conjuncts before the last all of one length, modifiers in parallel
     * (新型材料、清洁能源、装备制造产业产值; a pair: 城镇、农村居民收入) */
    int parallel = 1;
    for (size_t j = 1; j + 1 < K && parallel; j++)
      if (char_count(c, ms[k + j].subj_start, ms[k + j].subj_end) !=
          char_count(c, ms[k].subj_start, ms[k].subj_end))
        parallel = 0;
    for (size_t j = 0; j + 1 < K && final->subj_end > final->subj_start; j++) {
      dx_mention *part = &ms[k + j];
      if (part->subj_end <= part->subj_start) continue;
      size_t le = final->subj_end;
      if (share_frame_in(c, part->subj_start, part->subj_end) == part->subj_end) le = share;
      size_t h = ordinal_head_start(c, part->subj_start, part->subj_end, final->subj_start, le);
      if (h == le && !ends_with_shared_head(c, part->subj_start, part->subj_end))
        h = shared_head_start(c, part->subj_start, part->subj_end, final->subj_start, le, parallel);
      if (h < final->subj_end) part->head_start = h, part->head_end = final->subj_end;
      if (h < final->subj_end) head_b = head_a; /* one head each: the last's */
    }
    for (size_t j = 0; j < K && head_b > head_a; j++) ms[k + j].head_start = head_a, ms[k + j].head_end = head_b;
    /* conjuncts that no written head follows, and a verb after 分别 whose
     * object stands before the figure (东城区、西城区分别新建公园3个、5个;
     * 分别实现地区生产总值100亿元、120亿元): the object is each one's head */
    int headless = head_b == head_a;
    for (size_t j = 0; j + 1 < K && headless; j++)
      if (ms[k + j].head_end > ms[k + j].head_start) headless = 0;
    /* (not one a conjunct ends with: 信用贷款、…试点分别发放贷款) */
    size_t object_len = object_end - object_start;
    for (size_t j = 0; j < K && headless && object_len; j++) {
      dx_mention *part = &ms[k + j];
      if (part->subj_end >= part->subj_start + object_len &&
          memcmp(c->t + part->subj_end - object_len, c->t + object_start, object_len) == 0)
        continue;
      part->head_start = object_start, part->head_end = object_end;
    }
    /* a modifier the first conjunct opens with, written once for all
     * (单位国内生产总值用水量、能耗、二氧化碳排放量分别下降…: 单位国内生产总值能耗) */
    const dx_word *shared = ms[k].subj_end > ms[k].subj_start
                                ? dx_match_prefix(&c->lx->shared_modifiers, c->t + ms[k].subj_start,
                                                  ms[k].subj_end - ms[k].subj_start)
                                : NULL;
    if (shared && ms[k].subj_start + shared->len < ms[k].subj_end)
      for (size_t j = 1; j < K; j++) {
        dx_mention *part = &ms[k + j];
        if (part->subj_end <= part->subj_start || part->subj_prefix) continue;
        if (!dx_match_prefix(&c->lx->shared_modifiers, c->t + part->subj_start, part->subj_end - part->subj_start))
          part->subj_prefix = shared->word;
      }
    k += K - 1;
  }

  /* a pair word opening the subject of two figures joined by a separator
   * alone (城乡居民人均可支配收入增长6%和7.5%): each its half, as after 分别 */
  for (size_t k = 0; k + 1 < count; k++) {
    dx_mention *m = &ms[k], *next = &ms[k + 1];
    if (m->list_index != 1 || next->list_index != 2 || m->distributive || next->distributive) continue;
    if (k + 2 < count && ms[k + 2].list_index == 3) continue;
    if (next->subj_start != m->subj_start || next->subj_end != m->subj_end || m->head_end > m->head_start)
      continue;
    const dx_word *sep =
        m->nend < next->nstart ? dx_match_prefix(&c->lx->separators, c->t + m->nend, next->nstart - m->nend) : NULL;
    if (!sep || m->nend + sep->len != next->nstart) continue;
    if (spell_out_pair(c, m, m->subj_start, m->subj_end)) k++;
  }

  /* a light verb inside a subject, with words before it (重点项目完成投资786
   * 亿元, and 增长10% after it): an object of two characters at least (not
   * 率 of 完成率) ending in one of the lexicon's measured_objects names what
   * is measured, and the words before whose it is; the subject is the two
   * without the verb (重点项目投资). Words before a separator are an item
   * of their own (实施城市更新行动、全年完成投资220亿元), and the object
   * alone is the subject. */
  for (size_t k = 0; k < count; k++) {
    dx_mention *m = &ms[k];
    if (m->head_end > m->head_start || m->subj_end <= m->subj_start) continue;
    size_t first = m->subj_start + (size_t)dx_utf8_len(c->t[m->subj_start]);
    for (size_t p = first; p + 6 < m->subj_end; p += (size_t)dx_utf8_len(c->t[p])) {
      const dx_word *v = dx_match_prefix(&c->lx->light_verbs, c->t + p, m->subj_end - p);
      if (!v || inside_whole_word(c, p, m->subj_end, v, 0)) continue;
      size_t object = trim_front(c, p + v->len, m->subj_end), before = trim_back(c, m->subj_start, p);
      if (object + 6 <= m->subj_end && before > m->subj_start &&
          dx_match_suffix(&c->lx->measured_objects, c->t, m->subj_end)) {
        if (holds_separator(c, before, p)) m->subj_start = object;
        else m->head_start = object, m->head_end = m->subj_end, m->subj_end = before;
      }
      break;
    }
  }
}

static void mark_start(dx_lexicon *lx, uint32_t cp) {
  if (cp < 0x10000) lx->starts[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

/* Mark the units that are no measure but open a longer unit that is one
 * (个 of 个百分点): only a figure in such a unit may say a list's measure
 * short, and the test of the list after it is spent on those alone. */
static void mark_short_measures(dx_lexicon *lx) {
  dx_wordset *us = &lx->units;
  for (size_t k = 0; k < us->n; k++) us->words[k].tag &= (int16_t)~UNIT_OPENS_MEASURE;
  for (size_t k = 0; k < us->n; k++) {
    const dx_word *w = &us->words[k];
    if (!(w->tag & UNIT_MEASURE)) continue;
    const unsigned char *p = (const unsigned char *)w->word;
    for (size_t cut = (size_t)dx_utf8_len(p[0]); cut < w->len; cut += (size_t)dx_utf8_len(p[cut])) {
      const dx_word *s = dx_match_prefix(us, p, cut);
      if (s && s->len == cut && !(s->tag & UNIT_MEASURE))
        us->words[s - us->words].tag |= (int16_t)UNIT_OPENS_MEASURE;
    }
  }
}

/* Fill lx->starts: the Chinese numerals and the first characters of the
 * number words. A character outside it starts no quantity: its test in
 * dx_find_mentions (a numeral? a number word?) would fail. */
void dx_mention_starts(dx_lexicon *lx) {
  mark_short_measures(lx);
  memset(lx->starts, 0, sizeof lx->starts);
  size_t count;
  const uint32_t *numerals = dx_cn_numerals(&count);
  for (size_t k = 0; k < count; k++) mark_start(lx, numerals[k]);
  memcpy(lx->numerals, lx->starts, sizeof lx->numerals); /* the numerals alone, so far */
  for (size_t k = 0; k < lx->words.n; k++) {
    uint32_t cp = 0;
    const dx_word *w = &lx->words.words[k];
    if (dx_utf8_next((const unsigned char *)w->word, w->len, &cp)) mark_start(lx, cp);
  }
  memset(lx->cue_starts, 0, sizeof lx->cue_starts);
  int undecoded = 0;
  for (size_t k = 0; k < lx->cues.n; k++) {
    uint32_t cp = 0;
    const dx_word *w = &lx->cues.words[k];
    if (dx_utf8_next((const unsigned char *)w->word, w->len, &cp)) {
      if (cp < 0x10000) lx->cue_starts[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    } else if ((unsigned char)w->word[0] >= 0xE4 && (unsigned char)w->word[0] <= 0xE9) {
      undecoded = 1; /* a malformed word may match part of any ideograph */
    }
  }
  if (undecoded) memset(lx->cue_starts, 0xFF, sizeof lx->cue_starts);
  /* a year in numerals opens with 一 or 二 (一九九八年, 二〇三五年: read_cn_year) */
  lx->cue_starts[0x4E00 >> 3] |= (uint8_t)(1u << (0x4E00 & 7));
  lx->cue_starts[0x4E8C >> 3] |= (uint8_t)(1u << (0x4E8C & 7));
  for (size_t k = 0; k < sizeof lx->any_starts; k++)
    lx->any_starts[k] = lx->starts[k] | lx->cue_starts[k];
  memcpy(lx->look_again, lx->any_starts, sizeof lx->look_again);
  dx_norm_mark_folds(lx->look_again);
  lx->look_again[0xFF0C >> 3] |= (uint8_t)(1u << (0xFF0C & 7)); /* ，between digits */
  /* the classes of the ideographs, set only where a bitmap marks one: the
   * marks are few, and this runs at every start-up */
  memset(lx->ideograph_class, 0, sizeof lx->ideograph_class);
  for (uint32_t at = 0x4000 >> 3; at < (0xA000 >> 3); at++) {
    unsigned quantity = lx->starts[at], cue = lx->cue_starts[at];
    if (!(quantity | cue)) continue;
    for (uint32_t bit = 0; bit < 8; bit++)
      lx->ideograph_class[(at << 3) + bit - 0x4000] =
          (uint8_t)((((quantity >> bit) & 1) ? DX_CLASS_QUANTITY | DX_CLASS_ANY : 0) |
                    (((cue >> bit) & 1) ? DX_CLASS_CUE | DX_CLASS_ANY : 0));
  }
  memset(lx->cue_single, 0, sizeof lx->cue_single);
  memset(lx->cue_pairs, 0, sizeof lx->cue_pairs);
  lx->cue_pairs_off = 0;
  for (size_t k = 0; k < lx->cues.n; k++) {
    const dx_word *w = &lx->cues.words[k];
    const unsigned char *p = (const unsigned char *)w->word;
    uint32_t a = 0, b = 0;
    int ka = dx_utf8_next(p, w->len, &a), kb = 0;
    if (ka && (size_t)ka < w->len) kb = dx_utf8_next(p + ka, w->len - (size_t)ka, &b);
    if (ka && (size_t)ka == w->len && a < 0x10000)
      lx->cue_single[a >> 3] |= (uint8_t)(1u << (a & 7));
    else if (ka && kb)
      lx->cue_pairs[dx_pair_hash(a, b) >> 3] |= (uint8_t)(1u << (dx_pair_hash(a, b) & 7));
    else
      lx->cue_pairs_off = 1;
  }
}

/* Could a cue word start at i? Its first character is a cue word itself, or
 * it and the next make a pair some cue word starts with. */
static int cue_may_start(const dx_lexicon *lx, const scan_ctx *c, size_t i) {
  uint32_t a, b;
  int ka = lx->cue_pairs_off ? 0 : dx_utf8_decode(c->t + i, c->n - i, &a);
  if (!ka) return 1; /* no filter, or bytes the lookup may judge alone */
  if (a < 0x10000 && ((lx->cue_single[a >> 3] >> (a & 7)) & 1)) return 1;
  size_t j = i + (size_t)ka;
  if (j >= c->n) return 0;
  if (!dx_utf8_decode(c->t + j, c->n - j, &b)) return 1;
  uint32_t h = dx_pair_hash(a, b);
  return (lx->cue_pairs[h >> 3] >> (h & 7)) & 1;
}

/* dx_is_cn_digit, from the lexicon's bitmap of the numerals. */
static int is_numeral(const dx_lexicon *lx, uint32_t cp) {
  return cp < 0x10000 && ((lx->numerals[cp >> 3] >> (cp & 7)) & 1);
}

/* The next position a scan looks at: i itself when it walks every
 * character (no list), else the first listed position at or after i, or
 * SIZE_MAX past the last. *k remembers how far the list has been read. */
static size_t next_listed(const dx_positions *where, size_t *k, size_t i) {
  if (!where) return i;
  while (*k < where->n && where->at[*k] < i) ++*k;
  return *k < where->n ? where->at[*k] : SIZE_MAX;
}

int dx_find_mentions(const dx_lexicon *lx, const dx_norm *nz, const dx_positions *where,
                     dx_mentions *out) {
  scan_ctx c = {(const unsigned char *)nz->t, nz->len, lx, &out->refused};
  size_t i = 0, first = out->n, listed = 0;
  dx_mention m;
  /* every position not listed is one the walk would step over: listed
   * are the digits that start a run and the characters of lx->starts */
  while ((i = next_listed(where, &listed, i)) < c.n) {
    unsigned ch = c.t[i];
    int found = 0;
    if (is_digit(ch)) {
      if (i > 0 && (is_digit(c.t[i - 1]) || c.t[i - 1] == '.')) {
        i++;
        continue;
      }
      i = try_quantity(&c, i, &m, &found);
    } else if (ch < 0x80) {
      i++;
      continue;
    } else {
      size_t len;
      uint32_t cp;
      if (ch >= 0xE4 && ch <= 0xE9 && i + 2 < c.n) { /* CJK ideograph, inline */
        cp = ((uint32_t)(ch & 0x0F) << 12) | ((uint32_t)(c.t[i + 1] & 0x3F) << 6) |
             (c.t[i + 2] & 0x3F);
        len = 3;
        /* no numeral, no number word (a listed one is in lx->starts) */
        if (!where && !(lx->starts[cp >> 3] & (1u << (cp & 7)))) {
          i += 3;
          continue;
        }
      } else {
        cp = cp_at(&c, i, &len);
      }
      if (is_numeral(lx, cp)) {
        size_t prev = prev_char(&c, i), plen;
        if (i > 0 && is_numeral(lx, cp_at(&c, prev, &plen))) {
          i += len; /* inside a run already tried */
          continue;
        } else {
          i = try_quantity(&c, i, &m, &found);
        }
      } else if (dx_may_start(&lx->words, c.t + i, c.n - i)) {
        const dx_word *w = dx_match_prefix(&lx->words, c.t + i, c.n - i);
        if (w) {
          i = try_word(&c, i, w, &m, &found);
        } else {
          i += len;
          continue;
        }
      } else {
        i += len;
        continue;
      }
    }
    if (found && !push_mention(out, &m)) return 0;
  }
  /* out->m is still NULL when no sentence has had a mention yet */
  if (out->n > first) assign_context(&c, out->m + first, out->n - first);
  return 1;
}

/* ---- cues --------------------------------------------------------------- */

static int push_cue(dx_cues *out, const dx_cue *q) {
  if (out->n == out->cap) {
    size_t cap = out->cap ? out->cap * 2 : 16;
    dx_cue *p = realloc(out->c, cap * sizeof *p);
    if (!p) return 0;
    out->c = p;
    out->cap = cap;
  }
  out->c[out->n++] = *q;
  return 1;
}

static int read_year(const scan_ctx *c, size_t i, size_t *end) {
  if (i + 4 > c->n) return 0;
  for (int k = 0; k < 4; k++)
    if (!is_digit(c->t[i + k])) return 0;
  if (i + 4 < c->n && is_digit(c->t[i + 4])) return 0;
  int y = (c->t[i] - '0') * 1000 + (c->t[i + 1] - '0') * 100 + (c->t[i + 2] - '0') * 10 +
          (c->t[i + 3] - '0');
  if (y < 1900 || y > 2199) return 0;
  *end = i + 4;
  return y;
}

/* A year in Chinese numerals before 年 at i (二〇三五年, 一九九八年: four
 * digits of 〇 to 九, no other numeral before them): the year, *end past its
 * digits; 0 when none stands there. */
static int read_cn_year(const scan_ctx *c, size_t i, size_t *end) {
  if (i >= 3 && dx_cn_value(cp_at(c, i - 3, &(size_t){0})) >= 0) return 0;
  int y = 0;
  size_t k = i, len;
  for (int d = 0; d < 4; d++) {
    if (k >= c->n) return 0;
    int64_t v = dx_cn_value(cp_at(c, k, &len));
    if (v < 0 || v > 9) return 0;
    y = y * 10 + (int)v;
    k += len;
  }
  if (y < 1900 || y > 2199 || !at(c, k, "年")) return 0;
  *end = k;
  return y;
}

/* The cues that start before limit; *before_split (when given) is how many
 * of them start before split, so one walk gives both a sentence's cues and
 * those of its first clause. */
static int scan_cues(const dx_lexicon *lx, const dx_norm *nz, const dx_positions *where,
                     size_t limit, size_t split, size_t *before_split, dx_cues *out) {
  scan_ctx c = {(const unsigned char *)nz->t, nz->len, lx, NULL};
  size_t i = 0, listed = 0;
  out->n = 0;
  if (before_split) *before_split = SIZE_MAX;
  while ((i = next_listed(where, &listed, i)) < c.n && i < limit) {
    /* most characters start no year and no cue: an ASCII byte other than a
     * digit (an ASCII cue word is never looked up), an ideograph outside
     * lx->cue_starts. Stepped over here; no cue is added meanwhile, so
     * before_split is settled alike at the next position looked at. */
    unsigned ch = c.t[i];
    int cn_year = 0; /* 一 or 二, which may open a year in numerals */
    if (ch < 0x80) {
      if (!is_digit(ch)) {
        i++;
        continue;
      }
    } else if (is_ideograph_lead(ch) && i + 2 < c.n) {
      uint32_t cp = ((uint32_t)(ch & 0x0F) << 12) | ((uint32_t)(c.t[i + 1] & 0x3F) << 6) |
                    (c.t[i + 2] & 0x3F);
      cn_year = cp == 0x4E00 || cp == 0x4E8C;
      if (!where && !((lx->cue_starts[cp >> 3] >> (cp & 7)) & 1)) { /* listed: in it */
        i += 3;
        continue;
      }
    }
    if (before_split && *before_split == SIZE_MAX && i >= split) *before_split = out->n;
    dx_cue q;
    size_t e;
    int y = is_digit(ch) && (i == 0 || !is_digit(c.t[i - 1])) ? read_year(&c, i, &e)
            : cn_year ? read_cn_year(&c, i, &e) : 0;
    if (y) {
      memset(&q, 0, sizeof q);
      /* 2022年, 2017-2021年, 2017年至2021年, 到2025年 */
      q.nstart = i;
      q.cls = CUE_TIME;
      q.year = q.year_to = y;
      if (at(&c, e, "年")) e += 3;
      size_t dl;
      size_t e2;
      int y2;
      if (is_range_dash(&c, e, &dl) && (y2 = read_year(&c, e + dl, &e2)) && y2 >= y) {
        q.year_to = y2;
        e = e2;
        if (at(&c, e, "年")) e += 3;
      } else if (!at(&c, e - 3, "年")) {
        i = e;
        continue; /* a bare four-digit number is no year */
      }
      if (ends_with(&c, i, "到") || ends_with(&c, i, "至")) {
        q.horizon = 1;
        q.nstart = i - 3;
      }
      q.nend = e;
      if (!push_cue(out, &q)) return 0;
      i = e;
      continue;
    }
    const dx_word *w = c.t[i] >= 0x80 && cue_may_start(lx, &c, i) &&
                               dx_may_start(&lx->cues, c.t + i, c.n - i)
                           ? dx_match_prefix(&lx->cues, c.t + i, c.n - i)
                           : NULL;
    if (w) {
      memset(&q, 0, sizeof q);
      q.nstart = i;
      q.nend = i + w->len;
      q.cls = w->tag;
      q.year = q.year_to = w->exp10; /* years relative to the document, if any */
      if (!push_cue(out, &q)) return 0;
      i += w->len;
      continue;
    }
    i += (size_t)dx_utf8_len(c.t[i]);
  }
  if (before_split && *before_split == SIZE_MAX) *before_split = out->n;
  return 1;
}

int dx_find_cues(const dx_lexicon *lx, const dx_norm *nz, const dx_positions *where,
                 size_t limit, dx_cues *out) {
  return scan_cues(lx, nz, where, limit, 0, NULL, out);
}

int dx_find_cues_split(const dx_lexicon *lx, const dx_norm *nz, const dx_positions *where,
                       size_t split, size_t *before_split, dx_cues *out) {
  return scan_cues(lx, nz, where, SIZE_MAX, split, before_split, out);
}
