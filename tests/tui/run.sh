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
# A floor given as a total alone (here a first-year one) is a floor, not "none".
expect_line "Floor" "CA\$170K+ first-year total"
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
expect "agentic AI premium claimed"
keys p
expect "agentic AI premium not claimed"

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
expect "w write"
expect_not "Reader —"
keys b r Escape
expect "Enter offer"
# From the counter, beside the script at 120x40: back to the counter.
keys c r
expect "Reader —"
keys Escape
expect_not "Reader —"
expect "q quit  ? help  Tab pane  o offer  r read"    # the counter's footer ...
expect_not "w write"    # ... not the script's
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

begin "y in the counter copies the counter to make with its arithmetic"
rm -f "$TMP/clipboard"
start 120 40 PATH="$TMP/bin:$PATH" DISPLAY=:0 -- "$GUIDES"
wait_for "Guides" >/dev/null
open_hf
enter_paris_offer
expect "€235K/yr"
keys Escape c y
expect "Copied the counter"
expect_file "$TMP/clipboard" "Counter to make (Paris): €130K base, €420K equity over four years, €12K sign-on = €952K over four years"
expect_file "$TMP/clipboard" "1. Competing offer over four years: 4 × (€130K base + €0 bonus)"

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


echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
