/* script_pick.h - the script that fits a situation, chosen among the
 * scripts of a guide whose body is loaded (guide_load_body).  It never
 * loads anything: with the body not loaded there is nothing to choose. */
#ifndef NEGOTIATOR_SCRIPT_PICK_H
#define NEGOTIATOR_SCRIPT_PICK_H

#include <stdbool.h>

#include "negotiator/guide.h"

/* The region's competing-offer lever when there is an offer (else any
 * competing-offer lever), the premium lever when the candidate claims
 * the premium, else the strategy, else the first script; NULL when the
 * guide has none (or its body is not loaded).  region may be NULL. */
const struct script *script_pick(const struct guide *g, const char *region,
                                 bool have_offer, bool agentic);

#endif
