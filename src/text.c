/* text.c - strings, allocation and cleaning of untrusted text. */
#include "negotiator/text.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#if defined(__has_include)
#if __has_include(<sys/random.h>)
#include <sys/random.h>
#define HAVE_GETRANDOM 1
#endif
#endif

#include "negotiator/utf8.h"

static void oom(void)
{
	fputs("negotiator: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return p;
	size_t n = *cap ? *cap : 8;
	while (n < need) {
		if (n > SIZE_MAX / 2 / elem)
			oom();
		n *= 2;
	}
	*cap = n;
	return xrealloc(p, n * elem);
}

void sb_init(struct strbuf *sb)
{
	sb->data = NULL;
	sb->len = sb->cap = 0;
}

void sb_free(struct strbuf *sb)
{
	free(sb->data);
	sb_init(sb);
}

void sb_add(struct strbuf *sb, const char *s, size_t n)
{
	sb->data = xgrow(sb->data, &sb->cap, sb->len + n + 1, 1);
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_addc(struct strbuf *sb, char c)
{
	if (sb->len + 2 <= sb->cap) { /* the common case, kept cheap */
		sb->data[sb->len++] = c;
		sb->data[sb->len] = '\0';
		return;
	}
	sb_add(sb, &c, 1);
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb->data = xgrow(sb->data, &sb->cap, sb->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

char *sb_take(struct strbuf *sb)
{
	char *p = sb->data ? sb->data : xstrdup("");
	sb_init(sb);
	return p;
}

static bool cp_is_control(uint32_t cp, bool keep_newlines)
{
	if (cp == '\n' || cp == '\t')
		return !keep_newlines;
	return !utf8_cp_printable(cp);
}

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* One word into a lane of text_hash. */
static uint64_t hash_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

unsigned long long text_hash(const char *s, size_t len)
{
	/* Two lanes of words, mixed at the end: each word waits for the
	 * multiply before it in its lane only, so a whole file (hashed
	 * at every load) goes through at twice the pace of one lane. */
	uint64_t h = 0x9E3779B97F4A7C15ull ^ len, g = 0xC2B2AE3D27D4EB4Full, w,
	         v;
	size_t i = 0;

	for (; i + 16 <= len; i += 16) {
		memcpy(&w, s + i, 8);
		memcpy(&v, s + i + 8, 8);
		h = hash_mix(h, w);
		g = hash_mix(g, v);
	}
	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = hash_mix(h, w);
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return hash_mix(h, g);
}

bool text_seen_again(struct text_seen *k, const char *s, size_t len)
{
	unsigned long long h = text_hash(s, len);

	if (k->set && k->hash == h && k->len == len)
		return true;
	k->set = true;
	k->hash = h;
	k->len = len;
	return false;
}

/* The end of the run of printable ASCII (0x20-0x7E) that starts at i.
 * A word of eight bytes is skipped whole when none is past ASCII, under
 * a space or DEL: the borrows of the subtractions reach a byte's top
 * bit only from a byte that is itself one of those, so the test is
 * exact for the word as a whole. */
static size_t text_printable_run(const unsigned char *p, size_t i, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, tops = 0x8080808080808080ull;
	uint64_t w, del;

	while (len - i >= 8) {
		memcpy(&w, p + i, 8);
		del = w ^ (0x7F * ones);
		if (((w | ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del)) &
		     tops) != 0)
			break;
		i += 8;
	}
	while (i < len && p[i] >= 0x20 && p[i] < 0x7F)
		i++;
	return i;
}

char *text_clean(const char *s, size_t len, bool keep_newlines)
{
	struct strbuf sb;
	sb_init(&sb);
	sb.cap = len + 1;
	sb.data = xmalloc(sb.cap);
	sb.data[0] = '\0';
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		/* Copy runs of plain printable ASCII in one go, found eight
		 * bytes at a time. */
		size_t run = text_printable_run(p, i, len);
		if (run > i) {
			sb_add(&sb, s + i, run - i);
			i = run;
			continue;
		}
		uint32_t cp;
		size_t n = utf8_decode_valid(s + i, len - i, &cp);
		if (n == 0) {
			sb_add(&sb, replacement, 3);
			i++;
			continue;
		}
		if (cp == '\r') {
			/* Dropped: CRLF files read like LF ones. */
		} else if (cp == '\t' && !keep_newlines) {
			sb_addc(&sb, ' ');
		} else if (cp_is_control(cp, keep_newlines)) {
			sb_add(&sb, replacement, 3);
		} else {
			sb_add(&sb, s + i, n);
		}
		i += n;
	}
	return sb_take(&sb);
}

bool text_is_clean(const char *s, bool keep_newlines)
{
	size_t len = strlen(s), i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode_valid(s + i, len - i, &cp);
		if (n == 0 || cp == '\r' || (cp == '\t' && !keep_newlines) ||
		    cp_is_control(cp, keep_newlines))
			return false;
		i += n;
	}
	return true;
}

void text_squeeze(char *s)
{
	char *w = s;
	bool space = true; /* drop leading white space */
	for (char *r = s; *r; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			if (!space)
				*w++ = ' ';
			space = true;
		} else {
			*w++ = *r;
			space = false;
		}
	}
	if (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
}

bool str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ieq(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

const char *str_icase_find(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return hay;
	/* Compare only where the first letter matches, either case. */
	char lo = (char)tolower((unsigned char)needle[0]);
	char up = (char)toupper((unsigned char)needle[0]);
	for (; *hay; hay++)
		if ((*hay == lo || *hay == up) &&
		    strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

void random_fill(unsigned char *buf, size_t n)
{
	static unsigned long counter;
	size_t got = 0;
#ifdef HAVE_GETRANDOM
	ssize_t r = getrandom(buf, n, GRND_NONBLOCK);
	if (r > 0)
		got = (size_t)r;
#endif
	if (got < n) {
		/* No entropy to be had: the clock, the pid and a counter
		 * still make names no other program would pick. */
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		unsigned long long x = (unsigned long long)ts.tv_nsec ^
		                       ((unsigned long long)ts.tv_sec << 20) ^
		                       ((unsigned long long)getpid() << 40) ^
		                       (++counter * 0x9E3779B97F4A7C15ull);
		for (; got < n; got++) {
			x ^= x >> 33;
			x *= 0xff51afd7ed558ccdull;
			buf[got] = (unsigned char)(x >> 56);
		}
	}
}

bool text_xdg_path(char *buf, size_t size, const char *env,
                   const char *fallback, const char *name)
{
	const char *xdg = getenv(env), *home = getenv("HOME");
	int n;
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, size, "%s/negotiator/%s", xdg, name);
	else if (home && *home)
		n = snprintf(buf, size, "%s/%s/negotiator/%s", home, fallback,
		             name);
	else
		return false;
	return n > 0 && (size_t)n < size;
}
