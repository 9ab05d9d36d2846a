/* wrap.c - greedy word wrap by display columns (see wrap.h). */
#include "negotiator/wrap.h"

#include <stdint.h>

#include "negotiator/text.h"
#include "negotiator/utf8.h"

static void wrap_push(struct wrap_line **lines, size_t *count, size_t *cap,
                      const char *s, size_t start, size_t end)
{
	/* Spaces at the end of a line are dropped. */
	while (end > start && s[end - 1] == ' ')
		end--;
	*lines = xgrow(*lines, cap, *count + 1, sizeof **lines);
	(*lines)[*count].start = start;
	(*lines)[*count].len = end - start;
	(*lines)[*count].width = utf8_width(s + start, end - start);
	(*count)++;
}

size_t wrap_text(const char *s, size_t len, int width, struct wrap_line **lines)
{
	return wrap_text_hanging(s, len, width, 0, lines);
}

size_t wrap_text_hanging(const char *s, size_t len, int width, int hang,
                         struct wrap_line **lines)
{
	size_t count = 0, cap = 0;
	size_t i = 0, start = 0, col = 0;
	size_t brk = 0; /* byte after the last space seen on this line */
	size_t first = width < 1 ? 1 : (size_t)width;
	size_t later = width - hang < 1 ? 1 : (size_t)(width - hang);
	int after_wrap = 0; /* the last break was made for width, not '\n' */

	*lines = NULL;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		size_t cw;

		if (cp == '\n') {
			wrap_push(lines, &count, &cap, s, start, i);
			i += n;
			start = i;
			col = 0;
			brk = 0;
			after_wrap = 0;
			continue;
		}
		if (cp == ' ' && i == start && after_wrap) {
			/* No line starts with the space of a break. */
			i += n;
			start = i;
			continue;
		}
		cw = (size_t)utf8_cp_width(cp);
		size_t w = count == 0 ? first : later;
		if (col + cw > w && col > 0) {
			after_wrap = 1;
			if (cp == ' ') {
				wrap_push(lines, &count, &cap, s, start, i);
				i += n;
				start = i;
				col = 0;
				brk = 0;
				continue;
			}
			if (brk > start) {
				wrap_push(lines, &count, &cap, s, start, brk);
				start = brk;
			} else {
				wrap_push(lines, &count, &cap, s, start, i);
				start = i;
			}
			brk = 0;
			col = utf8_width(s + start, i - start);
			continue;
		}
		col += cw;
		i += n;
		if (cp == ' ')
			brk = i;
	}
	if (start < len || count == 0)
		wrap_push(lines, &count, &cap, s, start, len);
	return count;
}
