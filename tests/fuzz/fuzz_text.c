/* libFuzzer harness: text_clean, the one gate between a guide's bytes and
 * the terminal.  Its output must pass text_is_clean in the same mode, be
 * unchanged by a second clean, and stay clean through text_squeeze. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "negotiator/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_mode(const char *s, size_t size, bool keep_newlines)
{
	char *out = text_clean(s, size, keep_newlines);
	char *again;

	if (!text_is_clean(out, keep_newlines)) {
		fprintf(stderr,
		        "fuzz_text: text_clean(keep_newlines=%d) output "
		        "fails text_is_clean\n",
		        keep_newlines);
		abort();
	}
	/* No byte a terminal would act on survives, whatever the decoding. */
	for (const unsigned char *p = (const unsigned char *)out; *p; p++) {
		if ((*p < 0x20 &&
		     !(keep_newlines && (*p == '\n' || *p == '\t'))) ||
		    *p == 0x7F) {
			fprintf(stderr, "fuzz_text: control byte 0x%02X kept\n",
			        *p);
			abort();
		}
	}
	again = text_clean(out, strlen(out), keep_newlines);
	if (strcmp(again, out) != 0) {
		fprintf(stderr, "fuzz_text: text_clean is not idempotent\n");
		abort();
	}
	(void)utf8_width(out, strlen(out));
	text_squeeze(again);
	if (!text_is_clean(again, keep_newlines)) {
		fprintf(stderr, "fuzz_text: text_squeeze made text unclean\n");
		abort();
	}
	free(again);
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;

	check_mode(s, size, true);
	check_mode(s, size, false);
	/* text_width must cope with raw, uncleaned bytes too. */
	(void)utf8_width(s, size);
	return 0;
}
