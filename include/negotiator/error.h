/* error.h - the one way the engine says why something failed.
 *
 * A function that can fail returns bool (or a pointer, NULL on failure)
 * and takes `struct error *err` as its last argument.  On failure it
 * fills err with one sentence for a person, and the line of the file it
 * is about when there is one; on success it leaves err alone.  err may
 * be NULL when the caller does not want the reason.
 *
 * Findings about a file that do not stop the work (a guide's warnings,
 * the bad lines of a rates file) are lists: see diag.h.
 */
#ifndef NEGOTIATOR_ERROR_H
#define NEGOTIATOR_ERROR_H

#include <stdbool.h>

/* Room for a sentence that names two paths. */
#define ERROR_MSG_MAX 1536

struct error {
	int line; /* the line of the file it is about; 0 when none */
	char msg[ERROR_MSG_MAX];
};

/* Say why (printf-like); does nothing when err is NULL.  Returns false,
 * so that `return error_set(err, ...);` ends a failing bool function. */
bool error_set(struct error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same, about a line of a file. */
bool error_set_line(struct error *err, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* No error yet: an empty message and no line. */
void error_clear(struct error *err);

static inline bool error_is_set(const struct error *err)
{
	return err && err->msg[0];
}

#endif
