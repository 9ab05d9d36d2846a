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

/* The syntax tree of a short text known to be safe (a few lines of a
 * guide's head); free it with cmark_node_free. */
cmark_node *markdown_parse_text(const char *s, size_t len);

/* The flat text of a node (a heading, a cell): text and code, line
 * breaks as spaces, emphasis dropped. */
void markdown_node_text(cmark_node *node, struct strbuf *out);

/* The syntax tree of g->body (free it with cmark_node_free), or NULL
 * when there is no body or it is refused (g->body_refused, a warning in
 * g->diags).  Lines nested too deep are blanked in g->body itself, with
 * one warning; *deep_warned says so. */
cmark_node *markdown_parse_body(struct guide *g, bool *deep_warned);

#endif
