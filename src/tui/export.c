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
#include "tui/overlay.h"
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

/* Write what kind asks for to path (as typed, made whole): a new file
 * (create), or over the regular file there. */
static void write_now(struct tui *t, enum prompt_kind kind, const char *path,
                      bool create)
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
	/* A new name is created, never through a link (O_EXCL); a file
	 * there (asked first) is written only when it is still a regular
	 * file, and a FIFO put there meanwhile is never waited on. */
	struct stat st;
	int fd = create ? open(path,
	                       O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	                               O_CLOEXEC,
	                       0644)
	                : open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
	bool ok = fd >= 0;
	if (ok && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
		ok = false;
		errno = EINVAL;
	}
	if (ok && !create && ftruncate(fd, 0) != 0)
		ok = false;
	ok = ok && export_write_all(fd, text, strlen(text));
	int e = errno;
	if (fd >= 0 && close(fd) != 0 && ok) {
		ok = false;
		e = errno;
	}
	if (!ok) {
		status_message(t, "Could not write %s: %s", path,
		               e == EINVAL ? "it is not a regular file"
		                           : strerror(e));
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

/* What is at path, for a question or a refusal: "" for a regular file;
 * else NULL (and why) when nothing may be written there. */
static const char *what_is_there(const char *path, const struct stat *lst,
                                 char *link, size_t size, const char **why)
{
	*why = NULL;
	link[0] = '\0';
	if (S_ISREG(lst->st_mode))
		return "";
	if (!S_ISLNK(lst->st_mode)) {
		*why = S_ISFIFO(lst->st_mode)  ? "a FIFO"
		       : S_ISDIR(lst->st_mode) ? "a folder"
		       : S_ISSOCK(lst->st_mode)
		               ? "a socket"
		               : "a device, not a regular file";
		return NULL;
	}
	ssize_t n = readlink(path, link, size - 1);
	link[n > 0 ? n : 0] = '\0';
	struct stat st;
	/* A dangling link is never followed to create a file elsewhere;
	 * a link to anything but a regular file is not written through. */
	if (stat(path, &st) != 0)
		*why = "a link to nothing (it is not followed to make a file)";
	else if (!S_ISREG(st.st_mode))
		*why = "a link to something that is not a regular file";
	return *why ? NULL : link;
}

void export_accept(struct tui *t)
{
	char path[PATH_MAX + LINEEDIT_MAX];
	enum prompt_kind kind = t->prompt;
	struct stat st;
	char typed[LINEEDIT_MAX], link[1024];
	const char *why;
	bool cut = t->prompt_le.cut;
	snprintf(typed, sizeof typed, "%s", lineedit_text(&t->prompt_le));
	app_typed_path(typed, path, sizeof path);
	t->prompt = PROMPT_NONE;
	t->status_dirty = true;
	app_dirty(t, PANE_SCRIPT);
	if (cut) {
		status_message(t,
		               "That name is longer than the %d bytes the "
		               "prompt holds: nothing written (a shorter path, "
		               "or ~ for the home folder).",
		               LINEEDIT_MAX - 1);
		return;
	}
	if (!path[0]) {
		status_message(t, "No file name: nothing written.");
		return;
	}
	if (lstat(path, &st) != 0) {
		write_now(t, kind, path, true);
		return;
	}
	const char *link_to = what_is_there(path, &st, link, sizeof link, &why);
	if (!link_to) {
		status_message(t, "%.1200s is %s: nothing written.", path, why);
		return;
	}
	if (strlen(path) >= sizeof t->confirm_path) {
		status_message(t,
		               "That file name is too long: nothing written.");
		return;
	}
	/* There is a file by that name: ask before writing over it (or
	 * through a link to it, named). */
	memcpy(t->confirm_path, path, strlen(path) + 1);
	snprintf(t->confirm_typed, sizeof t->confirm_typed, "%s", typed);
	t->confirm_prompt = kind;
	/* Both names fit the question whole up to 600 bytes each. */
	char through[700] = "";
	if (link_to[0])
		snprintf(through, sizeof through,
		         " as a link to %.600s: the %s goes there", link_to,
		         kind == PROMPT_SUMMARY ? "negotiation" : "script");
	char text[OVERLAY_TEXT_MAX];
	snprintf(text, sizeof text,
	         "%.600s is there already%s.\n\nWrite the %s over %s?", path,
	         through, kind == PROMPT_SUMMARY ? "negotiation" : "script",
	         link_to[0] ? "the file it links to" : "it");
	overlay_confirm(t, CONFIRM_OVERWRITE,
	                link_to[0] ? "Write through a link?" : "Overwrite?",
	                text);
}

void export_confirmed(struct tui *t, bool yes)
{
	t->confirm = CONFIRM_NONE;
	t->overlay = OVERLAY_NONE;
	app_dirty_all(t);
	if (yes) {
		write_now(t, t->confirm_prompt, t->confirm_path, false);
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

bool export_readable_copy(struct tui *t, const char *state_file)
{
	char path[sizeof t->saved_readable];
	size_t n = strlen(state_file);
	char *text;
	int fd;
	bool ok;

	/* NAME.state -> NAME.md; any other name gets .md after it. */
	if (n > 6 && strcmp(state_file + n - 6, ".state") == 0)
		n -= 6;
	if (n + 4 > sizeof path)
		return false;
	snprintf(path, sizeof path, "%.*s.md", (int)n, state_file);
	text = summary_text(t);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
	          0644);
	ok = fd >= 0 && export_write_all(fd, text, strlen(text));
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	free(text);
	if (ok)
		memcpy(t->saved_readable, path, strlen(path) + 1);
	return ok;
}
