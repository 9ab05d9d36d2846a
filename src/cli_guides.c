/* cli_guides.c - the guides a command sees: loading them, finding the
 * one named, saying which files were skipped (cli_guides.h). */
#include "cli_guides.h"

#include "cli_out.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void add_guide_dir(const char *dir, void *ctx)
{
	library_add_path(ctx, dir);
}

void cli_guides_load(struct cli *c, struct library *lib, bool paths_are_guides)
{
	lib->follow_links = c->follow_links;
	for (int i = 0; i < c->guide_dir_count; i++)
		library_add_path(lib, c->guide_dirs[i]);
	/* PATHs name the whole set; -g folders come before the search path
	 * (the first guide with an id wins). */
	if (paths_are_guides && c->path_count > 0) {
		for (int i = 0; i < c->path_count; i++)
			library_add_path(lib, c->paths[i]);
	} else {
		library_default_paths(c->argv0, add_guide_dir, lib);
	}
	library_sort(lib);
}

struct guide *cli_guides_find(struct cli *c, struct library *lib,
                              const char *name)
{
	/* A file named directly is all we need: no search path scan. */
	struct stat st;
	lib->follow_links = c->follow_links;
	if (stat(name, &st) == 0 && S_ISREG(st.st_mode)) {
		library_add_path(lib, name);
		library_sort(lib);
	} else {
		cli_guides_load(c, lib, false);
	}
	struct error why = {0};
	struct guide *g = library_find(lib, name, &why);
	if (!g) {
		/* A path that failed to load says why, once, with its line;
		 * anything else says why it matched nothing. */
		const struct skipped_file *s = NULL;
		for (size_t i = 0; i < lib->skipped_count && !s; i++)
			if (strcmp(lib->skipped[i].path, name) == 0)
				s = &lib->skipped[i];
		if (s && s->line > 0)
			cli_out_err("negotiator: %s:%d: %s\n", s->path_shown,
			            s->line, s->reason);
		else if (s)
			cli_out_err("negotiator: %s: %s\n", s->path_shown,
			            s->reason);
		else
			cli_out_err("negotiator: %s: %s\n", name, why.msg);
	}
	return g;
}

void cli_guides_print_skipped(const struct library *lib, FILE *out)
{
	for (size_t i = 0; i < lib->skipped_count; i++) {
		const struct skipped_file *s = &lib->skipped[i];
		if (s->line > 0)
			fprintf(out, "skipped %s:%d: %s\n", s->path_shown,
			        s->line, s->reason);
		else
			fprintf(out, "skipped %s: %s\n", s->path_shown,
			        s->reason);
	}
}
