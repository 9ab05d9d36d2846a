/* negotiation.c - the negotiation model: the offers as typed, the
 * answers, the rounds; the operations on the offers; and the three-way
 * merge of two programs' changes to it. */
#include "negotiator/negotiation.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "negotiator/guide.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"

void negotiation_init(struct negotiation *n, const char *guide_id)
{
	memset(n, 0, sizeof *n);
	n->guide_id = xstrdup(guide_id ? guide_id : "");
	n->shown = n->against = NEG_NONE;
}

void kv_free(struct kv_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].key);
		free(l->items[i].value);
	}
	free(l->items);
	memset(l, 0, sizeof *l);
}

static void round_free(struct round *r)
{
	free(r->who);
	free(r->region);
	free(r->note);
}

static void offer_free(struct neg_offer *o)
{
	free(o->name);
	for (int p = 0; p < PART_COUNT; p++)
		free(o->text[p]);
	memset(o, 0, sizeof *o);
}

/* dst (not initialised) becomes a deep copy of src. */
static void offer_copy(struct neg_offer *dst, const struct neg_offer *src)
{
	*dst = *src;
	dst->name = xstrdup(src->name ? src->name : "");
	for (int p = 0; p < PART_COUNT; p++)
		dst->text[p] = src->text[p] ? xstrdup(src->text[p]) : NULL;
}

static void offers_free(struct negotiation *n)
{
	for (size_t i = 0; i < n->offer_count; i++)
		offer_free(&n->offers[i]);
	free(n->offers);
	n->offers = NULL;
	n->offer_count = n->offer_cap = 0;
}

void negotiation_free(struct negotiation *n)
{
	free(n->guide_id);
	free(n->region);
	offers_free(n);
	kv_free(&n->other);
	kv_free(&n->answers);
	for (size_t i = 0; i < n->round_count; i++)
		round_free(&n->rounds[i]);
	free(n->rounds);
	memset(n, 0, sizeof *n);
}

/* Index of key, or where it would go (*found false). */
static size_t kv_find(const struct kv_list *l, const char *key, bool *found)
{
	size_t lo = 0, hi = l->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(l->items[mid].key, key);
		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

const char *kv_get(const struct kv_list *l, const char *key)
{
	bool found;
	size_t i = kv_find(l, key, &found);
	return found ? l->items[i].value : NULL;
}

void kv_set(struct kv_list *l, const char *key, const char *value)
{
	bool found;
	size_t i = kv_find(l, key, &found);
	if (found) {
		free(l->items[i].value);
		if (value) {
			l->items[i].value = xstrdup(value);
			return;
		}
		free(l->items[i].key);
		memmove(&l->items[i], &l->items[i + 1],
		        (l->count - i - 1) * sizeof *l->items);
		l->count--;
		return;
	}
	if (!value)
		return;
	l->items = xgrow(l->items, &l->cap, l->count + 1, sizeof *l->items);
	memmove(&l->items[i + 1], &l->items[i],
	        (l->count - i) * sizeof *l->items);
	l->items[i].key = xstrdup(key);
	l->items[i].value = xstrdup(value);
	l->count++;
}

/* Append key (greater than every key in l) with value. */
static void kv_append(struct kv_list *l, const char *key, const char *value)
{
	l->items = xgrow(l->items, &l->cap, l->count + 1, sizeof *l->items);
	l->items[l->count].key = xstrdup(key);
	l->items[l->count].value = xstrdup(value);
	l->count++;
}

static void kv_copy(struct kv_list *dst, const struct kv_list *src)
{
	memset(dst, 0, sizeof *dst);
	for (size_t i = 0; i < src->count; i++)
		kv_append(dst, src->items[i].key, src->items[i].value);
}

static void new_round_id(char id[32])
{
	struct timespec ts;
	unsigned char r[4];
	clock_gettime(CLOCK_REALTIME, &ts);
	random_fill(r, sizeof r);
	snprintf(id, 32, "%llx-%02x%02x%02x%02x",
	         (unsigned long long)ts.tv_sec * 1000000000ull +
	                 (unsigned long long)ts.tv_nsec,
	         r[0], r[1], r[2], r[3]);
}

void negotiation_round_init(struct round *r)
{
	memset(r, 0, sizeof *r);
	for (int p = 0; p < PART_COUNT; p++)
		r->amount[p] = AMOUNT_NONE;
}

void negotiation_round_offer(const struct round *r, bool guide_private,
                             double value_pct, bool agentic, struct offer *o)
{
	offer_init(o);
	for (int p = 0; p < PART_COUNT; p++) {
		amount_t *slot = offer_amount(o, (enum part_id)p);
		if (part_table[p].in_round && slot)
			*slot = r->amount[p];
	}
	o->agentic = agentic;
	o->private_value_pct = value_pct;
	/* A round is this company's offer or a counter to it: its grant is
	 * the company's own equity, and the guide's figures beside it are
	 * valued the same way. */
	o->equity_private = guide_private;
	o->company_equity = guide_private ? GUIDE_EQUITY_SAID_PRIVATE
	                                  : GUIDE_EQUITY_SAID_LIQUID;
}

void negotiation_add_round(struct negotiation *n, const struct round *r)
{
	n->rounds = xgrow(n->rounds, &n->round_cap, n->round_count + 1,
	                  sizeof *n->rounds);
	struct round *c = &n->rounds[n->round_count++];
	*c = *r;
	if (!c->id[0])
		new_round_id(c->id);
	c->who = xstrdup(r->who ? r->who : "");
	c->region = xstrdup(r->region ? r->region : "");
	c->note = xstrdup(r->note ? r->note : "");
}

void negotiation_remove_round(struct negotiation *n, size_t index)
{
	if (index >= n->round_count)
		return;
	round_free(&n->rounds[index]);
	memmove(&n->rounds[index], &n->rounds[index + 1],
	        (n->round_count - index - 1) * sizeof *n->rounds);
	n->round_count--;
}

void negotiation_round_edit_of(const struct round *r, struct round_edit *e)
{
	memset(e, 0, sizeof *e);
	memcpy(e->date, r->date, sizeof e->date);
	for (int p = 0; p < PART_COUNT; p++)
		e->amount[p] =
			part_table[p].in_round ? r->amount[p] : AMOUNT_NONE;
	e->note = r->note ? r->note : "";
}

/* Why a note cannot be kept, or NULL when it can. */
static const char *note_refused(const char *note)
{
	size_t len = strlen(note);
	if (len > NEGOTIATION_NOTE_MAX)
		return "is too long";
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_decode_valid(note + i, len - i, &cp);
		if (k == 0)
			return "is not UTF-8 text";
		if (!utf8_cp_printable(cp))
			return "holds a control character";
		i += k;
	}
	return NULL;
}

bool negotiation_edit_round(struct negotiation *n, size_t index,
                            const struct round_edit *e, struct error *err)
{
	if (index >= n->round_count)
		return error_set(err, "there is no round %zu", index + 1);
	if (!guide_date_valid(e->date, strnlen(e->date, sizeof e->date)))
		return error_set(err,
		                 "the date must be a day written YYYY-MM-DD "
		                 "(2026-11-20), not '%.10s'",
		                 e->date);
	for (int p = 0; p < PART_COUNT; p++) {
		amount_t a = e->amount[p];
		if (!part_table[p].in_round || !amount_known(a))
			continue;
		if (a < 0 || a > AMOUNT_MAX)
			return error_set(err,
			                 "the %s must be 0 or more, and at "
			                 "most %lld",
			                 part_table[p].label,
			                 (long long)AMOUNT_MAX);
	}
	const char *note = e->note ? e->note : "";
	const char *why = note_refused(note);
	if (why)
		return error_set(err, "the note %s (at most %d bytes of text)",
		                 why, NEGOTIATION_NOTE_MAX);
	struct round *r = &n->rounds[index];
	char *copy = xstrdup(note);
	free(r->note);
	r->note = copy;
	memcpy(r->date, e->date, sizeof r->date);
	r->date[sizeof r->date - 1] = '\0';
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round)
			r->amount[p] = e->amount[p];
	return true;
}

size_t negotiation_find_round(const struct negotiation *n, const char *id)
{
	for (size_t i = 0; i < n->round_count; i++)
		if (strcmp(n->rounds[i].id, id) == 0)
			return i;
	return n->round_count;
}

void negotiation_copy(struct negotiation *dst, const struct negotiation *src)
{
	negotiation_init(dst, src->guide_id);
	dst->region = src->region ? xstrdup(src->region) : NULL;
	dst->shown = src->shown;
	dst->against = src->against;
	dst->offers = xcalloc(src->offer_count ? src->offer_count : 1,
	                      sizeof *dst->offers);
	dst->offer_cap = src->offer_count ? src->offer_count : 1;
	for (size_t i = 0; i < src->offer_count; i++)
		offer_copy(&dst->offers[i], &src->offers[i]);
	dst->offer_count = src->offer_count;
	kv_copy(&dst->other, &src->other);
	kv_copy(&dst->answers, &src->answers);
	for (size_t i = 0; i < src->round_count; i++)
		negotiation_add_round(dst, &src->rounds[i]);
}

/* The offers
 * ---------------------------------------------------------------- */

long negotiation_offer_index(const struct negotiation *n, int number)
{
	for (size_t i = 0; i < n->offer_count; i++)
		if (n->offers[i].number == number)
			return (long)i;
	return -1;
}

struct neg_offer *negotiation_offer(const struct negotiation *n, int number)
{
	long i = negotiation_offer_index(n, number);
	return i < 0 ? NULL : &n->offers[i];
}

/* Where a competing offer goes at the end: before the company's. */
static size_t competing_end(const struct negotiation *n)
{
	size_t end = n->offer_count;
	if (end > 0 && n->offers[end - 1].number == NEG_COMPANY)
		end--;
	return end;
}

/* Insert o at `at`, taken over (the negotiation frees it); NULL, o
 * freed, when the negotiation is full. */
static struct neg_offer *insert_offer(struct negotiation *n, size_t at,
                                      struct neg_offer *o)
{
	if (n->offer_count >= NEG_OFFERS_MAX) {
		offer_free(o);
		return NULL;
	}
	n->offers = xgrow(n->offers, &n->offer_cap, n->offer_count + 1,
	                  sizeof *n->offers);
	memmove(&n->offers[at + 1], &n->offers[at],
	        (n->offer_count - at) * sizeof *n->offers);
	n->offer_count++;
	n->offers[at] = *o;
	return &n->offers[at];
}

struct neg_offer *negotiation_offer_get(struct negotiation *n, int number)
{
	struct neg_offer *o = negotiation_offer(n, number);
	if (o || number < 0)
		return o;
	struct neg_offer empty = {.number = number, .name = xstrdup("")};
	return insert_offer(
		n, number == NEG_COMPANY ? n->offer_count : competing_end(n),
		&empty);
}

static bool number_taken(const struct negotiation *n, int shown, long long num)
{
	return num == shown || negotiation_offer(n, (int)num) != NULL;
}

int negotiation_new_number(const struct negotiation *n, int shown)
{
	long long top = shown > 0 ? shown : 0;
	for (size_t i = 0; i < n->offer_count; i++)
		if (n->offers[i].number > top)
			top = n->offers[i].number;
	/* Above the rest, one of a million: two programs pick the same
	 * once in a million times, not every time. */
	const unsigned spread = 1u << 20;
	for (int tries = 0;; tries++) {
		unsigned char r[4];
		random_fill(r, sizeof r);
		unsigned long v =
			(unsigned long)r[0] | (unsigned long)r[1] << 8 |
			(unsigned long)r[2] << 16 | (unsigned long)r[3] << 24;
		long long num = top + 1 + (long long)(v % spread);
		/* No room above (a file that holds offer2147483647): any
		 * number free. */
		if (num > INT_MAX || tries > 8)
			num = 1 + (long long)(v % (unsigned long)INT_MAX);
		if (!number_taken(n, shown, num))
			return (int)num;
	}
}

void negotiation_offer_set_text(struct neg_offer *o, enum part_id p,
                                const char *text)
{
	free(o->text[p]);
	o->text[p] = text && text[0] ? xstrdup(text) : NULL;
}

void negotiation_offer_set_name(struct neg_offer *o, const char *name)
{
	free(o->name);
	o->name = xstrdup(name ? name : "");
}

bool negotiation_offer_has_amount(const struct neg_offer *o)
{
	for (int p = 0; p < PART_COUNT; p++)
		if (part_is_amount((enum part_id)p) && o->text[p])
			return true;
	return false;
}

bool negotiation_offer_empty(const struct neg_offer *o)
{
	if ((o->name && o->name[0]) || o->currency[0])
		return false;
	for (int p = 0; p < PART_COUNT; p++)
		if (o->text[p] || o->per_year[p] || o->said[p])
			return false;
	return true;
}

static bool same_str(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

/* A FLAG part as one value: 0 unsaid, 1 said off, 2 said on. */
static int flag_of(const struct neg_offer *o, int p)
{
	return o->said[p] ? 1 + o->on[p] : 0;
}

bool negotiation_offer_equal(const struct neg_offer *a,
                             const struct neg_offer *b)
{
	if (a->number != b->number || !same_str(a->name, b->name) ||
	    strcmp(a->currency, b->currency) != 0)
		return false;
	for (int p = 0; p < PART_COUNT; p++)
		if (!same_str(a->text[p], b->text[p]) ||
		    a->per_year[p] != b->per_year[p] ||
		    flag_of(a, p) != flag_of(b, p))
			return false;
	return true;
}

static void remove_at(struct negotiation *n, size_t i)
{
	offer_free(&n->offers[i]);
	memmove(&n->offers[i], &n->offers[i + 1],
	        (n->offer_count - i - 1) * sizeof *n->offers);
	n->offer_count--;
}

bool negotiation_pin_currency(struct negotiation *n, const char *code)
{
	bool pinned = false;
	for (size_t i = 0; code && code[0] && i < n->offer_count; i++) {
		struct neg_offer *o = &n->offers[i];
		if (o->currency[0] || !negotiation_offer_has_amount(o))
			continue;
		snprintf(o->currency, sizeof o->currency, "%s", code);
		pinned = true;
	}
	return pinned;
}

void negotiation_prune(struct negotiation *n, int keep)
{
	for (size_t i = n->offer_count; i-- > 0;)
		if (n->offers[i].number != keep &&
		    negotiation_offer_empty(&n->offers[i]))
			remove_at(n, i);
}

bool negotiation_offer_delete(struct negotiation *n, int number)
{
	long i = negotiation_offer_index(n, number);
	if (i < 0)
		return false;
	remove_at(n, (size_t)i);
	if (n->against == number)
		n->against = NEG_NONE;
	return true;
}

bool negotiation_offer_rename(struct negotiation *n, int number,
                              const char *name)
{
	struct neg_offer *o = negotiation_offer(n, number);
	if (!o || same_str(o->name, name ? name : ""))
		return false;
	negotiation_offer_set_name(o, name);
	return true;
}

bool negotiation_offer_move(struct negotiation *n, int number, int dir)
{
	long i = negotiation_offer_index(n, number);
	long j = i + (dir < 0 ? -1 : 1);
	if (i < 0 || number == NEG_COMPANY || j < 0 ||
	    (size_t)j >= competing_end(n))
		return false;
	struct neg_offer swap = n->offers[i];
	n->offers[i] = n->offers[j];
	n->offers[j] = swap;
	return true;
}

int negotiation_offer_duplicate(struct negotiation *n, int number)
{
	long i = negotiation_offer_index(n, number);
	if (i < 0 || n->offer_count >= NEG_OFFERS_MAX)
		return NEG_NONE;
	/* A copy of the company's offer is a competing one, after the
	 * others; a competing one's goes right after it. */
	size_t at = number == NEG_COMPANY ? competing_end(n) : (size_t)i + 1;
	struct neg_offer c;
	offer_copy(&c, &n->offers[i]);
	c.number = negotiation_new_number(n, NEG_NONE);
	size_t len = strlen(c.name) + sizeof " (copy)";
	char *name = xmalloc(len);
	snprintf(name, len, "%s%s", c.name[0] ? c.name : "copy",
	         c.name[0] ? " (copy)" : "");
	free(c.name);
	c.name = name;
	int num = c.number;
	return insert_offer(n, at, &c) ? num : NEG_NONE;
}

struct rid {
	const char *id;
	size_t i;
};

static int rid_cmp(const void *a, const void *b)
{
	const struct rid *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The rounds' ids, sorted (for lookups); free the result. */
static struct rid *rid_index(const struct negotiation *n)
{
	struct rid *v = xcalloc(n->round_count ? n->round_count : 1, sizeof *v);
	for (size_t i = 0; i < n->round_count; i++) {
		v[i].id = n->rounds[i].id;
		v[i].i = i;
	}
	qsort(v, n->round_count, sizeof *v, rid_cmp);
	return v;
}

static const struct round *rid_find(const struct negotiation *n,
                                    const struct rid *v, const char *id)
{
	size_t lo = 0, hi = n->round_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(v[mid].id, id);
		if (c == 0)
			return &n->rounds[v[mid].i];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void negotiation_unique_ids(struct negotiation *n)
{
	/* A new name may itself be taken: look again, a few times; past
	 * that (a file built to defeat it) fresh random ids. */
	for (int pass = 0;; pass++) {
		struct rid *v = rid_index(n);
		bool again = false;
		for (size_t k = 1; k < n->round_count; k++) {
			if (strcmp(v[k].id, v[k - 1].id) != 0)
				continue;
			struct round *r = &n->rounds[v[k].i];
			char id[32];
			again = true;
			if (pass < 4)
				snprintf(id, sizeof id, "dup%d-%zu", pass,
				         v[k].i);
			else
				new_round_id(id);
			memcpy(r->id, id, sizeof id);
		}
		free(v);
		if (!again || pass >= 4)
			return;
	}
}

static bool same_round(const struct round *a, const struct round *b)
{
	return strcmp(a->date, b->date) == 0 && same_str(a->who, b->who) &&
	       same_str(a->region, b->region) &&
	       memcmp(a->amount, b->amount, sizeof a->amount) == 0 &&
	       a->accepted == b->accepted && same_str(a->note, b->note);
}

static void conflict(struct state_merge *m, const char *what)
{
	if (m->conflicts++ == 0)
		snprintf(m->conflict_key, sizeof m->conflict_key, "%s", what);
}

/* Three-way merge of sorted key lists into out; *taken counts the keys
 * whose value came from theirs. */
static void merge_kv(struct kv_list *out, const struct kv_list *base,
                     const struct kv_list *ours, const struct kv_list *theirs,
                     const char *what, size_t *taken, struct state_merge *m)
{
	size_t ib = 0, io = 0, it = 0;
	memset(out, 0, sizeof *out);
	for (;;) {
		const char *key = NULL;
		if (ib < base->count)
			key = base->items[ib].key;
		if (io < ours->count &&
		    (!key || strcmp(ours->items[io].key, key) < 0))
			key = ours->items[io].key;
		if (it < theirs->count &&
		    (!key || strcmp(theirs->items[it].key, key) < 0))
			key = theirs->items[it].key;
		if (!key)
			break;
		const char *b = NULL, *o = NULL, *t = NULL;
		if (ib < base->count && strcmp(base->items[ib].key, key) == 0)
			b = base->items[ib++].value;
		if (io < ours->count && strcmp(ours->items[io].key, key) == 0)
			o = ours->items[io++].value;
		if (it < theirs->count &&
		    strcmp(theirs->items[it].key, key) == 0)
			t = theirs->items[it++].value;
		const char *v;
		if (same_str(o, b)) {
			v = t; /* only they may have changed it */
			if (!same_str(t, b))
				(*taken)++;
		} else {
			v = o;
			if (!same_str(t, b) && !same_str(t, o)) {
				char label[sizeof m->conflict_key];
				snprintf(label, sizeof label, "%s %s", what,
				         key);
				conflict(m, label);
			}
		}
		if (v)
			kv_append(out, key, v);
	}
}

/* "offer 3's base" for a conflict's message: `what` of offer o, or
 * `what` alone without one. */
static void label(const struct neg_offer *o, const char *what, char *buf,
                  size_t size)
{
	if (!o)
		snprintf(buf, size, "%s", what);
	else if (o->number == NEG_COMPANY)
		snprintf(buf, size, "the company's offer's %s", what);
	else if (o->name && o->name[0])
		snprintf(buf, size, "the offer %.60s's %s", o->name, what);
	else
		snprintf(buf, size, "offer %d's %s", o->number, what);
}

/* A conflict over `what` of offer o (NULL: of the negotiation). */
static void clash(struct state_merge *m, const struct neg_offer *o,
                  const char *what)
{
	char buf[128];
	label(o, what, buf, sizeof buf);
	conflict(m, buf);
}

/* One value merged three ways: theirs when only they changed it (taken
 * counted), else ours (a conflict over `what` of offer `who` when they
 * changed it otherwise). */
static const char *merge_value(const char *b, const char *o, const char *t,
                               const struct neg_offer *who, const char *what,
                               size_t *taken, struct state_merge *m)
{
	if (same_str(o, b)) {
		if (!same_str(t, b))
			(*taken)++;
		return t;
	}
	if (!same_str(t, b) && !same_str(t, o))
		clash(m, who, what);
	return o;
}

/* An int merged three ways, as merge_value. */
static int merge_int(int b, int o, int t, const struct neg_offer *who,
                     const char *what, size_t *taken, struct state_merge *m)
{
	if (o == b) {
		*taken += t != b;
		return t;
	}
	if (t != b && t != o)
		clash(m, who, what);
	return o;
}

/* out (a copy of ours) takes the fields theirs changed since base (an
 * empty offer when both added it); a string is copied only when it is
 * theirs. */
static void merge_offer(struct neg_offer *out, const struct neg_offer *b,
                        const struct neg_offer *o, const struct neg_offer *t,
                        struct state_merge *m)
{
	const char *v =
		merge_value(b->name, o->name, t->name, o, "name", &m->form, m);
	if (v != o->name)
		negotiation_offer_set_name(out, v);
	snprintf(out->currency, sizeof out->currency, "%s",
	         merge_value(b->currency, o->currency, t->currency, o,
	                     "currency", &m->form, m));
	for (int p = 0; p < PART_COUNT; p++) {
		const char *key = part_table[p].key;
		v = merge_value(b->text[p], o->text[p], t->text[p], o, key,
		                &m->form, m);
		if (v != o->text[p])
			negotiation_offer_set_text(out, (enum part_id)p, v);
		out->per_year[p] =
			merge_int(b->per_year[p], o->per_year[p],
		                  t->per_year[p], o, key, &m->form, m);
		int f = merge_int(flag_of(b, p), flag_of(o, p), flag_of(t, p),
		                  o, key, &m->form, m);
		out->said[p] = f > 0;
		out->on[p] = f == 2;
	}
}

/* Whether x put the offers both it and base hold in another order. */
static bool reordered(const struct negotiation *x,
                      const struct negotiation *base)
{
	size_t j = 0;
	for (size_t i = 0; i < x->offer_count; i++) {
		if (!negotiation_offer(base, x->offers[i].number))
			continue;
		while (j < base->offer_count &&
		       !negotiation_offer(x, base->offers[j].number))
			j++;
		if (j >= base->offer_count ||
		    base->offers[j].number != x->offers[i].number)
			return true;
		j++;
	}
	return false;
}

/* The merged offer numbered like o_or_t into out, when it stays. */
static void merge_one_offer(struct negotiation *out,
                            const struct negotiation *base,
                            const struct negotiation *ours,
                            const struct negotiation *theirs, int number,
                            struct state_merge *m)
{
	if (negotiation_offer(out, number))
		return;
	const struct neg_offer *b = negotiation_offer(base, number),
			       *o = negotiation_offer(ours, number),
			       *t = negotiation_offer(theirs, number);
	const struct neg_offer *keep = NULL;
	struct neg_offer empty = {.number = number, .name = (char *)""};
	/* An offer with nothing in it is in no file: a window's new offer
	 * on show before anything is typed in it (another window that
	 * saved since never saw it, so did not delete it). */
	if (b && negotiation_offer_empty(b))
		b = NULL;
	if (o && t) {
		struct neg_offer c;
		offer_copy(&c, o);
		merge_offer(&c, b ? b : &empty, o, t, m);
		c.number = number;
		insert_offer(out, out->offer_count, &c);
		return;
	}
	if (o) {
		/* Deleted there: gone, unless changed here. */
		keep = b && negotiation_offer_equal(o, b) ? NULL : o;
		if (b && !keep)
			m->form++;
		if (b && keep)
			clash(m, o, "deletion");
	} else if (t) {
		/* Deleted here: gone, unless changed there. */
		keep = b && negotiation_offer_equal(t, b) ? NULL : t;
		if (keep)
			m->form++;
	}
	if (keep) {
		struct neg_offer c;
		offer_copy(&c, keep);
		insert_offer(out, out->offer_count, &c);
	}
}

/* The offers merged: each by its number, part by part; in the order of
 * the side that put them in another (ours when both did), then what
 * only the other holds; the company's last. */
static void merge_offers(struct negotiation *out,
                         const struct negotiation *base,
                         const struct negotiation *ours,
                         const struct negotiation *theirs,
                         struct state_merge *m)
{
	bool ours_first = reordered(ours, base) || !reordered(theirs, base);
	const struct negotiation *first = ours_first ? ours : theirs,
				 *second = ours_first ? theirs : ours;
	const struct negotiation *sides[] = {first, second, base};
	for (int k = 0; k < 3; k++) {
		/* An offer only this side holds goes after the one before it
		 * here (first when none): an offer deleted and brought back
		 * is in its place again. */
		size_t after = 0;
		for (size_t i = 0; i < sides[k]->offer_count; i++) {
			int num = sides[k]->offers[i].number;
			if (num == NEG_COMPANY)
				continue;
			long at = negotiation_offer_index(out, num);
			if (at < 0) {
				size_t had = out->offer_count;
				merge_one_offer(out, base, ours, theirs, num,
				                m);
				if (out->offer_count == had)
					continue;
				struct neg_offer o = out->offers[had];
				memmove(&out->offers[after + 1],
				        &out->offers[after],
				        (had - after) * sizeof o);
				out->offers[after] = o;
				at = (long)after;
			}
			after = (size_t)at + 1;
		}
	}
	merge_one_offer(out, base, ours, theirs, NEG_COMPANY, m);
	size_t taken = 0;
	const char *region =
		merge_value(base->region, ours->region, theirs->region, NULL,
	                    "the region", &taken, m);
	out->region = region ? xstrdup(region) : NULL;
	out->against =
		merge_int(base->against, ours->against, theirs->against, NULL,
	                  "the offer the counter answers", &taken, m);
	if (!negotiation_offer(out, out->against))
		out->against = NEG_NONE;
	/* Which offer a window shows is its own view, not the negotiation:
	 * never taken from another window, never a conflict (two windows on
	 * two offers, issue 20 F2). */
	out->shown = ours->shown;
	m->form += taken;
}

void negotiation_merge(struct negotiation *ours, const struct negotiation *base,
                       const struct negotiation *theirs, struct state_merge *m)
{
	struct negotiation out;
	struct rid *ib = rid_index(base), *io = rid_index(ours),
		   *it = rid_index(theirs);

	memset(m, 0, sizeof *m);
	negotiation_init(&out, ours->guide_id);
	merge_offers(&out, base, ours, theirs, m);
	merge_kv(&out.other, &base->other, &ours->other, &theirs->other,
	         "the form's", &m->form, m);
	merge_kv(&out.answers, &base->answers, &ours->answers, &theirs->answers,
	         "the answer to", &m->answers, m);

	/* Theirs in their order, then what only ours has. */
	for (size_t i = 0; i < theirs->round_count; i++) {
		const struct round *t = &theirs->rounds[i];
		const struct round *b = rid_find(base, ib, t->id);
		const struct round *o = rid_find(ours, io, t->id);
		if (o) {
			bool we_changed = b && !same_round(o, b);
			bool they_changed = b && !same_round(t, b);
			if (we_changed && they_changed && !same_round(o, t))
				conflict(m, "a round");
			if (!we_changed && they_changed)
				m->rounds_changed++;
			negotiation_add_round(&out, we_changed || !b ? o : t);
		} else if (b) {
			/* We deleted it: gone, unless they changed it. */
			if (!same_round(t, b)) {
				m->rounds_changed++;
				negotiation_add_round(&out, t);
			}
		} else {
			m->rounds_added++;
			negotiation_add_round(&out, t);
		}
	}
	for (size_t i = 0; i < ours->round_count; i++) {
		const struct round *o = &ours->rounds[i];
		if (rid_find(theirs, it, o->id))
			continue;
		const struct round *b = rid_find(base, ib, o->id);
		if (b && same_round(o, b)) {
			m->rounds_removed++; /* they deleted it */
			continue;
		}
		negotiation_add_round(&out, o);
	}
	free(ib);
	free(io);
	free(it);
	negotiation_free(ours);
	*ours = out;
}

bool state_merge_any(const struct state_merge *m)
{
	return m->rounds_added || m->rounds_removed || m->rounds_changed ||
	       m->answers || m->form || m->conflicts;
}

void state_merge_words(const struct state_merge *m, char *buf, size_t size)
{
	struct {
		size_t n;
		const char *one, *many;
	} parts[] = {
		{m->rounds_added, "new round", "new rounds"},
		{m->rounds_removed, "deleted round", "deleted rounds"},
		{m->rounds_changed, "changed round", "changed rounds"},
		{m->answers, "answer", "answers"},
		{m->form, "form field", "form fields"},
	};
	size_t k = sizeof parts / sizeof parts[0], shown = 0, total = 0;
	for (size_t i = 0; i < k; i++)
		total += parts[i].n != 0;
	buf[0] = '\0';
	for (size_t i = 0; i < k; i++) {
		if (!parts[i].n)
			continue;
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%zu %s",
		         shown == 0           ? ""
		         : shown + 1 == total ? " and "
		                              : ", ",
		         parts[i].n,
		         parts[i].n == 1 ? parts[i].one : parts[i].many);
		shown++;
	}
	if (!shown)
		snprintf(buf, size, "nothing");
}
