/* body.h - internals of the Markdown body parser (guide_load_body).
 *
 * body.c walks cmark-gfm's syntax tree and fills sections, scripts,
 * levers and band words; the other body_*.c files read the text inside
 * single nodes: the strategy's ask and floor, the premium, and the
 * arithmetic of the scripts.  Nothing here is public API.
 */
#ifndef NEGOTIATOR_BODY_H
#define NEGOTIATOR_BODY_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

/* Free everything guide_load_body() added (and the raw body), leaving
 * the front-matter part of the guide alone.  Called by guide_free(). */
void guide_body_free(struct guide *g);

/* Read a deferred body back from the guide's file (guide.c); false,
 * with a warning in g->diags, when the file no longer reads as the same
 * guide. */
bool guide_body_reread(struct guide *g);

/* --- body_text.c: words and sentences inside one node's text ----------- */

#define BT_NONE ((size_t)-1)

/* A letter or digit; any byte of a multi-byte UTF-8 character counts. */
bool bt_word_char(char c);
/* Where a word starting with kw (lower-case ASCII) begins in s[from, to),
 * case-insensitively: "ask" finds "asks" but not "task".  BT_NONE when
 * absent. */
size_t bt_find_word(const char *s, size_t from, size_t to, const char *kw);
/* The same, but kw must be the whole word: "base" is not "based". */
size_t bt_find_whole_word(const char *s, size_t from, size_t to,
                          const char *kw);
/* True when a word starting with kw begins at s[i] ("rsu" at "RSUs"). */
bool bt_word_starts(const char *s, size_t len, size_t i, const char *kw);
/* True when the whole word at s[i] is kw (case-insensitive). */
bool bt_word_is(const char *s, size_t len, size_t i, const char *kw);
/* Step to the next word at or after *pos without leaving the sentence;
 * returns false at a sentence end or the end of the text.  On success
 * *pos is the word's start and *end its end. */
bool bt_next_word(const char *s, size_t len, size_t *pos, size_t *end);
/* The end (exclusive) of the sentence holding s[pos]: after '.', '!',
 * '?' or ';' followed by a space, or at a line break. */
size_t bt_sentence_end(const char *s, size_t len, size_t pos);
/* A one-line copy: cleaned (text_clean), line breaks and tabs turned
 * into spaces, runs of spaces squeezed, ends trimmed. */
char *bt_clean_line(const char *s, size_t len);

/* --- body_strategy.c: the target ask and the accept-at floor ----------- */

/* Read the strategy's text: fill each band's target (base, equity,
 * sign-on) and floor by currency, in the order of the bands that have
 * numbers, skipping what the front matter already set.  Returns true
 * when the text states an ask or a floor at all. */
bool body_apply_strategy(struct guide *g, const char *text, size_t len);

/* --- body_math.c: sums the scripts state ------------------------------ */

/* Count each "<A> base with <B>/year ... <C> over four years" claim in
 * the script where C is not 4 x (A + B); with report, warn about each in
 * g->diags. */
size_t body_check_script_math(struct guide *g, const struct script *s,
                              bool report);

/* --- body_premium.c: the agentic AI premium ---------------------------- */

/* Fill g->premium (unless it came from the front matter) from the
 * negotiation DNA summary and the body's text (blocks one per line);
 * ask_text holds the strategy and the lever scripts, which say whether
 * the target ask already includes the premium. */
void body_find_premium(struct guide *g, const char *body_text,
                       const char *ask_text);

#endif
