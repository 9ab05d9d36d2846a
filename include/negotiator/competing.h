/* competing.h - what a script says about competing offers: the names of
 * the competitors it quotes and the figures of their offers.
 *
 * A guide's scripts carry its author's example facts ("Google Paris has
 * offered me ... at €130K base", "I'm holding a Datadog offer at $205K /
 * $250K RSU").  Filling a script (fill.h) must never let them through as
 * the user's: it puts the user's offers in their place, or marks them.
 * This finds them.  A sentence speaks of a competitor when it names a
 * company other than the guide's own beside an offer word ("offer",
 * "is at", "from ... at"), or says "competing"; in such a sentence every
 * name is a competitor's and every figure that is not the guide's own ask
 * or floor is the competitor's.  Each figure gets the part it is ("base",
 * "RSU", "TC" after it) when the words around it say, and the competitor
 * it belongs to (the name before it).
 */
#ifndef NEGOTIATOR_COMPETING_H
#define NEGOTIATOR_COMPETING_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "negotiator/money.h"

#define COMPETING_MAX 64

enum competing_what {
	COMPETING_NAME,        /* a competitor's name */
	COMPETING_BASE,        /* a yearly base */
	COMPETING_GRANT,       /* equity over the whole grant */
	COMPETING_EQUITY_YEAR, /* equity a year */
	COMPETING_TOTAL_YEAR,  /* total compensation a year ("TC") */
	COMPETING_TOTAL_4Y,    /* a total over four years */
	COMPETING_SIGN_ON,
	COMPETING_BONUS,
	COMPETING_FIGURE,  /* a figure whose part the words do not say */
	COMPETING_EXAMPLE, /* a [placeholder] of example offers, figures
	                      in it ("[Google at $310K TC / ...]") */
	COMPETING_NAMES    /* a [placeholder] of example competitors
	                      ("[CME/NASDAQ/Bloomberg]") */
};

struct competing_mention {
	size_t start, end; /* bytes of the text */
	enum competing_what what;
	int rival;      /* 0 for the first competitor the text names... */
	amount_t value; /* a figure's amount (as written) */
	currency_t currency;
};

/* The competitors' names and figures in text, in order; returns how many
 * (at most max).  g gives the guide's own company, its regions and its
 * asks and floors (whose figures are never a competitor's). */
size_t competing_find(const char *text, const struct guide *g,
                      struct competing_mention *out, size_t max);

#endif
