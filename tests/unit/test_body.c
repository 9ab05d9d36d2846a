/* test_body.c - the Markdown body into the model: sections, scripts,
 * levers, the strategy's ask and floor, the premium, band words, the
 * scripts' arithmetic, script choice, and hostile bodies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "negotiator/guide.h"
#include "negotiator/guide_load.h"
#include "negotiator/money.h"
#include "negotiator/script_pick.h"
#include "negotiator/text.h"
#include "markdown.h"

#define SEED "../shared/seeds/000_6cf6d1a21825cad0.txt"
#define FIX "tests/fixtures/body/"
#define MATH_PART "over four years, but"

/* --- helpers ----------------------------------------------------------------
 */

static struct guide *load_file(const char *path)
{
	struct diag_list errs = {0};
	struct guide *g = guide_load(path, &errs);
	size_t i;

	for (i = 0; i < errs.count; i++)
		print_message("%s:%d: %s\n", path, errs.items[i].line,
		              errs.items[i].message);
	assert_non_null(g);
	diag_list_free(&errs);
	guide_load_body(g);
	assert_true(g->body_loaded);
	return g;
}

/* A guide built by hand around a body, with bands "Region:CUR:base" where
 * base 0 means a band without numbers. */
static struct guide *hand_guide(const char *body, const char *const *bands,
                                size_t nbands)
{
	struct guide *g = xcalloc(1, sizeof *g);
	size_t i;

	g->body = xstrdup(body);
	g->body_line = 1;
	g->bands = xcalloc(nbands ? nbands : 1, sizeof *g->bands);
	g->band_count = nbands;
	for (i = 0; i < nbands; i++) {
		struct band *b = &g->bands[i];
		const char *c1 = strchr(bands[i], ':');
		long base;

		assert_non_null(c1);
		b->region = xstrndup(bands[i], (size_t)(c1 - bands[i]));
		memcpy(b->currency.code, c1 + 1, 3);
		b->currency.code[3] = '\0';
		base = atol(c1 + 5);
		b->base_low = b->base_high = base ? base : AMOUNT_NONE;
		b->stock_low = b->stock_high = AMOUNT_NONE;
		b->total_low = b->total_high = AMOUNT_NONE;
		b->bonus_pct = -1;
		guide_band_own_asks(b); /* nothing known */
	}
	return g;
}

static size_t count_diags(const struct guide *g, const char *part)
{
	size_t i, n = 0;

	for (i = 0; i < g->diags.count; i++)
		n += strstr(g->diags.items[i].message, part) != NULL;
	return n;
}

/* The finding with this message part; fails the test when there is none
 * (abort() after fail_msg() tells the compiler it never returns NULL). */
static const struct diag *must_diag(const struct guide *g, const char *part)
{
	size_t i;

	for (i = 0; i < g->diags.count; i++)
		if (strstr(g->diags.items[i].message, part))
			return &g->diags.items[i];
	fail_msg("no finding says '%s'", part);
	abort();
}

static const struct script *find_script(const struct guide *g,
                                        const char *title)
{
	size_t i;

	for (i = 0; i < g->script_count; i++)
		if (g->scripts[i].title &&
		    strcmp(g->scripts[i].title, title) == 0)
			return &g->scripts[i];
	return NULL;
}

static const struct script *must_script(const struct guide *g,
                                        const char *title)
{
	const struct script *s = find_script(g, title);

	if (s)
		return s;
	fail_msg("no script titled '%s'", title);
	abort();
}

static const struct section *find_section(const struct guide *g,
                                          const char *title)
{
	size_t i;

	for (i = 0; i < g->section_count; i++)
		if (strcmp(g->sections[i].title, title) == 0)
			return &g->sections[i];
	return NULL;
}

static const struct section *must_section(const struct guide *g,
                                          const char *title)
{
	const struct section *s = find_section(g, title);

	if (s)
		return s;
	fail_msg("no section titled '%s'", title);
	abort();
}

static size_t count_kind(const struct guide *g, enum script_kind k)
{
	size_t i, n = 0;

	for (i = 0; i < g->script_count; i++)
		n += g->scripts[i].kind == k;
	return n;
}

static void assert_ask(const struct ask *a, amount_t base, amount_t equity,
                       amount_t sign_on)
{
	assert_true(a->base == base);
	assert_true(a->equity == equity);
	assert_true(a->sign_on == sign_on);
}

static void assert_no_ask(const struct band *b)
{
	assert_ask(b->target, AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE);
	assert_ask(b->floor, AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE);
}

/* Every string the body put in the model is clean, one line. */
static void assert_model_clean(const struct guide *g)
{
	size_t i;

	if (g->title)
		assert_true(text_is_clean(g->title, false));
	for (i = 0; i < g->section_count; i++)
		assert_true(text_is_clean(g->sections[i].title, false));
	for (i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];

		assert_non_null(s->title);
		assert_non_null(s->text);
		assert_true(text_is_clean(s->title, false));
		assert_true(text_is_clean(s->text, false));
		assert_true(s->text[0] != '"');
		if (s->section)
			assert_true(text_is_clean(s->section, false));
		if (s->region)
			assert_true(text_is_clean(s->region, false));
	}
	for (i = 0; i < g->band_count; i++) {
		const struct band_words *w = &g->bands[i].words;

		assert_true(!w->base || text_is_clean(w->base, false));
		assert_true(!w->equity || text_is_clean(w->equity, false));
		assert_true(!w->bonus || text_is_clean(w->bonus, false));
		assert_true(!w->total || text_is_clean(w->total, false));
	}
}

static char *repeat(const char *unit, size_t times, const char *tail)
{
	size_t n = strlen(unit), t = strlen(tail), i;
	char *s = xmalloc(n * times + t + 1);

	for (i = 0; i < times; i++)
		memcpy(s + i * n, unit, n);
	memcpy(s + n * times, tail, t + 1);
	return s;
}

/* --- the seed ----------------------------------------------------------------
 */

static int seed_setup(void **state)
{
	if (access(SEED, R_OK) != 0) {
		print_message(
			"skipping: the seed guide %s is absent (../shared "
			"is not beside the repository)\n",
			SEED);
		*state = NULL;
		return 0;
	}
	*state = load_file(SEED);
	return 0;
}

static int seed_teardown(void **state)
{
	guide_free(*state);
	return 0;
}

#define SEED_OR_SKIP(g)                                                        \
	struct guide *g = *state;                                              \
	do {                                                                   \
		if (!g)                                                        \
			skip();                                                \
	} while (0)

static void seed_target_and_floor(void **state)
{
	SEED_OR_SKIP(g);
	assert_int_equal(g->band_count, 3);
	assert_string_equal(g->bands[0].region, "Paris");
	assert_ask(g->bands[0].target, 115000, 245000, 12000);
	assert_ask(g->bands[0].floor, 95000, 195000, AMOUNT_NONE);
	assert_string_equal(g->bands[1].region, "New York");
	assert_ask(g->bands[1].target, 242000, 400000, 30000);
	assert_ask(g->bands[1].floor, 205000, 325000, AMOUNT_NONE);
	/* Remote Global shares the dollar but has no numbers. */
	assert_no_ask(&g->bands[2]);
}

static void seed_premium(void **state)
{
	SEED_OR_SKIP(g);
	assert_true(g->premium.present);
	assert_true(g->premium.low_pct == 20);
	assert_true(g->premium.high_pct == 35);
	assert_non_null(g->premium.applies_to);
	assert_string_equal(g->premium.applies_to, "equity");
	assert_true(g->premium.included_in_ask);
}

static void seed_levers(void **state)
{
	const struct script *s;

	SEED_OR_SKIP(g);
	assert_int_equal(count_kind(g, SCRIPT_COMPETING), 2);
	assert_int_equal(count_kind(g, SCRIPT_PREMIUM), 2);
	assert_int_equal(count_kind(g, SCRIPT_LEVER), 0);
	assert_int_equal(count_kind(g, SCRIPT_STRATEGY), 1);
	/* Two quoted passages in a section; the two-word term is not one. */
	assert_int_equal(count_kind(g, SCRIPT_PLAIN), 2);
	assert_int_equal(g->script_count, 7);

	s = must_script(g, "Competing Offer Framing (Paris)");
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_string_equal(s->region, "Paris");
	assert_string_equal(s->section, "Global Levers");
	assert_int_equal(s->line, 74);
	assert_non_null(strstr(s->text, "€130K base with €105K/year"));
	s = must_script(g, "Competing Offer Framing (NYC)");
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_string_equal(s->region, "New York"); /* the alias, resolved */
	s = must_script(g, "Pre-IPO Equity Maximization + Agentic AI Premium");
	assert_int_equal(s->kind, SCRIPT_PREMIUM);
	assert_null(s->region);
	s = must_script(g, "Transformers Core Contributor Premium");
	assert_int_equal(s->kind, SCRIPT_PREMIUM);

	s = must_script(g, "Negotiate Up Strategy");
	assert_int_equal(s->kind, SCRIPT_STRATEGY);
	assert_null(s->region);
	/* Placeholders are kept as written. */
	assert_non_null(
		strstr(s->text, "[Google Paris L5 / Anthropic / Mistral AI]"));
	assert_model_clean(g);
}

static void seed_plain_scripts(void **state)
{
	size_t i, plain = 0;

	SEED_OR_SKIP(g);
	for (i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];

		assert_true(strcmp(s->text, "Ecosystem Moat") != 0);
		if (s->kind != SCRIPT_PLAIN)
			continue;
		plain++;
		assert_non_null(s->section);
		assert_non_null(strstr(s->section, "Ecosystem Moat Script"));
		assert_non_null(strchr(s->text, '['));
		assert_true(s->line == 68 || s->line == 70);
	}
	assert_int_equal(plain, 2);
}

static void seed_sections(void **state)
{
	const struct section *s;

	SEED_OR_SKIP(g);
	assert_non_null(g->title);
	assert_string_equal(
		g->title,
		"ML/AI Engineer | Hugging Face Global Negotiation Guide");
	s = must_section(g, g->title);
	assert_int_equal(s->level, 3);
	s = must_section(g, "Global Levers");
	assert_int_equal(s->level, 0);
	assert_int_equal(s->line, 72);
	assert_non_null(find_section(g, "Level Mapping")); /* colon dropped */
	assert_non_null(find_section(g, "Negotiation DNA"));
	assert_non_null(find_section(g, "Evidence & Sources"));
	/* The strategy's bold title is inside a quote: not a section. */
	assert_null(find_section(g, "Negotiate Up Strategy"));
}

static void seed_arithmetic(void **state)
{
	const struct diag *d;

	SEED_OR_SKIP(g);
	assert_int_equal(count_diags(g, MATH_PART), 2);
	d = must_diag(g, "'Competing Offer Framing (Paris)'");
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_int_equal(d->line, 74);
	assert_string_equal(d->message,
	                    "script in 'Competing Offer Framing (Paris)' says "
	                    "€550K over four years, but €130K base + "
	                    "€105K/year is €940K");
	d = must_diag(g, "'Competing Offer Framing (NYC)'");
	assert_int_equal(d->line, 75);
	assert_string_equal(d->message,
	                    "script in 'Competing Offer Framing (NYC)' says "
	                    "$1.19M over four years, but $290K base + "
	                    "$225K/year is $2.06M");
}

static void seed_band_words(void **state)
{
	const struct band_words *w;

	SEED_OR_SKIP(g);
	w = &g->bands[2].words;
	assert_non_null(w->base);
	assert_string_equal(w->base, "Varies by location (65–100% of NYC)");
	assert_non_null(w->equity);
	assert_string_equal(w->equity, "Same equity grant");
	assert_non_null(w->total);
	assert_string_equal(w->total, "Varies by geo band");
	assert_non_null(g->bands[0].words.base);
	assert_string_equal(g->bands[0].words.base, "€88K–€120K");
	assert_non_null(g->bands[1].words.equity);
	assert_string_equal(g->bands[1].words.equity, "$235K–$418K");
}

static void seed_pick(void **state)
{
	const struct script *s;

	SEED_OR_SKIP(g);
	s = script_pick(g, "Paris", true, false);
	assert_non_null(s);
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_string_equal(s->region, "Paris");
	s = script_pick(g, "nyc", true, true);
	assert_non_null(s);
	assert_string_equal(s->region, "New York");
	/* No competing lever for this region: any competing lever. */
	s = script_pick(g, "Remote Global", true, false);
	assert_non_null(s);
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	s = script_pick(g, "Paris", false, true);
	assert_non_null(s);
	assert_int_equal(s->kind, SCRIPT_PREMIUM);
	assert_string_equal(s->title,
	                    "Pre-IPO Equity Maximization + Agentic AI Premium");
	s = script_pick(g, NULL, false, false);
	assert_non_null(s);
	assert_int_equal(s->kind, SCRIPT_STRATEGY);
}

static void seed_loads_once(void **state)
{
	size_t scripts, sections, diags;

	SEED_OR_SKIP(g);
	scripts = g->script_count;
	sections = g->section_count;
	diags = g->diags.count;
	guide_load_body(g);
	assert_int_equal(g->script_count, scripts);
	assert_int_equal(g->section_count, sections);
	assert_int_equal(g->diags.count, diags);
}

/* --- fixtures ----------------------------------------------------------------
 */

/* ## headings, pounds and francs, an en-dash premium on base salary. */
static void headings_guide(void **state)
{
	struct guide *g = load_file(FIX "headings-gbp-chf.md");
	const struct script *s;
	const struct section *sec;
	const struct diag *d;

	(void)state;
	assert_string_equal(
		g->title, "Staff Controls Engineer at Thistle & Alp Robotics");
	sec = must_section(g, "Levers");
	assert_int_equal(sec->level, 2);
	sec = must_section(g, "Questions to ask first");
	assert_int_equal(sec->level, 3);

	assert_ask(g->bands[0].target, 150000, 180000, 15000);
	assert_ask(g->bands[0].floor, 130000, 140000, AMOUNT_NONE);
	assert_ask(g->bands[1].target, 240000, 300000, 25000);
	assert_ask(g->bands[1].floor, 205000, 240000, AMOUNT_NONE);
	assert_no_ask(&g->bands[2]);

	assert_true(g->premium.present);
	assert_true(g->premium.low_pct == 12 && g->premium.high_pct == 22);
	assert_string_equal(g->premium.applies_to, "base");
	assert_true(g->premium.included_in_ask);

	s = must_script(g, "Counter Offer (Geneva)");
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_string_equal(s->region, "Geneva");
	assert_string_equal(s->section, "Levers");
	/* Bold title with the colon after the bold run. */
	s = must_script(g, "Agentic Premium");
	assert_int_equal(s->kind, SCRIPT_PREMIUM);
	s = must_script(g, "Relocation (Geneva)");
	assert_int_equal(s->kind, SCRIPT_LEVER);
	s = must_script(g, "Opening Position");
	assert_int_equal(s->kind, SCRIPT_STRATEGY);
	/* A quote in a bullet list, under a level-3 heading. */
	s = must_script(g, "Questions to ask first");
	assert_int_equal(s->kind, SCRIPT_PLAIN);
	assert_int_equal(s->line, 61);

	/* CHF 200K + CHF 50K a year is CHF 1M over four years, not 900K;
	 * the Edinburgh sum (£720K) is right. */
	assert_int_equal(count_diags(g, MATH_PART), 1);
	d = must_diag(g, MATH_PART);
	assert_string_equal(
		d->message,
		"script in 'Counter Offer (Geneva)' says CHF 900K over "
		"four years, but CHF 200K base + CHF 50K/year is "
		"CHF 1M");
	assert_int_equal(d->line, 66);

	assert_string_equal(g->bands[2].words.base,
	                    "Pegged to Edinburgh, minus a tenth");
	assert_string_equal(g->bands[2].words.equity, "Half the hub grant");
	assert_string_equal(g->bands[2].words.bonus, "none");
	assert_string_equal(g->bands[2].words.total, "Depends on the country");
	assert_model_clean(g);
	guide_free(g);
}

/* Three dollar bands, one without numbers, and a Canadian one: the
 * amounts follow the order of the bands that have numbers. */
static void shared_currency_guide(void **state)
{
	struct guide *g = load_file(FIX "shared-currency.md");
	const struct script *s;

	(void)state;
	assert_string_equal(g->bands[0].region, "Austin");
	assert_ask(g->bands[0].target, 200000, 170000, AMOUNT_NONE);
	assert_ask(g->bands[0].floor, 180000, 120000, AMOUNT_NONE);
	assert_string_equal(g->bands[1].region, "Remote US");
	assert_no_ask(&g->bands[1]);
	assert_string_equal(g->bands[2].region, "Denver");
	assert_ask(g->bands[2].target, 185000, 150000, AMOUNT_NONE);
	assert_ask(g->bands[2].floor, 165000, 110000, AMOUNT_NONE);
	assert_string_equal(g->bands[3].region, "Toronto");
	assert_ask(g->bands[3].target, 205000, 140000, AMOUNT_NONE);
	assert_ask(g->bands[3].floor, 180000, 100000, AMOUNT_NONE);

	/* "Premium (10 to 15%)", on the stock grant, not in the ask. */
	assert_true(g->premium.present);
	assert_true(g->premium.low_pct == 10 && g->premium.high_pct == 15);
	assert_string_equal(g->premium.applies_to, "equity");
	assert_false(g->premium.included_in_ask);

	/* Bold-led sections only, so no heading gives a title. */
	assert_null(g->title);
	assert_non_null(find_section(g, "Why the team hires"));
	s = must_script(g, "Scripts for the recruiter call");
	assert_int_equal(s->kind, SCRIPT_PLAIN);
	assert_true(str_starts_with(s->text, "I would rather"));
	s = must_script(g, "Offer in Hand (Toronto)");
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_string_equal(s->region, "Toronto");
	/* Denver's sum is right; Toronto's is not. */
	assert_int_equal(count_diags(g, MATH_PART), 1);
	assert_non_null(must_diag(g, "'Offer in Hand (Toronto)' says CA$700K"));
	s = script_pick(g, "Denver", true, false);
	assert_non_null(s);
	assert_string_equal(s->title, "Offer in Hand (Denver)");
	/* No premium lever: the strategy. */
	s = script_pick(g, NULL, false, true);
	assert_non_null(s);
	assert_int_equal(s->kind, SCRIPT_STRATEGY);
	guide_free(g);
}

/* No premium, no strategy: every ask unknown, scripts still there. */
static void plain_guide(void **state)
{
	struct guide *g = load_file(FIX "plain.md");
	const struct script *s;
	size_t i;

	(void)state;
	for (i = 0; i < g->band_count; i++)
		assert_no_ask(&g->bands[i]);
	assert_false(g->premium.present);
	assert_null(g->premium.applies_to);
	assert_int_equal(g->script_count, 2);
	assert_int_equal(count_kind(g, SCRIPT_PLAIN), 2);
	assert_int_equal(g->diags.count, 0);
	assert_string_equal(g->scripts[0].section, "Talking about crunch");
	assert_string_equal(g->scripts[1].section, "After the offer");
	/* Nothing better to offer: the first script. */
	s = script_pick(g, "Dublin", true, true);
	assert_ptr_equal(s, &g->scripts[0]);
	guide_free(g);
}

/* --- premium forms
 * ------------------------------------------------------------ */

static void premium_of(const char *dna, const char *body, double lo, double hi,
                       const char *on)
{
	struct guide *g = hand_guide(body, NULL, 0);

	if (dna)
		g->dna_summary = xstrdup(dna);
	guide_load_body(g);
	assert_true(g->premium.present);
	assert_true(g->premium.low_pct == lo);
	assert_true(g->premium.high_pct == hi);
	assert_non_null(g->premium.applies_to);
	assert_string_equal(g->premium.applies_to, on);
	guide_free(g);
}

static void premium_forms(void **state)
{
	(void)state;
	premium_of("Cash | **+8-14% AGENTIC AI PREMIUM**", "# T\n", 8, 14,
	           "equity");
	premium_of("Cash | **+8--14% AGENTIC AI PREMIUM**", "", 8, 14,
	           "equity");
	premium_of(NULL,
	           "Agents earn a **+5 to 9% Agentic AI Premium** here.\n", 5,
	           9, "equity");
	premium_of(NULL, "A 12–18% premium is paid on total compensation.\n",
	           12, 18, "total");
	premium_of(NULL, "The Premium (6–11%) sits on top of base salary.\n", 6,
	           11, "base");
	premium_of(NULL, "A flat 7% premium applies to the RSU grant.\n", 7, 7,
	           "equity");
}

static void premium_absent_or_set(void **state)
{
	struct guide *g;

	(void)state;
	/* A percentage far from the word is not a premium tag. */
	g = hand_guide("Bonus is 15% of base. There is no premium for agents "
	               "in this company at all.\n",
	               NULL, 0);
	guide_load_body(g);
	assert_false(g->premium.present);
	guide_free(g);
	/* The front matter's premium wins over the body. */
	g = hand_guide("**+20–35% AGENTIC AI PREMIUM**\n", NULL, 0);
	g->premium.from_front_matter = true;
	g->premium.present = true;
	g->premium.low_pct = 3;
	g->premium.high_pct = 4;
	guide_load_body(g);
	assert_true(g->premium.low_pct == 3 && g->premium.high_pct == 4);
	assert_null(g->premium.applies_to);
	guide_free(g);
}

/* --- strategy details -------------------------------------------------------
 */

static void strategy_rules(void **state)
{
	static const char *const bands[] = {"Lyon:EUR:70000", "Nice:EUR:65000"};
	static const char body[] =
		"> **Plan:** \"I want to be fair with you about where I stand "
		"here. My ask is €90K / €85K base with €40K / €30K equity over "
		"four years. My floor is €80K / €75K base with €20K "
		"equity.\"\n";
	struct guide *g = hand_guide(body, bands, 2);

	(void)state;
	/* Already set by the front matter: kept, but the order still holds. */
	g->bands[0].floor_from_front_matter = true;
	g->bands[0].floor->base = 1;
	guide_load_body(g);
	assert_ask(g->bands[0].target, 90000, 40000, AMOUNT_NONE);
	assert_ask(g->bands[1].target, 85000, 30000, AMOUNT_NONE);
	assert_true(g->bands[0].floor->base == 1);
	assert_true(g->bands[1].floor->base == 75000);
	assert_true(g->bands[0].floor->equity == AMOUNT_NONE);
	assert_true(g->bands[1].floor->equity == AMOUNT_NONE);
	assert_int_equal(g->script_count, 1);
	assert_int_equal(g->scripts[0].kind, SCRIPT_STRATEGY);
	assert_string_equal(g->scripts[0].title, "Plan");
	guide_free(g);
}

/* A bold-led quote that states no ask is not the strategy. */
static void callout_is_not_strategy(void **state)
{
	static const char *const bands[] = {"Oslo:NOK:700000"};
	static const char body[] =
		"> **Note:** \"remember that every figure in this section is a "
		"yearly amount before tax and pension\"\n";
	struct guide *g = hand_guide(body, bands, 1);

	(void)state;
	guide_load_body(g);
	assert_int_equal(g->script_count, 1);
	assert_int_equal(g->scripts[0].kind, SCRIPT_PLAIN);
	assert_no_ask(&g->bands[0]);
	guide_free(g);
}

static void arithmetic_forms(void **state)
{
	static const char body[] =
		"## Offers\n\n"
		"\"They offered ₹40L? no: they offered $100K base with $20K a "
		"year "
		"in stock, which is $480K over four years in all.\"\n\n"
		"\"The second offer was $100K base with $25K annually in RSUs, "
		"so $400K guaranteed over 4 years all told.\"\n\n"
		"\"A third one came in at $100K base with $50K/year equity, "
		"which I make $604K over four years, close enough.\"\n\n"
		"\"The fourth mixed currencies: €100K base with $50K/year "
		"equity "
		"and €200K over four years in the end.\"\n";
	struct guide *g = hand_guide(body, NULL, 0);
	const struct diag *d;

	(void)state;
	guide_load_body(g);
	assert_int_equal(g->script_count, 4);
	/* $480K is right and $604K within 2% of $600K; $400K is wrong
	 * ($500K); mixed currencies are never added. */
	assert_int_equal(count_diags(g, MATH_PART), 1);
	d = must_diag(g, MATH_PART);
	assert_string_equal(
		d->message,
		"script in 'Offers' says $400K over four years, but "
		"$100K base + $25K/year is $500K");
	assert_int_equal(d->line, 5);
	guide_free(g);
}

/* A body full of wrong sums lists some and counts the rest. */
static void arithmetic_cap(void **state)
{
	static const char claim[] =
		"\"one more offer of $100K base with $10K/year stock, which is "
		"$100K over four years\"\n\n";
	char *s = repeat(claim, 60, "");
	struct guide *g = hand_guide(s, NULL, 0);
	const struct diag *d;

	(void)state;
	guide_load_body(g);
	assert_int_equal(g->script_count, 60);
	assert_int_equal(count_diags(g, MATH_PART), 50);
	d = must_diag(g, "more wrong four-year sums");
	assert_string_equal(
		d->message,
		"10 more wrong four-year sums in scripts not listed");
	guide_free(g);
	free(s);
}

/* --- hostile bodies
 * ----------------------------------------------------------- */

static void check_deep(const char *body)
{
	struct guide *g = hand_guide(body, NULL, 0);

	guide_load_body(g);
	assert_int_equal(count_diags(g, "nested more than"), 1);
	/* The shallow script after the deep part is still found. */
	assert_non_null(find_script(g, "After"));
	assert_model_clean(g);
	guide_free(g);
}

static void deep_nesting(void **state)
{
	static const char after[] = " deep\n\n## After\n\n\"this quote sits "
				    "after the deep part and "
				    "must still be read\"\n";
	char *s;
	struct strbuf sb;
	size_t i;

	(void)state;
	s = repeat(">", 50000, after);
	check_deep(s);
	free(s);
	s = repeat("- ", 50000, after);
	check_deep(s);
	free(s);
	s = repeat("1. ", 50000, after);
	check_deep(s);
	free(s);
	s = repeat("> - ", 25000, after);
	check_deep(s);
	free(s);
	/* Lists nested by indentation, one level a line. */
	sb_init(&sb);
	for (i = 0; i < 1000; i++) {
		size_t k;

		for (k = 0; k < i * 2; k++)
			sb_addc(&sb, ' ');
		sb_adds(&sb, "- item\n");
	}
	sb_adds(&sb, after);
	check_deep(sb.data);
	sb_free(&sb);
	/* Emphasis nested inside one paragraph: cmark-gfm would need over
	 * 60 times its size for it, past the bound on its memory (issue
	 * 13.15): that paragraph is left out, and said so, and the section
	 * after it is read. */
	s = repeat("*a _b ", 20000, after);
	{
		struct guide *g = hand_guide(s, NULL, 0);

		guide_load_body(g);
		assert_int_equal(count_diags(g, "not read: cmark-gfm would "
		                                "need more than"),
		                 1);
		assert_false(g->body_refused);
		assert_non_null(find_script(g, "After"));
		guide_free(g);
	}
	free(s);
}

static void pathological_tables_and_links(void **state)
{
	char *s;
	struct guide *g;

	(void)state;
	/* A header row thousands of columns wide. */
	s = repeat("|", 20000, "\n|-|\n|x|\n");
	g = hand_guide(s, NULL, 0);
	guide_load_body(g);
	assert_int_equal(count_diags(g, "body not read"), 1);
	assert_int_equal(g->script_count, 0);
	/* Readers are told not to parse it either. */
	assert_true(g->body_refused);
	guide_free(g);
	free(s);
	/* Over-deep lines are blanked in the body kept, so a reader parsing
	 * it meets the same limits; the rest is parsed as usual. */
	s = repeat(">", 50000,
	           " deep\n\n\"a quote with enough words to count "
	           "as a script\"\n");
	g = hand_guide(s, NULL, 0);
	guide_load_body(g);
	assert_false(g->body_refused);
	assert_null(strstr(g->body, ">>>>"));
	assert_int_equal(g->script_count, 1);
	guide_free(g);
	free(s);
	/* Short rows padded out to a wide header. */
	{
		struct strbuf sb;
		size_t i;

		sb_init(&sb);
		for (i = 0; i < 100; i++)
			sb_adds(&sb, "|a");
		sb_adds(&sb, "|\n");
		for (i = 0; i < 100; i++)
			sb_adds(&sb, "|-");
		sb_adds(&sb, "|\n");
		for (i = 0; i < 20000; i++)
			sb_adds(&sb, "x\n");
		g = hand_guide(sb.data, NULL, 0);
		guide_load_body(g);
		assert_int_equal(count_diags(g, "body not read"), 1);
		guide_free(g);
		sb_free(&sb);
	}
	/* Image and link openers by the thousand. */
	s = repeat("![[]()", 50000, "\n");
	g = hand_guide(s, NULL, 0);
	guide_load_body(g);
	assert_int_equal(count_diags(g, "body not read"), 1);
	guide_free(g);
	free(s);
	/* The same figures in separate paragraphs are fine. */
	s = repeat("![a](b) [c]\n\n", 2000,
	           "\"eight words of script follow this "
	           "many links right here\"\n");
	g = hand_guide(s, NULL, 0);
	guide_load_body(g);
	assert_int_equal(count_diags(g, "body not read"), 0);
	assert_int_equal(g->script_count, 1);
	guide_free(g);
	free(s);
}

/* cmark-gfm's memory is bounded (issue 13.15): 16 times the text and
 * 4 MiB.  A body past it is read piece by piece, heading to heading; the
 * piece past its own bound is left out, said with its lines, and the
 * rest is read with its file lines right. */
static void memory_bound(void **state)
{
	struct strbuf sb;
	int table_line, after_line;

	(void)state;
	sb_init(&sb);
	sb_adds(&sb, "# Guide\n\n## Before\n\n\"a script before the table, "
	             "eight words long or more\"\n\n## Table\n\n");
	table_line = 7;
	for (int i = 0; i < 100; i++)
		sb_adds(&sb, "|c");
	sb_adds(&sb, "|\n");
	for (int i = 0; i < 100; i++)
		sb_adds(&sb, "|-");
	sb_adds(&sb, "|\n");
	/* 3,000 rows of one-character cells: about 600 KB, which cmark-gfm
	 * would turn into some 60 MB. */
	for (int r = 0; r < 3000; r++) {
		for (int i = 0; i < 100; i++)
			sb_adds(&sb, "|x");
		sb_adds(&sb, "|\n");
	}
	sb_adds(&sb, "\n## After\n\n\"a script after the table, eight "
	             "words long or more\"\n");
	after_line = table_line + 2 + 2 + 3000 + 1 + 2;

	/* The whole, parsed alone: stopped at the bound, nothing kept. */
	struct markdown_tree tree;
	size_t needed = 0;
	assert_false(
		markdown_tree_parse(sb.data, sb.len, true, &tree, &needed));
	assert_null(tree.doc);
	assert_true(needed > markdown_memory_bound(sb.len));
	assert_true(needed < markdown_memory_bound(sb.len) + 1024 * 1024);

	struct guide *g = hand_guide(sb.data, NULL, 0);
	guide_load_body(g);
	assert_false(g->body_refused);
	assert_int_equal(count_diags(g, "not read: cmark-gfm would need more "
	                                "than"),
	                 1);
	bool named = false;
	char want[64];
	/* The piece: from its heading to the blank line before "## After". */
	snprintf(want, sizeof want, "lines %d to %d not read", table_line,
	         after_line - 3);
	for (size_t i = 0; i < g->diags.count; i++)
		if (strstr(g->diags.items[i].message, want) &&
		    g->diags.items[i].line == table_line)
			named = true;
	assert_true(named);
	const struct script *before = find_script(g, "Before");
	const struct script *after = find_script(g, "After");
	/* Found (-1: not), each on its file line. */
	assert_int_equal(before ? before->line : -1, 5);
	assert_int_equal(after ? after->line : -1, after_line);
	guide_free(g);
	sb_free(&sb);

	/* A guide of ordinary size is parsed whole, its memory counted. */
	struct diag_list errs = {0};
	g = guide_load("data/guides/hugging-face--ml-ai-engineer.md", &errs);
	assert_non_null(g);
	diag_list_free(&errs);
	guide_load_body(g);
	assert_int_equal(count_diags(g, "not read"), 0);
	assert_true(markdown_tree_parse(g->body, strlen(g->body), true, &tree,
	                                NULL));
	assert_non_null(tree.doc);
	assert_true(tree.peak > strlen(g->body));
	assert_true(tree.peak <= markdown_memory_bound(strlen(g->body)));
	markdown_tree_free(&tree);
	guide_free(g);
}

/* Pieces end before a heading at the start of a line, never inside a
 * code fence. */
static void memory_pieces(void **state)
{
	static const char text[] = "# A\ntext\n```\n# not a heading\n~~~\n"
				   "```\n#nor this\n  # nor this\n"
				   "# B\n~~~~\n# inside\n~~~~~\n## C\n";
	size_t len = sizeof text - 1;
	size_t b = markdown_piece_end(text, len, 0);
	size_t c = markdown_piece_end(text, len, b);

	(void)state;
	assert_string_equal(text + b, "# B\n~~~~\n# inside\n~~~~~\n## C\n");
	assert_string_equal(text + c, "## C\n");
	assert_int_equal(markdown_piece_end(text, len, c), len);
}

static void control_characters(void **state)
{
	static const char *const bands[] = {"Lisbon:EUR:50000"};
	static const char body[] =
		"## Bell\x07 and \x1b[31mred\x1b[0m\n\n"
		"1. **Offer (Lisbon)\x1b]0;x\x07:** \"I was offered "
		"\x1b[2J€60K "
		"base\x07 with €10K/year stock, which is €280K over four "
		"years.\"\n\n"
		"| Region | Base |\n|---|---|\n| Lisbon | \x1b[1m€50K\x1b[0m "
		"|\n";
	struct guide *g = hand_guide(body, bands, 1);
	const struct script *s;
	size_t i;

	(void)state;
	guide_load_body(g);
	assert_model_clean(g);
	assert_int_equal(g->script_count, 1);
	s = &g->scripts[0];
	assert_null(strchr(s->text, '\x1b'));
	assert_null(strchr(s->text, '\x07'));
	assert_null(strchr(s->title, '\x1b'));
	assert_string_equal(s->region, "Lisbon");
	assert_int_equal(s->kind, SCRIPT_COMPETING);
	assert_non_null(g->bands[0].words.base);
	assert_true(text_is_clean(g->bands[0].words.base, false));
	for (i = 0; i < g->section_count; i++)
		assert_null(strchr(g->sections[i].title, '\x1b'));
	assert_int_equal(count_diags(g, MATH_PART), 0);
	guide_free(g);
}

/* The same through the loader, which cleans the body first. */
static void control_characters_loaded(void **state)
{
	static const char file[] =
		"---\ncompany: c\nrole: r\ncompensation:\n"
		"  - region: Porto\n    currency: EUR\n    base_low: 40000\n"
		"    base_high: 50000\n---\n"
		"## Porto\x1b[5m notes\n\n"
		"\"please \x1b]52;c;AAAA\x07 read this carefully in Porto and "
		"then ring me back\"\n";
	struct diag_list errs = {0};
	struct guide *g =
		guide_load_buffer("mem.md", file, sizeof file - 1, &errs);

	(void)state;
	assert_non_null(g);
	guide_load_body(g);
	assert_int_equal(g->script_count, 1);
	assert_true(text_is_clean(g->scripts[0].text, false));
	assert_null(strchr(g->scripts[0].text, '\x1b'));
	assert_int_equal(g->scripts[0].line, 12);
	assert_string_equal(g->scripts[0].region, "Porto");
	assert_model_clean(g);
	guide_free(g);
	diag_list_free(&errs);
}

static void empty_and_odd_bodies(void **state)
{
	static const char *const bodies[] = {
		"",
		"\n\n\n",
		"\"",
		"\"unclosed quote with many many words in it here",
		"“curly never closed with a great many words in it",
		"> ",
		"1.",
		"| a |\n|---|\n",
		"**",
		"> **Title:**",
		"1. **:**",
		"# \n",
		"> **T:** ask floor base equity € $ / / /",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bodies / sizeof *bodies; i++) {
		struct guide *g = hand_guide(bodies[i], NULL, 0);

		guide_load_body(g);
		assert_true(g->body_loaded);
		assert_int_equal(g->script_count, 0);
		assert_model_clean(g);
		assert_null(script_pick(g, NULL, true, true));
		guide_free(g);
	}
	/* A body not loaded: the pick finds nothing and loads nothing
	 * (loading is the caller's, never a keystroke's). */
	{
		struct guide *g = xcalloc(1, sizeof *g);

		assert_null(script_pick(g, "x", true, true));
		assert_false(g->body_loaded);
		guide_free(g);
	}
}

int main(void)
{
	const struct CMUnitTest seed[] = {
		cmocka_unit_test(seed_target_and_floor),
		cmocka_unit_test(seed_premium),
		cmocka_unit_test(seed_levers),
		cmocka_unit_test(seed_plain_scripts),
		cmocka_unit_test(seed_sections),
		cmocka_unit_test(seed_arithmetic),
		cmocka_unit_test(seed_band_words),
		cmocka_unit_test(seed_pick),
		cmocka_unit_test(seed_loads_once),
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(headings_guide),
		cmocka_unit_test(shared_currency_guide),
		cmocka_unit_test(plain_guide),
		cmocka_unit_test(premium_forms),
		cmocka_unit_test(premium_absent_or_set),
		cmocka_unit_test(strategy_rules),
		cmocka_unit_test(callout_is_not_strategy),
		cmocka_unit_test(arithmetic_forms),
		cmocka_unit_test(arithmetic_cap),
		cmocka_unit_test(deep_nesting),
		cmocka_unit_test(pathological_tables_and_links),
		cmocka_unit_test(memory_bound),
		cmocka_unit_test(memory_pieces),
		cmocka_unit_test(control_characters),
		cmocka_unit_test(control_characters_loaded),
		cmocka_unit_test(empty_and_odd_bodies),
	};
	int failed = cmocka_run_group_tests_name("body: seed", seed, seed_setup,
	                                         seed_teardown);

	return failed + cmocka_run_group_tests_name("body", tests, NULL, NULL);
}
