/*
 * fuzz_lua.c: libFuzzer harness over a reader written in Lua, built by
 * `make fuzz` once per checker: -DFUZZ_CHECK='"spec/fuzz/check_X.lua"'.
 * The checker returns a function of the input's bytes that runs the reader
 * and raises when the reader broke its contract (raised itself, or gave
 * something of another shape); a raise aborts, so libFuzzer keeps the
 * input. One lua_State made once, duixian.core linked in.
 *
 * The Lua interpreter is not instrumented, so the fuzzer would see no
 * coverage of the Lua code: a line hook counts each (source, line) run in
 * libFuzzer's extra counters instead, which guide it like edges. The hook
 * is a Lua function (debug.sethook), so that code which saves and restores
 * the hook, like the rule-pack sandbox's instruction budget, still can.
 */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef FUZZ_CHECK
#error "define FUZZ_CHECK as the checker's path"
#endif

int luaopen_duixian_core(lua_State *L);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;
static int check_ref;

#define COUNTERS 65536
__attribute__((used, section("__libfuzzer_extra_counters"))) static uint8_t counters[COUNTERS];

static void die(const char *what) {
  fprintf(stderr, "fuzz_lua (%s): %s: %s\n", FUZZ_CHECK, what, lua_tostring(L, -1));
  abort();
}

/* cover(source, line): count one line run */
static int cover(lua_State *S) {
  size_t n;
  const char *src = luaL_checklstring(S, 1, &n);
  uint32_t h = 2166136261u; /* FNV-1a over the source name, then the line */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)src[i]) * 16777619u;
  h = (h ^ (uint32_t)luaL_checkinteger(S, 2)) * 16777619u;
  uint8_t *c = &counters[h % COUNTERS];
  if (*c < 255) (*c)++;
  return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  L = luaL_newstate();
  luaL_openlibs(L);
  luaL_requiref(L, "duixian.core", luaopen_duixian_core, 0);
  lua_settop(L, 0);
  if (luaL_dostring(L, "package.path = 'lua/?.lua;lua/?/init.lua;' .. package.path") != LUA_OK)
    die("cannot set package.path");
  if (luaL_dofile(L, FUZZ_CHECK) != LUA_OK) die("cannot load the checker (run from the checkout)");
  if (!lua_isfunction(L, -1)) die("the checker returned no function");
  check_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushcfunction(L, cover);
  lua_setglobal(L, "fuzz_cover");
  if (luaL_dostring(L, "local cover, getinfo = fuzz_cover, debug.getinfo\n"
                       "debug.sethook(function(_, line) cover(getinfo(2, 'S').source, line) end, 'l')") != LUA_OK)
    die("cannot set the line hook");
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, check_ref);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 1, 0, 0) != LUA_OK) die("contract broken");
  lua_settop(L, 0);
  lua_gc(L, LUA_GCSTEP, 0);
  return 0;
}
