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

#include "negotiator/guide.h"
#include "negotiator/library.h"
#include "negotiator/offer.h"
#include "tui/keys.h"
#include "tui/lineedit.h"
#include "tui/mdrender.h"
#include "tui/offerform.h"
#include "tui/theme.h"

enum pane_id {
	PANE_GUIDES,
	PANE_BANDS,
	PANE_OFFER,
	PANE_SCRIPT,
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
	int cur_y, cur_x; /* where the terminal cursor goes; -1: hidden */
};

/* One row of the guide list: a company heading or one of its guides. */
struct guide_row {
	size_t guide; /* index into lib->guides */
	bool heading; /* the company's name, not selectable */
};

enum overlay { OVERLAY_NONE, OVERLAY_HELP, OVERLAY_SKIPPED };

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
	char msg[120]; /* a one-off message on the status line */

	/* Guide list. */
	struct guide_row *rows_v;
	size_t row_count, row_cap;
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

	/* Script: -1 follows the offer; otherwise a fixed index. */
	long script_pick;
	size_t script_top;
	size_t script_lines; /* wrapped lines at the last draw */

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
	pane_offer_ops, pane_script_ops, pane_reader_ops;

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

/* Shared drawing: a pane's title line (name, then extra text). */
void pane_draw_title(struct tui *t, struct pane *p, const char *extra);
/* Move a scroll position for a movement action (up, down, page, top,
 * bottom) within 0..max; true when the action was one of those. */
bool app_scroll(size_t *top, size_t max, size_t page, enum action a);
/* Apply a line-editing action to le; true when it was one. */
bool app_edit_action(struct lineedit *le, enum action a);
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
