/* Unit tests: the engine's one text layer: the UTF-8 decoder in its two
 * faces, the first invalid byte, widths, the wrapper's hanging indent,
 * the one short money form, and a text known again by its hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/money.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

static void test_decoder(void **state)
{
	(void)state;
	uint32_t cp = 0;
	/* Valid: the same from both faces. */
	assert_int_equal(utf8_decode_valid("€", 3, &cp), 3);
	assert_int_equal(cp, 0x20AC);
	assert_int_equal(utf8_decode("€", 3, &cp), 3);
	/* Invalid: 0 from the strict face, U+FFFD over one byte from the
	 * other. */
	const char *bad[] = {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
	                     "\xE2\x82", "\x80",         "\xFF"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(utf8_decode_valid(bad[i], strlen(bad[i]), &cp),
		                 0);
		assert_int_equal(utf8_decode(bad[i], strlen(bad[i]), &cp), 1);
		assert_int_equal(cp, UTF8_REPLACEMENT);
	}
	/* The first invalid byte, past runs of ASCII read eight at a time. */
	assert_int_equal(utf8_first_invalid("plain ascii text here", 21), 21);
	assert_int_equal(utf8_first_invalid("0123456789€\xFFx", 15), 13);
	assert_int_equal(utf8_first_invalid("\xE2\x82", 2), 0);
	/* text_clean goes through the same decoder. */
	char *clean = text_clean("a\xFF"
	                         "b",
	                         3, false);
	assert_string_equal(clean, "a\xEF\xBF\xBD"
	                           "b");
	free(clean);
}

/* The first invalid byte, one byte at a time: what the word-at-a-time
 * scan must agree with. */
static size_t first_invalid_bytewise(const char *s, size_t len)
{
	uint32_t cp;
	for (size_t i = 0, n; i < len; i += n)
		if ((n = utf8_decode_valid(s + i, len - i, &cp)) == 0)
			return i;
	return len;
}

/* text_clean one byte at a time, for the same check. */
static void clean_bytewise(const char *s, size_t len, bool nl, char *out)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode_valid(s + i, len - i, &cp);
		if (n == 0) {
			memcpy(out + o, fffd, 3), o += 3, i++;
			continue;
		}
		if (cp == '\r')
			;
		else if (cp == '\t' && !nl)
			out[o++] = ' ';
		else if (cp == '\n' || cp == '\t' ? !nl : !utf8_cp_printable(cp))
			memcpy(out + o, fffd, 3), o += 3;
		else
			memcpy(out + o, s + i, n), o += n;
		i += n;
	}
	out[o] = '\0';
}

/* The scans read eight bytes at a time (utf8_first_invalid, and
 * text_clean's runs of printable ASCII): on mostly-ASCII buffers with
 * every kind of byte sprinkled at every offset of a word, they agree
 * with the byte-by-byte answer. */
static void test_word_scans_agree(void **state)
{
	(void)state;
	static const char *const odd[] = {"\x7F", "\x1F", "\t", "\r", "\n",
	                                  " ",    "~",    "\x80", "\xFF", "€",
	                                  "\xC2\x85", "é", "\xE2\x82", "\x00"};
	char buf[64], got_clean[64 * 3 + 1], want_clean[64 * 3 + 1];
	unsigned seed = 7;
	for (int round = 0; round < 20000; round++) {
		size_t len = 0, want = (size_t)(round % 40);
		while (len < want) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) % 100;
			const char *add = r < 85 ? "a" : odd[r % (sizeof odd / sizeof *odd)];
			size_t n = add[0] ? strlen(add) : 1;
			if (len + n > sizeof buf)
				break;
			memcpy(buf + len, add, n);
			len += n;
		}
		size_t a = utf8_first_invalid(buf, len);
		size_t b = first_invalid_bytewise(buf, len);
		if (a != b)
			fail_msg("round %d: first invalid byte %zu, byte by byte %zu",
			         round, a, b);
		for (int nl = 0; nl < 2; nl++) {
			char *c = text_clean(buf, len, nl);
			clean_bytewise(buf, len, nl, want_clean);
			snprintf(got_clean, sizeof got_clean, "%s", c);
			if (strcmp(got_clean, want_clean) != 0)
				fail_msg("round %d: text_clean differs from byte by byte",
				         round);
			free(c);
		}
	}
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(utf8_width("abc", 3), 3);
	assert_int_equal(utf8_width("€1", strlen("€1")), 2);
	assert_int_equal(utf8_width("a\xFF", 2), 2); /* invalid byte: one */
	size_t used;
	assert_int_equal(utf8_fit("€€€", 9, 2, &used), 6);
	assert_int_equal(used, 2);
	/* The longest end that fits: "€1" of "a€€1" in two columns, all in
	 * more than enough, nothing in none. */
	assert_int_equal(utf8_fit_tail("a€€1", strlen("a€€1"), 2), 4);
	assert_int_equal(utf8_fit_tail("abc", 3, 9), 0);
	assert_int_equal(utf8_fit_tail("abc", 3, 0), 3);
}

static void test_wrap_hanging(void **state)
{
	(void)state;
	const char *s = "- one two three four five six";
	struct wrap_line *l;
	/* 12 columns for the first line, 10 for the later ones. */
	size_t n = wrap_text_hanging(s, strlen(s), 12, 2, &l);
	assert_int_equal(n, 3);
	assert_int_equal(l[0].len, strlen("- one two"));
	assert_true(l[1].width <= 10 && l[2].width <= 10);
	assert_memory_equal(s + l[1].start, "three four", l[1].len);
	free(l);
	/* Without a hang it is wrap_text. */
	struct wrap_line *a, *b;
	size_t na = wrap_text(s, strlen(s), 9, &a);
	size_t nb = wrap_text_hanging(s, strlen(s), 9, 0, &b);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na * sizeof *a);
	free(a);
	free(b);
}

static void test_money_short(void **state)
{
	(void)state;
	char buf[32];
	money_short(buf, sizeof buf, 88000, "EUR", false);
	assert_string_equal(buf, "€88K");
	money_short(buf, sizeof buf, 5000, "EUR", true);
	assert_string_equal(buf, "+€5K");
	money_short(buf, sizeof buf, 210000, NULL, false); /* no currency */
	assert_string_equal(buf, "210K");
	money_short(buf, sizeof buf, AMOUNT_NONE, "USD", false);
	assert_string_equal(buf, "—");
	/* By value: two in one expression, each its own. */
	assert_string_not_equal(money_text(1000, "GBP", false).s,
	                        money_text(2000, "GBP", false).s);
	assert_string_equal(money_text(-2500, "CHF", true).s, "-CHF 2.5K");
}

/* What is worked out once from a text: known again only while the text
 * is the same, wherever it lies; a byte changed in place is news. */
static void test_text_seen(void **state)
{
	(void)state;
	struct text_seen k = {0};
	char a[] = "Stock vests 40/30/20/10 over four years.";
	char b[sizeof a];
	memcpy(b, a, sizeof a);
	assert_false(text_seen_again(&k, a, strlen(a))); /* first sight */
	assert_true(text_seen_again(&k, a, strlen(a)));
	assert_true(text_seen_again(&k, b, strlen(b))); /* a copy: the same */
	a[12] = '5';                                    /* 50/30/... */
	assert_false(text_seen_again(&k, a, strlen(a)));
	assert_true(text_seen_again(&k, a, strlen(a)));
	assert_false(text_seen_again(&k, a, strlen(a) - 1)); /* shorter */
	assert_false(text_seen_again(&k, "", 0));
	assert_true(text_seen_again(&k, "", 0));
	/* The hash reads every byte: a buffer of 67 (four turns of two
	 * words, a word, three bytes) differs from itself with any one
	 * byte changed, in either lane, the last word or the tail. */
	char buf[67];
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (char)('a' + i % 26);
	unsigned long long h = text_hash(buf, sizeof buf);
	assert_true(text_hash(buf, sizeof buf) == h);
	for (size_t i = 0; i < sizeof buf; i++) {
		buf[i] ^= 1;
		if (text_hash(buf, sizeof buf) == h)
			fail_msg("byte %zu changed, the same hash", i);
		buf[i] ^= 1;
	}
	/* Two words swapped between the lanes: another text. */
	char swapped[67];
	memcpy(swapped, buf, sizeof buf);
	memcpy(swapped, buf + 8, 8);
	memcpy(swapped + 8, buf, 8);
	assert_true(text_hash(swapped, sizeof swapped) != h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decoder),
		cmocka_unit_test(test_word_scans_agree),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_wrap_hanging),
		cmocka_unit_test(test_money_short),
		cmocka_unit_test(test_text_seen),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
