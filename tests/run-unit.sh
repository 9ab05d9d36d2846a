#!/bin/sh
# Run every cmocka unit-test binary given; print one summary line.
# Exit non-zero when any test failed.
passed=0; failed=0
for t in "$@"; do
	if "$t"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $t" >&2; fi
done
echo "unit suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
