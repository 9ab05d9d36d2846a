/* analysis.h - one negotiation, one set of numbers.
 *
 * The negotiation as typed (every competing offer and the company's, each
 * in its own currency, the rounds, the answers to a script's
 * placeholders, which offer the counter answers) is analysed by one
 * function, analysis_run(): every offer's totals and place in the band,
 * the gaps to the ask and the floor, the one yearly total of the ask and
 * of the floor, the company's offer the counter starts from (its latest
 * round in the region, else its offer as typed), the counter with its
 * steps, the verdict and the filled-in script.  The command line's text,
 * --json and --markdown, and the TUI's panes and export all render this
 * one result; none of them works a figure out again. */
#ifndef NEGOTIATOR_ANALYSIS_H
#define NEGOTIATOR_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/counter.h"
#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/negotiation.h"
#include "negotiator/offer.h"
#include "negotiator/offers.h"
#include "negotiator/rates.h"

struct analysis_input {
	const struct guide *guide;
	const struct band *band; /* the region shown */
	const struct rates *rates;
	/* The offers as typed (negotiation.h): the competing ones, then
	 * the company's; empty ones are left out. */
	const struct neg_offer *offers;
	size_t offer_count;
	/* The number of the competing offer the counter answers; NEG_NONE
	 * (or one not given): the best. */
	int against;
	/* The rounds and the answers; NULL: none. */
	const struct negotiation *neg;
	/* The company's latest round in the region stands for its offer
	 * (the TUI, where rounds are recorded); else the offer typed. */
	bool company_from_rounds;
	/* The company's equity when no company's offer says (the command
	 * line's --company-private or --company-public with no
	 * --company-base); zero: the guide's reading. */
	enum guide_equity_said company_equity;
	/* The number of the offer a view shows (the TUI's form), for
	 * analysis.shown; a zeroed input shows the company's. */
	int shown;
};

struct analysis {
	const struct guide *guide;
	const struct band *band;
	/* Every offer, the ask and the floor side by side. */
	struct offers_view offers;
	/* The rows' names, copied: the analysis outlives a change of the
	 * negotiation's offers until it is run again. */
	char names[OFFERS_MAX][128];
	/* The ask's and the floor's one yearly total (offer.h). */
	struct ask_total ask_total, floor_total;
	/* The company's offer the counter starts from: its latest round in
	 * the region (company_round its index), else the offer typed
	 * (company_round -1); company_known false when neither. */
	bool company_known;
	long company_round;
	struct offer company;
	struct offer_result company_res;
	/* The company's offer as typed, whatever round stands for it in
	 * the table (what C records as its next round); given false when
	 * none was typed. */
	struct offers_row company_typed;
	/* The offer a view shows (the input's `shown`): its row (the
	 * company's as typed, whatever round stands for it in the table),
	 * else `none`, an offer with nothing typed against the band (its
	 * premium range; the company's vests as the guide states). */
	const struct offers_row *shown;
	struct offers_row none;
	struct counter counter;
	/* The offer the text speaks of: the one the counter answers, else
	 * the company's; NULL when no offer was given. */
	const struct offers_row *main;
	enum verdict verdict; /* main's */
	/* The company's equity counts as private, and the guide's line that
	 * says so (0: none, not private, or overridden). */
	bool equity_private;
	int private_line;
	/* The negotiation said either way (equity_said: the company's
	 * offer's Private, --company-private or --company-public), and
	 * said the other way than the guide's reading (equity_overridden):
	 * guide_private, decided by the guide's equity_line (0: by its
	 * summary, or by nothing said). */
	bool equity_said, equity_overridden, guide_private;
	int equity_line;
	/* The script that fits, filled in with the offers and the answers
	 * (NULL and empty when there is none). */
	const struct script *script;
	struct filled_script filled;
};

/* Analyse the negotiation into a, which must be zeroed or freed
 * (analysis_free) first. */
void analysis_run(const struct analysis_input *in, struct analysis *a);
void analysis_free(struct analysis *a);
/* Fill a script's text (the one the analysis picked, or another of the
 * guide's) with the analysis's offers and neg's answers (neg may be
 * NULL); fill_script_free out after. */
void analysis_fill(const struct analysis *a, const struct negotiation *neg,
                   const char *text, struct filled_script *out);

/* Whether the company's equity counts as private and what decided it,
 * in a sentence ("Quietseed's equity counts as private (pre-IPO), at its
 * value percent, as the guide's line 14 says."; "... as you said, over
 * the guide's reading (listed, line 9)."); "" when the guide says
 * neither and nothing was said. */
void analysis_equity_words(const struct analysis *a, char *buf, size_t size);

/* The latest round by who ("company", "me") in region (any when NULL);
 * NULL when none; *index its place when not NULL. */
const struct round *analysis_latest_round(const struct negotiation *n,
                                          const char *who, const char *region,
                                          size_t *index);

#endif
