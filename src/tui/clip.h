/* clip.h - the clipboard by OSC 52, and base64 for it.  Pure: no curses.
 *
 * OSC 52 asks the terminal to put text on the system clipboard; it
 * travels over SSH and through tmux (with `set -g set-clipboard on`, tmux
 * keeps it in its paste buffer and passes it on). */
#ifndef NEGOTIATOR_TUI_CLIP_H
#define NEGOTIATOR_TUI_CLIP_H

#include <stdbool.h>
#include <stddef.h>

/* Terminals cap what one OSC 52 may carry; xterm's default is 100,000
 * bytes of base64.  Longer texts are refused rather than cut. */
#define CLIP_MAX_TEXT 74000

/* Bytes base64 needs for n bytes, without the NUL. */
size_t clip_base64_len(size_t n);
/* Encode in[0..n) into out (clip_base64_len(n) + 1 bytes); returns the
 * length written. */
size_t clip_base64(const void *in, size_t n, char *out);

/* The escape sequence that copies text[0..n): ESC ] 52 ; c ; BASE64 BEL.
 * With tmux_wrap, the same inside tmux's passthrough (ESC P tmux; … ESC
 * \, every ESC doubled) for a tmux that lets programs reach the outer
 * terminal.  Returns a new string, or NULL when the text is too long. */
char *clip_osc52(const char *text, size_t n, bool tmux_wrap);

#endif
