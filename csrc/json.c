/*
 * json.c: flat records as JSON objects, fields in a given order.
 *
 *   core.json_encoder(keys [, suffix]) -> encode(record [, file]): '{"k":v,...}' .. suffix,
 *                                          or written to file
 *   core.json_object(record, keys [, suffix]) -> the same, for one record
 *
 * `duixian extract` writes a line per mention; doing the escaping here
 * rather than with Lua patterns keeps end-to-end extraction fast. An
 * encoder escapes its keys once, and writes every line into one buffer it
 * keeps, so a line costs a table read per field and one Lua string. Values
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

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#define ENCODER_MT "duixian.json_encoder"

typedef struct {
  dx_buf line;      /* the record being written, reused by every call */
  dx_buf prefixes;  /* for each key: '{' or ',', the key quoted, ':' */
  size_t *ends;     /* key i's prefix ends at prefixes.p + ends[i] */
  size_t nkeys;
  dx_buf suffix;
} json_encoder;

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

/* The byte c escaped at out (room for 6); returns the end. */
static char *put_escape(char *out, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  *out++ = '\\';
  switch (c) {
  case '"': *out++ = '"'; break;
  case '\\': *out++ = '\\'; break;
  case '\n': *out++ = 'n'; break;
  case '\r': *out++ = 'r'; break;
  case '\t': *out++ = 't'; break;
  default:
    memcpy(out, "u00", 3);
    out[3] = hex[c >> 4];
    out[4] = hex[c & 15];
    out += 5;
  }
  return out;
}

/* s[0..n) escaped at out, which has room for 6 * n bytes (\u00XX for
 * each); returns the end of what was written. */
static char *put_escaped(char *out, const char *s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  /* sixteen bytes at a time: a mask of those to escape, and the plain
   * ones before the first of them copied in one go */
  const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1F);
  while (i + 16 <= n) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i esc = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                               _mm_cmpeq_epi8(_mm_min_epu8(x, ctl), x)); /* x <= 0x1F */
    unsigned mask = (unsigned)_mm_movemask_epi8(esc);
    _mm_storeu_si128((__m128i *)(void *)out, x); /* room: 6 * 16 bytes */
    if (!mask) {
      out += 16;
      i += 16;
      continue;
    }
    unsigned k = (unsigned)__builtin_ctz(mask);
    out = put_escape(out + k, (unsigned char)s[i + k]);
    i += k + 1;
  }
#endif
  while (i < n) {
    while (i + 8 <= n && plain8(s + i)) {
      memcpy(out, s + i, 8);
      out += 8;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i++];
    if (c >= 0x20 && c != '"' && c != '\\') *out++ = (char)c;
    else out = put_escape(out, c);
  }
  return out;
}

/* Append s quoted and escaped to b, a piece at a time (room for the worst
 * case of a piece, not of a long string); 0: no memory. */
static int add_string(dx_buf *b, const char *s, size_t n) {
  enum { PIECE = 4096 };
  if (!dx_buf_add(b, "\"", 1)) return 0;
  for (size_t at = 0; at < n;) {
    size_t k = n - at < PIECE ? n - at : PIECE;
    if (!dx_buf_reserve(b, 6 * k)) return 0;
    b->n = (size_t)(put_escaped(b->p + b->n, s + at, k) - b->p);
    at += k;
  }
  return dx_buf_add(b, "\"", 1);
}

/* Append the number at the top of the stack to b; 0: no memory. */
static int add_number(lua_State *L, dx_buf *b) {
  char buf[64];
  if (lua_isinteger(L, -1)) { /* digits written backwards: offsets are most of the numbers */
    lua_Integer iv = lua_tointeger(L, -1);
    char *end = buf + sizeof buf, *p = end;
    unsigned long long u = iv < 0 ? 0ull - (unsigned long long)iv : (unsigned long long)iv;
    do {
      *--p = (char)('0' + u % 10);
      u /= 10;
    } while (u);
    if (iv < 0) *--p = '-';
    return dx_buf_add(b, p, (size_t)(end - p));
  }
  double v = lua_tonumber(L, -1);
  if (!isfinite(v)) return dx_buf_add(b, "null", 4);
  snprintf(buf, sizeof buf, "%.15g", v);
  if (strtod(buf, NULL) != v) snprintf(buf, sizeof buf, "%.17g", v);
  for (char *p = buf; *p; p++)
    if (*p == ',') *p = '.'; /* a locale with a decimal comma */
  return dx_buf_add(b, buf, strlen(buf));
}

static int encoder_gc(lua_State *L) {
  json_encoder *e = luaL_checkudata(L, 1, ENCODER_MT);
  dx_buf_free(&e->line);
  dx_buf_free(&e->prefixes);
  dx_buf_free(&e->suffix);
  free(e->ends);
  e->ends = NULL;
  e->nkeys = 0;
  return 0;
}

/* A new encoder for the keys (an array of strings) in argument keys of
 * fname, with the suffix in argument suffix (or none), pushed; its
 * uservalue holds the keys, in order. */
static json_encoder *new_encoder(lua_State *L, int keys, int suffix, const char *fname) {
  luaL_checktype(L, keys, LUA_TTABLE);
  size_t slen = 0;
  const char *s = luaL_optlstring(L, suffix, "", &slen);
  lua_Integer n = luaL_len(L, keys);
  json_encoder *e = lua_newuserdatauv(L, sizeof *e, 1);
  memset(e, 0, sizeof *e);
  if (luaL_newmetatable(L, ENCODER_MT)) {
    lua_pushcfunction(L, encoder_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2); /* set before allocating: __gc frees a partial one */
  e->ends = malloc((n > 0 ? (size_t)n : 1) * sizeof *e->ends);
  if (!e->ends || !dx_buf_add(&e->suffix, s, slen)) luaL_error(L, "not enough memory for a JSON encoder");
  lua_createtable(L, n > 0 ? (int)n : 0, 0);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, keys, i) != LUA_TSTRING)
      luaL_error(L, "bad argument #%d to '%s' (key %d is not a string)", keys, fname, (int)i);
    size_t klen;
    const char *k = lua_tolstring(L, -1, &klen);
    if (!dx_buf_add(&e->prefixes, i == 1 ? "{" : ",", 1) || !add_string(&e->prefixes, k, klen) ||
        !dx_buf_add(&e->prefixes, ":", 1))
      luaL_error(L, "not enough memory for a JSON encoder");
    e->ends[i - 1] = e->prefixes.n;
    e->nkeys = (size_t)i;
    lua_rawseti(L, -2, i);
  }
  lua_setiuservalue(L, -2, 1);
  return e;
}

/* Write the JSON object of the record at index rec into the line of the
 * encoder at index enc. */
static int encode(lua_State *L, int enc, int rec) {
  enum { PIECE = 4096 }; /* a longer string goes by add_string, piece by piece */
  json_encoder *e = lua_touserdata(L, enc);
  luaL_checktype(L, rec, LUA_TTABLE);
  lua_getiuservalue(L, enc, 1);
  int keys = lua_gettop(L);
  dx_buf *b = &e->line;
  b->n = 0;
  int ok = dx_buf_add(b, "{", e->nkeys == 0);
  for (size_t i = 0; ok && i < e->nkeys; i++) {
    size_t from = i ? e->ends[i - 1] : 0, plen = e->ends[i] - from;
    lua_rawgeti(L, keys, (lua_Integer)i + 1);
    int t = lua_rawget(L, rec); /* the key is replaced by its value */
    size_t vlen = 0;
    const char *v = t == LUA_TSTRING ? lua_tolstring(L, -1, &vlen) : NULL;
    if (t != LUA_TSTRING && t != LUA_TNUMBER && t != LUA_TBOOLEAN && t != LUA_TNIL) {
      lua_rawgeti(L, keys, (lua_Integer)i + 1);
      return luaL_error(L, "bad argument #1 to 'json_object' (field '%s' is a %s)", lua_tostring(L, -1),
                        lua_typename(L, t));
    }
    /* room for the key and a short value at once: one test per field */
    if (!dx_buf_reserve(b, plen + 2 + (vlen <= PIECE ? 6 * vlen : 0) + 8)) {
      ok = 0;
      break;
    }
    char *o = b->p + b->n;
    memcpy(o, e->prefixes.p + from, plen);
    o += plen;
    if (t == LUA_TSTRING && vlen <= PIECE) {
      *o++ = '"';
      o = put_escaped(o, v, vlen);
      *o++ = '"';
    } else if (t == LUA_TBOOLEAN) {
      int truth = lua_toboolean(L, -1);
      memcpy(o, truth ? "true" : "false", 5);
      o += truth ? 4 : 5;
    } else if (t == LUA_TNIL) {
      memcpy(o, "null", 4);
      o += 4;
    }
    b->n = (size_t)(o - b->p);
    if (t == LUA_TNUMBER) ok = add_number(L, b);
    else if (t == LUA_TSTRING && vlen > PIECE) ok = add_string(b, v, vlen);
    lua_pop(L, 1);
  }
  ok = ok && dx_buf_add(b, "}", 1) && dx_buf_add(b, e->suffix.p, e->suffix.n);
  if (!ok) return luaL_error(L, "not enough memory to write a JSON object");
  return 0;
}

/* encode(record [, file]): the JSON text, or with a file (io's) written
 * to it straight from the buffer, without a Lua string, and the file
 * returned (nil, message, errno when writing failed, as file:write). */
static int l_encode(lua_State *L) {
  luaL_Stream *out = lua_isnoneornil(L, 2) ? NULL : luaL_checkudata(L, 2, LUA_FILEHANDLE);
  if (out && !out->closef) return luaL_argerror(L, 2, "the file is closed");
  json_encoder *e = lua_touserdata(L, lua_upvalueindex(1));
  encode(L, lua_upvalueindex(1), 1);
  if (!out) {
    lua_pushlstring(L, e->line.p, e->line.n);
    return 1;
  }
  if (fwrite(e->line.p, 1, e->line.n, out->f) != e->line.n) return luaL_fileresult(L, 0, NULL);
  lua_pushvalue(L, 2);
  return 1;
}

/* core.json_encoder(keys [, suffix]) -> encode(record [, file]) */
int dx_l_json_encoder(lua_State *L) {
  new_encoder(L, 1, 2, "json_encoder");
  lua_pushcclosure(L, l_encode, 1);
  return 1;
}

/* core.json_object(record, keys [, suffix]) -> '{"k":v,...}' .. suffix */
int dx_l_json_object(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  json_encoder *e = new_encoder(L, 2, 3, "json_object");
  encode(L, lua_gettop(L), 1);
  lua_pushlstring(L, e->line.p, e->line.n);
  return 1;
}
