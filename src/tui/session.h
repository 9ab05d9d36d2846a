/* session.h - the open guide and the negotiation on it: opening a guide
 * restores its saved form, every change of the offer is recomputed,
 * saved and told to the panes; the counter against the company's latest
 * round; the rounds recorded, accepted and deleted. */
#ifndef NEGOTIATOR_TUI_SESSION_H
#define NEGOTIATOR_TUI_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/fill.h"
#include "tui/app.h"

struct guide;

/* Open a guide (parses its body once): its saved negotiation is loaded
 * and its form restored, or the form starts empty on its first region
 * with figures.  The panes are told (APP_GUIDE_OPENED). */
void session_open_guide(struct tui *t, struct guide *g);
/* Read the form again and recompute the offer; keep the form to be
 * saved; tell the panes (APP_OFFER_CHANGED). */
void session_offer_changed(struct tui *t);
/* E and C-t: the equity typed is a year at a time, or the whole grant
 * again; a figure already typed changes its worth, and the status line
 * says from what to what. */
void session_toggle_equity_unit(struct tui *t);
/* An answer to a placeholder changed: the analysis fills the script
 * again. */
void session_answers_changed(struct tui *t);
/* Put the form on region `band` of the open guide (APP_REGION_PICKED). */
void session_set_region(struct tui *t, size_t band);
/* Write any pending change now (before another guide opens, at exit,
 * once the keys rest); with none, look whether another program saved. */
void session_flush(struct tui *t);
/* After each frame: write what changed now (session_flush), unless it
 * is keys typed in the field the form still shows, which wait for the
 * keys to rest (at most a second in all).  Returns how long in ms the
 * keys must rest before session_flush writes them; -1 when nothing
 * waits. */
int session_after_frame(struct tui *t);
/* Record a round: by "company", the company's offer as typed; by "me",
 * the counter to make. */
void session_record_round(struct tui *t, const char *who);
/* Show the next (dir 1) or previous (-1) offer of the negotiation in the
 * form: the competing ones, then the company's. */
void session_step_offer(struct tui *t, int dir);
/* Start a new competing offer in the form. */
void session_new_offer(struct tui *t);
/* Make the counter answer the next competing offer (after the last, the
 * best over four years again). */
void session_pick_against(struct tui *t);
/* Undo (redo false) or redo the last change of the form or the rounds. */
void session_undo(struct tui *t, bool redo);
/* Accept (or un-accept) round i; below the floor it asks first. */
void session_accept_round(struct tui *t, size_t i);
/* Give the round with id e's figures, date and note: one change, to
 * undo as one.  False, why in err, when it has gone or e is refused. */
bool session_edit_round(struct tui *t, const char *id,
                        const struct round_edit *e, struct error *err);
/* Ask, then delete round i. */
void session_delete_round(struct tui *t, size_t i);
/* The answer to the confirm window. */
void session_confirmed(struct tui *t, bool yes);
/* q was pressed: true when the program may end now; false when what
 * could not be saved made it ask first (retry, elsewhere, quit anyway). */
bool session_may_quit(struct tui *t);
/* The answer to that question: PANE_QUIT or PANE_HANDLED. */
enum pane_result session_unsaved_answer(struct tui *t, enum action a);
/* Save the negotiation to the file named (as typed); true when it was
 * written (the program may end). */
bool session_save_elsewhere(struct tui *t, const char *typed);
/* The program ends on a signal: save once more; when that fails, write
 * the negotiation beside its file or in $TMPDIR (t->saved_elsewhere says
 * where), else t->quit_unsaved (t->save_error says why). */
void session_rescue(struct tui *t);
/* The script on show filled in with the offer and the answers; NULL
 * (and *out empty) when there is no script. */
const struct script *session_fill(struct tui *t, struct filled_script *out);
/* Save the open negotiation for good and close it: no guide is open
 * after (the undo of every guide is kept). */
void session_close(struct tui *t);
void session_free(struct tui *t);

#endif
