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

/* The query is one the index's sets answer alone, and they agree with
 * the matcher on every guide. */
static void assert_set_is_answer(const struct filter_index *ix, size_t n,
                                 const char *query)
{
	struct filter_query q;
	uint64_t may[8];
	assert_true(ix->words <= 8);
	filter_query_init(&q, query);
	assert_true(filter_index_exact(&q));
	filter_index_may(ix, &q, may);
	for (size_t i = 0; i < n; i++)
		if (filter_index_in(may, i) != filter_index_match(ix, i, &q))
			fail_msg("'%s' on guide %zu: the set and the matcher "
			         "disagree",
			         query, i);
}

/* The index's letters and pairs (issue 18) keep every guide that
 * matches, and leave out those that cannot: over more guides than one
 * 64-bit word holds, for every query above and every prefix of it. */
static void test_index_may(void **state)
{
	(void)state;
	enum { N = 130 };
	struct guide *guides[N];
	for (size_t i = 0; i < N; i++)
		guides[i] = i % 3 ? &guide_a : i % 2 ? &guide_b : &guide_m;
	struct filter_index ix;
	filter_index_build(&ix, guides, N);
	assert_int_equal(ix.words, 3);
	uint64_t may[4];
	size_t kept = 0, left_out = 0;
	for (size_t k = 0; k < sizeof queries / sizeof *queries; k++) {
		for (size_t cut = 1; cut <= strlen(queries[k]); cut++) {
			char prefix[64];
			struct filter_query q;
			memcpy(prefix, queries[k], cut);
			prefix[cut] = '\0';
			filter_query_init(&q, prefix);
			filter_index_may(&ix, &q, may);
			for (size_t i = 0; i < N; i++) {
				bool in = filter_index_in(may, i);
				if (filter_index_match(&ix, i, &q) && !in)
					fail_msg("'%s' matches guide %zu, left "
					         "out of the index's set",
					         prefix, i);
				kept += in;
				left_out += !in;
			}
		}
	}
	assert_true(kept > 0 && left_out > 0);
	/* One-letter words: the set is the answer, letter by letter (a
	 * letter inside an alias but at no alias's start does not count). */
	for (char c = ' ' + 1; c < 0x7f; c++) {
		char one[4] = {c, '\0'}, two[4] = {c, ' ', 'e', '\0'};
		const char *forms[2] = {one, two};
		for (size_t f = 0; f < 2; f++)
			assert_set_is_answer(&ix, N, forms[f]);
	}
	/* No z in guide_a's or guide_m's words, a z in guide_b's. */
	struct filter_query q;
	filter_query_init(&q, "z");
	filter_index_may(&ix, &q, may);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(filter_index_in(may, i),
		                 guides[i] == &guide_b);
	/* Bombay by its start, never by its y. */
	filter_query_init(&q, "bo");
	filter_index_may(&ix, &q, may);
	assert_true(filter_index_in(may, 0) && filter_index_match(&ix, 0, &q));
	/* A pair of letters no guide holds: nothing to search. */
	filter_query_init(&q, "qx");
	filter_index_may(&ix, &q, may);
	for (size_t i = 0; i < N; i++)
		assert_false(filter_index_in(may, i));
	/* Two letters or digits: the set is the answer too. */
	static const char abc[] = "abcdeiklmnorstuyz09";
	for (size_t x = 0; abc[x]; x++)
		for (size_t y = 0; abc[y]; y++) {
			char two[3] = {abc[x], abc[y], '\0'};
			assert_set_is_answer(&ix, N, two);
		}
	filter_query_init(&q, "a-");
	assert_false(filter_index_exact(&q));
	filter_query_init(&q, "abc");
	assert_false(filter_index_exact(&q));
	/* A control character leaves it to the matcher (which says no). */
	filter_query_init(&q, "st\taff");
	filter_index_may(&ix, &q, may);
	assert_true(filter_index_in(may, 1));
	assert_false(filter_index_match(&ix, 1, &q));
	filter_index_free(&ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query_match),
		cmocka_unit_test(test_index_agrees),
		cmocka_unit_test(test_index_narrows_monotonically),
		cmocka_unit_test(test_index_may),
	};
	return cmocka_run_group_tests_name("tui_filter", tests, NULL, NULL);
}
