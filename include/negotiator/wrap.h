/* wrap.h - the one word wrapper: break text into lines that fit a width
 * in terminal columns, for the TUI's panes and the command line alike. */
#ifndef NEGOTIATOR_WRAP_H
#define NEGOTIATOR_WRAP_H

#include <stddef.h>

struct wrap_line {
	size_t start, len; /* bytes of the source text */
	size_t width;      /* columns */
};

/* Break s[0..len) into lines of at most `width` columns (at least 1),
 * at spaces where possible; '\n' always breaks; a word wider than the
 * width is cut at a character boundary.  The spaces at a break are left
 * out of both lines.  *lines is allocated (free it); returns the count,
 * at least 1 (an empty line for empty text). */
size_t wrap_text(const char *s, size_t len, int width,
                 struct wrap_line **lines);
/* The same with every line but the first `hang` columns narrower (they
 * are indented that much more: a "- " item's later lines). */
size_t wrap_text_hanging(const char *s, size_t len, int width, int hang,
                         struct wrap_line **lines);

#endif
