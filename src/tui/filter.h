/* filter.h - which guides a filter text keeps.  Pure: no curses.
 *
 * Only what guide_load() read is looked at (company, role, their display
 * names, the band regions): filtering never parses a body. */
#ifndef NEGOTIATOR_TUI_FILTER_H
#define NEGOTIATOR_TUI_FILTER_H

#include <stdbool.h>

struct guide;

/* True when every space-separated word of query occurs, ignoring ASCII
 * case, in the guide's company, role, display names or a region.  An
 * empty query keeps every guide. */
bool filter_match(const struct guide *g, const char *query);

#endif
