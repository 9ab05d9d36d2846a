/* premium.h - internal: the premium a guide claims for the role's pay
 * (how much, on what, and whether the target ask includes it). */
#ifndef NEGOTIATOR_PREMIUM_H
#define NEGOTIATOR_PREMIUM_H

#include "negotiator/guide.h"

/* Fill g->premium (unless it came from the front matter): its percents
 * and name from the body's "Negotiation DNA:" line, else the front
 * matter's summary, else the first sentence of the body that claims a
 * premium for the role ("commands a 10-15% premium").  body_text holds
 * the body's blocks one a line, lines[k] the file line of its line k;
 * ask_text holds the strategy and the lever scripts, which say whether
 * the target ask already includes the premium. */
void premium_find(struct guide *g, const char *body_text, const int *lines,
                  size_t line_count, const char *ask_text);

#endif
