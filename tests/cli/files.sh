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


# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26

HF=data/guides/hugging-face--ml-ai-engineer.md

# lacks NAME FILE TEXT: FILE does not contain TEXT.
lacks() {
	if grep -qF -- "$3" "$2"; then fail "$1: output has '$3'"; grep -F -- "$3" "$2" | head -3 | sed 's/^/    /' >&2; else pass; fi
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
	status_is "$label: check" 0 "$last_rc"
	json "$label: show --json" "Hugging Face" show "$F"
	# A broken guide under such a name: the reason is said, cleanly.
	printf -- '---\ncompany: [\n---\n' >"$D/broken-$name"
	plain "$label: a broken file's name" "broken-" check "$D/broken-$name"
	plain "$label: a broken file in a folder" "broken-" list "$D"
done

# --- 7. symbolic links and the walk's bounds -----------------------------------
# guides_in NAME WANT ARGS...: `list --json ARGS` names WANT guides.
guides_in() {
	name=$1 want=$2; shift 2
	run list --json "$@" >"$TMP/json" 2>"$TMP/err"
	guides_named "$name" "$want" "$TMP/json"
}
# guides_named NAME WANT JSON: the output of a `list --json` names WANT guides.
guides_named() {
	got=$("$PYTHON" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["guides"]))' "$3" 2>&1)
	if [ "$got" = "$2" ]; then pass; else fail "$1: $got guides, wanted $2"; head -5 "$TMP/err" | sed 's/^/    /' >&2; fi
}
W=$TMP/walk
mkdir -p "$W/lib"
cp "$HF" "$W/lib/"
ln -s / "$W/lib/root"
plain "a link to /: list" "hugging-face/ml-ai-engineer" list "$W/lib"
has "a link to /: said" "$TMP/both" "root: a link to a folder, not followed (-L follows links)"
lacks "a link to /: nothing from elsewhere" "$TMP/both" "shadow"
guides_in "a link to /: one guide" 1 "$W/lib"
status_is "a link to /: check passes" 0 "$(run check "$W/lib" >/dev/null 2>&1; echo $?)"
# A link named on the command line is followed (it was asked for).
ln -s "$W/lib" "$W/named"
guides_in "a named link to a folder" 1 "$W/named"
# Links followed when asked, loops and all.
mkdir -p "$W/loop/a/b"
cp "$HF" "$W/loop/a/b/"
ln -s .. "$W/loop/a/b/up"
ln -s "$W/loop" "$W/loop/a/again"
plain "-L through two loops" "hugging-face/ml-ai-engineer" list -L "$W/loop"
has "-L: the loop is said" "$TMP/both" "walked already (a link loop"
guides_in "-L through two loops: once" 1 -L "$W/loop"
guides_in "without -L: the same guide" 1 "$W/loop"
run list /proc/self >/dev/null 2>&1
not_killed "list /proc/self ends" $?
# Deeper than the bound: said, not passed over in silence.
D=$W/deep
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do D=$D/d$k; done
mkdir -p "$D"
cp "$HF" "$D/"
plain "too deep" "deeper than 16 folders" list "$W/deep"
guides_in "too deep: not read" 0 "$W/deep"
# More files than the bound: the walk stops, and says where.
mkdir -p "$W/many"
# Hard links to three empty files: an entry each, as the walk reads
# them, for a tenth of the system time that 100,005 new files take.
"$PYTHON" -c 'import os,sys
d = sys.argv[1]
for i in range(100005):
    p = os.path.join(d, "f%06d.txt" % i)
    if i % 50000 == 0:
        open(p, "w").close()
        first = p
    else:
        os.link(first, p)' "$W/many"
cp "$HF" "$W/many/a-guide.md"
# One walk of the 100,005 entries for both checks (1.7 s under ASan).
plain "too many files" "stopped after 100000 files" list --json "$W/many"
guides_named "too many files: what came first is read" 1 "$TMP/out"

# FIFOs, devices and links to them in a folder are not guides: left out
# unopened, and said (issue 20).
mkdir -p "$W/special"
cp "$HF" "$W/special/"
ln -s /dev/null "$W/special/null-link"
plain "a link to a device in a folder" "null-link: a link to a device, not a guide" list "$W/special"
if mkfifo "$W/special/pipe" 2>/dev/null; then
	plain "a FIFO in a folder" "pipe: a FIFO, not a guide: not opened" list "$W/special"
	guides_in "a FIFO in a folder: the guide still loads" 1 "$W/special"
else
	skip "mkfifo is not allowed here: the FIFO in a folder"
fi

# --- 8, 9. the rates file --------------------------------------------------------
# json_is NAME EXPR WANT ARGS...: run with --json; EXPR over j is WANT.
json_is() {
	name=$1 expr=$2 want=$3; shift 3
	run "$@" --json >"$TMP/json" 2>"$TMP/err"
	got=$("$PYTHON" -c 'import json,sys
j=json.load(open(sys.argv[1]))
print(repr(eval(sys.argv[2])))' "$TMP/json" "$expr" 2>&1)
	if [ "$got" = "$want" ]; then pass; else fail "$name: $expr = $got, wanted $want"; head -3 "$TMP/err" | sed 's/^/    /' >&2; fi
}
RD=$XDG_CONFIG_HOME/negotiator
RATES=$RD/rates
mkdir -p "$RD"
USD="--region Paris --base \$100K"
# 8. Anything but a regular file is refused, never waited on; and the
# file is read only when a conversion needs it.
if mkfifo "$RATES" 2>/dev/null; then
	plain "rates a FIFO, no conversion" "€130K" compare "$HF" --region Paris --base 130k
	status_is "rates a FIFO, no conversion: exit" 0 "$last_rc"
	lacks "rates a FIFO, no conversion: not read" "$TMP/both" "rates"
	# shellcheck disable=SC2086
	plain "rates a FIFO, a conversion" "not a regular file" compare "$HF" $USD
	status_is "rates a FIFO, a conversion: exit" 1 "$last_rc"
	plain "--rates FIFO, no conversion" "€130K" compare "$HF" --region Paris --base 130k --rates "$RATES"
	rm -f "$RATES"
else
	skip "mkfifo is not allowed here: the FIFO rates checks"
fi
# shellcheck disable=SC2086
plain "--rates /dev/zero" "not a regular file" compare "$HF" $USD --rates /dev/zero
# shellcheck disable=SC2086
plain "--rates a folder" "not a regular file" compare "$HF" $USD --rates "$RD"
# 9. Read whole, up to a stated limit.
printf '%244s%s\n' '' 'USD EUR 0.925' >"$RATES"
# shellcheck disable=SC2086
json_is "244 leading spaces" "j['offer']['base']" 92500 compare "$HF" $USD
"$PYTHON" -c 'import sys
head = ("# " + "x" * 97 + "\n") * 655 + "# " + "x" * 27 + "\n"
assert len(head) == 65530  # the rate crosses the 64 KiB mark
open(sys.argv[1], "w").write(head + "USD EUR 0.925\n")' "$RATES"
# shellcheck disable=SC2086
json_is "a rate across the 64 KiB mark" "j['offer']['base']" 92500 compare "$HF" $USD
"$PYTHON" -c 'import sys
f = open(sys.argv[1], "w")
f.write("# rates\n" * 1000000)
f.write("USD EUR 0.925\n")' "$RATES"
# shellcheck disable=SC2086
json_is "a rate after a million comment lines" "j['offer']['base']" 92500 compare "$HF" $USD
"$PYTHON" -c 'import sys
open(sys.argv[1], "w").write("# ok\nUSD EUR 0.925\n# " + "x" * 5000 + "\nGBP EUR 1.17\n")' "$RATES"
# shellcheck disable=SC2086
plain "a line past the limit" "rates:3: the line is 5002 bytes long; the limit is 4096" compare "$HF" $USD
status_is "a line past the limit: exit" 1 "$last_rc"
rm -f "$RATES"

# --- 15. memory: a guide made mostly of a 1 MB table -----------------------------
# 100 one-character cells a row: cmark-gfm's tree took 232 MB for it.  Its
# memory is bounded now (16 times the text and 4 MiB): the body is read
# piece by piece, heading to heading, and the table's piece, past its own
# bound, is left out and said so; the rest of the guide is read.
"$PYTHON" tests/bench/gen_table_guides.py 1 "$TMP/big"
BIG=$(ls "$TMP"/big/*)
first=$(grep -n '^## Appendix: every figure' "$BIG" | cut -d: -f1)
last=$(wc -l <"$BIG")
plain "a 1 MB table: check names its lines" "$first: warning: lines $first to $last not read: cmark-gfm would need more than" check "$BIG"
status_is "a 1 MB table: check passes (a warning)" 0 "$last_rc"
status_is "a 1 MB table: check --strict fails" 1 "$(run check --strict "$BIG" >/dev/null 2>&1; echo $?)"
plain "a 1 MB table: what comes before it is read" "Target ask, accept-at floor" show "$BIG"
# Within a data limit (ulimit -d), which a sanitizer build cannot run
# under: tests/cli/limits.sh, on the strict build.

echo "files: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
