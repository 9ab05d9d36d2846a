/* footer.c - the bottom line (see footer.h). */
#include "tui/footer.h"

#include <stdlib.h>
#include <string.h>

#include "negotiator/wrap.h"
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

/* Whether key goes into the text being typed (not one the pane keeps
 * for a command even there: '?' in the form is the help). */
static bool typed(struct tui *t, int key)
{
	const char *keep = t->overlay == OVERLAY_NONE
	                           ? t->panes[t->focus].ops->not_typed
	                           : NULL;

	return keys_printable(key) && !(key < 128 && keep && strchr(keep, key));
}

static bool key_seen(const int *seen, size_t n, int key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (seen[i] == key)
			return true;
	return false;
}

/* The bottom window, rows high (the status line, grown upwards over
 * the panes for a long message). */
static void fit_rows(struct tui *t, int rows)
{
	if (getmaxy(t->status) == rows)
		return;
	/* Moved first when it grows, resized first when it shrinks: it
	 * never reaches past the screen. */
	if (rows > getmaxy(t->status)) {
		mvwin(t->status, t->rows - rows, 0);
		wresize(t->status, rows, t->cols);
	} else {
		wresize(t->status, rows, t->cols);
		mvwin(t->status, t->rows - rows, 0);
	}
}

/* A message whole: wrapped to at most three rows (a third of a small
 * screen), the rows above the bottom line lent to it until the next
 * key (status_clear then redraws the panes under it). */
static void draw_message(struct tui *t)
{
	struct wrap_line *lines;
	int width = t->cols - 2;
	size_t n = wrap_text(t->msg, strlen(t->msg), width, &lines);
	int rows = n > 3 ? 3 : (int)n;

	t->msg_rows = rows;
	fit_rows(t, rows);
	for (int y = 0; y < rows; y++) {
		draw_line_bg(t->status, y, R_STATUS);
		if (y == rows - 1 && n > (size_t)rows)
			draw_str_cut(t->status, y, 1, t->msg + lines[y].start,
			             width, R_STATUS);
		else
			draw_text(t->status, y, 1, t->msg + lines[y].start,
			          lines[y].len, width, R_STATUS);
	}
	free(lines);
	wnoutrefresh(t->status);
}

void footer_draw(struct tui *t)
{
	WINDOW *w = t->status;
	const enum action_ctx *chain = app_chain(t);
	bool typing = app_editor(t) != NULL;
	bool shown[ACT_COUNT] = {false};
	int seen[32];
	size_t nseen = 0;
	int x = 1, cols = t->cols;
	char key[32];

	if (t->msg[0]) {
		draw_message(t);
		return;
	}
	fit_rows(t, 1);
	draw_line_bg(w, 0, R_STATUS);
	for (; *chain != CTX_NONE; chain++) {
		size_t i;
		for (i = 0; i < keys_count; i++) {
			const struct action_info *a = &keys_table[i];
			int k, kx = -1;
			if (a->ctx != *chain || !a->status || shown[a->act] ||
			    !works(t, a->act))
				continue;
			for (k = 0; k < 3 && kx < 0; k++)
				if (a->keys[k] &&
				    !(typing && typed(t, a->keys[k])))
					kx = k;
			if (kx < 0)
				continue;
			/* One key, one meaning: the first context wins. */
			if (key_seen(seen, nseen, a->keys[kx]))
				continue;
			if (nseen < sizeof seen / sizeof seen[0])
				seen[nseen++] = a->keys[kx];
			keys_label(a->keys[kx], key, sizeof key);
			if (x + (int)strlen(key) + (int)strlen(a->status) + 3 >
			    cols)
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
