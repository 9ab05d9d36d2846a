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
#include "negotiator/text.h"

static char rates_dir[] = "/tmp/negotiator-rates-XXXXXX";

static void rates_write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_default_and_named(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(rates_dir));
	char conf[128], file[160];
	snprintf(conf, sizeof conf, "%s/conf", rates_dir);
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
	rates_write_file(file, "1 USD = 0.9 EUR\nnonsense here\nGBP EUR 1.2\n");
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
	rmdir(rates_dir);
}

/* Issue 13.8 and 13.9: the file is read when first needed, whole, only
 * if it is a regular file; a line past the limit is an error with its
 * number. */
static void test_lazy_whole_regular(void **state)
{
	(void)state;
	char d2[] = "/tmp/negotiator-rates-XXXXXX", file[160], fifo[160];
	assert_non_null(mkdtemp(d2));
	snprintf(file, sizeof file, "%s/rates", d2);
	snprintf(fifo, sizeof fifo, "%s/fifo", d2);
	struct rates r;
	struct diag_list d = {0};
	struct error err = {0};

	/* Named but not read until asked. */
	rates_init_user(&r, "/nonexistent/rates");
	assert_false(r.read);
	assert_int_equal(r.count, 0);
	assert_false(rates_read(&r, &d, &err));
	assert_non_null(strstr(err.msg, "no such file"));
	/* Asked again: the same answer, not read again. */
	error_clear(&err);
	assert_false(rates_read(&r, &d, &err));
	assert_non_null(strstr(err.msg, "no such file"));

	/* A FIFO (no writer: opening would wait for ever) and a folder are
	 * refused. */
	assert_int_equal(mkfifo(fifo, 0600), 0);
	const char *odd[] = {fifo, d2, "/dev/null"};
	for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
		error_clear(&err);
		assert_false(rates_load_user(&r, odd[i], &d, &err));
		assert_non_null(strstr(err.msg, "is not a regular file"));
	}

	/* Leading spaces, a long file, a rate at its end. */
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fprintf(f, "%300s%s\n", "", "USD EUR 0.925");
	for (int i = 0; i < 200000; i++)
		fputs("# a comment line\n", f);
	fputs("GBP EUR 1.175", f); /* no newline at the end */
	fclose(f);
	error_clear(&err);
	assert_true(rates_load_user(&r, file, &d, &err));
	assert_int_equal(r.count, 2);
	assert_int_equal(r.items[1].line, 200002);
	amount_t out;
	assert_true(rates_convert(&r, 100000, "USD", "EUR", &out));
	assert_int_equal(out, 92500);
	assert_true(rates_convert(&r, 100000, "GBP", "EUR", &out));
	assert_int_equal(out, 117500);

	/* A line past the limit: an error naming it; nothing of the file
	 * is used. */
	f = fopen(file, "w");
	assert_non_null(f);
	fputs("USD EUR 0.925\n#\n", f);
	for (int i = 0; i < RATES_MAX_LINE + 1; i++)
		fputc('x', f);
	fputs("\nGBP EUR 1.175\n", f);
	fclose(f);
	error_clear(&err);
	assert_false(rates_load_user(&r, file, &d, &err));
	char want[64];
	snprintf(want, sizeof want, ":3: the line is %d bytes long",
	         RATES_MAX_LINE + 1);
	assert_non_null(strstr(err.msg, want));
	assert_int_equal(r.count, 0);
	/* The same in memory. */
	diag_list_free(&d);
	memset(&r, 0, sizeof r);
	char *text = malloc(RATES_MAX_LINE + 40);
	assert_non_null(text);
	snprintf(text, 20, "USD EUR 0.9\n");
	memset(text + strlen(text), 'y', RATES_MAX_LINE + 1);
	text[12 + RATES_MAX_LINE + 1] = '\0';
	rates_parse(&r, text, strlen(text), &d);
	assert_int_equal(d.count, 1);
	assert_int_equal(d.items[0].severity, DIAG_ERROR);
	assert_int_equal(d.items[0].line, 2);
	free(text);
	diag_list_free(&d);
	unlink(file);
	unlink(fifo);
	rmdir(d2);
}

/* Issue 20 F12: a file of bad lines, and rates past RATES_MAX, cost a
 * bounded number of warnings: one a line up to RATES_MAX_WARNINGS, then
 * "N more lines ignored" once; read from memory and from a file alike. */
static void test_warnings_bounded(void **state)
{
	(void)state;
	struct strbuf sb;
	sb_init(&sb);
	/* 300 distinct rates (AAA..ALN to EUR), then 100,000 bad lines. */
	for (int i = 0; i < 300; i++)
		sb_addf(&sb, "A%c%c EUR 1.%d\n", 'A' + i / 26, 'A' + i % 26,
		        i + 1);
	for (int i = 0; i < 100000; i++)
		sb_adds(&sb, "this is not a rate at all\n");
	struct rates *r = calloc(2, sizeof *r);
	assert_non_null(r);
	struct diag_list d = {0};
	rates_parse(&r[0], sb.data, sb.len, &d);
	assert_int_equal(r[0].count, RATES_MAX);
	/* "more than 256 rates" once, 64 bad lines, one count of the rest
	 * (43 rates past the limit and the other bad lines). */
	assert_int_equal(d.count, 1 + RATES_MAX_WARNINGS + 1);
	assert_non_null(strstr(d.items[0].message, "more than 256 rates"));
	assert_int_equal(d.items[0].line, 257);
	assert_int_equal(d.items[1].line, 301);
	const struct diag *last = &d.items[d.count - 1];
	char want[64];
	snprintf(want, sizeof want, "%d more lines ignored",
	         300 - RATES_MAX - 1 + 100000 - RATES_MAX_WARNINGS);
	assert_non_null(strstr(last->message, want));
	assert_int_equal(last->line, 258);
	/* The same from a file, read block by block. */
	char path[] = "/tmp/negotiator-rates-many-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	rates_write_file(path, sb.data);
	struct diag_list df = {0};
	assert_true(rates_load(&r[1], path, &df));
	assert_int_equal(df.count, d.count);
	assert_string_equal(df.items[df.count - 1].message, last->message);
	diag_list_free(&d);
	diag_list_free(&df);
	unlink(path);
	sb_free(&sb);
	free(r);
}

/* Issue 20: a rate given twice with another figure, and a rate no
 * currency has, are said, not used silently. */
static void test_conflicting_and_absurd(void **state)
{
	(void)state;
	struct rates r;
	struct diag_list d = {0};
	memset(&r, 0, sizeof r);
	const char *text = "USD EUR 0.5\n"
			   "USD EUR 0.925\n"
			   "1 EUR = 2 USD\n" /* the same as line 1 */
			   "GBP JPY 1e-18\n"
			   "1 CHF = 1e8 SEK\n";
	assert_int_equal(rates_parse(&r, text, strlen(text), &d), 1);
	assert_int_equal(d.count, 3);
	assert_int_equal(d.items[0].line, 2);
	assert_non_null(strstr(d.items[0].message, "disagrees with line 1"));
	assert_int_equal(d.items[1].line, 4);
	assert_non_null(strstr(d.items[1].message, "ignored"));
	assert_int_equal(d.items[2].line, 5);
	amount_t out;
	assert_true(rates_convert(&r, 150000, "USD", "EUR", &out));
	assert_int_equal(out, 75000); /* the first */
	assert_false(rates_convert(&r, 150000, "GBP", "JPY", &out));
	diag_list_free(&d);
}

/* Issue 19: the file is read again when it has changed (written anew,
 * created, removed), and not otherwise. */
static void test_read_again_when_changed(void **state)
{
	(void)state;
	char d3[] = "/tmp/negotiator-rates-XXXXXX", file[160];
	assert_non_null(mkdtemp(d3));
	snprintf(file, sizeof file, "%s/rates", d3);
	setenv("XDG_CONFIG_HOME", d3, 1);
	struct rates r;
	struct diag_list d = {0};
	struct error err = {0};
	double f;

	rates_init_user(&r, file);
	rates_write_file(file, "USD EUR 0.9\n");
	assert_true(rates_stale(&r)); /* never read */
	assert_true(rates_read(&r, &d, &err));
	assert_int_equal(r.count, 1);
	assert_false(rates_stale(&r));
	assert_false(rates_factor(&r, "GBP", "EUR", &f));
	/* A rate added: read again, and the new rate converts. */
	rates_write_file(file, "USD EUR 0.9\nGBP EUR 1.17\n");
	assert_true(rates_stale(&r));
	assert_true(rates_read(&r, &d, &err));
	assert_int_equal(r.count, 2);
	assert_true(rates_factor(&r, "GBP", "EUR", &f) && f == 1.17);
	assert_false(rates_stale(&r));
	/* Unchanged: the same answer without reading (a rate put in by
	 * hand stays, which a read would have dropped). */
	r.items[0].rate = 5;
	assert_true(rates_read(&r, &d, &err));
	assert_true(r.items[0].rate == 5);
	/* Removed: a named file must exist, so now an error... */
	unlink(file);
	assert_true(rates_stale(&r));
	assert_false(rates_read(&r, &d, &err));
	assert_non_null(strstr(err.msg, "no such file"));
	assert_int_equal(r.count, 0);
	/* ... until it is back. */
	rates_write_file(file, "1 JPY = 0.0061 EUR\n");
	error_clear(&err);
	assert_true(rates_read(&r, &d, &err));
	assert_false(error_is_set(&err));
	assert_true(rates_factor(&r, "JPY", "EUR", &f) && f == 0.0061);
	diag_list_free(&d);
	unlink(file);
	rmdir(d3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_and_named),
		cmocka_unit_test(test_lazy_whole_regular),
		cmocka_unit_test(test_warnings_bounded),
		cmocka_unit_test(test_conflicting_and_absurd),
		cmocka_unit_test(test_read_again_when_changed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
