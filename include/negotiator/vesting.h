/* vesting.h - the vesting schedule a guide states ("vests 5/15/40/40",
 * "front-loaded 40/30/20/10 vesting"): the default schedule of the offers
 * weighed against that guide, shown as the guide's, with its line. */
#ifndef NEGOTIATOR_VESTING_H
#define NEGOTIATOR_VESTING_H

#include <stdbool.h>

#include "negotiator/guide.h"
#include "negotiator/input.h"

/* The first schedule the guide's body states in a sentence about vesting:
 * two to INPUT_MAX_YEARS percents separated by '/', adding up to 100, not
 * the even 25/25/25/25.  pct gets it (the rest zero) and *line its line
 * in the file.  False when the body (loaded) states none. */
bool vesting_of_guide(const struct guide *g, double pct[INPUT_MAX_YEARS],
                      int *line);

#endif
