/* rates.c - currency conversion from a local rates file. */
#include "negotiator/rates.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "negotiator/text.h"

bool rates_default_path(char *buf, size_t size)
{
	return text_xdg_path(buf, size, "XDG_CONFIG_HOME", ".config", "rates");
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

/* What reading one file keeps between its lines: the warnings are
 * bounded (a file of a million bad lines costs a million lines of
 * reading, not a million warnings). */
struct reading {
	size_t warnings; /* said, one a line */
	size_t ignored;  /* past RATES_MAX_WARNINGS or RATES_MAX: counted */
	int first_ignored;
	bool full_said;
};

/* A warning about a line, or past the bound only counted. */
static void warn(struct reading *rd, struct diag_list *diags, int line,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void warn(struct reading *rd, struct diag_list *diags, int line,
                 const char *fmt, ...)
{
	if (rd->warnings >= RATES_MAX_WARNINGS) {
		if (rd->ignored++ == 0)
			rd->first_ignored = line;
		return;
	}
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rd->warnings++;
	diag_add(diags, DIAG_WARNING, line, "%s", msg);
}

/* The one warning for all that was only counted. */
static void reading_end(const struct reading *rd, struct diag_list *diags)
{
	if (rd->ignored)
		diag_add(diags, DIAG_WARNING, rd->first_ignored,
		         "%zu more line%s ignored from here on (not rates, "
		         "rates past the first %d, or rates given twice)",
		         rd->ignored, rd->ignored == 1 ? "" : "s", RATES_MAX);
}

/* The rate r already holds between the same two currencies, either
 * way; NULL when none. */
static const struct rate *same_pair(const struct rates *r, const struct rate *x,
                                    double *as_given)
{
	for (size_t i = 0; i < r->count; i++) {
		const struct rate *y = &r->items[i];
		bool same = !strcmp(y->from.code, x->from.code) &&
		            !strcmp(y->to.code, x->to.code);
		bool inverse = !strcmp(y->from.code, x->to.code) &&
		               !strcmp(y->to.code, x->from.code);
		if (same || inverse) {
			*as_given = same ? y->rate : 1 / y->rate;
			return y;
		}
	}
	return NULL;
}

/* One line (without its '\n'), line number `line`. */
static void parse_line(struct rates *r, struct reading *rd, const char *s,
                       size_t len, int line, struct diag_list *diags)
{
	char buf[RATES_MAX_LINE + 1];
	memcpy(buf, s, len);
	buf[len] = '\0';
	char *hash = strchr(buf, '#');
	if (hash)
		*hash = '\0';
	char *words[8], *save = NULL;
	int count = 0;
	for (char *t = strtok_r(buf, " \t\r", &save); t && count < 8;
	     t = strtok_r(NULL, " \t\r", &save))
		words[count++] = t;
	if (count == 0)
		return;
	struct rate rate;
	if (!parse_words(words, count, &rate)) {
		warn(rd, diags, line,
		     "not a rate (write '1 USD = N EUR' or 'USD EUR N', "
		     "N a number)");
		return;
	}
	/* A rate no currency pair has: it would turn any amount into 0
	 * (or the ceiling) without a word. */
	if (rate.rate < RATES_MIN_RATE || rate.rate > 1 / RATES_MIN_RATE) {
		warn(rd, diags, line,
		     "1 %s = %g %s is out of any real range (%g to %g): "
		     "ignored",
		     rate.from.code, rate.rate, rate.to.code, RATES_MIN_RATE,
		     1 / RATES_MIN_RATE);
		return;
	}
	if (r->count >= RATES_MAX) {
		if (!rd->full_said) {
			rd->full_said = true;
			diag_add(diags, DIAG_WARNING, line,
			         "more than %d rates; the rest are ignored",
			         RATES_MAX);
		} else if (rd->ignored++ == 0) {
			rd->first_ignored = line;
		}
		return;
	}
	double earlier;
	const struct rate *dup = same_pair(r, &rate, &earlier);
	if (dup) {
		/* The first is used; another figure for it is said. */
		if (fabs(earlier - rate.rate) > 1e-9 * fabs(earlier))
			warn(rd, diags, line,
			     "1 %s = %g %s disagrees with line %d (1 %s = "
			     "%g %s), which is used",
			     rate.from.code, rate.rate, rate.to.code, dup->line,
			     rate.from.code, earlier, rate.to.code);
		return;
	}
	rate.line = line;
	r->items[r->count++] = rate;
}

/* A line longer than RATES_MAX_LINE is an error: its rate cannot be
 * told from the rest of it. */
static void too_long(int line, size_t len, struct diag_list *diags)
{
	diag_add(diags, DIAG_ERROR, line,
	         "the line is %zu bytes long; the limit is %d", len,
	         RATES_MAX_LINE);
}

size_t rates_parse(struct rates *r, const char *text, size_t len,
                   struct diag_list *diags)
{
	size_t start = 0;
	int line = 0;
	struct reading rd = {0};
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len;
		line++;
		if (end - start > RATES_MAX_LINE)
			too_long(line, end - start, diags);
		else
			parse_line(r, &rd, text + start, end - start, line,
			           diags);
		start = end + 1;
	}
	reading_end(&rd, diags);
	return r->count;
}

void rates_init_user(struct rates *r, const char *path)
{
	memset(r, 0, sizeof *r);
	r->named = path != NULL;
	if (path)
		snprintf(r->source, sizeof r->source, "%s", path);
	else if (!rates_default_path(r->source, sizeof r->source))
		r->source[0] = '\0';
}

/* What stat(2) says of path now. */
static struct rates_stamp stamp_of(const char *path)
{
	struct rates_stamp s = {0};
	struct stat st;
	if (path[0] && stat(path, &st) == 0)
		s = (struct rates_stamp){true, (long long)st.st_mtim.tv_sec,
		                         (long long)st.st_mtim.tv_nsec,
		                         (long long)st.st_size,
		                         (long long)st.st_ino};
	return s;
}

bool rates_stale(const struct rates *r)
{
	if (!r->read)
		return true;
	struct rates_stamp now = stamp_of(r->source);
	return now.there != r->stamp.there || now.sec != r->stamp.sec ||
	       now.nsec != r->stamp.nsec || now.size != r->stamp.size ||
	       now.ino != r->stamp.ino;
}

bool rates_read(struct rates *r, struct diag_list *diags, struct error *err)
{
	if (!rates_stale(r)) {
		if (!r->read_ok)
			error_set(err, "%s", r->read_error);
		return r->read_ok;
	}
	r->stamp = stamp_of(r->source);
	r->read = true;
	r->read_ok = true;
	r->read_error[0] = '\0';
	if (!r->source[0])
		return true;
	struct diag_list found = {0};
	bool ok = rates_load(r, r->source, &found);
	for (size_t i = 0; i < found.count; i++) {
		const struct diag *d = &found.items[i];
		if (d->severity != DIAG_ERROR)
			diag_add(diags, DIAG_WARNING, d->line, "%s",
			         d->message);
		else if (d->line > 0)
			snprintf(r->read_error, sizeof r->read_error,
			         "%s:%d: %s", r->source, d->line, d->message);
		else
			snprintf(r->read_error, sizeof r->read_error, "%s",
			         d->message);
	}
	diag_list_free(&found);
	if (ok && r->named && !r->path[0]) {
		snprintf(r->read_error, sizeof r->read_error,
		         "%s: no such file", r->source);
		ok = false;
	}
	if (!ok) {
		/* None of a broken file is used. */
		r->count = 0;
		r->read_ok = false;
		error_set(err, "%s", r->read_error);
	}
	return ok;
}

bool rates_load_user(struct rates *r, const char *path, struct diag_list *diags,
                     struct error *err)
{
	rates_init_user(r, path);
	return rates_read(r, diags, err);
}

bool rates_load(struct rates *r, const char *path, struct diag_list *diags)
{
	r->count = 0;
	r->path[0] = '\0';
	/* Never waited on: a FIFO opens at once, and is refused. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		if (errno == ENOENT)
			return true;
		diag_add(diags, DIAG_ERROR, 0, "cannot read %s: %s", path,
		         strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag_add(diags, DIAG_ERROR, 0,
		         "%s is not a regular file: not read", path);
		close(fd);
		return false;
	}
	if ((uintmax_t)st.st_size > RATES_MAX_FILE_BYTES) {
		diag_add(diags, DIAG_ERROR, 0,
		         "%s is %ju bytes; the limit is %u", path,
		         (uintmax_t)st.st_size, RATES_MAX_FILE_BYTES);
		close(fd);
		return false;
	}
	snprintf(r->path, sizeof r->path, "%s", path);
	/* Read whole, a block at a time, line by line: a line may cross
	 * blocks; one longer than the limit is an error. */
	static const size_t block = 65536;
	char *buf = xmalloc(block), *line = xmalloc(RATES_MAX_LINE + 1);
	size_t line_len = 0, total = 0;
	int line_no = 1;
	bool ok = true, overlong = false;
	struct reading rd = {0};
	for (;;) {
		ssize_t n = read(fd, buf, block);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			diag_add(diags, DIAG_ERROR, 0, "cannot read %s: %s",
			         path, strerror(errno));
			ok = false;
			break;
		}
		if (n == 0)
			break;
		total += (size_t)n;
		if (total > RATES_MAX_FILE_BYTES) {
			diag_add(diags, DIAG_ERROR, 0,
			         "%s grew past %u bytes while read", path,
			         RATES_MAX_FILE_BYTES);
			ok = false;
			break;
		}
		for (size_t i = 0; i < (size_t)n; i++) {
			if (buf[i] != '\n') {
				if (line_len < RATES_MAX_LINE)
					line[line_len] = buf[i];
				else
					overlong = true;
				line_len++;
				continue;
			}
			if (overlong) {
				too_long(line_no, line_len, diags);
				ok = false;
			} else {
				parse_line(r, &rd, line, line_len, line_no,
				           diags);
			}
			line_no++;
			line_len = 0;
			overlong = false;
		}
	}
	if (ok && line_len > 0) {
		if (overlong) {
			too_long(line_no, line_len, diags);
			ok = false;
		} else {
			parse_line(r, &rd, line, line_len, line_no, diags);
		}
	}
	if (ok)
		reading_end(&rd, diags);
	free(buf);
	free(line);
	close(fd);
	return ok;
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
