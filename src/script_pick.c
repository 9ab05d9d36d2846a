/* script_pick.c - the script that fits a situation, among the scripts of
 * a loaded guide. */
#include <string.h>

#include "negotiator/region.h"
#include "negotiator/script_pick.h"
#include "negotiator/text.h"

static const struct script *first_of(const struct guide *g,
                                     enum script_kind kind, const char *region)
{
	size_t i;

	for (i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];

		if (s->kind != kind)
			continue;
		if (!region || (s->region && (str_ieq(s->region, region) ||
		                              region_matches(s->region, region,
		                                             strlen(region)))))
			return s;
	}
	return NULL;
}

const struct script *script_pick(const struct guide *g, const char *region,
                                 bool have_offer, bool agentic)
{
	const struct script *s = NULL;

	if (!g || !g->body_loaded)
		return NULL;
	if (have_offer) {
		if (region)
			s = first_of(g, SCRIPT_COMPETING, region);
		if (!s)
			s = first_of(g, SCRIPT_COMPETING, NULL);
	}
	if (!s && agentic)
		s = first_of(g, SCRIPT_PREMIUM, NULL);
	if (!s)
		s = first_of(g, SCRIPT_STRATEGY, NULL);
	if (!s && g->script_count > 0)
		s = &g->scripts[0];
	return s;
}
