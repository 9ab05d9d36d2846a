/* rates.h - currency conversion from a plain, local rates file.
 *
 * No network: the user keeps $XDG_CONFIG_HOME/negotiator/rates (default
 * ~/.config/negotiator/rates).  One rate per line, either form:
 *
 *     1 USD = 0.92 EUR
 *     USD EUR 0.92
 *
 * '#' starts a comment.  A rate also serves the opposite direction, and
 * a conversion may go through one intermediate currency.
 */
#ifndef NEGOTIATOR_RATES_H
#define NEGOTIATOR_RATES_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/diag.h"
#include "negotiator/error.h"
#include "negotiator/money.h"

#define RATES_MAX 256

struct rate {
	currency_t from, to;
	double rate; /* 1 from = rate to */
	int line;
};

struct rates {
	struct rate items[RATES_MAX];
	size_t count;
	char path[512]; /* where they were read from; "" when none */
	/* The file rates_load_user looked in, found or not ("" when there
	 * is no HOME to look in): where the user should add a rate. */
	char source[512];
};

/* The default file's path into buf; false when no HOME to find it. */
bool rates_default_path(char *buf, size_t size);
/* Parse text; bad lines become warnings in diags (with their line).
 * Returns the number of rates read. */
size_t rates_parse(struct rates *r, const char *text, size_t len,
                   struct diag_list *diags);
/* Read a file; a missing file is no error (zero rates). Returns false
 * only when the file exists and cannot be read (reason in diags). */
bool rates_load(struct rates *r, const char *path, struct diag_list *diags);
/* The user's rates, for the command line and the TUI alike: from path
 * (--rates), or when path is NULL from the default file.  The default
 * file missing is no error (no rates); a file named and missing, or one
 * that cannot be read, is (false, with why in err).  Lines that are not
 * rates become warnings in diags. */
bool rates_load_user(struct rates *r, const char *path,
                     struct diag_list *diags, struct error *err);
/* Convert a between currencies: direct, inverse, or through one pivot.
 * Same currency (or an empty code) converts as is.  False when no
 * rate connects them. */
bool rates_convert(const struct rates *r, amount_t a, const char *from,
                   const char *to, amount_t *out);
/* The factor 1 from = X to, with the same search; false when none. */
bool rates_factor(const struct rates *r, const char *from, const char *to,
                  double *out);

#endif
