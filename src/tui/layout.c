/* layout.c - where each pane goes on the screen (see layout.h). */
#include "tui/layout.h"

#include "tui/app.h"

/* From this width the guide list stays beside the other panes ... */
#define WIDE_COLS 100
/* ... and from this one beside the counter too, which needs the room. */
#define COUNTER_WIDE_COLS 160

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

void layout_apply(struct tui *t)
{
	int rows, cols, top = 1, h, gw = 0, rx, rw, bh, rest, ow;
	enum pane_id slot = app_slot(t);
	enum pane_id other = slot == PANE_SCRIPT ? PANE_COUNTER : PANE_SCRIPT;
	bool show_guides;
	int i;

	getmaxyx(stdscr, rows, cols);
	t->rows = rows;
	t->cols = cols;
	t->too_small = cols < LAYOUT_MIN_COLS || rows < LAYOUT_MIN_ROWS;
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
