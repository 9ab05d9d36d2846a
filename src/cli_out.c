/* cli_out.c - text layout for the command line: wrapping and columns. */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "json.h"
#include "negotiator/text.h"

int cli_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col >= 40)
		return ws.ws_col > 120 ? 120 : ws.ws_col;
	return 80;
}

void print_padded(FILE *out, const char *s, int cols)
{
	fputs(s, out);
	for (int w = (int)text_width(s, strlen(s)); w < cols; w++)
		fputc(' ', out);
}

void print_wrapped(FILE *out, const char *text, int indent, int width)
{
	char *copy = xstrdup(text);
	text_squeeze(copy);
	/* A "- " item hangs: its later lines line up after the dash. */
	int hang = str_starts_with(copy, "- ") ? 2 : 0;
	int avail = width - indent;
	if (avail < 20)
		avail = 20;
	int col = 0, lines = 0;
	for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
		int ww = (int)text_width(w, strlen(w));
		int room = lines > 0 ? avail - hang : avail;
		if (col > 0 && col + 1 + ww > room) {
			fputc('\n', out);
			col = 0;
			lines++;
		}
		if (col == 0)
			fprintf(out, "%*s", indent + (lines > 0 ? hang : 0), "");
		else {
			fputc(' ', out);
			col++;
		}
		fputs(w, out);
		col += ww;
	}
	if (col > 0)
		fputc('\n', out);
	free(copy);
}

void cli_json_guide_head(struct json *j, const struct guide *g)
{
	json_key_string(j, "id", g->id);
	json_key_string(j, "company", g->company_display);
	json_key_string(j, "role", g->role_display);
	json_key_string(j, "path", g->path);
}

const char *band_currency(const struct band *b)
{
	return b->currency.code;
}
