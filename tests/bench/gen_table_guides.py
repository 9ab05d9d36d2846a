#!/usr/bin/env python3
"""gen_table_guides.py - guides made mostly of one big table (memory bench).

  gen_table_guides.py N OUTDIR [BYTES]

Writes N guides into OUTDIR: each is a guide of gen_guides.py (the same
first N, so it has front matter, bands, levers and scripts) followed by
a section holding a Markdown table of about BYTES bytes (default
1,000,000) of one-character cells, 100 a row.  That is the shape on which
cmark-gfm's syntax tree costs the most for its size (a node of some 400
bytes for every two bytes of input): issue 13.15 found 232 MB for one
such guide.  Deterministic: the same N and BYTES give the same files.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = 100


def table(size):
    head = "|" + "|".join("c%d" % i for i in range(COLUMNS)) + "|\n"
    rule = "|" + "|".join("-" for _ in range(COLUMNS)) + "|\n"
    rows = []
    total = len(head) + len(rule)
    k = 0
    while total < size:
        row = "|" + "|".join(str((k + i) % 10) for i in range(COLUMNS)) + "|\n"
        rows.append(row)
        total += len(row)
        k += 1
    return head + rule + "".join(rows)


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write("usage: gen_table_guides.py N OUTDIR [BYTES]\n")
        return 2
    n, out = int(argv[1]), argv[2]
    size = int(argv[3]) if len(argv) == 4 else 1000000
    os.makedirs(out, exist_ok=True)
    big = "\n## Appendix: every figure\n\n" + table(size)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_guides.py"),
                        str(n), tmp], check=True)
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), encoding="utf-8", newline="") as f:
                text = f.read()
            nl = "\r\n" if "\r\n" in text else "\n"
            text = text.rstrip() + nl + big.replace("\n", nl)
            with open(os.path.join(out, name), "w", encoding="utf-8",
                      newline="") as f:
                f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
