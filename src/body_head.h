/* body_head.h - internal: a guide without front matter, from the head of
 * its body: the title naming the role and the company, the DNA line, and
 * the band table. */
#ifndef NEGOTIATOR_BODY_HEAD_H
#define NEGOTIATOR_BODY_HEAD_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

/* Could the text be a guide without front matter: a title naming a role
 * and a company, then a pipe table?  Cheap, for telling guides from
 * other files in a folder. */
bool body_head_probe(const char *data, size_t len);

/* Fill g (id, names, title, DNA summary, bands) from the head of data,
 * the whole file (no front matter; its first line is file line 1).
 * false, with the reason in errs, when it is not such a guide. */
bool body_head_read(struct guide *g, const char *data, size_t len,
                    struct diag_list *errs);

#endif
