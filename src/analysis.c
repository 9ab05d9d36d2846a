/* analysis.c - one negotiation analysed once (see analysis.h). */
#include "negotiator/analysis.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/script_pick.h"

const struct round *analysis_latest_round(const struct negotiation *n,
                                          const char *who, const char *region,
                                          size_t *index)
{
	for (size_t i = n ? n->round_count : 0; i-- > 0;) {
		const struct round *r = &n->rounds[i];
		if (!r->who || strcmp(r->who, who) != 0)
			continue;
		if (region && (!r->region || strcmp(r->region, region) != 0))
			continue;
		if (index)
			*index = i;
		return r;
	}
	return NULL;
}

/* The settings the negotiation's figures are valued with: the company's
 * offer's, else those of the offer the counter answers. */
static const struct offer *settings(const struct offers_view *v)
{
	if (v->company >= 0)
		return &v->row[v->company].offer;
	if (v->against >= 0)
		return &v->row[v->against].offer;
	return NULL;
}

/* When the company's latest round is its offer, the side-by-side
 * table's company column says that round, not the offer typed: one
 * company offer in every view. */
static void company_row(struct analysis *a)
{
	struct offers_view *v = &a->offers;
	struct offers_row *row;
	if (v->company >= 0) {
		row = &v->row[v->company];
	} else if (v->count < OFFERS_MAX) {
		v->company = (long)v->count;
		row = &v->row[v->count++];
		memset(row, 0, sizeof *row);
		row->name = "";
		row->company = true;
		snprintf(row->typed.code, sizeof row->typed.code, "%s",
		         band_currency(a->band));
	} else {
		return;
	}
	row->offer = a->company;
	row->res = a->company_res;
	row->given = true;
	row->converted = false;
	row->round = (size_t)a->company_round + 1;
}

/* The company's offer the counter starts from: its latest round in the
 * region, else the offer typed. */
static void company_offer(const struct analysis_input *in, struct analysis *a)
{
	const struct offers_view *v = &a->offers;
	const struct offer *set = settings(v);
	size_t idx = 0;
	const struct round *r =
		a->band && in->company_from_rounds
			? analysis_latest_round(in->neg, "company",
	                                        a->band->region, &idx)
			: NULL;
	a->company_round = -1;
	if (r) {
		negotiation_round_offer(r, a->equity_private,
		                        set ? set->private_value_pct : 100,
		                        set ? set->agentic : false,
		                        &a->company);
		if (v->company >= 0) {
			/* The offer typed keeps its own settings. */
			const struct offer *typed = &v->row[v->company].offer;
			a->company.equity_private = typed->equity_private;
			memcpy(a->company.vest_pct, typed->vest_pct,
			       sizeof a->company.vest_pct);
		} else {
			offer_guide_vesting(&a->company, a->guide);
		}
		a->company_round = (long)idx;
		a->company_known = amount_known(a->company.base);
	} else if (v->company >= 0 && v->row[v->company].given) {
		a->company = v->row[v->company].offer;
		a->company_known = true;
	}
	if (a->company_known)
		offer_compare(a->guide, a->band, &a->company, &a->company_res);
	if (v->company >= 0)
		a->company_typed = v->row[v->company];
	if (a->company_round >= 0)
		company_row(a);
}

void analysis_fill(const struct analysis *a, const struct negotiation *neg,
                   const char *text, struct filled_script *out)
{
	const struct offers_view *v = &a->offers;
	const struct offers_row *against =
		v->against >= 0 ? &v->row[v->against] : NULL;
	/* Amounts go in only with both base and equity: half filled, a
	 * claim would set the user's base beside the guide's own sum. */
	const struct offer_result *claim =
		against && amount_known(against->res.base) &&
				amount_known(against->res.equity_4y)
			? &against->res
			: NULL;
	struct fill_offer mine[OFFERS_MAX];
	struct fill_input fi = {
		.guide = a->guide,
		.band = a->band,
		.claim = claim,
		.offers = mine,
		.offer_count = offers_for_fill(v, mine, OFFERS_MAX),
		.answers = neg ? &neg->answers : NULL,
		.counter = &a->counter,
	};
	fill_script(text ? text : "", &fi, out);
}

/* The script that fits the offer answered, filled in. */
static void script(const struct analysis_input *in, struct analysis *a)
{
	const struct offers_view *v = &a->offers;
	const struct offers_row *against =
		v->against >= 0 ? &v->row[v->against] : NULL;
	const struct offer *set = settings(v);
	a->script = against ? against->res.script : NULL;
	if (!a->script && a->guide)
		a->script = script_pick(
			a->guide, a->band ? a->band->region : NULL,
			against != NULL, set ? set->agentic : false);
	if (a->script)
		analysis_fill(a, in->neg, a->script->text, &a->filled);
}

/* The counter as the side-by-side table's last column: its parts, the
 * band's bonus on its base, its grant valued as the company's equity
 * and vesting as the guide states. */
static void counter_column(struct analysis *a)
{
	struct offers_ref *ref = &a->offers.counter;
	const struct counter *c = &a->counter;
	memset(ref, 0, sizeof *ref);
	ref->known = c->known && a->band;
	if (!ref->known)
		return;
	offer_init(&ref->offer);
	ref->offer.base = c->base;
	ref->offer.equity_4y = c->equity_4y;
	ref->offer.sign_on = c->sign_on;
	if (offer_ask_bonus_pct(a->band) > 0)
		ref->offer.bonus_pct = offer_ask_bonus_pct(a->band);
	ref->offer.equity_private = c->equity_pct < 100;
	ref->offer.company_equity = a->offers.company_said;
	ref->offer.private_value_pct = c->equity_pct;
	ref->vest_line = offer_guide_vesting(&ref->offer, a->guide);
	offer_compare(a->guide, a->band, &ref->offer, &ref->res);
}

/* The row of the offer a view shows; an offer with nothing typed when
 * it has none (worked out only then). */
static void shown_row(const struct analysis_input *in, struct analysis *a)
{
	const struct offers_view *v = &a->offers;
	bool company = in->shown == NEG_COMPANY;
	if (company && a->company_typed.company) {
		a->shown = &a->company_typed;
		return;
	}
	for (size_t i = 0; !company && i < v->count; i++)
		if (v->row[i].number == in->shown && !v->row[i].company) {
			a->shown = &v->row[i];
			return;
		}
	a->none.name = "";
	a->none.company = company;
	a->none.number = in->shown;
	offer_init(&a->none.offer);
	if (company) {
		a->none.offer.equity_private = a->equity_private;
		a->none.vest_line =
			offer_guide_vesting(&a->none.offer, in->guide);
	}
	offer_compare(in->guide, in->band, &a->none.offer, &a->none.res);
	a->shown = &a->none;
}

void analysis_run(const struct analysis_input *in, struct analysis *a)
{
	memset(a, 0, sizeof *a);
	a->guide = in->guide;
	a->band = in->band;
	a->company_round = -1;
	struct offers_input typed[OFFERS_MAX];
	size_t n =
		offers_inputs(in->offers, in->offer_count, typed, OFFERS_MAX);
	long pick = -1;
	for (size_t i = 0; i < n; i++)
		if (in->against != NEG_NONE && !typed[i].company &&
		    typed[i].number == in->against)
			pick = (long)i;
	offers_compare(in->guide, in->band, in->rates, typed, n, pick,
	               in->company_equity, &a->offers);
	for (size_t i = 0; i < a->offers.count; i++) {
		snprintf(a->names[i], sizeof a->names[i], "%s",
		         a->offers.row[i].name);
		a->offers.row[i].name = a->names[i];
	}
	const struct offers_view *v = &a->offers;
	/* The company's offer may say its equity is private or not, over
	 * the guide's reading: then that decided it, not a line of the
	 * guide (equity_line stays the guide's, to say what it read). */
	a->equity_private = v->company_private;
	a->guide_private = guide_equity_is_private(in->guide);
	a->equity_said = v->company_said != GUIDE_EQUITY_AS_READ;
	a->equity_overridden =
		a->equity_said && a->equity_private != a->guide_private;
	a->equity_line = guide_equity_line(in->guide);
	a->private_line = a->equity_private && !a->equity_overridden
	                          ? guide_equity_private_line(in->guide)
	                          : 0;
	const struct offer *set = settings(v);
	double q = a->equity_private && set ? set->private_value_pct : 100;
	a->ask_total.kind = a->floor_total.kind = ASK_TOTAL_NONE;
	a->ask_total.yearly = a->floor_total.yearly = AMOUNT_NONE;
	if (in->band) {
		offer_ask_total(in->band, in->band->target, q, &a->ask_total);
		offer_ask_total(in->band, in->band->floor, q, &a->floor_total);
	}
	company_offer(in, a);
	counter_solve(in->guide, in->band,
	              v->against >= 0 ? &v->row[v->against].offer : NULL,
	              a->company_known ? &a->company : NULL, &a->counter);
	counter_column(a);
	if (v->against >= 0)
		a->main = &v->row[v->against];
	else if (v->company >= 0 && v->row[v->company].given)
		a->main = &v->row[v->company];
	a->verdict = a->main ? a->main->res.verdict : VERDICT_NO_DATA;
	shown_row(in, a);
	script(in, a);
}

void analysis_equity_words(const struct analysis *a, char *buf, size_t size)
{
	const struct guide *g = a->guide;
	const char *company =
		g && g->company_display ? g->company_display : "the company";
	const char *kind = a->equity_private
	                           ? "private (pre-IPO), at its value percent"
	                           : "listed, at its face value";
	/* What the guide's reading rests on: a line, its summary, or
	 * nothing (then listed). */
	char source[48] = "";
	if (a->equity_line)
		snprintf(source, sizeof source, "line %d", a->equity_line);
	else if (a->guide_private)
		snprintf(source, sizeof source, "summary");
	char why[160];
	buf[0] = '\0';
	if (!a->equity_said && !source[0])
		return;
	if (!a->equity_said)
		snprintf(why, sizeof why, "as the guide's %s says", source);
	else if (!source[0])
		snprintf(why, sizeof why,
		         "as you said (the guide does not say either way)");
	else if (!a->equity_overridden)
		snprintf(why, sizeof why,
		         "as you said, and as the guide's %s says", source);
	else
		snprintf(
			why, sizeof why,
			"as you said, over the guide's reading (%s, by its %s)",
			a->guide_private ? "private" : "listed", source);
	snprintf(buf, size, "%s's equity counts as %s, %s.", company, kind,
	         why);
}

void analysis_free(struct analysis *a)
{
	fill_script_free(&a->filled);
	memset(&a->filled, 0, sizeof a->filled);
}
