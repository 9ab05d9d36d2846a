/* cli_guides.h - the guides a command sees: loaded from its PATHs, or
 * from -g folders and the default search path; one found by name. */
#ifndef NEGOTIATOR_CLI_GUIDES_H
#define NEGOTIATOR_CLI_GUIDES_H

#include <stdbool.h>
#include <stdio.h>

#include "cli_args.h"
#include "negotiator/library.h"

/* Load the guides the command should see: its PATHs (when
 * paths_are_guides), else -g folders and the default search path. */
void cli_guides_load(struct cli *c, struct library *lib, bool paths_are_guides);
/* Load what is needed and find one guide named on the command line (id,
 * prefix or path); prints why to stderr and returns NULL when none. */
struct guide *cli_guides_find(struct cli *c, struct library *lib,
                              const char *name);
/* "skipped PATH:LINE: reason", a line per file that did not load. */
void cli_guides_print_skipped(const struct library *lib, FILE *out);

#endif
