/* guide_check.h - every finding about a guide, for `check`. */
#ifndef NEGOTIATOR_GUIDE_CHECK_H
#define NEGOTIATOR_GUIDE_CHECK_H

#include <stddef.h>

#include "negotiator/guide.h"

/* The load warnings, the body's (it is loaded here), and the stale
 * review date against today (YYYY-MM-DD; NULL: the real today).
 * Appends copies to out; returns the number of errors among them. */
size_t guide_check(struct guide *g, const char *today, struct diag_list *out);

#endif
