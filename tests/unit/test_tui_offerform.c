/* Unit tests: reading the offer form (src/tui/offerform.c) and the
 * guide filter (src/tui/filter.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "tui/filter.h"
#include "tui/offerform.h"

static struct band offerform_eur_band(void)
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
	lineedit_set(&f->text[fld], s);
}

static void test_reads_fields(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = offerform_eur_band();

	(void)state;
	form_init(&f);
	assert_int_equal(f.field, FIELD_BASE);
	assert_false(form_to_offer(&f, &b, NULL, &o));
	assert_false(amount_known(o.base));
	set(&f, FIELD_BASE, "130k");
	set(&f, FIELD_EQUITY, "€105K");
	set(&f, FIELD_SIGN_ON, "12,000");
	assert_true(form_to_offer(&f, &b, NULL, &o));
	assert_int_equal(o.base, 130000);
	assert_int_equal(o.equity_4y, 105000);
	assert_int_equal(o.sign_on, 12000);
	assert_false(amount_known(o.bonus));
	assert_true(o.bonus_pct < 0);
	assert_string_equal(form_field_read(&f, FIELD_BASE)->error, "");
	/* Per year: the grant is four times what was typed. */
	f.per_year[FIELD_EQUITY] = true;
	f.on[FIELD_PREMIUM] = true;
	form_to_offer(&f, &b, NULL, &o);
	assert_int_equal(o.equity_4y, 420000);
	assert_true(o.agentic);
	/* What was typed is untouched by reading it. */
	assert_string_equal(lineedit_text(&f.text[FIELD_EQUITY]), "€105K");
}

static void test_bonus_amount_or_percent(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = offerform_eur_band();

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "100k");
	set(&f, FIELD_BONUS, "15%");
	form_to_offer(&f, &b, NULL, &o);
	assert_true(o.bonus_pct > 14.99 && o.bonus_pct < 15.01);
	assert_false(amount_known(o.bonus));
	set(&f, FIELD_BONUS, "12.5 % ");
	form_to_offer(&f, &b, NULL, &o);
	assert_true(o.bonus_pct > 12.49 && o.bonus_pct < 12.51);
	set(&f, FIELD_BONUS, "20k");
	form_to_offer(&f, &b, NULL, &o);
	assert_int_equal(o.bonus, 20000);
	assert_true(o.bonus_pct < 0);
	set(&f, FIELD_BONUS, "x%");
	form_to_offer(&f, &b, NULL, &o);
	assert_string_not_equal(form_field_read(&f, FIELD_BONUS)->error, "");
	assert_true(o.bonus_pct < 0);
	set(&f, FIELD_BONUS, "5000%");
	form_to_offer(&f, &b, NULL, &o);
	assert_string_not_equal(form_field_read(&f, FIELD_BONUS)->error, "");
}

static void test_errors_keep_text(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = offerform_eur_band();

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "13x0k");
	set(&f, FIELD_EQUITY, "$200k");
	set(&f, FIELD_SIGN_ON, "-5k");
	assert_false(form_to_offer(&f, &b, NULL, &o));
	assert_false(amount_known(o.base));
	assert_false(amount_known(o.equity_4y));
	assert_false(amount_known(o.sign_on));
	assert_string_not_equal(form_field_read(&f, FIELD_BASE)->error, "");
	/* Another currency than the band's is named, not converted. */
	assert_non_null(
		strstr(form_field_read(&f, FIELD_EQUITY)->error, "USD"));
	assert_non_null(
		strstr(form_field_read(&f, FIELD_EQUITY)->error, "EUR"));
	assert_string_not_equal(form_field_read(&f, FIELD_SIGN_ON)->error, "");
	assert_string_equal(lineedit_text(&f.text[FIELD_BASE]), "13x0k");
	/* Fixing one field clears its error only. */
	set(&f, FIELD_BASE, "130k");
	assert_true(form_to_offer(&f, &b, NULL, &o));
	assert_string_equal(form_field_read(&f, FIELD_BASE)->error, "");
	assert_string_not_equal(form_field_read(&f, FIELD_EQUITY)->error, "");
	/* Huge numbers are refused, never overflowed. */
	set(&f, FIELD_BASE, "999999999999999999999999");
	form_to_offer(&f, &b, NULL, &o);
	assert_string_not_equal(form_field_read(&f, FIELD_BASE)->error, "");
	set(&f, FIELD_EQUITY, "900000000000000");
	f.per_year[FIELD_EQUITY] = true;
	form_to_offer(&f, &b, NULL, &o);
	assert_true(!amount_known(o.equity_4y) || o.equity_4y > 0);
}

static void test_no_band(void **state)
{
	struct offer_form f;
	struct offer o;

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "$130k");
	assert_true(form_to_offer(&f, NULL, NULL, &o));
	assert_int_equal(o.base, 130000);
}

static void load_rates(struct rates *r, const char *text)
{
	struct diag_list d = {0};

	memset(r, 0, sizeof *r);
	assert_int_equal(rates_parse(r, text, strlen(text), &d), 1);
	assert_int_equal(d.count, 0);
	diag_list_free(&d);
}

static void test_converts_with_rates(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = offerform_eur_band();
	struct rates r;

	(void)state;
	load_rates(&r, "1 USD = 0.9 EUR\n");
	form_init(&f);
	set(&f, FIELD_BASE, "$150K");
	set(&f, FIELD_EQUITY, "€100k");
	set(&f, FIELD_SIGN_ON, "USD 10,000");
	assert_true(form_to_offer(&f, &b, &r, &o));
	assert_int_equal(o.base, 135000);
	assert_int_equal(o.equity_4y, 100000);
	assert_int_equal(o.sign_on, 9000);
	assert_true(form_field_read(&f, FIELD_BASE)->converted);
	assert_string_equal(form_field_read(&f, FIELD_BASE)->from.code, "USD");
	assert_true(form_field_read(&f, FIELD_BASE)->rate > 0.899 &&
	            form_field_read(&f, FIELD_BASE)->rate < 0.901);
	assert_false(form_field_read(&f, FIELD_EQUITY)->converted);
	assert_string_equal(form_field_read(&f, FIELD_BASE)->error, "");
	assert_string_equal(f.read.missing_from.code, "");
	/* No rate for pounds: an error naming both, the text kept, and the
	 * pair to add to the rates file. */
	set(&f, FIELD_BASE, "£120K");
	assert_true(form_to_offer(&f, &b, &r, &o));
	assert_false(amount_known(o.base));
	assert_non_null(strstr(form_field_read(&f, FIELD_BASE)->error, "GBP"));
	assert_non_null(strstr(form_field_read(&f, FIELD_BASE)->error, "EUR"));
	assert_string_equal(f.read.missing_from.code, "GBP");
	assert_string_equal(f.read.missing_to.code, "EUR");
	assert_string_equal(lineedit_text(&f.text[FIELD_BASE]), "£120K");
}

static void test_offer_in_other_bands(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band eur = offerform_eur_band(), usd = offerform_eur_band(),
		    chf = offerform_eur_band();
	struct rates r;

	(void)state;
	strcpy(usd.currency.code, "USD");
	strcpy(chf.currency.code, "CHF");
	load_rates(&r, "1 EUR = 1.25 USD\n");
	form_init(&f);
	/* Typed bare in the home band: euros, in every band's currency. */
	set(&f, FIELD_BASE, "100k");
	set(&f, FIELD_EQUITY, "$50k");
	f.per_year[FIELD_EQUITY] = true;
	assert_true(form_offer_for_band(&f, &eur, &usd, &r, &o));
	assert_int_equal(o.base, 125000);
	assert_int_equal(o.equity_4y, 200000);
	assert_true(form_offer_for_band(&f, &eur, &eur, &r, &o));
	assert_int_equal(o.base, 100000);
	assert_int_equal(o.equity_4y, 160000);
	/* No rate to francs: false, and the form keeps no error from it. */
	assert_false(form_offer_for_band(&f, &eur, &chf, &r, &o));
	assert_string_equal(form_field_read(&f, FIELD_BASE)->error, "");
	form_init(&f);
	assert_false(form_offer_for_band(&f, &eur, &usd, &r, &o));
}

static void test_vesting_and_value(void **state)
{
	struct offer_form f;
	struct offer o;
	struct band b = offerform_eur_band();

	(void)state;
	form_init(&f);
	set(&f, FIELD_BASE, "100k");
	set(&f, FIELD_VESTING, "10/20/30/40");
	set(&f, FIELD_VALUE, "60");
	f.on[FIELD_PRIVATE] = true;
	form_to_offer(&f, &b, NULL, &o);
	assert_true(o.vest_pct[0] == 10 && o.vest_pct[3] == 40);
	assert_true(o.private_value_pct == 60);
	assert_true(o.equity_private);
	/* Empty: the default schedule, the whole face value. */
	set(&f, FIELD_VESTING, "");
	set(&f, FIELD_VALUE, "  ");
	form_to_offer(&f, &b, NULL, &o);
	assert_string_equal(form_field_read(&f, FIELD_VESTING)->error, "");
	assert_true(o.vest_pct[0] == 0 && o.private_value_pct == 100);
	set(&f, FIELD_VESTING, "10/20");
	form_to_offer(&f, &b, NULL, &o);
	assert_non_null(
		strstr(form_field_read(&f, FIELD_VESTING)->error, "30"));
	assert_true(o.vest_pct[0] == 0); /* the default schedule then */
	assert_string_equal(lineedit_text(&f.text[FIELD_VESTING]), "10/20");
	set(&f, FIELD_VALUE, "140");
	form_to_offer(&f, &b, NULL, &o);
	assert_string_not_equal(form_field_read(&f, FIELD_VALUE)->error, "");
	assert_true(o.private_value_pct == 100);
}

static void test_save_and_restore(void **state)
{
	struct offer_form f, g;
	struct negotiation n;
	size_t i;

	(void)state;
	negotiation_init(&n, "a/b");
	struct neg_offer *o = negotiation_offer_get(&n, 1);
	form_init(&f);
	set(&f, FIELD_BASE, "€130K");
	set(&f, FIELD_EQUITY, "105k");
	set(&f, FIELD_BONUS, "12.5%");
	set(&f, FIELD_VESTING, "5/15/40/40");
	set(&f, FIELD_VALUE, "50");
	set(&f, FIELD_NAME, "Google");
	f.per_year[FIELD_EQUITY] = true;
	f.on[FIELD_PREMIUM] = true;
	f.on[FIELD_PRIVATE] = true;
	assert_true(form_save(&f, false, false, o));
	/* Saving the same form again changes nothing. */
	assert_false(form_save(&f, false, false, o));
	assert_string_equal(o->text[PART_BASE], "€130K");
	assert_string_equal(o->name, "Google");
	assert_null(o->text[PART_SIGN_ON]);
	assert_true(o->said[PART_PREMIUM] && o->on[PART_PREMIUM]);
	form_init(&g);
	form_restore(&g, false, false, o);
	for (i = 0; i < FIELD_COUNT; i++)
		assert_string_equal(lineedit_text(&g.text[i]),
		                    lineedit_text(&f.text[i]));
	assert_true(g.per_year[FIELD_EQUITY] && g.on[FIELD_PREMIUM] &&
	            g.on[FIELD_PRIVATE]);
	/* One keystroke is one change. */
	lineedit_insert(&f.text[FIELD_BASE], '0');
	assert_true(form_save(&f, false, false, o));
	lineedit_apply(&f.text[FIELD_BASE], LE_CLEAR);
	assert_true(form_save(&f, false, false, o));
	assert_null(o->text[PART_BASE]);
	/* Another offer leaves this one alone; a flag at its default is
	 * not said: off, but the company's Private is the guide's reading,
	 * and said either way it is said. */
	struct offer_form h;
	form_init(&h);
	set(&h, FIELD_BASE, "100k");
	h.on[FIELD_PRIVATE] = true;
	struct neg_offer *c = negotiation_offer_get(&n, NEG_COMPANY);
	assert_true(form_save(&h, true, true, c));
	o = negotiation_offer(&n, 1);
	assert_string_equal(c->text[PART_BASE], "100k");
	assert_false(c->said[PART_PREMIUM] || c->said[PART_PRIVATE]);
	assert_string_equal(o->name, "Google");
	assert_string_equal(o->text[PART_EQUITY], "105k");
	h.on[FIELD_PRIVATE] = false;
	assert_true(form_save(&h, true, true, c));
	assert_true(c->said[PART_PRIVATE] && !c->on[PART_PRIVATE]);
	form_init(&g);
	form_restore(&g, true, true, c);
	assert_string_equal(lineedit_text(&g.text[FIELD_BASE]), "100k");
	assert_string_equal(lineedit_text(&g.text[FIELD_NAME]), "");
	assert_false(g.on[FIELD_PREMIUM] || g.on[FIELD_PRIVATE]);
	/* Nothing to restore from: an empty form, the company's Private as
	 * the guide reads. */
	form_restore(&g, true, true, NULL);
	assert_true(lineedit_empty(&g.text[FIELD_BASE]));
	assert_true(g.on[FIELD_PRIVATE]);
	negotiation_free(&n);
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
		cmocka_unit_test(test_converts_with_rates),
		cmocka_unit_test(test_offer_in_other_bands),
		cmocka_unit_test(test_vesting_and_value),
		cmocka_unit_test(test_save_and_restore),
		cmocka_unit_test(test_filter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
