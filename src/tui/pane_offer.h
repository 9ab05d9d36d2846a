/* pane_offer.h - the offer form and what the offer is worth against the band.
 * The pane is reached only through its operations; its own state
 * (struct offer_view, behind t->offer_view) is read by no other file.
 * The form and the offers themselves are the negotiation's (app.h). */
#ifndef NEGOTIATOR_TUI_PANE_OFFER_H
#define NEGOTIATOR_TUI_PANE_OFFER_H

#include "tui/lineedit.h"

struct pane_ops;

extern const struct pane_ops pane_offer_ops;

/* The pane's state, made at its first start. */
struct offer_view {
	struct lineedit region_typed; /* the Region row: a name as typed */
};

#endif
