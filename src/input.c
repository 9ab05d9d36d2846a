/* input.c - the one reader of what a person types (see input.h). */
#include "negotiator/input.h"

#include <math.h>
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

bool input_amount(const char *text, amount_t *out, currency_t *cur,
                  struct error *err)
{
	return money_parse(text, out, cur, err);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
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
	for (; is_digit(*p); p++, digits = true)
		mantissa = mantissa * 10 + (*p - '0');
	if (*p == '.')
		for (p++; is_digit(*p); p++, digits = true) {
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

bool input_amount_or_percent(const char *text, double pct_max, amount_t *amount,
                             currency_t *cur, double *pct, struct error *err)
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
	return input_amount(text, amount, cur, err);
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
