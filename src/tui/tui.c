/* tui.c - the TUI's event loop: terminal set-up, key and mouse routing,
 * redrawing what changed, and a clean exit on every path. */
#include "tui/tui.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "negotiator/state.h"
#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/config.h"
#include "tui/draw.h"
#include "tui/focus.h"
#include "tui/footer.h"
#include "tui/global.h"
#include "tui/header.h"
#include "tui/layout.h"
#include "tui/overlay.h"
#include "tui/pane_bands.h"
#include "tui/pane_counter.h"
#include "tui/pane_guides.h"
#include "tui/pane_offer.h"
#include "tui/pane_reader.h"
#include "tui/pane_script.h"
#include "tui/resume.h"
#include "tui/export.h"
#include "tui/session.h"
#include "tui/session_offers.h"
#include "tui/session_rounds.h"
#include "tui/status.h"
#include "tui/terminal.h"
#include "negotiator/utf8.h"

/* Set by the signal handler, read by the loop: nothing else is safe to
 * do inside a handler. */
static volatile sig_atomic_t got_signal;

/* How long the keys must rest before the panes' idle work (the guide
 * under the list's cursor opened): a held key repeats faster, so a
 * run of j reads no guide until it stops; a person sees no wait. */
#define TUI_REST_MS 60

static void on_signal(int sig)
{
	got_signal = sig;
}

static const struct pane_ops *const pane_table[PANE_COUNT] = {
	[PANE_GUIDES] = &pane_guides_ops,   [PANE_BANDS] = &pane_bands_ops,
	[PANE_OFFER] = &pane_offer_ops,     [PANE_SCRIPT] = &pane_script_ops,
	[PANE_COUNTER] = &pane_counter_ops, [PANE_READER] = &pane_reader_ops,
};

/* Header, status line, too-small screen ------------------------------------ */

static void draw_too_small(struct tui *t)
{
	char need[40], have[40];
	int y = t->rows / 2 - 1;

	snprintf(need, sizeof need, "need %dx%d", LAYOUT_MIN_COLS,
	         LAYOUT_MIN_ROWS);
	snprintf(have, sizeof have, "have %dx%d", t->cols, t->rows);
	werase(stdscr);
	if (y < 0)
		y = 0;
	draw_str(stdscr, y, 0,
	         t->cols >= 18 ? "Terminal too small" : "Too small", t->cols,
	         R_BOLD);
	if (y + 1 < t->rows)
		draw_str(stdscr, y + 1, 0, need, t->cols, R_NORMAL);
	if (y + 2 < t->rows)
		draw_str(stdscr, y + 2, 0, have, t->cols, R_NORMAL);
	wnoutrefresh(stdscr);
}

static void render(struct tui *t)
{
	struct pane *fp;
	int i;

	if (t->too_small) {
		draw_too_small(t);
		curs_set(0);
		doupdate();
		return;
	}
	if (t->overlay != OVERLAY_NONE) {
		bool any = t->overlay_dirty;
		for (i = 0; i < PANE_COUNT; i++)
			any = any || t->panes[i].dirty;
		/* Nothing moved under or in the overlay: nothing to send. */
		if (!any && !t->header_dirty && !t->status_dirty)
			return;
		/* The panes under it are drawn whole, then it goes on top. */
		for (i = 0; i < PANE_COUNT; i++)
			t->panes[i].dirty = true;
		t->overlay_dirty = false;
	}
	for (i = 0; i < PANE_COUNT; i++) {
		struct pane *p = &t->panes[i];
		if (!p->visible || !p->win)
			continue;
		if (!p->dirty && p->part_dirty) {
			p->part_dirty = false;
			if (p->ops->draw_part && p->ops->draw_part(t, p))
				wnoutrefresh(p->win);
			else
				p->dirty = true;
		}
		if (p->dirty) {
			werase(p->win);
			p->cur_y = p->cur_x = -1;
			p->ops->draw(t, p);
			p->dirty = p->part_dirty = false;
			wnoutrefresh(p->win);
		}
	}
	if (t->header_dirty && t->header) {
		header_draw(t);
		t->header_dirty = false;
	}
	/* A message wrapped upwards lies over panes just drawn. */
	if ((t->status_dirty || t->msg_rows > 1) && t->status) {
		footer_draw(t);
		t->status_dirty = false;
	}
	if (t->overlay != OVERLAY_NONE)
		overlay_draw(t);
	fp = &t->panes[t->focus];
	if (overlay_place_cursor(t)) {
		curs_set(1);
	} else if (t->overlay == OVERLAY_NONE && fp->visible && fp->win &&
	           app_editor(t) && fp->cur_y >= 0) {
		/* The last window refreshed places the terminal cursor. */
		wmove(fp->win, fp->cur_y, fp->cur_x);
		wnoutrefresh(fp->win);
		curs_set(1);
	} else {
		curs_set(0);
	}
	doupdate();
}

/* Whether anything waits to be drawn.  A pane not shown keeps its marks
 * until it is (render passes it by): counted, they made every turn of
 * the loop render twice, the second time a doupdate with nothing to send
 * (two system calls and a hash of every screen line; issue 18). */
static bool any_dirty(const struct tui *t)
{
	for (int i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].visible && t->panes[i].win &&
		    (t->panes[i].dirty || t->panes[i].part_dirty))
			return true;
	return t->status_dirty || t->header_dirty || t->overlay_dirty;
}

/* Keys and mouse ------------------------------------------------------------
 */

static enum pane_result handle_key(struct tui *t, int key)
{
	struct pane *p = &t->panes[t->focus];
	struct lineedit *le = app_editor(t);
	enum action a;
	enum pane_result r = PANE_IGNORED;

	status_clear(t);
	if (le && t->overlay != OVERLAY_NONE && keys_printable(key)) {
		/* The query of a search in a window. */
		lineedit_insert(le, (uint32_t)key);
		t->overlay_dirty = true;
		return PANE_HANDLED;
	}
	if (le && keys_printable(key) &&
	    !(key < 128 && p->ops->not_typed &&
	      strchr(p->ops->not_typed, key))) {
		if (!lineedit_insert(le, (uint32_t)key))
			status_message(t, "That field is full");
		p->ops->edited(t, p);
		app_dirty(t, t->focus);
		return PANE_HANDLED;
	}
	a = keys_lookup(app_chain(t), key);
	if (t->overlay == OVERLAY_CONFIRM && t->confirm == CONFIRM_QUIT)
		return session_unsaved_answer(t, a);
	if (t->overlay == OVERLAY_CONFIRM) {
		/* Only a yes does it; any other key is a no. */
		if (t->confirm == CONFIRM_OVERWRITE)
			export_confirmed(t, a == ACT_CONFIRM_YES);
		else
			session_confirmed(t, a == ACT_CONFIRM_YES);
		return PANE_HANDLED;
	}
	if (a == ACT_NONE)
		return PANE_HANDLED;
	if (t->overlay != OVERLAY_NONE) {
		t->overlay_dirty = true;
		r = overlay_key(t, a);
		if (r != PANE_IGNORED)
			return r;
		/* Any other action closes the overlay and then happens. */
		t->overlay = OVERLAY_NONE;
		app_dirty_all(t);
		return global_action(t, a);
	}
	if (le && app_edit_action(le, a)) {
		p->ops->edited(t, p);
		app_dirty(t, t->focus);
		return PANE_HANDLED;
	}
	if (p->visible && p->ops->key)
		r = p->ops->key(t, p, a, key);
	if (r == PANE_REDRAW) {
		app_dirty(t, t->focus);
		t->status_dirty = true;
		return PANE_HANDLED;
	}
	if (r != PANE_IGNORED)
		return r;
	return global_action(t, a);
}

static void handle_mouse(struct tui *t)
{
	MEVENT ev;
	int i, wheel = 0;

	if (getmouse(&ev) != OK || t->too_small)
		return;
	if (t->overlay == OVERLAY_CONFIRM) {
		if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
			return;
		if (t->confirm == CONFIRM_QUIT)
			session_unsaved_answer(t, ACT_UNSAVED_STAY);
		else
			session_confirmed(t, false);
		return;
	}
	if (t->overlay != OVERLAY_NONE) {
		if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
			t->overlay = OVERLAY_NONE;
			app_dirty_all(t);
		}
		return;
	}
	if (ev.bstate & BUTTON4_PRESSED)
		wheel = -1;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		wheel = 1;
#endif
	else if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return;
	for (i = 0; i < PANE_COUNT; i++) {
		struct pane *p = &t->panes[i];
		if (!p->visible || ev.y < p->y || ev.y >= p->y + p->h ||
		    ev.x < p->x || ev.x >= p->x + p->w)
			continue;
		if (!wheel && t->focus != (enum pane_id)i)
			focus_set(t, (enum pane_id)i);
		if (p->ops->mouse &&
		    p->ops->mouse(t, p, ev.y - p->y, ev.x - p->x, wheel) ==
		            PANE_REDRAW)
			app_dirty(t, (enum pane_id)i);
		t->status_dirty = true;
		return;
	}
}

/* Set-up and the loop ---------------------------------------------------------
 */

/* The signals that end the TUI cleanly. */
static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define QUIT_SIGNALS (sizeof quit_signals / sizeof quit_signals[0])

static void install_signals(struct sigaction *old)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal interrupts the read so the loop sees it. */
	sa.sa_flags = 0;
	for (i = 0; i < QUIT_SIGNALS; i++)
		sigaction(quit_signals[i], &sa, &old[i]);
}

static void restore_signals(const struct sigaction *old)
{
	size_t i;

	for (i = 0; i < QUIT_SIGNALS; i++)
		sigaction(quit_signals[i], &old[i], NULL);
}

static void tui_free(struct tui *t)
{
	int i;

	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].win)
			delwin(t->panes[i].win);
	if (t->header)
		delwin(t->header);
	if (t->status)
		delwin(t->status);
	for (i = 0; i < PANE_COUNT; i++)
		if (t->panes[i].ops->stop)
			t->panes[i].ops->stop(t, &t->panes[i]);
	session_free(t);
	status_free(t);
	free(t->guides);
	free(t->bands);
	free(t->offer_view);
	free(t->script);
	free(t->reader);
	overlay_free(t);
}

/* Where the rates file is; it is read when a conversion first needs it
 * (session.c), so a strange or broken one never holds up the start. */
static void load_rates(struct tui *t)
{
	rates_init_user(&t->rates, NULL);
	snprintf(t->rates_path, sizeof t->rates_path, "%s",
	         t->rates.source[0] ? t->rates.source
	                            : "$XDG_CONFIG_HOME/negotiator/rates");
}

/* printf to f with control characters (from file names and the
 * system's words) made harmless. */
static void print_clean(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void print_clean(FILE *f, const char *fmt, ...)
{
	char buf[4000], *clean;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	clean = text_clean(buf, strlen(buf), true);
	fputs(clean, f);
	free(clean);
}

int tui_run(struct library *lib, const char *today, tui_loader *load, void *ctx)
{
	struct tui t;
	struct sigaction old[QUIT_SIGNALS];
	SCREEN *screen;
	bool quit = false, dropped;
	int i, rc = 0;
	char gid[300] = "", elsewhere[sizeof t.saved_elsewhere],
	     readable[sizeof t.saved_readable], why[sizeof t.save_error];

	setlocale(LC_CTYPE, "");
	{
		/* A locale that is not UTF-8 (LANG=C) shows ASCII only. */
		const char *cs = nl_langinfo(CODESET);
		utf8_set_ascii(!cs || (strcasecmp(cs, "UTF-8") != 0 &&
		                       strcasecmp(cs, "UTF8") != 0));
	}
	memset(&t, 0, sizeof t);
	t.lib = lib;
	t.load = load;
	t.load_ctx = ctx;
	snprintf(t.today, sizeof t.today, "%s", today ? today : "");
	form_init(&t.form);
	lineedit_init(&t.prompt_le);
	t.script_pick = -1;
	t.round_pick = SIZE_MAX;
	t.an.company_round = -1;
	for (i = 0; i < PANE_COUNT; i++) {
		t.panes[i].ops = pane_table[i];
		t.panes[i].cur_y = t.panes[i].cur_x = -1;
	}

	if (!terminal_usable()) {
		tui_free(&t);
		return 1;
	}
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		terminal_advice("cannot be opened");
		tui_free(&t);
		return 1;
	}
	got_signal = 0;
	install_signals(old);
	keys_define_terminal();
	set_escdelay(25);
	/* No look for typed keys in the middle of a frame: ncurses polls
	 * the terminal every few lines of an update to stop it when a key
	 * waits (six poll()s an offer keystroke, two updates of a few
	 * lines each), and a frame here takes well under a millisecond. */
	typeahead(-1);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 250);
	theme_init();
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	                  | BUTTON5_PRESSED
#endif
	          ,
	          NULL);
	mouseinterval(0);
	curs_set(0);

	load_rates(&t);
	config_apply(&t);
	for (i = 0; i < PANE_COUNT; i++)
		if (t.panes[i].ops->start)
			t.panes[i].ops->start(&t, &t.panes[i]);
	t.focus = PANE_GUIDES;
	layout_apply(&t);
	/* Temporary files a kill left behind an hour ago or more. */
	state_sweep(3600);
	if (lib->count > 0 && !resume_load(&t))
		session_open_guide(&t, lib->guides[0]);
	layout_apply(&t);
	app_dirty_all(&t);
	/* ncurses 6 (6.4 here) writes out what it has at every cursor
	 * move of a frame until the screen has once been left and resumed
	 * (it takes a screen never left for one that low-level terminfo
	 * calls share): twenty write()s a keystroke in the offer form, each
	 * a system call and a wake-up of the terminal.  Left once just
	 * before the first frame, that frame resumes it, and each frame
	 * goes out in one write (issue 18). */
	endwin();
	/* endwin() also took the terminal out of keypad mode (rmkx), and
	 * ncurses would put it back only at the first wgetch, after the
	 * first frame is on the screen: a cursor key typed in between came
	 * as ESC [ B, read as Escape, '[' and 'B'.  Back at once, before
	 * anything is drawn. */
	keypad(stdscr, TRUE);

	while (!quit && !got_signal) {
		wint_t wch;
		int r, key;
		WINDOW *in;

		render(&t);
		/* Saved once the change is on the screen: the fsync does
		 * not hold up the echo.  Keys typed in a field are saved
		 * once they rest (a signal saves them at once).  What the
		 * save changed (the list's ●) shows at once. */
		int rest = session_after_frame(&t), wait = 250;
		if (any_dirty(&t))
			render(&t);
		in = t.too_small || !t.header ? stdscr : t.header;
		if (t.idle_wanted)
			wait = TUI_REST_MS;
		if (rest >= 0 && rest < wait)
			wait = rest;
		wtimeout(in, wait);
		r = keys_read(in, &wch);
		if (got_signal)
			break;
		if (r == ERR && t.save_pending)
			session_flush(&t); /* the keys rest */
		if (r == ERR && t.idle_wanted && !t.too_small) {
			t.idle_wanted = false;
			for (i = 0; i < PANE_COUNT; i++)
				if (t.panes[i].ops->idle)
					t.panes[i].ops->idle(&t, &t.panes[i]);
			continue;
		}
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wch == KEY_RESIZE) {
			layout_apply(&t);
			app_dirty_all(&t);
			continue;
		}
		if (r == KEY_CODE_YES && wch == KEY_MOUSE) {
			handle_mouse(&t);
			continue;
		}
		if (t.too_small)
			key = (r == OK && wch == 'q') ? 'q' : 0;
		else
			key = r == KEY_CODE_YES ? TK_FN((int)wch) : (int)wch;
		/* What could not be saved is not dropped without asking
		 * (too small a screen shows the question once it grows). */
		if (t.too_small) {
			quit = key == 'q' && session_may_quit(&t);
			continue;
		}
		if (handle_key(&t, key) == PANE_QUIT)
			quit = t.quit_unsaved || t.saved_elsewhere[0] ||
			       session_may_quit(&t);
	}

	/* A signal while a save fails: what is not saved is kept
	 * elsewhere, and said. */
	if (got_signal)
		session_rescue(&t);
	resume_save(&t);
	if (t.g)
		snprintf(gid, sizeof gid, "%s", t.g->id);
	snprintf(elsewhere, sizeof elsewhere, "%s", t.saved_elsewhere);
	snprintf(readable, sizeof readable, "%s", t.saved_readable);
	snprintf(why, sizeof why, "%s", t.save_error);
	dropped = t.quit_unsaved;
	tui_free(&t);
	endwin();
	delscreen(screen);
	restore_signals(old);
	/* Said where it stays once the screen is gone, and how to have
	 * it back. */
	if (elsewhere[0]) {
		char usual[4096];
		print_clean(stderr,
		            "negotiator: the negotiation for %s is saved "
		            "in %s, not in its usual place: %s\n",
		            gid, elsewhere, why);
		if (readable[0])
			print_clean(stderr,
			            "negotiator: to read: %s (Markdown)\n",
			            readable);
		if (state_path(gid, usual, sizeof usual))
			print_clean(stderr,
			            "negotiator: to load it, once there is "
			            "room: cp '%s' '%s'\n",
			            elsewhere, usual);
	} else if (dropped)
		print_clean(stderr,
		            "negotiator: quit without saving the "
		            "negotiation for %s: %s\n",
		            gid, why);
	if (got_signal)
		rc = 128 + got_signal;
	else if (dropped)
		rc = 1;
	return rc;
}
