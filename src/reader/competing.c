/* competing.c - the competitors' names and figures in a script
 * (competing.h). */
#include "negotiator/competing.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "negotiator/currency.h"
#include "negotiator/region.h"
#include "negotiator/text.h"
#include "lexicon.h"
#include "prose_scan.h"

/* The lexicon's words of names, offers and parts (lexicon.h). */
static const struct lexicon_row name_words[] = {
	LEXICON_NAME_WORDS(LEXICON_ROW)};
static const struct lexicon_row offer_words_rows[] = {
	LEXICON_OFFER(LEXICON_ROW)};
static const struct lexicon_row offer_parts[] = {
	LEXICON_OFFER_PARTS(LEXICON_ROW)};
static const struct lexicon_row grant_years[] = {
	LEXICON_GRANT_YEARS(LEXICON_ROW)};
static const struct lexicon_row per_year_words[] = {
	LEXICON_PER_YEAR(LEXICON_ROW)};

/* The whole of w[0, n) is a name word of role ("Staff", "March"). */
static bool name_word(int role, const char *w, size_t n)
{
	return lexicon_word(name_words, LEXICON_COUNT(name_words), role, w, n);
}

/* A row of the offer words of role stands in t[s, e). */
static bool says(int role, const char *t, size_t s, size_t e)
{
	int found;

	return lexicon_find(offer_words_rows, LEXICON_COUNT(offer_words_rows),
	                    role, t, s, e, &found) != (size_t)-1;
}

/* The length of w's first part when it is hyphenated ("Staff-level",
 * "AI-powered"), else n. */
static size_t before_hyphen(const char *w, size_t n)
{
	const char *hyphen = memchr(w, '-', n);
	return hyphen && hyphen > w ? (size_t)(hyphen - w) : n;
}

/* A plain word, whole ("Pre-IPO") or its first part ("Post-offer"). */
static bool plain_word(const char *w, size_t n)
{
	return name_word(LEXR_PLAIN, w, n) ||
	       name_word(LEXR_PLAIN, w, before_hyphen(w, n)) ||
	       name_word(LEXR_JOINING, w, n) || name_word(LEXR_CALENDAR, w, n);
}

/* A word of the trade's lists, or the plural of one ("PMs",
 * "Principals"). */
static bool listed_trade(const char *w, size_t n)
{
	if (name_word(LEXR_TRADE, w, n) || name_word(LEXR_PLACE, w, n) ||
	    name_word(LEXR_EXCHANGE, w, n))
		return true;
	return n > 2 && w[n - 1] == 's' && name_word(LEXR_TRADE, w, n - 1);
}

/* An adjective made with a hyphen ("Postgres-native", "Cloud-based"):
 * a lower-case word after the hyphen. */
static bool hyphen_adjective(const char *w, size_t n)
{
	const char *hyphen = memchr(w, '-', n);
	return hyphen && hyphen > w && hyphen + 1 < w + n &&
	       islower((unsigned char)hyphen[1]);
}

/* A web address ("Levels.fyi"): a dot inside, lower-case after it. */
static bool web_address(const char *w, size_t n)
{
	const char *dot = memchr(w, '.', n);
	if (!dot || dot == w || dot + 1 >= w + n)
		return false;
	for (const char *c = dot + 1; c < w + n; c++)
		if (!islower((unsigned char)*c) && *c != '.')
			return false;
	return true;
}

/* A trade word, a currency's code ("CHF 250K", "SGD"), or a level code:
 * L5, E6, IC4, P3, T5, M2; of a hyphenated word ("Staff-level",
 * "AI-powered") its first part. */
static bool trade_word(const char *w, size_t n)
{
	if (web_address(w, n))
		return true;
	n = before_hyphen(w, n);
	currency_t cur;
	size_t used;
	if (currency_from_text(w, n, &cur, &used) && used == n)
		return true;
	size_t letters = 0;
	while (letters < n && isupper((unsigned char)w[letters]))
		letters++;
	if (letters >= 1 && letters <= 2 && letters < n) {
		size_t d = letters;
		while (d < n && isdigit((unsigned char)w[d]))
			d++;
		if (d == n)
			return true;
	}
	return listed_trade(w, n);
}

static bool name_byte(char c)
{
	return isalnum((unsigned char)c) || (unsigned char)c >= 0x80 ||
	       c == '&' || c == '.' || c == '\'' || c == '-';
}

/* The words of a sentence: [start, end) of each, cut of a trailing '.'
 * or a possessive "'s". */
struct word {
	size_t start, end;
	bool capital;
};

static size_t words_of(const char *t, size_t s, size_t e, struct word *w,
                       size_t max)
{
	size_t n = 0;
	for (size_t i = s; i < e && n < max;) {
		if (!name_byte(t[i]) || t[i] == '\'' || t[i] == '-' ||
		    t[i] == '.' || t[i] == '&') {
			if (t[i] == '&' && i + 1 < e && t[i + 1] == ' ' &&
			    n < max) {
				w[n++] = (struct word){i, i + 1, true};
			}
			i++;
			continue;
		}
		size_t j = i;
		while (j < e && name_byte(t[j]))
			j++;
		size_t end = j;
		while (end > i && (t[end - 1] == '.' || t[end - 1] == '-' ||
		                   t[end - 1] == '\''))
			end--;
		if (end - i > 2 && t[end - 2] == '\'' &&
		    (t[end - 1] == 's' || t[end - 1] == 'S'))
			end -= 2;
		/* "15Five" is a name; "130K" and "2.06M" are figures, and so
		 * is the "C" of "C$150K". */
		bool cap = isupper((unsigned char)t[i]) &&
		           !(j < e && t[j] == '$') &&
		           !(i > s && t[i - 1] == ']');
		if (!cap && isdigit((unsigned char)t[i])) {
			size_t letters = 0, upper = 0;
			for (size_t k = i; k < end; k++) {
				letters += isalpha((unsigned char)t[k]) != 0;
				upper += isupper((unsigned char)t[k]) != 0;
			}
			cap = upper > 0 && letters >= 2;
		}
		w[n++] = (struct word){i, end, cap};
		i = j;
	}
	return n;
}

/* Inside a [placeholder] on this line. */
static bool in_brackets(const char *t, size_t s, size_t at)
{
	for (size_t i = at; i-- > s;) {
		if (t[i] == ']' || t[i] == '\n')
			return false;
		if (t[i] == '[')
			return true;
	}
	return false;
}

/* A word of the guide's own company's name or slug ("Hugging", "Face",
 * "Linear"), or a short form of it.  A run of capitalised words names a
 * competitor when some word in it is none of these (nor a trade word, a
 * region or a plain word): "Microsoft Identity" of a Ping Identity
 * guide does, "Hugging Face's" of a Hugging Face guide does not. */
static bool own_company(const struct guide *g, const char *w, size_t n)
{
	const char *names[] = {g ? g->company_display : NULL,
	                       g ? g->company : NULL};
	for (size_t k = 0; k < 2; k++)
		for (const char *p = names[k]; p && *p;) {
			while (*p && !isalnum((unsigned char)*p))
				p++;
			const char *q = p;
			while (*q && isalnum((unsigned char)*q))
				q++;
			if ((size_t)(q - p) == n && n > 1 &&
			    strncasecmp(p, w, n) == 0)
				return true;
			p = q;
		}
	/* Its short forms: initials ("DB" of Deutsche Bank, "BofA" of Bank
	 * of America) or the first two letters of each word ("AmEx"). */
	char initials[16] = "", twos[32] = "";
	size_t ni = 0, nt = 0;
	for (const char *p = g ? g->company_display : NULL; p && *p;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		const char *q = p;
		while (*q && isalnum((unsigned char)*q))
			q++;
		if (q > p && ni + 1 < sizeof initials) {
			bool small = q - p == 2 && strncasecmp(p, "of", 2) == 0;
			initials[ni++] = small ? 'f' : *p;
			if (small && ni + 1 < sizeof initials) {
				initials[ni - 1] = 'o';
				initials[ni++] = 'f';
			}
		}
		for (const char *c = p;
		     c < q && c < p + 2 && nt + 1 < sizeof twos; c++)
			twos[nt++] = *c;
		p = q;
	}
	initials[ni] = twos[nt] = '\0';
	return n > 1 && ni > 1 &&
	       ((n == ni && strncasecmp(w, initials, n) == 0) ||
	        (n == nt && strncasecmp(w, twos, n) == 0));
}

/* A word of one of the guide's regions ("São" of "São Paulo"), or a
 * name of one. */
static bool region_word(const struct guide *g, const char *w, size_t n)
{
	for (size_t i = 0; g && i < g->band_count; i++) {
		const char *r = g->bands[i].region;
		if (!r)
			continue;
		if (region_matches(r, w, n))
			return true;
		for (const char *p = r; *p;) {
			while (*p == ' ' || *p == '(' || *p == ')' || *p == '/')
				p++;
			const char *q = p;
			while (*q && *q != ' ' && *q != '(' && *q != ')' &&
			       *q != '/')
				q++;
			if ((size_t)(q - p) == n && strncasecmp(p, w, n) == 0)
				return true;
			p = q;
		}
	}
	return false;
}

/* True when the figure is one of the guide's own asks or floors. */
static bool guide_figure(const struct guide *g, const struct prose_money *t)
{
	for (size_t i = 0; g && i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		const struct ask *a[2] = {b->target, b->floor};
		if (t->currency.code[0] && b->currency.code[0] &&
		    strcmp(t->currency.code, b->currency.code) != 0)
			continue;
		for (int k = 0; k < 2; k++)
			if (t->value == a[k]->base ||
			    t->value == a[k]->equity ||
			    t->value == a[k]->sign_on)
				return true;
	}
	return false;
}

/* A sentence that may quote a competing offer: an offer word in it. */
static bool offer_words(const char *t, size_t s, size_t e)
{
	return says(LEXR_OFFER, t, s, e);
}

/* The part a role of LEXICON_OFFER_PARTS names. */
static enum competing_what part_of(int role)
{
	switch (role) {
	case LEXR_BASE: return COMPETING_BASE;
	case LEXR_GRANT: return COMPETING_GRANT;
	case LEXR_TOTAL: return COMPETING_TOTAL_YEAR;
	case LEXR_SIGN_ON: return COMPETING_SIGN_ON;
	case LEXR_BONUS: return COMPETING_BONUS;
	default: return COMPETING_FIGURE;
	}
}

/* The part word right after the figure ending at fe (before another
 * figure), else the nearest before it (with no amount in between). */
static enum competing_what part_near(const char *t, size_t s, size_t e,
                                     size_t fs, size_t fe)
{
	size_t after_end = fe + 28 < e ? fe + 28 : e;
	size_t before = fs > s + 24 ? fs - 24 : s, at, k;
	int role, last = LEXR_NONE;

	at = lexicon_find(offer_parts, LEXICON_COUNT(offer_parts),
	                  LEXICON_ANY_ROLE, t, fe, after_end, &role);
	/* Another figure comes first: the word belongs to it. */
	for (k = fe + 2; at != (size_t)-1 && k < at; k++)
		if (isdigit((unsigned char)t[k]))
			at = (size_t)-1;
	if (at != (size_t)-1)
		return part_of(role);
	if (memchr(t + before, '$', fs - before))
		return COMPETING_FIGURE;
	for (k = before; k < fs; k++) {
		at = lexicon_find(offer_parts, LEXICON_COUNT(offer_parts),
		                  LEXICON_ANY_ROLE, t, k, fs, &role);
		if (at == (size_t)-1)
			break;
		last = role;
		k = at;
	}
	return part_of(last);
}

/* What the words around a figure say it is. */
static enum competing_what figure_part(const char *t, size_t s, size_t e,
                                       const struct prose_money *m)
{
	size_t fe = m->end, after_end = fe + 38 < e ? fe + 38 : e;
	size_t near = fe + 16 < e ? fe + 16 : e;
	int found;
	/* "/yr" glued on (the lexer's), or a per-year word just after. */
	bool year =
		m->per_year ||
		lexicon_find(per_year_words, LEXICON_COUNT(per_year_words),
	                     LEXICON_ANY_ROLE, t, fe, near,
	                     &found) != (size_t)-1 ||
		lexicon_find(grant_years, LEXICON_COUNT(grant_years),
	                     LEXR_ONE_YEAR, t, fe, near, &found) != (size_t)-1;
	bool four = lexicon_find(grant_years, LEXICON_COUNT(grant_years),
	                         LEXR_FOUR_YEARS, t, fe, after_end,
	                         &found) != (size_t)-1;
	enum competing_what what = part_near(t, s, e, m->start, fe);

	if (what == COMPETING_GRANT && year)
		what = COMPETING_EQUITY_YEAR;
	if (what == COMPETING_TOTAL_YEAR && four)
		what = COMPETING_TOTAL_4Y;
	if (what == COMPETING_FIGURE && four)
		what = COMPETING_TOTAL_4Y;
	/* "$205K / $250K RSU": the unlabelled first of a pair is the base. */
	if (what == COMPETING_FIGURE && fe + 3 < e && t[fe] == ' ' &&
	    t[fe + 1] == '/' && t[fe + 2] == ' ')
		what = COMPETING_BASE;
	return what;
}

/* The names, rivals and figures found so far. */
struct finder {
	const char *text;
	const struct guide *g;
	struct competing_mention *out;
	size_t max, count;
	/* Competitors by name, in order of first appearance. */
	char rivals[COMPETING_MAX][48];
	int rival_count;
	int last_rival; /* of the sentence before, for "That's ..." */
	/* Tickers the text or the guide gives ("NASDAQ: AVGO"). */
	char ticker[8][8];
	size_t ticker_count;
};

static void add(struct finder *f, size_t start, size_t end,
                enum competing_what what, int rival,
                const struct prose_money *tok)
{
	if (f->count >= f->max)
		return;
	struct competing_mention *m = &f->out[f->count++];
	m->start = start;
	m->end = end;
	m->what = what;
	m->rival = rival;
	m->value = tok ? tok->value : AMOUNT_NONE;
	m->currency = tok ? tok->currency : (currency_t){""};
}

static int rival_of(struct finder *f, const char *name, size_t n)
{
	char key[48];
	snprintf(key, sizeof key, "%.*s", (int)n, name);
	for (char *p = key; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	for (int i = 0; i < f->rival_count; i++)
		if (strcmp(f->rivals[i], key) == 0)
			return i;
	if (f->rival_count >= COMPETING_MAX)
		return COMPETING_MAX - 1;
	snprintf(f->rivals[f->rival_count], sizeof f->rivals[0], "%s", key);
	return f->rival_count++;
}

/* "Google L5 at $230K", "Meta at $[X]": a name, a few words, "at" and a
 * figure. */
static bool at_figure(const char *t, size_t from, size_t e)
{
	size_t words = 0;
	for (size_t i = from; i < e && words <= 4; i++) {
		if (t[i] != ' ')
			continue;
		words++;
		if (i + 4 < e && strncmp(t + i, " at ", 4) == 0) {
			size_t pos = i + 4;
			struct prose_money tok;
			if (strchr("$€£¥", t[pos]) ||
			    (unsigned char)t[pos] == 0xE2 ||
			    (prose_scan_money(t, e, &pos, &tok) &&
			     tok.start == i + 4))
				return true;
		}
	}
	return false;
}

/* Only list words between two names: spaces, ",", "/", "&", "and",
 * "or", and parenthesised figures ("($235K TC)"). */
static bool list_between(const char *t, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		if (t[i] == '(') {
			const char *close = memchr(t + i, ')', b - i);
			if (!close)
				return false;
			i = (size_t)(close - t) + 1;
		} else if (strchr(" ,/&", t[i])) {
			i++;
		} else if (i + 3 <= b && strncmp(t + i, "and", 3) == 0) {
			i += 3;
		} else if (i + 2 <= b && strncmp(t + i, "or", 2) == 0) {
			i += 2;
		} else {
			return false;
		}
	}
	return b > a;
}

static size_t first_char(const char *t, size_t s, size_t e)
{
	while (s < e && !isalnum((unsigned char)t[s]) && t[s] != '[')
		s++;
	return s;
}

static bool word_is(const char *t, const struct word *w, const char *kw);

/* A row of the offer words of role is the whole word w. */
static bool word_says(const char *t, const struct word *w, int role)
{
	return lexicon_word(offer_words_rows, LEXICON_COUNT(offer_words_rows),
	                    role, t + w->start, w->end - w->start);
}

/* What may follow a company's name at the start of a sentence. */
static bool opens_name(const char *t, const struct word *w, size_t nw, size_t j)
{
	char after = t[w[j].end];
	if (after == '/' || after == ',' || after == '\'' || after == '(')
		return true;
	if (j + 1 >= nw)
		return false;
	if (word_says(t, &w[j + 1], LEXR_NAME_NEXT))
		return true;
	return w[j + 1].capital; /* "Google L5 at", "Meta E5" */
}

static bool word_is(const char *t, const struct word *w, const char *kw)
{
	size_t n = strlen(kw);
	return w->end - w->start == n && strncasecmp(t + w->start, kw, n) == 0;
}

/* Words after a name that make it an offer's: "Datadog is offering",
 * "a Meta E5 offer", "AWS pays", "Google L5 at $230K"; a grant word only
 * in a sentence about offers, a paying word only with a figure after. */
static bool offer_after(const char *t, const struct word *w, size_t nw,
                        size_t j, size_t e, bool offers)
{
	for (size_t k = j + 1; k < nw && k <= j + 5; k++) {
		size_t pos = w[k].end;
		struct prose_money tok;

		if (word_says(t, &w[k], LEXR_OFFER_VERB) ||
		    (offers && word_says(t, &w[k], LEXR_OFFER_GRANT)))
			return true;
		if (word_says(t, &w[k], LEXR_OFFER_PAYS) &&
		    prose_scan_money(t, e, &pos, &tok) &&
		    tok.start < w[k].end + 16)
			return true;
		if (word_is(t, &w[k], "at") && at_figure(t, w[k - 1].end, e))
			return true;
	}
	return at_figure(t, w[j].end, e);
}

/* An adverb opening a sentence: "Honestly, ...", "Realistically, ...". */
static bool adverb(const char *t, const struct word *w)
{
	return w->end - w->start > 4 && t[w->end] == ',' &&
	       strncmp(t + w->end - 2, "ly", 2) == 0;
}

/* A ticker the text or its guide gives after an exchange's name
 * ("NYSE: BX"), here or anywhere else. */
static bool ticker_word(const struct finder *f, const char *w, size_t n)
{
	for (size_t i = 0; i < f->ticker_count; i++)
		if (strlen(f->ticker[i]) == n &&
		    memcmp(f->ticker[i], w, n) == 0)
			return true;
	return false;
}

/* Keep the capitals at w (1 to 7 of them, or dots) as a ticker when
 * they end there; true when they were one. */
static bool note_ticker(struct finder *f, const char *w)
{
	size_t n = 0;
	while (isupper((unsigned char)w[n]) || w[n] == '.')
		n++;
	if (n == 0 || n >= sizeof f->ticker[0] || isalnum((unsigned char)w[n]))
		return false;
	while (n > 1 && w[n - 1] == '.') /* the sentence's end */
		n--;
	if (!ticker_word(f, w, n) && f->ticker_count < 8) {
		memcpy(f->ticker[f->ticker_count], w, n);
		f->ticker[f->ticker_count++][n] = '\0';
	}
	return true;
}

/* The n capitals at caps are the initials of the capitalised words
 * before `at` ("Amazon Web Services (AWS)"): an abbreviation, no
 * ticker. */
static bool initials_before(const char *t, const char *at, const char *caps,
                            size_t n)
{
	const char *p = at;
	size_t k = n;
	while (k > 0) {
		while (p > t && p[-1] == ' ')
			p--;
		const char *end = p;
		while (p > t && isalpha((unsigned char)p[-1]))
			p--;
		if (p == end || toupper((unsigned char)*p) != caps[k - 1])
			return false;
		k--;
	}
	return true;
}

/* Tickers without an exchange: capitals alone in parentheses ("Robinhood
 * (HOOD)") and after "ticker" or "symbol" ("ticker: WISE"). */
static void find_bare_tickers(struct finder *f, const char *t)
{
	for (const char *c = t; c && *c && f->ticker_count < 8; c++) {
		if (*c == '(' && isupper((unsigned char)c[1])) {
			const char *x = c + 1;
			while (isupper((unsigned char)*x) || *x == '.')
				x++;
			if (*x == ')' && x - c - 1 <= 5 &&
			    !initials_before(t, c, c + 1, (size_t)(x - c - 1)))
				note_ticker(f, c + 1);
			continue;
		}
		if (!isalpha((unsigned char)*c) ||
		    (c > t && isalnum((unsigned char)c[-1])))
			continue;
		size_t n = 0;
		while (isalpha((unsigned char)c[n]))
			n++;
		if (!name_word(LEXR_TICKER, c, n))
			continue;
		const char *x = c + n;
		if (*x == ':')
			x++;
		while (*x == ' ')
			x++;
		note_ticker(f, x);
		c += n - 1;
	}
}

/* Note the tickers of t: an exchange's name, ": ", capitals. */
static void find_tickers(struct finder *f, const char *t)
{
	find_bare_tickers(f, t);
	for (const char *c = t ? strstr(t, ": ") : NULL;
	     c && f->ticker_count < 8; c = strstr(c + 1, ": ")) {
		const char *x = c;
		while (x > t && isalpha((unsigned char)x[-1]))
			x--;
		if (!name_word(LEXR_EXCHANGE, x, (size_t)(c - x)))
			continue;
		note_ticker(f, c + 2);
	}
}

/* The tickers of the last guide body seen, known by its text: the body
 * is the same at every keystroke of an offer, and scanning it again at
 * each was three quarters of an offer form keystroke's instructions
 * (7.2M of 9.6M, callgrind; issue 18).
 * One per thread. */
static _Thread_local struct {
	struct text_seen body;
	char ticker[8][8];
	size_t count;
} body_tickers;

/* Note the tickers of a guide's body after those f holds: the body's
 * own, in the order found, as find_tickers would note them. */
static void find_body_tickers(struct finder *f, const char *body)
{
	if (!body)
		return;
	if (!text_seen_again(&body_tickers.body, body, strlen(body))) {
		struct finder b = {.last_rival = -1};
		find_tickers(&b, body);
		memcpy(body_tickers.ticker, b.ticker, sizeof b.ticker);
		body_tickers.count = b.ticker_count;
	}
	for (size_t i = 0; i < body_tickers.count && f->ticker_count < 8; i++) {
		const char *w = body_tickers.ticker[i];
		size_t n = strlen(w);
		if (!ticker_word(f, w, n)) {
			memcpy(f->ticker[f->ticker_count], w, n + 1);
			f->ticker_count++;
		}
	}
}

/* A word the text also writes in lower case ("the Systemic band" beside
 * "is systemic"): a common word, capitalised for emphasis. */
static bool common_word(const char *t, const char *w, size_t n)
{
	if (n < 3 || !islower((unsigned char)w[1]))
		return false;
	char first = (char)tolower((unsigned char)w[0]);
	for (const char *p = t; (p = strchr(p, first)) != NULL; p++)
		if ((p == t || !isalnum((unsigned char)p[-1])) &&
		    strncmp(p + 1, w + 1, n - 1) == 0 &&
		    !isalnum((unsigned char)p[n]))
			return true;
	return false;
}

/* The word after w's last hyphen is a yardstick ("Google-level",
 * "FAANG-style"). */
static bool yardstick(const char *w, size_t n)
{
	const char *h = NULL;
	for (size_t i = 1; i + 1 < n; i++)
		if (w[i] == '-')
			h = w + i;
	return h && name_word(LEXR_YARDSTICK, h + 1, (size_t)(w + n - h - 1));
}

/* A hyphenated word with a capitalised word after the hyphen
 * ("Zero-Day"; not a level's range, "L3-L4"). */
static bool capital_hyphen(const char *w, size_t n)
{
	const char *h = memchr(w, '-', n);
	return h && h > w && h + 2 < w + n && isupper((unsigned char)h[1]) &&
	       islower((unsigned char)h[2]);
}

/* The run w[a..j] is a thing's name, or a yardstick, not a company's:
 * a word of it is a yardstick ("Big Tech Staff-level offers"), it
 * joins a hyphenated word to more words ("Pure-Play FinTech", "Next-Gen
 * Infrastructure"), or it ends in a thing word or comes before one ("the
 * Spin-Out Premium", "the Agentic Integrity vision", "an
 * Efficiency-Impact bonus"). */
static bool thing_run(const char *t, const struct word *w, size_t nw, size_t a,
                      size_t j)
{
	for (size_t k = a; k <= j; k++) {
		const char *p = t + w[k].start;
		size_t len = w[k].end - w[k].start;
		if (yardstick(p, len) || (j > a && capital_hyphen(p, len)))
			return true;
	}
	if (name_word(LEXR_THING, t + w[j].start, w[j].end - w[j].start))
		return true;
	return j + 1 < nw && w[j + 1].start == w[j].end + 1 &&
	       t[w[j].end] == ' ' &&
	       islower((unsigned char)t[w[j + 1].start]) &&
	       name_word(LEXR_THING, t + w[j + 1].start,
	                 w[j + 1].end - w[j + 1].start);
}

/* The competitors' names in a sentence: runs of capitalised words that
 * are not plain words, trade words, the guide's company or a region,
 * where an offer is theirs: an offer word follows ("is offering", "at
 * $230K"), or "from" or "at" comes before in a sentence about offers. */
static size_t names_of(struct finder *f, size_t s, size_t e, bool offers,
                       bool figures, size_t name_start[], size_t name_end[],
                       size_t max)
{
	struct word w[128];
	size_t nw = words_of(f->text, s, e, w, 128), n = 0;
	const char *t = f->text;
	bool is_placed[64];
	if (max > 64)
		max = 64;
	for (size_t i = 0; i < nw && n < max;) {
		if (!w[i].capital || in_brackets(t, s, w[i].start)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j + 1 < nw && w[j + 1].capital &&
		       w[j + 1].start == w[j].end + 1 && t[w[j].end] == ' ')
			j++;
		/* Trim plain words in front ("Given", "My", "I"). */
		size_t a = i;
		while (a <= j &&
		       plain_word(t + w[a].start, w[a].end - w[a].start))
			a++;
		/* "Postgres-native tooling" names no company; "Google-adjacent
		 * offers" does. */
		bool of_offers =
			j + 1 < nw && (word_is(t, &w[j + 1], "offer") ||
		                       word_is(t, &w[j + 1], "offers"));
		bool company = false;
		for (size_t k = a; k <= j; k++) {
			const char *p = t + w[k].start;
			size_t len = w[k].end - w[k].start;
			if (hyphen_adjective(p, len) && !of_offers)
				continue;
			if (!own_company(f->g, p, len) && !trade_word(p, len) &&
			    !region_word(f->g, p, len) && !plain_word(p, len) &&
			    !ticker_word(f, p, len) &&
			    !common_word(t, p, len) && len >= 2)
				company = true;
		}
		/* In a sentence about offers that states a figure, every
		 * company is taken for a competitor (a placeholder too many is
		 * safe; a competitor's figure said as the user's is not). */
		bool placed = a <= j && ((offers && figures) ||
		                         offer_after(t, w, nw, j, e, offers) ||
		                         (offers && i > 0 &&
		                          (word_is(t, &w[i - 1], "from") ||
		                           word_is(t, &w[i - 1], "at") ||
		                           word_is(t, &w[i - 1], "vs"))));
		/* A lone word opening the sentence is a name only when what
		 * follows makes it one: "Figma offers", "Tableau/Salesforce
		 * is", "Anthropic is at"; not "Below $[floor], ...". */
		if (a <= j && thing_run(t, w, nw, a, j))
			company = false;
		if (a == j && w[a].start == first_char(t, s, e) &&
		    ((!opens_name(t, w, nw, j) &&
		      !offer_after(t, w, nw, j, e, offers)) ||
		     adverb(t, &w[a])))
			company = false;
		if (company && n < max) {
			name_start[n] = w[a].start;
			name_end[n] = w[j].end;
			is_placed[n] = placed;
			n++;
		}
		i = j + 1;
	}
	/* A name in a list with a placed one is a competitor too: "from
	 * Akamai ($235K TC) and Databricks", "Google L6 and Meta ... earn",
	 * "Tableau/Salesforce is offering". */
	for (bool more = true; more;) {
		more = false;
		for (size_t k = 0; k + 1 < n; k++)
			if (is_placed[k] != is_placed[k + 1] &&
			    list_between(t, name_end[k], name_start[k + 1])) {
				is_placed[k] = is_placed[k + 1] = true;
				more = true;
			}
	}
	/* One competitor in a sentence that states a figure makes every
	 * company in it one ("the Anthropic and OpenAI packages"). */
	bool any = false;
	for (size_t k = 0; k < n; k++)
		any |= is_placed[k];
	size_t kept = 0;
	for (size_t k = 0; k < n; k++)
		if (is_placed[k] || (any && figures)) {
			name_start[kept] = name_start[k];
			name_end[kept] = name_end[k];
			kept++;
		}
	return kept;
}

/* The ']' of a [placeholder] opening at t[i] on this line; 0 when t[i]
 * opens none. */
static size_t bracket_end(const char *t, size_t i, size_t e)
{
	if (t[i] != '[')
		return 0;
	size_t j = i + 1;
	while (j < e && t[j] != ']' && t[j] != '\n' && t[j] != '[')
		j++;
	return j < e && t[j] == ']' ? j : 0;
}

/* The inside of a [placeholder] that may name a company: capitalised,
 * with a lower-case letter or three capitals ("[Lab]", "[AWS]"), never
 * "[X]" or "[Y+60K]". */
static bool bracket_name(const char *s, size_t n)
{
	if (n < 2 || !isupper((unsigned char)s[0]))
		return false;
	size_t lower = 0, upper = 0;
	for (size_t i = 0; i < n; i++) {
		lower += islower((unsigned char)s[i]) != 0;
		upper += isupper((unsigned char)s[i]) != 0;
	}
	return lower > 0 || upper >= 3;
}

/* The [placeholders] of a competitor's sentence: one holding figures is
 * example offers; one listing names ("[Netflix/Apple]") example
 * competitors; one capitalised word or phrase ("[Lab]") stands where the
 * competitor's name goes. */
static void brackets_in(struct finder *f, size_t s, size_t e, int rival)
{
	const char *t = f->text;
	for (size_t i = s; i < e; i++) {
		size_t j = bracket_end(t, i, e);
		if (!j)
			continue;
		/* "$[X]K", "SGD [Y]": a figure to fill in, left as it is. */
		if (i > s &&
		    (t[i - 1] == '$' || (unsigned char)t[i - 1] >= 0x80 ||
		     (i > s + 1 && t[i - 1] == ' ' &&
		      isupper((unsigned char)t[i - 2])))) {
			i = j;
			continue;
		}
		size_t pos = i + 1;
		struct prose_money tok;
		bool figure = false;
		while (!figure && prose_scan_money(t, j, &pos, &tok))
			figure = !tok.percent;
		bool capital = bracket_name(t + i + 1, j - i - 1);
		bool list = memchr(t + i + 1, '/', j - i - 1) != NULL;
		if (figure)
			add(f, i, j + 1, COMPETING_EXAMPLE, rival, NULL);
		else if (capital && list)
			add(f, i, j + 1, COMPETING_NAMES, rival, NULL);
		else if (capital)
			add(f, i, j + 1, COMPETING_NAME,
			    rival_of(f, t + i + 1, j - i - 1), NULL);
		i = j;
	}
}

/* A figure outside [placeholders] (the guide's own too: "My floor is
 * $185K; below that, Figma's equity ..."). */
static bool states_figure(const struct finder *f, size_t s, size_t e)
{
	size_t pos = s;
	struct prose_money tok;
	while (prose_scan_money(f->text, e, &pos, &tok))
		if (!tok.percent && !in_brackets(f->text, s, tok.start))
			return true;
	return false;
}

/* A [Capitalised] placeholder with no figure and no list in it: where a
 * competitor's name goes ("[Lab] has offered me ..."). */
static bool bracket_names(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++) {
		size_t j = bracket_end(t, i, e);
		size_t pos = i + 1;
		struct prose_money tok;
		if (j && bracket_name(t + i + 1, j - i - 1) &&
		    !memchr(t + i, '/', j - i) &&
		    !prose_scan_money(t, j, &pos, &tok))
			return true;
	}
	return false;
}

/* One sentence. */
static void sentence(struct finder *f, size_t s, size_t e)
{
	const char *t = f->text;
	size_t ns[16], ne[16];
	bool offers = offer_words(t, s, e);
	size_t names =
		names_of(f, s, e, offers, states_figure(f, s, e), ns, ne, 16);
	bool competing = says(LEXR_COMPETING, t, s, e) ||
	                 (offers && says(LEXR_RIVAL, t, s, e));
	/* "That's €940K over four years": the sentence before goes on. */
	int before = f->last_rival;
	bool goes_on =
		before >= 0 && says(LEXR_GOES_ON, t, s, s + 9 < e ? s + 9 : e);
	f->last_rival = -1;
	if (!(names > 0 || (bracket_names(t, s, e) && offers)) && !competing &&
	    !goes_on)
		return;
	size_t from = f->count;
	for (size_t i = 0; i < names; i++)
		add(f, ns[i], ne[i], COMPETING_NAME,
		    rival_of(f, t + ns[i], ne[i] - ns[i]), NULL);
	brackets_in(f, s, e, goes_on ? before : -1);
	/* The names of this sentence, in order: each figure belongs to the
	 * name before it, else to the first. */
	int first = goes_on ? before : -1;
	size_t first_at = (size_t)-1;
	for (size_t k = from; k < f->count; k++)
		if (f->out[k].what == COMPETING_NAME &&
		    f->out[k].start < first_at) {
			first_at = f->out[k].start;
			first = f->out[k].rival;
		}
	for (size_t k = from; k < f->count; k++)
		if (f->out[k].what != COMPETING_NAME)
			f->out[k].rival = first;
	size_t names_end = f->count;
	size_t pos = s;
	struct prose_money tok;
	/* A range ("$365K-$420K") is one figure: the lexer reads it so. */
	while (prose_scan_money(t, e, &pos, &tok)) {
		if (tok.percent || in_brackets(t, s, tok.start) ||
		    guide_figure(f->g, &tok))
			continue;
		int rival = first;
		size_t best = 0;
		for (size_t k = from; k < names_end; k++)
			if (f->out[k].what == COMPETING_NAME &&
			    f->out[k].start < tok.start &&
			    f->out[k].start >= best) {
				best = f->out[k].start;
				rival = f->out[k].rival;
			}
		add(f, tok.start, tok.end, figure_part(t, s, e, &tok), rival,
		    &tok);
	}
	f->last_rival = first;
}

static unsigned long long mix(unsigned long long h, const char *s, size_t n)
{
	return (h ^ text_hash(s, n)) * 0x100000001b3ull;
}

static unsigned long long mix_str(unsigned long long h, const char *s)
{
	return s ? mix(h, s, strlen(s) + 1) : mix(h, "", 0);
}

/* All that the finder reads of a guide, as one hash: its names
 * (own_company), its body (its tickers), each band's region
 * (region_word), currency, ask and floor (guide_figure).  Whatever the
 * finder comes to read of a guide must be added here. */
static unsigned long long guide_inputs(const struct guide *g)
{
	unsigned long long h = 0x9E3779B97F4A7C15ull;
	if (!g)
		return h;
	h = mix_str(mix_str(mix_str(h, g->company), g->company_display),
	            g->body);
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		const struct ask *a[2] = {b->target, b->floor};
		h = mix_str(mix_str(h, b->region), b->currency.code);
		for (int k = 0; k < 2; k++) {
			amount_t v[3] = {AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE};
			if (a[k]) {
				v[0] = a[k]->base;
				v[1] = a[k]->equity;
				v[2] = a[k]->sign_on;
			}
			h = mix(h, (const char *)v, sizeof v);
		}
	}
	return h;
}

/* The last texts' mentions, each known by the text and by what the
 * finder reads of its guide: an offer keystroke fills the script of the
 * guide that fits (one of a few, as the offer moves across the band),
 * and finding its competitors again was 40 % of the keystroke's analysis
 * (214K of 564K instructions; issue 18).  The oldest goes first.  One
 * set per thread. */
#define MEMO_TEXTS 4
static _Thread_local struct {
	struct {
		struct text_seen text;
		unsigned long long guide;
		size_t max, count;
		struct competing_mention out[COMPETING_MAX];
	} texts[MEMO_TEXTS];
	unsigned next;
} memo;

static size_t find(const char *text, size_t len, const struct guide *g,
                   struct competing_mention *out, size_t max)
{
	struct finder f = {
		.text = text, .g = g, .out = out, .max = max, .last_rival = -1};
	find_tickers(&f, text);
	find_body_tickers(&f, g ? g->body : NULL);
	for (size_t s = 0; s < len;) {
		/* The lexer's sentences: never ended inside a [placeholder]
		 * ("[D.E. Shaw/Citadel]"). */
		size_t e = prose_scan_sentence_end(text, len, s);
		sentence(&f, s, e);
		s = e;
	}
	return f.count;
}

size_t competing_find(const char *text, const struct guide *g,
                      struct competing_mention *out, size_t max)
{
	size_t len = strlen(text);
	if (max > COMPETING_MAX)
		return find(text, len, g, out, max);
	unsigned long long inputs = guide_inputs(g);
	struct text_seen seen = {0};
	text_seen_again(&seen, text, len);
	for (unsigned k = 0; k < MEMO_TEXTS; k++) {
		const struct text_seen *t = &memo.texts[k].text;
		if (!t->set || t->hash != seen.hash || t->len != seen.len ||
		    memo.texts[k].guide != inputs || memo.texts[k].max != max)
			continue;
		memcpy(out, memo.texts[k].out,
		       memo.texts[k].count * sizeof *out);
		return memo.texts[k].count;
	}
	unsigned k = memo.next++ % MEMO_TEXTS;
	memo.texts[k].text = seen;
	memo.texts[k].guide = inputs;
	memo.texts[k].max = max;
	memo.texts[k].count = find(text, len, g, memo.texts[k].out, max);
	memcpy(out, memo.texts[k].out, memo.texts[k].count * sizeof *out);
	return memo.texts[k].count;
}
