/* Unit tests: the TUI's form reads every line of the shared input table
 * (tests/fixtures/input/typed.tsv) to the answer it gives; the command
 * line reads the same table in tests/cli/input_table.py, so the two
 * accept and refuse the same text.  Also the input reader's own cases. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/input.h"
#include "negotiator/part.h"
#include "tui/offerform.h"

#define TABLE "tests/fixtures/input/typed.tsv"

static struct band eur_band(void)
{
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Paris";
	strcpy(b.currency.code, "EUR");
	b.base_low = b.base_high = b.stock_low = b.stock_high = AMOUNT_NONE;
	b.total_low = b.total_high = AMOUNT_NONE;
	b.bonus_pct = -1;
	return b;
}

/* The part an option names ("equity-per-year": equity, per year). */
static enum part_id option_part(const char *opt, bool *per_year)
{
	char name[512];
	snprintf(name, sizeof name, "%s", opt);
	char *suffix = strstr(name, "-per-year");
	*per_year = suffix != NULL;
	if (suffix)
		*suffix = '\0';
	return part_by_option(name);
}

/* What the form made of one part, as the table writes answers. */
static void answer(struct offer *o, enum part_id p, char *buf, size_t size)
{
	if (part_is_amount(p) && amount_known(offer_amount_of(o, p))) {
		snprintf(buf, size, "%lld", (long long)offer_amount_of(o, p));
	} else if (part_table[p].kind == PART_AMOUNT_OR_PERCENT) {
		snprintf(buf, size, "%g%%", *offer_percent(o, p));
	} else if (part_table[p].kind == PART_PERCENT) {
		snprintf(buf, size, "%g", *offer_percent(o, p));
	} else if (part_table[p].kind == PART_SCHEDULE) {
		double *y = offer_schedule(o, p);
		size_t n = 0;
		buf[0] = '\0';
		for (int i = 0; i < OFFER_MAX_VEST_YEARS && y[i] > 0; i++)
			n += (size_t)snprintf(buf + n, size - n, "%s%g",
			                      i ? "/" : "", y[i]);
	} else {
		snprintf(buf, size, "(nothing)");
	}
}

static void test_form_reads_the_table(void **state)
{
	(void)state;
	FILE *f = fopen(TABLE, "r");
	assert_non_null(f);
	char line[512];
	int rows = 0, wrong = 0;
	struct band b = eur_band();
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || !line[0])
			continue;
		char *text = strchr(line, '\t');
		char *want = text ? strchr(text + 1, '\t') : NULL;
		if (!text || !want) {
			fail_msg("%s: a line without two tabs: %s", TABLE,
			         line);
			continue;
		}
		*text++ = '\0';
		*want++ = '\0';
		bool per_year;
		enum part_id p = option_part(line, &per_year);
		assert_int_not_equal(p, PART_COUNT);
		struct offer_form form;
		struct offer o;
		form_init(&form);
		enum form_field fld = form_part_field((enum part_id)p);
		assert_int_equal(form_field_part(fld), p);
		if (p != PART_BASE)
			lineedit_set(&form.text[FIELD_BASE], "130k");
		lineedit_set(&form.text[fld], text);
		form.per_year[fld] = per_year;
		form_to_offer(&form, &b, NULL, &o);
		char got[128];
		if (form_field_read(&form, fld)->error[0])
			snprintf(got, sizeof got, "refused");
		else
			answer(&o, p, got, sizeof got);
		if (strcmp(got, want) != 0) {
			print_error(
				"--%s '%s': the form gives %s, the table %s\n",
				line, text, got, want);
			wrong++;
		}
		rows++;
	}
	fclose(f);
	assert_true(rows > 50);
	assert_int_equal(wrong, 0);
}

static void test_input_reader(void **state)
{
	(void)state;
	struct error err = {0};
	double pct, years[INPUT_MAX_YEARS];
	amount_t a;
	currency_t cur;

	assert_true(input_blank(NULL) && input_blank("") &&
	            input_blank(" \t "));
	assert_false(input_blank(" 1 "));
	/* Blank text is refused by every reader: "not given" is the
	 * caller's to decide. */
	assert_false(input_percent("  ", 100, &pct, &err));
	assert_false(input_schedule("", years, &err));
	assert_false(input_amount("", NULL, &a, &cur, &err));
	assert_non_null(strstr(err.msg, "no amount"));
	/* The locale's decimal comma never counts; nor exponents. */
	assert_false(input_percent("12,5", 100, &pct, &err));
	assert_false(input_percent("1e1", 100, &pct, &err));
	assert_true(input_percent("12.", 100, &pct, &err) && pct == 12);
	/* One of the two is set, the other says "not this". */
	assert_true(input_amount_or_percent("€5K", NULL, 1000, &a, &cur, &pct,
	                                    &err));
	assert_true(a == 5000 && pct < 0);
	assert_string_equal(cur.code, "EUR");
	assert_true(input_amount_or_percent("5 %", NULL, 1000, &a, &cur, &pct,
	                                    &err));
	assert_true(!amount_known(a) && pct == 5);
	assert_string_equal(cur.code, "");
	/* A refused schedule leaves what was there. */
	years[0] = 7;
	assert_false(input_schedule("60/60", years, &err));
	assert_non_null(strstr(err.msg, "120"));
	assert_true(years[0] == 7);
	bool on = false;
	assert_true(input_flag("YES", &on, &err) && on);
	assert_true(input_flag("off", &on, &err) && !on);
	assert_false(input_flag("maybe", &on, &err));
	/* err may be NULL. */
	assert_false(input_percent("x", 100, &pct, NULL));
}

/* An amount read with `bare` as the currency of a bare amount: its
 * value, and the currency the text named. */
static amount_t amount_in(const char *text, const char *bare,
                          const char *want_code)
{
	struct error err = {0};
	amount_t a = AMOUNT_NONE;
	currency_t cur;
	if (!input_amount(text, bare, &a, &cur, &err))
		fail_msg("input_amount(\"%s\", %s) refused: %s", text,
		         bare ? bare : "NULL", err.msg);
	assert_string_equal(cur.code, want_code);
	return a;
}

/* The reason an amount is refused. */
static const char *refused(const char *text, const char *bare)
{
	static struct error err;
	amount_t a = 7;
	currency_t cur;
	error_clear(&err);
	if (input_amount(text, bare, &a, &cur, &err))
		fail_msg("input_amount(\"%s\", %s) gave %lld", text,
		         bare ? bare : "NULL", (long long)a);
	assert_int_equal(a, 7);
	return err.msg;
}

/* Indian grouping and words: lakh is 10^5, crore 10^7. */
static void test_indian_amounts(void **state)
{
	(void)state;
	assert_int_equal(amount_in("₹35,00,000", NULL, "INR"), 3500000);
	assert_int_equal(amount_in("₹1,20,00,000", "EUR", "INR"), 12000000);
	assert_int_equal(amount_in("35,00,000", "INR", ""), 3500000);
	assert_int_equal(amount_in("INR 8,50,000", NULL, "INR"), 850000);
	assert_int_equal(amount_in("Rs. 4,00,000", NULL, "INR"), 400000);
	assert_int_equal(amount_in("35L", NULL, ""), 3500000);
	assert_int_equal(amount_in("35 lakh", NULL, ""), 3500000);
	assert_int_equal(amount_in("35 Lakhs", "INR", ""), 3500000);
	assert_int_equal(amount_in("₹42.5 lac", NULL, "INR"), 4250000);
	assert_int_equal(amount_in("1.2Cr", NULL, ""), 12000000);
	assert_int_equal(amount_in("1.2 crore", NULL, ""), 12000000);
	assert_int_equal(amount_in("₹2 crores", NULL, "INR"), 20000000);
	/* Indian groups are the rupee's: in dollars they are a slip. */
	assert_non_null(strstr(refused("$35,00,000", NULL), "not an amount"));
	assert_non_null(strstr(refused("35,00,000", "EUR"), "not an amount"));
	/* Groups of two must end in a group of three. */
	assert_non_null(strstr(refused("₹3,50,00", NULL), "not an amount"));
	/* A word glued to a longer one is no multiplier. */
	assert_non_null(strstr(refused("35 lakhx", NULL), "not an amount"));
	assert_non_null(strstr(refused("5 Lions", NULL), "not an amount"));
}

/* Continental European amounts by the currency's convention; a lone dot
 * before three digits in a currency that writes decimals with a dot is
 * refused with both readings, never taken as 130. */
static void test_european_amounts(void **state)
{
	(void)state;
	assert_int_equal(amount_in("130.000", "EUR", ""), 130000);
	assert_int_equal(amount_in("€130.000", NULL, "EUR"), 130000);
	assert_int_equal(amount_in("130.000 €", "USD", "EUR"), 130000);
	assert_int_equal(amount_in("130 000 €", NULL, "EUR"), 130000);
	assert_int_equal(amount_in("130\xC2\xA0"
	                           "000\xC2\xA0€",
	                           NULL, "EUR"),
	                 130000);
	assert_int_equal(amount_in("130\xE2\x80\xAF"
	                           "000 €",
	                           NULL, "EUR"),
	                 130000);
	assert_int_equal(amount_in("130.000,50", "EUR", ""), 130001);
	assert_int_equal(amount_in("130.000,40 €", NULL, "EUR"), 130000);
	assert_int_equal(amount_in("1.300.000", "USD", ""), 1300000);
	assert_int_equal(amount_in("1 300 000", NULL, ""), 1300000);
	assert_int_equal(amount_in("CHF 210'000", NULL, "CHF"), 210000);
	assert_int_equal(amount_in("210'000.50", "CHF", ""), 210001);
	assert_int_equal(amount_in("SEK 540 000", NULL, "SEK"), 540000);
	assert_int_equal(amount_in("R$ 250.000", NULL, "BRL"), 250000);
	assert_int_equal(amount_in("130,5", "EUR", ""), 131);
	assert_int_equal(amount_in("1,5M", "USD", ""), 1500000);
	assert_int_equal(amount_in("130,000.50", NULL, ""), 130001);
	/* A comma before three digits groups thousands everywhere. */
	assert_int_equal(amount_in("€130,000", NULL, "EUR"), 130000);
	/* With a multiplier the mark is a decimal one. */
	assert_int_equal(amount_in("1.200k", NULL, ""), 1200);

	const char *why = refused("130.000", "USD");
	assert_non_null(strstr(why, "130,000"));
	assert_non_null(strstr(why, "or 130? "));
	assert_non_null(strstr(why, "USD"));
	why = refused("$130.000", "EUR");
	assert_non_null(strstr(why, "130,000 or 130?"));
	why = refused("130.000", NULL);
	assert_non_null(strstr(why, "130,000 or 130? type"));
	why = refused("12.345", "GBP");
	assert_non_null(strstr(why, "12,345 or 12.345"));
	assert_non_null(strstr(refused("130.000", ""), "name the currency"));
	/* A lone decimal comma only where the currency writes one. */
	assert_non_null(strstr(refused("130,5", "USD"), "not an amount"));
	assert_non_null(strstr(refused("1,2345", "EUR"), "not an amount"));
	/* One mark throughout the thousands. */
	assert_non_null(strstr(refused("1.300,000,5", "EUR"), "not an amount"));
	assert_non_null(
		strstr(refused("1 300.000 000", "EUR"), "not an amount"));
	assert_non_null(strstr(refused("130 00", NULL), "not an amount"));
	assert_non_null(strstr(refused("€130.000 $", NULL), "two different"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_reads_the_table),
		cmocka_unit_test(test_input_reader),
		cmocka_unit_test(test_indian_amounts),
		cmocka_unit_test(test_european_amounts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
