/* rates.c - currency conversion from a local rates file. */
#include "negotiator/rates.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

bool rates_default_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	int n;
	if (xdg && *xdg)
		n = snprintf(buf, size, "%s/negotiator/rates", xdg);
	else if (home && *home)
		n = snprintf(buf, size, "%s/.config/negotiator/rates", home);
	else
		return false;
	return n > 0 && (size_t)n < size;
}

static bool is_code(const char *s)
{
	return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
	       s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static bool parse_positive(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || *end || errno || !isfinite(v) || v <= 0 || v > 1e9)
		return false;
	*out = v;
	return true;
}

/* One line in either form, split into words already. */
static bool parse_words(char **w, int n, struct rate *out)
{
	double lhs = 1, rhs;
	const char *from, *to;
	if (n == 5 && strcmp(w[2], "=") == 0) { /* 1 USD = 0.92 EUR */
		if (!parse_positive(w[0], &lhs) || !parse_positive(w[3], &rhs))
			return false;
		from = w[1], to = w[4];
	} else if (n == 3) { /* USD EUR 0.92 */
		if (!parse_positive(w[2], &rhs))
			return false;
		from = w[0], to = w[1];
	} else {
		return false;
	}
	if (!is_code(from) || !is_code(to) || strcmp(from, to) == 0)
		return false;
	memcpy(out->from.code, from, 4);
	memcpy(out->to.code, to, 4);
	out->rate = rhs / lhs;
	return true;
}

size_t rates_parse(struct rates *r, const char *text, size_t len,
                   struct diag_list *diags)
{
	size_t start = 0;
	int line = 0;
	while (start < len) {
		size_t end = start;
		while (end < len && text[end] != '\n')
			end++;
		line++;
		char buf[256];
		size_t n = end - start < sizeof buf - 1 ? end - start
		                                        : sizeof buf - 1;
		memcpy(buf, text + start, n);
		buf[n] = '\0';
		start = end + 1;
		char *hash = strchr(buf, '#');
		if (hash)
			*hash = '\0';
		char *words[8];
		int count = 0;
		for (char *t = strtok(buf, " \t\r"); t && count < 8;
		     t = strtok(NULL, " \t\r"))
			words[count++] = t;
		if (count == 0)
			continue;
		struct rate rate;
		if (!parse_words(words, count, &rate)) {
			diag_add(diags, DIAG_WARNING, line,
			         "not a rate (write '1 USD = 0.92 EUR' or "
			         "'USD EUR 0.92')");
			continue;
		}
		if (r->count >= RATES_MAX) {
			diag_add(diags, DIAG_WARNING, line,
			         "more than %d rates; the rest are ignored",
			         RATES_MAX);
			break;
		}
		rate.line = line;
		r->items[r->count++] = rate;
	}
	return r->count;
}

bool rates_load_user(struct rates *r, const char *path,
                     struct diag_list *diags, struct error *err)
{
	char where[sizeof r->source] = "";
	if (path)
		snprintf(where, sizeof where, "%s", path);
	else
		rates_default_path(where, sizeof where);
	memset(r, 0, sizeof *r);
	if (!where[0])
		return true;
	struct diag_list found = {0};
	bool ok = rates_load(r, where, &found);
	snprintf(r->source, sizeof r->source, "%s", where);
	for (size_t i = 0; i < found.count; i++) {
		if (found.items[i].severity == DIAG_ERROR)
			error_set(err, "%s", found.items[i].message);
		else
			diag_add(diags, DIAG_WARNING, found.items[i].line, "%s",
			         found.items[i].message);
	}
	diag_list_free(&found);
	if (ok && path && !r->path[0])
		return error_set(err, "%s: no such file", where);
	return ok;
}

bool rates_load(struct rates *r, const char *path, struct diag_list *diags)
{
	memset(r, 0, sizeof *r);
	FILE *f = fopen(path, "r");
	if (!f) {
		if (errno == ENOENT)
			return true;
		diag_add(diags, DIAG_ERROR, 0, "cannot read %s: %s", path,
		         strerror(errno));
		return false;
	}
	snprintf(r->path, sizeof r->path, "%s", path);
	char buf[65536];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	rates_parse(r, buf, n, diags);
	return true;
}

/* Direct or inverse rate between two codes. */
static bool direct(const struct rates *r, const char *from, const char *to,
                   double *out)
{
	for (size_t i = 0; i < r->count; i++) {
		const struct rate *x = &r->items[i];
		if (!strcmp(x->from.code, from) && !strcmp(x->to.code, to)) {
			*out = x->rate;
			return true;
		}
		if (!strcmp(x->from.code, to) && !strcmp(x->to.code, from)) {
			*out = 1 / x->rate;
			return true;
		}
	}
	return false;
}

bool rates_factor(const struct rates *r, const char *from, const char *to,
                  double *out)
{
	if (!from[0] || !to[0] || strcmp(from, to) == 0) {
		*out = 1;
		return true;
	}
	if (direct(r, from, to, out))
		return true;
	/* Through one pivot: every currency named in the file. */
	for (size_t i = 0; i < r->count; i++) {
		const char *pivots[2] = {r->items[i].from.code,
		                         r->items[i].to.code};
		for (int k = 0; k < 2; k++) {
			double a, b;
			if (direct(r, from, pivots[k], &a) &&
			    direct(r, pivots[k], to, &b)) {
				*out = a * b;
				return true;
			}
		}
	}
	return false;
}

bool rates_convert(const struct rates *r, amount_t a, const char *from,
                   const char *to, amount_t *out)
{
	double f;
	if (!amount_known(a)) {
		*out = AMOUNT_NONE;
		return true;
	}
	if (!rates_factor(r, from, to, &f))
		return false;
	double v = (double)a * f;
	if (v > (double)AMOUNT_MAX)
		v = (double)AMOUNT_MAX;
	if (v < -(double)AMOUNT_MAX)
		v = -(double)AMOUNT_MAX;
	*out = (amount_t)llround(v);
	return true;
}
