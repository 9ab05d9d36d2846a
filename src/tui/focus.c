/* focus.c - which pane has the keys (see focus.h). */
#include "tui/focus.h"

#include "tui/layout.h"

void focus_set(struct tui *t, enum pane_id id)
{
	bool was_narrow_guides = t->narrow &&
	                         (t->focus == PANE_GUIDES || id == PANE_GUIDES);
	bool slot_changed = false;

	if (id == PANE_SCRIPT || id == PANE_COUNTER) {
		slot_changed = t->counter_shown != (id == PANE_COUNTER);
		t->counter_shown = id == PANE_COUNTER;
	}
	if (id == PANE_READER)
		t->reader_open = true;
	else if (id != PANE_GUIDES && t->reader_open)
		t->reader_open = false;
	if (t->focus != id) {
		app_dirty(t, t->focus);
		app_dirty(t, id);
	}
	t->focus = id;
	app_notify(t, APP_FOCUS_MOVED);
	if (was_narrow_guides || slot_changed || id == PANE_READER ||
	    id == PANE_BANDS || id == PANE_OFFER || id == PANE_SCRIPT ||
	    id == PANE_COUNTER)
		layout_apply(t);
}

enum pane_id focus_next(const struct tui *t, int dir)
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
