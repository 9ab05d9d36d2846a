#!/bin/sh
# End-to-end tests of the TUI, the negotiation half: the counter, filled
# scripts, saved negotiations and rounds, currencies, R and the config
# file (tests/tui/run.sh has the screens, keys and terminals; the two
# run side by side in make check).  Usage: tests/tui/negotiate.sh BIN.
# Prints "N passed, N failed"; exits non-zero when anything failed.
# Waits for the screen (polling), never for fixed times.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"

# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

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
# script leaves open (issue 16.5), not the figures marked [check: ...]:
# two competitors, Google Paris and Mistral AI ("Additionally," that
# opens Mistral's sentence is no third).
keys a
expect "Answer 1 of 2 [competing company]"
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

begin "a rates file's long path: the hint keeps its end, the file's name"
# A path is one word, which wrapping cannot break: past the pane's width
# it was cut at its end ("…/negotiator/rate").
long="$TMP/a-folder-with-a-name-long-enough-to-pass-the-pane"
mkdir -p "$long/negotiator"
: >"$long/negotiator/rates"
CONFIG="$long"
start 120 40 -- "$TMP/seed"
unset CONFIG
expect "Bands — Hugging Face"
keys Enter Enter
type_text "£100K"
expect "no GBP→EUR rate"
expect "…/negotiator/rates;"
keys Escape q
expect "negotiator exited rc=0"

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
