/* band_table.c - the body's pipe table of the bands: which column holds
 * what (from its header), and each row's figures and words given to the
 * band its region cell names.  A guide without front matter gets its
 * bands from here; with front matter, the table fills what the front
 * matter leaves null, and a table that says otherwise is a warning. */
#include <stdlib.h>
#include <string.h>

#include "band_table.h"
#include "negotiator/text.h"
#include "reader/prose.h"
#include "reader/prose_scan.h"

/* How far a table figure may be from the front matter's before they
 * disagree: the table rounds to thousands ("$155K"). */
#define TABLE_SLACK_PCT 2

static enum band_column column_kind(const char *h, bool *per_year)
{
	static const char *const region_words[] = {
		"region", "location", "city", "country",
		"market", "office",   "geo",  NULL};
	bool equity, bonus;
	size_t i;

	*per_year = false;
	for (i = 0; region_words[i]; i++)
		if (str_icase_find(h, region_words[i]))
			return BAND_COL_REGION;
	if (str_icase_find(h, "total")) {
		/* A first-year total carries the sign-on: not the yearly one.
		 */
		if (str_icase_find(h, "year-1") ||
		    str_icase_find(h, "year 1") ||
		    str_icase_find(h, "first-year") ||
		    str_icase_find(h, "first year"))
			return BAND_COL_OTHER;
		return BAND_COL_TOTAL;
	}
	equity = str_icase_find(h, "equity") || str_icase_find(h, "stock") ||
	         str_icase_find(h, "rsu") || str_icase_find(h, "option");
	bonus = str_icase_find(h, "bonus") != NULL;
	if (str_icase_find(h, "sign"))
		return BAND_COL_SIGN_ON;
	/* "Stock/Bonus": two things in one column, neither alone. */
	if (equity && bonus)
		return BAND_COL_OTHER;
	if (equity) {
		/* "RSU/Year", "(Annual)", "per year": a yearly figure; a
		 * "4yr" header is the whole grant. */
		*per_year = !str_icase_find(h, "4") &&
		            (str_icase_find(h, "year") ||
		             str_icase_find(h, "annual") ||
		             str_icase_find(h, "/yr"));
		return BAND_COL_EQUITY;
	}
	if (bonus)
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

/* A header cell that names a place and its currency: "London (GBP)",
 * "Sydney (AUD A$)", "Waltham MA (USD)".  The place in *name (new), the
 * currency in *cur. */
static bool place_header(const char *h, char **name, currency_t *cur)
{
	const char *open = strrchr(h, '('),
		   *close = open ? strchr(open, ')') : NULL;
	size_t i, n;

	if (!open || !close || open == h)
		return false;
	for (i = 1; open + i + 3 <= close; i++)
		if (open[i] >= 'A' && open[i] <= 'Z' && open[i + 1] >= 'A' &&
		    open[i + 1] <= 'Z' && open[i + 2] >= 'A' &&
		    open[i + 2] <= 'Z' &&
		    currency_from_text(open + i, 3, cur, &n) && n == 3)
			break;
	if (open + i + 3 > close)
		return false;
	n = (size_t)(open - h);
	while (n > 0 && h[n - 1] == ' ')
		n--;
	*name = xstrndup(h, n);
	return n > 0;
}

/* The label of a table on its side: its rows are parts or levels. */
static bool side_label(const char *h)
{
	static const char *const labels[] = {
		"component", "level", "role",     "title",   "grade",
		"tier",      "band",  "position", "element", NULL};

	for (size_t i = 0; labels[i]; i++)
		if (str_icase_find(h, labels[i]))
			return true;
	return false;
}

void band_table_free(struct band_table *t)
{
	for (size_t c = 0; c < t->ncols; c++) {
		free(t->regions[c]);
		t->regions[c] = NULL;
	}
}

bool band_table_header(struct band_table *t, char *const *cells, size_t n)
{
	bool have_region = false, money = false;
	size_t c, places = 0;

	if (n > BAND_TABLE_MAX_COLUMNS + 1)
		n = BAND_TABLE_MAX_COLUMNS + 1;
	memset(t, 0, sizeof *t);
	t->ncols = n;
	t->region_col = 0;
	if (n >= 2 && side_label(cells[0])) {
		for (c = 1; c < n; c++)
			places += place_header(cells[c], &t->regions[c],
			                       &t->currencies[c]);
		if (places == n - 1) {
			t->transposed = true;
			return true;
		}
		band_table_free(t);
	}
	for (c = 0; c < n; c++) {
		t->kinds[c] = column_kind(cells[c], &t->per_year[c]);
		if (t->kinds[c] == BAND_COL_REGION && !have_region) {
			t->region_col = c;
			have_region = true;
		}
		money = money || (t->kinds[c] != BAND_COL_OTHER &&
		                  t->kinds[c] != BAND_COL_REGION);
	}
	/* No region header: the first column may still hold the regions,
	 * unless it is plainly a money column. */
	if (!have_region && (n == 0 || t->kinds[0] != BAND_COL_OTHER))
		return false;
	t->kinds[t->region_col] = BAND_COL_REGION;
	return money;
}

/* What a cell says: a range of amounts in one currency, or of percents. */
struct cell {
	bool money, percent;
	currency_t currency;
	amount_t low, high;
	double pct_low, pct_high;
};

static amount_t whole(double v)
{
	if (!(v >= 0))
		return AMOUNT_NONE;
	if (v > (double)AMOUNT_MAX)
		return AMOUNT_MAX;
	return (amount_t)(v + 0.5);
}

/* Read a cell: "$155K–$192K", "₹30L–₹48L", "10–15%", "$22K–$45K sign-on",
 * and a cell in two currencies, "£104K / $130K - £144K / $180K", in the
 * one of want (or of its first amount when want is ""). */
static struct cell read_cell(const char *text, const char *want)
{
	struct cell c;
	struct ptok *t;
	size_t n = prose_scan(text, strlen(text), &t), i;
	int seen = 0;
	char first[4] = "";
	const char *code = want;

	memset(&c, 0, sizeof c);
	c.low = c.high = AMOUNT_NONE;
	for (i = 0; i < n; i++) {
		const struct pamount *a = &t[i].a;

		if (t[i].kind != PTOK_AMOUNT || a->placeholder)
			continue;
		if (a->percent) {
			if (!c.percent && !c.money) {
				c.percent = true;
				c.pct_low = a->low;
				c.pct_high = a->high;
			}
			continue;
		}
		if (!a->currency.code[0])
			continue;
		/* "kr575,000" is the band's krona when the band is in one. */
		if (!strcmp(a->currency.code, PROSE_KRONA) &&
		    currency_krona(code))
			memcpy(t[i].a.currency.code, code, 4);
		if (!strcmp(a->currency.code, PROSE_KRONA))
			continue;
		/* "SEK 45K–56K/mo": a month's pay, twelve a year. */
		if (a->per_month) {
			t[i].a.low *= 12;
			t[i].a.high *= 12;
		}
		if (!code[0]) {
			memcpy(first, a->currency.code, 4);
			code = first;
		}
		if (strcmp(a->currency.code, code) != 0)
			continue;
		memcpy(c.currency.code, a->currency.code, 4);
		if (seen == 0) {
			c.low = whole(a->low);
			c.high = whole(a->high);
		} else if (seen == 1 && !a->range) {
			c.high = whole(a->low);
		}
		c.money = true;
		seen++;
	}
	free(t);
	return c;
}

static bool close_enough(amount_t a, amount_t b)
{
	amount_t d = a > b ? a - b : b - a;

	return d * 100 <= (a > b ? a : b) * TABLE_SLACK_PCT;
}

/* Fill a null pair from the table, or say where they disagree. */
static void take_range(struct guide *g, struct band *b, const char *what,
                       amount_t *lo, amount_t *hi, amount_t tlo, amount_t thi,
                       int line)
{
	char x[64], y[64];

	if (!amount_known(tlo) || !amount_known(thi))
		return;
	if (!amount_known(*lo) && !amount_known(*hi)) {
		*lo = tlo;
		*hi = thi;
		return;
	}
	if ((!amount_known(*lo) || close_enough(*lo, tlo)) &&
	    (!amount_known(*hi) || close_enough(*hi, thi)))
		return;
	money_format_range(x, sizeof x, tlo, thi, band_currency(b),
	                   MONEY_SHORT);
	money_format_range(y, sizeof y, *lo, *hi, band_currency(b),
	                   MONEY_SHORT);
	diag_add(
		&g->diags, DIAG_WARNING, line,
		"the band table gives %s %s for '%s'; the front matter says %s",
		what, x, b->region, y);
}

/* A new band for a guide without front matter, named by the row. */
static struct band *new_band(struct guide *g, const char *region, int line)
{
	struct band *b;

	if (g->band_count >= GUIDE_MAX_BANDS)
		return NULL;
	g->bands = xrealloc(g->bands, (g->band_count + 1) * sizeof *g->bands);
	b = &g->bands[g->band_count++];
	guide_band_init(b);
	b->region = prose_clean_line(region, strlen(region));
	b->line = line;
	return b;
}

/* Put a cell's figure into the part the kind of its column or row
 * names. */
static void take_cell(struct guide *g, struct band *b, enum band_column kind,
                      bool per_year, const char *cell, int line)
{
	struct cell v = read_cell(cell, band_currency(b));

	switch (kind) {
	case BAND_COL_BASE:
		if (v.money)
			take_range(g, b, "base", &b->base_low, &b->base_high,
			           v.low, v.high, line);
		break;
	case BAND_COL_EQUITY:
		if (v.money && per_year) {
			v.low = amount_scale(v.low, 4, 1);
			v.high = amount_scale(v.high, 4, 1);
		}
		if (v.money)
			take_range(g, b, "equity", &b->stock_low,
			           &b->stock_high, v.low, v.high, line);
		break;
	case BAND_COL_TOTAL:
		if (v.money)
			take_range(g, b, "total", &b->total_low, &b->total_high,
			           v.low, v.high, line);
		break;
	case BAND_COL_SIGN_ON:
		if (v.money)
			take_range(g, b, "sign-on", &b->sign_on_low,
			           &b->sign_on_high, v.low, v.high, line);
		/* "15% bonus" in a sign-on / bonus column. */
		if (v.percent && b->bonus_pct < 0)
			b->bonus_pct = v.pct_low;
		break;
	case BAND_COL_BONUS:
		if (v.percent && b->bonus_pct < 0 &&
		    !amount_known(b->bonus_low))
			b->bonus_pct = v.pct_low;
		else if (v.money)
			take_range(g, b, "bonus", &b->bonus_low, &b->bonus_high,
			           v.low, v.high, line);
		break;
	default: break;
	}
}

/* A row of a table on its side: its label says the part (or a level,
 * which gives no band its figures); each column is a region. */
static void side_row(struct guide *g, const struct band_table *t,
                     char *const *cells, size_t n, int line, bool create)
{
	bool per_year;
	enum band_column kind =
		n ? column_kind(cells[0], &per_year) : BAND_COL_OTHER;

	for (size_t c = 1; c < n && c < t->ncols; c++) {
		const struct band *found;
		struct band *b;

		if (!t->regions[c])
			continue;
		found = guide_find_band_words(g, t->regions[c],
		                              strlen(t->regions[c]));
		if (found) {
			b = &g->bands[found - g->bands];
		} else if (create) {
			b = new_band(g, t->regions[c], line);
			if (!b)
				continue;
			b->currency = t->currencies[c];
		} else {
			continue;
		}
		if (kind != BAND_COL_REGION && kind != BAND_COL_OTHER) {
			take_cell(g, b, kind, per_year, cells[c], line);
			b->table_numbers = b->table_numbers ||
			                   read_cell(cells[c], "").money;
		}
	}
}

void band_table_row(struct guide *g, const struct band_table *t,
                    char *const *cells, size_t n, int line, bool create)
{
	const struct band *found;
	struct band *b;
	size_t c;

	if (t->transposed) {
		side_row(g, t, cells, n, line, create);
		return;
	}
	if (t->region_col >= n || !cells[t->region_col][0])
		return;
	found = guide_find_band_words(g, cells[t->region_col],
	                              strlen(cells[t->region_col]));
	if (found) {
		b = &g->bands[found - g->bands];
	} else if (create) {
		b = new_band(g, cells[t->region_col], line);
		if (!b)
			return;
	} else {
		return;
	}
	/* The row's currency: the band's, else the first it writes. */
	if (!b->currency.code[0])
		for (c = 0; c < n && c < t->ncols && !b->currency.code[0]; c++)
			if (t->kinds[c] != BAND_COL_REGION) {
				struct cell v = read_cell(cells[c], "");

				if (v.money)
					b->currency = v.currency;
			}
	for (c = 0; c < n && c < t->ncols; c++) {
		char **slot = words_slot(b, t->kinds[c]);

		if (t->kinds[c] != BAND_COL_REGION &&
		    t->kinds[c] != BAND_COL_OTHER && !b->table_numbers)
			b->table_numbers = read_cell(cells[c], "").money;

		if (slot && !*slot && cells[c][0])
			*slot = xstrdup(cells[c]);
		if (t->kinds[c] != BAND_COL_REGION &&
		    t->kinds[c] != BAND_COL_OTHER)
			take_cell(g, b, t->kinds[c], t->per_year[c], cells[c],
			          line);
	}
}
