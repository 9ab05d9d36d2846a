/* overlay.c - the help window (every key, from the action table), the
 * skipped-files window, where the open guide's ask, floor and counter
 * come from, and the offers side by side, drawn over the panes. */
#include "tui/overlay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/draw.h"
#include "tui/sidebyside.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

/* The windows' state, made when first needed. */
static struct overlay_view *view(struct tui *t)
{
	if (!t->overlay_view)
		t->overlay_view = xcalloc(1, sizeof *t->overlay_view);
	return t->overlay_view;
}

struct oline {
	char *text;
	enum role role;
	int indent;
};

struct olines {
	struct oline *v;
	size_t count, cap;
};

static void olines_add(struct olines *l, const char *text, enum role r,
                       int indent)
{
	l->v = xgrow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count].text = xstrdup(text);
	l->v[l->count].role = r;
	l->v[l->count].indent = indent;
	l->count++;
}

static void free_lines(struct olines *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		free(l->v[i].text);
	free(l->v);
}

static void add_wrapped(struct olines *l, const char *text, int width,
                        enum role first, enum role rest, int hang);

struct help_ctx {
	struct olines *l;
	int width;
	enum action_ctx jump; /* the heading to open at */
	size_t *jump_line;
};

static void help_one(void *arg, enum action_ctx ctx,
                     const struct action_info *a)
{
	struct help_ctx *hc = arg;
	char keys[96], line[256];

	if (!a) {
		if (hc->l->count)
			olines_add(hc->l, "", R_NORMAL, 0);
		if (ctx == hc->jump && hc->jump_line)
			*hc->jump_line = hc->l->count;
		olines_add(hc->l, keys_ctx_title(ctx), R_HEADING, 0);
		return;
	}
	keys_action_label(a, keys, sizeof keys);
	/* The keys in a column, the help beside them, wrapped under
	 * itself when it is longer than the window is wide. */
	{
		int col = 19, room = hc->width - 4 - col;
		struct wrap_line *wl;
		size_t n, k;

		if ((int)utf8_width(keys, strlen(keys)) >= col - 1 ||
		    room < 20) {
			snprintf(line, sizeof line, "%s  %s", keys, a->help);
			add_wrapped(hc->l, line, hc->width - 2, R_NORMAL,
			            R_NORMAL, 4);
			return;
		}
		n = wrap_text(a->help, strlen(a->help), room, &wl);
		for (k = 0; k < n; k++) {
			snprintf(line, sizeof line, "%-18s %.*s",
			         k == 0 ? keys : "", (int)wl[k].len,
			         a->help + wl[k].start);
			olines_add(hc->l, line, R_NORMAL, 2);
		}
		free(wl);
	}
}

static void help_lines(struct tui *t, struct olines *l, int width)
{
	struct overlay_view *ov = view(t);
	size_t jump = 0;
	struct help_ctx hc = {l, width, ov->help_ctx, &jump};
	char line[700], path[sizeof t->rates_path + 8];

	keys_walk(help_one, &hc);
	if (ov->help_jump) {
		ov->top = jump;
		ov->help_jump = false;
	}
	olines_add(l, "", R_NORMAL, 0);
	olines_add(l, "In a field or prompt, printable keys type text.", R_DIM,
	           0);
	add_wrapped(l, keys_mouse_help(), width, R_DIM, R_DIM, 0);
	add_wrapped(l,
	            "Amounts: 130000, 130k, €130K, 1.2M, 130.000 € (by the "
	            "currency's marks), 35 lakh, 1.2 crore; bonus also as "
	            "15%.",
	            width, R_DIM, R_DIM, 0);
	draw_path_fit(path, sizeof path, t->rates_path, width - 1); /* and "," */
	snprintf(line, sizeof line,
	         "Amounts in another currency ($150K) are converted with the "
	         "rates in %s, one a line: 1 USD = N EUR, N today's rate "
	         "(read again when the file changes).",
	         path);
	add_wrapped(l, line, width, R_DIM, R_DIM, 0);
	olines_add(l,
	           "Vesting: percents a year, 5/15/40/40 (empty: 25 a year, "
	           "one-year cliff).",
	           R_DIM, 0);
	add_wrapped(l,
	            "Settings, colours and more keys: the config file, "
	            "$XDG_CONFIG_HOME/negotiator/config, read at the start and "
	            "on R "
	            "(set default-region = …, set equity-value = …, color …, "
	            "bind KEY ACTION; man negotiator, CONFIGURATION).",
	            width, R_DIM, R_DIM, 0);
}

/* Text wrapped into the window, later lines indented. */
static void add_wrapped(struct olines *l, const char *text, int width,
                        enum role first, enum role rest, int hang)
{
	struct wrap_line *wl;
	size_t n, k;

	n = wrap_text(text, strlen(text), width - 4, &wl);
	for (k = 0; k < n; k++) {
		char *part = xstrndup(text + wl[k].start, wl[k].len);
		olines_add(l, part, k == 0 ? first : rest, k == 0 ? 0 : hang);
		free(part);
	}
	free(wl);
}

/* What this session had to say: saved negotiations moved aside, saves
 * that failed, lines of the rates file it could not use. */
static void note_lines(struct tui *t, struct olines *l, int width)
{
	size_t i;

	if (t->note_count == 0)
		return;
	olines_add(l, "", R_NORMAL, 0);
	olines_add(l, "Messages", R_HEADING, 0);
	for (i = 0; i < t->note_count; i++)
		add_wrapped(l, t->notes[i], width, R_NORMAL, R_NORMAL, 2);
}

static void skipped_lines(struct tui *t, struct olines *l, int width)
{
	size_t i;
	char *line;
	struct strbuf sb;

	if (t->lib->skipped_count == 0) {
		olines_add(l, "No files were skipped.", R_DIM, 0);
		note_lines(t, l, width);
		return;
	}
	for (i = 0; i < t->lib->skipped_count; i++) {
		const struct skipped_file *s = &t->lib->skipped[i];
		sb_init(&sb);
		if (s->line > 0)
			sb_addf(&sb, "%s:%d: %s", s->path_shown, s->line,
			        s->reason);
		else
			sb_addf(&sb, "%s: %s", s->path_shown, s->reason);
		line = text_clean(sb.data ? sb.data : "", sb.len, false);
		sb_free(&sb);
		add_wrapped(l, line, width, R_NORMAL, R_DIM, 2);
		free(line);
	}
	note_lines(t, l, width);
}

/* The figures of band bi read but not used (struct doubt), under their
 * own heading: "floor $15K base: read, doubtful (line 16), not used: far
 * outside the band's $180K–$240K", then the sentence.  True when any. */
static bool doubt_lines(const struct guide *g, size_t bi, struct olines *l,
                        int width, bool after)
{
	static const char *const sides[] = {"ask", "floor", "counter"};
	char line[900], fig[64];
	bool any = false;

	for (size_t i = 0; i < g->doubt_count; i++) {
		const struct doubt *d = &g->doubts[i];

		if (d->band != bi)
			continue;
		if (!any) {
			if (after)
				olines_add(l, "", R_NORMAL, 0);
			snprintf(line, sizeof line, "Read, doubtful — %s",
			         g->bands[bi].region);
			olines_add(l, line, R_HEADING, 0);
		}
		guide_figure_text(fig, sizeof fig, &d->fig, d->part);
		snprintf(line, sizeof line,
		         "%s %s %s: read, doubtful (line %d), not used: %s",
		         sides[d->side], fig, guide_part_words(d->part),
		         d->fig.source.line, d->why);
		add_wrapped(l, line, width, R_BOLD, R_NORMAL, 4);
		if (d->fig.source.text) {
			snprintf(line, sizeof line, "    line %d: \"%s\"",
			         d->fig.source.line, d->fig.source.text);
			add_wrapped(l, line, width - 4, R_NORMAL, R_NORMAL, 4);
		}
		any = true;
	}
	return any;
}

/* Where each figure of the region's ask, floor and counter was read:
 * the figure, then its line and sentence. */
static void source_lines(struct tui *t, struct olines *l, int width)
{
	const struct guide *g = t->g;
	const struct band *b = app_band(t);
	static const char *const names[3] = {"Target ask", "Accept-at floor",
	                                     "The company's counter"};
	char line[900], fig[64];
	bool any = false;

	if (!g || !b) {
		olines_add(l, "No guide is open.", R_DIM, 0);
		return;
	}
	const struct ask *sides[3] = {b->target, b->floor, b->counter};
	for (int k = 0; k < 3; k++) {
		if (!ask_any(sides[k]))
			continue;
		if (any)
			olines_add(l, "", R_NORMAL, 0);
		snprintf(line, sizeof line, "%s — %s", names[k], b->region);
		olines_add(l, line, R_HEADING, 0);
		for (int p = 0; p < ASK_PART_COUNT; p++) {
			const struct figure *f = &sides[k]->part[p];
			if (!f->known)
				continue;
			guide_figure_text(fig, sizeof fig, f, (enum ask_part)p);
			snprintf(line, sizeof line, "%s %s", fig,
			         guide_part_words((enum ask_part)p));
			olines_add(l, line, R_BOLD, 2);
			if (f->source.text)
				snprintf(line, sizeof line,
				         "    line %d: \"%s\"", f->source.line,
				         f->source.text);
			else
				snprintf(line, sizeof line,
				         "    line %d: the front matter",
				         f->source.line);
			add_wrapped(l, line, width - 4, R_NORMAL, R_NORMAL, 4);
		}
		any = true;
	}
	if (doubt_lines(g, (size_t)(b - g->bands), l, width, any))
		any = true;
	if (!any && g->strategy_unread) {
		snprintf(line, sizeof line,
		         "Not read (line %d): the strategy states "
		         "amounts, but no ask or floor could be read for any "
		         "region.",
		         g->strategy_line);
		add_wrapped(l, line, width, R_NORMAL, R_NORMAL, 0);
	} else if (!any) {
		snprintf(line, sizeof line,
		         "The guide states no ask, floor or counter "
		         "for %s.",
		         b->region);
		add_wrapped(l, line, width, R_DIM, R_DIM, 0);
	}
	if (g->premium.present) {
		char pt[120];
		guide_premium_text(pt, sizeof pt, &g->premium);
		olines_add(l, "", R_NORMAL, 0);
		snprintf(line, sizeof line, "Premium — %s", pt);
		olines_add(l, line, R_HEADING, 0);
		if (g->premium.source.text && g->premium.source.line > 0) {
			snprintf(line, sizeof line, "    line %d: \"%s\"",
			         g->premium.source.line,
			         g->premium.source.text);
			add_wrapped(l, line, width - 4, R_NORMAL, R_NORMAL, 4);
		} else if (g->premium.from_front_matter) {
			olines_add(l, "the front matter", R_NORMAL, 2);
		}
	}
}

static void offers_add(void *arg, const char *text, size_t len, enum role r,
                       int indent)
{
	char *s = xstrndup(text, len);
	olines_add(arg, s, r, indent);
	free(s);
}

/* Every offer side by side (sidebyside.h), with the keys that change
 * them. */
static void offers_lines(struct tui *t, struct olines *l, int width)
{
	if (!t->g || !app_band(t)) {
		olines_add(l, "Open a guide first.", R_DIM, 0);
		return;
	}
	if (t->an.offers.count == 0) {
		add_wrapped(l,
		            "No offer typed yet: o opens the form; C-n there "
		            "starts another competing offer, < and > go "
		            "through them and the company's.",
		            width, R_DIM, R_DIM, 0);
		return;
	}
	sidebyside_lines(t, width, offers_add, l);
	olines_add(l, "", R_NORMAL, 0);
	add_wrapped(l,
	            "In the form (o): C-n a new competing offer, < > the "
	            "others and the company's. In the counter (c): x "
	            "answers another offer, C records the company's as a "
	            "round. e writes it all as Markdown.",
	            width, R_DIM, R_DIM, 0);
}

/* The question of the confirm window, and how to answer it. */
static void confirm_lines(struct tui *t, struct olines *l, int width)
{
	const struct overlay_view *ov = view(t);
	char *text =
		text_clean(ov->confirm_text, strlen(ov->confirm_text), true);
	char *p = text, *nl;

	/* Paragraphs are separated by newlines. */
	for (;;) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (*p)
			add_wrapped(l, p, width, R_NORMAL, R_NORMAL, 0);
		else
			olines_add(l, "", R_NORMAL, 0);
		if (!nl)
			break;
		p = nl + 1;
	}
	free(text);
	olines_add(l, "", R_NORMAL, 0);
	if (t->confirm == CONFIRM_QUIT)
		add_wrapped(
			l,
			"r  retry    e  save elsewhere    Q  quit anyway    "
			"Esc or any other key  stay",
			width, R_BOLD, R_BOLD, 0);
	else
		olines_add(l, "y  yes        n, Esc or any other key  no",
		           R_BOLD, 0);
}

/* The search asked for (find): the next line holding the
 * query from the top shown, round the end; its place in words. */
static void find_line(struct tui *t, const struct olines *l)
{
	struct overlay_view *ov = view(t);
	int dir = ov->find < 0 ? -1 : 1;
	size_t n = l->count, total = 0, at = 0, k, from = ov->top;
	bool found = false, wrapped = false;

	if (ov->find == 0 || !ov->query[0]) {
		ov->find = 0;
		return;
	}
	if (ov->find == 1 || ov->find == -1)
		from = n ? (from + n + (size_t)dir) % n : 0;
	for (k = 0; k < n && !found; k++) {
		size_t i = dir > 0 ? (from + k) % n : (from + n - k) % n;
		if (str_icase_find(l->v[i].text, ov->query)) {
			/* n on the one match goes round to it again. */
			bool again = ov->find != 2 && i == ov->top;
			wrapped =
				again || (dir > 0 ? i < ov->top : i > ov->top);
			ov->top = i;
			found = true;
		}
	}
	for (k = 0; k < n; k++)
		if (str_icase_find(l->v[k].text, ov->query)) {
			total++;
			if (k <= ov->top)
				at = total;
		}
	if (!found)
		snprintf(ov->msg, sizeof ov->msg, "Not found: %s", ov->query);
	else
		app_match_note(ov->msg, sizeof ov->msg, at, total, wrapped,
		               dir > 0);
	ov->find = 0;
}

/* The window's foot: the search prompt, or where it landed. */
static void draw_search(struct tui *t, int h, int w)
{
	struct overlay_view *ov = view(t);
	int cx;

	ov->cur_y = ov->cur_x = -1;
	if (t->overlay_editor) {
		draw_str(ov->win, h - 1, 2, " /", 2, R_BOLD);
		draw_editor(ov->win, h - 1, 4, w - 18, &ov->search,
		            R_FIELD_FOCUS, &cx);
		ov->cur_y = h - 1;
		ov->cur_x = cx;
	} else if (ov->msg[0]) {
		char buf[sizeof ov->msg + LINEEDIT_MAX + 48];
		snprintf(buf, sizeof buf, " /%s: %s · n next, N previous ",
		         ov->query, ov->msg);
		draw_str_cut(ov->win, h - 1, 2, buf, w - 16, R_BETWEEN);
	}
}

void overlay_draw(struct tui *t)
{
	struct overlay_view *ov = view(t);
	struct olines l = {0};
	int w = t->cols - 4, h = t->rows - 4, y, x0 = 2;
	size_t k, rows;
	const char *title;

	char ctitle[100];
	int top = 2;

	/* The offers' table is as wide as it needs (at most the screen);
	 * text reads best narrower. */
	if (t->overlay != OVERLAY_OFFERS && w > 84)
		w = 84;
	if (t->overlay == OVERLAY_CONFIRM && w > 64)
		w = 64;
	if (w < 20 || h < 4)
		return;
	if (t->overlay == OVERLAY_HELP) {
		help_lines(t, &l, w - 2);
		title = " Keys — q or Esc closes, / searches ";
	} else if (t->overlay == OVERLAY_CONFIRM) {
		confirm_lines(t, &l, w - 2);
		snprintf(ctitle, sizeof ctitle, " %s ", ov->confirm_title);
		title = ctitle;
		/* As tall as the question, in the middle. */
		if ((int)l.count + 2 < h)
			h = (int)l.count + 2;
		top = (t->rows - h) / 2;
	} else if (t->overlay == OVERLAY_OFFERS) {
		offers_lines(t, &l, w - 2 - x0);
		/* As wide as the table in full, not wider (the notes then
		 * wrap to it), but wide enough for its title. */
		int need = sidebyside_width(t) + 2 + 2 * x0;
		need = need < 64 ? 64 : need;
		if (need < w) {
			w = need;
			free_lines(&l);
			memset(&l, 0, sizeof l);
			offers_lines(t, &l, w - 2 - x0);
		}
		snprintf(ctitle, sizeof ctitle,
		         " Offers side by side (%s) — q or Esc "
		         "closes ",
		         band_currency(t->an.offers.band));
		title = ctitle;
		/* As tall as the table and its notes. */
		if ((int)l.count + 2 < h)
			h = (int)l.count + 2;
	} else if (t->overlay == OVERLAY_SOURCES) {
		source_lines(t, &l, w - 2);
		title = " Where the figures come from — q or Esc closes ";
	} else {
		skipped_lines(t, &l, w - 2);
		title = t->note_count
		                ? " Skipped files and messages — q or Esc "
		                  "closes "
		                : " Skipped files — q or Esc closes ";
	}
	/* No taller than what it holds (one skipped file: four rows). */
	if ((int)l.count + 2 < h)
		h = (int)l.count + 2;
	find_line(t, &l);
	if (ov->win)
		delwin(ov->win);
	ov->win = newwin(h, w, top, (t->cols - w) / 2);
	if (!ov->win) {
		free_lines(&l);
		return;
	}
	werase(ov->win);
	draw_box(ov->win, R_RULE);
	draw_str(ov->win, 0, 2, title, w - 4, R_TITLE_FOCUS);
	rows = (size_t)(h - 2);
	ov->page = rows;
	if (ov->top + rows > l.count)
		ov->top = l.count > rows ? l.count - rows : 0;
	for (y = 1, k = ov->top; k < l.count && (size_t)y <= rows; k++, y++)
		draw_str(ov->win, y, x0 + l.v[k].indent, l.v[k].text,
		         w - 2 - x0 - l.v[k].indent, l.v[k].role);
	if (ov->top + rows < l.count)
		draw_str(ov->win, h - 1, w - 12, " ↓ more ", 8, R_DIM);
	if (t->overlay != OVERLAY_CONFIRM)
		draw_search(t, h, w);
	wnoutrefresh(ov->win);
	free_lines(&l);
}

void overlay_toggle(struct tui *t, enum overlay which)
{
	struct overlay_view *ov = view(t);
	t->overlay = t->overlay == which ? OVERLAY_NONE : which;
	ov->top = 0;
	t->overlay_editor = NULL;
	ov->find = 0;
	ov->msg[0] = '\0';
	app_dirty_all(t);
}

void overlay_help(struct tui *t)
{
	struct overlay_view *ov = view(t);
	const enum action_ctx *chain = app_chain(t);

	/* At the keys of the focus: the pane's own, not the typing keys
	 * every field shares. */
	while (chain[0] == CTX_EDIT && chain[1] != CTX_NONE)
		chain++;
	ov->help_ctx = chain[0];
	overlay_toggle(t, OVERLAY_HELP);
	ov->help_jump = t->overlay == OVERLAY_HELP;
}

/* A key while / is typed in the window. */
static enum pane_result search_key(struct tui *t, enum action a)
{
	struct overlay_view *ov = view(t);
	switch (a) {
	case ACT_PROMPT_ACCEPT:
		t->overlay_editor = NULL;
		if (!lineedit_empty(&ov->search)) {
			snprintf(ov->query, sizeof ov->query, "%s",
			         lineedit_text(&ov->search));
			ov->find = 2;
		}
		break;
	case ACT_PROMPT_CANCEL: t->overlay_editor = NULL; break;
	case ACT_SEARCH_RECALL: lineedit_set(&ov->search, ov->query); break;
	default: app_edit_action(&ov->search, a); break;
	}
	app_dirty_all(t);
	return PANE_HANDLED;
}

enum pane_result overlay_key(struct tui *t, enum action a)
{
	struct overlay_view *ov = view(t);
	if (t->overlay_editor)
		return search_key(t, a);
	/* The draw clamps the top to the last page; a page is what the
	 * window showed. */
	if (app_scroll(&ov->top, (size_t)-1 / 2, ov->page > 1 ? ov->page : 1,
	               a))
		return PANE_HANDLED;
	switch (a) {
	case ACT_OVERLAY_CLOSE:
		t->overlay = OVERLAY_NONE;
		app_dirty_all(t);
		return PANE_HANDLED;
	case ACT_SEARCH:
		t->overlay_editor = &ov->search;
		ov->msg[0] = '\0';
		lineedit_init(&ov->search);
		return PANE_HANDLED;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!ov->query[0])
			snprintf(ov->msg, sizeof ov->msg,
			         "no search yet: / searches");
		ov->find = a == ACT_SEARCH_NEXT ? 1 : -1;
		return PANE_HANDLED;
	case ACT_REDRAW:
		/* The help names C-l: it redraws with the window kept. */
		clearok(curscr, TRUE);
		app_dirty_all(t);
		return PANE_HANDLED;
	case ACT_HELP:
	case ACT_SKIPPED:
	case ACT_SOURCES:
	case ACT_OFFERS:
		/* The key that opened it closes it. */
		if ((a == ACT_OFFERS && t->overlay == OVERLAY_OFFERS) ||
		    (a == ACT_HELP && t->overlay == OVERLAY_HELP) ||
		    (a == ACT_SKIPPED && t->overlay == OVERLAY_SKIPPED) ||
		    (a == ACT_SOURCES && t->overlay == OVERLAY_SOURCES)) {
			t->overlay = OVERLAY_NONE;
			app_dirty_all(t);
			return PANE_HANDLED;
		}
		return PANE_IGNORED;
	default: return PANE_IGNORED;
	}
}

void overlay_confirm(struct tui *t, enum confirm_kind kind, const char *title,
                     const char *text)
{
	struct overlay_view *ov = view(t);

	t->confirm = kind;
	snprintf(ov->confirm_title, sizeof ov->confirm_title, "%s", title);
	snprintf(ov->confirm_text, sizeof ov->confirm_text, "%s", text);
	t->overlay = OVERLAY_CONFIRM;
	t->overlay_dirty = true;
	app_dirty_all(t);
}

bool overlay_place_cursor(struct tui *t)
{
	struct overlay_view *ov = t->overlay_view;

	if (t->overlay == OVERLAY_NONE || !t->overlay_editor || !ov ||
	    !ov->win || ov->cur_y < 0)
		return false;
	wmove(ov->win, ov->cur_y, ov->cur_x);
	wnoutrefresh(ov->win);
	return true;
}

void overlay_free(struct tui *t)
{
	if (!t->overlay_view)
		return;
	if (t->overlay_view->win)
		delwin(t->overlay_view->win);
	free(t->overlay_view);
	t->overlay_view = NULL;
}
