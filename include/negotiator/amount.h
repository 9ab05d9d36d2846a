/* amount.h - an amount of money: a whole number of currency units in an
 * int64_t, AMOUNT_NONE when unknown.  Every parser caps what it accepts
 * at AMOUNT_MAX, and the arithmetic here saturates there, so sums and
 * small multiples of amounts never overflow. */
#ifndef NEGOTIATOR_AMOUNT_H
#define NEGOTIATOR_AMOUNT_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t amount_t;

#define AMOUNT_NONE INT64_MIN
/* One quadrillion: far above any pay figure, far below INT64_MAX / 1000. */
#define AMOUNT_MAX ((amount_t)1000000000000000LL)

static inline bool amount_known(amount_t a)
{
	return a != AMOUNT_NONE;
}

/* Sum and difference that propagate AMOUNT_NONE and saturate at
 * +/-AMOUNT_MAX instead of overflowing. */
amount_t amount_add(amount_t a, amount_t b);
amount_t amount_sub(amount_t a, amount_t b);
/* a * num / den, rounded half away from zero; NONE in, NONE out. */
amount_t amount_scale(amount_t a, int64_t num, int64_t den);
/* a * pct / 100 for a percent given as a double (e.g. 12.5). */
amount_t amount_percent(amount_t a, double pct);

#endif
