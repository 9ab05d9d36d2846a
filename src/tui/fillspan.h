/* fillspan.h - cut a line of a filled script into runs by what they are
 * (plain text, an amount from the offer, an answer, a placeholder still
 * to answer), for drawing each in its own look.  Pure: no curses. */
#ifndef NEGOTIATOR_TUI_FILLSPAN_H
#define NEGOTIATOR_TUI_FILLSPAN_H

#include <stddef.h>

#include "negotiator/fill.h"

#define SEG_PLAIN (-1)

struct text_seg {
	size_t start, len; /* bytes of the whole text */
	int kind;          /* SEG_PLAIN or an enum fill_kind */
};

/* The runs of text[start..start+len) given the spans (sorted by start,
 * not overlapping).  At most max runs; when there would be more, the
 * last one takes the rest of the line as plain text.  Returns the count
 * (0 only for an empty line). */
size_t fillspan_segments(const struct fill_span *spans, size_t n, size_t start,
                         size_t len, struct text_seg *out, size_t max);

#endif
