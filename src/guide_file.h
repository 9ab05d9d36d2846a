/* guide_file.h - internal: a guide's file read whole, within the limit
 * (GUIDE_MAX_FILE_BYTES). */
#ifndef NEGOTIATOR_GUIDE_FILE_H
#define NEGOTIATOR_GUIDE_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/diag.h"

/* Record "file is N bytes; the limit is M" in errs when size is over
 * GUIDE_MAX_FILE_BYTES; returns whether it is within. */
bool guide_file_size_ok(uintmax_t size, struct diag_list *errs);

/* Read a whole regular file (NUL-terminated copy in *out, length in
 * *len).  On failure records the reason in errs and returns false. */
bool guide_file_read(const char *path, char **out, size_t *len,
                     struct diag_list *errs);

#endif
