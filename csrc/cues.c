/*
 * cues.c: a sentence's cue list as the one text column the store keeps.
 *
 *   core.encode_cues(cues) -> string | nil (nil or an empty list)
 *
 * Each cue { word, class, pos, year, year_to, horizon, outer, before,
 * after, stated } is its ten fields joined by the unit separator (31), the cues
 * joined by the record separator (30); a number is written as tostring
 * writes it, a flag as "1" or "", a missing field as "". duixian.db.facts
 * reads it back (decode_cues). An ingest writes one for every sentence
 * with a mention, and three lists for each: in C, not in Lua concatenations.
 */
#include <lauxlib.h>
#include <lua.h>

#include "dx.h"

enum { FIELD = 31, RECORD = 30 };

typedef enum { REQUIRED, OPTIONAL, FLAG } field_kind;

static const struct {
  const char *key;
  field_kind kind;
} fields[] = {
    {"word", REQUIRED}, {"class", REQUIRED}, {"pos", REQUIRED},   {"year", OPTIONAL},  {"year_to", OPTIONAL},
    {"horizon", FLAG},  {"outer", FLAG},     {"before", OPTIONAL}, {"after", OPTIONAL}, {"stated", FLAG},
};

/* The cue being written stands at stack index 2, below the buffer. */
static void add_field(lua_State *L, luaL_Buffer *b, lua_Integer i, int f) {
  int t = lua_getfield(L, 2, fields[f].key);
  if (fields[f].kind == FLAG) {
    int on = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (on) luaL_addchar(b, '1');
    return;
  }
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    if (fields[f].kind == REQUIRED)
      luaL_error(L, "encode_cues: cue %I has no %s (each cue needs word, class and pos)", (LUAI_UACINT)i,
                 fields[f].key);
    return;
  }
  if (t != LUA_TSTRING && t != LUA_TNUMBER)
    luaL_error(L, "encode_cues: cue %I's %s is a %s; give a string or a number", (LUAI_UACINT)i, fields[f].key,
               lua_typename(L, t));
  if (lua_isinteger(L, -1)) {
    /* positions and years, written here: tostring's way goes through
     * snprintf and makes a string of each */
    char digits[24], *end = digits + sizeof digits, *p = end;
    lua_Integer v = lua_tointeger(L, -1);
    lua_Unsigned u = v < 0 ? 0u - (lua_Unsigned)v : (lua_Unsigned)v;
    do *--p = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) *--p = '-';
    lua_pop(L, 1);
    luaL_addlstring(b, p, (size_t)(end - p));
    return;
  }
  lua_tolstring(L, -1, NULL); /* a float or a string, as tostring writes it */
  luaL_addvalue(b);
}

int dx_l_encode_cues(lua_State *L) {
  if (lua_isnoneornil(L, 1)) {
    lua_pushnil(L);
    return 1;
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer n = luaL_len(L, 1);
  if (n == 0) {
    lua_pushnil(L);
    return 1;
  }
  lua_settop(L, 2); /* slot 2: the cue being written */
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_geti(L, 1, i) != LUA_TTABLE)
      luaL_error(L, "encode_cues: cue %I is a %s; give a list of cue tables", (LUAI_UACINT)i, luaL_typename(L, -1));
    lua_replace(L, 2);
    if (i > 1) luaL_addchar(&b, RECORD);
    for (int f = 0; f < (int)(sizeof fields / sizeof fields[0]); f++) {
      if (f > 0) luaL_addchar(&b, FIELD);
      add_field(L, &b, i, f);
    }
  }
  luaL_pushresult(&b);
  return 1;
}
