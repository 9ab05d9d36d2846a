#!/bin/sh
# End-to-end test of the TUI under a data limit (issue 13), what a
# sanitizer build cannot run (it reserves its own memory): make check runs
# it on the strict build, as tests/cli/limits.sh.
# Usage: tests/tui/limits.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen, never for time.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"
skipped=0

# --- 15. memory: eight guides made mostly of a 1 MB table --------------------
# cmark-gfm's tree for such a table took 232 MB, and the TUI 264 MB over
# eight of them.  Under a 96 MB data limit (what the bound allows, 20 MiB,
# and the program's own, with room to spare) each opens, its reader shows
# what comes before the table as Markdown and the table as it is, and
# the program lives on.  Deterministic: malloc fails past the limit, and
# the program aborts.
begin "eight 1 MB-table guides under a 96 MB data limit"
if [ -n "${ASAN_OPTIONS:-}${TUI_TEST_ENV:-}" ]; then
	echo "skip - a data limit: the sanitizer build reserves its own memory"
	skipped=1
else
	"$PYTHON" "$ROOT/tests/bench/gen_table_guides.py" 8 "$TMP/big"
	cat >"$TMP/limit.sh" <<'LIMIT'
#!/bin/sh
ulimit -d 98304 || exit 99
exec "$@"
LIMIT
	chmod +x "$TMP/limit.sh"
	WRAP="$TMP/limit.sh" start 120 40 -- "$TMP/big"
	expect "Guides 8/8"
	for f in "$TMP"/big/*; do
		company=$(sed -n 's/^company_display: //p' "$f" | tr -d '\r' | head -1)
		open_named "$company"
		keys r
		expect "Reader — $company"
		keys End
		expect "|9|"    # the table's last lines, as they are
		keys r
	done
	keys r /
	type_text "would take more memory"
	keys Enter
	expect "its Markdown would take more memory than negotiator allows"
	keys Escape Escape q
	expect "negotiator exited rc=0"
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
