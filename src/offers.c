/* offers.c - every offer of a negotiation side by side (offers.h). */
#include "negotiator/offers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/input.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"

/* Read one input into a row: its own currency first (the amounts must
 * name one, or none: then the input's currency, else the band's), then
 * into the band's currency with the rates. */
static void read_row(const struct guide *g, const struct band *b,
                     const struct rates *rates, const struct offers_input *in,
                     enum guide_equity_said said, struct offers_row *row)
{
	const char *band_cur = band_currency(b);
	const char *bare =
		in->currency && in->currency[0] ? in->currency : band_cur;
	memset(row, 0, sizeof *row);
	row->name = in->name ? in->name : "";
	row->company = in->company;
	row->number = in->number;
	entry_read(&in->entry, bare, band_cur, rates, &row->offer, &row->read);
	snprintf(row->typed.code, sizeof row->typed.code, "%s", bare);
	for (int p = 0; p < PART_COUNT; p++) {
		const struct entry_part *ep = &row->read.part[p];
		if (ep->converted) {
			row->converted = true;
			row->rate = ep->rate;
			row->typed = ep->from;
		}
	}
	/* The company's grant is its own equity: private when the guide's
	 * company pays in private equity, unless the negotiation says
	 * either way; every offer's gaps value the guide's figures so. */
	row->offer.company_equity = said;
	if (in->company)
		row->offer.equity_private = guide_equity_private_as(g, said);
	row->given = amount_known(row->offer.base);
	/* The guide's schedule is its company's: the default of the
	 * company's offer (a competitor vests as it does). */
	if (in->company)
		row->vest_line = offer_guide_vesting(&row->offer, g);
	offer_compare(g, b, &row->offer, &row->res);
}

/* The ask or the floor as an offer: its base and grant, the band's
 * bonus on that base, its sign-on; the company's equity. */
static void reference(const struct guide *g, const struct band *b,
                      const struct ask *a, enum guide_equity_said said,
                      double value_pct, struct offers_ref *ref)
{
	bool private_equity = guide_equity_private_as(g, said);
	memset(ref, 0, sizeof *ref);
	offer_ask_total(b, a, private_equity ? value_pct : 100, &ref->total);
	ref->known = amount_known(a->base) && amount_known(a->equity);
	offer_init(&ref->offer);
	if (!ref->known)
		return;
	ref->offer.base = a->base;
	ref->offer.equity_4y = a->equity;
	ref->offer.sign_on = a->sign_on;
	/* Its bonus as offer_ask_total counts it: the ask's own, else the
	 * band's, so that its yearly total is the ask's one total. */
	const struct figure *bonus = &a->part[ASK_BONUS];
	if (bonus->known && bonus->percent)
		ref->offer.bonus_pct = bonus->pct_low;
	else if (bonus->known && amount_known(bonus->low) &&
	         (!bonus->currency.code[0] ||
	          strcmp(bonus->currency.code, band_currency(b)) == 0))
		ref->offer.bonus = bonus->low;
	else if (b->bonus_pct > 0)
		ref->offer.bonus_pct = b->bonus_pct;
	ref->offer.equity_private = private_equity;
	ref->offer.company_equity = said;
	ref->offer.private_value_pct = value_pct;
	ref->vest_line = offer_guide_vesting(&ref->offer, g);
	offer_compare(g, b, &ref->offer, &ref->res);
}

void offers_compare(const struct guide *g, const struct band *b,
                    const struct rates *rates, const struct offers_input *in,
                    size_t n, long pick, enum guide_equity_said said,
                    struct offers_view *v)
{
	memset(v, 0, sizeof *v);
	v->band = b;
	v->company = v->best = v->against = -1;
	/* The company's equity: what its offer says (its Private typed
	 * either way), else what the negotiation said, else the guide's
	 * reading. */
	v->company_said = said;
	for (size_t i = 0; i < n && i < OFFERS_MAX; i++)
		if (in[i].company) {
			const struct entry *e = &in[i].entry;
			if (e->said[PART_PRIVATE])
				v->company_said =
					e->on[PART_PRIVATE]
						? GUIDE_EQUITY_SAID_PRIVATE
						: GUIDE_EQUITY_SAID_LIQUID;
			break;
		}
	v->company_private = guide_equity_private_as(g, v->company_said);
	for (size_t i = 0; i < n && v->count < OFFERS_MAX; i++) {
		struct offers_row *row = &v->row[v->count];
		read_row(g, b, rates, &in[i], v->company_said, row);
		if (row->company && v->company < 0)
			v->company = (long)v->count;
		v->count++;
	}
	/* The best competing offer: the most over four years. */
	for (size_t i = 0; i < v->count; i++) {
		const struct offers_row *r = &v->row[i];
		if (r->company || !r->given ||
		    !amount_known(r->res.four_year_total))
			continue;
		if (v->best < 0 || r->res.four_year_total >
		                           v->row[v->best].res.four_year_total)
			v->best = (long)i;
	}
	v->against = v->best;
	if (pick >= 0 && (size_t)pick < v->count && !v->row[pick].company &&
	    v->row[pick].given)
		v->against = pick;
	if (!b)
		return;
	/* The private-equity setting is the negotiation's: the company's
	 * offer's, else the offer the counter is made against. */
	double value = 100;
	if (v->company >= 0)
		value = v->row[v->company].offer.private_value_pct;
	else if (v->against >= 0)
		value = v->row[v->against].offer.private_value_pct;
	/* Every competing offer's gaps value the ask and the floor at that
	 * setting too, whatever its own Value % says of its own grant. */
	for (size_t i = 0; i < v->count; i++) {
		struct offers_row *r = &v->row[i];
		if (r->company || r->offer.private_value_pct == value)
			continue;
		r->offer.company_value_set = true;
		r->offer.company_value_pct = value;
		offer_compare(g, b, &r->offer, &r->res);
	}
	reference(g, b, b->target, v->company_said, value, &v->ask);
	reference(g, b, b->floor, v->company_said, value, &v->floor);
}

size_t offers_for_fill(const struct offers_view *v, struct fill_offer *out,
                       size_t max)
{
	size_t n = 0;
	if (v->against >= 0 && n < max)
		out[n++] = (struct fill_offer){v->row[v->against].name,
		                               &v->row[v->against].res};
	for (size_t i = 0; i < v->count && n < max; i++) {
		const struct offers_row *r = &v->row[i];
		if (r->company || !r->given || (long)i == v->against)
			continue;
		out[n++] = (struct fill_offer){r->name, &r->res};
	}
	return n;
}

const char *offers_name(const struct offers_row *r)
{
	if (r->name && r->name[0])
		return r->name;
	return r->company ? "the company's offer" : "the competing offer";
}

/* Each line's label, in full and brief (for a narrow table), and
 * whether it is a gap (signed). */
static const struct {
	const char *full, *brief;
	bool gap;
} line_labels[OFFERS_LINES] = {
	[OFFERS_BASE] = {"base", "base", false},
	[OFFERS_EQUITY_YEAR] = {"equity a year", "equity/yr", false},
	[OFFERS_BONUS] = {"bonus", "bonus", false},
	[OFFERS_SIGN_ON] = {"sign-on", "sign-on", false},
	[OFFERS_FIRST_YEAR] = {"first-year total", "year one", false},
	[OFFERS_YEARLY] = {"yearly total", "a year", false},
	[OFFERS_FOUR_YEARS] = {"four-year total", "4 years", false},
	[OFFERS_IN_BAND] = {"in the band", "in band", false},
	[OFFERS_VS_ASK] = {"vs the ask", "vs ask", true},
	[OFFERS_VS_FLOOR] = {"vs the floor", "vs floor", true},
	[OFFERS_PACKAGE] = {"base + grant", "base+grant", false},
	[OFFERS_VS_ASK_PACKAGE] = {"base + grant vs ask", "b+g vs ask", true},
	[OFFERS_VS_FLOOR_PACKAGE] = {"base + grant vs floor", "b+g vs floor",
                                     true},
	[OFFERS_VS_ASK_FIRST_YEAR] = {"first year vs ask", "yr1 vs ask", true},
	[OFFERS_VS_FLOOR_FIRST_YEAR] = {"first year vs floor", "yr1 vs floor",
                                        true},
};

bool offers_line_shown(const struct offers_view *v, enum offers_line l)
{
	const struct ask_total *at = &v->ask.total, *ft = &v->floor.total;
	switch (l) {
	case OFFERS_PACKAGE:
		return amount_known(at->package) || amount_known(ft->package);
	case OFFERS_VS_ASK_PACKAGE: return amount_known(at->package);
	case OFFERS_VS_FLOOR_PACKAGE: return amount_known(ft->package);
	case OFFERS_VS_ASK_FIRST_YEAR: return at->kind == ASK_TOTAL_FIRST_YEAR;
	case OFFERS_VS_FLOOR_FIRST_YEAR:
		return ft->kind == ASK_TOTAL_FIRST_YEAR;
	case OFFERS_LINES: return false;
	default: return true;
	}
}

const char *offers_line_label(enum offers_line l, bool brief)
{
	if (l >= OFFERS_LINES)
		return "";
	return brief ? line_labels[l].brief : line_labels[l].full;
}

size_t offers_columns(const struct offers_view *v)
{
	return v->count + 2 + (v->counter.known ? 1 : 0);
}

/* The ask, the floor or the counter behind a column past the rows. */
static const struct offers_ref *reference_at(const struct offers_view *v,
                                             size_t col)
{
	return col == v->count       ? &v->ask
	       : col == v->count + 1 ? &v->floor
	                             : &v->counter;
}

const char *offers_column_name(const struct offers_view *v, size_t col)
{
	if (col < v->count) {
		const struct offers_row *r = &v->row[col];
		if (r->name[0])
			return r->name;
		return r->company ? "company" : "offer";
	}
	return col == v->count       ? "ask"
	       : col == v->count + 1 ? "floor"
	                             : "counter";
}

/* The row's (or the reference's) result and whether it has figures. */
static const struct offer_result *column(const struct offers_view *v,
                                         size_t col, bool *known)
{
	if (col < v->count) {
		*known = v->row[col].given;
		return &v->row[col].res;
	}
	const struct offers_ref *ref = reference_at(v, col);
	*known = ref->known;
	return &ref->res;
}

bool offers_short_of_bonus(const struct offers_view *v, size_t col)
{
	if (col >= v->count || !v->band || !(v->band->bonus_pct > 0))
		return false;
	return v->row[col].given && offer_lacks_band_bonus(&v->row[col].res);
}

/* The total the guide states for line l of the ask's or the floor's
 * column (its yearly total, its package, its first-year total), NONE
 * where it states none: that column shows it over its parts' sum. */
static amount_t reference_total(const struct offers_ref *ref,
                                enum offers_line l)
{
	const struct ask_total *t = &ref->total;
	switch (l) {
	case OFFERS_YEARLY: return t->yearly;
	case OFFERS_PACKAGE: return t->package;
	case OFFERS_FIRST_YEAR:
		return t->kind == ASK_TOTAL_FIRST_YEAR ? t->first_year
		                                       : AMOUNT_NONE;
	default: return AMOUNT_NONE;
	}
}

/* A gap line's figure in r: against the ask or the floor, in yearly
 * totals, packages or first-year totals; NONE for another line. */
static amount_t gap_of(const struct offer_result *r, enum offers_line l)
{
	const struct gap *g;
	switch (l) {
	case OFFERS_VS_ASK:
	case OFFERS_VS_ASK_PACKAGE:
	case OFFERS_VS_ASK_FIRST_YEAR: g = &r->vs_target; break;
	case OFFERS_VS_FLOOR:
	case OFFERS_VS_FLOOR_PACKAGE:
	case OFFERS_VS_FLOOR_FIRST_YEAR: g = &r->vs_floor; break;
	default: return AMOUNT_NONE;
	}
	if (!g->known)
		return AMOUNT_NONE;
	if (l == OFFERS_VS_ASK || l == OFFERS_VS_FLOOR)
		return g->annual_total;
	if (l == OFFERS_VS_ASK_PACKAGE || l == OFFERS_VS_FLOOR_PACKAGE)
		return g->package;
	return g->first_year;
}

void offers_cell(const struct offers_view *v, size_t col, enum offers_line l,
                 bool brief, char *buf, size_t size)
{
	bool known;
	const struct offer_result *r = column(v, col, &known);
	const char *cur = band_currency(v->band);
	amount_t a = AMOUNT_NONE;
	snprintf(buf, size, "—");
	if (col >= offers_columns(v))
		return;
	/* The ask's or the floor's one total of each kind, from its parts
	 * or as the guide states it. */
	bool counter = col == v->count + 2;
	bool reference = col >= v->count && !counter;
	amount_t stated = reference ? reference_total(reference_at(v, col), l)
	                            : AMOUNT_NONE;
	bool gap = l < OFFERS_LINES && line_labels[l].gap;
	if (!known && !amount_known(stated))
		return;
	switch (l) {
	case OFFERS_BASE: a = r->base; break;
	case OFFERS_EQUITY_YEAR: a = r->equity_per_year; break;
	case OFFERS_BONUS: a = r->bonus; break;
	case OFFERS_SIGN_ON: a = r->sign_on; break;
	case OFFERS_FIRST_YEAR:
		a = amount_known(stated) ? stated : r->first_year_total;
		break;
	case OFFERS_YEARLY: a = reference ? stated : r->annual_total; break;
	case OFFERS_FOUR_YEARS: a = r->four_year_total; break;
	case OFFERS_PACKAGE: a = reference ? stated : offer_package(r); break;
	case OFFERS_IN_BAND:
		if (r->total_pos != POS_UNKNOWN)
			snprintf(buf, size, "%s",
			         offer_position_text(r->total_pos));
		/* "above band" under "in band": "above". */
		if (brief && r->total_pos != POS_UNKNOWN && strchr(buf, ' '))
			*strchr(buf, ' ') = '\0';
		return;
	case OFFERS_VS_ASK:
	case OFFERS_VS_FLOOR:
	case OFFERS_VS_ASK_PACKAGE:
	case OFFERS_VS_FLOOR_PACKAGE:
	case OFFERS_VS_ASK_FIRST_YEAR:
	case OFFERS_VS_FLOOR_FIRST_YEAR:
		if (reference)
			return;
		a = gap_of(r, l);
		break;
	case OFFERS_LINES: return;
	}
	size_t n = money_short(buf, size, a, cur, gap);
	if ((l == OFFERS_VS_ASK || l == OFFERS_VS_FLOOR) && amount_known(a) &&
	    a < 0 && offers_short_of_bonus(v, col) && n + 1 < size)
		snprintf(buf + n, size - n, "*");
}

void offers_bonus_note(const struct offers_view *v, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < v->count && n < size; i++) {
		const struct offer_result *r = &v->row[i].res;
		bool short_gap = (r->vs_target.known &&
		                  amount_known(r->vs_target.annual_total) &&
		                  r->vs_target.annual_total < 0) ||
		                 (r->vs_floor.known &&
		                  amount_known(r->vs_floor.annual_total) &&
		                  r->vs_floor.annual_total < 0);
		if (!short_gap || !offers_short_of_bonus(v, i))
			continue;
		n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "",
		                      offers_name(&v->row[i]));
	}
	if (!buf[0])
		return;
	char who[600];
	snprintf(who, sizeof who, "%s", buf);
	double ask = offer_ask_bonus_pct(v->band);
	if (ask != v->band->bonus_pct)
		snprintf(buf, size,
		         "* the ask counts its %g%% bonus (the band's: %g%%); "
		         "no bonus was typed for %s",
		         ask, v->band->bonus_pct, who);
	else
		snprintf(buf, size,
		         "* the ask and the floor count the band's %g%% bonus; "
		         "no bonus was typed for %s",
		         v->band->bonus_pct, who);
}

/* Cell (col, line) of the table: a heading (line < 0) or offers_cell,
 * cleaned for a terminal; the caller frees it. */
static char *table_cell(const struct offers_view *v, size_t col, int line,
                        bool brief)
{
	char cell[64];
	if (line < 0)
		snprintf(cell, sizeof cell, "%.63s",
		         offers_column_name(v, col));
	else
		offers_cell(v, col, (enum offers_line)line, brief, cell,
		            sizeof cell);
	return text_clean(cell, strlen(cell), false);
}

/* Append s, cut to cols columns and padded to pad. */
static void add_padded(struct strbuf *out, const char *s, int cols, int pad)
{
	size_t used;
	size_t n = utf8_fit(s, strlen(s), cols > 0 ? (size_t)cols : (size_t)-1,
	                    &used);
	for (size_t i = 0; i < n; i++)
		sb_addc(out, s[i]);
	for (int w = (int)used; w < pad; w++)
		sb_addc(out, ' ');
}

size_t offers_table(const struct offers_view *v, int width, struct strbuf *out)
{
	size_t cols = offers_columns(v), shown = 0;
	int label_w = 0, gap = 2, col_w[OFFERS_MAX + 3];
	bool brief = false;
	/* In full when every column fits, else brief, with as many columns
	 * as fit. */
	for (int pass = 0; pass < 2; pass++) {
		brief = pass == 1;
		gap = brief ? 1 : 2;
		int name_max = width <= 0 ? 0 : brief ? 9 : 14;
		label_w = 0;
		for (int k = 0; k < OFFERS_LINES; k++) {
			if (!offers_line_shown(v, (enum offers_line)k))
				continue;
			const char *s =
				offers_line_label((enum offers_line)k, brief);
			int w = (int)utf8_width(s, strlen(s));
			label_w = w > label_w ? w : label_w;
		}
		int room = width - label_w;
		shown = 0;
		for (size_t c = 0; c < cols; c++) {
			int w = 0;
			for (int k = -1; k < OFFERS_LINES; k++) {
				if (k >= 0 &&
				    !offers_line_shown(v, (enum offers_line)k))
					continue;
				char *cell = table_cell(v, c, k, brief);
				int cw = (int)utf8_width(cell, strlen(cell));
				if (k < 0 && name_max && cw > name_max)
					cw = name_max;
				w = cw > w ? cw : w;
				free(cell);
			}
			if (width > 0 && w + gap > room)
				break;
			room -= w + gap;
			col_w[shown++] = w;
		}
		if (shown == cols || width <= 0)
			break;
	}
	for (int k = -1; k < OFFERS_LINES; k++) {
		if (k >= 0 && !offers_line_shown(v, (enum offers_line)k))
			continue;
		add_padded(
			out,
			k < 0 ? ""
			      : offers_line_label((enum offers_line)k, brief),
			0, label_w + gap);
		for (size_t c = 0; c < shown; c++) {
			char *cell = table_cell(v, c, k, brief);
			add_padded(out, cell, col_w[c],
			           c + 1 < shown ? col_w[c] + gap : 0);
			free(cell);
		}
		sb_addc(out, '\n');
	}
	return cols - shown;
}

void offers_converted_note(const struct offers_view *v, size_t row, char *buf,
                           size_t size)
{
	const struct offers_row *r = &v->row[row];
	buf[0] = '\0';
	if (row < v->count && r->round)
		snprintf(buf, size,
		         "its latest round, round %zu, not the offer typed",
		         r->round);
	else if (row < v->count && r->converted)
		snprintf(buf, size, "typed in %s, converted at 1 %s = %.4g %s",
		         r->typed.code, r->typed.code, r->rate,
		         band_currency(v->band));
}

void offers_vesting_note(const struct offers_view *v, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!v->ask.vest_line)
		return;
	double years[OFFER_MAX_VEST_YEARS];
	int n = offer_vesting(&v->ask.offer, years);
	size_t len = (size_t)snprintf(buf, size,
	                              "the company's offer, the ask and the "
	                              "floor vest ");
	for (int y = 0; y < n && len < size; y++)
		len += (size_t)snprintf(buf + len, size - len, "%s%g",
		                        y ? "/" : "", years[y]);
	if (len < size)
		snprintf(buf + len, size - len,
		         ", as the guide states (line %d)", v->ask.vest_line);
}

size_t offers_inputs(const struct neg_offer *offers, size_t count,
                     struct offers_input *in, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < count && n < max; i++) {
		const struct neg_offer *o = &offers[i];
		if (negotiation_offer_empty(o))
			continue;
		struct offers_input *x = &in[n++];
		memset(x, 0, sizeof *x);
		x->name = o->name;
		x->company = o->number == NEG_COMPANY;
		x->number = o->number;
		x->currency = o->currency;
		for (int p = 0; p < PART_COUNT; p++) {
			x->entry.text[p] = o->text[p];
			x->entry.per_year[p] = o->per_year[p];
			x->entry.said[p] = o->said[p];
			x->entry.on[p] = o->said[p] && o->on[p];
		}
	}
	return n;
}
