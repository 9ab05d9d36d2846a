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
#include "negotiator/part.h"

/* An offer: one member per part of OFFER_PARTS (part.h): base, equity_4y
 * (the whole grant), bonus and bonus_pct (the bonus as a percent of
 * base, used when bonus is NONE and it is >= 0), sign_on (one-off, in
 * year one), agentic (the premium is claimed), vest_pct (percent of the
 * grant a year; all zero: 25/25/25/25 with a one-year cliff),
 * equity_private and private_value_pct.  Amounts are AMOUNT_NONE when
 * not given.
 *
 * Risk: private (pre-IPO, illiquid) equity counts at private_value_pct
 * percent of its face value wherever a total is computed.  The offer's
 * own grant is private when equity_private is set (a liquid RSU offer is
 * not); the guide's company equity, which values the guide's own figures
 * (the ask and the floor) beside the offer, is private as the negotiation
 * says (company_equity), else when guide_equity_is_private() says so. */
/* clang-format off */
struct offer {
	OFFER_PARTS(PART_MEMBER)
	/* The negotiation's word on the company's equity (its company's
	 * offer's Private, said either way); offer_init: as the guide
	 * reads. */
	enum guide_equity_said company_equity;
	/* The percent of face the company's equity counts at when private
	 * (the negotiation's one setting, so that every offer's gaps value
	 * the ask and the floor as their own columns do), when
	 * company_value_set; else private_value_pct. */
	bool company_value_set;
	double company_value_pct;
};
/* clang-format on */

/* A part's member, for code that goes over the parts: the amount of an
 * amount part (the amount of an AMOUNT_OR_PERCENT), the percent of a
 * PERCENT part (the percent of an AMOUNT_OR_PERCENT), the flag of a
 * FLAG, the years of a SCHEDULE; NULL for a part of another kind. */
amount_t *offer_amount(struct offer *o, enum part_id p);
double *offer_percent(struct offer *o, enum part_id p);
bool *offer_flag(struct offer *o, enum part_id p);
double *offer_schedule(struct offer *o, enum part_id p);
/* The amount of an amount part, AMOUNT_NONE for other parts. */
amount_t offer_amount_of(const struct offer *o, enum part_id p);

void offer_init(struct offer *o);
/* When o names no vesting schedule and the guide states one (vesting.h),
 * make the guide's o's; returns the guide's line, 0 when none was
 * taken. */
int offer_guide_vesting(struct offer *o, const struct guide *g);
/* The vesting schedule in effect (the offer's, else 25/25/25/25) into
 * years; returns how many years it names. */
int offer_vesting(const struct offer *o, double years[OFFER_MAX_VEST_YEARS]);

/* Where a value sits against a band's low..high. */
enum band_position {
	POS_UNKNOWN, /* no value or no band */
	POS_BELOW,
	POS_IN,
	POS_ABOVE
};

enum verdict {
	VERDICT_NO_DATA,     /* no offer, or the guide has no numbers */
	VERDICT_BELOW_FLOOR, /* the offer is below what to accept */
	VERDICT_BETWEEN,     /* acceptable, below the target ask */
	VERDICT_AT_TARGET,   /* meets or beats the target ask */
	VERDICT_ABOVE_BAND,  /* beats what the band supports */
	/* The guide gives a floor but no target ask, or the reverse. */
	VERDICT_ABOVE_FLOOR,     /* above the floor; no ask to meet */
	VERDICT_SHORT_OF_TARGET, /* short of the ask; no floor given */
	/* The guide gives neither for the region: the band alone. */
	VERDICT_BAND_BELOW,
	VERDICT_BAND_IN,
	VERDICT_BAND_ABOVE
};

/* Offer minus a reference (target or floor); NONE where unknown.
 * annual_total is the gap in yearly totals: against the guide's own
 * yearly total where it states one ("$300K TC"), else against its base
 * + equity/4 + bonus. */
struct gap {
	bool known;
	amount_t base, equity, annual_total;
	/* Against a package figure (see struct ask_total: a package floor,
	 * or an ask that states one beside its parts): the offer's base +
	 * whole grant minus it; NONE otherwise. */
	amount_t package;
	/* Against a first-year total (see struct ask_total): the offer's
	 * first-year total minus it; NONE otherwise. */
	amount_t first_year;
};

/* The one yearly total of a target ask or a floor, worked out once
 * from the guide's parts. */
enum ask_total_kind {
	ASK_TOTAL_NONE,   /* no base and grant, no yearly total */
	ASK_TOTAL_PARTS,  /* base + grant / 4 + bonus */
	ASK_TOTAL_STATED, /* the guide's own yearly total, no parts to add */
	/* Only a package figure (base + the whole grant, the shape of the
	 * ask's stated total): judged against base + the whole grant. */
	ASK_TOTAL_PACKAGE,
	/* Only a first-year total ("first-year TC": base + bonus + sign-on
	 * + the first year's vest): judged against the offer's first-year
	 * total. */
	ASK_TOTAL_FIRST_YEAR
};

struct ask_total {
	enum ask_total_kind kind;
	amount_t yearly;     /* NONE for NONE and PACKAGE */
	amount_t stated;     /* the total the guide states, NONE when none */
	amount_t package;    /* the package figure, NONE when none */
	amount_t first_year; /* the stated total, when the guide calls it
	                        the first year's; NONE otherwise */
};

struct offer_result {
	const struct band *band;
	/* The offer as compared, its bonus as an amount (a percent of base
	 * worked out): offer_amount_of(&r->offer, p) is what part p counts. */
	struct offer offer;
	amount_t base, equity_4y, equity_per_year, bonus, sign_on;
	amount_t annual_total; /* base + equity/4 (valued) + bonus */
	double offer_equity_pct, guide_equity_pct; /* value used, % of face */
	amount_t first_year_total; /* base + year-1 vest + bonus + sign-on */
	amount_t four_year_total;  /* 4 x (base + bonus) + grant + sign-on */
	amount_t year_value[OFFER_MAX_VEST_YEARS]; /* per-year totals */
	enum band_position base_pos, equity_pos, total_pos;
	struct gap vs_target, vs_floor;
	/* The premium's range: the band's range of the part it raises
	 * (premium_on: the four-year equity, the base or the yearly total)
	 * x (1 + pct); premium_known when the band gives that range. */
	bool premium_known;
	enum premium_scope premium_on;
	amount_t premium_low, premium_high;
	enum verdict verdict;
	const struct script *script; /* the script that fits, or NULL */
};

/* The band's range and the offer's figure of the part the premium raises
 * (r->premium_on); NONE where there is none. */
void offer_premium_basis(const struct offer_result *r, amount_t *band_low,
                         amount_t *band_high, amount_t *offer_value);

/* Compare; band may be NULL (then everything is NONE / NO_DATA).  g may
 * be NULL too (no script). */
void offer_compare(const struct guide *g, const struct band *band,
                   const struct offer *o, struct offer_result *r);

/* The total of a (b->target or b->floor): base + grant / 4 (the grant
 * at equity_pct percent of face) + its bonus (the ask's own, else the
 * band's) when the guide gives base and grant; else the yearly total it
 * states.  A stated total equal to base + the whole grant ("HK$1.48M
 * total comp (base HK$1M + RSU HK$480K)") is a package figure, never a
 * yearly total; a floor in that shape (only a total, or a lone equity
 * figure above the ask's grant and within its package) is a package
 * floor.  A stated total the guide calls first-year ("first-year TC") is
 * never a yearly total either: with no parts, a first-year total. */
void offer_ask_total(const struct band *b, const struct ask *a,
                     double equity_pct, struct ask_total *t);
/* The bonus the target ask counts, as a percent of base: its own
 * percent, else its own amount over its base, else the band's percent;
 * 0 when none.  The counter asks a bonus at it, so that the counter's
 * yearly total is measured as the ask's. */
double offer_ask_bonus_pct(const struct band *b);
/* How a total was made, in words: "parts", "stated", "package"; "" for
 * none. */
const char *offer_ask_total_words(enum ask_total_kind k);
/* offer_ask_total's yearly figure. */
amount_t offer_ask_annual(const struct band *b, const struct ask *a,
                          double equity_pct);

/* A gap in the total the guide judges by: the yearly total's, else the
 * package's, else the first year's (the one that decides the verdict
 * when the guide's ask or floor is a package or a first-year total);
 * NONE when the gap is unknown. */
amount_t offer_gap_total(const struct gap *g);
/* The offer's package: base + the whole grant (valued); NONE without a
 * base. */
amount_t offer_package(const struct offer_result *r);

/* True when the ask's and the floor's yearly totals count the band's
 * bonus but the offer has none typed: a gap is then partly the bonus
 * that was not typed, and must say so rather than call the offer short. */
bool offer_lacks_band_bonus(const struct offer_result *r);
/* That note in words ("the ask counts the band's 10% bonus (€13K on this
 * base); no bonus was typed"); "" when it does not apply. */
void offer_bonus_note(const struct offer_result *r, char *buf, size_t size);

/* A one-line verdict in words for the result. */
const char *offer_verdict_text(enum verdict v);
/* The verdict as a word for programs and tables: "below_floor",
 * "between", "at_target", "above_band", "above_floor",
 * "short_of_target", "band_below", "band_in", "band_above", "no_data". */
const char *offer_verdict_code(enum verdict v);
/* "below", "in band", "above", "—" */
const char *offer_position_text(enum band_position p);

#endif
