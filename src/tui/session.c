/* session.c - the open guide and its negotiation: opening, saving and
 * syncing with other programs, undo, quitting (see session.h; the
 * offers are in session_offers.c, the rounds in session_rounds.c). */
#include "tui/session.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/guide_load.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/focus.h"
#include "tui/overlay.h"
#include "tui/session_offers.h"
#include "tui/status.h"

/* What another program saved on this guide was merged in: show it. */
static void merged(struct tui *t, const struct state_merge *m)
{
	char words[200];

	if (!state_merge_any(m))
		return;
	app_notify(t, APP_ROUNDS_MERGED);
	if (m->form && t->g) {
		session_show_form(t);
		session_offer_changed(t);
	} else {
		session_analyse(t);
	}
	state_merge_words(m, words, sizeof words);
	status_message(t, "Another window saved this negotiation: took its %s.",
	               words);
	app_dirty_all(t);
}

/* The open guide's undo history written beside its negotiation, when it
 * changed since it was last written or read (undo.h). */
static void save_history(struct tui *t, bool durable)
{
	char path[4096];
	struct error err;
	struct undo *u = undo_shelf_get(&t->undo, t->g->id);
	if (!u->unsaved || !state_undo_path(t->g->id, path, sizeof path))
		return;
	error_clear(&err);
	if (!undo_save(u, path, durable, &err)) {
		/* Said once; the negotiation itself is saved. */
		u->unsaved = false;
		status_note(t, "The undo history was not saved: %s", err.msg);
	}
}

/* A guide opened for the first time in this program: its undo history
 * as the last session saved it.  A damaged one is said and left out. */
static void load_history(struct tui *t)
{
	char path[4096];
	struct error err;
	size_t had = t->undo.count;
	struct undo *u = undo_shelf_get(&t->undo, t->g->id);
	if (t->undo.count == had ||
	    !state_undo_path(t->g->id, path, sizeof path))
		return;
	error_clear(&err);
	if (!undo_load(u, path, &err))
		status_note(t, "%s", err.msg);
}

/* Keystrokes in the form are saved without fsync (the rename keeps each
 * save atomic against a kill or a crash); rounds, answers and leaving a
 * guide are saved durably.  Each save first takes in what another
 * program saved on the same guide since this one last looked. */
static void save(struct tui *t, bool durable)
{
	struct error err;
	struct state_merge m;

	if (!t->neg_open)
		return;
	/* This window's last change ends here, before another's merge:
	 * undo takes back only its own. */
	if (t->g)
		undo_settle(undo_shelf_get(&t->undo, t->g->id), &t->neg);
	if (!t->save_pending) {
		/* Nothing to write: only look whether another program
		 * saved (a stat, unless it did). */
		state_sync(&t->neg, &t->neg_sync, false, false, &m, NULL);
		merged(t, &m);
		if (m.note[0])
			status_note(t, "%s", m.note);
		return;
	}
	t->save_pending = false;
	t->save_waits = false;
	durable = durable || t->save_durable;
	t->save_durable = false;
	error_clear(&err);
	bool ok = state_sync(&t->neg, &t->neg_sync, true, durable, &m, &err);
	merged(t, &m);
	if (m.note[0])
		status_note(t, "%s", m.note);
	if (!ok) {
		t->save_failed_at = app_now_seconds();
		t->save_durable = durable; /* the retry fsyncs as asked */
		snprintf(t->save_error, sizeof t->save_error, "%s", err.msg);
		/* Said once; the header keeps saying it while it lasts. */
		if (!t->save_failing)
			status_note(t, "Not saved: %s", err.msg);
		t->save_failing = true;
		t->header_dirty = true;
		return;
	}
	if (t->save_failing) {
		t->save_failing = false;
		t->header_dirty = true;
		status_message(t, "Saved again.");
	}
	/* The guide list marks guides with a saved negotiation; the status
	 * line has nothing new to say. */
	bool status = t->status_dirty;
	app_notify(t, APP_SAVED);
	t->status_dirty = status;
	if (t->g && !t->neg_sync.foreign)
		save_history(t, durable);
}

void session_flush(struct tui *t)
{
	/* What failed is tried again every 2 s, not only at the next
	 * change: a lock let go, room made on the disk (issue 20 F7). */
	if (t->save_failing && app_now_seconds() - t->save_failed_at >= 2.0)
		t->save_pending = true;
	save(t, false);
}

/* Keys typed in one field wait this long at rest before they are
 * written, and at most SAVE_WAIT_MAX_S in all while they keep coming:
 * typing a figure writes the file once, not at every digit (issue 18);
 * a signal, leaving the field or the guide, and quitting write at
 * once. */
#define SAVE_REST_MS 250
#define SAVE_WAIT_MAX_S 1.0

/* Whether the pending save is of keys typed in the field the form
 * still shows, and may wait for more of them. */
static bool save_may_wait(const struct tui *t)
{
	return t->save_pending && t->save_waits && !t->save_durable &&
	       t->neg_open && t->focus == PANE_OFFER &&
	       t->overlay == OVERLAY_NONE &&
	       t->undo_field == (int)t->form.field &&
	       t->undo_number == t->form_number &&
	       app_now_seconds() - t->save_waits_since < SAVE_WAIT_MAX_S;
}

int session_after_frame(struct tui *t)
{
	if (save_may_wait(t))
		return SAVE_REST_MS;
	session_flush(t);
	return -1;
}

/* Remember the negotiation as it is before a change, for undo. */
void session_ask(struct tui *t, enum confirm_kind kind, size_t i,
                 const char *title, const char *text)
{
	t->confirm_round = i;
	overlay_confirm(t, kind, title, text);
}

static void open_negotiation(struct tui *t)
{
	struct error err;
	size_t i;

	save(t, true);
	if (t->neg_open) {
		negotiation_free(&t->neg);
		state_sync_free(&t->neg_sync);
	}
	t->neg_open = false;
	t->save_pending = false;
	t->save_waits = false;
	t->save_failing = false;
	if (!t->g)
		return;
	t->guide_private = guide_equity_is_private(t->g);
	error_clear(&err);
	if (state_open(t->g->id, &t->neg, &t->neg_sync, &err) ==
	    STATE_MOVED_ASIDE) {
		status_note(t, "%s", err.msg);
		status_message(
			t,
			"The saved negotiation for %s could not be read: "
			"moved aside, starting afresh (! tells where)",
			t->g->id);
	} else if (error_is_set(&err)) {
		status_note(t, "%s", err.msg);
	}
	t->neg_open = true;
	load_history(t);
	bool fresh = t->neg.offer_count == 0 && !t->neg.region &&
	             t->neg.shown == NEG_NONE && t->neg.against == NEG_NONE &&
	             t->neg.other.count == 0;
	/* A new guide starts with an empty form on the config file's
	 * region when it has it, else its first region with figures; a
	 * saved one as it was typed. */
	form_init(&t->form);
	for (i = 0; i < t->g->band_count; i++)
		if (band_has_numbers(&t->g->bands[i])) {
			t->form.band = i;
			break;
		}
	const struct band *mine =
		t->config.default_region[0]
			? guide_find_band(t->g, t->config.default_region)
			: NULL;
	if (mine)
		t->form.band = (size_t)(mine - t->g->bands);
	t->undo_field = -1;
	t->form_number = session_shown_number(&t->neg);
	session_show_form(t);
	/* Offers saved before they kept their currency are in the region
	 * they were saved in. */
	if (t->form.band < t->g->band_count &&
	    negotiation_pin_currency(&t->neg,
	                             t->g->bands[t->form.band].currency.code))
		session_show_form(t);
	if (fresh)
		session_default_value(t);
	/* What was just read back needs no saving, and the defaults
	 * filled in are no change of this window's to merge. */
	session_form_save(t);
	state_sync_adopt(&t->neg_sync, &t->neg);
	session_first_field(t);
}

void session_open_guide(struct tui *t, struct guide *g)
{
	if (!g)
		return;
	/* A guide whose file changed is read again whole, and said once
	 * (issue 20 F10). */
	enum guide_body body = guide_load_body(g);
	struct guide *prev = t->g;
	session_flush(t);
	t->g = g;
	open_negotiation(t);
	app_notify(t, APP_GUIDE_OPENED);
	session_offer_changed(t);
	if (body == GUIDE_BODY_RELOADED)
		status_message(t,
		               "%s changed on disk since it was read: read "
		               "again, bands, figures and scripts too.",
		               g->path_shown);
	else if (body == GUIDE_BODY_GONE)
		status_message(t,
		               "%s cannot be read again (deleted or changed "
		               "into another guide): its text is not shown; "
		               "! tells why.",
		               g->path_shown);
	/* Only the open guide's reading is kept (issues 13.15 and 18): the
	 * one let go is again what the library holds of it, so that a big
	 * library opened guide by guide stays as small as its front
	 * matter. */
	if (prev && prev != g)
		guide_let_go(prev);
	app_dirty_all(t);
}

void session_undo(struct tui *t, bool redo)
{
	if (!t->neg_open || !t->g)
		return;
	struct undo *u = undo_shelf_get(&t->undo, t->g->id);
	t->undo_field = -1;
	if (!(redo ? undo_forward(u, &t->neg) : undo_back(u, &t->neg))) {
		status_message(t,
		               redo ? "Nothing to redo." : "Nothing to undo.");
		return;
	}
	t->form_number = session_shown_number(&t->neg);
	session_show_form(t);
	/* What came back is saved like any change. */
	t->save_pending = true;
	t->save_durable = true;
	app_notify(t, APP_ROUNDS_CHANGED);
	session_offer_changed(t);
	status_message(t, "%s (%zu more to undo, %zu to redo).",
	               redo ? "Redone" : "Undone", undo_past(u),
	               undo_future(u));
	app_dirty_all(t);
}

bool session_may_quit(struct tui *t)
{
	if (!t->neg_open || !t->g)
		return true;
	if (t->save_failing)
		t->save_pending = true;
	save(t, true);
	if (!t->save_failing)
		return true;
	char text[OVERLAY_TEXT_MAX];
	snprintf(text, sizeof text,
	         "The negotiation for %.200s is not saved: %.1000s.\n\n"
	         "Try again (r) once there is room, save it to another file "
	         "(e), or quit anyway (Q) and lose what is not saved.",
	         t->g->id, t->save_error);
	session_ask(t, CONFIRM_QUIT, 0, "Not saved", text);
	return false;
}

enum pane_result session_unsaved_answer(struct tui *t, enum action a)
{
	char path[LINEEDIT_MAX];

	t->confirm = CONFIRM_NONE;
	t->overlay = OVERLAY_NONE;
	app_dirty_all(t);
	switch (a) {
	case ACT_UNSAVED_RETRY:
		if (session_may_quit(t))
			return PANE_QUIT;
		status_message(t, "Still not saved.");
		return PANE_HANDLED;
	case ACT_UNSAVED_ELSEWHERE:
		/* The script pane's prompt asks for the file (Enter there
		 * calls session_save_elsewhere). */
		focus_set(t, PANE_SCRIPT);
		snprintf(path, sizeof path, "~/negotiator-%s--%s.state",
		         t->g->company, t->g->role);
		lineedit_set(&t->prompt_le, path);
		t->prompt = PROMPT_SAVE_AS;
		app_dirty(t, PANE_SCRIPT);
		t->status_dirty = true;
		return PANE_HANDLED;
	case ACT_UNSAVED_QUIT: t->quit_unsaved = true; return PANE_QUIT;
	default:
		status_message(t,
		               "Not quit: the negotiation is still not saved.");
		return PANE_HANDLED;
	}
}

bool session_save_elsewhere(struct tui *t, const char *typed)
{
	char path[PATH_MAX];
	struct error err;

	app_typed_path(typed, path, sizeof path);
	if (strlen(path) >= sizeof t->saved_elsewhere) {
		status_message(t, "That file name is too long; q asks again.");
		return false;
	}
	if (!path[0] || !t->neg_open) {
		status_message(t, "No file name: not saved; q asks again.");
		return false;
	}
	error_clear(&err);
	if (!state_save_file(path, &t->neg, true, &err)) {
		status_note(t, "Not saved elsewhere either: %s", err.msg);
		session_may_quit(t);
		return false;
	}
	memcpy(t->saved_elsewhere, path, strlen(path) + 1);
	return true;
}

const struct script *session_fill(struct tui *t, struct filled_script *out)
{
	const struct script *s = app_script(t, NULL);
	memset(out, 0, sizeof *out);
	if (!s)
		return NULL;
	/* The script that fits was filled in by the analysis already. */
	if (s == t->an.script && t->an.filled.text)
		fill_script_copy(out, &t->an.filled);
	else
		analysis_fill(&t->an, t->neg_open ? &t->neg : NULL, s->text,
		              out);
	return s;
}

void session_rescue(struct tui *t)
{
	struct error err;

	if (!t->neg_open || !t->g)
		return;
	if (t->save_failing)
		t->save_pending = true;
	save(t, true);
	if (!t->save_failing)
		return;
	/* Not saved in its place: what is not saved goes beside it, or
	 * in $TMPDIR, and the program says where once the screen is
	 * gone (tui.c). */
	error_clear(&err);
	if (state_rescue(&t->neg_sync, &t->neg, t->saved_elsewhere,
	                 sizeof t->saved_elsewhere, &err)) {
		t->save_failing = false;
		return;
	}
	snprintf(t->save_error + strlen(t->save_error),
	         sizeof t->save_error - strlen(t->save_error), "; %s", err.msg);
	t->quit_unsaved = true;
}

void session_close(struct tui *t)
{
	save(t, true);
	if (t->neg_open) {
		negotiation_free(&t->neg);
		state_sync_free(&t->neg_sync);
	}
	t->neg_open = false;
	/* The analysis points into the guide. */
	analysis_free(&t->an);
	memset(&t->an, 0, sizeof t->an);
	t->g = NULL;
}

void session_free(struct tui *t)
{
	session_close(t);
	undo_shelf_free(&t->undo);
}
