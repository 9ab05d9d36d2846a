/* export.h - what the TUI writes to files: the filled-in script (w) and
 * the negotiation as Markdown (e, summary.h).  The file name is asked in
 * the script pane's prompt; a file that is there already is overwritten
 * only after a yes. */
#ifndef NEGOTIATOR_TUI_EXPORT_H
#define NEGOTIATOR_TUI_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/app.h"

/* Write all n bytes of s to fd (again after a signal); false on an
 * error (errno says which). */
bool export_write_all(int fd, const char *s, size_t n);
/* Ask for the file to write the script (PROMPT_WRITE) or the summary
 * (PROMPT_SUMMARY) to, with a name made from the guide's. */
void export_start(struct tui *t, enum prompt_kind kind);
/* Enter in that prompt: write, or ask first when the file exists. */
void export_accept(struct tui *t);
/* The answer to "overwrite?" (CONFIRM_OVERWRITE). */
void export_confirmed(struct tui *t, bool yes);
/* Beside a negotiation saved elsewhere (NAME.state): the same as
 * Markdown in NAME.md, for a person to read; its name goes to
 * t->saved_readable.  False when it could not be written. */
bool export_readable_copy(struct tui *t, const char *state_file);

#endif
