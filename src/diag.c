/* diag.c - findings about a file: errors and warnings with a line. */
#include "negotiator/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

void diag_add(struct diag_list *list, enum diag_severity sev, int line,
              const char *fmt, ...)
{
	va_list ap;
	char small[256];
	char *msg;

	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		msg = xstrdup("(unprintable message)");
	} else if ((size_t)n < sizeof small) {
		msg = xstrdup(small);
	} else {
		msg = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}

	list->items = xgrow(list->items, &list->cap, list->count + 1,
	                    sizeof *list->items);
	list->items[list->count].severity = sev;
	list->items[list->count].line = line < 0 ? 0 : line;
	list->items[list->count].message = msg;
	list->count++;
}

const char *diag_severity_name(enum diag_severity sev)
{
	static const char *const names[] = {
		[DIAG_ERROR] = "error",
		[DIAG_WARNING] = "warning",
		[DIAG_NOTE] = "note",
	};
	return (unsigned)sev < sizeof names / sizeof *names ? names[sev]
	                                                    : "error";
}

void diag_list_free(struct diag_list *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->count; i++)
		free(list->items[i].message);
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}
