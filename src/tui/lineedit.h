/* lineedit.h - a one-line text editor for the form fields and prompts.
 *
 * No curses (path completion reads a folder).  The text is UTF-8 and the cursor
 * always sits on a character boundary.  Nothing here ever discards what was
 * typed except the explicit kill and clear commands: a full buffer or an
 * unprintable character is refused and the text stays as it was.
 */
#ifndef NEGOTIATOR_TUI_LINEEDIT_H
#define NEGOTIATOR_TUI_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LINEEDIT_MAX 128 /* bytes, including the NUL */

struct lineedit {
	char buf[LINEEDIT_MAX];
	size_t len; /* bytes */
	size_t cur; /* byte offset of the cursor */
	/* Something typed or pasted did not fit since the text was last
	 * set or shortened: what shows is not all that was meant (a file
	 * name cut short is refused, not written to). */
	bool cut;
};

enum le_cmd {
	LE_LEFT,
	LE_RIGHT,
	LE_HOME,
	LE_END,
	LE_BACKSPACE,  /* delete the character before the cursor */
	LE_DELETE,     /* delete the character under the cursor */
	LE_KILL_END,   /* delete from the cursor to the end */
	LE_KILL_START, /* delete from the start to the cursor */
	LE_KILL_WORD,  /* delete the word before the cursor */
	LE_CLEAR
};

void lineedit_init(struct lineedit *le);
/* Replace the text (truncated at a character boundary when too long);
 * the cursor goes to the end. */
void lineedit_set(struct lineedit *le, const char *s);
/* Insert one Unicode code point at the cursor.  Returns false, leaving
 * the text unchanged, for control characters, invalid code points and a
 * full buffer. */
bool lineedit_insert(struct lineedit *le, uint32_t cp);
/* Insert UTF-8 text (a paste); stops at the first character that does
 * not fit or is refused.  Returns the number of bytes inserted. */
size_t lineedit_insert_text(struct lineedit *le, const char *s);
/* Apply an editing command; returns true when the text or the cursor
 * moved. */
bool lineedit_apply(struct lineedit *le, enum le_cmd cmd);
static inline const char *lineedit_text(const struct lineedit *le)
{
	return le->buf;
}
static inline bool lineedit_empty(const struct lineedit *le)
{
	return le->len == 0;
}
/* Tab in a file-name prompt: the text is a path; its last part is
 * completed from the names in its folder ("~/" read as home, when home
 * is not NULL).  One name that fits: it is put in whole ("/" after a
 * folder's); several: their common start, and `choices` gets them
 * ("a.md  b.md  c/"), as many as fit in size.  Hidden names only
 * when the part typed starts with a dot.  The cursor goes to the end.
 * Returns how many names fit (0: none, or the folder cannot be read). */
size_t lineedit_complete_path(struct lineedit *le, const char *home,
                              char *choices, size_t size);
/* Display columns before the cursor. */
size_t lineedit_cursor_col(const struct lineedit *le);
/* For a field `width` columns wide: the byte offset to start drawing at
 * so that the cursor stays visible, given the previous offset (keeps the
 * view still while the cursor is inside it). */
size_t lineedit_view_start(const struct lineedit *le, size_t width,
                           size_t prev);

#endif
