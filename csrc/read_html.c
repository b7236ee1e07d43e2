/*
 * read_html.c: the article text of a web page (module duixian.read_html).
 *
 * libxml2's HTML parser builds the tree, recovering from the broken markup
 * portals serve. script, style, nav, header, footer, forms and elements
 * whose class or id names a menu, a footer or a breadcrumb are dropped. The
 * main text is the element with the most non-link text in the blocks it
 * holds (a block's text counts for its container and half for the one
 * above: the usual density heuristic; a block with no sentence punctuation
 * counts a fifth); inside it, blocks that are mostly
 * links (menus, "related articles") are dropped too. Block elements become
 * paragraph breaks, <br> a line break, h1-h6 headings.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <lauxlib.h>
#include <lua.h>

#include "reader.h"

/* Elements whose content is never article text. */
static const char *const DROPPED[] = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
    "iframe", "select", "button", "template", "svg", "head", "object", "embed",
    "canvas", "input", "textarea", "menu", "map", NULL};
/* Class or id fragments of portal chrome (menus, bars, footers). */
static const char *const CHROME[] = {
    "nav", "menu", "footer", "header", "breadcrumb", "crumb", "sidebar", "banner",
    "copyright", "share", "toolbar", "topbar", "related", "login", "search", NULL};
static const char *const BLOCKS[] = {
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "html", "li", "main", "ol", "p", "pre", "section", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul", NULL};
/* Blocks that are one paragraph: their text is credited to their container. */
static const char *const PARAGRAPHS[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt",
    "th", "figcaption", "caption", "address", NULL};

static int in_list(const char *const *list, const xmlChar *name) {
  for (size_t i = 0; list[i]; i++)
    if (xmlStrcasecmp(name, (const xmlChar *)list[i]) == 0) return 1;
  return 0;
}

static int contains_ci(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (const char *p = hay; *p; p++) {
    size_t i = 0;
    while (i < n && p[i] && tolower((unsigned char)p[i]) == needle[i]) i++;
    if (i == n) return 1;
  }
  return 0;
}

static int is_chrome(xmlNode *e) {
  static const char *const attrs[] = {"class", "id", "role", NULL};
  if (xmlStrcasecmp(e->name, (const xmlChar *)"body") == 0 ||
      xmlStrcasecmp(e->name, (const xmlChar *)"html") == 0)
    return 0;
  for (size_t a = 0; attrs[a]; a++) {
    xmlChar *v = xmlGetProp(e, (const xmlChar *)attrs[a]);
    if (!v) continue;
    int hit = 0;
    for (size_t i = 0; CHROME[i] && !hit; i++) hit = contains_ci((const char *)v, CHROME[i]);
    xmlFree(v);
    if (hit) return 1;
  }
  return 0;
}

static int dropped(xmlNode *e) { return in_list(DROPPED, e->name) || is_chrome(e); }

/* Per-element tallies, reached through node->_private (index + 1). */
typedef struct {
  size_t own, links; /* bytes of visible text in the block, and of it in links */
  size_t stops;      /* sentence punctuation in it (，。；、！？) */
  double score;
  xmlNode *node;
} tally;

typedef struct {
  tally *t;
  size_t n, cap;
  int oom;
} tallies;

static tally *tally_of(tallies *ts, xmlNode *e) {
  uintptr_t k = (uintptr_t)e->_private;
  if (k) return &ts->t[k - 1];
  if (ts->n == ts->cap) {
    size_t cap = ts->cap ? ts->cap * 2 : 256;
    tally *p = realloc(ts->t, cap * sizeof *p);
    if (!p) {
      ts->oom = 1;
      return NULL;
    }
    ts->t = p;
    ts->cap = cap;
  }
  memset(&ts->t[ts->n], 0, sizeof *ts->t);
  ts->t[ts->n].node = e;
  e->_private = (void *)(uintptr_t)(++ts->n);
  return &ts->t[ts->n - 1];
}

static size_t visible_bytes(const xmlChar *s) {
  size_t k = 0;
  for (; *s; s++)
    if (!isspace(*s)) k++;
  return k;
}

/* Chinese sentence punctuation in s: ， 。 ； 、 ！ ？ */
static size_t sentence_stops(const xmlChar *s) {
  size_t k = 0;
  for (; *s; s++) {
    if (s[0] == 0xEF && s[1] == 0xBC && (s[2] == 0x8C || s[2] == 0x9B || s[2] == 0x81 || s[2] == 0x9F)) k++;
    else if (s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x82 || s[2] == 0x81)) k++;
  }
  return k;
}

/* Count text per enclosing block, skipping dropped subtrees. */
static void count(tallies *ts, xmlNode *node, xmlNode *block, int in_link, int depth) {
  for (xmlNode *c = node->children; c && !ts->oom; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (!block || !c->content) continue;
      tally *t = tally_of(ts, block);
      if (!t) return;
      size_t k = visible_bytes(c->content);
      if (in_link) t->links += k; else {
        t->own += k;
        t->stops += sentence_stops(c->content);
      }
    } else if (c->type == XML_ELEMENT_NODE && depth < 256) {
      if (dropped(c)) continue;
      int link = in_link || xmlStrcasecmp(c->name, (const xmlChar *)"a") == 0;
      count(ts, c, in_list(BLOCKS, c->name) ? c : block, link, depth + 1);
    }
  }
}

static void credit(tallies *ts, xmlNode *e, double v) {
  if (!e || e->type != XML_ELEMENT_NODE) return;
  tally *t = tally_of(ts, e);
  if (t) t->score += v;
}

static xmlNode *main_element(tallies *ts, xmlNode *root) {
  count(ts, root, NULL, 0, 0);
  size_t blocks = ts->n;
  for (size_t i = 0; i < blocks && !ts->oom; i++) {
    /* credit() may move ts->t: copy what is needed first */
    xmlNode *e = ts->t[i].node;
    double v = (double)ts->t[i].own;
    if (v < 1) continue;
    /* a block without a sentence in it (a footer's 地址：… 电话：…, a title,
     * a table cell) counts a fifth: a short article of a few sentences
     * outweighs a long footer of names and numbers */
    if (ts->t[i].stops == 0) v /= 5;
    xmlNode *box = in_list(PARAGRAPHS, e->name) && e->parent ? e->parent : e;
    credit(ts, box, v);
    credit(ts, box->parent, v / 2);
  }
  xmlNode *best = root;
  double top = -1;
  for (size_t i = 0; i < ts->n; i++)
    if (ts->t[i].score > top) {
      top = ts->t[i].score;
      best = ts->t[i].node;
    }
  return best;
}

/* Text of a text node, without the conditional markers Word writes in the
 * pages it exports (<![if !supportLists]>1.<![endif]>), which libxml2
 * leaves in the text. */
static void write_text_node(dx_writer *w, const char *s) {
  for (;;) {
    const char *open = strstr(s, "<![");
    const char *close = open ? strstr(open, "]>") : NULL;
    if (!close || (strncmp(open + 3, "if", 2) != 0 && strncmp(open + 3, "endif", 5) != 0)) break;
    dx_w_text(w, s, (size_t)(open - s));
    s = close + 2;
  }
  dx_w_text(w, s, strlen(s));
}

static void write_tree(tallies *ts, dx_writer *w, xmlNode *node, int depth) {
  for (xmlNode *c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) write_text_node(w, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || depth >= 256 || dropped(c)) continue;
    const xmlChar *name = c->name;
    if (xmlStrcasecmp(name, (const xmlChar *)"br") == 0) {
      dx_w_break(w, 2);
      continue;
    }
    /* a list is one paragraph of lines, as in a plain text */
    int block = xmlStrcasecmp(name, (const xmlChar *)"li") == 0 ? 2 : in_list(BLOCKS, name) ? 3 : 0;
    if (block) {
      uintptr_t k = (uintptr_t)c->_private;
      if (k) {
        tally *t = &ts->t[k - 1];
        if (t->links > 0 && t->links * 2 > t->own + t->links) continue; /* a menu */
      }
      dx_w_break(w, block);
    }
    int heading = (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && !name[2]
                      ? name[1] - '0' : 0;
    int pre = xmlStrcasecmp(name, (const xmlChar *)"pre") == 0;
    size_t from = w->out.n;
    if (pre) w->keep_ws++;
    write_tree(ts, w, c, depth + 1);
    if (pre) w->keep_ws--;
    if (heading) dx_w_heading(w, from, heading);
    else if (block) dx_w_break(w, block);
    else if (xmlStrcasecmp(name, (const xmlChar *)"td") == 0) dx_w_break(w, 1);
  }
}

/* Declared encodings read as declared: the East Asian ones other than GB
 * (Big5 for Hong Kong, Macao and Taiwan pages), which iconv knows. */
static const char *const DECLARED_KEPT[] = {"big5", "big5-hkscs", "cp950", "euc-tw", "euc-jp",
                                            "shift_jis", "euc-kr", NULL};

/* The page's charset declaration (the first "charset" in its head) into
 * name, lower-cased; empty when there is none or it is empty. */
static void declared_charset(const char *s, size_t n, char *name, size_t room) {
  size_t head = n < 4096 ? n : 4096, k = 0;
  for (size_t i = 0; i + 7 <= head; i++) {
    if (strncasecmp(s + i, "charset", 7) != 0) continue;
    size_t j = i + 7;
    while (j < head && (s[j] == ' ' || s[j] == '=' || s[j] == '"' || s[j] == '\'')) j++;
    while (j < head && k + 1 < room && (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_'))
      name[k++] = (char)tolower((unsigned char)s[j++]);
    break;
  }
  name[k] = '\0';
}

/* The encoding a page's bytes are read in: UTF-8 when they are valid
 * UTF-8, whatever the page says; the declared one when it is in
 * DECLARED_KEPT; else GB18030 (the superset of GB2312 and GBK), what the
 * pages declaring GB2312 or GBK are in and what Chinese pages that declare
 * UTF-8, a Western encoding, a name that exists nowhere or nothing are in
 * too (the mislabels portals serve). */
static const char *encoding_for(const char *s, size_t n, const char *declared) {
  if (dx_utf8_check((const unsigned char *)s, n) == n) return "UTF-8";
  /* a byte order mark: UTF-16, whatever the page says ("unicode") */
  if (n >= 2 && (((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE) ||
                 ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF)))
    return "UTF-16";
  for (size_t k = 0; DECLARED_KEPT[k]; k++)
    if (strcmp(declared, DECLARED_KEPT[k]) == 0) return declared;
  return "GB18030";
}

/* The page's bytes as UTF-8 in *utf8, or a message (and the 1-based
 * offset of the first bad byte) on the stack: 0 when so. *encoding is
 * what they were read as: a constant, or declared (the caller's buffer). */
static int to_utf8(lua_State *L, const char *s, size_t n, dx_buf *utf8, char *declared, size_t room,
                   const char **encoding) {
  declared_charset(s, n, declared, room);
  const char *enc = encoding_for(s, n, declared);
  *encoding = enc;
  if (strcmp(enc, "UTF-8") == 0) return 1;
  size_t bad = 0;
  int r = dx_iconv(enc, s, n, utf8, &bad);
  if (r == 0 && bad >= n && strcmp(enc, "GB18030") != 0) { /* iconv lacks it */
    utf8->n = 0;
    *encoding = enc = "GB18030";
    r = dx_iconv(enc, s, n, utf8, &bad);
  }
  size_t rare = n;
  if (r > 0 && strcmp(enc, "GB18030") == 0 && !dx_gb18030_plausible(s, n, &rare)) {
    /* rare characters only: a Big5 page that does not say so (or says
     * GB2312), which browsers read as Big5 too */
    dx_buf big5 = {0};
    size_t big5_bad = 0;
    r = dx_iconv("BIG5-HKSCS", s, n, &big5, &big5_bad);
    if (r > 0) {
      dx_buf_free(utf8);
      *utf8 = big5;
      *encoding = "BIG5-HKSCS";
      return 1;
    }
    dx_buf_free(&big5);
    if (r == 0) bad = rare;
  }
  if (r < 0) {
    dx_buf_free(utf8);
    luaL_error(L, "read_html: out of memory");
  }
  if (r > 0) return 1;
  dx_buf_free(utf8);
  /* a page that reads further as UTF-8 is UTF-8 with a bad byte: that byte
   * is the one to look at (as decode.c says of plain text) */
  size_t utf8_bad = dx_utf8_check((const unsigned char *)s, n);
  if (strcmp(enc, "GB18030") == 0 && utf8_bad > bad) {
    enc = "UTF-8";
    bad = utf8_bad;
    rare = n;
  }
  char upper[48];
  size_t k = 0;
  for (; enc[k] && k + 1 < sizeof upper; k++) upper[k] = (char)toupper((unsigned char)enc[k]);
  upper[k] = '\0';
  lua_pushnil(L);
  const char *what = rare < n ? "not plausible %s Chinese, nor Big5" : "not %s text";
  lua_pushfstring(L, what, upper);
  if (declared[0])
    lua_pushfstring(L, " (the page says %s)", declared);
  else
    lua_pushliteral(L, " (the page declares no encoding)");
  char where[96];
  snprintf(where, sizeof where, ": first %s is byte %zu (0x%02x, counting from 1)",
           rare < n ? "rare character" : "bad byte", bad + 1, bad < n ? (unsigned)(unsigned char)s[bad] : 0u);
  lua_pushstring(L, where);
  lua_pushliteral(L, "; re-download the page, or save it from a browser as UTF-8");
  lua_concat(L, 4);
  lua_pushinteger(L, (lua_Integer)bad + 1);
  return 0;
}

/* read_html(bytes) -> text, {encoding} | nil, reason[, offset] */
static int l_read_html(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  if (n > INT32_MAX) {
    lua_pushnil(L);
    lua_pushstring(L, "page too large for the HTML parser (over 2 GB)");
    return 2;
  }
  dx_buf utf8 = {0};
  char declared[48];
  const char *encoding;
  if (!to_utf8(L, s, n, &utf8, declared, sizeof declared, &encoding)) return 3;
  const char *src = utf8.p ? utf8.p : s;
  size_t len = utf8.p ? utf8.n : n;
  /* the bytes are UTF-8 now: the page's own declaration is not read */
  htmlDocPtr doc = len > INT32_MAX ? NULL
                                   : htmlReadMemory(src, (int)len, NULL, "UTF-8",
                                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  dx_buf_free(&utf8);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    if (doc) xmlFreeDoc(doc);
    lua_pushnil(L);
    lua_pushstring(L, "no HTML elements found");
    return 2;
  }
  tallies ts = {0};
  dx_writer w = {0};
  xmlNode *top = main_element(&ts, root);
  if (!ts.oom) {
    if (top == root) {
      write_tree(&ts, &w, root, 0);
    } else {
      /* the main element written as the only child of a stand-in parent,
       * so its own tag (a heading, a block) counts as below the root */
      xmlNode *keep_next = top->next;
      xmlNode wrapper = {0};
      wrapper.children = top;
      top->next = NULL;
      write_tree(&ts, &w, &wrapper, 0);
      top->next = keep_next;
    }
  }
  xmlFreeDoc(doc);
  free(ts.t);
  if (ts.oom || w.oom) {
    dx_buf_free(&w.out);
    return luaL_error(L, "read_html: out of memory");
  }
  lua_pushlstring(L, w.out.p ? w.out.p : "", w.out.n);
  dx_buf_free(&w.out);
  lua_createtable(L, 0, 1);
  /* lower case, as decode.c names encodings */
  char name[48];
  size_t k = 0;
  for (; encoding[k] && k + 1 < sizeof name; k++) name[k] = (char)tolower((unsigned char)encoding[k]);
  name[k] = '\0';
  lua_pushstring(L, name);
  lua_setfield(L, -2, "encoding");
  return 2;
}

static const luaL_Reg funcs[] = {{"read", l_read_html}, {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_read_html(lua_State *L) {
  LIBXML_TEST_VERSION
  luaL_newlib(L, funcs);
  return 1;
}
