/*
 * memlimit.c: a ceiling on the memory Lua code may take while it is armed.
 *
 *   core.memory_limit(bytes)  arm: from now on, at most `bytes` more may be
 *                             allocated (net of what is freed) -> true
 *   core.memory_limit(false)  disarm -> net bytes taken while armed, tripped
 *   core.memory_limit()       -> armed, tripped, net (a look, no change)
 *   core.memory_held()        -> bytes still live of the blocks allocated
 *                                while armed, whoever frees them
 *
 * The state's allocator is wrapped on first use. Past the ceiling the
 * wrapper refuses to grow a block, so Lua raises "not enough memory" in the
 * code that asked (a rule pack), and `tripped` says the ceiling, not the
 * machine, refused it. Frees and shrinks always go through. A userdata in
 * the registry restores the original allocator when the state closes
 * (finalisers run before the remaining objects are freed), so the wrapper's
 * state is released and every block is freed by the allocator that made it.
 *
 * The blocks allocated while armed are kept in a set (address -> size), so
 * that what armed code keeps between two armings is known: a rule pack
 * filling a table of its own a little at each call stays under the ceiling
 * of every call, but not under a bound on what it holds. The set is
 * consulted on every free only while it holds a block.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdlib.h>

#include "dx.h"

#define MEMLIMIT_KEY "duixian.memlimit"
#define TRIP_SLACK (1024 * 1024)

/* An open-addressing set of block addresses with their sizes (linear
 * probing, deletion by backward shift: no tombstones). */
typedef struct {
  void **keys;
  size_t *sizes;
  size_t cap, n; /* cap: 0 or a power of two */
} blockset;

static size_t slot_of(const blockset *s, const void *p) {
  uintptr_t h = (uintptr_t)p >> 4;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 7) & (s->cap - 1);
}

/* The slot holding p, or cap when p is not in the set. */
static size_t set_find(const blockset *s, const void *p) {
  if (s->n == 0) return s->cap;
  for (size_t i = slot_of(s, p);; i = (i + 1) & (s->cap - 1)) {
    if (s->keys[i] == p) return i;
    if (s->keys[i] == NULL) return s->cap;
  }
}

static void set_remove_at(blockset *s, size_t i) {
  size_t j = i;
  for (;;) {
    j = (j + 1) & (s->cap - 1);
    if (s->keys[j] == NULL) break;
    size_t home = slot_of(s, s->keys[j]);
    /* move j back to i when its home is not cyclically within (i, j] */
    if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
      s->keys[i] = s->keys[j];
      s->sizes[i] = s->sizes[j];
      i = j;
    }
  }
  s->keys[i] = NULL;
  s->n--;
}

static void set_put_new(blockset *s, void *p, size_t size) {
  size_t i = slot_of(s, p);
  while (s->keys[i] != NULL) i = (i + 1) & (s->cap - 1);
  s->keys[i] = p;
  s->sizes[i] = size;
  s->n++;
}

/* Room for one more entry; 0 when the set cannot grow. */
static int set_reserve(blockset *s) {
  if ((s->n + 1) * 2 <= s->cap) return 1;
  size_t cap = s->cap ? s->cap * 2 : 1024;
  blockset t = { calloc(cap, sizeof *t.keys), malloc(cap * sizeof *t.sizes), cap, 0 };
  if (!t.keys || !t.sizes) {
    free(t.keys);
    free(t.sizes);
    return 0;
  }
  for (size_t i = 0; i < s->cap; i++)
    if (s->keys[i]) set_put_new(&t, s->keys[i], s->sizes[i]);
  free(s->keys);
  free(s->sizes);
  *s = t;
  return 1;
}

typedef struct {
  lua_Alloc orig;
  void *orig_ud;
  int armed, tripped;
  long long ceiling; /* bytes the armed code may add, net */
  long long net;     /* bytes added (allocated minus freed) since armed */
  blockset blocks;   /* live blocks allocated while armed */
  long long held;    /* their bytes */
} memlimit;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  memlimit *ml = ud;
  size_t old = ptr ? osize : 0; /* without ptr, osize is a type tag */
  if (ml->armed && nsize > old) {
    size_t grow = nsize - old;
    if (grow > (size_t)ml->ceiling || ml->net + (long long)grow > ml->ceiling || !set_reserve(&ml->blocks)) {
      /* The first refusal leaves room for what unwinding the error takes
       * (a call frame, a stack slot); the pack's pcall re-raises at once. */
      if (!ml->tripped) ml->ceiling += TRIP_SLACK;
      ml->tripped = 1;
      return NULL;
    }
  }
  size_t at = ptr ? set_find(&ml->blocks, ptr) : ml->blocks.cap;
  int tracked = at < ml->blocks.cap;
  void *p = ml->orig(ml->orig_ud, ptr, osize, nsize);
  if (ml->armed && (p != NULL || nsize == 0)) ml->net += (long long)nsize - (long long)old;
  if (nsize == 0 || p != NULL) {
    if (tracked) {
      set_remove_at(&ml->blocks, at);
      ml->held -= (long long)old;
    }
    /* a block of the armed code stays its own when the host resizes it;
     * set_reserve made room before an armed allocation, and a resize
     * frees the entry it replaces */
    if (nsize > 0 && (tracked || (ml->armed && ptr == NULL))) {
      set_put_new(&ml->blocks, p, nsize);
      ml->held += (long long)nsize;
    }
  }
  return p;
}

/* __gc of the registry sentinel: the state is closing (or the sentinel was
 * dropped); hand the allocator back and free the wrapper. */
static int memlimit_gc(lua_State *L) {
  memlimit **box = lua_touserdata(L, 1);
  if (*box) {
    void *ud;
    if (lua_getallocf(L, &ud) == limited_alloc && ud == *box) lua_setallocf(L, (*box)->orig, (*box)->orig_ud);
    free((*box)->blocks.keys);
    free((*box)->blocks.sizes);
    free(*box);
    *box = NULL;
  }
  return 0;
}

/* The allocator under the wrapper when the wrapper is the state's, else
 * the state's own: where alloc.c slides mimalloc in, so that a ceiling
 * armed before the switch keeps counting, and its wrapper keeps its place. */
lua_Alloc dx_base_allocf(lua_State *L, void **ud) {
  void *top;
  if (lua_getallocf(L, &top) == limited_alloc) {
    memlimit *ml = top;
    *ud = ml->orig_ud;
    return ml->orig;
  }
  return lua_getallocf(L, ud);
}

void dx_set_base_allocf(lua_State *L, lua_Alloc f, void *ud) {
  void *top;
  if (lua_getallocf(L, &top) == limited_alloc) {
    memlimit *ml = top;
    ml->orig = f;
    ml->orig_ud = ud;
  } else {
    lua_setallocf(L, f, ud);
  }
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

DX_API int dx_l_memory_held(lua_State *L) {
  memlimit *ml = installed(L);
  lua_pushinteger(L, (lua_Integer)ml->held);
  return 1;
}
