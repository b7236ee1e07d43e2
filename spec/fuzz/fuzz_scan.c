/*
 * fuzz_scan.c: libFuzzer harness over duixian.core, built by `make fuzz`.
 *
 * It goes through the Lua face of the module, so the code users reach is
 * the code fuzzed: one lua_State made once, the real lexicon loaded from
 * data/lexicon.lua (DUIXIAN_LEXICON overrides the path), then per input
 *   core.decode(bytes)                      decode and reject
 *   core.count(lexicon, text, max)          segment, normalise, mentions, cues
 *   for m in core.mentions(lexicon, text, max)   the tables, offsets, headings
 *   core.normalize(text), core.sentences(text, max), core.width(text)
 * once on the decoded text and once on the raw bytes (the C functions take
 * any string, valid UTF-8 or not, and must not misbehave on any).
 * The first byte picks the sentence limit (64 to 1084 bytes), so the cutting
 * of long sentences is reached by short inputs. Each mention's span is
 * checked against the text: start <= end within the text, raw == sub.
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
static int lexicon_ref, core_ref;

static void die(const char *what) {
  fprintf(stderr, "fuzz_scan: %s: %s\n", what, lua_tostring(L, -1));
  abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *path = getenv("DUIXIAN_LEXICON");
  if (!path) path = "data/lexicon.lua";
  L = luaL_newstate();
  luaL_openlibs(L);
  luaL_requiref(L, "duixian.core", luaopen_duixian_core, 0);
  core_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_rawgeti(L, LUA_REGISTRYINDEX, core_ref);
  lua_getfield(L, -1, "lexicon");
  if (luaL_dofile(L, path) != LUA_OK) die("cannot load the lexicon (run from the checkout)");
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) die("core.lexicon failed on the real lexicon");
  lexicon_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, 0);
  return 0;
}

/* A mention table on top of the stack: its span must quote the text. */
static void check_mention(const char *text, size_t n) {
  lua_getfield(L, -1, "start");
  lua_getfield(L, -2, "end");
  lua_getfield(L, -3, "raw");
  lua_Integer s = lua_tointeger(L, -3), e = lua_tointeger(L, -2);
  size_t rn;
  const char *raw = lua_tolstring(L, -1, &rn);
  if (s < 1 || e < s || (size_t)e > n || !raw || rn != (size_t)(e - s + 1) ||
      memcmp(text + s - 1, raw, rn) != 0) {
    fprintf(stderr, "fuzz_scan: mention span %lld..%lld does not quote the text (%zu bytes)\n",
            (long long)s, (long long)e, n);
    abort();
  }
  lua_pop(L, 3);
}

/* Lua code over a text at stack index idx with limit max. */
static void scan(int idx, lua_Integer max) {
  size_t n;
  const char *text = lua_tolstring(L, idx, &n);
  int core = lua_gettop(L) + 1;
  lua_rawgeti(L, LUA_REGISTRYINDEX, core_ref);

  lua_getfield(L, core, "count");
  lua_rawgeti(L, LUA_REGISTRYINDEX, lexicon_ref);
  lua_pushvalue(L, idx);
  lua_pushinteger(L, max);
  if (lua_pcall(L, 3, 2, 0) != LUA_OK) die("core.count raised");
  lua_Integer counted = lua_tointeger(L, -2);
  lua_pop(L, 2);

  lua_getfield(L, core, "mentions");
  lua_rawgeti(L, LUA_REGISTRYINDEX, lexicon_ref);
  lua_pushvalue(L, idx);
  lua_pushinteger(L, max);
  if (lua_pcall(L, 3, 1, 0) != LUA_OK) die("core.mentions raised");
  lua_Integer listed = 0;
  for (;;) {
    lua_pushvalue(L, -1);
    if (lua_pcall(L, 0, 1, 0) != LUA_OK) die("the mention iterator raised");
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
      break;
    }
    check_mention(text, n);
    lua_getfield(L, -1, "sentence");
    lua_getfield(L, -1, "cues");
    lua_pop(L, 3);
    listed++;
  }
  lua_pop(L, 1);
  if (listed != counted) {
    fprintf(stderr, "fuzz_scan: core.count found %lld mentions, core.mentions %lld\n",
            (long long)counted, (long long)listed);
    abort();
  }

  lua_getfield(L, core, "normalize");
  lua_pushvalue(L, idx);
  if (lua_pcall(L, 1, 2, 0) != LUA_OK) die("core.normalize raised");
  lua_pop(L, 2);
  lua_getfield(L, core, "sentences");
  lua_pushvalue(L, idx);
  lua_pushinteger(L, max);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) die("core.sentences raised");
  lua_pop(L, 1);
  lua_getfield(L, core, "width");
  lua_pushvalue(L, idx);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) die("core.width raised");
  lua_settop(L, core - 1);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size == 0) return 0;
  lua_Integer max = 64 + (lua_Integer)data[0] * 4;
  lua_pushlstring(L, (const char *)data + 1, size - 1);
  int raw = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, core_ref);
  lua_getfield(L, -1, "decode");
  lua_pushvalue(L, raw);
  if (lua_pcall(L, 1, 3, 0) != LUA_OK) die("core.decode raised");
  if (lua_isstring(L, -3)) scan(lua_gettop(L) - 2, max);
  lua_settop(L, raw);
  scan(raw, max);
  lua_settop(L, 0);
  lua_gc(L, LUA_GCSTEP, 0);
  return 0;
}
