/* Unit tests: the edit of a round in the TUI (roundedit.c): its fields
 * from the round, each checked, a refusal naming the field. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "tui/roundedit.h"

static struct round sample(void)
{
	struct round r;
	negotiation_round_init(&r);
	memcpy(r.date, "2026-10-02", 11);
	r.who = (char *)"company";
	r.region = (char *)"London";
	r.amount[PART_BASE] = 96500;
	r.amount[PART_EQUITY] = 240000;
	r.note = (char *)"from the hiring manager";
	memcpy(r.id, "abc-1", 6);
	return r;
}

/* The field of part p, or of the date (PART_COUNT, note false). */
static size_t field_of(const struct round_editor *e, enum part_id p, bool note)
{
	for (size_t i = 0; i < e->count; i++)
		if (e->part[i] == p && e->is_note[i] == note)
			return i;
	fail();
	return 0;
}

static void test_fields_from_the_round(void **state)
{
	(void)state;
	struct round r = sample();
	struct round_editor e;
	roundedit_start(&e, &r, 2, "GBP");
	assert_true(e.open);
	assert_int_equal(e.number, 3);
	assert_string_equal(e.id, "abc-1");
	/* Every part a round keeps, then the date and the note. */
	size_t parts = 0;
	for (int p = 0; p < PART_COUNT; p++)
		parts += part_table[p].in_round;
	assert_int_equal(e.count, parts + 2);
	/* Whole figures, not their short form (£96.5K would do here, but
	 * not for £96,512). */
	assert_string_equal(
		lineedit_text(&e.le[field_of(&e, PART_BASE, false)]),
		"£96,500");
	assert_string_equal(
		lineedit_text(&e.le[field_of(&e, PART_SIGN_ON, false)]), "");
	assert_string_equal(
		lineedit_text(&e.le[field_of(&e, PART_COUNT, false)]),
		"2026-10-02");
	assert_string_equal(
		lineedit_text(&e.le[field_of(&e, PART_COUNT, true)]),
		"from the hiring manager");
	/* Left as they are, they give the round back. */
	struct round_edit out;
	size_t bad = 99;
	struct error err;
	error_clear(&err);
	assert_true(roundedit_result(&e, &out, &bad, &err));
	assert_int_equal(out.amount[PART_BASE], 96500);
	assert_int_equal(out.amount[PART_EQUITY], 240000);
	assert_true(out.amount[PART_SIGN_ON] == AMOUNT_NONE);
	assert_string_equal(out.date, "2026-10-02");
	assert_string_equal(out.note, "from the hiring manager");
	roundedit_close(&e);
	assert_false(e.open);
}

static void test_refusals_name_the_field(void **state)
{
	(void)state;
	struct round r = sample();
	struct round_editor e;
	struct error err;
	struct round_edit out;
	size_t bad;
	roundedit_start(&e, &r, 0, "GBP");
	size_t base = field_of(&e, PART_BASE, false),
	       date = field_of(&e, PART_COUNT, false);
	/* Another currency than the round's region's is refused, not
	 * converted. */
	lineedit_set(&e.le[base], "$120k");
	error_clear(&err);
	assert_false(roundedit_check(&e, base, &err));
	assert_non_null(strstr(err.msg, "GBP"));
	assert_false(roundedit_result(&e, &out, &bad, &err));
	assert_int_equal(bad, base);
	/* Its own currency, or none, is fine. */
	lineedit_set(&e.le[base], "£101k");
	assert_true(roundedit_check(&e, base, &err));
	lineedit_set(&e.le[base], "abc");
	assert_false(roundedit_check(&e, base, &err));
	lineedit_set(&e.le[base], "99,000");
	/* A day that is not one. */
	lineedit_set(&e.le[date], "2026-09-31");
	error_clear(&err);
	assert_false(roundedit_check(&e, date, &err));
	assert_non_null(strstr(err.msg, "YYYY-MM-DD"));
	assert_false(roundedit_result(&e, &out, &bad, &err));
	assert_int_equal(bad, date);
	/* What was typed stays as typed. */
	assert_string_equal(lineedit_text(&e.le[date]), "2026-09-31");
	lineedit_set(&e.le[date], "2026-09-30");
	assert_true(roundedit_result(&e, &out, &bad, &err));
	assert_int_equal(out.amount[PART_BASE], 99000);
	assert_string_equal(out.date, "2026-09-30");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields_from_the_round),
		cmocka_unit_test(test_refusals_name_the_field),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
