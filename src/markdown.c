/* markdown.c - a guide's Markdown body into cmark-gfm's syntax tree, but
 * only when that is safe: within the size limit, and without the shapes
 * on which cmark-gfm is slow or greedy. */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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
#define BODY_MAX_TABLE_CELLS 1000000 /* lines x columns, blocks summed */
#define BODY_MAX_BRACKETS 1000       /* '[' in one blank-line block */
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
 * markers (ordered ones too: "1." and "1)"), and every two columns of
 * indentation. */
static size_t line_nesting(const char *s, size_t n)
{
	size_t markers = 0, spaces = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9') {
			size_t k = i;
			while (k < n && k - i < 9 && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k >= n || (s[k] != '.' && s[k] != ')'))
				break;
			markers++;
			i = k;
		} else if (c == '>' || c == '-' || c == '*' || c == '+')
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
static char *body_drop_deep_lines(struct guide *g, const char *s, size_t len,
                                  bool warn)
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
	if (copy && warn)
		diag_add(&g->diags, DIAG_WARNING, first,
		         "Markdown nested more than %d levels deep on %zu "
		         "line%s; "
		         "those lines are left out",
		         BODY_MAX_LINE_NESTING, dropped,
		         dropped == 1 ? "" : "s");
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
		size_t n = nl ? (size_t)(nl - (s + pos)) : len - pos, i,
		       pipes = 0;
		bool blank = blank_line(s + pos, n);

		if (!blank) {
			if (lines == 0)
				block_line = line;

			for (i = 0; i < n; i++) {
				pipes += s[pos + i] == '|';
				brackets += s[pos + i] == '[';
			}
			if (pipes > BODY_MAX_COLUMNS) {
				diag_add(
					&g->diags, DIAG_WARNING, line,
					"body not read: a line holds more than "
					"%d table columns",
					BODY_MAX_COLUMNS);
				return false;
			}
			if (brackets > BODY_MAX_BRACKETS) {
				diag_add(
					&g->diags, DIAG_WARNING, block_line,
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

/* --- cmark-gfm's memory, counted ---------------------------------------------
 * Every block cmark-gfm asks for carries a header that links it into the
 * parse's arena: the arena knows how much is held, stops the parse (a
 * longjmp out of cmark-gfm, before the block is given) when the next
 * block would pass the bound, and can then free all it gave, since
 * cmark-gfm holds no memory but what it got from here.  cmark-gfm's
 * allocator has no context argument: the arena in use is per thread. */
union md_head {
	struct {
		union md_head *prev, *next;
		struct md_arena *arena;
		size_t size;
	} h;
	max_align_t align;
};

struct md_arena {
	cmark_mem mem;      /* what cmark-gfm is handed */
	union md_head list; /* the blocks given, a ring */
	size_t live, peak, bound;
	bool armed; /* parsing: passing the bound jumps out */
	jmp_buf out;
};

static _Thread_local struct md_arena *md_current;

/* What a block of `bytes` really costs: the payload, the header and the
 * C library's own bookkeeping (two words on glibc and mimalloc alike). */
#define MD_COST(bytes) ((bytes) + sizeof(union md_head) + 2 * sizeof(size_t))

static void md_link(struct md_arena *a, union md_head *b)
{
	b->h.arena = a;
	if (!a) {
		b->h.prev = b->h.next = b;
		return;
	}
	b->h.next = a->list.h.next;
	b->h.prev = &a->list;
	a->list.h.next->h.prev = b;
	a->list.h.next = b;
}

static void md_unlink(union md_head *b)
{
	b->h.prev->h.next = b->h.next;
	b->h.next->h.prev = b->h.prev;
}

/* Room for `more` bytes: jumps out of the parse when the bound would be
 * passed. */
static void md_reserve(struct md_arena *a, size_t more)
{
	if (!a)
		return;
	if (a->armed && (more > a->bound || a->live > a->bound - more)) {
		a->peak = a->live + more;
		longjmp(a->out, 1);
	}
	a->live += more;
	if (a->live > a->peak)
		a->peak = a->live;
}

static void *md_calloc(size_t n, size_t size)
{
	struct md_arena *a = md_current;
	if (size && n > (SIZE_MAX - sizeof(union md_head)) / size)
		abort(); /* as cmark-gfm's own allocator does */
	size_t bytes = n * size;
	md_reserve(a, MD_COST(bytes));
	union md_head *b = calloc(1, sizeof *b + bytes);
	if (!b) {
		fputs("negotiator: out of memory\n", stderr);
		abort();
	}
	b->h.size = bytes;
	md_link(a, b);
	return b + 1;
}

static void md_free(void *p)
{
	if (!p)
		return;
	union md_head *b = (union md_head *)p - 1;
	if (b->h.arena)
		b->h.arena->live -= MD_COST(b->h.size);
	md_unlink(b);
	free(b);
}

static void *md_realloc(void *p, size_t size)
{
	if (!p)
		return md_calloc(1, size);
	union md_head *b = (union md_head *)p - 1;
	struct md_arena *a = b->h.arena;
	if (size > SIZE_MAX - sizeof *b)
		abort();
	if (size > b->h.size)
		md_reserve(a, size - b->h.size);
	else if (a)
		a->live -= b->h.size - size;
	md_unlink(b);
	union md_head *nb = realloc(b, sizeof *nb + size);
	if (!nb) {
		fputs("negotiator: out of memory\n", stderr);
		abort();
	}
	nb->h.size = size;
	/* Linked again where it now lives. */
	md_link(a, nb);
	return nb + 1;
}

/* Free every block the arena still holds (after a stop, or leaks). */
static void md_release(struct md_arena *a)
{
	while (a->list.h.next != &a->list) {
		union md_head *b = a->list.h.next;
		md_unlink(b);
		free(b);
	}
	a->live = 0;
}

size_t markdown_memory_bound(size_t len)
{
	if (len > (SIZE_MAX - MARKDOWN_MEMORY_FLOOR) / MARKDOWN_MEMORY_FACTOR)
		return SIZE_MAX;
	return len * MARKDOWN_MEMORY_FACTOR + MARKDOWN_MEMORY_FLOOR;
}

bool markdown_tree_parse(const char *text, size_t len, bool engine,
                         struct markdown_tree *out, size_t *needed)
{
	static const char *const all[] = {"table", "strikethrough"};
	struct md_arena *a = xcalloc(1, sizeof *a);
	struct md_arena *volatile saved = md_current;

	memset(out, 0, sizeof *out);
	a->mem.calloc = md_calloc;
	a->mem.realloc = md_realloc;
	a->mem.free = md_free;
	a->list.h.prev = a->list.h.next = &a->list;
	a->bound = markdown_memory_bound(len);
	cmark_gfm_core_extensions_ensure_registered();
	md_current = a;
	if (setjmp(a->out) != 0) {
		/* Past the bound: nothing cmark-gfm built is kept. */
		md_current = saved;
		md_release(a);
		if (needed)
			*needed = a->peak;
		free(a);
		return false;
	}
	a->armed = true;
	cmark_parser *p = cmark_parser_new_with_mem(
		engine ? CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
		       : CMARK_OPT_DEFAULT,
		&a->mem);
	for (size_t i = 0; i < (engine ? 2u : 1u); i++) {
		cmark_syntax_extension *ext =
			cmark_find_syntax_extension(all[i]);
		if (ext)
			cmark_parser_attach_syntax_extension(p, ext);
	}
	cmark_parser_feed(p, text, len);
	out->doc = cmark_parser_finish(p);
	cmark_parser_free(p);
	a->armed = false;
	md_current = saved;
	out->arena = a;
	out->peak = a->peak;
	/* What the tree's walk takes (iterators) is not counted: blocks
	 * outside any arena, freed one by one. */
	return true;
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
		case CMARK_NODE_LINEBREAK: sb_addc(out, ' '); break;
		default: break;
		}
	}
	cmark_iter_free(it);
}

void markdown_tree_free(struct markdown_tree *t)
{
	if (!t->arena)
		return;
	if (t->doc)
		cmark_node_free(t->doc);
	md_release(t->arena);
	free(t->arena);
	memset(t, 0, sizeof *t);
}

bool markdown_blank_deep_lines(struct guide *g, bool warn)
{
	if (!g->body)
		return false;
	char *shallow = body_drop_deep_lines(g, g->body, strlen(g->body), warn);
	if (!shallow)
		return false;
	free(g->body);
	g->body = shallow;
	return true;
}

/* An ATX heading at the start of a line ("# " to "###### "): it closes
 * every open block but a fenced code block, so the text can be cut
 * before it and each side parsed alone. */
static bool heading_line(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && k < 7 && s[k] == '#')
		k++;
	return k >= 1 && k <= 6 &&
	       (k == n || s[k] == ' ' || s[k] == '\t' || s[k] == '\r');
}

/* A code fence ("```", "~~~", three or more, up to three spaces in):
 * its character and length in *ch, *run, where the run ends in *after;
 * false when the line is none. */
static bool fence_line(const char *s, size_t n, char *ch, size_t *run,
                       size_t *after)
{
	size_t i = 0, k;

	while (i < n && i < 3 && s[i] == ' ')
		i++;
	if (i >= n || (s[i] != '`' && s[i] != '~'))
		return false;
	for (k = i; k < n && s[k] == s[i]; k++)
		;
	if (k - i < 3)
		return false;
	*ch = s[i];
	*run = k - i;
	*after = k;
	return true;
}

size_t markdown_piece_end(const char *s, size_t len, size_t pos)
{
	char fence = 0, ch;
	size_t fence_run = 0, run, after;
	bool first = true;

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (s + pos)) : len - pos;

		if (fence) {
			/* A closing fence: the same character, at least as
			 * many, nothing after but blanks. */
			if (fence_line(s + pos, n, &ch, &run, &after) &&
			    ch == fence && run >= fence_run &&
			    blank_line(s + pos + after, n - after))
				fence = 0;
		} else if (fence_line(s + pos, n, &ch, &run, &after)) {
			fence = ch;
			fence_run = run;
		} else if (!first && heading_line(s + pos, n)) {
			return pos;
		}
		first = false;
		pos = nl ? pos + n + 1 : len;
	}
	return len;
}

bool markdown_body_next(struct guide *g, struct markdown_cursor *cur,
                        struct markdown_tree *out)
{
	size_t len = g->body ? strlen(g->body) : 0, needed = 0;

	memset(out, 0, sizeof *out);
	if (!cur->started) {
		cur->started = true;
		cur->deep_warned = false;
		if (!g->body)
			return false;
		if (len > GUIDE_MAX_BODY_BYTES) {
			diag_add(&g->diags, DIAG_WARNING, g->body_line,
			         "body not read: it is %zu bytes; the limit is "
			         "%u",
			         len, GUIDE_MAX_BODY_BYTES);
			g->body_refused = true;
			return false;
		}
		/* The body kept is the one parsed: the reader then never
		 * hands cmark-gfm what the engine refused.  One warning is
		 * enough: deep_warned says it was given. */
		cur->deep_warned = markdown_blank_deep_lines(g, true);
		if (!body_guard(g, g->body, len)) {
			g->body_refused = true;
			return false;
		}
		if (markdown_tree_parse(g->body, len, true, out, &needed)) {
			cur->pos = len;
			return true;
		}
		/* Whole, it would pass the bound: piece by piece, from one
		 * heading to the next, each within its own. */
		cur->pieces = true;
		cur->pos = 0;
		cur->line0 = 0;
	}
	if (!cur->pieces || cur->pos >= len)
		return false;
	size_t start = cur->pos, end = markdown_piece_end(g->body, len, start);
	int lines = 0;

	for (size_t i = start; i < end; i++)
		lines += g->body[i] == '\n';
	if (end == len && len > start && g->body[len - 1] != '\n')
		lines++;
	if (markdown_tree_parse(g->body + start, end - start, true, out,
	                        &needed)) {
		out->line0 = cur->line0;
	} else {
		int first = (g->body_line > 0 ? g->body_line : 1) + cur->line0;
		diag_add(&g->diags, DIAG_WARNING, first,
		         "lines %d to %d not read: cmark-gfm would need more "
		         "than %zu bytes for their %zu (the bound is %d times "
		         "their size and %u bytes)",
		         first, first + (lines > 0 ? lines - 1 : 0),
		         markdown_memory_bound(end - start), end - start,
		         MARKDOWN_MEMORY_FACTOR, MARKDOWN_MEMORY_FLOOR);
	}
	cur->pos = end;
	cur->line0 += lines;
	return true;
}
