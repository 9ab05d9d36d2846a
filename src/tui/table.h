/* table.h - column widths for a table that must fit a given width.
 *
 * Pure: no curses.  Each column says the least it can live with, what it
 * would like, and how soon it may be dropped when even the least does
 * not fit.
 */
#ifndef NEGOTIATOR_TUI_TABLE_H
#define NEGOTIATOR_TUI_TABLE_H

struct col_spec {
	int min;  /* narrowest useful width */
	int want; /* the width of its widest content */
	int drop; /* 0: never dropped; otherwise higher drops first */
};

/* Fill widths[n]; a dropped column gets 0.  `gap` columns separate two
 * visible columns.  Columns get their minimum, then what they want in
 * order; width nobody wants is left unused.  When even
 * the columns that may never be dropped do not fit at their minimum, the
 * last ones are narrowed (down to 0).  Returns the visible columns. */
int table_layout(const struct col_spec *cols, int n, int width, int gap,
                 int *widths);

#endif
