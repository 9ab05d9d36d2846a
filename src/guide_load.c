/* guide_load.c - from a file to the model: the file read within its
 * limit, the front matter split off and read (frontmatter.c), and, on
 * first need, the Markdown body (body.c).
 *
 * Only the front matter is read when a guide is loaded, so that a
 * library of thousands opens fast; guide_load_body() reads the body
 * when the guide is opened.  Nothing else loads it: the calculator and
 * the front ends work on what was loaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "body_head.h"
#include "frontmatter.h"
#include "markdown.h"
#include "guide_file.h"
#include "negotiator/guide_load.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "reader/prose.h"
#include "yaml_tree.h"

#define WARN(g, line, ...)                                                     \
	diag_add(&(g)->diags, DIAG_WARNING, (line), __VA_ARGS__)

static int line_of_offset(const char *data, size_t off)
{
	int line = 1;
	const char *p = data, *end = data + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* Warnings in file order (a stable insertion sort: lists are short). */
static void sort_by_line(struct diag_list *l)
{
	size_t i, j;

	for (i = 1; i < l->count; i++) {
		struct diag d = l->items[i];

		for (j = i; j > 0 && l->items[j - 1].line > d.line; j--)
			l->items[j] = l->items[j - 1];
		l->items[j] = d;
	}
}

/* A guide without front matter: a title and a band table. */
/* The file's name raw, for reading it again, and cleaned for people:
 * one string when cleaning changes nothing, as nearly always (a library
 * of thousands holds one copy of each; guide_free knows). */
static void set_path(struct guide *g, const char *path)
{
	g->path = xstrdup(path ? path : "");
	g->path_shown = text_clean(g->path, strlen(g->path), false);
	if (strcmp(g->path_shown, g->path) == 0) {
		free(g->path_shown);
		g->path_shown = g->path;
	}
}

static struct guide *load_headless(const char *path, const char *data,
                                   size_t len, struct diag_list *errs,
                                   bool defer_body)
{
	size_t bom = frontmatter_bom_len(data, len), bad;
	char *text = text_clean(data + bom, len - bom, true);
	struct guide *g = xcalloc(1, sizeof *g);

	set_path(g, path);
	if (!body_head_read(g, text, strlen(text), errs)) {
		free(text);
		guide_free(g);
		return NULL;
	}
	bad = utf8_first_invalid(data, len);
	if (bad < len)
		WARN(g, line_of_offset(data, bad),
		     "invalid UTF-8 (first at this line); shown as U+FFFD");
	sort_by_line(&g->diags);
	g->body_line = 1;
	if (defer_body) {
		g->body_deferred = g->body_from_file = true;
		free(text);
	} else {
		g->body = text;
	}
	return g;
}

struct guide *guide_load_buffer(const char *path, const char *data, size_t len,
                                struct diag_list *errs)
{
	return guide_load_data(path, data, len, errs, false);
}

/* The front matter's YAML tree.  Cleaning first means bad bytes reach
 * libyaml as U+FFFD instead of failing the whole file; line breaks are
 * kept, so lines still match. */
static struct ynode *yaml_of(const struct frontmatter *fm,
                             struct diag_list *errs, bool *failed)
{
	char *yaml = text_clean(fm->yaml, fm->yaml_len, true);
	struct ynode *root = yaml_tree_parse(yaml, strlen(yaml), fm->yaml_line,
	                                     errs, failed);

	free(yaml);
	return root;
}

/* The free texts a guide let go when it was listed, read again with its
 * body (guide_let_go_front_texts). */
static void texts_reread(struct guide *g, const struct frontmatter *fm)
{
	struct diag_list errs = {0};
	bool failed;
	struct ynode *root = yaml_of(fm, &errs, &failed);

	g->texts_deferred = false;
	if (!failed)
		frontmatter_read_texts(g, root);
	yaml_tree_free(root);
	diag_list_free(&errs);
}

static struct guide *load_data(const char *path, const char *data, size_t len,
                               struct diag_list *errs, bool defer_body)
{
	struct frontmatter fm;
	struct guide *g;
	struct ynode *root;
	const char *why, *nul;
	bool failed;
	size_t bad;
	int line;

	if (!guide_file_size_ok(len, errs))
		return NULL;
	if (len == frontmatter_bom_len(data, len)) {
		diag_add(errs, DIAG_ERROR, 0, "empty file");
		return NULL;
	}
	nul = memchr(data, '\0', len);
	if (nul) {
		diag_add(errs, DIAG_ERROR,
		         line_of_offset(data, (size_t)(nul - data)),
		         "binary file (it holds NUL bytes), not a guide");
		return NULL;
	}
	if (!frontmatter_opens(data, len))
		return load_headless(path, data, len, errs, defer_body);
	if (!frontmatter_split(data, len, &fm, &why, &line)) {
		diag_add(errs, DIAG_ERROR, line, "%s", why);
		return NULL;
	}

	root = yaml_of(&fm, errs, &failed);
	if (failed)
		return NULL;

	g = xcalloc(1, sizeof *g);
	set_path(g, path);
	bad = utf8_first_invalid(data, len);
	if (bad < len)
		WARN(g, line_of_offset(data, bad),
		     "invalid UTF-8 (first at this line); shown as U+FFFD");
	if (!frontmatter_read(g, root, fm.yaml_line, errs)) {
		yaml_tree_free(root);
		guide_free(g);
		return NULL;
	}
	yaml_tree_free(root);
	sort_by_line(&g->diags);
	g->body_line = fm.body_line;
	/* From a file the body is read again when the guide is opened, so a
	 * library of thousands holds only front matter, and of that only
	 * what the list needs (not the long free texts). */
	if (defer_body) {
		g->body_deferred = g->body_from_file = true;
		guide_let_go_front_texts(g);
	} else {
		g->body = text_clean(fm.body, fm.body_len, true);
	}
	return g;
}

struct guide *guide_load_data(const char *path, const char *data, size_t len,
                              struct diag_list *errs, bool defer_body)
{
	struct guide *g = load_data(path, data, len, errs, defer_body);
	/* What the body is read again from must be this file still. */
	if (g && defer_body)
		g->file_hash = text_hash(data, len);
	return g;
}

struct guide *guide_load(const char *path, struct diag_list *errs)
{
	struct guide *g;
	char *data;
	size_t len;

	if (!guide_file_read(path, &data, &len, errs))
		return NULL;
	g = guide_load_data(path, data, len, errs, true);
	free(data);
	return g;
}

/* Read a deferred body back from the guide's file; false, with a
 * warning in g->diags, when the file no longer reads as the same guide. */
static bool body_reread(struct guide *g, bool *changed)
{
	struct diag_list errs = {0};
	struct frontmatter fm;
	const char *why = "it changed";
	char *data;
	size_t len;
	int line;
	bool ok = false;

	*changed = false;
	g->body_deferred = false;
	if (guide_file_read(g->path, &data, &len, &errs)) {
		*changed = text_hash(data, len) != g->file_hash;
		if (*changed) {
			ok = true; /* read again whole, by the caller */
		} else if (g->no_front_matter &&
		           !frontmatter_opens(data, len)) {
			size_t bom = frontmatter_bom_len(data, len);

			g->body = text_clean(data + bom, len - bom, true);
			g->body_line = 1;
			ok = true;
		} else if (!g->no_front_matter &&
		           frontmatter_split(data, len, &fm, &why, &line)) {
			g->body = text_clean(fm.body, fm.body_len, true);
			g->body_line = fm.body_line;
			if (g->texts_deferred)
				texts_reread(g, &fm);
			ok = true;
		}
		free(data);
	} else if (errs.count > 0) {
		why = errs.items[0].message;
	}
	if (!ok)
		WARN(g, 0, "body could not be read again: %s", why);
	diag_list_free(&errs);
	return ok;
}

void guide_release_body_text(struct guide *g)
{
	/* Only a body that can be read again from its file. */
	if (!g || !g->body_loaded || !g->body || !g->body_from_file ||
	    g->body_released)
		return;
	free(g->body);
	g->body = NULL;
	g->body_released = true;
}

/* The file changed since g was loaded: read the whole guide again into
 * g (the same struct: the library and the TUI point at it).  False, g as
 * it was, when the file no longer loads as the same guide. */
static bool reload_whole(struct guide *g)
{
	struct diag_list errs = {0};
	struct guide *fresh = guide_load(g->path, &errs);
	const char *why =
		errs.count ? errs.items[0].message : "it no longer loads";
	bool same = fresh && fresh->id && g->id && !strcmp(fresh->id, g->id);
	if (fresh && !same)
		why = "it holds another guide now";
	if (!same) {
		WARN(g, 0,
		     "the file changed and cannot be read again (%s): "
		     "the guide is as it was first read",
		     why);
		guide_free(fresh);
		diag_list_free(&errs);
		return false;
	}
	diag_list_free(&errs);
	guide_load_body(fresh);
	WARN(fresh, 0, "the file changed after it was loaded: read again");
	/* The old contents go with the fresh struct. */
	struct guide old = *g;
	*g = *fresh;
	*fresh = old;
	guide_free(fresh);
	return true;
}

bool guide_let_go(struct guide *g)
{
	struct diag_list errs = {0};
	struct guide *fresh = NULL;
	char *data;
	size_t len;

	if (!g || !g->body_from_file || !g->body_loaded)
		return false;
	/* The guide as a library loads it, from its file as it was: a
	 * file changed since keeps what was read (its text let go). */
	if (guide_file_read(g->path, &data, &len, &errs)) {
		if (text_hash(data, len) == g->file_hash)
			fresh = guide_load_data(g->path, data, len, &errs,
			                        true);
		free(data);
	}
	diag_list_free(&errs);
	if (!fresh || !fresh->id || !g->id || strcmp(fresh->id, g->id) != 0) {
		guide_free(fresh);
		guide_release_body_text(g);
		return false;
	}
	/* In place (the library and the TUI point at g); the reading goes
	 * with the fresh struct. */
	struct guide opened = *g;
	*g = *fresh;
	*fresh = opened;
	guide_free(fresh);
	return true;
}

enum guide_body guide_load_body(struct guide *g)
{
	bool changed = false;

	if (!g)
		return GUIDE_BODY_READ;
	if (g->body_loaded && g->body_released) {
		/* The text only: what was read from it stays, and so do its
		 * findings.  Lines nested too deep were said the first time. */
		g->body_released = false;
		if (!body_reread(g, &changed))
			return GUIDE_BODY_GONE;
		if (changed)
			return reload_whole(g) ? GUIDE_BODY_RELOADED
			                       : GUIDE_BODY_GONE;
		markdown_blank_deep_lines(g, false);
		return GUIDE_BODY_READ;
	}
	if (g->body_loaded)
		return GUIDE_BODY_READ;
	g->body_loaded = true;
	bool read = !g->body_deferred || body_reread(g, &changed);
	if (read && changed) {
		/* Changed between the library's load and this open (the
		 * first, or the first since it was let go): its bands are
		 * from before too. */
		g->body_loaded = false;
		if (reload_whole(g))
			return GUIDE_BODY_RELOADED;
		g->body_loaded = true; /* as it was read, without its text */
		return GUIDE_BODY_GONE;
	}
	/* Gone since (deleted, unreadable): what the front matter says
	 * stays, without a body, and the caller says so. */
	body_parse(g);
	guide_note_equity_kind(g);
	return read ? GUIDE_BODY_READ : GUIDE_BODY_GONE;
}
