#!/bin/sh
# Ingestion of one long CSV (area,indicator,period,value; 200 MB by default): the whole
# `assure indicators` process against DuckDB's read_csv with 1 and 2 threads and polars'
# scan_csv with 2 threads, on the same file, in the same run, interleaved.
#
#   docs/bench/ingest.sh [RUNS] [MEGABYTES]   # from the package folder; 5 runs, 200 MB by default
#
# Needs python3 with DuckDB and polars from PyPI (`python3 -m pip install duckdb polars`;
# tools for this benchmark only, never a dependency of Assure). Builds the release binaries,
# writes the file with `assure-bench csv --write` (the same bytes on every machine) into
# $TMPDIR/assure-ingest/Indicators, then RUNS rounds, each running every reader once, one
# after the other, so that all see the same load on a shared machine:
#   assure     assure indicators --indicators DIR (load, check, the catalogue printed)
#   duckdb-1   SET threads = 1; SELECT count(*), sum(value) FROM read_csv(FILE)
#   duckdb-2   the same with 2 threads
#   polars-2   scan_csv(FILE).select(count, sum(value)).collect(), POLARS_MAX_THREADS=2
# (the values are read as numbers with the thousands separator taken out: see ingest_tools.py).
# Each is a whole process timed by /usr/bin/time: wall seconds, peak resident memory, and
# CPU seconds (user + system; on a busy machine wall time is mostly waiting for a core).
# Prints each round with the load average, then the fastest, median and slowest of each.
set -eu
RUNS=${1:-5}
MEGABYTES=${2:-200}
DIR=${TMPDIR:-/tmp}/assure-ingest
HERE=$(cd "$(dirname "$0")" && pwd)
swift build -c release --product assure >/dev/null
swift build -c release --product assure-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)
mkdir -p "$DIR/Indicators"
FILE="$DIR/Indicators/long.csv"
if [ ! -f "$FILE" ] || [ "$(cat "$DIR/megabytes" 2>/dev/null)" != "$MEGABYTES" ]; then
    "$BIN/assure-bench" csv --megabytes "$MEGABYTES" --write "$FILE"
    echo "$MEGABYTES" > "$DIR/megabytes"
fi
BYTES=$(wc -c < "$FILE")
echo "file: $FILE ($BYTES bytes); $(nproc) cores; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
RESULTS="$DIR/times.txt"
: > "$RESULTS"
for run in $(seq 1 "$RUNS"); do
    echo "round $run: load average $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "assure %e %M %U %S" -a -o "$RESULTS" "$BIN/assure" indicators --indicators "$DIR/Indicators" >/dev/null
    /usr/bin/time -f "duckdb-1 %e %M %U %S" -a -o "$RESULTS" python3 "$HERE/ingest_tools.py" duckdb 1 "$FILE" >/dev/null
    /usr/bin/time -f "duckdb-2 %e %M %U %S" -a -o "$RESULTS" python3 "$HERE/ingest_tools.py" duckdb 2 "$FILE" >/dev/null
    /usr/bin/time -f "polars-2 %e %M %U %S" -a -o "$RESULTS" python3 "$HERE/ingest_tools.py" polars 2 "$FILE" >/dev/null
    tail -n 4 "$RESULTS" | sed 's/^/  /'
done
echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in assure duckdb-1 duckdb-2 polars-2; do
    grep "^$kind " "$RESULTS" | sort -k2 -n | awk -v kind="$kind" -v bytes="$BYTES" '
        { wall[NR] = $2; if ($3 > peak) peak = $3; cpu += $4 + $5 }
        END { printf "%-9s %d runs: wall fastest %.2f s, median %.2f s, slowest %.2f s (median %.0f MB/s); CPU %.2f s a run; peak memory %.0f MB (%.2f x the file)\n",
              kind, NR, wall[1], wall[int((NR + 1) / 2)], wall[NR], bytes / 1e6 / wall[int((NR + 1) / 2)], cpu / NR,
              peak * 1024 / 1e6, peak * 1024 / bytes }'
done
