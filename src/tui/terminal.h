/* terminal.h - whether the terminal can run the interactive view: a
 * type curses knows, that moves the cursor and clears the screen. */
#ifndef NEGOTIATOR_TUI_TERMINAL_H
#define NEGOTIATOR_TUI_TERMINAL_H

#include <stdbool.h>

/* True when it can; otherwise says on stderr why not and what to do
 * (set TERM, or use the command line). */
bool terminal_usable(void);
/* Say on stderr that TERM `what` ("cannot be opened"), and what to do
 * instead. */
void terminal_advice(const char *what);

#endif
