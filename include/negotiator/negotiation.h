/* negotiation.h - the negotiation model: the offer form as typed, the
 * answers to a guide's placeholders, and the rounds of offers; and the
 * three-way merge that joins what two programs changed in it (state.h
 * saves it).
 *
 * Merging: rounds and answers are additions, so both sides' are kept;
 * a round is matched by its id; what both sides changed differently
 * keeps ours and is counted as a conflict. */
#ifndef NEGOTIATOR_NEGOTIATION_H
#define NEGOTIATOR_NEGOTIATION_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/error.h"
#include "negotiator/money.h"
#include "negotiator/offer.h"
#include "negotiator/part.h"

struct kv {
	char *key, *value;
};

/* Kept sorted by key. */
struct kv_list {
	struct kv *items;
	size_t count, cap;
};

/* One round of a negotiation: who offered what, on which day. */
struct round {
	char date[11]; /* YYYY-MM-DD */
	char *who;     /* "company", "me", or another name */
	char *region;  /* band region the numbers are in */
	/* The offer's parts that rounds keep (scope ROUND in part.h): base,
	 * equity_4y (the grant), sign-on...; AMOUNT_NONE for the others. */
	amount_t amount[PART_COUNT];
	bool accepted;
	char *note;
	/* Unique within a negotiation, made when the round is added; how
	 * two programs' rounds are told apart when merged. */
	char id[32];
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
/* dst (not initialised) becomes a deep copy of src. */
void negotiation_copy(struct negotiation *dst, const struct negotiation *src);

/* NULL when absent. */
const char *kv_get(const struct kv_list *l, const char *key);
/* Set (or with value NULL, remove) a key. */
void kv_set(struct kv_list *l, const char *key, const char *value);

/* A round with no amounts yet (every part AMOUNT_NONE). */
void negotiation_round_init(struct round *r);
/* The round as an offer: its parts, the premium claimed or not, the
 * company's equity (private when guide_private) valued at value_pct. */
void negotiation_round_offer(const struct round *r, bool guide_private,
                             double value_pct, bool agentic, struct offer *o);

/* Append a round (copied); a round without an id gets a new one. */
void negotiation_add_round(struct negotiation *n, const struct round *r);
/* Rounds that share an id (a file edited by hand) get one of their own,
 * from their place, the same in every program that does this. */
void negotiation_unique_ids(struct negotiation *n);
void negotiation_remove_round(struct negotiation *n, size_t index);

/* The longest note a round keeps, in bytes ("verbal, by phone"). */
#define NEGOTIATION_NOTE_MAX 200

/* What an edit of a round may change: each part the round keeps (scope
 * ROUND in part.h; AMOUNT_NONE: not given), its date (YYYY-MM-DD) and
 * its note ("" for none).  Who offered it, its region, whether it was
 * accepted and its id stay as they are. */
struct round_edit {
	char date[11];
	amount_t amount[PART_COUNT];
	const char *note;
};

/* e from round r as it is (its note borrowed from r). */
void negotiation_round_edit_of(const struct round *r, struct round_edit *e);
/* Give round `index` e's figures, date and note.  False, with the reason
 * in err and n untouched, when there is no such round, the date is not
 * a day of the calendar, a figure is negative or past AMOUNT_MAX, or the
 * note is too long, not UTF-8 or holds a control character. */
bool negotiation_edit_round(struct negotiation *n, size_t index,
                            const struct round_edit *e, struct error *err);
/* The index of the round with id, or n->round_count when none has. */
size_t negotiation_find_round(const struct negotiation *n, const char *id);

/* What a merge took from the other program's file. */
struct state_merge {
	size_t rounds_added;   /* recorded there */
	size_t rounds_removed; /* deleted there */
	size_t rounds_changed; /* accepted or not there */
	size_t answers;        /* answers added, changed or removed there */
	size_t form;           /* form fields changed there */
	/* Changed differently in both: this program's were kept. */
	size_t conflicts;
	char conflict_key[128]; /* the first of them, for the message */
	/* A sentence from the saving side (state_sync): what it set aside
	 * on the way; "" when nothing. */
	char note[ERROR_MSG_MAX];
};

/* Three-way merge: ours becomes ours with the changes theirs made since
 * base (all three of the same guide).  Rounds are matched by id; a round
 * deleted on one side and changed on the other is kept. */
void negotiation_merge(struct negotiation *ours, const struct negotiation *base,
                       const struct negotiation *theirs, struct state_merge *m);
/* True when m says anything was taken. */
bool state_merge_any(const struct state_merge *m);
/* "2 rounds and 1 answer" (what m says was taken), for a message. */
void state_merge_words(const struct state_merge *m, char *buf, size_t size);

#endif
