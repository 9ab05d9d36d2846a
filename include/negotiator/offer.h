/* offer.h - the offer calculator: a competing offer against a guide's band.
 *
 * Pure arithmetic over the model; the CLI's `compare` and the TUI's offer
 * pane both call offer_compare() so they cannot disagree.
 */
#ifndef NEGOTIATOR_OFFER_H
#define NEGOTIATOR_OFFER_H

#include <stdbool.h>

#include "negotiator/guide.h"
#include "negotiator/money.h"

#define OFFER_MAX_VEST_YEARS 6

struct offer {
	amount_t base;      /* yearly; AMOUNT_NONE when not entered */
	amount_t equity_4y; /* whole grant (see equity_years) */
	amount_t bonus;     /* yearly amount; or see bonus_pct */
	double bonus_pct;   /* used when bonus is NONE and this is >= 0 */
	amount_t sign_on;   /* one-off, paid in year one */
	bool agentic;       /* the candidate claims the agentic premium */
	/* Vesting: percent of the grant per year; all zero means even over
	 * four years with a one-year cliff (25/25/25/25). */
	double vest_pct[OFFER_MAX_VEST_YEARS];
	/* Risk adjustment: private (pre-IPO, illiquid) equity counts at
	 * private_value_pct percent of its face value (100 = face) wherever
	 * a total is computed.  The offer's own grant is private when
	 * equity_private is set (a liquid RSU offer is not); the guide's
	 * company equity is private when guide_equity_is_private() says so. */
	double private_value_pct;
	bool equity_private;
};

void offer_init(struct offer *o);

/* Where a value sits against a band's low..high. */
enum band_position {
	POS_UNKNOWN, /* no value or no band */
	POS_BELOW,
	POS_IN,
	POS_ABOVE
};

enum verdict {
	VERDICT_NO_DATA,      /* no offer, or the guide has no numbers */
	VERDICT_BELOW_FLOOR,  /* the offer is below what to accept */
	VERDICT_BETWEEN,      /* acceptable, below the target ask */
	VERDICT_AT_TARGET,    /* meets or beats the target ask */
	VERDICT_ABOVE_BAND    /* beats what the band supports */
};

/* Offer minus a reference (target or floor); NONE where unknown. */
struct gap {
	bool known;
	amount_t base, equity, annual_total;
};

struct offer_result {
	const struct band *band;
	amount_t base, equity_4y, equity_per_year, bonus, sign_on;
	amount_t annual_total;     /* base + equity/4 (valued) + bonus */
	double offer_equity_pct, guide_equity_pct; /* value used, % of face */
	amount_t first_year_total; /* base + year-1 vest + bonus + sign-on */
	amount_t four_year_total;  /* 4 x (base + bonus) + grant + sign-on */
	amount_t year_value[OFFER_MAX_VEST_YEARS]; /* per-year totals */
	enum band_position base_pos, equity_pos, total_pos;
	struct gap vs_target, vs_floor;
	bool premium_known;
	amount_t premium_equity_low, premium_equity_high; /* band x (1+pct) */
	enum verdict verdict;
	const struct script *script; /* the script that fits, or NULL */
};

/* Compare; band may be NULL (then everything is NONE / NO_DATA).  g may
 * be NULL too (no script). */
void offer_compare(const struct guide *g, const struct band *band,
                   const struct offer *o, struct offer_result *r);

/* Yearly value of a target ask or floor: base + grant/4 (the grant at
 * equity_pct percent of face) + the band's bonus on that base.  NONE
 * unless both base and equity are known. */
amount_t offer_ask_annual(const struct band *b, const struct ask *a,
                          double equity_pct);

/* A one-line verdict in words for the result. */
const char *verdict_text(enum verdict v);
/* "below", "in band", "above", "—" */
const char *band_position_text(enum band_position p);

#endif
