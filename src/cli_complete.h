/* cli_complete.h - shell completions for bash, zsh and fish, made from
 * the program's own tables: the commands (cli.c), the options
 * (CLI_OPTIONS, cli_args.h) and the parts of an offer (OFFER_PARTS,
 * part.h).  The scripts ask the program for guide ids and for the
 * regions of the guide named (`negotiator completions ids`,
 * `negotiator completions regions GUIDE`). */
#ifndef NEGOTIATOR_CLI_COMPLETE_H
#define NEGOTIATOR_CLI_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli_args.h"

/* A command and the options it takes (OPT_* bits). */
struct cli_complete_command {
	const char *name;
	unsigned allowed;
};

/* Write the completion script for shell ("bash", "zsh" or "fish") to
 * out; false when shell is none of those.  cmds are the commands; the
 * TUI (no command) takes tui_allowed. */
bool cli_complete_script(FILE *out, const char *shell,
                         const struct cli_complete_command *cmds, size_t n,
                         unsigned tui_allowed);

/* `negotiator completions ...`: the script for a shell, the guide ids
 * (ids), or the regions of a guide (regions GUIDE), one a line. */
int cli_complete_run(struct cli *c, const struct cli_complete_command *cmds,
                     size_t n, unsigned tui_allowed);

#endif
