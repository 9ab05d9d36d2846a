/* negotiation.c - the negotiation model: the form as typed, the answers,
 * the rounds; and the three-way merge of two programs' changes to it. */
#include "negotiator/negotiation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "negotiator/text.h"

void negotiation_init(struct negotiation *n, const char *guide_id)
{
	memset(n, 0, sizeof *n);
	n->guide_id = xstrdup(guide_id ? guide_id : "");
}

static void kv_list_free(struct kv_list *l)
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

void negotiation_free(struct negotiation *n)
{
	free(n->guide_id);
	kv_list_free(&n->form);
	kv_list_free(&n->answers);
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
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round)
			*offer_amount(o, (enum part_id)p) = r->amount[p];
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

void negotiation_copy(struct negotiation *dst, const struct negotiation *src)
{
	negotiation_init(dst, src->guide_id);
	kv_copy(&dst->form, &src->form);
	kv_copy(&dst->answers, &src->answers);
	for (size_t i = 0; i < src->round_count; i++)
		negotiation_add_round(dst, &src->rounds[i]);
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

static bool same_str(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
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
                     bool form, const char *what, size_t *taken,
                     struct state_merge *m)
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
		/* Which offer a window shows is its own view, not the
		 * negotiation: never taken from another window, never a
		 * conflict (two windows on two offers, issue 20 F2). */
		bool view = form && strcmp(key, "shown") == 0;
		if (view) {
			v = o;
		} else if (same_str(o, b)) {
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

void negotiation_merge(struct negotiation *ours, const struct negotiation *base,
                       const struct negotiation *theirs, struct state_merge *m)
{
	struct negotiation out;
	struct rid *ib = rid_index(base), *io = rid_index(ours),
		   *it = rid_index(theirs);

	memset(m, 0, sizeof *m);
	negotiation_init(&out, ours->guide_id);
	merge_kv(&out.form, &base->form, &ours->form, &theirs->form, true,
	         "the form's", &m->form, m);
	merge_kv(&out.answers, &base->answers, &ours->answers, &theirs->answers,
	         false, "the answer to", &m->answers, m);

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
