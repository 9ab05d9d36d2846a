/* Unit tests: the key table (src/tui/actions.h, src/tui/keys.c): one
 * meaning per key per context, lookups through a chain of contexts, and
 * the printed table that the man page and the help overlay share. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/keys.h"

static void test_keys_table_is_consistent(void **state)
{
	size_t i, j;
	int a, b;

	(void)state;
	assert_int_equal(keys_count, ACT_COUNT - 1);
	for (i = 0; i < keys_count; i++) {
		const struct action_info *x = &keys_table[i];
		assert_int_equal(x->act, (enum action)(i + 1));
		assert_ptr_equal(keys_action(x->act), x);
		assert_true(x->ctx > CTX_NONE && x->ctx < CTX_COUNT);
		assert_non_null(x->help);
		assert_true(strlen(x->help) > 3);
		assert_true(x->keys[0] != 0);
		/* No key means two things in one context. */
		for (j = i + 1; j < keys_count; j++) {
			const struct action_info *y = &keys_table[j];
			if (y->ctx != x->ctx)
				continue;
			for (a = 0; a < 3; a++)
				for (b = 0; b < 3; b++)
					if (x->keys[a] &&
					    x->keys[a] == y->keys[b])
						fail_msg("key %d bound to "
						         "actions %zu "
						         "and %zu in one "
						         "context",
						         x->keys[a], i + 1,
						         j + 1);
		}
	}
	assert_null(keys_action(ACT_NONE));
	assert_null(keys_action(ACT_COUNT));
}

static void test_lookup_follows_chain(void **state)
{
	const enum action_ctx text_field[] = {CTX_EDIT, CTX_FORM, CTX_GLOBAL,
	                                      CTX_NONE};
	const enum action_ctx region_field[] = {CTX_FORM, CTX_EDIT, CTX_GLOBAL,
	                                        CTX_NONE};
	const enum action_ctx overlay[] = {CTX_OVERLAY, CTX_SEARCH, CTX_MOVE,
	                                   CTX_GLOBAL, CTX_NONE};
	const enum action_ctx guides[] = {CTX_GUIDES, CTX_MOVE, CTX_GLOBAL,
	                                  CTX_NONE};

	(void)state;
	/* Left edits text in a field, picks the region on the region row. */
	assert_int_equal(keys_lookup(text_field, TK_FN(KEY_LEFT)),
	                 ACT_EDIT_LEFT);
	assert_int_equal(keys_lookup(region_field, TK_FN(KEY_LEFT)),
	                 ACT_REGION_PREV);
	/* Tab and S-Tab go through the panes everywhere, the form too;
	 * Down and Up go through its fields. */
	assert_int_equal(keys_lookup(text_field, '\t'), ACT_NEXT_PANE);
	assert_int_equal(keys_lookup(region_field, TK_FN(KEY_BTAB)),
	                 ACT_PREV_PANE);
	assert_int_equal(keys_lookup(guides, '\t'), ACT_NEXT_PANE);
	/* On the Region row letters type a region's name: h and l are
	 * no longer its arrows. */
	assert_int_equal(keys_lookup(region_field, 'l'), ACT_NONE);
	assert_int_equal(keys_lookup(guides, 'j'), ACT_DOWN);
	assert_int_equal(keys_lookup(guides, TK_FN(KEY_DOWN)), ACT_DOWN);
	assert_int_equal(keys_lookup(text_field, TK_FN(KEY_DOWN)),
	                 ACT_FIELD_NEXT);
	assert_int_equal(keys_lookup(guides, '/'), ACT_FILTER);
	assert_int_equal(keys_lookup(guides, 'q'), ACT_QUIT);
	assert_int_equal(keys_lookup(guides, '\r'), ACT_OPEN);
	assert_int_equal(keys_lookup(guides, 'Z'), ACT_NONE);
	assert_int_equal(keys_lookup(guides, 0), ACT_NONE);
	/* A window over the panes: q and Esc close it, whatever quits
	 * elsewhere; C-j is Enter as much as C-m is. */
	assert_int_equal(keys_lookup(overlay, 'q'), ACT_OVERLAY_CLOSE);
	assert_int_equal(keys_lookup(overlay, TK_ESC), ACT_OVERLAY_CLOSE);
	assert_int_equal(keys_lookup(overlay, '\n'), ACT_OVERLAY_CLOSE);
	assert_int_equal(keys_lookup(overlay, '/'), ACT_SEARCH);
	assert_int_equal(keys_lookup(overlay, ' '), ACT_PAGE_DOWN);
	assert_int_equal(keys_lookup(guides, '\n'), ACT_OPEN);
}

/* The footer shows an action's status word, the help its sentence: the
 * word is in the sentence, so a key has one name in both ("e export"
 * and "Export the whole negotiation ..."). */
static void test_one_name_per_key(void **state)
{
	(void)state;
	for (size_t i = 0; i < keys_count; i++) {
		const struct action_info *a = &keys_table[i];
		const char *hit;
		bool word = false;
		if (!a->status)
			continue;
		for (hit = a->help; (hit = str_icase_find(hit, a->status));
		     hit++)
			if (hit == a->help || hit[-1] == ' ' || hit[-1] == '(')
				word = true;
		if (!word)
			fail_msg("footer word \"%s\" is not in the help "
			         "\"%s\"",
			         a->status, a->help);
	}
}

static void test_labels(void **state)
{
	char buf[64];

	(void)state;
	keys_label(TK_FN(KEY_BTAB), buf, sizeof buf);
	assert_string_equal(buf, "S-Tab");
	keys_label(TK_CTRL('t'), buf, sizeof buf);
	assert_string_equal(buf, "C-t");
	keys_label(TK_ESC, buf, sizeof buf);
	assert_string_equal(buf, "Esc");
	keys_label('?', buf, sizeof buf);
	assert_string_equal(buf, "?");
	keys_action_label(keys_action(ACT_OPEN), buf, sizeof buf);
	assert_string_equal(buf, "Enter"); /* '\n', '\r', KEY_ENTER: once */
	keys_action_label(keys_action(ACT_UP), buf, sizeof buf);
	assert_string_equal(buf, "Up, k");
	keys_action_label(keys_action(ACT_EDIT_BACKSPACE), buf, sizeof buf);
	assert_string_equal(buf, "Backspace");
}

static char *printed(bool roff)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	keys_print(f, roff);
	fclose(f);
	return buf;
}

static void test_printed_table(void **state)
{
	char *plain = printed(false), *roff = printed(true);
	size_t i;

	(void)state;
	/* Every action, with its help, in both forms. */
	for (i = 0; i < keys_count; i++)
		if (!strstr(plain, keys_table[i].help))
			fail_msg("plain key table lacks \"%s\"",
			         keys_table[i].help);
	assert_non_null(strstr(plain, keys_ctx_title(CTX_FORM)));
	assert_non_null(strstr(roff, ".SS Offer form\n"));
	assert_non_null(strstr(roff, ".TP\n.B Up, k\n"));
	/* roff escapes: '-' as \- so "S-Tab" survives groff. */
	assert_non_null(strstr(roff, "S\\-Tab"));
	assert_null(strstr(plain, "\\-"));
	free(plain);
	free(roff);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_table_is_consistent),
		cmocka_unit_test(test_lookup_follows_chain),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_one_name_per_key),
		cmocka_unit_test(test_printed_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
