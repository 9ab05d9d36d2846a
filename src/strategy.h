/* strategy.h - internal: the target ask and the accept-at floor, read
 * from the text of the strategy block quote. */
#ifndef NEGOTIATOR_STRATEGY_H
#define NEGOTIATOR_STRATEGY_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

/* Read the strategy's text: fill each band's target (base, equity,
 * sign-on) and floor by currency, in the order of the bands that have
 * numbers, skipping what the front matter already set.  Returns true
 * when the text states an ask or a floor at all. */
bool strategy_apply(struct guide *g, const char *text, size_t len);

#endif
