#!/bin/sh
# run.sh BIN - negotiator's performance benchmark (`make bench`).
#
# Builds the floor program (libyaml + cmark-gfm alone), generates 1,000 and
# 10,000 guides into tests/bench/out/ (cached), and prints the table of
# measurements against the targets.  Missed targets are reported, never an
# error; the exit status is non-zero only when the benchmark cannot run.
# Settings: BENCH_RUNS, BENCH_KEY_RUNS, BENCH_KEYS, BENCH_SIZES,
# BENCH_CALLGRIND (see tests/bench/README.md).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-}
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
	echo "usage: sh tests/bench/run.sh BIN   (BIN: the negotiator binary, e.g. build/negotiator)" >&2
	exit 2
fi
for tool in python3 "${CC:-cc}" pkg-config; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "bench: $tool is needed and missing" >&2
		exit 1
	fi
done
for tool in lowdown pandoc valgrind; do
	command -v "$tool" >/dev/null 2>&1 ||
		echo "bench: $tool is not installed; its rows will be skipped" >&2
done

mkdir -p "$here/out"
floor="$here/out/floor"
if [ ! -x "$floor" ] || [ "$here/floor.c" -nt "$floor" ]; then
	# shellcheck disable=SC2046
	${CC:-cc} -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Wall -Wextra \
		$(pkg-config --cflags yaml-0.1 libcmark-gfm) \
		-o "$floor" "$here/floor.c" \
		$(pkg-config --libs yaml-0.1 libcmark-gfm) -lcmark-gfm-extensions
fi

# Opening a guide: its prose read, timed over the corpus (needs the
# engine library beside the binary, build/libnegotiator.a).
opener="$here/out/open"
lib="$(dirname "$bin")/libnegotiator.a"
if [ -f "$lib" ] && { [ ! -x "$opener" ] || [ "$here/open.c" -nt "$opener" ] ||
                      [ "$lib" -nt "$opener" ]; }; then
	# shellcheck disable=SC2046
	${CC:-cc} -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Wall -Wextra \
		-I"$here/../../include" -o "$opener" "$here/open.c" "$lib" \
		$(pkg-config --libs yaml-0.1 libcmark-gfm) -lcmark-gfm-extensions \
		-lm -pthread
fi

# tee hides python's exit status in plain sh, so bench.py's own verdict is
# read back from results.json, which it writes last.
rm -f "$here/out/results.json"
python3 "$here/bench.py" "$bin" "$floor" | tee "$here/out/results.txt"
if ! python3 -c 'import json, sys; sys.exit(1 if json.load(open(sys.argv[1]))["problems"] else 0)' \
	"$here/out/results.json" 2>/dev/null; then
	echo "bench: the benchmark could not measure everything (see above)" >&2
	exit 1
fi
