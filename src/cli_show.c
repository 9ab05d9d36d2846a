/* cli_show.c - `negotiator show GUIDE`: the whole guide on a terminal,
 * or as JSON. */
#include "cli_show.h"

#include <string.h>

#include "cli_args.h"
#include "cli_guides.h"
#include "cli_out.h"
#include "json.h"
#include "negotiator/guide_load.h"
#include "negotiator/offer.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"

static void json_source(struct json *j, const struct source *src)
{
	json_object_begin(j);
	json_key(j, "line");
	json_number(j, src->line, false);
	json_key_string(j, "text", src->text);
	json_object_end(j);
}

/* The figures of band b read but doubtful (struct doubt), when it has
 * any: "doubtful": [{side, part, low, high, why, source}]. */
static void json_doubts(struct json *j, const struct guide *g, size_t b)
{
	static const char *const sides[] = {"ask", "floor", "counter"};
	bool any = false;

	for (size_t i = 0; i < g->doubt_count; i++) {
		const struct doubt *d = &g->doubts[i];

		if (d->band != b)
			continue;
		if (!any) {
			json_key(j, "doubtful");
			json_array_begin(j);
			any = true;
		}
		json_object_begin(j);
		json_key_string(j, "side", sides[d->side]);
		json_key_string(j, "part", guide_part_name(d->part));
		json_key_amount(j, "low", d->fig.low);
		json_key_amount(j, "high", d->fig.high);
		json_key_string(j, "why", d->why);
		json_key(j, "source");
		json_source(j, &d->fig.source);
		json_object_end(j);
	}
	if (any)
		json_array_end(j);
}

/* An ask, a floor or a counter: its parts (low ends, and the high end of
 * each range), percents where the guide gives a percent, the currency of
 * a figure in another currency than the band's, and where each figure
 * was read.  null when the guide gives nothing. */
static void json_ask(struct json *j, const struct band *b, const struct ask *a)
{
	static const char *const high[ASK_PART_COUNT] = {
		"base_high", "equity_high", "sign_on_high", "bonus_high",
		"total_high"};
	const struct figure *first = NULL;
	bool other_units = false;

	if (!ask_any(a)) {
		json_null(j);
		return;
	}
	json_object_begin(j);
	for (int p = 0; p < ASK_PART_COUNT; p++) {
		const struct figure *f = &a->part[p];
		amount_t lo = f->known && !f->percent ? f->low : AMOUNT_NONE;

		if (p == ASK_BASE && !f->known)
			lo = a->base;
		else if (p == ASK_EQUITY && !f->known)
			lo = a->equity;
		else if (p == ASK_SIGN_ON && !f->known)
			lo = a->sign_on;
		json_key_amount(j, guide_part_name((enum ask_part)p), lo);
		json_key_amount(j, high[p],
		                f->known && !f->percent && f->high != f->low
		                        ? f->high
		                        : AMOUNT_NONE);
		if (f->known && (!first || f->source.line < first->source.line))
			first = f;
		other_units = other_units ||
		              (f->known && !f->percent && f->currency.code[0] &&
		               strcmp(f->currency.code, b->currency.code) != 0);
	}
	const struct figure *bp = &a->part[ASK_BONUS],
			    *ep = &a->part[ASK_EQUITY];
	json_key(j, "bonus_pct");
	json_number(j, bp->known && bp->percent ? bp->pct_low : -1, true);
	json_key(j, "bonus_pct_high");
	json_number(j,
	            bp->known && bp->percent && bp->pct_high != bp->pct_low
	                    ? bp->pct_high
	                    : -1,
	            true);
	json_key(j, "equity_pct");
	json_number(j, ep->known && ep->percent ? ep->pct_low : -1, true);
	json_key(j, "equity_pct_high");
	json_number(j,
	            ep->known && ep->percent && ep->pct_high != ep->pct_low
	                    ? ep->pct_high
	                    : -1,
	            true);
	if (other_units) {
		json_key(j, "units");
		json_object_begin(j);
		for (int p = 0; p < ASK_PART_COUNT; p++) {
			const struct figure *f = &a->part[p];

			if (f->known && !f->percent && f->currency.code[0] &&
			    strcmp(f->currency.code, b->currency.code) != 0)
				json_key_string(
					j, guide_part_name((enum ask_part)p),
					f->currency.code);
		}
		json_object_end(j);
	}
	json_key(j, "source");
	if (first)
		json_source(j, &first->source);
	else
		json_null(j);
	json_key(j, "sources");
	json_object_begin(j);
	for (int p = 0; p < ASK_PART_COUNT; p++)
		if (a->part[p].known) {
			json_key(j, guide_part_name((enum ask_part)p));
			json_source(j, &a->part[p].source);
		}
	json_object_end(j);
	json_object_end(j);
}

static void show_json(struct json *j, const struct guide *g, const char *today)
{
	json_object_begin(j);
	cli_out_guide_head(j, g);
	json_key_string(j, "last_updated", cli_out_or_null(g->last_updated));
	json_key_string(j, "next_review_due",
	                cli_out_or_null(g->next_review_due));
	json_key_bool(j, "stale", guide_is_stale(g, today));
	json_key_bool(j, "sample", guide_is_sample(g));
	json_key_string(j, "data_quality", g->data_quality);
	json_key_bool(j, "equity_private", guide_equity_is_private(g));
	json_key(j, "equity_source");
	if (g->equity_line > 0 && g->equity_text) {
		json_object_begin(j);
		json_key(j, "line");
		json_number(j, g->equity_line, false);
		json_key_string(j, "text", g->equity_text);
		json_object_end(j);
	} else {
		json_null(j);
	}
	json_key(j, "premium");
	if (g->premium.present) {
		json_object_begin(j);
		json_key_string(j, "name", g->premium.name);
		json_key(j, "low_pct");
		json_number(j, g->premium.low_pct, false);
		json_key(j, "high_pct");
		json_number(j, g->premium.high_pct, false);
		json_key_string(j, "applies_to", g->premium.applies_to);
		json_key_bool(j, "included_in_ask", g->premium.included_in_ask);
		json_key(j, "source");
		if (g->premium.source.line > 0)
			json_source(j, &g->premium.source);
		else
			json_null(j);
		json_object_end(j);
	} else {
		json_null(j);
	}
	json_key(j, "regions");
	json_array_begin(j);
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		json_object_begin(j);
		json_key_string(j, "name", b->region);
		json_key_string(j, "currency",
		                cli_out_or_null(b->currency.code));
		json_key_amount(j, "base_low", b->base_low);
		json_key_amount(j, "base_high", b->base_high);
		json_key_amount(j, "stock_low", b->stock_low);
		json_key_amount(j, "stock_high", b->stock_high);
		json_key(j, "bonus_pct");
		json_number(j, b->bonus_pct, true);
		json_key_amount(j, "bonus_low", b->bonus_low);
		json_key_amount(j, "bonus_high", b->bonus_high);
		json_key_amount(j, "sign_on_low", b->sign_on_low);
		json_key_amount(j, "sign_on_high", b->sign_on_high);
		json_key_amount(j, "total_comp_low", b->total_low);
		json_key_amount(j, "total_comp_high", b->total_high);
		json_key(j, "target");
		json_ask(j, b, b->target);
		json_key(j, "floor");
		json_ask(j, b, b->floor);
		json_key(j, "counter");
		json_ask(j, b, b->counter);
		json_doubts(j, g, i);
		json_object_end(j);
	}
	json_array_end(j);
	json_key(j, "levers");
	json_array_begin(j);
	for (size_t i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];
		if (s->kind != SCRIPT_LEVER && s->kind != SCRIPT_COMPETING &&
		    s->kind != SCRIPT_PREMIUM)
			continue;
		json_object_begin(j);
		json_key_string(j, "title", s->title);
		json_key_string(j, "region", s->region);
		json_key_string(j, "script", s->text);
		json_object_end(j);
	}
	json_array_end(j);
	json_key(j, "scripts");
	json_array_begin(j);
	for (size_t i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];
		static const char *const kinds[] = {
			"plain", "lever", "competing", "premium", "strategy"};
		json_object_begin(j);
		json_key_string(j, "kind", kinds[s->kind]);
		json_key_string(j, "title", s->title);
		json_key_string(j, "section", s->section);
		json_key_string(j, "region", s->region);
		json_key(j, "line");
		json_number(j, s->line, false);
		json_key_string(j, "text", s->text);
		json_object_end(j);
	}
	json_array_end(j);
	json_key(j, "warnings");
	json_array_begin(j);
	for (size_t i = 0; i < g->diags.count; i++) {
		const struct diag *d = &g->diags.items[i];
		char line[32] = "";
		if (d->line > 0)
			snprintf(line, sizeof line, "line %d: ", d->line);
		struct strbuf sb;
		sb_init(&sb);
		sb_addf(&sb, "%s%s", line, d->message);
		json_string(j, sb.data);
		sb_free(&sb);
	}
	if (guide_is_stale(g, today)) {
		char msg[96];
		snprintf(msg, sizeof msg, "review date %s has passed",
		         g->next_review_due);
		json_string(j, msg);
	}
	json_array_end(j);
	json_object_end(j);
}

static void range_cell(char *buf, size_t size, amount_t lo, amount_t hi,
                       const char *code, const char *words)
{
	if (!amount_known(lo) && !amount_known(hi) && words && *words)
		snprintf(buf, size, "%s", words);
	else
		money_format_range(buf, size, lo, hi, code, MONEY_SHORT);
}

/* Band b's doubtful figures, each on its line under the band's asks
 * (the region first when first): "floor $15K base: read, doubtful (line
 * 16), not used: far outside the band's $180K–$240K".  True when any. */
static bool print_doubts(const struct guide *g, size_t b, int wr, bool first)
{
	static const char *const sides[] = {"ask", "floor", "counter"};
	bool any = false;

	for (size_t i = 0; i < g->doubt_count; i++) {
		const struct doubt *d = &g->doubts[i];
		char t[64];

		if (d->band != b)
			continue;
		guide_figure_text(t, sizeof t, &d->fig, d->part);
		printf("  ");
		if (first && !any)
			cli_out_padded(stdout, g->bands[b].region, wr + 2);
		else
			printf("%*s  ", wr, "");
		printf("%s %s %s: read, doubtful (line %d), not used: %s\n",
		       sides[d->side], t, guide_part_words(d->part),
		       d->fig.source.line, d->why);
		any = true;
	}
	return any;
}

/* The sentences an ask's figures were read from, each once, under it;
 * figures the front matter sets are said to come from there. */
static void print_sources(const struct ask *a, int indent, int width)
{
	const struct source *seen[ASK_PART_COUNT];
	size_t n = 0;
	int fm_first = 0, fm_last = 0;

	for (int p = 0; p < ASK_PART_COUNT; p++) {
		const struct source *src = &a->part[p].source;
		bool dup = false;

		if (!a->part[p].known)
			continue;
		if (!src->text) {
			if (!fm_first || src->line < fm_first)
				fm_first = src->line;
			if (src->line > fm_last)
				fm_last = src->line;
			continue;
		}
		for (size_t k = 0; k < n; k++)
			dup = dup || (seen[k]->line == src->line &&
			              strcmp(seen[k]->text, src->text) == 0);
		if (dup)
			continue;
		seen[n++] = src;
		struct strbuf sb;
		sb_init(&sb);
		sb_addf(&sb, "line %d: \"%s\"", src->line, src->text);
		cli_out_wrapped(stdout, sb.data, indent, width);
		sb_free(&sb);
	}
	if (fm_first && fm_first == fm_last)
		printf("%*sline %d: the front matter\n", indent, "", fm_first);
	else if (fm_first)
		printf("%*slines %d–%d: the front matter\n", indent, "",
		       fm_first, fm_last);
}

static void show_text(const struct guide *g, const char *today)
{
	int width = cli_out_width();
	printf("%s — %s  (%s)\n", g->company_display, g->role_display, g->id);
	printf("updated %s, review due %s",
	       g->last_updated[0] ? g->last_updated : "—",
	       g->next_review_due[0] ? g->next_review_due : "—");
	if (guide_is_stale(g, today))
		printf(" — STALE: the review date has passed");
	printf("\ndata quality %s", g->data_quality ? g->data_quality : "—");
	if (g->salary_quarter)
		printf(", salary data %s", g->salary_quarter);
	if (guide_is_sample(g))
		printf(" — SAMPLE: illustrative figures");
	printf("\n%s\n", g->path_shown);

	printf("\nBands (yearly; equity is the whole four-year grant)\n");
	int wr = 6;
	for (size_t i = 0; i < g->band_count; i++) {
		int w = (int)utf8_width(g->bands[i].region,
		                        strlen(g->bands[i].region));
		if (w > wr)
			wr = w > 24 ? 24 : w;
	}
	/* Bonus amounts ("$20K–$35K") need a wider column than percents. */
	int wb = 8;
	for (size_t i = 0; i < g->band_count; i++)
		if (amount_known(g->bands[i].bonus_low) &&
		    g->bands[i].bonus_pct < 0)
			wb = 16;
	printf("  ");
	cli_out_padded(stdout, "Region", wr + 2);
	cli_out_padded(stdout, "Base", 22);
	cli_out_padded(stdout, "Equity (4y)", 22);
	cli_out_padded(stdout, "Bonus", wb);
	printf("Total\n");
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		const char *code = b->currency.code;
		char base[128], eq[128], bonus[32], total[128];
		range_cell(base, sizeof base, b->base_low, b->base_high, code,
		           b->words.base);
		range_cell(eq, sizeof eq, b->stock_low, b->stock_high, code,
		           b->words.equity);
		if (b->bonus_pct >= 0)
			snprintf(bonus, sizeof bonus, "%g%%", b->bonus_pct);
		else if (amount_known(b->bonus_low))
			money_format_range(bonus, sizeof bonus, b->bonus_low,
			                   b->bonus_high, code, MONEY_SHORT);
		else
			snprintf(bonus, sizeof bonus, "—");
		range_cell(total, sizeof total, b->total_low, b->total_high,
		           code, b->words.total);
		printf("  ");
		cli_out_padded(stdout, b->region, wr + 2);
		if (!band_has_numbers(b)) {
			/* Words do not fit columns: one per line. */
			printf("no numbers (%s)\n",
			       code[0] ? code : "no currency");
			const char *labels[] = {"base", "equity", "total"};
			const char *words[] = {b->words.base, b->words.equity,
			                       b->words.total};
			for (int k = 0; k < 3; k++)
				if (words[k])
					printf("  %*s  %s: %s\n", wr, "",
					       labels[k], words[k]);
			continue;
		}
		cli_out_padded(stdout, base, 22);
		cli_out_padded(stdout, eq, 22);
		cli_out_padded(stdout, bonus, wb);
		printf("%s\n", total);
		if (amount_known(b->sign_on_low)) {
			char so[64];
			money_format_range(so, sizeof so, b->sign_on_low,
			                   b->sign_on_high, code, MONEY_SHORT);
			printf("  %*s  sign-on %s\n", wr, "", so);
		}
	}

	if (g->premium.present) {
		char pt[120];
		guide_premium_text(pt, sizeof pt, &g->premium);
		printf("\nPremium: %s, on %s%s\n", pt,
		       g->premium.applies_to ? g->premium.applies_to : "equity",
		       g->premium.included_in_ask
		               ? " (already in the target ask)"
		               : " (not in the target ask)");
		if (g->premium.source.line > 0 && g->premium.source.text) {
			struct strbuf sb;
			sb_init(&sb);
			sb_addf(&sb, "line %d: \"%s\"", g->premium.source.line,
			        g->premium.source.text);
			cli_out_wrapped(stdout, sb.data, 4, width);
			sb_free(&sb);
		}
		for (size_t i = 0; i < g->band_count; i++) {
			const struct band *b = &g->bands[i];
			struct offer o;
			struct offer_result r;
			offer_init(&o);
			offer_compare(g, b, &o, &r);
			if (!r.premium_known)
				continue;
			char buf[96];
			money_format_range(buf, sizeof buf, r.premium_low,
			                   r.premium_high, b->currency.code,
			                   MONEY_SHORT);
			printf("  %s: %s with the premium %s\n", b->region,
			       guide_premium_scope_word(r.premium_on), buf);
		}
	} else {
		printf("\nPremium: none read from this guide\n");
	}
	char kind[600];
	guide_equity_words(g, kind, sizeof kind);
	if (kind[0]) {
		char line[620];
		snprintf(line, sizeof line, "Equity: %s", kind);
		putchar('\n');
		cli_out_wrapped(stdout, line, 2, width);
	}

	printf("\nTarget ask, accept-at floor and the company's counter\n");
	bool any = false;
	for (size_t i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];
		const struct ask *sides[3] = {b->target, b->floor, b->counter};
		const char *names[3] = {"ask", "floor", "counter"};
		bool first = true;
		for (int k = 0; k < 3; k++) {
			char t[320];
			if (!ask_any(sides[k]))
				continue;
			guide_ask_text(t, sizeof t, sides[k]);
			printf("  ");
			if (first)
				cli_out_padded(stdout, b->region, wr + 2);
			else
				printf("%*s  ", wr, "");
			printf("%s %s\n", names[k], t);
			print_sources(sides[k], wr + 6, width);
			first = false;
			any = true;
		}
		any = print_doubts(g, i, wr, first) || any;
	}
	if (!any && g->strategy_unread)
		printf("  not read (line %d): the strategy states amounts, but "
		       "no "
		       "ask or floor could be read\n",
		       g->strategy_line);
	else if (!any)
		printf("  none stated in this guide\n");

	bool levers = false;
	for (size_t i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];
		if (s->kind == SCRIPT_PLAIN)
			continue;
		if (!levers)
			printf("\nLevers and strategy\n");
		levers = true;
		printf("  %s%s%s%s\n", s->title ? s->title : "(untitled)",
		       s->region ? " [" : "", s->region ? s->region : "",
		       s->region ? "]" : "");
		cli_out_wrapped(stdout, s->text, 6, width);
	}
	bool plain = false;
	for (size_t i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];
		if (s->kind != SCRIPT_PLAIN)
			continue;
		if (!plain)
			printf("\nOther scripts\n");
		plain = true;
		printf("  %s (line %d)\n", s->section ? s->section : "",
		       s->line);
		cli_out_wrapped(stdout, s->text, 6, width);
	}
	if (g->diags.count > 0 || guide_is_stale(g, today)) {
		printf("\nWarnings (see 'negotiator check')\n");
		for (size_t i = 0; i < g->diags.count; i++) {
			const struct diag *d = &g->diags.items[i];
			char msg[64];
			snprintf(msg, sizeof msg, "line %d: ", d->line);
			struct strbuf sb;
			sb_init(&sb);
			sb_addf(&sb, "%s%s", d->line > 0 ? msg : "",
			        d->message);
			cli_out_wrapped(stdout, sb.data, 2, width);
			sb_free(&sb);
		}
		if (guide_is_stale(g, today))
			printf("  review date %s has passed (today is %s)\n",
			       g->next_review_due, today);
	}
}

/* One guide's report, as text or as the next value of the JSON writer
 * given: a guide that cannot be found or read is said on stderr, and is
 * a null in a JSON list of several (null_if_missing). */
static bool show_one(struct cli *c, const char *name, struct json *j,
                     bool null_if_missing)
{
	struct library lib;
	library_init(&lib);
	struct guide *g = cli_guides_find(c, &lib, name);
	if (g) {
		guide_load_body(g);
		if (j)
			show_json(j, g, c->today);
		else
			show_text(g, c->today);
	} else if (j && null_if_missing) {
		json_null(j);
	}
	library_free(&lib);
	return g != NULL;
}

/* show GUIDE...: one guide's report; several one after the other, each
 * read on its own (two copies of one guide are both shown), as a JSON
 * list in the order given with --json.  Exit 1 when one was not found. */
int cli_show(struct cli *c)
{
	if (c->path_count < 1)
		return cli_args_error(c, "show takes a GUIDE");
	bool several = c->path_count > 1;
	struct json j;
	if (c->json) {
		json_init(&j, stdout);
		if (several)
			json_array_begin(&j);
	}
	bool all = true;
	bool shown = false;
	for (int i = 0; i < c->path_count; i++) {
		if (!c->json && shown)
			printf("\n");
		bool ok =
			show_one(c, c->paths[i], c->json ? &j : NULL, several);
		shown = shown || ok;
		all = all && ok;
	}
	if (c->json && several)
		json_array_end(&j);
	if (c->json && (several || all))
		json_finish(&j);
	return all ? EXIT_OK : EXIT_FINDINGS;
}
