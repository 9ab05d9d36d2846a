/* gauge.h - a one-line number line for one part of an offer.
 *
 * Pure: no curses.  The line runs from the band's low to its high,
 * widened when a mark (floor, target, premium range, offer) falls
 * outside, so every mark is drawn where it really is.  The caller draws
 * the cells with the attributes it picks for each role.
 */
#ifndef NEGOTIATOR_TUI_GAUGE_H
#define NEGOTIATOR_TUI_GAUGE_H

#include <stdint.h>

#include "negotiator/money.h"

enum gauge_role {
	GAUGE_OUTSIDE, /* the line outside the band */
	GAUGE_BAND,    /* inside band low..high */
	GAUGE_PREMIUM, /* inside the premium-adjusted range */
	GAUGE_FLOOR,
	GAUGE_TARGET,
	GAUGE_OFFER
};

struct gauge_cell {
	uint32_t ch; /* one-column code point */
	enum gauge_role role;
};

struct gauge_marks {
	amount_t low, high;           /* the band; both needed */
	amount_t floor, target;       /* AMOUNT_NONE when unknown */
	amount_t prem_low, prem_high; /* AMOUNT_NONE when none */
	amount_t offer;
};

struct gauge {
	amount_t lo, hi; /* the values at the first and the last cell */
	int floor_col, target_col, offer_col; /* -1 when not drawn */
};

#define GAUGE_CH_OUTSIDE 0x2500u /* ─ */
#define GAUGE_CH_BAND 0x2501u    /* ━ */
#define GAUGE_CH_PREMIUM 0x2592u /* ▒ */
#define GAUGE_CH_FLOOR 'F'
#define GAUGE_CH_TARGET 'T'
#define GAUGE_CH_OFFER 0x25CFu /* ● */

/* Lay out `width` cells into out.  Returns 0 and fills *g, or -1 (cells
 * untouched) when the band has no numbers or width < 3. */
int gauge_layout(const struct gauge_marks *m, int width, struct gauge_cell *out,
                 struct gauge *g);
/* The column of value v on a laid-out gauge (clamped to the line). */
int gauge_column(const struct gauge *g, int width, amount_t v);

#endif
