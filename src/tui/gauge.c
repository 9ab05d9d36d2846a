/* gauge.c - lay out a number line with its marks (see gauge.h). */
#include "tui/gauge.h"

int gauge_column(const struct gauge *g, int width, amount_t v)
{
	long double span = (long double)g->hi - (long double)g->lo;
	long double pos;

	if (width <= 1 || span <= 0)
		return 0;
	pos = ((long double)v - (long double)g->lo) * (width - 1) / span;
	if (pos < 0)
		return 0;
	if (pos > width - 1)
		return width - 1;
	return (int)(pos + 0.5L);
}

static void widen(amount_t *lo, amount_t *hi, amount_t v)
{
	if (!amount_known(v))
		return;
	if (v < *lo)
		*lo = v;
	if (v > *hi)
		*hi = v;
}

/* Put a mark at col, or beside it when a stronger mark holds it. */
static int place(struct gauge_cell *out, int width, int col, uint32_t ch,
                 enum gauge_role role)
{
	static const int tries[] = {0, 1, -1, 2, -2};
	size_t i;

	for (i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		int c = col + tries[i];
		if (c < 0 || c >= width)
			continue;
		if (out[c].role == GAUGE_FLOOR || out[c].role == GAUGE_TARGET ||
		    out[c].role == GAUGE_OFFER)
			continue;
		out[c].ch = ch;
		out[c].role = role;
		return c;
	}
	return -1;
}

int gauge_layout(const struct gauge_marks *m, int width, struct gauge_cell *out,
                 struct gauge *g)
{
	amount_t lo, hi;
	int c, a, b;

	if (width < 3 || !amount_known(m->low) || !amount_known(m->high))
		return -1;
	lo = m->low < m->high ? m->low : m->high;
	hi = m->low < m->high ? m->high : m->low;
	widen(&lo, &hi, m->floor);
	widen(&lo, &hi, m->target);
	widen(&lo, &hi, m->prem_low);
	widen(&lo, &hi, m->prem_high);
	widen(&lo, &hi, m->offer);
	if (hi == lo) {
		/* A one-point band: give it some room either side. */
		amount_t pad = lo / 10 > 0 ? lo / 10 : 1;
		lo -= pad;
		hi += pad;
	}
	g->lo = lo;
	g->hi = hi;
	g->floor_col = g->target_col = g->offer_col = -1;

	a = gauge_column(g, width, m->low < m->high ? m->low : m->high);
	b = gauge_column(g, width, m->low < m->high ? m->high : m->low);
	for (c = 0; c < width; c++) {
		bool in = c >= a && c <= b;
		out[c].ch = in ? GAUGE_CH_BAND : GAUGE_CH_OUTSIDE;
		out[c].role = in ? GAUGE_BAND : GAUGE_OUTSIDE;
	}
	if (amount_known(m->prem_low) && amount_known(m->prem_high)) {
		a = gauge_column(g, width, m->prem_low);
		b = gauge_column(g, width, m->prem_high);
		for (c = a; c <= b; c++) {
			out[c].ch = GAUGE_CH_PREMIUM;
			out[c].role = GAUGE_PREMIUM;
		}
	}
	/* The offer goes first so it is never the one pushed aside. */
	if (amount_known(m->offer))
		g->offer_col =
			place(out, width, gauge_column(g, width, m->offer),
		              GAUGE_CH_OFFER, GAUGE_OFFER);
	if (amount_known(m->target))
		g->target_col =
			place(out, width, gauge_column(g, width, m->target),
		              GAUGE_CH_TARGET, GAUGE_TARGET);
	if (amount_known(m->floor))
		g->floor_col =
			place(out, width, gauge_column(g, width, m->floor),
		              GAUGE_CH_FLOOR, GAUGE_FLOOR);
	return 0;
}
