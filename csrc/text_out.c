/*
 * text_out.c: the text a reader extracts, written with collapsed white
 * space, line and paragraph breaks, and headings the segmenter sees.
 */
#include <string.h>

#include "reader.h"

static void add(dx_writer *w, const char *s, size_t n) {
  if (!w->oom && !dx_buf_add(&w->out, s, n)) w->oom = 1;
}

static void flush(dx_writer *w) {
  int k = w->pending;
  w->pending = 0;
  if (w->out.n == 0 || k == 0) return;
  char last = w->out.p[w->out.n - 1];
  if (k == 1) {
    if (last != ' ' && last != '\n') add(w, " ", 1);
  } else if (k == 2) {
    if (last != '\n') add(w, "\n", 1);
  } else {
    if (last != '\n') add(w, "\n", 1);
    if (w->out.n < 2 || w->out.p[w->out.n - 2] != '\n') add(w, "\n", 1);
  }
}

void dx_w_break(dx_writer *w, int kind) {
  if (kind > w->pending) w->pending = kind;
}

void dx_w_text(dx_writer *w, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      dx_w_break(w, (w->keep_ws && c == '\n') ? 2 : 1);
      i++;
      continue;
    }
    size_t j = i;
    while (j < n) {
      unsigned char d = (unsigned char)s[j];
      if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || d == '\f' || d == '\v') break;
      j++;
    }
    flush(w);
    add(w, s + i, j - i);
    i = j;
  }
}

static int starts_with(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && memcmp(s, w, k) == 0;
}

/* Does the heading text open with a marker segment.c recognises (一、
 * （一） 第一部分 1、 1．)? Then it needs no Markdown prefix. */
static int has_marker(const char *s, size_t n) {
  static const char *const digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (starts_with(s, n, "第") || starts_with(s, n, "（") || starts_with(s, n, "(") ||
      starts_with(s, n, "#"))
    return 1;
  size_t i = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') i++;
  if (i == 0) {
    for (size_t d = 0; d < sizeof digits / sizeof *digits; d++)
      while (starts_with(s + i, n - i, digits[d])) {
        i += 3;
        d = 0;
      }
  }
  return i > 0 && (starts_with(s + i, n - i, "、") || starts_with(s + i, n - i, "．") ||
                   starts_with(s + i, n - i, "."));
}

void dx_w_heading(dx_writer *w, size_t from, int level) {
  if (w->oom || from >= w->out.n) return;
  while (from < w->out.n && (w->out.p[from] == '\n' || w->out.p[from] == ' ')) from++;
  if (from >= w->out.n) return;
  if (!has_marker(w->out.p + from, w->out.n - from)) {
    size_t k = (size_t)(level >= 3 ? 3 : level < 1 ? 1 : level);
    if (!dx_buf_reserve(&w->out, k + 1)) {
      w->oom = 1;
      return;
    }
    memmove(w->out.p + from + k + 1, w->out.p + from, w->out.n - from);
    memset(w->out.p + from, '#', k);
    w->out.p[from + k] = ' ';
    w->out.n += k + 1;
  }
  w->pending = 0;
  dx_w_break(w, 3);
}
