#!/usr/bin/env python3
"""Writes a large DfE explore-education-statistics tidy file, deterministically, for timing
Assure's EES reader per megabyte against its long-file reader (docs/performance.md).

    python3 docs/bench/make_ees.py OUT.csv [--years 125]

1 national, 9 regional and 153 local-authority rows for each of `--years` reporting years
and each of 30 values of a `category` filter; 40 indicator columns of whole numbers, about
4% of cells `c` and 1% `x`, as the DfE's C3 table is shaped. Python's random with seed 1."""
import argparse, random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--years", type=int, default=125)
args = parser.parse_args()
rng = random.Random(1)
regions = [(f"E1200000{r}", f"Region {r}") for r in range(1, 10)]
las = [(f"E0{6 + i % 4}{i:06d}", f"{300 + i}", f"Authority {i}", regions[i % 9]) for i in range(153)]
columns = [f"indicator_{k}" for k in range(40)]
with open(args.out, "w", newline="") as out:
    out.write("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
              "old_la_code,new_la_code,la_name,category," + ",".join(columns) + "\n")
    def cells():
        values = []
        for _ in columns:
            roll = rng.random()
            values.append("c" if roll < 0.04 else "x" if roll < 0.05 else str(rng.randint(0, 99999)))
        return ",".join(values)
    for year in range(2025 - args.years + 1, 2026):
        for category in range(30):
            c = f"Category {category}"
            out.write(f"{year},Reporting year,National,E92000001,England,,,,,,{c},{cells()}\n")
            for code, name in regions:
                out.write(f"{year},Reporting year,Regional,E92000001,England,{code},{name},,,,{c},{cells()}\n")
            for code, old, name, (rcode, rname) in las:
                out.write(f"{year},Reporting year,Local authority,E92000001,England,{rcode},{rname},{old},{code},{name},{c},{cells()}\n")
