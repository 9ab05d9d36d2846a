#!/usr/bin/env python3
"""The command line reads every line of the shared input table
(tests/fixtures/input/typed.tsv) to the answer it gives; the TUI's form
reads the same table in tests/unit/test_input_table.c.

Usage: input_table.py BIN GUIDE   (GUIDE: a guide with a Paris band in EUR)
Prints one line per disagreement and a last line "input-table: N rows,
M wrong"; exits 1 when any row is wrong."""
import json
import subprocess
import sys

TABLE = "tests/fixtures/input/typed.tsv"


def answer(option, j):
    """What compare --json made of the part an option names."""
    part = option[:-len("-per-year")] if option.endswith("-per-year") else option
    offer, settings = j["offer"], j["settings"]
    if part == "base":
        return str(offer["base"])
    if part == "equity":
        return str(offer["equity_4y"])
    if part == "sign-on":
        return str(offer["sign_on"])
    if part == "bonus":
        if offer["bonus_pct"] is not None:
            return "%g%%" % offer["bonus_pct"]
        return str(offer["bonus"])
    if part == "vest":
        return "/".join("%g" % y for y in settings["vesting"])
    if part == "equity-value":
        return "%g" % settings["equity_value_pct"]
    return "(no such part: %s)" % part


def main():
    binary, guide = sys.argv[1], sys.argv[2]
    rows = wrong = 0
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            option, text, want = line.split("\t")
            args = [binary, "compare", guide, "--region", "Paris", "--json"]
            if option != "base":
                args += ["--base", "130k"]
            args += ["--" + option, text]
            run = subprocess.run(args, capture_output=True, text=True)
            if run.returncode == 2:
                got = "refused"
            elif run.returncode == 0:
                got = answer(option, json.loads(run.stdout))
            else:
                got = "exit %d: %s" % (run.returncode, run.stderr.strip())
            rows += 1
            if got != want:
                wrong += 1
                print("--%s '%s': the command line gives %s, the table %s"
                      % (option, text, got, want))
    print("input-table: %d rows, %d wrong" % (rows, wrong))
    return 1 if wrong or rows < 50 else 0


if __name__ == "__main__":
    sys.exit(main())
