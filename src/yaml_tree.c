/* yaml_tree.c - YAML text into a small tree, under hard limits: no
 * aliases, bounded depth and node count (libyaml's event parser). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "negotiator/guide.h"
#include "negotiator/text.h"
#include "yaml_tree.h"

/* --- YAML into a bounded tree ------------------------------------------ */

struct yparse {
	yaml_parser_t parser;
	const char *text;
	int first_line;
	size_t events;
	struct diag_list *errs;
};

static int yaml_file_line(const struct yparse *p, size_t yaml_line)
{
	if (yaml_line > (size_t)(INT_MAX - p->first_line))
		return INT_MAX;
	return (int)yaml_line + p->first_line;
}

static void report_yaml_error(struct yparse *p)
{
	const yaml_parser_t *y = &p->parser;
	const char *problem = y->problem ? y->problem : "syntax error";
	size_t line = y->problem_mark.line;

	if (y->error == YAML_MEMORY_ERROR) {
		diag_add(p->errs, DIAG_ERROR, 0, "YAML error: out of memory");
		return;
	}
	if (y->error == YAML_READER_ERROR) {
		/* The reader knows a byte offset, not a line. */
		size_t i;
		line = 0;
		for (i = 0; i < y->problem_offset && p->text[i]; i++)
			line += p->text[i] == '\n';
	}
	if (y->context)
		diag_add(p->errs, DIAG_ERROR, yaml_file_line(p, line),
		         "YAML error: %s, %s at line %d", problem, y->context,
		         yaml_file_line(p, y->context_mark.line));
	else
		diag_add(p->errs, DIAG_ERROR, yaml_file_line(p, line),
		         "YAML error: %s", problem);
}

/* The next event, within the limits: no aliases, a bounded count. */
static bool next_event(struct yparse *p, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&p->parser, ev)) {
		report_yaml_error(p);
		return false;
	}
	if (++p->events > GUIDE_MAX_YAML_NODES) {
		diag_add(p->errs, DIAG_ERROR,
		         yaml_file_line(p, ev->start_mark.line),
		         "front matter has more than %d YAML nodes",
		         GUIDE_MAX_YAML_NODES);
		yaml_event_delete(ev);
		return false;
	}
	if (ev->type == YAML_ALIAS_EVENT) {
		/* Refusing aliases outright is what stops "billion laughs". */
		diag_add(p->errs, DIAG_ERROR,
		         yaml_file_line(p, ev->start_mark.line),
		         "YAML aliases are not allowed");
		yaml_event_delete(ev);
		return false;
	}
	return true;
}

static void ynode_clear(struct ynode *n)
{
	size_t i;

	for (i = 0; i < n->count; i++)
		ynode_clear(&n->items[i]);
	free(n->items);
	free(n->text);
}

/* Build into out the node that ev starts; consumes ev.  Recursion is
 * bounded by GUIDE_MAX_YAML_DEPTH. */
static bool build_node(struct yparse *p, yaml_event_t *ev, struct ynode *out,
                       int depth)
{
	yaml_event_type_t end;
	size_t cap = 0;

	memset(out, 0, sizeof *out);
	out->line = yaml_file_line(p, ev->start_mark.line);
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		out->kind = YNODE_SCALAR;
		out->len = ev->data.scalar.length;
		out->text = xmalloc(out->len + 1);
		memcpy(out->text, ev->data.scalar.value, out->len);
		out->text[out->len] = '\0';
		/* A tag (!!str) makes even a plain scalar text. */
		out->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
		             ev->data.scalar.plain_implicit;
		yaml_event_delete(ev);
		return true;
	case YAML_MAPPING_START_EVENT:
		out->kind = YNODE_MAP;
		end = YAML_MAPPING_END_EVENT;
		break;
	case YAML_SEQUENCE_START_EVENT:
		out->kind = YNODE_SEQ;
		end = YAML_SEQUENCE_END_EVENT;
		break;
	default:
		diag_add(p->errs, DIAG_ERROR, out->line,
		         "YAML error: unexpected event");
		yaml_event_delete(ev);
		return false;
	}
	yaml_event_delete(ev);
	if (depth >= GUIDE_MAX_YAML_DEPTH) {
		diag_add(p->errs, DIAG_ERROR, out->line,
		         "YAML nested deeper than %d levels",
		         GUIDE_MAX_YAML_DEPTH);
		return false;
	}
	for (;;) {
		yaml_event_t child;

		if (!next_event(p, &child))
			return false;
		if (child.type == end) {
			yaml_event_delete(&child);
			return true;
		}
		out->items = xgrow(out->items, &cap, out->count + 1,
		                   sizeof *out->items);
		if (!build_node(p, &child, &out->items[out->count++],
		                depth + 1))
			return false;
	}
}

struct ynode *yaml_tree_parse(const char *yaml, size_t len, int first_line,
                              struct diag_list *errs, bool *failed)
{
	struct yparse p;
	struct ynode *root = NULL;
	yaml_event_t ev;

	*failed = false;
	memset(&p, 0, sizeof p);
	p.text = yaml;
	p.first_line = first_line;
	p.errs = errs;
	if (!yaml_parser_initialize(&p.parser)) {
		diag_add(errs, DIAG_ERROR, 0, "YAML error: out of memory");
		*failed = true;
		return NULL;
	}
	yaml_parser_set_input_string(&p.parser, (const unsigned char *)yaml,
	                             len);
	yaml_parser_set_encoding(&p.parser, YAML_UTF8_ENCODING);
	/* Only the first document matters; reading on to its end still
	 * catches errors after the root node. */
	while (next_event(&p, &ev)) {
		yaml_event_type_t type = ev.type;

		if (type == YAML_STREAM_END_EVENT ||
		    type == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&ev);
			yaml_parser_delete(&p.parser);
			return root;
		}
		if (type == YAML_STREAM_START_EVENT ||
		    type == YAML_DOCUMENT_START_EVENT) {
			yaml_event_delete(&ev);
			continue;
		}
		if (root) { /* libyaml gives a document one root */
			diag_add(errs, DIAG_ERROR,
			         yaml_file_line(&p, ev.start_mark.line),
			         "YAML error: a second root node");
			yaml_event_delete(&ev);
			break;
		}
		root = xmalloc(sizeof *root);
		if (!build_node(&p, &ev, root, 0))
			break;
	}
	yaml_parser_delete(&p.parser);
	yaml_tree_free(root);
	*failed = true;
	return NULL;
}

void yaml_tree_free(struct ynode *root)
{
	if (!root)
		return;
	ynode_clear(root);
	free(root);
}

bool yaml_tree_is_null(const struct ynode *n)
{
	if (!n || n->kind != YNODE_SCALAR || !n->plain)
		return false;
	return n->len == 0 || strcmp(n->text, "~") == 0 ||
	       strcmp(n->text, "null") == 0 || strcmp(n->text, "Null") == 0 ||
	       strcmp(n->text, "NULL") == 0;
}
