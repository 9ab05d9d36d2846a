/* strategy.c - the target ask and the accept-at floor, read from the
 * text of the strategy block quote.
 *
 * A strategy states one amount per currency, separated by " / ":
 * "my ask is A1 / A2 base with E1 / E2 equity ...", "my floor is ...".
 * The sentence with the ask (or the floor) is found by keyword; in it,
 * amounts before the word "base" are base salaries and amounts between
 * "base" and "equity" (or "stock", "RSUs") are four-year grants.  A
 * "signing bonus of S1 / S2" is the target's sign-on.  Each amount goes
 * to the next band, in front-matter order, that has numbers and uses its
 * currency; bands without numbers get nothing.
 */
#include <string.h>

#include "prose.h"
#include "strategy.h"
#include "negotiator/money.h"
#include "negotiator/text.h"

/* More amounts than bands in one list cannot all be used. */
#define MAX_AMOUNTS GUIDE_MAX_BANDS
/* "a signing bonus of S": how far after the keyword S may start. */
#define SIGN_ON_REACH 40

struct amounts {
	amount_t value[MAX_AMOUNTS];
	currency_t currency[MAX_AMOUNTS];
	size_t count;
};

enum ask_field { FIELD_BASE, FIELD_EQUITY, FIELD_SIGN_ON };

static const char *const ask_words[] = {"ask", "target", NULL};
static const char *const floor_words[] = {"floor", "accept", "walk away",
                                          "walk-away", NULL};
static const char *const equity_words[] = {"equity", "stock", "rsu", NULL};
static const char *const sign_on_words[] = {"signing", "sign-on", "sign on",
                                            "signon", NULL};

static size_t find_any(const char *s, size_t from, size_t to,
                       const char *const *words)
{
	size_t best = PROSE_NONE, i, at;

	for (i = 0; words[i]; i++) {
		at = prose_find_word(s, from, to, words[i]);
		if (at < best)
			best = at;
	}
	return best;
}

/* The last word in s[from, to) starting with one of the words. */
static size_t find_last_any(const char *s, size_t from, size_t to,
                            const char *const *words)
{
	size_t i, k;

	for (i = to; i > from; i--)
		for (k = 0; words[k]; k++)
			if (prose_word_starts(s, to, i - 1, words[k]))
				return i - 1;
	return PROSE_NONE;
}

static size_t skip_spaces(const char *s, size_t to, size_t i)
{
	while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	return i;
}

/* True when s[from, to) is only a range dash ("–", "—", "--", "-", "to")
 * between spaces: the amount after it is the high end of a range. */
static bool only_range_dash(const char *s, size_t from, size_t to)
{
	from = skip_spaces(s, to, from);
	if (to - from >= 3 && ((unsigned char)s[from] == 0xE2) &&
	    (memcmp(s + from, "–", 3) == 0 || memcmp(s + from, "—", 3) == 0))
		from += 3;
	else if (to - from >= 2 && s[from] == '-' && s[from + 1] == '-')
		from += 2;
	else if (to - from >= 1 && s[from] == '-')
		from += 1;
	else if (to - from >= 2 && prose_word_is(s, to, from, "to"))
		from += 2;
	else
		return false;
	return skip_spaces(s, to, from) == to;
}

/* The money amounts in s[from, to), percentages and the high ends of
 * ranges left out (an ask written as a range counts as its low end). */
static void collect(const char *s, size_t from, size_t to, struct amounts *a)
{
	struct money_token tok;
	size_t pos = from, prev_end = PROSE_NONE;

	a->count = 0;
	while (a->count < MAX_AMOUNTS && money_scan_next(s, to, &pos, &tok)) {
		if (tok.is_percent)
			continue;
		if (prev_end != PROSE_NONE && only_range_dash(s, prev_end, tok.start)) {
			prev_end = tok.end;
			continue;
		}
		prev_end = tok.end;
		a->value[a->count] = tok.value;
		a->currency[a->count] = tok.currency;
		a->count++;
	}
}

static size_t bands_with_numbers(const struct guide *g)
{
	size_t i, n = 0;

	for (i = 0; i < g->band_count; i++)
		n += band_has_numbers(&g->bands[i]);
	return n;
}

/* Give each amount to the next band with numbers in its currency.  A
 * band whose ask came from the front matter still takes its amount (so
 * that the order stays right) but keeps its value. */
static void assign(struct guide *g, const struct amounts *a, bool is_floor,
                   enum ask_field field)
{
	bool used[GUIDE_MAX_BANDS] = {false};
	size_t nb = g->band_count < GUIDE_MAX_BANDS ? g->band_count
	                                             : GUIDE_MAX_BANDS;
	size_t numbered = bands_with_numbers(g), i, b;

	for (i = 0; i < a->count; i++) {
		const char *code = a->currency[i].code;

		for (b = 0; b < nb; b++) {
			struct band *band = &g->bands[b];

			if (used[b] || !band_has_numbers(band))
				continue;
			/* An amount without a currency fits only a guide with
			 * a single band that has numbers. */
			if (code[0] ? strcmp(code, band->currency.code) == 0
			            : numbered == 1)
				break;
		}
		if (b >= nb)
			continue;
		used[b] = true;
		struct band *band = &g->bands[b];
		struct ask *ask = is_floor ? &band->floor : &band->target;
		bool locked = is_floor ? band->floor_from_front_matter
		                       : band->target_from_front_matter;

		if (locked)
			continue;
		if (field == FIELD_BASE)
			ask->base = a->value[i];
		else if (field == FIELD_EQUITY)
			ask->equity = a->value[i];
		else
			ask->sign_on = a->value[i];
	}
}

/* Read base and equity amounts from one clause; true when any. */
static bool read_clause(struct guide *g, const char *s, size_t from,
                        size_t to, bool is_floor)
{
	struct amounts base, equity;
	size_t b = prose_find_whole_word(s, from, to, "base");
	size_t e, start = from;

	base.count = equity.count = 0;
	if (b != PROSE_NONE) {
		/* "E equity and B base": the base list starts after the
		 * last equity word before "base". */
		e = find_last_any(s, from, b, equity_words);
		if (e != PROSE_NONE) {
			start = e;
			while (start < b && prose_word_char(s[start]))
				start++;
		}
		collect(s, start, b, &base);
		e = find_any(s, b + 4, to, equity_words);
		if (e != PROSE_NONE)
			collect(s, b + 4, e, &equity);
	} else {
		e = find_any(s, from, to, equity_words);
		if (e != PROSE_NONE)
			collect(s, from, e, &equity);
	}
	if (base.count == 0 && equity.count == 0)
		return false;
	assign(g, &base, is_floor, FIELD_BASE);
	assign(g, &equity, is_floor, FIELD_EQUITY);
	return true;
}

/* Find the first sentence with one of the words that yields amounts.
 * When the sentence also names the other kind (an ask and a floor in
 * one sentence), only this kind's part of it is read. */
static bool read_first(struct guide *g, const char *s, size_t len,
                       const char *const *words, const char *const *other,
                       bool is_floor)
{
	size_t a = 0, z, k, o;

	for (; a < len; a = z) {
		z = prose_sentence_end(s, len, a);
		k = find_any(s, a, z, words);
		if (k == PROSE_NONE)
			continue;
		o = find_any(s, a, z, other);
		if (o != PROSE_NONE && o > k) {
			if (read_clause(g, s, a, o, is_floor))
				return true;
		} else if (o != PROSE_NONE) {
			if (read_clause(g, s, k, z, is_floor))
				return true;
		} else if (read_clause(g, s, a, z, is_floor)) {
			return true;
		}
	}
	return false;
}

/* "a signing bonus of S1 / S2": the amounts listed right after the
 * keyword, joined by slashes. */
static void read_sign_on(struct guide *g, const char *s, size_t len)
{
	size_t k = find_any(s, 0, len, sign_on_words), z, pos, gap;
	size_t prev_end = PROSE_NONE;
	struct money_token tok;
	struct amounts a;

	if (k == PROSE_NONE)
		return;
	z = prose_sentence_end(s, len, k);
	a.count = 0;
	pos = k;
	while (a.count < MAX_AMOUNTS && money_scan_next(s, z, &pos, &tok)) {
		if (tok.is_percent)
			break;
		if (prev_end != PROSE_NONE) {
			/* Only " / " may stand between two of the amounts. */
			gap = skip_spaces(s, tok.start, prev_end);
			if (gap >= tok.start || s[gap] != '/' ||
			    skip_spaces(s, tok.start, gap + 1) != tok.start)
				break;
		} else if (tok.start - k > SIGN_ON_REACH) {
			break;
		}
		a.value[a.count] = tok.value;
		a.currency[a.count] = tok.currency;
		a.count++;
		prev_end = tok.end;
	}
	assign(g, &a, false, FIELD_SIGN_ON);
}

bool strategy_apply(struct guide *g, const char *text, size_t len)
{
	bool ask, floor;

	if (!g || !text)
		return false;
	ask = read_first(g, text, len, ask_words, floor_words, false);
	floor = read_first(g, text, len, floor_words, ask_words, true);
	if (ask)
		read_sign_on(g, text, len);
	return ask || floor;
}
