/* error.c - the one error type's few operations (see error.h). */
#include "negotiator/error.h"

#include <stdarg.h>
#include <stdio.h>

/* The callers' format attributes check fmt against their arguments;
 * this one tells the compiler so (clang's -Wformat-nonliteral). */
static void set(struct error *err, int line, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

static void set(struct error *err, int line, const char *fmt, va_list ap)
{
	err->line = line < 0 ? 0 : line;
	if (vsnprintf(err->msg, sizeof err->msg, fmt, ap) < 0)
		snprintf(err->msg, sizeof err->msg, "(unprintable message)");
}

bool error_set(struct error *err, const char *fmt, ...)
{
	if (!err)
		return false;
	va_list ap;
	va_start(ap, fmt);
	set(err, 0, fmt, ap);
	va_end(ap);
	return false;
}

bool error_set_line(struct error *err, int line, const char *fmt, ...)
{
	if (!err)
		return false;
	va_list ap;
	va_start(ap, fmt);
	set(err, line, fmt, ap);
	va_end(ap);
	return false;
}

void error_clear(struct error *err)
{
	if (!err)
		return;
	err->line = 0;
	err->msg[0] = '\0';
}
