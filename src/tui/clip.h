/* clip.h - the clipboard: a clipboard program where one is present and
 * a display is set, else OSC 52, and base64 for it.  No curses.
 *
 * OSC 52 asks the terminal to put text on the system clipboard; it
 * travels over SSH and through tmux, but only a tmux with
 * `set-clipboard on` takes it from a program (keeps it in its paste
 * buffer and passes it on); and no terminal says whether it accepted
 * it. */
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

/* Copy text[0..n) with the first clipboard program that fits: wl-copy
 * (with WAYLAND_DISPLAY set), xclip or xsel (with DISPLAY set), pbcopy.
 * Returns the program's name when it took the text (exit status 0),
 * NULL when none is present or it failed. */
const char *clip_program(const char *text, size_t n);
/* Inside tmux ($TMUX set): its set-clipboard option ("on", "external",
 * "off") into out; false when it cannot be read (no tmux to ask). */
bool clip_tmux_option(char *out, size_t size);

#endif
