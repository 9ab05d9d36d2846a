/* worth.h - the offer pane under its fields: what the offer is worth
 * against the band.  Totals; the ask and the floor with the offer's
 * gap to each, values never cut (the table turns when the width is
 * short); the premium range; a gauge per part, all aligned, with their
 * end values; what each year pays.  Given fewer rows than it wants, it
 * keeps the parts that matter most (the totals, the gaps, a gauge). */
#ifndef NEGOTIATOR_TUI_WORTH_H
#define NEGOTIATOR_TUI_WORTH_H

#include <stddef.h>

#include "tui/app.h"

/* The pane title's extra text for this width: the region and, where it
 * fits, the verdict (in full, else short).  Returns 0 and an empty buf
 * when there is no band. */
int worth_title(const struct tui *t, int width, char *buf, size_t size);
/* The rows it needs at this width: *min for the totals, the gaps and a
 * gauge; *want for everything. */
void worth_rows(const struct tui *t, int width, int *min, int *want);
/* Draw from row y to the foot of the pane. */
void worth_draw(struct tui *t, struct pane *p, int y);

#endif
