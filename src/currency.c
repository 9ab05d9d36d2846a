/* currency.c - currencies: their codes, the symbols that name them in
 * text, the prefix drawn before an amount and the decimal mark their
 * amounts are written with (currency.h).  The one list of currencies of
 * the program. */
#include "negotiator/currency.h"

#include <string.h>

/* X(code, prefix drawn before amounts or NULL for "CODE ", decimal mark,
 *   the local sign written after amounts that is shared with other
 *   currencies, or NULL: "kr", the Nordic krona and krone)
 * The decimal mark is how the currency's own country writes an amount:
 * ',' for 130.000,50, '.' for 130,000.50 (and 130'000.50 in Switzerland).
 */
/* clang-format off */
#define CURRENCIES(X) \
	X("EUR", "€", ',', NULL) \
	X("USD", "$", '.', NULL) \
	X("GBP", "£", '.', NULL) \
	X("JPY", "¥", '.', NULL) \
	X("INR", "₹", '.', NULL) \
	X("KRW", "₩", '.', NULL) \
	X("ILS", "₪", '.', NULL) \
	X("CHF", "CHF ", '.', NULL) \
	X("CAD", "CA$", '.', NULL) \
	X("AUD", "A$", '.', NULL) \
	X("NZD", "NZ$", '.', NULL) \
	X("SGD", "S$", '.', NULL) \
	X("HKD", "HK$", '.', NULL) \
	X("CNY", "CN¥", '.', NULL) \
	X("SEK", "SEK ", ',', "kr") \
	X("NOK", "NOK ", ',', "kr") \
	X("DKK", "DKK ", ',', "kr") \
	X("PLN", "PLN ", ',', NULL) \
	X("CZK", "CZK ", ',', NULL) \
	X("BRL", "R$", ',', NULL) \
	X("MXN", "MX$", '.', NULL) \
	X("ZAR", "ZAR ", ',', NULL) \
	X("AED", "AED ", '.', NULL) \
	X("TWD", "NT$", '.', NULL) \
	X("UYU", NULL, ',', NULL) \
	X("ARS", NULL, ',', NULL) \
	X("CLP", NULL, ',', NULL) \
	X("COP", NULL, ',', NULL) \
	X("PEN", NULL, '.', NULL) \
	X("TRY", NULL, ',', NULL) \
	X("PHP", NULL, '.', NULL) \
	X("IDR", NULL, ',', NULL) \
	X("MYR", NULL, '.', NULL) \
	X("THB", NULL, '.', NULL) \
	X("VND", NULL, ',', NULL) \
	X("NGN", NULL, '.', NULL) \
	X("KES", NULL, '.', NULL) \
	X("EGP", NULL, '.', NULL) \
	X("SAR", NULL, '.', NULL) \
	X("QAR", NULL, '.', NULL) \
	X("HUF", NULL, ',', NULL) \
	X("RON", NULL, ',', NULL) \
	X("ISK", NULL, ',', NULL) \
	X("BGN", NULL, ',', NULL) \
	X("UAH", NULL, ',', NULL) \
	X("PKR", NULL, '.', NULL) \
	X("BDT", NULL, '.', NULL) \
	X("LKR", NULL, '.', NULL) \
	X("GHS", NULL, '.', NULL) \
	X("MAD", NULL, ',', NULL)

/* The local signs of the column above, each once (the lexer looks for
 * them at every word). */
#define CURRENCY_LOCAL_SIGNS(X) X("kr")

/* The symbols that name a currency in text, besides its ISO code. */
#define CURRENCY_SYMBOLS(X) \
	X("US$", "USD") X("$", "USD") \
	X("CA$", "CAD") X("C$", "CAD") \
	X("AU$", "AUD") X("A$", "AUD") \
	X("NZ$", "NZD") X("S$", "SGD") X("HK$", "HKD") \
	X("CN¥", "CNY") X("R$", "BRL") X("MX$", "MXN") X("NT$", "TWD") \
	X("€", "EUR") X("£", "GBP") X("¥", "JPY") \
	X("₹", "INR") X("Rs.", "INR") X("Rs", "INR") \
	X("₩", "KRW") X("₪", "ILS") X("Fr.", "CHF") \
	X("RMB", "CNY") X("NIS", "ILS") X("SG$", "SGD") X("JP¥", "JPY") \
	X("US $", "USD") X("CAD$", "CAD") X("AUD$", "AUD") X("U$S", "USD") \
	X("$U", "UYU")
/* clang-format on */

static const struct {
	char code[4];
	const char *prefix;
	char decimal;
	const char *local;
} currencies[] = {
#define ROW(code, prefix, mark, local) {code, prefix, mark, local},
	CURRENCIES(ROW)
#undef ROW
};

static const struct {
	const char *text;
	char code[4];
} symbols[] = {
#define ROW(text, code) {text, code},
	CURRENCY_SYMBOLS(ROW)
#undef ROW
};

static const char *const local_signs[] = {
#define ROW(sign) sign,
	CURRENCY_LOCAL_SIGNS(ROW)
#undef ROW
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static int find(const char *code)
{
	if (!code || !*code)
		return -1;
	for (size_t i = 0; i < COUNT(currencies); i++)
		if (strncmp(currencies[i].code, code, 3) == 0)
			return (int)i;
	return -1;
}

const char *currency_find(const char *code)
{
	int i = find(code);
	return i >= 0 ? currencies[i].code : NULL;
}

const char *currency_prefix(const char *code)
{
	if (!code || !*code)
		return "";
	int i = find(code);
	return i >= 0 && code[3] == '\0' ? currencies[i].prefix : NULL;
}

char currency_decimal_mark(const char *code)
{
	int i = find(code);
	return i >= 0 ? currencies[i].decimal : '.';
}

bool currency_krona(const char *code)
{
	int i = find(code);
	return i >= 0 && code[3] == '\0' && currencies[i].local &&
	       strcmp(currencies[i].local, "kr") == 0;
}

bool currency_indian(const char *code)
{
	return code && strcmp(code, "INR") == 0;
}

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}
static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool currency_from_text(const char *text, size_t len, currency_t *out,
                        size_t *consumed)
{
	/* Every symbol starts with '$', an upper-case letter or a non-ASCII
	 * byte: anything else is rejected before the tables are searched. */
	if (len == 0 || (text[0] != '$' && !is_upper(text[0]) &&
	                 (unsigned char)text[0] < 0x80))
		return false;
	size_t best = 0;
	for (size_t i = 0; i < COUNT(symbols); i++) {
		/* Most symbols start with another byte: one compare says so
		 * (the lexer asks at every word). */
		if (symbols[i].text[0] != text[0])
			continue;
		size_t n = strlen(symbols[i].text);
		if (n > best && n <= len &&
		    memcmp(text, symbols[i].text, n) == 0) {
			memcpy(out->code, symbols[i].code, 4);
			best = n;
		}
	}
	if (best) {
		*consumed = best;
		return true;
	}
	/* An ISO code we know, not part of a longer word. */
	if (len >= 3 && is_upper(text[0]) && is_upper(text[1]) &&
	    is_upper(text[2]) && (len == 3 || !is_alpha(text[3])) &&
	    currency_find(text)) {
		memcpy(out->code, text, 3);
		out->code[3] = '\0';
		*consumed = 3;
		return true;
	}
	return false;
}

bool currency_own_dollar(const char *code)
{
	int i = find(code);

	return i >= 0 && code[3] == '\0' && strcmp(code, "USD") != 0 &&
	       currencies[i].prefix && strchr(currencies[i].prefix, '$');
}

size_t currency_local_sign(const char *text, size_t len)
{
	for (size_t i = 0; i < COUNT(local_signs); i++) {
		const char *sign = local_signs[i];
		size_t m = strlen(sign);

		/* "kr", "Kr" or "kr.", not the start of a word ("kraken"). */
		if (m > len || (text[0] | 0x20) != sign[0] ||
		    strncmp(text + 1, sign + 1, m - 1) != 0)
			continue;
		if (m < len && text[m] == '.')
			return m + 1;
		return m < len && is_alpha(text[m]) ? 0 : m;
	}
	return 0;
}
