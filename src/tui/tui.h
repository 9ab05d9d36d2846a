/* tui.h - the interactive view: guide list, bands, offer form, script
 * and reader, over the same engine as the command line. */
#ifndef NEGOTIATOR_TUI_H
#define NEGOTIATOR_TUI_H

#include <stdbool.h>
#include <stdio.h>

struct library;

/* Run the TUI over a loaded, sorted library until the user quits.
 * today is YYYY-MM-DD (stale marks).  Returns the process exit code. */
int tui_run(struct library *lib, const char *today);

/* Print every key binding, grouped by where it applies: plain text, or
 * roff for the man page's KEYS section.  Built from the same table that
 * binds the keys and fills the help overlay. */
void tui_keys_print(FILE *out, bool roff);

#endif
