/* Unit tests: base64 and the OSC 52 sequence (src/tui/clip.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "tui/clip.h"

static char *b64(const char *s, size_t n)
{
	char *out = malloc(clip_base64_len(n) + 1);

	assert_non_null(out);
	assert_int_equal(clip_base64(s, n, out), clip_base64_len(n));
	assert_int_equal(strlen(out), clip_base64_len(n));
	return out;
}

static void expect_b64(const char *in, const char *want)
{
	char *got = b64(in, strlen(in));

	assert_string_equal(got, want);
	free(got);
}

static void test_base64_rfc4648(void **state)
{
	(void)state;
	/* The test vectors of RFC 4648, section 10: every padding case. */
	expect_b64("", "");
	expect_b64("f", "Zg==");
	expect_b64("fo", "Zm8=");
	expect_b64("foo", "Zm9v");
	expect_b64("foob", "Zm9vYg==");
	expect_b64("fooba", "Zm9vYmE=");
	expect_b64("foobar", "Zm9vYmFy");
}

static void test_base64_bytes(void **state)
{
	/* High bytes (UTF-8 of "€"), and every 6-bit value's letter. */
	const unsigned char all[] = {
		0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8b, 0x30,
		0xd3, 0x8f, 0x41, 0x14, 0x93, 0x51, 0x55, 0x97, 0x61, 0x96,
		0x9b, 0x71, 0xd7, 0x9f, 0x82, 0x18, 0xa3, 0x92, 0x59, 0xa7,
		0xa2, 0x9a, 0xab, 0xb2, 0xdb, 0xaf, 0xc3, 0x1c, 0xb3, 0xd3,
		0x5d, 0xb7, 0xe3, 0x9e, 0xbb, 0xf3, 0xdf, 0xbf};
	char *got;

	(void)state;
	expect_b64("€130K", "4oKsMTMwSw==");
	got = b64((const char *)all, sizeof all);
	assert_string_equal(got, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrs"
	                         "tuvwxyz0123456789+/");
	free(got);
}

static void test_osc52(void **state)
{
	char *seq;

	(void)state;
	seq = clip_osc52("hi €", strlen("hi €"), false);
	assert_non_null(seq);
	assert_string_equal(seq, "\033]52;c;aGkg4oKs\a");
	free(seq);
	/* tmux's passthrough: ESC P tmux; with the inner ESC doubled. */
	seq = clip_osc52("hi €", strlen("hi €"), true);
	assert_non_null(seq);
	assert_string_equal(seq, "\033Ptmux;\033\033]52;c;aGkg4oKs\a\033\\");
	free(seq);
}

static void test_osc52_too_long(void **state)
{
	char *big = malloc(CLIP_MAX_TEXT + 1), *seq;

	(void)state;
	assert_non_null(big);
	memset(big, 'x', CLIP_MAX_TEXT + 1);
	assert_null(clip_osc52(big, CLIP_MAX_TEXT + 1, false));
	seq = clip_osc52(big, CLIP_MAX_TEXT, false);
	assert_non_null(seq);
	assert_int_equal(strlen(seq), 7 + clip_base64_len(CLIP_MAX_TEXT) + 1);
	free(seq);
	free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_base64_rfc4648),
		cmocka_unit_test(test_base64_bytes),
		cmocka_unit_test(test_osc52),
		cmocka_unit_test(test_osc52_too_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
