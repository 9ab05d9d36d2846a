#!/bin/sh
# Command-line tests of files and folders as they really are (issue 13):
# odd file names (Latin-1 bytes, tabs, controls, bidi), symbolic links
# (loops, a link to /), walks bounded in files and depth, and the rates
# file (special files, long lines, leading spaces, a million comments).
#
# Usage: sh tests/cli/files.sh BIN     (from the repository root)
# Prints "N passed, N failed"; exits non-zero when anything failed.
set -u
BIN=${1:?usage: files.sh BIN}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# A fixed world: only our guides, a fixed today.
export NEGOTIATOR_TODAY=2026-11-26
export XDG_DATA_HOME="$TMP/xdg-data" XDG_STATE_HOME="$TMP/xdg-state"
export XDG_CONFIG_HOME="$TMP/xdg-config"
unset NEGOTIATOR_GUIDES NO_COLOR
export LC_ALL=C.UTF-8

# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh

HF=data/guides/hugging-face--ml-ai-engineer.md

# lacks NAME FILE TEXT: FILE does not contain TEXT.
lacks() {
	if grep -qF -- "$3" "$2"; then fail "$1: output has '$3'"; grep -F -- "$3" "$2" | head -3 | sed 's/^/    /' >&2; else pass; fi
}

# status_is NAME WANT RC
status_is() {
	if [ "$3" = "$2" ]; then pass; else fail "$1: exit status $3, wanted $2"; fi
}

# --- 6. odd file names ---------------------------------------------------------
# Each name holds what the issue found to lose a guide's body: a Latin-1
# byte (invalid UTF-8), a tab, ESC and BEL, a bidi override, a newline.
i=0
for name in "$(printf 'caf\351.md')" "$(printf 'tab\there.md')" \
            "$(printf 'esc\033[31mred\007.md')" \
            "$(printf 'bidi\342\200\256dm.txt')" "$(printf 'new\nline.md')"; do
	i=$((i + 1))
	D=$TMP/names$i
	mkdir -p "$D"
	cp "$HF" "$D/$name"
	F=$D/$name
	label="odd name $i"
	plain "$label: show PATH" "Competing Offer Framing (Paris)" show "$F"
	lacks "$label: show PATH" "$TMP/both" "duplicate id"
	plain "$label: show ID -g DIR" "Competing Offer Framing (Paris)" show hugging-face/ml-ai-engineer -g "$D"
	plain "$label: compare --script" "which comes to €940K" compare "$F" --region Paris --base 130k --equity-per-year 105k --script
	plain "$label: list" "hugging-face/ml-ai-engineer" list "$D"
	plain "$label: check" "" check "$F"
	status_is "$label: check" 0 "$(run check "$F" >/dev/null 2>&1; echo $?)"
	json "$label: show --json" "Hugging Face" show "$F"
	# A broken guide under such a name: the reason is said, cleanly.
	printf -- '---\ncompany: [\n---\n' >"$D/broken-$name"
	plain "$label: a broken file's name" "broken-" check "$D/broken-$name"
	plain "$label: a broken file in a folder" "broken-" list "$D"
done

echo "files: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
