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
	if (row >= t->row_count || t->rows_v[row].heading)
		return NULL;
	return t->lib->guides[t->rows_v[row].guide];
}

/* The library's filter index, built once. */
static void index_ready(struct tui *t)
{
	if (t->filter_ix_ready || !t->lib)
		return;
	filter_index_build(&t->filter_ix, t->lib->guides, t->lib->count);
	t->filter_ix_ready = true;
}

/* The heading and the row of guide i, after the guide rows so far. */
static void add_row(struct tui *t, size_t i)
{
	if (t->shown == 0 ||
	    t->company_no[i] !=
	            t->company_no[t->rows_v[t->row_count - 1].guide])
		t->rows_v[t->row_count++] =
			(struct guide_row){(uint32_t)i, true};
	t->rows_v[t->row_count++] = (struct guide_row){(uint32_t)i, false};
	t->shown++;
}

/* The row of guide i (the rows go in the library's order); SIZE_MAX
 * when the filter does not keep it. */
static size_t row_of(const struct tui *t, size_t i)
{
	size_t lo = 0, hi = t->row_count;

	if (i == SIZE_MAX)
		return SIZE_MAX;
	while (lo < hi) { /* the first row of a guide at or after i */
		size_t mid = lo + (hi - lo) / 2;
		if (t->rows_v[mid].guide < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < t->row_count && t->rows_v[lo].heading)
		lo++;
	return lo < t->row_count && t->rows_v[lo].guide == i ? lo : SIZE_MAX;
}

/* The rows of the guides the filter keeps: a keystroke asks the index
 * which (filter.h), then walks that set, so that its work follows the
 * guides kept, not the library. */
static void refilter(struct tui *t)
{
	const struct guide *keep = row_guide(t, t->sel);
	size_t keep_i = keep ? t->rows_v[t->sel].guide : 0;
	const char *text = lineedit_text(&t->filter);
	struct filter_query q;
	uint64_t *set = NULL;
	size_t i, k;

	filter_query_init(&q, text);
	if (q.count > 0) {
		index_ready(t);
		set = xmalloc((t->filter_ix.words + 1) * sizeof *set);
		filter_index_select(&t->filter_ix, &q, set);
	}
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
	t->rows_v = xgrow(t->rows_v, &t->row_cap, 2 * t->lib->count + 1,
	                  sizeof *t->rows_v);
	if (set) {
		for (k = 0; k < t->filter_ix.words; k++)
			for (uint64_t bits = set[k]; bits; bits &= bits - 1)
				add_row(t,
				        k * 64 + (size_t)__builtin_ctzll(bits));
	} else {
		for (i = 0; i < t->lib->count; i++)
			add_row(t, i);
	}
	free(set);
	/* Typing a company's first letters goes to it; else stay on the
	 * same guide when the filter keeps it; else the first. */
	t->sel = SIZE_MAX;
	if (q.count > 0)
		t->sel = row_of(
			t, filter_index_company_first(&t->filter_ix, text));
	if (t->sel == SIZE_MAX && keep)
		t->sel = row_of(t, keep_i);
	if (t->sel == SIZE_MAX)
		t->sel = t->row_count > 1 ? 1 : 0; /* under its heading */
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
	return t->lib->count > 0 && t->stale_count * 2 > t->lib->count;
}

/* The marks after a guide's role: stale (or current), sample, and a dot
 * when it has a saved negotiation.  Returns their width. */
static int row_marks(const struct tui *t, size_t i, const char **words,
                     enum role *roles, int *n)
{
	const struct guide *g = t->lib->guides[i];
	bool stale = guide_is_stale(g, t->today);
	int w = 0;

	*n = 0;
	if (stale && !most_stale(t)) {
		words[*n] = " stale";
		roles[(*n)++] = R_STALE;
	} else if (!stale && most_stale(t) && t->stale_count < t->lib->count) {
		words[*n] = " current";
		roles[(*n)++] = R_ABOVE;
	}
	if (guide_is_sample(g)) {
		words[*n] = " sample";
		roles[(*n)++] = R_SAMPLE;
	}
	if (t->saved && t->saved[i]) {
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
	const struct guide *g = row_guide(t, t->sel);
	const char *words[4];
	enum role roles[4];
	int n, mw;

	if (!g)
		return false;
	mw = row_marks(t, t->rows_v[t->sel].guide, words, roles, &n);
	return (int)utf8_width(g->role_display, strlen(g->role_display)) >
	       w - 4 - mw;
}

static size_t foot_lines(const struct tui *t, int w, struct foot_line *out,
                         size_t max)
{
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
		count_words(num, sizeof num, t->stale_count);
		if (t->lib->count == 1)
			snprintf(out[n].text, sizeof out[n].text,
			         "This guide is past its review date.");
		else if (t->stale_count == t->lib->count)
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
	const struct guide *g = row_guide(t, t->sel);
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
	struct foot_line fl[3];
	size_t n = foot_lines(t, p->w - 1, fl, 3), k;
	int rows = t->filtering || !lineedit_empty(&t->filter) ? 1 : 0;

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
	struct guide *g = row_guide(t, t->sel);

	if (!g)
		return;
	if (g != t->g)
		session_open_guide(t, g);
	focus_set(t, PANE_BANDS);
}

static void draw_foot(struct tui *t, struct pane *p, int w)
{
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
	char extra[80], shown[32], all[32];
	size_t i;

	count_words(shown, sizeof shown, t->shown);
	count_words(all, sizeof all, t->lib->count);
	snprintf(extra, sizeof extra, " %s/%s", shown, all);
	app_title(t, p, extra);
	/* The separator from the panes on the right. */
	for (y = 0; y < p->h; y++)
		draw_str(p->win, y, w, "│", 1, R_RULE);

	if (t->row_count == 0) {
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
	if (t->sel < t->top)
		t->top = t->sel > 0 && t->rows_v[t->sel - 1].heading
		                 ? t->sel - 1
		                 : t->sel;
	if (t->sel >= t->top + (size_t)lh)
		t->top = t->sel - (size_t)lh + 1;
	for (y = 0, i = t->top; y < lh && i < t->row_count; y++, i++) {
		const struct guide_row *r = &t->rows_v[i];
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
		if (i == t->sel) {
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
	return t->list_want_w;
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
	int page = list_height(t, p) - 1;

	(void)key;
	switch (a) {
	case ACT_UP: return follow(t, -1);
	case ACT_DOWN: return follow(t, 1);
	case ACT_PAGE_UP: return follow(t, -(page > 1 ? page : 1));
	case ACT_PAGE_DOWN: return follow(t, page > 1 ? page : 1);
	case ACT_TOP: return follow(t, -(long)t->row_count);
	case ACT_BOTTOM: return follow(t, (long)t->row_count);
	case ACT_FILTER:
		/* The index the letters typed are looked up in: built
		 * here, once, so that no letter waits for it. */
		index_ready(t);
		/* A new query, as in less; the one shown is one Up away. */
		if (!lineedit_empty(&t->filter)) {
			snprintf(t->filter_prev, sizeof t->filter_prev, "%s",
			         lineedit_text(&t->filter));
			lineedit_init(&t->filter);
			refilter(t);
		}
		t->filtering = true;
		return PANE_REDRAW;
	case ACT_SEARCH_RECALL:
		if (!lineedit_empty(&t->filter) || !t->filter_prev[0])
			return follow(t, -1); /* Up, as in the list */
		lineedit_set(&t->filter, t->filter_prev);
		refilter(t);
		t->idle_wanted = true;
		return PANE_REDRAW;
	case ACT_OPEN: open_selected(t); return PANE_HANDLED;
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
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_guides_mouse(struct tui *t, struct pane *p, int y,
                                          int x, int wheel)
{
	size_t row;

	(void)x;
	if (wheel)
		return follow(t, wheel * 3);
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
	t->idle_wanted = true;
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
	t->idle_wanted = true;
}

/* The keys rest on a guide of the list: its bands, ask and floor show
 * in the panes, the list keeping the keys (Enter moves them there).
 * Only now is its body read, so running down 10,000 guides reads
 * none but the last. */
static void pane_guides_idle(struct tui *t, struct pane *p)
{
	struct guide *g = row_guide(t, t->sel);

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
	return t->filtering ? prompt : list;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Which guides have a saved negotiation: the state folder's file names,
 * read once, against each guide's. */
static void find_saved(struct tui *t)
{
	char path[4096], *slash, **names = NULL;
	size_t count = 0, cap = 0, i;
	struct dirent *e;
	DIR *d;

	/* Kept even with no folder yet: the first save marks its guide
	 * (session.c), and a new user's first save makes the folder. */
	t->saved = xcalloc(t->lib->count ? t->lib->count : 1, sizeof *t->saved);
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
		qsort(names, count, sizeof *names, name_cmp);
	for (i = 0; i < t->lib->count && count; i++) {
		char *base;
		if (!state_path(t->lib->guides[i]->id, path, sizeof path))
			continue;
		base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		t->saved[i] = bsearch(&base, names, count, sizeof *names,
		                      name_cmp) != NULL;
	}
	for (i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

/* Once: how many guides are stale, the widest row, who has a saved
 * negotiation; then the rows. */
static void pane_guides_start(struct tui *t, struct pane *p)
{
	size_t i;
	int w;

	(void)p;
	t->stale_count = 0;
	t->list_want_w = 0;
	for (i = 0; i < t->lib->count; i++) {
		const struct guide *g = t->lib->guides[i];
		if (guide_is_stale(g, t->today))
			t->stale_count++;
		/* "▸ " role, the widest marks, the separator. */
		w = 3 +
		    (int)utf8_width(g->role_display, strlen(g->role_display)) +
		    (int)strlen(" current sample") + 2 + 1;
		if (w > t->list_want_w)
			t->list_want_w = w;
		w = 2 +
		    (int)utf8_width(g->company_display,
		                    strlen(g->company_display)) +
		    1;
		if (w > t->list_want_w)
			t->list_want_w = w;
	}
	find_saved(t);
	refilter(t);
}

/* The list's cursor goes to the guide just opened, when it is listed. */
static void pane_guides_changed(struct tui *t, struct pane *p,
                                enum app_event ev)
{
	size_t i;

	if (ev != APP_GUIDE_OPENED)
		return;
	for (i = 0; i < t->row_count; i++)
		if (row_guide(t, i) == t->g) {
			t->sel = i;
			p->dirty = true;
			return;
		}
}

static void pane_guides_stop(struct tui *t, struct pane *p)
{
	(void)p;
	free(t->rows_v);
	t->rows_v = NULL;
	filter_index_free(&t->filter_ix);
	t->filter_ix_ready = false;
	free(t->company_no);
	t->company_no = NULL;
	free(t->saved);
	t->saved = NULL;
}

static bool pane_guides_works(struct tui *t, struct pane *p, enum action a)
{
	(void)p;
	switch (a) {
	case ACT_OPEN:
	case ACT_PROMPT_ACCEPT: return row_guide(t, t->sel) != NULL;
	case ACT_FILTER: return t->lib->count > 0;
	case ACT_CLEAR_FILTER: return !lineedit_empty(&t->filter);
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
