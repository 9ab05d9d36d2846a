/* resume.c - where the last session ended (see resume.h). */
#include "tui/resume.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/state.h"
#include "tui/focus.h"
#include "tui/session.h"

static const char *const pane_words[PANE_COUNT] = {
	[PANE_GUIDES] = "guides",   [PANE_BANDS] = "bands",
	[PANE_OFFER] = "offer",     [PANE_SCRIPT] = "script",
	[PANE_COUNTER] = "counter", [PANE_READER] = "reader",
};

bool resume_load(struct tui *t)
{
	struct state_view v;
	struct guide *g = NULL;
	size_t i;
	int k;

	/* Read only a small regular file: a FIFO, a device or a link to
	 * one there is no record (never waited on). */
	if (!state_view_load(&v))
		return false;
	for (i = 0; i < t->lib->count; i++)
		if (t->lib->guides[i]->id &&
		    strcmp(t->lib->guides[i]->id, v.guide) == 0)
			g = t->lib->guides[i];
	if (!g)
		return false;
	session_open_guide(t, g);
	for (k = 0; k < PANE_COUNT; k++)
		if (strcmp(v.pane, pane_words[k]) == 0)
			focus_set(t, (enum pane_id)k);
	return true;
}

void resume_save(const struct tui *t)
{
	struct state_view v;
	struct error err;

	if (!t->g || !t->g->id)
		return;
	memset(&v, 0, sizeof v);
	snprintf(v.guide, sizeof v.guide, "%s", t->g->id);
	snprintf(v.pane, sizeof v.pane, "%s", pane_words[t->focus]);
	/* A convenience: not written, the next session starts at the
	 * top. */
	error_clear(&err);
	state_view_save(&v, &err);
}
