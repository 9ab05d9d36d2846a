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
static struct guide guide_a = {
	.company = (char *)"acme-robotics", .role = (char *)"staff-engineer",
	.company_display = (char *)"Acme Robotics",
	.role_display = (char *)"Staff Engineer", .bands = bands_a,
	.band_count = 2};
static struct guide guide_b = {
	.company = (char *)"zed", .role = (char *)"data-scientist",
	.company_display = (char *)"Zed Ltd", .role_display = (char *)"Data Scientist",
	.bands = bands_b, .band_count = 1};

static const char *const queries[] = {
	"", "acme", "ROBOTICS staff", "york", "NYC", "ny", "nycx", "bangalore",
	"BENGALURU", "lisbon data", "zed acme", "sci", "e", "a b", "staff zed",
	"scientist lisbon", "remote", "robot  engineer",
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
				fail_msg("query '%s' on guide %zu: direct %d, index %d",
				         queries[k], i, direct, indexed);
		}
	}
	/* A word split across two fields never matches. */
	struct filter_query q;
	filter_query_init(&q, "roboticsstaff");
	assert_false(filter_index_match(&ix, 0, &q));
	filter_index_free(&ix);
	assert_null(ix.text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query_match),
		cmocka_unit_test(test_index_agrees),
	};
	return cmocka_run_group_tests_name("tui_filter", tests, NULL, NULL);
}
