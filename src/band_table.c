/* band_table.c - the body's pipe table of the bands: which column holds
 * what, and each row's words given to the band its first cell names. */
#include <string.h>

#include "band_table.h"
#include "negotiator/text.h"

static enum band_column column_kind(const char *h)
{
	static const char *const region_words[] = {
		"region", "location", "city", "country", "market", "office",
		"geo", NULL};
	size_t i;

	for (i = 0; region_words[i]; i++)
		if (str_icase_find(h, region_words[i]))
			return BAND_COL_REGION;
	if (str_icase_find(h, "total"))
		return BAND_COL_TOTAL;
	if (str_icase_find(h, "equity") || str_icase_find(h, "stock") ||
	    str_icase_find(h, "rsu"))
		return BAND_COL_EQUITY;
	if (str_icase_find(h, "bonus"))
		return BAND_COL_BONUS;
	if (str_icase_find(h, "base") || str_icase_find(h, "salary"))
		return BAND_COL_BASE;
	return BAND_COL_OTHER;
}

static char **words_slot(struct band *b, enum band_column c)
{
	switch (c) {
	case BAND_COL_BASE: return &b->words.base;
	case BAND_COL_EQUITY: return &b->words.equity;
	case BAND_COL_BONUS: return &b->words.bonus;
	case BAND_COL_TOTAL: return &b->words.total;
	default: return NULL;
	}
}

bool band_table_header(struct band_table *t, char *const *cells, size_t n)
{
	bool have_region = false;
	size_t c;

	if (n > BAND_TABLE_MAX_COLUMNS + 1)
		n = BAND_TABLE_MAX_COLUMNS + 1;
	t->ncols = n;
	t->region_col = 0;
	for (c = 0; c < n; c++) {
		t->kinds[c] = column_kind(cells[c]);
		if (t->kinds[c] == BAND_COL_REGION && !have_region) {
			t->region_col = c;
			have_region = true;
		}
	}
	/* No region header: the first column may still hold the regions,
	 * unless it is plainly a money column. */
	if (!have_region && (n == 0 || t->kinds[0] != BAND_COL_OTHER))
		return false;
	t->kinds[t->region_col] = BAND_COL_REGION;
	return true;
}

void band_table_row(struct guide *g, const struct band_table *t,
                    char *const *cells, size_t n)
{
	const struct band *found;
	struct band *b;
	size_t c;

	if (t->region_col >= n)
		return;
	found = guide_find_band_words(g, cells[t->region_col],
	                              strlen(cells[t->region_col]));
	if (!found)
		return;
	b = &g->bands[found - g->bands];
	for (c = 0; c < n && c < t->ncols; c++) {
		char **slot = words_slot(b, t->kinds[c]);

		if (slot && !*slot && cells[c][0])
			*slot = xstrdup(cells[c]);
	}
}
