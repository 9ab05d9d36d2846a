#!/bin/sh
# Command-line tests from two tables, a start of the program a row (about
# 240 in all): what the command line makes of each typed text, and each
# negotiation's counter and verdict.  A suite of their own, beside
# tests/cli/run.sh, so that make check runs the two side by side.
# Usage: sh tests/cli/tables.sh BIN     (from the repository root)
# Prints "N passed, N failed"; exits non-zero when anything failed.
set -u
BIN=${1:?usage: tables.sh BIN}
HERE=tests/cli
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26
HF=data/guides/hugging-face--ml-ai-engineer.md
# The world run.sh's checks leave: a rates file of the user's.
mkdir -p "$XDG_CONFIG_HOME/negotiator"
printf '# test rates\n1 USD = 0.9 EUR\n' >"$XDG_CONFIG_HOME/negotiator/rates"

# ---- the shared input table: what the command line makes of each typed
# text, the TUI's form makes too (tests/unit/test_input_table.c)
if "$PYTHON" $HERE/input_table.py "$BIN" $HF >"$TMP/table" 2>&1; then pass
else fail "input table: the command line disagrees"; cat "$TMP/table" >&2; fi

# ---- the negotiation table: each row's counter and verdict, the same in
# text, JSON and Markdown (tests/unit/test_negotiations.c reads it too)
if "$PYTHON" $HERE/negotiations.py "$BIN" >"$TMP/negs" 2>&1; then pass
else fail "negotiation table: the command line disagrees"; cat "$TMP/negs" >&2; fi

echo "cli-tables: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
