/*
 * core.c: the Lua face of duixian.core.
 *
 *   core.decode(bytes)            -> text, info | nil, msg, offset
 *   core.lexicon(tables)          -> lexicon (word tables from data/lexicon.lua)
 *   core.mentions(lexicon, text [, max_sentence]) -> iterator of mention tables (at
 *                                    the end: nil, numbers too long, furniture lines)
 *   core.count(lexicon, text)     -> mentions, sentences (no tables: for bench)
 *   core.normalize(text)          -> normalised text, map (1-based offsets)
 *   core.sentences(text)          -> array of {start, end, level, para}, and the
 *                                    number of page-furniture lines stepped over
 *   core.width(s)                 -> terminal cells (CJK counts two)
 *   core.utf8_check(s)            -> nil, or the offset of the first bad byte
 *   core.first_char_of(s, chars [, limit]) -> offset of the first of chars in s, or nil
 *   core.json_object(t, keys [, suffix]) -> a flat record as a JSON object
 *   core.json_encoder(keys [, suffix]) -> function(t): json_object(t, keys, suffix), faster
 *   core.sha256(s [, "builtin"])  -> lowercase hex digest of the bytes (core.sha256_backend:
 *                                    "libcrypto" or "builtin")
 *   core.memory_limit(bytes|false) -> arm or disarm a ceiling on Lua memory (memlimit.c)
 *   core.memory_held() -> bytes still live of the blocks allocated while armed
 *   core.allocator() -> "mimalloc" or "system", built_in: the Lua state's allocator (alloc.c)
 *   core.note_text(bytes)         text the state will work through without scanning it
 *                                 (an audit of stored mentions): counts towards the switch
 *   core.encode_cues(cues) -> a cue list as the store's text column | nil (cues.c)
 *   core.clause_marks             the marks that end a clause (，；：！？。 , ; : ! ?)
 *
 * Misuse raises (luaL_argerror); malformed input returns nil, msg, offset.
 * All native memory hangs off userdata with __gc, so a Lua error in the
 * middle of a scan leaks nothing.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"
#include "sha256.h"

DX_API int dx_l_json_object(lua_State *L);  /* json.c */
DX_API int dx_l_json_encoder(lua_State *L); /* json.c */
DX_API int dx_l_memory_limit(lua_State *L); /* memlimit.c */
DX_API int dx_l_memory_held(lua_State *L);  /* memlimit.c */
DX_API void dx_install_allocator(lua_State *L); /* alloc.c */
DX_API void dx_allocator_note_text(lua_State *L, size_t bytes);
DX_API int dx_l_allocator(lua_State *L);
DX_API int dx_l_note_text(lua_State *L);
DX_API int dx_l_encode_cues(lua_State *L); /* cues.c */
DX_API int dx_l_wordset(lua_State *L);      /* wordset.c */
DX_API void dx_wordset_metatable(lua_State *L); /* wordset.c */

#define LEXICON_MT "duixian.lexicon"
#define ITER_MT "duixian.mention_iter"
#define DEFAULT_MAX_SENTENCE 4096

/* ---- numbers to Lua ------------------------------------------------------ */

static void push_decimal(lua_State *L, const dx_decimal *d) {
  if (d->exp == 0) {
    lua_pushinteger(L, (lua_Integer)d->mant);
    return;
  }
  /* mant and 10^|exp| both exact doubles: one IEEE division or product is
   * correctly rounded, the same double strtod gives, without the text */
  static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  int64_t limit = (int64_t)1 << 53;
  if (d->mant > -limit && d->mant < limit && d->exp >= -22 && d->exp <= 22) {
    double m = (double)d->mant;
    lua_pushnumber(L, d->exp < 0 ? m / pow10[-d->exp] : m * pow10[d->exp]);
    return;
  }
  char buf[64];
  snprintf(buf, sizeof buf, "%llde%d", (long long)d->mant, d->exp);
  lua_pushnumber(L, (lua_Number)strtod(buf, NULL));
}

/* ---- decode -------------------------------------------------------------- */

static int l_decode(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  dx_buf out = {0};
  dx_decode_info info;
  int r = dx_decode(s, n, &out, &info);
  if (r < 0) {
    dx_buf_free(&out);
    return luaL_error(L, "not enough memory to decode %d bytes", (int)n);
  }
  if (r == 0) {
    dx_buf_free(&out);
    luaL_pushfail(L);
    char msg[320]; /* info.error is one of decode.c's constant messages */
    snprintf(msg, sizeof msg, "%s: first bad byte is byte %zu (0x%02x, counting from 1)", info.error,
             info.bad_offset + 1,
             info.bad_offset < n ? (unsigned)(unsigned char)s[info.bad_offset] : 0u);
    lua_pushstring(L, msg);
    lua_pushinteger(L, (lua_Integer)info.bad_offset + 1);
    return 3;
  }
  if (info.unchanged)
    lua_pushvalue(L, 1); /* already the text: no copy */
  else
    lua_pushlstring(L, out.p ? out.p : "", out.n);
  dx_buf_free(&out);
  lua_createtable(L, 0, 3);
  lua_pushstring(L, info.encoding);
  lua_setfield(L, -2, "encoding");
  lua_pushinteger(L, (lua_Integer)info.bom);
  lua_setfield(L, -2, "bom");
  lua_pushinteger(L, (lua_Integer)info.nul);
  lua_setfield(L, -2, "nul");
  return 2;
}

/* ---- lexicon ------------------------------------------------------------- */

enum { SET_UNITS, SET_MULTS, SET_PLAIN, SET_CMP, SET_CUES, SET_WORDS, SET_PAIRS };

static int cmp_code(const char *s) {
  static const char *names[] = {"=", ">=", ">", "<=", "<", "~", "range"};
  for (int i = 0; i <= CMP_RANGE; i++)
    if (strcmp(s, names[i]) == 0) return i;
  return -2;
}

static int cue_code(const char *s) {
  static const char *names[] = {"", "time", "modal", "real", "estimate", "compare", "individual"};
  for (int i = 1; i < CUE_NCLASS; i++)
    if (strcmp(s, names[i]) == 0) return i;
  return 0;
}

static char *dup_string(lua_State *L, dx_lexicon *lx, const char *s, size_t len) {
  (void)lx;
  char *p = malloc(len + 1);
  if (!p) luaL_error(L, "not enough memory for the lexicon");
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

/* The flags of a unit's row and the tag bits they set. */
static const struct {
  const char *field;
  int bit;
} unit_flags[] = {
    {"measure", UNIT_MEASURE}, {"verbal", UNIT_VERBAL},       {"level", UNIT_LEVEL},
    {"small", UNIT_SMALL},     {"tally", UNIT_TALLY},         {"relative", UNIT_RELATIVE},
    {"measured", UNIT_MEASURED}, {"calendar", UNIT_CALENDAR},
};

/* Fill ws from tables[field]; entries are strings or {word, payload}. */
static void build_set(lua_State *L, dx_lexicon *lx, const char *field, dx_wordset *ws,
                      int kind) {
  lua_getfield(L, 1, field);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    if (!dx_wordset_build(ws)) luaL_error(L, "not enough memory for the lexicon");
    return;
  }
  if (!lua_istable(L, -1))
    luaL_error(L, "bad lexicon: field '%s' must be a table", field);
  lua_Integer count = luaL_len(L, -1);
  ws->words = calloc(count ? (size_t)count : 1, sizeof *ws->words);
  if (!ws->words) luaL_error(L, "not enough memory for the lexicon");
  for (lua_Integer i = 1; i <= count; i++) {
    dx_word *w = &ws->words[ws->n];
    int t = lua_geti(L, -1, i);
    if (t == LUA_TTABLE) lua_geti(L, -1, 1);
    else lua_pushvalue(L, -1);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (!s || len == 0 || len > 255)
      luaL_error(L, "bad lexicon: %s[%d] needs a word of 1 to 255 bytes", field, (int)i);
    w->word = dup_string(L, lx, s, len);
    w->len = (uint16_t)len;
    ws->n++;
    lua_pop(L, 1);
    if (t == LUA_TTABLE) {
      lua_geti(L, -1, 2);
      switch (kind) {
      case SET_UNITS:
        if (lua_isstring(L, -1)) {
          s = lua_tolstring(L, -1, &len);
          w->name = dup_string(L, lx, s, len);
        }
        w->tag = 0;
        for (size_t f = 0; f < sizeof unit_flags / sizeof unit_flags[0]; f++) {
          lua_getfield(L, -2, unit_flags[f].field);
          if (lua_toboolean(L, -1)) w->tag |= (int16_t)unit_flags[f].bit;
          lua_pop(L, 1);
        }
        lua_getfield(L, -2, "exp");
        w->exp10 = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        break;
      case SET_MULTS: w->exp10 = (int)lua_tointeger(L, -1); break;
      case SET_CMP:
        if (lua_isstring(L, -1)) {
          int code = cmp_code(lua_tostring(L, -1));
          if (code < -1) luaL_error(L, "bad lexicon: %s[%d] has an unknown comparator", field, (int)i);
          w->tag = (int16_t)code;
        } else {
          w->tag = -1; /* a word that only looks like a qualifier */
        }
        break;
      case SET_CUES:
        w->tag = (int16_t)cue_code(luaL_optstring(L, -1, ""));
        if (!w->tag) luaL_error(L, "bad lexicon: %s[%d] has an unknown cue class", field, (int)i);
        break;
      case SET_WORDS:
        w->factor = lua_tonumber(L, -1);
        lua_geti(L, -2, 3);
        if (lua_isstring(L, -1)) {
          s = lua_tolstring(L, -1, &len);
          w->name = dup_string(L, lx, s, len);
        }
        lua_pop(L, 1);
        break;
      case SET_PAIRS: /* { word, first, second }: both halves needed */
        lua_geti(L, -2, 3);
        if (!lua_isstring(L, -2) || !lua_isstring(L, -1))
          luaL_error(L, "bad lexicon: %s[%d] needs { word, first half, second half }", field, (int)i);
        s = lua_tolstring(L, -2, &len);
        w->name = dup_string(L, lx, s, len);
        s = lua_tolstring(L, -1, &len);
        w->name2 = dup_string(L, lx, s, len);
        lua_pop(L, 1);
        break;
      default: break;
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (!dx_wordset_build(ws)) luaL_error(L, "not enough memory for the lexicon");
}

static int l_lexicon(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  dx_lexicon *lx = lua_newuserdatauv(L, sizeof *lx, 0);
  memset(lx, 0, sizeof *lx);
  luaL_setmetatable(L, LEXICON_MT); /* set before filling: __gc frees a partial one */
  build_set(L, lx, "units", &lx->units, SET_UNITS);
  build_set(L, lx, "mults", &lx->mults, SET_MULTS);
  build_set(L, lx, "stops", &lx->stops, SET_UNITS); /* { word, unit } for spans of time */
  build_set(L, lx, "before", &lx->before, SET_CMP);
  build_set(L, lx, "after", &lx->after, SET_CMP);
  build_set(L, lx, "verbs", &lx->verbs, SET_PLAIN);
  build_set(L, lx, "fillers", &lx->fillers, SET_PLAIN);
  build_set(L, lx, "cues", &lx->cues, SET_CUES);
  build_set(L, lx, "words", &lx->words, SET_WORDS);
  build_set(L, lx, "separators", &lx->separators, SET_PLAIN);
  build_set(L, lx, "relative_verbs", &lx->relative_verbs, SET_PLAIN);
  build_set(L, lx, "change_verbs", &lx->change_verbs, SET_PLAIN);
  build_set(L, lx, "head_nouns", &lx->head_nouns, SET_UNITS);
  build_set(L, lx, "rank_frames", &lx->rank_frames, SET_PLAIN);
  build_set(L, lx, "rank_scopes", &lx->rank_scopes, SET_PLAIN);
  build_set(L, lx, "whole_words", &lx->whole_words, SET_PLAIN);
  build_set(L, lx, "continuers", &lx->continuers, SET_PLAIN);
  build_set(L, lx, "yardstick_verbs", &lx->yardstick_verbs, SET_PLAIN);
  build_set(L, lx, "object_verbs", &lx->object_verbs, SET_PLAIN);
  build_set(L, lx, "nominal_verbs", &lx->nominal_verbs, SET_PLAIN);
  build_set(L, lx, "light_verbs", &lx->light_verbs, SET_PLAIN);
  build_set(L, lx, "measured_objects", &lx->measured_objects, SET_PLAIN);
  build_set(L, lx, "openers", &lx->openers, SET_PLAIN);
  build_set(L, lx, "relative_clause_words", &lx->relative_clause_words, SET_PLAIN);
  build_set(L, lx, "shared_heads", &lx->shared_heads, SET_PLAIN);
  build_set(L, lx, "place_suffixes", &lx->place_suffixes, SET_PLAIN);
  build_set(L, lx, "paired_place_suffixes", &lx->paired_place_suffixes, SET_PLAIN);
  build_set(L, lx, "pair_words", &lx->pair_words, SET_PAIRS);
  build_set(L, lx, "rate_frames", &lx->rate_frames, SET_PLAIN);
  build_set(L, lx, "money_rates", &lx->money_rates, SET_UNITS);
  build_set(L, lx, "part_openers", &lx->part_openers, SET_PLAIN);
  build_set(L, lx, "plan_shares", &lx->plan_shares, SET_PLAIN);
  build_set(L, lx, "one_char_nouns", &lx->one_char_nouns, SET_PLAIN);
  build_set(L, lx, "shared_modifiers", &lx->shared_modifiers, SET_PLAIN);
  build_set(L, lx, "adverbial_prepositions", &lx->adverbial_prepositions, SET_PLAIN);
  build_set(L, lx, "streaks", &lx->streaks, SET_PLAIN);
  build_set(L, lx, "span_openers", &lx->span_openers, SET_PLAIN);
  build_set(L, lx, "span_closers", &lx->span_closers, SET_PLAIN);
  build_set(L, lx, "prepositions", &lx->prepositions, SET_PLAIN);
  build_set(L, lx, "crossing_verbs", &lx->crossing_verbs, SET_PLAIN);
  build_set(L, lx, "task_nouns", &lx->task_nouns, SET_PLAIN);
  build_set(L, lx, "share_frames", &lx->share_frames, SET_PLAIN);
  build_set(L, lx, "actors", &lx->actors, SET_PLAIN);
  build_set(L, lx, "heading_ends", &lx->heading_ends, SET_PLAIN);
  dx_mention_starts(lx);
  return 1;
}

static int l_lexicon_gc(lua_State *L) {
  dx_lexicon *lx = luaL_checkudata(L, 1, LEXICON_MT);
  dx_lexicon_free(lx);
  return 0;
}

/* ---- the mention iterator ------------------------------------------------ */

enum {
  UV_TEXT = 1, UV_LEXICON, UV_SENTENCE, UV_H1, UV_H2, UV_H3,
  UV_PARA,     /* time cues in the first clause of the latest sentence of this
                * paragraph that has any (facts; the rules decide what governs) */
  UV_PARA_NOW, /* the same, as it stood before the current sentence */
  UV_SECTION,  /* the first-clause time words of the section's sentences so
                * far, oldest first, the latest SECTION_CUES kept (a new table
                * each time: earlier sentences keep theirs) */
  UV_SECTION_NOW,
  UV_LEAD,     /* the opening of the paragraph's first sentence (its topic) */
  UV_BASE2,    /* UV_SECTION as it stood when the first subsection of level 2 */
  UV_BASE3,    /* (or 3) of the current section opened: what its siblings inherit */
  UV_COUNT = UV_BASE3
};

/* The field names the iterator writes, interned once as upvalues of its
 * closure (after the iterator itself): lua_rawset with the key at hand
 * skips lua_setfield's lookup of a C string, a hash probe and a strcmp
 * for every field of every table. */
#define ITER_KEYS(X)                                                                           \
  X(index) X(start) X(end) X(text) X(norm) X(level) X(para) X(heading1) X(heading2)           \
  X(heading3) X(cues) X(para_cues) X(section_cues) X(para_lead) X(raw) X(value) X(value_max)  \
  X(unit) X(cmp) X(subject) X(verb) X(pos) X(clause_start) X(clause_end) X(list_index)        \
  X(distributive) X(quoted) X(after) X(sentence) X(word) X(class) X(before) X(year)           \
  X(year_to) X(horizon) X(outer) X(stated)
#define KEY_ENUM(k) K_##k,
#define KEY_NAME(k) #k,
enum { K_ITERATOR = 1, ITER_KEYS(KEY_ENUM) K_END };
static const char *const key_names[] = {ITER_KEYS(KEY_NAME)};

/* Set field k of the table below the value on top to that value (popped). */
static void put_top(lua_State *L, int k) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_insert(L, -2);
  lua_rawset(L, -3);
}

static void put_int(lua_State *L, int k, lua_Integer v) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

static void put_str(lua_State *L, int k, const char *s, size_t n) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_pushlstring(L, s, n);
  lua_rawset(L, -3);
}

static void put_literal(lua_State *L, int k, const char *s) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_pushstring(L, s);
  lua_rawset(L, -3);
}

static void put_true(lua_State *L, int k) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_pushboolean(L, 1);
  lua_rawset(L, -3);
}

/* Set field k of the table on top to the iterator's uservalue uv. */
static void put_uservalue(lua_State *L, int k, int uv) {
  lua_pushvalue(L, lua_upvalueindex(k));
  lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), uv);
  lua_rawset(L, -3);
}

#define LEAD_BYTES 192

typedef struct {
  dx_segmenter sg;
  dx_norm nz;
  dx_mentions ms;
  dx_cues cues;
  size_t next;        /* next mention of ms to hand out */
  size_t sentences;   /* sentences read so far */
  size_t para;        /* paragraph whose opening cues are in UV_PARA */
  int sentence_made;  /* the Lua table of the current sentence exists */
  dx_buf lead;        /* the opening of the current paragraph (UV_LEAD) */
  int lead_made;      /* UV_LEAD holds it as a string */
  int leads_para;     /* the current sentence opens its paragraph */
  int section_level;  /* level of the latest heading (0 before any) */
  size_t first_clause; /* where the current sentence's first clause ends */
  int closed;
} dx_iter;

static void iter_release(dx_iter *it) {
  if (it->closed) return;
  dx_norm_free(&it->nz);
  dx_segmenter_free(&it->sg);
  free(it->ms.m);
  free(it->cues.c);
  dx_buf_free(&it->lead);
  memset(it, 0, sizeof *it);
  it->closed = 1;
}

static int l_iter_gc(lua_State *L) {
  iter_release(luaL_checkudata(L, 1, ITER_MT));
  return 0;
}

static void set_int(lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}


/* 1-based inclusive original offsets of normalised span [a, b). */
static void original_span(const dx_iter *it, const char *orig, size_t a, size_t b,
                          size_t *os, size_t *oe) {
  const dx_norm *nz = &it->nz;
  *os = nz->base + dx_norm_orig(nz, a);
  size_t last = nz->base + dx_norm_orig(nz, b - 1);
  unsigned char nb = (unsigned char)nz->t[b - 1];
  unsigned char ob = (unsigned char)orig[last];
  /* a folded character (full-width digit) is one normalised byte for a
   * multibyte original; a copied byte maps one to one */
  *oe = last + ((nb < 0x80 && ob >= 0x80) ? (size_t)dx_utf8_len(ob) : 1);
}

/* The first n cues of the sentence in it->nz (only the time cues when
 * time_only) as a Lua array of {word, class, pos, before, after, year, year_to,
 * horizon}. */
static void push_cues(lua_State *L, const dx_iter *it, size_t n, int time_only, int stated) {
  static const char *cue_names[] = {"", "time", "modal", "real", "estimate", "compare", "individual"};
  lua_createtable(L, (int)n, 0);
  lua_Integer at = 0;
  for (size_t k = 0; k < n; k++) {
    const dx_cue *q = &it->cues.c[k];
    if (time_only && q->cls != CUE_TIME) continue;
    /* room for the fields below and no more: word, class and pos; a time
     * word's neighbours; a year's three */
    int before = q->cls == CUE_TIME && q->nstart > 0, after = q->cls == CUE_TIME && q->nend < it->nz.len;
    lua_createtable(L, 0, 3 + before + after + (q->year ? 3 : 0) + stated);
    put_str(L, K_word, it->nz.t + q->nstart, q->nend - q->nstart);
    put_literal(L, K_class, cue_names[q->cls]);
    put_int(L, K_pos, (lua_Integer)q->nstart + 1);
    if (before) {
      /* the character before a time word (由, 比, 较 make it a baseline):
       * the rules read it where the sentence is not at hand (a paragraph's
       * or a section's opening cues) */
      size_t b = q->nstart - 1;
      while (b > 0 && ((unsigned char)it->nz.t[b] & 0xC0) == 0x80 && q->nstart - b < 4) b--;
      put_str(L, K_before, it->nz.t + b, q->nstart - b);
    }
    if (after) {
      /* and the one after it (从2027年起 starts a span; 从2020年的5.2万元
       * is a value's year), two after 以 (2020年以来 starts one too) */
      size_t e = q->nend + 1;
      while (e < it->nz.len && ((unsigned char)it->nz.t[e] & 0xC0) == 0x80 && e - q->nend < 4) e++;
      if (e - q->nend == 3 && memcmp(it->nz.t + q->nend, "以", 3) == 0 && e < it->nz.len) {
        e++;
        while (e < it->nz.len && ((unsigned char)it->nz.t[e] & 0xC0) == 0x80 && e - q->nend < 7) e++;
      }
      put_str(L, K_after, it->nz.t + q->nend, e - q->nend);
    }
    if (q->year) {
      put_int(L, K_year, q->year);
      put_int(L, K_year_to, q->year_to);
      lua_pushboolean(L, q->horizon);
      put_top(L, K_horizon);
    }
    if (stated) put_true(L, K_stated);
    lua_rawseti(L, -2, ++at);
  }
}

/* Room for the sentence's facts and for the memos the rules keep in it
 * (the place at each clause's head, the persons it names, …): a table
 * that fills up is rebuilt whole, once per sentence. */
#define SENTENCE_FIELDS 24

static void push_sentence(lua_State *L, dx_iter *it, const char *text, size_t st, size_t en) {
  lua_createtable(L, 0, SENTENCE_FIELDS);
  put_int(L, K_index, (lua_Integer)it->sentences);
  put_int(L, K_start, (lua_Integer)st + 1);
  put_int(L, K_end, (lua_Integer)en);
  put_str(L, K_text, text + st, en - st);
  lua_pushvalue(L, lua_upvalueindex(K_norm));
  if (it->nz.identity) { /* the same bytes as text: the same string */
    lua_pushvalue(L, lua_upvalueindex(K_text));
    lua_rawget(L, -3);
  } else {
    lua_pushlstring(L, it->nz.t, it->nz.len);
  }
  lua_rawset(L, -3);
  put_int(L, K_level, it->sg.heading_level);
  put_int(L, K_para, (lua_Integer)it->sg.para);
  for (int h = 0; h < 3; h++) put_uservalue(L, K_heading1 + h, UV_H1 + h);
  lua_pushvalue(L, lua_upvalueindex(K_cues));
  push_cues(L, it, it->cues.n, 0, 0);
  lua_rawset(L, -3);
  put_uservalue(L, K_para_cues, UV_PARA_NOW);
  put_uservalue(L, K_section_cues, UV_SECTION_NOW);
  if (!it->leads_para) {
    if (!it->lead_made) { /* the paragraph's opening as a string, once */
      lua_pushlstring(L, it->lead.p ? it->lead.p : "", it->lead.n);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_LEAD);
      it->lead_made = 1;
    }
    put_uservalue(L, K_para_lead, UV_LEAD);
  }
}

static void push_mention(lua_State *L, dx_iter *it, const char *text, const dx_mention *m) {
  const char *nt = it->nz.t;
  size_t os, oe;
  original_span(it, text, m->nstart, m->nend, &os, &oe);
  lua_createtable(L, 0, 20);
  put_int(L, K_start, (lua_Integer)os + 1);
  put_int(L, K_end, (lua_Integer)oe);
  put_str(L, K_raw, text + os, oe - os);
  put_str(L, K_norm, nt + m->nstart, m->nend - m->nstart);
  push_decimal(L, &m->value);
  put_top(L, K_value);
  if (m->has_max) {
    push_decimal(L, &m->value_max);
    put_top(L, K_value_max);
  }
  put_literal(L, K_unit, m->unit);
  put_literal(L, K_cmp, dx_cmp_name(m->cmp));
  if (m->head_end > m->head_start || m->subj_prefix) {
    /* the subject and the head it shares with a later conjunct, after the
     * half of a pair word that is its own */
    lua_pushvalue(L, lua_upvalueindex(K_subject));
    int pieces = 1;
    if (m->subj_prefix) lua_pushstring(L, m->subj_prefix), pieces++;
    lua_pushlstring(L, nt + m->subj_start, m->subj_end > m->subj_start ? m->subj_end - m->subj_start : 0);
    if (m->head_end > m->head_start) lua_pushlstring(L, nt + m->head_start, m->head_end - m->head_start), pieces++;
    lua_concat(L, pieces);
    lua_rawset(L, -3);
  } else {
    put_str(L, K_subject, nt + m->subj_start, m->subj_end > m->subj_start ? m->subj_end - m->subj_start : 0);
  }
  put_str(L, K_verb, nt + m->verb_start, m->verb_end > m->verb_start ? m->verb_end - m->verb_start : 0);
  put_int(L, K_pos, (lua_Integer)m->nstart + 1);
  put_int(L, K_clause_start, (lua_Integer)m->clause_start + 1);
  put_int(L, K_clause_end, (lua_Integer)m->clause_end);
  if (m->list_index) put_int(L, K_list_index, m->list_index);
  if (m->distributive) put_true(L, K_distributive);
  if (m->quoted) put_true(L, K_quoted);
  /* the words after the quantity, for rules about what it qualifies and
   * what it counts (办好20件民生实事): at least three characters, and on
   * to the end of its clause, but no more than AFTER_MAX_CHARS (a noun
   * phrase, not a table row) */
  enum { AFTER_MIN_CHARS = 3, AFTER_MAX_CHARS = 16 };
  size_t after = m->nend, stop = after, limit = m->clause_end > after ? m->clause_end : after;
  for (int k = 0; k < AFTER_MAX_CHARS && stop < it->nz.len && (k < AFTER_MIN_CHARS || stop < limit); k++)
    stop += (size_t)dx_utf8_len((unsigned char)nt[stop]);
  if (stop > it->nz.len) stop = it->nz.len;
  put_str(L, K_after, nt + after, stop - after);
  put_uservalue(L, K_sentence, UV_SENTENCE);
}

/* Normalise the sentence [st, en) of text into it->nz and find its
 * mentions, then its cues: those of the first clause, and when it has
 * mentions all of them in the same walk (*opening: how many are in the
 * first clause). A sentence the segmenter found plain is its own normal
 * form, and is searched only where it said a quantity or a cue may start.
 * 0: no memory. */
static int scan_sentence(dx_iter *it, const dx_lexicon *lx, const char *text, size_t st,
                         size_t en, size_t *opening) {
  const dx_positions *quantities = NULL, *cues = NULL;
  if (it->sg.plain) {
    dx_norm_identity(&it->nz, (const unsigned char *)text + st, en - st, st);
    quantities = &it->sg.quantities;
    cues = &it->sg.cues;
  } else if (!dx_normalize_skipping(&it->nz, (const unsigned char *)text + st, en - st, st, it->sg.skips.at,
                                    it->sg.skips.n / 2)) {
    return 0;
  }
  if (!dx_find_mentions(lx, &it->nz, quantities, &it->ms)) return 0;
  size_t first_clause = it->sg.plain ? it->sg.first_clause_end : dx_first_clause_end(&it->nz);
  it->first_clause = first_clause;
  if (it->ms.n) return dx_find_cues_split(lx, &it->nz, cues, first_clause, opening, &it->cues);
  if (!dx_find_cues(lx, &it->nz, cues, first_clause, &it->cues)) return 0;
  *opening = it->cues.n;
  return 1;
}

#define SECTION_CUES 16

/* Replace the cue array on top of the stack (or nil) by a copy whose cues
 * say outer = true: said in a section around the one they are handed to. */
static void push_outer_copy(lua_State *L) {
  int src = lua_gettop(L);
  if (!lua_istable(L, src)) return;
  lua_Integer n = luaL_len(L, src);
  lua_createtable(L, (int)n, 0);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, src, i);
    int cue = lua_gettop(L);
    lua_createtable(L, 0, 8);
    lua_pushnil(L);
    while (lua_istable(L, cue) && lua_next(L, cue)) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, -4);
    }
    put_true(L, K_outer);
    lua_rawseti(L, -3, i);
    lua_pop(L, 1); /* the original cue */
  }
  lua_replace(L, src);
}

/* UV_SECTION with the cue array on top of the stack appended (popped). */
static void append_section_cues(lua_State *L) {
  int added = lua_gettop(L);
  lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION);
  int old = lua_gettop(L);
  lua_Integer n_old = lua_istable(L, old) ? luaL_len(L, old) : 0;
  lua_Integer n_add = luaL_len(L, added);
  lua_Integer total = n_old + n_add, skip = total > SECTION_CUES ? total - SECTION_CUES : 0;
  lua_createtable(L, (int)(total - skip), 0);
  lua_Integer k = 0;
  for (lua_Integer i = 1; i <= n_old; i++) {
    if (i <= skip) continue;
    lua_rawgeti(L, old, i);
    lua_rawseti(L, -2, ++k);
  }
  for (lua_Integer i = 1; i <= n_add; i++) {
    if (n_old + i <= skip) continue;
    lua_rawgeti(L, added, i);
    lua_rawseti(L, -2, ++k);
  }
  lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION);
  lua_pop(L, 1); /* the old array (or nil) */
}

static int iter_next(lua_State *L) {
  dx_iter *it = lua_touserdata(L, lua_upvalueindex(K_ITERATOR)); /* l_mentions made it */
  if (it->closed) return 0;
  lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_TEXT);
  const char *text = lua_tostring(L, -1);
  lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_LEXICON);
  const dx_lexicon *lx = lua_touserdata(L, -1);
  lua_pop(L, 1);
  while (it->next >= it->ms.n) {
    size_t st, en;
    if (!dx_next_sentence(&it->sg, &st, &en)) {
      /* the end: nil, how many numbers were too long to be exact, and how
       * many lines of page furniture were stepped over */
      lua_Integer refused = (lua_Integer)it->ms.refused, furniture = (lua_Integer)it->sg.furniture;
      iter_release(it);
      lua_pushnil(L);
      lua_pushinteger(L, refused);
      lua_pushinteger(L, furniture);
      return 3;
    }
    it->sentences++;
    it->ms.n = it->next = 0;
    it->sentence_made = 0;
    size_t opening;
    if (!scan_sentence(it, lx, text, st, en, &opening))
      return luaL_error(L, "not enough memory to scan a sentence of %d bytes", (int)(en - st));
    it->leads_para = it->sg.para != it->para;
    if (it->leads_para) { /* a new paragraph: forget the last one's cues */
      it->para = it->sg.para;
      lua_pushnil(L);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_PARA);
      /* its opening, up to LEAD_BYTES at a character boundary, is reported
       * with the paragraph's later sentences (去年以来，莘县…: their topic) */
      size_t n = it->nz.len < LEAD_BYTES ? it->nz.len : LEAD_BYTES;
      while (n > 0 && n < it->nz.len && ((unsigned char)it->nz.t[n] & 0xC0) == 0x80) n--;
      it->lead.n = 0;
      it->lead_made = 0; /* made a string when a later sentence is handed out */
      if (!dx_buf_add(&it->lead, it->nz.t, n))
        return luaL_error(L, "not enough memory to scan a sentence of %d bytes", (int)(en - st));
    }
    if (it->ms.n) { /* this sentence may be governed by an earlier one's cue */
      lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_PARA);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_PARA_NOW);
      /* a heading opens a new section: the last one's cues are not its */
      if (it->sg.heading_level) lua_pushnil(L);
      else lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION_NOW);
    }
    /* the time words in a sentence's first clause (过去一年，… 五年来，…),
     * reported with the later sentences of the paragraph */
    size_t kept = 0;
    for (size_t k = 0; k < opening; k++) kept += it->cues.c[k].cls == CUE_TIME;
    /* (not a caption's: 图1 2019—2023年… names what its chart shows) */
    if (it->sg.caption) kept = 0;
    /* a first clause that states a figure (2020年全区1.26万建档立卡贫困人口全部
     * 脱贫) dates that statement: the rest of its paragraph stays in the
     * frame before it (五年来，…), where one that states none (五年来，…
     * 2021年，…) frames the sentences after it */
    int dated = it->ms.n && it->ms.m[0].nstart < it->first_clause && it->para == it->sg.para &&
                !it->leads_para;
    int level = it->sg.heading_level;
    if (kept) {
      /* (stated: the clause these open states a figure, 2020年全区…全部脱贫) */
      push_cues(L, it, opening, 1, it->ms.n && it->ms.m[0].nstart < it->first_clause);
      if (!level) append_section_cues(L);
      if (dated) lua_pop(L, 1);
      else lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_PARA);
    }
    if (level) {
      /* a heading opens a section. A top-level one starts with no cues; a
       * subsection keeps those of the sections around it, said before their
       * first subsection (一、… 一年来，… then （一）…), not those of the
       * subsections before it */
      if (level == 1 || it->section_level == 0) lua_pushnil(L); /* before any heading: no section */
      else if (level > it->section_level) { /* levels skipped inherit alike */
        lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION);
        push_outer_copy(L);
        for (int l = it->section_level + 1 > 2 ? it->section_level + 1 : 2; l <= level; l++) {
          lua_pushvalue(L, -1);
          lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_BASE2 + l - 2);
        }
      } else lua_getiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_BASE2 + level - 2);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SECTION);
      it->section_level = level;
      lua_pushlstring(L, it->nz.t, it->nz.len);
      lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_H1 + level - 1);
      for (int h = level + 1; h <= 3; h++) {
        lua_pushnil(L);
        lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_H1 + h - 1);
      }
    }
  }
  if (!it->sentence_made) { /* it->cues holds the whole sentence's cues */
    size_t st = it->nz.base, en = st + it->nz.olen;
    push_sentence(L, it, text, st, en);
    lua_setiuservalue(L, lua_upvalueindex(K_ITERATOR), UV_SENTENCE);
    it->sentence_made = 1;
  }
  push_mention(L, it, text, &it->ms.m[it->next++]);
  return 1;
}

static dx_iter *new_iter(lua_State *L, int text_idx, int lex_idx, size_t max_sentence) {
  size_t n;
  lua_tolstring(L, text_idx, &n);
  dx_iter *it = lua_newuserdatauv(L, sizeof *it, UV_COUNT);
  memset(it, 0, sizeof *it);
  luaL_setmetatable(L, ITER_MT);
  lua_pushvalue(L, text_idx);
  lua_setiuservalue(L, -2, UV_TEXT);
  if (lex_idx) { /* normalize and sentences need no lexicon */
    lua_pushvalue(L, lex_idx);
    lua_setiuservalue(L, -2, UV_LEXICON);
    it->sg.lx = lua_touserdata(L, lex_idx);
  }
  it->sg.s = (const unsigned char *)lua_tostring(L, text_idx);
  it->sg.n = n;
  it->sg.max_len = max_sentence;
  return it;
}

static size_t check_max_sentence(lua_State *L, int arg) {
  lua_Integer m = luaL_optinteger(L, arg, DEFAULT_MAX_SENTENCE);
  luaL_argcheck(L, m >= 64 && m <= (1 << 24), arg, "sentence limit must be 64 to 16777216 bytes");
  return (size_t)m;
}

static int l_mentions(lua_State *L) {
  luaL_checkudata(L, 1, LEXICON_MT);
  luaL_checktype(L, 2, LUA_TSTRING);
  size_t max_sentence = check_max_sentence(L, 3);
  dx_allocator_note_text(L, lua_rawlen(L, 2));
  new_iter(L, 2, 1, max_sentence);
  luaL_checkstack(L, K_END, "no room for the field names");
  for (int k = K_ITERATOR + 1; k < K_END; k++) lua_pushstring(L, key_names[k - K_ITERATOR - 1]);
  lua_pushcclosure(L, iter_next, K_END - 1);
  return 1;
}

/* Scan without building Lua tables: the speed of the C core alone. */
static int l_count(lua_State *L) {
  luaL_checkudata(L, 1, LEXICON_MT);
  luaL_checktype(L, 2, LUA_TSTRING);
  dx_iter *it = new_iter(L, 2, 1, check_max_sentence(L, 3));
  const dx_lexicon *lx = lua_touserdata(L, 1);
  const char *text = lua_tostring(L, 2);
  lua_Integer mentions = 0;
  size_t st, en;
  while (dx_next_sentence(&it->sg, &st, &en)) {
    it->sentences++;
    it->ms.n = 0;
    size_t opening;
    if (!scan_sentence(it, lx, text, st, en, &opening))
      return luaL_error(L, "not enough memory to scan a sentence");
    mentions += (lua_Integer)it->ms.n;
  }
  lua_pushinteger(L, mentions);
  lua_pushinteger(L, (lua_Integer)it->sentences);
  iter_release(it);
  return 2;
}

static int l_normalize(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  dx_iter *it = new_iter(L, 1, 0, DEFAULT_MAX_SENTENCE); /* owns the scratch */
  if (!dx_normalize(&it->nz, (const unsigned char *)s, n, 0))
    return luaL_error(L, "not enough memory to normalise %d bytes", (int)n);
  lua_pushlstring(L, it->nz.t, it->nz.len);
  lua_createtable(L, (int)it->nz.len, 0);
  for (size_t i = 0; i < it->nz.len; i++) {
    lua_pushinteger(L, (lua_Integer)dx_norm_orig(&it->nz, i) + 1);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  iter_release(it);
  return 2;
}

static int l_sentences(lua_State *L) {
  luaL_checktype(L, 1, LUA_TSTRING);
  dx_iter *it = new_iter(L, 1, 0, check_max_sentence(L, 2));
  size_t st, en;
  lua_newtable(L);
  lua_Integer k = 0;
  while (dx_next_sentence(&it->sg, &st, &en)) {
    lua_createtable(L, 0, 3);
    set_int(L, "start", (lua_Integer)st + 1);
    set_int(L, "end", (lua_Integer)en);
    set_int(L, "level", it->sg.heading_level);
    set_int(L, "para", (lua_Integer)it->sg.para);
    lua_rawseti(L, -2, ++k);
  }
  lua_pushinteger(L, (lua_Integer)it->sg.furniture);
  iter_release(it);
  return 2;
}

/* core.utf8_check(s) -> nil when s is valid UTF-8, else the 1-based offset
 * of its first bad byte. Faster than utf8.len: ASCII runs are skipped. */
static int l_utf8_check(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  size_t bad = dx_utf8_check((const unsigned char *)s, n);
  if (bad == n) return 0;
  lua_pushinteger(L, (lua_Integer)bad + 1);
  return 1;
}

/* core.first_char_of(s, chars [, limit]) -> the 1-based offset of the first
 * character of s (within its first limit bytes) that is one of the
 * characters of the UTF-8 string chars, or nil: one pass with a bitmap,
 * where a string.find per character would walk s once for each. */
static int l_first_char_of(lua_State *L) {
  size_t n, nc;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
  const unsigned char *chars = (const unsigned char *)luaL_checklstring(L, 2, &nc);
  lua_Integer limit = luaL_optinteger(L, 3, (lua_Integer)n);
  if (limit >= 0 && (size_t)limit < n) n = (size_t)limit;
  uint8_t *set = lua_newuserdatauv(L, 0x10000 / 8, 0); /* collected with the call */
  memset(set, 0, 0x10000 / 8);
  uint32_t cp;
  for (size_t i = 0; i < nc;) {
    int k = dx_utf8_next(chars + i, nc - i, &cp);
    luaL_argcheck(L, k && cp < 0x10000, 2, "characters of the Basic Multilingual Plane in UTF-8 expected");
    set[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    i += (size_t)k;
  }
  for (size_t i = 0; i < n;) {
    /* a run of three-byte characters (E1-EC, EE-EF: no overlong form, no
     * surrogate) in a tight loop: this runs over the first 16 KB of every
     * document (duixian.traditional) */
    while (i + 2 < n) {
      unsigned c = s[i], b1 = s[i + 1] ^ 0x80u, b2 = s[i + 2] ^ 0x80u;
      if (c - 0xE1u > 0xEFu - 0xE1u || c == 0xED || (b1 | b2) >= 0x40u) break;
      uint32_t cp3 = ((c & 0x0Fu) << 12) | (b1 << 6) | b2;
      if ((set[cp3 >> 3] >> (cp3 & 7)) & 1) {
        lua_pushinteger(L, (lua_Integer)i + 1);
        return 1;
      }
      i += 3;
    }
    if (i >= n) break;
    int k = 1;
    if (s[i] < 0x80) cp = s[i];
    else if (!(k = dx_utf8_next(s + i, n - i, &cp))) { /* a stray byte (or a character cut by limit) is none of them */
      i++;
      continue;
    }
    if (cp < 0x10000 && ((set[cp >> 3] >> (cp & 7)) & 1)) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      return 1;
    }
    i += (size_t)k;
  }
  return 0;
}

static int l_width(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_pushinteger(L, (lua_Integer)dx_display_width((const unsigned char *)s, n));
  return 1;
}

/* core.sha256(s [, "builtin"]) -> 64 lowercase hex digits: the identity of a
 * document's bytes (core.sha256_backend says whether libcrypto computes
 * them; "builtin" asks for sha256.c's code, which the specs compare). */
static int l_sha256(lua_State *L) {
  static const char *const engines[] = {"default", "builtin", NULL};
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  int builtin = luaL_checkoption(L, 2, "default", engines);
  char hex[65];
  dx_sha256_hex_with(s, n, hex, builtin);
  lua_pushlstring(L, hex, 64);
  return 1;
}

static const luaL_Reg core_funcs[] = {
    {"decode", l_decode},       {"lexicon", l_lexicon},     {"mentions", l_mentions},
    {"count", l_count},         {"normalize", l_normalize}, {"sentences", l_sentences},
    {"width", l_width},         {"json_object", dx_l_json_object},
    {"json_encoder", dx_l_json_encoder},
    {"sha256", l_sha256},       {"utf8_check", l_utf8_check},
    {"first_char_of", l_first_char_of},
    {"memory_limit", dx_l_memory_limit},
    {"memory_held", dx_l_memory_held},
    {"wordset", dx_l_wordset},
    {"allocator", dx_l_allocator},
    {"note_text", dx_l_note_text},
    {"encode_cues", dx_l_encode_cues},
    {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_core(lua_State *L) {
  luaL_newmetatable(L, LEXICON_MT);
  lua_pushcfunction(L, l_lexicon_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, ITER_MT);
  lua_pushcfunction(L, l_iter_gc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, l_iter_gc);
  lua_setfield(L, -2, "__close");
  lua_pop(L, 1);
  dx_wordset_metatable(L);
  luaL_newlib(L, core_funcs);
  lua_pushstring(L, dx_sha256_backend);
  lua_setfield(L, -2, "sha256_backend");
  /* the marks that end a clause, as the scanner reads them (dx_clause_mark_cp):
   * for the rules that look for a frame within one clause */
  static const char *const clause_marks[] = {"，", "；", "：", "！", "？", "。", ",", ";", ":", "!", "?"};
  lua_createtable(L, (int)(sizeof clause_marks / sizeof clause_marks[0]), 0);
  for (int k = 0; k < (int)(sizeof clause_marks / sizeof clause_marks[0]); k++) {
    lua_pushstring(L, clause_marks[k]);
    lua_rawseti(L, -2, k + 1);
  }
  lua_setfield(L, -2, "clause_marks");
  dx_install_allocator(L);
  return 1;
}
