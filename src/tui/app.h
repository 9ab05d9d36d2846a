/* app.h - the TUI's state, shared by the event loop and the panes, and
 * the few helpers every pane uses (app.c).
 *
 * Each pane is a module (pane_*.c) behind a table of operations; the
 * loop in tui.c routes keys and clicks to the focused pane, then redraws
 * only the panes marked dirty, with wnoutrefresh and one doupdate.  A
 * pane learns of a change (another guide, the offer, the region, the
 * focus, a save) through its `changed` operation: no module calls a
 * pane by name, so the panes sit above everything they use.
 *
 * Each pane owns its state, as tig's views do: a struct declared in the
 * pane's own header (struct guides_view in pane_guides.h, bands_view,
 * script_view, reader_view; overlay_view in overlay.h), which struct tui
 * holds only as a pointer to a type it does not know, so no other file
 * can reach into it.  struct tui keeps what is shared: the library, the
 * config, the rates, the open guide, the negotiation and its analysis,
 * the panes, the focus and the status line. */
#ifndef NEGOTIATOR_TUI_APP_H
#define NEGOTIATOR_TUI_APP_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/analysis.h"
#include "negotiator/counter.h"
#include "negotiator/fill.h"
#include "negotiator/guide.h"
#include "negotiator/library.h"
#include "negotiator/offer.h"
#include "negotiator/offers.h"
#include "negotiator/rates.h"
#include "negotiator/state.h"
#include "negotiator/undo.h"
#include "tui/config.h"
#include "tui/keys.h"
#include "tui/lineedit.h"
#include "tui/offerform.h"
#include "tui/pane_counter.h"
#include "tui/roundedit.h"
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

/* What changed, told to every pane through pane_ops.changed. */
enum app_event {
	APP_GUIDE_OPENED,  /* t->g is another guide, its form restored */
	APP_OFFER_CHANGED, /* the form was read again, the offer recomputed */
	APP_REGION_PICKED, /* the form's region changed */
	APP_FOCUS_MOVED,   /* t->focus changed */
	APP_SCRIPT_PICKED, /* t->script_pick changed (] and [) */
	APP_SAVED,         /* t->g's negotiation was saved */
	/* The rounds of t->neg changed in this window: the counter shows
	 * round t->round_pick (SIZE_MAX: the one it had, or the last),
	 * in sight. */
	APP_ROUNDS_CHANGED,
	/* Another window's rounds were merged in: the counter keeps its
	 * place, on a round that is still there. */
	APP_ROUNDS_MERGED,
};

struct tui;
struct pane;
struct guides_view;
struct bands_view;
struct script_view;
struct reader_view;
struct overlay_view;
struct offer_view;

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
	/* Whether action a of this pane does something now (the footer
	 * names only those); NULL: every one does. */
	bool (*works)(struct tui *t, struct pane *p, enum action a);
	/* Something changed (see enum app_event); may be NULL. */
	void (*changed)(struct tui *t, struct pane *p, enum app_event ev);
	/* The rows the pane needs at this width: *min to be of use, *want
	 * to show everything; NULL: it takes what it is given. */
	void (*need)(struct tui *t, struct pane *p, int width, int *min,
	             int *want);
	/* The columns the pane would like, where it stands beside others;
	 * NULL: it takes what it is given. */
	int (*width)(struct tui *t, struct pane *p);
	/* Called once the keys rest (no key for a moment) after a pane
	 * asked for it with t->idle_wanted: work too slow for every
	 * keystroke (opening the guide under the list's cursor).  May be
	 * NULL. */
	void (*idle)(struct tui *t, struct pane *p);
	/* Once before the first frame, and once at exit to free what the
	 * pane holds; each may be NULL. */
	void (*start)(struct tui *t, struct pane *p);
	void (*stop)(struct tui *t, struct pane *p);
};

struct pane {
	const struct pane_ops *ops;
	WINDOW *win;
	int y, x, h, w;
	bool visible, dirty;
	bool part_dirty;  /* draw_part is enough (dirty wins) */
	int cur_y, cur_x; /* where the terminal cursor goes; -1: hidden */
};

enum overlay {
	OVERLAY_NONE,
	OVERLAY_HELP,
	OVERLAY_SKIPPED,
	OVERLAY_CONFIRM,
	OVERLAY_SOURCES,
	OVERLAY_OFFERS
};

/* A prompt at the foot of the script pane. */
enum prompt_kind {
	PROMPT_NONE,
	PROMPT_ANSWER,
	PROMPT_WRITE,   /* the file to write the script to */
	PROMPT_SUMMARY, /* the file to write the negotiation to (Markdown) */
	PROMPT_SAVE_AS
};

/* What a yes to the question in the confirm window does. */
enum confirm_kind {
	CONFIRM_NONE,
	CONFIRM_ACCEPT,
	CONFIRM_DELETE,
	CONFIRM_QUIT,     /* quitting with work that could not be saved */
	CONFIRM_OVERWRITE /* writing over a file that is there */
};

struct tui {
	struct library *lib;
	/* What the config file set (config.h). */
	struct config config;
	/* How the library was filled, to read it again (R; tui.h). */
	void (*load)(struct library *lib, void *ctx);
	void *load_ctx;
	char today[11];
	struct pane panes[PANE_COUNT];
	enum pane_id focus;
	bool reader_open;
	enum pane_id reader_from; /* the pane that opened the reader */
	bool narrow; /* the guide list shows only while it has the focus */
	int rows, cols;
	bool too_small;
	WINDOW *header, *status;
	bool header_dirty, status_dirty;
	bool idle_wanted; /* call the panes' idle once the keys rest */
	char msg[400];    /* a one-off message on the status line */
	int msg_rows;     /* rows it takes: a long one wraps upwards */
	/* What this session had to say (state moved aside, saves that
	 * failed, bad lines in the rates file); '!' lists them whole. */
	char **notes;
	size_t note_count, note_cap;

	/* Rates for amounts typed in another currency, read when first
	 * needed and again when the file changes. */
	struct rates rates;
	char rates_path[512]; /* where they are looked for */

	/* Each pane's own state, behind its ops (the pane's header defines
	 * it, its first start makes it, tui.c frees it at exit): no other
	 * file reads it. */
	struct guides_view *guides;
	struct bands_view *bands;
	struct offer_view *offer_view;
	struct script_view *script;
	struct reader_view *reader;
	struct overlay_view *overlay_view;

	/* The open guide and the offer against it. */
	struct guide *g;
	struct offer_form form;
	/* Worked out once per guide, not per keystroke: whether its
	 * equity is private (a scan of its whole text). */
	bool guide_private;

	/* The open guide's saved negotiation: the form as typed, the
	 * answers to its placeholders, the rounds.  Saved after the frame
	 * that shows a change; keys typed in a field, once they rest. */
	struct negotiation neg;
	struct state_sync neg_sync; /* what the file held at the last look */
	bool neg_open;
	bool save_pending;
	bool save_durable; /* the pending save must reach the disk (fsync) */
	/* The pending save is of keys typed in one field of the form: it
	 * waits for the keys to rest (session_after_frame), from
	 * save_waits_since (monotonic seconds) on. */
	bool save_waits;
	double save_waits_since;
	bool save_failing;
	double save_failed_at; /* when (monotonic seconds): retried 2 s on */
	char save_error[ERROR_MSG_MAX]; /* why the last save failed */
	/* Quitting: the user chose to drop what could not be saved, or
	 * saved it to another file (its name here). */
	bool quit_unsaved;
	char saved_elsewhere[1100];
	char saved_readable[1100]; /* its Markdown copy, for a person */

	/* The negotiation's offers are t->neg's typed offers
	 * (negotiation.h); the form edits the one numbered form_number
	 * (NEG_COMPANY for the company's).  an is the negotiation analysed
	 * once per change (analysis.h): every offer side by side, the
	 * counter against the company's latest round in the form's region
	 * (else its offer typed), the script that fits; every pane draws
	 * from it (app_offer_row: the offer the form shows).  analyses
	 * counts the runs (a test checks one a keystroke). */
	int form_number;
	struct analysis an;
	unsigned long analyses;
	/* Undo: one history per guide, kept while the program runs.
	 * Keystrokes typed in one field of one offer are one change:
	 * undo_field is that field, undo_number that offer (-1 after any
	 * other change). */
	struct undo_shelf undo;
	int undo_field, undo_number;

	bool counter_shown; /* the counter has the script's place */
	bool both_shown;    /* the script and the counter each have a place */
	struct counter_view counter; /* the counter pane's (pane_counter.h) */
	/* The round the session points the counter at with
	 * APP_ROUNDS_CHANGED (the one just added or edited); SIZE_MAX
	 * otherwise.  The session says it with an event, not by calling
	 * the pane, which calls the session (no loop of files). */
	size_t round_pick;

	/* The script shown (app_script; the counter and the exports use it
	 * too): -1 follows the offer; otherwise a fixed index. */
	long script_pick;
	/* The prompt at the foot of the script pane: export.c and
	 * session.c open it for a file name, below the pane (calling the
	 * pane would tie them in a loop), so it is kept here. */
	enum prompt_kind prompt;
	struct lineedit prompt_le;

	/* What a yes in the confirm window does (its words are the
	 * window's: overlay_confirm), read by the key routing; the round
	 * it is about (session.c). */
	enum confirm_kind confirm;
	size_t confirm_round;
	/* CONFIRM_OVERWRITE: what to write (PROMPT_WRITE or PROMPT_SUMMARY)
	 * and where. */
	enum prompt_kind confirm_prompt;
	char confirm_path[4200];
	char confirm_typed[LINEEDIT_MAX]; /* the name as typed, kept on a no */

	/* The window over the panes (overlay.c keeps its own state behind
	 * overlay_view): which one shows, and its search query while / is
	 * typed in it (else NULL), for the key routing here. */
	enum overlay overlay;
	bool overlay_dirty;
	struct lineedit *overlay_editor;
};

/* Mark a pane, or everything, for redrawing. */
void app_dirty(struct tui *t, enum pane_id id);
void app_dirty_all(struct tui *t);
/* Tell every pane that ev happened (through its ops). */
void app_notify(struct tui *t, enum app_event ev);
/* The band the form is on, or NULL. */
const struct band *app_band(const struct tui *t);
/* The script the script pane shows, or NULL; *index gets its place in
 * the guide when index is not NULL. */
const struct script *app_script(const struct tui *t, size_t *index);
/* The offer the form shows as the analysis read it: its row (the
 * company's as typed, whatever round stands for it in the table), or the
 * analysis's offer with nothing typed when it has none. */
const struct offers_row *app_offer_row(const struct tui *t);
/* The pane in the script's place: the script, or the counter when it
 * shares that place and was asked for. */
enum pane_id app_slot(const struct tui *t);
/* The key contexts of the focus (or of the window over the panes), and
 * the line editor printable keys go to now (NULL when none). */
const enum action_ctx *app_chain(struct tui *t);
struct lineedit *app_editor(struct tui *t);
/* Move a scroll position for a movement action (up, down, page, top,
 * bottom) within 0..max; true when the action was one of those. */
bool app_scroll(size_t *top, size_t max, size_t page, enum action a);
/* Apply a line-editing action to le; true when it was one. */
bool app_edit_action(struct lineedit *le, enum action a);
/* A file name as typed in a prompt: leading spaces dropped, "~/" as
 * $HOME; "" when nothing was typed. */
void app_typed_path(const char *typed, char *buf, size_t size);
/* Where a search landed, in words: "3 of 12" (matches counted as
 * lines), ", wrapped to the top" (or bottom) when it went round. */
void app_match_note(char *buf, size_t size, size_t at, size_t total,
                    bool wrapped, bool forward);
/* A pane's title line: its name, then extra text. */
void app_title(struct tui *t, struct pane *p, const char *extra);
/* Seconds on the monotonic clock: how long the keys rested, for the
 * saves that wait for them. */
double app_now_seconds(void);

#endif
