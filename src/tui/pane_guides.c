/* pane_guides.c - the guide list: companies and their roles, stale and
 * sample marks, the filter prompt and the skipped-files note. */
#include "tui/pane_guides.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "tui/filter.h"
#include "tui/focus.h"
#include "tui/session.h"

static bool same_company(const struct guide *a, const struct guide *b)
{
	return a && b && a->company && b->company &&
	       strcmp(a->company, b->company) == 0;
}

static struct guide *row_guide(const struct tui *t, size_t row)
{
	if (row >= t->row_count || t->rows_v[row].heading)
		return NULL;
	return t->lib->guides[t->rows_v[row].guide];
}

static void memo_clear(struct tui *t)
{
	for (size_t i = 0; i < t->filter_memo_count; i++) {
		free(t->filter_memo[i].query);
		free(t->filter_memo[i].guides);
	}
	t->filter_memo_count = 0;
}

static const struct filter_memo *memo_find(const struct tui *t,
                                           const char *text)
{
	for (size_t i = 0; i < t->filter_memo_count; i++)
		if (strcmp(t->filter_memo[i].query, text) == 0)
			return &t->filter_memo[i];
	return NULL;
}

static void memo_add(struct tui *t, const char *text)
{
	struct filter_memo *m;
	if (t->filter_memo_count == FILTER_MEMO_MAX) {
		/* Full: forget the oldest. */
		free(t->filter_memo[0].query);
		free(t->filter_memo[0].guides);
		memmove(&t->filter_memo[0], &t->filter_memo[1],
		        (FILTER_MEMO_MAX - 1) * sizeof *t->filter_memo);
		t->filter_memo_count--;
	}
	m = &t->filter_memo[t->filter_memo_count++];
	m->query = xstrdup(text);
	m->guides = xmalloc((t->shown + 1) * sizeof *m->guides);
	m->count = 0;
	for (size_t k = 0; k < t->row_count; k++)
		if (!t->rows_v[k].heading)
			m->guides[m->count++] = t->rows_v[k].guide;
}

static void refilter(struct tui *t)
{
	const struct guide *keep = row_guide(t, t->sel), *prev = NULL;
	size_t prev_no = 0;
	const char *text = lineedit_text(&t->filter);
	const struct filter_memo *memo = NULL;
	struct filter_query q;
	size_t i, k, *cand = NULL, ncand = 0;

	filter_query_init(&q, text);
	if (q.count == 0)
		memo_clear(t);
	if (q.count > 0 && !t->filter_ix_ready) {
		filter_index_build(&t->filter_ix, t->lib->guides, t->lib->count);
		t->filter_ix_ready = true;
	}
	/* A query met before (Backspace) has its answer kept; typing on at
	 * the end of the query can only narrow the rows, so only the
	 * guides shown now are tested; anything else searches them all. */
	if (q.count > 0)
		memo = memo_find(t, text);
	bool narrow = !memo && q.count > 0 && t->filter_last &&
	              t->filter_last[0] && str_starts_with(text, t->filter_last);
	if (memo) {
		cand = memo->guides;
		ncand = memo->count;
	} else if (narrow) {
		cand = xmalloc((t->row_count + 1) * sizeof *cand);
		for (k = 0; k < t->row_count; k++)
			if (!t->rows_v[k].heading)
				cand[ncand++] = t->rows_v[k].guide;
	}
	free(t->filter_last);
	t->filter_last = xstrdup(text);
	t->row_count = 0;
	t->shown = 0;
	if (!t->company_no && t->lib->count > 0) {
		t->company_no = xmalloc(t->lib->count * sizeof *t->company_no);
		for (k = 0; k < t->lib->count; k++)
			t->company_no[k] =
				k > 0 && same_company(t->lib->guides[k - 1],
				                      t->lib->guides[k])
					? t->company_no[k - 1]
					: k;
	}
	/* At most a heading and a row per guide: room for all at once. */
	size_t n = cand ? ncand : t->lib->count;
	t->rows_v = xgrow(t->rows_v, &t->row_cap, 2 * n + 1, sizeof *t->rows_v);
	for (k = 0; k < n; k++) {
		i = cand ? cand[k] : k;
		const struct guide *g = t->lib->guides[i];
		if (q.count > 0 && !memo &&
		    !filter_index_match(&t->filter_ix, i, &q))
			continue;
		if (!prev || t->company_no[i] != prev_no)
			t->rows_v[t->row_count++] = (struct guide_row){ i, true };
		prev_no = t->company_no[i];
		t->rows_v[t->row_count++] = (struct guide_row){ i, false };
		t->shown++;
		prev = g;
	}
	if (!memo) {
		free(cand);
		if (q.count > 0)
			memo_add(t, text);
	}
	/* Stay on the same guide when the filter keeps it. */
	t->sel = t->row_count;
	for (i = 0; i < t->row_count && keep; i++)
		if (row_guide(t, i) == keep)
			t->sel = i;
	for (i = 0; i < t->row_count && t->sel == t->row_count; i++)
		if (!t->rows_v[i].heading)
			t->sel = i;
	if (t->sel == t->row_count)
		t->sel = 0;
	t->top = 0;
	app_dirty(t, PANE_GUIDES);
}

/* Move the cursor by delta guide rows, skipping company headings. */
static bool move_sel(struct tui *t, long delta)
{
	size_t s = t->sel, last = t->sel;
	long step = delta < 0 ? -1 : 1;
	long n = delta < 0 ? -delta : delta;

	while (n > 0) {
		if ((step < 0 && s == 0) || (step > 0 && s + 1 >= t->row_count))
			break;
		s = (size_t)((long)s + step);
		if (!t->rows_v[s].heading) {
			last = s;
			n--;
		}
	}
	if (last == t->sel)
		return false;
	t->sel = last;
	return true;
}

static int list_height(const struct tui *t, const struct pane *p)
{
	int h = p->h - 1;
	if (t->lib->skipped_count > 0)
		h--;
	if (t->filtering || !lineedit_empty(&t->filter))
		h--;
	return h < 1 ? 1 : h;
}

static void open_selected(struct tui *t)
{
	struct guide *g = row_guide(t, t->sel);

	if (!g)
		return;
	if (g != t->g)
		session_open_guide(t, g);
	focus_set(t, PANE_BANDS);
}

static void draw_bottom(struct tui *t, struct pane *p, int w)
{
	int y = p->h - 1;
	char buf[96];

	if (t->lib->skipped_count > 0) {
		snprintf(buf, sizeof buf, "%zu file%s skipped — ! shows why",
		         t->lib->skipped_count,
		         t->lib->skipped_count == 1 ? "" : "s");
		draw_str_cut(p->win, y, 1, buf, w - 1, R_STALE);
		y--;
	}
	if (t->filtering || !lineedit_empty(&t->filter)) {
		int cx;
		draw_str(p->win, y, 1, "/", 1, R_BOLD);
		draw_editor(p->win, y, 2, w - 3, &t->filter,
		            t->filtering ? R_FIELD_FOCUS : R_FIELD, &cx);
		if (t->filtering) {
			p->cur_y = y;
			p->cur_x = cx;
		}
	}
}

static void pane_guides_draw(struct tui *t, struct pane *p)
{
	bool focus = t->focus == PANE_GUIDES;
	int w = p->w - 1, lh = list_height(t, p), y;
	char extra[64];
	size_t i;

	snprintf(extra, sizeof extra, " %zu/%zu", t->shown, t->lib->count);
	app_title(t, p, extra);
	/* The separator from the panes on the right. */
	theme_set(p->win, R_RULE);
	for (y = 0; y < p->h; y++)
		mvwadd_wch(p->win, y, w, WACS_VLINE);

	if (t->row_count == 0) {
		draw_str(p->win, 2, 1,
		         t->lib->count ? "No guide matches the filter."
		                       : "No guides found.",
		         w - 1, R_DIM);
		if (!t->lib->count)
			draw_str(p->win, 3, 1, "negotiator PATH… opens a folder.",
			         w - 1, R_DIM);
		draw_bottom(t, p, w);
		return;
	}
	/* Keep the cursor row (and its company heading) on screen. */
	if (t->sel < t->top)
		t->top = t->sel > 0 && t->rows_v[t->sel - 1].heading ? t->sel - 1
		                                                     : t->sel;
	if (t->sel >= t->top + (size_t)lh)
		t->top = t->sel - (size_t)lh + 1;
	for (y = 0, i = t->top; y < lh && i < t->row_count; y++, i++) {
		const struct guide_row *r = &t->rows_v[i];
		const struct guide *g = t->lib->guides[r->guide];
		int row = 1 + y, x;
		enum role base = R_NORMAL;

		if (r->heading) {
			draw_str_cut(p->win, row, 1, g->company_display, w - 1,
			             R_BOLD);
			continue;
		}
		if (i == t->sel) {
			base = focus ? R_SELECTED : R_SELECTED_DIM;
			draw_fill(p->win, row, 0, w, base);
		}
		x = draw_str(p->win, row, 1, g == t->g ? "▸ " : "  ", 2, base);
		{
			char marks[32] = "";
			int mw;
			if (guide_is_stale(g, t->today))
				strcat(marks, " stale");
			if (guide_is_sample(g))
				strcat(marks, " sample");
			mw = (int)strlen(marks);
			draw_str_cut(p->win, row, 1 + x, g->role_display,
			             w - 2 - x - mw, base);
			if (mw && w - 1 - mw > x + 4) {
				int mx = w - 1 - mw;
				if (guide_is_stale(g, t->today)) {
					draw_str(p->win, row, mx, " stale", 6,
					         base == R_NORMAL ? R_STALE : base);
					mx += 6;
				}
				if (guide_is_sample(g))
					draw_str(p->win, row, mx, " sample", 7,
					         base == R_NORMAL ? R_SAMPLE : base);
			}
		}
	}
	draw_bottom(t, p, w);
}

static enum pane_result pane_guides_key(struct tui *t, struct pane *p,
                                   enum action a, int key)
{
	int page = list_height(t, p) - 1;

	(void)key;
	switch (a) {
	case ACT_UP:
		return move_sel(t, -1) ? PANE_REDRAW : PANE_HANDLED;
	case ACT_DOWN:
		return move_sel(t, 1) ? PANE_REDRAW : PANE_HANDLED;
	case ACT_PAGE_UP:
		return move_sel(t, -(page > 1 ? page : 1)) ? PANE_REDRAW
		                                           : PANE_HANDLED;
	case ACT_PAGE_DOWN:
		return move_sel(t, page > 1 ? page : 1) ? PANE_REDRAW
		                                        : PANE_HANDLED;
	case ACT_TOP:
		return move_sel(t, -(long)t->row_count) ? PANE_REDRAW
		                                        : PANE_HANDLED;
	case ACT_BOTTOM:
		return move_sel(t, (long)t->row_count) ? PANE_REDRAW
		                                       : PANE_HANDLED;
	case ACT_FILTER:
		t->filtering = true;
		return PANE_REDRAW;
	case ACT_OPEN:
		open_selected(t);
		return PANE_HANDLED;
	case ACT_PROMPT_ACCEPT:
		t->filtering = false;
		open_selected(t);
		return PANE_REDRAW;
	case ACT_PROMPT_CANCEL:
	case ACT_CLEAR_FILTER:
		if (!t->filtering && lineedit_empty(&t->filter))
			return PANE_IGNORED;
		t->filtering = false;
		lineedit_init(&t->filter);
		refilter(t);
		return PANE_REDRAW;
	default:
		return PANE_IGNORED;
	}
}

static enum pane_result pane_guides_mouse(struct tui *t, struct pane *p, int y,
                                     int x, int wheel)
{
	size_t row;

	(void)x;
	if (wheel)
		return move_sel(t, wheel * 3) ? PANE_REDRAW : PANE_HANDLED;
	if (y < 1 || y > list_height(t, p))
		return PANE_HANDLED;
	row = t->top + (size_t)(y - 1);
	if (row >= t->row_count || t->rows_v[row].heading)
		return PANE_HANDLED;
	if (row == t->sel) {
		open_selected(t);
		return PANE_HANDLED;
	}
	t->sel = row;
	return PANE_REDRAW;
}

static struct lineedit *pane_guides_editor(struct tui *t, struct pane *p)
{
	(void)p;
	return t->filtering ? &t->filter : NULL;
}

static void pane_guides_edited(struct tui *t, struct pane *p)
{
	(void)p;
	refilter(t);
}

static const enum action_ctx *pane_guides_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx prompt[] = { CTX_PROMPT, CTX_EDIT, CTX_MOVE,
	                                          CTX_GLOBAL, CTX_NONE };
	static const enum action_ctx list[] = { CTX_GUIDES, CTX_MOVE, CTX_GLOBAL,
	                                        CTX_NONE };
	(void)p;
	return t->filtering ? prompt : list;
}

static void pane_guides_start(struct tui *t, struct pane *p)
{
	(void)p;
	refilter(t);
}

static void pane_guides_stop(struct tui *t, struct pane *p)
{
	(void)p;
	free(t->rows_v);
	t->rows_v = NULL;
	filter_index_free(&t->filter_ix);
	memo_clear(t);
	free(t->company_no);
	t->company_no = NULL;
	free(t->filter_last);
	t->filter_last = NULL;
}

const struct pane_ops pane_guides_ops = {
	.name = "Guides",
	.draw = pane_guides_draw,
	.key = pane_guides_key,
	.mouse = pane_guides_mouse,
	.editor = pane_guides_editor,
	.edited = pane_guides_edited,
	.chain = pane_guides_chain,
	.start = pane_guides_start,
	.stop = pane_guides_stop,
};
