/* terminal.c - whether the terminal can run the interactive view, and
 * what to do when it cannot (see terminal.h). */
#include "tui/terminal.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>

/* What to do when the terminal cannot run the interactive view. */
void terminal_advice(const char *what)
{
	const char *term = getenv("TERM");

	if (!term || !*term)
		fprintf(stderr,
		        "negotiator: TERM is not set, so the interactive "
		        "view cannot draw.\n");
	else
		fprintf(stderr, "negotiator: TERM=%s %s.\n", term, what);
	fputs("  Set TERM to your terminal's type (for example "
	      "TERM=xterm-256color), or use the\n"
	      "  command line, which needs no terminal: negotiator list, "
	      "negotiator show ID,\n"
	      "  negotiator compare ID --region REGION --base 130k.\n",
	      stderr);
}

/* The view needs a terminal type curses knows, that can move the cursor
 * and clear the screen (TERM=dumb cannot). */
bool terminal_usable(void)
{
	int err = 0;
	const char *cup, *clear;
	bool ok;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		terminal_advice(err == 0 ? "is not a terminal type known here "
		                           "(no terminfo entry)"
		                         : "cannot be looked up (no terminfo "
		                           "database)");
		return false;
	}
	cup = tigetstr("cup");
	clear = tigetstr("clear");
	ok = cup && cup != (char *)-1 && clear && clear != (char *)-1;
	del_curterm(cur_term);
	if (!ok)
		terminal_advice("cannot move the cursor, which the "
		                "interactive view needs");
	return ok;
}
