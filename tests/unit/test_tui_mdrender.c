/* Unit tests: the reader's Markdown layout (src/tui/mdrender.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "negotiator/text.h"
#include "tui/mdrender.h"
#include "negotiator/utf8.h"

static size_t line_width(const struct md_line *l)
{
	return utf8_width(l->text, l->len);
}

static bool has_line(const struct md_doc *d, const char *needle)
{
	size_t i;

	for (i = 0; i < d->count; i++)
		if (strstr(d->lines[i].text, needle))
			return true;
	return false;
}

/* The first line holding needle; fails the test when none does. */
static const struct md_line *find_line(const struct md_doc *d,
                                       const char *needle)
{
	static const struct md_line none = {(char *)"", 0, NULL, 0};
	size_t i;

	for (i = 0; i < d->count; i++)
		if (strstr(d->lines[i].text, needle))
			return &d->lines[i];
	fail_msg("no line holds \"%s\"", needle);
	return &none;
}

/* Byte offset of needle in the line; fails the test when absent. */
static size_t offset_of(const struct md_line *l, const char *needle)
{
	const char *p = strstr(l->text, needle);

	if (!p)
		fail_msg("\"%s\" not in \"%s\"", needle, l->text);
	return p ? (size_t)(p - l->text) : 0;
}

/* The style of the span holding byte `at` of the line. */
static unsigned style_at(const struct md_line *l, size_t at)
{
	size_t k;

	for (k = 0; k < l->span_count; k++)
		if (at >= l->spans[k].start &&
		    at < l->spans[k].start + l->spans[k].len)
			return l->spans[k].style;
	fail_msg("no span covers byte %zu of \"%s\"", at, l->text);
	return 0;
}

static void check_spans_cover(const struct md_doc *d)
{
	size_t i, k, pos;

	for (i = 0; i < d->count; i++) {
		pos = 0;
		for (k = 0; k < d->lines[i].span_count; k++) {
			assert_int_equal(d->lines[i].spans[k].start, pos);
			pos += d->lines[i].spans[k].len;
		}
		assert_int_equal(pos, d->lines[i].len);
		assert_true(text_is_clean(d->lines[i].text, false));
	}
}

static void test_blocks_and_emphasis(void **state)
{
	const char *md = "### Title here\n\n"
			 "Some **bold** and *soft* words with `code`.\n\n"
			 "1. **First:** one\n2. Second\n\n"
			 "- a bullet\n\n"
			 "> quoted **ask** text\n\n"
			 "---\n";
	struct md_doc d = {0};
	const struct md_line *l;

	(void)state;
	mdrender_doc(md, strlen(md), 40, &d);
	check_spans_cover(&d);
	l = find_line(&d, "Title here");
	assert_true(style_at(l, 0) & MD_HEADING);
	l = find_line(&d, "Some bold");
	assert_true(style_at(l, offset_of(l, "bold")) & MD_BOLD);
	assert_true(style_at(l, offset_of(l, "soft")) & MD_EMPH);
	assert_true(style_at(l, offset_of(l, "code")) & MD_CODE);
	assert_false(style_at(l, 0) & (MD_BOLD | MD_EMPH));
	assert_true(has_line(&d, "1. First: one"));
	assert_true(has_line(&d, "2. Second"));
	assert_true(has_line(&d, "• a bullet"));
	l = find_line(&d, "quoted");
	assert_true(strncmp(l->text, "│ ", strlen("│ ")) == 0);
	assert_true(style_at(l, strlen("│ ")) & MD_QUOTE);
	l = find_line(&d, "──────────");
	assert_int_equal(line_width(l), 40);
	mdrender_free(&d);
}

static void test_wraps_to_width(void **state)
{
	const char *md = "- a list item long enough to need several lines at "
			 "this narrow width, with €88K–€120K in it\n";
	struct md_doc d = {0};
	size_t i;

	(void)state;
	mdrender_doc(md, strlen(md), 20, &d);
	assert_true(d.count >= 4);
	for (i = 0; i < d.count; i++)
		assert_true(line_width(&d.lines[i]) <= 20);
	/* A hanging indent under the bullet. */
	assert_true(strncmp(d.lines[0].text, "• ", strlen("• ")) == 0);
	assert_true(strncmp(d.lines[1].text, "  ", 2) == 0);
	mdrender_free(&d);
}

static void test_table_grid(void **state)
{
	const char *md =
		"| Region | Base |\n|---|---:|\n"
		"| Paris | €88K–€120K |\n"
		"| Remote Global | Varies by location (65–100% of NYC) |\n";
	struct md_doc d = {0};
	size_t i, w;
	const struct md_line *l;

	(void)state;
	mdrender_doc(md, strlen(md), 40, &d);
	check_spans_cover(&d);
	assert_true(d.count >= 6);
	assert_true(strncmp(d.lines[0].text, "┌", strlen("┌")) == 0);
	assert_true(strncmp(d.lines[d.count - 1].text, "└", strlen("└")) == 0);
	assert_true(has_line(&d, "├"));
	/* Every line of the grid is as wide as the top border. */
	w = line_width(&d.lines[0]);
	assert_true(w <= 40);
	for (i = 0; i < d.count; i++)
		assert_int_equal(line_width(&d.lines[i]), w);
	l = find_line(&d, "Region");
	assert_true(style_at(l, offset_of(l, "Region")) & MD_TABLE_HEAD);
	/* The long cell wrapped inside its column. */
	assert_true(has_line(&d, "Varies"));
	assert_true(has_line(&d, "NYC)"));
	/* Right-aligned column: the amount ends at the bar. */
	l = find_line(&d, "€88K–€120K");
	offset_of(l, "€88K–€120K │");
	mdrender_free(&d);
}

static void test_mdrender_control_characters_cleaned(void **state)
{
	const char *md = "Hello \x1b[31mred\x1b[0m \x07 and \xc2\x9b C1 "
			 "\x1b]0;title\x07 bad \xff byte\n\n"
			 "    code \x1b[2J block\n";
	struct md_doc d = {0};
	size_t i;

	(void)state;
	mdrender_doc(md, strlen(md), 60, &d);
	assert_true(d.count >= 2);
	check_spans_cover(&d);
	for (i = 0; i < d.count; i++) {
		assert_null(strchr(d.lines[i].text, 0x1b));
		assert_null(strchr(d.lines[i].text, 0x07));
		assert_null(strstr(d.lines[i].text, "\xc2\x9b"));
	}
	assert_true(has_line(&d, "red"));
	mdrender_free(&d);
}

static void test_deep_nesting(void **state)
{
	size_t n = 20000, i;
	char *md = malloc(n * 2 + 16);
	struct md_doc d = {0};

	(void)state;
	assert_non_null(md);
	for (i = 0; i < n; i++) {
		md[2 * i] = '>';
		md[2 * i + 1] = ' ';
	}
	strcpy(md + 2 * n, "deep\n");
	mdrender_doc(md, strlen(md), 30, &d);
	assert_true(has_line(&d, "deep"));
	for (i = 0; i < d.count; i++)
		assert_true(line_width(&d.lines[i]) <= 30);
	mdrender_free(&d);
	/* Lists too. */
	for (i = 0; i < n; i++) {
		md[2 * i] = i % 2 ? ' ' : '-';
		md[2 * i + 1] = ' ';
	}
	mdrender_doc(md, strlen(md), 30, &d);
	assert_true(has_line(&d, "deep"));
	mdrender_free(&d);
	free(md);
}

static void test_search(void **state)
{
	const char *md = "alpha\n\nBravo charlie\n\nalpha again\n";
	struct md_doc d = {0};
	size_t line = 99;

	(void)state;
	mdrender_doc(md, strlen(md), 30, &d);
	assert_int_equal(d.count, 5);
	assert_true(mdrender_search(&d, "BRAVO", 0, true, &line));
	assert_int_equal(line, 2);
	assert_true(mdrender_search(&d, "alpha", 1, true, &line));
	assert_int_equal(line, 4);
	/* Wraps around past the end. */
	assert_true(mdrender_search(&d, "alpha", 5, true, &line));
	assert_int_equal(line, 0);
	assert_true(mdrender_search(&d, "alpha", 3, false, &line));
	assert_int_equal(line, 0);
	assert_false(mdrender_search(&d, "zulu", 0, true, &line));
	assert_false(mdrender_search(&d, "", 0, true, &line));
	/* "2 of 2": the lines holding it, and the place of one of them. */
	size_t at;
	assert_int_equal(mdrender_count(&d, "alpha", 4, &at), 2);
	assert_int_equal(at, 2);
	assert_int_equal(mdrender_count(&d, "ALPHA", 0, &at), 2);
	assert_int_equal(at, 1);
	assert_int_equal(mdrender_count(&d, "zulu", 0, &at), 0);
	assert_int_equal(at, 0);
	mdrender_free(&d);
	assert_int_equal(d.count, 0);
}

static void test_seed_body(void **state)
{
	FILE *f = fopen("../shared/seeds/000_6cf6d1a21825cad0.txt", "rb");
	static char buf[1 << 16];
	struct md_doc d = {0};
	const char *body;
	size_t n;

	(void)state;
	if (!f) {
		skip(); /* ../shared is absent: nothing to read */
		return;
	}
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	body = strstr(buf + 3, "\n---\n");
	assert_non_null(body);
	body += 5;
	mdrender_doc(body, strlen(body), 80, &d);
	check_spans_cover(&d);
	assert_true(has_line(&d, "┌"));
	assert_true(has_line(&d, "│ Paris"));
	assert_true(has_line(&d, "1. Pre-IPO Equity"));
	assert_true(has_line(&d, "│ Negotiate Up Strategy:"));
	mdrender_free(&d);
}

/* A body whose Markdown would take cmark-gfm past its memory bound
 * (issue 13.15): laid out piece by piece, heading to heading; the piece
 * past its own bound as it is, under a note, the others as Markdown. */
static void test_past_the_memory_bound(void **state)
{
	struct strbuf sb;
	struct md_doc d = {0};

	(void)state;
	sb_init(&sb);
	sb_adds(&sb, "# First\n\nSome **bold** words.\n\n## Table\n\n");
	for (int r = 0; r < 3002; r++) {
		for (int i = 0; i < 100; i++)
			sb_adds(&sb, r == 1 ? "|-" : "|x");
		sb_adds(&sb, "|\n");
	}
	sb_adds(&sb, "\n## Last\n\nMore *words*.\n");
	mdrender_doc(sb.data, sb.len, 80, &d);
	check_spans_cover(&d);
	const struct md_line *first = find_line(&d, "First");
	const struct md_line *last = find_line(&d, "Last");
	assert_true(style_at(first, offset_of(first, "First")) & MD_HEADING);
	assert_true(style_at(last, offset_of(last, "Last")) & MD_HEADING);
	assert_true(has_line(&d, "its Markdown would take more memory"));
	assert_true(has_line(&d, "## Table")); /* as it is */
	assert_true(has_line(&d, "|x|x|x|x|"));
	assert_false(has_line(&d, "┌"));        /* no grid drawn */
	assert_false(has_line(&d, "**bold**")); /* the rest is Markdown */
	mdrender_free(&d);

	/* mdrender_plain: every line as it is, wrapped and cleaned. */
	static const char plain[] = "# Title\n\nA \x1b[31mred\x07 line\n";
	mdrender_plain(plain, strlen(plain), 10, &d);
	check_spans_cover(&d);
	assert_true(has_line(&d, "# Title"));
	for (size_t i = 0; i < d.count; i++) {
		assert_true(line_width(&d.lines[i]) <= 10);
		assert_null(strchr(d.lines[i].text, '\x1b'));
		assert_null(strchr(d.lines[i].text, '\x07'));
	}
	mdrender_free(&d);
	sb_free(&sb);
}

/* Issue 20 F13: the layout of a 1 MiB body of short lines is bounded
 * (it took 65-126 MB); past the bound a last line says the rest is not
 * shown; freeing it gives it all back. */
static void test_layout_bounded(void **state)
{
	(void)state;
	struct strbuf sb;
	sb_init(&sb);
	while (sb.len < 1024 * 1024)
		sb_adds(&sb, "a b\n\n");
	for (int plain = 0; plain < 2; plain++) {
		struct md_doc doc = {0};
		size_t before = heap_in_use();
		if (plain)
			mdrender_plain(sb.data, sb.len, 80, &doc);
		else
			mdrender_doc(sb.data, sb.len, 80, &doc);
		size_t held = heap_in_use() - before;
		if (before)
			assert_true(held <= MDRENDER_MAX_BYTES + 1024 * 1024);
		assert_true(doc.bytes <= MDRENDER_MAX_BYTES);
		assert_true(doc.dropped > 0);
		assert_true(doc.count < 200000);
		const struct md_line *last = &doc.lines[doc.count - 1];
		char *all = xstrdup("");
		for (size_t i = doc.count - 3; i < doc.count; i++) {
			char *more =
				xmalloc(strlen(all) + doc.lines[i].len + 2);
			sprintf(more, "%s %s", all, doc.lines[i].text);
			free(all);
			all = more;
		}
		assert_non_null(strstr(all, "is not shown"));
		assert_non_null(strstr(all, "It is in the guide's file."));
		assert_true(last->len > 0);
		free(all);
		mdrender_free(&doc);
		if (before)
			assert_true(heap_in_use() <= before + 64 * 1024);
	}
	/* An ordinary guide is laid out whole. */
	struct md_doc doc = {0};
	mdrender_doc("# T\n\nWords.\n", 12, 40, &doc);
	assert_int_equal(doc.dropped, 0);
	assert_string_equal(doc.lines[doc.count - 1].text, "Words.");
	mdrender_free(&doc);
	sb_free(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks_and_emphasis),
		cmocka_unit_test(test_wraps_to_width),
		cmocka_unit_test(test_table_grid),
		cmocka_unit_test(test_mdrender_control_characters_cleaned),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_seed_body),
		cmocka_unit_test(test_past_the_memory_bound),
		cmocka_unit_test(test_layout_bounded),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
