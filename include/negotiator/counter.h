/* counter.h - what to ask next: the counter-offer solver.
 *
 * Given a competing offer and the guide's band for a region, find the
 * base, equity and sign-on that match or beat the competing offer's
 * four-year value, bounded by what the guide supports (the band's top,
 * raised by the premium when the candidate claims it) and never below
 * the guide's floor.  Given the company's own offer, also say how far
 * each lever would have to move on its own to close the gap to the
 * target ask.  Every step of the arithmetic is kept as a sentence.
 */
#ifndef NEGOTIATOR_COUNTER_H
#define NEGOTIATOR_COUNTER_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/offer.h"

#define COUNTER_MAX_STEPS 10
#define COUNTER_STEP_LEN 240

struct counter {
	bool known; /* false when the band or the offer lacks numbers */
	amount_t base, equity_4y, sign_on; /* the counter to make */
	amount_t base_ceiling, equity_ceiling, sign_on_ceiling;
	bool base_capped, equity_capped;
	amount_t competing_value_4y;
	amount_t counter_value_4y;
	/* > 0 when even the guide's ceiling stays below the competing offer. */
	amount_t shortfall;
	char steps[COUNTER_MAX_STEPS][COUNTER_STEP_LEN];
	size_t step_count;

	/* From the company's offer to the target ask, one lever at a time. */
	bool gap_known;
	amount_t company_value_4y, target_value_4y;
	amount_t gap_4y;           /* target minus company; <= 0: met */
	amount_t close_by_base;    /* a year, with the band's bonus on it */
	amount_t close_by_equity;  /* on the grant's face value */
	amount_t close_by_sign_on; /* one-off */
	char gap_steps[4][COUNTER_STEP_LEN];
	size_t gap_step_count;
};

/* company may be NULL (no lever gaps).  Both offers in the band's
 * currency (convert first with rates.h). */
void counter_solve(const struct guide *g, const struct band *b,
                   const struct offer *competing, const struct offer *company,
                   struct counter *c);

#endif
