/* Unit tests: the TUI's one-line editor (src/tui/lineedit.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tui/lineedit.h"

static void type(struct lineedit *le, const char *s)
{
	assert_int_equal(lineedit_insert_text(le, s), strlen(s));
}

static void test_insert_and_cursor(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le);
	assert_true(lineedit_empty(&le));
	type(&le, "130k");
	assert_string_equal(lineedit_text(&le), "130k");
	assert_int_equal(le.cur, 4);
	assert_true(lineedit_apply(&le, LE_LEFT));
	assert_true(lineedit_insert(&le, '5'));
	assert_string_equal(lineedit_text(&le), "1305k");
	assert_true(lineedit_apply(&le, LE_HOME));
	assert_false(lineedit_apply(&le, LE_HOME));
	assert_false(lineedit_apply(&le, LE_LEFT));
	assert_true(lineedit_insert(&le, 0x20AC)); /* € */
	assert_string_equal(lineedit_text(&le), "€1305k");
	assert_int_equal(le.cur, 3);
	assert_true(lineedit_apply(&le, LE_END));
	assert_int_equal(le.cur, le.len);
	assert_false(lineedit_apply(&le, LE_RIGHT));
}

static void test_utf8_steps(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le);
	type(&le, "a€£¥b");
	assert_int_equal(le.len, 1 + 3 + 2 + 2 + 1);
	assert_true(lineedit_apply(&le, LE_LEFT));      /* before b */
	assert_true(lineedit_apply(&le, LE_BACKSPACE)); /* removes ¥ whole */
	assert_string_equal(lineedit_text(&le), "a€£b");
	assert_true(lineedit_apply(&le, LE_HOME));
	assert_true(lineedit_apply(&le, LE_RIGHT));
	assert_true(lineedit_apply(&le, LE_DELETE)); /* removes € whole */
	assert_string_equal(lineedit_text(&le), "a£b");
	assert_int_equal(le.cur, 1);
	/* Columns, not bytes: £ is one column. */
	assert_true(lineedit_apply(&le, LE_RIGHT));
	assert_int_equal(lineedit_cursor_col(&le), 2);
}

static void test_kills(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le);
	type(&le, "CHF 210K extra");
	assert_true(lineedit_apply(&le, LE_KILL_WORD));
	assert_string_equal(lineedit_text(&le), "CHF 210K ");
	assert_true(lineedit_apply(&le, LE_KILL_WORD));
	assert_string_equal(lineedit_text(&le), "CHF ");
	lineedit_set(&le, "130,000");
	lineedit_apply(&le, LE_HOME);
	lineedit_apply(&le, LE_RIGHT);
	lineedit_apply(&le, LE_RIGHT);
	lineedit_apply(&le, LE_RIGHT);
	assert_true(lineedit_apply(&le, LE_KILL_END));
	assert_string_equal(lineedit_text(&le), "130");
	lineedit_set(&le, "130,000");
	lineedit_apply(&le, LE_LEFT);
	assert_true(lineedit_apply(&le, LE_KILL_START));
	assert_string_equal(lineedit_text(&le), "0");
	assert_int_equal(le.cur, 0);
	assert_true(lineedit_apply(&le, LE_CLEAR));
	assert_true(lineedit_empty(&le));
	assert_false(lineedit_apply(&le, LE_CLEAR));
	assert_false(lineedit_apply(&le, LE_BACKSPACE));
	assert_false(lineedit_apply(&le, LE_DELETE));
	assert_false(lineedit_apply(&le, LE_KILL_WORD));
}

/* What was typed is never lost to a key the editor refuses. */
static void test_refusals_keep_text(void **state)
{
	struct lineedit le;
	size_t n = 0;

	(void)state;
	lineedit_init(&le);
	type(&le, "95k");
	assert_false(lineedit_insert(&le, 0x1B));   /* ESC */
	assert_false(lineedit_insert(&le, 0x07));   /* BEL */
	assert_false(lineedit_insert(&le, 0x9B));   /* CSI (C1) */
	assert_false(lineedit_insert(&le, 0x7F));   /* DEL */
	assert_false(lineedit_insert(&le, 0xD800)); /* surrogate */
	assert_false(lineedit_insert(&le, 0x110000));
	assert_string_equal(lineedit_text(&le), "95k");
	/* Fill it up; the last insert is refused and nothing is cut. */
	while (lineedit_insert(&le, '9'))
		n++;
	assert_int_equal(le.len, LINEEDIT_MAX - 1);
	assert_int_equal(n, LINEEDIT_MAX - 1 - 3);
	assert_memory_equal(lineedit_text(&le), "95k9", 4);
	/* A two-byte character that does not fit whole is refused too. */
	lineedit_apply(&le, LE_BACKSPACE);
	assert_false(lineedit_insert(&le, 0x20AC));
	assert_int_equal(le.len, LINEEDIT_MAX - 2);
}

static void test_paste(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le);
	/* Tabs and newlines become spaces; CR is dropped; an escape stops
	 * the paste where it is. */
	assert_int_equal(lineedit_insert_text(&le, "1\t2\r\n3"), 6);
	assert_string_equal(lineedit_text(&le), "1 2 3");
	assert_int_equal(lineedit_insert_text(&le, "4\x1b[31m"), 1);
	assert_string_equal(lineedit_text(&le), "1 2 34");
	/* Invalid UTF-8 comes in as U+FFFD, as text_clean() would make it. */
	assert_int_equal(lineedit_insert_text(&le, "\xff"), 1);
	assert_string_equal(lineedit_text(&le), "1 2 34\xef\xbf\xbd");
}

static void test_view_scrolls_to_cursor(void **state)
{
	struct lineedit le;
	size_t start;

	(void)state;
	lineedit_init(&le);
	type(&le, "0123456789");
	/* A 5-column field: the cursor at the end needs its own column. */
	start = lineedit_view_start(&le, 5, 0);
	assert_int_equal(start, 6);
	lineedit_apply(&le, LE_HOME);
	assert_int_equal(lineedit_view_start(&le, 5, start), 0);
	/* Wide text: each € is one column, three bytes. */
	lineedit_set(&le, "€€€€€€");
	start = lineedit_view_start(&le, 4, 0);
	assert_int_equal(start, 9); /* three characters stay in view */
}

/* Issue 20 F11: bidirectional controls and line separators typed or
 * pasted never enter a field; issue 20: a text cut for room says so. */
static void test_bidi_refused_and_cut_said(void **state)
{
	(void)state;
	struct lineedit le;
	lineedit_init(&le);
	static const uint32_t bidi[] = {0x202A, 0x202B, 0x202C, 0x202D,
	                                0x202E, 0x2066, 0x2067, 0x2068,
	                                0x2069, 0x2028, 0x2029};
	for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++)
		assert_false(lineedit_insert(&le, bidi[i]));
	/* A paste stops at one, keeping what came before. */
	assert_int_equal(lineedit_insert_text(&le, "ab\xe2\x80\xae"
	                                           "cd"),
	                 2);
	assert_string_equal(lineedit_text(&le), "ab");
	assert_false(le.cut);
	for (int i = 0; i < LINEEDIT_MAX + 10; i++)
		lineedit_insert(&le, 'x');
	assert_int_equal(strlen(lineedit_text(&le)), LINEEDIT_MAX - 1);
	assert_true(le.cut);
	lineedit_set(&le, "short");
	assert_false(le.cut);
}

static void touch(const char *dir, const char *name)
{
	char path[1400];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
}

/* Tab in the e and w prompts: a path completed from its folder. */
static void test_complete_path(void **state)
{
	char dir[] = "/tmp/negotiator-complete-XXXXXX", sub[600], typed[700];
	char choices[200];
	struct lineedit le;

	(void)state;
	assert_non_null(mkdtemp(dir));
	touch(dir, "offer-acme.md");
	touch(dir, "offer-brio.md");
	touch(dir, ".hidden-notes");
	snprintf(sub, sizeof sub, "%s/notes", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	touch(sub, "round-one.txt");

	/* Two names fit: their common start, and both as choices. */
	snprintf(typed, sizeof typed, "%s/of", dir);
	lineedit_set(&le, typed);
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 2);
	snprintf(typed, sizeof typed, "%s/offer-", dir);
	assert_string_equal(lineedit_text(&le), typed);
	assert_string_equal(choices, "offer-acme.md  offer-brio.md");
	/* One more letter: the one name, whole. */
	lineedit_insert(&le, 'b');
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 1);
	snprintf(typed, sizeof typed, "%s/offer-brio.md", dir);
	assert_string_equal(lineedit_text(&le), typed);
	assert_string_equal(choices, "");
	assert_int_equal(le.cur, le.len);
	/* A folder ends with '/', and its names follow from there. */
	snprintf(typed, sizeof typed, "%s/no", dir);
	lineedit_set(&le, typed);
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 1);
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 1);
	snprintf(typed, sizeof typed, "%s/notes/round-one.txt", dir);
	assert_string_equal(lineedit_text(&le), typed);
	/* Hidden names only for a dot; nothing that fits changes nothing. */
	snprintf(typed, sizeof typed, "%s/.h", dir);
	lineedit_set(&le, typed);
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 1);
	snprintf(typed, sizeof typed, "%s/zzz", dir);
	lineedit_set(&le, typed);
	assert_int_equal(
		lineedit_complete_path(&le, NULL, choices, sizeof choices), 0);
	assert_string_equal(lineedit_text(&le), typed);
	/* "~/" is the home folder given. */
	lineedit_set(&le, "~/offer-a");
	assert_int_equal(
		lineedit_complete_path(&le, dir, choices, sizeof choices), 1);
	assert_string_equal(lineedit_text(&le), "~/offer-acme.md");

	snprintf(typed, sizeof typed, "rm -r '%s'", dir);
	assert_int_equal(system(typed), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_cursor),
		cmocka_unit_test(test_utf8_steps),
		cmocka_unit_test(test_kills),
		cmocka_unit_test(test_refusals_keep_text),
		cmocka_unit_test(test_paste),
		cmocka_unit_test(test_view_scrolls_to_cursor),
		cmocka_unit_test(test_bidi_refused_and_cut_said),
		cmocka_unit_test(test_complete_path),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
