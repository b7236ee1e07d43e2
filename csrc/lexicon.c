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

/* The words' numbers, longest word first and in list order among words of
 * one length (a counting sort: lexicons hold thousands of words, and the
 * buckets of the short index, by first byte, hold most of the Chinese
 * ones, which an insertion sort per bucket took quadratic time over at
 * every start). Filled in this order, each bucket is sorted. NULL: no
 * memory. */
static uint32_t *longest_first(const dx_wordset *ws) {
  size_t longest = 0;
  for (size_t i = 0; i < ws->n; i++)
    if (ws->words[i].len > longest) longest = ws->words[i].len;
  uint32_t *order = malloc((ws->n ? ws->n : 1) * sizeof *order);
  size_t *start = calloc(longest + 2, sizeof *start);
  if (!order || !start) {
    free(order);
    free(start);
    return NULL;
  }
  /* start[longest - len + 1] counts the words of length len; summed, start[k]
   * is where the words of length longest - k begin */
  for (size_t i = 0; i < ws->n; i++) start[longest - ws->words[i].len + 1]++;
  for (size_t k = 1; k <= longest + 1; k++) start[k] += start[k - 1];
  for (size_t i = 0; i < ws->n; i++) order[start[longest - ws->words[i].len]++] = (uint32_t)i;
  free(start);
  return order;
}

/* Bucket key of a word: hash of its first (last) three bytes when long,
 * else its first (last) byte; -1 when it belongs to the other index. */
static long key_of(const dx_wordset *ws, const dx_word *w, int last, int long_words) {
  if (long_words != (w->len >= 3)) return -1;
  const unsigned char *p = (const unsigned char *)w->word;
  if (long_words) return dx_hash3(last ? p + w->len - 3 : p, ws->hash_bits);
  return last ? p[w->len - 1] : p[0];
}

/* idx lists word numbers grouped by key; at[k] .. at[k + 1] is bucket k,
 * longest word first (the words taken in the order longest_first made). */
static int index_by(dx_wordset *ws, const uint32_t *order, uint32_t **idx, uint32_t *at,
                    uint32_t buckets, int last, int long_words) {
  memset(at, 0, (buckets + 1) * sizeof *at);
  *idx = malloc((ws->n ? ws->n : 1) * sizeof **idx);
  uint32_t *fill = calloc(buckets, sizeof *fill);
  if (!*idx || !fill) {
    free(fill);
    return 0;
  }
  for (size_t i = 0; i < ws->n; i++) {
    long k = key_of(ws, &ws->words[i], last, long_words);
    if (k >= 0) fill[k]++;
  }
  for (uint32_t k = 0; k < buckets; k++) at[k + 1] = at[k] + fill[k];
  memcpy(fill, at, buckets * sizeof *fill);
  for (size_t r = 0; r < ws->n; r++) {
    uint32_t i = order[r];
    long k = key_of(ws, &ws->words[i], last, long_words);
    if (k >= 0) (*idx)[fill[k]++] = i;
  }
  free(fill);
  return 1;
}

int dx_wordset_build(dx_wordset *ws) {
  size_t long_words = 0;
  for (size_t i = 0; i < ws->n; i++) long_words += ws->words[i].len >= 3;
  ws->hash_bits = 4;
  while (ws->hash_bits < 12 && ((size_t)1 << ws->hash_bits) < 8 * long_words) ws->hash_bits++;
  uint32_t buckets = (uint32_t)1 << ws->hash_bits;
  ws->first_at = malloc(2 * (buckets + 1) * sizeof *ws->first_at);
  if (!ws->first_at) return 0;
  ws->last_at = ws->first_at + buckets + 1;
  uint32_t *order = longest_first(ws);
  int ok = order && index_by(ws, order, &ws->by_first, ws->first_at, buckets, 0, 1) &&
           index_by(ws, order, &ws->by_last, ws->last_at, buckets, 1, 1) &&
           index_by(ws, order, &ws->short_first, ws->sfirst_at, 256, 0, 0) &&
           index_by(ws, order, &ws->short_last, ws->slast_at, 256, 1, 0);
  free(order);
  return ok;
}

void dx_wordset_free(dx_wordset *ws) {
  for (size_t i = 0; i < ws->n; i++) {
    free((char *)ws->words[i].word);
    free((char *)ws->words[i].name);
    free((char *)ws->words[i].name2);
  }
  free(ws->words);
  free(ws->by_first);
  free(ws->by_last);
  free(ws->short_first);
  free(ws->short_last);
  free(ws->first_at); /* last_at is its second half */
  memset(ws, 0, sizeof *ws);
}

/* Do the len bytes at a and b agree? Words are a few bytes long: a loop
 * that stops at the first difference beats a call of memcmp. */
static int same_bytes(const unsigned char *a, const char *b, size_t len) {
  for (size_t k = 0; k < len; k++)
    if (a[k] != (unsigned char)b[k]) return 0;
  return 1;
}

const dx_word *dx_match_prefix(const dx_wordset *ws, const unsigned char *s,
                               size_t n) {
  if (n == 0 || !ws->by_first) return NULL;
  if (n >= 3) {
    uint32_t h = dx_hash3(s, ws->hash_bits);
    for (uint32_t i = ws->first_at[h]; i < ws->first_at[h + 1]; i++) {
      const dx_word *w = &ws->words[ws->by_first[i]];
      if (w->len <= n && same_bytes(s, w->word, w->len)) return w;
    }
  }
  for (uint32_t i = ws->sfirst_at[s[0]]; i < ws->sfirst_at[s[0] + 1]; i++) {
    const dx_word *w = &ws->words[ws->short_first[i]];
    if (w->len <= n && same_bytes(s, w->word, w->len)) return w;
  }
  return NULL;
}

const dx_word *dx_match_suffix(const dx_wordset *ws, const unsigned char *s,
                               size_t end) {
  if (end == 0 || !ws->by_last) return NULL;
  if (end >= 3) {
    uint32_t h = dx_hash3(s + end - 3, ws->hash_bits);
    for (uint32_t i = ws->last_at[h]; i < ws->last_at[h + 1]; i++) {
      const dx_word *w = &ws->words[ws->by_last[i]];
      if (w->len <= end && same_bytes(s + end - w->len, w->word, w->len)) return w;
    }
  }
  unsigned k = s[end - 1];
  for (uint32_t i = ws->slast_at[k]; i < ws->slast_at[k + 1]; i++) {
    const dx_word *w = &ws->words[ws->short_last[i]];
    if (w->len <= end && same_bytes(s + end - w->len, w->word, w->len)) return w;
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
  dx_wordset_free(&lx->relative_verbs);
  dx_wordset_free(&lx->change_verbs);
  dx_wordset_free(&lx->head_nouns);
  dx_wordset_free(&lx->rank_frames);
  dx_wordset_free(&lx->rank_scopes);
  dx_wordset_free(&lx->whole_words);
  dx_wordset_free(&lx->continuers);
  dx_wordset_free(&lx->yardstick_verbs);
  dx_wordset_free(&lx->object_verbs);
  dx_wordset_free(&lx->nominal_verbs);
  dx_wordset_free(&lx->light_verbs);
  dx_wordset_free(&lx->measured_objects);
  dx_wordset_free(&lx->openers);
  dx_wordset_free(&lx->relative_clause_words);
  dx_wordset_free(&lx->shared_heads);
  dx_wordset_free(&lx->place_suffixes);
  dx_wordset_free(&lx->paired_place_suffixes);
  dx_wordset_free(&lx->pair_words);
  dx_wordset_free(&lx->rate_frames);
  dx_wordset_free(&lx->money_rates);
  dx_wordset_free(&lx->part_openers);
  dx_wordset_free(&lx->plan_shares);
  dx_wordset_free(&lx->one_char_nouns);
  dx_wordset_free(&lx->shared_modifiers);
  dx_wordset_free(&lx->adverbial_prepositions);
  dx_wordset_free(&lx->streaks);
  dx_wordset_free(&lx->span_openers);
  dx_wordset_free(&lx->span_closers);
  dx_wordset_free(&lx->prepositions);
  dx_wordset_free(&lx->crossing_verbs);
  dx_wordset_free(&lx->task_nouns);
  dx_wordset_free(&lx->share_frames);
  dx_wordset_free(&lx->actors);
  dx_wordset_free(&lx->heading_ends);
}

const char *dx_cmp_name(int cmp) {
  static const char *names[] = {"=", ">=", ">", "<=", "<", "~", "range"};
  return cmp >= 0 && cmp <= CMP_RANGE ? names[cmp] : "=";
}
