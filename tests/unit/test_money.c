/* Unit tests: money parsing, formatting, arithmetic and the prose scanner. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/input.h"
#include "negotiator/money.h"

static amount_t parse_ok(const char *s, const char *want_code)
{
	amount_t v = 0;
	currency_t c;
	struct error why = {0};
	bool ok = input_amount(s, NULL, &v, &c, &why);
	if (!ok)
		fail_msg("input_amount(\"%s\") failed: %s", s, why.msg);
	assert_string_equal(c.code, want_code);
	return v;
}

static void parse_fail(const char *s, const char *why_part)
{
	amount_t v = 0;
	currency_t c;
	struct error why = {0};
	assert_false(input_amount(s, NULL, &v, &c, &why));
	assert_non_null(strstr(why.msg, why_part));
}

static void test_parse_forms(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("130000", ""), 130000);
	assert_int_equal(parse_ok("130,000", ""), 130000);
	assert_int_equal(parse_ok("130k", ""), 130000);
	assert_int_equal(parse_ok("130K", ""), 130000);
	assert_int_equal(parse_ok("€130K", "EUR"), 130000);
	assert_int_equal(parse_ok("1.2M", ""), 1200000);
	assert_int_equal(parse_ok("CHF 210K", "CHF"), 210000);
	assert_int_equal(parse_ok("$205,000", "USD"), 205000);
	assert_int_equal(parse_ok("  95k  ", ""), 95000);
	assert_int_equal(parse_ok("¥12M", "JPY"), 12000000);
	assert_int_equal(parse_ok("£140.5K", "GBP"), 140500);
	assert_int_equal(parse_ok("130K EUR", "EUR"), 130000);
	assert_int_equal(parse_ok("1,234,567", ""), 1234567);
	assert_int_equal(parse_ok("0", ""), 0);
}

static void test_parse_errors(void **state)
{
	(void)state;
	parse_fail("", "no amount");
	parse_fail("   ", "no amount");
	parse_fail("abc", "not an amount");
	parse_fail("12x", "not an amount");
	parse_fail("-5000", "negative");
	parse_fail("€-5000", "negative");
	parse_fail("99999999999999999999999", "too large");
	parse_fail("9999999999M", "too large");
	parse_fail("€5K USD", "two different currencies");
	parse_fail("1,23", "not an amount");
	parse_fail("5K5", "not an amount");
}

static void check_format(amount_t v, const char *code, enum money_style st,
                         bool plus, const char *want)
{
	char buf[64];
	money_format(buf, sizeof buf, v, code, st, plus);
	assert_string_equal(buf, want);
}

static void check_short(amount_t v, const char *code, bool plus,
                        const char *want)
{
	char buf[64];
	size_t n = money_short(buf, sizeof buf, v, code, plus);
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

/* The short form's units K, M and B, on both sides of where each
 * begins: a unit starts where the one below would round to 1000. */
static void test_short_units(void **state)
{
	(void)state;
	check_short(999, "EUR", false, "€999");
	check_short(1000, "EUR", false, "€1K");
	check_short(999449, "EUR", false, "€999.4K");
	check_short(999499, "EUR", false, "€999.5K");
	check_short(999500, "EUR", false, "€1M");
	check_short(1000000, "EUR", false, "€1M");
	check_short(1234567, "EUR", false, "€1.23M");
	check_short(999994999, "USD", false, "$999.99M");
	check_short(999995000, "USD", false, "$1B");
	check_short(1000000000, "USD", false, "$1B");
	check_short(1234567890, "EUR", false, "€1.23B");
	check_short(1235000000, "EUR", false, "€1.24B");
	check_short(12500000000, "JPY", false, "¥12.5B");
	check_short(-2000000000, "GBP", true, "-£2B");
	check_short(1500000000, "CHF", true, "+CHF 1.5B");
	check_short(AMOUNT_MAX, "", false, "1000000B"); /* the cap */
}

static void test_format(void **state)
{
	(void)state;
	check_format(88000, "EUR", MONEY_SHORT, false, "€88K");
	check_format(1190000, "USD", MONEY_SHORT, false, "$1.19M");
	check_format(2060000, "USD", MONEY_SHORT, false, "$2.06M");
	check_format(12000000, "JPY", MONEY_SHORT, false, "¥12M");
	check_format(210000, "CHF", MONEY_SHORT, false, "CHF 210K");
	check_format(88500, "EUR", MONEY_SHORT, false, "€88.5K");
	check_format(950, "GBP", MONEY_SHORT, false, "£950");
	check_format(-5000, "EUR", MONEY_SHORT, true, "-€5K");
	check_format(5000, "EUR", MONEY_SHORT, true, "+€5K");
	check_format(0, "EUR", MONEY_SHORT, true, "€0");
	check_format(130000, "EUR", MONEY_FULL, false, "€130,000");
	check_format(1234567, "", MONEY_FULL, false, "1,234,567");
	check_format(130000, "EUR", MONEY_PLAIN, false, "130000");
	check_format(AMOUNT_NONE, "EUR", MONEY_SHORT, false, "—");
	check_format(5000, "XYZ", MONEY_SHORT, false, "XYZ 5K");
	char buf[64];
	money_format_range(buf, sizeof buf, 88000, 120000, "EUR", MONEY_SHORT);
	assert_string_equal(buf, "€88K–€120K");
	money_format_range(buf, sizeof buf, AMOUNT_NONE, AMOUNT_NONE, "USD",
	                   MONEY_SHORT);
	assert_string_equal(buf, "—");
	/* A tiny buffer is truncated, never overrun. */
	char tiny[4];
	money_format(tiny, sizeof tiny, 88000, "EUR", MONEY_SHORT, false);
	assert_true(strlen(tiny) < sizeof tiny);
}

static void test_arithmetic(void **state)
{
	(void)state;
	assert_int_equal(amount_add(1, 2), 3);
	assert_true(amount_add(AMOUNT_NONE, 2) == AMOUNT_NONE);
	assert_int_equal(amount_add(AMOUNT_MAX, AMOUNT_MAX), AMOUNT_MAX);
	assert_int_equal(amount_sub(-AMOUNT_MAX, AMOUNT_MAX), -AMOUNT_MAX);
	assert_int_equal(amount_scale(255000, 1, 4), 63750);
	assert_int_equal(amount_scale(10, 1, 4), 3);   /* 2.5 rounds up */
	assert_int_equal(amount_scale(-10, 1, 4), -3); /* and away from 0 */
	assert_int_equal(amount_percent(200000, 15), 30000);
	assert_int_equal(amount_percent(255000, 35), 89250);
	assert_int_equal(amount_percent(100000, 12.5), 12500);
	assert_true(amount_scale(5, 1, 0) == AMOUNT_NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_short_units),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_arithmetic),
	};
	return cmocka_run_group_tests_name("money", tests, NULL, NULL);
}
