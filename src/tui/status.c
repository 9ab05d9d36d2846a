/* status.c - the bottom line and the session's notes (see status.h). */
#include "tui/status.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"

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
	if (t->msg_rows > 1)
		app_dirty_all(t); /* the rows it took over the panes */
	t->msg_rows = 1;
}

void status_free(struct tui *t)
{
	for (size_t k = 0; k < t->note_count; k++)
		free(t->notes[k]);
	free(t->notes);
	t->notes = NULL;
	t->note_count = t->note_cap = 0;
}
