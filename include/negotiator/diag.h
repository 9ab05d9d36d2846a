/* diag.h - findings about a file: errors and warnings, each with its
 * line, kept in a list (a guide's load warnings, `check`'s findings, the
 * bad lines of a rates file).  One failure that stops a call is a
 * struct error instead (error.h). */
#ifndef NEGOTIATOR_DIAG_H
#define NEGOTIATOR_DIAG_H

#include <stddef.h>

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

/* A finding about a file: "path:line: reason".  line is 0 when unknown. */
struct diag {
	enum diag_severity severity;
	int line;
	char *message;
};

struct diag_list {
	struct diag *items;
	size_t count, cap;
};

void diag_add(struct diag_list *list, enum diag_severity sev, int line,
              const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void diag_list_free(struct diag_list *list);

#endif
