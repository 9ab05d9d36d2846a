/* mdrender.h - render a guide's Markdown body into styled lines.
 *
 * Pure: no curses.  Parses with cmark-gfm (tables on), within the bound
 * on its memory (markdown.h), and lays out
 * headings, emphasis, lists, block quotes, code and tables (drawn with
 * line characters) wrapped to a width.  Every piece of text from the
 * body goes through text_clean() on the way, so a line never holds a
 * control character.
 */
#ifndef NEGOTIATOR_TUI_MDRENDER_H
#define NEGOTIATOR_TUI_MDRENDER_H

#include <stdbool.h>
#include <stddef.h>

enum md_style {
	MD_BOLD = 1 << 0,
	MD_EMPH = 1 << 1,
	MD_CODE = 1 << 2,
	MD_HEADING = 1 << 3,
	MD_QUOTE = 1 << 4,
	MD_LINK = 1 << 5,
	MD_RULE = 1 << 6, /* borders, bullets and rules */
	MD_TABLE_HEAD = 1 << 7
};

struct md_span {
	size_t start, len; /* bytes of the line's text */
	unsigned style;
};

struct md_line {
	char *text; /* UTF-8, no control characters, no newline */
	size_t len;
	struct md_span *spans; /* cover the text in order */
	size_t span_count;
};

/* What a layout may hold, lines and spans and text counted: past it the
 * rest of the body is not laid out, and a last line says so (a 1 MiB
 * guide of two-byte lines would otherwise take over 60 MB). */
#define MDRENDER_MAX_BYTES (8u * 1024u * 1024u)

struct md_doc {
	struct md_line *lines;
	size_t count, cap;
	size_t bytes;   /* what the lines hold, about (MDRENDER_MAX_BYTES) */
	size_t dropped; /* lines past the bound, not kept */
};

/* Render md[0..len) at `width` columns (at least 10) into doc, which
 * is reset first.  Never fails: text that cmark cannot place still comes
 * out as plain lines. */
void mdrender_doc(const char *md, size_t len, int width, struct md_doc *doc);
/* The same without cmark-gfm: each line of text cleaned and wrapped, as
 * it is.  For a body past the limits on Markdown (guide.body_refused), and
 * what mdrender_doc falls back to when cmark-gfm would need more memory
 * than its bound (markdown.h). */
void mdrender_plain(const char *text, size_t len, int width,
                    struct md_doc *doc);
void mdrender_free(struct md_doc *doc);

/* The next line at or after `from` (forward) or at or before it
 * (backward) that holds needle, case-insensitively (ASCII letters);
 * wraps around the document.  Returns false when no line holds it. */
bool mdrender_search(const struct md_doc *doc, const char *needle, size_t from,
                     bool forward, size_t *line);
/* How many lines hold needle (as mdrender_search matches it); *at gets
 * the number of those up to and including `line` ("3" of "3 of 12"). */
size_t mdrender_count(const struct md_doc *doc, const char *needle, size_t line,
                      size_t *at);

#endif
