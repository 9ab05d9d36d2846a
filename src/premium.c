/* premium.c - the agentic AI premium: how much, on what, and whether
 * the target ask already includes it.
 *
 * The tag is a percentage (or a range of them) next to the word
 * "premium": "+20--35% AGENTIC AI PREMIUM", "a 20 to 35% premium",
 * "Premium (20–35%)".  The negotiation DNA summary is read first, then
 * the body.  What it applies to comes from a sentence about the premium
 * (one naming it or its percentages) that says where it goes: "on top of
 * base equity grants", "applied to the equity grant", "on base salary".
 */
#include <stdlib.h>
#include <string.h>

#include "premium.h"
#include "prose.h"
#include "negotiator/text.h"

/* Words allowed between the percentage and "premium" ("AGENTIC AI"). */
#define PREMIUM_MAX_GAP_WORDS 4
/* Words looked at after "on top of" / "applies to". */
#define TARGET_MAX_WORDS 4

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* A decimal number ending at s[end] ("35", "12.5"); its start or PROSE_NONE. */
static size_t number_before(const char *s, size_t end, double *out)
{
	size_t i = end, dot = PROSE_NONE, k;
	double v = 0, scale = 1;

	while (i > 0 && (is_digit(s[i - 1]) || (s[i - 1] == '.' && dot == PROSE_NONE
	                                        && i < end))) {
		if (s[i - 1] == '.')
			dot = i - 1;
		i--;
	}
	if (i == end || !is_digit(s[i]) || end - i > 12)
		return PROSE_NONE;
	for (k = i; k < end; k++) {
		if (k == dot)
			continue;
		v = v * 10 + (s[k] - '0');
		if (dot != PROSE_NONE && k > dot)
			scale *= 10;
	}
	*out = v / scale;
	return i;
}

/* Length of a range dash ending at s[end]: "–", "—", "--", "-", "to". */
static size_t dash_before(const char *s, size_t end)
{
	if (end >= 3 && (memcmp(s + end - 3, "–", 3) == 0 ||
	                 memcmp(s + end - 3, "—", 3) == 0))
		return 3;
	if (end >= 2 && s[end - 1] == '-' && s[end - 2] == '-')
		return 2;
	if (end >= 1 && s[end - 1] == '-')
		return 1;
	if (end >= 3 && s[end - 3] == ' ' && (s[end - 2] | 0x20) == 't' &&
	    (s[end - 1] | 0x20) == 'o')
		return 2;
	return 0;
}

static size_t spaces_before(const char *s, size_t end)
{
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return end;
}

/* At s[pct] == '%': the percentage or range ending there.  Sets lo, hi
 * and the start of the whole phrase (a leading '+' included). */
static bool percent_at(const char *s, size_t pct, double *lo, double *hi,
                       size_t *start)
{
	size_t a = number_before(s, pct, hi), d, b, e;

	if (a == PROSE_NONE)
		return false;
	*lo = *hi;
	*start = a;
	e = spaces_before(s, a);
	d = dash_before(s, e);
	if (d) {
		e = spaces_before(s, e - d);
		if (e > 0 && s[e - 1] == '%')
			e--; /* "20%–35%" */
		b = number_before(s, e, lo);
		if (b != PROSE_NONE)
			*start = b;
		else
			*lo = *hi;
	}
	if (*start > 0 && s[*start - 1] == '+')
		(*start)--;
	return *lo > 0 && *lo <= *hi && *hi <= 1000;
}

/* Separators allowed between the words of a tag: spaces and emphasis. */
static bool tag_gap(char c)
{
	return c == ' ' || c == '*' || c == '_' || c == '-';
}

/* "premium" within a few words after s[from]. */
static bool premium_after(const char *s, size_t len, size_t from)
{
	size_t i = from, words;

	for (words = 0; words <= PREMIUM_MAX_GAP_WORDS; words++) {
		while (i < len && tag_gap(s[i]))
			i++;
		if (i >= len || !prose_word_char(s[i]))
			return false;
		if (prose_word_is(s, len, i, "premium"))
			return true;
		while (i < len && prose_word_char(s[i]))
			i++;
	}
	return false;
}

/* "premium", perhaps with "of", just before s[to]: "Premium (20–35%)",
 * "a premium of 20%". */
static bool premium_before(const char *s, size_t len, size_t to)
{
	size_t i = to, end, words;

	for (words = 0; words < 2; words++) {
		while (i > 0 && (tag_gap(s[i - 1]) || s[i - 1] == '(' ||
		                 s[i - 1] == ':'))
			i--;
		end = i;
		while (i > 0 && prose_word_char(s[i - 1]))
			i--;
		if (i == end)
			return false;
		if (prose_word_is(s, len, i, "premium"))
			return true;
		if (!prose_word_is(s, len, i, "of"))
			return false;
	}
	return false;
}

/* The first premium tag in the text. */
static bool find_tag(const char *s, double *lo, double *hi)
{
	size_t len = strlen(s), i, start;

	for (i = 0; i < len; i++) {
		if (s[i] != '%' || !percent_at(s, i, lo, hi, &start))
			continue;
		if (premium_after(s, len, i + 1) || premium_before(s, len, start))
			return true;
	}
	return false;
}

/* Does s[a, z) name the premium or its percentages? */
static bool about_premium(const struct premium *p, const char *s, size_t a,
                          size_t z, size_t *at)
{
	size_t i, start;
	double lo, hi;

	*at = prose_find_word(s, a, z, "premium");
	if (*at != PROSE_NONE)
		return true;
	for (i = a; i < z; i++)
		if (s[i] == '%' && percent_at(s, i, &lo, &hi, &start) &&
		    lo == p->low_pct && hi == p->high_pct) {
			*at = start;
			return true;
		}
	return false;
}

static const char *word_target(const char *s, size_t len, size_t a)
{
	static const char *const equity[] = {"equity", "stock", "rsu", "grant",
	                                     "options", "shares", NULL};
	static const char *const base[] = {"base", "salary", "pay", "cash",
	                                   NULL};
	static const char *const total[] = {"total", "compensation", "comp",
	                                    "package", "tc", NULL};
	size_t i;

	for (i = 0; equity[i]; i++)
		if (prose_word_starts(s, len, a, equity[i]))
			return "equity";
	for (i = 0; base[i]; i++)
		if (prose_word_is(s, len, a, base[i]))
			return "base";
	for (i = 0; total[i]; i++)
		if (prose_word_is(s, len, a, total[i]))
			return "total";
	return NULL;
}

/* What the words after a preposition name: "base equity grants" is
 * equity, "base salary" is base. */
static const char *target_after(const char *s, size_t len, size_t from)
{
	size_t a, z = from, n;
	const char *t, *next;

	for (n = 0; n < TARGET_MAX_WORDS; n++) {
		a = z;
		if (!prose_next_word(s, len, &a, &z))
			return NULL;
		t = word_target(s, len, a);
		if (!t)
			continue;
		if (strcmp(t, "base") == 0) {
			size_t a2 = z, z2;

			if (prose_next_word(s, len, &a2, &z2) &&
			    (next = word_target(s, len, a2)) &&
			    strcmp(next, "equity") == 0)
				return "equity";
		}
		return t;
	}
	return NULL;
}

/* Where one sentence says the premium goes, or NULL. */
static const char *sentence_target(const struct premium *p, const char *s,
                                   size_t a, size_t z)
{
	static const char *const preps[] = {"on top of", "on", "applies to",
	                                    "apply to", "applied to",
	                                    "added to", "adds to", "add to"};
	enum { NPREPS = sizeof preps / sizeof *preps };
	/* Each preposition's next place: searched again only once passed,
	 * so a sentence full of "on" stays linear. */
	size_t next[NPREPS], at, i, best;
	const char *t;

	if (!about_premium(p, s, a, z, &at))
		return NULL;
	for (i = 0; i < NPREPS; i++)
		next[i] = prose_find_whole_word(s, at, z, preps[i]);
	for (;;) {
		best = NPREPS;
		for (i = 0; i < NPREPS; i++)
			if (next[i] != PROSE_NONE &&
			    (best == NPREPS || next[i] < next[best]))
				best = i;
		if (best == NPREPS)
			return NULL;
		at = next[best] + strlen(preps[best]);
		if ((t = target_after(s, z, at)))
			return t;
		for (i = 0; i < NPREPS; i++)
			if (next[i] != PROSE_NONE && next[i] < at)
				next[i] = prose_find_whole_word(s, at, z, preps[i]);
	}
}

static const char *find_target(const struct premium *p, const char *s)
{
	size_t len = s ? strlen(s) : 0, a, z;
	const char *t;

	for (a = 0; a < len; a = z) {
		z = prose_sentence_end(s, len, a);
		if ((t = sentence_target(p, s, a, z)))
			return t;
	}
	return NULL;
}

/* A sentence saying the ask includes the premium: "inclusive of the
 * premium", "premium included", "including the premium"; not when it
 * says "not included" or "excluding". */
static bool says_included(const char *s)
{
	static const char *const yes[] = {"inclusive", "includ", "counted in",
	                                  "built in", "built into", NULL};
	static const char *const no[] = {"not", "excluding", "exclusive",
	                                 "without", NULL};
	size_t len = strlen(s), a, z, at, i;
	bool has_yes, has_no;

	for (a = 0; a < len; a = z) {
		z = prose_sentence_end(s, len, a);
		at = prose_find_word(s, a, z, "premium");
		if (at == PROSE_NONE)
			continue;
		has_yes = has_no = false;
		for (i = 0; yes[i]; i++)
			has_yes |= prose_find_word(s, a, z, yes[i]) != PROSE_NONE;
		for (i = 0; no[i]; i++)
			has_no |= prose_find_whole_word(s, a, z, no[i]) != PROSE_NONE;
		for (i = a; i + 3 <= z; i++)
			has_no |= memcmp(s + i, "n't", 3) == 0;
		if (has_yes && !has_no)
			return true;
	}
	return false;
}

void premium_find(struct guide *g, const char *body_text,
                  const char *ask_text)
{
	struct premium *p = &g->premium;
	const char *t;
	double lo, hi;

	if (p->from_front_matter)
		return;
	if (!(g->dna_summary && find_tag(g->dna_summary, &lo, &hi)) &&
	    !(body_text && find_tag(body_text, &lo, &hi)))
		return;
	p->present = true;
	p->low_pct = lo;
	p->high_pct = hi;
	t = find_target(p, g->dna_summary);
	if (!t)
		t = find_target(p, body_text);
	if (!t)
		t = find_target(p, g->level_raw);
	/* A guide that names a premium without saying on what means the
	 * equity grant: that is how the format's guides use it, and what the
	 * offer calculator applies it to. */
	free(p->applies_to);
	p->applies_to = xstrdup(t ? t : "equity");
	p->included_in_ask = ask_text && says_included(ask_text);
}
