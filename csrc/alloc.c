/*
 * alloc.c: the Lua state's memory from mimalloc, where it was built in.
 *
 *   core.allocator() -> "mimalloc" or "system", built_in: whose allocator the
 *                       state uses, and whether mimalloc was built in
 *
 * An extract or an ingest makes and frees millions of small tables and
 * strings; glibc's malloc spends a tenth of the run on them, mimalloc
 * (libmimalloc-dev) a fraction of that. The switch happens once the state
 * has scanned a megabyte of text (core.mentions), so the state already
 * holds blocks from the allocator it was made with: a block mimalloc did
 * not make (mi_is_in_heap_region says so) is freed or moved by that
 * allocator, called as Lua would have. Only the interpreter's own memory
 * moves; C code keeps malloc and free.
 *
 * The allocator's code must outlive the state: lua_close unloads C
 * modules before it frees the last objects, so core.so pins itself
 * (RTLD_NODELETE). A ceiling on memory (memlimit.c) armed before the
 * switch keeps its wrapper on top: mimalloc goes under it. Blocks of 256 MB
 * or more stay with the prior allocator (HUGE_BLOCK). DUIXIAN_ALLOCATOR=system
 * keeps the state's allocator, for valgrind and AddressSanitizer, which see
 * only malloc's blocks; mimalloc (or unset) allows the switch.
 */
#define _GNU_SOURCE /* dladdr, RTLD_NODELETE */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "dx.h"

#ifdef DX_MIMALLOC
#include <dlfcn.h>
#include <mimalloc.h>
#include <pthread.h>

/* The allocators states were made with (one in a plain lua5.4; a host
 * with several states and allocators of its own has more). A state whose
 * allocator does not fit keeps it. */
typedef struct {
  lua_Alloc f;
  void *ud;
} prior_alloc;
enum { MAX_PRIORS = 8 };
static prior_alloc priors[MAX_PRIORS];
static int n_priors;
static pthread_mutex_t priors_lock = PTHREAD_MUTEX_INITIALIZER;

/* Blocks this large stay with the prior allocator: mimalloc 2.0 maps a
 * block past 1 GiB where mi_is_in_heap_region does not see it, and its own
 * block would then be handed to the prior allocator to free. */
#define HUGE_BLOCK ((size_t)256 << 20)

/* A new block of nsize from mimalloc, one mi_is_in_heap_region sees; else
 * from the prior allocator. mimalloc 2.0 maps its segments at a hinted
 * address its map covers, but where the hint fails (its map reaches 20 TiB;
 * AddressSanitizer's shadow memory lies there) the segment lands beyond:
 * its blocks, unseen, would later be handed to the prior allocator to free.
 * Checked on every new block, the rule "mimalloc's if seen" always holds. */
static void *new_block(const prior_alloc *prior, size_t osize, size_t nsize) {
  if (nsize < HUGE_BLOCK) {
    void *q = mi_malloc(nsize);
    if (q && mi_is_in_heap_region(q)) return q;
    if (q) mi_free(q);
  }
  return prior->f(prior->ud, NULL, osize, nsize);
}

/* Move the osize bytes at p, a block of the prior allocator (from_prior) or
 * of mimalloc, into a new block of nsize (new_block's); NULL, p kept, when
 * none can be had. */
static void *move_block(const prior_alloc *prior, void *p, size_t osize, size_t nsize, int from_prior) {
  void *q = new_block(prior, 0, nsize);
  if (!q) return NULL;
  memcpy(q, p, osize < nsize ? osize : nsize);
  if (from_prior) prior->f(prior->ud, p, osize, 0);
  else mi_free(p);
  return q;
}

static void *mi_lua_alloc(void *ud, void *p, size_t osize, size_t nsize) {
  const prior_alloc *prior = ud;
  if (nsize == 0) { /* a free (of nothing, for an empty array) */
    if (p && mi_is_in_heap_region(p)) mi_free(p);
    else if (p) prior->f(prior->ud, p, osize, 0);
    return NULL;
  }
  if (p == NULL) return new_block(prior, osize, nsize); /* osize is the kind of object */
  if (!mi_is_in_heap_region(p)) { /* made before the switch, or huge, or unseen */
    if (nsize >= HUGE_BLOCK) return prior->f(prior->ud, p, osize, nsize);
    return move_block(prior, p, osize, nsize, 1);
  }
  /* within the block's room and using at least half of it, in place (as
   * mi_realloc keeps it); else a new block, one new_block vouches for */
  size_t room = mi_usable_size(p);
  if (nsize < HUGE_BLOCK && nsize <= room && nsize >= room / 2) return p;
  return move_block(prior, p, osize, nsize, 0);
}

/* Keep core.so loaded until the process ends. */
static int pin_self(void) {
  Dl_info info;
  if (!dladdr((void *)&mi_lua_alloc, &info) || !info.dli_fname) return 0;
  return dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE) != NULL;
}

/* memlimit.c: the allocator under its wrapper, where mimalloc goes */
lua_Alloc dx_base_allocf(lua_State *L, void **ud);
void dx_set_base_allocf(lua_State *L, lua_Alloc f, void *ud);

static const char *use_mimalloc(lua_State *L) {
  void *ud;
  lua_Alloc f = dx_base_allocf(L, &ud);
  pthread_mutex_lock(&priors_lock);
  int k = 0;
  while (k < n_priors && !(priors[k].f == f && priors[k].ud == ud)) k++;
  if (k == n_priors && (n_priors == MAX_PRIORS || !pin_self())) k = -1;
  else if (k == n_priors) priors[n_priors++] = (prior_alloc){f, ud};
  pthread_mutex_unlock(&priors_lock);
  if (k < 0) return "system";
  dx_set_base_allocf(L, mi_lua_alloc, &priors[k]);
  return "mimalloc";
}
#else
static const char *use_mimalloc(lua_State *L) {
  (void)L;
  return "system";
}
#endif

#define ALLOCATOR_KEY "duixian.allocator"

/* The registry holds the state's allocator under ALLOCATOR_KEY: "system"
 * or "mimalloc" once decided, or the bytes of text scanned so far while the
 * switch waits. A short run (a page of text) keeps Lua's own allocator:
 * mimalloc's first pages of each size cost more page faults (0.2 ms) than
 * such a run spends in malloc. */
enum { SWITCH_BYTES = 1 << 20 };

/* Decide at once where nothing is to be gained by waiting: declined, or not
 * built in. Called by luaopen_duixian_core. */
void dx_install_allocator(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, ALLOCATOR_KEY) == LUA_TNIL) {
    const char *want = getenv("DUIXIAN_ALLOCATOR");
    if (want && *want && strcmp(want, "system") != 0 && strcmp(want, "mimalloc") != 0)
      luaL_error(L, "DUIXIAN_ALLOCATOR=%s: say system (Lua's own allocator) or mimalloc, or leave it unset", want);
#ifdef DX_MIMALLOC
    int waits = !(want && strcmp(want, "system") == 0);
#else
    int waits = 0;
#endif
    if (waits) lua_pushinteger(L, 0);
    else lua_pushliteral(L, "system");
    lua_setfield(L, LUA_REGISTRYINDEX, ALLOCATOR_KEY);
  }
  lua_pop(L, 1);
}

/* bytes more text is about to be scanned or read: past SWITCH_BYTES in
 * all, the state switches to mimalloc, once. */
void dx_allocator_note_text(lua_State *L, size_t bytes) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, ALLOCATOR_KEY) != LUA_TNUMBER) {
    lua_pop(L, 1);
    return;
  }
  lua_Integer seen = lua_tointeger(L, -1);
  lua_pop(L, 1);
  if (bytes < (size_t)(SWITCH_BYTES - seen)) lua_pushinteger(L, seen + (lua_Integer)bytes);
  else lua_pushstring(L, use_mimalloc(L));
  lua_setfield(L, LUA_REGISTRYINDEX, ALLOCATOR_KEY);
}

/* core.note_text(bytes): the state is about to work through bytes of text
 * it does not scan, such as a database's stored mentions (an audit reads
 * them back): counted towards the switch as core.mentions counts what it
 * scans. Returns nothing. */
int dx_l_note_text(lua_State *L) {
  lua_Integer bytes = luaL_checkinteger(L, 1);
  luaL_argcheck(L, bytes >= 0, 1, "a number of bytes, 0 or more");
  dx_allocator_note_text(L, (size_t)bytes);
  return 0;
}

/* core.allocator() -> "mimalloc" or "system", built_in: the allocator the
 * state uses now ("system" too while the switch waits for 1 MB of text),
 * and whether this build has mimalloc at all. */
int dx_l_allocator(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, ALLOCATOR_KEY) != LUA_TSTRING) {
    lua_pop(L, 1); /* the bytes counted while the switch waits */
    lua_pushliteral(L, "system");
  }
#ifdef DX_MIMALLOC
  lua_pushboolean(L, 1);
#else
  lua_pushboolean(L, 0);
#endif
  return 2;
}
