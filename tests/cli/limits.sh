#!/bin/sh
# Command-line tests under a data limit (ulimit -d): a guide made mostly
# of a 1 MB table (tests/cli/files.sh checks what is said of it) is shown
# and compared within 96 MB of data.  A sanitizer build reserves its own
# memory and cannot run under such a limit: make check runs this on the
# strict build, the other CLI suites on the sanitizer build.
#
# Usage: sh tests/cli/limits.sh BIN     (from the repository root)
# Prints "N passed, N failed, N skipped"; exits non-zero when anything failed.
set -u
BIN=${1:?usage: limits.sh BIN}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26

if [ -n "${ASAN_OPTIONS:-}" ]; then
	skip "memory bound under a data limit: the sanitizer build reserves its own memory"
else
	# 100 one-character cells a row: cmark-gfm's tree took 232 MB for it.
	# 96 MB of data: the bound (20 MiB) and the program's own, with room;
	# far from the 232 MB it took.  Past it malloc fails: no timing.
	"$PYTHON" tests/bench/gen_table_guides.py 1 "$TMP/big"
	BIG=$(ls "$TMP"/big/*)
	(ulimit -d 98304 2>/dev/null && "$BIN" show "$BIG" >/dev/null 2>"$TMP/err")
	status_is "a 1 MB table: show within 96 MB of data" 0 "$?"
	region=$(sed -n 's/^  - region: //p' "$BIG" | tr -d '\r' | head -1)
	(ulimit -d 98304 2>/dev/null && "$BIN" compare "$BIG" --region "$region" --base 130k >/dev/null 2>"$TMP/err")
	status_is "a 1 MB table: compare within 96 MB of data" 0 "$?"
fi

echo "limits: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
