# tests/tui/lib.sh - drive the real TUI in tmux; sourced by every TUI
# test script (and screenshots.sh), whose one argument is the program.
# Every start gets its own tmux server (socket), killed on exit.
# Waiting is by polling the screen.
if [ $# -ne 1 ] || [ ! -x "$1" ]; then
	echo "usage: $0 path/to/negotiator" >&2
	exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
	echo "tests/tui: tmux is not installed" >&2
	exit 2
fi
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The interpreter for the checks (PYTHON; see tests/python.sh).
# shellcheck source=tests/python.sh
. "$ROOT/tests/python.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
# A fresh tmux server (own socket) for every start: a server being killed
# can still answer the next command on the same socket.
runs=0
T="tmux -L negotiator-test-$$-0 -f /dev/null"
# tmux leaves a dead server's socket file behind; remove ours.
SOCKDIR="${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)"
# At the end the last program is hung up: it saves as it goes, so the
# folder is removed once it is gone (waited for, up to ~5 s).
cleanup() {
	$T kill-server >/dev/null 2>&1
	if [ -n "${SCREEN_PID:-}" ] && kill -0 "$SCREEN_PID" 2>/dev/null; then
		printf 'quit\n' >"$TMP/req"
		i=0
		while kill -0 "$SCREEN_PID" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
	for f in "$TMP"/pid "$TMP"/pid-*; do
		p=$(cat "$f" 2>/dev/null) || continue
		i=0
		while [ -n "$p" ] && kill -0 "$p" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	done
	rm -rf "$TMP"
	rm -f "$SOCKDIR"/negotiator-test-$$-*
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Runs the program in a pane; when it ends, prints its exit status and
# whether the terminal is back in its normal (canonical, echoing) mode,
# then keeps the pane open so the test can read that.
cat >"$TMP/wrap.sh" <<'WRAP'
#!/bin/sh
pidf=$1
shift
# Ctrl-C reaches this shell too; it must outlive the program to report.
trap ':' INT
sh -c 'echo $$ > "$0"; exec "$@"' "$pidf" "$@"
rc=$?
mode=$(stty -a 2>/dev/null | tr ' ' '\n' | grep -E '^-?(icanon|echo)$' | tr '\n' ' ')
echo "negotiator exited rc=$rc tty=[$mode]"
exec sleep 3600
WRAP
chmod +x "$TMP/wrap.sh"

# start WIDTH HEIGHT [ENV=VALUE...] -- ARGS...
# $TUI_TEST_ENV (space-separated ENV=VALUE) reaches every run, e.g.
# ASAN_OPTIONS=log_path=/tmp/asan/log for a sanitizer build.
start() {
	$T kill-server >/dev/null 2>&1
	runs=$((runs + 1))
	T="tmux -L negotiator-test-$$-$runs -f /dev/null"
	ask server "negotiator-test-$$-$runs"
	PANE=main
	launch main "$@"
}

# start_also WIDTH HEIGHT [ENV=VALUE...] -- ARGS...: a second program in
# a session named "second" of the same tmux server, beside the one that
# start began (its pid in $TMP/pid-second).  PANE=second makes screen,
# keys and the waits look at it; PANE=main goes back.
start_also() {
	launch second "$@"
}

# launch SESSION WIDTH HEIGHT [ENV=VALUE...] -- ARGS...
launch() {
	sess=$1 w=$2 h=$3
	shift 3
	envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		envs="$envs $1"
		shift
	done
	[ $# -gt 0 ] && shift
	pidf=$TMP/pid
	[ "$sess" = main ] || pidf=$TMP/pid-$sess
	rm -f "$pidf"
	mkdir -p "$TMP/xdg"
	# Saved negotiations: a fresh folder for every start, unless the
	# test names one in $STATE (to quit and come back to it).
	state=${STATE:-$TMP/xdg/state-$runs}
	# The environment is emptied but for TMUX, which tmux gives the
	# pane: the program may ask the tmux it runs in about itself.
	# TMPDIR is the test's own: what a program hung up while a save
	# fails keeps there (NAME.unsaved-RANDOM) goes with the test.
	# shellcheck disable=SC2086,SC2016
	$T new-session -d -s "$sess" -x "$w" -y "$h" \
		sh -c 'exec env -i TMUX="$TMUX" "$@"' sh \
		PATH="$PATH" HOME="$TMP/xdg" TERM=xterm-256color \
		LANG=C.UTF-8 LC_ALL=C.UTF-8 NEGOTIATOR_TODAY=2026-11-26 \
		XDG_DATA_HOME="$TMP/xdg/data" XDG_STATE_HOME="$state" \
		XDG_CONFIG_HOME="${CONFIG:-$TMP/xdg/config}" TMPDIR="$TMP" \
		${TUI_TEST_ENV:-} $envs \
		${WRAP:-} "$TMP/wrap.sh" "$pidf" "$BIN" "$@"
}

PANE=main

# How many times a wait polls the screen (every 0.05 s, so ~30 s and
# more on a loaded machine): generous, since a check that passes stops
# waiting at once, and a CI machine may be busy with other work.
TRIES=600

# The screen is read, keys are sent and waits are polled by one process
# for the whole script (tests/tui/libscreen.py: a tmux control-mode
# client), asked through two FIFOs with the shell's own printf and read:
# a check starts no process, where it started three or four (a tmux
# client, grep, sleep, a subshell) and a wait for an idle program a
# python3.  ask OP ARG...: one request; its status is the answer.
# It is no child of the script's shell (a script's `wait` waits for its
# own background jobs), and ends when asked or when the script is gone.
mkfifo "$TMP/req" "$TMP/resp"
("$PYTHON" "$ROOT/tests/tui/libscreen.py" "$TMP/req" "$TMP/resp" "$TRIES" $$ \
	</dev/null >/dev/null & echo $! >"$TMP/screen.pid")
read -r SCREEN_PID <"$TMP/screen.pid"
US=$(printf '\037')
ask() {
	_req=$1
	shift
	for _a in "$@"; do _req="$_req$US$_a"; done
	if ! kill -0 "$SCREEN_PID" 2>/dev/null; then
		echo "tests/tui: libscreen.py has ended; cannot $_req" >&2
		return 1
	fi
	printf '%s\n' "$_req" >"$TMP/req"
	IFS= read -r _answer <"$TMP/resp" || return 1
	[ "$_answer" = 0 ]
}

screen() {
	ask screen "$PANE" "$TMP/screen" && cat "$TMP/screen"
}

# wait_for TEXT: poll the screen until TEXT shows.
wait_for() {
	ask wait "$PANE" "$1"
}

# idle: wait until the program in $PANE has read every key sent to it and
# sleeps waiting for the next (its terminal's input queue empty, the
# program asleep waiting for input, twice running 0.01 s apart, at the
# pane's size).  What a
# check reads after it is the program's answer to everything sent, on a
# loaded machine too.  Returns at once when the program has ended.
idle() {
	pidf=$TMP/pid
	[ "$PANE" = main ] || pidf=$TMP/pid-$PANE
	ask idle "$PANE" "$pidf"
}

# settle: wait until the program is idle and the screen is the same
# twice running (tmux may still be drawing what it wrote).
settle() {
	pidf=$TMP/pid
	[ "$PANE" = main ] || pidf=$TMP/pid-$PANE
	ask settle "$PANE" "$pidf"
}

# resize COLS ROWS: the window to that size, and the program redrawn
# for it (tmux's grid may still show what was drawn before).
resize() {
	$T resize-window -t "$PANE" -x "$1" -y "$2"
	idle
}

# keys KEY...: send-keys to the pane (a key with a line break in it, which
# a request cannot carry, through a tmux client of its own).
NL='
'
keys() {
	case "$*" in
	*"$NL"*) $T send-keys -t "$PANE" "$@" ;;
	*) ask keys "$PANE" "$@" ;;
	esac
}

# Type text as literal keys, one at a time, so each is its own keystroke.
type_text() {
	keys -l -- "$1"
}

GUIDES="$ROOT/data/guides"

# Open the Hugging Face guide from the list by filtering for it.
open_hf() {
	keys g
	keys /
	type_text "hugging"
	keys Enter
	wait_for "Bands — Hugging Face" >/dev/null
}

# From the Bands pane: into the form; a competing offer of 130k base and
# 105k equity a year (the issue's example).
enter_paris_offer() {
	keys Enter
	type_text "130k"
	keys Down
	type_text "105k"
	keys C-t
}

# From the form: the company's offer (after the competing ones: >), and
# the same 130k base and 105k equity a year typed there, for C to record
# as the company's round.
enter_company_offer() {
	keys ">"
	wait_for "the company's offer" >/dev/null
	type_text "130k"
	keys Down
	type_text "105k"
	keys C-t
}

# click COL ROW: a left click at 1-based screen cell (SGR mouse report,
# as xterm sends it), press then release.
# The click is read by the program before anything more is sent: ncurses
# makes one gesture of the reports it finds queued together, and of two
# clicks queued on a busy machine the first would be lost.  (Between the
# press and the release it waits for the release, so it is not idle.)
click() {
	keys -l "$(printf '\033[<0;%d;%dM' "$1" "$2")"
	keys -l "$(printf '\033[<0;%d;%dm' "$1" "$2")"
	idle
}

# open_named COMPANY: open a guide from the list by filtering for it (the
# filter cleared first).
open_named() {
	keys g Escape /
	type_text "$1"
	keys Enter
	expect "Bands — $1"
}
