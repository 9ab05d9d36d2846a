/* pane_bands.c - the open guide's regions as a table, the selected one
 * highlighted, with the target ask and the accept-at floor under it. */
#include "tui/pane_bands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

#include "tui/app.h"
#include "tui/focus.h"
#include "tui/session.h"
#include "tui/draw.h"
#include "tui/table.h"
#include "negotiator/utf8.h"

enum { COL_REGION, COL_BASE, COL_EQUITY, COL_PREMIUM, COL_BONUS, COL_TOTAL,
       COL_OFFER, COL_COUNT };

static const char *const col_names[COL_COUNT] = {
	"Region", "Base", "Equity (4y)", "+ premium", "Bonus", "Total / yr",
	"Offer / yr"
};

struct band_cells {
	char text[COL_COUNT][96];
	bool words; /* from the guide's prose, not numbers */
	enum role offer_role;
};

/* The form's offer in this band's currency and where its yearly total
 * falls in the band, coloured against the region's ask and floor. */
static void offer_cell(const struct tui *t, const struct band *b,
                       struct band_cells *c)
{
	struct offer o;
	struct offer_result r;
	char amt[48];

	c->offer_role = R_DIM;
	if (!t->have_offer || !band_has_numbers(b)) {
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "—");
		return;
	}
	if (!form_offer_for_band(&t->form, app_band(t), b, &t->rates, &o)) {
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "no rate");
		return;
	}
	offer_compare(t->g, b, &o, &r);
	if (!amount_known(r.annual_total)) {
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "—");
		return;
	}
	money_short(amt, sizeof amt, r.annual_total, band_currency(b), false);
	/* In, below or above the band's yearly total. */
	snprintf(c->text[COL_OFFER], sizeof c->text[0], "%s %s", amt,
	         r.total_pos == POS_BELOW   ? "below"
	         : r.total_pos == POS_ABOVE ? "above"
	         : r.total_pos == POS_IN    ? "in"
	                                    : "");
	c->offer_role = theme_gap_role(r.vs_target.annual_total,
	                              r.vs_floor.annual_total);
}

static void band_cells(const struct tui *t, const struct band *b,
                       struct band_cells *c)
{
	size_t k;
	int i;

	memset(c, 0, sizeof *c);
	snprintf(c->text[COL_REGION], sizeof c->text[0], "%s",
	         b->region ? b->region : "?");
	if (!band_has_numbers(b)) {
		const char *w[COL_COUNT] = { NULL, b->words.base, b->words.equity,
		                             NULL, b->words.bonus, b->words.total };
		for (i = 1; i < COL_OFFER; i++)
			snprintf(c->text[i], sizeof c->text[0], "%s",
			         w[i] ? w[i] : "—");
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "—");
		c->offer_role = R_DIM;
		c->words = true;
		return;
	}
	offer_cell(t, b, c);
	money_format_range(c->text[COL_BASE], sizeof c->text[0], b->base_low, b->base_high, band_currency(b), MONEY_SHORT);
	money_format_range(c->text[COL_EQUITY], sizeof c->text[0], b->stock_low, b->stock_high, band_currency(b), MONEY_SHORT);
	money_format_range(c->text[COL_TOTAL], sizeof c->text[0], b->total_low, b->total_high, band_currency(b), MONEY_SHORT);
	if (b->bonus_pct >= 0)
		snprintf(c->text[COL_BONUS], sizeof c->text[0], "%g%%",
		         b->bonus_pct);
	else
		snprintf(c->text[COL_BONUS], sizeof c->text[0], "—");
	/* The premium range as the calculator computes it (once a guide). */
	k = (size_t)(b - t->g->bands);
	if (t->premiums && k < t->g->band_count && t->premiums[k].known)
		money_format_range(c->text[COL_PREMIUM], sizeof c->text[0], t->premiums[k].low, t->premiums[k].high, band_currency(b), MONEY_SHORT);
	else
		snprintf(c->text[COL_PREMIUM], sizeof c->text[0], "—");
}

static int text_cols(const char *s)
{
	return (int)utf8_width(s, strlen(s));
}

static int rows_room(const struct pane *p)
{
	int n = p->h - 4; /* title, header, ask line, floor line */
	return n < 1 ? 1 : n;
}

static void draw_ask(struct tui *t, struct pane *p, int y, const char *what,
                     const struct ask *a, const struct band *b)
{
	char base[32], eq[32], sign[32], line[160];
	int x;

	x = draw_str(p->win, y, 1, what, p->w - 1, R_BOLD);
	if (!ask_known(a)) {
		draw_str(p->win, y, 1 + x, " the guide gives none for this region",
		         p->w - 1 - x, R_DIM);
		return;
	}
	money_short(base, sizeof base, a->base, band_currency(b), false);
	money_short(eq, sizeof eq, a->equity, band_currency(b), false);
	snprintf(line, sizeof line, " %s base · %s equity (4y)", base, eq);
	if (amount_known(a->sign_on)) {
		money_short(sign, sizeof sign, a->sign_on, band_currency(b), false);
		snprintf(line + strlen(line), sizeof line - strlen(line),
		         " · %s sign-on", sign);
	}
	draw_str_cut(p->win, y, 1 + x, line, p->w - 2 - x, R_NORMAL);
	(void)t;
}

static void pane_bands_draw(struct tui *t, struct pane *p)
{
	struct col_spec spec[COL_COUNT];
	int widths[COL_COUNT], i, y, room = rows_room(p);
	bool focus = t->focus == PANE_BANDS;
	const struct band *sel = app_band(t);
	struct band_cells *cells;
	size_t k, n;
	char title[160];

	if (!t->g) {
		app_title(t, p, NULL);
		draw_str(p->win, 2, 1, "Open a guide from the list (Enter).",
		         p->w - 2, R_DIM);
		return;
	}
	n = t->g->band_count;
	snprintf(title, sizeof title, " — %s · %s", t->g->company_display,
	         t->g->role_display);
	app_title(t, p, title);
	if (n == 0) {
		draw_str(p->win, 2, 1, "This guide has no pay bands.", p->w - 2,
		         R_DIM);
		return;
	}
	cells = xcalloc(n, sizeof *cells);
	for (i = 0; i < COL_COUNT; i++) {
		spec[i].want = text_cols(col_names[i]);
		spec[i].min = i == COL_REGION ? 6 : 8;
	}
	spec[COL_REGION].drop = 0;
	spec[COL_BASE].drop = 0;
	spec[COL_EQUITY].drop = 0;
	spec[COL_TOTAL].drop = 2;
	spec[COL_BONUS].drop = 3;
	spec[COL_PREMIUM].drop = 4;
	spec[COL_OFFER].drop = 1;
	for (k = 0; k < n; k++) {
		band_cells(t, &t->g->bands[k], &cells[k]);
		for (i = 0; i < COL_COUNT; i++) {
			int w = text_cols(cells[k].text[i]);
			/* Prose cells may be cut; figures should fit whole. */
			if (cells[k].words && w > 14)
				w = 14;
			if (w > spec[i].want)
				spec[i].want = w;
			if (!cells[k].words && i != COL_REGION && w > spec[i].min)
				spec[i].min = w;
		}
	}
	if (!t->g->premium.present) {
		/* Nothing to show: give its room to the others. */
		spec[COL_PREMIUM].drop = 9;
		spec[COL_PREMIUM].min = 0;
		spec[COL_PREMIUM].want = 0;
	}
	/* The offer's column keeps its heading whole, and its place with
	 * no offer typed, so that typing one does not move the table. */
	if (spec[COL_OFFER].min < text_cols(col_names[COL_OFFER]))
		spec[COL_OFFER].min = text_cols(col_names[COL_OFFER]);
	table_layout(spec, COL_COUNT, p->w - 3, 2, widths);
	if (!t->g->premium.present)
		widths[COL_PREMIUM] = 0;

	{
		int x = 2;
		t->bands_offer_w = 0;
		for (i = 0; i < COL_COUNT; i++) {
			if (!widths[i])
				continue;
			draw_str(p->win, 1, x, col_names[i], widths[i], R_DIM);
			if (i == COL_OFFER) {
				t->bands_offer_x = x;
				t->bands_offer_w = widths[i];
			}
			x += widths[i] + 2;
		}
	}
	y = 2;
	/* Keep the selected region in view. */
	if (t->form.band < t->bands_top)
		t->bands_top = t->form.band;
	if (t->form.band >= t->bands_top + (size_t)room)
		t->bands_top = t->form.band - (size_t)room + 1;
	t->bands_first = t->bands_top;
	for (k = t->bands_top; k < n && y < 2 + room; k++, y++) {
		const struct band *b = &t->g->bands[k];
		enum role r = R_NORMAL;
		int x = 2;
		t->bands_end = k + 1;
		if (b == sel) {
			r = focus ? R_SELECTED : R_SELECTED_DIM;
			draw_fill(p->win, y, 0, p->w, r);
			draw_str(p->win, y, 0, "▸", 1, r);
		}
		for (i = 0; i < COL_COUNT; i++) {
			enum role cr = r;
			if (!widths[i])
				continue;
			if (r == R_NORMAL && cells[k].words && i != COL_REGION)
				cr = R_DIM;
			if (r == R_NORMAL && i == COL_PREMIUM)
				cr = R_GAUGE_PREMIUM;
			if (r == R_NORMAL && i == COL_OFFER)
				cr = cells[k].offer_role;
			draw_str_cut(p->win, y, x, cells[k].text[i], widths[i], cr);
			x += widths[i] + 2;
		}
	}
	free(cells);
	if (sel && y < p->h) {
		if (!band_has_numbers(sel)) {
			char line[200];
			snprintf(line, sizeof line,
			         "%s has no figures; the guide says: %s",
			         sel->region, sel->words.base ? sel->words.base
			                                      : "nothing more");
			draw_str_cut(p->win, y, 1, line, p->w - 2, R_BETWEEN);
			return;
		}
		draw_ask(t, p, y++, "Ask  ", &sel->target, sel);
		if (y < p->h)
			draw_ask(t, p, y, "Floor", &sel->floor, sel);
	}
}

/* Only the offer changed: redraw its column, if it still fits. */
static bool pane_bands_draw_part(struct tui *t, struct pane *p)
{
	struct band_cells *c;
	bool focus = t->focus == PANE_BANDS, fits = true;
	size_t k, n;
	int w = t->bands_offer_w;

	if (!t->g || w <= 0 ||
	    t->bands_end > t->g->band_count || t->bands_first >= t->bands_end)
		return false;
	n = t->bands_end - t->bands_first;
	c = xcalloc(n, sizeof *c);
	for (k = 0; k < n && fits; k++) {
		offer_cell(t, &t->g->bands[t->bands_first + k], &c[k]);
		fits = text_cols(c[k].text[COL_OFFER]) <= w;
	}
	for (k = 0; k < n && fits; k++) {
		enum role r = R_NORMAL;
		if (t->bands_first + k == t->form.band)
			r = focus ? R_SELECTED : R_SELECTED_DIM;
		draw_fill(p->win, 2 + (int)k, t->bands_offer_x, w, r);
		draw_str_cut(p->win, 2 + (int)k, t->bands_offer_x,
		             c[k].text[COL_OFFER], w,
		             r == R_NORMAL ? c[k].offer_role : r);
	}
	free(c);
	return fits;
}

static enum pane_result pane_bands_key(struct tui *t, struct pane *p,
                                  enum action a, int key)
{
	size_t n = t->g ? t->g->band_count : 0;

	(void)p;
	(void)key;
	if (n == 0)
		return PANE_IGNORED;
	switch (a) {
	case ACT_UP:
		if (t->form.band > 0)
			session_set_region(t, t->form.band - 1);
		return PANE_HANDLED;
	case ACT_DOWN:
		if (t->form.band + 1 < n)
			session_set_region(t, t->form.band + 1);
		return PANE_HANDLED;
	case ACT_TOP:
	case ACT_PAGE_UP:
		session_set_region(t, 0);
		return PANE_HANDLED;
	case ACT_BOTTOM:
	case ACT_PAGE_DOWN:
		session_set_region(t, n - 1);
		return PANE_HANDLED;
	case ACT_EDIT_REGION:
		t->form.field = FIELD_BASE;
		focus_set(t, PANE_OFFER);
		return PANE_HANDLED;
	default:
		return PANE_IGNORED;
	}
}

static enum pane_result pane_bands_mouse(struct tui *t, struct pane *p, int y,
                                    int x, int wheel)
{
	size_t n = t->g ? t->g->band_count : 0, k;

	(void)x;
	(void)p;
	if (n == 0)
		return PANE_HANDLED;
	if (wheel) {
		if (wheel < 0 && t->form.band > 0)
			session_set_region(t, t->form.band - 1);
		else if (wheel > 0 && t->form.band + 1 < n)
			session_set_region(t, t->form.band + 1);
		return PANE_HANDLED;
	}
	if (y < 2)
		return PANE_HANDLED;
	k = t->bands_top + (size_t)(y - 2);
	if (k < n && y - 2 < rows_room(p))
		session_set_region(t, k);
	return PANE_HANDLED;
}

static const enum action_ctx *pane_bands_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx chain[] = { CTX_BANDS, CTX_MOVE, CTX_GLOBAL,
	                                         CTX_NONE };
	(void)t;
	(void)p;
	return chain;
}

static void pane_bands_changed(struct tui *t, struct pane *p,
                               enum app_event ev)
{
	switch (ev) {
	case APP_GUIDE_OPENED:
		t->bands_top = 0;
		break;
	case APP_OFFER_CHANGED:
		/* The offer in every region: its column alone. */
		p->part_dirty = true;
		break;
	case APP_REGION_PICKED:
		p->dirty = true;
		break;
	default:
		break;
	}
}

const struct pane_ops pane_bands_ops = {
	.name = "Bands",
	.draw = pane_bands_draw,
	.key = pane_bands_key,
	.mouse = pane_bands_mouse,
	.draw_part = pane_bands_draw_part,
	.chain = pane_bands_chain,
	.changed = pane_bands_changed,
};
