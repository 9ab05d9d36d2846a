/* pane_counter.h - the counter to make, its arithmetic, and the rounds.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_COUNTER_H
#define NEGOTIATOR_TUI_PANE_COUNTER_H

struct pane_ops;

extern const struct pane_ops pane_counter_ops;

#endif
