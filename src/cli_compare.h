/* cli_compare.h - `negotiator compare`: a competing offer against one
 * region of a guide, the counter to make, and the filled-in script. */
#ifndef NEGOTIATOR_CLI_COMPARE_H
#define NEGOTIATOR_CLI_COMPARE_H

#include <stdbool.h>

#include "cli_args.h"
#include "negotiator/text.h"

int cli_compare(struct cli *c);
/* compare's usage, its options made from the parts table: the synopsis
 * after `first`, its later lines indented by indent columns; with
 * details, what each option means. */
void cli_compare_usage(struct strbuf *sb, const char *first, int indent,
                       bool details);

#endif
