/*
 * read_pdf.c: the text layer of a PDF, page by page (module
 * duixian.read_pdf, on MuPDF).
 *
 * Lines come in MuPDF's reading order, one a line (a blank line where the
 * gap above a line is most of a line high, both for its font and for the
 * document's usual distance from line to line: a paragraph), pages separated by a
 * form feed (\f) so a mention's page is the number of form feeds before
 * it, plus one. Running headers and footers are dropped: a line in the top
 * or bottom tenth of its page that recurs (digits aside) on half the pages
 * or more, and a line there that is only a page number ("- 12 -", "第3页",
 * "3/40"). Pages are read one at a time and dropped, and MuPDF's cache is
 * capped, so a long report is read in bounded memory beside its text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include "radicals.h"
#include "reader.h"

#define STORE_LIMIT (64u << 20) /* MuPDF's resource cache: fonts, images */
#define EDGE 0.10               /* top and bottom tenth: where running lines sit */

typedef struct {
  size_t at, len; /* the line's text in the document buffer */
  size_t key;     /* its text with digits folded, in the key buffer */
  size_t key_len;
  int page;
  int edge;  /* 1 top or bottom band of the page */
  int after_gap; /* a blank line's height or more above it: a new paragraph */
  float pitch;   /* from the line above on its page (bottom to bottom), 0 for the first */
  float size;    /* its font size */
} pdf_line;

typedef struct {
  dx_buf text, keys;
  pdf_line *lines;
  size_t n, cap;
  int pages, bad_pages, image_pages;
  int oom;
  int complaints; /* warnings and errors MuPDF gave: repairs of a damaged file */
  char last_error[200];
} pdf_read;

/* MuPDF's warnings and errors are kept, not printed: the caller words them. */
static void quiet(void *user, const char *message) {
  pdf_read *r = user;
  if (r) {
    r->complaints++;
    strncpy(r->last_error, message, sizeof r->last_error - 1);
    r->last_error[sizeof r->last_error - 1] = '\0';
  }
}

static void put_cp(dx_buf *b, int c, int *oom) {
  char u[4];
  size_t k;
  uint32_t cp = (uint32_t)c;
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) { u[0] = (char)cp; k = 1; }
  else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); k = 2; }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); k = 3;
  } else if (cp <= 0x10FFFF) {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); k = 4;
  } else { u[0] = (char)0xEF; u[1] = (char)0xBF; u[2] = (char)0xBD; k = 3; }
  if (!*oom && !dx_buf_add(b, u, k)) *oom = 1;
}

/* Characters a page number line may hold besides digits. */
static int page_number_char(int c) {
  static const int extra[] = {' ', '-', '/', '.', '(', ')', 0x2014, 0x2013, 0x2012, 0xFF0D, 0x2015,
                              0x7B2C /* 第 */, 0x9875 /* 页 */, 0x5171 /* 共 */, 0xFF08, 0xFF09,
                              0xFF0F, 0x00B7, 'P', 'a', 'g', 'e', 'o', 'f', 0};
  for (size_t i = 0; extra[i]; i++)
    if (c == extra[i]) return 1;
  return 0;
}

/* The ideograph a radical stands for (see radicals.h); c itself otherwise. */
static int ideograph(int c) {
  size_t lo = 0, hi = sizeof DX_RADICALS / sizeof *DX_RADICALS;
  if (c < 0x2E80 || c > 0x31EF) return c;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (DX_RADICALS[mid][0] == (uint32_t)c) return (int)DX_RADICALS[mid][1];
    if (DX_RADICALS[mid][0] < (uint32_t)c) lo = mid + 1; else hi = mid;
  }
  return c;
}

static void add_line(pdf_read *r, fz_stext_line *line, int page, float top, float bottom, float *prev_y1) {
  size_t at = r->text.n, key = r->keys.n;
  int digits = 0, only_number = 1;
  for (fz_stext_char *ch = line->first_char; ch; ch = ch->next) {
    int c = ideograph(ch->c);
    if (c == '\n' || c == '\r' || c == '\f' || c == 0) c = ' ';
    put_cp(&r->text, c, &r->oom);
    if (c >= '0' && c <= '9') {
      digits++;
      if (!r->oom && !dx_buf_add(&r->keys, "#", 1)) r->oom = 1;
    } else {
      if (!page_number_char(c)) only_number = 0;
      if (c != ' ') put_cp(&r->keys, c, &r->oom);
    }
  }
  if (r->oom) return;
  size_t len = r->text.n - at;
  if (len == 0) return;
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 1024;
    pdf_line *p = realloc(r->lines, cap * sizeof *p);
    if (!p) {
      r->oom = 1;
      return;
    }
    r->lines = p;
    r->cap = cap;
  }
  float h = bottom - top;
  int edge = h > 0 && (line->bbox.y1 <= top + EDGE * h || line->bbox.y0 >= bottom - EDGE * h);
  if (edge && digits > 0 && only_number) edge = 2; /* a page number: always dropped */
  float height = line->first_char ? line->first_char->size : 0; /* the font size: bboxes of substituted fonts are loose */
  float pitch = *prev_y1 > 0 ? line->bbox.y1 - *prev_y1 : 0;
  *prev_y1 = line->bbox.y1;
  r->lines[r->n++] = (pdf_line){at, len, key, r->keys.n - key, page, edge, 0, pitch, height};
}

static int by_value(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* A line opens a paragraph when the distance from the line above is over
 * 1.8 times its font size (a blank line's gap) and over 1.4 times the
 * document's usual distance (its lower quartile: lines inside paragraphs
 * are the most and the closest; known from 16 lines on, running heads and
 * page numbers aside). Official documents set 16-point type 29
 * points apart, and Word's 1.5 spacing of a CJK font is near 2: by the font
 * size alone every line would be a paragraph, and a figure split over two
 * lines would not be joined. */
static void mark_paragraphs(pdf_read *r) {
  size_t k = 0;
  float *pitches = malloc((r->n ? r->n : 1) * sizeof *pitches);
  if (!pitches) {
    r->oom = 1;
    return;
  }
  for (size_t i = 0; i < r->n; i++)
    if (r->lines[i].pitch > 0 && r->lines[i].edge < 2) pitches[k++] = r->lines[i].pitch;
  float usual = 0;
  if (k >= 16) {
    qsort(pitches, k, sizeof *pitches, by_value);
    usual = pitches[k / 4];
  }
  free(pitches);
  for (size_t i = 0; i < r->n; i++) {
    pdf_line *l = &r->lines[i];
    l->after_gap = l->pitch > 0 && l->size > 0 && l->pitch > 1.8f * l->size && l->pitch > 1.4f * usual;
  }
}

/* One page's lines into r; 0 when MuPDF failed on the page. */
static int read_page(fz_context *ctx, fz_document *doc, int number, pdf_read *r) {
  fz_page *page = NULL;
  fz_stext_page *text = NULL;
  int ok = 1;
  fz_var(page);
  fz_var(text);
  fz_try(ctx) {
    page = fz_load_page(ctx, doc, number);
    fz_rect box = fz_bound_page(ctx, page);
    fz_stext_options opts = {0};
    opts.flags = FZ_STEXT_MEDIABOX_CLIP | FZ_STEXT_PRESERVE_IMAGES;
    text = fz_new_stext_page_from_page(ctx, page, &opts);
    int chars = 0, images = 0;
    float prev_y1 = 0;
    for (fz_stext_block *b = text->first_block; b; b = b->next) {
      if (b->type == FZ_STEXT_BLOCK_IMAGE) {
        images++;
        continue;
      }
      for (fz_stext_line *l = b->u.t.first_line; l; l = l->next) {
        size_t before = r->n;
        add_line(r, l, number, box.y0, box.y1, &prev_y1);
        if (r->n > before) chars++;
      }
    }
    if (chars == 0 && images > 0) r->image_pages++;
  }
  fz_always(ctx) {
    fz_drop_stext_page(ctx, text);
    fz_drop_page(ctx, page);
  }
  fz_catch(ctx) { ok = 0; }
  return ok;
}

static int same_key(const pdf_read *r, const pdf_line *a, const pdf_line *b) {
  return a->key_len == b->key_len && memcmp(r->keys.p + a->key, r->keys.p + b->key, a->key_len) == 0;
}

/* Edge lines whose key recurs on half the pages (at least two) are running
 * heads; the quadratic count runs over edge lines only, a few a page. */
static void mark_running(pdf_read *r) {
  int need = r->pages / 2 > 2 ? r->pages / 2 : 2;
  for (size_t i = 0; i < r->n; i++) {
    pdf_line *a = &r->lines[i];
    if (a->edge != 1) continue;
    int pages = 0, last = -1;
    for (size_t j = 0; j < r->n && pages < need; j++) {
      pdf_line *b = &r->lines[j];
      if (b->edge && b->page != last && same_key(r, a, b)) {
        pages++;
        last = b->page;
      }
    }
    if (pages >= need) a->edge = 3;
  }
}

static int open_and_read(fz_context *ctx, const char *s, size_t n, pdf_read *r, const char **why) {
  fz_buffer *buf = NULL;
  fz_stream *stm = NULL;
  pdf_document *pdf = NULL;
  volatile int status = 1;
  fz_var(buf);
  fz_var(stm);
  fz_var(pdf);
  fz_try(ctx) {
    buf = fz_new_buffer_from_shared_data(ctx, (const unsigned char *)s, n);
    stm = fz_open_buffer(ctx, buf);
    pdf = pdf_open_document_with_stream(ctx, stm);
    if (pdf_needs_password(ctx, pdf) && !pdf_authenticate_password(ctx, pdf, "")) {
      *why = "it is encrypted and needs a password; save an unlocked copy "
            "(qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf) and give duixian that";
      status = 0;
    } else {
      r->pages = pdf_count_pages(ctx, pdf);
      for (int i = 0; i < r->pages && !r->oom; i++)
        if (!read_page(ctx, &pdf->super, i, r)) r->bad_pages++;
    }
  }
  fz_always(ctx) {
    pdf_drop_document(ctx, pdf);
    fz_drop_stream(ctx, stm);
    fz_drop_buffer(ctx, buf);
  }
  fz_catch(ctx) {
    *why = NULL;
    status = -1;
  }
  return status;
}

static void write_text(pdf_read *r, dx_buf *out) {
  int page = 0;
  for (size_t i = 0; i < r->n && !r->oom; i++) {
    pdf_line *l = &r->lines[i];
    while (page < l->page && !r->oom) {
      if (!dx_buf_add(out, "\f", 1)) r->oom = 1;
      page++;
    }
    if (l->edge >= 2) continue;
    /* a paragraph's blank line, but none at the top of a page */
    if (l->after_gap && out->n > 0 && out->p[out->n - 1] != '\f' && !dx_buf_add(out, "\n", 1)) r->oom = 1;
    if (!dx_buf_add(out, r->text.p + l->at, l->len) || !dx_buf_add(out, "\n", 1)) r->oom = 1;
  }
  while (page + 1 < r->pages && !r->oom) {
    if (!dx_buf_add(out, "\f", 1)) r->oom = 1;
    page++;
  }
}

/* read_pdf(bytes) -> text, {pages, damaged_pages, image_pages, truncated,
 * repairs, error} | nil, reason */
static int l_read_pdf(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  pdf_read r;
  memset(&r, 0, sizeof r);
  fz_context *ctx = fz_new_context(NULL, NULL, STORE_LIMIT);
  if (!ctx) return luaL_error(L, "read_pdf: cannot create a MuPDF context (out of memory)");
  fz_set_warning_callback(ctx, quiet, &r);
  fz_set_error_callback(ctx, quiet, &r);
  const char *why = NULL;
  int status = open_and_read(ctx, s, n, &r, &why);
  fz_drop_context(ctx);
  dx_buf out = {0};
  if (status > 0 && !r.oom) {
    mark_running(&r);
    mark_paragraphs(&r);
    if (!r.oom) write_text(&r, &out);
  }
  free(r.lines);
  dx_buf_free(&r.text);
  dx_buf_free(&r.keys);
  if (r.oom) {
    dx_buf_free(&out);
    return luaL_error(L, "read_pdf: out of memory");
  }
  if (status <= 0) {
    dx_buf_free(&out);
    lua_pushnil(L);
    if (why) lua_pushstring(L, why);
    else lua_pushfstring(L, "it is damaged or truncated (MuPDF: %s); download it again", r.last_error[0] ? r.last_error : "cannot open");
    return 2;
  }
  lua_pushlstring(L, out.p ? out.p : "", out.n);
  dx_buf_free(&out);
  lua_createtable(L, 0, 6);
  /* a file cut short lacks the %%EOF marker at its end */
  size_t tail = n < 1024 ? n : 1024;
  int eof = 0;
  for (size_t i = n - tail; i + 5 <= n && !eof; i++) eof = memcmp(s + i, "%%EOF", 5) == 0;
  lua_pushboolean(L, !eof);
  lua_setfield(L, -2, "truncated");
  lua_pushinteger(L, r.complaints);
  lua_setfield(L, -2, "repairs");
  lua_pushinteger(L, r.pages);
  lua_setfield(L, -2, "pages");
  lua_pushinteger(L, r.bad_pages);
  lua_setfield(L, -2, "damaged_pages");
  lua_pushinteger(L, r.image_pages);
  lua_setfield(L, -2, "image_pages");
  if (r.last_error[0]) {
    lua_pushstring(L, r.last_error);
    lua_setfield(L, -2, "error");
  }
  return 2;
}

static const luaL_Reg funcs[] = {{"read", l_read_pdf}, {NULL, NULL}};

__attribute__((visibility("default"))) int luaopen_duixian_read_pdf(lua_State *L) {
  luaL_newlib(L, funcs);
  return 1;
}
