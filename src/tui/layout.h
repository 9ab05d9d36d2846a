/* layout.h - where each pane goes on the screen, for its size and the
 * focus: the header and status windows, and every pane's window. */
#ifndef NEGOTIATOR_TUI_LAYOUT_H
#define NEGOTIATOR_TUI_LAYOUT_H

/* Below this the panes cannot show what they are for. */
#define LAYOUT_MIN_COLS 50
#define LAYOUT_MIN_ROWS 14

struct tui;

/* Lay the screen out again (after a resize or a change of focus):
 * windows are made anew only for panes whose place changed; everything
 * is marked for redrawing. */
void layout_apply(struct tui *t);

#endif
