/* cli_out.h - what the commands share to lay out their output: the
 * terminal's width, wrapped and padded text, the JSON guide head. */
#ifndef NEGOTIATOR_CLI_OUT_H
#define NEGOTIATOR_CLI_OUT_H

#include <stdio.h>

#include "json.h"
#include "negotiator/guide.h"

/* The columns to lay text out in: the terminal's (40 to 120), else 80. */
int cli_out_width(void);
/* Print text wrapped at width, every line indented by indent columns
 * (a "- " item's later lines two more). */
void cli_out_wrapped(FILE *out, const char *text, int indent, int width);
/* Print s padded with spaces to `cols` display columns. */
void cli_out_padded(FILE *out, const char *s, int cols);
/* The fields every JSON guide object opens with: id, company, role, path
 * (list, show). */
void cli_out_guide_head(struct json *j, const struct guide *g);
/* printf to stderr with what the message quotes (file names, arguments,
 * the system's words) cleaned as guide text is: no control or bidi
 * character reaches the terminal.  The format's own newlines stay. */
void cli_out_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* NULL for an empty text (a date the guide does not give): JSON null. */
static inline const char *cli_out_or_null(const char *s)
{
	return s && *s ? s : NULL;
}

#endif
