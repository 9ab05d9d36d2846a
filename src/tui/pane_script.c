/* pane_script.c - the script that fits the situation (or one the user
 * picked), wrapped, with its [placeholders] highlighted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "tui/utf8.h"
#include "tui/wrap.h"

static const char *kind_word(enum script_kind k)
{
	switch (k) {
	case SCRIPT_PLAIN: return "script";
	case SCRIPT_LEVER: return "lever";
	case SCRIPT_COMPETING: return "competing offer";
	case SCRIPT_PREMIUM: return "premium";
	case SCRIPT_STRATEGY: return "strategy";
	}
	return "";
}

static int text_rows(const struct pane *p)
{
	int n = p->h - 2; /* title line and script title */
	return n < 1 ? 1 : n;
}

/* Draw one wrapped line; *in_ph carries "inside [ ]" across lines. */
static void draw_script_line(struct pane *p, int y, const char *s, size_t len,
                             bool *in_ph)
{
	size_t i, start = 0;
	bool seg_ph = *in_ph;
	int x = 1;

	for (i = 0; i < len; i++) {
		bool ph = *in_ph || s[i] == '[';
		if (ph != seg_ph) {
			x += draw_text(p->win, y, x, s + start, i - start,
			               p->w - 1 - x,
			               seg_ph ? R_PLACEHOLDER : R_NORMAL);
			start = i;
			seg_ph = ph;
		}
		if (s[i] == '[')
			*in_ph = true;
		else if (s[i] == ']')
			*in_ph = false;
	}
	draw_text(p->win, y, x, s + start, len - start, p->w - 1 - x,
	          seg_ph ? R_PLACEHOLDER : R_NORMAL);
}

static void script_draw(struct tui *t, struct pane *p)
{
	size_t idx = 0, n, k;
	const struct script *s = app_script(t, &idx);
	struct wrap_line *lines;
	char title[160], *text;
	int y, rows = text_rows(p);
	bool in_ph = false;

	if (!s) {
		pane_draw_title(t, p, NULL);
		draw_str_cut(p->win, 2, 1,
		             t->g ? "This guide has no scripts." : "Open a guide first.",
		             p->w - 2, R_DIM);
		t->script_lines = 0;
		return;
	}
	snprintf(title, sizeof title, " %zu/%zu · %s", idx + 1,
	         t->g->script_count,
	         t->script_pick < 0 ? "fits your offer" : "picked; Enter: fitting");
	pane_draw_title(t, p, title);
	snprintf(title, sizeof title, "%s (%s)",
	         s->title ? s->title : (s->section ? s->section : ""),
	         kind_word(s->kind));
	/* The kind is the first thing to go when the pane is narrow. */
	if ((int)utf8_width(title, strlen(title)) > p->w - 2)
		snprintf(title, sizeof title, "%s",
		         s->title ? s->title : (s->section ? s->section : ""));
	draw_str_cut(p->win, 1, 1, title, p->w - 2, R_HEADING);

	text = text_clean(s->text ? s->text : "", s->text ? strlen(s->text) : 0,
	                  true);
	n = wrap_text(text, strlen(text), p->w - 2, &lines);
	t->script_lines = n;
	if (t->script_top + (size_t)rows > n)
		t->script_top = n > (size_t)rows ? n - (size_t)rows : 0;
	/* Placeholders opened on lines above the view carry on into it. */
	for (k = 0; k < t->script_top && k < n; k++) {
		size_t i;
		for (i = 0; i < lines[k].len; i++) {
			char c = text[lines[k].start + i];
			if (c == '[')
				in_ph = true;
			else if (c == ']')
				in_ph = false;
		}
	}
	for (y = 2, k = t->script_top; k < n && y < p->h; k++, y++)
		draw_script_line(p, y, text + lines[k].start, lines[k].len, &in_ph);
	if (t->script_top + (size_t)rows < n)
		draw_str(p->win, p->h - 1, p->w - 8, " ↓ more", 7, R_DIM);
	free(lines);
	free(text);
}

static enum pane_result script_key(struct tui *t, struct pane *p,
                                   enum action a, int key)
{
	size_t rows = (size_t)text_rows(p);
	size_t max = t->script_lines > rows ? t->script_lines - rows : 0;

	(void)key;
	if (app_scroll(&t->script_top, max, rows, a))
		return PANE_REDRAW;
	switch (a) {
	case ACT_SCRIPT_FIT:
		t->script_pick = -1;
		t->script_top = 0;
		return PANE_REDRAW;
	default:
		return PANE_IGNORED;
	}
}

static enum pane_result script_mouse(struct tui *t, struct pane *p, int y,
                                     int x, int wheel)
{
	(void)y;
	(void)x;
	if (wheel < 0)
		return script_key(t, p, ACT_UP, 0);
	if (wheel > 0)
		return script_key(t, p, ACT_DOWN, 0);
	return PANE_REDRAW;
}

static const enum action_ctx *script_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx chain[] = { CTX_SCRIPT, CTX_MOVE,
	                                         CTX_GLOBAL, CTX_NONE };
	(void)t;
	(void)p;
	return chain;
}

const struct pane_ops pane_script_ops = {
	.name = "Script",
	.draw = script_draw,
	.key = script_key,
	.mouse = script_mouse,
	.chain = script_chain,
};
