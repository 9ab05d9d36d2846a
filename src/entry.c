/* entry.c - read an offer as typed (see entry.h). */
#include "negotiator/entry.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/input.h"

/* Percents of base a bonus may be. */
#define BONUS_PCT_MAX 1000
/* The years a grant typed "per year" covers. */
#define GRANT_YEARS 4

/* Read one part's text into o; false with the reason in err. */
static bool read_part(enum part_id p, const char *text, const char *bare,
                      bool per_year, struct offer *o, currency_t *cur,
                      struct error *err)
{
	amount_t *a = offer_amount(o, p);
	switch (part_table[p].kind) {
	case PART_AMOUNT: return input_amount(text, bare, a, cur, err);
	case PART_GRANT:
		if (!input_amount(text, bare, a, cur, err))
			return false;
		if (per_year)
			*a = amount_scale(*a, GRANT_YEARS, 1);
		return true;
	case PART_AMOUNT_OR_PERCENT:
		return input_amount_or_percent(text, bare, BONUS_PCT_MAX, a,
		                               cur, offer_percent(o, p), err);
	case PART_PERCENT:
		return input_percent(text, 100, offer_percent(o, p), err);
	case PART_SCHEDULE:
		return input_schedule(text, offer_schedule(o, p), err);
	case PART_FLAG: break;
	}
	return true;
}

/* Move an amount part from the currency it is in into `to`. */
static void convert_part(enum part_id p, const char *bare, const char *to,
                         const struct rates *rates, struct offer *o,
                         struct entry_reading *how)
{
	struct entry_part *ep = &how->part[p];
	amount_t *a = offer_amount(o, p);
	const char *from = ep->typed.code[0] ? ep->typed.code : bare;
	if (!amount_known(*a) || !from[0] || !to[0] || strcmp(from, to) == 0)
		return;
	if (!rates) {
		snprintf(ep->error, sizeof ep->error,
		         "%s amount; this band is in %s", from, to);
	} else if (!rates_convert(rates, *a, from, to, a)) {
		snprintf(ep->error, sizeof ep->error, "no %s→%s rate", from,
		         to);
		if (!how->missing_from.code[0]) {
			snprintf(how->missing_from.code,
			         sizeof how->missing_from.code, "%s", from);
			snprintf(how->missing_to.code,
			         sizeof how->missing_to.code, "%s", to);
		}
	} else {
		ep->converted = true;
		snprintf(ep->from.code, sizeof ep->from.code, "%s", from);
		if (!rates_factor(rates, from, to, &ep->rate))
			ep->rate = 0;
		return;
	}
	*a = AMOUNT_NONE;
}

bool entry_read(const struct entry *e, const char *bare, const char *to,
                const struct rates *rates, struct offer *o,
                struct entry_reading *how)
{
	memset(how, 0, sizeof *how);
	offer_init(o);
	bare = bare ? bare : "";
	to = to ? to : "";
	for (int i = 0; i < PART_COUNT; i++) {
		enum part_id p = (enum part_id)i;
		struct entry_part *ep = &how->part[p];
		if (!part_is_text(p)) {
			*offer_flag(o, p) = e->on[p];
			continue;
		}
		if (input_blank(e->text[p]))
			continue;
		struct error err = {0};
		struct offer part;
		offer_init(&part);
		if (!read_part(p, e->text[p], bare, e->per_year[p], &part,
		               &ep->typed, &err)) {
			/* The reasons are short sentences: they fit. */
			size_t n = strnlen(err.msg, sizeof ep->error - 1);
			memcpy(ep->error, err.msg, n);
			ep->error[n] = '\0';
			ep->typed.code[0] = '\0';
			continue;
		}
		/* Only what read whole reaches the offer. */
		if (part_is_amount(p)) {
			*offer_amount(o, p) = *offer_amount(&part, p);
			convert_part(p, bare, to, rates, o, how);
		}
		double *pct = offer_percent(o, p),
		       *years = offer_schedule(o, p);
		if (pct)
			*pct = *offer_percent(&part, p);
		if (years)
			memcpy(years, offer_schedule(&part, p),
			       sizeof(double) * OFFER_MAX_VEST_YEARS);
		how->any |=
			amount_known(offer_amount_of(o, p)) ||
			(pct && part_table[p].kind == PART_AMOUNT_OR_PERCENT &&
		         *pct >= 0);
	}
	for (int p = 0; p < PART_COUNT; p++)
		how->errors |= how->part[p].error[0] != '\0';
	return how->any;
}
