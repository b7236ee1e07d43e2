/*
 * dx.h: private types shared by the files of duixian.core.
 *
 * Nothing here is exported; only luaopen_duixian_core is visible from the
 * shared object (-fvisibility=hidden). Every buffer grows on the heap and is
 * owned by a Lua userdata, so an error raised by Lua never leaks it.
 */
#ifndef DX_H
#define DX_H

#include <stddef.h>
#include <stdint.h>

#define DX_API __attribute__((visibility("hidden")))

/* ---- growable byte buffer ---------------------------------------------- */

typedef struct {
  char *p;
  size_t n, cap;
} dx_buf;

DX_API int dx_buf_reserve(dx_buf *b, size_t extra); /* 0 on OOM */
DX_API int dx_buf_add(dx_buf *b, const void *s, size_t n);
DX_API void dx_buf_free(dx_buf *b);

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decode one code point at s[0..n). Returns its length (1-4) and sets *cp,
 * or returns 0 for a malformed or truncated sequence. */
DX_API int dx_utf8_next(const unsigned char *s, size_t n, uint32_t *cp);
/* Length of the UTF-8 sequence whose lead byte is c (1 for stray bytes). */
/* Byte length of the UTF-8 character led by c (1 for a stray byte); inline:
 * every scanning loop steps with it. */
static inline int dx_utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 1;
}
/* dx_utf8_next with the common case inline: a three-byte character. */
static inline int dx_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  /* E1-EC and EE-EF lead three bytes with no overlong form and no
   * surrogate: CJK ideographs, and the punctuation around them */
  if (n >= 3 && s[0] - 0xE1u <= 0xEFu - 0xE1u && s[0] != 0xED &&
      ((s[1] ^ 0x80u) | (s[2] ^ 0x80u)) < 0x40u) {
    *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
    return 3;
  }
  return dx_utf8_next(s, n, cp);
}
/* Offset of the first invalid UTF-8 byte in s, or n when all valid. */
DX_API size_t dx_utf8_check(const unsigned char *s, size_t n);

/* ---- decode.c ---------------------------------------------------------- */

typedef struct {
  const char *encoding; /* "utf-8", "gb18030", "utf-16le", "utf-16be" */
  size_t bom;           /* bytes of BOM stripped */
  size_t nul;           /* NUL bytes replaced by spaces */
  int unchanged;        /* the input is valid UTF-8 as it is; out is empty */
  size_t bad_offset;    /* on failure: 0-based offset of first bad byte */
  const char *error;    /* on failure: what went wrong */
} dx_decode_info;

/* Decode bytes to UTF-8 into out (left empty when info->unchanged: the
 * input is the text). Returns 1 on success, 0 on failure with
 * info->error and info->bad_offset set; -1 on out-of-memory. */
DX_API int dx_decode(const char *in, size_t n, dx_buf *out,
                     dx_decode_info *info);

/* Convert n bytes in encoding `from` (an iconv name) to UTF-8, appended to
 * out. Returns 1 on success; 0 when a byte is not of that encoding
 * (*bad: its 0-based offset) or iconv does not know it (*bad: n); -1 on
 * out-of-memory. */
DX_API int dx_iconv(const char *from, const char *in, size_t n, dx_buf *out,
                    size_t *bad);

/* Whether GB18030 bytes are plausible Chinese: of their multibyte
 * characters, 70% or more common ones (GB2312 punctuation and hanzi). Big5
 * and Shift-JIS parse as GB18030 too, but land in rare characters.
 * *first_rare: the offset of the first multibyte character that is not
 * common (n when none). */
DX_API int dx_gb18030_plausible(const char *s, size_t n, size_t *first_rare);

/* ---- lexicon.c: word tables handed over from Lua ------------------------ */

/* A word list with an integer or string payload per word, matched by
 * longest prefix at a position or longest suffix ending at a position.
 * Words are bucketed by their first (or last) byte to keep lookups short. */
typedef struct {
  const char *word;
  uint16_t len;
  int16_t tag;        /* small integer payload: cmp code, cue class, … */
  const char *name;   /* string payload: unit name; may be NULL */
  const char *name2;  /* a second one: a pair word's second half; may be NULL */
  int exp10;          /* power of ten the word multiplies by (units) */
  double factor;      /* extra factor (翻两番 = 4); 0 when unused */
} dx_word;

typedef struct {
  dx_word *words;
  size_t n;
  /* Words of 3+ bytes are bucketed by a hash of their first (last) three
   * bytes, which is one CJK character; shorter words by their first (last)
   * byte. Each bucket lists word numbers longest first. The hash has 8
   * buckets a word, from 16 to 4,096 (hash_bits): most characters find an
   * empty bucket (dx_may_start), and a set of ten words is built without
   * walking a thousand of them. */
  uint32_t *by_first, *by_last, *short_first, *short_last;
  uint32_t *first_at, *last_at; /* (1 << hash_bits) + 1 each */
  unsigned hash_bits;
  uint32_t sfirst_at[257], slast_at[257];
} dx_wordset;

/* Hash of three bytes (one CJK character) to a bucket number of bits bits. */
static inline uint32_t dx_hash3(const unsigned char *p, unsigned bits) {
  uint32_t k = ((uint32_t)p[0] << 16) | ((uint32_t)p[1] << 8) | p[2];
  return (k * 2654435761u) >> (32 - bits);
}

/* Could a word of ws start at s? A cheap test before dx_match_prefix on
 * the hot path: most CJK characters start no word at all. */
static inline int dx_may_start(const dx_wordset *ws, const unsigned char *s, size_t n) {
  if (n >= 3) {
    uint32_t h = dx_hash3(s, ws->hash_bits);
    if (ws->first_at[h] != ws->first_at[h + 1]) return 1;
  }
  return n > 0 && ws->sfirst_at[s[0]] != ws->sfirst_at[s[0] + 1];
}

DX_API const dx_word *dx_match_prefix(const dx_wordset *ws,
                                      const unsigned char *s, size_t n);
DX_API const dx_word *dx_match_suffix(const dx_wordset *ws,
                                      const unsigned char *s, size_t end);
DX_API int dx_wordset_build(dx_wordset *ws); /* after words are filled */
DX_API void dx_wordset_free(dx_wordset *ws);

/* comparator codes (the gold vocabulary) */
enum { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_APPROX, CMP_RANGE };
DX_API const char *dx_cmp_name(int cmp);

/* cue classes: tags of the cue word set */
enum {
  CUE_TIME = 1,    /* 今年 去年 明年 一年来 五年来 … (years are found apart) */
  CUE_MODAL,       /* 力争 确保 将 要 目标 计划 预期 */
  CUE_REAL,        /* 完成 实现 达到 已 累计 */
  CUE_ESTIMATE,    /* 预计 初步 */
  CUE_COMPARE,     /* 全省 全国: a figure about another place */
  CUE_INDIVIDUAL,  /* 他 公司 村里: one person, firm or village */
  CUE_NCLASS
};

/* classes of a character in the first pass */
enum {
  DX_CLASS_QUANTITY = 1, /* in starts */
  DX_CLASS_CUE = 2,      /* in cue_starts */
  DX_CLASS_ANY = 4       /* in either */
};

#define DX_PAIR_BITS (1u << 16)
static inline uint32_t dx_pair_hash(uint32_t a, uint32_t b) {
  return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 16; /* 16 bits: DX_PAIR_BITS */
}

typedef struct {
  dx_wordset units;       /* 元 → CNY; 个百分点 → pp; classifiers; tag bits:
                           * UNIT_MEASURE, UNIT_VERBAL */
  dx_wordset mults;       /* 万 亿 万亿 千: exp10 */
  dx_wordset stops;       /* words after a number that make it no quantity */
  dx_wordset before;      /* qualifiers before the number: 超过 不低于 … */
  dx_wordset after;       /* qualifiers after: 以上 左右 以内 … */
  dx_wordset verbs;       /* 增长 下降 达到 新增 …, longest suffix */
  dx_wordset fillers;     /* words trimmed from a subject: 全市 预计 … */
  dx_wordset cues;        /* cue words, tag = CUE_* */
  dx_wordset words;       /* number words: 翻番 = 2 times */
  dx_wordset separators;  /* list separators inside a clause: 、 和 及 */
  dx_wordset relative_verbs; /* verbs that speak of the subject before: 高于 */
  dx_wordset change_verbs; /* 延长至 压缩到: a span of time after one is a quantity */
  dx_wordset head_nouns;  /* 职工 → person, 生产总值 → CNY: unit of a bare 万/亿 */
  dx_wordset rank_frames; /* 居 列 全国 全省: an ordinal after one is a rank */
  dx_wordset rank_scopes; /* 全国 中部: the scopes alone (居中部第1位) */
  dx_wordset yardstick_verbs; /* 高于 快于: the object after one is no subject */
  dx_wordset object_verbs; /* 造林: a verb holding its object ends the subject */
  dx_wordset shared_heads; /* 销售额: a head the conjuncts before 分别 share */
  dx_wordset place_suffixes; /* 县 镇: the end of a place's name in a list of places */
  dx_wordset paired_place_suffixes; /* 市: one only beside a name with a place suffix */
  dx_wordset pair_words; /* 城乡 → 城镇, 农村: one word for two, spelt out for two figures */
  dx_wordset rate_frames; /* 每月 每人每年: what a figure is per, between its verb and it */
  dx_wordset part_openers; /* 其中: a clause that counts a part of the figure before */
  dx_wordset money_rates; /* 每人每月 → CNY/month: the unit of a sum of money right after it */
  dx_wordset plan_shares; /* 年度目标的: the plan a share done is of (完成年度目标的109%) */
  dx_wordset one_char_nouns; /* 羊 牛 煤: nouns of one character, a subject alone (其中羊1230万只) */
  dx_wordset shared_modifiers; /* 单位国内生产总值: the first conjunct's, the others' too */
  dx_wordset adverbial_prepositions; /* 为 在: a clause's phrase of whom or where */
  dx_wordset nominal_verbs; /* 投入: a noun before another verb (研发投入增长) */
  dx_wordset light_verbs; /* 完成 实现: the object after one names what is measured */
  dx_wordset measured_objects; /* 投资 产值: a light verb's object that names a measure */
  dx_wordset openers;     /* 推动 实施: a verb of policy opening a clause, no subject */
  dx_wordset relative_clause_words; /* 有 在: make what ends in 的 a clause on the noun after it */
  dx_wordset streaks;     /* 连续 蝉联: a streak after the subject is no part of it */
  dx_wordset span_openers; /* 近 过去: before the numeral of a span of time (近3年) */
  dx_wordset span_closers; /* 来 以来: after its 年 (三年来) */
  dx_wordset whole_words; /* 并购 和美 成为: never cut at a filler or separator */
  dx_wordset continuers;  /* 全部 顺利: adverbs before the verb of the figure's own clause */
  dx_wordset prepositions; /* 按: the verb of the figure comes after it */
  dx_wordset crossing_verbs; /* 跨过 跃上: 一个 after one is an article (跃上一个新台阶) */
  dx_wordset task_nouns;  /* 民生实事: a lone Chinese digit before one counts tasks (十件民生实事) */
  dx_wordset share_frames; /* 占: opens the share a list before 分别 writes once (…占GDP比重分别) */
  dx_wordset actors;      /* 层面: ends who acts before the verb (自治区层面统筹推进), no subject */
  dx_wordset heading_ends; /* 工作回顾 重点工作: where a section's title ends when no line
                            * break does (一、2024年工作回顾过去一年，…) */
  /* one bit per BMP code point that may start a quantity: a Chinese numeral
   * or the first character of a number word (dx_mention_starts, after the
   * sets are built); the scan steps over every other character at once */
  uint8_t starts[0x10000 / 8];
  uint8_t numerals[0x10000 / 8]; /* the Chinese numerals alone (dx_is_cn_digit) */
  /* the same for the first characters of the cue words: the cue scan steps
   * over every other CJK ideograph at once (dx_mention_starts fills it) */
  uint8_t cue_starts[0x10000 / 8];
  /* the union of the two: the one test the first pass makes per character */
  uint8_t any_starts[0x10000 / 8];
  /* the same for the ideographs U+4000-9FFF (UTF-8 lead bytes E4-E9), one
   * byte each, at cp - 0x4000, of DX_CLASS_* bits: the first pass's hot
   * loop */
  uint8_t ideograph_class[0x6000];
  /* the characters beyond the ideographs the first pass must look at twice:
   * those of any_starts and those normalising changes (dx_norm_folds, ，) */
  uint8_t look_again[0x10000 / 8];
  /* a cue word starts at a character only if the character is one
   * (cue_single) or the pair it makes with the next one starts one
   * (cue_pairs, by dx_pair_hash): the test before a lookup of the cue set,
   * whose first characters (加 全 实 力 …) mostly start other words. Off
   * (every character passes) when a cue word cannot be decoded or its one
   * character is beyond the BMP. */
  uint8_t cue_single[0x10000 / 8];
  uint8_t cue_pairs[DX_PAIR_BITS / 8];
  int cue_pairs_off;
} dx_lexicon;

/* tag bits of a unit */
enum {
  UNIT_MEASURE = 1, /* a bare Chinese digit may carry it: 两倍 */
  UNIT_VERBAL = 2,  /* counts events or batches: 三次, 两批 (beside a verb) */
  UNIT_LEVEL = 4,   /* a stop word that after a bare amount is a level: 千亿级 */
  UNIT_SMALL = 8,   /* carried by a small bare number only: 八成, not 千亿成 */
  UNIT_TALLY = 16,  /* counted only beside another tally unit: 9金、5银、6铜 */
  UNIT_RELATIVE = 32, /* a share or a multiple, which a lone 一 carries: 增长一倍 */
  UNIT_MEASURED = 64, /* a span stop that is the value of a measure: 寿命达79.5岁 */
  UNIT_CALENDAR = 128, /* a span stop that also names a year: never after a verb of change */
  UNIT_OPENS_MEASURE = 256 /* set from the table: no measure, but the start of a longer
                            * one (个 of 个百分点), which a list may say short */
};

DX_API void dx_lexicon_free(dx_lexicon *lx);

/* ---- numeral.c --------------------------------------------------------- */

/* An exact decimal: value = mant × 10^exp. */
typedef struct {
  int64_t mant;
  int exp;
  int ok;
} dx_decimal;

/* Parse Arabic digits at s (ASCII, with '.' decimals and ',' thousands).
 * Returns bytes consumed, 0 if none. */
DX_API size_t dx_scan_arabic(const unsigned char *s, size_t n, dx_decimal *d);
/* Parse a Chinese numeral (三千, 二十四, 一千二百万, 两百) at s. Returns bytes
 * consumed, 0 if none; *chars gets the number of numeral characters and
 * *has_magnitude whether 十百千万亿 occurred. */
DX_API size_t dx_scan_chinese(const unsigned char *s, size_t n, dx_decimal *d,
                              int *chars, int *has_magnitude);
/* Scale by 10^k exactly when possible. */
DX_API void dx_decimal_scale(dx_decimal *d, int k);
/* d ÷ divisor (1 to 10^12): exact when the quotient ends within the digits
 * a decimal holds, else rounded to them (100 ÷ 3 is 33.333333333333333). */
DX_API void dx_decimal_div(dx_decimal *d, int64_t divisor);
/* The Chinese numeral characters and their values: 0-9 for digits,
 * 10/100/1000/10^4/10^8 for magnitudes. One list, read both as the switch
 * of dx_cn_value and as dx_cn_numerals. */
#define CN_NUMERALS(X)                                                          \
  X(0x96F6, 0) X(0x3007, 0)     /* 零 〇 */                                     \
  X(0x4E00, 1)                  /* 一 */                                        \
  X(0x4E8C, 2) X(0x4E24, 2)     /* 二 两 */                                     \
  X(0x4E09, 3)                  /* 三 */                                        \
  X(0x56DB, 4)                  /* 四 */                                        \
  X(0x4E94, 5)                  /* 五 */                                        \
  X(0x516D, 6)                  /* 六 */                                        \
  X(0x4E03, 7)                  /* 七 */                                        \
  X(0x516B, 8)                  /* 八 */                                        \
  X(0x4E5D, 9)                  /* 九 */                                        \
  X(0x5341, 10)                 /* 十 */                                        \
  X(0x767E, 100)                /* 百 */                                        \
  X(0x5343, 1000)               /* 千 */                                        \
  X(0x4E07, 10000)              /* 万 */                                        \
  X(0x4EBF, 100000000)          /* 亿 */

/* The value of a numeral character, -1 for any other code point (inline:
 * the segmenter and the scan ask of many characters). */
static inline int64_t dx_cn_value(uint32_t cp) {
#define CN_CASE(cp_, value) case cp_: return value;
  switch (cp) {
  CN_NUMERALS(CN_CASE)
  default: return -1;
  }
#undef CN_CASE
}

/* Is the code point a Chinese numeral character? */
static inline int dx_is_cn_digit(uint32_t cp) { return dx_cn_value(cp) >= 0; }
/* Every Chinese numeral character (the ones dx_is_cn_digit accepts); *n
 * gets their count. */
DX_API const uint32_t *dx_cn_numerals(size_t *n);

/* ---- normalize.c / segment.c ------------------------------------------- */

/* A sentence normalised: full-width folded to ASCII, dash variants to '-',
 * stray whitespace inside CJK text dropped. t[0..len) is the normalised
 * text: the scratch buffer copy, or, when identity is set, the original
 * bytes themselves (most sentences need no change, and are not copied).
 * Read t and len, never copy, which is normalize.c's own.
 * map[i] is the offset, relative to base, of the original character that
 * produced byte i of t (i itself when identity); map[len] is the
 * sentence's original length. */
typedef struct {
  const char *t;
  size_t len;
  int identity;
  dx_buf copy;
  uint32_t *map;
  size_t map_cap;
  size_t base;     /* 0-based offset of the sentence in the document */
  size_t olen;     /* original length in bytes */
  size_t dropped;  /* control bytes dropped */
} dx_norm;

DX_API int dx_normalize(dx_norm *nz, const unsigned char *s, size_t n,
                        size_t base);
/* dx_normalize, with the byte ranges [skips[2k], skips[2k+1]) of s (offsets
 * relative to s, ascending, each starting a line) left out as whitespace:
 * the page furniture the segmenter joined a sentence over. */
DX_API int dx_normalize_skipping(dx_norm *nz, const unsigned char *s, size_t n, size_t base,
                                 const size_t *skips, size_t nskips);
/* The sentence s[0..n) is its own normal form (the segmenter said so): nz
 * points at it, nothing is copied. */
DX_API void dx_norm_identity(dx_norm *nz, const unsigned char *s, size_t n, size_t base);
/* Offset, relative to base, of the original character behind byte i of the
 * normalised text. */
static inline size_t dx_norm_orig(const dx_norm *nz, size_t i) {
  return nz->identity ? i : nz->map[i];
}
/* Does normalising change the character cp wherever it stands (a space, a
 * control, a full-width digit or sign, a dash variant)? ，and 一 change
 * only between digits, and are not counted here. */
DX_API int dx_norm_folds(uint32_t cp);
/* Set the bit of every BMP code point dx_norm_folds accepts in map. */
DX_API void dx_norm_mark_folds(uint8_t *map);
DX_API void dx_norm_free(dx_norm *nz);

/* Offsets (from a sentence's start) of the characters in it that may start
 * a quantity or a cue: what the first pass hands to the mention and cue
 * scans, which then look nowhere else (each still tests what it needs). */
typedef struct {
  uint32_t *at;
  size_t n, cap;
} dx_positions;

/* Is the ASCII comma at s[i] (i > lo) a thousands separator: a digit
 * before it and exactly three after (1,000, as dx_scan_arabic reads one),
 * not a clause mark? 居全省第1,7家企业… has a clause mark between. */
static inline int dx_thousands_comma(const unsigned char *s, size_t n, size_t i, size_t lo) {
  if (i <= lo || i + 3 >= n || s[i] != ',') return 0;
  if ((unsigned)(s[i - 1] - '0') >= 10u) return 0;
  for (size_t k = i + 1; k <= i + 3; k++)
    if ((unsigned)(s[k] - '0') >= 10u) return 0;
  return i + 4 >= n || (unsigned)(s[i + 4] - '0') >= 10u;
}

/* The marks that end a clause: ，；：！？。 and their ASCII forms (a comma
 * that is a thousands separator is none: 1,000). mention.c's clause_mark_at
 * tests the same marks byte by byte, and core.clause_marks lists them for
 * the rules. */
static inline int dx_clause_mark_cp(uint32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == 0xFF0C ||
         cp == 0xFF1B || cp == 0xFF1A || cp == 0xFF01 || cp == 0xFF1F || cp == 0x3002;
}

/* Sentence iterator over a whole document; bounded work per byte. */
typedef struct {
  const unsigned char *s;
  size_t n, pos;
  size_t max_len;         /* a sentence longer than this is cut */
  int heading_level;      /* of the sentence just returned: 0 none, 1, 2, 3 */
  size_t para;            /* paragraph number of the sentence just returned */
  /* With a lexicon, the first pass also tells of the sentence just
   * returned whether it is its own normal form (plain: valid UTF-8 with
   * nothing to fold, drop or join), and, when plain, where a quantity
   * (quantities) or a cue (cues) may start in it. */
  const dx_lexicon *lx;
  int plain;
  size_t first_clause_end; /* when plain: dx_first_clause_end of it */
  dx_positions quantities, cues;
  dx_positions marks; /* both, as the first pass lists them (offset << 3 | class) */
  /* Page furniture: the lines a PDF's text repeats on every page (a page
   * number — 3 —, -3-, 第3页; a running header beside it, the same on two
   * pages or more), found once in the whole text, as ascending [start, end)
   * ranges of whole lines. The segmenter steps over them, inside a sentence
   * too (skips: the ranges the sentence just returned spans, absolute
   * offsets in pairs), and counts them in furniture. */
  struct {
    size_t *at; /* start, end pairs */
    size_t n, next;
    int found;  /* the text was searched (at the first sentence) */
  } page_lines;
  struct {
    size_t *at;
    size_t n, cap;
  } skips;
  size_t furniture;
  int para_after; /* the sentence just returned is a title cut from its text: a paragraph follows */
  int caption;    /* the sentence just returned is a figure's or a table's caption (图1 …) */
  /* A hard-wrapped text (a PDF's, most lines cut at one width): the bytes
   * from which a line is full (its break no paragraph's end); 0 for text
   * whose lines are paragraphs. Found with the page furniture. */
  size_t full_line;
} dx_segmenter;

/* Next sentence [*start, *end) (0-based, trimmed of outer whitespace).
 * Returns 0 at the end of the document. */
DX_API int dx_next_sentence(dx_segmenter *sg, size_t *start, size_t *end);
DX_API void dx_segmenter_free(dx_segmenter *sg);

/* ---- mention.c --------------------------------------------------------- */

typedef struct {
  size_t nstart, nend;       /* span in the normalised sentence [start,end) */
  dx_decimal value, value_max;
  int has_max;
  const char *unit;
  int cmp;
  size_t subj_start, subj_end; /* subject span in normalised text */
  size_t head_start, head_end; /* a head shared with a later conjunct, after
                                * the subject (城镇、农村居民收入: 居民收入) */
  size_t verb_start, verb_end;
  size_t clause_start, clause_end;
  int list_index;            /* position in a 、 list or 分别 list, 0 if none */
  int distributive;          /* subject assigned through 分别 */
  const char *subj_prefix;   /* written before the subject in place of a pair
                              * word it opens with (城乡 → 城镇, 农村); NULL */
  int quoted;                /* inside “…”, "…" or (…) opened in its clause */
} dx_mention;

/* A cue word or a year found in a sentence. */
typedef struct {
  size_t nstart, nend;
  int cls;                   /* CUE_* */
  int year, year_to;         /* for CUE_TIME with digits: 2022年, 2017-2021年 */
  int horizon;               /* 到2025年: a deadline */
} dx_cue;

typedef struct {
  dx_cue *c;
  size_t n, cap;
} dx_cues;

/* Cues starting before byte limit of the sentence (SIZE_MAX for all). */
/* End (byte offset) of the first clause of a normalised sentence. */
DX_API size_t dx_first_clause_end(const dx_norm *nz);
DX_API void dx_mention_starts(dx_lexicon *lx);
/* All the cues of the sentence, and how many start before byte split. */
/* Both look only at the positions in where when it is given (the first pass's
 * candidates), else at every character. */
DX_API int dx_find_cues_split(const dx_lexicon *lx, const dx_norm *nz,
                              const dx_positions *where, size_t split, size_t *before_split,
                              dx_cues *out);
DX_API int dx_find_cues(const dx_lexicon *lx, const dx_norm *nz, const dx_positions *where,
                        size_t limit, dx_cues *out);

typedef struct {
  dx_mention *m;
  size_t n, cap;
  size_t refused; /* numbers too long to be exact (not mentions), summed over calls */
} dx_mentions;

/* Find the quantities of one normalised sentence, looking only at the
 * positions in where when it is given. Returns 0 on OOM. */
DX_API int dx_find_mentions(const dx_lexicon *lx, const dx_norm *nz,
                            const dx_positions *where, dx_mentions *out);

/* ---- width.c ------------------------------------------------------------ */

/* Terminal cells taken by UTF-8 text: 2 for CJK and full-width, 0 for
 * combining marks and controls, 1 otherwise. */
DX_API size_t dx_display_width(const unsigned char *s, size_t n);

#endif
