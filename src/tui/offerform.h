/* offerform.h - the offer form's fields and how they become an offer.
 *
 * Pure: no curses.  The form keeps exactly what was typed; reading it
 * never changes it.  A field that cannot be read gets an error and
 * counts as not entered.  Amounts typed in another currency than the
 * band's ("$150K" for a band in EUR) are converted with the rates file;
 * without a rate the field gets an error and the typed text stays.
 */
#ifndef NEGOTIATOR_TUI_OFFERFORM_H
#define NEGOTIATOR_TUI_OFFERFORM_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "tui/lineedit.h"

enum form_field {
	FIELD_REGION,
	FIELD_BASE,
	FIELD_EQUITY,
	FIELD_BONUS,
	FIELD_SIGN_ON,
	FIELD_PREMIUM,
	FIELD_VESTING, /* percents a year, "5/15/40/40"; empty: 25 x 4 */
	FIELD_PRIVATE, /* the offer's own equity is private (pre-IPO) */
	FIELD_VALUE,   /* private equity's value, % of face; empty: 100 */
	FIELD_COUNT
};

/* How one typed amount was read into the band's currency. */
struct form_conv {
	bool converted;
	currency_t from; /* the currency it was typed in */
	double rate;     /* 1 from = rate band currency */
};

struct offer_form {
	struct lineedit text[FIELD_COUNT]; /* the text fields */
	enum form_field field;             /* the field with the cursor */
	size_t band;                       /* index into the guide's bands */
	bool equity_per_year;              /* equity typed per year */
	bool agentic;                      /* premium claimed */
	bool equity_private;               /* the offer's grant is pre-IPO */
	char error[FIELD_COUNT][64];       /* "" when the field reads fine */
	struct form_conv conv[FIELD_COUNT];
	/* The first conversion that had no rate (codes "" when none). */
	currency_t missing_from, missing_to;
};

void form_init(struct offer_form *f);
static inline bool form_field_is_text(enum form_field fld)
{
	return fld == FIELD_BASE || fld == FIELD_EQUITY || fld == FIELD_BONUS ||
	       fld == FIELD_SIGN_ON || fld == FIELD_VESTING || fld == FIELD_VALUE;
}
const char *form_field_label(enum form_field fld);

/* Read one amount typed for a band in `currency` ("EUR").  Empty text is
 * no amount and no error.  An amount in another currency is converted
 * with rates (conv, when not NULL, says how); with rates NULL, or no
 * rate between the two, it is an error.  Returns false with *why filled
 * on error. */
bool form_read_amount(const char *text, const char *currency,
                      const struct rates *rates, amount_t *out,
                      struct form_conv *conv, char *why, size_t whysize);
/* The bonus field: an amount, or a percent of base ("15%"). */
bool form_read_bonus(const char *text, const char *currency,
                     const struct rates *rates, amount_t *amount,
                     double *pct, struct form_conv *conv, char *why,
                     size_t whysize);
/* The vesting field: up to OFFER_MAX_VEST_YEARS percents separated by
 * '/', adding up to 100 ("5/15/40/40").  Empty: all zero (the default
 * schedule).  False with *why on error (pct then all zero). */
bool form_read_vesting(const char *text, double pct[OFFER_MAX_VEST_YEARS],
                       char *why, size_t whysize);
/* A percent from 0 to 100, with or without '%'; empty gives 100. */
bool form_read_value_pct(const char *text, double *pct, char *why,
                         size_t whysize);

/* Read every field into *o for band b (may be NULL: no currency check);
 * rates may be NULL (no conversion).  Sets f->error, f->conv and
 * f->missing_*.  Returns true when any amount was entered. */
bool form_to_offer(struct offer_form *f, const struct band *b,
                   const struct rates *rates, struct offer *o);
/* The same offer in another band's currency: amounts typed without a
 * currency are in home's.  Leaves f alone.  False when nothing was
 * entered or a needed rate is missing. */
bool form_offer_for_band(const struct offer_form *f, const struct band *home,
                         const struct band *target, const struct rates *rates,
                         struct offer *o);

/* Save the form as typed into kv (region by name); true when that
 * changed kv.  Restore it from kv, picking the band named there (else
 * leaving f->band as it is).  Keys: region, base, equity, equity_unit,
 * bonus, sign_on, premium, vesting, private, value_pct. */
bool form_save(const struct offer_form *f, const struct band *bands,
               size_t band_count, struct kv_list *kv);
void form_restore(struct offer_form *f, const struct band *bands,
                  size_t band_count, const struct kv_list *kv);

#endif
