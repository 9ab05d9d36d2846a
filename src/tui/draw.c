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

	/* Outside the window, curses would draw where the cursor was. */
	if (maxw <= 0 || !s || y < 0 || x < 0 || y >= getmaxy(w) ||
	    x >= getmaxx(w))
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
		const char *alt = utf8_standin(cp);
		if (alt) {
			/* An ASCII terminal: the stand-in, measured as such. */
			while (*alt && nb < sizeof buf / sizeof buf[0] - 1)
				buf[nb++] = (wchar_t)(unsigned char)*alt++;
		} else {
			buf[nb++] = (wchar_t)cp;
		}
		used += cw;
		i += n;
		if (nb >= sizeof buf / sizeof buf[0] - 8) {
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

int draw_str_cut(WINDOW *w, int y, int x, const char *s, int maxw, enum role r)
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
		/* "…" is three columns where it is drawn as "...". */
		int ew = (int)utf8_width("…", strlen("…"));
		fit = utf8_fit(clean, len, maxw > ew ? (size_t)(maxw - ew) : 0,
		               &used);
		n = draw_text(w, y, x, clean, fit, maxw - ew, r);
		n += draw_str(w, y, x + n, "…", maxw - n, r);
	}
	free(clean);
	return n;
}

void draw_path_fit(char *out, size_t size, const char *path, int cols)
{
	size_t len = strlen(path), from;
	int ew = (int)utf8_width("…", strlen("…"));
	const char *slash;

	if (cols <= ew || utf8_width(path, len) <= (size_t)cols) {
		snprintf(out, size, "%s", path);
		return;
	}
	from = utf8_fit_tail(path, len, (size_t)(cols - ew));
	/* From the next folder's boundary, when the name after it fits. */
	slash = memchr(path + from, '/', len - from);
	if (from > 0 && path[from - 1] != '/' && slash && slash[1])
		from = (size_t)(slash - path);
	snprintf(out, size, "…%s", path + from);
}

int draw_cp(WINDOW *w, int y, int x, uint32_t cp, enum role r)
{
	char enc[4];
	size_t n = utf8_encode(cp, enc);

	return draw_text(w, y, x, enc, n, 2, r);
}

void draw_box(WINDOW *w, enum role r)
{
	int h = getmaxy(w), wd = getmaxx(w), i;

	/* As text, not the terminal's line-drawing set: the same glyphs as
	 * the rest of the screen, and ASCII where only that shows. */
	draw_str(w, 0, 0, "┌", 1, r);
	draw_str(w, h - 1, 0, "└", 1, r);
	for (i = 1; i < wd - 1; i++) {
		draw_str(w, 0, i, "─", 1, r);
		draw_str(w, h - 1, i, "─", 1, r);
	}
	draw_str(w, 0, wd - 1, "┐", 1, r);
	draw_str(w, h - 1, wd - 1, "┘", 1, r);
	for (i = 1; i < h - 1; i++) {
		draw_str(w, i, 0, "│", 1, r);
		draw_str(w, i, wd - 1, "│", 1, r);
	}
}

void draw_fill(WINDOW *w, int y, int x, int n, enum role r)
{
	if (n <= 0 || y < 0 || y >= getmaxy(w) || x < 0 || x >= getmaxx(w))
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

int draw_fmt(WINDOW *w, int y, int x, int maxw, enum role r, const char *fmt,
             ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return draw_str(w, y, x, buf, maxw, r);
}

void draw_editor(WINDOW *w, int y, int x, int width, const struct lineedit *le,
                 enum role r, int *cur_x)
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
		*cur_x = x + (int)utf8_width(lineedit_text(le) + start,
		                             le->cur - start);
}
