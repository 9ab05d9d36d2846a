/* resume.c - where the last session ended (see resume.h). */
#include "tui/resume.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tui/focus.h"
#include "tui/session.h"

static const char *const pane_words[PANE_COUNT] = {
	[PANE_GUIDES] = "guides",   [PANE_BANDS] = "bands",
	[PANE_OFFER] = "offer",     [PANE_SCRIPT] = "script",
	[PANE_COUNTER] = "counter", [PANE_READER] = "reader",
};

/* The file, beside the saved negotiations. */
static bool resume_path(char *buf, size_t size)
{
	char *slash;

	if (!state_path("x/y", buf, size) || !(slash = strrchr(buf, '/')))
		return false;
	snprintf(slash + 1, size - (size_t)(slash + 1 - buf), "last-view");
	return true;
}

bool resume_load(struct tui *t)
{
	char path[4096], line[600], id[512] = "", pane[32] = "";
	struct guide *g = NULL;
	FILE *f;
	size_t i;
	int k;

	if (!resume_path(path, sizeof path) || !(f = fopen(path, "r")))
		return false;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "guide ", 6) == 0)
			snprintf(id, sizeof id, "%.511s", line + 6);
		else if (strncmp(line, "pane ", 5) == 0)
			snprintf(pane, sizeof pane, "%.31s", line + 5);
	}
	fclose(f);
	for (i = 0; i < t->lib->count && id[0]; i++)
		if (t->lib->guides[i]->id &&
		    strcmp(t->lib->guides[i]->id, id) == 0)
			g = t->lib->guides[i];
	if (!g)
		return false;
	session_open_guide(t, g);
	for (k = 0; k < PANE_COUNT; k++)
		if (strcmp(pane, pane_words[k]) == 0)
			focus_set(t, (enum pane_id)k);
	return true;
}

void resume_save(const struct tui *t)
{
	char path[4096], tmp[4112], *slash;
	FILE *f;
	bool ok;

	if (!t->g || !t->g->id || !resume_path(path, sizeof path))
		return;
	/* The folder, and its parent, may not be there yet. */
	slash = strrchr(path, '/');
	*slash = '\0';
	if (mkdir(path, 0700) != 0) {
		char *up = strrchr(path, '/');
		if (up) {
			*up = '\0';
			mkdir(path, 0700);
			*up = '/';
		}
		mkdir(path, 0700);
	}
	*slash = '/';
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	if (!(f = fopen(tmp, "w")))
		return;
	fprintf(f, "guide %s\npane %s\n", t->g->id, pane_words[t->focus]);
	ok = fclose(f) == 0;
	/* Renamed over the old one: a kill leaves one or the other. */
	if (!ok || rename(tmp, path) != 0)
		unlink(tmp);
}
