/* prose.c - words and sentences inside the text of one Markdown node.
 *
 * The body's structure comes from the syntax tree; these helpers only
 * look at the flat text of a paragraph or a cell, where keywords such
 * as "ask", "floor" or "premium" are plain words.
 */
#include <string.h>

#include "prose.h"
#include "prose_scan.h"
#include "negotiator/text.h"

bool prose_word_char(char c)
{
	unsigned char u = (unsigned char)c;

	return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
	       (u >= 'A' && u <= 'Z') || u >= 0x80;
}

static bool prefix_at(const char *s, size_t to, size_t i, const char *kw)
{
	size_t k;

	for (k = 0; kw[k]; k++)
		if (i + k >= to || text_ascii_lower(s[i + k]) != kw[k])
			return false;
	return true;
}

size_t prose_find_word(const char *s, size_t from, size_t to, const char *kw)
{
	size_t i;

	for (i = from; i < to; i++)
		if ((i == 0 || !prose_word_char(s[i - 1])) &&
		    prefix_at(s, to, i, kw))
			return i;
	return PROSE_NONE;
}

size_t prose_find_whole_word(const char *s, size_t from, size_t to,
                             const char *kw)
{
	size_t n = strlen(kw), i = from;

	while ((i = prose_find_word(s, i, to, kw)) != PROSE_NONE) {
		if (i + n >= to || !prose_word_char(s[i + n]))
			return i;
		i += n;
	}
	return PROSE_NONE;
}

bool prose_word_starts(const char *s, size_t len, size_t i, const char *kw)
{
	return i < len && (i == 0 || !prose_word_char(s[i - 1])) &&
	       prefix_at(s, len, i, kw);
}

bool prose_word_is(const char *s, size_t len, size_t i, const char *kw)
{
	size_t n = strlen(kw);

	return i < len && (i == 0 || !prose_word_char(s[i - 1])) &&
	       prefix_at(s, len, i, kw) &&
	       (i + n >= len || !prose_word_char(s[i + n]));
}

bool prose_word_in(const char *s, size_t len, size_t i, const char *const *list)
{
	for (; *list; list++)
		if (prose_word_is(s, len, i, *list))
			return true;
	return false;
}

size_t prose_sentence_end(const char *s, size_t len, size_t pos)
{
	return prose_scan_sentence_end(s, len, pos);
}

size_t prose_sentence_start(const char *s, size_t len, size_t at)
{
	size_t a = 0, z;

	for (;;) {
		z = prose_sentence_end(s, len, a);
		if (z > at || z >= len || z <= a)
			return a;
		a = z;
	}
}

bool prose_next_word(const char *s, size_t len, size_t *pos, size_t *end)
{
	size_t i = *pos;

	while (i < len && !prose_word_char(s[i])) {
		if (prose_scan_ends_at(s, len, i))
			return false;
		i++;
	}
	if (i >= len)
		return false;
	*pos = i;
	while (i < len && prose_word_char(s[i]))
		i++;
	*end = i;
	return true;
}

char *prose_clean_line(const char *s, size_t len)
{
	char *c = text_clean(s, len, true), *p;

	for (p = c; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	text_squeeze(c);
	return c;
}
