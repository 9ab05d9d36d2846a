/* libFuzzer harness: the TUI's Markdown renderer (src/tui/mdrender.c).
 *
 * mdrender_doc is pure (no curses) and draws a guide's body in the reader
 * pane, so every byte of it comes from an untrusted file.  The first
 * input byte picks the width; the rest is the Markdown.  Besides the
 * sanitizers, it aborts when a rendered line holds a control character,
 * its length is wrong, or its style spans leave the text.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/mdrender.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void broken(size_t line, const char *why)
{
	fprintf(stderr, "fuzz_mdrender: line %zu: %s\n", line, why);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct md_doc doc;
	size_t i, k, found;
	int width;

	if (size == 0)
		return 0;
	width = 10 + data[0] % 150;
	memset(&doc, 0, sizeof doc);
	mdrender_doc((const char *)data + 1, size - 1, width, &doc);
	for (i = 0; i < doc.count; i++) {
		const struct md_line *l = &doc.lines[i];
		size_t at = 0;

		if (l->len && !l->text)
			broken(i, "no text but a length");
		if (!l->text)
			continue;
		if (strlen(l->text) != l->len)
			broken(i, "len is not the text's length");
		if (!text_is_clean(l->text, false))
			broken(i, "the text is not clean");
		for (k = 0; k < l->span_count; k++) {
			const struct md_span *s = &l->spans[k];

			if (s->start < at || s->start > l->len ||
			    s->len > l->len - s->start)
				broken(i,
				       "a span is out of order or of the text");
			at = s->start + s->len;
		}
	}
	(void)mdrender_search(&doc, "a", 0, true, &found);
	(void)mdrender_search(&doc, "\xe2\x82\xac",
	                      doc.count ? doc.count - 1 : 0, false, &found);
	mdrender_free(&doc);
	return 0;
}
