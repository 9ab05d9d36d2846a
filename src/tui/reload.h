/* reload.h - R: the guides, the rates and the config file read again
 * from their files, the open negotiation kept. */
#ifndef NEGOTIATOR_TUI_RELOAD_H
#define NEGOTIATOR_TUI_RELOAD_H

#include "tui/app.h"

/* Save and close the open negotiation, read the library again the way
 * it was first read, forget the rates (read again when next needed),
 * read the config file again (config_apply) and
 * open the same guide again, by its id, with its saved negotiation and
 * the same pane in focus.  Says what it did on the status line. */
void reload_all(struct tui *t);

#endif
