/* pane_bands.h - the open guide's regions as a table, with the ask and the
 * floor. The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_BANDS_H
#define NEGOTIATOR_TUI_PANE_BANDS_H

struct pane_ops;

extern const struct pane_ops pane_bands_ops;

#endif
