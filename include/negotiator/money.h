/* money.h - amounts shown: formatting (the arithmetic is in amount.h,
 * currencies in currency.h, what a person types is read by input.h, and
 * amounts in prose by the reader's one lexer, reader/prose_scan.h).
 *
 * An amount is a whole number of currency units in an int64_t.  Unknown
 * is AMOUNT_NONE.  Every reader caps what it accepts at AMOUNT_MAX, so
 * sums and small multiples of parsed amounts can never overflow.
 */
#ifndef NEGOTIATOR_MONEY_H
#define NEGOTIATOR_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/amount.h"
#include "negotiator/currency.h"
#include "negotiator/error.h"

enum money_style {
	MONEY_SHORT, /* €88K, $1.19M, ¥12M, €950 */
	MONEY_FULL,  /* €88,000 */
	MONEY_PLAIN  /* 88000 (no symbol, no separators) */
};

/* Format into buf (always NUL-terminated); returns the length written.
 * AMOUNT_NONE formats as "—".  Negative amounts get a leading '-'
 * before the symbol ("-€5K").  With sign_plus, positive amounts get '+'. */
size_t money_format(char *buf, size_t size, amount_t a, const char *code,
                    enum money_style style, bool sign_plus);

/* The one way a screen or a sentence shows an amount: the short form
 * ("€88K", "CHF 210K", "—" when unknown) in currency code (NULL or "":
 * no symbol), with a '+' on gains when sign_plus (a gap: "+€5K"). */
size_t money_short(char *buf, size_t size, amount_t a, const char *code,
                   bool sign_plus);

/* The same returned by value, so that several fit in one printf:
 *     printf("%s to %s", money_text(lo, c, false).s,
 *            money_text(hi, c, false).s); */
struct money_text {
	char s[48];
};
struct money_text money_text(amount_t a, const char *code, bool sign_plus);

/* A range "€88K–€120K"; either end may be unknown. */
size_t money_format_range(char *buf, size_t size, amount_t lo, amount_t hi,
                          const char *code, enum money_style style);

#endif
