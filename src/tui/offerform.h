/* offerform.h - the offer form's fields and how they become an offer.
 *
 * Pure: no curses.  The form's fields are the offer's name, the region,
 * then one field per part of the offer (OFFER_PARTS in part.h), in the
 * table's order.  It edits one offer of the negotiation at a time.  The
 * form keeps exactly what was typed; reading it (through entry_read, as
 * the command line does) never changes it.  A field that cannot be read
 * gets an error and counts as not entered.  Amounts typed in another
 * currency than the band's ("$150K" for a band in EUR) are converted
 * with the rates file; without a rate the field gets an error and the
 * typed text stays.
 */
#ifndef NEGOTIATOR_TUI_OFFERFORM_H
#define NEGOTIATOR_TUI_OFFERFORM_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/entry.h"
#include "negotiator/guide.h"
#include "negotiator/offer.h"
#include "negotiator/part.h"
#include "negotiator/rates.h"
#include "negotiator/negotiation.h"
#include "tui/lineedit.h"

/* clang-format off */
enum form_field {
	FIELD_NAME,   /* the offer's name ("Google Paris") */
	FIELD_REGION, /* the negotiation's region: the band compared with */
#define FORM_FIELD(id, ...) FIELD_##id,
	OFFER_PARTS(FORM_FIELD)
#undef FORM_FIELD
	FIELD_COUNT
};
/* clang-format on */

/* The first field of the offer's parts. */
#define FIELD_FIRST_PART (FIELD_REGION + 1)

/* The part a field shows; PART_COUNT for the name and the region. */
static inline enum part_id form_field_part(enum form_field fld)
{
	return fld < FIELD_FIRST_PART ? PART_COUNT
	                              : (enum part_id)(fld - FIELD_FIRST_PART);
}

/* The field of a part. */
static inline enum form_field form_part_field(enum part_id p)
{
	return (enum form_field)(p + FIELD_FIRST_PART);
}

struct offer_form {
	struct lineedit text[FIELD_COUNT]; /* the text fields */
	bool on[FIELD_COUNT];              /* flag fields: ticked */
	bool per_year[FIELD_COUNT];        /* grant fields: typed a year */
	enum form_field field;             /* the field with the cursor */
	size_t band;                       /* index into the guide's bands */
	/* The currency amounts typed without one are in: the region's when
	 * the first was typed, kept whatever region is shown later (saved
	 * with the offer); "" while nothing is typed. */
	char currency[8];
	struct entry_reading read; /* how form_to_offer read it */
};

void form_init(struct offer_form *f);
/* Fields typed as text (not the region, not a flag). */
bool form_field_is_text(enum form_field fld);
const char *form_field_label(enum form_field fld);
/* How a field was read at the last form_to_offer (its error, its
 * conversion); NULL for the region. */
const struct entry_part *form_field_read(const struct offer_form *f,
                                         enum form_field fld);

/* Pin the form's currency to band b's when an amount is typed and none
 * is pinned; unpin it when no amount is left. */
void form_pin_currency(struct offer_form *f, const struct band *b);
/* Read every field into *o for band b (may be NULL: no currency check);
 * rates may be NULL (no conversion).  Keeps how in f->read.  Returns
 * true when any amount was entered. */
bool form_to_offer(struct offer_form *f, const struct band *b,
                   const struct rates *rates, struct offer *o);
/* The same offer in another band's currency: amounts typed without a
 * currency are in the form's pinned currency, else home's.  Leaves f alone.
 * False when nothing was entered or a needed rate is missing. */
bool form_offer_for_band(const struct offer_form *f, const struct band *home,
                         const struct band *target, const struct rates *rates,
                         struct offer *o);

/* A flag field's value when the offer does not say it: the guide's
 * reading for the company's Private, else off. */
bool form_flag_default(enum form_field fld, bool guide_private, bool company);

/* Save the form as typed into offer o (negotiation.h): its name, its
 * currency and each part.  A flag is said only when it is not its
 * default (off, but the company's Private defaults to guide_private,
 * the guide's reading: the form shows it, and either way the user flips
 * it is said).  True when that changed o.  Restore the form from o (NULL:
 * an offer with nothing typed); the region is the negotiation's, not the
 * offer's: the caller puts it in f->band. */
bool form_save(const struct offer_form *f, bool guide_private, bool company,
               struct neg_offer *o);
void form_restore(struct offer_form *f, bool guide_private, bool company,
                  const struct neg_offer *o);

#endif
