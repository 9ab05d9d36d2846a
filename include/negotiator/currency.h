/* currency.h - currencies: ISO 4217 codes, the symbols that name them in
 * text ("€", "US$", "CHF"), the prefix drawn before an amount and how
 * their amounts are written (the decimal mark).
 *
 * One table (CURRENCIES in currency.c) lists every currency the program
 * knows; every module asks these functions rather than keep its own list. */
#ifndef NEGOTIATOR_CURRENCY_H
#define NEGOTIATOR_CURRENCY_H

#include <stdbool.h>
#include <stddef.h>

/* ISO 4217 code, upper case, NUL-terminated ("EUR"); "" when unknown. */
typedef struct {
	char code[4];
} currency_t;

/* The symbol drawn before an amount: "€", "$", "£", "¥", or the code
 * followed by a space ("CHF ") for currencies without a common symbol;
 * "" for no code, NULL for a code the table does not have. */
const char *currency_prefix(const char *code);
/* The table's ISO code (NUL-terminated, static) that code's first three
 * letters spell ("EUR" for "EUR 5K"); NULL when the table has none. */
const char *currency_find(const char *code);
/* The decimal mark of the currency's amounts as its country writes
 * them: ',' where "130.000,50" is written (the euro, the krona, the
 * real), '.' elsewhere and for an empty or unknown code. */
char currency_decimal_mark(const char *code);
/* Whether the currency is one of those written "kr" (the Swedish and
 * Danish krona and krone, the Norwegian krone): "450,000 kr" is the
 * one of a guide's Nordic band. */
bool currency_krona(const char *code);
/* Whether the currency's people write Indian grouping, "35,00,000", and
 * count in lakh and crore (the rupee). */
bool currency_indian(const char *code);
/* Map a symbol or code found in text ("€", "US$", "CHF", "£") to an ISO
 * code; returns false when the text names no currency we know.  The
 * longest symbol that matches wins ("US$" over "$"). */
bool currency_from_text(const char *text, size_t len, currency_t *out,
                        size_t *consumed);
/* Whether the currency is written with a "$" of its own ("A$", "S$",
 * "HK$", "R$", ...): a bare "$" after one of its amounts goes on in it
 * ("A$10,000–$20,000"). */
bool currency_own_dollar(const char *code);
/* The bytes of a local sign several currencies share ("kr", "Kr.", of
 * the krona and the krone) at text, which names no one of them; 0 when
 * there is none. */
size_t currency_local_sign(const char *text, size_t len);

#endif
