/* Unit tests: saved negotiations (round trip, corruption, kill during
 * save) and the currency rates file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "negotiator/rates.h"
#include "negotiator/state.h"

static char dir[256];

static int make_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/negotiator-state-test-XXXXXX");
	assert_non_null(mkdtemp(dir));
	return 0;
}

static int remove_dir(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void fill(struct negotiation *n, int rounds)
{
	kv_set(&n->form, "region", "Paris");
	kv_set(&n->form, "base", "130k");
	kv_set(&n->form, "note", "tabs\there\nand a newline \\ backslash");
	kv_set(&n->answers, "[library]", "Transformers");
	for (int i = 0; i < rounds; i++) {
		struct round r = {"2026-11-20", (char *)"company", (char *)"Paris",
		                  110000 + i, 200000, AMOUNT_NONE, false,
		                  (char *)"first offer"};
		negotiation_add_round(n, &r);
	}
}

static void test_round_trip(void **state)
{
	(void)state;
	char path[400], msg[512];
	snprintf(path, sizeof path, "%s/deep/er/a--b.state", dir);
	struct negotiation n, back;
	negotiation_init(&n, "a/b");
	fill(&n, 3);
	kv_set(&n.form, "base", "135k"); /* overwrite */
	kv_set(&n.form, "missing", NULL); /* removing nothing is fine */
	assert_true(state_save_file(path, &n, true, msg, sizeof msg));
	assert_int_equal(state_load_file(path, "a/b", &back, msg, sizeof msg),
	                 STATE_LOADED);
	assert_string_equal(kv_get(&back.form, "base"), "135k");
	assert_string_equal(kv_get(&back.form, "note"),
	                    "tabs\there\nand a newline \\ backslash");
	assert_string_equal(kv_get(&back.answers, "[library]"), "Transformers");
	assert_int_equal(back.round_count, 3);
	assert_int_equal(back.rounds[2].base, 110002);
	assert_true(back.rounds[0].sign_on == AMOUNT_NONE);
	assert_string_equal(back.rounds[1].who, "company");
	negotiation_remove_round(&back, 0);
	assert_int_equal(back.round_count, 2);
	assert_int_equal(back.rounds[0].base, 110001);
	negotiation_free(&n);
	negotiation_free(&back);

	/* No file: an empty negotiation, no message. */
	snprintf(path, sizeof path, "%s/none.state", dir);
	assert_int_equal(state_load_file(path, "a/b", &back, msg, sizeof msg),
	                 STATE_NONE);
	assert_int_equal(back.round_count, 0);
	assert_string_equal(msg, "");
	negotiation_free(&back);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_corrupt_moved_aside(void **state)
{
	(void)state;
	const char *bad[] = {
		"garbage\n",
		"negotiator-state 1\nguide\ta/b\nform\tbase\t1\n", /* no end */
		"negotiator-state 1\nguide\tother/guide\nend\n",
		"negotiator-state 1\nround\t2026\tx\ty\t1\t2\t3\t0\tn\nend\n",
		"negotiator-state 1\nform\tbad\\q\tx\nend\n",
		"",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char path[400], msg[1024];
		snprintf(path, sizeof path, "%s/bad%zu.state", dir, i);
		write_file(path, bad[i]);
		struct negotiation n;
		assert_int_equal(state_load_file(path, "a/b", &n, msg, sizeof msg),
		                 STATE_MOVED_ASIDE);
		assert_non_null(strstr(msg, "moved it to"));
		assert_int_equal(n.round_count, 0);
		assert_int_equal(access(path, F_OK), -1); /* moved */
		negotiation_free(&n);
	}
}

/* A child saves over and over; the parent kills it at a random moment.
 * Whatever the moment, the file must load (old or new version). */
static void test_kill_during_save(void **state)
{
	(void)state;
	char path[400], msg[512];
	snprintf(path, sizeof path, "%s/killed.state", dir);
	struct negotiation n;
	negotiation_init(&n, "a/b");
	fill(&n, 200);
	assert_true(state_save_file(path, &n, true, msg, sizeof msg));
	srand(12345);
	for (int trial = 0; trial < 30; trial++) {
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			/* Quick saves (no fsync) too: the rename alone must
			 * keep a killed save atomic. */
			for (bool durable = false;; durable = !durable)
				state_save_file(path, &n, durable, msg, sizeof msg);
		}
		struct timespec ts = {0, (rand() % 20000) * 1000L};
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		int status;
		waitpid(pid, &status, 0);
		struct negotiation back;
		assert_int_equal(
			state_load_file(path, "a/b", &back, msg, sizeof msg),
			STATE_LOADED);
		assert_int_equal(back.round_count, 200);
		negotiation_free(&back);
	}
	negotiation_free(&n);
}

static void test_state_path(void **state)
{
	(void)state;
	char buf[512];
	setenv("XDG_STATE_HOME", "/x/state", 1);
	assert_true(state_path("acme/staff-engineer", buf, sizeof buf));
	assert_string_equal(buf, "/x/state/negotiator/acme--staff-engineer.state");
	assert_true(state_path("../evil/../x", buf, sizeof buf));
	assert_null(strstr(buf, "/../"));
	unsetenv("XDG_STATE_HOME");
	setenv("HOME", "/home/u", 1);
	assert_true(state_path("a/b", buf, sizeof buf));
	assert_string_equal(buf, "/home/u/.local/state/negotiator/a--b.state");
}

static void test_rates(void **state)
{
	(void)state;
	struct rates r;
	struct diag_list d = {0};
	memset(&r, 0, sizeof r);
	const char *text = "# my rates\n"
	                   "1 USD = 0.92 EUR\n"
	                   "GBP EUR 1.17   # pound\n"
	                   "nonsense here\n"
	                   "USD USD 1\n"
	                   "\n"
	                   "100 JPY = 0.61 EUR\n";
	assert_int_equal(rates_parse(&r, text, strlen(text), &d), 3);
	assert_int_equal(d.count, 2);
	assert_int_equal(d.items[0].line, 4);
	assert_int_equal(d.items[1].line, 5);
	amount_t out;
	assert_true(rates_convert(&r, 100000, "USD", "EUR", &out));
	assert_int_equal(out, 92000);
	assert_true(rates_convert(&r, 92000, "EUR", "USD", &out));
	assert_int_equal(out, 100000); /* inverse */
	assert_true(rates_convert(&r, 100000, "GBP", "USD", &out));
	assert_int_equal(out, 127174); /* through EUR: 117000 / 0.92 */
	assert_true(rates_convert(&r, 10000000, "JPY", "EUR", &out));
	assert_int_equal(out, 61000);
	assert_false(rates_convert(&r, 1, "USD", "CHF", &out));
	assert_true(rates_convert(&r, 5, "EUR", "EUR", &out));
	assert_int_equal(out, 5);
	diag_list_free(&d);

	/* A missing file is no error and no rates. */
	assert_true(rates_load(&r, "/nonexistent/negotiator/rates", &d));
	assert_int_equal(r.count, 0);
	assert_int_equal(d.count, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_corrupt_moved_aside),
		cmocka_unit_test(test_kill_during_save),
		cmocka_unit_test(test_state_path),
		cmocka_unit_test(test_rates),
	};
	return cmocka_run_group_tests_name("state", tests, make_dir, remove_dir);
}
