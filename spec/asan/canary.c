/*
 * canary.c: a Lua module with deliberate bugs, built only by `make asan`.
 * It proves the sanitizers are really armed under the uninstrumented Lua
 * interpreter before the specs are trusted to be clean:
 *   canary.overflow()  writes one byte past a heap block (ASan must abort)
 *   canary.leak()      loses a heap block (LeakSanitizer must report it)
 *   canary.shift()     shifts an int by 40 (UBSan must abort)
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

static void *volatile sink;

static int overflow(lua_State *L) {
  char *p = malloc(8);
  sink = p; /* kept visible, or the compiler drops the block altogether */
  volatile size_t n = 9;
  memset(p, 'x', n);
  lua_pushinteger(L, p[0]);
  free(p);
  return 1;
}

static int leak(lua_State *L) {
  sink = malloc(4096);
  sink = NULL;
  lua_pushboolean(L, 1);
  return 1;
}

static int shift(lua_State *L) {
  volatile int k = 40;
  lua_pushinteger(L, 1 << k);
  return 1;
}

__attribute__((visibility("default"))) int luaopen_canary(lua_State *L) {
  static const luaL_Reg f[] = {
      {"overflow", overflow}, {"leak", leak}, {"shift", shift}, {NULL, NULL}};
  luaL_newlib(L, f);
  return 1;
}
