#!/bin/sh
# End-to-end tests of saved negotiations under concurrency and faults
# (issue 13): two programs open on one guide lose nothing of each
# other's, and quitting with work that could not be saved asks first
# (on a full disk: a small tmpfs, where the test can mount one).
# Usage: tests/tui/saved.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen, never for time.
set -u

# A full disk needs a small tmpfs, and mounting one needs a mount
# namespace of our own (as root, or through a user namespace): run this
# whole script in one when we can.  The tmux server started from here,
# and the program in it, see the same mounts.
if [ -z "${NEGOTIATOR_TEST_NS:-}" ] && command -v unshare >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then ns="unshare -m --propagation private"
	else ns="unshare -r -m --propagation private"; fi
	if $ns true >/dev/null 2>&1; then
		NEGOTIATOR_TEST_NS=1 exec $ns sh "$0" "$@"
	fi
fi
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

# One guide, so that it opens first; a state folder both programs share.
mkdir -p "$TMP/one"
cp "$GUIDES/hugging-face--ml-ai-engineer.md" "$TMP/one/"
SHARED="$TMP/shared-state"
SAVED="$SHARED/negotiator/hugging-face--ml-ai-engineer.state"

# count_lines FILE PATTERN: lines of FILE that start with PATTERN.
count_lines() {
	if [ -f "$1" ]; then grep -c "^$2" "$1"; else echo 0; fi
}

begin "two programs on one guide: the rounds and answers of both are kept"
STATE=$SHARED
start 200 50 -- "$TMP/one"    # A, opened first
expect "Bands — Hugging Face"
start_also 200 50 -- "$TMP/one"    # B, on the same guide
PANE=second
expect "Bands — Hugging Face"
keys Enter
enter_paris_offer
enter_company_offer    # the company's offer, for C to record
expect "€235K/yr"
keys Escape c
keys C
expect "Round 1 recorded"
keys C
expect "Round 2 recorded"
# The guide's strategy (7/7) has one placeholder to answer (5/7 has more
# since its competitor and his figures became placeholders: issue 11).
keys s "]" "]" "]"
expect "Script 7/7 · picked · 1 to fill in (a)"
keys a
expect "Answer 1 of 1"
type_text "40"
keys Enter
expect "Answers saved"
keys q
expect "negotiator exited rc=0"
if [ "$(count_lines "$SAVED" round)" = 2 ]; then ok "B saved its two rounds"; else bad "B's file: $(cat "$SAVED")"; fi
if [ "$(count_lines "$SAVED" answer)" = 1 ]; then ok "B saved its answer"; else bad "B's file: $(cat "$SAVED")"; fi
PANE=main
# A, opened before B saved, takes in what B saved as B saves it, without
# a keystroke; then types in its form.
expect "Another window saved this negotiation: took its "
expect_line "Base" "130k"
keys Enter Enter C-u
type_text "9"
expect "€9 below band"
keys Escape c
expect "Rounds (2)"
keys q
expect "negotiator exited rc=0"
unset STATE
if [ "$(count_lines "$SAVED" round)" = 2 ]; then ok "the file still holds B's two rounds"; else bad "rounds lost: $(cat "$SAVED")"; fi
if grep -q "^answer	.*	40$" "$SAVED"; then ok "the file still holds B's answer"; else bad "answer lost: $(cat "$SAVED")"; fi
if grep -q "^form	offer1.base	9" "$SAVED"; then ok "the file holds A's keystroke"; else bad "A's form lost: $(cat "$SAVED")"; fi

# --- a full disk ------------------------------------------------------------
FULL="$TMP/full"
FULL_SAVED="$FULL/negotiator/hugging-face--ml-ai-engineer.state"
mkdir -p "$FULL"
if [ -z "${NEGOTIATOR_TEST_NS:-}" ] ||
   ! mount -t tmpfs -o size=256k tmpfs "$FULL" 2>/dev/null; then
	echo "skip - a full disk: cannot mount a small tmpfs here (needs unshare and mount namespaces)"
else
# The disk fills once the program has read every key and gone back to
# waiting for the next: what it drew is on the screen before what it
# saves after drawing is written, so a check of the screen alone would
# let the disk fill under the save of what was typed before.
fill_disk() {
	idle
	dd if=/dev/zero of="$FULL/fill" bs=4k >/dev/null 2>&1
	: # dd ends with "No space left on device": that is the point
}

begin "a full disk: quitting with work not saved asks first"
STATE=$FULL
start 200 50 -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
keys Enter
enter_paris_offer
enter_company_offer    # the company's offer, for C to record
expect "€235K/yr"
keys Escape c
expect "Rounds (0)"
fill_disk
keys C
expect "Rounds (1)"
expect "NOT SAVED"
expect "Not saved: could not save $FULL_SAVED (write: No space left"
keys q
# The question names the file and the error.
expect_box "The negotiation for hugging-face/ml-ai-engineer is not saved: could not save $FULL_SAVED (write: No space left on device)."
expect "r  retry"
keys Escape
expect "Not quit: the negotiation is still not saved."
expect "NOT SAVED"
keys q
expect "Q  quit anyway"
keys r
expect "Still not saved."
expect "r  retry"
rm -f "$FULL/fill"
keys r
expect "negotiator exited rc=0"
if [ "$(count_lines "$FULL_SAVED" round)" = 1 ]; then ok "retried once there was room: the round is saved"; else bad "no round in $FULL_SAVED"; fi

begin "a full disk: the negotiation saved elsewhere"
STATE=$FULL
start 200 50 -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
keys c
expect "Rounds (1)"
fill_disk
keys C
expect "Rounds (2)"
expect "NOT SAVED"
keys q
expect "r  retry"
keys e
expect "Save the negotiation to:"
expect "ml-ai-engineer.state"    # the suggestion, its end in view
keys C-u
type_text "$TMP/elsewhere.state"
keys Enter
expect "negotiator exited rc=0"
expect "is saved in $TMP/elsewhere.state, not in its"
if [ "$(count_lines "$TMP/elsewhere.state" round)" = 2 ]; then ok "both rounds are in the other file"; else bad "$TMP/elsewhere.state: $(cat "$TMP/elsewhere.state" 2>&1)"; fi
# A copy a person reads, and the way to load the saved file.
expect "to read: $TMP/elsewhere.md (Markdown)"
expect_file "$TMP/elsewhere.md" "Hugging Face"
expect_file "$TMP/elsewhere.md" "## Rounds"
expect "to load it, once there is room: cp '$TMP/elsewhere.state' '"
mkdir -p "$TMP/loaded/negotiator"
cp "$TMP/elsewhere.state" "$TMP/loaded/negotiator/hugging-face--ml-ai-engineer.state"
STATE="$TMP/loaded"
start 200 50 -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
keys c
expect "Rounds (2)"    # loaded from the file saved elsewhere
keys q
expect "negotiator exited rc=0"

begin "a full disk: quit anyway says what was lost"
STATE=$FULL
start 200 50 -- "$TMP/one"
unset STATE
expect "Bands — Hugging Face"
keys c C
expect "NOT SAVED"
keys q
expect "r  retry"
keys Q
expect "quit without saving the negotiation for hugging-face/ml-ai-engineer"
expect "negotiator exited rc=1"
rm -f "$FULL/fill"
umount "$FULL" 2>/dev/null
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
