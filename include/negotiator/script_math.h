/* script_math.h - the sums the scripts state.
 *
 * A script that frames a competing offer often adds it up: "<A> base
 * with <B>/year in RSUs ... that is <C> over four years".  The same
 * finder serves `check` (which questions a wrong C) and the filling of
 * scripts (fill.h, which puts the right sum in its place), so every
 * claim `check` questions is one the filled script corrects.
 */
#ifndef NEGOTIATOR_SCRIPT_MATH_H
#define NEGOTIATOR_SCRIPT_MATH_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "negotiator/money.h"
#include "reader/prose_scan.h"

/* "A base with B/year … C over four years" in a script. */
struct script_claim {
	struct prose_money base, per_year, total;
	bool has_total;
};

/* Find up to max claims in text, in order; returns how many. */
size_t script_math_claims(const char *text, size_t len,
                          struct script_claim *out, size_t max);

/* Count each claim of the script whose C is not 4 x (A + B) (more than
 * 2% off); with report, warn about each in g->diags. */
size_t script_math_check(struct guide *g, const struct script *s, bool report);

#endif
