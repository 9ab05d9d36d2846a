/* script_math.c - check the sums the scripts state.
 *
 * A script that frames a competing offer often adds it up: "<A> base with
 * <B>/year in RSUs ... that is <C> over four years".  Four years of that
 * offer is 4 x (A + B); a negotiator who repeats a wrong C undersells the
 * offer, so a C more than 2% off is a warning.  Only amounts in one
 * currency are combined.
 */
#include <stdlib.h>
#include <string.h>

#include "negotiator/money.h"
#include "negotiator/script_math.h"
#include "negotiator/text.h"
#include "prose.h"
#include "prose_scan.h"

/* Amounts looked at in one script; more is not a real script. */
#define MATH_MAX_TOKENS 256
/* Words allowed between C and "over four years" ("guaranteed"). */
#define MATH_MAX_FILLER 3

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	return i;
}

/* The next word at or after i (same sentence); [*a, *z), or false. */
static bool word_after(const char *s, size_t len, size_t i, size_t *a,
                       size_t *z)
{
	*a = i;
	return prose_next_word(s, len, a, z);
}

/* "base" right after the amount. */
static bool says_base(const char *s, size_t len, size_t end)
{
	return prose_word_is(s, len, skip_spaces(s, len, end), "base");
}

/* "/year", "/yr", "per year", "a year", "each year", "annually", ... */
static bool says_per_year(const char *s, size_t len, size_t end)
{
	size_t i = skip_spaces(s, len, end), a, z;

	if (i < len && s[i] == '/') {
		i = skip_spaces(s, len, i + 1);
		return prose_word_is(s, len, i, "year") ||
		       prose_word_is(s, len, i, "yr") ||
		       prose_word_is(s, len, i, "annum");
	}
	if (prose_word_is(s, len, i, "annually") ||
	    prose_word_is(s, len, i, "yearly"))
		return true;
	if (!(prose_word_is(s, len, i, "per") ||
	      prose_word_is(s, len, i, "a") ||
	      prose_word_is(s, len, i, "each")))
		return false;
	if (!word_after(s, len, i, &a, &z) || !word_after(s, len, z, &a, &z))
		return false;
	return prose_word_is(s, len, a, "year") ||
	       prose_word_is(s, len, a, "annum");
}

/* "four years" (or "the four years", "a four-year") from word i on. */
static bool four_years_at(const char *s, size_t len, size_t i)
{
	size_t a, z;

	if (!word_after(s, len, i, &a, &z))
		return false;
	if ((prose_word_is(s, len, a, "the") ||
	     prose_word_is(s, len, a, "a")) &&
	    !word_after(s, len, z, &a, &z))
		return false;
	if (!prose_word_is(s, len, a, "four") && !prose_word_is(s, len, a, "4"))
		return false;
	return word_after(s, len, z, &a, &z) &&
	       (prose_word_is(s, len, a, "years") ||
	        prose_word_is(s, len, a, "year"));
}

/* "[guaranteed] over four years" (also "in 4 years", "across four
 * years", "in guaranteed value over four years") right after the amount:
 * a few words may come first, an amount may not. */
static bool says_four_years(const char *s, size_t len, size_t end)
{
	size_t a, z = end, words;

	for (words = 0; words <= MATH_MAX_FILLER + 1; words++) {
		if (!word_after(s, len, z, &a, &z))
			return false;
		if ((prose_word_is(s, len, a, "over") ||
		     prose_word_is(s, len, a, "in") ||
		     prose_word_is(s, len, a, "across")) &&
		    four_years_at(s, len, z))
			return true;
		/* An amount in between starts another claim. */
		if (!prose_word_char(s[a]) || (s[a] >= '0' && s[a] <= '9'))
			return false;
	}
	return false;
}

static void warn(struct guide *g, const struct script *sc, amount_t a,
                 amount_t b, amount_t c, amount_t want, const char *code)
{
	char sa[48], sb[48], scl[48], sw[48];

	money_format(sa, sizeof sa, a, code, MONEY_SHORT, false);
	money_format(sb, sizeof sb, b, code, MONEY_SHORT, false);
	money_format(scl, sizeof scl, c, code, MONEY_SHORT, false);
	money_format(sw, sizeof sw, want, code, MONEY_SHORT, false);
	diag_add(&g->diags, DIAG_WARNING, sc->line,
	         "script in '%s' says %s over four years, but %s base + "
	         "%s/year is %s",
	         sc->title ? sc->title : "", scl, sa, sb, sw);
}

size_t script_math_claims(const char *s, size_t len, struct script_claim *out,
                          size_t max)
{
	struct prose_money *tok = xmalloc(MATH_MAX_TOKENS * sizeof *tok);
	size_t n = 0, pos = 0, i, k, found = 0;

	/* A range has no one sum: it is no part of a claim. */
	while (n < MATH_MAX_TOKENS && prose_scan_money(s, len, &pos, &tok[n]))
		if (!tok[n].percent && !tok[n].range)
			n++;
	for (i = 0; i + 1 < n && found < max; i++) {
		const struct prose_money *a = &tok[i], *b = &tok[i + 1];
		const char *code = a->currency.code;
		struct script_claim *c;

		if (!code[0] || strcmp(code, b->currency.code) != 0 ||
		    !says_base(s, len, a->end) ||
		    !says_per_year(s, len, b->end))
			continue;
		c = &out[found++];
		memset(c, 0, sizeof *c);
		c->base = *a;
		c->per_year = *b;
		for (k = i + 2; k < n; k++) {
			if (says_base(s, len, tok[k].end))
				break; /* the next offer */
			if (strcmp(tok[k].currency.code, code) == 0 &&
			    says_four_years(s, len, tok[k].end)) {
				c->total = tok[k];
				c->has_total = true;
				break;
			}
		}
	}
	free(tok);
	return found;
}

size_t script_math_check(struct guide *g, const struct script *sc, bool report)
{
	struct script_claim claims[16];
	size_t n, i, wrong = 0;

	if (!sc->text)
		return 0;
	n = script_math_claims(sc->text, strlen(sc->text), claims, 16);
	for (i = 0; i < n; i++) {
		const struct script_claim *c = &claims[i];
		amount_t want, diff;

		if (!c->has_total)
			continue;
		want = amount_scale(
			amount_add(c->base.value, c->per_year.value), 4, 1);
		diff = amount_sub(c->total.value, want);
		if (diff < 0)
			diff = -diff;
		/* More than 2% off; amounts are capped, so no overflow. */
		if (diff * 50 > want) {
			wrong++;
			if (report)
				warn(g, sc, c->base.value, c->per_year.value,
				     c->total.value, want,
				     c->base.currency.code);
		}
	}
	return wrong;
}
