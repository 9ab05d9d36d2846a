/* keys.h - key lookup, key names and the key table (from actions.h). */
#ifndef NEGOTIATOR_TUI_KEYS_H
#define NEGOTIATOR_TUI_KEYS_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "tui/actions.h"

/* Where a binding applies; a pane looks keys up through a chain of
 * these, most specific first. */
enum action_ctx {
	CTX_NONE,
	CTX_GLOBAL,
	CTX_MOVE,
	CTX_GUIDES,
	CTX_PROMPT,
	CTX_FILE,
	CTX_BANDS,
	CTX_FORM,
	CTX_EDIT,
	CTX_SCRIPT,
	CTX_COUNTER,
	CTX_ROUND_EDIT,
	CTX_READER,
	CTX_SEARCH,
	CTX_OVERLAY,
	CTX_CONFIRM,
	CTX_UNSAVED,
	CTX_COUNT
};

/* clang-format off */
enum action {
	ACT_NONE,
#define X(id, ctx, status, help, k1, k2, k3) ACT_##id,
	TUI_ACTIONS(X)
#undef X
	ACT_COUNT
};
/* clang-format on */

struct action_info {
	enum action act;
	enum action_ctx ctx;
	const char *status; /* word for the status line, or NULL */
	const char *help;
	int keys[3];
	const char *name; /* the id as written in actions.h: "FOCUS_OFFER" */
};

/* The whole table, ACT_COUNT - 1 entries, in actions.h order. */
extern const struct action_info keys_table[];
extern const size_t keys_count;

const struct action_info *keys_action(enum action act);
/* The action bound to key in the first context of chain (ended by
 * CTX_NONE) that binds it; ACT_NONE when none does. */
enum action keys_lookup(const enum action_ctx *chain, int key);
/* "Up", "S-Tab", "C-l", "F1", "Enter", "q"... */
void keys_label(int key, char *buf, size_t size);
/* The key a name means: what keys_label writes ("C-r", "F1", "PgDn",
 * "Space", "R", "€"), any case for the named ones; false for none. */
bool keys_parse(const char *name, int *key);
/* The action an actions.h id names, any case, '-' for '_'
 * ("focus-offer"); ACT_NONE when none does. */
enum action keys_action_by_name(const char *name);
/* The name the config file's `bind` gives a's action ("focus-offer");
 * `negotiator keys` prints it after each action, in brackets. */
void keys_config_name(const struct action_info *a, char *buf, size_t size);
/* Bind key to act as well, in act's context and before the table's own
 * keys there (the config file's `bind`); false when KEYS_USER_MAX are
 * bound already.  keys_unbind_all forgets them. */
#define KEYS_USER_MAX 64
bool keys_bind(int key, enum action act);
void keys_unbind_all(void);
/* All keys of an action, "Up, k"; duplicates (Enter twice) once. */
void keys_action_label(const struct action_info *a, char *buf, size_t size);
const char *keys_ctx_title(enum action_ctx ctx);
/* Walk the table in help order: for each context that binds anything,
 * fn(arg, ctx, NULL) for its heading, then fn(arg, ctx, a) per action.
 * The help overlay and `negotiator keys` both list keys this way. */
void keys_walk(void (*fn)(void *arg, enum action_ctx ctx,
                          const struct action_info *a),
               void *arg);

/* Teach curses the Home and End sequences that terminals send beside
 * the ones terminfo lists (call after newterm). */
void keys_define_terminal(void);
/* One key from w, as wget_wch gives it (OK with a character,
 * KEY_CODE_YES with a function key, ERR).  Under a locale that is not
 * UTF-8, curses would swallow every byte after one it cannot decode (a
 * "€" typed or pasted): bytes are read one by one and put together as
 * UTF-8 here instead; a byte that does not fit is dropped alone. */
int keys_read(WINDOW *w, wint_t *wch);
/* True for a key that types a character (not a function key or a
 * control). */
bool keys_printable(int key);
/* What the mouse does, in one sentence (the help, `negotiator keys`
 * and the man page say it from here). */
const char *keys_mouse_help(void);
/* Print every key binding, grouped by where it applies: plain text, or
 * roff for the man page's KEYS section (`negotiator keys`). */
void keys_print(FILE *out, bool roff);

#endif
