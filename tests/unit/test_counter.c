/* Unit tests: the counter-offer solver on hand-built bands. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "negotiator/counter.h"
#include "negotiator/text.h"

static struct band band_eur(void)
{
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Lyon";
	memcpy(b.currency.code, "EUR", 4);
	b.base_low = 88000, b.base_high = 120000;
	b.stock_low = 135000, b.stock_high = 255000;
	b.bonus_pct = -1;
	b.total_low = 122000, b.total_high = 184000;
	b.sign_on_low = b.sign_on_high = AMOUNT_NONE;
	b.bonus_low = b.bonus_high = AMOUNT_NONE;
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

static struct guide guide_with_premium(void)
{
	struct guide g;
	memset(&g, 0, sizeof g);
	g.premium.present = true;
	g.premium.low_pct = 20;
	g.premium.high_pct = 35;
	g.premium.applies_to = (char *)"equity";
	g.body_loaded = true;
	return g;
}

static bool steps_mention(const struct counter *c, const char *text)
{
	for (size_t i = 0; i < c->step_count; i++)
		if (strstr(c->steps[i], text))
			return true;
	return false;
}

static void test_strong_competing_offer_matched(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct guide g = guide_with_premium();
	struct offer o;
	offer_init(&o);
	o.base = 130000;
	o.equity_4y = 420000;
	struct counter c;
	counter_solve(&g, &b, &o, NULL, &c);
	assert_true(c.known);
	assert_false(c.alone);
	assert_int_equal(c.competing_value_4y, 940000);
	/* The competing offer pays past the band's top: the top is no
	 * ceiling, part by part. */
	assert_int_equal(c.base, 130000);
	assert_false(c.base_capped);
	assert_int_equal(c.equity_4y, 420000);
	assert_false(c.equity_capped);
	assert_int_equal(c.sign_on, 12000); /* the guide's */
	assert_int_equal(c.counter_value_4y, 4 * 130000 + 420000 + 12000);
	assert_int_equal(c.shortfall, 0);
	assert_true(steps_mention(&c, "€940K"));
	assert_true(steps_mention(&c, "no ceiling"));
	assert_true(steps_mention(&c, "at least the competing offer"));
	assert_false(c.gap_known);
}

static void test_value_capped_by_band(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct guide g = guide_with_premium();
	struct offer o;
	offer_init(&o);
	o.base = 120000;
	o.bonus = 60000;
	o.equity_4y = 200000; /* 4 y: 4 × 180000 + 200000 = 920000 */
	struct counter c;
	counter_solve(&g, &b, &o, NULL, &c);
	assert_int_equal(c.competing_value_4y, 920000);
	assert_int_equal(c.base, 120000);
	assert_int_equal(c.sign_on, 12000);
	/* 920000 − 480000 − 12000 = 428000 of equity: above the band's
	 * top, 255000, which holds it (no premium claimed). */
	assert_true(c.equity_capped);
	assert_int_equal(c.equity_4y, 255000);
	assert_int_equal(c.shortfall, 920000 - (480000 + 255000 + 12000));
	assert_true(steps_mention(&c, "short of the competing offer"));
	assert_true(steps_mention(&c, "(the band's top)"));

	/* Claiming the premium raises the ceiling by 35 %. */
	o.agentic = true;
	counter_solve(&g, &b, &o, NULL, &c);
	assert_int_equal(c.equity_ceiling, 344000);
	assert_int_equal(c.equity_4y, 344000);
	assert_int_equal(c.shortfall, 920000 - (480000 + 344000 + 12000));
	assert_true(steps_mention(&c, "with the premium"));
}

/* A premium the guide puts on the yearly total: claimed, the counter says
 * its range and that its parts do not add it; it raises no equity
 * ceiling (that is a premium on equity's), and unclaimed it says nothing. */
static void test_premium_on_total(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct guide g = guide_with_premium();
	g.premium.applies_to = (char *)"total comp";
	struct offer o;
	offer_init(&o);
	o.base = 120000;
	o.bonus = 60000;
	o.equity_4y = 200000;
	struct counter c;
	counter_solve(&g, &b, &o, NULL, &c);
	assert_false(steps_mention(&c, "Premium:"));
	o.agentic = true;
	counter_solve(&g, &b, &o, NULL, &c);
	/* 122000 x 1.20 and 184000 x 1.35 */
	assert_true(steps_mention(&c, "Premium: the guide puts its +20–35% "
	                              "premium on the total (€146.4K to "
	                              "€248.4K"));
	assert_int_equal(c.equity_ceiling, 255000);
	assert_false(steps_mention(&c, "with the premium"));
}

static void test_weak_offer_asks_target(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct offer o;
	offer_init(&o);
	o.base = 90000;
	o.equity_4y = 100000;
	struct counter c;
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_true(c.known);
	/* Never below the target ask, so never below the floor either. */
	assert_int_equal(c.base, 115000);
	assert_int_equal(c.equity_4y, 245000);
	assert_int_equal(c.shortfall, 0);
	assert_false(c.base_capped);
	assert_false(c.equity_capped);
}

static void test_matching_within_band(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct offer o;
	offer_init(&o);
	o.base = 110000;
	o.equity_4y = 300000; /* 4 y: 740000 */
	struct counter c;
	counter_solve(NULL, &b, &o, NULL, &c);
	/* Part by part: base 115000 (the ask), equity 300000 (the
	 * competing grant, past the band's top): 460000 + 300000 + 12000. */
	assert_int_equal(c.base, 115000);
	assert_int_equal(c.equity_4y, 300000);
	assert_int_equal(c.counter_value_4y, 772000);
	assert_int_equal(c.shortfall, 0);
	o.equity_4y = 240000; /* 4 y: 680000 → the ask's 245000 */
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_int_equal(c.equity_4y, 245000);
	assert_int_equal(c.shortfall, 0);
	assert_true(c.counter_value_4y >= c.competing_value_4y);
}

static void test_sign_on_bounded(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct offer o, company;
	offer_init(&o);
	offer_init(&company);
	o.base = 110000;
	o.equity_4y = 250000;
	o.sign_on = 50000;
	struct counter c;
	counter_solve(NULL, &b, &o, NULL, &c);
	/* The guide gives €12K for sign-on: the competing €50K is held
	 * to it, and the step says so. */
	assert_true(c.sign_on_capped);
	assert_int_equal(c.sign_on, 12000);
	assert_true(steps_mention(&c, "more than the guide gives"));
	/* The company already pays €20K: never less. */
	company.base = 100000;
	company.sign_on = 20000;
	counter_solve(NULL, &b, &o, &company, &c);
	assert_int_equal(c.sign_on, 20000);
	/* A guide with no sign-on figure: the competing one is the bound. */
	b.target->sign_on = AMOUNT_NONE;
	counter_solve(NULL, &b, &o, NULL, &c);
	assert_false(c.sign_on_capped);
	assert_int_equal(c.sign_on, 50000);
}

static void test_private_equity_term(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct offer o, company;
	offer_init(&o);
	offer_init(&company);
	o.base = 120000;
	o.equity_4y = 250000; /* public: 4 × 120000 + 250000 = 730000 */
	company.base = 110000;
	company.equity_4y = 200000;
	company.equity_private = true;
	company.private_value_pct = 50;
	struct counter c;
	counter_solve(NULL, &b, &o, &company, &c);
	assert_int_equal(c.equity_pct, 50);
	/* 730000 − 480000 − 12000 = 238000 of value: 476000 of face, held
	 * to the band's top. */
	assert_int_equal(c.equity_4y, 255000);
	assert_true(c.equity_capped);
	/* The discount is a term of its own: 255000 at 50% = 127500. */
	assert_int_equal(c.counter_value_4y, 480000 + 127500 + 12000);
	assert_true(steps_mention(&c, "€255K equity at 50% = €127.5K"));
}

static void test_lever_gaps(void **state)
{
	(void)state;
	struct band b = band_eur();
	b.bonus_pct = 10;
	struct offer company;
	offer_init(&company);
	company.base = 100000;
	company.equity_4y = 200000;
	company.bonus_pct = 10;
	struct counter c;
	counter_solve(NULL, &b, NULL, &company, &c);
	/* The company's offer alone: the ask, with the guide's sign-on. */
	assert_true(c.known);
	assert_true(c.alone);
	assert_int_equal(c.base, 115000);
	assert_int_equal(c.equity_4y, 245000);
	assert_int_equal(c.sign_on, 12000);
	assert_true(c.gap_known);
	/* target: 4 × 115000 × 1.1 + 245000 + 12000 = 763000;
	 * company: 4 × 110000 + 200000 = 640000; gap 123000. */
	assert_int_equal(c.target_value_4y, 763000);
	assert_int_equal(c.company_value_4y, 640000);
	assert_int_equal(c.gap_4y, 123000);
	assert_int_equal(c.close_by_base, 28000); /* 123000 / 4.4 = 27955 */
	assert_int_equal(c.close_by_equity, 123000);
	assert_int_equal(c.close_by_sign_on, 123000);
	assert_true(c.gap_step_count >= 2);

	company.base = 200000;
	company.equity_4y = 300000;
	company.sign_on = 5000;
	counter_solve(NULL, &b, NULL, &company, &c);
	assert_true(c.gap_4y <= 0);
	assert_int_equal(c.close_by_base, 0);
	/* Never below what the company already offers, part by part. */
	assert_int_equal(c.base, 200000);
	assert_int_equal(c.equity_4y, 300000);
	assert_int_equal(c.sign_on, 12000);
}

/* y in the counter pane copies this text: the figures and their sum as
 * the solver made them, every step, then the levers from the company's
 * offer; nothing at all without a counter. */
static void test_counter_text(void **state)
{
	(void)state;
	struct band b = band_eur();
	struct offer company;
	offer_init(&company);
	company.base = 100000;
	company.equity_4y = 200000;
	struct counter c;
	counter_solve(NULL, &b, NULL, &company, &c);
	struct strbuf sb;
	sb_init(&sb);
	counter_text(&c, "EUR", b.region, &sb);
	/* 4 × €115K + €245K + €12K = €717K */
	assert_non_null(strstr(sb.data,
	                       "Counter to make (Lyon): €115K base, €245K "
	                       "equity over four years, €12K sign-on = €717K "
	                       "over four years\n"));
	char first[COUNTER_STEP_LEN + 8], last[COUNTER_STEP_LEN + 8];
	snprintf(first, sizeof first, "1. %s\n", c.steps[0]);
	snprintf(last, sizeof last, "%zu. %s\n", c.step_count,
	         c.steps[c.step_count - 1]);
	assert_non_null(strstr(sb.data, first));
	assert_non_null(strstr(sb.data, last));
	assert_non_null(strstr(sb.data, "From the company's offer to the "
	                                "target ask:\n- "));
	sb_free(&sb);

	c.known = false;
	sb_init(&sb);
	counter_text(&c, "EUR", b.region, &sb);
	assert_true(sb.len == 0);
	sb_free(&sb);
}

static void test_no_numbers(void **state)
{
	(void)state;
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Anywhere";
	b.base_low = b.base_high = b.stock_low = b.stock_high = AMOUNT_NONE;
	b.total_low = b.total_high = AMOUNT_NONE;
	struct ask none = {.base = AMOUNT_NONE,
	                   .equity = AMOUNT_NONE,
	                   .sign_on = AMOUNT_NONE};
	b.target = b.floor = b.counter = &none;
	b.bonus_pct = -1;
	struct offer o;
	offer_init(&o);
	o.base = 100000;
	struct counter c;
	counter_solve(NULL, &b, &o, &o, &c);
	assert_false(c.known);
	assert_false(c.gap_known);
	counter_solve(NULL, NULL, &o, NULL, &c);
	assert_false(c.known);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strong_competing_offer_matched),
		cmocka_unit_test(test_value_capped_by_band),
		cmocka_unit_test(test_sign_on_bounded),
		cmocka_unit_test(test_private_equity_term),
		cmocka_unit_test(test_weak_offer_asks_target),
		cmocka_unit_test(test_matching_within_band),
		cmocka_unit_test(test_lever_gaps),
		cmocka_unit_test(test_counter_text),
		cmocka_unit_test(test_no_numbers),
		cmocka_unit_test(test_premium_on_total),
	};
	return cmocka_run_group_tests_name("counter", tests, NULL, NULL);
}
