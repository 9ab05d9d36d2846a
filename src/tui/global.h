/* global.h - the actions that work whatever pane has the focus: quit,
 * help, moving between panes, the reader, the scripts, the premium. */
#ifndef NEGOTIATOR_TUI_GLOBAL_H
#define NEGOTIATOR_TUI_GLOBAL_H

#include <stdbool.h>

#include "tui/app.h"

/* Do action a; PANE_IGNORED when it is not one of these. */
enum pane_result global_action(struct tui *t, enum action a);
/* Whether a does something now (the footer names only those). */
bool global_works(const struct tui *t, enum action a);

#endif
