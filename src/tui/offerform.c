/* offerform.c - read the offer form into an offer (see offerform.h). */
#include "tui/offerform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void form_init(struct offer_form *f)
{
	int i;

	memset(f, 0, sizeof *f);
	for (i = 0; i < FIELD_COUNT; i++)
		le_init(&f->text[i]);
	f->field = FIELD_BASE;
}

const char *form_field_label(enum form_field fld)
{
	switch (fld) {
	case FIELD_REGION: return "Region";
	case FIELD_BASE: return "Base";
	case FIELD_EQUITY: return "Equity";
	case FIELD_BONUS: return "Bonus";
	case FIELD_SIGN_ON: return "Sign-on";
	case FIELD_PREMIUM: return "Premium";
	case FIELD_COUNT: break;
	}
	return "";
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ')
			return false;
	return true;
}

bool form_read_amount(const char *text, const char *currency, amount_t *out,
                      char *why, size_t whysize)
{
	currency_t cur;
	const char *reason = NULL;

	*out = AMOUNT_NONE;
	why[0] = '\0';
	if (blank(text))
		return true;
	if (!money_parse(text, out, &cur, &reason)) {
		*out = AMOUNT_NONE;
		snprintf(why, whysize, "%s", reason ? reason : "not an amount");
		return false;
	}
	if (cur.code[0] && currency && currency[0] &&
	    strcmp(cur.code, currency) != 0) {
		snprintf(why, whysize, "%s amount; this band is in %s", cur.code,
		         currency);
		*out = AMOUNT_NONE;
		return false;
	}
	return true;
}

bool form_read_bonus(const char *text, const char *currency, amount_t *amount,
                     double *pct, char *why, size_t whysize)
{
	size_t len = strlen(text);
	char num[LINEEDIT_MAX], *end;
	double v;

	*pct = -1;
	*amount = AMOUNT_NONE;
	while (len > 0 && text[len - 1] == ' ')
		len--;
	if (len == 0 || text[len - 1] != '%')
		return form_read_amount(text, currency, amount, why, whysize);
	snprintf(num, sizeof num, "%.*s", (int)(len - 1), text);
	v = strtod(num, &end);
	while (*end == ' ')
		end++;
	if (end == num || *end != '\0' || !(v >= 0 && v <= 1000)) {
		snprintf(why, whysize, "not a percent (0-1000%%)");
		return false;
	}
	*pct = v;
	why[0] = '\0';
	return true;
}

bool form_to_offer(struct offer_form *f, const struct band *b,
                   struct offer *o)
{
	const char *cur = b ? b->currency.code : "";
	amount_t eq;
	bool any = false;

	offer_init(o);
	memset(f->error, 0, sizeof f->error);
	form_read_amount(le_text(&f->text[FIELD_BASE]), cur, &o->base,
	                 f->error[FIELD_BASE], sizeof f->error[0]);
	form_read_amount(le_text(&f->text[FIELD_EQUITY]), cur, &eq,
	                 f->error[FIELD_EQUITY], sizeof f->error[0]);
	if (amount_known(eq) && f->equity_per_year)
		eq = amount_scale(eq, 4, 1);
	o->equity_4y = eq;
	form_read_bonus(le_text(&f->text[FIELD_BONUS]), cur, &o->bonus,
	                &o->bonus_pct, f->error[FIELD_BONUS],
	                sizeof f->error[0]);
	form_read_amount(le_text(&f->text[FIELD_SIGN_ON]), cur, &o->sign_on,
	                 f->error[FIELD_SIGN_ON], sizeof f->error[0]);
	o->agentic = f->agentic;
	any = amount_known(o->base) || amount_known(o->equity_4y) ||
	      amount_known(o->bonus) || o->bonus_pct >= 0 ||
	      amount_known(o->sign_on);
	return any;
}
