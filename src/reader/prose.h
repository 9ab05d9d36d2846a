/* prose.h - internal: words and sentences inside the flat text of one
 * Markdown node (a paragraph, a list item, a cell), where keywords such
 * as "ask", "floor" or "premium" are plain words. */
#ifndef NEGOTIATOR_PROSE_H
#define NEGOTIATOR_PROSE_H

#include <stdbool.h>
#include <stddef.h>

#define PROSE_NONE ((size_t)-1)

/* A letter or digit; any byte of a multi-byte UTF-8 character counts. */
bool prose_word_char(char c);
/* Where a word starting with kw (lower-case ASCII) begins in s[from, to),
 * case-insensitively: "ask" finds "asks" but not "task".  PROSE_NONE when
 * absent. */
size_t prose_find_word(const char *s, size_t from, size_t to, const char *kw);
/* The same, but kw must be the whole word: "base" is not "based". */
size_t prose_find_whole_word(const char *s, size_t from, size_t to,
                             const char *kw);
/* True when a word starting with kw begins at s[i] ("rsu" at "RSUs"). */
bool prose_word_starts(const char *s, size_t len, size_t i, const char *kw);
/* True when the whole word at s[i] is kw (case-insensitive). */
bool prose_word_is(const char *s, size_t len, size_t i, const char *kw);
/* True when the whole word at s[i] is one of list (NULL-terminated). */
bool prose_word_in(const char *s, size_t len, size_t i,
                   const char *const *list);
/* Step to the next word at or after *pos without leaving the sentence;
 * returns false at a sentence end or the end of the text.  On success
 * *pos is the word's start and *end its end. */
bool prose_next_word(const char *s, size_t len, size_t *pos, size_t *end);
/* The end (exclusive) of the sentence holding s[pos]: the lexer's one
 * definition (prose_scan_sentence_end). */
size_t prose_sentence_end(const char *s, size_t len, size_t pos);
/* Where the sentence holding s[at] starts: after the end of the one
 * before it, by the same definition. */
size_t prose_sentence_start(const char *s, size_t len, size_t at);
/* A one-line copy: cleaned (text_clean), line breaks and tabs turned
 * into spaces, runs of spaces squeezed, ends trimmed. */
char *prose_clean_line(const char *s, size_t len);

#endif
