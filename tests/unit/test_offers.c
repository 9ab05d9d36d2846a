/* Unit tests: every offer side by side (offers.c) and the Markdown
 * summary made from it (summary.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/analysis.h"
#include "negotiator/offers.h"
#include "negotiator/summary.h"
#include "negotiator/utf8.h"
#include "negotiator/vesting.h"
#include "typed_offers.h"

static struct band offers_band_eur(void)
{
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Lyon";
	memcpy(b.currency.code, "EUR", 4);
	b.base_low = 88000, b.base_high = 120000;
	b.stock_low = 135000, b.stock_high = 255000;
	b.bonus_pct = 10;
	b.total_low = 122000, b.total_high = 184000;
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

static struct guide offers_guide_of(struct band *b)
{
	struct guide g;
	memset(&g, 0, sizeof g);
	g.id = (char *)"acme/engineer";
	g.company_display = (char *)"Acme";
	g.role_display = (char *)"Engineer";
	strcpy(g.last_updated, "2026-01-01");
	g.bands = b;
	g.band_count = 1;
	g.body_loaded = true;
	return g;
}

static struct offers_input input(const char *name, bool company,
                                 const char *base, const char *equity,
                                 const char *bonus)
{
	struct offers_input in;
	memset(&in, 0, sizeof in);
	in.name = name;
	in.company = company;
	in.entry.text[PART_BASE] = base;
	in.entry.text[PART_EQUITY] = equity;
	in.entry.text[PART_BONUS] = bonus;
	return in;
}

static void test_best_and_pick(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct offers_input in[] = {
		input("Small", false, "100k", "100k", "10%"),
		input("Big", false, "110k", "400k", "10%"),
		input(NULL, true, "90k", "150k", NULL),
		input("Empty", false, NULL, "1k", NULL),
	};
	struct offers_view v;
	offers_compare(&g, &b, NULL, in, 4, -1, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.count, 4);
	assert_int_equal(v.company, 2);
	assert_int_equal(v.best, 1); /* the most over four years */
	assert_int_equal(v.against, 1);
	assert_false(v.row[3].given); /* no base: not an offer to weigh */
	/* The counter answers the best, from the company's offer. */
	struct negotiation typed;
	negotiation_init(&typed, g.id);
	typed_offers(&typed, in, 4);
	struct analysis an = {0};
	struct analysis_input ai = {.guide = &g,
	                            .band = &b,
	                            .offers = typed.offers,
	                            .offer_count = typed.offer_count,
	                            .against = NEG_NONE};
	analysis_run(&ai, &an);
	/* The typed model keeps the company's offer last. */
	assert_int_equal(an.offers.company, 3);
	assert_int_equal(an.offers.row[1].number, 2);
	assert_int_equal(an.counter.competing_value_4y,
	                 an.offers.row[1].res.four_year_total);
	assert_true(an.counter.gap_known);
	assert_int_equal(an.counter.company_value_4y,
	                 an.offers.row[3].res.four_year_total);
	analysis_free(&an);
	/* The counter answers the offer picked by its number. */
	ai.against = 1;
	analysis_run(&ai, &an);
	assert_int_equal(an.offers.against, 0);
	assert_string_equal(an.offers.row[an.offers.against].name, "Small");
	analysis_free(&an);
	negotiation_free(&typed);
	/* Picking another competing offer moves the counter; picking the
	 * company's or one without a base does not. */
	offers_compare(&g, &b, NULL, in, 4, 0, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.against, 0);
	assert_int_equal(v.best, 1);
	offers_compare(&g, &b, NULL, in, 4, 2, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.against, 1);
	offers_compare(&g, &b, NULL, in, 4, 3, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.against, 1);
}

static void test_currency_and_cells(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct rates r;
	struct diag_list d = {0};
	memset(&r, 0, sizeof r);
	rates_parse(&r, "1 USD = 0.9 EUR\n", 16, &d);
	diag_list_free(&d);
	struct offers_input in[] = {
		input("US", false, "$100K", "$200K", NULL),
		input("Bare dollars", false, "100k", NULL, NULL),
		input("Pounds", false, "£100K", NULL, NULL),
	};
	in[1].currency = "USD"; /* its amounts are in dollars */
	struct offers_view v;
	offers_compare(&g, &b, &r, in, 3, -1, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.row[0].offer.base, 90000);
	assert_true(v.row[0].converted);
	assert_string_equal(v.row[0].typed.code, "USD");
	assert_int_equal(v.row[1].offer.base, 90000);
	/* No rate: an error, and no base to weigh. */
	assert_false(v.row[2].given);
	assert_string_equal(v.row[2].read.missing_from.code, "GBP");
	/* Cells: figures in the band's currency, gaps signed. */
	char cell[64];
	offers_cell(&v, 0, OFFERS_BASE, false, cell, sizeof cell);
	assert_string_equal(cell, "€90K");
	offers_cell(&v, 0, OFFERS_EQUITY_YEAR, false, cell, sizeof cell);
	assert_string_equal(cell, "€45K");
	assert_int_equal(offers_columns(&v), 5);
	assert_string_equal(offers_column_name(&v, 3), "ask");
	offers_cell(&v, 3, OFFERS_BASE, false, cell, sizeof cell);
	assert_string_equal(cell, "€115K");
	/* The ask counts the band's 10% bonus: 115 + 245/4 + 11.5. */
	offers_cell(&v, 3, OFFERS_YEARLY, false, cell, sizeof cell);
	assert_string_equal(cell, "€187.8K");
	offers_cell(&v, 3, OFFERS_VS_ASK, false, cell, sizeof cell);
	assert_string_equal(cell, "—");
	/* No bonus typed while the band has one: the gap says so. */
	assert_true(offers_short_of_bonus(&v, 0));
	offers_cell(&v, 0, OFFERS_VS_ASK, false, cell, sizeof cell);
	assert_non_null(strchr(cell, '*'));
	char note[300];
	offers_bonus_note(&v, note, sizeof note);
	assert_non_null(strstr(note, "10% bonus"));
	assert_non_null(strstr(note, "US"));
}

static void test_summary(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct offers_input in[] = {
		input("Pipe|Co", false, "130k", "420k", "10%"),
		input(NULL, true, "100k", "200k", NULL),
	};
	struct negotiation n;
	negotiation_init(&n, g.id);
	struct round r;
	negotiation_round_init(&r);
	memcpy(r.date, "2026-11-20", 11);
	r.who = (char *)"company";
	r.region = (char *)"Lyon";
	r.amount[PART_BASE] = 100000;
	r.amount[PART_EQUITY] = 200000;
	negotiation_add_round(&n, &r);
	typed_offers(&n, in, 2);
	struct analysis an = {0};
	struct analysis_input ai = {.guide = &g,
	                            .band = &b,
	                            .offers = n.offers,
	                            .offer_count = n.offer_count,
	                            .against = NEG_NONE,
	                            .neg = &n};
	analysis_run(&ai, &an);
	struct summary sum = {.an = &an,
	                      .neg = &n,
	                      .script_title = "Ask",
	                      .script_text = "line one\nline two",
	                      .today = "2026-11-28"};
	struct strbuf sb;
	sb_init(&sb);
	summary_markdown(&sum, &sb);
	const char *md = sb.data;
	assert_non_null(strstr(md, "# Negotiation: Acme, Engineer (Lyon)"));
	assert_non_null(strstr(md, "updated 2026-01-01"));
	assert_non_null(strstr(md, "## Offers side by side"));
	assert_non_null(strstr(md, "| Pipe\\|Co | company | ask | floor |"));
	assert_non_null(strstr(md, "## The counter to make"));
	assert_non_null(strstr(md, "## From the company's offer to the ask"));
	assert_non_null(strstr(md, "## Rounds"));
	assert_non_null(
		strstr(md, "| 1 | 2026-11-20 | company | €100K | €200K"));
	assert_non_null(strstr(md, "> line one\n> line two"));
	sb_free(&sb);
	analysis_free(&an);
	negotiation_free(&n);
}

static void test_guide_vesting(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	double pct[INPUT_MAX_YEARS];
	int line = 0;
	g.body_line = 10;
	/* Dates, ratios and the even schedule are not the guide's; a schedule
	 * in a sentence about vesting, over a line break, is. */
	g.body = (char *)"Updated 2026/03/01; a 3/1 ratio.\n"
			 "Even 25/25/25/25 vesting is common.\n"
			 "Here the grant\nvests 10/20/30/40 to the back.\n";
	assert_true(vesting_of_guide(&g, pct, &line));
	assert_true(pct[0] == 10 && pct[3] == 40 && pct[4] == 0);
	assert_int_equal(line, 13);
	g.body = (char *)"Pay is 40/30/20/10 of something else.";
	assert_false(vesting_of_guide(&g, pct, &line));
	/* Asked again at every keystroke, it answers from the body read
	 * last (issue 18), and a body of the same length that says another
	 * schedule, or the same one from another line, is read again. */
	char body[] = "Equity vests 10/20/30/40.";
	g.body = body;
	for (int k = 0; k < 2; k++) {
		assert_true(vesting_of_guide(&g, pct, &line));
		assert_true(pct[0] == 10 && pct[3] == 40);
	}
	memcpy(body + 13, "40/30/20/10", 11);
	assert_true(vesting_of_guide(&g, pct, &line));
	assert_true(pct[0] == 40 && pct[3] == 10);
	assert_int_equal(line, 10);
	g.body_line = 20;
	assert_true(vesting_of_guide(&g, pct, &line));
	assert_int_equal(line, 20);
	g.body_line = 10;
	/* The company's offer and the references take it; a competitor's
	 * does not; a schedule typed wins. */
	g.body = (char *)"Equity vests 10/20/30/40.";
	struct offers_input in[] = {
		input("Rival", false, "100k", "100k", NULL),
		input(NULL, true, "90k", "200k", NULL),
		input(NULL, true, "90k", "200k", NULL),
	};
	in[2].entry.text[PART_VESTING] = "50/50";
	struct offers_view v;
	offers_compare(&g, &b, NULL, in, 3, -1, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.row[0].vest_line, 0);
	assert_true(v.row[0].offer.vest_pct[0] == 0);
	assert_int_equal(v.row[1].vest_line, 10);
	assert_true(v.row[1].offer.vest_pct[0] == 10);
	assert_int_equal(v.row[1].res.first_year_total, 90000 + 20000);
	assert_int_equal(v.row[2].vest_line, 0);
	assert_int_equal(v.ask.vest_line, 10);
}

/* The typed offers as inputs: those with anything typed, in their
 * order, the company's last; each with its number. */
static void test_offers_in_the_model(void **state)
{
	(void)state;
	struct negotiation n;
	negotiation_init(&n, "a/b");
	struct neg_offer *o = negotiation_offer_get(&n, 7);
	negotiation_offer_set_text(o, PART_BASE, "130k");
	negotiation_offer_set_text(o, PART_EQUITY, "105k");
	o->per_year[PART_EQUITY] = true;
	o->said[PART_PREMIUM] = o->on[PART_PREMIUM] = true;
	o = negotiation_offer_get(&n, NEG_COMPANY);
	negotiation_offer_set_text(o, PART_BASE, "100k");
	negotiation_offer_get(&n, 9); /* nothing typed: no offer */
	o = negotiation_offer_get(&n, 3);
	negotiation_offer_set_name(o, "Mistral");
	negotiation_offer_set_text(o, PART_BASE, "125k");
	assert_int_equal(n.offer_count, 4);
	assert_int_equal(n.offers[3].number, NEG_COMPANY);
	struct offers_input in[8];
	assert_int_equal(offers_inputs(n.offers, n.offer_count, in, 8), 3);
	assert_string_equal(in[0].name, "");
	assert_int_equal(in[0].number, 7);
	assert_string_equal(in[0].entry.text[PART_BASE], "130k");
	assert_true(in[0].entry.per_year[PART_EQUITY]);
	assert_true(in[0].entry.on[PART_PREMIUM]);
	assert_string_equal(in[1].name, "Mistral");
	assert_int_equal(in[1].number, 3);
	assert_true(in[2].company);
	assert_int_equal(in[2].number, NEG_COMPANY);
	assert_int_equal(offers_inputs(n.offers, n.offer_count, in, 2), 2);
	negotiation_free(&n);
}

/* Issue 16 item 6: the company's Private, said either way, overrides
 * the guide's reading for the company's offer and the asks (its equity
 * too); not said, the guide's reading stands. */
static void test_company_private_said(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct negotiation n;
	negotiation_init(&n, g.id);
	negotiation_offer_set_text(negotiation_offer_get(&n, 1), PART_BASE,
	                           "130k");
	struct neg_offer *c = negotiation_offer_get(&n, NEG_COMPANY);
	negotiation_offer_set_text(c, PART_BASE, "100k");
	negotiation_offer_set_text(c, PART_EQUITY, "200k");
	negotiation_offer_set_text(c, PART_VALUE, "50");
	amount_t face = AMOUNT_NONE, cut = AMOUNT_NONE;
	for (int pass = 0; pass < 4; pass++) {
		/* The guide says private (passes 0, 1) or listed (2, 3); the
		 * offer says nothing (0, 2) or the other way (1, 3). */
		g.equity_private = pass < 2;
		bool said = pass % 2 == 1;
		c->said[PART_PRIVATE] = said;
		c->on[PART_PRIVATE] = said && pass >= 2;
		bool want = (pass < 2) != said;
		struct analysis an = {0};
		struct analysis_input ai = {.guide = &g,
		                            .band = &b,
		                            .offers = n.offers,
		                            .offer_count = n.offer_count,
		                            .against = NEG_NONE};
		analysis_run(&ai, &an);
		assert_int_equal(an.offers.count, 2);
		assert_true(an.offers.row[1].company);
		assert_int_equal(an.offers.company_private, want);
		assert_int_equal(an.offers.row[1].offer.equity_private, want);
		assert_int_equal(an.equity_private, want);
		assert_int_equal(an.offers.ask.offer.equity_private, want);
		assert_int_equal(an.equity_said, said);
		assert_int_equal(an.equity_overridden, said);
		/* The company's gap is to that one ask total (the guide's
		 * figures valued as said, not as the guide reads). */
		const struct offer_result *res = &an.offers.row[1].res;
		assert_int_equal(res->guide_equity_pct, want ? 50 : 100);
		assert_true(res->vs_target.known);
		assert_int_equal(res->vs_target.annual_total,
		                 res->annual_total - an.ask_total.yearly);
		/* The ask's total counts the grant at 50% only when private:
		 * one set of numbers for the company's equity. */
		if (want)
			cut = an.ask_total.yearly;
		else
			face = an.ask_total.yearly;
		analysis_free(&an);
	}
	assert_true(amount_known(face) && amount_known(cut));
	assert_true(cut < face);
	negotiation_free(&n);
}

/* A competing offer typed with its own Value % (of its own grant) still
 * measures its gap to the one ask total, the company's equity valued at
 * the negotiation's setting (the company's offer's): the gap column and
 * the ask column never disagree. */
static void test_competing_value_pct(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	g.equity_private = true;
	struct negotiation n;
	negotiation_init(&n, g.id);
	struct neg_offer *o = negotiation_offer_get(&n, 1);
	negotiation_offer_set_text(o, PART_BASE, "130k");
	negotiation_offer_set_text(o, PART_EQUITY, "200k");
	negotiation_offer_set_text(o, PART_VALUE, "100");
	struct neg_offer *c = negotiation_offer_get(&n, NEG_COMPANY);
	negotiation_offer_set_text(c, PART_BASE, "100k");
	negotiation_offer_set_text(c, PART_EQUITY, "200k");
	negotiation_offer_set_text(c, PART_VALUE, "50");
	struct analysis an = {0};
	struct analysis_input ai = {.guide = &g,
	                            .band = &b,
	                            .offers = n.offers,
	                            .offer_count = n.offer_count,
	                            .against = NEG_NONE};
	analysis_run(&ai, &an);
	assert_int_equal(an.offers.count, 2);
	for (size_t i = 0; i < 2; i++) {
		const struct offer_result *res = &an.offers.row[i].res;
		assert_int_equal(res->guide_equity_pct, 50);
		assert_true(res->vs_target.known);
		assert_int_equal(res->vs_target.annual_total,
		                 res->annual_total - an.ask_total.yearly);
	}
	/* Its own grant still counts at its own 100 %. */
	assert_int_equal(an.offers.row[0].res.offer_equity_pct, 100);
	analysis_free(&an);
	negotiation_free(&n);
}

/* The widest line of a table's text, in columns; its line count. */
static int widest(const char *text, size_t *lines)
{
	int w = 0;
	*lines = 0;
	for (const char *s = text, *nl; (nl = strchr(s, '\n')); s = nl + 1) {
		int lw = (int)utf8_width(s, (size_t)(nl - s));
		w = lw > w ? lw : w;
		(*lines)++;
	}
	return w;
}

static void test_table_fits_width(void **state)
{
	(void)state;
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct offers_input in[] = {
		input("Google Paris", false, "130k", "420k", NULL),
		input("Bad\033[2Jname", false, "125k", "200k", NULL),
		input(NULL, true, "100k", "180k", NULL),
	};
	struct offers_view v;
	offers_compare(&g, &b, NULL, in, 3, -1, GUIDE_EQUITY_AS_READ, &v);
	size_t lines;
	/* No limit: every column, full labels; names cleaned. */
	struct strbuf sb;
	sb_init(&sb);
	assert_int_equal(offers_table(&v, 0, &sb), 0);
	int full = widest(sb.data, &lines);
	/* The heading and every line but those of a package or a
	 * first-year total, which this band's ask and floor are not. */
	assert_int_equal(lines, OFFERS_VS_FLOOR + 2);
	assert_false(offers_line_shown(&v, OFFERS_PACKAGE));
	assert_false(offers_line_shown(&v, OFFERS_VS_FLOOR_FIRST_YEAR));
	assert_non_null(strstr(sb.data, "four-year total"));
	assert_non_null(strstr(sb.data, "Google Paris"));
	assert_non_null(strstr(sb.data, "company"));
	assert_non_null(strstr(sb.data, "floor"));
	assert_null(strchr(sb.data, '\033'));
	assert_non_null(strstr(sb.data, "€940K"));
	sb_free(&sb);
	/* Exactly as wide: the same table. */
	sb_init(&sb);
	assert_int_equal(offers_table(&v, full, &sb), 0);
	assert_int_equal(widest(sb.data, &lines), full);
	assert_non_null(strstr(sb.data, "four-year total"));
	sb_free(&sb);
	/* Narrower: brief labels, every column still when they fit. */
	sb_init(&sb);
	size_t left = offers_table(&v, full - 1, &sb);
	assert_true(widest(sb.data, &lines) <= full - 1);
	assert_null(strstr(sb.data, "four-year total"));
	assert_non_null(strstr(sb.data, "4 years"));
	assert_int_equal(left, 0);
	sb_free(&sb);
	/* Narrow: columns are left out, from the right, and counted. */
	sb_init(&sb);
	left = offers_table(&v, 30, &sb);
	assert_true(widest(sb.data, &lines) <= 30);
	assert_int_equal(lines, OFFERS_VS_FLOOR + 2);
	assert_true(left >= 2 && left < offers_columns(&v));
	assert_non_null(strstr(sb.data, "€130K"));
	/* The heading line names no floor column. */
	*strchr(sb.data, '\n') = '\0';
	assert_null(strstr(sb.data, "floor"));
	assert_non_null(strstr(sb.data, "Google"));
	sb_free(&sb);
}

static void test_offer_currency(void **state)
{
	(void)state;
	struct negotiation n;
	negotiation_init(&n, "a/b");
	struct neg_offer *o = negotiation_offer_get(&n, 1);
	negotiation_offer_set_text(o, PART_BASE, "170k");
	snprintf(o->currency, sizeof o->currency, "GBP");
	negotiation_offer_set_name(negotiation_offer_get(&n, 2),
	                           "No figures yet");
	negotiation_offer_set_text(negotiation_offer_get(&n, NEG_COMPANY),
	                           PART_BASE, "100k");
	/* An offer saved before offers kept their currency takes the
	 * region's; one that has its own keeps it; one with no amount gets
	 * none. */
	assert_true(negotiation_pin_currency(&n, "CHF"));
	assert_string_equal(negotiation_offer(&n, 1)->currency, "GBP");
	assert_string_equal(negotiation_offer(&n, NEG_COMPANY)->currency,
	                    "CHF");
	assert_string_equal(negotiation_offer(&n, 2)->currency, "");
	assert_false(negotiation_pin_currency(&n, "EUR"));
	struct offers_input in[4];
	size_t count = offers_inputs(n.offers, n.offer_count, in, 4);
	assert_int_equal(count, 3);
	assert_string_equal(in[0].currency, "GBP");
	assert_string_equal(in[2].currency, "CHF");
	/* Read in a band of another currency, bare amounts stay pounds. */
	struct band b = offers_band_eur();
	struct guide g = offers_guide_of(&b);
	struct rates r;
	struct diag_list d = {0};
	memset(&r, 0, sizeof r);
	rates_parse(&r, "1 GBP = 1.2 EUR\n", 16, &d);
	diag_list_free(&d);
	struct offers_view v;
	offers_compare(&g, &b, &r, in, 1, -1, GUIDE_EQUITY_AS_READ, &v);
	assert_int_equal(v.row[0].offer.base, 204000);
	assert_string_equal(v.row[0].typed.code, "GBP");
	negotiation_free(&n);
}

/* Issue 20 F2/F14: a new offer's number is random (two windows do not
 * both take the next one), above the others while there is room, and
 * never overflows. */
static void test_new_offer_numbers(void **state)
{
	(void)state;
	struct negotiation neg;
	negotiation_init(&neg, "a/b");
	negotiation_offer_set_text(negotiation_offer_get(&neg, 1), PART_BASE,
	                           "130k");
	negotiation_offer_set_name(negotiation_offer_get(&neg, 3), "Beta");
	int first = negotiation_new_number(&neg, 0);
	bool differ = false;
	for (int i = 0; i < 32; i++) {
		int n = negotiation_new_number(&neg, 5);
		assert_true(n > 5);
		differ |= n != first;
	}
	assert_true(first > 3);
	assert_true(differ);
	/* No room above the highest: a free number all the same. */
	negotiation_offer_set_text(negotiation_offer_get(&neg, 2147483647),
	                           PART_BASE, "1");
	for (int i = 0; i < 32; i++) {
		int n = negotiation_new_number(&neg, 2147483647);
		assert_true(n >= 1);
		assert_true(n != 1 && n != 3 && n != 2147483647);
	}
	negotiation_free(&neg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_best_and_pick),
		cmocka_unit_test(test_currency_and_cells),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_guide_vesting),
		cmocka_unit_test(test_offers_in_the_model),
		cmocka_unit_test(test_company_private_said),
		cmocka_unit_test(test_competing_value_pct),
		cmocka_unit_test(test_table_fits_width),
		cmocka_unit_test(test_offer_currency),
		cmocka_unit_test(test_new_offer_numbers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
