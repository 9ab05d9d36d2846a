/* Unit tests: reading the offer form (src/tui/offerform.c) and the
 * guide filter (src/tui/filter.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "tui/filter.h"
#include "tui/offerform.h"

static struct band eur_band(void)
{
	struct band b;

	memset(&b, 0, sizeof b);
	b.region = (char *)"Lisbon";
	strcpy(b.currency.code, "EUR");
	b.base_low = 60000;
	b.base_high = 90000;
	b.stock_low = 40000;
	b.stock_high = 80000;
	b.bonus_pct = -1;
	b.total_low = b.total_high = AMOUNT_NONE;
	return b;
}

static void set(struct offer_form *f, enum form_field fld, const char *s)
{
	le_set(&f->text[fld], s);
}

static void test_reads_fields(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = eur_band();

	(void)state;
	form_init(&f);
	assert_int_equal(f.field, FIELD_BASE);
	assert_false(form_to_offer(&f, &b, &o));
	assert_false(amount_known(o.base));
	set(&f, FIELD_BASE, "130k");
	set(&f, FIELD_EQUITY, "€105K");
	set(&f, FIELD_SIGN_ON, "12,000");
	assert_true(form_to_offer(&f, &b, &o));
	assert_int_equal(o.base, 130000);
	assert_int_equal(o.equity_4y, 105000);
	assert_int_equal(o.sign_on, 12000);
	assert_false(amount_known(o.bonus));
	assert_true(o.bonus_pct < 0);
	assert_string_equal(f.error[FIELD_BASE], "");
	/* Per year: the grant is four times what was typed. */
	f.equity_per_year = true;
	f.agentic = true;
	form_to_offer(&f, &b, &o);
	assert_int_equal(o.equity_4y, 420000);
	assert_true(o.agentic);
	/* What was typed is untouched by reading it. */
	assert_string_equal(le_text(&f.text[FIELD_EQUITY]), "€105K");
}

static void test_bonus_amount_or_percent(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = eur_band();

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "100k");
	set(&f, FIELD_BONUS, "15%");
	form_to_offer(&f, &b, &o);
	assert_true(o.bonus_pct > 14.99 && o.bonus_pct < 15.01);
	assert_false(amount_known(o.bonus));
	set(&f, FIELD_BONUS, "12.5 % ");
	form_to_offer(&f, &b, &o);
	assert_true(o.bonus_pct > 12.49 && o.bonus_pct < 12.51);
	set(&f, FIELD_BONUS, "20k");
	form_to_offer(&f, &b, &o);
	assert_int_equal(o.bonus, 20000);
	assert_true(o.bonus_pct < 0);
	set(&f, FIELD_BONUS, "x%");
	form_to_offer(&f, &b, &o);
	assert_string_not_equal(f.error[FIELD_BONUS], "");
	assert_true(o.bonus_pct < 0);
	set(&f, FIELD_BONUS, "5000%");
	form_to_offer(&f, &b, &o);
	assert_string_not_equal(f.error[FIELD_BONUS], "");
}

static void test_errors_keep_text(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = eur_band();

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "13x0k");
	set(&f, FIELD_EQUITY, "$200k");
	set(&f, FIELD_SIGN_ON, "-5k");
	assert_false(form_to_offer(&f, &b, &o));
	assert_false(amount_known(o.base));
	assert_false(amount_known(o.equity_4y));
	assert_false(amount_known(o.sign_on));
	assert_string_not_equal(f.error[FIELD_BASE], "");
	/* Another currency than the band's is named, not converted. */
	assert_non_null(strstr(f.error[FIELD_EQUITY], "USD"));
	assert_non_null(strstr(f.error[FIELD_EQUITY], "EUR"));
	assert_string_not_equal(f.error[FIELD_SIGN_ON], "");
	assert_string_equal(le_text(&f.text[FIELD_BASE]), "13x0k");
	/* Fixing one field clears its error only. */
	set(&f, FIELD_BASE, "130k");
	assert_true(form_to_offer(&f, &b, &o));
	assert_string_equal(f.error[FIELD_BASE], "");
	assert_string_not_equal(f.error[FIELD_EQUITY], "");
	/* Huge numbers are refused, never overflowed. */
	set(&f, FIELD_BASE, "999999999999999999999999");
	form_to_offer(&f, &b, &o);
	assert_string_not_equal(f.error[FIELD_BASE], "");
	set(&f, FIELD_EQUITY, "900000000000000");
	f.equity_per_year = true;
	form_to_offer(&f, &b, &o);
	assert_true(!amount_known(o.equity_4y) || o.equity_4y > 0);
}

static void test_no_band(void **state)
{
	struct offer_form f;
	struct offer o;

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "$130k");
	assert_true(form_to_offer(&f, NULL, &o));
	assert_int_equal(o.base, 130000);
}

static void test_filter(void **state)
{
	struct band bands[2];
	struct guide g;

	(void)state;
	memset(&g, 0, sizeof g);
	memset(bands, 0, sizeof bands);
	bands[0].region = (char *)"New York";
	bands[1].region = (char *)"Lisbon";
	g.company = (char *)"acme-robotics";
	g.role = (char *)"staff-engineer";
	g.company_display = (char *)"Acme Robotics";
	g.role_display = (char *)"Staff Engineer";
	g.bands = bands;
	g.band_count = 2;
	assert_true(filter_match(&g, ""));
	assert_true(filter_match(&g, "   "));
	assert_true(filter_match(&g, "acme"));
	assert_true(filter_match(&g, "ROBOTICS staff"));
	assert_true(filter_match(&g, "lisbon"));
	assert_true(filter_match(&g, "york acme"));
	assert_true(filter_match(&g, "NYC")); /* the alias of New York */
	assert_false(filter_match(&g, "acme paris"));
	assert_false(filter_match(&g, "hugging"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reads_fields),
		cmocka_unit_test(test_bonus_amount_or_percent),
		cmocka_unit_test(test_errors_keep_text),
		cmocka_unit_test(test_no_band),
		cmocka_unit_test(test_filter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
