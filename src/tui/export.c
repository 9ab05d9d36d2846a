/* export.c - the script and the summary written to files (export.h). */
#include "tui/export.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "negotiator/summary.h"
#include "negotiator/text.h"
#include "tui/session.h"
#include "tui/status.h"

bool export_write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		n -= (size_t)w;
	}
	return true;
}

/* A file name from a slug: letters, digits, '-' and '_'. */
static void add_slug(char *buf, size_t size, const char *s)
{
	size_t len = strlen(buf);
	for (; s && *s && len + 1 < size; s++) {
		char c = *s;
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		          (c >= '0' && c <= '9') || c == '-' || c == '_';
		buf[len++] = ok ? c : '_';
	}
	buf[len] = '\0';
}

void export_start(struct tui *t, enum prompt_kind kind)
{
	char path[LINEEDIT_MAX];
	bool summary = kind == PROMPT_SUMMARY;
	if (!t->g) {
		status_message(t, "Open a guide first (Enter)");
		return;
	}
	if (!summary && !app_script(t, NULL)) {
		status_message(t, "No script to write.");
		return;
	}
	snprintf(path, sizeof path, "./negotiator-%s",
	         summary ? "" : "script-");
	add_slug(path, sizeof path, t->g->company);
	add_slug(path, sizeof path, "--");
	add_slug(path, sizeof path, t->g->role);
	snprintf(path + strlen(path), sizeof path - strlen(path), "%s",
	         summary ? ".md" : ".txt");
	lineedit_set(&t->prompt_le, path);
	t->prompt = kind;
	t->status_dirty = true;
}

/* The summary: the guide, the offers side by side, the counter, the
 * rounds and the script filled in. */
static char *summary_text(struct tui *t)
{
	struct filled_script f;
	const struct script *s = session_fill(t, &f);
	struct summary sum = {
		.an = &t->an,
		.neg = t->neg_open ? &t->neg : NULL,
		.script_title = s ? (s->title ? s->title : s->section) : NULL,
		.script_text = s ? f.text : NULL,
		.today = t->today,
	};
	struct strbuf sb;
	sb_init(&sb);
	summary_markdown(&sum, &sb);
	fill_script_free(&f);
	return sb_take(&sb);
}

/* Write what kind asks for to path (as typed, made whole). */
static void write_now(struct tui *t, enum prompt_kind kind, const char *path)
{
	char shown[PATH_MAX + LINEEDIT_MAX];
	char *text;
	size_t unanswered = 0;
	if (kind == PROMPT_SUMMARY) {
		text = summary_text(t);
	} else {
		struct filled_script f;
		if (!session_fill(t, &f)) {
			status_message(t, "No script to write.");
			return;
		}
		unanswered = f.unanswered;
		text = f.text;
		f.text = NULL;
		fill_script_free(&f);
		struct strbuf sb;
		sb_init(&sb);
		sb_adds(&sb, text);
		sb_addc(&sb, '\n');
		free(text);
		text = sb_take(&sb);
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	bool ok = fd >= 0 && export_write_all(fd, text, strlen(text));
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	if (!ok) {
		status_message(t, "Could not write %s: %s", path,
		               strerror(errno));
	} else {
		if (!realpath(path, shown))
			snprintf(shown, sizeof shown, "%s", path);
		status_message(
			t, "Wrote the %s to %s (%zu bytes)%s.",
			kind == PROMPT_SUMMARY ? "negotiation" : "script",
			shown, strlen(text),
			unanswered ? ", placeholders still in brackets" : "");
	}
	free(text);
}

void export_accept(struct tui *t)
{
	char path[PATH_MAX + LINEEDIT_MAX];
	enum prompt_kind kind = t->prompt;
	struct stat st;
	char typed[LINEEDIT_MAX];
	snprintf(typed, sizeof typed, "%s", lineedit_text(&t->prompt_le));
	app_typed_path(typed, path, sizeof path);
	t->prompt = PROMPT_NONE;
	t->status_dirty = true;
	app_dirty(t, PANE_SCRIPT);
	if (!path[0]) {
		status_message(t, "No file name: nothing written.");
		return;
	}
	if (stat(path, &st) != 0) {
		write_now(t, kind, path);
		return;
	}
	if (strlen(path) >= sizeof t->confirm_path) {
		status_message(t,
		               "That file name is too long: nothing written.");
		return;
	}
	/* There is a file by that name: ask before writing over it. */
	memcpy(t->confirm_path, path, strlen(path) + 1);
	snprintf(t->confirm_typed, sizeof t->confirm_typed, "%s", typed);
	t->confirm_prompt = kind;
	snprintf(t->confirm_text, sizeof t->confirm_text,
	         "%.1200s is there already%s.\n\nWrite the %s over it?", path,
	         S_ISREG(st.st_mode) ? "" : " (and is not a plain file)",
	         kind == PROMPT_SUMMARY ? "negotiation" : "script");
	snprintf(t->confirm_title, sizeof t->confirm_title, "Overwrite?");
	t->confirm = CONFIRM_OVERWRITE;
	t->overlay = OVERLAY_CONFIRM;
	t->overlay_dirty = true;
	app_dirty_all(t);
}

void export_confirmed(struct tui *t, bool yes)
{
	t->confirm = CONFIRM_NONE;
	t->overlay = OVERLAY_NONE;
	app_dirty_all(t);
	if (yes) {
		write_now(t, t->confirm_prompt, t->confirm_path);
		return;
	}
	/* Back to the name as typed, to change it or leave with Esc. */
	lineedit_set(&t->prompt_le, t->confirm_typed);
	t->prompt = t->confirm_prompt;
	t->status_dirty = true;
	app_dirty(t, PANE_SCRIPT);
	status_message(t, "Not written: %s is as it was. Another name, or Esc.",
	               t->confirm_path);
}
