/* copy.h - `y`: a text of the negotiation (the filled script, the
 * counter) onto the clipboard, saying only what is known of where it
 * went. */
#ifndef NEGOTIATOR_TUI_COPY_H
#define NEGOTIATOR_TUI_COPY_H

#include <stdbool.h>

struct tui;

/* Copy text with a clipboard program where one is present, else by OSC
 * 52, and say so on the status line: "Copied the WHAT (N bytes)…"; hint
 * says what writes the same to a file instead ("w writes a file").
 * open_marks adds ", placeholders and all" to what is said. */
void copy_text(struct tui *t, const char *text, const char *what,
               const char *hint, bool open_marks);

#endif
