/* undo.h - undo and redo of a negotiation's changes: the offers as typed
 * (the form) and the rounds; the answers to placeholders are left as
 * they are.  Each guide keeps its own history, so that leaving a guide
 * and coming back finds it (an undo shelf holds one per guide).
 *
 * A step is this program's own change: the negotiation before it and
 * after it.  Undoing takes back only that change, by a three-way merge,
 * on top of what another program saved on the same guide since (its
 * rounds and fields stay). */
#ifndef NEGOTIATOR_UNDO_H
#define NEGOTIATOR_UNDO_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/error.h"
#include "negotiator/negotiation.h"

struct strbuf;

/* The changes kept: past this, the oldest is forgotten. */
#define UNDO_MAX 128

struct undo_step {
	struct negotiation before, after;
	bool settled; /* after is known */
};

struct undo {
	char *guide_id;
	struct undo_step *past, *future; /* oldest first; newest last */
	size_t past_count, future_count;
	/* Changed since it was last saved or loaded (undo_save). */
	bool unsaved;
};

/* Remember n as it is just before a change (the redo history goes). */
void undo_remember(struct undo *u, const struct negotiation *before);
/* The last change is over and n is what it made (before another
 * program's changes are merged into n): call before each merge. */
void undo_settle(struct undo *u, const struct negotiation *n);
/* The last change goes on (more keystrokes in the same field): what
 * led from `from` to `to` becomes part of it. */
void undo_extend(struct undo *u, const struct negotiation *from,
                 const struct negotiation *to);
/* Take the last change back from n's form and rounds, keeping what
 * else changed since (another program's), and keep it for redo; false
 * when there is nothing to undo. */
bool undo_back(struct undo *u, struct negotiation *n);
/* Redo the change undone last; false when there is none. */
bool undo_forward(struct undo *u, struct negotiation *n);
/* How many changes can be undone / redone. */
size_t undo_past(const struct undo *u);
size_t undo_future(const struct undo *u);

/* The history is saved with the negotiation, in a file of its own
 * beside it (state_undo_path: NAME.undo), so that it survives a
 * restart.  Its own file, not a section of the negotiation's: the
 * negotiation's file is merged with another window's and read by every
 * command, while the history is one window's (the last to save writes
 * it) and many times larger; and a damaged history must never make the
 * negotiation unreadable.  The file holds each state once (a step's
 * after is most often the next one's before) and is at most
 * UNDO_FILE_MAX_BYTES: past that, the oldest changes are left out. */
#define UNDO_FILE_MAX_BYTES (4u * 1024u * 1024u)

/* Write u to path, atomically (never through a link); durable fsyncs.
 * False, why in err, when it could not be written. */
bool undo_save(struct undo *u, const char *path, bool durable,
               struct error *err);
/* u (with no steps) gets the history saved in path.  True when it was
 * read, or there is no file, or it is the history of another program
 * that runs still (its own: u stays empty); false, why in err, when the
 * file is damaged, too large or another guide's: u stays empty (the file
 * is written anew at the next save). */
bool undo_load(struct undo *u, const char *path, struct error *err);
/* The file's text for u (what undo_save writes), at most max bytes:
 * the oldest changes left out to fit.  For tests. */
void undo_text(const struct undo *u, size_t max, struct strbuf *out);

/* One history per guide. */
struct undo_shelf {
	struct undo *items;
	size_t count, cap;
};

/* The history of guide_id (made empty when it has none yet). */
struct undo *undo_shelf_get(struct undo_shelf *s, const char *guide_id);
void undo_shelf_free(struct undo_shelf *s);

#endif
