/*
 * fuzz_reader.c: libFuzzer harness over one document reader, built by
 * `make fuzz-html`, `fuzz-docx`, `fuzz-pdf` and `fuzz-t2s` with
 * -DREADER_OPEN=luaopen_duixian_read_html (…) and -DREADER_FN="read" (or
 * "convert" for t2s).
 *
 * Through the Lua face, as users reach it: per input, fn(bytes) must return
 * a string or nil and a message, never crash or raise (but for out of
 * memory); a text must be valid UTF-8 for the readers, and every offset of
 * t2s's map must fall inside the original.
 */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"

int READER_OPEN(lua_State *L);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static lua_State *L;
static int fn_ref;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  L = luaL_newstate();
  luaL_openlibs(L);
  luaL_requiref(L, "reader", READER_OPEN, 0);
  lua_getfield(L, -1, READER_FN);
  fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, 0);
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn_ref);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 1, 2, 0) != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    if (!msg || !strstr(msg, "out of memory")) {
      fprintf(stderr, "fuzz_reader: raised: %s\n", msg ? msg : "(no message)");
      abort();
    }
    lua_settop(L, 0);
    return 0;
  }
  if (lua_type(L, -2) == LUA_TSTRING) {
    size_t n;
    const char *text = lua_tolstring(L, -2, &n);
    if (strcmp(READER_FN, "read") == 0 && dx_utf8_check((const unsigned char *)text, n) != n) {
      /* readers write UTF-8 from parsed documents: a bad byte is a bug */
      fprintf(stderr, "fuzz_reader: text is not UTF-8\n");
      abort();
    }
    if (strcmp(READER_FN, "convert") == 0) {
      for (size_t i = 1; i <= n; i++) {
        lua_pushvalue(L, -1);
        lua_pushinteger(L, (lua_Integer)i);
        lua_call(L, 1, 1);
        lua_Integer at = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (at < 1 || (size_t)at > size) {
          fprintf(stderr, "fuzz_reader: map(%zu) = %lld outside 1..%zu\n", i, (long long)at, size);
          abort();
        }
      }
    }
  } else if (!lua_isnil(L, -2) || (strcmp(READER_FN, "read") == 0 && lua_type(L, -1) != LUA_TSTRING)) {
    fprintf(stderr, "fuzz_reader: neither a text nor nil and a message\n");
    abort();
  }
  lua_settop(L, 0);
  return 0;
}
