/* mdrender.c - lay out a cmark-gfm tree as styled, wrapped lines.
 *
 * Blocks are walked recursively up to MD_MAX_NEST levels; anything
 * deeper is flattened with cmark's iterator (which does not recurse), so
 * a body nested thousands deep cannot exhaust the stack.  Inlines are
 * always walked with the iterator.
 */
#include "tui/mdrender.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "negotiator/text.h"
#include "tui/table.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

#define MD_MAX_NEST 24
#define MD_MIN_TEXT 12 /* columns a nested block keeps for its text */

/* Text with one style byte per text byte. */
struct sbuf {
	char *text;
	unsigned char *style;
	size_t len, cap;
};

static void sbuf_reserve(struct sbuf *b, size_t more)
{
	size_t cap = b->cap;

	if (b->len + more + 1 <= b->cap)
		return;
	b->text = xgrow(b->text, &cap, b->len + more + 1, 1);
	b->style = xrealloc(b->style, cap);
	b->cap = cap;
}

static void sbuf_add(struct sbuf *b, const char *s, size_t n, unsigned style)
{
	sbuf_reserve(b, n);
	memcpy(b->text + b->len, s, n);
	memset(b->style + b->len, (int)(style & 0xFF), n);
	b->len += n;
	b->text[b->len] = '\0';
}

static void sbuf_adds(struct sbuf *b, const char *s, unsigned style)
{
	sbuf_add(b, s, strlen(s), style);
}

/* Add untrusted text: tabs and newlines become spaces, then control
 * characters are cleaned away. */
static void sbuf_add_clean(struct sbuf *b, const char *s, size_t n,
                           unsigned style)
{
	char *tmp = xstrndup(s, n), *clean;
	size_t i;

	for (i = 0; i < n; i++)
		if (tmp[i] == '\t' || tmp[i] == '\n')
			tmp[i] = ' ';
	clean = text_clean(tmp, n, false);
	sbuf_adds(b, clean, style);
	free(clean);
	free(tmp);
}

static void sbuf_free(struct sbuf *b)
{
	free(b->text);
	free(b->style);
	memset(b, 0, sizeof *b);
}

struct prefix {
	char first[24]; /* on the first line under it (a bullet) */
	char rest[24];  /* on the lines after */
	unsigned style;
	bool used;
};

struct md_ctx {
	struct md_doc *doc;
	int width;
	struct prefix pre[MD_MAX_NEST + 1];
	int depth;
	int skipped; /* prefixes refused for lack of width */
	unsigned base;
};

/* Keep a line (its text is taken, exactly as long as it is), unless the
 * layout is at its bound: then it is only counted. */
static void push_line(struct md_doc *doc, struct sbuf *line)
{
	struct md_line *l;
	size_t i, start = 0, spans = 0;

	for (i = 1; i <= line->len; i++)
		spans += i == line->len || line->style[i] != line->style[i - 1];
	/* The line, its share of the array (which grows by doubling), its
	 * text and spans, and what malloc keeps beside each. */
	size_t cost = 2 * sizeof *doc->lines + line->len + 1 +
	              spans * sizeof *l->spans + 32;
	if (doc->dropped || doc->bytes + cost > MDRENDER_MAX_BYTES) {
		doc->dropped++;
		sbuf_free(line);
		return;
	}
	doc->bytes += cost;
	doc->lines = xgrow(doc->lines, &doc->cap, doc->count + 1,
	                   sizeof *doc->lines);
	l = &doc->lines[doc->count++];
	l->len = line->len;
	l->text = line->len ? xrealloc(line->text, line->len + 1) : xstrdup("");
	l->spans = spans ? xmalloc(spans * sizeof *l->spans) : NULL;
	l->span_count = 0;
	for (i = 1; i <= line->len; i++) {
		if (i < line->len && line->style[i] == line->style[start])
			continue;
		l->spans[l->span_count].start = start;
		l->spans[l->span_count].len = i - start;
		l->spans[l->span_count].style = line->style[start];
		l->span_count++;
		start = i;
	}
	if (!line->len)
		free(line->text);
	free(line->style);
	memset(line, 0, sizeof *line);
}

static int prefix_width(const struct md_ctx *c)
{
	int i, w = 0;

	for (i = 0; i < c->depth; i++) {
		const char *s =
			c->pre[i].used ? c->pre[i].rest : c->pre[i].first;
		w += (int)utf8_width(s, strlen(s));
	}
	return w;
}

static int avail(const struct md_ctx *c)
{
	int w = c->width - prefix_width(c);
	return w < 1 ? 1 : w;
}

static void push_prefix(struct md_ctx *c, const char *first, const char *rest,
                        unsigned style)
{
	struct prefix *p;
	int w = (int)utf8_width(first, strlen(first));

	if (c->depth >= MD_MAX_NEST || avail(c) - w < MD_MIN_TEXT) {
		c->skipped++;
		return;
	}
	p = &c->pre[c->depth++];
	snprintf(p->first, sizeof p->first, "%s", first);
	snprintf(p->rest, sizeof p->rest, "%s", rest);
	p->style = style;
	p->used = false;
}

static void pop_prefix(struct md_ctx *c)
{
	if (c->skipped > 0)
		c->skipped--;
	else if (c->depth > 0)
		c->depth--;
}

/* One output line: the prefixes, then text[0..n) styled by st. */
static void emit(struct md_ctx *c, const char *text, const unsigned char *st,
                 size_t n)
{
	struct sbuf line = {0};
	int i;

	for (i = 0; i < c->depth; i++) {
		struct prefix *p = &c->pre[i];
		sbuf_adds(&line, p->used ? p->rest : p->first, p->style);
		p->used = true;
	}
	if (n) {
		sbuf_reserve(&line, n);
		memcpy(line.text + line.len, text, n);
		memcpy(line.style + line.len, st, n);
		line.len += n;
		line.text[line.len] = '\0';
	}
	push_line(c->doc, &line);
}

static void blank(struct md_ctx *c)
{
	struct sbuf line = {0};
	int i;

	/* Only the bars of block quotes carry on through a blank line. */
	for (i = 0; i < c->depth; i++) {
		const struct prefix *p = &c->pre[i];
		if (p->style & MD_QUOTE)
			sbuf_adds(&line, p->rest, p->style);
		else
			sbuf_adds(&line, p->rest, 0);
	}
	while (line.len > 0 && line.text[line.len - 1] == ' ')
		line.len--;
	if (line.text)
		line.text[line.len] = '\0';
	push_line(c->doc, &line);
}

static void emit_wrapped(struct md_ctx *c, const struct sbuf *b)
{
	struct wrap_line *lines;
	size_t i, n;

	n = wrap_text(b->text ? b->text : "", b->len, avail(c), &lines);
	for (i = 0; i < n; i++)
		emit(c, b->text ? b->text + lines[i].start : "",
		     b->style ? b->style + lines[i].start : NULL, lines[i].len);
	free(lines);
}

static unsigned inline_style(unsigned base, int bold, int emph, int link)
{
	return base | (bold > 0 ? MD_BOLD : 0u) | (emph > 0 ? MD_EMPH : 0u) |
	       (link > 0 ? MD_LINK : 0u);
}

/* Collect the inline text under node into b.  With flatten, block
 * boundaries become spaces, so any subtree can be read as one run. */
static void collect(cmark_node *node, struct sbuf *b, unsigned base,
                    bool flatten)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	int bold = 0, emph = 0, link = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int d = ev == CMARK_EVENT_ENTER ? 1 : -1;
		const char *lit;
		unsigned st;

		if (n == node)
			continue;
		st = inline_style(base, bold, emph, link);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_STRONG: bold += d; break;
		case CMARK_NODE_EMPH: emph += d; break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE: link += d; break;
		case CMARK_NODE_TEXT:
		case CMARK_NODE_HTML_INLINE:
			lit = cmark_node_get_literal(n);
			if (lit)
				sbuf_add_clean(b, lit, strlen(lit), st);
			break;
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(n);
			if (lit)
				sbuf_add_clean(b, lit, strlen(lit),
				               st | MD_CODE);
			break;
		case CMARK_NODE_SOFTBREAK: sbuf_adds(b, " ", st); break;
		case CMARK_NODE_LINEBREAK:
			sbuf_adds(b, flatten ? " " : "\n", st);
			break;
		case CMARK_NODE_CODE_BLOCK:
		case CMARK_NODE_HTML_BLOCK:
			lit = cmark_node_get_literal(n);
			if (lit)
				sbuf_add_clean(b, lit, strlen(lit),
				               st | MD_CODE);
			sbuf_adds(b, " ", st);
			break;
		default:
			/* Leaving any other block separates its text. */
			if (flatten && d < 0 && b->len > 0 &&
			    b->text[b->len - 1] != ' ')
				sbuf_adds(b, " ", st);
			break;
		}
	}
	cmark_iter_free(it);
}

static void render_block(struct md_ctx *c, cmark_node *node, int nest);

static void render_children(struct md_ctx *c, cmark_node *node, int nest,
                            bool tight)
{
	cmark_node *ch;
	bool first = true;

	for (ch = cmark_node_first_child(node); ch; ch = cmark_node_next(ch)) {
		if (!first && !tight)
			blank(c);
		render_block(c, ch, nest + 1);
		first = false;
	}
}

static void render_literal_lines(struct md_ctx *c, const char *lit,
                                 unsigned style)
{
	const char *p = lit ? lit : "";

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		struct sbuf b = {0};
		size_t fit;

		sbuf_add_clean(&b, p, n, style);
		fit = utf8_fit(b.text ? b.text : "", b.len, (size_t)avail(c),
		               NULL);
		emit(c, b.text ? b.text : "", b.style, fit);
		sbuf_free(&b);
		p += n;
		if (*p == '\n')
			p++;
	}
}

static void render_rule(struct md_ctx *c, unsigned style)
{
	struct sbuf b = {0};
	int i, w = avail(c);

	for (i = 0; i < w; i++)
		sbuf_adds(&b, "─", style);
	emit(c, b.text, b.style, b.len);
	sbuf_free(&b);
}

/* Tables --------------------------------------------------------------- */

struct cell {
	struct sbuf text;
	struct wrap_line *lines;
	size_t nlines;
};

static bool is_type(cmark_node *n, const char *name)
{
	const char *t = cmark_node_get_type_string(n);
	return t && strcmp(t, name) == 0;
}

/* A border line: left, then each column's width of '─' joined by mid. */
static void table_border(struct md_ctx *c, const int *w, int ncols,
                         const char *left, const char *mid, const char *right)
{
	struct sbuf b = {0};
	int i, k;

	sbuf_adds(&b, left, MD_RULE);
	for (i = 0; i < ncols; i++) {
		for (k = 0; k < w[i] + 2; k++)
			sbuf_adds(&b, "─", MD_RULE);
		sbuf_adds(&b, i + 1 < ncols ? mid : right, MD_RULE);
	}
	emit(c, b.text, b.style, b.len);
	sbuf_free(&b);
}

static void pad(struct sbuf *b, int n)
{
	while (n-- > 0)
		sbuf_adds(b, " ", 0);
}

static void table_row(struct md_ctx *c, struct cell *cells, const int *w,
                      int ncols, const uint8_t *align)
{
	size_t h = 1, line;
	int i;

	for (i = 0; i < ncols; i++)
		if (cells[i].nlines > h)
			h = cells[i].nlines;
	for (line = 0; line < h; line++) {
		struct sbuf b = {0};
		sbuf_adds(&b, "│", MD_RULE);
		for (i = 0; i < ncols; i++) {
			struct cell *ce = &cells[i];
			int used = 0, room, before = 0;
			sbuf_adds(&b, " ", 0);
			if (line < ce->nlines)
				used = (int)ce->lines[line].width;
			room = w[i] - used;
			if (align && align[i] == 'r')
				before = room;
			else if (align && align[i] == 'c')
				before = room / 2;
			pad(&b, before);
			if (line < ce->nlines) {
				size_t s = ce->lines[line].start;
				size_t n = ce->lines[line].len;
				sbuf_reserve(&b, n);
				if (n >
				    0) { /* an empty cell may have no buffer */
					memcpy(b.text + b.len,
					       ce->text.text + s, n);
					memcpy(b.style + b.len,
					       ce->text.style + s, n);
				}
				b.len += n;
				b.text[b.len] = '\0';
			}
			pad(&b, room - before);
			sbuf_adds(&b, " │", MD_RULE);
			/* The space before the bar is unstyled. */
			b.style[b.len - strlen(" │")] = 0;
		}
		emit(c, b.text, b.style, b.len);
		sbuf_free(&b);
	}
}

static void render_table(struct md_ctx *c, cmark_node *table)
{
	int ncols = cmark_gfm_extensions_get_table_columns(table);
	const uint8_t *align = cmark_gfm_extensions_get_table_alignments(table);
	struct col_spec *spec;
	int *w, i, room;
	cmark_node *row, *cell;
	bool header_done = false, first_row = true;

	if (ncols <= 0)
		return;
	spec = xcalloc((size_t)ncols, sizeof *spec);
	w = xcalloc((size_t)ncols, sizeof *w);
	/* First pass: what each column would like. */
	for (row = cmark_node_first_child(table); row;
	     row = cmark_node_next(row)) {
		i = 0;
		for (cell = cmark_node_first_child(row); cell && i < ncols;
		     cell = cmark_node_next(cell), i++) {
			struct sbuf b = {0};
			int cw;
			collect(cell, &b, 0, true);
			cw = (int)utf8_width(b.text ? b.text : "", b.len);
			if (cw > spec[i].want)
				spec[i].want = cw;
			sbuf_free(&b);
		}
	}
	for (i = 0; i < ncols; i++) {
		spec[i].min = spec[i].want < 6 ? spec[i].want : 6;
		if (spec[i].min < 1)
			spec[i].min = 1;
	}
	room = avail(c) - 4; /* "│ " before, " │" after */
	table_layout(spec, ncols, room, 3, w);
	for (i = 0; i < ncols; i++) {
		if (w[i] < 1) {
			/* Too narrow for a grid: one line per cell. */
			for (row = cmark_node_first_child(table); row;
			     row = cmark_node_next(row)) {
				struct sbuf b = {0};
				collect(row, &b, c->base, true);
				emit_wrapped(c, &b);
				sbuf_free(&b);
			}
			free(spec);
			free(w);
			return;
		}
	}

	table_border(c, w, ncols, "┌", "┬", "┐");
	for (row = cmark_node_first_child(table); row;
	     row = cmark_node_next(row)) {
		struct cell *cells = xcalloc((size_t)ncols, sizeof *cells);
		bool head = cmark_gfm_extensions_get_table_row_is_header(row);

		if (!first_row && header_done)
			table_border(c, w, ncols, "├", "┼", "┤");
		header_done = false;
		i = 0;
		for (cell = cmark_node_first_child(row); cell && i < ncols;
		     cell = cmark_node_next(cell), i++) {
			collect(cell, &cells[i].text,
			        c->base | (head ? MD_TABLE_HEAD | MD_BOLD : 0u),
			        true);
			cells[i].nlines = wrap_text(
				cells[i].text.text ? cells[i].text.text : "",
				cells[i].text.len, w[i], &cells[i].lines);
		}
		table_row(c, cells, w, ncols, align);
		for (i = 0; i < ncols; i++) {
			sbuf_free(&cells[i].text);
			free(cells[i].lines);
		}
		free(cells);
		if (head)
			header_done = true;
		first_row = false;
	}
	table_border(c, w, ncols, "└", "┴", "┘");
	free(spec);
	free(w);
}

/* Blocks --------------------------------------------------------------- */

static void render_list(struct md_ctx *c, cmark_node *list, int nest)
{
	bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
	bool tight = cmark_node_get_list_tight(list);
	int num = cmark_node_get_list_start(list);
	cmark_node *item;
	bool first = true;

	for (item = cmark_node_first_child(list); item;
	     item = cmark_node_next(item)) {
		char bullet[24], rest[24];
		size_t w;

		if (!first && !tight)
			blank(c);
		if (ordered)
			snprintf(bullet, sizeof bullet, "%d. ", num++);
		else
			snprintf(bullet, sizeof bullet, "• ");
		w = utf8_width(bullet, strlen(bullet));
		memset(rest, ' ', w);
		rest[w] = '\0';
		push_prefix(c, bullet, rest, MD_RULE);
		render_children(c, item, nest, tight);
		pop_prefix(c);
		first = false;
	}
}

static void render_block(struct md_ctx *c, cmark_node *node, int nest)
{
	struct sbuf b = {0};
	unsigned saved;

	if (nest > MD_MAX_NEST) {
		collect(node, &b, c->base, true);
		emit_wrapped(c, &b);
		sbuf_free(&b);
		return;
	}
	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_DOCUMENT: render_children(c, node, nest, false); break;
	case CMARK_NODE_PARAGRAPH:
		collect(node, &b, c->base, false);
		emit_wrapped(c, &b);
		break;
	case CMARK_NODE_HEADING:
		collect(node, &b, c->base | MD_HEADING | MD_BOLD, false);
		emit_wrapped(c, &b);
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		saved = c->base;
		push_prefix(c, "│ ", "│ ", MD_QUOTE | MD_RULE);
		c->base |= MD_QUOTE;
		render_children(c, node, nest, false);
		c->base = saved;
		pop_prefix(c);
		break;
	case CMARK_NODE_LIST: render_list(c, node, nest); break;
	case CMARK_NODE_ITEM: render_children(c, node, nest, false); break;
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_HTML_BLOCK:
		push_prefix(c, "  ", "  ", 0);
		render_literal_lines(c, cmark_node_get_literal(node),
		                     c->base | MD_CODE);
		pop_prefix(c);
		break;
	case CMARK_NODE_THEMATIC_BREAK: render_rule(c, MD_RULE); break;
	default:
		if (is_type(node, "table"))
			render_table(c, node);
		else if (cmark_node_first_child(node))
			render_children(c, node, nest, false);
		break;
	}
	sbuf_free(&b);
}

void mdrender_free(struct md_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->count; i++) {
		free(doc->lines[i].text);
		free(doc->lines[i].spans);
	}
	free(doc->lines);
	memset(doc, 0, sizeof *doc);
}

/* Each line of md[0..len) cleaned and wrapped, as it is. */
static void plain_lines(struct md_ctx *c, const char *md, size_t len)
{
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(md + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (md + pos)) : len - pos;
		struct sbuf b;
		memset(&b, 0, sizeof b);
		sbuf_add_clean(&b, md + pos, n, 0);
		if (b.len == 0)
			push_line(c->doc, &b);
		else
			emit_wrapped(c, &b);
		sbuf_free(&b);
		pos += n + 1;
	}
}

static void drop_trailing_blanks(struct md_doc *doc)
{
	while (doc->count > 0 && doc->lines[doc->count - 1].len == 0) {
		doc->count--;
		free(doc->lines[doc->count].text);
		free(doc->lines[doc->count].spans);
	}
}

/* The layout stopped at its bound: its last lines say so (past the
 * bound themselves: a few lines more). */
static void say_dropped(struct md_ctx *c)
{
	struct md_doc *doc = c->doc;
	size_t dropped = doc->dropped;
	char words[300];
	struct sbuf note;

	if (!dropped)
		return;
	doc->dropped = 0;
	doc->bytes = 0; /* counted again from here: the note only */
	snprintf(words, sizeof words,
	         "(The rest of this guide, %zu more lines, is not shown: "
	         "laying it out would take more than the %u MiB the reader "
	         "allows. It is in the guide's file.)",
	         dropped, MDRENDER_MAX_BYTES / (1024u * 1024u));
	memset(&note, 0, sizeof note);
	blank(c);
	sbuf_adds(&note, words, MD_RULE);
	emit_wrapped(c, &note);
	sbuf_free(&note);
	doc->dropped = dropped;
	doc->bytes = MDRENDER_MAX_BYTES;
}

void mdrender_plain(const char *md, size_t len, int width, struct md_doc *doc)
{
	struct md_ctx c;

	mdrender_free(doc);
	memset(&c, 0, sizeof c);
	c.doc = doc;
	c.width = width < 10 ? 10 : width;
	plain_lines(&c, md ? md : "", md ? len : 0);
	drop_trailing_blanks(doc);
	say_dropped(&c);
}

void mdrender_doc(const char *md, size_t len, int width, struct md_doc *doc)
{
	struct markdown_tree tree;
	struct md_ctx c;

	mdrender_free(doc);
	memset(&c, 0, sizeof c);
	c.doc = doc;
	c.width = width < 10 ? 10 : width;
	if (!md) {
		md = "";
		len = 0;
	}

	/* cmark-gfm's memory is bounded as the engine's is (markdown.h):
	 * past the bound the text is laid out piece by piece, from one
	 * heading to the next, and a piece past its own bound as it is. */
	if (markdown_tree_parse(md, len, false, &tree, NULL)) {
		if (tree.doc)
			render_block(&c, tree.doc, 0);
		markdown_tree_free(&tree);
	} else {
		for (size_t pos = 0, end; pos < len; pos = end) {
			end = markdown_piece_end(md, len, pos);
			if (markdown_tree_parse(md + pos, end - pos, false,
			                        &tree, NULL)) {
				if (tree.doc)
					render_block(&c, tree.doc, 0);
				markdown_tree_free(&tree);
			} else {
				struct sbuf note;
				memset(&note, 0, sizeof note);
				sbuf_adds(&note,
				          "(as it is: its Markdown would take "
				          "more memory than negotiator allows)",
				          MD_RULE);
				emit_wrapped(&c, &note);
				sbuf_free(&note);
				plain_lines(&c, md + pos, end - pos);
			}
		}
	}
	drop_trailing_blanks(doc);
	say_dropped(&c);
}

static bool line_has(const struct md_line *l, const char *needle)
{
	return str_icase_find(l->text, needle) != NULL;
}

bool mdrender_search(const struct md_doc *doc, const char *needle, size_t from,
                     bool forward, size_t *line)
{
	size_t k, i;

	if (!needle || !*needle || doc->count == 0)
		return false;
	if (from >= doc->count)
		from = forward ? 0 : doc->count - 1;
	for (k = 0; k < doc->count; k++) {
		if (forward)
			i = (from + k) % doc->count;
		else
			i = (from + doc->count - k) % doc->count;
		if (line_has(&doc->lines[i], needle)) {
			*line = i;
			return true;
		}
	}
	return false;
}

size_t mdrender_count(const struct md_doc *doc, const char *needle, size_t line,
                      size_t *at)
{
	size_t k, total = 0;

	*at = 0;
	if (!needle || !*needle)
		return 0;
	for (k = 0; k < doc->count; k++)
		if (line_has(&doc->lines[k], needle)) {
			total++;
			if (k <= line)
				*at = total;
		}
	return total;
}
