/* counter.c - the counter-offer solver. */
#include "negotiator/counter.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void step(char (*steps)[COUNTER_STEP_LEN], size_t *count, size_t max,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void step(char (*steps)[COUNTER_STEP_LEN], size_t *count, size_t max,
                 const char *fmt, ...)
{
	if (*count >= max)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(steps[*count], COUNTER_STEP_LEN, fmt, ap);
	va_end(ap);
	(*count)++;
}

/* Asks are round numbers: up to the next thousand for what is needed,
 * down for a ceiling. */
static amount_t round_up_k(amount_t a)
{
	if (!amount_known(a) || a <= 0)
		return a;
	return (a + 999) / 1000 * 1000;
}

static amount_t thousand_floor(amount_t a)
{
	return a - a % 1000;
}

static bool premium_raises_equity(const struct guide *g, const struct offer *o)
{
	return o->agentic && guide_premium_on_equity(g);
}

/* 4 x base x (1 + bonus%) : the cash a base brings over four years. */
static amount_t four_years_of_base(const struct band *b, amount_t base)
{
	amount_t yearly = base;
	if (b->bonus_pct > 0)
		yearly = amount_add(base, amount_percent(base, b->bonus_pct));
	return amount_scale(yearly, 4, 1);
}

static amount_t min_known(amount_t a, amount_t b)
{
	if (!amount_known(a))
		return b;
	if (!amount_known(b))
		return a;
	return a < b ? a : b;
}

static amount_t max_known(amount_t a, amount_t b)
{
	if (!amount_known(a))
		return b;
	if (!amount_known(b))
		return a;
	return a > b ? a : b;
}

static void solve_counter(const struct guide *g, const struct band *b,
                          const struct offer *o, const struct offer_result *r,
                          struct counter *c)
{
	const char *cur = band_currency(b);
	size_t *n = &c->step_count;
	const size_t max = COUNTER_MAX_STEPS;
	double q = r->guide_equity_pct; /* value of the guide's equity */

	c->competing_value_4y = r->four_year_total;
	step(c->steps, n, max,
	     "Competing offer over four years: 4 × (%s base + %s bonus) + %s "
	     "equity%s + %s sign-on = %s.",
	     money_text(r->base, cur, false).s,
	     money_text(amount_known(r->bonus) ? r->bonus : 0, cur, false).s,
	     money_text(
		     amount_known(r->equity_4y)
			     ? amount_percent(r->equity_4y, r->offer_equity_pct)
			     : 0,
		     cur, false)
	             .s,
	     r->offer_equity_pct < 100 ? " (risk-adjusted)" : "",
	     money_text(amount_known(r->sign_on) ? r->sign_on : 0, cur, false)
	             .s,
	     money_text(c->competing_value_4y, cur, false).s);

	/* Base: the competing base or the target, whichever is higher, no
	 * higher than the band's top and no lower than the floor. */
	c->base_ceiling = max_known(b->base_high, b->target->base);
	amount_t want = max_known(b->target->base, r->base);
	c->base = min_known(want, c->base_ceiling);
	c->base = max_known(c->base, b->floor->base);
	c->base_capped =
		amount_known(c->base_ceiling) && want > c->base_ceiling;
	if (c->base_capped)
		step(c->steps, n, max,
		     "Base: the competing %s is above what the band pays (%s), "
		     "so ask %s.",
		     money_text(r->base, cur, false).s,
		     money_text(c->base_ceiling, cur, false).s,
		     money_text(c->base, cur, false).s);
	else if (amount_known(b->target->base))
		step(c->steps, n, max,
		     "Base: the higher of the competing %s and the target ask "
		     "%s: %s.",
		     money_text(r->base, cur, false).s,
		     money_text(b->target->base, cur, false).s,
		     money_text(c->base, cur, false).s);
	else
		step(c->steps, n, max,
		     "Base: the competing %s (the guide gives no base ask): "
		     "%s.",
		     money_text(r->base, cur, false).s,
		     money_text(c->base, cur, false).s);

	/* Sign-on: the guide's own sign-on ask, where it makes one, and
	 * never less than the competing offer's. */
	c->sign_on_ceiling = b->target->sign_on;
	c->sign_on = max_known(
		amount_known(b->target->sign_on) ? b->target->sign_on : 0,
		r->sign_on);

	/* Equity: enough to match what is left, within the ceiling. */
	c->equity_ceiling = b->stock_high;
	if (premium_raises_equity(g, o) && amount_known(b->stock_high)) {
		c->equity_ceiling = thousand_floor(amount_percent(
			b->stock_high, 100 + g->premium.high_pct));
	}
	c->equity_ceiling = max_known(c->equity_ceiling, b->target->equity);
	amount_t cash = amount_add(four_years_of_base(b, c->base), c->sign_on);
	amount_t left = amount_sub(c->competing_value_4y, cash);
	amount_t need = left > 0 ? round_up_k(amount_scale(left, 100,
	                                                   (int64_t)(q + 0.5)))
	                         : 0;
	/* Never less equity than the competing offer holds, nor than the
	 * target ask; the band's top may still hold it lower (said below). */
	amount_t eq =
		max_known(max_known(need, b->target->equity), r->equity_4y);
	/* A yearly total ask: enough equity that base, bonus and a quarter
	 * of the grant reach it. */
	amount_t total_ask = offer_ask_annual(b, b->target, q);
	if (amount_known(total_ask) &&
	    amount_known(b->target->part[ASK_TOTAL].low) &&
	    b->target->part[ASK_TOTAL].known) {
		amount_t yearly_cash =
			amount_scale(four_years_of_base(b, c->base), 1, 4);
		amount_t short_by = amount_sub(total_ask, yearly_cash);
		if (short_by > 0) {
			amount_t grant = round_up_k(amount_scale(
				short_by, 400, (int64_t)(q + 0.5)));
			if (grant > eq) {
				eq = grant;
				step(c->steps, n, max,
				     "The guide's yearly total ask is %s: the "
				     "grant "
				     "must be at least %s for base, bonus and "
				     "a "
				     "quarter of the grant to reach it.",
				     money_text(total_ask, cur, false).s,
				     money_text(grant, cur, false).s);
			}
		}
	}
	c->equity_capped =
		amount_known(c->equity_ceiling) && eq > c->equity_ceiling;
	eq = min_known(eq, c->equity_ceiling);
	eq = max_known(eq, b->floor->equity);
	c->equity_4y = eq;
	step(c->steps, n, max,
	     "Equity to match: %s − 4 × %s base%s − %s sign-on = %s%s%s%s.",
	     money_text(c->competing_value_4y, cur, false).s,
	     money_text(c->base, cur, false).s,
	     b->bonus_pct > 0 ? " with bonus" : "",
	     money_text(c->sign_on, cur, false).s,
	     money_text(left > 0 ? left : 0, cur, false).s,
	     q < 100 ? " of value, more in face value for private equity" : "",
	     amount_known(b->target->equity) ? "; the target ask is " : "",
	     amount_known(b->target->equity)
	             ? money_text(b->target->equity, cur, false).s
	             : "");
	if (amount_known(r->equity_4y) && r->equity_4y > need &&
	    r->equity_4y >= max_known(b->target->equity, 0))
		step(c->steps, n, max,
		     "The competing offer holds %s in equity: the counter asks "
		     "no "
		     "less.",
		     money_text(r->equity_4y, cur, false).s);
	if (c->equity_capped)
		step(c->steps, n, max,
		     "That is above the most the guide supports (%s%s), so ask "
		     "%s%s.",
		     money_text(c->equity_ceiling, cur, false).s,
		     premium_raises_equity(g, o) ? ", the band's top with the "
		                                   "premium"
		                                 : ", the band's top",
		     money_text(c->equity_4y, cur, false).s,
		     amount_known(r->equity_4y) && c->equity_4y < r->equity_4y
		             ? ": less equity than the competing offer holds, "
		               "because the band stops there"
		             : "");
	else
		step(c->steps, n, max, "Ask %s in equity over four years.",
		     money_text(c->equity_4y, cur, false).s);

	c->counter_value_4y = amount_add(cash, amount_percent(c->equity_4y, q));
	c->shortfall = amount_sub(c->competing_value_4y, c->counter_value_4y);
	if (c->shortfall < 0)
		c->shortfall = 0;
	step(c->steps, n, max,
	     "Counter over four years: 4 × %s%s + %s equity + %s sign-on = "
	     "%s%s.",
	     money_text(c->base, cur, false).s,
	     b->bonus_pct > 0 ? " with bonus" : "",
	     money_text(c->equity_4y, cur, false).s,
	     money_text(c->sign_on, cur, false).s,
	     money_text(c->counter_value_4y, cur, false).s,
	     c->shortfall > 0 ? "" : ", at least the competing offer");
	if (c->shortfall > 0)
		step(c->steps, n, max,
		     "Even at the guide's ceiling the counter is %s short of "
		     "the "
		     "competing offer: this company cannot match it on money.",
		     money_text(c->shortfall, cur, false).s);
	if (amount_known(b->floor->base) && c->base == b->floor->base &&
	    amount_known(r->base) && r->base < b->floor->base)
		step(c->steps, n, max,
		     "The base is held at the floor %s: do not counter lower.",
		     money_text(b->floor->base, cur, false).s);
}

static void solve_gap(const struct guide *g, const struct band *b,
                      const struct offer *company, struct counter *c)
{
	const char *cur = band_currency(b);
	struct offer_result cr;
	struct offer co = *company;
	/* The company's own grant is its (maybe private) equity. */
	co.equity_private = guide_equity_is_private(g);
	offer_compare(g, b, &co, &cr);
	if (!amount_known(cr.four_year_total) ||
	    !amount_known(b->target->base) || !amount_known(b->target->equity))
		return;
	double q = cr.guide_equity_pct;
	amount_t sign_on =
		amount_known(b->target->sign_on) ? b->target->sign_on : 0;
	c->gap_known = true;
	c->company_value_4y = cr.four_year_total;
	c->target_value_4y =
		amount_add(amount_add(four_years_of_base(b, b->target->base),
	                              amount_percent(b->target->equity, q)),
	                   sign_on);
	c->gap_4y = amount_sub(c->target_value_4y, c->company_value_4y);
	size_t *n = &c->gap_step_count;
	step(c->gap_steps, n, 4,
	     "Target ask over four years: 4 × %s%s + %s equity + %s sign-on = "
	     "%s; the company's offer comes to %s.",
	     money_text(b->target->base, cur, false).s,
	     b->bonus_pct > 0 ? " with bonus" : "",
	     money_text(b->target->equity, cur, false).s,
	     money_text(sign_on, cur, false).s,
	     money_text(c->target_value_4y, cur, false).s,
	     money_text(c->company_value_4y, cur, false).s);
	if (c->gap_4y <= 0) {
		c->close_by_base = c->close_by_equity = c->close_by_sign_on = 0;
		step(c->gap_steps, n, 4,
		     "The company's offer already meets the target ask.");
		return;
	}
	double yearly =
		4.0 * (1.0 + (b->bonus_pct > 0 ? b->bonus_pct : 0) / 100);
	c->close_by_base = round_up_k(
		amount_scale(c->gap_4y, 1000, (int64_t)(yearly * 1000 + 0.5)));
	c->close_by_equity =
		round_up_k(amount_scale(c->gap_4y, 100, (int64_t)(q + 0.5)));
	c->close_by_sign_on = round_up_k(c->gap_4y);
	step(c->gap_steps, n, 4,
	     "A gap of %s closes with any one of: base +%s a year (%s ÷ %g), "
	     "equity +%s, or sign-on +%s.",
	     money_text(c->gap_4y, cur, false).s,
	     money_text(c->close_by_base, cur, false).s,
	     money_text(c->gap_4y, cur, false).s, yearly,
	     money_text(c->close_by_equity, cur, false).s,
	     money_text(c->close_by_sign_on, cur, false).s);
}

void counter_solve(const struct guide *g, const struct band *b,
                   const struct offer *competing, const struct offer *company,
                   struct counter *c)
{
	memset(c, 0, sizeof *c);
	c->base = c->equity_4y = c->sign_on = AMOUNT_NONE;
	c->competing_value_4y = c->counter_value_4y = AMOUNT_NONE;
	c->gap_4y = c->close_by_base = c->close_by_equity = AMOUNT_NONE;
	c->close_by_sign_on = AMOUNT_NONE;
	if (!b)
		return;
	if (company && amount_known(company->base))
		solve_gap(g, b, company, c);
	if (!competing || !amount_known(competing->base))
		return;
	struct offer_result r;
	offer_compare(g, b, competing, &r);
	if (!amount_known(r.four_year_total) || !band_has_numbers(b))
		return;
	c->known = true;
	solve_counter(g, b, competing, &r, c);
}
