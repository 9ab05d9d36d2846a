/* Unit tests: hostile guides.  Every kind of broken or malicious file is
 * refused or loaded with a warning that names the line and a reason, a
 * folder of them still loads the one good guide among them, and no control
 * character from a file survives into the model.
 *
 * Large inputs (megabytes, 50,000-deep nesting) are built here in memory
 * or in a temporary folder, not committed.  Small regression inputs found
 * by the fuzzers live in tests/fixtures/hostile/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/guide_check.h"
#include "negotiator/guide_load.h"
#include "negotiator/library.h"
#include "negotiator/input.h"
#include "negotiator/money.h"
#include "negotiator/text.h"
#include "reader/prose_scan.h"
#include "tui/mdrender.h"
#include "../fuzz/model_strings.h"

#define TODAY "2026-01-15"
#define HOSTILE_FIXTURES "tests/fixtures/hostile"

/* Deep enough to overflow any recursive walk over the tree. */
#define DEEP 50000

/* --- building inputs --------------------------------------------------- */

static void sb_repeat(struct strbuf *sb, const char *s, size_t times)
{
	size_t i;

	for (i = 0; i < times; i++)
		sb_adds(sb, s);
}

/* A well-formed front matter for company "hostile" and the given role,
 * with extra top-level lines (line 4 on) and one Paris band whose extra
 * keys start at line 7 + the number of extra top-level lines. */
static void front_matter(struct strbuf *sb, const char *role, const char *top,
                         const char *band)
{
	sb_addf(sb,
	        "---\ncompany: hostile\nrole: %s\n%s"
	        "compensation:\n  - region: Paris\n    currency: EUR\n%s---\n",
	        role, top, band);
}

/* A guide that is fine apart from its body. */
static void body_guide(struct strbuf *sb, const char *role, const char *body)
{
	front_matter(sb, role, "",
	             "    base_low: 90000\n    base_high: 120000\n");
	sb_adds(sb, body);
}

/* "Billion laughs": nine levels of nine aliases each would expand to
 * 9^9 strings if aliases were followed. */
static void build_alias_bomb(struct strbuf *sb)
{
	char prev = 'a', name;

	sb_adds(sb, "---\ncompany: hostile\nrole: alias-bomb\n"
	            "a: &a "
	            "[\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
	            "\"lol\",\"lol\"]\n");
	for (name = 'b'; name <= 'i'; name++, prev++)
		sb_addf(sb, "%c: &%c [*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c]\n",
		        name, name, prev, prev, prev, prev, prev, prev, prev,
		        prev, prev);
	sb_adds(sb, "---\n# Boom\n");
}

static void build_yaml_deep(struct strbuf *sb)
{
	sb_adds(sb, "---\ncompany: hostile\nrole: yaml-deep\nx: ");
	sb_repeat(sb, "[", DEEP);
	sb_repeat(sb, "]", DEEP);
	sb_adds(sb, "\n---\n");
}

static void build_yaml_deep_map(struct strbuf *sb)
{
	sb_adds(sb, "---\ncompany: hostile\nrole: yaml-deep-map\nx: ");
	sb_repeat(sb, "{a: ", DEEP);
	sb_adds(sb, "1");
	sb_repeat(sb, "}", DEEP);
	sb_adds(sb, "\n---\n");
}

static void build_yaml_wide(struct strbuf *sb)
{
	sb_adds(sb, "---\ncompany: hostile\nrole: yaml-wide\ndata_sources:\n");
	sb_repeat(sb, "  - s\n", 3 * GUIDE_MAX_YAML_NODES);
	sb_adds(sb, "---\n");
}

/* A NUL byte after the first 4 KiB, past what a quick peek would see. */
static void build_binary_late(struct strbuf *sb)
{
	body_guide(sb, "binary-late", "# Body\n\n");
	sb_repeat(sb, "Plain words for a while.\n", 400);
	sb_add(sb, "x\0y\n", 4);
}

/* A valid guide padded to exactly size bytes with body paragraphs. */
static void build_sized(struct strbuf *sb, const char *role, size_t size)
{
	static const char para[] =
		"**Section**\n\nSay \"I bring [X] years of work, so I ask "
		"€100K\" and wait.\n\n";

	body_guide(sb, role, "# Big guide\n\n");
	while (sb->len + sizeof para - 1 < size - 1)
		sb_adds(sb, para);
	while (sb->len < size - 1)
		sb_addc(sb, 'x');
	sb_addc(sb, '\n');
}

static void build_just_under(struct strbuf *sb)
{
	build_sized(sb, "just-under", GUIDE_MAX_FILE_BYTES);
}

static void build_just_over(struct strbuf *sb)
{
	build_sized(sb, "just-over", GUIDE_MAX_FILE_BYTES + 1u);
}

static void build_megabytes(struct strbuf *sb)
{
	build_sized(sb, "megabytes", 6u * 1024u * 1024u);
}

static void build_many_bands(struct strbuf *sb)
{
	size_t i;

	sb_adds(sb, "---\ncompany: hostile\nrole: many-bands\ncompensation:\n");
	for (i = 0; i < 1000; i++)
		sb_addf(sb,
		        "  - region: R%zu\n    currency: USD\n"
		        "    base_low: 1\n    base_high: 2\n",
		        i);
	sb_adds(sb, "---\n");
}

/* Markdown nested `times` deep: open repeated, the middle, close repeated;
 * after a paragraph at depth 1 that must still be read. */
static void build_nested(struct strbuf *sb, const char *role, const char *open,
                         const char *middle, const char *close, size_t times)
{
	body_guide(sb, role, "");
	sb_repeat(sb, open, times);
	sb_adds(sb, middle);
	sb_repeat(sb, close, times);
	sb_adds(sb, "\n");
}

static void build_md_quotes(struct strbuf *sb)
{
	build_nested(sb, "md-quotes", ">", " \"deep script\"", "", DEEP);
}

static void build_md_lists(struct strbuf *sb)
{
	build_nested(sb, "md-lists", "- ", "\"deep item\"", "", DEEP);
}

static void build_md_ordered(struct strbuf *sb)
{
	build_nested(sb, "md-ordered", "1. ", "**Lever:** \"deep\"", "", DEEP);
}

static void build_md_mixed(struct strbuf *sb)
{
	build_nested(sb, "md-mixed", "> - ", "x", "", DEEP / 2);
}

static void build_md_stars(struct strbuf *sb)
{
	build_nested(sb, "md-stars", "*", "x", "*", DEEP);
}

static void build_md_underscores(struct strbuf *sb)
{
	build_nested(sb, "md-underscores", "_a ", "y", " a_", DEEP);
}

/* Nested brackets and images make cmark-gfm's inline parser quadratic. */
static void build_md_brackets(struct strbuf *sb)
{
	body_guide(sb, "md-brackets", "");
	sb_repeat(sb, "**[", DEEP / 2);
	sb_adds(sb, "z");
	sb_repeat(sb, "](u)**", DEEP / 2);
	sb_adds(sb, "\n\n");
	sb_repeat(sb, "![[]()", DEEP);
	sb_adds(sb, "\n");
}

/* --- the cases --------------------------------------------------------- */

/* REFUSED: not loaded; WARNED: loaded, with a warning; TYPE_ERRED:
 * loaded (the value unknown) with an error for check: a value of the
 * wrong type (issue 13.10). */
enum outcome { REFUSED, WARNED, TYPE_ERRED };

struct hostile {
	const char *name; /* file name in the library test */
	const char *text; /* the file, or NULL when built */
	size_t len;
	void (*build)(struct strbuf *sb);
	enum outcome outcome;
	const char *reason; /* a word the error or warning holds */
	int line;           /* the line it names; 0: any (or unknown) */
	const char *id;     /* the id when it loads */
};

#define TEXT(s) (s), sizeof(s) - 1, NULL
#define BUILT(fn) NULL, 0, (fn)
#define FM(role, top, band)                                                    \
	"---\ncompany: hostile\nrole: " role "\n" top "compensation:\n"        \
	"  - region: Paris\n    currency: EUR\n" band "---\n# Guide\n"

static const struct hostile cases[] = {
	{"empty.md", TEXT(""), REFUSED, "empty", 0, NULL},
	{"bom-only.md", TEXT("\xEF\xBB\xBF"), REFUSED, "empty", 0, NULL},
	{"binary.md",
         TEXT("---\ncompany: hostile\nrole: binary\n\0\1\2\n---\n"), REFUSED,
         "binary", 4, NULL},
	{"binary-late.md", BUILT(build_binary_late), REFUSED, "binary", 0,
         NULL},
	{"no-front-matter.md", TEXT("# Notes\n\nNo front matter here.\n"),
         REFUSED, "not a guide", 1, NULL},
	{"unclosed.md", TEXT("---\ncompany: hostile\nrole: unclosed\n\n# B\n"),
         REFUSED, "never closed", 1, NULL},
	{"yaml-syntax.md",
         TEXT("---\ncompany: hostile\nrole: [a, b\nregion: x\n---\n"), REFUSED,
         "YAML error", 0, NULL},
	{"yaml-tab.md", TEXT("---\ncompany: hostile\n\trole: tab\n---\n"),
         REFUSED, "YAML error", 3, NULL},
	{"yaml-bad-quote.md",
         TEXT("---\ncompany: hostile\nrole: \"open\n---\n# B\n"), REFUSED,
         "YAML error", 0, NULL},
	{"yaml-list.md", TEXT("---\n- company\n- role\n---\n"), REFUSED,
         "mapping", 2, NULL},
	{"yaml-scalar.md", TEXT("---\njust words\n---\n"), REFUSED, "mapping",
         2, NULL},
	{"yaml-empty.md", TEXT("---\n---\n# B\n"), REFUSED, "empty", 0, NULL},
	{"missing-role.md", TEXT("---\ncompany: hostile\n---\n"), REFUSED,
         "missing role", 0, NULL},
	{"company-list.md", TEXT("---\ncompany: [a, b]\nrole: r\n---\n"),
         REFUSED, "should be text", 2, NULL},
	{"alias-bomb.md", BUILT(build_alias_bomb), REFUSED, "aliases", 5, NULL},
	{"alias-one.md",
         TEXT("---\ncompany: hostile\nrole: alias-one\nx: &x 1\ny: *x\n---\n"),
         REFUSED, "aliases", 5, NULL},
	{"yaml-deep.md", BUILT(build_yaml_deep), REFUSED, "nested deeper", 4,
         NULL},
	{"yaml-deep-map.md", BUILT(build_yaml_deep_map), REFUSED,
         "nested deeper", 4, NULL},
	{"yaml-wide.md", BUILT(build_yaml_wide), REFUSED, "YAML nodes", 0,
         NULL},
	{"just-over.md", BUILT(build_just_over), REFUSED, "limit", 0, NULL},
	{"megabytes.md", BUILT(build_megabytes), REFUSED, "limit", 0, NULL},

	{"amount-text.md", TEXT(FM("amount-text", "", "    base_low: lots\n")),
         TYPE_ERRED, "not a number", 7, "hostile/amount-text"},
	{"amount-list.md",
         TEXT(FM("amount-list", "", "    base_high: [1, 2]\n")), TYPE_ERRED,
         "should be a number", 7, "hostile/amount-list"},
	{"bonus-map.md", TEXT(FM("bonus-map", "", "    bonus_pct: {a: 1}\n")),
         TYPE_ERRED, "should be a number", 7, "hostile/bonus-map"},
	{"compensation-text.md",
         TEXT("---\ncompany: hostile\nrole: compensation-text\n"
              "compensation: plenty\n---\n"),
         TYPE_ERRED, "should be a list", 4, "hostile/compensation-text"},
	{"band-text.md",
         TEXT("---\ncompany: hostile\nrole: band-text\ncompensation:\n"
              "  - just a string\n---\n"),
         TYPE_ERRED, "should be a mapping", 5, "hostile/band-text"},
	{"date-words.md",
         TEXT(FM("date-words", "last_updated: yesterday\n", "")), WARNED,
         "not a date", 4, "hostile/date-words"},
	{"date-invalid.md",
         TEXT(FM("date-invalid", "next_review_due: 2026-02-30\n", "")), WARNED,
         "not a date", 4, "hostile/date-invalid"},
	{"premium-text.md", TEXT(FM("premium-text", "premium: huge\n", "")),
         TYPE_ERRED, "premium should be a mapping", 4, "hostile/premium-text"},
	{"display-map.md",
         TEXT(FM("display-map", "company_display: {a: 1}\n", "")), TYPE_ERRED,
         "should be text", 4, "hostile/display-map"},
	{"negative.md", TEXT(FM("negative", "", "    base_low: -120000\n")),
         WARNED, "negative", 7, "hostile/negative"},
	{"absurd-float.md",
         TEXT(FM("absurd-float", "", "    base_high: 1e30\n")), WARNED,
         "absurdly large", 7, "hostile/absurd-float"},
	{"absurd-digits.md",
         TEXT(FM("absurd-digits", "",
                 "    stock_high: 99999999999999999999\n")),
         WARNED, "absurdly large", 7, "hostile/absurd-digits"},
	{"absurd-exponent.md",
         TEXT(FM("absurd-exponent", "",
                 "    total_comp_low: 0e99999999\n"
                 "    total_comp_high: 1e-99999999\n    stock_low: -0\n")),
         WARNED, "", 0, "hostile/absurd-exponent"},
	{"absurd-percent.md",
         TEXT(FM("absurd-percent", "",
                 "    base_low: 1\n    bonus_pct: 1e30\n")),
         WARNED, "not a percent", 8, "hostile/absurd-percent"},
	{"low-above-high.md",
         TEXT(FM("low-above-high", "",
                 "    base_low: 200000\n    base_high: 100000\n")),
         WARNED, "above", 5, "hostile/low-above-high"},
	{"invalid-utf8.md",
         TEXT(FM("invalid-utf8", "company_display: Caf\xC3\x28 \xFF\xFE\n",
                 "") "Overlong \xC0\xAF, surrogate \xED\xA0\x80, cut "
                     "\xE2\x82\n"),
         WARNED, "invalid UTF-8", 4, "hostile/invalid-utf8"},
	{"many-bands.md", BUILT(build_many_bands), WARNED, "only the first", 5,
         "hostile/many-bands"},
	{"md-quotes.md", BUILT(build_md_quotes), WARNED, "nested more than", 0,
         "hostile/md-quotes"},
	{"md-lists.md", BUILT(build_md_lists), WARNED, "nested more than", 0,
         "hostile/md-lists"},
	{"md-ordered.md", BUILT(build_md_ordered), WARNED, "nested more than",
         0, "hostile/md-ordered"},
	{"md-mixed.md", BUILT(build_md_mixed), WARNED, "nested more than", 0,
         "hostile/md-mixed"},
	{"md-stars.md", BUILT(build_md_stars), WARNED, "nested more than", 0,
         "hostile/md-stars"},
	/* cmark-gfm would need 46 times this body's size: past the bound
         * on its memory (issue 13.15), it is not read at all. */
	{"md-underscores.md", BUILT(build_md_underscores), WARNED,
         "cmark-gfm would need more than", 10, "hostile/md-underscores"},
	{"md-brackets.md", BUILT(build_md_brackets), WARNED, "'['", 10,
         "hostile/md-brackets"},
	{"just-under.md", BUILT(build_just_under), WARNED, "", 0,
         "hostile/just-under"},
};

#define NCASES (sizeof cases / sizeof *cases)

/* The bytes of a case; free with free(). */
static char *case_bytes(const struct hostile *c, size_t *len)
{
	struct strbuf sb;

	if (c->text) {
		char *p = xmalloc(c->len ? c->len : 1);
		memcpy(p, c->text, c->len);
		*len = c->len;
		return p;
	}
	sb_init(&sb);
	c->build(&sb);
	*len = sb.len;
	return sb_take(&sb);
}

static const struct diag *find_diag(const struct diag_list *l, const char *word)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (str_icase_find(l->items[i].message, word))
			return &l->items[i];
	return NULL;
}

static void hostile_print_diags(const char *name, const struct diag_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		print_message("  %s:%d: %s\n", name, l->items[i].line,
		              l->items[i].message);
}

/* The finding a case expects: its reason, and its line when known. */
static void expect_diag(const struct hostile *c, const struct diag_list *l,
                        enum diag_severity sev)
{
	const struct diag *d = find_diag(l, c->reason);

	if (!d || d->severity != sev) {
		hostile_print_diags(c->name, l);
		print_error("%s: no %s mentioning '%s'\n", c->name,
		            sev == DIAG_ERROR ? "error" : "warning", c->reason);
	}
	assert_non_null(d);
	assert_int_equal(d->severity, sev);
	if (c->line && d->line != c->line) {
		hostile_print_diags(c->name, l);
		fail_msg("%s: '%s' reported at line %d, wanted %d", c->name,
		         c->reason, d->line, c->line);
	}
}

static void string_is_clean(const char *field, const char *s, bool one_line,
                            void *ctx)
{
	const char *name = ctx;

	if (!text_is_clean(s, !one_line))
		fail_msg("%s: %s is not clean: \"%s\"", name, field, s);
}

/* Load from memory; check the outcome; the loaded guide (or NULL). */
static struct guide *load_case(const struct hostile *c, const char *data,
                               size_t len)
{
	struct diag_list errs = {0}, found = {0};
	struct guide *g;

	g = guide_load_buffer(c->name, data, len, &errs);
	if (c->outcome == REFUSED) {
		if (g) {
			hostile_print_diags(c->name, &g->diags);
			fail_msg("%s: loaded, but should be refused", c->name);
		}
		expect_diag(c, &errs, DIAG_ERROR);
		diag_list_free(&errs);
		return NULL;
	}
	if (!g) {
		hostile_print_diags(c->name, &errs);
		print_error("%s: refused, but should load with a warning\n",
		            c->name);
	}
	assert_non_null(g);
	assert_int_equal(errs.count, 0);
	assert_string_equal(g->id, c->id);
	if (c->outcome == TYPE_ERRED) {
		assert_true(guide_check(g, TODAY, &found) > 0);
		expect_diag(c, &found, DIAG_ERROR);
	} else {
		assert_int_equal(guide_check(g, TODAY, &found), 0);
		if (*c->reason)
			expect_diag(c, &found, DIAG_WARNING);
	}
	model_strings(g, string_is_clean, (void *)(uintptr_t)c->name);
	diag_list_free(&found);
	diag_list_free(&errs);
	return g;
}

/* Every case, loaded from memory. */
static void test_each_case_reported(void **state)
{
	size_t i, len;

	(void)state;
	for (i = 0; i < NCASES; i++) {
		char *data = case_bytes(&cases[i], &len);
		guide_free(load_case(&cases[i], data, len));
		free(data);
	}
}

/* Values the warnings say are unknown really are unknown. */
static void test_bad_numbers_unknown(void **state)
{
	static const char *const names[] = {
		"negative.md",    "absurd-float.md", "absurd-digits.md",
		"amount-text.md", "amount-list.md",
	};
	size_t i, j, len;

	(void)state;
	for (i = 0; i < NCASES; i++) {
		const struct hostile *c = &cases[i];
		struct guide *g;
		char *data;
		bool wanted = false;

		for (j = 0; j < sizeof names / sizeof *names; j++)
			wanted |= strcmp(c->name, names[j]) == 0;
		if (!wanted)
			continue;
		data = case_bytes(c, &len);
		g = load_case(c, data, len);
		assert_int_equal(g->band_count, 1);
		assert_false(band_has_numbers(&g->bands[0]));
		assert_true(g->bands[0].bonus_pct < 0);
		guide_free(g);
		free(data);
	}
}

/* 1e-99999999 is 0 and -0 is 0: tiny, not absurd; 0e99999999 is 0. */
static void test_extreme_exponents(void **state)
{
	static const char text[] =
		FM("exponents", "",
	           "    base_low: 0e99999999\n"
	           "    base_high: 1e-99999999\n    stock_low: -0\n");
	struct diag_list errs = {0};
	struct guide *g;

	(void)state;
	g = guide_load_buffer("exponents.md", text, sizeof text - 1, &errs);
	assert_non_null(g);
	assert_true(!amount_known(g->bands[0].base_low) ||
	            g->bands[0].base_low == 0);
	assert_true(!amount_known(g->bands[0].base_high) ||
	            g->bands[0].base_high == 0);
	assert_true(!amount_known(g->bands[0].stock_low) ||
	            g->bands[0].stock_low == 0);
	guide_free(g);
	diag_list_free(&errs);
}

static void test_low_above_high_kept(void **state)
{
	static const char text[] = FM("order", "",
	                              "    base_low: 200000\n"
	                              "    base_high: 100000\n");
	struct diag_list errs = {0};
	struct guide *g;

	(void)state;
	g = guide_load_buffer("order.md", text, sizeof text - 1, &errs);
	assert_non_null(g);
	/* A warning, not a silent fix: both figures are still there. */
	assert_int_equal(g->bands[0].base_low, 200000);
	assert_int_equal(g->bands[0].base_high, 100000);
	assert_non_null(find_diag(&g->diags, "base_low"));
	guide_free(g);
	diag_list_free(&errs);
}

static void test_invalid_utf8_replaced(void **state)
{
	static const char text[] =
		FM("utf8", "company_display: Caf\xC3\x28 \xFF\n",
	           "") "Overlong \xC0\xAF and surrogate \xED\xA0\x80 here\n";
	struct diag_list errs = {0};
	struct guide *g;

	(void)state;
	g = guide_load_buffer("utf8.md", text, sizeof text - 1, &errs);
	assert_non_null(g);
	assert_non_null(strstr(g->company_display, "Caf\xEF\xBF\xBD"));
	assert_null(strstr(g->company_display, "\xFF"));
	guide_load_body(g);
	assert_non_null(strstr(g->body, "Overlong \xEF\xBF\xBD"));
	assert_null(strstr(g->body, "\xC0\xAF"));
	assert_null(strstr(g->body, "\xED\xA0\x80"));
	guide_free(g);
	diag_list_free(&errs);
}

/* Deep Markdown is cut, not followed: the shallow part still counts. */
static void test_deep_markdown_keeps_shallow(void **state)
{
	struct strbuf sb;
	struct diag_list errs = {0};
	struct guide *g;
	size_t i;
	bool found = false;

	(void)state;
	sb_init(&sb);
	body_guide(&sb, "deep-then-shallow",
	           "# Deep\n\n**Scripts**\n\nSay \"shallow words [X] that "
	           "anyone can say in a meeting\" first.\n\n");
	sb_repeat(&sb, ">", DEEP);
	sb_adds(&sb, " \"too deep to read\"\n");
	g = guide_load_buffer("deep.md", sb.data, sb.len, &errs);
	assert_non_null(g);
	guide_load_body(g);
	assert_non_null(find_diag(&g->diags, "nested more than"));
	for (i = 0; i < g->script_count; i++) {
		found |= strstr(g->scripts[i].text, "shallow words") != NULL;
		assert_null(strstr(g->scripts[i].text, "too deep"));
	}
	assert_true(found);
	guide_free(g);
	sb_free(&sb);
	diag_list_free(&errs);
}

/* --- files and folders ------------------------------------------------- */

static char *temp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *dir;
	size_t n;

	if (!base || !*base)
		base = "/tmp";
	n = strlen(base) + sizeof "/negotiator-hostile-XXXXXX";
	dir = xmalloc(n);
	snprintf(dir, n, "%s/negotiator-hostile-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	return dir;
}

static char *path_in(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Remove a folder this test made, with the files in it (one level). */
static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p;

		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		p = path_in(dir, de->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

static const char good_guide[] =
	"---\ncompany: goodco\nrole: engineer\ncompany_display: GoodCo\n"
	"compensation:\n  - region: Berlin\n    currency: EUR\n"
	"    base_low: 80000\n    base_high: 100000\n---\n"
	"# GoodCo Engineer\n\n**Levers**\n\n"
	"1. **Competing offer (Berlin):** \"I have an offer at [amount] from "
	"another company in town.\"\n";

static const struct skipped_file *find_skipped(const struct library *lib,
                                               const char *path)
{
	size_t i;

	for (i = 0; i < lib->skipped_count; i++)
		if (strcmp(lib->skipped[i].path, path) == 0)
			return &lib->skipped[i];
	return NULL;
}

static struct guide *find_loaded(const struct library *lib, const char *path)
{
	size_t i;

	for (i = 0; i < lib->count; i++)
		if (strcmp(lib->guides[i]->path, path) == 0)
			return lib->guides[i];
	return NULL;
}

static void print_skipped(const struct library *lib)
{
	size_t i;

	for (i = 0; i < lib->skipped_count; i++)
		print_message("  skipped %s:%d: %s\n", lib->skipped[i].path,
		              lib->skipped[i].line, lib->skipped[i].reason);
}

/* One folder holding every case and one good guide: the good one loads,
 * every bad one is named with its reason, nothing is lost or crashes. */
static void test_library_of_hostile_files(void **state)
{
	struct library lib;
	struct guide *good;
	struct error why = {0};
	char *dir = temp_dir(), *path;
	size_t i, len, warned = 0;

	(void)state;
	for (i = 0; i < NCASES; i++) {
		char *data = case_bytes(&cases[i], &len);

		path = path_in(dir, cases[i].name);
		write_file(path, data, len);
		free(path);
		free(data);
		warned += cases[i].outcome != REFUSED;
	}
	path = path_in(dir, "zz-good.md");
	write_file(path, good_guide, sizeof good_guide - 1);
	free(path);

	library_init(&lib);
	library_add_path(&lib, dir);
	library_sort(&lib);

	good = library_find(&lib, "goodco/engineer", &why);
	if (!good)
		print_skipped(&lib);
	assert_non_null(good);
	guide_load_body(good);
	assert_string_equal(good->company_display, "GoodCo");
	assert_int_equal(good->band_count, 1);
	assert_true(good->script_count >= 1);

	for (i = 0; i < NCASES; i++) {
		const struct hostile *c = &cases[i];
		path = path_in(dir, c->name);
		if (c->outcome == REFUSED) {
			const struct skipped_file *s = find_skipped(&lib, path);

			if (!s) {
				print_skipped(&lib);
				fail_msg("%s was not reported as skipped",
				         path);
				continue; /* not reached: fail_msg jumps out */
			}
			if (!str_icase_find(s->reason, c->reason))
				fail_msg("%s skipped as '%s'; wanted a reason "
				         "with "
				         "'%s'",
				         path, s->reason, c->reason);
			if (c->line && s->line != c->line)
				fail_msg("%s skipped at line %d; wanted %d",
				         path, s->line, c->line);
			assert_true(text_is_clean(s->reason, false));
		} else {
			struct guide *g = find_loaded(&lib, path);
			struct diag_list found = {0};

			if (!g) {
				print_skipped(&lib);
				fail_msg("%s did not load", path);
				continue; /* not reached: fail_msg jumps out */
			}
			assert_string_equal(g->id, c->id);
			guide_check(g, TODAY, &found);
			if (*c->reason)
				expect_diag(c, &found,
				            c->outcome == TYPE_ERRED
				                    ? DIAG_ERROR
				                    : DIAG_WARNING);
			diag_list_free(&found);
		}
		free(path);
	}
	assert_int_equal(lib.count, warned + 1);

	library_free(&lib);
	remove_dir(dir);
	free(dir);
}

/* Files too large are refused from their size, before they are read. */
static void test_file_size_limit(void **state)
{
	char *dir = temp_dir(), *path = path_in(dir, "huge.md");
	struct diag_list errs = {0};
	FILE *f;

	(void)state;
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("---\ncompany: hostile\nrole: huge\n---\n", f);
	/* Sparse: 64 MiB on paper, nothing on disk. */
	assert_int_equal(fseek(f, 64L * 1024 * 1024, SEEK_SET), 0);
	fputc('\n', f);
	assert_int_equal(fclose(f), 0);

	assert_null(guide_load(path, &errs));
	assert_non_null(find_diag(&errs, "limit"));
	diag_list_free(&errs);

	/* A folder named as a guide, and a device. */
	assert_null(guide_load(dir, &errs));
	assert_non_null(find_diag(&errs, "folder"));
	diag_list_free(&errs);
	assert_null(guide_load("/dev/null", &errs));
	assert_non_null(find_diag(&errs, "not a regular file"));
	diag_list_free(&errs);

	unlink(path);
	free(path);
	remove_dir(dir);
	free(dir);
}

/* Folders with nothing to load are no error and no undefined behaviour
 * (UBSan: qsort on a NULL array, src/library.c add_folder). */
static void test_empty_folders(void **state)
{
	char *dir = temp_dir(), *hidden;
	struct library lib;

	(void)state;
	library_init(&lib);
	assert_int_equal(library_add_path(&lib, dir), 0);
	assert_int_equal(lib.count, 0);
	hidden = path_in(dir, ".hidden.md");
	write_file(hidden, good_guide, sizeof good_guide - 1);
	assert_int_equal(library_add_path(&lib, dir), 0);
	assert_int_equal(lib.count, 0);
	library_sort(&lib);
	library_free(&lib);
	unlink(hidden);
	free(hidden);
	remove_dir(dir);
	free(dir);
}

/* Links that loop back, dangle or point at a device: the walk ends, the
 * good guide loads, the dangling link is named. */
static void test_symlinks(void **state)
{
	char *dir = temp_dir(), *sub = path_in(dir, "sub");
	char *good = path_in(sub, "good.md"), *loop = path_in(sub, "loop");
	char *up = path_in(sub, "up"), *dangling = path_in(dir, "dangling.md");
	char *dev = path_in(dir, "zero.md");
	struct library lib;

	(void)state;
	assert_int_equal(mkdir(sub, 0700), 0);
	write_file(good, good_guide, sizeof good_guide - 1);
	assert_int_equal(symlink(".", loop), 0);
	assert_int_equal(symlink("..", up), 0);
	assert_int_equal(symlink("no-such-file.md", dangling), 0);
	assert_int_equal(symlink("/dev/zero", dev), 0);

	library_init(&lib);
	assert_int_equal(library_add_path(&lib, dir), 1);
	assert_non_null(find_skipped(&lib, dangling));
	library_free(&lib);

	unlink(dev);
	unlink(dangling);
	unlink(up);
	unlink(loop);
	remove_dir(sub);
	remove_dir(dir);
	free(dev);
	free(dangling);
	free(up);
	free(loop);
	free(good);
	free(sub);
	free(dir);
}

/* A script without a placeholder or an amount fills to itself (UBSan:
 * qsort on a NULL array, src/fill.c fill_script). */
static void test_fill_plain_script(void **state)
{
	static const char text[] = "I have another offer that pays more.";
	struct filled_script f;

	(void)state;
	memset(&f, 0, sizeof f);
	fill_script(text, &(struct fill_input){0}, &f);
	assert_string_equal(f.text, text);
	assert_int_equal(f.unanswered, 0);
	fill_script_free(&f);
}

/* --- control characters ------------------------------------------------- */

/* Terminal escapes every way a guide can spell them: raw bytes (ESC, BEL,
 * C1 U+009B, a raw 0x9B byte), YAML escapes (\e, \a, \x9b, \u009b) and
 * Markdown character references (&#27; &#x1b; &#7; &#x9b;), in names,
 * regions, a script, a table, headings and the body. */
static const char escapes_guide[] =
	"---\n"
	"company: evil\x1b[2J\n"
	"role: escape\n"
	"company_display: \"Evil\\e[2J Corp\\a\"\n"
	"role_display: \"Role \\u009b31m red \\x9b\"\n"
	"role_type: raw \x1b]52;c;SGVsbG8=\x07 end\n"
	"data_quality: \"\\e]8;;http://x\\e\\\\link\\e]8;;\\e\\\\\"\n"
	"negotiation_dna_summary: \"**\xc2\x9b** \\e[5m blink\"\n"
	"data_sources: [\"\\e[31mred\", \"\\a\\b\\f\\v\\0\"]\n"
	"level_mapping:\n  internal: \"\\e[1m\"\n  raw: \"L5\\a\\nL6\\x9b\"\n"
	"premium:\n  low_pct: 20\n  high_pct: 30\n"
	"  applies_to: \"equity\\e[2J\"\n"
	"compensation:\n"
	"  - region: \"Paris\\e]52;c;SGVsbG8=\\a\"\n"
	"    currency: EUR\n    base_low: 90000\n    base_high: 120000\n"
	"  - region: Lon\x1b[31mdon\xc2\x9b\n"
	"    currency: \"GB\\eP\"\n    base_low: \"\\e[2J\"\n"
	"---\n"
	"# Title \x1b[2J &#27;[2J\n\n"
	"**Negotiation DNA:** bold \x07 &#7; **+20-30% AGENTIC AI PREMIUM**\n\n"
	"| Region | Base |\n|---|---|\n"
	"| Paris&#27;[2J | \xe2\x82\xac"
	"90K\xe2\x80\x93\xe2\x82\xac"
	"120K "
	"&#x1b;]52;c;AAAA&#7; |\n\n"
	"## Levers &#x9b;31m \xc2\x9b\n\n"
	"1. **Competing offer (Paris\x1b[2J):** \"Say \x1b]52;c;AAAA\x07 "
	"&#x1b;[2J this [X] \xc2\x9b"
	"31m now, before they "
	"write the offer down.\"\n"
	"2. **Premium &#x9b;:** \"Agentic work &#27;]0;title&#7; is worth "
	"more than the band says it is.\"\n\n"
	"> **Negotiate Up Strategy:** \"My ask is \xe2\x82\xac"
	"115K base "
	"&#27;[2J &#7; &#x9b; \x9b with \xe2\x82\xac"
	"200K equity over four "
	"years.\" \"My accept-at floor is \xe2\x82\xac"
	"95K base.\"\n";

static void no_terminal_bytes(const char *field, const char *s, bool one_line,
                              void *ctx)
{
	(void)ctx;
	if (strchr(s, 0x1B) || strchr(s, 0x07) || strstr(s, "\xc2\x9b") ||
	    strchr(s, '\r'))
		fail_msg("%s still holds a terminal control: \"%s\"", field, s);
	if (!text_is_clean(s, !one_line))
		fail_msg("%s is not clean: \"%s\"", field, s);
}

static void test_escapes_never_reach_the_model(void **state)
{
	struct diag_list errs = {0}, found = {0};
	struct guide *g;
	size_t i;
	bool script_seen = false;

	(void)state;
	g = guide_load_buffer("evil\x1b[2J.md", escapes_guide,
	                      sizeof escapes_guide - 1, &errs);
	if (!g)
		hostile_print_diags("escapes", &errs);
	assert_non_null(g);
	guide_load_body(g);
	guide_check(g, TODAY, &found);

	/* The fields were filled (so the check below is not vacuous)... */
	assert_non_null(strstr(g->company_display, "Evil"));
	assert_non_null(strstr(g->company_display, "Corp"));
	assert_int_equal(g->band_count, 2);
	assert_true(str_starts_with(g->bands[0].region, "Paris"));
	assert_non_null(g->title);
	assert_true(g->section_count >= 1);
	for (i = 0; i < g->script_count; i++)
		script_seen |= strstr(g->scripts[i].text, "Say") != NULL;
	assert_true(script_seen);

	/* ...and none of them, nor any message, holds a control. */
	model_strings(g, no_terminal_bytes, NULL);
	for (i = 0; i < found.count; i++)
		no_terminal_bytes("check finding", found.items[i].message,
		                  false, NULL);
	for (i = 0; i < errs.count; i++)
		no_terminal_bytes("load error", errs.items[i].message, false,
		                  NULL);
	guide_free(g);
	diag_list_free(&found);
	diag_list_free(&errs);
}

/* A file's name is text from outside too. */
static void test_escapes_in_file_names(void **state)
{
	char *dir = temp_dir(), *path;
	struct library lib;
	size_t i;

	(void)state;
	path = path_in(dir, "bad\x1b[2J\x07name.md");
	write_file(path, "# not a guide\n", 14);
	free(path);
	path = path_in(dir, "good\x1b]52;c;AA\x07.md");
	write_file(path, good_guide, sizeof good_guide - 1);
	free(path);

	library_init(&lib);
	library_add_path(&lib, dir);
	assert_int_equal(lib.count, 1);
	assert_int_equal(lib.skipped_count, 1);
	/* Shown cleaned; kept as they are for reading the files again. */
	no_terminal_bytes("skipped path", lib.skipped[0].path_shown, true,
	                  NULL);
	no_terminal_bytes("skipped reason", lib.skipped[0].reason, true, NULL);
	assert_non_null(strstr(lib.skipped[0].path, "bad\x1b[2J\x07name.md"));
	for (i = 0; i < lib.count; i++) {
		no_terminal_bytes("guide path", lib.guides[i]->path_shown, true,
		                  NULL);
		assert_non_null(
			strstr(lib.guides[i]->path, "good\x1b]52;c;AA\x07.md"));
	}
	library_free(&lib);
	remove_dir(dir);
	free(dir);
}

static void test_text_clean_sequences(void **state)
{
	static const char *const bad[] = {
		"\x1b[2J",
		"\x1b]52;c;SGk=\x07",
		"\x07",
		"\xc2\x9b"
		"31m",
		"\x9b",
		"\x1bP+q\x1b\\",
		"\x7f",
		"a\rb",
		"\xe2\x80\xae"
		"rtl",
		"\xc0\x9b",
		"\xe0\x80\x9b",
		"\xf0\x80\x80\x9b",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *one = text_clean(bad[i], strlen(bad[i]), false);
		char *block = text_clean(bad[i], strlen(bad[i]), true);

		assert_false(text_is_clean(bad[i], true));
		no_terminal_bytes("text_clean one-line", one, true, NULL);
		no_terminal_bytes("text_clean block", block, false, NULL);
		assert_null(strchr(one, (char)0x9B));
		free(one);
		free(block);
	}
}

/* The reader pane's renderer parses the body again (cmark-gfm): what it
 * draws must be clean too, whatever the Markdown spells. */
static void test_mdrender_hostile(void **state)
{
	static const char *const bodies[] = {
		/* escapes raw, as references, in a table, heading and code */
		"# T \x1b[2J &#27;[2J\n\n| a&#x9b; | b |\n|---|---|\n"
		"| &#7; \x07 | `\x1b]52;c;AA\x07` |\n\n"
		"    code \x1b[31m &#27;\n\n<b>\x1b[2J</b> &#x1b;]0;t&#7;\n",
		/* a table with empty cells (regression: mdrender.c table_row
	         * copied from a NULL cell text; fuzz_mdrender) */
		"| a | |\n|---|---|\n| x | |\n|  | y |\n",
		"e|T\n-|-\n1",
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof bodies / sizeof *bodies; i++) {
		struct md_doc doc;

		memset(&doc, 0, sizeof doc);
		mdrender_doc(bodies[i], strlen(bodies[i]), 40, &doc);
		assert_true(doc.count > 0);
		for (k = 0; k < doc.count; k++)
			no_terminal_bytes("rendered line", doc.lines[k].text,
			                  true, NULL);
		mdrender_free(&doc);
	}
}

/* --- money -------------------------------------------------------------- */

/* Text handed to the scanner is a slice, not a C string: nothing past len
 * may be read.  Exact-size heap copies let ASan see a read one past.
 * Regression: "1,00" read s[4] (fuzz_money, money.c's old scanner). */
static void test_money_scan_stays_in_slice(void **state)
{
	static const char *const texts[] = {
		"1,00",
		"1,0",
		"1,",
		"\xe2\x82\xac"
		"1,00",
		"$1,000,00",
		"1.",
		"\xe2\x82\xac",
		"CHF",
		"US$",
		"5K-",
		"20--",
		"\xe2\x82\xac"
		"88\xe2\x80\x93",
		"1 to",
		"99999999999999999999999K",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		size_t len = strlen(texts[i]), pos = 0, steps = 0;
		char *exact = xmalloc(len);
		struct prose_money tok;

		memcpy(exact, texts[i], len);
		while (prose_scan_money(exact, len, &pos, &tok)) {
			assert_true(tok.end <= len);
			assert_true(tok.percent || tok.value <= AMOUNT_MAX);
			assert_true(++steps <= len);
		}
		assert_int_equal(pos, len);
		free(exact);
	}
}

static void test_money_absurd_amounts(void **state)
{
	static const char *const texts[] = {
		"99999999999999999999",
		"1e30",
		"-5",
		"999999999999999999999K",
		"€9999999999999999M", /* the euro sign, in UTF-8 */
		"1,000,000,000,000,000,001",
		"18446744073709551616",
		"9223372036854775808",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		amount_t v = 0;
		currency_t cur;
		struct error why = {0};

		if (input_amount(texts[i], NULL, &v, &cur, &why))
			assert_true(v >= 0 && v <= AMOUNT_MAX);
		else
			assert_true(why.msg[0] != '\0');
	}
	assert_int_equal(amount_add(AMOUNT_MAX, AMOUNT_MAX), AMOUNT_MAX);
	assert_int_equal(amount_sub(-AMOUNT_MAX, AMOUNT_MAX), -AMOUNT_MAX);
	assert_int_equal(amount_scale(AMOUNT_MAX, AMOUNT_MAX, 1), AMOUNT_MAX);
	assert_true(amount_percent(AMOUNT_MAX, 1e6) == AMOUNT_MAX);
}

/* --- regressions from the fuzzers ---------------------------------------- */

/* Calls fn on each file in HOSTILE_FIXTURES/sub (an exact-size copy, so
 * that ASan sees any read past the end); returns how many. */
static size_t each_fixture(const char *sub,
                           void (*fn)(const char *path, const char *data,
                                      size_t len))
{
	char *dir = path_in(HOSTILE_FIXTURES, sub);
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	if (!d) { /* git keeps no empty folders */
		free(dir);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		char *path, *data;
		long size;
		FILE *f;

		if (de->d_name[0] == '.')
			continue;
		path = path_in(dir, de->d_name);
		f = fopen(path, "rb");
		assert_non_null(f);
		assert_int_equal(fseek(f, 0, SEEK_END), 0);
		size = ftell(f);
		assert_true(size >= 0);
		rewind(f);
		data = xmalloc((size_t)size);
		assert_int_equal(fread(data, 1, (size_t)size, f), (size_t)size);
		fclose(f);
		fn(path, data, (size_t)size);
		free(data);
		free(path);
		n++;
	}
	closedir(d);
	free(dir);
	return n;
}

/* A guide loads or is refused with a reason; one that loads is clean. */
static void replay_guide(const char *path, const char *data, size_t len)
{
	struct diag_list errs = {0}, found = {0};
	struct guide *g = guide_load_buffer(path, data, len, &errs);

	if (g) {
		guide_check(g, TODAY, &found);
		model_strings(g, string_is_clean, (void *)(uintptr_t)path);
		guide_free(g);
	} else {
		assert_true(errs.count > 0);
	}
	diag_list_free(&found);
	diag_list_free(&errs);
}

static void replay_money(const char *path, const char *data, size_t len)
{
	struct prose_money tok;
	size_t pos = 0;

	while (prose_scan_money(data, len, &pos, &tok))
		if (tok.end > len || (!tok.percent && tok.value > AMOUNT_MAX))
			fail_msg("%s: token %zu..%zu out of place", path,
			         tok.start, tok.end);
}

static void replay_text(const char *path, const char *data, size_t len)
{
	char *out = text_clean(data, len, false);

	if (!text_is_clean(out, false))
		fail_msg("%s: text_clean output is not clean", path);
	free(out);
}

/* As fuzz_mdrender reads its input: the first byte picks the width. */
static void replay_mdrender(const char *path, const char *data, size_t len)
{
	struct md_doc doc;
	size_t k;

	if (len == 0)
		return;
	memset(&doc, 0, sizeof doc);
	mdrender_doc(data + 1, len - 1, 10 + (unsigned char)data[0] % 150,
	             &doc);
	for (k = 0; k < doc.count; k++)
		string_is_clean("rendered line", doc.lines[k].text, true,
		                (void *)(uintptr_t)path);
	mdrender_free(&doc);
}

static void test_fuzz_regressions(void **state)
{
	size_t n = 0;

	(void)state;
	if (access(HOSTILE_FIXTURES, R_OK) != 0)
		fail_msg("%s is missing (tests run from the repository root)",
		         HOSTILE_FIXTURES);
	n += each_fixture("guide", replay_guide);
	n += each_fixture("money", replay_money);
	n += each_fixture("text", replay_text);
	n += each_fixture("mdrender", replay_mdrender);
	assert_true(n > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_case_reported),
		cmocka_unit_test(test_bad_numbers_unknown),
		cmocka_unit_test(test_extreme_exponents),
		cmocka_unit_test(test_low_above_high_kept),
		cmocka_unit_test(test_invalid_utf8_replaced),
		cmocka_unit_test(test_deep_markdown_keeps_shallow),
		cmocka_unit_test(test_library_of_hostile_files),
		cmocka_unit_test(test_file_size_limit),
		cmocka_unit_test(test_empty_folders),
		cmocka_unit_test(test_symlinks),
		cmocka_unit_test(test_fill_plain_script),
		cmocka_unit_test(test_escapes_never_reach_the_model),
		cmocka_unit_test(test_escapes_in_file_names),
		cmocka_unit_test(test_text_clean_sequences),
		cmocka_unit_test(test_mdrender_hostile),
		cmocka_unit_test(test_money_scan_stays_in_slice),
		cmocka_unit_test(test_money_absurd_amounts),
		cmocka_unit_test(test_fuzz_regressions),
	};

	return cmocka_run_group_tests_name("hostile", tests, NULL, NULL);
}
