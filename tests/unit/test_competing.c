/* Unit tests: scripts speak only the user's facts.  A competitor a
 * script names, and its figures, become the user's offers or are marked
 * for the user to check (competing.c, fill.c); the guide's own ask and
 * floor stay.  The sentences here are our own; the corpus test reads the
 * real guides in ../shared/corpus (skipped with a message when absent;
 * a program of its own, below). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "negotiator/competing.h"
#include "negotiator/fill.h"
#include "negotiator/guide_load.h"
#include "negotiator/library.h"
#include "negotiator/text.h"
#include "reader/prose_scan.h"

#define CORPUS "../shared/corpus/negotiateup"

#ifndef NEGOTIATOR_CORPUS

static struct band band_usd(void)
{
	struct band b;
	memset(&b, 0, sizeof b);
	b.region = (char *)"Austin";
	memcpy(b.currency.code, "USD", 4);
	b.base_low = b.base_high = b.stock_low = b.stock_high = AMOUNT_NONE;
	b.total_low = b.total_high = AMOUNT_NONE;
	b.bonus_pct = -1;
	/* The asks live beside the band (one band of this kind at a
	 * time in these tests). */
	static struct ask ask[3];
	ask[0] = (struct ask){
		.base = 210000, .equity = 300000, .sign_on = AMOUNT_NONE};
	ask[1] = (struct ask){
		.base = 190000, .equity = 250000, .sign_on = AMOUNT_NONE};
	ask[2] = (struct ask){0};
	b.target = &ask[0], b.floor = &ask[1], b.counter = &ask[2];
	return b;
}

static struct guide guide_of(struct band *b)
{
	struct guide g;
	memset(&g, 0, sizeof g);
	g.company = (char *)"quillfeather";
	g.company_display = (char *)"Quillfeather";
	g.bands = b;
	g.band_count = 1;
	return g;
}

static char *fill(const char *text, const struct guide *g,
                  const struct fill_offer *offers, size_t n)
{
	struct filled_script f;
	struct fill_input in = {.guide = g,
	                        .band = &g->bands[0],
	                        .offers = offers,
	                        .offer_count = n};
	fill_script(text, &in, &f);
	char *s = f.text;
	f.text = NULL; /* the caller's */
	fill_script_free(&f);
	return s;
}

/* needle in s other than right after "[check: ". */
static bool said_bare(const char *s, const char *needle)
{
	for (const char *p = s; (p = strstr(p, needle)); p++)
		if (p - s < 8 || strncmp(p - 8, "[check: ", 8) != 0)
			return true;
	return false;
}

static void test_names_and_figures(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *text =
		"Brightloom is offering me $240K base with $360K RSU/4yr. "
		"I also hold a Vantawave offer at $230K / $80K RSU/yr. "
		"My ask is $210K base and $300K equity; Quillfeather's mission "
		"matters to me.";
	/* No offers of the user's: every competitor's name and figure is a
	 * placeholder; the ask and the company's own name stay. */
	char *s = fill(text, &g, NULL, 0);
	assert_null(strstr(s, "Brightloom"));
	assert_null(strstr(s, "Vantawave"));
	/* The competitors' figures are said only inside a mark. */
	assert_false(said_bare(s, "$240K"));
	assert_false(said_bare(s, "$80K"));
	assert_non_null(strstr(s, "[competing company] is offering me"));
	assert_non_null(strstr(s, "[check: $240K] base"));
	assert_non_null(strstr(s, "[competing company 2] offer"));
	assert_non_null(strstr(s, "My ask is $210K base and $300K equity"));
	assert_non_null(strstr(s, "Quillfeather's mission"));
	free(s);
	/* Two offers of the user's: names and figures, part by part. */
	struct offer_result a, c;
	memset(&a, 0, sizeof a);
	memset(&c, 0, sizeof c);
	a.base = 250000, a.equity_4y = 400000;
	c.base = 220000, c.equity_4y = 200000;
	struct fill_offer mine[] = {{"Ridgeway", &a}, {"Calder", &c}};
	s = fill(text, &g, mine, 2);
	assert_non_null(strstr(s, "Ridgeway is offering me $250K base with "
	                          "$400K RSU/4yr."));
	assert_non_null(strstr(s, "a Calder offer at $220K / $50K RSU/yr"));
	assert_non_null(strstr(s, "My ask is $210K base and $300K equity"));
	free(s);
}

/* A currency's code before an amount names no company: the guide's own
 * ask in a second region's currency stays as written. */
static void test_currency_codes(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *text =
		"My ask is $210K / CHF 250K base with $300K / CHF 380K equity, "
		"and a sign-on of $20K / SGD 30K.";
	char *s = fill(text, &g, NULL, 0);
	assert_null(strstr(s, "competing company"));
	assert_non_null(strstr(s, "$210K / CHF 250K base"));
	assert_non_null(strstr(s, "$20K / SGD 30K"));
	free(s);
	/* A real competitor beside a code is still found. */
	text = "Brightloom is offering me CHF 240K base. My ask is CHF 250K.";
	s = fill(text, &g, NULL, 0);
	assert_null(strstr(s, "Brightloom"));
	/* ... and the ask in francs, shown for a region paid in dollars, is
	 * another region's figure: marked, not said as this one's. */
	assert_non_null(strstr(s, "My ask is [check: CHF 250K]"));
	free(s);
}

static void test_examples_and_marks(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *text =
		"I have competing offers from [Brightloom at $300K TC / "
		"Vantawave at $290K TC]. "
		"Competing teams at [Brightloom/Vantawave] pay more. "
		"[Rival] has offered me $200K base. "
		"My competing offers average $310K in some way.";
	char *s = fill(text, &g, NULL, 0);
	assert_non_null(strstr(s, "from [competing offers]."));
	assert_non_null(strstr(s, "at [competing companies] pay"));
	assert_non_null(
		strstr(s, "[Rival] has offered me [check: $200K] base"));
	assert_non_null(strstr(s, "average [check: $310K]"));
	assert_null(strstr(s, "Brightloom"));
	free(s);
	struct offer_result a;
	memset(&a, 0, sizeof a);
	a.base = 250000, a.equity_4y = 400000, a.annual_total = 350000;
	struct fill_offer mine[] = {{"Ridgeway", &a}};
	s = fill(text, &g, mine, 1);
	assert_non_null(strstr(s, "from Ridgeway at $250K base with $100K a "
	                          "year in equity."));
	assert_non_null(strstr(s, "Ridgeway has offered me $250K base"));
	/* Unplaced but in the user's currency: the offer the counter
	 * answers; the figure's part unknown: still marked. */
	assert_non_null(strstr(s, "average [check: $310K]"));
	free(s);
}

/* No placeholder in the text the user could not answer: each
 * "[competing company...]" is one of f's keys. */
static void assert_keys_cover(const struct filled_script *f)
{
	for (const char *p = f->text; (p = strstr(p, "[competing ")); p++) {
		size_t n = strcspn(p, "]") + 1;
		bool key = false;
		for (size_t k = 0; k < f->key_count && !key; k++)
			key = strlen(f->keys[k]) == n &&
			      strncmp(f->keys[k], p, n) == 0;
		if (!key)
			fail_msg("placeholder %.*s is not a key", (int)n, p);
	}
}

/* text filled with no offers of the user's: no company was found in
 * it, and word stands as written (a competitor's figure may be marked). */
static void assert_untouched(const struct guide *g, const char *text,
                             const char *word)
{
	char *s = fill(text, g, NULL, 0);
	if (strstr(s, "[competing") || !strstr(s, word))
		fail_msg("%s filled as a company: %s", word, s);
	free(s);
}

/* Words that look like names and are not: the sentence stays as written
 * around them; the real competitor beside them is still replaced. */
static void test_look_alike_names(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	/* A connective or an adverb opening the sentence. */
	char *s = fill("My ask stands. Additionally, Brightloom is offering "
	               "me $240K base. Frankly, Vantawave pays $255K base.",
	               &g, NULL, 0);
	assert_non_null(
		strstr(s, "Additionally, [competing company] is offering"));
	assert_non_null(strstr(
		s, "Frankly, [competing company 2] pays [check: $255K]"));
	free(s);
	/* A request verb opening the sentence. */
	assert_untouched(&g, "Push for $90K in RSUs over four years.", "Push");
	assert_untouched(&g, "Grant me equity of $300K; I bring the team.",
	                 "Grant me");
	/* An exchange and the ticker after it, and that ticker elsewhere. */
	assert_untouched(&g,
	                 "Quillfeather trades as NYSE: QFTR, so its "
	                 "equity is liquid. QFTR stock has tripled.",
	                 "NYSE: QFTR, so its equity is liquid. QFTR stock");
	assert_untouched(&g, "On TSX: QFTR, my equity grants trade freely.",
	                 "On TSX: QFTR,");
	/* A pay term in capitals; a ticker the guide gives elsewhere. */
	assert_untouched(&g, "My competing offer is $300K OTE.", "$300K OTE");
	assert_untouched(&g,
	                 "AV engineers in SoCal hold competing offers at "
	                 "$260K base.",
	                 "AV engineers in SoCal");
	/* (One sentence: ';' ends one, as everywhere in the reader.) */
	const char *ticker = "A competing offer pays $260K base, and QFTR "
			     "equity has doubled since.";
	s = fill(ticker, &g, NULL, 0);
	assert_null(strstr(s, "QFTR")); /* unknown: taken for a rival */
	free(s);
	g.body = (char *)"Quillfeather is listed (NASDAQ: QFTR) since 2021.";
	assert_untouched(&g, ticker, "QFTR equity");
	g.body = NULL;
	/* Months and days. */
	s = fill("In March, Brightloom offered me $240K base.", &g, NULL, 0);
	assert_non_null(strstr(s, "In March, [competing company] offered me"));
	free(s);
	/* Titles in the plural, skills and technologies. */
	s = fill("PMs at Brightloom earn $300K TC.", &g, NULL, 0);
	assert_non_null(strstr(s, "PMs at [competing company] earn"));
	free(s);
	assert_untouched(&g,
	                 "My GenAI and LLM work is rare, so my competing "
	                 "offer pays $260K base.",
	                 "My GenAI and LLM work");
	/* A hyphen adjective, a web address. */
	assert_untouched(&g,
	                 "My Rust-heavy record and a competing offer at "
	                 "$250K base say the same.",
	                 "My Rust-heavy record");
	assert_untouched(&g,
	                 "Pay tables on Wagebook.io show a competing "
	                 "offer at $250K base.",
	                 "on Wagebook.io show");
	/* A word the script also writes in lower case. */
	assert_untouched(&g,
	                 "This is a keystone hire: the Keystone band "
	                 "of my other offer pays $250K base.",
	                 "the Keystone band");
}

/* The body's tickers are read once per body (issue 18: an offer
 * keystroke read the whole body again): a body changed in place, at the
 * same address and of the same length, is read again. */
static void test_body_tickers_follow_the_body(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *text = "A competing offer pays $260K base, and WRNE "
			   "equity has doubled since.";
	char body[] = "Quillfeather is listed (NASDAQ: WRNE) since 2021.";
	g.body = body;
	assert_untouched(&g, text, "WRNE equity");
	assert_untouched(&g, text, "WRNE equity"); /* read from the memo */
	/* The same bytes' place, another ticker: WRNE is a name again. */
	memcpy(strstr(body, "WRNE"), "KSTL", 4);
	char *s = fill(text, &g, NULL, 0);
	assert_null(strstr(s, "WRNE"));
	free(s);
	assert_untouched(&g,
	                 "A competing offer pays $260K base, and KSTL "
	                 "equity has doubled since.",
	                 "KSTL equity");
	/* Another body at another address, then the first one again. */
	char other[] = "Quillfeather has not listed its shares.";
	g.body = other;
	s = fill(text, &g, NULL, 0);
	assert_null(strstr(s, "WRNE"));
	free(s);
	memcpy(strstr(body, "KSTL"), "WRNE", 4);
	g.body = body;
	assert_untouched(&g, text, "WRNE equity");
}

/* A script's competitors are found once per script and guide (issue
 * 18: at every offer keystroke they were found again): each thing the
 * finder reads of the guide, changed in place (the same structs, the same
 * script), is read again: its ask, its company's name, a region's name. */
static void test_finds_again_when_the_guide_changes(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *ask = "Brightloom offered me $240K base, and my ask is "
			  "$210K base.";
	char *s = fill(ask, &g, NULL, 0);
	assert_non_null(strstr(s, "my ask is $210K base")); /* the guide's */
	free(s);
	b.target->base = 215000; /* $210K is no ask of the guide's now */
	s = fill(ask, &g, NULL, 0);
	assert_non_null(strstr(s, "my ask is [check: $210K] base"));
	free(s);
	b.target->base = 210000;

	const char *named = "Brightloom offered me $240K base.";
	s = fill(named, &g, NULL, 0);
	assert_null(strstr(s, "Brightloom"));
	free(s);
	g.company = (char *)"brightloom";
	g.company_display = (char *)"Brightloom";
	assert_untouched(&g, named, "Brightloom offered me");
	g = guide_of(&b);

	/* Several scripts in turn (the one that fits changes as the offer
	 * moves), more than are kept: each is its own, every time. */
	const char *scripts[] = {
		"Brightloom offered me $240K base.",
		"Vantawave offered me $230K base.",
		"Ossory Labs offered me $220K base.",
		"Kelpie offered me $270K base.",
		"Marrowind offered me $260K base.",
		"Brightloom offered me $240K base, and my ask is $210K base."};
	for (int round = 0; round < 3; round++)
		for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
			s = fill(scripts[(i * 5 + (size_t)round) % 6], &g, NULL,
			         0);
			assert_non_null(
				strstr(s, "[competing company] offered"));
			char figure[40];
			memcpy(figure,
			       strstr(scripts[(i * 5 + (size_t)round) % 6],
			              "$2"),
			       5);
			figure[5] = '\0';
			if (said_bare(s, figure))
				fail_msg("%s: %s", figure, s);
			free(s);
		}

	const char *place = "My competing offer in Tallinn pays $240K base.";
	s = fill(place, &g, NULL, 0);
	assert_null(strstr(s, "Tallinn"));
	free(s);
	b.region = (char *)"Tallinn";
	assert_untouched(&g, place, "offer in Tallinn pays");
}

/* Issue 16: tickers with no exchange beside them, yardsticks made with
 * a hyphen, and the names of things (a premium, a plan, a vision) are
 * no competitors: the sentence stays as written around them. */
static void test_tickers_yardsticks_things(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	/* A ticker in parentheses, or after "ticker" or "symbol", here or
	 * anywhere else in the text. */
	assert_untouched(&g,
	                 "Saltmarsh (SLTM) grants RSUs; a competing offer "
	                 "pays $250K base, and SLTM stock is liquid.",
	                 "SLTM stock is liquid");
	assert_untouched(&g,
	                 "Its ticker: QFTR. A competing offer pays $250K "
	                 "base, and QFTR equity vests monthly.",
	                 "QFTR equity vests");
	assert_untouched(&g,
	                 "Under the symbol KLNE it trades daily; my competing "
	                 "offer pays $250K base in KLNE stock.",
	                 "in KLNE stock");
	/* Capitals that spell the words before them are a short name, not
	 * a ticker: still a competitor. */
	char *s = fill("Northwind Data Services (NDS) offered me $240K base. "
	               "NDS is at $240K base.",
	               &g, NULL, 0);
	assert_null(strstr(s, "NDS is at"));
	free(s);
	/* Yardsticks: a word before "-level", "-style", "-adjacent". */
	assert_untouched(&g,
	                 "My equity must match Brightloom-level offers at "
	                 "$250K base.",
	                 "Brightloom-level offers");
	assert_untouched(&g,
	                 "I hold FAANG-style competing offers at $250K base.",
	                 "FAANG-style competing offers");
	assert_untouched(&g,
	                 "A competing offer at $250K base is what Big Tech "
	                 "Senior-level roles pay.",
	                 "Big Tech Senior-level roles");
	/* A hyphenated word joined to more capitalised words; a run ending
	 * in a thing word or before one. */
	assert_untouched(&g,
	                 "As a Deep-Tech Fintech hire, my competing offer is "
	                 "$250K base.",
	                 "Deep-Tech Fintech");
	assert_untouched(&g,
	                 "With a competing offer at $250K base, I ask for "
	                 "the Quickstart Launch Premium too.",
	                 "the Quickstart Launch Premium");
	assert_untouched(&g,
	                 "The Harbor Beacon vision is why I pass on a "
	                 "competing offer at $250K base.",
	                 "The Harbor Beacon vision");
	assert_untouched(&g,
	                 "A Growth-Share bonus plus a competing offer at "
	                 "$250K base.",
	                 "A Growth-Share bonus");
	/* A request opening the sentence. */
	assert_untouched(&g, "Confirm the competing offer of $250K base holds.",
	                 "Confirm the competing offer");
	/* A level's range after a real competitor stays part of its name. */
	s = fill("My competing offer is from Brightloom L3-L4 at $250K base.",
	         &g, NULL, 0);
	assert_null(strstr(s, "Brightloom"));
	free(s);
}

/* The user's offer takes the place of the competitor of its name, the
 * others take the offers left in order, and what is left stays a
 * placeholder that `a` offers. */
static void test_offers_by_name(void **state)
{
	(void)state;
	struct band b = band_usd();
	struct guide g = guide_of(&b);
	const char *text = "Brightloom is offering me $240K base. "
			   "Vantawave Labs offered $230K base. "
			   "Metaview pays $250K base.";
	struct offer_result a, c;
	memset(&a, 0, sizeof a);
	memset(&c, 0, sizeof c);
	a.base = 220000, c.base = 260000;
	struct fill_offer mine[] = {{"vantawave", &a}, {"Ridgeway", &c}};
	struct filled_script f;
	struct fill_input in = {
		.guide = &g, .band = &b, .offers = mine, .offer_count = 2};
	fill_script(text, &in, &f);
	assert_non_null(strstr(f.text, "Ridgeway is offering me $260K base"));
	assert_non_null(strstr(f.text, "vantawave offered $220K base"));
	assert_non_null(strstr(f.text, "[competing company 3] pays"));
	assert_keys_cover(&f);
	fill_script_free(&f);
	/* "Meta" is not "Metaview": a name matches by whole words only. */
	struct fill_offer meta[] = {{"Meta", &a}};
	in.offers = meta, in.offer_count = 1;
	fill_script("Metaview pays $245K base. Brightloom offered $240K base.",
	            &in, &f);
	assert_non_null(strstr(f.text, "Meta pays $220K base"));
	assert_non_null(strstr(f.text, "[competing company 2] offered"));
	assert_null(strstr(f.text, "Metaview"));
	assert_keys_cover(&f);
	fill_script_free(&f);
	in.offers = NULL, in.offer_count = 0;
	fill_script(text, &in, &f);
	assert_keys_cover(&f);
	assert_int_equal(f.key_count, 3);
	fill_script_free(&f);
}

#else
/* --- the corpus ----------------------------------------------------------- */
/* Built into its own program (NEGOTIATOR_CORPUS: the Makefile's
 * build/.../tests/corpus/test_competing), which `make corpus` runs, and
 * `make check` where ../shared is: a loop over every guide of the corpus
 * is not a unit test. */

/* The companies of every guide: the names a script could quote. */
struct names {
	const char **v;
	size_t n, cap;
};

static bool plain(const char *name)
{
	/* Company names that are also words a sentence may start with. */
	static const char *const words[] = {
		"Box",   "Arm",    "Compass", "Elastic", "Square",
		"Block", "Notion", "Linear",  "Scale",   "Ramp",
		"Plaid", "Cruise", "Discord", "Chime"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcmp(name, words[i]) == 0)
			return true;
	return strlen(name) < 3;
}

/* name as a whole word in s[0..n), outside [brackets]. */
static bool names_in(const char *s, size_t n, const char *name)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k <= n; i++) {
		if (memcmp(s + i, name, k) != 0)
			continue;
		if ((i > 0 && isalnum((unsigned char)s[i - 1])) ||
		    (i + k < n && isalnum((unsigned char)s[i + k])))
			continue;
		/* A yardstick made of the name ("Google-adjacent offers")
		 * names no competitor: it stays as written. */
		if (i + k + 1 < n && s[i + k] == '-' &&
		    islower((unsigned char)s[i + k + 1]))
			continue;
		size_t depth = 0;
		for (size_t j = 0; j < i; j++)
			depth += s[j] == '[' ? 1
			                     : (s[j] == ']' && depth ? -1 : 0);
		if (depth == 0)
			return true;
	}
	return false;
}

/* A sentence that may state a competitor's offer: an offer word in it
 * and a figure outside [placeholders]. */
static bool offerish(const char *s, size_t n)
{
	static const char *const kws[] = {
		"offer", "competing", "alternative", "on the table",
		"earn",  "pays",      "paying",      "holding"};
	bool word = false;
	for (size_t i = 0; i < sizeof kws / sizeof *kws && !word; i++) {
		size_t k = strlen(kws[i]);
		for (size_t j = 0; j + k <= n; j++)
			if (strncasecmp(s + j, kws[i], k) == 0 &&
			    (j == 0 || !isalpha((unsigned char)s[j - 1])))
				word = true;
	}
	size_t pos = 0, depth = 0;
	struct prose_money tok;
	while (word && prose_scan_money(s, n, &pos, &tok)) {
		depth = 0;
		for (size_t j = 0; j < tok.start; j++)
			depth = s[j] == '[' ? 1 : s[j] == ']' ? 0 : depth;
		if (!depth && !tok.percent)
			return true;
	}
	return false;
}

/* A figure of the guide's own: an ask or a floor of one of its bands. */
static bool guide_figure(const struct guide *g, amount_t v)
{
	for (size_t i = 0; i < g->band_count; i++) {
		const struct ask *a[2] = {g->bands[i].target,
		                          g->bands[i].floor};
		for (int k = 0; k < 2; k++)
			if (v == a[k]->base || v == a[k]->equity ||
			    v == a[k]->sign_on)
				return true;
	}
	return false;
}

/* In the filled script, the sentences about a competitor (a name turned
 * into "[competing ...]") state no figure but in a placeholder or a
 * mark, or the guide's own ask or floor: 1 when one does. */
static size_t competitor_figures(const struct guide *g, const char *text)
{
	for (const char *s = text; *s;) {
		/* The sentence at s, as the lexer ends it. */
		size_t n = prose_scan_sentence_end(s, strlen(s), 0);
		char *sent = xstrndup(s, n);
		if (strstr(sent, "[competing ")) {
			size_t pos = 0;
			struct prose_money tok;
			while (prose_scan_money(sent, n, &pos, &tok)) {
				size_t depth = 0;
				for (size_t j = 0; j < tok.start; j++)
					depth += sent[j] == '[' ? 1
					         : sent[j] == ']' && depth
					                 ? (size_t)-1
					                 : 0;
				if (depth || tok.percent ||
				    guide_figure(g, tok.value))
					continue;
				if (getenv("COMPETING_VERBOSE"))
					print_message("%s: figure: %s\n", g->id,
					              sent);
				free(sent);
				return 1;
			}
		}
		free(sent);
		s += n;
	}
	return 0;
}

static void test_corpus(void **state)
{
	(void)state;
	FILE *probe = fopen(CORPUS "/hugging-face/ml-ai-engineer.md", "r");
	if (!probe) {
		print_message(
			"skipping the corpus test: " CORPUS
			" is absent (../shared is not beside the tree)\n");
		skip();
		return;
	}
	fclose(probe);
	struct library lib;
	library_init(&lib);
	library_add_path(&lib, CORPUS);
	library_sort(&lib);
	assert_true(lib.count > 1000);
	struct names known = {0};
	for (size_t i = 0; i < lib.count; i++) {
		const char *c = lib.guides[i]->company_display;
		bool seen = false;
		for (size_t k = 0; k < known.n && !seen; k++)
			seen = strcmp(known.v[k], c) == 0;
		if (!seen && !plain(c)) {
			known.v = xgrow(known.v, &known.cap, known.n + 1,
			                sizeof *known.v);
			known.v[known.n++] = c;
		}
	}
	size_t scripts = 0, quoted = 0, names_left = 0, figures_left = 0;
	for (size_t i = 0; i < lib.count; i++) {
		struct guide *g = lib.guides[i];
		guide_load_body(g);
		const struct band *b = g->band_count ? &g->bands[0] : NULL;
		for (size_t k = 0; k < g->script_count; k++) {
			const char *text = g->scripts[k].text;
			struct filled_script f;
			struct fill_input in = {.guide = g, .band = b};
			fill_script(text, &in, &f);
			scripts++;
			/* Each sentence of the filled script that speaks of an
			 * offer names no other company of the corpus. */
			const char *s = f.text;
			bool any = false;
			while (*s) {
				size_t n = prose_scan_sentence_end(s, strlen(s),
				                                   0);
				/* Whether it speaks of an offer does not
				 * depend on the name: asked once, first. */
				bool offer = offerish(s, n);
				for (size_t c = 0; offer && c < known.n; c++) {
					const char *name = known.v[c];
					if (strstr(g->company_display, name) ||
					    strstr(name, g->company_display) ||
					    !names_in(s, n, name))
						continue;
					if (!any && getenv("COMPETING_VERBOSE"))
						print_message("%s: %.*s\n",
						              g->id, (int)n, s);
					any = true;
				}
				s += n;
			}
			names_left += any;
			figures_left += competitor_figures(g, f.text);
			struct competing_mention m[COMPETING_MAX];
			quoted += competing_find(text, g, m, COMPETING_MAX) > 0;
			fill_script_free(&f);
		}
	}
	print_message(
		"corpus: %zu guides, %zu scripts, %zu quote a competitor; "
		"%zu still name one, %zu still state a figure of one\n",
		lib.count, scripts, quoted, names_left, figures_left);
	free((void *)known.v);
	library_free(&lib);
	assert_true(quoted > 100);
	assert_int_equal(names_left, 0);
	assert_int_equal(figures_left, 0);
}

#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
#ifdef NEGOTIATOR_CORPUS
		cmocka_unit_test(test_corpus),
#else
		cmocka_unit_test(test_names_and_figures),
		cmocka_unit_test(test_currency_codes),
		cmocka_unit_test(test_examples_and_marks),
		cmocka_unit_test(test_look_alike_names),
		cmocka_unit_test(test_tickers_yardsticks_things),
		cmocka_unit_test(test_body_tickers_follow_the_body),
		cmocka_unit_test(test_finds_again_when_the_guide_changes),
		cmocka_unit_test(test_offers_by_name),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
