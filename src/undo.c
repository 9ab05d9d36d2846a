/* undo.c - undo and redo of a negotiation's changes (undo.h). */
#include "negotiator/undo.h"

#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

/* Drop a copy's answers: answers are not undone. */
static void drop_answers(struct negotiation *n)
{
	for (size_t i = 0; i < n->answers.count; i++) {
		free(n->answers.items[i].key);
		free(n->answers.items[i].value);
	}
	free(n->answers.items);
	memset(&n->answers, 0, sizeof n->answers);
}

/* A state of the form and the rounds. */
static void snapshot(struct negotiation *dst, const struct negotiation *src)
{
	negotiation_copy(dst, src);
	drop_answers(dst);
}

static void step_free(struct undo_step *s)
{
	negotiation_free(&s->before);
	if (s->settled)
		negotiation_free(&s->after);
	memset(s, 0, sizeof *s);
}

/* The newest step of a list learns what its change made of the
 * negotiation, when it does not know yet. */
static void settle(struct undo_step *list, size_t count,
                   const struct negotiation *n)
{
	if (count == 0 || list[count - 1].settled)
		return;
	snapshot(&list[count - 1].after, n);
	list[count - 1].settled = true;
}

/* A new step that starts from `before`, the oldest forgotten past
 * UNDO_MAX. */
static struct undo_step *push(struct undo_step **list, size_t *count,
                              const struct negotiation *before)
{
	if (*count >= UNDO_MAX) {
		step_free(&(*list)[0]);
		memmove(&(*list)[0], &(*list)[1], (*count - 1) * sizeof **list);
		(*count)--;
	}
	if (!*list)
		*list = xcalloc(UNDO_MAX, sizeof **list);
	struct undo_step *s = &(*list)[(*count)++];
	memset(s, 0, sizeof *s);
	snapshot(&s->before, before);
	return s;
}

static void clear(struct undo_step *list, size_t *count)
{
	for (size_t i = 0; i < *count; i++)
		step_free(&list[i]);
	*count = 0;
}

void undo_remember(struct undo *u, const struct negotiation *before)
{
	/* No other program's change is merged between two changes of
	 * this one without undo_settle: the last change ended here. */
	settle(u->past, u->past_count, before);
	push(&u->past, &u->past_count, before);
	clear(u->future, &u->future_count);
}

void undo_settle(struct undo *u, const struct negotiation *n)
{
	settle(u->past, u->past_count, n);
	settle(u->future, u->future_count, n);
}

void undo_extend(struct undo *u, const struct negotiation *from,
                 const struct negotiation *to)
{
	if (u->past_count == 0 || !u->past[u->past_count - 1].settled)
		return; /* settled later, with this change in it */
	struct state_merge m;
	negotiation_merge(&u->past[u->past_count - 1].after, from, to, &m);
	drop_answers(&u->past[u->past_count - 1].after);
}

/* Take back the newest step of `from` from n, on top of whatever else
 * changed n since (another program's saves merged in: kept), and keep
 * what it undid as a step of `to`. */
static bool take_back(struct undo_step *from, size_t *from_count,
                      struct undo_step **to, size_t *to_count,
                      struct negotiation *n)
{
	if (*from_count == 0)
		return false;
	settle(from, *from_count, n);
	struct undo_step *s = &from[*from_count - 1];
	struct undo_step *back = push(to, to_count, n);
	/* Three ways: the change undone is what led from its before to
	 * its after; n keeps all else, the answers too (neither snapshot
	 * has any). */
	struct state_merge m;
	negotiation_merge(n, &s->after, &s->before, &m);
	/* The offer on show is this window's view, which a merge never
	 * takes from the other side: put back the one the step left. */
	if (s->before.shown != s->after.shown)
		n->shown = s->before.shown;
	snapshot(&back->after, n);
	back->settled = true;
	step_free(s);
	(*from_count)--;
	return true;
}

bool undo_back(struct undo *u, struct negotiation *n)
{
	return take_back(u->past, &u->past_count, &u->future, &u->future_count,
	                 n);
}

bool undo_forward(struct undo *u, struct negotiation *n)
{
	return take_back(u->future, &u->future_count, &u->past, &u->past_count,
	                 n);
}

size_t undo_past(const struct undo *u)
{
	return u->past_count;
}

size_t undo_future(const struct undo *u)
{
	return u->future_count;
}

struct undo *undo_shelf_get(struct undo_shelf *s, const char *guide_id)
{
	for (size_t i = 0; i < s->count; i++)
		if (strcmp(s->items[i].guide_id, guide_id) == 0)
			return &s->items[i];
	s->items = xgrow(s->items, &s->cap, s->count + 1, sizeof *s->items);
	struct undo *u = &s->items[s->count++];
	memset(u, 0, sizeof *u);
	u->guide_id = xstrdup(guide_id);
	return u;
}

void undo_shelf_free(struct undo_shelf *s)
{
	for (size_t i = 0; i < s->count; i++) {
		struct undo *u = &s->items[i];
		clear(u->past, &u->past_count);
		clear(u->future, &u->future_count);
		free(u->past);
		free(u->future);
		free(u->guide_id);
	}
	free(s->items);
	memset(s, 0, sizeof *s);
}
