/* offerform.h - the offer form's fields and how they become an offer.
 *
 * Pure: no curses.  The form keeps exactly what was typed; reading it
 * never changes it.  A field that cannot be read gets an error and
 * counts as not entered.
 */
#ifndef NEGOTIATOR_TUI_OFFERFORM_H
#define NEGOTIATOR_TUI_OFFERFORM_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "tui/lineedit.h"

enum form_field {
	FIELD_REGION,
	FIELD_BASE,
	FIELD_EQUITY,
	FIELD_BONUS,
	FIELD_SIGN_ON,
	FIELD_PREMIUM,
	FIELD_COUNT
};

struct offer_form {
	struct lineedit text[FIELD_COUNT]; /* base, equity, bonus, sign-on */
	enum form_field field;             /* the field with the cursor */
	size_t band;                       /* index into the guide's bands */
	bool equity_per_year;              /* equity typed per year */
	bool agentic;                      /* premium claimed */
	char error[FIELD_COUNT][64];       /* "" when the field reads fine */
};

void form_init(struct offer_form *f);
static inline bool form_field_is_text(enum form_field fld)
{
	return fld == FIELD_BASE || fld == FIELD_EQUITY || fld == FIELD_BONUS ||
	       fld == FIELD_SIGN_ON;
}
const char *form_field_label(enum form_field fld);

/* Read one amount typed for a band in `currency` ("EUR").  Empty text is
 * no amount and no error.  A currency other than the band's is an error
 * (the calculator does not convert).  Returns false with *why filled on
 * error. */
bool form_read_amount(const char *text, const char *currency, amount_t *out,
                      char *why, size_t whysize);
/* The bonus field: an amount, or a percent of base ("15%"). */
bool form_read_bonus(const char *text, const char *currency, amount_t *amount,
                     double *pct, char *why, size_t whysize);

/* Read every field into *o (offer_init first) for band b (may be NULL:
 * no currency check); sets f->error. Returns true when any amount was
 * entered. */
bool form_to_offer(struct offer_form *f, const struct band *b,
                   struct offer *o);

#endif
