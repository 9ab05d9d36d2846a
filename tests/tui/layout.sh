#!/bin/sh
# End-to-end tests of the TUI's layout (issue 12): at 80x24, 100x30 and
# 120x40 the screen shows the offer's gaps, a gauge and the script, uses
# its rows, and keeps every pane in its place when the focus moves; the
# gauges line up with their end values; the ask's total shows before an
# offer is typed; the band table keeps its cursor's row in view through
# resizes and marks the rows it cannot show.
# Usage: tests/tui/layout.sh BIN.  Prints "N passed, N failed"; exits
# non-zero when anything failed.  Waits for the screen, never for time.
set -u

# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=tests/tui/expect.sh
. "$(dirname "$0")/expect.sh"

# The screen without its bottom line (the keys of the focus) and without
# the field marker (▸ moves with the focus in the form): what must not
# change when only the focus does.
skeleton() {
	settle
	screen | sed '$d' | sed 's/▸/ /g'
}

# gauge_columns: for each gauge line of the offer pane ("Base", "Equity",
# "Total" followed by a bar), the column where its bar starts, the column
# where it ends, and whether an end value stands on each side; one line
# per gauge: "LABEL START END LOW HIGH".
gauge_columns() {
	screen | "$PYTHON" -c '
import re, sys
bar = set("━─▒FT●")
for line in sys.stdin:
    m = re.search(r"(Base|Equity|Total) +(\S*) ([━─▒FT●]+) ?(\S*)", line)
    if not m or not set(m.group(3)) & set("━─▒"):
        continue
    start = line.index(m.group(3))
    print(m.group(1), start, start + len(m.group(3)),
          "low" if m.group(2) else "-", "high" if m.group(4) else "-")
'
}

for size in 80x24 100x30 120x40; do
	w=${size%x*} h=${size#*x}
	begin "$size: the gaps, a gauge and the script, in places the focus does not move"
	start "$w" "$h" -- "$GUIDES"
	wait_for "Guides" >/dev/null
	open_hf
	enter_paris_offer
	expect "€235K/yr"
	expect "Ask"
	expect "Floor"
	expect "€115K +€15K"    # the ask's base and the offer's gap to it
	expect "€95K +€35K"     # the floor's, value and gap
	expect_line "Base" "━"
	expect "Competing Offer Framing (Paris"
	keys Escape    # the bands
	a=$(skeleton)
	keys o         # the form
	b=$(skeleton)
	keys Escape s  # the script
	c=$(skeleton)
	if [ "$a" = "$b" ] && [ "$b" = "$c" ]; then
		ok "the screen is the same with the focus on the bands, the form and the script"
	else
		bad "the layout moved with the focus: $(printf '%s\n' "$a" >"$TMP/a"; printf '%s\n' "$c" >"$TMP/c"; diff "$TMP/a" "$TMP/c" | head -6 | tr '\n' '|')"
	fi
	n=$(gauge_columns | wc -l)
	if [ "$n" -ge 1 ]; then ok "$n gauge(s) shown"; else bad "no gauge"; fi
	if [ "$(gauge_columns | awk '{print $2, $3}' | sort -u | wc -l)" -eq 1 ]; then
		ok "the gauges start and end in the same columns"
	else
		bad "gauges out of line: $(gauge_columns | tr '\n' ';')"
	fi
	if gauge_columns | grep -q ' -'; then
		bad "a gauge without its end values: $(gauge_columns | tr '\n' ';')"
	else
		ok "every gauge has both end values"
	fi
	if [ "$w" -ge 100 ]; then
		expect_line "Equity" "━"
		expect_line "Total" "━"
		expect_line "Years" "€235K"
		if [ "$(gauge_columns | wc -l)" -eq 3 ]; then ok "three gauges"; else bad "not three gauges"; fi
	fi
	keys c    # the counter: in the script's place, or in its own
	expect "Counter to make — Paris"
	d=$(gauge_columns)
	keys s
	settle
	if [ "$d" = "$(gauge_columns)" ]; then ok "the gauges are the same with the counter shown"; else bad "the gauges changed with the counter: $d"; fi
done

begin "120x40 uses its rows"
# The rows that stayed empty below the offer (30 to 39) hold the script.
empty=0
for row in 31 32 33 34 35 36 37 38 39; do
	line=$(screen | sed -n "${row}p" | cut -c34-)
	[ -z "$(printf '%s' "$line" | tr -d ' │')" ] && empty=$((empty + 1))
done
if [ "$empty" -eq 0 ]; then ok "rows 30-39 are used"; else bad "$empty of rows 30-39 are empty"; fi
expect_line "Script" "fits"
expect "Counter"
# A heading is never cut by the counter's "more" mark: it waits for the
# next page, whole.
expect "↓ more"
expect_not "From the company's offer to you ↓"
# The counter's arithmetic is the pane's last section (issue 18): End
# shows it to its last step.
keys c End
expect_line "How the counter is made" "│"    # whole, on this page
expect "least the competing offer."

begin "the ask's and the floor's totals show before an offer is typed"
start 120 40 -- "$GUIDES"
wait_for "Guides" >/dev/null
open_hf
expect "€176.3K"    # the ask a year: €115K + €245K / 4 (no bonus here)
expect "€143.8K"    # the floor a year
expect_not "+€"     # and no gap: there is no offer yet

begin "a region given in words: the cells cut them, the cursor's row says them whole"
keys j j    # Remote Global: words, no figures
expect "Set by loca…"
expect "Remote Global has no figures; the guide says: Set by location (65–100% of NYC)"
expect "equity: Same grant as the other regions · total: Follows the geo band"
expect_not "bonus: —"

begin "the band table through resizes: the cursor's row in view, hidden rows marked"
# A guide with eight regions: more than a small terminal shows.
mkdir -p "$TMP/many"
{
	printf -- '---\ncompany: manyregions\nrole: engineer\n'
	printf 'company_display: Many Regions\nrole_display: Engineer\n'
	printf 'next_review_due: 2027-01-01\ncompensation:\n'
	for r in Amsterdam Berlin Chicago Denver Edinburgh Frankfurt Geneva Helsinki; do
		printf '  - region: %s\n    currency: EUR\n    base_low: 100000\n' "$r"
		printf '    base_high: 150000\n    stock_low: 100000\n    stock_high: 200000\n'
		printf '    total_comp_low: 125000\n    total_comp_high: 200000\n'
	done
	printf -- '---\n\n# Many regions\n'
} >"$TMP/many/many.md"
start 120 40 -- "$TMP/many"
wait_for "Guides" >/dev/null
keys Enter
expect "Bands — Many Regions"
expect "Helsinki"
expect_not "regions 1"    # all eight in view
keys j j j j j    # the cursor on Frankfurt
resize 50 14
expect "Frankfurt"
if wait_for "↑"; then ok "rows above are marked"; else bad "no mark for the rows above"; fi
expect "regions"
resize 120 40
expect "Amsterdam"
expect "Frankfurt"
expect "Helsinki"
expect_not "regions 1"
resize 50 14
keys b    # the cursor back at the top: the rows below are marked
keys Home
expect "Amsterdam"
if wait_for "↓"; then ok "rows below are marked"; else bad "no mark for the rows below"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
