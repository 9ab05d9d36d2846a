/* body_head.c - a guide without front matter: its title names the role
 * and the company ("### Data Engineer | Amplitude Global Negotiation
 * Guide", "# Staff Engineer — Acme"), its band table holds the bands in
 * words ("$150K–$188K", "10–15%").  Only the head of the body is read
 * here (the title, the DNA line and the first table), so that a library
 * of such guides opens as fast as one with front matter.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark-gfm-core-extensions.h>

#include "band_table.h"
#include "body_head.h"
#include "markdown.h"
#include "negotiator/text.h"
#include "reader/prose.h"

/* How far into the body the title and the band table may stand. */
#define HEAD_MAX_LINES 120

struct line {
	const char *s;
	size_t n;
};

/* The line at pos: its text without the line end, and the next line. */
static struct line line_at(const char *data, size_t len, size_t *pos)
{
	const char *nl = memchr(data + *pos, '\n', len - *pos);
	struct line l = {data + *pos, (nl ? (size_t)(nl - data) : len) - *pos};

	*pos = nl ? (size_t)(nl - data) + 1 : len;
	if (l.n > 0 && l.s[l.n - 1] == '\r')
		l.n--;
	return l;
}

static bool blank(struct line l)
{
	for (size_t i = 0; i < l.n; i++)
		if (l.s[i] != ' ' && l.s[i] != '\t')
			return false;
	return true;
}

static bool table_line(struct line l)
{
	size_t i = 0;

	while (i < l.n && l.s[i] == ' ')
		i++;
	return i < l.n && l.s[i] == '|';
}

static bool starts_with_i(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	if (n < k)
		return false;
	for (size_t i = 0; i < k; i++)
		if ((s[i] | 0x20) != (w[i] | 0x20))
			return false;
	return true;
}

/* The title's role and company: "Role | Company Global Negotiation
 * Guide", "Role — Company", "Role – Company", "Role at Company". */
static bool split_title(const char *t, char **role, char **company)
{
	static const char *const seps[] = {" | ", " — ",  " – ",
	                                   " - ", " at ", NULL};
	static const char *const tails[] = {"global negotiation guide",
	                                    "negotiation guide",
	                                    "compensation guide",
	                                    "negotiation playbook",
	                                    "guide",
	                                    NULL};
	const char *sep = NULL;
	size_t k, seplen = 0, n;

	for (k = 0; seps[k] && !sep; k++)
		if ((sep = strstr(t, seps[k])))
			seplen = strlen(seps[k]);
	if (!sep)
		return false;
	*role = xstrndup(t, (size_t)(sep - t));
	*company = xstrdup(sep + seplen);
	n = strlen(*company);
	/* "Company Negotiation Guide (Global)": the guide's own scope
	 * after its tail goes with it. */
	const char *open = strrchr(*company, '(');
	if (n && (*company)[n - 1] == ')' && open && open > *company &&
	    open[-1] == ' ') {
		size_t cut = (size_t)(open - *company) - 1;
		for (k = 0; tails[k]; k++) {
			size_t m = strlen(tails[k]);
			if (cut > m &&
			    strncasecmp(*company + cut - m, tails[k], m) == 0) {
				(*company)[cut] = '\0';
				n = cut;
				break;
			}
		}
	}
	for (k = 0; tails[k]; k++) {
		size_t m = strlen(tails[k]);

		if (n > m && str_ieq(*company + n - m, tails[k]) &&
		    (*company)[n - m - 1] == ' ') {
			(*company)[n - m - 1] = '\0';
			break;
		}
	}
	text_squeeze(*role);
	text_squeeze(*company);
	if (!**role || !**company) {
		free(*role);
		free(*company);
		return false;
	}
	return true;
}

/* A slug of the words: lower-case letters and digits, '-' between. */
static char *slug(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *p = out;
	bool dash = false;

	for (; *s; s++) {
		char c = *s;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && p > out)
				*p++ = '-';
			*p++ = c;
			dash = false;
		} else {
			dash = true;
		}
	}
	*p = '\0';
	return out;
}

/* The title line's text: "#"s and emphasis marks left out. */
static char *title_text(struct line l)
{
	size_t i = 0;
	char *t, *p, *q;

	while (i < l.n && (l.s[i] == '#' || l.s[i] == ' '))
		i++;
	t = prose_clean_line(l.s + i, l.n - i);
	for (p = q = t; *p; p++)
		if (*p != '*' && *p != '_')
			*q++ = *p;
	*q = '\0';
	text_squeeze(t);
	return t;
}

bool body_head_probe(const char *data, size_t len)
{
	size_t pos = 0;
	int lines = 0;
	bool title = false;

	while (pos < len && lines++ < HEAD_MAX_LINES) {
		struct line l = line_at(data, len, &pos);

		if (blank(l))
			continue;
		if (!title) {
			char *t = title_text(l), *r, *c;

			title = split_title(t, &r, &c);
			free(t);
			if (!title)
				return false;
			free(r);
			free(c);
			continue;
		}
		if (table_line(l))
			return true;
	}
	return false;
}

/* Read the first table of [a, z) into bands. */
static bool read_table(struct guide *g, const char *s, size_t n, int line)
{
	struct markdown_tree tree;
	cmark_node *doc, *node, *row, *cell;
	struct band_table t;
	char *cells[BAND_TABLE_MAX_COLUMNS + 1] = {NULL};
	bool ok = false;

	/* Within the bound on cmark-gfm's memory, as the body is. */
	if (!markdown_tree_parse(s, n, true, &tree, NULL))
		return false;
	doc = tree.doc;
	for (node = doc ? cmark_node_first_child(doc) : NULL; node;
	     node = cmark_node_next(node)) {
		const char *type = cmark_node_get_type_string(node);
		size_t ncols = 0, c;

		if (!type || strcmp(type, "table") != 0)
			continue;
		row = cmark_node_first_child(node);
		for (cell = row ? cmark_node_first_child(row) : NULL;
		     cell && ncols <= BAND_TABLE_MAX_COLUMNS;
		     cell = cmark_node_next(cell)) {
			struct strbuf sb;

			sb_init(&sb);
			markdown_node_text(cell, &sb);
			cells[ncols++] = prose_clean_line(
				sb.data ? sb.data : "", sb.len);
			sb_free(&sb);
		}
		ok = band_table_header(&t, cells, ncols);
		for (c = 0; c < ncols; c++)
			free(cells[c]);
		if (!ok) {
			band_table_free(&t);
			break;
		}
		for (row = cmark_node_next(row); row;
		     row = cmark_node_next(row)) {
			size_t k = 0;

			for (cell = cmark_node_first_child(row);
			     cell && k < ncols; cell = cmark_node_next(cell)) {
				struct strbuf sb;

				sb_init(&sb);
				markdown_node_text(cell, &sb);
				cells[k++] = prose_clean_line(
					sb.data ? sb.data : "", sb.len);
				sb_free(&sb);
			}
			band_table_row(g, &t, cells, k,
			               line + cmark_node_get_start_line(row) -
			                       1,
			               true);
			for (c = 0; c < k; c++)
				free(cells[c]);
		}
		band_table_free(&t);
		break;
	}
	markdown_tree_free(&tree);
	return ok && g->band_count > 0;
}

bool body_head_read(struct guide *g, const char *data, size_t len,
                    struct diag_list *errs)
{
	size_t pos = 0;
	int line = 0, table_line0 = 0;
	char *role = NULL, *company = NULL;
	const char *table = NULL;
	size_t table_len = 0;

	while (pos < len && line < HEAD_MAX_LINES) {
		size_t here = pos;
		struct line l = line_at(data, len, &pos);

		line++;
		if (blank(l))
			continue;
		if (!role) {
			char *t = title_text(l);
			bool ok = split_title(t, &role, &company);

			if (ok) {
				g->title = t;
			} else {
				free(t);
				break;
			}
			continue;
		}
		/* "**Negotiation DNA:** ...": the summary, premium tag and all.
		 */
		if (!g->dna_summary && !table &&
		    starts_with_i(l.s, l.n, "**negotiation dna:**"))
			g->dna_summary = prose_clean_line(l.s + 20, l.n - 20);
		if (table_line(l)) {
			if (!table) {
				table = data + here;
				table_line0 = line;
			}
			table_len = pos - (size_t)(table - data);
		} else if (table) {
			break;
		}
	}
	if (!role || !table) {
		free(role);
		free(company);
		diag_add(errs, DIAG_ERROR, 1,
		         "not a guide (no front matter, and no title and band "
		         "table)");
		return false;
	}
	g->role_display = role;
	g->company_display = company;
	g->role = slug(role);
	g->company = slug(company);
	if (!g->role[0] || !g->company[0] ||
	    !read_table(g, table, table_len, table_line0)) {
		diag_add(errs, DIAG_ERROR, table_line0 ? table_line0 : 1,
		         "not a guide (no front matter, and its first table "
		         "holds "
		         "no bands)");
		return false;
	}
	size_t n = strlen(g->company) + strlen(g->role) + 2;
	g->id = xmalloc(n);
	snprintf(g->id, n, "%s/%s", g->company, g->role);
	g->no_front_matter = true;
	return true;
}
