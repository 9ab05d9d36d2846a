/* tui.c - the TUI's event loop: terminal set-up, layout, key and mouse
 * routing, redrawing what changed, and a clean exit on every path. */
#include "tui/tui.h"

#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "tui/utf8.h"

/* Below this the panes cannot show what they are for. */
#define MIN_COLS 50
#define MIN_ROWS 14
/* From this width the guide list stays beside the other panes ... */
#define WIDE_COLS 100
/* ... and from this one beside the counter too, which needs the room. */
#define COUNTER_WIDE_COLS 160

/* Set by the signal handler, read by the loop: nothing else is safe to
 * do inside a handler. */
static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

static const struct pane_ops *const pane_table[PANE_COUNT] = {
	[PANE_GUIDES] = &pane_guides_ops,
	[PANE_BANDS] = &pane_bands_ops,
	[PANE_OFFER] = &pane_offer_ops,
	[PANE_SCRIPT] = &pane_script_ops,
	[PANE_COUNTER] = &pane_counter_ops,
	[PANE_READER] = &pane_reader_ops,
};

/* App helpers shared by the panes ---------------------------------------- */

void app_dirty(struct tui *t, enum pane_id id)
{
	t->panes[id].dirty = true;
}

void app_dirty_all(struct tui *t)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++)
		t->panes[i].dirty = true;
	t->header_dirty = t->status_dirty = true;
}

void app_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->status_dirty = true;
}

void app_note(struct tui *t, const char *fmt, ...)
{
	char buf[1400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	app_message(t, "%.*s", (int)sizeof t->msg - 1, buf);
	if (t->note_count >= 100)
		return;
	t->notes = xgrow(t->notes, &t->note_cap, t->note_count + 1,
	                 sizeof *t->notes);
	/* From files and the system: cleaned before it is ever drawn. */
	t->notes[t->note_count++] = text_clean(buf, strlen(buf), false);
	t->header_dirty = true;
}

enum pane_id app_slot(const struct tui *t)
{
	return t->counter_shown ? PANE_COUNTER : PANE_SCRIPT;
}

const struct band *app_band(const struct tui *t)
{
	if (!t->g || t->g->band_count == 0)
		return NULL;
	if (t->form.band >= t->g->band_count)
		return &t->g->bands[0];
	return &t->g->bands[t->form.band];
}

const struct script *app_script(const struct tui *t, size_t *index)
{
	size_t i;

	if (!t->g || t->g->script_count == 0)
		return NULL;
	if (t->script_pick >= 0 && (size_t)t->script_pick < t->g->script_count) {
		if (index)
			*index = (size_t)t->script_pick;
		return &t->g->scripts[t->script_pick];
	}
	if (!t->res.script)
		return NULL;
	for (i = 0; i < t->g->script_count; i++)
		if (&t->g->scripts[i] == t->res.script) {
			if (index)
				*index = i;
			return t->res.script;
		}
	return NULL;
}

void app_offer_changed(struct tui *t)
{
	const struct band *b = app_band(t);
	const struct script *before = app_script(t, NULL);

	t->have_offer = form_to_offer(&t->form, b, &t->rates, &t->offer);
	offer_compare(t->g, b, &t->offer, &t->res);
	if (!t->res.script && t->g)
		t->res.script = guide_pick_script(t->g, b ? b->region : NULL,
		                                  t->have_offer, t->form.agentic);
	session_form_changed(t);
	app_dirty(t, PANE_OFFER);
	app_dirty(t, PANE_COUNTER);
	/* The bands show the offer in every region (their offer column
	 * alone needs drawing); the script carries its amounts. */
	t->panes[PANE_BANDS].part_dirty = true;
	if (app_script(t, NULL) != before)
		t->script_top = 0;
	script_offer_changed(t);
	t->status_dirty = true;
}

void app_set_region(struct tui *t, size_t band)
{
	if (!t->g || band >= t->g->band_count)
		return;
	t->form.band = band;
	app_offer_changed(t);
	app_dirty(t, PANE_BANDS);
	app_dirty(t, PANE_SCRIPT);
	t->header_dirty = true;
}

void app_open_guide(struct tui *t, struct guide *g)
{
	if (!g)
		return;
	guide_load_body(g);
	script_prompt_end(t);
	session_flush(t);
	t->g = g;
	session_open(t);
	t->script_pick = -1;
	t->script_top = 0;
	t->bands_top = 0;
	t->reader_top = 0;
	t->doc_guide = NULL;
	t->reader_msg[0] = '\0';
	app_offer_changed(t);
	app_dirty_all(t);
}

static void layout(struct tui *t);

void app_show_counter(struct tui *t, bool counter)
{
	if (t->counter_shown == counter)
		return;
	t->counter_shown = counter;
	if (t->focus == PANE_SCRIPT || t->focus == PANE_COUNTER)
		t->focus = app_slot(t);
	layout(t);
}

void app_focus(struct tui *t, enum pane_id id)
{
	bool was_narrow_guides = t->narrow &&
	                         (t->focus == PANE_GUIDES || id == PANE_GUIDES);
	bool slot_changed = false;

	if (id == PANE_SCRIPT || id == PANE_COUNTER) {
		slot_changed = t->counter_shown != (id == PANE_COUNTER);
		t->counter_shown = id == PANE_COUNTER;
	}
	/* A prompt belongs to the script pane: leaving it stops it. */
	if (id != PANE_SCRIPT)
		script_prompt_end(t);
	if (id == PANE_READER)
		t->reader_open = true;
	else if (id != PANE_GUIDES && t->reader_open)
		t->reader_open = false;
	if (t->focus != id) {
		app_dirty(t, t->focus);
		app_dirty(t, id);
	}
	t->focus = id;
	t->status_dirty = true;
	if (was_narrow_guides || slot_changed || id == PANE_READER ||
	    id == PANE_BANDS || id == PANE_OFFER || id == PANE_SCRIPT ||
	    id == PANE_COUNTER)
		layout(t);
}

bool app_scroll(size_t *top, size_t max, size_t page, enum action a)
{
	if (page < 1)
		page = 1;
	switch (a) {
	case ACT_UP:
		if (*top > 0)
			(*top)--;
		break;
	case ACT_DOWN:
		if (*top < max)
			(*top)++;
		break;
	case ACT_PAGE_UP:
		*top = *top > page ? *top - page : 0;
		break;
	case ACT_PAGE_DOWN:
		*top = *top + page < max ? *top + page : max;
		break;
	case ACT_TOP:
		*top = 0;
		break;
	case ACT_BOTTOM:
		*top = max;
		break;
	default:
		return false;
	}
	if (*top > max)
		*top = max;
	return true;
}

bool app_edit_action(struct lineedit *le, enum action a)
{
	switch (a) {
	case ACT_EDIT_LEFT: le_apply(le, LE_LEFT); return true;
	case ACT_EDIT_RIGHT: le_apply(le, LE_RIGHT); return true;
	case ACT_EDIT_HOME: le_apply(le, LE_HOME); return true;
	case ACT_EDIT_END: le_apply(le, LE_END); return true;
	case ACT_EDIT_BACKSPACE: le_apply(le, LE_BACKSPACE); return true;
	case ACT_EDIT_DELETE: le_apply(le, LE_DELETE); return true;
	case ACT_EDIT_KILL_END: le_apply(le, LE_KILL_END); return true;
	case ACT_EDIT_KILL_START: le_apply(le, LE_KILL_START); return true;
	case ACT_EDIT_KILL_WORD: le_apply(le, LE_KILL_WORD); return true;
	default: return false;
	}
}

void fmt_amount(char *buf, size_t size, amount_t a, const struct band *b)
{
	money_format(buf, size, a, b ? b->currency.code : "", MONEY_SHORT,
	             false);
}

void fmt_gap(char *buf, size_t size, amount_t a, const struct band *b)
{
	money_format(buf, size, a, b ? b->currency.code : "", MONEY_SHORT,
	             true);
}

void fmt_range(char *buf, size_t size, amount_t lo, amount_t hi,
               const struct band *b)
{
	money_format_range(buf, size, lo, hi, b ? b->currency.code : "",
	                   MONEY_SHORT);
}

enum role role_for_gaps(amount_t vs_target, amount_t vs_floor)
{
	if (amount_known(vs_target) && vs_target >= 0)
		return R_ABOVE;
	if (amount_known(vs_floor) && vs_floor < 0)
		return R_BELOW;
	if (amount_known(vs_floor) || amount_known(vs_target))
		return R_BETWEEN;
	return R_NORMAL;
}

void pane_draw_title(struct tui *t, struct pane *p, const char *extra)
{
	bool focus = t->focus == (enum pane_id)(p - t->panes) &&
	             t->overlay == OVERLAY_NONE;
	enum role r = focus ? R_TITLE_FOCUS : R_TITLE;
	int x;

	draw_fill(p->win, 0, 0, p->w, r);
	x = draw_fmt(p->win, 0, 0, p->w, r, " %s", p->ops->name);
	if (extra && *extra && x + 3 < p->w)
		draw_str_cut(p->win, 0, x, extra, p->w - x, r);
}

/* Layout ------------------------------------------------------------------- */

static void place(struct tui *t, enum pane_id id, int y, int x, int h, int w)
{
	struct pane *p = &t->panes[id];

	p->visible = h > 0 && w > 0;
	if (p->visible && p->win && p->y == y && p->x == x && p->h == h &&
	    p->w == w)
		return;
	if (p->win) {
		delwin(p->win);
		p->win = NULL;
	}
	p->y = y;
	p->x = x;
	p->h = h;
	p->w = w;
	p->dirty = true;
	if (!p->visible)
		return;
	p->win = newwin(h, w, y, x);
	if (!p->win) {
		p->visible = false;
		return;
	}
	if (p->ops->resize)
		p->ops->resize(t, p);
}

static int bands_height(const struct tui *t, int avail)
{
	int want = 3 + (t->g ? (int)t->g->band_count : 1) + 1;
	int cap = avail / 3 > 5 ? avail / 3 : 5;

	return want < cap ? want : cap;
}

static void layout(struct tui *t)
{
	int rows, cols, top = 1, h, gw = 0, rx, rw, bh, rest, ow;
	enum pane_id slot = app_slot(t);
	enum pane_id other = slot == PANE_SCRIPT ? PANE_COUNTER : PANE_SCRIPT;
	bool show_guides;
	int i;

	getmaxyx(stdscr, rows, cols);
	t->rows = rows;
	t->cols = cols;
	t->too_small = cols < MIN_COLS || rows < MIN_ROWS;
	if (t->header) {
		delwin(t->header);
		t->header = NULL;
	}
	if (t->status) {
		delwin(t->status);
		t->status = NULL;
	}
	if (t->too_small) {
		for (i = 0; i < PANE_COUNT; i++)
			place(t, (enum pane_id)i, 0, 0, 0, 0);
		return;
	}
	t->header = newwin(1, cols, 0, 0);
	t->status = newwin(1, cols, rows - 1, 0);
	if (t->header) {
		keypad(t->header, TRUE);
		wtimeout(t->header, 250);
	}
	t->narrow = cols < WIDE_COLS ||
	            (t->counter_shown && cols < COUNTER_WIDE_COLS);
	h = rows - 2;
	show_guides = !t->narrow || t->focus == PANE_GUIDES || !t->g;
	if (show_guides) {
		if (t->narrow)
			gw = cols * 2 / 5 < 30 ? cols * 2 / 5 : 30;
		else
			gw = cols / 4 < 26 ? 26 : (cols / 4 > 36 ? 36 : cols / 4);
	}
	place(t, PANE_GUIDES, top, 0, show_guides ? h : 0, gw);
	rx = gw;
	rw = cols - gw;
	if (t->reader_open) {
		place(t, PANE_READER, top, rx, h, rw);
		place(t, PANE_BANDS, 0, 0, 0, 0);
		place(t, PANE_OFFER, 0, 0, 0, 0);
		place(t, PANE_SCRIPT, 0, 0, 0, 0);
		place(t, PANE_COUNTER, 0, 0, 0, 0);
	} else {
		place(t, PANE_READER, 0, 0, 0, 0);
		place(t, other, 0, 0, 0, 0);
		bh = bands_height(t, h);
		rest = h - bh;
		place(t, PANE_BANDS, top, rx, bh, rw);
		if (slot == PANE_COUNTER && t->focus == PANE_COUNTER && rw < 100) {
			/* Too narrow for both: the counter takes the width
			 * while it has the focus, as the guide list does. */
			place(t, PANE_OFFER, 0, 0, 0, 0);
			place(t, PANE_COUNTER, top + bh, rx, rest, rw);
		} else if (rw >= 76) {
			/* The offer's numbers need ~46 columns; the script
			 * and the counter read better with every column
			 * they can get. */
			ow = rw * 4 / 7;
			if (slot == PANE_COUNTER)
				ow = rw * 2 / 5;
			ow = ow < 46 ? 46 : (ow > 62 ? 62 : ow);
			place(t, PANE_OFFER, top + bh, rx, rest, ow);
			place(t, slot, top + bh, rx + ow, rest, rw - ow);
		} else {
			int oh = rest - 4 > 16 ? 16 : rest - 4;
			if (oh < 3)
				oh = rest;
			place(t, PANE_OFFER, top + bh, rx, oh, rw);
			place(t, slot, top + bh + oh, rx, rest - oh, rw);
		}
	}
	/* Focus must stay on a pane that can be seen. */
	if (!t->panes[t->focus].visible)
		t->focus = t->reader_open ? PANE_READER : PANE_OFFER;
	app_dirty_all(t);
}

/* Header, status line, too-small screen ------------------------------------ */

static void draw_header(struct tui *t)
{
	WINDOW *w = t->header;
	int x, cols = t->cols;
	char buf[160];

	draw_line_bg(w, 0, R_HEADER);
	x = draw_str(w, 0, 0, " negotiator", cols, R_HEADER);
	if (t->g) {
		x += draw_str(w, 0, x, " │ ", cols - x, R_HEADER);
		x += draw_guide_str(w, 0, x, t->g->company_display, cols - x,
		                    R_HEADER);
		x += draw_str(w, 0, x, " · ", cols - x, R_HEADER);
		x += draw_guide_str(w, 0, x, t->g->role_display, cols - x,
		                    R_HEADER);
		if (guide_is_sample(t->g))
			x += draw_str(w, 0, x, "  SAMPLE", cols - x, R_HEADER);
		if (guide_is_stale(t->g, t->today)) {
			snprintf(buf, sizeof buf, "  STALE: review was due %s",
			         t->g->next_review_due);
			x += draw_guide_str(w, 0, x, buf, cols - x, R_HEADER);
		}
		if (t->save_failing)
			x += draw_str(w, 0, x, "  ⚠ NOT SAVED", cols - x, R_HEADER);
		if (t->g->salary_quarter && x + 20 < cols) {
			snprintf(buf, sizeof buf, "  data %s", t->g->salary_quarter);
			x += draw_guide_str(w, 0, x, buf, cols - x, R_HEADER);
		}
	}
	if (t->lib->skipped_count > 0 || t->note_count > 0) {
		if (t->lib->skipped_count > 0)
			snprintf(buf, sizeof buf, "%zu file%s skipped — ! shows why ",
			         t->lib->skipped_count,
			         t->lib->skipped_count == 1 ? "" : "s");
		else
			snprintf(buf, sizeof buf, "%zu message%s — ! shows %s ",
			         t->note_count, t->note_count == 1 ? "" : "s",
			         t->note_count == 1 ? "it" : "them");
		int bw = (int)utf8_width(buf, strlen(buf));
		if (x + 2 + bw <= cols)
			draw_str(w, 0, cols - bw, buf, bw, R_HEADER);
	}
	wnoutrefresh(w);
}

/* The contexts the focused pane (or the overlay) looks keys up in. */
static const enum action_ctx *current_chain(struct tui *t)
{
	static const enum action_ctx overlay[] = { CTX_OVERLAY, CTX_MOVE,
	                                           CTX_GLOBAL, CTX_NONE };
	static const enum action_ctx confirm[] = { CTX_CONFIRM, CTX_NONE };
	struct pane *p = &t->panes[t->focus];

	if (t->overlay == OVERLAY_CONFIRM)
		return confirm;
	if (t->overlay != OVERLAY_NONE)
		return overlay;
	return p->ops->chain(t, p);
}

static struct lineedit *current_editor(struct tui *t)
{
	struct pane *p = &t->panes[t->focus];

	if (t->overlay != OVERLAY_NONE || !p->ops->editor)
		return NULL;
	return p->ops->editor(t, p);
}

static bool key_printable(int key)
{
	return !(key & 0x01000000) && utf8_cp_printable((uint32_t)key);
}

static bool key_seen(const int *seen, size_t n, int key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (seen[i] == key)
			return true;
	return false;
}

static void draw_status(struct tui *t)
{
	WINDOW *w = t->status;
	const enum action_ctx *chain = current_chain(t);
	bool typing = current_editor(t) != NULL;
	bool shown[ACT_COUNT] = { false };
	int seen[32];
	size_t nseen = 0;
	int x = 1, cols = t->cols;
	char key[32];

	draw_line_bg(w, 0, R_STATUS);
	if (t->msg[0]) {
		draw_str(w, 0, 1, t->msg, cols - 2, R_STATUS);
		wnoutrefresh(w);
		return;
	}
	for (; *chain != CTX_NONE; chain++) {
		size_t i;
		for (i = 0; i < tui_action_count; i++) {
			const struct action_info *a = &tui_actions[i];
			int k, kx = -1;
			if (a->ctx != *chain || !a->status || shown[a->act])
				continue;
			for (k = 0; k < 3 && kx < 0; k++)
				if (a->keys[k] && !(typing && key_printable(a->keys[k])))
					kx = k;
			if (kx < 0)
				continue;
			/* One key, one meaning: the first context wins. */
			if (key_seen(seen, nseen, a->keys[kx]))
				continue;
			if (nseen < sizeof seen / sizeof seen[0])
				seen[nseen++] = a->keys[kx];
			key_label(a->keys[kx], key, sizeof key);
			if (x + (int)strlen(key) + (int)strlen(a->status) + 3 > cols)
				break;
			shown[a->act] = true;
			x += draw_str(w, 0, x, key, cols - x, R_STATUS_KEY);
			x += draw_str(w, 0, x, " ", cols - x, R_STATUS);
			x += draw_str(w, 0, x, a->status, cols - x, R_STATUS);
			x += draw_str(w, 0, x, "  ", cols - x, R_STATUS);
		}
	}
	wnoutrefresh(w);
}

static void draw_too_small(struct tui *t)
{
	char need[40], have[40];
	int y = t->rows / 2 - 1;

	snprintf(need, sizeof need, "need %dx%d", MIN_COLS, MIN_ROWS);
	snprintf(have, sizeof have, "have %dx%d", t->cols, t->rows);
	werase(stdscr);
	if (y < 0)
		y = 0;
	draw_str(stdscr, y, 0, t->cols >= 18 ? "Terminal too small" : "Too small",
	         t->cols, R_BOLD);
	if (y + 1 < t->rows)
		draw_str(stdscr, y + 1, 0, need, t->cols, R_NORMAL);
	if (y + 2 < t->rows)
		draw_str(stdscr, y + 2, 0, have, t->cols, R_NORMAL);
	wnoutrefresh(stdscr);
}

static void render(struct tui *t)
{
	struct pane *fp;
	int i;

	if (t->too_small) {
		draw_too_small(t);
		curs_set(0);
		doupdate();
		return;
	}
	if (t->overlay != OVERLAY_NONE) {
		bool any = t->overlay_dirty;
		for (i = 0; i < PANE_COUNT; i++)
			any = any || t->panes[i].dirty;
		/* Nothing moved under or in the overlay: nothing to send. */
		if (!any && !t->header_dirty && !t->status_dirty)
			return;
		/* The panes under it are drawn whole, then it goes on top. */
		for (i = 0; i < PANE_COUNT; i++)
			t->panes[i].dirty = true;
		t->overlay_dirty = false;
	}
	for (i = 0; i < PANE_COUNT; i++) {
		struct pane *p = &t->panes[i];
		if (!p->visible || !p->win)
			continue;
		if (!p->dirty && p->part_dirty) {
			p->part_dirty = false;
			if (p->ops->draw_part && p->ops->draw_part(t, p))
				wnoutrefresh(p->win);
			else
				p->dirty = true;
		}
		if (p->dirty) {
			werase(p->win);
			p->cur_y = p->cur_x = -1;
			p->ops->draw(t, p);
			p->dirty = p->part_dirty = false;
			wnoutrefresh(p->win);
		}
	}
	if (t->header_dirty && t->header) {
		draw_header(t);
		t->header_dirty = false;
	}
	if (t->status_dirty && t->status) {
		draw_status(t);
		t->status_dirty = false;
	}
	if (t->overlay != OVERLAY_NONE)
		overlay_draw(t);
	fp = &t->panes[t->focus];
	if (t->overlay == OVERLAY_NONE && fp->visible && fp->win &&
	    current_editor(t) && fp->cur_y >= 0) {
		/* The last window refreshed places the terminal cursor. */
		wmove(fp->win, fp->cur_y, fp->cur_x);
		wnoutrefresh(fp->win);
		curs_set(1);
	} else {
		curs_set(0);
	}
	doupdate();
}

/* Keys and mouse ------------------------------------------------------------ */

static enum pane_id next_visible(struct tui *t, int dir)
{
	const enum pane_id order[] = { PANE_GUIDES, PANE_BANDS, PANE_OFFER,
	                               app_slot(t) };
	int n = (int)(sizeof order / sizeof order[0]), i, cur = 0;

	if (t->reader_open)
		return t->focus == PANE_READER ? PANE_GUIDES : PANE_READER;
	for (i = 0; i < n; i++)
		if (order[i] == t->focus)
			cur = i;
	/* In a narrow terminal the guide list is hidden but still a stop. */
	return order[(cur + dir + n) % n];
}

static enum pane_result global_action(struct tui *t, enum action a)
{
	switch (a) {
	case ACT_QUIT:
		return PANE_QUIT;
	case ACT_HELP:
		t->overlay = t->overlay == OVERLAY_HELP ? OVERLAY_NONE
		                                        : OVERLAY_HELP;
		t->overlay_top = 0;
		app_dirty_all(t);
		return PANE_HANDLED;
	case ACT_SKIPPED:
		t->overlay = t->overlay == OVERLAY_SKIPPED ? OVERLAY_NONE
		                                           : OVERLAY_SKIPPED;
		t->overlay_top = 0;
		app_dirty_all(t);
		return PANE_HANDLED;
	case ACT_NEXT_PANE:
		app_focus(t, next_visible(t, 1));
		return PANE_HANDLED;
	case ACT_PREV_PANE:
		app_focus(t, next_visible(t, -1));
		return PANE_HANDLED;
	case ACT_FOCUS_GUIDES:
		app_focus(t, PANE_GUIDES);
		return PANE_HANDLED;
	case ACT_FOCUS_BANDS:
		app_focus(t, PANE_BANDS);
		return PANE_HANDLED;
	case ACT_FOCUS_OFFER:
		app_focus(t, PANE_OFFER);
		return PANE_HANDLED;
	case ACT_FOCUS_SCRIPT:
		app_focus(t, PANE_SCRIPT);
		return PANE_HANDLED;
	case ACT_FOCUS_COUNTER:
		if (!t->g) {
			app_message(t, "Open a guide first (Enter)");
			return PANE_HANDLED;
		}
		app_focus(t, PANE_COUNTER);
		return PANE_HANDLED;
	case ACT_READER:
		if (t->reader_open)
			app_focus(t, t->focus == PANE_READER ? PANE_OFFER
			                                     : PANE_READER);
		else if (t->g)
			app_focus(t, PANE_READER);
		else
			snprintf(t->msg, sizeof t->msg, "Open a guide first (Enter)");
		return PANE_HANDLED;
	case ACT_NEXT_SCRIPT:
	case ACT_PREV_SCRIPT:
		if (t->g && t->g->script_count > 0) {
			size_t cur = 0, n = t->g->script_count;
			app_script(t, &cur);
			if (!app_script(t, NULL))
				cur = a == ACT_NEXT_SCRIPT ? n - 1 : 0;
			t->script_pick = (long)((cur + (a == ACT_NEXT_SCRIPT ? 1 : n - 1)) % n);
			t->script_top = 0;
			app_dirty(t, PANE_SCRIPT);
		}
		return PANE_HANDLED;
	case ACT_PREMIUM:
		t->form.agentic = !t->form.agentic;
		app_offer_changed(t);
		return PANE_HANDLED;
	case ACT_EQUITY_UNIT:
		t->form.equity_per_year = !t->form.equity_per_year;
		app_offer_changed(t);
		return PANE_HANDLED;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		app_dirty_all(t);
		return PANE_HANDLED;
	default:
		return PANE_IGNORED;
	}
}

static enum pane_result handle_key(struct tui *t, int key)
{
	struct pane *p = &t->panes[t->focus];
	struct lineedit *le = current_editor(t);
	enum action a;
	enum pane_result r = PANE_IGNORED;

	if (t->msg[0]) {
		t->msg[0] = '\0';
		t->status_dirty = true;
	}
	if (le && key_printable(key) &&
	    !(key < 128 && p->ops->not_typed && strchr(p->ops->not_typed, key))) {
		if (!le_insert(le, (uint32_t)key))
			snprintf(t->msg, sizeof t->msg, "That field is full");
		p->ops->edited(t, p);
		app_dirty(t, t->focus);
		return PANE_HANDLED;
	}
	a = keys_lookup(current_chain(t), key);
	if (t->overlay == OVERLAY_CONFIRM) {
		/* Only a yes does it; any other key is a no. */
		session_confirmed(t, a == ACT_CONFIRM_YES);
		return PANE_HANDLED;
	}
	if (a == ACT_NONE)
		return PANE_HANDLED;
	if (t->overlay != OVERLAY_NONE) {
		t->overlay_dirty = true;
		r = overlay_key(t, a);
		if (r != PANE_IGNORED)
			return r;
		/* Any other action closes the overlay and then happens. */
		t->overlay = OVERLAY_NONE;
		app_dirty_all(t);
		return global_action(t, a);
	}
	if (le && app_edit_action(le, a)) {
		p->ops->edited(t, p);
		app_dirty(t, t->focus);
		return PANE_HANDLED;
	}
	if (p->visible && p->ops->key)
		r = p->ops->key(t, p, a, key);
	if (r == PANE_REDRAW) {
		app_dirty(t, t->focus);
		t->status_dirty = true;
		return PANE_HANDLED;
	}
	if (r != PANE_IGNORED)
		return r;
	return global_action(t, a);
}

static void handle_mouse(struct tui *t)
{
	MEVENT ev;
	int i, wheel = 0;

	if (getmouse(&ev) != OK || t->too_small)
		return;
	if (t->overlay == OVERLAY_CONFIRM) {
		if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
			session_confirmed(t, false);
		return;
	}
	if (t->overlay != OVERLAY_NONE) {
		if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
			t->overlay = OVERLAY_NONE;
			app_dirty_all(t);
		}
		return;
	}
	if (ev.bstate & BUTTON4_PRESSED)
		wheel = -1;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		wheel = 1;
#endif
	else if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return;
	for (i = 0; i < PANE_COUNT; i++) {
		struct pane *p = &t->panes[i];
		if (!p->visible || ev.y < p->y || ev.y >= p->y + p->h ||
		    ev.x < p->x || ev.x >= p->x + p->w)
			continue;
		if (!wheel && t->focus != (enum pane_id)i)
			app_focus(t, (enum pane_id)i);
		if (p->ops->mouse && p->ops->mouse(t, p, ev.y - p->y,
		                                   ev.x - p->x, wheel) ==
		                             PANE_REDRAW)
			app_dirty(t, (enum pane_id)i);
		t->status_dirty = true;
		return;
	}
}

/* Set-up and the loop --------------------------------------------------------- */

/* The signals that end the TUI cleanly. */
static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define QUIT_SIGNALS (sizeof quit_signals / sizeof quit_signals[0])

static void install_signals(struct sigaction *old)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal interrupts the read so the loop sees it. */
	sa.sa_flags = 0;
	for (i = 0; i < QUIT_SIGNALS; i++)
		sigaction(quit_signals[i], &sa, &old[i]);
}

static void restore_signals(const struct sigaction *old)
{
	size_t i;

	for (i = 0; i < QUIT_SIGNALS; i++)
		sigaction(quit_signals[i], &old[i], NULL);
}

static void tui_free(struct tui *t)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].win)
			delwin(t->panes[i].win);
	if (t->header)
		delwin(t->header);
	if (t->status)
		delwin(t->status);
	if (t->overlay_win)
		delwin(t->overlay_win);
	md_doc_free(&t->doc);
	free(t->rows_v);
	filter_index_free(&t->filter_ix);
	guides_memo_clear(t);
	free(t->company_no);
	free(t->filter_last);
	session_free(t);
	free(t->script_drawn);
	for (size_t k = 0; k < t->note_count; k++)
		free(t->notes[k]);
	free(t->notes);
}

/* The rates file, read once; its bad lines become notes. */
static void load_rates(struct tui *t)
{
	struct diag_list d = { 0 };
	size_t i;

	memset(&t->rates, 0, sizeof t->rates);
	if (!rates_default_path(t->rates_path, sizeof t->rates_path)) {
		snprintf(t->rates_path, sizeof t->rates_path,
		         "$XDG_CONFIG_HOME/negotiator/rates");
		return;
	}
	if (!rates_load(&t->rates, t->rates_path, &d) && d.count == 0)
		app_note(t, "%s: cannot be read", t->rates_path);
	for (i = 0; i < d.count; i++)
		app_note(t, "%s:%d: %s", t->rates_path, d.items[i].line,
		         d.items[i].message);
	if (d.count > 0)
		app_message(t, "The rates file has %zu line%s it could not use — "
		               "! shows them",
		            d.count, d.count == 1 ? "" : "s");
	diag_list_free(&d);
}

int tui_run(struct library *lib, const char *today)
{
	struct tui t;
	struct sigaction old[QUIT_SIGNALS];
	SCREEN *screen;
	bool quit = false;
	int i, rc = 0;

	setlocale(LC_CTYPE, "");
	memset(&t, 0, sizeof t);
	t.lib = lib;
	snprintf(t.today, sizeof t.today, "%s", today ? today : "");
	form_init(&t.form);
	le_init(&t.filter);
	le_init(&t.search);
	le_init(&t.prompt_le);
	t.script_pick = -1;
	t.company_round = -1;
	for (i = 0; i < PANE_COUNT; i++) {
		t.panes[i].ops = pane_table[i];
		t.panes[i].cur_y = t.panes[i].cur_x = -1;
	}

	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fputs("negotiator: cannot open the terminal (is TERM set?)\n",
		      stderr);
		return 1;
	}
	got_signal = 0;
	install_signals(old);
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 250);
	theme_init();
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	                  | BUTTON5_PRESSED
#endif
	          ,
	          NULL);
	mouseinterval(0);
	curs_set(0);

	load_rates(&t);
	guides_refilter(&t);
	t.focus = PANE_GUIDES;
	if (lib->count > 0)
		app_open_guide(&t, lib->guides[0]);
	layout(&t);

	while (!quit && !got_signal) {
		wint_t wch;
		int r, key;
		WINDOW *in;

		render(&t);
		/* Saved once the change is on the screen: the fsync does
		 * not hold up the echo, and a kill before it loses only
		 * that keystroke. */
		session_flush(&t);
		if (t.status_dirty || t.header_dirty)
			render(&t);
		in = t.too_small || !t.header ? stdscr : t.header;
		r = wget_wch(in, &wch);
		if (got_signal)
			break;
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wch == KEY_RESIZE) {
			layout(&t);
			continue;
		}
		if (r == KEY_CODE_YES && wch == KEY_MOUSE) {
			handle_mouse(&t);
			continue;
		}
		if (t.too_small)
			key = (r == OK && wch == 'q') ? 'q' : 0;
		else
			key = r == KEY_CODE_YES ? TK_FN((int)wch) : (int)wch;
		if (t.too_small) {
			quit = key == 'q';
			continue;
		}
		if (handle_key(&t, key) == PANE_QUIT)
			quit = true;
	}

	tui_free(&t);
	endwin();
	delscreen(screen);
	restore_signals(old);
	if (got_signal)
		rc = 128 + got_signal;
	return rc;
}
