/* offers.h - every offer of a negotiation side by side: the company's
 * own offer and any number of named competing offers, each typed in its
 * own currency, compared against one band (converted with the rates
 * file), the ask and the floor beside them, and the best competing offer
 * by four-year value (the one the counter answers, unless the user
 * picks another; analysis.h makes the counter).
 *
 * The command line (compare --offer NAME ...) and the TUI (the offers
 * view) both call offers_compare(), so they show the same table. */
#ifndef NEGOTIATOR_OFFERS_H
#define NEGOTIATOR_OFFERS_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/entry.h"
#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/negotiation.h"
#include "negotiator/offer.h"
#include "negotiator/rates.h"
#include "negotiator/text.h"

#define OFFERS_MAX NEG_OFFERS_MAX

/* One offer as typed. */
struct offers_input {
	const char *name;   /* "Google Paris"; NULL or "": unnamed */
	bool company;       /* the company's own offer */
	int number;         /* its number in the negotiation (negotiation.h) */
	struct entry entry; /* what was typed, part by part */
	const char
		*currency; /* bare amounts are in it; NULL or "": the band's */
};

/* One offer against the band. */
struct offers_row {
	const char *name; /* as given (never NULL: "" unnamed) */
	bool company;
	int number;                /* the input's number */
	struct offer offer;        /* in the band's currency */
	struct entry_reading read; /* how each part was read and converted */
	currency_t typed;          /* the currency it was typed in */
	bool converted;            /* then: moved into the band's */
	double rate;               /* 1 typed = rate band currency */
	bool given;                /* a base was given and read */
	int vest_line;             /* the company's offer vests as the
	                              guide states on this line (0: as
	                              typed, or even) */
	/* The company's offer is its latest round, number round (from 1;
	 * analysis.h puts it in), not the offer typed; 0 when typed. */
	size_t round;
	struct offer_result res;
};

/* The ask or the floor as a column beside the offers. */
struct offers_ref {
	bool known;             /* base and grant known */
	struct ask_total total; /* its one yearly total (offer.h) */
	int vest_line;          /* as in offers_row */
	struct offer offer;     /* its base, grant, the band's bonus, sign-on */
	struct offer_result res;
};

struct offers_view {
	const struct band *band;
	struct offers_row row[OFFERS_MAX];
	size_t count;
	long company; /* the company's offer's row, -1 when none */
	long best;    /* the best competing offer by four-year value, -1 */
	long against; /* the row the counter is made against, -1 */
	/* The company's equity is private: the guide's reading, unless the
	 * company's offer says either way (its Private typed: company_said,
	 * which every row's offer and the ask and the floor carry as their
	 * company_equity, so that all value the guide's figures alike). */
	bool company_private;
	enum guide_equity_said company_said;
	struct offers_ref ask, floor;
	/* The counter to make as the last column (analysis.h fills it:
	 * its base, grant and sign-on, the band's bonus, valued as the
	 * company's equity); known false when there is no counter. */
	struct offers_ref counter;
};

/* Compare n offers (at most OFFERS_MAX are kept) against band b of
 * guide g; rates may be NULL (then an offer in another currency has an
 * error and no base).  `against` is row `pick` when it is a competing
 * offer that was given, else the best.  The company's equity is as its
 * offer's Private says, else as `said` (GUIDE_EQUITY_AS_READ: the
 * guide's reading). */
void offers_compare(const struct guide *g, const struct band *b,
                    const struct rates *rates, const struct offers_input *in,
                    size_t n, long pick, enum guide_equity_said said,
                    struct offers_view *v);

/* The lines of the side-by-side table, one per figure. */
enum offers_line {
	OFFERS_BASE,
	OFFERS_EQUITY_YEAR, /* the grant over four years, valued */
	OFFERS_BONUS,
	OFFERS_SIGN_ON,
	OFFERS_FIRST_YEAR,
	OFFERS_YEARLY,
	OFFERS_FOUR_YEARS,
	OFFERS_IN_BAND,  /* where the yearly total sits in the band */
	OFFERS_VS_ASK,   /* yearly total minus the ask's */
	OFFERS_VS_FLOOR, /* yearly total minus the floor's */
	/* The lines of the totals a guide judges by other than the yearly
	 * one (offer.h, struct ask_total), shown only where the ask or the
	 * floor is one (offers_line_shown): */
	OFFERS_PACKAGE,             /* base + the whole grant (valued) */
	OFFERS_VS_ASK_PACKAGE,      /* that minus the ask's package */
	OFFERS_VS_FLOOR_PACKAGE,    /* that minus the floor's package */
	OFFERS_VS_ASK_FIRST_YEAR,   /* first-year total minus the ask's */
	OFFERS_VS_FLOOR_FIRST_YEAR, /* first-year total minus the floor's */
	OFFERS_LINES
};

/* True when the table has line l: every line but those of a package or
 * a first-year total, which show only where the guide's ask or floor
 * is one (the gaps compare's text prints as "base + grant" and "first
 * year"). */
bool offers_line_shown(const struct offers_view *v, enum offers_line l);

/* "base", "equity a year", ...; brief: "base", "equity/yr", ... for a
 * narrow table. */
const char *offers_line_label(enum offers_line l, bool brief);
/* The table's columns: each row of v, then the ask, the floor and,
 * when there is one, the counter. */
size_t offers_columns(const struct offers_view *v);
/* A column's heading: the offer's name ("company" for the company's,
 * "offer" for an unnamed one), "ask", "floor" or "counter". */
const char *offers_column_name(const struct offers_view *v, size_t col);
/* The text of one cell, in the band's currency ("—" unknown); a gap is
 * signed; brief: the position in the band in one word ("above").  A yearly
 * total or gap that is short only because the ask counts the band's bonus and
 * no bonus was typed ends in '*' (see offers_bonus_note). */
void offers_cell(const struct offers_view *v, size_t col, enum offers_line l,
                 bool brief, char *buf, size_t size);
/* True when column col is an offer with no bonus typed while the band
 * has one: its totals are then short of the ask by the bonus alone. */
bool offers_short_of_bonus(const struct offers_view *v, size_t col);
/* The note the '*' stands for ("the ask and the floor count the band's
 * 10% bonus; no bonus was typed for Google"), "" when no cell has one. */
void offers_bonus_note(const struct offers_view *v, char *buf, size_t size);

/* The side-by-side table as text, each line ending in '\n': the column
 * names, then one line per offers_line, its label first.  At most width
 * columns wide (0: no limit): in full when every column fits, else brief,
 * with as many columns as fit (a name may be cut).  The text is cleaned
 * for a terminal.  Returns how many columns were left out. */
size_t offers_table(const struct offers_view *v, int width, struct strbuf *out);

/* "typed in USD, converted at 1 USD = 0.92 EUR" for a row that was
 * converted; "its latest round, round 2, not the offer typed" for the
 * company's offer a round stands for; "" for others. */
void offers_converted_note(const struct offers_view *v, size_t row, char *buf,
                           size_t size);
/* "the company's offer, the ask and the floor vest 40/30/20/10, as the
 * guide states (line 12)", "" when the guide states no schedule. */
void offers_vesting_note(const struct offers_view *v, char *buf, size_t size);

/* The user's competing offers as the script filler takes them (fill.h):
 * the one the counter answers first, then the others given, in order.
 * Returns how many (at most max). */
size_t offers_for_fill(const struct offers_view *v, struct fill_offer *out,
                       size_t max);

/* The typed offers (negotiation.h) as inputs, those with anything
 * typed, in their order; the inputs point into them: use them before
 * they change.  Returns how many (at most max). */
size_t offers_inputs(const struct neg_offer *offers, size_t count,
                     struct offers_input *in, size_t max);

/* A row's name for people: its own, else "the company's offer" or "the
 * competing offer". */
const char *offers_name(const struct offers_row *r);

#endif
