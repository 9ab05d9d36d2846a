/* body.c - read a guide's Markdown body into the model.
 *
 * The structure comes from cmark-gfm's syntax tree, never from patterns
 * over the raw file: a heading or a paragraph opening with a bold run
 * starts a section; an item of a numbered list whose paragraph opens
 * with a bold "Title:" is a lever; a block quote opening with a bold
 * title that states an ask or a floor is the strategy; a pipe table with
 * a region column repeats the bands in words.  Scripts are the quoted
 * passages inside paragraphs.  Only the flat text of one node is read
 * by hand (quotes here; amounts, percentages and keywords in prose.c,
 * strategy.c and premium.c; the band table's cells in band_table.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "band_table.h"
#include "body.h"
#include "markdown.h"
#include "negotiator/script_math.h"
#include "negotiator/text.h"
#include "reader/premium.h"
#include "reader/prose.h"
#include "reader/prose_scan.h"
#include "reader/figures.h"
/* Wrong sums are listed one by one up to this many; then counted. */
#define BODY_MAX_MATH_WARNINGS 50

/* A quoted passage shorter than this is a term ("Ecosystem Moat"), not
 * something to say. */
#define SCRIPT_MIN_WORDS 8

/* Finding the region a script names costs one region_matches() per
 * capitalised run of words and band; a hostile body could make that
 * huge, so the whole guide gets this many calls. */
#define REGION_SCAN_BUDGET 1000000

/* Node depths along the walk, to cap nesting at GUIDE_MAX_MD_DEPTH. */
struct depth {
	cmark_node *stack[GUIDE_MAX_MD_DEPTH + 1];
	size_t top;  /* stack[top] is the innermost open node */
	size_t base; /* depth of stack[0] in the document */
};

struct walk {
	struct guide *g;
	struct depth depth;
	bool deep_warned;
	int line0;      /* lines of the body before the piece walked */
	size_t section; /* index + 1 of the current section; 0: none yet */
	size_t section_cap, script_cap;
	long region_budget;

	/* The lever (numbered item) being walked. */
	cmark_node *lever;
	char *lever_title, *lever_region;

	/* A block quote opening with a bold title: the strategy if its text
	 * states an ask or a floor. */
	cmark_node *quote;
	char *quote_title;
	size_t quote_first_script;
	struct strbuf quote_text;
	bool have_strategy;
	/* The quote's paragraphs, read for figures when it closes (when it
	 * is known to be the strategy or not). */
	struct quote_para {
		char *text;
		size_t len;
		int line;
	} * paras;
	size_t para_count, para_cap;

	/* Figures: the reader, and the heading strategy being walked. */
	struct figures *fig;
	bool heading_strategy;
	int strategy_level;              /* its heading's level */
	const struct band *heading_band; /* the band a heading names */
	bool lever_read; /* the lever's first paragraph has been read */

	struct strbuf all_text; /* every block's text, one a line */
	int *all_lines;         /* the file line of each of its lines */
	size_t all_count, all_cap;
	struct strbuf ask_text; /* the strategy's and the levers' words */
};

/* The file line of a node of the piece being walked. */
static int file_line(const struct walk *w, cmark_node *n)
{
	int line = cmark_node_get_start_line(n), body = w->g->body_line;

	if (line <= 0)
		return body > 0 ? body + w->line0 : 0;
	return line + w->line0 + (body > 0 ? body - 1 : 0);
}

/* --- depth -----------------------------------------------------------------
 */

static void depth_init(struct depth *d, cmark_node *root, size_t base)
{
	d->stack[0] = root;
	d->top = 0;
	d->base = base;
}

static size_t depth_of_top(const struct depth *d)
{
	return d->base + d->top;
}

/* Track an ENTER event.  Leaf nodes have no EXIT event, so the stack is
 * unwound to the node's parent here rather than on EXIT.  Returns false
 * (and pushes nothing) when the node lies too deep. */
static bool depth_enter(struct walk *w, struct depth *d, cmark_node *n)
{
	cmark_node *parent = cmark_node_parent(n);

	while (d->top > 0 && d->stack[d->top] != parent)
		d->top--;
	if (d->base + d->top + 1 > GUIDE_MAX_MD_DEPTH) {
		if (!w->deep_warned)
			diag_add(
				&w->g->diags, DIAG_WARNING, file_line(w, n),
				"Markdown nested more than %d levels deep; the "
				"deeper part is ignored",
				GUIDE_MAX_MD_DEPTH);
		w->deep_warned = true;
		return false;
	}
	d->stack[++d->top] = n;
	return true;
}

/* --- flat text of one node ------------------------------------------------ */

static bool type_is(cmark_node *n, const char *name)
{
	const char *t = cmark_node_get_type_string(n);

	return t && strcmp(t, name) == 0;
}

/* The node's text with emphasis, links and code flattened; soft and hard
 * line breaks become '\n' so that offsets map back to lines.  depth is
 * the node's depth in the document. */
static void flatten(struct walk *w, cmark_node *node, size_t depth,
                    struct strbuf *out)
{
	cmark_iter *it = cmark_iter_new(node);
	struct depth d;
	cmark_event_type ev;

	if (!it)
		return;
	depth_init(&d, node, depth);
	sb_adds(out, "");
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *lit;

		if (ev != CMARK_EVENT_ENTER || n == node)
			continue;
		/* Struck-out text is what the guide takes back. */
		if (!depth_enter(w, &d, n) || type_is(n, "strikethrough")) {
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			continue;
		}
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
			lit = cmark_node_get_literal(n);
			if (lit)
				sb_adds(out, lit);
			break;
		case CMARK_NODE_CODE:
			/* The backquotes stay: they part the DNA line's tags.
			 */
			lit = cmark_node_get_literal(n);
			if (lit) {
				sb_addc(out, '`');
				sb_adds(out, lit);
				sb_addc(out, '`');
			}
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK: sb_addc(out, '\n'); break;
		default: break;
		}
	}
	cmark_iter_free(it);
}

/* A flattened copy of the node as one clean line. */
static char *node_line(struct walk *w, cmark_node *n, size_t depth)
{
	struct strbuf sb;
	char *s;

	sb_init(&sb);
	flatten(w, n, depth, &sb);
	s = prose_clean_line(sb.data ? sb.data : "", sb.len);
	sb_free(&sb);
	return s;
}

/* "Title:" -> "Title" (in place). */
static void drop_colon(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		s[--n] = '\0';
}

/* The title of a bold run opening a paragraph, or NULL.  With want_colon,
 * the run must end in ':' (inside the bold or just after it). */
static char *bold_lead(struct walk *w, cmark_node *para, size_t depth,
                       bool want_colon)
{
	cmark_node *first = para ? cmark_node_first_child(para) : NULL;
	cmark_node *next;
	const char *lit;
	char *title;
	size_t n;

	if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
		return NULL;
	title = node_line(w, first, depth + 1);
	n = strlen(title);
	if (want_colon && !(n > 0 && title[n - 1] == ':')) {
		next = cmark_node_next(first);
		lit = next && cmark_node_get_type(next) == CMARK_NODE_TEXT
		              ? cmark_node_get_literal(next)
		              : NULL;
		if (!lit || lit[0] != ':') {
			free(title);
			return NULL;
		}
	}
	drop_colon(title);
	if (!title[0]) {
		free(title);
		return NULL;
	}
	return title;
}

/* --- sections and regions ------------------------------------------------ */

static void add_section(struct walk *w, char *title, int line, int level)
{
	struct guide *g = w->g;

	g->sections = xgrow(g->sections, &w->section_cap, g->section_count + 1,
	                    sizeof *g->sections);
	g->sections[g->section_count].title = title;
	g->sections[g->section_count].line = line;
	g->sections[g->section_count].level = level;
	w->section = ++g->section_count;
}

/* The region of the band the words name, or NULL. */
static const char *band_for_words(const struct guide *g, const char *s,
                                  size_t n)
{
	const struct band *b = guide_find_band_words(g, s, n);

	return b ? b->region : NULL;
}

/* The band region a title names in parentheses: "(Paris)", "(NYC)";
 * also one of several: "(London / Remote)".  NULL when none. */
static char *region_in_parens(const struct guide *g, const char *title)
{
	const char *open = strrchr(title, '('), *close, *p, *q;
	const char *r;

	if (!open || !(close = strchr(open, ')')))
		return NULL;
	r = band_for_words(g, open + 1, (size_t)(close - open - 1));
	for (p = open + 1; !r && p < close; p = q + 1) {
		q = p;
		while (q < close && *q != ',' && *q != '/')
			q++;
		r = band_for_words(g, p, (size_t)(q - p));
	}
	return r ? xstrdup(r) : NULL;
}

/* The one band region the text names (capitalised, up to four words:
 * "Paris", "New York", "NYC"); NULL when it names none or several, or
 * when the guide's budget of lookups is spent. */
static char *region_in_text(struct walk *w, const char *s)
{
	const struct guide *g = w->g;
	size_t len = strlen(s), i, k, j, end;
	const char *found = NULL, *r;

	for (i = 0; i < len; i++) {
		/* Names are capitalised: an ASCII capital or any non-ASCII
		 * letter ("Île-de-France") may start one. */
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		      (unsigned char)s[i] >= 0xC0) ||
		    (i > 0 && prose_word_char(s[i - 1])))
			continue;
		end = i;
		for (k = 0; k < 4; k++) {
			j = end;
			if (k > 0) {
				if (j >= len || (s[j] != ' ' && s[j] != '-'))
					break;
				j++;
			}
			if (j >= len || !prose_word_char(s[j]))
				break;
			while (j < len && prose_word_char(s[j]))
				j++;
			end = j;
			if (end - i < 2)
				continue;
			w->region_budget -= (long)g->band_count;
			if (w->region_budget < 0)
				return NULL;
			r = band_for_words(g, s + i, end - i);
			if (r && found && strcmp(r, found) != 0)
				return NULL;
			if (r)
				found = r;
		}
	}
	return found ? xstrdup(found) : NULL;
}

/* --- scripts ---------------------------------------------------------------
 */

static enum script_kind lever_kind(const char *title, const char *text)
{
	if (str_icase_find(title, "compet") || str_icase_find(title, "offer"))
		return SCRIPT_COMPETING;
	if (str_icase_find(title, "premium") || str_icase_find(text, "premium"))
		return SCRIPT_PREMIUM;
	return SCRIPT_LEVER;
}

static void add_script(struct walk *w, const char *q, size_t n, int line)
{
	struct guide *g = w->g;
	const char *section =
		w->section ? g->sections[w->section - 1].title : NULL;
	struct script s;

	memset(&s, 0, sizeof s);
	s.text = prose_clean_line(q, n);
	if (!s.text[0]) {
		free(s.text);
		return;
	}
	s.line = line;
	s.section = section ? xstrdup(section) : NULL;
	if (w->lever) {
		s.kind = lever_kind(w->lever_title, s.text);
		s.title = xstrdup(w->lever_title);
		s.region = w->lever_region ? xstrdup(w->lever_region) : NULL;
		/* The levers say whether the ask includes the premium. */
		sb_adds(&w->ask_text, s.text);
		sb_addc(&w->ask_text, '\n');
	} else {
		s.kind = SCRIPT_PLAIN;
		s.title = xstrdup(section    ? section
		                  : g->title ? g->title
		                             : "Script");
	}
	if (!s.region)
		s.region = region_in_text(w, s.text);
	g->scripts = xgrow(g->scripts, &w->script_cap, g->script_count + 1,
	                   sizeof *g->scripts);
	g->scripts[g->script_count++] = s;
}

static size_t count_words(const char *s, size_t n)
{
	size_t i, words = 0;
	bool in = false;

	for (i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';

		if (!sp && !in)
			words++;
		in = !sp;
	}
	return words;
}

/* Length of an opening (or, with closing, a closing) quote mark at s[i]:
 * '"', or the curly “ / ”. */
static size_t quote_mark(const char *s, size_t len, size_t i, bool closing)
{
	if (s[i] == '"')
		return 1;
	if (i + 2 < len && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == (closing ? 0x9D : 0x9C))
		return 3;
	return 0;
}

/* Every quoted passage of SCRIPT_MIN_WORDS or more in a paragraph's flat
 * text becomes a script; line0 is the paragraph's first line. */
static void scan_quotes(struct walk *w, const char *s, size_t len, int line0)
{
	size_t i = 0, lines = 0, open, a, b;

	while (i < len) {
		if (s[i] == '\n')
			lines++;
		open = quote_mark(s, len, i, false);
		if (!open) {
			i++;
			continue;
		}
		a = i + open;
		for (b = a; b < len && !quote_mark(s, len, b, true); b++)
			;
		if (b >= len)
			return;
		if (count_words(s + a, b - a) >= SCRIPT_MIN_WORDS)
			add_script(w, s + a, b - a, line0 + (int)lines);
		for (; i < b; i++)
			if (s[i] == '\n')
				lines++;
		i = b + quote_mark(s, len, b, true);
	}
}

/* --- blocks -----------------------------------------------------------------
 */

/* all_text gained a line that starts at file line `line` (0: unknown). */
static void note_line(struct walk *w, int line)
{
	w->all_lines = xgrow(w->all_lines, &w->all_cap, w->all_count + 1,
	                     sizeof *w->all_lines);
	w->all_lines[w->all_count++] = line;
}

static void add_text(struct strbuf *sb, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		sb_addc(sb, s[i] == '\n' ? ' ' : s[i]);
	sb_addc(sb, '\n');
}

/* A title that names the negotiation strategy. */
static bool strategy_title(const char *t)
{
	return t && str_icase_find(t, "strateg") &&
	       (str_icase_find(t, "negotiat") || str_icase_find(t, "counter") ||
	        strlen(t) <= 12);
}

/* Sections whose figures are the market's, never an ask: the DNA, the
 * level mapping, the sources. */
static bool market_section(const struct walk *w)
{
	const char *t =
		w->section ? w->g->sections[w->section - 1].title : NULL;

	return t &&
	       (str_icase_find(t, "negotiation dna") ||
	        str_icase_find(t, "level mapping") ||
	        str_icase_find(t, "evidence") || str_icase_find(t, "sources"));
}

/* Read a paragraph's figures, outside a quote. */
static void read_figures(struct walk *w, const char *text, size_t len, int line,
                         bool strategy_lead)
{
	enum figures_block kind = FIG_OTHER;
	const struct band *region = NULL;
	bool new_block = true;

	if (strategy_lead || w->heading_strategy) {
		kind = FIG_STRATEGY;
		new_block = strategy_lead || !w->lever_read;
		w->lever_read = true;
	} else if (w->lever) {
		kind = FIG_LEVER;
		new_block = !w->lever_read;
		w->lever_read = true;
		if (w->lever_region)
			region = guide_find_band(w->g, w->lever_region);
	} else if (market_section(w)) {
		return;
	}
	if (!region)
		region = w->heading_band;
	figures_read(w->fig, kind, new_block, region, text, len, line);
}

static void on_heading(struct walk *w, cmark_node *n, size_t depth)
{
	char *title = node_line(w, n, depth);

	if (!title[0]) {
		free(title);
		return;
	}
	{
		int level = cmark_node_get_heading_level(n);

		/* A strategy heading runs to the next heading at its level or
		 * above; a heading that names one band scopes its section
		 * ("Scenario 1: Senior Data Scientist Offer"). */
		if (strategy_title(title) && w->g->title) {
			w->heading_strategy = true;
			w->strategy_level = level;
		} else if (w->heading_strategy && level <= w->strategy_level) {
			w->heading_strategy = false;
		}
		w->heading_band = w->g->title
		                          ? figures_region_named(w->fig, title,
		                                                 strlen(title))
		                          : NULL;
	}
	w->lever_read = false;
	if (!w->g->title)
		w->g->title = xstrdup(title);
	sb_adds(&w->all_text, title);
	sb_addc(&w->all_text, '\n');
	note_line(w, file_line(w, n));
	add_section(w, title, file_line(w, n), cmark_node_get_heading_level(n));
}

static void on_paragraph(struct walk *w, cmark_node *n, size_t depth)
{
	struct strbuf sb;
	cmark_node *parent = cmark_node_parent(n);
	char *title = NULL;
	bool lead = false;
	int line = file_line(w, n);

	if (parent && cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT &&
	    (title = bold_lead(w, n, depth, false))) {
		/* A bold-led paragraph starts a section, and ends a strategy
		 * that a heading opened. */
		lead = strategy_title(title);
		w->heading_strategy = false;
		add_section(w, title, line, 0);
	}
	sb_init(&sb);
	flatten(w, n, depth, &sb);
	if (sb.len > 0) {
		scan_quotes(w, sb.data, sb.len, line);
		add_text(&w->all_text, sb.data, sb.len);
		note_line(w, line);
		if (w->quote) {
			struct quote_para *q;

			add_text(&w->quote_text, sb.data, sb.len);
			w->paras = xgrow(w->paras, &w->para_cap,
			                 w->para_count + 1, sizeof *w->paras);
			q = &w->paras[w->para_count++];
			q->text = xstrndup(sb.data, sb.len);
			q->len = sb.len;
			q->line = line;
		} else {
			read_figures(w, sb.data, sb.len, line, lead);
		}
	}
	sb_free(&sb);
}

static void on_item_enter(struct walk *w, cmark_node *n, size_t depth)
{
	cmark_node *list = cmark_node_parent(n);
	cmark_node *para = cmark_node_first_child(n);

	if (w->lever || !list ||
	    cmark_node_get_list_type(list) != CMARK_ORDERED_LIST || !para ||
	    cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH)
		return;
	w->lever_title = bold_lead(w, para, depth + 1, true);
	if (!w->lever_title)
		return;
	w->lever = n;
	w->lever_read = false;
	w->lever_region = region_in_parens(w->g, w->lever_title);
}

static void on_item_exit(struct walk *w, cmark_node *n)
{
	if (n != w->lever)
		return;
	free(w->lever_title);
	free(w->lever_region);
	w->lever_title = w->lever_region = NULL;
	w->lever = NULL;
}

static void on_quote_enter(struct walk *w, cmark_node *n, size_t depth)
{
	cmark_node *para = cmark_node_first_child(n);

	if (w->quote || !para ||
	    cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH)
		return;
	w->quote_title = bold_lead(w, para, depth + 1, false);
	if (!w->quote_title)
		return;
	w->quote = n;
	w->quote_first_script = w->g->script_count;
	sb_free(&w->quote_text);
	sb_init(&w->quote_text);
	w->para_count = 0;
}

/* Does the quote's text state an ask or a floor at all: an amount and
 * a word of the strategy? */
static bool states_ask(const char *s)
{
	static const char *const words[] = {
		"ask", "target", "floor", "accept", "open at", "anchor", NULL};
	struct prose_money tok;
	size_t pos = 0, i;

	if (!prose_scan_money(s, strlen(s), &pos, &tok))
		return false;
	for (i = 0; words[i]; i++)
		if (prose_find_word(s, 0, strlen(s), words[i]) != PROSE_NONE)
			return true;
	return false;
}

static void on_quote_exit(struct walk *w, cmark_node *n)
{
	struct guide *g = w->g;
	size_t i;
	bool strategy;

	if (n != w->quote)
		return;
	strategy = !w->have_strategy && w->quote_text.len > 0 &&
	           (strategy_title(w->quote_title) ||
	            states_ask(w->quote_text.data));
	for (i = 0; i < w->para_count; i++) {
		struct quote_para *q = &w->paras[i];

		if (strategy)
			figures_read(w->fig, FIG_STRATEGY, i == 0, NULL,
			             q->text, q->len, q->line);
		else
			read_figures(w, q->text, q->len, q->line, false);
		free(q->text);
	}
	w->para_count = 0;
	if (strategy) {
		w->have_strategy = true;
		/* Its scripts speak for every region at once. */
		for (i = w->quote_first_script; i < g->script_count; i++) {
			struct script *s = &g->scripts[i];

			s->kind = SCRIPT_STRATEGY;
			free(s->title);
			s->title = xstrdup(w->quote_title);
			free(s->region);
			s->region = NULL;
		}
		sb_add(&w->ask_text, w->quote_text.data, w->quote_text.len);
	}
	free(w->quote_title);
	w->quote_title = NULL;
	w->quote = NULL;
}

/* --- the band table --------------------------------------------------------
 */

static void on_table(struct walk *w, cmark_node *table, size_t depth)
{
	struct band_table t;
	char *cells[BAND_TABLE_MAX_COLUMNS + 1];
	cmark_node *row = cmark_node_first_child(table), *cell;
	size_t ncols = 0, c;
	bool bands;

	if (!row || !cmark_gfm_extensions_get_table_row_is_header(row))
		return;
	for (cell = cmark_node_first_child(row);
	     cell && ncols <= BAND_TABLE_MAX_COLUMNS;
	     cell = cmark_node_next(cell))
		cells[ncols++] = node_line(w, cell, depth + 2);
	bands = band_table_header(&t, cells, ncols);
	for (c = 0; c < ncols; c++) {
		sb_adds(&w->all_text, cells[c]);
		sb_addc(&w->all_text, ' ');
		free(cells[c]);
	}
	sb_addc(&w->all_text, '\n');
	note_line(w, file_line(w, table));
	if (!bands) {
		band_table_free(&t);
		return;
	}
	for (row = cmark_node_next(row); row; row = cmark_node_next(row)) {
		size_t n = 0;

		for (cell = cmark_node_first_child(row); cell && n < ncols;
		     cell = cmark_node_next(cell))
			cells[n++] = node_line(w, cell, depth + 2);
		band_table_row(w->g, &t, cells, n, file_line(w, row), false);
		for (c = 0; c < n; c++) {
			sb_adds(&w->all_text, cells[c]);
			sb_addc(&w->all_text, ' ');
			free(cells[c]);
		}
		sb_addc(&w->all_text, '\n');
		note_line(w, file_line(w, row));
	}
	band_table_free(&t);
}
/* --- the walk --------------------------------------------------------------
 */

static void walk_tree(struct walk *w, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	if (!it)
		return;
	depth_init(&w->depth, doc, 0);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		size_t depth;

		if (n == doc)
			continue;
		if (ev == CMARK_EVENT_EXIT) {
			if (cmark_node_get_type(n) == CMARK_NODE_ITEM)
				on_item_exit(w, n);
			else if (cmark_node_get_type(n) ==
			         CMARK_NODE_BLOCK_QUOTE)
				on_quote_exit(w, n);
			continue;
		}
		if (!depth_enter(w, &w->depth, n)) {
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			continue;
		}
		depth = depth_of_top(&w->depth);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_HEADING:
			on_heading(w, n, depth);
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_PARAGRAPH:
			on_paragraph(w, n, depth);
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_ITEM: on_item_enter(w, n, depth); break;
		case CMARK_NODE_BLOCK_QUOTE: on_quote_enter(w, n, depth); break;
		default:
			if (type_is(n, "table")) {
				on_table(w, n, depth);
				cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			}
			break;
		}
	}
	cmark_iter_free(it);
}

void body_parse(struct guide *g)
{
	struct walk w;
	struct markdown_tree tree;
	size_t i, listed = 0, unlisted = 0;

	memset(&w, 0, sizeof w);
	w.g = g;
	w.fig = figures_new(g);
	w.region_budget = REGION_SCAN_BUDGET;
	sb_init(&w.quote_text);
	sb_init(&w.all_text);
	sb_init(&w.ask_text);
	/* The whole body, or piece by piece when cmark-gfm would need more
	 * memory for it than its bound (markdown.h). */
	struct markdown_cursor cur = {0};
	while (markdown_body_next(g, &cur, &tree)) {
		w.deep_warned = w.deep_warned || cur.deep_warned;
		w.line0 = tree.line0;
		if (tree.doc)
			walk_tree(&w, tree.doc);
		/* Every block closes with its piece: nothing may point into
		 * a tree once it is freed. */
		if (w.lever)
			on_item_exit(&w, w.lever);
		if (w.quote)
			on_quote_exit(&w, w.quote);
		markdown_tree_free(&tree);
	}
	/* A lever or quote still open means the walk stopped early. */
	free(w.lever_title);
	free(w.lever_region);
	free(w.quote_title);
	for (i = 0; i < w.para_count; i++)
		free(w.paras[i].text);
	free(w.paras);
	/* What the prose says of asks, floors and counters belongs to the
	 * opened guide: its bands get their own from here on. */
	for (i = 0; i < g->band_count; i++)
		guide_band_own_asks(&g->bands[i]);
	figures_finish(w.fig);
	figures_free(w.fig);

	/* Even without a body, the DNA summary may name the premium. */
	/* A band with no numbers and no words for them in the table: the
	 * guide says nothing about pay there. */
	for (i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];

		if (!band_has_numbers(b) && !b->words.base &&
		    !b->words.equity && !b->words.total)
			diag_add(&g->diags, DIAG_WARNING, b->line,
			         "region '%s' has no numbers, and the band "
			         "table "
			         "says nothing of its pay",
			         b->region);
	}
	premium_find(g, w.all_text.data ? w.all_text.data : "", w.all_lines,
	             w.all_count, w.ask_text.data ? w.ask_text.data : "");
	free(w.all_lines);
	for (i = 0; i < g->script_count; i++) {
		bool report = listed < BODY_MAX_MATH_WARNINGS;
		size_t n = script_math_check(g, &g->scripts[i], report);

		if (report)
			listed += n;
		else
			unlisted += n;
	}
	if (unlisted > 0)
		diag_add(&g->diags, DIAG_WARNING, 0,
		         "%zu more wrong four-year sums in scripts not listed",
		         unlisted);
	sb_free(&w.quote_text);
	sb_free(&w.all_text);
	sb_free(&w.ask_text);
}
