/* libFuzzer harness: the TUI's last-view record (state.c's
 * state_view_parse, state_view_save and state_view_load).
 *
 * Any bytes are parsed as the file's text: the guide and the pane that
 * come out must be NUL-terminated within their fields and hold no
 * control character (the file may be planted by anyone).  The same
 * bytes written as the file must be read back the same when they fit
 * the bound, and not at all past it; what was read, saved again, must
 * load again the same.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "negotiator/state.h"
#include "negotiator/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char file[128];

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_resume: %s\n", what);
	abort();
}

static void check_clean(const char *s, size_t cap)
{
	if (!memchr(s, '\0', cap))
		fail("a field is not terminated");
	if (!text_is_clean(s, false))
		fail("a control character came through");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!file[0]) {
		char dir[] = "/tmp/fuzz-resume-XXXXXX";
		if (!mkdtemp(dir))
			fail("mkdtemp");
		setenv("XDG_STATE_HOME", dir, 1);
		snprintf(file, sizeof file, "%s/negotiator", dir);
		if (mkdir(file, 0700) != 0)
			fail("mkdir");
		snprintf(file, sizeof file, "%s/negotiator/last-view", dir);
	}
	struct state_view mem, disk, again;
	state_view_parse((const char *)data, size, &mem);
	check_clean(mem.guide, sizeof mem.guide);
	check_clean(mem.pane, sizeof mem.pane);

	FILE *f = fopen(file, "wb");
	if (!f)
		fail("cannot write the file");
	fwrite(data, 1, size, f);
	fclose(f);
	bool loaded = state_view_load(&disk);
	bool binary = memchr(data, '\0', size) != NULL;
	if (size > STATE_VIEW_MAX_BYTES || binary) {
		if (loaded)
			fail("a file past the bound, or binary, was read");
		return 0;
	}
	if (loaded != (mem.guide[0] != '\0'))
		fail("the file and the text read differently");
	if (!loaded)
		return 0;
	if (strcmp(disk.guide, mem.guide) || strcmp(disk.pane, mem.pane))
		fail("the file and the text give different records");
	struct error err = {0};
	if (!state_view_save(&disk, &err))
		fail("a record read could not be saved");
	if (!state_view_load(&again) || strcmp(again.guide, disk.guide) ||
	    strcmp(again.pane, disk.pane))
		fail("a record saved does not load back the same");
	return 0;
}
