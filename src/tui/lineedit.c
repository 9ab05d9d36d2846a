/* lineedit.c - a one-line UTF-8 editor (see lineedit.h). */
#include "tui/lineedit.h"

#include <string.h>

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
