/* status.h - the one-off message on the bottom line, and the session's
 * notes, which '!' lists whole. */
#ifndef NEGOTIATOR_TUI_STATUS_H
#define NEGOTIATOR_TUI_STATUS_H

struct tui;

/* A message on the status line now (printf-like); the next key clears
 * it. */
void status_message(struct tui *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same, kept in the session's notes for '!' too. */
void status_note(struct tui *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Forget the message (a key was pressed). */
void status_clear(struct tui *t);
/* Free the notes. */
void status_free(struct tui *t);

#endif
