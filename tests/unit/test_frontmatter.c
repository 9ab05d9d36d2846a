/* test_frontmatter.c - splitting a guide file, reading it, its YAML tree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "frontmatter.h"
#include "guide_file.h"
#include "negotiator/text.h"
#include "yaml_tree.h"

static void split_ok(const char *data, struct frontmatter *fm)
{
	const char *why = NULL;
	int line = -1;

	assert_true(frontmatter_split(data, strlen(data), fm, &why, &line));
	assert_null(why);
}

static void split_fails(const char *data, size_t len, const char *want,
                        int want_line)
{
	struct frontmatter fm;
	const char *why = NULL;
	int line = -1;

	assert_false(frontmatter_split(data, len, &fm, &why, &line));
	assert_non_null(why);
	assert_string_equal(why, want);
	assert_int_equal(line, want_line);
}

static void test_split_lf(void **state)
{
	static const char data[] =
		"---\ncompany: a\nrole: b\n---\n# Title\nText\n";
	struct frontmatter fm;

	(void)state;
	split_ok(data, &fm);
	assert_int_equal(fm.yaml_line, 2);
	assert_int_equal(fm.yaml_len, strlen("company: a\nrole: b\n"));
	assert_memory_equal(fm.yaml, "company: a\nrole: b\n", fm.yaml_len);
	assert_int_equal(fm.body_line, 5);
	assert_int_equal(fm.body_len, strlen("# Title\nText\n"));
	assert_memory_equal(fm.body, "# Title\nText\n", fm.body_len);
}

static void test_split_bom_crlf(void **state)
{
	static const char data[] = "\xEF\xBB\xBF---\r\ncompany: a\r\nrole: "
				   "b\r\n\r\n---\r\nBody\r\n";
	struct frontmatter fm;

	(void)state;
	assert_int_equal(frontmatter_bom_len(data, strlen(data)), 3);
	split_ok(data, &fm);
	assert_int_equal(fm.yaml_line, 2);
	assert_memory_equal(fm.yaml, "company: a\r\nrole: b\r\n\r\n",
	                    fm.yaml_len);
	assert_int_equal(fm.body_line, 6);
	assert_memory_equal(fm.body, "Body\r\n", fm.body_len);
}

static void test_split_closing_at_end(void **state)
{
	struct frontmatter fm;

	(void)state;
	split_ok("---\na: 1\n---", &fm);
	assert_int_equal(fm.body_len, 0);
	assert_int_equal(fm.body_line, 4);
	split_ok("---\n---\nbody", &fm);
	assert_int_equal(fm.yaml_len, 0);
	assert_int_equal(fm.body_line, 3);
	assert_memory_equal(fm.body, "body", 4);
}

static void test_split_fence_is_exact(void **state)
{
	struct frontmatter fm;

	(void)state;
	/* "--- " and "----" do not close; the real fence further on does. */
	split_ok("---\na: 1\n--- \n----\nb: 2\n---\nbody\n", &fm);
	assert_int_equal(fm.body_line, 7);
	assert_memory_equal(fm.yaml, "a: 1\n--- \n----\nb: 2\n", fm.yaml_len);
}

static void test_split_not_a_guide(void **state)
{
	static const char *const bad[] = {
		"# Just Markdown\n", "----\na: 1\n---\n", " ---\na: 1\n---\n",
		"--- \na: 1\n---\n", "\xEF\xBB\xBF",      "\n---\na: 1\n---\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof *bad; i++)
		split_fails(bad[i], strlen(bad[i]),
		            "not a guide (first line is not ---)", 1);
	split_fails("", 0, "not a guide (first line is not ---)", 1);
}

static void test_split_unclosed(void **state)
{
	static const char data[] = "---\ncompany: a\nrole: b\n-- -\n";

	(void)state;
	split_fails(data, strlen(data),
	            "front matter opened at line 1 is never closed", 1);
	split_fails("---", 3, "front matter opened at line 1 is never closed",
	            1);
	split_fails("---\r\n", 5,
	            "front matter opened at line 1 is never closed", 1);
}

static void test_opens(void **state)
{
	(void)state;
	assert_true(frontmatter_opens("---\n", 4));
	assert_true(frontmatter_opens("---\r\ncompany", 12));
	assert_true(frontmatter_opens("\xEF\xBB\xBF---\n", 7));
	assert_true(frontmatter_opens("---", 3));
	assert_false(frontmatter_opens("--", 2));
	assert_false(frontmatter_opens("# ---\n", 6));
	assert_false(frontmatter_opens("---x\n", 5));
	assert_false(frontmatter_opens("", 0));
}

/* --- reading files ----------------------------------------------------------
 */

static bool has_error(const struct diag_list *l, const char *part)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (l->items[i].severity == DIAG_ERROR &&
		    strstr(l->items[i].message, part))
			return true;
	return false;
}

static void test_read_file(void **state)
{
	struct diag_list errs = {0};
	char *data = NULL;
	size_t len = 0;

	(void)state;
	assert_true(guide_file_read("tests/fixtures/broken/negative.md", &data,
	                            &len, &errs));
	assert_int_equal(errs.count, 0);
	assert_true(len > 0);
	assert_int_equal(strlen(data), len);
	assert_true(str_starts_with(data, "---\ncompany: negative-co\n"));
	free(data);

	assert_false(guide_file_read("tests/fixtures/no/such/file.md", &data,
	                             &len, &errs));
	assert_null(data);
	assert_true(has_error(&errs, "cannot open: No such file or directory"));
	diag_list_free(&errs);

	assert_false(guide_file_read("tests/fixtures", &data, &len, &errs));
	assert_true(has_error(&errs, "is a folder, not a file"));
	diag_list_free(&errs);

	assert_true(guide_file_read("tests/fixtures/broken/empty.md", &data,
	                            &len, &errs));
	assert_int_equal(len, 0);
	assert_string_equal(data, "");
	free(data);
}

static void test_read_file_too_big(void **state)
{
	char path[] = "/tmp/negotiator-bigXXXXXX";
	struct diag_list errs = {0};
	char *data = NULL, want[80];
	size_t len;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	/* A sparse 5 MB file: big on paper, cheap on disk. */
	assert_int_equal(ftruncate(fd, 5 * 1024 * 1024), 0);
	close(fd);
	assert_false(guide_file_read(path, &data, &len, &errs));
	unlink(path);
	assert_null(data);
	snprintf(want, sizeof want, "file is %d bytes; the limit is %u",
	         5 * 1024 * 1024, GUIDE_MAX_FILE_BYTES);
	assert_int_equal(errs.count, 1);
	assert_string_equal(errs.items[0].message, want);
	diag_list_free(&errs);

	assert_true(guide_file_size_ok(GUIDE_MAX_FILE_BYTES, &errs));
	assert_false(guide_file_size_ok(GUIDE_MAX_FILE_BYTES + 1u, &errs));
	assert_int_equal(errs.count, 1);
	diag_list_free(&errs);
}

/* --- the YAML tree ----------------------------------------------------------
 */

static struct ynode *parse(const char *yaml, struct diag_list *errs,
                           bool *failed)
{
	return yaml_tree_parse(yaml, strlen(yaml), 2, errs, failed);
}

static void test_tree_shapes(void **state)
{
	static const char yaml[] = "name: plain\n"
				   "quoted: \"88000\"\n"
				   "empty:\n"
				   "list:\n"
				   "  - one\n"
				   "  - {k: v}\n";
	struct diag_list errs = {0};
	struct ynode *root;
	bool failed = true;

	(void)state;
	root = parse(yaml, &errs, &failed);
	assert_false(failed);
	assert_non_null(root);
	assert_int_equal(errs.count, 0);
	assert_int_equal(root->kind, YNODE_MAP);
	assert_int_equal(root->count, 8);
	assert_string_equal(root->items[0].text, "name");
	assert_string_equal(root->items[1].text, "plain");
	assert_true(root->items[1].plain);
	assert_int_equal(root->items[1].line, 2);
	assert_string_equal(root->items[3].text, "88000");
	assert_false(root->items[3].plain);
	assert_int_equal(root->items[3].line, 3);
	assert_true(yaml_tree_is_null(&root->items[5]));
	assert_false(yaml_tree_is_null(&root->items[3]));
	assert_int_equal(root->items[7].kind, YNODE_SEQ);
	assert_int_equal(root->items[7].count, 2);
	assert_int_equal(root->items[7].items[1].kind, YNODE_MAP);
	assert_int_equal(root->items[7].items[1].line, 7);
	yaml_tree_free(root);
}

static void test_tree_nulls(void **state)
{
	static const char yaml[] = "a: null\nb: ~\nc: NULL\nd: 'null'\n";
	struct diag_list errs = {0};
	struct ynode *root;
	bool failed;

	(void)state;
	root = parse(yaml, &errs, &failed);
	assert_non_null(root);
	assert_true(yaml_tree_is_null(&root->items[1]));
	assert_true(yaml_tree_is_null(&root->items[3]));
	assert_true(yaml_tree_is_null(&root->items[5]));
	assert_false(yaml_tree_is_null(&root->items[7])); /* quoted: text */
	yaml_tree_free(root);
}

static void test_tree_empty(void **state)
{
	struct diag_list errs = {0};
	bool failed = true;

	(void)state;
	assert_null(parse("", &errs, &failed));
	assert_false(failed);
	assert_null(parse("# only a comment\n", &errs, &failed));
	assert_false(failed);
	assert_int_equal(errs.count, 0);
}

static void test_tree_alias_refused(void **state)
{
	static const char yaml[] = "a: &x [1, 2]\nb: 2\nc: *x\n";
	struct diag_list errs = {0};
	bool failed = false;

	(void)state;
	assert_null(parse(yaml, &errs, &failed));
	assert_true(failed);
	assert_int_equal(errs.count, 1);
	assert_string_equal(errs.items[0].message,
	                    "YAML aliases are not allowed");
	assert_int_equal(errs.items[0].line, 4);
	diag_list_free(&errs);
}

static void test_tree_depth_limit(void **state)
{
	struct strbuf sb;
	struct diag_list errs = {0};
	bool failed;
	struct ynode *root;
	int i;

	(void)state;
	/* Exactly the limit parses. */
	sb_init(&sb);
	for (i = 0; i < GUIDE_MAX_YAML_DEPTH; i++)
		sb_addc(&sb, '[');
	for (i = 0; i < GUIDE_MAX_YAML_DEPTH; i++)
		sb_addc(&sb, ']');
	root = parse(sb.data, &errs, &failed);
	assert_false(failed);
	assert_non_null(root);
	yaml_tree_free(root);
	sb_free(&sb);

	sb_init(&sb);
	for (i = 0; i < 10000; i++)
		sb_addc(&sb, '[');
	for (i = 0; i < 10000; i++)
		sb_addc(&sb, ']');
	assert_null(parse(sb.data, &errs, &failed));
	assert_true(failed);
	assert_true(has_error(&errs, "YAML nested deeper than 32 levels"));
	diag_list_free(&errs);
	sb_free(&sb);
}

static void test_tree_node_limit(void **state)
{
	struct strbuf sb;
	struct diag_list errs = {0};
	bool failed;
	int i;

	(void)state;
	sb_init(&sb);
	sb_adds(&sb, "list:\n");
	for (i = 0; i < GUIDE_MAX_YAML_NODES; i++)
		sb_adds(&sb, "  - x\n");
	assert_null(parse(sb.data, &errs, &failed));
	assert_true(failed);
	assert_true(has_error(&errs,
	                      "front matter has more than 20000 YAML nodes"));
	diag_list_free(&errs);
	sb_free(&sb);
}

static void test_tree_syntax_error(void **state)
{
	static const char yaml[] = "a: 1\nb:\n  - x\n c: [\n";
	struct diag_list errs = {0};
	bool failed;

	(void)state;
	assert_null(parse(yaml, &errs, &failed));
	assert_true(failed);
	assert_int_equal(errs.count, 1);
	assert_true(str_starts_with(errs.items[0].message, "YAML error: "));
	/* Lines are the file's: the YAML starts at line 2. */
	assert_true(errs.items[0].line >= 4 && errs.items[0].line <= 6);
	diag_list_free(&errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_lf),
		cmocka_unit_test(test_split_bom_crlf),
		cmocka_unit_test(test_split_closing_at_end),
		cmocka_unit_test(test_split_fence_is_exact),
		cmocka_unit_test(test_split_not_a_guide),
		cmocka_unit_test(test_split_unclosed),
		cmocka_unit_test(test_opens),
		cmocka_unit_test(test_read_file),
		cmocka_unit_test(test_read_file_too_big),
		cmocka_unit_test(test_tree_shapes),
		cmocka_unit_test(test_tree_nulls),
		cmocka_unit_test(test_tree_empty),
		cmocka_unit_test(test_tree_alias_refused),
		cmocka_unit_test(test_tree_depth_limit),
		cmocka_unit_test(test_tree_node_limit),
		cmocka_unit_test(test_tree_syntax_error),
	};
	return cmocka_run_group_tests_name("frontmatter", tests, NULL, NULL);
}
