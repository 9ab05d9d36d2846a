/* app.h - the TUI's state, shared by the event loop and the panes.
 *
 * Each pane is a module (pane_*.c) behind a table of operations; the
 * loop in tui.c routes keys and clicks to the focused pane, then redraws
 * only the panes marked dirty, with wnoutrefresh and one doupdate. */
#ifndef NEGOTIATOR_TUI_APP_H
#define NEGOTIATOR_TUI_APP_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "negotiator/counter.h"
#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/library.h"
#include "negotiator/offer.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "tui/keys.h"
#include "tui/filter.h"
#include "tui/lineedit.h"
#include "tui/mdrender.h"
#include "tui/offerform.h"
#include "tui/theme.h"

enum pane_id {
	PANE_GUIDES,
	PANE_BANDS,
	PANE_OFFER,
	PANE_SCRIPT,
	PANE_COUNTER, /* in the script's place, one or the other */
	PANE_READER,
	PANE_COUNT
};

enum pane_result {
	PANE_IGNORED, /* not for this pane: try the global actions */
	PANE_HANDLED, /* done; nothing to redraw */
	PANE_REDRAW,  /* done; redraw this pane */
	PANE_QUIT
};

struct tui;
struct pane;

struct pane_ops {
	const char *name;
	void (*draw)(struct tui *t, struct pane *p);
	enum pane_result (*key)(struct tui *t, struct pane *p, enum action a,
	                        int key);
	/* y, x inside the pane; button 1 click or wheel (dir -1 / +1). */
	enum pane_result (*mouse)(struct tui *t, struct pane *p, int y, int x,
	                          int wheel);
	void (*resize)(struct tui *t, struct pane *p);
	/* Redraw only what a change of the offer touched; false when that
	 * is not enough (the whole pane is drawn then).  May be NULL. */
	bool (*draw_part)(struct tui *t, struct pane *p);
	/* The line editor that printable keys go to now, or NULL. */
	struct lineedit *(*editor)(struct tui *t, struct pane *p);
	/* ASCII keys that keep their command meaning while typing in the
	 * editor (never part of what the field takes), or NULL. */
	const char *not_typed;
	/* Called after the editor's text changed. */
	void (*edited)(struct tui *t, struct pane *p);
	/* The key contexts to look keys up in, most specific first. */
	const enum action_ctx *(*chain)(struct tui *t, struct pane *p);
};

struct pane {
	const struct pane_ops *ops;
	WINDOW *win;
	int y, x, h, w;
	bool visible, dirty;
	bool part_dirty; /* draw_part is enough (dirty wins) */
	int cur_y, cur_x; /* where the terminal cursor goes; -1: hidden */
};

/* One row of the guide list: a company heading or one of its guides. */
#define FILTER_MEMO_MAX 64

struct guide_row {
	size_t guide; /* index into lib->guides */
	bool heading; /* the company's name, not selectable */
};

enum overlay { OVERLAY_NONE, OVERLAY_HELP, OVERLAY_SKIPPED, OVERLAY_CONFIRM };

/* A prompt at the foot of the script pane. */
enum prompt_kind { PROMPT_NONE, PROMPT_ANSWER, PROMPT_WRITE };

/* What a yes to the question in the confirm window does. */
enum confirm_kind { CONFIRM_NONE, CONFIRM_ACCEPT, CONFIRM_DELETE };

struct tui {
	struct library *lib;
	char today[11];
	struct pane panes[PANE_COUNT];
	enum pane_id focus;
	bool reader_open;
	bool narrow; /* the guide list shows only while it has the focus */
	int rows, cols;
	bool too_small;
	WINDOW *header, *status;
	bool header_dirty, status_dirty;
	char msg[400]; /* a one-off message on the status line */
	/* What this session had to say (state moved aside, saves that
	 * failed, bad lines in the rates file); '!' lists them whole. */
	char **notes;
	size_t note_count, note_cap;

	/* Rates for amounts typed in another currency, read once. */
	struct rates rates;
	char rates_path[512]; /* where they are looked for */

	/* Guide list. */
	struct guide_row *rows_v;
	size_t row_count, row_cap;
	/* Filtering: the library's index, built at the first filter, and
	 * the query the rows answer (a longer one only narrows them). */
	struct filter_index filter_ix;
	bool filter_ix_ready;
	char *filter_last;
	/* The match sets of the queries typed since the filter was empty,
	 * so that Backspace finds its answer instead of searching again. */
	struct filter_memo {
		char *query;
		size_t *guides, count;
	} filter_memo[FILTER_MEMO_MAX];
	size_t filter_memo_count;
	/* Per guide, the number of its company in the (sorted) library:
	 * equal numbers share a heading, without a string compare. */
	size_t *company_no;
	size_t sel, top;   /* row indexes */
	size_t shown;      /* guides kept by the filter */
	struct lineedit filter;
	bool filtering;    /* the filter prompt has the keys */

	/* The open guide and the offer against it. */
	struct guide *g;
	struct offer_form form;
	struct offer offer;
	struct offer_result res;
	bool have_offer;
	size_t bands_top;
	/* Worked out once per guide, not per keystroke: whether its
	 * equity is private (a scan of its whole text) and each band's
	 * premium-adjusted equity. */
	bool guide_private;
	/* The bands' offer column as last drawn, to redraw it alone. */
	int bands_offer_x, bands_offer_w; /* width 0: not shown */
	size_t bands_first, bands_end;    /* the rows drawn, from y = 2 */
	struct band_premium {
		bool known;
		amount_t low, high;
	} *premiums;

	/* The open guide's saved negotiation: the form as typed, the
	 * answers to its placeholders, the rounds.  Saved after the frame
	 * that shows a change, so a kill loses at most that keystroke. */
	struct negotiation neg;
	bool neg_open;
	bool save_pending;
	bool save_durable; /* the pending save must reach the disk (fsync) */
	bool save_failing;

	/* The counter to make, against the latest round by the company in
	 * the form's region (company_round: its index, -1 when none). */
	struct counter counter;
	long company_round;
	bool counter_shown; /* the counter has the script's place */
	size_t round_sel;
	size_t counter_top, counter_lines;
	bool counter_follow; /* scroll the selected round into view */

	/* Script: -1 follows the offer; otherwise a fixed index. */
	long script_pick;
	size_t script_top;
	size_t script_lines; /* wrapped lines at the last draw */
	/* The filled text last drawn, to skip redrawing the same words. */
	char *script_drawn;
	const struct script *script_drawn_for;
	enum prompt_kind prompt;
	struct lineedit prompt_le;
	char **prompt_keys; /* the placeholders to answer, in order */
	size_t prompt_count, prompt_at;

	/* The question in the confirm window, and what yes does. */
	enum confirm_kind confirm;
	size_t confirm_round;
	char confirm_title[80];
	char confirm_text[1400];

	/* Reader. */
	struct md_doc doc;
	const struct guide *doc_guide;
	int doc_width;
	size_t reader_top;
	struct lineedit search;
	bool searching;
	char last_search[LINEEDIT_MAX];
	char reader_msg[LINEEDIT_MAX + 32];

	/* Overlays. */
	enum overlay overlay;
	bool overlay_dirty;
	WINDOW *overlay_win;
	size_t overlay_top;
};

extern const struct pane_ops pane_guides_ops, pane_bands_ops,
	pane_offer_ops, pane_script_ops, pane_counter_ops, pane_reader_ops;

/* Mark panes for redrawing. */
void app_dirty(struct tui *t, enum pane_id id);
void app_dirty_all(struct tui *t);
/* Open a guide (parses its body once) and point the form at its first
 * region with numbers. */
void app_open_guide(struct tui *t, struct guide *g);
/* Pick a region of the open guide by index. */
void app_set_region(struct tui *t, size_t band);
/* Re-read the form and recompute the offer; marks what depends on it. */
void app_offer_changed(struct tui *t);
void app_focus(struct tui *t, enum pane_id id);
/* The band the form is on, or NULL. */
const struct band *app_band(const struct tui *t);
/* The script the script pane shows, or NULL. */
const struct script *app_script(const struct tui *t, size_t *index);

/* A message on the status line now (printf-like). */
void app_message(struct tui *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same, kept in the session's notes for '!' too. */
void app_note(struct tui *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The pane in the script's place: the script or the counter. */
enum pane_id app_slot(const struct tui *t);
/* Show the script or the counter in that place. */
void app_show_counter(struct tui *t, bool counter);

/* The saved negotiation (session.c). */
/* Load the open guide's negotiation and restore its form. */
void guides_memo_clear(struct tui *t);
void session_open(struct tui *t);
/* Write any pending change now (before another guide opens, at exit
 * and after each frame). */
void session_flush(struct tui *t);
/* The form changed: keep it in the negotiation, to be saved. */
void session_form_changed(struct tui *t);
/* Work out the counter against the latest company round (when the
 * counter pane draws: it is the only one that shows it). */
void session_counter(struct tui *t);
/* Record the form's offer as a round by who ("company" or "me"). */
void session_record_round(struct tui *t, const char *who);
/* Accept (or un-accept) round i; below the floor it asks first. */
void session_accept_round(struct tui *t, size_t i);
/* Ask, then delete round i. */
void session_delete_round(struct tui *t, size_t i);
/* The answer to the confirm window. */
void session_confirmed(struct tui *t, bool yes);
/* The script on show filled in with the offer and the answers; NULL
 * (and *out empty) when there is no script. */
const struct script *session_fill(struct tui *t, struct filled_script *out);
void session_free(struct tui *t);

/* Shared drawing: a pane's title line (name, then extra text). */
void pane_draw_title(struct tui *t, struct pane *p, const char *extra);
/* Move a scroll position for a movement action (up, down, page, top,
 * bottom) within 0..max; true when the action was one of those. */
bool app_scroll(size_t *top, size_t max, size_t page, enum action a);
/* Apply a line-editing action to le; true when it was one. */
bool app_edit_action(struct lineedit *le, enum action a);
/* Stop a prompt in the script pane, if any (pane_script.c). */
void script_prompt_end(struct tui *t);
/* The offer changed: mark the script for redrawing if its words did. */
void script_offer_changed(struct tui *t);
/* Guide list (pane_guides.c): rebuild rows after the filter changed. */
void guides_refilter(struct tui *t);

/* Overlays (overlay.c). */
void overlay_draw(struct tui *t);
enum pane_result overlay_key(struct tui *t, enum action a);

/* Amount formatting helpers (in the band's currency). */
void fmt_amount(char *buf, size_t size, amount_t a, const struct band *b);
void fmt_gap(char *buf, size_t size, amount_t a, const struct band *b);
void fmt_range(char *buf, size_t size, amount_t lo, amount_t hi,
               const struct band *b);
/* The role of a value against the target and the floor: above the
 * target, between, or below the floor. */
enum role role_for_gaps(amount_t vs_target, amount_t vs_floor);

#endif
