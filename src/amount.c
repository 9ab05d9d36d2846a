/* amount.c - whole amounts of money: sums, differences and scaling that
 * propagate "unknown" and saturate instead of overflowing (amount.h). */
#include "negotiator/amount.h"

#include <math.h>

static amount_t clamp(__int128 v)
{
	if (v > AMOUNT_MAX)
		return AMOUNT_MAX;
	if (v < -AMOUNT_MAX)
		return -AMOUNT_MAX;
	return (amount_t)v;
}

amount_t amount_add(amount_t a, amount_t b)
{
	if (!amount_known(a) || !amount_known(b))
		return AMOUNT_NONE;
	return clamp((__int128)a + b);
}

amount_t amount_sub(amount_t a, amount_t b)
{
	if (!amount_known(a) || !amount_known(b))
		return AMOUNT_NONE;
	return clamp((__int128)a - b);
}

amount_t amount_scale(amount_t a, int64_t num, int64_t den)
{
	if (!amount_known(a) || den == 0)
		return AMOUNT_NONE;
	__int128 p = (__int128)a * num;
	if (den < 0) {
		p = -p;
		den = -den;
	}
	__int128 q = p / den, r = p % den;
	if (r < 0)
		r = -r;
	if (2 * r >= den)
		q += p < 0 ? -1 : 1;
	return clamp(q);
}

amount_t amount_percent(amount_t a, double pct)
{
	if (!amount_known(a) || !isfinite(pct))
		return AMOUNT_NONE;
	/* Percent to four decimals is plenty and keeps the maths integral. */
	return amount_scale(a, (int64_t)llround(pct * 10000.0), 1000000);
}
