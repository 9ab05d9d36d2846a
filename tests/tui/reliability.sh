#!/bin/sh
# End-to-end tests of issue 20 (reliability, second round): nothing lost
# between two windows, no file followed or waited on.  Two programs on one
# guide: undo takes back only its own change (F1), two new offers at
# once stay two (F2); a signal while a save fails keeps the work
# elsewhere and says where (F3); the last-view file is never followed
# (F4) nor waited on (F5/F6); a lock held by another program does not
# freeze anything (F7).
# Usage: tests/tui/reliability.sh BIN.  Prints "N passed, N failed";
# exits non-zero when anything failed.  Waits for the screen, never for
# time.
set -u
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

# One guide, so that it opens first.
mkdir -p "$TMP/one"
cp "$GUIDES/hugging-face--ml-ai-engineer.md" "$TMP/one/"
NAME=hugging-face--ml-ai-engineer.state

# file_says FILE COMMAND...: poll (up to ~60 s) until the shell command,
# run with $F set to FILE, succeeds.
file_says() {
	F=$1
	shift
	i=0
	while [ $i -lt $TRIES ]; do
		if [ -f "$F" ] && sh -c "$*" sh "$F" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

begin "F1: undo in one window keeps the other window's rounds"
STATE=$TMP/f1
SAVED=$STATE/negotiator/$NAME
start 200 50 -- "$TMP/one"    # A
expect "Bands — Hugging Face"
start_also 200 50 -- "$TMP/one"    # B
PANE=second
expect "Bands — Hugging Face"
keys Enter Enter    # the guide, then its form
type_text "130k"
expect_line "Base" "130k"
keys Escape
if file_says "$SAVED" 'grep -q "offer1.base	130k" "$1"'; then ok "B's offer is saved"; else bad "B's offer not saved: $(cat "$SAVED" 2>&1)"; fi
PANE=main
expect "Another window saved this negotiation"
keys Enter Enter
enter_company_offer
expect "€235K/yr"
keys Escape c
keys C
expect "Round 1 recorded"
keys C
expect "Round 2 recorded"
PANE=second
expect "Rounds (2)"
keys u
expect "Undone ("
if file_says "$SAVED" '[ "$(grep -c "^round" "$1")" = 2 ] && ! grep -q "offer1.base	130k" "$1" && grep -q "company.base	130k" "$1"'; then
	ok "B's undo took back only its offer: A's two rounds and company offer stay"
else
	bad "after B's undo: $(cat "$SAVED" 2>&1)"
fi
expect "Rounds (2)"
keys q
expect "negotiator exited rc=0"
PANE=main
keys q
expect "negotiator exited rc=0"
if [ "$(grep -c "^round" "$SAVED")" = 2 ]; then ok "the file keeps both rounds"; else bad "rounds lost: $(cat "$SAVED")"; fi
unset STATE

begin "F2: two windows start a new offer at once: two offers"
STATE=$TMP/f2
SAVED=$STATE/negotiator/$NAME
start 200 50 -- "$TMP/one"
expect "Bands — Hugging Face"
start_also 200 50 -- "$TMP/one"
PANE=second
expect "Bands — Hugging Face"
PANE=main
keys Enter o
PANE=second
keys Enter o
# Both at once: neither has seen the other's new offer.
PANE=main
keys C-n
PANE=second
keys C-n
# Keys reach each program in order: the names go to the new offers.
PANE=main
type_text "Alpha"
PANE=second
type_text "Bravo"
expect_line "Offer" "Bravo"
keys Escape q
expect "negotiator exited rc=0"
PANE=main
expect_line "Offer" "Alpha"
keys Escape q
expect "negotiator exited rc=0"
unset STATE
if grep -qE "^form	offer[0-9]+\.name	Alpha$" "$SAVED" &&
   grep -qE "^form	offer[0-9]+\.name	Bravo$" "$SAVED"; then
	ok "Alpha and Bravo are two offers"
else
	bad "offers fused or lost: $(grep name "$SAVED" 2>&1)"
fi
# Each window showed its own offer: that is no conflict to keep aside.
if ls "$TMP/f2/negotiator" | grep -q conflict; then bad "a conflict file: $(ls "$TMP/f2/negotiator")"; else ok "no conflict file"; fi

begin "F3: SIGTERM while NOT SAVED keeps the work elsewhere and says where"
# The state folder cannot be made: a file is where it should be.
mkdir -p "$TMP/f3" "$TMP/f3tmp"
: >"$TMP/f3/negotiator"
STATE=$TMP/f3
start 200 50 TMPDIR="$TMP/f3tmp" -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
keys Enter Enter
type_text "123k"
expect_line "Base" "123k"
expect "NOT SAVED"
kill -TERM "$(cat "$TMP/pid")"
expect "negotiator exited rc=143"
expect "is saved in $TMP/f3tmp/negotiator-$NAME.unsaved-"
kept=$(ls "$TMP/f3tmp" 2>/dev/null | head -n1)
if [ -n "$kept" ] && grep -q "offer1.base	123k" "$TMP/f3tmp/$kept"; then
	ok "the field typed is in $kept"
else
	bad "nothing kept in $TMP/f3tmp: $(ls -la "$TMP/f3tmp")"
fi

begin "F4: a link planted at the last-view temporary name is not followed"
STATE=$TMP/f4
mkdir -p "$STATE/negotiator"
echo "not yours" >"$TMP/victim"
ln -s "$TMP/victim" "$STATE/negotiator/last-view.tmp"
start 120 40 -- "$GUIDES"
expect "Guides"
keys q
expect "negotiator exited rc=0"
unset STATE
if [ "$(cat "$TMP/victim")" = "not yours" ]; then ok "the link's target is untouched"; else bad "the victim was written: $(cat "$TMP/victim")"; fi
if grep -q "^guide " "$TMP/f4/negotiator/last-view"; then ok "the view is saved in its own file"; else bad "no last-view"; fi

for kind in fifo zero urandom; do
	begin "F5/F6: last-view as a $kind is no record and never waited on"
	STATE=$TMP/f5-$kind
	mkdir -p "$STATE/negotiator"
	case $kind in
	fifo) mkfifo "$STATE/negotiator/last-view" ;;
	*) ln -s "/dev/$kind" "$STATE/negotiator/last-view" ;;
	esac
	start 120 40 -- "$GUIDES"
	expect "Guides"
	keys q
	expect "negotiator exited rc=0"
	unset STATE
done

begin "F7: a lock held by another program: saving waits, nothing freezes"
STATE=$TMP/f7
SAVED=$STATE/negotiator/$NAME
mkdir -p "$STATE/negotiator"
flock "$STATE/negotiator" sh -c 'echo $$ >"$0"; exec sleep 600' "$TMP/locker" &
file_says "$TMP/locker" 'test -s "$1"' || bad "the lock was not taken"
start 200 50 -- "$TMP/one"
expect "Bands — Hugging Face"
keys Enter Enter
type_text "140k"
expect_line "Base" "140k"
expect "NOT SAVED"
keys Escape q
# The question says why: another program holds the lock.
expect "saving waits"
expect "r  retry"
keys Escape
expect "Not quit: the negotiation is still not saved."
kill "$(cat "$TMP/locker")"
wait
# Tried again on its own once the lock is let go, without a key.
expect "Saved again."
if grep -q "offer1.base	140k" "$SAVED"; then ok "saved without a keystroke once the lock went"; else bad "not saved after the lock went: $(cat "$SAVED" 2>&1)"; fi
keys q
expect "negotiator exited rc=0"
unset STATE
if grep -q "offer1.base	140k" "$SAVED"; then ok "saved once the lock was let go"; else bad "not saved: $(cat "$SAVED" 2>&1)"; fi

begin "F11: bidirectional controls from a state file, or typed, are never drawn"
STATE=$TMP/f11
mkdir -p "$STATE/negotiator"
RLO=$(printf '\342\200\256')
LRI=$(printf '\342\201\246')
printf 'negotiator-state 2\nguide\thugging-face/ml-ai-engineer\nform\toffer1.name\tEvil%sCorp\nform\toffer1.base\t130k\nend\n' "$RLO" >"$STATE/negotiator/$NAME"
start 200 50 -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
expect "Evil"
if screen | grep -qF "$RLO"; then bad "U+202E from the state file is drawn"; else ok "U+202E from the state file is not drawn"; fi
keys g /
type_text "hug${LRI}${RLO}x"
settle
if screen | grep -qF -e "$RLO" -e "$LRI"; then bad "a bidi control typed in the filter is drawn"; else ok "nothing typed of them is drawn"; fi
keys Escape Escape q
expect "negotiator exited rc=0"

begin "F10: a guide changed on disk is read again whole when opened again"
mkdir -p "$TMP/f10"
cp "$GUIDES/hugging-face--ml-ai-engineer.md" "$GUIDES/brambleworks--staff-software-engineer.md" "$TMP/f10/"
HFG=$TMP/f10/hugging-face--ml-ai-engineer.md
start 200 50 -- "$TMP/f10"
# open_guide NAME [TEXT]: filter the list down to NAME; the panes show
# its guide once the keys rest, and TEXT is what opening it says (until
# the next key: checked before Enter, which on a busy machine could
# otherwise come after the keys rested and clear it).
open_guide() {
	keys g Escape /
	type_text "$1"
	expect "Bands — $1"
	[ -z "${2:-}" ] || expect "$2"
	keys Enter
}
open_guide "Hugging Face"
expect "Ask   €115K base"
open_guide "Brambleworks"
# The strategy's ask and the Paris band's top, changed while away.
sed -e 's/€115K/€117K/g' -e 's/base_high: 120000/base_high: 121000/' "$HFG" >"$HFG.new"
mv "$HFG.new" "$HFG"
open_guide "Hugging Face" "changed on disk since it was read: read again"
expect "Ask   €117K base"
expect "€88K–€121K"
open_guide "Brambleworks"
rm "$HFG"
open_guide "Hugging Face" "cannot be read again"
keys q
expect "negotiator exited rc=0"

# --- e and w: no file followed or waited on ----------------------------------
OUT=$TMP/out
mkdir -p "$OUT"
start 200 50 -- "$TMP/one"
expect "Bands — Hugging Face"

begin "F8: e to a FIFO is refused, never waited on"
mkfifo "$OUT/pipe"
keys e C-u
type_text "$OUT/pipe"
keys Enter
expect "$OUT/pipe is a FIFO: nothing written."
expect "Bands — Hugging Face"    # the screen still answers

begin "F9: w to a dangling link is refused; nothing is made where it points"
ln -s "$OUT/nowhere/made.txt" "$OUT/dangling"
mkdir -p "$OUT/nowhere"
keys s w C-u
type_text "$OUT/dangling"
keys Enter
expect "is a link to nothing"
if [ -e "$OUT/nowhere/made.txt" ]; then bad "a file was made through the link"; else ok "nothing made through the link"; fi

begin "F9: e through a link to a file asks first and names its target"
printf 'mine\n' >"$OUT/target.md"
ln -s "$OUT/target.md" "$OUT/link.md"
keys e C-u
type_text "$OUT/link.md"
keys Enter
expect "Write through a link?"
expect_box "as a link to $OUT/target.md: the negotiation goes there."
keys n
expect "Not written:"
if [ "$(cat "$OUT/target.md")" = mine ]; then ok "a no leaves the target as it was"; else bad "target.md changed"; fi
keys Enter
expect "Write through a link?"
keys y
expect "Wrote the negotiation to $OUT/target.md"
if [ -L "$OUT/link.md" ] && grep -q "Hugging Face" "$OUT/target.md"; then ok "written to the target, the link kept"; else bad "link.md or target.md wrong"; fi

begin "a file name longer than the prompt holds is refused, not cut"
long=$OUT/$(printf 'n%.0s' $(seq 1 150)).md
keys e C-u
type_text "$long"
keys Enter
expect "longer than the 127 bytes the prompt holds: nothing written"
if [ -z "$(ls "$OUT" | grep '^nnnn')" ]; then ok "no file under a cut name"; else bad "a file under a cut name: $(ls "$OUT")"; fi
keys q
expect "negotiator exited rc=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
