/* lexicon.c - the one text matcher of the lexicon's rows (lexicon.h): a
 * phrase's words at a place of the text, case aside. */
#include "lexicon.h"
#include "negotiator/text.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "prose.h"

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
			if (j >= len || text_ascii_lower(s[j]) != *p)
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

/* A table's rows by their first byte, each byte's in the table's order:
 * a lookup reads the dozen rows that start with the text's letter, not
 * the hundreds of the table (the name words: 384).  Built once for each
 * table, on its first lookup, by whichever thread comes first; readers
 * see only tables built whole (the count is published after them). */
#define LEXICON_TABLES 16
#define LEXICON_MAX_ROWS 2048
struct by_first {
	const struct lexicon_row *rows;
	size_t n;
	uint16_t start[257]; /* byte c's rows: order[start[c], start[c + 1]) */
	uint16_t order[LEXICON_MAX_ROWS];
};
static struct by_first tables[LEXICON_TABLES];
static atomic_size_t table_count;
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;

static const struct by_first *find_table(const struct lexicon_row *rows,
                                         size_t n, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (tables[k].rows == rows && tables[k].n == n)
			return &tables[k];
	return NULL;
}

/* rows' index; NULL when there is no room for it (then every row is
 * read, as before). */
static const struct by_first *by_first_of(const struct lexicon_row *rows,
                                          size_t n)
{
	const struct by_first *t = find_table(
		rows, n,
		atomic_load_explicit(&table_count, memory_order_acquire));
	if (t || n > LEXICON_MAX_ROWS)
		return t;
	pthread_mutex_lock(&table_lock);
	size_t count = atomic_load_explicit(&table_count, memory_order_relaxed);
	t = find_table(rows, n, count);
	if (!t && count < LEXICON_TABLES) {
		struct by_first *b = &tables[count];
		size_t at[257] = {0};
		b->rows = rows;
		b->n = n;
		for (size_t r = 0; r < n; r++)
			at[(unsigned char)rows[r].text[0] + 1]++;
		for (int c = 0; c < 256; c++)
			at[c + 1] += at[c];
		for (int c = 0; c <= 256; c++)
			b->start[c] = (uint16_t)at[c];
		for (size_t r = 0; r < n; r++)
			b->order[at[(unsigned char)rows[r].text[0]]++] =
				(uint16_t)r;
		atomic_store_explicit(&table_count, count + 1,
		                      memory_order_release);
		t = b;
	}
	pthread_mutex_unlock(&table_lock);
	return t;
}

/* The rows of rows[0, n) that may start at a byte c (lower case), in the
 * table's order: rows[pick[k]] for k in [*from, *to), or every row. */
struct pick {
	const uint16_t *order;
	size_t from, to;
};
static struct pick pick_of(const struct lexicon_row *rows, size_t n, char c)
{
	const struct by_first *t = by_first_of(rows, n);
	unsigned char b = (unsigned char)c;
	if (!t)
		return (struct pick){NULL, 0, n};
	return (struct pick){t->order, t->start[b], t->start[b + 1]};
}

static size_t picked(const struct pick *p, size_t k)
{
	return p->order ? p->order[k] : k;
}

int lexicon_at(const struct lexicon_row *rows, size_t n, int role,
               const char *s, size_t len, size_t i, size_t *end)
{
	if (i >= len)
		return LEXR_NONE;
	struct pick p = pick_of(rows, n, text_ascii_lower(s[i]));
	for (size_t k = p.from; k < p.to; k++) {
		size_t r = picked(&p, k), e;

		/* Most rows start with another letter: one byte says so. */
		if (rows[r].text[0] != text_ascii_lower(s[i]) ||
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
	if (!wn)
		return false;
	struct pick p = pick_of(rows, n, text_ascii_lower(w[0]));
	for (size_t k = p.from; k < p.to; k++) {
		size_t r = picked(&p, k);
		if (rows[r].text[0] == text_ascii_lower(w[0]) &&
		    (role == LEXICON_ANY_ROLE || rows[r].role == role) &&
		    lexicon_phrase_end(w, wn, 0, rows[r].text,
		                       rows[r].prefix) == wn)
			return true;
	}
	return false;
}
