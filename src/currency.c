/* currency.c - currencies: their codes, the symbols that name them in
 * text, and the prefix drawn before an amount (currency.h). */
#include "negotiator/currency.h"

#include <string.h>

struct currency_info {
	const char *code;
	const char *prefix; /* drawn before amounts */
};

static const struct currency_info currencies[] = {
	{"EUR", "€"},    {"USD", "$"},    {"GBP", "£"},    {"JPY", "¥"},
	{"INR", "₹"},    {"KRW", "₩"},    {"ILS", "₪"},    {"CHF", "CHF "},
	{"CAD", "CA$"},  {"AUD", "A$"},   {"NZD", "NZ$"},  {"SGD", "S$"},
	{"HKD", "HK$"},  {"CNY", "CN¥"},  {"SEK", "SEK "}, {"NOK", "NOK "},
	{"DKK", "DKK "}, {"PLN", "PLN "}, {"CZK", "CZK "}, {"BRL", "R$"},
	{"MXN", "MX$"},  {"ZAR", "ZAR "}, {"AED", "AED "}, {"TWD", "NT$"},
};

/* Symbols as they appear in text, longest first where they share a
 * start; each maps to a code. */
static const struct {
	const char *text;
	const char *code;
} symbols[] = {
	{"US$", "USD"}, {"CA$", "CAD"}, {"C$", "CAD"},  {"AU$", "AUD"},
	{"A$", "AUD"},  {"NZ$", "NZD"}, {"S$", "SGD"},  {"HK$", "HKD"},
	{"CN¥", "CNY"}, {"R$", "BRL"},  {"MX$", "MXN"}, {"NT$", "TWD"},
	{"€", "EUR"},   {"$", "USD"},   {"£", "GBP"},   {"¥", "JPY"},
	{"₹", "INR"},   {"₩", "KRW"},   {"₪", "ILS"},   {"Fr.", "CHF"},
};

const char *currency_prefix(const char *code)
{
	if (!code || !*code)
		return "";
	for (size_t i = 0; i < sizeof currencies / sizeof *currencies; i++)
		if (strcmp(currencies[i].code, code) == 0)
			return currencies[i].prefix;
	return NULL; /* caller prints "CODE " */
}

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}
static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool known_code(const char *s)
{
	for (size_t i = 0; i < sizeof currencies / sizeof *currencies; i++)
		if (strncmp(currencies[i].code, s, 3) == 0)
			return true;
	return false;
}

bool currency_from_text(const char *text, size_t len, currency_t *out,
                        size_t *consumed)
{
	/* Every symbol starts with '$', an upper-case letter or a non-ASCII
	 * byte: anything else is rejected before the tables are searched. */
	if (len == 0 || (text[0] != '$' && !is_upper(text[0]) &&
	                 (unsigned char)text[0] < 0x80))
		return false;
	for (size_t i = 0; i < sizeof symbols / sizeof *symbols; i++) {
		size_t n = strlen(symbols[i].text);
		if (n <= len && memcmp(text, symbols[i].text, n) == 0) {
			memcpy(out->code, symbols[i].code, 4);
			*consumed = n;
			return true;
		}
	}
	/* An ISO code we know, not part of a longer word. */
	if (len >= 3 && is_upper(text[0]) && is_upper(text[1]) &&
	    is_upper(text[2]) && (len == 3 || !is_alpha(text[3])) &&
	    known_code(text)) {
		memcpy(out->code, text, 3);
		out->code[3] = '\0';
		*consumed = 3;
		return true;
	}
	return false;
}

bool currency_before(const char *text, size_t end, currency_t *c)
{
	for (size_t i = 0; i < sizeof symbols / sizeof *symbols; i++) {
		size_t m = strlen(symbols[i].text);
		if (end >= m &&
		    memcmp(text + end - m, symbols[i].text, m) == 0) {
			memcpy(c->code, symbols[i].code, 4);
			return true;
		}
	}
	if (end >= 3 && is_upper(text[end - 3]) && is_upper(text[end - 2]) &&
	    is_upper(text[end - 1]) && known_code(text + end - 3)) {
		memcpy(c->code, text + end - 3, 3);
		c->code[3] = '\0';
		return true;
	}
	return false;
}
