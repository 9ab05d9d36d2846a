/* Unit tests: the table of an offer's parts (part.h) and what is made
 * from it: struct offer's members and their accessors, the lookups by
 * option and key, entry_read over every kind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/entry.h"
#include "negotiator/offer.h"
#include "negotiator/part.h"

static void test_table_is_consistent(void **state)
{
	(void)state;
	for (int p = 0; p < PART_COUNT; p++) {
		const struct part_info *a = part_info((enum part_id)p);
		assert_non_null(a->label);
		assert_true(a->label[0] >= 'A' && a->label[0] <= 'Z');
		assert_true(a->help && a->help[0]);
		/* Names must be unique: they are how a part is found again. */
		for (int q = p + 1; q < PART_COUNT; q++) {
			assert_string_not_equal(a->option,
			                        part_table[q].option);
			assert_string_not_equal(a->json, part_table[q].json);
			assert_string_not_equal(a->key, part_table[q].key);
		}
		assert_int_equal(part_by_option(a->option), p);
		assert_int_equal(part_by_key(a->key), p);
		/* Only amounts are the company's too. */
		if (a->in_round)
			assert_true(part_is_amount((enum part_id)p));
	}
	assert_int_equal(part_by_option("no-such-part"), PART_COUNT);
	/* The keys of saved negotiations never change: old files use them. */
	assert_string_equal(part_table[PART_BASE].key, "base");
	assert_string_equal(part_table[PART_EQUITY].key, "equity");
	assert_string_equal(part_table[PART_SIGN_ON].key, "sign_on");
	assert_string_equal(part_table[PART_PREMIUM].key, "premium");
	assert_string_equal(part_table[PART_VALUE].key, "value_pct");
}

static void test_members_and_accessors(void **state)
{
	(void)state;
	struct offer o;
	offer_init(&o);
	/* Each accessor reaches the member the table names. */
	assert_ptr_equal(offer_amount(&o, PART_BASE), &o.base);
	assert_ptr_equal(offer_amount(&o, PART_EQUITY), &o.equity_4y);
	assert_ptr_equal(offer_amount(&o, PART_BONUS), &o.bonus);
	assert_ptr_equal(offer_percent(&o, PART_BONUS), &o.bonus_pct);
	assert_ptr_equal(offer_amount(&o, PART_SIGN_ON), &o.sign_on);
	assert_ptr_equal(offer_flag(&o, PART_PREMIUM), &o.agentic);
	assert_ptr_equal(offer_schedule(&o, PART_VESTING), o.vest_pct);
	assert_ptr_equal(offer_flag(&o, PART_PRIVATE), &o.equity_private);
	assert_ptr_equal(offer_percent(&o, PART_VALUE), &o.private_value_pct);
	/* And nothing else. */
	assert_null(offer_amount(&o, PART_PREMIUM));
	assert_null(offer_flag(&o, PART_BASE));
	assert_null(offer_percent(&o, PART_SIGN_ON));
	assert_null(offer_schedule(&o, PART_VALUE));
	/* Nothing given. */
	for (int p = 0; p < PART_COUNT; p++)
		if (part_is_amount((enum part_id)p))
			assert_false(amount_known(
				offer_amount_of(&o, (enum part_id)p)));
	assert_true(o.bonus_pct < 0);
	assert_true(o.private_value_pct == 100);
	assert_false(o.agentic || o.equity_private);
	double years[OFFER_MAX_VEST_YEARS];
	assert_int_equal(offer_vesting(&o, years), 4);
	assert_true(years[0] == 25 && years[3] == 25);
}

static void test_entry_reads_every_kind(void **state)
{
	(void)state;
	struct entry e;
	struct entry_reading how;
	struct offer o;
	struct rates r;
	struct diag_list d = {0};
	memset(&e, 0, sizeof e);
	memset(&r, 0, sizeof r);
	rates_parse(&r, "1 USD = 0.9 EUR\n", 16, &d);
	diag_list_free(&d);
	e.text[PART_BASE] = "$100K";
	e.text[PART_EQUITY] = "50k";
	e.per_year[PART_EQUITY] = true;
	e.text[PART_BONUS] = "10 %";
	e.text[PART_SIGN_ON] = "   ";
	e.on[PART_PREMIUM] = true;
	e.text[PART_VESTING] = "40%/30%/20%/10%";
	e.text[PART_VALUE] = "50";
	assert_true(entry_read(&e, "EUR", "EUR", &r, &o, &how));
	assert_false(how.errors);
	assert_int_equal(o.base, 90000);
	assert_true(how.part[PART_BASE].converted);
	assert_string_equal(how.part[PART_BASE].typed.code, "USD");
	assert_int_equal(o.equity_4y, 200000); /* bare: euros, a year x 4 */
	assert_false(how.part[PART_EQUITY].converted);
	assert_true(o.bonus_pct == 10 && !amount_known(o.bonus));
	assert_false(amount_known(o.sign_on)); /* blank: not given */
	assert_true(o.agentic && !o.equity_private);
	assert_true(o.vest_pct[0] == 40 && o.vest_pct[3] == 10);
	assert_true(o.private_value_pct == 50);
	/* No conversion asked for: each amount stays as typed. */
	entry_read(&e, "", "", NULL, &o, &how);
	assert_int_equal(o.base, 100000);
	/* A rate that is missing names the pair, and the part is not
	 * given. */
	e.text[PART_BASE] = "£100K";
	entry_read(&e, "EUR", "EUR", &r, &o, &how);
	assert_true(how.errors);
	assert_false(amount_known(o.base));
	assert_string_equal(how.missing_from.code, "GBP");
	assert_string_equal(how.missing_to.code, "EUR");
	assert_non_null(strstr(how.part[PART_BASE].error, "GBP"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_is_consistent),
		cmocka_unit_test(test_members_and_accessors),
		cmocka_unit_test(test_entry_reads_every_kind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
