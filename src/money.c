/* money.c - amounts: formatting for display (what a person types is
 * read by input.c, amounts in prose by reader/prose_scan.c). */
#include "negotiator/money.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Write the magnitude with thousands separators. */
static size_t format_grouped(char *buf, size_t size, amount_t v)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)v);
	char tmp[32]; /* 19 digits, 6 commas and the NUL */
	size_t t = 0;
	for (int i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			tmp[t++] = ',';
		tmp[t++] = digits[i];
	}
	tmp[t] = '\0';
	return (size_t)snprintf(buf, size, "%s", tmp);
}

/* "88" for 88000 with K; "1.19" for 1190000 with M; trailing zeros cut. */
static void format_scaled(char *buf, size_t size, amount_t v, amount_t unit,
                          int decimals)
{
	amount_t den = unit;
	for (int i = 0; i < decimals; i++)
		den /= 10;
	amount_t q = amount_scale(v, 1, den); /* units of unit/10^decimals */
	amount_t whole = q, frac = 0, p = 1;
	for (int i = 0; i < decimals; i++)
		p *= 10;
	whole = q / p;
	frac = q % p;
	if (frac == 0) {
		snprintf(buf, size, "%lld", (long long)whole);
		return;
	}
	int d = decimals;
	while (frac % 10 == 0) {
		frac /= 10;
		d--;
	}
	snprintf(buf, size, "%lld.%0*lld", (long long)whole, d,
	         (long long)frac);
}

size_t money_format(char *buf, size_t size, amount_t a, const char *code,
                    enum money_style style, bool sign_plus)
{
	if (size == 0)
		return 0;
	if (!amount_known(a))
		return (size_t)snprintf(buf, size, "—");
	const char *sign = a < 0 ? "-" : (sign_plus && a > 0 ? "+" : "");
	amount_t mag = a < 0 ? -a : a;
	char num[32]; /* 9,223,372,036,854,775,807 and its NUL: 26 */
	const char *unit = "";
	if (style == MONEY_PLAIN) {
		snprintf(num, sizeof num, "%lld", (long long)mag);
		return (size_t)snprintf(buf, size, "%s%s", a < 0 ? "-" : "",
		                        num);
	}
	/* Each unit from where the one below would round to 1000 of it:
	 * 999,995,000 is "1B", not "1000M" (issue 18: a billion was
	 * "1234.57M"); 999,500 is "1M". */
	if (style == MONEY_SHORT && mag >= 999995000) {
		format_scaled(num, sizeof num, mag, 1000000000, 2);
		unit = "B";
	} else if (style == MONEY_SHORT && mag >= 999500) {
		format_scaled(num, sizeof num, mag, 1000000, 2);
		unit = "M";
	} else if (style == MONEY_SHORT && mag >= 1000) {
		format_scaled(num, sizeof num, mag, 1000, 1);
		unit = "K";
	} else {
		format_grouped(num, sizeof num, mag);
	}
	const char *prefix = currency_prefix(code);
	char codebuf[8] = "";
	if (!prefix) {
		snprintf(codebuf, sizeof codebuf, "%.3s ", code);
		prefix = codebuf;
	}
	return (size_t)snprintf(buf, size, "%s%s%s%s", sign, prefix, num, unit);
}

size_t money_short(char *buf, size_t size, amount_t a, const char *code,
                   bool sign_plus)
{
	return money_format(buf, size, a, code ? code : "", MONEY_SHORT,
	                    sign_plus);
}

struct money_text money_text(amount_t a, const char *code, bool sign_plus)
{
	struct money_text t = {""};
	money_short(t.s, sizeof t.s, a, code, sign_plus);
	return t;
}

size_t money_format_range(char *buf, size_t size, amount_t lo, amount_t hi,
                          const char *code, enum money_style style)
{
	if (!amount_known(lo) && !amount_known(hi))
		return (size_t)snprintf(buf, size, "—");
	char a[64], b[64];
	if (amount_known(lo))
		money_format(a, sizeof a, lo, code, style, false);
	else
		snprintf(a, sizeof a, "?");
	if (amount_known(hi))
		money_format(b, sizeof b, hi, code, style, false);
	else
		snprintf(b, sizeof b, "?");
	if (amount_known(lo) && lo == hi)
		return (size_t)snprintf(buf, size, "%s", a);
	return (size_t)snprintf(buf, size, "%s–%s", a, b);
}
