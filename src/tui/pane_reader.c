/* pane_reader.c - the whole guide body rendered from its Markdown tree,
 * scrollable, with / search and n / N. */
#include "tui/pane_reader.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/guide_load.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/focus.h"
#include "tui/draw.h"
#include "negotiator/utf8.h"

static int body_rows(const struct pane *p)
{
	int n = p->h - 2; /* title line, prompt line */
	return n < 1 ? 1 : n;
}

static void ensure_doc(struct tui *t, const struct pane *p)
{
	struct reader_view *v = t->reader;
	int width = p->w - 2;

	if (!t->g)
		return;
	if (v->doc_guide == t->g && v->doc_width == width)
		return;
	guide_load_body(t->g);
	if (t->g->body_refused) {
		/* Laid out as it is, without cmark-gfm, whose time or memory
		 * for this body's Markdown is past the limits. */
		struct strbuf sb;
		sb_init(&sb);
		sb_adds(&sb,
		        "This guide's body is past negotiator's limits for "
		        "Markdown (see negotiator check); it is shown as "
		        "plain text.\n\n");
		if (t->g->body)
			sb_adds(&sb, t->g->body);
		mdrender_plain(sb.data, sb.len, width, &v->doc);
		sb_free(&sb);
	} else {
		mdrender_doc(t->g->body ? t->g->body : "",
		             t->g->body ? strlen(t->g->body) : 0, width,
		             &v->doc);
	}
	v->doc_guide = t->g;
	v->doc_width = width;
	if (v->top >= v->doc.count)
		v->top = 0;
}

static enum role style_role(unsigned st)
{
	if (st & MD_HEADING)
		return R_HEADING;
	if (st & MD_RULE)
		return R_RULE;
	if (st & MD_CODE)
		return R_CODE;
	if (st & MD_BOLD)
		return R_BOLD;
	if (st & MD_EMPH)
		return R_EMPH;
	if (st & MD_LINK)
		return R_LINK;
	if (st & MD_QUOTE)
		return R_QUOTE;
	return R_NORMAL;
}

static void draw_doc_line(struct tui *t, struct pane *p, int y,
                          const struct md_line *l)
{
	struct reader_view *v = t->reader;
	size_t k;
	int x = 1, maxx = p->w - 1;
	const char *hit, *from = l->text;
	size_t nlen = strlen(v->last_search);

	for (k = 0; k < l->span_count && x < maxx; k++) {
		const struct md_span *s = &l->spans[k];
		x += draw_text(p->win, y, x, l->text + s->start, s->len,
		               maxx - x, style_role(s->style));
	}
	/* Matches of the last search, over what was drawn. */
	while (nlen && (hit = str_icase_find(from, v->last_search)) != NULL) {
		int col = 1 + (int)utf8_width(l->text, (size_t)(hit - l->text));
		if (col >= maxx)
			break;
		draw_text(p->win, y, col, hit, nlen, maxx - col, R_MATCH);
		from = hit + nlen;
	}
}

static void pane_reader_draw(struct tui *t, struct pane *p)
{
	struct reader_view *v = t->reader;
	char title[200];
	int rows = body_rows(p), y;
	size_t k;

	if (!t->g) {
		app_title(t, p, NULL);
		return;
	}
	ensure_doc(t, p);
	if (v->top + (size_t)rows > v->doc.count)
		v->top = v->doc.count > (size_t)rows
		                 ? v->doc.count - (size_t)rows
		                 : 0;
	snprintf(title, sizeof title, " — %s · %s   %zu–%zu of %zu lines",
	         t->g->company_display, t->g->role_display,
	         v->doc.count ? v->top + 1 : 0,
	         v->top + (size_t)rows < v->doc.count ? v->top + (size_t)rows
	                                              : v->doc.count,
	         v->doc.count);
	app_title(t, p, title);
	for (y = 1, k = v->top; k < v->doc.count && y <= rows; k++, y++)
		draw_doc_line(t, p, y, &v->doc.lines[k]);
	y = p->h - 1;
	if (v->searching) {
		int cx;
		draw_str(p->win, y, 1, "/", 1, R_BOLD);
		draw_editor(p->win, y, 2, p->w - 3, &v->search, R_FIELD_FOCUS,
		            &cx);
		p->cur_y = y;
		p->cur_x = cx;
	} else if (v->msg[0]) {
		draw_str_cut(p->win, y, 1, v->msg, p->w - 2, R_BETWEEN);
	} else if (v->last_search[0]) {
		char buf[LINEEDIT_MAX + 40];
		snprintf(buf, sizeof buf, "/%s   n next, N previous",
		         v->last_search);
		draw_str_cut(p->win, y, 1, buf, p->w - 2, R_DIM);
	}
}

static bool find(struct tui *t, bool forward, bool from_next)
{
	struct reader_view *v = t->reader;
	size_t line, from = v->top, at, total;
	char where[64];

	if (!v->last_search[0])
		return false;
	if (from_next)
		from = forward ? from + 1
		               : (from == 0 ? v->doc.count - 1 : from - 1);
	if (!mdrender_search(&v->doc, v->last_search, from, forward, &line)) {
		snprintf(v->msg, sizeof v->msg, "Not found: %s",
		         v->last_search);
		return false;
	}
	total = mdrender_count(&v->doc, v->last_search, line, &at);
	app_match_note(where, sizeof where, at, total,
	               forward ? line < from : line > from, forward);
	snprintf(v->msg, sizeof v->msg, "/%.*s   %s   n next, N previous",
	         LINEEDIT_MAX - 1, v->last_search, where);
	v->top = line;
	return true;
}

static enum pane_result pane_reader_key(struct tui *t, struct pane *p,
                                        enum action a, int key)
{
	struct reader_view *v = t->reader;
	size_t rows = (size_t)body_rows(p);
	size_t max = v->doc.count > rows ? v->doc.count - rows : 0;

	(void)key;
	if (v->searching && a == ACT_SEARCH_RECALL) {
		lineedit_set(&v->search, v->last_search);
		return PANE_REDRAW;
	}
	v->msg[0] = '\0';
	if (app_scroll(&v->top, max, rows, a))
		return PANE_REDRAW;
	switch (a) {
	case ACT_SEARCH:
		v->searching = true;
		lineedit_init(&v->search);
		return PANE_REDRAW;
	case ACT_PROMPT_ACCEPT:
		v->searching = false;
		if (!lineedit_empty(&v->search)) {
			snprintf(v->last_search, sizeof v->last_search, "%s",
			         lineedit_text(&v->search));
			find(t, true, false);
		}
		return PANE_REDRAW;
	case ACT_PROMPT_CANCEL: v->searching = false; return PANE_REDRAW;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!v->last_search[0])
			snprintf(v->msg, sizeof v->msg,
			         "No search yet: / searches");
		else
			find(t, a == ACT_SEARCH_NEXT, true);
		return PANE_REDRAW;
	case ACT_READER_CLOSE: focus_reader_close(t); return PANE_HANDLED;
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_reader_mouse(struct tui *t, struct pane *p, int y,
                                          int x, int wheel)
{
	(void)y;
	(void)x;
	int i;

	/* A wheel notch moves three lines, as in most pagers. */
	for (i = 0; i < 3 && wheel; i++)
		pane_reader_key(t, p, wheel < 0 ? ACT_UP : ACT_DOWN, 0);
	return PANE_REDRAW;
}

static void pane_reader_resize(struct tui *t, struct pane *p)
{
	(void)p;
	/* Re-wrap at the new width on the next draw. */
	t->reader->doc_guide = NULL;
}

static struct lineedit *pane_reader_editor(struct tui *t, struct pane *p)
{
	struct reader_view *v = t->reader;
	(void)p;
	return v->searching ? &v->search : NULL;
}

static void pane_reader_edited(struct tui *t, struct pane *p)
{
	(void)t;
	(void)p;
}

static const enum action_ctx *pane_reader_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx prompt[] = {
		CTX_PROMPT, CTX_EDIT, CTX_SEARCH, CTX_GLOBAL, CTX_NONE};
	static const enum action_ctx read[] = {CTX_READER, CTX_SEARCH, CTX_MOVE,
	                                       CTX_GLOBAL, CTX_NONE};
	(void)p;
	return t->reader->searching ? prompt : read;
}

static void pane_reader_changed(struct tui *t, struct pane *p,
                                enum app_event ev)
{
	struct reader_view *v = t->reader;
	(void)p;
	if (ev == APP_FOCUS_MOVED && !t->reader_open && v->doc.lines) {
		/* Closed: its layout goes (issue 20 F13), laid out again
		 * when it opens; the place read stays. */
		v->doc_guide = NULL;
		mdrender_free(&v->doc);
		return;
	}
	if (ev != APP_GUIDE_OPENED)
		return;
	v->top = 0;
	v->doc_guide = NULL;
	/* The last guide's lines go with it: only the open guide's body is
	 * kept (issue 13.15). */
	mdrender_free(&v->doc);
	v->msg[0] = '\0';
}

static void pane_reader_start(struct tui *t, struct pane *p)
{
	(void)p;
	if (t->reader)
		return;
	t->reader = xcalloc(1, sizeof *t->reader);
	lineedit_init(&t->reader->search);
}

static void pane_reader_stop(struct tui *t, struct pane *p)
{
	(void)p;
	if (t->reader)
		mdrender_free(&t->reader->doc);
}

const struct pane_ops pane_reader_ops = {
	.name = "Reader",
	.draw = pane_reader_draw,
	.key = pane_reader_key,
	.mouse = pane_reader_mouse,
	.resize = pane_reader_resize,
	.editor = pane_reader_editor,
	.edited = pane_reader_edited,
	.chain = pane_reader_chain,
	.changed = pane_reader_changed,
	.start = pane_reader_start,
	.stop = pane_reader_stop,
};
