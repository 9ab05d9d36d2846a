#!/bin/sh
# tests/tally.sh - the one line `make check` ends with.
#
#   tests/tally.sh NAME COMMAND...   run COMMAND (its output shown as it
#       comes), then add what it counted to $CHECK_SUMMARY when that is
#       set: its tests passed, failed and skipped, and why it skipped.
#       Exits with COMMAND's status.
#   tests/tally.sh --print FILE     print the one line from FILE (after
#       a line of how long each suite took).
#   tests/tally.sh --timeline FILE  each suite's start and end, from the
#       first start, in the order they started.
#   TALLY_BUFFER=LOCKFILE: for suites run side by side, a suite's output
#       is shown in one piece when it ends (LOCKFILE serialises them).
#
# What a suite counted is read from its output: cmocka's "[  PASSED  ] N
# test(s)" and "[  FAILED  ] N test(s)", or the suite's own last line
# "... N passed, N failed[, N skipped]"; a suite that says nothing of
# the kind (a lint) counts as one test, passed or failed by its status.
# A skip is a line that starts with "skip" (or a cmocka message with
# "skipping:", or a line that ends "is skipped"); its reason is what
# follows (the whole line for the last kind).
set -u

if [ "${1:-}" = --timeline ]; then
	# Each suite's start and end, in seconds from the first start, in
	# the order they started: where the run's last seconds went.
	[ -f "${2:-}" ] || { echo "check: no suite ran"; exit 0; }
	sort -t "$(printf '\t')" -k8,8n "$2" | awk -F '\t' '
	$8 != "" { if (t0 == "") t0 = $8
		printf "%6.1f %6.1f  %-28s cpu %5.1fs\n", $8 - t0, $8 - t0 + $6, $1, $7 }'
	exit 0
fi
if [ "${1:-}" = --print ]; then
	[ -f "${2:-}" ] || { echo "check: no suite ran"; exit 0; }
	# How long each suite took (wall clock, longest first; suites may
	# have run side by side) and its CPU time, then the one line.
	sort -t "$(printf '\t')" -k6,6nr "$2" | awk -F '\t' '
	$6 != "" { line = line (line ? ", " : "") $1 " " $6 "s (cpu " $7 "s)"; cpu += $7 }
	END { if (line != "") printf "check: seconds per suite: %s; cpu %.1fs in all\n", line, cpu }'
	awk -F '\t' '
	{ suites++; p += $2; f += $3; s += $4
	  if ($3 > 0) bad = bad (bad ? ", " : "") $1
	  if ($5 != "") why = why (why ? "; " : "") $5 }
	END {
		line = sprintf("check: %d suites, %d tests passed, %d failed", suites, p, f)
		if (bad != "") line = line " (" bad ")"
		line = line sprintf(", %d skipped", s)
		if (s > 0) line = line " (" why ")"
		print line
	}' "$2"
	exit 0
fi

name=$1
shift
out=$(mktemp)
trap 'rm -f "$out" "$out.rc" "$out.cpu"' EXIT
# The CPU time of everything the suite started, tmux servers and the
# programs in them and the TUI tests' screen reader included (none of
# them its children), where perf can count it (perf stat's task-clock
# follows every fork); else only what the suite ran and waited for.
if [ -n "${CHECK_SUMMARY:-}" ] &&
   perf stat -x, -e task-clock -o "$out.cpu" true >/dev/null 2>&1; then
	set -- perf stat -x, -e task-clock -o "$out.cpu" -- "$@"
else
	rm -f "$out.cpu"
fi
t0=$(date +%s.%N)
if [ -n "${TALLY_BUFFER:-}" ]; then
	# Suites running side by side: each one's output in one piece, when
	# it ends, under a lock, so that their lines do not interleave.
	{ "$@" >"$out" 2>&1; echo "$?" >"$out.rc"; }
	flock "$TALLY_BUFFER" cat "$out"
else
	# The suite's output as it comes, and kept to be read after.
	{ "$@" 2>&1; echo "$?" >"$out.rc"; } | tee "$out"
fi
rc=$(cat "$out.rc")
secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
if [ -s "${out}.cpu" ]; then
	cpu=$(awk -F, '$3 == "task-clock" { printf "%.1f", $1 / 1000 }' "$out.cpu")
else
	times >"$out.rc"
	cpu=$(awk 'NR == 2 {
		for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] }
		printf "%.1f", s }' "$out.rc")
fi
[ -n "${CHECK_SUMMARY:-}" ] || exit "$rc"

counts=$(awk '
	/^\[  PASSED  \] [0-9]+ test/ { cp += $4; cm = 1 }
	/^\[  FAILED  \] [0-9]+ test/ { cf += $4; cm = 1 }
	/[0-9]+ passed, [0-9]+ failed/ {
		for (i = 1; i <= NF; i++) {
			if ($(i + 1) ~ /^passed/) lp = $i
			if ($(i + 1) ~ /^failed/) lf = $i
			if ($(i + 1) ~ /^skipped/) ls = $i
		}
		lm = 1
	}
	END {
		if (cm) print cp + 0, cf + 0, 0
		else if (lm) print lp + 0, lf + 0, ls + 0
		else print "-"
	}' "$out")
if [ "$counts" = - ]; then
	if [ "$rc" -eq 0 ]; then counts="1 0 0"; else counts="0 1 0"; fi
fi
# Why anything was skipped: each reason once.
why=$(sed -n 's/^skip[a-z]*[ :-]*//p; s/^.*skipping: //p; /is skipped\.*$/p' "$out" |
	sed 's/[[:space:]]*$//' | sort -u | awk 'NR > 1 { printf "; " } { printf "%s", $0 }')
nskip=$(sed -n '/^skip/p; /skipping: /p; /is skipped\.*$/p' "$out" | wc -l)
set -- $counts
# A suite that counts its skips says how many; else one per line.
[ "$3" -gt 0 ] || set -- "$1" "$2" "$nskip"
# The eighth field, when the suite started (seconds since the epoch),
# lets one draw the run as a timeline: which suite ran beside which.
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$1" "$2" "$3" "$why" "$secs" "$cpu" \
	"$t0" >>"$CHECK_SUMMARY"
exit "$rc"
