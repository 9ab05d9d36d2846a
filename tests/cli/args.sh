#!/bin/sh
# Command-line tests of what the user gives the program (issue 13): values
# of the wrong type in a guide are errors for check, arguments quoted back
# in messages are cleaned, a broken file's error is said once, a percent
# with no number is refused, and a closed stdout gives one exit status.
#
# Usage: sh tests/cli/args.sh BIN     (from the repository root)
# Prints "N passed, N failed"; exits non-zero when anything failed.
set -u
BIN=${1:?usage: args.sh BIN}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT


# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26

HF=data/guides/hugging-face--ml-ai-engineer.md

rc_of() {
	run "$@" >/dev/null 2>&1
	echo $?
}

# --- 10. values of the wrong type are errors -------------------------------------
band='compensation:
  - region: Paris
    currency: EUR
    base_low: 90000
    base_high: 120000
'
# typed NAME YAML-LINES WANT: a guide with those lines fails check, the
# finding an error that says WANT.
typed() {
	name=$1 yaml=$2 want=$3
	printf -- '---\ncompany: typed\nrole: r\n%s%s---\n# T\n' "$yaml" "$band" >"$TMP/typed.md"
	plain "$name" "$want" check "$TMP/typed.md"
	status_is "$name: check fails" 1 "$last_rc"
	if grep -F -- "$want" "$TMP/both" | grep -q ": error: "; then pass; else fail "$name: '$want' is not an error"; grep -F -- "$want" "$TMP/both" | head -2 >&2; fi
}
typed "a word for a number" 'premium:
  low_pct: lots
  high_pct: 30
' "low_pct 'lots' is not a number"
typed "a list for a number" 'premium:
  low_pct: [1, 2]
  high_pct: 30
' "low_pct should be a number, not a list"
typed "a mapping for a number" 'premium:
  low_pct: {a: 1}
  high_pct: 30
' "low_pct should be a number, not a mapping"
typed "a list for text" 'company_display: [a, b]
' "company_display should be text, not a list"
typed "a word for yes or no" 'premium:
  low_pct: 20
  high_pct: 30
  included_in_ask: sometimes
' "included_in_ask 'sometimes' should be true or false"
typed "a list for the level mapping" 'level_mapping: [a]
' "level_mapping should be a mapping"
printf -- '---\ncompany: typed\nrole: r\ncompensation:\n  - region: Paris\n    currency: EUR\n    base_low: lots\n    base_high: [1, 2]\n    stock_low: {a: 1}\n    total_comp_low: many\n---\n# T\n' >"$TMP/band.md"
plain "wrong types in a band" "base_low 'lots' is not a number" check "$TMP/band.md"
status_is "wrong types in a band: check fails" 1 "$last_rc"
run check --json "$TMP/band.md" >"$TMP/json" 2>/dev/null
n=$("$PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"])' "$TMP/json" 2>&1)
if [ "$n" = 4 ]; then pass; else fail "wrong types in a band: $n errors in the JSON, wanted 4"; fi
# Still a guide: the other commands show it, with those values unknown.
status_is "wrong types: list still lists it" 0 "$(rc_of list "$TMP/band.md")"
# A number written as text is read, and only warned about.
printf -- '---\ncompany: typed\nrole: r\ncompensation:\n  - region: Paris\n    currency: EUR\n    base_low: "90000"\n    base_high: 120000\n---\n# T\n' >"$TMP/quoted.md"
status_is "a quoted number is a warning" 0 "$(rc_of check "$TMP/quoted.md")"
status_is "a quoted number with --strict" 1 "$(rc_of check --strict "$TMP/quoted.md")"

# --- 11. arguments quoted back are cleaned ----------------------------------------
# ESC and BEL (a screen clear and a bell), a C1 CSI, a bidi override.
E=$(printf '\033[2J\007\302\233\342\200\256')
plain "--region quoted" "has no region" compare "$HF" --region "Pa${E}ris" --base 100k
plain "--base quoted" "not an amount" compare "$HF" --region Paris --base "12${E}"
plain "a guide name quoted" "no guide matches" show "no${E}such"
plain "an unknown option quoted" "unknown option" list "--frob${E}"
plain "a rates file quoted" "no such file" compare "$HF" --region Paris --base '$100K' --rates "/no/${E}"
plain "-g quoted" "" list -g "/no/${E}"
plain "an --offer name quoted" "Goo" compare "$HF" --region Paris --offer "Goo${E}gle" --base 100k
plain "an --offer name quoted, markdown" "Goo" compare "$HF" --region Paris --offer "Goo${E}gle" --base 100k --markdown
json "an --offer name quoted, JSON" "" compare "$HF" --region Paris --offer "Goo${E}gle" --base 100k
plain "a value given twice quoted" "given twice" compare "$HF" --region Paris --base 1 --base "2${E}"

# --- 12. a broken file's error is said once ---------------------------------------
printf -- '---\ncompany: [\n---\n' >"$TMP/broken.md"
mkdir -p "$TMP/brokendir"
cp "$TMP/broken.md" "$TMP/brokendir/"
# once NAME ARGS...: the YAML error shows on exactly one line of the output.
once() {
	name=$1; shift
	run "$@" >"$TMP/out" 2>&1
	n=$(grep -c "YAML error" "$TMP/out")
	if [ "$n" = 1 ]; then pass; else fail "$name: the error is said $n times"; sed 's/^/    /' "$TMP/out" | head -5 >&2; fi
}
once "show a broken file" show "$TMP/broken.md"
once "compare a broken file" compare "$TMP/broken.md" --region Paris --base 1
once "list a broken file" list "$TMP/broken.md"
once "check a broken file" check "$TMP/broken.md"
once "list a folder with a broken file" list "$TMP/brokendir"
once "show a broken file in -g" show "$TMP/brokendir/broken.md" -g "$TMP/brokendir"
status_is "show a broken file: exit" 1 "$(rc_of show "$TMP/broken.md")"

# --- 13. --bonus % is refused: house's input table tests it, form and command
# line alike (tests/fixtures/input/typed.tsv: "bonus % refused").

# --- 14. a closed stdout: one exit status, the command's own -------------------
# closed_status NAME WANT ARGS...: stdout a pipe whose reader is gone
# before the program starts, one read whole, and one read for a byte and
# closed (as `| head -c1`): the status is WANT every time.
closed_status() {
	name=$1 want=$2; shift 2
	got=$("$PYTHON" - "$BIN" "$@" <<'EOF'
import os, subprocess, sys
cmd = sys.argv[1:]
seen = []
for mode in ["closed", "read", "one byte"] * 5:
    r, w = os.pipe()
    if mode == "closed":
        os.close(r)
    p = subprocess.Popen(cmd, stdout=w, stderr=subprocess.DEVNULL)
    os.close(w)
    if mode == "read":
        while os.read(r, 65536):
            pass
        os.close(r)
    elif mode == "one byte":
        os.read(r, 1)
        os.close(r)
    seen.append(p.wait(timeout=60))
print(" ".join(sorted(set(str(x) for x in seen))))
EOF
)
	if [ "$got" = "$want" ]; then pass; else fail "$name: exit statuses $got, wanted only $want"; fi
}
closed_status "list, stdout closed" 0 list data/guides
closed_status "list --json, stdout closed" 0 list --json data/guides
closed_status "show, stdout closed" 0 show "$HF"
closed_status "compare, stdout closed" 0 compare "$HF" --region Paris --base 130k
closed_status "check of a broken file, stdout closed" 1 check "$TMP/broken.md"
closed_status "keys, stdout closed" 0 keys
# Any other write error is one: stdout closed outright.
status_is "stdout closed outright" 1 "$(run list data/guides >&- 2>/dev/null; echo $?)"

echo "args: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
