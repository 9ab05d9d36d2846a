/* counter.h - what to ask next: the counter-offer solver.
 *
 * The counter is made as a negotiation coach would make it:
 *   - never below what the company already offers, part by part, nor
 *     below the guide's ask (its floor where it gives no ask);
 *   - against a competing offer, each part matches the competing one,
 *     then the equity makes up what the four-year value still lacks, up
 *     to the band's top (raised by the premium when it is claimed); a
 *     part the company or the competing offer already pays past the
 *     band's top is not held down to it;
 *   - with the company's offer alone: the guide's ask, raised to the
 *     company's offer where that is higher, with the guide's sign-on;
 *   - the sign-on is the competing one, bounded by what the guide gives
 *     for sign-on (its ask, or the band's sign-on top) when it gives it,
 *     never below the company's or the guide's own ask;
 *   - every step states its arithmetic; private equity counts at its
 *     value percent, a term of its own in every sum.
 * Given the company's offer, also say how far each lever would have to
 * move on its own to close the gap to the target ask.
 */
#ifndef NEGOTIATOR_COUNTER_H
#define NEGOTIATOR_COUNTER_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/offer.h"

#define COUNTER_MAX_STEPS 10
#define COUNTER_STEP_LEN 240

struct counter {
	bool known; /* false when the band or the offers lack numbers */
	bool alone; /* no competing offer: made from the company's offer */
	amount_t base, equity_4y, sign_on; /* the counter to make */
	amount_t base_ceiling, equity_ceiling, sign_on_ceiling;
	bool base_capped, equity_capped, sign_on_capped;
	bool equity_ceiling_offer; /* the ceiling is an offer's grant */
	double equity_pct;         /* what the company's equity counts at, % */
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

/* competing may be NULL (then the counter answers the company's offer
 * alone), company may be NULL (no lever gaps, no lower bound).  Both in
 * the band's currency (convert first with rates.h); the company's
 * equity_private says whether its grant is private. */
void counter_solve(const struct guide *g, const struct band *b,
                   const struct offer *competing, const struct offer *company,
                   struct counter *c);

struct strbuf;
/* "€150K base, €300K equity over four years, €12K sign-on": the counter
 * to make, in cur. */
void counter_ask_words(char *buf, size_t size, const struct counter *c,
                       const char *cur);
/* The counter as plain text to send or keep: its region and figures,
 * its value over four years, its steps numbered, then the steps from
 * the company's offer to the target ask.  Nothing when not known. */
void counter_text(const struct counter *c, const char *cur, const char *region,
                  struct strbuf *out);

#endif
