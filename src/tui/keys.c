/* keys.c - the key table built from actions.h, and its printers. */
#include "tui/keys.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "negotiator/utf8.h"

/* clang-format off */
const struct action_info keys_table[] = {
#define X(id, ctx, status, help, k1, k2, k3) \
	{ ACT_##id, ctx, status, help, { k1, k2, k3 }, #id },
	TUI_ACTIONS(X)
#undef X
};
/* clang-format on */
const size_t keys_count = sizeof keys_table / sizeof keys_table[0];

const struct action_info *keys_action(enum action act)
{
	if (act <= ACT_NONE || act >= ACT_COUNT)
		return NULL;
	return &keys_table[act - 1];
}

/* Keys the user bound (the config file), the last bound first. */
static struct {
	int key;
	enum action act;
} user[KEYS_USER_MAX];
static size_t user_count;

bool keys_bind(int key, enum action act)
{
	if (user_count >= KEYS_USER_MAX || !keys_action(act))
		return false;
	user[user_count].key = key == '\n' ? '\r' : key;
	user[user_count].act = act;
	user_count++;
	return true;
}

void keys_unbind_all(void)
{
	user_count = 0;
}

enum action keys_lookup(const enum action_ctx *chain, int key)
{
	size_t i, k;

	if (key == 0)
		return ACT_NONE;
	/* C-j and C-m are one Enter to a person (curses gives either). */
	if (key == '\n')
		key = '\r';
	for (; *chain != CTX_NONE; chain++) {
		for (i = user_count; i-- > 0;) {
			const struct action_info *a = keys_action(user[i].act);
			if (a && user[i].key == key && a->ctx == *chain)
				return user[i].act;
		}
		for (i = 0; i < keys_count; i++) {
			if (keys_table[i].ctx != *chain)
				continue;
			for (k = 0; k < 3; k++)
				if (keys_table[i].keys[k] == key)
					return keys_table[i].act;
		}
	}
	return ACT_NONE;
}

/* The keys with names; the first name of a key is the one shown. */
static const struct {
	int key;
	const char *name;
} key_names[] = {
	{TK_FN(KEY_UP), "Up"},
	{TK_FN(KEY_DOWN), "Down"},
	{TK_FN(KEY_LEFT), "Left"},
	{TK_FN(KEY_RIGHT), "Right"},
	{TK_FN(KEY_PPAGE), "PgUp"},
	{TK_FN(KEY_NPAGE), "PgDn"},
	{TK_FN(KEY_HOME), "Home"},
	{TK_FN(KEY_END), "End"},
	{TK_FN(KEY_BTAB), "S-Tab"},
	{TK_FN(KEY_ENTER), "Enter"},
	{TK_FN(KEY_DC), "Del"},
	{TK_FN(KEY_BACKSPACE), "Backspace"},
	{TK_FN(KEY_F(1)), "F1"},
	{TK_FN(KEY_F(2)), "F2"},
	{TK_FN(KEY_SR), "S-Up"},
	{TK_FN(KEY_SF), "S-Down"},
	{'\t', "Tab"},
	{'\n', "Enter"},
	{'\r', "Enter"},
	{TK_ESC, "Esc"},
	{' ', "Space"},
	{127, "Backspace"},
	{8, "Backspace"},
};

void keys_label(int key, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].key == key) {
			snprintf(buf, size, "%s", key_names[i].name);
			return;
		}
	if (key > 0 && key < 32) {
		snprintf(buf, size, "C-%c", 'a' + key - 1);
	} else if (key & 0x01000000) {
		snprintf(buf, size, "key %d", key & 0xFFFFFF);
	} else {
		char enc[5] = {0};
		utf8_encode((uint32_t)key, enc);
		snprintf(buf, size, "%s", enc);
	}
}

bool keys_parse(const char *name, int *key)
{
	size_t i;
	int fn_key = 0;
	uint32_t cp;

	/* A key both curses and the terminal name (Enter, Backspace) is
	 * bound by what the terminal sends. */
	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcasecmp(key_names[i].name, name) == 0) {
			if (!(key_names[i].key & 0x01000000)) {
				*key = key_names[i].key;
				return true;
			}
			fn_key = fn_key ? fn_key : key_names[i].key;
		}
	if (fn_key) {
		*key = fn_key;
		return true;
	}
	if ((name[0] == 'C' || name[0] == 'c') && name[1] == '-' &&
	    name[2] >= 'a' && name[2] <= 'z' && !name[3]) {
		*key = TK_CTRL(name[2]);
		return true;
	}
	if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' &&
	    name[1] <= '9' &&
	    (!name[2] || (name[2] >= '0' && name[2] <= '2' && name[1] == '1' &&
	                  !name[3]))) {
		*key = TK_FN(KEY_F(atoi(name + 1)));
		return true;
	}
	/* One printable character. */
	size_t n = utf8_decode(name, strlen(name), &cp);
	if (n == 0 || name[n] || cp < 0x21 || cp == 0x7F || cp == 0xFFFD)
		return false;
	*key = (int)cp;
	return true;
}

void keys_config_name(const struct action_info *a, char *buf, size_t size)
{
	size_t i = 0;
	for (; a->name[i] && i + 1 < size; i++)
		buf[i] = a->name[i] == '_'
		                 ? '-'
		                 : (char)tolower((unsigned char)a->name[i]);
	buf[i] = '\0';
}

/* Whether a config name ("offer-delete") names the action id
 * ("OFFER_DELETE"). */
static bool names_id(const char *id, const char *name)
{
	for (; *id && *name; id++, name++)
		if (*id != (*name == '-' ? '_' : toupper((unsigned char)*name)))
			return false;
	return !*id && !*name;
}

static const struct {
	const char *old;
	enum action act;
} aliases[] = {
#define A(old, id) {#old, ACT_##id},
	TUI_ACTION_ALIASES(A)
#undef A
};

enum action keys_action_by_name(const char *name)
{
	for (size_t i = 0; i < keys_count; i++)
		if (names_id(keys_table[i].name, name))
			return keys_table[i].act;
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (names_id(aliases[i].old, name))
			return aliases[i].act;
	return ACT_NONE;
}

void keys_action_label(const struct action_info *a, char *buf, size_t size)
{
	char one[32];
	size_t k, len = 0;

	buf[0] = '\0';
	for (k = 0; k < 3; k++) {
		if (!a->keys[k])
			continue;
		keys_label(a->keys[k], one, sizeof one);
		/* "Enter" from '\n' and '\r' is one key to a person. */
		if (strstr(buf, one)) {
			const char *hit = strstr(buf, one);
			size_t n = strlen(one);
			if ((hit == buf || hit[-1] == ' ') &&
			    (hit[n] == '\0' || hit[n] == ','))
				continue;
		}
		len += (size_t)snprintf(buf + len, len < size ? size - len : 0,
		                        "%s%s", len ? ", " : "", one);
		if (len >= size)
			break;
	}
	/* And what the user bound to it (the config file). */
	for (k = 0; k < user_count && len < size; k++) {
		if (user[k].act != a->act)
			continue;
		keys_label(user[k].key, one, sizeof one);
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		                        len ? ", " : "", one);
	}
}

int keys_read(WINDOW *w, wint_t *wch)
{
	char bytes[4];
	size_t n = 1, need;
	uint32_t cp;
	int c;

	if (!utf8_ascii())
		return wget_wch(w, wch);
	c = wgetch(w);
	if (c == ERR)
		return ERR;
	if (c >= KEY_MIN || c < 0x80) {
		*wch = (wint_t)c;
		return c >= KEY_MIN ? KEY_CODE_YES : OK;
	}
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
	if (!need)
		return ERR; /* a stray continuation byte */
	bytes[0] = (char)c;
	while (n < need) {
		/* The rest of a character comes with its first byte. */
		c = wgetch(w);
		if (c == ERR)
			return ERR;
		if (c < 0x80 || c > 0xBF) {
			ungetch(c); /* not part of it: the next key */
			return ERR;
		}
		bytes[n++] = (char)c;
	}
	if (!utf8_decode_valid(bytes, n, &cp))
		return ERR;
	*wch = (wint_t)cp;
	return OK;
}

void keys_define_terminal(void)
{
	/* tmux, screen and rxvt send Home and End as ESC [ 1 ~ and ESC [ 4 ~
	 * (rxvt: 7~ and 8~) whatever TERM says, and xterm's terminfo knows
	 * only ESC O H and ESC O F: without these the keys would arrive as
	 * ESC, '[', a digit and '~' (Esc closing the help, '[' picking a
	 * script). */
	static const struct {
		const char *seq;
		int key;
	} extra[] = {
		{"\033[1~", KEY_HOME},
		{"\033[4~", KEY_END},
		{"\033[7~", KEY_HOME},
		{"\033[8~", KEY_END},
		{"\033[H", KEY_HOME},
		{"\033[F", KEY_END},
		{"\033OH", KEY_HOME},
		{"\033OF", KEY_END},
		/* Shift-Up and Shift-Down (moving an offer) where the
	         * terminfo does not name them (screen's). */
		{"\033[1;2A", KEY_SR},
		{"\033[1;2B", KEY_SF},
		/* The cursor keys as a terminal out of keypad mode sends
		 * them (after a suspend, before ncurses has put it back):
		 * xterm's terminfo knows only ESC O A to ESC O D. */
		{"\033[A", KEY_UP},
		{"\033[B", KEY_DOWN},
		{"\033[C", KEY_RIGHT},
		{"\033[D", KEY_LEFT},
	};
	size_t i;

	for (i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].key);
}

bool keys_printable(int key)
{
	return !(key & 0x01000000) && utf8_cp_printable((uint32_t)key);
}

const char *keys_ctx_title(enum action_ctx ctx)
{
	switch (ctx) {
	case CTX_GLOBAL: return "Anywhere";
	case CTX_MOVE: return "Moving in a list or text";
	case CTX_GUIDES: return "Guide list";
	case CTX_PROMPT: return "Filter and search prompts";
	case CTX_FILE: return "Typing a file name (e, w)";
	case CTX_BANDS: return "Bands";
	case CTX_FORM: return "Offer form";
	case CTX_EDIT: return "Typing in a field or prompt";
	case CTX_SCRIPT: return "Script";
	case CTX_COUNTER: return "Counter and rounds";
	case CTX_ROUND_EDIT: return "Editing a round (Enter on a round)";
	case CTX_READER: return "Reader";
	case CTX_SEARCH: return "Searching the reader or a window";
	case CTX_OVERLAY:
		return "Windows over the panes: help, sources, offers side by "
		       "side, skipped files";
	case CTX_CONFIRM: return "A question (yes or no)";
	case CTX_UNSAVED: return "Quitting with work that could not be saved";
	case CTX_NONE:
	case CTX_COUNT: break;
	}
	return "";
}

const char *keys_mouse_help(void)
{
	return "Mouse: a click on a guide shows it (a second click opens "
	       "it), on a band row moves the cursor there (a second click "
	       "picks "
	       "that region for the offer), on a field of the "
	       "form puts the cursor there (on a box or an arrow, switches "
	       "it); the wheel scrolls the pane under the pointer; a click "
	       "closes a window over the panes.";
}

/* roff needs backslashes doubled and a leading dot or quote escaped. */
static void roff_put(FILE *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", out);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

void keys_walk(void (*fn)(void *arg, enum action_ctx ctx,
                          const struct action_info *a),
               void *arg)
{
	int ctx;
	size_t i;

	for (ctx = CTX_GLOBAL; ctx < CTX_COUNT; ctx++) {
		bool any = false;
		for (i = 0; i < keys_count; i++) {
			if (keys_table[i].ctx != (enum action_ctx)ctx)
				continue;
			if (!any)
				fn(arg, (enum action_ctx)ctx, NULL);
			any = true;
			fn(arg, (enum action_ctx)ctx, &keys_table[i]);
		}
	}
}

struct print_ctx {
	FILE *out;
	bool roff, first;
};

static void print_one(void *arg, enum action_ctx ctx,
                      const struct action_info *a)
{
	struct print_ctx *pc = arg;
	char keys[96], name[48];

	if (!a) {
		if (pc->roff) {
			fputs(".SS ", pc->out);
			roff_put(pc->out, keys_ctx_title(ctx));
			fputc('\n', pc->out);
		} else {
			fprintf(pc->out, "%s%s\n", pc->first ? "" : "\n",
			        keys_ctx_title(ctx));
		}
		pc->first = false;
		return;
	}
	keys_action_label(a, keys, sizeof keys);
	keys_config_name(a, name, sizeof name);
	if (pc->roff) {
		fputs(".TP\n.B ", pc->out);
		roff_put(pc->out, keys);
		fputc('\n', pc->out);
		roff_put(pc->out, a->help);
		fputs(". [\\fI", pc->out);
		roff_put(pc->out, name);
		fputs("\\fP]\n", pc->out);
	} else {
		fprintf(pc->out, "  %-20s %s [%s]\n", keys, a->help, name);
	}
}

void keys_print(FILE *out, bool roff)
{
	struct print_ctx pc = {out, roff, true};

	keys_walk(print_one, &pc);
	if (roff) {
		fputs(".PP\nIn a form field or a prompt, printable keys type "
		      "text; the keys above that are letters then act only "
		      "outside it.\n.PP\n",
		      out);
		roff_put(out, keys_mouse_help());
		fputc('\n', out);
	} else {
		fputs("\nIn a form field or a prompt, printable keys type "
		      "text; "
		      "letter keys act only outside it.\n",
		      out);
		fprintf(out, "%s\n", keys_mouse_help());
	}
}
