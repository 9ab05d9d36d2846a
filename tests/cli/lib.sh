# tests/cli/lib.sh - what the command-line test scripts check, sourced
# after they set BIN and TMP: counters, a run with a time limit (a hang
# must not stall the suite), and checks on what reaches the terminal.
passed=0; failed=0; skipped=0
# The interpreter for the checks (PYTHON; see tests/python.sh).
# shellcheck source=tests/python.sh
. "$(dirname "$0")/../python.sh"
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# A hang must not stall the suite; only hangs are caught this way, no
# test depends on how fast anything runs.
LIMIT=60
run() {
	if command -v timeout >/dev/null 2>&1; then
		timeout -k 5 "$LIMIT" "$BIN" "$@"
	else
		"$BIN" "$@"
	fi
}

skip() { skipped=$((skipped + 1)); echo "skip: $*" >&2; }

# fixed_world TODAY: only our guides, no user settings, a fixed today and
# a UTF-8 locale; the user's folders all under $TMP.
fixed_world() {
	export NEGOTIATOR_TODAY="$1"
	export XDG_DATA_HOME="$TMP/xdg-data" XDG_STATE_HOME="$TMP/xdg-state"
	export XDG_CONFIG_HOME="$TMP/xdg-config"
	unset NEGOTIATOR_GUIDES NO_COLOR
	export LC_ALL=C.UTF-8
}

# status_is NAME WANT RC
status_is() {
	if [ "$3" = "$2" ]; then pass; else fail "$1: exit status $3, wanted $2"; fi
}

# What no_controls refuses, as bytes (grep -P in the C locale): a C0
# control but '\n' (grep reads by lines), DEL; a C1 control as UTF-8
# (U+0080..U+009F) or a raw CSI byte (0x9B not after 0xC2); a
# bidirectional control or line separator (U+202A..U+202E, U+2066..U+2069,
# U+2028, U+2029, U+200E, U+200F, U+061C).  One grep a file, where a
# python3 start cost six times as much; python3 only explains a failure.
CONTROLS='[\x00-\x09\x0B-\x1F\x7F]|\xC2[\x80-\x9F]|(?<!\xC2)\x9B|\xE2\x80[\x8E\x8F\xA8-\xAE]|\xE2\x81[\xA6-\xA9]|\xD8\x9C'

# no_controls NAME FILE: no ESC, BEL, C1 (as U+0080..U+009F or a raw 8-bit
# byte), DEL, C0 control but '\n', or bidirectional control in FILE.
no_controls() {
	if LC_ALL=C grep -qaP -- "$CONTROLS" "$2"; then
		fail "$1: output holds a control character"; where_control "$2" >&2
	else pass; fi
}

# where_control FILE: the first control's byte and what is around it.
where_control() {
	"$PYTHON" - "$1" "$CONTROLS" <<'EOF'
import re, sys
data = open(sys.argv[1], 'rb').read()
m = re.search(sys.argv[2].encode('latin-1'), data)
if m:
    i = m.start()
    print('    control at byte %d: %r' % (i, data[max(0, i - 20):i + 20]))
EOF
}

# has NAME FILE TEXT: FILE contains TEXT (the output is not empty
# for some unrelated reason, so no_controls is not passing vacuously).
has() {
	if grep -qF -- "$3" "$2"; then pass; else fail "$1: output lacks '$3'"; head -5 "$2" | sed 's/^/    /' >&2; fi
}

# not_killed NAME RC: the program ended by itself, not by a signal (or
# the time limit).
not_killed() {
	if [ "$2" -lt 124 ]; then pass; else fail "$1: exit status $2 (signal or hang)"; fi
}

# no_sanitizer NAME FILE: no AddressSanitizer / UBSan report in FILE (BIN
# may be a sanitizer build; such a report ends with exit status 1 only).
no_sanitizer() {
	if grep -qE 'runtime error:|Sanitizer' "$2"; then
		fail "$1: sanitizer report"; grep -E 'runtime error:|Sanitizer' "$2" | head -3 >&2
	else pass; fi
}

# plain NAME WANT ARGS...: run; stdout and stderr hold no controls; one
# of them holds WANT.  Its exit status is kept in last_rc, for a check
# of it that needs no second start.
plain() {
	name=$1 want=$2; shift 2
	run "$@" >"$TMP/out" 2>"$TMP/err"
	last_rc=$?
	not_killed "$name" $last_rc
	no_sanitizer "$name" "$TMP/err"
	no_controls "$name (stdout)" "$TMP/out"
	no_controls "$name (stderr)" "$TMP/err"
	cat "$TMP/out" "$TMP/err" >"$TMP/both"
	[ -n "$want" ] && has "$name" "$TMP/both" "$want"
}

# json NAME WANT ARGS...: --json output parses; no raw control byte in it
# and no control in any decoded string; WANT among the strings.
json() {
	name=$1 want=$2; shift 2
	run "$@" --json >"$TMP/json" 2>"$TMP/err"
	not_killed "$name" $?
	no_sanitizer "$name" "$TMP/err"
	no_controls "$name (stderr)" "$TMP/err"
	if "$PYTHON" - "$TMP/json" "$want" <<'EOF'
import json, sys
raw = open(sys.argv[1], 'rb').read()
for i, b in enumerate(raw):
    if b < 0x20 and b not in (0x0A, 0x09, 0x0D) or b == 0x7F:
        sys.exit('raw control byte 0x%02X at %d in the JSON' % (b, i))
doc = json.loads(raw.decode('utf-8'))
strings = []
def walk(v):
    if isinstance(v, str):
        strings.append(v)
    elif isinstance(v, dict):
        for k, x in v.items():
            strings.append(k)
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
walk(doc)
for s in strings:
    for c in s:
        if (ord(c) < 0x20 and c != '\n') or 0x7F <= ord(c) <= 0x9F:
            sys.exit('control U+%04X in JSON string %r' % (ord(c), s[:60]))
if sys.argv[2] and not any(sys.argv[2] in s for s in strings):
    sys.exit('no JSON string holds %r' % sys.argv[2])
EOF
	then pass; else fail "$name: bad JSON output"; fi
}
