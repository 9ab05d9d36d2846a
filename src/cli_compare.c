/* cli_compare.c - `negotiator compare`: a competing offer against one
 * region of a guide. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "json.h"
#include "negotiator/text.h"

/* Parse an amount option; a currency, when typed, must be the band's. */
static bool amount_option(struct cli *c, const char *opt, const char *text,
                          const struct band *b, amount_t *out)
{
	currency_t cur;
	const char *why;
	if (!money_parse(text, out, &cur, &why)) {
		cli_usage_error(c, "%s '%s': %s", opt, text, why);
		return false;
	}
	if (cur.code[0] && b->currency.code[0] &&
	    strcmp(cur.code, b->currency.code) != 0) {
		cli_usage_error(c, "%s '%s' is in %s but the %s band is in %s", opt,
		                text, cur.code, b->region, b->currency.code);
		return false;
	}
	return true;
}

/* "--bonus 15%" or "--bonus 20k". */
static bool bonus_option(struct cli *c, const char *text, const struct band *b,
                         struct offer *o)
{
	size_t n = strlen(text);
	if (n > 0 && text[n - 1] == '%') {
		char *end;
		double pct = strtod(text, &end);
		if (end != text + n - 1 || !(pct >= 0 && pct <= 1000)) {
			cli_usage_error(c, "--bonus '%s': not a percent from 0 to 1000",
			                text);
			return false;
		}
		o->bonus_pct = pct;
		return true;
	}
	return amount_option(c, "--bonus", text, b, &o->bonus);
}

static void json_gap(struct json *j, const struct gap *g)
{
	if (!g->known) {
		json_null(j);
		return;
	}
	json_object_begin(j);
	json_key(j, "base");
	json_amount(j, g->base);
	json_key(j, "equity");
	json_amount(j, g->equity);
	json_key(j, "annual_total");
	json_amount(j, g->annual_total);
	json_object_end(j);
}

static void compare_json(const struct guide *g, const struct offer_result *r)
{
	const struct band *b = r->band;
	struct json j;
	json_init(&j, stdout);
	json_object_begin(&j);
	json_key(&j, "guide");
	json_string(&j, g->id);
	json_key(&j, "region");
	json_string(&j, b->region);
	json_key(&j, "currency");
	json_string(&j, b->currency.code[0] ? b->currency.code : NULL);
	json_key(&j, "offer");
	json_object_begin(&j);
	json_key(&j, "base");
	json_amount(&j, r->base);
	json_key(&j, "equity_4y");
	json_amount(&j, r->equity_4y);
	json_key(&j, "bonus");
	json_amount(&j, r->bonus);
	json_key(&j, "sign_on");
	json_amount(&j, r->sign_on);
	json_key(&j, "annual_total");
	json_amount(&j, r->annual_total);
	json_key(&j, "first_year_total");
	json_amount(&j, r->first_year_total);
	json_key(&j, "four_year_total");
	json_amount(&j, r->four_year_total);
	json_object_end(&j);
	json_key(&j, "position");
	json_object_begin(&j);
	json_key(&j, "base");
	json_string(&j, band_position_text(r->base_pos));
	json_key(&j, "equity");
	json_string(&j, band_position_text(r->equity_pos));
	json_key(&j, "annual_total");
	json_string(&j, band_position_text(r->total_pos));
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
	json_key(&j, "verdict");
	json_string(&j, verdict_text(r->verdict));
	json_key(&j, "script");
	if (r->script) {
		json_object_begin(&j);
		json_key(&j, "title");
		json_string(&j, r->script->title);
		json_key(&j, "text");
		json_string(&j, r->script->text);
		json_object_end(&j);
	} else {
		json_null(&j);
	}
	json_object_end(&j);
	json_finish(&j);
}

static void money(char *buf, size_t n, amount_t a, const struct band *b,
                  bool plus)
{
	money_format(buf, n, a, b->currency.code, MONEY_SHORT, plus);
}

/* One row of the gap table: part, offer, target, gap, floor, gap. */
static void gap_row(const char *part, amount_t offer, amount_t target,
                    amount_t gap_t, amount_t floor_v, amount_t gap_f,
                    const struct band *b)
{
	char cells[5][32];
	money(cells[0], sizeof cells[0], offer, b, false);
	money(cells[1], sizeof cells[1], target, b, false);
	money(cells[2], sizeof cells[2], gap_t, b, true);
	money(cells[3], sizeof cells[3], floor_v, b, false);
	money(cells[4], sizeof cells[4], gap_f, b, true);
	printf("  ");
	print_padded(stdout, part, 16);
	for (int i = 0; i < 5; i++)
		print_padded(stdout, cells[i], 12);
	putchar('\n');
}

static void compare_text(const struct guide *g, const struct offer *o,
                         const struct offer_result *r)
{
	const struct band *b = r->band;
	char a[48], e[48], x[48];
	printf("%s — %s · %s (%s)\n\n", g->company_display, g->role_display,
	       b->region, b->currency.code[0] ? b->currency.code : "no currency");

	money(a, sizeof a, r->base, b, false);
	money(e, sizeof e, r->equity_4y, b, false);
	money(x, sizeof x, r->equity_per_year, b, false);
	printf("Offer: %s base, %s equity over four years (%s a year)", a, e, x);
	if (amount_known(r->bonus)) {
		money(a, sizeof a, r->bonus, b, false);
		printf(", %s bonus", a);
	}
	if (amount_known(r->sign_on)) {
		money(a, sizeof a, r->sign_on, b, false);
		printf(", %s sign-on", a);
	}
	if (o->agentic)
		printf(", agentic premium claimed");
	printf("\n");
	money(a, sizeof a, r->annual_total, b, false);
	money(e, sizeof e, r->first_year_total, b, false);
	money(x, sizeof x, r->four_year_total, b, false);
	printf("  annual total       %s   (base + equity/4 + bonus)\n", a);
	printf("  first-year total   %s   (one-year cliff: a quarter of the "
	       "grant, plus sign-on)\n",
	       e);
	printf("  four-year total    %s\n\n", x);

	printf("Where it sits in the band\n");
	const char *parts[] = {"base", "equity (4y)", "annual total"};
	amount_t vals[] = {r->base, r->equity_4y, r->annual_total};
	amount_t lo[] = {b->base_low, b->stock_low, b->total_low};
	amount_t hi[] = {b->base_high, b->stock_high, b->total_high};
	enum band_position pos[] = {r->base_pos, r->equity_pos, r->total_pos};
	for (int i = 0; i < 3; i++) {
		money(a, sizeof a, vals[i], b, false);
		money_format_range(e, sizeof e, lo[i], hi[i], b->currency.code,
		                   MONEY_SHORT);
		printf("  ");
		print_padded(stdout, parts[i], 16);
		print_padded(stdout, a, 12);
		print_padded(stdout, band_position_text(pos[i]), 12);
		printf("%s\n", e);
	}

	printf("\nAgainst the target ask and the floor (offer minus guide)\n");
	printf("  ");
	print_padded(stdout, "", 16);
	const char *heads[] = {"offer", "target", "gap", "floor", "gap"};
	for (int i = 0; i < 5; i++)
		print_padded(stdout, heads[i], 12);
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
		        offer_ask_annual(b, &b->target, r->guide_equity_pct), r->vs_target.annual_total,
		        offer_ask_annual(b, &b->floor, r->guide_equity_pct), r->vs_floor.annual_total, b);
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
	printf("\nVerdict: %s\n", verdict_text(r->verdict));
	if (r->script) {
		printf("\nScript — %s\n", r->script->title ? r->script->title : "");
		print_wrapped(stdout, r->script->text, 2, cli_width());
	}
}

int cli_compare(struct cli *c)
{
	if (c->path_count != 1)
		return cli_usage_error(c, "compare takes exactly one GUIDE");
	if (!c->base)
		return cli_usage_error(c, "compare needs --base AMOUNT");
	if (c->equity && c->equity_per_year)
		return cli_usage_error(
			c, "give --equity or --equity-per-year, not both");
	struct library lib;
	library_init(&lib);
	struct guide *g = cli_find_guide(c, &lib, c->paths[0]);
	if (!g) {
		library_free(&lib);
		return EXIT_FINDINGS;
	}
	guide_load_body(g);
	const struct band *b = NULL;
	if (c->region) {
		b = guide_find_band(g, c->region);
	} else if (g->band_count == 1) {
		b = &g->bands[0];
	} else {
		library_free(&lib);
		return cli_usage_error(c, "compare needs --region R");
	}
	if (!b) {
		fprintf(stderr, "negotiator: %s has no region '%s'; it has:",
		        g->id, c->region);
		for (size_t i = 0; i < g->band_count; i++)
			fprintf(stderr, "%s %s", i ? "," : "", g->bands[i].region);
		fputc('\n', stderr);
		library_free(&lib);
		return EXIT_FINDINGS;
	}
	struct offer o;
	offer_init(&o);
	o.agentic = c->agentic;
	bool ok = amount_option(c, "--base", c->base, b, &o.base);
	if (ok && c->equity)
		ok = amount_option(c, "--equity", c->equity, b, &o.equity_4y);
	if (ok && c->equity_per_year) {
		amount_t per_year;
		ok = amount_option(c, "--equity-per-year", c->equity_per_year, b,
		                   &per_year);
		if (ok)
			o.equity_4y = amount_scale(per_year, 4, 1);
	}
	if (ok && c->bonus)
		ok = bonus_option(c, c->bonus, b, &o);
	if (ok && c->sign_on)
		ok = amount_option(c, "--sign-on", c->sign_on, b, &o.sign_on);
	if (!ok) {
		library_free(&lib);
		return EXIT_USAGE;
	}
	struct offer_result r;
	offer_compare(g, b, &o, &r);
	if (c->json)
		compare_json(g, &r);
	else
		compare_text(g, &o, &r);
	library_free(&lib);
	return EXIT_OK;
}
