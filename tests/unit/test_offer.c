/* Unit tests: the offer calculator on hand-built bands (no files). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/offer.h"

static struct band paris_like(void)
{
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Lyon";
	memcpy(b.currency.code, "EUR", 4);
	b.base_low = 88000, b.base_high = 120000;
	b.stock_low = 135000, b.stock_high = 255000;
	b.bonus_pct = -1;
	b.total_low = 122000, b.total_high = 184000;
	/* The asks live beside the band (one band of this kind at a
	 * time in these tests). */
	static struct ask ask[3];
	ask[0] = (struct ask){
		.base = 115000, .equity = 245000, .sign_on = 12000};
	ask[1] = (struct ask){
		.base = 95000, .equity = 195000, .sign_on = AMOUNT_NONE};
	ask[2] = (struct ask){0};
	b.target = &ask[0], b.floor = &ask[1], b.counter = &ask[2];
	return b;
}

static void test_totals_and_gaps(void **state)
{
	(void)state;
	struct band b = paris_like();
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	o.base = 130000;
	o.equity_4y = 4 * 105000;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.annual_total, 235000);
	assert_int_equal(r.four_year_total, 940000);
	assert_int_equal(r.first_year_total, 235000);
	assert_int_equal(r.equity_per_year, 105000);
	assert_int_equal(r.base_pos, POS_ABOVE);
	assert_int_equal(r.equity_pos, POS_ABOVE);
	assert_true(r.vs_target.known);
	assert_int_equal(r.vs_target.base, 15000);
	assert_int_equal(r.vs_target.equity, 175000);
	/* target annual: 115000 + 245000/4 = 176250 */
	assert_int_equal(r.vs_target.annual_total, 235000 - 176250);
	assert_int_equal(r.vs_floor.base, 35000);
	assert_int_equal(r.vs_floor.equity, 225000);
	assert_int_equal(r.vs_floor.annual_total, 235000 - 143750);
	assert_int_equal(r.verdict, VERDICT_ABOVE_BAND);
	assert_null(r.script); /* no guide, no script */
}

static void test_verdicts(void **state)
{
	(void)state;
	struct band b = paris_like();
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	o.base = 90000;
	o.equity_4y = 150000; /* 127500 a year: under the 143750 floor */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BELOW_FLOOR);
	o.base = 100000;
	o.equity_4y = 200000; /* 150000: above floor, below 176250 */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_BETWEEN);
	o.base = 118000;
	o.equity_4y = 250000; /* 180500: at target, inside the band */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_AT_TARGET);
	assert_int_equal(r.total_pos, POS_IN);
}

static void test_bonus_sign_on_and_vesting(void **state)
{
	(void)state;
	struct band b = paris_like();
	b.bonus_pct = 10;
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	o.base = 100000;
	o.bonus_pct = 15;
	o.equity_4y = 400000;
	o.sign_on = 20000;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.bonus, 15000);
	assert_int_equal(r.annual_total, 100000 + 15000 + 100000);
	assert_int_equal(r.first_year_total, 215000 + 20000);
	assert_int_equal(r.four_year_total, 4 * 115000 + 400000 + 20000);
	/* Target annual with the band's 10% bonus: 115000+61250+11500. */
	assert_int_equal(r.vs_target.annual_total, 215000 - 187750);

	/* A front-loaded 5/15/40/40 schedule moves value out of year one. */
	o.vest_pct[0] = 5, o.vest_pct[1] = 15, o.vest_pct[2] = 40,
	o.vest_pct[3] = 40;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.year_value[0], 115000 + 20000 + 20000);
	assert_int_equal(r.year_value[2], 115000 + 160000);
	assert_int_equal(r.four_year_total, 4 * 115000 + 400000 + 20000);
}

static void test_unknowns_and_risk(void **state)
{
	(void)state;
	struct band b = paris_like();
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.verdict, VERDICT_NO_DATA);
	assert_true(r.annual_total == AMOUNT_NONE);
	assert_false(r.vs_target.known);

	o.base = 100000; /* equity not entered: counts as none */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.annual_total, 100000);
	assert_true(r.vs_target.equity == AMOUNT_NONE);

	o.equity_4y = 400000;
	o.private_value_pct = 50; /* private equity at half its face */
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.annual_total, 200000); /* liquid: at face */
	o.equity_private = true;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.annual_total, 150000);

	/* No band at all: nothing to judge, no crash. */
	offer_compare(NULL, NULL, &o, &r);
	assert_int_equal(r.verdict, VERDICT_NO_DATA);

	/* Huge amounts saturate instead of overflowing. */
	offer_init(&o);
	o.base = AMOUNT_MAX;
	o.equity_4y = AMOUNT_MAX;
	o.sign_on = AMOUNT_MAX;
	offer_compare(NULL, &b, &o, &r);
	assert_true(r.four_year_total <= AMOUNT_MAX);
	assert_true(r.four_year_total > 0);
}

static void test_premium_range(void **state)
{
	(void)state;
	struct band b = paris_like();
	struct guide g;
	memset(&g, 0, sizeof g);
	g.premium.present = true;
	g.premium.low_pct = 20;
	g.premium.high_pct = 35;
	g.premium.applies_to = (char *)"base equity grants";
	g.body_loaded = true; /* nothing to parse: no scripts */
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	offer_compare(&g, &b, &o, &r);
	assert_true(r.premium_known);
	assert_int_equal(r.premium_on, PREMIUM_ON_EQUITY);
	assert_int_equal(r.premium_low, 162000);
	assert_int_equal(r.premium_high, 344250);
	/* A premium on another part raises that part's range, and an
	 * offer's figure of it is what the range is measured against. */
	g.premium.applies_to = (char *)"base salary";
	o.base = 100000;
	offer_compare(&g, &b, &o, &r);
	assert_true(r.premium_known);
	assert_int_equal(r.premium_on, PREMIUM_ON_BASE);
	assert_int_equal(r.premium_low, 105600);
	assert_int_equal(r.premium_high, 162000);
	amount_t lo, hi, offered;
	offer_premium_basis(&r, &lo, &hi, &offered);
	assert_int_equal(lo, 88000);
	assert_int_equal(hi, 120000);
	assert_int_equal(offered, 100000);
	g.premium.applies_to = (char *)"total compensation";
	offer_compare(&g, &b, &o, &r);
	assert_int_equal(r.premium_on, PREMIUM_ON_TOTAL);
	assert_int_equal(r.premium_low, 146400);
	assert_int_equal(r.premium_high, 248400);
	offer_premium_basis(&r, &lo, &hi, &offered);
	assert_int_equal(offered, r.annual_total);
	/* A part the calculator does not have: no range, never a guess. */
	g.premium.applies_to = (char *)"bonus";
	offer_compare(&g, &b, &o, &r);
	assert_false(r.premium_known);
	assert_int_equal(r.premium_on, PREMIUM_ON_NONE);
	g.premium.applies_to = (char *)"base salary";
	/* One answer to "does the premium raise equity?", for the range
	 * here and the counter's ceiling alike. */
	assert_false(guide_premium_on_equity(&g));
	g.premium.applies_to = NULL;
	assert_true(guide_premium_on_equity(&g));
	g.premium.applies_to = (char *)"Stock";
	assert_true(guide_premium_on_equity(&g));
	g.premium.present = false;
	assert_false(guide_premium_on_equity(&g));
	assert_false(guide_premium_on_equity(NULL));
}

/* A total figure read from a sentence of ours (the band's currency). */
static struct figure total_said(amount_t amount, const char *sentence)
{
	struct figure f;
	memset(&f, 0, sizeof f);
	f.known = true;
	f.low = f.high = amount;
	f.source.line = 7;
	f.source.text = (char *)(uintptr_t)sentence;
	return f;
}

/* Issue 16: a total the guide calls the first year's (it counts the
 * sign-on and the first year's vest) is no yearly total: the floor is
 * judged against an offer's first-year total. */
static void test_first_year_total(void **state)
{
	(void)state;
	/* Which sentences call a total first-year, and which do not. */
	static const struct {
		const char *text;
		bool first_year;
	} said[] = {
		{"Walk away unless the first-year TC tops 150K.", true},
		{"I want 160K in year-one total comp, nothing less.", true},
		{"That lands near 155K of Year 1 total compensation.", true},
		{"Take it if the total for the first year is above 150K.",
	         true},
		{"The first-year sign-on is 20K; ask for 150K.", false},
		{"Year 10 of the plan pays a total of 150K.", false},
		{"Accept no lower than 150K total comp.", false},
	};
	for (size_t i = 0; i < sizeof said / sizeof *said; i++) {
		struct figure f = total_said(150000, said[i].text);
		assert_int_equal(guide_figure_first_year(&f),
		                 said[i].first_year);
	}

	struct band b = paris_like();
	struct ask floor = {.base = AMOUNT_NONE,
	                    .equity = AMOUNT_NONE,
	                    .sign_on = AMOUNT_NONE};
	floor.part[ASK_TOTAL] = total_said(
		150000, "Sign nothing under a first-year TC of 150K.");
	b.floor = &floor;
	struct ask_total t;
	offer_ask_total(&b, b.floor, 100, &t);
	assert_int_equal(t.kind, ASK_TOTAL_FIRST_YEAR);
	assert_int_equal(t.first_year, 150000);
	assert_false(amount_known(t.yearly));

	/* 100K base + 120K a year of grant vesting 25% in year one + 25K
	 * sign-on: 100 + 30 + 25 = 155K in the first year, though only 130K
	 * a year: above that floor. */
	struct offer o;
	struct offer_result r;
	offer_init(&o);
	o.base = 100000;
	o.equity_4y = 120000;
	o.sign_on = 25000;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.first_year_total, 155000);
	assert_int_equal(r.annual_total, 130000);
	assert_true(r.vs_floor.known);
	assert_int_equal(r.vs_floor.first_year, 5000);
	assert_false(amount_known(r.vs_floor.annual_total));
	assert_int_not_equal(r.verdict, VERDICT_BELOW_FLOOR);
	/* Without the sign-on: 130K in the first year, below it. */
	o.sign_on = AMOUNT_NONE;
	offer_compare(NULL, &b, &o, &r);
	assert_int_equal(r.vs_floor.first_year, -20000);
	assert_int_equal(r.verdict, VERDICT_BELOW_FLOOR);

	/* The same figure called a plain total is a yearly total. */
	floor.part[ASK_TOTAL] =
		total_said(150000, "Sign nothing under 150K total comp.");
	offer_ask_total(&b, b.floor, 100, &t);
	assert_int_equal(t.kind, ASK_TOTAL_STATED);
	assert_int_equal(t.yearly, 150000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_totals_and_gaps),
		cmocka_unit_test(test_verdicts),
		cmocka_unit_test(test_bonus_sign_on_and_vesting),
		cmocka_unit_test(test_unknowns_and_risk),
		cmocka_unit_test(test_premium_range),
		cmocka_unit_test(test_first_year_total),
	};
	return cmocka_run_group_tests_name("offer", tests, NULL, NULL);
}
