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

/* Bytes below 0x20 never occur in an entry, bytes from 0x80 (of UTF-8
 * sequences) share one letter set. */
#define FILTER_LETTERS 97

/* The searchable words of a whole library, each distinct one once: a
 * library of thousands of guides writes few distinct companies, roles
 * and places, so a query word is looked for in those entries, not in
 * every guide, and the guides it keeps are the entries' guides.  A
 * keystroke's work grows with the distinct entries and with the guides
 * it keeps, not with the library (issue 18).  Entries are fields
 * (company, role, their display names, a region: a word anywhere in
 * them) and the regions' aliases (a word at their start). */
struct filter_index {
	size_t count; /* guides */
	size_t words; /* 64-bit words in a set of guides, a bit a guide */
	char *text;   /* the entries, lower-cased, each ended by '\x1f' */
	size_t *at;   /* entry e: text[at[e] .. at[e + 1] - 1) */
	unsigned char *alias; /* entry e is an alias */
	size_t entries;
	uint32_t *post_at, *post; /* entry e's guides, ascending:
	                             post[post_at[e] .. post_at[e + 1]) */
	uint32_t *rec_at, *rec;   /* guide i's entries:
	                             rec[rec_at[i] .. rec_at[i + 1]) */
	uint32_t *company;        /* guide i's [2i] display name, [2i+1] slug */
	uint32_t *company_guide;  /* entry e: the first guide whose company
	                             it is (either name); UINT32_MAX if none */
	/* Which guides hold a letter (anywhere in a field, first in an
	 * alias): a one-letter word's answer, FILTER_LETTERS sets. */
	uint64_t *letters;
};

void filter_index_build(struct filter_index *ix, struct guide *const *guides,
                        size_t count);
void filter_index_free(struct filter_index *ix);
/* filter_query_match() for guide i of the library the index was built
 * from, except that a word may also be the start of an alias ("bomb" for
 * Mumbai, by Bombay), so that each letter typed only narrows the rows. */
bool filter_index_match(const struct filter_index *ix, size_t i,
                        const struct filter_query *q);
/* The guides filter_index_match() keeps, as a set of `ix->words` words:
 * from the entries that hold each word, never by looking at each guide
 * (a one-letter word: the letter's set). */
void filter_index_select(const struct filter_index *ix,
                         const struct filter_query *q, uint64_t *set);
static inline bool filter_index_in(const uint64_t *set, size_t i)
{
	return (set[i / 64] >> (i % 64)) & 1u;
}
/* Whether guide i's company (its display name or its slug) starts
 * with typed, ignoring ASCII case and leading spaces. */
bool filter_index_company_starts(const struct filter_index *ix, size_t i,
                                 const char *typed);
/* The first guide (the lowest index) for which
 * filter_index_company_starts() holds; SIZE_MAX when none does.  From
 * the entries that start with typed, not from each guide. */
size_t filter_index_company_first(const struct filter_index *ix,
                                  const char *typed);

/* Both at once, for a single guide. */
bool filter_match(const struct guide *g, const char *query);

#endif
