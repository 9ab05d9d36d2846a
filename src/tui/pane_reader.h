/* pane_reader.h - the whole guide rendered from its Markdown, with search.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_READER_H
#define NEGOTIATOR_TUI_PANE_READER_H

struct pane_ops;

extern const struct pane_ops pane_reader_ops;

#endif
