#!/bin/sh
# End-to-end tests of the TUI: run the real binary in tmux, send keys,
# read the screen with capture-pane and check what a person would see.
# Usage: tests/tui/run.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen (polling), never
# for fixed times.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"

# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

# --- opening ---------------------------------------------------------------
begin "the ask and floor lines name every part the guide gives"
start 120 40 -- "$ROOT/tests/fixtures/body/floor-total.md"
expect "Bands — Larkspur Analytics"
# A floor given as a yearly total alone is a floor, not "none".
expect_line "Floor" "CA\$170K+ total"
expect_line "Ask" "CA\$150K base + CA\$80K equity + 12% bonus"
expect_not "gives none for this region"
keys q
expect "negotiator exited rc=0"

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
# The offer pane is 46 columns here: the parts down, the ask and the
# floor across, each value with the offer's gap to it.
expect_line "Ask" "Floor"
expect_line "€115K +€15K" "€95K +€35K"
expect_line "€245K +€175K" "€195K +€225K"
expect_line "€176.3K +€58.8K" "€143.8K +€91.3K"
expect "€162K–€344"
expect "Competing Offer Framing (Paris)"
expect "€420K"

begin "changing the offer moves the gaps on the same screen"
keys Up C-u
type_text "100k"
expect_line "€115K -€15K" "€95K +€5K"
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

begin "the band table's cursor shows a region; only Enter picks it"
keys Escape   # leave the form; focus goes to Bands
keys j
expect_line "Ask" "\$242K"
expect_line "Floor" "\$205K"
expect "\$195K–\$248K"
expect "Offer — Paris"    # the cursor only shows New York ...
expect "Competing Offer Framing (Paris)"
expect "€235K/yr"
keys o                    # ... and leaving the table forgets it
expect_line "Ask" "€115K base"
keys Escape j Enter       # Enter picks it for the offer
expect "Offer — New York"
expect_not "Competing Offer Framing (Paris)"
# The amounts typed for Paris keep their currency: euros, not dollars;
# the text typed is not rewritten.
expect_line "Region" "USD · typed in EUR"
expect_line "Base" "130k"
expect "no EUR→USD rate"
expect_not "\$130K"
keys Escape j Enter
expect "Offer — Remote Global"
expect "No figures for this region"
keys Escape k k Enter
expect "Offer — Paris"
expect "€130K above band"
expect "€235K/yr"
keys Escape

begin "Left and Right pick the region on the form's region field"
keys o
keys Up Up Up Up Up Up Up Down    # to the top (the offer's name), then the region
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
expect "picked"
after=$(screen | grep -o 'Script [0-9]*/[0-9]*')
if [ -n "$before" ] && [ "$before" != "$after" ]; then ok "] shows another script ($before → $after)"; else bad "] did not change the script ($before → $after)"; fi
keys "["
expect "$before"
keys Enter
# The fitting script again ("fits", not "picked"); its competitors are
# placeholders now, so the title also counts what is left to fill in.
expect "· fits"
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
expect "Keys — q or Esc closes"
expect "Offer form"    # it opens at the keys of the pane in focus
keys Home
expect "Next pane"
expect "figure's line and sentence"    # a long help wraps, never cut
keys Escape
expect_not "Keys — q or Esc closes"

begin "mouse clicks focus panes and pick rows"
keys Escape g Escape    # out of the form; clear the filter
expect "Guides 4/4"
click 10 4      # the first guide row (Brambleworks)
click 10 4      # a click on the picked row opens it
expect "Bands — Brambleworks"
click 40 5      # the second region row: Zurich, under the cursor ...
expect_line "Ask" "CHF 250K"
expect "Offer — London"
click 40 5      # ... and a click on the cursor's row picks it
expect "Offer — Zurich"
click 10 6      # Hugging Face's row: pick, then open
click 10 6
expect "Bands — Hugging Face"
click 40 4      # back to Paris
click 40 4
expect "Offer — Paris"
click 36 12     # the Base field of the form (under the offer's name and region)
keys C-u
type_text "140k"
expect "€140K above band"
keys C-u
type_text "130k"
expect "€130K above band"

# --- resize ------------------------------------------------------------------------
begin "resize to 60x20 and back"
resize 60 20
expect "Bands —"
expect "Offer —"
expect_not "too small"
resize 120 40
expect "Guides"
expect "€235K/yr"
expect "Competing Offer Framing (Paris)"

begin "tiny 10x4 terminal"
resize 10 4
expect "Too small"
resize 120 40
expect "Guides"
expect "Bands —"

begin "a burst of resizes"
for size in 30x8 200x60 10x4 81x25 51x14 49x13 120x40 60x20 120x40; do
	$T resize-window -t main -x "${size%x*}" -y "${size#*x}"
done
idle    # the last size reached, and drawn: a q now goes to the form
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
expect_line "€115K +€15K" "€95K +€35K"
expect_line "€245K +€175K" "€195K +€225K"
# The form's Offer row (which of the negotiation's offers it shows)
# takes the row the premium's range had: the gauges come first.
expect_line "Offer" "competing offer 1 of 1"
expect_line "Base" "●"    # the base gauge, with the offer on it
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
# The footer names only keys that do something here.
expect "q quit"
expect_not "Enter open"
expect_not "o offer"
expect_not "c counter"
expect_not "r read"
keys q
expect "negotiator exited rc=0"

# --- issue 12: terminals, locales, keys, focus -------------------------------------
begin "LANG=C: ASCII stand-ins, the same screen after a full redraw"
start 120 40 LANG=C LC_ALL=C -- "$GUIDES"
wait_for "Guides" >/dev/null
keys g /
type_text "hugging"
keys Enter
expect "Bands - Hugging Face"
enter_paris_offer
expect "EUR 235K/yr"
# Wider stand-ins: the gaps lose their currency, never their digits.
expect_line "EUR 115K +15K" "EUR 95K +35K"
expect_line "EUR 176.3K +58.8K" "EUR 143.8K +91.3K"
expect "+20-35%"
expect_line "Base    EUR 88K =" "* EUR 130K"    # the base gauge
expect "* offer  # premium"
expect "Hugging Face - ML/AI Engineer"
keys Up C-u
type_text "100k"    # partial redraws of the form and the bands' column
expect "EUR 205K/yr"
settle
before=$(screen)
keys C-l
settle
if [ "$before" = "$(screen)" ]; then ok "a full redraw (C-l) changes nothing"; else bad "C-l changed the screen: partial redraws were wrong"; fi
if screen | LC_ALL=C grep -q '[^ -~]'; then
	bad "bytes past ASCII on the screen: $(screen | LC_ALL=C grep -o '[^ -~]' | head -3 | tr -d '\n')"
else
	ok "only ASCII on the screen"
fi
# The terminal still sends UTF-8: a typed or pasted "€" is read as one
# character (curses alone would swallow it and every key after it).
keys C-u
type_text "€100k"
expect_line "Base    EUR 100k" "EUR 100K in band"
keys Left Left    # the cursor stands where the stand-in's width puts it
type_text "x"
expect_line "Base    EUR 10x0k" "not an amount"
keys BSpace
expect_line "Base    EUR 100k" "EUR 100K in band"
# C-l, which the help names, redraws it and leaves it open.
keys F1
expect "Keys - q or Esc closes"
keys C-l
settle
if screen | grep -qF "Keys - q or Esc closes"; then ok "C-l keeps the help open"; else bad "C-l closed the help"; fi
keys Escape
expect_not "Keys - q or Esc closes"
resize 80 24
expect "EUR 205K/yr"
expect_line "EUR 115K -15K" "EUR 95K +5K"
if screen | LC_ALL=C grep -q '[^ -~]'; then bad "80x24: bytes past ASCII"; else ok "80x24: only ASCII"; fi

begin "TERM=dumb and an unknown TERM say what to do"
start 80 24 TERM=dumb -- "$GUIDES"
expect "TERM=dumb cannot move the cursor"
expect "Set TERM to your terminal's type"
expect "negotiator list"
expect "negotiator exited rc=2"
start 80 24 TERM=no-such-terminal -- "$GUIDES"
expect "TERM=no-such-terminal is not a terminal type known here"
expect "negotiator compare"
expect "negotiator exited rc=2"

begin "Home and End (as tmux sends them) in the help, lists and fields"
start 120 40 -- "$GUIDES"
wait_for "Guides" >/dev/null
keys F1
expect "Keys — q or Esc closes"
keys End
expect "Vesting: percents a year"
expect "Keys — q or Esc closes"    # still open
expect_not "picked"           # and no script was picked by '['
keys Home
expect "Anywhere"
keys Escape
keys g End Enter
expect "Bands — Tanuki Dynamics"
keys g Home Enter
expect "Bands — Brambleworks"
keys o
type_text "12345"
keys Home
type_text "9"
keys End
type_text "0"
expect_line "Base" "9123450"
expect "Offer — London"    # still in the form
keys C-u Escape

begin "Esc out of the reader returns to the pane that opened it"
keys s r
expect "Reader —"
keys Escape
expect "Script"
expect "y copy"    # the script pane has the keys again
expect_not "Reader —"
keys b r Escape
expect "Enter offer"
# From the counter, beside the script at 120x40: back to the counter.
keys c r
expect "Reader —"
keys Escape
expect_not "Reader —"
expect "q quit  ? help  Tab pane  o offer  r read"    # the counter's footer ...
expect_not "y copy"    # ... not the script's
keys o
type_text "1"
expect_line "Base" "1"
expect_not "1o"
keys C-u Escape

begin "the footer names only the keys that work"
keys s
expect "y copy"
expect_not "Enter fitting"    # the script on show is the fitting one
keys "]"
expect "Enter fitting"
keys Enter c
expect "Counter to make"
expect_not "a accept"    # no rounds yet
expect_not "C company's"    # no offer typed
keys o Down Down Down Down Down Down Down Down    # the last field
expect "Tab pane"
expect_not "Down next field"
keys Up
expect "Down next field"
expect "Tab pane"    # Tab goes through the panes from the form too
keys Escape

begin "o goes to the field last used in this guide; another guide starts at the first empty one"
keys o Up Up Up Up Up Up Up Up Up Down Down    # Base (under the offer's name and the region)
type_text "120k"
keys Down
type_text "50k"    # Equity, the field last used
keys Escape b o
type_text "0"
expect_line "Equity" "50k0"
keys BSpace Escape
keys g /
type_text "tanuki"
keys Enter o
type_text "99k"    # a new guide: Base
expect_line "Base" "99k"
keys Escape g Escape /
type_text "bramble"
keys Enter o
type_text "7"    # Base and equity typed here: the first empty field is the bonus
expect_line "Bonus" "7"
keys Escape

begin "y with a clipboard program and a display"
mkdir -p "$TMP/bin"
printf '#!/bin/sh\ncat > "%s"\n' "$TMP/clipboard" >"$TMP/bin/xclip"
chmod +x "$TMP/bin/xclip"
start 120 40 PATH="$TMP/bin:$PATH" DISPLAY=:0 -- "$GUIDES"
wait_for "Guides" >/dev/null
open_hf
keys s y
expect "to the clipboard with xclip"
expect_file "$TMP/clipboard" "Hugging Face"

begin "y in a tmux that drops OSC 52 says so and offers w"
start 120 40 -- "$GUIDES"    # tmux's default set-clipboard: external
wait_for "Guides" >/dev/null
open_hf
keys s y
expect "Not copied (w writes a file): tmux's set-clipboard is external"
expect_not "Copied the script"
# At 80 columns the message wraps upwards over the panes, whole (the
# option to set is its end); the next key gives the rows back.
resize 80 24
keys x
expect "y copy"
settle
before=$(screen)
keys y
expect "set -s set-clipboard on lets it through."
expect_line "Not copied (w writes a file)" "set-clipboard is"
keys x    # bound to nothing: it only clears the message
expect "y copy"
settle
if [ "$before" = "$(screen)" ]; then ok "the panes are whole again after the message"; else bad "the rows under the message were not redrawn"; fi

# --- issue 4: counter, filled scripts, saved negotiations, rounds -------------------
SEED="$ROOT/../shared/seeds/000_6cf6d1a21825cad0.txt"
if [ ! -f "$SEED" ]; then
	echo "skip - the seed guide tests: ../shared is absent (no $SEED)"
else
mkdir -p "$TMP/seed" "$TMP/out"
cp "$SEED" "$TMP/seed/hugging-face.md"
SEED_STATE="$TMP/seed-state"
SAVED="$SEED_STATE/negotiator/hugging-face--ml-ai-engineer.state"

# Wide enough for the counter's sentences to stand on one line each.
begin "the seed's Paris figures: a counter that explains itself"
STATE=$SEED_STATE
start 200 50 -- "$TMP/seed"
unset STATE
expect "Bands — Hugging Face"
keys Enter    # open the guide: the bands have the focus
enter_paris_offer
expect "€235K/yr"
expect "€940K"
keys Escape c
expect "Counter to make — Paris"
expect "Ask €130K base · €420K equity (4y) · €12K sign-on"
expect "= €952K over four years: at least the offer's €940K"
expect "1. Competing offer over four years: 4 × (€130K base + €0 bonus) +"
expect "Base: the higher of the ask €115K and the competing €130K: €130K"
expect "Equity: the higher of the ask €245K and the competing €420K: €420K"
expect "No offer from the company for Paris yet"
expect "Rounds (0)"

begin "the filled script says €940K where the seed says €550K"
keys s
expect "Competing Offer Framing (Paris)"
# Where the script wraps depends on its pane's width: the words
# themselves are checked whole in what y copies and w writes, below.
expect_count "€940K" 2    # the totals and the script
expect_not "€550K"

begin "OSC 52 copy reaches tmux's paste buffer"
$T set -g set-clipboard on
keys y
expect "Copied the script"
expect "into tmux's buffer by OSC 52"
i=0
while [ $i -lt $TRIES ] && ! $T show-buffer 2>/dev/null | grep -qF "That's €940K guaranteed over four years"; do
	sleep 0.05
	i=$((i + 1))
done
buf=$($T show-buffer 2>/dev/null)
case $buf in
*"€130K base with €105K/year RSUs. That's €940K guaranteed over four years"*) ok "tmux's buffer holds the filled script" ;;
*) bad "tmux's buffer: '$buf'" ;;
esac
case $buf in
*"€550K"*) bad "the copy still says €550K" ;;
*) ok "the copy does not say €550K" ;;
esac

begin "writing the script to a file"
keys w
expect "Write the script to:"
expect "hugging-face--ml-ai-engineer.txt"
keys C-u
type_text "$TMP/out/script.txt"
keys Enter
expect "Wrote the script to $TMP/out/script.txt"
expect_file "$TMP/out/script.txt" "That's €940K guaranteed over four years"
keys w C-u
type_text "$TMP/out/no/such/folder.txt"
keys Enter
expect "Could not write $TMP/out/no/such/folder.txt: No such file"
keys w Escape
expect "Nothing written."

begin "answering placeholders, kept for every script of the guide"
# a offers what the title counts: here the competitors' names the filled
# script leaves open (issue 16.5), not the figures marked [check: ...].
keys a
expect "Answer 1 of 3 [competing company]"
keys Escape
keys "]" "]"
expect "Transformers Core Contributor Premium"
expect "2 to fill in (a)"
keys a
expect "Answer 1 of 2"
type_text "40"
keys Enter
expect "Answer 2 of 2"
keys Escape
expect "the answers given so far are kept"
expect "I've contributed 40 PRs to"
expect "1 to fill in (a)"
keys "[" "[" "[" "["    # another script with the same [X]
expect "Open Source Impact"
expect "I've contributed 40 commits to"
keys Enter
expect "Competing Offer Framing (Paris)"

begin "recording a round"
keys o
enter_company_offer    # C records the company's offer, not a competing one
keys Escape c
keys C
expect "Round 1 recorded: the company's offer, €130K base · €420K equity (4y)."
expect_line "1 2026-11-26 company" "€130K €420K"
expect "Its latest, round 1 of 2026-11-26"
expect "The company's offer already meets the target ask."

begin "a below-floor acceptance asks first"
keys o Up C-u
type_text "90k"
keys Down C-u
type_text "150k"
keys C-t Escape c    # the grant, not per year; back to the counter
expect "€150K/4y"
keys C
expect "Round 2 recorded"
keys a
expect "Below your floor"
expect "base €90K is €5K under the floor's €95K"
expect "Record it as accepted anyway?"
keys n
expect "Not accepted: round 2 stays open."
expect_not "✓ accepted"
keys a
expect "Below your floor"
keys y
expect "✓ accepted"
keys k a    # round 1 is above the floor: no question
expect "Accepted round 1"
expect_not "Below your floor"
keys d
expect "Delete round 1"
keys n
expect "Kept round 1."
expect_line "2 2026-11-26 company" "€90K"

begin "quit, reopen: the offer, the answers and the rounds are back"
keys o Up C-u
type_text "130k"
keys Down C-u
type_text "105k"
keys C-t Escape
expect "€235K/yr"
keys q
expect "negotiator exited rc=0"
expect_file "$SAVED" "answer	[X]	40"
STATE=$SEED_STATE
start 200 50 -- "$TMP/seed"
unset STATE
expect "Bands — Hugging Face"
expect_not "could not be read"
expect "Enter offer"    # where the last session ended: the bands
expect_line "Base" "130k"
expect_line "Equity" "105k"
expect "/yr → €420K/4y"
expect "€235K/yr"
keys s w C-u    # the filled script, whole, in a file
type_text "$TMP/out/reopened.txt"
keys Enter
expect "Wrote the script to $TMP/out/reopened.txt"
expect_file "$TMP/out/reopened.txt" "€940K guaranteed over four years"
keys c
expect "Rounds (2)"
expect_line "1 2026-11-26 company" "€130K €420K"
expect_line "2 2026-11-26 company" "✓ accepted"
expect "Counter to make — Paris"
keys s "]" "]"
expect "I've contributed 40 PRs to"
keys q
expect "negotiator exited rc=0"

begin "a kill while typing leaves a readable saved negotiation"
for round in 1 2 3; do
	before=$(sed -n 's/^form	company.base	//p' "$SAVED")
	STATE=$SEED_STATE
	start 120 40 -- "$TMP/seed"
	unset STATE
	wait_for "Bands — Hugging Face" >/dev/null
	# Whatever pane the last session ended in: Base, of the company's
	# offer the form showed last (the rounds above were typed there).
	keys b Enter C-u
	# Thirty keystrokes at once, each one a save; killed mid-way.
	type_text "123456789012345678901234567890"
	kill -KILL "$(cat "$TMP/pid")"
	wait_for "negotiator exited rc=137" >/dev/null
	if tail -n 1 "$SAVED" | grep -qx end; then ok "kill $round: the file is whole"; else bad "kill $round: the file is cut"; fi
	# What was saved is the base as it stood after some keystroke:
	# before this run (C-u not saved yet), or typed up to a digit.
	base=$(sed -n 's/^form	company.base	//p' "$SAVED")
	case 123456789012345678901234567890 in
	"$base"*) ok "kill $round: the saved base '$base' is what was typed so far" ;;
	*) if [ "$base" = "$before" ]; then ok "kill $round: the base as it was, '$base'"; else bad "kill $round: the saved base is '$base'"; fi ;;
	esac
done
STATE=$SEED_STATE
start 120 40 -- "$TMP/seed"
unset STATE
expect "Bands — Hugging Face"
expect_not "could not be read"
# A base longer than the field shows its end (the cursor is there).
expect_line "Base" "$(printf '%s' "$base" | tail -c 10)"
if ls "$SEED_STATE/negotiator/" | grep -q corrupt; then bad "a file was moved aside"; else ok "nothing moved aside"; fi

begin "a corrupt saved negotiation is moved aside and the program runs"
keys q
wait_for "negotiator exited" >/dev/null    # its last save is done
printf 'negotiator-state 1\nform\tbase\t1' >"$SAVED"    # cut short
STATE=$SEED_STATE
start 120 40 -- "$TMP/seed"
unset STATE
expect "could not be read: moved aside, starting afresh"
expect "Bands — Hugging Face"
keys "!"
expect "Skipped files and messages"
expect "it is cut short"
keys Escape b Enter    # the bands (the last session ended elsewhere), then the form
type_text "99k"
expect "€99K in band"
if ls "$SEED_STATE/negotiator/" | grep -q '\.state\.corrupt-'; then ok "the bad file is kept aside"; else bad "no .corrupt- file"; fi
keys Escape q
expect "negotiator exited rc=0"

begin "saves that fail say so and never stop the program"
printf 'a file, not a folder\n' >"$TMP/out/file"
STATE="$TMP/out/file/state"
start 120 40 -- "$TMP/seed"
unset STATE
expect "Bands — Hugging Face"
keys Enter Enter
type_text "1"
expect "Not saved: could not save $TMP/out/file/state/negotiator/"
expect "NOT SAVED"
type_text "30k"
expect "€130K above band"
# Quitting with what could not be saved asks first (issue 13; the
# whole question is tested in saved.sh); quit anyway says so by its
# status.
keys Escape q
expect_box "could not save $TMP/out/file/state/negotiator/hugging-face--ml-ai-engineer.state (cannot create its folder: Not a directory)"
keys Q
expect "negotiator exited rc=1"

begin "amounts in another currency, with and without a rate"
mkdir -p "$TMP/config/negotiator"
printf '# test rates\n1 USD = 0.92 EUR\n' >"$TMP/config/negotiator/rates"
CONFIG="$TMP/config"
start 120 40 -- "$TMP/seed"
unset CONFIG
expect "Bands — Hugging Face"
keys Enter Enter
type_text "\$150K"
expect "€138K (USD×0.92) above"
expect_line "New York" "\$150K below"    # the same offer in every region
expect_line "Paris" "€138K in"
keys C-u
type_text "£100K"
expect "no GBP→EUR rate"
expect "No GBP→EUR rate. Add a line \"1 GBP = N EUR\""
expect "config/negotiator/rates"
expect_line "Base" "£100K"    # what was typed stays
# Issue 19: the hint gives no rate of its own, and the file is read again
# when it changes: the rate added converts at the next keystroke.
expect_not "= 0.92"
printf 'GBP EUR 1.17\n' >>"$TMP/config/negotiator/rates"
keys BSpace
expect "The rates file changed: 2 rates"
type_text "K"
expect "€117K (GBP×1.17)"

begin "vesting, the value of private equity, and the risk line"
keys C-u
type_text "130k"
keys Down C-u
type_text "105k"
keys C-t
keys Down Down Down Down    # bonus, sign-on, premium, vesting
type_text "5/15/40/40"
expect "year one vests 5%"
expect_line "Years" "€151K · €193K"
keys Down Down    # private, value %
type_text "50"
expect "50% of face for Hugging"
expect_line "Risk" "private equity at 50% of face"
keys Escape c
keys Home    # the counter from its top: the risk line comes before its sums
expect "Risk: private equity counts at 50%"
keys q
expect "negotiator exited rc=0"

begin "80x24: the counter is one key away, in the script's place"
start 80 24 -- "$TMP/seed"
expect "Guides 1/1"    # no room beside the others: the list has the body
keys Enter
expect "Bands — Hugging Face"
enter_paris_offer
keys Escape c
expect "Counter to make — Paris"
expect "Ask €130K base"
expect "Offer — Paris"    # the offer keeps its place
keys o
enter_company_offer
keys Escape c
keys C
expect "Round 1 recorded"
expect "Rounds (1)"
expect_line "1" "€130K"
keys o    # the form has the keys; the counter stays in its place
expect "Offer — Paris"
expect "Counter · 1 round"
keys Escape s
expect "Competing Offer Framing (Paris)"
expect_not "Counter · 1 round"

fi

begin "R reads the guides and the rates again, keeping the negotiation"
mkdir -p "$TMP/lib-r"
cp "$GUIDES/hugging-face--ml-ai-engineer.md" "$TMP/lib-r/"
start 120 40 -- "$TMP/lib-r"
expect "Guides 1/1"
keys Enter
expect "Bands — Hugging Face"
enter_paris_offer
keys Escape
expect_line "Base" "€130K"
cp "$GUIDES/brambleworks--staff-software-engineer.md" "$TMP/lib-r/"
keys R
expect "Read again: 2 guides"
expect "the negotiation kept"
expect "Guides 2/2"
expect "Brambleworks"
expect "Bands — Hugging Face"    # the same guide, open
expect_line "Base" "€130K"    # and its offer as typed
expect_line "Equity  105k" "€420K/4y"
# The open guide's file gone: said, and the list goes on without it.
rm "$TMP/lib-r/hugging-face--ml-ai-engineer.md"
keys R
expect "hugging-face/ml-ai-engineer is gone"
expect "Guides 1/1"
keys q
expect "negotiator exited rc=0"

begin "the config file: region, value %, a key bound; a bad line said with its line"
mkdir -p "$TMP/cfg/negotiator"
printf '# as a tigrc\nset default-region = "New York"\nset equity-value = 60\nbind C-y focus-offer\ncolor cursor black yellow bold\nfrobnicate 1\n' >"$TMP/cfg/negotiator/config"
mkdir -p "$TMP/lib-cfg"
cp "$GUIDES/hugging-face--ml-ai-engineer.md" "$TMP/lib-cfg/"
CONFIG="$TMP/cfg"
start 120 40 -- "$TMP/lib-cfg"
unset CONFIG
expect "config: 1 line not used (ignored)"
keys "!"
expect "config:6: 'frobnicate' is not set"
keys Escape
keys C-y    # bound in the file: the offer form
expect "Region  ◂ New York ▸ USD"
expect_line "Value %" "60% of face"
# Amounts as people write them, in the form (New York: dollars).
type_text "35 lakh"
expect_line "Base    35 lakh" "\$3.5M"
keys C-u
type_text "130.000"
expect "✗ 130,000 or 130?"    # both readings, first: the note is narrow
keys C-u
type_text "1.300.000"
expect_line "Base    1.300.000" "\$1.3M"
keys Escape "?" End
expect "Settings, colours and more keys: the config file"
keys Escape
# R reads the file again: a key bound since works.
printf 'bind C-g focus-counter\n' >>"$TMP/cfg/negotiator/config"
keys R
expect "Read again: 1 guide, the config"
keys C-g
expect "Counter to make — New York"
keys Escape q
expect "negotiator exited rc=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
