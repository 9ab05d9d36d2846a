/* frontmatter.h - internal: a guide file's front matter.
 *
 * Where it is (between a first line "---" and the next line that is
 * exactly "---"; the Markdown body follows), and what its YAML tree
 * means: frontmatter_read() fills the guide's id, names, dates, bands
 * and premium.
 */
#ifndef NEGOTIATOR_FRONTMATTER_H
#define NEGOTIATOR_FRONTMATTER_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "yaml_tree.h"

struct frontmatter {
	const char *yaml; /* the lines between the "---" lines (points in) */
	size_t yaml_len;
	int yaml_line;    /* file line of yaml[0] */
	const char *body; /* everything after the closing "---" line */
	size_t body_len;
	int body_line; /* file line of body[0] */
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

/* Fill g from the front matter's tree (root may be NULL: an empty
 * document); line is the front matter's first line.  Returns false, with
 * the errors in errs, when the guide has no id (company and role); bad
 * values become warnings in g->diags. */
bool frontmatter_read(struct guide *g, const struct ynode *root, int line,
                      struct diag_list *errs);

/* Only the free texts again (level_mapping, data_sources,
 * negotiation_dna_summary), for a guide that let them go
 * (guide_let_go_front_texts); the warnings they gave when the guide was
 * first read are not said again. */
void frontmatter_read_texts(struct guide *g, const struct ynode *root);

#endif
