/* money.c - amounts: formatting for display, and scanning amounts out
 * of prose (what a person types is read by input.c). */
#include "negotiator/money.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}
static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A number "130", "130,000", "1.19" with an optional K/M/B suffix, at
 * s[0..len).  Stores the value (times the suffix) and the bytes used.
 * Thousands separators must come in groups of three. */
static bool scan_number(const char *s, size_t len, amount_t *value,
                        size_t *used, bool *suffix, bool *too_big)
{
	size_t i = 0;
	__int128 whole = 0, frac = 0, frac_den = 1;
	size_t digits = 0;
	*too_big = false;
	*suffix = false;
	if (i >= len || !is_digit(s[i]))
		return false;
	while (i < len) {
		if (is_digit(s[i])) {
			if (whole < (__int128)AMOUNT_MAX * 10)
				whole = whole * 10 + (s[i] - '0');
			else
				*too_big = true;
			digits++;
			i++;
		} else if (s[i] == ',' && digits > 0 && i + 3 < len &&
		           is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
		           is_digit(s[i + 3]) &&
		           (i + 4 >= len || !is_digit(s[i + 4]))) {
			i++; /* a thousands separator */
		} else {
			break;
		}
	}
	if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
		i++;
		while (i < len && is_digit(s[i])) {
			if (frac_den < 1000000000) {
				frac = frac * 10 + (s[i] - '0');
				frac_den *= 10;
			}
			i++;
		}
	}
	__int128 mult = 1;
	if (i < len && (s[i] == 'k' || s[i] == 'K')) {
		mult = 1000;
	} else if (i < len && (s[i] == 'm' || s[i] == 'M')) {
		mult = 1000000;
	} else if (i < len && (s[i] == 'b' || s[i] == 'B')) {
		mult = 1000000000;
	}
	if (mult > 1) {
		/* "5 Kilos" or "3 months" is not an amount with a suffix. */
		if (i + 1 < len && is_alpha(s[i + 1]))
			mult = 1;
		else {
			i++;
			*suffix = true;
		}
	}
	__int128 v =
		whole * mult + (frac * mult * 2 + frac_den) / (2 * frac_den);
	if (v > AMOUNT_MAX)
		*too_big = true;
	*value = *too_big ? AMOUNT_MAX : (amount_t)v;
	*used = i;
	return true;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	/* A no-break space (U+00A0) also separates "CHF 210K". */
	while (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	       (unsigned char)s[i + 1] == 0xA0)
		i += 2;
	return i;
}

/* Write the magnitude with thousands separators. */
static size_t format_grouped(char *buf, size_t size, amount_t v)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)v);
	char tmp[48];
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
	char num[48];
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

/* Length of a range separator at s: "–", "—", "--", "-", " to ". */
static size_t range_dash(const char *s, size_t len)
{
	if (len >= 3 && (memcmp(s, "–", 3) == 0 || memcmp(s, "—", 3) == 0))
		return 3;
	if (len >= 2 && s[0] == '-' && s[1] == '-')
		return 2;
	if (len >= 1 && s[0] == '-')
		return 1;
	if (len >= 4 && memcmp(s, " to ", 4) == 0)
		return 4;
	return 0;
}

/* The currency of the amount just before a range dash that ends at
 * text[end] ("€88–" before "120K"), so that the range's second end
 * inherits it; false when there is none. */
static bool range_start_currency(const char *text, size_t end, currency_t *c)
{
	static const char *const dashes[] = {"–", "—", "--", "-", " to "};
	for (size_t d = 0; d < sizeof dashes / sizeof *dashes; d++) {
		size_t n = strlen(dashes[d]);
		if (end < n || memcmp(text + end - n, dashes[d], n) != 0)
			continue;
		size_t k = end - n;
		while (k > 0 && (is_digit(text[k - 1]) || text[k - 1] == '.' ||
		                 text[k - 1] == ','))
			k--;
		if (k == end - n)
			return false;
		while (k > 0 && text[k - 1] == ' ')
			k--;
		return currency_before(text, k, c);
	}
	return false;
}

/* "L" (lakh, 10^5) or "Cr" (crore, 10^7) at s[end] after a rupee amount
 * written at s[start, end), not running on into a word: *v is the amount
 * ("₹1.2Cr" is 12,000,000); the bytes the multiplier takes. */
static size_t indian_multiplier(const char *s, size_t len, size_t start,
                                size_t end, const currency_t *c, amount_t *v,
                                bool *suffix)
{
	size_t n = end < len && s[end] == 'L'                            ? 1
	           : end + 1 < len && s[end] == 'C' && s[end + 1] == 'r' ? 2
	                                                                 : 0;
	char digits[32];
	size_t k = 0;
	double x;

	if (!n || *suffix || !currency_indian(c->code) ||
	    (end + n < len && is_alpha(s[end + n])))
		return 0;
	for (size_t i = start; i < end && k + 1 < sizeof digits; i++)
		if (s[i] != ',')
			digits[k++] = s[i];
	digits[k] = '\0';
	x = strtod(digits, NULL) * (n == 1 ? 1e5 : 1e7);
	*v = x >= (double)AMOUNT_MAX ? AMOUNT_MAX : (amount_t)(x + 0.5);
	*suffix = true;
	return n;
}

/* Rupees in Indian groups at s[i] ("32,00,000": lakhs in twos, the last
 * group of three): the value and the bytes, 0 when it is not written so.
 */
static size_t indian_groups(const char *s, size_t len, size_t i, amount_t *v)
{
	size_t k = i, twos = 0;
	amount_t x = 0;

	while (k < len && is_digit(s[k]) && k - i < 2)
		x = x * 10 + (s[k++] - '0');
	if (k == i)
		return 0;
	while (k + 3 < len && s[k] == ',' && is_digit(s[k + 1]) &&
	       is_digit(s[k + 2]) && s[k + 3] == ',') {
		x = x * 100 + (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
		k += 3;
		twos++;
	}
	if (!twos || k + 3 >= len || s[k] != ',' || !is_digit(s[k + 1]) ||
	    !is_digit(s[k + 2]) || !is_digit(s[k + 3]) ||
	    (k + 4 < len && is_digit(s[k + 4])))
		return 0;
	*v = x * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 +
	     (s[k + 3] - '0');
	return k + 4 - i;
}

bool money_scan_next(const char *text, size_t len, size_t *pos,
                     struct money_token *tok)
{
	size_t i = *pos;
	while (i < len) {
		size_t start = i, n;
		currency_t c = {""};
		bool has_cur = false;
		/* A currency must not be glued to a word before it ("AUD" in
		 * "FRAUD" is not one). */
		/* Nor may a symbol that ends in a letter run on into a
		 * word ("NIS" in "NIST"). */
		if ((i == 0 || !is_alpha(text[i - 1])) &&
		    currency_from_text(text + i, len - i, &c, &n) &&
		    !(is_alpha(text[i + n - 1]) && i + n < len &&
		      is_alpha(text[i + n]))) {
			has_cur = true;
			i = skip_spaces(text, len, i + n);
		}
		bool word_start = start == 0 || !(is_alpha(text[start - 1]) ||
		                                  is_digit(text[start - 1]) ||
		                                  text[start - 1] == '.');
		amount_t v;
		bool suffix, too_big;
		bool number = false;
		if (i < len && is_digit(text[i]) && (has_cur || word_start)) {
			suffix = too_big = false;
			n = has_cur && currency_indian(c.code)
			            ? indian_groups(text, len, i, &v)
			            : 0;
			number = n > 0 || scan_number(text + i, len - i, &v, &n,
			                              &suffix, &too_big);
		}
		if (number) {
			size_t end = i + n;
			/* Lakh and crore, in rupees only ("₹30L", "₹1.2Cr"),
			 * as the prose reader reads them. */
			end += indian_multiplier(text, len, i, end, &c, &v,
			                         &suffix);
			bool pct = end < len && text[end] == '%';
			/* "20--35%": the first number is a percent too;
			 * "€88–120K": it takes the second one's suffix. */
			size_t d = pct || suffix
			                   ? 0
			                   : range_dash(text + end, len - end);
			size_t j = end + d, n2;
			amount_t v2;
			bool s2, big2;
			if (d && j < len && is_digit(text[j]) &&
			    scan_number(text + j, len - j, &v2, &n2, &s2,
			                &big2)) {
				char last = text[j + n2 - 1];
				if (!has_cur && j + n2 < len &&
				    text[j + n2] == '%') {
					pct = true;
				} else if (s2 && has_cur) {
					amount_t m =
						(last == 'k' || last == 'K')
							? 1000
						: (last == 'm' || last == 'M')
							? 1000000
							: 1000000000;
					v = v > AMOUNT_MAX / m ? AMOUNT_MAX
					                       : v * m;
					suffix = true;
				}
			}
			if (has_cur || suffix || pct) {
				tok->start = start;
				tok->end = end < len && text[end] == '%'
				                   ? end + 1
				                   : end;
				tok->value = v;
				tok->currency = has_cur ? c : (currency_t){""};
				if (!has_cur && !pct)
					range_start_currency(text, start,
					                     &tok->currency);
				tok->has_suffix = suffix;
				tok->is_percent = pct && !has_cur;
				*pos = tok->end;
				return true;
			}
			i = end;
			continue;
		}
		/* Not an amount here: step over this character (whole UTF-8
		 * sequence) or over a run of digits/letters. */
		if (is_digit(text[start]) || is_alpha(text[start])) {
			i = start;
			while (i < len &&
			       (is_digit(text[i]) || is_alpha(text[i]) ||
			        text[i] == '.' || text[i] == ','))
				i++;
			if (i == start)
				i++;
		} else {
			i = start + 1;
			while (i < len &&
			       ((unsigned char)text[i] & 0xC0) == 0x80)
				i++;
		}
	}
	*pos = len;
	return false;
}
