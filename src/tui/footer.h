/* footer.h - the bottom line: the one-off message, else the keys that
 * do something in the focus now, each with its word. */
#ifndef NEGOTIATOR_TUI_FOOTER_H
#define NEGOTIATOR_TUI_FOOTER_H

struct tui;

void footer_draw(struct tui *t);

#endif
