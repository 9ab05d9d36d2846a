#!/usr/bin/env python3
"""The layers of README's "Source layout", held against the code.

Each source file belongs to a layer; a file may include only headers of
its own layer or lower ones (a header belongs to the layer of its source).
Also: every source has its header, named after it.  Prints each breach
and exits 1 when there is one.  Run from the repository root."""
import glob
import os
import re
import sys

LAYERS = [
    ("base", ["text", "utf8", "wrap", "error", "diag"]),
    ("money", ["amount", "currency", "money", "input", "rates"]),
    ("reading", ["vesting", "guide", "guide_load", "guide_file", "frontmatter",
                 "body_head",
                 "yaml_tree", "band_table", "markdown", "body", "region",
                 "guide_check", "library",
                 # src/reader/: the prose reader
                 "prose", "prose_scan", "lexicon", "figures", "premium", "script_math",
                 "competing"]),
    ("calculation", ["part", "entry", "offer", "offers", "counter", "analysis", "fill", "summary", "undo",
                     "script_pick", "state", "negotiation"]),
]
LEVEL = {m: i for i, (_, mods) in enumerate(LAYERS) for m in mods}
FRONT = len(LAYERS)  # the command line and the TUI


def module_of(path):
    """The module a source or header belongs to, and its layer."""
    base = os.path.splitext(os.path.basename(path))[0]
    if path.startswith("src/tui/") or base.startswith("cli") or \
            base in ("json", "main"):
        return base, FRONT
    return base, LEVEL.get(base)


def main():
    breaches = []
    sources = glob.glob("src/*.c") + glob.glob("src/reader/*.c") + \
        glob.glob("src/tui/*.c")
    for src in sorted(sources):
        mod, level = module_of(src)
        if level is None:
            breaches.append("%s: in no layer (add it to tests/layers/"
                            "check.py and README's Source layout)" % src)
            continue
        if src.startswith("src/tui/"):
            header = src[:-2] + ".h"
        else:
            header = "include/negotiator/%s.h" % mod
            if not os.path.exists(header):
                header = os.path.join(os.path.dirname(src), "%s.h" % mod)
        if mod != "main" and not os.path.exists(header):
            breaches.append("%s: no header %s" % (src, header))
        for path in [src] + ([header] if os.path.exists(header) else []):
            for line in open(path, encoding="utf-8"):
                m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                if not m:
                    continue
                inc = m.group(1)
                if level == FRONT:
                    continue  # a front end may include any layer
                if inc.startswith("tui/") or \
                        os.path.basename(inc).startswith("cli"):
                    breaches.append("%s: the engine includes %s" % (path, inc))
                    continue
                imod, ilevel = module_of(inc)
                if ilevel is not None and ilevel > level:
                    breaches.append("%s (%s) includes %s (%s): a higher layer"
                                    % (path, LAYERS[level][0], inc,
                                       LAYERS[ilevel][0] if ilevel < FRONT
                                       else "front end"))
    for src in sorted(glob.glob("src/*.c") + glob.glob("src/reader/*.c")):
        text = open(src, encoding="utf-8").read()
        if re.search(r'#\s*include\s*[<"](n?curses|ncursesw/)', text):
            breaches.append("%s: the engine includes curses" % src)
    for b in breaches:
        print(b)
    print("layers: %d sources, %d breaches" % (len(sources), len(breaches)))
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
