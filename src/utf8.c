/* utf8.c - the one UTF-8 decoder, encoder and column width (utf8.h),
 * and the ASCII stand-ins for a terminal that shows nothing else. */
#include "negotiator/utf8.h"

#include <string.h>
#include <wchar.h>

static bool ascii_only;

void utf8_set_ascii(bool on)
{
	ascii_only = on;
}

bool utf8_ascii(void)
{
	return ascii_only;
}

/* What the program draws and what guides hold most: money, dashes,
 * quotes, the gauges' and the tables' lines, marks and arrows. */
static const struct {
	uint32_t cp;
	const char *ascii;
} standins[] = {
	{0x00A0, " "},    {0x00A3, "GBP "}, {0x00A5, "JPY "}, {0x00A7, "S"},
	{0x00A9, "(c)"},  {0x00AB, "<<"},   {0x00AE, "(R)"},  {0x00B0, "deg"},
	{0x00B1, "+/-"},  {0x00B2, "2"},    {0x00B3, "3"},    {0x00B7, "-"},
	{0x00BB, ">>"},   {0x00BC, "1/4"},  {0x00BD, "1/2"},  {0x00BE, "3/4"},
	{0x00D7, "x"},    {0x00F7, "/"},    {0x2009, " "},    {0x200A, " "},
	{0x2010, "-"},    {0x2011, "-"},    {0x2012, "-"},    {0x2013, "-"},
	{0x2014, "-"},    {0x2015, "-"},    {0x2018, "'"},    {0x2019, "'"},
	{0x201C, "\""},   {0x201D, "\""},   {0x2022, "*"},    {0x2026, "..."},
	{0x202F, " "},    {0x2039, "<"},    {0x203A, ">"},    {0x20A9, "KRW "},
	{0x20AA, "ILS "}, {0x20AC, "EUR "}, {0x20B9, "INR "}, {0x2190, "<-"},
	{0x2191, "^"},    {0x2192, "->"},   {0x2193, "v"},    {0x2195, "|"},
	{0x2212, "-"},    {0x2248, "~"},    {0x2260, "!="},   {0x2264, "<="},
	{0x2265, ">="},   {0x2500, "-"},    {0x2501, "="},    {0x2502, "|"},
	{0x2503, "|"},    {0x250C, "+"},    {0x2510, "+"},    {0x2514, "+"},
	{0x2518, "+"},    {0x251C, "+"},    {0x2524, "+"},    {0x252C, "+"},
	{0x2534, "+"},    {0x253C, "+"},    {0x2550, "="},    {0x2551, "|"},
	{0x2592, "#"},    {0x25B2, "^"},    {0x25B6, ">"},    {0x25B8, ">"},
	{0x25BC, "v"},    {0x25C0, "<"},    {0x25C2, "<"},    {0x25CB, "o"},
	{0x25CF, "*"},    {0x26A0, "!"},    {0x2713, "+"},    {0x2714, "+"},
	{0x2717, "x"},    {0x2718, "x"},    {0xFE0F, ""},     {0xFFFD, "?"},
};

/* Latin-1 letters without their accents, from U+00C0. */
static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTs"
			     "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

const char *utf8_standin(uint32_t cp)
{
	static char letter[2];
	size_t lo = 0, hi = sizeof standins / sizeof standins[0];

	if (!ascii_only || cp < 0x80)
		return NULL;
	if (cp >= 0x300 && cp < 0x370)
		return ""; /* combining accents: the letter stands alone */
	if (cp >= 0xC0 && cp <= 0xFF) {
		letter[0] = latin1[cp - 0xC0];
		letter[1] = '\0';
		return letter;
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (standins[mid].cp == cp)
			return standins[mid].ascii;
		if (standins[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "?";
}

size_t utf8_decode_valid(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (len == 0)
		return 0;
	uint32_t c = s[0], min;
	size_t n;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2, c &= 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3, c &= 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n > len)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are invalid. */
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	if (len == 0) {
		*cp = 0;
		return 0;
	}
	size_t n = utf8_decode_valid(s, len, cp);
	if (n == 0) {
		*cp = UTF8_REPLACEMENT;
		return 1;
	}
	return n;
}

/* The index of the first byte of a little- or big-endian word whose
 * bit in `high` (0x80 of each byte) is set; high is not 0. */
static size_t utf8_low_byte_index(uint64_t high)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (size_t)__builtin_clzll(high) / 8;
#else
	return (size_t)__builtin_ctzll(high) / 8;
#endif
}

size_t utf8_first_invalid(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		/* Text is mostly ASCII: skip it eight bytes at a time, and in
		 * a word that holds a byte past ASCII go straight to that byte
		 * (a guide is 99 % ASCII; decoding the word's ASCII bytes one
		 * by one before it was half this function's time). */
		uint64_t word, high, next;
		while (len - i >= 16) { /* two words a turn, in one test */
			memcpy(&word, s + i, 8);
			memcpy(&next, s + i + 8, 8);
			if (((word | next) & 0x8080808080808080ull) != 0)
				break;
			i += 16;
		}
		if (len - i >= 8) {
			memcpy(&word, s + i, 8);
			high = word & 0x8080808080808080ull;
			if (high == 0) {
				i += 8;
				continue;
			}
			i += utf8_low_byte_index(high);
		}
		uint32_t cp;
		size_t n = utf8_decode_valid(s + i, len - i, &cp);
		if (n == 0)
			return i;
		i += n;
	}
	return len;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF) {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

size_t utf8_prev(const char *s, size_t pos)
{
	if (pos == 0)
		return 0;
	/* Step over at most three continuation bytes to a lead byte. */
	size_t back = 0;
	while (back < 3 && pos - back - 1 > 0 &&
	       ((unsigned char)s[pos - back - 1] & 0xC0) == 0x80)
		back++;
	return pos - back - 1;
}

bool utf8_cp_printable(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
		return false;
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return false;
	/* Line separators and bidirectional controls reorder or break
	 * what is drawn after them (issue 20 F11). */
	if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069))
		return false;
	return cp <= 0x10FFFF;
}

int utf8_cp_width(uint32_t cp)
{
	/* Printable ASCII, most of what is drawn: one column in every
	 * locale, without the C library's tables. */
	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (!utf8_cp_printable(cp))
		return 1;
	if (ascii_only && cp >= 0x80)
		return (int)strlen(utf8_standin(cp));
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

size_t utf8_width(const char *s, size_t len)
{
	size_t i = 0, w = 0;
	while (i < len) {
		if (s[i] >= 0x20 && s[i] < 0x7F) { /* printable ASCII */
			w++;
			i++;
			continue;
		}
		uint32_t cp;
		i += utf8_decode(s + i, len - i, &cp);
		w += (size_t)utf8_cp_width(cp);
	}
	return w;
}

size_t utf8_fit_tail(const char *s, size_t len, size_t cols)
{
	size_t start = len, w = 0;
	while (start > 0) {
		size_t prev = utf8_prev(s, start);
		uint32_t cp;
		utf8_decode(s + prev, start - prev, &cp);
		int cw = utf8_cp_width(cp);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		start = prev;
	}
	return start;
}

size_t utf8_fit(const char *s, size_t len, size_t cols, size_t *used)
{
	size_t i = 0, w = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		int cw = utf8_cp_width(cp);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		i += n;
	}
	if (used)
		*used = w;
	return i;
}
