#!/bin/sh
# End-to-end tests of the TUI: run the real binary in tmux, send keys,
# read the screen with capture-pane and check what a person would see.
# Usage: tests/tui/run.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen (polling), never
# for fixed times.
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
	echo "usage: $0 path/to/negotiator" >&2
	exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
	echo "tests/tui: tmux is not installed" >&2
	exit 2
fi
BIN=$1
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"

passed=0
failed=0
current=""

begin() {
	current=$1
}

ok() {
	passed=$((passed + 1))
	echo "ok - $current: $1"
}

bad() {
	failed=$((failed + 1))
	echo "FAIL - $current: $1"
	echo "---- screen ----"
	screen | sed 's/^/| /'
	echo "----------------"
}

# expect TEXT: TEXT appears on the screen.
expect() {
	if wait_for "$1"; then ok "shows '$1'"; else bad "expected '$1'"; fi
}

# expect_not TEXT: once the screen settles, TEXT is not on it.
expect_not() {
	settle
	if screen | grep -qF -- "$1"; then bad "did not expect '$1'"; else ok "no '$1'"; fi
}

# expect_not_in_list TEXT: TEXT is not in the guide list (left column).
expect_not_in_list() {
	settle
	if screen | sed 1d | cut -c1-28 | grep -qF -- "$1"; then
		bad "did not expect '$1' in the guide list"
	else
		ok "no '$1' in the guide list"
	fi
}

# expect_line A B: some line of the screen holds A and then B.
expect_line() {
	i=0
	while [ $i -lt 200 ]; do
		if screen | grep -F -- "$1" | grep -qF -- "$2"; then
			ok "a line with '$1' … '$2'"
			return
		fi
		sleep 0.05
		i=$((i + 1))
	done
	bad "expected a line with '$1' … '$2'"
}

# --- opening ---------------------------------------------------------------
begin "opens on the bundled guides at 120x40"
start 120 40 -- "$GUIDES"
expect "Guides"
expect "Hugging Face"
expect "ML/AI Engineer"
expect "Bands —"
expect "q quit"
expect_line "ML/AI Engineer" "stale"

begin "moving between guides"
keys g
settle
first=$(screen | sed -n '1p')
keys j
keys Enter
settle
second=$(screen | sed -n '1p')
if [ "$first" != "$second" ]; then ok "j then Enter opens another guide"; else bad "the header did not change"; fi
keys g k Enter
settle
if [ "$(screen | sed -n '1p')" = "$first" ]; then ok "k goes back"; else bad "k did not go back to the first guide"; fi

begin "filtering"
keys g /
type_text "tanuki"
expect "Tanuki Dynamics"
expect "Guides 1/"
expect_not_in_list "Brambleworks"
keys Escape
expect "Brambleworks"
expect "Hugging Face"
keys /
type_text "zurich"
expect "Brambleworks"
expect_not_in_list "Tanuki Dynamics"
keys Escape
keys /
type_text "nosuchguide"
expect "No guide matches"
keys Escape
expect "Hugging Face"

# --- the offer ---------------------------------------------------------------
begin "typing an offer shows totals, gaps, premium and script"
open_hf
enter_paris_offer
expect "€235K/yr"
expect "€940K"
expect_line "Ask" "€115K +€15K"
expect_line "Ask" "€245K +€175K"
expect_line "Floor" "€95K +€35K"
expect_line "Floor" "€195K +€225K"
expect "€162K–€344"
expect "Competing Offer Framing (Paris)"
expect "€420K"

begin "changing the offer moves the gaps on the same screen"
keys Up C-u
type_text "100k"
expect_line "Ask" "€115K -€15K"
expect_line "Floor" "€95K +€5K"
expect "€205K/yr"

begin "a value the form cannot read"
keys C-u
type_text "12x4"
expect "✗"
expect "12x4"
keys BSpace BSpace BSpace
type_text "30k"
expect "€130K above band"
expect_not "✗"

begin "switching region changes band, target and script"
keys Escape   # leave the form; focus goes to Bands
keys j
expect_line "Ask" "\$242K"
expect_line "Floor" "\$205K"
expect "\$195K–\$248K"
expect "Competing Offer Framing (NYC)"
expect "Offer — New York"
keys j
expect "Offer — Remote Global"
expect "No figures for this region"
keys k k
expect "Offer — Paris"

begin "Left and Right pick the region on the form's region field"
keys o
keys Up Up Up Up Up Up    # to the top field: region
keys Right
expect "Offer — New York"
keys Left
expect "Offer — Paris"
keys Escape

begin "scripts cycle with ] and [, Enter returns to the fitting one"
keys s
settle
before=$(screen | grep -o 'Script [0-9]*/[0-9]*')
keys "]"
expect "picked; Enter: fitting"
after=$(screen | grep -o 'Script [0-9]*/[0-9]*')
if [ -n "$before" ] && [ "$before" != "$after" ]; then ok "] shows another script ($before → $after)"; else bad "] did not change the script ($before → $after)"; fi
keys "["
expect "$before"
keys Enter
expect "fits your offer"
expect "Competing Offer Framing (Paris)"
keys b

begin "premium on and off"
keys p
expect "agentic premium claimed"
keys p
expect "agentic premium not claimed"

# --- reader, help, skipped -----------------------------------------------------
begin "the reader"
keys r
expect "Reader —"
expect "┌"
expect "│ Paris"
keys /
type_text "evidence"
keys Enter
expect "Evidence & Sources"
expect "n next"
keys Escape
expect "Offer —"
expect_not "Reader —"

begin "help overlay"
keys "?"
expect "Keys — Esc closes"
expect "Next pane"
keys NPage
expect "Offer form"
keys Escape
expect_not "Keys — Esc closes"

begin "mouse clicks focus panes and pick rows"
keys Escape g Escape    # out of the form; clear the filter
expect "Guides 4/4"
click 10 4      # the first guide row (Brambleworks)
click 10 4      # a click on the picked row opens it
expect "Bands — Brambleworks"
click 40 5      # the second region row: Zurich
expect "Offer — Zurich"
click 10 6      # Hugging Face's row: pick, then open
click 10 6
expect "Bands — Hugging Face"
click 40 4      # back to Paris
expect "Offer — Paris"
click 36 11     # the Base field of the form
keys C-u
type_text "140k"
expect "€140K above band"
keys C-u
type_text "130k"
expect "€130K above band"

# --- resize ------------------------------------------------------------------------
begin "resize to 60x20 and back"
$T resize-window -t main -x 60 -y 20
expect "Bands —"
expect "Offer —"
expect_not "too small"
$T resize-window -t main -x 120 -y 40
expect "Guides"
expect "€235K/yr"
expect "Competing Offer Framing (Paris)"

begin "tiny 10x4 terminal"
$T resize-window -t main -x 10 -y 4
expect "Too small"
$T resize-window -t main -x 120 -y 40
expect "Guides"
expect "Bands —"

begin "a burst of resizes"
for size in 30x8 200x60 10x4 81x25 51x14 49x13 120x40 60x20 120x40; do
	$T resize-window -t main -x "${size%x*}" -y "${size#*x}"
done
expect "Guides"
expect "€130K above band"

begin "q quits and restores the terminal"
keys q
expect "130kq"    # in a form field, q is typed ...
keys BSpace Escape q    # ... and quits once out of it
expect "negotiator exited rc=0 tty=[icanon echo ]"

# --- 80x24: the whole answer on one screen ---------------------------------------------
begin "80x24 shows the whole answer on one screen"
start 80 24 -- "$GUIDES"
expect "Guides"
open_hf
enter_paris_offer
expect "€235K/yr"
expect "€940K"
expect_line "Ask" "€115K +€15K"
expect_line "Ask" "€245K +€175K"
expect_line "Floor" "€95K +€35K"
expect_line "Floor" "€195K +€225K"
expect "€162K–€344"
expect "Competing Offer Framing (Paris"

# --- skipped files, colours ------------------------------------------------------
begin "skipped files are counted and explained"
mkdir -p "$TMP/lib"
cp "$GUIDES"/*.md "$TMP/lib/"
printf -- '---\ncompany: [unclosed\n' >"$TMP/lib/broken.md"
start 120 40 -- "$TMP/lib"
expect "1 file skipped — ! shows why"
keys "!"
expect "Skipped files"
expect "broken.md"
keys Escape
expect_not "Skipped files"

begin "colour, and NO_COLOR"
start 120 40 -- "$GUIDES"
wait_for "Guides" >/dev/null
settle
if $T capture-pane -e -p -t main | grep -qE '\[(3[0-7]|4[0-7]|38;5;[0-9]+)m|;3[0-7]m|;4[0-7]m'; then
	ok "colours are used"
else
	bad "no colour codes on a colour terminal"
fi
start 120 40 NO_COLOR=1 -- "$GUIDES"
wait_for "Guides" >/dev/null
settle
if $T capture-pane -e -p -t main | grep -qE '\[(3[0-7]|4[0-7]|38;5;[0-9]+)m|;3[0-7]m|;4[0-7]m'; then
	bad "colour codes with NO_COLOR set"
else
	ok "NO_COLOR: no colour codes"
fi
if $T capture-pane -e -p -t main | grep -qE '\[7m|;7m'; then
	ok "NO_COLOR: reverse video marks the focus"
else
	bad "NO_COLOR: no reverse video"
fi

# --- signals ---------------------------------------------------------------------------
begin "SIGTERM restores the terminal"
start 120 40 -- "$GUIDES"
wait_for "Guides" >/dev/null
pid=$(cat "$TMP/pid")
kill -TERM "$pid"
expect "negotiator exited rc=143 tty=[icanon echo ]"
if kill -0 "$pid" 2>/dev/null; then bad "process $pid still running"; else ok "process is gone"; fi

begin "Ctrl-C restores the terminal"
start 120 40 -- "$GUIDES"
wait_for "Guides" >/dev/null
keys C-c
expect "negotiator exited rc=130 tty=[icanon echo ]"

begin "no guides at all"
mkdir -p "$TMP/empty"
start 80 24 -- "$TMP/empty"
expect "No guides found"
keys q
expect "negotiator exited rc=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
