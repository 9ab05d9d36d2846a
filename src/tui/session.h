/* session.h - the open guide and the negotiation on it: opening a guide
 * restores its saved negotiation, what changes is saved (merged with
 * what another program saved meanwhile), undone and redone; quitting
 * with what could not be saved.  The offers are session_offers.h's, the
 * rounds session_rounds.h's. */
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
/* Write any pending change now (before another guide opens, at exit,
 * once the keys rest); with none, look whether another program saved. */
void session_flush(struct tui *t);
/* After each frame: write what changed now (session_flush), unless it
 * is keys typed in the field the form still shows, which wait for the
 * keys to rest (at most a second in all).  Returns how long in ms the
 * keys must rest before session_flush writes them; -1 when nothing
 * waits. */
int session_after_frame(struct tui *t);
/* Undo (redo false) or redo the last change of the offers or the
 * rounds. */
void session_undo(struct tui *t, bool redo);
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

/* For the session's own files: open the confirm window with the
 * question text about round i (overlay_confirm). */
void session_ask(struct tui *t, enum confirm_kind kind, size_t i,
                 const char *title, const char *text);

#endif
