/* pane_offer.c - the offer form and, under it, what the offer is worth
 * against the band (worth.c).  Recomputed at every keystroke. */
#include "tui/pane_offer.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

#include "tui/app.h"
#include "tui/focus.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/status.h"
#include "tui/draw.h"
#include "tui/gauge.h"
#include "negotiator/utf8.h"
#include "tui/worth.h"

#define LABEL_W 9

static int field_width(const struct pane *p)
{
	int w = (p->w - LABEL_W) / 3;
	return w < 8 ? 8 : (w > 16 ? 16 : w);
}

/* Where a value sits in the band, or nothing when that is unknown. */
static const char *position_word(enum band_position pos)
{
	return pos == POS_UNKNOWN ? "" : offer_position_text(pos);
}

/* How the analysis read field f of the offer shown; NULL for the name
 * and the region. */
static const struct entry_part *field_read(const struct tui *t,
                                           enum form_field f)
{
	if (f < FIELD_FIRST_PART || f >= FIELD_COUNT)
		return NULL;
	return &app_offer_row(t)->read.part[form_field_part(f)];
}

/* " (×0.92)" after an amount typed in another currency: the rate. */
static void rate_note(const struct tui *t, enum form_field f, char *buf,
                      size_t size)
{
	const struct entry_part *c = field_read(t, f);

	buf[0] = '\0';
	if (c && c->converted)
		snprintf(buf, size, " (%s×%.4g)", c->from.code, c->rate);
}

/* Who the value setting applies to, in a few words. */
static void value_note(const struct tui *t, char *buf, size_t size)
{
	bool company = t->an.equity_private;
	bool offer = t->form.on[FIELD_PRIVATE];
	double pct = app_offer_row(t)->offer.private_value_pct;

	if (!company && !offer)
		snprintf(buf, size, "%% of face; no private equity here");
	else
		snprintf(buf, size, "%g%% of face for %s%s%s", pct,
		         company ? t->g->company_display : "",
		         company && offer ? " and the offer" : "",
		         !company && offer ? "the offer's grant" : "");
}

/* Which offer of the negotiation the form shows, and how to reach the
 * others: "competing offer 2 of 3 · < > · C-n new". */
static void offer_place(const struct tui *t, char *buf, size_t size)
{
	size_t n, at = session_offer_place(t, &n);
	if (t->form_number == NEG_COMPANY) {
		snprintf(buf, size,
		         "the company's offer · < > offers · C-n new");
		return;
	}
	snprintf(buf, size, "competing offer %zu of %zu · < > · C-n new", at,
	         n);
}

/* What follows a text field: its error, or what it was read as. */
static void draw_field_note(struct tui *t, struct pane *p, int y, int x,
                            enum form_field f)
{
	const struct band *b = app_band(t);
	char buf[200], amt[32], rate[32];
	int room = p->w - x - 1;

	if (room <= 0)
		return;
	const struct entry_part *read = field_read(t, f);
	if (read && read->error[0]) {
		snprintf(buf, sizeof buf, "✗ %s", read->error);
		draw_str_cut(p->win, y, x, buf, room, R_ERROR);
		return;
	}
	buf[0] = '\0';
	rate_note(t, f, rate, sizeof rate);
	switch (f) {
	case FIELD_NAME: offer_place(t, buf, sizeof buf); break;
	case FIELD_BASE:
		if (!amount_known(app_offer_row(t)->offer.base))
			break;
		money_short(amt, sizeof amt, app_offer_row(t)->offer.base,
		            band_currency(b), false);
		snprintf(buf, sizeof buf, "%s%s %s", amt, rate,
		         position_word(app_offer_row(t)->res.base_pos));
		break;
	case FIELD_EQUITY:
		if (!amount_known(app_offer_row(t)->offer.equity_4y)) {
			snprintf(buf, sizeof buf, "%s (C-t)",
			         t->form.per_year[FIELD_EQUITY]
			                 ? "per year"
			                 : "4-year grant");
			break;
		}
		money_short(amt, sizeof amt, app_offer_row(t)->offer.equity_4y,
		            band_currency(b), false);
		snprintf(buf, sizeof buf, "%s%s/4y%s %s",
		         t->form.per_year[FIELD_EQUITY] ? "/yr → " : "", amt,
		         rate, position_word(app_offer_row(t)->res.equity_pos));
		break;
	case FIELD_BONUS:
		if (app_offer_row(t)->offer.bonus_pct >= 0) {
			money_short(amt, sizeof amt,
			            app_offer_row(t)->res.bonus,
			            band_currency(b), false);
			snprintf(buf, sizeof buf, "of base = %s/yr", amt);
		} else if (!amount_known(app_offer_row(t)->offer.bonus)) {
			snprintf(buf, sizeof buf, "amount or %%");
		} else if (rate[0]) {
			money_short(amt, sizeof amt,
			            app_offer_row(t)->offer.bonus,
			            band_currency(b), false);
			snprintf(buf, sizeof buf, "%s%s", amt, rate);
		}
		break;
	case FIELD_SIGN_ON:
		if (!amount_known(app_offer_row(t)->offer.sign_on)) {
			snprintf(buf, sizeof buf, "one-off, year one");
		} else if (rate[0]) {
			money_short(amt, sizeof amt,
			            app_offer_row(t)->offer.sign_on,
			            band_currency(b), false);
			snprintf(buf, sizeof buf, "%s%s", amt, rate);
		}
		break;
	case FIELD_VESTING:
		if (lineedit_empty(&t->form.text[FIELD_VESTING]) &&
		    app_offer_row(t)->offer.vest_pct[0] > 0)
			/* The company's offer vests as its guide says. */
			snprintf(buf, sizeof buf, "%g/%g/%g/%g, the guide's",
			         app_offer_row(t)->offer.vest_pct[0],
			         app_offer_row(t)->offer.vest_pct[1],
			         app_offer_row(t)->offer.vest_pct[2],
			         app_offer_row(t)->offer.vest_pct[3]);
		else if (lineedit_empty(&t->form.text[FIELD_VESTING]))
			snprintf(buf, sizeof buf, "25/25/25/25, 1-yr cliff");
		else
			snprintf(buf, sizeof buf, "year one vests %g%%",
			         app_offer_row(t)->offer.vest_pct[0]);
		break;
	case FIELD_VALUE: value_note(t, buf, sizeof buf); break;
	default: break;
	}
	draw_str_cut(p->win, y, x, buf, room, buf[0] ? R_DIM : R_NORMAL);
}

/* What a ticked or clear flag field means, beside its box, in buf.  The
 * company's Private says the guide's reading and what it rests on (its
 * line, its summary, or nothing said), and when it is overridden. */
static const char *flag_words(const struct tui *t, enum form_field f, bool on,
                              char *buf, size_t size)
{
	bool company = t->form_number == NEG_COMPANY;
	if (f == FIELD_PRIVATE && company) {
		const char *kind = t->guide_private ? "private" : "liquid";
		char source[40] = "";
		if (t->an.equity_line)
			snprintf(source, sizeof source, "line %d",
			         t->an.equity_line);
		else if (t->guide_private)
			snprintf(source, sizeof source, "summary");
		if (on == t->guide_private)
			snprintf(buf, size,
			         source[0] ? "%s, as the guide's %s says"
			                   : "%s: the guide does not say",
			         kind, source);
		else
			snprintf(buf, size,
			         source[0] ? "%s (the guide: %s, by its %s)"
			                   : "%s (the guide does not say)",
			         on ? "private" : "liquid", kind, source);
		return buf;
	}
	switch (f) {
	case FIELD_PREMIUM: {
		char name[96]; /* the label is cut to the pane anyway */

		guide_premium_name(name, sizeof name, &t->g->premium);
		snprintf(buf, size, "%s %s (p)", name,
		         on ? "claimed" : "not claimed");
		return buf;
	}
	case FIELD_PRIVATE:
		return on ? "the offer's equity is private (pre-IPO)"
		          : "the offer's equity is liquid (RSUs)";
	default: return on ? "yes" : "no";
	}
}

/* The region whose name starts with what was typed on the Region row
 * ("lon": London), else the first with a word that does ("york": New
 * York); -1 when none does. */
static long region_named(const struct tui *t, const char *typed)
{
	for (int pass = 0; pass < 2 && t->g; pass++)
		for (size_t i = 0; i < t->g->band_count; i++) {
			const char *name = t->g->bands[i].region;
			const char *hit =
				name ? str_icase_find(name, typed) : NULL;
			if (hit == name && hit)
				return (long)i;
			if (pass == 1 && hit && strchr(" /(-", hit[-1]))
				return (long)i;
		}
	return -1;
}

static void draw_fields(struct tui *t, struct pane *p, int *y)
{
	bool focus = t->focus == PANE_OFFER;
	const struct band *b = app_band(t);
	int fw = field_width(p), f;
	char buf[LINEEDIT_MAX + 48];

	for (f = 0; f < FIELD_COUNT && *y < p->h; f++, (*y)++) {
		bool here = focus && t->form.field == (enum form_field)f;
		enum role lr = here ? R_BOLD : R_NORMAL;
		int x;

		draw_str(p->win, *y, 0, here ? "▸" : " ", 1, lr);
		draw_str(p->win, *y, 1, form_field_label((enum form_field)f),
		         LABEL_W - 1, lr);
		x = LABEL_W;
		if (f == FIELD_REGION) {
			enum role r = here ? R_FIELD_FOCUS : R_FIELD;
			x += draw_str(p->win, *y, x, "◂ ", 2, r);
			x += draw_guide_str(p->win, *y, x, b ? b->region : "—",
			                    p->w - x - 8, r);
			x += draw_str(p->win, *y, x, " ▸", 2, r);
			if (b) {
				const char *typed = lineedit_text(
					&t->offer_view->region_typed);
				/* An offer typed in another region's
				 * currency keeps it: say so. */
				const char *cur = t->form.currency;
				if (here && typed[0] &&
				    region_named(t, typed) < 0)
					snprintf(buf, sizeof buf,
					         " %s  no region \"%s\"",
					         b->currency.code, typed);
				else if (here && typed[0])
					snprintf(buf, sizeof buf, " %s  \"%s\"",
					         b->currency.code, typed);
				else if (cur[0] &&
				         strcmp(cur, b->currency.code) != 0)
					snprintf(buf, sizeof buf,
					         " %s · typed in %s",
					         b->currency.code, cur);
				else
					snprintf(buf, sizeof buf, " %s",
					         b->currency.code);
				draw_guide_str(p->win, *y, x, buf, p->w - x,
				               R_DIM);
			}
		} else if (!form_field_is_text((enum form_field)f)) {
			enum role r = here ? R_FIELD_FOCUS : R_FIELD;
			bool on = t->form.on[f];
			char words[120];
			x += draw_str(p->win, *y, x, on ? "[x]" : "[ ]", 3, r);
			draw_str_cut(p->win, *y, x + 1,
			             flag_words(t, (enum form_field)f, on,
			                        words, sizeof words),
			             p->w - x - 2, R_DIM);
		} else {
			int cx;
			draw_editor(p->win, *y, x, fw, &t->form.text[f],
			            here ? R_FIELD_FOCUS : R_FIELD, &cx);
			if (here) {
				p->cur_y = *y;
				p->cur_x = cx < x + fw ? cx : x + fw - 1;
			}
			draw_field_note(t, p, *y, x + fw + 1,
			                (enum form_field)f);
		}
	}
}

static void pane_offer_draw(struct tui *t, struct pane *p)
{
	const struct band *b = app_band(t);
	char title[160];
	int y = 1;

	if (!t->g || !b) {
		app_title(t, p, NULL);
		draw_str(p->win, 2, 1,
		         t->g ? "This guide has no regions."
		              : "Open a guide first.",
		         p->w - 2, R_DIM);
		return;
	}
	worth_title(t, p->w - 7, title, sizeof title);
	app_title(t, p, title);
	draw_fields(t, p, &y);
	if (y < p->h)
		worth_draw(t, p, y);
}

/* The title, the fields, then what the offer is worth. */
static void pane_offer_need(struct tui *t, struct pane *p, int width, int *min,
                            int *want)
{
	(void)p;
	worth_rows(t, width, min, want);
	*min += 1 + FIELD_COUNT;
	*want += 1 + FIELD_COUNT;
}

static void set_field(struct tui *t, int f)
{
	if (f < 0)
		f = 0;
	if (f >= FIELD_COUNT)
		f = FIELD_COUNT - 1;
	if (t->form.field != (enum form_field)f)
		lineedit_init(&t->offer_view->region_typed);
	t->form.field = (enum form_field)f;
	t->status_dirty = true;
}

static void step_region(struct tui *t, int dir)
{
	size_t n = t->g ? t->g->band_count : 0;

	lineedit_init(&t->offer_view->region_typed);
	if (n == 0)
		return;
	session_set_region(
		t, (t->form.band + n + (size_t)(dir < 0 ? n - 1 : 1)) % n);
}

static enum pane_result pane_offer_key(struct tui *t, struct pane *p,
                                       enum action a, int key)
{
	enum form_field f = t->form.field;

	(void)p;
	/* A letter typed on a flag row is not a command key: the row
	 * looks like part of a form, and g or e must not jump away.  Only
	 * those that change the form itself (p, E) keep their meaning. */
	if (!form_field_is_text(f) && f != FIELD_REGION && key < 128 &&
	    isalpha(key) && a != ACT_PREMIUM && a != ACT_EQUITY_UNIT) {
		status_message(t, "Space switches this field; Esc leaves the "
		                  "form");
		return PANE_HANDLED;
	}
	switch (a) {
	case ACT_FIELD_NEXT:
		if (f == FIELD_COUNT - 1)
			return PANE_HANDLED;
		set_field(t, f + 1);
		return PANE_REDRAW;
	case ACT_FIELD_PREV:
		if (f == 0)
			return PANE_HANDLED;
		set_field(t, f - 1);
		return PANE_REDRAW;
	case ACT_REGION_PREV:
	case ACT_REGION_NEXT:
		if (f == FIELD_REGION)
			step_region(t, a == ACT_REGION_PREV ? -1 : 1);
		return PANE_HANDLED;
	case ACT_FIELD_TOGGLE:
		if (f == FIELD_REGION) {
			set_field(t, FIELD_BASE);
		} else if (!form_field_is_text(f)) {
			t->form.on[f] = !t->form.on[f];
			session_offer_changed(t);
		}
		return PANE_REDRAW;
	case ACT_FORM_UNIT: session_toggle_equity_unit(t); return PANE_REDRAW;
	case ACT_OFFER_DELETE: session_delete_offer(t); return PANE_REDRAW;
	case ACT_OFFER_DUPLICATE:
		session_duplicate_offer(t);
		return PANE_REDRAW;
	case ACT_OFFER_UP:
	case ACT_OFFER_DOWN:
		session_move_offer(t, a == ACT_OFFER_UP ? -1 : 1);
		return PANE_REDRAW;
	case ACT_OFFER_RENAME: session_rename_offer(t); return PANE_REDRAW;
	case ACT_OFFER_NEXT:
	case ACT_OFFER_PREV:
		session_step_offer(t, a == ACT_OFFER_NEXT ? 1 : -1);
		return PANE_REDRAW;
	case ACT_OFFER_NEW: session_new_offer(t); return PANE_REDRAW;
	case ACT_FORM_LEAVE: focus_set(t, PANE_BANDS); return PANE_HANDLED;
	default: return PANE_IGNORED;
	}
}

static enum pane_result pane_offer_mouse(struct tui *t, struct pane *p, int y,
                                         int x, int wheel)
{
	int f = y - 1;

	(void)p;
	if (wheel) {
		set_field(t, (int)t->form.field + wheel);
		return PANE_REDRAW;
	}
	if (f < 0 || f >= FIELD_COUNT)
		return PANE_REDRAW;
	set_field(t, f);
	if (f == FIELD_REGION && x >= LABEL_W) {
		/* The arrows either side of the region name. */
		step_region(t, x <= LABEL_W + 1 ? -1 : 1);
	} else if (!form_field_is_text(f) && x >= LABEL_W) {
		t->form.on[f] = !t->form.on[f];
		session_offer_changed(t);
	} else if (f == FIELD_EQUITY && x > LABEL_W + field_width(p)) {
		t->form.per_year[FIELD_EQUITY] =
			!t->form.per_year[FIELD_EQUITY];
		session_offer_changed(t);
	}
	return PANE_REDRAW;
}

static struct lineedit *pane_offer_editor(struct tui *t, struct pane *p)
{
	(void)p;
	if (t->g && t->form.field == FIELD_REGION && t->g->band_count > 0)
		return &t->offer_view->region_typed;
	if (!t->g || !form_field_is_text(t->form.field))
		return NULL;
	return &t->form.text[t->form.field];
}

static void pane_offer_edited(struct tui *t, struct pane *p)
{
	(void)p;
	if (t->form.field == FIELD_REGION) {
		const char *typed = lineedit_text(&t->offer_view->region_typed);
		long i = typed[0] ? region_named(t, typed) : -1;
		if (i >= 0 && (size_t)i != t->form.band)
			session_set_region(t, (size_t)i);
		app_dirty(t, PANE_OFFER);
		return;
	}
	session_offer_changed(t);
}

static const enum action_ctx *pane_offer_chain(struct tui *t, struct pane *p)
{
	static const enum action_ctx text[] = {CTX_EDIT, CTX_FORM, CTX_GLOBAL,
	                                       CTX_NONE};
	/* The Region row: Left and Right step the region, Backspace takes
	 * back a letter of its name as typed. */
	static const enum action_ctx region[] = {CTX_FORM, CTX_EDIT, CTX_GLOBAL,
	                                         CTX_NONE};
	static const enum action_ctx other[] = {CTX_FORM, CTX_GLOBAL, CTX_NONE};
	(void)p;
	if (t->form.field == FIELD_REGION)
		return region;
	return form_field_is_text(t->form.field) ? text : other;
}

static void pane_offer_changed(struct tui *t, struct pane *p, enum app_event ev)
{
	if (ev == APP_GUIDE_OPENED)
		lineedit_init(&t->offer_view->region_typed);
	if (ev == APP_OFFER_CHANGED || ev == APP_GUIDE_OPENED)
		p->dirty = true;
}

static bool pane_offer_works(struct tui *t, struct pane *p, enum action a)
{
	(void)p;
	switch (a) {
	case ACT_FIELD_NEXT: return t->form.field + 1 < FIELD_COUNT;
	case ACT_FORM_UNIT:
	case ACT_OFFER_DELETE:
	case ACT_OFFER_DUPLICATE: return app_band(t) != NULL;
	case ACT_OFFER_UP:
	case ACT_OFFER_DOWN: return t->form_number != NEG_COMPANY;
	default: return true;
	}
}

static void pane_offer_start(struct tui *t, struct pane *p)
{
	(void)p;
	if (t->offer_view)
		return;
	t->offer_view = xcalloc(1, sizeof *t->offer_view);
	lineedit_init(&t->offer_view->region_typed);
}

const struct pane_ops pane_offer_ops = {
	.start = pane_offer_start,
	.name = "Offer",
	.draw = pane_offer_draw,
	.key = pane_offer_key,
	.mouse = pane_offer_mouse,
	.editor = pane_offer_editor,
	/* No amount has a '?', '<' or '>': they keep their meaning (the
         * help, the other offers) even in a field. */
	.not_typed = "?<>",
	.edited = pane_offer_edited,
	.chain = pane_offer_chain,
	.changed = pane_offer_changed,
	.need = pane_offer_need,
	.works = pane_offer_works,
};
