/* theme.h - what each kind of thing on screen looks like.
 *
 * Colour when the terminal has it and NO_COLOR is not set; otherwise
 * bold, underline, reverse and dim carry the same distinctions. */
#ifndef NEGOTIATOR_TUI_THEME_H
#define NEGOTIATOR_TUI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "negotiator/money.h"

/* Every kind of thing on screen: X(id, the name the config file's
 * `color` gives it). */
/* clang-format off */
#define THEME_ROLES(X) \
	X(NORMAL, "normal") \
	X(HEADER, "header")                 /* the top line */ \
	X(STATUS, "status")                 /* the bottom line */ \
	X(STATUS_KEY, "status-key")         /* a key named on the bottom line */ \
	X(TITLE, "title")                   /* a pane's title line */ \
	X(TITLE_FOCUS, "title-focus")       /* the focused pane's title line */ \
	X(SELECTED, "cursor")               /* the cursor row in the focused pane */ \
	X(SELECTED_DIM, "cursor-blur")      /* the cursor row elsewhere */ \
	X(DIM, "dim") \
	X(BOLD, "bold") \
	X(EMPH, "emphasis") \
	X(HEADING, "heading") \
	X(CODE, "code") \
	X(LINK, "link") \
	X(QUOTE, "quote") \
	X(RULE, "rule") \
	X(ABOVE, "above-ask")               /* at or above the target ask */ \
	X(BETWEEN, "between")               /* between the floor and the ask */ \
	X(BELOW, "below-floor")             /* below the floor */ \
	X(ERROR, "error") \
	X(STALE, "stale") \
	X(SAMPLE, "sample") \
	X(PLACEHOLDER, "placeholder")       /* a script's [placeholder] still to answer */ \
	X(FILL_AMOUNT, "filled-amount")     /* an amount filled in from the offer */ \
	X(FILL_ANSWER, "filled-answer")     /* a placeholder the user answered */ \
	X(MATCH, "match") \
	X(FIELD, "field")                   /* an input field */ \
	X(FIELD_FOCUS, "field-focus")       /* the input field being edited */ \
	X(GAUGE_OUT, "gauge-out") \
	X(GAUGE_BAND, "gauge-band") \
	X(GAUGE_PREMIUM, "gauge-premium") \
	X(GAUGE_FLOOR, "gauge-floor") \
	X(GAUGE_TARGET, "gauge-ask") \
	X(GAUGE_OFFER, "gauge-offer")

enum role {
#define X(id, name) R_##id,
	THEME_ROLES(X)
#undef X
	R_COUNT
};
/* clang-format on */

/* Call after initscr().  Decides colour or monochrome. */
void theme_init(void);
void theme_set(WINDOW *w, enum role r);
/* The role a config file's `color` names ("cursor", "heading");
 * R_COUNT when none. */
enum role theme_role_by_name(const char *name);
/* A look of the user's for role r (after theme_init): colours fg and bg
 * (-1: the terminal's own) with attributes attr.  Without colour
 * (NO_COLOR, a monochrome terminal) only attributes other than
 * A_NORMAL are used. */
void theme_color(enum role r, short fg, short bg, attr_t attr);
/* The look of a value by its gaps to the target ask and the floor: at
 * or above the target, between, or below the floor (R_NORMAL when
 * neither is known). */
enum role theme_gap_role(amount_t vs_target, amount_t vs_floor);

#endif
