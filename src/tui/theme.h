/* theme.h - what each kind of thing on screen looks like.
 *
 * Colour when the terminal has it and NO_COLOR is not set; otherwise
 * bold, underline, reverse and dim carry the same distinctions. */
#ifndef NEGOTIATOR_TUI_THEME_H
#define NEGOTIATOR_TUI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "negotiator/money.h"

enum role {
	R_NORMAL,
	R_HEADER,       /* the top line */
	R_STATUS,       /* the bottom line */
	R_STATUS_KEY,   /* a key named on the bottom line */
	R_TITLE,        /* a pane's title line */
	R_TITLE_FOCUS,  /* the focused pane's title line */
	R_SELECTED,     /* the cursor row in the focused pane */
	R_SELECTED_DIM, /* the cursor row elsewhere */
	R_DIM,
	R_BOLD,
	R_EMPH,
	R_HEADING,
	R_CODE,
	R_LINK,
	R_QUOTE,
	R_RULE,
	R_ABOVE,   /* at or above the target ask */
	R_BETWEEN, /* between the floor and the ask */
	R_BELOW,   /* below the floor */
	R_ERROR,
	R_STALE,
	R_SAMPLE,
	R_PLACEHOLDER, /* a script's [placeholder] still to answer */
	R_FILL_AMOUNT, /* an amount filled in from the offer */
	R_FILL_ANSWER, /* a placeholder the user answered */
	R_MATCH,
	R_FIELD,       /* an input field */
	R_FIELD_FOCUS, /* the input field being edited */
	R_GAUGE_OUT,
	R_GAUGE_BAND,
	R_GAUGE_PREMIUM,
	R_GAUGE_FLOOR,
	R_GAUGE_TARGET,
	R_GAUGE_OFFER,
	R_COUNT
};

/* Call after initscr().  Decides colour or monochrome. */
void theme_init(void);
void theme_set(WINDOW *w, enum role r);
/* The look of a value by its gaps to the target ask and the floor: at
 * or above the target, between, or below the floor (R_NORMAL when
 * neither is known). */
enum role theme_gap_role(amount_t vs_target, amount_t vs_floor);

#endif
