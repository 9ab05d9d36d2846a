/* Unit tests: the config file (src/tui/config.c): settings, colours and
 * key bindings read, each bad line reported with its line and reason and
 * ignored while the rest still counts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui/config.h"
#include "tui/keys.h"
#include "tui/theme.h"

static char config_path[] = "/tmp/negotiator-config-XXXXXX";

static void write_config(const char *text)
{
	int fd = mkstemp(config_path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* The warning about line n, or NULL. */
static const char *about(const struct diag_list *d, int n)
{
	for (size_t i = 0; i < d->count; i++)
		if (d->items[i].line == n)
			return d->items[i].message;
	return NULL;
}

static void test_good_and_bad_lines(void **state)
{
	(void)state;
	write_config("# settings, as tig's tigrc\n"
	             "set default-region = \"New York\"\n"
	             "set equity-value = 60%\n"
	             "color cursor black yellow bold  # the cursor row\n"
	             "bind R reload\n"
	             "bind C-y focus-offer\n"
	             "\n"
	             "colour cursor red blue\n"
	             "set equity-value = 140\n"
	             "bind C-z no-such-action\n"
	             "bind Hyper-x reload\n"
	             "color nowhere red blue\n"
	             "color cursor purple blue\n"
	             "set nothing = 1\n"
	             "set default-region = \"Paris\n");
	struct config c;
	memset(&c, 0, sizeof c);
	struct diag_list bad = {0};
	keys_unbind_all();
	assert_true(config_load(config_path, &c, &bad));
	/* What the good lines set. */
	assert_string_equal(c.default_region, "New York");
	assert_string_equal(c.equity_value, "60");
	enum action_ctx global[] = {CTX_GLOBAL, CTX_NONE};
	assert_int_equal(keys_lookup(global, TK_CTRL('y')), ACT_FOCUS_OFFER);
	assert_int_equal(keys_lookup(global, 'R'), ACT_RELOAD);
	/* A key bound shows in the help beside the table's own. */
	char label[64];
	keys_action_label(keys_action(ACT_FOCUS_OFFER), label, sizeof label);
	assert_string_equal(label, "o, C-y");
	/* Each bad line: its number and why; nothing else is a warning. */
	assert_int_equal(bad.count, 8);
	assert_non_null(strstr(about(&bad, 8), "'colour' is not set, color"));
	assert_non_null(strstr(about(&bad, 9), "not a percent from 0 to 100"));
	assert_non_null(
		strstr(about(&bad, 10), "'no-such-action' is no action"));
	assert_non_null(strstr(about(&bad, 11), "'Hyper-x' is not a key"));
	assert_non_null(strstr(about(&bad, 12), "'nowhere' is no part"));
	assert_non_null(strstr(about(&bad, 13), "a colour is"));
	assert_non_null(strstr(about(&bad, 14), "no setting 'nothing'"));
	assert_non_null(strstr(about(&bad, 15), "quote is not closed"));
	/* A bad line changes nothing: the region stays the good one's. */
	assert_string_equal(c.default_region, "New York");
	diag_list_free(&bad);
	keys_unbind_all();
	assert_int_equal(keys_lookup(global, TK_CTRL('y')), ACT_NONE);
	unlink(config_path);
}

static void test_missing_file(void **state)
{
	(void)state;
	struct config c;
	memset(&c, 0, sizeof c);
	struct diag_list bad = {0};
	assert_false(config_load("/nonexistent/negotiator/config", &c, &bad));
	assert_int_equal(bad.count, 0);
	assert_string_equal(c.default_region, "");
}

static void test_names(void **state)
{
	(void)state;
	int key = 0;
	assert_true(keys_parse("C-r", &key) && key == TK_CTRL('r'));
	assert_true(keys_parse("F5", &key) && key == TK_FN(KEY_F(5)));
	assert_true(keys_parse("F12", &key) && key == TK_FN(KEY_F(12)));
	assert_true(keys_parse("pgdn", &key) && key == TK_FN(KEY_NPAGE));
	assert_true(keys_parse("Enter", &key) && key == '\n');
	assert_true(keys_parse("Space", &key) && key == ' ');
	assert_true(keys_parse("€", &key) && key == 0x20AC);
	assert_false(keys_parse("F13", &key));
	assert_false(keys_parse("xy", &key));
	assert_int_equal(keys_action_by_name("focus-offer"), ACT_FOCUS_OFFER);
	assert_int_equal(keys_action_by_name("RELOAD"), ACT_RELOAD);
	assert_int_equal(keys_action_by_name("reload-now"), ACT_NONE);
	/* A renamed action keeps its former name in a user's config. */
	assert_int_equal(keys_action_by_name("offer-delete"), ACT_OFFER_DELETE);
	assert_int_equal(keys_action_by_name("form-clear"), ACT_OFFER_DELETE);
	assert_int_equal(keys_action_by_name("form-clea"), ACT_NONE);
	assert_int_equal(theme_role_by_name("cursor"), R_SELECTED);
	assert_int_equal(theme_role_by_name("Heading"), R_HEADING);
	assert_int_equal(theme_role_by_name("cursorx"), R_COUNT);
}

/* The man page's list of roles is the theme's: each name it gives is a
 * role, and it gives them all. */
static void test_man_names_every_role(void **state)
{
	(void)state;
	FILE *f = fopen("man/negotiator.1", "r");
	char line[2048], *list = NULL;
	assert_non_null(f);
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "The roles: ", 11) == 0) {
			list = line + 11;
			break;
		}
	fclose(f);
	assert_non_null(list);
	int n = 0;
	bool seen[R_COUNT] = {false};
	for (char *save = NULL, *w = strtok_r(list, ", .\n", &save); w;
	     w = strtok_r(NULL, ", .\n", &save), n++) {
		enum role r = theme_role_by_name(w);
		if (r == R_COUNT)
			fail_msg("the man page names a role '%s' there is not",
			         w);
		assert_false(seen[r]);
		seen[r] = true;
	}
	assert_int_equal(n, R_COUNT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_and_bad_lines),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_man_names_every_role),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
