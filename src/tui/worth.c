/* worth.c - the offer pane under its fields: what the offer is worth
 * against the band (see worth.h). */
#include "tui/worth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/draw.h"
#include "tui/gauge.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

/* The parts, in the order they stand on the screen. */
enum part {
	P_RATE,    /* how to add a missing rate */
	P_TOTAL,   /* totals, or how to start */
	P_RISK,    /* private equity's value, where it changes the sums */
	P_WORDS,   /* a region without figures: what the guide says */
	P_GAPS,    /* the ask and the floor, and the offer's gaps to them */
	P_PREMIUM, /* the premium range */
	P_GAUGE_BASE,
	P_GAUGE_EQUITY,
	P_GAUGE_TOTAL,
	P_LEGEND,
	P_YEARS,
	/* The ask's total counts a bonus the offer does not: last, so
	 * that it shows and goes (as a base is typed or erased) without
	 * moving the rows above (issue 18: the bytes of a keystroke). */
	P_BONUS,
	P_COUNT
};

/* Which parts to keep first when rows are short; the first few (to the
 * base gauge) are what the pane is for. */
static const enum part keep_order[P_COUNT] = {
	P_TOTAL, P_WORDS,   P_GAPS,   P_GAUGE_BASE,  P_BONUS,        P_RATE,
	P_RISK,  P_PREMIUM, P_LEGEND, P_GAUGE_TOTAL, P_GAUGE_EQUITY, P_YEARS,
};
#define MUST_KEEP 4

/* A row's label column: "Ask", "Floor", "Base", "Equity", "Total". */
#define LABEL_COLS 7

static const char *short_verdict(enum verdict v)
{
	switch (v) {
	case VERDICT_BELOW_FLOOR: return "below the floor";
	case VERDICT_BETWEEN: return "short of the ask";
	case VERDICT_AT_TARGET: return "meets the ask";
	case VERDICT_ABOVE_BAND: return "above the band";
	case VERDICT_ABOVE_FLOOR: return "above the floor";
	case VERDICT_SHORT_OF_TARGET: return "short of the ask";
	case VERDICT_BAND_BELOW: return "below the band";
	case VERDICT_BAND_IN: return "within the band";
	case VERDICT_BAND_ABOVE: return "above the band";
	case VERDICT_NO_DATA: break;
	}
	return "";
}

int worth_title(const struct tui *t, int width, char *buf, size_t size)
{
	const struct band *b = app_band(t);

	if (!b) {
		buf[0] = '\0';
		return 0;
	}
	if (amount_known(app_offer_row(t)->res.annual_total) &&
	    band_has_numbers(b)) {
		/* The whole verdict where it fits, else its short form. */
		snprintf(buf, size, " — %s · %s", b->region,
		         offer_verdict_text(app_offer_row(t)->res.verdict));
		if ((int)utf8_width(buf, strlen(buf)) <= width)
			return 1;
		snprintf(buf, size, " — %s · %s", b->region,
		         short_verdict(app_offer_row(t)->res.verdict));
		if ((int)utf8_width(buf, strlen(buf)) <= width)
			return 1;
	}
	snprintf(buf, size, " — %s", b->region);
	return 1;
}

static int cols(const char *s)
{
	return (int)utf8_width(s, strlen(s));
}

/* The ask's (or the floor's) one total, from the analysis. */
static const struct ask_total *ref_total(const struct tui *t,
                                         const struct ask *a)
{
	const struct band *b = app_band(t);
	return b && a == b->floor ? &t->an.floor_total : &t->an.ask_total;
}

/* The ask's (or the floor's) yearly total. */
static amount_t ask_total(const struct tui *t, const struct ask *a)
{
	return app_band(t) ? ref_total(t, a)->yearly : AMOUNT_NONE;
}

/* The gap table's columns: the parts, the yearly total, and the totals
 * a guide may judge by instead (a package, a first-year total), shown
 * only where its ask or floor is one, as compare's gaps and the
 * side-by-side table show them. */
enum gap_col { GC_BASE, GC_EQUITY, GC_TOTAL, GC_PACKAGE, GC_FIRST_YEAR };
#define GAP_COLS 5

static const struct {
	const char *head; /* across */
	const char *row;  /* down, at most LABEL_COLS */
} gap_col_names[GAP_COLS] = {
	[GC_BASE] = {"Base", "Base"},
	[GC_EQUITY] = {"Equity (4y)", "Equity"},
	[GC_TOTAL] = {"Total / yr", "Total"},
	[GC_PACKAGE] = {"Base+grant", "Pkg"},
	[GC_FIRST_YEAR] = {"Year one", "Year 1"},
};

/* The reference of column c for the ask or the floor a, and the
 * offer's gap to it (g). */
static void gap_ref(const struct tui *t, const struct ask *a,
                    const struct gap *g, enum gap_col c, amount_t *ref,
                    amount_t *gap)
{
	const struct ask_total *tot = ref_total(t, a);
	bool package_floor = tot->kind == ASK_TOTAL_PACKAGE;
	switch (c) {
	case GC_BASE:
		*ref = package_floor ? AMOUNT_NONE : a->base;
		*gap = g->base;
		break;
	case GC_EQUITY:
		*ref = package_floor ? AMOUNT_NONE : a->equity;
		*gap = g->equity;
		break;
	case GC_TOTAL:
		*ref = tot->yearly;
		*gap = g->annual_total;
		break;
	case GC_PACKAGE:
		*ref = tot->package;
		*gap = g->package;
		break;
	case GC_FIRST_YEAR:
		*ref = tot->kind == ASK_TOTAL_FIRST_YEAR ? tot->first_year
		                                         : AMOUNT_NONE;
		*gap = g->first_year;
		break;
	}
	if (!g->known)
		*gap = AMOUNT_NONE;
}

/* The gap table's cells: rows Ask and Floor, a column per figure shown
 * (col[]); each the reference and the offer's gap to it. */
struct gap_cells {
	int n; /* columns shown */
	enum gap_col col[GAP_COLS];
	char ref[2][GAP_COLS][32], gap[2][GAP_COLS][32];
	enum role role[GAP_COLS];
	int w[GAP_COLS]; /* the widest cell of each column */
};

/* bare: the gaps without their currency ("+15K"), the reference
 * beside them saying which it is. */
static void gap_cells(const struct tui *t, bool bare, struct gap_cells *c)
{
	const struct band *b = app_band(t);
	const struct offer_result *r = &app_offer_row(t)->res;
	const struct ask_total *at = &t->an.ask_total, *ft = &t->an.floor_total;

	memset(c, 0, sizeof *c);
	c->col[c->n++] = GC_BASE;
	c->col[c->n++] = GC_EQUITY;
	c->col[c->n++] = GC_TOTAL;
	if (amount_known(at->package) || amount_known(ft->package))
		c->col[c->n++] = GC_PACKAGE;
	if (at->kind == ASK_TOTAL_FIRST_YEAR ||
	    ft->kind == ASK_TOTAL_FIRST_YEAR)
		c->col[c->n++] = GC_FIRST_YEAR;
	for (int i = 0; i < c->n; i++) {
		amount_t ref[2], gap[2];
		for (int k = 0; k < 2; k++)
			gap_ref(t, k == 0 ? b->target : b->floor,
			        k == 0 ? &r->vs_target : &r->vs_floor,
			        c->col[i], &ref[k], &gap[k]);
		c->role[i] = theme_gap_role(gap[0], gap[1]);
		for (int k = 0; k < 2; k++) {
			money_short(c->ref[k][i], sizeof c->ref[k][i], ref[k],
			            band_currency(b), false);
			if (amount_known(ref[k]) && amount_known(gap[k]))
				money_short(c->gap[k][i], sizeof c->gap[k][i],
				            gap[k],
				            bare ? "" : band_currency(b), true);
			int w = cols(c->ref[k][i]);
			if (c->gap[k][i][0])
				w += 1 + cols(c->gap[k][i]);
			if (w > c->w[i])
				c->w[i] = w;
		}
	}
}

/* A column's heading across. */
static const char *gap_head(const struct gap_cells *c, int i)
{
	return gap_col_names[c->col[i]].head;
}

/* Side by side (parts across, 3 rows) when the cells fit the width,
 * else parts down (a row each, under a heading): values and gaps are
 * never cut. */
static bool gaps_across(const struct gap_cells *c, int width)
{
	int need = 1 + LABEL_COLS, i;

	for (i = 0; i < c->n; i++)
		need += (c->w[i] > cols(gap_head(c, i))
		                 ? c->w[i]
		                 : cols(gap_head(c, i))) +
		        2;
	return need <= width;
}

/* Something for the gap table: a base, an equity or a yearly total of
 * the ask or the floor (a floor may be a total alone). */
static bool has_ask(const struct tui *t)
{
	const struct band *b = app_band(t);

	return b && (ask_known(b->target) || ask_known(b->floor) ||
	             ref_total(t, b->target)->kind != ASK_TOTAL_NONE ||
	             ref_total(t, b->floor)->kind != ASK_TOTAL_NONE);
}

static bool gaps_down_fit(const struct gap_cells *c, int width);
static int gaps_rows_planned(const struct tui *t, int width);

/* Column i's width as planned from the guide's figures alone: a gap is
 * taken to be as wide as its reference and a sign. */
static int gaps_plan_width(const struct gap_cells *c, int i)
{
	int refw = 0;

	for (int k = 0; k < 2; k++)
		if (cols(c->ref[k][i]) > refw)
			refw = cols(c->ref[k][i]);
	return 2 * refw + 2;
}

/* The columns at least as wide as planned where that still fits: the
 * first digit typed (the gaps appear) and the last erased then move no
 * column (issue 18: the bytes of a keystroke). */
static void gaps_widen(struct gap_cells *c, int width, bool across)
{
	struct gap_cells w = *c;

	for (int i = 0; i < c->n; i++)
		if (gaps_plan_width(c, i) > w.w[i])
			w.w[i] = gaps_plan_width(c, i);
	if (across ? gaps_across(&w, width) : gaps_down_fit(&w, width))
		memcpy(c->w, w.w, sizeof c->w);
}

/* The cells as they will be drawn at this width: across when the plan
 * (from the guide's figures: it does not flip as the offer is typed)
 * and the cells allow, else down, with bare gaps when even that is too
 * wide.  True: across. */
static bool gaps_choose(const struct tui *t, int width, struct gap_cells *c)
{
	gap_cells(t, false, c);
	if (gaps_rows_planned(t, width) == 3 && gaps_across(c, width)) {
		gaps_widen(c, width, true);
		return true;
	}
	if (!gaps_down_fit(c, width))
		gap_cells(t, true, c);
	else
		gaps_widen(c, width, false);
	return false;
}

static int gaps_rows(const struct tui *t, int width)
{
	struct gap_cells c;

	if (!has_ask(t))
		return 1;
	return gaps_choose(t, width, &c) ? 3 : 1 + c.n;
}

/* Parts down: the label column and two cells. */
static bool gaps_down_fit(const struct gap_cells *c, int width)
{
	int w0 = c->w[0], i;

	for (i = 1; i < c->n; i++)
		if (c->w[i] > w0)
			w0 = c->w[i];
	return 1 + LABEL_COLS + 2 * w0 + 2 <= width;
}

/* The same, for the layout, from the guide's figures alone: a gap is
 * taken to be as wide as its reference and a sign, so that typing an
 * offer never changes what the pane asks for. */
static int gaps_rows_planned(const struct tui *t, int width)
{
	struct gap_cells c;

	if (!has_ask(t))
		return 1;
	gap_cells(t, false, &c);
	for (int i = 0; i < c.n; i++)
		c.w[i] = gaps_plan_width(&c, i);
	return gaps_across(&c, width) ? 3 : 1 + c.n;
}

static void cell(struct pane *p, int y, int x, int w, const char *ref,
                 const char *gap, enum role r)
{
	int used;

	if (!strcmp(ref, "—")) {
		draw_str(p->win, y, x, ref, w, R_DIM);
		return;
	}
	used = draw_str(p->win, y, x, ref, w, R_NORMAL);
	if (gap[0])
		draw_str(p->win, y, x + used + 1, gap, w - used - 1, r);
}

static void draw_gaps(struct tui *t, struct pane *p, int y)
{
	struct gap_cells c;
	int x, i, k;

	if (!has_ask(t)) {
		const struct band *b = app_band(t);
		/* An ask of a sign-on alone is said above: not "none"; one
		 * in another currency is read, not compared. */
		bool some = b && (ask_any(b->target) || ask_any(b->floor));
		const char *other = b ? guide_ask_other_currency(b) : NULL;
		char line[160];
		if (other)
			snprintf(line, sizeof line,
			         "Ask and floor in %s, band in %s: not "
			         "compared.",
			         other, band_currency(b));
		else
			snprintf(
				line, sizeof line, "%s",
				some ? "No base, equity or total asked to "
				       "compare."
				     : "No ask or floor for this region in the "
				       "guide.");
		draw_str_cut(p->win, y, 1, line, p->w - 2, R_DIM);
		return;
	}
	if (gaps_choose(t, p->w, &c)) {
		for (x = 1 + LABEL_COLS, i = 0; i < c.n; i++) {
			int w = c.w[i] > cols(gap_head(&c, i))
			                ? c.w[i]
			                : cols(gap_head(&c, i));
			draw_str(p->win, y, x, gap_head(&c, i), w, R_DIM);
			for (k = 0; k < 2; k++)
				cell(p, y + 1 + k, x, w, c.ref[k][i],
				     c.gap[k][i], c.role[i]);
			x += w + 2;
		}
		draw_str(p->win, y + 1, 1, "Ask", LABEL_COLS, R_BOLD);
		draw_str(p->win, y + 2, 1, "Floor", LABEL_COLS, R_BOLD);
		return;
	}
	/* Parts down, the ask and the floor across. */
	{
		int w0 = c.w[0], x1, x2;
		for (i = 1; i < c.n; i++)
			if (c.w[i] > w0)
				w0 = c.w[i];
		x1 = 1 + LABEL_COLS;
		x2 = x1 + w0 + 2;
		draw_str(p->win, y, x1, "Ask", w0, R_BOLD);
		draw_str(p->win, y, x2, "Floor", p->w - x2, R_BOLD);
		for (i = 0; i < c.n; i++) {
			draw_str(p->win, y + 1 + i, 1,
			         gap_col_names[c.col[i]].row, LABEL_COLS,
			         R_DIM);
			cell(p, y + 1 + i, x1, w0, c.ref[0][i], c.gap[0][i],
			     c.role[i]);
			cell(p, y + 1 + i, x2, p->w - x2 - 1, c.ref[1][i],
			     c.gap[1][i], c.role[i]);
		}
	}
}

/* The rows the note about a missing rate takes at this width. */
static int rate_rows(const struct tui *t, int width, char *line, size_t size)
{
	const struct entry_reading *f = &app_offer_row(t)->read;
	struct wrap_line *wl;
	char path[sizeof t->rates_path + 8];
	size_t n;

	if (!f->missing_from.code[0] || !f->missing_to.code[0])
		return 0;
	draw_path_fit(path, sizeof path, t->rates_path, width - 3); /* and its ";" */
	snprintf(line, size,
	         "No %s→%s rate. Add a line \"1 %s = N %s\" (N: today's "
	         "rate) to %s; it is read again when it changes.",
	         f->missing_from.code, f->missing_to.code, f->missing_from.code,
	         f->missing_to.code, path);
	n = wrap_text(line, strlen(line), width - 2, &wl);
	free(wl);
	return n > 3 ? 3 : (int)n;
}

static void draw_rate(struct tui *t, struct pane *p, int y, int rows)
{
	char line[800];
	struct wrap_line *wl;
	size_t n, k;

	if (!rate_rows(t, p->w, line, sizeof line))
		return;
	n = wrap_text(line, strlen(line), p->w - 2, &wl);
	for (k = 0; k < n && (int)k < rows; k++) {
		char *part = xstrndup(line + wl[k].start, wl[k].len);
		draw_str_cut(p->win, y + (int)k, 1, part, p->w - 2, R_BETWEEN);
		free(part);
	}
	free(wl);
}

static bool risk_shown(const struct tui *t)
{
	return app_offer_row(t)->res.guide_equity_pct < 100 ||
	       app_offer_row(t)->res.offer_equity_pct < 100;
}

static void draw_risk(struct tui *t, struct pane *p, int y)
{
	bool company = app_offer_row(t)->res.guide_equity_pct < 100;
	bool offer = app_offer_row(t)->res.offer_equity_pct < 100;
	char line[200];

	snprintf(line, sizeof line, "private equity at %g%% of face (%s%s%s)",
	         app_offer_row(t)->offer.private_value_pct,
	         company ? t->g->company_display : "",
	         company && offer ? ", offer" : "",
	         !company && offer ? "the offer's" : "");
	draw_str(p->win, y, 1, "Risk ", 6, R_BOLD);
	draw_str_cut(p->win, y, 7, line, p->w - 8, R_BETWEEN);
}

static void draw_total(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	char a[32], f[32], four[32], line[160];

	if (!amount_known(app_offer_row(t)->res.annual_total)) {
		draw_str_cut(p->win, y, 1,
		             "Type a base (e.g. 130k) for its worth.", p->w - 2,
		             R_DIM);
		return;
	}
	money_short(a, sizeof a, app_offer_row(t)->res.annual_total,
	            band_currency(b), false);
	money_short(f, sizeof f, app_offer_row(t)->res.first_year_total,
	            band_currency(b), false);
	money_short(four, sizeof four, app_offer_row(t)->res.four_year_total,
	            band_currency(b), false);
	snprintf(line, sizeof line, "%s/yr · year one %s · 4 years %s", a, f,
	         four);
	/* The short forms keep the numbers that fit in a narrow pane. */
	if (cols(line) > p->w - 8)
		snprintf(line, sizeof line, "%s/yr · yr1 %s · 4y %s", a, f,
		         four);
	if (cols(line) > p->w - 8)
		snprintf(line, sizeof line, "%s/yr · 4 years %s", a, four);
	draw_str(p->win, y, 1, "Total ", p->w - 2, R_BOLD);
	draw_str_cut(p->win, y, 7, line, p->w - 8, R_BOLD);
}

static int words_rows(const struct band *b)
{
	const char *words[4] = {b->words.base, b->words.equity, b->words.bonus,
	                        b->words.total};
	int k, n = 1;

	for (k = 0; k < 4; k++)
		n += words[k] != NULL;
	return n;
}

static void draw_words(struct tui *t, struct pane *p, int y, int rows)
{
	const struct band *b = app_band(t);
	const char *labels[4] = {"Base", "Equity", "Bonus", "Total"};
	int k, end = y + rows;

	if (!b)
		return;
	const char *words[4] = {b->words.base, b->words.equity, b->words.bonus,
	                        b->words.total};

	draw_str_cut(p->win, y++, 1,
	             "No figures for this region; the guide says:", p->w - 2,
	             R_BETWEEN);
	for (k = 0; k < 4 && y < end; k++) {
		if (!words[k])
			continue;
		draw_str(p->win, y, 1, labels[k], 7, R_DIM);
		draw_str_cut(p->win, y++, 9, words[k], p->w - 10, R_NORMAL);
	}
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
	if (app_offer_row(t)->res.premium_known) {
		const struct offer_result *r = &app_offer_row(t)->res;
		money_format_range(range, sizeof range, r->premium_low,
		                   r->premium_high, band_currency(b),
		                   MONEY_SHORT);
		/* The range first: it is what a narrow screen must show; then
		 * the percent (the text's first word), whole: where the name
		 * does not fit, the form's Premium row shows it. */
		for (int pass = 0; pass < 2; pass++) {
			snprintf(line, sizeof line, "%s %s%s · %s",
			         guide_premium_scope_word(r->premium_on), range,
			         t->form.on[FIELD_PREMIUM] ? " (claimed)" : "",
			         name);
			if (utf8_width(line, strlen(line)) <=
			    (size_t)(p->w - 10))
				break;
			name[strcspn(name, " ")] = '\0';
		}
	} else {
		snprintf(line, sizeof line, "%s on %s", name,
		         pr->applies_to ? pr->applies_to : "equity");
	}
	draw_str(p->win, y, 1, "Premium ", 8, R_BOLD);
	draw_str_cut(p->win, y, 9, line, p->w - 10, R_GAUGE_PREMIUM);
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

/* The marks of the gauge for part P_GAUGE_*. */
static struct gauge_marks gauge_marks(const struct tui *t, enum part which)
{
	const struct band *b = app_band(t);
	const struct offer_result *r = &app_offer_row(t)->res;

	/* The premium's marks on the gauge of the part it raises. */
	enum premium_scope on = which == P_GAUGE_BASE     ? PREMIUM_ON_BASE
	                        : which == P_GAUGE_EQUITY ? PREMIUM_ON_EQUITY
	                                                  : PREMIUM_ON_TOTAL;
	bool prem = r->premium_known && r->premium_on == on;
	amount_t plow = prem ? r->premium_low : AMOUNT_NONE;
	amount_t phigh = prem ? r->premium_high : AMOUNT_NONE;

	if (which == P_GAUGE_BASE)
		return (struct gauge_marks){b->base_low,    b->base_high,
		                            b->floor->base, b->target->base,
		                            plow,           phigh,
		                            r->base};
	if (which == P_GAUGE_EQUITY)
		return (struct gauge_marks){
			b->stock_low,      b->stock_high, b->floor->equity,
			b->target->equity, plow,          phigh,
			r->equity_4y};
	return (struct gauge_marks){b->total_low,
	                            b->total_high,
	                            ask_total(t, b->floor),
	                            ask_total(t, b->target),
	                            plow,
	                            phigh,
	                            r->annual_total};
}

#define GAUGE_MAX 256
#define GAUGE_MIN_BAR 12

/* Where the gauges go: every gauge shown starts and ends in the same
 * columns, the values at its ends right- and left-aligned beside it. */
struct gauge_frame {
	int x, w; /* the bar */
	int ends; /* the columns for an end value; 0: none shown */
};

static void gauge_ends(const struct tui *t, const bool *shown, int width,
                       struct gauge_frame *fr)
{
	const struct band *b = app_band(t);
	struct gauge_cell cells[GAUGE_MAX];
	int k, wide = 0;

	fr->x = 1 + LABEL_COLS;
	fr->w = width - fr->x - 1;
	if (fr->w > GAUGE_MAX)
		fr->w = GAUGE_MAX;
	fr->ends = 0;
	for (k = P_GAUGE_BASE; k <= P_GAUGE_TOTAL; k++) {
		struct gauge_marks m = gauge_marks(t, (enum part)k);
		struct gauge g;
		char lo[32], hi[32];
		if (!shown[k] || gauge_layout(&m, fr->w, cells, &g) != 0)
			continue;
		money_short(lo, sizeof lo, g.lo, band_currency(b), false);
		money_short(hi, sizeof hi, g.hi, band_currency(b), false);
		if (cols(lo) > wide)
			wide = cols(lo);
		if (cols(hi) > wide)
			wide = cols(hi);
	}
	/* The end values for all, or for none: never some. */
	if (wide && fr->w - 2 * (wide + 1) >= GAUGE_MIN_BAR) {
		fr->ends = wide + 1;
		fr->x += fr->ends;
		fr->w -= 2 * fr->ends;
	}
}

static void draw_gauge(struct tui *t, struct pane *p, int y, enum part which,
                       const struct gauge_frame *fr)
{
	static const char *const labels[] = {"Base", "Equity", "Total"};
	const struct band *b = app_band(t);
	struct gauge_marks m = gauge_marks(t, which);
	struct gauge_cell cells[GAUGE_MAX];
	struct gauge g;
	char lo[32], hi[32];
	int i;

	draw_str(p->win, y, 1, labels[which - P_GAUGE_BASE], LABEL_COLS, R_DIM);
	if (fr->w < 3 || gauge_layout(&m, fr->w, cells, &g) != 0) {
		draw_str(p->win, y, 1 + LABEL_COLS, "no band figures",
		         p->w - 2 - LABEL_COLS, R_DIM);
		return;
	}
	if (fr->ends) {
		money_short(lo, sizeof lo, g.lo, band_currency(b), false);
		money_short(hi, sizeof hi, g.hi, band_currency(b), false);
		draw_str(p->win, y, fr->x - 1 - cols(lo), lo, cols(lo), R_DIM);
		draw_str(p->win, y, fr->x + fr->w + 1, hi, fr->ends, R_DIM);
	}
	for (i = 0; i < fr->w; i++)
		draw_cp(p->win, y, fr->x + i, cells[i].ch,
		        gauge_role(cells[i].role));
}

/* What each of the four years pays (vesting and sign-on included). */
static void draw_years(struct tui *t, struct pane *p, int y)
{
	const struct band *b = app_band(t);
	char line[200], amt[32];
	size_t len = 0;
	int k;

	draw_str(p->win, y, 1, "Years", LABEL_COLS, R_DIM);
	if (!amount_known(app_offer_row(t)->res.year_value[0])) {
		draw_str_cut(p->win, y, 1 + LABEL_COLS,
		             "each year's pay, once "
		             "a base is typed",
		             p->w - 2 - LABEL_COLS, R_DIM);
		return;
	}
	for (k = 0; k < 4; k++) {
		money_short(amt, sizeof amt,
		            app_offer_row(t)->res.year_value[k],
		            band_currency(b), false);
		len += (size_t)snprintf(line + len, sizeof line - len,
		                        "%s%d: %s", k ? " · " : "", k + 1, amt);
		if (len >= sizeof line)
			break;
	}
	/* Narrow: the years are told by their order. */
	if (cols(line) > p->w - 2 - LABEL_COLS) {
		for (k = 0, len = 0; k < 4 && len < sizeof line; k++) {
			money_short(amt, sizeof amt,
			            app_offer_row(t)->res.year_value[k],
			            band_currency(b), false);
			len += (size_t)snprintf(line + len, sizeof line - len,
			                        "%s%s", k ? " · " : "", amt);
		}
	}
	draw_str_cut(p->win, y, 1 + LABEL_COLS, line, p->w - 2 - LABEL_COLS,
	             R_NORMAL);
}

/* The rows each part takes at this width (0: not shown for this band
 * and offer).  planned: for the layout, which must not move as the
 * offer is typed: the gaps as planned, the years always, and neither
 * the rate note nor the risk line (they take rows from the parts that
 * matter least when they show). */
static void part_rows(const struct tui *t, int width, bool planned,
                      int rows[P_COUNT])
{
	const struct band *b = app_band(t);
	char line[800];
	bool figures = b && band_has_numbers(b);
	int k;

	for (k = 0; k < P_COUNT; k++)
		rows[k] = 0;
	if (!b)
		return;
	rows[P_RATE] = planned ? 0 : rate_rows(t, width, line, sizeof line);
	rows[P_TOTAL] = 1;
	rows[P_RISK] = !planned && risk_shown(t) ? 1 : 0;
	if (!figures) {
		rows[P_WORDS] = words_rows(b);
		return;
	}
	rows[P_GAPS] =
		planned ? gaps_rows_planned(t, width) : gaps_rows(t, width);
	rows[P_BONUS] =
		!planned && offer_lacks_band_bonus(&app_offer_row(t)->res) ? 1
									   : 0;
	rows[P_PREMIUM] = 1;
	rows[P_GAUGE_BASE] = rows[P_GAUGE_EQUITY] = rows[P_GAUGE_TOTAL] = 1;
	rows[P_LEGEND] = 1;
	rows[P_YEARS] = 1;
}

void worth_rows(const struct tui *t, int width, int *min, int *want)
{
	int rows[P_COUNT], k;

	part_rows(t, width, true, rows);
	*min = *want = 0;
	for (k = 0; k < P_COUNT; k++) {
		*want += rows[keep_order[k]];
		if (k < MUST_KEEP)
			*min += rows[keep_order[k]];
	}
}

/* The marks the gauges shown carry: no F where the guide gives no
 * floor, no T where it gives no ask; the offer's mark always (it shows
 * once one is typed). */
static void draw_legend(struct tui *t, struct pane *p, int y, const bool *shown)
{
	bool floor = false, ask = false, premium = false;
	char line[80] = "";

	for (int k = P_GAUGE_BASE; k <= P_GAUGE_TOTAL; k++) {
		struct gauge_marks m = gauge_marks(t, (enum part)k);
		if (!shown[k])
			continue;
		floor = floor || amount_known(m.floor);
		ask = ask || amount_known(m.target);
		premium = premium || amount_known(m.prem_low);
	}
	snprintf(line, sizeof line, "%s%s● offer%s", floor ? "F floor  " : "",
	         ask ? "T ask  " : "", premium ? "  ▒ premium" : "");
	draw_str_cut(p->win, y, 1 + LABEL_COLS, line, p->w - 2 - LABEL_COLS,
	             R_DIM);
}

void worth_draw(struct tui *t, struct pane *p, int y)
{
	int rows[P_COUNT], left = p->h - y, k;
	bool shown[P_COUNT] = {false};
	struct gauge_frame fr;

	if (!app_band(t))
		return;
	part_rows(t, p->w, false, rows);
	/* Keep parts in their order of importance while they fit. */
	for (k = 0; k < P_COUNT; k++) {
		enum part pt = keep_order[k];
		if (rows[pt] > 0 && rows[pt] <= left) {
			shown[pt] = true;
			left -= rows[pt];
		}
	}
	gauge_ends(t, shown, p->w, &fr);
	for (k = 0; k < P_COUNT; k++) {
		if (!shown[k])
			continue;
		switch ((enum part)k) {
		case P_RATE: draw_rate(t, p, y, rows[k]); break;
		case P_TOTAL: draw_total(t, p, y); break;
		case P_RISK: draw_risk(t, p, y); break;
		case P_WORDS: draw_words(t, p, y, rows[k]); break;
		case P_GAPS: draw_gaps(t, p, y); break;
		case P_BONUS:
			/* Rather than call the offer short by a bonus. */
			draw_str_cut(p->win, y, 1 + LABEL_COLS,
			             "Totals: the ask "
			             "counts the band's bonus; none typed",
			             p->w - 2 - LABEL_COLS, R_DIM);
			break;
		case P_PREMIUM: draw_premium(t, p, y); break;
		case P_GAUGE_BASE:
		case P_GAUGE_EQUITY:
		case P_GAUGE_TOTAL:
			draw_gauge(t, p, y, (enum part)k, &fr);
			break;
		case P_LEGEND: draw_legend(t, p, y, shown); break;
		case P_YEARS: draw_years(t, p, y); break;
		case P_COUNT: break;
		}
		y += rows[k];
	}
}
