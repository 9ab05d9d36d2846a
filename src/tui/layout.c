/* layout.c - where each pane goes on the screen (see layout.h).
 *
 * The places depend on the size, not on the focus, so that moving
 * between panes never moves them: the guide list beside the others when
 * both have room, else over the whole body while it has the focus; the
 * bands across the top, as tall as they need when the offer keeps what
 * it needs; the offer and the script side by side when the width allows,
 * else one over the other.  Where the offer leaves enough rows under it,
 * the script goes there and the counter, which runs longer, has the
 * column beside them; else the counter shows in the script's place. */
#include "tui/layout.h"

#include "tui/app.h"

/* The offer's numbers need 46 columns, the script ~34 to read well. */
#define OFFER_MIN_COLS 46
#define OFFER_MAX_COLS 58
#define SIDE_COLS 80
/* The guide list: at least this wide; at most a third of the screen,
 * and no more than leaves the others MAIN_WANT_COLS. */
#define LIST_MIN_COLS 26
#define MAIN_WANT_COLS 88
/* The script goes under the offer when it gets this many rows there. */
#define SCRIPT_BELOW_ROWS 8

static void layout_place(struct tui *t, enum pane_id id, int y, int x, int h,
                         int w)
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

static void hide(struct tui *t, enum pane_id id)
{
	layout_place(t, id, 0, 0, 0, 0);
}

static void need(struct tui *t, enum pane_id id, int width, int *min, int *want)
{
	struct pane *p = &t->panes[id];

	*min = 1;
	*want = 1;
	if (p->ops->need)
		p->ops->need(t, p, width, min, want);
}

static int list_width(struct tui *t, int cols)
{
	struct pane *p = &t->panes[PANE_GUIDES];
	int w = p->ops->width ? p->ops->width(t, p) : LIST_MIN_COLS;
	int cap = cols / 3 < cols - MAIN_WANT_COLS ? cols / 3
	                                           : cols - MAIN_WANT_COLS;

	if (w > cap)
		w = cap;
	return w < LIST_MIN_COLS ? LIST_MIN_COLS : w;
}

/* Bands, offer, script and counter in the rectangle at (top, x). */
static void lay_main(struct tui *t, int top, int x, int h, int w)
{
	bool side = w >= SIDE_COLS;
	int ow = side ? w * 11 / 20 : w, bmin, bwant, omin, owant, bh, rest;
	int oh;

	if (side)
		ow = ow < OFFER_MIN_COLS
		             ? OFFER_MIN_COLS
		             : (ow > OFFER_MAX_COLS ? OFFER_MAX_COLS : ow);
	need(t, PANE_BANDS, w, &bmin, &bwant);
	need(t, PANE_OFFER, ow, &omin, &owant);
	/* The bands as tall as they want while the offer keeps all it
	 * wants; else they give way, down to what they cannot do without. */
	bh = bwant;
	if (h - bh < owant)
		bh = h - owant;
	if (bh < bmin)
		bh = bmin;
	if (bh > h / 2 && h - bh < omin)
		bh = h / 2 > bmin ? h / 2 : bmin;
	rest = h - bh;
	layout_place(t, PANE_BANDS, top, x, bh, w);
	t->both_shown = side && rest - owant >= SCRIPT_BELOW_ROWS;
	if (t->both_shown) {
		layout_place(t, PANE_OFFER, top + bh, x, owant, ow);
		layout_place(t, PANE_SCRIPT, top + bh + owant, x, rest - owant,
		             ow);
		layout_place(t, PANE_COUNTER, top + bh, x + ow, rest, w - ow);
		return;
	}
	hide(t, app_slot(t) == PANE_SCRIPT ? PANE_COUNTER : PANE_SCRIPT);
	if (side) {
		layout_place(t, PANE_OFFER, top + bh, x, rest, ow);
		layout_place(t, app_slot(t), top + bh, x + ow, rest, w - ow);
		return;
	}
	/* One over the other: the offer as tall as it wants while the
	 * script keeps a few lines. */
	oh = owant < rest - 4 ? owant : rest - 4;
	if (oh < omin)
		oh = omin < rest - 2 ? omin : rest - 2;
	if (oh < 3)
		oh = rest;
	layout_place(t, PANE_OFFER, top + bh, x, oh, w);
	layout_place(t, app_slot(t), top + bh + oh, x, rest - oh, w);
}

void layout_apply(struct tui *t)
{
	int rows, cols, top = 1, body, lw, mx;
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
			hide(t, (enum pane_id)i);
		return;
	}
	t->header = newwin(1, cols, 0, 0);
	t->status = newwin(1, cols, rows - 1, 0);
	if (t->header) {
		keypad(t->header, TRUE);
		wtimeout(t->header, 250);
	}
	t->header_dirty = t->status_dirty = true;
	body = rows - 2;
	lw = list_width(t, cols);
	t->narrow = cols - lw < SIDE_COLS;
	if (t->narrow && (t->focus == PANE_GUIDES || !t->g)) {
		/* No room beside the others: the list has the body while it
		 * has the focus, and they keep their places behind it. */
		layout_place(t, PANE_GUIDES, top, 0, body, cols);
		for (i = 0; i < PANE_COUNT; i++)
			if (i != PANE_GUIDES)
				hide(t, (enum pane_id)i);
		return;
	}
	mx = t->narrow ? 0 : lw;
	if (t->narrow)
		hide(t, PANE_GUIDES);
	else
		layout_place(t, PANE_GUIDES, top, 0, body, lw);
	if (t->reader_open) {
		layout_place(t, PANE_READER, top, mx, body, cols - mx);
		hide(t, PANE_BANDS);
		hide(t, PANE_OFFER);
		hide(t, PANE_SCRIPT);
		hide(t, PANE_COUNTER);
	} else {
		hide(t, PANE_READER);
		lay_main(t, top, mx, body, cols - mx);
	}
	/* Focus must stay on a pane that can be seen. */
	if (!t->panes[t->focus].visible)
		t->focus = t->reader_open ? PANE_READER : PANE_OFFER;
}
