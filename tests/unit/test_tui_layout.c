/* Unit tests: table column widths (src/tui/table.c) and word wrap
 * (src/tui/wrap.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "tui/table.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

/* Region, base, equity, premium, bonus, total as the bands pane asks. */
static const struct col_spec layout_bands[6] = {
	{6, 13, 0},  {11, 11, 0}, {11, 11, 0},
	{11, 11, 4}, {5, 5, 3},   {11, 11, 2},
};

static int sum(const int *w, int n)
{
	int i, s = 0;
	for (i = 0; i < n; i++)
		s += w[i];
	return s;
}

static void test_everything_fits(void **state)
{
	int w[6];

	(void)state;
	assert_int_equal(table_layout(layout_bands, 6, 200, 2, w), 6);
	assert_int_equal(w[0], 13);
	assert_int_equal(w[1], 11);
	assert_int_equal(w[4], 5);
	/* Width nobody wants is not handed out. */
	assert_int_equal(sum(w, 6), 13 + 11 * 4 + 5);
}

static void test_drops_in_order(void **state)
{
	int w[6];

	(void)state;
	/* All at minimum: 6+11+11+11+5+11 = 55, plus 5 gaps of 2 = 65. */
	assert_int_equal(table_layout(layout_bands, 6, 65, 2, w), 6);
	assert_int_equal(w[0], 6);
	/* One short: the premium column (drop 4) goes first. */
	assert_int_equal(table_layout(layout_bands, 6, 64, 2, w), 5);
	assert_int_equal(w[3], 0);
	assert_true(w[4] > 0 && w[5] > 0);
	/* Then bonus (3), then total (2). */
	assert_int_equal(table_layout(layout_bands, 6, 51, 2, w), 4);
	assert_int_equal(w[4], 0);
	assert_int_equal(table_layout(layout_bands, 6, 40, 2, w), 3);
	assert_int_equal(w[5], 0);
	assert_true(sum(w, 6) + 2 * 2 <= 40);
	/* Spare width goes to what columns want, in order. */
	assert_int_equal(w[0], 13);
	assert_int_equal(w[1], 11);
}

static void test_never_dropped_are_narrowed(void **state)
{
	int w[6];

	(void)state;
	assert_int_equal(table_layout(layout_bands, 6, 20, 2, w), 3);
	assert_int_equal(w[0], 6);
	assert_int_equal(w[1], 10);
	assert_int_equal(w[2], 0);
	assert_int_equal(table_layout(layout_bands, 6, 0, 2, w), 3);
	assert_int_equal(sum(w, 6), 0);
	assert_int_equal(table_layout(layout_bands, 6, -5, 2, w), 3);
	assert_int_equal(sum(w, 6), 0);
}

static void test_wrap_words(void **state)
{
	struct wrap_line *l;
	const char *s = "I have an offer from [Google Paris L5] at €130K base";
	size_t n, i;

	(void)state;
	n = wrap_text(s, strlen(s), 16, &l);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++) {
		assert_true(l[i].width <= 16);
		assert_int_equal(l[i].width,
		                 utf8_width(s + l[i].start, l[i].len));
		assert_true(s[l[i].start] != ' ');
		assert_true(s[l[i].start + l[i].len - 1] != ' ');
	}
	assert_memory_equal(s + l[0].start, "I have an offer", l[0].len);
	assert_memory_equal(s + l[1].start, "from [Google", l[1].len);
	assert_memory_equal(s + l[2].start, "Paris L5] at", l[2].len);
	assert_memory_equal(s + l[3].start, "€130K base", l[3].len);
	assert_int_equal(l[3].width, 10);
	assert_int_equal(l[3].len, 12);
	free(l);
}

static void test_wrap_breaks_and_long_words(void **state)
{
	struct wrap_line *l;
	const char *s = "ab\n\ncdefghijkl";
	size_t n;

	(void)state;
	n = wrap_text(s, strlen(s), 4, &l);
	assert_int_equal(n, 5);
	assert_int_equal(l[0].len, 2);
	assert_int_equal(l[1].len, 0); /* the empty line is kept */
	assert_memory_equal(s + l[2].start, "cdef", 4);
	assert_memory_equal(s + l[3].start, "ghij", 4);
	assert_memory_equal(s + l[4].start, "kl", 2);
	free(l);
	n = wrap_text("", 0, 10, &l);
	assert_int_equal(n, 1);
	assert_int_equal(l[0].len, 0);
	free(l);
	/* Width below one still makes progress. */
	n = wrap_text("abc", 3, 0, &l);
	assert_int_equal(n, 3);
	free(l);
}

/* A path too long for its columns keeps its end from a folder's
 * boundary after "…" (src/tui/draw.c); one that fits is whole. */
static void test_path_fit(void **state)
{
	(void)state;
	char out[128];
	const char *p = "/dev/shm/tmp.LHcVGXx7q4/config/negotiator/rates";

	draw_path_fit(out, sizeof out, p, 60);
	assert_string_equal(out, p);
	draw_path_fit(out, sizeof out, p, 46);
	assert_string_equal(out, "…/shm/tmp.LHcVGXx7q4/config/negotiator/rates");
	assert_true(utf8_width(out, strlen(out)) <= 46);
	draw_path_fit(out, sizeof out, p, 20);
	assert_string_equal(out, "…/negotiator/rates");
	/* No folder's boundary in what fits: cut inside the name. */
	draw_path_fit(out, sizeof out, "/home/someone/averyveryverylongname", 12);
	assert_string_equal(out, "…erylongname");
	assert_true(utf8_width(out, strlen(out)) <= 12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_path_fit),
		cmocka_unit_test(test_everything_fits),
		cmocka_unit_test(test_drops_in_order),
		cmocka_unit_test(test_never_dropped_are_narrowed),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_breaks_and_long_words),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
