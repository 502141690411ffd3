#!/usr/bin/env python3
"""Calibration of Assure's verdicts, measured through the real command.

For each scenario this writes a partnership (Rules/ and Indicators/) of simulated monthly
series whose truth is known, runs `assure report --format json` on it, and counts the
verdicts. A stable series never really changes, so any "doing well" or "explore" is a false
alarm; a stepped series really changes by two standard deviations at month 25, so a flag in
the right direction is a detection.

Each series is judged three ways, as three measures over the same data:
  - threshold: `doing well when change >= 10%`, `explore when change <= -10%` on the month
    before (higher is better), with Assure's default test of chance (95%);
  - untested: the same rules with `ignore chance`;
  - spc: `judge by spc` (the XmR chart of Making Data Count; for counts averaging fewer than
    four events a month, the Poisson chart Assure uses for rare events).

A *single report* is the report for one month (the last, March 2024, for stable series; the
third month after the step, June 2023, for stepped ones). *Within 8 reports* counts a stepped
series as detected when any of the 8 monthly reports from the step on flags it upward.

Usage, from the repository root (after `swift build -c release --product assure`):

    python3 docs/calibration/calibrate.py [--series 300] [--seed 20261129] [--assure .build/release/assure]

Only the Python standard library is needed. Deterministic: the same seed gives the same
figures.
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile

MONTHS = 36          # April 2021 to March 2024
STEP_AT = 24         # the 25th month, April 2023, is the first changed month


def month_code(offset):
    year = 2021 + (3 + offset) // 12
    month = (3 + offset) % 12 + 1
    return "%d-%02d" % (year, month)


def poisson(rng, mean):
    # Knuth's method, for the small means used here; a normal approximation above 60.
    if mean > 60:
        return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))
    limit, product, count = math.exp(-mean), rng.random(), 0
    while product > limit:
        count += 1
        product *= rng.random()
    return count


SCENARIOS = {
    # name: (kind, level, sd of the noise)
    "normal": ("normal", 200.0, 14.0),
    "poisson_40": ("poisson", 40.0, math.sqrt(40.0)),
    "poisson_5": ("poisson", 5.0, math.sqrt(5.0)),
    "rare_0.5": ("poisson", 0.5, math.sqrt(0.5)),
    "rare_1": ("poisson", 1.0, 1.0),
    "rare_2": ("poisson", 2.0, math.sqrt(2.0)),
    "rare_3": ("poisson", 3.0, math.sqrt(3.0)),
}


def draw(rng, kind, level):
    if kind == "normal":
        return max(0, int(round(rng.gauss(level, SCENARIOS["normal"][2]))))
    return poisson(rng, level)


def series(rng, scenario, stepped):
    kind, level, sd = SCENARIOS[scenario]
    values = []
    for offset in range(MONTHS):
        mean = level + (2 * sd if stepped and offset >= STEP_AT else 0)
        values.append(draw(rng, kind, mean))
    return values


RULES_HEAD = 'report {\n  title "Calibration"\n  partnership "Calibration"\n  period month\n}\n\npriority p { title "P" }\n'


def measure_rules(index):
    name = "s%d" % index
    common = ("  priority p\n  value %s over month\n" % name)
    # Higher is better: a rise of 10% is doing well, a fall of 10% one to explore.
    threshold = ("  compare with previous period\n  doing well when change >= 10%\n  explore when change <= -10%\n"
                 '  say doing well "Down."\n  say explore "Up."\n')
    return ("indicator %s { unit count; frequency monthly; better higher; aggregate sum }\n" % name
            + "measure threshold_%d {\n%s%s}\n" % (index, common, threshold)
            + "measure untested_%d {\n%s%s  ignore chance\n}\n" % (index, common, threshold)
            + "measure spc_%d {\n%s  judge by spc\n" % (index, common)
            + '  say doing well "Up."\n  say explore "Down."\n}\n')


def write_partnership(folder, all_values):
    os.makedirs(os.path.join(folder, "Rules"))
    os.makedirs(os.path.join(folder, "Indicators"))
    with open(os.path.join(folder, "Rules", "calibration.assure"), "w") as f:
        f.write(RULES_HEAD + "".join(measure_rules(i) for i in range(len(all_values))))
    with open(os.path.join(folder, "Indicators", "series.csv"), "w") as f:
        f.write("indicator,period,value\n")
        for i, values in enumerate(all_values):
            for offset, value in enumerate(values):
                f.write("s%d,%s,%d\n" % (i, month_code(offset), value))


def report(assure, folder, period):
    out = subprocess.run([assure, "report", "--format", "json", "--period", period,
                          "--rules", os.path.join(folder, "Rules"), "--indicators", os.path.join(folder, "Indicators")],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("assure report failed:\n" + out.stderr[:2000])
    return {m["name"]: m["classification"] for m in json.loads(out.stdout)["measures"]}


def share(verdicts, prefix, count, wanted):
    flagged = sum(1 for i in range(count) if verdicts["%s_%d" % (prefix, i)] in wanted)
    return flagged / count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--series", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--assure", default=".build/release/assure")
    args = parser.parse_args()
    flags = {"doing_well", "explore"}
    print("| series | rule | stable: flagged in a single report | 2σ step: detected in a single report (3rd month) | 2σ step: detected within 8 reports |")
    print("| --- | --- | ---: | ---: | ---: |")
    for scenario in SCENARIOS:
        rng = random.Random("%d-%s" % (args.seed, scenario))
        stable = [series(rng, scenario, False) for _ in range(args.series)]
        stepped = [series(rng, scenario, True) for _ in range(args.series)]
        with tempfile.TemporaryDirectory() as root:
            stable_folder, stepped_folder = os.path.join(root, "stable"), os.path.join(root, "stepped")
            write_partnership(stable_folder, stable)
            write_partnership(stepped_folder, stepped)
            last = report(args.assure, stable_folder, month_code(MONTHS - 1))
            after = [report(args.assure, stepped_folder, month_code(STEP_AT + k)) for k in range(8)]
        for prefix, rule in [("threshold", "±10% on the month before, with the test (default)"),
                             ("untested", "±10% on the month before, `ignore chance`"),
                             ("spc", "`judge by spc`")]:
            # A rise is good news here (`better higher`): detection is "doing well".
            up = {"doing_well"}
            single = share(after[2], prefix, args.series, up)
            within = sum(1 for i in range(args.series)
                         if any(a["%s_%d" % (prefix, i)] in up for a in after)) / args.series
            print("| %s | %s | %.1f%% | %.1f%% | %.1f%% |" % (scenario, rule, 100 * share(last, prefix, args.series, flags),
                                                          100 * single, 100 * within))


if __name__ == "__main__":
    main()
