/* frontmatter.h - internal: a guide file's front matter, before meaning.
 *
 * Reading a file within the size limit; splitting its text into the YAML
 * front matter (between two lines that are exactly "---") and the Markdown
 * body after it; and turning the YAML into a small tree under hard limits
 * (no aliases, bounded depth and node count).  guide.c gives it meaning.
 */
#ifndef NEGOTIATOR_FRONTMATTER_H
#define NEGOTIATOR_FRONTMATTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/guide.h"

struct frontmatter {
	const char *yaml; /* the lines between the "---" lines (points in) */
	size_t yaml_len;
	int yaml_line;    /* file line of yaml[0] */
	const char *body; /* everything after the closing "---" line */
	size_t body_len;
	int body_line;    /* file line of body[0] */
};

/* Length of a leading UTF-8 byte-order mark: 3 or 0. */
size_t frontmatter_bom_len(const char *data, size_t len);

/* True when the first line (after a BOM) is exactly "---"; works on the
 * first few bytes of a file too. */
bool frontmatter_opens(const char *data, size_t len);

/* Split data into front matter and body.  LF and CRLF line ends.  On
 * error returns false with a static reason in *why and the line in *line. */
bool frontmatter_split(const char *data, size_t len, struct frontmatter *fm,
                       const char **why, int *line);

/* Record "file is N bytes; the limit is M" in errs when size is over
 * GUIDE_MAX_FILE_BYTES; returns whether it is within. */
/* guide_load_buffer, but with defer_body the body is not kept: it is
 * read again from path by guide_load_body (guide.c). */
struct guide *guide_load_data(const char *path, const char *data, size_t len,
                              struct diag_list *errs, bool defer_body);

bool guide_file_size_ok(uintmax_t size, struct diag_list *errs);

/* Read a whole regular file (NUL-terminated copy in *out, length in
 * *len).  On failure records the reason in errs and returns false. */
bool guide_file_read(const char *path, char **out, size_t *len,
                     struct diag_list *errs);

/* The YAML front matter as a tree.  A mapping holds its keys and values
 * alternately in items (key 0, value 0, key 1, ...). */
enum ynode_kind { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ };

struct ynode {
	enum ynode_kind kind;
	int line;        /* file line where the node starts */
	char *text;      /* scalar: the value, NUL-terminated (may hold NULs) */
	size_t len;      /* scalar: its length */
	bool plain;      /* scalar: written without quotes or block style */
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
bool ynode_is_null(const struct ynode *n);

#endif
