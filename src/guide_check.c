/* guide_check.c - every finding about a guide, for `check`. */
#include "negotiator/guide_check.h"

#include <string.h>

#include "negotiator/guide_load.h"
#include "negotiator/region.h"

/* A band whose currency is not its place's: a data error when the name
 * itself says another currency ("Hangzhou (CNY)" in JPY), or when the
 * band is in a third currency (San Francisco in SGD).  A band in dollars
 * or euros for a place that pays in another currency is how many guides
 * quote international pay (Bucharest in EUR, Singapore in USD), not an
 * error. */
static void check_region_currency(const struct guide *g, struct diag_list *out)
{
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		const char *place = region_currency(b->region);
		const char *code = b->currency.code;

		if (!place || !code[0] || strcmp(place, code) == 0)
			continue;
		if ((strcmp(code, "USD") == 0 || strcmp(code, "EUR") == 0) &&
		    !region_names_currency(b->region))
			continue;
		diag_add(
			out, DIAG_WARNING, b->line,
			"region '%s' pays in %s, but its band's currency is %s",
			b->region, place, code);
	}
}

/* Which sentence decided the company's equity is private or listed (a
 * note: what every total of compare values the company's grant with). */
static void check_equity(const struct guide *g, struct diag_list *out)
{
	int line = guide_equity_line(g);
	bool priv = guide_equity_is_private(g);
	if (!line && !priv)
		return;
	diag_add(out, DIAG_NOTE, line,
	         "%s says %s's equity is %s: compare counts it at %s (%s "
	         "says otherwise)",
	         line ? "this line" : "the summary", g->company_display,
	         priv ? "private (pre-IPO)" : "listed",
	         priv ? "its value percent" : "its face value",
	         priv ? "--company-public" : "--company-private");
}

/* A total the guide calls first-year counts the sign-on and the first
 * year's vest: compare judges it against an offer's first-year total. */
static void check_first_year(const struct band *b, struct diag_list *out)
{
	const struct ask *sides[] = {b->target, b->floor};
	const char *names[] = {"ask", "floor"};
	for (size_t k = 0; k < 2; k++) {
		amount_t t = guide_first_year_total(b, sides[k]);
		char a[48];
		if (!amount_known(t))
			continue;
		money_short(a, sizeof a, t, band_currency(b), false);
		diag_add(
			out, DIAG_WARNING,
			sides[k]->part[ASK_TOTAL].source.line,
			"%s: the %s's total %s is a first-year total (base + "
			"bonus + sign-on + the first year's vest): %s",
			b->region, names[k], a,
			ask_known(sides[k]) && amount_known(sides[k]->base) &&
					amount_known(sides[k]->equity)
				? "the yearly total is made from its parts"
				: "judged against an offer's first-year total, "
				  "not its yearly total");
	}
}

size_t guide_check(struct guide *g, const char *today, struct diag_list *out)
{
	char now[11];
	size_t i, errors = 0;

	guide_load_body(g);
	for (i = 0; i < g->diags.count; i++) {
		const struct diag *d = &g->diags.items[i];

		diag_add(out, d->severity, d->line, "%s", d->message);
		errors += d->severity == DIAG_ERROR;
	}
	if (!today) {
		guide_today(now);
		today = now;
	}
	for (i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		amount_t ask = guide_ask_package(b),
			 floor = guide_floor_package(b);
		const struct figure *f = &b->target->part[ASK_TOTAL];
		char a[48], c[48];
		if (!amount_known(ask))
			continue;
		money_short(a, sizeof a, ask, band_currency(b), false);
		money_short(c, sizeof c, floor, band_currency(b), false);
		diag_add(
			out, DIAG_WARNING, f->source.line,
			"%s: the ask's total %s is base + the whole grant: "
			"read as a package figure, not a yearly total%s%s%s",
			b->region, a, amount_known(floor) ? "; the floor " : "",
			amount_known(floor) ? c : "",
			amount_known(floor) ? " is read as a package too" : "");
	}
	for (i = 0; i < g->band_count; i++)
		check_first_year(&g->bands[i], out);
	check_region_currency(g, out);
	check_equity(g, out);
	if (guide_is_stale(g, today))
		diag_add(out, DIAG_WARNING, 0,
		         "review date %s has passed (today is %s)",
		         g->next_review_due, today);
	return errors;
}
