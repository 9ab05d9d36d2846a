/* session_rounds.h - the rounds of the open negotiation in the TUI:
 * recorded from the company's offer or the counter, edited (figures,
 * date, note), accepted (asking first below the floor) and deleted
 * (asking first). */
#ifndef NEGOTIATOR_TUI_SESSION_ROUNDS_H
#define NEGOTIATOR_TUI_SESSION_ROUNDS_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/app.h"

/* Record a round: by "company", the company's offer as typed; by "me",
 * the counter to make. */
void session_record_round(struct tui *t, const char *who);
/* Accept (or un-accept) round i; below the floor it asks first. */
void session_accept_round(struct tui *t, size_t i);
/* Give the round with id e's figures, date and note: one change, to
 * undo as one.  False, why in err, when it has gone or e is refused
 * (nothing changed then). */
bool session_edit_round(struct tui *t, const char *id,
                        const struct round_edit *e, struct error *err);
/* Ask, then delete round i. */
void session_delete_round(struct tui *t, size_t i);
/* The answer to the confirm window. */
void session_confirmed(struct tui *t, bool yes);

#endif
