/* body.h - internal: a guide's Markdown body into the model.
 *
 * body.c walks cmark-gfm's syntax tree and fills sections, scripts,
 * levers and band words; it hands the flat text of single nodes to the
 * readers of the strategy (strategy.c), the premium (premium.c), the
 * band table (band_table.c) and the scripts' sums (script_math.c).
 */
#ifndef NEGOTIATOR_BODY_H
#define NEGOTIATOR_BODY_H

#include "negotiator/guide.h"

/* Read g->body (already in memory) into the model: sections, scripts,
 * levers, band words, the strategy's ask and floor, the premium, and
 * warnings about the scripts' sums.  Called once, by guide_load_body. */
void body_parse(struct guide *g);

#endif
