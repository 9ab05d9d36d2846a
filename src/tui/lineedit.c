/* lineedit.c - a one-line UTF-8 editor (see lineedit.h). */
#include "tui/lineedit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "negotiator/utf8.h"

void lineedit_init(struct lineedit *le)
{
	le->buf[0] = '\0';
	le->len = 0;
	le->cur = 0;
	le->cut = false;
}

void lineedit_set(struct lineedit *le, const char *s)
{
	lineedit_init(le);
	lineedit_insert_text(le, s ? s : "");
}

static void remove_range(struct lineedit *le, size_t from, size_t to)
{
	memmove(le->buf + from, le->buf + to, le->len - to + 1);
	le->len -= to - from;
	le->cut = false;
	if (le->cur >= to)
		le->cur -= to - from;
	else if (le->cur > from)
		le->cur = from;
}

bool lineedit_insert(struct lineedit *le, uint32_t cp)
{
	char enc[4];
	size_t n;

	if (!utf8_cp_printable(cp))
		return false;
	n = utf8_encode(cp, enc);
	if (n == 0)
		return false;
	if (le->len + n >= LINEEDIT_MAX) {
		le->cut = true;
		return false;
	}
	memmove(le->buf + le->cur + n, le->buf + le->cur,
	        le->len - le->cur + 1);
	memcpy(le->buf + le->cur, enc, n);
	le->len += n;
	le->cur += n;
	return true;
}

size_t lineedit_insert_text(struct lineedit *le, const char *s)
{
	size_t i = 0, len = strlen(s), n;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		/* A pasted tab or newline becomes a space rather than
		 * ending the paste. */
		if (cp == '\t' || cp == '\n')
			cp = ' ';
		if (cp == '\r') {
			i += n;
			continue;
		}
		if (!lineedit_insert(le, cp))
			break;
		i += n;
	}
	return i;
}

static bool is_space(char c)
{
	return c == ' ';
}

bool lineedit_apply(struct lineedit *le, enum le_cmd cmd)
{
	size_t p;

	switch (cmd) {
	case LE_LEFT:
		if (le->cur == 0)
			return false;
		le->cur = utf8_prev(le->buf, le->cur);
		return true;
	case LE_RIGHT: {
		uint32_t cp;
		if (le->cur >= le->len)
			return false;
		le->cur +=
			utf8_decode(le->buf + le->cur, le->len - le->cur, &cp);
		return true;
	}
	case LE_HOME:
		if (le->cur == 0)
			return false;
		le->cur = 0;
		return true;
	case LE_END:
		if (le->cur == le->len)
			return false;
		le->cur = le->len;
		return true;
	case LE_BACKSPACE:
		if (le->cur == 0)
			return false;
		remove_range(le, utf8_prev(le->buf, le->cur), le->cur);
		return true;
	case LE_DELETE: {
		uint32_t cp;
		if (le->cur >= le->len)
			return false;
		remove_range(le, le->cur,
		             le->cur + utf8_decode(le->buf + le->cur,
		                                   le->len - le->cur, &cp));
		return true;
	}
	case LE_KILL_END:
		if (le->cur >= le->len)
			return false;
		remove_range(le, le->cur, le->len);
		return true;
	case LE_KILL_START:
		if (le->cur == 0)
			return false;
		remove_range(le, 0, le->cur);
		return true;
	case LE_KILL_WORD:
		if (le->cur == 0)
			return false;
		p = le->cur;
		while (p > 0 && is_space(le->buf[p - 1]))
			p--;
		while (p > 0 && !is_space(le->buf[p - 1]))
			p = utf8_prev(le->buf, p);
		remove_range(le, p, le->cur);
		return true;
	case LE_CLEAR:
		if (le->len == 0)
			return false;
		lineedit_init(le);
		return true;
	}
	return false;
}

size_t lineedit_cursor_col(const struct lineedit *le)
{
	return utf8_width(le->buf, le->cur);
}

size_t lineedit_view_start(const struct lineedit *le, size_t width, size_t prev)
{
	size_t start = prev > le->cur ? le->cur : prev;

	if (width == 0)
		return le->cur;
	/* Keep one column free for the cursor past the last character. */
	while (start < le->cur &&
	       utf8_width(le->buf + start, le->cur - start) + 1 > width) {
		uint32_t cp;
		start += utf8_decode(le->buf + start, le->len - start, &cp);
	}
	return start;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folder a path as typed names (up to its last '/'), as a path to
 * open: "." for none, "~/" from home. */
static void folder_of(const char *text, size_t dir_len, const char *home,
                      char *buf, size_t size)
{
	if (dir_len == 0)
		snprintf(buf, size, ".");
	else if (home && text[0] == '~' && text[1] == '/')
		snprintf(buf, size, "%s/%.*s", home, (int)(dir_len - 2),
		         text + 2);
	else
		snprintf(buf, size, "%.*s", (int)dir_len, text);
}

/* Every name in the folder that starts with part, sorted; folders end
 * with '/'. */
static size_t names_from(const char *folder, const char *part, char ***out)
{
	size_t n = 0, cap = 0, plen = strlen(part);
	char **v = NULL, path[4352];
	struct dirent *e;
	DIR *d = opendir(folder);

	*out = NULL;
	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		size_t len = strlen(e->d_name);
		if (strncmp(e->d_name, part, plen) != 0 ||
		    strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0 ||
		    (e->d_name[0] == '.' && part[0] != '.'))
			continue;
		if (n == cap) {
			char **grown;
			cap = cap ? 2 * cap : 16;
			grown = realloc(v, cap * sizeof *v);
			if (!grown)
				break;
			v = grown;
		}
		snprintf(path, sizeof path, "%s/%s", folder, e->d_name);
		v[n] = malloc(len + 2);
		if (!v[n])
			break;
		memcpy(v[n], e->d_name, len + 1);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			memcpy(v[n] + len, "/", 2);
		n++;
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, name_cmp);
	*out = v;
	return n;
}

size_t lineedit_complete_path(struct lineedit *le, const char *home,
                              char *choices, size_t size)
{
	char folder[4096], **names;
	const char *slash = strrchr(le->buf, '/');
	size_t dir_len = slash ? (size_t)(slash - le->buf) + 1 : 0;
	size_t n, k, common, used = 0;

	if (size)
		choices[0] = '\0';
	le->cur = le->len;
	folder_of(le->buf, dir_len, home, folder, sizeof folder);
	n = names_from(folder, le->buf + dir_len, &names);
	/* What every name shares, as far as the buffer takes it. */
	common = n ? strlen(names[0]) : 0;
	for (k = 1; k < n; k++) {
		size_t i = 0;
		while (i < common && names[k][i] == names[0][i])
			i++;
		common = i;
	}
	/* Whole characters only: not into a UTF-8 sequence. */
	while (common > 0 && ((unsigned char)names[0][common] & 0xC0) == 0x80)
		common--;
	if (n) {
		char add[LINEEDIT_MAX];
		size_t typed = le->len - dir_len;
		if (common > typed) {
			snprintf(add, sizeof add, "%.*s", (int)(common - typed),
			         names[0] + typed);
			lineedit_insert_text(le, add);
		}
	}
	for (k = 0; k < n && n > 1; k++) {
		int w = snprintf(choices + used, size > used ? size - used : 0,
		                 "%s%s", k ? "  " : "", names[k]);
		if (w < 0 || used + (size_t)w >= size) {
			if (size > used)
				choices[used] = '\0';
			break;
		}
		used += (size_t)w;
	}
	for (k = 0; k < n; k++)
		free(names[k]);
	free(names);
	return n;
}
