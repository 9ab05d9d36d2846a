/* overlay.h - the windows drawn over the panes: the help (every key,
 * from the action table), the skipped files and the session's
 * messages, and a yes-or-no question. */
#ifndef NEGOTIATOR_TUI_OVERLAY_H
#define NEGOTIATOR_TUI_OVERLAY_H

#include "tui/app.h"

/* The longest question the confirm window asks, in bytes. */
#define OVERLAY_TEXT_MAX 1400

/* The windows' own state, made when one first shows (behind
 * t->overlay_view; no other file reads it).  Which window shows is
 * t->overlay, and the search query while / types it t->overlay_editor:
 * the key routing in app.c reads those two, below this file. */
struct overlay_view {
	WINDOW *win;
	size_t top;
	size_t page; /* rows of text it showed at the last draw */
	/* The help opens at the keys of this context (the focus's). */
	enum action_ctx help_ctx;
	bool help_jump;
	/* / in a window: the query typed, the last one, the match to go
	 * to at the next draw (+1 / -1 from the top, 2 the first from
	 * it; 0 none) and what was found ("3 of 12"). */
	struct lineedit search;
	char query[LINEEDIT_MAX];
	int find;
	char msg[LINEEDIT_MAX + 48];
	int cur_y, cur_x; /* the search's cursor; -1: none */
	/* The confirm window's question (overlay_confirm). */
	char confirm_title[80];
	char confirm_text[OVERLAY_TEXT_MAX];
};

/* Show the window `which`, or close it when it shows already. */
void overlay_toggle(struct tui *t, enum overlay which);
/* ? : the help, opened at the keys of the pane in focus (or closed). */
void overlay_help(struct tui *t);
void overlay_draw(struct tui *t);
/* A key for the window on show; PANE_IGNORED when it is not for it. */
enum pane_result overlay_key(struct tui *t, enum action a);
/* Ask text in the confirm window, under title: t->confirm becomes kind,
 * and the one who asked answers the key (tui.c routes it). */
void overlay_confirm(struct tui *t, enum confirm_kind kind, const char *title,
                     const char *text);
/* Put the terminal cursor in the window's search query when / is being
 * typed there; false when there is none to show. */
bool overlay_place_cursor(struct tui *t);
/* At exit: the window and its state. */
void overlay_free(struct tui *t);

#endif
