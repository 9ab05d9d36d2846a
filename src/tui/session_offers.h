/* session_offers.h - the offers of the open negotiation in the TUI: the
 * form edits the offer numbered t->form_number; every change is typed
 * into the negotiation's model (negotiation.h) and the negotiation is
 * analysed once (t->an), which every pane draws. */
#ifndef NEGOTIATOR_TUI_SESSION_OFFERS_H
#define NEGOTIATOR_TUI_SESSION_OFFERS_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/app.h"

/* The form changed: type it into the offer it shows, keep the change
 * for undo and to be saved, analyse the negotiation; tell the panes
 * (APP_OFFER_CHANGED). */
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
/* Show the next (dir 1) or previous (-1) offer of the negotiation in the
 * form: the competing ones, then the company's. */
void session_step_offer(struct tui *t, int dir);
/* Start a new competing offer in the form. */
void session_new_offer(struct tui *t);
/* Make the counter answer the next competing offer (after the last, the
 * best over four years again). */
void session_pick_against(struct tui *t);
/* The offer shown: deleted with its place (the form goes to the one
 * that takes it); moved one place up (dir < 0) or down among the
 * competing ones; duplicated (the form goes to the copy); renamed (the
 * cursor goes to its name).  Each is one undo step. */
void session_delete_offer(struct tui *t);
void session_move_offer(struct tui *t, int dir);
void session_duplicate_offer(struct tui *t);
void session_rename_offer(struct tui *t);
/* The place of the offer shown among the competing ones (from 1), and
 * in *count how many they are (a new one shown among them); past them
 * for the company's. */
size_t session_offer_place(const struct tui *t, size_t *count);

/* For the session's own files: the negotiation analysed into t->an;
 * the offer a negotiation shows (its saved "shown", else its first
 * competing offer, else a first one); the form restored from the offer
 * it shows and the negotiation's region; the form typed into the model
 * (true when that changed it); the cursor on the first empty field; the
 * config file's value % in an empty Value % field. */
/* Remember the negotiation as it is just before a change to its offers
 * or its rounds: one undo step. */
void session_remember(struct tui *t);
void session_analyse(struct tui *t);
int session_shown_number(const struct negotiation *n);
void session_show_form(struct tui *t);
bool session_form_save(struct tui *t);
void session_first_field(struct tui *t);
void session_default_value(struct tui *t);

#endif
