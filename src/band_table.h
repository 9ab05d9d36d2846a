/* band_table.h - internal: the body's pipe table of the bands, one row
 * per region, read cell by cell (body.c hands over each cell's text). */
#ifndef NEGOTIATOR_BAND_TABLE_H
#define NEGOTIATOR_BAND_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "markdown.h"
#include "negotiator/guide.h"

#define BAND_TABLE_MAX_COLUMNS MARKDOWN_MAX_COLUMNS

enum band_column {
	BAND_COL_OTHER, BAND_COL_REGION, BAND_COL_BASE, BAND_COL_EQUITY,
	BAND_COL_BONUS, BAND_COL_TOTAL
};

/* What each column of a table holds, from its header row. */
struct band_table {
	enum band_column kinds[BAND_TABLE_MAX_COLUMNS + 1];
	size_t ncols, region_col;
};

/* Read the header row (n cells, at most BAND_TABLE_MAX_COLUMNS + 1);
 * false when the table is not one of bands (no column of regions). */
bool band_table_header(struct band_table *t, char *const *cells, size_t n);

/* One row: the band its region cell names gets the words of the other
 * cells, where it has none yet. */
void band_table_row(struct guide *g, const struct band_table *t,
                    char *const *cells, size_t n);

#endif
