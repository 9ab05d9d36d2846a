/* global.c - the actions that work whatever pane has the focus (see
 * global.h). */
#include "tui/global.h"

#include "tui/export.h"
#include "tui/focus.h"
#include "tui/overlay.h"
#include "tui/reload.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/status.h"

bool global_works(const struct tui *t, enum action a)
{
	bool regions = t->g && t->g->band_count > 0;

	switch (a) {
	case ACT_FOCUS_OFFER: return regions && t->focus != PANE_OFFER;
	case ACT_FOCUS_BANDS: return t->g && t->focus != PANE_BANDS;
	case ACT_FOCUS_SCRIPT: return t->g && t->focus != PANE_SCRIPT;
	case ACT_FOCUS_COUNTER: return regions && t->focus != PANE_COUNTER;
	case ACT_FOCUS_GUIDES: return t->focus != PANE_GUIDES;
	case ACT_READER: return t->g != NULL;
	case ACT_NEXT_SCRIPT:
	case ACT_PREV_SCRIPT: return t->g && t->g->script_count > 1;
	case ACT_PREMIUM:
	case ACT_EQUITY_UNIT: return regions;
	case ACT_OFFERS:
	case ACT_SUMMARY:
	case ACT_UNDO:
	case ACT_REDO: return t->g != NULL;
	default: return true;
	}
}

enum pane_result global_action(struct tui *t, enum action a)
{
	switch (a) {
	case ACT_QUIT: return PANE_QUIT;
	case ACT_HELP: overlay_help(t); return PANE_HANDLED;
	case ACT_SKIPPED:
		overlay_toggle(t, OVERLAY_SKIPPED);
		return PANE_HANDLED;
	case ACT_OFFERS: overlay_toggle(t, OVERLAY_OFFERS); return PANE_HANDLED;
	case ACT_SOURCES:
		overlay_toggle(t, OVERLAY_SOURCES);
		return PANE_HANDLED;
	case ACT_NEXT_PANE: focus_set(t, focus_next(t, 1)); return PANE_HANDLED;
	case ACT_PREV_PANE:
		focus_set(t, focus_next(t, -1));
		return PANE_HANDLED;
	case ACT_FOCUS_GUIDES: focus_set(t, PANE_GUIDES); return PANE_HANDLED;
	case ACT_FOCUS_BANDS: focus_set(t, PANE_BANDS); return PANE_HANDLED;
	case ACT_FOCUS_OFFER: focus_set(t, PANE_OFFER); return PANE_HANDLED;
	case ACT_FOCUS_SCRIPT: focus_set(t, PANE_SCRIPT); return PANE_HANDLED;
	case ACT_FOCUS_COUNTER:
		if (!t->g) {
			status_message(t, "Open a guide first (Enter)");
			return PANE_HANDLED;
		}
		focus_set(t, PANE_COUNTER);
		return PANE_HANDLED;
	case ACT_READER:
		if (t->focus == PANE_READER)
			focus_reader_close(t);
		else if (t->g)
			focus_set(t, PANE_READER);
		else
			status_message(t, "Open a guide first (Enter)");
		return PANE_HANDLED;
	case ACT_NEXT_SCRIPT:
	case ACT_PREV_SCRIPT:
		if (t->g && t->g->script_count > 0) {
			size_t cur = 0, n = t->g->script_count;
			app_script(t, &cur);
			if (!app_script(t, NULL))
				cur = a == ACT_NEXT_SCRIPT ? n - 1 : 0;
			t->script_pick =
				(long)((cur +
			                (a == ACT_NEXT_SCRIPT ? 1 : n - 1)) %
			               n);
			app_notify(t, APP_SCRIPT_PICKED);
		}
		return PANE_HANDLED;
	case ACT_PREMIUM:
		t->form.on[FIELD_PREMIUM] = !t->form.on[FIELD_PREMIUM];
		session_offer_changed(t);
		return PANE_HANDLED;
	case ACT_EQUITY_UNIT:
		session_toggle_equity_unit(t);
		return PANE_HANDLED;
	case ACT_SUMMARY:
		if (!t->g) {
			status_message(t, "Open a guide first (Enter)");
			return PANE_HANDLED;
		}
		/* The file's name is asked at the foot of the script pane. */
		focus_set(t, PANE_SCRIPT);
		export_start(t, PROMPT_SUMMARY);
		app_dirty(t, PANE_SCRIPT);
		return PANE_HANDLED;
	case ACT_UNDO:
	case ACT_REDO: session_undo(t, a == ACT_REDO); return PANE_HANDLED;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		app_dirty_all(t);
		return PANE_HANDLED;
	case ACT_RELOAD: reload_all(t); return PANE_HANDLED;
	default: return PANE_IGNORED;
	}
}
