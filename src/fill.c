/* fill.c - filling in a script's arithmetic claim (found by
 * script_math_claims in script_math.c, the same finder `check` uses) and the
 * user's answers. */
#include "negotiator/fill.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "negotiator/competing.h"
#include "negotiator/text.h"
#include "reader/lexicon.h"

/* The next placeholder at or after p: "[" words "]" on one line, not
 * empty, no nested bracket, at most 200 bytes.  *close is its ']'. */
static const char *next_placeholder(const char *p, const char **close)
{
	for (; (p = strchr(p, '[')); p++) {
		size_t n = strcspn(p + 1, "[]\n");
		if (p[1 + n] == ']' && n > 0 && n < 200) {
			*close = p + 1 + n;
			return p;
		}
	}
	return NULL;
}

size_t fill_placeholders(const char *text, char ***out)
{
	char **list = NULL;
	size_t count = 0, cap = 0;
	const char *close;
	for (const char *p = text; (p = next_placeholder(p, &close));) {
		char *ph = xstrndup(p, (size_t)(close - p + 1));
		bool seen = false;
		for (size_t i = 0; i < count && !seen; i++)
			seen = strcmp(list[i], ph) == 0;
		if (seen) {
			free(ph);
		} else {
			list = xgrow(list, &cap, count + 1, sizeof *list);
			list[count++] = ph;
		}
		p = close + 1;
	}
	*out = list;
	return count;
}

/* A replacement to make: text[start..end) becomes with. */
struct edit {
	size_t start, end;
	char *with; /* owned */
	enum fill_kind kind;
};

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Note a placeholder the user may answer (answered or not). */
static void add_key(struct filled_script *f, const char *key, bool open)
{
	if (open)
		f->unanswered++;
	for (size_t i = 0; i < f->key_count; i++)
		if (strcmp(f->keys[i], key) == 0)
			return;
	f->keys = xrealloc(f->keys, (f->key_count + 1) * sizeof *f->keys);
	f->keys[f->key_count++] = xstrdup(key);
}

static void add_span(struct filled_script *f, size_t *cap, size_t start,
                     size_t end, enum fill_kind kind)
{
	f->spans = xgrow(f->spans, cap, f->span_count + 1, sizeof *f->spans);
	f->spans[f->span_count++] = (struct fill_span){start, end, kind};
}

static struct edit *new_edit(struct edit **edits, size_t *count, size_t *cap,
                             size_t start, size_t end, enum fill_kind kind,
                             char *with)
{
	*edits = xgrow(*edits, cap, *count + 1, sizeof **edits);
	struct edit *e = &(*edits)[(*count)++];
	*e = (struct edit){start, end, with, kind};
	return e;
}

static bool overlaps(const struct edit *edits, size_t count, size_t start,
                     size_t end)
{
	for (size_t i = 0; i < count; i++)
		if (start < edits[i].end && edits[i].start < end)
			return true;
	return false;
}

/* The claim: the first arithmetic claim in the band's currency takes the
 * offer's base, equity a year and four-year sum. */
static void fill_claim(const char *text, size_t len,
                       const struct fill_input *in, struct edit **edits,
                       size_t *count, size_t *cap, struct filled_script *out)
{
	const struct band *b = in->band;
	const struct offer_result *r = in->claim;
	struct script_claim claims[8];
	size_t nc = script_math_claims(text, len, claims, 8);
	const char *code = band_currency(b);
	for (size_t i = 0; b && i < nc; i++) {
		if (strcmp(claims[i].base.currency.code, code) != 0 &&
		    claims[i].base.currency.code[0])
			continue;
		const struct prose_money *tok[3] = {
			&claims[i].base, &claims[i].per_year, &claims[i].total};
		/* All of a claim or none of it: the offer's base beside the
		 * guide's own per-year figure and sum would be worse than
		 * either.  Without the user's base and equity, the claim is
		 * the guide's example offer: marked, never sent as a fact. */
		if (!r || !amount_known(r->base) ||
		    !amount_known(r->equity_4y)) {
			for (int k = 0; k < 3; k++) {
				if (k == 2 && !claims[i].has_total)
					continue;
				char buf[80];
				snprintf(buf, sizeof buf, "[check: %.*s]",
				         (int)(tok[k]->end - tok[k]->start),
				         text + tok[k]->start);
				new_edit(edits, count, cap, tok[k]->start,
				         tok[k]->end, FILL_PLACEHOLDER,
				         xstrdup(buf));
				out->checks++;
			}
			break;
		}
		/* The sentence adds base and equity only, so its total is
		 * 4 x (base + equity a year), at face value, whatever else
		 * the offer holds. */
		amount_t per_year = amount_scale(r->equity_4y, 1, 4);
		amount_t val[3] = {
			r->base, per_year,
			amount_scale(amount_add(r->base, per_year), 4, 1)};
		for (int k = 0; k < 3; k++) {
			if ((k == 2 && !claims[i].has_total) ||
			    !amount_known(val[k]))
				continue;
			char buf[64];
			money_short(buf, sizeof buf, val[k], code, false);
			new_edit(edits, count, cap, tok[k]->start, tok[k]->end,
			         FILL_AMOUNT, xstrdup(buf));
		}
		break;
	}
}

/* A competitor's figure as the user's offer of that rank has it. */
static amount_t user_figure(const struct offer_result *r,
                            enum competing_what what)
{
	switch (what) {
	case COMPETING_BASE: return r->base;
	case COMPETING_GRANT: return r->equity_4y;
	case COMPETING_EQUITY_YEAR: return amount_scale(r->equity_4y, 1, 4);
	case COMPETING_TOTAL_YEAR: return r->annual_total;
	case COMPETING_TOTAL_4Y: return r->four_year_total;
	case COMPETING_SIGN_ON: return r->sign_on;
	case COMPETING_BONUS: return r->bonus;
	case COMPETING_NAME:
	case COMPETING_FIGURE:
	case COMPETING_EXAMPLE:
	case COMPETING_NAMES: break;
	}
	return AMOUNT_NONE;
}

/* Every offer of the user's has a name. */
static bool offers_all_named(const struct fill_input *in)
{
	for (size_t i = 0; i < in->offer_count; i++)
		if (!in->offers[i].name || !in->offers[i].name[0])
			return false;
	return true;
}

/* "Google at €130K base with €105K a year in equity / Mistral at ...",
 * or with figures false the names alone ("Google / Mistral"). */
static char *user_offers_words(const struct fill_input *in, bool figures)
{
	struct strbuf sb;
	sb_init(&sb);
	const char *code = band_currency(in->band);
	for (size_t i = 0; i < in->offer_count; i++) {
		const struct fill_offer *o = &in->offers[i];
		if (sb.len)
			sb_adds(&sb, " / ");
		sb_adds(&sb, o->name && o->name[0] ? o->name : "an offer");
		if (!figures)
			continue;
		sb_addf(&sb, " at %s base",
		        money_text(o->res->base, code, false).s);
		if (amount_known(o->res->equity_4y))
			sb_addf(&sb, " with %s a year in equity",
			        money_text(
					amount_scale(o->res->equity_4y, 1, 4),
					code, false)
			                .s);
	}
	return sb_take(&sb);
}

/* The placeholder a competitor without an offer of the user's takes. */
static void rival_placeholder(int rival, char *buf, size_t size)
{
	if (rival <= 0)
		snprintf(buf, size, "[competing company]");
	else
		snprintf(buf, size, "[competing company %d]", rival + 1);
}

/* text[start, end) becomes the user's answer to key, else key, a
 * placeholder to answer. */
static void answer_or_placeholder(const struct fill_input *in, const char *key,
                                  size_t start, size_t end, struct edit **edits,
                                  size_t *count, size_t *cap,
                                  struct filled_script *out)
{
	const char *answer = in->answers ? kv_get(in->answers, key) : NULL;
	bool open = !answer || !*answer;
	new_edit(edits, count, cap, start, end,
	         open ? FILL_PLACEHOLDER : FILL_ANSWER,
	         open ? xstrdup(key)
	              : text_clean(answer, strlen(answer), false));
	add_key(out, key, open);
}

/* Only blanks and one '/' between text[from] and text[to]: two amounts
 * written as one's equivalent of the other ("€12K / $13K"). */
static bool slash_between(const char *text, size_t from, size_t to)
{
	bool slash = false;
	for (size_t q = from; q < to; q++) {
		if (text[q] == '/' && !slash)
			slash = true;
		else if (text[q] != ' ')
			return false;
	}
	return slash;
}

/* The amount written right after text[at] as its twin in another
 * currency ("€115K / $242K"): found and marked "[check: $242K]", since
 * the counter replaced the first and the guide's conversion of it no
 * longer says the same. */
static void mark_twin(const char *text, size_t len, size_t at, const char *code,
                      struct edit **edits, size_t *count, size_t *cap,
                      struct filled_script *out)
{
	size_t pos = at;
	struct prose_money tw;
	if (!prose_scan_money(text, len, &pos, &tw) || tw.percent ||
	    !tw.currency.code[0] || strcmp(tw.currency.code, code) == 0 ||
	    !slash_between(text, at, tw.start))
		return;
	if (overlaps(*edits, *count, tw.start, tw.end))
		return;
	char buf[80];
	snprintf(buf, sizeof buf, "[check: %.*s]", (int)(tw.end - tw.start),
	         text + tw.start);
	new_edit(edits, count, cap, tw.start, tw.end, FILL_PLACEHOLDER,
	         xstrdup(buf));
	out->checks++;
}

/* The ask the script states says the counter: an amount in the band's
 * currency equal to the guide's target for base, equity or sign-on (or a
 * range whose low end is) becomes the counter's figure for that part. */
static void fill_ask(const char *text, size_t len, const struct fill_input *in,
                     struct edit **edits, size_t *count, size_t *cap,
                     struct filled_script *out)
{
	const struct band *b = in->band;
	const struct counter *c = in->counter;
	if (!b || !c || !c->known)
		return;
	const char *code = band_currency(b);
	const amount_t ask[3] = {b->target->base, b->target->equity,
	                         b->target->sign_on};
	const amount_t counter[3] = {c->base, c->equity_4y, c->sign_on};
	size_t before = *count, pos = 0;
	struct prose_money tok;
	while (prose_scan_money(text, len, &pos, &tok)) {
		/* A range whose low end is the ask ("$154K–$156K", the ask
		 * $154K) is the ask too: the counter's figure replaces it
		 * whole, never leaves a script asking less than the counter
		 * (or than the company already offers). */
		if (tok.percent ||
		    (tok.currency.code[0] && strcmp(tok.currency.code, code)) ||
		    overlaps(*edits, before, tok.start, tok.end))
			continue;
		for (int k = 0; k < 3; k++) {
			if (!amount_known(ask[k]) || tok.value != ask[k] ||
			    !amount_known(counter[k]) || counter[k] == ask[k])
				continue;
			char buf[64];
			money_short(buf, sizeof buf, counter[k], code, false);
			new_edit(edits, count, cap, tok.start, tok.end,
			         FILL_AMOUNT, xstrdup(buf));
			mark_twin(text, len, tok.end, code, edits, count, cap,
			          out);
			break;
		}
	}
}

/* An amount the script writes in another currency than the region's,
 * that nothing above replaced ("a base of £90,000 in London" in the script
 * shown for Mumbai): another region's or another offer's figure, never
 * this negotiation's, so it is marked "[check: £90,000]".  A bare "$"
 * where the region's currency has a dollar of its own (S$, A$, HK$) is
 * that dollar as often as not, so it stays; so does every amount of a
 * " / " list that holds one of the region's ("€12K / $13K", "€108K /
 * £111K / SEK 790K"): the guide's equivalents of it (mark_twin marks them
 * where the counter replaced it); and so does a sum no pay reaches in any
 * currency ("a $1B creator economy", "the $500B Stargate JV"): the company's,
 * not a figure of the offer. */
#define FILL_FOREIGN_MAX 250000000
static bool in_currency(const struct prose_money *m, const char *code)
{
	return !m->percent && strcmp(m->currency.code, code) == 0;
}

/* One amount of fill_foreign's that is marked: in another currency,
 * not a bare "$" of the region's own dollar, not a company-sized sum. */
static bool foreign_amount(const char *text, const struct prose_money *m,
                           const char *code, bool own_dollar)
{
	return !m->percent && m->currency.code[0] &&
	       strcmp(m->currency.code, code) != 0 &&
	       m->value < FILL_FOREIGN_MAX &&
	       !(own_dollar && text[m->start] == '$');
}

/* A chain of amounts joined by " / " ("€108K / £111K / SEK 790K") that
 * holds one of the region's amounts is the guide's list of equivalents:
 * left whole; in any other chain (a lone amount is one), each foreign
 * amount is marked. */
static void foreign_chain(const char *text, const struct prose_money *chain,
                          size_t n, const char *code, size_t before,
                          struct edit **edits, size_t *count, size_t *cap,
                          struct filled_script *out)
{
	bool own_dollar = currency_own_dollar(code);
	for (size_t i = 0; i < n; i++)
		if (in_currency(&chain[i], code))
			return;
	for (size_t i = 0; i < n; i++) {
		const struct prose_money *m = &chain[i];
		if (!foreign_amount(text, m, code, own_dollar) ||
		    overlaps(*edits, before, m->start, m->end))
			continue;
		char buf[96];
		snprintf(buf, sizeof buf, "[check: %.*s]",
		         (int)(m->end - m->start), text + m->start);
		new_edit(edits, count, cap, m->start, m->end, FILL_PLACEHOLDER,
		         xstrdup(buf));
		out->checks++;
	}
}

static void fill_foreign(const char *text, size_t len,
                         const struct fill_input *in, struct edit **edits,
                         size_t *count, size_t *cap, struct filled_script *out)
{
	if (!in->band)
		return;
	const char *code = band_currency(in->band);
	size_t before = *count, pos = 0, n = 0, room = 0;
	struct prose_money tok, *chain = NULL;
	while (prose_scan_money(text, len, &pos, &tok)) {
		if (n && !slash_between(text, chain[n - 1].end, tok.start)) {
			foreign_chain(text, chain, n, code, before, edits,
			              count, cap, out);
			n = 0;
		}
		if (n == room) {
			room = room ? room * 2 : 8;
			chain = xrealloc(chain, room * sizeof *chain);
		}
		chain[n++] = tok;
	}
	if (n)
		foreign_chain(text, chain, n, code, before, edits, count, cap,
		              out);
	free(chain);
}

/* The reader's part words, the ones that need no context (its guarded
 * rows, "bonus" or "comp", are left out): which part an amount is. */
enum fill_part {
	FILL_BASE = LEXR_NONE + 1000,
	FILL_EQUITY,
	FILL_SIGN_ON,
	FILL_BONUS,
	FILL_TOTAL,
	FILL_OTHER
};
#define FILL_PART_ROW(match, text, role, guard)                                \
	{(#match)[0] == 'P', (#guard)[0] == 'N' ? text : "", FILL_##role},
static const struct lexicon_row fill_part_rows[] = {
	LEXICON_PARTS(FILL_PART_ROW)};

/* An amount in the region's currency that a part word follows ("€120,000
 * base", "€90K RSU") and that is under the counter's figure for that part:
 * said as it is, the script would ask less than the counter, or than the
 * company already offers, so it is marked "[check: €120,000]". */
static void fill_under_counter(const char *text, size_t len,
                               const struct fill_input *in, struct edit **edits,
                               size_t *count, size_t *cap,
                               struct filled_script *out)
{
	const struct counter *c = in->counter;
	if (!in->band || !c || !c->known)
		return;
	const char *code = band_currency(in->band);
	size_t before = *count, pos = 0;
	struct prose_money tok;
	while (prose_scan_money(text, len, &pos, &tok)) {
		if (tok.percent || tok.per_year ||
		    (tok.currency.code[0] &&
		     strcmp(tok.currency.code, code) != 0) ||
		    overlaps(*edits, before, tok.start, tok.end))
			continue;
		size_t w = tok.end, end;
		while (w < len && text[w] == ' ')
			w++;
		int part = lexicon_at(fill_part_rows,
		                      LEXICON_COUNT(fill_part_rows),
		                      LEXICON_ANY_ROLE, text, len, w, &end);
		amount_t want = part == FILL_BASE      ? c->base
		                : part == FILL_EQUITY  ? c->equity_4y
		                : part == FILL_SIGN_ON ? c->sign_on
		                                       : AMOUNT_NONE;
		if (!amount_known(want) || want <= 0 || tok.high >= want)
			continue;
		char buf[96];
		snprintf(buf, sizeof buf, "[check: %.*s]",
		         (int)(tok.end - tok.start), text + tok.start);
		new_edit(edits, count, cap, tok.start, tok.end,
		         FILL_PLACEHOLDER, xstrdup(buf));
		out->checks++;
	}
}

/* The words of one name begin the other's, case aside: the user's
 * "Mistral" is the script's "Mistral AI", "Google" its "Google Paris";
 * "Meta" is not "Metaview". */
static bool same_company(const char *a, size_t na, const char *b)
{
	size_t nb = strlen(b), n = na < nb ? na : nb;
	if (n == 0 || strncasecmp(a, b, n) != 0)
		return false;
	const char *rest = na > nb ? a + n : b + n;
	return na == nb || *rest == ' ';
}

/* Which of the user's offers each competitor of the script becomes: the
 * claim's competitor (claim_rival, -1: none) the claim's offer, the
 * first, whose figures its sentence now says; each other the offer of
 * its name, else the next offer no competitor has by name, in order; -1:
 * none (it stays a placeholder). */
static void offers_of_rivals(const char *text,
                             const struct competing_mention *m, size_t n,
                             const struct fill_input *in, int claim_rival,
                             int offer_of[COMPETING_MAX])
{
	bool taken[COMPETING_MAX] = {false}, seen[COMPETING_MAX] = {false};
	for (size_t r = 0; r < COMPETING_MAX; r++)
		offer_of[r] = -1;
	if (claim_rival >= 0 && in->offer_count > 0) {
		offer_of[claim_rival] = 0;
		taken[0] = seen[claim_rival] = true;
	}
	for (size_t i = 0; i < n; i++) {
		int r = m[i].rival;
		if (m[i].what != COMPETING_NAME || r < 0 || seen[r])
			continue;
		seen[r] = true;
		for (size_t k = 0; k < in->offer_count && k < COMPETING_MAX;
		     k++)
			if (!taken[k] && in->offers[k].name &&
			    same_company(text + m[i].start,
			                 m[i].end - m[i].start,
			                 in->offers[k].name)) {
				offer_of[r] = (int)k;
				taken[k] = true;
				break;
			}
	}
	size_t next = 0;
	for (size_t r = 0; r < COMPETING_MAX; r++) {
		if (!seen[r] || offer_of[r] >= 0)
			continue;
		while (next < in->offer_count && next < COMPETING_MAX &&
		       taken[next])
			next++;
		if (next < in->offer_count && next < COMPETING_MAX) {
			offer_of[r] = (int)next;
			taken[next] = true;
		}
	}
}

/* Put the user's facts in place of the competitors' (see fill.h). */
static void fill_competitors(const char *text, const struct fill_input *in,
                             struct edit **edits, size_t *count, size_t *cap,
                             struct filled_script *out)
{
	struct competing_mention m[COMPETING_MAX];
	size_t n = competing_find(text, in->guide, m, COMPETING_MAX);
	size_t claim_edits = *count;
	/* The competitor whose figures the claim replaced with the offer's
	 * (fill_claim). */
	int claim_rival = -1;
	for (size_t i = 0; i < n && claim_rival < 0; i++)
		if (claim_edits > 0 && (*edits)[0].kind == FILL_AMOUNT &&
		    m[i].what != COMPETING_NAME &&
		    overlaps(*edits, claim_edits, m[i].start, m[i].end))
			claim_rival = m[i].rival;
	int offer_of[COMPETING_MAX];
	offers_of_rivals(text, m, n, in, claim_rival, offer_of);
	for (size_t i = 0; i < n; i++) {
		if (overlaps(*edits, claim_edits, m[i].start, m[i].end))
			continue;
		const struct fill_offer *o =
			m[i].rival >= 0 && offer_of[m[i].rival] >= 0
				? &in->offers[offer_of[m[i].rival]]
				: NULL;
		char buf[200];
		/* With offers of the user's, even an unplaced figure speaks
		 * of the one the counter answers. */
		if (!o && m[i].rival < 0 && in->offer_count > 0)
			o = &in->offers[0];
		bool bracket = text[m[i].start] == '[';
		if (m[i].what == COMPETING_EXAMPLE ||
		    m[i].what == COMPETING_NAMES) {
			/* A bracket of examples the user answered stays for the
			 * placeholders below. */
			char key[256];
			snprintf(key, sizeof key, "%.*s",
			         (int)(m[i].end - m[i].start),
			         text + m[i].start);
			if (in->answers && kv_get(in->answers, key))
				continue;
			/* Names alone say nothing of an offer without a
			 * name: then it stays a placeholder to answer. */
			if (in->offer_count > 0 &&
			    (m[i].what == COMPETING_EXAMPLE ||
			     offers_all_named(in))) {
				new_edit(
					edits, count, cap, m[i].start, m[i].end,
					FILL_OFFER,
					user_offers_words(
						in, m[i].what ==
							    COMPETING_EXAMPLE));
				continue;
			}
			answer_or_placeholder(in,
			                      m[i].what == COMPETING_EXAMPLE
			                              ? "[competing offers]"
			                              : "[competing companies]",
			                      m[i].start, m[i].end, edits,
			                      count, cap, out);
			continue;
		}
		if (m[i].what == COMPETING_NAME) {
			if (o && o->name && o->name[0]) {
				new_edit(edits, count, cap, m[i].start,
				         m[i].end, FILL_OFFER,
				         text_clean(o->name, strlen(o->name),
				                    false));
				continue;
			}
			/* "[Lab]": a placeholder already, answered or not
			 * below. */
			if (bracket)
				continue;
			rival_placeholder(m[i].rival, buf, sizeof buf);
			answer_or_placeholder(in, buf, m[i].start, m[i].end,
			                      edits, count, cap, out);
			continue;
		}
		/* A figure in another currency than the band's is not said in
		 * the user's (a guide's "€940K / $2.06M"): marked. */
		if (m[i].currency.code[0] && in->band &&
		    strcmp(m[i].currency.code, band_currency(in->band)) != 0)
			o = NULL;
		amount_t v = o ? user_figure(o->res, m[i].what) : AMOUNT_NONE;
		if (amount_known(v)) {
			money_short(buf, sizeof buf, v, band_currency(in->band),
			            false);
			new_edit(edits, count, cap, m[i].start, m[i].end,
			         FILL_AMOUNT, xstrdup(buf));
		} else {
			/* Not said safely in the user's figures: marked. */
			snprintf(buf, sizeof buf, "[check: %.*s]",
			         (int)(m[i].end - m[i].start),
			         text + m[i].start);
			new_edit(edits, count, cap, m[i].start, m[i].end,
			         FILL_PLACEHOLDER, xstrdup(buf));
			out->checks++;
		}
	}
}

void fill_script(const char *text, const struct fill_input *in,
                 struct filled_script *out)
{
	memset(out, 0, sizeof *out);
	size_t len = strlen(text), edit_count = 0, edit_cap = 0;
	struct edit *edits = NULL;

	fill_claim(text, len, in, &edits, &edit_count, &edit_cap, out);
	fill_competitors(text, in, &edits, &edit_count, &edit_cap, out);
	fill_ask(text, len, in, &edits, &edit_count, &edit_cap, out);
	fill_foreign(text, len, in, &edits, &edit_count, &edit_cap, out);
	fill_under_counter(text, len, in, &edits, &edit_count, &edit_cap, out);

	/* Placeholders: the user's answer, or left as they are. */
	size_t before = edit_count;
	const char *close;
	for (const char *p = text; (p = next_placeholder(p, &close));) {
		size_t start = (size_t)(p - text),
		       end = (size_t)(close - text + 1);
		if (overlaps(edits, before, start, end)) {
			p = close + 1;
			continue;
		}
		char key[256];
		size_t n = (size_t)(close - p + 1);
		memcpy(key, p, n);
		key[n] = '\0';
		answer_or_placeholder(in, key, start, end, &edits, &edit_count,
		                      &edit_cap, out);
		p = close + 1;
	}

	if (edit_count > 1) /* qsort wants a non-NULL array */
		qsort(edits, edit_count, sizeof *edits, edit_cmp);
	struct strbuf sb;
	sb_init(&sb);
	sb_add(&sb, "", 0);
	size_t at = 0, span_cap = 0;
	for (size_t i = 0; i < edit_count; i++) {
		const struct edit *e = &edits[i];
		if (e->start < at)
			continue; /* overlaps an earlier edit */
		sb_add(&sb, text + at, e->start - at);
		size_t s = sb.len;
		sb_adds(&sb, e->with);
		add_span(out, &span_cap, s, sb.len, e->kind);
		if (e->kind == FILL_AMOUNT)
			out->amounts++;
		at = e->end;
	}
	sb_add(&sb, text + at, len - at);
	out->text = sb_take(&sb);
	for (size_t i = 0; i < edit_count; i++)
		free(edits[i].with);
	free(edits);
}

void fill_script_free(struct filled_script *f)
{
	free(f->text);
	free(f->spans);
	for (size_t i = 0; i < f->key_count; i++)
		free(f->keys[i]);
	free(f->keys);
	memset(f, 0, sizeof *f);
}

void fill_script_copy(struct filled_script *dst,
                      const struct filled_script *src)
{
	*dst = *src;
	dst->text = src->text ? xstrdup(src->text) : NULL;
	dst->spans = NULL;
	if (src->span_count) {
		dst->spans = xcalloc(src->span_count, sizeof *dst->spans);
		memcpy(dst->spans, src->spans,
		       src->span_count * sizeof *dst->spans);
	}
	dst->keys = NULL;
	if (src->key_count) {
		dst->keys = xcalloc(src->key_count, sizeof *dst->keys);
		for (size_t i = 0; i < src->key_count; i++)
			dst->keys[i] = xstrdup(src->keys[i]);
	}
}
