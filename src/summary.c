/* summary.c - the negotiation as Markdown (summary.h). */
#include "negotiator/summary.h"

#include <stdlib.h>
#include <string.h>

#include "negotiator/part.h"

/* Text from a guide or a person, safe in a Markdown table cell: cleaned
 * of control characters, '|' escaped, on one line. */
static void cell(struct strbuf *out, const char *s)
{
	char *clean = text_clean(s ? s : "", s ? strlen(s) : 0, false);
	for (const char *p = clean; *p; p++) {
		if (*p == '|' || *p == '\\')
			sb_addc(out, '\\');
		sb_addc(out, *p);
	}
	free(clean);
}

/* A table's head: the columns, then the line under them; the first
 * column left, the others right-aligned (figures). */
static void table_head(struct strbuf *out, const char *const *cols, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sb_adds(out, "| ");
		cell(out, cols[i]);
		sb_addc(out, ' ');
	}
	sb_adds(out, "|\n");
	for (size_t i = 0; i < n; i++)
		sb_adds(out, i ? "|---:" : "|---");
	sb_adds(out, "|\n");
}

static void heading(struct strbuf *out, const struct summary *s)
{
	const struct guide *g = s->an->guide;
	const struct band *b = s->an->band;
	sb_adds(out, "# Negotiation: ");
	cell(out, g->company_display);
	sb_adds(out, ", ");
	cell(out, g->role_display);
	if (b) {
		sb_adds(out, " (");
		cell(out, b->region);
		sb_addc(out, ')');
	}
	sb_adds(out, "\n\n");
	sb_addf(out, "Written %s from the guide `", s->today ? s->today : "");
	cell(out, g->id);
	sb_adds(out, "`");
	if (g->last_updated[0])
		sb_addf(out, ", updated %s", g->last_updated);
	if (g->next_review_due[0])
		sb_addf(out, ", review due %s", g->next_review_due);
	sb_adds(out, ".");
	if (b)
		sb_addf(out, " Figures in %s.", band_currency(b));
	/* Whether the company's equity counts as private, and the line of
	 * the guide (or the user's word) that decided it. */
	char said[400];
	analysis_equity_words(s->an, said, sizeof said);
	if (said[0]) {
		sb_adds(out, " ");
		cell(out, said);
	}
	sb_adds(out, "\n\n");
}

static void markdown_table(struct strbuf *out, const struct offers_view *v)
{
	size_t cols = offers_columns(v);
	const char *head[OFFERS_MAX + 4];
	head[0] = "";
	for (size_t c = 0; c < cols; c++)
		head[c + 1] = offers_column_name(v, c);
	sb_adds(out, "## Offers side by side\n\n");
	table_head(out, head, cols + 1);
	for (int l = 0; l < OFFERS_LINES; l++) {
		if (!offers_line_shown(v, (enum offers_line)l))
			continue;
		sb_adds(out, "| ");
		sb_adds(out, offers_line_label((enum offers_line)l, false));
		sb_addc(out, ' ');
		for (size_t c = 0; c < cols; c++) {
			char text[64];
			offers_cell(v, c, (enum offers_line)l, false, text,
			            sizeof text);
			sb_adds(out, "| ");
			cell(out, text);
			sb_addc(out, ' ');
		}
		sb_adds(out, "|\n");
	}
	sb_addc(out, '\n');
	bool notes = false;
	for (size_t i = 0; i < v->count; i++) {
		const struct offers_row *r = &v->row[i];
		char note[160];
		offers_converted_note(v, i, note, sizeof note);
		if (!note[0])
			continue;
		notes = true;
		sb_adds(out, "- ");
		cell(out, offers_name(r));
		sb_addf(out, ": %s.\n", note);
	}
	char note[700];
	offers_vesting_note(v, note, sizeof note);
	if (note[0]) {
		sb_addf(out, "- The %s.\n", note + strlen("the "));
		notes = true;
	}
	offers_bonus_note(v, note, sizeof note);
	if (note[0]) {
		sb_adds(out, "- \\");
		cell(out, note);
		sb_adds(out, ".\n");
		notes = true;
	}
	if (notes)
		sb_addc(out, '\n');
}

static void counter(struct strbuf *out, const struct analysis *an)
{
	const struct offers_view *v = &an->offers;
	const struct counter *k = &an->counter;
	const char *cur = band_currency(v->band);
	if (k->known) {
		sb_adds(out, "## The counter to make\n\n");
		if (v->against >= 0) {
			sb_adds(out, "Against ");
			cell(out, offers_name(&v->row[v->against]));
			sb_adds(out,
			        v->against == v->best
			                ? ", the best competing offer over "
			                  "four years: "
			                : ", the competing offer picked: ");
		} else if (k->alone) {
			sb_adds(out, "With the company's offer alone: ");
		}
		sb_addf(out,
		        "ask **%s base, %s equity over four years, %s "
		        "sign-on**.\n\n",
		        money_text(k->base, cur, false).s,
		        money_text(k->equity_4y, cur, false).s,
		        money_text(k->sign_on, cur, false).s);
		for (size_t i = 0; i < k->step_count; i++) {
			sb_adds(out, "1. ");
			cell(out, k->steps[i]);
			sb_addc(out, '\n');
		}
		sb_addc(out, '\n');
	}
	if (k->gap_known) {
		sb_adds(out, "## From the company's offer to the ask\n\n");
		for (size_t i = 0; i < k->gap_step_count; i++) {
			sb_adds(out, "- ");
			cell(out, k->gap_steps[i]);
			sb_addc(out, '\n');
		}
		sb_addc(out, '\n');
	}
}

static void rounds(struct strbuf *out, const struct summary *s)
{
	const struct negotiation *n = s->neg;
	if (!n || n->round_count == 0)
		return;
	const char *head[4 + PART_COUNT + 4];
	size_t cols = 0;
	head[cols++] = "#";
	head[cols++] = "date";
	head[cols++] = "who";
	for (int p = 0; p < PART_COUNT; p++)
		if (part_table[p].in_round)
			head[cols++] = part_table[p].label;
	head[cols++] = "vs the ask";
	head[cols++] = "vs the floor";
	head[cols++] = "";
	head[cols++] = "note";
	sb_adds(out, "## Rounds\n\n");
	table_head(out, head, cols);
	const struct guide *g = s->an->guide;
	bool private_equity = s->an->equity_private;
	double value =
		s->an->counter.equity_pct > 0 && s->an->counter.equity_pct < 100
			? s->an->counter.equity_pct
			: 100;
	for (size_t i = 0; i < n->round_count; i++) {
		const struct round *r = &n->rounds[i];
		const struct band *b =
			r->region ? guide_find_band(g, r->region) : NULL;
		struct offer o;
		struct offer_result res;
		negotiation_round_offer(r, private_equity, value, false, &o);
		offer_compare(g, b, &o, &res);
		sb_addf(out, "| %zu | %s | ", i + 1, r->date);
		cell(out, r->who);
		for (int p = 0; p < PART_COUNT; p++)
			if (part_table[p].in_round)
				sb_addf(out, " | %s",
				        money_text(r->amount[p],
				                   band_currency(b), false)
				                .s);
		/* The gaps in the totals the guide judges by (a package or
		 * a first-year total too), as the counter pane's rounds. */
		sb_addf(out, " | %s | %s | %s | ",
		        money_text(offer_gap_total(&res.vs_target),
		                   band_currency(b), true)
		                .s,
		        money_text(offer_gap_total(&res.vs_floor),
		                   band_currency(b), true)
		                .s,
		        r->accepted ? "accepted" : "");
		cell(out, r->note ? r->note : "");
		sb_adds(out, " |\n");
	}
	sb_addc(out, '\n');
}

static void write_script(struct strbuf *out, const struct summary *s)
{
	const char *title = s->script_title, *text = s->script_text;
	if (!text && s->an->script) {
		title = s->an->script->title;
		text = s->an->filled.text;
	}
	if (!title || !text)
		return;
	sb_adds(out, "## Script: ");
	cell(out, title);
	sb_adds(out, "\n\n> ");
	char *clean = text_clean(text, strlen(text), true);
	for (const char *p = clean; *p; p++) {
		sb_addc(out, *p);
		if (*p == '\n')
			sb_adds(out, "> ");
	}
	free(clean);
	sb_adds(out, "\n");
}

void summary_markdown(const struct summary *s, struct strbuf *out)
{
	heading(out, s);
	if (s->an->band && s->an->offers.count > 0)
		markdown_table(out, &s->an->offers);
	counter(out, s->an);
	rounds(out, s);
	write_script(out, s);
}
