/* pane_guides.c - the guide list: companies and their roles, stale and
 * sample marks, the filter prompt and the skipped-files note. */
#include "tui/pane_guides.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "tui/filter.h"
#include "tui/focus.h"
#include "tui/session.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

static bool same_company(const struct guide *a, const struct guide *b)
{
	return a && b && a->company && b->company &&
	       strcmp(a->company, b->company) == 0;
}

static struct guide *row_guide(const struct tui *t, size_t row)
{
	const struct guides_view *v = t->guides;
	if (row >= v->row_count || v->rows[row].heading)
		return NULL;
	return t->lib->guides[v->rows[row].guide];
}

/* The library's filter index, built once. */
static void index_ready(struct tui *t)
{
	struct guides_view *v = t->guides;
	if (v->filter_ix_ready || !t->lib)
		return;
	filter_index_build(&v->filter_ix, t->lib->guides, t->lib->count);
	v->filter_ix_ready = true;
}

/* The heading and the row of guide i, after the guide rows so far. */
static void add_row(struct guides_view *v, size_t i)
{
	if (v->row_count == 0 ||
	    v->company_no[i] != v->company_no[v->rows[v->row_count - 1].guide])
		v->rows[v->row_count++] = (struct guide_row){(uint32_t)i, true};
	v->rows[v->row_count++] = (struct guide_row){(uint32_t)i, false};
}

/* The rows are made as far as they are looked at (the screen, the
 * cursor, the guide a query goes to), never all at each keystroke: a
 * letter that keeps 9,000 guides of 10,000 makes the forty rows shown.
 * The next guide the filter keeps, at or after v->next; false when
 * none is left. */
static bool rows_more(struct tui *t)
{
	struct guides_view *v = t->guides;
	size_t i = v->next, n = t->lib->count;

	if (v->kept) {
		size_t k = i / 64;
		uint64_t bits = k < v->filter_ix.words
		                        ? v->kept[k] & (~(uint64_t)0 << (i % 64))
		                        : 0;
		while (!bits && ++k < v->filter_ix.words)
			bits = v->kept[k];
		if (!bits)
			i = n;
		else
			i = k * 64 + (size_t)__builtin_ctzll(bits);
	}
	if (i >= n) {
		v->next = n;
		return false;
	}
	add_row(v, i);
	v->next = i + 1;
	return true;
}

/* Rows made through row `row` (fewer when the filter keeps fewer). */
static void rows_through(struct tui *t, size_t row)
{
	while (t->guides->row_count <= row && rows_more(t))
		;
}

/* Rows made through guide i's, if the filter keeps it. */
static void rows_through_guide(struct tui *t, size_t i)
{
	while (t->guides->next <= i && rows_more(t))
		;
}

/* The row a list that shows `row` starts at: its company heading when
 * that is the row above. */
static size_t row_with_heading(const struct guides_view *v, size_t row)
{
	return row > 0 && v->rows[row - 1].heading ? row - 1 : row;
}

/* The row of guide i (the rows go in the library's order); SIZE_MAX
 * when the filter does not keep it. */
static size_t row_of(struct tui *t, size_t i)
{
	struct guides_view *v = t->guides;
	size_t lo = 0, hi;

	if (i == SIZE_MAX)
		return SIZE_MAX;
	rows_through_guide(t, i);
	hi = v->row_count;
	while (lo < hi) { /* the first row of a guide at or after i */
		size_t mid = lo + (hi - lo) / 2;
		if (v->rows[mid].guide < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < v->row_count && v->rows[lo].heading)
		lo++;
	return lo < v->row_count && v->rows[lo].guide == i ? lo : SIZE_MAX;
}

/* The guides the filter keeps, as a set from the index (filter.h), and
 * the rows made again from the top: a keystroke's work follows the
 * rows shown, not the library (issue 18). */
static void refilter(struct tui *t)
{
	struct guides_view *v = t->guides;
	const struct guide *keep = row_guide(t, v->sel);
	size_t keep_i = keep ? v->rows[v->sel].guide : 0;
	const char *text = lineedit_text(&v->filter);
	struct filter_query q;
	size_t k;

	filter_query_init(&q, text);
	free(v->kept);
	v->kept = NULL;
	v->shown = t->lib->count;
	if (q.count > 0) {
		index_ready(t);
		v->kept = xmalloc((v->filter_ix.words + 1) * sizeof *v->kept);
		filter_index_select(&v->filter_ix, &q, v->kept);
		v->shown = 0;
		for (k = 0; k < v->filter_ix.words; k++)
			v->shown += (size_t)__builtin_popcountll(v->kept[k]);
	}
	if (!v->company_no && t->lib->count > 0) {
		v->company_no = xmalloc(t->lib->count * sizeof *v->company_no);
		for (k = 0; k < t->lib->count; k++)
			v->company_no[k] =
				k > 0 && same_company(t->lib->guides[k - 1],
			                              t->lib->guides[k])
					? v->company_no[k - 1]
					: k;
	}
	/* At most a heading and a row per guide: room for all at once. */
	v->rows = xgrow(v->rows, &v->row_cap, 2 * t->lib->count + 1,
	                sizeof *v->rows);
	v->row_count = 0;
	v->next = 0;
	/* Typing a company's first letters goes to it; else stay on the
	 * same guide when the filter keeps it; else the first. */
	v->sel = SIZE_MAX;
	if (q.count > 0)
		v->sel = row_of(
			t, filter_index_company_first(&v->filter_ix, text));
	if (v->sel == SIZE_MAX && keep)
		v->sel = row_of(t, keep_i);
	if (v->sel == SIZE_MAX) {
		rows_through(t, 1);
		v->sel = v->row_count > 1 ? 1 : 0; /* under its heading */
	}
	/* The cursor's company at the top of the list: typing "sa" shows
	 * Salesforce's guides, not its first one at the foot of the
	 * screen (the frame pulls the list back down when it would leave
	 * rows empty below). */
	v->top = row_with_heading(v, v->sel);
	app_dirty(t, PANE_GUIDES);
}

/* Move the cursor by delta guide rows, skipping company headings. */
static bool move_sel(struct tui *t, long delta)
{
	struct guides_view *v = t->guides;
	size_t s = v->sel, last = v->sel;
	long step = delta < 0 ? -1 : 1;
	long n = delta < 0 ? -delta : delta;

	while (n > 0) {
		if (step > 0)
			rows_through(t, s + 1);
		if ((step < 0 && s == 0) || (step > 0 && s + 1 >= v->row_count))
			break;
		s = (size_t)((long)s + step);
		if (!v->rows[s].heading) {
			last = s;
			n--;
		}
	}
	if (last == v->sel)
		return false;
	v->sel = last;
	return true;
}

/* "4,466": a count with thousands separated. */
static void count_words(char *buf, size_t size, size_t n)
{
	if (n >= 1000000)
		snprintf(buf, size, "%zu,%03zu,%03zu", n / 1000000,
		         n / 1000 % 1000, n % 1000);
	else if (n >= 1000)
		snprintf(buf, size, "%zu,%03zu", n / 1000, n % 1000);
	else
		snprintf(buf, size, "%zu", n);
}

/* When most guides are past their review date, "stale" on every row
 * says nothing: the list says it once, and the rows mark the
 * exceptions ("current") instead. */
static bool most_stale(const struct tui *t)
{
	return t->lib->count > 0 && t->guides->stale_count * 2 > t->lib->count;
}

/* The marks after a guide's role: stale (or current), sample, and a dot
 * when it has a saved negotiation.  Returns their width. */
static int row_marks(const struct tui *t, size_t i, const char **words,
                     enum role *roles, int *n)
{
	const struct guides_view *v = t->guides;
	const struct guide *g = t->lib->guides[i];
	bool stale = guide_is_stale(g, t->today);
	int w = 0;

	*n = 0;
	if (stale && !most_stale(t)) {
		words[*n] = " stale";
		roles[(*n)++] = R_STALE;
	} else if (!stale && most_stale(t) && v->stale_count < t->lib->count) {
		words[*n] = " current";
		roles[(*n)++] = R_ABOVE;
	}
	if (guide_is_sample(g)) {
		words[*n] = " sample";
		roles[(*n)++] = R_SAMPLE;
	}
	if (v->saved && v->saved[i]) {
		words[*n] = " ●";
		roles[(*n)++] = R_FILL_ANSWER;
	}
	for (int k = 0; k < *n; k++)
		w += (int)utf8_width(words[k], strlen(words[k]));
	return w;
}

/* The lines under the list, from the foot up: the filter, the files
 * skipped, what is true of the whole library, and the selected guide's
 * whole name when its row cuts it.  Each wrapped to the width. */
struct foot_line {
	char text[200];
	enum role role;
};

static bool selected_cut(const struct tui *t, int w)
{
	const struct guides_view *v = t->guides;
	const struct guide *g = row_guide(t, v->sel);
	const char *words[4];
	enum role roles[4];
	int n, mw;

	if (!g)
		return false;
	mw = row_marks(t, v->rows[v->sel].guide, words, roles, &n);
	return (int)utf8_width(g->role_display, strlen(g->role_display)) >
	       w - 4 - mw;
}

static size_t foot_lines(const struct tui *t, int w, struct foot_line *out,
                         size_t max)
{
	const struct guides_view *v = t->guides;
	size_t n = 0;
	char num[32];

	if (t->lib->skipped_count > 0 && n < max) {
		snprintf(out[n].text, sizeof out[n].text,
		         "%zu file%s skipped — ! shows why",
		         t->lib->skipped_count,
		         t->lib->skipped_count == 1 ? "" : "s");
		out[n++].role = R_STALE;
	}
	if (most_stale(t) && n < max) {
		count_words(num, sizeof num, v->stale_count);
		if (t->lib->count == 1)
			snprintf(out[n].text, sizeof out[n].text,
			         "This guide is past its review date.");
		else if (v->stale_count == t->lib->count)
			snprintf(out[n].text, sizeof out[n].text,
			         "%s %s guides are past their review date.",
			         t->lib->count == 2 ? "Both" : "All", num);
		else
			snprintf(out[n].text, sizeof out[n].text,
			         "%s of these guides are past their review "
			         "date; "
			         "\"current\" marks the others.",
			         num);
		out[n++].role = R_STALE;
	}
	const struct guide *g = row_guide(t, v->sel);
	if (g && selected_cut(t, w) && n < max) {
		snprintf(out[n].text, sizeof out[n].text, "%s · %s",
		         g->company_display, g->role_display);
		out[n++].role = R_BOLD;
	}
	return n;
}

/* The rows the foot takes: its lines wrapped, three rows at most each,
 * and the filter prompt. */
static int foot_rows(const struct tui *t, const struct pane *p)
{
	const struct guides_view *v = t->guides;
	struct foot_line fl[3];
	size_t n = foot_lines(t, p->w - 1, fl, 3), k;
	int rows = v->filtering || !lineedit_empty(&v->filter) ? 1 : 0;

	for (k = 0; k < n; k++) {
		struct wrap_line *wl;
		size_t lines = wrap_text(fl[k].text, strlen(fl[k].text),
		                         p->w - 3, &wl);
		free(wl);
		rows += lines > 3 ? 3 : (int)lines;
	}
	return rows;
}

static int list_height(const struct tui *t, const struct pane *p)
{
	int h = p->h - 1 - foot_rows(t, p);
	return h < 1 ? 1 : h;
}

static void open_selected(struct tui *t)
{
	struct guide *g = row_guide(t, t->guides->sel);

	if (!g)
		return;
	if (g != t->g)
		session_open_guide(t, g);
	focus_set(t, PANE_BANDS);
}

static void draw_foot(struct tui *t, struct pane *p, int w)
{
	struct guides_view *v = t->guides;
	struct foot_line fl[3];
	size_t n = foot_lines(t, w, fl, 3), k;
	int y = p->h - foot_rows(t, p);

	for (k = 0; k < n; k++) {
		struct wrap_line *wl;
		size_t lines =
			wrap_text(fl[k].text, strlen(fl[k].text), w - 2, &wl);
		for (size_t l = 0; l < lines && l < 3; l++) {
			char *part =
				xstrndup(fl[k].text + wl[l].start, wl[l].len);
			draw_guide_str(p->win, y++, 1, part, w - 2, fl[k].role);
			free(part);
		}
		free(wl);
	}
	if (v->filtering || !lineedit_empty(&v->filter)) {
		int cx;
		draw_str(p->win, y, 1, "/", 1, R_BOLD);
		draw_editor(p->win, y, 2, w - 3, &v->filter,
		            v->filtering ? R_FIELD_FOCUS : R_FIELD, &cx);
		if (v->filtering) {
			p->cur_y = y;
			p->cur_x = cx;
		}
	}
}

static void pane_guides_draw(struct tui *t, struct pane *p)
{
	struct guides_view *v = t->guides;
	bool focus = t->focus == PANE_GUIDES;
	int w = p->w - 1, lh = list_height(t, p), y;
	char extra[80], shown[32], all[32];
	size_t i;

	count_words(shown, sizeof shown, v->shown);
	count_words(all, sizeof all, t->lib->count);
	snprintf(extra, sizeof extra, " %s/%s", shown, all);
	app_title(t, p, extra);
	/* The separator from the panes on the right. */
	for (y = 0; y < p->h; y++)
		draw_str(p->win, y, w, "│", 1, R_RULE);

	rows_through(t, 0);
	if (v->row_count == 0) {
		/* Wrapped, never cut: the way out is the point of it. */
		static const char hint[] =
			"No guides found. negotiator PATH… opens a folder "
			"of guides; -g DIR or $NEGOTIATOR_GUIDES adds it "
			"to every start.";
		struct wrap_line *wl;
		size_t n, k;
		if (t->lib->count) {
			draw_str(p->win, 2, 1, "No guide matches the filter.",
			         w - 1, R_DIM);
			draw_foot(t, p, w);
			return;
		}
		n = wrap_text(hint, strlen(hint), w - 2, &wl);
		for (k = 0; k < n && 2 + (int)k < lh; k++)
			draw_text(p->win, 2 + (int)k, 1, hint + wl[k].start,
			          wl[k].len, w - 2, R_DIM);
		free(wl);
		draw_foot(t, p, w);
		return;
	}
	/* Keep the cursor row (and its company heading) on screen. */
	if (v->sel < v->top)
		v->top = row_with_heading(v, v->sel);
	if (v->sel >= v->top + (size_t)lh)
		v->top = v->sel - (size_t)lh + 1;
	rows_through(t, v->top + (size_t)(lh > 0 ? lh : 0));
	/* No empty rows below the list's end while rows above are hidden:
	 * the cursor, below the old top, stays in sight. */
	if (lh > 0 && v->top > 0 && v->row_count < v->top + (size_t)lh)
		v->top = v->row_count > (size_t)lh ? v->row_count - (size_t)lh
		                                   : 0;
	for (y = 0, i = v->top; y < lh && i < v->row_count; y++, i++) {
		const struct guide_row *r = &v->rows[i];
		const struct guide *g = t->lib->guides[r->guide];
		const char *words[4];
		enum role roles[4];
		int row = 1 + y, x, mw, nm, k;
		enum role base = R_NORMAL;

		if (r->heading) {
			draw_str_cut(p->win, row, 1, g->company_display, w - 1,
			             R_BOLD);
			continue;
		}
		if (i == v->sel) {
			base = focus ? R_SELECTED : R_SELECTED_DIM;
			draw_fill(p->win, row, 0, w, base);
		}
		x = draw_str(p->win, row, 1, g == t->g ? "▸ " : "  ", 2, base);
		mw = row_marks(t, r->guide, words, roles, &nm);
		draw_str_cut(p->win, row, 1 + x, g->role_display,
		             w - 2 - x - mw, base);
		if (mw && w - 1 - mw > x + 4) {
			int mx = w - 1 - mw;
			for (k = 0; k < nm; k++)
				mx += draw_str(
					p->win, row, mx, words[k], w - mx,
					base == R_NORMAL ? roles[k] : base);
		}
	}
	draw_foot(t, p, w);
}

/* As wide as the widest company or role with its marks, for the layout
 * (which caps it). */
static int pane_guides_width(struct tui *t, struct pane *p)
{
	(void)p;
	return t->guides->list_want_w;
}

/* The cursor moved by delta rows: redraw the list now, and show the
 * guide under it once the keys rest (pane_guides_idle). */
static enum pane_result follow(struct tui *t, long delta)
{
	if (!move_sel(t, delta))
		return PANE_HANDLED;
	t->idle_wanted = true;
	return PANE_REDRAW;
}

static enum pane_result pane_guides_key(struct tui *t, struct pane *p,
                                        enum action a, int key)
{
	struct guides_view *v = t->guides;
	int page = list_height(t, p) - 1;

	(void)key;
	switch (a) {
	case ACT_UP: return follow(t, -1);
	case ACT_DOWN: return follow(t, 1);
	case ACT_PAGE_UP: return follow(t, -(page > 1 ? page : 1));
	case ACT_PAGE_DOWN: return follow(t, page > 1 ? page : 1);
	case ACT_TOP: return follow(t, -(long)v->row_count);
	case ACT_BOTTOM:
		rows_through(t, SIZE_MAX - 1);
		return follow(t, (long)v->row_count);
	case ACT_FILTER:
		/* The index the letters typed are looked up in: built
		 * here, once, so that no letter waits for it. */
		index_ready(t);
		/* A new query, as in less; the one shown is one Up away. */
		if (!lineedit_empty(&v->filter)) {
			snprintf(v->filter_prev, sizeof v->filter_prev, "%s",
			         lineedit_text(&v->filter));
			lineedit_init(&v->filter);
			refilter(t);
		}
		v->filtering = true;
		return PANE_REDRAW;
	case ACT_SEARCH_RECALL:
		if (!lineedit_empty(&v->filter) || !v->filter_prev[0])
			return follow(t, -1); /* Up, as in the list */
		lineedit_set(&v->filter, v->filter_prev);
		refilter(t);
		t->idle_wanted = true;
		return PANE_REDRAW;
	case ACT_OPEN: open_selected(t); return PANE_HANDLED;
	case ACT_PROMPT_ACCEPT:
		v->filtering = false;
		open_selected(t);
		return PANE_REDRAW;
	case ACT_PROMPT_CANCEL:
	case ACT_CLEAR_FILTER:
		if (!v->filtering && lineedit_empty(&v->filter))
			return PANE_IGNORED;
		v->filtering = false;
		lineedit_init(&v->filter);
		refilter(t);
		return PANE_REDRAW;
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_guides_mouse(struct tui *t, struct pane *p, int y,
                                          int x, int wheel)
{
	struct guides_view *v = t->guides;
	size_t row;

	(void)x;
	if (wheel)
		return follow(t, wheel * 3);
	if (y < 1 || y > list_height(t, p))
		return PANE_HANDLED;
	row = v->top + (size_t)(y - 1);
	rows_through(t, row);
	if (row >= v->row_count || v->rows[row].heading)
		return PANE_HANDLED;
	if (row == v->sel) {
		open_selected(t);
		return PANE_HANDLED;
	}
	v->sel = row;
	t->idle_wanted = true;
	return PANE_REDRAW;
}

static struct lineedit *pane_guides_editor(struct tui *t, struct pane *p)
{
	struct guides_view *v = t->guides;
	(void)p;
	return v->filtering ? &v->filter : NULL;
}

static void pane_guides_edited(struct tui *t, struct pane *p)
{
	(void)p;
	refilter(t);
	t->idle_wanted = true;
}

/* The keys rest on a guide of the list: its bands, ask and floor show
 * in the panes, the list keeping the keys (Enter moves them there).
 * Only now is its body read, so running down 10,000 guides reads
 * none but the last. */
static void pane_guides_idle(struct tui *t, struct pane *p)
{
	struct guide *g = row_guide(t, t->guides->sel);

	(void)p;
	if (!g || g == t->g || t->focus != PANE_GUIDES)
		return;
	if (t->overlay != OVERLAY_NONE)
		t->idle_wanted = true; /* once the window is closed */
	else
		session_open_guide(t, g);
}

static const enum action_ctx *pane_guides_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx prompt[] = {CTX_PROMPT, CTX_EDIT,
	                                         CTX_SEARCH, CTX_MOVE,
	                                         CTX_GLOBAL, CTX_NONE};
	static const enum action_ctx list[] = {CTX_GUIDES, CTX_MOVE, CTX_GLOBAL,
	                                       CTX_NONE};
	(void)p;
	return t->guides->filtering ? prompt : list;
}

static int guide_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Which guides have a saved negotiation: the state folder's file names,
 * read once, against each guide's. */
static void find_saved(struct tui *t)
{
	struct guides_view *v = t->guides;
	char path[4096], *slash, **names = NULL;
	size_t count = 0, cap = 0, i;
	struct dirent *e;
	DIR *d;

	/* Kept even with no folder yet: the first save marks its guide
	 * (session.c), and a new user's first save makes the folder. */
	v->saved = xcalloc(t->lib->count ? t->lib->count : 1, sizeof *v->saved);
	if (!state_path("x/y", path, sizeof path) ||
	    !(slash = strrchr(path, '/')))
		return;
	*slash = '\0';
	if (!(d = opendir(path)))
		return;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n > 6 && strcmp(e->d_name + n - 6, ".state") == 0) {
			names = xgrow(names, &cap, count + 1, sizeof *names);
			names[count++] = xstrdup(e->d_name);
		}
	}
	closedir(d);
	if (count) /* qsort of NULL is undefined, even for 0 */
		qsort(names, count, sizeof *names, guide_name_cmp);
	for (i = 0; i < t->lib->count && count; i++) {
		char *base;
		if (!state_path(t->lib->guides[i]->id, path, sizeof path))
			continue;
		base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		v->saved[i] = bsearch(&base, names, count, sizeof *names,
		                      guide_name_cmp) != NULL;
	}
	for (i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

/* Once: how many guides are stale, the widest row, who has a saved
 * negotiation; then the rows. */
static void pane_guides_start(struct tui *t, struct pane *p)
{
	if (!t->guides) {
		t->guides = xcalloc(1, sizeof *t->guides);
		lineedit_init(&t->guides->filter);
	}
	struct guides_view *v = t->guides;
	size_t i;
	int w;

	(void)p;
	v->stale_count = 0;
	v->list_want_w = 0;
	for (i = 0; i < t->lib->count; i++) {
		const struct guide *g = t->lib->guides[i];
		if (guide_is_stale(g, t->today))
			v->stale_count++;
		/* "▸ " role, the widest marks, the separator. */
		w = 3 +
		    (int)utf8_width(g->role_display, strlen(g->role_display)) +
		    (int)strlen(" current sample") + 2 + 1;
		if (w > v->list_want_w)
			v->list_want_w = w;
		w = 2 +
		    (int)utf8_width(g->company_display,
		                    strlen(g->company_display)) +
		    1;
		if (w > v->list_want_w)
			v->list_want_w = w;
	}
	find_saved(t);
	refilter(t);
}

/* The open guide's index in the library; SIZE_MAX when none is open. */
static size_t open_guide_index(const struct tui *t)
{
	for (size_t i = 0; t->g && i < t->lib->count; i++)
		if (t->lib->guides[i] == t->g)
			return i;
	return SIZE_MAX;
}

/* The list's cursor goes to the guide just opened, when it is listed;
 * a guide saved for the first time gets its mark. */
static void pane_guides_changed(struct tui *t, struct pane *p,
                                enum app_event ev)
{
	struct guides_view *v = t->guides;
	size_t i, row;

	if (ev != APP_SAVED && ev != APP_GUIDE_OPENED)
		return;
	i = open_guide_index(t);
	if (i == SIZE_MAX)
		return;
	if (ev == APP_SAVED && v && v->saved) {
		p->dirty |= !v->saved[i];
		v->saved[i] = true;
	} else if (ev == APP_GUIDE_OPENED && (row = row_of(t, i)) != SIZE_MAX) {
		v->sel = row;
		p->dirty = true;
	}
}

/* What the list holds goes; the view stays, with the filter typed, for
 * the next start (a reload). */
static void pane_guides_stop(struct tui *t, struct pane *p)
{
	struct guides_view *v = t->guides;

	(void)p;
	if (!v)
		return;
	free(v->rows);
	v->rows = NULL;
	v->row_count = v->row_cap = 0;
	v->next = 0;
	free(v->kept);
	v->kept = NULL;
	v->sel = 0;
	filter_index_free(&v->filter_ix);
	v->filter_ix_ready = false;
	free(v->company_no);
	v->company_no = NULL;
	free(v->saved);
	v->saved = NULL;
}

static bool pane_guides_works(struct tui *t, struct pane *p, enum action a)
{
	struct guides_view *v = t->guides;
	(void)p;
	switch (a) {
	case ACT_OPEN:
	case ACT_PROMPT_ACCEPT: return row_guide(t, v->sel) != NULL;
	case ACT_FILTER: return t->lib->count > 0;
	case ACT_CLEAR_FILTER: return !lineedit_empty(&v->filter);
	default: return true;
	}
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
	.width = pane_guides_width,
	.changed = pane_guides_changed,
	.stop = pane_guides_stop,
	.works = pane_guides_works,
	.idle = pane_guides_idle,
};
