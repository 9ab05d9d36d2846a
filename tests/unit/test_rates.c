/* Unit tests: reading the user's rates file, one function for the
 * command line and the TUI (rates_load_user). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "negotiator/rates.h"

static char dir[] = "/tmp/negotiator-rates-XXXXXX";

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_default_and_named(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(dir));
	char conf[128], file[160];
	snprintf(conf, sizeof conf, "%s/conf", dir);
	snprintf(file, sizeof file, "%s/negotiator/rates", conf);
	setenv("XDG_CONFIG_HOME", conf, 1);
	struct rates r;
	struct diag_list d = {0};
	struct error err = {0};
	/* No default file: no rates, no error, and where to write one. */
	assert_true(rates_load_user(&r, NULL, &d, &err));
	assert_int_equal(r.count, 0);
	assert_string_equal(r.source, file);
	assert_int_equal(d.count, 0);
	/* A file named and missing is an error. */
	assert_false(rates_load_user(&r, "/nonexistent/rates", &d, &err));
	assert_non_null(strstr(err.msg, "no such file"));
	/* The default file: rates read, bad lines as warnings with lines. */
	char sub[160];
	snprintf(sub, sizeof sub, "%s/negotiator", conf);
	assert_int_equal(mkdir(conf, 0700), 0);
	assert_int_equal(mkdir(sub, 0700), 0);
	write_file(file, "1 USD = 0.9 EUR\nnonsense here\nGBP EUR 1.2\n");
	error_clear(&err);
	assert_true(rates_load_user(&r, NULL, &d, &err));
	assert_int_equal(r.count, 2);
	assert_int_equal(d.count, 1);
	assert_int_equal(d.items[0].line, 2);
	assert_false(error_is_set(&err));
	diag_list_free(&d);
	/* Named, the same file reads the same. */
	assert_true(rates_load_user(&r, file, &d, &err));
	assert_int_equal(r.count, 2);
	assert_string_equal(r.source, file);
	diag_list_free(&d);
	unlink(file);
	rmdir(sub);
	rmdir(conf);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_and_named),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
