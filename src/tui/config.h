/* config.h - the user's settings file, $XDG_CONFIG_HOME/negotiator/config
 * (default ~/.config/negotiator/config), read when the TUI starts and on
 * R, as
 * tig reads its tigrc.  One setting a line, '#' starts a comment:
 *
 *     set default-region = London      # a guide's region when it is new
 *     set equity-value = 60            # value % of private equity, new offers
 *     color cursor black yellow bold   # ROLE FOREGROUND BACKGROUND [ATTR...]
 *     bind R reload                    # KEY ACTION, as `negotiator keys` names
 * them
 *
 * A line that cannot be used is reported (file, line, reason) and
 * ignored; the rest still counts. */
#ifndef NEGOTIATOR_TUI_CONFIG_H
#define NEGOTIATOR_TUI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/diag.h"

/* What the settings say ("" when a line did not set it). */
struct config {
	char default_region[128]; /* the region a new negotiation starts on */
	char equity_value[16];    /* the Value % a new offer starts with */
};

/* The file's path into buf; false when there is no HOME to find it. */
bool config_default_path(char *buf, size_t size);

/* Read the file at path (missing: nothing to do) and apply it: colours
 * to the theme (after theme_init), key bindings to the key table, the
 * settings into c.  Each line that cannot be used becomes a warning in
 * bad with its line; a file that cannot be read at all, an error with
 * line 0.  Returns whether the file was there. */
bool config_load(const char *path, struct config *c, struct diag_list *bad);

struct tui;
/* The user's file into t (when the TUI starts, and again on R): the
 * theme and the key bindings start from the program's own, the file is
 * read over them; its bad lines become notes ('!' lists them) and one
 * status message counts them. */
void config_apply(struct tui *t);

#endif
