/* status.c - the bottom line and the session's notes (see status.h). */
#include "tui/status.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"

void status_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->status_dirty = true;
}

void status_note(struct tui *t, const char *fmt, ...)
{
	char buf[1400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	status_message(t, "%.*s", (int)sizeof t->msg - 1, buf);
	if (t->note_count >= 100)
		return;
	t->notes = xgrow(t->notes, &t->note_cap, t->note_count + 1,
	                 sizeof *t->notes);
	/* From files and the system: cleaned before it is ever drawn. */
	t->notes[t->note_count++] = text_clean(buf, strlen(buf), false);
	t->header_dirty = true;
}

void status_clear(struct tui *t)
{
	if (!t->msg[0])
		return;
	t->msg[0] = '\0';
	t->status_dirty = true;
}

void status_free(struct tui *t)
{
	for (size_t k = 0; k < t->note_count; k++)
		free(t->notes[k]);
	free(t->notes);
	t->notes = NULL;
	t->note_count = t->note_cap = 0;
}

static bool key_seen(const int *seen, size_t n, int key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (seen[i] == key)
			return true;
	return false;
}

void status_draw(struct tui *t)
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
			if (a->ctx != *chain || !a->status || shown[a->act])
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
