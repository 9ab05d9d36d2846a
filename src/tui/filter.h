/* filter.h - which guides a filter text keeps.  Pure: no curses.
 *
 * Only what guide_load() read is looked at (company, role, their display
 * names, the band regions): filtering never parses a body.  A query is
 * prepared once per keystroke and then matched against every guide, so
 * a library of thousands filters within a frame. */
#ifndef NEGOTIATOR_TUI_FILTER_H
#define NEGOTIATOR_TUI_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/guide.h"
#include "negotiator/region.h"

#define FILTER_MAX_WORDS 8
#define FILTER_MAX_WORD 64

struct filter_query {
	size_t count;
	struct filter_word {
		char lower[FILTER_MAX_WORD]; /* ASCII-lower-cased */
		size_t len;
		struct region_query region;
	} words[FILTER_MAX_WORDS];
};

/* Split query into words (at most FILTER_MAX_WORDS; longer words are
 * cut).  An empty query keeps every guide. */
void filter_query_init(struct filter_query *q, const char *query);
/* True when every word occurs, ignoring ASCII case, in the guide's
 * company, role, display names or a region, or names a region by an
 * alias ("NYC"). */
bool filter_query_match(const struct filter_query *q, const struct guide *g);

/* Bytes below 0x20 never occur in a record's words, bytes from 0x80 (of
 * UTF-8 sequences) share one set. */
#define FILTER_LETTERS 97
#define FILTER_PAIRS 512
#define FILTER_ALNUM 36 /* a-z, 0-9 */

/* The searchable text of a whole library in one lower-cased buffer, a
 * record per guide: scanning it in order is what makes a keystroke cheap
 * (following each guide's own strings costs a cache miss apiece).  A
 * record is its fields, each followed by '\x1f', then '\x1e' and the
 * regions' aliases, each between '\x1f's. */
struct filter_index {
	char *text;
	size_t *start;   /* record i: text[start[i] .. start[i + 1]) */
	size_t *aliases; /* record i's '\x1e' (its aliases follow) */
	size_t *display; /* record i's company_display */
	char *initials;  /* record i's: [2i] display's first, [2i+1] slug's */
	size_t count;
	/* Which records hold a letter (in a field, or first in an alias),
	 * and which a pair of letters anywhere (the pairs hashed into
	 * FILTER_PAIRS sets): one bit per record, `words` 64-bit words a
	 * set.  A word can only be in a record that holds its pairs, and
	 * a one-letter word is in exactly those that hold the letter, so
	 * the first letter of a query is answered without a scan and the
	 * next ones search only the records left (issue 18). */
	size_t words;
	uint64_t *letters; /* FILTER_LETTERS sets */
	uint64_t *pairs;   /* FILTER_PAIRS sets */
	/* Pairs of ASCII letters and digits, unhashed: the records that
	 * hold one in a field or as an alias's first two, exactly what a
	 * two-letter word asks; a set only for a pair the library holds
	 * (NULL for the others). */
	uint64_t *alnum_pairs[FILTER_ALNUM * FILTER_ALNUM];
};

void filter_index_build(struct filter_index *ix, struct guide *const *guides,
                        size_t count);
void filter_index_free(struct filter_index *ix);
/* filter_query_match() for guide i of the library the index was built
 * from, except that a word may also be the start of an alias ("bomb" for
 * Mumbai, by Bombay), so that each letter typed only narrows the rows. */
bool filter_index_match(const struct filter_index *ix, size_t i,
                        const struct filter_query *q);
/* Whether guide i's company (its display name or its slug) starts
 * with typed, ignoring ASCII case and leading spaces: from the index's
 * contiguous text, so that looking through thousands of rows for it
 * does not follow each guide's own strings. */
bool filter_index_company_starts(const struct filter_index *ix, size_t i,
                                 const char *typed);
/* The records that may match q, as a set of `ix->words` words in may
 * (every record that matches is in it; filter_index_match decides). */
void filter_index_may(const struct filter_index *ix,
                      const struct filter_query *q, uint64_t *may);
/* True when filter_index_may's set is the answer itself: every word is
 * one ASCII character, or two ASCII letters or digits (their sets hold
 * the records that have them in a field or at the start of an alias,
 * as filter_index_match asks). */
bool filter_index_exact(const struct filter_query *q);
static inline bool filter_index_in(const uint64_t *may, size_t i)
{
	return (may[i / 64] >> (i % 64)) & 1u;
}

/* Both at once, for a single guide. */
bool filter_match(const struct guide *g, const char *query);

#endif
