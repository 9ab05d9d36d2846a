/* draw.h - drawing UTF-8 text into curses windows by columns. */
#ifndef NEGOTIATOR_TUI_DRAW_H
#define NEGOTIATOR_TUI_DRAW_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/theme.h"

/* Draw s[0..len) at (y, x) in at most maxw columns; a wide character
 * that would not fit whole is left out.  Unprintable characters come out
 * as U+FFFD.  Returns the columns drawn. */
int draw_text(WINDOW *w, int y, int x, const char *s, size_t len, int maxw,
              enum role r);
/* The same for a NUL-terminated string. */
int draw_str(WINDOW *w, int y, int x, const char *s, int maxw, enum role r);
/* Text from a guide: passed through text_clean() first. */
int draw_guide_str(WINDOW *w, int y, int x, const char *s, int maxw,
                   enum role r);
/* The same cut with an ellipsis when it does not fit. */
int draw_str_cut(WINDOW *w, int y, int x, const char *s, int maxw, enum role r);
/* A file's path as it is shown in at most cols columns: whole, or "…"
 * and its end from a folder's boundary, so that its name shows (a path
 * is one word, which wrapping cannot break). */
void draw_path_fit(char *out, size_t size, const char *path, int cols);
int draw_cp(WINDOW *w, int y, int x, uint32_t cp, enum role r);
/* A line around the whole window. */
void draw_box(WINDOW *w, enum role r);
/* n spaces. */
void draw_fill(WINDOW *w, int y, int x, int n, enum role r);
/* A whole line of the window: spaces in role r. */
void draw_line_bg(WINDOW *w, int y, enum role r);
/* printf into a buffer then draw_str (never from a guide's text). */
int draw_fmt(WINDOW *w, int y, int x, int maxw, enum role r, const char *fmt,
             ...) __attribute__((format(printf, 6, 7)));

struct lineedit;
/* A line editor's text in a field `width` columns wide, padded with the
 * field's look, scrolled so the cursor shows.  *cur_x gets the cursor's
 * column (may be NULL). */
void draw_editor(WINDOW *w, int y, int x, int width, const struct lineedit *le,
                 enum role r, int *cur_x);
#endif
