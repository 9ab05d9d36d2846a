/* cli_show.h - `negotiator show`: one guide, as text or JSON. */
#ifndef NEGOTIATOR_CLI_SHOW_H
#define NEGOTIATOR_CLI_SHOW_H

#include "cli_args.h"

int cli_show(struct cli *c);

#endif
