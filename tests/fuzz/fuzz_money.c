/* libFuzzer harness: money parsing, scanning prose, formatting.
 *
 * input_amount gets a NUL-terminated copy of the input; whatever it accepts
 * must lie within +/-AMOUNT_MAX and format back without overflow.
 * prose_scan_money (the reader's one lexer) walks the raw bytes: each token
 * must lie inside the text, after the previous one, and the walk must end.  The
 * checked arithmetic is run on the values found so that UBSan sees any
 * overflow.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/input.h"
#include "negotiator/money.h"
#include "reader/prose_scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, long long v)
{
	fprintf(stderr, "fuzz_money: %s (%lld)\n", what, v);
	abort();
}

static void in_range(const char *what, amount_t a)
{
	if (amount_known(a) && (a > AMOUNT_MAX || a < -AMOUNT_MAX))
		fail(what, (long long)a);
}

/* Every style into a roomy buffer (must fit) and into tight ones (must
 * stay NUL-terminated and inside the buffer). */
static void format_all(amount_t a, const char *code)
{
	static const enum money_style styles[] = {MONEY_SHORT, MONEY_FULL,
	                                          MONEY_PLAIN};
	char big[96], small[8];
	size_t i, n, cut;

	for (i = 0; i < sizeof styles / sizeof *styles; i++) {
		n = money_format(big, sizeof big, a, code, styles[i], i == 0);
		if (n >= sizeof big || strlen(big) != n)
			fail("money_format length is wrong", (long long)n);
		for (cut = 0; cut <= sizeof small; cut++) {
			memset(small, 'x', sizeof small);
			money_format(small, cut, a, code, styles[i], false);
			if (cut > 0 && memchr(small, '\0', cut) == NULL)
				fail("money_format left no NUL",
				     (long long)cut);
		}
	}
	n = money_format_range(big, sizeof big, a, AMOUNT_MAX, code,
	                       MONEY_SHORT);
	if (n >= sizeof big || strlen(big) != n)
		fail("money_format_range length is wrong", (long long)n);
	money_format_range(small, sizeof small, AMOUNT_NONE, a, code,
	                   MONEY_FULL);
	if (memchr(small, '\0', sizeof small) == NULL)
		fail("money_format_range left no NUL", 0);
}

static void arithmetic(amount_t a, amount_t b)
{
	in_range("amount_add", amount_add(a, b));
	in_range("amount_sub", amount_sub(a, b));
	in_range("amount_add max", amount_add(a, AMOUNT_MAX));
	in_range("amount_sub max", amount_sub(a, AMOUNT_MAX));
	in_range("amount_scale", amount_scale(a, 1, 4));
	in_range("amount_scale up", amount_scale(a, 1000, 1));
	in_range("amount_percent", amount_percent(a, 135.0));
	in_range("amount_percent huge", amount_percent(a, 1e300));
	in_range("amount_percent negative", amount_percent(a, -1e300));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	char *copy = malloc(size + 1);
	amount_t v = AMOUNT_NONE, prev = 0;
	currency_t cur;
	struct error why = {0};
	struct prose_money tok;
	size_t pos = 0, last_end = 0, steps = 0, used = 0;

	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';

	memset(&cur, 0x55, sizeof cur); /* must be overwritten on success */
	if (input_amount(copy, NULL, &v, &cur, &why)) {
		if (!amount_known(v))
			fail("input_amount accepted but gave no amount", 0);
		in_range("input_amount value", v);
		if (memchr(cur.code, '\0', sizeof cur.code) == NULL)
			fail("input_amount currency code not terminated", 0);
		format_all(v, cur.code);
		arithmetic(v, v);
	} else if (why.msg[0] == '\0') {
		fail("input_amount failed without a reason", 0);
	}

	while (prose_scan_money(text, size, &pos, &tok)) {
		if (tok.start < last_end || tok.end <= tok.start ||
		    tok.end > size)
			fail("prose_scan_money token out of place",
			     (long long)tok.start);
		if (pos < tok.end || pos > size)
			fail("prose_scan_money did not advance past the token",
			     (long long)pos);
		if (!tok.percent)
			in_range("prose_scan_money value", tok.value);
		if (memchr(tok.currency.code, '\0', sizeof tok.currency.code) ==
		    NULL)
			fail("prose_scan_money currency code not terminated",
			     0);
		if (!tok.percent && amount_known(tok.value)) {
			format_all(tok.value, tok.currency.code);
			arithmetic(tok.value, prev);
			prev = tok.value;
		}
		last_end = tok.end;
		if (++steps > size + 1)
			fail("prose_scan_money does not end", (long long)steps);
	}

	/* Currency names at every offset of a short prefix. */
	for (pos = 0; pos < size && pos < 64; pos++)
		if (currency_from_text(text + pos, size - pos, &cur, &used) &&
		    (used == 0 || used > size - pos))
			fail("currency_from_text consumed a wrong length",
			     (long long)used);
	(void)currency_prefix(copy);
	free(copy);
	return 0;
}
