/* library.h - a set of guides loaded from files and folders.
 *
 * One broken file never stops the others: it is recorded in `skipped`
 * with its path, line and reason, and loading goes on.
 */
#ifndef NEGOTIATOR_LIBRARY_H
#define NEGOTIATOR_LIBRARY_H

#include <stddef.h>

#include "negotiator/error.h"
#include "negotiator/guide.h"

struct skipped_file {
	char *path;       /* as found, for I/O and comparing */
	char *path_shown; /* cleaned, for a person (see struct guide) */
	int line;         /* 0 when unknown */
	char *reason;     /* cleaned */
	/* Passed over on purpose, not broken: a file in a folder that is
	 * not a guide, a link to a folder not followed. */
	bool notice;
};

/* A folder is walked at most this deep below a path given ... */
#define LIBRARY_MAX_DEPTH 16
/* ... and a walk from one path stops after this many files and folders;
 * either bound, reached, is said (a skipped entry naming the folder). */
#define LIBRARY_MAX_ENTRIES 100000

struct library {
	struct guide **guides; /* sorted by id, then path */
	size_t count, cap;
	struct skipped_file *skipped;
	size_t skipped_count, skipped_cap;
	/* Walk into symbolic links to folders (as find -L does); set before
	 * adding paths.  A path given is followed either way; links to
	 * files always are.  Loops are walked once. */
	bool follow_links;
};

void library_init(struct library *lib);
void library_free(struct library *lib);

/* Add a file, or every regular file in a folder (recursively, hidden
 * entries skipped, in name order).  A file whose first line is not "---"
 * is skipped as "not a guide" when found in a folder, and reported as an
 * error when named directly.  Returns the number of guides added.
 * Duplicate ids keep the first (earlier search path wins); later ones
 * are skipped with a reason. */
size_t library_add_path(struct library *lib, const char *path);

/* Where guides are looked for when the command line names none, first to
 * last: $NEGOTIATOR_GUIDES (colon-separated), $XDG_DATA_HOME/negotiator/
 * guides (default ~/.local/share), the installed share folder, and the
 * source tree's data/guides when the program runs from it.  Calls fn for
 * each folder that exists.  exe_path is argv[0] resolved (may be NULL). */
void library_default_paths(const char *exe_path,
                           void (*fn)(const char *dir, void *ctx), void *ctx);
/* Load the default paths. */
void library_load_defaults(struct library *lib, const char *exe_path);

/* Finish loading: sort.  Call once after the last add. */
void library_sort(struct library *lib);

/* Find a guide by exact id, unique id prefix, or path.  Returns NULL
 * with why in err ("no guide matches", "ambiguous: a/b, a/c", a broken
 * file's reason with its line) otherwise. */
struct guide *library_find(struct library *lib, const char *name,
                           struct error *err);

#endif
