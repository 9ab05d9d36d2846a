/* overlay.h - the windows drawn over the panes: the help (every key,
 * from the action table), the skipped files and the session's
 * messages, and a yes-or-no question. */
#ifndef NEGOTIATOR_TUI_OVERLAY_H
#define NEGOTIATOR_TUI_OVERLAY_H

#include "tui/app.h"

/* Show the window `which`, or close it when it shows already. */
void overlay_toggle(struct tui *t, enum overlay which);
/* ? : the help, opened at the keys of the pane in focus (or closed). */
void overlay_help(struct tui *t);
void overlay_draw(struct tui *t);
/* A key for the window on show; PANE_IGNORED when it is not for it. */
enum pane_result overlay_key(struct tui *t, enum action a);

#endif
