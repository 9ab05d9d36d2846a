/* offer.c - the calculator behind `compare` and the TUI's offer pane. */
#include "negotiator/offer.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "negotiator/script_pick.h"
#include "negotiator/vesting.h"

/* Where each part's member sits in struct offer, and the percent of an
 * AMOUNT_OR_PERCENT part. */
#define MEMBER_AT(id, member, ...) [PART_##id] = offsetof(struct offer, member),
/* clang-format off */
static const size_t member_at[PART_COUNT] = {OFFER_PARTS(MEMBER_AT)};
/* clang-format on */
#define PCT_AT_AMOUNT(m) 0
#define PCT_AT_GRANT(m) 0
#define PCT_AT_AMOUNT_OR_PERCENT(m) offsetof(struct offer, m##_pct)
#define PCT_AT_PERCENT(m) offsetof(struct offer, m)
#define PCT_AT_SCHEDULE(m) 0
#define PCT_AT_FLAG(m) 0
#define PCT_AT(id, member, kind, ...) [PART_##id] = PCT_AT_##kind(member),
/* clang-format off */
static const size_t pct_at[PART_COUNT] = {OFFER_PARTS(PCT_AT)};
/* clang-format on */

static void *member(struct offer *o, size_t at)
{
	return (char *)o + at;
}

amount_t *offer_amount(struct offer *o, enum part_id p)
{
	return part_is_amount(p) ? member(o, member_at[p]) : NULL;
}

double *offer_percent(struct offer *o, enum part_id p)
{
	enum part_kind k = part_table[p].kind;
	return k == PART_PERCENT || k == PART_AMOUNT_OR_PERCENT
	               ? member(o, pct_at[p])
	               : NULL;
}

bool *offer_flag(struct offer *o, enum part_id p)
{
	return part_table[p].kind == PART_FLAG ? member(o, member_at[p]) : NULL;
}

double *offer_schedule(struct offer *o, enum part_id p)
{
	return part_table[p].kind == PART_SCHEDULE ? member(o, member_at[p])
	                                           : NULL;
}

amount_t offer_amount_of(const struct offer *o, enum part_id p)
{
	return part_is_amount(p)
	               ? *(const amount_t *)(const void *)((const char *)o +
	                                                   member_at[p])
	               : AMOUNT_NONE;
}

/* Nothing given: no amounts, no percent of base, the whole face value
 * of private equity (100 %), no flags, the default schedule. */
void offer_init(struct offer *o)
{
	memset(o, 0, sizeof *o);
	for (int p = 0; p < PART_COUNT; p++) {
		amount_t *a = offer_amount(o, (enum part_id)p);
		double *pct = offer_percent(o, (enum part_id)p);
		if (a)
			*a = AMOUNT_NONE;
		if (pct)
			*pct = part_table[p].kind == PART_PERCENT ? 100 : -1;
	}
}

static const double default_vest[OFFER_MAX_VEST_YEARS] = {25, 25, 25, 25};

/* The schedule to use: the offer's own, or 25/25/25/25 when it has none. */
static const double *vest_schedule(const struct offer *o)
{
	for (int i = 0; i < OFFER_MAX_VEST_YEARS; i++)
		if (o->vest_pct[i] > 0)
			return o->vest_pct;
	return default_vest;
}

int offer_guide_vesting(struct offer *o, const struct guide *g)
{
	double pct[OFFER_MAX_VEST_YEARS];
	int line = 0;
	for (int y = 0; y < OFFER_MAX_VEST_YEARS; y++)
		if (o->vest_pct[y] > 0)
			return 0;
	if (!vesting_of_guide(g, pct, &line))
		return 0;
	memcpy(o->vest_pct, pct, sizeof pct);
	return line > 0 ? line : 1;
}

int offer_vesting(const struct offer *o, double years[OFFER_MAX_VEST_YEARS])
{
	const double *v = vest_schedule(o);
	int n = OFFER_MAX_VEST_YEARS;
	while (n > 1 && v[n - 1] == 0)
		n--;
	memcpy(years, v, sizeof(double) * OFFER_MAX_VEST_YEARS);
	return n;
}

static enum band_position position(amount_t v, amount_t lo, amount_t hi)
{
	if (!amount_known(v) || (!amount_known(lo) && !amount_known(hi)))
		return POS_UNKNOWN;
	if (amount_known(lo) && v < lo)
		return POS_BELOW;
	if (amount_known(hi) && v > hi)
		return POS_ABOVE;
	return POS_IN;
}

/* A figure of the ask in the band's own currency, as an amount (its low
 * end: what the guide asks at least); NONE otherwise. */
static amount_t ask_amount(const struct band *b, const struct ask *a,
                           enum ask_part p)
{
	return guide_figure_amount(b, &a->part[p]);
}

void offer_ask_total(const struct band *b, const struct ask *a,
                     double equity_pct, struct ask_total *t)
{
	t->kind = ASK_TOTAL_NONE;
	t->yearly = t->package = AMOUNT_NONE;
	t->stated = ask_amount(b, a, ASK_TOTAL);
	t->first_year = guide_first_year_total(b, a);
	if (a == b->target) {
		t->package = guide_ask_package(b);
	} else if (a == b->floor) {
		t->package = guide_floor_package(b);
		if (amount_known(t->package)) {
			t->kind = ASK_TOTAL_PACKAGE;
			return;
		}
	}
	if (amount_known(a->base) && amount_known(a->equity)) {
		t->kind = ASK_TOTAL_PARTS;
		amount_t grant = amount_percent(a->equity, equity_pct);
		amount_t total = amount_add(a->base, amount_scale(grant, 1, 4));
		const struct figure *bonus = &a->part[ASK_BONUS];
		amount_t bonus_amount = ask_amount(b, a, ASK_BONUS);
		if (amount_known(bonus_amount))
			total = amount_add(total, bonus_amount);
		else if (bonus->known && bonus->percent)
			total = amount_add(
				total, amount_percent(a->base, bonus->pct_low));
		else if (b->bonus_pct > 0)
			total = amount_add(
				total, amount_percent(a->base, b->bonus_pct));
		t->yearly = total;
	} else if (amount_known(t->first_year)) {
		t->kind = ASK_TOTAL_FIRST_YEAR;
	} else if (amount_known(t->stated) && !amount_known(t->package)) {
		t->kind = ASK_TOTAL_STATED;
		t->yearly = t->stated;
	}
}

double offer_ask_bonus_pct(const struct band *b)
{
	const struct ask *a = b->target;
	const struct figure *bonus = &a->part[ASK_BONUS];
	amount_t own = ask_amount(b, a, ASK_BONUS);
	if (bonus->known && bonus->percent)
		return bonus->pct_low;
	if (amount_known(own) && amount_known(a->base) && a->base > 0)
		return (double)own * 100.0 / (double)a->base;
	return b->bonus_pct > 0 ? b->bonus_pct : 0;
}

const char *offer_ask_total_words(enum ask_total_kind k)
{
	switch (k) {
	case ASK_TOTAL_PARTS: return "parts";
	case ASK_TOTAL_STATED: return "stated";
	case ASK_TOTAL_PACKAGE: return "package";
	case ASK_TOTAL_FIRST_YEAR: return "first_year";
	case ASK_TOTAL_NONE: break;
	}
	return "";
}

amount_t offer_ask_annual(const struct band *b, const struct ask *a,
                          double equity_pct)
{
	struct ask_total t;
	offer_ask_total(b, a, equity_pct, &t);
	return t.yearly;
}

amount_t offer_gap_total(const struct gap *g)
{
	if (!g->known)
		return AMOUNT_NONE;
	if (amount_known(g->annual_total))
		return g->annual_total;
	return amount_known(g->package) ? g->package : g->first_year;
}

amount_t offer_package(const struct offer_result *r)
{
	if (!amount_known(r->base))
		return AMOUNT_NONE;
	return amount_add(r->base, amount_known(r->equity_4y)
	                                   ? amount_percent(r->equity_4y,
	                                                    r->offer_equity_pct)
	                                   : 0);
}

static struct gap gap_against(const struct band *b, const struct ask *a,
                              const struct offer_result *r)
{
	struct gap g = {false,       AMOUNT_NONE, AMOUNT_NONE,
	                AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE};
	struct ask_total t;
	offer_ask_total(b, a, r->guide_equity_pct, &t);
	amount_t yearly = t.yearly;
	if (!amount_known(r->base))
		return g;
	if (t.kind == ASK_TOTAL_PACKAGE) {
		g.known = true;
		g.package = amount_sub(offer_package(r), t.package);
		return g;
	}
	if (!ask_known(a) && !amount_known(yearly) &&
	    t.kind != ASK_TOTAL_FIRST_YEAR)
		return g;
	g.known = true;
	g.base = amount_sub(r->base, a->base);
	if (amount_known(r->equity_4y))
		g.equity = amount_sub(r->equity_4y, a->equity);
	g.annual_total = amount_sub(r->annual_total, yearly);
	if (t.kind == ASK_TOTAL_FIRST_YEAR)
		g.first_year = amount_sub(r->first_year_total, t.first_year);
	/* An ask stated as a package beside its parts: its gap too. */
	if (amount_known(t.package))
		g.package = amount_sub(offer_package(r), t.package);
	return g;
}

/* Zero for an unknown part, so a partly filled form still totals. */
static amount_t or_zero(amount_t a)
{
	return amount_known(a) ? a : 0;
}

/* Does the offer reach the ask (or floor) a?  On yearly totals where
 * the guide gives one or base and equity; else on each part the guide
 * states (base, equity, sign-on) that the offer has too.  -1 when
 * nothing can be said, 0 short of it, 1 at or above it. */
static int reaches(const struct band *b, const struct ask *a,
                   const struct offer_result *r)
{
	struct ask_total t;
	offer_ask_total(b, a, r->guide_equity_pct, &t);
	if (t.kind == ASK_TOTAL_PACKAGE)
		return offer_package(r) >= t.package;
	if (t.kind == ASK_TOTAL_FIRST_YEAR)
		return amount_known(r->first_year_total)
		               ? r->first_year_total >= t.first_year
		               : -1;
	if (amount_known(t.yearly))
		return r->annual_total >= t.yearly;
	const amount_t want[3] = {a->base, a->equity, a->sign_on};
	const amount_t have[3] = {r->base, r->equity_4y, r->sign_on};
	int said = -1;
	for (int k = 0; k < 3; k++) {
		if (!amount_known(want[k]) || !amount_known(have[k]))
			continue;
		if (have[k] < want[k])
			return 0;
		said = 1;
	}
	return said;
}

static enum verdict judge(const struct band *b, const struct offer_result *r)
{
	if (!amount_known(r->annual_total))
		return VERDICT_NO_DATA;
	int floor = reaches(b, b->floor, r), target = reaches(b, b->target, r);
	/* No ask or floor for the region: the band alone speaks. */
	if (floor < 0 && target < 0) {
		if (amount_known(b->total_high) &&
		    r->annual_total > b->total_high)
			return VERDICT_BAND_ABOVE;
		if (amount_known(b->total_low) &&
		    r->annual_total < b->total_low)
			return VERDICT_BAND_BELOW;
		if (amount_known(b->total_low) || amount_known(b->total_high))
			return VERDICT_BAND_IN;
		return VERDICT_NO_DATA;
	}
	if (floor == 0)
		return VERDICT_BELOW_FLOOR;
	if (amount_known(b->total_high) && r->annual_total > b->total_high)
		return VERDICT_ABOVE_BAND;
	if (target == 1)
		return VERDICT_AT_TARGET;
	if (target == 0)
		return floor == 1 ? VERDICT_BETWEEN : VERDICT_SHORT_OF_TARGET;
	return VERDICT_ABOVE_FLOOR;
}

void offer_premium_basis(const struct offer_result *r, amount_t *band_low,
                         amount_t *band_high, amount_t *offer_value)
{
	*band_low = *band_high = *offer_value = AMOUNT_NONE;
	if (!r->band)
		return;
	guide_band_part_range(r->band, r->premium_on, band_low, band_high);
	*offer_value = r->premium_on == PREMIUM_ON_EQUITY  ? r->equity_4y
	               : r->premium_on == PREMIUM_ON_BASE  ? r->base
	               : r->premium_on == PREMIUM_ON_TOTAL ? r->annual_total
	                                                   : AMOUNT_NONE;
}

/* The premium's range over the band's range of the part it raises. */
static void premium_range(const struct guide *g, struct offer_result *r)
{
	struct premium_range p;

	r->premium_known = guide_premium_range(g, r->band, &p);
	r->premium_on = p.on;
	r->premium_low = p.low;
	r->premium_high = p.high;
}

void offer_compare(const struct guide *g, const struct band *band,
                   const struct offer *o, struct offer_result *r)
{
	memset(r, 0, sizeof *r);
	r->band = band;
	r->base = o->base;
	r->equity_4y = o->equity_4y;
	r->sign_on = o->sign_on;
	r->bonus = o->bonus;
	if (!amount_known(r->bonus) && o->bonus_pct >= 0)
		r->bonus = amount_percent(o->base, o->bonus_pct);
	r->offer = *o;
	r->offer.bonus = r->bonus;
	r->annual_total = r->first_year_total = r->four_year_total =
		AMOUNT_NONE;
	r->equity_per_year = AMOUNT_NONE;
	r->premium_low = r->premium_high = AMOUNT_NONE;
	r->premium_known = false;
	r->premium_on = PREMIUM_ON_NONE;
	r->vs_target = r->vs_floor =
		(struct gap){false,       AMOUNT_NONE, AMOUNT_NONE,
	                     AMOUNT_NONE, AMOUNT_NONE, AMOUNT_NONE};
	for (int y = 0; y < OFFER_MAX_VEST_YEARS; y++)
		r->year_value[y] = AMOUNT_NONE;

	/* Equity counts at its risk-adjusted value in every total. */
	double pct = o->private_value_pct >= 0 && o->private_value_pct <= 1000
	                     ? o->private_value_pct
	                     : 100;
	r->offer_equity_pct = o->equity_private ? pct : 100;
	double company_pct = o->company_value_set &&
	                                     o->company_value_pct >= 0 &&
	                                     o->company_value_pct <= 1000
	                             ? o->company_value_pct
	                             : pct;
	r->guide_equity_pct = guide_equity_private_as(g, o->company_equity)
	                              ? company_pct
	                              : 100;
	amount_t grant =
		amount_known(o->equity_4y)
			? amount_percent(o->equity_4y, r->offer_equity_pct)
			: AMOUNT_NONE;
	if (amount_known(grant))
		r->equity_per_year = amount_scale(grant, 1, 4);

	if (amount_known(o->base)) {
		amount_t cash = amount_add(o->base, or_zero(r->bonus));
		const double *vest = vest_schedule(o);
		amount_t four = 0;
		for (int y = 0; y < OFFER_MAX_VEST_YEARS; y++) {
			amount_t v = amount_add(
				cash, amount_percent(or_zero(grant), vest[y]));
			if (y == 0)
				v = amount_add(v, or_zero(o->sign_on));
			r->year_value[y] = v;
			if (y < 4)
				four = amount_add(four, v);
		}
		r->annual_total = amount_add(cash, or_zero(r->equity_per_year));
		r->first_year_total = r->year_value[0];
		r->four_year_total = four;
	}

	if (!band) {
		r->verdict = VERDICT_NO_DATA;
		return;
	}
	r->base_pos = position(o->base, band->base_low, band->base_high);
	r->equity_pos =
		position(o->equity_4y, band->stock_low, band->stock_high);
	r->total_pos =
		position(r->annual_total, band->total_low, band->total_high);
	r->vs_target = gap_against(band, band->target, r);
	r->vs_floor = gap_against(band, band->floor, r);

	premium_range(g, r);
	r->verdict = judge(band, r);
	if (g)
		r->script = script_pick(g, band->region, amount_known(o->base),
		                        o->agentic);
}

bool offer_lacks_band_bonus(const struct offer_result *r)
{
	return r->band && r->band->bonus_pct > 0 && amount_known(r->base) &&
	       !amount_known(r->bonus);
}

void offer_bonus_note(const struct offer_result *r, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!offer_lacks_band_bonus(r))
		return;
	double ask = offer_ask_bonus_pct(r->band);
	if (ask != r->band->bonus_pct)
		snprintf(buf, size,
		         "the ask counts its %g%% bonus (%s on this base; the "
		         "band's: %g%%); no bonus was typed",
		         ask,
		         money_text(amount_percent(r->base, ask),
		                    band_currency(r->band), false)
		                 .s,
		         r->band->bonus_pct);
	else
		snprintf(
			buf, size,
			"the ask and the floor count the band's %g%% bonus (%s "
			"on this base); no bonus was typed",
			r->band->bonus_pct,
			money_text(amount_percent(r->base, r->band->bonus_pct),
		                   band_currency(r->band), false)
				.s);
}

const char *offer_verdict_text(enum verdict v)
{
	switch (v) {
	case VERDICT_BELOW_FLOOR: return "below the accept-at floor";
	case VERDICT_BETWEEN: return "above the floor, short of the target ask";
	case VERDICT_AT_TARGET: return "meets the target ask";
	case VERDICT_ABOVE_BAND: return "above the whole band: strong leverage";
	case VERDICT_ABOVE_FLOOR:
		return "above the accept-at floor (the guide gives no target "
		       "ask)";
	case VERDICT_SHORT_OF_TARGET:
		return "short of the target ask (the guide gives no floor)";
	case VERDICT_BAND_BELOW:
		return "no ask or floor to compare: below the band";
	case VERDICT_BAND_IN:
		return "no ask or floor to compare: within the band";
	case VERDICT_BAND_ABOVE:
		return "no ask or floor to compare: above the band's top";
	case VERDICT_NO_DATA: break;
	}
	return "not enough numbers to judge";
}

const char *offer_verdict_code(enum verdict v)
{
	switch (v) {
	case VERDICT_BELOW_FLOOR: return "below_floor";
	case VERDICT_BETWEEN: return "between";
	case VERDICT_AT_TARGET: return "at_target";
	case VERDICT_ABOVE_BAND: return "above_band";
	case VERDICT_ABOVE_FLOOR: return "above_floor";
	case VERDICT_SHORT_OF_TARGET: return "short_of_target";
	case VERDICT_BAND_BELOW: return "band_below";
	case VERDICT_BAND_IN: return "band_in";
	case VERDICT_BAND_ABOVE: return "band_above";
	case VERDICT_NO_DATA: break;
	}
	return "no_data";
}

const char *offer_position_text(enum band_position p)
{
	switch (p) {
	case POS_BELOW: return "below band";
	case POS_IN: return "in band";
	case POS_ABOVE: return "above band";
	case POS_UNKNOWN: break;
	}
	return "—";
}
