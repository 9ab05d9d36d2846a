/* Unit tests: claims in scripts, placeholders, filled-in scripts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/fill.h"

static const char lever[] =
	"Rival Corp offered me €130K base with €105K/year in stock, €550K "
	"in guaranteed value over four years. Another firm offers €125K base "
	"with €200K equity. I have shipped [X projects] using [library] and "
	"[library] again.";

static void test_claims(void **state)
{
	(void)state;
	struct script_claim c[4];
	size_t n = script_math_claims(lever, strlen(lever), c, 4);
	assert_int_equal(n, 1); /* the second offer has no per-year part */
	assert_int_equal(c[0].base.value, 130000);
	assert_int_equal(c[0].per_year.value, 105000);
	assert_true(c[0].has_total);
	assert_int_equal(c[0].total.value, 550000);

	const char usd[] = "My offer is $290K base with $225K per year of "
			   "equity; that is $1.19M over 4 years.";
	n = script_math_claims(usd, strlen(usd), c, 4);
	assert_int_equal(n, 1);
	assert_int_equal(c[0].total.value, 1190000);
	assert_string_equal(c[0].total.currency.code, "USD");

	const char none[] = "Ask for €115K base and €245K equity.";
	assert_int_equal(script_math_claims(none, strlen(none), c, 4), 0);
}

static void test_placeholders(void **state)
{
	(void)state;
	char **ph;
	size_t n = fill_placeholders(lever, &ph);
	assert_int_equal(n, 2);
	assert_string_equal(ph[0], "[X projects]");
	assert_string_equal(ph[1], "[library]");
	for (size_t i = 0; i < n; i++)
		free(ph[i]);
	free(ph);
	assert_int_equal(fill_placeholders("no [ closing, [] empty", &ph), 0);
	free(ph);
}

static void test_fill(void **state)
{
	(void)state;
	struct band b;
	memset(&b, 0, sizeof b);
	memcpy(b.currency.code, "EUR", 4);
	struct offer_result r;
	memset(&r, 0, sizeof r);
	r.base = 130000;
	r.equity_4y = 420000;
	r.equity_per_year = 52500;  /* risk-adjusted: the script uses face */
	r.four_year_total = 999999; /* with bonus etc.: not the claim's sum */
	struct kv_list answers = {0};
	kv_set(&answers, "[library]", "Transformers\x1b[2J");
	struct filled_script f;
	fill_script(lever,
	            &(struct fill_input){
			    .band = &b, .claim = &r, .answers = &answers},
	            &f);
	assert_non_null(strstr(f.text, "€130K base with €105K/year"));
	assert_non_null(strstr(f.text, "€940K in guaranteed value"));
	assert_null(strstr(f.text, "€550K"));
	assert_non_null(strstr(f.text, "using Transformers"));
	assert_null(strchr(f.text, '\x1b')); /* answers are cleaned */
	assert_non_null(strstr(f.text, "[X projects]"));
	assert_int_equal(f.amounts, 3);
	/* The competitors: the name a placeholder, the other firm's
	 * figures marked (no offer of the user's to speak of). */
	assert_non_null(strstr(f.text, "[competing company] offered me"));
	assert_non_null(strstr(f.text, "offers [check: €125K] base with "
	                               "[check: €200K] equity"));
	assert_int_equal(f.unanswered, 4);
	/* Spans point at what changed. */
	size_t amounts = 0, answered = 0;
	for (size_t i = 0; i < f.span_count; i++) {
		const struct fill_span *s = &f.spans[i];
		assert_true(s->end <= strlen(f.text));
		if (s->kind == FILL_AMOUNT)
			amounts++;
		if (s->kind == FILL_ANSWER) {
			answered++;
			assert_memory_equal(f.text + s->start, "Transformers",
			                    12);
		}
	}
	assert_int_equal(amounts, 3);
	assert_int_equal(answered, 2);
	fill_script_free(&f);

	/* Another currency's band leaves the euro amounts alone. */
	memcpy(b.currency.code, "USD", 4);
	fill_script(lever, &(struct fill_input){.band = &b, .claim = &r}, &f);
	assert_non_null(strstr(f.text, "[check: €550K]"));
	assert_int_equal(f.amounts, 0);
	/* The name, five figures marked (euros, not the band's dollars),
	 * and the three placeholders. */
	assert_int_equal(f.unanswered, 9);
	fill_script_free(&f);
	/* A base without equity fills nothing of the claim. */
	memcpy(b.currency.code, "EUR", 4);
	r.equity_4y = AMOUNT_NONE;
	fill_script(lever, &(struct fill_input){.band = &b, .claim = &r}, &f);
	assert_non_null(strstr(f.text, "[check: €130K] base with "
	                               "[check: €105K]/year"));
	assert_non_null(strstr(f.text, "[check: €550K]"));
	assert_int_equal(f.amounts, 0);
	fill_script_free(&f);
	/* A claim whose firm has no name: without the user's base and
	 * equity its figures are the guide's example, marked, not sent. */
	const char *unnamed = "A London fintech has offered me £175K base "
			      "with £70K/year in RSUs, which is £980K over "
			      "four years.";
	memcpy(b.currency.code, "GBP", 4);
	fill_script(unnamed, &(struct fill_input){.band = &b}, &f);
	assert_non_null(strstr(f.text, "me [check: £175K] base with "
	                               "[check: £70K]/year"));
	assert_non_null(strstr(f.text, "is [check: £980K] over"));
	assert_int_equal(f.unanswered, 3);
	fill_script_free(&f);
	r.equity_4y = 200000;
	r.base = 150000;
	fill_script(unnamed, &(struct fill_input){.band = &b, .claim = &r}, &f);
	assert_non_null(strstr(f.text, "me £150K base with £50K/year"));
	assert_non_null(strstr(f.text, "is £800K over"));
	assert_int_equal(f.unanswered, 0);
	fill_script_free(&f);
	free(answers.items[0].key);
	free(answers.items[0].value);
	free(answers.items);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claims),
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_fill),
	};
	return cmocka_run_group_tests_name("fill", tests, NULL, NULL);
}
