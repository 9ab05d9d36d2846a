/* header.h - the top line: the open guide, its marks, and how many
 * files were skipped or messages wait behind '!'. */
#ifndef NEGOTIATOR_TUI_HEADER_H
#define NEGOTIATOR_TUI_HEADER_H

struct tui;

void header_draw(struct tui *t);

#endif
