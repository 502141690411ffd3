#!/usr/bin/env python3
"""Writes the figures of an EES file made by make_ees.py as a long file
(`area,indicator,period,value`), to time the two layouts on the same figures.

    python3 docs/bench/ees_to_long.py IN.csv OUT.csv"""
import csv, sys

with open(sys.argv[1], newline="") as source, open(sys.argv[2], "w", newline="") as out:
    rows = csv.reader(source)
    header = next(rows)
    indicators = header[11:]
    out.write("area,indicator,period,value\n")
    for row in rows:
        area = row[8] or row[5] or row[3]
        year = int(row[0])
        for name, value in zip(indicators, row[11:]):
            out.write(f"{area},{row[10]}/{name},{year - 1}/{year % 100:02d},{value}\n")
