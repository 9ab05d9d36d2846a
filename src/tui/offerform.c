/* offerform.c - read the offer form into an offer (see offerform.h). */
#include "tui/offerform.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/currency.h"
#include "negotiator/input.h"
#include "negotiator/offers.h"

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

/* Set key to value (NULL removes it); true when that changed kv. */
static bool kv_update(struct kv_list *kv, const char *key, const char *value)
{
	const char *old = kv_get(kv, key);
	if ((!old && !value) || (old && value && strcmp(old, value) == 0))
		return false;
	kv_set(kv, key, value);
	return true;
}

/* "<prefix><key>" and a grant's "<prefix><key>_unit". */
static void part_key(const char *prefix, enum part_id p, const char *suffix,
                     char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", prefix, part_table[p].key, suffix);
}

bool form_flag_default(enum form_field fld, bool guide_private,
                       const char *prefix)
{
	return fld == FIELD_PRIVATE && guide_private &&
	       strcmp(prefix, OFFERS_COMPANY ".") == 0;
}

bool form_save(const struct offer_form *f, const struct band *bands,
               size_t band_count, bool guide_private, const char *prefix,
               struct kv_list *kv)
{
	bool changed = false;
	char key[96];
	if (f->band < band_count && bands[f->band].region)
		changed |= kv_update(kv, "region", bands[f->band].region);
	snprintf(key, sizeof key, "%sname", prefix);
	changed |= kv_update(kv, key,
	                     lineedit_empty(&f->text[FIELD_NAME])
	                             ? NULL
	                             : lineedit_text(&f->text[FIELD_NAME]));
	snprintf(key, sizeof key, "%s%s", prefix, OFFERS_CURRENCY);
	changed |= kv_update(kv, key, f->currency[0] ? f->currency : NULL);
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++) {
		enum part_id p = form_field_part((enum form_field)fld);
		const struct lineedit *le = &f->text[fld];
		part_key(prefix, p, "", key, sizeof key);
		if (part_table[p].kind == PART_FLAG) {
			bool def = form_flag_default((enum form_field)fld,
			                             guide_private, prefix);
			changed |= kv_update(kv, key,
			                     f->on[fld] == def ? NULL
			                     : f->on[fld]      ? "yes"
			                                       : "no");
			continue;
		}
		changed |= kv_update(
			kv, key, lineedit_empty(le) ? NULL : lineedit_text(le));
		if (part_table[p].kind == PART_GRANT) {
			part_key(prefix, p, "_unit", key, sizeof key);
			changed |= kv_update(kv, key,
			                     f->per_year[fld] ? "year" : NULL);
		}
	}
	return changed;
}

void form_restore(struct offer_form *f, const struct band *bands,
                  size_t band_count, bool guide_private, const char *prefix,
                  const struct kv_list *kv)
{
	char key[96];
	snprintf(key, sizeof key, "%sname", prefix);
	lineedit_set(&f->text[FIELD_NAME], kv_get(kv, key));
	snprintf(key, sizeof key, "%s%s", prefix, OFFERS_CURRENCY);
	const char *cur = kv_get(kv, key);
	currency_t c = {""};
	size_t used = 0;
	/* A code, as saved; anything else (a file edited by hand) is no
	 * currency. */
	if (!cur || !currency_from_text(cur, strlen(cur), &c, &used) ||
	    used != strlen(cur))
		c.code[0] = '\0';
	snprintf(f->currency, sizeof f->currency, "%s", c.code);
	for (int fld = FIELD_FIRST_PART; fld < FIELD_COUNT; fld++) {
		enum part_id p = form_field_part((enum form_field)fld);
		part_key(prefix, p, "", key, sizeof key);
		const char *v = kv_get(kv, key);
		if (part_table[p].kind == PART_FLAG) {
			bool on = false;
			f->on[fld] = v && input_flag(v, &on, NULL)
			                     ? on
			                     : form_flag_default(
						       (enum form_field)fld,
						       guide_private, prefix);
			continue;
		}
		lineedit_set(&f->text[fld], v);
		if (part_table[p].kind == PART_GRANT) {
			part_key(prefix, p, "_unit", key, sizeof key);
			v = kv_get(kv, key);
			f->per_year[fld] = v && strcmp(v, "year") == 0;
		}
	}
	const char *region = kv_get(kv, "region");
	for (size_t i = 0; region && i < band_count; i++)
		if (bands[i].region && strcmp(bands[i].region, region) == 0) {
			f->band = i;
			break;
		}
}
