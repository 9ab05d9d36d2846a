/* libFuzzer harness: the rates file.
 *
 * Any bytes are parsed from memory (rates_parse) and, written to a file,
 * read by rates_load, which reads block by block and line by line: the
 * two must agree (the same rates, the same findings, on the same lines),
 * every rate must be positive and finite, and converting with them must
 * stay within the amounts' range.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "negotiator/rates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_rates: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[64];
	struct rates *mem = calloc(1, sizeof *mem),
		     *file = calloc(1, sizeof *file);
	struct diag_list dm = {0}, df = {0};

	if (!mem || !file)
		fail("out of memory");
	if (!path[0]) {
		char dir[] = "/tmp/fuzz-rates-XXXXXX";
		if (!mkdtemp(dir))
			fail("mkdtemp");
		snprintf(path, sizeof path, "%s/rates", dir);
	}
	rates_parse(mem, (const char *)data, size, &dm);
	FILE *f = fopen(path, "wb");
	if (!f)
		fail("cannot write the file");
	fwrite(data, 1, size, f);
	fclose(f);
	bool ok = rates_load(file, path, &df);

	/* The same findings, on the same lines. */
	if (dm.count != df.count)
		fail("memory and file give different findings");
	bool any_error = false;
	for (size_t i = 0; i < dm.count; i++) {
		if (dm.items[i].line != df.items[i].line ||
		    dm.items[i].severity != df.items[i].severity)
			fail("a finding on another line");
		any_error = any_error || dm.items[i].severity == DIAG_ERROR;
	}
	if (ok == any_error)
		fail("rates_load's answer does not match its findings");
	/* The same rates, when the file is usable. */
	if (ok && mem->count != file->count)
		fail("memory and file give different rates");
	for (size_t i = 0; ok && i < mem->count; i++) {
		const struct rate *a = &mem->items[i], *b = &file->items[i];
		if (strcmp(a->from.code, b->from.code) ||
		    strcmp(a->to.code, b->to.code) || a->rate != b->rate ||
		    a->line != b->line)
			fail("a rate read differently");
		if (!(a->rate > 0) || !isfinite(a->rate))
			fail("a rate that is not positive and finite");
		amount_t out;
		if (rates_convert(mem, AMOUNT_MAX, a->from.code, a->to.code,
		                  &out) &&
		    (out > AMOUNT_MAX || out < -AMOUNT_MAX))
			fail("a conversion out of range");
	}
	if (mem->count > RATES_MAX)
		fail("more rates than RATES_MAX");
	diag_list_free(&dm);
	diag_list_free(&df);
	free(mem);
	free(file);
	return 0;
}
