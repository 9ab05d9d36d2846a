/* region.h - the one region matcher: does a name, an alias or initials
 * ("NYC", "Bay Area", "Bangalore") name a guide's region?
 *
 * Every place that ties words to a band's region (the CLI's --region,
 * levers titled "(NYC)", scopes in the prose, the band table's rows, the
 * TUI's filter) asks here, so they cannot disagree.
 */
#ifndef NEGOTIATOR_REGION_H
#define NEGOTIATOR_REGION_H

#include <stdbool.h>
#include <stddef.h>

/* True when the words name the region (exact, alias, or initials);
 * case-insensitive, surrounding blanks ignored. */
bool region_matches(const char *region, const char *words, size_t len);

/* The same test with the words prepared once, for matching one name
 * against many regions (filtering thousands of guides a keystroke). */
struct region_query {
	const char *words; /* not copied: must outlive the query */
	size_t len;
	int group; /* the alias group the words name, or -1 */
};
void region_query_init(struct region_query *q, const char *words, size_t len);
bool region_query_matches(const struct region_query *q, const char *region);

/* Every one-word-or-more alias region_matches() accepts for the region
 * besides its own name: its initials ("NY"), initials and C ("NYC"), and
 * the names it shares an alias group with ("Bangalore" for Bengaluru). */
void region_aliases(const char *region,
                    void (*fn)(const char *alias, size_t len, void *ctx),
                    void *ctx);

/* The currency a place pays in, from the code the region's name writes
 * ("São Paulo (BRL)") or the cities and countries it names ("Singapore
 * (HQ)" → SGD, "Tel Aviv" → ILS); NULL when the name says nothing of
 * it.  For amounts in a currency no band is in. */
const char *region_currency(const char *region);
/* The region's name itself names a currency: "Hangzhou (CNY)". */
bool region_names_currency(const char *region);

#endif
