/* cli_out.c - text layout for the command line: wrapping and columns. */
#include "cli_out.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "json.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

int cli_out_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
		return ws.ws_col > 120 ? 120 : ws.ws_col;
	return 80;
}

void cli_out_padded(FILE *out, const char *s, int cols)
{
	fputs(s, out);
	for (int w = (int)utf8_width(s, strlen(s)); w < cols; w++)
		fputc(' ', out);
}

void cli_out_wrapped(FILE *out, const char *text, int indent, int width)
{
	char *copy = xstrdup(text);
	text_squeeze(copy);
	/* A "- " item hangs: its later lines line up after the dash. */
	int hang = str_starts_with(copy, "- ") ? 2 : 0;
	int avail = width - indent;
	if (avail < 20)
		avail = 20;
	struct wrap_line *lines;
	size_t n = copy[0] ? wrap_text_hanging(copy, strlen(copy), avail, hang,
	                                       &lines)
	                   : 0;
	for (size_t k = 0; k < n; k++)
		fprintf(out, "%*s%.*s\n", indent + (k > 0 ? hang : 0), "",
		        (int)lines[k].len, copy + lines[k].start);
	if (n)
		free(lines);
	free(copy);
}

void cli_out_err(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *raw = NULL;
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	raw = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(raw, (size_t)n + 1, fmt, ap);
	va_end(ap);
	/* Line by line: a newline in what is quoted breaks a line, never
	 * draws anything; the rest is cleaned. */
	for (char *line = raw, *nl;; line = nl + 1) {
		nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *clean = text_clean(line, len, false);
		fputs(clean, stderr);
		free(clean);
		if (!nl)
			break;
		fputc('\n', stderr);
	}
	free(raw);
}

void cli_out_guide_head(struct json *j, const struct guide *g)
{
	json_key_string(j, "id", g->id);
	json_key_string(j, "company", g->company_display);
	json_key_string(j, "role", g->role_display);
	json_key_string(j, "path", g->path_shown);
}
