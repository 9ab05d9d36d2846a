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

/* Put the snapshot's form and rounds into n, keeping n's answers. */
static void restore(struct negotiation *n, const struct negotiation *snap)
{
	struct negotiation copy;
	negotiation_copy(&copy, snap);
	drop_answers(&copy);
	copy.answers = n->answers;
	memset(&n->answers, 0, sizeof n->answers);
	negotiation_free(n);
	*n = copy;
}

static void push(struct negotiation **list, size_t *count,
                 const struct negotiation *n)
{
	if (*count >= UNDO_MAX) {
		negotiation_free(&(*list)[0]);
		memmove(&(*list)[0], &(*list)[1], (*count - 1) * sizeof **list);
		(*count)--;
	}
	if (!*list)
		*list = xcalloc(UNDO_MAX, sizeof **list);
	snapshot(&(*list)[(*count)++], n);
}

static void clear(struct negotiation *list, size_t *count)
{
	for (size_t i = 0; i < *count; i++)
		negotiation_free(&list[i]);
	*count = 0;
}

void undo_remember(struct undo *u, const struct negotiation *before)
{
	push(&u->past, &u->past_count, before);
	clear(u->future, &u->future_count);
}

bool undo_back(struct undo *u, struct negotiation *n)
{
	if (u->past_count == 0)
		return false;
	push(&u->future, &u->future_count, n);
	restore(n, &u->past[u->past_count - 1]);
	negotiation_free(&u->past[--u->past_count]);
	return true;
}

bool undo_forward(struct undo *u, struct negotiation *n)
{
	if (u->future_count == 0)
		return false;
	push(&u->past, &u->past_count, n);
	restore(n, &u->future[u->future_count - 1]);
	negotiation_free(&u->future[--u->future_count]);
	return true;
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
