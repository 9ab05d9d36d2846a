/* roundedit.c - the edit of one round (roundedit.h). */
#include "tui/roundedit.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/guide.h"
#include "negotiator/input.h"

void roundedit_start(struct round_editor *e, const struct round *r,
                     size_t index, const char *currency)
{
	memset(e, 0, sizeof *e);
	e->open = true;
	memcpy(e->id, r->id, sizeof e->id);
	e->number = index + 1;
	snprintf(e->currency, sizeof e->currency, "%s",
	         currency ? currency : "");
	for (int p = 0; p < PART_COUNT; p++) {
		if (!part_table[p].in_round)
			continue;
		size_t i = e->count++;
		char text[64] = "";
		e->part[i] = (enum part_id)p;
		snprintf(e->label[i], sizeof e->label[i], "%s",
		         part_table[p].label);
		/* The whole figure, not its short form: what is saved
		 * again when the field is left as it is. */
		if (amount_known(r->amount[p]))
			money_format(text, sizeof text, r->amount[p],
			             e->currency, MONEY_FULL, false);
		lineedit_set(&e->le[i], text);
	}
	size_t d = e->count++, n = e->count++;
	e->part[d] = e->part[n] = PART_COUNT;
	e->is_note[n] = true;
	snprintf(e->label[d], sizeof e->label[d], "Date");
	snprintf(e->label[n], sizeof e->label[n], "Note");
	lineedit_set(&e->le[d], r->date);
	lineedit_set(&e->le[n], r->note ? r->note : "");
	e->at = 0;
}

void roundedit_close(struct round_editor *e)
{
	memset(e, 0, sizeof *e);
}

/* Field i's figure: AMOUNT_NONE when blank. */
static bool field_amount(const struct round_editor *e, size_t i, amount_t *out,
                         struct error *err)
{
	const char *text = lineedit_text(&e->le[i]);
	currency_t cur;
	*out = AMOUNT_NONE;
	if (input_blank(text))
		return true;
	if (!input_amount(text, e->currency, out, &cur, err))
		return false;
	/* A round is in its region's currency; another one typed is not
	 * converted behind the user's back. */
	if (cur.code[0] && e->currency[0] && strcmp(cur.code, e->currency))
		return error_set(err,
		                 "a round's figures are in its region's "
		                 "currency, %s; this one is in %s",
		                 e->currency, cur.code);
	return true;
}

bool roundedit_check(const struct round_editor *e, size_t i, struct error *err)
{
	amount_t a;
	if (i >= e->count)
		return true;
	if (e->part[i] != PART_COUNT)
		return field_amount(e, i, &a, err);
	const char *text = lineedit_text(&e->le[i]);
	if (!e->is_note[i] && !guide_date_valid(text, strlen(text)))
		return error_set(err, "the date is a day written YYYY-MM-DD "
		                      "(2026-11-20)");
	return true;
}

bool roundedit_result(const struct round_editor *e, struct round_edit *out,
                      size_t *bad, struct error *err)
{
	memset(out, 0, sizeof *out);
	for (int p = 0; p < PART_COUNT; p++)
		out->amount[p] = AMOUNT_NONE;
	for (size_t i = 0; i < e->count; i++) {
		*bad = i;
		if (!roundedit_check(e, i, err))
			return false;
		const char *text = lineedit_text(&e->le[i]);
		if (e->part[i] != PART_COUNT)
			field_amount(e, i, &out->amount[e->part[i]], err);
		else if (e->is_note[i])
			out->note = text;
		else
			snprintf(out->date, sizeof out->date, "%s", text);
	}
	return true;
}
