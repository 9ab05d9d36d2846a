/* filter.c - match guides against a filter text (see filter.h). */
#include "tui/filter.h"

#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

/* Does field contain the lower-cased word, ignoring ASCII case? */
static bool contains(const char *field, const struct filter_word *w)
{
	if (!field)
		return false;
	char first = w->lower[0];
	for (const char *p = field; *p; p++) {
		if (text_ascii_lower(*p) != first)
			continue;
		size_t i = 1;
		while (i < w->len && p[i] &&
		       text_ascii_lower(p[i]) == w->lower[i])
			i++;
		if (i == w->len)
			return true;
	}
	return false;
}

void filter_query_init(struct filter_query *q, const char *query)
{
	const char *p = query ? query : "";
	q->count = 0;
	while (*p && q->count < FILTER_MAX_WORDS) {
		while (*p == ' ')
			p++;
		size_t n = strcspn(p, " ");
		if (n == 0)
			break;
		struct filter_word *w = &q->words[q->count++];
		w->len = n < FILTER_MAX_WORD - 1 ? n : FILTER_MAX_WORD - 1;
		for (size_t i = 0; i < w->len; i++)
			w->lower[i] = text_ascii_lower(p[i]);
		w->lower[w->len] = '\0';
		region_query_init(&w->region, w->lower, w->len);
		p += n;
	}
}

static bool word_matches(const struct guide *g, const struct filter_word *w)
{
	if (contains(g->company, w) || contains(g->role, w) ||
	    contains(g->company_display, w) || contains(g->role_display, w))
		return true;
	for (size_t i = 0; i < g->band_count; i++)
		if (contains(g->bands[i].region, w) ||
		    region_query_matches(&w->region, g->bands[i].region))
			return true;
	return false;
}

bool filter_query_match(const struct filter_query *q, const struct guide *g)
{
	for (size_t i = 0; i < q->count; i++)
		if (!word_matches(g, &q->words[i]))
			return false;
	return true;
}

/* The index --------------------------------------------------------------
 *
 * A library of thousands of guides writes few distinct words: its
 * companies, a few dozen roles, a few dozen places.  The index keeps each
 * distinct entry once (lower-cased, in one buffer) with the guides that
 * hold it, so that a query word is looked for in the entries, not in
 * every guide, and the guides it keeps come from the entries it is in. */

/* A byte's letter set. */
static size_t letter_of(unsigned char c)
{
	return c >= 0x80 ? FILTER_LETTERS - 1 : c < 0x20 ? 0 : c - 0x20u;
}

/* While the index is built: the entries met so far, by their text. */
struct builder {
	struct filter_index *ix;
	struct strbuf text, word;
	size_t at_cap, alias_cap, rec_cap;
	uint32_t *slot; /* open addressing: entry + 1, 0 when free */
	size_t mask;
	size_t rec_len;         /* entries recorded for the guides so far */
	uint64_t (*mask_of)[2]; /* each entry's letters (97 bits) */
	size_t mask_cap;
};

static uint64_t hash_of(const char *s, size_t n, bool alias)
{
	uint64_t h = alias ? 0x9e3779b97f4a7c15u : 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3u;
	}
	return h;
}

static void builder_rehash(struct builder *b)
{
	struct filter_index *ix = b->ix;
	size_t size = b->mask ? 2 * (b->mask + 1) : 1024;

	free(b->slot);
	b->slot = xcalloc(size, sizeof *b->slot);
	b->mask = size - 1;
	for (size_t e = 0; e < ix->entries; e++) {
		const char *t = b->text.data + ix->at[e];
		size_t n = ix->at[e + 1] - ix->at[e] - 1;
		size_t h = hash_of(t, n, ix->alias[e]) & b->mask;
		while (b->slot[h])
			h = (h + 1) & b->mask;
		b->slot[h] = (uint32_t)e + 1;
	}
}

/* The entry of the lower-cased text in b->word (new if need be). */
static uint32_t builder_entry(struct builder *b, bool alias)
{
	struct filter_index *ix = b->ix;
	const char *w = b->word.data ? b->word.data : "";
	size_t n = b->word.len;

	if (2 * (ix->entries + 1) > b->mask)
		builder_rehash(b);
	size_t h = hash_of(w, n, alias) & b->mask;
	for (; b->slot[h]; h = (h + 1) & b->mask) {
		uint32_t e = b->slot[h] - 1;
		if ((bool)ix->alias[e] == alias &&
		    ix->at[e + 1] - ix->at[e] - 1 == n &&
		    memcmp(b->text.data + ix->at[e], w, n) == 0)
			return e;
	}
	uint32_t e = (uint32_t)ix->entries++;
	b->slot[h] = e + 1;
	ix->at = xgrow(ix->at, &b->at_cap, ix->entries + 1, sizeof *ix->at);
	ix->alias =
		xgrow(ix->alias, &b->alias_cap, ix->entries, sizeof *ix->alias);
	b->mask_of = xgrow(b->mask_of, &b->mask_cap, ix->entries,
	                   sizeof *b->mask_of);
	ix->alias[e] = alias;
	memset(b->mask_of[e], 0, sizeof b->mask_of[e]);
	/* A letter as a one-letter word matches anywhere in a field, only
	 * first in an alias. */
	for (size_t i = 0; i < (alias ? (n > 0) : n); i++) {
		size_t l = letter_of((unsigned char)w[i]);
		b->mask_of[e][l / 64] |= (uint64_t)1 << (l % 64);
	}
	sb_add(&b->text, w, n);
	sb_addc(&b->text, '\x1f');
	ix->at[e + 1] = b->text.len;
	return e;
}

/* Record the text (lower-cased) as one of the current guide's entries;
 * returns the entry. */
static uint32_t builder_add(struct builder *b, const char *s, size_t n,
                            bool alias)
{
	struct filter_index *ix = b->ix;

	b->word.len = 0;
	for (size_t i = 0; i < n; i++)
		sb_addc(&b->word, text_ascii_lower(s[i]));
	uint32_t e = builder_entry(b, alias);
	for (size_t k = ix->rec_at[ix->count]; k < b->rec_len; k++)
		if (ix->rec[k] == e)
			return e; /* the guide holds it already */
	ix->rec = xgrow(ix->rec, &b->rec_cap, b->rec_len + 1, sizeof *ix->rec);
	ix->rec[b->rec_len++] = e;
	return e;
}

static void add_alias(const char *alias, size_t len, void *ctx)
{
	builder_add(ctx, alias, len, true);
}

static uint32_t add_field(struct builder *b, const char *s)
{
	return builder_add(b, s ? s : "", s ? strlen(s) : 0, false);
}

static void builder_guide(struct builder *b, const struct guide *g)
{
	struct filter_index *ix = b->ix;
	size_t i = ix->count;

	ix->company[2 * i + 1] = add_field(b, g->company);
	add_field(b, g->role);
	ix->company[2 * i] = add_field(b, g->company_display);
	add_field(b, g->role_display);
	for (size_t k = 0; k < g->band_count; k++)
		add_field(b, g->bands[k].region);
	for (size_t k = 0; k < g->band_count; k++)
		region_aliases(g->bands[k].region, add_alias, b);
	ix->count++;
	ix->rec_at[ix->count] = (uint32_t)b->rec_len;
}

void filter_index_build(struct filter_index *ix, struct guide *const *guides,
                        size_t count)
{
	struct builder b = {.ix = ix};

	memset(ix, 0, sizeof *ix);
	sb_init(&b.text);
	sb_init(&b.word);
	ix->at = xgrow(NULL, &b.at_cap, 1, sizeof *ix->at);
	ix->at[0] = 0;
	ix->rec_at = xmalloc((count + 1) * sizeof *ix->rec_at);
	ix->rec_at[0] = 0;
	ix->company = xmalloc((2 * count + 1) * sizeof *ix->company);
	for (size_t i = 0; i < count; i++)
		builder_guide(&b, guides[i]);
	ix->text = sb_take(&b.text);
	sb_free(&b.word);
	free(b.slot);

	/* Each entry's guides, in order: counted, then placed. */
	ix->post_at = xcalloc(ix->entries + 1, sizeof *ix->post_at);
	for (size_t k = 0; k < b.rec_len; k++)
		ix->post_at[ix->rec[k] + 1]++;
	for (size_t e = 0; e < ix->entries; e++)
		ix->post_at[e + 1] += ix->post_at[e];
	ix->post = xmalloc((b.rec_len + 1) * sizeof *ix->post);
	uint32_t *fill = xmalloc((ix->entries + 1) * sizeof *fill);
	memcpy(fill, ix->post_at, ix->entries * sizeof *fill);
	for (size_t i = 0; i < count; i++)
		for (size_t k = ix->rec_at[i]; k < ix->rec_at[i + 1]; k++)
			ix->post[fill[ix->rec[k]]++] = (uint32_t)i;
	free(fill);

	/* Each entry's first guide that has it as its company: where
	 * typing a company's first letters goes, without walking the
	 * guides of a role or a place that starts the same. */
	ix->company_guide = xmalloc((ix->entries + 1) * sizeof *ix->company_guide);
	memset(ix->company_guide, 0xff,
	       (ix->entries + 1) * sizeof *ix->company_guide);
	for (size_t i = count; i-- > 0;) {
		ix->company_guide[ix->company[2 * i]] = (uint32_t)i;
		ix->company_guide[ix->company[2 * i + 1]] = (uint32_t)i;
	}

	/* Which guides hold each letter: a one-letter word's answer. */
	ix->words = (count + 63) / 64;
	ix->letters = xcalloc(FILTER_LETTERS * ix->words + 1, sizeof(uint64_t));
	for (size_t i = 0; i < count; i++) {
		uint64_t m[2] = {0, 0}, bit = (uint64_t)1 << (i % 64);
		for (size_t k = ix->rec_at[i]; k < ix->rec_at[i + 1]; k++) {
			m[0] |= b.mask_of[ix->rec[k]][0];
			m[1] |= b.mask_of[ix->rec[k]][1];
		}
		for (size_t l = 0; l < FILTER_LETTERS; l++)
			if ((m[l / 64] >> (l % 64)) & 1u)
				ix->letters[l * ix->words + i / 64] |= bit;
	}
	free(b.mask_of);
}

void filter_index_free(struct filter_index *ix)
{
	free(ix->text);
	free(ix->at);
	free(ix->alias);
	free(ix->post_at);
	free(ix->post);
	free(ix->rec_at);
	free(ix->rec);
	free(ix->company);
	free(ix->company_guide);
	free(ix->letters);
	memset(ix, 0, sizeof *ix);
}

/* Whether a word can be in an entry at all: entries hold no control
 * bytes (their separator is one). */
static bool word_plain(const struct filter_word *w)
{
	for (size_t i = 0; i < w->len; i++)
		if ((unsigned char)w->lower[i] < 0x20)
			return false;
	return w->len > 0;
}

/* Does entry e hold the word (a field anywhere, an alias first)? */
static bool entry_has(const struct filter_index *ix, size_t e,
                      const struct filter_word *w)
{
	const char *p = ix->text + ix->at[e];
	const char *end = ix->text + ix->at[e + 1] - 1;

	if (ix->alias[e])
		return (size_t)(end - p) >= w->len &&
		       memcmp(p, w->lower, w->len) == 0;
	while (p + w->len <= end &&
	       (p = memchr(p, w->lower[0], (size_t)(end - p))) != NULL &&
	       p + w->len <= end) {
		if (memcmp(p, w->lower, w->len) == 0)
			return true;
		p++;
	}
	return false;
}

bool filter_index_match(const struct filter_index *ix, size_t i,
                        const struct filter_query *q)
{
	for (size_t k = 0; k < q->count; k++) {
		const struct filter_word *w = &q->words[k];
		bool found = false;
		if (!word_plain(w))
			return false;
		for (size_t r = ix->rec_at[i]; r < ix->rec_at[i + 1] && !found;
		     r++)
			found = entry_has(ix, ix->rec[r], w);
		if (!found)
			return false;
	}
	return true;
}

/* The entry that holds text offset `off` (the last that starts at or
 * before it). */
static size_t entry_at(const struct filter_index *ix, size_t off)
{
	size_t lo = 0, hi = ix->entries;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix->at[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The guides that hold the word, into set (cleared first): every entry
 * the word is in, found in one pass over the entries' text, then those
 * entries' guides. */
static void word_set(const struct filter_index *ix, const struct filter_word *w,
                     uint64_t *set)
{
	const char *text = ix->text, *end = text + ix->at[ix->entries];
	const char *p = text;

	memset(set, 0, ix->words * sizeof *set);
	if (w->len == 1 && (unsigned char)w->lower[0] < 0x80) {
		memcpy(set,
		       ix->letters + letter_of((unsigned char)w->lower[0]) *
		                             ix->words,
		       ix->words * sizeof *set);
		return;
	}
	while (p + w->len <= end &&
	       (p = memchr(p, w->lower[0], (size_t)(end - p))) != NULL &&
	       p + w->len <= end) {
		if (memcmp(p, w->lower, w->len) != 0) {
			p++;
			continue;
		}
		size_t e = entry_at(ix, (size_t)(p - text));
		if (!ix->alias[e] || p == text + ix->at[e])
			for (size_t k = ix->post_at[e]; k < ix->post_at[e + 1];
			     k++)
				set[ix->post[k] / 64] |= (uint64_t)1
				                         << (ix->post[k] % 64);
		p = text + ix->at[e + 1]; /* the next entry */
	}
}

void filter_index_select(const struct filter_index *ix,
                         const struct filter_query *q, uint64_t *set)
{
	uint64_t *word = xmalloc((ix->words + 1) * sizeof *word);

	memset(set, 0xff, ix->words * sizeof *set);
	if (ix->count % 64)
		set[ix->words - 1] = ((uint64_t)1 << (ix->count % 64)) - 1;
	for (size_t k = 0; k < q->count; k++) {
		if (!word_plain(&q->words[k])) {
			memset(set, 0, ix->words * sizeof *set);
			break;
		}
		word_set(ix, &q->words[k], word);
		for (size_t j = 0; j < ix->words; j++)
			set[j] &= word[j];
	}
	free(word);
}

/* Does the entry's text start with typed? */
static bool entry_starts(const struct filter_index *ix, uint32_t e,
                         const char *typed)
{
	const char *p = ix->text + ix->at[e];
	size_t i;

	for (i = 0; typed[i] && p[i] != '\x1f'; i++)
		if (text_ascii_lower(typed[i]) != p[i])
			return false;
	return !typed[i];
}

size_t filter_index_company_first(const struct filter_index *ix,
                                  const char *typed)
{
	size_t best = SIZE_MAX;

	while (*typed == ' ')
		typed++;
	if (!*typed)
		return best;
	/* The entries that start so: the first guide of theirs that has
	 * one of them as its company. */
	for (size_t e = 0; e < ix->entries; e++) {
		if (ix->company_guide[e] == UINT32_MAX ||
		    ix->company_guide[e] >= best ||
		    ix->text[ix->at[e]] != text_ascii_lower(*typed) ||
		    !entry_starts(ix, (uint32_t)e, typed))
			continue;
		best = ix->company_guide[e];
	}
	return best;
}

bool filter_index_company_starts(const struct filter_index *ix, size_t i,
                                 const char *typed)
{
	while (*typed == ' ')
		typed++;
	if (!*typed)
		return false;
	return entry_starts(ix, ix->company[2 * i], typed) ||
	       entry_starts(ix, ix->company[2 * i + 1], typed);
}

bool filter_match(const struct guide *g, const char *query)
{
	struct filter_query q;
	filter_query_init(&q, query);
	return filter_query_match(&q, g);
}
