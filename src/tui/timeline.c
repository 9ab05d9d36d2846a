/* timeline.c - the rounds of a negotiation as table rows (see
 * timeline.h). */
#include "tui/timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/table.h"
#include "negotiator/utf8.h"

#define TL_HEADING_ROUND(id, label) [TL_##id] = label,
#define TL_HEADING_OFFER(id, label)
#define TL_HEADING(id, member, kind, scope, label, ...)                        \
	TL_HEADING_##scope(id, label)

/* clang-format off */
const char *const timeline_headings[TL_COLS] = {
	[TL_NUM] = "#", [TL_DATE] = "Date", [TL_WHO] = "Who",
	OFFER_PARTS(TL_HEADING)
	[TL_VS_ASK] = "vs ask", [TL_VS_FLOOR] = "vs floor", [TL_MARK] = "",
	[TL_NOTE] = "Note",
};
/* clang-format on */

#define TL_ABBR(id, member, kind, scope, label, abbr, ...)                     \
	TL_HEADING_##scope(id, abbr)

/* clang-format off */
const char *const timeline_short[TL_COLS] = {
	[TL_NUM] = "#", [TL_DATE] = "Date", [TL_WHO] = "Who",
	OFFER_PARTS(TL_ABBR)
	[TL_VS_ASK] = "ask", [TL_VS_FLOOR] = "floor", [TL_MARK] = "",
	[TL_NOTE] = "Note",
};
/* clang-format on */

#define TL_PART_OF_ROUND(id) [TL_##id] = PART_##id,
#define TL_PART_OF_OFFER(id)
#define TL_PART_OF(id, member, kind, scope, ...) TL_PART_OF_##scope(id)

enum part_id timeline_col_part(enum tl_col c)
{
	/* clang-format off */
	static const enum part_id part[TL_COLS] = {
		[TL_NUM] = PART_COUNT,    [TL_DATE] = PART_COUNT,
		[TL_WHO] = PART_COUNT,    OFFER_PARTS(TL_PART_OF)
		[TL_VS_ASK] = PART_COUNT, [TL_VS_FLOOR] = PART_COUNT,
		[TL_MARK] = PART_COUNT,   [TL_NOTE] = PART_COUNT,
	};
	/* clang-format on */
	return c < TL_COLS ? part[c] : PART_COUNT;
}

/* Copy text from a saved file into a cell: cleaned, cut whole. */
static void cell_text(char *cell, size_t size, const char *s)
{
	char *clean = text_clean(s ? s : "", s ? strlen(s) : 0, false);
	size_t fit = utf8_fit(clean, strlen(clean), 24, NULL);

	if (fit >= size)
		fit = utf8_fit(clean, size - 1, size - 1, NULL);
	memcpy(cell, clean, fit);
	cell[fit] = '\0';
	free(clean);
}

void timeline_view(const struct guide *g, bool guide_private,
                   const struct round *r, size_t index, double value_pct,
                   struct round_view *v)
{
	const struct gap *fl;
	struct offer o;

	memset(v, 0, sizeof *v);
	v->band = g && r->region ? guide_find_band(g, r->region) : NULL;
	negotiation_round_offer(r, guide_private, value_pct, false, &o);
	offer_compare(g, v->band, &o, &v->res);
	fl = &v->res.vs_floor;
	/* The total judged (yearly, package or first-year: the verdict's). */
	amount_t fl_total = offer_gap_total(fl);
	v->below_floor =
		fl->known && ((amount_known(fl->base) && fl->base < 0) ||
	                      (amount_known(fl->equity) && fl->equity < 0) ||
	                      (amount_known(fl_total) && fl_total < 0));
	snprintf(v->cell[TL_NUM], sizeof v->cell[0], "%zu", index + 1);
	cell_text(v->cell[TL_DATE], sizeof v->cell[0], r->date);
	cell_text(v->cell[TL_WHO], sizeof v->cell[0], r->who);
	for (int c = 0; c < TL_COLS; c++) {
		enum part_id p = timeline_col_part((enum tl_col)c);
		if (p != PART_COUNT)
			money_short(v->cell[c], sizeof v->cell[0], r->amount[p],
			            band_currency(v->band), false);
	}
	money_short(v->cell[TL_VS_ASK], sizeof v->cell[0],
	            offer_gap_total(&v->res.vs_target), band_currency(v->band),
	            true);
	money_short(v->cell[TL_VS_FLOOR], sizeof v->cell[0], fl_total,
	            band_currency(v->band), true);
	snprintf(v->cell[TL_MARK], sizeof v->cell[0], "%s",
	         r->accepted ? "✓ accepted" : "");
	cell_text(v->cell[TL_NOTE], sizeof v->cell[0], r->note);
	/* A note cut to fit the cell says so. */
	if (r->note && strlen(v->cell[TL_NOTE]) < strlen(r->note)) {
		size_t keep = strlen(v->cell[TL_NOTE]);
		while (keep > 0 && keep + strlen("…") >= sizeof v->cell[0])
			keep = utf8_prev(v->cell[TL_NOTE], keep);
		snprintf(v->cell[TL_NOTE] + keep, sizeof v->cell[0] - keep,
		         "…");
	}
}

void timeline_floor_words(const struct round_view *v, char *buf, size_t size)
{
	const struct band *b = v->band;
	const struct gap *fl = &v->res.vs_floor;
	const char *names[3] = {"base", "equity (4y)", "yearly total"};
	amount_t offer[3], gap[3];
	size_t len = 0;
	int k;

	buf[0] = '\0';
	if (!v->below_floor || !b)
		return;
	offer[0] = v->res.base;
	offer[1] = v->res.equity_4y;
	offer[2] = v->res.annual_total;
	gap[0] = fl->base;
	gap[1] = fl->equity;
	gap[2] = fl->annual_total;
	/* A floor judged on a package or a first-year total: that one. */
	if (!amount_known(fl->annual_total) && amount_known(fl->package)) {
		names[2] = "base + grant";
		offer[2] = offer_package(&v->res);
		gap[2] = fl->package;
	} else if (!amount_known(fl->annual_total)) {
		names[2] = "first-year total";
		offer[2] = v->res.first_year_total;
		gap[2] = fl->first_year;
	}
	for (k = 0; k < 3 && len < size; k++) {
		char o[40], under[40], ref[40];
		if (!amount_known(gap[k]) || gap[k] >= 0)
			continue;
		money_short(o, sizeof o, offer[k], band_currency(b), false);
		money_short(under, sizeof under, -gap[k], band_currency(b),
		            false);
		money_short(ref, sizeof ref, amount_sub(offer[k], gap[k]),
		            band_currency(b), false);
		len += (size_t)snprintf(buf + len, size - len,
		                        "%s%s %s is %s under the floor's %s",
		                        len ? "; " : "", names[k], o, under,
		                        ref);
	}
}

int timeline_layout(const struct round_view *rows, size_t n, int width,
                    int widths[TL_COLS])
{
	/* Higher drops first; 0 never.  The parts after the base drop in
	 * their table order, the later first (equity 4, sign-on 6, ...). */
	int drop[TL_COLS] = {
		[TL_NUM] = 0,    [TL_DATE] = 5,     [TL_WHO] = 0,
		[TL_VS_ASK] = 3, [TL_VS_FLOOR] = 0, [TL_MARK] = 0,
		[TL_NOTE] = 30,
	};
	int nth = 0;
	for (int c = 0; c < TL_COLS; c++)
		if (timeline_col_part((enum tl_col)c) != PART_COUNT) {
			drop[c] = nth ? 2 + 2 * nth : 0;
			nth++;
		}
	struct col_spec spec[TL_COLS];
	size_t k;
	int i;

	for (i = 0; i < TL_COLS; i++) {
		spec[i].min = (int)utf8_width(timeline_short[i],
		                              strlen(timeline_short[i]));
		spec[i].want = (int)utf8_width(timeline_headings[i],
		                               strlen(timeline_headings[i]));
		spec[i].drop = drop[i];
	}
	bool notes = false;
	for (k = 0; k < n; k++)
		notes |= rows[k].cell[TL_NOTE][0] != '\0';
	for (k = 0; k < n; k++)
		for (i = 0; i < TL_COLS; i++) {
			const char *c = rows[k].cell[i];
			int w = (int)utf8_width(c, strlen(c));
			if (w > spec[i].want)
				spec[i].want = w;
			/* Figures must fit whole; a name may be cut, and the
			 * mark shrinks to its tick. */
			if (i != TL_WHO && i != TL_MARK && w > spec[i].min)
				spec[i].min = w;
			if (i == TL_MARK && w > 0)
				spec[i].min = 1;
			if ((i == TL_WHO || i == TL_NOTE) && w > spec[i].min)
				spec[i].min = w < 4 ? w : 4;
		}
	/* With no note, no column for notes (it is the last). */
	widths[TL_NOTE] = 0;
	return table_layout(spec, notes ? TL_COLS : TL_NOTE, width, 1, widths);
}
