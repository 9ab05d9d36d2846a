/* Unit tests: the negotiation table (tests/fixtures/negotiations.tsv)
 * through the engine's one analysis (analysis.h): each row's counter
 * and verdict; tests/cli/negotiations.py reads the same table through
 * the command line.  Then the invariants over every guide of the corpus
 * in ../shared (skipped, with a message, without it; the 3,598 guides took 3.3
 * s of CPU and 11 s of wall time on the shared 2-core machine, so they are a
 * program of their own, under NEGOTIATOR_CORPUS, that `make corpus` runs,
 * and `make check` where ../shared is), with offers drawn from each
 * band: the counter is never below the company's offer nor the ask on any part,
 * its four-year value is the sum its steps print, and the Markdown and the
 * side-by-side table say the analysis's figures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "negotiator/analysis.h"
#include "negotiator/guide_load.h"
#include "negotiator/library.h"
#include "negotiator/summary.h"
#include "negotiator/text.h"
#include "typed_offers.h"

#define NEGOTIATIONS_TABLE "tests/fixtures/negotiations.tsv"
#define RATES "tests/fixtures/negotiations/rates"
#define CORPUS "../shared/corpus/negotiateup"

/* The gap a line of the side-by-side table says for one offer, read
 * from the offer's own result: against the ask or the floor, in yearly
 * totals, packages or first-year totals. */
static amount_t line_gap(const struct offer_result *r, enum offers_line l)
{
	static const struct {
		enum offers_line line;
		bool floor;
		size_t field;
	} gaps[] = {
		{OFFERS_VS_ASK, false, offsetof(struct gap, annual_total)},
		{OFFERS_VS_FLOOR, true, offsetof(struct gap, annual_total)},
		{OFFERS_VS_ASK_PACKAGE, false, offsetof(struct gap, package)},
		{OFFERS_VS_FLOOR_PACKAGE, true, offsetof(struct gap, package)},
		{OFFERS_VS_ASK_FIRST_YEAR, false,
	         offsetof(struct gap, first_year)},
		{OFFERS_VS_FLOOR_FIRST_YEAR, true,
	         offsetof(struct gap, first_year)},
	};
	for (size_t i = 0; i < sizeof gaps / sizeof gaps[0]; i++) {
		if (gaps[i].line != l)
			continue;
		const struct gap *g =
			gaps[i].floor ? &r->vs_floor : &r->vs_target;
		if (!g->known)
			return AMOUNT_NONE;
		return *(const amount_t *)((const char *)g + gaps[i].field);
	}
	return AMOUNT_NONE;
}

/* The lines of a floor's gaps and of an ask's. */
static const enum offers_line floor_lines[] = {
	OFFERS_VS_FLOOR, OFFERS_VS_FLOOR_PACKAGE, OFFERS_VS_FLOOR_FIRST_YEAR};
static const enum offers_line ask_lines[] = {
	OFFERS_VS_ASK, OFFERS_VS_ASK_PACKAGE, OFFERS_VS_ASK_FIRST_YEAR};

/* The sign of the gap the table shows to the floor (floor) or the ask
 * for row r: -1 short, 1 at or past it, 0 when no line shows one. */
static int shown_sign(const struct offers_view *v, const struct offer_result *r,
                      bool floor)
{
	const enum offers_line *lines = floor ? floor_lines : ask_lines;
	int sign = 0;
	for (size_t i = 0; i < 3; i++) {
		amount_t g = line_gap(r, lines[i]);
		if (!offers_line_shown(v, lines[i]) || !amount_known(g))
			continue;
		if (g < 0)
			return -1;
		sign = 1;
	}
	return sign;
}

/* The views of one analysis say the same gaps: every gap line the
 * side-by-side table shows (the TUI's v, compare's text) gives each
 * offer's and the counter's gap as its result holds it, the Markdown
 * has the same line, and an offer judged on a total the guide states
 * (yearly, package or first-year) shows that gap with the verdict's
 * sign, never "—" beside a verdict.  NULL when they agree, else why. */
static const char *views_agree(const struct analysis *an)
{
	const struct offers_view *v = &an->offers;
	const char *cur = band_currency(v->band);
	static char why[200];
	struct summary s = {.an = an, .today = "2026-12-07"};
	struct strbuf md, table;
	sb_init(&md);
	sb_init(&table);
	summary_markdown(&s, &md);
	offers_table(v, 0, &table);
	const char *bad = NULL;
	for (int l = 0; l < OFFERS_LINES && !bad; l++) {
		enum offers_line line = (enum offers_line)l;
		if (!offers_line_shown(v, line))
			continue;
		char row[1024];
		size_t n = (size_t)snprintf(row, sizeof row, "| %s ",
		                            offers_line_label(line, false));
		const char *at = strstr(table.data ? table.data : "",
		                        offers_line_label(line, false));
		for (size_t c = 0; c < offers_columns(v) && !bad; c++) {
			char cell[64], want[64];
			offers_cell(v, c, line, false, cell, sizeof cell);
			n += (size_t)snprintf(row + n, sizeof row - n, "| %s ",
			                      cell);
			at = at ? strstr(at, cell) : NULL;
			if (!at)
				bad = "the side-by-side table lacks a cell";
			/* The gaps of each offer given and of the
			 * counter. */
			bool offer = c < v->count, counter = c == v->count + 2;
			bool gapline = false;
			for (size_t i = 0; i < 3; i++)
				gapline = gapline || line == floor_lines[i] ||
				          line == ask_lines[i];
			if (!gapline || !(offer || counter) ||
			    (offer && !v->row[c].given))
				continue;
			const struct offer_result *r =
				offer ? &v->row[c].res : &v->counter.res;
			money_short(want, sizeof want, line_gap(r, line), cur,
			            true);
			cell[strcspn(cell, "*")] = '\0';
			if (strcmp(cell, want) != 0) {
				snprintf(why, sizeof why,
				         "%s: the table says %s, the analysis "
				         "%s",
				         offers_line_label(line, false), cell,
				         want);
				bad = why;
			}
		}
		snprintf(row + n, sizeof row - n, "|\n");
		if (!bad && (!md.data || !strstr(md.data, row)))
			bad = "the Markdown lacks a line of the table";
	}
	/* The verdict of the offer the text speaks of, and its gaps. */
	const struct offer_result *r = an->main ? &an->main->res : NULL;
	if (!bad && r) {
		int fs = shown_sign(v, r, true), as = shown_sign(v, r, false);
		bool floor_total = an->floor_total.kind != ASK_TOTAL_NONE;
		if (floor_total && r->verdict == VERDICT_BELOW_FLOOR &&
		    fs != -1)
			bad = "below the floor, and no gap to it below zero";
		else if (floor_total && fs == 0)
			bad = "judged on the floor's total, and no gap to it";
		else if (an->ask_total.kind != ASK_TOTAL_NONE && as == 0)
			bad = "judged on the ask's total, and no gap to it";
	}
	sb_free(&md);
	sb_free(&table);
	return bad;
}

#ifndef NEGOTIATOR_CORPUS
/* One offer of a row, as typed: the texts point into the row's line. */
struct typed {
	char name[64];
	struct offers_input in;
};

/* Read "NAME|opt=value|flag" into t; false on a bad option. */
static bool parse_offer(char *item, struct typed *t)
{
	memset(t, 0, sizeof *t);
	char *save = NULL;
	char *name = strtok_r(item, "|", &save);
	if (!name)
		return false;
	name += strspn(name, " ");
	size_t n = strcspn(name, " ");
	snprintf(t->name, sizeof t->name, "%.*s", (int)n, name);
	t->in.company = strcmp(t->name, "company") == 0;
	t->in.name = t->in.company || !strcmp(t->name, "-") ? NULL : t->name;
	for (char *b = strtok_r(NULL, "|", &save); b;
	     b = strtok_r(NULL, "|", &save)) {
		b += strspn(b, " ");
		b[strcspn(b, " ")] = '\0';
		char *value = strchr(b, '=');
		if (value)
			*value++ = '\0';
		char *per_year = strstr(b, "-per-year");
		if (per_year)
			*per_year = '\0';
		/* The one flag said the other way: public-equity. */
		bool no = strcmp(b, "public-equity") == 0;
		enum part_id p = no ? PART_PRIVATE : part_by_option(b);
		if (p == PART_COUNT)
			return false;
		if (part_table[p].kind == PART_FLAG) {
			t->in.entry.on[p] = !no;
			t->in.entry.said[p] = true;
		} else {
			t->in.entry.text[p] = value;
			t->in.entry.per_year[p] = per_year != NULL;
		}
	}
	return true;
}

static struct rates table_rates(void)
{
	struct rates r;
	struct diag_list d = {0};
	memset(&r, 0, sizeof r);
	assert_true(rates_load(&r, RATES, &d));
	assert_int_equal(d.count, 0);
	diag_list_free(&d);
	return r;
}

static amount_t want_amount(const char *s)
{
	return strcmp(s, "-") == 0 ? AMOUNT_NONE : (amount_t)atoll(s);
}

/* One row: its counter and verdict, as the table says. */
static bool check_row(char *line, const struct rates *rates)
{
	char *cols[8], *save = NULL;
	size_t n = 0;
	for (char *c = strtok_r(line, "\t", &save); c && n < 8;
	     c = strtok_r(NULL, "\t", &save))
		cols[n++] = c;
	assert_int_equal(n, 8);
	struct diag_list errs = {0};
	struct guide *g = guide_load(cols[1], &errs);
	diag_list_free(&errs);
	assert_non_null(g);
	guide_load_body(g);
	const struct band *b = guide_find_band(g, cols[2]);
	assert_non_null(b);
	struct typed typed[OFFERS_MAX];
	struct offers_input in[OFFERS_MAX];
	size_t count = 0;
	char *osave = NULL;
	for (char *item = strtok_r(cols[3], ";", &osave); item;
	     item = strtok_r(NULL, ";", &osave)) {
		assert_true(parse_offer(item, &typed[count]));
		count++;
	}
	/* The company's offer last, as the command line orders them. */
	size_t k = 0;
	for (int company = 0; company < 2; company++)
		for (size_t i = 0; i < count; i++)
			if (typed[i].in.company == (company == 1)) {
				in[k] = typed[i].in;
				if (in[k].name == NULL && !in[k].company)
					in[k].name = "";
				k++;
			}
	struct negotiation typed_neg;
	negotiation_init(&typed_neg, g->id);
	typed_offers(&typed_neg, in, count);
	struct analysis an = {0};
	struct analysis_input ai = {.guide = g,
	                            .band = b,
	                            .rates = rates,
	                            .offers = typed_neg.offers,
	                            .offer_count = typed_neg.offer_count,
	                            .against = NEG_NONE};
	analysis_run(&ai, &an);
	negotiation_free(&typed_neg);
	amount_t want[3] = {want_amount(cols[4]), want_amount(cols[5]),
	                    want_amount(cols[6])};
	amount_t got[3] = {an.counter.known ? an.counter.base : AMOUNT_NONE,
	                   an.counter.known ? an.counter.equity_4y
	                                    : AMOUNT_NONE,
	                   an.counter.known ? an.counter.sign_on : AMOUNT_NONE};
	bool ok = memcmp(want, got, sizeof want) == 0 &&
	          strcmp(offer_verdict_code(an.verdict), cols[7]) == 0;
	const char *views = views_agree(&an);
	if (views)
		print_message("%s: %s\n", cols[0], views);
	ok = ok && !views;
	if (!ok)
		print_message("%s: counter %lld/%lld/%lld %s, the table "
		              "%s/%s/%s %s\n",
		              cols[0], (long long)got[0], (long long)got[1],
		              (long long)got[2], offer_verdict_code(an.verdict),
		              cols[4], cols[5], cols[6], cols[7]);
	analysis_free(&an);
	guide_free(g);
	return ok;
}

static void test_table(void **state)
{
	(void)state;
	FILE *f = fopen(NEGOTIATIONS_TABLE, "r");
	assert_non_null(f);
	struct rates rates = table_rates();
	char line[2048];
	size_t rows = 0, wrong = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		rows++;
		wrong += !check_row(line, &rates);
	}
	fclose(f);
	assert_true(rows >= 40);
	assert_int_equal(wrong, 0);
}

/* The company's latest round in the region is its offer (in the TUI):
 * every part of it, the sign-on too, reaches the counter. */
static void test_rounds(void **state)
{
	(void)state;
	struct diag_list errs = {0};
	struct guide *g = guide_load(
		"data/guides/hugging-face--ml-ai-engineer.md", &errs);
	diag_list_free(&errs);
	assert_non_null(g);
	guide_load_body(g);
	const struct band *b = guide_find_band(g, "Paris");
	struct negotiation n;
	negotiation_init(&n, g->id);
	struct round r;
	negotiation_round_init(&r);
	memcpy(r.date, "2026-11-20", 11);
	r.who = (char *)"company";
	r.region = (char *)"Paris";
	r.amount[PART_BASE] = 118000;
	r.amount[PART_EQUITY] = 250000;
	r.amount[PART_SIGN_ON] = 20000;
	negotiation_add_round(&n, &r);
	r.region = (char *)"New York"; /* another region's: not this one */
	r.amount[PART_BASE] = 300000;
	negotiation_add_round(&n, &r);
	negotiation_offer_set_text(negotiation_offer_get(&n, NEG_COMPANY),
	                           PART_BASE, "100k");
	struct analysis an = {0};
	struct analysis_input ai = {.guide = g,
	                            .band = b,
	                            .offers = n.offers,
	                            .offer_count = n.offer_count,
	                            .against = NEG_NONE,
	                            .neg = &n,
	                            .company_from_rounds = true};
	analysis_run(&ai, &an);
	assert_int_equal(an.company_round, 0);
	assert_int_equal(an.company.sign_on, 20000);
	assert_true(an.counter.alone);
	assert_int_equal(an.counter.base, 118000);
	assert_int_equal(an.counter.equity_4y, 250000);
	assert_int_equal(an.counter.sign_on, 20000);
	/* The side-by-side table's company column is that round too. */
	const struct offers_row *row = &an.offers.row[an.offers.company];
	assert_int_equal(row->round, 1);
	assert_int_equal(row->res.base, 118000);
	assert_int_equal(row->res.sign_on, 20000);
	analysis_free(&an);
	/* A round and no company's offer typed: a column of its own. */
	ai.offer_count = 0;
	analysis_run(&ai, &an);
	assert_int_equal(an.offers.count, 1);
	assert_true(an.offers.row[0].company);
	assert_int_equal(an.offers.row[0].res.equity_4y, 250000);
	analysis_free(&an);
	ai.offer_count = 1;
	/* The command line speaks of the offers typed: no round. */
	ai.company_from_rounds = false;
	analysis_run(&ai, &an);
	assert_int_equal(an.company_round, -1);
	assert_int_equal(an.counter.base, 115000);
	assert_int_equal(an.counter.sign_on, 12000);
	analysis_free(&an);
	negotiation_free(&n);
	guide_free(g);
}
#else
/* --- the corpus (a program of its own: NEGOTIATOR_CORPUS) --------------- */

/* The guide's ask for a part (its floor's when it gives no ask, unless
 * the floor is a package figure). */
static amount_t ask_part(const struct band *b, amount_t target, amount_t fl)
{
	if (amount_known(target))
		return target;
	return amount_known(guide_floor_package(b)) ? AMOUNT_NONE : fl;
}

/* A total the guide states with no parts beside it. */
static bool stated_total(const struct ask_total *t)
{
	return t->kind == ASK_TOTAL_STATED || t->kind == ASK_TOTAL_FIRST_YEAR;
}

struct tally {
	size_t guides, negotiations, broken;
};

/* The invariants on one analysis; false (with a message) when one
 * breaks. */
static bool invariants(const struct guide *g, const struct band *b,
                       const struct analysis *an, const struct offer *company)
{
	const struct counter *c = &an->counter;
	const char *why = views_agree(an);
	if (why) {
		print_message("%s %s: %s\n", g->path_shown, b->region, why);
		return false;
	}
	if (!c->known)
		return true;
	/* The counter's bonus is the ask's (its percent, else the
	 * band's). */
	double pct = offer_ask_bonus_pct(b);
	amount_t bonus = pct > 0 ? amount_percent(c->base, pct) : 0;
	amount_t sum = amount_add(
		amount_add(amount_scale(amount_add(c->base, bonus), 4, 1),
	                   amount_percent(c->equity_4y, c->equity_pct)),
		c->sign_on);
	if (company && c->base < company->base)
		why = "base below the company's";
	else if (company && amount_known(company->equity_4y) &&
	         c->equity_4y < company->equity_4y)
		why = "equity below the company's";
	else if (amount_known(ask_part(b, b->target->base, b->floor->base)) &&
	         c->base < ask_part(b, b->target->base, b->floor->base))
		why = "base below the ask";
	else if (amount_known(
			 ask_part(b, b->target->equity, b->floor->equity)) &&
	         c->equity_4y <
	                 ask_part(b, b->target->equity, b->floor->equity))
		why = "equity below the ask";
	else if (amount_known(b->target->sign_on) &&
	         c->sign_on < b->target->sign_on)
		why = "sign-on below the guide's";
	else if (sum != c->counter_value_4y)
		why = "the four-year value is not the sum of its terms";
	else if (!an->offers.counter.known ||
	         an->offers.counter.res.four_year_total != c->counter_value_4y)
		why = "the counter's column is another four-year value";
	/* A total the guide states (yearly or first-year) with no parts
	 * beside it, the ask's or the floor's: the counter reaches it;
	 * the ask's yearly total of parts too (the counter asks its
	 * bonus). */
	else if (an->ask_total.kind == ASK_TOTAL_PARTS &&
	         an->offers.counter.res.vs_target.known &&
	         an->offers.counter.res.vs_target.annual_total < 0)
		why = "the counter is below the ask's yearly total";
	else if (stated_total(&an->floor_total) &&
	         shown_sign(&an->offers, &an->offers.counter.res, true) < 0)
		why = "the counter is below the floor's stated total";
	else if (stated_total(&an->ask_total) &&
	         shown_sign(&an->offers, &an->offers.counter.res, false) < 0)
		why = "the counter is below the ask's stated total";
	if (!why) {
		/* The Markdown says the analysis's counter. */
		const char *cur = band_currency(b);
		char want[300];
		snprintf(want, sizeof want,
		         "ask **%s base, %s equity over four years, %s "
		         "sign-on**",
		         money_text(c->base, cur, false).s,
		         money_text(c->equity_4y, cur, false).s,
		         money_text(c->sign_on, cur, false).s);
		struct summary s = {.an = an, .today = "2026-11-26"};
		struct strbuf sb;
		sb_init(&sb);
		summary_markdown(&s, &sb);
		if (!sb.data || !strstr(sb.data, want))
			why = "the Markdown says another counter";
		sb_free(&sb);
		/* The ask's column is the one total the gaps use. */
		char cell[64], total[64];
		offers_cell(&an->offers, an->offers.count, OFFERS_YEARLY, false,
		            cell, sizeof cell);
		money_short(total, sizeof total, an->ask_total.yearly, cur,
		            false);
		if (!why && strcmp(cell, total) != 0)
			why = "the ask's column is another total";
	}
	if (why)
		print_message("%s %s: %s\n", g->path_shown, b->region, why);
	return why == NULL;
}

/* Offers drawn from a band: the company's at its low end, alone, then
 * against a competing offer past its top. */
static void draw_offers(const struct guide *g, const struct band *b,
                        struct tally *t)
{
	if (!amount_known(b->base_low) || !amount_known(b->base_high))
		return;
	char cb[32], ce[32], xb[32], xe[32];
	snprintf(cb, sizeof cb, "%lld", (long long)b->base_low);
	snprintf(ce, sizeof ce, "%lld",
	         (long long)(amount_known(b->stock_low) ? b->stock_low : 0));
	snprintf(xb, sizeof xb, "%lld",
	         (long long)amount_percent(b->base_high, 110));
	snprintf(xe, sizeof xe, "%lld",
	         (long long)(amount_known(b->stock_high)
	                             ? amount_percent(b->stock_high, 110)
	                             : 0));
	struct offers_input in[2];
	memset(in, 0, sizeof in);
	in[0].name = "Rival";
	in[0].entry.text[PART_BASE] = xb;
	in[0].entry.text[PART_EQUITY] = xe;
	in[1].company = true;
	in[1].entry.text[PART_BASE] = cb;
	in[1].entry.text[PART_EQUITY] = ce;
	for (int alone = 1; alone >= 0; alone--) {
		struct negotiation typed;
		negotiation_init(&typed, g->id);
		typed_offers(&typed, alone ? in + 1 : in, alone ? 1 : 2);
		struct analysis an = {0};
		struct analysis_input ai = {.guide = g,
		                            .band = b,
		                            .offers = typed.offers,
		                            .offer_count = typed.offer_count,
		                            .against = NEG_NONE};
		analysis_run(&ai, &an);
		negotiation_free(&typed);
		t->negotiations++;
		if (!invariants(g, b, &an,
		                an.company_known ? &an.company : NULL))
			t->broken++;
		analysis_free(&an);
	}
}

static void test_corpus(void **state)
{
	(void)state;
	struct stat st;
	if (stat(CORPUS, &st) != 0) {
		print_message("skipped: no corpus at %s\n", CORPUS);
		skip();
	}
	struct library lib;
	library_init(&lib);
	library_add_path(&lib, CORPUS);
	struct tally t = {0};
	for (size_t i = 0; i < lib.count; i++) {
		struct guide *g = lib.guides[i];
		guide_load_body(g);
		t.guides++;
		for (size_t k = 0; k < g->band_count; k++)
			draw_offers(g, &g->bands[k], &t);
		guide_release_body_text(g);
	}
	print_message("corpus: %zu guides, %zu negotiations, %zu broken\n",
	              t.guides, t.negotiations, t.broken);
	library_free(&lib);
	assert_true(t.guides > 1000);
	assert_int_equal(t.broken, 0);
}

#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
#ifdef NEGOTIATOR_CORPUS
		cmocka_unit_test(test_corpus),
#else
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_rounds),
#endif
	};
	return cmocka_run_group_tests_name("negotiations", tests, NULL, NULL);
}
