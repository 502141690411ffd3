#!/usr/bin/env python3
"""Independent counts of the published files in this folder, with Python's csv module only,
for PublishedFileTests.swift. Run once: python3 count.py > counts.txt (recorded beside it).

For each EES tidy file (one with time_period, time_identifier and geographic_level): rows by
geographic level; which columns are filters (mostly text) and which indicators (mostly numbers
or GSS symbols); series = distinct (indicator column, filter values that vary, area code)
over National, Regional and Local authority rows; values (cells holding a number); and each
symbol's count over indicator cells."""
import csv, glob, os, re, sys
from collections import Counter

GEO = {"time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
       "region_name", "old_la_code", "new_la_code", "la_name"}
SYMBOLS = {"c", "x", "z", "u", "low", "k", ":", "..", "*"}
NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$")
CODE = {"National": "country_code", "Regional": "region_code", "Local authority": "new_la_code"}

def kind(cell):
    cell = cell.strip()
    if cell == "" or cell in ("-", "n/a"): return "blank"
    bare = cell.lower()
    if bare.startswith("[") and bare.endswith("]"): bare = bare[1:-1]
    if bare in SYMBOLS: return "symbol:" + bare
    if NUMBER.match(cell) and any(ch.isdigit() for ch in cell): return "number"
    return "text"

for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.csv"))):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    header = list(rows[0].keys())
    name = os.path.basename(path)
    if not {"time_period", "time_identifier", "geographic_level"} <= {h.lower() for h in header}:
        print(f"{name}: not an EES tidy file; {len(rows)} rows")
        continue
    others = [h for h in header if h.lower() not in GEO]
    kinds = {h: Counter(kind(r[h]) for r in rows) for h in others}
    filters = [h for h in others if kinds[h]["text"] > sum(v for k, v in kinds[h].items() if k != "text" and k != "blank")]
    indicators = [h for h in others if h not in filters]
    varying = [f for f in filters if len({r[f].strip() for r in rows}) > 1]
    levels = Counter(r["geographic_level"] for r in rows)
    series, values, symbols = set(), 0, Counter()
    for r in rows:
        level = r["geographic_level"]
        if level not in CODE: continue
        area = r[CODE[level]].strip()
        key = tuple(r[f].strip() for f in varying)
        for i in indicators:
            series.add((i, key, area))
            k = kind(r[i])
            if k == "number": values += 1
            elif k.startswith("symbol:"): symbols[k[7:]] += 1
    print(f"{name}: rows {len(rows)}; levels {dict(sorted(levels.items()))}; filters {filters} (varying {varying}); "
          f"indicators {len(indicators)}; series {len(series)}; values {values}; symbols {dict(sorted(symbols.items()))}; "
          f"blank {sum(1 for r in rows if r['geographic_level'] in CODE for i in indicators if kind(r[i]) == 'blank')}")
