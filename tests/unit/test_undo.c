/* Unit tests: undo and redo of a negotiation's form and rounds, one
 * history per guide (undo.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "negotiator/state.h"
#include "negotiator/text.h"
#include "negotiator/undo.h"

/* A part of offer `number` as typed: set, read (NULL: none). */
static void set_part(struct negotiation *n, int number, enum part_id p,
                     const char *text)
{
	negotiation_offer_set_text(negotiation_offer_get(n, number), p, text);
}

static const char *part_of(const struct negotiation *n, int number,
                           enum part_id p)
{
	const struct neg_offer *o = negotiation_offer(n, number);
	return o ? o->text[p] : NULL;
}

static char undo_dir[256], undo_path[512];

static int undo_make_dir(void **state)
{
	(void)state;
	snprintf(undo_dir, sizeof undo_dir, "/tmp/negotiator-undo-test-XXXXXX");
	assert_non_null(mkdtemp(undo_dir));
	snprintf(undo_path, sizeof undo_path, "%s/a--b.undo", undo_dir);
	return 0;
}

static int undo_remove_dir(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", undo_dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void undo_write_file(const char *text)
{
	FILE *f = fopen(undo_path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void undo_add_round(struct negotiation *n, amount_t base)
{
	struct round r;
	negotiation_round_init(&r);
	memcpy(r.date, "2026-11-20", 11);
	r.who = (char *)"company";
	r.region = (char *)"Paris";
	r.note = (char *)"";
	r.amount[PART_BASE] = base;
	negotiation_add_round(n, &r);
}

static void test_back_and_forward(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	assert_false(undo_back(u, &n));
	/* Three changes: two keystrokes and a round. */
	undo_remember(u, &n);
	set_part(&n, 1, PART_BASE, "1");
	undo_remember(u, &n);
	set_part(&n, 1, PART_BASE, "13");
	undo_remember(u, &n);
	undo_add_round(&n, 130000);
	/* An answer given meanwhile is not undone. */
	kv_set(&n.answers, "[library]", "Transformers");
	assert_int_equal(undo_past(u), 3);
	assert_true(undo_back(u, &n));
	assert_int_equal(n.round_count, 0);
	assert_string_equal(part_of(&n, 1, PART_BASE), "13");
	assert_string_equal(kv_get(&n.answers, "[library]"), "Transformers");
	assert_true(undo_back(u, &n));
	assert_string_equal(part_of(&n, 1, PART_BASE), "1");
	assert_int_equal(undo_future(u), 2);
	assert_true(undo_forward(u, &n));
	assert_true(undo_forward(u, &n));
	assert_int_equal(n.round_count, 1);
	assert_int_equal(n.rounds[0].amount[PART_BASE], 130000);
	assert_false(undo_forward(u, &n));
	/* A new change forgets what could be redone. */
	assert_true(undo_back(u, &n));
	undo_remember(u, &n);
	set_part(&n, 1, PART_BASE, "14");
	assert_int_equal(undo_future(u), 0);
	/* Another guide has its own history; this one is there again. */
	struct undo *other = undo_shelf_get(&shelf, "c/d");
	assert_int_equal(undo_past(other), 0);
	assert_ptr_equal(undo_shelf_get(&shelf, "a/b"), u);
	assert_true(undo_past(u) > 0);
	negotiation_free(&n);
	undo_shelf_free(&shelf);
}

static void test_at_least_a_hundred(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	char text[16];
	for (int i = 0; i < 150; i++) {
		undo_remember(u, &n);
		snprintf(text, sizeof text, "%d", i);
		set_part(&n, 1, PART_BASE, text);
	}
	assert_int_equal(undo_past(u), UNDO_MAX);
	for (int i = 0; i < 100; i++)
		assert_true(undo_back(u, &n));
	/* 150 changes, 100 undone: the form as after the 50th. */
	assert_string_equal(part_of(&n, 1, PART_BASE), "49");
	negotiation_free(&n);
	undo_shelf_free(&shelf);
}

/* Issue 20 F1: another window's changes, merged in after this window's
 * own, stay when this window undoes its own. */
static void test_undo_keeps_another_windows_work(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	set_part(&n, 1, PART_BASE, "100k");
	/* This window types a field. */
	undo_remember(u, &n);
	set_part(&n, 1, PART_BASE, "130k");
	/* Saved: the change is over; then the other window's company
	 * offer and two rounds are merged in. */
	undo_settle(u, &n);
	set_part(&n, NEG_COMPANY, PART_BASE, "90k");
	undo_add_round(&n, 90000);
	undo_add_round(&n, 95000);
	assert_true(undo_back(u, &n));
	assert_string_equal(part_of(&n, 1, PART_BASE), "100k");
	assert_string_equal(part_of(&n, NEG_COMPANY, PART_BASE), "90k");
	assert_int_equal(n.round_count, 2);
	/* Redo puts this window's field back, the rest still kept. */
	assert_true(undo_forward(u, &n));
	assert_string_equal(part_of(&n, 1, PART_BASE), "130k");
	assert_int_equal(n.round_count, 2);
	/* Keystrokes in one field, saved between them, are one change. */
	undo_remember(u, &n);
	set_part(&n, 1, PART_SIGN_ON, "1");
	undo_settle(u, &n);
	struct negotiation step;
	negotiation_copy(&step, &n);
	set_part(&n, 1, PART_SIGN_ON, "15");
	undo_extend(u, &step, &n);
	negotiation_free(&step);
	undo_settle(u, &n);
	assert_true(undo_back(u, &n));
	assert_null(part_of(&n, 1, PART_SIGN_ON));
	assert_true(undo_forward(u, &n));
	assert_string_equal(part_of(&n, 1, PART_SIGN_ON), "15");
	/* A round of its own is taken back alone. */
	undo_remember(u, &n);
	undo_add_round(&n, 120000);
	undo_settle(u, &n);
	undo_add_round(&n, 97000); /* the other window's, after */
	assert_true(undo_back(u, &n));
	assert_int_equal(n.round_count, 3);
	for (size_t i = 0; i < n.round_count; i++)
		assert_true(n.rounds[i].amount[PART_BASE] != 120000);
	negotiation_free(&n);
	undo_shelf_free(&shelf);
}

/* Issue 16 item 8: deleting, moving and duplicating an offer are one
 * undo step each; undone, the offer is back in its place. */
static void test_offer_operations(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	set_part(&n, 4, PART_BASE, "100k");
	set_part(&n, 9, PART_BASE, "120k");
	set_part(&n, NEG_COMPANY, PART_BASE, "90k");
	negotiation_offer_set_name(negotiation_offer(&n, 9), "Beta");
	/* Deleted: its place goes too. */
	undo_remember(u, &n);
	assert_true(negotiation_offer_delete(&n, 4));
	assert_false(negotiation_offer_delete(&n, 4));
	assert_int_equal(n.offer_count, 2);
	assert_int_equal(n.offers[0].number, 9);
	assert_true(undo_back(u, &n));
	assert_int_equal(n.offer_count, 3);
	assert_int_equal(n.offers[0].number, 4);
	assert_string_equal(part_of(&n, 4, PART_BASE), "100k");
	assert_true(undo_forward(u, &n));
	assert_null(negotiation_offer(&n, 4));
	assert_true(undo_back(u, &n));
	/* Renamed: one step; the same name again is no change. */
	undo_remember(u, &n);
	assert_true(negotiation_offer_rename(&n, 9, "Beta Paris"));
	assert_false(negotiation_offer_rename(&n, 9, "Beta Paris"));
	assert_false(negotiation_offer_rename(&n, 12345, "Nobody"));
	assert_true(undo_back(u, &n));
	assert_string_equal(negotiation_offer(&n, 9)->name, "Beta");
	/* Moved: among the competing ones; the company's stays last. */
	assert_false(negotiation_offer_move(&n, 4, -1));
	assert_false(negotiation_offer_move(&n, 9, 1));
	assert_false(negotiation_offer_move(&n, NEG_COMPANY, -1));
	undo_remember(u, &n);
	assert_true(negotiation_offer_move(&n, 9, -1));
	assert_int_equal(n.offers[0].number, 9);
	assert_int_equal(n.offers[2].number, NEG_COMPANY);
	assert_true(undo_back(u, &n));
	assert_int_equal(n.offers[0].number, 4);
	assert_int_equal(n.offers[1].number, 9);
	/* Duplicated: a competing copy right after it, named so; the
	 * company's copy is a competing offer after the others. */
	undo_remember(u, &n);
	int copy = negotiation_offer_duplicate(&n, 9);
	assert_true(copy > 9);
	assert_int_equal(n.offers[2].number, copy);
	assert_string_equal(negotiation_offer(&n, copy)->name, "Beta (copy)");
	assert_string_equal(part_of(&n, copy, PART_BASE), "120k");
	assert_true(undo_back(u, &n));
	assert_null(negotiation_offer(&n, copy));
	assert_int_equal(n.offer_count, 3);
	copy = negotiation_offer_duplicate(&n, NEG_COMPANY);
	assert_int_equal(n.offers[2].number, copy);
	assert_int_equal(n.offers[3].number, NEG_COMPANY);
	assert_string_equal(negotiation_offer(&n, copy)->name, "copy");
	assert_int_equal(negotiation_offer_duplicate(&n, 12345), NEG_NONE);
	negotiation_free(&n);
	undo_shelf_free(&shelf);
}

/* 130 changes (typed figures and rounds with notes) saved, read back
 * into a new history as after a restart: 120 undone one by one bring
 * back each earlier state, and redo goes forward again. */
static void test_history_survives_a_restart(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	char text[32];
	for (int i = 0; i < 130; i++) {
		undo_remember(u, &n);
		if (i % 10 == 9) {
			undo_add_round(&n, 1000 * i);
			free(n.rounds[n.round_count - 1].note);
			n.rounds[n.round_count - 1].note =
				xstrdup("said on\tthe phone");
		} else {
			snprintf(text, sizeof text, "%dk", i);
			set_part(&n, 1, PART_BASE, text);
		}
		undo_settle(u, &n);
	}
	/* An answer is no part of the history. */
	kv_set(&n.answers, "[library]", "Transformers");
	assert_true(u->unsaved);
	struct error err;
	error_clear(&err);
	assert_true(undo_save(u, undo_path, false, &err));
	assert_false(u->unsaved);
	struct undo_shelf again = {0};
	struct undo *v = undo_shelf_get(&again, "a/b");
	assert_true(undo_load(v, undo_path, &err));
	assert_false(error_is_set(&err));
	assert_int_equal(undo_past(v), UNDO_MAX);
	assert_int_equal(undo_future(v), 0);
	/* The two histories undo alike, step by step. */
	struct negotiation m;
	negotiation_copy(&m, &n);
	for (int i = 0; i < 120; i++) {
		assert_true(undo_back(u, &n));
		assert_true(undo_back(v, &m));
		const char *a = part_of(&n, 1, PART_BASE),
			   *b = part_of(&m, 1, PART_BASE);
		assert_true((!a && !b) || (a && b && strcmp(a, b) == 0));
		assert_int_equal(n.round_count, m.round_count);
	}
	/* 130 changes, 120 undone: as after the 10th, the 9th figure
	 * typed ("8k") and the first round. */
	assert_string_equal(part_of(&m, 1, PART_BASE), "8k");
	assert_int_equal(m.round_count, 1);
	assert_string_equal(m.rounds[0].note, "said on\tthe phone");
	assert_string_equal(kv_get(&m.answers, "[library]"), "Transformers");
	/* The redo list is saved too. */
	assert_true(undo_save(v, undo_path, false, &err));
	struct undo_shelf third = {0};
	struct undo *w = undo_shelf_get(&third, "a/b");
	assert_true(undo_load(w, undo_path, &err));
	assert_int_equal(undo_future(w), 120);
	assert_true(undo_forward(w, &m));
	assert_string_equal(part_of(&m, 1, PART_BASE), "10k");
	negotiation_free(&n);
	negotiation_free(&m);
	undo_shelf_free(&shelf);
	undo_shelf_free(&again);
	undo_shelf_free(&third);
}

/* Each state is written once: a step's after is the next's before. */
static void test_history_file_is_bounded(void **state)
{
	(void)state;
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	char text[32];
	for (int i = 0; i < 100; i++) {
		undo_remember(u, &n);
		snprintf(text, sizeof text, "%d", i);
		set_part(&n, 1, PART_BASE, text);
		undo_settle(u, &n);
	}
	struct strbuf sb;
	sb_init(&sb);
	undo_text(u, UNDO_FILE_MAX_BYTES, &sb);
	size_t snaps = 0;
	for (const char *p = sb.data; (p = strstr(p, "\nsnap\n")); p++)
		snaps++;
	assert_int_equal(snaps, 101);
	/* Held to a small size, the oldest changes are left out and the
	 * newest kept. */
	size_t whole = sb.len;
	sb_free(&sb);
	sb_init(&sb);
	undo_text(u, whole / 2, &sb);
	assert_true(sb.len <= whole / 2);
	assert_non_null(strstr(sb.data, "offer1.base\t99\n"));
	assert_null(strstr(sb.data, "offer1.base\t3\n"));
	struct error err;
	error_clear(&err);
	assert_true(state_write_text(undo_path, sb.data, sb.len, false, &err));
	sb_free(&sb);
	struct undo_shelf again = {0};
	struct undo *v = undo_shelf_get(&again, "a/b");
	assert_true(undo_load(v, undo_path, &err));
	assert_true(undo_past(v) > 10 && undo_past(v) < 100);
	assert_true(undo_back(v, &n));
	assert_string_equal(part_of(&n, 1, PART_BASE), "98");
	negotiation_free(&n);
	undo_shelf_free(&shelf);
	undo_shelf_free(&again);
}

/* A damaged history is said and left out; no file is no history. */
static void test_damaged_history(void **state)
{
	(void)state;
	static const char *const damaged[] = {
		"not an undo file\n",
		/* cut short */
		"negotiator-undo 1\nguide\ta/b\nsnap\nform\tbase\t1\n",
		/* a change naming a state that is not there */
		"negotiator-undo 1\nguide\ta/b\nsnap\npast\t0\t7\nend\n",
		/* another guide's */
		"negotiator-undo 1\nguide\tc/d\nsnap\npast\t0\t0\nend\n",
		/* a malformed round */
		"negotiator-undo 1\nguide\ta/b\nsnap\nround\tx\nend\n",
		/* a record before any state */
		"negotiator-undo 1\nguide\ta/b\nform\tbase\t1\nend\n",
		/* a change in the middle not over */
		("negotiator-undo 1\nguide\ta/b\nsnap\npast\t0\t-\n"
	         "past\t0\t0\nend\n"),
	};
	struct error err;
	for (size_t i = 0; i < sizeof damaged / sizeof *damaged; i++) {
		undo_write_file(damaged[i]);
		struct undo_shelf shelf = {0};
		struct undo *u = undo_shelf_get(&shelf, "a/b");
		error_clear(&err);
		assert_false(undo_load(u, undo_path, &err));
		assert_non_null(strstr(err.msg, "undo history"));
		assert_int_equal(undo_past(u), 0);
		assert_int_equal(undo_future(u), 0);
		undo_shelf_free(&shelf);
	}
	/* A good one of the same shape loads. */
	undo_write_file("negotiator-undo 1\nguide\ta/b\nsnap\nsnap\n"
	                "form\toffer1.base\t5\npast\t0\t1\nend\n");
	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	error_clear(&err);
	assert_true(undo_load(u, undo_path, &err));
	assert_int_equal(undo_past(u), 1);
	struct negotiation n;
	negotiation_init(&n, "a/b");
	set_part(&n, 1, PART_BASE, "5");
	assert_true(undo_back(u, &n));
	assert_null(part_of(&n, 1, PART_BASE));
	negotiation_free(&n);
	undo_shelf_free(&shelf);
	/* The history of another program that runs still (here this
	 * test's parent) is its own: not taken, nothing said; once that
	 * program has ended, it is. */
	char text[256];
	snprintf(text, sizeof text,
	         "negotiator-undo 1\nguide\ta/b\nowner\t%ld\nsnap\nsnap\n"
	         "form\toffer1.base\t5\npast\t0\t1\nend\n",
	         (long)getppid());
	undo_write_file(text);
	shelf = (struct undo_shelf){0};
	u = undo_shelf_get(&shelf, "a/b");
	error_clear(&err);
	assert_true(undo_load(u, undo_path, &err));
	assert_false(error_is_set(&err));
	assert_int_equal(undo_past(u), 0);
	undo_shelf_free(&shelf);
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	assert_true(child > 0);
	waitpid(child, NULL, 0);
	snprintf(text, sizeof text,
	         "negotiator-undo 1\nguide\ta/b\nowner\t%ld\nsnap\nsnap\n"
	         "form\toffer1.base\t5\npast\t0\t1\nend\n",
	         (long)child);
	undo_write_file(text);
	shelf = (struct undo_shelf){0};
	u = undo_shelf_get(&shelf, "a/b");
	assert_true(undo_load(u, undo_path, &err));
	assert_int_equal(undo_past(u), 1);
	undo_shelf_free(&shelf);
	/* No file: nothing to read, nothing said. */
	unlink(undo_path);
	shelf = (struct undo_shelf){0};
	u = undo_shelf_get(&shelf, "a/b");
	error_clear(&err);
	assert_true(undo_load(u, undo_path, &err));
	assert_false(error_is_set(&err));
	undo_shelf_free(&shelf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_back_and_forward),
		cmocka_unit_test(test_at_least_a_hundred),
		cmocka_unit_test(test_undo_keeps_another_windows_work),
		cmocka_unit_test(test_offer_operations),
		cmocka_unit_test(test_history_survives_a_restart),
		cmocka_unit_test(test_history_file_is_bounded),
		cmocka_unit_test(test_damaged_history),
	};
	return cmocka_run_group_tests(tests, undo_make_dir, undo_remove_dir);
}
