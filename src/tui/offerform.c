/* offerform.c - read the offer form into an offer (see offerform.h). */
#include "tui/offerform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/currency.h"
#include "negotiator/input.h"
#include "negotiator/text.h"

void form_init(struct offer_form *f)
{
	memset(f, 0, sizeof *f);
	for (int i = 0; i < FIELD_COUNT; i++)
		lineedit_init(&f->text[i]);
	f->field = FIELD_BASE;
}

bool form_field_is_text(enum form_field fld)
{
	if (fld == FIELD_NAME)
		return true;
	return fld >= FIELD_FIRST_PART && fld < FIELD_COUNT &&
	       part_is_text(form_field_part(fld));
}

const char *form_field_label(enum form_field fld)
{
	if (fld == FIELD_NAME)
		return "Offer";
	if (fld == FIELD_REGION)
		return "Region";
	return fld < FIELD_COUNT ? part_table[form_field_part(fld)].label : "";
}

const struct entry_part *form_field_read(const struct offer_form *f,
                                         enum form_field fld)
{
	if (fld < FIELD_FIRST_PART || fld >= FIELD_COUNT)
		return NULL;
	return &f->read.part[form_field_part(fld)];
}

/* The form as an entry: pointers into its fields. */
static void as_entry(const struct offer_form *f, struct entry *e)
{
	memset(e, 0, sizeof *e);
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++) {
		enum part_id p = form_field_part((enum form_field)fld);
		e->text[p] = lineedit_text(&f->text[fld]);
		e->per_year[p] = f->per_year[fld];
		e->on[p] = f->on[fld];
	}
}

void form_pin_currency(struct offer_form *f, const struct band *b)
{
	bool typed = false;
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++)
		typed |=
			part_is_amount(form_field_part((enum form_field)fld)) &&
			!lineedit_empty(&f->text[fld]);
	if (!typed)
		f->currency[0] = '\0';
	else if (!f->currency[0] && b)
		snprintf(f->currency, sizeof f->currency, "%s",
		         b->currency.code);
}

bool form_to_offer(struct offer_form *f, const struct band *b,
                   const struct rates *rates, struct offer *o)
{
	const char *cur = b ? b->currency.code : "";
	struct entry e;
	as_entry(f, &e);
	return entry_read(&e, f->currency[0] ? f->currency : cur, cur, rates, o,
	                  &f->read);
}

bool form_offer_for_band(const struct offer_form *f, const struct band *home,
                         const struct band *target, const struct rates *rates,
                         struct offer *o)
{
	if (!home || !target)
		return false;
	struct entry e;
	struct entry_reading how;
	as_entry(f, &e);
	bool any = entry_read(
		&e, f->currency[0] ? f->currency : home->currency.code,
		target->currency.code, rates, o, &how);
	return any && !how.missing_from.code[0];
}

bool form_flag_default(enum form_field fld, bool guide_private, bool company)
{
	return fld == FIELD_PRIVATE && guide_private && company;
}

/* Set *dst to the text of le (NULL when empty); true when it changed. */
static bool text_update(char **dst, const struct lineedit *le)
{
	const char *v = lineedit_empty(le) ? NULL : lineedit_text(le);
	if ((!*dst && !v) || (*dst && v && strcmp(*dst, v) == 0))
		return false;
	free(*dst);
	*dst = v ? xstrdup(v) : NULL;
	return true;
}

bool form_save(const struct offer_form *f, bool guide_private, bool company,
               struct neg_offer *o)
{
	bool changed = false;
	const char *name = lineedit_empty(&f->text[FIELD_NAME])
	                           ? ""
	                           : lineedit_text(&f->text[FIELD_NAME]);
	if (strcmp(o->name ? o->name : "", name) != 0) {
		negotiation_offer_set_name(o, name);
		changed = true;
	}
	if (strcmp(o->currency, f->currency) != 0) {
		snprintf(o->currency, sizeof o->currency, "%s", f->currency);
		changed = true;
	}
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++) {
		enum part_id p = form_field_part((enum form_field)fld);
		if (part_table[p].kind == PART_FLAG) {
			/* Said when it is not the default. */
			bool def = form_flag_default((enum form_field)fld,
			                             guide_private, company);
			bool said = f->on[fld] != def;
			changed |= said != o->said[p] ||
			           (said && f->on[fld] != o->on[p]);
			o->said[p] = said;
			o->on[p] = said && f->on[fld];
			continue;
		}
		changed |= text_update(&o->text[p], &f->text[fld]);
		bool per_year =
			part_table[p].kind == PART_GRANT && f->per_year[fld];
		changed |= per_year != o->per_year[p];
		o->per_year[p] = per_year;
	}
	return changed;
}

void form_restore(struct offer_form *f, bool guide_private, bool company,
                  const struct neg_offer *o)
{
	lineedit_set(&f->text[FIELD_NAME], o && o->name[0] ? o->name : NULL);
	snprintf(f->currency, sizeof f->currency, "%s", o ? o->currency : "");
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++) {
		enum part_id p = form_field_part((enum form_field)fld);
		if (part_table[p].kind == PART_FLAG) {
			f->on[fld] = o && o->said[p]
			                     ? o->on[p]
			                     : form_flag_default(
						       (enum form_field)fld,
						       guide_private, company);
			continue;
		}
		lineedit_set(&f->text[fld], o ? o->text[p] : NULL);
		f->per_year[fld] = o && o->per_year[p];
	}
}
