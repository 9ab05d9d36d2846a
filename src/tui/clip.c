/* clip.c - OSC 52 and base64 (see clip.h). */
#include "tui/clip.h"

#include <stdlib.h>
#include <string.h>

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
