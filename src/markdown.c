/* markdown.c - a guide's Markdown body into cmark-gfm's syntax tree, but
 * only when that is safe: within the size limit, and without the shapes
 * on which cmark-gfm is slow or greedy. */
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "markdown.h"
#include "negotiator/text.h"


/* cmark-gfm 0.29.0.gfm.6 (what distributions ship) has superlinear paths
 * on hostile input: a table header row costs the square of its columns,
 * every short row is padded to the header's width, and runs of "![[]()"
 * are quadratic in the paragraph.  A guide needs none of that, so a body
 * beyond these bounds is not parsed at all (one warning) rather than
 * hanging or exhausting memory. */
#define BODY_MAX_COLUMNS MARKDOWN_MAX_COLUMNS /* '|' on one line */
#define BODY_MAX_TABLE_CELLS 1000000  /* lines x columns, blocks summed */
#define BODY_MAX_BRACKETS 1000        /* '[' in one blank-line block */
/* Container markers ('>', list bullets, two spaces of indent) opening one
 * line: cmark-gfm's memory grows with nesting (a 4 MiB file of '>' costs
 * it about 1 GB), so a body nested far past GUIDE_MAX_MD_DEPTH is not
 * handed to it at all. */
#define BODY_MAX_LINE_NESTING (4 * GUIDE_MAX_MD_DEPTH)

static bool blank_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* How many containers the start of a line can open: block-quote and list
 * markers, and every two columns of indentation. */
static size_t line_nesting(const char *s, size_t n)
{
	size_t markers = 0, spaces = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '>' || c == '-' || c == '*' || c == '+')
			markers++;
		else if (c == ' ')
			spaces++;
		else if (c == '\t')
			spaces += 4;
		else
			break;
	}
	return markers + spaces / 2;
}

/* A copy of the body with every line that opens more than
 * BODY_MAX_LINE_NESTING containers left blank (line numbers stay), and one
 * warning; NULL when no line does. */
static char *body_drop_deep_lines(struct guide *g, const char *s, size_t len)
{
	char *copy = NULL;
	size_t pos = 0, dropped = 0;
	int line = g->body_line > 0 ? g->body_line : 1, first = 0;

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (s + pos)) : len - pos;
		if (line_nesting(s + pos, n) > BODY_MAX_LINE_NESTING) {
			if (!copy) {
				copy = xstrndup(s, len);
				first = line;
			}
			memset(copy + pos, ' ', n);
			dropped++;
		}
		pos += n + 1;
		line++;
	}
	if (copy)
		diag_add(&g->diags, DIAG_WARNING, first,
		         "Markdown nested more than %d levels deep on %zu line%s; "
		         "those lines are left out",
		         BODY_MAX_LINE_NESTING, dropped, dropped == 1 ? "" : "s");
	return copy;
}

/* True when the body is safe to hand to cmark-gfm; else warns once. */
static bool body_guard(struct guide *g, const char *s, size_t len)
{
	size_t pos = 0, lines = 0, max_pipes = 0, brackets = 0;
	size_t cells = 0;
	int line = g->body_line > 0 ? g->body_line : 1, block_line = line;

	while (pos <= len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (s + pos)) : len - pos, i, pipes = 0;
		bool blank = blank_line(s + pos, n);

		if (!blank) {
			if (lines == 0)
				block_line = line;

			for (i = 0; i < n; i++) {
				pipes += s[pos + i] == '|';
				brackets += s[pos + i] == '[';
			}
			if (pipes > BODY_MAX_COLUMNS) {
				diag_add(&g->diags, DIAG_WARNING, line,
				         "body not read: a line holds more than "
				         "%d table columns", BODY_MAX_COLUMNS);
				return false;
			}
			if (brackets > BODY_MAX_BRACKETS) {
				diag_add(&g->diags, DIAG_WARNING, block_line,
				         "body not read: a paragraph holds more "
				         "than %d '[' characters",
				         BODY_MAX_BRACKETS);
				return false;
			}
			lines++;
			if (pipes > max_pipes)
				max_pipes = pipes;
		}
		if (blank || !nl) {
			if (max_pipes > 0)
				cells += lines * (max_pipes + 1);
			if (cells > BODY_MAX_TABLE_CELLS) {
				diag_add(&g->diags, DIAG_WARNING, block_line,
				         "body not read: its tables would hold "
				         "more than %d cells",
				         BODY_MAX_TABLE_CELLS);
				return false;
			}
			lines = max_pipes = brackets = 0;
		}
		if (!nl)
			break;
		pos += n + 1;
		line++;
	}
	return true;
}

static cmark_node *parse_markdown(const char *s, size_t len)
{
	static const char *const extensions[] = {"table", "strikethrough"};
	cmark_parser *p;
	cmark_node *doc;
	size_t i;

	cmark_gfm_core_extensions_ensure_registered();
	p = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
	if (!p)
		return NULL;
	for (i = 0; i < sizeof extensions / sizeof *extensions; i++) {
		cmark_syntax_extension *ext =
			cmark_find_syntax_extension(extensions[i]);

		if (ext)
			cmark_parser_attach_syntax_extension(p, ext);
	}
	cmark_parser_feed(p, s, len);
	doc = cmark_parser_finish(p);
	cmark_parser_free(p);
	return doc;
}

cmark_node *markdown_parse_text(const char *s, size_t len)
{
	return parse_markdown(s, len);
}

void markdown_node_text(cmark_node *node, struct strbuf *out)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;

	if (!it)
		return;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *lit;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(n);
			if (lit)
				sb_adds(out, lit);
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			sb_addc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

cmark_node *markdown_parse_body(struct guide *g, bool *deep_warned)
{
	cmark_node *doc = NULL;
	size_t len = g->body ? strlen(g->body) : 0;

	*deep_warned = false;
	if (g->body && len > GUIDE_MAX_BODY_BYTES) {
		diag_add(&g->diags, DIAG_WARNING, g->body_line,
		         "body not read: it is %zu bytes; the limit is %u", len,
		         GUIDE_MAX_BODY_BYTES);
		g->body_refused = true;
	} else if (g->body) {
		/* The body kept is the one parsed: the reader then never hands
		 * cmark-gfm what the engine refused. */
		char *shallow = body_drop_deep_lines(g, g->body, len);
		if (shallow) {
			free(g->body);
			g->body = shallow;
		}
		*deep_warned = shallow != NULL; /* one warning is enough */
		if (body_guard(g, g->body, len))
			doc = parse_markdown(g->body, len);
		else
			g->body_refused = true;
	}
	return doc;
}
