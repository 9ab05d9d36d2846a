/* cli_compare.c - `negotiator compare`: a competing offer against one
 * region of a guide, the counter to make, and the filled-in script. */
#include "cli_compare.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli_args.h"
#include "cli_guides.h"
#include "cli_out.h"
#include "json.h"
#include "negotiator/analysis.h"
#include "negotiator/counter.h"
#include "negotiator/entry.h"
#include "negotiator/input.h"
#include "negotiator/offers.h"
#include "negotiator/fill.h"
#include "negotiator/guide_load.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "negotiator/summary.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"

/* Everything compare works out, shared by the text and JSON output. */
struct comparison {
	struct guide *guide;
	const struct band *band;
	struct rates rates;
	/* The offers as typed, in the negotiation's model (the TUI's too):
	 * the competing ones in the order given, numbered from 1, then the
	 * company's; named[i] is the currency offer i's amounts name. */
	struct negotiation typed;
	currency_t named[CLI_MAX_OFFERS + 1];
	size_t count;
	/* The negotiation analysed once: every view prints it. */
	struct analysis an;
	/* The offer the text speaks of (the one the counter answers, else
	 * the company's), and its row's place. */
	const struct offers_row *main;
	size_t main_at;
};

/* "--equity-per-year" or "--company-base": the option a part was given
 * with. */
static void option_name(enum part_id p, bool per_year, const char *prefix,
                        char *buf, size_t size)
{
	snprintf(buf, size, "--%s%s%s", prefix, part_table[p].option,
	         per_year ? "-per-year" : "");
}

static void as_entry(const struct cli_offer *co, struct entry *e)
{
	memset(e, 0, sizeof *e);
	for (int p = 0; p < PART_COUNT; p++) {
		e->text[p] = co->text[p];
		e->per_year[p] = co->per_year[p];
		e->on[p] = co->on[p];
		e->said[p] = co->said[p];
	}
}

/* Read one offer's options with the engine's entry reader (the TUI's
 * form reads the same way): a part that cannot be read, an option given
 * empty, or amounts in two currencies, is a usage error naming its
 * option.  Amounts that name no currency are read as `bare` writes
 * them.  *named gets the currency the amounts name ("" none). */
static bool check_offer(struct cli *c, const struct cli_offer *co,
                        const char *prefix, const char *bare, currency_t *named)
{
	char opt[96];
	struct entry e;
	struct offer o;
	struct entry_reading how;
	as_entry(co, &e);
	for (int p = 0; p < PART_COUNT; p++) {
		option_name((enum part_id)p, co->per_year[p], prefix, opt,
		            sizeof opt);
		if (co->text[p] && input_blank(co->text[p]))
			return cli_args_error(c, "option '%s' needs a value",
			                      opt),
			       false;
	}
	entry_read(&e, bare, "", NULL, &o, &how);
	named->code[0] = '\0';
	for (int p = 0; p < PART_COUNT; p++) {
		const char *code = how.part[p].typed.code;
		option_name((enum part_id)p, co->per_year[p], prefix, opt,
		            sizeof opt);
		if (how.part[p].error[0])
			return cli_args_error(c, "%s '%s': %s", opt,
			                      co->text[p], how.part[p].error),
			       false;
		/* One currency an offer: its figures convert at one rate. */
		if (code[0] && named->code[0] && strcmp(named->code, code) != 0)
			return cli_args_error(
				       c,
				       "%s '%s' is in %s but other amounts "
				       "are in %s",
				       opt, co->text[p], code, named->code),
			       false;
		if (code[0])
			*named = how.part[p].typed;
	}
	/* The amounts that name no currency are in the one the others name
	 * ("--base '$130K' --sign-on 10.000"): read them as it writes
	 * them, so that what it cannot read is refused here, not dropped
	 * later. */
	if (named->code[0] && strcmp(named->code, bare) != 0) {
		entry_read(&e, named->code, "", NULL, &o, &how);
		for (int p = 0; p < PART_COUNT; p++)
			if (how.part[p].error[0]) {
				option_name((enum part_id)p, co->per_year[p],
				            prefix, opt, sizeof opt);
				return cli_args_error(c, "%s '%s': %s", opt,
				                      co->text[p],
				                      how.part[p].error),
				       false;
			}
	}
	return true;
}

/* Parts given before the first --offer NAME, with no --base of their
 * own, apply to every named offer that does not give them. */
static void take_defaults(struct cli_offer *o, const struct cli_offer *d)
{
	for (int p = 0; p < PART_COUNT; p++) {
		if (!o->text[p] && d->text[p]) {
			o->text[p] = d->text[p];
			o->per_year[p] = d->per_year[p];
		}
		/* A flag: the offer's own word, else the one before. */
		if (!o->said[p] && d->said[p]) {
			o->on[p] = d->on[p];
			o->said[p] = true;
		}
	}
}

/* Add one offer to the comparison, after checking its options. */
static bool add_offer(struct cli *c, struct comparison *cmp,
                      const struct cli_offer *co, bool company)
{
	size_t k = cmp->count;
	if (!check_offer(c, co, company ? "company-" : "",
	                 band_currency(cmp->band), &cmp->named[k]))
		return false;
	struct neg_offer *o = negotiation_offer_get(
		&cmp->typed, company ? NEG_COMPANY : (int)k + 1);
	if (!o)
		return false;
	negotiation_offer_set_name(o, co->name);
	snprintf(o->currency, sizeof o->currency, "%s", cmp->named[k].code);
	for (int p = 0; p < PART_COUNT; p++) {
		negotiation_offer_set_text(o, (enum part_id)p, co->text[p]);
		o->per_year[p] = co->per_year[p];
		/* A flag said either way (--private-equity or
		 * --public-equity; the company's Private by
		 * --company-private or --company-public, else the guide's
		 * reading). */
		o->said[p] = co->said[p];
		o->on[p] = co->said[p] && co->on[p];
	}
	cmp->count++;
	return true;
}

static bool read_offers(struct cli *c, struct comparison *cmp)
{
	struct cli_offer *first = &c->offers[0];
	bool defaults = c->offer_count > 0 && !first->text[PART_BASE];
	/* The company's offer alone is a negotiation too. */
	bool alone = c->offer_count == 0 && !first->text[PART_BASE];
	if (alone && !c->company.given)
		return cli_args_error(c, "compare needs --base AMOUNT (a "
		                         "competing offer) or --company-base "
		                         "AMOUNT (the company's offer)"),
		       false;
	for (int i = defaults ? 1 : 0; !alone && i <= c->offer_count; i++) {
		struct cli_offer o = c->offers[i];
		if (defaults)
			take_defaults(&o, first);
		if (!o.text[PART_BASE])
			return cli_args_error(c,
			                      "--offer %s needs --base AMOUNT",
			                      o.name),
			       false;
		if (!add_offer(c, cmp, &o, false))
			return false;
	}
	if (!c->company.given)
		return true;
	if (!c->company.text[PART_BASE])
		return cli_args_error(c,
		                      "--company-* needs --company-base too"),
		       false;
	/* The company's offer has the competing offer's settings: the
	 * premium claimed, the value of private equity. */
	struct cli_offer co = c->company;
	struct cli_offer settings = defaults ? *first : c->offers[0];
	if (!defaults && c->offer_count > 0 && !first->text[PART_BASE])
		settings = c->offers[1];
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round)
			settings.text[p] = NULL;
	/* Its equity is its own: --company-private or --company-public,
	 * else the guide's reading (never the competing offer's). */
	settings.said[PART_PRIVATE] = settings.on[PART_PRIVATE] = false;
	take_defaults(&co, &settings);
	return add_offer(c, cmp, &co, true);
}

/* Whether an offer names a currency other than the band's. */
static bool needs_rates(const struct comparison *cmp)
{
	for (size_t k = 0; k < cmp->count; k++) {
		const char *code = cmp->named[k].code;
		if (code[0] && cmp->band->currency.code[0] &&
		    strcmp(code, cmp->band->currency.code) != 0)
			return true;
	}
	return false;
}

/* Amounts typed in another currency move into the band's with the rates
 * file; without a rate that is a clear error. */
static bool check_converted(const struct comparison *cmp)
{
	const struct offers_view *v = &cmp->an.offers;
	for (size_t i = 0; i < v->count; i++) {
		const struct offers_row *r = &v->row[i];
		const char *from = r->read.missing_from.code;
		const char *to = r->read.missing_to.code;
		if (!from[0])
			continue;
		char which[200] = "the offer";
		if (r->name[0])
			snprintf(which, sizeof which, "the offer %s", r->name);
		else if (r->company)
			snprintf(which, sizeof which, "the company's offer");
		cli_out_err(
			"negotiator: %s is in %s but the %s band is in %s, and "
			"%s has no rate between them; add a line "
			"'1 %s = N %s' (N: today's rate)\n",
			which, from, cmp->band->region, to,
			cmp->rates.source[0] ? cmp->rates.source
					     : "no rates file",
			from, to);
		return false;
	}
	return true;
}

static void json_gap(struct json *j, const struct gap *g)
{
	if (!g->known) {
		json_null(j);
		return;
	}
	json_object_begin(j);
	json_key_amount(j, "base", g->base);
	json_key_amount(j, "equity", g->equity);
	json_key_amount(j, "annual_total", g->annual_total);
	/* The gap in yearly totals, by the name issue 9 gives it. */
	json_key_amount(j, "total", g->annual_total);
	/* Against a package or a first-year total: the gap in those. */
	json_key_amount(j, "package", g->package);
	json_key_amount(j, "first_year", g->first_year);
	json_object_end(j);
}

static void json_steps(struct json *j, const char (*steps)[COUNTER_STEP_LEN],
                       size_t n)
{
	json_array_begin(j);
	for (size_t i = 0; i < n; i++)
		json_string(j, steps[i]);
	json_array_end(j);
}

/* The ask's or the floor's one yearly total and how it was made. */
static void json_total(struct json *j, const char *key,
                       const struct ask_total *t)
{
	json_key(j, key);
	if (t->kind == ASK_TOTAL_NONE) {
		json_null(j);
		return;
	}
	json_object_begin(j);
	json_key_string(j, "from", offer_ask_total_words(t->kind));
	json_key_amount(j, "yearly", t->yearly);
	json_key_amount(j, "stated", t->stated);
	json_key_amount(j, "package", t->package);
	json_key_amount(j, "first_year", t->first_year);
	json_object_end(j);
}

static void json_totals(struct json *j, const struct analysis *a)
{
	json_total(j, "ask_total", &a->ask_total);
	json_total(j, "floor_total", &a->floor_total);
	json_key_bool(j, "company_equity_private", a->equity_private);
	json_key(j, "company_equity_line");
	if (a->private_line)
		json_number(j, a->private_line, false);
	else
		json_null(j);
	/* What decided it: the user's word over the guide's reading, or
	 * the guide's line (either way; null: its summary, or nothing). */
	json_key_bool(j, "company_equity_said", a->equity_said);
	json_key_bool(j, "company_equity_overridden", a->equity_overridden);
	json_key_bool(j, "company_equity_guide_private", a->guide_private);
	json_key(j, "company_equity_guide_line");
	if (a->equity_line)
		json_number(j, a->equity_line, false);
	else
		json_null(j);
}

static void json_counter(struct json *j, const struct counter *k)
{
	json_key(j, "counter");
	if (!k->known) {
		json_null(j);
	} else {
		json_object_begin(j);
		json_key_bool(j, "company_offer_alone", k->alone);
		json_key_amount(j, "base", k->base);
		json_key_amount(j, "equity_4y", k->equity_4y);
		json_key_amount(j, "sign_on", k->sign_on);
		json_key_amount(j, "value_4y", k->counter_value_4y);
		json_key_amount(j, "competing_value_4y", k->competing_value_4y);
		json_key_amount(j, "shortfall", k->shortfall);
		json_key(j, "steps");
		json_steps(j, k->steps, k->step_count);
		json_object_end(j);
	}
	json_key(j, "lever_gaps");
	if (!k->gap_known) {
		json_null(j);
	} else {
		json_object_begin(j);
		json_key_amount(j, "company_value_4y", k->company_value_4y);
		json_key_amount(j, "target_value_4y", k->target_value_4y);
		json_key_amount(j, "gap_4y", k->gap_4y);
		json_key_amount(j, "base_per_year", k->close_by_base);
		json_key_amount(j, "equity", k->close_by_equity);
		json_key_amount(j, "sign_on", k->close_by_sign_on);
		json_key(j, "steps");
		json_steps(j, k->gap_steps, k->gap_step_count);
		json_object_end(j);
	}
}

/* The amount parts under their JSON keys; an amount that may be typed
 * as a percent of base also gives the percent, null when it was not. */
static void json_offer_amounts(struct json *j, const struct offer *o)
{
	struct offer copy = *o; /* the accessors take a mutable offer */
	for (int i = 0; i < PART_COUNT; i++) {
		enum part_id p = (enum part_id)i;
		if (!part_is_amount(p))
			continue;
		json_key_amount(j, part_table[p].json, offer_amount_of(o, p));
		if (part_table[p].kind != PART_AMOUNT_OR_PERCENT)
			continue;
		char key[64];
		double pct = *offer_percent(&copy, p);
		snprintf(key, sizeof key, "%s_pct", part_table[p].json);
		json_key(j, key);
		if (pct >= 0)
			json_number(j, pct, false);
		else
			json_null(j);
	}
}

/* The vesting schedule in effect, percent a year. */
static void json_vesting(struct json *j, const struct offer *o)
{
	double years[OFFER_MAX_VEST_YEARS];
	int n = offer_vesting(o, years);
	json_array_begin(j);
	for (int y = 0; y < n; y++)
		json_number(j, years[y], false);
	json_array_end(j);
}

/* The parts that are not amounts, under their JSON keys. */
static void json_settings(struct json *j, const struct offer *o)
{
	struct offer copy = *o; /* the accessors take a mutable offer */
	for (int i = 0; i < PART_COUNT; i++) {
		enum part_id p = (enum part_id)i;
		if (part_is_amount(p))
			continue;
		json_key(j, part_table[p].json);
		if (part_table[p].kind == PART_FLAG) {
			json_bool(j, *offer_flag(&copy, p));
		} else if (part_table[p].kind == PART_PERCENT) {
			json_number(j, *offer_percent(&copy, p), false);
		} else {
			json_vesting(j, &copy);
		}
	}
}

static void json_index(struct json *j, const char *key, long i)
{
	json_key(j, key);
	if (i >= 0)
		json_number(j, (double)i, false);
	else
		json_null(j);
}

/* Every offer side by side, the best competing one (an index into
 * offers) and the one the counter is made against. */
static void json_offers(struct json *j, const struct comparison *cmp)
{
	const struct offers_view *v = &cmp->an.offers;
	json_key(j, "offers");
	json_array_begin(j);
	for (size_t i = 0; i < v->count; i++) {
		const struct offers_row *row = &v->row[i];
		const struct offer_result *r = &row->res;
		json_object_begin(j);
		json_key_string(j, "name", cli_out_or_null(row->name));
		json_key_bool(j, "company", row->company);
		json_key_string(j, "currency",
		                cli_out_or_null(row->typed.code));
		json_key(j, "rate");
		if (row->converted)
			json_number(j, row->rate, false);
		else
			json_null(j);
		json_offer_amounts(j, &r->offer);
		json_key_amount(j, "annual_total", r->annual_total);
		json_key_amount(j, "first_year_total", r->first_year_total);
		json_key_amount(j, "four_year_total", r->four_year_total);
		json_key_string(j, "position",
		                offer_position_text(r->total_pos));
		json_key(j, "vs_target");
		json_gap(j, &r->vs_target);
		json_key(j, "vs_floor");
		json_gap(j, &r->vs_floor);
		/* The ask counts the band's bonus; this offer typed none. */
		json_key_bool(j, "bonus_not_typed",
		              offers_short_of_bonus(v, i));
		/* Its grant counts as private equity (the company's: as
		 * the guide reads or as said). */
		json_key_bool(j, "private_equity", r->offer.equity_private);
		json_key(j, "vesting");
		json_vesting(j, &r->offer);
		json_key(j, "vesting_line");
		if (row->vest_line)
			json_number(j, row->vest_line, false);
		else
			json_null(j);
		json_object_end(j);
	}
	json_array_end(j);
	json_index(j, "best_offer", v->best);
	json_index(j, "counter_against", v->against);
}

/* The rounds saved for the guide: each as recorded, its note too. */
static void json_rounds(struct json *j, const struct negotiation *n)
{
	json_key(j, "rounds");
	json_array_begin(j);
	for (size_t i = 0; n && i < n->round_count; i++) {
		const struct round *r = &n->rounds[i];
		json_object_begin(j);
		json_key_string(j, "date", r->date);
		json_key_string(j, "who", r->who);
		json_key_string(j, "region", r->region);
		for (int p = 0; p < PART_COUNT; p++)
			if (part_table[p].in_round)
				json_key_amount(j, part_table[p].json,
				                r->amount[p]);
		json_key_bool(j, "accepted", r->accepted);
		json_key_string(j, "note", r->note ? r->note : "");
		json_object_end(j);
	}
	json_array_end(j);
}

static void compare_json(const struct comparison *cmp,
                         const struct negotiation *n)
{
	const struct offer_result *r = &cmp->main->res;
	const struct band *b = cmp->band;
	struct json j;
	json_init(&j, stdout);
	json_object_begin(&j);
	json_key_string(&j, "guide", cmp->guide->id);
	json_key_string(&j, "region", b->region);
	json_key_string(&j, "currency", cli_out_or_null(b->currency.code));
	json_key(&j, "offer");
	json_object_begin(&j);
	json_offer_amounts(&j, &r->offer);
	json_key_amount(&j, "annual_total", r->annual_total);
	json_key_amount(&j, "first_year_total", r->first_year_total);
	json_key_amount(&j, "four_year_total", r->four_year_total);
	json_key(&j, "year_values");
	json_array_begin(&j);
	for (int y = 0; y < 4; y++)
		json_amount(&j, r->year_value[y]);
	json_array_end(&j);
	json_object_end(&j);
	json_key(&j, "settings");
	json_object_begin(&j);
	json_key_string(&j, "typed_currency",
	                cli_out_or_null(cmp->named[cmp->main_at].code));
	json_key(&j, "rate");
	if (cmp->main->converted)
		json_number(&j, cmp->main->rate, false);
	else
		json_null(&j);
	json_key(&j, "offer_equity_pct");
	json_number(&j, r->offer_equity_pct, false);
	json_key(&j, "guide_equity_pct");
	json_number(&j, r->guide_equity_pct, false);
	json_settings(&j, &r->offer);
	json_object_end(&j);
	json_key(&j, "position");
	json_object_begin(&j);
	json_key_string(&j, "base", offer_position_text(r->base_pos));
	json_key_string(&j, "equity", offer_position_text(r->equity_pos));
	json_key_string(&j, "annual_total", offer_position_text(r->total_pos));
	json_object_end(&j);
	json_key(&j, "vs_target");
	json_gap(&j, &r->vs_target);
	json_key(&j, "vs_floor");
	json_gap(&j, &r->vs_floor);
	/* premium_equity: the range when the premium raises equity (as
	 * before); premium: the range and the part it raises, whichever. */
	json_key(&j, "premium_equity");
	if (r->premium_known && r->premium_on == PREMIUM_ON_EQUITY) {
		json_array_begin(&j);
		json_amount(&j, r->premium_low);
		json_amount(&j, r->premium_high);
		json_array_end(&j);
	} else {
		json_null(&j);
	}
	json_key(&j, "premium");
	if (r->premium_known) {
		json_object_begin(&j);
		json_key_string(&j, "on",
		                guide_premium_scope_word(r->premium_on));
		json_key(&j, "range");
		json_array_begin(&j);
		json_amount(&j, r->premium_low);
		json_amount(&j, r->premium_high);
		json_array_end(&j);
		json_object_end(&j);
	} else {
		json_null(&j);
	}
	json_key_string(&j, "verdict", offer_verdict_text(r->verdict));
	json_key_string(&j, "verdict_code", offer_verdict_code(r->verdict));
	json_totals(&j, &cmp->an);
	json_counter(&j, &cmp->an.counter);
	json_offers(&j, cmp);
	json_rounds(&j, n);
	json_key(&j, "script");
	const struct script *s = cmp->an.script;
	if (s) {
		json_object_begin(&j);
		json_key_string(&j, "title", s->title);
		json_key_string(&j, "text", s->text);
		json_key_string(&j, "filled", cmp->an.filled.text);
		json_key(&j, "unanswered_placeholders");
		json_number(&j, (double)cmp->an.filled.unanswered, false);
		json_key(&j, "figures_to_check");
		json_number(&j, (double)cmp->an.filled.checks, false);
		json_object_end(&j);
	} else {
		json_null(&j);
	}
	json_object_end(&j);
	json_finish(&j);
}

/* One row of the gap table: part, offer, target, gap, floor, gap. */
static void gap_row(const char *part, amount_t offer, amount_t target,
                    amount_t gap_t, amount_t floor_v, amount_t gap_f,
                    const struct band *b)
{
	char cells[5][32];
	money_short(cells[0], sizeof cells[0], offer, band_currency(b), false);
	money_short(cells[1], sizeof cells[1], target, band_currency(b), false);
	money_short(cells[2], sizeof cells[2], gap_t, band_currency(b), true);
	money_short(cells[3], sizeof cells[3], floor_v, band_currency(b),
	            false);
	money_short(cells[4], sizeof cells[4], gap_f, band_currency(b), true);
	printf("  ");
	cli_out_padded(stdout, part, 16);
	for (int i = 0; i < 5; i++)
		cli_out_padded(stdout, cells[i], 12);
	putchar('\n');
}

/* Where the same offer falls in every region's band, converted. */
static void all_regions_text(const struct comparison *cmp)
{
	const struct guide *g = cmp->guide;
	printf("\nThe same offer in every region (rates from %s)\n",
	       cmp->rates.path[0] ? cmp->rates.path : "the rates file");
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		if (!band_has_numbers(b))
			continue;
		struct offer there;
		struct entry_reading how;
		const char *typed = cmp->named[cmp->main_at].code;
		struct offers_input in;
		offers_inputs(negotiation_offer(&cmp->typed, cmp->main->number),
		              1, &in, 1);
		entry_read(&in.entry, typed, b->currency.code, &cmp->rates,
		           &there, &how);
		if (how.missing_from.code[0]) {
			printf("  %-16s no rate %s→%s\n", b->region, typed,
			       b->currency.code);
			continue;
		}
		struct offer_result r;
		there.company_equity = cmp->an.offers.company_said;
		offer_compare(g, b, &there, &r);
		char a[48], range[64];
		money_short(a, sizeof a, r.annual_total, band_currency(b),
		            false);
		money_format_range(range, sizeof range, b->total_low,
		                   b->total_high, b->currency.code,
		                   MONEY_SHORT);
		printf("  ");
		cli_out_padded(stdout, b->region, 16);
		cli_out_padded(stdout, a, 12);
		cli_out_padded(stdout, offer_position_text(r.total_pos), 12);
		printf("band %s; %s\n", range, offer_verdict_text(r.verdict));
	}
}

/* Every offer side by side with the ask and the floor, when there is
 * more than one offer; then which one the rest of the output is about. */
static void offers_text(const struct comparison *cmp)
{
	const struct offers_view *v = &cmp->an.offers;
	printf("Offers side by side (%s)\n", band_currency(v->band));
	struct strbuf sb;
	sb_init(&sb);
	offers_table(v, 0, &sb);
	for (char *line = sb.data, *nl; (nl = strchr(line, '\n'));
	     line = nl + 1)
		printf("  %.*s\n", (int)(nl - line), line);
	sb_free(&sb);
	char note[700];
	for (size_t i = 0; i < v->count; i++) {
		offers_converted_note(v, i, note, sizeof note);
		if (note[0])
			printf("  %s: %s\n", offers_name(&v->row[i]), note);
	}
	offers_vesting_note(v, note, sizeof note);
	if (note[0])
		cli_out_wrapped(stdout, note, 2, cli_out_width());
	offers_bonus_note(v, note, sizeof note);
	if (note[0])
		cli_out_wrapped(stdout, note, 2, cli_out_width());
	putchar('\n');
	if (v->against >= 0) {
		snprintf(note, sizeof note,
		         "The counter and the script below answer %s, the best "
		         "competing offer over four years.",
		         offers_name(&v->row[v->against]));
		cli_out_wrapped(stdout, note, 0, cli_out_width());
		putchar('\n');
	}
}

/* The premium's range on the part it raises, its band's range, and where
 * the offer's figure of that part stands against its low end. */
static void print_premium(const struct guide *g, const struct offer_result *r)
{
	const char *cur = band_currency(r->band);
	amount_t low, high, offered;
	char a[64], e[64], pt[120];

	offer_premium_basis(r, &low, &high, &offered);
	money_format_range(a, sizeof a, r->premium_low, r->premium_high, cur,
	                   MONEY_SHORT);
	money_format_range(e, sizeof e, low, high, cur, MONEY_SHORT);
	guide_premium_text(pt, sizeof pt, &g->premium);
	printf("\nPremium-adjusted %s (%s): %s (band %s)%s\n",
	       guide_premium_scope_word(r->premium_on), pt, a, e,
	       g->premium.included_in_ask
	               ? "; the target ask already includes it"
	               : "");
	if (amount_known(offered) && offered > 0) {
		amount_t gap = offered - r->premium_low;
		char have[48], by[48];
		money_short(have, sizeof have, offered, cur, false);
		money_short(by, sizeof by, gap < 0 ? -gap : gap, cur, false);
		printf("  The offer's %s, %s, is %s %s its low end.\n",
		       guide_premium_scope_word(r->premium_on), have, by,
		       gap < 0 ? "under" : "over");
	}
}

static void compare_text(const struct comparison *cmp)
{
	const struct guide *g = cmp->guide;
	const struct offer *o = &cmp->main->offer;
	const struct offer_result *r = &cmp->main->res;
	const struct band *b = cmp->band;
	int width = cli_out_width();
	char a[48], e[48], x[48];
	printf("%s — %s · %s (%s)\n\n", g->company_display, g->role_display,
	       b->region,
	       b->currency.code[0] ? b->currency.code : "no currency");
	if (cmp->an.offers.count > 1)
		offers_text(cmp);

	if (cmp->main->converted)
		printf("Typed in %s, converted at 1 %s = %.4g %s.\n",
		       cmp->main->typed.code, cmp->main->typed.code,
		       cmp->main->rate, b->currency.code);
	money_short(a, sizeof a, r->base, band_currency(b), false);
	money_short(e, sizeof e, r->equity_4y, band_currency(b), false);
	money_short(x, sizeof x, amount_scale(r->equity_4y, 1, 4),
	            band_currency(b), false);
	printf("Offer: %s base, %s equity over four years (%s a year)", a, e,
	       x);
	for (int p = PART_EQUITY + 1; p < PART_COUNT; p++) {
		amount_t v = offer_amount_of(&r->offer, (enum part_id)p);
		if (!amount_known(v))
			continue;
		money_short(a, sizeof a, v, band_currency(b), false);
		printf(", %s %c%s", a,
		       tolower((unsigned char)part_table[p].label[0]),
		       part_table[p].label + 1);
	}
	if (o->agentic) {
		char name[160];

		guide_premium_name(name, sizeof name, &g->premium);
		printf(", %s claimed", name);
	}
	printf("\n");

	if (r->offer_equity_pct < 100 || r->guide_equity_pct < 100)
		printf("Risk-adjusted: private equity counts at %g%% of face "
		       "(%s's: %g%%, the offer's: %g%%).\n",
		       o->private_value_pct, g->company_display,
		       r->guide_equity_pct, r->offer_equity_pct);
	char said[400];
	analysis_equity_words(&cmp->an, said, sizeof said);
	if (said[0])
		cli_out_wrapped(stdout, said, 0, width);
	money_short(a, sizeof a, r->annual_total, band_currency(b), false);
	money_short(e, sizeof e, r->first_year_total, band_currency(b), false);
	money_short(x, sizeof x, r->four_year_total, band_currency(b), false);
	printf("  annual total       %s   (base + equity/4 + bonus)\n", a);
	printf("  first-year total   %s   (base + bonus + year-one vesting + "
	       "sign-on)\n",
	       e);
	printf("  four-year total    %s\n", x);
	printf("  by year           ");
	for (int y = 0; y < 4; y++) {
		money_short(a, sizeof a, r->year_value[y], band_currency(b),
		            false);
		printf(" %s", a);
	}
	printf("\n\nWhere it sits in the band\n");
	const char *parts[] = {"base", "equity (4y)", "annual total"};
	amount_t vals[] = {r->base, r->equity_4y, r->annual_total};
	amount_t lo[] = {b->base_low, b->stock_low, b->total_low};
	amount_t hi[] = {b->base_high, b->stock_high, b->total_high};
	enum band_position pos[] = {r->base_pos, r->equity_pos, r->total_pos};
	for (int i = 0; i < 3; i++) {
		money_short(a, sizeof a, vals[i], band_currency(b), false);
		money_format_range(e, sizeof e, lo[i], hi[i], b->currency.code,
		                   MONEY_SHORT);
		printf("  ");
		cli_out_padded(stdout, parts[i], 16);
		cli_out_padded(stdout, a, 12);
		cli_out_padded(stdout, offer_position_text(pos[i]), 12);
		printf("%s\n", e);
	}

	printf("\nAgainst the target ask and the floor (offer minus guide)\n");
	printf("  ");
	cli_out_padded(stdout, "", 16);
	const char *heads[] = {"offer", "target", "gap", "floor", "gap"};
	for (int i = 0; i < 5; i++)
		cli_out_padded(stdout, heads[i], 12);
	putchar('\n');
	const char *other = guide_ask_other_currency(b);
	if (!r->vs_target.known && !r->vs_floor.known && other) {
		char line[300];
		snprintf(line, sizeof line,
		         "The guide's ask and floor for %s are in %s, not the "
		         "band's %s: read (see show), not compared.",
		         b->region, other, band_currency(b));
		cli_out_wrapped(stdout, line, 2, width);
	} else if (!r->vs_target.known && !r->vs_floor.known) {
		printf("  this guide states no target ask or floor for %s\n",
		       b->region);
	} else {
		const struct ask_total *at = &cmp->an.ask_total,
				       *ft = &cmp->an.floor_total;
		bool floor_pkg = ft->kind == ASK_TOTAL_PACKAGE;
		gap_row("base", r->base, b->target->base, r->vs_target.base,
		        floor_pkg ? AMOUNT_NONE : b->floor->base,
		        r->vs_floor.base, b);
		gap_row("equity (4y)", r->equity_4y, b->target->equity,
		        r->vs_target.equity,
		        floor_pkg ? AMOUNT_NONE : b->floor->equity,
		        r->vs_floor.equity, b);
		gap_row("annual total", r->annual_total, at->yearly,
		        r->vs_target.annual_total, ft->yearly,
		        r->vs_floor.annual_total, b);
		/* A package figure (base + the whole grant) is judged as
		 * one. */
		if (amount_known(at->package) || floor_pkg)
			gap_row("base + grant", offer_package(r), at->package,
			        r->vs_target.package, ft->package,
			        r->vs_floor.package, b);
		/* A first-year total is judged against the offer's. */
		if (at->kind == ASK_TOTAL_FIRST_YEAR ||
		    ft->kind == ASK_TOTAL_FIRST_YEAR) {
			bool ak = at->kind == ASK_TOTAL_FIRST_YEAR,
			     fk = ft->kind == ASK_TOTAL_FIRST_YEAR;
			gap_row("first year", r->first_year_total,
			        ak ? at->first_year : AMOUNT_NONE,
			        ak ? r->vs_target.first_year : AMOUNT_NONE,
			        fk ? ft->first_year : AMOUNT_NONE,
			        fk ? r->vs_floor.first_year : AMOUNT_NONE, b);
		}
		char note[300];
		offer_bonus_note(r, note, sizeof note);
		if (note[0]) {
			char line[320];
			snprintf(line, sizeof line, "Note: %s.", note);
			cli_out_wrapped(stdout, line, 2, width);
		}
	}
	if (r->premium_known)
		print_premium(g, r);
	printf("\nVerdict: %s\n", offer_verdict_text(r->verdict));

	const struct counter *k = &cmp->an.counter;
	if (k->known) {
		char ask[200];
		counter_ask_words(ask, sizeof ask, k, band_currency(b));
		printf("\nCounter to make: %s\n", ask);
		for (size_t i = 0; i < k->step_count; i++) {
			char line[COUNTER_STEP_LEN + 8];
			snprintf(line, sizeof line, "- %s", k->steps[i]);
			cli_out_wrapped(stdout, line, 2, width);
		}
	}
	if (k->gap_known) {
		printf("\nFrom the company's offer to the target ask\n");
		for (size_t i = 0; i < k->gap_step_count; i++) {
			char line[COUNTER_STEP_LEN + 8];
			snprintf(line, sizeof line, "- %s", k->gap_steps[i]);
			cli_out_wrapped(stdout, line, 2, width);
		}
	}
	if (cmp->main->converted)
		all_regions_text(cmp);
	const struct script *s = cmp->an.script;
	if (s) {
		printf("\nScript — %s\n", s->title ? s->title : "");
		cli_out_wrapped(stdout, cmp->an.filled.text, 2, width);
		if (cmp->an.filled.unanswered > 0)
			printf("  (%zu placeholder%s to fill in: answer them "
			       "in the "
			       "TUI's script pane)\n",
			       cmp->an.filled.unanswered,
			       cmp->an.filled.unanswered == 1 ? "" : "s");
		if (cmp->an.filled.checks > 0)
			printf("  (%zu figure%s marked [check: …]: the guide's "
			       "own, not your offer's)\n",
			       cmp->an.filled.checks,
			       cmp->an.filled.checks == 1 ? "" : "s");
	}
}

/* The rates file, read now that a conversion needs it (and only then:
 * a broken or strange file never stands in the way of the rest). */
static bool read_rates(const struct cli *c, struct rates *rates)
{
	struct diag_list d = {0};
	struct error err = {0};
	bool ok = rates_read(rates, &d, &err);
	for (size_t i = 0; i < d.count; i++)
		cli_out_err("negotiator: %s:%d: %s\n", rates->source,
		            d.items[i].line, d.items[i].message);
	if (!ok)
		cli_out_err("negotiator: %s%s\n",
		            c->rates_file ? "--rates " : "", err.msg);
	diag_list_free(&d);
	return ok;
}

int cli_compare(struct cli *c)
{
	if (c->path_count != 1)
		return cli_args_error(c, "compare takes exactly one GUIDE");
	struct comparison *cmp = xcalloc(1, sizeof *cmp);
	negotiation_init(&cmp->typed, "");
	struct library lib;
	library_init(&lib);
	int rc = EXIT_OK;
	cmp->guide = cli_guides_find(c, &lib, c->paths[0]);
	if (!cmp->guide) {
		rc = EXIT_FINDINGS;
		goto out;
	}
	struct guide *g = cmp->guide;
	guide_load_body(g);
	if (c->region) {
		cmp->band = guide_find_band(g, c->region);
	} else if (g->band_count == 1) {
		cmp->band = &g->bands[0];
	} else {
		rc = cli_args_error(c, "compare needs --region R");
		goto out;
	}
	if (!cmp->band) {
		struct strbuf sb;
		sb_init(&sb);
		for (size_t i = 0; i < g->band_count; i++)
			sb_addf(&sb, "%s %s", i ? "," : "", g->bands[i].region);
		cli_out_err("negotiator: %s has no region '%s'; it has:%s\n",
		            g->id, c->region, sb.data ? sb.data : "");
		sb_free(&sb);
		rc = EXIT_FINDINGS;
		goto out;
	}
	if (!read_offers(c, cmp)) {
		rc = EXIT_USAGE;
		goto out;
	}
	rates_init_user(&cmp->rates, c->rates_file);
	if (needs_rates(cmp) && !read_rates(c, &cmp->rates)) {
		rc = EXIT_FINDINGS;
		goto out;
	}
	/* The saved negotiation: the user's answers to placeholders, and
	 * the rounds for the summary (the offers are those given here). */
	struct negotiation n;
	struct error err;
	error_clear(&err);
	state_load(g->id, &n, &err);
	if (error_is_set(&err))
		cli_out_err("negotiator: %s\n", err.msg);
	struct analysis_input ai = {
		.guide = g,
		.band = cmp->band,
		.rates = &cmp->rates,
		.offers = cmp->typed.offers,
		.offer_count = cmp->typed.offer_count,
		.against = NEG_NONE,
		.neg = &n,
		.company_from_rounds = false,
		/* --company-private or --company-public, with or without
	         * an offer of the company's. */
		.company_equity = !c->company.said[PART_PRIVATE]
	                                  ? GUIDE_EQUITY_AS_READ
	                          : c->company.on[PART_PRIVATE]
	                                  ? GUIDE_EQUITY_SAID_PRIVATE
	                                  : GUIDE_EQUITY_SAID_LIQUID,
	};
	analysis_run(&ai, &cmp->an);
	if (!check_converted(cmp)) {
		rc = EXIT_FINDINGS;
		negotiation_free(&n);
		goto out;
	}
	/* What is said of one offer is said of the one the counter is made
	 * against (the best competing offer), else of the company's. */
	cmp->main = cmp->an.main ? cmp->an.main : &cmp->an.offers.row[0];
	cmp->main_at = (size_t)(cmp->main - cmp->an.offers.row);
	const struct script *script = cmp->an.script;
	if (c->markdown && c->json) {
		rc = cli_args_error(c, "give --markdown or --json, not both");
	} else if (c->markdown) {
		struct summary sum = {
			.an = &cmp->an,
			.neg = &n,
			.today = c->today,
		};
		struct strbuf sb;
		sb_init(&sb);
		summary_markdown(&sum, &sb);
		fputs(sb.data ? sb.data : "", stdout);
		sb_free(&sb);
	} else if (c->script) {
		if (!script) {
			cli_out_err("negotiator: %s has no script for %s\n",
			            g->id, cmp->band->region);
			rc = EXIT_FINDINGS;
		} else if (c->json) {
			struct json j;
			json_init(&j, stdout);
			json_object_begin(&j);
			json_key_string(&j, "title", script->title);
			json_key_string(&j, "text", cmp->an.filled.text);
			json_object_end(&j);
			json_finish(&j);
		} else {
			printf("%s\n", cmp->an.filled.text);
		}
	} else if (c->json) {
		compare_json(cmp, &n);
	} else {
		compare_text(cmp);
	}
	negotiation_free(&n);
out:
	analysis_free(&cmp->an);
	negotiation_free(&cmp->typed);
	free(cmp);
	library_free(&lib);
	return rc;
}

/* What a part's option takes, for the usage. */
static const char *part_metavar(enum part_id p)
{
	switch (part_table[p].kind) {
	case PART_AMOUNT:
	case PART_GRANT: return " AMOUNT";
	case PART_AMOUNT_OR_PERCENT: return " AMOUNT|N%";
	case PART_PERCENT: return " PCT";
	case PART_SCHEDULE: return " P/P/P/P";
	case PART_FLAG: break;
	}
	return "";
}

/* Add a word to a synopsis wrapped at 78 columns, later lines indented. */
static void usage_word(struct strbuf *sb, size_t *col, int indent,
                       const char *word)
{
	size_t w = utf8_width(word, strlen(word));
	if (*col + 1 + w > 78) {
		sb_addf(sb, "\n%*s", indent, "");
		*col = (size_t)indent;
	} else {
		sb_addc(sb, ' ');
		(*col)++;
	}
	sb_adds(sb, word);
	*col += w;
}

/* "  --OPTION            its help", the help wrapped under itself. */
static void usage_help(struct strbuf *sb, const char *option, const char *text)
{
	size_t col = 21;
	sb_addf(sb, "  %-19s", option);
	if (strlen(option) > 18) {
		sb_addf(sb, "\n%*s", 21, "");
	}
	char *help = xstrdup(text);
	char *save = NULL;
	for (char *w = strtok_r(help, " ", &save); w;
	     w = strtok_r(NULL, " ", &save))
		usage_word(sb, &col, 22, w);
	sb_addc(sb, '\n');
	free(help);
}

void cli_compare_usage(struct strbuf *sb, const char *first, int indent,
                       bool details)
{
	char word[128];
	size_t col = 0;
	sb_addf(sb, "%snegotiator compare [--json] GUIDE --region R --base%s",
	        first, part_metavar(PART_BASE));
	col = utf8_width(sb->data, sb->len);
	usage_word(sb, &col, indent, "[--offer NAME PART-OPTIONS...]");
	for (int i = 0; i < PART_COUNT; i++) {
		enum part_id p = (enum part_id)i;
		const char *opt = part_table[p].option, *meta = part_metavar(p);
		if (p == PART_BASE)
			continue;
		if (part_table[p].kind == PART_GRANT)
			snprintf(word, sizeof word,
			         "[--%s%s | --%s-per-year%s]", opt, meta, opt,
			         meta);
		else
			snprintf(word, sizeof word, "[--%s%s]", opt, meta);
		usage_word(sb, &col, indent, word);
	}
	snprintf(word, sizeof word, "[%s]",
	         cli_option_table[CLI_OPT_PUBLIC_EQUITY].name);
	usage_word(sb, &col, indent, word);
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round) {
			snprintf(word, sizeof word, "[--company-%s%s]",
			         part_table[p].option,
			         part_metavar((enum part_id)p));
			usage_word(sb, &col, indent, word);
		}
	snprintf(word, sizeof word, "[%s | %s]",
	         cli_option_table[CLI_OPT_COMPANY_PRIVATE].name,
	         cli_option_table[CLI_OPT_COMPANY_PUBLIC].name);
	usage_word(sb, &col, indent, word);
	usage_word(sb, &col, indent, "[--rates FILE]");
	usage_word(sb, &col, indent, "[--script | --markdown]");
	sb_addc(sb, '\n');
	if (!details)
		return;
	sb_adds(sb,
	        "Compare competing offers with the guide's band, target ask "
	        "and\nfloor for one region: totals, gaps, the counter to "
	        "make, and the\nscript that fits, filled with the offer's "
	        "numbers.\n"
	        "  --offer NAME        a named competing offer: the part "
	        "options that\n"
	        "                      follow belong to it (those given "
	        "before the\n"
	        "                      first --offer, without a --base, "
	        "apply to all)\n");
	for (int p = 0; p < PART_COUNT; p++) {
		snprintf(word, sizeof word, "--%s%s", part_table[p].option,
		         part_metavar((enum part_id)p));
		usage_help(sb, word, part_table[p].help);
	}
	/* The words said the other way, and the company's equity. */
	static const enum cli_option_id said[] = {CLI_OPT_PUBLIC_EQUITY,
	                                          CLI_OPT_COMPANY_PRIVATE,
	                                          CLI_OPT_COMPANY_PUBLIC};
	for (size_t i = 0; i < sizeof said / sizeof *said; i++)
		usage_help(sb, cli_option_table[said[i]].name,
		           cli_option_table[said[i]].help);
	sb_adds(sb,
	        "  --company-*         the company's current offer: how far "
	        "each\n                      lever must move to reach the "
	        "target ask\n"
	        "  --rates FILE        currency rates (default\n"
	        "                      $XDG_CONFIG_HOME/negotiator/rates)\n"
	        "  --script            print only the filled-in script\n"
	        "  --markdown          print the negotiation as Markdown: "
	        "the offers\n"
	        "                      side by side, the counter, the "
	        "rounds, the script\n");
}
