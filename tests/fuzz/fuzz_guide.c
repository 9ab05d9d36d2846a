/* libFuzzer harness: the guide loader end to end.
 *
 * Input is a whole guide file.  It goes through guide_load_buffer (file
 * checks, front-matter split, bounded YAML tree, model mapping), then
 * guide_load_body (Markdown), guide_check on a fixed day, lookups, the
 * offer calculator over every band and the filling of every script.  Besides
 * the sanitizers, it aborts when the model breaks a promise of guide.h: every
 * string in it must be clean (text_is_clean), and no parsed amount may exceed
 * AMOUNT_MAX.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/guide_check.h"
#include "negotiator/guide_load.h"
#include "negotiator/money.h"
#include "negotiator/offer.h"
#include "negotiator/script_pick.h"
#include "negotiator/state.h"
#include "negotiator/text.h"
#include "model_strings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void string_ok(const char *field, const char *s, bool one_line,
                      void *ctx)
{
	(void)ctx;
	if (!text_is_clean(s, !one_line)) {
		fprintf(stderr, "fuzz_guide: %s is not clean: \"%s\"\n", field,
		        s);
		abort();
	}
}

static void amount_ok(const char *what, amount_t a)
{
	if (amount_known(a) && (a < 0 || a > AMOUNT_MAX)) {
		fprintf(stderr,
		        "fuzz_guide: %s is %lld, outside 0..AMOUNT_MAX\n", what,
		        (long long)a);
		abort();
	}
}

static void diags_ok(const struct diag_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		string_ok("a diagnostic", l->items[i].message, false, NULL);
}

static void model_ok(const struct guide *g)
{
	size_t i;

	model_strings(g, string_ok, NULL);
	for (i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];

		amount_ok("base_low", b->base_low);
		amount_ok("base_high", b->base_high);
		amount_ok("stock_low", b->stock_low);
		amount_ok("stock_high", b->stock_high);
		amount_ok("total_low", b->total_low);
		amount_ok("total_high", b->total_high);
		amount_ok("target base", b->target->base);
		amount_ok("target equity", b->target->equity);
		amount_ok("target sign-on", b->target->sign_on);
		amount_ok("floor base", b->floor->base);
		amount_ok("floor equity", b->floor->equity);
		amount_ok("floor sign-on", b->floor->sign_on);
	}
}

/* Fill every script for the band, with a hostile answer for each of its
 * placeholders: the filled text must still be clean. */
static void fill_scripts(const struct guide *g, const struct band *b,
                         const struct offer_result *r)
{
	struct negotiation n;
	struct script_claim claims[8];
	size_t i, k, count;

	negotiation_init(&n, g->id);
	for (i = 0; i < g->script_count; i++) {
		const char *text = g->scripts[i].text;
		struct filled_script f;
		char **holders = NULL;
		const char *filled;

		(void)script_math_claims(text, strlen(text), claims,
		                         sizeof claims / sizeof *claims);
		count = fill_placeholders(text, &holders);
		for (k = 0; k < count; k++) {
			if (k % 2 == 0)
				kv_set(&n.answers, holders[k],
				       "\x1b[2J\x07 \xc2\x9b answer");
			free(holders[k]);
		}
		free(holders);
		memset(&f, 0, sizeof f);
		struct fill_offer mine = {"Rival", r};
		struct fill_input in = {.guide = g,
		                        .band = b,
		                        .claim = r,
		                        .offers = &mine,
		                        .offer_count = r ? 1 : 0,
		                        .answers = &n.answers};
		fill_script(text, &in, &f);
		filled = f.text ? f.text : "";
		string_ok("a filled script", filled, false, NULL);
		for (k = 0; k < f.span_count; k++)
			if (f.spans[k].start > f.spans[k].end ||
			    f.spans[k].end > strlen(filled)) {
				fprintf(stderr,
				        "fuzz_guide: fill span %zu..%zu out "
				        "of the text\n",
				        f.spans[k].start, f.spans[k].end);
				abort();
			}
		fill_script_free(&f);
	}
	negotiation_free(&n);
}

/* The calculator over one band, with the band's own figures as the offer,
 * so the arithmetic sees whatever extremes the input put there. */
static void offer_over(const struct guide *g, const struct band *b)
{
	struct offer o;
	struct offer_result r;

	offer_init(&o);
	o.base = b->base_high;
	o.equity_4y = b->stock_high;
	o.bonus_pct = b->bonus_pct;
	o.sign_on = b->target->sign_on;
	o.agentic = g->premium.present;
	offer_compare(g, b, &o, &r);
	fill_scripts(g, b, &r);
	o.base = AMOUNT_MAX;
	o.equity_4y = AMOUNT_MAX;
	o.sign_on = AMOUNT_MAX;
	o.bonus = AMOUNT_MAX;
	offer_compare(g, b, &o, &r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list errs = {0}, found = {0};
	struct guide *g;
	size_t i;

	g = guide_load_buffer("fuzz/guide.md", (const char *)data, size, &errs);
	diags_ok(&errs);
	if (g) {
		model_ok(g);
		guide_load_body(g);
		guide_load_body(g); /* the second call must do nothing */
		guide_check(g, "2026-01-15", &found);
		model_ok(g);
		diags_ok(&found);
		(void)guide_is_stale(g, "2026-01-15");
		(void)guide_is_sample(g);
		for (i = 0; i < g->band_count; i++) {
			const struct band *b = &g->bands[i];

			if (guide_find_band(g, b->region) == NULL) {
				fprintf(stderr,
				        "fuzz_guide: band '%s' not found by "
				        "its own name\n",
				        b->region);
				abort();
			}
			(void)script_pick(g, b->region, true, true);
			offer_over(g, b);
		}
		(void)guide_find_band(g, "NYC");
		(void)script_pick(g, NULL, false, false);
		guide_free(g);
	}
	diag_list_free(&found);
	diag_list_free(&errs);
	return 0;
}
