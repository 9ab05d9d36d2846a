#!/bin/sh
# Command-line tests: golden outputs (text and JSON) and exact-value checks.
# Usage: tests/cli/run.sh BIN [SAN_BIN]  run from the repository root
#        UPDATE=1 tests/cli/run.sh BIN   rewrite the golden files (review
#                                        the diff before committing!)
# SAN_BIN, a build with AddressSanitizer and UBSan (make check gives
# build/san/negotiator), runs the checks marked `san`; BIN runs the rest.
# The marked checks were chosen so that together they run every line of
# the program's own code that this script runs and that neither the unit
# tests nor cli-hostile nor cli-completions run (432 lines, most of them
# src/cli_*.c): gcov of every start of this script, then the fewest
# starts that cover those lines (50 of 132; see the README's Tests).
# A start of the sanitizer build costs ~70 ms of CPU, of the other ~5.
set -u
BIN=${1:?usage: run.sh BIN [SAN_BIN]}
SAN_BIN=${2:-$BIN}
HERE=tests/cli
SEED=../shared/seeds/000_6cf6d1a21825cad0.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=tests/cli/lib.sh
. tests/cli/lib.sh
fixed_world 2026-11-26
have_seed() { [ -r "$SEED" ]; }

# san CHECK ARGS...: the check, run with SAN_BIN; and one check more,
# that the sanitizers reported nothing (into their own log files: a
# report in a check that reads only stdout, or that a leak made exit
# 23, is not missed).
san() {
	if [ "$SAN_BIN" = "$BIN" ]; then "$@"; return; fi
	_bin=$BIN _asan=${ASAN_OPTIONS:-} _ubsan=${UBSAN_OPTIONS:-}
	rm -f "$TMP"/sanitizer.*
	BIN=$SAN_BIN
	export ASAN_OPTIONS="${_asan:+$_asan:}log_path=$TMP/sanitizer"
	export UBSAN_OPTIONS="${_ubsan:+$_ubsan:}log_path=$TMP/sanitizer"
	"$@"
	BIN=$_bin ASAN_OPTIONS=$_asan UBSAN_OPTIONS=$_ubsan
	if ls "$TMP"/sanitizer.* >/dev/null 2>&1; then
		fail "$*: sanitizer report"; head -20 "$TMP"/sanitizer.* >&2
	else pass; fi
}

# start_to FILE ARGS...: one start, its stdout and stderr into FILE.
start_to() {
	out=$1; shift
	"$BIN" "$@" >"$out" 2>&1
}

# golden NAME RC ARGS...: stdout and stderr (marked) must equal
# expected/NAME.out, and the exit status must be RC.
golden() {
	name=$1 want_rc=$2; shift 2
	"$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	last_rc=$rc
	{ cat "$TMP/out"; sed 's/^/stderr: /' "$TMP/err"; echo "exit: $rc"; } >"$TMP/got"
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$TMP/got" "$HERE/expected/$name.out"
	fi
	if [ "$rc" != "$want_rc" ]; then
		fail "$name: exit $rc, wanted $want_rc"; sed 's/^/    /' "$TMP/got" | head -20 >&2
	elif ! diff -u "$HERE/expected/$name.out" "$TMP/got" >"$TMP/diff" 2>&1; then
		fail "$name: output differs from $HERE/expected/$name.out"
		head -40 "$TMP/diff" >&2
	else
		pass
	fi
}

# json_eq NAME 'python expression over j' WANT ARGS...: run with --json,
# evaluate the expression on the parsed JSON, compare its repr.
json_eq() {
	name=$1 expr=$2 want=$3; shift 3
	"$BIN" "$@" --json >"$TMP/json" 2>"$TMP/err"
	json_at "$name" "$expr" "$want"
}

# json_at NAME EXPR WANT: the same check on the JSON the last json_eq
# read (one start of the program answers several checks of one output).
# The checks are kept and evaluated together at the end, by one python
# start (json_checked), not one each: 61 starts were 1.5 s of CPU.
mkdir "$TMP/json-checks"
json_checks=0
json_at() {
	json_checks=$((json_checks + 1))
	cp "$TMP/json" "$TMP/json-checks/$json_checks.json"
	printf '%s\037%s\037%s\036' "$1" "$2" "$3" >>"$TMP/json-checks/list"
}

# json_checked: evaluate every check json_at kept; count each one.
json_checked() {
	[ "$json_checks" -gt 0 ] || return 0
	"$PYTHON" - "$TMP/json-checks" >"$TMP/json-checks/result" 2>&1 <<'EOF_PY'
import json, os, sys
d = sys.argv[1]
checks = open(os.path.join(d, "list"), encoding="utf-8").read().split("\x1e")[:-1]
for i, rec in enumerate(checks, 1):
    name, expr, want = rec.split("\x1f")
    try:
        j = json.load(open(os.path.join(d, "%d.json" % i), encoding="utf-8"))
        got = repr(eval(expr))
    except Exception as e:  # a broken output or expression fails its check
        got = "%s: %s" % (type(e).__name__, e)
    print("ok" if got == want else "FAIL %s: %s = %s, wanted %s" % (name, expr, got, want))
EOF_PY
	while IFS= read -r line; do
		case $line in
		ok) pass ;;
		"FAIL "*) fail "${line#FAIL }" ;;
		*) fail "json checks: $line" ;;
		esac
	done <"$TMP/json-checks/result"
}

# contains NAME TEXT ARGS...: the output (stdout+stderr) contains TEXT.
contains() {
	name=$1 text=$2; shift 2
	"$BIN" "$@" >"$TMP/out" 2>&1
	last_rc=$?
	: >"$TMP/err"
	said "$name" "$text"
}

# said NAME TEXT: the output of the last golden or contains (stdout and
# stderr) holds TEXT; status_was NAME RC: that run's exit status was RC.
# One start of the program answers several checks of one output.
said() {
	if grep -qF -- "$2" "$TMP/out" "$TMP/err"; then pass
	else fail "$1: no '$2' in the output"; cat "$TMP/out" "$TMP/err" | head -20 | sed 's/^/    /' >&2; fi
}
status_was() {
	if [ "$last_rc" = "$2" ]; then pass; else fail "$1: exit $last_rc, wanted $2"; fi
}

# status NAME RC ARGS...: only the exit status.
status() {
	name=$1 want=$2; shift 2
	"$BIN" "$@" >/dev/null 2>&1
	rc=$?
	if [ "$rc" = "$want" ]; then pass; else fail "$name: exit $rc, wanted $want"; fi
}

G=data/guides
HF=$G/hugging-face--ml-ai-engineer.md

# ---- golden outputs on the bundled guides
san golden list-data 0 list $G
golden list-data-json 0 list --json $G
golden show-hf 0 show $HF
golden show-hf-json 0 --json show $HF
san golden show-brambleworks 0 show $G/brambleworks--staff-software-engineer.md
golden show-quokka 0 show $G/quokka-ledger--senior-backend-engineer.md
golden check-data 0 check $G
golden compare-hf-paris 0 compare $HF --region Paris --base 130k --equity-per-year 105k
golden compare-hf-paris-json 0 compare $HF --region Paris --base 130k --equity-per-year 105k --json
cp "$TMP/out" "$TMP/hf-paris.json"
san golden compare-tanuki-sf 0 compare $G/tanuki-dynamics--senior-ml-engineer.md --region SF --base 240k --equity 500k --bonus 10% --sign-on 25k --agentic

# ---- several guides at once: each in turn; with --json a list in the
# order given, null for one not found (said on stderr, exit 1)
san json_eq show-several "[g and g['id'] for g in j]" "['hugging-face/ml-ai-engineer', None, 'tanuki-dynamics/senior-ml-engineer']" show $HF no-such-guide $G/tanuki-dynamics--senior-ml-engineer.md
if grep -qF "no-such-guide: no guide matches" "$TMP/err"; then pass; else fail "show-several: the missing guide is not said"; fi
san status show-several-rc 1 show $HF no-such-guide
contains show-several-text "Tanuki Dynamics — Senior ML Engineer" show $HF $G/tanuki-dynamics--senior-ml-engineer.md
said show-several-text-first "Hugging Face — ML/AI Engineer"
status_was show-several-text-rc 0

# Paths have no bound of their own (a shell's glob of a folder may give
# thousands): 300 names of one file are one guide.
# shellcheck disable=SC2046
san json_eq list-300-paths "len(j['guides'])" "1" list $(i=0; while [ $i -lt 300 ]; do echo $HF; i=$((i + 1)); done)

# ---- the issue's numbers, on the bundled copy of the seed's figures
json_eq hf-paris-base "[j['regions'][0]['base_low'], j['regions'][0]['base_high']]" "[88000, 120000]" show $HF
json_at hf-paris-target "j['regions'][0]['target']['base'], j['regions'][0]['target']['equity']" "(115000, 245000)"
json_at hf-nyc-floor "j['regions'][1]['floor']['base'], j['regions'][1]['floor']['equity']" "(205000, 325000)"
# compare-hf-paris-json's output, read as JSON
cp "$TMP/hf-paris.json" "$TMP/json"
json_at hf-compare-totals "j['offer']['annual_total'], j['offer']['four_year_total']" "(235000, 940000)"

# ---- the seed itself (read-only, beside the repository)
if have_seed; then
	golden show-seed-json 0 show --json $SEED
	cp "$TMP/out" "$TMP/json"
	json_at seed-paris "(lambda r: (r['name'], r['currency'], r['base_low'], r['base_high']))(j['regions'][0])" "('Paris', 'EUR', 88000, 120000)"
	json_at seed-paris-ask "j['regions'][0]['target']['base'], j['regions'][0]['target']['equity'], j['regions'][0]['floor']['base'], j['regions'][0]['floor']['equity']" "(115000, 245000, 95000, 195000)"
	json_at seed-nyc-ask "j['regions'][1]['target']['base'], j['regions'][1]['target']['equity'], j['regions'][1]['floor']['base'], j['regions'][1]['floor']['equity']" "(242000, 400000, 205000, 325000)"
	json_at seed-remote-none "j['regions'][2]['target'], j['regions'][2]['floor'], j['regions'][2]['base_low']" "(None, None, None)"
	json_at seed-premium "j['premium']['low_pct'], j['premium']['high_pct'], 'equity' in j['premium']['applies_to'], j['premium']['included_in_ask']" "(20, 35, True, True)"
	json_at seed-stale "j['stale']" "True"
	json_eq seed-compare "j['offer']['annual_total'], j['offer']['four_year_total'], j['vs_target']['base'], j['vs_floor']['equity']" "(235000, 940000, 15000, 225000)" compare $SEED --region Paris --base 130k --equity-per-year 105k
	golden check-seed 0 check $SEED
	said seed-check-550k "€550K over four years"
	said seed-check-940k "€940K"
	said seed-check-nyc "\$2.06M"
	said seed-check-stale "review date 2026-05-23 has passed"
	san status seed-check-strict 1 check --strict $SEED
	# The filled script says what the offer is worth, not the seed's sum.
	contains seed-script-940k "That's €940K guaranteed over four years" compare $SEED --region Paris --base 130k --equity-per-year 105k --script
	if grep -q '€550K' "$TMP/out"; then fail "seed-script: the filled script still says €550K"; else pass; fi
else
	skip "the seed guide ($SEED) is not here: ../shared is absent; seed tests skipped"
fi

# ---- negotiation depth: counter, lever gaps, vesting, risk, currency, script
# A competing offer past the band's top is matched part by part: the top
# is no ceiling for what an offer already pays.
cp "$TMP/hf-paris.json" "$TMP/json"
json_at counter-paris "j['counter']['base'], j['counter']['equity_4y'], j['counter']['sign_on'], j['counter']['shortfall']" "(130000, 420000, 12000, 0)"
# Equity that only makes up value stops at the band's top (with the
# premium when claimed): 4 x 180K + 200K = 920K; 920 - 480 - 12 = 428K.
json_eq counter-paris-capped "j['counter']['equity_4y'], j['counter']['shortfall']" "(255000, 173000)" compare $HF --region Paris --base 120k --bonus 60k --equity 200k
json_eq counter-paris-agentic "j['counter']['equity_4y']" "344000" compare $HF --region Paris --base 120k --bonus 60k --equity 200k --agentic
json_eq lever-gaps "j['lever_gaps']['gap_4y'], j['lever_gaps']['base_per_year'], j['lever_gaps']['equity'], j['lever_gaps']['sign_on']" "(107000, 27000, 107000, 107000)" compare $HF --region Paris --base 130k --equity-per-year 105k --company-base 100k --company-equity 200k --company-sign-on 10k
json_eq vesting "j['offer']['year_values'], j['offer']['first_year_total']" "([151000, 193000, 298000, 298000], 151000)" compare $HF --region Paris --base 130k --equity 420k --vest 5/15/40/40
json_eq risk-private-guide "j['settings']['guide_equity_pct'], j['settings']['offer_equity_pct'], j['offer']['annual_total'], j['vs_target']['annual_total']" "(50, 100, 235000, 89375)" compare $HF --region Paris --base 130k --equity-per-year 105k --equity-value 50
json_eq risk-private-offer "j['offer']['annual_total']" "182500" compare $HF --region Paris --base 130k --equity-per-year 105k --equity-value 50 --private-equity
san contains risk-shown "private equity counts at 50% of face" compare $HF --region Paris --base 130k --equity-per-year 105k --equity-value 50
# The company's equity said either way over the guide's reading (issue 16
# item 6): --company-public values the guide's figures at face, the gap
# is to that one ask total, and JSON and text say what decided it.
json_eq company-public "j['settings']['guide_equity_pct'], j['company_equity_private'], j['company_equity_said'], j['company_equity_overridden'], j['company_equity_guide_private']" "(100, False, True, True, True)" compare $HF --region Paris --base 130k --equity-per-year 105k --equity-value 50 --company-public
json_at company-public-gap "j['offer']['annual_total'] - j['vs_target']['annual_total'] == j['ask_total']['yearly'], j['ask_total']['yearly']" "(True, 176250)"
json_eq company-private-gap "j['offer']['annual_total'] - j['vs_target']['annual_total'] == j['ask_total']['yearly'], j['ask_total']['yearly']" "(True, 145625)" compare $HF --region Paris --base 130k --equity-per-year 105k --equity-value 50
contains company-public-says "guide's reading (private, by its summary)." compare $HF --region Paris --base 130k --equity-value 50 --company-public
TK=tests/fixtures/negotiations/tickerco--platform-engineer.md
json_eq company-private-listed "j['settings']['guide_equity_pct'], j['company_equity_private'], j['company_equity_overridden'], j['company_equity_guide_private'], j['company_equity_guide_line']" "(50, True, True, False, 24)" compare $TK --region Chicago --base 220k --equity 300k --equity-value 50 --company-private
json_eq company-listed-read "j['company_equity_private'], j['company_equity_said'], j['company_equity_guide_line'], j['settings']['guide_equity_pct']" "(False, False, 24, 100)" compare $TK --region Chicago --base 220k --equity 300k --equity-value 50
contains company-listed-says "Tickerco's equity counts as listed, at its face value, as the guide's line 24" compare $TK --region Chicago --base 220k --equity 300k
# The company's offer's grant follows its word too, never the competing
# offer's --private-equity.
json_eq company-offer-private "[o['private_equity'] for o in j['offers']]" "[True, False]" compare $TK --region Chicago --base 220k --equity 300k --private-equity --equity-value 50 --company-base 200k --company-equity 300k
json_eq company-offer-said "[o['private_equity'] for o in j['offers']]" "[False, True]" compare $TK --region Chicago --base 220k --equity 300k --equity-value 50 --company-base 200k --company-equity 300k --company-private
contains company-both-says "give --company-private or --company-public, not both" compare $HF --region Paris --base 130k --company-private --company-public
status_was company-both 2
san status offer-both 2 compare $HF --region Paris --base 130k --private-equity --public-equity
# A word given before the first --offer is every offer's, unless the
# offer says the other way.
san json_eq public-equity-per-offer "[o['private_equity'] for o in j['offers']]" "[True, False]" compare $TK --region Chicago --private-equity --equity-value 50 --offer A --base 220k --equity 300k --offer B --base 220k --equity 300k --public-equity
contains check-equity-note "24: note: this line says Tickerco's equity is listed" check $TK
# A first-year total (issue 16): check says so, and compare judges the
# floor against the offer's first year (258K: base, 10% bonus, a
# quarter of the grant, the sign-on), not its 228K a year.
Y1=tests/fixtures/negotiations/yearone--platform-engineer.md
san contains check-first-year "26: warning: Austin: the floor's total \$245K is a first-year total" check $Y1
san json_eq first-year-floor "j['floor_total']['from'], j['floor_total']['first_year'], j['offer']['first_year_total'], j['vs_floor']['first_year'], j['verdict_code']" "('first_year', 245000, 258000, 13000, 'between')" compare $Y1 --base 180k --equity 120k --sign-on 30k --bonus 10%
san contains first-year-row "first year      \$258K" compare $Y1 --base 180k --equity 120k --sign-on 30k --bonus 10%
san contains show-first-year "floor \$245K first-year total" show $Y1
contains script-filled "€140K base with €100K/year RSUs, which comes to €960K guaranteed" compare $HF --region Paris --base 140k --equity-per-year 100k --script
mkdir -p "$TMP/xdg-config/negotiator"
printf '# test rates\n1 USD = 0.9 EUR\n' >"$TMP/xdg-config/negotiator/rates"
san json_eq convert-usd "j['offer']['base'], j['offer']['equity_4y'], j['settings']['typed_currency'], j['settings']['rate']" "(135000, 360000, 'USD', 0.9)" compare $HF --region Paris --base '$150K' --equity '$400K'
san contains convert-side-by-side "The same offer in every region" compare $HF --region Paris --base '$150K' --equity '$400K'
san contains convert-no-rate "has no rate between them" compare $G/brambleworks--staff-software-engineer.md --region London --base '$150K'
status_was convert-no-rate-status 1
san status bad-vest 2 compare $HF --region Paris --base 100k --vest 50/40
status bad-equity-value 2 compare $HF --region Paris --base 100k --equity-value 150
san status company-needs-base 2 compare $HF --region Paris --base 100k --company-equity 5k

# The TUI's config file is the TUI's: compare takes no region and no
# Value % from it (README, CONFIGURATION in the man page).
mkdir -p "$XDG_CONFIG_HOME/negotiator"
printf 'set default-region = "New York"\nset equity-value = 50\n' >"$XDG_CONFIG_HOME/negotiator/config"
json_eq config-not-compare "j['settings']['guide_equity_pct'], j['region']" "(100, 'Paris')" compare $HF --region Paris --base 130k
san status config-no-region 2 compare $HF --base 130k
rm -f "$XDG_CONFIG_HOME/negotiator/config"

# ---- several offers side by side (issue 11): the company's, named competing ones
OFFERS="--region Paris --offer Google --base 130k --equity-per-year 105k --offer Mistral --base 125k --equity 200k --company-base 100k --company-equity 180k"
# shellcheck disable=SC2086
golden compare-offers 0 compare $HF $OFFERS
# shellcheck disable=SC2086
golden compare-offers-json 0 compare $HF $OFFERS --json
cp "$TMP/out" "$TMP/json"
# shellcheck disable=SC2086
san golden compare-offers-markdown 0 compare $HF $OFFERS --markdown
# compare-offers-json's output, read as JSON
json_at offers-names "[o['name'] for o in j['offers']], [o['company'] for o in j['offers']]" "(['Google', 'Mistral', None], [False, False, True])"
json_at offers-best "j['best_offer'], j['counter_against'], j['counter']['competing_value_4y'], j['lever_gaps']['company_value_4y']" "(0, 0, 940000, 580000)"
json_at offers-totals "[(o['annual_total'], o['four_year_total'], o['vs_target']['annual_total']) for o in j['offers']]" "[(235000, 940000, 58750), (175000, 700000, -1250), (145000, 580000, -31250)]"
# The best is the most over four years, wherever it stands on the line.
json_eq offers-best-second "j['best_offer'], j['offers'][1]['name']" "(1, 'Big')" compare $HF --region Paris --offer Small --base 100k --offer Big --base 140k --equity 400k
# Parts before the first --offer, with no --base, apply to every offer.
json_eq offers-defaults "j['counter']['equity_4y']" "344000" compare $HF --region Paris --agentic --offer Google --base 120k --bonus 60k --equity 200k --offer Mistral --base 125k
san contains offers-need-base-says "--offer Google needs --base AMOUNT" compare $HF --region Paris --offer Google --equity 100k
status_was offers-need-base 2
san status offers-twice 2 compare $HF --region Paris --offer A --base 1k --offer A --base 2k
san status markdown-and-json 2 compare $HF --region Paris --base 130k --markdown --json
# Scripts speak only the user's facts: the competitors the guide's script
# names become the user's offers, or placeholders and marks.
# shellcheck disable=SC2086
contains script-user-offers "Google has offered me an L5" compare $HF $OFFERS --script
# shellcheck disable=SC2086
contains script-user-figures "Mistral has also put €125K base with €200K equity" compare $HF $OFFERS --script
"$BIN" compare $HF --region Paris --base 130k --equity-per-year 105k --script >"$TMP/one" 2>&1
if grep -q "Mistral\|Google" "$TMP/one"; then fail "script-one-offer: a competitor of the guide's is named"; sed 's/^/    /' "$TMP/one" >&2
elif grep -qF "[competing company 2] has also put [check: €125K] base" "$TMP/one"; then pass
else fail "script-one-offer: no placeholder and mark"; sed 's/^/    /' "$TMP/one" >&2; fi
# An offer the user names takes the place of the competitor of that name,
# wherever it stands; the others stay placeholders, one per competitor.
contains script-offer-by-name "Mistral has also put €125K base" compare $HF --region Paris --offer Mistral --base 125k --script
said script-offer-by-name-first "[competing company] has offered me an L5"
# The sentence whose sum takes the answered offer's figures takes its
# name too, whatever name the guide wrote there; the others by name.
"$BIN" compare $HF --region Paris --offer Mistral --base 125k --equity 300k --offer "Google Paris" --base 100k --equity 100k --script >"$TMP/claim" 2>&1
if grep -qF "Mistral has offered me an L5 ML Engineer role at €125K base with €75K/year RSUs, which comes to €800K" "$TMP/claim" &&
	grep -qF "Google Paris has also put €100K base with €100K equity" "$TMP/claim"; then pass
else fail "script-claim-offer: the claim's sentence names another offer than its figures'"; sed 's/^/    /' "$TMP/claim" >&2; fi
"$BIN" compare $HF --region Paris --offer Google --base 130k --offer Mistral --base 125k --markdown >"$TMP/two" 2>&1
if grep -qF "[competing company 2], [competing company 3]" "$TMP/two" || grep -q "Mistral, \[competing" "$TMP/two"; then
	fail "script-two-offers: a name filled beside a placeholder"; grep -F "competing company" "$TMP/two" | sed 's/^/    /' >&2
elif grep -qF "Google has offered me" "$TMP/two"; then pass
else fail "script-two-offers: Google's offer not in the script"; fi
# The same on the corpus's guides, whose scripts open sentences with
# connectives and quote a ticker after its exchange.
CORPUS=../shared/corpus/negotiateup
if [ -r "$CORPUS/hugging-face/ml-ai-engineer.md" ] && [ -r "$CORPUS/wise/senior-software-engineer.md" ]; then
	"$BIN" compare "$CORPUS/hugging-face/ml-ai-engineer.md" --region Paris --offer Mistral --base 125k --script >"$TMP/hf" 2>&1
	if grep -q "competing company[^]]*\], \[competing\|\[competing company[^]]*\] is offering" "$TMP/hf"; then
		fail "corpus-connective: a connective filled as a company"; sed 's/^/    /' "$TMP/hf" >&2
	elif grep -qF "Mistral is offering €125K base" "$TMP/hf"; then pass
	else fail "corpus-connective: Mistral's offer not in the script"; sed 's/^/    /' "$TMP/hf" >&2; fi
	san start_to "$TMP/wise" compare "$CORPUS/wise/senior-software-engineer.md" --region London --offer Monzo --base 100k --script
	if grep -q "On Monzo\|On \[competing" "$TMP/wise"; then
		fail "corpus-exchange: an exchange filled as a company"; sed 's/^/    /' "$TMP/wise" >&2
	else pass; fi
else
	skip "corpus scripts: $CORPUS is absent (../shared is not beside the tree)"
fi
# Each offer in its own currency, converted with the rates file.
json_eq offers-currency "[(o['currency'], o['rate'], o['base']) for o in j['offers']]" "[('USD', 0.9, 135000), ('EUR', None, 130000)]" compare $HF --region Paris --offer US --base '$150K' --equity '$400K' --offer EU --base 130k
# The guide's vesting schedule is the company's offer's (and the ask's)
# default, said to be the guide's with its line; a competitor's is even.
VESTED=tests/fixtures/vesting/juniper-vale--data-engineer.md
san json_eq vesting-from-guide "[(o['vesting'], o['vesting_line']) for o in j['offers']]" "[([25, 25, 25, 25], None), ([5, 15, 40, 40], 26)]" compare $VESTED --region Denver --offer Rival --base 170k --equity 240k --company-base 160k --company-equity 220k
san contains vesting-from-guide-says "states (line 26)" compare $VESTED --region Denver --offer Rival --base 170k --equity 240k --company-base 160k --company-equity 220k
# Honest totals: the ask counts the band's bonus and no bonus was typed.
json_eq bonus-not-typed "[o['bonus_not_typed'] for o in j['offers']]" "[True, False]" compare $G/brambleworks--staff-software-engineer.md --region London --offer A --base 170k --equity 280k --offer B --base 170k --equity 280k --bonus 15%
contains bonus-not-typed-says "no bonus was typed" compare $G/brambleworks--staff-software-engineer.md --region London --base 170k --equity 280k

# ---- figures that agree with nothing: read, doubtful, never used; a
# region whose place pays in another currency than its band's
DOUBT=tests/fixtures/reader/wren-forge--platform-engineer.md
san contains doubtful-shown "floor \$15K base: read, doubtful (line 20), not used" show $DOUBT
san json_eq doubtful-json "[(d['side'], d['part'], d['low']) for d in j['regions'][0]['doubtful']] + [j['regions'][0]['floor']]" "[('floor', 'base', 15000), None]" show $DOUBT
contains doubtful-checked "the floor's base (\$15K) is far outside the band's" check $DOUBT
said region-currency-checked "region 'Hangzhou (CNY)' pays in CNY, but its band's currency is JPY"
# A third currency is an error of the data; dollars or euros for a place
# that pays in another is how guides quote international pay.
cat >"$TMP/places.md" <<'GUIDE'
---
company: places-test
role: engineer
compensation:
  - region: San Francisco
    currency: SGD
    base_low: 200000
    base_high: 260000
  - region: Singapore
    currency: USD
    base_low: 150000
    base_high: 200000
  - region: Bucharest
    currency: EUR
    base_low: 60000
    base_high: 90000
---
# Engineer at a test company
GUIDE
san contains region-third-currency "region 'San Francisco' pays in USD, but its band's currency is SGD" check "$TMP/places.md"
if grep -q "region 'Singapore'\|region 'Bucharest'" "$TMP/out"; then
	fail "region-quoting-currency: Singapore in USD or Bucharest in EUR warned"
else pass; fi

# ---- check: a non-guide file in a folder is not an error; named, it is
mkdir -p "$TMP/mixed"
printf 'Notes about these guides.\n' >"$TMP/mixed/README.md"
cp $G/brambleworks--staff-software-engineer.md "$TMP/mixed/"
status check-folder-readme 0 check --strict "$TMP/mixed"
contains check-folder-readme-said "not a guide (no front matter, and no title and band table) (ignored)" check "$TMP/mixed"
status check-named-readme 1 check "$TMP/mixed/README.md"

# ---- usage errors and not-found
status no-such-guide 1 show no-such-company/none
contains bad-amount-says "--base '12x': not an amount" compare $HF --region Paris --base 12x
status_was bad-amount 2
# shellcheck disable=SC2016
san contains mixed-currency "is in EUR but other amounts are in USD" compare $HF --region Paris --base '$130K' --equity '€5K'
status negative 2 compare $HF --region Paris --base -5
san contains no-region-lists "it has: Paris, New York, Remote Global" compare $HF --region Atlantis --base 100k
status_was no-region 1
status no-base 2 compare $HF --region Paris
san status both-equity 2 compare $HF --region Paris --base 1 --equity 1 --equity-per-year 1
san status unknown-option 2 list --frobnicate
san status option-wrong-command 2 list --base 5
san status help 0 --help
"$BIN" compare --help >"$TMP/usage" 2>&1
status_is help-cmd 0 $?
san contains version "negotiator 0." --version
status json-after 0 list $G --json
san status alias-region 0 compare $HF --region nyc --base 250k
san contains empty-option-says "option '--bonus' needs a value" compare $HF --region Paris --base 130k --bonus ''
status_was empty-option 2
# The usage lists every part of the offer (it is made from the parts table).
# (compare --help's output, read once above)
for opt in --base --equity --equity-per-year --bonus --sign-on --agentic --vest --private-equity --public-equity --equity-value --company-base --company-equity --company-sign-on --company-private --company-public; do
	if grep -qF -- "$opt" "$TMP/usage"; then pass; else fail "usage$opt: no '$opt' in compare --help"; fi
done

# (The shared input table and the negotiation table: tests/cli/tables.sh.)

# ---- amounts as people write them, each form through the command line
# (the Paris band is in EUR; a rupee band for the Indian forms)
cat >"$TMP/rupee.md" <<'GUIDE'
---
company: rupee-test
role: engineer
compensation:
  - region: Bengaluru
    currency: INR
    base_low: 3000000
    base_high: 5000000
    stock_low: 2000000
    stock_high: 4000000
    bonus_pct: 10
---
# Engineer at a test company
GUIDE
for form in '₹35,00,000' '35,00,000' '35L' '35 lakh' 'INR 35 Lakhs' 'Rs 35,00,000'; do
	san json_eq "rupee '$form'" "j['offer']['base']" 3500000 compare "$TMP/rupee.md" --region Bengaluru --base "$form"
done
for form in '1.2Cr' '1.2 crore' '₹1,20,00,000'; do
	json_eq "crore '$form'" "j['offer']['base']" 12000000 compare "$TMP/rupee.md" --region Bengaluru --base "$form"
done
for form in '130.000' '130 000 €' '130.000 €' '€130.000'; do
	json_eq "euro '$form'" "j['offer']['base']" 130000 compare $HF --region Paris --base "$form"
done
json_eq "euro '130.000,50'" "j['offer']['base']" 130001 compare $HF --region Paris --base '130.000,50'
# A dot before three digits in dollars: both readings, and no number.
contains dollar-dot-says "--base '130.000': 130,000 or 130? (USD writes a dot for decimals): type 130000 or 130" compare $HF --region NYC --base '130.000'
status_was dollar-dot 2
contains dollar-sign-dot-says "130,000 or 130?" compare $HF --region Paris --base '$130.000'
# A bare amount beside dollars is in dollars: refused the same way, not
# dropped from the offer.
san contains dollar-offer-dot-says "--sign-on '10.000': 10,000 or 10?" compare $HF --region Paris --base '$130k' --sign-on 10.000
status_was dollar-offer-dot 2

# The company's offer alone is a negotiation; with no offer at all, a
# clear usage error names both ways.
json_eq company-alone "j['counter']['company_offer_alone'], j['offers'][0]['company'], j['verdict_code']" "(True, True, 'below_floor')" compare $HF --region Paris --company-base 105k --company-equity 150k
contains company-alone-text "With the company's offer alone" compare $HF --region Paris --company-base 105k --company-equity 150k --markdown
san contains no-offer-usage "--company-base AMOUNT" compare $HF --region Paris --agentic
# A stated total that is base + the whole grant is a package, and check
# says so.
san contains package-check "read as a package figure" check tests/fixtures/negotiations/harbourline--platform-engineer.md
san json_eq package-totals "j['ask_total']['from'], j['ask_total']['yearly'], j['floor_total']['from'], j['floor_total']['package']" "('parts', 1120000, 'package', 930000)" compare tests/fixtures/negotiations/harbourline--platform-engineer.md --base 1000000 --equity 480000
# The ask's column in the side-by-side table is the total its gaps use.
json_eq one-ask-total "j['ask_total']['yearly'] - j['offers'][0]['annual_total'] == -j['offers'][0]['vs_target']['annual_total']" "True" compare $HF --region Paris --offer A --base 130k --equity 300k --offer B --base 100k
# Private only where a sentence about the company says so, with its line.
json_eq listed-public "j['company_equity_private'], j['company_equity_line']" "(False, None)" compare tests/fixtures/negotiations/tickerco--platform-engineer.md --company-base 200k
san json_eq private-line "j['company_equity_private'], j['company_equity_line']" "(True, 24)" compare tests/fixtures/negotiations/quietseed--platform-engineer.md --company-base 100k
san contains listed-says-why "as line 24 says" show tests/fixtures/negotiations/tickerco--platform-engineer.md
san json_eq private-source "j['equity_private'], j['equity_source']['line']" "(True, 24)" show tests/fixtures/negotiations/quietseed--platform-engineer.md
# An ask and a floor written in another currency than the band's are
# read, not compared: never "no ask or floor" (issue 16's audit).
RP=tests/fixtures/negotiations/realpay--data-engineer.md
san contains other-currency-ask "are in BRL, not the band's USD" compare $RP --company-base 45k --company-equity 16k
# (the same output)
if grep -qF -- "states no target ask or floor" "$TMP/out"; then fail "other-currency-no-claim: 'states no target ask or floor' in the output"
else pass; fi
contains other-currency-counter "the guide's ask and floor are in BRL, not the band's USD: the counter is the company's offer" compare $RP --company-base 45k --company-equity 16k --markdown
# A counter at an ask that states its own bonus (15%, the band's 10%)
# is worth what the ask's column says: its bonus is the ask's.
BA=tests/fixtures/negotiations/bonusask--platform-engineer.md
contains bonus-ask-counter '| vs the ask | -$53K* | — | — | $0 |' compare $BA --company-base 150k --company-equity 50k --markdown
said bonus-ask-sum '(4 × ($170K base + $25.5K bonus) = $782K) + $80K equity + $0 sign-on = $862K'
said bonus-ask-note 'the ask counts its 15% bonus'
# The Markdown says what decided it too: the guide's line, or the
# user's word over it.
contains md-private-line "Quietseed's equity counts as private (pre-IPO), at its value percent, as the guide's line 24 says." compare tests/fixtures/negotiations/quietseed--platform-engineer.md --company-base 100k --markdown
contains md-listed-line "Tickerco's equity counts as listed, at its face value, as the guide's line 24 says." compare tests/fixtures/negotiations/tickerco--platform-engineer.md --company-base 200k --markdown
contains md-overridden "as you said, over the guide's reading (private, by its line 24)." compare tests/fixtures/negotiations/quietseed--platform-engineer.md --company-base 100k --company-public --markdown

# ---- a round's note (edited in the TUI) in --json and the Markdown: a
# state file written here, its note holding a '|' the table escapes
mkdir -p "$XDG_STATE_HOME/negotiator"
printf 'negotiator-state 2\nguide\thugging-face/ml-ai-engineer\nround\t2026-11-21\tcompany\tParis\t112000\t210000\t9000\t0\tsaid on a call | to be written\tr-note-1\nend\n' \
	>"$XDG_STATE_HOME/negotiator/hugging-face--ml-ai-engineer.state"
san json_eq round-note-json "j['rounds'][0]['note'], j['rounds'][0]['sign_on'], j['rounds'][0]['date']" "('said on a call | to be written', 9000, '2026-11-21')" compare $HF --region Paris --base 130k
contains round-note-markdown '| 2026-11-21 | company | €112K | €210K | €9K |' compare $HF --region Paris --base 130k --markdown
said round-note-markdown-escaped 'said on a call \| to be written |'
rm -f "$XDG_STATE_HOME/negotiator/hugging-face--ml-ai-engineer.state"

# ---- the man page's KEYS section is generated from the key table
san start_to "$TMP/keys.roff" keys --roff
sed -n '/^\.\\" BEGIN KEYS$/,/^\.\\" END KEYS$/p' man/negotiator.1 | sed '1d;$d' >"$TMP/man-keys"
if [ -s "$TMP/keys.roff" ] && cmp -s "$TMP/keys.roff" "$TMP/man-keys"; then pass
else fail "man/negotiator.1 KEYS differs from 'negotiator keys --roff' (run: make man)"; diff "$TMP/man-keys" "$TMP/keys.roff" | head -10 >&2; fi

# ---- a closed pipe: no crash, no signal death, no message
"$BIN" show $HF 2>"$TMP/err" | head -c 10 >/dev/null
if [ ! -s "$TMP/err" ]; then pass; else fail "closed pipe printed: $(cat "$TMP/err")"; fi

json_checked
echo "cli: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
