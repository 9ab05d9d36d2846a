/* session.c - the open guide and the negotiation on it (see
 * session.h). */
#include "tui/session.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "negotiator/guide_load.h"
#include "negotiator/input.h"
#include "negotiator/script_pick.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/focus.h"
#include "tui/status.h"
#include "tui/timeline.h"

static void today_of(const struct tui *t, char out[11])
{
	if (t->today[0])
		snprintf(out, 11, "%s", t->today);
	else
		guide_today(out);
}

/* The guide list marks guides with a saved negotiation: this one has
 * one now. */
static void mark_saved(struct tui *t)
{
	size_t i;

	if (!t->saved || !t->g)
		return;
	for (i = 0; i < t->lib->count; i++)
		if (t->lib->guides[i] == t->g) {
			if (!t->saved[i]) {
				t->saved[i] = true;
				app_dirty(t, PANE_GUIDES);
			}
			return;
		}
}

static void analyse(struct tui *t);

/* What another program saved on this guide was merged in: show it. */
static void merged(struct tui *t, const struct state_merge *m)
{
	char words[200];

	if (!state_merge_any(m))
		return;
	if (m->form && t->g) {
		form_restore(&t->form, t->g->bands, t->g->band_count,
		             t->guide_private, t->form_prefix, &t->neg.form);
		session_offer_changed(t);
	}
	if (t->round_sel >= t->neg.round_count)
		t->round_sel = t->neg.round_count ? t->neg.round_count - 1 : 0;
	analyse(t);
	state_merge_words(m, words, sizeof words);
	status_message(t, "Another window saved this negotiation: took its %s.",
	               words);
	app_dirty_all(t);
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Keystrokes in the form are saved without fsync (the rename keeps each
 * save atomic against a kill or a crash); rounds, answers and leaving a
 * guide are saved durably.  Each save first takes in what another
 * program saved on the same guide since this one last looked. */
static void save(struct tui *t, bool durable)
{
	struct error err;
	struct state_merge m;

	if (!t->neg_open)
		return;
	/* This window's last change ends here, before another's merge:
	 * undo takes back only its own. */
	if (t->g)
		undo_settle(undo_shelf_get(&t->undo, t->g->id), &t->neg);
	if (!t->save_pending) {
		/* Nothing to write: only look whether another program
		 * saved (a stat, unless it did). */
		state_sync(&t->neg, &t->neg_sync, false, false, &m, NULL);
		merged(t, &m);
		if (m.note[0])
			status_note(t, "%s", m.note);
		return;
	}
	t->save_pending = false;
	t->save_waits = false;
	durable = durable || t->save_durable;
	t->save_durable = false;
	error_clear(&err);
	bool ok = state_sync(&t->neg, &t->neg_sync, true, durable, &m, &err);
	merged(t, &m);
	if (m.note[0])
		status_note(t, "%s", m.note);
	if (!ok) {
		t->save_failed_at = now_seconds();
		t->save_durable = durable; /* the retry fsyncs as asked */
		snprintf(t->save_error, sizeof t->save_error, "%s", err.msg);
		/* Said once; the header keeps saying it while it lasts. */
		if (!t->save_failing)
			status_note(t, "Not saved: %s", err.msg);
		t->save_failing = true;
		t->header_dirty = true;
		return;
	}
	if (t->save_failing) {
		t->save_failing = false;
		t->header_dirty = true;
		status_message(t, "Saved again.");
	}
	mark_saved(t);
}

void session_flush(struct tui *t)
{
	/* What failed is tried again every 2 s, not only at the next
	 * change: a lock let go, room made on the disk (issue 20 F7). */
	if (t->save_failing && now_seconds() - t->save_failed_at >= 2.0)
		t->save_pending = true;
	save(t, false);
}

/* Keys typed in one field wait this long at rest before they are
 * written, and at most SAVE_WAIT_MAX_S in all while they keep coming:
 * typing a figure writes the file once, not at every digit (issue 18);
 * a signal, leaving the field or the guide, and quitting write at
 * once. */
#define SAVE_REST_MS 250
#define SAVE_WAIT_MAX_S 1.0

/* Whether the pending save is of keys typed in the field the form
 * still shows, and may wait for more of them. */
static bool save_may_wait(const struct tui *t)
{
	return t->save_pending && t->save_waits && !t->save_durable &&
	       t->neg_open && t->focus == PANE_OFFER &&
	       t->overlay == OVERLAY_NONE &&
	       t->undo_field == (int)t->form.field &&
	       strcmp(t->undo_prefix, t->form_prefix) == 0 &&
	       now_seconds() - t->save_waits_since < SAVE_WAIT_MAX_S;
}

int session_after_frame(struct tui *t)
{
	if (save_may_wait(t))
		return SAVE_REST_MS;
	session_flush(t);
	return -1;
}

/* The field `o` goes to in a guide just opened: the first empty one
 * (Base in a new negotiation); Base again when all are filled in.  The
 * field last used is kept only while the guide stays open. */
static void first_field(struct tui *t)
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

/* The offer the form shows, from the saved "shown" ("offer2",
 * "company"); the first competing offer when none. */
static void shown_prefix(struct tui *t)
{
	const char *v = kv_get(&t->neg.form, "shown");
	int n = v ? offers_number_of(v, false) : 0;
	if (v && strcmp(v, OFFERS_COMPANY) == 0)
		snprintf(t->form_prefix, sizeof t->form_prefix, "%s.", v);
	else if (n >= 1)
		offers_prefix(n, t->form_prefix, sizeof t->form_prefix);
	else
		offers_prefix(1, t->form_prefix, sizeof t->form_prefix);
}

/* Remember the negotiation as it is before a change, for undo. */
static void remember(struct tui *t)
{
	t->undo_field = -1;
	if (t->neg_open && t->g)
		undo_remember(undo_shelf_get(&t->undo, t->g->id), &t->neg);
}

/* The config file's value % of private equity, in the Value % field of
 * an offer that has none typed. */
static void default_value(struct tui *t)
{
	struct lineedit *le = &t->form.text[form_part_field(PART_VALUE)];
	if (t->config.equity_value[0] && lineedit_empty(le))
		lineedit_set(le, t->config.equity_value);
}

static void open_negotiation(struct tui *t)
{
	struct error err;
	size_t i;

	save(t, true);
	if (t->neg_open) {
		negotiation_free(&t->neg);
		state_sync_free(&t->neg_sync);
	}
	t->neg_open = false;
	t->save_pending = false;
	t->save_waits = false;
	t->save_failing = false;
	t->round_sel = 0;
	t->counter_top = 0;
	free(t->premiums);
	t->premiums = NULL;
	if (!t->g)
		return;
	t->guide_private = guide_equity_is_private(t->g);
	t->premiums = xcalloc(t->g->band_count ? t->g->band_count : 1,
	                      sizeof *t->premiums);
	for (i = 0; i < t->g->band_count; i++) {
		struct offer none;
		struct offer_result r;
		offer_init(&none);
		offer_compare(t->g, &t->g->bands[i], &none, &r);
		t->premiums[i].known = r.premium_known;
		t->premiums[i].low = r.premium_equity_low;
		t->premiums[i].high = r.premium_equity_high;
	}
	error_clear(&err);
	if (state_open(t->g->id, &t->neg, &t->neg_sync, &err) ==
	    STATE_MOVED_ASIDE) {
		status_note(t, "%s", err.msg);
		status_message(
			t,
			"The saved negotiation for %s could not be read: "
			"moved aside, starting afresh (! tells where)",
			t->g->id);
	} else if (error_is_set(&err)) {
		status_note(t, "%s", err.msg);
	}
	t->neg_open = true;
	bool fresh = t->neg.form.count == 0;
	/* A new guide starts with an empty form on the config file's
	 * region when it has it, else its first region with figures; a
	 * saved one as it was typed. */
	form_init(&t->form);
	for (i = 0; i < t->g->band_count; i++)
		if (band_has_numbers(&t->g->bands[i])) {
			t->form.band = i;
			break;
		}
	const struct band *mine =
		t->config.default_region[0]
			? guide_find_band(t->g, t->config.default_region)
			: NULL;
	if (mine)
		t->form.band = (size_t)(mine - t->g->bands);
	t->undo_field = -1;
	/* A first-version file kept one offer under bare keys. */
	offers_upgrade_form(&t->neg.form);
	shown_prefix(t);
	form_restore(&t->form, t->g->bands, t->g->band_count, t->guide_private,
	             t->form_prefix, &t->neg.form);
	/* Offers saved before they kept their currency are in the region
	 * they were saved in. */
	if (t->form.band < t->g->band_count &&
	    offers_pin_currency(&t->neg.form,
	                        t->g->bands[t->form.band].currency.code))
		form_restore(&t->form, t->g->bands, t->g->band_count,
		             t->guide_private, t->form_prefix, &t->neg.form);
	if (fresh)
		default_value(t);
	/* What was just read back needs no saving, and the defaults
	 * filled in are no change of this window's to merge. */
	form_save(&t->form, t->g->bands, t->g->band_count, t->guide_private,
	          t->form_prefix, &t->neg.form);
	state_sync_adopt(&t->neg_sync, &t->neg);
	if (t->neg.round_count)
		t->round_sel = t->neg.round_count - 1;
	first_field(t);
}

static void form_changed(struct tui *t)
{
	if (!t->neg_open || !t->g)
		return;
	/* The state before the keystroke, kept for undo when it changed
	 * anything. */
	struct negotiation before;
	negotiation_copy(&before, &t->neg);
	if (form_save(&t->form, t->g->bands, t->g->band_count, t->guide_private,
	              t->form_prefix, &t->neg.form)) {
		t->save_pending = true;
		/* More keystrokes in the field typed in last add to its
		 * change, and to the save that waits for the keys to rest. */
		bool typing = form_field_is_text(t->form.field);
		if (typing && !t->save_waits)
			t->save_waits_since = now_seconds();
		t->save_waits = typing;
		struct undo *u = undo_shelf_get(&t->undo, t->g->id);
		if (!typing || t->undo_field != (int)t->form.field ||
		    strcmp(t->undo_prefix, t->form_prefix) != 0)
			undo_remember(u, &before);
		else
			undo_extend(u, &before, &t->neg);
		t->undo_field = typing ? (int)t->form.field : -1;
		snprintf(t->undo_prefix, sizeof t->undo_prefix, "%s",
		         t->form_prefix);
	}
	negotiation_free(&before);
}

/* The company's offer's Private, said either way in the negotiation,
 * over the guide's reading: the offer shown values the guide's figures
 * with it (the analysis reads it from the company's offer itself). */
static enum guide_equity_said company_equity_said(const struct tui *t)
{
	char key[64];
	snprintf(key, sizeof key, "%s.%s", OFFERS_COMPANY,
	         part_table[PART_PRIVATE].key);
	const char *v = t->neg_open ? kv_get(&t->neg.form, key) : NULL;
	bool on = false;
	return !v || !input_flag(v, &on, NULL) ? GUIDE_EQUITY_AS_READ
	       : on                            ? GUIDE_EQUITY_SAID_PRIVATE
	                                       : GUIDE_EQUITY_SAID_LIQUID;
}

/* The negotiation analysed once (analysis.h): every offer from the
 * form's keys, the rounds, the counter, the script. */
static void analyse(struct tui *t)
{
	struct offers_input in[OFFERS_MAX];
	size_t n = 0;
	long pick = -1;
	analysis_free(&t->an);
	memset(&t->an, 0, sizeof t->an);
	t->an.offers.company = t->an.offers.best = t->an.offers.against = -1;
	t->an.company_round = -1;
	if (!t->neg_open || !t->g)
		return;
	n = offers_from_form(&t->neg.form, in, t->offer_number, OFFERS_MAX);
	const char *against = kv_get(&t->neg.form, "against");
	for (size_t i = 0; i < n; i++) {
		char key[32];
		/* The names are copied: the form's keys change under them. */
		snprintf(t->offer_names[i], sizeof t->offer_names[i], "%s",
		         in[i].name ? in[i].name : "");
		in[i].name = t->offer_names[i];
		offers_prefix(t->offer_number[i], key, sizeof key);
		key[strlen(key) - 1] = '\0';
		if (against && t->offer_number[i] && strcmp(key, against) == 0)
			pick = (long)i;
	}
	struct analysis_input ai = {
		.guide = t->g,
		.band = app_band(t),
		.rates = &t->rates,
		.offers = in,
		.offer_count = n,
		.pick = pick,
		.neg = &t->neg,
		.company_from_rounds = true,
	};
	analysis_run(&ai, &t->an);
	app_dirty(t, PANE_COUNTER);
}

void session_toggle_equity_unit(struct tui *t)
{
	const struct band *b = app_band(t);
	amount_t before = t->offer.equity_4y;
	bool per_year = !t->form.per_year[FIELD_EQUITY];
	t->form.per_year[FIELD_EQUITY] = per_year;
	session_offer_changed(t);
	/* A figure already typed changes its worth: say so, both ways. */
	if (!amount_known(before) || !amount_known(t->offer.equity_4y)) {
		status_message(t, "Equity is typed %s.",
		               per_year ? "a year at a time (×4)"
		                        : "as the whole four-year grant");
		return;
	}
	status_message(
		t, "Equity %s is %s now: %s over 4 years (was %s).",
		lineedit_text(&t->form.text[FIELD_EQUITY]),
		per_year ? "a year" : "the grant",
		money_text(t->offer.equity_4y, band_currency(b), false).s,
		money_text(before, band_currency(b), false).s);
}

void session_answers_changed(struct tui *t)
{
	analyse(t);
	app_dirty(t, PANE_SCRIPT);
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

/* Whether the offer needs a rate: an amount typed in another currency,
 * or an offer to show in the band of a region with another currency. */
static bool rates_needed(const struct tui *t, const struct band *b)
{
	if (t->form.read.missing_from.code[0])
		return true;
	if (!t->have_offer || !b || !t->g)
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
	t->have_offer = form_to_offer(&t->form, b, &t->rates, &t->offer);
	if (rates_needed(t, b) && rates_stale(&t->rates)) {
		read_rates(t);
		t->have_offer =
			form_to_offer(&t->form, b, &t->rates, &t->offer);
	}
	if (!strcmp(t->form_prefix, OFFERS_COMPANY "."))
		offer_guide_vesting(&t->offer, t->g);
	form_changed(t);
	t->offer.company_equity = company_equity_said(t);
	offer_compare(t->g, b, &t->offer, &t->res);
	analyse(t);
	/* The script answers the competing offer the counter answers,
	 * whichever offer the form shows. */
	t->res.script = t->an.script;
	if (!t->res.script && t->g)
		t->res.script = script_pick(t->g, b ? b->region : NULL, false,
		                            t->form.on[FIELD_PREMIUM]);
	app_notify(t, APP_OFFER_CHANGED);
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

void session_open_guide(struct tui *t, struct guide *g)
{
	if (!g)
		return;
	/* A guide whose file changed is read again whole, and said once
	 * (issue 20 F10). */
	enum guide_body body = guide_load_body(g);
	session_flush(t);
	/* Only the open guide's body text is kept (issue 13.15): a big
	 * library opened guide by guide stays as small as its front
	 * matter. */
	if (t->g && t->g != g)
		guide_release_body_text(t->g);
	t->g = g;
	open_negotiation(t);
	app_notify(t, APP_GUIDE_OPENED);
	session_offer_changed(t);
	if (body == GUIDE_BODY_RELOADED)
		status_message(t,
		               "%s changed on disk since it was read: read "
		               "again, bands, figures and scripts too.",
		               g->path_shown);
	else if (body == GUIDE_BODY_GONE)
		status_message(t,
		               "%s cannot be read again (deleted or changed "
		               "into another guide): its text is not shown; "
		               "! tells why.",
		               g->path_shown);
	app_dirty_all(t);
}

static void rounds_changed(struct tui *t)
{
	/* The company's latest round may be another now. */
	analyse(t);
	t->save_pending = true;
	t->save_durable = true;
	t->counter_follow = true;
	app_dirty(t, PANE_COUNTER);
	t->status_dirty = true;
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
	remember(t);
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
	t->round_sel = t->neg.round_count - 1;
	rounds_changed(t);
	money_short(base, sizeof base, r.amount[PART_BASE], band_currency(b),
	            false);
	money_short(eq, sizeof eq, r.amount[PART_EQUITY], band_currency(b),
	            false);
	status_message(t, "Round %zu recorded: %s, %s base · %s equity (4y).",
	               t->neg.round_count,
	               mine ? "my counter" : "the company's offer", base, eq);
}

/* The offers the form can show, in order: the competing ones by number,
 * then the company's; the one shown now among them. */
static size_t offer_choices(struct tui *t, char prefixes[][32], size_t max)
{
	int nums[OFFERS_MAX];
	size_t n = offers_numbers(&t->neg.form, nums, OFFERS_MAX), k = 0;
	bool shown = false;
	for (size_t i = 0; i < n && k + 1 < max; i++) {
		offers_prefix(nums[i], prefixes[k], 32);
		shown |= strcmp(prefixes[k], t->form_prefix) == 0;
		k++;
	}
	/* A new offer with nothing typed yet is a choice until left. */
	if (!shown && strcmp(t->form_prefix, OFFERS_COMPANY ".") != 0 &&
	    k + 1 < max)
		snprintf(prefixes[k++], 32, "%s", t->form_prefix);
	snprintf(prefixes[k++], 32, "%s.", OFFERS_COMPANY);
	return k;
}

/* Show the offer behind prefix in the form. */
static void show_offer(struct tui *t, const char *prefix)
{
	if (!t->g || !t->neg_open || !strcmp(prefix, t->form_prefix))
		return;
	enum form_field field = t->form.field;
	size_t band = t->form.band;
	remember(t);
	snprintf(t->form_prefix, sizeof t->form_prefix, "%s", prefix);
	char shown[32];
	snprintf(shown, sizeof shown, "%s", prefix);
	shown[strlen(shown) - 1] = '\0';
	kv_set(&t->neg.form, "shown", shown);
	t->save_pending = true;
	form_init(&t->form);
	t->form.band = band;
	t->form.field = field;
	form_restore(&t->form, t->g->bands, t->g->band_count, t->guide_private,
	             t->form_prefix, &t->neg.form);
	/* Going through the offers on their name row stays there; from a
	 * figure, the cursor goes where the next one is typed. */
	if (field != FIELD_NAME)
		first_field(t);
	session_offer_changed(t);
	/* Another offer on show is no typing: written at once. */
	t->save_waits = false;
	app_dirty_all(t);
}

void session_step_offer(struct tui *t, int dir)
{
	char prefixes[OFFERS_MAX + 2][32];
	size_t n = offer_choices(t, prefixes, OFFERS_MAX + 2), at = 0;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(prefixes[i], t->form_prefix))
			at = i;
	show_offer(t, prefixes[(at + n + (size_t)(dir < 0 ? n - 1 : 1)) % n]);
}

void session_new_offer(struct tui *t)
{
	int nums[OFFERS_MAX];
	size_t n = offers_numbers(&t->neg.form, nums, OFFERS_MAX);
	if (n >= OFFERS_MAX - 1) {
		status_message(t, "This negotiation holds %zu offers already.",
		               n);
		return;
	}
	/* Random, not the next free number: two windows on the same
	 * negotiation pressing C-n at once make two offers, not one. */
	int next = offers_new_number(&t->neg.form,
	                             offers_number_of(t->form_prefix, true));
	char prefix[32];
	offers_prefix(next, prefix, sizeof prefix);
	show_offer(t, prefix);
	if (t->config.equity_value[0]) {
		default_value(t);
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
	remember(t);
	if (next < 0 || next == v->best) {
		kv_set(&t->neg.form, "against", NULL);
	} else {
		char key[32];
		offers_prefix(t->offer_number[next], key, sizeof key);
		key[strlen(key) - 1] = '\0';
		kv_set(&t->neg.form, "against", key);
	}
	t->save_pending = true;
	analyse(t);
	if (t->an.offers.against >= 0)
		status_message(
			t, "The counter answers %s%s.",
			offers_name(&t->an.offers.row[t->an.offers.against]),
			t->an.offers.against == t->an.offers.best
				? ", the best over four years"
				: "");
	app_dirty_all(t);
}

void session_undo(struct tui *t, bool redo)
{
	if (!t->neg_open || !t->g)
		return;
	struct undo *u = undo_shelf_get(&t->undo, t->g->id);
	t->undo_field = -1;
	if (!(redo ? undo_forward(u, &t->neg) : undo_back(u, &t->neg))) {
		status_message(t,
		               redo ? "Nothing to redo." : "Nothing to undo.");
		return;
	}
	shown_prefix(t);
	enum form_field field = t->form.field;
	form_init(&t->form);
	t->form.field = field;
	form_restore(&t->form, t->g->bands, t->g->band_count, t->guide_private,
	             t->form_prefix, &t->neg.form);
	/* What came back is saved like any change. */
	t->save_pending = true;
	t->save_durable = true;
	if (t->round_sel >= t->neg.round_count)
		t->round_sel = t->neg.round_count ? t->neg.round_count - 1 : 0;
	session_offer_changed(t);
	t->counter_follow = true;
	status_message(t, "%s (%zu more to undo, %zu to redo).",
	               redo ? "Redone" : "Undone", undo_past(u),
	               undo_future(u));
	app_dirty_all(t);
}

/* "round 2 (company, 2026-11-26, €100K base · €200K equity)" */
static void round_words(const struct tui *t, size_t i, char *buf, size_t size)
{
	const struct round *r = &t->neg.rounds[i];
	struct round_view v;

	timeline_view(t->g, t->an.equity_private, r, i,
	              t->offer.private_value_pct, &v);
	snprintf(buf, size, "round %zu (%s, %s, %s base · %s equity)", i + 1,
	         v.cell[TL_WHO], v.cell[TL_DATE], v.cell[TL_BASE],
	         v.cell[TL_EQUITY]);
}

static void ask(struct tui *t, enum confirm_kind kind, size_t i,
                const char *title)
{
	t->confirm = kind;
	t->confirm_round = i;
	snprintf(t->confirm_title, sizeof t->confirm_title, "%s", title);
	t->overlay = OVERLAY_CONFIRM;
	t->overlay_dirty = true;
	app_dirty_all(t);
}

static void accept_now(struct tui *t, size_t i)
{
	remember(t);
	char words[200];

	t->neg.rounds[i].accepted = true;
	rounds_changed(t);
	round_words(t, i, words, sizeof words);
	status_message(t, "Accepted %s.", words);
}

void session_accept_round(struct tui *t, size_t i)
{
	struct round_view v;
	char words[200], why[400];

	if (!t->neg_open || i >= t->neg.round_count) {
		status_message(
			t, "No round to accept: record one first (C or M).");
		return;
	}
	if (t->neg.rounds[i].accepted) {
		remember(t);
		t->neg.rounds[i].accepted = false;
		rounds_changed(t);
		status_message(t, "Round %zu is no longer marked accepted.",
		               i + 1);
		return;
	}
	timeline_view(t->g, t->an.equity_private, &t->neg.rounds[i], i,
	              t->offer.private_value_pct, &v);
	if (!v.below_floor) {
		accept_now(t, i);
		return;
	}
	round_words(t, i, words, sizeof words);
	timeline_floor_words(&v, why, sizeof why);
	snprintf(t->confirm_text, sizeof t->confirm_text,
	         "Accepting %s means taking less than your accept-at floor "
	         "for %s: %s.\n\nRecord it as accepted anyway?",
	         words,
	         v.band && v.band->region ? v.band->region : "its region", why);
	ask(t, CONFIRM_ACCEPT, i, "Below your floor");
}

void session_delete_round(struct tui *t, size_t i)
{
	char words[200];

	if (!t->neg_open || i >= t->neg.round_count) {
		status_message(t, "No round to delete.");
		return;
	}
	round_words(t, i, words, sizeof words);
	snprintf(t->confirm_text, sizeof t->confirm_text,
	         "Delete %s from the saved negotiation?", words);
	ask(t, CONFIRM_DELETE, i, "Delete a round");
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
		remember(t);
		negotiation_remove_round(&t->neg, i);
		if (t->round_sel >= t->neg.round_count && t->round_sel > 0)
			t->round_sel =
				t->neg.round_count ? t->neg.round_count - 1 : 0;
		rounds_changed(t);
		status_message(t, "Deleted round %zu.", i + 1);
	}
}

bool session_may_quit(struct tui *t)
{
	if (!t->neg_open || !t->g)
		return true;
	if (t->save_failing)
		t->save_pending = true;
	save(t, true);
	if (!t->save_failing)
		return true;
	snprintf(t->confirm_text, sizeof t->confirm_text,
	         "The negotiation for %.200s is not saved: %.1000s.\n\n"
	         "Try again (r) once there is room, save it to another file "
	         "(e), or quit anyway (Q) and lose what is not saved.",
	         t->g->id, t->save_error);
	ask(t, CONFIRM_QUIT, 0, "Not saved");
	return false;
}

enum pane_result session_unsaved_answer(struct tui *t, enum action a)
{
	char path[LINEEDIT_MAX];

	t->confirm = CONFIRM_NONE;
	t->overlay = OVERLAY_NONE;
	app_dirty_all(t);
	switch (a) {
	case ACT_UNSAVED_RETRY:
		if (session_may_quit(t))
			return PANE_QUIT;
		status_message(t, "Still not saved.");
		return PANE_HANDLED;
	case ACT_UNSAVED_ELSEWHERE:
		/* The script pane's prompt asks for the file (Enter there
		 * calls session_save_elsewhere). */
		focus_set(t, PANE_SCRIPT);
		snprintf(path, sizeof path, "~/negotiator-%s--%s.state",
		         t->g->company, t->g->role);
		lineedit_set(&t->prompt_le, path);
		t->prompt = PROMPT_SAVE_AS;
		app_dirty(t, PANE_SCRIPT);
		t->status_dirty = true;
		return PANE_HANDLED;
	case ACT_UNSAVED_QUIT: t->quit_unsaved = true; return PANE_QUIT;
	default:
		status_message(t,
		               "Not quit: the negotiation is still not saved.");
		return PANE_HANDLED;
	}
}

bool session_save_elsewhere(struct tui *t, const char *typed)
{
	char path[PATH_MAX];
	struct error err;

	app_typed_path(typed, path, sizeof path);
	if (strlen(path) >= sizeof t->saved_elsewhere) {
		status_message(t, "That file name is too long; q asks again.");
		return false;
	}
	if (!path[0] || !t->neg_open) {
		status_message(t, "No file name: not saved; q asks again.");
		return false;
	}
	error_clear(&err);
	if (!state_save_file(path, &t->neg, true, &err)) {
		status_note(t, "Not saved elsewhere either: %s", err.msg);
		session_may_quit(t);
		return false;
	}
	memcpy(t->saved_elsewhere, path, strlen(path) + 1);
	return true;
}

const struct script *session_fill(struct tui *t, struct filled_script *out)
{
	const struct script *s = app_script(t, NULL);
	memset(out, 0, sizeof *out);
	if (!s)
		return NULL;
	/* The script that fits was filled in by the analysis already. */
	if (s == t->an.script && t->an.filled.text)
		fill_script_copy(out, &t->an.filled);
	else
		analysis_fill(&t->an, t->neg_open ? &t->neg : NULL, s->text,
		              out);
	return s;
}

void session_rescue(struct tui *t)
{
	struct error err;

	if (!t->neg_open || !t->g)
		return;
	if (t->save_failing)
		t->save_pending = true;
	save(t, true);
	if (!t->save_failing)
		return;
	/* Not saved in its place: what is not saved goes beside it, or
	 * in $TMPDIR, and the program says where once the screen is
	 * gone (tui.c). */
	error_clear(&err);
	if (state_rescue(&t->neg_sync, &t->neg, t->saved_elsewhere,
	                 sizeof t->saved_elsewhere, &err)) {
		t->save_failing = false;
		return;
	}
	snprintf(t->save_error + strlen(t->save_error),
	         sizeof t->save_error - strlen(t->save_error), "; %s", err.msg);
	t->quit_unsaved = true;
}

void session_close(struct tui *t)
{
	save(t, true);
	if (t->neg_open) {
		negotiation_free(&t->neg);
		state_sync_free(&t->neg_sync);
	}
	t->neg_open = false;
	free(t->premiums);
	t->premiums = NULL;
	/* The analysis points into the guide. */
	analysis_free(&t->an);
	memset(&t->an, 0, sizeof t->an);
	t->g = NULL;
}

void session_free(struct tui *t)
{
	session_close(t);
	undo_shelf_free(&t->undo);
}
