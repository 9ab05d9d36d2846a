/* pane_guides.h - the guide list: companies and their roles, and the filter.
 * The pane is reached only through its operations; its state is its own
 * (struct guides_view, behind t->guides), read by no other file. */
#ifndef NEGOTIATOR_TUI_PANE_GUIDES_H
#define NEGOTIATOR_TUI_PANE_GUIDES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/filter.h"
#include "tui/lineedit.h"

struct pane_ops;

extern const struct pane_ops pane_guides_ops;

/* One row of the guide list: a company heading or one of its guides. */
struct guide_row {
	uint32_t guide; /* index into lib->guides (LIBRARY_MAX_ENTRIES) */
	bool heading;   /* the company's name, not selectable */
};

/* The list's state, made at the pane's first start and kept across a
 * reload (R): the filter typed stays; the rows are made again. */
struct guides_view {
	/* The rows made so far, from the top: they are made as far as
	 * they are looked at (pane_guides.c's rows_through). */
	struct guide_row *rows;
	size_t row_count, row_cap;
	size_t next;    /* the next guide to look at for a row */
	uint64_t *kept; /* the filter's set of guides; NULL: all */
	/* Filtering: the library's index (filter.h), built when the
	 * filter prompt first opens (or at the first query). */
	struct filter_index filter_ix;
	bool filter_ix_ready;
	/* Per guide, the number of its company in the (sorted) library:
	 * equal numbers share a heading, without a string compare. */
	size_t *company_no;
	size_t sel, top;    /* row indexes */
	size_t stale_count; /* guides past their review date */
	bool *saved;        /* per guide: it has a saved negotiation */
	int list_want_w;    /* the widest row, in columns */
	size_t shown;       /* guides kept by the filter (all, not made) */
	struct lineedit filter;
	bool filtering;                 /* the filter prompt has the keys */
	char filter_prev[LINEEDIT_MAX]; /* the query before the last / */
};

#endif
