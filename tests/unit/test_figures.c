/* test_figures.c - reading the ask, the floor and the counter from prose:
 * the tokenizer (amounts, currencies, placeholders, sentences) and the
 * attacher (parts, cues, regions, scopes, what is never a figure), with
 * the line and sentence each figure keeps.  Every sentence here is
 * written for the test; none comes from a real guide. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "negotiator/competing.h"
#include "negotiator/guide.h"
#include "negotiator/guide_load.h"
#include "negotiator/money.h"
#include "negotiator/script_math.h"
#include "negotiator/text.h"
#include "reader/prose.h"
#include "reader/prose_scan.h"

/* --- the tokenizer ------------------------------------------------------ */

/* The first amount token of text; fails when there is none. */
static struct ptok first_amount(const char *text)
{
	struct ptok *t, found;
	size_t n = prose_scan(text, strlen(text), &t), i;

	for (i = 0; i < n; i++)
		if (t[i].kind == PTOK_AMOUNT)
			break;
	if (i == n) {
		free(t);
		fail_msg("no amount in '%s'", text);
	}
	found = t[i];
	free(t);
	return found;
}

static void amount_is(const char *text, const char *code, double lo, double hi)
{
	struct ptok t = first_amount(text);

	if (strcmp(t.a.currency.code, code) != 0 || t.a.low != lo ||
	    t.a.high != hi || t.a.placeholder)
		fail_msg("'%s': got %s %g-%g%s, wanted %s %g-%g", text,
		         t.a.currency.code, t.a.low, t.a.high,
		         t.a.placeholder ? " (placeholder)" : "", code, lo, hi);
}

static size_t count_amounts(const char *text)
{
	struct ptok *t;
	size_t n = prose_scan(text, strlen(text), &t), i, k = 0;

	for (i = 0; i < n; i++)
		k += t[i].kind == PTOK_AMOUNT;
	free(t);
	return k;
}

static void scan_currencies(void **state)
{
	(void)state;
	amount_is("ask for $205K now", "USD", 205000, 205000);
	amount_is("about $205,000 in all", "USD", 205000, 205000);
	amount_is("€88K–€120K", "EUR", 88000, 120000);
	amount_is("£85K-£118K", "GBP", 85000, 118000);
	amount_is("$150-160K", "USD", 150000, 160000);
	amount_is("$30K to $50K", "USD", 30000, 50000);
	amount_is("US$140K", "USD", 140000, 140000);
	amount_is("CA$120K", "CAD", 120000, 120000);
	amount_is("C$95,000", "CAD", 95000, 95000);
	amount_is("A$150K", "AUD", 150000, 150000);
	amount_is("S$180,000", "SGD", 180000, 180000);
	amount_is("HK$1.2M", "HKD", 1200000, 1200000);
	amount_is("CN¥500K", "CNY", 500000, 500000);
	amount_is("RMB 400K", "CNY", 400000, 400000);
	amount_is("¥12M", "JPY", 12000000, 12000000);
	amount_is("JPY 9,500,000", "JPY", 9500000, 9500000);
	amount_is("CHF 210K", "CHF", 210000, 210000);
	amount_is("take 120K EUR", "EUR", 120000, 120000);
	amount_is("₹30L", "INR", 3000000, 3000000);
	amount_is("₹1.2Cr", "INR", 12000000, 12000000);
	amount_is("₹32,00,000 a year", "INR", 3200000, 3200000);
	amount_is("₹30L–₹48L", "INR", 3000000, 4800000);
	amount_is("$1.19M", "USD", 1190000, 1190000);
	/* Currencies beyond the eleven of the front matter, never read as
	 * another one: the real and the shekel by sign or code, the
	 * Uruguayan peso as "$U" (not dollars), a krona left to the guide. */
	amount_is("R$380,000", "BRL", 380000, 380000);
	amount_is("₪410K", "ILS", 410000, 410000);
	amount_is("NIS 410K", "ILS", 410000, 410000);
	amount_is("410K NIS", "ILS", 410000, 410000);
	amount_is("$U 2,500,000", "UYU", 2500000, 2500000);
	amount_is("UYU 2,500,000", "UYU", 2500000, 2500000);
	amount_is("DKK 640K", "DKK", 640000, 640000);
	amount_is("SEK 610K", "SEK", 610000, 610000);
	amount_is("kr610,000", PROSE_KRONA, 610000, 610000);
	amount_is("610,000 kr", PROSE_KRONA, 610000, 610000);
	amount_is("kr 590K–kr 720K", PROSE_KRONA, 590000, 720000);
}

/* The amounts the lexers of old read apart, and how the one lexer reads
 * each: code, low and high end ("kr" names no one currency: the figures'
 * reader keeps the sign for the bands to resolve, the others none). */
static const struct {
	const char *text, *code, *money_code;
	amount_t low, high;
} lexer_cases[] = {
	{"₹30L", "INR", "INR", 3000000, 3000000},
	{"₹1.2Cr", "INR", "INR", 12000000, 12000000},
	{"₹45,00,000", "INR", "INR", 4500000, 4500000},
	{"RMB 500K", "CNY", "CNY", 500000, 500000},
	{"NIS 400K", "ILS", "ILS", 400000, 400000},
	{"₪410K", "ILS", "ILS", 410000, 410000},
	{"€88K–€120K", "EUR", "EUR", 88000, 120000},
	{"€88–120K", "EUR", "EUR", 88000, 120000},
	{"A$10,000–$20,000", "AUD", "AUD", 10000, 20000},
	{"$150-160K", "USD", "USD", 150000, 160000},
	{"$30K to $50K", "USD", "USD", 30000, 50000},
	{"CN¥700K", "CNY", "CNY", 700000, 700000},
	{"S$180,000", "SGD", "SGD", 180000, 180000},
	{"HK$1.2M", "HKD", "HKD", 1200000, 1200000},
	{"CHF 210K", "CHF", "CHF", 210000, 210000},
	{"$U 2,500,000", "UYU", "UYU", 2500000, 2500000},
	{"SG$150K", "SGD", "SGD", 150000, 150000},
	{"JP¥9M", "JPY", "JPY", 9000000, 9000000},
	{"US $140K", "USD", "USD", 140000, 140000},
	{"R$380,000", "BRL", "BRL", 380000, 380000},
	{"kr 590K–kr 720K", PROSE_KRONA, "", 590000, 720000},
	{"$205,000", "USD", "USD", 205000, 205000},
};

/* Every reader reads each amount above the same: the figures' tokens,
 * the amount walk of scripts, band tables and fills, the competing
 * offers and the script arithmetic. */
static void one_lexer(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof lexer_cases / sizeof *lexer_cases; k++) {
		const char *text = lexer_cases[k].text, *code;
		amount_t lo = lexer_cases[k].low, hi = lexer_cases[k].high;
		struct ptok t = first_amount(text);
		struct prose_money m;
		struct competing_mention cm[8];
		struct script_claim claim[2];
		char sent[160];
		size_t pos = 0, n, i;

		amount_is(text, lexer_cases[k].code, (double)lo, (double)hi);
		code = lexer_cases[k].money_code;
		if (!prose_scan_money(text, strlen(text), &pos, &m) ||
		    m.value != lo || m.high != hi || m.range != (lo != hi) ||
		    strcmp(m.currency.code, code) != 0 ||
		    m.end != t.value_end || pos != strlen(text))
			fail_msg("'%s': the amount walk reads %s %lld-%lld",
			         text, m.currency.code, (long long)m.value,
			         (long long)m.high);
		/* A competitor's figure: one, the whole of it. */
		snprintf(sent, sizeof sent,
		         "Rivalco is offering me %s base. Thanks.", text);
		n = competing_find(sent, NULL, cm, 8);
		for (i = 0; i < n && cm[i].what == COMPETING_NAME; i++)
			;
		if (i + 1 != n || cm[i].value != lo ||
		    strcmp(cm[i].currency.code, code) != 0 ||
		    cm[i].what != COMPETING_BASE ||
		    strncmp(sent + cm[i].start, text, strlen(text)) != 0 ||
		    cm[i].end - cm[i].start != strlen(text))
			fail_msg("'%s': competing offers read %zu figures",
			         text, n - i);
		/* The script arithmetic: one figure is a claim's base; a
		 * range has no one sum and is none. */
		snprintf(sent, sizeof sent,
		         "%s base with %s/year is %s over four years", text,
		         text, text);
		n = script_math_claims(sent, strlen(sent), claim, 2);
		if (lo != hi)
			assert_int_equal(n, 0);
		else if (n != 1 || claim[0].base.value != lo ||
		         claim[0].per_year.value != lo || !claim[0].has_total ||
		         claim[0].total.value != lo ||
		         strcmp(claim[0].base.currency.code, code) != 0)
			fail_msg("'%s': the script arithmetic reads %zu claims",
			         text, n);
	}
	/* No reader finds a currency inside a word. */
	assert_int_equal(count_amounts("NIST 800 controls"), 0);
	{
		struct prose_money m;
		size_t pos = 0;
		const char *nist = "NIST 800 controls, a FRAUD 5 and Year 2";

		assert_false(prose_scan_money(nist, strlen(nist), &pos, &m));
		assert_int_equal(pos, strlen(nist));
	}
}

/* The amount walk: in order, a range one amount, a percent a number. */
static void money_walk(void **state)
{
	static const char text[] =
		"My ask is €115K / $242K base, a +20--35% premium, £85K-£118K "
		"and CHF 210K, then $1.19M and $205,000 or ¥12M. At $75K+ "
		"and $45K/yr, $[X]K is no figure.";
	static const struct {
		amount_t lo, hi;
		const char *code;
		bool pct;
		const char *bytes;
	} want[] = {
		{115000, 115000, "EUR", false, "€115K"},
		{242000, 242000, "USD", false, "$242K"},
		{20, 35, "", true, "20--35%"},
		{85000, 118000, "GBP", false, "£85K-£118K"},
		{210000, 210000, "CHF", false, "CHF 210K"},
		{1190000, 1190000, "USD", false, "$1.19M"},
		{205000, 205000, "USD", false, "$205,000"},
		{12000000, 12000000, "JPY", false, "¥12M"},
		{75000, 75000, "USD", false, "$75K"},
		{45000, 45000, "USD", false, "$45K"},
	};
	struct prose_money m;
	size_t pos = 0, got = 0;

	(void)state;
	while (prose_scan_money(text, strlen(text), &pos, &m)) {
		if (got >= sizeof want / sizeof *want)
			fail_msg("extra amount at %zu", m.start);
		assert_int_equal(m.value, want[got].lo);
		assert_int_equal(m.high, want[got].hi);
		assert_string_equal(m.currency.code, want[got].code);
		assert_int_equal(m.percent, want[got].pct);
		assert_int_equal(m.end - m.start, strlen(want[got].bytes));
		assert_memory_equal(text + m.start, want[got].bytes,
		                    strlen(want[got].bytes));
		assert_int_equal(m.per_year, got == 9);
		got++;
	}
	assert_int_equal(got, sizeof want / sizeof *want);
}

static void scan_forms(void **state)
{
	struct ptok t;

	(void)state;
	/* A bracketed range is a real figure. */
	amount_is("a sign-on of $[35-60]K", "USD", 35000, 60000);
	amount_is("a sign-on of $[35K-60K]", "USD", 35000, 60000);
	t = first_amount("at least $75K+");
	assert_true(t.a.plus);
	assert_true(t.a.low == 75000);
	t = first_amount("$45K/yr in stock");
	assert_true(t.a.per_year);
	t = first_amount("$280/share");
	assert_true(t.a.share_price);
	t = first_amount("SEK 48K/mo in base");
	assert_true(t.a.per_month && !t.a.per_year);
	t = first_amount("a 10–15% raise");
	assert_true(t.a.percent && t.a.range);
	assert_true(t.a.low == 10 && t.a.high == 15);
	/* How a range is written: the one range dash, "to" among them. */
	assert_true(first_amount("from $30K to $50K").a.range_to);
	assert_false(first_amount("from $30K–$50K").a.range_to);
	assert_false(first_amount("from $30K -- $50K").a.range_to);
	t = first_amount("20%+ more");
	assert_true(t.a.percent && t.a.plus);
	/* Templates never become numbers. */
	assert_true(first_amount("$[X]K base").a.placeholder);
	assert_true(first_amount("$[Y+60K] equity").a.placeholder);
	assert_true(first_amount("$[target] in all").a.placeholder);
	assert_true(first_amount("[Y+5]% bonus").a.placeholder);
	assert_true(first_amount("a $X bonus").a.placeholder);
	/* Years, levels, counts and word placeholders are not amounts. */
	assert_int_equal(count_amounts("In 2026 the L5 and P4 levels"), 0);
	assert_int_equal(count_amounts("[X commits/PRs] over 5 months"), 0);
	assert_int_equal(count_amounts("1,500 RSUs"), 0);
}

/* The one definition of a sentence's end: the tokens' marks, the
 * lexer's sentence walk and prose.c's agree. */
static void sentence_ends_agree(const char *text, size_t want)
{
	struct ptok *t;
	size_t len = strlen(text), n = prose_scan(text, len, &t), i, k = 0;
	size_t ends[16];

	for (i = 0; i < n && k < 16; i++)
		if (t[i].sentence_end)
			ends[k++] = t[i].end;
	free(t);
	if (k != want)
		fail_msg("'%s': %zu sentence ends, wanted %zu", text, k, want);
	for (i = 0, k = 0; i < len; k++) {
		size_t e = prose_scan_sentence_end(text, len, i);

		/* The same mark, and the closing quotes after it. */
		if (e < len &&
		    (k >= want || e < ends[k] ||
		     strspn(text + ends[k], "\"')*_]") < e - ends[k]))
			fail_msg("'%s': sentence %zu ends at %zu", text, k, e);
		assert_int_equal(prose_sentence_end(text, len, i), e);
		i = e;
	}
}

static void scan_sentences(void **state)
{
	static const char text[] =
		"We said e.g. this. It costs $1.19M. but goes on; then\nmore";
	struct ptok *t;
	size_t n = prose_scan(text, strlen(text), &t), i, ends = 0;

	(void)state;
	for (i = 0; i < n; i++)
		ends += t[i].sentence_end;
	/* "this." ends one; "$1.19M." does not (a lower-case word follows);
	 * ';' and the line break end two more. */
	assert_int_equal(ends, 3);
	assert_int_equal(t[n - 1].line, 1);
	free(t);
	sentence_ends_agree(text, 3);
	/* "vs." is no end; nor is a mark inside a short "[...]". */
	sentence_ends_agree("Weigh it vs. the band. Then ask.", 2);
	sentence_ends_agree("Offers at [D.E. Shaw/Citadel] pay $300K. Yes!", 2);
	sentence_ends_agree("\"Is it $1.2M?\" Ask them.", 2);
	/* A company's "Inc." may end one; a name with a capital inside
	 * starts one ("xAI"), a lower-case word goes on. */
	sentence_ends_agree("It is Specs Inc. I have an offer.", 2);
	sentence_ends_agree("It pays $90K. xAI pays more. eh.", 2);
}

/* --- the attacher ------------------------------------------------------- */

/* A guide with three bands: London (GBP), New York and Austin (USD). */
static const char *const head = "---\n"
				"company: tern-labs\n"
				"role: platform-engineer\n"
				"compensation:\n"
				"  - region: London (HQ)\n"
				"    currency: GBP\n"
				"    base_low: 90000\n"
				"    base_high: 130000\n"
				"    stock_low: 60000\n"
				"    stock_high: 140000\n"
				"    total_comp_low: 110000\n"
				"    total_comp_high: 170000\n"
				"  - region: New York\n"
				"    currency: USD\n"
				"    base_low: 170000\n"
				"    base_high: 230000\n"
				"    stock_low: 120000\n"
				"    stock_high: 300000\n"
				"    total_comp_low: 210000\n"
				"    total_comp_high: 320000\n"
				"  - region: Austin\n"
				"    currency: USD\n"
				"    base_low: 150000\n"
				"    base_high: 200000\n"
				"    stock_low: 100000\n"
				"    stock_high: 250000\n"
				"    total_comp_low: 180000\n"
				"    total_comp_high: 280000\n"
				"---\n"
				"# Platform Engineer | Tern Labs\n"
				"\n";

/* Line of the body's first line after the head above. */
#define BODY_LINE 32

static struct guide *guide_with(const char *body)
{
	struct diag_list errs = {0};
	struct strbuf sb;
	struct guide *g;

	sb_init(&sb);
	sb_adds(&sb, head);
	sb_adds(&sb, body);
	g = guide_load_buffer("test.md", sb.data, sb.len, &errs);
	sb_free(&sb);
	assert_non_null(g);
	diag_list_free(&errs);
	guide_load_body(g);
	return g;
}

static const struct figure *fig(const struct guide *g, int band,
                                const char *side, enum ask_part part)
{
	const struct band *b = &g->bands[band];
	const struct ask *a = !strcmp(side, "ask")     ? b->target
	                      : !strcmp(side, "floor") ? b->floor
	                                               : b->counter;

	return &a->part[part];
}

static void figure_is(const struct guide *g, int band, const char *side,
                      enum ask_part part, amount_t lo, amount_t hi)
{
	const struct figure *f = fig(g, band, side, part);

	if (!f->known || f->percent || f->low != lo || f->high != hi)
		fail_msg("%s %s %s: got %s %lld-%lld, wanted %lld-%lld",
		         g->bands[band].region, side, guide_part_name(part),
		         f->known ? (f->percent ? "percent" : "") : "nothing",
		         (long long)f->low, (long long)f->high, (long long)lo,
		         (long long)hi);
}

static void percent_is(const struct guide *g, int band, const char *side,
                       enum ask_part part, double lo, double hi)
{
	const struct figure *f = fig(g, band, side, part);

	assert_true(f->known && f->percent);
	assert_true(f->pct_low == lo && f->pct_high == hi);
}

static void nothing(const struct guide *g, int band, const char *side,
                    enum ask_part part)
{
	const struct figure *f = fig(g, band, side, part);

	if (f->known)
		fail_msg("%s %s %s: wanted nothing, got %lld",
		         g->bands[band].region, side, guide_part_name(part),
		         (long long)f->low);
}

static bool has_warning(const struct guide *g, const char *text)
{
	for (size_t i = 0; i < g->diags.count; i++)
		if (strstr(g->diags.items[i].message, text))
			return true;
	return false;
}

static void parts_before_and_after(void **state)
{
	struct guide *g = guide_with(
		"> **Negotiate Up Strategy:** \"I want a base of £120K, stock "
		"worth £100K across four years and a 15% bonus target.\" Take "
		"nothing under £105K base.\n");

	(void)state;
	figure_is(g, 0, "ask", ASK_BASE, 120000, 120000);
	figure_is(g, 0, "ask", ASK_EQUITY, 100000, 100000);
	percent_is(g, 0, "ask", ASK_BONUS, 15, 15);
	nothing(g, 1, "ask", ASK_BASE);
	guide_free(g);

	g = guide_with("> **Negotiate Up Strategy:** Push for $210K base, "
	               "$260K RSUs over 4 years and a $40K signing bonus. My "
	               "floor is $190K base with $200K in RSUs.\n");
	/* Unscoped dollars belong to the first dollar band. */
	figure_is(g, 1, "ask", ASK_BASE, 210000, 210000);
	figure_is(g, 1, "ask", ASK_EQUITY, 260000, 260000);
	figure_is(g, 1, "ask", ASK_SIGN_ON, 40000, 40000);
	figure_is(g, 1, "floor", ASK_BASE, 190000, 190000);
	figure_is(g, 1, "floor", ASK_EQUITY, 200000, 200000);
	nothing(g, 2, "ask", ASK_BASE);
	guide_free(g);
}

static void what_is_never_a_figure(void **state)
{
	struct guide *g = guide_with(
		"> **Negotiate Up Strategy:** \"Another firm pays me $240K "
		"base "
		"and $300K in stock, and a rival has offered $260K base. I'm "
		"asking for $220K base and $[X]K in RSUs. Its market median is "
		"$200K base.\" Tern will counter at $195K-$205K base. Accept "
		"at "
		"$205K+ base.\n");

	(void)state;
	figure_is(g, 1, "ask", ASK_BASE, 220000, 220000);
	/* The template gives nothing; the competing offer is no ask. */
	nothing(g, 1, "ask", ASK_EQUITY);
	figure_is(g, 1, "counter", ASK_BASE, 195000, 205000);
	figure_is(g, 1, "floor", ASK_BASE, 205000, 205000);
	assert_true(fig(g, 1, "floor", ASK_BASE)->at_least);
	guide_free(g);
}

static void equity_forms(void **state)
{
	struct guide *g = guide_with("> **Negotiate Up Strategy:** I'd like "
	                             "$55K per year in options "
	                             "and $210K base. Accept at $200K base and "
	                             "20%+ more shares than "
	                             "the standard grant.\n"
	                             "\n"
	                             "1. **Stock (Austin):** \"I'm looking for "
	                             "800 shares at $250/share "
	                             "and $170K base.\"\n");

	(void)state;
	/* Per-year figures are whole grants of four years. */
	figure_is(g, 1, "ask", ASK_EQUITY, 220000, 220000);
	/* A percent-only ask stays a percent. */
	percent_is(g, 1, "floor", ASK_EQUITY, 20, 20);
	/* Shares at a price are an amount. */
	figure_is(g, 2, "ask", ASK_EQUITY, 200000, 200000);
	figure_is(g, 2, "ask", ASK_BASE, 170000, 170000);
	guide_free(g);

	g = guide_with(
		"> **Negotiate Up Strategy:** Ask for $60K a year in RSUs "
		"vesting over 3 years and a sign-on of $20K in year 1 and "
		"$10K in year 2.\n");
	figure_is(g, 1, "ask", ASK_EQUITY, 180000, 180000);
	/* A sign-on split over two years is its sum. */
	figure_is(g, 1, "ask", ASK_SIGN_ON, 30000, 30000);
	guide_free(g);
}

static void totals_and_conditions(void **state)
{
	struct guide *g = guide_with(
		"> **Negotiate Up Strategy:** Target $300K TC. If they open at "
		"$170K base, counter with $200K base. Accept if total comp "
		"exceeds $270K.\n");

	(void)state;
	figure_is(g, 1, "ask", ASK_TOTAL, 300000, 300000);
	/* The company's opening inside the "if" is no figure. */
	figure_is(g, 1, "ask", ASK_BASE, 200000, 200000);
	figure_is(g, 1, "floor", ASK_TOTAL, 270000, 270000);
	guide_free(g);
}

static void regions_and_scopes(void **state)
{
	struct guide *g =
		guide_with("> **Negotiate Up Strategy:** Open at £125K base "
	                   "for London ($215K "
	                   "NYC / $180K Austin). In Austin, accept no lower "
	                   "than $165K base. "
	                   "For secondary markets, open at $150K base.\n");

	(void)state;
	figure_is(g, 0, "ask", ASK_BASE, 125000, 125000);
	figure_is(g, 1, "ask", ASK_BASE, 215000, 215000);
	figure_is(g, 2, "ask", ASK_BASE, 180000, 180000);
	figure_is(g, 2, "floor", ASK_BASE, 165000, 165000);
	/* A scope that names no band gives nothing to any. */
	nothing(g, 1, "floor", ASK_BASE);
	guide_free(g);

	/* A " / " list in one currency goes to its bands in order. */
	g = guide_with("> **Negotiate Up Strategy:** My ask is £118K / $212K / "
	               "$176K base; my floor is £100K / $190K / $160K base.\n");
	figure_is(g, 0, "ask", ASK_BASE, 118000, 118000);
	figure_is(g, 1, "ask", ASK_BASE, 212000, 212000);
	figure_is(g, 2, "ask", ASK_BASE, 176000, 176000);
	figure_is(g, 2, "floor", ASK_BASE, 160000, 160000);
	guide_free(g);
}

static void strategy_wins_over_levers(void **state)
{
	struct guide *g = guide_with(
		"1. **Equity Push:** \"I'm targeting $280K in RSUs over four "
		"years and a $35K sign-on.\"\n"
		"\n"
		"> **Negotiate Up Strategy:** I need $205K base and $250K in "
		"RSUs.\n");

	(void)state;
	figure_is(g, 1, "ask", ASK_EQUITY, 250000, 250000);
	/* Where the strategy is silent, the lever speaks. */
	figure_is(g, 1, "ask", ASK_SIGN_ON, 35000, 35000);
	assert_int_equal(fig(g, 1, "ask", ASK_SIGN_ON)->rank, 1);
	assert_true(has_warning(g, "disagrees with the strategy's"));
	guide_free(g);
}

static void provenance(void **state)
{
	struct guide *g = guide_with("Some words first.\n"
	                             "\n"
	                             "> **Negotiate Up Strategy:** We start "
	                             "friendly. My ask is $212K "
	                             "base.\n");
	const struct figure *f;

	(void)state;
	f = fig(g, 1, "ask", ASK_BASE);
	assert_true(f->known);
	assert_int_equal(f->source.line, BODY_LINE + 2);
	assert_non_null(f->source.text);
	assert_string_equal(f->source.text, "My ask is $212K base.");
	assert_int_equal(g->strategy_line, BODY_LINE + 2);
	guide_free(g);

	/* Amounts the reader cannot place are said to be there. */
	g = guide_with("> **Negotiate Up Strategy:** Think of $150K base and "
	               "$230K in stock as the two ends.\n");
	assert_true(g->strategy_unread);
	assert_true(has_warning(g, "no ask or floor could be read"));
	guide_free(g);
}

/* A guide from its whole text (front matter and body). */
static struct guide *guide_text(const char *text)
{
	struct diag_list errs = {0};
	struct guide *g =
		guide_load_buffer("test.md", text, strlen(text), &errs);

	assert_non_null(g);
	diag_list_free(&errs);
	guide_load_body(g);
	return g;
}

static void currency_of(const struct guide *g, int band, const char *side,
                        enum ask_part part, const char *code)
{
	const struct figure *f = fig(g, band, side, part);

	if (!f->known || strcmp(f->currency.code, code) != 0)
		fail_msg("%s %s %s: wanted %s, got %s", g->bands[band].region,
		         side, guide_part_name(part), code,
		         f->known ? f->currency.code : "nothing");
}

/* Bands whose places pay in a currency the front matter does not use. */
static const char *const places_head = "---\n"
				       "company: fjord-pay\n"
				       "role: ledger-engineer\n"
				       "compensation:\n"
				       "  - region: New York\n"
				       "    currency: USD\n"
				       "    base_low: 170000\n"
				       "    base_high: 230000\n"
				       "  - region: Stockholm\n"
				       "    currency: SEK\n"
				       "    base_low: 520000\n"
				       "    base_high: 760000\n"
				       "  - region: Porto Alegre (BRL)\n"
				       "    currency: USD\n"
				       "    base_low: null\n"
				       "    base_high: null\n"
				       "  - region: Montevideo\n"
				       "    currency: USD\n"
				       "    base_low: null\n"
				       "    base_high: null\n"
				       "---\n"
				       "# Ledger Engineer | Fjord Pay\n"
				       "\n";

static struct guide *places_guide(const char *body)
{
	struct strbuf sb;
	struct guide *g;

	sb_init(&sb);
	sb_adds(&sb, places_head);
	sb_adds(&sb, body);
	g = guide_text(sb.data);
	sb_free(&sb);
	return g;
}

static void currencies_beyond_the_eleven(void **state)
{
	struct guide *g = places_guide(
		"> **Negotiate Up Strategy:** Open at $215K base in New York "
		"and "
		"kr690,000 base in Stockholm. For the Brazil office, open at "
		"R$395,000 base. My floor is R$330,000 base, and in Stockholm "
		"no "
		"lower than 51,000 kr a month in base. Uruguay hires start at "
		"$U 2,400,000 base.\n");

	(void)state;
	figure_is(g, 0, "ask", ASK_BASE, 215000, 215000);
	/* "kr" is the krona of the guide's Swedish band. */
	figure_is(g, 1, "ask", ASK_BASE, 690000, 690000);
	currency_of(g, 1, "ask", ASK_BASE, "SEK");
	/* A monthly base is twelve a year. */
	figure_is(g, 1, "floor", ASK_BASE, 612000, 612000);
	/* No band is in reals: the band whose name says BRL takes them,
	 * scoped or not. */
	figure_is(g, 2, "ask", ASK_BASE, 395000, 395000);
	currency_of(g, 2, "ask", ASK_BASE, "BRL");
	figure_is(g, 2, "floor", ASK_BASE, 330000, 330000);
	/* Pesos written "$U" are Montevideo's, never New York's dollars. */
	figure_is(g, 3, "ask", ASK_BASE, 2400000, 2400000);
	currency_of(g, 3, "ask", ASK_BASE, "UYU");
	nothing(g, 0, "floor", ASK_BASE);
	guide_free(g);

	/* A sentence of the same shape for another region: its first
	 * figure is the part the first one before was. */
	g = places_guide("> **Negotiate Up Strategy:** For New York, push for "
	                 "$215K base with $200K in RSUs. For Porto Alegre, "
	                 "target R$390,000 with R$200,000 in options.\n");
	figure_is(g, 2, "ask", ASK_BASE, 390000, 390000);
	figure_is(g, 2, "ask", ASK_EQUITY, 200000, 200000);
	guide_free(g);

	/* Without a Nordic band, "kr" names no currency: nothing is read. */
	g = guide_with(
		"> **Negotiate Up Strategy:** Ask for kr640,000 base.\n");
	for (int b = 0; b < 3; b++)
		nothing(g, b, "ask", ASK_BASE);
	guide_free(g);
}

/* Bands whose numbers are null in the front matter but priced by the
 * body's table; a list with one amount per band in the bands' order. */
static void lists_and_table_priced_bands(void **state)
{
	struct guide *g = guide_text(
		"---\n"
		"company: orchard-grid\n"
		"role: data-engineer\n"
		"compensation:\n"
		"  - region: Jakarta\n"
		"    currency: USD\n"
		"    base_low: null\n"
		"    base_high: null\n"
		"  - region: Seattle\n"
		"    currency: USD\n"
		"    base_low: 150000\n"
		"    base_high: 210000\n"
		"---\n"
		"# Data Engineer | Orchard Grid\n"
		"\n"
		"| Region | Base Salary |\n"
		"|---|---|\n"
		"| Jakarta | IDR 400M–IDR 690M |\n"
		"| Seattle | $150K–$210K |\n"
		"\n"
		"> **Negotiate Up Strategy:** My ask is $110K / $195K base.\n");

	(void)state;
	/* Jakarta's table row prices it: it is first in the list's order. */
	assert_true(g->bands[0].table_numbers);
	figure_is(g, 0, "ask", ASK_BASE, 110000, 110000);
	figure_is(g, 1, "ask", ASK_BASE, 195000, 195000);
	guide_free(g);

	g = places_guide(
		"> **Negotiate Up Strategy:** Accept no lower than $190,000 / "
		"kr600,000 / R$320,000 / UYU 2,100,000 base respectively.\n");
	figure_is(g, 0, "floor", ASK_BASE, 190000, 190000);
	figure_is(g, 1, "floor", ASK_BASE, 600000, 600000);
	figure_is(g, 2, "floor", ASK_BASE, 320000, 320000);
	figure_is(g, 3, "floor", ASK_BASE, 2100000, 2100000);
	guide_free(g);
}

/* Asks scoped to remote regions, and "should" that is no condition. */
static void remote_regions(void **state)
{
	struct guide *g = guide_text(
		"---\n"
		"company: kestrel-bank\n"
		"role: platform-engineer\n"
		"compensation:\n"
		"  - region: London (HQ)\n"
		"    currency: GBP\n"
		"    base_low: 80000\n"
		"    base_high: 120000\n"
		"  - region: Remote UK\n"
		"    currency: GBP\n"
		"    base_low: 70000\n"
		"    base_high: 105000\n"
		"  - region: Remote US\n"
		"    currency: USD\n"
		"    base_low: 120000\n"
		"    base_high: 170000\n"
		"---\n"
		"# Platform Engineer | Kestrel Bank\n"
		"\n"
		"> **Negotiate Up Strategy:** Target £118K base in London. "
		"Remote UK "
		"candidates should push for £101K base. Remote US candidates "
		"should target $180K-$230K TC. Should the recruiter stall at "
		"£95K base, ask for £110K base.\n"
		"\n"
		"1. **Location:** \"For US remote, my floor is $150K base; for "
		"UK-remote, £88K base.\"\n");

	(void)state;
	figure_is(g, 0, "ask", ASK_BASE, 118000, 118000);
	figure_is(g, 1, "ask", ASK_BASE, 101000, 101000);
	figure_is(g, 2, "ask", ASK_TOTAL, 180000, 230000);
	nothing(g, 2, "ask", ASK_BASE);
	/* "US remote", "UK-remote": the remote band of that country. */
	figure_is(g, 2, "floor", ASK_BASE, 150000, 150000);
	figure_is(g, 1, "floor", ASK_BASE, 88000, 88000);
	guide_free(g);

	g = guide_text("---\n"
	               "company: kestrel-bank\n"
	               "role: platform-engineer\n"
	               "compensation:\n"
	               "  - region: Leeds\n"
	               "    currency: GBP\n"
	               "    base_low: 70000\n"
	               "    base_high: 105000\n"
	               "---\n"
	               "# Platform Engineer | Kestrel Bank\n"
	               "\n"
	               "> **Negotiate Up Strategy:** Should the recruiter "
	               "stall at £95K "
	               "base, ask for £110K base.\n");
	/* "Should ..." at the head of its clause is a hypothesis. */
	figure_is(g, 0, "ask", ASK_BASE, 110000, 110000);
	guide_free(g);
}

/* A yearly total stated after the parts, with no part word of its own. */
static void totals_after_parts(void **state)
{
	struct guide *g =
		guide_with("> **Negotiate Up Strategy:** \"To join: a base of "
	                   "$205K, $240K in "
	                   "RSUs over four years and a $30K sign-on. At $285K, "
	                   "this reflects "
	                   "the platform's scope.\" My floor is $262K.\n");

	(void)state;
	figure_is(g, 1, "ask", ASK_BASE, 205000, 205000);
	figure_is(g, 1, "ask", ASK_TOTAL, 285000, 285000);
	/* Larger than the base after base, RSUs and sign-on: a total. */
	figure_is(g, 1, "floor", ASK_TOTAL, 262000, 262000);
	nothing(g, 1, "floor", ASK_BASE);
	guide_free(g);

	/* The base said again is no total. */
	g = guide_with("> **Negotiate Up Strategy:** I need $210K base and "
	               "$250K in RSUs over 4 years. At $210K, I sign today.\n");
	figure_is(g, 1, "ask", ASK_BASE, 210000, 210000);
	nothing(g, 1, "ask", ASK_TOTAL);
	guide_free(g);
}

/* A move from one figure to another, an "if" that says when the
 * candidate accepts, and "adding" that goes on with the ask. */
static void moves_and_accept_conditions(void **state)
{
	struct guide *g = guide_with(
		"> **Negotiate Up Strategy:** \"I'm targeting $265K total "
		"comp. "
		"I'd like the base raised from $180K to $205K and the RSU "
		"grant "
		"from $150K to $210K over four years, and adding a $25K "
		"sign-on. "
		"I'd accept at [N shares] if the base reaches $195K.\" Another "
		"company adds $40K in RSUs.\n");

	(void)state;
	figure_is(g, 1, "ask", ASK_TOTAL, 265000, 265000);
	/* The figure is where the move ends, never its start or a range. */
	figure_is(g, 1, "ask", ASK_BASE, 205000, 205000);
	figure_is(g, 1, "ask", ASK_EQUITY, 210000, 210000);
	figure_is(g, 1, "ask", ASK_SIGN_ON, 25000, 25000);
	/* "accept ... if the base reaches": the floor. */
	figure_is(g, 1, "floor", ASK_BASE, 195000, 195000);
	/* What another company adds is no figure of ours. */
	nothing(g, 1, "floor", ASK_EQUITY);
	guide_free(g);
}

/* The body's premium: its percents and its name (NULL: unnamed). */
static void premium_is(const char *body, double lo, double hi, const char *name)
{
	struct guide *g = guide_with(body);
	const struct premium *p = &g->premium;

	if (!p->present || p->low_pct != lo || p->high_pct != hi ||
	    (name ? !p->name || strcmp(p->name, name) : p->name != NULL))
		fail_msg("premium of '%s': got %s%g-%g '%s', wanted %g-%g '%s'",
		         body, p->present ? "" : "none ", p->low_pct,
		         p->high_pct, p->name ? p->name : "(none)", lo, hi,
		         name ? name : "(none)");
	guide_free(g);
}

static void no_premium(const char *body)
{
	struct guide *g = guide_with(body);

	if (g->premium.present)
		fail_msg("premium of '%s': wanted none, got %g-%g", body,
		         g->premium.low_pct, g->premium.high_pct);
	guide_free(g);
}

static void premium_names(void **state)
{
	(void)state;
	/* Names are kept as the guide writes them; a name in capitals
	 * throughout keeps them on its acronyms only, and a sentence's
	 * capital is not the name's. */
	premium_is("**Negotiation DNA:** Cash Heavy | **+12-18% ROBOTICS AI "
	           "PREMIUM**\n",
	           12, 18, "robotics AI");
	/* Named after what commands it, the role's generic words left out. */
	premium_is("Planning work aside, fleet routing skills command a 9-14% "
	           "premium over plain planners.\n",
	           9, 14, "fleet routing");
	/* A premium named only by a heading, its percent in the paragraph
	 * under it. */
	premium_is("## Tidal Forecasting Premium\n\nPeople who have shipped "
	           "tide models are paid 11-16% more than the band.\n",
	           11, 16, "Tidal Forecasting");
	/* The percent in the section's first lines under the heading, and
	 * a heading that names its premium wins over a percent without a
	 * name elsewhere. */
	premium_is("#### Rigs — The Offshore Drilling Premium\n\nThis is the "
	           "lever that counts most.\n\n- **The drilling uplift "
	           "(7-12% above standard energy pay):** rare skills.\n\n"
	           "1. **Lever:** \"Offers I hold carry a 5-9% premium for "
	           "this work.\"\n",
	           7, 12, "Offshore Drilling");
	/* A heading over a percent that is not more pay names nothing. */
	/* A list item whose title a figure of pay follows at once gives some
	 * role's pay: its percent is no premium of the role. */
	no_premium("## Rival Pay\n\n- **Rival Ledger Engineer:** $230K-$310K "
	           "TC — our growth story makes a 12-16% premium fair\n");
	no_premium("## Ledger Premium\n\nAbout 40% of the team works on "
	           "ledgers.\n");
	/* The candidate's own request is not the role's premium. */
	no_premium("Ask for a 12% scope premium on my base salary, given the "
	           "size of the platform.\n");
	/* A percent on a bonus target, or a stake, is no premium. */
	no_premium("Staff get a 10% premium on the bonus target. Founders keep "
	           "a 0.5% stake premium.\n");
	/* A pronoun is no name: the premium is there, unnamed. */
	premium_is("In this seat, you command a 12-16% premium.\n", 12, 16,
	           NULL);
	/* A premium the guide says those with a skill command is the role's
	 * (the skill-premium rule of 2026-12-07), on a condition the
	 * candidate meets too, named by the skill the condition writes
	 * ("work" says what kind of thing); a request made on that
	 * condition is not. */
	premium_is("If you bring edge compiler work, you command a 12-16% "
	           "premium.\n",
	           12, 16, "edge compiler");
	no_premium("If you bring edge compiler work, push for a 12-16% "
	           "premium.\n");
	/* Nor is a part of pay ("a compensation premium"): what commands
	 * it names it. */
	premium_is("Archive curators command a 9-12% compensation premium.\n",
	           9, 12, "archive curators");
	/* "X, which commands": the phrase before the comma. */
	premium_is("Few teams have it. Ledger tooling, which commands a 11-17% "
	           "premium, is rare.\n",
	           11, 17, "ledger tooling");
	/* "a premium for X skills". */
	premium_is("The role commands a 9-13% premium for Zig and WebGPU "
	           "skills.\n",
	           9, 13, "Zig and WebGPU");
	/* A lever titled as a premium that asks for a percent states it. */
	premium_is("3. **Quantum Routing Premium:** \"I'd push for a 10-14% "
	           "premium given my routing work.\"\n",
	           10, 14, "Quantum Routing");
	/* The DNA line names the premium the body gives a percent. */
	premium_is("**Negotiation DNA:** Cash Heavy | Orbital Premium\n\n"
	           "It earns a 15-25% premium over ground systems.\n",
	           15, 25, "Orbital");
	/* A bump for illiquid equity, and "premium" as an adjective, are
	 * not the role's premium. */
	no_premium("Push for a 25% illiquidity premium on the option grant. A "
	           "4% lift in premium subscribers pays for the team.\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scan_currencies),
		cmocka_unit_test(scan_forms),
		cmocka_unit_test(one_lexer),
		cmocka_unit_test(money_walk),
		cmocka_unit_test(scan_sentences),
		cmocka_unit_test(parts_before_and_after),
		cmocka_unit_test(what_is_never_a_figure),
		cmocka_unit_test(equity_forms),
		cmocka_unit_test(totals_and_conditions),
		cmocka_unit_test(regions_and_scopes),
		cmocka_unit_test(strategy_wins_over_levers),
		cmocka_unit_test(provenance),
		cmocka_unit_test(currencies_beyond_the_eleven),
		cmocka_unit_test(lists_and_table_priced_bands),
		cmocka_unit_test(remote_regions),
		cmocka_unit_test(totals_after_parts),
		cmocka_unit_test(moves_and_accept_conditions),
		cmocka_unit_test(premium_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
