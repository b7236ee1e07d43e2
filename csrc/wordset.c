/*
 * wordset.c: core.wordset(list), the words of a Lua list as a set the
 * classification rules ask, for every mention, whether one of its words
 * stands at a place of a string, ends right before it, or lies inside a
 * span of it.
 *
 * In Lua each such question cut a substring per word length and looked it
 * up, and the cuts (interned strings) were most of its cost. Here the words
 * are a dx_wordset, the index the scanner matches its own lexicon with
 * (lexicon.c): the bytes are compared where they stand. Where several words
 * match, the longest is the answer. The list is read once, when the set is
 * made: the rules treat the lexicon's lists as constants.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"

#define WORDSET_MT "duixian.wordset"

typedef struct {
  dx_wordset words; /* the words of one byte or more */
  int empty;        /* the list holds "", which stands anywhere */
} wordset;

static int l_wordset_gc(lua_State *L) {
  wordset *w = luaL_checkudata(L, 1, WORDSET_MT);
  dx_wordset_free(&w->words);
  return 0;
}

static wordset *check_set(lua_State *L) { return luaL_checkudata(L, 1, WORDSET_MT); }

/* A byte position argument: 1-based. */
static size_t check_pos(lua_State *L, int arg) {
  lua_Integer pos = luaL_checkinteger(L, arg);
  luaL_argcheck(L, pos >= 1, arg, "byte position 1 or later expected");
  return (size_t)pos;
}

static int push_match(lua_State *L, const wordset *w, const dx_word *m) {
  if (m) lua_pushlstring(L, m->word, m->len);
  else if (w->empty) lua_pushliteral(L, "");
  else lua_pushnil(L);
  return 1;
}

/* ws:at(s, pos [, below]) -> the longest word (shorter than below bytes,
 * when given) that starts at byte pos of s, or nil. */
static int l_at(lua_State *L) {
  wordset *w = check_set(L);
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2, &n);
  size_t pos = check_pos(L, 3);
  lua_Integer below = luaL_optinteger(L, 4, LUA_MAXINTEGER);
  if (below <= 0) return push_match(L, w, NULL);
  size_t room = pos <= n ? n - pos + 1 : 0;
  if ((lua_Integer)room >= below) room = (size_t)below - 1;
  if (room == 0 || !dx_may_start(&w->words, s + pos - 1, room)) return push_match(L, w, NULL);
  return push_match(L, w, dx_match_prefix(&w->words, s + pos - 1, room));
}

/* ws:before(s, pos) -> the longest word that ends right before byte pos of
 * s, or nil. */
static int l_before(lua_State *L) {
  wordset *w = check_set(L);
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2, &n);
  size_t end = check_pos(L, 3) - 1;
  return push_match(L, w, end <= n ? dx_match_suffix(&w->words, s, end) : NULL);
}

/* ws:within(s, i, j) -> does a word stand wholly inside bytes i..j of s
 * (j past the end: to the end)? */
static int l_within(lua_State *L) {
  wordset *w = check_set(L);
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 2, &n);
  size_t i = check_pos(L, 3);
  lua_Number jn = luaL_checknumber(L, 4);
  size_t j = jn >= (lua_Number)n ? n : jn < 1 ? 0 : (size_t)jn;
  int found = w->empty;
  for (size_t p = i; p <= j && !found; p++) {
    const unsigned char *at = s + p - 1;
    found = dx_may_start(&w->words, at, j - p + 1) && dx_match_prefix(&w->words, at, j - p + 1);
  }
  lua_pushboolean(L, found);
  return 1;
}

/* core.wordset(list) -> the set of the list's words (strings), for ws:at,
 * ws:before and ws:within. */
DX_API int dx_l_wordset(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer count = luaL_len(L, 1);
  luaL_argcheck(L, count >= 0 && count < 0x10000000, 1, "a list of fewer than 2^28 words expected");
  wordset *w = lua_newuserdatauv(L, sizeof *w, 0);
  memset(w, 0, sizeof *w);
  luaL_setmetatable(L, WORDSET_MT);
  w->words.words = calloc(count ? (size_t)count : 1, sizeof *w->words.words);
  if (!w->words.words) return luaL_error(L, "not enough memory for a set of %d words", (int)count);
  for (lua_Integer k = 1; k <= count; k++) {
    lua_geti(L, 1, k); /* a read-only view of a list (a rule pack's R) too */
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'wordset' (word %d is a %s, not a string)", (int)k,
                        luaL_typename(L, -1));
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len == 0) {
      w->empty = 1;
    } else {
      luaL_argcheck(L, len <= UINT16_MAX, 1, "words of at most 65535 bytes expected");
      char *copy = malloc(len);
      if (!copy) return luaL_error(L, "not enough memory for a set of %d words", (int)count);
      memcpy(copy, s, len);
      w->words.words[w->words.n++] = (dx_word){.word = copy, .len = (uint16_t)len};
    }
    lua_pop(L, 1);
  }
  if (!dx_wordset_build(&w->words)) return luaL_error(L, "not enough memory for a set of %d words", (int)count);
  return 1;
}

static const luaL_Reg wordset_methods[] = {
    {"at", l_at}, {"before", l_before}, {"within", l_within}, {NULL, NULL}};

/* The metatable of sets, made when duixian.core opens. */
DX_API void dx_wordset_metatable(lua_State *L) {
  luaL_newmetatable(L, WORDSET_MT);
  lua_pushcfunction(L, l_wordset_gc);
  lua_setfield(L, -2, "__gc");
  luaL_newlib(L, wordset_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}
