/* utf8.c - the one UTF-8 decoder, encoder and column width (utf8.h). */
#include "negotiator/utf8.h"

#include <string.h>
#include <wchar.h>

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

size_t utf8_first_invalid(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		/* Text is mostly ASCII: skip it eight bytes at a time. */
		uint64_t word;
		if (len - i >= 8) {
			memcpy(&word, s + i, 8);
			if ((word & 0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
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
	return cp <= 0x10FFFF;
}

int utf8_cp_width(uint32_t cp)
{
	if (!utf8_cp_printable(cp))
		return 1;
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
