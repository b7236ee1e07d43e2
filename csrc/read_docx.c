/*
 * read_docx.c: the text of a Word document (module duixian.read_docx).
 *
 * A .docx is a zip (libzip) whose word/document.xml (libxml2) holds the
 * body: each w:p is a paragraph, w:t its text, w:tab and w:br breaks inside
 * it. A paragraph whose style is a heading (word/styles.xml: a style named
 * "heading N" or "Title", one based on such a style, or an outline level)
 * is written as a heading. Deleted and moved-away text of tracked changes
 * (w:del, w:moveFrom) is not text, nor a text box's second copy.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <lauxlib.h>
#include <lua.h>
#include <zip.h>

#include "reader.h"

#define MAX_PART (512u * 1024u * 1024u) /* a larger XML part is no report */
/* A part past BOMB_SIZE that its zip expands over BOMB_RATIO times is a zip
 * bomb: Word's XML packs ten to twenty times, and a real report's body is
 * a few MB. Refused before it is inflated (its DOM would take ten times). */
#define BOMB_SIZE (64u * 1024u * 1024u)
#define BOMB_RATIO 100u

/* Read one member of the archive; NULL with *why set when it cannot be
 * (why_buf, when given, holds a message made for this member). */
static char *read_member(zip_t *z, const char *name, size_t *len, const char **why, char *why_buf,
                         size_t why_room) {
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    *why = "missing";
    return NULL;
  }
  if (st.size > BOMB_SIZE && (st.valid & ZIP_STAT_COMP_SIZE) && st.size / BOMB_RATIO > st.comp_size) {
    *why = "a zip bomb";
    if (why_buf)
      snprintf(why_buf, why_room, "expands from %llu KB to %llu MB (a zip bomb?); not read: open it in Word or "
               "LibreOffice and save it again if it is a real report",
               (unsigned long long)(st.comp_size + 1023) / 1024, (unsigned long long)st.size >> 20);
    return NULL;
  }
  if (st.size > MAX_PART) {
    *why = "too large (over 512 MB uncompressed)";
    return NULL;
  }
  zip_file_t *f = zip_fopen(z, name, 0);
  if (!f) {
    *why = "cannot be opened (damaged or encrypted zip); download it again, or save it from Word without a password";
    return NULL;
  }
  char *p = malloc((size_t)st.size + 1);
  zip_int64_t got = p ? zip_fread(f, p, st.size) : -1;
  zip_fclose(f);
  if (!p || got < 0 || (zip_uint64_t)got != st.size) {
    free(p);
    *why = p ? "cannot be read (damaged zip); download it again" : "out of memory";
    return NULL;
  }
  p[st.size] = '\0';
  *len = (size_t)st.size;
  return p;
}

static xmlDocPtr parse_xml(const char *p, size_t n) {
  if (n > INT32_MAX) return NULL;
  /* no network, no entity expansion: a document cannot reach out or blow up */
  return xmlReadMemory(p, (int)n, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                  XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
}

static int is_w(xmlNode *e, const char *name) {
  return e->type == XML_ELEMENT_NODE && strcmp((const char *)e->name, name) == 0;
}

static xmlChar *w_val(xmlNode *e) {
  xmlChar *v = xmlGetProp(e, (const xmlChar *)"val");
  return v;
}

static xmlNode *child(xmlNode *e, const char *name) {
  for (xmlNode *c = e ? e->children : NULL; c; c = c->next)
    if (is_w(c, name)) return c;
  return NULL;
}

/* Heading level of an outline level (0 is level 1), or 0. */
static int outline_level(xmlNode *ppr) {
  xmlNode *o = child(ppr, "outlineLvl");
  if (!o) return 0;
  xmlChar *v = w_val(o);
  int level = v ? atoi((const char *)v) + 1 : 0;
  xmlFree(v);
  return level >= 1 && level <= 9 ? level : 0;
}

/* Style id -> heading level, from word/styles.xml; a style of no level of
 * its own takes the level of the style it is based on (a report's own
 * heading style is often based on Word's "heading 2"). */
typedef struct {
  char *id;
  char *based_on; /* NULL when none */
  int level;
} style;

typedef struct {
  style *s;
  size_t n;
} styles;

static int name_level(const char *name) {
  if (strcasecmp(name, "title") == 0) return 1;
  if (strncasecmp(name, "heading", 7) == 0) {
    const char *d = name + 7;
    while (*d == ' ') d++;
    int k = atoi(d);
    return k >= 1 && k <= 9 ? k : 0;
  }
  return 0;
}

static void load_styles(zip_t *z, styles *out) {
  size_t len;
  const char *why;
  char *xml = read_member(z, "word/styles.xml", &len, &why, NULL, 0);
  if (!xml) return;
  xmlDocPtr doc = parse_xml(xml, len);
  free(xml);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  size_t cap = 0;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    if (!is_w(c, "style")) continue;
    xmlChar *id = xmlGetProp(c, (const xmlChar *)"styleId");
    if (!id) continue;
    int level = 0;
    xmlNode *nm = child(c, "name");
    xmlChar *v = nm ? w_val(nm) : NULL;
    if (v) level = name_level((const char *)v);
    xmlFree(v);
    if (!level) level = outline_level(child(c, "pPr"));
    if (!level) level = name_level((const char *)id);
    xmlNode *base = level ? NULL : child(c, "basedOn");
    xmlChar *base_id = base ? w_val(base) : NULL;
    if (level || base_id) {
      if (out->n == cap) {
        cap = cap ? cap * 2 : 16;
        style *p = realloc(out->s, cap * sizeof *p);
        if (!p) {
          xmlFree(base_id);
          xmlFree(id);
          break;
        }
        out->s = p;
      }
      style *st = &out->s[out->n];
      st->id = strdup((const char *)id);
      st->based_on = base_id ? strdup((const char *)base_id) : NULL;
      st->level = level;
      if (st->id && (st->based_on || !base_id)) out->n++;
      else {
        free(st->id);
        free(st->based_on);
      }
    }
    xmlFree(base_id);
    xmlFree(id);
  }
  if (doc) xmlFreeDoc(doc);
}

static const style *find_style(const styles *st, const char *id) {
  for (size_t i = 0; i < st->n; i++)
    if (strcmp(st->s[i].id, id) == 0) return &st->s[i];
  return NULL;
}

static int style_level(const styles *st, xmlNode *ppr) {
  int level = outline_level(ppr);
  if (level) return level;
  xmlNode *ps = child(ppr, "pStyle");
  xmlChar *v = ps ? w_val(ps) : NULL;
  if (!v) return 0;
  /* up the basedOn chain, a few steps (a chain may loop) */
  const style *s = find_style(st, (const char *)v);
  for (int hops = 0; s && !s->level && s->based_on && hops < 16; hops++) s = find_style(st, s->based_on);
  if (s) level = s->level;
  if (!level) level = name_level((const char *)v);
  xmlFree(v);
  return level;
}

/* Text of the runs under e, in order; nested paragraphs (text boxes) are
 * written as paragraphs of their own. */
static void write_runs(dx_writer *w, const styles *st, xmlNode *e, int depth);

static void write_paragraph(dx_writer *w, const styles *st, xmlNode *p, int depth) {
  dx_w_break(w, 3);
  size_t from = w->out.n;
  int level = style_level(st, child(p, "pPr"));
  write_runs(w, st, p, depth + 1);
  if (level) dx_w_heading(w, from, level);
  else dx_w_break(w, 3);
}

static void write_runs(dx_writer *w, const styles *st, xmlNode *e, int depth) {
  if (depth > 64) return;
  for (xmlNode *c = e->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const char *name = (const char *)c->name;
    if (strcmp(name, "p") == 0) {
      write_paragraph(w, st, c, depth);
    } else if (strcmp(name, "t") == 0) {
      xmlChar *t = xmlNodeGetContent(c);
      if (t) {
        /* spaces inside a w:t are the author's; keep one */
        dx_w_text(w, (const char *)t, strlen((const char *)t));
        xmlFree(t);
      }
    } else if (strcmp(name, "tab") == 0) {
      if (c->parent && is_w(c->parent, "r")) dx_w_break(w, 1);
    } else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) {
      dx_w_break(w, 2);
    } else if (strcmp(name, "pPr") == 0 || strcmp(name, "rPr") == 0 ||
               strcmp(name, "delText") == 0 || strcmp(name, "del") == 0 ||
               strcmp(name, "instrText") == 0 || strcmp(name, "Fallback") == 0 ||
               strcmp(name, "moveFrom") == 0) {
      /* (mc:Fallback: the copy of a text box or shape Word keeps for
       * readers that do not know mc:Choice's; its text is read there.
       * w:moveFrom: text a tracked change moved away, read at its w:moveTo) */
      continue;
    } else {
      write_runs(w, st, c, depth + 1);
    }
  }
}

/* read_docx(bytes) -> text | nil, reason */
static int l_read_docx(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t *src = zip_source_buffer_create(s, n, 0, &zerr);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &zerr) : NULL;
  if (!z) {
    if (src) zip_source_free(src);
    lua_pushnil(L);
    lua_pushfstring(L, "not a readable zip archive (%s); download it again", zip_error_strerror(&zerr));
    zip_error_fini(&zerr);
    return 2;
  }
  zip_error_fini(&zerr);
  size_t len;
  const char *why = NULL;
  char bomb[200] = "";
  char *xml = read_member(z, "word/document.xml", &len, &why, bomb, sizeof bomb);
  if (!xml) {
    int missing = strcmp(why, "missing") == 0;
    zip_close(z);
    lua_pushnil(L);
    if (missing)
      lua_pushstring(L, "a zip archive but not a Word document (it has no word/document.xml); "
                        "unpack it if it holds reports, or save the report from Word as .docx");
    else
      lua_pushfstring(L, "word/document.xml %s", bomb[0] ? bomb : why);
    return 2;
  }
  styles st = {0};
  load_styles(z, &st);
  zip_close(z);
  xmlDocPtr doc = parse_xml(xml, len);
  free(xml);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  xmlNode *body = child(root, "body");
  dx_writer w = {0};
  if (body) write_runs(&w, &st, body, 0);
  if (doc) xmlFreeDoc(doc);
  for (size_t i = 0; i < st.n; i++) {
    free(st.s[i].id);
    free(st.s[i].based_on);
  }
  free(st.s);
  if (!body) {
    dx_buf_free(&w.out);
    lua_pushnil(L);
    lua_pushstring(L, "word/document.xml is not a Word document body (damaged XML); download it again, "
                      "or open it in Word or LibreOffice and save it again");
    return 2;
  }
  if (w.oom) {
    dx_buf_free(&w.out);
    return luaL_error(L, "read_docx: out of memory");
  }
  lua_pushlstring(L, w.out.p ? w.out.p : "", w.out.n);
  dx_buf_free(&w.out);
  return 1;
}

static const luaL_Reg funcs[] = {{"read", l_read_docx}, {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_read_docx(lua_State *L) {
  LIBXML_TEST_VERSION
  luaL_newlib(L, funcs);
  return 1;
}
