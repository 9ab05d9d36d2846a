/* diag.h - findings about a file: errors and warnings, each with its
 * line, kept in a list (a guide's load warnings, `check`'s findings, the
 * bad lines of a rates file).  One failure that stops a call is a
 * struct error instead (error.h). */
#ifndef NEGOTIATOR_DIAG_H
#define NEGOTIATOR_DIAG_H

#include <stddef.h>

/* A note is no fault: what `check` read that a reader may want to know
 * (which line decided the company's equity is private); it never fails
 * a check, --strict or not. */
enum diag_severity { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

/* "error", "warning" or "note". */
const char *diag_severity_name(enum diag_severity sev);

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
