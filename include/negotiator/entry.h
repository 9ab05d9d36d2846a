/* entry.h - an offer as a person typed it, and reading it into an offer.
 *
 * The command line's options and the TUI's form both fill a struct entry
 * (the text typed for each part of OFFER_PARTS) and read it with
 * entry_read(), which reads every part through the one input reader
 * (input.h) and moves amounts into the wanted currency with the rates
 * file.  So the two accept and refuse the same text, and convert it the
 * same way.
 */
#ifndef NEGOTIATOR_ENTRY_H
#define NEGOTIATOR_ENTRY_H

#include <stdbool.h>

#include "negotiator/money.h"
#include "negotiator/offer.h"
#include "negotiator/part.h"
#include "negotiator/rates.h"

struct entry {
	const char *text[PART_COUNT]; /* text parts; NULL or blank: not given */
	bool per_year[PART_COUNT];    /* a GRANT typed a year at a time */
	bool on[PART_COUNT];          /* FLAG parts */
	/* A FLAG part said either way ("yes" or "no"); not said, the
	 * default stands (the guide's reading, for the company's
	 * Private). */
	bool said[PART_COUNT];
};

/* How one part was read. */
struct entry_part {
	char error[160];  /* why it could not be read; "" when it could */
	currency_t typed; /* the currency its text named; "" when none */
	bool converted;   /* moved into another currency with a rate */
	double rate;      /* then: 1 of `from` = rate of the target */
	currency_t from;  /* then: the currency it was moved from */
};

struct entry_reading {
	struct entry_part part[PART_COUNT];
	/* The first conversion that had no rate (codes "" when none). */
	currency_t missing_from, missing_to;
	bool any;    /* an amount (or a percent of base) was given */
	bool errors; /* some part could not be read */
};

/* Read e into o.  An amount that names no currency is in `bare`; every
 * amount ends up in `to`, converted with rates where the two differ
 * (empty `to`: each stays in the currency it was typed in).  A part that
 * cannot be read, or needs a rate that rates (NULL: none) lacks, gets an
 * error in how and counts as not given.  Returns how->any. */
bool entry_read(const struct entry *e, const char *bare, const char *to,
                const struct rates *rates, struct offer *o,
                struct entry_reading *how);

#endif
