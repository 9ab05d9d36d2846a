#!/bin/sh
# Command-line tests against hostile guides: text from a guide never
# reaches the terminal with a control character, JSON stays valid and
# escaped, a closed stdout is no crash, and special files do not hang.
#
# Usage: sh tests/fuzz/cli-hostile.sh BIN     (from the repository root)
# Prints "N passed, N failed"; exits non-zero when anything failed.
set -u
BIN=${1:?usage: cli-hostile.sh BIN}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT


# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-01-15

# --- the hostile guides ------------------------------------------------------
# Written with printf octal escapes: \033 ESC, \007 BEL, \302\233 U+009B
# (C1 CSI), \233 a raw 8-bit CSI byte.  YAML escapes (\e \a \x9b \u009b)
# and Markdown references (&#27; &#x9b; &#7;) spell the same controls.
LIB=$TMP/lib
mkdir -p "$LIB"
printf '%s' '---
company: evil
role: escape
company_display: "Evil\e[2J Corp\a"
role_display: "Role \u009b31m red \x9b"
role_type: "raw \e]52;c;SGVsbG8=\a end"
data_quality: "\e]8;;http://x\e\\link\e]8;;\e\\"
negotiation_dna_summary: "bold \e[5m blink **+20-30% AGENTIC AI PREMIUM**"
data_sources: ["\e[31mred", "\a\b\f\v\0"]
level_mapping:
  internal: "\e[1mL5"
  raw: "L5\a\nL6\x9b"
premium:
  low_pct: 20
  high_pct: 30
  applies_to: "equity\e[2J"
compensation:
  - region: Paris
    currency: EUR
    base_low: 90000
    base_high: 120000
    stock_low: 100000
    stock_high: 200000
    total_comp_low: 115000
    total_comp_high: 170000
  - region: "Lon\e]52;c;SGVsbG8=\a\e[31mdon\u009b"
    currency: GBP
    base_low: "\e[2J"
    base_high: 130000
---
' >"$LIB/evil.md"
printf '# Evil \033[2J title &#27;[2J\n\n' >>"$LIB/evil.md"
printf '**Negotiation DNA:** bold \007 &#7; **+20-30%% AGENTIC AI PREMIUM**\n\n' >>"$LIB/evil.md"
printf '| Region | Base |\n|---|---|\n| Paris&#27;[2J | \342\202\25490K\342\200\223\342\202\254120K &#x1b;]52;c;AAAA&#7; |\n\n' >>"$LIB/evil.md"
printf '## Levers &#x9b;31m \302\233\n\n' >>"$LIB/evil.md"
printf '1. **Competing offer (Paris\033[2J):** "Say \033]52;c;AAAA\007 &#x1b;[2J this [X] \302\23331m now, before they write the offer down."\n' >>"$LIB/evil.md"
printf '2. **Premium &#x9b;:** "Agentic work &#27;]0;title&#7; is worth more than the band says it is."\n\n' >>"$LIB/evil.md"
printf '> **Negotiate Up Strategy:** "My ask is \342\202\254115K base \033[2J &#27;[2J &#7; &#x9b; \233 with \342\202\254200K equity over four years." "My accept-at floor is \342\202\25495K base with \342\202\254150K equity."\n' >>"$LIB/evil.md"

# Raw control bytes in the YAML itself (not escapes), and a file name
# with an escape in it.
printf -- '---\ncompany: raw\nrole: bytes\ncompany_display: Raw\033[2J\007 Co\302\233\nrole_display: R\033]0;pwned\007ole\ncompensation:\n  - region: Ber\033[5mlin\n    currency: EUR\n    base_low: 1\n    base_high: 2\n---\n# Raw \033[2J\n\nSay "here is a quoted line \033]52;c;QQ==\007 with enough words in it."\n' \
	>"$LIB/raw$(printf '\033[2J\007')name.md"
# Broken files whose reasons quote hostile text.
printf -- '---\ncompany: "bro\\e[2Jken"\nrole: [\033[31m\n---\n' >"$LIB/broken-yaml.md"
printf -- '# not a guide \033[2J\n' >"$LIB/not$(printf '\033]52;c;AA\007')a-guide.md"
printf -- '---\ncompany: warn\nrole: excerpt\ncompensation:\n  - region: X\n    currency: "\\e[2JEUR"\n    base_low: "\\e]52;c;AA\\a"\n---\n' >"$LIB/warn.md"
EVIL=$LIB/evil.md

plain "list" "evil/escape" list "$LIB"
plain "list names the skipped" "broken-yaml.md" list "$LIB"
plain "check" "evil.md" check "$LIB"
plain "check names the excerpt" "warn.md" check "$LIB"
plain "show" "Evil" show "$EVIL"
plain "show raw bytes" "Raw" show raw/bytes -g "$LIB"
plain "compare" "Paris" compare "$EVIL" --region Paris --base 100k
plain "compare script" "Say" compare "$EVIL" --region Paris --base 100k --script
json "list --json" "evil/escape" list "$LIB"
json "check --json" "evil.md" check "$LIB"
json "show --json" "Evil" show "$EVIL"
json "show raw --json" "Raw" show raw/bytes -g "$LIB"
json "compare --json" "Paris" compare "$EVIL" --region Paris --base 100k

# Edges that are not hostile but were unhandled: an empty folder (and one
# holding only hidden files), a script with no placeholder to fill.
mkdir -p "$TMP/empty" "$TMP/hidden"
printf -- '---\ncompany: h\nrole: h\n---\n' >"$TMP/hidden/.h.md"
plain "list empty folder" "" list "$TMP/empty"
plain "list hidden-only folder" "" list "$TMP/hidden"
printf -- '---\ncompany: nofill\nrole: plain\ncompensation:\n  - region: Paris\n    currency: EUR\n    base_low: 90000\n    base_high: 120000\n---\n# Plain\n\n**Levers**\n\n1. **Competing offer (Paris):** "I have another offer that pays more than this one does."\n' >"$TMP/nofill.md"
plain "compare --script, no placeholder" "another offer" compare "$TMP/nofill.md" --region Paris --base 100k --script

# --- a closed stdout -----------------------------------------------------------
# closed NAME ARGS...: stdout is a pipe whose reader is gone before the
# program writes; it must end by itself, and say on stderr nothing more
# than it says when stdout is fine (skipped files, a summary).
closed() {
	name=$1; shift
	run "$@" >/dev/null 2>"$TMP/err-open"
	if "$PYTHON" - "$TMP/err-open" "$BIN" "$@" <<'EOF'
import os, subprocess, sys
usual = open(sys.argv[1], 'rb').read()
r, w = os.pipe()
os.close(r)  # every write now fails with EPIPE (or raises SIGPIPE)
p = subprocess.run(sys.argv[2:], stdout=w, stderr=subprocess.PIPE,
                   timeout=60, restore_signals=True)
os.close(w)
if p.returncode < 0:
    sys.exit('killed by signal %d' % -p.returncode)
if p.stderr != usual:
    sys.exit('printed on stderr: %r' % p.stderr[:200])
EOF
	then pass; else fail "$name: closed stdout"; fi
}
closed "show, closed pipe" show "$EVIL"
closed "show --json, closed pipe" show "$EVIL" --json
closed "list, closed pipe" list "$LIB"
closed "check, closed pipe" check "$LIB"

# The same through a shell pipe, as a user would.
{ run show "$EVIL" 2>"$TMP/err"; echo $? >"$TMP/rc"; } | head -c1 >/dev/null
not_killed "show | head -c1" "$(cat "$TMP/rc")"
if [ ! -s "$TMP/err" ]; then pass; else fail "show | head -c1 printed: $(head -c 200 "$TMP/err")"; fi

# stdout closed outright: an error is fine, a crash is not.
run show "$EVIL" >&- 2>/dev/null
not_killed "show >&-" $?

# --- special files ---------------------------------------------------------------
# A FIFO named as a guide must be refused, not opened and waited on.
if mkfifo "$TMP/fifo.md" 2>/dev/null; then
	run check "$TMP/fifo.md" >"$TMP/out" 2>"$TMP/err"
	not_killed "check FIFO" $?
	run list "$TMP/fifo.md" >"$TMP/out" 2>"$TMP/err"
	not_killed "list FIFO" $?
	mkdir "$TMP/withfifo" && mkfifo "$TMP/withfifo/g.md"
	run list "$TMP/withfifo" >"$TMP/out" 2>"$TMP/err"
	not_killed "list folder with a FIFO" $?
fi
run check /dev/null >"$TMP/out" 2>"$TMP/err"
not_killed "check /dev/null" $?
if [ -r /dev/zero ]; then
	run check /dev/zero >"$TMP/out" 2>"$TMP/err"
	not_killed "check /dev/zero" $?
fi

echo "cli-hostile: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
