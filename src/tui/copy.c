/* copy.c - `y`: a text onto the clipboard (see copy.h). */
#include "tui/copy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui/app.h"
#include "tui/clip.h"
#include "tui/export.h"
#include "tui/status.h"

/* Send OSC 52 straight to the terminal: the frame before is already
 * out, and it neither draws nor moves the cursor.  Inside tmux, also
 * through its passthrough, for a tmux that lets it reach the outer
 * terminal. */
static bool send_osc52(const char *text)
{
	char *seq = clip_osc52(text, strlen(text), false);

	if (!seq)
		return false;
	fflush(stdout);
	export_write_all(STDOUT_FILENO, seq, strlen(seq));
	free(seq);
	if (getenv("TMUX")) {
		seq = clip_osc52(text, strlen(text), true);
		if (seq)
			export_write_all(STDOUT_FILENO, seq, strlen(seq));
		free(seq);
	}
	return true;
}

/* Say only what is known about where the text went: a
 * clipboard program reports success; tmux says whether it takes OSC 52
 * from programs; a terminal never says. */
void copy_text(struct tui *t, const char *text, const char *what,
               const char *hint, bool open_marks)
{
	const char *prog, *also = open_marks ? ", placeholders and all" : "";
	char tmux[32] = "";
	size_t n = strlen(text);

	prog = clip_program(text, n);
	if (prog) {
		status_message(t,
		               "Copied the %s (%zu bytes%s) to the "
		               "clipboard with %s.",
		               what, n, also, prog);
	} else if (n > CLIP_MAX_TEXT) {
		status_message(
			t,
			"The %s is too long for the clipboard by OSC 52; "
			"%s.",
			what, hint);
	} else if (getenv("TMUX") && clip_tmux_option(tmux, sizeof tmux) &&
	           strcmp(tmux, "on") != 0) {
		send_osc52(text);
		status_message(
			t,
			"Not copied (%s): tmux's "
			"set-clipboard is %s, so it drops OSC 52; tmux set "
			"-s set-clipboard on lets it through.",
			hint, tmux);
	} else if (strcmp(tmux, "on") == 0) {
		send_osc52(text);
		status_message(t,
		               "Copied the %s (%zu bytes%s) into tmux's "
		               "buffer by OSC 52; your terminal gets it if it "
		               "accepts OSC 52.",
		               what, n, also);
	} else if (getenv("TMUX")) {
		send_osc52(text);
		status_message(t,
		               "Sent the %s (%zu bytes%s) by OSC 52 (%s): "
		               "tmux passes it on only with set-clipboard on, "
		               "which could not be read.",
		               what, n, also, hint);
	} else {
		send_osc52(text);
		status_message(
			t,
			"Sent the %s (%zu bytes%s) by OSC 52 (%s): on the "
			"clipboard if your terminal accepts OSC 52; none "
			"says.",
			what, n, also, hint);
	}
}
