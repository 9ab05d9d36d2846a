/* pane_script.h - the script that fits, filled in; answers, copy and write.
 * The pane is reached only through its operations; its state is its own
 * (struct script_view, behind t->script), read by no other file. */
#ifndef NEGOTIATOR_TUI_PANE_SCRIPT_H
#define NEGOTIATOR_TUI_PANE_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>

struct pane_ops;
struct script;

extern const struct pane_ops pane_script_ops;

/* The pane's state, made at its first start. */
struct script_view {
	size_t top;
	size_t lines; /* wrapped lines at the last draw */
	/* The filled text last drawn, to skip redrawing the same words. */
	char *drawn;
	const struct script *drawn_for;
	bool drawn_offer; /* its title said "fits your offer" */
	/* The placeholders to answer (a), in order, and the one asked. */
	char **prompt_keys;
	size_t prompt_count, prompt_at;
};

#endif
