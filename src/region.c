/* region.c - the one region matcher: names, aliases and initials. */
#include <string.h>

#include "negotiator/region.h"

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Names that mean the same place; a region matches any name in its group. */
static const char *const region_groups[][7] = {
	{"San Francisco", "SF", "Bay Area", "SF Bay Area",
	 "San Francisco Bay Area", "Silicon Valley", NULL},
	{"New York", "New York City", "NYC", NULL},
	{"Los Angeles", "LA", NULL},
	{"Washington", "Washington DC", "Washington D.C.", "DC", NULL},
	{"Bengaluru", "Bangalore", NULL},
	{"Mumbai", "Bombay", NULL},
	{"Gurugram", "Gurgaon", NULL},
	{"Munich", "München", NULL},
	{"Zurich", "Zürich", NULL},
	{"Cologne", "Köln", NULL},
	{"Dusseldorf", "Düsseldorf", NULL},
	{"Sao Paulo", "São Paulo", NULL},
	{"Montreal", "Montréal", NULL},
	{"Tel Aviv", "Tel Aviv-Yafo", "TLV", NULL},
	{"Ho Chi Minh City", "Saigon", "HCMC", NULL},
	{"Kyiv", "Kiev", NULL},
	{"Remote Global", "Global Remote", "Remote (Global)",
	 "Remote Worldwide", NULL},
};

static bool ieq_n(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i;

	if (alen != blen)
		return false;
	for (i = 0; i < alen; i++)
		if (ascii_lower(a[i]) != ascii_lower(b[i]))
			return false;
	return true;
}

static bool is_word_sep(char c) { return c == ' ' || c == '-'; }

/* "New York" is "NY" or "NYC": initials of two or more words, alone or
 * with a C for City.  Words are split at spaces and hyphens. */
static bool initials_match(const char *full, size_t flen, const char *abbr,
                           size_t alen)
{
	char ini[16];
	size_t i, n = 0;

	for (i = 0; i < flen; i++) {
		if (is_word_sep(full[i]) || (i > 0 && !is_word_sep(full[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			return false;
		ini[n++] = full[i];
	}
	if (n < 2)
		return false;
	if (ieq_n(ini, n, abbr, alen))
		return true;
	ini[n++] = 'C';
	return ieq_n(ini, n, abbr, alen);
}

static int region_group(const char *s, size_t len)
{
	size_t i, j;

	if (len == 0)
		return -1;
	/* Called for words all through a body: the first letter rules out
	 * almost every name before any length is taken. */
	for (i = 0; i < sizeof region_groups / sizeof *region_groups; i++)
		for (j = 0; region_groups[i][j]; j++)
			if (ascii_lower(region_groups[i][j][0]) == ascii_lower(s[0]) &&
			    ieq_n(region_groups[i][j], strlen(region_groups[i][j]),
			          s, len))
				return (int)i;
	return -1;
}

void region_query_init(struct region_query *q, const char *words, size_t len)
{
	if (!words)
		words = "", len = 0;
	while (len > 0 && (*words == ' ' || *words == '\t')) {
		words++;
		len--;
	}
	while (len > 0 && (words[len - 1] == ' ' || words[len - 1] == '\t'))
		len--;
	q->words = words;
	q->len = len;
	q->group = len > 0 ? region_group(words, len) : -1;
}

bool region_query_matches(const struct region_query *q, const char *region)
{
	size_t rlen;

	if (!region || q->len == 0)
		return false;
	rlen = strlen(region);
	if (rlen == 0)
		return false;
	/* The name itself and its initials both start with its first
	 * letter; only an alias from the group table may not. */
	if (ascii_lower(region[0]) == ascii_lower(q->words[0]) &&
	    (ieq_n(region, rlen, q->words, q->len) ||
	     initials_match(region, rlen, q->words, q->len) ||
	     initials_match(q->words, q->len, region, rlen)))
		return true;
	/* The group table is only searched when the words are an alias. */
	return q->group >= 0 && q->group == region_group(region, rlen);
}

void region_aliases(const char *region,
                    void (*fn)(const char *alias, size_t len, void *ctx),
                    void *ctx)
{
	char ini[16];
	size_t i, n = 0, rlen = region ? strlen(region) : 0;
	int group;

	for (i = 0; i < rlen; i++) {
		if (is_word_sep(region[i]) || (i > 0 && !is_word_sep(region[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			break;
		ini[n++] = region[i];
	}
	if (n >= 2 && n + 2 <= sizeof ini) {
		fn(ini, n, ctx);
		ini[n] = 'C';
		fn(ini, n + 1, ctx);
	}
	group = rlen ? region_group(region, rlen) : -1;
	for (i = 0; group >= 0 && region_groups[group][i]; i++)
		fn(region_groups[group][i], strlen(region_groups[group][i]), ctx);
}

bool region_matches(const char *region, const char *words, size_t len)
{
	struct region_query q;

	if (!region || !words)
		return false;
	region_query_init(&q, words, len);
	return region_query_matches(&q, region);
}

