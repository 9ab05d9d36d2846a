/* currency.h - currencies: ISO 4217 codes, the symbols that name them in
 * text ("€", "US$", "CHF") and the prefix drawn before an amount. */
#ifndef NEGOTIATOR_CURRENCY_H
#define NEGOTIATOR_CURRENCY_H

#include <stdbool.h>
#include <stddef.h>

/* ISO 4217 code, upper case, NUL-terminated ("EUR"); "" when unknown. */
typedef struct {
	char code[4];
} currency_t;

/* The symbol drawn before an amount: "€", "$", "£", "¥", or the code
 * followed by a space ("CHF ") for currencies without a common symbol. */
const char *currency_prefix(const char *code);
/* Map a symbol or code found in text ("€", "US$", "CHF", "£") to an ISO
 * code; returns false when the text names no currency we know. */
bool currency_from_text(const char *text, size_t len, currency_t *out,
                        size_t *consumed);
/* The currency whose symbol or code ends at text[end] ("€88" before its
 * digits, "CHF " before a number); false when none does. */
bool currency_before(const char *text, size_t end, currency_t *c);

#endif
