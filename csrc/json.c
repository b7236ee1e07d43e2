/*
 * json.c: one flat record as a JSON object, fields in a given order.
 *
 * `duixian extract` writes a line per mention; doing the escaping here
 * rather than with Lua patterns keeps end-to-end extraction fast. Values
 * may be strings, numbers (integers stay integers; floats use the shortest
 * form that reads back exactly), booleans or nil (null). Invalid UTF-8 is
 * passed through byte for byte: callers hand in decoded text.
 */
#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"

/* Do the eight bytes at p all go out as they are (0x20 and above, neither
 * '"' nor '\\')? A sentence is quoted whole with every mention, and CJK
 * text is all such bytes. Each test flags a byte below the bound in one
 * word (the lowest such byte always sets its high bit: no borrow reaches
 * it), so a byte to escape is never missed. */
static int plain8(const char *p) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t w, quote, slash;
  memcpy(&w, p, sizeof w);
  quote = w ^ (ones * '"');
  slash = w ^ (ones * '\\');
  return !(((w - ones * 0x20) & ~w & high) | ((quote - ones) & ~quote & high) |
           ((slash - ones) & ~slash & high));
}

static void add_string(luaL_Buffer *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  luaL_addchar(b, '"');
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    while (i + 8 <= n && plain8(s + i)) i += 8;
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    luaL_addlstring(b, s + run, i - run);
    run = i + 1;
    switch (c) {
    case '"': luaL_addstring(b, "\\\""); break;
    case '\\': luaL_addstring(b, "\\\\"); break;
    case '\n': luaL_addstring(b, "\\n"); break;
    case '\r': luaL_addstring(b, "\\r"); break;
    case '\t': luaL_addstring(b, "\\t"); break;
    default: {
      char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
      luaL_addstring(b, u);
    }
    }
  }
  luaL_addlstring(b, s + run, n - run);
  luaL_addchar(b, '"');
}

static void add_number(luaL_Buffer *b, int is_int, lua_Integer iv, double v) {
  char buf[64];
  if (is_int) { /* digits written backwards: offsets are most of the numbers */
    char *end = buf + sizeof buf, *p = end;
    unsigned long long u = iv < 0 ? 0ull - (unsigned long long)iv : (unsigned long long)iv;
    do {
      *--p = (char)('0' + u % 10);
      u /= 10;
    } while (u);
    if (iv < 0) *--p = '-';
    luaL_addlstring(b, p, (size_t)(end - p));
    return;
  } else {
    if (!isfinite(v)) {
      luaL_addstring(b, "null");
      return;
    }
    snprintf(buf, sizeof buf, "%.15g", v);
    if (strtod(buf, NULL) != v) snprintf(buf, sizeof buf, "%.17g", v);
    for (char *p = buf; *p; p++)
      if (*p == ',') *p = '.'; /* a locale with a decimal comma */
  }
  luaL_addstring(b, buf);
}

/* core.json_object(record, keys [, suffix]) -> '{"k":v,...}' .. suffix */
int dx_l_json_object(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  size_t slen = 0;
  const char *suffix = luaL_optlstring(L, 3, "", &slen);
  lua_Integer n = luaL_len(L, 2);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addchar(&b, '{');
  /* The buffer must be on top whenever it is used, so each key and value
   * is read and popped first; the strings stay alive, held by the tables. */
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_geti(L, 2, i) != LUA_TSTRING)
      return luaL_error(L, "bad argument #2 to 'json_object' (key %d is not a string)", (int)i);
    size_t klen, vlen = 0;
    const char *key = lua_tolstring(L, -1, &klen);
    int t = lua_rawget(L, 1);
    /* only the getters the value's type needs: this runs per field of
     * every mention */
    const char *v = t == LUA_TSTRING ? lua_tolstring(L, -1, &vlen) : NULL;
    int is_int = t == LUA_TNUMBER && lua_isinteger(L, -1), truth = t == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_Integer iv = is_int ? lua_tointeger(L, -1) : 0;
    double dv = t == LUA_TNUMBER && !is_int ? lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN && t != LUA_TNIL)
      return luaL_error(L, "bad argument #1 to 'json_object' (field '%s' is a %s)", key,
                        lua_typename(L, t));
    if (i > 1) luaL_addchar(&b, ',');
    add_string(&b, key, klen);
    luaL_addchar(&b, ':');
    if (t == LUA_TSTRING) add_string(&b, v, vlen);
    else if (t == LUA_TNUMBER) add_number(&b, is_int, iv, dv);
    else if (t == LUA_TBOOLEAN) luaL_addstring(&b, truth ? "true" : "false");
    else luaL_addstring(&b, "null");
  }
  luaL_addchar(&b, '}');
  luaL_addlstring(&b, suffix, slen);
  luaL_pushresult(&b);
  return 1;
}
