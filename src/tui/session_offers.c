/* session_offers.c - the offers of the open negotiation: the form edits
 * one of them by its number, every change is typed into the model and
 * the negotiation analysed once; going through them, adding, deleting,
 * moving and duplicating them (see session_offers.h). */
#include "tui/session_offers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/input.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/status.h"

int session_shown_number(const struct negotiation *n)
{
	if (n->shown != NEG_NONE)
		return n->shown;
	/* None said: the first competing offer, else a first one. */
	for (size_t i = 0; i < n->offer_count; i++)
		if (n->offers[i].number != NEG_COMPANY &&
		    !negotiation_offer_empty(&n->offers[i]))
			return n->offers[i].number;
	return 1;
}

void session_show_form(struct tui *t)
{
	enum form_field field = t->form.field;
	size_t band = t->form.band;
	form_init(&t->form);
	t->form.field = field;
	t->form.band = band;
	if (!t->g)
		return;
	form_restore(&t->form, t->guide_private, t->form_number == NEG_COMPANY,
	             negotiation_offer(&t->neg, t->form_number));
	/* The negotiation's region, when the guide has it. */
	for (size_t i = 0; t->neg.region && i < t->g->band_count; i++)
		if (t->g->bands[i].region &&
		    strcmp(t->g->bands[i].region, t->neg.region) == 0) {
			t->form.band = i;
			break;
		}
}

bool session_form_save(struct tui *t)
{
	bool changed = false;
	if (!t->neg_open || !t->g)
		return false;
	const char *region = t->form.band < t->g->band_count
	                             ? t->g->bands[t->form.band].region
	                             : NULL;
	if (region && (!t->neg.region || strcmp(t->neg.region, region))) {
		free(t->neg.region);
		t->neg.region = xstrdup(region);
		changed = true;
	}
	struct neg_offer *o = negotiation_offer_get(&t->neg, t->form_number);
	if (o)
		changed |= form_save(&t->form, t->guide_private,
		                     t->form_number == NEG_COMPANY, o);
	return changed;
}

/* The field `o` goes to in a guide just opened: the first empty one
 * (Base in a new negotiation); Base again when all are filled in.  The
 * field last used is kept only while the guide stays open. */
void session_first_field(struct tui *t)
{
	int f;

	t->form.field = FIELD_BASE;
	for (f = FIELD_BASE; f < FIELD_COUNT; f++)
		if (form_field_is_text((enum form_field)f) &&
		    lineedit_empty(&t->form.text[f])) {
			t->form.field = (enum form_field)f;
			return;
		}
}

/* The config file's value % of private equity, in the Value % field of
 * an offer that has none typed. */
void session_default_value(struct tui *t)
{
	struct lineedit *le = &t->form.text[form_part_field(PART_VALUE)];
	if (t->config.equity_value[0] && lineedit_empty(le))
		lineedit_set(le, t->config.equity_value);
}

/* The form typed into the model, kept for undo and to be saved. */
static void form_changed(struct tui *t)
{
	if (!t->neg_open || !t->g)
		return;
	/* The state before the keystroke, kept for undo when it changed
	 * anything. */
	struct negotiation before;
	negotiation_copy(&before, &t->neg);
	if (session_form_save(t)) {
		t->save_pending = true;
		/* More keystrokes in the field typed in last add to its
		 * change, and to the save that waits for the keys to rest. */
		bool typing = form_field_is_text(t->form.field);
		if (typing && !t->save_waits)
			t->save_waits_since = app_now_seconds();
		t->save_waits = typing;
		struct undo *u = undo_shelf_get(&t->undo, t->g->id);
		if (!typing || t->undo_field != (int)t->form.field ||
		    t->undo_number != t->form_number)
			undo_remember(u, &before);
		else
			undo_extend(u, &before, &t->neg);
		t->undo_field = typing ? (int)t->form.field : -1;
		t->undo_number = t->form_number;
	}
	negotiation_free(&before);
}

void session_analyse(struct tui *t)
{
	analysis_free(&t->an);
	memset(&t->an, 0, sizeof t->an);
	t->an.offers.company = t->an.offers.best = t->an.offers.against = -1;
	t->an.company_round = -1;
	offer_init(&t->an.none.offer);
	t->an.none.name = "";
	if (!t->neg_open || !t->g)
		return;
	struct analysis_input ai = {
		.guide = t->g,
		.band = app_band(t),
		.rates = &t->rates,
		.offers = t->neg.offers,
		.offer_count = t->neg.offer_count,
		.against = t->neg.against,
		.neg = &t->neg,
		.company_from_rounds = true,
		.shown = t->form_number,
	};
	analysis_run(&ai, &t->an);
	t->analyses++;
	app_dirty(t, PANE_COUNTER);
}

/* The rates file, read the first time a conversion needs it and again
 * when it has changed; its bad lines become notes. */
static void read_rates(struct tui *t)
{
	struct diag_list d = {0};
	struct error err = {0};
	bool again = t->rates.read;

	if (rates_read(&t->rates, &d, &err)) {
		if (again)
			status_message(t, "The rates file changed: %zu rate%s",
			               t->rates.count,
			               t->rates.count == 1 ? "" : "s");
	} else {
		status_note(t, "%s", err.msg);
		status_message(t, "The rates file cannot be used: %s", err.msg);
	}
	for (size_t i = 0; i < d.count; i++)
		status_note(t, "%s:%d: %s", t->rates_path, d.items[i].line,
		            d.items[i].message);
	/* The findings are bounded (the last may count many lines): no
	 * number here that could be short of the truth. */
	if (d.count > 0)
		status_message(t, "Some lines of the rates file could not be "
		                  "used — ! shows which.");
	diag_list_free(&d);
}

/* Whether the offers need a rate: an amount typed in another currency,
 * or an offer to show in the band of a region with another currency. */
static bool rates_needed(const struct tui *t, const struct band *b)
{
	const struct offers_view *v = &t->an.offers;
	bool any = false;
	for (size_t i = 0; i < v->count; i++) {
		if (v->row[i].read.missing_from.code[0])
			return true;
		any |= v->row[i].read.any;
	}
	if (!any || !b || !t->g)
		return false;
	for (size_t i = 0; i < t->g->band_count; i++) {
		const struct band *o = &t->g->bands[i];
		if (band_has_numbers(o) &&
		    strcmp(o->currency.code, b->currency.code) != 0)
			return true;
	}
	return false;
}

void session_offer_changed(struct tui *t)
{
	const struct band *b = app_band(t);

	form_pin_currency(&t->form, b);
	form_changed(t);
	session_analyse(t);
	/* The rates file is read when a conversion first needs it, and
	 * again when it changed: only then is the negotiation analysed a
	 * second time, with the rates. */
	if (rates_needed(t, b) && rates_stale(&t->rates)) {
		read_rates(t);
		session_analyse(t);
	}
	app_notify(t, APP_OFFER_CHANGED);
}

void session_toggle_equity_unit(struct tui *t)
{
	const struct band *b = app_band(t);
	amount_t before = app_offer_row(t)->offer.equity_4y;
	bool per_year = !t->form.per_year[FIELD_EQUITY];
	t->form.per_year[FIELD_EQUITY] = per_year;
	session_offer_changed(t);
	amount_t after = app_offer_row(t)->offer.equity_4y;
	/* A figure already typed changes its worth: say so, both ways. */
	if (!amount_known(before) || !amount_known(after)) {
		status_message(t, "Equity is typed %s.",
		               per_year ? "a year at a time (×4)"
		                        : "as the whole four-year grant");
		return;
	}
	status_message(t, "Equity %s is %s now: %s over 4 years (was %s).",
	               lineedit_text(&t->form.text[FIELD_EQUITY]),
	               per_year ? "a year" : "the grant",
	               money_text(after, band_currency(b), false).s,
	               money_text(before, band_currency(b), false).s);
}

void session_answers_changed(struct tui *t)
{
	session_analyse(t);
	app_dirty(t, PANE_SCRIPT);
}

void session_set_region(struct tui *t, size_t band)
{
	if (!t->g || band >= t->g->band_count)
		return;
	/* The offers keep their amounts and their currency: nothing typed
	 * is rewritten (each offer's currency is saved with it). */
	t->form.band = band;
	session_offer_changed(t);
	app_notify(t, APP_REGION_PICKED);
	t->header_dirty = true;
}

/* The offers the form can show, in order: the competing ones as the
 * user put them, then the company's; the one shown among them (a new
 * offer with nothing typed yet is a choice until left). */
static size_t offer_choices(const struct tui *t, int *numbers, size_t max)
{
	size_t k = 0;
	bool shown = false;
	for (size_t i = 0; i < t->neg.offer_count && k + 1 < max; i++) {
		const struct neg_offer *o = &t->neg.offers[i];
		if (o->number == NEG_COMPANY ||
		    (negotiation_offer_empty(o) && o->number != t->form_number))
			continue;
		shown |= o->number == t->form_number;
		numbers[k++] = o->number;
	}
	if (!shown && t->form_number != NEG_COMPANY && k + 1 < max)
		numbers[k++] = t->form_number;
	numbers[k++] = NEG_COMPANY;
	return k;
}

size_t session_offer_place(const struct tui *t, size_t *count)
{
	int numbers[NEG_OFFERS_MAX + 2];
	size_t n = offer_choices(t, numbers, NEG_OFFERS_MAX + 2), at = 0;
	for (size_t i = 0; i < n; i++)
		if (numbers[i] == t->form_number)
			at = i;
	*count = n - 1; /* the competing ones */
	return at + 1;
}

/* The form on offer `number`, in the same undo step as the change that
 * led there. */
static void put_form_on(struct tui *t, int number)
{
	enum form_field field = t->form.field;
	t->form_number = number;
	t->neg.shown = number;
	/* Offers left with nothing typed are no offers. */
	negotiation_prune(&t->neg, number);
	t->save_pending = true;
	session_show_form(t);
	/* Going through the offers on their name row stays there; from a
	 * figure, the cursor goes where the next one is typed. */
	if (field != FIELD_NAME)
		session_first_field(t);
	session_offer_changed(t);
	/* Another offer on show is no typing: written at once. */
	t->save_waits = false;
	app_dirty_all(t);
}

/* Show offer `number` in the form. */
static void show_offer(struct tui *t, int number)
{
	if (!t->g || !t->neg_open || number == t->form_number)
		return;
	session_remember(t);
	put_form_on(t, number);
}

void session_step_offer(struct tui *t, int dir)
{
	int numbers[NEG_OFFERS_MAX + 2];
	size_t n = offer_choices(t, numbers, NEG_OFFERS_MAX + 2), at = 0;
	for (size_t i = 0; i < n; i++)
		if (numbers[i] == t->form_number)
			at = i;
	show_offer(t, numbers[(at + n + (size_t)(dir < 0 ? n - 1 : 1)) % n]);
}

/* The competing offers with anything typed. */
static size_t competing_count(const struct tui *t)
{
	size_t n = 0;
	for (size_t i = 0; i < t->neg.offer_count; i++)
		n += t->neg.offers[i].number != NEG_COMPANY &&
		     !negotiation_offer_empty(&t->neg.offers[i]);
	return n;
}

void session_new_offer(struct tui *t)
{
	size_t n = competing_count(t);
	if (n >= NEG_OFFERS_MAX - 1) {
		status_message(t, "This negotiation holds %zu offers already.",
		               n);
		return;
	}
	/* Random, not the next free number: two windows on the same
	 * negotiation pressing C-n at once make two offers, not one. */
	show_offer(t, negotiation_new_number(&t->neg, t->form_number));
	if (t->config.equity_value[0]) {
		session_default_value(t);
		session_offer_changed(t);
		t->save_waits = false; /* no typing: written at once */
	}
	t->form.field = FIELD_NAME;
	status_message(t, "A new competing offer: name it, then type its "
	                  "figures (< and > go through the offers).");
}

void session_pick_against(struct tui *t)
{
	const struct offers_view *v = &t->an.offers;
	long next = -1;
	/* The next competing offer given after the one answered now; after
	 * the last, the best again (no pick kept). */
	for (size_t i = (size_t)(v->against + 1); i < v->count; i++)
		if (!v->row[i].company && v->row[i].given) {
			next = (long)i;
			break;
		}
	session_remember(t);
	t->neg.against =
		next < 0 || next == v->best ? NEG_NONE : v->row[next].number;
	t->save_pending = true;
	session_analyse(t);
	if (t->an.offers.against >= 0)
		status_message(
			t, "The counter answers %s%s.",
			offers_name(&t->an.offers.row[t->an.offers.against]),
			t->an.offers.against == t->an.offers.best
				? ", the best over four years"
				: "");
	app_dirty_all(t);
}

/* The name of the offer the form shows, for a message. */
static void shown_name(const struct tui *t, char *buf, size_t size)
{
	const struct neg_offer *o = negotiation_offer(&t->neg, t->form_number);
	if (t->form_number == NEG_COMPANY)
		snprintf(buf, size, "the company's offer");
	else if (o && o->name[0])
		snprintf(buf, size, "%s", o->name);
	else
		snprintf(buf, size, "the competing offer");
}

/* A change of the offers by the user (one undo step, analysed): saved
 * at once. */
static void offers_edited(struct tui *t)
{
	t->save_pending = true;
	t->save_durable = true;
	t->save_waits = false;
	t->undo_field = -1;
	app_dirty_all(t);
}

/* The offer shown, when it has anything typed; else NULL, and the
 * status line says there is nothing to `verb`. */
static const struct neg_offer *typed_shown(struct tui *t, const char *verb)
{
	if (!t->g || !t->neg_open)
		return NULL;
	const struct neg_offer *o = negotiation_offer(&t->neg, t->form_number);
	if (!o || negotiation_offer_empty(o)) {
		status_message(t, "Nothing typed in this offer: nothing to %s.",
		               verb);
		return NULL;
	}
	return o;
}

void session_delete_offer(struct tui *t)
{
	char name[96];
	if (!typed_shown(t, "delete"))
		return;
	shown_name(t, name, sizeof name);
	int numbers[NEG_OFFERS_MAX + 2];
	size_t n = offer_choices(t, numbers, NEG_OFFERS_MAX + 2), at = 0;
	for (size_t i = 0; i < n; i++)
		if (numbers[i] == t->form_number)
			at = i;
	/* The form goes to the offer that takes its place, else the one
	 * before, else the company's. */
	int next = t->form_number == NEG_COMPANY ? NEG_COMPANY
	           : at + 1 < n - 1              ? numbers[at + 1]
	           : at > 0                      ? numbers[at - 1]
	                                         : NEG_COMPANY;
	session_remember(t);
	negotiation_offer_delete(&t->neg, t->form_number);
	t->form_number = NEG_NONE; /* shown again below */
	put_form_on(t, next);
	offers_edited(t);
	status_message(t, "Deleted %s, its place too (u brings it back).",
	               name);
}

void session_move_offer(struct tui *t, int dir)
{
	char name[96];
	if (!t->g || !t->neg_open)
		return;
	shown_name(t, name, sizeof name);
	const struct neg_offer *o = negotiation_offer(&t->neg, t->form_number);
	if (t->form_number == NEG_COMPANY || !o || negotiation_offer_empty(o)) {
		status_message(t, "Only a competing offer with figures moves; "
		                  "the company's stays last.");
		return;
	}
	struct negotiation before;
	negotiation_copy(&before, &t->neg);
	if (!negotiation_offer_move(&t->neg, t->form_number, dir)) {
		negotiation_free(&before);
		status_message(t, "%s is the %s competing offer already.", name,
		               dir < 0 ? "first" : "last");
		return;
	}
	undo_remember(undo_shelf_get(&t->undo, t->g->id), &before);
	negotiation_free(&before);
	session_analyse(t);
	app_notify(t, APP_OFFER_CHANGED);
	offers_edited(t);
	size_t count, at = session_offer_place(t, &count);
	status_message(t, "Moved %s %s: competing offer %zu of %zu.", name,
	               dir < 0 ? "up" : "down", at, count);
}

void session_duplicate_offer(struct tui *t)
{
	char name[96];
	if (!typed_shown(t, "duplicate"))
		return;
	if (competing_count(t) >= NEG_OFFERS_MAX - 1) {
		status_message(t, "This negotiation holds %zu offers already.",
		               competing_count(t));
		return;
	}
	shown_name(t, name, sizeof name);
	session_remember(t);
	int copy = negotiation_offer_duplicate(&t->neg, t->form_number);
	put_form_on(t, copy);
	offers_edited(t);
	status_message(t,
	               "A copy of %s: change what differs (u takes it "
	               "back).",
	               name);
}

void session_rename_offer(struct tui *t)
{
	if (!t->g || !t->neg_open)
		return;
	t->form.field = FIELD_NAME;
	lineedit_apply(&t->form.text[FIELD_NAME], LE_END);
	status_message(t, "Type the offer's name (C-u clears it).");
	app_dirty(t, PANE_OFFER);
}

void session_remember(struct tui *t)
{
	t->undo_field = -1;
	if (t->neg_open && t->g)
		undo_remember(undo_shelf_get(&t->undo, t->g->id), &t->neg);
}
