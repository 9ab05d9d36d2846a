/* filter.c - match guides against a filter text (see filter.h). */
#include "tui/filter.h"

#include <string.h>

#include "negotiator/guide.h"
#include "negotiator/text.h"

static bool has(const char *field, const char *word)
{
	return field && str_icase_find(field, word) != NULL;
}

static bool word_matches(const struct guide *g, const char *word)
{
	size_t i;

	if (has(g->company, word) || has(g->role, word) ||
	    has(g->company_display, word) || has(g->role_display, word))
		return true;
	for (i = 0; i < g->band_count; i++)
		if (has(g->bands[i].region, word) ||
		    (g->bands[i].region &&
		     region_matches(g->bands[i].region, word, strlen(word))))
			return true;
	return false;
}

bool filter_match(const struct guide *g, const char *query)
{
	char word[128];
	const char *p = query;

	while (*p) {
		size_t n;
		while (*p == ' ')
			p++;
		n = strcspn(p, " ");
		if (n == 0)
			break;
		if (n >= sizeof word)
			n = sizeof word - 1;
		memcpy(word, p, n);
		word[n] = '\0';
		if (!word_matches(g, word))
			return false;
		p += strcspn(p, " ");
	}
	return true;
}
