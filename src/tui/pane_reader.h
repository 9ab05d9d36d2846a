/* pane_reader.h - the whole guide rendered from its Markdown, with search.
 * The pane is reached only through its operations; its state is its own
 * (struct reader_view, behind t->reader), read by no other file. */
#ifndef NEGOTIATOR_TUI_PANE_READER_H
#define NEGOTIATOR_TUI_PANE_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/lineedit.h"
#include "tui/mdrender.h"

struct pane_ops;
struct guide;

extern const struct pane_ops pane_reader_ops;

/* The reader's state, made at its first start. */
struct reader_view {
	struct md_doc doc;             /* the open guide laid out */
	const struct guide *doc_guide; /* whose it is; NULL: none */
	int doc_width;                 /* the width it was laid out at */
	size_t top;
	struct lineedit search;
	bool searching;
	char last_search[LINEEDIT_MAX];
	char msg[LINEEDIT_MAX + 128];
};

#endif
