/*
 * lexicon.c: word sets (units, qualifiers, verbs, cues) matched at a byte
 * position, longest word first.
 *
 * The words come from Lua tables (data/lexicon.lua), so users extend them
 * without recompiling. Sets are small (tens to hundreds of words) and are
 * consulted only around numbers, so a bucket per first or last byte, sorted
 * by length, beats anything cleverer.
 */
#include <stdlib.h>
#include <string.h>

#include "dx.h"

/* Insertion sort of one bucket, longest word first: buckets hold a few
 * words each, and qsort would need a global for its context. */
static void sort_longest_first(const dx_word *words, uint32_t *v, uint32_t n) {
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = v[i], j = i;
    while (j > 0 && words[v[j - 1]].len < words[x].len) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

/* Bucket index: idx holds word numbers grouped by key byte; at[k] is where
 * bucket k starts and at[k + 1] where it ends. */
static int index_by(dx_wordset *ws, uint32_t **idx, uint32_t *at, int last) {
  memset(at, 0, 257 * sizeof *at);
  *idx = malloc((ws->n ? ws->n : 1) * sizeof **idx);
  if (!*idx) return 0;
  uint32_t count[256] = {0};
  for (size_t i = 0; i < ws->n; i++) {
    const dx_word *w = &ws->words[i];
    count[(unsigned char)w->word[last ? w->len - 1 : 0]]++;
  }
  for (int k = 0; k < 256; k++) at[k + 1] = at[k] + count[k];
  uint32_t fill[256];
  memcpy(fill, at, sizeof fill);
  for (size_t i = 0; i < ws->n; i++) {
    const dx_word *w = &ws->words[i];
    (*idx)[fill[(unsigned char)w->word[last ? w->len - 1 : 0]]++] = (uint32_t)i;
  }
  for (int k = 0; k < 256; k++)
    sort_longest_first(ws->words, *idx + at[k], at[k + 1] - at[k]);
  return 1;
}

int dx_wordset_build(dx_wordset *ws) {
  return index_by(ws, &ws->by_first, ws->first_at, 0) &&
         index_by(ws, &ws->by_last, ws->last_at, 1);
}

void dx_wordset_free(dx_wordset *ws) {
  for (size_t i = 0; i < ws->n; i++) {
    free((char *)ws->words[i].word);
    free((char *)ws->words[i].name);
  }
  free(ws->words);
  free(ws->by_first);
  free(ws->by_last);
  memset(ws, 0, sizeof *ws);
}

const dx_word *dx_match_prefix(const dx_wordset *ws, const unsigned char *s,
                               size_t n) {
  if (n == 0 || !ws->by_first) return NULL;
  for (uint32_t i = ws->first_at[s[0]]; i < ws->first_at[s[0] + 1]; i++) {
    const dx_word *w = &ws->words[ws->by_first[i]];
    if (w->len <= n && memcmp(s, w->word, w->len) == 0) return w;
  }
  return NULL;
}

const dx_word *dx_match_suffix(const dx_wordset *ws, const unsigned char *s,
                               size_t end) {
  if (end == 0 || !ws->by_last) return NULL;
  unsigned k = s[end - 1];
  for (uint32_t i = ws->last_at[k]; i < ws->last_at[k + 1]; i++) {
    const dx_word *w = &ws->words[ws->by_last[i]];
    if (w->len <= end && memcmp(s + end - w->len, w->word, w->len) == 0)
      return w;
  }
  return NULL;
}

void dx_lexicon_free(dx_lexicon *lx) {
  dx_wordset_free(&lx->units);
  dx_wordset_free(&lx->mults);
  dx_wordset_free(&lx->stops);
  dx_wordset_free(&lx->before);
  dx_wordset_free(&lx->after);
  dx_wordset_free(&lx->verbs);
  dx_wordset_free(&lx->fillers);
  dx_wordset_free(&lx->cues);
  dx_wordset_free(&lx->words);
  dx_wordset_free(&lx->separators);
}

const char *dx_cmp_name(int cmp) {
  static const char *names[] = {"=", ">=", ">", "<=", "<", "~", "range"};
  return cmp >= 0 && cmp <= CMP_RANGE ? names[cmp] : "=";
}
