/* Unit tests: saved negotiations (round trip, corruption, kill during
 * save) and the currency rates file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "negotiator/text.h"

static char state_dir[256];

static int make_dir(void **state)
{
	(void)state;
	snprintf(state_dir, sizeof state_dir,
	         "/tmp/negotiator-state-test-XXXXXX");
	assert_non_null(mkdtemp(state_dir));
	return 0;
}

static int state_remove_dir(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", state_dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* The first competing offer's base, as typed; set it. */
static const char *base_of(const struct negotiation *n)
{
	const struct neg_offer *o = negotiation_offer(n, 1);
	return o ? o->text[PART_BASE] : NULL;
}

static void set_base(struct negotiation *n, const char *text)
{
	negotiation_offer_set_text(negotiation_offer_get(n, 1), PART_BASE,
	                           text);
}

static void state_fill(struct negotiation *n, int rounds)
{
	n->region = xstrdup("Paris");
	set_base(n, "130k");
	/* A key this program does not know is kept as it is. */
	kv_set(&n->other, "note", "tabs\there\nand a newline \\ backslash");
	kv_set(&n->answers, "[library]", "Transformers");
	for (int i = 0; i < rounds; i++) {
		struct round r;
		negotiation_round_init(&r);
		memcpy(r.date, "2026-11-20", 11);
		r.who = (char *)"company";
		r.region = (char *)"Paris";
		r.note = (char *)"first offer";
		r.amount[PART_BASE] = 110000 + i;
		r.amount[PART_EQUITY] = 200000;
		negotiation_add_round(n, &r);
	}
}

static void test_round_trip(void **state)
{
	(void)state;
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/deep/er/a--b.state", state_dir);
	struct negotiation n, back;
	negotiation_init(&n, "a/b");
	state_fill(&n, 3);
	set_base(&n, "135k");              /* overwrite */
	kv_set(&n.other, "missing", NULL); /* removing nothing is fine */
	assert_true(state_save_file(path, &n, true, &err));
	assert_int_equal(state_load_file(path, "a/b", &back, &err),
	                 STATE_LOADED);
	assert_string_equal(base_of(&back), "135k");
	assert_string_equal(kv_get(&back.other, "note"),
	                    "tabs\there\nand a newline \\ backslash");
	assert_string_equal(kv_get(&back.answers, "[library]"), "Transformers");
	assert_int_equal(back.round_count, 3);
	assert_int_equal(back.rounds[2].amount[PART_BASE], 110002);
	assert_true(back.rounds[0].amount[PART_SIGN_ON] == AMOUNT_NONE);
	assert_string_equal(back.rounds[1].who, "company");
	negotiation_remove_round(&back, 0);
	assert_int_equal(back.round_count, 2);
	assert_int_equal(back.rounds[0].amount[PART_BASE], 110001);
	negotiation_free(&n);
	negotiation_free(&back);

	/* No file: an empty negotiation, no message. */
	snprintf(path, sizeof path, "%s/none.state", state_dir);
	assert_int_equal(state_load_file(path, "a/b", &back, &err), STATE_NONE);
	assert_int_equal(back.round_count, 0);
	assert_string_equal(err.msg, "");
	negotiation_free(&back);
}

/* A round's figures, date and note are edited, checked, and saved. */
static void test_edit_round(void **state)
{
	(void)state;
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/edit.state", state_dir);
	struct negotiation n, back;
	negotiation_init(&n, "a/b");
	state_fill(&n, 2);
	char id[32];
	memcpy(id, n.rounds[1].id, sizeof id);
	struct round_edit e;
	negotiation_round_edit_of(&n.rounds[1], &e);
	assert_int_equal(e.amount[PART_BASE], 110001);
	assert_string_equal(e.note, "first offer");
	memcpy(e.date, "2026-12-02", 11);
	e.amount[PART_BASE] = 118000;
	e.amount[PART_SIGN_ON] = 15000;
	e.note = "verbal, by phone — recruiter";
	assert_true(negotiation_edit_round(&n, 1, &e, &err));
	assert_string_equal(n.rounds[1].date, "2026-12-02");
	assert_int_equal(n.rounds[1].amount[PART_BASE], 118000);
	assert_int_equal(n.rounds[1].amount[PART_EQUITY], 200000);
	assert_int_equal(n.rounds[1].amount[PART_SIGN_ON], 15000);
	/* Who, the region and the id stay. */
	assert_string_equal(n.rounds[1].who, "company");
	assert_string_equal(n.rounds[1].id, id);
	assert_int_equal(negotiation_find_round(&n, id), 1);
	assert_int_equal(negotiation_find_round(&n, "none"), 2);
	/* Refused, each with a reason, the round untouched. */
	const char *bad_dates[] = {"2026-02-30", "2026-13-01", "26-12-02",
	                           "2026/12/02", "",           "2025-02-29"};
	for (size_t i = 0; i < sizeof bad_dates / sizeof *bad_dates; i++) {
		struct round_edit b = e;
		snprintf(b.date, sizeof b.date, "%s", bad_dates[i]);
		error_clear(&err);
		assert_false(negotiation_edit_round(&n, 1, &b, &err));
		assert_non_null(strstr(err.msg, "YYYY-MM-DD"));
	}
	struct round_edit b = e;
	b.amount[PART_EQUITY] = -5;
	error_clear(&err);
	assert_false(negotiation_edit_round(&n, 1, &b, &err));
	assert_non_null(strstr(err.msg, "Equity"));
	b = e;
	b.note = "a bell\a";
	assert_false(negotiation_edit_round(&n, 1, &b, &err));
	char longer[NEGOTIATION_NOTE_MAX + 2];
	memset(longer, 'x', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	b.note = longer;
	assert_false(negotiation_edit_round(&n, 1, &b, &err));
	assert_false(negotiation_edit_round(&n, 2, &e, &err));
	assert_string_equal(n.rounds[1].date, "2026-12-02");
	/* The edit is saved and read back, its note whole. */
	assert_true(state_save_file(path, &n, false, &err));
	assert_int_equal(state_load_file(path, "a/b", &back, &err),
	                 STATE_LOADED);
	assert_string_equal(back.rounds[1].note,
	                    "verbal, by phone — recruiter");
	assert_int_equal(back.rounds[1].amount[PART_SIGN_ON], 15000);
	assert_string_equal(back.rounds[1].date, "2026-12-02");
	negotiation_free(&n);
	negotiation_free(&back);
}

static void state_write_file(const char *path, const char *text)
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
		char path[400];
		struct error err = {0};
		snprintf(path, sizeof path, "%s/bad%zu.state", state_dir, i);
		state_write_file(path, bad[i]);
		struct negotiation n;
		assert_int_equal(state_load_file(path, "a/b", &n, &err),
		                 STATE_MOVED_ASIDE);
		assert_non_null(strstr(err.msg, "moved it to"));
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
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/killed.state", state_dir);
	struct negotiation n;
	negotiation_init(&n, "a/b");
	state_fill(&n, 200);
	assert_true(state_save_file(path, &n, true, &err));
	srand(12345);
	for (int trial = 0; trial < 30; trial++) {
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			/* Quick saves (no fsync) too: the rename alone must
			 * keep a killed save atomic. */
			for (bool durable = false;; durable = !durable)
				state_save_file(path, &n, durable, &err);
		}
		struct timespec ts = {0, (rand() % 20000) * 1000L};
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		int status;
		waitpid(pid, &status, 0);
		struct negotiation back;
		assert_int_equal(state_load_file(path, "a/b", &back, &err),
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
	assert_string_equal(buf,
	                    "/x/state/negotiator/acme--staff-engineer.state");
	assert_true(state_path("../evil/../x", buf, sizeof buf));
	assert_null(strstr(buf, "/../"));
	unsetenv("XDG_STATE_HOME");
	setenv("HOME", "/home/u", 1);
	assert_true(state_path("a/b", buf, sizeof buf));
	assert_string_equal(buf, "/home/u/.local/state/negotiator/a--b.state");
}

/* Issue 13.2: ids map to file names one to one. */
static void test_state_path_one_to_one(void **state)
{
	(void)state;
	const char *ids[] = {
		"a--b/c",
		"a/b--c",
		"acme corp/x",
		"acme_corp/x",
		"acme%20corp/x",
		"Acme/x",
		"acme/x",
		"a-/b",
		"a/-b",
		"a/b/c",
		"a//b",
		".a/b",
		"_a/b",
		"-a/b",
		"a/b-",
		"a/b.",
		"a.b/c",
		"a/b.c",
		"é/x",
		"e/x",
		"a\tb/c",
		"a/b\n",
		"hugging-face/ml-ai-engineer",
		"hugging-face-/ml-ai-engineer",
		"hugging-face/-ml-ai-engineer",
	};
	size_t n = sizeof ids / sizeof *ids;
	char names[sizeof ids / sizeof *ids][600];
	setenv("XDG_STATE_HOME", "/x/state", 1);
	for (size_t i = 0; i < n; i++) {
		assert_true(state_path(ids[i], names[i], sizeof names[i]));
		const char *base = names[i] + strlen("/x/state/negotiator/");
		/* One file in the state folder, never hidden. */
		assert_null(strchr(base, '/'));
		assert_true(base[0] != '.');
		for (size_t j = 0; j < i; j++)
			if (strcmp(names[i], names[j]) == 0)
				fail_msg("'%s' and '%s' share %s", ids[i],
				         ids[j], names[i]);
	}
	/* Slugs keep the names they always had. */
	assert_string_equal(names[n - 3], "/x/state/negotiator/"
	                                  "hugging-face--ml-ai-engineer.state");
	/* A very long id still makes a name a file system takes. */
	char longid[2000], buf[2600];
	memset(longid, 'x', sizeof longid - 1);
	longid[sizeof longid - 1] = '\0';
	longid[700] = '/';
	assert_true(state_path(longid, buf, sizeof buf));
	assert_true(strlen(strrchr(buf, '/') + 1) +
	                    strlen(".tmp-XXXXXXXXXXXX") <
	            255);
	longid[1500] = 'y';
	char buf2[2600];
	assert_true(state_path(longid, buf2, sizeof buf2));
	assert_string_not_equal(buf, buf2);
	unsetenv("XDG_STATE_HOME");
}

/* A state home of its own under the test folder: XDG_STATE_HOME points
 * at it, sdir gets its negotiator/ folder (made). */
static void state_home(const char *name, char *sdir, size_t size)
{
	char home[400];
	snprintf(home, sizeof home, "%s/%s", state_dir, name);
	snprintf(sdir, size, "%s/negotiator", home);
	assert_int_equal(mkdir(home, 0700), 0);
	assert_int_equal(mkdir(sdir, 0700), 0);
	setenv("XDG_STATE_HOME", home, 1);
}

/* Issue 13.2: opening one guide never moves another guide's file aside,
 * and a file saved under the old naming still loads. */
static void test_state_old_names(void **state)
{
	(void)state;
	char sdir[500], path[600];
	struct error err = {0};
	state_home("old-names", sdir, sizeof sdir);
	/* The old scheme wrote "acme corp/x" as acme_corp--x.state. */
	snprintf(path, sizeof path, "%s/acme_corp--x.state", sdir);
	state_write_file(path,
	                 "negotiator-state 1\nguide\tacme corp/x\n"
	                 "answer\t[X]\tspaces\n"
	                 "round\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\n"
	                 "end\n");
	struct negotiation n;
	/* The other id of that old name (whose new name it is): nothing of
	 * its own, no message, and the file is not moved aside. */
	assert_int_equal(state_load("acme_corp/x", &n, &err), STATE_NONE);
	assert_string_equal(err.msg, "");
	negotiation_free(&n);
	/* Its own id reads it, before and after the other saves. */
	assert_int_equal(state_load("acme corp/x", &n, &err), STATE_LOADED);
	assert_string_equal(kv_get(&n.answers, "[X]"), "spaces");
	assert_int_equal(n.round_count, 1);
	negotiation_free(&n);
	struct state_sync s;
	struct state_merge m;
	assert_int_equal(state_open("acme_corp/x", &n, &s, &err), STATE_NONE);
	kv_set(&n.answers, "[X]", "underscore");
	assert_true(state_sync(&n, &s, true, false, &m, &err));
	negotiation_free(&n);
	state_sync_free(&s);
	assert_int_equal(state_load("acme corp/x", &n, &err), STATE_LOADED);
	assert_string_equal(kv_get(&n.answers, "[X]"), "spaces");
	negotiation_free(&n);
	assert_int_equal(state_load("acme_corp/x", &n, &err), STATE_LOADED);
	assert_string_equal(kv_get(&n.answers, "[X]"), "underscore");
	negotiation_free(&n);
	/* A saved negotiation under an old name moves to the new one. */
	snprintf(path, sizeof path, "%s/Upper--Case.state", sdir);
	state_write_file(path, "negotiator-state 1\nguide\tUpper/Case\n"
	                       "answer\t[X]\tcaps\nend\n");
	assert_int_equal(state_open("Upper/Case", &n, &s, &err), STATE_LOADED);
	assert_string_equal(kv_get(&n.answers, "[X]"), "caps");
	assert_true(state_sync(&n, &s, true, false, &m, &err));
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(access(s.path, F_OK), 0);
	negotiation_free(&n);
	state_sync_free(&s);
	unsetenv("XDG_STATE_HOME");
}

/* Issue 13.3: a link planted under the name a save would use is never
 * followed. */
static void test_save_never_follows_links(void **state)
{
	(void)state;
	char path[400], victim[400], link[500];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/linked.state", state_dir);
	snprintf(victim, sizeof victim, "%s/victim", state_dir);
	state_write_file(victim, "precious\n");
	/* The names a save used to write to. */
	snprintf(link, sizeof link, "%s.tmp-%ld", path, (long)getpid());
	assert_int_equal(symlink(victim, link), 0);
	struct negotiation n;
	negotiation_init(&n, "a/b");
	state_fill(&n, 2);
	assert_true(state_save_file(path, &n, false, &err));
	FILE *f = fopen(victim, "r");
	char got[64] = "";
	assert_non_null(fgets(got, sizeof got, f));
	fclose(f);
	assert_string_equal(got, "precious\n");
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	negotiation_free(&n);
}

/* Issue 13.5: more than 1,000 rounds are all kept. */
static void test_many_rounds_kept(void **state)
{
	(void)state;
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/many.state", state_dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("negotiator-state 1\nguide\ta/b\n", f);
	for (int i = 0; i < 1500; i++)
		fprintf(f,
		        "round\t2026-11-20\tcompany\tParis\t%d\t2\t-\t0\tn\n",
		        100000 + i);
	for (int i = 0; i < 1200; i++)
		fprintf(f, "answer\t[a%d]\tx\n", i);
	fputs("end\n", f);
	fclose(f);
	struct negotiation n;
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_int_equal(n.round_count, 1500);
	assert_int_equal(n.rounds[1499].amount[PART_BASE], 101499);
	assert_int_equal(n.answers.count, 1200);
	/* Saved and read back, still all of them. */
	assert_true(state_save_file(path, &n, false, &err));
	negotiation_free(&n);
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_int_equal(n.round_count, 1500);
	assert_int_equal(n.answers.count, 1200);
	/* A save that would pass the file limit is refused, said, and the
	 * file is left as it was (so that nothing is written that could not
	 * be read back). */
	char *big = malloc(STATE_MAX_FILE_BYTES);
	assert_non_null(big);
	memset(big, 'x', STATE_MAX_FILE_BYTES - 1);
	big[STATE_MAX_FILE_BYTES - 1] = '\0';
	kv_set(&n.answers, "[big]", big);
	free(big);
	assert_false(state_save_file(path, &n, false, &err));
	assert_non_null(
		strstr(err.msg, "more than the 1048576 a saved negotiation"));
	negotiation_free(&n);
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_int_equal(n.answers.count, 1200);
	negotiation_free(&n);
}

static void add_round(struct negotiation *n, char *who, amount_t base)
{
	struct round r;
	negotiation_round_init(&r);
	memcpy(r.date, "2026-11-20", 11);
	r.who = who;
	r.region = (char *)"Paris";
	r.note = (char *)"";
	r.amount[PART_BASE] = base;
	r.amount[PART_EQUITY] = 200000;
	negotiation_add_round(n, &r);
}

/* Issue 13.1: two programs on one guide; each saves in turn and neither
 * loses what the other saved. */
static void test_two_programs_merge(void **state)
{
	(void)state;
	char home[400];
	struct error err = {0};
	snprintf(home, sizeof home, "%s/two", state_dir);
	setenv("XDG_STATE_HOME", home, 1);
	struct negotiation a, b;
	struct state_sync sa, sb;
	struct state_merge m;
	/* A saved a round before B opened. */
	assert_int_equal(state_open("co/role", &a, &sa, &err), STATE_NONE);
	add_round(&a, (char *)"company", 100);
	set_base(&a, "100k");
	assert_true(state_sync(&a, &sa, true, false, &m, &err));
	assert_false(state_merge_any(&m));
	assert_int_equal(state_open("co/role", &b, &sb, &err), STATE_LOADED);
	assert_int_equal(b.round_count, 1);
	/* B records two rounds and an answer, and deletes A's round. */
	add_round(&b, (char *)"company", 200);
	add_round(&b, (char *)"me", 300);
	kv_set(&b.answers, "[X]", "40");
	negotiation_remove_round(&b, 0);
	assert_true(state_sync(&b, &sb, true, true, &m, &err));
	/* A only looks: it takes B's work without writing. */
	struct stat before, after;
	assert_int_equal(stat(sa.path, &before), 0);
	assert_true(state_sync(&a, &sa, false, false, &m, &err));
	assert_int_equal(stat(sa.path, &after), 0);
	assert_int_equal(before.st_ino, after.st_ino);
	assert_int_equal(m.rounds_added, 2);
	assert_int_equal(m.rounds_removed, 1);
	assert_int_equal(m.answers, 1);
	assert_int_equal(a.round_count, 2);
	assert_int_equal(a.rounds[0].amount[PART_BASE], 200);
	assert_int_equal(a.rounds[1].amount[PART_BASE], 300);
	char words[200];
	state_merge_words(&m, words, sizeof words);
	assert_string_equal(words,
	                    "2 new rounds, 1 deleted round and 1 answer");
	/* Both change things at once: A a form field and a round of its
	 * own, B another answer and the acceptance of a round. */
	set_base(&a, "110k");
	add_round(&a, (char *)"company", 400);
	kv_set(&b.answers, "[Y]", "yes");
	b.rounds[0].accepted = true;
	assert_true(state_sync(&b, &sb, true, false, &m, &err));
	assert_true(state_sync(&a, &sa, true, false, &m, &err));
	assert_string_equal(err.msg, "");
	assert_string_equal(m.note, "");
	assert_int_equal(m.answers, 1);
	assert_int_equal(m.rounds_changed, 1);
	assert_int_equal(m.conflicts, 0);
	/* B takes A's in turn; then both hold all of it, and so does the
	 * file. */
	assert_true(state_sync(&b, &sb, false, false, &m, &err));
	struct negotiation f;
	assert_int_equal(state_load("co/role", &f, &err), STATE_LOADED);
	const struct negotiation *all[] = {&a, &b, &f};
	for (int k = 0; k < 3; k++) {
		const struct negotiation *n = all[k];
		assert_int_equal(n->round_count, 3);
		assert_true(n->rounds[0].accepted);
		assert_int_equal(n->rounds[2].amount[PART_BASE], 400);
		assert_string_equal(kv_get(&n->answers, "[X]"), "40");
		assert_string_equal(kv_get(&n->answers, "[Y]"), "yes");
		assert_string_equal(base_of(n), "110k");
	}
	negotiation_free(&f);
	/* Both answer [X] differently: this program's wins, the other's
	 * whole file is kept beside it and said. */
	kv_set(&b.answers, "[X]", "from B");
	assert_true(state_sync(&b, &sb, true, false, &m, &err));
	kv_set(&a.answers, "[X]", "from A");
	assert_true(state_sync(&a, &sa, true, false, &m, &err));
	assert_int_equal(m.conflicts, 1);
	assert_string_equal(kv_get(&a.answers, "[X]"), "from A");
	assert_non_null(strstr(m.note, "the answer to [X]"));
	const char *kept = strstr(m.note, "is in ");
	assert_non_null(kept);
	kept += strlen("is in ");
	FILE *cf = fopen(kept, "r");
	assert_non_null(cf);
	char line[200];
	bool found = false;
	while (fgets(line, sizeof line, cf))
		found = found || strcmp(line, "answer\t[X]\tfrom B\n") == 0;
	fclose(cf);
	assert_true(found);
	/* The other program's file turned to garbage: moved aside, ours
	 * written in its place. */
	state_write_file(sa.path, "garbage\n");
	set_base(&a, "120k");
	assert_true(state_sync(&a, &sa, true, false, &m, &err));
	assert_non_null(strstr(m.note, "moved it to"));
	assert_int_equal(state_load("co/role", &f, &err), STATE_LOADED);
	assert_int_equal(f.round_count, 3);
	negotiation_free(&f);
	negotiation_free(&a);
	negotiation_free(&b);
	state_sync_free(&sa);
	state_sync_free(&sb);
	unsetenv("XDG_STATE_HOME");
}

/* Rounds of a version 1 file get the same ids in every program, so two
 * programs that read it merge their rounds without doubling them. */
static void test_v1_rounds_merge(void **state)
{
	(void)state;
	char sdir[500], path[700];
	struct error err = {0};
	state_home("v1", sdir, sizeof sdir);
	snprintf(path, sizeof path, "%s/a--b.state", sdir);
	state_write_file(path,
	                 "negotiator-state 1\nguide\ta/b\n"
	                 "round\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\n"
	                 "round\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\n"
	                 "end\n");
	struct negotiation a, b;
	struct state_sync sa, sb;
	struct state_merge m;
	assert_int_equal(state_open("a/b", &a, &sa, &err), STATE_LOADED);
	assert_int_equal(state_open("a/b", &b, &sb, &err), STATE_LOADED);
	assert_string_not_equal(a.rounds[0].id, a.rounds[1].id);
	add_round(&b, (char *)"me", 5);
	assert_true(state_sync(&b, &sb, true, false, &m, &err));
	add_round(&a, (char *)"me", 6);
	assert_true(state_sync(&a, &sa, true, false, &m, &err));
	assert_int_equal(a.round_count, 4);
	assert_int_equal(m.rounds_added, 1);
	negotiation_free(&a);
	negotiation_free(&b);
	state_sync_free(&sa);
	state_sync_free(&sb);
	unsetenv("XDG_STATE_HOME");
}

/* Rounds keep their parts by name after the id, so that a part added to
 * the table needs no new format: a key this program does not know (a
 * newer one's part) is skipped; a malformed one refuses the file. */
static void test_round_parts_by_name(void **state)
{
	(void)state;
	char path[700];
	struct error err = {0};
	struct negotiation n;
	snprintf(path, sizeof path, "%s/named.state", state_dir);
	state_write_file(path,
	                 "negotiator-state 2\nguide\ta/b\n"
	                 "round\t2026-11-20\tcompany\tParis\t100\t200\t-\t0\t"
	                 "n\tid1\tmoving=5000\n"
	                 "end\n");
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_int_equal(n.round_count, 1);
	assert_int_equal(n.rounds[0].amount[PART_BASE], 100);
	assert_int_equal(n.rounds[0].amount[PART_EQUITY], 200);
	assert_false(amount_known(n.rounds[0].amount[PART_SIGN_ON]));
	/* Written back, the round reads the same. */
	assert_true(state_save_file(path, &n, false, &err));
	struct negotiation back;
	assert_int_equal(state_load_file(path, "a/b", &back, &err),
	                 STATE_LOADED);
	assert_memory_equal(back.rounds[0].amount, n.rounds[0].amount,
	                    sizeof n.rounds[0].amount);
	negotiation_free(&back);
	negotiation_free(&n);
	state_write_file(path,
	                 "negotiator-state 2\nguide\ta/b\n"
	                 "round\t2026-11-20\tcompany\tParis\t100\t200\t-\t0\t"
	                 "n\tid1\tmoving=lots\n"
	                 "end\n");
	assert_int_equal(state_load_file(path, "a/b", &n, &err),
	                 STATE_MOVED_ASIDE);
	assert_int_equal(n.round_count, 0);
	negotiation_free(&n);
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

/* Issue 20 F7: another program holding the folder's lock (stopped in the
 * middle of a save) makes a save wait, not hang; it goes through once
 * the lock is let go. */
static void test_lock_held_save_waits(void **state)
{
	(void)state;
	char home[400], folder[450];
	struct error err = {0};
	snprintf(home, sizeof home, "%s/locked", state_dir);
	setenv("XDG_STATE_HOME", home, 1);
	struct negotiation n;
	struct state_sync s;
	struct state_merge m;
	assert_int_equal(state_open("co/role", &n, &s, &err), STATE_NONE);
	set_base(&n, "100k");
	assert_true(state_sync(&n, &s, true, false, &m, &err));
	snprintf(folder, sizeof folder, "%s/negotiator", home);
	int held = open(folder, O_RDONLY | O_DIRECTORY);
	assert_true(held >= 0);
	assert_int_equal(flock(held, LOCK_EX), 0);
	set_base(&n, "120k");
	error_clear(&err);
	assert_false(state_sync(&n, &s, true, false, &m, &err));
	assert_non_null(strstr(err.msg, "saving waits"));
	/* Nothing was lost: the change is still there to save. */
	assert_string_equal(base_of(&n), "120k");
	/* Opening another guide does not wait for the lock either. */
	struct negotiation o;
	struct state_sync so;
	assert_int_equal(state_open("co/other", &o, &so, &err), STATE_NONE);
	state_sync_free(&so);
	negotiation_free(&o);
	assert_int_equal(flock(held, LOCK_UN), 0);
	close(held);
	assert_true(state_sync(&n, &s, true, false, &m, &err));
	struct negotiation back;
	assert_int_equal(state_load("co/role", &back, &err), STATE_LOADED);
	assert_string_equal(base_of(&back), "120k");
	negotiation_free(&back);
	state_sync_free(&s);
	negotiation_free(&n);
}

/* Issue 20: a state file edited on Windows (CRLF line ends) loads. */
static void test_crlf_state_loads(void **state)
{
	(void)state;
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/crlf.state", state_dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("negotiator-state 2\r\nguide\ta/b\r\nform\tbase\t125k\r\n"
	      "round\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\tabc-1\r\n"
	      "end\r\n",
	      f);
	fclose(f);
	struct negotiation n;
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_string_equal(base_of(&n), "125k");
	assert_int_equal(n.round_count, 1);
	assert_string_equal(n.rounds[0].id, "abc-1");
	assert_string_equal(n.rounds[0].note, "n");
	negotiation_free(&n);
}

/* Issue 20 F3: a save that fails at the end is kept beside its file,
 * else in $TMPDIR, and said where. */
static void test_rescue(void **state)
{
	(void)state;
	char home[400], where[1100], blocker[450];
	struct error err = {0};
	struct negotiation n;
	struct state_sync s;
	struct state_merge m;
	snprintf(home, sizeof home, "%s/rescue", state_dir);
	setenv("XDG_STATE_HOME", home, 1);
	assert_int_equal(state_open("co/role", &n, &s, &err), STATE_NONE);
	set_base(&n, "99k");
	assert_true(state_rescue(&s, &n, where, sizeof where, &err));
	assert_non_null(strstr(where, "/negotiator/co--role.state.unsaved-"));
	struct negotiation back;
	assert_int_equal(state_load_file(where, "co/role", &back, &err),
	                 STATE_LOADED);
	assert_string_equal(base_of(&back), "99k");
	negotiation_free(&back);
	state_sync_free(&s);
	negotiation_free(&n);
	/* Its folder cannot be made (a file is in the way): $TMPDIR. */
	snprintf(home, sizeof home, "%s/rescue2", state_dir);
	assert_int_equal(mkdir(home, 0700), 0);
	snprintf(blocker, sizeof blocker, "%s/negotiator", home);
	FILE *f = fopen(blocker, "w");
	assert_non_null(f);
	fclose(f);
	setenv("XDG_STATE_HOME", home, 1);
	setenv("TMPDIR", state_dir, 1);
	assert_true(state_open("co/role", &n, &s, &err) != STATE_LOADED);
	set_base(&n, "98k");
	assert_false(state_sync(&n, &s, true, true, &m, &err));
	assert_true(state_rescue(&s, &n, where, sizeof where, &err));
	assert_true(strncmp(where, state_dir, strlen(state_dir)) == 0);
	assert_int_equal(state_load_file(where, "co/role", &back, &err),
	                 STATE_LOADED);
	assert_string_equal(base_of(&back), "98k");
	negotiation_free(&back);
	state_sync_free(&s);
	negotiation_free(&n);
	unsetenv("TMPDIR");
}

/* Issue 20 F4-F6: the last-view record is read only from a small
 * regular file, never waited on, and written never through a link. */
static void test_last_view(void **state)
{
	(void)state;
	char home[400], path[500], victim[500], tmp[520];
	struct state_view v, back;
	struct error err = {0};
	snprintf(home, sizeof home, "%s/view", state_dir);
	setenv("XDG_STATE_HOME", home, 1);
	assert_false(state_view_load(&back)); /* none yet */
	memset(&v, 0, sizeof v);
	snprintf(v.guide, sizeof v.guide, "a/b");
	snprintf(v.pane, sizeof v.pane, "offer");
	/* A link planted at the old fixed temporary name is not followed. */
	snprintf(path, sizeof path, "%s/negotiator/last-view", home);
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	snprintf(victim, sizeof victim, "%s/victim", state_dir);
	FILE *f = fopen(victim, "w");
	assert_non_null(f);
	fputs("keep me\n", f);
	fclose(f);
	assert_int_equal(mkdir(home, 0700), 0);
	snprintf(path, sizeof path, "%s/negotiator", home);
	assert_int_equal(mkdir(path, 0700), 0);
	assert_int_equal(symlink(victim, tmp), 0);
	assert_true(state_view_save(&v, &err));
	char text[64] = "";
	f = fopen(victim, "r");
	assert_non_null(f);
	assert_non_null(fgets(text, sizeof text, f));
	fclose(f);
	assert_string_equal(text, "keep me\n");
	assert_true(state_view_load(&back));
	assert_string_equal(back.guide, "a/b");
	assert_string_equal(back.pane, "offer");
	/* A FIFO there is no record, and is not waited on. */
	snprintf(path, sizeof path, "%s/negotiator/last-view", home);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_false(state_view_load(&back));
	/* Nor an endless device behind a link. */
	assert_int_equal(unlink(path), 0);
	assert_int_equal(symlink("/dev/zero", path), 0);
	assert_false(state_view_load(&back));
	/* Nor a file past the bound. */
	assert_int_equal(unlink(path), 0);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("guide a/b\n", f);
	for (unsigned i = 0; i < STATE_VIEW_MAX_BYTES; i++)
		fputc('#', f);
	fclose(f);
	assert_false(state_view_load(&back));
	/* Control characters and a CR do not come through. */
	const char raw[] = "guide a/\x1b[2Jb\r\npane \xe2\x80\xaereader\n";
	state_view_parse(raw, sizeof raw - 1, &back);
	assert_null(strchr(back.guide, '\x1b'));
	assert_null(strchr(back.guide, '\r'));
	assert_null(strstr(back.pane, "\xe2\x80\xae"));
}

/* Issue 20 F4: temporary files left by a kill are removed when old. */
static void test_sweep_leftovers(void **state)
{
	(void)state;
	char home[400], path[600];
	snprintf(home, sizeof home, "%s/sweep", state_dir);
	setenv("XDG_STATE_HOME", home, 1);
	snprintf(path, sizeof path, "%s", home);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/negotiator", home);
	assert_int_equal(mkdir(path, 0700), 0);
	const char *names[] = {"a--b.state.tmp-0123456789abcdef",
	                       "last-view.tmp-fedcba9876543210",
	                       "a--b.state.tmp-young00000000000", "a--b.state"};
	for (int i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "%s/negotiator/%s", home, names[i]);
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fclose(f);
		if (i != 2) {
			/* Two hours old. */
			struct timespec old[2] = {{time(NULL) - 7200, 0},
			                          {time(NULL) - 7200, 0}};
			assert_int_equal(utimensat(AT_FDCWD, path, old, 0), 0);
		}
	}
	assert_int_equal(state_sweep(3600), 2);
	for (int i = 0; i < 4; i++) {
		struct stat st;
		snprintf(path, sizeof path, "%s/negotiator/%s", home, names[i]);
		assert_int_equal(stat(path, &st) == 0, i >= 2);
	}
}

/* Issue 20 F2: which offer a window shows is its own: two windows on two
 * offers neither conflict nor take each other's. */
static void test_shown_is_a_view(void **state)
{
	(void)state;
	struct negotiation base, ours, theirs;
	struct state_merge m;
	negotiation_init(&base, "a/b");
	base.shown = 1;
	set_base(&base, "100k");
	negotiation_copy(&ours, &base);
	negotiation_copy(&theirs, &base);
	ours.shown = 77;
	negotiation_offer_set_name(negotiation_offer_get(&ours, 77), "Alpha");
	theirs.shown = 912;
	negotiation_offer_set_name(negotiation_offer_get(&theirs, 912),
	                           "Bravo");
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 0);
	assert_int_equal(m.form, 1); /* Bravo, not the view */
	assert_int_equal(ours.shown, 77);
	assert_string_equal(negotiation_offer(&ours, 912)->name, "Bravo");
	assert_string_equal(negotiation_offer(&ours, 77)->name, "Alpha");
	negotiation_free(&base);
	negotiation_free(&ours);
	negotiation_free(&theirs);
}

/* The saved file is the only place the typed offers become text keys:
 * a first-version file's bare keys are offer 1; each offer's parts sit
 * behind its prefix; the order is said only once the user changed it;
 * keys this program does not know are kept. */
static void test_offers_in_the_file(void **state)
{
	(void)state;
	char path[400];
	struct error err = {0};
	snprintf(path, sizeof path, "%s/offers.state", state_dir);
	state_write_file(path,
	                 "negotiator-state 2\nguide\ta/b\n"
	                 "form\tbase\t130k\nform\tequity\t105k\n"
	                 "form\tequity_unit\tyear\nform\tpremium\tyes\n"
	                 "form\tregion\tLyon\nform\toffer3.name\tMistral\n"
	                 "form\toffer3.base\t125k\n"
	                 "form\toffer3.currency\tGBP\n"
	                 "form\tcompany.base\t100k\n"
	                 "form\tcompany.private\tno\n"
	                 "form\toffer2147483648.base\t1\n"
	                 "form\toffer5.premium\tmaybe\n"
	                 "form\tshown\tcompany\nform\tagainst\toffer3\n"
	                 "end\n");
	struct negotiation n, back;
	assert_int_equal(state_load_file(path, "a/b", &n, &err), STATE_LOADED);
	assert_int_equal(n.offer_count, 3);
	const struct neg_offer *o = &n.offers[0];
	assert_int_equal(o->number, 1);
	assert_string_equal(o->text[PART_BASE], "130k");
	assert_true(o->per_year[PART_EQUITY]);
	assert_true(o->said[PART_PREMIUM] && o->on[PART_PREMIUM]);
	o = &n.offers[1];
	assert_int_equal(o->number, 3);
	assert_string_equal(o->name, "Mistral");
	assert_string_equal(o->currency, "GBP");
	o = &n.offers[2];
	assert_int_equal(o->number, NEG_COMPANY);
	assert_true(o->said[PART_PRIVATE] && !o->on[PART_PRIVATE]);
	assert_string_equal(n.region, "Lyon");
	assert_int_equal(n.shown, NEG_COMPANY);
	assert_int_equal(n.against, 3);
	/* Keys that say nothing readable make no offer. */
	assert_null(negotiation_offer(&n, 5));
	/* A number past INT_MAX names no offer: kept as it was. */
	assert_string_equal(kv_get(&n.other, "offer2147483648.base"), "1");
	/* Saved, the bare keys are offer 1's; the order is the numbers'. */
	assert_true(state_save_file(path, &n, false, &err));
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char text[2048];
	size_t len = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[len] = '\0';
	assert_non_null(strstr(text, "form\toffer1.base\t130k\n"));
	assert_non_null(strstr(text, "form\toffer1.equity_unit\tyear\n"));
	assert_non_null(strstr(text, "form\tcompany.private\tno\n"));
	assert_non_null(strstr(text, "form\tagainst\toffer3\n"));
	assert_null(strstr(text, "form\tbase\t"));
	assert_null(strstr(text, "\torder\t"));
	/* Moved, the order is saved and read back. */
	assert_true(negotiation_offer_move(&n, 3, -1));
	assert_true(state_save_file(path, &n, false, &err));
	assert_int_equal(state_load_file(path, "a/b", &back, &err),
	                 STATE_LOADED);
	assert_int_equal(back.offer_count, 3);
	assert_int_equal(back.offers[0].number, 3);
	assert_int_equal(back.offers[1].number, 1);
	assert_int_equal(back.offers[2].number, NEG_COMPANY);
	for (size_t i = 0; i < n.offer_count; i++)
		assert_true(
			negotiation_offer_equal(&n.offers[i], &back.offers[i]));
	negotiation_free(&back);
	/* Deleted, an offer leaves no key behind. */
	assert_true(negotiation_offer_delete(&n, 3));
	assert_int_equal(n.against, NEG_NONE);
	assert_true(state_save_file(path, &n, false, &err));
	assert_int_equal(state_load_file(path, "a/b", &back, &err),
	                 STATE_LOADED);
	assert_int_equal(back.offer_count, 2);
	assert_null(negotiation_offer(&back, 3));
	assert_int_equal(back.against, NEG_NONE);
	negotiation_free(&back);
	negotiation_free(&n);
}

/* Two programs change the offers at once: each offer is matched by its
 * number, part by part; an offer deleted on one side and changed on the
 * other is kept; the order one side changed is taken. */
static void test_offers_merge(void **state)
{
	(void)state;
	struct negotiation base, ours, theirs;
	struct state_merge m;
	negotiation_init(&base, "a/b");
	for (int k = 1; k <= 3; k++) {
		char text[16];
		snprintf(text, sizeof text, "%d00k", k);
		negotiation_offer_set_text(negotiation_offer_get(&base, k),
		                           PART_BASE, text);
	}
	negotiation_copy(&ours, &base);
	negotiation_copy(&theirs, &base);
	/* Here: offer 1's sign-on, offer 2 deleted.  There: offer 1's
	 * name, offer 2's base changed, offer 3 deleted, order 3 before
	 * ... (3 is gone there: 2 moved first). */
	negotiation_offer_set_text(negotiation_offer(&ours, 1), PART_SIGN_ON,
	                           "10k");
	assert_true(negotiation_offer_delete(&ours, 2));
	negotiation_offer_set_name(negotiation_offer(&theirs, 1), "Alpha");
	negotiation_offer_set_text(negotiation_offer(&theirs, 2), PART_BASE,
	                           "250k");
	assert_true(negotiation_offer_delete(&theirs, 3));
	assert_true(negotiation_offer_move(&theirs, 2, -1));
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 0);
	/* Offer 2 kept with their change (changed there), 3 gone. */
	assert_int_equal(ours.offer_count, 2);
	assert_int_equal(ours.offers[0].number, 2);
	assert_string_equal(ours.offers[0].text[PART_BASE], "250k");
	assert_int_equal(ours.offers[1].number, 1);
	assert_string_equal(ours.offers[1].name, "Alpha");
	assert_string_equal(ours.offers[1].text[PART_SIGN_ON], "10k");
	assert_null(negotiation_offer(&ours, 3));
	/* Both change one part differently: ours, and a conflict. */
	negotiation_free(&base);
	negotiation_copy(&base, &ours);
	negotiation_free(&theirs);
	negotiation_copy(&theirs, &ours);
	negotiation_offer_set_text(negotiation_offer(&ours, 1), PART_BASE,
	                           "111k");
	negotiation_offer_set_text(negotiation_offer(&theirs, 1), PART_BASE,
	                           "222k");
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 1);
	assert_non_null(strstr(m.conflict_key, "Alpha"));
	assert_string_equal(negotiation_offer(&ours, 1)->text[PART_BASE],
	                    "111k");
	negotiation_free(&base);
	negotiation_free(&ours);
	negotiation_free(&theirs);
}

/* Two programs each start a new offer from the same file: each new offer
 * has its own number, so the merge keeps both and counts no conflict;
 * then each names its own, and both names stay. */
static void test_offers_both_added(void **state)
{
	(void)state;
	struct negotiation base, ours, theirs;
	struct state_merge m;
	negotiation_init(&base, "a/b");
	negotiation_offer_set_text(negotiation_offer_get(&base, 1), PART_BASE,
	                           "90k");
	negotiation_copy(&ours, &base);
	negotiation_copy(&theirs, &base);
	int a = negotiation_new_number(&ours, 1);
	int b = negotiation_new_number(&theirs, 1);
	assert_int_not_equal(a, b);
	negotiation_offer_set_name(negotiation_offer_get(&ours, a), "Alph");
	negotiation_offer_set_name(negotiation_offer_get(&theirs, b), "Brav");
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 0);
	assert_int_equal(ours.offer_count, 3);
	assert_non_null(negotiation_offer(&ours, a));
	assert_non_null(negotiation_offer(&ours, b));
	/* The merged file is the base of each side's next change. */
	negotiation_free(&base);
	negotiation_copy(&base, &ours);
	negotiation_free(&theirs);
	negotiation_copy(&theirs, &ours);
	negotiation_offer_set_name(negotiation_offer(&ours, a), "Alpha");
	negotiation_offer_set_name(negotiation_offer(&theirs, b), "Bravo");
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 0);
	assert_string_equal(negotiation_offer(&ours, a)->name, "Alpha");
	assert_string_equal(negotiation_offer(&ours, b)->name, "Bravo");
	assert_string_equal(negotiation_offer(&ours, 1)->text[PART_BASE],
	                    "90k");
	negotiation_free(&base);
	negotiation_free(&ours);
	negotiation_free(&theirs);

	/* A window saves while its new offer is still empty (the base it
	 * keeps holds it; the file does not), the other window saves its
	 * own new offer, then the first names its: both kept, and the
	 * other window deleted nothing. */
	negotiation_init(&base, "a/b");
	negotiation_copy(&theirs, &base);
	negotiation_copy(&ours, &base);
	a = negotiation_new_number(&ours, NEG_NONE);
	(void)negotiation_offer_get(&ours, a);
	negotiation_free(&base);
	negotiation_copy(&base, &ours);
	b = negotiation_new_number(&theirs, NEG_NONE);
	negotiation_offer_set_name(negotiation_offer_get(&theirs, b), "Bravo");
	negotiation_offer_set_name(negotiation_offer(&ours, a), "Alpha");
	negotiation_merge(&ours, &base, &theirs, &m);
	assert_int_equal(m.conflicts, 0);
	assert_string_equal(negotiation_offer(&ours, a)->name, "Alpha");
	assert_string_equal(negotiation_offer(&ours, b)->name, "Bravo");
	negotiation_free(&base);
	negotiation_free(&ours);
	negotiation_free(&theirs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_edit_round),
		cmocka_unit_test(test_corrupt_moved_aside),
		cmocka_unit_test(test_kill_during_save),
		cmocka_unit_test(test_state_path),
		cmocka_unit_test(test_state_path_one_to_one),
		cmocka_unit_test(test_state_old_names),
		cmocka_unit_test(test_save_never_follows_links),
		cmocka_unit_test(test_many_rounds_kept),
		cmocka_unit_test(test_two_programs_merge),
		cmocka_unit_test(test_v1_rounds_merge),
		cmocka_unit_test(test_round_parts_by_name),
		cmocka_unit_test(test_rates),
		cmocka_unit_test(test_lock_held_save_waits),
		cmocka_unit_test(test_crlf_state_loads),
		cmocka_unit_test(test_rescue),
		cmocka_unit_test(test_last_view),
		cmocka_unit_test(test_sweep_leftovers),
		cmocka_unit_test(test_shown_is_a_view),
		cmocka_unit_test(test_offers_in_the_file),
		cmocka_unit_test(test_offers_merge),
		cmocka_unit_test(test_offers_both_added),
	};
	return cmocka_run_group_tests_name("state", tests, make_dir,
	                                   state_remove_dir);
}
