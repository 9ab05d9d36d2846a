/* filter.c - match guides against a filter text (see filter.h). */
#include "tui/filter.h"

#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Does field contain the lower-cased word, ignoring ASCII case? */
static bool contains(const char *field, const struct filter_word *w)
{
	if (!field)
		return false;
	char first = w->lower[0];
	for (const char *p = field; *p; p++) {
		if (lower(*p) != first)
			continue;
		size_t i = 1;
		while (i < w->len && p[i] && lower(p[i]) == w->lower[i])
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
			w->lower[i] = lower(p[i]);
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

static void add_lower(struct strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sb_addc(sb, lower(s[i]));
}

static void add_field(struct strbuf *sb, const char *s)
{
	if (s)
		add_lower(sb, s, strlen(s));
	sb_addc(sb, '\x1f');
}

static void add_alias(const char *alias, size_t len, void *ctx)
{
	add_lower(ctx, alias, len);
	sb_addc(ctx, '\x1f');
}

/* A byte's letter set, and a pair's (hashed). */
static size_t letter_of(unsigned char c)
{
	return c >= 0x80 ? FILTER_LETTERS - 1 : c < 0x20 ? 0 : c - 0x20u;
}

static size_t pair_of(unsigned char a, unsigned char b)
{
	return (letter_of(a) * 31u + letter_of(b)) % FILTER_PAIRS;
}

/* A letter's or digit's place among FILTER_ALNUM; -1 for other bytes. */
static int alnum_of(unsigned char c)
{
	return c >= 'a' && c <= 'z'   ? c - 'a'
	       : c >= '0' && c <= '9' ? 26 + (c - '0')
	                              : -1;
}

/* The unhashed set of a pair of letters or digits; -1 for another. */
static int alnum_pair(unsigned char a, unsigned char b)
{
	int x = alnum_of(a), y = alnum_of(b);
	return x < 0 || y < 0 ? -1 : x * FILTER_ALNUM + y;
}

/* Record i's letters and pairs into their sets. */
static void index_record(struct filter_index *ix, size_t i)
{
	const unsigned char *p = (const unsigned char *)ix->text + ix->start[i];
	const unsigned char *end =
		(const unsigned char *)ix->text + ix->start[i + 1];
	const unsigned char *aliases =
		(const unsigned char *)ix->text + ix->aliases[i];
	uint64_t bit = (uint64_t)1 << (i % 64);
	size_t w = i / 64;

	for (; p < end; p++) {
		if (*p < 0x20) /* the separators */
			continue;
		/* A letter as a one-letter word matches: anywhere in the
		 * fields, only at an alias's start (filter_index_match). */
		bool counts = p < aliases || p[-1] == '\x1f';
		if (counts)
			ix->letters[letter_of(*p) * ix->words + w] |= bit;
		if (p + 1 >= end || p[1] < 0x20)
			continue;
		ix->pairs[pair_of(p[0], p[1]) * ix->words + w] |= bit;
		int k = alnum_pair(p[0], p[1]);
		if (counts && k >= 0) {
			if (!ix->alnum_pairs[k])
				ix->alnum_pairs[k] = xcalloc(ix->words + 1,
				                             sizeof(uint64_t));
			ix->alnum_pairs[k][w] |= bit;
		}
	}
}

void filter_index_build(struct filter_index *ix, struct guide *const *guides,
                        size_t count)
{
	struct strbuf sb;
	sb_init(&sb);
	ix->start = xmalloc((count + 1) * sizeof *ix->start);
	ix->aliases = xmalloc((count + 1) * sizeof *ix->aliases);
	ix->display = xmalloc((count + 1) * sizeof *ix->display);
	ix->initials = xmalloc(2 * count + 1);
	ix->count = count;
	for (size_t i = 0; i < count; i++) {
		const struct guide *g = guides[i];
		ix->start[i] = sb.len;
		add_field(&sb, g->company);
		add_field(&sb, g->role);
		ix->display[i] = sb.len;
		add_field(&sb, g->company_display);
		add_field(&sb, g->role_display);
		for (size_t b = 0; b < g->band_count; b++)
			add_field(&sb, g->bands[b].region);
		ix->aliases[i] = sb.len;
		sb_addc(&sb, '\x1e');
		sb_addc(&sb, '\x1f');
		for (size_t b = 0; b < g->band_count; b++) {
			add_alias(g->bands[b].region,
			          strlen(g->bands[b].region), &sb);
			region_aliases(g->bands[b].region, add_alias, &sb);
		}
	}
	ix->start[count] = sb.len;
	ix->text = sb_take(&sb);
	for (size_t i = 0; i < count; i++) {
		ix->initials[2 * i] = ix->text[ix->display[i]];
		ix->initials[2 * i + 1] = ix->text[ix->start[i]];
	}
	ix->words = (count + 63) / 64;
	ix->letters = xcalloc(FILTER_LETTERS * ix->words + 1, sizeof(uint64_t));
	ix->pairs = xcalloc(FILTER_PAIRS * ix->words + 1, sizeof(uint64_t));
	memset(ix->alnum_pairs, 0, sizeof ix->alnum_pairs);
	for (size_t i = 0; i < count; i++)
		index_record(ix, i);
}

void filter_index_free(struct filter_index *ix)
{
	free(ix->text);
	free(ix->start);
	free(ix->aliases);
	free(ix->display);
	free(ix->initials);
	free(ix->letters);
	free(ix->pairs);
	for (size_t k = 0; k < FILTER_ALNUM * FILTER_ALNUM; k++)
		free(ix->alnum_pairs[k]);
	memset(ix, 0, sizeof *ix);
}

static void and_set(uint64_t *may, const uint64_t *set, size_t words)
{
	for (size_t k = 0; k < words; k++)
		may[k] &= set[k];
}

bool filter_index_exact(const struct filter_query *q)
{
	for (size_t k = 0; k < q->count; k++) {
		const unsigned char *s =
			(const unsigned char *)q->words[k].lower;
		bool one = q->words[k].len == 1 && s[0] >= 0x20 && s[0] < 0x80;
		bool two = q->words[k].len == 2 && alnum_pair(s[0], s[1]) >= 0;
		if (!one && !two)
			return false;
	}
	return true;
}

void filter_index_may(const struct filter_index *ix,
                      const struct filter_query *q, uint64_t *may)
{
	memset(may, 0xff, ix->words * sizeof *may);
	for (size_t k = 0; k < q->count; k++) {
		const unsigned char *s =
			(const unsigned char *)q->words[k].lower;
		size_t n = q->words[k].len, j;

		for (j = 0; j < n && s[j] >= 0x20; j++)
			;
		if (j < n) /* no record holds it: the matcher says no */
			continue;
		if (n == 1)
			and_set(may, ix->letters + letter_of(s[0]) * ix->words,
			        ix->words);
		if (n == 2 && alnum_pair(s[0], s[1]) >= 0) {
			const uint64_t *set =
				ix->alnum_pairs[alnum_pair(s[0], s[1])];
			if (set)
				and_set(may, set, ix->words);
			else
				memset(may, 0, ix->words * sizeof *may);
			continue;
		}
		for (j = 0; j + 1 < n; j++)
			and_set(may,
			        ix->pairs + pair_of(s[j], s[j + 1]) * ix->words,
			        ix->words);
	}
}

/* The word anywhere in [p, end), or at the start of an entry (after a
 * '\x1f') when prefix. */
static bool find_in(const char *p, const char *end, const struct filter_word *w,
                    bool prefix)
{
	/* memchr finds the first letter many bytes at a time. */
	while (p + w->len <= end &&
	       (p = memchr(p, w->lower[0], (size_t)(end - p))) != NULL &&
	       p + w->len <= end) {
		if (memcmp(p, w->lower, w->len) == 0 &&
		    (!prefix || p[-1] == '\x1f'))
			return true;
		p++;
	}
	return false;
}

bool filter_index_match(const struct filter_index *ix, size_t i,
                        const struct filter_query *q)
{
	const char *rec = ix->text + ix->start[i];
	const char *end = ix->text + ix->start[i + 1];
	const char *aliases = ix->text + ix->aliases[i];
	for (size_t k = 0; k < q->count; k++) {
		const struct filter_word *w = &q->words[k];
		if (!find_in(rec, aliases, w, false) &&
		    !find_in(aliases + 1, end, w, true))
			return false;
	}
	return true;
}

/* Does the field at p (up to its '\x1f') start with typed? */
static bool field_starts(const char *p, const char *typed)
{
	size_t i;

	for (i = 0; typed[i] && p[i] != '\x1f'; i++)
		if (lower(typed[i]) != p[i])
			return false;
	return !typed[i];
}

bool filter_index_company_starts(const struct filter_index *ix, size_t i,
                                 const char *typed)
{
	char first;

	while (*typed == ' ')
		typed++;
	if (!*typed)
		return false;
	/* The first letters first: 2 bytes a record, side by side, where
	 * the names are each in its own record. */
	first = lower(*typed);
	return (ix->initials[2 * i] == first &&
	        field_starts(ix->text + ix->display[i], typed)) ||
	       (ix->initials[2 * i + 1] == first &&
	        field_starts(ix->text + ix->start[i], typed));
}

bool filter_match(const struct guide *g, const char *query)
{
	struct filter_query q;
	filter_query_init(&q, query);
	return filter_query_match(&q, g);
}
