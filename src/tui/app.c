/* app.c - the helpers every pane uses: marking panes for redrawing,
 * telling them of a change through their ops, the band and script on
 * show, scrolling, line editing, titles and amounts (see app.h). */
#include "tui/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tui/draw.h"

void app_dirty(struct tui *t, enum pane_id id)
{
	t->panes[id].dirty = true;
}

void app_dirty_all(struct tui *t)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++)
		t->panes[i].dirty = true;
	t->header_dirty = t->status_dirty = true;
}

void app_notify(struct tui *t, enum app_event ev)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].ops->changed)
			t->panes[i].ops->changed(t, &t->panes[i], ev);
	t->status_dirty = true;
}

const struct band *app_band(const struct tui *t)
{
	if (!t->g || t->g->band_count == 0)
		return NULL;
	if (t->form.band >= t->g->band_count)
		return &t->g->bands[0];
	return &t->g->bands[t->form.band];
}

const struct script *app_script(const struct tui *t, size_t *index)
{
	size_t i;

	if (!t->g || t->g->script_count == 0)
		return NULL;
	if (t->script_pick >= 0 &&
	    (size_t)t->script_pick < t->g->script_count) {
		if (index)
			*index = (size_t)t->script_pick;
		return &t->g->scripts[t->script_pick];
	}
	if (!t->an.script)
		return NULL;
	for (i = 0; i < t->g->script_count; i++)
		if (&t->g->scripts[i] == t->an.script) {
			if (index)
				*index = i;
			return t->an.script;
		}
	return NULL;
}

const struct offers_row *app_offer_row(const struct tui *t)
{
	return t->an.shown ? t->an.shown : &t->an.none;
}

enum pane_id app_slot(const struct tui *t)
{
	return t->counter_shown && !t->both_shown ? PANE_COUNTER : PANE_SCRIPT;
}

const enum action_ctx *app_chain(struct tui *t)
{
	static const enum action_ctx overlay[] = {
		CTX_OVERLAY, CTX_SEARCH, CTX_MOVE, CTX_GLOBAL, CTX_NONE};
	/* / typed in a window: its query. */
	static const enum action_ctx search[] = {CTX_PROMPT, CTX_EDIT,
	                                         CTX_SEARCH, CTX_NONE};
	static const enum action_ctx confirm[] = {CTX_CONFIRM, CTX_NONE};
	static const enum action_ctx unsaved[] = {CTX_UNSAVED, CTX_NONE};
	struct pane *p = &t->panes[t->focus];

	if (t->overlay == OVERLAY_CONFIRM)
		return t->confirm == CONFIRM_QUIT ? unsaved : confirm;
	if (t->overlay != OVERLAY_NONE)
		return t->overlay_editor ? search : overlay;
	return p->ops->chain(t, p);
}

struct lineedit *app_editor(struct tui *t)
{
	struct pane *p = &t->panes[t->focus];

	if (t->overlay != OVERLAY_NONE)
		return t->overlay_editor;
	if (!p->ops->editor)
		return NULL;
	return p->ops->editor(t, p);
}

bool app_scroll(size_t *top, size_t max, size_t page, enum action a)
{
	if (page < 1)
		page = 1;
	switch (a) {
	case ACT_UP:
		if (*top > 0)
			(*top)--;
		break;
	case ACT_DOWN:
		if (*top < max)
			(*top)++;
		break;
	case ACT_PAGE_UP: *top = *top > page ? *top - page : 0; break;
	case ACT_PAGE_DOWN: *top = *top + page < max ? *top + page : max; break;
	case ACT_TOP: *top = 0; break;
	case ACT_BOTTOM: *top = max; break;
	default: return false;
	}
	if (*top > max)
		*top = max;
	return true;
}

void app_typed_path(const char *typed, char *buf, size_t size)
{
	const char *home = getenv("HOME");

	while (*typed == ' ')
		typed++;
	if (typed[0] == '~' && typed[1] == '/' && home && *home)
		snprintf(buf, size, "%s/%s", home, typed + 2);
	else
		snprintf(buf, size, "%s", typed);
}

bool app_edit_action(struct lineedit *le, enum action a)
{
	switch (a) {
	case ACT_EDIT_LEFT: lineedit_apply(le, LE_LEFT); return true;
	case ACT_EDIT_RIGHT: lineedit_apply(le, LE_RIGHT); return true;
	case ACT_EDIT_HOME: lineedit_apply(le, LE_HOME); return true;
	case ACT_EDIT_END: lineedit_apply(le, LE_END); return true;
	case ACT_EDIT_BACKSPACE: lineedit_apply(le, LE_BACKSPACE); return true;
	case ACT_EDIT_DELETE: lineedit_apply(le, LE_DELETE); return true;
	case ACT_EDIT_KILL_END: lineedit_apply(le, LE_KILL_END); return true;
	case ACT_EDIT_KILL_START:
		lineedit_apply(le, LE_KILL_START);
		return true;
	case ACT_EDIT_KILL_WORD: lineedit_apply(le, LE_KILL_WORD); return true;
	default: return false;
	}
}

void app_match_note(char *buf, size_t size, size_t at, size_t total,
                    bool wrapped, bool forward)
{
	snprintf(buf, size, "%zu of %zu%s", at, total,
	         !wrapped  ? ""
	         : forward ? ", wrapped to the top"
	                   : ", wrapped to the bottom");
}

void app_title(struct tui *t, struct pane *p, const char *extra)
{
	bool focus = t->focus == (enum pane_id)(p - t->panes) &&
	             t->overlay == OVERLAY_NONE;
	enum role r = focus ? R_TITLE_FOCUS : R_TITLE;
	int x;

	draw_fill(p->win, 0, 0, p->w, r);
	x = draw_fmt(p->win, 0, 0, p->w, r, " %s", p->ops->name);
	if (extra && *extra && x + 3 < p->w)
		draw_str_cut(p->win, 0, x, extra, p->w - x, r);
}

double app_now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
