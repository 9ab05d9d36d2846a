/* resume.h - where the last session ended (the open guide and the pane
 * with the focus), so that the next one starts there.  Kept beside the
 * saved negotiations, in $XDG_STATE_HOME/negotiator/last-view. */
#ifndef NEGOTIATOR_TUI_RESUME_H
#define NEGOTIATOR_TUI_RESUME_H

#include "tui/app.h"

/* Open the guide the last session ended on and give its pane the focus;
 * false (nothing changed) when there is no record, or its guide is not
 * in this library. */
bool resume_load(struct tui *t);
/* Write down the open guide and the focus.  A convenience: when it
 * cannot be written, the next session simply starts at the top. */
void resume_save(const struct tui *t);

#endif
