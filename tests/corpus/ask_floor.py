#!/usr/bin/env python3
"""ask_floor.py - (region, part) pairs read with the ask below the floor.

    ask_floor.py BIN CORPUS [--list]

Runs `BIN show --json` on every guide under CORPUS and counts, for each
front-matter region and part (base, equity, sign-on, bonus, total), the
pairs whose ask (the top of its range) is below its floor (the bottom of
its range) in the same unit: the measure of issue 17 ("at most 6
ask-below-floor pairs").  It also counts the figures the reader set aside
as doubtful.  --list prints each pair.
"""
import os
import sys

from score import run_show_all

PARTS = ("base", "equity", "sign_on", "bonus", "total")


def value(a, part):
    """(low, high, unit) of a part of an ask, or None."""
    if a.get(part) is not None:
        unit = (a.get("units") or {}).get(part) or "cur"
        return a[part], a.get(part + "_high") or a[part], unit
    pct = {"bonus": "bonus_pct", "equity": "equity_pct"}.get(part)
    if pct and a.get(pct) is not None:
        return a[pct], a.get(pct + "_high") or a[pct], "%"
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, corpus = args
    paths = sorted(os.path.join(d, n) for d, _, ns in os.walk(corpus)
                   for n in ns if n.endswith(".md"))
    docs = [doc for doc, _ in run_show_all(binary, paths)]
    pairs, doubts, loaded = [], 0, 0
    for path, doc in zip(paths, docs):
        if doc is None:
            continue
        loaded += 1
        for r in doc.get("regions") or []:
            doubts += len(r.get("doubtful") or [])
            t, f = r.get("target"), r.get("floor")
            if not isinstance(t, dict) or not isinstance(f, dict):
                continue
            for part in PARTS:
                a, b = value(t, part), value(f, part)
                if a and b and a[2] == b[2] and a[1] < b[0]:
                    pairs.append((os.path.relpath(path, corpus),
                                  r.get("name"), part, a, b))
    print("%d guides, %d loaded: %d (region, part) pairs with the ask below "
          "the floor; %d figures read as doubtful" %
          (len(paths), loaded, len(pairs), doubts))
    if "--list" in argv:
        for p in pairs:
            print("%s | %s | %s: ask %s < floor %s" % p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
