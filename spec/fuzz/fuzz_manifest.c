/*
 * fuzz_manifest.c: libFuzzer harness over the manifest reader
 * (duixian.meta.parse_manifest, Lua over duixian.core's decoder), built by
 * `make fuzz`. The first byte picks strict or lenient reading; the rest is
 * the manifest's bytes. Any input must give rows and a list of warnings,
 * or nil, a message naming the manifest and a line number: never a Lua
 * error, never another shape.
 */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int luaopen_duixian_core(lua_State *L);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;
static int parse_ref;

static void die(const char *what) {
  fprintf(stderr, "fuzz_manifest: %s: %s\n", what, lua_tostring(L, -1));
  abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  L = luaL_newstate();
  luaL_openlibs(L);
  luaL_requiref(L, "duixian.core", luaopen_duixian_core, 0);
  lua_settop(L, 0);
  if (luaL_dostring(L, "package.path = 'lua/?.lua;lua/?/init.lua;' .. package.path\n"
                       "return require('duixian.meta').parse_manifest") != LUA_OK)
    die("cannot load duixian.meta (run from the checkout)");
  parse_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size == 0) return 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, parse_ref);
  lua_pushlstring(L, (const char *)data + 1, size - 1);
  lua_pushliteral(L, "fuzz/manifest.tsv");
  lua_createtable(L, 0, 1);
  lua_pushboolean(L, data[0] & 1);
  lua_setfield(L, -2, "lenient");
  if (lua_pcall(L, 3, 3, 0) != LUA_OK) die("parse_manifest raised");
  if (lua_istable(L, -3)) {
    if (!lua_istable(L, -2)) die("rows came without a list of warnings");
  } else {
    const char *msg = lua_tostring(L, -2);
    if (!lua_isnil(L, -3) || !msg || strncmp(msg, "fuzz/manifest.tsv:", 18) != 0 ||
        !lua_isinteger(L, -1))
      die("a refusal is not nil, 'fuzz/manifest.tsv:LINE: …', line");
  }
  lua_settop(L, 0);
  lua_gc(L, LUA_GCSTEP, 0);
  return 0;
}
