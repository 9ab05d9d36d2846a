/* timeline.h - the rounds of a negotiation as rows of a small table:
 * who offered what on which day, and how far each round is from the
 * target ask and from the floor of its region (in yearly totals).
 * Pure: no curses. */
#ifndef NEGOTIATOR_TUI_TIMELINE_H
#define NEGOTIATOR_TUI_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "negotiator/negotiation.h"
#include "negotiator/part.h"

/* The columns: who and when, then one per part a round keeps (scope
 * ROUND in part.h: TL_BASE, TL_EQUITY, TL_SIGN_ON, ...), then the
 * distances to the ask and the floor, the accepted mark and the
 * round's note (its start, when long). */
#define TL_PART_ROUND(id) TL_##id,
#define TL_PART_OFFER(id)
#define TL_PART(id, member, kind, scope, ...) TL_PART_##scope(id)
/* clang-format off */
enum tl_col {
	TL_NUM,
	TL_DATE,
	TL_WHO,
	OFFER_PARTS(TL_PART)
	TL_VS_ASK,
	TL_VS_FLOOR,
	TL_MARK,
	TL_NOTE, /* last: left out when no round has a note */
	TL_COLS
};
/* clang-format on */

/* The part a column shows; PART_COUNT for the other columns. */
enum part_id timeline_col_part(enum tl_col c);

struct round_view {
	const struct band *band; /* the round's region, or NULL */
	struct offer_result res; /* the round against that band */
	/* Any part (base, equity, yearly total) under the floor. */
	bool below_floor;
	char cell[TL_COLS][40];
};

/* Column headings, and the short ones for a narrow column. */
extern const char *const timeline_headings[TL_COLS],
	*const timeline_short[TL_COLS];

/* Fill v for round number `index` (0-based). */
void timeline_view(const struct guide *g, bool guide_private,
                   const struct round *r, size_t index, double value_pct,
                   struct round_view *v);
/* Why accepting this round is below the floor, in words ("base €90K is
 * €5K under the floor's €95K; …"); "" when it is not. */
void timeline_floor_words(const struct round_view *v, char *buf, size_t size);
/* Column widths for the rounds table in `width` columns, one space
 * between columns: less useful columns are dropped first (sign-on,
 * date, equity, then the distance to the ask).  rows/n give the cells
 * to size the columns by.  Returns the visible columns. */
int timeline_layout(const struct round_view *rows, size_t n, int width,
                    int widths[TL_COLS]);

#endif
