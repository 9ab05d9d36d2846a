# tests/tui/expect.sh - what a TUI test checks on the screen: sourced by
# the test scripts after lib.sh.  Counts passes and failures; a failure
# prints the screen.
passed=0
failed=0
current=""

begin() {
	current=$1
}

ok() {
	passed=$((passed + 1))
	echo "ok - $current: $1"
}

bad() {
	failed=$((failed + 1))
	echo "FAIL - $current: $1"
	echo "---- screen ----"
	screen | sed 's/^/| /'
	echo "----------------"
}

# expect TEXT: TEXT appears on the screen.
expect() {
	if wait_for "$1"; then ok "shows '$1'"; else bad "expected '$1'"; fi
}

# expect_not TEXT: once the screen settles, TEXT is not on it.
expect_not() {
	settle
	if screen | grep -qF -- "$1"; then bad "did not expect '$1'"; else ok "no '$1'"; fi
}

# expect_not_in_list TEXT: TEXT is not in the guide list (left column).
expect_not_in_list() {
	settle
	if screen | sed 1d | cut -c1-28 | grep -qF -- "$1"; then
		bad "did not expect '$1' in the guide list"
	else
		ok "no '$1' in the guide list"
	fi
}

# expect_file FILE TEXT: FILE exists and holds TEXT.
expect_file() {
	if [ -f "$1" ] && grep -qF -- "$2" "$1"; then
		ok "$(basename "$1") holds '$2'"
	else
		bad "expected $1 to hold '$2'"
	fi
}

# expect_count TEXT N: TEXT shows at least N times on the screen.
expect_count() {
	settle
	n=$(screen | grep -oF -- "$1" | wc -l)
	if [ "$n" -ge "$2" ]; then ok "'$1' shows $n times"; else bad "expected '$1' $2 times, saw $n"; fi
}

# expect_line A B: some line of the screen holds A and then B.
expect_line() {
	if ask line "$PANE" "$1" "$2"; then
		ok "a line with '$1' … '$2'"
	else
		bad "expected a line with '$1' … '$2'"
	fi
}

# box_lines: the lines inside the window drawn over the panes (between
# the corners of its top line), one a line, trimmed.
box_lines() {
	ask box "$PANE" "$TMP/box" && cat "$TMP/box"
}

# box_text: the window's text, its lines joined with every space taken
# out, so that what it wrapped (a long file name) reads whole.
box_text() {
	box_lines | tr -d ' \n'
}

# expect_box TEXT: the window over the panes says TEXT (spaces and line
# breaks aside).
expect_box() {
	if ask boxwait "$PANE" "$1"; then
		ok "the window says '$1'"
	else
		bad "expected the window to say '$1'"
	fi
}
