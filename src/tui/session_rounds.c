/* session_rounds.c - the rounds of the open negotiation: recorded,
 * edited, accepted and deleted (see session_rounds.h). */
#include "tui/session_rounds.h"

#include <stdio.h>
#include <string.h>

#include "negotiator/guide_load.h"
#include "tui/app.h"
#include "tui/overlay.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/status.h"
#include "tui/timeline.h"

static void today_of(const struct tui *t, char out[11])
{
	if (t->today[0])
		snprintf(out, 11, "%s", t->today);
	else
		guide_today(out);
}

static void rounds_changed(struct tui *t)
{
	/* The company's latest round may be another now. */
	session_analyse(t);
	t->save_pending = true;
	t->save_durable = true;
	/* The counter redraws on it; app_notify marks the status too. */
	app_notify(t, APP_ROUNDS_CHANGED);
	t->round_pick = SIZE_MAX;
}

void session_record_round(struct tui *t, const char *who)
{
	const struct band *b = app_band(t);
	bool mine = strcmp(who, "me") == 0;
	struct round r;
	char base[32], eq[32], note[96] = "", whobuf[16];
	int f;

	if (!t->g || !b || !t->neg_open) {
		status_message(t, "Open a guide with regions first.");
		return;
	}
	const struct offers_row *typed = &t->an.company_typed;
	if (mine ? !t->an.counter.known : !typed->given) {
		status_message(t,
		               mine ? "No counter to record yet: type a "
		                      "competing offer in the form (o)."
		                    : "Type the company's offer in the form "
		                      "first (o, then > to reach it), then C "
		                      "records it.");
		return;
	}
	if (t->neg.round_count >= STATE_MAX_ROUNDS) {
		status_message(t,
		               "This negotiation has %zu rounds already; "
		               "delete some first (d).",
		               t->neg.round_count);
		return;
	}
	session_remember(t);
	negotiation_round_init(&r);
	today_of(t, r.date);
	snprintf(whobuf, sizeof whobuf, "%s", who);
	r.who = whobuf;
	r.region = b->region;
	if (mine) {
		/* My round: the counter to make, as the counter pane says. */
		r.amount[PART_BASE] = t->an.counter.base;
		r.amount[PART_EQUITY] = t->an.counter.equity_4y;
		r.amount[PART_SIGN_ON] = t->an.counter.sign_on;
	} else {
		/* The company's offer as typed (the table may show its
		 * latest round in its place). */
		const struct offers_row *c = typed;
		for (f = 0; f < PART_COUNT; f++)
			if (part_table[f].in_round)
				r.amount[f] = offer_amount_of(&c->offer,
				                              (enum part_id)f);
		/* Say so when the figures were converted from what was
		 * typed. */
		if (c->converted)
			snprintf(note, sizeof note,
			         "typed in %s, 1 %s = %.4g %s", c->typed.code,
			         c->typed.code, c->rate, b->currency.code);
	}
	r.note = note;
	negotiation_add_round(&t->neg, &r);
	t->round_pick = t->neg.round_count - 1;
	rounds_changed(t);
	money_short(base, sizeof base, r.amount[PART_BASE], band_currency(b),
	            false);
	money_short(eq, sizeof eq, r.amount[PART_EQUITY], band_currency(b),
	            false);
	status_message(t, "Round %zu recorded: %s, %s base · %s equity (4y).",
	               t->neg.round_count,
	               mine ? "my counter" : "the company's offer", base, eq);
}

/* "round 2 (company, 2026-11-26, €100K base · €200K equity)" */
static void round_words(const struct tui *t, size_t i, char *buf, size_t size)
{
	const struct round *r = &t->neg.rounds[i];
	struct round_view v;

	timeline_view(t->g, t->an.equity_private, r, i,
	              app_offer_row(t)->offer.private_value_pct, &v);
	snprintf(buf, size, "round %zu (%s, %s, %s base · %s equity)", i + 1,
	         v.cell[TL_WHO], v.cell[TL_DATE], v.cell[TL_BASE],
	         v.cell[TL_EQUITY]);
}

static void accept_now(struct tui *t, size_t i)
{
	session_remember(t);
	char words[200];

	t->neg.rounds[i].accepted = true;
	rounds_changed(t);
	round_words(t, i, words, sizeof words);
	status_message(t, "Accepted %s.", words);
}

void session_accept_round(struct tui *t, size_t i)
{
	struct round_view v;
	char words[200], why[400], text[OVERLAY_TEXT_MAX];

	if (!t->neg_open || i >= t->neg.round_count) {
		status_message(
			t, "No round to accept: record one first (C or M).");
		return;
	}
	if (t->neg.rounds[i].accepted) {
		session_remember(t);
		t->neg.rounds[i].accepted = false;
		rounds_changed(t);
		status_message(t, "Round %zu is no longer marked accepted.",
		               i + 1);
		return;
	}
	timeline_view(t->g, t->an.equity_private, &t->neg.rounds[i], i,
	              app_offer_row(t)->offer.private_value_pct, &v);
	if (!v.below_floor) {
		accept_now(t, i);
		return;
	}
	round_words(t, i, words, sizeof words);
	timeline_floor_words(&v, why, sizeof why);
	snprintf(text, sizeof text,
	         "Accepting %s means taking less than your accept-at floor "
	         "for %s: %s.\n\nRecord it as accepted anyway?",
	         words,
	         v.band && v.band->region ? v.band->region : "its region", why);
	session_ask(t, CONFIRM_ACCEPT, i, "Below your floor", text);
}

bool session_edit_round(struct tui *t, const char *id,
                        const struct round_edit *e, struct error *err)
{
	if (!t->neg_open || !t->g)
		return error_set(err, "no guide is open");
	size_t i = negotiation_find_round(&t->neg, id);
	if (i >= t->neg.round_count)
		return error_set(err, "the round is gone (deleted, or undone)");
	/* Checked on a copy first: a refusal is no change to undo. */
	struct negotiation trial;
	negotiation_copy(&trial, &t->neg);
	bool ok = negotiation_edit_round(&trial, i, e, err);
	negotiation_free(&trial);
	if (!ok)
		return false;
	session_remember(t);
	negotiation_edit_round(&t->neg, i, e, err);
	t->round_pick = i;
	rounds_changed(t);
	return true;
}

void session_delete_round(struct tui *t, size_t i)
{
	char words[200], text[OVERLAY_TEXT_MAX];

	if (!t->neg_open || i >= t->neg.round_count) {
		status_message(t, "No round to delete.");
		return;
	}
	round_words(t, i, words, sizeof words);
	snprintf(text, sizeof text, "Delete %s from the saved negotiation?",
	         words);
	session_ask(t, CONFIRM_DELETE, i, "Delete a round", text);
}

void session_confirmed(struct tui *t, bool yes)
{
	enum confirm_kind kind = t->confirm;
	size_t i = t->confirm_round;

	t->confirm = CONFIRM_NONE;
	t->overlay = OVERLAY_NONE;
	app_dirty_all(t);
	if (!t->neg_open || i >= t->neg.round_count)
		return;
	if (!yes) {
		status_message(t,
		               kind == CONFIRM_ACCEPT
		                       ? "Not accepted: round %zu stays open."
		                       : "Kept round %zu.",
		               i + 1);
		return;
	}
	if (kind == CONFIRM_ACCEPT) {
		accept_now(t, i);
	} else if (kind == CONFIRM_DELETE) {
		session_remember(t);
		negotiation_remove_round(&t->neg, i);
		rounds_changed(t);
		status_message(t, "Deleted round %zu.", i + 1);
	}
}
