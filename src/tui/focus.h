/* focus.h - which pane has the keys, and the order Tab goes through
 * them. */
#ifndef NEGOTIATOR_TUI_FOCUS_H
#define NEGOTIATOR_TUI_FOCUS_H

#include "tui/app.h"

/* Give pane id the focus: the script's place shows the script or the
 * counter as asked, the reader opens or closes, the layout follows and
 * every pane is told (APP_FOCUS_MOVED). */
void focus_set(struct tui *t, enum pane_id id);
/* Close the reader and give the focus back to the pane that opened it. */
void focus_reader_close(struct tui *t);
/* The pane after (dir 1) or before (dir -1) the focus, in Tab order. */
enum pane_id focus_next(const struct tui *t, int dir);

#endif
