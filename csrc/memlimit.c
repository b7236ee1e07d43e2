/*
 * memlimit.c: a ceiling on the memory Lua code may take while it is armed.
 *
 *   core.memory_limit(bytes)  arm: from now on, at most `bytes` more may be
 *                             allocated (net of what is freed) -> true
 *   core.memory_limit(false)  disarm -> net bytes taken while armed, tripped
 *   core.memory_limit()       -> armed, tripped, net (a look, no change)
 *
 * The state's allocator is wrapped on first use. Past the ceiling the
 * wrapper refuses to grow a block, so Lua raises "not enough memory" in the
 * code that asked (a rule pack), and `tripped` says the ceiling, not the
 * machine, refused it. Frees and shrinks always go through. A userdata in
 * the registry restores the original allocator when the state closes
 * (finalisers run before the remaining objects are freed), so the wrapper's
 * state is released and every block is freed by the allocator that made it.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>

#include "dx.h"

#define MEMLIMIT_KEY "duixian.memlimit"
#define TRIP_SLACK (1024 * 1024)

typedef struct {
  lua_Alloc orig;
  void *orig_ud;
  int armed, tripped;
  long long ceiling; /* bytes the armed code may add, net */
  long long net;     /* bytes added (allocated minus freed) since armed */
} memlimit;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  memlimit *ml = ud;
  size_t old = ptr ? osize : 0; /* without ptr, osize is a type tag */
  if (ml->armed && nsize > old) {
    size_t grow = nsize - old;
    if (grow > (size_t)ml->ceiling || ml->net + (long long)grow > ml->ceiling) {
      /* The first refusal leaves room for what unwinding the error takes
       * (a call frame, a stack slot); the pack's pcall re-raises at once. */
      if (!ml->tripped) ml->ceiling += TRIP_SLACK;
      ml->tripped = 1;
      return NULL;
    }
  }
  void *p = ml->orig(ml->orig_ud, ptr, osize, nsize);
  if (ml->armed && (p != NULL || nsize == 0)) ml->net += (long long)nsize - (long long)old;
  return p;
}

/* __gc of the registry sentinel: the state is closing (or the sentinel was
 * dropped); hand the allocator back and free the wrapper. */
static int memlimit_gc(lua_State *L) {
  memlimit **box = lua_touserdata(L, 1);
  if (*box) {
    void *ud;
    if (lua_getallocf(L, &ud) == limited_alloc && ud == *box) lua_setallocf(L, (*box)->orig, (*box)->orig_ud);
    free(*box);
    *box = NULL;
  }
  return 0;
}

static memlimit *installed(lua_State *L) {
  void *ud;
  if (lua_getallocf(L, &ud) == limited_alloc) return ud;
  memlimit **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  lua_newtable(L);
  lua_pushcfunction(L, memlimit_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  memlimit *ml = calloc(1, sizeof *ml);
  if (!ml) luaL_error(L, "memory_limit: cannot allocate the wrapper");
  ml->orig = lua_getallocf(L, &ml->orig_ud);
  *box = ml;
  lua_setfield(L, LUA_REGISTRYINDEX, MEMLIMIT_KEY);
  lua_setallocf(L, limited_alloc, ml);
  return ml;
}

DX_API int dx_l_memory_limit(lua_State *L) {
  memlimit *ml = installed(L);
  if (lua_isnoneornil(L, 1)) {
    lua_pushboolean(L, ml->armed);
    lua_pushboolean(L, ml->tripped);
    lua_pushinteger(L, (lua_Integer)ml->net);
    return 3;
  }
  if (lua_isboolean(L, 1) && !lua_toboolean(L, 1)) {
    ml->armed = 0;
    lua_pushinteger(L, (lua_Integer)ml->net);
    lua_pushboolean(L, ml->tripped);
    return 2;
  }
  lua_Integer bytes = luaL_checkinteger(L, 1);
  luaL_argcheck(L, bytes >= 0 && bytes <= (lua_Integer)1 << 50, 1, "a byte count from 0 to 2^50");
  ml->ceiling = (long long)bytes;
  ml->net = 0;
  ml->tripped = 0;
  ml->armed = 1;
  lua_pushboolean(L, 1);
  return 1;
}
