/* test_library.c - folders of guides, skipped files, duplicate ids, the
 * search path and finding a guide. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "negotiator/library.h"
#include "negotiator/text.h"

#define LIB "tests/fixtures/library"

static const struct skipped_file *skipped(const struct library *lib,
                                          const char *path)
{
	size_t i;

	for (i = 0; i < lib->skipped_count; i++)
		if (strcmp(lib->skipped[i].path, path) == 0)
			return &lib->skipped[i];
	return NULL;
}

static void assert_skipped(const struct library *lib, const char *path,
                           int line, const char *reason_part)
{
	const struct skipped_file *s = skipped(lib, path);

	if (!s) {
		fail_msg("not skipped: %s", path);
		return;
	}
	if (!strstr(s->reason, reason_part))
		print_message("%s: reason '%s' lacks '%s'\n", path, s->reason,
		              reason_part);
	assert_non_null(strstr(s->reason, reason_part));
	assert_int_equal(s->line, line);
}

static void test_folder(void **state)
{
	struct library lib;

	(void)state;
	library_init(&lib);
	assert_int_equal(library_add_path(&lib, LIB), 3);
	library_sort(&lib);
	assert_int_equal(lib.count, 3);
	assert_string_equal(lib.guides[0]->id, "orchid-labs/data-analyst");
	assert_string_equal(lib.guides[0]->path, LIB "/alpha--analyst.md");
	assert_string_equal(lib.guides[1]->id, "orchid-labs/data-engineer");
	assert_string_equal(lib.guides[2]->id, "pelican-freight/ml-engineer");
	assert_string_equal(lib.guides[2]->path, LIB "/sub/beta.markdown");

	assert_skipped(
		&lib, LIB "/README.md", 1,
		"not a guide (no front matter, and no title and band table)");
	assert_skipped(&lib, LIB "/broken-yaml.md", 5, "YAML error: ");
	assert_skipped(&lib, LIB "/no-company.md", 2, "missing company");
	/* The first file with an id wins (name order: alpha-- before dup). */
	assert_skipped(&lib, LIB "/duplicate.md", 0,
	               "duplicate id orchid-labs/data-analyst (also in " LIB
	               "/alpha--analyst.md)");
	/* Hidden files and binary files are passed over in silence. */
	assert_null(skipped(&lib, LIB "/.hidden.md"));
	assert_null(skipped(&lib, LIB "/image.png"));
	assert_int_equal(lib.skipped_count, 4);
	library_free(&lib);
	assert_int_equal(lib.count, 0);
	assert_null(lib.guides);
}

static void test_broken_folder(void **state)
{
	static const char *const broken[][2] = {
		{"binary.md", "binary file"},
		{"unclosed.md", "never closed"},
		{"yaml-syntax.md", "YAML error"},
		{"alias-bomb.md", "YAML aliases are not allowed"},
		{"missing-role.md", "missing role"},
		{"not-a-mapping.md", "should be a YAML mapping"},
	};
	struct library lib;
	char path[256];
	size_t i;

	(void)state;
	library_init(&lib);
	/* The files with mere warnings load; the rest are listed. */
	assert_int_equal(library_add_path(&lib, "tests/fixtures/broken"), 6);
	for (i = 0; i < sizeof broken / sizeof *broken; i++) {
		const struct skipped_file *s;

		snprintf(path, sizeof path, "tests/fixtures/broken/%s",
		         broken[i][0]);
		s = skipped(&lib, path);
		if (!s) {
			fail_msg("not skipped: %s", path);
			break;
		}
		assert_non_null(strstr(s->reason, broken[i][1]));
		assert_true(s->line > 0);
	}
	assert_skipped(&lib, "tests/fixtures/broken/empty.md", 0,
	               "not a guide (empty file)");
	assert_skipped(
		&lib, "tests/fixtures/broken/no-front-matter.md", 1,
		"not a guide (no front matter, and no title and band table)");
	assert_int_equal(lib.skipped_count, 8);
	library_free(&lib);
}

static void test_named_files(void **state)
{
	struct library lib;

	(void)state;
	library_init(&lib);
	assert_int_equal(library_add_path(&lib, LIB "/alpha-2.txt"), 1);
	/* Named directly, a file that is not a guide is an error. */
	assert_int_equal(library_add_path(&lib, LIB "/README.md"), 0);
	assert_skipped(
		&lib, LIB "/README.md", 1,
		"not a guide (no front matter, and no title and band table)");
	assert_int_equal(library_add_path(&lib, LIB "/nothing-here.md"), 0);
	assert_skipped(&lib, LIB "/nothing-here.md", 0,
	               "cannot open: No such file or directory");
	/* A second path with the same id: the first one stays. */
	assert_int_equal(library_add_path(&lib, LIB "/alpha--analyst.md"), 1);
	assert_int_equal(library_add_path(&lib, LIB "/duplicate.md"), 0);
	assert_skipped(&lib, LIB "/duplicate.md", 0, "duplicate id");
	assert_int_equal(lib.count, 2);
	assert_string_equal(lib.guides[0]->id, "orchid-labs/data-analyst");
	assert_string_equal(lib.guides[0]->path, LIB "/alpha--analyst.md");
	library_free(&lib);
}

static void test_sorted_across_paths(void **state)
{
	struct library lib;
	size_t i;

	(void)state;
	library_init(&lib);
	library_add_path(&lib, "tests/fixtures/guides");
	library_add_path(&lib, LIB);
	library_sort(&lib);
	assert_int_equal(lib.count, 5);
	for (i = 1; i < lib.count; i++)
		assert_true(strcmp(lib.guides[i - 1]->id, lib.guides[i]->id) <
		            0);
	assert_string_equal(lib.guides[0]->id,
	                    "fjordlight-systems/principal-data-scientist");
	library_free(&lib);
}

static void test_find(void **state)
{
	struct library lib;
	struct guide *g, *beta;
	struct error why = {0};
	size_t before;

	(void)state;
	library_init(&lib);
	library_add_path(&lib, LIB);
	library_sort(&lib);

	g = library_find(&lib, "orchid-labs/data-engineer", &why);
	assert_non_null(g);
	assert_string_equal(g->id, "orchid-labs/data-engineer");
	assert_false(error_is_set(&why)); /* success leaves err alone */

	beta = library_find(&lib, "pelican", &why);
	assert_non_null(beta);
	assert_string_equal(beta->id, "pelican-freight/ml-engineer");

	/* An exact id wins even when it is a prefix of others. */
	g = library_find(&lib, "orchid-labs/data-analyst", &why);
	assert_non_null(g);
	assert_string_equal(g->id, "orchid-labs/data-analyst");

	assert_null(library_find(&lib, "orchid-labs", &why));
	assert_true(why.msg[0] != '\0');
	assert_string_equal(why.msg, "ambiguous: orchid-labs/data-analyst, "
	                             "orchid-labs/data-engineer");
	assert_null(library_find(&lib, "orchid-labs/data-", &why));
	assert_true(str_starts_with(why.msg, "ambiguous: "));

	assert_null(library_find(&lib, "zebra", &why));
	assert_string_equal(why.msg, "no guide matches");
	assert_null(library_find(&lib, "", &why));
	assert_string_equal(why.msg, "no guide matches");

	/* A path already loaded gives that guide, spelled either way. */
	assert_ptr_equal(library_find(&lib, LIB "/sub/beta.markdown", &why),
	                 beta);
	assert_ptr_equal(
		library_find(&lib, "./" LIB "/sub/../sub/beta.markdown", &why),
		beta);

	/* A new path is loaded and joins the library. */
	before = lib.count;
	g = library_find(
		&lib, "tests/fixtures/guides/lumen-works--backend-engineer.md",
		&why);
	assert_non_null(g);
	assert_string_equal(g->id, "lumen-works/backend-engineer");
	assert_int_equal(lib.count, before + 1);
	assert_ptr_equal(library_find(&lib, "lumen", &why), g);

	/* A broken path says why. */
	assert_null(
		library_find(&lib, "tests/fixtures/broken/unclosed.md", &why));
	assert_true(why.msg[0] != '\0');
	assert_string_equal(why.msg, "line 1: front matter opened at line 1 is "
	                             "never closed");
	library_free(&lib);
}

/* --- the search path --------------------------------------------------------
 */

struct seen {
	char dirs[8][512];
	int count;
};

static void collect(const char *dir, void *ctx)
{
	struct seen *s = ctx;

	assert_true(s->count < 8);
	snprintf(s->dirs[s->count++], sizeof s->dirs[0], "%s", dir);
}

static void make_dirs(const char *root, const char *sub)
{
	char path[512], *p;

	snprintf(path, sizeof path, "%s/%s", root, sub);
	for (p = path + strlen(root) + 1; *p; p++) {
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0700);
			*p = '/';
		}
	}
	assert_true(mkdir(path, 0700) == 0);
}

static int remove_entry(const char *path, const struct stat *st, int flag,
                        struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Remove one of our own mkdtemp folders, links not followed. */
static void remove_tree(const char *root)
{
	assert_int_equal(nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS), 0);
}

static const char *datadir_guides(void)
{
	struct stat st;

	return stat(NEGOTIATOR_DATADIR "/guides", &st) == 0 &&
	                       S_ISDIR(st.st_mode)
	               ? NEGOTIATOR_DATADIR "/guides"
	               : NULL;
}

static void test_default_paths(void **state)
{
	char root[] = "/tmp/negotiator-pathsXXXXXX";
	char env[1200], xdg[600], exe[600], want[600];
	struct seen seen = {.count = 0};
	int i = 0;

	(void)state;
	assert_non_null(mkdtemp(root));
	make_dirs(root, "one");
	make_dirs(root, "two");
	make_dirs(root, "xdg/negotiator/guides");
	make_dirs(root, "home/.local/share/negotiator/guides");
	make_dirs(root, "src/data/guides");
	make_dirs(root, "src/build/san");

	/* Missing and repeated folders are left out; order is kept. */
	snprintf(env, sizeof env, "%s/one::%s/missing:%s/two:%s/one", root,
	         root, root, root);
	snprintf(xdg, sizeof xdg, "%s/xdg", root);
	setenv("NEGOTIATOR_GUIDES", env, 1);
	setenv("XDG_DATA_HOME", xdg, 1);
	snprintf(exe, sizeof exe, "%s/src/build/san/negotiator", root);
	library_default_paths(exe, collect, &seen);

	snprintf(want, sizeof want, "%s/one", root);
	assert_string_equal(seen.dirs[i++], want);
	snprintf(want, sizeof want, "%s/two", root);
	assert_string_equal(seen.dirs[i++], want);
	snprintf(want, sizeof want, "%s/xdg/negotiator/guides", root);
	assert_string_equal(seen.dirs[i++], want);
	if (datadir_guides())
		assert_string_equal(seen.dirs[i++], datadir_guides());
	snprintf(want, sizeof want, "%s/src/data/guides", root);
	assert_string_equal(seen.dirs[i++], want);
	assert_int_equal(seen.count, i);

	/* Without XDG_DATA_HOME: ~/.local/share; no exe: no source tree. */
	unsetenv("NEGOTIATOR_GUIDES");
	unsetenv("XDG_DATA_HOME");
	snprintf(env, sizeof env, "%s/home", root);
	setenv("HOME", env, 1);
	seen.count = 0;
	library_default_paths(NULL, collect, &seen);
	snprintf(want, sizeof want, "%s/home/.local/share/negotiator/guides",
	         root);
	assert_true(seen.count >= 1);
	assert_string_equal(seen.dirs[0], want);
	assert_int_equal(seen.count, datadir_guides() ? 2 : 1);
	remove_tree(root);
}

static void test_load_defaults(void **state)
{
	struct library lib;
	struct error why = {0};

	(void)state;
	setenv("NEGOTIATOR_GUIDES", LIB ":tests/fixtures/guides", 1);
	setenv("HOME", "/nonexistent-home-for-tests", 1);
	unsetenv("XDG_DATA_HOME");
	library_init(&lib);
	library_load_defaults(&lib, NULL);
	unsetenv("NEGOTIATOR_GUIDES");
	assert_true(lib.count >= 5);
	assert_non_null(library_find(&lib, "orchid-labs/data-engineer", &why));
	assert_non_null(library_find(&lib, "fjordlight-systems", &why));
	assert_non_null(skipped(&lib, LIB "/duplicate.md"));
	library_free(&lib);
}

static void test_symlink_loop_and_big_files(void **state)
{
	char root[] = "/tmp/negotiator-loopXXXXXX", path[600];
	struct library lib;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(root));
	snprintf(path, sizeof path, "%s/g.md", root);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("---\ncompany: loop-co\nrole: r\n---\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/again", root);
	assert_int_equal(symlink(".", path), 0);

	/* A 5 MB file that opens like a guide is reported; a 5 MB file of
	 * zeros is not text and passes in silence. */
	snprintf(path, sizeof path, "%s/huge.md", root);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("---\ncompany: huge\n", f);
	assert_int_equal(ftruncate(fileno(f), 5 * 1024 * 1024), 0);
	fclose(f);
	snprintf(path, sizeof path, "%s/zeros.bin", root);
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(ftruncate(fileno(f), 5 * 1024 * 1024), 0);
	fclose(f);

	library_init(&lib);
	assert_int_equal(library_add_path(&lib, root), 1);
	snprintf(path, sizeof path, "%s/huge.md", root);
	assert_skipped(&lib, path, 0, "file is 5242880 bytes; the limit is");
	const struct skipped_file *s = skipped(&lib, path);
	assert_true(s && !s->notice);
	/* The link to a folder is not walked into unless asked (issue 13.7),
	 * and says so, as a notice (not an error). */
	snprintf(path, sizeof path, "%s/again", root);
	assert_skipped(&lib, path, 0, "a link to a folder, not followed");
	s = skipped(&lib, path);
	assert_true(s && s->notice);
	assert_int_equal(lib.skipped_count, 2);
	library_free(&lib);

	/* Asked to follow links: the loop is walked once, and said. */
	library_init(&lib);
	lib.follow_links = true;
	assert_int_equal(library_add_path(&lib, root), 1);
	assert_skipped(&lib, path, 0, "walked already (a link loop");
	assert_int_equal(lib.skipped_count, 2);
	library_free(&lib);
	remove_tree(root);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_folder),
		cmocka_unit_test(test_broken_folder),
		cmocka_unit_test(test_named_files),
		cmocka_unit_test(test_sorted_across_paths),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_default_paths),
		cmocka_unit_test(test_load_defaults),
		cmocka_unit_test(test_symlink_loop_and_big_files),
	};
	return cmocka_run_group_tests_name("library", tests, NULL, NULL);
}
