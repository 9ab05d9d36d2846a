/* config.c - the user's settings file (config.h). */
#include "tui/config.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "guide_file.h"
#include "negotiator/input.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/keys.h"
#include "tui/status.h"
#include "tui/theme.h"

bool config_default_path(char *buf, size_t size)
{
	return text_xdg_path(buf, size, "XDG_CONFIG_HOME", ".config", "config");
}

#define CONFIG_MAX_WORDS 16

/* Split a line into words: spaces separate them, "double quotes" keep
 * spaces in one, '#' outside quotes ends the line.  The words point
 * into line, which is changed.  -1 when a quote is not closed. */
static int split(char *line, char **w)
{
	int n = 0;
	char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (!*p || *p == '#')
			return n;
		if (n == CONFIG_MAX_WORDS)
			return n;
		if (*p == '"') {
			char *end = strchr(++p, '"');
			if (!end)
				return -1;
			*end = '\0';
			w[n++] = p;
			p = end + 1;
			continue;
		}
		w[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p)
			*p++ = '\0';
	}
}

/* A colour: a name of the eight, "default" (the terminal's own), or a
 * number from 0 to 255. */
static bool parse_color(const char *s, short *out)
{
	static const char *const names[] = {"black",  "red",  "green",
	                                    "yellow", "blue", "magenta",
	                                    "cyan",   "white"};
	if (strcasecmp(s, "default") == 0)
		return *out = -1, true;
	for (short i = 0; i < 8; i++)
		if (strcasecmp(s, names[i]) == 0)
			return *out = i, true;
	char *end;
	long v = strtol(s, &end, 10);
	if (end == s || *end || v < 0 || v > 255)
		return false;
	*out = (short)v;
	return true;
}

static bool parse_attr(const char *s, attr_t *attr)
{
	static const struct {
		const char *name;
		attr_t attr;
	} attrs[] = {{"normal", A_NORMAL},
	             {"bold", A_BOLD},
	             {"underline", A_UNDERLINE},
	             {"reverse", A_REVERSE},
	             {"dim", A_DIM},
	             {"standout", A_STANDOUT},
	             {"blink", A_BLINK}};
	for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++)
		if (strcasecmp(s, attrs[i].name) == 0)
			return *attr |= attrs[i].attr, true;
	return false;
}

/* color ROLE FG BG [ATTR...] */
static void line_color(char **w, int n, int line, struct diag_list *bad)
{
	enum role r;
	short fg, bg;
	attr_t attr = A_NORMAL;
	if (n < 4) {
		diag_add(bad, DIAG_WARNING, line,
		         "write 'color ROLE FOREGROUND BACKGROUND "
		         "[ATTRIBUTE...]'");
		return;
	}
	if ((r = theme_role_by_name(w[1])) == R_COUNT) {
		diag_add(bad, DIAG_WARNING, line,
		         "'%s' is no part of the screen (see the man "
		         "page's CONFIGURATION)",
		         w[1]);
		return;
	}
	if (!parse_color(w[2], &fg) || !parse_color(w[3], &bg)) {
		diag_add(bad, DIAG_WARNING, line,
		         "'%s %s': a colour is black, red, green, "
		         "yellow, blue, magenta, cyan, white, default "
		         "or 0 to 255",
		         w[2], w[3]);
		return;
	}
	for (int i = 4; i < n; i++)
		if (!parse_attr(w[i], &attr)) {
			diag_add(bad, DIAG_WARNING, line,
			         "'%s' is not bold, underline, reverse, "
			         "dim, standout, blink or normal",
			         w[i]);
			return;
		}
	theme_color(r, fg, bg, attr);
}

/* bind KEY ACTION */
static void line_bind(char **w, int n, int line, struct diag_list *bad)
{
	int key;
	enum action act;
	if (n != 3) {
		diag_add(bad, DIAG_WARNING, line, "write 'bind KEY ACTION'");
		return;
	}
	if (!keys_parse(w[1], &key)) {
		diag_add(bad, DIAG_WARNING, line,
		         "'%s' is not a key (a character, C-x, F1 to "
		         "F12, or a name as the help writes it)",
		         w[1]);
		return;
	}
	if ((act = keys_action_by_name(w[2])) == ACT_NONE) {
		diag_add(bad, DIAG_WARNING, line,
		         "'%s' is no action (the names are in the man "
		         "page's CONFIGURATION)",
		         w[2]);
		return;
	}
	if (!keys_bind(key, act))
		diag_add(bad, DIAG_WARNING, line, "more than %d bindings",
		         KEYS_USER_MAX);
}

/* set NAME [=] VALUE... */
static void line_set(char **w, int n, int line, struct config *c,
                     struct diag_list *bad)
{
	char value[256] = "";
	int first = n > 2 && strcmp(w[2], "=") == 0 ? 3 : 2;
	for (int i = first; i < n; i++) {
		size_t len = strlen(value);
		snprintf(value + len, sizeof value - len, "%s%s",
		         i > first ? " " : "", w[i]);
	}
	if (n < 2 || !value[0]) {
		diag_add(bad, DIAG_WARNING, line, "write 'set NAME = VALUE'");
		return;
	}
	if (strcmp(w[1], "default-region") == 0) {
		size_t len = strlen(value);
		if (len >= sizeof c->default_region) {
			diag_add(bad, DIAG_WARNING, line,
			         "the region's name is too long");
			return;
		}
		memcpy(c->default_region, value, len + 1);
		return;
	}
	if (strcmp(w[1], "equity-value") == 0) {
		struct error err = {0};
		double pct;
		if (!input_percent(value, 100, &pct, &err)) {
			diag_add(bad, DIAG_WARNING, line,
			         "equity-value '%s': %s", value, err.msg);
			return;
		}
		snprintf(c->equity_value, sizeof c->equity_value, "%g", pct);
		return;
	}
	diag_add(bad, DIAG_WARNING, line,
	         "no setting '%s' (default-region, equity-value)", w[1]);
}

static void config_line(char *text, int line, struct config *c,
                        struct diag_list *bad)
{
	char *w[CONFIG_MAX_WORDS];
	int n = split(text, w);
	if (n < 0) {
		diag_add(bad, DIAG_WARNING, line, "a quote is not closed");
		return;
	}
	if (n == 0)
		return;
	if (strcmp(w[0], "set") == 0)
		line_set(w, n, line, c, bad);
	else if (strcmp(w[0], "color") == 0)
		line_color(w, n, line, bad);
	else if (strcmp(w[0], "bind") == 0)
		line_bind(w, n, line, bad);
	else
		diag_add(bad, DIAG_WARNING, line,
		         "'%s' is not set, color or bind", w[0]);
}

bool config_load(const char *path, struct config *c, struct diag_list *bad)
{
	struct stat st;
	char *text;
	size_t len;
	if (stat(path, &st) != 0 && errno == ENOENT)
		return false;
	if (!guide_file_read(path, &text, &len, bad))
		return true;
	int line = 1;
	for (char *p = text, *nl; p < text + len; p = nl + 1, line++) {
		nl = memchr(p, '\n', (size_t)(text + len - p));
		if (!nl)
			nl = text + len;
		*nl = '\0';
		config_line(p, line, c, bad);
	}
	free(text);
	return true;
}

void config_apply(struct tui *t)
{
	char path[512];
	struct diag_list bad = {0};

	keys_unbind_all();
	memset(&t->config, 0, sizeof t->config);
	if (!config_default_path(path, sizeof path) ||
	    !config_load(path, &t->config, &bad))
		return;
	for (size_t i = 0; i < bad.count; i++)
		if (bad.items[i].line > 0)
			status_note(t, "%s:%d: %s", path, bad.items[i].line,
			            bad.items[i].message);
		else
			status_note(t, "%s: %s", path, bad.items[i].message);
	if (bad.count > 0)
		status_message(t,
		               "%s: %zu line%s not used (ignored) — ! shows "
		               "them",
		               path, bad.count, bad.count == 1 ? "" : "s");
	diag_list_free(&bad);
}
