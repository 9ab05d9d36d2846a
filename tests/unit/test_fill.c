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
	/* Open: the name and "[X projects]"; the two figures marked are
	 * not answers to give.  `a` offers exactly the keys, answered or
	 * not. */
	assert_int_equal(f.unanswered, 2);
	assert_int_equal(f.checks, 2);
	assert_int_equal(f.key_count, 3);
	bool seen[3] = {false, false, false};
	const char *want[3] = {"[competing company]", "[library]",
	                       "[X projects]"};
	for (size_t i = 0; i < f.key_count; i++)
		for (int k = 0; k < 3; k++)
			seen[k] |= strcmp(f.keys[i], want[k]) == 0;
	assert_true(seen[0] && seen[1] && seen[2]);
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
	/* The name and the three placeholders to answer; five figures
	 * marked (euros, not the band's dollars). */
	assert_int_equal(f.unanswered, 4);
	assert_int_equal(f.checks, 5);
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
	assert_int_equal(f.unanswered, 0);
	assert_int_equal(f.checks, 3);
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

/* The ask a script states says the counter's figure for that part; an
 * amount in another currency, or one that is no ask, is left. */
static void test_ask_says_counter(void **state)
{
	(void)state;
	struct band b;
	struct ask target = {
		.base = 115000, .equity = 245000, .sign_on = 12000};
	guide_band_init(&b);
	memcpy(b.currency.code, "EUR", 4);
	b.target = &target;
	struct counter c;
	memset(&c, 0, sizeof c);
	c.known = true;
	c.base = 130000;
	c.equity_4y = 420000;
	c.sign_on = 12000;
	const char *text = "My ask is €115K / $242K base with €245K equity, "
			   "a €12K signing bonus and €99K of relocation.";
	struct filled_script f;
	fill_script(text, &(struct fill_input){.band = &b, .counter = &c}, &f);
	/* The guide's dollar twin of the replaced base no longer says the
	 * same: marked, not sent. */
	assert_string_equal(f.text,
	                    "My ask is €130K / [check: $242K] base with €420K "
	                    "equity, a €12K signing bonus and €99K of "
	                    "relocation.");
	assert_int_equal(f.amounts, 2);
	assert_int_equal(f.checks, 1);
	fill_script_free(&f);
	/* A figure of a part under the counter's (€130K base, €420K
	 * equity) would ask less than it: marked; one at or over it, or of
	 * no part, is left. */
	const char *under = "I'm targeting €120,000 base and €300K RSUs; "
			    "€140K base would do, on a €2K budget.";
	fill_script(under, &(struct fill_input){.band = &b, .counter = &c}, &f);
	assert_string_equal(f.text, "I'm targeting [check: €120,000] base and "
	                            "[check: €300K] RSUs; €140K base would "
	                            "do, on a €2K budget.");
	assert_int_equal(f.checks, 2);
	fill_script_free(&f);
	/* Another region's figure, in its currency, is marked; a twin
	 * written after or before one of the region's amounts is not. */
	const char *foreign = "Ask for £90,000 there. Or €40K / $43K, or "
			      "$44K / €41K, for a $2B market; €1K / £1K / "
			      "SEK 9K each, not £2K / SEK 20K.";
	fill_script(foreign, &(struct fill_input){.band = &b, .counter = &c},
	            &f);
	assert_string_equal(f.text, "Ask for [check: £90,000] there. Or "
	                            "€40K / $43K, or $44K / €41K, for a $2B "
	                            "market; €1K / £1K / SEK 9K each, not "
	                            "[check: £2K] / [check: SEK 20K].");
	assert_int_equal(f.checks, 3);
	fill_script_free(&f);
	/* A twin beside an amount the counter leaves is left too. */
	const char *kept = "A €12K / $13K signing bonus.";
	fill_script(kept, &(struct fill_input){.band = &b, .counter = &c}, &f);
	assert_string_equal(f.text, kept);
	assert_int_equal(f.checks, 0);
	fill_script_free(&f);
	/* A range whose low end is the ask is the ask: the counter's
	 * figure, whole; one that starts elsewhere is left. */
	const char *range =
		"I'd like the base at €115K–€118K, not €110K–€115K.";
	fill_script(range, &(struct fill_input){.band = &b, .counter = &c}, &f);
	assert_string_equal(f.text,
	                    "I'd like the base at €130K, not €110K–€115K.");
	fill_script_free(&f);
	/* No counter: the guide's words stay. */
	fill_script(text, &(struct fill_input){.band = &b}, &f);
	assert_string_equal(f.text, text);
	fill_script_free(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claims),
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_fill),
		cmocka_unit_test(test_ask_says_counter),
	};
	return cmocka_run_group_tests_name("fill", tests, NULL, NULL);
}
