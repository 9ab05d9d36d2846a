/* figures.h - internal: the ask, the floor and the company's counter read
 * from a guide's prose, with the line and sentence of every figure.
 *
 * body.c hands over the guide's paragraphs one by one, each marked with
 * the kind of block it belongs to; the text is scanned into tokens
 * (prose_scan.h), split into sentences, and every amount is tied to the
 * part word (base, equity, sign-on, bonus, total) and the cue (ask,
 * floor, counter; or a competing offer, market data, a condition, which
 * are never figures) nearest to it in its clause, and to the region its
 * scope names (else the first band of its currency).  figures_finish()
 * then fills the bands: the strategy's figures first, the levers' and
 * other paragraphs' only for what the strategy leaves open.
 */
#ifndef NEGOTIATOR_FIGURES_H
#define NEGOTIATOR_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

/* Where a paragraph stands; the strategy wins over a lever, a lever
 * over any other paragraph. */
enum figures_block { FIG_STRATEGY, FIG_LEVER, FIG_OTHER };

struct figures;

struct figures *figures_new(struct guide *g);

/* Read one paragraph's flat text ('\n' at its line breaks; first_line is
 * the file line of its first character).  new_block starts a new block
 * (a strategy, a lever, a paragraph): what a sentence leaves open is
 * carried only inside a block.  region, when not NULL, is the band a
 * lever's title names. */
void figures_read(struct figures *f, enum figures_block kind, bool new_block,
                  const struct band *region, const char *text, size_t len,
                  int first_line);

/* The one band the text names (its name or an alias), or NULL when it
 * names none or several: a heading that scopes its section. */
const struct band *figures_region_named(struct figures *f, const char *text,
                                        size_t len);

/* Fill the bands' target, floor and counter (where the front matter did
 * not) and add the findings to g->diags: a strategy that states amounts
 * but yields no ask or floor, and levers that disagree with it. */
void figures_finish(struct figures *f);

void figures_free(struct figures *f);

#endif
