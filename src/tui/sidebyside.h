/* sidebyside.h - every offer of the negotiation side by side with the
 * ask and the floor (offers.h), as lines for a width: the counter pane
 * shows them above the counter, the offers window (v) over the screen. */
#ifndef NEGOTIATOR_TUI_SIDEBYSIDE_H
#define NEGOTIATOR_TUI_SIDEBYSIDE_H

#include <stddef.h>

#include "tui/app.h"
#include "tui/theme.h"

/* Called for each line: text[0..len) fits the width less indent; the
 * notes come already wrapped. */
typedef void (*sidebyside_add)(void *arg, const char *text, size_t len,
                               enum role r, int indent);

/* The table (as many columns as fit width), then how the offers were
 * read: converted, vesting as the guide states, a bonus not typed, and
 * which offer the counter answers.  Nothing when no guide is open. */
void sidebyside_lines(struct tui *t, int width, sidebyside_add add, void *arg);
/* How wide the table is in full (0 with no guide open). */
int sidebyside_width(struct tui *t);

#endif
