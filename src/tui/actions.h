/* actions.h - every action the TUI knows, its keys and its help text.
 *
 * One list feeds the key lookup, the help overlay, the status line and
 * `negotiator keys`, so they cannot disagree.  Include after <curses.h>
 * (function keys are named by their KEY_ codes).
 *
 * X(id, context, status word or NULL, help, key, key, key)
 * Keys: a character, TK_CTRL('x'), or TK_FN(KEY_...); 0 for none.
 * Within a context the first action that lists a key wins.
 */
#ifndef NEGOTIATOR_TUI_ACTIONS_H
#define NEGOTIATOR_TUI_ACTIONS_H

#define TK_FN(k) (0x01000000 | (k))
#define TK_CTRL(c) ((c)&0x1f)
#define TK_ESC 27
#define TK_TAB '\t'

/* clang-format off */
#define TUI_ACTIONS(X) \
	X(QUIT, CTX_GLOBAL, "quit", "Quit (in a window over the panes, q closes it)", 'q', 0, 0) \
	X(HELP, CTX_GLOBAL, "help", "Show the help: every key, from those of the pane in focus", '?', TK_FN(KEY_F(1)), 0) \
	X(SKIPPED, CTX_GLOBAL, NULL, "Show the files that were skipped, and why", '!', 0, 0) \
	X(NEXT_PANE, CTX_GLOBAL, "pane", "Next pane, in one cycle (the form too)", TK_TAB, 0, 0) \
	X(PREV_PANE, CTX_GLOBAL, NULL, "Previous pane, in the same cycle", TK_FN(KEY_BTAB), 0, 0) \
	X(FOCUS_GUIDES, CTX_GLOBAL, NULL, "Go to the guide list", 'g', 0, 0) \
	X(FOCUS_BANDS, CTX_GLOBAL, NULL, "Go to the bands of the open guide", 'b', 0, 0) \
	X(FOCUS_OFFER, CTX_GLOBAL, "offer", "Go to the offer form", 'o', 0, 0) \
	X(FOCUS_SCRIPT, CTX_GLOBAL, NULL, "Go to the script (in the counter's place)", 's', 0, 0) \
	X(FOCUS_COUNTER, CTX_GLOBAL, "counter", "Go to the counter: what to ask, why, and the rounds", 'c', 0, 0) \
	X(READER, CTX_GLOBAL, "read", "Read the whole guide: open or close the reader", 'r', 0, 0) \
	X(NEXT_SCRIPT, CTX_GLOBAL, NULL, "Show the next script of the guide", ']', 0, 0) \
	X(PREV_SCRIPT, CTX_GLOBAL, NULL, "Show the previous script of the guide", '[', 0, 0) \
	X(PREMIUM, CTX_GLOBAL, NULL, "Claim the guide's premium (its name as the guide writes it) on or off", 'p', 0, 0) \
	X(SOURCES, CTX_GLOBAL, "sources", "Show the sources of the ask, floor and counter: each figure's line and sentence", 'i', 0, 0) \
	X(EQUITY_UNIT, CTX_GLOBAL, NULL, "Enter equity as the four-year grant or per year", 'E', 0, 0) \
	X(OFFERS, CTX_GLOBAL, "offers", "The offers side by side, with the ask and the floor", 'v', 0, 0) \
	X(SUMMARY, CTX_GLOBAL, "export", "Export the whole negotiation to a Markdown file", 'e', 0, 0) \
	X(UNDO, CTX_GLOBAL, "undo", "Undo the last change of the offers or the rounds", 'u', 0, 0) \
	X(REDO, CTX_GLOBAL, NULL, "Redo what was undone", TK_CTRL('r'), 'U', 0) \
	X(REDRAW, CTX_GLOBAL, NULL, "Redraw the screen", TK_CTRL('l'), 0, 0) \
	X(RELOAD, CTX_GLOBAL, NULL, "Read the guides, the rates and the config file again, keeping the open negotiation", 'R', 0, 0) \
	X(UP, CTX_MOVE, NULL, "Up one line", TK_FN(KEY_UP), 'k', 0) \
	X(DOWN, CTX_MOVE, NULL, "Down one line", TK_FN(KEY_DOWN), 'j', 0) \
	X(PAGE_UP, CTX_MOVE, NULL, "Up one page", TK_FN(KEY_PPAGE), TK_CTRL('b'), 0) \
	X(PAGE_DOWN, CTX_MOVE, NULL, "Down one page", TK_FN(KEY_NPAGE), TK_CTRL('f'), ' ') \
	X(TOP, CTX_MOVE, NULL, "To the top", TK_FN(KEY_HOME), 0, 0) \
	X(BOTTOM, CTX_MOVE, NULL, "To the bottom", TK_FN(KEY_END), 'G', 0) \
	X(FILTER, CTX_GUIDES, "filter", "Filter by company, role or region as you type (an empty query; Up there brings back the last one)", '/', 0, 0) \
	X(OPEN, CTX_GUIDES, "open", "Open the guide under the cursor for typing (moving the cursor shows each guide at once)", '\n', '\r', TK_FN(KEY_ENTER)) \
	X(CLEAR_FILTER, CTX_GUIDES, NULL, "Clear the filter", TK_ESC, 0, 0) \
	X(PROMPT_ACCEPT, CTX_PROMPT, "done", "Done: filter: open; search: find; answer: save; file: write; a round's field: the next one, and on the last the round is saved", '\n', '\r', TK_FN(KEY_ENTER)) \
	X(PROMPT_CANCEL, CTX_PROMPT, "cancel", "Cancel: filter: clear; search, answers, file name: stop; a round's edit: stop, the round as it was", TK_ESC, 0, 0) \
	X(PROMPT_COMPLETE, CTX_FILE, "complete", "Complete the file's path (pressed again: the choices)", TK_TAB, 0, 0) \
	X(EDIT_REGION, CTX_BANDS, "offer", "Enter an offer for the region under the cursor", '\n', '\r', TK_FN(KEY_ENTER)) \
	X(FIELD_NEXT, CTX_FORM, "next field", "Next field, from the offer's name down to value %", TK_FN(KEY_DOWN), 0, 0) \
	X(FIELD_PREV, CTX_FORM, NULL, "Previous field", TK_FN(KEY_UP), 0, 0) \
	X(REGION_PREV, CTX_FORM, NULL, "On the region field: previous region (letters typed there pick one by name: Lon for London)", TK_FN(KEY_LEFT), 0, 0) \
	X(REGION_NEXT, CTX_FORM, NULL, "On the region field: next region", TK_FN(KEY_RIGHT), 0, 0) \
	X(FIELD_TOGGLE, CTX_FORM, NULL, "On the premium or private field: switch it on or off", ' ', '\n', '\r') \
	X(FORM_UNIT, CTX_FORM, "4y/yr", "4y/yr: equity as the four-year grant or per year", TK_CTRL('t'), 0, 0) \
	X(OFFER_NEXT, CTX_FORM, "next offer", "Next offer: the competing ones, then the company's", '>', 0, 0) \
	X(OFFER_PREV, CTX_FORM, NULL, "Previous offer of the negotiation", '<', 0, 0) \
	X(OFFER_NEW, CTX_FORM, "new offer", "A new offer, a competing one (name it on the Offer line)", TK_CTRL('n'), 0, 0) \
	X(OFFER_DELETE, CTX_FORM, "delete", "Delete the offer shown, its place too (u brings it back)", TK_CTRL('x'), 0, 0) \
	X(OFFER_DUPLICATE, CTX_FORM, NULL, "Duplicate the offer shown: a competing copy right after it, shown", TK_CTRL('o'), 0, 0) \
	X(OFFER_UP, CTX_FORM, NULL, "Move the competing offer shown one place up (before the one above it)", TK_FN(KEY_SR), 0, 0) \
	X(OFFER_DOWN, CTX_FORM, NULL, "Move the competing offer shown one place down", TK_FN(KEY_SF), 0, 0) \
	X(OFFER_RENAME, CTX_FORM, NULL, "Rename the offer shown: to its name, on the Offer line", TK_FN(KEY_F(2)), 0, 0) \
	X(FORM_LEAVE, CTX_FORM, "leave", "Leave the form", TK_ESC, 0, 0) \
	X(EDIT_LEFT, CTX_EDIT, NULL, "Cursor left", TK_FN(KEY_LEFT), 0, 0) \
	X(EDIT_RIGHT, CTX_EDIT, NULL, "Cursor right", TK_FN(KEY_RIGHT), 0, 0) \
	X(EDIT_HOME, CTX_EDIT, NULL, "Cursor to the start", TK_FN(KEY_HOME), TK_CTRL('a'), 0) \
	X(EDIT_END, CTX_EDIT, NULL, "Cursor to the end", TK_FN(KEY_END), TK_CTRL('e'), 0) \
	X(EDIT_BACKSPACE, CTX_EDIT, NULL, "Delete the character before the cursor", TK_FN(KEY_BACKSPACE), 127, 8) \
	X(EDIT_DELETE, CTX_EDIT, NULL, "Delete the character under the cursor", TK_FN(KEY_DC), TK_CTRL('d'), 0) \
	X(EDIT_KILL_END, CTX_EDIT, NULL, "Delete to the end", TK_CTRL('k'), 0, 0) \
	X(EDIT_KILL_START, CTX_EDIT, NULL, "Delete to the start", TK_CTRL('u'), 0, 0) \
	X(EDIT_KILL_WORD, CTX_EDIT, NULL, "Delete the word before the cursor", TK_CTRL('w'), 0, 0) \
	X(SCRIPT_FIT, CTX_SCRIPT, "fitting", "Back to the script fitting the offer", '\n', '\r', TK_FN(KEY_ENTER)) \
	X(ANSWER, CTX_SCRIPT, "answer", "Answer the script's [placeholders], one at a time", 'a', 0, 0) \
	X(COPY, CTX_SCRIPT, "copy", "Copy the filled-in script: wl-copy, xclip, xsel or pbcopy where there is one, else OSC 52", 'y', 0, 0) \
	X(WRITE, CTX_SCRIPT, "write", "Write the filled-in script to a file", 'w', 0, 0) \
	X(ROUND_COMPANY, CTX_COUNTER, "company's", "Record the company's offer (typed in the form) as its round", 'C', 0, 0) \
	X(ROUND_ME, CTX_COUNTER, "mine", "Record the counter to make as mine, my round", 'M', 0, 0) \
	X(COUNTER_AGAINST, CTX_COUNTER, "answer", "Answer the next competing offer with the counter (then the best again)", 'x', 0, 0) \
	X(ROUND_ACCEPT, CTX_COUNTER, "accept", "Mark the round accepted or not (asks first below the floor)", 'a', 0, 0) \
	X(ROUND_EDIT, CTX_COUNTER, "edit", "Edit the selected round: its figures, its date and a note (\"verbal, by phone\")", '\n', '\r', TK_FN(KEY_ENTER)) \
	X(ROUND_DELETE, CTX_COUNTER, "delete", "Delete the selected round (asks first)", 'd', TK_FN(KEY_DC), 0) \
	X(COUNTER_COPY, CTX_COUNTER, "copy", "Copy the counter to make with its arithmetic: wl-copy, xclip, xsel or pbcopy where there is one, else OSC 52", 'y', 0, 0) \
	X(ROUND_FIELD_NEXT, CTX_ROUND_EDIT, "next field", "The round's next field (what is typed stays)", TK_FN(KEY_DOWN), 0, 0) \
	X(ROUND_FIELD_PREV, CTX_ROUND_EDIT, NULL, "The round's previous field", TK_FN(KEY_UP), 0, 0) \
	X(SEARCH, CTX_SEARCH, "search", "Search: an empty query (Up there brings back the last one)", '/', 0, 0) \
	X(SEARCH_NEXT, CTX_SEARCH, NULL, "Next match (\"3 of 12\"; it says when it wraps)", 'n', 0, 0) \
	X(SEARCH_PREV, CTX_SEARCH, NULL, "Previous match", 'N', 0, 0) \
	X(SEARCH_RECALL, CTX_SEARCH, NULL, "While typing a search or a filter, still empty: the last one again", TK_FN(KEY_UP), 0, 0) \
	X(READER_CLOSE, CTX_READER, "close", "Close the reader", TK_ESC, 0, 0) \
	X(OVERLAY_CLOSE, CTX_OVERLAY, "close", "Close the window (help, sources, offers, skipped files)", TK_ESC, 'q', '\r') \
	X(CONFIRM_YES, CTX_CONFIRM, "yes", "Yes, do it", 'y', 0, 0) \
	X(CONFIRM_NO, CTX_CONFIRM, "no", "No (any other key says no too)", 'n', TK_ESC, 0) \
	X(UNSAVED_RETRY, CTX_UNSAVED, "retry", "Retry the save, then quit", 'r', 0, 0) \
	X(UNSAVED_ELSEWHERE, CTX_UNSAVED, "elsewhere", "Save the negotiation elsewhere, to a file named then, and quit", 'e', 0, 0) \
	X(UNSAVED_QUIT, CTX_UNSAVED, "quit anyway", "Quit anyway: what is not saved is lost", 'Q', 0, 0) \
	X(UNSAVED_STAY, CTX_UNSAVED, "stay", "Stay (any other key stays too)", TK_ESC, 'n', 0)

/* Former names of actions, still taken by the config file's `bind`
 * lines (a user's config outlives a rename): A(old name, action). */
#define TUI_ACTION_ALIASES(A) \
	A(FORM_CLEAR, OFFER_DELETE)
/* clang-format on */

#endif
