/* Unit tests: the rounds timeline (src/tui/timeline.c) and the runs of
 * a filled script's lines (src/tui/fillspan.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "negotiator/guide.h"
#include "negotiator/guide_load.h"
#include "negotiator/state.h"
#include "tui/fillspan.h"
#include "negotiator/analysis.h"
#include "tui/timeline.h"

static struct band timeline_bands[2];
static struct ask asks[3]; /* Lisbon's ask, floor; the other's none */
static struct guide guide;

/* One company with a Lisbon band in EUR: ask 100K / 200K, floor 90K /
 * 150K; and a band with no figures. */
static int timeline_setup(void **state)
{
	(void)state;
	memset(timeline_bands, 0, sizeof timeline_bands);
	memset(&guide, 0, sizeof guide);
	timeline_bands[0].region = (char *)"Lisbon";
	strcpy(timeline_bands[0].currency.code, "EUR");
	timeline_bands[0].base_low = 70000;
	timeline_bands[0].base_high = 110000;
	timeline_bands[0].stock_low = 100000;
	timeline_bands[0].stock_high = 250000;
	timeline_bands[0].bonus_pct = -1;
	timeline_bands[0].total_low = 95000;
	timeline_bands[0].total_high = 170000;
	asks[0] = (struct ask){
		.base = 100000, .equity = 200000, .sign_on = AMOUNT_NONE};
	asks[1] = (struct ask){
		.base = 90000, .equity = 150000, .sign_on = AMOUNT_NONE};
	timeline_bands[0].target = &asks[0];
	timeline_bands[0].floor = &asks[1];
	timeline_bands[0].counter = &asks[2];
	timeline_bands[1].region = (char *)"Remote";
	timeline_bands[1].bonus_pct = -1;
	timeline_bands[1].base_low = timeline_bands[1].base_high = AMOUNT_NONE;
	timeline_bands[1].stock_low = timeline_bands[1].stock_high =
		AMOUNT_NONE;
	timeline_bands[1].total_low = timeline_bands[1].total_high =
		AMOUNT_NONE;
	asks[2] = (struct ask){.base = AMOUNT_NONE,
	                       .equity = AMOUNT_NONE,
	                       .sign_on = AMOUNT_NONE};
	timeline_bands[1].target = timeline_bands[1].floor =
		timeline_bands[1].counter = &asks[2];
	guide.company_display = (char *)"Acme";
	guide.bands = timeline_bands;
	guide.band_count = 2;
	return 0;
}

static struct round mk(char *who, char *region, amount_t base, amount_t equity)
{
	struct round r;

	negotiation_round_init(&r);
	strcpy(r.date, "2026-11-20");
	r.who = who;
	r.region = region;
	r.amount[PART_BASE] = base;
	r.amount[PART_EQUITY] = equity;
	r.note = (char *)"";
	return r;
}

static void test_below_floor(void **state)
{
	struct round r = mk("company", "Lisbon", 85000, 120000);
	struct round_view v;
	char why[400];

	(void)state;
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 0, 100, &v);
	assert_ptr_equal(v.band, &timeline_bands[0]);
	assert_true(v.below_floor);
	assert_string_equal(v.cell[TL_NUM], "1");
	assert_string_equal(v.cell[TL_DATE], "2026-11-20");
	assert_string_equal(v.cell[TL_WHO], "company");
	assert_string_equal(v.cell[TL_BASE], "€85K");
	assert_string_equal(v.cell[TL_EQUITY], "€120K");
	assert_string_equal(v.cell[TL_SIGN_ON], "—");
	/* 85K + 30K a year against 90K + 37.5K: 12.5K under the floor,
	 * and 115K against 150K: 35K under the ask. */
	assert_string_equal(v.cell[TL_VS_FLOOR], "-€12.5K");
	assert_string_equal(v.cell[TL_VS_ASK], "-€35K");
	assert_string_equal(v.cell[TL_MARK], "");
	timeline_floor_words(&v, why, sizeof why);
	assert_non_null(strstr(why, "base €85K is €5K under the floor's €90K"));
	assert_non_null(strstr(
		why, "equity (4y) €120K is €30K under the floor's €150K"));
	assert_non_null(strstr(why, "yearly total"));
}

/* A floor that is a first-year total (the fixture's $245K: base +
 * bonus + sign-on + the first year's vest): a round short of it is
 * below the floor, its gap in the first year's total (accepting it asks
 * first), never "—". */
static void test_first_year_floor(void **state)
{
	struct diag_list errs = {0};
	struct guide *g = guide_load(
		"tests/fixtures/negotiations/yearone--platform-engineer.md",
		&errs);
	diag_list_free(&errs);
	assert_non_null(g);
	guide_load_body(g);
	struct round r = mk("company", "Austin", 170000, 100000);
	struct round_view v;
	char why[400];

	(void)state;
	timeline_view(g, false, &r, 0, 100, &v);
	/* A round keeps no bonus: 170K + 25K of the grant in year one,
	 * 195K, 50K short of 245K. */
	assert_true(v.below_floor);
	assert_string_equal(v.cell[TL_VS_FLOOR], "-$50K");
	timeline_floor_words(&v, why, sizeof why);
	assert_non_null(strstr(
		why, "first-year total $195K is $50K under the floor's $245K"));
	guide_free(g);
}

static void test_above_floor_and_accepted(void **state)
{
	struct round r = mk("me", "lisbon", 105000, 220000);
	struct round_view v;
	char why[400];

	(void)state;
	r.accepted = true;
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 4, 100, &v);
	assert_false(v.below_floor);
	assert_string_equal(v.cell[TL_NUM], "5");
	assert_string_equal(v.cell[TL_VS_ASK], "+€10K");
	assert_non_null(strstr(v.cell[TL_MARK], "accepted"));
	timeline_floor_words(&v, why, sizeof why);
	assert_string_equal(why, "");
	/* One part under the floor is enough to ask first. */
	r = mk("company", "Lisbon", 120000, 140000);
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 0, 100, &v);
	assert_true(v.below_floor);
	timeline_floor_words(&v, why, sizeof why);
	assert_null(strstr(why, "base"));
	assert_non_null(strstr(why, "equity (4y)"));
}

static void test_unknown_region_and_hostile_text(void **state)
{
	struct round r = mk("evil\033[31mred", "Atlantis", 100000, AMOUNT_NONE);
	struct round_view v;
	char why[400];

	(void)state;
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 0, 100, &v);
	assert_null(v.band);
	assert_false(v.below_floor);
	assert_null(strchr(v.cell[TL_WHO], '\033'));
	assert_string_equal(v.cell[TL_VS_ASK], "—");
	assert_string_equal(v.cell[TL_VS_FLOOR], "—");
	timeline_floor_words(&v, why, sizeof why);
	assert_string_equal(why, "");
	/* A region with no figures: nothing to compare with. */
	r = mk("company", "Remote", 100000, 100000);
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 0, 100, &v);
	assert_ptr_equal(v.band, &timeline_bands[1]);
	assert_false(v.below_floor);
}

static void test_risk_setting_counts(void **state)
{
	struct round r = mk("company", "Lisbon", 100000, 200000);
	struct round_view v;

	(void)state;
	/* A company with private equity: at 50 % both the round's grant and
	 * the ask's count half, so the gap to the ask stays 0 while the
	 * yearly totals shrink. */
	guide.dna_summary = (char *)"A pre-IPO start-up.";
	timeline_view(&guide, guide_equity_is_private(&guide), &r, 0, 50, &v);
	assert_string_equal(v.cell[TL_VS_ASK], "€0");
	assert_true(v.res.offer_equity_pct < 100);
	assert_int_equal(v.res.annual_total, 125000);
	guide.dna_summary = NULL;
}

static void test_latest(void **state)
{
	struct negotiation n;
	struct round r;
	size_t idx = 99;

	(void)state;
	negotiation_init(&n, "acme/engineer");
	assert_null(analysis_latest_round(&n, "company", "Lisbon", &idx));
	r = mk("company", "Lisbon", 80000, 100000);
	negotiation_add_round(&n, &r);
	r = mk("company", "Remote", 81000, 100000);
	negotiation_add_round(&n, &r);
	r = mk("me", "Lisbon", 120000, 250000);
	negotiation_add_round(&n, &r);
	assert_int_equal(analysis_latest_round(&n, "company", "Lisbon", &idx)
	                         ->amount[PART_BASE],
	                 80000);
	assert_int_equal(idx, 0);
	assert_int_equal(analysis_latest_round(&n, "company", NULL, &idx)
	                         ->amount[PART_BASE],
	                 81000);
	assert_int_equal(idx, 1);
	assert_int_equal(analysis_latest_round(&n, "me", "Lisbon", NULL)
	                         ->amount[PART_BASE],
	                 120000);
	assert_null(analysis_latest_round(&n, "me", "Remote", NULL));
	negotiation_free(&n);
}

static int timeline_sum(const int *w, int n, int gap)
{
	int s = 0, vis = 0, i;

	for (i = 0; i < n; i++)
		if (w[i] > 0) {
			s += w[i];
			vis++;
		}
	return s + (vis > 1 ? (vis - 1) * gap : 0);
}

static void test_layout(void **state)
{
	struct round_view v[2];
	struct round r0 = mk("company", "Lisbon", 85000, 120000);
	struct round r1 = mk("me", "Lisbon", 105000, 220000);
	int w[TL_COLS];

	(void)state;
	r1.accepted = true;
	timeline_view(&guide, guide_equity_is_private(&guide), &r0, 0, 100,
	              &v[0]);
	timeline_view(&guide, guide_equity_is_private(&guide), &r1, 1, 100,
	              &v[1]);
	/* Wide: every column, each as wide as its heading or figures; no
	 * round has a note, so no column for notes. */
	assert_int_equal(timeline_layout(v, 2, 100, w), TL_COLS - 1);
	assert_int_equal(w[TL_NOTE], 0);
	assert_true(timeline_sum(w, TL_COLS, 1) <= 100);
	assert_int_equal(w[TL_DATE], 10);
	assert_int_equal(w[TL_VS_FLOOR], 8); /* "vs floor" */
	assert_int_equal(w[TL_MARK], 10);    /* "✓ accepted" */
	/* Narrow: sign-on goes first, then the date, then equity, then the
	 * distance to the ask; the distance to the floor stays.  At their
	 * least the columns take 50 with the gaps. */
	timeline_layout(v, 2, 50, w);
	assert_true(w[TL_SIGN_ON] > 0);
	timeline_layout(v, 2, 46, w);
	assert_int_equal(w[TL_SIGN_ON], 0);
	assert_true(w[TL_DATE] > 0);
	assert_true(timeline_sum(w, TL_COLS, 1) <= 46);
	timeline_layout(v, 2, 30, w);
	assert_int_equal(w[TL_SIGN_ON], 0);
	assert_int_equal(w[TL_DATE], 0);
	assert_int_equal(w[TL_EQUITY], 0);
	assert_true(w[TL_VS_ASK] > 0);
	assert_true(timeline_sum(w, TL_COLS, 1) <= 30);
	timeline_layout(v, 2, 24, w);
	assert_int_equal(w[TL_VS_ASK], 0);
	assert_true(w[TL_NUM] > 0 && w[TL_WHO] > 0 && w[TL_BASE] > 0 &&
	            w[TL_VS_FLOOR] > 0);
	assert_true(timeline_sum(w, TL_COLS, 1) <= 30);
}

/* A round's note is a column of its own, cut to its start when long,
 * and the first to go when the pane is narrow. */
static void test_note_column(void **state)
{
	struct round_view v[2];
	struct round r0 = mk("company", "Lisbon", 85000, 120000);
	struct round r1 = mk("me", "Lisbon", 105000, 220000);
	int w[TL_COLS];

	(void)state;
	r0.note = (char *)"verbal, by phone";
	r1.note = (char *)"written offer from the recruiter, valid until "
			  "Friday at noon";
	timeline_view(&guide, false, &r0, 0, 100, &v[0]);
	timeline_view(&guide, false, &r1, 1, 100, &v[1]);
	assert_string_equal(v[0].cell[TL_NOTE], "verbal, by phone");
	assert_true(strncmp(v[1].cell[TL_NOTE], "written offer", 13) == 0);
	assert_non_null(strstr(v[1].cell[TL_NOTE], "…"));
	assert_true(strlen(v[1].cell[TL_NOTE]) < strlen(r1.note));
	assert_int_equal(timeline_layout(v, 2, 120, w), TL_COLS);
	assert_true(w[TL_NOTE] >= 16);
	/* Narrow: the note goes before sign-on does. */
	timeline_layout(v, 2, 50, w);
	assert_int_equal(w[TL_NOTE], 0);
	assert_true(w[TL_SIGN_ON] > 0);
}

static void test_segments(void **state)
{
	/* "Offer €130K base, [library] and Ann." with an amount at 6..11
	 * (3 bytes of "€"), a placeholder at 18..27 and an answer at 32..35. */
	const struct fill_span spans[] = {
		{6, 13, FILL_AMOUNT},
		{19, 28, FILL_PLACEHOLDER},
		{33, 36, FILL_ANSWER},
	};
	struct text_seg seg[8];
	size_t n;

	(void)state;
	/* The whole line: plain, amount, plain, placeholder, plain, answer,
	 * plain. */
	n = fillspan_segments(spans, 3, 0, 37, seg, 8);
	assert_int_equal(n, 7);
	assert_int_equal(seg[0].kind, SEG_PLAIN);
	assert_int_equal(seg[0].len, 6);
	assert_int_equal(seg[1].kind, FILL_AMOUNT);
	assert_int_equal(seg[1].start, 6);
	assert_int_equal(seg[1].len, 7);
	assert_int_equal(seg[3].kind, FILL_PLACEHOLDER);
	assert_int_equal(seg[5].kind, FILL_ANSWER);
	assert_int_equal(seg[6].start, 36);
	assert_int_equal(seg[6].len, 1);
	/* A line that starts inside the placeholder (wrapped there). */
	n = fillspan_segments(spans, 3, 22, 8, seg, 8);
	assert_int_equal(n, 2);
	assert_int_equal(seg[0].kind, FILL_PLACEHOLDER);
	assert_int_equal(seg[0].start, 22);
	assert_int_equal(seg[0].len, 6);
	assert_int_equal(seg[1].kind, SEG_PLAIN);
	assert_int_equal(seg[1].len, 2);
	/* No spans: one plain run; an empty line: none. */
	n = fillspan_segments(NULL, 0, 5, 10, seg, 8);
	assert_int_equal(n, 1);
	assert_int_equal(seg[0].kind, SEG_PLAIN);
	assert_int_equal(fillspan_segments(spans, 3, 5, 0, seg, 8), 0);
	/* Too many runs for the room: the rest of the line comes plain,
	 * and nothing of it is lost. */
	n = fillspan_segments(spans, 3, 0, 37, seg, 3);
	assert_int_equal(n, 3);
	assert_int_equal(seg[2].kind, SEG_PLAIN);
	assert_int_equal(seg[2].start + seg[2].len, 37);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_below_floor),
		cmocka_unit_test(test_first_year_floor),
		cmocka_unit_test(test_above_floor_and_accepted),
		cmocka_unit_test(test_unknown_region_and_hostile_text),
		cmocka_unit_test(test_risk_setting_counts),
		cmocka_unit_test(test_latest),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_note_column),
		cmocka_unit_test(test_segments),
	};
	return cmocka_run_group_tests(tests, timeline_setup, NULL);
}
