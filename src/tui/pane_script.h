/* pane_script.h - the script that fits, filled in; answers, copy and write.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_SCRIPT_H
#define NEGOTIATOR_TUI_PANE_SCRIPT_H

struct pane_ops;

extern const struct pane_ops pane_script_ops;

#endif
