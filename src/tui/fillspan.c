/* fillspan.c - runs of a filled script's line (see fillspan.h). */
#include "tui/fillspan.h"

static size_t seg_add(struct text_seg *out, size_t count, size_t max, size_t start,
                      size_t end, size_t line_end, int kind)
{
	if (end <= start)
		return count;
	if (count + 1 == max && end < line_end) {
		/* No room left: the rest of the line as one plain run. */
		out[count] =
			(struct text_seg){start, line_end - start, SEG_PLAIN};
		return max;
	}
	out[count] = (struct text_seg){start, end - start, kind};
	return count + 1;
}

size_t fillspan_segments(const struct fill_span *spans, size_t n, size_t start,
                         size_t len, struct text_seg *out, size_t max)
{
	size_t end = start + len, at = start, count = 0, i;

	if (max == 0 || len == 0)
		return 0;
	for (i = 0; i < n && count < max; i++) {
		size_t s = spans[i].start, e = spans[i].end;
		if (e <= at || s >= end)
			continue;
		if (s < at)
			s = at;
		if (e > end)
			e = end;
		count = seg_add(out, count, max, at, s, end, SEG_PLAIN);
		if (count >= max)
			return count;
		count = seg_add(out, count, max, s, e, end, (int)spans[i].kind);
		at = e;
	}
	if (count < max)
		count = seg_add(out, count, max, at, end, end, SEG_PLAIN);
	return count;
}
