/* vesting.c - the vesting schedule a guide states (vesting.h). */
#include "negotiator/vesting.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "negotiator/text.h"

/* A schedule at s: "40/30/20/10", each part a whole percent.  Returns its
 * length (0 when there is none) and stores the years. */
static size_t schedule_at(const char *s, double pct[INPUT_MAX_YEARS],
                          int *years)
{
	size_t i = 0;
	double sum = 0;
	*years = 0;
	for (;;) {
		size_t d = 0;
		double v = 0;
		while (isdigit((unsigned char)s[i + d]) && d < 3)
			v = v * 10 + (s[i + d] - '0'), d++;
		if (d == 0 || isdigit((unsigned char)s[i + d]) || v > 100 ||
		    *years >= INPUT_MAX_YEARS)
			return 0;
		pct[(*years)++] = v;
		sum += v;
		i += d;
		if (s[i] != '/' || !isdigit((unsigned char)s[i + 1]))
			break;
		i++;
	}
	/* Not a date, a ratio or a fraction: years that add up to 100. */
	if (*years < 2 || sum != 100 || isalnum((unsigned char)s[i]))
		return 0;
	return i;
}

/* The sentence around s[at] speaks of vesting. */
static bool about_vesting(const char *body, size_t at)
{
	/* A sentence may run over several lines of a paragraph. */
	size_t a = at, b = at;
	while (a > 0 && body[a - 1] != '.' &&
	       !(body[a - 1] == '\n' && a > 1 && body[a - 2] == '\n'))
		a--;
	while (body[b] && !(body[b] == '\n' && body[b + 1] == '\n') &&
	       !(body[b] == '.' &&
	         (isspace((unsigned char)body[b + 1]) || !body[b + 1])))
		b++;
	static const char *const words[] = {"vest", "front-load", "front load",
	                                    "schedule"};
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		size_t n = strlen(words[w]);
		for (size_t i = a; i + n <= b; i++)
			if (strncasecmp(body + i, words[w], n) == 0)
				return true;
	}
	return false;
}

/* The scan itself: the first schedule of the body, counting lines from
 * ln. */
static bool scan(const char *body, int ln, double pct[INPUT_MAX_YEARS],
                 int *line)
{
	for (size_t i = 0; body && body[i]; i++) {
		if (body[i] == '\n')
			ln++;
		if (!isdigit((unsigned char)body[i]) ||
		    (i > 0 && (isalnum((unsigned char)body[i - 1]) ||
		               body[i - 1] == '/' || body[i - 1] == '.')))
			continue;
		double got[INPUT_MAX_YEARS] = {0};
		int years;
		size_t n = schedule_at(body + i, got, &years);
		bool even = years == 4 && got[0] == 25 && got[1] == 25 &&
		            got[2] == 25 && got[3] == 25;
		if (n && !even && about_vesting(body, i)) {
			memcpy(pct, got, sizeof got);
			if (line)
				*line = ln;
			return true;
		}
		if (n)
			i += n;
	}
	return false;
}

/* The last body's answer, known by its text (its hash and length) and
 * first line: an analysis asks once for each offer it weighs, at every
 * keystroke, and scanning the whole body each time was 40 % of an offer
 * form keystroke's instructions (issue 18).  One per thread. */
static _Thread_local struct {
	struct text_seen body;
	bool found;
	int body_line, line;
	double pct[INPUT_MAX_YEARS];
} memo;

bool vesting_of_guide(const struct guide *g, double pct[INPUT_MAX_YEARS],
                      int *line)
{
	const char *body = g && g->body_loaded ? g->body : NULL;
	if (!body)
		return false;
	bool same = text_seen_again(&memo.body, body, strlen(body));
	if (!same || memo.body_line != g->body_line) {
		memo.found = scan(body, g->body_line, memo.pct, &memo.line);
		memo.body_line = g->body_line;
	}
	if (!memo.found)
		return false;
	memcpy(pct, memo.pct, sizeof memo.pct);
	if (line)
		*line = memo.line;
	return true;
}
