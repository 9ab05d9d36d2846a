#!/usr/bin/env python3
"""score.py - negotiator's reading of real guides, measured (`make corpus`).

    score.py BIN KEY[,KEY...] CORPUS [--gate] [--coverage] [--list-misses] [--only=LIST]
             [--premium-only]

Against the hand-written keys (KEY, several joined with commas; see
README.md here): for every guide the
key names, `BIN show --json` is run and each figure it reports (ask, floor
and counter per region and part, and the premium) is compared with the key.
Precision is the share of reported figures that are right; recall the share
of the key's (file, region, side, part) groups reported rightly.  Two
figures are equal when their units agree and both ends are within 0.5 %.

--coverage also reads the whole corpus: the guides with an ask and a floor
read, and body-only copies (the front matter stripped) that load with the
same bands as the front matter gives.

--only=LIST scores only the guides LIST names (one path a line).

--premium-only scores the premium alone (a key that holds only premium and
none rows, such as premium-key6.tsv, where a none row says "no premium"):
the other figures the program reports are left out of the counts.

--gate exits 1 when precision < 97 % or recall < 94 % (the `make check` gate);
with --premium-only, when the premium is right on fewer than 95 % of the guides.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

PRECISION_MIN = 97.0
# --gate --premium-only: the share of guides whose premium is all right.
PREMIUM_GUIDES_MIN = 95.0
RECALL_MIN = 94.0
PARTS = ("base", "equity", "sign_on", "bonus", "total")
SIDES = (("target", "ask"), ("floor", "floor"), ("counter", "counter"))


def show_env():
    env = dict(os.environ, NEGOTIATOR_TODAY="2026-11-26", LC_ALL="C.UTF-8")
    env.pop("NEGOTIATOR_GUIDES", None)
    return env


def run_show_some(binary, paths):
    """`show --json` of several guides in one start of the program (a list
    in the order given, null for one not read, said on stderr): (doc, error)
    per path."""
    p = subprocess.run([binary, "show", "--json"] + paths, capture_output=True,
                       env=show_env(), timeout=600)
    err = p.stderr.decode("utf-8", "replace").strip()
    try:
        docs = json.loads(p.stdout) if p.stdout.strip() else None
    except ValueError as e:
        return [(None, "bad JSON: %s" % e)] * len(paths)
    if len(paths) == 1:
        docs = [docs]
    if not isinstance(docs, list) or len(docs) != len(paths):
        return [(None, err or "no list of %d guides" % len(paths))] * len(paths)
    out = []
    for path, doc in zip(paths, docs):
        if doc is not None:
            out.append((doc, None))
            continue
        why = [l for l in err.splitlines() if path in l]
        out.append((None, "\n".join(why) or err or "not read"))
    return out


def run_show_all(binary, paths):
    """(doc, error) for every path: a start of the program for each share
    of the processors, not one a guide (~9 ms of CPU each)."""
    n = max(1, min(len(paths), os.cpu_count() or 2))
    shares = [paths[i::n] for i in range(n)]
    with ThreadPoolExecutor(max_workers=n) as ex:
        results = list(ex.map(lambda s: run_show_some(binary, s), shares))
    by_path = {}
    for share, res in zip(shares, results):
        by_path.update(zip(share, res))
    return [by_path[p] for p in paths]


def read_key(path, only=None):
    rows, files = [], []
    seen = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            scope = None
            if len(cols) == 9 and cols[2] == "premium":
                scope = cols.pop()
            if len(cols) != 8:
                sys.exit("%s:%d: %d fields, wanted 8 (9 on a premium row)"
                         % (path, n, len(cols)))
            file, region, side, part, low, high, unit, lno = cols
            if only is not None and file not in only:
                continue
            if file not in seen:
                seen.add(file)
                files.append(file)
            if side == "none":
                continue
            rows.append(dict(file=file, region=region, side=side, part=part,
                             low=float(low), high=float(high), unit=unit,
                             scope=scope))
    return rows, files


def figures_of(doc, file):
    """Every figure the program reports: (file, region, side, part) ->
    (low, high, unit, line)."""
    out = {}
    for r in doc.get("regions") or []:
        code = r.get("currency") or ""
        for key, side in SIDES:
            a = r.get(key)
            if not isinstance(a, dict):
                continue
            units = a.get("units") or {}
            for part in PARTS:
                low, high, unit = None, None, units.get(part) or code
                if part == "bonus" and a.get("bonus") is None and \
                        a.get("bonus_pct") is not None:
                    low, high, unit = a["bonus_pct"], a.get("bonus_pct_high"), "%"
                elif part == "equity" and a.get("equity") is None and \
                        a.get("equity_pct") is not None:
                    low, high, unit = a["equity_pct"], a.get("equity_pct_high"), "%"
                elif a.get(part) is not None:
                    low, high = a[part], a.get(part + "_high")
                if low is None:
                    continue
                if high is None:
                    high = low
                src = (a.get("sources") or {}).get(part) or a.get("source") or {}
                out[(file, r.get("name"), side, part)] = (
                    float(low), float(high), unit, src.get("line"))
    p = doc.get("premium")
    if isinstance(p, dict) and p.get("name"):
        out[(file, "-", "premium", p["name"].lower())] = (
            float(p["low_pct"]), float(p["high_pct"]), "%",
            (p.get("source") or {}).get("line"))
    return out


def premium_of(doc):
    """The premium the program reports: (name, low, high, applies_to), or
    None."""
    p = doc.get("premium")
    if not isinstance(p, dict) or p.get("low_pct") is None:
        return None
    return ((p.get("name") or "").lower(), float(p["low_pct"]),
            float(p.get("high_pct") or p["low_pct"]), p.get("applies_to"))


def premium_right(got, want):
    """One guide's premium is right when both say none, or the name, both
    ends of the percent and what it applies to all agree."""
    if got is None or want is None:
        return got is None and want is None
    return got[0] == want["part"] and near(got[1], want["low"]) and \
        near(got[2], want["high"]) and got[3] == want["scope"]


def near(a, b):
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1)


def same(fig, row):
    low, high, unit, _ = fig
    return unit == row["unit"] and near(low, row["low"]) and \
        near(high, row["high"])


def score(binary, key, corpus, list_misses, only=None, premium_only=False):
    rows, files = [], []
    for one in key.split(","):
        r, f = read_key(one, only)
        rows += [x for x in r if not premium_only or x["side"] == "premium"]
        files += [x for x in f if x not in files]
    groups = collections.defaultdict(list)
    for r in rows:
        groups[(r["file"], r["region"], r["side"], r["part"])].append(r)
    docs = run_show_all(binary, [os.path.join(corpus, f) for f in files])
    reported = {}
    failed = []
    premiums = {}
    for f, (doc, err) in zip(files, docs):
        if doc is None:
            failed.append((f, err))
            continue
        reported.update((k, v) for k, v in figures_of(doc, f).items()
                        if not premium_only or k[2] == "premium")
        premiums[f] = premium_of(doc)

    def cell(side, part):
        return side + " " + ("name" if side == "premium" else part)

    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # right, rep, hit, groups
    wrong, missed = [], []
    for k, fig in reported.items():
        c = cell(k[2], k[3])
        stats[c][1] += 1
        if any(same(fig, r) for r in groups.get(k, ())):
            stats[c][0] += 1
        else:
            wrong.append((k, fig, groups.get(k)))
    for k, rs in groups.items():
        c = cell(k[2], k[3])
        stats[c][3] += 1
        fig = reported.get(k)
        if fig and any(same(fig, r) for r in rs):
            stats[c][2] += 1
        else:
            missed.append((k, rs, fig))

    def pct(a, b):
        return 100.0 * a / b if b else 100.0

    print("negotiator against the key: %d guides, %d figures in %d groups"
          % (len(files), len(rows), len(groups)))
    print("%-16s %9s %9s   %9s %9s" % ("side part", "reported", "precision",
                                       "key", "recall"))
    tot = [0, 0, 0, 0]
    order = [cell(s, p) for _, s in SIDES for p in PARTS] + ["premium name"]
    for c in order + sorted(set(stats) - set(order)):
        if c not in stats:
            continue
        right, rep, hit, grp = stats[c]
        for i, v in enumerate(stats[c]):
            tot[i] += v
        print("%-16s %9d %8.1f%%   %9d %8.1f%%" % (c, rep, pct(right, rep), grp,
                                                 pct(hit, grp)))
    prec, rec = pct(tot[0], tot[1]), pct(tot[2], tot[3])
    print("%-16s %9d %8.1f%%   %9d %8.1f%%" % ("all", tot[1], prec, tot[3], rec))
    # The premium per guide (a guide with no premium row has none): right
    # when its percent, what it applies to and its name all agree.
    want = {r["file"]: r for r in rows if r["side"] == "premium"}
    prem_wrong = [(f, premiums[f], want.get(f)) for f in files
                  if f in premiums and not premium_right(premiums[f],
                                                         want.get(f))]
    print("premium: %d of %d guides right (percent, applies to and name; "
          "%d with a premium)" % (len(premiums) - len(prem_wrong),
                                  len(premiums), len(want)))
    for f, err in failed:
        print("not loaded: %s: %s" % (f, err))
    if list_misses:
        for k, fig, want in sorted(wrong, key=str):
            print("WRONG  %s  got %s  key %s" % (
                "|".join(map(str, k)), fig,
                [(r["low"], r["high"], r["unit"]) for r in want or []]))
        for k, rs, fig in sorted(missed, key=str):
            print("MISSED %s  key %s  got %s" % (
                "|".join(map(str, k)),
                [(r["low"], r["high"], r["unit"]) for r in rs], fig))
        for f, got, w in prem_wrong:
            print("PREMIUM %s  got %s  key %s" % (
                f, got, w and (w["part"], w["low"], w["high"], w["scope"])))
    guides_right = pct(len(premiums) - len(prem_wrong), len(premiums))
    return prec, rec, guides_right


def band_tuple(r):
    """A band as the comparison of body-only copies sees it."""
    return (r.get("name"), r.get("currency"), r.get("base_low"),
            r.get("base_high"), r.get("stock_low"), r.get("stock_high"),
            r.get("total_comp_low"), r.get("total_comp_high"))


def strip_front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].lstrip("\ufeff").rstrip("\r") == "---":
        for i in range(1, len(lines)):
            if lines[i].rstrip("\r") == "---":
                return "\n".join(lines[i + 1:])
    return text


def coverage(binary, corpus):
    paths = []
    for d, _, names in os.walk(corpus):
        paths += [os.path.join(d, n) for n in names if n.endswith(".md")]
    paths.sort()
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for i, p in enumerate(paths):
            c = os.path.join(tmp, "%05d-%s" % (i, os.path.basename(p)))
            with open(p, encoding="utf-8", errors="replace") as f:
                body = strip_front_matter(f.read())
            with open(c, "w", encoding="utf-8") as f:
                f.write(body)
            copies.append(c)
        full = run_show_all(binary, paths)
        bare = run_show_all(binary, copies)
    loaded = both = same_bands = bare_loaded = 0
    for (doc, _), (bdoc, _) in zip(full, bare):
        if doc is None:
            continue
        loaded += 1
        regions = doc.get("regions") or []
        if any(isinstance(r.get("target"), dict) for r in regions) and \
                any(isinstance(r.get("floor"), dict) for r in regions):
            both += 1
        if bdoc is None:
            continue
        bare_loaded += 1
        want = [band_tuple(r) for r in regions]
        got = [band_tuple(r) for r in bdoc.get("regions") or []]
        if want == got:
            same_bands += 1
    n = len(paths)
    print("coverage over %d corpus guides: %d load; %d (%.1f%%) with an ask and a "
          "floor read" % (n, loaded, both, 100.0 * both / max(n, 1)))
    print("body-only copies: %d (%.1f%%) load, %d (%.1f%%) with the same bands "
          "as their front matter" % (bare_loaded, 100.0 * bare_loaded / max(n, 1),
                                     same_bands, 100.0 * same_bands / max(n, 1)))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = {a for a in argv[1:] if a.startswith("--")}
    if len(args) != 3:
        sys.exit(__doc__)
    binary, key, corpus = args
    if not os.path.isdir(corpus):
        print("corpus: %s is absent; the corpus measure is skipped" % corpus)
        return 0
    only = None
    for a in argv[1:]:
        if a.startswith("--only="):
            with open(a[len("--only="):], encoding="utf-8") as f:
                only = {l.strip() for l in f if l.strip()}
    prec, rec, premium_right_pct = score(binary, key, corpus,
                                         "--list-misses" in flags, only,
                                         "--premium-only" in flags)
    if "--coverage" in flags:
        coverage(binary, corpus)
    if "--gate" in flags and "--premium-only" in flags:
        if premium_right_pct < PREMIUM_GUIDES_MIN:
            print("corpus gate: FAILED (the premium right on %.1f%% of the "
                  "guides, must be >= %.1f%%)" % (premium_right_pct,
                                                   PREMIUM_GUIDES_MIN))
            return 1
        return 0
    if "--gate" in flags and (prec < PRECISION_MIN or rec < RECALL_MIN):
        print("corpus gate: FAILED (precision %.1f%% must be >= %.0f%%, recall "
              "%.1f%% >= %.0f%%)" % (prec, PRECISION_MIN, rec, RECALL_MIN))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
