#!/bin/sh
# Run every cmocka unit-test binary given, UNIT_JOBS at a time (default:
# the number of processors), and show each one's output whole, in the
# order given; print one summary line.  Exit non-zero when any failed.
jobs=${UNIT_JOBS:-$(nproc 2>/dev/null || echo 2)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
i=0
for t in "$@"; do
	i=$((i + 1))
	printf '%s %s\n' "$i" "$t"
done | xargs -P "$jobs" -n 2 sh -c '"$2" >"$0/$1.out" 2>&1; echo $? >"$0/$1.rc"' "$out"
passed=0; failed=0; i=0
for t in "$@"; do
	i=$((i + 1))
	cat "$out/$i.out"
	if [ "$(cat "$out/$i.rc" 2>/dev/null)" = 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAILED: $t" >&2
	fi
done
echo "unit suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
