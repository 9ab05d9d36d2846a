/* Unit tests: when the TUI writes the open negotiation (src/tui/session.c,
 * issue 18).  Keys typed in one field of the form are written once they
 * rest, not at every key; leaving the field, a signal's rescue and
 * closing the guide write them at once; undo still takes back what was
 * typed in one field as one change. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/guide_load.h"
#include "negotiator/state.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/status.h"

#define GUIDE_FILE "data/guides/hugging-face--ml-ai-engineer.md"

/* Panes that draw nothing and take no notice: only the session runs. */
static const struct pane_ops quiet_pane = {.name = "quiet"};

struct fixture {
	char dir[64];
	struct guide *g;
	struct tui t;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct diag_list errs = {0};
	char path[128];

	snprintf(f->dir, sizeof f->dir, "/tmp/negotiator-session-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(path, sizeof path, "%s/state", f->dir);
	setenv("XDG_STATE_HOME", path, 1);
	snprintf(path, sizeof path, "%s/config", f->dir);
	setenv("XDG_CONFIG_HOME", path, 1);
	f->g = guide_load(GUIDE_FILE, &errs);
	assert_non_null(f->g);
	diag_list_free(&errs);

	struct tui *t = &f->t;
	form_init(&t->form);
	t->script_pick = -1;
	t->an.company_round = -1;
	for (int i = 0; i < PANE_COUNT; i++)
		t->panes[i].ops = &quiet_pane;
	rates_init_user(&t->rates, NULL);
	session_open_guide(t, f->g);
	/* In the form, on its Base row, as `o` leaves it. */
	t->focus = PANE_OFFER;
	t->form.field = FIELD_BASE;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[128];

	session_free(&f->t);
	status_free(&f->t);
	guide_free(f->g);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	unsetenv("XDG_STATE_HOME");
	unsetenv("XDG_CONFIG_HOME");
	free(f);
	return 0;
}

/* One key typed into the field the form is on, then the frame that shows
 * it: returns what session_after_frame returns (ms to rest, or -1). */
static int key(struct tui *t, char c)
{
	assert_true(lineedit_insert(&t->form.text[t->form.field], (uint32_t)c));
	session_offer_changed(t);
	return session_after_frame(t);
}

/* The value the state file holds for form key `name` ("offer1.base"),
 * in out; false when the file or the key is not there. */
static bool file_holds(const char *name, char *out, size_t size)
{
	char path[4096], line[512], want[64];
	bool found = false;

	assert_true(
		state_path("hugging-face/ml-ai-engineer", path, sizeof path));
	FILE *fp = fopen(path, "r");
	if (!fp)
		return false;
	snprintf(want, sizeof want, "form\t%s\t", name);
	while (fgets(line, sizeof line, fp))
		if (strncmp(line, want, strlen(want)) == 0) {
			line[strcspn(line, "\n")] = '\0';
			snprintf(out, size, "%s", line + strlen(want));
			found = true;
		}
	fclose(fp);
	return found;
}

static void test_typing_waits_for_rest(void **state)
{
	struct fixture *f = *state;
	char v[64];

	assert_false(file_holds("offer1.base", v, sizeof v));
	/* Three digits in a row: each waits for the keys to rest, and the
	 * file is not written. */
	assert_true(key(&f->t, '1') > 0);
	assert_true(key(&f->t, '3') > 0);
	assert_true(key(&f->t, '0') > 0);
	assert_false(file_holds("offer1.base", v, sizeof v));
	assert_true(f->t.save_pending);
	/* The keys rest (the loop's read times out): written once. */
	session_flush(&f->t);
	assert_false(f->t.save_pending);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "130");
	/* Nothing waits now. */
	assert_int_equal(session_after_frame(&f->t), -1);
}

static void test_leaving_the_field_writes(void **state)
{
	struct fixture *f = *state;
	char v[64];

	assert_true(key(&f->t, '9') > 0);
	assert_false(file_holds("offer1.base", v, sizeof v));
	/* Down to the next field: written with the frame that shows it. */
	f->t.form.field = FIELD_EQUITY;
	assert_int_equal(session_after_frame(&f->t), -1);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "9");
	/* Out of the form (Esc): the same. */
	assert_true(key(&f->t, '7') > 0);
	assert_false(file_holds("offer1.equity", v, sizeof v));
	f->t.focus = PANE_BANDS;
	assert_int_equal(session_after_frame(&f->t), -1);
	assert_true(file_holds("offer1.equity", v, sizeof v));
	assert_string_equal(v, "7");
}

static void test_signal_and_close_write(void **state)
{
	struct fixture *f = *state;
	char v[64];

	assert_true(key(&f->t, '4') > 0);
	assert_true(key(&f->t, '2') > 0);
	assert_false(file_holds("offer1.base", v, sizeof v));
	/* SIGTERM, SIGHUP: the loop ends and rescues what is not saved. */
	session_rescue(&f->t);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "42");
	assert_true(key(&f->t, '5') > 0);
	/* Leaving the guide (another opened, R, the end). */
	session_close(&f->t);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "425");
}

static void test_waits_a_second_at_most(void **state)
{
	struct fixture *f = *state;
	char v[64];

	assert_true(key(&f->t, '8') > 0);
	assert_false(file_holds("offer1.base", v, sizeof v));
	/* Keys that keep coming: once the first unsaved one is a second
	 * old, the next frame writes them. */
	f->t.save_waits_since -= 1.5;
	assert_int_equal(key(&f->t, '1'), -1);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "81");
}

static void test_undo_takes_back_a_field(void **state)
{
	struct fixture *f = *state;
	struct tui *t = &f->t;
	char v[64];

	assert_true(key(t, '1') > 0);
	assert_true(key(t, '2') > 0);
	t->form.field = FIELD_EQUITY;
	assert_int_equal(session_after_frame(t), -1);
	assert_true(key(t, '5') > 0);
	assert_true(key(t, '0') > 0);
	session_flush(t);
	/* The equity typed is one change, the base another. */
	session_undo(t, false);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_EQUITY]), "");
	assert_string_equal(lineedit_text(&t->form.text[FIELD_BASE]), "12");
	session_undo(t, false);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_BASE]), "");
	/* An undo is written at once. */
	assert_int_equal(session_after_frame(t), -1);
	assert_false(file_holds("offer1.base", v, sizeof v) && v[0]);
	session_undo(t, true);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_BASE]), "12");
	assert_int_equal(session_after_frame(t), -1);
	assert_true(file_holds("offer1.base", v, sizeof v));
	assert_string_equal(v, "12");
}

/* Issue 16: a keystroke analyses the negotiation once (the rates file,
 * when a conversion first needs it or it changed, once more); the TUI
 * keeps no copy of the offer beside the analysis. */
static void test_one_analysis_a_keystroke(void **state)
{
	struct fixture *f = *state;
	struct tui *t = &f->t;

	assert_true(key(t, '1') > 0); /* the rates file may be read here */
	for (int i = 0; i < 5; i++) {
		unsigned long before = t->analyses;
		assert_true(key(t, '0') > 0);
		assert_int_equal(t->analyses, before + 1);
	}
	/* What the panes draw is the analysis's reading of the offer. */
	assert_int_equal(app_offer_row(t)->offer.base, 100000);
	assert_int_equal(app_offer_row(t)->number, t->form_number);
}

/* Issue 16 item 8: C-x deletes the offer shown with its place; the form
 * goes to the one that takes it; u brings it back, in its place. */
static void test_delete_an_offer(void **state)
{
	struct fixture *f = *state;
	struct tui *t = &f->t;
	size_t count;

	assert_true(key(t, '9') > 0);
	int first = t->form_number;
	session_new_offer(t);
	int second = t->form_number;
	assert_true(second != first);
	assert_true(key(t, 'B') > 0); /* its name */
	t->form.field = FIELD_BASE;
	assert_true(key(t, '8') > 0);
	session_offer_place(t, &count);
	assert_int_equal(count, 2);
	/* From the first: the second takes its place. */
	session_step_offer(t, -1);
	assert_int_equal(t->form_number, first);
	session_delete_offer(t);
	assert_int_equal(t->form_number, second);
	assert_null(negotiation_offer(&t->neg, first));
	assert_int_equal(session_offer_place(t, &count), 1);
	assert_int_equal(count, 1);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_NAME]), "B");
	assert_non_null(strstr(t->msg, "Deleted"));
	/* One undo step brings it back, first again. */
	session_undo(t, false);
	assert_non_null(negotiation_offer(&t->neg, first));
	assert_int_equal(t->neg.offers[0].number, first);
	assert_int_equal(t->form_number, first);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_BASE]), "9");
	/* Moved down and duplicated: one step each. */
	session_move_offer(t, 1);
	assert_int_equal(t->neg.offers[1].number, first);
	session_duplicate_offer(t);
	int copy = t->form_number;
	assert_int_equal(t->neg.offers[2].number, copy);
	assert_string_equal(lineedit_text(&t->form.text[FIELD_BASE]), "9");
	session_undo(t, false);
	assert_null(negotiation_offer(&t->neg, copy));
	session_undo(t, false);
	assert_int_equal(t->neg.offers[0].number, first);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_typing_waits_for_rest,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_leaving_the_field_writes,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_signal_and_close_write,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_waits_a_second_at_most,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_undo_takes_back_a_field,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_analysis_a_keystroke,
	                                        setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_an_offer, setup,
	                                        teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
