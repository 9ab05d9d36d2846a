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
	assert_false(input_amount("", &a, &cur, &err));
	assert_non_null(strstr(err.msg, "no amount"));
	/* The locale's decimal comma never counts; nor exponents. */
	assert_false(input_percent("12,5", 100, &pct, &err));
	assert_false(input_percent("1e1", 100, &pct, &err));
	assert_true(input_percent("12.", 100, &pct, &err) && pct == 12);
	/* One of the two is set, the other says "not this". */
	assert_true(input_amount_or_percent("€5K", 1000, &a, &cur, &pct, &err));
	assert_true(a == 5000 && pct < 0);
	assert_string_equal(cur.code, "EUR");
	assert_true(input_amount_or_percent("5 %", 1000, &a, &cur, &pct, &err));
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_reads_the_table),
		cmocka_unit_test(test_input_reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
