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
#include "negotiator/counter.h"
#include "negotiator/entry.h"
#include "negotiator/input.h"
#include "negotiator/fill.h"
#include "negotiator/guide_load.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"

/* Everything compare works out, shared by the text and JSON output. */
struct comparison {
	struct guide *guide;
	const struct band *band;
	struct entry entry;    /* the competing offer as typed */
	struct offer offer, company;
	bool have_company;
	currency_t typed; /* the currency the offer was typed in */
	bool converted;   /* typed in another currency than the band's */
	double rate;      /* 1 typed = rate band currency */
	struct rates rates;
	struct offer_result result;
	struct counter counter;
	struct filled_script filled;
	bool have_filled;
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
	}
}

/* Read one offer's options with the engine's entry reader (the TUI's
 * form reads the same way); a part that cannot be read, or an option
 * given empty, is a usage error naming its option. */
static bool read_option_offer(struct cli *c, const struct cli_offer *co,
                              const char *prefix, const char *currency,
                              struct entry *e, struct offer *o,
                              struct entry_reading *how)
{
	char opt[96];
	as_entry(co, e);
	for (int p = 0; p < PART_COUNT; p++) {
		option_name((enum part_id)p, co->per_year[p], prefix, opt,
		            sizeof opt);
		if (co->text[p] && input_blank(co->text[p]))
			return cli_args_error(c, "option '%s' needs a value", opt),
			       false;
	}
	entry_read(e, currency, currency, NULL, o, how);
	for (int p = 0; p < PART_COUNT; p++) {
		if (!how->part[p].error[0])
			continue;
		option_name((enum part_id)p, co->per_year[p], prefix, opt,
		            sizeof opt);
		return cli_args_error(c, "%s '%s': %s", opt, co->text[p],
		                       how->part[p].error),
		       false;
	}
	return true;
}

/* The competing offer's amounts must name one currency (its figures are
 * converted at one rate); it becomes cmp->typed. */
static bool one_currency(struct cli *c, struct comparison *cmp,
                         const struct entry_reading *how)
{
	char opt[96];
	for (int p = 0; p < PART_COUNT; p++) {
		const char *code = how->part[p].typed.code;
		if (!code[0])
			continue;
		if (cmp->typed.code[0] && strcmp(cmp->typed.code, code) != 0) {
			option_name((enum part_id)p, c->offer.per_year[p], "", opt,
			            sizeof opt);
			return cli_args_error(c,
			                       "%s '%s' is in %s but other amounts "
			                       "are in %s",
			                       opt, c->offer.text[p], code,
			                       cmp->typed.code),
			       false;
		}
		cmp->typed = how->part[p].typed;
	}
	return true;
}

static bool read_offers(struct cli *c, struct comparison *cmp)
{
	struct entry_reading how;
	if (!read_option_offer(c, &c->offer, "", "", &cmp->entry, &cmp->offer,
	                       &how) ||
	    !one_currency(c, cmp, &how))
		return false;

	/* The company's own offer, in the band's currency. */
	struct entry company;
	cmp->have_company = c->company.given;
	if (!read_option_offer(c, &c->company, "company-",
	                       cmp->band->currency.code, &company, &cmp->company,
	                       &how))
		return false;
	cmp->company.private_value_pct = cmp->offer.private_value_pct;
	cmp->company.agentic = cmp->offer.agentic;
	if (cmp->have_company && !c->company.text[PART_BASE])
		return cli_args_error(c, "--company-* needs --company-base too"),
		       false;
	return true;
}

/* Amounts typed in another currency move into the band's with the rates
 * file; without a rate that is a clear error. */
static bool convert_offer(struct comparison *cmp)
{
	const char *to = cmp->band->currency.code;
	const char *from = cmp->typed.code;
	struct entry_reading how;
	if (!from[0] || !to[0] || strcmp(from, to) == 0)
		return true;
	entry_read(&cmp->entry, from, to, &cmp->rates, &cmp->offer, &how);
	if (how.missing_from.code[0]) {
		fprintf(stderr,
		        "negotiator: the offer is in %s but the %s band is in %s, "
		        "and %s has no rate between them; add a line such as "
		        "'1 %s = 0.92 %s'\n",
		        from, cmp->band->region, to,
		        cmp->rates.source[0] ? cmp->rates.source : "no rates file",
		        from, to);
		return false;
	}
	rates_factor(&cmp->rates, from, to, &cmp->rate);
	cmp->converted = true;
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

static void json_counter(struct json *j, const struct counter *k)
{
	json_key(j, "counter");
	if (!k->known) {
		json_null(j);
	} else {
		json_object_begin(j);
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
			double years[OFFER_MAX_VEST_YEARS];
			int n = offer_vesting(&copy, years);
			json_array_begin(j);
			for (int y = 0; y < n; y++)
				json_number(j, years[y], false);
			json_array_end(j);
		}
	}
}

static void compare_json(const struct comparison *cmp)
{
	const struct offer_result *r = &cmp->result;
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
	json_key_string(&j, "typed_currency", cli_out_or_null(cmp->typed.code));
	json_key(&j, "rate");
	if (cmp->converted)
		json_number(&j, cmp->rate, false);
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
	json_key(&j, "premium_equity");
	if (r->premium_known) {
		json_array_begin(&j);
		json_amount(&j, r->premium_equity_low);
		json_amount(&j, r->premium_equity_high);
		json_array_end(&j);
	} else {
		json_null(&j);
	}
	json_key_string(&j, "verdict", offer_verdict_text(r->verdict));
	json_counter(&j, &cmp->counter);
	json_key(&j, "script");
	if (r->script) {
		json_object_begin(&j);
		json_key_string(&j, "title", r->script->title);
		json_key_string(&j, "text", r->script->text);
		json_key_string(&j, "filled", cmp->have_filled ? cmp->filled.text : NULL);
		json_key(&j, "unanswered_placeholders");
		json_number(&j, (double)cmp->filled.unanswered, false);
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
	money_short(cells[3], sizeof cells[3], floor_v, band_currency(b), false);
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
		struct offer typed;
		struct entry_reading how;
		entry_read(&cmp->entry, cmp->typed.code, b->currency.code,
		           &cmp->rates, &typed, &how);
		if (how.missing_from.code[0]) {
			printf("  %-16s no rate %s→%s\n", b->region, cmp->typed.code,
			       b->currency.code);
			continue;
		}
		struct offer_result r;
		offer_compare(g, b, &typed, &r);
		char a[48], range[64];
		money_short(a, sizeof a, r.annual_total, band_currency(b), false);
		money_format_range(range, sizeof range, b->total_low, b->total_high,
		                   b->currency.code, MONEY_SHORT);
		printf("  ");
		cli_out_padded(stdout, b->region, 16);
		cli_out_padded(stdout, a, 12);
		cli_out_padded(stdout, offer_position_text(r.total_pos), 12);
		printf("band %s; %s\n", range, offer_verdict_text(r.verdict));
	}
}

static void compare_text(const struct comparison *cmp)
{
	const struct guide *g = cmp->guide;
	const struct offer *o = &cmp->offer;
	const struct offer_result *r = &cmp->result;
	const struct band *b = cmp->band;
	int width = cli_out_width();
	char a[48], e[48], x[48];
	printf("%s — %s · %s (%s)\n\n", g->company_display, g->role_display,
	       b->region, b->currency.code[0] ? b->currency.code : "no currency");

	if (cmp->converted)
		printf("Typed in %s, converted at 1 %s = %.4g %s.\n",
		       cmp->typed.code, cmp->typed.code, cmp->rate,
		       b->currency.code);
	money_short(a, sizeof a, r->base, band_currency(b), false);
	money_short(e, sizeof e, r->equity_4y, band_currency(b), false);
	money_short(x, sizeof x, amount_scale(r->equity_4y, 1, 4), band_currency(b), false);
	printf("Offer: %s base, %s equity over four years (%s a year)", a, e, x);
	for (int p = PART_EQUITY + 1; p < PART_COUNT; p++) {
		amount_t v = offer_amount_of(&r->offer, (enum part_id)p);
		if (!amount_known(v))
			continue;
		money_short(a, sizeof a, v, band_currency(b), false);
		printf(", %s %c%s", a, tolower((unsigned char)part_table[p].label[0]),
		       part_table[p].label + 1);
	}
	if (o->agentic)
		printf(", agentic premium claimed");
	printf("\n");
	if (r->offer_equity_pct < 100 || r->guide_equity_pct < 100)
		printf("Risk-adjusted: private equity counts at %g%% of face "
		       "(%s's: %g%%, the offer's: %g%%).\n",
		       o->private_value_pct, g->company_display,
		       r->guide_equity_pct, r->offer_equity_pct);
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
		money_short(a, sizeof a, r->year_value[y], band_currency(b), false);
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
	if (!r->vs_target.known && !r->vs_floor.known) {
		printf("  this guide states no target ask or floor for %s\n",
		       b->region);
	} else {
		gap_row("base", r->base, b->target.base, r->vs_target.base,
		        b->floor.base, r->vs_floor.base, b);
		gap_row("equity (4y)", r->equity_4y, b->target.equity,
		        r->vs_target.equity, b->floor.equity, r->vs_floor.equity,
		        b);
		gap_row("annual total", r->annual_total,
		        offer_ask_annual(b, &b->target, r->guide_equity_pct),
		        r->vs_target.annual_total,
		        offer_ask_annual(b, &b->floor, r->guide_equity_pct),
		        r->vs_floor.annual_total, b);
	}
	if (r->premium_known) {
		money_format_range(a, sizeof a, r->premium_equity_low,
		                   r->premium_equity_high, b->currency.code,
		                   MONEY_SHORT);
		money_format_range(e, sizeof e, b->stock_low, b->stock_high,
		                   b->currency.code, MONEY_SHORT);
		printf("\nPremium-adjusted equity (+%g–%g%%): %s (band %s)%s\n",
		       g->premium.low_pct, g->premium.high_pct, a, e,
		       g->premium.included_in_ask
		               ? "; the target ask already includes it"
		               : "");
	}
	printf("\nVerdict: %s\n", offer_verdict_text(r->verdict));

	const struct counter *k = &cmp->counter;
	if (k->known) {
		money_short(a, sizeof a, k->base, band_currency(b), false);
		money_short(e, sizeof e, k->equity_4y, band_currency(b), false);
		money_short(x, sizeof x, k->sign_on, band_currency(b), false);
		printf("\nCounter to make: %s base, %s equity over four years, %s "
		       "sign-on\n",
		       a, e, x);
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
	if (cmp->converted)
		all_regions_text(cmp);
	if (r->script) {
		printf("\nScript — %s\n", r->script->title ? r->script->title : "");
		cli_out_wrapped(stdout,
		              cmp->have_filled ? cmp->filled.text : r->script->text,
		              2, width);
		if (cmp->filled.unanswered > 0)
			printf("  (%zu placeholder%s to fill in: answer them in the "
			       "TUI's script pane)\n",
			       cmp->filled.unanswered,
			       cmp->filled.unanswered == 1 ? "" : "s");
	}
}

static bool load_rates(struct cli *c, struct rates *rates)
{
	struct diag_list d = {0};
	struct error err = {0};
	bool ok = rates_load_user(rates, c->rates_file, &d, &err);
	for (size_t i = 0; i < d.count; i++)
		fprintf(stderr, "negotiator: %s:%d: %s\n", rates->source,
		        d.items[i].line, d.items[i].message);
	if (!ok)
		fprintf(stderr, "negotiator: %s%s\n",
		        c->rates_file ? "--rates " : "", err.msg);
	diag_list_free(&d);
	return ok;
}

int cli_compare(struct cli *c)
{
	if (c->path_count != 1)
		return cli_args_error(c, "compare takes exactly one GUIDE");
	if (!c->offer.text[PART_BASE])
		return cli_args_error(c, "compare needs --base AMOUNT");
	struct comparison *cmp = xcalloc(1, sizeof *cmp);
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
		fprintf(stderr, "negotiator: %s has no region '%s'; it has:", g->id,
		        c->region);
		for (size_t i = 0; i < g->band_count; i++)
			fprintf(stderr, "%s %s", i ? "," : "", g->bands[i].region);
		fputc('\n', stderr);
		rc = EXIT_FINDINGS;
		goto out;
	}
	if (!read_offers(c, cmp)) {
		rc = EXIT_USAGE;
		goto out;
	}
	if (!load_rates(c, &cmp->rates) || !convert_offer(cmp)) {
		rc = EXIT_FINDINGS;
		goto out;
	}
	offer_compare(g, cmp->band, &cmp->offer, &cmp->result);
	counter_solve(g, cmp->band, &cmp->offer,
	              cmp->have_company ? &cmp->company : NULL, &cmp->counter);
	if (cmp->result.script) {
		/* The user's answers to placeholders, from the saved
		 * negotiation, when there is one. */
		struct negotiation n;
		struct error err;
		error_clear(&err);
		state_load(g->id, &n, &err);
		if (error_is_set(&err))
			fprintf(stderr, "negotiator: %s\n", err.msg);
		fill_script(cmp->result.script->text, cmp->band, &cmp->result,
		            &n.answers, &cmp->filled);
		cmp->have_filled = true;
		negotiation_free(&n);
	}
	if (c->script) {
		if (!cmp->have_filled) {
			fprintf(stderr, "negotiator: %s has no script for %s\n", g->id,
			        cmp->band->region);
			rc = EXIT_FINDINGS;
		} else if (c->json) {
			struct json j;
			json_init(&j, stdout);
			json_object_begin(&j);
			json_key_string(&j, "title", cmp->result.script->title);
			json_key_string(&j, "text", cmp->filled.text);
			json_object_end(&j);
			json_finish(&j);
		} else {
			printf("%s\n", cmp->filled.text);
		}
	} else if (c->json) {
		compare_json(cmp);
	} else {
		compare_text(cmp);
	}
out:
	fill_script_free(&cmp->filled);
	free(cmp);
	library_free(&lib);
	return rc;
}

/* What a part's option takes, for the usage. */
static const char *part_metavar(enum part_id p)
{
	switch (part_table[p].kind) {
	case PART_AMOUNT:
	case PART_GRANT:
		return " AMOUNT";
	case PART_AMOUNT_OR_PERCENT:
		return " AMOUNT|N%";
	case PART_PERCENT:
		return " PCT";
	case PART_SCHEDULE:
		return " P/P/P/P";
	case PART_FLAG:
		break;
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

void cli_compare_usage(struct strbuf *sb, const char *first, int indent,
                       bool details)
{
	char word[128];
	size_t col = 0;
	sb_addf(sb, "%snegotiator compare [--json] GUIDE --region R --base%s",
	        first, part_metavar(PART_BASE));
	col = utf8_width(sb->data, sb->len);
	for (int i = 0; i < PART_COUNT; i++) {
		enum part_id p = (enum part_id)i;
		const char *opt = part_table[p].option, *meta = part_metavar(p);
		if (p == PART_BASE)
			continue;
		if (part_table[p].kind == PART_GRANT)
			snprintf(word, sizeof word, "[--%s%s | --%s-per-year%s]", opt,
			         meta, opt, meta);
		else
			snprintf(word, sizeof word, "[--%s%s]", opt, meta);
		usage_word(sb, &col, indent, word);
	}
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round) {
			snprintf(word, sizeof word, "[--company-%s%s]",
			         part_table[p].option,
			         part_metavar((enum part_id)p));
			usage_word(sb, &col, indent, word);
		}
	usage_word(sb, &col, indent, "[--rates FILE]");
	usage_word(sb, &col, indent, "[--script]");
	sb_addc(sb, '\n');
	if (!details)
		return;
	sb_adds(sb, "Compare a competing offer with the guide's band, target ask "
	            "and\nfloor for one region: totals, gaps, the counter to "
	            "make, and the\nscript that fits, filled with the offer's "
	            "numbers.\n");
	for (int p = 0; p < PART_COUNT; p++) {
		snprintf(word, sizeof word, "--%s%s", part_table[p].option,
		         part_metavar((enum part_id)p));
		sb_addf(sb, "  %-19s", word);
		col = 21;
		char *help = xstrdup(part_table[p].help);
		char *save = NULL;
		for (char *w = strtok_r(help, " ", &save); w;
		     w = strtok_r(NULL, " ", &save))
			usage_word(sb, &col, 22, w);
		sb_addc(sb, '\n');
		free(help);
	}
	sb_adds(sb, "  --company-*         the company's current offer: how far "
	            "each\n                      lever must move to reach the "
	            "target ask\n"
	            "  --rates FILE        currency rates (default\n"
	            "                      $XDG_CONFIG_HOME/negotiator/rates)\n"
	            "  --script            print only the filled-in script\n");
}
