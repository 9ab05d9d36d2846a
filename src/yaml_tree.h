/* yaml_tree.h - internal: YAML text into a small tree under hard limits
 * (no aliases, bounded depth and node count), so that the front matter
 * can be read key by key. */
#ifndef NEGOTIATOR_YAML_TREE_H
#define NEGOTIATOR_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/diag.h"

/* A mapping holds its keys and values alternately in items (key 0,
 * value 0, key 1, ...). */
enum ynode_kind { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ };

struct ynode {
	enum ynode_kind kind;
	int line;   /* file line where the node starts */
	char *text; /* scalar: the value, NUL-terminated (may hold NULs) */
	size_t len; /* scalar: its length */
	bool plain; /* scalar: written without quotes or block style */
	struct ynode *items;
	size_t count;
};

/* Parse YAML text whose first line is file line first_line.  Returns the
 * root (NULL for an empty document, with nothing in errs), or NULL with
 * the error in errs and *failed set. */
struct ynode *yaml_tree_parse(const char *yaml, size_t len, int first_line,
                              struct diag_list *errs, bool *failed);
void yaml_tree_free(struct ynode *root);

/* A plain null scalar: empty, "~" or null/Null/NULL. */
bool yaml_tree_is_null(const struct ynode *n);

#endif
