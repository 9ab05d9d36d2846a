/* draw.c - UTF-8 text into curses windows (see draw.h). */
#include "tui/draw.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "negotiator/text.h"
#include "tui/lineedit.h"
#include "negotiator/utf8.h"

int draw_text(WINDOW *w, int y, int x, const char *s, size_t len, int maxw,
              enum role r)
{
	wchar_t buf[128];
	size_t i = 0, nb = 0;
	int used = 0;

	if (maxw <= 0 || !s)
		return 0;
	theme_set(w, r);
	wmove(w, y, x);
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		int cw;

		if (!utf8_cp_printable(cp))
			cp = UTF8_REPLACEMENT;
		cw = utf8_cp_width(cp);
		if (used + cw > maxw)
			break;
		/* A combining mark never starts a run. */
		if (cw == 0 && nb == 0 && used == 0) {
			i += n;
			continue;
		}
		buf[nb++] = (wchar_t)cp;
		used += cw;
		i += n;
		if (nb == sizeof buf / sizeof buf[0] - 1) {
			waddnwstr(w, buf, (int)nb);
			nb = 0;
		}
	}
	if (nb)
		waddnwstr(w, buf, (int)nb);
	return used;
}

int draw_str(WINDOW *w, int y, int x, const char *s, int maxw, enum role r)
{
	return s ? draw_text(w, y, x, s, strlen(s), maxw, r) : 0;
}

int draw_guide_str(WINDOW *w, int y, int x, const char *s, int maxw,
                   enum role r)
{
	char *clean;
	int n;

	if (!s)
		return 0;
	clean = text_clean(s, strlen(s), false);
	n = draw_str(w, y, x, clean, maxw, r);
	free(clean);
	return n;
}

int draw_str_cut(WINDOW *w, int y, int x, const char *s, int maxw,
                 enum role r)
{
	char *clean;
	size_t len, used = 0, fit;
	int n;

	if (!s || maxw <= 0)
		return 0;
	clean = text_clean(s, strlen(s), false);
	len = strlen(clean);
	if (utf8_width(clean, len) <= (size_t)maxw) {
		n = draw_text(w, y, x, clean, len, maxw, r);
	} else {
		fit = utf8_fit(clean, len, (size_t)maxw - 1, &used);
		n = draw_text(w, y, x, clean, fit, maxw - 1, r);
		n += draw_str(w, y, x + n, "…", 1, r);
	}
	free(clean);
	return n;
}

int draw_cp(WINDOW *w, int y, int x, uint32_t cp, enum role r)
{
	char enc[4];
	size_t n = utf8_encode(cp, enc);

	return draw_text(w, y, x, enc, n, 2, r);
}

void draw_fill(WINDOW *w, int y, int x, int n, enum role r)
{
	if (n <= 0)
		return;
	theme_set(w, r);
	wmove(w, y, x);
	/* waddch, unlike whline, takes the window's attributes. */
	while (n-- > 0)
		waddch(w, ' ');
}

void draw_line_bg(WINDOW *w, int y, enum role r)
{
	draw_fill(w, y, 0, getmaxx(w), r);
}

int draw_fmt(WINDOW *w, int y, int x, int maxw, enum role r,
             const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return draw_str(w, y, x, buf, maxw, r);
}

void draw_editor(WINDOW *w, int y, int x, int width,
                 const struct lineedit *le, enum role r, int *cur_x)
{
	size_t start;
	int used;

	if (width <= 0)
		return;
	start = lineedit_view_start(le, (size_t)width, 0);
	draw_fill(w, y, x, width, r);
	used = draw_str(w, y, x, lineedit_text(le) + start, width, r);
	(void)used;
	if (cur_x)
		*cur_x = x + (int)utf8_width(lineedit_text(le) + start, le->cur - start);
}
