/* input.c - the one reader of what a person types (see input.h). */
#include "negotiator/input.h"
#include "negotiator/text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *skip_blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

bool input_blank(const char *text)
{
	return !text || !*skip_blank(text);
}

/* --- amounts ----------------------------------------------------------- */

/* The bytes of a space at s that may stand between groups of digits or
 * beside a currency: space, tab, no-break space (U+00A0), thin space
 * (U+2009), narrow no-break space (U+202F); 0 when there is none.  s is
 * NUL-terminated, so reading the bytes after a lead byte is safe. */
static size_t space_at(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] == ' ' || u[0] == '\t')
		return 1;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xAF))
		return 3;
	return 0;
}

static const char *skip_spaces(const char *s)
{
	size_t n;
	while ((n = space_at(s)) > 0)
		s += n;
	return s;
}

/* The bytes of a mark between two groups of digits at s, and its kind in
 * *kind: ',' or '.', or ' ' for a space or an apostrophe (130 000,
 * 130'000, 130’000), which only ever groups; 0 when there is none (a
 * mark must have a digit after it). */
static size_t mark_at(const char *s, char *kind)
{
	size_t n = space_at(s);
	*kind = ' ';
	if (!n && (*s == '\''))
		n = 1;
	if (!n && strncmp(s, "’", 3) == 0)
		n = 3;
	if (!n && (*s == ',' || *s == '.')) {
		*kind = *s;
		n = 1;
	}
	return n && text_is_digit(s[n]) ? n : 0;
}

#define NUMBER_MAX_GROUPS 12

/* A number as typed: runs of digits and the marks between them. */
struct number {
	const char *digits[NUMBER_MAX_GROUPS];
	size_t len[NUMBER_MAX_GROUPS];
	char mark[NUMBER_MAX_GROUPS]; /* mark[i] stands before group i + 1 */
	int groups;
	int decimal; /* the group after the decimal mark; 0 when none */
};

/* The runs of digits and marks at *s; *s moves past them.  False when
 * there is no digit at *s or too many groups. */
static bool scan_groups(const char **s, struct number *n)
{
	const char *p = *s;
	memset(n, 0, sizeof *n);
	if (!text_is_digit(*p))
		return false;
	for (;;) {
		if (n->groups == NUMBER_MAX_GROUPS)
			return false;
		n->digits[n->groups] = p;
		while (text_is_digit(*p))
			p++;
		n->len[n->groups] = (size_t)(p - n->digits[n->groups]);
		n->groups++;
		char kind;
		size_t m = mark_at(p, &kind);
		if (!m)
			break;
		n->mark[n->groups - 1] = kind;
		p += m;
	}
	*s = p;
	return true;
}

/* A word or letter after a number that multiplies it, longest first
 * where one starts another; any case, and not glued to a longer word. */
static const struct {
	const char *word;
	amount_t times;
} multipliers[] = {
	{"thousand", 1000}, {"million", 1000000}, {"billion", 1000000000},
	{"lakhs", 100000},  {"lakh", 100000},     {"lacs", 100000},
	{"lac", 100000},    {"crores", 10000000}, {"crore", 10000000},
	{"cr", 10000000},   {"bn", 1000000000},   {"mn", 1000000},
	{"k", 1000},        {"m", 1000000},       {"b", 1000000000},
	{"l", 100000},
};

static bool is_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The multiplier at s (after optional spaces): *s moves past it; 1 when
 * there is none (and *s stays). */
static amount_t scan_multiplier(const char **s)
{
	const char *p = skip_spaces(*s);
	for (size_t i = 0; i < sizeof multipliers / sizeof *multipliers; i++) {
		size_t n = strlen(multipliers[i].word);
		if (strncasecmp(p, multipliers[i].word, n) == 0 &&
		    !is_letter(p[n])) {
			*s = p + n;
			return multipliers[i].times;
		}
	}
	return 1;
}

/* How many times mark stands between the groups of n. */
static int count_mark(const struct number *n, char mark)
{
	int c = 0;
	for (int i = 0; i + 1 < n->groups; i++)
		c += n->mark[i] == mark;
	return c;
}

enum amount_reading { AMOUNT_READ_OK, AMOUNT_READ_BAD, AMOUNT_READ_AMBIGUOUS };

/* Which mark of n, if any, is its decimal mark: the last ',' or '.'
 * when it stands once and is not followed by three digits, or when the
 * other mark groups before it (130.000,50, 130,000.50); with a
 * multiplier (1.2k, 1,5M), always.  A lone decimal comma (130,5) only in
 * a currency that writes one.  A lone mark before three digits groups
 * thousands when it is a comma (130,000, read so everywhere) or when
 * the currency writes a dot to group them (130.000 for euros); for any
 * other currency a lone dot before three digits is READ_AMBIGUOUS. */
static enum amount_reading find_decimal(struct number *n, bool multiplied,
                                        char decimal_mark)
{
	n->decimal = 0;
	if (n->groups < 2)
		return AMOUNT_READ_OK;
	char last = n->mark[n->groups - 2];
	if (last == ' ' || count_mark(n, last) > 1)
		return AMOUNT_READ_OK;
	char other = last == ',' ? '.' : ',';
	if (multiplied || count_mark(n, other) > 0 ||
	    n->len[n->groups - 1] != 3) {
		n->decimal = n->groups - 1;
		/* A decimal comma has one or two digits (1,5 or 1,50), and
		 * stands alone only in a currency that writes it so: "1,2345"
		 * is neither a decimal nor a group of thousands, and "$1,23"
		 * is more likely a slip than $1.23. */
		if (last == ',' && !multiplied &&
		    (n->len[n->decimal] > 2 ||
		     (decimal_mark != ',' && count_mark(n, other) == 0)))
			return AMOUNT_READ_BAD;
		return AMOUNT_READ_OK;
	}
	if (last == ',' || decimal_mark == ',')
		return AMOUNT_READ_OK;
	return AMOUNT_READ_AMBIGUOUS;
}

/* Whether the groups before the decimal mark are thousands (1,300,000,
 * 1.300.000, 1 300 000) or, where Indian grouping is allowed, the
 * Indian groups of two before the last three (35,00,000), each way with
 * one mark throughout. */
static bool groups_valid(const struct number *n, bool indian)
{
	int whole = n->decimal ? n->decimal : n->groups;
	if (whole == 1)
		return true;
	for (int i = 0; i + 1 < whole; i++)
		if (n->mark[i] != n->mark[0])
			return false;
	bool western = n->len[0] <= 3, india = indian && n->mark[0] == ',' &&
	                                       n->len[0] <= 2 &&
	                                       n->len[whole - 1] == 3;
	for (int i = 1; i < whole; i++) {
		western = western && n->len[i] == 3;
		india = india && (i == whole - 1 || n->len[i] == 2);
	}
	return western || india;
}

/* The value of n times the multiplier, rounded half away from zero;
 * false when it passes AMOUNT_MAX. */
static bool number_value(const struct number *n, amount_t times, amount_t *out)
{
	int whole = n->decimal ? n->decimal : n->groups;
	__int128 v = 0, frac = 0, den = 1;
	for (int g = 0; g < whole; g++)
		for (size_t i = 0; i < n->len[g]; i++) {
			v = v * 10 + (n->digits[g][i] - '0');
			if (v > AMOUNT_MAX)
				return false;
		}
	for (size_t i = 0; n->decimal && i < n->len[n->decimal]; i++)
		if (den < 1000000000) {
			frac = frac * 10 + (n->digits[n->decimal][i] - '0');
			den *= 10;
		}
	v = v * times + (frac * times * 2 + den) / (2 * den);
	if (v > AMOUNT_MAX)
		return false;
	*out = (amount_t)v;
	return true;
}

/* The two readings of an amount whose lone dot could group thousands
 * or mark decimals, as an error: "130,000 or 130? ...", the readings
 * first, where a narrow field's note still shows them. */
static bool ambiguous(const struct number *n, const char *code,
                      struct error *err)
{
	char grouped[64], plain[40], decimal[40];
	size_t used = 0;
	struct number whole = *n;
	amount_t v;
	whole.decimal = 0;
	if (!number_value(&whole, 1, &v))
		return error_set(err, "amount is too large");
	money_format(grouped, sizeof grouped, v, "", MONEY_FULL, false);
	money_format(plain, sizeof plain, v, "", MONEY_PLAIN, false);
	used = (size_t)snprintf(decimal, sizeof decimal, "%.*s", (int)n->len[0],
	                        n->digits[0]);
	size_t frac = n->len[1];
	while (frac > 0 && n->digits[1][frac - 1] == '0')
		frac--;
	if (frac > 0 && used < sizeof decimal)
		snprintf(decimal + used, sizeof decimal - used, ".%.*s",
		         (int)frac, n->digits[1]);
	if (code && *code)
		return error_set(err,
		                 "%s or %s? (%s writes a dot for "
		                 "decimals): type %s or %s",
		                 grouped, decimal, code, plain, decimal);
	return error_set(err,
	                 "%s or %s? type %s or %s, or name the "
	                 "currency",
	                 grouped, decimal, plain, decimal);
}

/* The currency written at *s, if any: *s moves past it and its spaces;
 * false when text there names a currency other than *c already. */
static bool scan_currency(const char **s, currency_t *c, bool *two)
{
	currency_t here = {""};
	size_t n;
	*two = false;
	if (!currency_from_text(*s, strlen(*s), &here, &n))
		return false;
	if (c->code[0] && strcmp(c->code, here.code) != 0)
		*two = true;
	*c = here;
	*s = skip_spaces(*s + n);
	return true;
}

bool input_amount(const char *text, const char *bare, amount_t *out,
                  currency_t *cur, struct error *err)
{
	static const char bad[] = "not an amount (try 130000, 130k, €130K, "
				  "1.2M, CHF 210K or 35 lakh)";
	currency_t c = {""};
	const char *p = skip_spaces(text);
	bool two = false;
	struct number n;

	if (!*p || *p == '\n')
		return error_set(err, "no amount given");
	if (*p == '+')
		p++;
	if (scan_currency(&p, &c, &two) && *p == '+')
		p++;
	if (*p == '-' || strncmp(p, "−", 3) == 0)
		return error_set(err, "amounts cannot be negative");
	if (!scan_groups(&p, &n))
		return error_set(err, bad);
	amount_t times = scan_multiplier(&p);
	p = skip_spaces(p);
	if (*p && scan_currency(&p, &c, &two) && two)
		return error_set(err, "two different currencies");
	while (*p == '\n' || *p == '\r')
		p++;
	if (*p)
		return error_set(err, bad);
	const char *code = c.code[0] ? c.code : bare;
	enum amount_reading r =
		find_decimal(&n, times > 1, currency_decimal_mark(code));
	if (r == AMOUNT_READ_AMBIGUOUS)
		return ambiguous(&n, code, err);
	if (r == AMOUNT_READ_BAD ||
	    !groups_valid(&n, !code || !*code || currency_indian(code)))
		return error_set(err, bad);
	amount_t v;
	if (!number_value(&n, times, &v))
		return error_set(err, "amount is too large");
	*out = v;
	if (cur)
		*cur = c;
	return true;
}

/* A plain decimal at *s ("12", "12.5", ".5", "12."), then spaces and an
 * optional '%'; *s moves past them.  False when there is no number.
 * (Not strtod: it follows the locale's decimal point and takes "inf",
 * "1e3" and "0x10".) */
static bool scan_percent(const char **s, double *out)
{
	const char *p = skip_blank(*s);
	double mantissa = 0, scale = 1;
	bool digits = false;
	for (; text_is_digit(*p); p++, digits = true)
		mantissa = mantissa * 10 + (*p - '0');
	if (*p == '.')
		for (p++; text_is_digit(*p); p++, digits = true) {
			mantissa = mantissa * 10 + (*p - '0');
			scale *= 10;
		}
	if (!digits)
		return false;
	p = skip_blank(p);
	if (*p == '%')
		p = skip_blank(p + 1);
	*s = p;
	*out = mantissa / scale;
	return true;
}

bool input_percent(const char *text, double max, double *out, struct error *err)
{
	const char *p = text;
	double v;
	if (!scan_percent(&p, &v) || *p || v > max)
		return error_set(err, "not a percent from 0 to %g", max);
	*out = v;
	return true;
}

bool input_amount_or_percent(const char *text, const char *bare, double pct_max,
                             amount_t *amount, currency_t *cur, double *pct,
                             struct error *err)
{
	size_t n = strlen(text);
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	*amount = AMOUNT_NONE;
	*pct = -1;
	if (cur)
		cur->code[0] = '\0';
	if (n > 0 && text[n - 1] == '%')
		return input_percent(text, pct_max, pct, err);
	return input_amount(text, bare, amount, cur, err);
}

static bool bad_schedule(struct error *err)
{
	return error_set(err, "give up to %d percents a year, as 5/15/40/40",
	                 INPUT_MAX_YEARS);
}

bool input_schedule(const char *text, double pct[INPUT_MAX_YEARS],
                    struct error *err)
{
	double got[INPUT_MAX_YEARS] = {0}, sum = 0;
	const char *p = text;
	int years = 0;
	for (;;) {
		double v;
		if (years >= INPUT_MAX_YEARS || !scan_percent(&p, &v) ||
		    v > 100)
			return bad_schedule(err);
		got[years++] = v;
		sum += v;
		if (!*p)
			break;
		if (*p++ != '/')
			return bad_schedule(err);
	}
	if (fabs(sum - 100) > 0.01)
		return error_set(err, "the percents add up to %g, not 100",
		                 sum);
	memcpy(pct, got, sizeof got);
	return true;
}

bool input_flag(const char *text, bool *out, struct error *err)
{
	static const char *const yes[] = {"yes", "on", "true", "1"};
	static const char *const no[] = {"no", "off", "false", "0"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (strcasecmp(text, yes[i]) == 0)
			return *out = true, true;
		if (strcasecmp(text, no[i]) == 0)
			return *out = false, true;
	}
	return error_set(err, "not yes or no");
}
