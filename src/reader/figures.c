/* figures.c - the ask, the floor and the company's counter, read from the
 * prose of a guide, each figure with its line and sentence.
 *
 * A paragraph becomes tokens (prose_scan.c) and sentences.  Walking a
 * sentence left to right, cue words set the side the following amounts
 * are on: an ask ("targeting", "open at", "push for", "I need"), a floor
 * ("accept at", "floor", "walk away below", "minimum"), the company's
 * counter ("X will counter at"), or a reference that is never a figure
 * (a competing offer, what the market pays, an initial offer, anything
 * inside an "if" clause).  Each amount takes the part word written next
 * to it ("$205K base", "a base of $185K", "RSUs at $180K/4yr", "15%
 * bonus", "$240K TC"), else the part of the amount before it, else the
 * part its size fits; and the region its scope names ("for London",
 * "(NYC)", "In Singapore, ..."), else the first band of its currency.
 * Template placeholders ("$[X]K") take their place and give nothing.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"
#include "lexicon.h"
#include "negotiator/region.h"
#include "negotiator/text.h"
#include "prose.h"
#include "prose_scan.h"

/* How many words a part may stand from its amount ("$95K phantom
 * equity", "$330,000 in PD RSUs"). */
#define PART_REACH 3
/* A guide's region names and aliases worth looking for in its prose. */
#define MAX_ALIASES 256
/* Candidates kept per guide: far more than any guide states. */
#define MAX_CANDIDATES 4096
/* How far after an amount a cue that comes late may stand ("$240K base is
 * my target"). */
#define LOOKAHEAD 24
/* A " / " list of amounts longer than this is no list of regions. */
#define MAX_LIST 16
/* A per-year equity figure is this many years of grant unless the
 * sentence says otherwise. */
#define DEFAULT_VEST_YEARS 4

/* SIDE_REF (an offer, a condition) and SIDE_MARKET (what the market
 * pays) are never figures; a colon in the strategy may end the second
 * ("To align with market rates: a base of ..."), not the first. */
enum side {
	SIDE_UNSET = -1,
	SIDE_ASK,
	SIDE_FLOOR,
	SIDE_COUNTER,
	SIDE_REF,
	SIDE_MARKET,
	SIDE_SUM,     /* a cue only: the side of the figures before it */
	SIDE_ARGUMENT /* a figure the candidate argues with: never a figure */
};
#define SIDE_COUNT 3 /* the sides that are figures */

/* Parts, and a few more: OTHER is a figure of something else (a refresh,
 * a budget, a price), which the amount is then not. */
enum part_kind {
	P_NONE = -1,
	P_BASE = ASK_BASE,
	P_EQUITY = ASK_EQUITY,
	P_SIGN_ON = ASK_SIGN_ON,
	P_BONUS = ASK_BONUS,
	P_TOTAL = ASK_TOTAL,
	P_OTHER = ASK_PART_COUNT
};

struct alias {
	char text[64];
	size_t len;
	int band;
	bool exact_case; /* short ones: "LA" is a city, "la" is not */
};

struct candidate {
	int band, side, part, rank;
	size_t order;
	bool scoped; /* its region named in the text, not by its currency */
	struct figure fig;
};

struct figures {
	struct guide *g;
	struct alias aliases[MAX_ALIASES];
	size_t alias_count;
	struct candidate *cands;
	size_t cand_count, cand_cap, order;
	bool yen_is_cny;
	/* The region a clause ending in ';' scoped ("For New York, start at
	 * $X; accept no lower than $Y"), for the next clause; -1. */
	int clause_scope;
	uint64_t clause_scope_also;
	currency_t krona; /* what "kr" is in this guide; "" when unknown */
	const char *place[GUIDE_MAX_BANDS]; /* region_currency() of each band */

	/* The block being read. */
	enum figures_block kind;
	const struct band *block_region;
	int carry_side;     /* the side the last sentence ended on */
	int block_side;     /* the side of the block's last figure */
	size_t block_first; /* the first candidate read in the block */
	int last_part;      /* the last part named in the block */
	int lead_part;      /* the part of the last sentence's first figure */
	int side_lead[SIDE_COUNT]; /* that part, of the last sentence whose
	                              first figure was on each side */
	char block_currency[4];    /* the last currency the block wrote */

	/* The strategy: where it starts, and whether its amounts gave any
	 * figure (for the "could not read" finding). */
	int strategy_line;
	bool strategy_amounts, strategy_figures;
};

/* One amount of a sentence, as the walk sees it. */
struct slot {
	size_t tok; /* index of the amount token */
	int side;
	int part;
	bool part_weak;   /* from the amount before it, or its size */
	bool strong;      /* a part word next to it */
	int band;         /* -1: not scoped yet */
	uint64_t also;    /* more bands the same scope names */
	bool scoped;      /* band set by a region named in the text */
	bool dropped;     /* a relative figure, a conversion, a price */
	bool grant_years; /* "over 4 years", "/4yr" next to it */
	int years;
	int total_years; /* a total of this many years ("$1.2M over four years
	                    in total comp"): not the yearly total */
	bool per_year;
	bool per_month; /* "SEK 45K/mo", "$12K a month" */
	int split;      /* sign-on year 1 or 2 */
	double shares;  /* "1,500 RSUs" this is the price of, else 0 */
};

/* --- small word helpers -------------------------------------------------- */

/* The longest word the lexicon compares ("profit-sharing"), and room. */
#define WORD_MAX 24

/* A paragraph's tokens, with what is worked out once per token: each
 * word in lower case, and (on first need) the cue and the part that
 * start there.  A sentence is a range of them. */
struct para {
	char (*lower)[WORD_MAX]; /* "" for tokens that are not words */
	signed char *cue, *part; /* MEMO_UNKNOWN until worked out */
	unsigned char *cue_span, *part_span;
};

#define MEMO_UNKNOWN (-100)

struct sent {
	const char *s;
	const struct ptok *t;
	size_t a, z; /* tokens of the sentence: [a, z) */
	const struct para *p;
};

static bool is_word(const struct sent *x, size_t i, const char *w)
{
	return i >= x->a && i < x->z && x->p->lower[i][0] == w[0] &&
	       strcmp(x->p->lower[i], w) == 0;
}

static bool starts(const struct sent *x, size_t i, const char *w)
{
	return i >= x->a && i < x->z && x->p->lower[i][0] == w[0] &&
	       strncmp(x->p->lower[i], w, strlen(w)) == 0;
}

static struct para para_new(const char *s, const struct ptok *t, size_t n)
{
	struct para p;
	size_t i, k, m = n ? n : 1;

	p.lower = xcalloc(m, sizeof *p.lower);
	p.cue = xmalloc(m);
	p.part = xmalloc(m);
	p.cue_span = xcalloc(m, 1);
	p.part_span = xcalloc(m, 1);
	memset(p.cue, MEMO_UNKNOWN, m);
	memset(p.part, MEMO_UNKNOWN, m);
	for (i = 0; i < n; i++) {
		size_t len = t[i].end - t[i].start;

		/* Longer words are in no list: they stay "". */
		if (t[i].kind != PTOK_WORD || len >= WORD_MAX)
			continue;
		for (k = 0; k < len; k++) {
			char c = s[t[i].start + k];

			p.lower[i][k] = c >= 'A' && c <= 'Z'
			                        ? (char)(c - 'A' + 'a')
			                        : c;
		}
	}
	return p;
}

static void para_free(struct para *p)
{
	free(p->lower);
	free(p->cue);
	free(p->part);
	free(p->cue_span);
	free(p->part_span);
}

static bool is_punct(const struct sent *x, size_t i, char c)
{
	return i >= x->a && i < x->z && x->t[i].kind == PTOK_PUNCT &&
	       x->t[i].punct == c;
}

static bool is_amount(const struct sent *x, size_t i)
{
	return i >= x->a && i < x->z && x->t[i].kind == PTOK_AMOUNT;
}

/* Any of a NULL-terminated list of words at i. */
static bool is_any(const struct sent *x, size_t i, const char *const *w)
{
	for (; *w; w++)
		if (is_word(x, i, *w))
			return true;
	return false;
}

/* The words of a phrase ("walk away") at i; their count, or 0.  With
 * last_prefix, the last word need only start with the phrase's ("per
 * year" at "per years"). */
static size_t phrase_at(const struct sent *x, size_t i, const char *p,
                        bool last_prefix)
{
	size_t e, n = 0, k;
	const char *w;

	/* Most words are not the phrase's first: the token's own lower-case
	 * text says so at once (the lexicon's matcher decides the rest). */
	if (i < x->a || i >= x->z)
		return 0;
	w = x->p->lower[i];
	for (k = 0; p[k] && p[k] != ' '; k++)
		if (w[k] != p[k])
			return 0;
	if (w[k] && !(last_prefix && !p[k]))
		return 0;
	e = lexicon_phrase_end(x->s, x->t[x->z - 1].end, x->t[i].start, p,
	                       last_prefix);
	if (!e)
		return 0;
	/* The tokens the words cover: whole words of the lexicon's length
	 * each, the last one whole too unless the row is a prefix. */
	for (; i + n < x->z; n++) {
		const struct ptok *t = &x->t[i + n];

		if (t->kind != PTOK_WORD || !x->p->lower[i + n][0] ||
		    t->start >= e)
			return 0;
		if (t->end >= e)
			return t->end == e || last_prefix ? n + 1 : 0;
	}
	return 0;
}

static size_t phrase(const struct sent *x, size_t i, const char *p)
{
	return phrase_at(x, i, p, false);
}

static bool capitalised(const struct sent *x, size_t i)
{
	char c;

	if (i < x->a || i >= x->z || x->t[i].kind != PTOK_WORD)
		return false;
	c = x->s[x->t[i].start];
	return (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0xC0;
}

/* An all-capitals short word: a ticker or an abbreviation ("PD", "AVGO"). */
static bool all_caps(const struct sent *x, size_t i)
{
	size_t k;

	if (i < x->a || i >= x->z || x->t[i].kind != PTOK_WORD ||
	    x->t[i].end - x->t[i].start > 5)
		return false;
	for (k = x->t[i].start; k < x->t[i].end; k++)
		if (!(x->s[k] >= 'A' && x->s[k] <= 'Z'))
			return false;
	return true;
}

/* --- regions ------------------------------------------------------------- */

static void add_alias(struct figures *f, const char *s, size_t n, int band)
{
	struct alias *a;
	size_t k;

	while (n > 0 && (*s == ' ' || *s == ','))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	if (n < 2 || n >= sizeof f->aliases[0].text ||
	    f->alias_count >= MAX_ALIASES)
		return;
	for (k = 0; k < f->alias_count; k++)
		if (f->aliases[k].len == n && f->aliases[k].band == band &&
		    memcmp(f->aliases[k].text, s, n) == 0)
			return;
	a = &f->aliases[f->alias_count++];
	memcpy(a->text, s, n);
	a->text[n] = '\0';
	a->len = n;
	a->band = band;
	a->exact_case = n <= 3;
}

struct alias_ctx {
	struct figures *f;
	int band;
};

static void alias_cb(const char *s, size_t n, void *ctx)
{
	struct alias_ctx *c = ctx;

	add_alias(c->f, s, n, c->band);
}

/* A name of the band and its short forms: "San Francisco, CA (HQ)" is
 * also "San Francisco, CA", "San Francisco" and "SF"; "Remote US / Other
 * US" is "Remote US" and "Other US". */
static void band_aliases(struct figures *f, int band)
{
	const char *r = f->g->bands[band].region, *p, *q;
	char name[128];
	struct alias_ctx ctx = {f, band};

	if (!r)
		return;
	add_alias(f, r, strlen(r), band);
	for (p = r; *p; p = *q ? q + 1 : q) {
		size_t n = 0, k;

		q = p;
		while (*q && *q != '/')
			q++;
		/* The piece without parentheses. */
		for (k = 0; p + k < q && n + 1 < sizeof name; k++) {
			if (p[k] == '(') {
				while (p + k < q && p[k] != ')')
					k++;
				continue;
			}
			name[n++] = p[k];
		}
		name[n] = '\0';
		text_squeeze(name);
		add_alias(f, name, strlen(name), band);
		region_aliases(name, alias_cb, &ctx);
		/* "Brookfield WI", "Purchase NY": the place without its
		 * state's two capitals. */
		n = strlen(name);
		if (n > 4 && name[n - 3] == ' ' && name[n - 2] >= 'A' &&
		    name[n - 2] <= 'Z' && name[n - 1] >= 'A' &&
		    name[n - 1] <= 'Z') {
			/* and the place's own short forms: "New York NY" is
			 * "NYC" too */
			add_alias(f, name, n - 3, band);
			name[n - 3] = '\0';
			region_aliases(name, alias_cb, &ctx);
			name[n - 3] = ' ';
		}
		/* "Detroit, MI": the city alone. */
		if (strchr(name, ',')) {
			size_t c = (size_t)(strchr(name, ',') - name);

			add_alias(f, name, c, band);
			name[c] = '\0';
			region_aliases(name, alias_cb, &ctx);
		}
	}
}

/* Does the band's name hold word w (case aside) as a word of its own? */
static bool name_has_word(const char *region, const char *w, size_t n)
{
	for (const char *p = region; *p; p++) {
		size_t k;

		if (p > region && prose_word_char(p[-1]))
			continue;
		for (k = 0; k < n && p[k] && (p[k] | 0x20) == (w[k] | 0x20);
		     k++)
			;
		if (k == n && !prose_word_char(p[n]))
			return true;
	}
	return false;
}

/* "remote", "for remote", "US remote", "remote UK", "US-remote": the
 * band whose name says remote, the one whose name also holds the word
 * beside it ("UK") when there are several; its token count in *span.
 * -1 when the guide has no remote band. */
static int remote_band(const struct figures *f, const struct sent *x, size_t i,
                       size_t *span)
{
	const struct ptok *t = &x->t[i];
	const char *w = x->p->lower[i];
	int first = -1, pick = -1;
	size_t n = strlen(w);
	/* The qualifier: the other half of "us-remote"/"remote-us", else
	 * the capitalised word just before or after. */
	const char *q = NULL;
	size_t qn = 0, used = 1;

	if (t->kind != PTOK_WORD)
		return -1;
	if (n > 7 && memcmp(w + n - 7, "-remote", 7) == 0)
		q = w, qn = n - 7;
	else if (n > 7 && memcmp(w, "remote-", 7) == 0)
		q = w + 7, qn = n - 7;
	else if (strcmp(w, "remote") != 0)
		return -1;
	for (size_t k = 0; k < f->g->band_count; k++) {
		const char *r = f->g->bands[k].region;

		if (!r || !str_icase_find(r, "remote"))
			continue;
		if (first < 0)
			first = (int)k;
		if (q && qn && name_has_word(r, q, qn) && pick < 0)
			pick = (int)k;
		if (!q && pick < 0) {
			if (all_caps(x, i + 1) &&
			    name_has_word(r, x->s + x->t[i + 1].start,
			                  x->t[i + 1].end -
			                          x->t[i + 1].start)) {
				pick = (int)k;
				used = 2;
			} else if (i > x->a && all_caps(x, i - 1) &&
			           name_has_word(r, x->s + x->t[i - 1].start,
			                         x->t[i - 1].end -
			                                 x->t[i - 1].start)) {
				pick = (int)k;
			}
		}
	}
	if (pick < 0 && first < 0)
		return -1;
	*span = pick >= 0 ? used : 1;
	return pick >= 0 ? pick : first;
}

/* The band whose name or alias the words at i name; their token count
 * in *span.  -1 when none. */
static int region_at(const struct figures *f, const struct sent *x, size_t i,
                     size_t *span)
{
	size_t k, best = 0;
	int band = -1;

	if (i >= x->z || x->t[i].kind != PTOK_WORD)
		return -1;
	for (k = 0; k < f->alias_count; k++) {
		const struct alias *a = &f->aliases[k];
		size_t j = i, pos = 0, words = 0;

		/* Match the alias word by word against the tokens. */
		while (pos < a->len && j < x->z) {
			const struct ptok *t = &x->t[j];
			size_t n = t->end - t->start, q;

			if (t->kind == PTOK_PUNCT &&
			    (t->punct == ',' || t->punct == '.') &&
			    a->text[pos] == t->punct) {
				pos++;
			} else if (t->kind == PTOK_WORD ||
			           t->kind == PTOK_NUMBER) {
				if (n > a->len - pos)
					break;
				for (q = 0; q < n; q++) {
					char c1 = x->s[t->start + q],
					     c2 = a->text[pos + q];

					if (a->exact_case ? c1 != c2
					                  : (c1 | 0x20) !=
					                            (c2 | 0x20))
						break;
				}
				if (q < n)
					break;
				pos += n;
				words++;
			} else {
				break;
			}
			j++;
			while (pos < a->len && a->text[pos] == ' ')
				pos++;
		}
		if (pos == a->len && words > 0 && j - i > best) {
			/* A lower-case common word is not a place ("remote"
			 * aside, below), unless it names markets: "for
			 * secondary markets" is the band "Atlanta /
			 * Secondary". */
			if (!capitalised(x, i) && !a->exact_case &&
			    !(words == 1 && (is_word(x, j, "markets") ||
			                     is_word(x, j, "market"))))
				continue;
			best = j - i;
			band = a->band;
		}
	}
	if (band < 0)
		band = remote_band(f, x, i, &best);
	*span = best;
	return band;
}

/* "for secondary markets", "in other US locations": a scope that names
 * places that are not a band, so its amounts belong to no band. */
static bool foreign_scope(const struct sent *x, size_t i)
{
	static const char *const adj[] = {
		"secondary",     "tier",     "tier-2",     "tier-3",
		"other",         "smaller",  "lower-cost", "low-cost",
		"international", "regional", "satellite",  "lower",
		"non-hq",        "remote",   NULL};
	static const char *const noun[] = {
		"markets", "market",     "locations", "location",
		"cities",  "city",       "offices",   "office",
		"hubs",    "regions",    "geos",      "areas",
		"roles",   "candidates", "positions", NULL};
	size_t k;

	if (!is_any(x, i, adj))
		return false;
	for (k = i + 1; k < i + 4 && k < x->z; k++)
		if (is_any(x, k, noun))
			return true;
	return false;
}

/* --- cues ---------------------------------------------------------------- */

static int part_at(const struct sent *x, size_t i, size_t *span);

/* The side the word at i sets, and how many words the cue spans.
 * SIDE_UNSET when it is not a cue. */
static int cue_word_at(const struct sent *x, size_t i, size_t *span);

/* cue_word_at, worked out once per token. */
static int cue_at(const struct sent *x, size_t i, size_t *span)
{
	struct para *p = (struct para *)(uintptr_t)x->p;

	*span = 1;
	if (i < x->a || i >= x->z || x->t[i].kind != PTOK_WORD)
		return SIDE_UNSET;
	if (p->cue[i] == MEMO_UNKNOWN) {
		size_t sp;

		p->cue[i] = (signed char)cue_word_at(x, i, &sp);
		p->cue_span[i] = (unsigned char)sp;
	}
	*span = p->cue_span[i];
	return p->cue[i];
}

/* --- the lexicon (lexicon.h) -------------------------------------------- */

/* A guard's answer that its row does not apply here. */
#define LEX_PASS (-99)

/* A row's guard: the role the row gives at i (role, another, or
 * LEX_PASS); it may change *span, the words the match covers. */
typedef int (*lex_guard)(const struct sent *x, size_t i, int role,
                         size_t *span);

struct lex_row {
	bool prefix; /* P: one word starting with text; W: whole words */
	const char *text;
	int role;
	lex_guard guard;
};

/* The first row of table[0, n) that applies at i: its role, and the
 * words it covers in *span.  none when no row does. */
static int lexicon_match(const struct lex_row *table, size_t n,
                         const struct sent *x, size_t i, size_t *span, int none)
{
	*span = 1;
	if (i >= x->z || x->t[i].kind != PTOK_WORD)
		return none;
	for (size_t r = 0; r < n; r++) {
		const struct lex_row *row = &table[r];
		size_t words;

		/* Most rows start with another letter: one byte says so. */
		if (row->text[0] != x->p->lower[i][0])
			continue;
		words = phrase_at(x, i, row->text, row->prefix);
		int role;

		if (!words)
			continue;
		*span = words;
		role = row->guard ? row->guard(x, i, row->role, span)
		                  : row->role;
		if (role != LEX_PASS)
			return role;
		*span = 1;
	}
	return none;
}

/* The condition words at i (LEXICON_CONDITION): CONDW_IF, CONDW_HEAD
 * or 0. */
enum { CONDW_IF = 1, CONDW_HEAD };
#define LEX_COND_ROW(match, text, role, guard)                                 \
	{(#match)[0] == 'P', text, CONDW_##role, guard},
static const struct lex_row lex_conditions[] = {
	LEXICON_CONDITION(LEX_COND_ROW)};

/* The role of the row of a table (of guard-less rows) at i, or 0. */
static int table_role(const struct lex_row *t, size_t n, const struct sent *x,
                      size_t i)
{
	size_t span;

	return lexicon_match(t, n, x, i, &span, 0);
}
#define TABLE_AT(t, x, i) table_role(t, sizeof t / sizeof *t, x, i)

static int condition_at(const struct sent *x, size_t i)
{
	return TABLE_AT(lex_conditions, x, i);
}
static bool condition_opens(const struct sent *x, size_t i);
static bool usual_counter_at(const struct sent *x, size_t i);

/* The relative words at i (LEXICON_RELATIVE): RELW_AFTER, RELW_BEFORE or
 * both bits, or 0. */
enum { RELW_AFTER = 1, RELW_BEFORE = 2, RELW_BOTH = 3 };
#define LEX_REL_ROW(match, text, role, guard)                                  \
	{(#match)[0] == 'P', text, RELW_##role, guard},
static const struct lex_row lex_relative[] = {LEXICON_RELATIVE(LEX_REL_ROW)};

static int relative_at(const struct sent *x, size_t i)
{
	return TABLE_AT(lex_relative, x, i);
}

/* "counter": the company's ("they will counter at"), a reference ("if
 * they counter"), or the candidate's ask ("counter at $210K"). */
static int guard_counter(const struct sent *x, size_t i, int role, size_t *span)
{
	static const char *const modal[] = {
		"will",      "would",     "may",      "might",    "likely",
		"typically", "usually",   "often",    "expect",   "expected",
		"could",     "generally", "probably", "normally", "tends",
		"tend",      "should",    NULL};
	static const char *const verdict[] = {
		"competitive", "typical",  "standard", "reasonable",
		"realistic",   "expected", "likely",   "common",
		"best",        "fair",     "strong",   "acceptable",
		"good",        "solid",    NULL};
	size_t k, from = i > x->a + 3 ? i - 3 : x->a;

	(void)span;
	if (starts(x, i, "counteroffer") || starts(x, i, "counter-offer"))
		return SIDE_UNSET;
	for (k = from; k < i; k++)
		if (usual_counter_at(x, k))
			return SIDE_COUNTER;
	for (k = from; k < i; k++)
		if (condition_opens(x, k))
			return SIDE_REF;
	for (k = from; k < i; k++)
		if (is_any(x, k, modal))
			return SIDE_COUNTER;
	/* "Counter at $130K-$150K equity is competitive." */
	if (i == x->a || (i == x->a + 1 && x->t[x->a].kind == PTOK_PUNCT))
		for (k = i + 1; k < x->z; k++)
			if (is_any(x, k, verdict))
				return SIDE_COUNTER;
	return role;
}

/* "adjusting the offer to $210K", "raise the offer to". */
static int guard_offer_raised(const struct sent *x, size_t i, int role,
                              size_t *span)
{
	static const char *const verbs[] = {"adjust", "raise", "increas",
	                                    "improv", "revis", "bring",
	                                    "mov",    NULL};

	(void)span;
	if (!is_word(x, i + 1, "to"))
		return LEX_PASS;
	for (const char *const *v = verbs; *v; v++)
		if (starts(x, i - 2, *v))
			return role;
	return LEX_PASS;
}

/* "current 409A", "currently priced": a price follows. */
static int guard_price_follows(const struct sent *x, size_t i, int role,
                               size_t *span)
{
	(void)span;
	return is_word(x, i + 1, "409a") || starts(x, i + 1, "price") ||
	                       starts(x, i + 1, "valuation") ||
	                       is_word(x, i + 1, "fmv") ||
	                       is_word(x, i + 1, "stock") ||
	                       is_word(x, i + 1, "share") ||
	                       starts(x, i + 1, "rate") ||
	                       is_word(x, i + 1, "exchange")
	               ? role
	               : LEX_PASS;
}

/* "Google adds $40K" is another's; "and adding" goes on with the ask. */
static int guard_adds(const struct sent *x, size_t i, int role, size_t *span)
{
	(void)span;
	return is_word(x, i - 1, "and") || is_word(x, i - 1, "by") ||
	                       is_word(x, i - 1, "while") ||
	                       is_punct(x, i - 1, ',')
	               ? SIDE_UNSET
	               : role;
}

static int guard_not_base_pay(const struct sent *x, size_t i, int role,
                              size_t *span)
{
	(void)span;
	return is_word(x, i - 1, "base") || is_word(x, i - 1, "cash") ? LEX_PASS
	                                                              : role;
}

/* "cliff" after a span of time ("a one-year cliff", "a 1-year cliff
 * acceleration clause", "a 12 month cliff") names a vesting term, not
 * equity held or forfeited: no cue. */
static int guard_cliff(const struct sent *x, size_t i, int role, size_t *span)
{
	static const char *const spans[] = {"year", "month", "yr", NULL};
	const char *w = i > x->a ? x->p->lower[i - 1] : "";
	size_t len = strlen(w);

	(void)span;
	for (const char *const *e = spans; *e; e++)
		if (len >= strlen(*e) && strcmp(w + len - strlen(*e), *e) == 0)
			return SIDE_UNSET;
	return role;
}

/* A guarantee asked for, a few words before in the clause ("a two-year
 * guaranteed compensation floor of $500K", "a written guarantee that my
 * bonus will be at minimum 35% of base"): the level guaranteed is an
 * ask, not the accept-at floor.  A conjunction between says another
 * thing ("a guaranteed bonus and a floor of $200K base"). */
static bool guarantee_before(const struct sent *x, size_t i)
{
	static const char *const joins[] = {"and",  "or",   "but",
	                                    "with", "plus", NULL};

	for (size_t k = i; k > x->a && k + 9 > i; k--) {
		if (starts(x, k - 1, "guarantee"))
			return true;
		if (is_any(x, k - 1, joins) ||
		    (x->t[k - 1].kind == PTOK_PUNCT &&
		     (is_punct(x, k - 1, ',') || is_punct(x, k - 1, ';') ||
		      is_punct(x, k - 1, ':') || is_punct(x, k - 1, '-'))))
			return false;
	}
	return false;
}

static int guard_bonus_floor(const struct sent *x, size_t i, int role,
                             size_t *span)
{
	(void)span;
	return is_word(x, i - 1, "bonus") || guarantee_before(x, i) ? role
	                                                            : LEX_PASS;
}

static bool grant_words_after(const struct sent *x, size_t k, int *years);

/* An amount just before i with only its grant's years between ("$475K/4yr
 * minimum", "$300K (4yr) minimum"). */
static bool amount_years_before(const struct sent *x, size_t i)
{
	int years;

	for (size_t j = i - 1, gap = 0; j > x->a && gap < 4; j--, gap++) {
		const struct ptok *t = &x->t[j];
		const char *w = x->s + t->start;

		if (is_amount(x, j - 1))
			return grant_words_after(x, j - 1, &years);
		if (t->kind == PTOK_WORD && !(w[0] >= '1' && w[0] <= '9') &&
		    !starts(x, j, "yr") && !starts(x, j, "year"))
			return false;
	}
	return false;
}

/* "minimum": a floor, but a guaranteed minimum bonus is to ask for, and
 * "€80K base minimum", "$475K/4yr minimum" qualify the figure before it. */
static int guard_minimum(const struct sent *x, size_t i, int role, size_t *span)
{
	size_t sp;

	(void)span;
	if (guarantee_before(x, i) || starts(x, i + 1, "guarantee"))
		return SIDE_UNSET;
	if (is_amount(x, i - 1) || amount_years_before(x, i) ||
	    (i > x->a && x->t[i - 1].kind == PTOK_NUMBER) ||
	    (i >= x->a + 2 && is_amount(x, i - 2) &&
	     part_at(x, i - 1, &sp) != P_NONE))
		return SIDE_UNSET;
	return role;
}

/* "ready to accept", "accept immediately": a promise, not a floor. */
static int guard_accept(const struct sent *x, size_t i, int role, size_t *span)
{
	static const char *const glad[] = {"ready", "happy", "excited",
	                                   "delighted", NULL};

	(void)span;
	if (is_word(x, i - 1, "to") && is_any(x, i - 2, glad))
		return SIDE_UNSET;
	if (is_word(x, i + 1, "immediately") || is_word(x, i + 1, "today") ||
	    is_word(x, i + 1, "now"))
		return SIDE_UNSET;
	return role;
}

/* "bonus target", "target bonus" are a part, not a cue; but "Signing
 * bonus target: $20K" is the ask.  "Bonuses typically target 12-18% of
 * base" says what the firm usually pays: the market. */
static int guard_target(const struct sent *x, size_t i, int role, size_t *span)
{
	(void)span;
	if (is_word(x, i - 1, "bonus") && is_punct(x, i + 1, ':'))
		return role;
	if (is_word(x, i - 1, "typically") || is_word(x, i - 1, "usually"))
		return SIDE_MARKET;
	if (starts(x, i + 1, "bonus") || is_word(x, i - 1, "bonus") ||
	    (is_amount(x, i - 1) && x->t[i - 1].a.percent))
		return SIDE_UNSET;
	return role;
}

/* "anchor to the market" is a reference; "anchor at $210K" an ask. */
static int guard_anchor(const struct sent *x, size_t i, int role, size_t *span)
{
	(void)span;
	return is_word(x, i + 1, "to") || is_word(x, i + 1, "on") ||
	                       is_word(x, i + 1, "against") ||
	                       is_word(x, i + 1, "around")
	               ? SIDE_REF
	               : role;
}

/* "anchoring on the market", "anchoring on the $255K you earn" refer to
 * figures there are; "anchoring on a $155K base", "anchoring on
 * $195K-$210K base" bring in a new one: the ask. */
static int guard_anchor_on(const struct sent *x, size_t i, int role,
                           size_t *span)
{
	size_t k = i + *span;

	if (is_word(x, k, "a") || is_word(x, k, "an"))
		k++;
	/* "anchoring on $195K-$210K base": the amount is the ask */
	return is_amount(x, k) ? SIDE_ASK : role;
}

/* "the 75th percentile is $300K" is the market; "total comp at the 70th
 * percentile — $450K" says where the ask sits. */
static int guard_percentile(const struct sent *x, size_t i, int role,
                            size_t *span)
{
	(void)span;
	return i >= x->a + 3 && is_word(x, i - 2, "the") &&
	                       is_word(x, i - 3, "at")
	               ? LEX_PASS
	               : role;
}

/* "RSU grants at US-equivalent levels ($55K-$100K/year)", "at senior
 * levels": the level an ask is placed at, no market figure; "at" a few
 * words before, within the clause. */
static int guard_at_level(const struct sent *x, size_t i, int role,
                          size_t *span)
{
	(void)span;
	for (size_t k = i; k > x->a && k + 5 > i; k--) {
		if (is_word(x, k - 1, "at"))
			return LEX_PASS;
		if (x->t[k - 1].kind == PTOK_PUNCT && !is_punct(x, k - 1, '-'))
			break;
	}
	return role;
}

/* At the head of its clause only: "To join: $285K base". */
static int guard_clause_head(const struct sent *x, size_t i, int role,
                             size_t *span)
{
	(void)span;
	return i == x->a || x->t[i - 1].kind == PTOK_PUNCT ? role : LEX_PASS;
}

static bool clause_end(const struct sent *x, size_t i);

/* "I have an offer at $310K": a reference; "I have conviction in the
 * plan — and a $40K sign-on" holds no amount of its own before its
 * clause ends. */
static int guard_holds(const struct sent *x, size_t i, int role, size_t *span)
{
	for (size_t k = i + *span; k < x->z; k++) {
		if (is_amount(x, k))
			return role;
		if (clause_end(x, k) || is_punct(x, k, ';'))
			break;
	}
	return LEX_PASS;
}

/* "my $285K" (or "my current $285K", "my comp at $285K"): an amount of the
 * candidate's own at token k. */
static bool my_amount(const struct sent *x, size_t k)
{
	return is_word(x, k - 1, "my") || (k >= 2 && is_word(x, k - 2, "my")) ||
	       /* "my comp at $175K" */
	       (k >= 3 && is_word(x, k - 1, "at") && is_word(x, k - 3, "my"));
}

/* "My $285K total comp exceeds ...": a comparison after an amount of the
 * candidate's own in its clause makes it an argument. */
static int guard_argument(const struct sent *x, size_t i, int role,
                          size_t *span)
{
	(void)span;
	for (size_t k = i; k-- > x->a && !clause_end(x, k);)
		if (is_amount(x, k) && my_amount(x, k))
			return role;
	return LEX_PASS;
}

/* "the market pays $X" is the market's; "the GRC market growth" names
 * no pay. */
static int guard_market(const struct sent *x, size_t i, int role, size_t *span)
{
	static const char *const of_company[] = {
		"growth",   "share",          "leader",   "leadership",
		"position", "expansion",      "momentum", "opportunity",
		"cap",      "capitalization", NULL};

	(void)span;
	return is_any(x, i + 1, of_company) ? LEX_PASS : role;
}

#define LEX_CUE_ROW(match, text, role, guard)                                  \
	{(#match)[0] == 'P', text, SIDE_##role, guard},
static const struct lex_row lex_cues[] = {LEXICON_CUES(LEX_CUE_ROW)};

static int cue_word_at(const struct sent *x, size_t i, size_t *span)
{
	return lexicon_match(lex_cues, sizeof lex_cues / sizeof *lex_cues, x, i,
	                     span, SIDE_UNSET);
}

/* A weak ask cue: "should be", "must be", "needs to be"; it sets the
 * side only when nothing else in the sentence has. */
static bool weak_ask_at(const struct sent *x, size_t i)
{
	return (is_word(x, i, "should") || is_word(x, i, "must")) &&
	       is_word(x, i + 1, "be");
}

/* --- parts --------------------------------------------------------------- */

/* Kinds of bonus that are neither the yearly bonus nor a sign-on. */
static bool other_bonus(const struct sent *x, size_t i)
{
	static const char *const w[] = {
		"retention", "relocation", "completion",
		"milestone", "ipo",        "delivery",
		"referral",  "spot",       "one-time",
		"project",   "launch",     "integration",
		"deal",      "transition", "certification",
		"patent",    "hackathon",  "promotion",
		NULL};

	return is_any(x, i, w);
}

/* Words before "bonus" that still mean the yearly bonus. */
static const char *const standard_bonus[] = {
	"annual",    "performance", "target",     "yearly",        "guaranteed",
	"cash",      "year-end",    "first-year", "discretionary", "variable",
	"incentive", "bonus",       "sti",        "short-term",    NULL};

/* Token i opens the sentence (after quotes or emphasis marks). */
static bool sentence_start(const struct sent *x, size_t i)
{
	for (size_t k = x->a; k < i; k++)
		if (x->t[k].kind != PTOK_PUNCT)
			return false;
	return true;
}

static int part_word_at(const struct sent *x, size_t i, size_t *span);

/* The part the words at i name, and their count in *span; P_NONE.
 * Two parts joined by '/' ("equity/bonus valued at $80K/year") are
 * both at once: neither (P_OTHER). */
static int part_at(const struct sent *x, size_t i, size_t *span)
{
	struct para *m = (struct para *)(uintptr_t)x->p;
	int p, q;
	size_t sp2;

	*span = 1;
	if (i < x->a || i >= x->z || x->t[i].kind != PTOK_WORD)
		return P_NONE;
	if (m->part[i] != MEMO_UNKNOWN) {
		*span = m->part_span[i];
		return m->part[i];
	}
	p = part_word_at(x, i, span);
	if (p != P_NONE && p != P_OTHER && is_punct(x, i + *span, '/') &&
	    (q = part_word_at(x, i + *span + 1, &sp2)) != P_NONE && q != p) {
		*span += 1 + sp2;
		p = P_OTHER;
	}
	m->part[i] = (signed char)p;
	m->part_span[i] = (unsigned char)*span;
	return p;
}

/* "first-year comp", "annual package": a yearly total. */
static int guard_yearly_before(const struct sent *x, size_t i, int role,
                               size_t *span)
{
	static const char *const yearly[] = {
		"first-year", "year-one", "year-1", "annual",
		"effective",  "yearly",   NULL};

	(void)span;
	return is_any(x, i - 1, yearly) ? role : LEX_PASS;
}

/* "total" alone, not "total equity", "total RSU", "total bonus". */
static int guard_total_alone(const struct sent *x, size_t i, int role,
                             size_t *span)
{
	static const char *const parts[] = {"equity", "rsu",    "bonus", "cash",
	                                    "grant",  "option", "stock", NULL};

	(void)span;
	for (const char *const *w = parts; *w; w++)
		if (starts(x, i + 1, *w))
			return LEX_PASS;
	return role;
}

/* "signing bonus" read at "bonus": a sign-on ("bonus target" with it). */
static int guard_signing_before(const struct sent *x, size_t i, int role,
                                size_t *span)
{
	if (!(is_word(x, i - 1, "signing") || starts(x, i - 1, "sign-on") ||
	      is_word(x, i - 1, "joining") || is_word(x, i - 1, "hiring")))
		return LEX_PASS;
	*span = phrase(x, i, "bonus target") ? 2 : 1;
	return role;
}

/* A bonus of another kind ("retention bonus"), or a company's program
 * ("the Regional Sovereign bonus"): not the yearly bonus. */
/* A percent right after "bonus" ("of 10-15%", "at 12%"). */
static bool percent_bonus_after(const struct sent *x, size_t i)
{
	if (is_word(x, i, "of") || is_word(x, i, "at"))
		i++;
	return is_amount(x, i) && x->t[i].a.percent;
}

static int guard_other_bonus(const struct sent *x, size_t i, int role,
                             size_t *span)
{
	size_t k;

	(void)span;
	/* "a program delivery bonus of 12% of base": a bonus in percent is
	 * the yearly bonus, whatever it is named after. */
	if (other_bonus(x, i - 1))
		return percent_bonus_after(x, i + 1) ? role : P_OTHER;
	/* "a guaranteed Year 1 Efficiency-Impact bonus": a name after a
	 * word of the yearly bonus is still the yearly bonus. */
	for (k = i - 1; k > x->a && k + 4 > i; k--)
		if (is_any(x, k - 1, standard_bonus))
			return role;
	/* An acronym names the field, not a program: "a $12K Sovereign AI
	 * UX bonus" is the yearly bonus. */
	if (capitalised(x, i - 1) && !all_caps(x, i - 1) &&
	    !capitalised(x, i) && i - 1 > x->a &&
	    !is_any(x, i - 1, standard_bonus) && !sentence_start(x, i - 1))
		return P_OTHER;
	return role;
}

static int guard_refresh_grant(const struct sent *x, size_t i, int role,
                               size_t *span)
{
	(void)span;
	return starts(x, i - 1, "refresh") || is_word(x, i - 1, "retention")
	               ? P_OTHER
	               : role;
}

/* "the RSU package": equity; "relocation package": other; else the
 * whole package. */
static int guard_part_before(const struct sent *x, size_t i, int role,
                             size_t *span)
{
	size_t n;
	int before = i > x->a ? part_at(x, i - 1, &n) : P_NONE;

	(void)span;
	return before == P_NONE ? role : before;
}

/* "100% of target": a share of the part's own target, unless a part
 * follows ("15% of target comp" is the total's). */
static int guard_of_target(const struct sent *x, size_t i, int role,
                           size_t *span)
{
	size_t n;

	(void)span;
	return is_word(x, i - 1, "of") && part_at(x, i + 1, &n) == P_NONE
	               ? role
	               : LEX_PASS;
}

#define LEX_PART_ROW(match, text, role, guard)                                 \
	{(#match)[0] == 'P', text, P_##role, guard},
static const struct lex_row lex_parts[] = {LEXICON_PARTS(LEX_PART_ROW)};

static int part_word_at(const struct sent *x, size_t i, size_t *span)
{
	return lexicon_match(lex_parts, sizeof lex_parts / sizeof *lex_parts, x,
	                     i, span, P_NONE);
}

/* A word ending in "ly": an adverb. */
static bool ends_ly(const struct sent *x, size_t i)
{
	const struct ptok *t = &x->t[i];

	return i >= x->a && i < x->z && t->kind == PTOK_WORD &&
	       t->end - t->start > 4 && x->s[t->end - 2] == 'l' &&
	       x->s[t->end - 1] == 'y';
}

/* Words that may stand between an amount and the part after it ("a $170K
 * minimum base": the figure's own qualifier). */
static bool filler_after(const struct sent *x, size_t i)
{
	static const char *const w[] = {
		"in",         "of",         "annual",      "annually",
		"yearly",     "guaranteed", "performance", "initial",
		"new-hire",   "pre-ipo",    "private",     "worth",
		"per",        "a",          "year",        "each",
		"first-year", "year-one",   "targeted",    "upfront",
		"up-front",   "cash",       "one-time",    "additional",
		"liquid",     "public",     "company",     "vested",
		"month",      "monthly",    "annum",       "annualized",
		"annualised", "as",         "minimum",     "min",
		NULL};

	if (is_any(x, i, w) || all_caps(x, i) || other_bonus(x, i))
		return true;
	if (is_punct(x, i, '/') || is_punct(x, i, '"'))
		return true;
	/* "/yr", "(4yr)" */
	return starts(x, i, "yr") || starts(x, i, "4yr") ||
	       starts(x, i, "4-yr");
}

/* Words that may stand between a part and the amount after it. */
static bool link_before(const struct sent *x, size_t i)
{
	static const char *const w[] = {
		"of",        "at",       "to",        "worth",
		"valued",    "around",   "about",     "approximately",
		"approx",    "roughly",  "least",     "the",
		"a",         "an",       "is",        "be",
		"are",       "should",   "must",      "will",
		"would",     "target",   "targeted",  "ask",
		"minimum",   "min",      "starting",  "reaching",
		"reach",     "reaches",  "exceeds",   "exceed",
		"exceeding", "above",    "over",      "hits",
		"hit",       "toward",   "towards",   "near",
		"grant",     "package",  "up",        "push",
		"pushed",    "anchor",   "anchored",  "from",
		"set",       "firm",     "on",        "into",
		"sits",      "landing",  "land",      "increased",
		"increase",  "moved",    "move",      "bumped",
		"comes",     "totaling", "totalling", "total",
		"by",        "for",      "within",    "in",
		"range",     "level",    "levels",    "floor",
		"ceiling",   "between",  "stays",     "remains",
		"goes",      NULL};

	if (is_any(x, i, w))
		return true;
	return is_punct(x, i, ':') || is_punct(x, i, '=') ||
	       is_punct(x, i, '~') || is_punct(x, i, '"') ||
	       is_punct(x, i, '*');
}

static int per_year_at(const struct sent *x, size_t i);

/* The name words of the lexicon (LEXICON_NAME_WORDS): a PLAIN one ("and",
 * "with", "for") is no word of a name. */
static const struct lexicon_row figure_name_words[] = {
	LEXICON_NAME_WORDS(LEXICON_ROW)};

static bool figure_plain_word(const struct sent *x, size_t i)
{
	const struct ptok *t = &x->t[i];

	return lexicon_word(figure_name_words, LEXICON_COUNT(figure_name_words),
	                    LEXR_PLAIN, x->s + t->start, t->end - t->start);
}

/* "a $25K analytics impact uplift", "$1.5B+ in ad revenue": one or two
 * words of a thing's own, from i, then a word that names a figure of
 * something else (P_OTHER). */
static bool other_thing_at(const struct sent *x, size_t i)
{
	size_t span;

	for (size_t j = i; j < x->z && j < i + 3; j++) {
		int p = part_at(x, j, &span);

		if (p != P_NONE)
			return p == P_OTHER;
		if (x->t[j].kind != PTOK_WORD || capitalised(x, j) ||
		    figure_plain_word(x, j) || filler_after(x, j))
			return false;
	}
	return false;
}

/* The part written after the amount at k, with only gap words between
 * ("$95K phantom equity"); *fill is how many, *end the token after the
 * part, *year_gap whether a per-year word stands between ("$65K in
 * annualized options"). */
static int part_after_amount(const struct figures *f, const struct sent *x,
                             size_t k, size_t *fill, size_t *end,
                             bool *year_gap)
{
	size_t i = k + 1, span, span2, skipped = 0;
	bool named = false;
	int p;

	*year_gap = false;
	while (i < x->z && skipped <= PART_REACH) {
		p = part_at(x, i, &span);
		/* "a $38K Spin-Out Premium sign-on": a sign-on named after
		 * what it pays for is a sign-on. */
		if (p == P_OTHER && part_at(x, i + span, &span2) == P_SIGN_ON) {
			i += span;
			span = span2;
			p = P_SIGN_ON;
		}
		if (p != P_NONE) {
			*fill = skipped;
			*end = i + span;
			return p;
		}
		*year_gap = *year_gap || per_year_at(x, i) != 0;
		/* "€110,000 Paris / €105,000 Berlin base": a region between. */
		if (region_at(f, x, i, &span) >= 0) {
			i += span;
			skipped++;
			continue;
		}
		/* A name: "$38K Spin-Out Premium sign-on"; its words count as
		 * one. */
		if ((capitalised(x, i) && !all_caps(x, i)) ||
		    (named && all_caps(x, i))) {
			skipped += !named;
			named = true;
			i++;
			continue;
		}
		/* What a name heads, before its part: "a $30K Sovereign AI
		 * architect bonus", "a $14K Sovereign AI data platform
		 * bonus"; a plain word ends it ("a $300K Google offer and
		 * bonus"). */
		if (named && x->t[i].kind == PTOK_WORD && !filler_after(x, i) &&
		    !figure_plain_word(x, i)) {
			i++;
			skipped++;
			continue;
		}
		/* "30% more shares than standard". */
		if (is_word(x, i, "more") && x->t[k].a.percent && i == k + 1) {
			i++;
			continue;
		}
		if (!filler_after(x, i) && !is_punct(x, i, '(') &&
		    !is_punct(x, i, ')') && x->t[i].kind != PTOK_NUMBER)
			return other_thing_at(x, i) ? P_OTHER : P_NONE;
		i++;
		skipped++;
	}
	return P_NONE;
}

/* The longest part phrase that ends at token i ("signing bonus" at
 * "bonus"); P_NONE. */
static int part_ending_at(const struct sent *x, size_t i)
{
	size_t span;
	int p;

	for (size_t back = 3; back-- > 0;) {
		if (i < x->a + back)
			continue;
		p = part_at(x, i - back, &span);
		if (p != P_NONE && i - back + span == i + 1)
			return p;
	}
	return P_NONE;
}

/* The first token of the longest part phrase that ends at token e ("signing"
 * of "signing bonus"); e when none does. */
static size_t part_start(const struct sent *x, size_t e)
{
	size_t span;

	for (size_t back = 3; back-- > 0;)
		if (e >= x->a + back && part_at(x, e - back, &span) != P_NONE &&
		    e - back + span == e + 1)
			return e - back;
	return e;
}

/* The "(" that opens the parenthesis closed at token i, when nothing in
 * it is an amount ("(base + bonus + signing)"); i when there is none. */
static size_t aside_open(const struct sent *x, size_t i)
{
	size_t j = i;

	if (!is_punct(x, i, ')'))
		return i;
	while (j > x->a) {
		j--;
		if (is_punct(x, j, '('))
			return j;
		if (x->t[j].kind == PTOK_AMOUNT || is_punct(x, j, ')') ||
		    x->t[j].sentence_end)
			break;
	}
	return i;
}

/* A part right before the amount at k ("base of $185K", "Bonus 20%").
 * The parts a parenthesis lists explain the part before it: "total
 * first-year comp (base + bonus + signing) reaches $265K" is a total. */
static int part_before_amount(const struct sent *x, size_t k, size_t *dist)
{
	size_t i = k, span, steps = 0;
	int p;

	while (i > x->a && steps < 5) {
		size_t open = aside_open(x, --i);

		steps++;
		if (open != i) {
			i = open;
			continue;
		}
		/* A part word may span two or three tokens: find its start. */
		p = part_ending_at(x, i);
		if (p != P_NONE) {
			size_t s = part_start(x, i);

			/* "$180K base + ... = $300K Year-1 TC": a part right
			 * after an amount is that amount's. */
			if (s > x->a && x->t[s - 1].kind == PTOK_AMOUNT)
				return P_NONE;
			*dist = k - i;
			/* "base + equity + bonus should reach $245K": the
			 * parts a '+' joins come to the amount together, their
			 * total. */
			if (s > x->a + 1 && is_punct(x, s - 1, '+') &&
			    part_ending_at(x, s - 2) != P_NONE)
				return P_TOTAL;
			return p;
		}
		/* Adverbs ("separately", "roughly") link too. */
		if (!link_before(x, i) && cue_at(x, i, &span) == SIDE_UNSET &&
		    !ends_ly(x, i))
			return P_NONE;
	}
	return P_NONE;
}

/* The part a sentence's opening "For ..." names before the comma at c
 * ("For Staff-level base salary, I'm targeting €130K"); P_NONE. */
static int part_lead(const struct sent *x, size_t c)
{
	size_t i = c;

	/* The clause's start: the sentence's, or after a title's colon
	 * ("Negotiate Up Strategy: For ..."). */
	while (i > x->a && !is_punct(x, i - 1, ':'))
		i--;
	while (i < c && x->t[i].kind == PTOK_PUNCT)
		i++;
	if (!is_word(x, i, "for") && !is_word(x, i, "on"))
		return P_NONE;
	for (size_t j = i + 1; j < c; j++)
		if (x->t[j].kind == PTOK_AMOUNT)
			return P_NONE;
	return part_ending_at(x, c - 1);
}

static bool change_at(const struct sent *x, size_t i);

/* "a 15% base premium (£65K London / $95K Remote US)": a "(" right after
 * a part's change (LEXICON_CHANGE) gives that part as it comes out; the
 * part, else P_NONE. */
static int changed_part(const struct sent *x, size_t open)
{
	int p;

	if (open < x->a + 2 || !is_punct(x, open, '(') ||
	    !change_at(x, open - 1))
		return P_NONE;
	p = part_ending_at(x, open - 2);
	return p < P_OTHER ? p : P_NONE;
}

/* The nearest part named before token k in its clause, across a "(" or
 * a dash: "2,500 RSUs ($250,000 at ...)", "on options — push for £110K". */
static int part_earlier(const struct sent *x, size_t k)
{
	size_t i = k;
	int p;

	while (i > x->a) {
		i--;
		if (is_punct(x, i, ','))
			return part_lead(x, i);
		if (x->t[i].kind == PTOK_AMOUNT || x->t[i].sentence_end ||
		    is_punct(x, i, ';'))
			return P_NONE;
		if (changed_part(x, i) != P_NONE)
			return changed_part(x, i);
		p = part_ending_at(x, i);
		if (p != P_NONE)
			return p;
	}
	return P_NONE;
}

enum { NOT_VEST_NOT_VEST = 1 };
#define LEX_NOT_VEST_ROW(match, text, role, guard)                             \
	{(#match)[0] == 'P', text, NOT_VEST_##role, guard},
static const struct lex_row lex_not_vest[] = {
	LEXICON_NOT_VEST(LEX_NOT_VEST_ROW)};

/* "over 4 years", "/4yr", "(4-yr vest)", "4-year" right after token k:
 * the amount is a whole grant; its years in *years.  Not "a 1-year cliff"
 * nor "a 2-year commitment" (LEXICON_NOT_VEST): years of something else. */
static bool grant_words_after(const struct sent *x, size_t k, int *years)
{
	size_t i, end = k + 8 < x->z ? k + 8 : x->z;

	for (i = k + 1; i < end; i++) {
		const char *w = x->s + x->t[i].start;
		size_t n = x->t[i].end - x->t[i].start;

		if (x->t[i].kind == PTOK_AMOUNT || x->t[i].sentence_end ||
		    is_punct(x, i, ','))
			return false;
		if ((is_word(x, i, "over") || is_word(x, i, "across") ||
		     is_word(x, i, "vesting")) &&
		    i + 2 < x->z && x->t[i + 1].kind == PTOK_NUMBER &&
		    (starts(x, i + 2, "year") || starts(x, i + 2, "yr"))) {
			*years = (int)x->t[i + 1].number;
			return true;
		}
		if ((is_word(x, i, "over") || is_word(x, i, "across")) &&
		    (is_word(x, i + 1, "four") || is_word(x, i + 1, "three") ||
		     is_word(x, i + 1, "five")) &&
		    starts(x, i + 2, "year")) {
			*years = is_word(x, i + 1, "four")    ? 4
			         : is_word(x, i + 1, "three") ? 3
			                                      : 5;
			return true;
		}
		if (x->t[i].kind == PTOK_WORD && n >= 3 && w[0] >= '1' &&
		    w[0] <= '6' &&
		    (w[1] == 'y' || (w[1] == '-' && w[2] == 'y') ||
		     (w[1] == '-' && w[2] == 'Y') || w[1] == 'Y') &&
		    TABLE_AT(lex_not_vest, x, i + 1) != NOT_VEST_NOT_VEST) {
			*years = w[0] - '0';
			return true;
		}
		if (x->t[i].kind == PTOK_NUMBER && starts(x, i + 1, "yr") &&
		    x->t[i].number >= 1 && x->t[i].number <= 6) {
			*years = (int)x->t[i].number;
			return true;
		}
	}
	return false;
}

enum { CHANGE_CHANGE = 1 };
#define LEX_CHANGE_ROW(match, text, role, guard)                               \
	{(#match)[0] == 'P', text, CHANGE_##role, guard},
static const struct lex_row lex_change[] = {LEXICON_CHANGE(LEX_CHANGE_ROW)};

/* A change word at i (LEXICON_CHANGE): "increase", "uplift". */
static bool change_at(const struct sent *x, size_t i)
{
	return TABLE_AT(lex_change, x, i) == CHANGE_CHANGE;
}

enum { YEAR_AFTER = 1, YEAR_ANY = 2 };
#define LEX_YEAR_ROW(match, text, role, guard)                                 \
	{(#match)[0] == 'P', text, YEAR_##role, guard},
static const struct lex_row lex_per_year[] = {LEXICON_PER_YEAR(LEX_YEAR_ROW)};

/* The per-year words at i (LEXICON_PER_YEAR): YEAR_AFTER, YEAR_ANY or 0. */
static int per_year_at(const struct sent *x, size_t i)
{
	return TABLE_AT(lex_per_year, x, i);
}

/* "per year", "a year", "annually", "/year", "each year" right after k
 * (before its part, or after it: "$22K per year in options"). */
static bool per_year_after(const struct sent *x, size_t k)
{
	size_t i = k + 1;

	if (per_year_at(x, i))
		return true;
	return is_punct(x, i, '/') &&
	       (starts(x, i + 1, "year") || is_word(x, i + 1, "yr"));
}

/* "per month", "a month", "monthly" right after k. */
static bool per_month_after(const struct sent *x, size_t k)
{
	size_t i = k + 1;

	if (is_word(x, i, "per") || is_word(x, i, "a") || is_word(x, i, "each"))
		return starts(x, i + 1, "month");
	return is_word(x, i, "monthly") || is_word(x, i, "pcm");
}

/* --- sentences ----------------------------------------------------------- */

static size_t sentence_end(const struct ptok *t, size_t n, size_t a)
{
	for (size_t i = a; i < n; i++)
		if (t[i].sentence_end)
			return i + 1;
	return n;
}

/* A band the guide prices: numbers in the front matter, or a row of
 * amounts in the body's band table. */
static bool band_priced(const struct band *b)
{
	return band_has_numbers(b) || b->table_numbers;
}

/* Does band b pay in code: its currency (a band the guide prices), or
 * with by_place, its place's ("São Paulo" in BRL, "Tel Aviv (ILS)")? */
static bool pays_in(const struct figures *f, size_t b, const char *code,
                    bool by_place)
{
	const struct band *band = &f->g->bands[b];

	if (!by_place)
		return band_priced(band) &&
		       strcmp(band->currency.code, code) == 0;
	return f->place[b] && strcmp(f->place[b], code) == 0;
}

/* The bands an amount in code goes to, in front-matter order: those in
 * that currency; when there are none, those whose place pays in it
 * (*by_place set). */
static int bands_of_by(const struct figures *f, const char *code,
                       bool *by_place)
{
	int n = 0;

	for (int pass = 0; pass < 2 && n == 0; pass++) {
		*by_place = pass == 1;
		for (size_t b = 0; b < f->g->band_count; b++)
			n += pays_in(f, b, code, *by_place);
	}
	return n;
}

static int bands_of(const struct figures *f, const char *code)
{
	bool by_place;

	return bands_of_by(f, code, &by_place);
}

static int nth_band_of(const struct figures *f, const char *code, int nth,
                       bool *by_place)
{
	bands_of_by(f, code, by_place);
	for (size_t b = 0; b < f->g->band_count; b++)
		if (pays_in(f, b, code, *by_place) && nth-- == 0)
			return (int)b;
	return -1;
}

static int first_band_with_numbers(const struct guide *g)
{
	for (size_t b = 0; b < g->band_count; b++)
		if (band_has_numbers(&g->bands[b]))
			return (int)b;
	return -1;
}

/* Is v far beyond any pay the band states: ten times its largest
 * number?  (A band without numbers bounds nothing.) */
static bool beyond_band(const struct band *b, double v)
{
	amount_t top = 0;
	const amount_t n[] = {b->base_high, b->stock_high, b->total_high,
	                      b->base_low,  b->stock_low,  b->total_low};

	for (size_t k = 0; k < sizeof n / sizeof *n; k++)
		if (amount_known(n[k]) && n[k] > top)
			top = n[k];
	return top > 0 && v > 10.0 * (double)top;
}

/* The amount fits the band's yearly total (a range widened by a third,
 * as part_by_size does). */
static bool fits_total(const struct band *b, double v)
{
	return amount_known(b->total_low) && amount_known(b->total_high) &&
	       v >= (double)b->total_low * 0.75 &&
	       v <= (double)b->total_high * 1.33;
}

/* Does v fit the band's range for part (widened by a quarter below and a
 * third above, as part_by_size reads sizes)?  A band that states no range
 * for it bounds nothing. */
static bool fits_part(const struct band *b, int part, double v)
{
	amount_t lo = part == P_BASE     ? b->base_low
	              : part == P_EQUITY ? b->stock_low
	              : part == P_TOTAL  ? b->total_low
	                                 : AMOUNT_NONE;
	amount_t hi = part == P_BASE     ? b->base_high
	              : part == P_EQUITY ? b->stock_high
	              : part == P_TOTAL  ? b->total_high
	                                 : AMOUNT_NONE;

	if (!amount_known(lo) || !amount_known(hi))
		return true;
	return v >= (double)lo * 0.75 && v <= (double)hi * 1.33;
}

/* The largest base the block states for the band (0: none), and
 * whether it states other parts (equity, sign-on, bonus) too. */
static double block_base(const struct figures *f, int band, bool *others)
{
	double base = 0;

	*others = false;
	for (size_t i = f->block_first; i < f->cand_count; i++) {
		const struct candidate *c = &f->cands[i];

		if (c->band != band || c->fig.percent)
			continue;
		if (c->part == P_BASE && (double)c->fig.high > base)
			base = (double)c->fig.high;
		*others = *others || c->part == P_EQUITY ||
		          c->part == P_SIGN_ON || c->part == P_BONUS;
	}
	return base;
}

/* An ask of the part for the band, read in this block, below v. */
static bool ask_below(const struct figures *f, int band, int part, double v)
{
	for (size_t i = f->block_first; i < f->cand_count; i++) {
		const struct candidate *c = &f->cands[i];

		if (c->band == band && c->side == SIDE_ASK && c->part == part &&
		    !c->fig.percent && (double)c->fig.high < v)
			return true;
	}
	return false;
}

/* The part an amount with no part word is: the one its size fits in its
 * band (a range widened by a third), and among several the one whose
 * figure already read in this block for the band is nearest in size
 * ("Floor is $255K" after "$285K base"), leaving out for a floor a part
 * whose ask is below it (an ask is not below its floor: "$190K base,
 * $170K RSU ... My floor is $172K" is a base floor); P_NONE when that
 * decides nothing. */
static int part_by_size(const struct figures *f, int band, int side, double v)
{
	const struct band *b = &f->g->bands[band];
	struct {
		int part;
		amount_t lo, hi;
	} r[3] = {
		{P_BASE, b->base_low, b->base_high},
		{P_EQUITY, b->stock_low, b->stock_high},
		{P_TOTAL, b->total_low, b->total_high},
	};
	bool fit[P_OTHER] = {false};
	int count = 0, only = P_NONE, best = P_NONE;
	double best_ratio = 1.35;

	for (int k = 0; k < 3; k++) {
		if (!amount_known(r[k].lo) || !amount_known(r[k].hi))
			continue;
		if (v >= (double)r[k].lo * 0.75 &&
		    v <= (double)r[k].hi * 1.33) {
			fit[r[k].part] = true;
			only = r[k].part;
			count++;
		}
	}
	if (count == 1)
		return only;
	if (count == 0)
		return P_NONE;
	/* After the parts of a package ("$185K base, $120K in RSUs and a
	 * $30K sign-on"), a larger figure with no part word that fits the
	 * yearly total is their total ("At $240K, this reflects ..."). */
	if (fit[P_TOTAL]) {
		bool others;
		double base = block_base(f, band, &others);

		if (base > 0 && others && v > base * 1.1)
			return P_TOTAL;
	}
	/* A block that states a yearly total speaks in totals. */
	for (size_t i = f->block_first; i < f->cand_count && fit[P_TOTAL]; i++)
		if (f->cands[i].part == P_TOTAL)
			return P_TOTAL;
	/* So does one whose last part named was a total, even the offer's
	 * ("My offer is $300K total comp; offers elsewhere are at $330K. My
	 * target to accept is $345K"). */
	if (fit[P_TOTAL] && f->last_part == P_TOTAL)
		return P_TOTAL;
	/* "I need $208K base, $200K in RSUs. At $208K, I commit. My floor is
	 * $188K": a floor goes on with the part the figure before it turned
	 * out to be, when it fits it and no ask of that part is below it. */
	if (side == SIDE_FLOOR &&
	    (f->last_part == P_BASE || f->last_part == P_EQUITY) &&
	    fit[f->last_part] && !ask_below(f, band, f->last_part, v))
		return f->last_part;
	for (size_t i = f->block_first; i < f->cand_count; i++) {
		const struct candidate *c = &f->cands[i];
		double w, ratio;

		if (c->band != band || c->fig.percent || c->part >= P_OTHER ||
		    !fit[c->part] || c->fig.low <= 0 ||
		    (side == SIDE_FLOOR && c->side == SIDE_ASK &&
		     (double)c->fig.high < v))
			continue;
		w = (double)c->fig.low;
		ratio = v > w ? v / w : w / v;
		if (ratio < best_ratio) {
			best_ratio = ratio;
			best = c->part;
		}
	}
	return best;
}

static void add_candidate(struct figures *f, const struct slot *sl,
                          const struct sent *x, int first_line)
{
	const struct ptok *t = &x->t[sl->tok];
	struct candidate *c;
	struct figure *fig;
	double lo = t->a.low, hi = t->a.high;
	size_t a = x->t[x->a].start, z = x->t[x->z - 1].end;

	if (f->cand_count >= MAX_CANDIDATES)
		return;
	f->cands = xgrow(f->cands, &f->cand_cap, f->cand_count + 1,
	                 sizeof *f->cands);
	c = &f->cands[f->cand_count++];
	memset(c, 0, sizeof *c);
	c->band = sl->band;
	c->side = sl->side;
	c->part = sl->part;
	c->rank = (int)f->kind;
	c->order = f->order++;
	c->scoped = sl->scoped;
	fig = &c->fig;
	fig->known = true;
	fig->at_least = t->a.plus;
	fig->rank = c->rank;
	fig->low = fig->high = AMOUNT_NONE;
	if (t->a.percent) {
		fig->percent = true;
		fig->pct_low = lo;
		fig->pct_high = hi;
	} else {
		if (sl->shares > 0) {
			lo *= sl->shares;
			hi *= sl->shares;
		}
		if (sl->per_year && sl->part == P_EQUITY) {
			lo *= sl->years;
			hi *= sl->years;
		}
		/* A monthly salary is twelve of it a year. */
		if (sl->per_month) {
			lo *= 12;
			hi *= 12;
		}
		if (lo > (double)AMOUNT_MAX)
			lo = (double)AMOUNT_MAX;
		if (hi > (double)AMOUNT_MAX)
			hi = (double)AMOUNT_MAX;
		fig->low = (amount_t)llround(lo);
		fig->high = (amount_t)llround(hi);
		fig->currency = t->a.currency;
	}
	fig->source.line = first_line + t->line;
	/* The sentence, without the markers of a list or a quote. */
	while (a < z && (x->s[a] == '"' || x->s[a] == ' ' || x->s[a] == '*'))
		a++;
	fig->source.text = prose_clean_line(x->s + a, z - a);
}

/* A percent of something that is no pay: "a bonus of 3-5% of the cloud
 * cost it saves", "10% of the revenue", where "15% of base" and "20% of
 * first-year TC" are pay.  The first part word of the clause after "of"
 * says which. */
static bool share_of_other(const struct sent *x, size_t k)
{
	size_t span;

	if (!x->t[k].a.percent || !is_word(x, k + 1, "of"))
		return false;
	for (size_t i = k + 2; i < x->z && i < k + 2 + PART_REACH + 3 &&
	                       x->t[i].kind != PTOK_PUNCT;
	     i++) {
		int p = part_at(x, i, &span);

		if (p != P_NONE)
			return p == P_OTHER;
	}
	return false;
}

/* An equity ask given only as a percent: "30% more shares", a stake
 * ("0.10-0.15% options", "0.12% in options") or a share more of the
 * grant ("an additional 20% options grant").  Not a change of the grant
 * by a share of something else ("a 20% equity uplift", "a 15% equity
 * premium") nor another figure ("a 10% equity refresh"). */
static bool equity_share_at(const struct sent *x, size_t k)
{
	size_t i = k + 1, span;

	if (!x->t[k].a.percent)
		return false;
	if (is_word(x, i, "more"))
		return true;
	if (is_word(x, i, "in"))
		i++;
	if (part_at(x, i, &span) != P_EQUITY)
		return false;
	return !change_at(x, i + span) &&
	       part_at(x, i + span, &span) != P_OTHER;
}

/* Drop an amount that is relative to another figure, a conversion, or
 * a price: "+$20K", "$20K more", "10-15% above their offer", "($240K
 * equivalent)", "from $165K"; or a share of what is no pay. */
static bool relative(const struct sent *x, size_t k)
{
	const struct pamount *am = &x->t[k].a;

	if (share_of_other(x, k))
		return true;
	if (equity_share_at(x, k))
		return false;

	if (k > x->a && is_punct(x, k - 1, '+') &&
	    x->t[k - 1].end == x->t[k].start)
		return true;
	if ((relative_at(x, k - 1) & RELW_BEFORE) && !is_word(x, k - 1, "plus"))
		return true;
	if (is_word(x, k - 1, "plus") && am->percent)
		return true;
	/* "an additional options grant of $15K": a change of the grant. */
	if (is_word(x, k - 1, "of") && k >= x->a + 3 &&
	    part_ending_at(x, k - 2) != P_NONE &&
	    (relative_at(x, part_start(x, k - 2) - 1) & RELW_BEFORE) &&
	    !is_word(x, part_start(x, k - 2) - 1, "plus"))
		return true;
	/* "the upper end of the $188K-$255K range": the band, not an ask. */
	if (is_word(x, k - 1, "the") && is_word(x, k - 2, "of") &&
	    (is_word(x, k - 3, "end") || is_word(x, k - 3, "top") ||
	     is_word(x, k - 3, "bottom") || is_word(x, k - 3, "middle") ||
	     is_word(x, k - 3, "midpoint")))
		return true;
	/* "an increase of $20K", "base salary adjustments of $10K": a
	 * change, not a level ("an increase to $220K" is a level). */
	if (is_word(x, k - 1, "of") &&
	    (starts(x, k - 2, "increase") || starts(x, k - 2, "adjustment") ||
	     starts(x, k - 2, "raise") || starts(x, k - 2, "bump") ||
	     starts(x, k - 2, "uplift") || starts(x, k - 2, "boost") ||
	     starts(x, k - 2, "difference") || starts(x, k - 2, "gap")))
		return true;
	if (is_word(x, k - 1, "than") &&
	    (is_word(x, k - 2, "rather") || is_word(x, k - 2, "more") ||
	     is_word(x, k - 2, "higher")))
		return true;
	if ((relative_at(x, k + 1) & RELW_AFTER)) {
		/* "30% more shares" is an equity ask in percent. */
		if (am->percent && is_word(x, k + 1, "more"))
			return false;
		/* "$X per year" is a rate, not relative. */
		if (is_word(x, k + 1, "per"))
			return !(starts(x, k + 2, "year") ||
			         is_word(x, k + 2, "annum"));
		/* "$200K over 4 years": a grant, not a raise. */
		if (is_word(x, k + 1, "over") &&
		    (x->t[k + 2].kind == PTOK_NUMBER ||
		     is_word(x, k + 2, "four") || is_word(x, k + 2, "three") ||
		     is_word(x, k + 2, "the")))
			return false;
		/* "$205K above band" is still a figure; "above the offer"
		 * and "above their initial" are relative. */
		if (is_word(x, k + 1, "above") || is_word(x, k + 1, "over") ||
		    is_word(x, k + 1, "below") || is_word(x, k + 1, "under")) {
			for (size_t i = k + 2; i < k + 6 && i < x->z; i++)
				if (starts(x, i, "offer") ||
				    is_word(x, i, "initial") ||
				    is_word(x, i, "current") ||
				    is_word(x, i, "their") ||
				    is_word(x, i, "standard") ||
				    is_word(x, i, "what") ||
				    is_word(x, i, "base") ||
				    is_word(x, i, "market"))
					return true;
			return false;
		}
		return true;
	}
	return false;
}

/* Is token i inside a condition ("if ...", "unless ...") that runs to
 * the next comma or dash? */
static bool clause_end(const struct sent *x, size_t i)
{
	return is_punct(x, i, ',') || is_punct(x, i, '-') ||
	       is_punct(x, i, ':') || is_word(x, i, "then");
}

/* Does s[a, z) say the candidate signs or accepts ("I'll accept with",
 * "I'm ready to sign", "accept if")? */
enum { SAYS_YES = 1 };
#define LEX_YES_ROW(match, text, role, guard)                                  \
	{(#match)[0] == 'P', text, SAYS_##role, guard},
static const struct lex_row lex_says_yes[] = {LEXICON_SAYS_YES(LEX_YES_ROW)};

static bool says_accept(const struct sent *x, size_t a, size_t z)
{
	for (size_t i = a; i < z; i++)
		if (TABLE_AT(lex_says_yes, x, i) == SAYS_YES)
			return true;
	return false;
}

/* "When the recruiter counters at $165K-$175K (their typical midpoint
 * offer)": a "when" clause that says the company's counter is what it
 * usually gives states the counter (the counter rule: what the company
 * will or typically does come back with), not a hypothesis; a bare "When
 * Acme counters at $250K, ..." stays a condition. */
static bool usual_counter_at(const struct sent *x, size_t i)
{
	static const char *const usual[] = {
		"typical",  "typically", "usual",     "usually",
		"standard", "normally",  "customary", NULL};
	size_t k, cue = 0;

	if (!is_word(x, i, "when"))
		return false;
	for (k = i + 1; k < x->z && k < i + 5 && !cue; k++)
		if ((starts(x, k, "counter") && !starts(x, k, "counteroffer") &&
		     !starts(x, k, "counter-offer")) ||
		    phrase(x, k, "come back") || phrase(x, k, "comes back"))
			cue = k;
	for (k = cue + 1; cue && k < x->z && !clause_end(x, k); k++)
		if (is_any(x, k, usual))
			return true;
	return false;
}

/* Does a condition open at token i?  "at once", "all at once" is none;
 * "should be" is a weak ask, not a condition; nor is "candidates should
 * push for": a HEAD word opens one only at the head of its clause, after
 * a comma, a dash or a colon ("Should they balk, ...", "Strategy:
 * Suppose they counter at $200K, ..."). */
static bool condition_opens(const struct sent *x, size_t i)
{
	int c = condition_at(x, i);

	if (!c || (is_word(x, i, "once") && is_word(x, i - 1, "at")) ||
	    usual_counter_at(x, i))
		return false;
	return c != CONDW_HEAD ||
	       (!is_word(x, i + 1, "be") &&
	        (sentence_start(x, i) || is_punct(x, i - 1, ',') ||
	         is_punct(x, i - 1, '-') || is_punct(x, i - 1, ':')));
}

/* Mark the conditions of a sentence: COND_REF for an "if" clause, whose
 * figures are hypotheses ("If Kraken opens at $178K base, ..."), and
 * COND_FLOOR for one that says when the candidate accepts ("Accept if
 * total comp exceeds $230K", "If the RSU grant lands at $160K+, I'm
 * ready to sign"). */
enum { COND_NONE, COND_REF, COND_FLOOR };

static void mark_conditions(const struct sent *x, unsigned char *cond)
{
	size_t i, j, e, n = x->z - x->a;
	unsigned char in = COND_NONE;
	/* The end of each token's clause, worked out once so that a
	 * sentence of many "if"s stays linear. */
	size_t *clause = xmalloc((n ? n : 1) * sizeof *clause);

	for (i = x->z; i-- > x->a;)
		clause[i - x->a] = clause_end(x, i) ? i
		                   : i + 1 < x->z   ? clause[i + 1 - x->a]
		                                    : x->z;
	for (i = x->a; i < x->z; i++) {
		if (x->t[i].kind == PTOK_WORD && condition_opens(x, i)) {
			in = COND_REF;
			/* "Accept if", "accept only if", "sign if", "I'd accept
			 * at [Y shares] if": in the same clause, just before.
			 */
			for (j = i;
			     j > x->a && j + 6 > i && !clause_end(x, j - 1);
			     j--)
				if (starts(x, j - 1, "accept") ||
				    is_word(x, j - 1, "sign")) {
					in = COND_FLOOR;
					break;
				}
			/* "If ..., I'll accept with ...": the main clause. */
			if (in == COND_REF) {
				e = i + 1 < x->z ? clause[i + 1 - x->a] : x->z;
				if (e < x->z) {
					size_t m =
						e + 1 < x->z
							? clause[e + 1 - x->a]
							: x->z;

					if (m - e < 64 &&
					    says_accept(x, e + 1, m))
						in = COND_FLOOR;
				}
			}
		} else if (in && clause_end(x, i)) {
			in = COND_NONE;
		}
		cond[i - x->a] = in;
	}
	free(clause);
}

/* Are slots k and k+1 two members of one " / " list ("€115K / $242K",
 * "€140,000 Munich / S$180,000 Singapore")? */
static bool slash_joined(const struct figures *f, const struct sent *x,
                         const struct slot *a, const struct slot *b)
{
	size_t i, span;
	bool slash = false;

	for (i = a->tok + 1; i < b->tok; i++) {
		if (is_punct(x, i, '/') && !slash) {
			slash = true;
			continue;
		}
		if (region_at(f, x, i, &span) >= 0) {
			i += span - 1;
			continue;
		}
		if (!is_punct(x, i, ')') && !is_punct(x, i, '('))
			return false;
	}
	return slash;
}

/* Does each member of the list [a, z) fit the part in the band it would
 * go to as a list of regions (the k-th of its currency)? */
static bool list_fits_regions(const struct figures *f, const struct sent *x,
                              const struct slot *slots, size_t a, size_t z,
                              int part)
{
	for (size_t k = a; k < z; k++) {
		const struct pamount *am = &x->t[slots[k].tok].a;
		bool by_place;
		int b = nth_band_of(f, am->currency.code, (int)(k - a),
		                    &by_place);

		if (b < 0 || !fits_part(&f->g->bands[b], part, am->low))
			return false;
	}
	return true;
}

/* The members of a " / " list share the part written after the last one
 * ("€115K / $242K base") or before the first ("a signing bonus of €12K /
 * $30K"), and its per-year words ("£14K / $17K annual options" is a year
 * of the grant in both), when the list is one of regions: different
 * currencies, or no more of one currency than it has bands.  "$300,000 /
 * $400,000 RSU" with one dollar band is base then equity. */
static void slash_lists(const struct figures *f, const struct sent *x,
                        struct slot *slots, size_t n)
{
	size_t a = 0, z, k;

	while (a < n) {
		int part = P_NONE, strong_count = 0;
		bool regions = true, per_year = false;

		z = a + 1;
		while (z < n && slash_joined(f, x, &slots[z - 1], &slots[z]))
			z++;
		/* No real list is longer than the guide has bands. */
		if (z - a < 2 || z - a > MAX_LIST) {
			a = z;
			continue;
		}
		for (k = a; k < z; k++)
			if (slots[k].strong) {
				strong_count++;
				if (part == P_NONE || k == z - 1)
					part = slots[k].part;
			}
		for (k = a; k < z && regions; k++) {
			const char *code = x->t[slots[k].tok].a.currency.code;
			int same = 0;

			for (size_t q = a; q < z; q++)
				same += !strcmp(
					code,
					x->t[slots[q].tok].a.currency.code);
			if (same > 1 && same > bands_of(f, code))
				regions = false;
		}
		/* "a floor of $182,000 / $82,000 RSU": two figures of one
		 * currency that the bands of that currency cannot both pay as
		 * equity are a base and an equity. */
		if (regions && z - a == 2 && part == P_EQUITY &&
		    !slots[a].strong &&
		    !strcmp(x->t[slots[a].tok].a.currency.code,
		            x->t[slots[a + 1].tok].a.currency.code) &&
		    !list_fits_regions(f, x, slots, a, z, part))
			regions = false;
		/* One figure in several currencies: a year of the grant in
		 * one is a year in all. */
		for (k = a; k < z && regions; k++)
			per_year = per_year || slots[k].per_year;
		for (k = a; k < z && regions; k++)
			slots[k].per_year = per_year;
		if (part != P_NONE && strong_count < (int)(z - a)) {
			if (regions) {
				for (k = a; k < z; k++)
					if (!slots[k].strong) {
						slots[k].part = part;
						slots[k].part_weak = false;
					}
			} else if (z - a == 2 && part == P_EQUITY &&
			           !slots[a].strong) {
				slots[a].part = P_BASE;
				slots[a].part_weak = false;
			}
		}
		a = z;
	}
}

/* A " / " list with one amount per band, each in its band's currency
 * or its place's ("R$215,000 / R$250,000 / $145,000 base respectively"
 * for Curitiba, São Paulo and Austin), names the bands in their order. */
static void by_position(const struct figures *f, const struct sent *x,
                        struct slot *slots, size_t n)
{
	const struct guide *g = f->g;
	size_t a = 0, z, k;

	while (a < n) {
		bool fits = true;

		z = a + 1;
		while (z < n && slash_joined(f, x, &slots[z - 1], &slots[z]))
			z++;
		if (z - a < 2 || z - a != g->band_count) {
			a = z;
			continue;
		}
		for (k = a; k < z && fits; k++) {
			const char *code = x->t[slots[k].tok].a.currency.code;
			size_t b = k - a;

			fits = !slots[k].scoped && code[0] &&
			       (!strcmp(code, g->bands[b].currency.code) ||
			        pays_in(f, b, code, true));
		}
		for (k = a; k < z && fits; k++) {
			slots[k].band = (int)(k - a);
			slots[k].scoped = true;
		}
		a = z;
	}
}

/* A sentence that opens with an instruction of its own ("Lead with",
 * "Frame", "Cite", "Layer the bonus ...") starts afresh: it does not go
 * on with the side the sentence before ended on. */
static bool starts_instruction(const struct sent *x)
{
	static const char *const verbs[] = {
		"lead",      "frame",       "cite",      "emphasize",
		"emphasise", "use",         "reference", "mention",
		"highlight", "quantify",    "leverage",  "layer",
		"position",  "show",        "stress",    "point",
		"remind",    "demonstrate", "explain",   "build",
		"note",      "remember",    "consider",  "avoid",
		"never",     "always",      "close",     "follow",
		"present",   "make",        "bring",     "document",
		"prepare",   "research",    "tie",       "link",
		"connect",   "keep",        "time",      "get",
		"expect",    "this",        "that",      "these",
		"it",        "the",         "your",      "their",
		"at",        "without",     "because",   "since",
		NULL};
	size_t i = x->a, span;

	while (i < x->z && x->t[i].kind == PTOK_PUNCT)
		i++;
	/* "At $330K total comp, I'm ready to accept" goes on. */
	if (is_word(x, i, "at") && is_amount(x, i + 1))
		return false;
	/* "Signing bonus is a separate $30K-$50K negotiation": a sentence
	 * about a part, its subject, says what that part is afresh. */
	if (part_at(x, i, &span) != P_NONE &&
	    (is_word(x, i + span, "is") || is_word(x, i + span, "are")))
		return true;
	return is_any(x, i, verbs);
}

/* "A $40K-$50K signing bonus would bridge that gap", "$30K in RSUs could
 * close it": a sentence of a script whose subject is an amount and its
 * part, put forward with "would" or "could", proposes that figure; it
 * does not go on with the side the sentence before ended on. */
static bool proposal_opens(const struct sent *x)
{
	size_t i = x->a, span;

	while (i < x->z && x->t[i].kind == PTOK_PUNCT)
		i++;
	if (is_word(x, i, "a") || is_word(x, i, "an"))
		i++;
	if (!is_amount(x, i) || x->t[i].a.percent || x->t[i].a.placeholder)
		return false;
	i++;
	if (is_word(x, i, "in") || is_word(x, i, "of"))
		i++;
	if (part_at(x, i, &span) == P_NONE)
		return false;
	return is_word(x, i + span, "would") || is_word(x, i + span, "could");
}

/* The sentence speaks in the first person. */
static bool first_person(const struct sent *x)
{
	static const char *const w[] = {"i",    "i'm", "i'd", "i'll",
	                                "i've", "my",  "me",  NULL};

	for (size_t i = x->a; i < x->z; i++)
		if (is_any(x, i, w))
			return true;
	return false;
}

/* An "or" (or a ';') between tokens a and b. */
static bool or_between(const struct sent *x, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		if (is_word(x, i, "or") || is_punct(x, i, ';'))
			return true;
	return false;
}

static int cond_side(unsigned char c, int side)
{
	return c == COND_REF ? SIDE_REF : c == COND_FLOOR ? SIDE_FLOOR : side;
}

/* --- one sentence, in named passes --------------------------------------- */

/* What the passes over one sentence share. */
struct reading {
	struct figures *f;
	const struct sent *x;
	int first_line;
	struct slot *slots;
	size_t nslots;
	unsigned char *cond; /* COND_* of each token */
	int side;            /* the side the walk is on */
	bool part_words;     /* the sentence names a part */
	bool any_cue;
	int named_band, regions_named;
	int scope;             /* a leading region scope */
	uint64_t scope_also;   /* more bands it names */
	bool scope_foreign;    /* "for US-remote" with no band of it */
	bool scope_carried;    /* the scope of the clause before */
	int block_band;        /* the band a lever's title names */
	char currency[4];      /* the last currency written */
	bool currencies_mixed; /* it wrote amounts in two or more */
	int years;             /* the vesting years the sentence states */
	bool at_package;       /* "At $240K, this reflects ..." */
};

/* "an additional £3K-£5K / $4K-$6K in annual options": the members of a
 * " / " list are one amount written in several currencies; when one is a
 * change of a figure, so are the others. */
static void pass_relative_lists(struct reading *r)
{
	size_t a = 0, z;

	while (a < r->nslots) {
		bool rel = false;

		z = a + 1;
		while (z < r->nslots &&
		       slash_joined(r->f, r->x, &r->slots[z - 1], &r->slots[z]))
			z++;
		for (size_t k = a; k < z && z - a > 1; k++)
			rel = rel || relative(r->x, r->slots[k].tok);
		for (size_t k = a; k < z && rel; k++)
			r->slots[k].dropped = true;
		a = z;
	}
}

/* "At approximately $[250-290]K, this reflects ...": a package figure
 * goes with the block's last ask or floor, even after a sentence about a
 * competing offer. */
static void pass_opening_package(struct reading *r)
{
	const struct sent *x = r->x;
	size_t j = x->a;

	while (j < x->z && x->t[j].kind == PTOK_PUNCT)
		j++;
	if (!is_word(x, j, "at"))
		return;
	j++;
	while (is_word(x, j, "approximately") || is_word(x, j, "about") ||
	       is_word(x, j, "around") || is_punct(x, j, '~'))
		j++;
	if (is_amount(x, j) && r->f->block_side != SIDE_UNSET) {
		r->side = r->f->block_side;
		r->at_package = true;
	}
}

/* Whether the sentence names a part, and the vesting years it states
 * ("over 3 years"). */
static void pass_sentence_facts(struct reading *r)
{
	const struct sent *x = r->x;
	size_t sp;
	int y;

	for (size_t i = x->a; i < x->z && !r->part_words; i++)
		r->part_words = part_at(x, i, &sp) != P_NONE;
	for (size_t i = x->a; i < x->z; i++)
		if (x->t[i].kind == PTOK_AMOUNT &&
		    grant_words_after(x, i, &y) && y >= 1 && y <= 6) {
			r->years = y;
			break;
		}
}

/* The band named at i and those joined to it ("Wilton/San Jose",
 * "Atlanta and New York", "for Paris or Dublin roles": one scope, several
 * bands, in *also); -1. */
static int region_group(const struct figures *f, const struct sent *x, size_t i,
                        size_t *span, uint64_t *also)
{
	int b = region_at(f, x, i, span), b2;
	size_t j, sp2;

	*also = 0;
	if (b < 0)
		return b;
	j = i + *span;
	while (j + 1 < x->z &&
	       (is_punct(x, j, '/') || is_punct(x, j, '&') ||
	        is_word(x, j, "and") || is_word(x, j, "or")) &&
	       (b2 = region_at(f, x, j + 1, &sp2)) >= 0) {
		if (b2 != b && b2 < 64)
			*also |= (uint64_t)1 << b2;
		j += 1 + sp2;
	}
	*span = j - i;
	return b;
}

/* Words that may stand between amounts and the region that closes them
 * ("$215K base (New York)", "£135K for London"). */
static bool trailing_gap_word(const struct sent *x, size_t k)
{
	static const char *const w[] = {"for", "in",   "at", "based",
	                                "the", "over", NULL};

	return filler_after(x, k) || is_punct(x, k, '(') ||
	       is_punct(x, k, ')') || is_any(x, k, w) ||
	       x->t[k].kind == PTOK_NUMBER || starts(x, k, "year");
}

/* Does the region at token i close the amounts just before it? */
static bool region_trails(const struct reading *r, size_t i)
{
	const struct sent *x = r->x;
	const struct slot *last = r->nslots ? &r->slots[r->nslots - 1] : NULL;
	size_t sp;

	if (!last || last->band >= 0 || last->scoped)
		return false;
	for (size_t k = last->tok + 1; k < i; k++) {
		if (part_at(x, k, &sp) != P_NONE) {
			k += sp - 1;
			continue;
		}
		if (!trailing_gap_word(x, k))
			return false;
	}
	return true;
}

/* Is slot k a member of a " / " list, before the slot after it, written
 * in another currency than band b's? */
static bool list_member_elsewhere(const struct reading *r, size_t k, int b)
{
	const struct sent *x = r->x;
	const char *code = x->t[r->slots[k].tok].a.currency.code;
	size_t span;
	int slashes = 0;

	if (!code[0] || !strcmp(code, r->f->g->bands[b].currency.code))
		return false;
	/* "€72K / $130K", "€72K base / $130K base". */
	for (size_t i = r->slots[k].tok + 1; i < r->slots[k + 1].tok; i++) {
		if (part_at(x, i, &span) != P_NONE)
			i += span - 1;
		else if (is_punct(x, i, '/'))
			slashes++;
		else
			return false;
	}
	return slashes == 1;
}

/* A region named at token i: it closes the amounts before it, or scopes
 * those after.  Returns the tokens it covers, 0 when none is named. */
static size_t walk_region(struct reading *r, size_t i)
{
	const struct sent *x = r->x;
	uint64_t also;
	size_t span;
	int b = region_group(r->f, x, i, &span, &also);

	if (b < 0)
		return 0;
	if (region_trails(r, i)) {
		for (size_t k = r->nslots; k > 0; k--) {
			struct slot *sl = &r->slots[k - 1];

			if (sl->scoped)
				break;
			/* "€72K base / $130K base (NY)": a region after a " / "
			 * list closes its own currency's member, not the other
			 * regions'. */
			if (k < r->nslots && list_member_elsewhere(r, k - 1, b))
				break;
			sl->band = b;
			sl->also = also;
			sl->scoped = true;
			/* "... in Brookfield or $235,000 in New York": "or"
			 * parts the two. */
			if (k >= 2 &&
			    or_between(x, r->slots[k - 2].tok, sl->tok))
				break;
		}
	} else {
		r->scope = b;
		r->scope_also = also;
		r->scope_foreign = false;
		r->scope_carried = false;
	}
	if (b != r->named_band)
		r->regions_named++;
	r->named_band = b;
	return span;
}

/* "... and a $60K sign-on to cover unvested equity, bringing first-year
 * comp to $370K": what the figures before come to is on their side (the
 * last that is a figure's in the sentence); SIDE_UNSET when none is. */
static bool side_is_figure(int side);

static int sum_side(const struct reading *r)
{
	for (size_t k = r->nslots; k > 0; k--) {
		const struct slot *sl = &r->slots[k - 1];

		if (!sl->dropped && side_is_figure(sl->side))
			return sl->side;
	}
	return SIDE_UNSET;
}

/* A word of the walk: a region, a foreign scope or a cue.  Returns the
 * tokens it covers. */
static size_t walk_word(struct reading *r, size_t i)
{
	const struct sent *x = r->x;
	size_t span = walk_region(r, i);
	int c;

	if (span)
		return span;
	if ((is_word(x, i, "for") || is_word(x, i, "in")) &&
	    foreign_scope(x, i + 1)) {
		/* "remote" names a band when one is remote. */
		if (!(is_word(x, i + 1, "remote") &&
		      region_at(r->f, x, i + 1, &span) >= 0)) {
			r->scope = -1;
			r->scope_foreign = true;
		}
		return 1;
	}
	c = cue_at(x, i, &span);
	if (c == SIDE_UNSET && weak_ask_at(x, i) && !r->any_cue &&
	    (r->side == SIDE_UNSET || r->side >= SIDE_REF)) {
		c = SIDE_ASK;
		span = 2;
	}
	if (c == SIDE_SUM)
		c = sum_side(r);
	if (c == SIDE_UNSET)
		return 1;
	r->any_cue = true;
	if (!r->cond[i - x->a])
		r->side = c;
	return span;
}

/* "Harvey's market opportunity: $285K base, $405K equity/4yr, and a $55K
 * signing bonus": in the strategy, terms listed after a colon with no cue
 * of their own are the ask. */
static void walk_colon(struct reading *r, size_t i)
{
	const struct sent *x = r->x;

	if ((r->side == SIDE_UNSET || r->side == SIDE_MARKET ||
	     (!r->any_cue && r->side == SIDE_REF)) &&
	    r->f->kind == FIG_STRATEGY && !r->cond[i - x->a] &&
	    /* not the colon of the strategy's own title */
	    !starts(x, i - 1, "strateg"))
		r->side = SIDE_ASK;
}

static struct slot *slot_add(struct reading *r, size_t tok, size_t at)
{
	struct slot *sl = &r->slots[r->nslots++];

	memset(sl, 0, sizeof *sl);
	sl->tok = tok;
	sl->band = -1;
	sl->years = r->years;
	sl->side = cond_side(r->cond[at - r->x->a], r->side);
	return sl;
}

/* The amount at k prices a share ("at ~$220/share", "$220 per"). */
static bool share_price_at(const struct sent *x, size_t k)
{
	const struct pamount *am = &x->t[k].a;

	return x->t[k].kind == PTOK_AMOUNT && !am->percent &&
	       !am->placeholder &&
	       (am->share_price || is_word(x, k + 1, "per") ||
	        is_word(x, k - 1, "price") ||
	        (is_word(x, k + 1, "a") && starts(x, k + 2, "share")));
}

/* "1,500 RSUs ... at ~$220/share": a share count, and its price. */
static void walk_number(struct reading *r, size_t i)
{
	const struct sent *x = r->x;
	size_t span;

	if (part_at(x, i + 1, &span) != P_EQUITY || x->t[i].number < 10)
		return;
	for (size_t k = i + 1 + span; k < x->z && k < i + 10; k++)
		if (share_price_at(x, k)) {
			struct slot *sl = slot_add(r, k, i);

			sl->part = P_EQUITY;
			sl->shares = x->t[i].number;
			return;
		}
}

/* "the base increased from $140K to $160K": a move, whose figure is where
 * it ends; a price, a relative amount or a rough conversion is dropped. */
static void slot_kind(const struct sent *x, struct slot *sl)
{
	size_t i = sl->tok;
	const struct ptok *t = &x->t[i];

	if (is_word(x, i - 1, "from") && t->a.range && !t->a.percent &&
	    x->t[i].a.range_to) {
		struct ptok *mt = (struct ptok *)(uintptr_t)t;

		mt->a.low = mt->a.high;
		mt->a.range = false;
	} else if (t->a.share_price || is_word(x, i - 1, "price") ||
	           relative(x, i) || is_word(x, i - 1, "~") ||
	           (is_punct(x, i - 1, '~') && is_word(x, i - 2, "price")))
		sl->dropped = true;
}

/* "$240K-$248K is the appropriate all-cash base": the part a copula
 * after the amount names (the last of the part words that end its noun
 * phrase); P_NONE. */
static int copula_part(const struct sent *x, size_t i)
{
	static const char *const det[] = {"the", "my", "a", "an", "your", NULL};
	size_t k = i + 1, span;
	int p = P_NONE;

	if (!is_word(x, k, "is") && !is_word(x, k, "are"))
		return P_NONE;
	k += 1 + is_any(x, k + 1, det);
	for (size_t end = k + 3; k < x->z && k < end;) {
		int q = part_at(x, k, &span);

		if (q != P_NONE) {
			p = q;
			k += span;
			end = k + 1;
		} else if (p != P_NONE || x->t[k].kind != PTOK_WORD ||
		           capitalised(x, k)) {
			break;
		} else {
			k++;
		}
	}
	return p;
}

/* "reaching $260K", "totaling $340K": a yearly total. */
static bool total_reached(const struct sent *x, size_t i)
{
	return is_word(x, i - 1, "reaching") || is_word(x, i - 1, "totaling") ||
	       is_word(x, i - 1, "totalling") ||
	       (is_punct(x, i - 1, '~') && is_word(x, i - 2, "reaching"));
}

/* A word of several years at i: "4-year", "four-year", "4yr"; their
 * count in *years. */
static bool years_word(const struct sent *x, size_t i, int *years)
{
	static const char *const words[] = {"three-year", "four-year",
	                                    "five-year", NULL};
	const char *w;

	if (i < x->a || i >= x->z || x->t[i].kind != PTOK_WORD)
		return false;
	for (int k = 0; words[k]; k++)
		if (is_word(x, i, words[k])) {
			*years = k + 3;
			return true;
		}
	w = x->p->lower[i];
	if (w[0] >= '2' && w[0] <= '6' &&
	    (!strcmp(w + 1, "-year") || !strcmp(w + 1, "yr") ||
	     !strcmp(w + 1, "-yr"))) {
		*years = w[0] - '0';
		return true;
	}
	return false;
}

/* A total named within the few words after the amount at k, before
 * another amount or the clause's end ("$1.2M over four years in total
 * comp"). */
static bool total_named_after(const struct sent *x, size_t k)
{
	static const char *const gap[] = {"over", "across", "four", "three",
	                                  "five", "years",  "year", "in",
	                                  "of",   "the",    NULL};
	size_t span;

	for (size_t i = k + 1; i < x->z && i < k + 9; i++) {
		if (part_at(x, i, &span) == P_TOTAL)
			return true;
		if (!is_any(x, i, gap) && x->t[i].kind != PTOK_NUMBER)
			return false;
	}
	return false;
}

/* A total of several years ("a four-year total of $2.5M", "$1.2M over
 * four years in total comp"): the years, else 0. */
static int total_years(const struct sent *x, const struct slot *sl,
                       size_t part_tok)
{
	int y = 0;

	if (sl->part != P_TOTAL)
		return 0;
	if (grant_words_after(x, sl->tok, &y) ||
	    years_word(x, part_tok - 1, &y))
		return y;
	return 0;
}

/* The part written next to the amount of sl; *pa and *pend: the part
 * after it and the token past that part. */
static void slot_part(const struct figures *f, const struct sent *x,
                      struct slot *sl, int *pa, size_t *pend)
{
	size_t i = sl->tok, fill = 0, dist = 0;
	int pb, y;
	bool year_gap;

	*pend = i + 1;
	*pa = part_after_amount(f, x, i, &fill, pend, &year_gap);
	pb = part_before_amount(x, i, &dist);
	if (*pa != P_NONE && (fill == 0 || pb == P_NONE)) {
		sl->part = *pa;
		sl->per_year = year_gap;
		sl->total_years = total_years(x, sl, sl->tok + 1);
	} else if (pb != P_NONE) {
		sl->part = pb;
		sl->total_years = total_years(x, sl, part_start(x, i - dist));
		/* "annual equity of $60K", "yearly stock of $75K": a year of
		 * the grant. */
		sl->per_year =
			per_year_at(x, part_start(x, i - dist) - 1) == YEAR_ANY;
	} else {
		sl->part = P_NONE;
	}
	/* "a minimum guarantee of 10-15% of base": a percent measured on
	 * the base is a bonus, not the base. */
	if (x->t[i].a.percent && sl->part == P_BASE && *pa == P_BASE &&
	    is_word(x, i + 1, "of"))
		sl->part = P_BONUS;
	if (sl->part == P_NONE && total_reached(x, i))
		sl->part = P_TOTAL;
	if (sl->part == P_NONE)
		sl->part = copula_part(x, i);
	if (sl->part == P_NONE) {
		/* "£110,000+ (4yr vest)": a grant; "$1.2M over four years in
		 * total comp": a total of four years. */
		if (grant_words_after(x, i, &y) && total_named_after(x, i)) {
			sl->part = P_TOTAL;
			sl->total_years = y;
		} else if (grant_words_after(x, i, &y)) {
			sl->part = P_EQUITY;
			sl->grant_years = true;
		} else {
			sl->part = part_earlier(x, i);
			sl->part_weak = true;
		}
	}
	sl->strong = sl->part != P_NONE && !sl->part_weak;
}

/* "For London, anchor at £232K; walk away at £192K / $242K": in a clause
 * scoped to one region, an amount in another currency joined by " / " to
 * the one before it in the region's currency is that amount converted
 * (unless the scope names a region of that currency too). */
static bool scoped_twin(const struct reading *r, const struct slot *sl)
{
	const struct sent *x = r->x;
	const struct guide *g = r->f->g;
	const char *code = x->t[sl->tok].a.currency.code, *own;
	const struct slot *prev;

	if (r->scope < 0 || r->nslots < 2 || !code[0])
		return false;
	own = g->bands[r->scope].currency.code;
	prev = &r->slots[r->nslots - 2];
	if (!strcmp(code, own) ||
	    strcmp(x->t[prev->tok].a.currency.code, own) != 0 ||
	    !slash_joined(r->f, x, prev, sl))
		return false;
	for (size_t b = 0; b < g->band_count && b < 64; b++)
		if (r->scope_also & ((uint64_t)1 << b) &&
		    !strcmp(g->bands[b].currency.code, code))
			return false;
	return true;
}

enum { COUNTED_COUNTED = 1 };
#define LEX_COUNTED_ROW(match, text, role, guard)                              \
	{(#match)[0] == 'P', text, COUNTED_##role, guard},
static const struct lex_row lex_counted[] = {LEXICON_COUNTED(LEX_COUNTED_ROW)};

/* "serving 4.6M+ merchants": a number with no currency before a word of
 * what is counted (LEXICON_COUNTED) is a count, no money. */
static bool counted_at(const struct sent *x, size_t i)
{
	return !x->t[i].a.percent && !x->t[i].a.currency.code[0] &&
	       TABLE_AT(lex_counted, x, i + 1) == COUNTED_COUNTED;
}

/* An amount of the walk: a slot with its part, its rate and its scope. */
static void walk_amount(struct reading *r, size_t i)
{
	const struct sent *x = r->x;
	const struct ptok *t = &x->t[i];
	struct slot *sl;
	size_t pend;
	int pa;
	bool more = equity_share_at(x, i);

	if (!t->a.percent && t->a.currency.code[0]) {
		r->currencies_mixed =
			r->currencies_mixed ||
			(r->currency[0] &&
		         strcmp(r->currency, t->a.currency.code) != 0);
		memcpy(r->currency, t->a.currency.code, 4);
	}
	/* A price already used with its share count. */
	if (r->nslots > 0 && r->slots[r->nslots - 1].tok == i)
		return;
	sl = slot_add(r, i, i);
	slot_kind(x, sl);
	slot_part(r->f, x, sl, &pa, &pend);
	if (counted_at(x, i))
		sl->dropped = true;
	/* A total of several years is not the yearly total; nothing says
	 * its years are even. */
	if (sl->part == P_TOTAL && sl->total_years > 1)
		sl->dropped = true;
	/* "a $15K base increase", "a $50K RSU uplift": a change. */
	if (pa != P_NONE && sl->part == pa && change_at(x, pend))
		sl->dropped = true;
	/* "$200K/year in RSUs", "$135,000 RSU/yr". */
	sl->per_year = sl->per_year || t->a.per_year || per_year_after(x, i) ||
	               (sl->part == pa && pa == P_EQUITY &&
	                per_year_after(x, pend - 1));
	/* Monthly pay is a yearly figure twelve times over. */
	sl->per_month =
		!t->a.percent && (t->a.per_month || per_month_after(x, i));
	/* A percent is a bonus, or "30% more shares"; else it is not a
	 * figure of ours. */
	if (t->a.percent && sl->part != P_BONUS &&
	    !(sl->part == P_EQUITY && more))
		sl->dropped = true;
	if (sl->part == P_EQUITY && t->a.percent && !more)
		sl->dropped = true;
	/* A scope carried from the clause before holds amounts of its
	 * band's currency only. */
	if (scoped_twin(r, sl))
		sl->dropped = true;
	else if (r->scope >= 0 && r->scope_carried && t->a.currency.code[0] &&
	         strcmp(t->a.currency.code,
	                r->f->g->bands[r->scope].currency.code) != 0)
		;
	else if (r->scope >= 0 && !sl->scoped) {
		sl->band = r->scope;
		sl->also = r->scope_also;
		sl->scoped = true;
	}
	if (r->scope_foreign)
		sl->dropped = true;
}

/* The ")" that closes the parenthesis opened at token i when nothing in
 * it is an amount; i when there is none. */
static size_t aside_close(const struct sent *x, size_t i)
{
	for (size_t j = i + 1; j < x->z; j++) {
		if (is_punct(x, j, ')'))
			return j;
		if (x->t[j].kind == PTOK_AMOUNT || is_punct(x, j, '(') ||
		    x->t[j].sentence_end)
			break;
	}
	return i;
}

/* The walk, left to right: cues set the side, regions the scope, and
 * every amount becomes a slot. */
static void pass_walk(struct reading *r)
{
	const struct sent *x = r->x;
	size_t aside_end = x->a;
	int side_before_aside = SIDE_UNSET;
	bool in_aside = false;

	for (size_t i = x->a; i < x->z; i++) {
		const struct ptok *t = &x->t[i];

		/* An aside with no amount ("(1-year cliff with monthly
		 * vest)") names no side for the amounts after it; a region in
		 * it still scopes ("$215K base (New York)"). */
		if (t->kind == PTOK_PUNCT && t->punct == '(') {
			aside_end = aside_close(x, i);
			side_before_aside = r->side;
			in_aside = true;
		}
		/* One with amounts speaks for itself: "a 25% larger grant
		 * (adding $10K/yr in value), a signing bonus of $12K" goes
		 * on with the side before it. */
		if (t->kind == PTOK_PUNCT && t->punct == ')' && in_aside) {
			r->side = side_before_aside;
			in_aside = false;
		}
		if (t->kind == PTOK_WORD && i < aside_end) {
			size_t span = walk_region(r, i);

			i += span ? span - 1 : 0;
		} else if (t->kind == PTOK_WORD)
			i += walk_word(r, i) - 1;
		else if (t->kind == PTOK_PUNCT && t->punct == ':')
			walk_colon(r, i);
		else if (t->kind == PTOK_NUMBER)
			walk_number(r, i);
		else if (t->kind == PTOK_AMOUNT)
			walk_amount(r, i);
	}
}

/* A lever's script, in the candidate's own words, that names a part and
 * its amount with no cue ("A sign-on of $35K would offset my unvested
 * equity") states what the lever asks for. */
static void pass_lever_script(struct reading *r)
{
	if (r->f->kind != FIG_LEVER || !first_person(r->x))
		return;
	for (size_t k = 0; k < r->nslots; k++)
		if (r->slots[k].side == SIDE_UNSET && r->slots[k].strong)
			r->slots[k].side = SIDE_ASK;
}

/* "I need TC at $240K+ to accept": what it takes to accept is the
 * floor; so is every amount of the list it closes ("I need $208K+ base
 * and $165K+ RSUs to accept"), up to the clause's end. */
static void pass_to_accept(struct reading *r)
{
	const struct sent *x = r->x;

	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];

		if (sl->side != SIDE_ASK)
			continue;
		for (size_t j = sl->tok + 1; j + 1 < x->z && !clause_end(x, j);
		     j++)
			if (is_word(x, j, "to") &&
			    (is_word(x, j + 1, "accept") ||
			     is_word(x, j + 1, "sign"))) {
				sl->side = SIDE_FLOOR;
				break;
			}
	}
}

/* "$250K is my walk-away floor", "$240K base is the target": the words
 * right after the amount say what it is. */
static bool said_after(const struct sent *x, size_t k)
{
	size_t i = k + 1, span;

	if (part_at(x, i, &span) != P_NONE)
		i += span;
	return is_word(x, i, "is") &&
	       (is_word(x, i + 1, "my") || is_word(x, i + 1, "the") ||
	        is_word(x, i + 1, "our") || is_word(x, i + 1, "your"));
}

/* Amounts before any cue take the side a backward cue gives: "Below $X,
 * I'd need to reconsider", "$240K base is my target"; an amount the
 * words after it name does so whatever the side before ("... respond:
 * '$250K is my walk-away floor'"). */
static void pass_backward_cues(struct reading *r)
{
	const struct sent *x = r->x;
	size_t span;

	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];
		bool below = is_word(x, sl->tok - 1, "below") ||
		             is_word(x, sl->tok - 1, "under");

		if (sl->side != SIDE_UNSET && !said_after(x, sl->tok))
			continue;
		for (size_t j = sl->tok + 1;
		     j < x->z && j < sl->tok + LOOKAHEAD; j++) {
			int c = cue_at(x, j, &span);

			if (is_punct(x, j, ',') && !below)
				break;
			if (c != SIDE_UNSET) {
				sl->side = c;
				break;
			}
		}
	}
}

/* The pass "arguments": an amount of the candidate's own followed in its
 * clause by a comparison (a cue of role ARGUMENT: "my $285K total comp
 * exceeds the band's top") is an argument, neither an ask nor a floor,
 * whatever side the sentence carries. */
static void pass_arguments(struct reading *r)
{
	const struct sent *x = r->x;
	size_t span;

	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];

		for (size_t j = sl->tok + 1;
		     my_amount(x, sl->tok) && j < x->z &&
		     j < sl->tok + LOOKAHEAD && !clause_end(x, j);
		     j++)
			if (cue_at(x, j, &span) == SIDE_ARGUMENT) {
				sl->side = SIDE_ARGUMENT;
				break;
			}
	}
}

enum { SPREAD_SPREAD = 1, SPREAD_OVER };
#define LEX_SPREAD_ROW(match, text, role, guard)                               \
	{(#match)[0] == 'P', text, SPREAD_##role, guard},
static const struct lex_row lex_spread[] = {LEXICON_SPREAD(LEX_SPREAD_ROW)};

/* Does a SPREAD phrase at i name the regions (an OVER word within four
 * words after it)? */
static bool spread_over_regions(const struct sent *x, size_t i)
{
	size_t span;

	if (lexicon_match(lex_spread, sizeof lex_spread / sizeof *lex_spread, x,
	                  i, &span, 0) != SPREAD_SPREAD)
		return false;
	for (size_t k = i + span; k < x->z && k < i + span + 4; k++)
		if (TABLE_AT(lex_spread, x, k) == SPREAD_OVER)
			return true;
	return false;
}

/* The pass "spread": an amount whose clause goes on "depending on level
 * and region" spans the regions; no one region's figure. */
static void pass_spread(struct reading *r)
{
	const struct sent *x = r->x;

	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];

		for (size_t j = sl->tok + 1;
		     j < x->z && j < sl->tok + LOOKAHEAD && !clause_end(x, j);
		     j++)
			if (spread_over_regions(x, j)) {
				sl->dropped = true;
				break;
			}
	}
}

/* The band an amount of slot sl is read against, for its size. */
static int size_band(const struct reading *r, const struct slot *sl)
{
	const char *code = r->x->t[sl->tok].a.currency.code;
	bool by_place;

	if (sl->band >= 0)
		return sl->band;
	return code[0] ? nth_band_of(r->f, code, 0, &by_place)
	               : first_band_with_numbers(r->f->g);
}

/* "At $240K, this reflects ...", after the parts: the package, a yearly
 * total when its size fits one (not the base said again: "At $225K, I'm
 * in"). */
static bool package_total(const struct reading *r, const struct slot *sl)
{
	const struct guide *g = r->f->g;
	int b = size_band(r, sl);
	double v = r->x->t[sl->tok].a.low, base;
	bool others;

	return b >= 0 && fits_total(&g->bands[b], v) &&
	       ((base = block_base(r->f, b, &others)) == 0 || v > base * 1.1);
}

/* A figure of the negotiation's sides (ask, floor, counter). */
static bool side_is_figure(int side)
{
	return side >= 0 && side < SIDE_COUNT;
}

/* Can the numbers of the band of sl not size its amount: none, or in
 * another currency than the amount's? */
static bool unsized(const struct reading *r, const struct slot *sl)
{
	int b = size_band(r, sl);
	const struct band *band;
	const char *code = r->x->t[sl->tok].a.currency.code;

	if (b < 0 || (size_t)b >= r->f->g->band_count)
		return false;
	band = &r->f->g->bands[b];
	return !band_has_numbers(band) ||
	       (code[0] && strcmp(code, band->currency.code) != 0);
}

/* "In Cardiff, push for £55K base. In Southampton, target £57K.": the
 * first amount of a sentence of the same shape for another region, one
 * that names no part, goes on with the part of the sentence before (a
 * base, an equity or a total) when it fits that part's band range (before
 * its size can call it a total); else P_NONE. */
static int same_shape_part(const struct reading *r, const struct slot *sl,
                           size_t k)
{
	const struct figures *f = r->f;
	const struct pamount *am = &r->x->t[sl->tok].a;

	const struct band *b;
	int lp;

	if (k != 0 || r->scope < 0 || r->part_words ||
	    !side_is_figure(sl->side) || am->percent)
		return P_NONE;
	/* The sentence of the same shape is the last one of the same side
	 * (an ask goes on from an ask, past a floor between them). */
	lp = f->side_lead[sl->side] != P_NONE ? f->side_lead[sl->side]
	                                      : f->lead_part;
	/* Only a part whose band range the guide gives can be fitted. */
	b = &f->g->bands[r->scope];
	if ((lp == P_BASE || lp == P_EQUITY || lp == P_TOTAL) &&
	    amount_known(lp == P_BASE     ? b->base_low
	                 : lp == P_EQUITY ? b->stock_low
	                                  : b->total_low))
		return fits_part(b, lp, am->low) ? lp : P_NONE;
	/* "Open at $205,000 base with ... Accept $275,000 total. For Tel
	 * Aviv, open at $175,000": a band of totals alone (a table of
	 * levels) sizes no part, so the clause goes on with that part. */
	if ((lp == P_BASE || lp == P_EQUITY) && !amount_known(b->base_low) &&
	    !amount_known(b->stock_low))
		return lp;
	return P_NONE;
}

/* "I need $215K base, $210K in RSUs ... At $215K, I commit.": the amount
 * an opening "At" says again is the part of the block's ask it repeats;
 * P_NONE when no ask or asks of two parts are that amount. */
static int ask_said_again(const struct reading *r, const struct slot *sl)
{
	const struct figures *f = r->f;
	int b = size_band(r, sl), part = P_NONE;
	double v = r->x->t[sl->tok].a.low;

	for (size_t i = f->block_first; i < f->cand_count; i++) {
		const struct candidate *c = &f->cands[i];

		if (c->band != b || c->side != SIDE_ASK || c->fig.percent ||
		    c->part >= P_OTHER ||
		    fabs((double)c->fig.low - v) > v * 0.005)
			continue;
		/* Two parts asked at that amount: it says neither. */
		if (part != P_NONE && part != c->part)
			return P_NONE;
		part = c->part;
	}
	return part;
}

/* The part of slot k when no word next to it names one: the amount
 * before it, the block's last part, the size, or the sentence before. */
static int part_from_context(struct reading *r, size_t k)
{
	const struct sent *x = r->x;
	struct slot *sl = &r->slots[k], *s1 = k > 0 ? sl - 1 : NULL;
	bool percent = x->t[sl->tok].a.percent;

	if (s1 && s1->part != P_NONE && s1->part != P_OTHER)
		return s1->part;
	if (r->at_package && k == 0 && !percent && package_total(r, sl))
		return P_TOTAL;
	if (r->at_package && k == 0 && !percent && ask_said_again(r, sl) >= 0)
		return ask_said_again(r, sl);
	/* "Hong Kong: HK$400K / $51K." after a sign-on: a sentence with no
	 * part words goes on with the block's last part. */
	if (!r->part_words && !r->any_cue && r->f->last_part != P_NONE &&
	    r->f->last_part != P_OTHER && side_is_figure(sl->side))
		return r->f->last_part;
	if (same_shape_part(r, sl, k) != P_NONE)
		return same_shape_part(r, sl, k);
	if (r->any_cue && sl->side < SIDE_REF && !percent) {
		/* With neither a scope nor a currency, size says nothing. */
		int b = sl->band >= 0 || x->t[sl->tok].a.currency.code[0]
		                ? size_band(r, sl)
		                : -1;

		if (b >= 0 && (size_t)b < r->f->g->band_count) {
			int p = part_by_size(r->f, b, sl->side,
			                     x->t[sl->tok].a.low);

			if (p != P_NONE)
				return p;
		}
	}
	/* "For Curitiba, push for R$290K+ base with R$140K+ in options. For
	 * São Paulo, target R$340K+ with R$180K+ in options.": a sentence of
	 * the same shape for another region. */
	if (k == 0 && r->scope >= 0 && r->f->lead_part != P_NONE &&
	    side_is_figure(sl->side) && !percent)
		return r->f->lead_part;
	/* An amount the band's numbers cannot size (Dubai's band in
	 * dollars, the prose in dirhams), in a sentence that names no part:
	 * "Anchor at AED 560K base ... Open at AED 590K and accept at AED
	 * 460K floor" goes on with the part last named. */
	if (r->any_cue && side_is_figure(sl->side) && !percent &&
	    !r->part_words && unsized(r, sl) && r->f->last_part != P_NONE &&
	    r->f->last_part != P_OTHER)
		return r->f->last_part;
	return P_NONE;
}

/* "Accept at $175K+ base and $175K+ bonus ($350K+ floor)": an amount in
 * parentheses right after two amounts of two parts, on its side, that is
 * their sum, is their total, whatever part word stands before the "(". */
static bool paren_sum(const struct reading *r, size_t k)
{
	const struct sent *x = r->x;
	const struct slot *sl = &r->slots[k], *a, *b;
	double v, sum;

	if (k < 2 || sl->tok == 0 || !is_punct(x, sl->tok - 1, '('))
		return false;
	a = sl - 2, b = sl - 1;
	if (!a->strong || !b->strong || a->part == b->part ||
	    a->part >= P_TOTAL || b->part >= P_TOTAL || a->side != b->side ||
	    x->t[sl->tok].a.percent || x->t[a->tok].a.percent ||
	    x->t[b->tok].a.percent)
		return false;
	v = x->t[sl->tok].a.low;
	sum = x->t[a->tok].a.low + x->t[b->tok].a.low;
	return v > 0 && fabs(v - sum) <= v * 0.005;
}

/* Parts that only the amount before, the size or the block can give. */
static void pass_parts(struct reading *r)
{
	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];

		if (sl->part != P_NONE && !sl->part_weak) {
			r->f->last_part = sl->part;
			continue;
		}
		if (paren_sum(r, k))
			sl->part = P_TOTAL;
		else if (sl->part == P_NONE)
			sl->part = part_from_context(r, k);
		/* "My floor for London is £140K; for US-remote, $240K.": what
		 * a figure turned out to be, the next one with none goes on
		 * with. */
		if (sl->part >= P_BASE && sl->part < P_OTHER && !sl->dropped &&
		    side_is_figure(sl->side))
			r->f->last_part = sl->part;
	}
}

/* "Bonus: 30-35% of base (£81K-£95K / $99K-$115K)": the money in a
 * parenthesis right after a bonus percent (and its "of base") is that
 * percent worked out, in one currency or several: no base, no figure of
 * its own. */
static void pass_percent_in_money(struct reading *r)
{
	const struct sent *x = r->x;

	for (size_t k = 0; k < r->nslots; k++) {
		const struct slot *sl = &r->slots[k];
		size_t i = sl->tok + 1, span;

		if (!x->t[sl->tok].a.percent || sl->part != P_BONUS)
			continue;
		if (is_word(x, i, "of") && part_at(x, i + 1, &span) == P_BASE)
			i += 1 + span;
		if (!is_punct(x, i, '('))
			continue;
		for (size_t q = k + 1; q < r->nslots; q++) {
			size_t j;

			for (j = i + 1; j < r->slots[q].tok; j++)
				if (is_punct(x, j, ')'))
					break;
			if (j < r->slots[q].tok ||
			    x->t[r->slots[q].tok].a.percent)
				break;
			r->slots[q].dropped = true;
		}
	}
}

/* A sign-on split over two years: "$20K in year 1 and $10K in year 2"
 * (marked here, summed by pass_sign_on_sum). */
static void pass_sign_on_years(struct reading *r)
{
	const struct sent *x = r->x;

	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];

		if (sl->part != P_SIGN_ON)
			continue;
		for (size_t i = sl->tok + 1; i < sl->tok + 5 && i < x->z; i++) {
			if ((starts(x, i, "year") || is_word(x, i, "yr")) &&
			    i + 1 < x->z && x->t[i + 1].kind == PTOK_NUMBER) {
				sl->split = (int)x->t[i + 1].number;
				break;
			}
			if (is_word(x, i, "y1") || is_word(x, i, "year-1"))
				sl->split = 1;
			if (is_word(x, i, "y2") || is_word(x, i, "year-2"))
				sl->split = 2;
			if (sl->split || x->t[i].kind == PTOK_AMOUNT)
				break;
		}
	}
}

/* The band of slot k when the text scoped none: the region the sentence
 * names, the block's region, or the nth band of its currency (the k-th
 * amount of one currency in a " / " list goes to the k-th band of that
 * currency). */
/* The currency of the amount of the sentence nearest to slot k's (the
 * one before on a tie); "" when none has one. */
static const char *nearest_currency(const struct reading *r, size_t k)
{
	const char *code = "";
	size_t best = SIZE_MAX, at = r->slots[k].tok;

	for (size_t q = 0; q < r->nslots; q++) {
		size_t tok = r->slots[q].tok;
		const char *c = r->x->t[tok].a.currency.code;
		size_t d = tok > at ? tok - at : at - tok;

		if (q != k && c[0] && d < best) {
			best = d;
			code = c;
		}
	}
	return code;
}

static void slot_region(struct reading *r, size_t k)
{
	struct figures *f = r->f;
	const struct guide *g = f->g;
	const struct sent *x = r->x;
	struct slot *sl = &r->slots[k];
	const char *code = x->t[sl->tok].a.currency.code;
	int nth = 0;
	bool by_place;

	if (r->regions_named == 1 && r->named_band >= 0 &&
	    (!code[0] || !strcmp(code, g->bands[r->named_band].currency.code)))
		sl->band = r->named_band;
	else if (r->block_band >= 0 &&
	         (!code[0] ||
	          !strcmp(code, g->bands[r->block_band].currency.code)))
		sl->band = r->block_band;
	if (sl->band >= 0)
		return;
	/* A percent goes with the amount nearest to it in its sentence
	 * ("Bonus: 30-35% of base (£81K-£95K / $99K-$115K)" is London's);
	 * with none, with the currency its block last wrote ("... could save
	 * $10M a year. My bonus should be 20% of base."), else the first
	 * band. */
	if (!code[0])
		code = nearest_currency(r, k);
	if (!code[0])
		code = f->block_currency[0] ? f->block_currency : NULL;
	if (!code) {
		sl->band = first_band_with_numbers(g);
		return;
	}
	if (!strcmp(code, "JPY") && f->yen_is_cny)
		code = "CNY";
	for (size_t q = k; q > 0 && k - q < MAX_LIST &&
	                   slash_joined(f, x, &r->slots[q - 1], &r->slots[q]);
	     q--)
		if (!strcmp(x->t[r->slots[q - 1].tok].a.currency.code, code) &&
		    r->slots[q - 1].part == sl->part)
			nth++;
	/* No band pays in that currency: the bands whose places do (the
	 * guide's front matter may give Singapore in dollars while its prose
	 * speaks in SGD). */
	sl->band = nth_band_of(f, code, nth, &by_place);
	if (sl->band >= 0 && by_place)
		sl->scoped = true;
}

static void pass_regions(struct reading *r)
{
	for (size_t k = 0; k < r->nslots; k++)
		if (r->slots[k].band < 0)
			slot_region(r, k);
}

/* The bands slots [0, end) are scoped to, each once, in the order they
 * come; how many (at most max). */
static size_t respectively_bands(const struct reading *r, size_t end,
                                 int *bands, size_t max)
{
	size_t nb = 0;

	for (size_t k = 0; k < end; k++) {
		const struct slot *sl = &r->slots[k];
		size_t i = 0;

		while (i < nb && bands[i] != sl->band)
			i++;
		if (sl->scoped && sl->band >= 0 && i == nb && nb < max)
			bands[nb++] = sl->band;
	}
	return nb;
}

/* "... $185K base in Brookfield or $220K base in New York, for minimum
 * total comp of $365K and $450K respectively": the unscoped amounts
 * right before "respectively" go, in order, to the regions the sentence
 * scoped before them, when there are as many. */
static void pass_respectively(struct reading *r)
{
	const struct sent *x = r->x;
	size_t q = x->a, end = 0, first, nb;
	int bands[8];

	while (q < x->z && !is_word(x, q, "respectively"))
		q++;
	while (end < r->nslots && r->slots[end].tok < q)
		end++;
	first = end;
	while (first > 0 && !r->slots[first - 1].scoped)
		first--;
	nb = respectively_bands(r, first, bands, 8);
	if (q == x->z || end - first < 2 || nb != end - first)
		return;
	for (size_t k = first; k < end; k++) {
		r->slots[k].band = bands[k - first];
		r->slots[k].also = 0;
		r->slots[k].scoped = true;
	}
}

/* Do only the first amount's part words and "with", "plus", "and" stand
 * between the amounts of slots a and b? */
static bool joined_parts(const struct sent *x, const struct slot *a,
                         const struct slot *b)
{
	size_t span;

	for (size_t i = a->tok + 1; i < b->tok; i++) {
		if (part_at(x, i, &span) != P_NONE) {
			i += span - 1;
			continue;
		}
		if (!is_word(x, i, "with") && !is_word(x, i, "plus") &&
		    !is_word(x, i, "and") && !is_punct(x, i, '+'))
			return false;
	}
	return true;
}

/* "I'm targeting C$155K base with $185K equity over four years": the
 * equity of a package whose base names its region by its currency is
 * that region's, in the currency it is written in (a Canadian office's
 * grant in US dollars), not the first dollar region's. */
static void pass_package_band(struct reading *r)
{
	const struct guide *g = r->f->g;
	const struct sent *x = r->x;

	for (size_t k = 1; k < r->nslots; k++) {
		struct slot *a = &r->slots[k - 1], *b = &r->slots[k];
		const char *ca = x->t[a->tok].a.currency.code;
		const char *cb = x->t[b->tok].a.currency.code;

		if (a->band < 0 || a->scoped || b->scoped || !a->strong ||
		    !b->strong || a->part != P_BASE || b->part != P_EQUITY ||
		    !ca[0] || !cb[0] || !strcmp(ca, cb) ||
		    strcmp(ca, g->bands[a->band].currency.code) != 0 ||
		    !joined_parts(x, a, b))
			continue;
		b->band = a->band;
		b->scoped = true;
	}
}

/* Does the band pay its base alone: numbers for base and total, the same
 * range for both, and no equity nor bonus (an all-cash firm that pays no
 * bonus)? */
static bool salary_only(const struct band *b)
{
	return amount_known(b->base_low) && amount_known(b->base_high) &&
	       b->base_low == b->total_low && b->base_high == b->total_high &&
	       !amount_known(b->stock_low) && !amount_known(b->stock_high) &&
	       b->bonus_pct < 0 && !amount_known(b->bonus_low) &&
	       !amount_known(b->bonus_high);
}

/* "I believe $290K all-cash is the right number": where the band pays
 * the base alone, a yearly total is the base (the calculator's base,
 * which the total then is too). */
static void pass_salary_total(struct reading *r)
{
	for (size_t k = 0; k < r->nslots; k++) {
		struct slot *sl = &r->slots[k];
		int b = size_band(r, sl);

		if (sl->part == P_TOTAL && side_is_figure(sl->side) &&
		    !r->x->t[sl->tok].a.percent && b >= 0 &&
		    (size_t)b < r->f->g->band_count &&
		    salary_only(&r->f->g->bands[b]))
			sl->part = P_BASE;
	}
}

/* Sign-on split over two years: the sum, at the first. */
static void pass_sign_on_sum(struct reading *r)
{
	for (size_t k = 0; k + 1 < r->nslots; k++) {
		struct slot *a = &r->slots[k], *b = &r->slots[k + 1];

		if (a->part == P_SIGN_ON && b->part == P_SIGN_ON &&
		    a->split == 1 && b->split == 2 && a->side == b->side &&
		    a->band == b->band) {
			struct ptok *ta =
				(struct ptok *)(uintptr_t)&r->x->t[a->tok];

			ta->a.low += r->x->t[b->tok].a.low;
			ta->a.high += r->x->t[b->tok].a.high;
			b->dropped = true;
		}
	}
}

/* Is slot sl a figure of its band: an ask, floor or counter of a part,
 * in the band's currency (or scoped there), of a size the band can
 * pay? */
static bool slot_is_figure(const struct figures *f, const struct slot *sl,
                           const struct pamount *am)
{
	const struct guide *g = f->g;

	if (sl->dropped || am->placeholder || !side_is_figure(sl->side) ||
	    sl->part < 0 || sl->part >= P_OTHER || sl->band < 0)
		return false;
	/* Monthly pay is a yearly figure twelve times over; a monthly grant
	 * or sign-on is none the genre states. */
	if (sl->per_month && sl->part != P_BASE && sl->part != P_TOTAL &&
	    sl->part != P_BONUS)
		return false;
	if (am->percent)
		return true;
	/* An amount in another currency than its band's is a conversion,
	 * unless the text scoped it there. */
	if (am->currency.code[0] && !sl->scoped &&
	    strcmp(am->currency.code, g->bands[sl->band].currency.code) &&
	    !(f->yen_is_cny && !strcmp(am->currency.code, "JPY")))
		return false;
	/* Ten times the band's largest number is no pay of its ("the total
	 * $100B+ gross bookings"). */
	return am->low > 0 && !beyond_band(&g->bands[sl->band], am->low);
}

/* The figures the slots are, as candidates (one per band a scope names). */
static void pass_emit(struct reading *r)
{
	struct figures *f = r->f;
	const struct sent *x = r->x;

	for (size_t k = 0; k < r->nslots; k++) {
		const struct slot *sl = &r->slots[k];
		const struct pamount *am = &x->t[sl->tok].a;

		/* A pay figure the strategy states ("$150 billion" under
		 * management is none). */
		if (f->kind == FIG_STRATEGY && !am->placeholder &&
		    !sl->dropped && sl->side < SIDE_REF && sl->part >= 0 &&
		    sl->part < P_OTHER)
			f->strategy_amounts = true;
		if (!slot_is_figure(f, sl, am))
			continue;
		add_candidate(f, sl, x, r->first_line);
		for (int extra = 0; extra < 64 && sl->also; extra++)
			if (sl->also & ((uint64_t)1 << extra) &&
			    (size_t)extra < f->g->band_count &&
			    (am->percent || !am->currency.code[0] ||
			     !strcmp(am->currency.code,
			             f->g->bands[extra].currency.code))) {
				struct slot copy = *sl;

				copy.band = extra;
				add_candidate(f, &copy, x, r->first_line);
			}
		if (f->kind == FIG_STRATEGY)
			f->strategy_figures = true;
	}
}

/* A slot that is a figure of a part on a side. */
static bool slot_counts(const struct reading *r, const struct slot *sl)
{
	return !sl->dropped && side_is_figure(sl->side) && sl->part >= 0 &&
	       sl->part < P_OTHER;
}

/* The side the next sentence starts on, the part its first figure was,
 * and the block's side. */
static void pass_carry(struct reading *r)
{
	struct figures *f = r->f;
	const struct sent *x = r->x;
	bool clause = x->z > x->a && is_punct(x, x->z - 1, ';');

	f->carry_side = r->side;
	/* "£90,000 / $170,000 / A$145,000 base": a sentence in several
	 * currencies leaves the block none of its own. */
	if (r->currencies_mixed)
		f->block_currency[0] = '\0';
	else if (r->currency[0])
		memcpy(f->block_currency, r->currency, sizeof r->currency);
	f->clause_scope = clause ? r->scope : -1;
	f->clause_scope_also = clause ? r->scope_also : 0;
	for (size_t k = 0; k < r->nslots; k++)
		if (slot_counts(r, &r->slots[k]) &&
		    !r->x->t[r->slots[k].tok].a.placeholder) {
			f->lead_part = r->slots[k].part;
			if (side_is_figure(r->slots[k].side))
				f->side_lead[r->slots[k].side] = f->lead_part;
			break;
		}
	for (size_t k = 0; k < r->nslots; k++)
		if (slot_counts(r, &r->slots[k]))
			f->block_side = r->slots[k].side;
}

#ifdef FIGURES_DEBUG
static void debug_slots(const struct reading *r)
{
	if (r->nslots)
		fprintf(stderr, "SENT %.*s\n",
		        (int)(r->x->t[r->x->z - 1].end -
		              r->x->t[r->x->a].start),
		        r->x->s + r->x->t[r->x->a].start);
	for (size_t k = 0; k < r->nslots; k++) {
		const struct slot *sl = &r->slots[k];
		const struct ptok *t = &r->x->t[sl->tok];

		fprintf(stderr, "  slot '%.*s' side=%d part=%d%s band=%d%s%s\n",
		        (int)(t->end - t->start), r->x->s + t->start, sl->side,
		        sl->part, sl->part_weak ? "(weak)" : "", sl->band,
		        sl->scoped ? "(scoped)" : "",
		        sl->dropped ? " DROPPED" : "");
	}
}
#endif

/* The region the clause before scoped, for this one: not when this one
 * opens a scope of its own ("...; for European roles, open at ..."). */
static int clause_scope_for(const struct figures *f, const struct sent *x)
{
	size_t i = x->a;

	while (i < x->z && x->t[i].kind == PTOK_PUNCT)
		i++;
	return is_word(x, i, "for") || is_word(x, i, "in") ? -1
	                                                   : f->clause_scope;
}

/* Read one sentence [x->a, x->z): tokens -> cues, scopes and slots (the
 * walk) -> sides -> parts -> regions -> figures. */
static void read_sentence(struct figures *f, const struct sent *x,
                          int first_line)
{
	size_t n = x->z - x->a;
	struct reading r = {
		.f = f,
		.x = x,
		.first_line = first_line,
		.slots = xcalloc(n ? n : 1, sizeof *r.slots),
		.cond = xcalloc(n ? n : 1, 1),
		.side = f->kind != FIG_OTHER && proposal_opens(x) ? SIDE_ASK
	                : starts_instruction(x)                   ? SIDE_UNSET
	                                        : f->carry_side,
		.named_band = -1,
		.scope = clause_scope_for(f, x),
		.scope_also = f->clause_scope_also,
		.scope_carried = clause_scope_for(f, x) >= 0,
		.block_band = f->block_region
	                              ? (int)(f->block_region - f->g->bands)
	                              : -1,
		.years = DEFAULT_VEST_YEARS,
	};

	mark_conditions(x, r.cond);
	pass_opening_package(&r);
	pass_sentence_facts(&r);
	pass_walk(&r);
	pass_lever_script(&r);
	pass_to_accept(&r);
	pass_backward_cues(&r);
	pass_arguments(&r);
	pass_spread(&r);
	slash_lists(f, x, r.slots, r.nslots);
	pass_relative_lists(&r);
	pass_parts(&r);
	pass_percent_in_money(&r);
	pass_sign_on_years(&r);
	by_position(f, x, r.slots, r.nslots);
	pass_regions(&r);
	pass_respectively(&r);
	pass_package_band(&r);
	pass_sign_on_sum(&r);
	pass_salary_total(&r);
#ifdef FIGURES_DEBUG
	debug_slots(&r);
#endif
	pass_emit(&r);
	pass_carry(&r);
	free(r.slots);
	free(r.cond);
}

/* --- the reader ---------------------------------------------------------- */

struct figures *figures_new(struct guide *g)
{
	struct figures *f = xcalloc(1, sizeof *f);
	bool jpy = false, cny = false;

	f->g = g;
	f->carry_side = SIDE_UNSET;
	f->block_side = SIDE_UNSET;
	f->clause_scope = -1;
	f->last_part = P_NONE;
	f->lead_part = P_NONE;
	for (int d = 0; d < SIDE_COUNT; d++)
		f->side_lead[d] = P_NONE;
	for (size_t b = 0; b < g->band_count; b++) {
		band_aliases(f, (int)b);
		if (b < GUIDE_MAX_BANDS)
			f->place[b] = region_currency(g->bands[b].region);
		jpy = jpy || !strcmp(g->bands[b].currency.code, "JPY");
		cny = cny || !strcmp(g->bands[b].currency.code, "CNY");
	}
	f->yen_is_cny = cny && !jpy;
	/* "kr" is the krona or krone of the guide's Nordic band. */
	for (int pass = 0; pass < 2 && !f->krona.code[0]; pass++)
		for (size_t b = 0; b < g->band_count && !f->krona.code[0];
		     b++) {
			const char *c = pass == 0 ? g->bands[b].currency.code
			                          : f->place[b];

			if (c && currency_krona(c))
				memcpy(f->krona.code, c, 4);
		}
	return f;
}

void figures_read(struct figures *f, enum figures_block kind, bool new_block,
                  const struct band *region, const char *text, size_t len,
                  int first_line)
{
	struct ptok *t = NULL;
	struct para para;
	size_t n, a, z;

	if (!f || !text)
		return;
	if (new_block) {
		f->carry_side = SIDE_UNSET;
		f->block_side = SIDE_UNSET;
		f->block_currency[0] = '\0';
		f->block_first = f->cand_count;
		f->last_part = P_NONE;
		f->lead_part = P_NONE;
		for (int d = 0; d < SIDE_COUNT; d++)
			f->side_lead[d] = P_NONE;
		if (kind == FIG_STRATEGY && !f->strategy_line)
			f->strategy_line = first_line;
	}
	f->kind = kind;
	f->block_region = region;
	f->clause_scope = -1;
	n = prose_scan(text, len, &t);
	/* "kr" names no one currency: the guide's, or no figure at all. */
	for (a = 0; a < n; a++)
		if (t[a].kind == PTOK_AMOUNT &&
		    !strcmp(t[a].a.currency.code, PROSE_KRONA)) {
			if (f->krona.code[0])
				t[a].a.currency = f->krona;
			else
				t[a].a.placeholder = true;
		}
	para = para_new(text, t, n);
	for (a = 0; a < n; a = z) {
		struct sent x = {text, t, a, 0, &para};

		z = sentence_end(t, n, a);
		x.z = z;
		read_sentence(f, &x, first_line);
	}
	para_free(&para);
	free(t);
}

const struct band *figures_region_named(struct figures *f, const char *text,
                                        size_t len)
{
	struct ptok *t = NULL;
	size_t n = prose_scan(text, len, &t), i, span;
	struct para para = para_new(text, t, n);
	struct sent x = {text, t, 0, n, &para};
	int found = -1;

	for (i = 0; i < n; i++) {
		int b = region_at(f, &x, i, &span);

		if (b < 0)
			continue;
		if (found >= 0 && b != found) {
			found = -1;
			break;
		}
		found = b;
		i += span - 1;
	}
	para_free(&para);
	free(t);
	return found >= 0 ? &f->g->bands[found] : NULL;
}

/* Does a figure of a lever say something else than the strategy's? */
static bool disagree(const struct figure *a, const struct figure *b)
{
	double alo = a->percent ? a->pct_low : (double)a->low;
	double ahi = a->percent ? a->pct_high : (double)a->high;
	double blo = b->percent ? b->pct_low : (double)b->low;
	double bhi = b->percent ? b->pct_high : (double)b->high;

	if (a->percent != b->percent ||
	    strcmp(a->currency.code, b->currency.code) != 0)
		return false;
	/* "$240K+" is at least $240K: only less is a disagreement; 2% is
	 * rounding, not a disagreement. */
	if (a->at_least)
		ahi = INFINITY;
	if (b->at_least)
		bhi = INFINITY;
	return bhi < alo * 0.98 || blo > ahi * 1.02;
}

static void set_part(struct ask *a, const struct band *b, int part,
                     struct candidate *c)
{
	struct figure *dst = &a->part[part];

	*dst = c->fig;
	c->fig.source.text = NULL; /* moved */
	if (dst->percent || strcmp(dst->currency.code, b->currency.code) != 0)
		return;
	if (part == P_BASE)
		a->base = dst->low;
	else if (part == P_EQUITY)
		a->equity = dst->low;
	else if (part == P_SIGN_ON)
		a->sign_on = dst->low;
}

/* --- reconciliation: figures that agree with nothing ------------------- */

static struct ask *ask_of(struct band *b, int side)
{
	return side == SIDE_ASK     ? b->target
	       : side == SIDE_FLOOR ? b->floor
	                            : b->counter;
}

/* An amount read from the prose in the band's own currency. */
static bool prose_amount(const struct band *b, const struct figure *fig)
{
	return fig->known && !fig->percent && fig->source.text &&
	       amount_known(fig->low) &&
	       !strcmp(fig->currency.code, b->currency.code);
}

/* Take the figure of (band, side, part) out of what the calculator uses
 * and keep it, with why, as doubtful (a warning says so). */
static void doubt(struct guide *g, size_t band, int side, int part,
                  const char *why)
{
	static const char *const side_names[SIDE_COUNT] = {"ask", "floor",
	                                                   "counter"};
	struct band *b = &g->bands[band];
	struct ask *a = ask_of(b, side);
	struct figure *fig = &a->part[part];
	struct doubt *d;
	char text[64];
	size_t cap = g->doubt_count;

	g->doubts = xgrow(g->doubts, &cap, g->doubt_count + 1, sizeof *d);
	d = &g->doubts[g->doubt_count++];
	d->band = band;
	d->side = side;
	d->part = (enum ask_part)part;
	d->fig = *fig;
	snprintf(d->why, sizeof d->why, "%s", why);
	guide_figure_text(text, sizeof text, fig, (enum ask_part)part);
	diag_add(&g->diags, DIAG_WARNING, fig->source.line,
	         "%s: the %s's %s (%s) is %s; read, doubtful, and not used",
	         b->region, side_names[side], guide_part_name(part), text, why);
	memset(fig, 0, sizeof *fig);
	fig->low = fig->high = AMOUNT_NONE;
	if (part == P_BASE)
		a->base = AMOUNT_NONE;
	else if (part == P_EQUITY)
		a->equity = AMOUNT_NONE;
}

/* The band's range for a part, as text ("$180K–$240K"). */
static void range_text(char *buf, size_t size, const struct band *b, int part)
{
	struct figure r = {.known = true, .currency = b->currency};

	r.low = part == P_BASE     ? b->base_low
	        : part == P_EQUITY ? b->stock_low
	                           : b->total_low;
	r.high = part == P_BASE     ? b->base_high
	         : part == P_EQUITY ? b->stock_high
	                            : b->total_high;
	guide_figure_text(buf, size, &r, (enum ask_part)part);
}

/* An amount outside a quarter to four times the band's range for its
 * part is no pay of the band's: a misreading. */
static void doubt_far_from_band(struct guide *g, size_t band, int part)
{
	const struct band *b = &g->bands[band];
	char range[64], why[96];

	for (int side = 0; side < SIDE_COUNT; side++) {
		const struct figure *fig =
			&ask_of(&g->bands[band], side)->part[part];
		double v = (double)fig->low;
		amount_t lo = part == P_BASE     ? b->base_low
		              : part == P_EQUITY ? b->stock_low
		                                 : b->total_low;
		amount_t hi = part == P_BASE     ? b->base_high
		              : part == P_EQUITY ? b->stock_high
		                                 : b->total_high;

		if (!prose_amount(b, fig) || !amount_known(lo) ||
		    !amount_known(hi) ||
		    (v >= (double)lo / 4 && v <= (double)hi * 4))
			continue;
		range_text(range, sizeof range, b, part);
		snprintf(why, sizeof why, "far outside the band's %s", range);
		doubt(g, band, side, part, why);
	}
}

/* An ask below the floor for the same part.  A tenth or more below: the
 * one that does not fit the band is the misreading; when both fit or
 * neither does, both are doubtful.  Less: the floor is a fallback's
 * figure ("if base is firm at $155K, I'll accept with RSUs at $220K"
 * after an ask of $210K), no floor of the part on its own: it is the
 * doubtful one, and the ask stands. */
static void doubt_ask_below_floor(struct guide *g, size_t band, int part)
{
	struct band *b = &g->bands[band];
	const struct figure *ask = &b->target->part[part],
			    *floor = &b->floor->part[part];
	char at[64], ft[64], why[96];
	bool ask_fits, floor_fits;

	if (!prose_amount(b, ask) || !prose_amount(b, floor) ||
	    !(ask->high < floor->low))
		return;
	if (!((double)ask->high < (double)floor->low * 0.9)) {
		guide_figure_text(at, sizeof at, ask, (enum ask_part)part);
		snprintf(why, sizeof why, "above the ask (%s)", at);
		doubt(g, band, SIDE_FLOOR, part, why);
		return;
	}
	ask_fits = fits_part(b, part, (double)ask->low);
	floor_fits = fits_part(b, part, (double)floor->low);
	guide_figure_text(at, sizeof at, ask, (enum ask_part)part);
	guide_figure_text(ft, sizeof ft, floor, (enum ask_part)part);
	if (!(ask_fits && !floor_fits)) {
		snprintf(why, sizeof why, "below the floor (%s)", ft);
		doubt(g, band, SIDE_ASK, part, why);
	}
	if (!(floor_fits && !ask_fits)) {
		snprintf(why, sizeof why, "above the ask (%s)", at);
		doubt(g, band, SIDE_FLOOR, part, why);
	}
}

/* A guide that states its ask as base + the whole grant ("a package of
 * 1.48M: 1M base + a 480K grant") states its floor the same way: a lone
 * floor figure above the ask's grant and within that package is the
 * package's floor, not an equity floor above the equity asked. */
static void reread_package_floor(struct guide *g, size_t band)
{
	struct band *b = &g->bands[band];
	struct ask *fl = b->floor;
	struct figure *eq = &fl->part[P_EQUITY];
	amount_t package = guide_ask_package(b);

	if (!amount_known(package) || fl->part[P_BASE].known ||
	    fl->part[P_TOTAL].known || !prose_amount(b, eq) ||
	    !amount_known(b->target->equity) || eq->low <= b->target->equity ||
	    eq->high > package)
		return;
	fl->part[P_TOTAL] = *eq;
	memset(eq, 0, sizeof *eq);
	eq->low = eq->high = AMOUNT_NONE;
	fl->equity = AMOUNT_NONE;
}

static void figures_reconcile(struct guide *g)
{
	static const int parts[] = {P_BASE, P_EQUITY, P_TOTAL};

	for (size_t b = 0; b < g->band_count; b++)
		reread_package_floor(g, b);
	for (size_t b = 0; b < g->band_count; b++) {
		for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
			doubt_far_from_band(g, b, parts[k]);
			doubt_ask_below_floor(g, b, parts[k]);
		}
		/* A sign-on or a bonus amount has no band to fit. */
		doubt_ask_below_floor(g, b, P_SIGN_ON);
		doubt_ask_below_floor(g, b, P_BONUS);
	}
}

/* "For Cohere, I'm targeting C$205K base with $380K equity" under
 * Toronto, and a lever's "I need $350K+ in equity": a lever's amount whose
 * region comes from its currency alone restates the strategy's of its
 * side and part written in that currency under a region that pays in
 * another (the one package, its parts in two currencies), not a figure of
 * the first region of the currency. */
static bool restates_strategy(const struct figures *f,
                              const struct candidate *c)
{
	const struct guide *g = f->g;

	if (c->rank != FIG_LEVER || c->scoped || c->fig.percent)
		return false;
	for (size_t j = 0; j < f->cand_count; j++) {
		const struct candidate *o = &f->cands[j];

		if (o->rank == FIG_STRATEGY && o->fig.known && o->band >= 0 &&
		    (size_t)o->band < g->band_count && o->band != c->band &&
		    o->side == c->side && o->part == c->part &&
		    !o->fig.percent &&
		    !strcmp(o->fig.currency.code, c->fig.currency.code) &&
		    strcmp(g->bands[o->band].currency.code,
		           o->fig.currency.code) != 0)
			return true;
	}
	return false;
}

/* "Open at $155K base in Jacksonville / $180K in New York, with a $140K
 * RSU grant": a strategy that names the lever's region for some parts
 * but writes a part once, unscoped, gives that part to every region it
 * names; a lever's figure of that side and part for one of those regions
 * ("$175K-$180K base in New York with an RSU grant of $120K-$140K") says
 * otherwise than the strategy, which wins (README: the strategy's figure
 * is the one in the key). */
static bool strategy_shares_part(const struct figures *f,
                                 const struct candidate *c)
{
	bool shared = false, names_band = false;

	if (c->rank == FIG_STRATEGY || c->fig.percent)
		return false;
	for (size_t j = 0; j < f->cand_count; j++) {
		const struct candidate *o = &f->cands[j];

		if (o->rank != FIG_STRATEGY || !o->fig.known ||
		    o->side != c->side)
			continue;
		if (o->band == c->band && o->scoped && o->part != c->part)
			names_band = true;
		if (o->band != c->band && !o->scoped && o->part == c->part &&
		    !o->fig.percent &&
		    !strcmp(o->fig.currency.code, c->fig.currency.code))
			shared = true;
	}
	return shared && names_band;
}

void figures_finish(struct figures *f)
{
	struct guide *g = f->g;
	static const char *const side_names[SIDE_COUNT] = {"ask", "floor",
	                                                   "counter"};
	size_t i, j;

	for (i = 0; i < f->cand_count; i++) {
		struct candidate *c = &f->cands[i];
		struct band *b;
		struct ask *a;
		bool locked;
		struct candidate *best = c;

		if (!c->fig.known || c->band < 0 ||
		    (size_t)c->band >= g->band_count ||
		    restates_strategy(f, c) || strategy_shares_part(f, c))
			continue;
		/* The winner of its (band, side, part): lowest rank, then
		 * first written. */
		for (j = 0; j < f->cand_count; j++) {
			struct candidate *o = &f->cands[j];

			if (o->fig.known && o->band == c->band &&
			    o->side == c->side && o->part == c->part &&
			    (o->rank < best->rank ||
			     (o->rank == best->rank && o->order < best->order)))
				best = o;
		}
		if (best != c) {
			/* A lever that says otherwise than the strategy. */
			if (best->rank == FIG_STRATEGY &&
			    c->rank == FIG_LEVER &&
			    disagree(&best->fig, &c->fig)) {
				char x[64], y[64];

				guide_figure_text(x, sizeof x, &c->fig,
				                  (enum ask_part)c->part);
				guide_figure_text(y, sizeof y, &best->fig,
				                  (enum ask_part)c->part);
				diag_add(
					&g->diags, DIAG_WARNING,
					c->fig.source.line,
					"a lever's %s %s for %s (%s) disagrees "
					"with the "
					"strategy's (%s, line %d); the "
					"strategy's is used",
					side_names[c->side],
					guide_part_name((enum ask_part)c->part),
					g->bands[c->band].region, x, y,
					best->fig.source.line);
			}
			continue;
		}
		b = &g->bands[c->band];
		a = c->side == SIDE_ASK     ? b->target
		    : c->side == SIDE_FLOOR ? b->floor
		                            : b->counter;
		locked = (c->side == SIDE_ASK && b->target_from_front_matter) ||
		         (c->side == SIDE_FLOOR && b->floor_from_front_matter);
		if (locked || a->part[c->part].known)
			continue;
		set_part(a, b, c->part, c);
	}
	figures_reconcile(g);
	g->strategy_line = f->strategy_line;
	if (f->strategy_line && f->strategy_amounts && !f->strategy_figures) {
		bool any = false;

		for (i = 0; i < g->band_count; i++)
			any = any || ask_any(g->bands[i].target) ||
			      ask_any(g->bands[i].floor);
		if (!any) {
			g->strategy_unread = true;
			diag_add(&g->diags, DIAG_WARNING, f->strategy_line,
			         "the strategy states amounts, but no ask or "
			         "floor "
			         "could be read");
		}
	}
}

void figures_free(struct figures *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->cand_count; i++)
		free(f->cands[i].fig.source.text);
	free(f->cands);
	free(f);
}
