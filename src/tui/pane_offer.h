/* pane_offer.h - the offer form and what the offer is worth against the band.
 * The pane is reached only through its operations. */
#ifndef NEGOTIATOR_TUI_PANE_OFFER_H
#define NEGOTIATOR_TUI_PANE_OFFER_H

struct pane_ops;

extern const struct pane_ops pane_offer_ops;

#endif
