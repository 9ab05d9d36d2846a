/* pane_bands.c - the open guide's regions as a table, with the target
 * ask and the accept-at floor of the region under the cursor.  The
 * cursor only shows a region; Enter (or a click on the cursor's row)
 * picks it for the offer, whose region is marked ▸. */
#include "tui/pane_bands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

#include "tui/app.h"
#include "tui/focus.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/draw.h"
#include "tui/table.h"
#include "negotiator/utf8.h"

enum {
	COL_REGION,
	COL_BASE,
	COL_EQUITY,
	COL_PREMIUM,
	COL_BONUS,
	COL_TOTAL,
	COL_OFFER,
	COL_COUNT
};

static const char *const col_names[COL_COUNT] = {
	"Region", "Base",       "Equity (4y)", "+ premium",
	"Bonus",  "Total / yr", "Offer / yr"};

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
	if (!app_offer_row(t)->read.any || !band_has_numbers(b)) {
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "—");
		return;
	}
	if (!form_offer_for_band(&t->form, app_band(t), b, &t->rates, &o)) {
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "no rate");
		return;
	}
	o.company_equity = t->an.offers.company_said;
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
	c->offer_role = theme_gap_role(offer_gap_total(&r.vs_target),
	                               offer_gap_total(&r.vs_floor));
}

static void band_cells(const struct tui *t, const struct band *b,
                       struct band_cells *c)
{
	const struct bands_view *v = t->bands;
	size_t k;
	int i;

	memset(c, 0, sizeof *c);
	snprintf(c->text[COL_REGION], sizeof c->text[0], "%s",
	         b->region ? b->region : "?");
	if (!band_has_numbers(b)) {
		const char *w[COL_COUNT] = {
			NULL, b->words.base,  b->words.equity,
			NULL, b->words.bonus, b->words.total};
		for (i = 1; i < COL_OFFER; i++)
			snprintf(c->text[i], sizeof c->text[0], "%s",
			         w[i] ? w[i] : "—");
		snprintf(c->text[COL_OFFER], sizeof c->text[0], "—");
		c->offer_role = R_DIM;
		c->words = true;
		return;
	}
	offer_cell(t, b, c);
	money_format_range(c->text[COL_BASE], sizeof c->text[0], b->base_low,
	                   b->base_high, band_currency(b), MONEY_SHORT);
	money_format_range(c->text[COL_EQUITY], sizeof c->text[0], b->stock_low,
	                   b->stock_high, band_currency(b), MONEY_SHORT);
	money_format_range(c->text[COL_TOTAL], sizeof c->text[0], b->total_low,
	                   b->total_high, band_currency(b), MONEY_SHORT);
	if (b->bonus_pct >= 0)
		snprintf(c->text[COL_BONUS], sizeof c->text[0], "%g%%",
		         b->bonus_pct);
	else
		snprintf(c->text[COL_BONUS], sizeof c->text[0], "—");
	/* The premium range as the calculator computes it (once a guide). */
	k = (size_t)(b - t->g->bands);
	if (k < v->premium_count && v->premiums[k].known) {
		/* The column stands beside equity: a premium on another part
		 * says which. */
		const struct band_premium *pr = &v->premiums[k];
		char range[80];
		money_format_range(range, sizeof range, pr->low, pr->high,
		                   band_currency(b), MONEY_SHORT);
		snprintf(c->text[COL_PREMIUM], sizeof c->text[0], "%s%s%s",
		         pr->on == PREMIUM_ON_EQUITY
		                 ? ""
		                 : guide_premium_scope_word(pr->on),
		         pr->on == PREMIUM_ON_EQUITY ? "" : " ", range);
	} else
		snprintf(c->text[COL_PREMIUM], sizeof c->text[0], "—");
}

static int text_cols(const char *s)
{
	return (int)utf8_width(s, strlen(s));
}

static size_t band_count(const struct tui *t)
{
	return t->g ? t->g->band_count : 0;
}

/* The ask and floor lines under the table, when the pane still shows
 * three regions (or all) with them. */
static int ask_lines(const struct tui *t, const struct pane *p)
{
	size_t n = band_count(t);
	int rows = n < 3 ? (int)n : 3;

	return p->h - 4 >= rows ? 2 : 0;
}

/* The table's rows for regions: the pane less its title, the column
 * headings and the ask lines. */
static int rows_room(const struct tui *t, const struct pane *p)
{
	int n = p->h - 2 - ask_lines(t, p);
	return n < 1 ? 1 : n;
}

/* Every region and the ask lines; at least three regions. */
static void pane_bands_need(struct tui *t, struct pane *p, int width, int *min,
                            int *want)
{
	size_t n = band_count(t);

	(void)p;
	(void)width;
	*min = 2 + (n < 3 ? (int)(n ? n : 1) : 3);
	*want = 2 + (int)(n ? n : 1) + 2;
}

/* The ask or the floor as the guide gives it, every part it names (a
 * floor may be a yearly total alone); the engine's words, as in show. */
static void draw_ask(struct tui *t, struct pane *p, int y, const char *what,
                     const struct ask *a, const struct band *b)
{
	char line[200];
	int x;

	(void)t;
	(void)b;
	x = draw_str(p->win, y, 1, what, p->w - 1, R_BOLD);
	line[0] = ' ';
	guide_ask_text(line + 1, sizeof line - 1, a);
	if (!line[1]) {
		draw_str(p->win, y, 1 + x,
		         " the guide gives none for this region", p->w - 1 - x,
		         R_DIM);
		return;
	}
	draw_str_cut(p->win, y, 1 + x, line, p->w - 2 - x, R_NORMAL);
}

/* The cursor's row stands out while the table has the focus; else the
 * offer's region does, dimmer. */
static enum role row_role(const struct tui *t, size_t k)
{
	if (t->focus == PANE_BANDS)
		return k == t->bands->sel ? R_SELECTED : R_NORMAL;
	return k == t->form.band ? R_SELECTED_DIM : R_NORMAL;
}

/* A band's words when they say something (not a bare "—"), else NULL. */
static const char *words_said(const char *w)
{
	for (const char *c = w; c && *c; c++)
		if ((*c >= '0' && *c <= '9') ||
		    ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'))
			return w;
	return NULL;
}

/* Keep the cursor's region in view, whatever the size now, and say in
 * the title which regions show when not all of them fit. */
static void bands_scroll_and_title(struct tui *t, struct pane *p, int room)
{
	struct bands_view *v = t->bands;
	size_t n = t->g->band_count;
	char title[160];

	if (v->sel < v->top)
		v->top = v->sel;
	if (v->sel >= v->top + (size_t)room)
		v->top = v->sel - (size_t)room + 1;
	if (v->top + (size_t)room > n)
		v->top = n > (size_t)room ? n - (size_t)room : 0;
	if (n > (size_t)room)
		snprintf(title, sizeof title,
		         " — %s · %s · regions %zu–%zu of %zu",
		         t->g->company_display, t->g->role_display, v->top + 1,
		         v->top + (size_t)room, n);
	else
		snprintf(title, sizeof title, " — %s · %s",
		         t->g->company_display, t->g->role_display);
	app_title(t, p, title);
}

/* A column with nothing to show gives its room to the others. */
static void col_hide(struct col_spec *spec)
{
	spec->drop = 9;
	spec->min = 0;
	spec->want = 0;
}

/* Every column's wanted and least width from the cells, and whether any
 * band gives a bonus. */
static bool bands_measure(struct tui *t, const struct band_cells *cells,
                          size_t n, struct col_spec *spec)
{
	struct bands_view *v = t->bands;
	static const int drop[COL_COUNT] = {
		[COL_REGION] = 0, [COL_BASE] = 0,  [COL_EQUITY] = 0,
		[COL_TOTAL] = 2,  [COL_BONUS] = 3, [COL_PREMIUM] = 4,
		[COL_OFFER] = 1};
	bool any_bonus = false;
	int i, reserve = text_cols(col_names[COL_OFFER]);

	for (i = 0; i < COL_COUNT; i++) {
		spec[i].want = text_cols(col_names[i]);
		spec[i].min = i == COL_REGION ? 6 : 8;
		spec[i].drop = drop[i];
	}
	for (size_t k = 0; k < n; k++) {
		const struct band *b = &t->g->bands[k];
		for (i = 0; i < COL_COUNT; i++) {
			int w = text_cols(cells[k].text[i]);
			/* Prose cells may be cut; figures should fit whole. */
			if (cells[k].words && w > 14)
				w = 14;
			if (w > spec[i].want)
				spec[i].want = w;
			if (!cells[k].words && i != COL_REGION &&
			    w > spec[i].min)
				spec[i].min = w;
		}
		any_bonus = any_bonus || b->bonus_pct >= 0;
		/* Region names whole, up to a point. */
		int w = text_cols(cells[k].text[COL_REGION]);
		if (w > spec[COL_REGION].min)
			spec[COL_REGION].min = w < 16 ? w : 16;
		/* The offer's column keeps room for an offer as high as the
		 * band's top, so that typing one does not move the table. */
		if (band_has_numbers(b)) {
			char amt[48];
			money_short(amt, sizeof amt, b->total_high,
			            band_currency(b), false);
			w = text_cols(amt) + 2 + (int)strlen(" above");
			if (w > reserve)
				reserve = w;
		}
	}
	if (!t->g->premium.present)
		col_hide(&spec[COL_PREMIUM]);
	if (!any_bonus)
		col_hide(&spec[COL_BONUS]);
	if (spec[COL_OFFER].min < reserve)
		spec[COL_OFFER].min = reserve;
	/* The partial redraw keeps to this table only while a full one
	 * would lay it out the same. */
	v->offer_reserve = reserve;
	v->offer_min = spec[COL_OFFER].min;
	return any_bonus;
}

static void bands_draw_heads(struct tui *t, struct pane *p, const int *widths)
{
	struct bands_view *v = t->bands;
	int x = 2;

	v->offer_w = 0;
	for (int i = 0; i < COL_COUNT; i++) {
		if (!widths[i])
			continue;
		draw_str(p->win, 1, x, col_names[i], widths[i], R_DIM);
		if (i == COL_OFFER) {
			v->offer_x = x;
			v->offer_w = widths[i];
		}
		x += widths[i] + 2;
	}
}

/* One region's row at y: its marks at the left edge, then its cells. */
static void bands_draw_row(struct tui *t, struct pane *p, size_t k, int y,
                           int room, const struct band_cells *cells,
                           const int *widths)
{
	struct bands_view *v = t->bands;
	const struct band *b = &t->g->bands[k];
	enum role r = row_role(t, k);
	size_t n = t->g->band_count;
	int x = 2;

	if (r != R_NORMAL)
		draw_fill(p->win, y, 0, p->w, r);
	if (b == app_band(t))
		draw_str(p->win, y, 0, "▸", 1, r);
	/* Rows out of view are marked at the edge they are past. */
	if (k == v->top && k > 0)
		draw_str(p->win, y, 1, "↑", 1, r == R_NORMAL ? R_DIM : r);
	else if (k + 1 == v->top + (size_t)room && k + 1 < n)
		draw_str(p->win, y, 1, "↓", 1, r == R_NORMAL ? R_DIM : r);
	for (int i = 0; i < COL_COUNT; i++) {
		enum role cr = r;
		if (!widths[i])
			continue;
		if (r == R_NORMAL && cells->words && i != COL_REGION)
			cr = R_DIM;
		if (r == R_NORMAL && i == COL_PREMIUM)
			cr = R_GAUGE_PREMIUM;
		if (r == R_NORMAL && i == COL_OFFER)
			cr = cells->offer_role;
		draw_str_cut(p->win, y, x, cells->text[i], widths[i], cr);
		x += widths[i] + 2;
	}
}

/* A region without figures: the words the table's cells cut, whole,
 * the base's on the first row, the other parts' on the second. */
static void bands_draw_words(struct pane *p, int y, const struct band *sel)
{
	const char *part[3] = {"equity", "bonus", "total"};
	const char *said[3] = {words_said(sel->words.equity),
	                       words_said(sel->words.bonus),
	                       words_said(sel->words.total)};
	char line[600];
	size_t used = 0;

	snprintf(line, sizeof line, "%s has no figures; the guide says: %s",
	         sel->region,
	         words_said(sel->words.base) ? sel->words.base
	                                     : "nothing more");
	draw_str_cut(p->win, y++, 1, line, p->w - 2, R_BETWEEN);
	line[0] = '\0';
	for (int pt = 0; pt < 3 && used < sizeof line; pt++)
		if (said[pt])
			used += (size_t)snprintf(
				line + used, sizeof line - used, "%s%s: %s",
				used ? " · " : "", part[pt], said[pt]);
	if (line[0] && y < p->h)
		draw_str_cut(p->win, y, 1, line, p->w - 2, R_BETWEEN);
}

static void pane_bands_draw(struct tui *t, struct pane *p)
{
	struct bands_view *v = t->bands;
	struct col_spec spec[COL_COUNT];
	int widths[COL_COUNT], y, room = rows_room(t, p);
	const struct band *sel;
	struct band_cells *cells;
	size_t k, n;

	if (!t->g) {
		app_title(t, p, NULL);
		draw_str(p->win, 2, 1, "Open a guide from the list (Enter).",
		         p->w - 2, R_DIM);
		return;
	}
	n = t->g->band_count;
	if (v->sel >= n)
		v->sel = t->form.band < n ? t->form.band : 0;
	sel = n ? &t->g->bands[v->sel] : NULL;
	bands_scroll_and_title(t, p, room);
	if (n == 0) {
		draw_str(p->win, 2, 1, "This guide has no pay bands.", p->w - 2,
		         R_DIM);
		return;
	}
	cells = xcalloc(n, sizeof *cells);
	for (k = 0; k < n; k++)
		band_cells(t, &t->g->bands[k], &cells[k]);
	bool any_bonus = bands_measure(t, cells, n, spec);
	table_layout(spec, COL_COUNT, p->w - 3, 2, widths);
	if (!t->g->premium.present)
		widths[COL_PREMIUM] = 0;
	if (!any_bonus)
		widths[COL_BONUS] = 0;
	bands_draw_heads(t, p, widths);
	y = 2;
	v->first = v->top;
	for (k = v->top; k < n && y < 2 + room; k++, y++) {
		v->end = k + 1;
		bands_draw_row(t, p, k, y, room, &cells[k], widths);
	}
	free(cells);
	if (!sel || y >= p->h)
		return;
	if (!band_has_numbers(sel)) {
		bands_draw_words(p, y, sel);
		return;
	}
	draw_ask(t, p, y++, "Ask  ", sel->target, sel);
	if (y < p->h)
		draw_ask(t, p, y, "Floor", sel->floor, sel);
}

/* Only the offer changed: redraw its column, if it still fits. */
static bool pane_bands_draw_part(struct tui *t, struct pane *p)
{
	struct bands_view *v = t->bands;
	struct band_cells *c;
	bool fits = true;
	size_t k, n;
	int w = v->offer_w;

	if (!t->g || w <= 0 || v->end > t->g->band_count || v->first >= v->end)
		return false;
	n = t->g->band_count;
	c = xcalloc(n, sizeof *c);
	int need = v->offer_reserve;
	for (k = 0; k < n; k++) {
		const struct band *b = &t->g->bands[k];
		int cw;
		if (!band_has_numbers(b)) {
			snprintf(c[k].text[COL_OFFER], sizeof c[k].text[0],
			         "—");
			c[k].offer_role = R_DIM;
		} else {
			offer_cell(t, b, &c[k]);
		}
		cw = text_cols(c[k].text[COL_OFFER]);
		if (cw > need)
			need = cw;
	}
	fits = need == v->offer_min;
	for (k = v->first; k < v->end && fits; k++) {
		enum role r = row_role(t, k);
		int y = 2 + (int)(k - v->first);
		draw_fill(p->win, y, v->offer_x, w, r);
		draw_str_cut(p->win, y, v->offer_x, c[k].text[COL_OFFER], w,
		             r == R_NORMAL ? c[k].offer_role : r);
	}
	free(c);
	return fits;
}

/* Move the cursor to row k (clamped); only the table changes. */
static enum pane_result move_cursor(struct tui *t, size_t k)
{
	size_t n = t->g ? t->g->band_count : 0;

	if (n == 0)
		return PANE_HANDLED;
	t->bands->sel = k < n ? k : n - 1;
	return PANE_REDRAW;
}

/* The region under the cursor becomes the offer's. */
static void pick(struct tui *t)
{
	struct bands_view *v = t->bands;
	if (t->g && v->sel < t->g->band_count && v->sel != t->form.band)
		session_set_region(t, v->sel);
}

static enum pane_result pane_bands_key(struct tui *t, struct pane *p,
                                       enum action a, int key)
{
	struct bands_view *v = t->bands;
	size_t n = t->g ? t->g->band_count : 0;

	(void)p;
	(void)key;
	if (n == 0)
		return PANE_IGNORED;
	switch (a) {
	case ACT_UP: return move_cursor(t, v->sel > 0 ? v->sel - 1 : 0);
	case ACT_DOWN: return move_cursor(t, v->sel + 1);
	case ACT_TOP:
	case ACT_PAGE_UP: return move_cursor(t, 0);
	case ACT_BOTTOM:
	case ACT_PAGE_DOWN: return move_cursor(t, n - 1);
	case ACT_EDIT_REGION:
		pick(t);
		t->form.field = FIELD_BASE;
		focus_set(t, PANE_OFFER);
		return PANE_HANDLED;
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_bands_mouse(struct tui *t, struct pane *p, int y,
                                         int x, int wheel)
{
	struct bands_view *v = t->bands;
	size_t n = t->g ? t->g->band_count : 0, k;

	(void)x;
	if (n == 0)
		return PANE_HANDLED;
	if (wheel)
		return move_cursor(t, wheel < 0 ? (v->sel ? v->sel - 1 : 0)
		                                : v->sel + 1);
	if (y < 2 || y - 2 >= rows_room(t, p))
		return PANE_HANDLED;
	k = v->top + (size_t)(y - 2);
	if (k >= n)
		return PANE_HANDLED;
	/* A click on the cursor's row picks it, as Enter does. */
	if (k == v->sel) {
		pick(t);
		return PANE_REDRAW;
	}
	return move_cursor(t, k);
}

static const enum action_ctx *pane_bands_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx chain[] = {CTX_BANDS, CTX_MOVE, CTX_GLOBAL,
	                                        CTX_NONE};
	(void)t;
	(void)p;
	return chain;
}

/* Each band's premium range, as the calculator computes it for an
 * empty offer: once a guide, not per keystroke. */
static void premiums_work_out(struct tui *t)
{
	struct bands_view *v = t->bands;

	free(v->premiums);
	v->premiums = NULL;
	v->premium_count = 0;
	if (!t->g)
		return;
	v->premiums = xcalloc(t->g->band_count ? t->g->band_count : 1,
	                      sizeof *v->premiums);
	v->premium_count = t->g->band_count;
	for (size_t i = 0; i < t->g->band_count; i++) {
		struct offer none;
		struct offer_result r;
		offer_init(&none);
		offer_compare(t->g, &t->g->bands[i], &none, &r);
		v->premiums[i].known = r.premium_known;
		v->premiums[i].on = r.premium_on;
		v->premiums[i].low = r.premium_low;
		v->premiums[i].high = r.premium_high;
	}
}

static void pane_bands_changed(struct tui *t, struct pane *p, enum app_event ev)
{
	struct bands_view *v = t->bands;
	switch (ev) {
	case APP_GUIDE_OPENED:
		premiums_work_out(t);
		v->top = 0;
		v->sel = t->form.band;
		break;
	case APP_OFFER_CHANGED:
		/* The offer in every region: its column alone. */
		p->part_dirty = true;
		break;
	case APP_REGION_PICKED:
		v->sel = t->form.band;
		p->dirty = true;
		break;
	case APP_FOCUS_MOVED:
		/* Away from the table, its cursor goes back to the offer's
		 * region: what it showed was only a look. */
		if (t->focus != PANE_BANDS && v->sel != t->form.band) {
			v->sel = t->form.band;
			p->dirty = true;
		}
		break;
	default: break;
	}
}

static void pane_bands_start(struct tui *t, struct pane *p)
{
	(void)p;
	if (!t->bands)
		t->bands = xcalloc(1, sizeof *t->bands);
}

static void pane_bands_stop(struct tui *t, struct pane *p)
{
	(void)p;
	if (!t->bands)
		return;
	free(t->bands->premiums);
	t->bands->premiums = NULL;
	t->bands->premium_count = 0;
}

static bool pane_bands_works(struct tui *t, struct pane *p, enum action a)
{
	(void)p;
	if (a == ACT_EDIT_REGION)
		return t->g && t->g->band_count > 0;
	return true;
}

const struct pane_ops pane_bands_ops = {
	.name = "Bands",
	.draw = pane_bands_draw,
	.key = pane_bands_key,
	.mouse = pane_bands_mouse,
	.draw_part = pane_bands_draw_part,
	.chain = pane_bands_chain,
	.changed = pane_bands_changed,
	.start = pane_bands_start,
	.stop = pane_bands_stop,
	.need = pane_bands_need,
	.works = pane_bands_works,
};
