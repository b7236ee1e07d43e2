/*
 * store.c: duixian.store, a thin SQLite binding (the only module that
 * links libsqlite3; duixian.core stays free of it).
 *
 *   store.realpath(path)          -> absolute path | nil, msg, errno
 *   store.now()                   -> seconds on a monotonic clock (a batch's age)
 *   store.open(path [, {readonly=, immutable=, create=, busy_timeout=}]) -> db | nil, msg, code
 *   db:exec(sql)                  -> true | nil, msg, code   (several statements)
 *   db:prepare(sql)               -> stmt | nil, msg, code   (a fresh statement)
 *   db:cached(sql)                -> stmt | nil, msg, code   (from the statement cache)
 *   db:changes(), db:total_changes(), db:last_insert_rowid()
 *   db:busy_timeout(ms), db:autocommit(), db:filename(), db:isopen()
 *   db:close()                    -> true | nil, msg, code   (also __close, __gc)
 *   stmt:run(...)                 -> changes | nil, msg, code  (bind, step to the end, reset)
 *   stmt:run_rows(rows, i, width) -> as run, with the parameters rows[i][1 .. width], rows[i + 1] …
 *   stmt:rows(...)                -> iterator of row tables keyed by column name, nil, nil, stmt
 *   stmt:arrays(...)              -> iterator of row arrays (field n = column count), nil, nil, stmt
 *   stmt:first(...)               -> row table | nil (no row) | nil, msg, code
 *   stmt:columns()                -> array of column names
 *   stmt:reset(), stmt:finalize() (also __gc); __close resets, for `for ... in`
 *
 * Values bind by Lua type: integers as int64, floats as double, strings as
 * text, booleans as 0/1, nil as NULL. A single table argument binds named
 * parameters (:name, @name, $name) from its fields. Misuse raises; SQLite
 * failures return nil, message, extended result code.
 *
 * Lifetimes follow lsqlite3 and APSW: the db handle is created closed
 * before sqlite3_open_v2; every statement is on the db's list and is
 * finalised before sqlite3_close_v2; a statement keeps its db alive through
 * its user value. The statement cache is a bounded table keyed by SQL text;
 * a cached statement still stepping is not handed out twice.
 */
/* realpath is X/Open, beyond the POSIX level the Makefile asks for */
#define _XOPEN_SOURCE 700
#ifdef DX_MIMALLOC
#define _GNU_SOURCE /* dladdr, RTLD_NODELETE */
#endif
#include <lauxlib.h>
#include <lua.h>
#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef DX_MIMALLOC
#include <dlfcn.h>
#include <malloc.h>
#include <mimalloc.h>
#include <stddef.h>
#endif

#define DB_MT "duixian.store.db"
#define STMT_MT "duixian.store.stmt"
#define CACHE_MAX 64
#define DEFAULT_BUSY_MS 30000

typedef struct stmt_ud stmt_ud;

typedef struct {
  sqlite3 *db;
  stmt_ud *stmts; /* every live statement, finalised before close */
  lua_Integer tick; /* use counter for the cache's eviction order */
  int cached;       /* statements in the cache */
} db_ud;

struct stmt_ud {
  sqlite3_stmt *stmt;
  db_ud *owner;
  stmt_ud *prev, *next;
  lua_Integer used; /* tick of last use from the cache */
  int stepping;     /* between the first step and the reset */
  int in_cache;
};

/* ---- errors -------------------------------------------------------------- */

static int push_error(lua_State *L, sqlite3 *db, int rc, const char *what) {
  luaL_pushfail(L);
  int code = db ? sqlite3_extended_errcode(db) : rc;
  if (code == SQLITE_OK) code = rc;
  const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const char *kind = sqlite3_errstr(code);
  if (strcmp(msg, kind) == 0) kind = NULL; /* the generic text says nothing more */
  if (what)
    lua_pushfstring(L, kind ? "%s: %s (%s)" : "%s: %s", what, msg, kind);
  else
    lua_pushfstring(L, kind ? "%s (%s)" : "%s", msg, kind);
  lua_pushinteger(L, code);
  return 3;
}

/* ---- db -------------------------------------------------------------------- */

static db_ud *check_db(lua_State *L, int i) {
  db_ud *d = luaL_checkudata(L, i, DB_MT);
  if (!d->db) luaL_argerror(L, i, "database is closed");
  return d;
}

static void unlink_stmt(stmt_ud *s) {
  if (!s->owner) return;
  if (s->prev)
    s->prev->next = s->next;
  else
    s->owner->stmts = s->next;
  if (s->next) s->next->prev = s->prev;
  s->prev = s->next = NULL;
  s->owner = NULL;
}

static void finalize_stmt(stmt_ud *s) {
  if (s->stmt) {
    sqlite3_finalize(s->stmt);
    s->stmt = NULL;
  }
  unlink_stmt(s);
  s->stepping = 0;
}

/* __gc and __close and db:close(): idempotent. */
static int db_close(lua_State *L) {
  db_ud *d = luaL_checkudata(L, 1, DB_MT);
  if (!d->db) {
    lua_pushboolean(L, 1);
    return 1;
  }
  while (d->stmts) finalize_stmt(d->stmts);
  d->cached = 0;
  /* the cache table holds finalised statements now: drop it */
  lua_newtable(L);
  lua_setiuservalue(L, 1, 1);
  int rc = sqlite3_close_v2(d->db);
  d->db = NULL;
  if (rc != SQLITE_OK) return push_error(L, NULL, rc, "close");
  lua_pushboolean(L, 1);
  return 1;
}

static int opt_flag(lua_State *L, int t, const char *name, int dflt) {
  if (lua_isnoneornil(L, t)) return dflt;
  lua_getfield(L, t, name);
  int v = lua_isnil(L, -1) ? dflt : lua_toboolean(L, -1);
  lua_pop(L, 1);
  return v;
}

static int l_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  int readonly = opt_flag(L, 2, "readonly", 0);
  int create = opt_flag(L, 2, "create", 1);
  int immutable = opt_flag(L, 2, "immutable", 0);
  lua_Integer busy = DEFAULT_BUSY_MS;
  if (!lua_isnoneornil(L, 2)) {
    lua_getfield(L, 2, "busy_timeout");
    if (!lua_isnil(L, -1)) busy = luaL_checkinteger(L, -1);
    lua_pop(L, 1);
  }
  /* the handle exists, closed, before the connection does: an error in
   * between leaves nothing for __gc to leak */
  db_ud *d = lua_newuserdatauv(L, sizeof *d, 1);
  memset(d, 0, sizeof *d);
  luaL_setmetatable(L, DB_MT);
  lua_newtable(L);
  lua_setiuservalue(L, -2, 1);
  int flags = readonly ? SQLITE_OPEN_READONLY
                       : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
  flags |= SQLITE_OPEN_NOMUTEX; /* one Lua state, one thread */
  const char *name = path;
  if (readonly && immutable) {
    /* file:PATH?mode=ro&immutable=1: no lock and no -shm file, so a
     * database on a read-only folder or mount can be read */
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "file:");
    for (const char *c = path; *c; c++) {
      if (*c == '%' || *c == '?' || *c == '#') {
        char esc[4];
        snprintf(esc, sizeof esc, "%%%02X", (unsigned)(unsigned char)*c);
        luaL_addstring(&b, esc);
      } else {
        luaL_addchar(&b, *c);
      }
    }
    luaL_addstring(&b, "?mode=ro&immutable=1");
    luaL_pushresult(&b);
    name = lua_tostring(L, -1);
    flags |= SQLITE_OPEN_URI;
  }
  int rc = sqlite3_open_v2(name, &d->db, flags, NULL);
  if (name != path) lua_pop(L, 1);
  if (rc != SQLITE_OK) {
    lua_pushfstring(L, "%s: cannot open the database", path);
    const char *what = lua_tostring(L, -1);
    int n = push_error(L, d->db, rc, what);
    if (d->db) sqlite3_close_v2(d->db);
    d->db = NULL;
    return n;
  }
  sqlite3_extended_result_codes(d->db, 1);
  sqlite3_busy_timeout(d->db, (int)(busy < 0 ? 0 : busy > 0x7fffffff ? 0x7fffffff : busy));
  return 1;
}

static int l_exec(lua_State *L) {
  db_ud *d = check_db(L, 1);
  const char *sql = luaL_checkstring(L, 2);
  int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK) return push_error(L, d->db, rc, NULL);
  lua_pushboolean(L, 1);
  return 1;
}

/* Push a new statement userdata for sql on the stack (db at index 1). */
static int new_stmt(lua_State *L, db_ud *d, const char *sql, size_t n) {
  stmt_ud *s = lua_newuserdatauv(L, sizeof *s, 1);
  memset(s, 0, sizeof *s);
  luaL_setmetatable(L, STMT_MT);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1); /* the statement keeps its db alive */
  const char *tail = NULL;
  int rc = sqlite3_prepare_v3(d->db, sql, (int)n, SQLITE_PREPARE_PERSISTENT, &s->stmt, &tail);
  if (rc != SQLITE_OK) {
    lua_pop(L, 1);
    return push_error(L, d->db, rc, NULL);
  }
  if (!s->stmt) {
    lua_pop(L, 1);
    luaL_pushfail(L);
    lua_pushliteral(L, "no SQL statement in the text given");
    lua_pushinteger(L, SQLITE_MISUSE);
    return 3;
  }
  while (tail && *tail && strchr(" \t\r\n;", *tail)) tail++;
  if (tail && *tail) {
    sqlite3_finalize(s->stmt);
    s->stmt = NULL;
    lua_pop(L, 1);
    luaL_pushfail(L);
    size_t extra = strlen(tail);
    lua_pushliteral(L, "only one statement can be prepared; use exec for several (extra text: ");
    lua_pushlstring(L, tail, extra > 40 ? 40 : extra);
    lua_pushliteral(L, ")");
    lua_concat(L, 3);
    lua_pushinteger(L, SQLITE_MISUSE);
    return 3;
  }
  s->owner = d;
  s->next = d->stmts;
  if (d->stmts) d->stmts->prev = s;
  d->stmts = s;
  return 1;
}

static int l_prepare(lua_State *L) {
  db_ud *d = check_db(L, 1);
  size_t n;
  const char *sql = luaL_checklstring(L, 2, &n);
  lua_settop(L, 2);
  return new_stmt(L, d, sql, n);
}

/* Drop the least recently used statement from the cache table at index t. */
static void evict_one(lua_State *L, db_ud *d, int t) {
  lua_Integer oldest = 0;
  int found = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    stmt_ud *s = lua_touserdata(L, -1);
    if (!found || s->used < oldest) {
      oldest = s->used;
      found = 1;
      lua_pushvalue(L, -2);
      lua_replace(L, t + 1); /* remember its key in the slot above t */
    }
    lua_pop(L, 1);
  }
  if (!found) return;
  lua_pushvalue(L, t + 1);
  lua_gettable(L, t);
  stmt_ud *victim = lua_touserdata(L, -1);
  lua_pop(L, 1);
  /* a statement a caller still holds stays usable; the GC finalises it */
  victim->in_cache = 0;
  lua_pushvalue(L, t + 1);
  lua_pushnil(L);
  lua_settable(L, t);
  d->cached--;
}

static int l_cached(lua_State *L) {
  db_ud *d = check_db(L, 1);
  size_t n;
  const char *sql = luaL_checklstring(L, 2, &n);
  lua_settop(L, 2);
  lua_getiuservalue(L, 1, 1); /* 3: cache */
  lua_pushnil(L);             /* 4: scratch for eviction */
  lua_pushvalue(L, 2);
  lua_rawget(L, 3); /* 5 */
  stmt_ud *s = lua_touserdata(L, 5);
  if (s && s->stmt && !s->stepping) {
    s->used = ++d->tick;
    return 1;
  }
  lua_pop(L, 1);
  if (s && s->stmt) {
    /* in use by an unfinished loop: a fresh, uncached statement */
    return new_stmt(L, d, sql, n);
  }
  if (d->cached >= CACHE_MAX) evict_one(L, d, 3);
  int r = new_stmt(L, d, sql, n);
  if (r != 1) return r;
  s = lua_touserdata(L, -1);
  s->in_cache = 1;
  s->used = ++d->tick;
  lua_pushvalue(L, 2);
  lua_pushvalue(L, -2);
  lua_rawset(L, 3);
  d->cached++;
  return 1;
}

static int l_changes(lua_State *L) {
  lua_pushinteger(L, sqlite3_changes64(check_db(L, 1)->db));
  return 1;
}

static int l_total_changes(lua_State *L) {
  lua_pushinteger(L, sqlite3_total_changes64(check_db(L, 1)->db));
  return 1;
}

static int l_last_insert_rowid(lua_State *L) {
  lua_pushinteger(L, sqlite3_last_insert_rowid(check_db(L, 1)->db));
  return 1;
}

static int l_busy_timeout(lua_State *L) {
  db_ud *d = check_db(L, 1);
  lua_Integer ms = luaL_checkinteger(L, 2);
  luaL_argcheck(L, ms >= 0 && ms <= 0x7fffffff, 2, "milliseconds out of range");
  sqlite3_busy_timeout(d->db, (int)ms);
  return 0;
}

static int l_autocommit(lua_State *L) {
  lua_pushboolean(L, sqlite3_get_autocommit(check_db(L, 1)->db));
  return 1;
}

static int l_filename(lua_State *L) {
  const char *f = sqlite3_db_filename(check_db(L, 1)->db, "main");
  lua_pushstring(L, f ? f : "");
  return 1;
}

static int l_isopen(lua_State *L) {
  db_ud *d = luaL_checkudata(L, 1, DB_MT);
  lua_pushboolean(L, d->db != NULL);
  return 1;
}

static int db_tostring(lua_State *L) {
  db_ud *d = luaL_checkudata(L, 1, DB_MT);
  if (!d->db)
    lua_pushliteral(L, "duixian.store db (closed)");
  else
    lua_pushfstring(L, "duixian.store db (%s)", sqlite3_db_filename(d->db, "main"));
  return 1;
}

/* ---- statements ------------------------------------------------------------ */

static stmt_ud *check_stmt(lua_State *L, int i) {
  stmt_ud *s = luaL_checkudata(L, i, STMT_MT);
  if (!s->stmt) luaL_argerror(L, i, "statement is finalized (or its database closed)");
  return s;
}

/* Strings bind SQLITE_STATIC (no copy) when the statement runs to its end
 * before the binding call returns (run, first: the strings are on the Lua
 * stack all that time, and the bindings are cleared after); otherwise the
 * text is copied, since a loop steps after rows() has returned. */
static void bind_value(lua_State *L, stmt_ud *s, int param, int i, int keep) {
  int rc;
  switch (lua_type(L, i)) {
    case LUA_TNIL:
      rc = SQLITE_OK; /* NULL already: every caller clears the bindings first */
      break;
    case LUA_TBOOLEAN:
      rc = sqlite3_bind_int(s->stmt, param, lua_toboolean(L, i));
      break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, i))
        rc = sqlite3_bind_int64(s->stmt, param, (sqlite3_int64)lua_tointeger(L, i));
      else
        rc = sqlite3_bind_double(s->stmt, param, (double)lua_tonumber(L, i));
      break;
    case LUA_TSTRING: {
      size_t n;
      const char *p = lua_tolstring(L, i, &n);
      rc = sqlite3_bind_text64(s->stmt, param, p, (sqlite3_uint64)n, keep ? SQLITE_STATIC : SQLITE_TRANSIENT,
                               SQLITE_UTF8);
      break;
    }
    default:
      luaL_error(L, "bad value for SQL parameter %d (nil, boolean, number or string expected, got %s)",
                 param, luaL_typename(L, i));
      return;
  }
  if (rc != SQLITE_OK)
    luaL_error(L, "cannot bind SQL parameter %d: %s", param, sqlite3_errstr(rc));
}

/* Reset and bind the arguments from index first on; keep says the
 * arguments outlive every step (see bind_value). */
static void bind_args(lua_State *L, stmt_ud *s, int first, int keep) {
  sqlite3_reset(s->stmt);
  s->stepping = 0;
  sqlite3_clear_bindings(s->stmt);
  int top = lua_gettop(L);
  int want = sqlite3_bind_parameter_count(s->stmt);
  if (top == first && lua_istable(L, first)) {
    for (int p = 1; p <= want; p++) {
      const char *name = sqlite3_bind_parameter_name(s->stmt, p);
      if (!name) luaL_error(L, "SQL parameter %d has no name; a table binds :name parameters only", p);
      lua_getfield(L, first, name + 1);
      /* an __index may make a string nothing else holds: copy it */
      bind_value(L, s, p, -1, 0);
      lua_pop(L, 1);
    }
    return;
  }
  int given = top - first + 1;
  if (given < 0) given = 0;
  if (given != want)
    luaL_error(L, "SQL statement takes %d parameter%s, %d given", want, want == 1 ? "" : "s", given);
  for (int p = 1; p <= want; p++) bind_value(L, s, p, first + p - 1, keep);
}

static void push_column(lua_State *L, sqlite3_stmt *st, int c) {
  switch (sqlite3_column_type(st, c)) {
    case SQLITE_INTEGER:
      lua_pushinteger(L, (lua_Integer)sqlite3_column_int64(st, c));
      break;
    case SQLITE_FLOAT:
      lua_pushnumber(L, (lua_Number)sqlite3_column_double(st, c));
      break;
    case SQLITE_TEXT:
      lua_pushlstring(L, (const char *)sqlite3_column_text(st, c), (size_t)sqlite3_column_bytes(st, c));
      break;
    case SQLITE_BLOB: {
      const void *p = sqlite3_column_blob(st, c);
      lua_pushlstring(L, p ? p : "", (size_t)sqlite3_column_bytes(st, c));
      break;
    }
    default:
      lua_pushnil(L);
  }
}

/* Step once; pushes a row (named or array) and returns 1, or returns 0 at
 * the end, or pushes an error triple and returns 3. */
static int step_row(lua_State *L, stmt_ud *s, int named) {
  int rc = sqlite3_step(s->stmt);
  if (rc == SQLITE_ROW) {
    s->stepping = 1;
    int n = sqlite3_column_count(s->stmt);
    lua_createtable(L, named ? 0 : n, named ? n : 1);
    for (int c = 0; c < n; c++) {
      push_column(L, s->stmt, c);
      if (named)
        lua_setfield(L, -2, sqlite3_column_name(s->stmt, c));
      else
        lua_rawseti(L, -2, c + 1);
    }
    if (!named) {
      lua_pushinteger(L, n);
      lua_setfield(L, -2, "n");
    }
    return 1;
  }
  sqlite3 *db = sqlite3_db_handle(s->stmt);
  sqlite3_reset(s->stmt);
  s->stepping = 0;
  if (rc == SQLITE_DONE) return 0;
  return push_error(L, db, rc, NULL);
}

/* Step the bound statement to its end and reset it; pushes the number of
 * rows changed, or the error triple. */
static int run_bound(lua_State *L, stmt_ud *s) {
  sqlite3 *db = sqlite3_db_handle(s->stmt);
  int rc;
  while ((rc = sqlite3_step(s->stmt)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    int n = push_error(L, db, rc, NULL);
    sqlite3_reset(s->stmt);
    sqlite3_clear_bindings(s->stmt);
    return n;
  }
  sqlite3_reset(s->stmt);
  sqlite3_clear_bindings(s->stmt); /* no pointer into Lua strings outlives the call */
  lua_pushinteger(L, sqlite3_changes64(db));
  return 1;
}

static int l_run(lua_State *L) {
  stmt_ud *s = check_stmt(L, 1);
  bind_args(L, s, 2, 1);
  return run_bound(L, s);
}

/* stmt:run_rows(rows, i, width) binds the parameters from the row tables
 * rows[i], rows[i + 1] …, width values each (nil included: row[1] …
 * row[width]), as many as the statement takes, and runs it as run does:
 * many rows of one INSERT … VALUES (…), (…) …, from tables a caller fills
 * and reuses. The strings stay in the rows, on the stack, until the
 * statement is reset. */
static int l_run_rows(lua_State *L) {
  stmt_ud *s = check_stmt(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer first = luaL_checkinteger(L, 3);
  lua_Integer width = luaL_checkinteger(L, 4);
  luaL_argcheck(L, width > 0, 4, "a number of values per row, 1 or more");
  lua_settop(L, 2);
  sqlite3_reset(s->stmt);
  s->stepping = 0;
  sqlite3_clear_bindings(s->stmt);
  int want = sqlite3_bind_parameter_count(s->stmt);
  luaL_checkstack(L, (int)(width < want ? width : want) + 1, "too many values in a row");
  lua_Integer row = first;
  for (int p = 1; p <= want; row++) {
    if (lua_rawgeti(L, 2, row) != LUA_TTABLE)
      return luaL_error(L, "bad row %I for SQL parameter %d (table expected, got %s)", (LUAI_UACINT)row, p,
                        luaL_typename(L, -1));
    int n = (int)(want - p + 1 < width ? want - p + 1 : width);
    for (int c = 1; c <= n; c++) lua_rawgeti(L, 3, c);
    for (int c = 1; c <= n; c++, p++) bind_value(L, s, p, 3 + c, 1);
    lua_settop(L, 2);
  }
  return run_bound(L, s);
}

static int l_first(lua_State *L) {
  stmt_ud *s = check_stmt(L, 1);
  bind_args(L, s, 2, 1);
  int r = step_row(L, s, 1);
  sqlite3_reset(s->stmt);
  sqlite3_clear_bindings(s->stmt);
  s->stepping = 0;
  if (r == 1) return 1;
  if (r == 0) {
    lua_pushnil(L);
    return 1;
  }
  return r;
}

/* The iterator's upvalues are the statement and whether rows are tables
 * keyed by column name (rows) or arrays (arrays). An error while stepping
 * raises: a for loop has no place for nil, msg, code. */
static int row_iter(lua_State *L) {
  stmt_ud *s = luaL_checkudata(L, lua_upvalueindex(1), STMT_MT);
  if (!s->stmt || !s->stepping) return 0;
  int r = step_row(L, s, lua_toboolean(L, lua_upvalueindex(2)));
  if (r == 3) {
    lua_pushvalue(L, -2);
    return lua_error(L);
  }
  return r;
}

static int start_iter(lua_State *L, int by_name) {
  stmt_ud *s = check_stmt(L, 1);
  bind_args(L, s, 2, 0);
  s->stepping = 1; /* the first call of the iterator steps */
  lua_pushvalue(L, 1);
  lua_pushboolean(L, by_name);
  lua_pushcclosure(L, row_iter, 2);
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushvalue(L, 1); /* closing value: breaking out of the loop resets */
  return 4;
}

static int l_rows(lua_State *L) { return start_iter(L, 1); }
static int l_arrays(lua_State *L) { return start_iter(L, 0); }

static int l_columns(lua_State *L) {
  stmt_ud *s = check_stmt(L, 1);
  int n = sqlite3_column_count(s->stmt);
  lua_createtable(L, n, 0);
  for (int c = 0; c < n; c++) {
    lua_pushstring(L, sqlite3_column_name(s->stmt, c));
    lua_rawseti(L, -2, c + 1);
  }
  return 1;
}

static int l_readonly(lua_State *L) {
  lua_pushboolean(L, sqlite3_stmt_readonly(check_stmt(L, 1)->stmt));
  return 1;
}

static int l_reset(lua_State *L) {
  stmt_ud *s = luaL_checkudata(L, 1, STMT_MT);
  if (s->stmt) sqlite3_reset(s->stmt);
  s->stepping = 0;
  return 0;
}

static int l_finalize(lua_State *L) {
  stmt_ud *s = luaL_checkudata(L, 1, STMT_MT);
  finalize_stmt(s);
  return 0;
}

static int stmt_tostring(lua_State *L) {
  stmt_ud *s = luaL_checkudata(L, 1, STMT_MT);
  if (!s->stmt)
    lua_pushliteral(L, "duixian.store statement (finalized)");
  else
    lua_pushfstring(L, "duixian.store statement (%s)", sqlite3_sql(s->stmt));
  return 1;
}

/* ---- module ---------------------------------------------------------------- */

static const luaL_Reg db_methods[] = {
    {"exec", l_exec},
    {"prepare", l_prepare},
    {"cached", l_cached},
    {"changes", l_changes},
    {"total_changes", l_total_changes},
    {"last_insert_rowid", l_last_insert_rowid},
    {"busy_timeout", l_busy_timeout},
    {"autocommit", l_autocommit},
    {"filename", l_filename},
    {"isopen", l_isopen},
    {"close", db_close},
    {NULL, NULL}};

static const luaL_Reg stmt_methods[] = {
    {"run", l_run},         {"run_rows", l_run_rows}, {"rows", l_rows},   {"arrays", l_arrays},
    {"first", l_first},     {"columns", l_columns}, {"readonly", l_readonly},
    {"reset", l_reset},     {"finalize", l_finalize}, {NULL, NULL}};

/* store.realpath(path) -> absolute path without symlinks | nil, msg, errno:
 * a document's identity for superseding must not depend on the cwd. */
static int l_realpath(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  char *abs = realpath(path, NULL);
  if (!abs) {
    int e = errno;
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(e));
    lua_pushinteger(L, e);
    return 3;
  }
  lua_pushstring(L, abs);
  free(abs);
  return 1;
}

/* store.sleep(ms): wait, for retrying what SQLite refuses with SQLITE_BUSY
 * without calling its busy handler (a journal mode change on a new file). */
static int l_sleep(lua_State *L) {
  lua_Integer ms = luaL_checkinteger(L, 1);
  luaL_argcheck(L, ms >= 0 && ms <= 60000, 1, "0 to 60000 milliseconds");
  sqlite3_sleep((int)ms);
  return 0;
}

/* store.now(): seconds on a monotonic wall clock, for bounding how long a
 * batch of documents holds the write lock (os.clock is CPU time). */
static int l_now(lua_State *L) {
  struct timespec ts;
  if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return luaL_error(L, "clock_gettime: %s", strerror(errno));
  lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec / 1e9);
  return 1;
}

/* ---- SQLite's memory --------------------------------------------------------- */

#ifdef DX_MIMALLOC
/* SQLite's small blocks from mimalloc. Debian's SQLite is built without
 * lookaside memory (SQLITE_OMIT_LOOKASIDE), so each run of a statement
 * allocates and frees its cursors and its records with malloc and free:
 * with mimalloc, an ingest spends 1% less in all. Blocks of SMALL_BLOCK
 * bytes or more (the page cache's pages, long values) stay with malloc:
 * mimalloc's size classes would make a batch's 16 MB of pages 8 MB more.
 * Each block starts with a header naming the allocator that made it (as
 * SQLite's own allocator keeps a block's size before it), which frees it
 * and gives its size; one grown past SMALL_BLOCK moves to malloc. */
enum { SMALL_BLOCK = 3072, FROM_MALLOC = 0x6d616c6c, FROM_MIMALLOC = 0x6d696d69 };
typedef union {
  unsigned owner;
  max_align_t align; /* the block after it keeps malloc's alignment */
} block_header;
#define HEADER sizeof(block_header)

static void *own_block(block_header *h, unsigned owner) {
  if (!h) return NULL;
  h->owner = owner;
  return h + 1;
}
static block_header *header_of(void *p) { return (block_header *)p - 1; }

static void *sq_malloc(int n) {
  size_t size = (size_t)n + HEADER;
  if (n < SMALL_BLOCK) return own_block(mi_malloc(size), FROM_MIMALLOC);
  return own_block(malloc(size), FROM_MALLOC);
}
static void sq_free(void *p) {
  block_header *h = header_of(p);
  if (h->owner == FROM_MIMALLOC) mi_free(h);
  else free(h);
}
static int sq_size(void *p) {
  block_header *h = header_of(p);
  return (int)((h->owner == FROM_MIMALLOC ? mi_usable_size(h) : malloc_usable_size(h)) - HEADER);
}
static void *sq_realloc(void *p, int n) {
  block_header *h = header_of(p);
  size_t size = (size_t)n + HEADER;
  if (h->owner == FROM_MALLOC) return own_block(realloc(h, size), FROM_MALLOC);
  if (n < SMALL_BLOCK) return own_block(mi_realloc(h, size), FROM_MIMALLOC);
  void *q = sq_malloc(n); /* grown past small: to malloc */
  if (!q) return NULL;
  size_t had = (size_t)sq_size(p);
  memcpy(q, p, had < (size_t)n ? had : (size_t)n);
  mi_free(h);
  return q;
}
static int sq_roundup(int n) { return (n + 7) & ~7; }
static int sq_init(void *ud) {
  (void)ud;
  return SQLITE_OK;
}
static void sq_shutdown(void *ud) { (void)ud; }

static const sqlite3_mem_methods mimalloc_methods = {sq_malloc, sq_free,    sq_realloc,  sq_size,
                                                     sq_roundup, sq_init, sq_shutdown, NULL};

/* store.so stays loaded until the process ends, as SQLite keeps pointers
 * to these functions. Not with DUIXIAN_ALLOCATOR=system (valgrind,
 * AddressSanitizer: they see malloc's blocks only). */
static void use_mimalloc(void) {
  const char *want = getenv("DUIXIAN_ALLOCATOR");
  if (want && strcmp(want, "system") == 0) return;
  Dl_info info;
  if (!dladdr((void *)&sq_malloc, &info) || !info.dli_fname) return;
  if (!dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE)) return;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &mimalloc_methods);
}
#else
static void use_mimalloc(void) {}
#endif

/* SQLite's process-wide settings, once, before its first use in the
 * process (a host that used SQLite before keeps its settings: sqlite3_config
 * refuses them then). No memory statistics, which nothing reads: each
 * malloc and free of SQLite's is then not counted under a global mutex. */
static void configure_sqlite(void) {
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  use_mimalloc();
  sqlite3_initialize();
}
static pthread_once_t sqlite_configured = PTHREAD_ONCE_INIT;

static const luaL_Reg store_funcs[] = {
    {"open", l_open}, {"realpath", l_realpath}, {"sleep", l_sleep}, {"now", l_now}, {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_store(lua_State *L) {
  pthread_once(&sqlite_configured, configure_sqlite);
  luaL_newmetatable(L, DB_MT);
  luaL_newlib(L, db_methods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, db_close);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, db_close);
  lua_setfield(L, -2, "__close");
  lua_pushcfunction(L, db_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  luaL_newmetatable(L, STMT_MT);
  luaL_newlib(L, stmt_methods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, l_finalize);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, l_reset);
  lua_setfield(L, -2, "__close");
  lua_pushcfunction(L, stmt_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  luaL_newlib(L, store_funcs);
  lua_pushstring(L, sqlite3_libversion());
  lua_setfield(L, -2, "sqlite_version");
  lua_pushinteger(L, SQLITE_BUSY);
  lua_setfield(L, -2, "BUSY");
  lua_pushinteger(L, SQLITE_CONSTRAINT);
  lua_setfield(L, -2, "CONSTRAINT");
  return 1;
}
