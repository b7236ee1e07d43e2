/*
 * reader.h: what the document readers (read_html.c, read_docx.c,
 * read_pdf.c) share: a text writer that collapses white space and puts
 * paragraph breaks and headings where the segmenter looks for them.
 *
 * Readers are separate modules (duixian.read_html …) so duixian.core keeps
 * needing only libc, and a missing library disables one reader only.
 */
#ifndef DX_READER_H
#define DX_READER_H

#include "dx.h"

typedef struct {
  dx_buf out;
  int pending;   /* break owed before the next text: 0, 1 space, 2 line, 3 paragraph */
  int keep_ws;   /* inside <pre>: line breaks kept */
  int oom;       /* an allocation failed; the text is incomplete */
} dx_writer;

/* Text as it comes: runs of white space become one space. */
DX_API void dx_w_text(dx_writer *w, const char *s, size_t n);
/* A break owed before the next text (1 space, 2 line, 3 paragraph). */
DX_API void dx_w_break(dx_writer *w, int kind);
/* Make the text from byte `from` on a heading of level 1-6: a Markdown
 * prefix (# ## ###) unless it opens with a marker the segmenter knows
 * already (一、 （一） 第一部分 1、), then a paragraph break. */
DX_API void dx_w_heading(dx_writer *w, size_t from, int level);

#endif
