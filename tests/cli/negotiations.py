#!/usr/bin/env python3
"""The negotiation table (tests/fixtures/negotiations.tsv) through the
command line: each row's offers become compare's options; the counter and
the verdict of compare --json must be the row's, and the same negotiation
printed as text and as Markdown must say the same counter.  Over every
row: the counter is never below the company's offer on a part, and every
sum a step of the counter prints adds up (to the rounding of its short
forms).  tests/unit/test_negotiations.c reads the same table through the
engine.

Usage: negotiations.py BIN
Prints one line per disagreement and a last line "negotiations: N rows,
M wrong"; exits 1 when any row is wrong."""
import json
import re
import subprocess
import sys

TABLE = "tests/fixtures/negotiations.tsv"
RATES = "tests/fixtures/negotiations/rates"
# Parts the company's offer gives as --company-OPTION (scope ROUND).
ROUND = ("base", "equity", "sign-on")
# The company's word on its equity, over the guide's reading.
COMPANY_SAID = {"private-equity": "--company-private",
                "public-equity": "--company-public"}


def parse_offers(field):
    """[(name, [(option, value or None)])] from the table's notation."""
    offers = []
    for item in field.split(";"):
        bits = [b.strip() for b in item.split("|")]
        parts = []
        for b in bits[1:]:
            opt, eq, value = b.partition("=")
            parts.append((opt, value if eq else None))
        offers.append((bits[0], parts))
    return offers


def options(offers):
    """compare's options for the offers."""
    args = []
    competing = [o for o in offers if o[0] != "company"]
    for name, parts in offers:
        if name == "company":
            for opt, value in parts:
                if opt in COMPANY_SAID:
                    args += [COMPANY_SAID[opt]]
                elif opt in ROUND:
                    args += ["--company-" + opt, value]
                elif not competing:
                    # The company's offer alone: its settings are the
                    # options given without an offer.
                    args += ["--" + opt] + ([value] if value else [])
            continue
        if name != "-":
            args += ["--offer", name]
        for opt, value in parts:
            args += ["--" + opt] + ([value] if value else [])
    return args


def run(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


SCALE = {"K": 1e3, "M": 1e6, "B": 1e9, "": 1}


def amount(text):
    """The number a short form says ("€128.8K", "CHF 250K", "¥18M")."""
    m = re.search(r"(-?)[^\d-]*([\d.]+)([KMB]?)", text)
    if not m:
        return None
    return (-1 if m.group(1) else 1) * float(m.group(2)) * SCALE[m.group(3)]


def close(a, b, total):
    """Equal to the rounding of short forms (0.6 % of the total)."""
    return abs(a - b) <= max(0.006 * abs(total), 1)


def sums_add_up(step):
    """False when a step's 'a + b + c = d' does not add up."""
    m = re.match(r"Counter over four years: \((.*?) = ([^)]*)\) \+ (.*?) "
                 r"equity(?: at [\d.]+% = (.+?))? \+ (.+?) sign-on = "
                 r"(.+?)(?:,|\.$)", step)
    if not m:
        return True
    cash, face, valued, sign_on, total = (m.group(2), m.group(3),
                                          m.group(4), m.group(5), m.group(6))
    got = amount(cash) + amount(valued or face) + amount(sign_on)
    return close(got, amount(total), amount(total))


# The side-by-side table's gap lines: the JSON's gap each says.
GAP_LINES = {
    "vs the ask": ("vs_target", "annual_total"),
    "vs the floor": ("vs_floor", "annual_total"),
    "base + grant vs ask": ("vs_target", "package"),
    "base + grant vs floor": ("vs_floor", "package"),
    "first year vs ask": ("vs_target", "first_year"),
    "first year vs floor": ("vs_floor", "first_year"),
}
# compare's text gap rows past the yearly total: the gap each says.
TEXT_GAP_ROWS = {"base + grant": "package", "first year": "first_year"}


def markdown_rows(md):
    """{label: [cells]} of the Markdown's side-by-side table."""
    rows = {}
    for line in md.splitlines():
        if not line.startswith("| ") or line.startswith("|  |"):
            continue
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        rows[cells[0]] = cells[1:]
    return rows


def same_gap(cell, value):
    """A table's cell says the JSON's gap (None: "—")."""
    if value is None:
        return cell.strip() == "—"
    said = amount(cell)
    m = re.search(r"[\d.]+([KMB]?)", cell)
    if said is None or not m:
        return False
    # To the last digit the short form shows ("-€1.3K": 1,250 to 1,350).
    digits = m.group(0)[:len(m.group(0)) - len(m.group(1))]
    places = len(digits.partition(".")[2])
    return abs(said - value) <= 0.5 * 10 ** -places * SCALE[m.group(1)] + 1


def gaps_agree(j, text, md):
    """Every gap the JSON gives for an offer is the Markdown's (and the
    text's for the offer it speaks of), and no view shows one the JSON
    does not give."""
    wrong = []
    rows = markdown_rows(md)
    for label, (side, key) in GAP_LINES.items():
        given = [(o[side] or {}).get(key) for o in j["offers"]]
        if label not in rows:
            if any(g is not None for g in given):
                wrong.append("the JSON's %s %s gap is no Markdown line"
                             % (side, key))
            continue
        for cell, g in zip(rows[label], given):
            if not same_gap(cell, g):
                wrong.append("Markdown %s: %s, the JSON %s"
                             % (label, cell, g))
    for label, key in TEXT_GAP_ROWS.items():
        # Two spaces at least after the label: the side-by-side table's
        # "first year vs floor" is another line.
        m = re.search(r"^  %s {2,}(\S+) +(\S+) +(\S+) +(\S+) +(\S+)"
                      % re.escape(label), text, re.M)
        want = ((j["vs_target"] or {}).get(key),
                (j["vs_floor"] or {}).get(key))
        if not m:
            if any(w is not None for w in want):
                wrong.append("the JSON's %s gap is no line of the text"
                             % key)
            continue
        for cell, w in zip((m.group(3), m.group(5)), want):
            if not same_gap(cell, w):
                wrong.append("text %s: %s, the JSON %s" % (label, cell, w))
    return wrong


def check_row(binary, cols):
    name, guide, region, field, base, equity, sign_on, verdict = cols
    offers = parse_offers(field)
    args = ["compare", guide, "--region", region, "--rates", RATES]
    args += options(offers)
    rc, out, err = run(binary, args + ["--json"])
    if rc != 0:
        return ["exit %d: %s" % (rc, err.strip())]
    j = json.loads(out)
    wrong = []
    k = j["counter"]
    got = tuple(k[p] if k else "-" for p in ("base", "equity_4y", "sign_on"))
    want = tuple(int(x) if x != "-" else "-" for x in (base, equity, sign_on))
    if got != want:
        wrong.append("counter %s, the table %s" % (got, want))
    if j["verdict_code"] != verdict:
        wrong.append("verdict %s, the table %s" % (j["verdict_code"], verdict))
    if not k:
        return wrong
    # Never below the company's offer, part by part.
    for o in j["offers"]:
        if not o["company"]:
            continue
        for part, key in (("base", "base"), ("equity_4y", "equity_4y"),
                          ("sign_on", "sign_on")):
            if o[key] is not None and (k[part] is None or k[part] < o[key]):
                wrong.append("counter %s %s below the company's %d"
                             % (part, k[part], o[key]))
    for step in k["steps"]:
        if not sums_add_up(step):
            wrong.append("a sum that does not add up: %s" % step)
    # The text and the Markdown say the same counter as the JSON.
    _, text, _ = run(binary, args)
    _, md, _ = run(binary, args + ["--markdown"])
    t = re.search(r"Counter to make: (.+?) base, (.+?) equity over four "
                  r"years, (.+?) sign-on", text)
    m = re.search(r"ask \*\*(.+?) base, (.+?) equity over four years, "
                  r"(.+?) sign-on\*\*", md)
    if not t or not m:
        wrong.append("no counter in the %s" % ("text" if not t else
                                                "Markdown"))
    elif t.groups() != m.groups():
        wrong.append("text %s, Markdown %s" % (t.groups(), m.groups()))
    else:
        for said, value in zip(t.groups(), got):
            if not close(amount(said), value, value):
                wrong.append("text says %s for %d" % (said, value))
    wrong += gaps_agree(j, text, md)
    # The Markdown's counter column sums to the counter's value.
    row = re.search(r"^\| four-year total \|.*\| ([^|]+) \|$", md, re.M)
    if not row or not re.search(r"\| counter \|$", md, re.M):
        wrong.append("no counter column in the Markdown")
    elif not close(amount(row.group(1)), k["value_4y"], k["value_4y"]):
        wrong.append("the counter column says %s over four years, the "
                     "counter %d" % (row.group(1).strip(), k["value_4y"]))
    return wrong


def main():
    binary = sys.argv[1]
    rows = bad = 0
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            rows += 1
            wrong = check_row(binary, cols)
            if wrong:
                bad += 1
                for w in wrong:
                    print("%s: %s" % (cols[0], w))
    print("negotiations: %d rows, %d wrong" % (rows, bad))
    return 1 if bad or rows < 40 else 0


if __name__ == "__main__":
    sys.exit(main())
