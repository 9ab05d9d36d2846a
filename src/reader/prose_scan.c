/* prose_scan.c - the flat text of one paragraph as a row of tokens: words,
 * amounts, percents, bare numbers and punctuation (see prose_scan.h). */
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "prose_scan.h"

/* How far a "[...]" may reach: "[198-210]" and "[X+10-15]" are short. */
#define BRACKET_REACH 24

static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Bytes of a three-byte UTF-8 punctuation mark at s[i] that acts as
 * ASCII c does: dashes as '-', curly quotes as '"', the apostrophe as
 * '\'', the arrow and the approximation sign as themselves.  0: none. */
static size_t wide_punct(const char *s, size_t len, size_t i, char *c)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (i + 2 < len && u[0] == 0xE2 && u[1] == 0x80) {
		switch (u[2]) {
		case 0x90:
		case 0x91:
		case 0x92:
		case 0x93:
		case 0x94:
		case 0x95: *c = '-'; return 3;
		case 0x98:
		case 0x99: *c = '\''; return 3;
		case 0x9C:
		case 0x9D: *c = '"'; return 3;
		case 0xA2: /* bullet */ *c = '*'; return 3;
		case 0xA6: /* ellipsis */ *c = '.'; return 3;
		default: break;
		}
	}
	if (i + 2 < len && u[0] == 0xE2 && u[1] == 0x86 && u[2] == 0x92) {
		*c = '>'; /* → */
		return 3;
	}
	if (i + 2 < len && u[0] == 0xE2 && u[1] == 0x89 && u[2] == 0x88) {
		*c = '~'; /* ≈ */
		return 3;
	}
	if (i + 1 < len && u[0] == 0xC3 && u[1] == 0x97) {
		*c = 'x'; /* × */
		return 2;
	}
	return 0;
}

static bool is_nbsp(const char *s, size_t len, size_t i)
{
	return i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	       (unsigned char)s[i + 1] == 0xA0;
}

/* A byte that belongs to a word: ASCII letters and digits, and UTF-8
 * letters (any multi-byte sequence that is not punctuation). */
static bool word_byte(const char *s, size_t len, size_t i)
{
	char c;
	unsigned char u = (unsigned char)s[i];

	if (is_alpha(s[i]) || text_is_digit(s[i]))
		return true;
	if (u < 0x80)
		return false;
	if (is_nbsp(s, len, i) || wide_punct(s, len, i, &c))
		return false;
	/* Currency signs are not letters: "€", "£", "¥", "₹". */
	if ((u == 0xC2 && i + 1 < len &&
	     ((unsigned char)s[i + 1] == 0xA3 ||
	      (unsigned char)s[i + 1] == 0xA5)) ||
	    (u == 0xE2 && i + 1 < len && (unsigned char)s[i + 1] == 0x82))
		return false;
	return true;
}

static size_t skip_blank(const char *s, size_t len, size_t i)
{
	for (;;) {
		if (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (is_nbsp(s, len, i))
			i += 2;
		else
			return i;
	}
}

/* --- currencies -------------------------------------------------------- */

/* The krona's "kr", which names no one currency, is tried first; every
 * other symbol is currency.c's (one table for the program: "RMB", "NIS",
 * "$U" for the Uruguayan peso, never read as dollars, ...). */

/* A currency written before an amount at s[i] (not glued to a word
 * before it); its length in *n. */
static bool currency_prefix_at(const char *s, size_t len, size_t i,
                               currency_t *c, size_t *n)
{
	if (i > 0 && (is_alpha(s[i - 1]) || text_is_digit(s[i - 1])))
		return false;
	if ((*n = currency_local_sign(s + i, len - i)) > 0) {
		memcpy(c->code, PROSE_KRONA, sizeof PROSE_KRONA);
		return true;
	}
	if (!currency_from_text(s + i, len - i, c, n))
		return false;
	/* "NIS" is no currency in "NIST", nor "$U" in "$USD". */
	if (is_alpha(s[i + *n - 1]) && i + *n < len && is_alpha(s[i + *n]))
		return false;
	/* "Fr." is a French abbreviation more often than francs. */
	return strcmp(c->code, "CHF") != 0 || s[i] == 'C';
}

/* An ISO code written after an amount ("120K USD"). */
static bool currency_suffix_at(const char *s, size_t len, size_t i,
                               currency_t *c, size_t *n)
{
	/* "450,000 kr", "600K kr." */
	if ((*n = currency_local_sign(s + i, len - i)) > 0) {
		memcpy(c->code, PROSE_KRONA, sizeof PROSE_KRONA);
		return true;
	}
	if (i + 3 > len || !is_upper(s[i]) || !is_upper(s[i + 1]) ||
	    !is_upper(s[i + 2]) || (i + 3 < len && is_alpha(s[i + 3])))
		return false;
	return currency_from_text(s + i, 3, c, n) && *n == 3;
}

/* --- numbers ----------------------------------------------------------- */

/* Digits with thousands separators in groups of three ("205,000") or
 * Indian groups ("32,00,000"), and a decimal part ("1.19"). */
static bool scan_digits(const char *s, size_t len, size_t i, double *v,
                        size_t *end)
{
	size_t j = i, groups[16], ng = 0, lead = 0, k;
	double whole = 0, frac = 0, scale = 1;
	bool grouped = false;

	if (i >= len || !text_is_digit(s[i]))
		return false;
	while (j < len && text_is_digit(s[j]))
		j++;
	lead = j - i;
	/* Separators: each group is the digits after a comma. */
	while (j + 1 < len && s[j] == ',' && text_is_digit(s[j + 1]) &&
	       ng < 16) {
		size_t g = j + 1;

		while (g < len && text_is_digit(s[g]))
			g++;
		groups[ng++] = g - (j + 1);
		j = g;
		grouped = true;
	}
	if (grouped) {
		bool western = lead <= 3, indian = lead <= 2;

		for (k = 0; k < ng; k++) {
			western = western && groups[k] == 3;
			indian = indian && groups[k] == (k + 1 == ng ? 3u : 2u);
		}
		if (!western && !indian) {
			/* "1,2" is a list, not a number: stop at the comma. */
			j = i + lead;
			grouped = false;
		}
	}
	for (k = i; k < j; k++)
		if (text_is_digit(s[k]) && whole < 1e18)
			whole = whole * 10 + (s[k] - '0');
	if (j + 1 < len && s[j] == '.' && text_is_digit(s[j + 1])) {
		j++;
		while (j < len && text_is_digit(s[j])) {
			if (scale < 1e9) {
				frac = frac * 10 + (s[j] - '0');
				scale *= 10;
			}
			j++;
		}
	}
	*v = whole + frac / scale;
	*end = j;
	return true;
}

/* A multiplier written after a number at s[i]: K, M, MM, B, bn, mn, L
 * (lakh), Cr (crore), and the words thousand, million, billion, lakh,
 * crore.  Returns its bytes (0: none) and sets *mult. */
static size_t scan_suffix(const char *s, size_t len, size_t i, double *mult)
{
	static const struct {
		const char *text;
		double mult;
		bool word; /* needs a space before it allowed, and a word end */
	} suffixes[] = {
		{"thousand", 1e3, true}, {"million", 1e6, true},
		{"billion", 1e9, true},  {"lakhs", 1e5, true},
		{"lakh", 1e5, true},     {"lacs", 1e5, true},
		{"crores", 1e7, true},   {"crore", 1e7, true},
		{"MM", 1e6, false},      {"mn", 1e6, false},
		{"bn", 1e9, false},      {"Cr", 1e7, false},
		{"cr", 1e7, false},      {"K", 1e3, false},
		{"k", 1e3, false},       {"M", 1e6, false},
		{"m", 1e6, false},       {"B", 1e9, false},
		{"L", 1e5, false},
	};
	size_t k, j;

	for (k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
		size_t n = strlen(suffixes[k].text);

		j = suffixes[k].word ? skip_blank(s, len, i) : i;
		if (n > len - j || memcmp(s + j, suffixes[k].text, n) != 0)
			continue;
		/* "5 Kilos", "3 months", "10 Lead": a letter after it means
		 * a word, not a multiplier. */
		if (j + n < len && is_alpha(s[j + n]))
			continue;
		*mult = suffixes[k].mult;
		return j + n - i;
	}
	*mult = 1;
	return 0;
}

/* A range dash at s[i] between two numbers: "-", "–", "—", "--", "to".
 * Returns the bytes up to the second number (spaces included), 0 when
 * there is none. */
static size_t range_dash(const char *s, size_t len, size_t i)
{
	size_t j = skip_blank(s, len, i);
	char c;
	size_t w;

	if (j < len && s[j] == '-') {
		j++;
		if (j < len && s[j] == '-')
			j++;
	} else if ((w = wide_punct(s, len, j, &c)) && c == '-') {
		j += w;
	} else if (j + 2 < len && text_ascii_lower(s[j]) == 't' &&
	           text_ascii_lower(s[j + 1]) == 'o' &&
	           (s[j + 2] == ' ' || is_nbsp(s, len, j + 2))) {
		j += 2;
	} else {
		return 0;
	}
	return skip_blank(s, len, j) - i;
}

/* "[...]" at s[i]: a concrete "[198-210]" (lo, hi) or a placeholder
 * "[X]", "[Y+60K]", "[target]" (*placeholder).  Returns its bytes up to
 * and with the ']' (0 when it is not a short bracket on one line). */
static size_t scan_bracket(const char *s, size_t len, size_t i, double *lo,
                           double *hi, bool *placeholder, bool *has_suffix)
{
	size_t j = i + 1, close, e;
	double mult;

	*placeholder = false;
	*has_suffix = false;
	for (close = j; close < len && close - i <= BRACKET_REACH; close++)
		if (s[close] == ']' || s[close] == '[' || s[close] == '\n')
			break;
	if (close >= len || s[close] != ']' || close == j)
		return 0;
	j = skip_blank(s, len, j);
	if (scan_digits(s, close, j, lo, &e)) {
		size_t d, n = scan_suffix(s, close, e, &mult);

		*lo *= mult;
		*has_suffix = n > 0;
		e += n;
		*hi = *lo;
		d = range_dash(s, close, e);
		if (d && scan_digits(s, close, e + d, hi, &e)) {
			n = scan_suffix(s, close, e, &mult);
			if (n && !*has_suffix)
				*lo *= mult;
			*has_suffix = *has_suffix || n > 0;
			*hi *= mult;
			e += n;
		}
		e = skip_blank(s, close, e);
		if (e == close)
			return close + 1 - i;
	}
	*placeholder = true;
	return close + 1 - i;
}

/* The multiplier after a number at s[e] (scan_suffix); lakh and crore only
 * in rupees: "L" alone elsewhere is a level ("L5"), not a multiplier. */
static size_t scan_multiplier(const char *s, size_t len, size_t e,
                              const char *code, double *mult)
{
	size_t n = scan_suffix(s, len, e, mult);

	if ((*mult == 1e5 || *mult == 1e7) && strcmp(code, "INR")) {
		*mult = 1;
		return 0;
	}
	return n;
}

/* "$[198-210]K", "[15-20]%", "$[X]K" at s[j]: the end, or 0 when it is
 * no amount (a bracket of words with neither money nor a percent). */
static size_t scan_bracket_amount(const char *s, size_t len, size_t j, bool cur,
                                  struct pamount *a, bool *suffix)
{
	double mult = 1;
	bool ph, bs;
	size_t n = scan_bracket(s, len, j, &a->low, &a->high, &ph, &bs);

	if (!n)
		return 0;
	j += n;
	n = scan_suffix(s, len, j, &mult);
	if (!ph) {
		a->low *= mult;
		a->high *= mult;
		a->range = a->high != a->low;
	}
	j += n;
	a->placeholder = ph;
	*suffix = bs || n > 0;
	if (j < len && s[j] == '%') {
		a->percent = true;
		j++;
	}
	return !cur && !a->percent && !*suffix ? 0 : j;
}

/* The high end of a range after the amount a ending at s[j] ("–$120K",
 * "-160K", "–15%"): its end, or j when there is none.  "$215K - £229K"
 * is two amounts, not a range. */
static size_t scan_range_high(const char *s, size_t len, size_t j, bool cur,
                              struct pamount *a, bool *suffix)
{
	size_t d = range_dash(s, len, j), k = j + d, m, e, m2;
	currency_t c2;
	double v2, mult2 = 1;
	bool pct2 = false;

	if (!d)
		return j;
	if (currency_prefix_at(s, len, k, &c2, &m)) {
		/* "A$10,000–$20,000": a bare "$" goes on with the dollar of
		 * the first end. */
		bool bare_dollar = m == 1 && s[k] == '$' &&
		                   currency_own_dollar(a->currency.code);

		if (strcmp(c2.code, a->currency.code) != 0 && !bare_dollar)
			return j;
		k = skip_blank(s, len, k + m);
	}
	if (k < len && s[k] == '[')
		k++;
	if (!(k < len && text_is_digit(s[k]) &&
	      scan_digits(s, len, k, &v2, &e)))
		return j;
	m2 = scan_multiplier(s, len, e, a->currency.code, &mult2);
	e += m2;
	if (e < len && s[e] == ']')
		e++;
	if (e < len && s[e] == '%') {
		pct2 = true;
		e++;
	}
	/* "$150-160K": the first takes the second's multiplier; "10–15%":
	 * both are percents. */
	if (!(pct2 == a->percent || (pct2 && !cur && !*suffix)))
		return j;
	if (!*suffix && m2 && mult2 > 1)
		a->low *= mult2;
	a->high = v2 * mult2;
	a->percent = pct2;
	a->range = true;
	a->range_to = text_ascii_lower(s[skip_blank(s, len, j)]) == 't';
	*suffix = *suffix || m2 > 0;
	return e;
}

/* "180K", "$205,000", "10–15%", "$150-160K" at s[j]: the end. */
static size_t scan_number_amount(const char *s, size_t len, size_t j, bool cur,
                                 struct pamount *a, bool *suffix)
{
	double mult = 1;
	size_t e, n;

	scan_digits(s, len, j, &a->low, &e);
	n = scan_multiplier(s, len, e, a->currency.code, &mult);
	*suffix = n > 0;
	a->low *= mult;
	j = e + n;
	if (j < len && s[j] == '%') {
		a->percent = true;
		j++;
	}
	j = scan_range_high(s, len, j, cur, a, suffix);
	if (!a->range)
		a->high = a->low;
	return j;
}

/* "/yr", "/year", "/share", "/mo" glued on at s[j]: the end. */
static size_t scan_glued_rate(const char *s, size_t len, size_t j,
                              struct pamount *a)
{
	size_t k, w, m;
	char word[8] = "";

	if (!(j + 1 < len && s[j] == '/' && !a->percent))
		return j;
	k = skip_blank(s, len, j + 1);
	for (w = k; w < len && is_alpha(s[w]); w++)
		;
	if (w == k)
		return j;
	m = w - k < sizeof word - 1 ? w - k : sizeof word - 1;
	for (size_t q = 0; q < m; q++)
		word[q] = text_ascii_lower(s[k + q]);
	if (!strcmp(word, "yr") || !strcmp(word, "year") ||
	    !strcmp(word, "annum") || !strcmp(word, "yrs")) {
		a->per_year = true;
		return w < len && s[w] == '.' && !strcmp(word, "yr") ? w + 1
		                                                     : w;
	}
	if (!strcmp(word, "share") || !strcmp(word, "sh")) {
		a->share_price = true;
		return w;
	}
	if (!strcmp(word, "mo") || !strcmp(word, "month") ||
	    !strcmp(word, "mth")) {
		a->per_month = true;
		return w;
	}
	return j;
}

/* An amount or percent at s[i]; fills t and returns its end, or i. */
static size_t scan_amount(const char *s, size_t len, size_t i, struct ptok *t)
{
	struct pamount *a = &t->a;
	size_t j = i, n;
	double mult = 1;
	bool cur, suffix = false;

	memset(a, 0, sizeof *a);
	cur = currency_prefix_at(s, len, i, &a->currency, &n);
	if (cur)
		j = skip_blank(s, len, i + n);
	else if (i > 0 && (is_alpha(s[i - 1]) || s[i - 1] == '.' ||
	                   text_is_digit(s[i - 1])))
		return i; /* "P4", "v2.0": digits glued to a word */
	if (j < len && s[j] == '[') {
		j = scan_bracket_amount(s, len, j, cur, a, &suffix);
		if (!j)
			return i;
	} else if (j < len && text_is_digit(s[j])) {
		j = scan_number_amount(s, len, j, cur, a, &suffix);
	} else if (cur && j < len && is_upper(s[j]) &&
	           (j + 1 >= len || !is_alpha(s[j + 1]))) {
		/* "$X", "$XK": a letter standing for a number. */
		a->placeholder = true;
		j++;
		j += scan_suffix(s, len, j, &mult);
	} else {
		return i;
	}
	if (!cur && !a->percent && !a->placeholder) {
		size_t k = skip_blank(s, len, j);

		if (currency_suffix_at(s, len, k, &a->currency, &n)) {
			cur = true;
			j = k + n;
		}
	}
	/* Bare numbers (years, counts) are not amounts. */
	if (!cur && !suffix && !a->percent)
		return i;
	if (a->percent)
		a->currency.code[0] = '\0';
	t->value_end = j;
	if (j < len && s[j] == '+') {
		a->plus = true;
		j++;
	}
	t->kind = PTOK_AMOUNT;
	return scan_glued_rate(s, len, j, a);
}

/* --- sentences --------------------------------------------------------- */

/* Abbreviations whose period does not end a sentence (a company's "Inc."
 * may: "at Specs Inc. I have ..."); "Rs." and "kr." are currency signs. */
static bool abbreviation(const char *s, size_t start, size_t end)
{
	static const char *const abbr[] = {
		"vs",  "e.g", "i.e", "approx", "est", "u.s", "st",  "etc", "mr",
		"ms",  "dr",  "no",  "jr",     "sr",  "min", "max", "avg", "yr",
		"yrs", "mo",  "u.k", "ca",     "rs",  "kr",  NULL};
	size_t k, n = end - start;

	for (k = 0; abbr[k]; k++)
		if (strlen(abbr[k]) == n) {
			size_t q;

			for (q = 0; q < n && text_ascii_lower(s[start + q]) ==
			                             abbr[k][q];
			     q++)
				;
			if (q == n)
				return true;
		}
	return false;
}

/* Is s[i] inside a short "[...]" on its line ("[D.E. Shaw/Citadel]"):
 * a '[' before it and a ']' after it, neither past a line break? */
static bool in_bracket(const char *s, size_t len, size_t i)
{
	size_t k;

	for (k = i; k-- > 0 && i - k <= 2 * BRACKET_REACH;) {
		if (s[k] == ']' || s[k] == '\n')
			return false;
		if (s[k] == '[')
			break;
	}
	if (k == (size_t)-1 || s[k] != '[')
		return false;
	for (k = i + 1; k < len && k - i <= 2 * BRACKET_REACH; k++) {
		if (s[k] == '[' || s[k] == '\n')
			return false;
		if (s[k] == ']')
			return true;
	}
	return false;
}

/* The end of the closing quotes, brackets and emphasis at s[j] (after a
 * mark: '"', ')', '*', '_', '\'', ']' and the curly quotes). */
static size_t closing_after(const char *s, size_t len, size_t j)
{
	char c;
	size_t w;

	for (;;) {
		if (j < len && (s[j] == '"' || s[j] == ')' || s[j] == '*' ||
		                s[j] == '_' || s[j] == '\'' || s[j] == ']'))
			j++;
		else if ((w = wide_punct(s, len, j, &c)) &&
		         (c == '"' || c == '\''))
			j += w;
		else
			return j;
	}
}

/* Does the mark at s[i] ('.', '!', '?') end a sentence?  It must be
 * followed (after closing quotes, brackets or emphasis) by a blank and
 * something that can start one, or by the end; never inside a short
 * "[...]".  word: the word token just before it ({0, 0}: none). */
static bool ends_sentence(const char *s, size_t len, size_t i,
                          const size_t word[2])
{
	size_t j = i + 1;

	if (s[i] == '.' && word[1] == i && word[1] > word[0] &&
	    abbreviation(s, word[0], word[1]))
		return false;
	if (in_bracket(s, len, i))
		return false;
	j = closing_after(s, len, j);
	if (j >= len)
		return true;
	if (s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && !is_nbsp(s, len, j))
		return false;
	j = skip_blank(s, len, j);
	/* "... $1.2M. but": a lower-case word goes on the sentence; a name
	 * written with a capital inside ("xAI", "eBay") starts one. */
	if (j >= len || !(s[j] >= 'a' && s[j] <= 'z'))
		return true;
	while (j < len && is_alpha(s[j]) && !is_upper(s[j]))
		j++;
	return j < len && is_upper(s[j]);
}

/* The one definition of a sentence's end: does the mark c (punct_end's)
 * at s[i] end one?  A line break and ';' do; '.', '!' and '?' as
 * ends_sentence says (not the wide ellipsis). */
static bool mark_ends_sentence(const char *s, size_t len, size_t i, char c,
                               const size_t word[2])
{
	char w;

	if (s[i] == '\n' || c == ';')
		return true;
	if ((c != '.' && c != '!' && c != '?') || wide_punct(s, len, i, &w))
		return false;
	return ends_sentence(s, len, i, word);
}

/* --- the scanner ------------------------------------------------------- */

/* The end of the word (or bare number) at s[i]: letters, digits, and
 * "-", "'", "," or "." inside ("sign-on", "I'd", "1,500", "e.g", "U.S");
 * *digits when it is digits (and commas) only. */
static size_t word_end(const char *s, size_t len, size_t i, bool *digits)
{
	size_t e = i, piece = i, w; /* piece: the part after the last '.' */
	char c;

	*digits = true;
	while (e < len) {
		if (word_byte(s, len, e)) {
			*digits =
				*digits && (text_is_digit(s[e]) || s[e] == ',');
			e++;
		} else if ((s[e] == '-' || s[e] == '\'' ||
		            (s[e] == ',' && *digits) ||
		            (s[e] == '.' && (*digits || e - piece == 1))) &&
		           e + 1 < len && word_byte(s, len, e + 1)) {
			/* "e.g", "U.S": one letter, a dot, a letter. */
			if (s[e] == '.')
				piece = e + 1;
			e++;
		} else if ((w = wide_punct(s, len, e, &c)) && c == '\'' &&
		           e + w < len && word_byte(s, len, e + w)) {
			e += w;
		} else {
			break;
		}
	}
	return e;
}

/* The end of the one mark at s[i], and the mark (*punct: dashes of every
 * kind '-', "--" one '-'; another symbol '#', never a sentence end). */
static size_t punct_end(const char *s, size_t len, size_t i, char *punct)
{
	size_t w = wide_punct(s, len, i, punct), e;

	if (w)
		return i + w;
	if ((unsigned char)s[i] >= 0x80) {
		/* Another symbol: one whole UTF-8 sequence. */
		for (e = i + 1; e < len && ((unsigned char)s[e] & 0xC0) == 0x80;
		     e++)
			;
		*punct = '#';
		return e;
	}
	*punct = s[i];
	return i + 1 + (s[i] == '-' && i + 1 < len && s[i + 1] == '-');
}

static struct ptok *push(struct ptok **arr, size_t *n, size_t *cap)
{
	*arr = xgrow(*arr, cap, *n + 1, sizeof **arr);
	memset(&(*arr)[*n], 0, sizeof **arr);
	return &(*arr)[(*n)++];
}

size_t prose_scan(const char *s, size_t len, struct ptok **out)
{
	struct ptok *arr = NULL, tok;
	size_t n = 0, cap = 0, i = 0, e, word[2];
	int line = 0;

	while (i < len && n < PROSE_SCAN_MAX_TOKENS) {
		struct ptok *t;

		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			i++;
			continue;
		}
		if (is_nbsp(s, len, i)) {
			i += 2;
			continue;
		}
		memset(&tok, 0, sizeof tok);
		e = scan_amount(s, len, i, &tok);
		if (e > i) {
			t = push(&arr, &n, &cap);
			*t = tok;
			t->start = i;
			t->end = e;
			t->line = line;
			i = e;
			continue;
		}
		if (word_byte(s, len, i)) {
			bool digits;

			e = word_end(s, len, i, &digits);
			t = push(&arr, &n, &cap);
			t->start = i;
			t->end = e;
			t->line = line;
			t->kind = PTOK_WORD;
			if (digits) {
				double v;
				size_t de;

				if (scan_digits(s, e, i, &v, &de) && de == e) {
					t->kind = PTOK_NUMBER;
					t->number = v;
				}
			}
			i = e;
			continue;
		}
		t = push(&arr, &n, &cap);
		t->kind = PTOK_PUNCT;
		t->start = i;
		t->line = line;
		e = punct_end(s, len, i, &t->punct);
		t->end = e;
		if (n >= 2 && arr[n - 2].kind == PTOK_WORD) {
			word[0] = arr[n - 2].start;
			word[1] = arr[n - 2].end;
		} else {
			word[0] = word[1] = 0;
		}
		t->sentence_end = mark_ends_sentence(s, len, i, t->punct, word);
		line += s[i] == '\n';
		i = e;
	}
	*out = arr;
	return n;
}

bool ptok_word_is(const char *text, const struct ptok *t, const char *w)
{
	size_t n = strlen(w), k;

	if (t->kind != PTOK_WORD || t->end - t->start != n)
		return false;
	for (k = 0; k < n; k++)
		if (text_ascii_lower(text[t->start + k]) != w[k])
			return false;
	return true;
}

bool ptok_word_starts(const char *text, const struct ptok *t, const char *w)
{
	size_t n = strlen(w), k;

	if (t->kind != PTOK_WORD || t->end - t->start < n)
		return false;
	for (k = 0; k < n; k++)
		if (text_ascii_lower(text[t->start + k]) != w[k])
			return false;
	return true;
}

/* The bytes of the token at s[i] that is no amount: a word, a number or
 * one mark (blanks are stepped over whole). */
static size_t other_token_end(const char *s, size_t len, size_t i)
{
	bool digits;
	char c;

	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
		return i + 1;
	if (is_nbsp(s, len, i))
		return i + 2;
	if (word_byte(s, len, i))
		return word_end(s, len, i, &digits);
	return punct_end(s, len, i, &c);
}

static amount_t whole_units(double v)
{
	if (v >= (double)AMOUNT_MAX)
		return AMOUNT_MAX;
	return v <= 0 ? 0 : (amount_t)(v + 0.5);
}

bool prose_scan_money(const char *s, size_t len, size_t *pos,
                      struct prose_money *m)
{
	size_t i = *pos;

	while (i < len) {
		struct ptok tok;
		size_t e;

		memset(&tok, 0, sizeof tok);
		e = scan_amount(s, len, i, &tok);
		if (e > i && !tok.a.placeholder) {
			memset(m, 0, sizeof *m);
			m->start = i;
			m->end = tok.value_end;
			m->value = whole_units(tok.a.low);
			m->high = whole_units(tok.a.high);
			/* "kr" names no one currency: the text alone gives
			 * none. */
			if (strcmp(tok.a.currency.code, PROSE_KRONA) != 0)
				m->currency = tok.a.currency;
			m->percent = tok.a.percent;
			m->range = tok.a.range;
			m->per_year = tok.a.per_year;
			*pos = e;
			return true;
		}
		i = e > i ? e : other_token_end(s, len, i);
	}
	*pos = len;
	return false;
}

size_t prose_scan_sentence_end(const char *s, size_t len, size_t pos)
{
	/* Only a mark can end one: each is asked as the tokens ask it (the
	 * word before it from the text; an amount's own '.' is followed by
	 * a digit, or is an abbreviation's: "Rs.", "kr.", "/yr."). */
	for (size_t i = pos; i < len; i++) {
		if (s[i] != '\n' && s[i] != ';' && s[i] != '.' && s[i] != '!' &&
		    s[i] != '?')
			continue;
		if (prose_scan_ends_at(s, len, i))
			/* The closing quotes after the mark go with it. */
			return s[i] == '\n' ? i + 1
			                    : closing_after(s, len, i + 1);
	}
	return len;
}

bool prose_scan_ends_at(const char *s, size_t len, size_t i)
{
	size_t word[2] = {i, i};
	char c;

	if (i >= len)
		return false;
	while (word[0] > 0 &&
	       (is_alpha(s[word[0] - 1]) || text_is_digit(s[word[0] - 1]) ||
	        (s[word[0] - 1] == '.' && word[0] < i)))
		word[0]--;
	punct_end(s, len, i, &c);
	return !word_byte(s, len, i) && mark_ends_sentence(s, len, i, c, word);
}

bool prose_scan_percent(const char *s, size_t len, size_t from, size_t pct,
                        double *lo, double *hi, size_t *start)
{
	size_t i = from;

	while (i <= pct && i < len) {
		struct ptok tok;
		size_t e;

		memset(&tok, 0, sizeof tok);
		e = scan_amount(s, len, i, &tok);
		if (e <= i) {
			i = other_token_end(s, len, i);
			continue;
		}
		if (pct < tok.value_end) {
			if (!tok.a.percent || tok.a.placeholder)
				return false;
			*lo = tok.a.low;
			*hi = tok.a.high;
			*start = i;
			return true;
		}
		i = e;
	}
	return false;
}
