/* clip.c - clipboard programs, OSC 52 and base64 (see clip.h). */
#include "tui/clip.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "negotiator/text.h"

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t clip_base64_len(size_t n)
{
	return (n + 2) / 3 * 4;
}

size_t clip_base64(const void *in, size_t n, char *out)
{
	const unsigned char *s = in;
	size_t i, o = 0;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16 |
		                  (unsigned long)s[i + 1] << 8 | s[i + 2];
		out[o++] = b64[v >> 18 & 63];
		out[o++] = b64[v >> 12 & 63];
		out[o++] = b64[v >> 6 & 63];
		out[o++] = b64[v & 63];
	}
	if (i < n) {
		unsigned long v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		out[o++] = b64[v >> 18 & 63];
		out[o++] = b64[v >> 12 & 63];
		out[o++] = i + 1 < n ? b64[v >> 6 & 63] : '=';
		out[o++] = '=';
	}
	out[o] = '\0';
	return o;
}

char *clip_osc52(const char *text, size_t n, bool tmux_wrap)
{
	struct strbuf sb;
	char *enc;

	if (n > CLIP_MAX_TEXT)
		return NULL;
	enc = xmalloc(clip_base64_len(n) + 1);
	clip_base64(text, n, enc);
	sb_init(&sb);
	/* Inside the passthrough every ESC of the payload is doubled. */
	if (tmux_wrap)
		sb_adds(&sb, "\033Ptmux;\033\033]52;c;");
	else
		sb_adds(&sb, "\033]52;c;");
	sb_adds(&sb, enc);
	sb_adds(&sb, "\a");
	if (tmux_wrap)
		sb_adds(&sb, "\033\\");
	free(enc);
	return sb_take(&sb);
}

/* Whether a program of that name is on PATH. */
static bool on_path(const char *name)
{
	const char *path = getenv("PATH");
	char buf[4096];

	while (path && *path) {
		size_t n = strcspn(path, ":");
		if (n > 0 && n + strlen(name) + 2 < sizeof buf) {
			snprintf(buf, sizeof buf, "%.*s/%s", (int)n, path,
			         name);
			if (access(buf, X_OK) == 0)
				return true;
		}
		path += n + (path[n] == ':');
	}
	return false;
}

static bool env_set(const char *name)
{
	const char *v = getenv(name);
	return v && *v;
}

/* Run argv with `in` on its standard input and its standard output in
 * out (when not NULL), standard error to /dev/null; a program that has
 * not ended within two seconds is killed.  True on exit status 0. */
static bool run(char *const argv[], const char *in, size_t n, char *out,
                size_t outsize)
{
	int to[2], from[2] = {-1, -1}, status = 0;
	size_t got = 0;
	pid_t pid;

	if (pipe(to) != 0)
		return false;
	if (out && pipe(from) != 0) {
		close(to[0]);
		close(to[1]);
		return false;
	}
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(to[0], 0);
		dup2(out ? from[1] : null, 1);
		dup2(null, 2);
		close(to[1]);
		if (out)
			close(from[0]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(to[0]);
	if (out)
		close(from[1]);
	if (pid < 0) {
		close(to[1]);
		if (out)
			close(from[0]);
		return false;
	}
	/* SIGPIPE is ignored: a program that stops reading fails the write. */
	while (n > 0) {
		ssize_t w = write(to[1], in, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		in += w;
		n -= (size_t)w;
	}
	close(to[1]);
	while (out && got + 1 < outsize) {
		ssize_t r = read(from[0], out + got, outsize - 1 - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (out) {
		out[got] = '\0';
		close(from[0]);
	}
	for (int i = 0; i < 200; i++) {
		struct timespec tick = {0, 10 * 1000 * 1000};
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			return n == 0 && WIFEXITED(status) &&
			       WEXITSTATUS(status) == 0;
		if (r < 0 && errno != EINTR)
			return false;
		nanosleep(&tick, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return false;
}

const char *clip_program(const char *text, size_t n)
{
	static char *const wl[] = {"wl-copy", NULL};
	static char *const xclip[] = {"xclip", "-selection", "clipboard", "-in",
	                              NULL};
	static char *const xsel[] = {"xsel", "--clipboard", "--input", NULL};
	static char *const pb[] = {"pbcopy", NULL};
	const struct {
		char *const *argv;
		const char *display; /* the variable it needs, or NULL */
	} progs[] = {
		{wl, "WAYLAND_DISPLAY"},
		{xclip, "DISPLAY"},
		{xsel, "DISPLAY"},
		{pb, NULL},
	};
	size_t i;

	for (i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		if (progs[i].display && !env_set(progs[i].display))
			continue;
		if (!on_path(progs[i].argv[0]))
			continue;
		if (run(progs[i].argv, text, n, NULL, 0))
			return progs[i].argv[0];
	}
	return NULL;
}

bool clip_tmux_option(char *out, size_t size)
{
	static char *const argv[] = {"tmux", "show-options", "-sv",
	                             "set-clipboard", NULL};
	char buf[64];

	if (!env_set("TMUX") || !on_path("tmux") ||
	    !run(argv, "", 0, buf, sizeof buf))
		return false;
	buf[strcspn(buf, "\n")] = '\0';
	if (!buf[0])
		return false;
	snprintf(out, size, "%s", buf);
	return true;
}
