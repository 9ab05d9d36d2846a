/* reload.c - R: the guides, the rates and the config file read again,
 * the open negotiation kept (reload.h). */
#include "tui/reload.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/library.h"
#include "tui/config.h"
#include "tui/focus.h"
#include "tui/layout.h"
#include "tui/session.h"
#include "tui/status.h"
#include "tui/theme.h"

void reload_all(struct tui *t)
{
	char id[512] = "";
	enum pane_id focus = t->focus;
	int i;

	if (!t->load) {
		status_message(t, "These guides cannot be read again");
		return;
	}
	/* Keys waiting to be written are written first; closing a
	 * negotiation that cannot be saved would lose it. */
	session_flush(t);
	if (t->save_failing) {
		status_message(t,
		               "Not read again: the negotiation is not "
		               "saved (%s)",
		               t->save_error);
		return;
	}
	if (t->g)
		snprintf(id, sizeof id, "%s", t->g->id);
	session_close(t);
	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].ops->stop)
			t->panes[i].ops->stop(t, &t->panes[i]);
	library_free(t->lib);
	library_init(t->lib);
	t->load(t->lib, t->load_ctx);
	rates_init_user(&t->rates, NULL);
	/* The config file too: colours and keys from the program's own. */
	theme_init();
	config_apply(t);
	t->script_pick = -1;
	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].ops->start)
			t->panes[i].ops->start(t, &t->panes[i]);

	struct guide *g = NULL;
	for (size_t k = 0; id[0] && k < t->lib->count && !g; k++)
		if (strcmp(t->lib->guides[k]->id, id) == 0)
			g = t->lib->guides[k];
	if (g || t->lib->count > 0)
		session_open_guide(t, g ? g : t->lib->guides[0]);
	layout_apply(t);
	focus_set(t, g ? focus : PANE_GUIDES);
	app_dirty_all(t);
	t->header_dirty = true;

	char skipped[64] = "";
	if (t->lib->skipped_count > 0)
		snprintf(skipped, sizeof skipped, ", %zu file%s skipped (!)",
		         t->lib->skipped_count,
		         t->lib->skipped_count == 1 ? "" : "s");
	if (id[0] && !g)
		status_message(t,
		               "Read again: %zu guide%s%s; %s is gone (its "
		               "negotiation stays saved)",
		               t->lib->count, t->lib->count == 1 ? "" : "s",
		               skipped, id);
	else
		status_message(t,
		               "Read again: %zu guide%s%s, the config, and "
		               "the rates when next needed%s",
		               t->lib->count, t->lib->count == 1 ? "" : "s",
		               skipped, g ? "; the negotiation kept" : "");
}
