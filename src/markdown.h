/* markdown.h - internal: a guide's body into cmark-gfm's syntax tree,
 * within the limits that keep cmark-gfm fast (see markdown.c). */
#ifndef NEGOTIATOR_MARKDOWN_H
#define NEGOTIATOR_MARKDOWN_H

#include <stdbool.h>

#include <cmark-gfm.h>

#include "negotiator/guide.h"

/* A line with more '|' than this is not handed to cmark-gfm. */
#define MARKDOWN_MAX_COLUMNS 128

struct strbuf;

/* The flat text of a node (a heading, a cell): text and code, line
 * breaks as spaces, emphasis dropped. */
void markdown_node_text(cmark_node *node, struct strbuf *out);

/* cmark-gfm's tree costs some 400 bytes a table cell or a text run, so a
 * body of tiny cells or runs took over 200 times its size (a 1 MB table:
 * 232 MB).  Its memory is counted as it parses, and a parse that would
 * pass MARKDOWN_MEMORY_FACTOR times the text's size plus
 * MARKDOWN_MEMORY_FLOOR is stopped there: the body is then read piece by
 * piece, and a piece past its own bound is left out (one warning each).
 * No guide's body costs cmark-gfm more (issue 13.15). */
#define MARKDOWN_MEMORY_FACTOR 16
#define MARKDOWN_MEMORY_FLOOR (4u * 1024u * 1024u)

/* A tree parsed within that bound (free it with markdown_tree_free). */
struct markdown_tree {
	cmark_node *doc;
	struct md_arena *arena;
	size_t peak; /* the most cmark-gfm held at once, in bytes */
	int line0;   /* lines of the text before the part parsed */
};

/* Parse text (len bytes) with cmark-gfm: the engine's options and
 * extensions (table, strikethrough) when engine, else the reader's
 * (table).  False when the parse would pass the bound; *needed then
 * holds the bytes it had reached. */
bool markdown_tree_parse(const char *text, size_t len, bool engine,
                         struct markdown_tree *out, size_t *needed);
void markdown_tree_free(struct markdown_tree *t);
/* The bound for a text of len bytes. */
size_t markdown_memory_bound(size_t len);

/* Where the piece of s[pos..len) that starts at pos ends: before the
 * next ATX heading at the start of a line outside a code fence, which
 * closes every block open before it, so that each piece parses alone
 * much as it does in the whole text. */
size_t markdown_piece_end(const char *s, size_t len, size_t pos);

/* Blank, in g->body, the lines nested too deep for cmark-gfm (what
 * markdown_body_next does first); warn says so in g->diags.  True when
 * a line was blanked. */
bool markdown_blank_deep_lines(struct guide *g, bool warn);

/* Where the reading of g->body is (zero it before the first call). */
struct markdown_cursor {
	size_t pos;
	int line0;
	bool started, pieces;
	bool deep_warned; /* lines nested too deep were blanked, and said */
};
/* The syntax tree of g->body, in turn: the whole body at once when
 * cmark-gfm parses it within the bound, else each piece (see
 * markdown_piece_end) within its own, a piece past it left out with a
 * warning naming its lines (out->doc NULL).  out->line0 counts the body's
 * lines before the piece.  False when there is nothing more: no body,
 * or a body refused (g->body_refused, a warning in g->diags).  Lines
 * nested too deep are blanked in g->body itself first, with one warning.
 * Free each tree with markdown_tree_free. */
bool markdown_body_next(struct guide *g, struct markdown_cursor *cur,
                        struct markdown_tree *out);

#endif
