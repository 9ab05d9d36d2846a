/* test_reader_table.c - the prose reader against a table of sentences
 * (tests/fixtures/reader-sentences.tsv): each row a sentence written for
 * the test, the bands it is read against, the block it stands in, and
 * every figure it must give (any other figure read is a failure).  The
 * table must also cover every row of the lexicon (src/reader/lexicon.h)
 * and every family of misreadings the reader guards against.
 *
 * Columns, tab-separated:
 *   context   the bands: us, eu or apac (below)
 *   block     S (the strategy), P (a paragraph) or L:TITLE (a lever)
 *   covers    the lexicon phrases and #families the row exercises,
 *             '|'-separated ("-" for none)
 *   sentence  the text
 *   expected  "none", or ';'-separated REGION/SIDE/PART=VALUE, where
 *             VALUE is N, N-M, N+ (at least), N% or N-M% (a percent),
 *             and a leading '?' says the figure is read but doubtful;
 *             "premium=NAME@LO-HI%" the premium the guide claims for the
 *             role, its name as written ("-" for none), and after " on "
 *             what it applies to (equity, total, base) when the row says,
 *             or "premium=none" for no premium at all
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "negotiator/guide.h"
#include "negotiator/guide_load.h"
#include "negotiator/text.h"
#include "reader/lexicon.h"

#define READER_TABLE "tests/fixtures/reader-sentences.tsv"
#define MIN_ROWS 300

#define BAND(region, cur, bl, bh, sl, sh, tl, th)                              \
	"  - region: " region "\n    currency: " cur "\n    base_low: " bl     \
	"\n    base_high: " bh "\n    stock_low: " sl "\n    stock_high: " sh  \
	"\n    total_comp_low: " tl "\n    total_comp_high: " th "\n"

/* clang-format off */
static const struct {
	const char *name, *bands;
} contexts[] = {
	{"us",
	 BAND("New York", "USD", "180000", "240000", "200000", "400000", "250000", "400000")
	 BAND("Seattle", "USD", "170000", "230000", "180000", "380000", "230000", "380000")
	 BAND("London", "GBP", "100000", "140000", "80000", "200000", "130000", "190000")},
	{"eu",
	 BAND("Paris", "EUR", "90000", "130000", "60000", "160000", "110000", "170000")
	 BAND("Berlin", "EUR", "85000", "120000", "50000", "150000", "100000", "160000")
	 BAND("Zurich", "CHF", "150000", "210000", "100000", "250000", "180000", "270000")},
	{"apac",
	 BAND("Singapore", "SGD", "150000", "220000", "100000", "300000", "190000", "300000")
	 BAND("Bangalore", "INR", "3000000", "6000000", "2000000", "8000000", "4000000", "8000000")
	 BAND("Hangzhou", "CNY", "500000", "800000", "300000", "1200000", "650000", "1100000")
	 BAND("Tel Aviv", "ILS", "400000", "600000", "200000", "800000", "500000", "800000")},
	{"usst", /* regions named with their state: "Oakland CA" */
	 BAND("Oakland CA", "USD", "180000", "240000", "140000", "240000", "330000", "500000")
	 BAND("New York NY", "USD", "185000", "245000", "140000", "240000", "335000", "510000")
	 BAND("Remote US", "USD", "165000", "220000", "120000", "200000", "300000", "450000")},
	{"usca", /* a Canadian office beside a US one */
	 BAND("Toronto", "CAD", "150000", "200000", "100000", "200000", "200000", "300000")
	 BAND("San Francisco", "USD", "180000", "240000", "150000", "300000", "250000", "400000")},
	{"mena", /* Dubai's band in dollars, its prose in dirhams */
	 BAND("Dubai", "USD", "110000", "160000", "35000", "75000", "160000", "260000")
	 BAND("Remote US", "USD", "150000", "200000", "100000", "200000", "200000", "300000")},
	{"tier", /* a band named after its tier of markets */
	 BAND("Denver", "USD", "170000", "230000", "120000", "260000", "230000", "380000")
	 BAND("Tulsa / Secondary", "USD", "150000", "200000", "100000", "220000", "200000", "330000")
	 BAND("Remote US", "USD", "140000", "190000", "90000", "200000", "190000", "310000")},
	{"cash", /* an all-cash firm: no band states equity */
	 BAND("Chicago", "USD", "200000", "260000", "null", "null", "300000", "450000")
	 BAND("London", "GBP", "120000", "160000", "null", "null", "180000", "260000")},
	{"usfl", /* a Florida head office before New York */
	 BAND("Jacksonville FL", "USD", "150000", "200000", "100000", "200000", "200000", "300000")
	 BAND("New York", "USD", "180000", "240000", "120000", "240000", "240000", "360000")},
	{"salary", /* pay is the base alone: no equity, no bonus */
	 BAND("Los Angeles", "USD", "230000", "300000", "null", "null", "230000", "300000")},
	{"levels", /* a table of levels: the bands give totals alone */
	 BAND("Boston", "USD", "null", "null", "null", "null", "150000", "380000")
	 BAND("Dublin", "EUR", "null", "null", "null", "null", "70000", "170000")},
};
/* clang-format on */

/* The families of misreadings of issue 17 that rows must cover. */
static const char *const families[] = {"#per-year",
                                       "#relative",
                                       "#total-as-part",
                                       "#slash-pair",
                                       "#condition",
                                       "#argument",
                                       "#clause-region",
                                       "#lever-vs-strategy",
                                       "#doubtful",
                                       "#premium-title",
                                       "#premium-section",
                                       "#premium-dna-name",
                                       "#premium-how-much",
                                       "#premium-own",
                                       "#premium-own-domain",
                                       "#premium-skill",
                                       "#premium-aside",
                                       "#premium-claimed-equity",
                                       "#premium-heading-title",
                                       "#premium-claimed-above",
                                       "#premium-stands-above",
                                       "#premium-scope-dash",
                                       "#premium-subject-clause",
                                       "#premium-scope",
                                       "#premium-subject",
                                       "#premium-then-above",
                                       "#premium-other-firm",
                                       "#bonus-targets",
                                       "#market-roles",
                                       "#value-worth",
                                       "#secondary-markets",
                                       "#same-shape",
                                       NULL};

struct row {
	int line;
	char *context, *block, *covers, *sentence, *expected;
};

static char *field(char **p)
{
	char *s = *p, *tab;

	if (!s)
		return NULL;
	tab = strchr(s, '\t');
	if (tab) {
		*tab = '\0';
		*p = tab + 1;
	} else {
		*p = NULL;
	}
	return s;
}

/* The table's rows; *count of them.  Comments (#) and blank lines are
 * skipped; a row without five fields fails. */
static struct row *read_table(size_t *count)
{
	FILE *f = fopen(READER_TABLE, "r");
	char buf[4096];
	struct row *rows = NULL;
	size_t cap = 0, n = 0;
	int line = 0;

	if (!f)
		fail_msg("cannot open %s (run from the repository root)",
		         READER_TABLE);
	while (fgets(buf, sizeof buf, f)) {
		char *p = buf, *nl = strchr(buf, '\n');
		struct row r = {0};

		line++;
		if (nl)
			*nl = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		r.line = line;
		r.context = field(&p);
		r.block = field(&p);
		r.covers = field(&p);
		r.sentence = field(&p);
		r.expected = field(&p);
		if (!r.expected || p)
			fail_msg("%s:%d: wanted five tab-separated fields",
			         READER_TABLE, line);
		r.context = xstrdup(r.context);
		r.block = xstrdup(r.block);
		r.covers = xstrdup(r.covers);
		r.sentence = xstrdup(r.sentence);
		r.expected = xstrdup(r.expected);
		rows = xgrow(rows, &cap, n + 1, sizeof *rows);
		rows[n++] = r;
	}
	fclose(f);
	*count = n;
	return rows;
}

static void free_table(struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].context);
		free(rows[i].block);
		free(rows[i].covers);
		free(rows[i].sentence);
		free(rows[i].expected);
	}
	free(rows);
}

static struct guide *reader_table_guide_of(const struct row *r)
{
	struct diag_list errs = {0};
	struct strbuf sb;
	struct guide *g;
	const char *bands = NULL;

	for (size_t k = 0; k < sizeof contexts / sizeof *contexts; k++)
		if (!strcmp(contexts[k].name, r->context))
			bands = contexts[k].bands;
	if (!bands)
		fail_msg("%s:%d: no context '%s'", READER_TABLE, r->line,
		         r->context);
	sb_init(&sb);
	sb_adds(&sb, "---\ncompany: tern-labs\nrole: platform-engineer\n"
	             "compensation:\n");
	sb_adds(&sb, bands);
	sb_adds(&sb, "---\n# Platform Engineer | Tern Labs\n\n");
	if (!strcmp(r->block, "S")) {
		sb_adds(&sb, "> **Negotiate Up Strategy:** ");
	} else if (!strncmp(r->block, "L:", 2)) {
		sb_adds(&sb, "## Levers\n\n1. **");
		sb_adds(&sb, r->block + 2);
		sb_adds(&sb, ":** ");
	} else if (strcmp(r->block, "P") != 0) {
		fail_msg("%s:%d: no block '%s'", READER_TABLE, r->line,
		         r->block);
	}
	/* "\n" in a sentence is a line break: a strategy and a lever. */
	for (const char *c = r->sentence; *c; c++) {
		if (c[0] == '\\' && c[1] == 'n') {
			sb_addc(&sb, '\n');
			c++;
		} else {
			sb_addc(&sb, *c);
		}
	}
	sb_adds(&sb, "\n");
	g = guide_load_buffer("table.md", sb.data, sb.len, &errs);
	sb_free(&sb);
	assert_non_null(g);
	diag_list_free(&errs);
	guide_load_body(g);
	return g;
}

static const struct ask *side_of(const struct band *b, const char *side)
{
	return !strcmp(side, "ask")     ? b->target
	       : !strcmp(side, "floor") ? b->floor
	                                : b->counter;
}

/* The doubtful figure of (band, side, part), or NULL. */
static const struct figure *doubt_of(const struct guide *g, size_t b, int side,
                                     int part)
{
	for (size_t i = 0; i < g->doubt_count; i++)
		if (g->doubts[i].band == b && g->doubts[i].side == side &&
		    (int)g->doubts[i].part == part)
			return &g->doubts[i].fig;
	return NULL;
}

/* One figure as the table writes it ('?' first when doubtful). */
static void figure_text(const struct figure *f, bool doubtful, char *out,
                        size_t size)
{
	const char *doubt = doubtful ? "?" : "";

	if (!f->known)
		snprintf(out, size, "nothing");
	else if (f->percent && f->pct_low == f->pct_high)
		snprintf(out, size, "%s%g%%", doubt, f->pct_low);
	else if (f->percent)
		snprintf(out, size, "%s%g-%g%%", doubt, f->pct_low,
		         f->pct_high);
	else if (f->low == f->high)
		snprintf(out, size, "%s%lld%s", doubt, (long long)f->low,
		         f->at_least ? "+" : "");
	else
		snprintf(out, size, "%s%lld-%lld%s", doubt, (long long)f->low,
		         (long long)f->high, f->at_least ? "+" : "");
}

/* The premium the guide reads, as the table writes it. */
static void premium_text(const struct guide *g, char *out, size_t size)
{
	const struct premium *p = &g->premium;

	if (!p->present)
		snprintf(out, size, "none");
	else if (p->low_pct == p->high_pct)
		snprintf(out, size, "%s@%g%%", p->name ? p->name : "-",
		         p->low_pct);
	else
		snprintf(out, size, "%s@%g-%g%%", p->name ? p->name : "-",
		         p->low_pct, p->high_pct);
}

/* Check one row; on a mismatch, print why and return false. */
static bool row_reads(const struct row *r)
{
	struct guide *g = reader_table_guide_of(r);
	bool want[GUIDE_MAX_BANDS][3][ASK_PART_COUNT] = {{{false}}};
	static const char *const sides[] = {"ask", "floor", "counter"};
	char *list = xstrdup(r->expected), *save = NULL, *item;
	bool ok = true;

	for (item = strtok_r(list, ";", &save);
	     item && strcmp(r->expected, "none");
	     item = strtok_r(NULL, ";", &save)) {
		char *eq = strchr(item, '='), *s2, *s1, got[128];
		size_t b;
		int side = -1, part = -1;

		while (*item == ' ')
			item++;
		if (eq && !strncmp(item, "premium=", 8)) {
			premium_text(g, got, sizeof got);
			/* "premium=NAME@LO-HI% on total": what it applies to */
			if (strstr(eq + 1, " on ") && g->premium.present)
				snprintf(got + strlen(got),
				         sizeof got - strlen(got), " on %s",
				         g->premium.applies_to);
			if (strcmp(got, eq + 1) != 0) {
				printf("%s:%d: premium: got %s, wanted %s\n  "
				       "%s\n",
				       READER_TABLE, r->line, got, eq + 1,
				       r->sentence);
				ok = false;
			}
			continue;
		}
		s2 = eq ? eq : item;
		while (s2 > item && *s2 != '/')
			s2--;
		s1 = s2 > item ? s2 - 1 : item;
		while (s1 > item && *s1 != '/')
			s1--;
		if (!eq || s1 == item || s2 == s1) {
			printf("%s:%d: bad expectation '%s'\n", READER_TABLE,
			       r->line, item);
			ok = false;
			continue;
		}
		*s1 = *s2 = *eq = '\0';
		for (b = 0; b < g->band_count; b++)
			if (!strcmp(g->bands[b].region, item))
				break;
		for (int k = 0; k < 3; k++)
			if (!strcmp(sides[k], s1 + 1))
				side = k;
		for (int k = 0; k < ASK_PART_COUNT; k++)
			if (!strcmp(guide_part_name((enum ask_part)k), s2 + 1))
				part = k;
		if (b == g->band_count || side < 0 || part < 0) {
			printf("%s:%d: no such band, side or part: %s/%s/%s\n",
			       READER_TABLE, r->line, item, s1 + 1, s2 + 1);
			ok = false;
			continue;
		}
		want[b][side][part] = true;
		if (eq[1] == '?' && doubt_of(g, b, side, part))
			figure_text(doubt_of(g, b, side, part), true, got,
			            sizeof got);
		else
			figure_text(
				&side_of(&g->bands[b], sides[side])->part[part],
				false, got, sizeof got);
		if (strcmp(got, eq + 1) != 0) {
			printf("%s:%d: %s %s %s: got %s, wanted %s\n  %s\n",
			       READER_TABLE, r->line, item, s1 + 1, s2 + 1, got,
			       eq + 1, r->sentence);
			ok = false;
		}
	}
	/* Nothing read beyond what the row expects. */
	for (size_t b = 0; b < g->band_count; b++)
		for (int side = 0; side < 3; side++)
			for (int part = 0; part < ASK_PART_COUNT; part++) {
				const struct figure *f =
					&side_of(&g->bands[b], sides[side])
						 ->part[part];
				char got[64];

				if (!f->known && doubt_of(g, b, side, part))
					f = doubt_of(g, b, side, part);
				if (want[b][side][part] || !f->known)
					continue;
				figure_text(
					f,
					f != &side_of(&g->bands[b], sides[side])
							->part[part],
					got, sizeof got);
				printf("%s:%d: %s %s %s: read %s, wanted "
				       "nothing\n"
				       "  %s\n",
				       READER_TABLE, r->line,
				       g->bands[b].region, sides[side],
				       guide_part_name((enum ask_part)part),
				       got, r->sentence);
				ok = false;
			}
	free(list);
	guide_free(g);
	return ok;
}

static void every_row_reads(void **state)
{
	size_t n, failed = 0;
	struct row *rows = read_table(&n);

	(void)state;
	for (size_t i = 0; i < n; i++)
		failed += !row_reads(&rows[i]);
	free_table(rows, n);
	if (failed)
		fail_msg("%zu of %zu rows misread", failed, n);
	if (n < MIN_ROWS)
		fail_msg("%zu rows; the table needs at least %d", n, MIN_ROWS);
}

/* Does some row cover what (a lexicon phrase or a #family), with the
 * phrase written in its sentence? */
static bool covered(const struct row *rows, size_t n, const char *what)
{
	size_t len = strlen(what);

	for (size_t i = 0; i < n; i++) {
		const char *c = rows[i].covers;

		while (c && *c) {
			const char *bar = strchr(c, '|');
			size_t k = bar ? (size_t)(bar - c) : strlen(c);

			if (k == len && !strncmp(c, what, len)) {
				if (what[0] == '#')
					return true;
				for (const char *s = rows[i].sentence; *s; s++)
					if (!strncasecmp(s, what, len))
						return true;
			}
			c = bar ? bar + 1 : NULL;
		}
	}
	return false;
}

#define LEX_TEXT(match, text, role, guard) text,
static const char *const lexicon[] = {
	LEXICON_CUES(LEX_TEXT) LEXICON_PARTS(LEX_TEXT) LEXICON_CHANGE(LEX_TEXT)
		LEXICON_PER_YEAR(LEX_TEXT) LEXICON_NOT_VEST(LEX_TEXT) NULL};

static void every_lexicon_row_and_family_covered(void **state)
{
	size_t n, missing = 0;
	struct row *rows = read_table(&n);

	(void)state;
	for (size_t k = 0; lexicon[k]; k++)
		if (!covered(rows, n, lexicon[k])) {
			printf("lexicon row '%s': no sentence covers it\n",
			       lexicon[k]);
			missing++;
		}
	for (size_t k = 0; families[k]; k++)
		if (!covered(rows, n, families[k])) {
			printf("family %s: no sentence covers it\n",
			       families[k]);
			missing++;
		}
	free_table(rows, n);
	if (missing)
		fail_msg("%zu lexicon rows or families not covered", missing);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_row_reads),
		cmocka_unit_test(every_lexicon_row_and_family_covered),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
