/* Unit tests: the guide filter, and its library index agreeing with it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "tui/filter.h"

static struct band bands_a[] = {{.region = (char *)"New York"},
                                {.region = (char *)"Bengaluru"}};
static struct band bands_b[] = {{.region = (char *)"Lisbon"}};
static struct guide guide_a = {.company = (char *)"acme-robotics",
                               .role = (char *)"staff-engineer",
                               .company_display = (char *)"Acme Robotics",
                               .role_display = (char *)"Staff Engineer",
                               .bands = bands_a,
                               .band_count = 2};
static struct guide guide_b = {.company = (char *)"zed",
                               .role = (char *)"data-scientist",
                               .company_display = (char *)"Zed Ltd",
                               .role_display = (char *)"Data Scientist",
                               .bands = bands_b,
                               .band_count = 1};

/* Mumbai's alias Bombay has a y and an o, the guide's words neither. */
static struct band bands_m[] = {{.region = (char *)"Mumbai"}};
static struct guide guide_m = {.company = (char *)"m",
                               .role = (char *)"r",
                               .company_display = (char *)"M",
                               .role_display = (char *)"R",
                               .bands = bands_m,
                               .band_count = 1};

static const char *const queries[] = {
	"",
	"acme",
	"ROBOTICS staff",
	"york",
	"NYC",
	"ny",
	"nycx",
	"bangalore",
	"BENGALURU",
	"lisbon data",
	"zed acme",
	"sci",
	"e",
	"a b",
	"staff zed",
	"scientist lisbon",
	"remote",
	"robot  engineer",
};

static void test_query_match(void **state)
{
	(void)state;
	assert_true(filter_match(&guide_a, "NYC"));       /* initials + C */
	assert_true(filter_match(&guide_a, "ny"));        /* initials */
	assert_true(filter_match(&guide_a, "Bangalore")); /* alias group */
	assert_false(filter_match(&guide_a, "nycx"));
	assert_false(filter_match(&guide_a, "lisbon"));
	assert_true(filter_match(&guide_b, "scientist lisbon"));
	assert_false(filter_match(&guide_b, "scientist york"));
}

static void test_index_agrees(void **state)
{
	(void)state;
	struct guide *guides[] = {&guide_a, &guide_b};
	struct filter_index ix;
	filter_index_build(&ix, guides, 2);
	assert_int_equal(ix.count, 2);
	for (size_t k = 0; k < sizeof queries / sizeof *queries; k++) {
		struct filter_query q;
		filter_query_init(&q, queries[k]);
		for (size_t i = 0; i < 2; i++) {
			bool direct = filter_query_match(&q, guides[i]);
			bool indexed = filter_index_match(&ix, i, &q);
			if (direct != indexed)
				fail_msg("query '%s' on guide %zu: direct %d, "
				         "index %d",
				         queries[k], i, direct, indexed);
		}
	}
	/* A word split across two fields never matches. */
	struct filter_query q;
	filter_query_init(&q, "roboticsstaff");
	assert_false(filter_index_match(&ix, 0, &q));
	/* Typing a company's first letters: its display name or its slug. */
	assert_true(filter_index_company_starts(&ix, 0, "Acme R"));
	assert_true(filter_index_company_starts(&ix, 0, "  ACME-rob"));
	assert_false(filter_index_company_starts(&ix, 0, "robotics"));
	assert_false(filter_index_company_starts(&ix, 0, "acme robotics x"));
	assert_false(filter_index_company_starts(&ix, 0, " "));
	assert_true(filter_index_company_starts(&ix, 1, "zed l"));
	assert_false(filter_index_company_starts(&ix, 1, "data"));
	/* The first guide whose company starts so, from the entries. */
	assert_int_equal(filter_index_company_first(&ix, "Acme R"), 0);
	assert_int_equal(filter_index_company_first(&ix, "  zED"), 1);
	assert_true(filter_index_company_first(&ix, "data") == SIZE_MAX);
	assert_true(filter_index_company_first(&ix, "  ") == SIZE_MAX);
	filter_index_free(&ix);
	assert_null(ix.text);
}

/* Every prefix of a query that keeps a guide keeps it too, so the TUI
 * may narrow the rows letter by letter; aliases match by their start. */
static void test_index_narrows_monotonically(void **state)
{
	(void)state;
	struct guide *guides[] = {&guide_a, &guide_b, &guide_m};
	static const char *const full[] = {"bombay", "nyc", "bangalore",
	                                   "robotics lisbon", "data scientist"};
	struct filter_index ix;
	filter_index_build(&ix, guides, 3);
	for (size_t k = 0; k < sizeof full / sizeof *full; k++) {
		size_t n = strlen(full[k]);
		for (size_t i = 0; i < 3; i++) {
			struct filter_query q;
			filter_query_init(&q, full[k]);
			if (!filter_index_match(&ix, i, &q))
				continue;
			for (size_t cut = 1; cut < n; cut++) {
				char prefix[64];
				memcpy(prefix, full[k], cut);
				prefix[cut] = '\0';
				filter_query_init(&q, prefix);
				if (!filter_index_match(&ix, i, &q))
					fail_msg("'%s' keeps guide %zu but "
					         "'%s' does not",
					         full[k], i, prefix);
			}
		}
	}
	struct filter_query q;
	filter_query_init(&q, "bomb");
	assert_true(filter_index_match(&ix, 2, &q));
	assert_false(filter_index_match(&ix, 0, &q));
	filter_index_free(&ix);
}

/* The index's answer for the query is the matcher's, guide by guide. */
static void assert_select_agrees(const struct filter_index *ix, size_t n,
                                 const char *query)
{
	struct filter_query q;
	uint64_t set[8];
	assert_true(ix->words <= 8);
	filter_query_init(&q, query);
	filter_index_select(ix, &q, set);
	for (size_t i = 0; i < n; i++)
		if (filter_index_in(set, i) != filter_index_match(ix, i, &q))
			fail_msg("'%s' on guide %zu: the set and the matcher "
			         "disagree",
			         query, i);
	/* No bit past the last guide. */
	for (size_t i = n; i < ix->words * 64; i++)
		assert_false(filter_index_in(set, i));
	/* Where the query goes: the first guide whose company starts so,
	 * guide by guide, against the entries' answer. */
	size_t first = SIZE_MAX;
	for (size_t i = 0; i < n && first == SIZE_MAX; i++)
		if (filter_index_company_starts(ix, i, query))
			first = i;
	if (filter_index_company_first(ix, query) != first)
		fail_msg("'%s': the first company is guide %zu, not %zu", query,
		         first, filter_index_company_first(ix, query));
}

/* The index's entries (issue 18) answer every query, over more guides
 * than one 64-bit word holds, for every query above and every prefix of
 * it, each distinct word kept once. */
static void test_index_select(void **state)
{
	(void)state;
	enum { N = 130 };
	struct guide *guides[N];
	for (size_t i = 0; i < N; i++)
		guides[i] = i % 3 ? &guide_a : i % 2 ? &guide_b : &guide_m;
	struct filter_index ix;
	filter_index_build(&ix, guides, N);
	assert_int_equal(ix.words, 3);
	/* 130 guides, three of them distinct: their entries are those of
	 * three guides. */
	struct filter_index three;
	struct guide *distinct[] = {&guide_a, &guide_b, &guide_m};
	filter_index_build(&three, distinct, 3);
	assert_int_equal(ix.entries, three.entries);
	filter_index_free(&three);
	for (size_t k = 0; k < sizeof queries / sizeof *queries; k++) {
		for (size_t cut = 1; cut <= strlen(queries[k]); cut++) {
			char prefix[64];
			memcpy(prefix, queries[k], cut);
			prefix[cut] = '\0';
			assert_select_agrees(&ix, N, prefix);
		}
	}
	/* One letter, as a word alone or beside another (a letter inside
	 * an alias but at no alias's start does not count). */
	for (char c = ' ' + 1; c < 0x7f; c++) {
		char one[4] = {c, '\0'}, two[4] = {c, ' ', 'e', '\0'};
		assert_select_agrees(&ix, N, one);
		assert_select_agrees(&ix, N, two);
	}
	static const char abc[] = "abcdeiklmnorstuyz09-";
	for (size_t x = 0; abc[x]; x++)
		for (size_t y = 0; abc[y]; y++) {
			char two[3] = {abc[x], abc[y], '\0'};
			assert_select_agrees(&ix, N, two);
		}
	/* The first of many guides of a company, in the library's order;
	 * a role that starts the same ("sta", "s") is no company. */
	assert_int_equal(filter_index_company_first(&ix, "zed"), 3);
	assert_true(filter_index_company_first(&ix, "sta") == SIZE_MAX);
	assert_true(filter_index_company_first(&ix, "data") == SIZE_MAX);
	assert_int_equal(filter_index_company_first(&ix, "m"), 0);
	assert_int_equal(filter_index_company_first(&ix, "acme"), 1);
	/* No z in guide_a's or guide_m's words, a z in guide_b's. */
	struct filter_query q;
	uint64_t set[4];
	filter_query_init(&q, "z");
	filter_index_select(&ix, &q, set);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(filter_index_in(set, i),
		                 guides[i] == &guide_b);
	/* Mumbai by Bombay's start, never by its middle. */
	filter_query_init(&q, "bomb");
	filter_index_select(&ix, &q, set);
	assert_true(filter_index_in(set, 0));
	assert_false(filter_index_in(set, 1));
	filter_query_init(&q, "mbay");
	filter_index_select(&ix, &q, set);
	assert_false(filter_index_in(set, 0));
	/* A word across two fields, or with a control character: none. */
	filter_query_init(&q, "roboticsstaff");
	filter_index_select(&ix, &q, set);
	assert_false(filter_index_in(set, 1));
	filter_query_init(&q, "st\taff");
	filter_index_select(&ix, &q, set);
	for (size_t i = 0; i < N; i++)
		assert_false(filter_index_in(set, i));
	assert_false(filter_index_match(&ix, 1, &q));
	/* An empty query keeps them all. */
	filter_query_init(&q, "");
	filter_index_select(&ix, &q, set);
	for (size_t i = 0; i < N; i++)
		assert_true(filter_index_in(set, i));
	filter_index_free(&ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query_match),
		cmocka_unit_test(test_index_agrees),
		cmocka_unit_test(test_index_narrows_monotonically),
		cmocka_unit_test(test_index_select),
	};
	return cmocka_run_group_tests_name("tui_filter", tests, NULL, NULL);
}
