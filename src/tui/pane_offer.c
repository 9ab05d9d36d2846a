/* pane_offer.c - the offer form and, under it, what the offer is worth
 * against the band: totals, gaps to the ask and the floor, the premium
 * range and a gauge per part.  Recomputed at every keystroke. */
#include "tui/pane_offer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

#include "tui/app.h"
#include "tui/focus.h"
#include "tui/session.h"
#include "tui/draw.h"
#include "tui/gauge.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

#define LABEL_W 9

static int field_width(const struct pane *p)
{
	int w = (p->w - LABEL_W) / 3;
	return w < 8 ? 8 : (w > 16 ? 16 : w);
}

/* Where a value sits in the band, or nothing when that is unknown. */
static const char *position_word(enum band_position pos)
{
	return pos == POS_UNKNOWN ? "" : offer_position_text(pos);
}

/* " (×0.92)" after an amount typed in another currency: the rate. */
static void rate_note(const struct tui *t, enum form_field f, char *buf,
                      size_t size)
{
	const struct entry_part *c = form_field_read(&t->form, f);

	buf[0] = '\0';
	if (c && c->converted)
		snprintf(buf, size, " (%s×%.4g)", c->from.code, c->rate);
}

/* Who the value setting applies to, in a few words. */
static void value_note(const struct tui *t, char *buf, size_t size)
{
	bool company = t->guide_private;
	bool offer = t->form.on[FIELD_PRIVATE];
	double pct = t->offer.private_value_pct;

	if (!company && !offer)
		snprintf(buf, size, "%% of face; no private equity here");
	else
		snprintf(buf, size, "%g%% of face for %s%s%s", pct,
		         company ? t->g->company_display : "",
		         company && offer ? " and the offer" : "",
		         !company && offer ? "the offer's grant" : "");
}

/* What follows a text field: its error, or what it was read as. */
static void draw_field_note(struct tui *t, struct pane *p, int y, int x,
                            enum form_field f)
{
	const struct band *b = app_band(t);
	char buf[160], amt[32], rate[32];
	int room = p->w - x - 1;

	if (room <= 0)
		return;
	const struct entry_part *read = form_field_read(&t->form, f);
	if (read && read->error[0]) {
		snprintf(buf, sizeof buf, "✗ %s", read->error);
		draw_str_cut(p->win, y, x, buf, room, R_ERROR);
		return;
	}
	buf[0] = '\0';
	rate_note(t, f, rate, sizeof rate);
	switch (f) {
	case FIELD_BASE:
		if (!amount_known(t->offer.base))
			break;
		money_short(amt, sizeof amt, t->offer.base, band_currency(b), false);
		snprintf(buf, sizeof buf, "%s%s %s", amt, rate,
		         position_word(t->res.base_pos));
		break;
	case FIELD_EQUITY:
		if (!amount_known(t->offer.equity_4y)) {
			snprintf(buf, sizeof buf, "%s (C-t)",
			         t->form.per_year[FIELD_EQUITY] ? "per year" : "4-year grant");
			break;
		}
		money_short(amt, sizeof amt, t->offer.equity_4y, band_currency(b), false);
		snprintf(buf, sizeof buf, "%s%s/4y%s %s",
		         t->form.per_year[FIELD_EQUITY] ? "/yr → " : "", amt, rate,
		         position_word(t->res.equity_pos));
		break;
	case FIELD_BONUS:
		if (t->offer.bonus_pct >= 0) {
			money_short(amt, sizeof amt, t->res.bonus, band_currency(b), false);
			snprintf(buf, sizeof buf, "of base = %s/yr", amt);
		} else if (!amount_known(t->offer.bonus)) {
			snprintf(buf, sizeof buf, "amount or %%");
		} else if (rate[0]) {
			money_short(amt, sizeof amt, t->offer.bonus, band_currency(b), false);
			snprintf(buf, sizeof buf, "%s%s", amt, rate);
		}
		break;
	case FIELD_SIGN_ON:
		if (!amount_known(t->offer.sign_on)) {
			snprintf(buf, sizeof buf, "one-off, year one");
		} else if (rate[0]) {
			money_short(amt, sizeof amt, t->offer.sign_on, band_currency(b), false);
			snprintf(buf, sizeof buf, "%s%s", amt, rate);
		}
		break;
	case FIELD_VESTING:
		if (lineedit_empty(&t->form.text[FIELD_VESTING]))
			snprintf(buf, sizeof buf, "25/25/25/25, 1-yr cliff");
		else
			snprintf(buf, sizeof buf, "year one vests %g%%",
			         t->offer.vest_pct[0]);
		break;
	case FIELD_VALUE:
		value_note(t, buf, sizeof buf);
		break;
	default:
		break;
	}
	draw_str_cut(p->win, y, x, buf, room, buf[0] ? R_DIM : R_NORMAL);
}

/* What a ticked or clear flag field means, beside its box. */
static const char *flag_words(enum form_field f, bool on)
{
	switch (f) {
	case FIELD_PREMIUM:
		return on ? "agentic premium claimed (p)"
		          : "agentic premium not claimed (p)";
	case FIELD_PRIVATE:
		return on ? "the offer's equity is private (pre-IPO)"
		          : "the offer's equity is liquid (RSUs)";
	default:
		return on ? "yes" : "no";
	}
}

static void draw_fields(struct tui *t, struct pane *p, int *y)
{
	bool focus = t->focus == PANE_OFFER;
	const struct band *b = app_band(t);
	int fw = field_width(p), f;
	char buf[128];

	for (f = 0; f < FIELD_COUNT && *y < p->h; f++, (*y)++) {
		bool here = focus && t->form.field == (enum form_field)f;
		enum role lr = here ? R_BOLD : R_NORMAL;
		int x;

		draw_str(p->win, *y, 0, here ? "▸" : " ", 1, lr);
		draw_str(p->win, *y, 1, form_field_label((enum form_field)f),
		         LABEL_W - 1, lr);
		x = LABEL_W;
		if (f == FIELD_REGION) {
			enum role r = here ? R_FIELD_FOCUS : R_FIELD;
			x += draw_str(p->win, *y, x, "◂ ", 2, r);
			x += draw_guide_str(p->win, *y, x, b ? b->region : "—",
			                    p->w - x - 8, r);
			x += draw_str(p->win, *y, x, " ▸", 2, r);
			if (b) {
				snprintf(buf, sizeof buf, " %s", b->currency.code);
				draw_str(p->win, *y, x, buf, p->w - x, R_DIM);
			}
		} else if (!form_field_is_text((enum form_field)f)) {
			enum role r = here ? R_FIELD_FOCUS : R_FIELD;
			bool on = t->form.on[f];
			x += draw_str(p->win, *y, x, on ? "[x]" : "[ ]", 3, r);
			draw_str_cut(p->win, *y, x + 1,
			             flag_words((enum form_field)f, on),
			             p->w - x - 2, R_DIM);
		} else {
			int cx;
			draw_editor(p->win, *y, x, fw, &t->form.text[f],
			            here ? R_FIELD_FOCUS : R_FIELD, &cx);
			if (here) {
				p->cur_y = *y;
				p->cur_x = cx < x + fw ? cx : x + fw - 1;
			}
			draw_field_note(t, p, *y, x + fw + 1, (enum form_field)f);
		}
	}
}

/* An amount in a currency with no rate: say which line the rates file
 * needs, and where that file is.  Returns the rows drawn. */
static int draw_rate_help(struct tui *t, struct pane *p, int y)
{
	const struct entry_reading *f = &t->form.read;
	struct wrap_line *wl;
	char line[800];
	size_t n, k;
	int rows = 0;

	if (!f->missing_from.code[0] || !f->missing_to.code[0])
		return 0;
	snprintf(line, sizeof line,
	         "No %s→%s rate. Add a line such as \"1 %s = 0.92 %s\" (with "
	         "today's rate) to %s",
	         f->missing_from.code, f->missing_to.code, f->missing_from.code,
	         f->missing_to.code, t->rates_path);
	n = wrap_text(line, strlen(line), p->w - 2, &wl);
	for (k = 0; k < n && k < 3 && y + rows < p->h; k++, rows++) {
		char *part = xstrndup(line + wl[k].start, wl[k].len);
		draw_str_cut(p->win, y + rows, 1, part, p->w - 2, R_BETWEEN);
		free(part);
	}
	free(wl);
	return rows;
}

/* The risk setting, where it changes the totals. */
static int draw_risk(struct tui *t, struct pane *p, int y)
{
	bool company = t->res.guide_equity_pct < 100;
	bool offer = t->res.offer_equity_pct < 100;
	char line[200];

	if ((!company && !offer) || y >= p->h)
		return 0;
	snprintf(line, sizeof line, "private equity at %g%% of face (%s%s%s)",
	         t->offer.private_value_pct,
	         company ? t->g->company_display : "",
	         company && offer ? ", offer" : "",
	         !company && offer ? "the offer's" : "");
	draw_str(p->win, y, 1, "Risk ", 6, R_BOLD);
	draw_str_cut(p->win, y, 7, line, p->w - 8, R_BETWEEN);
	return 1;
}

static void draw_totals(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	char a[32], f[32], four[32], line[160];

	if (!amount_known(t->res.annual_total)) {
		draw_str_cut(p->win, y, 1,
		             "Type the offer's base (e.g. 130k) to see its worth.",
		             p->w - 2, R_DIM);
		return;
	}
	money_short(a, sizeof a, t->res.annual_total, band_currency(b), false);
	money_short(f, sizeof f, t->res.first_year_total, band_currency(b), false);
	money_short(four, sizeof four, t->res.four_year_total, band_currency(b), false);
	snprintf(line, sizeof line, "%s/yr · year one %s · 4 years %s", a, f,
	         four);
	/* The short form keeps all three numbers in a narrow pane. */
	if ((int)utf8_width(line, strlen(line)) > p->w - 8)
		snprintf(line, sizeof line, "%s/yr · yr1 %s · 4y %s", a, f, four);
	draw_str(p->win, y, 1, "Total ", p->w - 2, R_BOLD);
	draw_str_cut(p->win, y, 7, line, p->w - 8, R_BOLD);
}

/* One cell of the gap table: the reference, then the gap coloured. */
static void gap_cell(struct pane *p, int y, int x, int w, amount_t ref,
                     amount_t gap, enum role r, const struct band *b)
{
	char rs[32], gs[32];
	int rw, gw;

	if (!amount_known(ref)) {
		draw_str(p->win, y, x, "—", w, R_DIM);
		return;
	}
	money_short(rs, sizeof rs, ref, band_currency(b), false);
	if (!amount_known(gap)) {
		draw_str(p->win, y, x, rs, w, R_NORMAL);
		return;
	}
	money_short(gs, sizeof gs, gap, band_currency(b), true);
	rw = (int)utf8_width(rs, strlen(rs));
	gw = (int)utf8_width(gs, strlen(gs));
	if (rw + 1 + gw <= w) {
		draw_str(p->win, y, x, rs, w, R_NORMAL);
		draw_str(p->win, y, x + rw + 1, gs, w - rw - 1, r);
	} else {
		draw_str(p->win, y, x, gs, w, r);
	}
}

static int draw_gaps(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	const struct offer_result *r = &t->res;
	int cw = (p->w - 7) / 3, x0 = 7;
	enum role rb, re, rt;
	int k;

	if (!b || (!ask_known(&b->target) && !ask_known(&b->floor))) {
		draw_str_cut(p->win, y, 1,
		             "No ask or floor for this region in the guide.",
		             p->w - 2, R_DIM);
		return 1;
	}
	draw_str(p->win, y, x0, "Base", cw, R_DIM);
	draw_str(p->win, y, x0 + cw, "Equity (4y)", cw, R_DIM);
	/* The ask's total counts the band's bonus: say so when none was
	 * typed, rather than call the offer short by it. */
	draw_str_cut(p->win, y, x0 + 2 * cw,
	             offer_lacks_band_bonus(r)
	                     ? "Total / yr (ask counts the band's bonus; none typed)"
	                     : "Total / yr",
	             p->w - x0 - 2 * cw - 1, R_DIM);
	rb = theme_gap_role(r->vs_target.base, r->vs_floor.base);
	re = theme_gap_role(r->vs_target.equity, r->vs_floor.equity);
	rt = theme_gap_role(r->vs_target.annual_total, r->vs_floor.annual_total);
	for (k = 0; k < 2 && y + 1 + k < p->h; k++) {
		const struct ask *a = k == 0 ? &b->target : &b->floor;
		const struct gap *g = k == 0 ? &r->vs_target : &r->vs_floor;
		int row = y + 1 + k;
		draw_str(p->win, row, 1, k == 0 ? "Ask" : "Floor", 6, R_BOLD);
		gap_cell(p, row, x0, cw - 1, a->base, g->known ? g->base : AMOUNT_NONE,
		         rb, b);
		gap_cell(p, row, x0 + cw, cw - 1, a->equity,
		         g->known ? g->equity : AMOUNT_NONE, re, b);
		gap_cell(p, row, x0 + 2 * cw, p->w - x0 - 2 * cw - 1,
		         offer_ask_annual(b, a, r->guide_equity_pct),
		         g->known ? g->annual_total : AMOUNT_NONE,
		         rt, b);
	}
	return 3;
}

static void draw_premium(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	const struct premium *pr = &t->g->premium;
	char range[64], line[320], name[120];

	if (!pr->present) {
		draw_str_cut(p->win, y, 1, "The guide names no premium.",
		             p->w - 2, R_DIM);
		return;
	}
	guide_premium_text(name, sizeof name, pr);
	if (t->res.premium_known) {
		money_format_range(range, sizeof range, t->res.premium_equity_low, t->res.premium_equity_high, band_currency(b), MONEY_SHORT);
		/* The range first: it is what a narrow screen must show. */
		snprintf(line, sizeof line, "equity %s%s · %s", range,
		         t->form.on[FIELD_PREMIUM] ? " (claimed)" : "", name);
	} else {
		snprintf(line, sizeof line, "%s on %s", name,
		         pr->applies_to ? pr->applies_to : "equity");
	}
	draw_str(p->win, y, 1, "Premium ", 8, R_BOLD);
	draw_guide_str(p->win, y, 9, line, p->w - 10, R_GAUGE_PREMIUM);
}

static enum role gauge_role(enum gauge_role r)
{
	switch (r) {
	case GAUGE_OUTSIDE: return R_GAUGE_OUT;
	case GAUGE_BAND: return R_GAUGE_BAND;
	case GAUGE_PREMIUM: return R_GAUGE_PREMIUM;
	case GAUGE_FLOOR: return R_GAUGE_FLOOR;
	case GAUGE_TARGET: return R_GAUGE_TARGET;
	case GAUGE_OFFER: return R_GAUGE_OFFER;
	}
	return R_NORMAL;
}

static void draw_gauge(struct tui *t, struct pane *p, int y, const char *label,
                       const struct gauge_marks *m)
{
	const struct band *b = app_band(t);
	struct gauge_cell cells[256];
	struct gauge g;
	int x = 8, w = p->w - 9, i, ends = 0, lw, hw;
	char lo[32], hi[32];

	draw_str(p->win, y, 1, label, 7, R_DIM);
	if (w > (int)(sizeof cells / sizeof cells[0]))
		w = (int)(sizeof cells / sizeof cells[0]);
	/* First at full width, to learn the values at the two ends. */
	if (gauge_layout(m, w, cells, &g) != 0) {
		draw_str(p->win, y, x, "no band figures", p->w - x, R_DIM);
		return;
	}
	money_short(lo, sizeof lo, g.lo, band_currency(b), false);
	money_short(hi, sizeof hi, g.hi, band_currency(b), false);
	lw = (int)utf8_width(lo, strlen(lo));
	hw = (int)utf8_width(hi, strlen(hi));
	ends = (lw > hw ? lw : hw) + 1;
	if (w - 2 * ends >= 24) {
		/* Room for the values at both ends. */
		w -= 2 * ends;
		gauge_layout(m, w, cells, &g);
		draw_str(p->win, y, x + ends - 1 - lw, lo, lw, R_DIM);
		draw_str(p->win, y, x + ends + w + 1, hi, hw, R_DIM);
		x += ends;
	}
	for (i = 0; i < w; i++)
		draw_cp(p->win, y, x + i, cells[i].ch, gauge_role(cells[i].role));
}

static void draw_gauges(struct tui *t, struct pane *p, int y, int rows)
{
	const struct band *b = app_band(t);
	const struct offer_result *r = &t->res;
	struct gauge_marks m;

	if (rows < 1)
		return;
	m = (struct gauge_marks){ b->base_low, b->base_high, b->floor.base,
	                          b->target.base, AMOUNT_NONE, AMOUNT_NONE,
	                          r->base };
	draw_gauge(t, p, y, "Base", &m);
	if (rows < 2)
		return;
	m = (struct gauge_marks){ b->stock_low, b->stock_high, b->floor.equity,
	                          b->target.equity,
	                          r->premium_known ? r->premium_equity_low
	                                           : AMOUNT_NONE,
	                          r->premium_known ? r->premium_equity_high
	                                           : AMOUNT_NONE,
	                          r->equity_4y };
	draw_gauge(t, p, y + 1, "Equity", &m);
	if (rows < 3)
		return;
	m = (struct gauge_marks){ b->total_low, b->total_high,
	                          offer_ask_annual(b, &b->floor,
	                                           r->guide_equity_pct),
	                          offer_ask_annual(b, &b->target,
	                                           r->guide_equity_pct),
	                          AMOUNT_NONE,
	                          AMOUNT_NONE, r->annual_total };
	draw_gauge(t, p, y + 2, "Total", &m);
	if (rows < 4)
		return;
	draw_str_cut(p->win, y + 3, 8, "F floor  T ask  ● offer  ▒ premium",
	             p->w - 9, R_DIM);
}

/* What each of the four years pays (vesting and sign-on included). */
static void draw_years(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	char line[200], amt[32];
	size_t len = 0;
	int k;

	if (!amount_known(t->res.year_value[0]))
		return;
	for (k = 0; k < 4; k++) {
		money_short(amt, sizeof amt, t->res.year_value[k], band_currency(b), false);
		len += (size_t)snprintf(line + len, sizeof line - len, "%s%d: %s",
		                        k ? " · " : "", k + 1, amt);
		if (len >= sizeof line)
			break;
	}
	draw_str(p->win, y, 1, "Years", 7, R_DIM);
	draw_str_cut(p->win, y, 8, line, p->w - 9, R_NORMAL);
}

static void draw_words(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	const char *labels[4] = { "Base", "Equity", "Bonus", "Total" };
	const char *words[4] = { b->words.base, b->words.equity, b->words.bonus,
	                         b->words.total };
	int k;

	draw_str_cut(p->win, y++, 1, "No figures for this region; the guide says:",
	             p->w - 2, R_BETWEEN);
	for (k = 0; k < 4 && y < p->h; k++) {
		if (!words[k])
			continue;
		draw_str(p->win, y, 1, labels[k], 7, R_DIM);
		draw_str_cut(p->win, y++, 9, words[k], p->w - 10, R_NORMAL);
	}
}

static void pane_offer_draw(struct tui *t, struct pane *p)
{
	const struct band *b = app_band(t);
	char title[160];
	int y = 1, left;

	if (!t->g || !b) {
		app_title(t, p, NULL);
		draw_str(p->win, 2, 1,
		         t->g ? "This guide has no regions." : "Open a guide first.",
		         p->w - 2, R_DIM);
		return;
	}
	if (amount_known(t->res.annual_total) && band_has_numbers(b))
		snprintf(title, sizeof title, " — %s · %s", b->region,
		         offer_verdict_text(t->res.verdict));
	else
		snprintf(title, sizeof title, " — %s", b->region);
	app_title(t, p, title);
	draw_fields(t, p, &y);
	if (y >= p->h)
		return;
	y += draw_rate_help(t, p, y);
	if (y >= p->h)
		return;
	draw_totals(t, p, y++);
	y += draw_risk(t, p, y);
	if (y >= p->h)
		return;
	if (!band_has_numbers(b)) {
		draw_words(t, p, y);
		return;
	}
	y += draw_gaps(t, p, y);
	if (y >= p->h)
		return;
	draw_premium(t, p, y++);
	left = p->h - y;
	draw_gauges(t, p, y, left > 4 ? 4 : left);
	y += 5;
	if (y < p->h)
		draw_years(t, p, y);
}

static void set_field(struct tui *t, int f)
{
	if (f < 0)
		f = 0;
	if (f >= FIELD_COUNT)
		f = FIELD_COUNT - 1;
	t->form.field = (enum form_field)f;
	t->status_dirty = true;
}

static void step_region(struct tui *t, int dir)
{
	size_t n = t->g ? t->g->band_count : 0;

	if (n == 0)
		return;
	session_set_region(t, (t->form.band + n + (size_t)(dir < 0 ? n - 1 : 1)) % n);
}

static enum pane_result pane_offer_key(struct tui *t, struct pane *p,
                                  enum action a, int key)
{
	enum form_field f = t->form.field;
	int i;

	(void)p;
	switch (a) {
	case ACT_FIELD_NEXT:
		/* Tab from the last field leaves the form, like any form. */
		if (f == FIELD_COUNT - 1) {
			if (key == TK_TAB)
				return PANE_IGNORED;
			return PANE_HANDLED;
		}
		set_field(t, f + 1);
		return PANE_REDRAW;
	case ACT_FIELD_PREV:
		if (f == 0) {
			if (key == TK_FN(KEY_BTAB))
				return PANE_IGNORED;
			return PANE_HANDLED;
		}
		set_field(t, f - 1);
		return PANE_REDRAW;
	case ACT_REGION_PREV:
	case ACT_REGION_NEXT:
		if (f == FIELD_REGION)
			step_region(t, a == ACT_REGION_PREV ? -1 : 1);
		return PANE_HANDLED;
	case ACT_FIELD_TOGGLE:
		if (f == FIELD_REGION) {
			if (key == ' ')
				step_region(t, 1);
			else
				set_field(t, FIELD_BASE);
		} else if (!form_field_is_text(f)) {
			t->form.on[f] = !t->form.on[f];
			session_offer_changed(t);
		}
		return PANE_REDRAW;
	case ACT_FORM_UNIT:
		t->form.per_year[FIELD_EQUITY] = !t->form.per_year[FIELD_EQUITY];
		session_offer_changed(t);
		return PANE_REDRAW;
	case ACT_FORM_CLEAR:
		for (i = 0; i < FIELD_COUNT; i++)
			lineedit_init(&t->form.text[i]);
		session_offer_changed(t);
		return PANE_REDRAW;
	case ACT_FORM_LEAVE:
		focus_set(t, PANE_BANDS);
		return PANE_HANDLED;
	default:
		return PANE_IGNORED;
	}
}

static enum pane_result pane_offer_mouse(struct tui *t, struct pane *p, int y,
                                    int x, int wheel)
{
	int f = y - 1;

	(void)p;
	if (wheel) {
		set_field(t, (int)t->form.field + wheel);
		return PANE_REDRAW;
	}
	if (f < 0 || f >= FIELD_COUNT)
		return PANE_REDRAW;
	set_field(t, f);
	if (f == FIELD_REGION && x >= LABEL_W) {
		/* The arrows either side of the region name. */
		step_region(t, x <= LABEL_W + 1 ? -1 : 1);
	} else if (!form_field_is_text(f) && x >= LABEL_W) {
		t->form.on[f] = !t->form.on[f];
		session_offer_changed(t);
	} else if (f == FIELD_EQUITY && x > LABEL_W + field_width(p)) {
		t->form.per_year[FIELD_EQUITY] = !t->form.per_year[FIELD_EQUITY];
		session_offer_changed(t);
	}
	return PANE_REDRAW;
}

static struct lineedit *pane_offer_editor(struct tui *t, struct pane *p)
{
	(void)p;
	if (!t->g || !form_field_is_text(t->form.field))
		return NULL;
	return &t->form.text[t->form.field];
}

static void pane_offer_edited(struct tui *t, struct pane *p)
{
	(void)p;
	session_offer_changed(t);
}

static const enum action_ctx *pane_offer_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx text[] = { CTX_EDIT, CTX_FORM, CTX_GLOBAL,
	                                        CTX_NONE };
	static const enum action_ctx other[] = { CTX_FORM, CTX_GLOBAL,
	                                         CTX_NONE };
	(void)p;
	return form_field_is_text(t->form.field) ? text : other;
}

static void pane_offer_changed(struct tui *t, struct pane *p,
                               enum app_event ev)
{
	(void)t;
	if (ev == APP_OFFER_CHANGED || ev == APP_GUIDE_OPENED)
		p->dirty = true;
}

const struct pane_ops pane_offer_ops = {
	.name = "Offer",
	.draw = pane_offer_draw,
	.key = pane_offer_key,
	.mouse = pane_offer_mouse,
	.editor = pane_offer_editor,
	/* No amount has a '?', so it opens the help even in a field. */
	.not_typed = "?",
	.edited = pane_offer_edited,
	.chain = pane_offer_chain,
	.changed = pane_offer_changed,
};
