/* negotiation.h - the negotiation model: its offers as typed (each a
 * typed record, found by its number), the region, the answers to a
 * guide's placeholders, and the rounds of offers; the operations on the
 * offers (add, delete, rename, move, duplicate); and the three-way merge
 * that joins what two programs changed in it.  state.h saves it: the
 * saved file's text keys are made and read there only.
 *
 * Merging: rounds and answers are additions, so both sides' are kept;
 * a round is matched by its id, an offer by its number, each of its
 * parts on its own; what both sides changed differently keeps ours and
 * is counted as a conflict. */
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

/* The number of the company's own offer; a competing offer's is 1 or
 * more. */
#define NEG_COMPANY 0
/* No offer (shown, against). */
#define NEG_NONE (-1)
/* The most offers a negotiation holds (the company's among them). */
#define NEG_OFFERS_MAX 32

/* One offer as typed. */
struct neg_offer {
	/* Its stable number: NEG_COMPANY for the company's, else made when
	 * the offer is added (negotiation_new_number), never reused for
	 * another while it lives; how two programs' offers are matched. */
	int number;
	char *name; /* "Google Paris"; "" unnamed (never NULL) */
	/* The currency its amounts typed without one are in: the region's
	 * when the first was typed; "" while none is typed. */
	char currency[8];
	char *text[PART_COUNT];    /* each text part as typed; NULL: none */
	bool per_year[PART_COUNT]; /* a GRANT typed a year at a time */
	/* A FLAG part said either way (unsaid: its default, the guide's
	 * reading for the company's Private), and then on or off. */
	bool said[PART_COUNT], on[PART_COUNT];
};

struct negotiation {
	char *guide_id;
	/* The offers in their order: the competing ones as the user put
	 * them, then the company's (at most one, always last). */
	struct neg_offer *offers;
	size_t offer_count, offer_cap;
	char *region; /* the region the offers are shown in; NULL: none */
	/* The offer a window shows (its own view: never merged), and the
	 * competing offer the counter answers (NEG_NONE: the best). */
	int shown, against;
	/* Form keys this program does not know (a newer one's), kept as
	 * read and saved again. */
	struct kv_list other;
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
/* Free every key (l is empty after). */
void kv_free(struct kv_list *l);

/* The offer numbered `number`, NULL when there is none; its index. */
struct neg_offer *negotiation_offer(const struct negotiation *n, int number);
long negotiation_offer_index(const struct negotiation *n, int number);
/* The offer numbered `number`, added empty when there is none (a
 * competing one after the others, the company's last); NULL when the
 * negotiation is full. */
struct neg_offer *negotiation_offer_get(struct negotiation *n, int number);
/* A number for a new competing offer that no other program picking one
 * at the same time on the same saved negotiation picks too: random,
 * above every number in n and `shown` (a new offer on show, not in n
 * yet) while there is room, else any free one; never overflows. */
int negotiation_new_number(const struct negotiation *n, int shown);
/* Set a part's text (NULL or "": none), the name (NULL: ""). */
void negotiation_offer_set_text(struct neg_offer *o, enum part_id p,
                                const char *text);
void negotiation_offer_set_name(struct neg_offer *o, const char *name);
/* Nothing typed, named, said or pinned: an offer that is not there. */
bool negotiation_offer_empty(const struct neg_offer *o);
bool negotiation_offer_equal(const struct neg_offer *a,
                             const struct neg_offer *b);
/* Whether any amount is typed. */
bool negotiation_offer_has_amount(const struct neg_offer *o);
/* Give every offer with amounts but no currency (a file from before
 * offers kept theirs) the currency code, that of the region it was saved
 * in; true when it gave any. */
bool negotiation_pin_currency(struct negotiation *n, const char *code);
/* Remove the empty offers but `keep` (the one on show; NEG_NONE: all). */
void negotiation_prune(struct negotiation *n, int keep);

/* The user's operations on the offers; false (n unchanged) when there is
 * no such offer or nothing to do.  Delete takes the offer and its place
 * (the counter then answers the best again when it answered it); rename
 * sets its name; move steps a competing offer one place up (dir < 0) or
 * down among the competing ones; duplicate adds a competing copy right
 * after it, named "<name> (copy)", and returns the copy's number
 * (NEG_NONE when full or no such offer). */
bool negotiation_offer_delete(struct negotiation *n, int number);
bool negotiation_offer_rename(struct negotiation *n, int number,
                              const char *name);
bool negotiation_offer_move(struct negotiation *n, int number, int dir);
int negotiation_offer_duplicate(struct negotiation *n, int number);

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
	size_t form;           /* offers' fields and settings changed there */
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
