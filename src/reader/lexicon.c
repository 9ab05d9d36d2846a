/* lexicon.c - the one text matcher of the lexicon's rows (lexicon.h): a
 * phrase's words at a place of the text, case aside. */
#include "lexicon.h"

#include "prose.h"

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

size_t lexicon_phrase_end(const char *s, size_t len, size_t i, const char *p,
                          bool prefix)
{
	size_t j = i;

	/* A word's start; a row that starts with a mark ("/yr") may follow
	 * a word at once ("RSU/yr"). */
	if (i >= len ||
	    (prose_word_char(*p) && i > 0 && prose_word_char(s[i - 1])))
		return 0;
	for (;;) {
		for (; *p && *p != ' '; p++, j++)
			if (j >= len || lower(s[j]) != *p)
				return 0;
		if (!*p)
			return !prefix && j < len && prose_word_char(s[j]) ? 0
			                                                   : j;
		/* A blank between two words, as many as written. */
		if (j >= len || (s[j] != ' ' && s[j] != '\t' && s[j] != '\n'))
			return 0;
		while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
			j++;
		while (*p == ' ')
			p++;
	}
}

int lexicon_at(const struct lexicon_row *rows, size_t n, int role,
               const char *s, size_t len, size_t i, size_t *end)
{
	if (i >= len)
		return LEXR_NONE;
	for (size_t r = 0; r < n; r++) {
		size_t e;

		/* Most rows start with another letter: one byte says so. */
		if (rows[r].text[0] != lower(s[i]) ||
		    (role != LEXICON_ANY_ROLE && rows[r].role != role))
			continue;
		e = lexicon_phrase_end(s, len, i, rows[r].text, rows[r].prefix);
		if (e) {
			*end = e;
			return rows[r].role;
		}
	}
	return LEXR_NONE;
}

size_t lexicon_find(const struct lexicon_row *rows, size_t n, int role,
                    const char *s, size_t from, size_t to, int *found)
{
	size_t end;

	for (size_t i = from; i < to; i++)
		if ((*found = lexicon_at(rows, n, role, s, to, i, &end)) !=
		    LEXR_NONE)
			return i;
	*found = LEXR_NONE;
	return (size_t)-1;
}

bool lexicon_word(const struct lexicon_row *rows, size_t n, int role,
                  const char *w, size_t wn)
{
	/* Not the first row that matches ("i" of "I'd"): one that matches
	 * the whole word. */
	for (size_t r = 0; wn && r < n; r++)
		if (rows[r].text[0] == lower(w[0]) &&
		    (role == LEXICON_ANY_ROLE || rows[r].role == role) &&
		    lexicon_phrase_end(w, wn, 0, rows[r].text,
		                       rows[r].prefix) == wn)
			return true;
	return false;
}
