/* premium.h - internal: the premium a guide claims for the role's pay
 * (how much, on what, and whether the target ask includes it). */
#ifndef NEGOTIATOR_PREMIUM_H
#define NEGOTIATOR_PREMIUM_H

#include "negotiator/guide.h"

/* Fill g->premium (unless it came from the front matter) from the
 * negotiation DNA summary and the body's text (blocks one per line);
 * ask_text holds the strategy and the lever scripts, which say whether
 * the target ask already includes the premium. */
void premium_find(struct guide *g, const char *body_text,
                  const char *ask_text);

#endif
