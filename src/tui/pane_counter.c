/* pane_counter.c - what to ask next: the counter to make against the
 * best competing offer (or the one picked), with its arithmetic step by
 * step; how far each lever must move from the company's offer to the
 * target ask; every offer of the negotiation side by side with the ask
 * and the floor; and the rounds of the negotiation as a small
 * timeline. */
#include "tui/pane_counter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/counter.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/copy.h"
#include "tui/status.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/session_rounds.h"
#include "tui/sidebyside.h"
#include "tui/draw.h"
#include "tui/roundedit.h"
#include "tui/timeline.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

enum cline_kind { CL_TEXT, CL_ROUND_HEAD, CL_ROUND };

struct cline {
	enum cline_kind kind;
	char *text; /* CL_TEXT: cleaned, fits the width */
	enum role role;
	int indent;
	size_t round; /* CL_ROUND: its index */
};

struct clines {
	struct cline *v;
	size_t count, cap;
	int width;
};

static void add_line(struct clines *l, enum cline_kind kind, const char *text,
                     size_t len, enum role r, int indent, size_t round)
{
	l->v = xgrow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count].kind = kind;
	l->v[l->count].text = text ? text_clean(text, len, false) : NULL;
	l->v[l->count].role = r;
	l->v[l->count].indent = indent;
	l->v[l->count].round = round;
	l->count++;
}

/* Text wrapped to the width; later lines indented by `hang` more. */
static void clines_add_wrapped(struct clines *l, const char *text, enum role r,
                               int indent, int hang)
{
	char *clean = text_clean(text, strlen(text), false);
	struct wrap_line *wl;
	size_t n, k, first = 0;
	int w = l->width - indent;

	if (w < 8)
		w = 8;
	/* Wrap the first line at the full width, the rest narrower. */
	n = wrap_text(clean, strlen(clean), w, &wl);
	if (n > 0) {
		add_line(l, CL_TEXT, clean + wl[0].start, wl[0].len, r, indent,
		         0);
		first = wl[0].start + wl[0].len;
	}
	free(wl);
	while (first < strlen(clean) && clean[first] == ' ')
		first++;
	if (first < strlen(clean)) {
		const char *rest = clean + first;
		n = wrap_text(rest, strlen(rest), w - hang > 8 ? w - hang : 8,
		              &wl);
		for (k = 0; k < n; k++)
			add_line(l, CL_TEXT, rest + wl[k].start, wl[k].len, r,
			         indent + hang, 0);
		free(wl);
	}
	free(clean);
}

static void add_text(struct clines *l, const char *text, enum role r,
                     int indent)
{
	clines_add_wrapped(l, text, r, indent, 0);
}

static void clines_free(struct clines *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		free(l->v[i].text);
	free(l->v);
}

/* Where the risk setting changes a number, say so. */
static void add_risk(struct tui *t, struct clines *l)
{
	/* The settings of the offer the counter answers (else the form's). */
	const struct offers_view *v = &t->an.offers;
	const struct offers_row *row =
		v->against >= 0 ? &v->row[v->against] : NULL;
	const struct offer_result *r = row ? &row->res : &app_offer_row(t)->res;
	double pct = row ? row->offer.private_value_pct
	                 : app_offer_row(t)->offer.private_value_pct;
	bool company = r->guide_equity_pct < 100,
	     offer = r->offer_equity_pct < 100;
	char line[240];

	if (!company && !offer)
		return;
	snprintf(line, sizeof line,
	         "Risk: private equity counts at %g%% of its face value in "
	         "these sums (%s%s%s%s).",
	         pct, company ? t->g->company_display : "",
	         company ? "'s grant" : "", company && offer ? " and " : "",
	         offer ? "the offer's grant" : "");
	add_text(l, line, R_BETWEEN, 1);
}

static void add_side(void *arg, const char *text, size_t len, enum role r,
                     int indent)
{
	add_line(arg, CL_TEXT, text, len, r, 1 + indent, 0);
}

/* Every offer side by side, with the ask and the floor (sidebyside.h),
 * when the negotiation has more than one offer: with one, the offer pane
 * says it all. */
static void add_offers(struct tui *t, struct clines *l)
{
	char line[64];
	if (!t->neg_open || t->an.offers.count < 2)
		return;
	snprintf(line, sizeof line, "Offers side by side (%s)",
	         band_currency(t->an.offers.band));
	add_text(l, line, R_HEADING, 1);
	sidebyside_lines(t, l->width - 1, add_side, l);
	add_line(l, CL_TEXT, "", 0, R_NORMAL, 0, 0);
}

/* What the pane says before there is a counter to make. */
static const char counter_wait[] =
	"Type a competing offer's base, or the company's offer, in the form "
	"(o): the counter to make and its arithmetic show here.";

/* The lines `text` takes wrapped at the pane's width, from `indent`. */
static size_t wrapped_lines(int width, const char *text, int indent)
{
	struct clines s = {.width = width};
	size_t n;

	add_text(&s, text, R_NORMAL, indent);
	n = s.count;
	clines_free(&s);
	return n;
}

/* The counter to make, once known: which offer it answers, what to ask
 * and its four-year sum. */
static void add_summary(struct tui *t, struct clines *l, const struct band *b)
{
	const struct counter *c = &t->an.counter;
	const struct offers_view *v = &t->an.offers;
	const char *cur = band_currency(b);
	char line[320], base[32], eq[32], sign[32], val[32], comp[32], sh[32];

	/* Which offer it answers, when there is a choice. */
	if (v->against >= 0 && v->count > 1) {
		snprintf(line, sizeof line, "Against %s, %s (x: another)",
		         offers_name(&v->row[v->against]),
		         v->against == v->best ? "the best over four years"
		                               : "as picked");
		add_text(l, line, R_DIM, 1);
	}
	money_short(base, sizeof base, c->base, cur, false);
	money_short(eq, sizeof eq, c->equity_4y, cur, false);
	money_short(sign, sizeof sign, c->sign_on, cur, false);
	snprintf(line, sizeof line, "Ask %s base · %s equity (4y) · %s sign-on",
	         base, eq, sign);
	add_text(l, line, R_BOLD, 1);
	money_short(val, sizeof val, c->counter_value_4y, cur, false);
	money_short(comp, sizeof comp, c->competing_value_4y, cur, false);
	if (c->alone) {
		snprintf(line, sizeof line,
		         "= %s over four years: the guide's ask, raised to "
		         "the company's offer where it is higher",
		         val);
	} else if (c->shortfall > 0) {
		money_short(sh, sizeof sh, c->shortfall, cur, false);
		snprintf(line, sizeof line,
		         "= %s over four years: %s short of the offer's %s, "
		         "even at the guide's ceiling",
		         val, sh, comp);
	} else {
		snprintf(line, sizeof line,
		         "= %s over four years: at least the offer's %s", val,
		         comp);
	}
	add_text(l, line, c->shortfall > 0 ? R_BELOW : R_ABOVE, 1);
}

/* The counter's section keeps as many rows before the counter is known
 * as after (the lines saying how to get one, or the ask and its sum,
 * whichever is longer), so that the sections under it stay where they
 * are as the first figure is typed and the last one erased: only their
 * changed cells are sent to the terminal. */
static void add_counter(struct tui *t, struct clines *l, const struct band *b)
{
	char line[120];
	size_t start, keep;

	snprintf(line, sizeof line, "Counter to make — %s", b->region);
	add_text(l, line, R_HEADING, 1);
	if (!band_has_numbers(b)) {
		add_text(l, "This region has no figures to counter with.",
		         R_DIM, 1);
		return;
	}
	start = l->count;
	keep = wrapped_lines(l->width, counter_wait, 1);
	if (keep < 2) /* the ask, and its sum */
		keep = 2;
	if (t->an.counter.known)
		add_summary(t, l, b);
	else
		add_text(l, counter_wait, R_DIM, 1);
	while (l->count - start < keep)
		add_line(l, CL_TEXT, "", 0, R_NORMAL, 0, 0);
}

/* The counter's arithmetic, step by step: the pane's last section,
 * since its length changes with the figures typed (a step says when the
 * band's top is no ceiling): nothing under it moves when it grows. */
static void add_arithmetic(struct tui *t, struct clines *l)
{
	const struct counter *c = &t->an.counter;
	char line[320];
	size_t i;

	if (!c->known || c->step_count == 0)
		return;
	add_line(l, CL_TEXT, "", 0, R_NORMAL, 0, 0);
	add_text(l, "How the counter is made", R_HEADING, 1);
	/* What the sums below count private equity at, before them. */
	add_risk(t, l);
	for (i = 0; i < c->step_count; i++) {
		snprintf(line, sizeof line, "%zu. %s", i + 1, c->steps[i]);
		clines_add_wrapped(l, line, R_NORMAL, 2, 3);
	}
}

static void add_gap(struct tui *t, struct clines *l, const struct band *b)
{
	const struct counter *c = &t->an.counter;
	char line[320];
	size_t i;

	add_text(l, "From the company's offer to your target ask", R_HEADING,
	         1);
	const struct offers_view *v = &t->an.offers;
	const struct offers_row *typed =
		v->company >= 0 && v->row[v->company].given
			? &v->row[v->company]
			: NULL;
	if ((t->an.company_round < 0 ||
	     (size_t)t->an.company_round >= t->neg.round_count) &&
	    !typed) {
		snprintf(line, sizeof line,
		         "No offer from the company for %s yet: type it in the "
		         "form (o, then > to the company's offer); C here "
		         "records it as a round.",
		         b->region);
		add_text(l, line, R_DIM, 1);
		return;
	}
	if (t->an.company_round < 0 ||
	    (size_t)t->an.company_round >= t->neg.round_count) {
		char base[32], eq[32];
		money_short(base, sizeof base, typed->offer.base,
		            band_currency(b), false);
		money_short(eq, sizeof eq, typed->res.equity_4y,
		            band_currency(b), false);
		snprintf(
			line, sizeof line,
			"Its offer as typed (no round recorded yet): %s base · "
			"%s equity (4y)",
			base, eq);
		add_text(l, line, R_DIM, 1);
	} else {
		const struct round *r = &t->neg.rounds[t->an.company_round];
		struct round_view rv;
		timeline_view(t->g, t->an.equity_private, r,
		              (size_t)t->an.company_round,
		              app_offer_row(t)->offer.private_value_pct, &rv);
		snprintf(line, sizeof line,
		         "Its latest, round %s of %s: %s base · %s equity "
		         "(4y)%s%s%s",
		         rv.cell[TL_NUM], rv.cell[TL_DATE], rv.cell[TL_BASE],
		         rv.cell[TL_EQUITY],
		         amount_known(r->amount[PART_SIGN_ON]) ? " · " : "",
		         amount_known(r->amount[PART_SIGN_ON])
		                 ? rv.cell[TL_SIGN_ON]
		                 : "",
		         amount_known(r->amount[PART_SIGN_ON]) ? " sign-on"
		                                               : "");
		add_text(l, line, R_DIM, 1);
	}
	if (!c->gap_known) {
		add_text(l, "The guide gives no target ask with figures here.",
		         R_DIM, 1);
		return;
	}
	for (i = 0; i < c->gap_step_count; i++) {
		snprintf(line, sizeof line, "• %s", c->gap_steps[i]);
		clines_add_wrapped(
			l, line, i + 1 == c->gap_step_count ? R_BOLD : R_NORMAL,
			2, 2);
	}
}

/* The rounds table: one view per round, laid out once per draw. */
struct rounds_table {
	struct round_view *v;
	size_t n;
	int widths[TL_COLS];
};

static void add_rounds(struct tui *t, struct clines *l,
                       const struct rounds_table *rt)
{
	char line[120];
	size_t i;

	snprintf(line, sizeof line, "Rounds (%zu)%s", t->neg.round_count,
	         t->neg.round_count ? " · distances in yearly totals" : "");
	add_text(l, line, R_HEADING, 1);
	if (t->neg.round_count == 0) {
		add_text(l,
		         "None yet. C records the company's offer (typed in "
		         "the form) as its round, M the counter to make as "
		         "yours.",
		         R_DIM, 1);
		return;
	}
	/* The selected round's note, whole, where the table has no room
	 * for its column (or cuts it). */
	const struct round *sel = t->counter.round_sel < t->neg.round_count
	                                  ? &t->neg.rounds[t->counter.round_sel]
	                                  : NULL;
	if (sel && sel->note && sel->note[0] && rt->v &&
	    (size_t)rt->widths[TL_NOTE] <
	            utf8_width(sel->note, strlen(sel->note))) {
		char note[NEGOTIATION_NOTE_MAX + 40];
		snprintf(note, sizeof note, "Round %zu's note: %s",
		         t->counter.round_sel + 1, sel->note);
		clines_add_wrapped(l, note, R_DIM, 1, 2);
	}
	add_line(l, CL_ROUND_HEAD, NULL, 0, R_DIM, 1, 0);
	for (i = 0; i < t->neg.round_count; i++)
		add_line(l, CL_ROUND, NULL, 0, R_NORMAL, 1, i);
}

/* The rounds' views, laid out in width columns (none when the
 * negotiation has no rounds); free rt->v after. */
static void rounds_table_make(struct tui *t, int width, struct rounds_table *rt)
{
	*rt = (struct rounds_table){NULL, 0, {0}};
	if (!t->neg_open || t->neg.round_count == 0)
		return;
	rt->n = t->neg.round_count;
	rt->v = xcalloc(rt->n, sizeof *rt->v);
	for (size_t k = 0; k < rt->n; k++)
		timeline_view(t->g, t->an.equity_private, &t->neg.rounds[k], k,
		              app_offer_row(t)->offer.private_value_pct,
		              &rt->v[k]);
	timeline_layout(rt->v, rt->n, width, rt->widths);
}

static void build(struct tui *t, struct clines *l,
                  const struct rounds_table *rt)
{
	const struct band *b = app_band(t);

	if (!t->g) {
		add_text(l, "Open a guide first.", R_DIM, 1);
		return;
	}
	if (!b) {
		add_text(l, "This guide has no regions.", R_DIM, 1);
		return;
	}
	/* The counter first: it is what the pane is for; the offers it
	 * weighs after the gaps, then the rounds, and the counter's
	 * arithmetic last (its length changes as figures are typed). */
	add_counter(t, l, b);
	add_line(l, CL_TEXT, "", 0, R_NORMAL, 0, 0);
	add_gap(t, l, b);
	add_line(l, CL_TEXT, "", 0, R_NORMAL, 0, 0);
	add_offers(t, l);
	add_rounds(t, l, rt);
	add_arithmetic(t, l);
}

static void draw_round_cells(struct pane *p, int y, int x0,
                             const struct rounds_table *rt,
                             const struct round_view *v, enum role base)
{
	int i, x = x0;

	for (i = 0; i < TL_COLS; i++) {
		int w = rt->widths[i];
		const char *s;
		enum role r = base;
		if (w <= 0)
			continue;
		if (!v) {
			s = (int)utf8_width(timeline_headings[i],
			                    strlen(timeline_headings[i])) <= w
			            ? timeline_headings[i]
			            : timeline_short[i];
			draw_str_cut(p->win, y, x, s, w, R_DIM);
			x += w + 1;
			continue;
		}
		s = v->cell[i];
		if (base == R_NORMAL && (i == TL_VS_ASK || i == TL_VS_FLOOR))
			r = theme_gap_role(offer_gap_total(&v->res.vs_target),
			                   offer_gap_total(&v->res.vs_floor));
		if (base == R_NORMAL && i == TL_MARK)
			r = R_ABOVE;
		if (i == TL_MARK && s[0] && (int)utf8_width(s, strlen(s)) > w)
			s = "✓";
		draw_str_cut(p->win, y, x, s, w, r);
		x += w + 1;
	}
}

/* The rows the edit of a round takes at the pane's foot: a title, a
 * row a field, and a row for why a field was refused; 0 when no round
 * is being edited. */
static int edit_rows(const struct tui *t, const struct pane *p)
{
	int n = t->counter.round_edit.open
	                ? (int)t->counter.round_edit.count + 2
	                : 0;
	return n < p->h - 2 ? n : 0;
}

/* The pane's rows for its text, under the title and above the edit. */
static size_t text_rows(const struct tui *t, const struct pane *p)
{
	int n = p->h - 1 - edit_rows(t, p);
	return n > 1 ? (size_t)n : 1;
}

/* The edit of a round at the foot: each field on its row, the one typed
 * in as a line editor with the cursor. */
static void draw_edit(struct tui *t, struct pane *p)
{
	const struct round_editor *e = &t->counter.round_edit;
	int rows = edit_rows(t, p), y = p->h - rows, cx;
	char head[160];
	if (rows == 0)
		return;
	for (int k = 0; k < rows; k++)
		draw_fill(p->win, y + k, 0, p->w, R_NORMAL);
	snprintf(head, sizeof head,
	         "Edit round %zu%s%s — Enter: next, saved on the last · "
	         "Esc: leave it as it was",
	         e->number, e->currency[0] ? ", in " : "", e->currency);
	draw_str_cut(p->win, y, 1, head, p->w - 2, R_BOLD);
	for (size_t i = 0; i < e->count; i++) {
		int row = y + 1 + (int)i;
		bool at = i == e->at;
		draw_str(p->win, row, 1, at ? "›" : " ", 1, R_BOLD);
		draw_str_cut(p->win, row, 3, e->label[i], 9,
		             at ? R_BOLD : R_DIM);
		if (at) {
			draw_editor(p->win, row, 13, p->w - 14, &e->le[i],
			            R_FIELD_FOCUS, &cx);
			if (t->focus == PANE_COUNTER) {
				p->cur_y = row;
				p->cur_x = cx;
			}
		} else {
			draw_str_cut(p->win, row, 13, lineedit_text(&e->le[i]),
			             p->w - 14, R_NORMAL);
		}
	}
}

static void pane_counter_draw(struct tui *t, struct pane *p)
{
	struct clines l = {.width = p->w - 2};
	struct rounds_table rt = {NULL, 0, {0}};
	size_t rows = text_rows(t, p), k, sel_line = 0;
	bool focus = t->focus == PANE_COUNTER;
	char title[64];
	int y;

	if (t->neg_open && t->neg.round_count > 0)
		snprintf(title, sizeof title, " · %zu round%s",
		         t->neg.round_count,
		         t->neg.round_count == 1 ? "" : "s");
	else
		title[0] = '\0';
	app_title(t, p, title);
	rounds_table_make(t, p->w - 2, &rt);
	if (rt.n && t->counter.round_sel >= rt.n)
		t->counter.round_sel = rt.n - 1;
	build(t, &l, &rt);
	t->counter.lines = l.count;
	for (k = 0; k < l.count; k++)
		if (l.v[k].kind == CL_ROUND &&
		    l.v[k].round == t->counter.round_sel)
			sel_line = k;
	if (t->counter.follow && rt.n) {
		if (sel_line < t->counter.top)
			t->counter.top = sel_line;
		if (sel_line >= t->counter.top + rows)
			t->counter.top = sel_line - rows + 1;
	}
	t->counter.follow = false;
	if (t->counter.top + rows > l.count)
		t->counter.top = l.count > rows ? l.count - rows : 0;
	bool more = t->counter.top + rows < l.count;
	p->cur_y = -1;
	int end = p->h - edit_rows(t, p);
	for (y = 1, k = t->counter.top; k < l.count && y < end; k++, y++) {
		const struct cline *c = &l.v[k];
		/* A heading that would reach the last row, under the "more"
		 * mark, its text all below: it waits for the next page,
		 * whole. */
		if (more && c->kind == CL_TEXT && c->role == R_HEADING &&
		    (k == 0 || l.v[k - 1].role != R_HEADING)) {
			size_t n = 1;
			while (k + n < l.count && l.v[k + n].kind == CL_TEXT &&
			       l.v[k + n].role == R_HEADING)
				n++;
			if (y + (int)n - 1 >= end - 1)
				break;
		}
		if (c->kind == CL_TEXT) {
			draw_str(p->win, y, c->indent, c->text,
			         p->w - 1 - c->indent, c->role);
		} else if (c->kind == CL_ROUND_HEAD) {
			draw_round_cells(p, y, 2, &rt, NULL, R_DIM);
		} else {
			enum role base = R_NORMAL;
			if (c->round == t->counter.round_sel) {
				base = focus ? R_SELECTED : R_SELECTED_DIM;
				draw_fill(p->win, y, 0, p->w, base);
				draw_str(p->win, y, 0, "▸", 1, base);
			}
			draw_round_cells(p, y, 2, &rt, &rt.v[c->round], base);
		}
	}
	if (more)
		draw_str(p->win, end - 1, p->w - 8, " ↓ more", 7, R_DIM);
	draw_edit(t, p);
	free(rt.v);
	clines_free(&l);
}

/* y: the counter to make with its arithmetic, as the pane shows it. */
static void copy_counter(struct tui *t)
{
	const struct band *b = app_band(t);
	struct strbuf sb;

	if (!b || !t->an.counter.known) {
		status_message(t,
		               "No counter to copy yet: type an offer in the "
		               "form (o).");
		return;
	}
	sb_init(&sb);
	counter_text(&t->an.counter, band_currency(b), b->region, &sb);
	copy_text(t, sb.data, "counter", "e writes the negotiation to a file",
	          false);
	sb_free(&sb);
}

/* Enter on a round: its edit opens at the foot. */
static void edit_start(struct tui *t)
{
	if (!t->neg_open || t->counter.round_sel >= t->neg.round_count) {
		status_message(t,
		               "No round to edit: record one first (C or M).");
		return;
	}
	const struct round *r = &t->neg.rounds[t->counter.round_sel];
	const struct band *b =
		t->g && r->region ? guide_find_band(t->g, r->region) : NULL;
	roundedit_start(&t->counter.round_edit, r, t->counter.round_sel,
	                b ? band_currency(b) : "");
	t->counter.follow = true; /* the round in sight above the edit */
	status_message(t,
	               "Editing round %zu: Enter goes to the next field and "
	               "saves on the last (Note); Esc leaves it as it was.",
	               t->counter.round_sel + 1);
}

/* Enter in the edit: the field is checked; a refusal keeps the text and
 * says why; after the last, the round takes them all (one change). */
static void edit_enter(struct tui *t)
{
	struct round_editor *e = &t->counter.round_edit;
	struct round_edit out;
	struct error err;
	size_t bad = e->at;
	error_clear(&err);
	if (!roundedit_check(e, e->at, &err)) {
		status_message(t, "%s: %s. Nothing is lost: mend it, or Esc.",
		               e->label[e->at], err.msg);
		return;
	}
	if (e->at + 1 < e->count) {
		e->at++;
		return;
	}
	if (!roundedit_result(e, &out, &bad, &err) ||
	    !session_edit_round(t, e->id, &out, &err)) {
		e->at = bad;
		status_message(t, "Round %zu not saved: %s.", e->number,
		               err.msg);
		return;
	}
	status_message(t, "Round %zu edited (u takes it back).", e->number);
	roundedit_close(e);
}

/* A key while a round is edited; PANE_IGNORED for those that go on to
 * the panes' cycle, the help and C-l (the edit stays open). */
static enum pane_result edit_key(struct tui *t, enum action a)
{
	struct round_editor *e = &t->counter.round_edit;
	switch (a) {
	case ACT_PROMPT_CANCEL:
		status_message(t, "Round %zu left as it was.", e->number);
		roundedit_close(e);
		return PANE_REDRAW;
	case ACT_PROMPT_ACCEPT: edit_enter(t); return PANE_REDRAW;
	case ACT_ROUND_FIELD_NEXT:
		if (e->at + 1 < e->count)
			e->at++;
		return PANE_REDRAW;
	case ACT_ROUND_FIELD_PREV:
		if (e->at > 0)
			e->at--;
		return PANE_REDRAW;
	case ACT_NEXT_PANE:
	case ACT_PREV_PANE:
	case ACT_HELP:
	case ACT_REDRAW: return PANE_IGNORED;
	default: return PANE_HANDLED;
	}
}

static enum pane_result pane_counter_key(struct tui *t, struct pane *p,
                                         enum action a, int key)
{
	size_t rows = text_rows(t, p);
	size_t max = t->counter.lines > rows ? t->counter.lines - rows : 0;
	size_t n = t->neg_open ? t->neg.round_count : 0;

	(void)key;
	if (t->counter.round_edit.open)
		return edit_key(t, a);
	switch (a) {
	case ACT_UP:
	case ACT_DOWN:
		if (n == 0)
			break;
		if (a == ACT_UP && t->counter.round_sel > 0)
			t->counter.round_sel--;
		else if (a == ACT_DOWN && t->counter.round_sel + 1 < n)
			t->counter.round_sel++;
		t->counter.follow = true;
		return PANE_REDRAW;
	case ACT_ROUND_COMPANY:
		session_record_round(t, "company");
		return PANE_REDRAW;
	case ACT_ROUND_ME: session_record_round(t, "me"); return PANE_REDRAW;
	case ACT_COUNTER_AGAINST: session_pick_against(t); return PANE_REDRAW;
	case ACT_ROUND_ACCEPT:
		session_accept_round(t, t->counter.round_sel);
		return PANE_REDRAW;
	case ACT_ROUND_DELETE:
		session_delete_round(t, t->counter.round_sel);
		return PANE_REDRAW;
	case ACT_ROUND_EDIT: edit_start(t); return PANE_REDRAW;
	case ACT_COUNTER_COPY: copy_counter(t); return PANE_REDRAW;
	default: break;
	}
	if (app_scroll(&t->counter.top, max, rows, a))
		return PANE_REDRAW;
	return PANE_IGNORED;
}

static enum pane_result pane_counter_mouse(struct tui *t, struct pane *p, int y,
                                           int x, int wheel)
{
	size_t rows = text_rows(t, p);
	size_t max = t->counter.lines > rows ? t->counter.lines - rows : 0;
	size_t line, n = t->neg_open ? t->neg.round_count : 0;

	(void)x;
	if (wheel) {
		/* The wheel scrolls the text; it is no way to pick a round. */
		app_scroll(&t->counter.top, max, rows,
		           wheel < 0 ? ACT_UP : ACT_DOWN);
		return PANE_REDRAW;
	}
	if (y < 1 || n == 0 || t->counter.round_edit.open)
		return PANE_REDRAW;
	/* The lines as drawn (the rounds come before the counter's
	 * arithmetic): the clicked one, if it is a round's. */
	struct clines l = {.width = p->w - 2};
	struct rounds_table rt;
	rounds_table_make(t, p->w - 2, &rt);
	build(t, &l, &rt);
	line = t->counter.top + (size_t)(y - 1);
	if (line < l.count && l.v[line].kind == CL_ROUND)
		t->counter.round_sel = l.v[line].round;
	clines_free(&l);
	free(rt.v);
	return PANE_REDRAW;
}

/* New width, new wrapping: the old scroll position means nothing; start
 * again from the counter itself. */
static void pane_counter_resize(struct tui *t, struct pane *p)
{
	(void)p;
	t->counter.top = 0;
}

static const enum action_ctx *pane_counter_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx chain[] = {CTX_COUNTER, CTX_MOVE,
	                                        CTX_GLOBAL, CTX_NONE};
	/* The edit of a round keeps the keys until Enter on its last
	 * field or Esc, but for Tab and S-Tab, F1 and C-l. */
	static const enum action_ctx edit[] = {CTX_ROUND_EDIT, CTX_PROMPT,
	                                       CTX_EDIT, CTX_GLOBAL, CTX_NONE};
	(void)p;
	return t->counter.round_edit.open ? edit : chain;
}

static struct lineedit *pane_counter_editor(struct tui *t, struct pane *p)
{
	(void)p;
	struct round_editor *e = &t->counter.round_edit;
	return e->open && e->at < e->count ? &e->le[e->at] : NULL;
}

static void pane_counter_edited(struct tui *t, struct pane *p)
{
	(void)t;
	(void)p;
}

/* The selection on a round that is there (the last when past them);
 * with follow, scrolled into view at the next frame. */
static void keep_round(struct tui *t, size_t i, bool follow)
{
	struct counter_view *v = &t->counter;
	size_t n = t->neg.round_count;

	v->round_sel = i < n ? i : n ? n - 1 : 0;
	if (follow)
		v->follow = true;
}

static void pane_counter_changed(struct tui *t, struct pane *p,
                                 enum app_event ev)
{
	struct counter_view *v = &t->counter;

	switch (ev) {
	case APP_GUIDE_OPENED:
		/* The edit is of a round of the guide that was open; the
		 * new negotiation shows its last round, the pane at its
		 * top. */
		roundedit_close(&v->round_edit);
		v->top = 0;
		keep_round(t, SIZE_MAX, false);
		p->dirty = true;
		break;
	case APP_OFFER_CHANGED: p->dirty = true; break;
	case APP_ROUNDS_CHANGED:
		keep_round(t,
		           t->round_pick != SIZE_MAX ? t->round_pick
		                                     : v->round_sel,
		           true);
		p->dirty = true;
		break;
	case APP_ROUNDS_MERGED:
		keep_round(t, v->round_sel, false);
		p->dirty = true;
		break;
	default: break;
	}
}

static bool pane_counter_works(struct tui *t, struct pane *p, enum action a)
{
	(void)p;
	switch (a) {
	case ACT_ROUND_COMPANY:
		return t->neg_open && app_band(t) &&
		       t->an.offers.company >= 0 &&
		       t->an.offers.row[t->an.offers.company].given;
	case ACT_ROUND_ME:
		return t->neg_open && app_band(t) && t->an.counter.known;
	case ACT_COUNTER_AGAINST: {
		size_t given = 0;
		for (size_t i = 0; i < t->an.offers.count; i++)
			given += !t->an.offers.row[i].company &&
			         t->an.offers.row[i].given;
		return t->neg_open && given > 1;
	}
	case ACT_ROUND_ACCEPT:
	case ACT_ROUND_EDIT:
	case ACT_ROUND_DELETE: return t->neg_open && t->neg.round_count > 0;
	default: return true;
	}
}

const struct pane_ops pane_counter_ops = {
	.name = "Counter",
	.draw = pane_counter_draw,
	.key = pane_counter_key,
	.mouse = pane_counter_mouse,
	.editor = pane_counter_editor,
	.edited = pane_counter_edited,
	.resize = pane_counter_resize,
	.chain = pane_counter_chain,
	.changed = pane_counter_changed,
	.works = pane_counter_works,
};
