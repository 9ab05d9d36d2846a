/* focus.c - which pane has the keys (see focus.h). */
#include "tui/focus.h"

#include "tui/layout.h"

void focus_set(struct tui *t, enum pane_id id)
{
	if (id == PANE_SCRIPT || id == PANE_COUNTER)
		t->counter_shown = id == PANE_COUNTER;
	if (id == PANE_READER && !t->reader_open) {
		/* Closing the reader goes back where it was opened. */
		t->reader_from = t->focus;
		t->reader_open = true;
	} else if (id != PANE_GUIDES && id != PANE_READER) {
		t->reader_open = false;
	}
	if (t->focus != id) {
		app_dirty(t, t->focus);
		app_dirty(t, id);
	}
	t->focus = id;
	app_notify(t, APP_FOCUS_MOVED);
	/* Places follow the size, not the focus: this moves nothing but
	 * the reader, the script's place and a list that has no room. */
	layout_apply(t);
}

enum pane_id focus_next(const struct tui *t, int dir)
{
	enum pane_id order[5] = {PANE_GUIDES, PANE_BANDS, PANE_OFFER};
	int n = 3, i, cur = 0;

	order[n++] = app_slot(t);
	if (t->both_shown)
		order[n++] = PANE_COUNTER;

	if (t->reader_open)
		return t->focus == PANE_READER ? PANE_GUIDES : PANE_READER;
	for (i = 0; i < n; i++)
		if (order[i] == t->focus)
			cur = i;
	/* In a narrow terminal the guide list is hidden but still a stop. */
	return order[(cur + dir + n) % n];
}

void focus_reader_close(struct tui *t)
{
	enum pane_id back = t->reader_from;

	if (!t->reader_open)
		return;
	t->reader_open = false;
	if (back == PANE_READER)
		back = PANE_OFFER;
	/* The script's place may hold the other one by now (where the two
	 * do not stand side by side). */
	if ((back == PANE_SCRIPT || back == PANE_COUNTER) && !t->both_shown)
		back = app_slot(t);
	focus_set(t, back);
}
