/*
 * t2s.c: traditional characters to simplified, with a map back (module
 * duixian.t2s).
 *
 * OpenCC's t2s configuration converts phrase by phrase. The scanner runs on
 * the simplified text; every byte of it maps to a byte of the text as
 * published, so offsets and quotes refer to the original characters. A
 * conversion that keeps the number of characters (nearly all do) maps
 * character to character; where the count changed, the text is converted
 * line by line, and such a line character by character.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <opencc/opencc.h>

#include "dx.h"

#define MAP_MT "duixian.t2s.map"
#define CONVERTER_KEY "duixian.t2s.converter"

typedef struct {
  uint32_t *at; /* at[i]: 0-based offset in the original of converted byte i */
  size_t n;
} offset_map;

typedef struct {
  dx_buf out;
  uint32_t *at;
  size_t cap;
  int oom;
} conversion;

static size_t count_chars(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i += (size_t)dx_utf8_len((unsigned char)s[i])) k++;
  return k;
}

static int reserve_map(conversion *cv, size_t extra) {
  if (cv->out.n + extra <= cv->cap) return 1;
  size_t cap = cv->cap ? cv->cap : 1024;
  while (cap < cv->out.n + extra) cap *= 2;
  uint32_t *p = realloc(cv->at, cap * sizeof *p);
  if (!p) return 0;
  cv->at = p;
  cv->cap = cap;
  return 1;
}

/* Append converted text c[0..cn) of original o[0..on) at offset base: char
 * to char when the counts agree, else every byte to the span's ends. */
static void append(conversion *cv, const char *c, size_t cn, const char *o, size_t on, size_t base) {
  if (cv->oom) return;
  if (!reserve_map(cv, cn) || !dx_buf_add(&cv->out, c, cn)) {
    cv->oom = 1;
    return;
  }
  size_t at = cv->out.n - cn;
  if (count_chars(c, cn) == count_chars(o, on)) {
    size_t i = 0, j = 0;
    while (i < cn) {
      size_t ci = (size_t)dx_utf8_len((unsigned char)c[i]), oj = (size_t)dx_utf8_len((unsigned char)o[j]);
      if (i + ci > cn) ci = cn - i;
      if (j + oj > on) oj = on - j;
      for (size_t k = 0; k < ci; k++)
        cv->at[at + i + k] = (uint32_t)(base + j + (k + 1 == ci ? oj - 1 : (k < oj ? k : oj - 1)));
      i += ci;
      j += oj;
    }
  } else {
    for (size_t k = 0; k < cn; k++) cv->at[at + k] = (uint32_t)(base + (k + 1 == cn ? on - 1 : 0));
  }
}

/* Convert s[0..n): whole (level 0), and where the number of characters
 * changed, line by line (level 1), then character by character (level 2). */
static void convert_span(opencc_t cc, conversion *cv, const char *s, size_t n, size_t base, int level) {
  if (n == 0 || cv->oom) return;
  char *c = opencc_convert_utf8(cc, s, n);
  if (!c) {
    append(cv, s, n, s, n, base); /* OpenCC refused it: keep the original */
    return;
  }
  size_t cn = strlen(c);
  if (level == 2 || count_chars(c, cn) == count_chars(s, n)) {
    append(cv, c, cn, s, n, base);
    opencc_convert_utf8_free(c);
    return;
  }
  opencc_convert_utf8_free(c);
  for (size_t i = 0; i < n;) {
    size_t k;
    if (level == 0) {
      const char *nl = memchr(s + i, '\n', n - i);
      k = nl ? (size_t)(nl - (s + i)) + 1 : n - i;
    } else {
      k = (size_t)dx_utf8_len((unsigned char)s[i]);
      if (i + k > n) k = n - i;
    }
    convert_span(cc, cv, s + i, k, base + i, level + 1);
    i += k;
  }
}

/* Convert s[0..n) run by run: OpenCC reads only valid UTF-8 without NUL
 * (it measures what it converts with strlen, and reads past a character
 * cut short), so a byte that is no UTF-8 and a NUL are kept as they are,
 * each mapped to itself. */
static void convert_text(opencc_t cc, conversion *cv, const char *s, size_t n) {
  size_t run = 0, i = 0;
  while (i < n) {
    unsigned char b = (unsigned char)s[i];
    uint32_t cp;
    int k = b == 0 ? 0 : b < 0x80 ? 1 : dx_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (k > 0) {
      i += (size_t)k;
      continue;
    }
    convert_span(cc, cv, s + run, i - run, run, 0);
    append(cv, s + i, 1, s + i, 1, i);
    run = ++i;
  }
  convert_span(cc, cv, s + run, n - run, run, 0);
}

static opencc_t converter(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, CONVERTER_KEY);
  opencc_t *slot = lua_touserdata(L, -1);
  lua_pop(L, 1);
  return slot ? *slot : (opencc_t)-1;
}

/* t2s(text) -> simplified, map | text unchanged: nil | nil, reason */
static int l_t2s(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  opencc_t cc = converter(L);
  if (cc == (opencc_t)-1) {
    lua_pushnil(L);
    lua_pushfstring(L, "OpenCC cannot load its t2s configuration (%s); reinstall libopencc1.1 and opencc-data",
                    opencc_error());
    return 2;
  }
  if (n >= UINT32_MAX) return luaL_error(L, "t2s: text over 4 GB");
  conversion cv = {0};
  convert_text(cc, &cv, s, n);
  if (cv.oom) {
    dx_buf_free(&cv.out);
    free(cv.at);
    return luaL_error(L, "t2s: out of memory");
  }
  if (cv.out.n == n && (n == 0 || memcmp(cv.out.p, s, n) == 0)) {
    dx_buf_free(&cv.out);
    free(cv.at);
    lua_pushnil(L);
    return 1;
  }
  lua_pushlstring(L, cv.out.p, cv.out.n);
  offset_map *m = lua_newuserdatauv(L, sizeof *m, 0);
  m->at = cv.at;
  m->n = cv.out.n;
  luaL_setmetatable(L, MAP_MT);
  dx_buf_free(&cv.out);
  return 2;
}

/* map(offset) -> offset: 1-based byte offset in the simplified text to the
 * 1-based offset of the same character in the original. */
static int l_map_call(lua_State *L) {
  offset_map *m = luaL_checkudata(L, 1, MAP_MT);
  lua_Integer i = luaL_checkinteger(L, 2);
  if (i < 1 || (size_t)i > m->n) return luaL_error(L, "offset %d outside the text (1..%d)", (int)i, (int)m->n);
  lua_pushinteger(L, (lua_Integer)m->at[i - 1] + 1);
  return 1;
}

static int l_map_gc(lua_State *L) {
  offset_map *m = luaL_checkudata(L, 1, MAP_MT);
  free(m->at);
  m->at = NULL;
  m->n = 0;
  return 0;
}

static int l_converter_gc(lua_State *L) {
  opencc_t *slot = lua_touserdata(L, 1);
  if (slot && *slot != (opencc_t)-1) opencc_close(*slot);
  if (slot) *slot = (opencc_t)-1;
  return 0;
}

static const luaL_Reg funcs[] = {{"convert", l_t2s}, {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_t2s(lua_State *L) {
  luaL_newmetatable(L, MAP_MT);
  lua_pushcfunction(L, l_map_call);
  lua_setfield(L, -2, "__call");
  lua_pushcfunction(L, l_map_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  /* one converter per Lua state: loading the dictionaries takes milliseconds */
  opencc_t *slot = lua_newuserdatauv(L, sizeof *slot, 0);
  *slot = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
  lua_newtable(L);
  lua_pushcfunction(L, l_converter_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  lua_setfield(L, LUA_REGISTRYINDEX, CONVERTER_KEY);
  luaL_newlib(L, funcs);
  return 1;
}
