#!/bin/sh
# Build the libFuzzer harnesses and run each one for SECONDS.
#
# Usage: sh tests/fuzz/run.sh [SECONDS] [HARNESS...]   (from anywhere)
#   SECONDS    time per harness (default 180)
#   HARNESS    guide, money, text, mdrender, state, undo, rates, resume (default:
#              all, one after another)
# Environment:
#   FUZZ_CC     the compiler (default clang; needs libFuzzer)
#   FUZZ_BUILD  where objects, binaries and crash artifacts go
#               (default build/fuzz)
#   FUZZ_FLAGS  extra libFuzzer flags, e.g. "-jobs=2 -workers=2"
#
# The engine (src/*.c and src/reader/*.c but main.c and cli*.c) and the TUI's Markdown
# renderer (src/tui/mdrender.c, pure) are compiled with coverage and
# AddressSanitizer + UndefinedBehaviorSanitizer; each harness links it.
# Corpora live in tests/fuzz/corpus-NAME/ (git-ignored) and grow from run
# to run; each run re-seeds them from data/guides, tests/fixtures, the
# shared seed guide when present, and a few money and escape strings.
# Exit status: 0 when no harness found a crash, leak or timeout.
set -eu
cd "$(dirname "$0")/../.."

SECS=${1:-180}
[ $# -gt 0 ] && shift
HARNESSES=${*:-guide money text mdrender state undo rates resume}
CC=${FUZZ_CC:-clang}
OUT=${FUZZ_BUILD:-build/fuzz}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}

case $SECS in
''|*[!0-9]*) echo "run.sh: SECONDS must be a whole number, not '$SECS'" >&2
             exit 2 ;;
esac
if ! command -v "$CC" >/dev/null 2>&1; then
	echo "run.sh: $CC not found; libFuzzer needs clang (sh .ci/deps build)" >&2
	exit 2
fi

PKG_CFLAGS=$($PKG_CONFIG --cflags yaml-0.1 libcmark-gfm)
LIBS="$($PKG_CONFIG --libs yaml-0.1 libcmark-gfm) -lcmark-gfm-extensions -lm -pthread"
CFLAGS="-std=c11 -g -O1 -fno-omit-frame-pointer -pthread -Iinclude -Isrc \
 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 \
 -DNEGOTIATOR_VERSION=\"fuzz\" -DNEGOTIATOR_DATADIR=\"/nonexistent\""
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"

mkdir -p "$OUT/obj" "$OUT/artifacts"

# --- build ------------------------------------------------------------------
# The engine, and the TUI's pure (curses-free) Markdown renderer.
objs=""
for src in src/*.c src/reader/*.c src/tui/mdrender.c \
           src/tui/table.c; do
	case ${src##*/} in main.c|cli*.c) continue ;; esac
	[ -f "$src" ] || continue
	obj=$OUT/obj/$(echo "${src#src/}" | tr / -); obj=${obj%.c}.o
	# Rebuilt when the source or any header is newer than the object.
	if [ ! -f "$obj" ] || [ -n "$(find "$src" include src \( -name '*.h' -o -path "$src" \) -newer "$obj" 2>/dev/null | head -n1)" ]; then
		echo "  CC      $src"
		# shellcheck disable=SC2086
		$CC $CFLAGS $PKG_CFLAGS $SAN -fsanitize=fuzzer-no-link \
			-c "$src" -o "$obj"
	fi
	objs="$objs $obj"
done
# An archive, so that a harness pulls in only the objects it needs.
rm -f "$OUT/libengine.a"
# shellcheck disable=SC2086
${AR:-ar} rcs "$OUT/libengine.a" $objs
for h in $HARNESSES; do
	[ -f "tests/fuzz/fuzz_$h.c" ] || { echo "run.sh: no harness '$h'" >&2; exit 2; }
	echo "  LD      $OUT/fuzz_$h"
	# shellcheck disable=SC2086
	$CC $CFLAGS $PKG_CFLAGS $SAN -fsanitize=fuzzer \
		"tests/fuzz/fuzz_$h.c" "$OUT/libengine.a" $LIBS -o "$OUT/fuzz_$h"
done

# --- seed corpora -----------------------------------------------------------
# seed DIR FILE...: copy each file in under a name from its checksum.
seed() {
	dir=$1; shift
	mkdir -p "$dir"
	for f in "$@"; do
		[ -f "$f" ] || continue
		cp "$f" "$dir/seed-$(cksum <"$f" | cut -d' ' -f1)"
	done
}
# seed_text DIR STRING...: one seed per string (printf escapes allowed).
seed_text() {
	dir=$1; shift
	mkdir -p "$dir"
	i=0
	for s in "$@"; do
		i=$((i + 1))
		# shellcheck disable=SC2059
		printf -- "$s" >"$dir/seed-str-$i"
	done
}

guide_files=$(find data/guides tests/fixtures -type f 2>/dev/null | sort)
if [ -d ../shared/seeds ]; then
	guide_files="$guide_files
$(find ../shared/seeds -type f | sort)"
fi
# Word splitting on newlines only: fixture names may hold spaces.
IFS='
'
# shellcheck disable=SC2086
seed tests/fuzz/corpus-guide $guide_files
# shellcheck disable=SC2086
seed tests/fuzz/corpus-text $guide_files
# shellcheck disable=SC2086
seed tests/fuzz/corpus-mdrender $guide_files
# shellcheck disable=SC2086
seed tests/fuzz/corpus-money $(find data/guides tests/fixtures/hostile/money -type f | sort)
unset IFS
seed_text tests/fuzz/corpus-money '130000' '130,000' '130k' '€130K' \
	'1.2M' 'CHF 210K' '$205,000' ' 95k ' '£140K' '¥12M' '$1.19M' \
	'€88K–€120K' '20--35%%' '$242K / €115K' '-5k' '1e30' \
	'99999999999999999999' '9223372036854775807' 'US$ 1,000,000.50' \
	'€ 1.5k to €2k' '0.0001M' ',,,' 'K' '€'
seed_text tests/fuzz/corpus-text 'plain' 'tab\there\r\n' \
	'\033[2J\033[H' '\033]52;c;aGk=\007' '\302\233 31m' '\300\257' \
	'\355\240\200' '\364\220\200\200' 'caf\303\251 \342\202\254 \360\237\231\202' \
	'\342\200\256rtl\342\200\254' '\177\001\002'
seed_text tests/fuzz/corpus-rates '# my rates\n1 USD = 0.92 EUR\nGBP EUR 1.17   # pound\nnonsense\n' \
	'                                        USD EUR 0.925\n' '100 JPY = 0.61 EUR' 'USD EUR 0\nUSD EUR 1e400\n'
seed_text tests/fuzz/corpus-state \
	'negotiator-state 2\nguide\ta/b\nform\tbase\t130k\nanswer\t[X]\t40\nround\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\tabc-1\nend\n' \
	'negotiator-state 1\nguide\ta/b\nround\t2026-11-20\tme\tParis\t1\t-\t-\t1\tx\\ty\nend\n@@\nnegotiator-state 2\nguide\ta/b\nround\t2026-11-20\tme\tParis\t1\t-\t-\t1\tx\tv1-0\nanswer\t[Y]\t1\nend\n@@\nnegotiator-state 2\nguide\ta/b\nend\n'
seed_text tests/fuzz/corpus-undo \
	'negotiator-undo 1\nguide\ta/b\nowner\t1\nsnap\nsnap\nform\toffer1.base\t5\nround\t2026-11-20\tcompany\tParis\t1\t2\t-\t0\tn\tabc-1\npast\t0\t1\nfuture\t1\t0\nend\n' \
	'negotiator-undo 1\nguide\ta/b\nsnap\nform\tcompany.base\t90k\npast\t0\t-\nend\n'
seed_text tests/fuzz/corpus-resume 'guide hugging-face/ml-ai-engineer\npane offer\n' \
	'guide a/b\r\npane reader\r\n' 'pane counter\nguide x/y\nguide \033[2Jz/w\n' \
	'guide \342\200\256evil/id\npane \302\233\n' 'guide \n'
seed_text tests/fuzz/corpus-guide \
	'---\ncompany: a\nrole: b\n---\n' \
	'---\ncompany: a\nrole: b\nx: &a [1]\ny: *a\n---\n' \
	'---\r\ncompany: a\r\nrole: b\r\n---\r\n# T\r\n> **S:** "My ask is \342\202\2541K"\r\n'

# --- run --------------------------------------------------------------------
status=0
summary=""
for h in $HARNESSES; do
	corpus=tests/fuzz/corpus-$h
	dict=""
	[ -f "tests/fuzz/$h.dict" ] && dict="-dict=tests/fuzz/$h.dict"
	log=$OUT/fuzz_$h.log
	echo "== fuzz_$h for ${SECS}s (log: $log)"
	rc=0
	# shellcheck disable=SC2086
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	"$OUT/fuzz_$h" -max_total_time="$SECS" -max_len=65536 \
		-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$OUT/artifacts/$h-" $dict ${FUZZ_FLAGS:-} \
		"$corpus" >"$log" 2>&1 || rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
	last=$(grep -E '^#[0-9]+' "$log" | tail -n1)
	cov=$(printf '%s\n' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(printf '%s\n' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(printf '%s\n' "$last" | sed -n 's/.* corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p')
	line="fuzz_$h: ${execs:-?} execs, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
	if [ "$rc" -ne 0 ]; then
		line="$line, FAILED (exit $rc)"
		status=1
		grep -E 'ERROR: |runtime error:|SUMMARY:|Test unit written to|fuzz_[a-z]+: ' "$log" | head -n 12 >&2 || true
	else
		line="$line, no crash"
	fi
	echo "$line"
	summary="$summary$line
"
done
echo "== summary (${SECS}s each)"
printf '%s' "$summary"
exit $status
