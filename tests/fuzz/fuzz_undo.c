/* libFuzzer harness: the undo history's file (undo.c, state.c).
 *
 * The input is an undo file for guide "a/b" (any bytes): it must load
 * or be refused with a reason, never crash.  What loads is saved and
 * loaded again and must come back with as many changes; every change is
 * undone and redone on a negotiation, which must then save.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "negotiator/state.h"
#include "negotiator/text.h"
#include "negotiator/undo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_undo: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[128], again[128];
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/fuzz-undo-XXXXXX");
		if (!mkdtemp(dir))
			fail("cannot make a folder");
	}
	snprintf(path, sizeof path, "%s/a--b.undo", dir);
	snprintf(again, sizeof again, "%s/again.undo", dir);
	FILE *f = fopen(path, "wb");
	if (!f)
		fail("cannot write a temporary file");
	fwrite(data, 1, size, f);
	fclose(f);

	struct undo_shelf shelf = {0};
	struct undo *u = undo_shelf_get(&shelf, "a/b");
	struct error err;
	error_clear(&err);
	if (!undo_load(u, path, &err)) {
		if (!err.msg[0])
			fail("a refused history says no reason");
		if (undo_past(u) || undo_future(u))
			fail("a refused history left changes behind");
		undo_shelf_free(&shelf);
		return 0;
	}
	size_t past = undo_past(u), future = undo_future(u);
	u->unsaved = true;
	if (!undo_save(u, again, false, &err))
		fail("a history read could not be saved");
	struct undo *v = undo_shelf_get(&shelf, "a/b-again");
	free(v->guide_id);
	v->guide_id = xstrdup("a/b");
	if (!undo_load(v, again, &err) || undo_past(v) != past ||
	    undo_future(v) != future)
		fail("a saved history does not load back the same");
	struct negotiation n;
	negotiation_init(&n, "a/b");
	while (undo_back(u, &n))
		;
	while (undo_forward(u, &n))
		;
	struct strbuf sb;
	sb_init(&sb);
	state_records(&n, &sb);
	sb_free(&sb);
	negotiation_free(&n);
	undo_shelf_free(&shelf);
	return 0;
}
