/* tui.h - the interactive view: guide list, bands, offer form, script
 * and reader, over the same engine as the command line. */
#ifndef NEGOTIATOR_TUI_H
#define NEGOTIATOR_TUI_H

struct library;

/* Run the TUI over a loaded, sorted library until the user quits.
 * today is YYYY-MM-DD (stale marks).  Returns the process exit code. */
int tui_run(struct library *lib, const char *today);

#endif
