/* text.h - small string helpers shared by the engine, CLI and TUI. */
#ifndef NEGOTIATOR_TEXT_H
#define NEGOTIATOR_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A growable string.  Always NUL-terminated once anything is added. */
struct strbuf {
	char *data;
	size_t len, cap;
};

void sb_init(struct strbuf *sb);
void sb_free(struct strbuf *sb);
void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Hand the buffer to the caller (never NULL: "" when empty). */
char *sb_take(struct strbuf *sb);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Grow an array so that index `need - 1` fits; doubles capacity. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);

/* n unpredictable bytes (getrandom; without it, the clock, the pid and
 * a counter: still names no other program picks).  Not for secrets. */
void random_fill(unsigned char *buf, size_t n);

/* A file of the program's under an XDG base folder:
 * $ENV/negotiator/NAME when ENV holds an absolute path (the spec ignores
 * a relative one), else $HOME/FALLBACK/negotiator/NAME.  False with
 * neither, or when it does not fit in size. */
bool text_xdg_path(char *buf, size_t size, const char *env,
                   const char *fallback, const char *name);

/* A hash of len bytes, eight at a time: tells text that changed from
 * text that did not (a file since it was loaded, a body since it was
 * scanned, a state already written).  Not a defence; not saved, so free
 * to change. */
unsigned long long text_hash(const char *s, size_t len);
/* A text known by its hash and length, for what is worked out once from
 * a text that stays the same from one call to the next (a guide's body
 * at every keystroke): text_seen_again is true when s[0, len) is the text
 * k saw last, else k now knows s and it is false (work it out again). */
struct text_seen {
	bool set;
	unsigned long long hash;
	size_t len;
};
bool text_seen_again(struct text_seen *k, const char *s, size_t len);

/* Make untrusted text safe to keep and to draw: invalid UTF-8 becomes
 * U+FFFD; C0 controls (but '\n' and '\t' when keep_newlines), DEL and C1
 * controls become U+FFFD too, so ESC, CSI, OSC and BEL never survive.
 * CR is dropped.  Returns a new string. */
char *text_clean(const char *s, size_t len, bool keep_newlines);
/* An ASCII digit, whatever the locale (isdigit() may take others, and
 * wants an unsigned char): the one test every reader of numbers uses. */
static inline bool text_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An ASCII letter in lower case, any other byte as it is (tolower()
 * depends on the locale; the words matched here are ASCII). */
static inline char text_ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* True when s (NUL-terminated) would come out of text_clean unchanged. */
bool text_is_clean(const char *s, bool keep_newlines);

/* Collapse runs of white space to one space and trim both ends, in place. */
void text_squeeze(char *s);

bool str_starts_with(const char *s, const char *prefix);
bool str_ieq(const char *a, const char *b);
/* Case-insensitive (ASCII) substring search; NULL when absent. */
const char *str_icase_find(const char *hay, const char *needle);

#endif
