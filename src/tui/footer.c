/* footer.c - the bottom line (see footer.h). */
#include "tui/footer.h"

#include <string.h>

#include "tui/app.h"
#include "tui/draw.h"
#include "tui/global.h"

/* Whether action a does something now: the focused pane says for its
 * own actions, the global ones are checked here. */
static bool works(struct tui *t, enum action a)
{
	struct pane *p = &t->panes[t->focus];

	if (t->overlay != OVERLAY_NONE)
		return true;
	if (p->ops->works && !p->ops->works(t, p, a))
		return false;
	return global_works(t, a);
}

static bool key_seen(const int *seen, size_t n, int key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (seen[i] == key)
			return true;
	return false;
}

void footer_draw(struct tui *t)
{
	WINDOW *w = t->status;
	const enum action_ctx *chain = app_chain(t);
	bool typing = app_editor(t) != NULL;
	bool shown[ACT_COUNT] = { false };
	int seen[32];
	size_t nseen = 0;
	int x = 1, cols = t->cols;
	char key[32];

	draw_line_bg(w, 0, R_STATUS);
	if (t->msg[0]) {
		draw_str(w, 0, 1, t->msg, cols - 2, R_STATUS);
		wnoutrefresh(w);
		return;
	}
	for (; *chain != CTX_NONE; chain++) {
		size_t i;
		for (i = 0; i < keys_count; i++) {
			const struct action_info *a = &keys_table[i];
			int k, kx = -1;
			if (a->ctx != *chain || !a->status || shown[a->act] ||
			    !works(t, a->act))
				continue;
			for (k = 0; k < 3 && kx < 0; k++)
				if (a->keys[k] && !(typing && keys_printable(a->keys[k])))
					kx = k;
			if (kx < 0)
				continue;
			/* One key, one meaning: the first context wins. */
			if (key_seen(seen, nseen, a->keys[kx]))
				continue;
			if (nseen < sizeof seen / sizeof seen[0])
				seen[nseen++] = a->keys[kx];
			keys_label(a->keys[kx], key, sizeof key);
			if (x + (int)strlen(key) + (int)strlen(a->status) + 3 > cols)
				break;
			shown[a->act] = true;
			x += draw_str(w, 0, x, key, cols - x, R_STATUS_KEY);
			x += draw_str(w, 0, x, " ", cols - x, R_STATUS);
			x += draw_str(w, 0, x, a->status, cols - x, R_STATUS);
			x += draw_str(w, 0, x, "  ", cols - x, R_STATUS);
		}
	}
	wnoutrefresh(w);
}
