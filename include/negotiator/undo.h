/* undo.h - undo and redo of a negotiation's changes: the offers as typed
 * (the form) and the rounds; the answers to placeholders are left as
 * they are.  Each guide keeps its own history, so that leaving a guide
 * and coming back finds it (an undo shelf holds one per guide). */
#ifndef NEGOTIATOR_UNDO_H
#define NEGOTIATOR_UNDO_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/negotiation.h"

/* The changes kept: past this, the oldest is forgotten. */
#define UNDO_MAX 128

struct undo {
	char *guide_id;
	struct negotiation *past, *future; /* oldest first; newest last */
	size_t past_count, future_count;
};

/* Remember n as it is just before a change (the redo history goes). */
void undo_remember(struct undo *u, const struct negotiation *before);
/* Put n's form and rounds back as they were before the last change,
 * keeping the present for redo; false when there is nothing to undo. */
bool undo_back(struct undo *u, struct negotiation *n);
/* Redo the change undone last; false when there is none. */
bool undo_forward(struct undo *u, struct negotiation *n);
/* How many changes can be undone / redone. */
size_t undo_past(const struct undo *u);
size_t undo_future(const struct undo *u);

/* One history per guide. */
struct undo_shelf {
	struct undo *items;
	size_t count, cap;
};

/* The history of guide_id (made empty when it has none yet). */
struct undo *undo_shelf_get(struct undo_shelf *s, const char *guide_id);
void undo_shelf_free(struct undo_shelf *s);

#endif
