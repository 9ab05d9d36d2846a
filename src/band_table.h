/* band_table.h - internal: the body's pipe table of the bands, one row
 * per region, read cell by cell (the caller hands over each cell's text):
 * the bands of a guide without front matter, the nulls of one with it. */
#ifndef NEGOTIATOR_BAND_TABLE_H
#define NEGOTIATOR_BAND_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "markdown.h"
#include "negotiator/guide.h"

#define BAND_TABLE_MAX_COLUMNS MARKDOWN_MAX_COLUMNS

enum band_column {
	BAND_COL_OTHER,
	BAND_COL_REGION,
	BAND_COL_BASE,
	BAND_COL_EQUITY,
	BAND_COL_BONUS,
	BAND_COL_SIGN_ON,
	BAND_COL_TOTAL
};

/* What each column of a table holds, from its header row: the header
 * says whether equity is the four-year grant ("Stock (RSU/4yr)") or a
 * year of it ("RSU/Year"). */
struct band_table {
	enum band_column kinds[BAND_TABLE_MAX_COLUMNS + 1];
	bool per_year[BAND_TABLE_MAX_COLUMNS + 1];
	size_t ncols, region_col;
	/* A table turned on its side: "| Component | London (GBP) | San
	 * Francisco (USD) |", a row per part ("Base Salary", "RSU Grant") or
	 * per level; each column after the first is a region. */
	bool transposed;
	char *regions[BAND_TABLE_MAX_COLUMNS + 1]; /* owned; NULL: none */
	currency_t currencies[BAND_TABLE_MAX_COLUMNS + 1];
};

/* Read the header row (n cells, at most BAND_TABLE_MAX_COLUMNS + 1);
 * false when the table is not one of bands (no column of regions, or no
 * column of money). */
bool band_table_header(struct band_table *t, char *const *cells, size_t n);
/* Free what the header kept (the regions of a table on its side). */
void band_table_free(struct band_table *t);

/* One row (file line `line`): the band its region cell names gets the
 * words of the other cells where it has none yet, and their figures
 * where its own are null (a figure that differs from the band's is a
 * warning).  With create, a row that names no band makes a new one (a
 * guide without front matter). */
void band_table_row(struct guide *g, const struct band_table *t,
                    char *const *cells, size_t n, int line, bool create);

#endif
