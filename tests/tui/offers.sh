#!/bin/sh
# The negotiation as it runs (issue 11), in the real TUI under tmux:
# several named competing offers and the company's, typed once each in
# the form and kept; side by side (the counter pane and v); C records the
# company's offer without touching a competing one; x picks the offer the
# counter and the script answer; undo and redo; e and w write files and
# ask before writing over one; all of it saved and read back, and a
# first-version saved file still loads.  Usage: tests/tui/offers.sh BIN.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

OUT=$TMP/out
mkdir -p "$OUT"
STATE=$TMP/state
SAVED=$STATE/negotiator/hugging-face--ml-ai-engineer.state

# type_offer NAME BASE EQUITY_PER_YEAR: on a fresh offer, its name on
# the Offer row, then base and equity (C-t: a year).
type_offer() {
	keys Up Up Up Up Up Up Up Up Up    # to the top: the offer's name
	type_text "$1"
	keys Down Down    # past the region, to the base
	type_text "$2"
	keys Down
	type_text "$3"
	keys C-t
}

# company_offer_only W H: a fresh state, the TUI at W x H, the company's
# offer alone typed: €105K base, €150K equity (the cursor on Equity).
company_offer_only() {
	rm -rf "$STATE"
	start "$1" "$2" -- "$GUIDES"
	expect "Guides"
	open_hf
	keys Enter
	expect "competing offer 1 of 1"
	keys ">"
	expect "the company's offer"
	type_text "105k"
	keys Down
	type_text "150k"
}

# down_to TEXT...: in the pane with the keys, down a line at a time (60
# at most) until every TEXT is on the screen, each key answered first.
down_to() {
	n=0
	while [ $n -lt 60 ]; do
		all=1
		for want in "$@"; do
			screen | grep -qF -- "$want" || all=0
		done
		[ $all -eq 1 ] && return 0
		keys Down
		settle
		n=$((n + 1))
	done
}

begin "two named competing offers, typed once each"
start 120 40 -- "$GUIDES"
expect "Guides"
open_hf
keys Enter
expect "competing offer 1 of 1"
type_offer "Google Paris" 130k 105k
expect "€235K/yr"
keys C-n
expect "A new competing offer"
expect "competing offer 2 of 2"
expect "▸Offer"    # the new offer's name first
type_offer "Mistral" 125k 50k
expect "€175K/yr"
keys "<"
expect_line "Offer" "Google Paris"
expect_line "Base" "€130K above band"
keys ">"
expect_line "Offer" "Mistral"

begin "the company's offer is its own, after the competing ones"
keys ">"
expect "the company's offer"
expect "▸Base"    # the cursor goes where a figure is typed
type_text "100k"
keys Down
type_text "180k"
expect_line "Equity" "€180K/4y"

begin "side by side in the counter pane, below the counter"
keys Escape c
expect "Against Google Paris, the best"    # over four years (x: another)
# Under the counter and the gaps, above the rounds and the counter's
# arithmetic (issue 18: what grows as figures are typed goes last).
down_to "Offers side by side (EUR)" "The counter and the script answer"
expect "Offers side by side (EUR)"
expect_line "base" "€130K"
expect "The counter and the script answer"
keys G    # the foot of the pane: the counter's arithmetic
expect "How the counter is made"
expect "5. Counter over four years"
keys g c    # the pane from its top again (the guides, then back)

begin "side by side over the screen (v), as wide as the table"
keys v
expect "Offers side by side (EUR) — q or Esc closes"
expect_line "Google Paris" "Mistral"
expect_line "Mistral" "company"
expect_line "four-year total" "€940K"
expect_line "four-year total" "€700K"
expect_line "four-year total" "€580K"
expect_line "vs the floor" "+€91.3K"
expect_line "in the band" "above band"
keys Escape
expect_not "Esc closes"

begin "C records the company's offer, the competing ones stay"
keys C
expect "Round 1 recorded: the company's offer, €100K base · €180K equity (4y)."
expect_line "company €100K" "€180K"
keys v
expect_line "four-year total" "€940K"
expect_line "four-year total" "€700K"
keys Escape

begin "x makes the counter and the script answer another offer"
keys x
expect "The counter answers Mistral."
expect "Mistral has offered me"
expect_not "Google Paris has offered me"
keys x
expect "The counter answers Google Paris, the best over four years."
expect "Google Paris has offered me"
keys M
expect "Round 2 recorded: my counter, €130K base · €420K equity (4y)."
expect "Rounds (2)"

begin "undo and redo the rounds"
keys u
expect "Undone ("
expect "Rounds (1)"
keys C-r
expect "Redone ("
expect "Rounds (2)"

begin "undo brings back what a keystroke cleared"
keys o "<"    # from the company's offer back to Mistral
expect_line "Offer" "Mistral"
keys C-x
expect "competing offer"
keys Escape v
expect_not "Mistral"
keys Escape u
expect "Undone ("
keys v
expect_line "four-year total" "€700K"
keys Escape

begin "what is typed in one field is one change"
keys o Up Up Up Up Up Up Up Up Up Down Down Down Down Down    # sign-on
type_text "15k"
expect "yr1 €190K"
keys Escape u
expect "Undone ("
expect "yr1 €175K"
expect_not "€15K"
keys C-r
expect "yr1 €190K"

begin "undo survives leaving the guide and coming back"
keys u
expect "Undone ("
expect "yr1 €175K"
keys g Escape k Enter    # clear the filter; the guide above
expect "Bands — Brambleworks"
keys g j Enter
expect "Bands — Hugging Face"
keys C-r
expect "Redone ("
expect "yr1 €190K"

begin "e writes the negotiation as Markdown"
keys e
expect "Write the negotiation (Markdown) to:"
keys C-u
type_text "$OUT/negotiation.md"
keys Enter
expect "Wrote the negotiation to"
expect_file "$OUT/negotiation.md" "| four-year total | €940K | €715K | €580K | €717K | €575K |"
expect_file "$OUT/negotiation.md" "## The counter to make"
expect_file "$OUT/negotiation.md" "Google Paris has offered me"
expect_file "$OUT/negotiation.md" "company"

begin "e and w ask before writing over a file; a no keeps the name typed"
printf 'mine\n' >"$OUT/notes.md"
keys e C-u
type_text "$OUT/notes.md"
keys Enter
expect "Overwrite?"
expect "Write the negotiation over it?"
keys n
expect "Not written:"
expect "Write the negotiation (Markdown) to:"
expect "notes.md"
if [ "$(cat "$OUT/notes.md")" = mine ]; then ok "notes.md is as it was"; else bad "notes.md changed"; fi
keys Enter
expect "Overwrite?"
keys y
expect "Wrote the negotiation to"
expect_file "$OUT/notes.md" "## Offers side by side"
keys s w C-u
type_text "$OUT/notes.md"
keys Enter
expect "Write the script over it?"
keys y
expect "Wrote the script to"
expect_file "$OUT/notes.md" "Google Paris has offered me"

begin "quit and come back: every offer, the pick and the rounds"
keys q
expect "negotiator exited rc=0"
# A new offer's number is random (issue 20 F2), not the next free one.
if grep -qE "offer[1-9][0-9]*\.name	Mistral" "$SAVED" && ! grep -q "offer2\.name" "$SAVED"; then
	ok "Mistral saved under its own random number"
else
	bad "Mistral not saved under a random number: $(grep name "$SAVED")"
fi
expect_file "$SAVED" "company.base	100k"
start 120 40 -- "$GUIDES"
expect "Bands — Hugging Face"
keys v
expect_line "Google Paris" "Mistral"
expect_line "four-year total" "€580K"
keys Escape c
expect "Counter · 2 rounds"
expect "yr1 €190K"    # Mistral's sign-on, the offer the form showed
# The undo history is saved beside the negotiation (issue 16.8): the
# sign-on typed last before the quit is taken back after the restart.
if [ -f "$STATE/negotiator/hugging-face--ml-ai-engineer.undo" ]; then ok "the undo history is saved beside the negotiation"; else bad "no undo history file"; fi
keys u
expect "Undone ("
expect "yr1 €175K"
keys C-r
expect "Redone ("
expect "yr1 €190K"
keys q
expect "negotiator exited rc=0"

begin "a first-version saved negotiation still loads, its offer as the first"
rm -rf "$STATE"
mkdir -p "$STATE/negotiator"
printf 'negotiator-state 1\nguide\thugging-face/ml-ai-engineer\nform\tregion\tParis\nform\tbase\t130k\nform\tequity\t105k\nform\tequity_unit\tyear\nround\t2026-11-20\tcompany\tParis\t100000\t180000\t-\t0\t\nend\n' >"$SAVED"
start 200 50 -- "$GUIDES"
expect "Guides"
open_hf
expect_not "could not be read"
keys Enter
expect_line "Base" "€130K above band"
expect "competing offer 1 of 1"
keys Escape c
expect "Counter · 1 round"
expect_line "company €100K" "€180K"
keys o Up Up Up Up Up Up Up Up Up Down Down Down Down    # its bonus
type_text "10%"
expect "€13K"
keys Escape q
expect "negotiator exited rc=0"
expect_file "$SAVED" "negotiator-state 2"
expect_file "$SAVED" "offer1.base	130k"
expect_file "$SAVED" "offer1.bonus	10%"
if grep -q "^form	base	" "$SAVED"; then bad "the first version's bare keys came back: $(cat "$SAVED")"; else ok "the offer's keys moved, none left bare"; fi

for size in "80 24" "100 30"; do
	begin "side by side at ${size% *}x${size#* }"
	rm -rf "$STATE"
	# shellcheck disable=SC2086
	start $size -- "$GUIDES"
	expect "Guides"
	open_hf
	keys Enter
	type_offer "Google Paris" 130k 105k
	keys C-n
	type_offer "Mistral" 125k 50k
	keys Escape v
	expect "Offers side by side (EUR)"
	expect_line "four-year total" "€940K"
	expect_line "ask" "floor"
	keys Escape c    # under the counter and the gaps: the offers' table
	down_to "vs floor" "more column"
	expect_line "vs floor" "+€91.3K"
	expect "more column"    # the counter column is narrow: v shows them all
	keys q
	expect "negotiator exited rc=0"
done

# expect_before A B: a line of the screen shows A and, further right, B.
expect_before() {
	i=0
	while [ $i -lt $TRIES ]; do
		if screen | awk -v a="$1" -v b="$2" \
			'index($0, a) && index($0, b) > index($0, a) { f = 1 } END { exit !f }'; then
			ok "a line with '$1', then '$2'"
			return
		fi
		sleep 0.05
		i=$((i + 1))
	done
	bad "expected a line with '$1', then '$2'"
}

begin "an offer deleted with its place, moved and duplicated (issue 16.8), each one undo step"
rm -rf "$STATE"
start 120 40 -- "$GUIDES"
expect "Guides"
open_hf
keys Enter
type_offer "Alpha" 130k 105k
keys C-n
type_offer "Bravo" 125k 50k
keys C-n
type_offer "Charlie" 120k 40k
expect "competing offer 3 of 3"
keys "<"
expect_line "Offer" "Bravo"
keys C-x
expect "Deleted Bravo, its place too (u brings it back)."
expect "competing offer 2 of 2"
expect_line "Offer" "Charlie"    # the one that took its place
keys Escape v
expect_before "Alpha" "Charlie"
if screen | grep -F "Alpha" | grep -F "Charlie" | grep -qF "Bravo"; then
	bad "Bravo still has a column"
else
	ok "Bravo has no column"
fi
keys Escape u
expect "Undone ("
keys v
expect_before "Alpha" "Bravo"    # back, in its place
expect_before "Bravo" "Charlie"
keys Escape o
expect_line "Offer" "Bravo"
keys S-Up
expect "Moved Bravo up: competing offer 1 of 3."
keys Escape v
expect_before "Bravo" "Alpha"
keys Escape o C-o
expect "A copy of Bravo"
expect_line "Offer" "Bravo (copy)"
expect "competing offer 2 of 4"
keys Escape v
expect_before "Bravo (" "Alpha"
keys Escape u
expect "Undone ("
expect "competing offer 1 of 3"
keys q
expect "negotiator exited rc=0"
if grep -qE "^form	order	offer[0-9]+ offer[0-9]+ offer[0-9]+$" "$SAVED"; then
	ok "the order the user chose is saved"
else
	bad "no order saved: $(grep order "$SAVED")"
fi
if grep -q "copy" "$SAVED"; then bad "the undone copy was saved"; else ok "no copy saved"; fi
start 120 40 -- "$GUIDES"
expect "Bands — Hugging Face"
keys v
expect_before "Bravo" "Alpha"    # the order read back
expect_before "Alpha" "Charlie"
keys Escape q
expect "negotiator exited rc=0"

begin "the company's offer alone is a negotiation (issue 16.3)"
company_offer_only 120 40
expect_line "Equity" "€150K/4y"
# C-t on a figure already typed says what it is worth now (issue 16).
keys C-t
expect "Equity 150k is a year now: €600K over 4 years (was €150K)."
keys C-t
expect "Equity 150k is the grant now: €150K over 4 years (was €600K)."
keys Escape c
expect "Counter to make — Paris"
expect "Ask €115K base · €245K equity (4y) ·"
expect "1. No competing offer: the counter"
keys Escape v
expect "Offers side by side (EUR)"
expect_line "company" "counter"
expect_line "four-year total" "€717K"
keys Escape q
expect "negotiator exited rc=0"

begin "the company's Private: the guide's reading, flipped either way and saved (issue 16.6)"
company_offer_only 200 50
expect_line "Private" "private, as the guide's summary says"
keys Down Down Down Down Down Down    # past the Private row, to Value %
type_text "50"
expect "50% of face for Hugging Face"
keys Up Space    # the Private row, unticked
expect_line "Private" "[ ] liquid (the guide: private, by its summary)"
expect "no private equity"
keys Escape q
expect "negotiator exited rc=0"
expect_file "$SAVED" "company.private	no"
start 200 50 -- "$GUIDES"
expect "Bands — Hugging Face"
keys Enter
expect "the company's offer"
expect_line "Private" "[ ] liquid (the guide: private, by its summary)"
expect "no private equity"
keys Down Down Down Down Down Down Space    # from the base to Private: ticked again, the guide's reading, nothing saved
expect_line "Private" "[x] private, as the guide's summary says"
expect "50% of face for Hugging Face"
keys Escape q
expect "negotiator exited rc=0"
if grep -q "company\.private" "$SAVED"; then bad "the guide's reading saved as a choice: $(grep private "$SAVED")"; else ok "the guide's reading is not saved as a choice"; fi

begin "changing the region keeps a typed offer's currency (issue 16.7)"
rm -rf "$STATE"
BRAMBLE=$STATE/negotiator/brambleworks--staff-software-engineer.state
start 120 40 -- "$GUIDES/brambleworks--staff-software-engineer.md"
expect "Guides"
keys Enter    # the guide
expect "Bands — Brambleworks"
keys Enter    # London, into the form
expect "Offer — London"
keys Up Up Up Up Up Up Up Up Up
type_text "Fintech"
keys Down Down
type_text "170k"
keys Down
type_text "280k"
expect_line "Base" "£170K"
expect_line "Equity" "£280K"
keys Escape j Enter    # Zurich
expect "Offer — Zurich"
expect_line "Region" "CHF · typed in GBP"
expect_line "Base" "170k"
expect_not "CHF 170k"
keys Escape k Enter    # back to London
expect "Offer — London"
expect_line "Base" "£170K"
expect_not "typed in GBP"
keys Escape q
expect "negotiator exited rc=0"
expect_file "$BRAMBLE" "offer1.base	170k"
expect_file "$BRAMBLE" "offer1.currency	GBP"
if grep -q "CHF" "$BRAMBLE"; then bad "the saved offer names CHF: $(cat "$BRAMBLE")"; else ok "the saved offer never became CHF"; fi

begin "the first digit typed and the last erased move no row or column of the offer pane (issue 18)"
# row_of TEXT: the screen row (1-based) of the first line holding TEXT.
row_of() {
	screen | grep -nF -- "$1" | head -n1 | cut -d: -f1
}
# floor_at: where the head of the ask/floor table's Floor column is on
# its line (London's table is drawn parts down: "Ask … Floor").
floor_at() {
	screen | grep -F "Ask " | grep -F "Floor" | head -n1 | awk '{ print index($0, "Floor") }'
}
# Brambleworks' London band has a bonus: an offer typed without one is
# told that the ask counts it.  A fresh negotiation: an empty form.
rm -rf "$STATE"
start 120 40 -- "$GUIDES/brambleworks--staff-software-engineer.md"
expect "Guides"
keys Enter Enter    # the guide, then London's form on its base
expect "Offer — London"
expect_line "Years" "once a base is typed"
premium=$(row_of "Premium equity")
legend=$(row_of "F floor")
floor=$(floor_at)
if [ -n "$premium" ] && [ -n "$legend" ] && [ -n "$floor" ]; then ok "the premium line, the legend and the Floor column are on the screen"; else bad "no premium line, legend or Floor column"; fi
type_text "1"
expect "Totals: the ask counts the band"
if [ "$(row_of "Premium equity")" = "$premium" ] && [ "$(row_of "F floor")" = "$legend" ]; then
	ok "the premium line and the legend stay on rows $premium and $legend"
else
	bad "rows moved: premium $premium -> $(row_of "Premium equity"), legend $legend -> $(row_of "F floor")"
fi
if [ "$(floor_at)" = "$floor" ]; then ok "the Floor column stays where it was"; else bad "the Floor column moved: $floor -> $(floor_at)"; fi
keys BSpace
expect_line "Years" "once a base is typed"
expect_not "Totals: the ask counts"
if [ "$(row_of "Premium equity")" = "$premium" ] && [ "$(row_of "F floor")" = "$legend" ]; then
	ok "and stay there when it is erased"
else
	bad "rows moved: premium $premium -> $(row_of "Premium equity"), legend $legend -> $(row_of "F floor")"
fi
if [ "$(floor_at)" = "$floor" ]; then ok "the Floor column too"; else bad "the Floor column moved: $floor -> $(floor_at)"; fi
keys Escape q
expect "negotiator exited rc=0"

begin "edit a round: its figures, its date and a note; one change to undo (issue 16.8)"
company_offer_only 200 50
keys Escape c C
expect "Round 1 recorded: the company's offer, €105K base · €150K equity (4y)."
keys Enter
expect "Edit round 1, in EUR"
expect_line "Base" "€105,000"
keys C-u
type_text "112k"
keys Enter Enter    # the equity as it was; to the sign-on
type_text "8k"
keys Enter C-u
type_text "2026-02-30"
keys Enter    # no such day: refused, the text kept
expect "Date: the date is a day written YYYY-MM-DD"
expect_line "Date" "2026-02-30"
keys BSpace BSpace BSpace BSpace BSpace
type_text "11-24"
keys Enter
type_text "verbal, by phone"
keys Enter
expect "Round 1 edited (u takes it back)."
expect_line "1 2026-11-24 company" "verbal, by phone"
expect_line "1 2026-11-24 company" "€112K"
expect "Its latest, round 1 of 2026-11-24"
expect_not "Round 1's note"    # the table's column says it whole
# Narrower, the table has no room for notes: the selected round's
# note shows whole above it.
resize 120 40
keys G    # the rounds, at the pane's foot
expect "Round 1's note: verbal, by phone"
resize 200 50
expect_not "Round 1's note"
keys u
expect "Undone ("
expect_line "1 2026-11-26 company" "€105K"
expect_not "verbal, by phone"
keys C-r
expect_line "1 2026-11-24 company" "verbal, by phone"

begin "Esc leaves a round as it was; a key typed there is the field's"
keys Enter
expect "Edit round 1"
type_text "q"    # typed into the base, not a quit
expect_line "Base" "€112,000q"
keys Escape
expect "Round 1 left as it was."
expect_line "1 2026-11-24 company" "€112K"

begin "undo after a restart takes back the edit (issue 16.8)"
keys q
expect "negotiator exited rc=0"
expect_file "$SAVED" "verbal, by phone"
start 200 50 -- "$GUIDES"
expect "Bands — Hugging Face"
keys c
expect_line "1 2026-11-24 company" "verbal, by phone"
keys u
expect "Undone ("
expect_line "1 2026-11-26 company" "€105K"
expect_not "verbal, by phone"
keys q
expect "negotiator exited rc=0"
if grep -q "verbal, by phone" "$SAVED"; then bad "the undone note is still saved"; else ok "the undone edit is saved undone"; fi

begin "a damaged undo history is said and left out; the negotiation opens"
printf 'negotiator-undo 1\nguide\thugging-face/ml-ai-engineer\nsnap\npast\t0\t9\nend\n' \
	>"$STATE/negotiator/hugging-face--ml-ai-engineer.undo"
start 200 50 -- "$GUIDES"
expect "Bands — Hugging Face"
keys !
expect "damaged (a change names no state)"
keys Escape c
expect_line "1 2026-11-26 company" "€105K"
keys u
expect "Nothing to undo."
keys q
expect "negotiator exited rc=0"

begin "an offer keystroke reaches the terminal in one write (issue 18)"
# Twenty digits typed and erased in the form, in a pty (the benchmark's
# driver, tests/bench/ptydrive.py), which counts the program's write()
# calls (/proc/PID/io) between one key and the next.  ncurses writes at
# each cursor move of a screen never left and resumed (src/tui/tui.c): 22
# a key on average before; a frame is one write.
res=$("$PYTHON" "$ROOT/tests/bench/ptydrive.py" keys --scenarios form \
	--keys 20 --first-wait-ms 2000 -- "$BIN" "$GUIDES")
writes=$(printf '%s' "$res" | "$PYTHON" -c \
	'import json, sys; print(json.load(sys.stdin)["scenarios"]["form"]["writes_mean"])' \
	2>/dev/null)
if [ -n "$writes" ] && "$PYTHON" -c 'import sys; sys.exit(float(sys.argv[1]) >= 2)' "$writes"; then
	ok "$writes write() calls a key on average"
else
	failed=$((failed + 1))
	echo "FAIL - $current: ${writes:-no} write() calls a key on average: $res"
fi

begin "a first-year floor: its gap in the offer pane, in v and in e's Markdown (issue 16)"
# The fixture's floor is a first-year total ($245K: base + bonus +
# sign-on + the first year's vest); $170K base, $100K over four years
# and a 10% bonus come to $212K in year one: $33K short of it.
rm -rf "$STATE"
start 160 50 -- "$ROOT/tests/fixtures/negotiations/yearone--platform-engineer.md"
expect "Guides"
keys Enter Enter    # the guide, then Austin's form on its base
expect "Offer — Austin"
type_text "170k"
keys Down
type_text "100k"
keys Down
type_text "10%"
expect "below the accept-at floor"
expect_line "Year 1" "\$245K -\$33K"
keys Escape v
expect "Offers side by side (USD)"
expect_line "first-year total" "\$245K"
# The offer's gap, then the counter's ($268K in its first year).
expect_line "first year vs floor" "-\$33K"
expect_line "first year vs floor" "+\$23K"
keys Escape e C-u
type_text "$OUT/yearone.md"
keys Enter
expect "Wrote the negotiation to"
expect_file "$OUT/yearone.md" "| first year vs floor | -\$33K | — | — | +\$23K |"
keys q
expect "negotiator exited rc=0"

begin "the company's Private names the guide's line that decided it (issue 16.6)"
start 160 50 -- "$ROOT/tests/fixtures/negotiations/quietseed--platform-engineer.md"
expect "Guides"
keys Enter Enter
expect "competing offer 1 of 1"
keys ">"
expect "the company's offer"
expect_line "Private" "[x] private, as the guide's line 24 says"
keys Escape q
expect "negotiator exited rc=0"

begin "an ask written in another currency than the band's is read, not compared, never 'none'"
start 160 50 -- "$ROOT/tests/fixtures/negotiations/realpay--data-engineer.md"
expect "Guides"
keys Enter Enter
expect "Offer — São Paulo"
type_text "45k"
expect "Ask and floor in BRL, band in USD: not compared."
expect_not "No ask or floor for this region"
keys Escape q
expect "negotiator exited rc=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
