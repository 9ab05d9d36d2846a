/* state.h - saved negotiations: what the user typed, their answers to a
 * guide's placeholders, and the rounds of offers, per guide.
 *
 * Kept under $XDG_STATE_HOME/negotiator/ (default ~/.local/state), one
 * text file per guide.  Saves are atomic: a temporary file in the same
 * folder is written, fsynced and renamed over the old one, so a crash or
 * a kill during a save leaves either the old file or the new one.  A file
 * that cannot be read back is moved aside (NAME.corrupt-TIME) with a
 * message, and the negotiation starts empty; it never stops the program.
 */
#ifndef NEGOTIATOR_STATE_H
#define NEGOTIATOR_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/money.h"

#define STATE_MAX_FILE_BYTES (1024u * 1024u)
#define STATE_MAX_ENTRIES 1000

struct kv {
	char *key, *value;
};

struct kv_list {
	struct kv *items;
	size_t count, cap;
};

/* One round of a negotiation: who offered what, on which day. */
struct round {
	char date[11]; /* YYYY-MM-DD */
	char *who;     /* "company", "me", or another name */
	char *region;  /* band region the numbers are in */
	amount_t base, equity_4y, sign_on;
	bool accepted;
	char *note;
};

struct negotiation {
	char *guide_id;
	struct kv_list form;    /* the offer form's fields, as typed */
	struct kv_list answers; /* placeholder -> the user's words */
	struct round *rounds;
	size_t round_count, round_cap;
};

void negotiation_init(struct negotiation *n, const char *guide_id);
void negotiation_free(struct negotiation *n);

/* NULL when absent. */
const char *kv_get(const struct kv_list *l, const char *key);
/* Set (or with value NULL, remove) a key. */
void kv_set(struct kv_list *l, const char *key, const char *value);

/* Append a round (copied). */
void negotiation_add_round(struct negotiation *n, const struct round *r);
void negotiation_remove_round(struct negotiation *n, size_t index);

/* The file for a guide: $XDG_STATE_HOME/negotiator/<id, '/' as '--'>.state.
 * False when there is no HOME to find it. */
bool state_path(const char *guide_id, char *buf, size_t size);

enum state_status {
	STATE_LOADED,    /* read back */
	STATE_NONE,      /* no saved negotiation yet */
	STATE_MOVED_ASIDE /* unreadable: moved aside, starting empty */
};

/* Load into n (initialised by the call).  msg gets a sentence for the
 * user when something was wrong ("" otherwise). */
enum state_status state_load_file(const char *path, const char *guide_id,
                                  struct negotiation *n, char *msg,
                                  size_t msg_size);
enum state_status state_load(const char *guide_id, struct negotiation *n,
                             char *msg, size_t msg_size);
/* Save atomically; false with a reason in msg on failure (the old file,
 * if any, is then untouched). Creates the folder when needed.  The
 * rename alone makes a save atomic against a crash or a kill of the
 * program; durable also fsyncs the file before the rename and the folder
 * after it, so that a power cut cannot lose it either.  (Each fsync costs
 * milliseconds on a real disk: too much for every keystroke.) */
bool state_save_file(const char *path, const struct negotiation *n,
                     bool durable, char *msg, size_t msg_size);
bool state_save(const struct negotiation *n, bool durable, char *msg,
                size_t msg_size);

#endif
