#!/bin/sh
# End-to-end tests of the keys as tig, less and lazygit users expect them
# (issue 19): the panes follow the list's cursor, q and Esc close a
# window, the help opens at the focus's keys and pages and searches,
# letters on the Region row pick a region, Tab goes through the panes
# from the form, searches say "3 of 12", the list's dot shows with the
# first save, a prompt survives a resize, file names complete with Tab.
# Usage: tests/tui/keys.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen, never for time.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

# wait_box_change OLD: poll until the window's lines are not OLD, then
# until the screen is still (not a window drawn in part).
wait_box_change() {
	i=0
	while [ $i -lt $TRIES ] && [ "$(box_lines)" = "$1" ]; do
		sleep 0.05
		i=$((i + 1))
	done
	settle
}

# expect_box_first TEXT: the window's first line of text holds TEXT.
expect_box_first() {
	i=0
	while [ $i -lt $TRIES ]; do
		case $(box_lines | sed -n 1p) in
		*"$1"*) ok "the window opens at '$1'"; return ;;
		esac
		sleep 0.05
		i=$((i + 1))
	done
	bad "expected the window's first line to hold '$1'"
}

# --- the panes follow the list's cursor ----------------------------------------
begin "moving in the list shows the guide under the cursor; Enter moves the keys"
start 120 40 -- "$GUIDES"
expect "Bands — Brambleworks"
expect "Enter open"    # the list has the keys
keys j
expect "Bands — Hugging Face"
expect_line "Ask" "€115K base"    # the ask, read from its body
expect "Enter open"                # the list keeps the keys
keys j
expect "Bands — Quokka Ledger"
keys k k    # a run of keys: the guide where it rests
expect "Bands — Brambleworks"
keys j "?"    # a window opened before the keys rested ...
expect "q or Esc closes"
keys q        # ... and the guide shows once it is closed
expect "Bands — Hugging Face"
keys k
expect "Bands — Brambleworks"
expect_line "▸ Staff Software" "sample"
keys Enter
expect "Enter offer"    # the bands have the keys now

# --- the dot of a saved negotiation ---------------------------------------------
begin "the list's dot shows with the first keystroke saved, from a first run on"
expect_not_in_list "●"
keys o
type_text "9"    # one key, and no other after it
expect_line "Staff Software" "●"
keys BSpace

# --- the Region row ----------------------------------------------------------------
begin "letters on the Region row pick a region by name, and fire no global key"
keys Up Up Up Up Up Up Up Up Up Down    # the Region row
expect "▸Region"
type_text "zur"
expect "Offer — Zurich"
type_text "ge"    # g: the guide list; e: the export prompt - neither
expect "no region \"zurge\""
expect_not "Write the negotiation"
expect "Down next field"    # the form still has the keys
keys BSpace BSpace BSpace BSpace BSpace
type_text "Lon"
expect "Offer — London"
expect_line "◂ London ▸" "\"Lon\""
keys Down Down Down Down Down    # the premium box
expect "▸Premium"
type_text "g"
expect "Space switches this field"
expect "▸Premium"    # still there

# --- Tab and S-Tab ------------------------------------------------------------------
begin "Tab and S-Tab go through the panes from the form too"
keys Tab
expect "y copy"    # the script has the keys
keys BTab
expect "Down next field"    # back in the form
expect_line "Down next field" "? help"    # ? is the help even in a field
keys Tab Tab Tab
expect "Enter open"    # script, counter, then round to the list
keys BTab BTab BTab
expect "Down next field"

# --- windows over the panes ----------------------------------------------------------
begin "q and Esc close the help, the sources, the offers and the skipped files"
keys Escape    # out of the form
expect "Enter offer"
for k in "?" i v "!"; do
	keys "$k"
	expect "q or Esc closes"
	keys q
	expect_not "q or Esc closes"
	keys "$k"
	expect "q or Esc closes"
	keys Escape
	expect_not "q or Esc closes"
done
expect_not "negotiator exited"    # q closed windows, never quit

begin "? opens the help at the keys of the pane in focus"
keys o "?"    # from the form
expect_box_first "Offer form"
keys q Escape g "?"    # out of the form (on its premium box, g is no key)
expect_box_first "Guide list"
keys q s "?"
expect_box_first "Script"
keys q

begin "Space and PgDn move the help a whole page"
keys g "?"
expect_box_first "Guide list"
settle
before=$(box_lines)
last=$(printf '%s\n' "$before" | grep . | tail -1)
keys Space
wait_box_change "$before"
after=$(box_lines)
if printf '%s\n' "$after" | grep -qxF -- "$last"; then
	bad "the line last shown ('$last') is still shown: less than a page"
else
	ok "Space moved past the whole page"
fi
keys NPage
wait_box_change "$after"
if [ "$(box_lines)" != "$after" ]; then ok "PgDn moved on"; else bad "PgDn did not move"; fi
keys q

begin "/ searches in the help"
keys "?" /
type_text "redo"
keys Enter
expect_box_first "Redo what was undone"
expect "1 of 1"
keys n
expect "1 of 1, wrapped to the top"
keys /
type_text "mouse"
keys Enter
expect_box "Mouse: a click on a guide"    # near the end: the last page
keys / Up    # the last query, one Up away
expect_line " /mouse" "─"
keys Escape q
expect_not "q or Esc closes"

# --- the list's filter -------------------------------------------------------------------
begin "/ in the list starts an empty filter; Up brings back the last one"
keys g /
type_text "tanuki"
keys Enter
expect "Bands — Tanuki Dynamics"
keys g
expect "Guides 1/4"    # the filter stays while it is not typed
keys /
expect "Guides 4/4"    # a new, empty query
keys Up
expect "Guides 1/4"
expect_line "/tanuki" "│"
keys Up    # with a query typed, Up moves in the list again
expect_line "/tanuki" "│"
keys Escape
expect "Guides 4/4"

# --- the reader's search ---------------------------------------------------------------
begin "the reader's search says where it is and when it wraps"
keys g /
type_text "hugging"
keys Enter r
expect "Reader —"
keys /
type_text "offer"
keys Enter
expect_line "/offer" "1 of "
total=$(screen | grep -o '1 of [0-9]*' | head -1 | cut -d' ' -f3)
if [ -n "$total" ] && [ "$total" -gt 2 ]; then ok "$total lines hold it"; else bad "expected more than two matches, saw '$total'"; fi
keys n
expect "2 of $total"
keys N N
expect "$total of $total, wrapped to the bottom"
keys /
expect "Esc cancel"
expect_not "2 of $total"    # an empty query
keys Up
expect_line "/offer" "│"
keys Escape Escape

# --- prompts and resizes ------------------------------------------------------------
begin "the export prompt is whole after a resize to 70x20"
keys e
expect "Write the negotiation (Markdown) to:"
resize 70 20
expect "Write the negotiation (Markdown) to:"
settle
if screen | grep -q '›[^ ]'; then bad "a stray letter between › and the name"; else ok "nothing stray before the name"; fi
resize 120 40
expect "Write the negotiation (Markdown) to:"

begin "Tab and S-Tab go on through the panes from a prompt"
keys BTab
expect "Down next field"    # the form: the prompt ended
expect_not "Write the negotiation (Markdown) to:"
keys Escape s a
expect "Answer 1 of"
expect "F1 help  Tab pane"
keys Tab
expect_not "Answer 1 of"
expect_not "Esc cancel"
keys Escape e
expect "Write the negotiation (Markdown) to:"

begin "Tab completes a file name in the export prompt"
mkdir -p "$TMP/xdg/out"
: >"$TMP/xdg/out/alpha-notes.md"
: >"$TMP/xdg/out/alpha-plan.md"
keys C-u
type_text "~/ou"
keys Tab
expect_line "›" "~/out/"
type_text "al"
keys Tab
expect "2 fit: alpha-notes.md  alpha-plan.md"
expect_line "›" "~/out/alpha-"
type_text "x.md"
keys Enter
expect "Wrote the negotiation to"
expect_file "$TMP/xdg/out/alpha-x.md" "Hugging Face"
keys q
expect "negotiator exited rc=0"

# --- a figure read but doubtful ----------------------------------------------------
begin "the sources window shows a doubtful figure with its line, as show does"
start 120 40 -- tests/fixtures/reader/wren-forge--platform-engineer.md
expect "Bands — wren-forge"
keys i
expect "Read, doubtful — New York"
expect "floor \$15K base: read, doubtful (line 20), not used"
expect "line 20: \"Accept no lower than \$15K base.\""
keys q
expect_not "q or Esc closes"
keys q
expect "negotiator exited rc=0"

# --- the cursor keys from the first frame on ----------------------------------------
begin "the cursor keys work from the first frame on, as either of a terminal's modes sends them"
# ncurses' endwin() before the first frame (src/tui/tui.c) took the
# terminal out of keypad mode, and it came back only when the program
# first waited for a key: a Down typed as the first frame showed came as
# ESC [ B and was read as Escape, '[' and 'B'.  The frame's output sets
# the mode before it draws (read in a pty: tests/bench/ptydrive.py), and
# the keys as a terminal out of keypad mode sends them are read too.
# shellcheck disable=SC2086
res=$(env ${TUI_TEST_ENV:-} HOME="$TMP/xdg" XDG_CONFIG_HOME="$TMP/xdg/config" \
	XDG_DATA_HOME="$TMP/xdg/data" NEGOTIATOR_TODAY=2026-11-26 \
	"$PYTHON" "$ROOT/tests/bench/ptydrive.py" start --text Guides -- "$BIN" "$GUIDES")
case $res in
*'"cursor_keys_at_text": "application"'*) ok "keypad mode is set before the first frame is drawn" ;;
*) bad "the first frame was drawn with the cursor keys out of keypad mode: $res" ;;
esac
start 120 40 -- "$GUIDES"
open_hf
keys Enter
expect "competing offer 1 of 1"
type_text "130k"
keys -l "$(printf '\033[B')"    # Down, out of keypad mode
type_text "105k"
keys C-t
expect "€940K guaranteed"
keys -l "$(printf '\033[A')"    # Up: back on Base
keys BSpace BSpace
type_text "5k"
expect_line "Base" "135k"
expect_line "Equity" "105k"
keys Escape q
expect "negotiator exited rc=0"

# --- an empty library ---------------------------------------------------------------
begin "the empty library's hint is whole at 80 columns and at 60"
mkdir -p "$TMP/none"
start 80 24 -- "$TMP/none"
expect "No guides found."
expect "NEGOTIATOR_GUIDES"
expect "to every start."
keys q
start 60 20 -- "$TMP/none"
expect "NEGOTIATOR_GUIDES"
expect "start."
keys q
expect "negotiator exited rc=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
