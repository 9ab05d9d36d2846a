/* rates.h - currency conversion from a plain, local rates file.
 *
 * No network: the user keeps $XDG_CONFIG_HOME/negotiator/rates (default
 * ~/.config/negotiator/rates).  One rate per line, either form:
 *
 *     1 USD = 0.92 EUR
 *     USD EUR 0.92
 *
 * '#' starts a comment.  A rate also serves the opposite direction, and
 * a conversion may go through one intermediate currency.  The file is
 * read when a conversion first needs it, and again when it has changed.
 */
#ifndef NEGOTIATOR_RATES_H
#define NEGOTIATOR_RATES_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/diag.h"
#include "negotiator/error.h"
#include "negotiator/money.h"

#define RATES_MAX 256
/* The file is read whole up to this size, and a line may be this long;
 * past either, it is an error (with the line's number).  Anything but a
 * regular file (a FIFO, a device, a folder) is refused unopened. */
#define RATES_MAX_FILE_BYTES (64u * 1024u * 1024u)
#define RATES_MAX_LINE 4096
/* Lines that cannot be used are warnings, one each, up to this many;
 * the rest are counted in one last warning ("N more lines ignored"), so
 * that a file of bad lines costs no memory for them. */
#define RATES_MAX_WARNINGS 64
/* A rate below this (or above its inverse) is no real pair's: ignored
 * with a warning rather than turning $150K into 0. */
#define RATES_MIN_RATE 1e-6

struct rate {
	currency_t from, to;
	double rate; /* 1 from = rate to */
	int line;
};

/* A file as stat(2) found it: there or not, its modification time, size
 * and inode; when any differs, the file has changed. */
struct rates_stamp {
	bool there;
	long long sec, nsec, size, ino;
};

struct rates {
	struct rate items[RATES_MAX];
	size_t count;
	char path[512]; /* where they were read from; "" when none */
	/* The file rates_load_user looked in, found or not ("" when there
	 * is no HOME to look in): where the user should add a rate. */
	char source[512];
	bool named;   /* source was named (--rates): it must exist */
	bool read;    /* rates_read has looked at it */
	bool read_ok; /* ... and could use it */
	char read_error[ERROR_MSG_MAX];
	struct rates_stamp stamp; /* the file as rates_read last found it */
};

/* The default file's path into buf; false when no HOME to find it. */
bool rates_default_path(char *buf, size_t size);
/* Parse text; bad lines become warnings in diags (with their line).
 * Returns the number of rates read. */
size_t rates_parse(struct rates *r, const char *text, size_t len,
                   struct diag_list *diags);
/* Read a file; a missing file is no error (zero rates). Returns false
 * when the file exists and cannot be read, is not a regular file, or
 * breaks a limit (the reason, with its line, an error in diags). */
bool rates_load(struct rates *r, const char *path, struct diag_list *diags);
/* Where the user's rates are (path, from --rates, or the default file
 * when path is NULL), into r; reads nothing: the file is read by
 * rates_read, when a conversion first needs it. */
void rates_init_user(struct rates *r, const char *path);
/* Whether the file rates_init_user named has not been read yet, or has
 * changed since (its time, size or inode; created or removed): one
 * stat(2), for a caller to check when a conversion needs the rates. */
bool rates_stale(const struct rates *r);
/* Read the file rates_init_user named, the first time and again when it
 * changed (rates_stale); otherwise give the last answer again.  The
 * default file missing is no error (no rates); a file named and missing,
 * one that cannot be read or one that breaks a limit is (false, why in
 * err; none of it is used).  Lines that are not rates become warnings in
 * diags. */
bool rates_read(struct rates *r, struct diag_list *diags, struct error *err);
/* rates_init_user and rates_read at once. */
bool rates_load_user(struct rates *r, const char *path, struct diag_list *diags,
                     struct error *err);
/* Convert a between currencies: direct, inverse, or through one pivot.
 * Same currency (or an empty code) converts as is.  False when no
 * rate connects them. */
bool rates_convert(const struct rates *r, amount_t a, const char *from,
                   const char *to, amount_t *out);
/* The factor 1 from = X to, with the same search; false when none. */
bool rates_factor(const struct rates *r, const char *from, const char *to,
                  double *out);

#endif
