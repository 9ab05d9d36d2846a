/* pane_guides.h - the guide list: companies and their roles, and the filter.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_GUIDES_H
#define NEGOTIATOR_TUI_PANE_GUIDES_H

struct pane_ops;

extern const struct pane_ops pane_guides_ops;

#endif
