/* test_totals.c - yearly totals are first-class: an ask or floor given as
 * a total is what the gaps, the verdict and the counter measure against;
 * with no ask or floor the verdict speaks of the band alone; a counter
 * never asks for less than the competing offer holds, part by part,
 * unless the band's top stops it, and then says so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/counter.h"
#include "negotiator/offer.h"

/* A dollar band with no ask and no floor. */
static struct band plain_band(void)
{
	struct band b;

	guide_band_init(&b);
	/* Its own asks, as a guide's body gives them; static: one band of
	 * this kind at a time. */
	static struct ask ask[3];
	for (int i = 0; i < 3; i++)
		guide_ask_init(&ask[i]);
	b.target = &ask[0], b.floor = &ask[1], b.counter = &ask[2];
	b.region = (char *)"Lakeside";
	memcpy(b.currency.code, "USD", 4);
	b.base_low = 180000, b.base_high = 230000;
	b.stock_low = 120000, b.stock_high = 300000;
	b.total_low = 220000, b.total_high = 310000;
	return b;
}

static void set_total(struct band *b, struct ask *a, amount_t total)
{
	a->part[ASK_TOTAL].known = true;
	a->part[ASK_TOTAL].low = a->part[ASK_TOTAL].high = total;
	a->part[ASK_TOTAL].currency = b->currency;
}

static struct offer offer_of(amount_t base, amount_t equity_4y)
{
	struct offer o;

	offer_init(&o);
	o.base = base;
	o.equity_4y = equity_4y;
	return o;
}

static void band_alone(void **state)
{
	struct band b = plain_band();
	struct offer o;
	struct offer_result r;

	(void)state;
	o = offer_of(250000, 400000); /* 350K a year */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BAND_ABOVE);
	assert_false(r.vs_target.known);
	assert_false(r.vs_floor.known);
	o = offer_of(150000, 100000); /* 175K a year */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BAND_BELOW);
	o = offer_of(200000, 160000); /* 240K a year */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BAND_IN);
	/* No word about an ask or a floor the guide does not give. */
	assert_non_null(
		strstr(offer_verdict_text(r.verdict), "no ask or floor"));
}

static void total_asks(void **state)
{
	struct band b = plain_band();
	struct offer o;
	struct offer_result r;

	(void)state;
	set_total(&b, b.target, 280000);
	set_total(&b, b.floor, 250000);
	assert_int_equal(offer_ask_annual(&b, b.target, 100), 280000);
	o = offer_of(200000, 240000); /* 260K a year */
	offer_compare(NULL, &b, &o, &r);
	assert_true(r.vs_target.known && r.vs_floor.known);
	assert_int_equal(r.vs_target.annual_total, -20000);
	assert_int_equal(r.vs_floor.annual_total, 10000);
	assert_int_equal(r.verdict, VERDICT_BETWEEN);
	o = offer_of(190000, 200000); /* 240K: under the floor's total */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BELOW_FLOOR);
	o = offer_of(210000, 300000); /* 285K */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_AT_TARGET);

	/* A floor alone: above it, with no ask to meet. */
	b = plain_band();
	set_total(&b, b.floor, 250000);
	o = offer_of(210000, 300000);
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_ABOVE_FLOOR);
}

static void ask_bonus_counts(void **state)
{
	struct band b = plain_band();

	(void)state;
	b.target->base = 200000;
	b.target->equity = 200000;
	/* With no bonus of its own, the band's bonus counts. */
	b.bonus_pct = 10;
	assert_int_equal(offer_ask_annual(&b, b.target, 100), 270000);
	/* The ask's own bonus wins over the band's. */
	b.target->part[ASK_BONUS].known = true;
	b.target->part[ASK_BONUS].percent = true;
	b.target->part[ASK_BONUS].pct_low = b.target->part[ASK_BONUS].pct_high =
		20;
	assert_int_equal(offer_ask_annual(&b, b.target, 100), 290000);
}

static bool steps_say(const struct counter *c, const char *text)
{
	for (size_t i = 0; i < c->step_count; i++)
		if (strstr(c->steps[i], text))
			return true;
	return false;
}

static void counter_never_below_competing(void **state)
{
	struct band b = plain_band();
	struct offer o = offer_of(220000, 240000);
	struct counter c;

	(void)state;
	b.bonus_pct = 15; /* the counter's bonus makes up part of the value */
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_true(c.known);
	assert_true(c.base >= 220000);
	/* Matching the four-year value would take less equity; the
	 * counter still asks for what the competing offer holds. */
	assert_true(c.equity_4y >= 240000);
	assert_true(steps_say(&c, "the competing $240K"));

	/* A competing grant past the band's top: the top is no ceiling. */
	o = offer_of(220000, 400000);
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_int_equal(c.equity_4y, 400000);
	assert_false(c.equity_capped);
}

static void counter_reaches_total_ask(void **state)
{
	struct band b = plain_band();
	struct offer o = offer_of(200000, 120000);
	struct counter c;

	(void)state;
	b.stock_high = 400000;
	set_total(&b, b.target, 280000);
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_true(c.known);
	/* 200K base + a quarter of the grant must reach 280K a year. */
	assert_true(c.base + c.equity_4y / 4 >= 280000);
	assert_true(steps_say(&c, "yearly total ask"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(band_alone),
		cmocka_unit_test(total_asks),
		cmocka_unit_test(ask_bonus_counts),
		cmocka_unit_test(counter_never_below_competing),
		cmocka_unit_test(counter_reaches_total_ask),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
