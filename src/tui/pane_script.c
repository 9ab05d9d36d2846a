/* pane_script.c - the script that fits the situation (or one the user
 * picked), filled in with the offer's numbers and the user's answers,
 * each kind of filling in its own look; a prompt at its foot answers
 * the placeholders or names a file to write; a key copies it. */
#include "tui/pane_script.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/export.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/status.h"
#include "tui/copy.h"
#include "tui/draw.h"
#include "tui/fillspan.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

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

static int prompt_rows(const struct tui *t)
{
	return t->prompt != PROMPT_NONE ? 2 : 0;
}

static int script_text_rows(const struct tui *t, const struct pane *p)
{
	int n = p->h - 2 - prompt_rows(t); /* title line and script title */
	return n < 0 ? 0 : n;
}

static enum role seg_role(int kind)
{
	switch (kind) {
	case FILL_AMOUNT: return R_FILL_AMOUNT;
	case FILL_ANSWER: return R_FILL_ANSWER;
	case FILL_PLACEHOLDER: return R_PLACEHOLDER;
	default: return R_NORMAL;
	}
}

/* The text the prompt is about, as it shows in the filled script: the
 * placeholder itself, or the answer that stands in for it. */
static const char *prompt_target(const struct tui *t)
{
	const struct script_view *v = t->script;
	const char *key, *ans;

	if (t->prompt != PROMPT_ANSWER || v->prompt_at >= v->prompt_count)
		return NULL;
	key = v->prompt_keys[v->prompt_at];
	ans = t->neg_open ? kv_get(&t->neg.answers, key) : NULL;
	return ans && *ans ? ans : key;
}

static bool span_is_target(const struct filled_script *f,
                           const struct fill_span *sp, const char *target)
{
	size_t n = sp->end - sp->start;

	return target && sp->kind != FILL_AMOUNT && strlen(target) == n &&
	       memcmp(f->text + sp->start, target, n) == 0;
}

/* The prompt's two rows at y: what it asks, then the line editor. */
static void draw_prompt(struct tui *t, struct pane *p, int y)
{
	struct script_view *v = t->script;
	int x, cx;
	char head[96];

	/* Both rows whole: in a short pane they lie over the script's
	 * title, whose letters would show through (at 70x20 an 'e' stood
	 * between › and the name). */
	draw_fill(p->win, y, 0, p->w, R_NORMAL);
	draw_fill(p->win, y + 1, 0, p->w, R_NORMAL);
	if (t->prompt == PROMPT_ANSWER) {
		snprintf(head, sizeof head, "Answer %zu of %zu ",
		         v->prompt_at + 1, v->prompt_count);
		x = 1 + draw_str(p->win, y, 1, head, p->w - 2, R_BOLD);
		draw_str_cut(p->win, y, x, v->prompt_keys[v->prompt_at],
		             p->w - 1 - x, R_MATCH);
	} else {
		draw_str_cut(p->win, y, 1,
		             t->prompt == PROMPT_SAVE_AS
		                     ? "Save the negotiation to:"
		             : t->prompt == PROMPT_SUMMARY
		                     ? "Write the negotiation (Markdown) to:"
		                     : "Write the script to:",
		             p->w - 2, R_BOLD);
	}
	draw_str(p->win, y + 1, 1, "›", 1, R_BOLD);
	draw_editor(p->win, y + 1, 3, p->w - 4, &t->prompt_le, R_FIELD_FOCUS,
	            &cx);
	if (t->focus == PANE_SCRIPT) {
		p->cur_y = y + 1;
		p->cur_x = cx;
	}
}

static void pane_script_draw(struct tui *t, struct pane *p)
{
	struct script_view *v = t->script;
	size_t idx = 0, n, k, nspans;
	struct filled_script f;
	const struct script *s = session_fill(t, &f);
	const char *target = prompt_target(t);
	struct wrap_line *lines;
	struct fill_span *spans;
	char title[200], *text;
	int y, rows = script_text_rows(t, p);

	free(v->drawn);
	v->drawn = xstrdup(f.text ? f.text : "");
	v->drawn_for = s;
	v->drawn_offer = amount_known(app_offer_row(t)->res.base);
	if (!s) {
		app_title(t, p, NULL);
		draw_str_cut(p->win, 2, 1,
		             t->g ? "This guide has no scripts."
		                  : "Open a guide first.",
		             p->w - 2, R_DIM);
		v->lines = 0;
		fill_script_free(&f);
		return;
	}
	app_script(t, &idx);
	/* What to do next comes first: the blanks to fill in.  Shorter
	 * words where the pane is narrow, never a cut heading. */
	for (int terse = 0; terse < 3; terse++) {
		const char *how = t->script_pick >= 0 ? "picked" : "fits";
		if (f.unanswered)
			snprintf(title, sizeof title,
			         " %zu/%zu%s%s · %zu to fill%s", idx + 1,
			         t->g->script_count, terse < 2 ? " · " : "",
			         terse < 2 ? how : "", f.unanswered,
			         terse ? "" : " in (a)");
		else if (!terse)
			snprintf(title, sizeof title, " %zu/%zu · %s", idx + 1,
			         t->g->script_count,
			         t->script_pick >= 0 ? "picked; Enter: fitting"
			         : amount_known(app_offer_row(t)->res.base)
			                 ? "fits your offer"
			                 : "fits");
		else
			snprintf(title, sizeof title, " %zu/%zu · %s", idx + 1,
			         t->g->script_count, how);
		if (1 + utf8_width(p->ops->name, strlen(p->ops->name)) +
		            utf8_width(title, strlen(title)) <=
		    (size_t)p->w)
			break;
	}
	app_title(t, p, title);
	snprintf(title, sizeof title, "%s (%s)",
	         s->title ? s->title : (s->section ? s->section : ""),
	         kind_word(s->kind));
	/* The kind is the first thing to go when the pane is narrow. */
	if ((int)utf8_width(title, strlen(title)) > p->w - 2)
		snprintf(title, sizeof title, "%s",
		         s->title ? s->title : (s->section ? s->section : ""));
	draw_str_cut(p->win, 1, 1, title, p->w - 2, R_HEADING);

	/* The model's text is clean already; if not, draw it cleaned and
	 * plain rather than trust offsets into it. */
	spans = f.spans;
	nspans = f.span_count;
	if (text_is_clean(f.text, true)) {
		text = f.text;
	} else {
		text = text_clean(f.text, strlen(f.text), true);
		nspans = 0;
	}
	n = wrap_text(text, strlen(text), p->w - 2, &lines);
	v->lines = n;
	/* Keep the placeholder being answered in view. */
	for (k = 0; target && k < nspans; k++) {
		size_t l;
		if (!span_is_target(&f, &spans[k], target))
			continue;
		for (l = 0; l < n; l++)
			if (lines[l].start + lines[l].len > spans[k].start)
				break;
		if (l < v->top || l >= v->top + (size_t)rows)
			v->top = l > 0 ? l - 1 : 0;
		break;
	}
	if (v->top + (size_t)rows > n)
		v->top = n > (size_t)rows ? n - (size_t)rows : 0;
	for (y = 2, k = v->top; k < n && y < 2 + rows; k++, y++) {
		struct text_seg seg[32];
		size_t ns = fillspan_segments(spans, nspans, lines[k].start,
		                              lines[k].len, seg, 32),
		       i;
		int x = 1;
		for (i = 0; i < ns; i++) {
			enum role r = seg_role(seg[i].kind);
			size_t j;
			for (j = 0; target && j < nspans; j++)
				if (spans[j].start <= seg[i].start &&
				    seg[i].start < spans[j].end &&
				    span_is_target(&f, &spans[j], target))
					r = R_MATCH;
			x += draw_text(p->win, y, x, text + seg[i].start,
			               seg[i].len, p->w - 1 - x, r);
		}
	}
	if (rows > 0 && v->top + (size_t)rows < n)
		draw_str(p->win, 1 + rows, p->w - 8, " ↓ more", 7, R_DIM);
	/* Under the text, a line apart; at the foot when the text is long. */
	if (t->prompt != PROMPT_NONE)
		draw_prompt(t, p, y + 3 <= p->h ? y + 1 : p->h - 2);
	free(lines);
	if (text != f.text)
		free(text);
	fill_script_free(&f);
}

static void offer_changed(struct tui *t)
{
	struct script_view *v = t->script;
	struct filled_script f;
	const struct script *s = session_fill(t, &f);

	/* Another script fits now: from its top. */
	if (s != v->drawn_for)
		v->top = 0;
	if (s != v->drawn_for || !v->drawn ||
	    strcmp(f.text ? f.text : "", v->drawn) != 0 ||
	    amount_known(app_offer_row(t)->res.base) != v->drawn_offer)
		app_dirty(t, PANE_SCRIPT);
	fill_script_free(&f);
}

static void prompt_end(struct tui *t)
{
	struct script_view *v = t->script;
	size_t i;

	if (t->prompt == PROMPT_NONE)
		return;
	t->prompt = PROMPT_NONE;
	for (i = 0; i < v->prompt_count; i++)
		free(v->prompt_keys[i]);
	free(v->prompt_keys);
	v->prompt_keys = NULL;
	v->prompt_count = v->prompt_at = 0;
	lineedit_init(&t->prompt_le);
	app_dirty(t, PANE_SCRIPT);
	t->status_dirty = true;
}

static const char *answer_of(const struct tui *t, const char *key)
{
	const char *a = t->neg_open ? kv_get(&t->neg.answers, key) : NULL;
	return a && *a ? a : NULL;
}

/* Go through the script's unanswered placeholders; when every one has
 * an answer, through all of them to change some. */
static void answer_start(struct tui *t)
{
	struct script_view *v = t->script;
	const struct script *s = app_script(t, NULL);
	char **all = NULL;
	size_t n, i, open = 0;

	if (!s || !t->neg_open) {
		status_message(t, "No script to fill in.");
		return;
	}
	/* Exactly the placeholders the filled script leaves to answer
	 * (the title counts the same ones). */
	struct filled_script f;
	session_fill(t, &f);
	n = f.key_count;
	all = f.keys;
	f.keys = NULL;
	f.key_count = 0;
	fill_script_free(&f);
	if (n == 0) {
		free(all);
		status_message(
			t, "This script has no [placeholders]; ] and [ show "
			   "the guide's other scripts.");
		return;
	}
	for (i = 0; i < n; i++)
		if (!answer_of(t, all[i]))
			open++;
	v->prompt_keys = xcalloc(open ? open : n, sizeof *v->prompt_keys);
	v->prompt_count = 0;
	for (i = 0; i < n; i++) {
		if (open && answer_of(t, all[i])) {
			free(all[i]);
			continue;
		}
		v->prompt_keys[v->prompt_count++] = all[i];
	}
	free(all);
	v->prompt_at = 0;
	t->prompt = PROMPT_ANSWER;
	lineedit_set(&t->prompt_le, answer_of(t, v->prompt_keys[0]));
	t->status_dirty = true;
}

static bool script_blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ')
			return false;
	return true;
}

static void answer_accept(struct tui *t)
{
	struct script_view *v = t->script;
	const char *key = v->prompt_keys[v->prompt_at];
	const char *text = lineedit_text(&t->prompt_le);
	struct filled_script f;

	/* An empty answer leaves the placeholder open. */
	kv_set(&t->neg.answers, key, script_blank(text) ? NULL : text);
	session_answers_changed(t);
	t->save_pending = true;
	t->save_durable = true;
	v->prompt_at++;
	if (v->prompt_at < v->prompt_count) {
		lineedit_set(&t->prompt_le,
		             answer_of(t, v->prompt_keys[v->prompt_at]));
		return;
	}
	prompt_end(t);
	session_fill(t, &f);
	if (f.unanswered)
		status_message(t,
		               "Answers saved; %zu placeholder%s still open.",
		               f.unanswered, f.unanswered == 1 ? "" : "s");
	else
		status_message(
			t, "Answers saved: the script is filled in (y copies "
			   "it, w writes it to a file).");
	fill_script_free(&f);
}

/* Copy the script, placeholders and all when some are open. */
static void copy_script(struct tui *t)
{
	struct filled_script f;

	if (!session_fill(t, &f)) {
		status_message(t, "No script to copy.");
		return;
	}
	copy_text(t, f.text, "script", "w writes a file", f.unanswered > 0);
	fill_script_free(&f);
}

/* Tab in a file-name prompt: the path completed from its folder, the
 * choices said when there are several. */
static void complete_path(struct tui *t)
{
	char choices[sizeof t->msg - 16];
	size_t n = lineedit_complete_path(&t->prompt_le, getenv("HOME"),
	                                  choices, sizeof choices);

	if (n == 0)
		status_message(t, "No file or folder starts so.");
	else if (n > 1)
		status_message(t, "%zu fit: %s", n, choices);
}

static enum pane_result pane_script_key(struct tui *t, struct pane *p,
                                        enum action a, int key)
{
	struct script_view *v = t->script;
	size_t rows = (size_t)script_text_rows(t, p);
	size_t max = v->lines > rows ? v->lines - rows : 0;

	(void)key;
	if (t->prompt != PROMPT_NONE) {
		if (a == ACT_PROMPT_CANCEL) {
			enum prompt_kind kind = t->prompt;
			prompt_end(t);
			status_message(
				t,
				kind == PROMPT_ANSWER
					? "Stopped; the answers given so far "
					  "are kept."
				: kind == PROMPT_SAVE_AS
					? "Not saved elsewhere; q asks again."
					: "Nothing written.");
		} else if (a == ACT_PROMPT_COMPLETE) {
			complete_path(t);
		} else if (a == ACT_NEXT_PANE || a == ACT_PREV_PANE ||
		           a == ACT_HELP || a == ACT_REDRAW) {
			/* The panes' cycle goes on from a prompt too (leaving
			 * it ends it, as Esc does); the help and C-l too. */
			return PANE_IGNORED;
		} else if (a == ACT_PROMPT_ACCEPT) {
			if (t->prompt == PROMPT_ANSWER) {
				answer_accept(t);
			} else if (t->prompt == PROMPT_SAVE_AS) {
				char typed[LINEEDIT_MAX];
				snprintf(typed, sizeof typed, "%s",
				         lineedit_text(&t->prompt_le));
				bool cut = t->prompt_le.cut;
				prompt_end(t);
				/* A name cut short is not written to. */
				if (cut) {
					status_message(
						t, "That file name is longer "
						   "than the prompt holds: not "
						   "saved; q asks again.");
				} else if (session_save_elsewhere(t, typed)) {
					/* For a person too (said at exit). */
					export_readable_copy(
						t, t->saved_elsewhere);
					return PANE_QUIT;
				}
			} else {
				export_accept(t);
			}
		}
		return PANE_REDRAW;
	}
	if (app_scroll(&v->top, max, rows, a))
		return PANE_REDRAW;
	switch (a) {
	case ACT_SCRIPT_FIT:
		t->script_pick = -1;
		v->top = 0;
		return PANE_REDRAW;
	case ACT_ANSWER: answer_start(t); return PANE_REDRAW;
	case ACT_COPY: copy_script(t); return PANE_REDRAW;
	case ACT_WRITE: export_start(t, PROMPT_WRITE); return PANE_REDRAW;
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_script_mouse(struct tui *t, struct pane *p, int y,
                                          int x, int wheel)
{
	(void)y;
	(void)x;
	if (t->prompt != PROMPT_NONE)
		return PANE_HANDLED;
	if (wheel < 0)
		return pane_script_key(t, p, ACT_UP, 0);
	if (wheel > 0)
		return pane_script_key(t, p, ACT_DOWN, 0);
	return PANE_REDRAW;
}

static struct lineedit *pane_script_editor(struct tui *t, struct pane *p)
{
	(void)p;
	return t->prompt != PROMPT_NONE ? &t->prompt_le : NULL;
}

static void pane_script_edited(struct tui *t, struct pane *p)
{
	(void)t;
	(void)p;
}

static const enum action_ctx *pane_script_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx chain[] = {CTX_SCRIPT, CTX_MOVE,
	                                        CTX_GLOBAL, CTX_NONE};
	/* A prompt keeps the keys until Enter or Esc, but for Tab and S-Tab
	 * (the panes), F1 and C-l (pane_script_key); one for a file name
	 * completes it with Tab. */
	static const enum action_ctx prompt[] = {CTX_PROMPT, CTX_EDIT,
	                                         CTX_GLOBAL, CTX_NONE};
	static const enum action_ctx file[] = {CTX_FILE, CTX_PROMPT, CTX_EDIT,
	                                       CTX_GLOBAL, CTX_NONE};
	(void)p;
	if (t->prompt == PROMPT_WRITE || t->prompt == PROMPT_SUMMARY ||
	    t->prompt == PROMPT_SAVE_AS)
		return file;
	return t->prompt != PROMPT_NONE ? prompt : chain;
}

static void pane_script_changed(struct tui *t, struct pane *p,
                                enum app_event ev)
{
	switch (ev) {
	case APP_GUIDE_OPENED:
		prompt_end(t);
		t->script_pick = -1;
		t->script->top = 0;
		break;
	case APP_OFFER_CHANGED: offer_changed(t); break;
	case APP_REGION_PICKED: p->dirty = true; break;
	case APP_SCRIPT_PICKED:
		t->script->top = 0;
		p->dirty = true;
		break;
	case APP_FOCUS_MOVED:
		/* A prompt belongs to this pane: leaving it stops it. */
		if (t->focus != PANE_SCRIPT)
			prompt_end(t);
		break;
	case APP_SAVED:
	case APP_ROUNDS_CHANGED:
	case APP_ROUNDS_MERGED: break;
	}
}

static void pane_script_start(struct tui *t, struct pane *p)
{
	(void)p;
	if (!t->script)
		t->script = xcalloc(1, sizeof *t->script);
}

/* What the pane holds goes; the view stays for the next start (a
 * reload), at the top of the script. */
static void pane_script_stop(struct tui *t, struct pane *p)
{
	struct script_view *v = t->script;

	(void)p;
	if (!v)
		return;
	prompt_end(t);
	free(v->drawn);
	v->drawn = NULL;
	v->top = 0;
}

static bool has_placeholders(struct tui *t)
{
	/* The analysis has the script that fits filled in already. */
	if (app_script(t, NULL) == t->an.script)
		return t->an.filled.key_count > 0;
	struct filled_script f;
	session_fill(t, &f);
	bool any = f.key_count > 0;
	fill_script_free(&f);
	return any;
}

static bool pane_script_works(struct tui *t, struct pane *p, enum action a)
{
	const struct script *s = app_script(t, NULL);

	(void)p;
	switch (a) {
	case ACT_SCRIPT_FIT: return t->script_pick >= 0;
	case ACT_ANSWER: return s && t->neg_open && has_placeholders(t);
	case ACT_COPY:
	case ACT_WRITE: return s != NULL;
	default: return true;
	}
}

const struct pane_ops pane_script_ops = {
	.name = "Script",
	.draw = pane_script_draw,
	.key = pane_script_key,
	.mouse = pane_script_mouse,
	.editor = pane_script_editor,
	.edited = pane_script_edited,
	.chain = pane_script_chain,
	.changed = pane_script_changed,
	.start = pane_script_start,
	.stop = pane_script_stop,
	.works = pane_script_works,
};
