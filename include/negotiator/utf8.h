/* utf8.h - the one UTF-8 layer: decoding, validating, encoding, and the
 * width of text in terminal columns.  The engine, the command line and
 * the TUI all go through it (as cmark has one utf8.c). */
#ifndef NEGOTIATOR_UTF8_H
#define NEGOTIATOR_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decode the valid sequence at s[0..len): returns its length (1 to 4)
 * and stores the code point; returns 0 when the bytes there are not
 * valid UTF-8 (overlong, a surrogate, past U+10FFFF, cut short). */
size_t utf8_decode_valid(const char *s, size_t len, uint32_t *cp);
/* Decode the character at s[0..len); returns the bytes it takes (at
 * least 1 when len > 0).  Invalid sequences decode as U+FFFD, 1 byte. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* The offset of the first byte of s[0..len) that is not valid UTF-8;
 * len when all of it is. */
size_t utf8_first_invalid(const char *s, size_t len);
/* Encode cp into out (4 bytes room); returns the length, 0 if invalid. */
size_t utf8_encode(uint32_t cp, char out[4]);
/* Byte offset of the character before pos (0 stays 0). */
size_t utf8_prev(const char *s, size_t pos);
/* Columns a code point takes: 0 for combining marks, 2 for wide, 1 for
 * anything unprintable (it is drawn as U+FFFD).  In ASCII mode, the
 * width of its stand-in. */
int utf8_cp_width(uint32_t cp);
/* ASCII mode, for a terminal whose locale cannot show anything else
 * (LANG=C): every character past ASCII is measured and drawn as its
 * ASCII stand-in, so that layouts measured in columns stay aligned. */
void utf8_set_ascii(bool on);
bool utf8_ascii(void);
/* In ASCII mode, what stands in for cp ("EUR " for €, "..." for …, "-"
 * for a dash; "?" when nothing fits); NULL for ASCII, or out of ASCII
 * mode. */
const char *utf8_standin(uint32_t cp);
/* True for code points that may be typed or drawn: not C0/C1 controls,
 * DEL, the line and paragraph separators, the bidirectional controls
 * (U+202A-202E, U+2066-2069), surrogates or out of range.  The one
 * definition: text_clean replaces what this refuses. */
bool utf8_cp_printable(uint32_t cp);
/* Columns of s[0..len) (an invalid byte counts one). */
size_t utf8_width(const char *s, size_t len);
/* The longest prefix of s[0..len) that fits in `cols` columns, in bytes;
 * *used gets its width when not NULL. */
size_t utf8_fit(const char *s, size_t len, size_t cols, size_t *used);
/* Where the longest suffix of s[0..len) that fits in `cols` columns
 * starts, in bytes (len when nothing fits). */
size_t utf8_fit_tail(const char *s, size_t len, size_t cols);

#endif
