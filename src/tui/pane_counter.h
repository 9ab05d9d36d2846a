/* pane_counter.h - the counter to make, its arithmetic, and the rounds.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_COUNTER_H
#define NEGOTIATOR_TUI_PANE_COUNTER_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/roundedit.h"

struct pane_ops;
struct tui;

extern const struct pane_ops pane_counter_ops;

/* The counter pane's own state (t->counter), read by no other file:
 * the others go through the functions below. */
struct counter_view {
	size_t round_sel; /* the selected round */
	/* The edit of a round, open at the pane's foot until it is saved
	 * or given up (Esc), whichever pane has the keys. */
	struct round_editor round_edit;
	size_t top, lines; /* the first line shown; the lines built */
	bool follow;       /* scroll the selected round into view */
};

#endif
