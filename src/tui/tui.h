/* tui.h - the interactive view: guide list, bands, offer form, script
 * and reader, over the same engine as the command line. */
#ifndef NEGOTIATOR_TUI_H
#define NEGOTIATOR_TUI_H

struct library;

/* Fills an empty library with the guides, loaded and sorted, as the
 * command line asked for them. */
typedef void tui_loader(struct library *lib, void *ctx);

/* Run the TUI over a library that load(lib, ctx) has filled, until the
 * user quits; R reads it again the same way.  today is YYYY-MM-DD
 * (stale marks).  Returns the process exit code. */
int tui_run(struct library *lib, const char *today, tui_loader *load,
            void *ctx);

#endif
