/* offerform.c - read the offer form into an offer (see offerform.h). */
#include "tui/offerform.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

void form_init(struct offer_form *f)
{
	int i;

	memset(f, 0, sizeof *f);
	for (i = 0; i < FIELD_COUNT; i++)
		lineedit_init(&f->text[i]);
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
	case FIELD_VESTING: return "Vesting";
	case FIELD_PRIVATE: return "Private";
	case FIELD_VALUE: return "Value %";
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

/* Read an amount; one typed without a currency is in `bare`.  The
 * result is in `to`, converted with rates when they differ. */
static bool read_amount(const char *text, const char *bare, const char *to,
                        const struct rates *rates, amount_t *out,
                        struct form_conv *conv, currency_t *missing,
                        char *why, size_t whysize)
{
	currency_t cur;
	const char *reason = NULL, *from;
	amount_t v;

	*out = AMOUNT_NONE;
	why[0] = '\0';
	if (conv)
		memset(conv, 0, sizeof *conv);
	if (blank(text))
		return true;
	if (!money_parse(text, &v, &cur, &reason)) {
		snprintf(why, whysize, "%s", reason ? reason : "not an amount");
		return false;
	}
	from = cur.code[0] ? cur.code : (bare ? bare : "");
	if (!from[0] || !to || !to[0] || strcmp(from, to) == 0) {
		*out = v;
		return true;
	}
	if (!rates) {
		snprintf(why, whysize, "%s amount; this band is in %s", from, to);
		return false;
	}
	if (!rates_convert(rates, v, from, to, out)) {
		*out = AMOUNT_NONE;
		snprintf(why, whysize, "no %s→%s rate", from, to);
		if (missing && !missing->code[0])
			snprintf(missing->code, sizeof missing->code, "%s", from);
		return false;
	}
	if (conv) {
		conv->converted = true;
		snprintf(conv->from.code, sizeof conv->from.code, "%s", from);
		if (!rates_factor(rates, from, to, &conv->rate))
			conv->rate = 0;
	}
	return true;
}

bool form_read_amount(const char *text, const char *currency,
                      const struct rates *rates, amount_t *out,
                      struct form_conv *conv, char *why, size_t whysize)
{
	return read_amount(text, currency, currency, rates, out, conv, NULL,
	                   why, whysize);
}

/* A percent at the end of text: "15%", "12.5 % ".  *is_pct false (and
 * true returned) when the text does not end in '%'. */
static bool read_percent_suffix(const char *text, bool *is_pct, double *pct,
                                char *why, size_t whysize)
{
	size_t len = strlen(text);
	char num[LINEEDIT_MAX], *end;
	double v;

	*is_pct = false;
	while (len > 0 && text[len - 1] == ' ')
		len--;
	if (len == 0 || text[len - 1] != '%')
		return true;
	*is_pct = true;
	snprintf(num, sizeof num, "%.*s", (int)(len - 1), text);
	v = strtod(num, &end);
	while (*end == ' ')
		end++;
	if (end == num || *end != '\0' || !(v >= 0 && v <= 1000)) {
		snprintf(why, whysize, "not a percent (0-1000%%)");
		return false;
	}
	*pct = v;
	return true;
}

static bool read_bonus(const char *text, const char *bare, const char *to,
                       const struct rates *rates, amount_t *amount,
                       double *pct, struct form_conv *conv,
                       currency_t *missing, char *why, size_t whysize)
{
	bool is_pct;

	*pct = -1;
	*amount = AMOUNT_NONE;
	why[0] = '\0';
	if (conv)
		memset(conv, 0, sizeof *conv);
	if (!read_percent_suffix(text, &is_pct, pct, why, whysize)) {
		*pct = -1;
		return false;
	}
	if (is_pct)
		return true;
	return read_amount(text, bare, to, rates, amount, conv, missing, why,
	                   whysize);
}

bool form_read_bonus(const char *text, const char *currency,
                     const struct rates *rates, amount_t *amount,
                     double *pct, struct form_conv *conv, char *why,
                     size_t whysize)
{
	return read_bonus(text, currency, currency, rates, amount, pct, conv,
	                  NULL, why, whysize);
}

bool form_read_vesting(const char *text, double pct[OFFER_MAX_VEST_YEARS],
                       char *why, size_t whysize)
{
	const char *p = text;
	double sum = 0;
	int years = 0;

	memset(pct, 0, sizeof(double) * OFFER_MAX_VEST_YEARS);
	why[0] = '\0';
	if (blank(text))
		return true;
	for (;;) {
		char *end;
		double v;

		while (*p == ' ')
			p++;
		v = strtod(p, &end);
		if (end == p || !(v >= 0 && v <= 100) ||
		    years >= OFFER_MAX_VEST_YEARS)
			goto bad;
		p = end;
		while (*p == ' ')
			p++;
		if (*p == '%')
			p++;
		while (*p == ' ')
			p++;
		pct[years++] = v;
		sum += v;
		if (*p == '\0')
			break;
		if (*p != '/')
			goto bad;
		p++;
	}
	if (fabs(sum - 100) > 0.01) {
		snprintf(why, whysize, "adds up to %g%%, not 100%%", sum);
		memset(pct, 0, sizeof(double) * OFFER_MAX_VEST_YEARS);
		return false;
	}
	return true;
bad:
	snprintf(why, whysize, "up to %d percents a year, as 5/15/40/40",
	         OFFER_MAX_VEST_YEARS);
	memset(pct, 0, sizeof(double) * OFFER_MAX_VEST_YEARS);
	return false;
}

bool form_read_value_pct(const char *text, double *pct, char *why,
                         size_t whysize)
{
	char *end;
	double v;

	*pct = 100;
	why[0] = '\0';
	if (blank(text))
		return true;
	v = strtod(text, &end);
	while (*end == ' ')
		end++;
	if (*end == '%')
		end++;
	while (*end == ' ')
		end++;
	if (end == text || *end != '\0' || !(v >= 0 && v <= 100)) {
		snprintf(why, whysize, "a percent from 0 to 100");
		return false;
	}
	*pct = v;
	return true;
}

/* Where the errors and conversions go: f's own arrays, or scratch. */
struct read_out {
	char (*error)[64];
	struct form_conv *conv;
	currency_t *missing;
};

static bool read_all(const struct offer_form *f, const char *bare,
                     const char *to, const struct rates *rates,
                     struct offer *o, const struct read_out *ro)
{
	amount_t eq;
	bool any;

	offer_init(o);
	read_amount(lineedit_text(&f->text[FIELD_BASE]), bare, to, rates,
	                  &o->base, &ro->conv[FIELD_BASE], ro->missing,
	                  ro->error[FIELD_BASE], sizeof ro->error[0]);
	read_amount(lineedit_text(&f->text[FIELD_EQUITY]), bare, to, rates,
	                  &eq, &ro->conv[FIELD_EQUITY], ro->missing,
	                  ro->error[FIELD_EQUITY], sizeof ro->error[0]);
	if (amount_known(eq) && f->equity_per_year)
		eq = amount_scale(eq, 4, 1);
	o->equity_4y = eq;
	read_bonus(lineedit_text(&f->text[FIELD_BONUS]), bare, to, rates,
	                 &o->bonus, &o->bonus_pct, &ro->conv[FIELD_BONUS],
	                 ro->missing, ro->error[FIELD_BONUS],
	                 sizeof ro->error[0]);
	read_amount(lineedit_text(&f->text[FIELD_SIGN_ON]), bare, to, rates,
	                  &o->sign_on, &ro->conv[FIELD_SIGN_ON], ro->missing,
	                  ro->error[FIELD_SIGN_ON], sizeof ro->error[0]);
	form_read_vesting(lineedit_text(&f->text[FIELD_VESTING]), o->vest_pct,
	                  ro->error[FIELD_VESTING], sizeof ro->error[0]);
	form_read_value_pct(lineedit_text(&f->text[FIELD_VALUE]),
	                    &o->private_value_pct, ro->error[FIELD_VALUE],
	                    sizeof ro->error[0]);
	o->agentic = f->agentic;
	o->equity_private = f->equity_private;
	any = amount_known(o->base) || amount_known(o->equity_4y) ||
	      amount_known(o->bonus) || o->bonus_pct >= 0 ||
	      amount_known(o->sign_on);
	return any;
}

bool form_to_offer(struct offer_form *f, const struct band *b,
                   const struct rates *rates, struct offer *o)
{
	const char *cur = b ? b->currency.code : "";
	struct read_out ro = { f->error, f->conv, &f->missing_from };

	memset(f->error, 0, sizeof f->error);
	memset(f->conv, 0, sizeof f->conv);
	memset(&f->missing_from, 0, sizeof f->missing_from);
	memset(&f->missing_to, 0, sizeof f->missing_to);
	if (!b)
		return read_all(f, "", "", rates, o, &ro);
	{
		bool any = read_all(f, cur, cur, rates, o, &ro);
		if (f->missing_from.code[0])
			f->missing_to = b->currency;
		return any;
	}
}

bool form_offer_for_band(const struct offer_form *f, const struct band *home,
                         const struct band *target, const struct rates *rates,
                         struct offer *o)
{
	char error[FIELD_COUNT][64];
	struct form_conv conv[FIELD_COUNT];
	currency_t missing;
	struct read_out ro = { error, conv, &missing };
	bool any;

	if (!home || !target)
		return false;
	memset(error, 0, sizeof error);
	memset(&missing, 0, sizeof missing);
	any = read_all(f, home->currency.code, target->currency.code, rates, o,
	               &ro);
	return any && !missing.code[0];
}

/* Text fields and their keys in the saved form. */
static const struct {
	enum form_field field;
	const char *key;
} saved_text[] = {
	{ FIELD_BASE, "base" },       { FIELD_EQUITY, "equity" },
	{ FIELD_BONUS, "bonus" },     { FIELD_SIGN_ON, "sign_on" },
	{ FIELD_VESTING, "vesting" }, { FIELD_VALUE, "value_pct" },
};
#define SAVED_TEXT (sizeof saved_text / sizeof saved_text[0])

/* Set key to value (NULL removes it); true when that changed kv. */
static bool kv_update(struct kv_list *kv, const char *key, const char *value)
{
	const char *old = kv_get(kv, key);

	if ((!old && !value) || (old && value && strcmp(old, value) == 0))
		return false;
	kv_set(kv, key, value);
	return true;
}

bool form_save(const struct offer_form *f, const struct band *bands,
               size_t band_count, struct kv_list *kv)
{
	bool changed = false;
	size_t i;

	if (f->band < band_count && bands[f->band].region)
		changed |= kv_update(kv, "region", bands[f->band].region);
	for (i = 0; i < SAVED_TEXT; i++) {
		const struct lineedit *le = &f->text[saved_text[i].field];
		changed |= kv_update(kv, saved_text[i].key,
		                     lineedit_empty(le) ? NULL : lineedit_text(le));
	}
	changed |= kv_update(kv, "equity_unit",
	                     f->equity_per_year ? "year" : "grant");
	changed |= kv_update(kv, "premium", f->agentic ? "on" : "off");
	changed |= kv_update(kv, "private", f->equity_private ? "yes" : "no");
	return changed;
}

void form_restore(struct offer_form *f, const struct band *bands,
                  size_t band_count, const struct kv_list *kv)
{
	const char *v;
	size_t i;

	for (i = 0; i < SAVED_TEXT; i++)
		lineedit_set(&f->text[saved_text[i].field],
		       kv_get(kv, saved_text[i].key));
	v = kv_get(kv, "equity_unit");
	f->equity_per_year = v && strcmp(v, "year") == 0;
	v = kv_get(kv, "premium");
	f->agentic = v && strcmp(v, "on") == 0;
	v = kv_get(kv, "private");
	f->equity_private = v && strcmp(v, "yes") == 0;
	v = kv_get(kv, "region");
	for (i = 0; v && i < band_count; i++)
		if (bands[i].region && strcmp(bands[i].region, v) == 0) {
			f->band = i;
			break;
		}
}
