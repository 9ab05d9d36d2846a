#!/bin/sh
# Screenshots of the TUI for the README: tmux capture-pane -e → aha →
# headless Chromium.  Usage: tests/tui/screenshots.sh BIN.  Writes
# screenshots/main.png (an offer entered: its gaps and gauges, a script
# with its placeholders answered, the counter), counter.png (the counter
# to make, its arithmetic and the rounds, with the focus), offers.png
# (three offers side by side, v, with the counter as a column),
# reader.png, help.png and company.png (the company's offer alone: no
# competing offer, another guide, region and currency).
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
	echo "usage: $0 path/to/negotiator" >&2
	exit 2
fi
for tool in tmux aha chromium; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "screenshots: $tool is not installed" >&2
		exit 2
	fi
done
BIN=$1
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
OUT="$ROOT/screenshots"
mkdir -p "$OUT"
COLS=120
ROWS=40
# Cell size in CSS pixels for the font below; the window fits the grid.
CW=9
CH=18
WIN_W=$((COLS * CW + 24))
WIN_H=$((ROWS * CH + 24))

shot() {
	name=$1
	settle || true
	$T capture-pane -e -p -N -t main >"$TMP/$name.ans"
	aha --black --title "negotiator" <"$TMP/$name.ans" |
		sed "s|</head>|<style>body{margin:12px;background:#000;color:#ddd}pre{font-family:'DejaVu Sans Mono','Liberation Mono',monospace;font-size:15px;line-height:${CH}px;margin:0}</style></head>|" \
			>"$TMP/$name.html"
	profile=$(mktemp -d)
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--user-data-dir="$profile" --hide-scrollbars \
		--screenshot="$OUT/$name.png" --window-size="$WIN_W,$WIN_H" \
		"file://$TMP/$name.html" >/dev/null 2>&1
	rm -rf "$profile"
	if [ -s "$OUT/$name.png" ]; then
		echo "screenshots: wrote screenshots/$name.png"
	else
		echo "screenshots: chromium made no $name.png" >&2
		exit 1
	fi
}

# A terminal type without back-colour-erase: ncurses then writes every
# coloured blank, and capture-pane keeps the bars' colour to the edge.
start "$COLS" "$ROWS" TERM=screen-256color -- "$GUIDES"
wait_for "Guides" >/dev/null || { echo "screenshots: the TUI did not start" >&2; exit 1; }
open_hf
keys g Escape b    # clear the filter so the list shows every guide
# Two named competing offers, typed once each ...
keys Enter Up Up
type_text "Google Paris"
keys Down Down
type_text "130k"
keys Down
type_text "105k"
keys C-t
keys C-n
type_text "Mistral"
keys Down Down
type_text "125k"
keys Down
type_text "200k"
# ... the company's own offer, kept as a round of the negotiation ...
keys ">"
wait_for "the company's offer" >/dev/null
type_text "100k"
keys Down
type_text "180k"
keys Escape c C
wait_for "Round 1 recorded" >/dev/null
# ... the form back on the best competing offer, the script using it ...
keys o "<" "<"
wait_for "€940K" >/dev/null
# ... and a script whose placeholders are answered, to show them filled.
keys Escape s "]" "]"
wait_for "Transformers Contributor Premium" >/dev/null
keys a
wait_for "Answer 1 of 2" >/dev/null
type_text "14"
keys Enter
wait_for "Answer 2 of 2" >/dev/null
type_text "the Llama tokenizer port"
keys Enter
wait_for "the script is filled in" >/dev/null
shot main

keys c
wait_for "Counter to make" >/dev/null
keys M    # my counter, recorded as a round too
wait_for "Round 2 recorded" >/dev/null
keys Home    # the pane from its top: the counter, not the rounds it followed
wait_for "Counter to make" >/dev/null
shot counter

keys v    # every offer side by side with the ask and the floor
wait_for "Offers side by side (EUR) — q or Esc closes" >/dev/null
shot offers
keys Escape

keys r
wait_for "Reader —" >/dev/null
keys /
type_text "levers"
keys Enter
wait_for "n next" >/dev/null
shot reader

keys Escape
wait_for "Counter to make" >/dev/null
keys F1
wait_for "Keys — q or Esc closes" >/dev/null
keys Home    # it opens at the focus's keys: the list from its top
wait_for "Anywhere" >/dev/null
shot help

# The company's offer alone, in another guide, region and currency: the
# counter is the guide's ask raised to the offer where it is higher.
keys Escape
wait_for "Counter to make" >/dev/null
keys g /
keys C-u
type_text "tanuki"
keys Enter
wait_for "Bands — Tanuki Dynamics" >/dev/null
keys Enter ">"
wait_for "the company's offer" >/dev/null
type_text "16m"
keys Down
type_text "22m"
keys Escape c
wait_for "Counter to make — Tokyo" >/dev/null
wait_for "raised to the company's" >/dev/null
shot company
