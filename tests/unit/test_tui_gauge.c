/* Unit tests: the offer gauge's number line (src/tui/gauge.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tui/gauge.h"

static struct gauge_marks marks(amount_t low, amount_t high)
{
	struct gauge_marks m = {low,         high,        AMOUNT_NONE,
	                        AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE,
	                        AMOUNT_NONE};
	return m;
}

static int count_role(const struct gauge_cell *c, int n, enum gauge_role r)
{
	int i, k = 0;

	for (i = 0; i < n; i++)
		k += c[i].role == r;
	return k;
}

/* 43 cells over 88K..130K: exactly 1K a cell. */
static void test_marks_where_they_are(void **state)
{
	struct gauge_marks m = marks(88000, 120000);
	struct gauge_cell c[43];
	struct gauge g;

	(void)state;
	m.floor = 95000;
	m.target = 115000;
	m.offer = 130000;
	assert_int_equal(gauge_layout(&m, 43, c, &g), 0);
	/* The line widens to take in the offer above the band. */
	assert_int_equal(g.lo, 88000);
	assert_int_equal(g.hi, 130000);
	assert_int_equal(g.floor_col, 7);
	assert_int_equal(g.target_col, 27);
	assert_int_equal(g.offer_col, 42);
	assert_int_equal(c[7].role, GAUGE_FLOOR);
	assert_int_equal(c[7].ch, GAUGE_CH_FLOOR);
	assert_int_equal(c[27].role, GAUGE_TARGET);
	assert_int_equal(c[42].role, GAUGE_OFFER);
	assert_int_equal(c[42].ch, GAUGE_CH_OFFER);
	/* Band cells up to 120K (column 32), the plain line after it. */
	assert_int_equal(c[0].role, GAUGE_BAND);
	assert_int_equal(c[32].role, GAUGE_BAND);
	assert_int_equal(c[33].role, GAUGE_OUTSIDE);
	assert_int_equal(c[41].role, GAUGE_OUTSIDE);
	assert_int_equal(c[33].ch, GAUGE_CH_OUTSIDE);
	assert_int_equal(count_role(c, 43, GAUGE_BAND), 33 - 2);
	assert_int_equal(gauge_column(&g, 43, 100000), 12);
}

static void test_offer_below_band(void **state)
{
	struct gauge_marks m = marks(100, 200);
	struct gauge_cell c[11];
	struct gauge g;

	(void)state;
	m.offer = 0;
	assert_int_equal(gauge_layout(&m, 11, c, &g), 0);
	assert_int_equal(g.lo, 0);
	assert_int_equal(g.hi, 200);
	assert_int_equal(g.offer_col, 0);
	assert_int_equal(c[0].role, GAUGE_OFFER);
	assert_int_equal(c[4].role, GAUGE_OUTSIDE);
	assert_int_equal(c[5].role, GAUGE_BAND);
	assert_int_equal(c[10].role, GAUGE_BAND);
}

static void test_gauge_premium_range(void **state)
{
	/* Equity: band 135K..255K, premium 162K..344K, offer 420K. */
	struct gauge_marks m = marks(135000, 255000);
	struct gauge_cell c[58];
	struct gauge g;
	int a, b, i;

	(void)state;
	m.prem_low = 162000;
	m.prem_high = 344000;
	m.offer = 420000;
	m.target = 245000;
	assert_int_equal(gauge_layout(&m, 58, c, &g), 0);
	assert_int_equal(g.hi, 420000);
	a = gauge_column(&g, 58, 162000);
	b = gauge_column(&g, 58, 344000);
	assert_true(a < b);
	for (i = a; i <= b; i++)
		if (i != g.target_col)
			assert_int_equal(c[i].role, GAUGE_PREMIUM);
	assert_int_equal(c[a - 1].role, GAUGE_BAND);
	assert_int_equal(c[b + 1].role, GAUGE_OUTSIDE);
	assert_int_equal(c[57].role, GAUGE_OFFER);
}

/* Marks on one column: the offer keeps its place, others move aside. */
static void test_collisions(void **state)
{
	struct gauge_marks m = marks(0, 100);
	struct gauge_cell c[11];
	struct gauge g;

	(void)state;
	m.floor = 50;
	m.target = 50;
	m.offer = 50;
	assert_int_equal(gauge_layout(&m, 11, c, &g), 0);
	assert_int_equal(g.offer_col, 5);
	assert_int_equal(g.target_col, 6);
	assert_int_equal(g.floor_col, 4);
	assert_int_equal(count_role(c, 11, GAUGE_OFFER), 1);
	assert_int_equal(count_role(c, 11, GAUGE_TARGET), 1);
	assert_int_equal(count_role(c, 11, GAUGE_FLOOR), 1);
}

static void test_refuses_without_band(void **state)
{
	struct gauge_marks m = marks(AMOUNT_NONE, 100);
	struct gauge_cell c[11] = {{'x', GAUGE_OFFER}};
	struct gauge g;

	(void)state;
	assert_int_equal(gauge_layout(&m, 11, c, &g), -1);
	assert_int_equal(c[0].ch, 'x'); /* untouched */
	m = marks(10, 20);
	assert_int_equal(gauge_layout(&m, 2, c, &g), -1);
	/* A one-point band still draws, with room either side. */
	m = marks(1000, 1000);
	m.offer = 1000;
	assert_int_equal(gauge_layout(&m, 11, c, &g), 0);
	assert_int_equal(g.offer_col, 5);
	assert_true(g.lo < 1000 && g.hi > 1000);
}

static void test_huge_amounts(void **state)
{
	struct gauge_marks m = marks(0, AMOUNT_MAX);
	struct gauge_cell c[21];
	struct gauge g;

	(void)state;
	m.offer = AMOUNT_MAX / 2;
	assert_int_equal(gauge_layout(&m, 21, c, &g), 0);
	assert_int_equal(g.offer_col, 10);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_marks_where_they_are),
		cmocka_unit_test(test_offer_below_band),
		cmocka_unit_test(test_gauge_premium_range),
		cmocka_unit_test(test_collisions),
		cmocka_unit_test(test_refuses_without_band),
		cmocka_unit_test(test_huge_amounts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
