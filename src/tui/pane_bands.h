/* pane_bands.h - the open guide's regions as a table, with the ask and the
 * floor. The pane is reached only through its operations; its state is
 * its own (struct bands_view, behind t->bands), read by no other file. */
#ifndef NEGOTIATOR_TUI_PANE_BANDS_H
#define NEGOTIATOR_TUI_PANE_BANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/amount.h"
#include "negotiator/guide.h"

struct pane_ops;

extern const struct pane_ops pane_bands_ops;

/* The table's state, made at the pane's first start. */
struct bands_view {
	size_t top;
	size_t sel; /* the table's cursor: a region shown */
	/* The offer column as last drawn, to redraw it alone. */
	int offer_x, offer_w;         /* width 0: not shown */
	int offer_reserve, offer_min; /* its width, as laid out */
	size_t first, end;            /* the rows drawn, from y = 2 */
	/* Worked out once per guide, not per keystroke: each band's
	 * premium-adjusted range of the part the premium raises
	 * (premium_count of them). */
	struct band_premium {
		bool known;
		enum premium_scope on;
		amount_t low, high;
	} * premiums;
	size_t premium_count;
};

#endif
